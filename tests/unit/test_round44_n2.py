"""Round 44 (helper N2): who the victim is when a parent and child are involved.

- Kerry, 40, texting for her son (14), robbed at knifepoint: her age was kept as his, four
  corrections were refused, "its my son" became "a family member", "hes 14" was taken as a no to
  the referral, "should I tell his school?" and "anyone for kids his age?" got no fitting answer.
- Arthur, 79, whose son (50) has his bank card and pension: read as writing for his child, then
  for another adult; "Nobody is under 18" was read as under 18, so Hourglass was missed.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.answers import read_answer
from actions.reading import Turn, corrections, read_turn
from referrals.matching import match_organisations

NEW = ("utter_n2_tell_childs_school", "utter_n2_child_support")
KERRY_FIRST = (
    "Hi my son is 14 and he got robbed yesterday after school by a group of older boys, they had "
    "a knife and took his phone and his trainers off his feet. Im texting for him hes in no "
    "state. What do we do now"
)
ARTHUR_FIRST = (
    "Well it is my son, Gary. He lives with me since his divorce. He has my bank card and he "
    "looks after my pension, only there is never any left now and I can't pay the gas. I just "
    "want to get the money sorted."
)
# What the bot had wrongly kept for Kerry, with and without "your child".
KEPT = {
    "crime_type": "robbery",
    "age": 40.0,
    "under_18": False,
    "relationship_to_offender": "stranger",
    "results_shown": True,
    "consent": True,
}
KERRY = {
    "crime_type": "robbery",
    "for_child": True,
    "age": 14,
    "under_18": True,
    "relationship_to_offender": "stranger",
    "reported_to_police": True,
}
# The same, as answers beside the crime type given to answer().
TOLD = {key: value for key, value in KERRY.items() if key != "crime_type"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 44, helper N2", ({}, {"for_child": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Kerry: the child's age, not the parent's ------------------------------------------------


@pytest.mark.parametrize(
    "text, age",
    [
        (KERRY_FIRST, 14),
        ("my son is 14 and he got jumped by 3 lads", 14),
        ("my daughter is 15 and she was attacked at the bus stop", 15),
        ("my son got stabbed last night. im his mum", None),
        ("im writing for my son, hes 12, boys at school keep hitting him", 12),
    ],
)
def test_a_parent_writing_for_a_child_is_read_as_such(text, age):
    told = read_account(text)
    assert told.for_child is True, text
    assert told.age == age, text


@pytest.mark.parametrize(
    "text",
    [
        "im 15 and some boys robbed me",
        "I was mugged yesterday, my son is 12 and was with me",
        "my son is 14 and my ex keeps turning up at the house",
        "my son is 8 and he saw his dad hit me",
    ],
)
def test_the_one_writing_is_still_the_victim(text):
    assert read_account(text).for_child is None, text


def test_the_parents_own_age_at_the_danger_question_is_not_the_childs():
    turn = Turn(
        text="Im not the kid im his MUM. Im 40. He's at home with me now, he hasnt left his room. "
        "Were safe at home yeah",
        intent="inform",
        requested="in_danger",
        answers={"crime_type": "robbery", "for_child": True, "consent": True},
    )
    reading = read_turn(turn)
    assert reading.slots.get("in_danger") is False
    assert "age" not in reading.slots


@pytest.mark.parametrize(
    "text",
    [
        "My child is 14!! Not 40. Im 40. Fix it",
        "hes 14",
        "My son is 14 years old. Write that down please",
        "no he is 14 not 40",
        "NO it wasnt a family member!! It was boys he doesnt know. Strangers. And the 40 is me, "
        "hes 14",
        "he's 14, I'm 40",
    ],
)
def test_the_childs_age_put_right_by_the_parent(text):
    changes = corrections(text, {**KEPT, "for_child": True})
    assert changes.get("age") == 14 and changes.get("under_18") is True, text


@pytest.mark.parametrize(
    "text",
    [
        "My child is 14!! Not 40. Im 40. Fix it",
        "no he is 14 not 40",
        "And the 40 is me, hes 14",
    ],
)
def test_the_parents_age_kept_as_the_victims_is_put_right_to_the_childs(text):
    changes = corrections(text, KEPT)
    assert changes == {"for_child": True, "age": 14, "under_18": True}, text


@pytest.mark.parametrize(
    "text, answers",
    [
        ("I'm 15", {"crime_type": "assault", "age": 15.0, "under_18": True}),
        ("im 15 not 16", {"crime_type": "assault", "age": 15.0, "under_18": True}),
        ("hes 17 and he hit me", {"crime_type": "assault", "age": 15.0, "under_18": True}),
        ("my son is 14", {"crime_type": "assault", "age": 30.0}),
        ("my daughter is 9. im 30", {"crime_type": "domestic_abuse", "age": 30.0}),
        ("he is 5 minutes away", {**KEPT, "for_child": True}),
        ("my daughter is 9", {**KERRY, "age": 12}),
    ],
)
def test_other_ages_are_not_taken_as_the_childs(text, answers):
    changes = corrections(text, answers)
    assert "age" not in changes and "for_child" not in changes, text


def test_a_15_year_old_saying_im_15_stays_15():
    turn = Turn(text="im 15", intent="inform", requested="age", answers={"crime_type": "robbery"})
    assert read_turn(turn).slots.get("age") == 15


# -- 2. "its my son" says whom it is about, not who did it ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "What have you put down? Because I want it clear its my son",
        "i want it clear its my son",
        "its my daughter",
    ],
)
def test_its_my_son_is_not_a_family_member_who_did_it(text):
    for answers in ({**KERRY}, {**KEPT}):
        changes = corrections(text, answers)
        assert changes.get("relationship_to_offender") != "family_member", (text, answers)


def test_it_was_my_son_still_names_who_did_it_for_an_adult():
    changes = corrections(
        "no it was my son who took it",
        {"crime_type": "theft", "relationship_to_offender": "stranger"},
    )
    assert changes.get("relationship_to_offender") == "family_member"


@pytest.mark.parametrize(
    "text",
    [
        "Can you stop saying you like its me it happened to. It happened to my son hes 14",
        "I wouldnt be giving evidence HE would. And yes hes petrified. Can you stop saying you "
        "like its me it happened to. It happened to my son hes 14",
    ],
)
def test_it_happened_to_my_son_keeps_it_about_the_child(text):
    changes = corrections(text, KERRY)
    assert changes.get("for_child") is not False and "for_someone_else" not in changes


# -- 3. A correction is never a no to the referral ------------------------------------------------


def _at_referral(text: str, answers: dict, missed: int = 1) -> Turn:
    return Turn(
        text=text,
        intent="deny",
        requested="referral_consent",
        answers=answers,
        asked={"referral_consent": 2},
        missed={"referral_consent": missed},
    )


@pytest.mark.parametrize(
    "text",
    ["hes 14", "My child is 14!! Not 40. Im 40. Fix it", "no he is 14 not 40", "he is 14"],
)
def test_the_childs_age_at_the_referral_question_is_not_a_no(text):
    for answers in ({**KEPT, "for_child": True}, {**KERRY, "results_shown": True}):
        reading = read_turn(_at_referral(text, answers))
        assert reading.slots.get("referral_consent") is not False, (text, answers)
        assert "referral_consent" not in reading.skipped, (text, answers)
        assert reading.aside, (text, answers)


@pytest.mark.parametrize("text", ["no", "no thanks", "no thank you"])
def test_a_plain_no_at_the_referral_question_is_still_a_no(text):
    reading = read_turn(_at_referral(text, {**KERRY, "results_shown": True}, missed=0))
    assert reading.slots.get("referral_consent") is False


# -- 4. Telling the child's school ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No first time. Can I tell his school? I want them to know but he says it'll make it worse "
        "and everyone will call him a snitch",
        "Forget it. Should I tell his school or not? Those boys hang round outside it",
        "should I tell his school?",
        "is it worth telling her teachers?",
        "should we speak to his head of year?",
    ],
)
def test_a_parent_asking_about_telling_the_school_is_answered(text):
    assert answer(text, "robbery", **TOLD) == "utter_n2_tell_childs_school"


@pytest.mark.parametrize(
    "text, answers",
    [
        ("will the police tell his school?", TOLD),
        ("ill ring the school myself tomorrow", TOLD),
        ("should I tell the school?", {"age": 15, "under_18": True}),
        ("Should I tell the school? Can they stop him to come?", {"age": 33}),
        ("should I tell his school?", {**TOLD, "relationship_to_offender": "partner_or_ex"}),
    ],
)
def test_other_school_messages_are_not_taken(text, answers):
    assert answer(text, "robbery", **answers) != "utter_n2_tell_childs_school"


# -- 5. Someone for the child to talk to -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Is there anyone specially for kids his age he could talk to? Hes not sleeping",
        "Its not me its HIM. hes 14. Is there anything for teenagers",
        "hes not sleeping and has nightmares, is there help?",
        "is there any counselling for him?",
    ],
)
def test_help_for_a_child_written_for_is_childrens_services(text):
    assert answer(text, "robbery", **TOLD) == "utter_n2_child_support"
    # Hurt by violence: Redthread's youth workers too.
    assert answer(text, "assault", **TOLD) == ("utter_help_for_child_victim")


def test_the_parents_own_sleep_is_help_for_families():
    said = answer("i cant sleep since it happened, is there any help for me?", "robbery", **TOLD)
    assert said == "utter_support_for_family"


@pytest.mark.parametrize(
    "text, answers",
    [
        ("Is there anyone for kids my age I could talk to?", {"age": 15, "under_18": True}),
        ("i cant sleep since it happened, is there any help?", {"age": 34}),
        ("Doesnt him being 14 count for anything? What age have you got down for him", TOLD),
        ("What have you put down? Because I want it clear its my son", TOLD),
    ],
)
def test_other_messages_do_not_get_the_childrens_answer(text, answers):
    assert answer(text, "robbery", **answers) not in NEW


def test_the_services_for_a_child_victim_are_childrens():
    found = [org.id for org in match_organisations({**KERRY, "borough": "lewisham"})]
    assert "childline" in found


# -- 6 and 7. Arthur: a parent harmed by his adult son is the victim -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        ARTHUR_FIRST,
        "its about my son. he takes my money and shouts if i ask for it",
        "my son takes my pension every week and I have nothing left",
        "It's my daughter, she has my bank card and won't give it back",
        "my son lives with me, he's 50, he has my bank card and there's never any money left",
    ],
)
def test_a_parent_whose_child_has_their_money_is_the_victim(text):
    told = read_account(text)
    assert told.for_child is None and told.for_someone_else is None, text
    assert told.offender == "family_member", text
    assert told.crime_type == "domestic_abuse", text


def test_someone_else_with_the_card_is_not_the_son():
    told = read_account(
        "Hello. My son told me to write to you. There is a lady living at my house and she has "
        "my bank card"
    )
    assert told.offender != "family_member"


@pytest.mark.parametrize(
    "text",
    [
        "my son was mugged on the way home, he had my bank card on him",
        "Im texting for my daughter. she was groped on the bus",
    ],
)
def test_a_child_harmed_is_still_written_for(text):
    assert read_account(text).for_child is True, text


def test_arthurs_first_account_at_what_happened():
    turn = Turn(
        text=ARTHUR_FIRST,
        intent="inform",
        requested="crime_type",
        answers={"consent": True, "in_danger": False},
    )
    reading = read_turn(turn)
    assert reading.slots.get("relationship_to_offender") == "family_member"
    assert not reading.slots.get("for_child") and not reading.slots.get("for_someone_else")


def test_not_a_child_from_a_parent_whose_money_is_taken_makes_the_son_the_one_doing_it():
    changes = corrections(
        "Domestic abuse? Oh goodness no, it's nothing like that. He's my son, he's under a lot of "
        "stress. I'm not going to any refuge, it's my house. And he's not a child, he's 50.",
        {"crime_type": "domestic_abuse", "account_details": ["economic"], "for_child": True},
    )
    assert changes.get("for_child") is False
    assert changes.get("relationship_to_offender") == "family_member"
    assert not changes.get("for_someone_else")


def test_a_grown_daughter_written_for_is_still_another_adult():
    changes = corrections(
        "She's not a child, she's a grown woman",
        {"crime_type": "domestic_abuse", "for_child": True},
    )
    assert changes.get("for_someone_else") is True


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Who? Gary? No. Nobody is under 18. It's about my pension, I'm the one who can't pay "
            "the gas bill.",
            False,
        ),
        ("no one here is under 18", False),
        ("yes i was under 18", True),
        ("I was 15", True),
        ("no", False),
    ],
)
def test_under_18_then(text, value):
    assert read_answer("under_18", text).value is value, text


def test_an_older_victim_of_a_relative_gets_hourglass():
    arthur = {
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "family_member",
        "age": 79.0,
        "under_18": False,
        "repeat_victimisation": True,
        "impairment": True,
        "needs": ["practical"],
        "borough": "enfield",
        "gender": "man",
    }
    assert "hourglass-helpline" in [org.id for org in match_organisations(arthur)]

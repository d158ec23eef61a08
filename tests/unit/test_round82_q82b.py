"""Round 82, helper q82b: who did it and who it happened to (Maria, Dev, Claire, Mo, Zainab,
Kofi, Ewa)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_relationship
from actions.reading import Turn, corrections, language_asked_for, read_turn

# -- 1. Maria: "the husband" of the family she cleans for -------------------------------------

MARIA_FIRST = (
    "hello, i need help please. my english not perfect. i work cleaning for a family in chelsea "
    "and they say i steal, i did not steal anything"
)
MARIA_SECOND = (
    "yes ok. but they are not the criminal? i am accused. the husband he grab my arm very hard "
    "when i say i did not take the ring, and they dont pay me last month"
)


def test_maria_the_husband_told_over_two_messages_is_not_her_partner():
    turn = Turn(
        text="no i am at home now. safe. it was tuesday",
        requested="in_danger",
        earlier=(MARIA_SECOND,),
        opening=True,
        answers={"consent": True, "said": [MARIA_FIRST]},
    )
    reading = read_turn(turn)
    assert reading.slots.get("relationship_to_offender") != "partner_or_ex"
    assert reading.noted.get("relationship_to_offender") != "partner_or_ex"


def test_maria_pay_held_back_beside_the_husband_is_not_a_partner():
    assert read_account(MARIA_SECOND).offender != "partner_or_ex"


@pytest.mark.parametrize(
    "text", ["the husband pushed me against the wall", "my husband pushed me against the wall"]
)
def test_her_own_husband_is_still_a_partner(text):
    assert read_account(text).offender == "partner_or_ex"


def test_the_husband_in_a_chat_without_work_is_still_a_partner():
    turn = Turn(
        text="no i am at home now",
        requested="in_danger",
        earlier=("the husband pushed me against the wall",),
        opening=True,
        answers={"consent": True, "said": ["hi i need help"]},
    )
    assert read_turn(turn).slots.get("relationship_to_offender") == "partner_or_ex"


# -- 2. Dev: his ex-wife's new partner ----------------------------------------------------------

DEV_FIRST = (
    "Threatening messages. About 8 of them over the past 5 weeks, from my ex-wife's partner, his "
    "name is Craig. I've screenshotted all of them. Can I get a restraining order, or is it a "
    "non-molestation order in this case?"
)


@pytest.mark.parametrize(
    "text",
    [
        DEV_FIRST,
        "my ex's new boyfriend keeps threatening me",
        "my ex wifes new partner threatened me at the handover",
        "my ex husbands new girlfriend is harassing me",
    ],
)
def test_an_exs_new_partner_is_someone_known(text):
    told = read_account(text)
    assert told.offender == "someone_known"
    assert told.crime_type != "domestic_abuse"


@pytest.mark.parametrize(
    "text",
    [
        "Someone I know - Craig, my ex-wife's partner. I've told you this twice now.",
        "my ex wifes new partner",
    ],
)
def test_an_exs_new_partner_as_the_answer(text):
    assert read_relationship(text).value == "someone_known"


@pytest.mark.parametrize(
    "text", ["my ex keeps threatening me", "my ex husband hit me", "my partner hits me"]
)
def test_the_ex_themselves_is_still_a_partner_or_ex(text):
    assert read_account(text).offender == "partner_or_ex"


DEV_KEPT = {
    "consent": True, "in_danger": False, "crime_type": "stalking_harassment",
    "relationship_to_offender": "partner_or_ex", "results_shown": True,
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Correction: it's not my partner or ex. It's my ex-wife's new partner. I've never been in "
        "a relationship with him. Also you didn't answer the restraining order question. Not "
        "reported yet, no.",
        '"it was a partner or ex" is wrong. It was someone I know.',
        "That's wrong. My partner or ex did NOT do this. It was my ex-wife's new partner, Craig. "
        "He's not family and I've never been in a relationship with him. Please correct it "
        "before you pass anything on. And does the 'your lot' comment make it a hate crime?",
        "not my partner, hes my ex wifes new partner",
    ],
)
def test_dev_corrections_work_first_time(text):
    assert corrections(text, DEV_KEPT).get("relationship_to_offender") == "someone_known"
    reading = read_turn(Turn(text=text, requested="referral_consent", answers=DEV_KEPT))
    assert reading.slots.get("relationship_to_offender") == "someone_known"


@pytest.mark.parametrize(
    "text", ["he's not my partner anymore, he's my ex", "my ex husband. we are divorced"]
)
def test_an_ex_said_again_is_not_taken_off(text):
    changes = corrections(text, {**DEV_KEPT, "crime_type": "domestic_abuse"})
    assert changes.get("relationship_to_offender") in (None, "partner_or_ex")


# -- 3. Claire: her husband killed by a hit-and-run driver ---------------------------------------

CLAIRE_KEPT = {
    "consent": True, "in_danger": False, "crime_type": "homicide", "bereaved": True,
    "results_shown": True, "referral_consent": True, "age": 41.0,
}  # fmt: skip


def test_claire_her_husband_named_is_the_one_who_died():
    text = "it was my husband dan, hit and run. and i have two kids 7 and 10. ok thank you"
    reading = read_turn(Turn(text=text, answers=CLAIRE_KEPT))
    assert reading.slots.get("relationship_to_offender") != "partner_or_ex"
    assert corrections(text, CLAIRE_KEPT).get("relationship_to_offender") != "partner_or_ex"


def test_claire_a_stranger_killed_him_is_put_right():
    kept = {**CLAIRE_KEPT, "relationship_to_offender": "partner_or_ex"}
    text = (
        "no thats wrong. a stranger killed him, a driver. dan is the one who died, my husband. he "
        "didnt do anything"
    )
    assert corrections(text, kept).get("relationship_to_offender") == "stranger"


@pytest.mark.parametrize(
    "text, who",
    [
        ("it was my husband who hit me", "partner_or_ex"),
        ("my husband hit me and ran off", "partner_or_ex"),
    ],
)
def test_a_relative_who_did_it_is_still_read(text, who):
    assert read_account(text).offender == who


def test_it_was_my_husband_who_killed_him_is_not_the_one_who_died():
    from actions.reading import q82b_names_who_died

    assert not q82b_names_who_died("it was my husband who killed him", CLAIRE_KEPT)
    assert q82b_names_who_died("it was my husband dan, hit and run", CLAIRE_KEPT)


def test_it_wasnt_a_stranger_is_not_a_stranger():
    kept = {**CLAIRE_KEPT, "relationship_to_offender": "partner_or_ex", "crime_type": "assault"}
    changes = corrections("no it wasnt a stranger, it was my ex", kept)
    assert changes.get("relationship_to_offender") != "stranger"


# -- 4. Mo: a random passenger -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a passenger obviously. i got his name on the app and i got dashcam. r u a bot or what",
        "a passenger",
        "a customer",
        "i didnt know him, a passenger",
    ],
)
def test_a_passenger_or_customer_is_a_stranger(text):
    assert read_relationship(text).value == "stranger"


@pytest.mark.parametrize(
    "text",
    ["a regular customer", "a customer, i know him he comes in every week", "my neighbour"],
)
def test_a_customer_they_know_is_still_known(text):
    assert read_relationship(text).value == "someone_known"


# -- 5. Zainab: the danger question after "its me it happened to" --------------------------------


def test_zainab_correction_keeps_the_danger_question_open():
    reading = read_turn(
        Turn(
            text="no its me it happened to. my cousin is the one who did it",
            requested="in_danger",
            answers={"consent": True, "for_someone_else": True},
        )
    )
    assert reading.slots.get("for_someone_else") is False
    assert "in_danger" not in reading.slots


@pytest.mark.parametrize("text", ["no its me it happened to, im safe", "no"])
def test_a_safe_no_is_still_a_no(text):
    reading = read_turn(
        Turn(text=text, requested="in_danger", answers={"consent": True, "for_someone_else": True})
    )
    assert reading.slots.get("in_danger") is False


# -- 6. Kofi: his daughter Ama, 14 ---------------------------------------------------------------

KOFI_FIRST = (
    "Hello. My daughter is 14 and a group of girls from her school are threatening her on "
    "Snapchat. One of them said they will jump her after school. The school is doing NOTHING. "
    "What can the police do"
)


def test_kofi_first_message_is_for_his_child_aged_14():
    facts = read_account(KOFI_FIRST).facts()
    assert facts.get("for_child") is True
    assert facts.get("age") == 14


@pytest.mark.parametrize(
    "text",
    ["my son is 15 and he hits me", "my daughter is 30 and her ex threatens her"],
)
def test_not_a_child_written_for(text):
    assert not read_account(text).for_child


KOFI_KEPT = {
    "consent": True, "in_danger": False, "crime_type": "stalking_harassment",
    "results_shown": True, "age": 40.0, "relationship_to_offender": "someone_known",
    "said": [KOFI_FIRST],
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "it is not ME who was targeted it is my daughter Ama, 14. what have you written down",
        "WRONG. the victim is 14 not 40. I am the father. please change it",
        "she is 14",
        "I did not say no!! I am trying to correct the age. My daughter age is 14. The victim is "
        "a child",
    ],
)
def test_kofi_corrections_make_ama_the_one_it_happened_to(text):
    changes = corrections(text, KOFI_KEPT)
    assert changes.get("for_child") is True and changes.get("age") == 14
    reading = read_turn(
        Turn(
            text=text,
            intent="deny",
            requested="referral_consent",
            answers=KOFI_KEPT,
            asked={"referral_consent": 2},
            missed={"referral_consent": 1},
        )
    )
    assert reading.slots.get("referral_consent") is not False
    assert "referral_consent" not in reading.skipped


def test_a_child_who_saw_it_is_not_made_the_victim():
    kept = {**KOFI_KEPT, "said": ["my neighbour hit me, my daughter saw it"]}
    assert corrections("my daughter is 14", kept) == {}


# -- 7. Ewa: the posts are in Polish -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we split 4 month ago. now he post about me on facebook in polish, bad things, lies, and "
        "he call me at work many times. my colleagues hear. and now car park",
        "the posts are in Polish",
        "he sends me messages in arabic",
    ],
)
def test_a_language_of_the_posts_is_not_asked_for(text):
    assert language_asked_for(text) is None
    reading = read_turn(
        Turn(text=text, requested="crime_type", answers={"consent": True, "in_danger": False})
    )
    assert "language" not in reading.slots


@pytest.mark.parametrize(
    "text, language",
    [
        ("can someone message me in polish", "polish"),
        ("support in polish please", "polish"),
        ("the messages are in polish, can i get help in polish", "polish"),
    ],
)
def test_a_language_asked_for_is_still_taken(text, language):
    assert language_asked_for(text) == language

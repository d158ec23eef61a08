"""Round 52 (helper X4): account readings left wrong from round 50.

- Louise, 38: her son (8) bitten by the neighbour's dog, noted as "an assault" by someone known;
  "its not an assault its a dog attack" and "write dog attack on the notes" not taken; CICA
  offered with no word that it excludes most dog bites; "will they put it down?" not answered.
- Sana, 31: her daughter (7) at risk of FGM on a summer trip; not noted as FGM (noted as
  domestic abuse with injuries); "please answer me. who can help with FGM" at the hate question
  read as a yes, so Stop Hate UK was offered.
- Josh, 12: a man in a car said "get in": still read as "other" (an attempt to take a child,
  Child Abduction Act 1984, s.2), by round 44's choice, not a kidnap.

Each test quotes the message as it was written; ordinary messages must not change.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.answers import read_answer, read_contact_times, yes_no
from actions.reading import Turn, corrections, read_turn

NEW = (
    "utter_x4_dog_bite_compensation",
    "utter_x4_what_happens_to_the_dog",
    "utter_x4_change_will",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 52, helper X4")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Louise: a dog attack is not an assault ---------------------------------------------------

LOUISE_FIRST = (
    "Hi, my son got bitten by the neighbours dog yesterday, he's 8, he needed stitches in his "
    "arm. The dog was running loose in the street no lead nothing. I'm so angry. Is this even a "
    "crime??"
)


@pytest.mark.parametrize(
    "text",
    [
        LOUISE_FIRST,
        "a DOG BIT MY SON. Something else I guess",
        "a dog bit me in the park",
        "xl bully mauled my little girl",
        "its only happened once, the dog has never bitten him before. and its not an assault its "
        "a dog attack. and yes I rang 101 last night, got a reference number",
    ],
)
def test_a_dog_attack_is_other_with_the_dog_attack_kept(text):
    account = read_account(text)
    assert account.crime_type == "other"
    assert "dog_attack" in account.details


@pytest.mark.parametrize(
    "text",
    [
        "my neighbour punched me and his dog bit me",
        "he set his dog on me",
        "he told his dog to attack me",
    ],
)
def test_a_person_hitting_them_or_setting_a_dog_on_them_is_still_an_assault(text):
    assert read_account(text).crime_type == "assault"


def test_the_first_message_keeps_the_child_and_the_neighbour():
    account = read_account(LOUISE_FIRST)
    assert account.for_child is True and account.age == 8


@pytest.mark.parametrize(
    "text",
    [
        "its not an assault its a dog attack",
        "you havent put what happened. it was a dog attack, the neighbours dog bit him, he had "
        "stitches",
        "hes already been to A&E yesterday thats where he got the stitches. can you just write "
        "dog attack on the notes please",
    ],
)
@pytest.mark.parametrize("before", ["assault", None])
def test_a_dog_attack_put_right_is_taken(text, before):
    changes = corrections(text, {"crime_type": before, "relationship_to_offender": "someone_known"})
    assert changes.get("crime_type") == "other"
    assert "dog_attack" in changes.get("account_details", ())


@pytest.mark.parametrize(
    "text",
    ["my dog is scared of him", "it was an assault", "he attacked me, my dog barked"],
)
def test_other_words_put_nothing_right_as_a_dog_attack(text):
    assert "dog_attack" not in corrections(text, {"crime_type": "assault"}).get(
        "account_details", ()
    )


DOG_TOLD = {"account_details": ["dog_attack"], "for_child": True, "age": 8, "under_18": True}


@pytest.mark.parametrize(
    "text",
    [
        "English. its his arm not his face. so can we get compensation for a dog bite from CICA or "
        "do I have to go after the neighbour? shes got house insurance i think",
        "that didnt answer me. its not a scam its a dog bite. can I claim or not",
        "omg. I'm asking about COMPENSATION for my sons injury from the dog",
    ],
)
def test_dog_bite_compensation_gets_the_cica_caveat(text):
    assert answer(text, "other", **DOG_TOLD) == "utter_x4_dog_bite_compensation"


def test_dog_bite_compensation_named_without_an_earlier_account():
    assert (
        answer("can i claim compensation after a dog bit me", None)
        == "utter_x4_dog_bite_compensation"
    )


@pytest.mark.parametrize(
    "text",
    [
        "no?? its a dog. will they put it down? i dont want it next door anymore honestly, it "
        "could be a baby next time",
        "ok. and what happens to the dog? will the police take it away? she's still walking it "
        "past our house like nothing happened",
    ],
)
def test_what_happens_to_the_dog_is_answered(text):
    assert answer(text, "other", **DOG_TOLD) == "utter_x4_what_happens_to_the_dog"


@pytest.mark.parametrize(
    "text",
    [
        "can i claim compensation?",
        "what is CICA?",
        "will they take it away from me?",
        "can I claim for my phone that was stolen",
        "is this a scam?",
    ],
)
def test_without_a_dog_the_new_answers_are_not_given(text):
    assert answer(text, "assault") not in NEW


def test_a_parent_asking_to_note_the_dog_attack_is_not_sent_to_childline():
    text = (
        "hes already been to A&E yesterday thats where he got the stitches. can you just write "
        "dog attack on the notes please"
    )
    assert answer(text, "other", **DOG_TOLD) != "utter_childline_without_phone"


def test_is_this_a_scam_still_answered():
    assert answer("is this a scam? will you ask me for money", "assault") == "utter_not_a_scam"


# -- Sana: FGM -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i told you. they want to cut her. female circumcision. FGM. it has not happened yet i "
        "want to stop it",
        "not me. my daughter maybe. she is 7. my husbands family want to take her back home in "
        "summer for holiday and i heard them say about doing the thing to her. the cutting. you "
        "understand",
        "im worried my niece will be taken abroad for fgm",
    ],
)
def test_fgm_planned_is_honour_based_abuse_and_nobody_is_injured_yet(text):
    account = read_account(text)
    assert account.crime_type == "domestic_abuse"
    assert "honour_based" in account.details
    assert "injured" not in account.details


def test_fgm_done_is_noted_too():
    account = read_account("they did female genital mutilation on me when i was a child")
    assert "honour_based" in account.details


@pytest.mark.parametrize(
    "text",
    ["he cut her arm with a knife", "the dentist cut her lip", "my husband wants to cut her hair"],
)
def test_other_cutting_is_not_fgm(text):
    assert "honour_based" not in read_account(text).details


@pytest.mark.parametrize(
    "text",
    [
        "please answer me. who can help with FGM",
        "please answer me",
        "pls tell me who can help",
        "please just tell me",
    ],
)
def test_please_asking_for_something_is_not_a_yes(text):
    assert read_answer("hate_motivated", text).value is not True


@pytest.mark.parametrize("text", ["please", "yes please", "please do", "please yes", "please!"])
def test_please_alone_is_still_a_yes(text):
    assert yes_no(text) is True


# -- Josh: a man in a car said "get in" --------------------------------------------------------


def test_an_attempt_to_take_a_child_into_a_car_is_still_other():
    text = (
        "a man in a car stoped next to me after school and said get in. i said no and walked fast "
        "and he drove behind me reely slow all the way to my road"
    )
    assert read_account(text).crime_type == "other"


# -- Dennis (round 51): his own van's tracker, and "more than once" put right --------------------

DENNIS_AGE = (
    "61. van has a tracker on it, will the police actually look at it? and the neighbour has one "
    "of them ring doorbells"
)


def test_his_own_van_tracker_is_not_stalking_nor_more_than_once():
    account = read_account(DENNIS_AGE)
    assert account.repeat is None
    assert "stalking_described" not in account.details
    reading = read_turn(
        Turn(
            text=DENNIS_AGE,
            intent="inform",
            requested="age",
            answers={"crime_type": "theft", "reported_to_police": True},
            asked={"age": 1},
        )
    )
    assert "repeat_victimisation" not in reading.slots
    assert reading.slots.get("age") == 61


@pytest.mark.parametrize(
    "text",
    [
        "he put a tracker on my car",
        "i found out my car had a tracker on it and my ex knew where i was",
    ],
)
def test_a_tracker_put_on_them_is_still_stalking(text):
    assert "stalking_described" in read_account(text).details


@pytest.mark.parametrize(
    "text",
    [
        "what phone? its a van tracker. and i never said it happened more than once, first "
        "time. no idea who did it",
        "no. did you take off the more than once bit",
        "targeted more than once?? i told you its the first time. and my knees dont stop me "
        "talking. sort it out",
    ],
)
def test_more_than_once_put_right(text):
    answers = {"crime_type": "theft", "repeat_victimisation": True}
    assert corrections(text, answers).get("repeat_victimisation") is False


@pytest.mark.parametrize(
    "text",
    ["its the first time ive told anyone", "first time i ever rang the police", "yes"],
)
def test_other_first_times_put_nothing_right(text):
    answers = {"crime_type": "stalking_harassment", "repeat_victimisation": True}
    assert corrections(text, answers).get("repeat_victimisation") is not False


# -- Gerald (round 51): the will, and Margaret's name kept out of the contact times -------------

GERALD = {"relationship_to_offender": "someone_known", "age": 84}


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. Now, the will. Can she really be left money in my will if she persuaded me "
        "into it? I am not sure I was thinking clearly at the time. Can I change it back without "
        "her knowing?",
        "can i change my will",
        "she made me change my will",
    ],
)
def test_changing_a_will_is_answered(text):
    assert answer(text, "fraud", **GERALD) == "utter_x4_change_will"


@pytest.mark.parametrize(
    "text",
    ["what will happen next", "will they change it", "i will change my number", "the will of god"],
)
def test_will_as_a_verb_is_not_the_will_answer(text):
    assert answer(text, "fraud", **GERALD) != "utter_x4_change_will"


def test_a_named_visitor_is_not_kept_in_the_contact_times():
    got = read_contact_times(
        "Weekday mornings, please. Margaret usually calls round on Tuesday and Friday "
        "afternoons, so not then."
    ).value
    assert "Margaret" not in got
    assert "Weekday mornings" in got and "Tuesday and Friday afternoons" in got


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("not when Jay is home, mornings are best", "not when someone is home"),
        ("Tuesday after 6", "Tuesday after 6"),
        ("Weekday mornings", "Weekday mornings"),
        ("after 3.30 when Alfies home from school is fine, or mornings", "after 3.30"),
    ],
)
def test_contact_times_otherwise_kept(text, kept):
    assert kept in read_contact_times(text).value

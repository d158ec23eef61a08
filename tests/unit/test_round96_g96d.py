"""Round 96 (helper g96d): Yetunde, cyberflashed by AirDrop on the Tube; Imran, an Uber driver
abused and his car door kicked in; Jo, a burglary dropped with "no further action". Each test
quotes the person's words as written."""

from __future__ import annotations

import pytest
from known_answers import answer, answer_in_conversation, assert_one_sms_with_source

from actions.reading import Turn, read_turn

NEW = (
    "utter_g96d_cyberflashing_is_a_crime",
    "utter_g96d_cyberflashing_keep_pictures",
    "utter_g96d_heard_cyberflashing",
)
Y1 = (
    "hi so this morning on the northern line someone airdropped me pictures of a man's "
    "genitals. pretty sure it was the guy standing next to me, he was smirking at me the whole "
    "time. is that even illegal??"
)
Y2 = "they're not photos OF ME lol. he sent me pictures of his own bits. fine yes you can keep it"
Y3 = "i literally just told you. cyberflashing. unsolicited dick pics via airdrop on the tube"


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "g96d (round 96)")


def test_cyberflashing_is_a_crime_not_her_images_shared():
    assert answer(Y1, None) == "utter_g96d_cyberflashing_is_a_crime"


def test_her_own_images_shared_still_get_the_images_answer():
    said = "my ex posted nudes of me online. is that even illegal?"
    assert answer(said, None) == "utter_images_are_a_crime"


@pytest.mark.parametrize(
    "said",
    (
        "do i need to report it with the photos still on my phone? i kind of want to delete "
        "them, they're gross. but not yet. and no i haven't reported",
        "29. and that's not what i asked. should i keep the pics as evidence or not??",
    ),
)
def test_whether_to_keep_the_pictures_is_answered(said):
    got = answer_in_conversation(said, "sexual_offence", [Y1, Y2, Y3])
    assert got is not None and got.response == "utter_g96d_cyberflashing_keep_pictures"


def test_cyberflashing_is_said_back_without_rape():
    reading = read_turn(Turn(text=Y3, requested="crime_type"))
    said_back = [say.response for say in reading.say]
    assert "utter_g96d_heard_cyberflashing" in said_back
    assert "utter_d4_heard_unwanted" not in said_back
    assert reading.slots.get("crime_type") == "sexual_offence"


def test_a_drivers_door_kicked_in_is_criminal_damage_not_fraud():
    from actions.account import read_account

    said = (
        "Hi I'm an uber driver, saturday night a drunk passenger called me a p*ki and other "
        "racist things then kicked my door in and ran off without paying. car was in garage 2 "
        "days, lost 2 days work. what help is there for money"
    )
    told = read_account(said)
    assert told.crime_type == "criminal_damage"
    assert told.hate
    assert read_account("they kicked my door in and took my laptop").crime_type == "burglary"


J1 = (
    "Hello. My house in Wandsworth was burgled back in April. The police found fingerprints and "
    "told me they had identified a suspect, but last week I received a letter saying there would "
    "be no further action. I'm furious. I want this decision looked at again. What can I "
    "actually do, and is there a deadline?"
)
J2 = (
    "That's not relevant, the burglary was six months ago and the police have long since been. "
    "Yes, you can keep my answers. My question is about challenging the no further action "
    "decision."
)
J3 = (
    "No, I'm not in danger. Please stop telling me about fingerprints. Can I appeal the "
    "decision or not?"
)
J4 = (
    "39. That's the third time you've said the same thing. I've read online there is something "
    "called the Victims' Right to Review. Does that apply to a police decision like mine, and how "
    "long do I have to ask for it?"
)
J5 = (
    "Nobody mentioned a caution. It was no further action. And I asked how long I have to "
    "request a review, not how long it takes. Is there a time limit?"
)
FINGERPRINTS = {"utter_j4_burglary_fingerprints", "utter_x71c_burglary_fingerprints_reported"}


@pytest.mark.parametrize("at", range(5))
def test_no_fresh_burglary_fingerprint_advice_and_the_review_is_answered(at):
    said = [J1, J2, J3, J4, J5]
    crime = None if at == 0 else "burglary"
    got = answer_in_conversation(
        said[at], crime, said[:at], reported_to_police=True if at > 1 else None
    )
    assert got is not None
    assert got.response == "utter_ask_right/right_to_review"
    assert not FINGERPRINTS & {then.response for then in got.then}


def test_a_fresh_burglary_still_gets_the_fingerprint_advice():
    said = "we just got burgled, should i touch anything or leave it for fingerprints?"
    assert answer(said, "burglary") == "utter_j4_burglary_fingerprints"


def test_a_caution_still_gets_the_caution_answer():
    earlier = ["his mate got no further action"]
    said = "he only got a caution. can i challenge the police decision?"
    got = answer_in_conversation(said, "assault", earlier)
    assert got is not None and got.response == "utter_challenge_police_decision"


def test_safe_in_the_day_is_a_yes_at_that_time():
    from actions.answers import read_answer

    got = read_answer("contact_safe", "in the day ok. not night. they are there at night")
    assert got.value is True
    assert got.extra.get("contact_times") == "in the day"
    assert read_answer("contact_safe", "in the day ok but he checks my phone").value is not True


def test_not_understanding_the_hate_question_is_explained_and_the_disability_kept():
    from tests.unit.test_round70_w70b import _form

    said, events = _form("hate_motivated", "i dont know what that means. i have learning disabilty")
    assert said == ["utter_w70b_explain_hate_motivated"]
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots.get("hate_motivated") is None
    assert slots.get("impairment") is True
    assert slots.get("requested_slot") == "hate_motivated"


I1 = (
    "Hi I'm an uber driver, saturday night a drunk passenger called me a p*ki and other racist "
    "things then kicked my door in and ran off without paying. car was in garage 2 days, lost 2 "
    "days work. what help is there for money"
)


@pytest.mark.parametrize(
    "said,earlier",
    (
        (I1, []),
        ("yes ok. but the money question?", [I1]),
        (
            "compensation. the repair was £640 and 2 days lost earnings. insurance excess is 500 "
            "so not worth claiming",
            [I1],
        ),
    ),
)
def test_money_for_the_damage_is_answered_with_compensation(said, earlier):
    got = answer_in_conversation(said, "criminal_damage" if earlier else None, earlier)
    assert got is not None and got.response == "utter_compensation_order"


def test_a_driver_asking_about_uber_still_gets_the_operator_answer():
    got = answer_in_conversation("should i tell uber about it?", "assault", ["im an uber driver"])
    assert got is not None and got.response == "utter_k1_driver_tell_operator"

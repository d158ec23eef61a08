"""Round 60, helper G1: Kofi (writing for his son, hit by a driver who did not stop) and Becky
(19, spiked at a freshers' night)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_answer
from bot.risk_words import detect_risk, trusted_crisis
from tests.unit.known_answers import answer_in_conversation

KOFI_SAID = [
    "Good afternoon. I am writing on behalf of my son Kwame who is 22. He was hit by a car on "
    "Saturday night crossing the road in Tottenham and the driver did not stop. He is in the "
    "Royal London hospital with a broken leg and head injury. What happens now?",
    "He has a head injury now, the doctors say maybe memory problems, we do not know yet.",
]
BECKY_SAID = [
    "hiii um idk if this is the right thing but i think someone spiked my drink at a freshers "
    "thing on thursday?? i woke up in my room and cant remember like 3 hours",
]


def said(text, earlier, crime_type="assault", **answers):
    found = answer_in_conversation(text, crime_type, earlier, consent=True, **answers)
    return found.response if found else None


@pytest.mark.parametrize(
    "text",
    [
        "Nobody is in danger.",
        "Why are you telling me 999? I said NOBODY is in danger. Please read what I write.",
        "He is already in hospital, I said. The leg is broken, they operated yesterday. Nobody is "
        "in danger. The police came to the hospital and took details, they gave me a reference "
        "number.",
        "no one is in danger",
    ],
)
def test_a_denial_of_danger_is_not_danger(text):
    assert not trusted_crisis(text, "in_danger") and detect_risk(text) is None


@pytest.mark.parametrize("text", ["he is in danger", "nobody can help, I'm in danger"])
def test_danger_still_alarms(text):
    assert trusted_crisis(text, "in_danger")


def test_no_x_ray_for_someone_already_in_hospital():
    assert said(KOFI_SAID[0], []) not in ("utter_possible_broken_bone", "utter_injury")
    assert said("my arm is swollen, is it broken?", ["he punched me"]) == (
        "utter_possible_broken_bone"
    )


def test_the_son_is_not_read_as_the_offender():
    # round 60, main: "He was hit by a car", after "my son Kwame", is done to him
    assert read_account(KOFI_SAID[0]).offender != "family_member"


def test_police_find_driver_and_speak_for_him():
    assert said("Yes that is ok. Will the police find the driver?", KOFI_SAID[:1]) == (
        "utter_g1_police_find_driver"
    )
    text = "I don't know. He cannot remember the accident. Can I speak for him?"
    assert said(text, KOFI_SAID, for_someone_else=True) == "utter_g1_speak_for_them"
    # Not someone speaking of themselves, nor a driver who was never mentioned.
    assert said("can i speak to someone", ["my ex hit me"]) != "utter_g1_speak_for_them"
    assert said("will the police find him?", ["my ex hit me"]) != "utter_g1_police_find_driver"


def test_mum_kept_from_is_not_who_did_it():
    text = (
        "no?? thats the point i dont know anything. should i tell the uni? i dont want my mum "
        "finding out"
    )
    assert read_answer("relationship_to_offender", text).value != "family_member"
    assert read_answer("relationship_to_offender", "my mum").value == "family_member"
    assert said(text, BECKY_SAID, age=19) == "utter_g1_uni_your_choice"


def test_uni_question_gets_no_hiv_or_halls_text():
    text = "my health and someone to talk to. and do i have to tell the uni or will they find out?"
    assert said(text, BECKY_SAID, age=19) == "utter_g1_uni_your_choice"
    text = "wait why r u talking about HIV?? do u think i have HIV??"
    assert said(text, BECKY_SAID, age=19) == "utter_g1_not_about_hiv"


def test_halls_answer_kept_for_someone_turning_up():
    earlier = ["a guy from my course keeps turning up at my halls"]
    assert said("should i tell my halls?", earlier, "stalking_harassment", age=20) == (
        "utter_tell_halls_security"
    )


def test_correction_to_spiking_is_read_as_spiking():
    text = (
        "what?? nobody keeps turning up and its not domestic abuse, my mum didnt do anything i "
        "just dont want her to know. someone spiked me at a club night"
    )
    found = read_account(text)
    assert found.crime_type == "assault" and not found.repeat
    assert read_account("he keeps turning up at my flat").crime_type == "stalking_harassment"


@pytest.mark.parametrize(
    "text",
    [
        "no im in my room in halls. the thing is i dont know if anything else happened?? like my "
        "tights were on inside out. im freaking out a bit",
        "no. did u see what i said about my tights. what if someone did something",
    ],
)
def test_havens_at_once_after_spiking(text):
    assert said(text, BECKY_SAID, age=19) == "utter_g1_havens_after_spiking"


def test_no_havens_without_spiking_or_lost_memory():
    assert said("what if someone did something to my car", ["my car was scratched"]) != (
        "utter_g1_havens_after_spiking"
    )

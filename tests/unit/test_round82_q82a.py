"""Round 82, helper q82a: false alarms of danger, suicide and injury (Gordon, Sanjay, Pete, Ewa,
Maria), and the real alarms beside them that must stay."""

from __future__ import annotations

import pytest

from actions.account import read_account
from bot.risk_words import detect_risk, trusted_crisis
from tests.unit.known_answers import answer, answer_in_conversation

GORDON = (
    "I would not say I am in danger as such. He is a large man and rather intimidating when he "
    "shouts, but he has not laid a finger on me. My wife, Margaret, is more unsettled by it than "
    "I am. And what of the tree roots themselves, is that a police matter?"
)
SANJAY = (
    "Hello. I have a shop in Hounslow. Teenagers are throwing things and abusing me every evening "
    "and police do nothing. Who are you"
)
PETE = (
    "Practical help I suppose, and information. I look after my wife, she has dementia, so I cant "
    "get out much. I havent told my daughter. If she finds out she'll want to take over my money "
    "and say I cant cope. Will you tell her?"
)
EWA = "feeling safe and help with the order. also he know where i work, i cant change hospital"
MARIA = (
    "he grab my arm very strong, now it is blue (bruise?). and they keep my money, £1400 for "
    "last month. they say i take the ring of the wife so they not pay. is this a crime the money "
    "also?"
)


@pytest.mark.parametrize(
    "text",
    [
        GORDON,
        SANJAY,
        "I wouldn't say I'm in danger, he just shouts over the fence",
        "i dont really think im in danger. its the damage to the car",
        "kids are throwing eggs at my window most nights and the council do nothing",
    ],
)
def test_danger_denied_or_told_as_what_keeps_happening_is_not_danger(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger")


@pytest.mark.parametrize(
    "text",
    [
        "I wouldnt say Im in danger but hes outside now",
        "i dont really think im in danger, hes at the door",
        "they are throwing stones at my window every night and theyre outside now",
        "kids are throwing stones at my house every evening, help me",
        "he is hitting me every night",
        "i am in danger",
        "they are throwing things at the window",
    ],
)
def test_danger_now_still_alarms(text):
    assert detect_risk(text) == "in_danger"


def test_pete_daughter_saying_he_cant_cope_is_not_suicidal_talk():
    assert detect_risk(PETE) is None
    assert not trusted_crisis(PETE, "self_harm")
    assert not trusted_crisis("my daughter thinks i cant cope with the money", "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "i cant cope anymore",
        "she said i was fine but i think i cant cope",
        "my daughter says i cant cope and i want to end it all",
        "i cant cope with caring for my wife, i want to die",
    ],
)
def test_own_distress_still_gets_the_check(text):
    assert trusted_crisis(text, "self_harm") or detect_risk(text) == "self_harm"


def test_ewa_hospital_she_works_at_is_no_injury():
    assert "injured" not in read_account(EWA).details


@pytest.mark.parametrize(
    "text",
    [
        "i work nights. he hit me and i went to hospital",
        "im a nurse, he punched me and i had to leave hospital early",
    ],
)
def test_a_hospital_visit_after_a_blow_is_still_an_injury(text):
    assert "injured" in read_account(text).details


def test_maria_bruise_is_not_the_broken_bone_answer():
    said = answer_in_conversation(MARIA, None, [])
    assert said is not None
    names = [said.response, *(then.response for then in said.then)]
    assert "utter_possible_broken_bone" not in names
    assert answer("he grab my arm very strong, now it is blue (bruise?)", "assault") != (
        "utter_possible_broken_bone"
    )


@pytest.mark.parametrize(
    "text",
    [
        "swollen and blue now near the elbow, I think maybe broken",
        "my arm is blue now and i cant move it",
        "my arm is black and blue, is it broken?",
        "my wrist is purple and really painful now",
    ],
)
def test_a_suspected_break_still_gets_the_broken_bone_answer(text):
    assert answer(text, "assault") == "utter_possible_broken_bone"

"""Round 53, helper Z3: Eric (Shout 85258 sent for "shout things"; a threat to his windows),
Fatou (is this chat the Home Office; a landlord's deportation threat) and Pat ("Give up" read as
a suicide risk)."""

import pytest

from bot.risk_words import detect_risk, trusted_crisis
from tests.unit.known_answers import answer, answer_in_conversation

FATOU_FIRST = (
    "my landlord he want sex from me for fix things in house. he said if i tell anybody he will "
    "call immigration and they deport me and my children. i am asylum seeker"
)


@pytest.mark.parametrize(
    "text",
    [
        "What is Shout 85258? I dont understand. I have not reported it no.",
        "Alright. And that Shout number you sent at the start, do I need to text that as well?",
        "what is shout?",
    ],
)
def test_what_shout_is(text: str) -> None:
    assert answer(text, "harassment") == "utter_z3_what_shout_is"


@pytest.mark.parametrize(
    "text",
    [
        "No not danger as such. There are some youths who throw eggs at my windows most evenings "
        "and shout things. I dont want to make a fuss.",
        "who is it that keeps shouting at me?",
    ],
)
def test_shouting_is_not_the_text_line(text: str) -> None:
    assert answer(text, "harassment") not in {"utter_z3_what_shout_is", "utter_about_organisation"}


@pytest.mark.parametrize(
    "text",
    [
        "Last week one of them said they would put my windows in. Is that a threat? Should I be "
        "worried",
        "he said he would smash my car. should i be worried?",
    ],
)
def test_threat_to_damage_home(text: str) -> None:
    assert answer(text, "harassment") == "utter_z3_threat_to_damage_home"


def test_ordinary_damage_is_not_a_threat_question() -> None:
    assert answer("they put my windows in last night", "criminal_damage") != (
        "utter_z3_threat_to_damage_home"
    )


@pytest.mark.parametrize(
    "text",
    [
        "who is support team? you are with home office?",
        "ok. but you are not home office yes?",
        "are you the home office?",
    ],
)
def test_chat_is_not_home_office(text: str) -> None:
    assert answer(text, "sexual_offence") == "utter_n3_chat_not_home_office"


@pytest.mark.parametrize(
    "text",
    [
        "can he really make them deport me? he say he know people in home office",
        "he said if i tell anybody he will call immigration and they deport me and my children",
    ],
)
def test_landlord_cannot_deport(text: str) -> None:
    said = answer_in_conversation(text, "sexual_offence", [FATOU_FIRST])
    assert said is not None and said.response == "utter_z3_landlord_cannot_deport"


def test_partner_threat_is_not_the_landlord_answer() -> None:
    said = answer_in_conversation(
        "can he really make them deport me?", "domestic_abuse", ["my husband hits me"]
    )
    assert said is None or said.response != "utter_z3_landlord_cannot_deport"


def test_give_up_on_the_bot_is_not_suicide() -> None:
    text = "Still says I'm afraid. I'm not. Give up. Anyway - should I keep the note?"
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "crisis")


@pytest.mark.parametrize(
    "text", ["i give up", "I just want to give up", "I want to give up on everything"]
)
def test_giving_up_on_life_still_trusted(text: str) -> None:
    assert trusted_crisis(text, "crisis")

"""Round 52, main: Yasmin, Deaf, texting in plain English, was told to "press 55", got "I can't
answer" to how to reach the police fast without a call, was recorded as having told the police
when she wrote "No crime number", and was asked "What happened?" again after telling it."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.reading import corrections
from tests.unit.known_answers import answer, answer_in_conversation, sendable

DEAF_SAID = ["Hello. I am deaf. I need help. Man follow me home", "I cant call 999. I am deaf"]


@pytest.mark.parametrize(
    "text",
    [
        "I am DEAF. I cant call. I cant hear press 55",
        "If he follow me in street. How I get police fast? No call",
        "how do i get help fast if i cant phone",
    ],
)
def test_a_deaf_person_who_cannot_call_is_told_how_to_reach_999(text: str) -> None:
    said = answer_in_conversation(text, "stalking_harassment", DEAF_SAID)
    assert said is not None and said.response == "utter_999_when_deaf"


@pytest.mark.parametrize(
    "text",
    [
        "what does press 55 mean",
        "How I get police fast? No call",  # nobody said they are deaf: not this answer
    ],
)
def test_the_deaf_answer_needs_deafness_said(text: str) -> None:
    said = answer_in_conversation(text, "stalking_harassment", ["a man followed me home"])
    assert said is None or said.response != "utter_999_when_deaf"


def test_asking_if_texting_999_works_gets_the_emergency_sms_answer() -> None:
    assert answer("text 999 work? I register?", "stalking_harassment") == "utter_text_999"


def test_what_to_do_if_he_comes_again_never_says_press_55_to_someone_who_cannot_phone() -> None:
    assert answer("What I do tomorrow if he follow me again?", "stalking_harassment") == (
        "utter_if_he_comes"
    )
    (text,) = sendable("utter_if_he_comes", cannot_phone=True)
    assert "press 55" not in text and "Relay UK" in text and "emergencySMS" in text
    assert all("press 55" in text for text in sendable("utter_if_he_comes"))


@pytest.mark.parametrize(
    "text",
    [
        "Can I report online? No crime number",
        "I dont have a crime number",
        "I dont have crime number",
        "without a crime number can i claim",
    ],
)
def test_having_no_crime_number_is_not_having_told_the_police(text: str) -> None:
    assert read_account(text).reported is not True
    assert corrections(text, {"reported_to_police": False}).get("reported_to_police") is not True


@pytest.mark.parametrize(
    "text",
    ["i have a crime number", "my crime number is 1234", "the police gave me a crime number"],
)
def test_having_a_crime_number_is_still_having_reported(text: str) -> None:
    assert read_account(text).reported is True


@pytest.mark.parametrize(
    "text",
    [
        "Man follow me from station. 3 times now. He take photo of me with phone",
        "Hello. I am deaf. I need help. Man follow me home",
    ],
)
def test_following_told_in_plain_english_is_stalking(text: str) -> None:
    assert read_account(text).crime_type == "stalking_harassment"


@pytest.mark.parametrize(
    "text",
    ["im scared he will follow me home", "my mum follow me home from school", "did he follow me"],
)
def test_a_fear_or_a_parent_is_not_stalking(text: str) -> None:
    assert read_account(text).crime_type != "stalking_harassment"


@pytest.mark.parametrize(
    "text",
    [
        "not danger exactly. its the lot upstairs. music blasting till 4am every night, and when i"
        " go up and ask them to turn it down they bang on my door after and shout stuff. called me"
        " a dirty alchy, junkie, all sorts. been going on since march",
        "i just told you what happened. neighbours. noise and abuse",
    ],
)
def test_neighbours_noise_and_abuse_is_an_account_not_a_second_what_happened(text: str) -> None:
    """George was asked "What happened?" twice after telling it."""
    assert read_account(text).crime_type == "stalking_harassment"


def test_a_partners_abuse_overheard_by_neighbours_stays_domestic_abuse() -> None:
    text = "my partner hits me, the neighbours heard the noise and abuse"
    assert read_account(text).crime_type == "domestic_abuse"


@pytest.mark.parametrize(
    "text",
    [
        "I want report. How?",
        "Maybe. I sign on phone with friend at station. Maybe he see I am deaf. I want report."
        " How?",
        "how i report",
    ],
)
def test_wanting_to_report_gets_how(text: str) -> None:
    assert answer(text, "stalking_harassment", cannot_phone=True) == "utter_how_to_report"


def test_what_to_do_if_he_follows_again_is_answered() -> None:
    text = "what do i do if he follows me again tomorrow? i cant call"
    assert answer(text, "stalking_harassment", cannot_phone=True) == "utter_if_he_comes"


def test_asking_how_to_get_the_police_fast_is_not_a_cry_for_help() -> None:
    from bot.risk_words import detect_risk

    assert detect_risk("i cant hear press 55. how i get police fast without calling?") is None
    assert detect_risk("get police now hes here") == "in_danger"


def test_the_knife_wound_answer_needs_a_knife_told() -> None:
    """Round 54, Lucia (pushed into a door): "if hospital ask what happen what I say? they call
    police?" was told about knife wounds still bleeding."""
    text = "if hospital ask what happen what I say? they call police?"
    pushed = ["he push me and i hit my head on the door"]
    said = answer_in_conversation(text, "domestic_abuse", pushed)
    assert said is None or said.response != "utter_y4_stab_hospital"
    stabbed = ["got stabbed in the arm last night"]
    said = answer_in_conversation("do hospital tell police or not", "assault", stabbed)
    assert said is not None and said.response == "utter_y4_stab_hospital"

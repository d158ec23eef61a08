"""Round 94, helper p94d: Vera, 58, her car stolen overnight with her disabled son's (22)
wheelchair in the boot (r94c-vera)."""

from __future__ import annotations

from actions.answers import read_answer
from bot.risk_words import detect_risk
from tests.unit.known_answers import answer, assert_one_sms_with_source, at_question

VERA_FIRST = (
    "yes fine but please quick, where can i get a wheelchair today he cant get about without it"
)
VERA = {"crime_type": "theft", "reported_to_police": True}


def test_s1_in_a_hurry_for_a_wheelchair_is_not_danger_and_yes_fine_is_consent() -> None:
    assert detect_risk(VERA_FIRST) is None
    assert read_answer("consent", VERA_FIRST).value is True
    assert at_question(VERA_FIRST, "consent", {}) == ["utter_wheelchair_loan"]
    # Still danger: someone coming now, in few words.
    assert detect_risk("please quick they come") == "in_danger"
    assert detect_risk("please quick how do i get out") == "in_danger"


def test_s2_getting_a_wheelchair_quickly_is_answered() -> None:
    for text in (
        VERA_FIRST,
        "58. but my son is 22 hes disabled its his chair. you still havent said where i get a "
        "wheelchair today",
        "no idea, someone off the street. WHEELCHAIR. can anyone lend one today??",
        "his nhs wheelchair service will take weeks. is it worth ringing them?",
    ):
        assert answer(text, "theft", reported_to_police=True) == "utter_wheelchair_loan", text
    assert_one_sms_with_source("utter_wheelchair_loan", "p94d (round 94)")
    # Narrow: Trevor's battery and a disability question keep their answers.
    assert answer("Who pays for a new one?", "theft", said=["my scooter battery"]) != (
        "utter_wheelchair_loan"
    )
    assert answer("does my disability count?", "theft") != "utter_wheelchair_loan"

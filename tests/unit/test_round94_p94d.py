"""Round 94, helper p94d: Vera, 58, her car stolen overnight with her disabled son's (22)
wheelchair in the boot (r94c-vera)."""

from __future__ import annotations

from pathlib import Path

from actions.answers import read_answer
from bot.risk_words import detect_risk
from tests.unit.known_answers import answer, assert_one_sms_with_source, at_question

VERA_FIRST = (
    "yes fine but please quick, where can i get a wheelchair today he cant get about without it"
)
ANSWERS = "bot/domain/responses_answers.yml"


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


def test_s3_ok_then_a_number_chooses_that_option() -> None:
    from actions.reading import Turn, read_turn
    from bot.channels.sms.text import option_payload
    from referrals.matching import default_directory

    for text, chosen in (("ok 2", False), ("ok, 2", False), ("ok 1", True)):
        turn = Turn(
            text=text,
            requested="fear_of_giving_evidence",
            answers={"crime_type": "theft"},
            organisations=default_directory(),
        )
        assert read_turn(turn).slots.get("fear_of_giving_evidence") is chosen, text
    assert read_answer("fear_of_giving_evidence", "ok 3").declined
    assert read_answer("consent", "ok 2").value is False
    assert read_answer("fear_of_giving_evidence", "ok").value is True
    yes_no_skip = [
        {"title": "Yes", "payload": "/affirm"},
        {"title": "No", "payload": "/deny"},
        {"title": "Skip", "payload": "/dont_know"},
    ]
    assert option_payload("ok 2", yes_no_skip) == "/deny"
    assert option_payload("ok, 2", yes_no_skip) == "/deny"
    assert option_payload("ok", yes_no_skip) is None


def test_s4_can_they_ring_me_today_is_no_promise_and_no_time() -> None:
    from actions.answers import contact_said
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory
    from tests.unit.known_answers import assert_one_sms_with_a_source

    said = "yes pass my details, can they ring me today"
    got = answer(said, "theft", requested_slot="referral_consent", reported_to_police=True)
    assert got == "utter_p94d_call_not_today"
    assert contact_said(said) == {"contact_method": "call"}
    turn = Turn(
        text=said,
        requested="referral_consent",
        answers={"crime_type": "theft", "reported_to_police": True},
        organisations=default_directory(),
    )
    reading = read_turn(turn)
    assert reading.slots.get("referral_consent") is True
    assert "contact_times" not in reading.slots
    assert_one_sms_with_a_source(
        "utter_p94d_call_not_today", Path(__file__).resolve().parents[2] / ANSWERS
    )
    # A time chosen is still kept: "ring me today after 2".
    assert contact_said("yes ring me today after 2")["contact_times"] == "today, after 2"

"""Round 88, helper f88c: Doreen, 81, Croydon, paid a doorstep roofer £3,000; he never came back
and now phones her for more (/tmp/roleplay/out88/r88a-doreen.txt, findings-a.md section 1)."""

from __future__ import annotations

from actions.reading import Turn, corrections, read_turn
from actions.wording import changed_line
from referrals.matching import default_directory, match_organisations
from tests.unit.known_answers import answer, answer_in_conversation, assert_one_sms_with_source

OPENING = (
    "hello dear, my neighbour Sue said I should write to you. a man took my money for the roof"
)
RINGING = (
    "no not danger, but he keeps ringing me saying he needs more money for materials. my "
    "husband always dealt with these things before he passed"
)
NOT_STOLEN = (
    "well he didnt steal it exactly, I gave him £3,000 for the roof and he never came back. it "
    "only happened the once, its the phone calls that keep on. will I get my money back?"
)
RINGS_AGAIN = "07700 900118. and what do I do when the roofer rings again?"
# What the form held when she wrote NOT_STOLEN: "I've noted: a theft and it has happened more
# than once".
DOREEN = {
    "consent": True,
    "in_danger": False,
    "crime_type": "theft",
    "repeat_victimisation": True,
    "account_details": ["neighbour", "economic"],
    "said": [OPENING, RINGING],
}


def _read(text: str, requested: str, answers: dict) -> tuple[dict, list[str | None]]:
    reading = read_turn(
        Turn(text=text, requested=requested, answers=answers, organisations=default_directory())
    )
    return reading.slots, [say.response for say in reading.say]


# -- 1. "will I get my money back?" is not a lost phone ------------------------------------------


def test_doreen_money_back_is_not_the_lost_phone_answer():
    assert answer(NOT_STOLEN, "theft") != "utter_stolen_phone_back"
    _, said = _read(NOT_STOLEN, "reported_to_police", DOREEN)
    assert "utter_stolen_phone_back" not in said


def test_doreen_money_back_gets_the_trader_answer_in_the_same_message():
    _, said = _read(NOT_STOLEN, "reported_to_police", DOREEN)
    assert "utter_f88c_trader_money_back" in said
    assert "utter_bank_scam" not in said  # no "banks usually have to refund you"


def test_doreen_money_back_once_fraud_is_noted():
    got = answer_in_conversation(
        NOT_STOLEN,
        "fraud",
        [OPENING, RINGING],
        account_details=["neighbour", "economic", "doorstep"],
    )
    assert got is not None and got.response == "utter_f88c_trader_money_back"


def test_the_trader_money_answer_is_one_sms_with_sources():
    assert_one_sms_with_source("utter_f88c_trader_money_back", "f88c (round 88)")


def test_a_stolen_phone_still_gets_the_phone_answer():
    assert answer("can i get my phone back or nah", "robbery") == "utter_stolen_phone_back"
    assert answer("will I get my iphone back?", "theft") == "utter_stolen_phone_back"


def test_cash_paid_to_a_trader_keeps_its_cash_answer():
    got = answer_in_conversation(
        "will I get my money back?",
        "fraud",
        ["a roofer took £3,000 in cash and never came back"],
        account_details=["doorstep"],
    )
    assert got is None or got.response != "utter_f88c_trader_money_back"


# -- 2. "he didnt steal it exactly, I gave him £3,000": fraud, not a theft -----------------------


def test_doreen_theft_put_right_as_fraud():
    changes = corrections(NOT_STOLEN, DOREEN)
    assert changes.get("crime_type") == "fraud"
    assert "doorstep" in changes.get("account_details", [])
    line = changed_line(changes, before=DOREEN) or ""
    assert "fraud" in line and "once" in line


def test_doreen_correction_in_the_form_records_fraud():
    slots, _ = _read(NOT_STOLEN, "reported_to_police", DOREEN)
    assert slots.get("crime_type") == "fraud"
    assert slots.get("repeat_victimisation") is False


def test_a_theft_told_again_is_not_made_fraud():
    for text in ("he stole my purse from the kitchen", "no he didnt steal it, he found it"):
        assert corrections(text, DOREEN).get("crime_type") != "fraud"


def test_doreen_results_list_report_fraud_once_fraud():
    answers = {
        "consent": True,
        "in_danger": False,
        "crime_type": "fraud",
        "repeat_victimisation": False,
        "relationship_to_offender": "stranger",
        "age": 81,
        "impairment": True,
        "needs": ["compensation", "feeling_safe"],
        "language": "english",
        "borough": "croydon",
        "account_details": ["neighbour", "economic", "doorstep"],
    }
    assert "report-fraud" in [org.id for org in match_organisations(answers)]


# -- 3. "what do I do when the roofer rings again?", with her number ------------------------------


def _at_contact_details(crime: str, details: list[str]) -> tuple[dict, list[str | None]]:
    answers = {
        **DOREEN,
        "crime_type": crime,
        "repeat_victimisation": False,
        "account_details": details,
        "said": [OPENING, RINGING, NOT_STOLEN],
        "age": 81,
        "referral_consent": True,
        "contact_safe": True,
        "contact_method": "text",
    }
    return _read(RINGS_AGAIN, "contact_details", answers)


def test_doreen_roofer_rings_again_answered_and_number_kept():
    slots, said = _at_contact_details("fraud", ["neighbour", "economic", "doorstep"])
    assert slots.get("contact_details") == "07700900118"
    assert "utter_m2_doorstep_pay_more" in said


def test_doreen_roofer_rings_again_answered_while_noted_as_theft():
    slots, said = _at_contact_details("theft", ["neighbour", "economic", "doorstep"])
    assert slots.get("contact_details") == "07700900118"
    assert "utter_m2_doorstep_pay_more" in said

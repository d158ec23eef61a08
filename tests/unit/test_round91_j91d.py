"""Round 91, helper j91d: wrong facts recorded, and "I've changed that" for things the person
never corrected."""

from __future__ import annotations

from actions.account import read_account
from actions.reading import Turn, read_turn
from actions.wording import put_right_line

# 1. Tunde (17), robbed by older boys from the estate, asked who gets his details.
TUNDE = {
    "consent": True,
    "age": 17.0,
    "crime_type": "robbery",
    "relationship_to_offender": "stranger",
    "repeat_victimisation": True,
}
WHO_GETS_DETAILS = "ok but who do u pass my details to. if its police then no"
NOT_POLICE = (
    "wdym it was police officers?? it wasnt police it was them boys from the estate. ur "
    "confusing me"
)


def _read(text, requested, **answers):
    return read_turn(Turn(text=text, intent="inform", requested=requested, answers=answers))


def test_if_its_police_then_no_is_not_police_officers_did_it():
    reading = _read(WHO_GETS_DETAILS, "referral_consent", **TUNDE)
    assert "police_officers" not in (reading.slots.get("account_details") or ())
    assert "police_officers" not in read_account(WHO_GETS_DETAILS).details


def test_police_officers_who_did_it_still_noted():
    reading = _read("it was police officers who beat me up", "referral_consent", **TUNDE)
    assert "police_officers" in (reading.slots.get("account_details") or ())


def test_it_wasnt_police_takes_police_officers_off():
    answers = {**TUNDE, "account_details": ["police_officers"]}
    reading = _read(NOT_POLICE, "referral_consent", **answers)
    assert "police_officers" not in reading.slots.get("account_details", ["police_officers"])
    line = put_right_line({"account_details": reading.slots["account_details"]}, answers)
    assert line == "Sorry, I got that wrong. I've taken it off: it was police officers."

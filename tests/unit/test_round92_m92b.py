"""Round 92, helper m92b: yes / no and safe-contact answers misread at the referral and
contact questions (Wes, Chantelle, Zara)."""

from __future__ import annotations

import pytest

from actions.answers import read_contact_safe, read_referral_consent
from actions.reading import Turn, corrections, read_turn

INTENTS = [None, "affirm", "deny", "ask_question"]
AFTER_RESULT = {"crime_type": "assault", "consent": True, "assessment_done": True}
WES = {**AFTER_RESULT, "referral_consent": True, "contact_details": "07700900318"}
CHANTELLE = {**AFTER_RESULT, "crime_type": "stalking"}


def _read(text: str, requested: str, answers: dict, intent: str | None = None) -> dict:
    return read_turn(Turn(text=text, intent=intent, requested=requested, answers=answers)).slots


# -- 1. Wes: "yeh its safe" after a complaint is safe, and his correction is taken ------------

WES_SAFE = (
    "mate thats not what i asked. nobody owes me wages. i mean the 2 weeks i cant work cos of "
    "the eye. yeh its safe"
)


@pytest.mark.parametrize("intent", INTENTS)
def test_wes_yeh_its_safe_is_safe(intent):
    assert _read(WES_SAFE, "contact_safe", WES, intent).get("contact_safe") is True


@pytest.mark.parametrize("text", ["yeh its safe", "yea its safe", "ok its safe"])
def test_yeh_its_safe_alone_is_safe(text):
    assert read_contact_safe(text).value is True


def test_wes_i_said_yes_its_safe_puts_right_nobody_will_contact_you():
    changes = corrections(
        "what?? i said YES its safe. ring me. 07700 900318", {**WES, "contact_safe": False}
    )
    assert changes.get("contact_safe") is True
    assert changes.get("contact_method") == "call"


@pytest.mark.parametrize(
    "text", ["nobody. yeh its not safe", "yeh its safe. no wait its not safe, he reads my texts"]
)
def test_not_safe_beside_a_yeh_stays_not_safe(text):
    assert read_contact_safe(text).value is not True


# -- 2. Chantelle: "ye ok" and "yes i said ye" are a yes to being referred --------------------


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(
    "text",
    [
        "ye ok. but how do i get the address post took down, insta aint doing nothing",
        "yes i said ye",
    ],
)
def test_chantelle_ye_ok_is_a_yes_to_the_referral(text, intent):
    assert _read(text, "referral_consent", CHANTELLE, intent).get("referral_consent") is True


@pytest.mark.parametrize("text", ["ye? what does that mean", "i said ye to the police"])
def test_a_ye_asked_back_or_about_something_else_is_no_yes(text):
    assert read_referral_consent(text).value is not True

"""Round 41, main (M): two questions of the conversation suite that nothing answered."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import answer

PARTNER = {"relationship_to_offender": "partner_or_ex"}


@pytest.mark.parametrize(
    "text",
    [
        "he says its his money because he earns more, is that true?",
        "she reckons it's her money cos she pays the bills, is she right?",
    ],
)
def test_a_partner_claiming_the_money_is_economic_abuse(text: str) -> None:
    assert answer(text, "domestic_abuse", **PARTNER) == "utter_economic_abuse"


def test_a_stranger_case_is_not_told_about_economic_abuse() -> None:
    said = answer("he says its his money because he earns more, is that true?", "theft")
    assert said != "utter_economic_abuse"


@pytest.mark.parametrize(
    "text",
    [
        "is telling someone youll kill them actually a crime?",
        "is it illegal to say you'll murder someone?",
    ],
)
def test_a_threat_to_kill_is_a_crime(text: str) -> None:
    # After harassment, the harassment answer (harassment is a crime) may still come first.
    assert answer(text, "stalking_harassment") in (
        "utter_threat_to_kill_crime",
        "utter_harassment_crime",
    )
    assert answer(text, None) == "utter_threat_to_kill_crime"


@pytest.mark.parametrize(
    "text", ["he said he would kill me", "i could kill for a coffee", "is it my money or his?"]
)
def test_ordinary_messages_get_neither(text: str) -> None:
    said = answer(text, "domestic_abuse", **PARTNER)
    assert said not in ("utter_threat_to_kill_crime", "utter_economic_abuse")

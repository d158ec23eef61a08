"""Round 55, helper B3: a "no" or a refusal read the wrong way (Frank, Pat, Fatou, Bev)."""

from __future__ import annotations

import pytest

from actions.answers import read_fear_of_giving_evidence, read_referral_consent
from actions.reading import Turn, read_turn
from bot.risk_words import IN_DANGER, detect_risk, trusted_crisis


@pytest.mark.parametrize(
    "text",
    ["NO NOT DANGER. he would never hurt me", "he would never hurt me", "no not danger"],
)
def test_frank_denies_danger(text: str) -> None:
    assert detect_risk(text) is None
    assert not trusted_crisis(text, IN_DANGER)


@pytest.mark.parametrize(
    "text",
    [
        "he said he would never hurt me again but hes outside with a knife",
        "he would never hurt me if i did what he said, now hes outside",
        "hes outside and he says he will hurt me",
    ],
)
def test_real_danger_beside_never_still_alarms(text: str) -> None:
    assert detect_risk(text) == IN_DANGER


@pytest.mark.parametrize("text", ["Scared, no.", "scared. no", "Afraid, no"])
def test_pat_scared_no_is_no(text: str) -> None:
    assert read_fear_of_giving_evidence(text).value is False


@pytest.mark.parametrize("text", ["Scared, no one believes me", "Scared, yes.", "scared, very"])
def test_scared_said_otherwise_is_still_fear(text: str) -> None:
    assert read_fear_of_giving_evidence(text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "Fine... Goodnight",
        "fine. goodnight",
        "ok. but...",
        "ok. but how do i know you wont tell him",
    ],
)
def test_goodnight_or_ok_but_is_not_consent(text: str) -> None:
    assert read_referral_consent(text).value is not True


@pytest.mark.parametrize("text", ["fine", "ok yes pass my details on", "yes please"])
def test_plain_yes_still_consents(text: str) -> None:
    assert read_referral_consent(text).value is True


def test_bev_own_son_is_answered_and_recorded() -> None:
    answers = dict(consent=True, crime_type="domestic_abuse", age=70.0)
    text = "is it even abuse when its your own son?"
    assert not trusted_crisis(text, IN_DANGER) and detect_risk(text) is None
    reading = read_turn(Turn(text=text, requested="relationship_to_offender", answers=answers))
    assert reading.slots.get("relationship_to_offender") == "family_member"
    assert "utter_s7_da_by_own_child" in [say.response for say in reading.say]
    assert "utter_emergency" not in [say.response for say in reading.say]

"""Round 100, lead: false crisis alarms that l100e (owner of bot/risk_words.py) did not have."""

from __future__ import annotations

import pytest

from bot.risk_words import detect_risk


def test_her_husband_hitting_her_arm_is_not_self_harm():
    # Carmen, 67, whose husband with dementia hits out when confused, got Samaritans.
    said = (
        "A robbery?? No, nobody robbed me. My husband hit my arm when he was confused. And he "
        "is not my ex, we are married."
    )
    assert detect_risk(said) is None


@pytest.mark.parametrize(
    "text",
    [
        "i cut my arm last night",
        "i keep hitting my arms when i get upset",
        "my husband hit my arm and i want to die",
    ],
)
def test_the_writers_own_harm_is_still_self_harm(text):
    assert detect_risk(text) == "self_harm"


def test_hed_never_hurt_me_is_no_danger():
    # Bronwen, 70, of her grandson who took her card, got the 999 message.
    said = (
        "No no, he'd never hurt me. He stays with me some weekends, that's when he must have "
        "took it from my handbag. My daughter doesn't know yet."
    )
    assert detect_risk(said) is None


@pytest.mark.parametrize(
    "text", ["hed kill me if he knew", "he'd never hurt me again if i go back"]
)
def test_hed_with_a_threat_is_still_danger(text):
    assert detect_risk(text) == "in_danger"

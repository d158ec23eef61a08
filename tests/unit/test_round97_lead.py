"""Round 97, lead: a girl asking whether she is in trouble for hitting back is not in danger."""

import pytest

from bot.risk_words import IN_DANGER, detect_risk


@pytest.mark.parametrize(
    "text",
    [
        # Jasmine, 16, jumped by four girls at school; her fourth time of asking got 999 and
        # "Stay in your room ... don't get in between them".
        "ok. u still never said if im in trouble for hitting her back",
        "am i gonna get arrested for hitting her back",
        "will i get suspended for pushing them back",
    ],
)
def test_asking_about_trouble_for_hitting_back_is_not_danger(text: str) -> None:
    assert detect_risk(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "she is hitting her back now help",
        "will i get arrested for hitting him back, hes outside now with a knife",
    ],
)
def test_danger_beside_hitting_back_still_counts(text: str) -> None:
    assert detect_risk(text) == IN_DANGER

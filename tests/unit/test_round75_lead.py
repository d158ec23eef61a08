"""Round 75, lead: findings fixed by the lead, each with the person's words and negatives."""

import pytest

from bot.risk_words import detect_risk


@pytest.mark.parametrize(
    "text",
    [
        # Olena: whether her son can get support too, not a plea for help now.
        "Thank you. My son 15 also can get help? He is very bad, not sleep, afraid to go out",
        "can my son get help?",
        "my children can get help too?",
        "my girlfriend can get help or not",
        "is there anywhere my son can get help",
        "she can get support?",
    ],
)
def test_asking_if_someone_else_can_get_help_is_not_danger(text: str) -> None:
    assert detect_risk(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "please send help he is here",
        "can someone get help",
        "can the police get help to me",
        "can my son get help hes hitting me now",
        "my mum can get help he is in the house with a knife",
    ],
)
def test_danger_beside_it_still_alarms(text: str) -> None:
    assert detect_risk(text) == "in_danger"

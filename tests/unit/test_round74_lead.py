"""Round 74, lead: "can u delete everything i said" (Hannah, 22) is a request to delete her
data, not a change of contact method; someone else's deleting is not."""

from __future__ import annotations

import pytest

from bot.keywords import control_intent


@pytest.mark.parametrize(
    "text",
    [
        "actually i'm freaking out. can u delete everything i said. i'll just call the havens "
        "myself",
        "can you delete everything i said",
        "delete everything ive told you please",
    ],
)
def test_delete_everything_i_said(text):
    assert control_intent(text) == "delete_my_data"


@pytest.mark.parametrize(
    "text", ["i said everything", "he said delete everything i sent him", "i deleted his number"]
)
def test_not_a_request_to_delete(text):
    assert control_intent(text) != "delete_my_data"


# Bex (19), correcting the bot: "he hasnt turned up or threatened to kill me wtf?? its messages
# and posts" got the 999 reply. A threat denied is not danger; danger said beside it still is.
BEX = (
    "19. he hasnt turned up or threatened to kill me wtf?? its messages and posts. he posted pics "
    "of me and said im a sl*t and stuff"
)


def test_a_threat_denied_is_not_danger():
    from bot.risk_words import detect_risk, trusted_crisis

    assert detect_risk(BEX) is None
    assert not trusted_crisis(BEX, "in_danger")


@pytest.mark.parametrize(
    "text",
    [
        "he hasnt threatened to kill me but hes outside now",
        "he threatened to kill me and hes outside",
        "he threatened to kill me",
    ],
)
def test_danger_beside_a_denial_still_alarms(text):
    from bot.risk_words import detect_risk

    assert detect_risk(text) == "in_danger"

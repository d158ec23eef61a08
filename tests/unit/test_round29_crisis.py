"""Round 28's open false alarm: a threat to take the children abroad opened with 999."""

from __future__ import annotations

import pytest

from bot.risk_words import detect_risk


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # The Newham mother: her first message opened with the 999 screen.
        (
            "salam. i have to be quick. my husband takes all my money and checks my phone, and "
            "says if i leave he will take the kids to pakistan",
            None,
        ),
        ("he keeps saying hell take the children back to nigeria if i go to the police", None),
        # Still danger: no destination, here now, or with a threat to hurt.
        ("he said he will take the kids", "in_danger"),
        ("hes here now trying to take the kids away", "in_danger"),
        ("he will take the kids to hurt me", "in_danger"),
        ("he says hell take my kids away from me and kill me", "in_danger"),
    ],
)
def test_taking_the_children_abroad_is_not_danger_now(text, risk):
    assert detect_risk(text) == risk

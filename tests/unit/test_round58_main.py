"""Round 58 check (main): answers to "would you feel scared about giving evidence?" read as fear
when they said the opposite (Linda, whose purse was stolen; Marcus, pushed by a bouncer)."""

from __future__ import annotations

import pytest

from actions.answers import read_fear_of_giving_evidence


@pytest.mark.parametrize(
    "text",
    [
        "fine thanks just cross. got my cards cancelled now. how much was taken is like 60 quid",
        "scared no. pissed off yes. would jay have to go court too?",
        "im fine",
        "Scared, no.",
    ],
)
def test_no_fear_is_no(text):
    assert read_fear_of_giving_evidence(text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "A little yes",
        "fine but id be scared to see him",
        "scared no but worried about my kids seeing him yes",
        "scared yes",
    ],
)
def test_fear_told_is_still_yes(text):
    assert read_fear_of_giving_evidence(text).value is True

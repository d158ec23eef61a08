"""Round 90 (lead): a night told of is not a goodbye."""

from __future__ import annotations

import pytest

from bot.keywords import p2_takes_leave


@pytest.mark.parametrize(
    "text",
    [
        "Good evening. Somebody got into my house on Tuesday night while I was asleep upstairs and "
        "took my late wife's rings",
        "he came round last night and smashed the window",
        "i cant sleep at night since it happened",
        "it happens every night",
    ],
)
def test_a_night_told_of_takes_no_leave(text: str) -> None:
    assert not p2_takes_leave(text)


@pytest.mark.parametrize("text", ["night all", "ok thanks, night", "night night", "goodnight"])
def test_goodnight_still_takes_leave(text: str) -> None:
    assert p2_takes_leave(text)

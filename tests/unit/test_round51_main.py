"""Round 51, main: the words set aside as someone else's death by suicide (helper W1) must not
take the writer's own thoughts of suicide with them."""

from __future__ import annotations

import pytest

from bot.risk_words import detect_risk


@pytest.mark.parametrize(
    "text",
    [
        "it feels suicide is the only way out",
        "i considers suicide every day",
        "i nearly died by suicide last year and i feel like that again",
        "i almost died by suicide once",
        "my daughter died by suicide and now i want to die too",
    ],
)
def test_the_writers_own_thoughts_of_suicide_are_still_caught(text: str) -> None:
    assert detect_risk(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "ellie died by suicide",
        "ever since her suicide i cant sleep",
        "Her ex boyfriend stalked her. She was not killed, she died by suicide.",
    ],
)
def test_someone_elses_death_by_suicide_is_grief(text: str) -> None:
    assert detect_risk(text) is None

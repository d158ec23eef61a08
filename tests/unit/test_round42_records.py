"""Round 42 (main): what happened, read from the person's own words."""

from __future__ import annotations

import pytest

from actions.account import read_account


@pytest.mark.parametrize(
    "text",
    [
        # Liam, 16: his cousin makes him carry for him, and threatens his family if he stops.
        "my cousin makes me hold a bag of stuff for him and drop it to people. i said i wanna "
        "stop and he said my mum and little sister will get hurt if i do",
        "my brother makes me carry drugs to people, he says he will beat me if i stop",
        "these older boys make me take packages to people and said theyll stab me if i tell",
    ],
)
def test_carrying_for_someone_under_threat_is_exploitation(text: str) -> None:
    assert read_account(text).crime_type == "human_trafficking"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("my mum makes me carry the shopping bags home or she gets angry", None),
        ("my husband takes my passport and wont let me leave", "domestic_abuse"),
        ("he made me hold his bag while he went in the shop", None),
    ],
)
def test_other_carrying_and_papers_kept_at_home_are_not(text: str, crime: str | None) -> None:
    assert read_account(text).crime_type == crime

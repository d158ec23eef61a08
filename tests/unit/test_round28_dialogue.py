"""Round 28's findings outside the readings of accounts and crisis words: an organisation whose
name is also a verb, consent given after all in the person's words, and what else the
role-players found in the dialogue."""

from __future__ import annotations

import pytest

from referrals.directory import load_directory, named_in_question


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # Mei: "I told you what they shout" (racist abuse) was sent Shout 85258, twice.
        ("obviously yes, because we're Chinese. I told you what they shout", None),
        ("they shout at us whenever we go out", None),
        ("what is shout 85258??", "Shout 85258"),
        ("what is shout?", "Shout 85258"),
    ],
)
def test_a_name_used_as_a_verb_is_not_the_organisation(text, named):
    found = named_in_question(text, load_directory())
    assert (found.name if found else None) == named

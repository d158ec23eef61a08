"""Round 89, helper g89c: Marcus (27, punched with homophobic abuse, not out to his family) and
Hannah (44, writing about her daughter Ellie, 14, groomed online)."""

from __future__ import annotations

import pytest

from actions.reading import Turn, corrections, read_turn

ELLIE = {
    "crime_type": "sexual_offence",
    "for_child": True,
    "age": 14.0,
    "under_18": True,
    "consent": True,
    "in_danger": False,
    "reported": False,
}


# -- 2. The age someone claims for himself is not the child's ------------------------------------


def test_hannah_the_offenders_claimed_age_is_not_ellies():
    text = (
        "No idea. He says he's 16 on his profile but in one message he said he was 'older than "
        "the boys at your school' and he talks like an adult. Met her on a gaming app I think"
    )
    assert "age" not in corrections(text, ELLIE)
    reading = read_turn(
        Turn(text=text, intent="inform", requested="relationship_to_offender", answers=ELLIE)
    )
    assert "age" not in reading.slots


@pytest.mark.parametrize(
    "text",
    [
        "he claims hes 16",
        "he told her he is 16",
        "he's 16 on his profile but he's obviously older",
    ],
)
def test_other_claimed_ages_are_not_the_childs(text):
    assert "age" not in corrections(text, ELLIE), text


@pytest.mark.parametrize("text", ["No! Ellie is 14. HE claims to be 16", "no shes 14 not 16"])
def test_the_childs_age_put_right_still_counts(text):
    changes = corrections(text, {**ELLIE, "age": 16.0})
    assert changes.get("age") == 14, text

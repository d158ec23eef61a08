"""Round 98, lead: a question asked in the order of a statement is answered, not dropped."""

from __future__ import annotations

import pytest

from actions.reading import Turn, read_turn
from referrals.directory import load_directory

ORGANISATIONS = load_directory()


def _said(text: str, requested: str, **answers: object) -> list[str | None]:
    turn = Turn(
        text=text,
        requested=requested,
        answers={"consent": True, "in_danger": False, **answers},
        organisations=ORGANISATIONS,
    )
    return [say.response for say in read_turn(turn).say]


def test_police_can_use_bsl_beside_no_is_not_dropped():
    # Joel (Deaf, BSL first): the next question came with no word on his question.
    said = _said(
        "no. I cant phone police. police can use BSL?", "reported_to_police", crime_type="robbery"
    )
    assert said, "his question got nothing"


def test_seriously_is_there_anything_for_same_sex_couples_is_answered():
    # Ola, whose girlfriend hit her, at the age question.
    said = _said(
        "27. but seriously is there anything for same sex couples or not, i dont want to be told "
        "to go to a womens refuge and explain it all",
        "age",
        crime_type="domestic_abuse",
        relationship_to_offender="partner",
    )
    assert said == ["utter_r6_refuge_woman_abused_by_woman"]


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        ("i would think so?", "fear_of_giving_evidence"),
        ("he could be?", "repeat_victimisation"),
        ("someone i know i guess?", "relationship_to_offender"),
        ("27?", "age"),
    ],
)
def test_a_hedge_with_its_mark_is_not_a_question(text, requested):
    assert "utter_question_beside_answer" not in _said(text, requested, crime_type="assault")


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        ("they can call me?", "contact_method"),
        ("yes. they will call me?", "referral_consent"),
    ],
)
def test_checking_how_they_will_be_contacted_is_the_answer_not_a_question(text, requested):
    said = _said(text, requested, crime_type="assault", referral_consent=True, contact_safe=True)
    assert "utter_question_beside_answer" not in said


def test_few_words_question_beside_the_needs_answer_is_not_dropped():
    said = _said("someone to talk to. i can get my money?", "needs", crime_type="fraud")
    assert said

"""Round 91, helper j91e: questions about the police and the Code that got "I can't answer that
one here" or another answer (Lucy, Ann, Margaret, Tunde, Dev, Helen)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import responses_in_conversation

LUCY = {"reported_to_police": True, "reported": True}
ANN = {"reported_to_police": True, "reported": True, "cannot_phone": True}


# 1. Lucy (stalking, a crime number, 5 weeks of silence): being told what happens is Right 6;
# 101 with the crime number finds the officer; complaints, Right 12 (utter_chase_the_police).


@pytest.mark.parametrize("answers", [{}, LUCY])
def test_lucy_supposed_to_get_updates(answers):
    got = responses_in_conversation(
        "yeah fine. am i not supposed to get updates from the police?? 5 weeks of silence feels "
        "wrong",
        "stalking",
        **answers,
    )
    assert got[:1] == ["utter_chase_the_police"]


def test_lucy_how_to_ask_an_officer_she_does_not_know():
    got = responses_in_conversation(
        "no. but how do i even ask the officer when i don't know who they are, nobody's "
        "contacted me",
        "stalking",
        **LUCY,
    )
    assert got[:1] == ["utter_chase_the_police"]


# 2. Ann (deaf, burgled, reported): "what happen next with police" refused three times.


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Practical. Door lock. Information in writing please, what happen next with police. "
            "Insurance need crime number, I have.",
            "utter_insurance_crime_number",
        ),
        (
            "Kingston. You not answer: what happen next with police? And who fix door lock?",
            "utter_secure_home",
        ),
        ("Again: police, what happen next? They tell me? How?", None),
    ],
)
def test_ann_what_happens_next_with_police(text, first):
    got = responses_in_conversation(text, "burglary", **ANN)
    assert got[-1] == "utter_g76e_police_keep_you_updated"
    if first is not None:
        assert got[0] == first


def test_what_happens_next_not_for_someone_who_has_not_reported():
    got = responses_in_conversation(
        "what happens next with the police?", "burglary", reported_to_police=False
    )
    assert "utter_g76e_police_keep_you_updated" not in got

"""Round 75, helper c75b: facts misread from the person's words. Janet (a symptom said not to be
a condition; a correction at the referral question; "I don't think I'm giving evidence"), Kwame
("scooter" and "report it" after he had reported), Frank (told the bank, not the police),
Danny ("is it even worth it" after reporting), Mehmet (his wife's language; a broken window is
not a theft), Olena ("Ukrainian. Українська"; harassment told in few words) and Precious (wages
paid into her husband's account). Each test quotes the person's message; the negatives are other
people's ordinary messages that keep their reading."""

from __future__ import annotations

import pytest
from known_answers import (
    answer,
    answer_in_conversation,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
    sendable,
)

from actions.account import read_account
from actions.answers import read_answer, read_impairment, read_reported_to_police
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.reading import Turn, corrections, language_asked_for, read_turn
from bot.language import is_english
from referrals.matching import default_directory
from tests.unit.conftest import make_tracker

FORM = ValidateNeedsAssessmentForm()
ANCHOR = "round 75, helper c75b"
NEW = (
    "utter_c75b_worth_it_reported",
    "utter_c75b_worth_it_reported_no_injury",
    "utter_c75b_already_reported",
)


def form(text: str, requested: str, **answers):
    return read_turn(
        Turn(text=text, requested=requested, answers=answers, organisations=default_directory())
    )


def said(reading) -> list[str | None]:
    return [say.response for say in reading.say]


def slots_of(events) -> dict:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


# -- 1. Janet: "No. Well I'm not sleeping much but I wouldn't call it a condition." ----------

JANET_HEALTH = "No. Well I'm not sleeping much but I wouldn't call it a condition."


def test_janet_a_symptom_said_not_to_be_a_condition_is_a_no():
    assert read_impairment(JANET_HEALTH).value is False
    found = form(JANET_HEALTH, "impairment", consent=True, crime_type="homicide", age=63)
    assert found.slots.get("impairment") is False


@pytest.mark.parametrize(
    "text",
    [
        "no, i get a bit anxious since but its not a condition",
        "no. stressed since it happened but its not an illness",
    ],
)
def test_other_symptoms_said_not_to_be_a_condition(text):
    assert read_impairment(text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "no but i have depression",
        "not really. I've got anxiety",
        "yes I have depression, I wouldn't call it a disability though",
        "I wouldn't call it a condition but I have ADHD",
        "yes",
    ],
)
def test_a_condition_said_is_still_a_condition(text):
    assert read_impairment(text).value is True

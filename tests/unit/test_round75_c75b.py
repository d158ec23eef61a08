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


# -- 2. Janet, at the referral question: a correction keeps the question open -----------------

JANET_PUT_RIGHT = (
    "I didn't say I had a condition. I said I'm not sleeping. I don't want it written down that "
    "I'm mentally ill."
)
JANET = {
    "consent": True, "in_danger": False, "crime_type": "homicide", "bereaved": True,
    "reported_to_police": True, "age": 63.0, "under_18": False,
    "relationship_to_offender": "stranger", "impairment": True,
    "fear_of_giving_evidence": False, "needs": ["court", "emotional"], "language": "english",
    "borough": "ealing", "results_shown": True,
}  # fmt: skip
AT_REFERRAL = ["utter_result", "utter_ask_referral_consent", "utter_referral_reminder"]


def test_janet_correction_is_no_answer_to_the_referral():
    found = form(JANET_PUT_RIGHT, "referral_consent", **JANET)
    assert found.slots.get("impairment") is False
    assert "referral_consent" not in found.slots


async def test_janet_referral_question_stays_open(dispatcher, domain):
    tracker = make_tracker(
        slots=JANET, text=JANET_PUT_RIGHT, requested_slot="referral_consent", sent=AT_REFERRAL
    )
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert slots["impairment"] is False
    assert slots.get("referral_consent") is None
    assert slots["requested_slot"] == "referral_consent"


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "no i dont want anyone contacting me",
        "I don't want it written down. no thanks",
        "no. i dont want it written down anywhere, i dont want to be referred",
    ],
)
def test_a_no_to_being_contacted_is_still_a_no(text):
    assert form(text, "referral_consent", **JANET).slots.get("referral_consent") is False


# -- 3. Janet at the court question: "I don't think I'm giving evidence" is a no ---------------

JANET_COURT = (
    "It is going to court, the trial is next spring. I wasn't there so I don't think I'm giving "
    "evidence. That's what I wanted to ask, can I go and sit in the trial? And what is the victim "
    "personal statement, our FLO mentioned it but I didn't take it in."
)


def test_janet_not_giving_evidence_answers_the_court_question():
    assert read_answer("fear_of_giving_evidence", JANET_COURT).value is False
    found = form(
        JANET_COURT,
        "fear_of_giving_evidence",
        **{k: v for k, v in JANET.items() if k not in ("fear_of_giving_evidence", "needs")},
    )
    assert found.slots.get("fear_of_giving_evidence") is False
    # Her two questions are still answered.
    assert {"utter_ask_right/vps", "utter_r7_trial_public"} <= set(said(found))
    assert "utter_reask_fear_of_giving_evidence" not in said(found)


@pytest.mark.parametrize(
    "text",
    [
        "I just said I'm not giving evidence.",
        "i wont be giving evidence",
        "they said i wont need to give evidence",
        "I'm not a witness, can I still go and watch the trial?",
    ],
)
def test_not_giving_evidence_is_a_no(text):
    assert read_answer("fear_of_giving_evidence", text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "im not giving evidence, im too scared of him",
        "i dont think ill be giving evidence but id be terrified if i had to",
        "yes, if I have to give evidence I'd be scared",
    ],
)
def test_fear_said_beside_it_is_still_fear(text):
    assert read_answer("fear_of_giving_evidence", text).value is True

"""Round 53, helper Z7: Raj (58, turban pulled off, fractured wrist): whether the NHS bills him,
a disability and an interpreter he never had, and his wife named only for her language."""

from __future__ import annotations

import pytest

from actions.answers import read_answer
from actions.questions import known_answer
from actions.reading import Turn, corrections, read_turn
from tests.unit.known_answers import (
    ORGANISATIONS,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
)

NHS = "utter_z7_nhs_treatment_free"


@pytest.mark.parametrize(
    "text",
    [
        "No. Once. Now, regarding my wrist. I went to West Middlesex hospital and it is a "
        "fracture, it is in plaster. I expect I will receive a bill for the treatment. How much "
        "should I expect to pay?",
        "I have just told you it has been X-rayed and put in plaster. Please read what I write. "
        "My question is about the bill from the hospital.",
        "I will answer your questions when you answer mine. Will the NHS charge me for treating "
        "my wrist?",
        "I did not defend myself, I was on the ground. This is becoming absurd. Hospital bill. "
        "Do I have to pay the hospital?",
        "is NHS treatment free for me or will the hospital send an invoice?",
        "will i get a bill from a&e?",
        "do i have to pay for the x-ray?",
    ],
)
def test_whether_the_nhs_bills_him_is_answered(text):
    assert answer(text, "assault") == NHS


def test_the_compensation_question_beside_it_is_answered_too():
    text = (
        "And if he is convicted, will the court make him pay me? Also, I shall ask once more: is "
        "NHS treatment free for me or will the hospital send an invoice? I am a British citizen."
    )
    said = known_answer(text, "assault", ORGANISATIONS, answers={"crime_type": "assault"})
    assert said is not None
    names = {said.response, *(then.response for then in said.then)}
    assert NHS in names and "utter_compensation_order" in names


@pytest.mark.parametrize(
    "text",
    [
        "will the police charge me for pushing him back",
        "Will they charge him?",
        "do i have to pay for a taxi to the hospital",
        "Should I go to A&E?",
        "Can I claim for the hospital parking?",
        "is it free to call victim support",
    ],
)
def test_other_questions_keep_their_answers(text):
    assert answer(text, "assault") != NHS


def test_the_answer_is_one_sourced_sms():
    assert_one_sms_with_source(NHS, "# -- round 53, helper Z7 --")
    assert not numbers_not_in_directory(NHS)


RAJ_ANSWERS = {
    "crime_type": "assault",
    "results_shown": True,
    "relationship_to_offender": "stranger",
    "hate_crime": True,
    "impairment": True,
}


def test_no_disability_or_health_condition_apart_from_the_wrist_is_a_correction():
    text = (
        "That is not correct. I have no disability or health condition, apart from this wrist "
        "which will heal. Please correct your record."
    )
    assert corrections(text, RAJ_ANSWERS) == {"impairment": False}
    reading = read_turn(
        Turn(
            text=text,
            intent="deny",
            requested="referral_consent",
            answers=RAJ_ANSWERS,
            asked={"referral_consent": 1},
        )
    )
    assert reading.slots.get("impairment") is False
    assert "referral_consent" not in reading.slots
    assert not any(s.response == "utter_reask_referral_consent" for s in reading.say)


@pytest.mark.parametrize(
    "text",
    [
        "I have no disability or health condition apart from my anxiety",
        "I have no disability but I do have depression",
    ],
)
def test_a_condition_still_named_is_not_taken_back(text):
    assert "impairment" not in corrections(text, RAJ_ANSWERS)


def test_his_wifes_punjabi_is_not_his_language():
    text = "English is fine. Although my wife would prefer Punjabi if anyone speaks to her."
    assert read_answer("language", text).value == "english"
    assert read_answer("language", "Punjabi please").value == "punjabi"
    assert read_answer("language", "I would prefer Punjabi").value == "punjabi"


def test_the_wife_he_mentioned_is_not_who_did_it():
    text = (
        "I do not need an interpreter. I have spoken English for forty years. It was my wife I "
        "mentioned. Please correct this."
    )
    changes = corrections(text, {**RAJ_ANSWERS, "language": "punjabi"})
    assert "relationship_to_offender" not in changes
    assert changes.get("language") == "english"
    again = corrections("no it was my husband, not a stranger", RAJ_ANSWERS)
    assert again == {"relationship_to_offender": "partner_or_ex"}


def test_a_scammers_hospital_bill_keeps_the_romance_answer():
    text = "Should I send him the £4,000? He says he will be arrested if he can't pay the hospital."
    assert answer(text, "fraud") == "utter_romance_scam_dont_send"

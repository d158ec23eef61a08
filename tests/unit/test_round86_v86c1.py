"""Round 86, helper v86c1: asking the service to contact someone else, and days to avoid.

Grace, 72, scammed at her door, whose son Paul "deals with these things"; Pat, 81, whose carer's
son takes her money, and whose daughter Linda is to be rung, never on the carer's days. Each test
quotes their words.
"""

from __future__ import annotations

import pytest
from known_answers import assert_one_sms_with_source, numbers_not_in_directory

from actions.answers import contact_said, read_answer
from actions.questions import known_answer
from core.second_contact import supporter_to_contact, v86c1_someone_to_contact

GRACE_SAID = [
    "hello dear, my son Paul said i should write to you. a man came to my door saying he was from "
    "the bank and took my card to keep it safe and now there is 2000 pounds gone",
]
GRACE = {
    "crime_type": "fraud",
    "age": 72,
    "borough": "bromley",
    "results_shown": True,
    "said": GRACE_SAID,
}
PAUL_INSTEAD = (
    "yes please. but can they ring my son Paul instead, he deals with these things. i get muddled "
    "on the phone"
)
PAUL_NUMBER = "please ring my son paul on 07700 900123, or me"
PAT_SAID = [
    "Hello dear. My name is Pat. I am not very good with these phones. My daughter Linda said to "
    "write here. The son of my carer has been taking my bank card and taking out money",
]
PAT = {"crime_type": "theft", "relationship_to_offender": "someone_known", "said": PAT_SAID}


# -- 1. Grace: "can they ring my son Paul instead" ------------------------------------------


def test_ring_my_son_paul_instead_is_not_the_privacy_answer():
    said = known_answer(PAUL_INSTEAD, "fraud", answers=GRACE)
    assert said is not None and said.response == "utter_v86c1_someone_else_contacted"
    assert said.args == {"who": "Paul"}
    assert read_answer("referral_consent", PAUL_INSTEAD).value is True


def test_no_dear_you_misunderstood_is_a_yes_to_contact():
    text = (
        "no dear you misunderstood. i WANT them to ring paul. paul knows all about it. can i give "
        "you his number?"
    )
    assert read_answer("contact_safe", text).value is True


def test_pauls_number_is_kept_as_his():
    said = [*GRACE_SAID, PAUL_INSTEAD, PAUL_NUMBER]
    assert supporter_to_contact(said) == "Paul"
    answer = read_answer("contact_safe", PAUL_NUMBER)
    assert answer.value is True and answer.extra.get("contact_details") == "07700900123"


@pytest.mark.parametrize(
    "text",
    ["did you get pauls number?", "that number is pauls, my son. will they know to ask for paul?"],
)
def test_asking_about_pauls_number_says_it_is_his(text):
    answers = {**GRACE, "referral_consent": True, "said": [*GRACE_SAID, PAUL_INSTEAD, PAUL_NUMBER]}
    said = known_answer(text, "fraud", answers=answers)
    assert said is not None and said.response == "utter_t84c_supporter_is_contacted"
    assert said.args == {"who": "Paul"}


# -- 2. Pat: "Her number is 07700 900 561. Can you ring her please" --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No not yet. I would rather my daughter Linda deals with all of this, she is better at it. "
        "Her number is 07700 900 561. Can you ring her please",
        "I am 81 dear. But I do want you to tell Linda, she is my daughter, I want her to know. "
        "Will you ring her?",
    ],
)
def test_ring_linda_is_not_the_privacy_answer(text):
    said = known_answer(text, "theft", answers=PAT)
    assert said is not None and said.response == "utter_v86c1_someone_else_contacted"
    assert said.args == {"who": "Linda"}


@pytest.mark.parametrize(
    "text",
    [
        "hello dear, my son Paul said i should write to you",
        "i dont want them to ring my son",
        "can they ring me after 6",
        "can you ring my son too",
        "he said he would ring my daughter",
        "i want to talk to linda first",
        "call me instead",
        "07700 900418. text first pls, im in class most of the day",
    ],
)
def test_other_words_ask_for_nobody_else(text):
    assert v86c1_someone_to_contact(text) is None


# -- 3. Pat: "not me on those days" ------------------------------------------------------------


def test_days_to_avoid_are_not_the_days_to_ring():
    text = (
        "Yes it is safe to ring Linda. The carer comes tuesdays and fridays though so not me on "
        "those days"
    )
    assert contact_said(text)["contact_times"] == "not tuesdays and fridays"
    assert read_answer("contact_safe", text).extra["contact_times"] == "not tuesdays and fridays"
    assert contact_said("yes, tuesdays and fridays are best")["contact_times"] == (
        "tuesdays and fridays"
    )


def test_new_answer_is_one_sms_with_its_source():
    assert_one_sms_with_source("utter_v86c1_someone_else_contacted", "v86c1 (round 86)")
    assert numbers_not_in_directory("utter_v86c1_someone_else_contacted") == []

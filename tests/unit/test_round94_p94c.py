"""Round 94, helper p94c: questions ignored.

Kwabena (r94a), 44, a bus driver punched at work and off sick since, asked about his pay four
times and got nothing; Farid (r94a), 52, whose shop window was smashed twice and "GO HOME"
written on the shutter, asked three times why he should tell the police again and whether the
bot tells them for him."""

from __future__ import annotations

from typing import Any

import pytest

from actions.reading import Turn, read_turn
from tests.unit.known_answers import (
    ORGANISATIONS,
    answer,
    assert_one_sms_with_source,
    responses_in_conversation,
)

KWABENA_FIRST = (
    "hi my union rep told me use this. im a bus driver, passenger spat at me and punched me "
    "through the cab screen gap last tuesday. been off sick since"
)
KWABENA: dict[str, Any] = {
    "consent": True,
    "in_danger": False,
    "injured": True,
    "reported_to_police": True,
}


# -- 1. Kwabena's pay while off sick -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok fine. main thing is will i get paid while im off? got bills",
        "no im home. you didnt answer, what about my pay",
        "stranger. never seen him before. still want to know about money, im on statutory sick "
        "pay now, is there anything for that",
        "no not him. but drivers get abuse all the time. third time you ignored me about money",
        "will i lose money being off sick because of the assault",
    ],
)
def test_pay_while_off_sick_is_answered_the_first_time(text):
    got = responses_in_conversation(text, "assault", [KWABENA_FIRST], **KWABENA)
    assert got == ["utter_p94c_pay_while_off_sick", "utter_e1_cica_lost_days"]


def test_pay_while_off_sick_answered_without_earlier_words():
    assert answer("will i get paid while im off? got bills", "assault") == (
        "utter_p94c_pay_while_off_sick"
    )


@pytest.mark.parametrize(
    "text",
    [
        "my boss still owes me wages, will i get paid?",  # pay owed: the unpaid-pay answers
        "who will pay for the window?",
        "can i get time off work?",
        "does the CICA cover lost wages while im off sick",  # the CICA answer
    ],
)
def test_other_money_questions_keep_their_answers(text):
    got = responses_in_conversation(text, "assault", [KWABENA_FIRST], **KWABENA)
    assert "utter_p94c_pay_while_off_sick" not in got


def test_the_sick_pay_answer_is_one_sms_with_its_source():
    assert_one_sms_with_source("utter_p94c_pay_while_off_sick", "p94c (round 94)")


# -- 2. Farid: why tell the police again, and who tells them --------------------------------

FARID_SAID = [
    "hello. my shop window broken two time this month. someone write GO HOME on my shutter",
    "now ok. but they come back i think. same young men, 3 or 4, they stand outside my shop",
]
FARID: dict[str, Any] = {"consent": True, "in_danger": False, "reported_to_police": True}


@pytest.mark.parametrize(
    "text",
    [
        "i am safe now. first time i call police, they give number, nothing happen. second time i "
        "not call. police do nothing, why i tell?",
        "52. you not answer me. why i tell police again?",
        "yes safe. 07700 900287. morning before shop open. but police - you tell them or i tell?",
        "thank you. last question, police, you tell them or i must tell? third time i ask",
    ],
)
def test_why_tell_the_police_again_is_answered(text):
    got = responses_in_conversation(text, "criminal_damage", FARID_SAID, **FARID)
    assert got[0] == "utter_p94c_why_report_again_hate"


def test_without_hate_told_the_answer_names_no_hate_crime():
    got = responses_in_conversation(
        "police did nothing last time, why should i report it again?",
        "criminal_damage",
        ["someone kicked my car door in twice"],
        reported_to_police=True,
    )
    assert got == ["utter_p94c_why_report_again"]


@pytest.mark.parametrize(
    "text, crime",
    [
        ("why i tell police again?", "assault"),  # not a crime against property
        ("do i have to tell the police?", "criminal_damage"),  # the reporting answers
    ],
)
def test_other_reporting_questions_keep_their_answers(text, crime):
    got = responses_in_conversation(text, crime, FARID_SAID, **FARID)
    assert not any(name and name.startswith("utter_p94c_why_report") for name in got)


@pytest.mark.parametrize(
    "name", ["utter_p94c_why_report_again_hate", "utter_p94c_why_report_again"]
)
def test_the_report_answers_are_one_sms_with_their_source(name):
    assert_one_sms_with_source(name, "p94c (round 94)")


# -- the question resent after "Send them again, one at a time" ----------------------------


def _read_at(text: str, requested: str, **answers: Any) -> Any:
    return read_turn(
        Turn(
            text=text,
            requested=requested,
            answers={**KWABENA, "crime_type": "assault", "said": [KWABENA_FIRST], **answers},
            organisations=ORGANISATIONS,
            said=frozenset({"utter_s83d_skipped_your_questions"}),
        )
    )


def test_the_resent_question_is_answered_not_asked_over():
    got = _read_at("will i lose money being off sick because of the assault", "hate_motivated")
    assert [say.response for say in got.say] == ["utter_p94c_pay_while_off_sick"]
    assert [then.response for then in got.say[0].then] == ["utter_e1_cica_lost_days"]


def test_a_resent_question_without_an_answer_gets_the_honest_fallback():
    got = _read_at("will he have to pay my gym membership while im injured", "hate_motivated")
    assert [say.response for say in got.say] == ["utter_cannot_answer"]
    assert "hate_motivated" not in got.slots


def test_a_plain_miss_is_still_asked_again():
    got = _read_at("hmm", "hate_motivated")
    assert [say.response for say in got.say] == ["utter_reask_hate_motivated"]

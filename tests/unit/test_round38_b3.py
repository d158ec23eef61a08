"""Round 38 answers (helper B3): questions that got "I can't answer that one here", or the
wrong answer.

- Tony, 40, writing about his son (12), bullied for months, then his bike taken and punched by
  older boys from his school: what to do about the school; whether being 12 changes the help;
  "do you mean me or him?" asked during the questions about his son.
- Samuel, 70, whose agency carer has been taking his cash and using his bank card (his daughter
  Ruth typing): whether the carer should still come on Thursday, asked three times.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable

NEW = (
    "utter_school_not_acting_on_bullying",
    "utter_under_18_enhanced_service",
    "utter_agency_carer_next_visit",
    "utter_questions_mean_the_victim",
)
TONY = {"for_child": True, "age": 12, "repeat_victimisation": True}
SAMUEL = {"age": 70, "relationship_to_offender": "someone_known", "account_details": ["carer"]}
RUTH = {**SAMUEL, "for_someone_else": True}
ADULT = {"age": 35, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 38, helper B3", ({}, {"for_someone_else": True}, {"for_child": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Tony: the school that did nothing about the bullying ----------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "what do we do about the school? they've ignored it for months",
        "information, what do we do about the school, they've done nothing about the bullying",
        "feeling safe, he wont go to school now. and information, what do we do about the "
        "school, they've done nothing about the bullying",
        "the school haven't done anything about the bullying, what can we do?",
        "how do we complain about his school? they ignored the bullying",
        "what can i do about my sons school, they dont care",
    ],
)
def test_a_parent_asking_about_the_school_gets_the_school_answer(said):
    for crime_type in ("robbery", "assault"):
        assert answer(said, crime_type, **TONY) == "utter_school_not_acting_on_bullying"


def test_the_school_answer_gives_the_steps():
    (text,) = sendable("utter_school_not_acting_on_bullying", for_child=True)
    for part in ("behaviour policy", "head teacher", "complaints procedure", "governors",
                 "Department for Education", "police", "0800 1111"):  # fmt: skip
        assert part in text, part


def test_a_young_person_keeps_the_school_worry_answer():
    said = "the school did nothing about the bullying, what can i do?"
    assert answer(said, "robbery", age=15) == "utter_school_worry"
    assert answer("wat do i do about school tmrw. they gonna be there", "robbery", age=15) == (
        "utter_school_worry"
    )


@pytest.mark.parametrize(
    "said",
    [
        "he wont go to school now",
        "theyre year 10s from his school",
        "what school does he go to?",
        "should we keep him off school?",
        "bromley",
        "yes he's terrified of them",
        "will the police tell his school?",
        "can you tell the school for us?",
    ],
)
def test_ordinary_messages_are_not_the_school_answer(said):
    assert answer(said, "robbery", **TONY) != "utter_school_not_acting_on_bullying"


def test_an_adult_at_work_in_a_school_is_not_the_bullying_answer():
    said = "i work at a school, what do i do about the school, they ignored it"
    assert answer(said, "assault", **ADULT) != "utter_school_not_acting_on_bullying"


# -- 2. Tony: does being 12 change the help he can get ----------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "does that change what help he can get? he's 12",
        "does it matter that shes 14",
        "is it different because hes a kid",
        "does being 12 make a difference?",
        "is there more help because he's only 12?",
        "will she get more support cos shes 13",
    ],
)
def test_asking_if_being_under_18_changes_the_help_gets_the_enhanced_answer(said):
    assert answer(said, "robbery", **TONY) == "utter_under_18_enhanced_service"


def test_the_age_said_in_the_message_is_enough():
    said = "does that change what help he can get? he's 12"
    assert answer(said, "assault", age=40) == "utter_under_18_enhanced_service"
    assert answer("does it matter that im 15", "assault", age=15) == (
        "utter_under_18_enhanced_service"
    )


def test_the_enhanced_answer_is_for_the_child():
    (text,) = sendable("utter_under_18_enhanced_service", for_child=True)
    assert "your child" in text and "under 18" in text and "enhanced service" in text
    (text,) = sendable("utter_under_18_enhanced_service")
    assert "you're likely" in text


@pytest.mark.parametrize(
    "said",
    [
        "does that change anything?",
        "does it matter that it was 2 weeks ago?",
        "does it matter that he's 40?",
        "does that help?",
        "my son is 12",
        "40",
        "whats the enhanced service?",
        "is it too late to report it",
    ],
)
def test_ordinary_messages_are_not_the_enhanced_answer(said):
    assert answer(said, "robbery", **TONY) != "utter_under_18_enhanced_service"
    assert answer(said, "assault", **ADULT) != "utter_under_18_enhanced_service"


def test_an_adult_saying_their_own_age_is_not_the_enhanced_answer():
    said = "does that change what help i can get? im 35"
    assert answer(said, "assault", **ADULT) != "utter_under_18_enhanced_service"


# -- 3. Samuel and Ruth: should the carer still come on Thursday ------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "should we still let the carer in on Thursday?",
        "should we stop the carer coming thursday?",
        "my question was whether the carer should still come thursday",
        "no the time is 12-2 weekdays. my question was whether the carer should still come "
        "thursday",
        "should dad still let her carer in?",
        "do we cancel the carer for thursday?",
        "is it safe to let the carer in thursday",
    ],
)
def test_whether_the_carer_should_still_come_gets_the_agency_answer(said):
    for answers in (SAMUEL, RUTH):
        assert answer(said, "theft", **answers) == "utter_agency_carer_next_visit"


def test_the_carer_question_wins_over_will_the_worker_know():
    said = (
        "Will they know to ask for Ruth and not dad? And should we still let the carer in on "
        "Thursday?"
    )
    assert answer(said, "theft", **RUTH) == "utter_agency_carer_next_visit"
    assert answer("Will they know to ask for Ruth and not dad?", "theft", **RUTH) == (
        "utter_worker_reads_chat"
    )


def test_the_carer_answer_says_who_to_tell():
    (text,) = sendable("utter_agency_carer_next_visit", for_someone_else=True)
    for part in ("different carer", "manager", "adult safeguarding", "101", "cqc.org.uk"):
        assert part in text, part


@pytest.mark.parametrize(
    "said",
    [
        "the carer is still due on thursday",
        "the carer comes on thursday",
        "who do we tell, the agency or the council?",
        "can he get the money back?",
        "is this actually a crime?",
        "weekday lunchtimes 12-2",
        "Will they know to ask for Ruth and not dad?",
        "Yes. Parkinsons. And his memory isnt what it was - Ruth",
    ],
)
def test_ordinary_messages_are_not_the_carer_answer(said):
    assert answer(said, "theft", **RUTH) != "utter_agency_carer_next_visit"


def test_a_relative_who_cares_for_them_is_not_the_agency_answer():
    answers = {"relationship_to_offender": "family_member", "account_details": ["carer"]}
    said = "should i stop my carer coming?"
    assert answer(said, "domestic_abuse", **answers) != "utter_agency_carer_next_visit"
    assert answer(said, "theft", **answers) != "utter_agency_carer_next_visit"


# -- 4. Tony: "do you mean me or him?" -------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "do you mean me or him?",
        "i'm diabetic but that's not relevant. do you mean me or him? he's got ADHD",
        "do you mean me or my son?",
        "is that about me or her?",
        "are you asking about me or my daughter?",
    ],
)
def test_asking_whom_the_question_means_gets_the_answer(said):
    assert answer(said, "robbery", **TONY) == "utter_questions_mean_the_victim"
    assert answer(said, "assault", age=30, for_someone_else=True) == (
        "utter_questions_mean_the_victim"
    )


def test_the_answer_says_your_child_for_a_parent():
    (text,) = sendable("utter_questions_mean_the_victim", for_child=True)
    assert text.startswith("I mean your child")
    (text,) = sendable("utter_questions_mean_the_victim", for_someone_else=True)
    assert text.startswith("I mean the person it happened to")


@pytest.mark.parametrize(
    "said",
    [
        "me or him, who will the police believe?",
        "is there help for me or him?",
        "no",
        "he's got ADHD",
        "i'm diabetic",
        "what do you mean?",
    ],
)
def test_ordinary_messages_are_not_the_whom_answer(said):
    assert answer(said, "robbery", **TONY) != "utter_questions_mean_the_victim"


def test_a_person_asking_for_themselves_is_not_the_whom_answer():
    assert answer("do you mean me or him?", "assault", **ADULT) != (
        "utter_questions_mean_the_victim"
    )

"""Round 51 answers (helper W3).

- Ray, 58, served four years in the 2000s, kicked by two men: "does my record matter?" asked
  five times (for the police and for CICA) got nothing or the plain CICA paragraph twice.
- Mariam, Afghan mother with simple English, writing for her son (16), punched and racially
  abused at school: "is crime?", "what I say to school?" and "is somebody he can talk?" got
  "That's your choice", "Do you know who did it?" and "I can't answer".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

RAY = {"age": 58, "relationship_to_offender": "stranger"}
MARIAM = {"for_child": True, "age": 16, "under_18": True, "hate_crime": True}


@pytest.mark.parametrize(
    "text",
    [
        "no. whats the point, ive got a record. did 4 years back in the 2000s. they see my name "
        "and thats it, they wont believe a word",
        "58. you gonna answer about my record or not. does it matter",
        "strangers. never seen em. hello?? my record",
        "no. forget it. am i entitled to anything or not, even with a criminal record",
        "that cica thing. will they pay me with my record? or do they chuck you out",
        "previous convictions. does cica care about previous convictions. simple question",
        "you keep saying the same thing. if i report it will they just look me up and laugh",
        "I've been inside before, does that matter for compensation?",
    ],
)
def test_ray_record_questions_get_the_record_answer(text: str) -> None:
    assert answer(text, "assault", **RAY) == "utter_w3_record_and_your_rights"


@pytest.mark.parametrize(
    "text",
    [
        "I don't want him to get a criminal record, can I still get help?",
        "can I claim compensation?",
        "will the police believe me?",
        "no",
        "58",
        "i got bad ribs thats it. hurts to breathe in",
    ],
)
def test_other_messages_do_not_get_the_record_answer(text: str) -> None:
    assert answer(text, "assault", **RAY) != "utter_w3_record_and_your_rights"


def test_ribs_hurting_to_breathe_gets_injury_advice() -> None:
    assert answer("i got bad ribs thats it. hurts to breathe in", "assault", **RAY) == (
        "utter_s6_ribs_hurt_to_breathe"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I am 39. my son is 16. please tell me, it is crime or no? the school say it is only "
        "boys fighting",
        "boys from his school. same class. why you not answer me? is crime?",
        "this is crime?",
    ],
)
def test_mariam_is_crime_gets_the_crime_answer(text: str) -> None:
    assert answer(text, "assault", **MARIAM) == "utter_is_it_a_crime"


@pytest.mark.parametrize(
    "text",
    [
        "what is court? I dont want big problem. I want only school stop this. what I say to "
        "school?",
        "please, school. what I say to school? the teacher say boys will be boys",
        "what should I tell his school?",
    ],
)
def test_mariam_what_to_say_to_school(text: str) -> None:
    assert answer(text, "assault", **MARIAM) == "utter_school_not_acting_on_bullying"


def test_what_to_say_to_school_needs_a_child() -> None:
    said = answer("what do I tell the school?", "assault", age=30)
    assert said != "utter_school_not_acting_on_bullying"


def test_mariam_someone_for_her_son_to_talk_to() -> None:
    text = "ok. my son is very sad, he stay in his room all day. is somebody he can talk?"
    assert answer(text, "assault", **MARIAM) == "utter_n2_child_support"
    assert answer(text, "assault", age=40) != "utter_n2_child_support"


@pytest.mark.parametrize(
    "text",
    ["yes", "Harrow", "I am 39", "no police yet", "the crime happened at school"],
)
def test_ordinary_messages_get_none_of_these(text: str) -> None:
    said = answer(text, "assault", **MARIAM)
    assert said not in (
        "utter_is_it_a_crime",
        "utter_school_not_acting_on_bullying",
        "utter_n2_child_support",
        "utter_w3_record_and_your_rights",
    )


def test_new_answer_is_one_sms_with_sources() -> None:
    assert_one_sms_with_source("utter_w3_record_and_your_rights", "# -- round 51, helper W3 --")
    assert not numbers_not_in_directory("utter_w3_record_and_your_rights")

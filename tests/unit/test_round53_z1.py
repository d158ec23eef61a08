"""Round 53, helper Z1: Joe, 13, whose mum's boyfriend hits his mum (texting from his room)."""

from __future__ import annotations

import pytest

from actions.dialogue import ActionDangerInterrupt
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import RESPONSES, answer, answer_in_conversation

JOE_SAID = [
    "not sure. my mums boyfriend hits my mum. he shouted at me last nite and i was scared. hes "
    "downstairs now",
]
JOE = dict(consent=True, age=13.0, under_18=True, repeat_victimisation=True)


def joe(text: str) -> str | None:
    said = answer_in_conversation(text, "domestic_abuse", JOE_SAID, **JOE)
    return said.response if said else None


@pytest.mark.parametrize(
    "text",
    [
        "no. will my mum get in trubble if i tell someone",
        "wats report remove. and is it my mums fault? will she get in trubble cos she lets him "
        "stay",
        "i dont no what that is. i just want to no if my mum gets in trubble",
        "will my mum get in trouble",
        "is it my mums fault",
    ],
)
def test_will_mum_get_in_trouble_is_answered(text):
    assert joe(text) == "utter_z1_mum_not_in_trouble"


def test_will_mum_get_in_trouble_before_his_age_is_known():
    said = answer_in_conversation(
        "no. will my mum get in trubble if i tell someone", None, JOE_SAID, consent=True
    )
    assert said is not None and said.response == "utter_z1_mum_not_in_trouble"


def test_childline_and_mum_in_trouble_gets_no_report_remove():
    text = (
        "if i ring childline will they tell social services and my mum gets in trubble? i dont "
        "want to get took away"
    )
    assert joe(text) == "utter_z1_childline_confidential_home"
    assert "Report Remove" not in RESPONSES["utter_z1_childline_confidential_home"][0]["text"]


@pytest.mark.parametrize(
    "text",
    [
        "no. what shud i do",
        "court?? i dont want court. i just want him to stop. what do i do",
        "shud i go down to her or stay in my room",
        "what should i do",
    ],
)
def test_what_should_i_do_is_answered_for_a_child(text):
    assert joe(text) == "utter_z1_child_what_to_do"


@pytest.mark.parametrize(
    "text", ["i cant ring he will hear me. can u call them", "so ur calling the police?"]
)
def test_the_bot_says_it_cannot_call(text):
    assert joe(text) == "utter_cannot_call"


@pytest.mark.parametrize(
    "text",
    ["dont say nothing about police in the message pls", "and the message wont say police on it?"],
)
def test_no_police_in_the_message_is_confirmed(text):
    assert joe(text) == "utter_phone_seen"


def test_he_cant_find_out_at_the_referral_offer():
    assert joe("wat details. he cant find out or he will go mad") == "utter_z1_he_wont_find_out"


@pytest.mark.parametrize(
    "text",
    [
        "what should i do",
        "will i get in trouble",
        "can you call them",
        "the message said police",
        "what do i do about the bank",
    ],
)
def test_adults_and_other_crimes_do_not_get_joes_answers(text):
    said = answer(text, "theft", consent=True, age=40.0)
    assert said not in {
        "utter_z1_mum_not_in_trouble",
        "utter_z1_child_what_to_do",
        "utter_z1_he_wont_find_out",
        "utter_z1_childline_confidential_home",
        "utter_cannot_call",
    }


def test_danger_inside_the_home_is_not_lock_the_doors(dispatcher, domain, records_db):
    tracker = make_tracker(
        slots=dict(JOE),
        intent="in_danger",
        text="hes shouting again downstairs. i think hes hitting her",
        active_loop=None,
    )
    ActionDangerInterrupt().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert said[:2] == ["utter_emergency", "utter_z1_child_danger_at_home"]
    assert "utter_n1_child_danger_now" not in said


def test_new_answers_fit_in_one_message():
    for name in (
        "utter_z1_mum_not_in_trouble",
        "utter_z1_child_what_to_do",
        "utter_z1_he_wont_find_out",
        "utter_z1_child_danger_at_home",
        "utter_z1_childline_confidential_home",
    ):
        assert len(RESPONSES[name][0]["text"]) <= 320

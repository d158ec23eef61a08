"""Round 56, helper D1: wrong facts recorded from a few words (a disability, "more than once"),
and corrections of them not taken: Gloria, Dmitri, Samira, Rosa, Dean (and round 55's Pete)."""

from __future__ import annotations

import pytest
from rasa_sdk.events import SlotSet

from actions import reading
from actions.answers import read_answer
from actions.dialogue import ActionAnswerRight, ActionFinishAssessment
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import RESPONSES, answer

# -- the disability question --


@pytest.mark.parametrize(
    "text",
    [
        "My wrist, and my knees are not so good. Otherwise no.",  # Gloria, 66, wrist hurt
        "my back is bad from work. not disability i think",  # Dmitri
        "i am pregnant, is that counting?",  # Samira
        "No. Dodgy knee but I doubt that's what you mean",  # Pete, round 55
        "my back hurts from work, not a disability really",
        "bad knees, otherwise no",
        "im pregnant",
        "i dont think so",
        "i dont have disability",
    ],
)
def test_aches_pregnancy_and_hedged_noes_are_no(text):
    assert read_answer("impairment", text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "bad hip and my eyes arent good",  # round 27: still a yes
        "I have type 2 diabetes and a bad knee",
        "yes i have depression",
        "my back is bad and i have ptsd. otherwise no",
        "im pregnant and i have epilepsy",
        "I have had a bit of trouble with my heart for some years. I take tablets for it.",
        "yes",
    ],
)
def test_conditions_still_count(text):
    assert read_answer("impairment", text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "i am pregnant, is that counting?",
        "im pregnant does that count",
        "does pregnancy count? im 6 months",
    ],
)
def test_does_pregnancy_count_is_answered(text):
    assert answer(text, "domestic_abuse", consent=True, age=34.0) == (
        "utter_d1_pregnancy_not_disability"
    )


@pytest.mark.parametrize(
    "text",
    [
        "im pregnant is the baby gonna be ok",  # a fear for the baby, not about the question
        "he pushed me and im 5 months pregnant, will the baby be ok?",
        "does anxiety count?",
        "ok. im pregnant tho does that matter",  # after harm: the midwife answer (older row)
        "i have epilepsy and im pregnant, does that count?",
    ],
)
def test_other_pregnancy_messages_do_not_get_it(text):
    assert answer(text, "domestic_abuse", consent=True, age=34.0) != (
        "utter_d1_pregnancy_not_disability"
    )


def test_pregnancy_answer_is_one_message_and_kind():
    text = RESPONSES["utter_d1_pregnancy_not_disability"][0]["text"]
    assert len(text) <= 320
    assert "midwife" in text


# -- corrections of the disability beside a question --

SAMIRA_SAID = (
    "i dont have disability. can someone from your side message me? i cant call, they will hear"
)

SAMIRA = dict(
    consent=True,
    assessment_done=True,
    results_shown=True,
    crime_type="domestic_abuse",
    impairment=True,
    age=34.0,
)


def test_samira_disability_correction_beside_a_question_is_taken(dispatcher, domain):
    text = SAMIRA_SAID
    tracker = make_tracker(SAMIRA, text=text, intent="ask_right", active_loop=None)
    events = ActionAnswerRight().run(dispatcher, tracker, domain)
    assert SlotSet("impairment", False) in events
    assert "utter_cannot_answer" not in responses(dispatcher)


def test_correction_beside_a_question_after_the_result(dispatcher, domain):
    text = SAMIRA_SAID
    tracker = make_tracker(SAMIRA, text=text, intent="inform", active_loop=None)
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert SlotSet("impairment", False) in events


def test_a_question_alone_is_no_correction():
    answers = {"impairment": True, "repeat_victimisation": True}
    assert reading.d1_correction_said_outright("can someone message me?", answers) == {}
    assert reading.d1_correction_said_outright("do i have a disability?", answers) == {}


# -- "more than once" --


@pytest.mark.parametrize(
    "text",
    [
        # Dean: the dog's other victims.
        "the dog has gone for people before yeah. hes always been a bit off with me too",
        "the dog has gone for people before",
        "he has robbed other people before",
        "no i dont know, many people in bus",  # Rosa
    ],
)
def test_others_targeted_before_is_not_more_than_once(text):
    assert read_answer("repeat_victimisation", text).value is not True


def test_rosa_please_and_a_question_is_no_answer():
    text = "please, the residence card. what i do? i am worry the home office think i am illegal"
    assert read_answer("repeat_victimisation", text).value is None


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "he has hit me before",
        "yes he went for other people before and me too",
        "he robbed other people before and did it to me again last week",
        "please help. he keeps coming back, what do i do?",
        "yes he has done it before, why?",
    ],
)
def test_real_repeats_still_count(text):
    assert read_answer("repeat_victimisation", text).value is True


@pytest.mark.parametrize(
    "text",
    [
        # Dean's first correction, ignored.
        "its not happened to me before, the dog went for someone else last year. this was once. "
        "plus the threat",
        "it hasnt happened to me before",
        "this was once",
    ],
)
def test_once_to_me_corrections_are_taken(text):
    answers = {"repeat_victimisation": True, "crime_type": "assault"}
    assert reading.corrections(text, answers).get("repeat_victimisation") is False


@pytest.mark.parametrize(
    "text",
    ["it happened once before", "it was once a week at least", "what have you noted about me?"],
)
def test_not_once_corrections(text):
    answers = {"repeat_victimisation": True, "crime_type": "assault"}
    assert "repeat_victimisation" not in reading.corrections(text, answers)


# -- the under-18 question --


@pytest.mark.parametrize("text", ["no?? i said 34", "i said 34", "I told you I'm 40", "no, im 45"])
def test_an_adult_age_said_again_is_no(text):
    assert read_answer("under_18", text).value is False


@pytest.mark.parametrize("text", ["im 34 but i was 12 when it started", "yes i was 15", "yes"])
def test_under_18_still_yes(text):
    assert read_answer("under_18", text).value is True

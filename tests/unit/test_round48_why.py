"""Round 48, main: "why" inside a question or a complaint is not the WHY command.

After the result, the classifier hears WHY in any message with "why" in it: Musa's "also the
feds that searched me didnt even say why. is that allowed", Harry's "why do u keep saying
revenge porn helpline??", Frank's question about his wife's power of attorney and Abena's "why
do you keep saying disability. i told you no" all got the reasons of the result instead of an
answer or the correction.
"""

from __future__ import annotations

import pytest
from known_answers import answer

from actions.dialogue import ActionShowDetails, asks_for_the_reasons
from tests.unit.conftest import make_tracker, responses

DONE = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "age": 41.0,
    "assessment_done": True,
    "results_shown": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "WHY",
        "why?",
        "fine. why",
        "but why me",
        "why is that",
        "why do i count for that",
        "why am i in that group",
        "why would i get extra support",
        "why did you say that about me",
        "how did you decide that",
        "whats that based on",
        "WHY. and will i lose my kids if i leave her",
        "why am i vulnerable",
        "why does that apply to me",
    ],
)
def test_asking_for_the_reasons_of_the_result_still_gets_them(text):
    assert asks_for_the_reasons(text)


@pytest.mark.parametrize(
    "text",
    [
        "also the feds that searched me didnt even say why. is that allowed",
        "why do u keep saying revenge porn helpline?? i said its not pics its messages",
        "I have lasting power of attorney for her. Can I say yes for her? why not",
        "why didnt the police come round yet",
        "why would he do this to me",
    ],
)
def test_a_why_about_something_else_is_not_a_request_for_the_reasons(text):
    assert not asks_for_the_reasons(text)


def test_the_stop_and_search_question_is_not_answered_with_the_reasons(dispatcher, domain):
    tracker = make_tracker(
        slots=DONE,
        text="also the feds that searched me didnt even say why. is that allowed",
        intent="show_reasons",
        active_loop=None,
    )
    ActionShowDetails().run(dispatcher, tracker, domain)
    assert "utter_show_reasons" not in responses(dispatcher)
    assert responses(dispatcher)


def test_a_complaint_about_disability_takes_it_off_and_does_not_repeat_it(dispatcher, domain):
    tracker = make_tracker(
        slots={**DONE, "impairment": True},
        text="why do you keep saying disability. i told you no",
        intent="show_reasons",
        active_loop=None,
    )
    events = ActionShowDetails().run(dispatcher, tracker, domain)
    # round 65, helper J2: the change is said in words now ("I've changed that: you don't have
    # a health condition or disability"), not a bare "I've updated that" (Pete).
    said = [m.get("text") or m.get("response") for m in dispatcher.messages]
    assert said in (
        ["utter_updated"],
        ["Thank you, I've changed that: you don't have a health condition or disability."],
    )
    assert {"event": "slot", "timestamp": None, "name": "impairment", "value": False} in events


def test_why_on_its_own_still_gets_the_reasons(dispatcher, domain):
    tracker = make_tracker(slots=DONE, text="WHY", intent="show_reasons", active_loop=None)
    ActionShowDetails().run(dispatcher, tracker, domain)
    assert [m.get("utter_action") for m in dispatcher.messages][:1] == ["utter_show_reasons"]


def test_before_the_result_why_is_still_why_we_ask(dispatcher, domain):
    tracker = make_tracker(
        slots={"consent": True, "crime_type": "assault"},
        text="why do you need to know that",
        intent="show_reasons",
        requested_slot="age",
    )
    ActionShowDetails().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_why_we_ask"]


@pytest.mark.parametrize(
    "text",
    [
        "also the feds that searched me didnt even say why. is that allowed",
        "no i mean the stop n search. they didnt say why",
        "do police have to tell you why they stop and search you",
        "the police stopped and searched my son for no reason, is that legal?",
    ],
)
def test_a_search_without_a_reason_is_answered(text):
    assert answer(text, "assault", age=16.0, under_18=True) == "utter_stop_search_reasons"


@pytest.mark.parametrize(
    "text",
    [
        "the police searched the house for evidence",
        "can i complain about the police",
        "why did they search my phone",
    ],
)
def test_other_searches_are_not_the_stop_and_search_answer(text):
    assert answer(text, "burglary") != "utter_stop_search_reasons"

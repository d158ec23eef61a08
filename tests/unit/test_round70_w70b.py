"""Round 70, helper w70b: explaining the bot's own words. Pat, 74 (burgled), at the hate
question: "Sorry I dont follow. Targeted how?"; Sharon, whose daughter was groped on a bus:
"Sorry what do you mean they may? Who may what?" and "Are you a computer?"."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.dialogue import ActionOutsideQuestions, ActionWhileWaiting
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import RESPONSES

ANSWERED = dict(
    consent=True,
    in_danger=False,
    crime_type="burglary",
    bereaved=False,
    reported_to_police=True,
    age=74.0,
    under_18=False,
    relationship_to_offender="stranger",
    repeat_victimisation=False,
    hate_motivated=False,
    impairment=False,
    fear_of_giving_evidence=False,
    needs=["information"],
    language="English",
    borough="Bexley",
    gender="man",
)
ORDER = list(ANSWERED)


def _at(slot: str) -> dict[str, Any]:
    """The answers given before ``slot``, which is waiting."""
    return {k: ANSWERED[k] for k in ORDER[: ORDER.index(slot)]} if slot in ORDER else ANSWERED


def _run(action: Any, tracker: Any) -> tuple[list[str | None], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    got = action.run(dispatcher, tracker, {"responses": RESPONSES})
    if asyncio.iscoroutine(got):
        got = asyncio.run(got)
    return responses(dispatcher), got


def _form(slot: str, text: str, intent: str = "out_of_scope", **more: Any):
    tracker = make_tracker(
        {**_at(slot), **more},
        text=text,
        intent=intent,
        requested_slot=slot,
        turn={},
        sent=[f"utter_ask_{slot}"],
    )
    return _run(ValidateNeedsAssessmentForm(), tracker)


def _outside(slot: str | None, text: str, intent: str = "out_of_scope", **more: Any):
    tracker = make_tracker(
        {**(_at(slot) if slot else ANSWERED), **more},
        text=text,
        intent=intent,
        requested_slot=slot,
        turn={},
        sent=[f"utter_ask_{slot}" if slot else "utter_result"],
        active_loop="needs_assessment_form" if slot else None,
    )
    return _run(ActionOutsideQuestions(), tracker)


LOST = [
    "what do you mean",
    "I don't follow",
    "what does that mean?",
    "meaning?",
    "I don't understand the question",
    "in what way?",
    "sorry, what do you mean?",
]
SLOTS = [
    "hate_motivated",
    "repeat_victimisation",
    "impairment",
    "fear_of_giving_evidence",
    "reported_to_police",
    "relationship_to_offender",
    "borough",
    "needs",
]


def test_pats_targeted_how_is_explained_and_asked_again():
    said, events = _form("hate_motivated", "Sorry I dont follow. Targeted how?")
    assert said == ["utter_w70b_explain_hate_motivated"]
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots.get("hate_motivated") is None
    assert slots.get("requested_slot") == "hate_motivated"
    said, _ = _outside("hate_motivated", "Sorry I dont follow. Targeted how?")
    assert said == ["utter_w70b_explain_hate_motivated"]


@pytest.mark.parametrize("slot", SLOTS)
@pytest.mark.parametrize("text", LOST)
def test_what_the_waiting_question_means_at_any_question(slot, text):
    said, events = _form(slot, text)
    assert f"utter_w70b_explain_{slot}" in said
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots.get(slot) is None
    assert slots.get("requested_slot") == slot
    said, _ = _outside(slot, text)
    assert said == [f"utter_w70b_explain_{slot}"]


@pytest.mark.parametrize(
    "slot,text",
    [
        ("repeat_victimisation", "targeted how?"),
        ("fear_of_giving_evidence", "scared how?"),
        ("impairment", "what do you mean learning disability?"),
        ("borough", "borough meaning?"),
    ],
)
def test_a_word_of_the_question_is_explained(slot, text):
    said, _ = _outside(slot, text)
    assert said == [f"utter_w70b_explain_{slot}"]


def test_every_question_has_an_explanation_that_offers_skip():
    for slot in [
        *ORDER[1:],
        "referral_consent",
        "contact_safe",
        "contact_method",
        "contact_times",
        "voicemail_ok",
        "contact_details",
    ]:
        for variant in RESPONSES[f"utter_w70b_explain_{slot}"]:
            assert len(variant["text"]) <= 320
            assert "'skip'" in variant["text"]


def test_sharons_who_may_what_is_unclear_not_cannot_answer():
    text = "No I don't think so. Sorry what do you mean they may? Who may what?"
    said, _ = _form("hate_motivated", text, for_child=True)
    assert "utter_w70b_that_was_unclear" in said
    assert "utter_question_beside_answer" not in said
    said, _ = _outside(None, "what do you mean?", assessment_done=True, results_shown=True)
    assert said == ["utter_w70b_that_was_unclear"]


@pytest.mark.parametrize(
    "text",
    [
        "No it hasn't happened more than once!! It was once, yesterday. I said she has to get the "
        "same bus every day, I'm worried he'll be on it again. Are you a computer? You keep "
        "getting things wrong",
        "Are you a computer?",
        "are u a bot",
        "is this a real person?",
        "am I talking to a machine",
        "are you real",
        "Are you a robot or a person?",
    ],
)
def test_are_you_a_computer_gets_the_honest_answer_anywhere(text):
    assert "utter_iamabot" in _form("needs", text)[0]
    if "more than once" in text:
        return  # after the result, its correction reopens the questions first
    assert _outside(None, text, assessment_done=True, results_shown=True)[0] == ["utter_iamabot"]
    tracker = make_tracker(
        {**ANSWERED, "handoff_requested": True},
        text=text,
        intent="out_of_scope",
        active_loop=None,
    )
    assert "utter_iamabot" in _run(ActionWhileWaiting(), tracker)[0]


@pytest.mark.parametrize(
    "text",
    [
        "is this human trafficking?",
        "I want to talk to a real person",
        "are you the police?",
        "my neighbour said the machine was broken",
    ],
)
def test_other_questions_are_not_the_bot_answer(text):
    assert "utter_iamabot" not in _outside("hate_motivated", text)[0]


@pytest.mark.parametrize(
    "slot,text",
    [
        ("hate_motivated", "yes he called me a paki"),
        ("repeat_victimisation", "what do you mean saw it?? it happened to ME"),
        ("impairment", "what does enhanced mean"),
        ("hate_motivated", "no. what happens next?"),
    ],
)
def test_answers_and_other_questions_are_not_explained(slot, text):
    said, _ = _outside(slot, text)
    assert not any(s and s.startswith("utter_w70b_") for s in said)

"""Round 89, helper f88b: Tasha (r88a), 24, pushed into a wall by her boyfriend, who smashed her
phone; staying at her mum's. Her 9-year-old brother saw it; she asked for texts only."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.assessment_form import ValidateNeedsAssessmentForm
from tests.unit.conftest import make_tracker
from tests.unit.known_answers import (
    ALL_RESPONSES,
    DOMAIN,
    answer,
    answer_in_conversation,
    assert_one_sms_with_a_source,
    assert_one_sms_with_source,
    sendable,
)

_FIRST = (
    "hi um my boyfriend smashed my phone last night and pushed me into the wall, im at my mums "
    "now using her phone, i dont really know what to do or if this is even the right place"
)
_BROTHER = (
    "no. my little brother saw it tho when he came round to pick me up, hes only 9, is he gonna "
    "be ok"
)
_ASKED_AGAIN = (
    "you didnt answer about my brother?? but feeling safe i guess and someone to talk to. and i "
    "need a new phone lol"
)
_TEXT_ONLY = (
    "yes but it has to be text only and on my mums phone this one, dont ring and dont send "
    "anything to my old number he might have it"
)
_TASHA = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "in_danger": False,
    "reported_to_police": False,
    "age": 24.0,
    "repeat_victimisation": True,
    "hate_motivated": False,
}
_REFERRED = {
    **_TASHA,
    "impairment": False,
    "needs": ["safety", "emotional"],
    "language": "English",
    "borough": "Southwark",
    "gender": "woman",
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "text",
}


def _facts(slots: dict) -> dict:
    """The slots without crime_type, which the helpers take on its own."""
    return {k: v for k, v in slots.items() if k != "crime_type"}


def _form(domain, text: str, slots: dict, requested: str, earlier: tuple[str, ...]) -> list:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=slots, text=text, requested_slot=requested, turn={})
    for index, message in enumerate(earlier):
        tracker.events.insert(index, {"event": "user", "text": message})
    asyncio.run(ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain))
    return [m.get("response") or m.get("utter_action") for m in dispatcher.messages]


# -- finding 5: no "Under 19? Childline" for someone aged 24 ------------------------------------


def test_an_adult_is_not_offered_childline_in_the_ways_without_calling():
    text = "i cant phone anyone, they will hear me. is there something i can text"
    assert answer(text, "domestic_abuse", **_facts(_TASHA)) == "utter_f88b_text_routes_adult"
    (adult,) = sendable("utter_f88b_text_routes_adult")
    assert "Childline" not in adult and "nationaldahelpline.org.uk" in adult
    assert_one_sms_with_a_source("utter_f88b_text_routes_adult", DOMAIN / "responses.yml")


def test_with_no_age_or_a_young_age_childline_stays():
    text = "i cant phone anyone, they will hear me. is there something i can text"
    young = {**_TASHA, "age": 18.0}  # Childline is for under-19s
    assert answer(text, "domestic_abuse", **_facts(young)) == "utter_text_routes"
    no_age = {k: v for k, v in _TASHA.items() if k != "age"}
    assert answer(text, "domestic_abuse", **_facts(no_age)) == "utter_text_routes"
    assert "Childline" in ALL_RESPONSES["utter_text_routes"][0]["text"]

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


# -- finding 3: her brother, 9, saw it ------------------------------------------------------------


def test_her_brother_who_saw_it_is_answered_at_the_disability_question(domain):
    sent = _form(domain, _BROTHER, _TASHA, "impairment", (_FIRST,))
    assert "utter_f88b_brother_saw_it" in sent


def test_you_didnt_answer_about_my_brother_is_answered(domain):
    slots = {**_TASHA, "impairment": False}
    sent = _form(domain, _ASKED_AGAIN, slots, "needs", (_FIRST, _BROTHER))
    assert "utter_f88b_brother_saw_it" in sent


def test_the_brother_answer_says_he_is_a_victim_too_with_support():
    (text,) = sendable("utter_f88b_brother_saw_it")
    assert "victims of it too (Domestic Abuse Act 2021)" in text
    assert "support worker can help arrange support for your brother" in text
    assert "0808 800 5000" in text  # the NSPCC Helpline, for adults worried about a child
    assert_one_sms_with_source("utter_f88b_brother_saw_it", "f88b (round 89)")
    assert_one_sms_with_source("utter_f88b_sister_saw_it", "f88b (round 89)")


def test_a_sister_gets_the_sister_words():
    said = answer_in_conversation(
        "my little sister heard it all, shes 7. will she be ok?", "domestic_abuse", (_FIRST,)
    )
    assert said is not None and said.response == "utter_f88b_sister_saw_it"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A mugging is not domestic abuse: the Act's words do not fit it.
        (_BROTHER, {"crime_type": "robbery", "relationship_to_offender": "stranger"}),
        # A brother who told her something, not one who saw it.
        ("my brother said i should leave him, is he right?", _TASHA),
    ],
)
def test_the_brother_answer_stays_narrow(text, facts):
    assert answer(text, facts["crime_type"], **_facts(facts)) not in (
        "utter_f88b_brother_saw_it",
        "utter_f88b_sister_saw_it",
    )


def test_not_answered_needs_a_brother_told_of_before():
    said = answer_in_conversation(_ASKED_AGAIN, "domestic_abuse", (_FIRST,), **_facts(_TASHA))
    assert said is None or said.response != "utter_f88b_brother_saw_it"


# -- finding 4: when will they text, to someone who said text only ------------------------------


def test_how_long_till_they_text_me_is_answered_without_a_phone_line(domain):
    slots = {**_REFERRED, "contact_details": "07700900462"}
    text = "any time but TEXT only pls not calls. and how long till they text me?"
    earlier = (_FIRST, _TEXT_ONLY)
    sent = _form(domain, text, slots, "contact_times", earlier)
    assert "utter_f88b_when_texted_no_calls" in sent
    assert "utter_question_beside_answer" not in sent


def test_how_long_will_it_take_for_them_to_text_is_not_the_questions_left(domain):
    text = "07700 900462 thats my mums. how long will it take for them to text"
    sent = _form(domain, text, _REFERRED, "contact_details", (_FIRST, _TEXT_ONLY))
    assert "utter_f88b_when_texted_no_calls" in sent
    assert "utter_questions_left" not in sent
    assert "utter_text_routes" not in sent


def test_the_when_texted_answer_gives_no_phone_line_and_no_time():
    (text,) = sendable("utter_f88b_when_texted_no_calls")
    assert "08 08 16 89 111" not in text and "0808" not in text
    assert "I can't say exactly when" in text
    assert "londonvws.org.uk" in text
    assert_one_sms_with_source("utter_f88b_when_texted_no_calls", "f88b (round 89)")


def test_when_texted_needs_no_calls_said():
    # Someone who chose texts but never refused calls keeps the older answer.
    said = answer_in_conversation(
        "how long till they text me?", "domestic_abuse", (_FIRST, "yes please"), **_facts(_REFERRED)
    )
    assert said is None or said.response != "utter_f88b_when_texted_no_calls"


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


def test_another_question_beside_text_only_gets_no_phone_line(domain):
    # Tasha had said she is not deaf (cannot_phone False), then refused calls.
    slots = {**_REFERRED, "contact_details": "07700900462", "cannot_phone": False}
    text = "any time but TEXT only pls not calls. and do they know what happened?"
    sent = _form(domain, text, slots, "contact_times", (_FIRST, _TEXT_ONLY))
    if "utter_question_beside_answer" in sent or "utter_cannot_answer" in sent:
        pytest.fail(f"a phone line after 'TEXT only': {sent}")
    (said,) = sendable("utter_f88b_question_beside_answer_no_calls")
    assert "08 08" not in said and "londonvws.org.uk" in said
    assert_one_sms_with_a_source(
        "utter_f88b_question_beside_answer_no_calls", DOMAIN / "responses.yml"
    )

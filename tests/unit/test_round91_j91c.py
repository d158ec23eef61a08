"""Round 91, helper j91c: contact times and method read wrongly (Sunita, Margaret, Dev,
Mohammed): a time that was not a contact time, a window cut short, a referral by email with no
address said to be passed on."""

from __future__ import annotations

import asyncio

from rasa_sdk.executor import CollectingDispatcher

from actions.answers import contact_said, read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.dialogue import ActionFinishAssessment
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import sendable


def _form(domain, text: str, slots: dict, requested: str, earlier: tuple[str, ...]) -> dict:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=slots, text=text, requested_slot=requested, turn={})
    for index, message in enumerate(earlier):
        tracker.events.insert(index, {"event": "user", "text": message})
    events = asyncio.run(ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain))
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


_SUNITA = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "in_danger": False,
    "reported_to_police": False,
    "age": 41.0,
    "under_18": False,
    "repeat_victimisation": True,
    "hate_motivated": False,
    "impairment": False,
    "needs": ["safety"],
    "language": "English",
    "borough": "Harrow",
    "gender": "woman",
    "referral_consent": True,
}
_SUNITA_EARLIER = (
    "ok yes. my husband hits me. his mother tells him to",
    "not now. they are at the temple. they check my phone when they come back",
    "yes but they cannot call my phone. my mother in law answers it sometimes. maybe i can go to "
    "the library",
)
_SUNITA_WINDOW = (
    "not on my phone no. i said. tuesday mornings i go to library alone, 10 to 12, the children "
    "are at school"
)
_SUNITA_NO_EMAIL = "i dont have new email yet. i make it tuesday. dont use my number please"


# -- finding 1: Sunita, referred by email with no address; her window cut to "tuesday" --------


def test_her_library_window_is_kept_whole_at_the_safe_question(domain):
    slots = _form(domain, _SUNITA_WINDOW, _SUNITA, "contact_safe", _SUNITA_EARLIER)
    assert slots.get("contact_safe") is True
    assert slots.get("contact_times") == "tuesday mornings, 10 to 12"


def test_when_she_will_make_the_email_is_not_a_time_to_contact_her(domain):
    known = {
        **_SUNITA,
        "contact_safe": True,
        "contact_times": "tuesday mornings, 10 to 12",
        "contact_method": "email",
    }
    earlier = (*_SUNITA_EARLIER, _SUNITA_WINDOW)
    slots = _form(domain, _SUNITA_NO_EMAIL, known, "contact_details", earlier)
    assert "contact_times" not in slots, slots
    assert "contact_times" not in contact_said(_SUNITA_NO_EMAIL)


def test_by_email_with_no_address_she_is_told_nobody_can_contact_her_yet(domain):
    dispatcher = CollectingDispatcher()
    slots = {
        **_SUNITA,
        "contact_safe": True,
        "contact_times": "tuesday mornings, 10 to 12",
        "contact_method": "email",
        "skipped_slots": ["contact_details"],
    }
    tracker = make_tracker(slots=slots, text=_SUNITA_NO_EMAIL, active_loop=None)
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert "utter_j91c_no_address_yet" in said, said
    assert "utter_referral_saved" not in said
    for text in sendable("utter_j91c_no_address_yet", crime_type="domestic_abuse"):
        assert "nobody can contact you" in text and "0808 2000 247" in text
        assert len(text.replace("{case_reference}", "VC-D4J68V")) <= 320


def test_by_email_with_an_address_the_request_is_still_passed_on(domain):
    dispatcher = CollectingDispatcher()
    slots = {
        **_SUNITA,
        "contact_safe": True,
        "contact_method": "email",
        "contact_details": "sunita.new@example.com",
    }
    tracker = make_tracker(slots=slots, text="x", active_loop=None)
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert "utter_referral_saved" in responses(dispatcher)


# -- finding 2: Margaret, "He plays golf on Tuesday and Thursday mornings" ---------------------


def test_the_mornings_he_is_at_golf_are_kept_not_any_morning():
    text = (
        "Yes, if it is in the mornings. He plays golf on Tuesday and Thursday mornings. Please "
        "don't leave a message that says what it is about."
    )
    got = read_answer("contact_safe", text)
    assert got.value is True
    assert got.extra.get("contact_times") == "tuesday and thursday mornings"


# -- finding 3: Dev's "than phone during work hours"; Mohammed's "new sim tomorrow" -----------


def test_email_better_than_phone_during_work_hours_is_not_work_hours():
    text = (
        "Yes please. Email is better for me than phone during work hours: "
        "dev.patel.ealing@example.com"
    )
    got = read_answer("referral_consent", text)
    assert got.extra.get("contact_method") == "email"
    assert "contact_times" not in got.extra


def test_a_new_sim_tomorrow_is_not_a_time_to_call():
    text = "yes safe. call Karim phone is ok, he give me. or i get new sim tomorrow"
    got = read_answer("contact_safe", text)
    assert got.value is True
    assert "contact_times" not in got.extra


# -- finding 4: a way or a time given, then asked again; a question kept as the times ----------

_BASE = {
    "consent": True,
    "crime_type": "assault",
    "relationship_to_offender": "stranger",
    "in_danger": False,
    "reported_to_police": True,
    "age": 50.0,
    "under_18": False,
    "repeat_victimisation": False,
    "hate_motivated": False,
    "impairment": True,
    "fear_of_giving_evidence": False,
    "needs": ["information"],
    "language": "English",
    "borough": "Camden",
    "gender": "woman",
}


def test_email_only_with_the_yes_is_not_asked_again(domain):
    text = "Yes. Email only please. No phone call, I cannot hear phone."
    slots = _form(domain, text, _BASE, "referral_consent", ("I am deaf. A man hit me",))
    assert slots.get("referral_consent") is True
    assert slots.get("contact_method") == "email"
    assert slots.get("requested_slot") != "contact_method"


def test_weekdays_between_10_and_2_when_hes_at_his_dads_is_not_asked_again(domain):
    text = (
        "Only if they call, not text, and only on weekdays between 10 and 2 when he's at his "
        "dad's or out. Please don't leave a message"
    )
    helen = {
        **_BASE,
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "partner_or_ex",
        "referral_consent": True,
    }
    slots = _form(domain, text, helen, "contact_safe", ("my partner hurts me",))
    assert slots.get("contact_method") == "call"
    assert slots.get("contact_times") == "weekdays, between 10 and 2"


def test_how_long_till_they_text_is_not_kept_as_the_times():
    text = "after school like 4 till 9. how long till they text tho he said tonight"
    times = str(read_answer("contact_times", text).value)
    assert "4 till 9" in times and "after school" in times
    assert "how long" not in times and "tonight" not in times

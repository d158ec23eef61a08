"""Round 90, helper h90d: held-back people from the conversation suite (Tasha, Winston, Ade,
Chris) whose questions were answered with the wrong thing, or not at all."""

from __future__ import annotations

import asyncio

from rasa_sdk.executor import CollectingDispatcher

from actions.account import read_account
from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm
from tests.unit.conftest import make_tracker


def _form(domain, text: str, slots: dict, requested: str, earlier: tuple[str, ...]) -> tuple:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=slots, text=text, requested_slot=requested, turn={})
    for index, message in enumerate(earlier):
        tracker.events.insert(index, {"event": "user", "text": message})
    events = asyncio.run(ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain))
    sent = [m.get("response") or m.get("utter_action") for m in dispatcher.messages]
    return sent, events


# -- finding 1: Tasha, "text only, no calls" as her contact method answer -----------------------

_TASHA_FIRST = (
    "hey so my bf pushed me into the wall last night and smashed my phone cos i wouldnt unlock "
    "it. im on my mums phone at hers"
)
_TASHA = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "in_danger": False,
    "reported_to_police": False,
    "age": 24.0,
    "under_18": False,
    "repeat_victimisation": True,
    "hate_motivated": False,
    "impairment": False,
    "fear_of_giving_evidence": True,
    "needs": ["safety", "emotional"],
    "language": "English",
    "borough": "Southwark",
    "gender": "woman",
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "text",
}


def test_how_long_till_they_text_me_after_text_only_no_calls_as_the_method(domain):
    earlier = (
        _TASHA_FIRST,
        "yes but only texts to this number, its my mums",
        "yes its mums phone, she knows everything",
        "text only, no calls",
    )
    sent, _ = _form(domain, "how long till they text me?", _TASHA, "contact_times", earlier)
    assert "utter_f88b_when_texted_no_calls" in sent, sent


def test_how_long_till_they_text_me_after_only_texts_to_this_number(domain):
    earlier = (
        _TASHA_FIRST,
        "yes but only texts to this number, its my mums",
        "yes its mums phone, she knows everything",
    )
    sent, _ = _form(domain, "how long till they text me?", _TASHA, "contact_times", earlier)
    assert "utter_f88b_when_texted_no_calls" in sent, sent
    assert "utter_h2_no_voice_999" not in sent


def test_only_texts_to_this_number_is_not_being_unable_to_phone():
    # Tasha was sent "Without a voice call: ... 999 BSL app ... Relay UK"; she never said Deaf.
    assert read_account("yes but only texts to this number, its my mums").cannot_phone is None
    assert read_account("i can only text").cannot_phone is True


# -- finding 2: Winston, 79, at the voicemail question ---------------------------------------

_WINSTON_FIRST = (
    "Good evening. Somebody got into my house on Tuesday night while I was asleep upstairs and "
    "took my late wife's rings"
)
_WINSTON = {
    "consent": True,
    "crime_type": "burglary",
    "in_danger": False,
    "reported_to_police": True,
    "age": 79.0,
    "under_18": False,
    "relationship_to_offender": "unknown",
    "repeat_victimisation": False,
    "hate_motivated": False,
    "impairment": True,
    "fear_of_giving_evidence": False,
    "needs": ["safety", "practical", "emotional"],
    "language": "English",
    "borough": "Brent",
    "gender": "man",
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_times": "daytime",
}
_WINSTON_EARLIER = (
    _WINSTON_FIRST,
    "I'm rather hard of hearing and I've arthritis in both hands",
    "Yes please, that would be kind",
    "Yes, it's only me here",
    "a phone call on the landline, and please speak up",
    "daytime please, I go to bed early",
)


def test_will_the_person_who_rings_know_im_hard_of_hearing_at_the_voicemail_question(domain):
    text = "Will the person who rings know I'm hard of hearing?"
    sent, _ = _form(domain, text, _WINSTON, "voicemail_ok", _WINSTON_EARLIER)
    assert "utter_g89f_speak_up_noted" in sent, sent
    assert "utter_cannot_answer" not in sent


def test_the_speak_up_note_goes_with_the_request():
    from actions.assessment_form import answers_from

    text = "Will the person who rings know I'm hard of hearing?"
    tracker = make_tracker(slots=_WINSTON, text=text, requested_slot="voicemail_ok", turn={})
    assert "speak_up" in (answers_from(tracker).get("contact_notes") or [])


# -- finding 3: Ade, blind, at the language question -------------------------------------------

_ADE = {
    "consent": True,
    "crime_type": "robbery",
    "in_danger": False,
    "reported_to_police": True,
    "age": 70.0,
    "under_18": False,
    "relationship_to_offender": "stranger",
    "repeat_victimisation": False,
    "hate_motivated": False,
    "impairment": True,
    "fear_of_giving_evidence": False,
    "needs": ["practical"],
}
_ADE_EARLIER = (
    "my bag got snatched in the street. i am blind, i use a screen reader. short messages please",
    "yes. i am registered blind",
    "practical help. new freedom pass",
)


def test_things_i_can_listen_to_at_the_language_question_is_answered(domain):
    text = "i need things i can listen to. i cannot read them"
    sent, events = _form(domain, text, _ADE, "language", _ADE_EARLIER)
    assert "utter_g89d_listen_not_read" in sent, sent
    kept = {e.get("name") for e in events if e.get("event") == "slot" and e.get("value")}
    assert "language" not in kept  # the question waits for his answer


# -- finding 4: Chris, a question at "Do you know who did it?" -------------------------------

_CHRIS = {
    "consent": True,
    "crime_type": "assault",
    "in_danger": False,
    "reported_to_police": False,
    "age": 48.0,
    "under_18": False,
}
_CHRIS_EARLIER = (
    "bloke punched me in the face through my car window at the lights yesterday. got his number "
    "plate and dashcam of it. what do i do now",
    "no im home. face is swollen and lip split but im ok",
    "assault, road rage",
)


def test_a_question_at_who_did_it_does_not_fill_who_did_it(domain):
    text = "does it still count as assault if i never went to a doctor?"
    sent, events = _form(domain, text, _CHRIS, "relationship_to_offender", _CHRIS_EARLIER)
    assert "utter_g89g_assault_without_doctor" in sent, sent
    kept = {e.get("name"): e.get("value") for e in events if e.get("event") == "slot"}
    assert kept.get("relationship_to_offender") is None, kept


def test_a_no_before_a_question_is_still_the_answer():
    assert read_answer("relationship_to_offender", "no, why do you need to know?").value == (
        "unknown"
    )
    text = "does it still count as assault if i never went to a doctor?"
    assert read_answer("relationship_to_offender", text).value is None

"""Round 50, helper U1: Brian (83, partially sighted, round 49) asked to be phoned because he
can't read texts. "so somebody will ring me in the morning about the lock? tomorrow?" put him in
the wait for a worker to "reply here", repeated after "reply here? no i said phone me on the
house phone" and in reply to his goodbye.

Needed: someone who chose a phone call is told a worker will ring (no time promised), never
"a support worker will reply here"; a goodbye while waiting gets a goodbye.
"""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.dialogue import ActionHandoff, ActionWhileWaiting
from actions.questions import u1_asks_when_they_ring, u1_wants_a_phone_call
from tests.unit.conftest import make_tracker
from tests.unit.known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

REFERRAL = {
    "consent": True,
    "assessment_done": True,
    "referral_consent": True,
    "contact_method": "call",
    "contact_detail": "020 8546 7731",
    "contact_times": "mornings is best. not tuesdays the nurse comes",
    "contact_safe": True,
}
BRIAN = {"crime_type": "burglary", **REFERRAL}
WAITING = {"waiting_for_person": True, "handoff": "waiting"}
NEW = ("utter_u1_they_will_ring", "utter_u1_phone_not_here")


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_sms_with_sources_and_known_numbers(name):
    assert_one_sms_with_source(name, "round 50, helper U1", ({},))
    assert not numbers_not_in_directory(name)


def run(action, slots, text, intent="inform"):
    dispatcher = CollectingDispatcher()
    events = action().run(
        dispatcher, make_tracker(slots, text=text, intent=intent, active_loop=None), {}
    )
    return [m.get("response") for m in dispatcher.messages], events


def waiting_set(events):
    return any(e.get("name") == "waiting_for_person" and e.get("value") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "right. so somebody will ring me in the morning about the lock? tomorrow?",
        "when will they ring me",
        "will someone call me tomorrow?",
    ],
)
def test_a_question_about_the_call_is_answered_not_handed_off(text):
    said, events = run(ActionHandoff, BRIAN, text, intent="request_human")
    assert said == ["utter_u1_they_will_ring"]
    assert not waiting_set(events)
    assert answer(text, "burglary", **REFERRAL) == "utter_u1_they_will_ring"


def test_asking_for_a_person_after_choosing_a_call_is_not_reply_here():
    said, events = run(ActionHandoff, BRIAN, "can i talk to a real person", "request_human")
    assert "utter_handoff" not in said and "utter_u1_they_will_ring" in said
    assert not waiting_set(events)


def test_phone_me_while_waiting_ends_the_wait():
    text = "reply here? no i said phone me on the house phone. i cant read this very well"
    said, events = run(ActionWhileWaiting, {**BRIAN, **WAITING}, text)
    assert said == ["utter_u1_phone_not_here"]
    assert {"event": "slot", "timestamp": None, "name": "waiting_for_person", "value": False} in (
        events
    )


def test_goodbye_after_choosing_a_call_gets_a_goodbye():
    text = "ok. i will ring 101 now and the victim number. thank you dear goodbye"
    said, _ = run(ActionWhileWaiting, {**BRIAN, **WAITING}, text, intent="thanks")
    assert said == ["utter_f5_goodbye_referred"]


def test_goodbye_while_waiting_for_a_chat_reply_gets_a_goodbye():
    slots = {**BRIAN, **WAITING, "contact_method": "text"}
    said, _ = run(ActionWhileWaiting, slots, "ok thank you. goodbye", intent="thanks")
    assert said == ["utter_f5_goodbye_referred"]


def test_thanks_alone_while_waiting_for_a_chat_reply_is_unchanged():
    slots = {**BRIAN, **WAITING, "contact_method": "text"}
    said, _ = run(ActionWhileWaiting, slots, "thanks", intent="thanks")
    assert "utter_while_waiting" in said


def test_chat_choosers_still_wait_for_a_reply_here():
    slots = {**BRIAN, "contact_method": "text"}
    said, events = run(ActionHandoff, slots, "can i talk to a real person", "request_human")
    assert "utter_handoff" in said and waiting_set(events)


@pytest.mark.parametrize(
    "text",
    [
        "mornings is best. not tuesdays the nurse comes",
        "yes thats fine",
        "will they come back?",
        "i will ring 101 tomorrow",
        "can i ring them myself tomorrow",
        "when should i ring the police?",
        "what time do i call 101?",
    ],
)
def test_ordinary_messages_are_not_asking_when_they_ring(text):
    assert not u1_asks_when_they_ring(text)


def test_not_for_people_who_chose_text_or_were_not_referred():
    text = "so somebody will ring me in the morning? tomorrow?"
    assert answer(text, "burglary", **{**REFERRAL, "contact_method": "text"}) != (
        "utter_u1_they_will_ring"
    )
    assert answer(text, "burglary", contact_method="call") != "utter_u1_they_will_ring"


def test_reads_phone_me_not_dont_phone_me():
    assert u1_wants_a_phone_call("no i said phone me on the house phone")
    assert not u1_wants_a_phone_call("dont phone me, text only")

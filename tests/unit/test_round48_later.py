"""Round 48, main: Aylin, 19, waiting for a person on her own phone at a friend's.

"yes here is ok while im at my friends. but if i go home dont message me", to "Is it safe for
them to reply here at any time?", was read as "don't message me" now ("OK: no support worker will
message this phone", then "Sorry, I didn't understand"), and "ok. but if i go back home how do i
tell them to stop messaging" the same. Both are about later: replies here are fine now, and
stopping them is one message away.
"""

from __future__ import annotations

import pytest

from actions.dialogue import ActionWhileWaiting
from actions.reading import asks_not_to_be_messaged_here, stop_messages_later
from tests.unit.conftest import make_tracker, responses

WAITING = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "age": 19.0,
    "waiting_for_person": True,
    "handoff": "bot",
}


@pytest.mark.parametrize(
    "text",
    [
        "yes here is ok while im at my friends. but if i go home dont message me",
        "ok. but if i go back home how do i tell them to stop messaging",
        "when im back home dont text me",
    ],
)
def test_later_at_home_is_not_a_stop_now(text):
    assert stop_messages_later(text)
    assert not asks_not_to_be_messaged_here(text)


@pytest.mark.parametrize(
    "text", ["dont msg this phone", "dont message me here", "dont message this phone"]
)
def test_a_stop_now_is_still_a_stop(text):
    assert not stop_messages_later(text)
    assert asks_not_to_be_messaged_here(text)


def test_her_answer_to_when_keeps_replies_here_and_says_how_to_stop(dispatcher, domain):
    tracker = make_tracker(
        slots=WAITING,
        text="yes here is ok while im at my friends. but if i go home dont message me",
        active_loop=None,
        sent=["utter_ask_reply_time"],
    )
    events = ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_reply_here_until_home"]
    names = {event.get("name"): event.get("value") for event in events}
    assert "waiting_for_person" not in names and "no_reply_here" not in names
    assert names["contact_times"]


def test_how_to_stop_later_is_answered_and_replies_go_on(dispatcher, domain):
    tracker = make_tracker(
        slots=WAITING,
        text="ok. but if i go back home how do i tell them to stop messaging",
        active_loop=None,
    )
    assert ActionWhileWaiting().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == ["utter_how_to_stop_replies"]

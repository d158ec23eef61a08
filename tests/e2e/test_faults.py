"""When a part of the service fails, the person is told what to do and nothing is corrupted.

These tests break their own servers (tests/e2e/stack.py), never the shared ``bot`` fixture.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid

import pytest

from bench.stack import Stack, rest_conversation
from bot.service_failure import ACTION_FAILURE_REPLY, FAILURE_REPLY

pytestmark = pytest.mark.e2e

ACTION_TIMEOUT = 3


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    servers = Stack(
        tmp_path_factory.mktemp("faults"), env={"VICTIMS_ACTION_TIMEOUT": str(ACTION_TIMEOUT)}
    )
    try:
        servers.start()
        yield servers
    finally:
        servers.stop()


@pytest.fixture
def sender() -> str:
    return f"fault-{uuid.uuid4().hex[:10]}"


def say(stack: Stack, sender: str, text: str) -> str:
    reply = stack.say(sender, text)
    assert reply.status_code == 200, reply.text
    return "\n".join(message.get("text") or "" for message in reply.json())


def begin(stack: Stack, sender: str) -> None:
    for message, expected in [
        ("hi", "not the police"),
        ("yeah thats fine", "in danger right now"),
        ("no im ok", "what happened"),
    ]:
        assert expected in say(stack, sender, message).lower()


def user_texts(stack: Stack, sender: str) -> list[str]:
    with sqlite3.connect(stack.tracker_db) as conn:
        rows = conn.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id",
            [rest_conversation(sender)],
        ).fetchall()
    return [json.loads(row[0])["text"] for row in rows]


def slots(stack: Stack, sender: str) -> dict:
    with sqlite3.connect(stack.tracker_db) as conn:
        rows = conn.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'slot' ORDER BY id",
            [rest_conversation(sender)],
        ).fetchall()
    return {event["name"]: event["value"] for event in (json.loads(r[0]) for r in rows)}


def test_action_server_down_gives_the_supportline_and_carries_on_when_it_is_back(stack, sender):
    begin(stack, sender)
    stack.stop_actions()
    try:
        reply = say(stack, sender, "some1 broke into my flat")
        assert reply == ACTION_FAILURE_REPLY
    finally:
        stack.start_actions()
    assert "reported it to the police" in say(stack, sender, "some1 broke into my flat").lower()
    assert "how old" in say(stack, sender, "yes").lower()
    assert slots(stack, sender)["crime_type"] == "burglary"
    assert slots(stack, sender)["reported_to_police"] is True


def test_a_slow_action_server_is_given_up_on_after_the_timeout(stack, sender):
    begin(stack, sender)
    stack.pause_actions()
    try:
        started = time.monotonic()
        reply = say(stack, sender, "I was mugged on the bus")
        elapsed = time.monotonic() - started
    finally:
        stack.resume_actions()
    assert reply == ACTION_FAILURE_REPLY
    assert elapsed < ACTION_TIMEOUT + 5
    assert "reported it to the police" in say(stack, sender, "I was mugged on the bus").lower()
    assert slots(stack, sender)["crime_type"] == "robbery"


def test_a_busy_database_asks_the_person_to_send_again_and_loses_nothing(stack, sender):
    begin(stack, sender)
    release = threading.Event()
    locked = threading.Event()

    def hold_write_lock() -> None:
        conn = sqlite3.connect(stack.tracker_db, timeout=30)
        conn.execute("BEGIN IMMEDIATE")
        locked.set()
        release.wait(30)
        conn.rollback()
        conn.close()

    holder = threading.Thread(target=hold_write_lock)
    holder.start()
    try:
        assert locked.wait(10)
        reply = say(stack, sender, "my phone was stolen on the bus")
    finally:
        release.set()
        holder.join()
    assert reply == FAILURE_REPLY
    # The message that could not be saved is not half-kept: sending it again works once.
    assert "reported it to the police" in say(stack, sender, "my phone was stolen on the bus")
    texts = user_texts(stack, sender)
    assert texts.count("my phone was stolen on the bus") == 1
    assert texts[-1] == "my phone was stolen on the bus"
    assert "stolen on the bus" not in stack.log_text()


def test_a_restarted_rasa_server_picks_up_where_the_person_was(stack, sender):
    begin(stack, sender)
    assert "reported it to the police" in say(stack, sender, "my car was broken into").lower()
    stack.stop_rasa()
    stack.start_rasa()
    assert "how old" in say(stack, sender, "no not yet").lower()
    assert slots(stack, sender)["reported_to_police"] is False
    assert user_texts(stack, sender)[-2:] == ["my car was broken into", "no not yet"]

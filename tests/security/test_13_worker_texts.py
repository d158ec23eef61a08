"""Item 13: a support worker may text only someone waiting for a person they asked for; anyone
else, or someone who said contact is not safe, only through an explicit override that the audit
log keeps. Against the real stack: the review app sends through Rasa's HTTP API."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import httpx
import pytest

from bench.stack import API_TOKEN
from review import seed
from tests.security.conftest import Target, rest_conversation
from tests.support import review_server
from tests.support.review_server import Client, Server

pytestmark = pytest.mark.e2e

WORKER = ("wendy", "W long pass phrase 1")
HELLO = "Hello, this is Wendy from the Victim and Witness Service."
MUGGED = [*seed.START, ("i got mugged on the bus", "reported")]


@pytest.fixture(scope="module")
def review(target: Target, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    work = tmp_path_factory.mktemp("security-review")
    stack = target.stack
    with review_server.running(
        work, stack.tracker_db, stack.records_db, rasa_url=target.url, rasa_token=API_TOKEN
    ) as server:
        server.add_user(WORKER[0], "worker", WORKER[1])
        yield server


def signed_in(review: Server) -> Client:
    client = review.client()
    assert client.login(*WORKER).status_code == 302
    return client


def case_key(client: Client, target: Target, sender: str) -> str:
    client.get("/queue")  # the queue gives every conversation its key
    with sqlite3.connect(target.stack.records_db) as conn:
        row = conn.execute(
            "SELECT key FROM review_keys WHERE sender_id = ?", [rest_conversation(sender)]
        ).fetchone()
    assert row, "the conversation is in the queue"
    key = str(row[0])
    client.get(f"/case/{key}")
    return key


def worker_texts(target: Target, sender: str) -> list[str]:
    return [
        event.get("text") or ""
        for event in target.tracker_events(rest_conversation(sender))
        if event["event"] == "bot" and (event.get("metadata") or {}).get("review_worker")
    ]


def audit_entries(review: Server, action: str) -> list[sqlite3.Row]:
    with sqlite3.connect(review.env["REVIEW_DB"]) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("SELECT * FROM audit WHERE action = ? ORDER BY id", [action]).fetchall()


@pytest.mark.attack
def test_nobody_who_did_not_ask_for_a_person_can_be_texted(
    target: Target, review: Server, sender: str
) -> None:
    seed.drive(target.say, sender, MUGGED)
    client = signed_in(review)
    key = case_key(client, target, sender)
    response = client.post(f"/case/{key}/message", {"message": HELLO})
    assert response.status_code == 400 and "not asked to talk to a person" in response.text
    # Taking the conversation first makes it look like a wait, but they still did not ask.
    assert client.post(f"/case/{key}/take-over").status_code == 302
    response = client.post(f"/case/{key}/message", {"message": HELLO})
    assert response.status_code == 400
    assert worker_texts(target, sender) == []
    assert audit_entries(review, "send_message_refused")[-1]["detail"] == "NeedsOverride"
    client.post(f"/case/{key}/hand-back")


@pytest.mark.attack
def test_someone_who_said_contact_is_not_safe_is_not_texted(
    target: Target, review: Server, sender: str
) -> None:
    seed.drive(target.say, sender, seed.SCRIPTS["handoff"])
    # Their answer to "is it safe for us to contact you?", as the form records it.
    conversation = rest_conversation(sender)
    answered = httpx.post(
        f"{target.url}/conversations/{conversation}/tracker/events",
        params={"token": API_TOKEN},
        json=[{"event": "slot", "name": "contact_safe", "value": False}],
        timeout=30,
    )
    assert answered.status_code == 200, answered.text
    client = signed_in(review)
    key = case_key(client, target, sender)
    response = client.post(f"/case/{key}/message", {"message": HELLO})
    assert response.status_code == 400 and "NOT safe to contact them" in response.text
    assert worker_texts(target, sender) == []


@pytest.mark.attack
def test_an_override_must_be_explicit_and_is_audited(
    target: Target, review: Server, sender: str
) -> None:
    seed.drive(target.say, sender, MUGGED)
    client = signed_in(review)
    key = case_key(client, target, sender)
    path = f"/case/{key}/message-override"
    unticked = client.post(path, {"message": HELLO, "override_reason": "safeguarding"})
    assert unticked.status_code == 400
    no_reason = client.post(path, {"message": HELLO, "confirm": "yes"})
    assert no_reason.status_code == 400
    assert worker_texts(target, sender) == []
    sent = client.post(
        path, {"message": HELLO, "override_reason": "safeguarding", "confirm": "yes"}
    )
    assert sent.status_code == 302, sent.text[:500]
    assert worker_texts(target, sender) == [HELLO]
    entry = audit_entries(review, "send_message_override")[-1]
    assert (entry["user"], entry["conversation"]) == (WORKER[0], key)
    assert "reason safeguarding" in entry["detail"] and "not_asked" in entry["detail"]
    assert HELLO not in entry["detail"]
    client.post(f"/case/{key}/hand-back")


def test_someone_waiting_for_the_person_they_asked_for_is_answered(
    target: Target, review: Server, sender: str
) -> None:
    # Not an attack: the rule still lets a worker answer the people it is for.
    seed.drive(target.say, sender, seed.SCRIPTS["handoff"])
    client = signed_in(review)
    key = case_key(client, target, sender)
    assert client.post(f"/case/{key}/message", {"message": HELLO}).status_code == 302
    assert worker_texts(target, sender) == [HELLO]
    client.post(f"/case/{key}/hand-back")

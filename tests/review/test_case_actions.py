"""The case-action table (review/case_actions.py) and the one route that serves it: every form
on the case page has an entry and every entry a form; each action is CSRF-checked, audited under
its name, and ends on its flash message; a refused one is audited as refused and changes
nothing. The handoff actions go to a small stand-in for Rasa's HTTP API."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from markupsafe import escape

from core import records
from review import case_actions, casework, handoff
from tests.support import review_server
from tests.support.review_server import Client, Server
from tests.support.tracker_rows import asked_for_a_person, write_events

WORKER = ("wendy", "W long pass phrase 1")
SENDER = "+447700900777"
RASA_TOKEN = "test-rasa-token"
TEMPLATE = Path(case_actions.__file__).with_name("templates") / "case.html"

# A valid form for every action, in an order that makes each one meaningful.
FORMS: dict[str, dict[str, Any]] = {
    "assign": {},
    "unassign": {},
    "note": {"note": "Rang back, no answer"},
    "status": {"status": "in_progress"},
    "tag": {"tag": "Callback"},
    "untag": {"tag": "callback"},
    "referral": {
        "organisation": "victim-support-supportline",
        "sent_on": "2026-11-28",
        "method": "phone",
    },
    "correct": {"category": ["vulnerable"], "crime_type": "burglary", "comment": ""},
    "take-over": {},
    "message": {"message": "Hello, this is Wendy"},
    "message-override": {
        "message": "Hello again",
        "override_reason": "agreed_follow_up",
        "confirm": "yes",
    },
    "hand-back": {},
}
OVERRIDE = {"override_reason": "safeguarding", "confirm": "yes"}
# A form each checked field refuses, with the words the page then shows.
REFUSED: list[tuple[str, dict[str, Any], str]] = [
    ("note", {"note": "   "}, "The note is empty."),
    ("note", {"note": "x" * (casework.MAX_NOTE_CHARS + 1)}, "Notes are limited"),
    ("status", {"status": "done"}, "Choose one of the statuses listed."),
    ("tag", {"tag": "x" * 41}, "A tag is 1 to 40 characters."),
    (
        "referral",
        {"organisation": "made-up", "sent_on": "2026-11-28", "method": "phone"},
        "Choose an organisation from the list.",
    ),
    (
        "referral",
        {"organisation": "victim-support-supportline", "sent_on": "2026-11-28", "method": "?"},
        "Choose how the referral was sent.",
    ),
    (
        "referral",
        {"organisation": "victim-support-supportline", "sent_on": "28/11", "method": "phone"},
        "Give the date the referral was sent",
    ),
    ("correct", {"category": ["vulnerable", "bogus"]}, "Unknown category."),
    ("correct", {"crime_type": "jaywalking"}, "Unknown crime type."),
    ("message", {"message": " "}, "The message is empty."),
    ("message", {"message": "x" * (handoff.SMS_LIMIT + 1)}, "Keep the message to"),
    ("message-override", {"message": "Hi", "confirm": "yes"}, "Choose why you must send"),
    ("message-override", {"message": "Hi", "override_reason": "bored"}, "Choose why you must"),
    (
        "message-override",
        {"message": "Hi", "override_reason": "safeguarding"},
        "Tick the box to confirm",
    ),
]


class FakeRasa:
    """Accepts ``POST /conversations/<id>/tracker/events`` as Rasa's API does, and keeps them."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, list[str]], Any]] = []
        calls = self.calls

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                url = urlsplit(self.path)
                body = self.rfile.read(int(self.headers["Content-Length"]))
                calls.append((url.path, parse_qs(url.query), json.loads(body)))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def rasa() -> Iterator[FakeRasa]:
    fake = FakeRasa()
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, rasa: FakeRasa) -> Iterator[Server]:
    work = tmp_path_factory.mktemp("review-actions")
    # The person asked for a person, so a worker may text them without an override.
    write_events(work / "rasa.db", SENDER, asked_for_a_person("telegram"))
    records.save_case(
        records.open_db(work / "records.db"),
        sender_id=SENDER,
        channel="telegram",
        answers={"crime_type": "burglary", "borough": "hackney"},
        categories=["intimidated"],
        reasons=[],
        referrals=["victim-support-supportline"],
        contact={"referral_consent": True, "contact_safe": True},
    )
    with review_server.running(
        work, work / "rasa.db", work / "records.db", rasa_url=rasa.url, rasa_token=RASA_TOKEN
    ) as running:
        running.add_user(WORKER[0], "worker", WORKER[1])
        yield running


@pytest.fixture
def client(server: Server) -> Client:
    client = server.client()
    assert client.login(*WORKER).status_code == 302
    return client


def case_key(client: Client) -> str:
    found = re.search(r'href="/case/([^"/]+)"', client.get("/queue").text)
    assert found, "the queue links to the case"
    return found.group(1)


def audit_rows(server: Server, key: str) -> list[sqlite3.Row]:
    with sqlite3.connect(server.env["REVIEW_DB"]) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(
            "SELECT * FROM audit WHERE conversation = ? ORDER BY id", [key]
        ).fetchall()


def worker_rows(server: Server) -> list[tuple[Any, ...]]:
    """Everything workers recorded about the case, to show a refused action changed nothing."""
    with sqlite3.connect(server.work / "records.db") as conn:
        return [
            row
            for table in (
                "review_status",
                "review_notes",
                "review_tags",
                "review_referrals_sent",
                "review_corrections",
            )
            for row in conn.execute(f"SELECT * FROM {table}")
        ]


# ------------------------------------------------------------------- the table itself ----


def test_every_form_on_the_case_page_has_an_entry_and_every_entry_a_form() -> None:
    posted = set(
        re.findall(
            r'method="post" action="/case/\{\{ case\.key \}\}/([a-z-]+)"', TEMPLATE.read_text()
        )
    )
    assert posted == set(case_actions.ACTIONS)
    assert set(FORMS) == set(case_actions.ACTIONS), "the tests below cover every action"


def test_each_action_has_its_own_flash_message() -> None:
    assert len(case_actions.FLASHES) == len(case_actions.ACTIONS)
    assert all(action.flash for action in case_actions.ACTIONS.values())


def test_read_checks_the_fields_in_table_order_and_reads_no_others() -> None:
    form = {
        "organisation": ["made-up"],
        "method": ["?"],
        "sent_on": ["2026-11-28"],
        "status": ["closed"],
    }
    with pytest.raises(casework.CaseworkError, match="organisation"):
        case_actions.read(case_actions.ACTIONS["referral"], form.get)
    form["organisation"] = ["victim-support-supportline"]
    with pytest.raises(casework.CaseworkError, match="how the referral"):
        case_actions.read(case_actions.ACTIONS["referral"], form.get)
    form["method"] = ["phone"]
    values, lists = case_actions.read(case_actions.ACTIONS["referral"], form.get)
    assert values == {
        "organisation": "victim-support-supportline",
        "method": "phone",
        "sent_on": "2026-11-28",
    }
    assert lists == {}


def test_read_gives_checked_values_and_every_value_of_a_checkbox() -> None:
    correct = case_actions.ACTIONS["correct"]
    form = {"category": ["vulnerable", "intimidated"], "crime_type": [""]}
    values, lists = case_actions.read(correct, form.get)
    assert lists == {"category": ["vulnerable", "intimidated"]}
    assert values == {"crime_type": "", "comment": ""}
    tag, _ = case_actions.read(case_actions.ACTIONS["tag"], {"tag": ["  Call  BACK "]}.get)
    assert tag == {"tag": "call back"}


# ----------------------------------------------------------------------- over HTTP ----


def test_every_action_needs_the_csrf_token(server: Server, client: Client) -> None:
    key = case_key(client)
    client.get(f"/case/{key}")
    before_audit, before_rows = len(audit_rows(server, key)), worker_rows(server)
    for name, form in FORMS.items():
        for token in ({}, {"csrf_token": "forged"}):
            response = client.post(f"/case/{key}/{name}", {**form, **token}, csrf=False)
            assert response.status_code == 403, name
            assert "Form expired" in response.text
    assert len(audit_rows(server, key)) == before_audit
    assert worker_rows(server) == before_rows


def test_every_action_runs_is_audited_under_its_name_and_says_so(
    server: Server, client: Client, rasa: FakeRasa
) -> None:
    key = case_key(client)
    client.get(f"/case/{key}")
    for name, form in FORMS.items():
        action = case_actions.ACTIONS[name]
        response = client.post(f"/case/{key}/{name}", form)
        assert response.status_code == 302, (name, response.text[:500])
        assert response.headers["location"] == f"/case/{key}?done={action.done}#done"
        last = audit_rows(server, key)[-1]
        assert (last["action"], last["user"], last["role"]) == (action.audit, WORKER[0], "worker")
        page = client.get(response.headers["location"])
        assert (
            f'<div class="notice" id="done" role="status">{escape(action.flash)}</div>' in page.text
        )
    details = {r["action"]: r["detail"] for r in audit_rows(server, key)}
    assert details["add_note"] == f"{len('Rang back, no answer')} characters"
    assert details["set_status"] == "in_progress -> in_progress"
    assert details["referral_sent"] == "victim-support-supportline phone"
    assert details["correct_assessment"] == "differs from the bot"
    assert details["send_message"] == f"{len('Hello, this is Wendy')} characters"
    assert details["send_message_override"] == (
        f"{len('Hello again')} characters; reason agreed_follow_up; warned nothing"
    )
    everything = json.dumps([dict(r) for r in audit_rows(server, key)])
    assert "Rang back" not in everything and "Hello, this is" not in everything
    assert "Hello again" not in everything
    assert SENDER not in everything
    # The handoff actions reached Rasa, for this conversation, with the API token.
    events = [(path, query["token"], body) for path, query, body in rasa.calls]
    # Take-over and hand-back set the handoff slots; the message goes as the worker's.
    assert [[e["event"] for e in body] for _, _, body in events] == [
        ["slot", "slot"],
        ["bot", "slot", "slot"],
        ["bot", "slot", "slot"],
        ["slot", "slot", "bot"],
    ]
    assert events[0][2][0] == {"event": "slot", "name": "handoff", "value": "worker"}
    assert events[3][2][0] == {"event": "slot", "name": "handoff", "value": None}
    assert {path for path, _, _ in events} == {f"/conversations/{SENDER}/tracker/events"}
    assert {token[0] for _, token, _ in events} == {RASA_TOKEN}
    assert events[1][2][0]["metadata"] == {"review_worker": WORKER[0]}


@pytest.mark.parametrize(
    ("name", "form", "words"), REFUSED, ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(REFUSED)]
)
def test_a_refused_action_says_why_is_audited_and_changes_nothing(
    server: Server, client: Client, rasa: FakeRasa, name: str, form: dict[str, Any], words: str
) -> None:
    key = case_key(client)
    client.get(f"/case/{key}")
    before_rows, before_calls = worker_rows(server), len(rasa.calls)
    response = client.post(f"/case/{key}/{name}", form)
    assert response.status_code == 400
    assert words in response.text
    last = audit_rows(server, key)[-1]
    assert last["action"] == f"{case_actions.ACTIONS[name].audit}_refused"
    assert last["detail"] in ("CaseworkError", "HandoffError")
    assert worker_rows(server) == before_rows
    assert len(rasa.calls) == before_calls, "nothing reached the person"


def test_an_action_not_in_the_table_is_not_found(client: Client) -> None:
    key = case_key(client)
    client.get(f"/case/{key}")
    assert client.post(f"/case/{key}/delete", {}).status_code == 404
    assert client.post("/case/no-such-case/note", {"note": "x"}).status_code == 404

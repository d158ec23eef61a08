"""Every route over HTTP against the app in its own process: log-in, roles, CSRF, lockout,
headers, audit, and the case actions (on a case written by the bot's own records module)."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from core import records
from tests.support import review_server
from tests.support.review_server import Client, Server

WORKER, ADMIN = ("wendy", "W long pass phrase 1"), ("adam", "A long pass phrase 2")
XSS = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
CASE_GETS = ["/case/{key}", "/case/{key}/packet", "/case/{key}/packet.json"]
CASE_POSTS = [
    "assign",
    "unassign",
    "note",
    "status",
    "tag",
    "untag",
    "referral",
    "correct",
    "message",
    "message-override",
    "take-over",
    "hand-back",
]
ADMIN_GETS = ["/admin/users", "/admin/audit", "/admin/purge"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    work = tmp_path_factory.mktemp("review-http")
    db = records.open_db(work / "records.db")
    records.save_case(
        db,
        sender_id="+447700900555",
        channel="twilio",
        answers={"crime_type": "burglary", "borough": "hackney"},
        categories=["intimidated"],
        reasons=[
            {
                "category": "intimidated",
                "rule": "fear",
                "reason": "you are afraid of giving evidence",
                "reference": "Right 4",
            }
        ],
        referrals=["victim-support-supportline"],
        contact={
            "referral_consent": True,
            "contact_safe": True,
            "contact_method": "call",
            "contact_times": "after 6pm",
            "voicemail_ok": False,
            "contact_details": XSS,
        },
    )
    with review_server.running(work, work / "rasa.db", work / "records.db") as running:
        running.add_user(WORKER[0], "worker", WORKER[1])
        running.add_user(ADMIN[0], "admin", ADMIN[1])
        yield running


def _error(page: str) -> str:
    found = re.search(r'<div class="error-summary".*?</div>', page, re.S)
    assert found, "the page says what went wrong"
    return found.group(0)


def signed_in(server: Server, who: tuple[str, str] = WORKER) -> Client:
    client = server.client()
    assert client.login(*who).status_code == 302
    return client


def case_key(client: Client) -> str:
    found = re.search(r'href="/case/([^"/]+)"', client.get("/queue").text)
    assert found, "the queue links to the case"
    return found.group(1)


def audit_rows(server: Server, action: str | None = None) -> list[dict[str, Any]]:
    with sqlite3.connect(server.env["REVIEW_DB"]) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT * FROM audit ORDER BY id").fetchall()
    return [dict(r) for r in rows if action is None or r["action"] == action]


def test_without_a_session_every_page_sends_you_to_log_in(server: Server) -> None:
    client = server.client()
    for path in ["/queue", *[p.format(key="abc") for p in CASE_GETS], *ADMIN_GETS]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.headers["location"].startswith("/login?next=")
    for path in [f"/case/abc/{p}" for p in CASE_POSTS] + ["/admin/purge", "/admin/users"]:
        response = client.post(path, {"note": "x"}, csrf=False)
        assert response.status_code == 302 and "/login" in response.headers["location"], path


def test_log_in_sets_a_strict_http_only_cookie_and_log_out_ends_it(server: Server) -> None:
    client = server.client()
    response = client.login(*WORKER)
    cookie = response.headers["set-cookie"].lower()
    assert "review_session=" in cookie and "httponly" in cookie and "samesite=strict" in cookie
    assert response.headers["location"] == "/queue"
    assert client.get("/queue").status_code == 200
    assert client.post("/logout").status_code == 302
    assert client.get("/queue").status_code == 302, "the old cookie no longer works"


def test_log_in_form_needs_its_csrf_token(server: Server) -> None:
    client = server.client()
    client.get("/login")
    response = client.post("/login", {"name": WORKER[0], "password": WORKER[1]}, csrf=False)
    assert response.status_code == 403


def test_next_only_goes_to_a_local_page(server: Server) -> None:
    client = server.client()
    client.get("/login")
    response = client.post(
        "/login", {"name": WORKER[0], "password": WORKER[1], "next": "//evil.example/"}
    )
    assert response.headers["location"] == "/queue"


def test_workers_cannot_open_admin_pages(server: Server) -> None:
    client = signed_in(server)
    for path in ADMIN_GETS:
        assert client.get(path).status_code == 403, path
    before = len(audit_rows(server, "purge"))
    response = client.post("/admin/purge", {"days": "1", "confirm": "yes"})
    assert response.status_code == 403
    assert len(audit_rows(server, "purge")) == before
    assert audit_rows(server, "refused")[-1]["user"] == WORKER[0]


def test_a_form_without_the_csrf_token_is_refused(server: Server) -> None:
    client = signed_in(server)
    key = case_key(client)
    response = client.post(f"/case/{key}/note", {"note": "no token note"}, csrf=False)
    assert response.status_code == 403
    response = client.post(
        f"/case/{key}/note", {"note": "no token note", "csrf_token": "x"}, csrf=False
    )
    assert response.status_code == 403
    assert "no token note" not in client.get(f"/case/{key}").text


def test_lockout_after_five_wrong_passwords_until_an_admin_unlocks(server: Server) -> None:
    server.add_user("lockme", "worker", "L long pass phrase 3")
    client = server.client()
    for _ in range(4):
        assert client.login("lockme", "wrong password").status_code == 401
    locked = client.login("lockme", "wrong password")
    assert locked.status_code == 401 and "an administrator can unlock it" in locked.text
    right_but_locked = client.login("lockme", "L long pass phrase 3")
    assert right_but_locked.status_code == 401
    assert _error(right_but_locked.text) == _error(locked.text), "the same words for every failure"
    admin = signed_in(server, ADMIN)
    found = re.search(r"/admin/users/(\d+)/unlock", admin.get("/admin/users").text)
    assert found, "the locked account has an Unlock button"
    user_id = found.group(1)
    assert admin.post(f"/admin/users/{user_id}/unlock").status_code == 302
    assert client.login("lockme", "L long pass phrase 3").status_code == 302
    assert [r["action"] for r in audit_rows(server) if r["user"] == "lockme"][-3:] == [
        "login_locked",
        "login_locked",
        "login",
    ]


def test_every_page_has_the_security_headers(server: Server) -> None:
    client = signed_in(server)
    key = case_key(client)
    for path in ["/login", "/queue", f"/case/{key}", f"/case/{key}/packet"]:
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp
        assert "script-src 'none'" in csp
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["cache-control"] == "no-store"
    assert client.get("/static/review.css").status_code == 200


def test_what_a_victim_typed_is_shown_as_text(server: Server) -> None:
    client = signed_in(server)
    page = client.get(f"/case/{case_key(client)}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>" not in page and "<img src=x" not in page


def test_the_case_page_shows_the_safe_contact_box_and_masks_the_number(server: Server) -> None:
    client = signed_in(server)
    queue_page = client.get("/queue").text
    assert "+447700900555" not in queue_page and "555" in queue_page
    page = client.get(f"/case/{case_key(client)}").text
    assert "Do not leave a voicemail." in page
    assert "Only contact them: after 6pm." in page
    assert "you are afraid of giving evidence" in page.lower()
    assert "Victim Support" in page
    assert "+447700900555" not in page


def test_case_actions_are_recorded_and_audited_without_their_text(server: Server) -> None:
    client = signed_in(server)
    key = case_key(client)
    secret = "Rang at 6.15pm, spoke to her sister"
    steps: list[tuple[str, dict[str, Any], str]] = [
        ("assign", {}, "assigned"),
        ("note", {"note": secret}, "note"),
        ("tag", {"tag": "Callback "}, "tag"),
        ("status", {"status": "in_progress"}, "status"),
        (
            "referral",
            {
                "organisation": "victim-support-supportline",
                "sent_on": "2026-11-28",
                "method": "secure_email",
            },
            "referral",
        ),
        (
            "correct",
            {
                "category": ["intimidated", "vulnerable"],
                "crime_type": "burglary",
                "comment": "Has a disability",
            },
            "correction",
        ),
        ("untag", {"tag": "callback"}, "untag"),
    ]
    for action, form, done in steps:
        response = client.post(f"/case/{key}/{action}", form)
        assert response.status_code == 302, (action, response.text[:500])
        assert response.headers["location"] == f"/case/{key}?done={done}#done"
    page = client.get(f"/case/{key}").text
    assert secret in page
    assert "Referred" in page and "assigned to wendy" in page
    assert "Vulnerable" in page.split("Worker's assessment")[1][:600]
    packet = client.get(f"/case/{key}/packet.json").json()
    assert packet["categories"][0]["category"] == "intimidated", "the bot's answer is kept"
    assert packet["worker_assessment"]["categories"] == ["Vulnerable", "Intimidated"]
    assert packet["referrals_sent"][0]["organisation"] == "victim-support-supportline"
    assert "Do not leave a voicemail." in packet["safe_contact"]["instructions"]
    assert secret not in json.dumps(packet), "notes stay out of the referral packet"
    actions = [r["action"] for r in audit_rows(server) if r["conversation"] == key]
    for expected in [
        "view_case",
        "assign",
        "add_note",
        "add_tag",
        "set_status",
        "referral_sent",
        "correct_assessment",
        "remove_tag",
        "export_packet_json",
    ]:
        assert expected in actions
    assert secret not in json.dumps(audit_rows(server))
    assert "+447700900555" not in json.dumps(audit_rows(server))


def test_bad_input_is_refused_with_a_message(server: Server) -> None:
    client = signed_in(server)
    key = case_key(client)
    assert client.post(f"/case/{key}/status", {"status": "done"}).status_code == 400
    response = client.post(
        f"/case/{key}/referral",
        {"organisation": "made-up", "sent_on": "2026-11-28", "method": "phone"},
    )
    assert response.status_code == 400 and "Choose an organisation" in response.text
    assert client.post(f"/case/{key}/note", {"note": "   "}).status_code == 400


def test_a_message_fails_cleanly_when_the_bot_is_down(server: Server) -> None:
    client = signed_in(server)
    key = case_key(client)
    # Not waiting for a person: only an override may send, and the bot cannot be reached.
    response = client.post(f"/case/{key}/message", {"message": "Hello, this is Wendy"})
    assert response.status_code == 400 and "not asked to talk to a person" in response.text
    assert audit_rows(server, "send_message_refused")[-1]["detail"] == "NeedsOverride"
    override = {"override_reason": "safeguarding", "confirm": "yes"}
    response = client.post(
        f"/case/{key}/message-override", {"message": "Hello, this is Wendy", **override}
    )
    assert response.status_code == 400 and "could not be reached" in response.text
    assert audit_rows(server, "send_message_override_refused")


def test_an_unknown_case_is_not_found(server: Server) -> None:
    client = signed_in(server)
    assert client.get("/case/nope").status_code == 404
    assert client.get("/case/nope/packet.json").status_code == 404


def test_admins_read_and_filter_the_audit_log(server: Server) -> None:
    signed_in(server).get("/queue")
    admin = signed_in(server, ADMIN)
    page = admin.get("/admin/audit", params={"user": WORKER[0], "action": "view_queue"}).text
    assert "view_queue" in page and WORKER[0] in page
    assert "login" not in re.findall(r"<td>([a-z_]+)</td>", page)


def test_admins_create_accounts_in_the_app(server: Server) -> None:
    admin = signed_in(server, ADMIN)
    admin.get("/admin/users")
    response = admin.post(
        "/admin/users", {"name": "newbie", "role": "worker", "password": "N long pass phrase 4"}
    )
    assert response.status_code == 302
    assert server.client().login("newbie", "N long pass phrase 4").status_code == 302
    assert (
        admin.post(
            "/admin/users", {"name": "weak", "role": "worker", "password": "short"}
        ).status_code
        == 400
    )


def test_admin_purge_needs_confirmation_and_reports_counts(server: Server) -> None:
    admin = signed_in(server, ADMIN)
    admin.get("/admin/purge")
    assert admin.post("/admin/purge", {"days": "90"}).status_code == 400
    page = admin.post("/admin/purge", {"days": "90", "confirm": "yes"}).text
    assert "0 conversations" in page and "0 cases" in page
    assert audit_rows(server, "purge")[-1]["detail"].startswith("older than 90 days")

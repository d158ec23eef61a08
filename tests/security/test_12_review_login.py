"""Item 12: the review app answers a malformed CSRF token with a 400 and a malformed session
cookie as signed out, never with a 500."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import httpx
import pytest

from tests.support import review_server
from tests.support.review_server import Server

pytestmark = [pytest.mark.e2e, pytest.mark.attack]

WORKER = ("wendy", "W long pass phrase 1")
LOCKED = ("larry", "L long pass phrase 2")
DISABLED = ("dora", "D long pass phrase 3")
TIMED = ("tim", "T long pass phrase 4")  # its wrong passwords in the timing test lock it
ERROR = '<div class="error-summary"'


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Accounts in every state, and an address budget large enough to measure timings."""
    work = tmp_path_factory.mktemp("security-login")
    with review_server.running(
        work, work / "rasa.db", work / "records.db", REVIEW_LOGIN_ATTEMPTS="1000"
    ) as server:
        for name, password in (WORKER, LOCKED, DISABLED, TIMED):
            server.add_user(name, "worker", password)
        disable = sqlite3.connect(server.env["REVIEW_DB"])
        disable.execute("UPDATE users SET disabled = 1 WHERE name = ?", [DISABLED[0]])
        disable.commit()
        disable.close()
        client = server.client()
        for _ in range(5):
            assert client.login(LOCKED[0], "not the password").status_code == 401
        yield server


def test_a_malformed_csrf_token_is_a_400_not_a_500(app: Server) -> None:
    client = app.client()
    client.get("/login")
    for token in ("é" * 43, "x" * 500, "a b"):
        response = client.post(
            "/login", {"name": WORKER[0], "password": WORKER[1], "csrf_token": token}, csrf=False
        )
        assert response.status_code == 400, (token, response.status_code)
    assert client.login(*WORKER).status_code == 302
    client.get("/queue")
    response = client.post("/logout", {"csrf_token": "ü" * 43}, csrf=False)
    assert response.status_code == 400
    assert client.get("/queue").status_code == 200, "still signed in: nothing was done"


def test_a_malformed_session_cookie_is_ignored_not_a_500(app: Server) -> None:
    # SimpleCookie decodes octal escapes in a quoted value: this one arrives as non-ASCII text.
    headers = {"Cookie": 'review_session="abc.\\303\\251\\303\\251"'}
    response = httpx.get(f"{app.url}/queue", headers=headers, timeout=30)
    assert response.status_code == 302 and "/login" in response.headers["location"]

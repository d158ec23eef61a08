"""Item 12: the review app's log-in tells a stranger nothing, cannot be hammered from one
address, keeps serving while it checks passwords, and answers a malformed token with a 400.
Item 14 (last part): a failed log-in keeps nothing of what was typed as the name."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support import review_server
from tests.support.review_server import Client, Server

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


@pytest.fixture(scope="module")
def throttled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Behind one trusted proxy, so each test address is told apart by X-Forwarded-For."""
    work = tmp_path_factory.mktemp("security-throttle")
    with review_server.running(
        work,
        work / "rasa.db",
        work / "records.db",
        REVIEW_LOGIN_ATTEMPTS="4",
        REVIEW_PROXIES_COUNT="1",
    ) as server:
        server.add_user(WORKER[0], "worker", WORKER[1])
        yield server


def from_address(server: Server, address: str) -> Client:
    client = server.client()
    client.http.headers["X-Forwarded-For"] = address
    return client


def error_box(page: str) -> str:
    start = page.index(ERROR)
    return page[start : page.index("</div>", start)]


def test_every_failure_says_the_same_thing(app: Server) -> None:
    client = app.client()
    answers = {
        "unknown name": client.login("nobody-here", "whatever password"),
        "wrong password": client.login(WORKER[0], "not the password"),
        "locked account": client.login(*LOCKED),
        "disabled account": client.login(*DISABLED),
    }
    assert {what: r.status_code for what, r in answers.items()} == dict.fromkeys(answers, 401)
    boxes = {error_box(r.text) for r in answers.values()}
    assert len(boxes) == 1, boxes
    assert client.login(*WORKER).status_code == 302, "the worker who got it wrong once is fine"


def test_a_locked_account_takes_as_long_as_an_unknown_name(app: Server) -> None:
    # The old code refused a locked account before hashing anything: many times faster.
    client = app.client()
    times: dict[str, list[float]] = {"unknown": [], "locked": [], "wrong": []}
    logins = {
        "unknown": ("nobody-here", "whatever password"),
        "locked": LOCKED,
        "wrong": (TIMED[0], "not the password"),
    }
    for _ in range(9):
        for kind, (name, password) in logins.items():
            client.get("/login")
            started = time.perf_counter()
            response = client.post("/login", {"name": name, "password": password})
            times[kind].append(time.perf_counter() - started)
            assert response.status_code == 401
    # The quickest of each kind is its cost with the least interference from whatever else the
    # machine is doing (a median failed once with the whole suite running beside it); the
    # refusal before hashing that this guards against was many times faster, not 3 times.
    quickest = {kind: min(values) for kind, values in times.items()}
    slowest, fastest = max(quickest.values()), min(quickest.values())
    assert slowest < 3 * fastest, quickest


def test_the_app_keeps_answering_while_passwords_are_checked(app: Server) -> None:
    attempts = 20
    ready = threading.Barrier(attempts + 1)
    finished: list[float] = []

    def attempt() -> None:
        client = app.client()
        client.get("/login")
        ready.wait()
        client.post("/login", {"name": "nobody-here", "password": "whatever password"})
        finished.append(time.perf_counter())

    threads = [threading.Thread(target=attempt) for _ in range(attempts)]
    for thread in threads:
        thread.start()
    ready.wait()
    time.sleep(0.1)  # every attempt is sent before the page is asked for
    page = httpx.get(f"{app.url}/login", timeout=60)
    answered = time.perf_counter()
    for thread in threads:
        thread.join()
    assert page.status_code == 200
    # Hashing on the event loop served the attempts one after another, and the page only after
    # all of them; with the hashing in worker threads the page does not wait for them.
    before_page = sum(1 for moment in finished if moment < answered)
    assert before_page < attempts / 2, f"{before_page} of {attempts} attempts ended first"


def test_a_stranger_is_stopped_at_their_address_not_at_the_worker(throttled: Server) -> None:
    stranger = from_address(throttled, "203.0.113.9")
    for _ in range(4):
        assert stranger.login("guess-a-name", "guess a password").status_code == 401
    stopped = stranger.login(*WORKER)
    assert stopped.status_code == 429, "even a right password waits: nothing is checked"
    assert int(stopped.headers["retry-after"]) > 0
    assert "Too many attempts" in stopped.text
    # All at once, as a script would: none gets through while the bucket is empty.
    results: list[int] = []

    def attempt() -> None:
        client = from_address(throttled, "203.0.113.9")
        results.append(client.login("guess-a-name", "guess a password").status_code)

    threads = [threading.Thread(target=attempt) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(results) == {429}
    worker = from_address(throttled, "198.51.100.7")
    assert worker.login(*WORKER).status_code == 302, "the worker elsewhere signs in"
    throttled_entries = audit_actions(throttled).count("login_throttled")
    assert throttled_entries == 1, "a flood is audited once, not once per attempt"


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


def test_a_failed_log_in_keeps_nothing_of_what_was_typed(app: Server) -> None:
    typed = "Correct Horse 1947"  # a password typed into the name box
    client = app.client()
    assert client.login(typed, WORKER[1]).status_code == 401
    assert client.login(WORKER[0], typed).status_code == 401
    assert client.login(*WORKER).status_code == 302
    with sqlite3.connect(app.env["REVIEW_DB"]) as conn:
        everything = repr(conn.execute("SELECT * FROM audit").fetchall())
        users = {row[0] for row in conn.execute("SELECT user FROM audit WHERE user IS NOT NULL")}
    assert typed.lower() not in everything.lower()
    assert users <= {WORKER[0], LOCKED[0], DISABLED[0], TIMED[0], "cli"}, users
    assert app.log.read_text().lower().count(typed.lower()) == 0


def audit_actions(server: Server) -> list[str]:
    with sqlite3.connect(Path(server.env["REVIEW_DB"])) as conn:
        return [row[0] for row in conn.execute("SELECT action FROM audit ORDER BY id")]

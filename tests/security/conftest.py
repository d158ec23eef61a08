"""The attacks of issue 12, each tried against real servers of our own on 127.0.0.1.

One stack (action server and Rasa, as bin/run starts them, with every channel on and local fakes
of Twilio and Telegram) serves the whole folder; tests that break it (locking a database,
restarting Rasa) put it back. Every test marked ``attack`` is one attack: it passes when the
attack fails. The run ends with "N attacks tried, M succeeded".
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from twilio.request_validator import RequestValidator

from bench.stack import API_TOKEN, MODEL, Stack, rest_conversation
from tests.e2e.fake_telegram import FakeTelegram
from tests.e2e.fake_twilio import FakeTwilio

TELEGRAM_TOKEN = "424242:security-telegram-token"
TELEGRAM_SECRET = "security-telegram-secret"
TWILIO_SID = "AC" + "5ec0" * 8
TWILIO_TOKEN = "security-twilio-auth-token"
TWILIO_FROM = "+447700900000"
TWILIO_WEBHOOK_URL = "https://victims-bot.example.test/webhooks/sms/webhook"
WEBCHAT_KEY = "security-webchat-key-" + "3" * 32

_tried: list[str] = []
_succeeded: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "attack: one attack of issue 12; passes when it fails")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "attack" not in report.keywords:
        return
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _tried.append(report.nodeid)
        if report.outcome != "passed":
            _succeeded.append(report.nodeid)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _tried:
        return
    terminalreporter.write_line("")
    for nodeid in _succeeded:
        terminalreporter.write_line(f"attack succeeded: {nodeid}")
    terminalreporter.write_line(f"{len(_tried)} attacks tried, {len(_succeeded)} succeeded")


@dataclass
class Target:
    """The running stack and what the attacks need to reach it."""

    stack: Stack
    twilio: FakeTwilio
    telegram: FakeTelegram

    @property
    def url(self) -> str:
        return self.stack.url

    @property
    def actions_url(self) -> str:
        return f"http://127.0.0.1:{self.stack.actions_port}"

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        response = self.stack.say(sender, text)
        assert response.status_code == 200, response.text
        return response.json()

    def tracker_events(self, conversation: str) -> list[dict[str, Any]]:
        """Every event of a conversation, in memory or on disk, through Rasa's API."""
        response = httpx.get(
            f"{self.url}/conversations/{conversation}/tracker",
            params={"token": API_TOKEN},
            timeout=30,
        )
        assert response.status_code == 200, response.text
        return list(response.json().get("events") or [])

    def user_texts(self, conversation: str) -> list[str]:
        return [e.get("text") for e in self.tracker_events(conversation) if e["event"] == "user"]

    def logs(self) -> str:
        return self.stack.log_text()

    def sms(self, number: str, body: str, sid: str | None = None) -> httpx.Response:
        params = sms_params(number, body, sid)
        return post_sms(self, params, sign_sms(params))

    def texts_to(self, number: str, containing: str, timeout: float = 60) -> list[str]:
        """The texts sent to ``number`` once one contains ``containing`` (or the time is up)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            sent = self.twilio.bodies(number)
            if any(containing in body for body in sent):
                return sent
            time.sleep(0.2)
        return self.twilio.bodies(number)

    def telegram_update(self, update: dict[str, Any]) -> httpx.Response:
        return httpx.post(
            f"{self.url}/webhooks/telegram/webhook",
            json=update,
            headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET},
            timeout=60,
        )


def sms_params(number: str, body: str, sid: str | None = None) -> dict[str, str]:
    return {
        "MessageSid": sid or "SM" + uuid.uuid4().hex,
        "AccountSid": TWILIO_SID,
        "From": number,
        "To": TWILIO_FROM,
        "NumMedia": "0",
        "Body": body,
    }


def sign_sms(params: dict[str, str]) -> str:
    return RequestValidator(TWILIO_TOKEN).compute_signature(TWILIO_WEBHOOK_URL, params)


def post_sms(target: Target, params: dict[str, str], signature: str) -> httpx.Response:
    return httpx.post(
        f"{target.url}/webhooks/sms/webhook",
        data=params,
        headers={"X-Twilio-Signature": signature},
        timeout=60,
    )


def new_number() -> str:
    return "+4477009" + str(uuid.uuid4().int)[:5]


@pytest.fixture(scope="session")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    if not MODEL.exists():
        pytest.fail("models/victims.tar.gz is missing: bin/test trains it before pytest")
    telegram = FakeTelegram(TELEGRAM_TOKEN).start()
    twilio = FakeTwilio(TWILIO_SID, TWILIO_TOKEN).start()
    stack = Stack(
        tmp_path_factory.mktemp("security"),
        env={
            "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
            "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
            "TELEGRAM_API_BASE_URL": telegram.url,
            "TWILIO_ACCOUNT_SID": TWILIO_SID,
            "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
            "TWILIO_FROM_NUMBER": TWILIO_FROM,
            "TWILIO_WEBHOOK_URL": TWILIO_WEBHOOK_URL,
            "TWILIO_API_BASE_URL": twilio.url,
            "SMS_HASH_KEY": "security-sms-hash-key",
            "WEBCHAT_SECRET_KEY": WEBCHAT_KEY,
        },
    )
    try:
        stack.start()
        yield Target(stack, twilio, telegram)
    finally:
        stack.stop()
        telegram.stop()
        twilio.stop()


@pytest.fixture
def sender() -> str:
    return f"sec-{uuid.uuid4().hex[:10]}"


@contextmanager
def write_locked(db: Path) -> Iterator[None]:
    """Hold ``db``'s write lock (as a long writer would) until the block ends."""
    release, locked = threading.Event(), threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(db, timeout=30)
        conn.execute("BEGIN IMMEDIATE")
        locked.set()
        release.wait(120)
        conn.rollback()
        conn.close()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert locked.wait(10), f"could not lock {db}"
        yield
    finally:
        release.set()
        holder.join()


def consented(target: Target, sender: str) -> None:
    """Start a REST conversation that agrees to the privacy notice (so it is stored)."""
    for message, expected in [
        ("hi", "not the police"),
        ("yeah thats fine", "in danger right now"),
        ("no im ok", "what happened"),
    ]:
        text = " ".join(m.get("text") or "" for m in target.say(sender, message)).lower()
        assert expected in text, text


def stored_bytes(*paths: Path) -> bytes:
    """The raw bytes of database files and their WAL and shared-memory files."""
    data = b""
    for path in paths:
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if candidate.exists():
                data += candidate.read_bytes()
    return data


def events_on_disk(db: Path, conversation: str) -> list[dict[str, Any]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT data FROM events WHERE sender_id = ? ORDER BY id", [conversation]
        ).fetchall()
    return [json.loads(row[0]) for row in rows]


__all__ = ["rest_conversation"]

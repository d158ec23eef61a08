"""Start the action server and Rasa on free local ports, as bin/run does, for whole conversations.

The servers come from bench/stack.py, which the fault tests and the benchmark share.

Each test session gets its own conversation and records databases in a temporary folder, so
the tests never touch var/ and do not depend on each other's order (each uses its own sender).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from fake_telegram import FakeTelegram
from fake_twilio import FakeTwilio

from bench.stack import API_TOKEN, MODEL, REST_HEADERS, Stack, free_port, rest_conversation

__all__ = ["API_TOKEN", "free_port"]  # imported by the channel tests

TELEGRAM_TOKEN = "123456:e2e-telegram-token"
TELEGRAM_SECRET = "e2e-telegram-secret"
# Test values for the SMS channel (bot/channels/sms/); texts go to a local fake of Twilio.
TWILIO_SID = "AC" + "e2e0" * 8
TWILIO_TOKEN = "e2e-twilio-auth-token"
TWILIO_FROM = "+447700900000"
# The public URL Twilio would sign; deliberately not the local address Rasa listens on.
TWILIO_WEBHOOK_URL = "https://victims-bot.example.test/webhooks/sms/webhook"


@dataclass
class Bot:
    url: str
    tracker_db: Path
    records_db: Path
    logs: list[Path]
    # A local port for the web chat tests' stand-in sites (no internet): the quick exit goes to
    # http://127.0.0.1:<port>/weather, and pages there may embed the chat or open its socket.
    neutral_port: int = 0
    telegram: FakeTelegram | None = None
    twilio: FakeTwilio | None = None
    client: httpx.Client = field(
        default_factory=lambda: httpx.Client(timeout=60, headers=REST_HEADERS)
    )
    # Senders that spoke through the REST channel, whose conversations Rasa keeps as "rest:...".
    rest_senders: set[str] = field(default_factory=set)

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        self.rest_senders.add(sender)
        response = self.client.post(
            f"{self.url}/webhooks/rest/webhook", json={"sender": sender, "message": text}
        )
        response.raise_for_status()
        return response.json()

    def conversation(self, sender: str) -> str:
        """The conversation id Rasa keeps for ``sender``: REST senders have their own space;
        SMS numbers, Telegram chats and web chat sessions are used as they are."""
        return rest_conversation(sender) if sender in self.rest_senders else sender

    def events(self, sender: str) -> list[dict[str, Any]]:
        with sqlite3.connect(self.tracker_db) as conn:
            rows = conn.execute(
                "SELECT data FROM events WHERE sender_id = ? ORDER BY id",
                [self.conversation(sender)],
            ).fetchall()
        return [json.loads(row[0]) for row in rows]

    def slots(self, sender: str) -> dict[str, Any]:
        slots: dict[str, Any] = {}
        for event in self.events(sender):
            if event["event"] == "slot":
                slots[event["name"]] = event["value"]
        return slots

    def record(self, sender: str) -> dict[str, Any] | None:
        if not self.records_db.exists():
            return None
        with sqlite3.connect(self.records_db) as conn:
            conn.row_factory = sqlite3.Row
            row = conn.execute(
                "SELECT * FROM cases WHERE sender_id = ?", [self.conversation(sender)]
            ).fetchone()
        return dict(row) if row else None

    def flags(self, sender: str) -> list[str]:
        with sqlite3.connect(self.records_db) as conn:
            return [
                r[0]
                for r in conn.execute(
                    "SELECT flag FROM flags WHERE sender_id = ? ORDER BY id",
                    [self.conversation(sender)],
                )
            ]


@pytest.fixture(scope="session")
def bot(tmp_path_factory) -> Iterator[Bot]:
    if not MODEL.exists():
        pytest.fail("models/victims.tar.gz is missing: bin/test trains it before pytest")
    # The channels talk to local fakes of Telegram's and Twilio's APIs (fake_*.py here).
    telegram = FakeTelegram(TELEGRAM_TOKEN).start()
    twilio = FakeTwilio(TWILIO_SID, TWILIO_TOKEN).start()
    neutral_port = free_port()
    stack = Stack(
        tmp_path_factory.mktemp("bot"),
        env={
            "WEBCHAT_EXIT_URL": f"http://127.0.0.1:{neutral_port}/weather",
            "WEBCHAT_ALLOWED_ORIGINS": f"http://127.0.0.1:{neutral_port}",
            "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
            "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
            "TELEGRAM_API_BASE_URL": telegram.url,
            "TWILIO_ACCOUNT_SID": TWILIO_SID,
            "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
            "TWILIO_FROM_NUMBER": TWILIO_FROM,
            "TWILIO_WEBHOOK_URL": TWILIO_WEBHOOK_URL,
            "TWILIO_API_BASE_URL": twilio.url,
            "SMS_HASH_KEY": "e2e-sms-hash-key",
        },
    )
    try:
        stack.start()
        yield Bot(
            stack.url, stack.tracker_db, stack.records_db, stack.logs,
            neutral_port=neutral_port, telegram=telegram, twilio=twilio,
        )  # fmt: skip
    finally:
        stack.stop()
        telegram.stop()
        twilio.stop()


@pytest.fixture
def sender() -> str:
    return f"e2e-{uuid.uuid4().hex[:10]}"

"""Start the action server and Rasa on free local ports, as bin/run does, for whole conversations.

Each test session gets its own conversation and records databases in a temporary folder, so
the tests never touch var/ and do not depend on each other's order (each uses its own sender).
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from fake_telegram import FakeTelegram
from fake_twilio import FakeTwilio

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "victims.tar.gz"
RASA = Path(sys.executable).parent / "rasa"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


API_TOKEN = "e2e-api-token"
TELEGRAM_TOKEN = "123456:e2e-telegram-token"
TELEGRAM_SECRET = "e2e-telegram-secret"
# Test values for the SMS channel (bot/channels/sms.py); texts go to a local fake of Twilio.
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
    client: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=60))

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        response = self.client.post(
            f"{self.url}/webhooks/rest/webhook", json={"sender": sender, "message": text}
        )
        response.raise_for_status()
        return response.json()

    def events(self, sender: str) -> list[dict[str, Any]]:
        with sqlite3.connect(self.tracker_db) as conn:
            rows = conn.execute(
                "SELECT data FROM events WHERE sender_id = ? ORDER BY id", [sender]
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
            row = conn.execute("SELECT * FROM cases WHERE sender_id = ?", [sender]).fetchone()
        return dict(row) if row else None

    def flags(self, sender: str) -> list[str]:
        with sqlite3.connect(self.records_db) as conn:
            return [
                r[0]
                for r in conn.execute(
                    "SELECT flag FROM flags WHERE sender_id = ? ORDER BY id", [sender]
                )
            ]


def _wait_for(url: str, processes: list[subprocess.Popen], logs: list[Path], timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process, log in zip(processes, logs, strict=True):
            if process.poll() is not None:
                raise RuntimeError(f"server exited early:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


@pytest.fixture(scope="session")
def bot(tmp_path_factory) -> Iterator[Bot]:
    if not MODEL.exists():
        pytest.fail("models/victims.tar.gz is missing: bin/test trains it before pytest")
    work = tmp_path_factory.mktemp("bot")
    # The Telegram channel talks to a local fake of the Bot API (tests/e2e/fake_telegram.py).
    telegram = FakeTelegram(TELEGRAM_TOKEN).start()
    rasa_port, actions_port = free_port(), free_port()
    tracker_db, records_db = work / "rasa.db", work / "records.db"
    endpoints = work / "endpoints.yml"
    neutral_port = free_port()
    endpoints.write_text(
        f'action_endpoint:\n  url: "http://127.0.0.1:{actions_port}/webhook"\n'
        "tracker_store:\n  type: bot.tracker_store.ConsentAwareTrackerStore\n"
        f"  dialect: sqlite\n  db: {tracker_db}\n"
    )
    twilio = FakeTwilio(TWILIO_SID, TWILIO_TOKEN).start()
    env = {
        **os.environ,
        "VICTIMS_RECORDS_DB": str(records_db),
        "SANIC_HOST": "127.0.0.1",
        "RASA_TELEMETRY_ENABLED": "false",
        "PYTHONPATH": str(ROOT),
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
    }
    logs = [work / "actions.log", work / "rasa.log"]
    commands = [
        [str(RASA), "run", "actions", "--actions", "actions", "--port", str(actions_port)],
        [
            str(RASA), "run", "--model", str(MODEL), "--endpoints", str(endpoints),
            "--credentials", str(ROOT / "credentials.yml"), "--interface", "127.0.0.1",
            "--port", str(rasa_port), "--enable-api", "--auth-token", API_TOKEN,
        ],
    ]  # fmt: skip
    processes = [
        subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
        for cmd, log in zip(commands, logs, strict=True)
    ]
    try:
        _wait_for(f"http://127.0.0.1:{actions_port}/health", processes[:1], logs[:1], 60)
        _wait_for(f"http://127.0.0.1:{rasa_port}/", processes, logs, 180)
        yield Bot(
            f"http://127.0.0.1:{rasa_port}", tracker_db, records_db, logs,
            neutral_port=neutral_port, telegram=telegram, twilio=twilio,
        )  # fmt: skip
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        telegram.stop()
        twilio.stop()


@pytest.fixture
def sender() -> str:
    return f"e2e-{uuid.uuid4().hex[:10]}"

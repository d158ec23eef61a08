"""Conversations written straight into a tracker store file, as Rasa's SQL tracker store keeps
them (``events``: one row per event, a slot's name in ``action_name``), for review app tests
that need a conversation in a given state without running the bot."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any


def write_events(path: Path, sender_id: str, events: list[dict[str, Any]]) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, "
            "sender_id VARCHAR(255) NOT NULL, type_name VARCHAR(255), timestamp FLOAT, "
            "intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)"
        )
        for event in events:
            stamped = {"timestamp": time.time(), **event}
            conn.execute(
                "INSERT INTO events (sender_id, type_name, timestamp, action_name, data) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    sender_id,
                    event["event"],
                    stamped["timestamp"],
                    event.get("name") if event["event"] == "slot" else None,
                    json.dumps(stamped),
                ],
            )


def said(text: str, channel: str) -> dict[str, Any]:
    return {"event": "user", "text": text, "input_channel": channel, "parse_data": {}}


def slot(name: str, value: Any) -> dict[str, Any]:
    return {"event": "slot", "name": name, "value": value}


def asked_for_a_person(channel: str) -> list[dict[str, Any]]:
    """What the bot's handoff leaves when the person asks for a person (actions/dialogue.py)."""
    return [
        said("can i talk to a real person", channel),
        slot("waiting_for_person", True),
        slot("handoff", "waiting"),
    ]

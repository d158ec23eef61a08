"""Reading conversations back from Rasa's tracker store (``events`` table), read only.

Rasa has no endpoint that lists conversations (rasa-3.6-notes 3.4), so the app reads the table
directly; the SQL stays here. Slot events store the slot's name in ``action_name`` and the
full event, with its value, in ``data``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from review.store import has_events

# Set in a bot event's metadata by the app, so the transcript shows who wrote it.
WORKER_KEY = "review_worker"


@dataclass
class Summary:
    sender_id: str
    first: float
    last: float
    user_messages: int
    channel: str | None
    slots: dict[str, Any] = field(default_factory=dict)

    @property
    def waiting_for_person(self) -> bool:
        """They asked for a person (the bot answers them meanwhile, actions/dialogue.py)."""
        return self.slots.get("waiting_for_person") is True

    @property
    def taken_by_worker(self) -> bool:
        """A support worker has taken the conversation; the bot keeps quiet while they answer."""
        return self.waiting_for_person and self.slots.get("handoff") == "worker"


@dataclass(frozen=True)
class Turn:
    kind: str  # user, bot, worker, taken (by a worker), handed_back
    at: float
    text: str = ""
    channel: str | None = None
    intent: str | None = None
    confidence: float | None = None
    worker: str | None = None
    buttons: tuple[str, ...] = ()


_SUMMARY_SQL = """
SELECT sender_id, MIN(timestamp) AS first, MAX(timestamp) AS last,
       SUM(type_name = 'user') AS user_messages,
       (SELECT json_extract(e2.data, '$.input_channel') FROM events e2
         WHERE e2.sender_id = e.sender_id AND e2.type_name = 'user'
         ORDER BY e2.id DESC LIMIT 1) AS channel
FROM events e {where} GROUP BY sender_id
"""


def summaries(conn: sqlite3.Connection, sender_ids: Iterable[str] | None = None) -> list[Summary]:
    """One summary per stored conversation (or just those asked for), with its latest slots."""
    if not has_events(conn):
        return []
    params: list[str] = []
    where = ""
    if sender_ids is not None:
        params = list(sender_ids)
        if not params:
            return []
        where = f"WHERE sender_id IN ({','.join('?' * len(params))})"
    rows = conn.execute(_SUMMARY_SQL.format(where=where), params).fetchall()
    result = {
        row["sender_id"]: Summary(
            sender_id=row["sender_id"],
            first=row["first"],
            last=row["last"],
            user_messages=row["user_messages"] or 0,
            channel=row["channel"],
        )
        for row in rows
    }
    for sender_id, slots in latest_slots(conn, list(result) if sender_ids else None).items():
        if sender_id in result:
            result[sender_id].slots = slots
    return list(result.values())


def latest_slots(
    conn: sqlite3.Connection, sender_ids: list[str] | None = None
) -> dict[str, dict[str, Any]]:
    """The current value of every slot set in each conversation (a restart clears them)."""
    params: list[str] = list(sender_ids or [])
    where = f"AND sender_id IN ({','.join('?' * len(params))})" if params else ""
    slots: dict[str, dict[str, Any]] = {}
    for row in conn.execute(
        f"SELECT sender_id, type_name, data FROM events WHERE type_name IN ('slot', 'restart') "
        f"{where} ORDER BY id",
        params,
    ):
        if row["type_name"] == "restart":
            slots[row["sender_id"]] = {}
            continue
        event = json.loads(row["data"])
        slots.setdefault(row["sender_id"], {})[event.get("name")] = event.get("value")
    return slots


def asked_for_person(conn: sqlite3.Connection, sender_id: str) -> bool:
    """Whether the person asked for a person themselves, and has not been handed back since.

    Only the bot's handoff (``actions/dialogue.py``, on the person's own request) sets the
    ``handoff`` slot to "waiting"; a worker taking the conversation sets "worker" whether they
    asked or not, and handing back, stop or a restart end it. So they asked when a "waiting"
    came after the last end.
    """
    if not has_events(conn):
        return False
    asked = False
    for row in conn.execute(
        "SELECT type_name, data FROM events WHERE sender_id = ? AND (type_name = 'restart' "
        "OR (type_name = 'slot' AND action_name = 'handoff')) ORDER BY id",
        [sender_id],
    ):
        value = None if row["type_name"] == "restart" else json.loads(row["data"]).get("value")
        if value == "waiting":
            asked = True
        elif value is None:
            asked = False
    return asked


def transcript(conn: sqlite3.Connection, sender_id: str) -> list[Turn]:
    if not has_events(conn):
        return []
    turns: list[Turn] = []
    channel: str | None = None
    for row in conn.execute(
        "SELECT type_name, timestamp, data FROM events WHERE sender_id = ? "
        "AND (type_name IN ('user', 'bot') OR (type_name = 'slot' AND action_name = 'handoff')) "
        "ORDER BY id",
        [sender_id],
    ):
        event = json.loads(row["data"])
        kind = row["type_name"]
        if kind == "user":
            channel = event.get("input_channel") or channel
            intent = (event.get("parse_data") or {}).get("intent") or {}
            turns.append(
                Turn(
                    "user",
                    row["timestamp"],
                    event.get("text") or "",
                    channel,
                    intent.get("name"),
                    intent.get("confidence"),
                )
            )
        elif kind == "bot":
            metadata = event.get("metadata") or {}
            data = event.get("data") or {}
            buttons = tuple(str(b.get("title", "")) for b in data.get("buttons") or [])
            worker = metadata.get(WORKER_KEY)
            turns.append(
                Turn(
                    "worker" if worker else "bot",
                    row["timestamp"],
                    event.get("text") or "",
                    channel,
                    worker=worker,
                    buttons=buttons,
                )
            )
        elif event.get("value") == "worker":
            turns.append(Turn("taken", row["timestamp"]))
        elif event.get("value") is None:
            turns.append(Turn("handed_back", row["timestamp"]))
    return turns


def search(conn: sqlite3.Connection, term: str) -> set[str]:
    """Conversations in which the person or the bot wrote ``term`` (case-insensitive)."""
    if not term.strip() or not has_events(conn):
        return set()
    escaped = term.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute(
        "SELECT DISTINCT sender_id FROM events WHERE type_name IN ('user', 'bot') "
        "AND json_extract(data, '$.text') LIKE ? ESCAPE '\\'",
        [f"%{escaped}%"],
    )
    return {row[0] for row in rows}

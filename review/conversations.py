"""Reading conversations back from Rasa's tracker store (``events`` table), read only: the
SQLite file, or PostgreSQL when ``DATABASE_URL`` is set (``store.tracker_db``).

Rasa has no endpoint that lists conversations (rasa-3.6-notes 3.4), so the app reads the table
directly; the SQL stays here and in ``queue_index``, written for both databases (``json_text``
is the one place they differ). Slot events store the slot's name in ``action_name`` and the
full event, with its value, in ``data``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from review.store import Tracker, has_events, json_text

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
    response: str | None = None  # the bot's response by name (Rasa's ``utter_action``)


def _summary_sql(tracker: Tracker, where: str) -> str:
    channel = json_text(tracker, "e2.data", "input_channel")
    return f"""
SELECT sender_id, MIN(timestamp) AS first, MAX(timestamp) AS last,
       SUM(CASE WHEN type_name = 'user' THEN 1 ELSE 0 END) AS user_messages,
       (SELECT {channel} FROM events e2
         WHERE e2.sender_id = e.sender_id AND e2.type_name = 'user'
         ORDER BY e2.id DESC LIMIT 1) AS channel
FROM events e {where} GROUP BY sender_id
"""


def _senders_in(sql: str) -> sa.sql.elements.TextClause:
    return sa.text(sql).bindparams(sa.bindparam("senders", expanding=True))


def summaries(tracker: Tracker, sender_ids: Iterable[str] | None = None) -> list[Summary]:
    """One summary per stored conversation (or just those asked for), with its latest slots."""
    if not has_events(tracker):
        return []
    wanted: list[str] | None = None
    if sender_ids is not None:
        wanted = list(sender_ids)
        if not wanted:
            return []
    with tracker.connect() as conn:
        if wanted is None:
            rows = conn.execute(sa.text(_summary_sql(tracker, ""))).all()
        else:
            query = _senders_in(_summary_sql(tracker, "WHERE sender_id IN :senders"))
            rows = conn.execute(query, {"senders": wanted}).all()
    result = {
        row.sender_id: Summary(
            sender_id=row.sender_id,
            first=row.first,
            last=row.last,
            user_messages=row.user_messages or 0,
            channel=row.channel,
        )
        for row in rows
    }
    for sender_id, slots in latest_slots(tracker, list(result) if wanted else None).items():
        if sender_id in result:
            result[sender_id].slots = slots
    return list(result.values())


def latest_slots(
    tracker: Tracker, sender_ids: list[str] | None = None
) -> dict[str, dict[str, Any]]:
    """The current value of every slot set in each conversation (a restart clears them)."""
    where = "AND sender_id IN :senders" if sender_ids else ""
    query = (
        f"SELECT sender_id, type_name, data FROM events WHERE type_name IN ('slot', 'restart') "
        f"{where} ORDER BY id"
    )
    slots: dict[str, dict[str, Any]] = {}
    with tracker.connect() as conn:
        if sender_ids:
            rows = conn.execute(_senders_in(query), {"senders": sender_ids})
        else:
            rows = conn.execute(sa.text(query))
        for sender_id, type_name, data in rows:
            if type_name == "restart":
                slots[sender_id] = {}
                continue
            event = json.loads(data)
            slots.setdefault(sender_id, {})[event.get("name")] = event.get("value")
    return slots


def asked_for_person(tracker: Tracker, sender_id: str) -> bool:
    """Whether the person asked for a person themselves, and has not been handed back since.

    Only the bot's handoff (``actions/dialogue.py``, on the person's own request) sets the
    ``handoff`` slot to "waiting"; a worker taking the conversation sets "worker" whether they
    asked or not, and handing back, stop or a restart end it. So they asked when a "waiting"
    came after the last end.
    """
    if not has_events(tracker):
        return False
    asked = False
    with tracker.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT type_name, data FROM events WHERE sender_id = :sender AND "
                "(type_name = 'restart' OR (type_name = 'slot' AND action_name = 'handoff')) "
                "ORDER BY id"
            ),
            {"sender": sender_id},
        ).all()
    for type_name, data in rows:
        value = None if type_name == "restart" else json.loads(data).get("value")
        if value == "waiting":
            asked = True
        elif value is None:
            asked = False
    return asked


def transcript(tracker: Tracker, sender_id: str) -> list[Turn]:
    if not has_events(tracker):
        return []
    with tracker.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT type_name, timestamp, data FROM events WHERE sender_id = :sender AND "
                "(type_name IN ('user', 'bot') OR (type_name = 'slot' AND action_name = 'handoff'))"
                " ORDER BY id"
            ),
            {"sender": sender_id},
        ).all()
    turns: list[Turn] = []
    channel: str | None = None
    for kind, timestamp, data in rows:
        event = json.loads(data)
        if kind == "user":
            channel = event.get("input_channel") or channel
            intent = (event.get("parse_data") or {}).get("intent") or {}
            turns.append(
                Turn(
                    "user",
                    timestamp,
                    event.get("text") or "",
                    channel,
                    intent.get("name"),
                    intent.get("confidence"),
                )
            )
        elif kind == "bot":
            metadata = event.get("metadata") or {}
            bot_data = event.get("data") or {}
            buttons = tuple(str(b.get("title", "")) for b in bot_data.get("buttons") or [])
            worker = metadata.get(WORKER_KEY)
            turns.append(
                Turn(
                    "worker" if worker else "bot",
                    timestamp,
                    event.get("text") or "",
                    channel,
                    worker=worker,
                    buttons=buttons,
                    response=metadata.get("utter_action"),
                )
            )
        elif event.get("value") == "worker":
            turns.append(Turn("taken", timestamp))
        elif event.get("value") is None:
            turns.append(Turn("handed_back", timestamp))
    return turns


# The bot's replies saying it could not answer what the person asked (bot/domain/responses.yml):
# a worker who contacts them should answer these first.
COULD_NOT_ANSWER = frozenset(
    {
        "utter_cannot_answer",
        "utter_question_beside_answer",
        "utter_f88b_question_beside_answer_no_calls",
        "utter_j6_cannot_answer_not_kept",
        "utter_j6_question_beside_answer_not_kept",
        "utter_s83e_cannot_answer_person_asked",
        "utter_answered_above",
    }
)


def unanswered_questions(turns: list[Turn]) -> list[Turn]:
    """The person's messages the bot replied to with "I can't answer that one here" (or "I've
    sent what I know about that above"), in order, each once."""
    asked: list[Turn] = []
    last: Turn | None = None
    for turn in turns:
        if turn.kind == "user":
            last = turn
        elif turn.kind in ("worker", "taken", "handed_back"):
            last = None
        elif turn.response in COULD_NOT_ANSWER and last is not None:
            asked.append(last)
            last = None
    return asked


def search(tracker: Tracker, term: str) -> set[str]:
    """Conversations in which the person or the bot wrote ``term`` (case-insensitive)."""
    if not term.strip() or not has_events(tracker):
        return set()
    escaped = term.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    # SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE of every letter.
    like = "ILIKE" if tracker.dialect.name == "postgresql" else "LIKE"
    text = json_text(tracker, "data", "text")
    with tracker.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT DISTINCT sender_id FROM events WHERE type_name IN ('user', 'bot') "
                f"AND {text} {like} :pattern ESCAPE '\\'"
            ),
            {"pattern": f"%{escaped}%"},
        )
        return {row[0] for row in rows}

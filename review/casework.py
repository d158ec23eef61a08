"""What workers record about a conversation, in the records DB's ``review_*`` tables.

Rows are keyed by ``sender_id`` so that ``core.records.erase`` (a person's erasure request)
and the retention purge delete them with the case. Pages and the audit log name a conversation
by its random review key instead, so no sender id (often a phone number) reaches a URL or a log.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlite_utils

from core.records import now_iso
from review.store import dict_rows

STATUSES = {"new": "New", "in_progress": "In progress", "referred": "Referred", "closed": "Closed"}
REFERRAL_METHODS = {
    "phone": "By phone",
    "secure_email": "By secure email",
    "online_form": "Online referral form",
    "in_person": "In person",
    "other": "Other",
}
MAX_NOTE_CHARS = 5000
MAX_TAG_CHARS = 40


class CaseworkError(ValueError):
    """The worker's input cannot be recorded as given."""


@dataclass
class CaseState:
    status: str = "new"
    assigned_to: str | None = None
    tags: list[str] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    referrals_sent: list[dict[str, Any]] = field(default_factory=list)
    corrections: list[dict[str, Any]] = field(default_factory=list)


def key_for(db: sqlite_utils.Database, sender_id: str) -> str:
    row = db.conn.execute("SELECT key FROM review_keys WHERE sender_id = ?", [sender_id]).fetchone()
    if row:
        return row[0]
    key = secrets.token_urlsafe(9)
    with db.conn:
        db.conn.execute(
            "INSERT OR IGNORE INTO review_keys (sender_id, key) VALUES (?, ?)", [sender_id, key]
        )
    return db.conn.execute(
        "SELECT key FROM review_keys WHERE sender_id = ?", [sender_id]
    ).fetchone()[0]


def keys_for(db: sqlite_utils.Database, sender_ids: Iterable[str]) -> dict[str, str]:
    return {sender_id: key_for(db, sender_id) for sender_id in sender_ids}


def sender_for(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.conn.execute("SELECT sender_id FROM review_keys WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def states(
    db: sqlite_utils.Database, sender_ids: Iterable[str] | None = None
) -> dict[str, CaseState]:
    """The worker-side state of each conversation (all of them when ``sender_ids`` is None).

    Asked for some, it reads only theirs, by the tables' sender_id indexes: the case page and
    the queue's page ask for one or a page's worth among many thousands.
    """
    result: dict[str, CaseState] = {}

    def rows(sql: str) -> Iterator[dict[str, Any]]:
        if sender_ids is None:
            yield from dict_rows(db.conn.execute(sql.format(where="1")))
            return
        wanted = sorted(set(sender_ids))
        for start in range(0, len(wanted), 500):
            batch = json.dumps(wanted[start : start + 500])
            where = "sender_id IN (SELECT value FROM json_each(?))"
            yield from dict_rows(db.conn.execute(sql.format(where=where), [batch]))

    def state(sender_id: str) -> CaseState:
        return result.setdefault(sender_id, CaseState())

    for row in rows("SELECT * FROM review_status WHERE {where}"):
        s = state(row["sender_id"])
        s.status, s.assigned_to = row["status"], row["assigned_to"]
    for row in rows("SELECT * FROM review_tags WHERE {where} ORDER BY tag"):
        state(row["sender_id"]).tags.append(row["tag"])
    for row in rows("SELECT * FROM review_notes WHERE {where} ORDER BY id"):
        state(row["sender_id"]).notes.append(row)
    for row in rows("SELECT * FROM review_referrals_sent WHERE {where} ORDER BY id"):
        state(row["sender_id"]).referrals_sent.append(row)
    for row in rows("SELECT * FROM review_corrections WHERE {where} ORDER BY id"):
        correction = row
        correction["bot_categories"] = json.loads(row["bot_categories"])
        correction["worker_categories"] = json.loads(row["worker_categories"])
        state(row["sender_id"]).corrections.append(correction)
    return result


def state_of(db: sqlite_utils.Database, sender_id: str) -> CaseState:
    return states(db, [sender_id]).get(sender_id, CaseState())


def _upsert_status(db: sqlite_utils.Database, sender_id: str, by: str, **values: Any) -> None:
    current = state_of(db, sender_id)
    row = {
        "status": values.get("status", current.status),
        "assigned_to": values.get("assigned_to", current.assigned_to),
    }
    with db.conn:
        db.conn.execute(
            "INSERT INTO review_status (sender_id, status, assigned_to, updated_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(sender_id) DO UPDATE SET status = excluded.status, "
            "assigned_to = excluded.assigned_to, updated_by = excluded.updated_by, "
            "updated_at = excluded.updated_at",
            [sender_id, row["status"], row["assigned_to"], by, now_iso()],
        )


# The checks below are the only place each rule lives: the functions that record use them, and
# so does the case-action table (review/case_actions.py), which checks a form before anything
# is recorded. Each returns the value to store.


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise CaseworkError("Choose one of the statuses listed.")
    return status


def check_note(text: str) -> str:
    text = text.strip()
    if not text:
        raise CaseworkError("The note is empty.")
    if len(text) > MAX_NOTE_CHARS:
        raise CaseworkError(f"Notes are limited to {MAX_NOTE_CHARS} characters.")
    return text


def check_organisation(organisation: str, known: Iterable[str]) -> str:
    if organisation not in set(known):
        raise CaseworkError("Choose an organisation from the list.")
    return organisation


def check_method(method: str) -> str:
    if method not in REFERRAL_METHODS:
        raise CaseworkError("Choose how the referral was sent.")
    return method


def check_sent_on(sent_on: str) -> str:
    try:
        date.fromisoformat(sent_on)
    except ValueError:
        raise CaseworkError("Give the date the referral was sent (YYYY-MM-DD).") from None
    return sent_on


def check_category(category: str, allowed: Iterable[str]) -> str:
    if category not in set(allowed):
        raise CaseworkError("Unknown category.")
    return category


def check_crime_type(crime_type: str, allowed: Iterable[str]) -> str:
    """Empty means "as the bot said"."""
    if crime_type and crime_type not in set(allowed):
        raise CaseworkError("Unknown crime type.")
    return crime_type


def set_status(db: sqlite_utils.Database, sender_id: str, status: str, by: str) -> None:
    _upsert_status(db, sender_id, by, status=check_status(status))


def assign(db: sqlite_utils.Database, sender_id: str, to: str | None, by: str) -> None:
    values: dict[str, Any] = {"assigned_to": to}
    if to and state_of(db, sender_id).status == "new":
        values["status"] = "in_progress"
    _upsert_status(db, sender_id, by, **values)


def add_note(db: sqlite_utils.Database, sender_id: str, text: str, by: str) -> None:
    text = check_note(text)
    with db.conn:
        db.conn.execute(
            "INSERT INTO review_notes (sender_id, author, at, text) VALUES (?, ?, ?, ?)",
            [sender_id, by, now_iso(), text],
        )


def normalise_tag(tag: str) -> str:
    tag = " ".join(tag.strip().lower().split())
    if not tag or len(tag) > MAX_TAG_CHARS:
        raise CaseworkError(f"A tag is 1 to {MAX_TAG_CHARS} characters.")
    return tag


def add_tag(db: sqlite_utils.Database, sender_id: str, tag: str) -> str:
    tag = normalise_tag(tag)
    with db.conn:
        db.conn.execute(
            "INSERT OR IGNORE INTO review_tags (sender_id, tag) VALUES (?, ?)", [sender_id, tag]
        )
    return tag


def remove_tag(db: sqlite_utils.Database, sender_id: str, tag: str) -> None:
    with db.conn:
        db.conn.execute("DELETE FROM review_tags WHERE sender_id = ? AND tag = ?", [sender_id, tag])


def record_referral_sent(
    db: sqlite_utils.Database,
    sender_id: str,
    *,
    organisation: str,
    sent_on: str,
    method: str,
    by: str,
    known_organisations: Iterable[str],
) -> None:
    check_organisation(organisation, known_organisations)
    check_method(method)
    check_sent_on(sent_on)
    with db.conn:
        db.conn.execute(
            "INSERT INTO review_referrals_sent "
            "(sender_id, organisation, sent_on, method, recorded_by, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [sender_id, organisation, sent_on, method, by, now_iso()],
        )
    _upsert_status(db, sender_id, by, status="referred")


def record_correction(
    db: sqlite_utils.Database,
    sender_id: str,
    *,
    bot_categories: list[str],
    worker_categories: list[str],
    bot_crime_type: str | None,
    worker_crime_type: str | None,
    comment: str,
    by: str,
    allowed_categories: Iterable[str],
    allowed_crime_types: Iterable[str],
) -> None:
    """Store the worker's view BESIDE the bot's answer, which stays as it was."""
    allowed = list(allowed_categories)
    for category in worker_categories:
        check_category(category, allowed)
    check_crime_type(worker_crime_type or "", allowed_crime_types)
    ordered = [c for c in allowed if c in worker_categories]
    with db.conn:
        db.conn.execute(
            "INSERT INTO review_corrections (sender_id, bot_categories, worker_categories, "
            "bot_crime_type, worker_crime_type, comment, corrected_by, corrected_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                sender_id,
                json.dumps(bot_categories),
                json.dumps(ordered),
                bot_crime_type,
                worker_crime_type or bot_crime_type,
                comment.strip()[:MAX_NOTE_CHARS] or None,
                by,
                now_iso(),
            ],
        )


def accuracy(db: sqlite_utils.Database) -> dict[str, int]:
    """How often the latest correction of a case agreed with the bot's categories."""
    latest: dict[str, tuple[str, str]] = {}
    for sender_id, bot, worker in db.conn.execute(
        "SELECT sender_id, bot_categories, worker_categories FROM review_corrections ORDER BY id"
    ):
        latest[sender_id] = (bot, worker)
    agreed = sum(
        1 for bot, worker in latest.values() if set(json.loads(bot)) == set(json.loads(worker))
    )
    return {"checked": len(latest), "agreed": agreed}

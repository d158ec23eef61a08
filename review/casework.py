"""What workers record about a conversation, in the records' ``review_*`` tables (SQLite, or
PostgreSQL when ``DATABASE_URL`` is set).

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

import sqlalchemy as sa

from core import datastore, records
from core.records import now_iso
from review.store import (
    REVIEW_CORRECTIONS,
    REVIEW_KEYS,
    REVIEW_NOTES,
    REVIEW_REFERRALS_SENT,
    REVIEW_STATUS,
    REVIEW_TAGS,
)

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


def key_for(db: records.Records, sender_id: str) -> str:
    return keys_for(db, [sender_id])[sender_id]


def keys_for(db: records.Records, sender_ids: Iterable[str]) -> dict[str, str]:
    """Each conversation's review key, made the first time it is asked for."""
    keys = REVIEW_KEYS
    wanted = sorted(set(sender_ids))
    found: dict[str, str] = {}
    with db.engine.begin() as conn:
        for start in range(0, len(wanted), 500):
            batch = wanted[start : start + 500]
            mine = sa.select(keys.c.sender_id, keys.c.key).where(keys.c.sender_id.in_(batch))
            found.update(conn.execute(mine).all())
            missing = [sender_id for sender_id in batch if sender_id not in found]
            if missing:
                made = [{"sender_id": s, "key": secrets.token_urlsafe(9)} for s in missing]
                # Another process may give one its key first: then that one is kept.
                conn.execute(datastore.insert(conn, keys).on_conflict_do_nothing(), made)
                found.update(conn.execute(mine).all())
    return found


def sender_for(db: records.Records, key: str) -> str | None:
    with db.engine.connect() as conn:
        found = conn.execute(
            sa.select(REVIEW_KEYS.c.sender_id).where(REVIEW_KEYS.c.key == key)
        ).scalar()
    return str(found) if found is not None else None


def states(db: records.Records, sender_ids: Iterable[str] | None = None) -> dict[str, CaseState]:
    """The worker-side state of each conversation (all of them when ``sender_ids`` is None).

    Asked for some, it reads only theirs, by the tables' sender_id indexes: the case page and
    the queue's page ask for one or a page's worth among many thousands.
    """
    result: dict[str, CaseState] = {}
    wanted = None if sender_ids is None else sorted(set(sender_ids))

    def rows(table: sa.Table, *order: Any) -> Iterator[dict[str, Any]]:
        query = sa.select(table).order_by(*order)
        with db.engine.connect() as conn:
            if wanted is None:
                found = conn.execute(query).all()
            else:
                found = []
                for start in range(0, len(wanted), 500):
                    batch = wanted[start : start + 500]
                    found.extend(conn.execute(query.where(table.c.sender_id.in_(batch))))
        for row in found:
            yield dict(row._mapping)

    def state(sender_id: str) -> CaseState:
        return result.setdefault(sender_id, CaseState())

    for row in rows(REVIEW_STATUS):
        s = state(row["sender_id"])
        s.status, s.assigned_to = row["status"], row["assigned_to"]
    for row in rows(REVIEW_TAGS, REVIEW_TAGS.c.tag):
        state(row["sender_id"]).tags.append(row["tag"])
    for row in rows(REVIEW_NOTES, REVIEW_NOTES.c.id):
        state(row["sender_id"]).notes.append(row)
    for row in rows(REVIEW_REFERRALS_SENT, REVIEW_REFERRALS_SENT.c.id):
        state(row["sender_id"]).referrals_sent.append(row)
    for row in rows(REVIEW_CORRECTIONS, REVIEW_CORRECTIONS.c.id):
        correction = row
        correction["bot_categories"] = json.loads(row["bot_categories"])
        correction["worker_categories"] = json.loads(row["worker_categories"])
        state(row["sender_id"]).corrections.append(correction)
    return result


def state_of(db: records.Records, sender_id: str) -> CaseState:
    return states(db, [sender_id]).get(sender_id, CaseState())


def _upsert_status(db: records.Records, sender_id: str, by: str, **values: Any) -> None:
    current = state_of(db, sender_id)
    row = {
        "sender_id": sender_id,
        "status": values.get("status", current.status),
        "assigned_to": values.get("assigned_to", current.assigned_to),
        "updated_by": by,
        "updated_at": now_iso(),
    }
    with db.engine.begin() as conn:
        datastore.upsert(conn, REVIEW_STATUS, row, ["sender_id"])


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


def set_status(db: records.Records, sender_id: str, status: str, by: str) -> None:
    _upsert_status(db, sender_id, by, status=check_status(status))


def assign(db: records.Records, sender_id: str, to: str | None, by: str) -> None:
    values: dict[str, Any] = {"assigned_to": to}
    if to and state_of(db, sender_id).status == "new":
        values["status"] = "in_progress"
    _upsert_status(db, sender_id, by, **values)


def add_note(db: records.Records, sender_id: str, text: str, by: str) -> None:
    text = check_note(text)
    with db.engine.begin() as conn:
        conn.execute(
            REVIEW_NOTES.insert().values(sender_id=sender_id, author=by, at=now_iso(), text=text)
        )


def normalise_tag(tag: str) -> str:
    tag = " ".join(tag.strip().lower().split())
    if not tag or len(tag) > MAX_TAG_CHARS:
        raise CaseworkError(f"A tag is 1 to {MAX_TAG_CHARS} characters.")
    return tag


def add_tag(db: records.Records, sender_id: str, tag: str) -> str:
    tag = normalise_tag(tag)
    with db.engine.begin() as conn:
        conn.execute(
            datastore.insert(conn, REVIEW_TAGS)
            .values(sender_id=sender_id, tag=tag)
            .on_conflict_do_nothing()
        )
    return tag


def remove_tag(db: records.Records, sender_id: str, tag: str) -> None:
    tags = REVIEW_TAGS
    with db.engine.begin() as conn:
        conn.execute(sa.delete(tags).where(tags.c.sender_id == sender_id, tags.c.tag == tag))


def record_referral_sent(
    db: records.Records,
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
    with db.engine.begin() as conn:
        conn.execute(
            REVIEW_REFERRALS_SENT.insert().values(
                sender_id=sender_id,
                organisation=organisation,
                sent_on=sent_on,
                method=method,
                recorded_by=by,
                recorded_at=now_iso(),
            )
        )
    _upsert_status(db, sender_id, by, status="referred")


def record_correction(
    db: records.Records,
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
    with db.engine.begin() as conn:
        conn.execute(
            REVIEW_CORRECTIONS.insert().values(
                sender_id=sender_id,
                bot_categories=json.dumps(bot_categories),
                worker_categories=json.dumps(ordered),
                bot_crime_type=bot_crime_type,
                worker_crime_type=worker_crime_type or bot_crime_type,
                comment=comment.strip()[:MAX_NOTE_CHARS] or None,
                corrected_by=by,
                corrected_at=now_iso(),
            )
        )


def accuracy(db: records.Records) -> dict[str, int]:
    """How often the latest correction of a case agreed with the bot's categories."""
    latest: dict[str, tuple[str, str]] = {}
    corrections = REVIEW_CORRECTIONS
    with db.engine.connect() as conn:
        found = conn.execute(
            sa.select(
                corrections.c.sender_id,
                corrections.c.bot_categories,
                corrections.c.worker_categories,
            ).order_by(corrections.c.id)
        ).all()
    for sender_id, bot, worker in found:
        latest[sender_id] = (bot, worker)
    agreed = sum(
        1 for bot, worker in latest.values() if set(json.loads(bot)) == set(json.loads(worker))
    )
    return {"checked": len(latest), "agreed": agreed}

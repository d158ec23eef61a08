"""The append-only, tamper-evident audit log: who did what, to which conversation, when.

Entries name a conversation by its opaque review key and case reference, never by its sender id
(often a phone number), and their details never hold what a victim or a worker wrote. When a
conversation is erased its key goes with it, so the entries that remain point at nothing.
SQLite triggers (see store.REVIEW_SCHEMA) abort any UPDATE or DELETE on the table.

The triggers stop the app, not someone who can write the file (they can drop a trigger). So
each entry also carries the SHA-256 of its own fields and of the entry before it (``hash``,
``prev_hash``): changing, deleting or inserting an entry anywhere but at the end breaks the
chain from there on, which ``verify`` (``python -m review verify-audit``) finds. Removing
entries from the end leaves a shorter chain that still holds: compare the head hash it prints
with one kept elsewhere to catch that.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from core.records import now_iso
from review.store import AUDIT

GENESIS = "0" * 64
FIELDS = ("id", "at", "user", "role", "action", "conversation", "case_reference", "detail")


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    """The hash an entry carries: of the one before it and of every field of its own."""
    body = json.dumps([prev_hash, *(fields.get(name) for name in FIELDS)], ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(
    db: sa.engine.Engine,
    action: str,
    *,
    user: str | None,
    role: str | None = None,
    conversation: str | None = None,
    case_reference: str | None = None,
    detail: str | None = None,
) -> None:
    with db.connect() as conn, conn.begin():
        # Another process (the command line's purge) must not chain from the same entry.
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("LOCK TABLE audit IN SHARE ROW EXCLUSIVE MODE")
        last = conn.execute(
            sa.select(AUDIT.c.id, AUDIT.c.hash).order_by(AUDIT.c.id.desc()).limit(1)
        ).first()
        fields = {
            "id": (last[0] + 1) if last else 1,
            "at": now_iso(),
            "user": user,
            "role": role,
            "action": action,
            "conversation": conversation,
            "case_reference": case_reference,
            "detail": detail,
        }
        prev_hash = (last[1] if last else None) or GENESIS
        conn.execute(
            AUDIT.insert().values(**fields, prev_hash=prev_hash, hash=entry_hash(prev_hash, fields))
        )


@dataclass(frozen=True)
class Verification:
    entries: int  # entries checked in the chain
    unchained: int  # entries from before the chain existed, at the start of the log
    broken_at: int | None  # id of the first entry that does not fit, or None
    problem: str
    head: str  # the last entry's hash: keep it elsewhere to detect entries cut from the end

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify(db: sa.engine.Engine) -> Verification:
    """Walk the whole log in id order and check every link of the chain."""
    prev_hash, checked, unchained = GENESIS, 0, 0
    with db.connect() as conn:
        rows = [row._mapping for row in conn.execute(sa.select(AUDIT).order_by(AUDIT.c.id))]
    for row in rows:
        fields = {name: row[name] for name in FIELDS}
        if row["hash"] is None and checked == 0:
            # Written before this version; only allowed before the first chained entry.
            unchained += 1
            continue
        if row["prev_hash"] != prev_hash:
            problem = "does not follow the entry before it (one was removed, added or changed)"
            return Verification(checked, unchained, row["id"], problem, prev_hash)
        if row["hash"] != entry_hash(prev_hash, fields):
            return Verification(checked, unchained, row["id"], "was changed", prev_hash)
        prev_hash = row["hash"]
        checked += 1
    return Verification(checked, unchained, None, "", prev_hash)


def purge_detail(days: int, counts: dict[str, int]) -> str:
    """What a purge deleted: only numbers of rows per table."""
    return f"older than {days} days: " + ", ".join(f"{n} {t}" for t, n in counts.items())


@dataclass(frozen=True)
class AuditFilter:
    user: str = ""
    action: str = ""
    conversation: str = ""
    date_from: str = ""
    date_to: str = ""


def query(db: sa.engine.Engine, where: AuditFilter, limit: int = 500) -> list[dict[str, Any]]:
    a = AUDIT.c
    statement = sa.select(AUDIT)
    if where.user:
        statement = statement.where(a.user == where.user)
    if where.action:
        statement = statement.where(a.action == where.action)
    if where.conversation:
        statement = statement.where(
            sa.or_(a.conversation == where.conversation, a.case_reference == where.conversation)
        )
    if where.date_from:
        statement = statement.where(a.at >= where.date_from)
    if where.date_to:
        # Dates are ISO strings; the whole of the last day counts.
        statement = statement.where(a.at < where.date_to + "T99")
    with db.connect() as conn:
        found = conn.execute(statement.order_by(a.id.desc()).limit(limit))
        return [dict(row._mapping) for row in found]


def actions(db: sa.engine.Engine) -> list[str]:
    with db.connect() as conn:
        return list(
            conn.execute(sa.select(AUDIT.c.action).distinct().order_by(AUDIT.c.action)).scalars()
        )

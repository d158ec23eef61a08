"""Our own records, kept in SQLite through sqlite-utils, apart from Rasa's tracker store.

``cases``: one row per conversation that consented, with the answers, the categories and the
reasons the rules gave, the matched organisations, referral consent and safe-contact
instructions. ``flags``: danger, self-harm and requests for a person, for the review queue.
Message text is never copied here: the transcript stays in the conversation store only.
"""

from __future__ import annotations

import functools
import json
import secrets
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from core import settings

# No 0/O or 1/I/L, so a reference read out on the phone is not misheard.
_REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def open_db(path: Path | str | None = None) -> sqlite_utils.Database:
    """The records database, opened once per process and path (actions run on one thread)."""
    return _connect(str(Path(path) if path is not None else settings.records_db()))


@functools.cache
def _connect(location: str) -> sqlite_utils.Database:
    path = Path(location)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=5, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    # WAL lets the review app read while the action server writes.
    db.enable_wal()
    conn.execute("PRAGMA busy_timeout=5000")
    # Deleted rows are overwritten with zeros rather than left readable in free pages.
    conn.execute("PRAGMA secure_delete=ON")
    _ensure_schema(db)
    return db


def _ensure_schema(db: sqlite_utils.Database) -> None:
    if "cases" not in db.table_names():
        db.table("cases").create(
            {
                "case_reference": str,
                "sender_id": str,
                "channel": str,
                "created_at": str,
                "updated_at": str,
                "answers": str,
                "categories": str,
                "reasons": str,
                "referrals": str,
                "referral_consent": int,
                "contact_safe": int,
                "contact_method": str,
                "contact_times": str,
                "voicemail_ok": int,
                "contact_details": str,
                "status": str,
            },
            pk="case_reference",
            not_null={"sender_id", "created_at"},
        )
        db.table("cases").create_index(["sender_id"])
    if "flags" not in db.table_names():
        db.table("flags").create(
            {"id": int, "sender_id": str, "flag": str, "channel": str, "raised_at": str},
            pk="id",
        )
        db.table("flags").create_index(["sender_id"])


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def new_case_reference() -> str:
    return "VC-" + "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(6))


def raise_flag(
    db: sqlite_utils.Database, sender_id: str, flag: str, channel: str | None = None
) -> None:
    db.table("flags").insert(
        {"sender_id": sender_id, "flag": flag, "channel": channel, "raised_at": now_iso()}
    )


def flags_for(db: sqlite_utils.Database, sender_id: str) -> list[str]:
    return [
        row["flag"]
        for row in db.table("flags").rows_where("sender_id = ?", [sender_id], order_by="id")
    ]


def save_case(
    db: sqlite_utils.Database,
    *,
    sender_id: str,
    channel: str | None,
    answers: Mapping[str, Any],
    categories: Iterable[str],
    reasons: Iterable[Mapping[str, Any]],
    referrals: Iterable[str],
    contact: Mapping[str, Any],
    case_reference: str | None = None,
) -> str:
    """Store (or update) the case of one conversation; returns its reference."""
    existing = next(db.table("cases").rows_where("sender_id = ?", [sender_id], limit=1), None)
    reference = case_reference or (existing or {}).get("case_reference") or new_case_reference()
    referral_wanted = bool(contact.get("referral_consent")) and bool(contact.get("contact_safe"))
    row = {
        "case_reference": reference,
        "sender_id": sender_id,
        "channel": channel,
        "created_at": (existing or {}).get("created_at") or now_iso(),
        "updated_at": now_iso(),
        "answers": json.dumps(dict(answers), sort_keys=True),
        "categories": json.dumps(list(categories)),
        "reasons": json.dumps([dict(r) for r in reasons]),
        "referrals": json.dumps(list(referrals)),
        "referral_consent": _as_int(contact.get("referral_consent")),
        "contact_safe": _as_int(contact.get("contact_safe")),
        "contact_method": contact.get("contact_method"),
        "contact_times": contact.get("contact_times"),
        "voicemail_ok": _as_int(contact.get("voicemail_ok")),
        "contact_details": contact.get("contact_details"),
        "status": "referral_requested" if referral_wanted else "assessed",
    }
    db.table("cases").upsert(row, pk="case_reference")
    return reference


def case_for(db: sqlite_utils.Database, sender_id: str) -> dict[str, Any] | None:
    return next(db.table("cases").rows_where("sender_id = ?", [sender_id], limit=1), None)


def per_conversation_tables(db: sqlite_utils.Database) -> list[str]:
    """Every table here holding something about one conversation: those with a ``sender_id``.

    The review app and the channels keep their per-conversation rows in this database with a
    ``sender_id`` column, so an erasure or a purge takes them with the case without this module
    having to know their names.
    """
    return [
        name
        for name in db.table_names()
        if not name.startswith("sqlite_")
        and any(column.name == "sender_id" for column in db[name].columns)
    ]


def erase(db: sqlite_utils.Database, sender_id: str) -> dict[str, int]:
    """Delete everything we hold about one conversation, from the files too; returns counts
    per table."""
    counts = {}
    # Set here as well as when opening: the caller's connection may be its own.
    db.conn.execute("PRAGMA secure_delete=ON")
    with db.conn:
        for table in per_conversation_tables(db):
            cursor = db.conn.execute(f"DELETE FROM {table} WHERE sender_id = ?", [sender_id])
            counts[table] = cursor.rowcount
    checkpoint(db.conn)
    return counts


def checkpoint(conn: sqlite3.Connection) -> None:
    """Copy the WAL back into the database and empty it, so deleted rows are not left there.

    A reader in the middle of a transaction (the review app) can hold old frames back; they go
    at the next checkpoint, which SQLite makes by itself as the WAL grows.
    """
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _as_int(value: Any) -> int | None:
    return None if value is None else int(bool(value))

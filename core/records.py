"""Our own records, apart from Rasa's tracker store: a SQLite file by default, PostgreSQL when
``DATABASE_URL`` is set (``core.datastore``).

``cases``: one row per conversation that consented, with the answers, the categories and the
reasons the rules gave, the matched organisations, referral consent and safe-contact
instructions. ``flags``: danger, self-harm and requests for a person, for the review queue.
Message text is never copied here: the transcript stays in the conversation store only.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from core import datastore, settings
from core.datastore import CASES, FLAGS

# No 0/O or 1/I/L, so a reference read out on the phone is not misheard.
_REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class Records:
    """Where the records are: ``engine``, SQLite or PostgreSQL.

    With ``DATABASE_URL`` set, ``local_file`` is the SQLite file the records were kept in
    before: nothing is copied from it (docs/deploy.md), so an erasure and the purge clear what
    it still holds too.
    """

    engine: sa.engine.Engine
    local_file: Path | None = None

    def engines(self) -> Iterator[sa.engine.Engine]:
        """Every database holding per-conversation rows; a local file never made is skipped
        rather than made."""
        yield self.engine
        if self.local_file is not None and self.local_file.exists():
            yield datastore.sqlite_engine(self.local_file)


def open_db(path: Path | str | None = None, database_url: str | None = None) -> Records:
    """The records: PostgreSQL at ``database_url`` (by default ``DATABASE_URL``) when set, else
    the SQLite file ``path`` (by default ``VICTIMS_RECORDS_DB``). Engines are shared per
    process and place."""
    location = Path(path) if path is not None else settings.records_db()
    engine = datastore.records_engine(location, database_url)
    return Records(engine, location if engine.dialect.name != "sqlite" else None)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def new_case_reference() -> str:
    return "VC-" + "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(6))


def raise_flag(db: Records, sender_id: str, flag: str, channel: str | None = None) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            FLAGS.insert().values(
                sender_id=sender_id, flag=flag, channel=channel, raised_at=now_iso()
            )
        )


def withdraw_flag(db: Records, sender_id: str, flag: str) -> None:
    """Take a flag off a conversation: raised on a misreading the person put right (round 41,
    helper J1: "im not gonna hurt myself. jump me means beat me up")."""
    with db.engine.begin() as conn:
        conn.execute(
            FLAGS.delete().where(FLAGS.c.sender_id == sender_id).where(FLAGS.c.flag == flag)
        )


def flags_for(db: Records, sender_id: str) -> list[str]:
    with db.engine.connect() as conn:
        return list(
            conn.execute(
                sa.select(FLAGS.c.flag).where(FLAGS.c.sender_id == sender_id).order_by(FLAGS.c.id)
            ).scalars()
        )


def save_case(
    db: Records,
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
    existing = case_for(db, sender_id)
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
    with db.engine.begin() as conn:
        datastore.upsert(conn, CASES, row, ["case_reference"])
    return reference


def case_for(db: Records, sender_id: str) -> dict[str, Any] | None:
    with db.engine.connect() as conn:
        row = conn.execute(sa.select(CASES).where(CASES.c.sender_id == sender_id).limit(1)).first()
    return dict(row._mapping) if row is not None else None


def cases_of(db: Records, sender_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The cases of these conversations (of all when None), each conversation's oldest first,
    for the review app."""
    # SQLite's rowid is the order they were written in; PostgreSQL's tables have none.
    order = sa.literal_column("rowid") if db.engine.dialect.name == "sqlite" else CASES.c.created_at
    return _rows_of(db, sa.select(CASES).order_by(order), CASES.c.sender_id, sender_ids)


def flags_of(db: Records, sender_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The flags raised in these conversations (in all when None), each conversation's in the
    order raised."""
    query = sa.select(FLAGS.c.sender_id, FLAGS.c.flag, FLAGS.c.raised_at).order_by(FLAGS.c.id)
    return _rows_of(db, query, FLAGS.c.sender_id, sender_ids)


# Few enough bound values for any SQLite build.
_BATCH = 500


def _rows_of(
    db: Records, query: sa.sql.Select, sender: sa.Column, sender_ids: Iterable[str] | None
) -> list[dict[str, Any]]:
    with db.engine.connect() as conn:
        if sender_ids is None:
            return [dict(row._mapping) for row in conn.execute(query)]
        wanted = sorted(set(sender_ids))
        found: list[dict[str, Any]] = []
        for start in range(0, len(wanted), _BATCH):
            batch = query.where(sender.in_(wanted[start : start + _BATCH]))
            # A conversation's rows are all in one batch, in order.
            found.extend(dict(row._mapping) for row in conn.execute(batch))
    return found


def per_conversation_tables(db: Records) -> list[str]:
    """Every table of the records holding something about one conversation (``sender_id``)."""
    with db.engine.connect() as conn:
        return datastore.per_conversation_tables(conn)


def erase(db: Records, sender_id: str) -> dict[str, int]:
    """Delete everything we hold about one conversation, from the files too; returns counts
    per table."""
    counts: dict[str, int] = {}
    for engine in db.engines():
        with engine.begin() as conn:
            for table, deleted in datastore.delete_conversation(conn, sender_id).items():
                counts[table] = counts.get(table, 0) + deleted
        datastore.checkpoint(engine)
    return counts


def _as_int(value: Any) -> int | None:
    return None if value is None else int(bool(value))

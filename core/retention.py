"""Delete conversations and records older than the retention period (90 days by default).

The privacy notice promises people that we keep their answers for 90 days. ``bin/run`` purges on
every start; run it daily on a long-lived server:

    python -m core.retention --days 90

A conversation goes when its last event is older than the cutoff: all its events in Rasa's
tracker store, and its cases, flags and the review app's rows about it in our records, together.
Both are SQLite (``var/rasa.db`` and ``var/records.db``) or, with ``DATABASE_URL`` set,
PostgreSQL; then what ``var/records.db`` still holds from before the switch is purged too
(``core.records``). On SQLite, deleted rows are overwritten (``secure_delete``) and the WAL
checkpointed and emptied, so nothing purged stays in the files; PostgreSQL reclaims deleted
rows with its vacuum (docs/deploy.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from core import database, datastore, private, records, settings
from core.datastore import CASES, FLAGS

# The columns of Rasa's ``events`` table that the purge reads.
EVENTS = sa.table("events", sa.column("sender_id"), sa.column("timestamp"))


def purge(
    tracker_db: Path,
    records_db: Path,
    days: int | None = None,
    now: float | None = None,
    database_url: str | None = None,
) -> dict[str, int]:
    """Delete what is older than ``days``; returns how many rows went from each table.

    The tracker store is PostgreSQL at ``database_url`` (by default ``DATABASE_URL``) when one
    is set, else SQLite at ``tracker_db``; the records are where ``records.open_db`` finds them
    (PostgreSQL with ``DATABASE_URL``, else SQLite at ``records_db``).
    """
    if days is None:
        days = settings.retention_days()
    if database_url is None:
        database_url = settings.database_url()
    cutoff = (now if now is not None else time.time()) - days * 86400
    counts = {"conversations": 0, "events": 0, "cases": 0, "flags": 0}
    stale: list[str] = []
    engine = _tracker_engine(tracker_db, database_url)
    try:
        if engine is not None:
            stale, counts["events"] = _purge_events(engine, cutoff)
        counts["conversations"] = len(stale)
        db = records.open_db(records_db, database_url)
        for sender_id in stale:
            for table, deleted in records.erase(db, sender_id).items():
                counts[table] = counts.get(table, 0) + deleted
        iso_cutoff = datetime.fromtimestamp(cutoff, timezone.utc).isoformat(timespec="seconds")
        places = list(db.engines())
        for place in places:
            with place.begin() as conn:
                for dated, column in ((CASES, "updated_at"), (FLAGS, "raised_at")):
                    result = conn.execute(sa.delete(dated).where(dated.c[column] < iso_cutoff))
                    counts[dated.name] += result.rowcount
        _sweep_other_tables(places, lambda: _senders(engine), counts)
        for place in places:
            datastore.checkpoint(place)
    finally:
        if engine is not None:
            engine.dispose()
    return counts


def _tracker_engine(tracker_db: Path, database_url: str) -> sa.engine.Engine | None:
    """The tracker store's database, or None when it is SQLite and was never made."""
    if database_url:
        return database.engine(database.parse(database_url))
    if not tracker_db.exists():
        return None
    engine = sa.create_engine(
        sa.engine.URL.create("sqlite", database=str(tracker_db)),
        connect_args={"timeout": 5},
        poolclass=sa.pool.NullPool,
    )
    sa.event.listen(engine, "connect", _secure_delete)
    return engine


def _secure_delete(dbapi_connection: Any, _record: Any) -> None:
    # Deleted rows are overwritten, not left in free pages of the file.
    dbapi_connection.execute("PRAGMA secure_delete=ON")


def _purge_events(engine: sa.engine.Engine, cutoff: float) -> tuple[list[str], int]:
    """Delete every event of the conversations whose last event is older than ``cutoff``,
    in one transaction; returns those conversations and how many events went."""
    deleted = 0
    with engine.begin() as conn:
        if not sa.inspect(conn).has_table("events"):
            return [], 0
        stale = [
            row[0]
            for row in conn.execute(
                sa.select(EVENTS.c.sender_id)
                .group_by(EVENTS.c.sender_id)
                .having(sa.func.max(EVENTS.c.timestamp) < cutoff)
            )
        ]
        for sender_id in stale:
            result = conn.execute(sa.delete(EVENTS).where(EVENTS.c.sender_id == sender_id))
            deleted += result.rowcount
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            # The WAL still holds the deleted events until it is copied back and emptied.
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return stale, deleted


def _senders(engine: sa.engine.Engine | None) -> set[str]:
    """Every conversation with events in the tracker store."""
    if engine is None:
        return set()
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("events"):
            return set()
        return {row[0] for row in conn.execute(sa.select(EVENTS.c.sender_id).distinct())}


def _sweep_other_tables(
    places: list[sa.engine.Engine], tracker_senders: Callable[[], set[str]], counts: dict[str, int]
) -> None:
    """Delete other rows (the review app's notes and statuses...) about conversations that are
    gone from both stores.

    Cases purged by date above may belong to conversations whose events were already gone;
    what is kept about them elsewhere must not outlive them.
    """
    others = {}
    for place in places:
        with place.connect() as conn:
            tables = datastore.per_conversation_tables(conn)
        others[place] = [name for name in tables if name not in ("cases", "flags")]
    if not any(others.values()):
        return
    alive = tracker_senders()
    for place in places:
        with place.connect() as conn:
            alive |= set(conn.execute(sa.select(CASES.c.sender_id)).scalars())
    for place, names in others.items():
        with place.begin() as conn:
            for name in names:
                table = datastore.table_of(name)
                senders = conn.execute(sa.select(table.c.sender_id).distinct()).scalars()
                for sender_id in [s for s in senders if s not in alive]:
                    result = conn.execute(sa.delete(table).where(table.c.sender_id == sender_id))
                    counts[name] = counts.get(name, 0) + result.rowcount


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=settings.retention_days())
    parser.add_argument(
        "--tracker-db",
        type=Path,
        default=settings.tracker_db(),
        help="Rasa's SQLite tracker store; not read when DATABASE_URL is set",
    )
    parser.add_argument("--records-db", type=Path, default=settings.records_db())
    args = parser.parse_args(argv)
    private.secure_var()
    counts = purge(args.tracker_db, args.records_db, args.days)
    print(
        f"Purged data older than {args.days} days: "
        + ", ".join(f"{n} {table}" for table, n in counts.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

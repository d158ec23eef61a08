"""Delete conversations and records older than the retention period (90 days by default).

The privacy notice promises people that we keep their answers for 90 days. ``bin/run`` purges on
every start; run it daily on a long-lived server:

    python -m core.retention --days 90

A conversation goes when its last event is older than the cutoff: all its events in Rasa's
tracker store, and its cases and flags in our records, together. Deleted rows are overwritten
(``secure_delete``) and both WAL files checkpointed and emptied, so nothing purged stays on disk.
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from core import private, records, settings


def purge(
    tracker_db: Path, records_db: Path, days: int | None = None, now: float | None = None
) -> dict[str, int]:
    """Delete what is older than ``days``; returns how many rows went from each table."""
    if days is None:
        days = settings.retention_days()
    cutoff = (now if now is not None else time.time()) - days * 86400
    counts = {"conversations": 0, "events": 0, "cases": 0, "flags": 0}
    stale: list[str] = []
    if tracker_db.exists():
        with _private_delete(tracker_db) as conn:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'events'").fetchone():
                stale = [
                    row[0]
                    for row in conn.execute(
                        "SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < ?",
                        [cutoff],
                    )
                ]
                for sender_id in stale:
                    cursor = conn.execute("DELETE FROM events WHERE sender_id = ?", [sender_id])
                    counts["events"] += cursor.rowcount
    counts["conversations"] = len(stale)
    db = records.open_db(records_db)
    for sender_id in stale:
        for table, deleted in records.erase(db, sender_id).items():
            counts[table] = counts.get(table, 0) + deleted
    iso_cutoff = datetime.fromtimestamp(cutoff, timezone.utc).isoformat(timespec="seconds")
    with db.conn:
        for table, column in (("cases", "updated_at"), ("flags", "raised_at")):
            cursor = db.conn.execute(f"DELETE FROM {table} WHERE {column} < ?", [iso_cutoff])
            counts[table] += cursor.rowcount
    _sweep_other_tables(db, tracker_db, counts)
    db.conn.execute("PRAGMA secure_delete=ON")
    records.checkpoint(db.conn)
    return counts


@contextlib.contextmanager
def _private_delete(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection whose deletes overwrite the rows, committed, checkpointed and closed."""
    conn = sqlite3.connect(path, timeout=5)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        with conn:
            yield conn
        records.checkpoint(conn)
    finally:
        conn.close()


def _sweep_other_tables(db: Any, tracker_db: Path, counts: dict[str, int]) -> None:
    """Delete other rows (the review app's notes and statuses...) about conversations that are
    gone from both stores.

    Cases purged by date above may belong to conversations whose events were already gone;
    what is kept about them elsewhere must not outlive them.
    """
    other_tables = [t for t in records.per_conversation_tables(db) if t not in ("cases", "flags")]
    if not other_tables:
        return
    alive = {row[0] for row in db.conn.execute("SELECT sender_id FROM cases")}
    if tracker_db.exists():
        with sqlite3.connect(tracker_db, timeout=5) as conn:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'events'").fetchone():
                alive |= {r[0] for r in conn.execute("SELECT DISTINCT sender_id FROM events")}
    with db.conn:
        for table in other_tables:
            stale = [
                row[0]
                for row in db.conn.execute(f"SELECT DISTINCT sender_id FROM {table}")
                if row[0] not in alive
            ]
            for sender_id in stale:
                cursor = db.conn.execute(f"DELETE FROM {table} WHERE sender_id = ?", [sender_id])
                counts[table] = counts.get(table, 0) + cursor.rowcount


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=settings.retention_days())
    parser.add_argument("--tracker-db", type=Path, default=settings.tracker_db())
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

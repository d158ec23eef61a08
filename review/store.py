"""The three SQLite files the app uses, each opened once per process in WAL mode.

* Rasa's tracker store (``events``): read only (``PRAGMA query_only``). The only code that
  deletes from it is ``core.retention`` (purge) and the bot's own erasure.
* Our records DB (``cases``, ``flags``, made by ``core.datastore``): the app adds its
  per-conversation tables there, all named ``review_*``, so that ``core.records.erase`` and the
  purge delete them with the case. With ``DATABASE_URL`` set the bot keeps its records in
  PostgreSQL, but the app still reads this file only (docs/deploy.md).
* The app's own DB (``var/review.db``): accounts, sessions and the audit log, which must outlive
  any one case and hold no personal data about victims.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeAlias

import sqlalchemy as sa
import sqlite_utils

from core import datastore, records, settings

REVIEW_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('worker', 'admin')),
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until REAL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    csrf TEXT NOT NULL,
    created_at REAL NOT NULL,
    last_seen REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT,
    role TEXT,
    action TEXT NOT NULL,
    conversation TEXT,
    case_reference TEXT,
    detail TEXT,
    prev_hash TEXT,
    hash TEXT
);
CREATE INDEX IF NOT EXISTS audit_at ON audit(at);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""

# Every table keyed by sender_id, so records.erase and the purge find and delete its rows.
CASE_SCHEMA = """
CREATE TABLE IF NOT EXISTS review_keys (
    sender_id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS review_status (
    sender_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    assigned_to TEXT,
    updated_by TEXT,
    updated_at TEXT
);
CREATE TABLE IF NOT EXISTS review_notes (
    id INTEGER PRIMARY KEY,
    sender_id TEXT NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS review_notes_sender ON review_notes(sender_id);
CREATE TABLE IF NOT EXISTS review_tags (
    sender_id TEXT NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (sender_id, tag)
);
CREATE TABLE IF NOT EXISTS review_referrals_sent (
    id INTEGER PRIMARY KEY,
    sender_id TEXT NOT NULL,
    organisation TEXT NOT NULL,
    sent_on TEXT NOT NULL,
    method TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS review_referrals_sender ON review_referrals_sent(sender_id);
CREATE TABLE IF NOT EXISTS review_corrections (
    id INTEGER PRIMARY KEY,
    sender_id TEXT NOT NULL,
    bot_categories TEXT NOT NULL,
    worker_categories TEXT NOT NULL,
    bot_crime_type TEXT,
    worker_crime_type TEXT,
    comment TEXT,
    corrected_by TEXT NOT NULL,
    corrected_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS review_corrections_sender ON review_corrections(sender_id);
CREATE INDEX IF NOT EXISTS review_status_updated ON review_status(updated_at);
-- The queue's index (review/queue_index.py): what the queue sorts and filters on, one row per
-- conversation, so a page is read through review_queue_order instead of every event.
CREATE TABLE IF NOT EXISTS review_queue (
    sender_id TEXT PRIMARY KEY,
    events INTEGER NOT NULL,
    first REAL,
    last REAL,
    user_messages INTEGER NOT NULL,
    seen_channel TEXT,
    slots TEXT NOT NULL,
    grp INTEGER NOT NULL,
    sort_key REAL NOT NULL,
    status TEXT NOT NULL,
    channel TEXT NOT NULL,
    borough TEXT NOT NULL,
    categories TEXT NOT NULL,  -- each value's JSON on a line of its own
    flags TEXT NOT NULL,  -- the same
    first_day TEXT,
    last_day TEXT,
    n_cases INTEGER NOT NULL,
    n_flags INTEGER NOT NULL,
    n_status INTEGER NOT NULL,
    n_sent INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS review_queue_order ON review_queue(grp, sort_key, sender_id);
CREATE INDEX IF NOT EXISTS review_queue_status ON review_queue(status, grp, sort_key);
CREATE INDEX IF NOT EXISTS review_queue_channel ON review_queue(channel, grp, sort_key);
CREATE INDEX IF NOT EXISTS review_queue_borough ON review_queue(borough, grp, sort_key);
-- How far the queue's index has read (no sender ids: event ids, times and row counts).
CREATE TABLE IF NOT EXISTS review_queue_sync (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL,
    last_event INTEGER NOT NULL,
    anchors TEXT NOT NULL,
    fingerprints TEXT NOT NULL
);
"""
# On core.records' table: the queue's index finds the cases changed since it last looked.
RECORDS_INDEXES = "CREATE INDEX IF NOT EXISTS review_cases_updated ON cases(updated_at);"


def _wal(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA busy_timeout=5000")


@functools.cache
def review_db(location: str) -> sqlite3.Connection:
    path = Path(location)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=5, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    _wal(conn)
    conn.executescript(REVIEW_SCHEMA)
    _chain_columns(conn)
    return conn


def _chain_columns(conn: sqlite3.Connection) -> None:
    """An audit table made before the hash chain gets its columns (adding a column is not an
    UPDATE, so the append-only triggers allow it); its old entries stay unchained."""
    have = {row["name"] for row in conn.execute("PRAGMA table_info(audit)")}
    for column in ("prev_hash", "hash"):
        if column not in have:
            conn.execute(f"ALTER TABLE audit ADD COLUMN {column} TEXT")


@functools.cache
def records_db(location: str) -> sqlite_utils.Database:
    """The records file, opened once per process (the app's routes share one connection)."""
    # Makes the file in WAL mode with core.records' tables when it is new.
    datastore.sqlite_engine(location)
    conn = sqlite3.connect(location, timeout=5, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout=5000")
    # Deleted rows are overwritten with zeros rather than left readable in free pages.
    conn.execute("PRAGMA secure_delete=ON")
    conn.executescript(CASE_SCHEMA + RECORDS_INDEXES)
    return sqlite_utils.Database(conn)


def bot_records(db: sqlite_utils.Database) -> records.Records:
    """The bot's records (cases, flags) that go with the records file ``db``: the same file, or
    PostgreSQL when ``DATABASE_URL`` is set (``core.records``)."""
    return records.open_db(db.conn.execute("PRAGMA database_list").fetchone()[2])


# Rasa's tracker store, read through SQLAlchemy Core: SQLite or PostgreSQL.
Tracker: TypeAlias = sa.engine.Engine


def tracker_db(location: str) -> Tracker:
    """Rasa's tracker store, for reading: PostgreSQL when ``DATABASE_URL`` is set, else the
    SQLite file at ``location``. A write through it raises (read-only transactions on
    PostgreSQL, ``PRAGMA query_only`` on SQLite)."""
    database_url = settings.database_url()
    if database_url:
        # Rasa's events sit beside our records there: one pool for both.
        return datastore.postgresql_engine(database_url).execution_options(postgresql_readonly=True)
    return _sqlite_tracker(location)


@functools.cache
def _sqlite_tracker(location: str) -> Tracker:
    engine = sa.create_engine(
        sa.engine.URL.create("sqlite", database=location),
        connect_args={"timeout": 5, "check_same_thread": False},
        # Kept open, as the app's one connection was: its page cache is reused between pages.
        poolclass=sa.pool.QueuePool,
        pool_size=2,
    )
    sa.event.listen(engine, "connect", _read_only)
    return engine


def _read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    _wal(dbapi_connection)
    dbapi_connection.execute("PRAGMA query_only=ON")


def has_events(tracker: Tracker) -> bool:
    with tracker.connect() as conn:
        return bool(sa.inspect(conn).has_table("events"))


def json_text(tracker: Tracker | sa.engine.Connection, column: str, key: str) -> str:
    """SQL for the text at ``key`` of the JSON held as text in ``column`` (Rasa's ``data``)."""
    if tracker.dialect.name == "postgresql":
        return f"(CAST({column} AS json) ->> '{key}')"
    return f"json_extract({column}, '$.{key}')"


def ensure_sender_index(location: str) -> None:
    """A conversation's events are read by sender id: Rasa's own table has an index for that
    (``ix_events_sender_id``); a tracker file made otherwise gets one of ours.

    Only then is the file written to, by a connection of its own (the app's is read only).
    Building an index locks the table while it runs, which on Rasa's table never happens here.
    """
    if settings.database_url() or not Path(location).exists():
        # On PostgreSQL, Rasa makes its table with the index.
        return
    conn = sqlite3.connect(location, timeout=5)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'events'").fetchone():
            return
        for index in conn.execute("PRAGMA index_list(events)").fetchall():
            columns = conn.execute(f"PRAGMA index_info({json.dumps(index[1])})").fetchall()
            if columns and columns[0][2] == "sender_id":
                return
        conn.execute("CREATE INDEX IF NOT EXISTS review_events_sender ON events(sender_id)")
        conn.commit()
    finally:
        conn.close()


def dict_rows(cursor: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
    """A query's rows as dicts, whatever the shared connection's row factory is."""
    names = [column[0] for column in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))

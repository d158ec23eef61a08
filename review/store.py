"""The app's three stores, each opened once per process: SQLite files (in WAL mode) by
default, the PostgreSQL database when ``DATABASE_URL`` is set, through SQLAlchemy Core.

* Rasa's tracker store (``events``): read only (``PRAGMA query_only``, or read-only
  transactions on PostgreSQL). The only code that deletes from it is ``core.retention`` (purge)
  and the bot's own erasure.
* Our records (``cases``, ``flags``, ``core.records``). The app adds its per-conversation
  tables there, all named ``review_*`` (``CASE_TABLES``), so that ``core.records.erase`` and the
  purge delete them with the case. The referral directory's copy stays in the records' SQLite
  file whatever the database (``directory_db``).
* The app's own tables (``REVIEW_TABLES``, ``var/review.db``): accounts, sessions and the audit
  log, which must outlive any one case and hold no personal data about victims.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from pathlib import Path
from typing import Any, TypeAlias

import sqlalchemy as sa
import sqlite_utils

from core import datastore, records, settings

# The app's own tables: accounts, sessions and the audit log, which must outlive any one case
# and hold no personal data about victims. The SQLite file ``var/review.db``, or the PostgreSQL
# database when ``DATABASE_URL`` is set.
REVIEW_TABLES = sa.MetaData()
USERS = sa.Table(
    "users",
    REVIEW_TABLES,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("role", sa.Text, sa.CheckConstraint("role IN ('worker', 'admin')"), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
    sa.Column("locked_until", sa.Float),
    sa.Column("disabled", sa.Integer, nullable=False, server_default="0"),
    sa.Column("created_at", sa.Text, nullable=False),
)
SESSIONS = sa.Table(
    "sessions",
    REVIEW_TABLES,
    sa.Column("token_hash", sa.Text, primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("csrf", sa.Text, nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("last_seen", sa.Float, nullable=False),
)
AUDIT = sa.Table(
    "audit",
    REVIEW_TABLES,
    # Given by audit.record, one more than the last, inside its lock.
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("at", sa.Text, nullable=False),
    sa.Column("user", sa.Text),
    sa.Column("role", sa.Text),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("conversation", sa.Text),
    sa.Column("case_reference", sa.Text),
    sa.Column("detail", sa.Text),
    sa.Column("prev_hash", sa.Text),
    sa.Column("hash", sa.Text),
    sa.Index("audit_at", "at"),
)
# The audit log is append-only, in the database itself: a change or a deletion is refused
# whoever asks. SQLite's triggers are made on every open, as they always were.
SQLITE_AUDIT_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
)
POSTGRESQL_AUDIT_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION review_audit_append_only() RETURNS trigger LANGUAGE plpgsql "
    "AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
    "CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit "
    "FOR EACH ROW EXECUTE FUNCTION review_audit_append_only()",
    # Row triggers do not see TRUNCATE.
    "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit "
    "FOR EACH STATEMENT EXECUTE FUNCTION review_audit_append_only()",
)
for _statement in POSTGRESQL_AUDIT_TRIGGERS:
    sa.event.listen(
        AUDIT,
        "after_create",
        sa.DDL(_statement).execute_if(dialect="postgresql"),
    )


# The app's tables beside core.records' own, on SQLite or PostgreSQL alike. Every table keyed
# by sender_id, so records.erase and the purge find and delete its rows.
CASE_TABLES = sa.MetaData()
REVIEW_KEYS = sa.Table(
    "review_keys",
    CASE_TABLES,
    sa.Column("sender_id", sa.Text, primary_key=True),
    sa.Column("key", sa.Text, nullable=False, unique=True),
)
REVIEW_STATUS = sa.Table(
    "review_status",
    CASE_TABLES,
    sa.Column("sender_id", sa.Text, primary_key=True),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("assigned_to", sa.Text),
    sa.Column("updated_by", sa.Text),
    sa.Column("updated_at", sa.Text),
    sa.Index("review_status_updated", "updated_at"),
)
REVIEW_NOTES = sa.Table(
    "review_notes",
    CASE_TABLES,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.Text, nullable=False),
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("at", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Index("review_notes_sender", "sender_id"),
)
REVIEW_TAGS = sa.Table(
    "review_tags",
    CASE_TABLES,
    sa.Column("sender_id", sa.Text, primary_key=True),
    sa.Column("tag", sa.Text, primary_key=True),
)
REVIEW_REFERRALS_SENT = sa.Table(
    "review_referrals_sent",
    CASE_TABLES,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.Text, nullable=False),
    sa.Column("organisation", sa.Text, nullable=False),
    sa.Column("sent_on", sa.Text, nullable=False),
    sa.Column("method", sa.Text, nullable=False),
    sa.Column("recorded_by", sa.Text, nullable=False),
    sa.Column("recorded_at", sa.Text, nullable=False),
    sa.Index("review_referrals_sender", "sender_id"),
)
REVIEW_CORRECTIONS = sa.Table(
    "review_corrections",
    CASE_TABLES,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.Text, nullable=False),
    sa.Column("bot_categories", sa.Text, nullable=False),
    sa.Column("worker_categories", sa.Text, nullable=False),
    sa.Column("bot_crime_type", sa.Text),
    sa.Column("worker_crime_type", sa.Text),
    sa.Column("comment", sa.Text),
    sa.Column("corrected_by", sa.Text, nullable=False),
    sa.Column("corrected_at", sa.Text, nullable=False),
    sa.Index("review_corrections_sender", "sender_id"),
)
# The queue's index (review/queue_index.py): what the queue sorts and filters on, one row per
# conversation, so a page is read through review_queue_order instead of every event.
REVIEW_QUEUE = sa.Table(
    "review_queue",
    CASE_TABLES,
    sa.Column("sender_id", sa.Text, primary_key=True),
    sa.Column("events", sa.Integer, nullable=False),
    sa.Column("first", sa.Float),
    sa.Column("last", sa.Float),
    sa.Column("user_messages", sa.Integer, nullable=False),
    sa.Column("seen_channel", sa.Text),
    sa.Column("slots", sa.Text, nullable=False),
    sa.Column("grp", sa.Integer, nullable=False),
    sa.Column("sort_key", sa.Float, nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("channel", sa.Text, nullable=False),
    sa.Column("borough", sa.Text, nullable=False),
    # Each value's JSON on a line of its own (queue_index._listed).
    sa.Column("categories", sa.Text, nullable=False),
    sa.Column("flags", sa.Text, nullable=False),
    sa.Column("first_day", sa.Text),
    sa.Column("last_day", sa.Text),
    sa.Column("n_cases", sa.Integer, nullable=False),
    sa.Column("n_flags", sa.Integer, nullable=False),
    sa.Column("n_status", sa.Integer, nullable=False),
    sa.Column("n_sent", sa.Integer, nullable=False),
    sa.Index("review_queue_order", "grp", "sort_key", "sender_id"),
    sa.Index("review_queue_status", "status", "grp", "sort_key"),
    sa.Index("review_queue_channel", "channel", "grp", "sort_key"),
    sa.Index("review_queue_borough", "borough", "grp", "sort_key"),
)
# How far the queue's index has read (no sender ids: event ids, times and row counts).
REVIEW_QUEUE_SYNC = sa.Table(
    "review_queue_sync",
    CASE_TABLES,
    sa.Column(
        "id", sa.Integer, sa.CheckConstraint("id = 1"), primary_key=True, autoincrement=False
    ),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("last_event", sa.Integer, nullable=False),
    sa.Column("anchors", sa.Text, nullable=False),
    sa.Column("fingerprints", sa.Text, nullable=False),
)
# On core.records' table: the queue's index finds the cases changed since it last looked.
CASES_UPDATED = sa.Index("review_cases_updated", datastore.CASES.c.updated_at)


def _wal(conn: Any) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA busy_timeout=5000")


def review_db(location: str) -> sa.engine.Engine:
    """The app's accounts, sessions and audit log: PostgreSQL when ``DATABASE_URL`` is set,
    else the SQLite file at ``location``."""
    database_url = settings.database_url()
    if database_url:
        engine = datastore.postgresql_engine(database_url)
        _ensure_review_tables(engine)
        return engine
    return _review_sqlite(location)


@functools.cache
def _ensure_review_tables(engine: sa.engine.Engine) -> None:
    datastore.create_tables(REVIEW_TABLES, engine)


@functools.cache
def _review_sqlite(location: str) -> sa.engine.Engine:
    Path(location).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(
        sa.engine.URL.create("sqlite", database=location),
        connect_args={"timeout": 5, "check_same_thread": False},
        # Kept open, as the app's one connection was: every request reads its session.
        poolclass=sa.pool.QueuePool,
        pool_size=2,
    )
    sa.event.listen(engine, "connect", lambda conn, _record: _wal(conn))
    REVIEW_TABLES.create_all(engine)
    with engine.begin() as conn:
        for statement in SQLITE_AUDIT_TRIGGERS:
            conn.exec_driver_sql(statement)
        _chain_columns(conn)
    return engine


def _chain_columns(conn: sa.engine.Connection) -> None:
    """An audit table made before the hash chain gets its columns (adding a column is not an
    UPDATE, so the append-only triggers allow it); its old entries stay unchained."""
    have = {column["name"] for column in sa.inspect(conn).get_columns("audit")}
    for column in ("prev_hash", "hash"):
        if column not in have:
            conn.exec_driver_sql(f"ALTER TABLE audit ADD COLUMN {column} TEXT")


def records_db(location: str) -> records.Records:
    """The records with the app's tables: PostgreSQL when ``DATABASE_URL`` is set, else the
    SQLite file at ``location`` (``core.records``)."""
    db = records.open_db(location)
    _ensure_case_tables(db.engine)
    return db


@functools.cache
def _ensure_case_tables(engine: sa.engine.Engine) -> None:
    # Once per engine and process; functools.cache keeps nothing of a call that raised.
    datastore.create_tables(CASE_TABLES, engine)
    try:
        CASES_UPDATED.create(engine, checkfirst=True)
    except (sa.exc.ProgrammingError, sa.exc.IntegrityError):
        CASES_UPDATED.create(engine, checkfirst=True)


@functools.cache
def directory_db(location: str) -> sqlite_utils.Database:
    """The SQLite file holding the referral directory's copy and its full-text index
    (``review.organisations``): ``location``, the records file, even with ``DATABASE_URL``."""
    # Makes the file in WAL mode when it is new, as the records always were.
    datastore.sqlite_engine(location)
    conn = sqlite3.connect(location, timeout=5, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout=5000")
    return sqlite_utils.Database(conn)


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

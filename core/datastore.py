"""Where our own tables live: one data-access layer on SQLAlchemy Core, over a SQLite file by
default and over PostgreSQL when ``DATABASE_URL`` is set (docs/deploy.md).

The tables are declared here once (``METADATA``) for both: cases and flags (``core.records``),
SMS opt-outs and seen texts (``bot/channels/sms``); the review app adds its ``review_*`` tables
(``review/store.py``). On SQLite the file keeps the schema and names it always had
(``var/records.db``, WAL, deleted rows overwritten, made 0600 by the umask ``core`` sets). On
PostgreSQL the tables sit beside Rasa's ``events`` in the same database and schema.

Engines are made once per process and place, so every caller of a place shares one pool.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from core import database, settings

METADATA = sa.MetaData()
# Every engine made here, for dispose_all.
_made: list[sa.engine.Engine] = []

# Index names as sqlite-utils made them, so a file made before and one made now are the same.
CASES = sa.Table(
    "cases",
    METADATA,
    sa.Column("case_reference", sa.Text, primary_key=True),
    sa.Column("sender_id", sa.Text, nullable=False),
    sa.Column("channel", sa.Text),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Text),
    sa.Column("answers", sa.Text),
    sa.Column("categories", sa.Text),
    sa.Column("reasons", sa.Text),
    sa.Column("referrals", sa.Text),
    sa.Column("referral_consent", sa.Integer),
    sa.Column("contact_safe", sa.Integer),
    sa.Column("contact_method", sa.Text),
    sa.Column("contact_times", sa.Text),
    sa.Column("voicemail_ok", sa.Integer),
    sa.Column("contact_details", sa.Text),
    sa.Column("status", sa.Text),
    sa.Index("idx_cases_sender_id", "sender_id"),
)
FLAGS = sa.Table(
    "flags",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.Text),
    sa.Column("flag", sa.Text),
    sa.Column("channel", sa.Text),
    sa.Column("raised_at", sa.Text),
    sa.Index("idx_flags_sender_id", "sender_id"),
)
SMS_OPT_OUTS = sa.Table(
    "sms_opt_outs",
    METADATA,
    sa.Column("number_hash", sa.Text, primary_key=True),
    sa.Column("opted_out_at", sa.Text, nullable=False),
)
SMS_SEEN_MESSAGES = sa.Table(
    "sms_seen_messages",
    METADATA,
    sa.Column("message_sid", sa.Text, primary_key=True),
    sa.Column("seen_at", sa.Float, nullable=False),
)

# Rasa's tracker store (and its SQL event broker) keep ``events``, with a sender_id, in the
# same PostgreSQL database: it is Rasa's to write, never one of our per-conversation tables.
RASA_TABLES = frozenset({"events"})


def records_engine(
    sqlite_path: Path | str | None = None, database_url: str | None = None
) -> sa.engine.Engine:
    """Our records' database: PostgreSQL at ``database_url`` (by default ``DATABASE_URL``) when
    set, else the SQLite file ``sqlite_path`` (by default ``VICTIMS_RECORDS_DB``)."""
    if database_url is None:
        database_url = settings.database_url()
    if database_url:
        return postgresql_engine(database_url)
    return sqlite_engine(sqlite_path if sqlite_path is not None else settings.records_db())


def sqlite_engine(path: Path | str) -> sa.engine.Engine:
    """The SQLite file at ``path`` with our tables, made if missing."""
    return _sqlite_engine(str(Path(path).resolve()))


@functools.cache
def _sqlite_engine(location: str) -> sa.engine.Engine:
    Path(location).parent.mkdir(parents=True, exist_ok=True)
    # A connection per use (NullPool): callers run in any thread, and SQLite opens fast.
    engine = sa.create_engine(
        sa.engine.URL.create("sqlite", database=location),
        connect_args={"timeout": 5, "check_same_thread": False},
        poolclass=sa.pool.NullPool,
    )
    sa.event.listen(engine, "connect", _sqlite_pragmas)
    with engine.begin() as conn:
        # WAL lets the review app read while the action server writes.
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    _create_tables(engine)
    _made.append(engine)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA busy_timeout=5000")
    # Deleted rows are overwritten with zeros rather than left readable in free pages.
    dbapi_connection.execute("PRAGMA secure_delete=ON")


def postgresql_engine(database_url: str) -> sa.engine.Engine:
    """The PostgreSQL database at ``database_url`` with our tables, made if missing."""
    return _postgresql_engine(database_url)


@functools.cache
def _postgresql_engine(database_url: str) -> sa.engine.Engine:
    connect_args: dict[str, Any] = {}
    schema = os.environ.get(database.POSTGRESQL_SCHEMA, "").strip()
    if schema:
        connect_args["options"] = f"-csearch_path={schema}"
    # A small pool: the action server, the channels and the review app each write little, and
    # Rasa's own pool already takes most of max_connections (docs/deploy.md).
    engine = sa.create_engine(
        database.parse(database_url),
        pool_size=2,
        max_overflow=8,
        pool_pre_ping=True,
        connect_args=connect_args,
    )
    _create_tables(engine)
    _made.append(engine)
    return engine


def _create_tables(engine: sa.engine.Engine) -> None:
    """Make our tables where missing; on failure the engine is closed and the error raised,
    and the next call tries again (functools.cache keeps no result of a call that raised)."""
    try:
        create_tables(METADATA, engine)
    except BaseException:
        engine.dispose()
        raise


def create_tables(metadata: sa.MetaData, engine: sa.engine.Engine) -> None:
    """Make ``metadata``'s tables where missing, as several processes starting together do."""
    try:
        metadata.create_all(engine)
    except (sa.exc.ProgrammingError, sa.exc.IntegrityError):
        # Another process made one between our check and our CREATE (PostgreSQL says so with
        # either error); what is there now is checked once more.
        metadata.create_all(engine)


def dispose_all() -> None:
    """Close every engine made here and forget them (tests that stop their database)."""
    while _made:
        _made.pop().dispose()
    _sqlite_engine.cache_clear()
    _postgresql_engine.cache_clear()


def insert(engine: sa.engine.Engine | sa.engine.Connection, table: sa.Table) -> Any:
    """An INSERT for ``table`` in the engine's own dialect, which has ``on_conflict_do_*``."""
    if engine.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def upsert(
    conn: sa.engine.Connection, table: sa.Table, row: dict[str, Any], keys: list[str]
) -> None:
    """Insert ``row``, or update the row with the same ``keys`` to it."""
    statement = insert(conn, table).values(row)
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=keys,
            set_={name: statement.excluded[name] for name in row if name not in keys},
        )
    )


def wait_at_most(conn: sa.engine.Connection, seconds: float) -> None:
    """In this transaction, give up on a lock held by another writer after ``seconds``
    (instead of the usual 5), raising an OperationalError."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA busy_timeout={int(seconds * 1000)}")
    else:
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(seconds * 1000)}")


def per_conversation_tables(conn: sa.engine.Connection) -> list[str]:
    """Every table of ours holding something about one conversation: those with a
    ``sender_id``. The review app and the channels add theirs with such a column, so an
    erasure or a purge takes them with the case without this module knowing their names."""
    inspector = sa.inspect(conn)
    return [
        name
        for name in inspector.get_table_names()
        if name not in RASA_TABLES
        and any(column["name"] == "sender_id" for column in inspector.get_columns(name))
    ]


def table_of(name: str) -> sa.sql.expression.TableClause:
    """A per-conversation table by name, enough to select and delete by sender_id."""
    return sa.table(name, sa.column("sender_id"))


def delete_conversation(conn: sa.engine.Connection, sender_id: str) -> dict[str, int]:
    """Delete one conversation's rows from every per-conversation table; counts per table."""
    counts = {}
    for name in per_conversation_tables(conn):
        table = table_of(name)
        counts[name] = conn.execute(sa.delete(table).where(table.c.sender_id == sender_id)).rowcount
    return counts


def checkpoint(engine: sa.engine.Engine) -> None:
    """On SQLite, copy the WAL back into the file and empty it, so deleted rows are not left
    there; PostgreSQL reclaims deleted rows with its vacuum (docs/deploy.md).

    A reader in the middle of a transaction (the review app) can hold old frames back; they go
    at the next checkpoint, which SQLite makes by itself as the WAL grows.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

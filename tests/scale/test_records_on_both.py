"""Our records (core.records, core.datastore) and the SMS channel's state behave the same on the
default SQLite file and on PostgreSQL with DATABASE_URL: written, read, erased on request and
purged after the retention period. Each test runs on both."""

from __future__ import annotations

import socket
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.channels.sms.optout import OptOutStore
from bot.channels.sms.seen import SeenMessages
from core import datastore, records
from core.retention import purge
from review import casework, store

DAY = 86400
SID = "SM" + "0" * 32

# The columns of Rasa's events table that the purge and the review app read.
EVENTS = sa.Table(
    "events",
    sa.MetaData(),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False),
    sa.Column("type_name", sa.String(255)),
    sa.Column("timestamp", sa.Float),
    sa.Column("data", sa.Text),
)


@pytest.fixture(params=["sqlite", "postgresql"])
def place(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[str]:
    """Where the records go: the dialect name of the database DATABASE_URL gives, if any."""
    if request.param == "postgresql":
        request.getfixturevalue("database_url")
    else:
        monkeypatch.delenv("DATABASE_URL", raising=False)
        monkeypatch.setenv("VICTIMS_RECORDS_DB", str(tmp_path / "records.db"))
    yield request.param
    datastore.dispose_all()


def save_case(db: records.Records, sender_id: str) -> str:
    return records.save_case(
        db,
        sender_id=sender_id,
        channel="twilio",
        answers={"crime_type": "burglary"},
        categories=["vulnerable"],
        reasons=[{"category": "vulnerable", "reason": "under 18"}],
        referrals=["victim-support"],
        contact={"referral_consent": True, "contact_safe": True, "contact_method": "text"},
    )


def tracker_engine(place: str, tmp_path: Path) -> sa.engine.Engine:
    """Rasa's tracker store where bin/run would put it."""
    if place == "postgresql":
        return sa.create_engine(records.open_db().engine.url, poolclass=sa.pool.NullPool)
    return sa.create_engine(f"sqlite:///{tmp_path / 'rasa.db'}", poolclass=sa.pool.NullPool)


def test_records_are_written_read_and_erased(place: str, tmp_path: Path) -> None:
    db = records.open_db()
    assert db.engine.dialect.name == place
    reference = save_case(db, "+447700900001")
    assert save_case(db, "+447700900001") == reference, "one conversation keeps one reference"
    save_case(db, "+447700900002")
    records.raise_flag(db, "+447700900001", "in_danger", "twilio")
    records.raise_flag(db, "+447700900001", "human", "twilio")
    records.raise_flag(db, "+447700900002", "self_harm", "twilio")
    # The review app's rows about the conversation, in the SQLite file it still reads.
    review = store.records_db(str(tmp_path / "records.db"))
    casework.add_note(review, "+447700900001", "Called back, no answer.", "amy")
    casework.add_note(review, "+447700900002", "Left a message.", "amy")

    case = records.case_for(db, "+447700900001")
    assert case is not None and case["case_reference"] == reference
    assert case["status"] == "referral_requested" and case["referral_consent"] == 1
    assert records.flags_for(db, "+447700900001") == ["in_danger", "human"]
    assert {"cases", "flags"} <= set(records.per_conversation_tables(db))
    assert "events" not in records.per_conversation_tables(db), "Rasa's table is Rasa's"

    counts = records.erase(db, "+447700900001")

    assert (counts["cases"], counts["flags"], counts["review_notes"]) == (1, 2, 1)
    assert records.case_for(db, "+447700900001") is None
    assert records.flags_for(db, "+447700900001") == []
    assert not casework.state_of(review, "+447700900001").notes
    assert records.flags_for(db, "+447700900002") == ["self_harm"], "others are untouched"
    assert casework.state_of(review, "+447700900002").notes


def test_the_purge_takes_old_conversations_and_their_records(place: str, tmp_path: Path) -> None:
    now = time.time()
    tracker = tracker_engine(place, tmp_path)
    EVENTS.create(tracker)
    with tracker.begin() as conn:
        conn.execute(
            EVENTS.insert(),
            [{"sender_id": s, "type_name": "user", "timestamp": now - days * DAY, "data": "{}"}
             for s, days in (("old", 100), ("old", 95), ("recent", 100), ("recent", 2))],
        )  # fmt: skip
    tracker.dispose()
    db = records.open_db()
    save_case(db, "old")
    save_case(db, "recent")
    records.raise_flag(db, "old", "human")
    records.raise_flag(db, "recent", "in_danger")
    # A case alone, its events gone long ago, last updated before the retention period.
    save_case(db, "stale-case")
    with db.engine.begin() as conn:
        conn.execute(
            sa.update(datastore.CASES)
            .where(datastore.CASES.c.sender_id == "stale-case")
            .values(updated_at="2000-01-01T00:00:00+00:00")
        )
    review = store.records_db(str(tmp_path / "records.db"))
    for sender_id in ("old", "recent", "stale-case"):
        casework.add_note(review, sender_id, "A note.", "amy")

    counts = purge(tmp_path / "rasa.db", tmp_path / "records.db", days=90, now=now)

    assert (counts["conversations"], counts["events"]) == (1, 2)
    assert (counts["cases"], counts["flags"], counts["review_notes"]) == (2, 1, 2)
    assert records.case_for(db, "old") is None and records.case_for(db, "stale-case") is None
    assert records.case_for(db, "recent") is not None
    assert records.flags_for(db, "recent") == ["in_danger"]
    assert casework.state_of(review, "recent").notes
    assert not casework.state_of(review, "stale-case").notes


def test_opt_outs_and_seen_texts_are_shared_by_every_process(place: str, tmp_path: Path) -> None:
    # Two replicas: each names its own records file, as on two machines.
    one = OptOutStore(tmp_path / "one" / "records.db", b"secret-key")
    two = OptOutStore(tmp_path / "two" / "records.db", b"secret-key")
    one.opt_out("+447700900123")
    assert one.is_opted_out("+447700900123")
    assert two.is_opted_out("+447700900123") == (place == "postgresql")
    assert one.opt_in("+447700900123") is True
    assert not one.is_opted_out("+447700900123") and one.pending == 0

    first, second = SeenMessages(tmp_path / "one.db"), SeenMessages(tmp_path / "two.db")
    assert first.first_time(SID)
    assert not first.first_time(SID)
    assert second.first_time(SID) == (place == "sqlite"), "a text is handled once in all"
    restarted = SeenMessages(tmp_path / "one.db")
    assert not restarted.first_time(SID), "kept across restarts"
    assert restarted.first_time("SM" + "1" * 32, now=time.time() + 2 * DAY)
    assert SeenMessages(tmp_path / "one.db").first_time(SID), "forgotten after a day"


def test_no_number_is_stored_and_no_sqlite_file_is_made_on_postgresql(
    database_url: str, tmp_path: Path
) -> None:
    OptOutStore(tmp_path / "records.db", b"secret-key").opt_out("+447700900123")
    db = records.open_db()
    records.raise_flag(db, "+447700900123", "human")
    records.erase(db, "+447700900123")
    with db.engine.connect() as conn:
        hashes = conn.execute(sa.select(datastore.SMS_OPT_OUTS.c.number_hash)).scalars().all()
    assert len(hashes) == 1 and "7700900123" not in hashes[0]
    assert not (tmp_path / "records.db").exists(), "the records are in PostgreSQL only"


def test_a_file_made_before_keeps_its_schema_and_rows(tmp_path: Path) -> None:
    """A records.db made by the sqlite-utils version is used as it is."""
    path = tmp_path / "records.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(
            "CREATE TABLE [cases] ([case_reference] TEXT PRIMARY KEY, [sender_id] TEXT NOT NULL,"
            " [channel] TEXT, [created_at] TEXT NOT NULL, [updated_at] TEXT, [answers] TEXT,"
            " [categories] TEXT, [reasons] TEXT, [referrals] TEXT, [referral_consent] INTEGER,"
            " [contact_safe] INTEGER, [contact_method] TEXT, [contact_times] TEXT,"
            " [voicemail_ok] INTEGER, [contact_details] TEXT, [status] TEXT);"
            "CREATE TABLE [flags] ([id] INTEGER PRIMARY KEY, [sender_id] TEXT, [flag] TEXT,"
            " [channel] TEXT, [raised_at] TEXT);"
            "INSERT INTO flags (sender_id, flag) VALUES ('before', 'human');"
        )
    db = records.open_db(path, database_url="")
    records.raise_flag(db, "before", "in_danger")
    assert records.flags_for(db, "before") == ["human", "in_danger"]
    assert path.stat().st_mode & 0o077 == 0
    datastore.dispose_all()


def test_a_busy_database_holds_a_text_up_two_seconds_at_most(place: str, tmp_path: Path) -> None:
    seen = SeenMessages(tmp_path / "records.db")
    engine = records.open_db().engine
    # Another writer in the middle of a transaction on the same text's row.
    with engine.connect() as other:
        transaction = other.begin()
        other.execute(
            datastore.SMS_SEEN_MESSAGES.insert().values(message_sid=SID, seen_at=time.time())
        )
        started = time.monotonic()
        assert seen.first_time(SID), "handled, the duplicate check kept in memory"
        waited = time.monotonic() - started
        transaction.rollback()
    assert 1.5 < waited < 4
    assert not seen.first_time(SID), "and remembered there"


def test_rows_left_in_the_sqlite_file_from_before_postgresql_are_erased_too(
    database_url: str, tmp_path: Path
) -> None:
    before = records.open_db(tmp_path / "records.db", database_url="")
    records.raise_flag(before, "+447700900123", "human")
    now = records.open_db()
    assert now.engine.dialect.name == "postgresql"
    records.raise_flag(now, "+447700900123", "in_danger")

    assert records.erase(now, "+447700900123")["flags"] == 2
    assert records.flags_for(before, "+447700900123") == []


def test_with_postgresql_unreachable_a_text_is_still_handled(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Nothing listens on the port: the SMS channel starts, and answers from memory."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("DATABASE_URL", f"postgresql://victims:secret-pw@127.0.0.1:{port}/victims")
    datastore.dispose_all()
    opt_outs = OptOutStore(tmp_path / "records.db", b"secret-key")
    seen = SeenMessages(tmp_path / "records.db")
    assert not opt_outs.is_opted_out("+447700900123"), "not knowing, we answer"
    opt_outs.opt_out("+447700900123")
    assert opt_outs.is_opted_out("+447700900123") and opt_outs.pending == 1
    assert seen.first_time(SID) and not seen.first_time(SID)
    with pytest.raises(sa.exc.OperationalError):
        records.raise_flag(records.open_db(), "+447700900123", "human")
    assert "secret-pw" not in caplog.text and "7700900123" not in caplog.text
    assert not (tmp_path / "records.db").exists()
    datastore.dispose_all()

import sqlite3
import time

from core import records
from core.retention import purge

DAY = 86400


def make_tracker_db(path, rows):
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, type_name TEXT,"
            " timestamp REAL, intent_name TEXT, action_name TEXT, data TEXT)"
        )
        conn.executemany(
            "INSERT INTO events (sender_id, type_name, timestamp, data)"
            " VALUES (?, 'user', ?, '{}')",
            rows,
        )


def test_conversations_older_than_the_period_go_with_their_records(tmp_path):
    now = time.time()
    tracker_db, records_db = tmp_path / "rasa.db", tmp_path / "records.db"
    make_tracker_db(
        tracker_db,
        [("old", now - 100 * DAY), ("old", now - 95 * DAY), ("recent", now - 100 * DAY),
         ("recent", now - 2 * DAY)],
    )  # fmt: skip
    db = records.open_db(records_db)
    records.raise_flag(db, "old", "human")
    records.raise_flag(db, "recent", "in_danger")

    counts = purge(tracker_db, records_db, days=90, now=now)

    assert counts["conversations"] == 1 and counts["events"] == 2 and counts["flags"] == 1
    with sqlite3.connect(tracker_db) as conn:
        left = {row[0] for row in conn.execute("SELECT sender_id FROM events")}
    assert left == {"recent"}, "a conversation still in use keeps its older events"
    assert records.flags_for(db, "recent") == ["in_danger"]


def test_missing_databases_are_fine(tmp_path):
    counts = purge(tmp_path / "none.db", tmp_path / "records.db", days=90)
    assert counts == {"conversations": 0, "events": 0, "cases": 0, "flags": 0}


def test_purged_text_is_gone_from_the_sqlite_files(tmp_path):
    now = time.time()
    tracker_db, records_db = tmp_path / "rasa.db", tmp_path / "records.db"
    make_tracker_db(tracker_db, [])
    with sqlite3.connect(tracker_db) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executemany(
            "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, 'user', ?, ?)",
            [("old", now - 100 * DAY, '{"text": "purge-me-unique-words"}'),
             ("recent", now, '{"text": "keep"}')],
        )  # fmt: skip

    purge(tracker_db, records_db, days=90, now=now, database_url="")

    on_disk = b"".join(p.read_bytes() for p in tmp_path.glob("rasa.db*"))
    assert b"purge-me-unique-words" not in on_disk
    assert b"keep" in on_disk

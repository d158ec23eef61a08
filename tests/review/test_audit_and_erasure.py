"""The audit log cannot be changed, and shows it if it was; erasure and purge take the app's
rows with the case."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from core import records, retention
from review import audit, casework, queue_index, store


def test_the_audit_log_refuses_update_and_delete(tmp_path: Path) -> None:
    db = store.review_db(str(tmp_path / "review.db"))
    audit.record(db, "view_case", user="amy", role="worker", conversation="k1")
    with pytest.raises(sa.exc.IntegrityError, match="append-only"), db.begin() as conn:
        conn.exec_driver_sql("UPDATE audit SET user = 'someone else'")
    with pytest.raises(sa.exc.IntegrityError, match="append-only"), db.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit")
    rows = audit.query(db, audit.AuditFilter(user="amy"))
    assert [(r["action"], r["conversation"]) for r in rows] == [("view_case", "k1")]
    assert audit.query(db, audit.AuditFilter(user="bob")) == []


def test_each_entry_carries_the_hash_of_the_one_before(tmp_path: Path) -> None:
    db = store.review_db(str(tmp_path / "review.db"))
    for n in range(3):
        audit.record(db, "view_case", user="amy", role="worker", conversation=f"k{n}")
    with db.connect() as conn:
        rows = [row._mapping for row in conn.exec_driver_sql("SELECT * FROM audit ORDER BY id")]
    assert rows[0]["prev_hash"] == audit.GENESIS
    assert [r["prev_hash"] for r in rows[1:]] == [r["hash"] for r in rows[:-1]]
    result = audit.verify(db)
    assert result.ok and result.entries == 3 and result.head == rows[-1]["hash"]


def test_a_log_from_before_the_chain_is_chained_from_then_on(tmp_path: Path) -> None:
    path = tmp_path / "review.db"
    with sqlite3.connect(path) as old:
        old.execute(
            "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT, role TEXT, "
            "action TEXT NOT NULL, conversation TEXT, case_reference TEXT, detail TEXT)"
        )
        old.execute("INSERT INTO audit (at, user, action) VALUES ('2026-01-01', 'amy', 'login')")
    db = store.review_db(str(path))
    audit.record(db, "logout", user="amy")
    result = audit.verify(db)
    assert result.ok and (result.unchained, result.entries) == (1, 1)


def _case_with_worker_rows(db: records.Records, sender: str) -> None:
    records.save_case(
        db,
        sender_id=sender,
        channel="rest",
        answers={},
        categories=[],
        reasons=[],
        referrals=[],
        contact={},
    )
    records.raise_flag(db, sender, "human")
    casework.key_for(db, sender)
    casework.add_note(db, sender, "Called back, no answer.", "amy")
    casework.add_tag(db, sender, "callback")
    casework.set_status(db, sender, "in_progress", "amy")


def test_erasure_deletes_the_app_rows_too(tmp_path: Path) -> None:
    db = store.records_db(str(tmp_path / "records.db"))
    _case_with_worker_rows(db, "+447700900001")
    _case_with_worker_rows(db, "+447700900002")
    queue_index.sync(store.tracker_db(str(tmp_path / "rasa.db")), db)
    counts = records.erase(db, "+447700900001")
    assert counts == {
        "cases": 1,
        "flags": 1,
        "review_corrections": 0,
        "review_keys": 1,
        "review_notes": 1,
        "review_queue": 1,
        "review_referrals_sent": 0,
        "review_status": 1,
        "review_tags": 1,
    }
    assert casework.state_of(db, "+447700900001") == casework.CaseState()
    assert casework.state_of(db, "+447700900002").notes, "the other case is untouched"


def _tracker(path: Path, rows: list[tuple[str, float]]) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, "
            "type_name VARCHAR(255), timestamp FLOAT, intent_name VARCHAR(255), "
            "action_name VARCHAR(255), data TEXT)"
        )
        for sender, timestamp in rows:
            conn.execute(
                "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?,?,?,?)",
                [sender, "user", timestamp, json.dumps({"event": "user", "text": "hi"})],
            )


def test_purge_takes_old_conversations_with_their_app_rows(tmp_path: Path) -> None:
    now = time.time()
    tracker, records_path = tmp_path / "rasa.db", tmp_path / "records.db"
    _tracker(tracker, [("old", now - 100 * 86400), ("old", now - 95 * 86400), ("new", now)])
    db = store.records_db(str(records_path))
    _case_with_worker_rows(db, "old")
    _case_with_worker_rows(db, "new")
    counts = retention.purge(tracker, records_path, days=90, now=now)
    assert counts["conversations"] == 1 and counts["events"] == 2
    assert counts["review_notes"] == 1 and counts["review_keys"] == 1
    assert casework.state_of(db, "new").notes and not casework.state_of(db, "old").notes


def test_purge_sweeps_app_rows_of_cases_purged_by_date(tmp_path: Path) -> None:
    db = store.records_db(str(tmp_path / "records.db"))
    _case_with_worker_rows(db, "gone")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE cases SET updated_at = '2000-01-01T00:00:00+00:00'")
    counts = retention.purge(tmp_path / "none.db", tmp_path / "records.db", days=90)
    assert counts["cases"] == 1 and counts["review_notes"] == 1 and counts["review_tags"] == 1

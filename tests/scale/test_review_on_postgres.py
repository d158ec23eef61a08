"""The review app with DATABASE_URL set, over HTTP in its own process: it shows a conversation
Rasa's own SQL tracker store kept in PostgreSQL, with the case and flags the bot wrote there,
keeps a worker's note and status there, which an erasure takes with the case, keeps its
accounts, sessions and append-only audit log there, and makes no SQLite file for any of it."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from core import database, datastore, records
from review import audit, auth, store
from tests.support import review_server

WORKER = ("wendy", "W long pass phrase 1")
SENDER = "+447700900777"
DOMAIN = Domain.from_dict(
    {
        "slots": {
            name: {"type": "any", "mappings": [{"type": "custom"}]}
            for name in ("borough", "waiting_for_person", "handoff", "crime_type")
        }
    }
)


async def keep_in_rasa(database_url: str, sender_id: str, user_text: str, bot_text: str) -> None:
    """One conversation saved by Rasa's SQL tracker store, as a replica would save it."""
    endpoint = database.tracker_store_endpoint(database.parse(database_url))
    store = SQLTrackerStore(
        DOMAIN,
        dialect=endpoint["dialect"],
        host=endpoint["url"],
        port=endpoint["port"],
        db=endpoint["db"],
        username=endpoint["username"],
        password=endpoint["password"],
    )
    tracker = DialogueStateTracker.from_events(
        sender_id,
        [
            ActionExecuted("action_listen"),
            UserUttered(user_text, input_channel="twilio"),
            SlotSet("crime_type", "burglary"),
            SlotSet("borough", "hackney"),
            BotUttered(bot_text),
            SlotSet("waiting_for_person", True),
            SlotSet("handoff", "waiting"),
        ],
        slots=DOMAIN.slots,
    )
    await store.save(tracker)
    store.engine.dispose()


async def test_the_review_app_shows_a_conversation_kept_in_postgresql(
    database_url: str, tmp_path: Path
) -> None:
    await keep_in_rasa(database_url, SENDER, "they broke into my flat", "I am sorry that happened.")
    bot = records.open_db()
    reference = records.save_case(
        bot,
        sender_id=SENDER,
        channel="twilio",
        answers={"crime_type": "burglary", "borough": "hackney"},
        categories=["intimidated"],
        reasons=[{"category": "intimidated", "rule": "fear", "reason": "afraid"}],
        referrals=[],
        contact={"referral_consent": True, "contact_safe": True, "contact_method": "call"},
    )
    records.raise_flag(bot, SENDER, "human", "twilio")
    datastore.dispose_all()

    with review_server.running(tmp_path, tmp_path / "rasa.db", tmp_path / "records.db") as app:
        app.add_user(WORKER[0], "worker", WORKER[1])
        client = app.client()
        assert client.login(*WORKER).status_code == 302
        queue = client.get("/queue")
        assert queue.status_code == 200
        assert reference in queue.text, "the case the bot wrote in PostgreSQL is listed"
        key = re.search(r'href="/case/([^"]+)">' + reference, queue.text)
        assert key, queue.text
        case = client.get(f"/case/{key.group(1)}")
        assert case.status_code == 200
        assert "they broke into my flat" in case.text, "the person's words, from PostgreSQL"
        assert "I am sorry that happened." in case.text
        found = client.get("/queue", params={"q": "BROKE INTO"})
        assert reference in found.text, "the search reads PostgreSQL's events, ignoring case"
        assert reference not in client.get("/queue", params={"q": "not said"}).text
        noted = client.post(f"/case/{key.group(1)}/note", {"note": "Called back, no answer."})
        assert noted.status_code in (302, 303), noted.text
        client.get(f"/case/{key.group(1)}")
        assert client.post(f"/case/{key.group(1)}/status", {"status": "closed"}).status_code < 400

    assert not (tmp_path / "rasa.db").exists(), "no SQLite tracker store was read or made"
    assert not (tmp_path / "review.db").exists(), "accounts and the audit log are in PostgreSQL"
    with sqlite3.connect(tmp_path / "records.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0] == 0
    engine = sa.create_engine(database_url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        # The app's read-only transactions wrote nothing into Rasa's table.
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM events").scalar() == 7
        assert conn.exec_driver_sql("SELECT text FROM review_notes").scalars().all() == [
            "Called back, no answer."
        ], "the worker's note is in PostgreSQL"
        assert conn.exec_driver_sql("SELECT status FROM review_status").scalar() == "closed"
        assert conn.exec_driver_sql("SELECT name FROM users").scalar() == WORKER[0]
        logged = conn.exec_driver_sql("SELECT action FROM audit ORDER BY id").scalars().all()
        assert logged[:2] == ["user_created", "login"] and "add_note" in logged
    counts = records.erase(records.open_db(), SENDER)
    assert {table: counts[table] for table in ("cases", "flags", "review_notes")} == {
        "cases": 1,
        "flags": 1,
        "review_notes": 1,
    }
    assert counts["review_keys"] == 1 and counts["review_status"] == 1
    assert counts["review_queue"] == 1
    engine.dispose()


def test_the_app_cannot_write_to_rasas_tables_and_the_bot_still_can(database_url: str) -> None:
    tracker = store.tracker_db("unused.db")
    with pytest.raises(sa.exc.InternalError, match="read-only"), tracker.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE written_by_the_app (a int)")
    # The same pool serves the records, whose writes must not inherit the app's read only.
    bot = records.open_db()
    records.raise_flag(bot, SENDER, "human")
    assert records.flags_for(bot, SENDER) == ["human"]


def test_accounts_sessions_and_the_audit_log_on_postgresql(database_url: str) -> None:
    db = store.review_db("unused.db")
    assert db.dialect.name == "postgresql"
    user = auth.create_user(db, "amy", "worker", "A long pass phrase 1")
    with pytest.raises(auth.AccountError, match="already"):
        auth.create_user(db, "amy", "worker", "A long pass phrase 2")
    for _ in range(2):
        result = auth.attempt_login(db, "amy", "wrong", max_failures=2, lockout_seconds=60)
    assert result.outcome == "locked"
    auth.unlock(db, user.id)
    ok = auth.attempt_login(db, "amy", "A long pass phrase 1", max_failures=2, lockout_seconds=60)
    assert ok.user == user
    token = auth.start_session(db, user)
    session = auth.load_session(db, token, idle_seconds=60)
    assert session is not None and session.user == user
    auth.set_disabled(db, user.id, True)
    assert auth.load_session(db, token, idle_seconds=60) is None

    for n in range(3):
        audit.record(db, "view_case", user="amy", role="worker", conversation=f"k{n}")
    assert audit.verify(db).ok and audit.verify(db).entries == 3
    assert [r["conversation"] for r in audit.query(db, audit.AuditFilter(user="amy"))] == [
        "k2", "k1", "k0"
    ]  # fmt: skip
    for statement in ("UPDATE audit SET \"user\" = 'x'", "DELETE FROM audit", "TRUNCATE audit"):
        with pytest.raises(sa.exc.InternalError, match="append-only"), db.begin() as conn:
            conn.exec_driver_sql(statement)
    assert audit.verify(db).entries == 3

"""The tracker store keeps nothing on disk without consent, and erases on request."""

import sqlite3

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered

from bot.tracker_store import ConsentAwareTrackerStore

DOMAIN = Domain.from_dict(
    {
        "slots": {
            "consent": {"type": "bool", "mappings": [{"type": "custom"}]},
            "data_erased": {"type": "bool", "mappings": [{"type": "custom"}]},
        }
    }
)


@pytest.fixture
def store(tmp_path):
    return ConsentAwareTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "rasa.db"))


def stored_texts(store, sender):
    path = store.engine.url.database
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", [sender]
        ).fetchall()
    return [row[0] for row in rows]


async def test_nothing_is_written_before_consent(store):
    tracker = await store.get_or_create_tracker("person")
    tracker.update(UserUttered("my secret story"))
    await store.save(tracker)
    assert stored_texts(store, "person") == []
    again = await store.retrieve("person")
    assert again.latest_message.text == "my secret story", "kept in memory for the conversation"


async def test_consent_writes_the_whole_conversation(store):
    tracker = await store.get_or_create_tracker("person")
    tracker.update(UserUttered("hello"))
    await store.save(tracker)
    tracker = await store.retrieve("person")
    tracker.update(SlotSet("consent", True))
    tracker.update(UserUttered("it was a burglary"))
    await store.save(tracker)
    texts = stored_texts(store, "person")
    assert len(texts) == 2 and "hello" in texts[0] and "burglary" in texts[1]
    reloaded = await store.retrieve("person")
    assert reloaded.get_slot("consent") is True


async def test_refused_consent_stays_in_memory(store):
    tracker = await store.get_or_create_tracker("person")
    tracker.update(SlotSet("consent", False))
    tracker.update(UserUttered("what is a vps"))
    await store.save(tracker)
    assert stored_texts(store, "person") == []


async def test_erasure_deletes_every_event(store):
    tracker = await store.get_or_create_tracker("person")
    tracker.update(SlotSet("consent", True))
    tracker.update(UserUttered("please delete"))
    await store.save(tracker)
    assert stored_texts(store, "person")
    tracker = await store.retrieve("person")
    tracker.update(SlotSet("data_erased", True))
    await store.save(tracker)
    assert stored_texts(store, "person") == []
    assert await store.retrieve("person") is None


async def test_erasure_leaves_other_conversations(store):
    for sender in ("one", "two"):
        tracker = await store.get_or_create_tracker(sender)
        tracker.update(SlotSet("consent", True))
        tracker.update(UserUttered(f"hello from {sender}"))
        await store.save(tracker)
    store.erase("one")
    assert stored_texts(store, "one") == []
    assert stored_texts(store, "two")


def test_sqlite_runs_in_wal_mode(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"

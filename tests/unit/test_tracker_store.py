"""The tracker store keeps nothing on disk without consent, and erases on request."""

import json
import sqlite3

import pytest
from rasa.core.tracker_store import FailSafeTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import rasa_patches
from bot.tracker_store import ConsentAwareTrackerStore, ConversationStoreUnavailable

DOMAIN = Domain.from_dict(
    {
        "slots": {
            "consent": {"type": "bool", "mappings": [{"type": "custom"}]},
            "data_erased": {"type": "bool", "mappings": [{"type": "custom"}]},
        }
    }
)


@pytest.fixture
def fail_safe_passes_errors_on():
    """Rasa's FailSafeTrackerStore as bot.server runs it (bot/rasa_patches.py)."""
    originals = {
        name: FailSafeTrackerStore.__dict__[name]
        for name in ("save", "retrieve", "retrieve_full_tracker")
    }
    rasa_patches.pass_conversation_store_errors_on()
    yield
    for name, method in originals.items():
        setattr(FailSafeTrackerStore, name, method)


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


def consented(sender: str, text: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    tracker.update(SlotSet("consent", True))
    tracker.update(UserUttered(text))
    return tracker


def full_disk(store) -> None:
    """Make every write past the current size fail as a full disk does (SQLITE_FULL)."""
    import sqlalchemy as sa

    def limit(dbapi_connection, _record):
        size = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={size}")

    sa.event.listen(store.engine, "connect", limit)
    store.engine.dispose()


async def test_a_full_disk_is_reported_without_the_message(store):
    await store.save(consented("s-full", "first"))
    full_disk(store)
    tracker = consented("s-full", "first")
    tracker.update(UserUttered("he took my phone " * 400))
    with pytest.raises(ConversationStoreUnavailable) as failure:
        await store.save(tracker)
    assert "full" in str(failure.value)
    assert "took my phone" not in str(failure.value)
    assert failure.value.__cause__ is None and failure.value.__suppress_context__


async def test_a_busy_database_is_reported_and_rasas_fail_safe_store_does_not_hide_it(
    store, fail_safe_passes_errors_on
):
    await store.save(consented("s-busy", "first"))
    tracker = consented("s-busy", "first")
    tracker.update(UserUttered("someone is following me"))
    holder = sqlite3.connect(store.engine.url.database, timeout=30)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ConversationStoreUnavailable, match="locked"):
            await FailSafeTrackerStore(store).save(tracker)
    finally:
        holder.rollback()
        holder.close()
    assert [json.loads(row)["text"] for row in stored_texts(store, "s-busy")] == ["first"]
    await FailSafeTrackerStore(store).save(tracker)
    texts = [json.loads(row)["text"] for row in stored_texts(store, "s-busy")]
    assert texts == ["first", "someone is following me"]


async def test_a_failed_read_is_reported_not_taken_for_a_new_conversation(
    tmp_path, fail_safe_passes_errors_on
):
    store = ConsentAwareTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "r.db"))
    await store.save(consented("s-read", "first"))
    with sqlite3.connect(tmp_path / "r.db") as conn:
        conn.execute("DROP TABLE events")
    with pytest.raises(ConversationStoreUnavailable):
        await FailSafeTrackerStore(store).retrieve("s-read")


# -- the tracker cache ---------------------------------------------------------------------------


def all_stored(store, sender):
    with sqlite3.connect(store.engine.url.database) as conn:
        rows = conn.execute(
            "SELECT type_name, data FROM events WHERE sender_id = ? ORDER BY id", [sender]
        ).fetchall()
    return [(kind, json.loads(data).get("text")) for kind, data in rows]


async def test_turns_through_the_cache_store_every_event_once_and_read_back_the_same(
    store, tmp_path
):
    await store.save(consented("c", "first"))
    for turn in range(5):
        tracker = await store.retrieve("c")
        tracker.update(UserUttered(f"turn {turn}"))
        tracker.update(SlotSet("data_erased", False))
        await store.save(tracker)
    texts = [text for kind, text in all_stored(store, "c") if kind == "user"]
    assert texts == ["first", *(f"turn {t}" for t in range(5))]
    # A second store on the same file (another process) rebuilds the same conversation.
    other = ConsentAwareTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "rasa.db"))
    cached, rebuilt = await store.retrieve("c"), await other.retrieve("c")
    assert cached.current_state() == rebuilt.current_state()
    assert [e.as_dict() for e in cached.events] == [e.as_dict() for e in rebuilt.events]


async def test_a_turn_stored_by_another_process_is_not_hidden_by_the_cache(store, tmp_path):
    await store.save(consented("c", "first"))
    tracker = await store.retrieve("c")  # now cached here
    tracker.update(UserUttered("mine"))
    await store.save(tracker)
    other = ConsentAwareTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "rasa.db"))
    theirs = await other.retrieve("c")
    theirs.update(UserUttered("from the other replica"))
    await other.save(theirs)
    again = await store.retrieve("c")
    assert again.latest_message.text == "from the other replica"
    again.update(UserUttered("back here"))
    await store.save(again)
    texts = [text for kind, text in all_stored(store, "c") if kind == "user"]
    assert texts == ["first", "mine", "from the other replica", "back here"]


async def test_a_cached_tracker_cannot_be_changed_by_its_caller(store):
    await store.save(consented("c", "first"))
    first = await store.retrieve("c")
    first.update(UserUttered("not saved"))
    second = await store.retrieve("c")
    assert second.latest_message.text == "first"


async def test_a_new_session_is_read_back_from_the_database(store):
    from rasa.shared.core.events import ActionExecuted, SessionStarted

    await store.save(consented("c", "first"))
    tracker = await store.retrieve("c")
    tracker.update(ActionExecuted("action_session_start"))
    tracker.update(SessionStarted())
    tracker.update(SlotSet("consent", True))
    tracker.update(UserUttered("new session"))
    await store.save(tracker)
    again = await store.retrieve("c")
    assert next(e.type_name for e in again.events) == "session_started", "only the new session"
    assert again.latest_message.text == "new session"


async def test_erasure_empties_the_cache_too(store):
    await store.save(consented("c", "first"))
    await store.retrieve("c")
    store.erase("c")
    assert await store.retrieve("c") is None


async def test_the_saved_tracker_is_handed_to_the_next_turn_without_a_copy(store):
    await store.save(consented("c", "first"))
    tracker = await store.retrieve("c")
    tracker.update(UserUttered("second"))
    await store.save(tracker)
    assert await store.retrieve("c") is tracker


async def test_a_failed_turn_leaves_nothing_in_the_cache(store):
    await store.save(consented("c", "first"))
    await store.save(await store.retrieve("c"))  # cached now
    failed = await store.retrieve("c")
    failed.update(UserUttered("never saved"))  # the turn fails here, before save()
    retried = await store.retrieve("c")
    assert retried is not failed
    assert retried.latest_message.text == "first"
    retried.update(UserUttered("sent again"))
    await store.save(retried)
    texts = [text for kind, text in all_stored(store, "c") if kind == "user"]
    assert texts == ["first", "sent again"]
    assert (await store.retrieve("c")).latest_message.text == "sent again"

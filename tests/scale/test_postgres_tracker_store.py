"""Rasa's tracker store on a real PostgreSQL (DATABASE_URL), as bin/run configures it: consent
gating, erasure, the 90-day purge and the tracker cache behave as on SQLite."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_tracker_store
from rasa.core.utils import AvailableEndpoints
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker_store import ConsentAwareTrackerStore
from core import database, records
from core.retention import purge

ROOT = Path(__file__).resolve().parents[2]
DAY = 86400
DOMAIN = Domain.from_dict(
    {
        "slots": {
            "consent": {"type": "bool", "mappings": [{"type": "custom"}]},
            "data_erased": {"type": "bool", "mappings": [{"type": "custom"}]},
        }
    }
)

MakeStore = Callable[[], ConsentAwareTrackerStore]


@pytest.fixture
def make_store(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MakeStore]:
    """Makes tracker stores (one per replica) from the endpoints bin/run writes."""
    var = tmp_path / "var"
    var.mkdir(mode=0o700)
    endpoints = var / "endpoints.yml"
    endpoints.write_text((ROOT / "endpoints.yml").read_text())
    assert database.main(["endpoints", str(endpoints)]) == 0
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "a-token")
    endpoint = AvailableEndpoints.read_endpoints(str(endpoints)).tracker_store
    made: list[ConsentAwareTrackerStore] = []

    def make() -> ConsentAwareTrackerStore:
        store = create_tracker_store(endpoint, DOMAIN)
        # Rasa falls back to keeping conversations in memory when it cannot load the class.
        assert isinstance(store, ConsentAwareTrackerStore)
        assert store.engine.dialect.name == "postgresql"
        made.append(store)
        return store

    yield make
    for store in made:
        store.engine.dispose()


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """Every SQL statement any engine runs during the test."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    sa.event.listen(sa.engine.Engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(sa.engine.Engine, "before_cursor_execute", record)


def sqlite_only(statements: list[str]) -> list[str]:
    return [s for s in statements if "PRAGMA" in s.upper() or "sqlite_" in s.lower()]


def stored(database_url: str, sender_id: str | None = None) -> list[tuple[str, str]]:
    """(sender, event type) of the rows in the events table, in the order they were written."""
    engine = sa.create_engine(database_url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT sender_id, type_name FROM events ORDER BY id")).all()
    engine.dispose()
    return [(s, t) for s, t in rows if sender_id is None or s == sender_id]


def consented(sender_id: str, *events: Event) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(
        sender_id,
        [ActionExecuted("action_listen"), SlotSet("consent", True), *events],
        slots=DOMAIN.slots,
    )


def as_dicts(tracker: DialogueStateTracker | None) -> list[dict[str, Any]]:
    assert tracker is not None
    return [event.as_dict() for event in tracker.events]


async def test_a_consented_conversation_is_stored_and_read_back(make_store, database_url):
    store = make_store()
    tracker = consented("person", UserUttered("it was a burglary"))

    await store.save(tracker)

    assert stored(database_url) == [("person", e.type_name) for e in tracker.events]
    again = await make_store().retrieve("person")
    assert as_dicts(again) == as_dicts(tracker), "every event back as it was, in order"
    assert again is not None and again.get_slot("consent") is True
    assert await store.keys() == ["person"]


async def test_nothing_is_written_before_consent(make_store, database_url, statements):
    store = make_store()
    tracker = await store.get_or_create_tracker("person")
    tracker.update(UserUttered("my secret story"))
    await store.save(tracker)
    tracker.update(SlotSet("consent", False))
    await store.save(tracker)

    assert stored(database_url) == []
    assert not [s for s in statements if s.lstrip().upper().startswith("INSERT")]
    kept = await store.retrieve("person")
    assert kept is not None and kept.latest_message.text == "my secret story"


async def test_erasure_deletes_every_row_of_the_conversation(make_store, database_url, statements):
    store = make_store()
    await store.save(consented("person", UserUttered("first"), UserUttered("second")))
    await store.save(consented("other", UserUttered("kept")))
    tracker = await store.retrieve("person")
    assert tracker is not None

    tracker.update(SlotSet("data_erased", True))
    await store.save(tracker)

    assert stored(database_url, "person") == []
    assert len(stored(database_url, "other")) == 3
    assert await make_store().retrieve("person") is None
    assert await store.retrieve("person") is None, "nothing cached either"
    assert sqlite_only(statements) == []


async def test_the_purge_deletes_old_conversations_and_keeps_newer(
    make_store, database_url, tmp_path, statements
):
    store = make_store()
    now = time.time()
    for sender_id, (first, last) in {"old": (100, 95), "recent": (100, 2)}.items():
        await store.save(
            DialogueStateTracker.from_events(
                sender_id,
                [SlotSet("consent", True, timestamp=now - first * DAY),
                 UserUttered("hello", timestamp=now - last * DAY)],
                slots=DOMAIN.slots,
            )
        )  # fmt: skip
    assert await store.retrieve("old") is not None
    records_db = tmp_path / "records.db"
    db = records.open_db(records_db)
    records.raise_flag(db, "old", "human")
    records.raise_flag(db, "recent", "in_danger")
    sqlite_tracker = tmp_path / "rasa.db"

    counts = purge(sqlite_tracker, records_db, days=90, now=now)

    assert counts["conversations"] == 1 and counts["events"] == 2 and counts["flags"] == 1
    assert stored(database_url) == [("recent", "slot"), ("recent", "user")]
    assert records.flags_for(db, "recent") == ["in_danger"]
    assert await store.retrieve("old") is None, "a replica's cached tracker goes too"
    assert not sqlite_tracker.exists(), "the SQLite tracker store is not used"
    assert sqlite_only(statements) == []


async def test_a_cached_tracker_is_not_used_after_another_replica_wrote(
    make_store, database_url, monkeypatch
):
    rebuilt: list[str] = []
    rebuild = SQLTrackerStore.retrieve

    async def counting(self: SQLTrackerStore, sender_id: str) -> DialogueStateTracker | None:
        rebuilt.append(sender_id)
        return await rebuild(self, sender_id)

    monkeypatch.setattr(SQLTrackerStore, "retrieve", counting)
    replica_a, replica_b = make_store(), make_store()
    await replica_a.save(consented("person", UserUttered("hello")))
    # A turn: the tracker read, then saved, is the one the cache hands to the next turn.
    await replica_a.save(await replica_a.retrieve("person"))
    rebuilt.clear()

    await replica_a.retrieve("person")
    assert rebuilt == [], "the stamp read back from PostgreSQL matches the cached one"

    on_b = await replica_b.retrieve("person")
    assert on_b is not None
    on_b.update(UserUttered("through replica b"))
    await replica_b.save(on_b)
    on_a = await replica_a.retrieve("person")
    assert on_a is not None and on_a.latest_message.text == "through replica b"
    assert rebuilt == ["person", "person"], "b read the database once, and a again"

    on_a.update(UserUttered("through replica a"))
    await replica_a.save(on_a)
    assert as_dicts(await replica_b.retrieve("person")) == as_dicts(on_a)
    assert [t for _, t in stored(database_url)] == ["action", "slot", "user", "user", "user"]

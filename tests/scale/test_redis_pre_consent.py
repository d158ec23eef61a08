"""Conversations without consent live in Redis when REDIS_URL is set, shared by every replica,
sealed, expiring after the same silence as in memory, and never on disk (bot/tracker_store.py)."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from rasa.shared.core.events import SlotSet, UserUttered

from bot.tracker_store import (
    MEMORY_TTL_SECONDS,
    ConsentAwareTrackerStore,
    ConversationStoreUnavailable,
    MemoryPreConsent,
    RedisPreConsent,
)
from tests.support.redis_contents import DOMAIN

PHONE = "+447700900123"
TEXT = "my neighbour hit me with a bottle"


def replica(tmp_path, name: str) -> ConsentAwareTrackerStore:
    return ConsentAwareTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / name))


def stored_events(store: ConsentAwareTrackerStore) -> int:
    with sqlite3.connect(store.engine.url.database) as conn:
        return conn.execute("SELECT count(*) FROM events").fetchone()[0]


async def said(store, text: str = TEXT, sender: str = PHONE):
    tracker = await store.get_or_create_tracker(sender)
    tracker.update(UserUttered(text))
    await store.save(tracker)
    return tracker


async def test_a_conversation_before_consent_is_seen_by_every_replica(redis_url, tmp_path, red):
    one, two = replica(tmp_path, "one.db"), replica(tmp_path, "two.db")
    assert isinstance(one._pre_consent, RedisPreConsent)
    await said(one)
    tracker = await two.retrieve(PHONE)
    assert tracker is not None and tracker.latest_message.text == TEXT
    assert (await one.keys()) == (await two.keys()) == [PHONE]
    assert stored_events(one) == stored_events(two) == 0, "nothing on disk before consent"
    [key] = red.keys("victims:pre-consent:*")
    assert MEMORY_TTL_SECONDS - 5 < red.ttl(key) <= MEMORY_TTL_SECONDS


async def test_consent_on_another_replica_moves_the_conversation_to_the_database(
    redis_url, tmp_path, red
):
    one, two = replica(tmp_path, "one.db"), replica(tmp_path, "two.db")
    await said(one)
    tracker = await two.retrieve(PHONE)
    tracker.update(SlotSet("consent", True))
    await two.save(tracker)
    assert red.keys("victims:pre-consent:*") == []
    assert stored_events(two) > 0
    assert await one.retrieve(PHONE) is None, "no copy left in Redis for a replica to read"


async def test_erasure_removes_it_from_redis(redis_url, tmp_path, red):
    one = replica(tmp_path, "one.db")
    tracker = await said(one)
    tracker.update(SlotSet("data_erased", True))
    await one.save(tracker)
    assert red.dbsize() == 0


async def test_it_expires_after_the_silence(redis_url, tmp_path):
    one, two = replica(tmp_path, "one.db"), replica(tmp_path, "two.db")
    one._pre_consent.ttl_seconds = 1  # type: ignore[union-attr]
    await said(one)
    assert await two.retrieve(PHONE) is not None
    await asyncio.sleep(1.2)
    assert await two.retrieve(PHONE) is None


async def test_a_value_put_in_redis_by_someone_else_is_never_unpickled(redis_url, tmp_path, red):
    one = replica(tmp_path, "one.db")
    await said(one)
    [key] = red.keys("victims:pre-consent:*")
    red.set(key, b"cos\nsystem\n(S'echo pwned'\ntR.")  # a pickle that would run a command
    with pytest.raises(ConversationStoreUnavailable, match="SealBroken"):
        await one.retrieve(PHONE)


async def test_without_redis_it_stays_in_this_process(tmp_path, monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    one, two = replica(tmp_path, "one.db"), replica(tmp_path, "two.db")
    assert isinstance(one._pre_consent, MemoryPreConsent)
    await said(one)
    assert (await one.retrieve(PHONE)).latest_message.text == TEXT
    assert await two.retrieve(PHONE) is None
    assert stored_events(one) == 0


async def test_redis_down_is_a_store_failure_the_channel_reports(redis_url, tmp_path, monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    one = replica(tmp_path, "one.db")
    with pytest.raises(ConversationStoreUnavailable) as error:
        await said(one)
    assert TEXT not in str(error.value) and "7700900123" not in str(error.value)

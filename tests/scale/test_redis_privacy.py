"""Nothing in Redis says who wrote or what they wrote: keys name conversations by a keyed hash,
and the one value about a conversation is sealed (bot/shared_redis.py)."""

from __future__ import annotations

import pickle

from rasa.shared.core.events import UserUttered

from bot.channels.sms.seen import SeenMessages
from bot.lock_store import AtomicRedisLockStore
from bot.shared_redis import RedisSeenIds
from bot.tracker_store import ConsentAwareTrackerStore
from tests.support.redis_contents import DOMAIN, everything_in

PHONE = "+447700900123"
TEXT = "he said he would burn the flat down"
SID = "SM" + "fedcba9876543210" * 2


async def test_no_key_or_value_holds_the_number_or_the_words(redis_url, tmp_path, red):
    store = ConsentAwareTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "r.db"))
    lock_store = AtomicRedisLockStore(url=redis_url)
    async with lock_store.lock(PHONE):
        tracker = await store.get_or_create_tracker(PHONE)
        tracker.update(UserUttered(TEXT))
        await store.save(tracker)
        lock_store.issue_ticket(PHONE)  # a second message waiting
        SeenMessages(tmp_path / "records.db").first_time(SID)
        RedisSeenIds("telegram-update", 60).first_time(123456)
        everything = b"\n".join(everything_in(red))
    assert TEXT.encode() in pickle.dumps(tracker), "what the seal has to hide"
    assert red.dbsize() == 4, "pre-consent, lock, sid, update id"
    for secret in (PHONE, PHONE.lstrip("+"), "7700900123", TEXT, "burn the flat"):
        assert secret.encode() not in everything
    for utf16 in (PHONE.encode("utf-16-le"), TEXT.encode("utf-16-le")):
        assert utf16 not in everything


def test_every_key_expires_on_its_own(redis_url, tmp_path, red):
    AtomicRedisLockStore(url=redis_url).issue_ticket(PHONE)
    SeenMessages(tmp_path / "records.db").first_time(SID)
    assert all(red.ttl(key) > 0 for key in red.scan_iter())

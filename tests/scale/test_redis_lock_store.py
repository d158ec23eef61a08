"""The lock store on Redis (bot/lock_store.py): one turn at a time per conversation, across
processes, where Rasa's own RedisLockStore lets two in."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from rasa.core.lock_store import LockError, RedisLockStore

from bot.lock_store import AtomicRedisLockStore

ROOT = Path(__file__).resolve().parents[2]
PHONE = "+447700900123"


def hold_in_thread(enter, inside: threading.Barrier, results: list[str]) -> threading.Thread:
    """A thread that takes the lock with ``enter()`` and, holding it, waits at ``inside``."""

    async def turn() -> None:
        async with enter():
            try:
                inside.wait(timeout=0.5)
                results.append("together")
            except threading.BrokenBarrierError:
                results.append("alone")

    thread = threading.Thread(target=asyncio.run, args=(turn(),))
    thread.start()
    return thread


def test_rasas_redis_lock_store_lets_two_replicas_into_one_conversation(redis_url):
    """Both replicas read the lock before either writes it back, as can happen whenever two
    messages of one person reach two replicas at once: both get ticket 0 and both are served."""
    both_read = threading.Barrier(2)

    class StockReplica(RedisLockStore):
        def get_or_create_lock(self, conversation_id):
            lock = super().get_or_create_lock(conversation_id)
            both_read.wait(timeout=5)
            return lock

    port = int(redis_url.rsplit(":", 1)[1].split("/")[0])
    replicas = [StockReplica(host="127.0.0.1", port=port, db=0) for _ in range(2)]
    inside = threading.Barrier(2)
    results: list[str] = []
    threads = [
        hold_in_thread(lambda r=r: r.lock(PHONE, wait_time_in_seconds=0.01), inside, results)
        for r in replicas
    ]
    for thread in threads:
        thread.join(timeout=10)
    assert results == ["together", "together"], "Rasa's store served both at once"


def test_the_atomic_store_never_lets_two_in_under_the_same_race(redis_url):
    replicas = [AtomicRedisLockStore(url=redis_url) for _ in range(2)]
    inside = threading.Barrier(2)
    results: list[str] = []
    threads = [
        hold_in_thread(lambda r=r: r.lock(PHONE, wait_time_in_seconds=0.01), inside, results)
        for r in replicas
    ]
    for thread in threads:
        thread.join(timeout=10)
    assert results == ["alone", "alone"]


def test_processes_racing_for_one_conversation_take_turns(redis_url, red):
    """Four processes, each a replica with its own store, take one conversation's lock again
    and again: never two inside at once, every ticket served once."""
    processes, turns = 4, 40
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    racers = [
        subprocess.Popen(
            [sys.executable, str(ROOT / "tests/scale/lock_racer.py"), redis_url, PHONE, str(turns)],
            env=env,
        )
        for _ in range(processes)
    ]
    try:
        # Released together once every racer has started and imported Rasa.
        deadline = time.monotonic() + 30
        while len(red.client_list()) < processes + 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        red.rpush("race:go", *["go"] * processes)
        for racer in racers:
            assert racer.wait(timeout=40) == 0
    finally:
        for racer in racers:
            if racer.poll() is None:
                racer.kill()
    served = [int(t) for t in red.lrange("race:tickets", 0, -1)]
    assert int(red.get("race:turns") or 0) == processes * turns
    assert red.get("race:overlaps") is None, "two replicas held the conversation at once"
    assert sorted(served) == list(range(processes * turns)), "each ticket served once, none lost"


async def test_tickets_are_served_in_the_order_issued(redis_url):
    store = AtomicRedisLockStore(url=redis_url)
    first, second, third = (store.issue_ticket("c") for _ in range(3))
    assert (first, second, third) == (0, 1, 2)
    assert store.get_lock("c").now_serving == first
    assert store.is_someone_waiting("c")
    store.cleanup("c", second)  # a waiter that gave up
    store.cleanup("c", first)
    assert store.get_lock("c").now_serving == third
    store.cleanup("c", third)
    assert store.get_lock("c") is None and not store.is_someone_waiting("c")


async def test_a_released_lock_lets_the_next_turn_in_at_once(redis_url, red):
    store = AtomicRedisLockStore(url=redis_url)
    async with store.lock("c"):
        pass
    assert store.get_lock("c") is None
    started = time.monotonic()
    async with store.lock("c", wait_time_in_seconds=5) as held:
        assert held.now_serving == 1, "numbers go on: a late release cannot hit a new ticket"
    assert time.monotonic() - started < 1
    key = store._key("c")
    assert red.hget(key, "t") is None
    assert 0 < red.ttl(key) <= 60 + 3600, "the counter goes on its own"


async def test_a_replica_that_died_holding_the_lock_holds_it_only_for_the_lifetime(redis_url):
    dead = AtomicRedisLockStore(url=redis_url)
    dead.issue_ticket("c", lock_lifetime=0.3)  # never given back
    alive = AtomicRedisLockStore(url=redis_url)
    started = time.monotonic()
    async with alive.lock("c", lock_lifetime=5, wait_time_in_seconds=0.02):
        waited = time.monotonic() - started
    assert 0.2 <= waited < 2


async def test_a_live_turn_keeps_its_lease_and_a_dead_one_loses_it_after_the_lease(redis_url):
    # A turn longer than its lease: renewed, it still holds the conversation.
    alive = AtomicRedisLockStore(url=redis_url, lease_seconds=0.3)
    other = AtomicRedisLockStore(url=redis_url, lease_seconds=0.3)
    async with alive.lock("c", lock_lifetime=30):
        await asyncio.sleep(1)
        assert other.get_lock("c") is not None, "the lease was renewed"
    # A replica that died holding a leased ticket (issued as lock() issues it, never renewed)
    # holds the conversation only for the lease, not for the 30 s lifetime.
    other.issue_ticket("c", lock_lifetime=0.3)
    started = time.monotonic()
    async with alive.lock("c", lock_lifetime=30, wait_time_in_seconds=0.02):
        waited = time.monotonic() - started
    assert 0.2 <= waited < 2


async def test_a_lease_is_renewed_no_longer_than_the_lifetime(redis_url):
    store = AtomicRedisLockStore(url=redis_url, lease_seconds=0.3)
    waiter = AtomicRedisLockStore(url=redis_url, lease_seconds=0.3)
    async with store.lock("c", lock_lifetime=0.6):
        await asyncio.sleep(1.2)
        assert store.get_lock("c") is None, "a stuck turn gives the conversation up in time"
    async with waiter.lock("c", wait_time_in_seconds=0.02):
        pass


async def test_a_turn_that_outlived_its_ticket_does_not_release_the_next_one(redis_url):
    store = AtomicRedisLockStore(url=redis_url)
    slow = store.issue_ticket("c", lock_lifetime=0.1)
    await asyncio.sleep(0.2)
    current = store.issue_ticket("c")
    waiting = store.issue_ticket("c")
    store.cleanup("c", slow)  # the slow turn finishing late
    lock = store.get_lock("c")
    assert lock.now_serving == current and lock.is_locked(waiting)


async def test_a_waiter_whose_ticket_expired_is_told_so(redis_url):
    store = AtomicRedisLockStore(url=redis_url)
    store.issue_ticket("c", lock_lifetime=5)
    with pytest.raises(LockError):
        async with store.lock("c", lock_lifetime=0.1, wait_time_in_seconds=0.05):
            pass


async def test_rasas_own_calls_on_the_lock_keep_their_meaning(redis_url):
    store = AtomicRedisLockStore(url=redis_url)
    lock = store.get_or_create_lock("c")
    lock.issue_ticket(30)
    store.save_lock(lock)
    assert store.get_lock("c").now_serving == 0
    assert store.issue_ticket("c") == 1, "save_lock keeps numbers from repeating"
    store.finish_serving("c", 0)
    store.update_lock("c")
    assert store.get_lock("c").now_serving == 1
    store.delete_lock("c")
    assert store.get_lock("c") is None


def test_an_unreachable_redis_is_a_lock_error_that_names_no_conversation(redis_url):
    with socket_closed() as port:
        store = AtomicRedisLockStore(url=f"redis://127.0.0.1:{port}/0")
        with pytest.raises(LockError) as error:
            store.issue_ticket(PHONE)
    assert "7700900123" not in str(error.value)


def socket_closed():
    import contextlib
    import socket

    @contextlib.contextmanager
    def closed():
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        yield port

    return closed()

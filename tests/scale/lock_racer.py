"""One replica in the lock race of test_redis_lock_store.py, run as its own process.

    python tests/scale/lock_racer.py REDIS_URL CONVERSATION_ID TURNS

It waits for the test's start signal, then takes the conversation's lock TURNS times. Inside the
lock it counts itself in and out of ``race:inside``; finding anyone else inside counts an
overlap. The number of each ticket served goes to ``race:tickets``.
"""

from __future__ import annotations

import asyncio
import sys

import redis

from bot.lock_store import AtomicRedisLockStore


async def race(url: str, conversation_id: str, turns: int) -> None:
    red = redis.Redis.from_url(url)
    store = AtomicRedisLockStore(url=url)
    red.blpop(["race:go"], timeout=30)
    for _ in range(turns):
        async with store.lock(conversation_id, wait_time_in_seconds=0.002) as held:
            if red.incr("race:inside") != 1:
                red.incr("race:overlaps")
            red.rpush("race:tickets", held.tickets[0].number)
            await asyncio.sleep(0.001)
            red.decr("race:inside")
        red.incr("race:turns")


if __name__ == "__main__":
    asyncio.run(race(sys.argv[1], sys.argv[2], int(sys.argv[3])))

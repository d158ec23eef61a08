"""A Rasa lock store on Redis whose tickets are issued and returned atomically.

Rasa takes a conversation's lock around each turn, so that two messages of one person are
handled one after the other. Its ``RedisLockStore`` issues a ticket by reading the lock, adding
the ticket and writing the lock back: two processes doing so at once both get the same ticket
and both handle the conversation (tests/scale/test_lock_store.py shows it). Here every change to
a lock is one Lua script, which Redis runs with nothing else in between.

Rasa's semantics are kept: tickets are served in the order issued, each lives ``lock_lifetime``
seconds (``TICKET_LOCK_LIFETIME``, default 60) so a process that died does not hold the
conversation for ever, and a waiter checks again every ``wait_time_in_seconds``. Also:

* a ticket is a lease: it is issued for ``LEASE_SECONDS`` and renewed while the turn that holds
  or awaits it is alive, up to ``lock_lifetime``. A replica killed in the middle of a turn stops
  renewing, so the person's next message, on another replica, waits for the lease to run out
  rather than for the whole lifetime;
* ticket numbers never repeat while the conversation's key lives, so a turn that outlived its
  ticket cannot, when it finishes, return a ticket issued to someone else since;
* the key expires on its own once every ticket has, plus ``KEEP_NUMBERS_SECONDS``;
* the key is a keyed hash of the conversation id (``bot.shared_redis``), which may be a phone
  number, and the value holds only ticket numbers and expiry times;
* times are Redis's clock, so replicas on machines whose clocks differ still agree.

Use it in endpoints.yml (``bin/run`` adds it when ``REDIS_URL`` is set)::

    lock_store:
      type: bot.lock_store.AtomicRedisLockStore
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import deque
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

import redis
from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, LockStore
from rasa.utils.endpoints import EndpointConfig

from bot import shared_redis

logger = logging.getLogger(__name__)

KIND = "lock"
# How long a conversation's ticket counter outlives its last ticket, so that numbers do not
# repeat between turns that follow each other.
KEEP_NUMBERS_SECONDS = 60 * 60
# How long a ticket lives without being renewed: how long a conversation stays held by a replica
# that died in the middle of its turn. Renewed every third of it, so a busy event loop has two
# chances to renew before the lease ends.
LEASE_SECONDS = 10.0

# Each lock is a hash: ``n`` the last ticket number issued, ``t`` the live tickets as JSON
# [[number, expires in ms of Redis's clock], ...] in the order issued.
_COMMON = """
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function live_tickets(key, now)
  local raw = redis.call('HGET', key, 't')
  local live = {}
  local dropped = false
  if raw then
    for _, ticket in ipairs(cjson.decode(raw)) do
      if ticket[2] >= now then live[#live + 1] = ticket else dropped = true end
    end
  end
  return live, dropped
end
local function store_tickets(key, tickets)
  if #tickets == 0 then
    redis.call('HDEL', key, 't')
  else
    redis.call('HSET', key, 't', cjson.encode(tickets))
  end
end
local function keep_until(key, tickets, now, keep_ms)
  local last = now
  for _, ticket in ipairs(tickets) do
    if ticket[2] > last then last = ticket[2] end
  end
  redis.call('PEXPIRE', key, last - now + keep_ms)
end
"""

# KEYS[1] lock; ARGV lifetime ms, keep ms. Returns the new ticket's number.
_ISSUE = (
    _COMMON
    + """
local now = now_ms()
local tickets = live_tickets(KEYS[1], now)
local number = redis.call('HINCRBY', KEYS[1], 'n', 1) - 1
tickets[#tickets + 1] = {number, now + tonumber(ARGV[1])}
store_tickets(KEYS[1], tickets)
keep_until(KEYS[1], tickets, now, tonumber(ARGV[2]))
return number
"""
)

# KEYS[1] lock; ARGV ticket. 1: it is this ticket's turn; 0: wait; -1: the ticket is gone.
_TURN = (
    _COMMON
    + """
local now = now_ms()
local tickets, dropped = live_tickets(KEYS[1], now)
if dropped then store_tickets(KEYS[1], tickets) end
local number = tonumber(ARGV[1])
for i, ticket in ipairs(tickets) do
  if ticket[1] == number then
    if i == 1 then return 1 end
    return 0
  end
end
return -1
"""
)

# KEYS[1] lock; ARGV ticket, or -1 for none. Drops it and the expired; returns how many remain.
_FINISH = (
    _COMMON
    + """
local now = now_ms()
local tickets = live_tickets(KEYS[1], now)
local number = tonumber(ARGV[1])
local kept = {}
for _, ticket in ipairs(tickets) do
  if ticket[1] ~= number then kept[#kept + 1] = ticket end
end
store_tickets(KEYS[1], kept)
return #kept
"""
)

# KEYS[1] lock; ARGV ticket, ms from now, keep ms. Moves the ticket's expiry to at least that far
# from now; 1 when it was still live, 0 when it is gone.
_RENEW = (
    _COMMON
    + """
local now = now_ms()
local tickets = live_tickets(KEYS[1], now)
local number = tonumber(ARGV[1])
for _, ticket in ipairs(tickets) do
  if ticket[1] == number then
    local renewed = now + tonumber(ARGV[2])
    if renewed > ticket[2] then ticket[2] = renewed end
    store_tickets(KEYS[1], tickets)
    keep_until(KEYS[1], tickets, now, tonumber(ARGV[3]))
    return 1
  end
end
return 0
"""
)

# KEYS[1] lock. Returns {Redis's now in ms, the live tickets as JSON}.
_PEEK = (
    _COMMON
    + """
local now = now_ms()
local tickets = live_tickets(KEYS[1], now)
if #tickets == 0 then return {now, '[]'} end
return {now, cjson.encode(tickets)}
"""
)

# KEYS[1] lock; ARGV keep ms, then JSON [[number, ms left], ...]. Replaces the tickets.
_REPLACE = (
    _COMMON
    + """
local now = now_ms()
local tickets = {}
local highest = -1
for _, ticket in ipairs(cjson.decode(ARGV[2])) do
  tickets[#tickets + 1] = {ticket[1], now + ticket[2]}
  if ticket[1] > highest then highest = ticket[1] end
end
local issued = tonumber(redis.call('HGET', KEYS[1], 'n') or '-1')
if highest > issued then redis.call('HSET', KEYS[1], 'n', highest + 1) end
store_tickets(KEYS[1], tickets)
keep_until(KEYS[1], tickets, now, tonumber(ARGV[1]))
return #tickets
"""
)


class AtomicRedisLockStore(LockStore):
    """Rasa's ticket lock, with every change made by one script in Redis."""

    def __init__(
        self,
        endpoint_config: EndpointConfig | None = None,
        url: str | None = None,
        keep_numbers_seconds: float = KEEP_NUMBERS_SECONDS,
        lease_seconds: float = LEASE_SECONDS,
    ) -> None:
        url = url or (endpoint_config.url if endpoint_config is not None else None)
        self.red = shared_redis.client(url or None)
        self.keep_ms = int(keep_numbers_seconds * 1000)
        self.lease_seconds = lease_seconds
        self._issue = self.red.register_script(_ISSUE)
        self._turn = self.red.register_script(_TURN)
        self._finish = self.red.register_script(_FINISH)
        self._peek = self.red.register_script(_PEEK)
        self._replace = self.red.register_script(_REPLACE)
        self._renew = self.red.register_script(_RENEW)
        super().__init__()

    @staticmethod
    def _key(conversation_id: str) -> str:
        return shared_redis.conversation_key(KIND, conversation_id)

    def _run(self, script: Any, conversation_id: str, *args: Any) -> Any:
        # Redis's error text can name the key; the conversation is never named either.
        try:
            return script(keys=[self._key(conversation_id)], args=list(args))
        except redis.RedisError as error:
            raise LockError(f"The lock store failed ({type(error).__name__}).") from None

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """A new ticket, after every live one, valid for ``lock_lifetime`` seconds."""
        return int(self._run(self._issue, conversation_id, int(lock_lifetime * 1000), self.keep_ms))

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = 1,
    ) -> AsyncGenerator[TicketLock, None]:
        """Hold the conversation: wait for this ticket's turn, and give it back at the end.

        The ticket lives ``lock_lifetime`` seconds at most, as in Rasa, but only as long as this
        process keeps renewing its lease.
        """
        lease = min(self.lease_seconds, lock_lifetime)
        ticket = self.issue_ticket(conversation_id, lease)
        renewing = (
            asyncio.create_task(self._keep_leasing(conversation_id, ticket, lock_lifetime))
            if lease < lock_lifetime
            else None
        )
        try:
            yield await self._wait_for_turn(conversation_id, ticket, wait_time_in_seconds)
        finally:
            if renewing is not None:
                renewing.cancel()
            self.cleanup(conversation_id, ticket)

    async def _keep_leasing(self, conversation_id: str, ticket: int, lock_lifetime: float) -> None:
        """Renew the ticket's lease until it is given back, or ``lock_lifetime`` after issue."""
        deadline = time.monotonic() + lock_lifetime
        while True:
            await asyncio.sleep(self.lease_seconds / 3)
            left = deadline - time.monotonic()
            if left <= 0:
                return
            renewal_ms = int(min(self.lease_seconds, left) * 1000)
            try:
                live = self._run(self._renew, conversation_id, ticket, renewal_ms, self.keep_ms)
            except LockError as error:
                # The next renewal may reach Redis; the lease still has time left.
                logger.warning("Could not renew a conversation's lock: %s", error)
                continue
            if not live:
                return

    async def _wait_for_turn(
        self, conversation_id: str, ticket: int, wait_time_in_seconds: float
    ) -> TicketLock:
        while True:
            turn = int(self._run(self._turn, conversation_id, ticket))
            if turn == 1:
                return self.get_lock(conversation_id) or self.create_lock(conversation_id)
            if turn == -1:
                # As Rasa does when the lock expired while waiting.
                raise LockError("Could not acquire the conversation's lock: its ticket expired.")
            await asyncio.sleep(wait_time_in_seconds)

    def get_lock(self, conversation_id: str) -> TicketLock | None:
        """The live tickets, their expiry moved onto this machine's clock; None when none."""
        redis_now, raw = self._run(self._peek, conversation_id)
        tickets = json.loads(raw)
        if not tickets:
            return None
        offset = time.time() - int(redis_now) / 1000
        return TicketLock(
            conversation_id,
            deque(Ticket(number, expires / 1000 + offset) for number, expires in tickets),
        )

    def save_lock(self, lock: TicketLock) -> None:
        """Replace the conversation's tickets with ``lock``'s (Rasa's API; not used by ``lock``)."""
        now = time.time()
        left = [
            [t.number, int((t.expires - now) * 1000)] for t in lock.tickets if not t.has_expired()
        ]
        self._run(self._replace, lock.conversation_id, self.keep_ms, json.dumps(left))

    def delete_lock(self, conversation_id: str) -> None:
        """Drop every ticket; the counter stays, so numbers are not issued twice."""
        try:
            self.red.hdel(self._key(conversation_id), "t")
        except redis.RedisError as error:
            raise LockError(f"The lock store failed ({type(error).__name__}).") from None

    def update_lock(self, conversation_id: str) -> None:
        """Drop the expired tickets."""
        self._run(self._finish, conversation_id, -1)

    def is_someone_waiting(self, conversation_id: str) -> bool:
        return self.get_lock(conversation_id) is not None

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        self._run(self._finish, conversation_id, ticket_number)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Return the ticket; with none left the tickets go (Rasa deletes the lock then)."""
        self._run(self._finish, conversation_id, ticket_number)

"""How fast the web chat takes messages: per socket and per address, with a kind reply.

A person types or taps a few messages a minute; a script can send hundreds a second, each of
which costs the server a whole turn of the bot. Each socket, and each address, has a bucket of
messages that refills at a steady rate; a message that finds its bucket empty is not passed to
the bot, and the person is told (at most once every ``REPLY_EVERY_SECONDS``) to slow down.
The proxy in front should limit connections and requests per address as well (README).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from bot.channels.common import BoundedDict

SLOW_DOWN_REPLY = (
    "You're sending messages faster than I can read them. Please wait a moment, then send your "
    "last message again. If you are in danger now, call 999."
)
REPLY_EVERY_SECONDS = 10.0


@dataclass
class Bucket:
    tokens: float
    updated: float


class RateLimit:
    """Token buckets by key: ``burst`` messages at once, then ``per_second`` on average."""

    def __init__(self, burst: int, per_second: float, keys: int = 10_000) -> None:
        self.burst = burst
        self.per_second = per_second
        self._buckets: BoundedDict[str, Bucket] = BoundedDict(keys)

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        bucket = self._buckets.get(key) or Bucket(float(self.burst), now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.per_second)
        bucket.updated = now
        allowed = bucket.tokens >= 1
        if allowed:
            bucket.tokens -= 1
        self._buckets[key] = bucket
        return allowed

    def forget(self, key: str) -> None:
        self._buckets.pop(key, None)


class Throttle:
    """A message may go on only if both its socket's and its address's buckets allow it."""

    def __init__(
        self,
        per_socket: RateLimit | None = None,
        per_address: RateLimit | None = None,
    ) -> None:
        # A person tapping through the questions never needs more; a page behind one shared
        # address (a refuge, a library) gets several people's worth.
        self.per_socket = per_socket or RateLimit(burst=10, per_second=2.0)
        self.per_address = per_address or RateLimit(burst=60, per_second=3.0)
        self._last_reply: BoundedDict[str, float] = BoundedDict(10_000)

    def allow(self, socket_id: str, address: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        # A message its socket may not send does not use up its address's allowance, so one
        # flooding socket cannot lock out others behind the same address.
        return self.per_socket.allow(socket_id, now) and self.per_address.allow(address, now)

    def should_reply(self, socket_id: str, now: float | None = None) -> bool:
        """Whether to tell this socket to slow down now (not on every refused message)."""
        now = time.monotonic() if now is None else now
        last = self._last_reply.get(socket_id)
        if last is not None and now - last < REPLY_EVERY_SECONDS:
            return False
        self._last_reply[socket_id] = now
        return True

    def forget(self, socket_id: str) -> None:
        self.per_socket.forget(socket_id)
        self._last_reply.pop(socket_id, None)

"""How many log-in attempts one address may make: a bucket per address that refills slowly.

Each account also locks after a few wrong passwords in a row (``auth.attempt_login``), but that
alone lets one machine try a few passwords on every account, and lock any of them. Here every
attempt from an address takes a token before its password is checked (so attempts sent all at
once count too), a successful one gives its token back, and an address whose bucket is empty is
refused without any password being checked until it refills.

The address is the connecting one, or the one a trusted proxy names (``REVIEW_PROXIES_COUNT``):
behind a proxy that is not configured, every worker shares the proxy's address and its bucket.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass


@dataclass
class _Bucket:
    tokens: float
    updated: float
    # When this address was last told it is refused, so the audit log records a flood once.
    refused_at: float | None = None


class LoginThrottle:
    """``burst`` attempts at once per address, then one every ``refill_seconds``."""

    def __init__(self, burst: int = 10, refill_seconds: float = 60.0, keys: int = 10_000) -> None:
        self.burst = burst
        self.refill_seconds = refill_seconds
        self.keys = keys
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def _bucket(self, address: str, now: float) -> _Bucket:
        bucket = self._buckets.pop(address, None) or _Bucket(float(self.burst), now)
        refill = (now - bucket.updated) / self.refill_seconds if self.refill_seconds else 0.0
        bucket.tokens = min(float(self.burst), bucket.tokens + refill)
        bucket.updated = now
        # Most recently used last; the oldest are forgotten first, so memory stays bounded.
        self._buckets[address] = bucket
        while len(self._buckets) > self.keys:
            self._buckets.popitem(last=False)
        return bucket

    def take(self, address: str, now: float | None = None) -> bool:
        """Whether this address may try now; if so, the attempt is counted."""
        now = time.monotonic() if now is None else now
        bucket = self._bucket(address, now)
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        bucket.refused_at = None
        return True

    def give_back(self, address: str, now: float | None = None) -> None:
        """A successful log-in does not count against its address."""
        now = time.monotonic() if now is None else now
        bucket = self._bucket(address, now)
        bucket.tokens = min(float(self.burst), bucket.tokens + 1)

    def first_refusal(self, address: str, now: float | None = None) -> bool:
        """True the first time an address is refused since it last got through."""
        now = time.monotonic() if now is None else now
        bucket = self._bucket(address, now)
        first = bucket.refused_at is None
        bucket.refused_at = now
        return first

    def retry_after(self) -> int:
        """Seconds until one more attempt is allowed, for the Retry-After header."""
        return max(1, int(self.refill_seconds))

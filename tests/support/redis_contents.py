"""What the Redis tests (tests/scale) share: the slots the tracker store reads, and a look at
everything a Redis server holds."""

from __future__ import annotations

import redis
from rasa.shared.core.domain import Domain

DOMAIN = Domain.from_dict(
    {
        "slots": {
            "consent": {"type": "bool", "mappings": [{"type": "custom"}]},
            "data_erased": {"type": "bool", "mappings": [{"type": "custom"}]},
        }
    }
)


def everything_in(red: redis.Redis) -> list[bytes]:
    """Every key in Redis and every value it holds, as bytes."""
    found: list[bytes] = []
    for key in red.scan_iter():
        found.append(key)
        kind = red.type(key)
        if kind == b"string":
            found.append(red.get(key) or b"")
        elif kind == b"hash":
            for field, value in red.hgetall(key).items():
                found += [field, value]
        else:
            found.append(red.dump(key) or b"")
    return found

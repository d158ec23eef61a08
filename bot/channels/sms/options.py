"""The numbered options last texted to each number, so that a number texted back ("2") maps to
that option's payload (``bot.channels.sms.text.option_payload``).

Without ``REDIS_URL`` they are kept in this process's memory, for the most recent numbers. With
it they are kept in Redis for a day, so that the reply can reach another replica than the one
that texted the options. The key is a keyed hash of the number (``bot.shared_redis``) and the
value holds only the options' payloads, sealed: the payloads are the domain's fixed intents, but
even which options a person was offered (the kinds of crime, say) says something about them.

Redis failing costs the mapping, not the text: the reply is then read as the words typed.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any

import redis

from bot import shared_redis
from bot.channels.common import BoundedDict

logger = logging.getLogger(__name__)

Button = Mapping[str, Any]

KIND = "sms-options"
# A person may answer the next morning; options older than that are stale anyway.
KEEP_SECONDS = 24 * 60 * 60
MEMORY_NUMBERS = 10_000


class SentOptions:
    """What the last message to each number offered; ``remember`` with no buttons forgets."""

    def __init__(self, url: str | None = None) -> None:
        self._memory: BoundedDict[str, list[Button]] = BoundedDict(MEMORY_NUMBERS)
        self._red = shared_redis.client(url) if url or shared_redis.enabled() else None

    @property
    def shared(self) -> bool:
        return self._red is not None

    async def remember(self, number: str, buttons: Sequence[Button] | None) -> None:
        if self._red is None:
            if buttons:
                self._memory[number] = list(buttons)
            else:
                self._memory.pop(number, None)
            return
        try:
            await asyncio.to_thread(self._store, number, buttons)
        except redis.RedisError as error:
            logger.warning("SMS: options not remembered: Redis failed (%s).", type(error).__name__)

    async def recall(self, number: str) -> list[Button] | None:
        if self._red is None:
            return self._memory.get(number)
        try:
            return await asyncio.to_thread(self._load, number)
        except (redis.RedisError, shared_redis.SealBroken, ValueError) as error:
            logger.warning("SMS: options not recalled (%s).", type(error).__name__)
            return None

    def _store(self, number: str, buttons: Sequence[Button] | None) -> None:
        assert self._red is not None
        key = shared_redis.conversation_key(KIND, number)
        if not buttons:
            self._red.delete(key)
            return
        payloads = [str(button.get("payload") or "") for button in buttons]
        sealed = shared_redis.seal(json.dumps(payloads).encode("utf-8"))
        self._red.set(key, sealed, ex=KEEP_SECONDS)

    def _load(self, number: str) -> list[Button] | None:
        assert self._red is not None
        sealed = self._red.get(shared_redis.conversation_key(KIND, number))
        if sealed is None:
            return None
        payloads = json.loads(shared_redis.unseal(sealed))
        if not isinstance(payloads, list):
            raise ValueError("not a list of payloads")
        return [{"payload": str(payload)} for payload in payloads]

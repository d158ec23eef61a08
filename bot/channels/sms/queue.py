"""Work done after a webhook has answered, one person at a time and in the order texts came.

Twilio gives a webhook 15 seconds; a turn with custom actions and several replies can take
longer, so the webhook answers at once and the turn runs as a background task. Texts from the
same number are still handled strictly one after another, so replies never overtake each other;
different numbers run concurrently.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

logger = logging.getLogger(__name__)


class PerSenderQueue:
    def __init__(self) -> None:
        self._last: dict[str, asyncio.Task[None]] = {}
        # Strong references: the event loop keeps only weak ones to running tasks.
        self._running: set[asyncio.Task[None]] = set()

    def submit(self, key: str, work: Callable[[], Awaitable[None]]) -> asyncio.Task[None]:
        previous = self._last.get(key)
        task = asyncio.get_running_loop().create_task(self._after(previous, work))
        self._last[key] = task
        self._running.add(task)
        task.add_done_callback(lambda done: self._finished(key, done))
        return task

    def _finished(self, key: str, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        if self._last.get(key) is task:
            del self._last[key]

    @staticmethod
    async def _after(
        previous: asyncio.Task[None] | None, work: Callable[[], Awaitable[None]]
    ) -> None:
        if previous is not None:
            await asyncio.wait([previous])
        try:
            await work()
        except Exception as error:
            # The type only: exception messages can quote what the person wrote.
            logger.error("Handling a text message failed: %s.", type(error).__name__)

    async def drain(self) -> None:
        """Wait for everything submitted so far (used at shutdown and by tests)."""
        while self._running:
            await asyncio.wait(list(self._running))

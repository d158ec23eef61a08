"""Web chat rooms shared by every replica when ``REDIS_URL`` is set (docs/deploy.md).

A web chat socket lives on the replica it connected to, but a reply for its session can be sent
by any replica: a support worker's message goes from the review app to whichever replica the
balancer picks, and Rasa's output channel emits it into the session's room there. With
python-socketio's Redis manager every emit is also published on a Redis channel, and each
replica delivers it to the sockets it holds.

What is published carries the bot's and the workers' words, so it is sealed
(``bot.shared_redis``) like everything else this service puts in Redis; a replica also refuses
what was not sealed with the service's key, so whoever can reach Redis still cannot put words
into a person's chat. Pub/sub keeps nothing: a message published while Redis is down is lost
for the other replicas, and sockets on the sending replica still get it.

A session has one live socket: a socket that resumes it takes it over and the previous one is
told and disconnected. ``SessionSockets`` records which socket holds each session, in Redis
when it is set (under a keyed hash of the session id), so that a socket resuming the session on
another replica can reach the previous holder through the manager.

Without ``REDIS_URL`` the server keeps its rooms and holders in its own memory, as before.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

import redis
from socketio import AsyncManager, AsyncRedisManager, AsyncServer

from bot import shared_redis
from bot.channels.webchat.sessions import IDLE_SECONDS
from core import settings as core_settings

logger = logging.getLogger(__name__)

CHANNEL = f"{shared_redis.PREFIX}socketio"
HOLDER_KIND = "webchat-socket"
# Longer than a session token lives without a message (each message refreshes both), so the
# holder of any session that can still be resumed is known.
HOLD_SECONDS = IDLE_SECONDS + 30 * 60

# Only the socket that holds a session may refresh or give up its hold: by then another socket,
# on another replica, may have taken the session over.
_REFRESH = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return 0
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class SealedRedisManager(AsyncRedisManager):  # type: ignore[misc]
    """python-socketio's Redis manager, publishing only sealed messages."""

    async def _publish(self, data: Any) -> Any:
        token = shared_redis.seal(self.json.dumps(data).encode("utf-8"))
        return await super()._publish(token.decode("ascii"))

    async def _listen(self) -> AsyncIterator[bytes]:
        async for raw in super()._listen():
            try:
                token = self.json.loads(raw)
                if not isinstance(token, str):
                    raise shared_redis.SealBroken("not a sealed message")
                yield shared_redis.unseal(token.encode("ascii"))
            except (shared_redis.SealBroken, ValueError) as error:
                logger.warning("Web chat: refused a message on Redis (%s).", type(error).__name__)


def client_manager(url: str | None = None) -> AsyncManager | None:
    """The Redis manager when ``REDIS_URL`` (or ``url``) is set; otherwise python-socketio's
    default, which keeps the rooms in this process."""
    url = url or core_settings.redis_url()
    if not url:
        return None
    return SealedRedisManager(
        url,
        channel=CHANNEL,
        # No read timeout: the subscription waits on an idle channel for as long as it likes.
        redis_options={"socket_connect_timeout": shared_redis.SOCKET_TIMEOUT_SECONDS},
    )


def socket_server(url: str | None = None, **options: Any) -> AsyncServer:
    """An ``AsyncServer`` whose emits reach sockets on every replica when Redis is configured."""
    manager = client_manager(url)
    if manager is not None:
        logger.info("Web chat: rooms shared with the other replicas through Redis.")
    return AsyncServer(client_manager=manager, **options)


class SessionSockets:
    """Which socket holds each web chat session, for every replica when Redis is configured.

    This process's own view is always kept too and answers when Redis fails: the takeover then
    works among the sockets of this replica, as without Redis.
    """

    def __init__(self, url: str | None = None) -> None:
        self._memory: dict[str, str] = {}
        url = url or core_settings.redis_url()
        self._red = shared_redis.client(url) if url else None

    async def holder(self, session_id: str) -> str | None:
        if self._red is not None:
            try:
                found = await asyncio.to_thread(self._red.get, self._key(session_id))
                return found.decode("ascii") if found is not None else None
            except redis.RedisError as error:
                self._failed(error)
        return self._memory.get(session_id)

    async def hold(self, session_id: str, sid: str) -> None:
        self._memory[session_id] = sid
        if self._red is not None:
            try:
                await asyncio.to_thread(self._red.set, self._key(session_id), sid, ex=HOLD_SECONDS)
            except redis.RedisError as error:
                self._failed(error)

    async def refresh(self, session_id: str, sid: str) -> None:
        await self._script(_REFRESH, session_id, sid, HOLD_SECONDS)

    async def release(self, session_id: str, sid: str) -> None:
        if self._memory.get(session_id) == sid:
            del self._memory[session_id]
        await self._script(_RELEASE, session_id, sid)

    async def _script(self, script: str, session_id: str, *args: object) -> None:
        if self._red is None:
            return
        try:
            await asyncio.to_thread(self._red.eval, script, 1, self._key(session_id), *args)
        except redis.RedisError as error:
            self._failed(error)

    @staticmethod
    def _key(session_id: str) -> str:
        return shared_redis.conversation_key(HOLDER_KIND, session_id)

    @staticmethod
    def _failed(error: redis.RedisError) -> None:
        logger.warning(
            "Web chat: session holders from memory: Redis failed (%s).", type(error).__name__
        )

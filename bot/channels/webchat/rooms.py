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

Without ``REDIS_URL`` the server keeps its rooms in its own memory, as before.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from socketio import AsyncManager, AsyncRedisManager, AsyncServer

from bot import shared_redis
from core import settings as core_settings

logger = logging.getLogger(__name__)

CHANNEL = f"{shared_redis.PREFIX}socketio"


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

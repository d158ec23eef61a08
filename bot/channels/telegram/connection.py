"""The process's one connection to Telegram: the Bot, made and initialised on first use, the
message store and the update ids recently handled (in Redis, for every replica, when
``REDIS_URL`` is set).

One Bot per process, so that a support worker's message sent later through Rasa's API
(``output_channel=latest``) goes through the same initialised Bot as the person's turn.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot
from telegram.error import InvalidToken
from telegram.request import HTTPXRequest

from bot import shared_redis
from bot.channels.common import RecentlySeen
from bot.channels.telegram.buttons import callback_data_for, is_payload_key
from bot.channels.telegram.settings import TelegramSettings
from bot.channels.telegram.store import TelegramStore

logger = logging.getLogger(__name__)

# Telegram keeps an update it could not deliver for at most a day.
KEEP_UPDATE_IDS_SECONDS = 24 * 60 * 60
# httpx logs every request URL at INFO, and a Bot API URL contains the token.
logging.getLogger("httpx").setLevel(logging.WARNING)


def make_bot(settings: TelegramSettings) -> Bot:
    """A Bot; no network call until ``initialize()``."""
    # Replies to many people go out at once; Telegram answers in well under the timeouts.
    request = HTTPXRequest(connection_pool_size=16, read_timeout=15, pool_timeout=5)
    base = settings.api_base_url
    if base:
        return Bot(
            settings.token,
            request=request,
            base_url=f"{base}/bot",
            base_file_url=f"{base}/file/bot",
        )
    return Bot(settings.token, request=request)


class TelegramUnavailable(Exception):
    """Telegram could not be reached or refused the token (the message never holds it)."""


class TelegramConnection:
    """The one Bot of this process, the message store and the recently seen update ids."""

    def __init__(self, settings: TelegramSettings, store: TelegramStore) -> None:
        self.settings = settings
        self.store = store
        self.recent: shared_redis.SeenIds = (
            shared_redis.RedisSeenIds("telegram-update", KEEP_UPDATE_IDS_SECONDS)
            if shared_redis.enabled()
            else RecentlySeen[int](2048)
        )
        self._bot: Bot | None = None
        self._lock = asyncio.Lock()

    async def bot(self) -> Bot:
        if self._bot is not None:
            return self._bot
        async with self._lock:
            if self._bot is None:
                bot = make_bot(self.settings)
                try:
                    await bot.initialize()
                except Exception as exc:
                    await bot.shutdown()
                    # InvalidToken's own message quotes the token: never pass it on.
                    reason = "token rejected" if isinstance(exc, InvalidToken) else "unreachable"
                    raise TelegramUnavailable(f"{reason} ({type(exc).__name__})") from None
                self._bot = bot
                logger.info("Telegram bot initialised.")
        return self._bot

    async def close(self) -> None:
        if self._bot is not None:
            await self._bot.shutdown()
            self._bot = None

    def callback_data(self, payload: str) -> str:
        data = callback_data_for(payload)
        if is_payload_key(data):
            self.store.remember_payloads([(data, payload)])
        return data

    def payload(self, data: str) -> str | None:
        return self.store.payload(data) if is_payload_key(data) else data

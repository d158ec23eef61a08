"""Settings of the Telegram channel, from the environment only, and the one way to make a Bot.

TELEGRAM_BOT_TOKEN        the token BotFather gave (secret)
TELEGRAM_WEBHOOK_SECRET   1-256 characters of A-Z a-z 0-9 _ -; Telegram sends it back in the
                          X-Telegram-Bot-Api-Secret-Token header of every webhook call (secret)
TELEGRAM_API_BASE_URL     tests only: root of a fake Bot API, e.g. http://127.0.0.1:8081
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from telegram import Bot
from telegram.request import HTTPXRequest

from bot.channels.telegram_format import valid_secret

# httpx logs every request URL at INFO, and a Bot API URL contains the token.
logging.getLogger("httpx").setLevel(logging.WARNING)


@dataclass(frozen=True)
class TelegramSettings:
    token: str = field(repr=False)
    secret: str = field(repr=False)
    api_base_url: str | None = None


def settings_from_env(env: Mapping[str, str]) -> tuple[TelegramSettings | None, str | None]:
    """The settings, or None and why the channel cannot run (never quoting a secret)."""
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    secret = env.get("TELEGRAM_WEBHOOK_SECRET", "").strip()
    missing = [
        name
        for name, value in (("TELEGRAM_BOT_TOKEN", token), ("TELEGRAM_WEBHOOK_SECRET", secret))
        if not value
    ]
    if missing:
        return None, " and ".join(missing) + " not set"
    if not valid_secret(secret):
        return None, "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -"
    base = env.get("TELEGRAM_API_BASE_URL", "").strip().rstrip("/") or None
    return TelegramSettings(token=token, secret=secret, api_base_url=base), None


def make_bot(settings: TelegramSettings) -> Bot:
    """A Bot; no network call until ``initialize()``."""
    urls = {}
    if settings.api_base_url:
        urls = {
            "base_url": f"{settings.api_base_url}/bot",
            "base_file_url": f"{settings.api_base_url}/file/bot",
        }
    # Replies to many people go out at once; Telegram answers in well under the timeouts.
    request = HTTPXRequest(connection_pool_size=16, read_timeout=15, pool_timeout=5)
    return Bot(settings.token, request=request, **urls)

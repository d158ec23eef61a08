"""Settings of the Telegram channel, from the environment only, and the webhook secret's rules.

TELEGRAM_BOT_TOKEN        the token BotFather gave (secret)
TELEGRAM_WEBHOOK_SECRET   1-256 characters of A-Z a-z 0-9 _ -; Telegram sends it back in the
                          X-Telegram-Bot-Api-Secret-Token header of every webhook call (secret)
TELEGRAM_API_BASE_URL     tests only: root of a fake Bot API, e.g. http://127.0.0.1:8081
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.channels.common import read_settings
from core import settings

# Telegram accepts secret_token of 1-256 characters from A-Z, a-z, 0-9, _ and -.
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


@dataclass(frozen=True)
class TelegramSettings:
    token: str = field(repr=False)
    secret: str = field(repr=False)
    api_base_url: str | None = None


def valid_secret(secret: str | None) -> bool:
    return bool(secret) and _SECRET.fullmatch(secret or "") is not None


def secret_matches(expected: str, given: str | None) -> bool:
    """Constant-time comparison, so the secret cannot be guessed byte by byte from timings."""
    if given is None:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def parse_settings(values: Mapping[str, str]) -> tuple[TelegramSettings | None, str | None]:
    """The settings, or None and why the channel cannot run (never quoting a secret)."""
    token = values.get("TELEGRAM_BOT_TOKEN", "").strip()
    secret = values.get("TELEGRAM_WEBHOOK_SECRET", "").strip()
    missing = [
        name
        for name, value in (("TELEGRAM_BOT_TOKEN", token), ("TELEGRAM_WEBHOOK_SECRET", secret))
        if not value
    ]
    if missing:
        return None, " and ".join(missing) + " not set"
    if not valid_secret(secret):
        return None, "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -"
    base = values.get("TELEGRAM_API_BASE_URL", "").strip().rstrip("/") or None
    return TelegramSettings(token=token, secret=secret, api_base_url=base), None


def load_settings() -> tuple[TelegramSettings | None, str | None]:
    """The settings from the environment as it is now (``core.settings.telegram_settings``)."""
    return read_settings(settings.telegram_settings, parse_settings)

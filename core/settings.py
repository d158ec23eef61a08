"""Every setting the service reads from the environment, in one place.

Each is read when it is asked for, never at import time, so tests and the command line can set
the environment first. ``bin/run`` reads ``.env`` into the environment before starting anything.
"""

from __future__ import annotations

import os
from pathlib import Path

from core import private

VAR = Path("var")
DEFAULT_RETENTION_DAYS = 90
DEFAULT_ACTION_TIMEOUT_SECONDS = 10.0


def env(name: str, default: str = "") -> str:
    """A setting as text, stripped; ``default`` when unset or empty."""
    value = os.environ.get(name, "").strip()
    return value or default


def flag(name: str) -> bool:
    """A yes/no setting: on for 1, true, yes or on."""
    return env(name).lower() in {"1", "true", "yes", "on"}


def _number(name: str, default: float) -> float:
    try:
        return float(env(name, str(default)))
    except ValueError:
        return default


def records_db() -> Path:
    """Our records (cases, flags, the review app's notes, channel state)."""
    return Path(env("VICTIMS_RECORDS_DB", str(VAR / "records.db")))


def tracker_db() -> Path:
    """Rasa's conversation store (endpoints.yml names the same file)."""
    return Path(env("VICTIMS_TRACKER_DB", str(VAR / "rasa.db")))


def database_url() -> str:
    """Where Rasa's tracker store and our records live when they are not SQLite
    (``DATABASE_URL``), for example ``postgresql://victims:PASSWORD@10.0.0.5:5432/victims``;
    empty means ``tracker_db()`` and ``records_db()``.

    It holds the database's password: never log it, print it or put it on a command line.
    ``core.database`` takes it apart for Rasa and for the purge.
    """
    return env("DATABASE_URL")


def review_db() -> Path:
    """The review app's accounts and audit log (in PostgreSQL instead with ``DATABASE_URL``)."""
    return Path(env("REVIEW_DB", str(VAR / "review.db")))


def retention_days() -> int:
    """Days conversations and records are kept; the privacy notice promises 90."""
    return int(_number("VICTIMS_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


def action_timeout() -> float:
    """Seconds Rasa waits for a custom action (Rasa's own default is five minutes)."""
    return _number("VICTIMS_ACTION_TIMEOUT", DEFAULT_ACTION_TIMEOUT_SECONDS)


# --- Secrets ------------------------------------------------------------------------------------
# Each comes from the environment; the two marked "kept in var/" are generated there (0600) when
# unset, so a local install needs no set-up and bin/chat finds the REST token as Rasa does.


def rest_channel_token() -> str:
    """The bearer token the REST channel requires (``REST_CHANNEL_TOKEN``, else kept in var/)."""
    return private.secret_from("REST_CHANNEL_TOKEN", VAR / "rest_channel_token")


def action_server_token() -> str:
    """The secret Rasa sends the action server on every call (``ACTION_SERVER_TOKEN``).

    From the environment only: Rasa reads it there too, through ``${ACTION_SERVER_TOKEN}`` in
    endpoints.yml, so both ends always hold the same value (bin/run keeps one in var/).
    """
    return env("ACTION_SERVER_TOKEN")


def webchat_secret_key() -> str:
    """The key that signs web chat session tokens (``WEBCHAT_SECRET_KEY``, else kept in var/)."""
    return private.secret_from("WEBCHAT_SECRET_KEY", VAR / "webchat_secret_key")


def trust_proxy_headers() -> bool:
    """Whether a reverse proxy in front sets X-Forwarded-For/-Host/-Proto (``TRUST_PROXY``).

    Off by default: without a proxy that overwrites them, anyone can send these headers.
    """
    return flag("TRUST_PROXY")


# --- Channels (bot/channels) ---------------------------------------------------------------------
# Each function returns its channel's variables that are set, stripped, and leaves out unset or
# empty ones, so a channel treats both alike. The channel checks the values itself
# (bot/channels/<channel>/settings.py) and names what is missing, never a value.


def _set(*names: str) -> dict[str, str]:
    return {name: value for name in names if (value := env(name))}


def sms_settings() -> dict[str, str]:
    """Twilio's account, token and numbers, and the public webhook URL (docs/sms.md)."""
    return _set(
        "TWILIO_ACCOUNT_SID",
        "TWILIO_AUTH_TOKEN",
        "TWILIO_FROM_NUMBER",
        "TWILIO_MESSAGING_SERVICE_SID",
        "TWILIO_WEBHOOK_URL",
        "SMS_HASH_KEY",
        "TWILIO_API_BASE_URL",
    )


def telegram_settings() -> dict[str, str]:
    """The bot's token and the webhook secret (docs/telegram.md)."""
    return _set("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_API_BASE_URL")


def webchat_settings() -> dict[str, str]:
    """Who may embed the chat, and where the quick exit goes (docs/webchat.md)."""
    return _set("WEBCHAT_ALLOWED_ORIGINS", "WEBCHAT_EXIT_URL")


# --- Shared state (bot/shared_redis.py, docs/deploy.md) -------------------------------------------


def redis_url() -> str:
    """Where replicas share locks, pre-consent conversations and seen ids (``REDIS_URL``).

    Empty means none: each process keeps them itself, as a single ``bin/run`` does.
    """
    return env("REDIS_URL")


def redis_secret_key() -> str:
    """The key that hashes conversation ids in Redis keys and seals what Redis holds
    (``REDIS_SECRET_KEY``, else kept in var/). Replicas on several machines must share it."""
    return private.secret_from("REDIS_SECRET_KEY", VAR / "redis_secret_key")

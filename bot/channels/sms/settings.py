"""Settings of the SMS channel, from the environment only (docs/sms.md lists them).

Without the account, the token, the public webhook URL and a number or Messaging Service to send
from, the channel stays off; the reason names variables, never their values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlparse

from bot.channels.common import read_settings
from core import settings

_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class SmsSettings:
    account_sid: str
    auth_token: str
    webhook_url: str
    from_number: str | None = None
    messaging_service_sid: str | None = None
    hash_key: bytes = b""
    api_base_url: str | None = None


def parse_settings(values: Mapping[str, str]) -> tuple[SmsSettings | None, str]:
    """The settings, or None and the reason (variable names only, never their values)."""

    def get(name: str) -> str:
        return (values.get(name) or "").strip()

    missing = [
        name
        for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_WEBHOOK_URL")
        if not get(name)
    ]
    if not (get("TWILIO_FROM_NUMBER") or get("TWILIO_MESSAGING_SERVICE_SID")):
        missing.append("TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID")
    if missing:
        return None, "missing " + ", ".join(missing)
    webhook_url = get("TWILIO_WEBHOOK_URL")
    parsed = urlparse(webhook_url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return None, "TWILIO_WEBHOOK_URL is not an absolute http(s) URL"
    api_base_url = get("TWILIO_API_BASE_URL") or None
    if api_base_url and urlparse(api_base_url).hostname not in _LOOPBACK_HOSTS:
        # The override exists for tests only; pointing it anywhere else would send the
        # account's credentials to that host.
        return None, "TWILIO_API_BASE_URL (test only) must point at 127.0.0.1 or localhost"
    hash_key = get("SMS_HASH_KEY") or get("TWILIO_AUTH_TOKEN")
    return (
        SmsSettings(
            account_sid=get("TWILIO_ACCOUNT_SID"),
            auth_token=get("TWILIO_AUTH_TOKEN"),
            webhook_url=webhook_url,
            from_number=get("TWILIO_FROM_NUMBER") or None,
            messaging_service_sid=get("TWILIO_MESSAGING_SERVICE_SID") or None,
            hash_key=hash_key.encode("utf-8"),
            api_base_url=api_base_url,
        ),
        "",
    )


def load_settings() -> tuple[SmsSettings | None, str]:
    """The settings from the environment as it is now (``core.settings.sms_settings``)."""
    return read_settings(settings.sms_settings, parse_settings)

"""What the web chat is configured with, read from the environment, and who may talk to it.

The chat needs no secret, so it always runs; the two settings only narrow who may embed it and
where the quick exit goes. Bad values fall back to safe defaults rather than stopping Rasa.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.channels.common import DEFAULT_PORTS, normalise_origin, read_settings
from bot.channels.common import own_origins as addressed_to
from core import settings

# GOV.UK's "Exit this page" default: a neutral site that shows nothing personal.
DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather"
# The bot's own origins when it runs on this machine with bin/run (Rasa's default port).
DEFAULT_ALLOWED_ORIGINS = ("http://localhost:5005", "http://127.0.0.1:5005")


@dataclass(frozen=True)
class WebChatSettings:
    allowed_origins: tuple[str, ...]
    exit_url: str
    rejected: tuple[str, ...] = ()  # setting values that were ignored, for one log line


def parse_origins(raw: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split a comma-separated list into (valid origins, rejected entries)."""
    if raw is None or not raw.strip():
        return DEFAULT_ALLOWED_ORIGINS, ()
    valid: list[str] = []
    rejected: list[str] = []
    for entry in raw.split(","):
        if not entry.strip():
            continue
        origin = normalise_origin(entry)
        if origin is None:
            rejected.append(entry.strip())
        elif origin not in valid:
            valid.append(origin)
    return tuple(valid), tuple(rejected)


def parse_exit_url(raw: str | None) -> tuple[str, tuple[str, ...]]:
    """An absolute http(s) URL for the quick exit, or the default with the rejected value."""
    if raw is None or not raw.strip():
        return DEFAULT_EXIT_URL, ()
    value = raw.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return DEFAULT_EXIT_URL, (value,)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname or any(c in value for c in "\"'<> "):
        return DEFAULT_EXIT_URL, (value,)
    return value, ()


def parse_settings(values: Mapping[str, str]) -> WebChatSettings:
    origins, bad_origins = parse_origins(values.get("WEBCHAT_ALLOWED_ORIGINS"))
    exit_url, bad_exit = parse_exit_url(values.get("WEBCHAT_EXIT_URL"))
    return WebChatSettings(origins, exit_url, bad_origins + bad_exit)


def load_settings() -> WebChatSettings:
    """The settings from the environment as it is now (``core.settings.webchat_settings``)."""
    return read_settings(settings.webchat_settings, parse_settings)


def own_origins(environ: Mapping[str, str]) -> list[str]:
    """The origin the request was addressed to (the page's own), as engine.io's WSGI-like
    environ gives it; behind a proxy the forwarded scheme and host count too, but only when
    ``TRUST_PROXY`` says a proxy sets them."""
    # engine.io fills wsgi.url_scheme from X-Forwarded-Proto, which anyone can send; the
    # request's own scheme is used when there is one (a WebSocket's is ws or wss, whose page
    # was served over http or https).
    scheme = getattr(environ.get("sanic.request"), "scheme", None)
    scheme = {"ws": "http", "wss": "https"}.get(scheme or "", scheme)
    return addressed_to(
        environ.get("HTTP_HOST"),
        str(scheme or environ.get("wsgi.url_scheme") or "http"),
        environ.get("HTTP_X_FORWARDED_HOST"),
        environ.get("HTTP_X_FORWARDED_PROTO"),
    )


def origin_allowed(origin: str | None, own: Iterable[str], allowed: Iterable[str]) -> bool:
    """May a socket be opened from a page at ``origin``?

    No Origin header means no browser page on another site is asking (browsers send it on every
    cross-origin request and on every WebSocket), so the check has nothing to refuse. An opaque
    "null" origin (sandboxed frames, files) is refused.
    """
    if origin is None or origin == "":
        return True
    normalised = normalise_origin(origin)
    if normalised is None:
        return False
    return normalised in set(own) or normalised in set(allowed)

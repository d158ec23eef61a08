"""What every channel shares, so that each behaves the same way where it should.

- ``clean_text``: inbound text as the bot should read it, without control characters.
- ``BoundedDict`` and ``RecentlySeen``: per-process memory that cannot grow without limit (the
  options last texted to a number; the Twilio MessageSids and Telegram update_ids already
  handled, since both services deliver a webhook again when it was not answered in time).
- ``read_settings``: a channel's settings, read from the environment through ``core.settings``
  when the channel is built, never at import time.
- ``masked``: a phone number or chat id as the logs may show it.
- ``add_health_route``: ``GET /webhooks/<channel>/``, the same answer on every channel.
- ``normalise_origin``, ``own_origins`` and ``same_origin``: whether a request comes from a web
  page on another site. A reverse proxy's ``X-Forwarded-Host`` and ``-Proto`` count only when
  the operator says a proxy sets them (``TRUST_PROXY``): otherwise anyone could send them.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from typing import Generic, TypeVar
from urllib.parse import urlsplit

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from core import settings as core_settings

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")

# C0 and C1 control characters other than tab and line feed (those two are handled first), and
# U+FFFD, which stands for bytes that were not valid text. None of them means anything to a
# person or to the NLU, and some (escape sequences) would be read by a terminal showing a log.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd]")

# What the health route says about a channel that is off. It names no variable: the route may be
# public behind the proxy, and the one log line written at start already says what is missing.
NOT_CONFIGURED = "not configured: a setting it needs is missing or invalid (see the server log)"


def clean_text(text: str | None) -> str:
    """``text`` without control characters: line endings become ``\\n`` and tabs spaces, the
    rest are dropped, and the ends are stripped. Letters of every language and emoji stay."""
    if not text:
        return ""
    unified = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", unified).strip()


class BoundedDict(MutableMapping[K, V]):
    """A dict that keeps only the ``size`` keys written most recently.

    Writing a key again makes it the newest; reading does not, so an entry that is only looked
    up still ages out.
    """

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError("a BoundedDict must hold at least one entry")
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __setitem__(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def __delitem__(self, key: K) -> None:
        del self._items[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


class RecentlySeen(Generic[K]):
    """The last ``size`` ids handled, so that a webhook delivered twice is handled once.

    Bounded because the ids never repeat once their retries are over; it lives in one process's
    memory, so a delivery repeated across a restart is handled again.
    """

    def __init__(self, size: int) -> None:
        self._ids: BoundedDict[K, None] = BoundedDict(size)

    def __contains__(self, key: object) -> bool:
        return key in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, key: K) -> None:
        self._ids[key] = None

    def first_time(self, key: K) -> bool:
        """True, and remember ``key``, unless it was seen already."""
        if key in self._ids:
            return False
        self._ids[key] = None
        return True


def read_settings(
    read: Callable[[], Mapping[str, str]], parse: Callable[[Mapping[str, str]], T]
) -> T:
    """A channel's settings, read from the environment now.

    ``read`` is the channel's function in ``core.settings`` and is called when the channel is
    built, never at import time, so tests and the command line can set the environment first.
    ``parse`` is the channel's own check of the values, kept apart from the environment so that
    its rules are tested with plain dicts; when it switches the channel off, its reason names
    variables, never their values.
    """
    return parse(read())


def masked(value: str | int | None) -> str:
    """A phone number or chat id for the logs: the first three characters (a phone number's
    ``+`` and country code) and the last two, the rest as stars; a short value is all stars."""
    if value is None or value == "":
        return "?"
    text = str(value).strip()
    if len(text) <= 5:
        return "*" * len(text)
    return f"{text[:3]}{'*' * (len(text) - 5)}{text[-2:]}"


def add_health_route(blueprint: Blueprint, configured: Callable[[], bool]) -> None:
    """``GET /`` on the channel's blueprint: 200 ``{"status": "ok"}`` when the channel can
    serve, 503 ``{"status": "disabled", "reason": ...}`` when it is off for want of a setting.

    503 so that a load balancer or uptime check sees a switched-off channel as down, whichever
    channel it is.
    """

    async def health(_: Request) -> HTTPResponse:
        if configured():
            return response.json({"status": "ok"})
        return response.json({"status": "disabled", "reason": NOT_CONFIGURED}, status=503)

    blueprint.add_route(health, "/", methods=["GET"], name="health")


DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_origin(value: str) -> str | None:
    """``scheme://host[:port]`` in the form browsers send in the Origin header, or None."""
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        return None
    host = parts.hostname.lower()
    if ":" in host:  # an IPv6 address keeps its brackets in an origin
        host = f"[{host}]"
    if port is None or port == DEFAULT_PORTS[parts.scheme]:
        return f"{parts.scheme}://{host}"
    return f"{parts.scheme}://{host}:{port}"


def own_origins(
    host: str | None,
    scheme: str,
    forwarded_host: str | None = None,
    forwarded_proto: str | None = None,
) -> list[str]:
    """The origins a request was addressed to: its Host, and behind a trusted proxy (only when
    ``TRUST_PROXY`` is on) the host and scheme the proxy says the browser used."""
    if not host:
        return []
    candidates = [f"{scheme}://{host}"]
    if forwarded_host and core_settings.trust_proxy_headers():
        proto = (forwarded_proto or scheme).split(",")[0].strip()
        candidates.append(f"{proto}://{forwarded_host.split(',')[0].strip()}")
    return [o for o in (normalise_origin(c) for c in candidates) if o]


def same_origin(request: Request) -> bool:
    """False when a browser says the request comes from a page on another site.

    Browsers send ``Sec-Fetch-Site`` and ``Origin`` on cross-site requests and scripts cannot
    change them; tools (curl, bin/chat, the tests) send neither, and are let through to the
    channel's own checks.
    """
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site and fetch_site.lower() not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if origin is None:
        return True
    normalised = normalise_origin(origin)
    own = own_origins(
        request.headers.get("host"),
        request.scheme,
        request.headers.get("x-forwarded-host"),
        request.headers.get("x-forwarded-proto"),
    )
    return normalised is not None and normalised in own

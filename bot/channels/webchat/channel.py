"""The web chat channel: the chat page, its files and a socket.io endpoint, all on the bot.

Built on Rasa's socket.io channel with what it gets wrong in Rasa 3.6 put right:

- python-socketio 5.18 made ``enter_room`` a coroutine and Rasa does not await it, so with
  ``session_persistence`` the socket never joins its room and replies never arrive (RasaHQ/rasa
  #13027). Here it is awaited.
- Rasa switches engine.io's Origin check off (``cors_allowed_origins=[]``). Here a socket may only
  be opened from the page itself or from the origins in WEBCHAT_ALLOWED_ORIGINS.
- Any payload is accepted and trusted. Here each one is checked first (``messages.py``), a socket
  can only speak for the session it joined, and no client metadata is stored.
- The page picks its own session id, and any socket that names it joins the session: it gets
  every reply meant for the person and can answer for them. Here the server makes the ids, a
  page resumes one only with the signed token it was given (``sessions.py``; it lapses after 30
  minutes without a message), and a session has one live socket: a socket that resumes it
  takes it over and the previous one is told and disconnected.
- Nothing limits how fast a socket sends. Here each socket and each address has a rate limit
  with a kind reply (``limits.py``), and a session's messages go to Rasa one at a time.

Routes (under /webhooks/webchat/): ``GET /`` health, ``GET /chat`` the page,
``GET /static/<file>`` its CSS and JS, and the socket at /webhooks/webchat/socket.io.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.common import BoundedDict, add_health_route
from bot.channels.webchat.limits import SLOW_DOWN_REPLY, Throttle
from bot.channels.webchat.messages import read_user_message, requested_token
from bot.channels.webchat.page import PAGE_TEMPLATE, read_static, render_page, security_headers
from bot.channels.webchat.rooms import SessionSockets, socket_server
from bot.channels.webchat.sessions import SessionTokens, new_session_id
from bot.channels.webchat.settings import (
    WebChatSettings,
    load_settings,
    origin_allowed,
    own_origins,
)
from bot.service_failure import handle_or_apologise
from core import settings as core_settings

logger = logging.getLogger(__name__)

SOCKET_PATH = "/webhooks/webchat/socket.io"
# Far above any real message, small enough that nobody can make the server buffer megabytes.
MAX_SOCKET_PAYLOAD_BYTES = 64 * 1024
# Sent to a socket whose session was resumed elsewhere, just before it is disconnected.
SESSION_ENDED_EVT = "session_ended"
# A fresh token after every message, so the 30 minutes of idleness count from the last one.
SESSION_TOKEN_EVT = "session_token"


class WebChatOutput(SocketIOOutput):
    @classmethod
    def name(cls) -> str:
        # Domain responses may have `channel: webchat` variations.
        return "webchat"


class WebChatInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "webchat"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        return cls(
            settings=load_settings(),
            session_persistence=bool(credentials.get("session_persistence", True)),
            socketio_path=credentials.get("socketio_path", SOCKET_PATH),
        )

    def __init__(
        self,
        settings: WebChatSettings,
        session_persistence: bool = True,
        secret_key: str | None = None,
        throttle: Throttle | None = None,
        socketio_path: str = SOCKET_PATH,
        user_message_evt: str = "user_uttered",
        bot_message_evt: str = "bot_uttered",
    ) -> None:
        super().__init__(
            user_message_evt=user_message_evt,
            bot_message_evt=bot_message_evt,
            session_persistence=session_persistence,
            socketio_path=socketio_path,
        )
        self.settings = settings
        self.tokens = SessionTokens(
            secret_key if secret_key is not None else core_settings.webchat_secret_key()
        )
        self.throttle = throttle or Throttle()
        # Which conversation each connected socket joined; a socket speaks only for that one.
        self.session_of: dict[str, str] = {}
        # The one live socket of each session, known to every replica when Redis is set.
        self.holders = SessionSockets()
        # The address each socket came from, for the per-address rate limit.
        self.address_of: dict[str, str] = {}
        # One turn at a time per session, so a burst is queued rather than failed on Rasa's lock.
        self.turns: BoundedDict[str, asyncio.Lock] = BoundedDict(10_000)
        if settings.rejected:
            logger.warning(
                "Web chat: ignored invalid WEBCHAT_ALLOWED_ORIGINS or WEBCHAT_EXIT_URL values: %s",
                ", ".join(settings.rejected),
            )
        logger.info(
            "Web chat enabled at /webhooks/webchat/chat; other origins allowed: %s",
            ", ".join(settings.allowed_origins) or "none",
        )

    def get_output_channel(self) -> OutputChannel | None:
        if self.sio is None:
            return None
        return WebChatOutput(self.sio, self.bot_message_evt)

    def origin_ok(self, origin: str | None, environ: Mapping[str, Any]) -> bool:
        return origin_allowed(origin, own_origins(environ), self.settings.allowed_origins)

    def _turn_lock(self, session_id: str) -> asyncio.Lock:
        lock = self.turns.get(session_id)
        if lock is None:
            lock = self.turns[session_id] = asyncio.Lock()
        return lock

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> SocketBlueprint:
        # With REDIS_URL, an emit into a session's room on any replica (a support worker's
        # message, say) reaches the socket wherever it is connected (``rooms.py``).
        sio = socket_server(
            async_mode="sanic",
            # A callable makes engine.io refuse any other Origin with 400 before a socket opens.
            cors_allowed_origins=self.origin_ok,
            cors_credentials=False,
            max_http_buffer_size=MAX_SOCKET_PAYLOAD_BYTES,
        )
        self.sio = sio
        webchat = SocketBlueprint(sio, self.socketio_path, "webchat", __name__)
        headers = security_headers(self.settings.allowed_origins)
        page = render_page(
            PAGE_TEMPLATE.read_text(encoding="utf-8"), self.settings.exit_url, self.socketio_path
        )

        # Needs no secret, so it is always configured.
        add_health_route(webchat, lambda: True)

        @webchat.route("/chat", methods=["GET"], strict_slashes=True)
        async def chat_page(_: Request) -> HTTPResponse:
            return response.html(page, headers=headers)

        @webchat.route("/static/<name:str>", methods=["GET"])
        async def static_file(_: Request, name: str) -> HTTPResponse:
            found = read_static(name)
            if found is None:
                return response.text("Not found", status=404, headers=headers)
            body, content_type = found
            return response.raw(body, content_type=content_type, headers=headers)

        @sio.on("connect")
        async def connect(sid: str, environ: dict[str, Any], auth: Any = None) -> bool:
            # engine.io has already refused other origins; this keeps the rule if that changes.
            if not self.origin_ok(environ.get("HTTP_ORIGIN"), environ):
                return False
            self.address_of[sid] = client_address(environ)
            return True

        @sio.on("disconnect")
        async def disconnect(sid: str, *_: Any) -> None:
            session_id = self.session_of.pop(sid, None)
            if session_id is not None:
                await self.holders.release(session_id, sid)
            self.address_of.pop(sid, None)
            self.throttle.forget(sid)

        @sio.on("session_request")
        async def session_request(sid: str, data: Any = None) -> None:
            # Only a token this server signed resumes a session; anything else starts one.
            session_id = self.tokens.session_of(requested_token(data)) or new_session_id()
            previous = self.session_of.get(sid)
            if previous is not None and previous != session_id:
                await sio.leave_room(sid, previous)
                await self.holders.release(previous, sid)
            holder = await self.holders.holder(session_id)
            if holder is not None and holder != sid:
                # One live socket per session: the newest proof wins (the person reloaded or
                # came back on a new connection), and the old socket hears no more. The old
                # socket may be on another replica: with Redis these reach it there.
                await sio.leave_room(holder, session_id)
                self.session_of.pop(holder, None)
                await sio.emit(SESSION_ENDED_EVT, {}, room=holder)
                await sio.disconnect(holder)
            if self.session_persistence:
                # Awaited: the coroutine Rasa 3.6 forgets (see the module docstring).
                await sio.enter_room(sid, session_id)
            self.session_of[sid] = session_id
            await self.holders.hold(session_id, sid)
            confirm = {"session_id": session_id, "token": self.tokens.issue(session_id)}
            await sio.emit("session_confirm", confirm, room=sid)

        @sio.on(self.user_message_evt)
        async def handle_message(sid: str, data: Any = None) -> None:
            incoming = read_user_message(data)
            if incoming.reply:
                await sio.emit(self.bot_message_evt, {"text": incoming.reply}, room=sid)
            if incoming.text is None:
                logger.debug("Web chat: ignored a message (%s)", incoming.reason)
                return
            if self.session_persistence:
                sender_id = self.session_of.get(sid)
                if sender_id is None or incoming.session_id not in (None, sender_id):
                    logger.debug("Web chat: ignored a message outside the socket's session")
                    return
            else:
                sender_id = sid
            if not self.throttle.allow(sid, self.address_of.get(sid, "?")):
                logger.info("Web chat: a socket sent too fast; message refused.")
                if self.throttle.should_reply(sid):
                    await sio.emit(self.bot_message_evt, {"text": SLOW_DOWN_REPLY}, room=sid)
                return
            message = UserMessage(
                incoming.text,
                WebChatOutput(sio, self.bot_message_evt),
                sender_id,
                input_channel=self.name(),
            )
            async with self._turn_lock(sender_id):
                await handle_or_apologise(on_new_message, message, "web chat")
            if self.session_persistence and self.session_of.get(sid) == sender_id:
                token = self.tokens.issue(sender_id)
                await self.holders.refresh(sender_id, sid)
                await sio.emit(SESSION_TOKEN_EVT, {"token": token}, room=sid)

        return webchat


def client_address(environ: Mapping[str, Any]) -> str:
    """The address a socket comes from: the peer, or behind a proxy the operator trusts
    (``TRUST_PROXY``) the address it appended last to X-Forwarded-For."""
    forwarded = environ.get("HTTP_X_FORWARDED_FOR")
    if forwarded and core_settings.trust_proxy_headers():
        return str(forwarded).split(",")[-1].strip() or "?"
    request = environ.get("sanic.request")
    return str(getattr(request, "ip", "") or "?")

"""Web chat across replicas with REDIS_URL set (bot/channels/webchat/rooms.py): a message sent
through one replica's output channel, as a support worker's is, reaches the person's socket on
another, and what crosses Redis is sealed."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
import redis
import socketio
from aiohttp import web

from bot.channels.webchat import WebChatInput, rooms
from bot.channels.webchat import channel as webchat_channel
from bot.channels.webchat.settings import parse_settings

KEY = "scale-webchat-key-" + "k" * 32
WORDS = "A support worker here: we can call you at 3pm."

Replica = tuple[WebChatInput, str]


@pytest.fixture
async def start_replica(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Callable[[], Awaitable[Replica]]]:
    """Starts web chat replicas on 127.0.0.1, each on aiohttp instead of Sanic (only the web
    server differs: the channel's own socket handlers and the Redis manager are the real ones)."""

    def on_aiohttp(**options: Any) -> socketio.AsyncServer:
        return rooms.socket_server(**{**options, "async_mode": "aiohttp"})

    monkeypatch.setattr(webchat_channel, "socket_server", on_aiohttp)
    runners: list[web.AppRunner] = []

    async def start() -> Replica:
        channel = WebChatInput(parse_settings({}), secret_key=KEY)

        async def on_new_message(_: Any) -> None:
            return None

        channel.blueprint(on_new_message)
        app = web.Application()
        channel.sio.attach(app, socketio_path=channel.socketio_path)
        runner = web.AppRunner(app)
        await runner.setup()
        runners.append(runner)
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        return channel, f"http://127.0.0.1:{port}"

    yield start
    for runner in runners:
        await runner.cleanup()


class Person:
    """A browser's socket, as python-socketio's own client."""

    def __init__(self) -> None:
        self.client = socketio.AsyncClient(reconnection=False)
        self.events: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

        @self.client.on("*")
        async def any_event(event: str, data: Any = None) -> None:
            await self.events.put((event, data))

        @self.client.on("disconnect")
        async def disconnected(*_: Any) -> None:
            await self.events.put(("disconnect", None))

    async def open(self, url: str, token: str | None = None) -> dict[str, str]:
        await self.client.connect(
            url,
            socketio_path="/webhooks/webchat/socket.io",
            # Long-polling: this aiohttp is older than engine.io's WebSocket client needs.
            transports=["polling"],
        )
        await self.client.emit("session_request", {"token": token} if token else {})
        return await self.expect("session_confirm")

    async def expect(self, event: str) -> Any:
        got, data = await asyncio.wait_for(self.events.get(), timeout=5)
        assert got == event, (got, data)
        return data

    async def close(self) -> None:
        # Without waiting for the long-poll under way: the replica's shutdown ends it.
        await self.client.eio.disconnect(abort=True)


async def subscribed(red: redis.Redis, replicas: int) -> None:
    """Until that many replicas listen on the channel: a replica subscribes when its first
    socket connects, a moment after the connection itself."""
    deadline = time.monotonic() + 5
    while dict(red.pubsub_numsub(rooms.CHANNEL)).get(rooms.CHANNEL.encode(), 0) < replicas:
        assert time.monotonic() < deadline, "the replica never subscribed"
        await asyncio.sleep(0.02)


async def test_a_message_sent_through_replica_b_reaches_the_socket_on_replica_a(start_replica, red):
    a, a_url = await start_replica()
    b, _ = await start_replica()
    assert isinstance(a.sio.manager, rooms.SealedRedisManager)
    person = Person()
    session = (await person.open(a_url))["session_id"]
    await subscribed(red, 1)
    listener = red.pubsub(ignore_subscribe_messages=True)
    listener.subscribe(rooms.CHANNEL)
    try:
        # The path of a worker's message: Rasa on B picks the channel's output, which emits
        # into the session's room.
        out = b.get_output_channel()
        assert out is not None
        await out.send_text_message(session, WORDS)
        assert await person.expect("bot_uttered") == {"text": WORDS}
        published = None
        for _ in range(3):  # the first message read may be the subscription's confirmation
            published = published or listener.get_message(timeout=1)
    finally:
        listener.close()
        await person.close()
    assert published is not None
    assert b"3pm" not in published["data"] and session.encode() not in published["data"]


async def test_a_message_not_sealed_with_the_key_is_refused(start_replica, red, caplog):
    _, a_url = await start_replica()
    b, _ = await start_replica()
    person = Person()
    session = (await person.open(a_url))["session_id"]
    await subscribed(red, 1)
    forged = {"method": "emit", "event": "bot_uttered", "data": [{"text": "forged"}],
              "binary": False, "namespace": "/", "room": session, "skip_sid": None,
              "callback": None, "host_id": "elsewhere"}  # fmt: skip
    try:
        red.publish(rooms.CHANNEL, json.dumps(forged))
        out = b.get_output_channel()
        assert out is not None
        await out.send_text_message(session, WORDS)
        # Redis keeps the order of one channel: the forged message came first and was dropped.
        assert await person.expect("bot_uttered") == {"text": WORDS}
    finally:
        await person.close()
    assert "SealBroken" in caplog.text


def test_without_redis_the_rooms_stay_in_the_process(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert rooms.client_manager() is None
    server = rooms.socket_server(async_mode="aiohttp")
    assert type(server.manager) is socketio.AsyncManager


async def test_resuming_a_session_on_another_replica_ends_the_socket_on_the_first(
    start_replica, red
):
    _, a_url = await start_replica()
    b, b_url = await start_replica()
    first, second = Person(), Person()
    confirmed = await first.open(a_url)
    session = confirmed["session_id"]
    await subscribed(red, 1)
    try:
        assert (await second.open(b_url, confirmed["token"]))["session_id"] == session
        assert await first.expect("session_ended") == {}
        assert await first.expect("disconnect") is None
        out = b.get_output_channel()
        assert out is not None
        await out.send_text_message(session, WORDS)
        assert await second.expect("bot_uttered") == {"text": WORDS}
        assert first.events.empty(), "the socket taken over hears no more"
    finally:
        await first.close()
        await second.close()
    [key] = [key for key in red.scan_iter() if b"webchat-socket" in key]
    assert session.encode() not in key and 0 < red.ttl(key) <= rooms.HOLD_SECONDS

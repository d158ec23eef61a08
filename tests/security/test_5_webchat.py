"""Item 5: web chat sessions cannot be chosen, joined, resumed without proof, or flooded."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import httpx
import pytest
import websockets

from bot.channels.webchat.limits import SLOW_DOWN_REPLY
from bot.channels.webchat.sessions import SessionTokens
from bot.service_failure import ACTION_FAILURE_REPLY, FAILURE_REPLY
from tests.security.conftest import WEBCHAT_KEY, Target

pytestmark = [pytest.mark.e2e, pytest.mark.attack]

PATH = "/webhooks/webchat/socket.io"


class Socket:
    """One socket.io client over a WebSocket, as a browser connects, speaking the Engine.IO 4
    and Socket.IO 5 protocols by hand: every message goes in its own frame, as a page (or an
    attacker's script) sends them, and everything the server sends is recorded."""

    def __init__(self, url: str) -> None:
        host = url.removeprefix("http://")
        self.url = f"ws://{host}{PATH}/?EIO=4&transport=websocket"
        self.replies: list[str] = []
        self.confirmed: asyncio.Queue[Any] = asyncio.Queue()
        self.ended = False
        self.disconnected = False
        self.ws: Any = None
        self.reader: asyncio.Task[None] | None = None

    @property
    def connected(self) -> bool:
        return self.ws is not None and not self.disconnected

    async def open(self, request: Any = None) -> Any:
        self.ws = await websockets.connect(self.url)
        assert (await self.ws.recv()).startswith("0"), "Engine.IO open"
        await self.ws.send("40")
        assert (await self.ws.recv()).startswith("40"), "Socket.IO connect"
        self.reader = asyncio.create_task(self._read())
        await self.emit("session_request", {} if request is None else request)
        return await asyncio.wait_for(self.confirmed.get(), 20)

    async def emit(self, event: str, data: Any) -> None:
        await self.ws.send("42" + json.dumps([event, data]))

    async def say(self, text: str, **extra: Any) -> None:
        await self.emit("user_uttered", {"message": text, **extra})

    async def _read(self) -> None:
        try:
            async for frame in self.ws:
                if frame == "2":
                    await self.ws.send("3")
                elif frame.startswith("41") or frame.startswith("1"):
                    self.disconnected = True
                elif frame.startswith("42"):
                    event, *args = json.loads(frame[2:])
                    data = args[0] if args else None
                    if event == "bot_uttered":
                        self.replies.append((data or {}).get("text") or "")
                    elif event == "session_confirm":
                        self.confirmed.put_nowait(data)
                    elif event == "session_ended":
                        self.ended = True
        except websockets.ConnectionClosed:
            pass
        self.disconnected = True

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            await asyncio.gather(self.reader, return_exceptions=True)


def session_of(confirmed: Any) -> str:
    # Before the fix the server confirmed with the id alone; now with an id and a token.
    return confirmed if isinstance(confirmed, str) else confirmed["session_id"]


def resume_request(confirmed: Any) -> dict[str, str]:
    """What a second socket sends to take over the first one's session: the token now, the id
    alone before the fix."""
    if isinstance(confirmed, str):
        return {"session_id": confirmed}
    return {"token": confirmed["token"], "session_id": confirmed["session_id"]}


async def until(condition: Any, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not condition():
        await asyncio.sleep(0.1)


async def test_a_page_cannot_choose_its_session_id(target: Target):
    chosen = "attacker" + "0" * 24
    attacker = Socket(target.url)
    try:
        confirmed = await attacker.open({"session_id": chosen})
    finally:
        await attacker.close()
    assert session_of(confirmed) != chosen


async def test_a_second_socket_cannot_join_a_victims_session(target: Target):
    victim, attacker = Socket(target.url), Socket(target.url)
    try:
        session = session_of(await victim.open())
        await attacker.open({"session_id": session})
        await attacker.say("/greet", session_id=session)
        await victim.say("/greet")
        await until(lambda: len(victim.replies) > 0)
        await asyncio.sleep(2)
    finally:
        await victim.close()
        await attacker.close()
    assert victim.replies, "the victim is answered"
    assert attacker.replies == [], "nothing meant for the victim reaches the attacker"
    assert target.user_texts(session) == ["/greet"], "the attacker spoke for nobody"


async def test_only_a_fresh_token_signed_by_the_server_resumes_a_session(target: Target):
    victim = Socket(target.url)
    try:
        confirmed = await victim.open()
        await victim.say("/greet")
        await until(lambda: len(victim.replies) > 0)
    finally:
        await victim.close()
    session = session_of(confirmed)
    keys = SessionTokens(WEBCHAT_KEY)
    attempts = {
        "guessed": {"token": f"{session}.{int(time.time())}.{'0' * 64}"},
        "other key": {"token": SessionTokens("not-the-key").issue(session)},
        "idle 31 minutes": {"token": keys.issue(session, now=time.time() - 31 * 60)},
        "the id alone": {"session_id": session},
    }
    for name, request in attempts.items():
        attacker = Socket(target.url)
        try:
            assert session_of(await attacker.open(request)) != session, name
        finally:
            await attacker.close()
    owner = Socket(target.url)
    try:
        resumed = await owner.open({"token": confirmed["token"]})
    finally:
        await owner.close()
    assert session_of(resumed) == session, "the page's own token still works"


async def test_a_session_has_one_live_socket(target: Target):
    first, second = Socket(target.url), Socket(target.url)
    try:
        confirmed = await first.open()
        await second.open(resume_request(confirmed))
        await until(lambda: not first.connected)
        assert first.ended and not first.connected, "the older socket is let go"
        await second.say("/greet")
        await until(lambda: len(second.replies) > 0)
    finally:
        await first.close()
        await second.close()
    assert first.replies == []


async def test_a_flood_from_one_socket_is_refused_kindly_and_nothing_fails(target: Target):
    flooder = Socket(target.url)
    try:
        session = session_of(await flooder.open())
        await asyncio.gather(*(flooder.say(f"flood message {n}") for n in range(100)))
        await until(lambda: SLOW_DOWN_REPLY in flooder.replies, timeout=60)
        await asyncio.sleep(15)
    finally:
        await flooder.close()
    assert SLOW_DOWN_REPLY in flooder.replies
    assert flooder.replies.count(SLOW_DOWN_REPLY) <= 3, "told once, not 90 times"
    assert FAILURE_REPLY not in flooder.replies and ACTION_FAILURE_REPLY not in flooder.replies
    assert 0 < len(target.user_texts(session)) <= 12
    assert httpx.get(f"{target.url}/webhooks/webchat/", timeout=30).status_code == 200


def test_a_forwarded_host_is_not_trusted_without_a_proxy(target: Target):
    polling = f"{target.url}{PATH}/?EIO=4&transport=polling"
    forged = httpx.get(
        polling,
        headers={
            "Origin": "https://evil.example",
            "X-Forwarded-Host": "evil.example",
            "X-Forwarded-Proto": "https",
        },
        timeout=30,
    )
    assert forged.status_code == 400


async def test_many_sockets_from_one_address_are_limited_too(target: Target):
    sockets = [Socket(target.url) for _ in range(8)]
    sessions = []
    try:
        for sock in sockets:
            sessions.append(session_of(await sock.open()))
        await asyncio.gather(*(s.say(f"hello {n}") for s in sockets for n in range(10)))
        await until(lambda: any(SLOW_DOWN_REPLY in s.replies for s in sockets), timeout=60)
        await asyncio.sleep(10)
    finally:
        for sock in sockets:
            await sock.close()
    accepted = sum(len(target.user_texts(session)) for session in sessions)
    assert accepted < 80, "the address's own limit applies across its sockets"
    assert any(SLOW_DOWN_REPLY in s.replies for s in sockets)

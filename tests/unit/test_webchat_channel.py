"""The web chat channel's socket handlers, on a real python-socketio server without a network:
rooms really joined (the await Rasa 3.6 forgets), sessions the server makes and resumes only
with its signed token, one socket per session, rate limits, bad payloads."""

from __future__ import annotations

from typing import Any

import pytest

from bot.channels.webchat import WebChatInput
from bot.channels.webchat.limits import SLOW_DOWN_REPLY
from bot.channels.webchat.messages import TOO_LONG_REPLY
from bot.channels.webchat.settings import parse_settings

SESSION = "a" * 32
KEY = "unit-webchat-key-" + "k" * 32


class Harness:
    def __init__(self, channel: WebChatInput) -> None:
        self.channel = channel
        self.received: list[Any] = []
        self.emitted: list[tuple[str, Any, str | None]] = []

        async def on_new_message(message: Any) -> None:
            self.received.append(message)

        channel.blueprint(on_new_message)
        self.sio = channel.sio
        self.handlers = self.sio.handlers["/"]

        async def record_emit(event: str, data: Any = None, room: str | None = None, **_: Any):
            self.emitted.append((event, data, room))

        self.sio.emit = record_emit

    async def connect(self, eio_sid: str) -> str:
        sid = await self.sio.manager.connect(eio_sid, "/")
        environ = {"HTTP_HOST": "chat.example", "wsgi.url_scheme": "https"}
        assert await self.handlers["connect"](sid, environ) is True
        return sid

    async def start(self, sid: str, data: Any = None) -> dict[str, str]:
        """Send a session_request; return what session_confirm said."""
        await self.handlers["session_request"](sid, {} if data is None else data)
        event, confirmed, room = self.emitted[-1]
        assert (event, room) == ("session_confirm", sid)
        return confirmed

    def rooms(self, sid: str) -> set[str]:
        return set(self.sio.rooms(sid))


@pytest.fixture
def harness() -> Harness:
    settings = parse_settings({"WEBCHAT_ALLOWED_ORIGINS": "https://a.example"})
    return Harness(WebChatInput(settings, secret_key=KEY))


async def test_the_server_makes_the_session_and_the_socket_joins_its_room(harness):
    sid = await harness.connect("eio-1")
    confirmed = await harness.start(sid)
    assert len(confirmed["session_id"]) == 32 and confirmed["token"]
    assert confirmed["session_id"] in harness.rooms(sid)


@pytest.mark.parametrize(
    "data", [None, "x", [SESSION], {"session_id": SESSION}, {"token": SESSION}, {}]
)
async def test_a_page_cannot_choose_its_session(harness, data):
    sid = await harness.connect("eio-1")
    confirmed = await harness.start(sid, data)
    assert confirmed["session_id"] != SESSION
    assert SESSION not in harness.rooms(sid)


async def test_the_token_resumes_the_session_and_the_old_socket_is_let_go(harness):
    first = await harness.connect("eio-1")
    confirmed = await harness.start(first)
    second = await harness.connect("eio-2")
    again = await harness.start(second, {"token": confirmed["token"]})
    assert again["session_id"] == confirmed["session_id"]
    assert confirmed["session_id"] in harness.rooms(second)
    assert confirmed["session_id"] not in harness.rooms(first)
    assert ("session_ended", {}, first) in harness.emitted
    await harness.handlers["user_uttered"](first, {"message": "hi"})
    assert harness.received == [], "the old socket speaks for nobody"


async def test_a_message_goes_to_rasa_as_the_sockets_session_and_refreshes_the_token(harness):
    sid = await harness.connect("eio-1")
    session = (await harness.start(sid))["session_id"]
    await harness.handlers["user_uttered"](sid, {"message": " my phone was stolen ", "x": 1})
    [message] = harness.received
    assert message.sender_id == session
    assert message.text == "my phone was stolen"
    assert message.input_channel == "webchat"
    assert message.output_channel.name() == "webchat"
    assert not message.metadata
    event, data, room = harness.emitted[-1]
    assert (event, room) == ("session_token", sid)
    assert harness.channel.tokens.session_of(data["token"]) == session


async def test_a_socket_cannot_speak_for_another_session_or_before_joining_one(harness):
    sid = await harness.connect("eio-1")
    await harness.handlers["user_uttered"](sid, {"message": "hi"})
    await harness.start(sid)
    await harness.handlers["user_uttered"](sid, {"message": "hi", "session_id": SESSION})
    assert harness.received == []


async def test_a_flood_from_one_socket_is_refused_with_one_kind_reply(harness):
    sid = await harness.connect("eio-1")
    await harness.start(sid)
    for number in range(30):
        await harness.handlers["user_uttered"](sid, {"message": f"message {number}"})
    assert 0 < len(harness.received) <= 10
    kind = [e for e in harness.emitted if e[0] == "bot_uttered"]
    assert kind == [("bot_uttered", {"text": SLOW_DOWN_REPLY}, sid)]


@pytest.mark.parametrize(
    "data", [None, "hello", 42, [], {}, {"message": ""}, {"message": None}, {"message": "  "}]
)
async def test_bad_payloads_are_dropped_quietly(harness, data):
    sid = await harness.connect("eio-1")
    await harness.start(sid)
    await harness.handlers["user_uttered"](sid, data)
    assert harness.received == []
    assert [e for e in harness.emitted if e[0] != "session_confirm"] == []


async def test_a_very_long_message_is_answered_kindly_and_not_passed_on(harness):
    sid = await harness.connect("eio-1")
    await harness.start(sid)
    await harness.handlers["user_uttered"](sid, {"message": "x" * 10_000})
    assert harness.received == []
    assert harness.emitted[-1] == ("bot_uttered", {"text": TOO_LONG_REPLY}, sid)


async def test_disconnecting_forgets_the_sockets_session(harness):
    sid = await harness.connect("eio-1")
    await harness.start(sid)
    await harness.handlers["disconnect"](sid)
    await harness.handlers["user_uttered"](sid, {"message": "hi"})
    assert harness.received == []


async def test_connect_refuses_pages_on_sites_not_allowed(harness):
    connect = harness.handlers["connect"]
    own = {"HTTP_HOST": "chat.example", "wsgi.url_scheme": "https"}
    assert await connect("s1", {**own, "HTTP_ORIGIN": "https://chat.example"}) is True
    assert await connect("s2", {**own, "HTTP_ORIGIN": "https://a.example"}) is True
    assert await connect("s3", {**own, "HTTP_ORIGIN": "https://evil.example"}) is False
    # engine.io applies the same rule before any socket exists.
    assert harness.sio.eio.cors_allowed_origins("https://evil.example", own) is False


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("WEBCHAT_ALLOWED_ORIGINS", "https://www.london.gov.uk")
    monkeypatch.setenv("WEBCHAT_EXIT_URL", "https://www.metoffice.gov.uk/")
    monkeypatch.setenv("WEBCHAT_SECRET_KEY", KEY)
    channel = WebChatInput.from_credentials({"session_persistence": True})
    assert channel.settings.allowed_origins == ("https://www.london.gov.uk",)
    assert channel.settings.exit_url == "https://www.metoffice.gov.uk/"
    assert channel.session_persistence is True
    assert channel.socketio_path == "/webhooks/webchat/socket.io"

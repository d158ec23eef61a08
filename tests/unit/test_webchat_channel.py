"""The web chat channel's socket handlers, on a real python-socketio server without a network:
rooms really joined (the await Rasa 3.6 forgets), sessions bound to sockets, bad payloads."""

from __future__ import annotations

from typing import Any

import pytest

from bot.channels.webchat import WebChatInput
from bot.channels.webchat.messages import TOO_LONG_REPLY
from bot.channels.webchat.settings import parse_settings

SESSION = "a" * 32
OTHER = "b" * 32


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
        return await self.sio.manager.connect(eio_sid, "/")

    def rooms(self, sid: str) -> set[str]:
        return set(self.sio.rooms(sid))


@pytest.fixture
def harness() -> Harness:
    return Harness(WebChatInput(parse_settings({"WEBCHAT_ALLOWED_ORIGINS": "https://a.example"})))


async def test_a_session_request_joins_the_sessions_room_so_replies_reach_the_socket(harness):
    sid = await harness.connect("eio-1")
    await harness.handlers["session_request"](sid, {"session_id": SESSION})
    assert SESSION in harness.rooms(sid)
    assert harness.emitted == [("session_confirm", SESSION, sid)]


@pytest.mark.parametrize("data", [None, "x", [SESSION], {"session_id": "short"}, {}])
async def test_an_unusable_session_id_is_replaced_by_a_fresh_one(harness, data):
    sid = await harness.connect("eio-1")
    await harness.handlers["session_request"](sid, data)
    event, confirmed, room = harness.emitted[-1]
    assert (event, room) == ("session_confirm", sid)
    assert len(confirmed) == 32 and confirmed != data
    assert confirmed in harness.rooms(sid)


async def test_a_message_goes_to_rasa_as_the_sockets_session(harness):
    sid = await harness.connect("eio-1")
    await harness.handlers["session_request"](sid, {"session_id": SESSION})
    await harness.handlers["user_uttered"](sid, {"message": " my phone was stolen ", "x": 1})
    [message] = harness.received
    assert message.sender_id == SESSION
    assert message.text == "my phone was stolen"
    assert message.input_channel == "webchat"
    assert message.output_channel.name() == "webchat"
    assert not message.metadata


async def test_a_socket_cannot_speak_for_another_session_or_before_joining_one(harness):
    sid = await harness.connect("eio-1")
    await harness.handlers["user_uttered"](sid, {"message": "hi", "session_id": SESSION})
    await harness.handlers["session_request"](sid, {"session_id": SESSION})
    await harness.handlers["user_uttered"](sid, {"message": "hi", "session_id": OTHER})
    assert harness.received == []


async def test_moving_to_another_session_leaves_the_old_room(harness):
    sid = await harness.connect("eio-1")
    await harness.handlers["session_request"](sid, {"session_id": SESSION})
    await harness.handlers["session_request"](sid, {"session_id": OTHER})
    assert OTHER in harness.rooms(sid) and SESSION not in harness.rooms(sid)


@pytest.mark.parametrize(
    "data", [None, "hello", 42, [], {}, {"message": ""}, {"message": None}, {"message": "  "}]
)
async def test_bad_payloads_are_dropped_quietly(harness, data):
    sid = await harness.connect("eio-1")
    await harness.handlers["session_request"](sid, {"session_id": SESSION})
    await harness.handlers["user_uttered"](sid, data)
    assert harness.received == []
    assert [e for e in harness.emitted if e[0] != "session_confirm"] == []


async def test_a_very_long_message_is_answered_kindly_and_not_passed_on(harness):
    sid = await harness.connect("eio-1")
    await harness.handlers["session_request"](sid, {"session_id": SESSION})
    await harness.handlers["user_uttered"](sid, {"message": "x" * 10_000})
    assert harness.received == []
    assert harness.emitted[-1] == ("bot_uttered", {"text": TOO_LONG_REPLY}, sid)


async def test_disconnecting_forgets_the_sockets_session(harness):
    sid = await harness.connect("eio-1")
    await harness.handlers["session_request"](sid, {"session_id": SESSION})
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
    channel = WebChatInput.from_credentials({"session_persistence": True})
    assert channel.settings.allowed_origins == ("https://www.london.gov.uk",)
    assert channel.settings.exit_url == "https://www.metoffice.gov.uk/"
    assert channel.session_persistence is True
    assert channel.socketio_path == "/webhooks/webchat/socket.io"

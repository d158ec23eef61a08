"""A failed or slow custom action is cut short and reported, so the person can be told
(the guard in bot/rasa_patches.py)."""

from __future__ import annotations

import socket
import time

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.processor import MessageProcessor
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot import rasa_patches, service_failure
from core.settings import action_timeout

DOMAIN = Domain.from_dict({"actions": ["action_check"]})


@pytest.fixture(autouse=True)
def guard():
    originals = RemoteAction.run, MessageProcessor._run_action
    rasa_patches.guard_failed_actions()
    yield
    RemoteAction.run, MessageProcessor._run_action = originals


async def run_action(url: str):
    action = RemoteAction("action_check", EndpointConfig(url))
    tracker = DialogueStateTracker("s1", DOMAIN.slots)
    return await action.run(CollectingOutputChannel(), None, tracker, DOMAIN)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_an_action_server_that_is_down_is_reported_as_a_failed_action():
    service_failure.failed_action.set(None)
    with pytest.raises(Exception, match="action_check"):
        await run_action(f"http://127.0.0.1:{closed_port()}/webhook")
    assert service_failure.failed_action.get() == "action_check"


async def test_a_slow_action_server_is_given_up_on_after_the_timeout(monkeypatch):
    monkeypatch.setenv("VICTIMS_ACTION_TIMEOUT", "0.5")
    service_failure.failed_action.set(None)
    # A listening socket that never answers: the kernel accepts the connection and it hangs.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        started = time.monotonic()
        # Raised as our own error naming the action, never chained to Rasa's (which quotes the
        # action server's answer).
        with pytest.raises(rasa_patches.ActionFailed, match="action_check") as raised:
            await run_action(f"http://127.0.0.1:{silent.getsockname()[1]}/webhook")
        elapsed = time.monotonic() - started
    assert 0.4 < elapsed < 3
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    assert service_failure.failed_action.get() == "action_check"


def test_the_guard_is_installed_once():
    wrapped = RemoteAction.run, MessageProcessor._run_action
    rasa_patches.guard_failed_actions()
    assert (RemoteAction.run, MessageProcessor._run_action) == wrapped


@pytest.mark.parametrize(("value", "expected"), [("3", 3.0), ("2.5", 2.5), ("soon", 10.0)])
def test_the_timeout_comes_from_the_environment(monkeypatch, value, expected):
    monkeypatch.setenv("VICTIMS_ACTION_TIMEOUT", value)
    assert action_timeout() == expected


async def test_a_channel_that_fails_to_handle_a_message_apologises_on_the_channel(caplog):
    from rasa.core.channels.channel import UserMessage

    from bot.service_failure import FAILURE_REPLY, handle_or_apologise

    async def failing(_message):
        raise RuntimeError("database or disk is full")

    async def working(message):
        await message.output_channel.send_text_message(message.sender_id, "hello")

    out = CollectingOutputChannel()
    message = UserMessage("he hit me", out, "+447700900123", input_channel="sms")
    assert await handle_or_apologise(failing, message, "SMS") is False
    assert out.messages == [{"recipient_id": "+447700900123", "text": FAILURE_REPLY}]
    assert "he hit me" not in caplog.text and "RuntimeError" in caplog.text
    out.messages.clear()
    assert await handle_or_apologise(working, message, "SMS") is True
    assert out.messages == [{"recipient_id": "+447700900123", "text": "hello"}]

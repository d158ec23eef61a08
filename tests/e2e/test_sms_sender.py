"""TwilioSender with the real twilio library against the local fake of Twilio's API: what is
retried, what is not, and that sending does not block the event loop."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid

import pytest
from fake_twilio import FakeTwilio

from bot.channels.sms.settings import SmsSettings
from bot.channels.sms.twilio_client import TwilioSender

SID = "AC" + "0" * 32
TOKEN = "sender-test-token"


@pytest.fixture
def fake():
    with FakeTwilio(SID, TOKEN) as server:
        yield server


def settings(fake: FakeTwilio, **overrides) -> SmsSettings:
    values = {
        "account_sid": SID,
        "auth_token": TOKEN,
        "webhook_url": "https://sms.example.test/webhooks/sms/webhook",
        "from_number": "+447700900000",
        "hash_key": b"k",
        "api_base_url": fake.url,
    }
    return SmsSettings(**{**values, **overrides})


def number() -> str:
    return "+4477009" + str(uuid.uuid4().int)[:5]


async def test_a_text_reaches_twilio_from_the_configured_number(fake):
    to = number()
    sender = TwilioSender(settings(fake), backoff=0.01)
    assert await sender.send(to, "Hello there")
    await sender.close()
    [message] = fake.messages(to)
    assert (message.body, message.from_) == ("Hello there", "+447700900000")
    assert message.account_sid == SID


async def test_a_messaging_service_replaces_the_from_number(fake):
    to = number()
    sender = TwilioSender(settings(fake, from_number=None, messaging_service_sid="MG123"))
    assert await sender.send(to, "Hi")
    await sender.close()
    [message] = fake.messages(to)
    assert message.messaging_service_sid == "MG123" and message.from_ is None


@pytest.mark.parametrize(
    ("status", "code"), [(500, 20500), (503, 20503), (429, 20429), (None, 0)], ids=str
)
async def test_passing_failures_are_retried_until_the_text_goes(fake, status, code):
    to = number()
    fake.fail_next(to, 2, status=status, code=code)
    sender = TwilioSender(settings(fake), attempts=4, backoff=0.01)
    assert await sender.send(to, "Third time lucky")
    await sender.close()
    assert fake.attempts(to) == 3
    assert fake.bodies(to) == ["Third time lucky"]


async def test_retries_are_bounded(fake):
    to = number()
    fake.fail_next(to, 10)
    sender = TwilioSender(settings(fake), attempts=3, backoff=0.01)
    assert not await sender.send(to, "Never")
    await sender.close()
    assert fake.attempts(to) == 3
    assert fake.bodies(to) == []


async def test_retries_back_off(fake):
    to = number()
    fake.fail_next(to, 2)
    sender = TwilioSender(settings(fake), attempts=3, backoff=0.2)
    started = time.monotonic()
    assert await sender.send(to, "Later")
    await sender.close()
    # Waits of about 0.2 and 0.4 s (with 20% jitter).
    assert time.monotonic() - started >= 0.45


async def test_a_refused_number_is_not_retried(fake):
    to = number()
    fake.fail_next(to, 1, status=400, code=21211)
    sender = TwilioSender(settings(fake), attempts=4, backoff=0.01)
    assert not await sender.send(to, "Bad number")
    await sender.close()
    assert fake.attempts(to) == 1


async def test_twilio_saying_unsubscribed_is_reported(fake):
    to = number()
    reported: list[str] = []
    fake.fail_next(to, 1, status=400, code=21610)
    sender = TwilioSender(settings(fake), backoff=0.01, on_unsubscribed=reported.append)
    assert not await sender.send(to, "Hello")
    await sender.close()
    assert reported == [to] and fake.attempts(to) == 1


async def test_wrong_credentials_are_not_retried(fake):
    to = number()
    sender = TwilioSender(settings(fake, auth_token="wrong"), backoff=0.01)
    assert not await sender.send(to, "Hello")
    await sender.close()
    assert fake.bodies(to) == []


async def test_sending_leaves_the_event_loop_free(fake):
    fake.delay = 0.5
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.02)
            ticks += 1

    ticker = asyncio.create_task(tick())
    sender = TwilioSender(settings(fake))
    assert await sender.send(number(), "Slow network")
    await sender.close()
    ticker.cancel()
    assert ticks >= 10, "the loop ran other work while the text was in flight"


async def test_logs_carry_neither_the_text_nor_the_whole_number(fake, caplog):
    to = "+447700912345"
    fake.fail_next(to, 1)
    sender = TwilioSender(settings(fake), backoff=0.01)
    with caplog.at_level(logging.DEBUG):
        assert await sender.send(to, "my secret words")
    await sender.close()
    logged = caplog.text
    assert "retrying" in logged and "accepted" in logged
    assert "secret" not in logged and to not in logged and "12345" not in logged

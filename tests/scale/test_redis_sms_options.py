"""SMS numbered options with REDIS_URL set: the options one replica texted are read by another
when the person's "2" reaches it, and Redis holds neither the number nor the options' text."""

from __future__ import annotations

import json
from pathlib import Path

from rasa.core.channels.channel import UserMessage

from bot import shared_redis
from bot.channels.sms.channel import TwilioSmsInput, TwilioSmsOutput
from bot.channels.sms.options import KEEP_SECONDS, KIND, SentOptions
from bot.channels.sms.settings import SmsSettings
from bot.channels.sms.webhook import Form
from tests.support.redis_contents import everything_in

PHONE = "+447700900123"
SETTINGS = SmsSettings(
    account_sid="AC" + "0" * 32,
    auth_token="token-value",
    webhook_url="https://bot.example.org/webhooks/sms/webhook",
    from_number="+447700900000",
    hash_key=b"hash-key",
)
BUTTONS = [
    {"title": "A burglary", "payload": '/describe_crime{"crime_type": "burglary"}'},
    {"title": "Someone hurt me", "payload": '/describe_crime{"crime_type": "assault"}'},
]


class FakeTwilio:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send(self, number: str, text: str) -> None:
        self.sent.append((number, text))


def replica(tmp_path: Path, name: str) -> tuple[TwilioSmsInput, FakeTwilio]:
    channel = TwilioSmsInput(SETTINGS, records_db=tmp_path / f"{name}.db")
    twilio = FakeTwilio()
    channel.sender = twilio  # type: ignore[assignment]
    return channel, twilio


async def reply(channel: TwilioSmsInput, text: str) -> str:
    heard: list[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        heard.append(message)

    form = Form({"From": [PHONE], "Body": [text]})
    await channel._handle_text(PHONE, form, None, on_new_message)
    assert len(heard) == 1
    return str(heard[0].text)


async def test_a_number_texted_to_another_replica_picks_the_option_sent(redis_url, tmp_path, red):
    a, twilio = replica(tmp_path, "a")
    b, _ = replica(tmp_path, "b")
    assert a.last_buttons.shared and b.last_buttons.shared
    out = a.get_output_channel()
    assert isinstance(out, TwilioSmsOutput)
    await out.send_text_with_buttons(PHONE, "What happened?", BUTTONS)
    assert "Reply 1 for A burglary" in twilio.sent[0][1]

    assert await reply(b, "2") == BUTTONS[1]["payload"]
    assert await reply(a, " 1.") == BUTTONS[0]["payload"]

    [key] = list(red.scan_iter())
    assert KEEP_SECONDS - 5 < red.ttl(key) <= KEEP_SECONDS
    everything = b"\n".join(everything_in(red))
    for secret in (PHONE, PHONE.lstrip("+"), "7700900123", "burglary", "assault", "hurt"):
        assert secret.encode() not in everything

    await out.send_text_message(PHONE, "Thank you.")
    assert red.dbsize() == 0, "a message without options forgets them on every replica"
    assert await reply(b, "2") == "2"


async def test_when_redis_fails_a_number_is_read_as_typed(redis_url, caplog):
    options = SentOptions(url="redis://127.0.0.1:1/0")
    await options.remember(PHONE, BUTTONS)
    assert await options.recall(PHONE) is None
    assert "ConnectionError" in caplog.text and PHONE not in caplog.text


async def test_options_not_sealed_with_this_services_key_are_refused(redis_url, red, caplog):
    options = SentOptions()
    key = shared_redis.conversation_key(KIND, PHONE)
    red.set(key, json.dumps(["/delete_my_data"]).encode())
    assert await options.recall(PHONE) is None
    assert "SealBroken" in caplog.text

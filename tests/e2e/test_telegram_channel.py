"""The Telegram channel end to end: updates POSTed to Rasa's webhook, replies sent through
python-telegram-bot to a local fake of the Bot API (fake_telegram.py), and the channel's own
parts (deletion, long payloads, the webhook command) against the same fake without Rasa."""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import API_TOKEN, TELEGRAM_SECRET, TELEGRAM_TOKEN
from fake_telegram import FakeTelegram
from telegram.error import BadRequest

from bot.channels.telegram import TelegramInput, TelegramOutput
from bot.channels.telegram import cli as telegram_cli
from bot.channels.telegram.buttons import CALLBACK_DATA_MAX_BYTES
from bot.channels.telegram.connection import TelegramConnection
from bot.channels.telegram.deletion import deletion_report
from bot.channels.telegram.settings import TelegramSettings
from bot.channels.telegram.store import TelegramStore
from bot.channels.telegram.text import EXPIRED_BUTTON_REPLY, NON_TEXT_REPLY, PRIVATE_ONLY_REPLY

pytestmark = pytest.mark.e2e
HOUR = 3600


@pytest.fixture
def chat_id() -> int:
    return random.randint(10**8, 10**10)


def post(bot, update: Any, secret: str | None = TELEGRAM_SECRET, raw: bytes | None = None):
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    url = f"{bot.url}/webhooks/telegram/webhook"
    if raw is not None:
        headers["Content-Type"] = "application/json"
        return bot.client.post(url, content=raw, headers=headers)
    return bot.client.post(url, json=update, headers=headers)


class Chat:
    """One person's private chat with the bot, seen from the fake Telegram."""

    def __init__(self, bot, chat_id: int) -> None:
        self.bot, self.id, self.fake = bot, chat_id, bot.telegram
        self._message_ids = iter(range(1, 10**6))

    def say(self, text: str | None, **kwargs: Any) -> list[dict[str, Any]]:
        update = self.fake.message_update(
            self.id, text, message_id=next(self._message_ids), **kwargs
        )
        return self.send(update)

    def tap(self, data: str, on: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        message_id = on["message_id"] if on else 1
        return self.send(self.fake.callback_update(self.id, data, message_id))

    def send(self, update: dict[str, Any]) -> list[dict[str, Any]]:
        before = len(self.sent())
        response = post(self.bot, update)
        assert response.status_code == 200, response.text
        return self.sent()[before:]

    def sent(self) -> list[dict[str, Any]]:
        return self.fake.sent(self.id)


def texts(messages: list[dict[str, Any]]) -> str:
    return "\n".join(m["text"] for m in messages)


def with_buttons(messages: list[dict[str, Any]]) -> dict[str, Any]:
    return next(m for m in messages if "reply_markup" in m)


def test_a_message_is_answered_with_an_inline_keyboard(bot, chat_id):
    chat = Chat(bot, chat_id)
    replies = chat.say("hi")
    assert "not the police" in texts(replies)
    question = with_buttons(replies)
    keyboard = question["reply_markup"]["inline_keyboard"]
    assert [row[0]["text"] for row in keyboard] == ["Yes, that's OK", "No, keep nothing"]
    assert [row[0]["callback_data"] for row in keyboard] == ["/affirm", "/deny"]
    # One Bot per process: getMe (its initialisation) ran once, however many messages went out.
    assert len(bot.telegram.calls_to("getMe")) == 1
    user_events = [e for e in bot.events(str(chat_id)) if e["event"] == "user"]
    assert user_events == []  # nothing stored before consent, as on every channel


def test_a_button_tap_is_answered_and_its_payload_handled(bot, chat_id):
    chat = Chat(bot, chat_id)
    question = with_buttons(chat.say("hello"))
    update = bot.telegram.callback_update(chat_id, "/affirm", question["message_id"])
    replies = chat.send(update)
    answered = [
        c
        for c in bot.telegram.calls_to("answerCallbackQuery")
        if c["callback_query_id"] == update["callback_query"]["id"]
    ]
    assert len(answered) == 1
    assert "in danger right now" in texts(replies).lower()
    assert bot.slots(str(chat_id)).get("consent") is True
    user_events = [e for e in bot.events(str(chat_id)) if e["event"] == "user"]
    assert user_events[-1]["input_channel"] == "telegram"
    assert user_events[-1]["parse_data"]["intent"]["name"] == "affirm"


def test_requests_without_the_right_secret_are_refused(bot, chat_id):
    update = bot.telegram.message_update(chat_id, "hi", message_id=1)
    assert post(bot, update, secret=None).status_code == 403
    assert post(bot, update, secret="wrong-secret").status_code == 403
    assert post(bot, update, secret=TELEGRAM_SECRET + "x").status_code == 403
    assert bot.telegram.calls_to("sendMessage", chat_id) == []
    # The same update with the secret is then handled: the refusals did not mark it as seen.
    assert post(bot, update).status_code == 200
    assert bot.telegram.calls_to("sendMessage", chat_id)


def test_a_redelivered_update_is_handled_once(bot, chat_id):
    update = bot.telegram.message_update(chat_id, "hi", message_id=1)
    first = post(bot, update)
    sent = len(bot.telegram.calls_to("sendMessage", chat_id))
    assert first.json() == {"status": "ok"} and sent > 0
    again = post(bot, update)
    assert again.status_code == 200 and again.json() == {"status": "duplicate"}
    assert len(bot.telegram.calls_to("sendMessage", chat_id)) == sent


def test_start_help_and_stop_commands(bot, chat_id):
    chat = Chat(bot, chat_id)
    assert "not the police" in texts(chat.say("/start"))
    assert "I ask a few short questions" in texts(chat.say("/help"))
    assert "I ask a few short questions" in texts(chat.say("/help@victims_helper_test_bot"))
    assert "I've stopped" in texts(chat.say("/stop"))


def test_a_typed_slash_is_words_not_an_intent(bot, chat_id):
    chat = Chat(bot, chat_id)
    chat.say("hi")
    chat.tap("/affirm")
    # Rasa would restart the conversation on "/restart"; typed, it is just a word.
    chat.say("/restart")
    events = bot.events(str(chat_id))
    assert [e["text"] for e in events if e["event"] == "user"][-1] == "restart"
    assert not [e for e in events if e["event"] == "restart"]
    assert bot.slots(str(chat_id)).get("consent") is True


def test_delete_removes_the_chat_messages_and_says_what_it_could_not(bot, chat_id):
    fake = bot.telegram
    chat = Chat(bot, chat_id)
    chat.say("hi", date=time.time() - 49 * HOUR)  # message 1: too old to delete
    chat.tap("/affirm")  # consent, so the conversation is stored, then erased
    chat.say("someone stole my bike")  # message 2
    confirm = with_buttons(chat.say("/delete"))  # message 3
    assert "delete everything" in confirm["text"]
    bot_ids = [m["message_id"] for m in chat.sent()]
    # Telegram refuses one message: it is reported, and the others are still deleted.
    fake.refuse_delete.add(bot_ids[0])
    replies = chat.tap("/affirm", confirm)
    assert "I've deleted this conversation" in replies[0]["text"]
    assert replies[-1]["text"] == deletion_report(deleted=len(bot_ids) + 2 - 1, too_old=1, failed=1)
    deleted = {i for c in fake.calls_to("deleteMessages", chat_id) for i in c["message_ids"]}
    assert deleted == {2, 3, *bot_ids}  # 1 is older than 48 hours: not even tried
    assert all(len(c["message_ids"]) <= 100 for c in fake.calls_to("deleteMessages", chat_id))
    assert bot_ids[0] in [c["message_id"] for c in fake.calls_to("deleteMessage", chat_id)]
    assert bot.events(str(chat_id)) == []  # the conversation itself is gone too
    # The ids went with it: a second erasure only sees messages sent since.
    confirm = with_buttons(chat.say("/delete"))
    chat.tap("/affirm", confirm)
    last = fake.calls_to("deleteMessages", chat_id)[-1]["message_ids"]
    assert not set(last) & deleted
    assert {r["message_id"] for r in replies} <= set(last)


def test_delete_cancelled_deletes_nothing(bot, chat_id):
    chat = Chat(bot, chat_id)
    chat.say("hi")
    confirm = with_buttons(chat.say("/delete"))
    replies = chat.tap("/deny", confirm)
    assert "haven't deleted anything" in texts(replies)
    assert bot.telegram.calls_to("deleteMessages", chat_id) == []


def test_photos_stickers_and_voice_notes_get_a_kind_reply(bot, chat_id):
    chat = Chat(bot, chat_id)
    for extra in (
        {"photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]},
        {
            "sticker": {
                "file_id": "s1",
                "file_unique_id": "u2",
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
            }
        },
        {"voice": {"file_id": "v1", "file_unique_id": "u3", "duration": 3}},
    ):
        replies = chat.say(None, extra=extra)
        assert texts(replies) == NON_TEXT_REPLY
    assert bot.events(str(chat_id)) == []


def test_group_chats_are_not_answered_with_the_assessment(bot, chat_id):
    replies = Chat(bot, -chat_id).say("hi", chat_type="group")
    assert texts(replies) == PRIVATE_ONLY_REPLY


def test_an_unknown_button_key_asks_to_type_instead(bot, chat_id):
    replies = Chat(bot, chat_id).tap("k:" + "0" * 32)
    assert texts(replies) == EXPIRED_BUTTON_REPLY


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"",
        b"[1, 2]",
        b'"update"',
        b'{"message": {"text": "hi"}}',
        b'{"update_id": "1"}',
        b'{"update_id": 5, "message": {"text": "hi"}}',
        b'{"update_id": 6, "message": "hi"}',
    ],
)
def test_malformed_updates_get_400(bot, body):
    response = post(bot, None, raw=body)
    assert response.status_code == 400, response.text


def test_a_support_workers_message_through_the_rasa_api_reaches_the_chat(bot, chat_id):
    chat = Chat(bot, chat_id)
    chat.say("hi")
    chat.tap("/affirm")
    text = "Hello, I'm Sam from the support team. Is now a good time?"
    response = bot.client.post(
        f"{bot.url}/conversations/{chat_id}/tracker/events",
        params={"output_channel": "latest", "execute_side_effects": "true", "token": API_TOKEN},
        json={"event": "bot", "text": text},
    )
    assert response.status_code == 200, response.text
    delivered = chat.sent()[-1]
    assert delivered["text"] == text
    # Kept by id (in memory) for /delete, like every other message in the chat: /delete
    # removes it with the rest.
    chat.tap("/affirm", with_buttons(chat.say("/delete")))
    deleted = {
        i for c in bot.telegram.calls_to("deleteMessages", chat_id) for i in c["message_ids"]
    }
    assert delivered["message_id"] in deleted


# The channel's parts against the fake alone, without Rasa.


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    server = FakeTelegram(TELEGRAM_TOKEN).start()
    yield server
    server.stop()


@pytest.fixture
def connection(fake, tmp_path) -> TelegramConnection:
    settings = TelegramSettings(TELEGRAM_TOKEN, TELEGRAM_SECRET, fake.url)
    return TelegramConnection(settings, TelegramStore())


async def test_deletion_goes_in_batches_of_100_and_finds_the_refused_message(fake, connection):
    chat_id, now = 4242, time.time()
    for message_id in range(1, 231):
        connection.store.remember_message(chat_id, message_id, now - 60)
    for message_id in range(900, 905):
        connection.store.remember_message(chat_id, message_id, now - 50 * HOUR)
    fake.refuse_delete.add(150)
    report = await TelegramOutput(connection).delete_chat_messages(str(chat_id))
    assert report == deletion_report(deleted=229, too_old=5, failed=1)
    batches = [c["message_ids"] for c in fake.calls_to("deleteMessages", chat_id)]
    assert [len(b) for b in batches] == [100, 100, 30]
    assert sorted(i for b in batches for i in b) == list(range(1, 231))
    singles = [c["message_id"] for c in fake.calls_to("deleteMessage", chat_id)]
    assert singles == list(range(101, 201))  # only the refused batch, one by one
    assert connection.store.messages(chat_id) == []
    assert connection.store.expired_count(chat_id) == 0


async def test_long_payloads_travel_as_short_keys(fake, connection):
    payload = '/inform{"needs": ["safety", "health", "emotional", "practical", "court"]}'
    assert len(payload.encode()) > CALLBACK_DATA_MAX_BYTES
    output = TelegramOutput(connection)
    buttons = [{"title": "All of these", "payload": payload}, {"title": "No", "payload": "/deny"}]
    await output.send_text_with_buttons("4242", "What would help?", buttons)
    keyboard = fake.calls_to("sendMessage", 4242)[0]["reply_markup"]["inline_keyboard"]
    key, short = keyboard[0][0]["callback_data"], keyboard[1][0]["callback_data"]
    assert len(key.encode()) <= CALLBACK_DATA_MAX_BYTES and key != payload
    assert connection.payload(key) == payload
    assert short == "/deny" and connection.payload(short) == "/deny"
    await connection.close()


async def test_concurrent_sends_share_one_bot(fake, connection):
    output = TelegramOutput(connection, raise_errors=True)
    await asyncio.gather(*(output.send_text_message(str(100 + i), "hello") for i in range(8)))
    assert len(fake.calls_to("getMe")) == 1
    assert len(fake.calls_to("sendMessage")) == 8
    await connection.close()


async def test_a_send_that_fails_raises_only_for_api_callers(fake, connection):
    with pytest.raises(BadRequest, match="Chat not found"):
        await TelegramOutput(connection, raise_errors=True).send_text_message("not-a-chat", "x")
    await TelegramOutput(connection).send_text_message("not-a-chat", "x")  # logged, not raised
    await connection.close()


def test_set_webhook_registers_the_secret_and_the_updates_we_handle(fake, monkeypatch, capsys):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", TELEGRAM_SECRET)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake.url)
    url = "https://bot.example.org/webhooks/telegram/webhook"
    assert telegram_cli.main(["set-webhook", "--url", url, "--drop-pending-updates"]) == 0
    (call,) = fake.calls_to("setWebhook")
    assert call["url"] == url and call["secret_token"] == TELEGRAM_SECRET
    assert call["allowed_updates"] == ["message", "callback_query"]
    assert call["drop_pending_updates"] is True
    commands = fake.calls_to("setMyCommands")[0]["commands"]
    assert [c["command"] for c in commands] == ["start", "help", "stop", "delete"]
    assert telegram_cli.main(["info"]) == 0
    assert telegram_cli.main(["delete-webhook"]) == 0
    assert len(fake.calls_to("deleteWebhook")) == 1
    out = capsys.readouterr()
    assert url in out.out and "message, callback_query" in out.out
    assert TELEGRAM_TOKEN not in out.out + out.err and TELEGRAM_SECRET not in out.out + out.err


def test_set_webhook_refuses_a_url_telegram_would_not_call(fake, monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", TELEGRAM_SECRET)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake.url)
    for url in ("http://bot.example.org/webhooks/telegram/webhook", "https://bot.example.org/"):
        assert telegram_cli.main(["set-webhook", "--url", url]) == 2
    monkeypatch.delenv("TELEGRAM_WEBHOOK_SECRET")
    assert telegram_cli.main(["info"]) == 2
    assert fake.calls == []


# Sanic warns that ASGI mode runs the channel's shutdown listener late; irrelevant here.
@pytest.mark.filterwarnings("ignore:You have set a listener")
async def test_without_a_secret_the_channel_is_off_and_says_so_once(monkeypatch, caplog):
    from rasa.core.channels.channel import register
    from sanic import Sanic

    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN)
    monkeypatch.delenv("TELEGRAM_WEBHOOK_SECRET", raising=False)
    with caplog.at_level("INFO", logger="bot.channels.telegram.channel"):
        channel = TelegramInput.from_credentials(None)
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.channels.telegram.channel"]
    assert lines == ["Telegram channel disabled: TELEGRAM_WEBHOOK_SECRET not set."]
    assert channel.get_output_channel() is None
    app = Sanic(f"telegram_off_{uuid.uuid4().hex}")
    register([channel], app, "/webhooks/")
    await app._startup()  # finalises Sanic's routes, as the ASGI lifespan would
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://rasa") as client:
        response = await client.post(
            "/webhooks/telegram/webhook",
            json={"update_id": 1},
            headers={"X-Telegram-Bot-Api-Secret-Token": "anything"},
        )
        health = await client.get("/webhooks/telegram/")
    assert response.status_code == 503
    # The same health answer as every channel that is switched off (bot/channels/common.py).
    assert health.status_code == 503 and health.json()["status"] == "disabled"

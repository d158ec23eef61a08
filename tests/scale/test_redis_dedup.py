"""Each Twilio MessageSid and Telegram update_id is handled once across replicas when
REDIS_URL is set (bot/shared_redis.py), and as before without it."""

from __future__ import annotations

import asyncio
import json
import threading
from types import SimpleNamespace

from bot.channels.common import RecentlySeen
from bot.channels.sms.seen import KEEP_SECONDS, SeenMessages
from bot.channels.telegram.channel import SECRET_HEADER, TelegramInput
from bot.channels.telegram.connection import KEEP_UPDATE_IDS_SECONDS, TelegramConnection
from bot.channels.telegram.settings import TelegramSettings
from bot.channels.telegram.store import TelegramStore
from bot.shared_redis import RedisSeenIds

SID = "SM" + "0123456789abcdef" * 2
SECRET = "telegram-webhook-secret"


def test_two_replicas_handle_a_message_sid_once(redis_url, tmp_path, red):
    # Each replica has its own SQLite file here, so only Redis can tell them apart.
    one = SeenMessages(tmp_path / "one.db")
    two = SeenMessages(tmp_path / "two.db")
    assert one.first_time(SID)
    assert not two.first_time(SID)
    assert not one.first_time(SID)
    assert KEEP_SECONDS - 5 < red.ttl(f"victims:sms-seen:{SID}") <= KEEP_SECONDS
    assert not (tmp_path / "one.db").exists(), "the records database is not used for sids"


def test_racing_replicas_agree_on_which_one_takes_a_text(redis_url, tmp_path):
    replicas = [SeenMessages(tmp_path / f"{n}.db") for n in range(2)]
    start = threading.Barrier(8)
    taken: list[bool] = []

    def deliver(n: int) -> None:
        start.wait(timeout=5)
        taken.append(replicas[n % 2].first_time(SID))

    threads = [threading.Thread(target=deliver, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert sorted(taken) == [False] * 7 + [True]


def test_without_redis_the_sids_stay_in_the_records_database(tmp_path, monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    path = tmp_path / "records.db"
    assert SeenMessages(path).first_time(SID)
    assert not SeenMessages(path).first_time(SID), "across restarts, as before"
    assert isinstance(telegram_connection().recent, RecentlySeen)


def test_when_redis_fails_a_text_is_still_handled_once_by_this_replica(redis_url, caplog):
    seen = RedisSeenIds("sms-seen", KEEP_SECONDS, url="redis://127.0.0.1:1/0")
    assert seen.first_time(SID)
    assert not seen.first_time(SID)
    assert "ConnectionError" in caplog.text and SID not in caplog.text


def telegram_connection() -> TelegramConnection:
    connection = TelegramConnection(TelegramSettings("123:token", SECRET), TelegramStore())

    async def bot() -> SimpleNamespace:
        # Gives way to the other deliveries, as reaching Telegram would: all of them pass the
        # first "seen already?" check before any claims the update.
        await asyncio.sleep(0)
        return SimpleNamespace()  # only messages arrive here: the bot is never used

    connection.bot = bot  # type: ignore[method-assign]
    return connection


def update(update_id: int, text: str) -> dict:
    chat = {"id": 4242, "type": "private"}
    return {
        "update_id": update_id,
        "message": {"message_id": 7, "date": 1_700_000_000, "chat": chat, "text": text},
    }


async def test_an_update_posted_to_two_replicas_at_once_is_handled_once(redis_url, red):
    handled: list[str] = []

    async def on_new_message(message) -> None:
        handled.append(message.text)

    replicas = [TelegramInput(telegram_connection()) for _ in range(2)]
    body = json.dumps(update(31, "hello")).encode()
    request = SimpleNamespace(headers={SECRET_HEADER: SECRET}, body=body)
    answers = await asyncio.gather(
        *(replica._receive(request, on_new_message) for replica in replicas * 2)
    )
    statuses = sorted(json.loads(answer.body)["status"] for answer in answers)
    assert statuses == ["duplicate", "duplicate", "duplicate", "ok"]
    assert handled == ["hello"]
    ttl = red.ttl("victims:telegram-update:31")
    assert KEEP_UPDATE_IDS_SECONDS - 5 < ttl <= KEEP_UPDATE_IDS_SECONDS

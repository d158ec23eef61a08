"""What the Telegram channel keeps: message ids for 48 hours, then only a count per chat."""

from __future__ import annotations

import sqlite3
import time

from bot.channels.telegram.deletion import DELETABLE_FOR_SECONDS
from bot.channels.telegram.store import TelegramStore

HOUR = 3600


def test_ids_too_old_to_delete_become_a_count(records_db):
    store = TelegramStore(records_db)
    now = time.time()
    store.remember_message(7, 1, now - 50 * HOUR)
    store.remember_message(7, 2, now - HOUR)
    store.remember_message(7, 3, now)
    store.remember_message(8, 1, now - 49 * HOUR)
    assert store.messages(7) == [(2, now - HOUR), (3, now)]
    assert store.expired_count(7) == 1 and store.expired_count(8) == 1
    store.remember_message(7, 2, now)  # the same message again is not counted twice
    assert len(store.messages(7)) == 2


def test_only_ids_and_times_are_kept(records_db):
    store = TelegramStore(records_db)
    store.remember_message("7", 1, time.time())
    with sqlite3.connect(records_db) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(telegram_messages)")]
    assert columns == ["chat_id", "message_id", "sent_at"]


def test_forgetting_a_chat_leaves_other_chats(records_db):
    store = TelegramStore(records_db)
    now = time.time()
    for chat in (7, 8):
        store.remember_message(chat, 1, now)
        store.remember_message(chat, 2, now - DELETABLE_FOR_SECONDS - 1)
    store.forget_chat(7)
    assert store.messages(7) == [] and store.expired_count(7) == 0
    assert store.messages(8) == [(1, now)] and store.expired_count(8) == 1


def test_counts_and_payload_keys_go_after_the_retention_period(records_db):
    store = TelegramStore(records_db, retention_days=1)
    store.remember_payloads([("k:1", '/inform{"a": 1}')])
    store.remember_message(7, 1, time.time() - 3 * 86400)
    assert store.expired_count(7) == 1 and store.payload("k:1") == '/inform{"a": 1}'
    with sqlite3.connect(records_db) as conn:
        conn.execute("UPDATE telegram_expired SET updated_at = updated_at - 2 * 86400")
        conn.execute("UPDATE telegram_payloads SET created_at = created_at - 2 * 86400")
    store.remember_message(9, 1, time.time())
    assert store.expired_count(7) == 0 and store.payload("k:1") is None

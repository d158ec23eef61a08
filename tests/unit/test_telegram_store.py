"""What the Telegram channel remembers, in memory only: message ids for 48 hours, then only a
count per chat; nothing on disk."""

from __future__ import annotations

import sqlite3
import time

from bot.channels.telegram.deletion import DELETABLE_FOR_SECONDS
from bot.channels.telegram.store import TelegramStore, forget_stored_ids

HOUR = 3600


def test_ids_too_old_to_delete_become_a_count():
    store = TelegramStore()
    now = time.time()
    store.remember_message(7, 1, now - 50 * HOUR)
    store.remember_message(7, 2, now - HOUR)
    store.remember_message(7, 3, now)
    store.remember_message(8, 1, now - 49 * HOUR)
    assert store.messages(7) == [(2, now - HOUR), (3, now)]
    assert store.expired_count(7) == 1 and store.expired_count(8) == 1
    store.remember_message(7, 2, now)  # the same message again is not counted twice
    assert len(store.messages(7)) == 2


def test_nothing_is_written_to_the_records_database(records_db):
    store = TelegramStore()
    store.remember_message("7", 1, time.time())
    store.remember_payloads([("k:1", "/affirm")])
    assert not records_db.exists()


def test_tables_an_earlier_version_kept_are_dropped(records_db):
    with sqlite3.connect(records_db) as conn:
        conn.execute("CREATE TABLE telegram_messages (chat_id TEXT, message_id INT, sent_at REAL)")
        conn.execute("INSERT INTO telegram_messages VALUES ('4242', 1, 0)")
        conn.execute("CREATE TABLE cases (sender_id TEXT)")
    forget_stored_ids(records_db)
    with sqlite3.connect(records_db) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert tables == {"cases"}


def test_forgetting_a_chat_leaves_other_chats():
    store = TelegramStore()
    now = time.time()
    for chat in (7, 8):
        store.remember_message(chat, 1, now)
        store.remember_message(chat, 2, now - DELETABLE_FOR_SECONDS - 1)
    store.forget_chat(7)
    assert store.messages(7) == [] and store.expired_count(7) == 0
    assert store.messages(8) == [(1, now)] and store.expired_count(8) == 1


def test_counts_and_payload_keys_go_after_the_retention_period(monkeypatch):
    store = TelegramStore(retention_days=1)
    store.remember_payloads([("k:1", '/inform{"a": 1}')])
    store.remember_message(7, 1, time.time() - 3 * 86400)
    assert store.expired_count(7) == 1 and store.payload("k:1") == '/inform{"a": 1}'
    later = time.time() + 2 * 86400
    monkeypatch.setattr(time, "time", lambda: later)
    store.remember_message(9, 1, later)
    assert store.expired_count(7) == 0 and store.payload("k:1") is None

"""The Telegram channel's pure rules: commands, secrets, buttons, duplicates and deletion."""

from __future__ import annotations

import time

import pytest

from bot.channels.common import RecentlySeen
from bot.channels.telegram.buttons import (
    CALLBACK_DATA_MAX_BYTES,
    callback_data_for,
    is_payload_key,
    keyboard_rows,
)
from bot.channels.telegram.deletion import (
    DELETABLE_FOR_SECONDS,
    batches,
    deletion_plan,
    deletion_report,
)
from bot.channels.telegram.settings import parse_settings, secret_matches, valid_secret
from bot.channels.telegram.text import split_text, text_for_rasa


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("/start", "/greet"),
        ("/start campaign42", "/greet"),
        ("/START", "/greet"),
        ("/help", "/help"),
        ("/help@victims_helper_bot", "/help"),
        ("/stop", "/stop"),
        ("/delete", "/delete_my_data"),
        ("  /delete  ", "/delete_my_data"),
        ("/restart", "restart"),
        ('/inform{"consent": true}', 'inform{"consent": true}'),
        ("//stop", "stop"),
        ("/deleted", "deleted"),
        ("he hit me", "he hit me"),
        ("stop", "stop"),
        ("/", ""),
    ],
)
def test_commands_become_intents_and_other_slashes_words(typed, sent):
    assert text_for_rasa(typed) == sent


def test_secrets_are_checked_in_full():
    assert secret_matches("abc-123", "abc-123")
    assert not secret_matches("abc-123", "abc-12")
    assert not secret_matches("abc-123", "abc-1234")
    assert not secret_matches("abc-123", "")
    assert not secret_matches("abc-123", None)
    assert not secret_matches("abc-123", "äbc-123")


def test_valid_secret_follows_telegrams_rule():
    assert valid_secret("a" * 256) and valid_secret("A-z_0")
    assert not valid_secret("a" * 257)
    assert not valid_secret("")
    assert not valid_secret(None)
    assert not valid_secret("has space")
    assert not valid_secret("semi;colon")


def test_settings_need_both_secrets_and_never_quote_them():
    settings, problem = parse_settings({})
    assert settings is None and problem == "TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET not set"
    settings, problem = parse_settings({"TELEGRAM_BOT_TOKEN": "1:tok"})
    assert settings is None and problem == "TELEGRAM_WEBHOOK_SECRET not set"
    env = {"TELEGRAM_BOT_TOKEN": "1:tok", "TELEGRAM_WEBHOOK_SECRET": "bad secret!"}
    settings, problem = parse_settings(env)
    assert settings is None and "bad secret" not in problem
    env = {
        "TELEGRAM_BOT_TOKEN": "1:tok",
        "TELEGRAM_WEBHOOK_SECRET": "good_secret",
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/",
    }
    settings, problem = parse_settings(env)
    assert problem is None and settings.api_base_url == "http://127.0.0.1:9"
    assert "1:tok" not in repr(settings) and "good_secret" not in repr(settings)


def test_short_payloads_are_their_own_callback_data_and_long_ones_get_a_key():
    assert callback_data_for("/affirm") == "/affirm"
    exact = "/" + "x" * (CALLBACK_DATA_MAX_BYTES - 1)
    assert callback_data_for(exact) == exact
    long = exact + "x"
    key = callback_data_for(long)
    assert is_payload_key(key) and len(key.encode()) <= CALLBACK_DATA_MAX_BYTES
    assert callback_data_for(long) == key  # stable, so a restart maps it the same way
    assert callback_data_for(long + "y") != key
    # Bytes count, not characters: 40 two-byte letters are 80 bytes.
    assert is_payload_key(callback_data_for("/inform" + "é" * 40))
    # A payload that looks like a key cannot pass as one.
    assert callback_data_for("k:abc") != "k:abc"


def test_each_button_gets_its_own_row():
    buttons = [
        {"title": "Yes, that's OK", "payload": "/affirm"},
        {"title": "No", "payload": "/deny"},
        {"title": "", "payload": "/nothing"},
        {"title": "Skip"},
    ]
    assert keyboard_rows(buttons) == [
        [("Yes, that's OK", "/affirm")],
        [("No", "/deny")],
        [("Skip", "Skip")],
    ]


def test_long_texts_are_split_at_breaks_within_the_limit():
    text = "First paragraph.\n\n" + "word " * 30 + "\n\nLast."
    parts = split_text(text, limit=60)
    assert all(len(p) <= 60 for p in parts)
    assert parts[0] == "First paragraph."
    assert " ".join(" ".join(parts).split()) == " ".join(text.split())
    assert split_text("x" * 130, limit=60) == ["x" * 60, "x" * 60, "x" * 10]
    assert split_text("short") == ["short"]


def test_recent_ids_forget_the_oldest_beyond_their_size():
    recent: RecentlySeen[int] = RecentlySeen(3)
    for update_id in (1, 2, 3):
        recent.add(update_id)
    assert 1 in recent and 4 not in recent
    recent.add(4)
    assert 1 not in recent and 4 in recent and len(recent) == 3


def test_deletion_plan_keeps_only_what_telegram_still_deletes():
    now = time.time()
    messages = [
        (5, now - 10),
        (3, now - DELETABLE_FOR_SECONDS + 60),
        (1, now - DELETABLE_FOR_SECONDS),
        (2, now - 3 * DELETABLE_FOR_SECONDS),
        (5, now - 10),
    ]
    plan = deletion_plan(messages, now)
    assert plan.deletable == [3, 5] and plan.too_old == 2


def test_batches_hold_at_most_100_ids():
    ids = list(range(250))
    assert [len(b) for b in batches(ids)] == [100, 100, 50]
    assert [i for b in batches(ids) for i in b] == ids
    assert list(batches([])) == []


def test_the_deletion_report_says_what_was_left():
    assert deletion_report(5, 0, 0) == "I've also removed 5 messages from this chat."
    one = deletion_report(1, 1, 0)
    assert one.startswith("I've also removed 1 message from this chat.")
    assert "1 message older than 48 hours" in one and "delete them yourself" in one
    both = deletion_report(3, 2, 1)
    assert "2 messages older than 48 hours" in both and "1 message Telegram wouldn't" in both
    assert deletion_report(0, 0, 0) == "There were no messages in this chat I could remove."

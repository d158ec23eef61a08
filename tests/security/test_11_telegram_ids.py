"""Item 11: a Telegram chat id is not written to disk before consent (or at all)."""

from __future__ import annotations

import time

import pytest

from tests.security.conftest import Target, stored_bytes

pytestmark = [pytest.mark.e2e, pytest.mark.attack]


def test_a_first_message_leaves_no_chat_id_on_disk(target: Target):
    chat_id = 900_000_000 + int(time.time()) % 99_999_999
    update = target.telegram.message_update(chat_id, "hi", message_id=7)
    assert target.telegram_update(update).status_code == 200
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not target.telegram.sent(chat_id):
        time.sleep(0.2)
    assert target.telegram.sent(chat_id), "the bot answered"
    on_disk = stored_bytes(target.stack.records_db, target.stack.tracker_db)
    assert str(chat_id).encode() not in on_disk

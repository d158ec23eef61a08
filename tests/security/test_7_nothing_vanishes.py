"""Item 7: a text about danger gets a reply with 999 and reaches the conversation."""

from __future__ import annotations

import time

import pytest

from tests.security.conftest import Target, new_number, write_locked

pytestmark = [pytest.mark.e2e, pytest.mark.attack]


def test_an_sms_about_danger_with_the_records_database_locked(target: Target):
    number = new_number()
    danger = "I am in danger, he is here"
    with write_locked(target.stack.records_db):
        assert target.sms(number, danger).status_code == 200
        target.texts_to(number, "999")
        texts = target.twilio.wait_until_quiet(number)
    assert any("999" in text for text in texts), texts
    assert danger in target.user_texts(number), "the text reached the conversation"


def test_a_text_after_stop_with_the_database_locked_is_still_answered(target: Target):
    number = new_number()
    assert target.sms(number, "STOP").status_code == 200
    target.twilio.wait_until_quiet(number)
    before = len(target.twilio.bodies(number))
    with write_locked(target.stack.records_db):
        assert target.sms(number, "please help me he is back").status_code == 200
        target.twilio.wait_for(number, before + 1, timeout=60)
        texts = target.twilio.wait_until_quiet(number)[before:]
    assert any("999" in text for text in texts), texts


def test_a_telegram_message_with_the_records_database_locked(target: Target):
    chat_id = int(time.time() * 1000) % 10**9
    update = target.telegram.message_update(chat_id, "I am in danger, he is here", message_id=1)
    with write_locked(target.stack.records_db):
        assert target.telegram_update(update).status_code == 200
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not target.telegram.sent(chat_id):
            time.sleep(0.2)
    texts = [m.get("text") or "" for m in target.telegram.sent(chat_id)]
    assert any("999" in text for text in texts), texts
    assert "I am in danger, he is here" in target.user_texts(str(chat_id))

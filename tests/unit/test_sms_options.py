"""The numbered options last texted to a number, kept in this process without REDIS_URL."""

from __future__ import annotations

from bot.channels.sms.options import SentOptions
from bot.channels.sms.text import option_payload

NUMBER = "+447700900123"
BUTTONS = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]


async def test_without_redis_the_options_stay_in_memory(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    options = SentOptions()
    assert not options.shared
    assert await options.recall(NUMBER) is None
    await options.remember(NUMBER, BUTTONS)
    assert option_payload("2", await options.recall(NUMBER)) == "/deny"
    await options.remember(NUMBER, None)
    assert await options.recall(NUMBER) is None, "a message without options forgets them"

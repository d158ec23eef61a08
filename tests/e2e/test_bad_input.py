"""Bad input over the REST channel: a clear 4xx or a kind reply, never a 500 or a crash."""

from __future__ import annotations

import json

import httpx
import pytest

pytestmark = pytest.mark.e2e


def post(bot, content: bytes) -> httpx.Response:
    return bot.client.post(
        f"{bot.url}/webhooks/rest/webhook",
        content=content,
        headers={"Content-Type": "application/json"},
    )


@pytest.mark.parametrize(
    ("content", "status"),
    [
        (b"", 400),
        (b"\xff\xfe\x00garbage", 400),
        (b'{"sender": "x", "message": "\xc3\x28"}', 400),
        (b"[1, 2, 3]", 400),
        (b'"just a string"', 400),
        (json.dumps({"message": "no sender"}).encode(), 400),
        (json.dumps({"sender": "bad-empty", "message": ""}).encode(), 400),
        (json.dumps({"sender": "bad-space", "message": "   \n  "}).encode(), 400),
        (json.dumps({"sender": "bad-long", "message": "a" * 10_000}).encode(), 413),
    ],
)
def test_bad_requests_get_a_clear_4xx(bot, content, status):
    response = post(bot, content)
    assert response.status_code == status
    assert response.json()["error"]


@pytest.mark.parametrize(
    "message",
    [
        "😢😢😢",
        "سرقوا بيتي",  # right-to-left: "they robbed my house"
        "hel\x00lo\x07 there\x1b[31m",
        "\u202eevil override\u202c",
        "x" * 3999,
    ],
)
def test_odd_but_valid_messages_get_a_kind_reply(bot, sender, message):
    response = post(bot, json.dumps({"sender": sender, "message": message}).encode())
    assert response.status_code == 200
    replies = response.json()
    assert replies, "the person must get an answer"
    for reply in replies:
        assert 0 < len(reply.get("text") or "") <= 320


def test_the_server_keeps_serving_others_after_bad_input(bot, sender):
    for content in (b"\xff", b"[]", b"{}", b"null"):
        assert post(bot, content).status_code == 400
    assert "not the police" in " ".join(r["text"] for r in bot.say(sender, "hi"))

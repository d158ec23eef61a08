"""The REST channel refuses bad requests with a clear 400 and answers kindly when handling fails."""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid

import httpx
import pytest
from sanic import Sanic

from bot.channels.common import clean_text
from bot.channels.rest import RestInput
from bot.channels.rest.request import MAX_MESSAGE_CHARS, RequestError, parse_request
from bot.service_failure import FAILURE_REPLY

TOKEN = "unit-rest-token"


def body(value) -> bytes:
    return json.dumps(value).encode()


@pytest.mark.parametrize(
    ("raw", "status", "reason"),
    [
        (b"\xff\xfe not utf-8", 400, "UTF-8"),
        (b"{not json", 400, "JSON"),
        (body(["sender", "message"]), 400, "JSON object"),
        (body("hello"), 400, "JSON object"),
        (body(None), 400, "JSON object"),
        (body({"message": "hi"}), 400, "sender"),
        (body({"sender": "", "message": "hi"}), 400, "sender"),
        (body({"sender": 42, "message": "hi"}), 400, "sender"),
        (body({"sender": "x" * 129, "message": "hi"}), 400, "sender"),
        (body({"sender": "a"}), 400, "message"),
        (body({"sender": "a", "message": ["hi"]}), 400, "message"),
        (body({"sender": "a", "message": ""}), 400, "empty"),
        (body({"sender": "a", "message": " \n\t "}), 400, "empty"),
        (body({"sender": "a", "message": "\x00\x01\x7f"}), 400, "empty"),
        (body({"sender": "a", "message": "x" * 10_000}), 413, str(MAX_MESSAGE_CHARS)),
        (body({"sender": "a", "message": "hi", "metadata": [1]}), 400, "metadata"),
    ],
)
def test_bad_requests_are_refused_with_the_reason(raw, status, reason):
    with pytest.raises(RequestError) as refused:
        parse_request(raw)
    assert refused.value.status == status
    assert reason in str(refused.value)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("  hello  ", "hello"),
        ("he\x00llo\x1b", "hello"),
        ("line one\nline two", "line one\nline two"),
        ("😢😢", "😢😢"),
        ("سرق أحدهم هاتفي", "سرق أحدهم هاتفي"),
        ("ktoś mnie pobił", "ktoś mnie pobił"),
    ],
)
def test_good_requests_keep_every_language_and_drop_only_control_characters(message, expected):
    sender, text, metadata = parse_request(body({"sender": " +447700900123 ", "message": message}))
    assert (sender, text, metadata) == ("+447700900123", expected, None)
    assert clean_text(message) == expected


def test_the_caller_cannot_choose_the_input_channel():
    # A worker's later message goes out on the conversation's latest input channel, so a REST
    # caller must not be able to pose as the SMS channel.
    raw = body({"sender": "a", "message": "hi", "input_channel": "sms"})
    assert parse_request(raw) == ("a", "hi", None)


FAILURES = [
    sqlite3.OperationalError("database or disk is full"),
    sqlite3.OperationalError("database is locked"),
    RuntimeError("anything else"),
]


async def test_over_http_failures_ask_the_person_to_send_again_without_logging_text(caplog):
    behaviour: dict = {}
    received = []

    async def handler(message):
        received.append(message)
        await message.output_channel.send_text_message(message.sender_id, f"echo {message.text}")
        if behaviour.get("fail"):
            raise behaviour["fail"]

    app = Sanic(f"rest_test_{uuid.uuid4().hex}")
    app.blueprint(RestInput(token=TOKEN).blueprint(handler), url_prefix="/webhooks/rest")
    server = await app.create_server(host="127.0.0.1", port=0, return_asyncio_server=True)
    await server.startup()
    url = f"http://127.0.0.1:{server.server.sockets[0].getsockname()[1]}/webhooks/rest/webhook"
    try:
        async with httpx.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}) as client:
            for failure in FAILURES:
                behaviour["fail"] = failure
                caplog.clear()
                with caplog.at_level(logging.DEBUG):
                    reply = await client.post(
                        url, json={"sender": "s1", "message": "he hit me last night"}
                    )
                assert reply.status_code == 200
                # What the bot had begun to say is replaced: it was not saved.
                assert reply.json() == [{"recipient_id": "s1", "text": FAILURE_REPLY}]
                assert "he hit me" not in caplog.text
                assert type(failure).__name__ in caplog.text
            behaviour.clear()
            good = await client.post(url, json={"sender": "s2", "message": "hello"})
            refused = await client.post(
                url, content=b"[]", headers={"Content-Type": "application/json"}
            )
            health = await client.get(url.removesuffix("webhook"))
    finally:
        server.close()
        await server.wait_closed()
    assert good.json() == [{"recipient_id": "s2", "text": "echo hello"}]
    assert refused.status_code == 400
    assert "JSON object" in refused.json()["error"]
    assert {m.input_channel for m in received} == {"rest"}
    # Rasa keeps REST conversations apart from every other channel's.
    assert {m.sender_id for m in received} == {"rest:s1", "rest:s2"}
    assert (health.status_code, health.json()) == (200, {"status": "ok"})


def test_the_failure_replies_fit_one_sms_and_give_999_and_the_supportline():
    from bot.service_failure import ACTION_FAILURE_REPLY

    for reply in (FAILURE_REPLY, ACTION_FAILURE_REPLY):
        assert len(reply) <= 320
        assert "999" in reply
        assert "08 08 16 89 111" in reply

"""The SMS channel through the real Rasa server: signed Twilio webhooks in, texts out through
the real twilio library to the local fake of Twilio's API (tests/e2e/fake_twilio.py)."""

from __future__ import annotations

import json
import re
import sqlite3
import time
import uuid

import httpx
import pytest
from conftest import API_TOKEN, TWILIO_FROM, TWILIO_SID, TWILIO_TOKEN, TWILIO_WEBHOOK_URL
from twilio.request_validator import RequestValidator

from bot.channels.sms.replies import (
    EMPTY_REPLY,
    HELP_REPLY,
    NO_TEXT_REPLY,
    SAFETY_LINE,
    START_REPLY,
    STOP_REPLY,
    TOO_LONG_REPLY,
)
from bot.channels.sms.text import is_gsm7

pytestmark = pytest.mark.e2e


@pytest.fixture
def number() -> str:
    return "+4477009" + str(uuid.uuid4().int)[:5]


def twilio_params(number: str, body: str | None, **extra: str) -> dict[str, str]:
    params = {
        "MessageSid": "SM" + uuid.uuid4().hex,
        "AccountSid": TWILIO_SID,
        "From": number,
        "To": TWILIO_FROM,
        "NumMedia": "0",
        **extra,
    }
    if body is not None:
        params["Body"] = body
    return params


def sign(params: dict[str, str], url: str = TWILIO_WEBHOOK_URL, token: str = TWILIO_TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


def webhook(bot, params: dict[str, str], signature: str | None = "sign") -> httpx.Response:
    headers = {}
    if signature == "sign":
        signature = sign(params)
    if signature is not None:
        headers["X-Twilio-Signature"] = signature
    return bot.client.post(f"{bot.url}/webhooks/sms/webhook", data=params, headers=headers)


def text(bot, number: str, body: str | None, **extra: str) -> httpx.Response:
    response = webhook(bot, twilio_params(number, body, **extra))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/xml")
    assert "<Response" in response.text and "<Message" not in response.text
    return response


def replies(bot, number: str, after: int = 0) -> list[str]:
    """Texts sent to ``number`` (from index ``after``) once the bot has stopped sending."""
    bot.twilio.wait_for(number, after + 1)
    sent = bot.twilio.wait_until_quiet(number)[after:]
    for body in sent:
        assert len(body) <= 320, body
        assert is_gsm7(body), body
    return sent


def converse(bot, number: str, body: str) -> list[str]:
    before = len(bot.twilio.bodies(number))
    text(bot, number, body)
    return replies(bot, number, before)


def send_worker_message(bot, number: str, message: str) -> httpx.Response:
    return bot.client.post(
        f"{bot.url}/conversations/{number}/tracker/events",
        params={"output_channel": "latest", "execute_side_effects": "true", "token": API_TOKEN},
        json=[{"event": "bot", "text": message}],
    )


def user_texts(bot, number: str) -> list[str]:
    """What the person said, as Rasa holds it (in memory too, before consent)."""
    response = bot.client.get(
        f"{bot.url}/conversations/{number}/tracker", params={"token": API_TOKEN}
    )
    response.raise_for_status()
    return [e["text"] for e in response.json()["events"] if e["event"] == "user"]


def test_a_first_text_gets_the_safety_line_then_the_opening_with_numbered_options(bot, number):
    sent = converse(bot, number, "hi")
    assert sent[0] == SAFETY_LINE
    assert any("not the police" in body for body in sent)
    assert sent[-1].endswith("Reply 1 for Yes, that's OK\n2 for No, keep nothing")
    assert sum(SAFETY_LINE in body for body in converse(bot, number, "what is this")) == 0


def test_a_number_texted_back_chooses_that_option(bot, number):
    converse(bot, number, "hi")
    danger = converse(bot, number, "1")  # "Yes, that's OK" -> /affirm
    assert "in danger right now" in danger[-1] and "2 for No, I'm safe now" in danger[-1]
    assert bot.slots(number)["consent"] is True
    crime = converse(bot, number, "2")  # "No, I'm safe now" -> /safe_now
    assert "What happened" in "\n".join(crime)
    assert "3 for Abuse by a partner or family" in "\n".join(crime)
    converse(bot, number, "3")
    assert bot.slots(number)["crime_type"] == "domestic_abuse"
    assert user_texts(bot, number)[-1] == '/describe_crime{"crime_type": "domestic_abuse"}'
    assert SAFETY_LINE not in bot.twilio.bodies(number)[1:], "only in the first reply"


def test_the_webhook_answers_at_once_and_replies_keep_the_order_of_texts(bot, number):
    started = time.monotonic()
    for body in ("hi", "1", "2"):
        text(bot, number, body)
    assert time.monotonic() - started < 3, "the webhook does not wait for the turns"
    sent = replies(bot, number)
    joined = "\n".join(sent)
    order = ["not the police", "Reply 1 for Yes, that's OK", "in danger right now", "What happened"]
    positions = [joined.index(words) for words in order]
    assert positions == sorted(positions), sent
    assert bot.slots(number)["consent"] is True


@pytest.mark.parametrize(
    "case", ["unsigned", "tampered body", "signed for the local URL", "wrong token", "garbage"]
)
def test_requests_not_signed_by_twilio_for_the_public_url_are_refused(bot, number, case):
    params = twilio_params(number, "hi")
    signature = {
        "unsigned": None,
        "tampered body": sign({**params, "Body": "something else"}),
        "signed for the local URL": sign(params, url=f"{bot.url}/webhooks/sms/webhook"),
        "wrong token": sign(params, token="not-the-token"),
        "garbage": "bm9wZQ==",
    }[case]
    response = webhook(bot, params, signature)
    assert response.status_code == 403
    time.sleep(1.5)
    assert bot.twilio.attempts(number) == 0, "nothing was processed or sent"


def test_a_query_string_not_signed_is_refused(bot, number):
    params = twilio_params(number, "hi")
    response = bot.client.post(
        f"{bot.url}/webhooks/sms/webhook?extra=1",
        data=params,
        headers={"X-Twilio-Signature": sign(params)},
    )
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"Body": "", "NumMedia": "1", "MediaUrl0": "https://example.test/p.jpg"}, NO_TEXT_REPLY),
        ({"NumMedia": "1", "MediaUrl0": "https://example.test/p.jpg"}, NO_TEXT_REPLY),
        ({"Body": "   \n  "}, EMPTY_REPLY),
        ({"Body": "\x00\x07\x1b"}, EMPTY_REPLY),
        ({"Body": "x" * 10_000}, TOO_LONG_REPLY),
    ],
    ids=["picture", "no body field", "whitespace", "control characters", "10000 characters"],
)
def test_texts_the_bot_cannot_read_get_a_kind_reply(bot, number, extra, expected):
    params = {**twilio_params(number, None), **extra}
    response = webhook(bot, params)
    assert response.status_code == 200
    assert replies(bot, number) == [expected]


def test_control_characters_inside_a_text_are_dropped_and_it_is_read(bot, number):
    sent = converse(bot, number, "h\x00i\x07")
    assert any("not the police" in body for body in sent)
    assert user_texts(bot, number) == ["hi"]


@pytest.mark.parametrize(
    ("content", "headers", "status"),
    [
        (b"Body=%FF%FE&From=%2B447700900001", {}, 400),
        (b"Body=\xff\xfe&From=x", {}, 400),
        (b'{"From": "+447700900001", "Body": "hi"}', {"Content-Type": "application/json"}, 415),
    ],
    ids=["bad percent-encoding", "not utf-8", "json"],
)
def test_badly_encoded_requests_get_a_clear_4xx(bot, content, headers, status):
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": "bm9wZQ==",
        **headers,
    }
    response = bot.client.post(f"{bot.url}/webhooks/sms/webhook", content=content, headers=headers)
    assert response.status_code == status


def test_a_signed_request_without_a_sender_gets_400(bot):
    params = {"MessageSid": "SM" + uuid.uuid4().hex, "Body": "hi", "To": TWILIO_FROM}
    assert webhook(bot, params).status_code == 400


def test_stop_stops_every_text_until_start(bot, number):
    converse(bot, number, "hi")
    assert converse(bot, number, "STOP") == [STOP_REPLY]
    assert user_texts(bot, number) == ["hi", "/stop"], "the conversation is stopped too"
    with sqlite3.connect(bot.records_db) as conn:
        stored = [row[0] for row in conn.execute("SELECT number_hash FROM sms_opt_outs")]
    assert stored and not any(number[1:] in value for value in stored)

    count = len(bot.twilio.bodies(number))
    assert send_worker_message(bot, number, "Hello, this is Sam.").status_code == 200
    time.sleep(2)
    assert len(bot.twilio.bodies(number)) == count, "nothing reaches an opted-out number"

    assert converse(bot, number, "start") == [START_REPLY]
    assert send_worker_message(bot, number, "Hello, this is Sam.").status_code == 200
    assert bot.twilio.wait_for(number, count + 2)[-1] == "Hello, this is Sam."


@pytest.mark.parametrize("keyword", ["END", "cancel", "Quit", "UNSUBSCRIBE"])
def test_every_stop_keyword_stops_and_a_new_text_starts_again(bot, number, keyword):
    assert converse(bot, number, keyword) == [STOP_REPLY]
    sent = converse(bot, number, "hello")
    assert any("not the police" in body for body in sent), "texting again lifts the opt-out"


def test_help_explains_the_service_with_999_and_the_supportline(bot, number):
    assert converse(bot, number, "HELP") == [HELP_REPLY]
    assert "999" in HELP_REPLY and "08 08 16 89 111" in HELP_REPLY


def test_delete_erases_the_conversation_after_confirming(bot, number):
    converse(bot, number, "hi")
    converse(bot, number, "1")
    converse(bot, number, "2")
    assert bot.events(number), "kept with consent"
    confirm = converse(bot, number, "DELETE")
    assert "can't be undone" in confirm[-1] and "Reply 1 for Yes, delete it" in confirm[-1]
    done = converse(bot, number, "1")
    assert any("deleted" in body for body in done)
    assert bot.events(number) == []
    again = converse(bot, number, "hi")
    assert again[0] == SAFETY_LINE, "a new conversation gets the safety line again"


def test_a_failing_twilio_is_retried_until_the_text_arrives(bot, number):
    bot.twilio.fail_next(number, 2, status=500)
    assert converse(bot, number, "HELP") == [HELP_REPLY]
    assert bot.twilio.attempts(number) == 3


def test_a_repeated_delivery_of_the_same_text_is_handled_once(bot, number):
    params = twilio_params(number, "HELP")
    assert webhook(bot, params).status_code == 200
    assert webhook(bot, params).status_code == 200
    assert replies(bot, number) == [HELP_REPLY]


def test_a_support_workers_message_reaches_the_phone_in_texts_that_fit(bot, number):
    converse(bot, number, "hi")
    before = len(bot.twilio.bodies(number))
    long_message = " ".join(
        f"This is sentence {n} from your support worker \u2013 it\u2019s here to help."
        for n in range(12)
    )
    response = send_worker_message(bot, number, long_message)
    assert response.status_code == 200, response.text
    sent = replies(bot, number, before)
    assert len(sent) >= 2
    assert all(body.endswith("help.") for body in sent), "cut between sentences"
    assert (
        " ".join(sent).split() == long_message.replace("\u2013", "-").replace("\u2019", "'").split()
    )


def test_the_health_route_and_logs_say_nothing_private(bot, number):
    assert bot.client.get(f"{bot.url}/webhooks/sms/").json() == {"status": "ok"}
    converse(bot, number, "my neighbour quillon smashed my window")
    log = bot.logs[1].read_text()
    assert "quillon" not in log
    assert number not in log and number[-5:] not in log
    assert TWILIO_TOKEN not in log
    assert re.search(r"SMS to \+44\*+\d\d accepted", log)
    assert json.dumps(number) not in log

"""The SMS channel's small parts: settings from the environment, the opt-out store, webhook
form parsing and signed URLs, and per-number ordering of background work."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from twilio.request_validator import RequestValidator

from bot.channels.sms.optout import OptOutStore
from bot.channels.sms.queue import PerSenderQueue
from bot.channels.sms.settings import parse_settings
from bot.channels.sms.twilio_client import backoff_delays
from bot.channels.sms.webhook import parse_form, signed_url

FULL_ENV = {
    "TWILIO_ACCOUNT_SID": "AC123",
    "TWILIO_AUTH_TOKEN": "token-value",
    "TWILIO_FROM_NUMBER": "+447700900000",
    "TWILIO_WEBHOOK_URL": "https://bot.example.org/webhooks/sms/webhook",
}


def test_settings_from_a_full_environment():
    settings, problem = parse_settings(FULL_ENV)
    assert problem == "" and settings is not None
    assert settings.from_number == "+447700900000" and settings.api_base_url is None
    assert settings.hash_key == b"token-value", "falls back to the auth token"
    with_key, _ = parse_settings({**FULL_ENV, "SMS_HASH_KEY": "other"})
    assert with_key.hash_key == b"other"


@pytest.mark.parametrize(
    ("drop", "named"),
    [
        ("TWILIO_AUTH_TOKEN", "TWILIO_AUTH_TOKEN"),
        ("TWILIO_ACCOUNT_SID", "TWILIO_ACCOUNT_SID"),
        ("TWILIO_WEBHOOK_URL", "TWILIO_WEBHOOK_URL"),
        ("TWILIO_FROM_NUMBER", "TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID"),
    ],
)
def test_a_missing_setting_disables_the_channel_and_is_named_without_secrets(drop, named):
    env = {k: v for k, v in FULL_ENV.items() if k != drop}
    settings, problem = parse_settings(env)
    assert settings is None and named in problem
    assert "token-value" not in problem


def test_a_messaging_service_can_replace_the_from_number():
    env = {k: v for k, v in FULL_ENV.items() if k != "TWILIO_FROM_NUMBER"}
    settings, _ = parse_settings({**env, "TWILIO_MESSAGING_SERVICE_SID": "MG1"})
    assert settings.messaging_service_sid == "MG1"


@pytest.mark.parametrize(
    ("base_url", "allowed"),
    [
        ("http://127.0.0.1:8123", True),
        ("http://localhost:9000/", True),
        ("https://api.example.org", False),
        ("http://10.0.0.5:80", False),
    ],
)
def test_the_api_base_url_override_is_for_local_tests_only(base_url, allowed):
    settings, problem = parse_settings({**FULL_ENV, "TWILIO_API_BASE_URL": base_url})
    assert (settings is not None) is allowed
    if not allowed:
        assert "test only" in problem


def test_a_relative_webhook_url_is_refused():
    settings, problem = parse_settings({**FULL_ENV, "TWILIO_WEBHOOK_URL": "/webhooks/sms"})
    assert settings is None and "TWILIO_WEBHOOK_URL" in problem


@pytest.mark.parametrize(
    ("attempts", "base", "delays"),
    [(1, 0.5, []), (4, 0.5, [0.5, 1.0, 2.0]), (6, 2.0, [2.0, 4.0, 8.0, 8.0, 8.0])],
)
def test_backoff_doubles_and_is_capped(attempts, base, delays):
    assert backoff_delays(attempts, base) == delays


def test_opt_outs_persist_and_store_no_number(tmp_path):
    path = tmp_path / "records.db"
    store = OptOutStore(path, b"secret-key")
    store.opt_out("+447700900123")
    assert store.is_opted_out("+447700900123")
    assert not store.is_opted_out("+447700900124")
    assert OptOutStore(path, b"secret-key").is_opted_out("+447700900123"), "kept on disk"
    assert not OptOutStore(path, b"another-key").is_opted_out("+447700900123")
    dump = "\n".join(sqlite3.connect(path).iterdump())
    assert "7700900123" not in dump and "sms_opt_outs" in dump
    assert store.opt_in("+447700900123") is True
    assert store.opt_in("+447700900123") is False
    assert not store.is_opted_out("+447700900123")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"From=%2B447700900123&Body=hi", {"From": ["+447700900123"], "Body": ["hi"]}),
        (b"From=x&Body=&NumMedia=1", {"From": ["x"], "Body": [""], "NumMedia": ["1"]}),
        (b"Body=a+b&Body=c", {"Body": ["a b", "c"]}),
        (b"", {}),
        (b"Body=caf%C3%A9", {"Body": ["caf\u00e9"]}),
    ],
)
def test_parse_form_keeps_blank_and_repeated_values(body, expected):
    assert parse_form(body) == expected


@pytest.mark.parametrize("body", [b"Body=%FF%FE", b"Body=\xff\xfe", b"&".join([b"a=1"] * 500)])
def test_parse_form_refuses_invalid_encoding(body):
    with pytest.raises(ValueError):
        parse_form(body)


def test_signatures_over_parsed_forms_match_twilios():
    url = "https://bot.example.org/webhooks/sms/webhook"
    params = {"From": "+447700900123", "Body": "", "NumMedia": "1"}
    signature = RequestValidator("tok").compute_signature(url, params)
    form = parse_form(b"From=%2B447700900123&Body=&NumMedia=1")
    assert RequestValidator("tok").validate(url, form, signature)
    tampered = parse_form(b"From=%2B447700900123&Body=hi&NumMedia=1")
    assert not RequestValidator("tok").validate(url, tampered, signature)


@pytest.mark.parametrize(
    ("query", "url"),
    [
        ("", "https://bot.example.org/webhooks/sms/webhook"),
        ("a=1", "https://bot.example.org/webhooks/sms/webhook?a=1"),
    ],
)
def test_signed_url_is_the_public_url_with_this_requests_query(query, url):
    assert signed_url("https://bot.example.org/webhooks/sms/webhook", query) == url


async def test_work_for_one_number_runs_in_order_and_numbers_run_side_by_side():
    queue = PerSenderQueue()
    log: list[str] = []

    def job(name: str, delay: float):
        async def run() -> None:
            log.append(f"start {name}")
            await asyncio.sleep(delay)
            log.append(f"end {name}")

        return run

    queue.submit("A", job("a1", 0.1))
    queue.submit("A", job("a2", 0.0))
    queue.submit("B", job("b1", 0.0))
    await queue.drain()
    assert log.index("end a1") < log.index("start a2"), "same number: one after the other"
    assert log.index("end b1") < log.index("end a1"), "another number does not wait"


async def test_a_failing_job_does_not_stop_the_next(caplog):
    queue = PerSenderQueue()
    done: list[str] = []

    async def fail() -> None:
        raise RuntimeError("what the person wrote")

    async def ok() -> None:
        done.append("ok")

    queue.submit("A", fail)
    queue.submit("A", ok)
    await queue.drain()
    assert done == ["ok"]
    assert "RuntimeError" in caplog.text and "what the person wrote" not in caplog.text

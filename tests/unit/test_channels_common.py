"""What every channel shares (bot/channels/common.py): text cleaning, bounded memory, settings
read at call time, masking for logs, and one health route."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping

import httpx
import pytest
from sanic import Blueprint, Sanic

from bot.channels.common import (
    NOT_CONFIGURED,
    BoundedDict,
    RecentlySeen,
    add_health_route,
    clean_text,
    masked,
    read_settings,
)
from core import settings


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("  hello  ", "hello"),
        ("he\x00llo\x1b[31m", "hello[31m"),
        ("\x07\x7f\x9f", ""),
        ("caf\ufffd", "caf"),
        ("line one\r\nline two\rline three", "line one\nline two\nline three"),
        ("a\tb", "a b"),
        (" \n\t ", ""),
        ("😢😢", "😢😢"),
        ("سرق أحدهم هاتفي", "سرق أحدهم هاتفي"),
        ("ktoś mnie pobił", "ktoś mnie pobił"),
        ("\u202eevil\u202c", "\u202eevil\u202c"),  # format characters are not control characters
    ],
)
def test_clean_text_drops_control_characters_and_keeps_every_language(
    raw: str | None, expected: str
) -> None:
    assert clean_text(raw) == expected


def test_a_bounded_dict_forgets_the_oldest_write_beyond_its_size() -> None:
    kept: BoundedDict[str, int] = BoundedDict(2)
    kept["a"], kept["b"] = 1, 2
    kept["a"] = 3  # writing again makes it the newest
    kept["c"] = 4
    assert dict(kept) == {"a": 3, "c": 4}
    assert kept.get("b") is None and kept.pop("a") == 3 and kept.pop("a", None) is None
    assert len(kept) == 1 and list(kept) == ["c"]


def test_reading_does_not_keep_an_entry_alive() -> None:
    kept: BoundedDict[str, int] = BoundedDict(2)
    kept["a"], kept["b"] = 1, 2
    assert kept["a"] == 1
    kept["c"] = 3
    assert "a" not in kept and set(kept) == {"b", "c"}


def test_a_bounded_dict_needs_room_for_one() -> None:
    with pytest.raises(ValueError):
        BoundedDict(0)


def test_recently_seen_ids_are_handled_once_and_the_oldest_forgotten() -> None:
    seen: RecentlySeen[int] = RecentlySeen(3)
    assert [seen.first_time(i) for i in (1, 2, 1, 3)] == [True, True, False, True]
    seen.add(4)
    assert 1 not in seen and {2, 3, 4} <= {i for i in range(5) if i in seen}
    assert len(seen) == 3
    assert seen.first_time(1) is True, "forgotten, so a very late repeat is handled again"


def test_settings_are_read_when_asked_for_not_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBCHAT_EXIT_URL", " https://a.example/ ")
    monkeypatch.setenv("WEBCHAT_ALLOWED_ORIGINS", "")
    seen: list[dict[str, str]] = []

    def parse(values: Mapping[str, str]) -> str | None:
        seen.append(dict(values))
        return values.get("WEBCHAT_EXIT_URL")

    assert read_settings(settings.webchat_settings, parse) == "https://a.example/"
    monkeypatch.setenv("WEBCHAT_EXIT_URL", "https://b.example/")
    assert read_settings(settings.webchat_settings, parse) == "https://b.example/"
    # Stripped, and an empty variable is left out like an unset one.
    assert seen == [
        {"WEBCHAT_EXIT_URL": "https://a.example/"},
        {"WEBCHAT_EXIT_URL": "https://b.example/"},
    ]


@pytest.mark.parametrize(
    ("read", "names"),
    [
        (settings.sms_settings, ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "SMS_HASH_KEY"]),
        (settings.telegram_settings, ["TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET"]),
        (settings.webchat_settings, ["WEBCHAT_ALLOWED_ORIGINS", "WEBCHAT_EXIT_URL"]),
    ],
)
def test_each_channel_reads_its_own_variables(
    monkeypatch: pytest.MonkeyPatch, read: Callable[[], dict[str, str]], names: list[str]
) -> None:
    for name in names:
        monkeypatch.setenv(name, f"value-of-{name}")
    monkeypatch.setenv("UNRELATED_SECRET", "x")
    values = read()
    assert {name: values[name] for name in names} == {n: f"value-of-{n}" for n in names}
    assert "UNRELATED_SECRET" not in values


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("+447700900123", "+44********23"),
        (" +447700900123 ", "+44********23"),
        (123456789, "123****89"),
        ("12345", "*****"),
        ("", "?"),
        (None, "?"),
    ],
)
def test_masked_shows_only_the_country_code_and_last_two(
    value: str | int | None, shown: str
) -> None:
    assert masked(value) == shown


async def _get_health(configured: bool) -> httpx.Response:
    app = Sanic(f"health_{uuid.uuid4().hex}")
    blueprint = Blueprint("some_channel", url_prefix="/webhooks/some")
    add_health_route(blueprint, lambda: configured)
    app.blueprint(blueprint)
    await app._startup()  # finalises Sanic's routes, as the ASGI lifespan would
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://rasa") as client:
        return await client.get("/webhooks/some/")


async def test_the_health_route_says_ok_when_the_channel_is_configured() -> None:
    reply = await _get_health(True)
    assert (reply.status_code, reply.json()) == (200, {"status": "ok"})


async def test_the_health_route_answers_503_with_a_reason_that_names_no_variable() -> None:
    reply = await _get_health(False)
    assert reply.status_code == 503
    assert reply.json() == {"status": "disabled", "reason": NOT_CONFIGURED}
    assert "TWILIO" not in reply.text and "TELEGRAM" not in reply.text

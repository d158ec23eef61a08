"""The web chat's pure parts: settings from the environment, the Origin rule, socket payload
checks and the page's headers. The page itself is driven in a browser in tests/e2e."""

from __future__ import annotations

import hashlib

import pytest

from bot.channels.webchat.limits import RateLimit, Throttle
from bot.channels.webchat.messages import (
    MAX_MESSAGE_CHARS,
    TOO_LONG_REPLY,
    read_user_message,
    requested_token,
)
from bot.channels.webchat.page import (
    PAGE_TEMPLATE,
    STATIC_DIR,
    content_security_policy,
    read_static,
    render_page,
    security_headers,
)
from bot.channels.webchat.sessions import IDLE_SECONDS, SessionTokens, new_session_id
from bot.channels.webchat.settings import (
    DEFAULT_ALLOWED_ORIGINS,
    DEFAULT_EXIT_URL,
    normalise_origin,
    origin_allowed,
    own_origins,
    parse_origins,
    parse_settings,
)

SESSION = "0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://www.london.gov.uk", "https://www.london.gov.uk"),
        ("https://WWW.London.gov.uk/", "https://www.london.gov.uk"),
        ("https://www.london.gov.uk:443", "https://www.london.gov.uk"),
        ("http://127.0.0.1:5005", "http://127.0.0.1:5005"),
        ("http://[::1]:8080", "http://[::1]:8080"),
        ("https://www.london.gov.uk/mopac", None),
        ("ftp://example.org", None),
        ("www.london.gov.uk", None),
        ("null", None),
        ("https://user@example.org", None),
        ("http://example.org:99999", None),
    ],
)
def test_origins_are_compared_in_the_form_browsers_send(raw, expected):
    assert normalise_origin(raw) == expected


def test_allowed_origins_come_from_a_comma_separated_list_with_bad_entries_reported():
    origins, rejected = parse_origins(" https://a.example , https://b.example/ ,,not-a-url")
    assert origins == ("https://a.example", "https://b.example")
    assert rejected == ("not-a-url",)


def test_without_settings_only_the_bots_own_local_origins_and_bbc_weather_apply():
    settings = parse_settings({})
    assert settings.allowed_origins == DEFAULT_ALLOWED_ORIGINS
    assert settings.exit_url == DEFAULT_EXIT_URL == "https://www.bbc.co.uk/weather"
    assert settings.rejected == ()


@pytest.mark.parametrize(
    "bad", ["javascript:alert(1)", "/weather", 'https://x.example/"><script>', "data:text/html,"]
)
def test_an_unsafe_exit_url_falls_back_to_the_default(bad):
    settings = parse_settings({"WEBCHAT_EXIT_URL": bad})
    assert settings.exit_url == DEFAULT_EXIT_URL
    assert settings.rejected == (bad,)


def test_a_configured_exit_url_is_used():
    settings = parse_settings({"WEBCHAT_EXIT_URL": "https://www.metoffice.gov.uk/"})
    assert settings.exit_url == "https://www.metoffice.gov.uk/"


def test_the_page_itself_and_listed_origins_may_open_a_socket_and_no_one_else():
    environ = {"HTTP_HOST": "chat.example:5005", "wsgi.url_scheme": "https"}
    own = own_origins(environ)
    allowed = ("https://www.london.gov.uk",)
    assert origin_allowed("https://chat.example:5005", own, allowed)
    assert origin_allowed("https://www.london.gov.uk", own, allowed)
    assert not origin_allowed("https://evil.example", own, allowed)
    assert not origin_allowed("http://chat.example:5005", own, allowed), "scheme matters"
    assert not origin_allowed("null", own, allowed)
    # Not a browser page on another site: nothing for an Origin rule to refuse.
    assert origin_allowed(None, own, allowed)


def test_a_websockets_own_origin_is_the_pages_http_origin():
    class Request:
        scheme = "ws"

    environ = {"HTTP_HOST": "127.0.0.1:5005", "sanic.request": Request()}
    assert own_origins(environ) == ["http://127.0.0.1:5005"]
    forged = {**environ, "wsgi.url_scheme": "https"}  # engine.io takes it from X-Forwarded-Proto
    assert own_origins(forged) == ["http://127.0.0.1:5005"]


def test_behind_a_trusted_proxy_the_forwarded_host_is_the_pages_origin(monkeypatch):
    environ = {
        "HTTP_HOST": "127.0.0.1:5005",
        "wsgi.url_scheme": "https",
        "HTTP_X_FORWARDED_HOST": "chat.example",
        "HTTP_X_FORWARDED_PROTO": "https",
    }
    monkeypatch.delenv("TRUST_PROXY", raising=False)
    assert own_origins(environ) == ["https://127.0.0.1:5005"], "anyone can send the header"
    monkeypatch.setenv("TRUST_PROXY", "1")
    assert "https://chat.example" in own_origins(environ)


@pytest.mark.parametrize(
    "payload",
    [
        None,
        "hello",
        ["hello"],
        42,
        {},
        {"message": ""},
        {"message": "   \n "},
        {"message": 5},
        {"message": {"text": "hi"}},
        {"message": "hi", "session_id": "../../etc"},
        {"message": "hi", "session_id": 123},
    ],
)
def test_bad_socket_payloads_are_ignored_without_raising(payload):
    incoming = read_user_message(payload)
    assert incoming.text is None
    assert incoming.reply is None
    assert incoming.reason


def test_a_very_long_message_gets_a_kind_reply_instead_of_going_to_the_bot():
    incoming = read_user_message({"message": "a" * 10_000, "session_id": SESSION})
    assert incoming.text is None
    assert incoming.reply == TOO_LONG_REPLY
    assert read_user_message({"message": "a" * MAX_MESSAGE_CHARS}).text == "a" * MAX_MESSAGE_CHARS


def test_a_good_message_is_trimmed_and_keeps_its_session():
    incoming = read_user_message({"message": "  my bike was stolen \n", "session_id": SESSION})
    assert incoming.text == "my bike was stolen"
    assert incoming.session_id == SESSION
    assert read_user_message({"message": "hi"}).session_id is None


def test_control_characters_are_dropped_as_on_every_channel():
    assert read_user_message({"message": "he\x00llo\x1b there"}).text == "hello there"
    assert read_user_message({"message": "\x00\x07"}).reason == "empty message"


def test_a_session_request_offers_at_most_a_token_and_never_picks_a_session():
    assert requested_token({"token": "abc"}) == "abc"
    for bad in [None, "x", {"session_id": SESSION}, {"token": 42}, {"token": "t" * 500}]:
        assert requested_token(bad) is None


def test_only_a_token_this_server_signed_and_recently_resumes_a_session():
    tokens = SessionTokens("k" * 32)
    session = new_session_id()
    token = tokens.issue(session, now=1_000_000)
    assert tokens.session_of(token, now=1_000_000 + IDLE_SECONDS - 1) == session
    assert tokens.session_of(token, now=1_000_000 + IDLE_SECONDS + 1) is None, "idle too long"
    assert SessionTokens("other" * 8).session_of(token, now=1_000_000) is None, "other key"
    forged = f"{new_session_id()}{token[32:]}"
    assert tokens.session_of(forged, now=1_000_000) is None, "signature covers the id"
    for bad in [None, 42, "", session, token + "0", token.upper()]:
        assert tokens.session_of(bad, now=1_000_000) is None


def test_rate_limits_refuse_a_burst_and_refill_over_time():
    limit = RateLimit(burst=3, per_second=1.0)
    assert [limit.allow("a", now=0) for _ in range(5)] == [True, True, True, False, False]
    assert limit.allow("b", now=0), "another key has its own bucket"
    assert limit.allow("a", now=1.0) and not limit.allow("a", now=1.0)
    throttle = Throttle(RateLimit(burst=10, per_second=0), RateLimit(burst=2, per_second=0))
    assert throttle.allow("s1", "1.2.3.4", now=0) and throttle.allow("s2", "1.2.3.4", now=0)
    assert not throttle.allow("s3", "1.2.3.4", now=0), "the address's allowance is shared"
    assert throttle.should_reply("s3", now=0) and not throttle.should_reply("s3", now=1)


def test_a_flooding_socket_does_not_spend_its_neighbours_allowance():
    throttle = Throttle(RateLimit(burst=2, per_second=0), RateLimit(burst=3, per_second=0))
    sent = [throttle.allow("flood", "1.2.3.4", now=0) for _ in range(10)]
    assert sent == [True] * 2 + [False] * 8
    assert throttle.allow("s2", "1.2.3.4", now=0), "only the two it sent counted for the address"


def test_the_page_is_rendered_with_escaped_settings_and_no_inline_script():
    page = render_page(PAGE_TEMPLATE.read_text(), 'https://x.example/?a=1&b="2"', "/s/socket.io")
    assert 'data-exit-url="https://x.example/?a=1&amp;b=&quot;2&quot;"' in page
    assert 'data-socket-path="/s/socket.io"' in page
    assert "{{" not in page
    assert '<html lang="en-GB">' in page
    # Every script is a file of the bot's own: the CSP forbids inline script.
    assert page.count("<script") == page.count('<script src="static/')
    assert "http" not in page.replace("https://x.example/", "").split("<body")[0]


def test_headers_forbid_inline_script_and_allow_embedding_only_by_listed_sites():
    headers = security_headers(["https://www.london.gov.uk"])
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "default-src 'none'" in csp
    assert csp.endswith("frame-ancestors 'self' https://www.london.gov.uk")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cache-Control"] == "no-store"
    assert content_security_policy([]).endswith("frame-ancestors 'self'")


def test_only_the_pages_own_files_are_served():
    css, content_type = read_static("webchat.css")
    assert content_type.startswith("text/css") and b".exit-button" in css
    assert read_static("socket.io.min.js")[1].startswith("text/javascript")
    for name in ["chat.html", "../page.py", "vendor/socket.io.min.js", "README.md", ""]:
        assert read_static(name) is None


def test_the_vendored_socketio_client_is_the_recorded_npm_build():
    data = (STATIC_DIR / "vendor" / "socket.io.min.js").read_bytes()
    readme = (STATIC_DIR / "vendor" / "README.md").read_text()
    assert data.startswith(b"/*!\n * Socket.IO v4.")
    assert hashlib.sha256(data).hexdigest() in readme

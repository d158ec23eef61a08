"""The web chat page in headless Chromium against the real Rasa and action servers.

Stand-in sites run on 127.0.0.1 (there is no internet): the "neutral" one on the port the `bot`
fixture allows as an origin and uses as the quick-exit target, and an "other" one that is not
allowed. Each test opens its own browser context, so storage never leaks between tests.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from bench.stack import free_port
from bot.channels.webchat.page import STATIC_DIR
from tests.conftest import SCREENSHOTS, axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
# The exit target answers slowly, as on a poor connection, so the blanked page can be inspected
# before the browser leaves it.
EXIT_DELAY_S = 1.5


class Site:
    """A tiny local web site: /weather (the quick-exit target), /embed (the chat in an iframe)
    and /connect (a page on this origin opening the chat's socket)."""

    def __init__(self, port: int, bot_url: str) -> None:
        self.url = f"http://127.0.0.1:{port}"
        bot = bot_url

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                if path == "/weather":
                    time.sleep(EXIT_DELAY_S)
                    body = "<!DOCTYPE html><html lang='en'><title>Weather</title><h1>Weather</h1>"
                elif path == "/embed":
                    body = (
                        "<!DOCTYPE html><html lang='en'><title>MOPAC</title>"
                        f"<iframe title='Chat' src='{bot}/webhooks/webchat/chat'"
                        " width='400' height='600'></iframe>"
                    )
                elif path == "/connect":
                    body = (
                        "<!DOCTYPE html><html lang='en'><title>Connect</title>"
                        "<script src='/socket.io.min.js'></script>"
                        "<script>window.result = new Promise(done => {"
                        f"  const s = io('{bot}', {{path: '/webhooks/webchat/socket.io',"
                        "     reconnection: false, transports: ['websocket']});"
                        "  s.on('connect', () => done('connected'));"
                        "  s.on('connect_error', () => done('refused'));"
                        "});</script>"
                    )
                elif path == "/socket.io.min.js":
                    # The bot serves its copy to its own page only (Cross-Origin-Resource-Policy).
                    body = (STATIC_DIR / "vendor" / "socket.io.min.js").read_text()
                else:
                    self.send_error(404)
                    return
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def neutral(bot) -> Iterator[Site]:
    site = Site(bot.neutral_port, bot.url)
    yield site
    site.close()


@pytest.fixture(scope="module")
def other(bot) -> Iterator[Site]:
    site = Site(free_port(), bot.url)
    yield site
    site.close()


@pytest.fixture
def context(browser) -> Iterator[Any]:
    ctx = browser.new_context(viewport=DESKTOP, locale="en-GB")
    ctx.set_default_timeout(30_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context) -> Any:
    return context.new_page()


def chat_url(bot) -> str:
    return f"{bot.url}/webhooks/webchat/chat"


def bot_texts(page) -> list[str]:
    return page.locator(".message--bot").all_inner_texts()


def wait_for_bot(page, before: int, expected: str) -> str:
    """Wait until a bot message after the first `before` ones contains `expected`."""
    page.wait_for_function(
        """([before, expected]) => Array.from(document.querySelectorAll('.message--bot'))
            .slice(before).some(m => m.textContent.toLowerCase().includes(expected))""",
        arg=[before, expected.lower()],
    )
    # Let the rest of the turn's messages (and their buttons) arrive.
    page.wait_for_function("() => !document.querySelector('.typing')")
    page.wait_for_timeout(300)
    return "\n".join(bot_texts(page)[before:])


def start_chat(page, bot) -> None:
    page.goto(chat_url(bot))
    page.get_by_role("button", name="Start the chat").click()
    wait_for_bot(page, 0, "not the police")


def choose(page, title: str, expected: str) -> str:
    before = len(bot_texts(page))
    page.locator(".choice", has_text=re.compile(f"^{re.escape(title)}$")).click()
    return wait_for_bot(page, before, expected)


def type_message(page, text: str, expected: str) -> str:
    before = len(bot_texts(page))
    page.get_by_label("Your message").fill(text)
    page.get_by_role("button", name="Send").click()
    return wait_for_bot(page, before, expected)


def session_id(page) -> str:
    return page.evaluate("JSON.parse(sessionStorage.getItem('victims-webchat')).sessionId")


def test_a_whole_assessment_by_buttons_and_typing_ends_in_a_referral(bot, page):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    start_chat(page, bot)
    choose(page, "Yes, that's OK", "in danger right now")
    choose(page, "No, I'm safe now", "what happened")
    choose(page, "Burglary", "reported it to the police")
    choose(page, "Yes", "how old are you")
    type_message(page, "34", "who did it")
    type_message(page, "no idea", "more than once")
    choose(page, "No", "targeted because")
    choose(page, "No", "disability")
    choose(page, "No", "giving evidence")
    choose(page, "Yes", "what would help")
    choose(page, "Someone to talk to", "language")
    choose(page, "English", "borough")
    type_message(page, "hackney", "pass your details")
    choose(page, "Yes", "safe for a support worker")
    choose(page, "Yes", "how should they contact you")
    choose(page, "Text message", "phone number should they text")
    type_message(page, "07700 900123", "safe time")
    final = type_message(page, "after 6pm on weekdays", "your reference is")

    # The person's choices show as their own words, never as payloads.
    mine = page.locator(".message--user").all_inner_texts()
    assert any(m.endswith("Burglary") for m in mine)
    assert any(m.endswith("Text message") for m in mine)
    assert not any(re.search(r"/(affirm|deny|inform|describe_crime)", m) for m in mine)

    reference = re.search(r"VC-[A-Z0-9]{6}", final).group(0)
    sender = session_id(page)
    record = bot.record(sender)
    assert record["case_reference"] == reference
    assert record["channel"] == "webchat"
    assert record["contact_method"] == "text"
    assert record["contact_details"] == "07700900123"
    slots = bot.slots(sender)
    assert slots["crime_type"] == "burglary"
    assert slots["borough"] == "hackney"
    user_events = [e for e in bot.events(sender) if e["event"] == "user"]
    assert {e["input_channel"] for e in user_events} == {"webchat"}
    # Nothing was fetched from anywhere but the bot itself.
    assert {urlsplit(u).netloc for u in requests} == {urlsplit(bot.url).netloc}


def watch_exit(page, event: str) -> list[dict]:
    """Report the page's state right after its own handler for `event` has run (so before the
    slow neutral site replaces it): a document listener in the bubbling phase runs after the
    page's own (on the button, and on the document in the capturing phase)."""
    reports: list[dict] = []
    page.expose_function("reportExit", lambda state: reports.append(state))
    page.evaluate(
        """(event) => document.addEventListener(event, () => window.reportExit({
            overlay: !!document.querySelector('.exit-overlay'),
            visible: Array.from(document.body.children).filter(
                e => e.getClientRects().length > 0).map(e => e.className),
            messages: document.querySelectorAll('.message').length,
            input: document.getElementById('message').value,
            session: sessionStorage.length,
            local: localStorage.length,
            url: location.href,
        }))""",
        event,
    )
    return reports


def test_exit_button_blanks_the_page_clears_everything_and_leaves(bot, neutral, page):
    sockets: list[Any] = []
    frames_sent: list[str] = []

    def on_socket(ws: Any) -> None:
        sockets.append(ws)
        ws.on("framesent", lambda payload: frames_sent.append(payload))

    page.on("websocket", on_socket)
    page.goto(f"{neutral.url}/weather?before")
    start_chat(page, bot)
    choose(page, "Yes, that's OK", "in danger right now")
    assert page.evaluate("sessionStorage.length") == 1
    assert sockets and not sockets[-1].is_closed()

    reports = watch_exit(page, "click")
    page.get_by_role("button", name="Emergency Exit this page").click()
    page.wait_for_url(f"{neutral.url}/weather")
    # What the page looked like right after the click, before the neutral site arrived:
    blank = reports[-1]
    assert blank["overlay"]
    assert blank["visible"] == ["exit-overlay"]
    assert blank["messages"] == 0
    assert blank["session"] == 0 and blank["local"] == 0
    assert blank["url"] == chat_url(bot)
    # The socket said goodbye itself (socket.io's disconnect packet), not just dropped by leaving.
    assert "41" in frames_sent
    assert page.title() == "Weather"
    # location.replace: Back skips the chat and goes to the page before it.
    page.go_back()
    assert page.url == f"{neutral.url}/weather?before"


def test_pressing_shift_three_times_exits_but_shift_as_a_modifier_does_not(bot, neutral, page):
    start_chat(page, bot)
    box = page.get_by_label("Your message")
    box.focus()
    page.keyboard.type("hello ")
    page.keyboard.press("Shift+T")  # Shift used with a letter does not count
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert page.locator(".exit-indicator span.on").count() == 2
    assert page.locator("#exit-status").inner_text() == "Shift, press 1 more time to exit."
    assert not page.locator(".exit-overlay").count()

    reports = watch_exit(page, "keyup")
    page.keyboard.press("Shift")
    page.wait_for_url(f"{neutral.url}/weather")
    blank = reports[-1]
    assert blank["overlay"] and blank["visible"] == ["exit-overlay"]
    assert (blank["messages"], blank["input"], blank["session"]) == (0, "", 0)


def test_shift_presses_more_than_five_seconds_apart_do_not_exit(bot, page):
    page.goto(chat_url(bot))
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_timeout(5300)
    assert page.locator("#exit-status").inner_text() == "Exit this page expired."
    page.keyboard.press("Shift")
    assert not page.locator(".exit-overlay").count()
    assert page.url == chat_url(bot)


def focused(page) -> dict:
    return page.evaluate(
        """() => { const e = document.activeElement; const s = getComputedStyle(e);
            return {tag: e.tagName, id: e.id, text: e.textContent.trim(), cls: e.className,
                    background: s.backgroundColor}; }"""
    )


def test_keyboard_only_from_the_first_tab_to_an_answer(bot, page):
    page.goto(chat_url(bot))
    page.keyboard.press("Tab")
    assert focused(page)["cls"].startswith("skip-exit"), "the secondary exit link comes first"
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "exit-button"
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "start"
    assert focused(page)["background"] == "rgb(255, 221, 0)", "focus is visible"
    page.keyboard.press("Enter")
    wait_for_bot(page, 0, "not the police")
    assert focused(page)["id"] == "message"

    # The answer buttons sit just before the message box.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    choice = focused(page)
    assert choice["tag"] == "BUTTON" and choice["text"] == "Yes, that's OK"
    assert choice["background"] == "rgb(255, 221, 0)"
    before = len(bot_texts(page))
    page.keyboard.press("Enter")
    wait_for_bot(page, before, "in danger right now")
    assert focused(page)["id"] == "message", "back in the message box after choosing"

    before = len(bot_texts(page))
    page.keyboard.type("no im safe")
    page.keyboard.press("Enter")
    wait_for_bot(page, before, "what happened")
    assert not page.locator(".exit-overlay").count()


def test_a_reload_carries_on_and_a_new_tab_starts_afresh(bot, context, page):
    start_chat(page, bot)
    choose(page, "Yes, that's OK", "in danger right now")
    sender = session_id(page)
    shown = bot_texts(page)

    page.reload()
    assert bot_texts(page) == shown
    assert page.locator("#intro").is_hidden()
    assert session_id(page) == sender
    # The conversation goes on where it was: the danger question is still open.
    choose(page, "No, I'm safe now", "what happened")
    assert bot.slots(sender)["consent"] is True
    assert bot.slots(sender)["in_danger"] is False

    fresh = context.new_page()
    fresh.goto(chat_url(bot))
    assert fresh.locator("#intro").is_visible()
    assert fresh.evaluate("sessionStorage.length") == 0
    assert fresh.locator(".message").count() == 0
    fresh.close()


def test_bad_input_on_the_socket_is_ignored_or_answered_kindly(bot, page):
    start_chat(page, bot)
    sender = session_id(page)
    token = page.evaluate("JSON.parse(sessionStorage.getItem('victims-webchat')).token")
    replies = page.evaluate(
        """async ([path, sender, token]) => {
            const s = io({path, reconnection: false});
            const got = [];
            s.on('bot_uttered', m => got.push(m.text || ''));
            await new Promise(r => s.on('connect', r));
            s.emit('session_request', 'not an object');
            await new Promise(r => s.once('session_confirm', r));
            s.emit('session_request', {token});
            await new Promise(r => s.once('session_confirm', r));
            for (const bad of [null, 'hello', [1, 2], 42, {}, {message: ''}, {message: '   '},
                               {message: {text: 'hi'}}, {message: 'hi', session_id: '../x'},
                               {message: 'hi', session_id: 'f'.repeat(32)}]) {
                s.emit('user_uttered', bad);
            }
            s.emit('user_uttered', {message: 'x'.repeat(10000), session_id: sender});
            await new Promise(r => setTimeout(r, 1500));
            // Still serving: a message without a session_id goes to the socket's own session.
            s.emit('user_uttered', {message: '/affirm'});
            await new Promise(r => setTimeout(r, 4000));
            s.disconnect();
            return got;
        }""",
        ["/webhooks/webchat/socket.io", sender, token],
    )
    assert replies[0].startswith("Sorry, that message is too long for me")
    assert any("in danger right now" in r for r in replies[1:]), replies
    user_texts = [e.get("text") for e in bot.events(sender) if e["event"] == "user"]
    assert user_texts == ["/greet", "/affirm"]
    # The page's own socket was let go when this one resumed the session; Rasa is still up.
    assert httpx.get(f"{bot.url}/webhooks/webchat/").json() == {"status": "ok"}


def test_other_origins_are_refused_and_allowed_ones_can_connect_and_embed(bot, neutral, other):
    polling = f"{bot.url}/webhooks/webchat/socket.io/?EIO=4&transport=polling"
    refused = httpx.get(polling, headers={"Origin": other.url})
    assert refused.status_code == 400
    assert httpx.get(polling, headers={"Origin": neutral.url}).status_code == 200
    assert httpx.get(polling, headers={"Origin": bot.url}).status_code == 200
    assert "set-cookie" not in httpx.get(polling).headers


def test_browser_pages_on_other_sites_cannot_open_the_socket_or_frame_the_chat(
    bot, neutral, other, page
):
    page.goto(f"{other.url}/connect")
    assert page.evaluate("window.result") == "refused"
    page.goto(f"{neutral.url}/connect")
    assert page.evaluate("window.result") == "connected"

    page.goto(f"{neutral.url}/embed")
    frame = page.frame_locator("iframe")
    frame.get_by_role("button", name="Start the chat").wait_for()

    page.goto(f"{other.url}/embed")
    page.wait_for_timeout(1000)
    chat_frames = [f for f in page.frames if f.url.endswith("/webhooks/webchat/chat")]
    assert all(f.locator("#start").count() == 0 for f in chat_frames)


def test_in_a_frame_on_an_allowed_site_quick_exit_leaves_the_whole_tab(bot, neutral, page):
    page.goto(f"{neutral.url}/embed")
    frame = page.frame_locator("iframe")
    frame.get_by_role("button", name="Emergency Exit this page").click()
    page.wait_for_url(f"{neutral.url}/weather")
    assert page.title() == "Weather"

    page.goto(f"{neutral.url}/embed")
    frame = page.frame_locator("iframe")
    frame.get_by_role("button", name="Start the chat").focus()
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{neutral.url}/weather")


def test_the_page_sends_strict_headers_and_serves_nothing_else(bot, neutral):
    reply = httpx.get(chat_url(bot))
    csp = reply.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert f"frame-ancestors 'self' {neutral.url}" in csp
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert reply.headers["referrer-policy"] == "no-referrer"
    assert "set-cookie" not in reply.headers
    assert f'data-exit-url="{neutral.url}/weather"' in reply.text
    assert httpx.get(f"{bot.url}/webhooks/webchat/static/webchat.js").status_code == 200
    for name in ["chat.html", "..%2Fpage.py", "vendor%2Fsocket.io.min.js"]:
        assert httpx.get(f"{bot.url}/webhooks/webchat/static/{name}").status_code == 404


def test_layout_holds_on_a_phone_at_200_percent_zoom_and_without_motion(bot, browser):
    # 200% zoom of a 1280x800 window lays out as 640x400; a 360 px phone as itself.
    for viewport in [{"width": 640, "height": 400}, PHONE, {"width": 320, "height": 256}]:
        ctx = browser.new_context(viewport=viewport, reduced_motion="reduce")
        page = ctx.new_page()
        start_chat(page, bot)
        choose(page, "Yes, that's OK", "in danger right now")
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        exit_box = page.locator("#exit-button").bounding_box()
        assert (
            exit_box
            and 0 <= exit_box["y"]
            and exit_box["y"] + exit_box["height"] <= viewport["height"]
        ), "the exit button stays on screen"
        assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
        ctx.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_serious_accessibility_violations(bot, browser, viewport):
    # Only so that axe-core can be injected: the page's CSP rightly refuses inline script.
    ctx = browser.new_context(viewport=viewport, bypass_csp=True)
    page = ctx.new_page()
    page.goto(chat_url(bot))
    assert axe_violations(page) == []
    start_chat(page, bot)
    choose(page, "Yes, that's OK", "in danger right now")
    assert axe_violations(page) == []
    ctx.close()


def save_screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    page.screenshot(path=str(path))
    return path


def test_screenshots_at_phone_and_desktop_width(bot, browser):
    """Writes results/screenshots/webchat-{phone,desktop}.png (a conversation under way) and
    webchat-phone-intro.png (the note shown before the chat starts)."""
    for viewport, name in [(PHONE, "webchat-phone"), (DESKTOP, "webchat-desktop")]:
        ctx = browser.new_context(viewport=viewport, reduced_motion="reduce")
        page = ctx.new_page()
        page.goto(chat_url(bot))
        if viewport is PHONE:
            page.get_by_role("button", name="Start the chat").wait_for()
            page.locator("#start:enabled").wait_for()
            assert save_screenshot(page, f"{name}-intro.png").stat().st_size > 10_000
        start_chat(page, bot)
        choose(page, "Yes, that's OK", "in danger right now")
        choose(page, "No, I'm safe now", "what happened")
        page.mouse.move(0, 0)  # no hover highlight left on the last button clicked
        assert save_screenshot(page, f"{name}.png").stat().st_size > 10_000
        ctx.close()

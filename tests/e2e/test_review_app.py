"""The review app on real conversations held with the running bot (the e2e ``bot`` fixture):
queue order, transcripts, escaping, handoff through Rasa's API, erasure and purge; then the
same in headless Chromium, with screenshots in results/screenshots/ (copy one to
docs/screenshots/ by hand when the pages change)."""

from __future__ import annotations

import html
import importlib.util
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

from bench.stack import API_TOKEN  # tests/e2e/conftest.py starts Rasa with it
from review import seed
from tests.conftest import SCREENSHOTS
from tests.support import hostile_conversations, review_server
from tests.support.hostile_conversations import XSS_IMG, XSS_SCRIPT
from tests.support.review_server import Client, Server

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
WORKER = ("wendy", "W long pass phrase 1")


@pytest.fixture(scope="module")
def app(bot: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    senders = seed.seed(bot.say, scripts={**seed.SCRIPTS, **hostile_conversations.SCRIPTS})
    work = tmp_path_factory.mktemp("review-e2e")
    with review_server.running(
        work, bot.tracker_db, bot.records_db, rasa_url=bot.url, rasa_token=API_TOKEN
    ) as server:
        server.add_user(WORKER[0], "worker", WORKER[1])
        server.senders = senders
        yield server


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """tests/conftest.py's axe-core check (that file is a conftest, not an importable module)."""
    spec = importlib.util.spec_from_file_location("root_conftest", ROOT / "tests" / "conftest.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    violations: list[dict[str, Any]] = module.axe_violations(page)
    return violations


def signed_in(app: Server) -> Client:
    client = app.client()
    assert client.login(*WORKER).status_code == 302
    return client


def key_of(bot: Any, sender: str) -> str:
    with sqlite3.connect(bot.records_db) as conn:
        row = conn.execute(
            "SELECT key FROM review_keys WHERE sender_id = ?", [bot.conversation(sender)]
        ).fetchone()
    assert row, "the queue gave the conversation a key"
    return str(row[0])


def queue_pages(client: Client, **params: str) -> Iterator[str]:
    """Every page of the queue, following its Next links (the session's other tests leave
    more conversations than one page holds)."""
    path: str | None = "/queue"
    query: dict[str, str] | None = params
    while path:
        page = client.get(path, params=query).text
        yield page
        found = re.search(r'href="([^"]+)" rel="next"', page)
        path, query = (html.unescape(found.group(1)), None) if found else (None, None)


def queue_keys(client: Client, **params: str) -> list[str]:
    return [
        key
        for page in queue_pages(client, **params)
        for key in re.findall(r'href="/case/([^"/]+)"', page)
    ]


def test_the_queue_puts_danger_first_then_waiting_then_referrals(app: Server, bot: Any) -> None:
    client = signed_in(app)
    order = queue_keys(client)
    position = {name: order.index(key_of(bot, s)) for name, s in app.senders.items()}
    assert position["danger"] < position["handoff"] and position["self_harm"] < position["handoff"]
    assert position["handoff"] < position["referral"]
    # Whether the bot heard danger in the script text is the model's call; the queue follows it.
    if "in_danger" in bot.flags(app.senders["script_text"]):
        assert position["script_text"] < position["handoff"]
    else:
        assert position["referral"] < position["script_text"]
    page = client.get("/queue").text
    first_row = page.split("<tbody>")[1].split("</tr>")[0]
    assert "Danger or self-harm" in first_row
    pages = "".join(queue_pages(client))
    for sender in app.senders.values():
        assert sender not in pages, "phone-like sender ids are masked"


def test_filters_and_search_use_the_real_transcripts(app: Server, bot: Any) -> None:
    client = signed_in(app)
    handoff, referral = key_of(bot, app.senders["handoff"]), key_of(bot, app.senders["referral"])
    assert handoff in queue_keys(client, q="MUGGED on the bus")
    assert referral not in queue_keys(client, q="mugged on the bus")
    assert handoff in queue_keys(client, flag="human")
    assert referral in queue_keys(client, borough="hackney", category="intimidated")
    assert referral not in queue_keys(client, flag="in_danger")


def test_the_case_page_shows_transcript_answers_reasons_and_safe_contact(
    app: Server, bot: Any
) -> None:
    client = signed_in(app)
    sender = app.senders["referral"]
    page = client.get(f"/case/{key_of(bot, sender)}").text
    record = bot.record(sender)
    assert record["case_reference"] in page
    assert "some1 broke into my flat last nite" in page
    assert "How the bot understood this" in page and "<code>inform</code>" in page
    assert "Do not leave a voicemail." in page
    assert "Only contact them: after 6pm on weekdays." in page
    assert "07700900123" in page, "the number they asked to be called on"
    reason = json.loads(record["reasons"])[0]["reason"]
    assert reason[:40].capitalize() in page
    assert "Victim Support" in page


def test_a_script_typed_by_a_person_is_shown_as_text(app: Server, bot: Any) -> None:
    client = signed_in(app)
    page = client.get(f"/case/{key_of(bot, app.senders['script_text'])}").text
    assert str(escape(XSS_SCRIPT)) in page and "&lt;script&gt;" in page
    assert str(escape(XSS_IMG)) in page
    assert "<script>" not in page and "<img " not in page


def test_a_worker_talks_to_a_waiting_person_and_hands_back_to_the_bot(
    app: Server, bot: Any
) -> None:
    client = signed_in(app)
    sender = app.senders["handoff"]
    key = key_of(bot, sender)
    assert "Waiting for a person" in client.get(f"/case/{key}").text
    text = "Hello, I'm Wendy from the Victim and Witness Service. Are you safe to talk?"
    response = client.post(f"/case/{key}/message", {"message": text})
    assert response.status_code == 302, response.text[:500]
    sent = [e for e in bot.events(sender) if e["event"] == "bot" and e.get("text") == text]
    assert sent and sent[0]["metadata"]["review_worker"] == WORKER[0]
    assert "Worker wendy" in client.get(f"/case/{key}").text
    assert text not in app.log.read_text(), "message text never reaches the log"
    assert bot.say(sender, "yes i can talk") == [], "the worker answers: the bot keeps quiet"
    assert "A worker has this conversation" in client.get(f"/case/{key}").text

    assert client.post(f"/case/{key}/hand-back").status_code == 302
    assert bot.slots(sender)["waiting_for_person"] is False
    assert bot.say(sender, "help"), "the bot answers again"
    page = next(p for p in queue_pages(client, flag="human") if f'href="/case/{key}"' in p)
    row = page.split(f'href="/case/{key}"')[0].rsplit("<tr", 1)[1]
    assert "Waiting for a person" not in row

    assert client.post(f"/case/{key}/take-over").status_code == 302
    assert bot.slots(sender)["handoff"] == "worker"
    assert "A worker has this conversation" in client.get(f"/case/{key}").text
    assert client.post(f"/case/{key}/hand-back").status_code == 302


def test_erasure_from_the_bot_takes_the_case_and_the_workers_rows(app: Server, bot: Any) -> None:
    client = signed_in(app)
    sender = seed.new_sender()
    seed.drive(bot.say, sender, [*seed.START, ("i was burgled", "reported")])
    queue_keys(client)
    key = key_of(bot, sender)
    client.get(f"/case/{key}")
    assert client.post(f"/case/{key}/note", {"note": "Will ring back"}).status_code == 302
    seed.drive(bot.say, sender, [("delete my data", "can't be undone"), ("yes", "deleted")])
    assert client.get(f"/case/{key}").status_code == 404
    assert key not in queue_keys(client)
    with sqlite3.connect(bot.records_db) as conn:
        for table in ("review_notes", "review_keys", "cases", "flags"):
            assert not conn.execute(
                f"SELECT 1 FROM {table} WHERE sender_id = ?", [bot.conversation(sender)]
            ).fetchall()
    with sqlite3.connect(app.env["REVIEW_DB"]) as conn:
        entries = conn.execute("SELECT * FROM audit WHERE conversation = ?", [key]).fetchall()
        everything = json.dumps(conn.execute("SELECT * FROM audit").fetchall())
    assert len(entries) >= 2, "the audit entries stay"
    assert sender not in everything and "Will ring back" not in everything


def test_purge_deletes_rasa_events_records_and_worker_rows_together(
    app: Server, bot: Any, tmp_path: Path
) -> None:
    client = signed_in(app)
    key = key_of(bot, app.senders["referral"])
    client.post(f"/case/{key}/note", {"note": "Purge me too"})
    copies = {}
    for name, source in (("rasa.db", bot.tracker_db), ("records.db", bot.records_db)):
        copies[name] = tmp_path / name
        with sqlite3.connect(source) as src, sqlite3.connect(copies[name]) as dst:
            src.backup(dst)
    with sqlite3.connect(copies["rasa.db"]) as conn:
        events, conversations = conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT sender_id) FROM events"
        ).fetchone()
    with sqlite3.connect(copies["records.db"]) as conn:
        notes = conn.execute("SELECT COUNT(*) FROM review_notes").fetchone()[0]
    env = {
        "VICTIMS_TRACKER_DB": str(copies["rasa.db"]),
        "VICTIMS_RECORDS_DB": str(copies["records.db"]),
    }
    done = app.cli("purge", "--days", "0", env=env)
    assert done.returncode == 0, done.stderr
    assert f"{conversations} conversations, {events} events" in done.stdout
    assert f"{notes} review_notes" in done.stdout
    with sqlite3.connect(copies["rasa.db"]) as conn:
        assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
    with sqlite3.connect(copies["records.db"]) as conn:
        for table in (
            "cases",
            "flags",
            "review_notes",
            "review_keys",
            "review_status",
            "review_queue",
        ):
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table


# ------------------------------------------------------------------------------ browser ----


def browser_login(browser: Any, app: Server, **options: Any) -> tuple[Any, Any, list[str]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **options)
    page = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(f"{app.url}/queue")
    assert "/login" in page.url
    page.get_by_label("Account name").fill(WORKER[0])
    page.get_by_label("Password").fill(WORKER[1])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{app.url}/queue")
    return context, page, dialogs


@pytest.mark.browser
def test_a_morning_in_the_browser(browser: Any, app: Server, bot: Any) -> None:
    # Someone else waiting for a person, whatever the other tests did with theirs.
    seed.drive(bot.say, seed.new_sender(), seed.SCRIPTS["handoff"])
    context, page, dialogs = browser_login(browser, app)
    try:
        # The session's other tests can leave a page's worth of danger before anyone waiting.
        page.goto(f"{app.url}/queue?flag=human")
        assert page.locator(".priority-1").count() >= 1
        page.goto(f"{app.url}/queue")
        first = page.locator("table.queue tbody tr").first
        assert "Danger or self-harm" in first.inner_text()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "review-queue.png"), full_page=False)

        first.get_by_role("link").click()
        assert page.locator(".alert-danger").count() >= 1
        assert page.locator(".turn-user").count() >= 1, "the person's messages are shown"
        page.get_by_label("Note", exact=True).fill("Rang twice, no answer. Try after 6pm.")
        page.get_by_role("button", name="Add note").click()
        assert "Note added." in page.locator("#done").inner_text()
        assert "Rang twice, no answer." in page.locator(".note").last.inner_text()
        page.get_by_label("Set status").select_option("referred")
        page.get_by_role("button", name="Save status").click()
        assert "Referred" in page.locator(".panel").first.inner_text()
        page.get_by_role("link", name="Printable page").click()
        assert page.locator("h1").inner_text().startswith("Referral")
        page.go_back()
        with page.expect_download() as download:
            page.get_by_role("link", name="Download as JSON").click()
        exported = json.loads(Path(download.value.path()).read_text())
        assert exported["status"] == "Referred" and exported["transcript"]

        page.goto(f"{app.url}/case/{key_of(bot, app.senders['referral'])}")
        page.set_viewport_size({"width": 1280, "height": 1500})
        page.screenshot(path=str(SCREENSHOTS / "review-case.png"), full_page=False)
    finally:
        context.close()
    assert dialogs == []


@pytest.mark.browser
def test_the_directory_is_searched_and_filtered_without_javascript(
    browser: Any, app: Server
) -> None:
    context, page, dialogs = browser_login(browser, app, java_script_enabled=False)
    try:
        page.get_by_role("link", name="Directory").click()
        # exact: an organisation's section can be labelled by a name with "borough" in it.
        page.get_by_label("Search", exact=True).fill("stalking")
        page.get_by_label("Borough", exact=True).select_option("hackney")
        page.get_by_role("button", name="Search").click()
        assert "q=stalking" in page.url and "borough=hackney" in page.url
        names = page.locator("section.org h2").all_inner_texts()
        assert names and any("Stalking" in name for name in names)
        first = page.locator("section.org").first
        assert first.locator("time").get_attribute("datetime")
        assert first.locator(".sources a").count() >= 1
        page.set_viewport_size({"width": 1280, "height": 1200})
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "review-directory.png"), full_page=False)
    finally:
        context.close()
    assert dialogs == []


@pytest.mark.browser
def test_queue_case_and_directory_pages_pass_the_accessibility_checks(
    browser: Any, app: Server, bot: Any
) -> None:
    # axe-core is injected as a script, which the app's CSP rightly blocks; only here is the
    # CSP bypassed, so that axe can run.
    context, page, _ = browser_login(browser, app, bypass_csp=True)
    try:
        assert axe_violations(page) == []
        page.goto(f"{app.url}/case/{key_of(bot, app.senders['referral'])}")
        assert axe_violations(page) == []
        page.goto(f"{app.url}/case/{key_of(bot, app.senders['referral'])}/packet")
        assert axe_violations(page) == []
        page.goto(f"{app.url}/directory?q=court&need=court")
        assert axe_violations(page) == []
    finally:
        context.close()


@pytest.mark.browser
def test_a_script_in_a_message_never_runs(browser: Any, app: Server, bot: Any) -> None:
    context, page, dialogs = browser_login(browser, app)
    try:
        page.goto(f"{app.url}/case/{key_of(bot, app.senders['script_text'])}")
        assert page.get_by_text(XSS_SCRIPT).count() == 1, "shown as text"
        assert page.get_by_text(XSS_IMG).count() == 1
        page.wait_for_timeout(300)
        assert page.evaluate("() => window.reviewXss") is None
    finally:
        context.close()
    assert dialogs == []

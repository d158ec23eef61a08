"""The scale-out profile (``bin/run --replicas N``, bot/cluster/) as one real cluster: PostgreSQL,
Redis, HAProxy, two Rasa replicas and one action server, started once for this module.

Each test talks to the replicas directly (to choose which one handles a message) or through
HAProxy, as a person would, and checks what PostgreSQL stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import psycopg2
import pytest
import redis
import socketio
from twilio.request_validator import RequestValidator

from bot.channels.sms.replies import SAFETY_LINE
from bot.cluster import haproxy
from bot.cluster.supervisor import Cluster
from tests.e2e.fake_twilio import FakeTwilio

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
API_TOKEN = "cluster-api-token-" + "0" * 32
REST_HEADERS = {"Authorization": "Bearer cluster-rest-token-" + "2" * 32}
TWILIO_SID = "AC" + "c1u5" * 8
TWILIO_TOKEN = "cluster-twilio-auth-token"
TWILIO_FROM = "+447700900000"
TWILIO_WEBHOOK_URL = "https://victims-bot.example.test/webhooks/sms/webhook"
SOCKET_PATH = haproxy.WEBCHAT_SOCKET_PATH
# Up to a lock's lease (bot/lock_store.py) for the dead replica's ticket, and HAProxy's checks.
CARRY_ON_SECONDS = 20

CONSENT = ["hi", "yeah thats fine", "no im ok"]
FORM = ["some1 broke into my flat last nite", "yes", "34"]


@dataclass
class Running:
    cluster: Cluster
    records_db: Path
    twilio: FakeTwilio

    @property
    def front(self) -> str:
        return self.cluster.url

    def replicas(self) -> list[str]:
        """The replicas' own URLs, once each answers (one may be starting again)."""
        urls = self.cluster.replica_urls()
        for url in urls:
            _wait_for(url + "/", 240)
        return urls

    def events(self, sender_id: str) -> list[dict[str, Any]]:
        """What PostgreSQL holds of one conversation, in the order stored."""
        conn = psycopg2.connect(self.cluster.env["DATABASE_URL"])
        try:
            with conn.cursor() as cursor:
                cursor.execute(
                    "SELECT type_name, action_name, data FROM events "
                    "WHERE sender_id = %s ORDER BY id",
                    [sender_id],
                )
                rows = cursor.fetchall()
        finally:
            conn.close()
        return [{"type": t, "action": a, "data": json.loads(d)} for t, a, d in rows]

    def _records(self, sql: str, sender_id: str) -> list[tuple[Any, ...]]:
        """Our records, which the action servers keep in the cluster's PostgreSQL."""
        conn = psycopg2.connect(self.cluster.env["DATABASE_URL"])
        try:
            with conn.cursor() as cursor:
                cursor.execute(sql, [sender_id])
                return list(cursor.fetchall())
        finally:
            conn.close()

    def flags(self, sender_id: str) -> list[str]:
        rows = self._records("SELECT flag FROM flags WHERE sender_id = %s ORDER BY id", sender_id)
        return [row[0] for row in rows]

    def cases(self, sender_id: str) -> int:
        return int(
            self._records("SELECT count(*) FROM cases WHERE sender_id = %s", sender_id)[0][0]
        )


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    work = tmp_path_factory.mktemp("cluster")
    twilio = FakeTwilio(TWILIO_SID, TWILIO_TOKEN).start()
    # Not under pytest's folder: as root the server runs as the postgres user, who cannot
    # enter it (bot/cluster/postgres.py).
    postgres_folder = Path(tempfile.mkdtemp(prefix="victims-cluster-pg-", dir="/tmp"))
    records_db = work / "records.db"
    env = {
        # Ours, not a server the caller's environment names.
        "DATABASE_URL": "",
        "REDIS_URL": "",
        "VICTIMS_RECORDS_DB": str(records_db),
        "VICTIMS_TRACKER_DB": str(work / "rasa.db"),
        "REVIEW_DB": str(work / "review.db"),
        "RASA_API_TOKEN": API_TOKEN,
        "ACTION_SERVER_TOKEN": "cluster-action-server-token-" + "1" * 32,
        "REST_CHANNEL_TOKEN": REST_HEADERS["Authorization"].removeprefix("Bearer "),
        "REDIS_SECRET_KEY": "cluster-redis-secret-" + "3" * 32,
        "WEBCHAT_SECRET_KEY": "cluster-webchat-secret-" + "4" * 32,
        "TWILIO_ACCOUNT_SID": TWILIO_SID,
        "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        "TWILIO_FROM_NUMBER": TWILIO_FROM,
        "TWILIO_WEBHOOK_URL": TWILIO_WEBHOOK_URL,
        "TWILIO_API_BASE_URL": twilio.url,
        "SMS_HASH_KEY": "cluster-sms-hash-key",
    }
    cluster = Cluster(
        ROOT, work / "var", replicas=2, action_servers=1, env=env, review=False, purge=False,
        postgres_folder=postgres_folder, durable=False,
    )  # fmt: skip
    try:
        cluster.start()
        yield Running(cluster, records_db, twilio)
    finally:
        cluster.stop()
        twilio.stop()
        shutil.rmtree(postgres_folder, ignore_errors=True)


def say(url: str, sender: str, text: str, timeout: float = 60) -> list[str]:
    response = httpx.post(
        f"{url}/webhooks/rest/webhook",
        json={"sender": sender, "message": text},
        headers=REST_HEADERS,
        timeout=timeout,
    )
    response.raise_for_status()
    return [reply.get("text") or "" for reply in response.json()]


def new_sender() -> str:
    return f"cluster-{uuid.uuid4().hex[:10]}"


def user_texts(events: list[dict[str, Any]]) -> list[str]:
    return [e["data"]["text"] for e in events if e["type"] == "user"]


def assert_whole_turns(events: list[dict[str, Any]]) -> None:
    """Each message stored once with its whole turn: the bot was listening before every
    message, and went back to listening before the next."""
    last_action = None
    for event in events:
        if event["type"] == "user":
            assert last_action == "action_listen", f"a message stored mid-turn: {summary(events)}"
            last_action = None
        elif event["type"] == "action":
            last_action = event["action"]
    assert last_action == "action_listen", f"a turn stored in part: {summary(events)}"
    stamps = [(e["type"], e["data"]["timestamp"]) for e in events]
    assert len(stamps) == len(set(stamps)), "an event stored twice"
    # Rasa stamps each event as the turn makes it, under the conversation's lock: turns that
    # took place one after the other have their times in the order stored.
    times = [e["data"]["timestamp"] for e in events]
    assert times == sorted(times), f"two turns at once: {summary(events)}"


def summary(events: list[dict[str, Any]]) -> list[str]:
    return [e["action"] or e["type"] for e in events if e["type"] in ("user", "action")]


def test_the_cluster_lists_its_processes_and_keeps_redis_off_disk(running):
    listing = json.loads(running.cluster.listing.read_text())
    roles = sorted(p["role"] for p in listing["processes"])
    assert roles == ["actions", "haproxy", "postgres", "rasa", "rasa", "redis"]
    assert all(p["pid"] and p["port"] for p in listing["processes"])
    assert listing["front"]["rasa"] == running.cluster.rasa_port
    assert oct(running.cluster.listing.stat().st_mode & 0o777) == "0o600"
    red = redis.Redis.from_url(running.cluster.env["REDIS_URL"])
    try:
        assert red.config_get("save")["save"] == ""
        assert red.config_get("appendonly")["appendonly"] == "no"
    finally:
        red.close()
    without_password = redis.Redis(port=running.cluster.of_role("redis")[0].port)
    with pytest.raises(redis.AuthenticationError):
        without_password.ping()


def test_haproxy_accepts_its_configuration_and_retries_only_refused_connections(tmp_path):
    text = haproxy.config(5005, [("rasa-1", 6001), ("rasa-2", 6002), ("rasa-3", 6003)],
                          5055, [("actions-1", 7001)], 5007)  # fmt: skip
    config = tmp_path / "haproxy.cfg"
    config.write_text(text)
    assert haproxy.check(config) is None
    lines = [line.strip() for line in text.splitlines()]
    assert "retry-on conn-failure" in lines, "never a request that may have been handled"
    assert "timeout check 10s" in lines, "a busy replica is not taken for a dead one"
    assert "option redispatch 1" in lines and "option httpchk GET /" in lines
    assert "cookie SRV insert indirect nocache httponly" in lines
    assert "server rasa-3 127.0.0.1:6003 track rasa/rasa-3 cookie rasa-3" in lines
    assert not any(line.startswith("log") for line in lines), "no request is logged"


def test_no_password_is_on_a_command_line_or_in_a_log(running):
    cluster = running.cluster
    secrets = [
        (cluster.var / "postgres_password").read_text().strip(),
        (cluster.var / "redis_password").read_text().strip(),
        API_TOKEN,
    ]
    for child in cluster.children:
        command_line = Path(f"/proc/{child.pid}/cmdline").read_bytes().decode(errors="replace")
        assert not any(secret in command_line for secret in secrets), child.name
    for log in (cluster.var / "log").iterdir():
        text = log.read_text(errors="replace")
        assert not any(secret in text for secret in secrets), log.name
    for name in ("postgres_password", "redis_password", "endpoints.yml"):
        assert oct((cluster.var / name).stat().st_mode & 0o777) == "0o600", name


def test_a_conversation_alternating_between_replicas_answers_and_stores_as_one_process(running):
    a, b = running.replicas()
    script = CONSENT + FORM
    alternating, single = new_sender(), new_sender()
    across = [say((a, b)[n % 2], alternating, text) for n, text in enumerate(script)]
    alone = [say(a, single, text) for text in script]
    assert across == alone
    assert "how old are you" in across[-2][-1].lower(), "the conversation reached the form"
    stored = running.events("rest:" + alternating)
    assert user_texts(stored) == script
    assert_whole_turns(stored)
    assert summary(stored) == summary(running.events("rest:" + single))


def test_two_messages_at_once_on_two_replicas_take_turns(running):
    a, b = running.replicas()
    sender = new_sender()
    for text in CONSENT:
        say(a, sender, text)
    start = threading.Barrier(2)
    answered: list[list[str]] = []

    def send(url: str, text: str) -> None:
        start.wait(timeout=10)
        answered.append(say(url, sender, text))

    threads = [
        threading.Thread(target=send, args=(a, FORM[0])),
        threading.Thread(target=send, args=(b, "i reported it yesterday")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    assert len(answered) == 2 and all(answered)
    stored = running.events("rest:" + sender)
    assert sorted(user_texts(stored)[len(CONSENT) :]) == sorted(
        [FORM[0], "i reported it yesterday"]
    )
    assert_whole_turns(stored)


class Person:
    """A web chat page's socket, as python-socketio's client (long-polling, as browsers start)."""

    def __init__(self) -> None:
        # Cookies kept even for 127.0.0.1, as a browser keeps them for its host.
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.client = socketio.AsyncClient(reconnection=False, http_session=self.http)
        self.events: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

        @self.client.on("*")
        async def any_event(event: str, data: Any = None) -> None:
            await self.events.put((event, data))

    async def open(self, url: str) -> str:
        await self.client.connect(url, socketio_path=SOCKET_PATH, transports=["polling"])
        await self.client.emit("session_request", {})
        return str((await self.expect("session_confirm"))["session_id"])

    async def say(self, session_id: str, text: str) -> None:
        await self.client.emit("user_uttered", {"message": text, "session_id": session_id})

    async def expect(self, event: str, containing: str = "", timeout: float = 30) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            got, data = await asyncio.wait_for(self.events.get(), deadline - time.monotonic())
            if got == event and containing in str(data):
                return data

    def sticky_replica(self) -> str | None:
        for cookie in self.http.cookie_jar:
            if cookie.key == haproxy.STICKY_COOKIE:
                return cookie.value
        return None

    async def close(self) -> None:
        # Without waiting for the long-poll under way (up to socket.io's ping interval).
        await self.client.eio.disconnect(abort=True)
        await self.http.close()


async def test_a_workers_message_through_replica_b_reaches_the_socket_held_by_replica_a(running):
    running.replicas()
    person = Person()
    try:
        # Through HAProxy, which keeps the socket's long-polling on one replica by its cookie.
        session = await person.open(running.front)
        await person.say(session, "hi")
        await person.expect("bot_uttered", "not the police")
        holder = person.sticky_replica()
        assert holder in {c.name for c in running.cluster.of_role("rasa")}
        other = next(c for c in running.cluster.of_role("rasa") if c.name != holder)
        words = "A support worker here: we can call you at 3pm."
        async with httpx.AsyncClient(timeout=30) as client:
            response = await client.post(
                f"http://127.0.0.1:{other.port}/conversations/{session}/tracker/events",
                params={"output_channel": "latest", "execute_side_effects": "true",
                        "token": API_TOKEN},
                json=[{"event": "bot", "text": words}],
            )  # fmt: skip
        assert response.status_code == 200, response.text
        assert (await person.expect("bot_uttered", words, timeout=10))["text"] == words
    finally:
        await person.close()


def test_one_twilio_message_sid_posted_to_both_replicas_is_handled_once(running):
    number = "+4477009" + str(uuid.uuid4().int)[:5]
    params = {
        "MessageSid": "SM" + uuid.uuid4().hex,
        "AccountSid": TWILIO_SID,
        "From": number,
        "To": TWILIO_FROM,
        "NumMedia": "0",
        "Body": "hi",
    }
    signature = RequestValidator(TWILIO_TOKEN).compute_signature(TWILIO_WEBHOOK_URL, params)
    start = threading.Barrier(2)
    statuses: list[int] = []

    def deliver(url: str) -> None:
        start.wait(timeout=10)
        statuses.append(
            httpx.post(
                f"{url}/webhooks/sms/webhook", data=params,
                headers={"X-Twilio-Signature": signature}, timeout=30,
            ).status_code
        )  # fmt: skip

    threads = [threading.Thread(target=deliver, args=(url,)) for url in running.replicas()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=40)
    assert statuses == [200, 200], "both answer Twilio, which must not deliver it again"
    running.twilio.wait_for(number, 1)
    sent = running.twilio.wait_until_quiet(number, quiet=3)
    assert sent.count(SAFETY_LINE) == 1, sent
    tracker = httpx.get(
        f"{running.front}/conversations/{number}/tracker", params={"token": API_TOKEN}, timeout=30
    ).json()
    assert [e["text"] for e in tracker["events"] if e["event"] == "user"] == ["hi"]


def test_a_replica_killed_mid_conversation(running):
    a, _ = running.replicas()
    victim = next(c for c in running.cluster.of_role("rasa") if a.endswith(f":{c.port}"))
    actions = running.cluster.of_role("actions")[0]
    assert actions.pid is not None
    sender = new_sender()
    conversation = "rest:" + sender
    front = running.front
    for text in CONSENT:
        say(front, sender, text)
    assert "999" in "\n".join(say(front, sender, "oh god hes back hes banging on the door"))
    say(front, sender, "im safe now")
    assert running.flags(conversation) == ["in_danger"]
    stored_before = running.events(conversation)
    try:
        # The turn is under way on A, waiting for its custom action, when A is killed.
        os.kill(actions.pid, signal.SIGSTOP)
        interrupted = threading.Thread(target=_send_ignoring_errors, args=(a, sender, FORM[0]))
        interrupted.start()
        time.sleep(1)
        victim.kill()
        os.kill(actions.pid, signal.SIGCONT)
        interrupted.join(timeout=30)
        assert running.events(conversation) == stored_before, "nothing of the turn stored"
        started = time.monotonic()
        # The person sends again, having had no answer; HAProxy takes it to the live replica.
        again = say(front, sender, FORM[0], timeout=CARRY_ON_SECONDS + 5)
        took = time.monotonic() - started
        assert took < CARRY_ON_SECONDS
        assert "reported" in "\n".join(again).lower()
        assert "how old" in "\n".join(say(front, sender, "yes")).lower()
        stored = running.events(conversation)
        assert_whole_turns(stored)
        assert user_texts(stored) == [*CONSENT, "oh god hes back hes banging on the door",
                                      "im safe now", FORM[0], "yes"]  # fmt: skip
        assert running.flags(conversation) == ["in_danger"], "no flag raised twice"
        assert running.cases(conversation) <= 1
    finally:
        os.kill(actions.pid, signal.SIGCONT)
        # Started again by the supervisor's check, as bin/run does every second, for the tests
        # that follow, which wait until it answers (replicas()).
        restarted = running.cluster.check_once()
    assert restarted == [f"{victim.name} stopped; started it again"] and victim.alive()


def _send_ignoring_errors(url: str, sender: str, text: str) -> None:
    with contextlib.suppress(httpx.HTTPError):  # the replica died under it
        say(url, sender, text, timeout=30)


def _wait_for(url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url} did not come back")

"""The ways of running a bot that the benchmark compares, each started as its users start it.

* ``single``: one action server and one Rasa process, as ``bin/run`` starts them (SQLite,
  fresh databases; ``bench/stack.py``).
* ``cluster``: what ``bin/run --replicas N`` starts, by the same launcher
  (``bot.cluster.supervisor.Cluster``): PostgreSQL, Redis, N Rasa replicas, action servers and
  HAProxy, driven through HAProxy's front port; conversations and our records in PostgreSQL.
* ``stock``: the assistant ``rasa init`` makes (moodbot), no action server, in-memory trackers.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.load import sqlite_url
from bench.stack import (
    ACTION_SERVER_TOKEN,
    API_TOKEN,
    RASA,
    REST_HEADERS,
    REST_TOKEN,
    ROOT,
    Stack,
    free_port,
    private_log,
)
from bot import tf_threads
from bot.cluster.processes import ChildFailed
from bot.cluster.supervisor import Cluster

PROFILES = ("single", "cluster", "stock")


@dataclass
class Running:
    """A started profile: where to send messages and which processes to measure."""

    url: str
    first_answer_s: float
    rasa: dict[str, int]  # name -> pid of each Rasa process
    other: dict[str, int] = field(default_factory=dict)  # the rest of the service's processes
    # SQLAlchemy URLs of Rasa's events and of our cases; None for the stock assistant.
    stores: tuple[str, str] | None = None
    description: str = ""
    # HAProxy's status page, for the cluster.
    haproxy_stats: str | None = None

    @property
    def stock(self) -> bool:
        return self.stores is None


def first_answer(url: str, started: float, timeout: float = 300) -> float:
    """Seconds from ``started`` until the bot answers a message."""
    while time.monotonic() - started < timeout:
        try:
            response = httpx.post(
                f"{url}/webhooks/rest/webhook",
                json={"sender": "bench-first-answer", "message": "hi"},
                headers=REST_HEADERS,
                timeout=30,
            )
            if response.status_code == 200 and response.json():
                return round(time.monotonic() - started, 1)
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"no answer within {timeout} s")


@contextmanager
def single(work: Path) -> Iterator[Running]:
    stack = Stack(work / "single")
    started = time.monotonic()
    stack.spawn_actions()
    stack.spawn_rasa()
    try:
        startup = first_answer(stack.url, started)
        assert stack.rasa is not None and stack.actions is not None
        yield Running(
            stack.url,
            startup,
            rasa={"rasa_server": stack.rasa.pid},
            other={"action_server": stack.actions.pid},
            stores=(sqlite_url(stack.tracker_db), sqlite_url(stack.records_db)),
            description="one Rasa process and one action server, SQLite (bin/run)",
        )
    finally:
        stack.stop()


@contextmanager
def cluster(work: Path, replicas: int, action_servers: int) -> Iterator[Running]:
    folder = work / "cluster"
    folder.mkdir()
    # Not under the work folder when root: the server then runs as the postgres user, who
    # cannot enter it (bot/cluster/postgres.py).
    postgres_folder = Path(tempfile.mkdtemp(prefix="victims-bench-pg-", dir="/tmp"))
    env = {
        # Ours, not servers the caller's environment names.
        "DATABASE_URL": "",
        "REDIS_URL": "",
        "VICTIMS_RECORDS_DB": str(folder / "records.db"),
        "VICTIMS_TRACKER_DB": str(folder / "rasa.db"),
        "REVIEW_DB": str(folder / "review.db"),
        "RASA_API_TOKEN": API_TOKEN,
        "ACTION_SERVER_TOKEN": ACTION_SERVER_TOKEN,
        "REST_CHANNEL_TOKEN": REST_TOKEN,
        "REDIS_SECRET_KEY": secrets.token_urlsafe(32),
        "WEBCHAT_SECRET_KEY": secrets.token_urlsafe(32),
    }

    def launcher() -> Cluster:
        return Cluster(
            ROOT, folder / "var", replicas=replicas, action_servers=action_servers, env=env,
            review=False, purge=False, postgres_folder=postgres_folder,
        )  # fmt: skip

    launched = launcher()
    started = time.monotonic()
    try:
        try:
            launched.start()
        except ChildFailed as failed:
            # Once more, on new ports: a free port found at start may be taken by another
            # program before the child binds it (the machine may be shared). The log is in
            # the temporary folder, gone after the run: its end is shown here.
            print(f"  {failed}; its log ends:\n{failed.child.log_tail(1500)}", file=sys.stderr)
            print("  starting the cluster again", flush=True)
            launched = launcher()
            started = time.monotonic()
            launched.start()
        startup = first_answer(launched.url, started)
        database = launched.env["DATABASE_URL"]
        yield Running(
            launched.url,
            startup,
            rasa={child.name: int(child.pid or 0) for child in launched.of_role("rasa")},
            other={
                child.name: int(child.pid or 0)
                for child in launched.children
                if child.role != "rasa"
            },
            stores=(database, database),
            haproxy_stats=f"http://127.0.0.1:{launched.stats_port}",
            description=(
                f"bin/run --replicas {replicas} --action-servers {action_servers}: "
                "PostgreSQL, Redis, HAProxy"
            ),
        )
    finally:
        launched.stop()
        shutil.rmtree(postgres_folder, ignore_errors=True)


@contextmanager
def stock(work: Path) -> Iterator[Running]:
    """The assistant ``rasa init`` makes (moodbot): no action server, in-memory tracker store."""
    project = work / "stock"
    project.mkdir()
    env = {**os.environ, "RASA_CACHE_DIRECTORY": str(work / "stock-cache"),
           "RASA_TELEMETRY_ENABLED": "false", "TF_ENABLE_ONEDNN_OPTS": "0"}  # fmt: skip
    # Sized as bin/run sizes ours: one Rasa process on this machine.
    env.update(tf_threads.settings(os.cpu_count(), 1, env))
    print("  rasa init (trains the stock model) ...", flush=True)
    subprocess.run(
        [str(RASA), "init", "--no-prompt", "--init-dir", str(project)],
        cwd=work, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )  # fmt: skip
    port = free_port()
    started = time.monotonic()
    process = subprocess.Popen(
        [str(RASA), "run", "--model", "models", "--interface", "127.0.0.1", "--port", str(port)],
        cwd=project, env=env, stdout=private_log(work / "stock-rasa.log"),
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        startup = first_answer(url, started)
        yield Running(
            url, startup, rasa={"rasa_server": process.pid},
            description="rasa init's assistant: one Rasa process, trackers in memory",
        )  # fmt: skip
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

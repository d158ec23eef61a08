"""Starts the cluster in order, watches it, and stops it in the reverse order.

Order: PostgreSQL and Redis (unless ``DATABASE_URL`` and ``REDIS_URL`` point elsewhere), Rasa's
tables, the retention purge, the action servers and the replicas together (each replica loads
the model on its own), HAProxy, the review app. ``var/run/cluster.json`` lists every process
with its role, pid and port while they run.

A replica, an action server or the review app that dies is started again on its port (HAProxy
sends its traffic to the others meanwhile); one that keeps dying, or PostgreSQL, Redis or HAProxy
dying, stops the whole cluster.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

import httpx

from bot import tf_threads
from bot.cluster import haproxy
from bot.cluster.postgres import Postgres, default_folder
from bot.cluster.processes import Child, ChildFailed, free_port, wait_until
from bot.cluster.redis_server import RedisServer
from core import database, private

# Each of these is read from the environment when set, else kept in var/ as bin/run keeps them,
# so every replica, action server and the review app agree.
SECRETS = {
    "RASA_API_TOKEN": "rasa_api_token",
    "ACTION_SERVER_TOKEN": "action_server_token",
    "REST_CHANNEL_TOKEN": "rest_channel_token",
    "REVIEW_SECRET_KEY": "review_secret_key",
    "REDIS_SECRET_KEY": "redis_secret_key",
    "WEBCHAT_SECRET_KEY": "webchat_secret_key",
}
# Rasa's own pool is 50 connections and 100 more per process; each replica runs its queries
# on its event loop, one at a time, so a few are enough and PostgreSQL's limit stays small.
POOL_DEFAULTS = {"SQL_POOL_SIZE": "5", "SQL_MAX_OVERFLOW": "10"}
RESTARTABLE = frozenset({"rasa", "actions", "review"})
# A process that dies this many times within the window is not started again.
MAX_RESTARTS, RESTART_WINDOW_SECONDS = 5, 600
RASA_START_SECONDS = 300


class Cluster:
    """PostgreSQL, Redis, N Rasa replicas, the action servers, HAProxy and the review app."""

    def __init__(
        self,
        root: Path,
        var: Path,
        replicas: int,
        action_servers: int = 2,
        rasa_port: int | None = None,
        actions_port: int | None = None,
        review_port: int | None = None,
        stats_port: int | None = None,
        env: Mapping[str, str] | None = None,
        review: bool = True,
        purge: bool = True,
        postgres_folder: Path | None = None,
        durable: bool = True,
    ) -> None:
        if replicas < 1 or action_servers < 1:
            raise ValueError("a cluster needs at least one replica and one action server")
        self.root, self.var = root, var
        self.replicas, self.action_servers = replicas, action_servers
        self.rasa_port = rasa_port or free_port()
        self.actions_port = actions_port or free_port()
        self.review_port = review_port or free_port()
        self.stats_port = stats_port or free_port()
        self.with_review, self.purge, self.durable = review, purge, durable
        self.postgres_folder = postgres_folder
        self.env: dict[str, str] = {**os.environ, **(env or {})}
        self.children: list[Child] = []
        self.logs = var / "log"
        self.run_folder = var / "run"
        self.model = root / "models" / "victims.tar.gz"

    # --- what the tests and the operator look at ---------------------------------------------

    @property
    def url(self) -> str:
        """HAProxy's front for Rasa: what channels, bin/chat and the review app use."""
        return f"http://127.0.0.1:{self.rasa_port}"

    def of_role(self, role: str) -> list[Child]:
        return [child for child in self.children if child.role == role]

    def replica_urls(self) -> list[str]:
        return [f"http://127.0.0.1:{child.port}" for child in self.of_role("rasa")]

    @property
    def listing(self) -> Path:
        return self.run_folder / "cluster.json"

    # --- starting --------------------------------------------------------------------------------

    def _prepare_env(self) -> None:
        for name, file in SECRETS.items():
            if not self.env.get(name, "").strip():
                self.env[name] = private.secret_from(name, self.var / file)
        for name, value in POOL_DEFAULTS.items():
            self.env.setdefault(name, value)
        self.env.update(
            PYTHONPATH=str(self.root)
            + (os.pathsep + self.env["PYTHONPATH"] if self.env.get("PYTHONPATH") else ""),
            RASA_TELEMETRY_ENABLED="false",
            TF_CPP_MIN_LOG_LEVEL="2",
            TF_ENABLE_ONEDNN_OPTS="0",
            SANIC_HOST="127.0.0.1",
        )
        # Each replica's share of the cores, unless the operator set TensorFlow's threads.
        self.env.update(tf_threads.settings(os.cpu_count(), self.replicas, self.env))

    def _start(self, child: Child) -> Child:
        self.children.append(child.start())
        return child

    def _python(self, role: str, name: str, port: int, *args: str) -> Child:
        return Child(
            role=role, name=name, port=port, command=[sys.executable, "-m", *args],
            log=self.logs / f"{name}.log", env=self.env, cwd=self.root,
        )  # fmt: skip

    def _start_postgres(self) -> None:
        folder = self.postgres_folder or default_folder(self.var)
        postgres = Postgres(
            folder, self.var / "postgres_password", free_port(), self.logs / "postgres.log",
            max_connections=20 + 20 * self.replicas, durable=self.durable,
        )  # fmt: skip
        postgres.initdb()
        child = self._start(postgres.child())
        wait_until(postgres.ready, [child], 60)
        postgres.create_database()
        self.env["DATABASE_URL"] = postgres.url()

    def _start_redis(self) -> None:
        server = RedisServer(
            self.var / "redis", self.var / "redis_password", free_port(), self.logs / "redis.log"
        )
        child = self._start(server.child())
        wait_until(server.ready, [child], 20)
        self.env["REDIS_URL"] = server.url()

    def _create_tracker_tables(self) -> None:
        """Rasa's tables made once, before the replicas start: replicas creating them at the
        same moment collide, and Rasa then waits and tries again."""
        # Rasa's models use SQLAlchemy 1.4's API, which warns about 2.0 on import unless told.
        os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
        from rasa.core.tracker_store import SQLTrackerStore

        engine = database.engine(database.parse(self.env["DATABASE_URL"]))
        try:
            SQLTrackerStore.Base.metadata.create_all(engine)
        finally:
            engine.dispose()

    def _purge(self) -> None:
        subprocess.run(
            [sys.executable, "-m", "core.retention"], cwd=self.root, env=self.env, check=True
        )

    def _write_endpoints(self) -> Path:
        """var/endpoints.yml: actions through HAProxy, conversations in PostgreSQL, locks in
        Redis. It holds the database password: 0600 in the private var/."""
        path = self.var / "endpoints.yml"
        text = (self.root / "endpoints.yml").read_text(encoding="utf-8")
        text = text.replace("127.0.0.1:5055", f"127.0.0.1:{self.actions_port}")
        text = text.rstrip() + "\n\nlock_store:\n  type: bot.lock_store.AtomicRedisLockStore\n"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, private.FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        database.write_endpoints(path, database.parse(self.env["DATABASE_URL"]))
        return path

    def _rasa(self, number: int, port: int, endpoints: Path) -> Child:
        return self._python(
            "rasa", f"rasa-{number}", port, "bot.server", "run", "--model", str(self.model),
            "--endpoints", str(endpoints), "--credentials", str(self.root / "credentials.yml"),
            "--interface", "127.0.0.1", "--port", str(port), "--enable-api",
        )  # fmt: skip

    def start(self) -> Cluster:
        private.secure_var(self.var)
        self.run_folder.mkdir(mode=private.DIR_MODE, exist_ok=True)
        self._prepare_env()
        try:
            self._start_all()
        except BaseException:
            self.stop()
            raise
        return self

    def _start_all(self) -> None:
        if not self.env.get("DATABASE_URL"):
            self._start_postgres()
        if not self.env.get("REDIS_URL"):
            self._start_redis()
        self._create_tracker_tables()
        if self.purge:
            self._purge()
        endpoints = self._write_endpoints()
        actions = []
        for n in range(1, self.action_servers + 1):
            port = free_port()
            server = self._python(
                "actions", f"actions-{n}", port,
                "actions.server", "--actions", "actions", "--port", str(port),
            )  # fmt: skip
            actions.append(self._start(server))
        replicas = [
            self._start(self._rasa(n, free_port(), endpoints)) for n in range(1, self.replicas + 1)
        ]
        config = self.run_folder / "haproxy.cfg"
        config.write_text(
            haproxy.config(
                self.rasa_port,
                [(child.name, int(child.port or 0)) for child in replicas],
                self.actions_port,
                [(child.name, int(child.port or 0)) for child in actions],
                self.stats_port,
            )
        )
        complaint = haproxy.check(config)
        if complaint:
            raise RuntimeError(f"HAProxy refused its configuration:\n{complaint}")
        front = self._start(
            haproxy.child(config, self.logs / "haproxy.log", self.run_folder, self.rasa_port)
        )
        if self.with_review:
            review = self._python(
                "review", "review", self.review_port, "review", "serve",
                "--host", "127.0.0.1", "--port", str(self.review_port),
            )  # fmt: skip
            review.env = {**self.env, "RASA_URL": self.url}
            self._start(review)
        self.write_listing()
        for child in actions:
            wait_until(functools.partial(_answers, child, "/health"), [child, front], 60)
        for child in replicas:
            wait_until(functools.partial(_answers, child, "/"), [child, front], RASA_START_SECONDS)
        for child in replicas:
            self._check_model(child)
        wait_until(lambda: _answers_url(self.url + "/"), [front], 30)
        self.write_listing()

    def _check_model(self, child: Child) -> None:
        """Rasa answers even when it could not load the model: it then ignores every message."""
        status = httpx.get(
            f"http://127.0.0.1:{child.port}/status",
            params={"token": self.env["RASA_API_TOKEN"]},
            timeout=10,
        )
        if status.status_code != 200 or not status.json().get("model_id"):
            raise ChildFailed(child, "started without its model")

    def write_listing(self) -> None:
        listing = {
            "front": {
                "rasa": self.rasa_port,
                "actions": self.actions_port,
                "review": self.review_port if self.with_review else None,
                "haproxy_stats": self.stats_port,
            },
            "processes": [child.describe() for child in self.children],
        }
        staging = self.listing.with_suffix(".new")
        fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, private.FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(listing, handle, indent=2)
        os.replace(staging, self.listing)

    # --- running ---------------------------------------------------------------------------------

    def restart(self, child: Child) -> None:
        """Start a process that stopped again, on the same port."""
        child.stop()
        child.start()
        self.write_listing()

    def check_once(self) -> list[str]:
        """Start again what died and may be restarted; returns what happened, for the terminal.

        Raises ChildFailed when a process that cannot be restarted died, or one died too often.
        """
        happened = []
        now = time.monotonic()
        for child in self.children:
            if child.alive():
                continue
            if child.role not in RESTARTABLE:
                raise ChildFailed(child, "stopped")
            child.restarts = [t for t in child.restarts if now - t < RESTART_WINDOW_SECONDS]
            if len(child.restarts) >= MAX_RESTARTS:
                raise ChildFailed(child, f"stopped {MAX_RESTARTS} times in a few minutes")
            child.restarts.append(now)
            self.restart(child)
            happened.append(f"{child.name} stopped; started it again")
        return happened

    def supervise(self, stopping: Iterator[bool]) -> None:
        for stop in stopping:
            if stop:
                return
            for line in self.check_once():
                print(line, file=sys.stderr, flush=True)

    # --- stopping --------------------------------------------------------------------------------

    def stop(self) -> None:
        """Everything, the balancer first and the databases last."""
        order = ["haproxy", "review", "rasa", "actions", "redis", "postgres"]
        for role in order:
            for child in self.of_role(role):
                child.stop()
        self.listing.unlink(missing_ok=True)


def _answers(child: Child, path: str) -> bool:
    return _answers_url(f"http://127.0.0.1:{child.port}{path}")


def _answers_url(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False

"""A real redis-server for the Redis pieces (bot/shared_redis.py): one per test session, on a
free port of 127.0.0.1, keeping nothing on disk, emptied before each test.

A real PostgreSQL for the tracker store on ``DATABASE_URL`` (core/database.py): one throwaway
cluster per session, made by initdb in a temporary folder, listening on a free port of
127.0.0.1 and a socket folder of its own, with a password, removed at the end.

bin/test installs redis-server and postgresql when they are missing (bin/lib.sh,
``ensure_redis`` and ``ensure_postgres``).
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg2
import pytest
import redis
import sqlalchemy as sa

from bot import shared_redis
from core import datastore

SECRET = "a-test-secret-" + "0" * 40


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a redis-server started for this session and stopped at its end."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is missing: bin/test installs Debian's redis-server package")
    folder: Path = tmp_path_factory.mktemp("redis")
    port = _free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(folder),
         "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"redis://127.0.0.1:{port}/0"
    probe = redis.Redis.from_url(url, socket_timeout=1)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                probe.ping()
                break
            except redis.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("redis-server did not start")
                time.sleep(0.05)
        yield url
    finally:
        probe.close()
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def redis_url(redis_server: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """REDIS_URL set for this test, Redis empty, our records in a folder of the test's own."""
    monkeypatch.setenv("REDIS_URL", redis_server)
    monkeypatch.setenv("REDIS_SECRET_KEY", SECRET)
    monkeypatch.setenv("VICTIMS_RECORDS_DB", str(tmp_path / "records.db"))
    red = redis.Redis.from_url(redis_server)
    red.flushall()
    red.close()
    return redis_server


@pytest.fixture
def red(redis_url: str) -> Iterator[redis.Redis]:
    """A client of its own, to look at what the code under test left in Redis."""
    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


@pytest.fixture(autouse=True)
def _fresh_clients() -> Iterator[None]:
    # Each test's server URL and secret are read afresh, not from a cache of an earlier test.
    shared_redis._client_for.cache_clear()
    yield
    shared_redis._client_for.cache_clear()


# --- PostgreSQL ---------------------------------------------------------------------------------

PG_USER = "victims"
PG_DATABASE = "victims"


def _postgres_bindir() -> Path | None:
    """Where initdb, postgres and pg_ctl are: on PATH, or where Debian puts them."""
    found = shutil.which("initdb")
    candidates = [Path(found).resolve().parent] if found else []
    candidates += sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    for folder in candidates:
        if all((folder / name).exists() for name in ("initdb", "postgres", "pg_ctl")):
            return folder
    return None


def _as_postgres_user() -> dict[str, Any]:
    """subprocess arguments to run the server's programs as a user they accept.

    initdb and postgres refuse to run as root; as root they run as Debian's ``postgres`` user,
    with none of root's groups.
    """
    if os.geteuid() != 0:
        return {}
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("running as root needs the postgres user, which Debian's postgresql makes")
    return {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL (with its password) of a PostgreSQL cluster made for this session."""
    bindir = _postgres_bindir()
    if bindir is None:
        pytest.fail("PostgreSQL is missing: bin/test installs Debian's postgresql package")
    as_user = _as_postgres_user()
    # Not under pytest's own temporary folder: as root that is closed to the postgres user.
    folder = Path(tempfile.mkdtemp(prefix="victims-pg-", dir="/tmp" if as_user else None))
    password = secrets.token_urlsafe(16) + "@:/%$"
    (folder / "pwfile").write_text(password)
    if as_user:
        for path in (folder, folder / "pwfile"):
            os.chown(path, as_user["user"], as_user["group"])
    # The server's environment without PG* variables (a PGDATA or PGPORT of the caller's).
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    made = subprocess.run(
        [bindir / "initdb", "-D", folder / "data", "-U", PG_USER, "--pwfile", folder / "pwfile",
         "--auth", "scram-sha-256", "--encoding", "UTF8", "--no-locale", "--no-sync"],
        cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **as_user,
    )  # fmt: skip
    if made.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"initdb failed: {made.stderr.decode(errors='replace')}")
    (folder / "pwfile").unlink()
    port = _free_port()
    # fsync and the rest off: a cluster that lives for one test session need not survive a crash.
    log = open(folder / "server.log", "wb")  # noqa: SIM115 (closed after the server stops)
    process = subprocess.Popen(
        [bindir / "postgres", "-D", folder / "data", "-p", str(port),
         "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={folder}",
         "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
        cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT, **as_user,
    )  # fmt: skip
    try:
        login = {"host": "127.0.0.1", "port": port, "user": PG_USER, "password": password}
        deadline = time.monotonic() + 30
        while True:
            try:
                conn = psycopg2.connect(dbname="postgres", connect_timeout=1, **login)
                break
            except psycopg2.OperationalError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"PostgreSQL did not start; see {folder / 'server.log'}")
                time.sleep(0.05)
        conn.autocommit = True
        with conn.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE {PG_DATABASE}")
        conn.close()
        yield f"postgresql://{PG_USER}:{quote(password, safe='')}@127.0.0.1:{port}/{PG_DATABASE}"
    finally:
        # SIGINT is PostgreSQL's fast shutdown: clients are disconnected, not waited for.
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def database_url(
    postgres_server: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[str]:
    """DATABASE_URL set for this test, with no table left by an earlier one (Rasa's events,
    our records, the review app's); the SQLite records file in a folder of the test's own,
    pre-consent conversations in this process."""
    monkeypatch.setenv("DATABASE_URL", postgres_server)
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.setenv("VICTIMS_RECORDS_DB", str(tmp_path / "records.db"))
    engine = sa.create_engine(postgres_server, poolclass=sa.pool.NullPool)
    # Engines of an earlier test would believe our tables are still there.
    datastore.dispose_all()
    with engine.begin() as conn:
        left = sa.MetaData()
        left.reflect(conn)
        left.drop_all(conn)
    yield postgres_server
    datastore.dispose_all()
    engine.dispose()

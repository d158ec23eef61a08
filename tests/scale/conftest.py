"""A real redis-server for the Redis pieces (bot/shared_redis.py): one per test session, on a
free port of 127.0.0.1, keeping nothing on disk, emptied before each test.

bin/test installs redis-server when it is missing (bin/lib.sh, ``ensure_redis``).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from bot import shared_redis

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

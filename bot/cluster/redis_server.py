"""A redis-server for the replicas' locks, pre-consent conversations and seen ids.

It keeps nothing on disk (``save ""``, ``appendonly no``: the privacy notice promises nothing is
kept before consent, docs/deploy.md), listens on 127.0.0.1 only and asks for a password. The
settings, password included, go in through redis-server's standard input (``redis-server -``),
so the password is on no command line and in no configuration file; it is kept in
``var/redis_password`` (0600) for an operator's ``redis-cli``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import quote

import redis

from bot.cluster.postgres import kept_secret
from bot.cluster.processes import Child


class RedisMissing(RuntimeError):
    pass


def config(port: int, password: str, folder: Path) -> str:
    return "\n".join(
        [
            f"port {port}",
            "bind 127.0.0.1",
            "protected-mode yes",
            'save ""',
            "appendonly no",
            f"dir {folder}",
            "loglevel warning",
            f"requirepass {password}",
            "",
        ]
    )


class RedisServer:
    def __init__(self, folder: Path, password_file: Path, port: int, log: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RedisMissing("redis-server is missing")
        self.binary, self.folder, self.port, self.log = binary, folder, port, log
        self.password = kept_secret(password_file)

    def child(self) -> Child:
        # An empty folder of its own: with persistence off nothing is written there.
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return Child(
            role="redis", name="redis", port=self.port, command=[self.binary, "-"],
            log=self.log, env=dict(os.environ), cwd=self.folder,
            stdin=config(self.port, self.password, self.folder).encode(),
        )  # fmt: skip

    def url(self) -> str:
        return f"redis://:{quote(self.password, safe='')}@127.0.0.1:{self.port}/0"

    def ready(self) -> bool:
        client = redis.Redis.from_url(self.url(), socket_timeout=1, socket_connect_timeout=1)
        try:
            return bool(client.ping())
        except redis.RedisError:
            return False
        finally:
            client.close()

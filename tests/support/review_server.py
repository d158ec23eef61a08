"""The review app in its own process on a free port, and a browser-like client.

The app runs exactly as ``python -m review serve`` does, so the tests go through the same
middleware, cookies and headers as a worker's browser.
"""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.stack import free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class Server:
    url: str
    env: dict[str, str]
    log: Path
    work: Path
    # Script name -> sender id of the conversations a test module held with the bot.
    senders: dict[str, str] = field(default_factory=dict)

    def cli(
        self, *args: str, stdin: str = "", env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "review", *args],
            cwd=ROOT,
            env={**self.env, **(env or {})},
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
        )

    def add_user(self, name: str, role: str, password: str) -> None:
        done = self.cli("add-user", name, "--role", role, stdin=password + "\n")
        assert done.returncode == 0, done.stderr

    def client(self) -> Client:
        return Client(self.url)


@contextmanager
def running(
    work: Path,
    tracker_db: Path,
    records_db: Path,
    rasa_url: str = "http://127.0.0.1:9",
    rasa_token: str = "",
    **env_extra: str,
) -> Iterator[Server]:
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "REVIEW_SECRET_KEY": secrets.token_hex(32),
        "VICTIMS_TRACKER_DB": str(tracker_db),
        "VICTIMS_RECORDS_DB": str(records_db),
        "REVIEW_DB": str(work / "review.db"),
        "RASA_URL": rasa_url,
        "RASA_API_TOKEN": rasa_token,
        **env_extra,
    }
    log = work / f"review-{port}.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "review", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{url}/login", process, log, 60)
        yield Server(url, env, log, work)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


class Client:
    """A browser-like client: keeps cookies, fills in the CSRF token from the last page."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = httpx.Client(base_url=url, timeout=60, follow_redirects=False)
        self.csrf = ""

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        response = self.http.get(path, **kwargs)
        found = _CSRF.search(response.text)
        if found:
            self.csrf = found.group(1)
        return response

    def post(
        self, path: str, data: dict[str, Any] | None = None, csrf: bool = True
    ) -> httpx.Response:
        form = dict(data or {})
        if csrf:
            form.setdefault("csrf_token", self.csrf)
        return self.http.post(path, data=form)

    def login(self, name: str, password: str) -> httpx.Response:
        self.get("/login")
        return self.post("/login", {"name": name, "password": password})

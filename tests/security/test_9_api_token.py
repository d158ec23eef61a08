"""Item 9: no secret is on a command line, where `ps` shows it to every local user."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from bench.stack import ACTION_SERVER_TOKEN, API_TOKEN, MODEL, REST_TOKEN, ROOT
from tests.security.conftest import Target

pytestmark = [pytest.mark.e2e, pytest.mark.attack]


def every_command_line() -> str:
    lines = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                lines.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode())
            except OSError:
                continue
    return "\n".join(lines)


def test_ps_shows_no_secret_of_the_running_servers(target: Target):
    seen = every_command_line()
    assert "bot.server" in seen, "the servers' command lines are there to read"
    for secret in (API_TOKEN, ACTION_SERVER_TOKEN, REST_TOKEN):
        assert secret not in seen
    # The API still requires the token it was given through the environment.
    assert httpx.get(f"{target.url}/status", timeout=30).status_code == 401
    ok = httpx.get(f"{target.url}/status", params={"token": API_TOKEN}, timeout=30)
    assert ok.status_code == 200


def test_a_token_on_the_command_line_or_an_api_without_one_is_refused(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "RASA_API_TOKEN"}
    base = [sys.executable, "-m", "bot.server", "run", "--model", str(MODEL), "--port", "9"]
    for extra in (["--enable-api", "--auth-token", "x" * 40], ["--enable-api"]):
        done = subprocess.run(
            [*base, *extra], cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)},
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode != 0
        assert "RASA_API_TOKEN" in done.stderr

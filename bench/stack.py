"""Start, stop, pause and restart the action server and Rasa as bin/run does, on free ports.

Used by the benchmark and by the fault tests, which need servers of their own to kill and
restart (the shared ``bot`` test fixture keeps one stack for the whole test session).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import httpx

from bot import tf_threads
from core import private

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "victims.tar.gz"
RASA = Path(sys.executable).parent / "rasa"
# Test secrets, passed as bin/run passes them: in the environment, never on a command line.
API_TOKEN = "e2e-api-token-" + "0" * 32
ACTION_SERVER_TOKEN = "e2e-action-server-token-" + "1" * 32
REST_TOKEN = "e2e-rest-channel-token-" + "2" * 32
REST_HEADERS = {"Authorization": f"Bearer {REST_TOKEN}"}


def rest_conversation(sender: str) -> str:
    """The conversation id Rasa keeps for a REST ``sender`` (``bot/channels/rest``)."""
    return "rest:" + sender


def private_log(path: Path) -> IO[str]:
    """A log file only this user can read, as bin/run's ``umask 077`` makes them."""
    return open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


class Stack:
    """One action server and one Rasa server on free ports, with their own databases."""

    def __init__(self, work: Path, env: dict[str, str] | None = None) -> None:
        # As bin/run's umask 077: the stack's files (its endpoints, databases and logs) are
        # private whichever test, run alone, starts it first.
        private.use_private_umask()
        self.work = work
        work.mkdir(parents=True, exist_ok=True)
        self.rasa_port, self.actions_port = free_port(), free_port()
        self.tracker_db, self.records_db = work / "rasa.db", work / "records.db"
        self.endpoints = work / "endpoints.yml"
        self.endpoints.write_text(
            f'action_endpoint:\n  url: "http://127.0.0.1:{self.actions_port}/webhook"\n'
            "  headers:\n    Authorization: Bearer ${ACTION_SERVER_TOKEN}\n"
            "  enable_selective_domain: true\n"
            "tracker_store:\n  type: bot.tracker_store.ConsentAwareTrackerStore\n"
            f"  dialect: sqlite\n  db: {self.tracker_db}\n"
        )
        self.env = {
            **os.environ,
            "VICTIMS_RECORDS_DB": str(self.records_db),
            "SANIC_HOST": "127.0.0.1",
            "RASA_TELEMETRY_ENABLED": "false",
            # As bin/lib.sh sets it for bin/run.
            "TF_ENABLE_ONEDNN_OPTS": "0",
            "PYTHONPATH": str(ROOT),
            "RASA_API_TOKEN": API_TOKEN,
            "ACTION_SERVER_TOKEN": ACTION_SERVER_TOKEN,
            "REST_CHANNEL_TOKEN": REST_TOKEN,
            **(env or {}),
        }
        # As bin/run sizes TensorFlow's threads for its one Rasa process.
        self.env.update(tf_threads.settings(os.cpu_count(), 1, self.env))
        self.actions: subprocess.Popen | None = None
        self.rasa: subprocess.Popen | None = None
        self.url = f"http://127.0.0.1:{self.rasa_port}"
        self.logs: list[Path] = []

    def _log(self, name: str) -> Path:
        path = self.work / f"{name}-{len(self.logs)}.log"
        self.logs.append(path)
        return path

    def spawn_actions(self) -> Path:
        log = self._log("actions")
        command = [sys.executable, "-m", "actions.server", "--actions", "actions"]
        self.actions = subprocess.Popen(
            [*command, "--port", str(self.actions_port)],
            cwd=ROOT, env=self.env, stdout=private_log(log), stderr=subprocess.STDOUT,
        )  # fmt: skip
        return log

    def start_actions(self) -> None:
        log = self.spawn_actions()
        assert self.actions is not None
        wait_for(f"http://127.0.0.1:{self.actions_port}/health", self.actions, log, 60)

    def spawn_rasa(self) -> Path:
        log = self._log("rasa")
        self.rasa = subprocess.Popen(
            [
                sys.executable, "-m", "bot.server", "run", "--model", str(MODEL),
                "--endpoints", str(self.endpoints),
                "--credentials", str(ROOT / "credentials.yml"), "--interface", "127.0.0.1",
                "--port", str(self.rasa_port), "--enable-api",
            ],
            cwd=ROOT, env=self.env, stdout=private_log(log), stderr=subprocess.STDOUT,
        )  # fmt: skip
        return log

    def start_rasa(self) -> None:
        log = self.spawn_rasa()
        assert self.rasa is not None
        wait_for(f"{self.url}/", self.rasa, log, 180)

    def start(self) -> None:
        """Both servers at once, as bin/run starts them."""
        actions_log, rasa_log = self.spawn_actions(), self.spawn_rasa()
        assert self.actions is not None and self.rasa is not None
        wait_for(f"http://127.0.0.1:{self.actions_port}/health", self.actions, actions_log, 60)
        wait_for(f"{self.url}/", self.rasa, rasa_log, 180)

    @staticmethod
    def _stop(process: subprocess.Popen | None) -> None:
        if process is None or process.poll() is not None:
            return
        os.kill(process.pid, signal.SIGCONT)
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def stop_actions(self) -> None:
        self._stop(self.actions)

    def stop_rasa(self) -> None:
        self._stop(self.rasa)

    def pause_actions(self) -> None:
        """Freeze the action server: it accepts connections but never answers (a slow server)."""
        assert self.actions is not None
        os.kill(self.actions.pid, signal.SIGSTOP)

    def resume_actions(self) -> None:
        assert self.actions is not None
        os.kill(self.actions.pid, signal.SIGCONT)

    def stop(self) -> None:
        self.stop_rasa()
        self.stop_actions()

    def say(self, sender: str, text: str, timeout: float = 60) -> httpx.Response:
        """Post one message to the REST channel as a local tool does (with its token)."""
        return httpx.post(
            f"{self.url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            headers=REST_HEADERS,
            timeout=timeout,
        )

    def log_text(self) -> str:
        return "\n".join(path.read_text(errors="replace") for path in self.logs if path.exists())

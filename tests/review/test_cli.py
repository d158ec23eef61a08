"""The command line: no key, no app; no password, no account; purge reports its counts."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.support.review_server import ROOT


def run(
    tmp_path: Path, *args: str, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    full_env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "VICTIMS_TRACKER_DB": str(tmp_path / "rasa.db"),
        "VICTIMS_RECORDS_DB": str(tmp_path / "records.db"),
        "REVIEW_DB": str(tmp_path / "review.db"),
        **env,
    }
    if "REVIEW_SECRET_KEY" not in env:
        full_env.pop("REVIEW_SECRET_KEY", None)
    return subprocess.run(
        [sys.executable, "-m", "review", *args],
        cwd=ROOT,
        env=full_env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_serve_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    done = run(tmp_path, "serve", "--port", "1")
    assert done.returncode == 1 and "REVIEW_SECRET_KEY" in done.stderr
    done = run(tmp_path, "serve", "--port", "1", REVIEW_SECRET_KEY="short")
    assert done.returncode == 1


def test_add_user_needs_a_real_password(tmp_path: Path) -> None:
    assert run(tmp_path, "add-user", "kim", "--role", "worker", stdin="\n").returncode == 1
    done = run(tmp_path, "add-user", "kim", "--role", "worker", stdin="a long pass phrase\n")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(tmp_path / "review.db") as conn:
        stored = conn.execute("SELECT password_hash FROM users WHERE name = 'kim'").fetchone()[0]
        actions = [r[0] for r in conn.execute("SELECT action FROM audit")]
    assert stored.startswith("scrypt$") and "a long pass phrase" not in stored
    assert actions == ["user_created"]
    assert run(tmp_path, "add-user", "kim", "--role", "admin", stdin="x" * 20).returncode == 1


def test_purge_prints_counts_and_is_audited(tmp_path: Path) -> None:
    done = run(tmp_path, "purge", "--days", "90")
    assert done.returncode == 0, done.stderr
    assert "0 conversations, 0 events, 0 cases, 0 flags" in done.stdout
    with sqlite3.connect(tmp_path / "review.db") as conn:
        assert conn.execute("SELECT action, user FROM audit").fetchall() == [("purge", "cli")]

"""Item 4: nothing the service writes is readable by other local users, from any entry point,
and bin/run refuses a .env that others can read."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bench.stack import ROOT
from tests.security.conftest import Target, consented

pytestmark = [pytest.mark.attack]


def others_can_read(path: Path) -> bool:
    return bool(path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO))


def exposed(root: Path) -> list[str]:
    found = [str(root)] if others_can_read(root) else []
    for path in root.rglob("*"):
        if not path.is_symlink() and others_can_read(path):
            found.append(f"{path} {oct(path.stat().st_mode & 0o777)}")
    return found


def outside_env(cwd: Path) -> dict[str, str]:
    """An environment as a user's shell has it: a loose umask, nothing of the tests'."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VICTIMS_", "REVIEW_"))}
    return {**env, "PYTHONPATH": str(ROOT), "HOME": str(cwd)}


def run_loosely(command: list[str], cwd: Path, stdin: str = "") -> subprocess.CompletedProcess:
    # umask 022, as on most machines: anything the command makes is readable by all unless it
    # sees to it itself.
    return subprocess.run(
        ["sh", "-c", 'umask 022; exec "$@"', "sh", *command],
        cwd=cwd, env=outside_env(cwd), input=stdin, capture_output=True, text=True, timeout=180,
    )  # fmt: skip


@pytest.mark.e2e
def test_the_running_servers_databases_wal_files_and_logs_are_private(target: Target, sender):
    consented(target, sender)
    target.say(sender, "he's outside my door")
    work = target.stack.work
    # Our records open a connection per use (core/datastore.py), so their WAL file may be gone
    # again by now; Rasa keeps its connection, and with it a WAL file, while it runs.
    assert (work / "records.db").exists() and (work / "rasa.db-wal").exists()
    assert exposed(work) == []


def test_the_review_cli_and_the_purge_make_var_private(tmp_path):
    done = run_loosely(
        [sys.executable, "-m", "review", "add-user", "alex", "--role", "admin"],
        tmp_path, stdin="correct horse battery staple 42\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    purged = run_loosely([sys.executable, "-m", "core.retention", "--days", "90"], tmp_path)
    assert purged.returncode == 0, purged.stderr
    var = tmp_path / "var"
    assert (var / "review.db").exists() and (var / "records.db").exists()
    assert exposed(var) == []


def copy_of_bin(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "bin", root / "bin")
    # A stand-in virtualenv whose Python does nothing: whatever the scripts go on to do, they
    # install and start nothing, and the real .venv is never touched.
    python = root / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text("#!/bin/sh\nexit 0\n")
    python.chmod(0o755)
    return root


def test_bin_run_refuses_a_dot_env_that_others_can_read(tmp_path):
    root = copy_of_bin(tmp_path)
    env_file = root / ".env"
    env_file.write_text("TWILIO_AUTH_TOKEN=secret\n")
    env_file.chmod(0o644)
    try:
        done = subprocess.run(
            ["bash", str(root / "bin" / "run")], cwd=root, capture_output=True, text=True,
            timeout=60, start_new_session=True,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail("bin/run went on with a .env others can read")
    assert done.returncode != 0
    assert "chmod 600" in done.stderr
    assert not (root / "var").exists(), "it stopped before doing anything"


def test_bin_scripts_make_an_existing_var_private(tmp_path):
    root = copy_of_bin(tmp_path)
    var = root / "var"
    (var / "log").mkdir(parents=True)
    for name in ("rasa.db", "rasa.db-wal", "log/rasa.log", "rasa_api_token"):
        (var / name).write_text("x")
    for path in [var, var / "log", *var.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    done = subprocess.run(
        ["bash", "-c", f'source "{root}/bin/lib.sh" && secure_var'],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert exposed(var) == []

"""Item 10: erased and purged text is gone from the database files, not only from the tables."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bench.stack import ROOT
from tests.security.conftest import Target, consented, stored_bytes

pytestmark = [pytest.mark.e2e, pytest.mark.attack]


def test_delete_my_data_leaves_no_trace_in_the_files(target: Target, sender):
    canary = "wombatquill"
    consented(target, sender)
    target.say(sender, f"my neighbour {canary} broke into my flat")
    files = (target.stack.tracker_db, target.stack.records_db)
    assert canary.encode() in stored_bytes(*files), "the text was on disk"
    target.say(sender, "delete my data")
    target.say(sender, "yes")
    assert canary.encode() not in stored_bytes(*files)


def test_the_retention_purge_leaves_no_trace_in_the_files(target: Target, sender):
    canary = "numbatfern"
    consented(target, sender)
    target.say(sender, f"my brother {canary} hit me")
    files = (target.stack.tracker_db, target.stack.records_db)
    assert canary.encode() in stored_bytes(*files)
    done = subprocess.run(
        [sys.executable, "-m", "core.retention", "--days", "0",
         "--tracker-db", str(files[0]), "--records-db", str(files[1])],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert canary.encode() not in stored_bytes(*files)

"""The benchmark's short run works end to end, so the benchmark itself cannot rot."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bench.stack import ROOT

pytestmark = pytest.mark.e2e


def test_the_quick_benchmark_runs_and_loses_nothing(tmp_path):
    out = tmp_path / "bench.json"
    finished = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stdout[-3000:] + finished.stderr[-3000:]
    report = json.loads(out.read_text())
    assert "p95_ms" in finished.stdout and "nothing lost" in finished.stdout
    ours = report["ours"]
    assert ours["first_answer_s"] > 0
    assert ours["peak_rss_mb"]["rasa_server"] > 100
    assert ours["peak_rss_mb"]["action_server"] > 20
    for name, figures in ours["runs"].items():
        assert figures["messages"] > figures["people"], name
        assert figures["errors"] == 0, (name, figures["error_kinds"])
        assert figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"] <= figures["max_ms"]
        assert figures["completed_assessments"] >= 1, name
        lost = figures["nothing_lost"]
        assert lost["messages_checked"] == figures["messages"], name
        assert lost["missing"] == lost["duplicated"] == 0, (name, lost)
        assert lost["out_of_order_conversations"] == lost["completed_without_record"] == 0
    assert isinstance(report["targets_missed"], list)

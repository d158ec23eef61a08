"""The benchmark's short run works end to end, one process and the cluster of two replicas
(``bin/run --replicas 2``), so the benchmark itself cannot rot."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bench.stack import ROOT

pytestmark = pytest.mark.e2e


def test_the_quick_benchmark_runs_both_profiles_and_loses_nothing(tmp_path):
    out = tmp_path / "bench.json"
    finished = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--profiles", "single,cluster",
         "--replicas", "2", "--action-servers", "1", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stdout[-3000:] + finished.stderr[-3000:]
    report = json.loads(out.read_text())
    assert "| run | figure | single process | cluster (2 Rasa) |" in finished.stdout
    assert "Rasa CPU ms/msg" in finished.stdout and "load avg" in finished.stdout
    single, cluster = report["profiles"]["single"], report["profiles"]["cluster"]
    assert single["rasa_processes"] == ["rasa_server"]
    assert cluster["rasa_processes"] == ["rasa-1", "rasa-2"]
    assert single["peak_rss_mb"]["rasa_server"] > 100
    assert single["peak_rss_mb"]["action_server"] > 20
    assert all(cluster["peak_rss_mb"][name] > 100 for name in ("rasa-1", "rasa-2"))
    assert cluster["peak_rss_mb"]["postgres"] > 0 and cluster["peak_rss_mb"]["haproxy"] > 0
    for profile in (single, cluster):
        assert profile["first_answer_s"] > 0
        for name, figures in profile["runs"].items():
            assert figures["messages"] > figures["people"], name
            assert figures["errors"] == 0, (name, figures["error_kinds"])
            assert figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"] <= figures["max_ms"]
            assert figures["completed_assessments"] >= 1, name
            # Checked in SQLite for one process, in PostgreSQL for the cluster.
            lost = figures["nothing_lost"]
            assert lost["messages_checked"] == figures["messages"], name
            assert lost["missing"] == lost["duplicated"] == 0, (name, lost)
            assert lost["out_of_order_conversations"] == lost["completed_without_record"] == 0
            assert figures["cpu"]["rasa_ms_per_msg"] > 0, name
            assert figures["load_1min"]["max"] >= 0
    # HAProxy shared the messages between the replicas, and the CPU of both was counted.
    shares = cluster["runs"]["no think time"]["cpu"]["rasa_cpu_s_by_process"]
    assert sorted(shares) == ["rasa-1", "rasa-2"]
    assert min(shares.values()) >= 0.25 * sum(shares.values()), shares
    assert set(report["targets_missed"]) == {"single", "cluster"}

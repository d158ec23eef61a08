"""Load, latency and memory benchmark of the bot, beside a stock ``rasa init`` assistant.

    .venv/bin/python -m bench.run            # the full run (about 20 minutes on 2 cores)
    .venv/bin/python -m bench.run --quick    # a short version, used by one test in the suite

It trains the model from a clean folder (timed), starts the action server and Rasa as bin/run
does (SQLite, temporary databases), times the first answer, runs 1, 20 and 200 simulated
people and a no-think-time run, samples the servers' memory, and checks that nothing was lost.
The same harness then drives the stock assistant made by ``rasa init`` in a temporary folder.
Figures are printed and written to results/bench.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from bench.load import check_nothing_lost, run_load
from bench.stack import RASA, REST_HEADERS, ROOT, Stack, free_port, rss_bytes

# (people, think time in seconds); the targets are checked against these names.
FULL_SCENARIOS = {"1 person": (1, 2.0), "20 people": (20, 2.0), "200 people": (200, 5.0),
                  "no think time": (20, 0.0)}  # fmt: skip
QUICK_SCENARIOS = {"1 person": (1, 0.2), "3 people": (3, 0.2), "no think time": (3, 0.0)}
TARGETS = {
    "20 people": {"p95_ms": 250, "p50_ms": 100, "errors": 0},
    "200 people": {"p99_ms": 2000, "errors": 0},
}
MB = 1024 * 1024


class PeakMemory:
    """Samples the resident memory of processes (and their children) in a thread."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids, self.peak = pids, dict.fromkeys(pids, 0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.25):
            for name, pid in self.pids.items():
                self.peak[name] = max(self.peak[name], rss_bytes(pid))

    @contextmanager
    def watching(self) -> Iterator[PeakMemory]:
        self._thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            self._thread.join()

    def megabytes(self) -> dict[str, float]:
        return {name: round(value / MB, 1) for name, value in self.peak.items()}


def first_answer(url: str, started: float, timeout: float = 300) -> float:
    """Seconds from ``started`` until the bot answers a message."""
    while time.monotonic() - started < timeout:
        try:
            response = httpx.post(
                f"{url}/webhooks/rest/webhook",
                json={"sender": "bench-first-answer", "message": "hi"},
                headers=REST_HEADERS,
                timeout=30,
            )
            if response.status_code == 200 and response.json():
                return round(time.monotonic() - started, 1)
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"no answer within {timeout} s")


def train_from_clean(work: Path) -> float:
    """Train our model into an empty folder with an empty Rasa cache; return the seconds."""
    env = {**os.environ, "RASA_CACHE_DIRECTORY": str(work / "cache"),
           "RASA_TELEMETRY_ENABLED": "false"}  # fmt: skip
    started = time.monotonic()
    subprocess.run(
        [str(RASA), "train", "--config", "config.yml", "--domain", "bot/domain", "--data", "data",
         "--out", str(work / "models"), "--fixed-model-name", "bench", "--quiet"],
        cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )  # fmt: skip
    return round(time.monotonic() - started, 1)


def run_scenarios(url: str, scenarios: dict, seed: int, stock: bool, stack: Stack | None) -> dict:
    results = {}
    for name, (count, think) in scenarios.items():
        print(f"  {name}: {count} at once, think {think} s ...", flush=True)
        label = name.replace(" ", "-")
        figures, crowd = asyncio.run(run_load(url, count, think, seed, stock=stock, label=label))
        if stack is not None:
            figures["nothing_lost"] = check_nothing_lost(stack.tracker_db, stack.records_db, crowd)
        print(f"    {figures}", flush=True)
        results[name] = figures
    return results


def bench_ours(work: Path, scenarios: dict, seed: int) -> dict[str, Any]:
    stack = Stack(work / "ours")
    started = time.monotonic()
    stack.spawn_actions()
    stack.spawn_rasa()
    try:
        startup = first_answer(stack.url, started)
        assert stack.rasa is not None and stack.actions is not None
        memory = PeakMemory({"rasa_server": stack.rasa.pid, "action_server": stack.actions.pid})
        with memory.watching():
            results = run_scenarios(stack.url, scenarios, seed, stock=False, stack=stack)
        return {"first_answer_s": startup, "peak_rss_mb": memory.megabytes(), "runs": results}
    finally:
        stack.stop()


def bench_stock(work: Path, scenarios: dict, seed: int) -> dict[str, Any]:
    """The assistant ``rasa init`` makes (moodbot): no action server, in-memory tracker store."""
    project = work / "stock"
    project.mkdir()
    env = {**os.environ, "RASA_CACHE_DIRECTORY": str(work / "stock-cache"),
           "RASA_TELEMETRY_ENABLED": "false"}  # fmt: skip
    print("  rasa init (trains the stock model) ...", flush=True)
    subprocess.run(
        [str(RASA), "init", "--no-prompt", "--init-dir", str(project)],
        cwd=work, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )  # fmt: skip
    port = free_port()
    log = (work / "stock-rasa.log").open("w")
    started = time.monotonic()
    process = subprocess.Popen(
        [str(RASA), "run", "--model", "models", "--interface", "127.0.0.1", "--port", str(port)],
        cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        startup = first_answer(url, started)
        memory = PeakMemory({"rasa_server": process.pid})
        with memory.watching():
            results = run_scenarios(url, scenarios, seed, stock=True, stack=None)
        return {"first_answer_s": startup, "peak_rss_mb": memory.megabytes(), "runs": results}
    finally:
        process.terminate()
        process.wait(timeout=30)


def check_targets(report: dict[str, Any]) -> list[str]:
    """The issue's targets that this report misses (an empty list when all hold)."""
    ours, missed = report["ours"], []
    for scenario, limits in TARGETS.items():
        figures = ours["runs"].get(scenario)
        for key, limit in limits.items() if figures else ():
            if not figures[key] <= limit:
                missed.append(f"{scenario}: {key} {figures[key]} > {limit}")
    for name, figures in ours["runs"].items():
        lost = figures["nothing_lost"]
        if any(lost[k] for k in ("missing", "duplicated", "out_of_order_conversations",
                                  "completed_without_record")):  # fmt: skip
            missed.append(f"{name}: messages lost or duplicated {lost}")
    if ours["peak_rss_mb"]["rasa_server"] > 1536:
        missed.append(f"Rasa server RSS {ours['peak_rss_mb']['rasa_server']} MB > 1536 MB")
    if ours["peak_rss_mb"]["action_server"] > 250:
        missed.append(f"action server RSS {ours['peak_rss_mb']['action_server']} MB > 250 MB")
    if ours["first_answer_s"] > 45:
        missed.append(f"first answer after {ours['first_answer_s']} s > 45 s")
    training = report.get("training_s")
    if training is not None and training > 300:
        missed.append(f"training {training} s > 300 s")
    stock = report.get("stock")
    if stock and "no think time" in stock["runs"]:
        ratio = report["ratios"]["no think time"]["throughput_msg_s"]
        if ratio < 0.7:
            missed.append(f"no-think throughput {ratio} x stock < 0.7 x")
    return missed


def ratios(ours: dict, stock: dict) -> dict[str, dict[str, float | None]]:
    table = {}
    for name, figures in ours["runs"].items():
        theirs = stock["runs"].get(name, {})
        table[name] = {
            key: (round(figures[key] / theirs[key], 2) if theirs.get(key) else None)
            for key in ("p50_ms", "p95_ms", "p99_ms", "throughput_msg_s")
        }
    return table


def print_report(report: dict[str, Any]) -> None:
    columns = ("messages", "errors", "p50_ms", "p95_ms", "p99_ms", "max_ms", "throughput_msg_s")
    print(f"\n{'run':<16}{'bot':<7}" + "".join(f"{c:>18}" for c in columns))
    for name, figures in report["ours"]["runs"].items():
        rows = [("ours", figures)]
        if report.get("stock"):
            rows.append(("stock", report["stock"]["runs"][name]))
            rows.append(("ratio", report["ratios"][name]))
        for who, values in rows:
            cells = "".join(f"{'' if values.get(c) is None else values[c]!s:>18}" for c in columns)
            print(f"{name:<16}{who:<7}{cells}")
    for name, figures in report["ours"]["runs"].items():
        print(f"nothing lost, {name}: {figures['nothing_lost']}")
    print(
        f"first answer after start: ours {report['ours']['first_answer_s']} s"
        + (f", stock {report['stock']['first_answer_s']} s" if report.get("stock") else "")
    )
    print(
        f"peak RSS (MB): ours {report['ours']['peak_rss_mb']}"
        + (f", stock {report['stock']['peak_rss_mb']}" if report.get("stock") else "")
    )
    print(f"training from a clean model folder: {report.get('training_s', 'not measured')} s")
    missed = report["targets_missed"]
    print("targets: all met" if not missed else "targets missed:\n  " + "\n  ".join(missed))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a short run, no training or stock")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--no-training", action="store_true", help="skip the timed training")
    parser.add_argument("--no-stock", action="store_true", help="skip the stock assistant")
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "bench.json")
    args = parser.parse_args(argv)
    # The TensorFlow setting bin/run uses, for both assistants alike.
    os.environ["TF_ENABLE_ONEDNN_OPTS"] = "0"
    scenarios = QUICK_SCENARIOS if args.quick else FULL_SCENARIOS
    report: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
        "seed": args.seed,
        "quick": args.quick,
    }
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        if not (args.quick or args.no_training):
            print("Training from a clean model folder ...", flush=True)
            report["training_s"] = train_from_clean(work)
            print(f"  trained in {report['training_s']} s", flush=True)
        print("Our bot (action server + Rasa, SQLite) ...", flush=True)
        report["ours"] = bench_ours(work, scenarios, args.seed)
        print(f"  first answer {report['ours']['first_answer_s']} s, "
              f"peak RSS {report['ours']['peak_rss_mb']} MB", flush=True)  # fmt: skip
        if not (args.quick or args.no_stock):
            print("Stock rasa init assistant ...", flush=True)
            report["stock"] = bench_stock(work, scenarios, args.seed)
            report["ratios"] = ratios(report["ours"], report["stock"])
        shutil.rmtree(work / "ours", ignore_errors=True)
    report["targets_missed"] = check_targets(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    print_report(report)
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

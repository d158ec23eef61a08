"""Load, latency, CPU and memory benchmark of the bot, one process and several, beside a stock
``rasa init`` assistant.

    .venv/bin/python -m bench.run            # the full run (about 30 minutes on 2 cores)
    .venv/bin/python -m bench.run --quick    # a short version, used by one test in the suite
    .venv/bin/python -m bench.run --no-training --profiles single,cluster --replicas 2

It trains the model from a clean folder (timed), then starts each profile (``bench/profiles.py``):
the action server and Rasa as bin/run does (SQLite, temporary databases), the cluster
``bin/run --replicas N`` starts (PostgreSQL, Redis, HAProxy, N replicas), and the stock
assistant ``rasa init`` makes. For each it times the first answer, runs 1, 20 and 200
simulated people and a no-think-time run, measures the Rasa processes' CPU per message and the
machine's load (which may be shared: ``bench/measure.py``), samples memory, and checks that
nothing was lost. The profiles are printed side by side and written to results/bench.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import profiles, report
from bench.load import check_nothing_lost, run_load
from bench.measure import CpuMeter, Sampler, haproxy_changes, haproxy_counters, load_average
from bench.profiles import PROFILES, Running
from bench.stack import RASA, ROOT

# (people, think time in seconds); the targets are checked against these names.
FULL_SCENARIOS = {"1 person": (1, 2.0), "20 people": (20, 2.0), "200 people": (200, 5.0),
                  "no think time": (20, 0.0)}  # fmt: skip
QUICK_SCENARIOS = {"1 person": (1, 0.2), "3 people": (3, 0.2), "no think time": (3, 0.0)}


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


def run_scenarios(running: Running, scenarios: dict, seed: int) -> tuple[dict, dict[str, float]]:
    """Every scenario against one started profile; the figures, and the peak memory in MB."""
    results, peak = {}, {}
    pids = {**running.rasa, **running.other}
    for name, (count, think) in scenarios.items():
        print(f"  {name}: {count} at once, think {think} s ...", flush=True)
        label = name.replace(" ", "-")
        meter = CpuMeter(running.rasa, running.other.values())
        load_at_start = load_average()
        sampler = Sampler(pids)
        stats = running.haproxy_stats
        counters = haproxy_counters(stats) if stats else {}
        with sampler.watching():
            figures, crowd = asyncio.run(
                run_load(running.url, count, think, seed, stock=running.stock, label=label)
            )
        answered = figures["messages"] - figures["errors"]
        figures["cpu"] = report.cpu_figures(meter.usage(), answered)
        figures["load_1min"] = {
            "start": load_at_start,
            "max": max(sampler.loads, default=load_at_start),
            "mean": round(sum(sampler.loads) / len(sampler.loads), 2) if sampler.loads else None,
        }
        if stats:
            # Replicas taken out of the rotation by their health check, and HAProxy's 5xx.
            figures["haproxy"] = haproxy_changes(counters, haproxy_counters(stats), "rasa")
        for process, megabytes in sampler.megabytes().items():
            peak[process] = max(peak.get(process, 0.0), megabytes)
        if running.stores is not None:
            figures["nothing_lost"] = check_nothing_lost(*running.stores, crowd)
        print(f"    {figures}", flush=True)
        results[name] = figures
    return results, peak


def bench_profile(
    name: str, work: Path, scenarios: dict, seed: int, replicas: int, action_servers: int
) -> dict[str, Any]:
    starters = {
        "single": lambda: profiles.single(work),
        "cluster": lambda: profiles.cluster(work, replicas, action_servers),
        "stock": lambda: profiles.stock(work),
    }
    with starters[name]() as running:
        print(f"  first answer {running.first_answer_s} s", flush=True)
        runs, peak = run_scenarios(running, scenarios, seed)
        result: dict[str, Any] = {
            "description": running.description,
            "first_answer_s": running.first_answer_s,
            "rasa_processes": sorted(running.rasa),
            "peak_rss_mb": peak,
            "runs": runs,
        }
    target = runs.get(report.CAPACITY_SCENARIO)
    if target is not None and name != "stock":
        people, think = target["people"], target["think_s"]
        result["capacity"] = report.capacity(target["cpu"]["service_ms_per_msg"], people, think)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a short run, no training or stock")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--no-training", action="store_true", help="skip the timed training")
    parser.add_argument(
        "--profiles",
        help=f"comma-separated, in order, from {','.join(PROFILES)} "
        "(default: all three; single with --quick)",
    )
    parser.add_argument("--no-stock", action="store_true", help="leave out the stock assistant")
    parser.add_argument("--replicas", type=int, default=2, help="Rasa replicas in the cluster")
    parser.add_argument("--action-servers", type=int, default=2, help="in the cluster")
    parser.add_argument(
        "--scenarios",
        help="comma-separated names of runs to keep, e.g. '200 people' (default: all)",
    )
    parser.add_argument(
        "--crowd",
        action="append",
        metavar="PEOPLE:THINK",
        help="a run of its own, e.g. 130:5 for 130 people at 5 s think time (repeatable; "
        "without --scenarios, only these)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "bench.json")
    args = parser.parse_args(argv)
    chosen = (args.profiles or ("single" if args.quick else ",".join(PROFILES))).split(",")
    chosen = [p.strip() for p in chosen if p.strip() and not (args.no_stock and p == "stock")]
    unknown = sorted(set(chosen) - set(PROFILES))
    if unknown or not chosen:
        parser.error(f"--profiles takes some of {', '.join(PROFILES)}")
    if args.replicas < 1 or args.action_servers < 1:
        parser.error("--replicas and --action-servers need at least 1")
    # The TensorFlow setting bin/run uses, for every profile alike.
    os.environ["TF_ENABLE_ONEDNN_OPTS"] = "0"
    scenarios = dict(QUICK_SCENARIOS if args.quick else FULL_SCENARIOS)
    if args.crowd and not args.scenarios:
        scenarios = {}  # only the crowds asked for
    if args.scenarios:
        wanted = [name.strip() for name in args.scenarios.split(",") if name.strip()]
        if not wanted or set(wanted) - set(scenarios):
            parser.error(f"--scenarios takes some of: {', '.join(scenarios)}")
        scenarios = {name: scenarios[name] for name in wanted}
    for crowd in args.crowd or ():
        try:
            people, think = crowd.split(":")
            scenarios[f"{int(people)} people, {float(think)} s"] = (int(people), float(think))
        except ValueError:
            parser.error(f"--crowd takes PEOPLE:THINK, e.g. 130:5, not {crowd!r}")
    result: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
        "seed": args.seed,
        "quick": args.quick,
        "profiles": {},
    }
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        if not (args.quick or args.no_training):
            print("Training from a clean model folder ...", flush=True)
            result["training_s"] = train_from_clean(work)
            print(f"  trained in {result['training_s']} s", flush=True)
        for name in chosen:
            print(f"Profile {name} ...", flush=True)
            result["profiles"][name] = bench_profile(
                name, work, scenarios, args.seed, args.replicas, args.action_servers
            )
    result["targets_missed"] = report.check_targets(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print()
    print(report.table(result))
    print()
    print("\n".join(report.summary(result)))
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The review app at scale (issue 13): how fast the queue and a case page answer with many
conversations stored.

    .venv/bin/python -m bench.review_bench --conversations 100000

Generates the conversations (``bench/review_data.py``) into a temporary folder, builds the
queue's index once as the app does when it starts (timed on its own), starts the app as the
tests do (``python -m review serve``, real HTTP), signs in as a worker and asks, one request
at a time, for the queue's first page, a page in the middle, filtered views and random case
pages. Prints p50, p95 and the slowest time of each against the target (p95 at most 300 ms),
and writes them to results/review_bench.json. A transcript search reads every message, so it
is timed apart, a few times, with no target.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench import review_data
from bench.stack import ROOT
from review import queue_index, store
from review.viewmodels import QUEUE_PAGE_SIZE
from tests.support import review_server

TARGET_P95_MS = 300.0
WORKER = ("bench-worker", "Bench worker pass phrase 1")
# Filtered views a worker uses, taken in turn.
FILTERS = (
    {"status": "in_progress"},
    {"flag": "human"},
    {"channel": "sms", "category": "vulnerable"},
    {"borough": "hackney"},
)
SEARCH_TERM = "broke into my flat"


@dataclass(frozen=True)
class Timing:
    requests: int
    p50_ms: float
    p95_ms: float
    max_ms: float

    @property
    def met(self) -> bool:
        return self.p95_ms <= TARGET_P95_MS


@dataclass(frozen=True)
class Result:
    conversations: int
    events: int
    generate_s: float
    index_build_s: float
    timings: dict[str, Timing]
    search: Timing | None

    def as_dict(self) -> dict[str, Any]:
        found = asdict(self)
        found["target_p95_ms"] = TARGET_P95_MS
        return found


def _timing(samples: list[float]) -> Timing:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return Timing(
        len(ordered),
        round(statistics.median(ordered) * 1000, 1),
        round(p95 * 1000, 1),
        round(ordered[-1] * 1000, 1),
    )


def run(
    conversations: int,
    requests: int = 100,
    searches: int = 3,
    seed: int = 13,
    folder: Path | None = None,
    log: Callable[[str], None] = print,
) -> Result:
    """Generate, start, measure; ``requests`` of each kind of page."""
    with tempfile.TemporaryDirectory(prefix="review-bench-", dir=folder) as tmp:
        work = Path(tmp)
        data = review_data.generate(work / "data", conversations, seed)
        log(
            f"Generated {data.conversations:,} conversations ({data.events:,} events, "
            f"{data.cases:,} cases) in {data.seconds:.1f} s"
        )
        began = time.monotonic()
        store.ensure_sender_index(str(data.tracker_db))
        queue_index.sync(
            store.tracker_db(str(data.tracker_db)), store.records_db(str(data.records_db))
        )
        built = time.monotonic() - began
        log(f"Built the queue's index in {built:.1f} s")
        keys = _keys(data.records_db)
        with review_server.running(work, data.tracker_db, data.records_db) as server:
            server.add_user(WORKER[0], "worker", WORKER[1])
            client = server.client()
            assert client.login(*WORKER).status_code == 302, "signed in"
            timings, search = _measure(client, keys, requests, searches, random.Random(seed))
    return Result(data.conversations, data.events, data.seconds, built, timings, search)


def _keys(records_db: Path) -> list[str]:
    with sqlite3.connect(records_db) as conn:
        return [row[0] for row in conn.execute("SELECT key FROM review_keys ORDER BY key")]


def _measure(
    client: review_server.Client,
    keys: list[str],
    requests: int,
    searches: int,
    rng: random.Random,
) -> tuple[dict[str, Timing], Timing | None]:
    def timed(path: str, params: dict[str, Any] | None = None) -> tuple[float, str]:
        began = time.perf_counter()
        response = client.get(path, params=params)
        elapsed = time.perf_counter() - began
        assert response.status_code == 200, (path, params, response.status_code)
        return elapsed, response.text

    first = timed("/queue")[1]  # also warms the templates
    found = re.search(r"of ([\d,]+) conversations", first)
    pages = -(-int(found.group(1).replace(",", "")) // QUEUE_PAGE_SIZE) if found else 1
    middle = {"page": max(1, pages // 2)}
    kinds: dict[str, Callable[[int], tuple[str, dict[str, Any] | None]]] = {
        "queue, first page": lambda n: ("/queue", None),
        "queue, middle page": lambda n: ("/queue", middle),
        "queue, filtered": lambda n: ("/queue", FILTERS[n % len(FILTERS)]),
        "case page": lambda n: (f"/case/{rng.choice(keys)}", None),
    }
    samples: dict[str, list[float]] = {kind: [] for kind in kinds}
    # Interleaved, so that no kind of page has the machine to itself or the caches warm.
    for n in range(requests):
        for kind, ask in kinds.items():
            samples[kind].append(timed(*ask(n))[0])
    search = [timed("/queue", {"q": SEARCH_TERM})[0] for _ in range(searches)]
    timings = {kind: _timing(found) for kind, found in samples.items()}
    return timings, _timing(search) if search else None


def report(result: Result, log: Callable[[str], None] = print) -> None:
    log(f"\n{'page':<22} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  target")
    for kind, timing in result.timings.items():
        verdict = "met" if timing.met else "MISSED"
        log(
            f"{kind:<22} {timing.requests:>8} {timing.p50_ms:>8} {timing.p95_ms:>8} "
            f"{timing.max_ms:>8}  p95 <= {TARGET_P95_MS:.0f} ms: {verdict}"
        )
    if result.search:
        s = result.search
        log(
            f"{'transcript search':<22} {s.requests:>8} {s.p50_ms:>8} {s.p95_ms:>8} "
            f"{s.max_ms:>8}  (no target: reads every message)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=100, help="of each kind of page")
    parser.add_argument("--searches", type=int, default=3)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--dir", type=Path, default=None, help="where the temporary folder goes")
    args = parser.parse_args(argv)
    result = run(args.conversations, args.requests, args.searches, args.seed, args.dir)
    report(result)
    out = ROOT / "results" / "review_bench.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result.as_dict(), indent=2))
    print(f"\nWritten to {out.relative_to(ROOT)}")
    return 0 if all(t.met for t in result.timings.values()) else 1


if __name__ == "__main__":
    sys.exit(main())

"""The queue and a case page answer in at most 300 ms at p95 with many conversations stored
(issue 13), over HTTP against the app in its own process, with ``bench/review_bench.py``.

The issue's figure is 100,000 conversations; generating them and building the queue's index
takes longer than this test may (a minute on this project's 2-core machine), so the test runs
``CONVERSATIONS`` and the benchmark the full number (docs/benchmark.md). Also here: the queue's
page links over HTTP.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from bench import review_bench, review_data
from tests.support import review_server

CONVERSATIONS = 20_000
REQUESTS = 60
WORKER = ("wendy", "W long pass phrase 1")


def test_queue_and_case_pages_answer_within_300_ms_at_p95(tmp_path: Path) -> None:
    lines: list[str] = []
    result = review_bench.run(
        CONVERSATIONS, requests=REQUESTS, searches=0, folder=tmp_path, log=lines.append
    )
    review_bench.report(result, lines.append)
    print("\n".join(lines))
    assert set(result.timings) == {
        "queue, first page",
        "queue, middle page",
        "queue, filtered",
        "case page",
    }
    for kind, timing in result.timings.items():
        assert timing.requests == REQUESTS
        assert timing.p95_ms <= review_bench.TARGET_P95_MS, (kind, timing)


def _hrefs(page: str, rel: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(rf'href="([^"]+)" rel="{rel}"', page)]


def test_the_queue_is_paged_with_links_that_keep_the_filters(tmp_path: Path) -> None:
    data = review_data.generate(tmp_path / "data", 130, seed=3)
    with review_server.running(tmp_path, data.tracker_db, data.records_db) as server:
        server.add_user(*WORKER[:1], "worker", WORKER[1])
        client = server.client()
        assert client.login(*WORKER).status_code == 302
        first = client.get("/queue").text
        assert "Showing 1 to 50 of 130 conversations." in first
        assert first.count('href="/case/') == 50
        assert 'aria-label="Pages of the queue"' in first
        assert 'aria-current="page">1</a>' in first and 'aria-label="Page 3"' in first
        assert _hrefs(first, "next") == ["/queue?page=2"] and not _hrefs(first, "prev")
        last = client.get("/queue", params={"page": "3"}).text
        assert "Showing 101 to 130 of 130 conversations." in last
        assert _hrefs(last, "prev") == ["/queue?page=2"] and not _hrefs(last, "next")
        assert "Showing 101 to 130" in client.get("/queue", params={"page": "99"}).text
        assert "Showing 1 to 50" in client.get("/queue", params={"page": "-1"}).text
        assert "Showing 1 to 50" in client.get("/queue", params={"page": "x"}).text
        everyone = set()
        for page in ("1", "2", "3"):
            found = re.findall(
                r'href="/case/([^"/]+)"', client.get("/queue", params={"page": page}).text
            )
            everyone |= set(found)
        assert len(everyone) == 130, "each conversation on one page"
        filtered = client.get("/queue", params={"status": "new", "flag": ""}).text
        matched = re.search(r"of (\d+) matching conversations \(130 in all\)", filtered)
        assert matched and 50 < int(matched.group(1)) < 130
        assert _hrefs(filtered, "next") == ["/queue?status=new&page=2"]

"""The benchmark's arithmetic (bench/report.py) and its readings of /proc (bench/measure.py)."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import time

from bench import measure, report
from bench.load import check_nothing_lost, sqlite_url
from bench.people import Person
from bench.stack import rest_conversation


def test_cpu_per_message_and_cores_busy():
    usage = measure.Usage(
        rasa_s=4.0, other_s=1.0, client_s=0.5, machine_s=8.0, wall_s=4.0,
        rasa_by_process={"rasa-1": 2.5, "rasa-2": 1.5},
    )  # fmt: skip
    figures = report.cpu_figures(usage, answered=100)
    assert figures["rasa_ms_per_msg"] == 40.0
    assert figures["other_ms_per_msg"] == 10.0
    assert figures["service_ms_per_msg"] == 50.0
    assert figures["rasa_cores"] == 1.0
    # 8 CPU seconds in 4 s, of which ours and the load generator 5.5: 2.5 s by others.
    assert figures["foreign_cores"] == 0.62
    assert figures["rasa_cpu_s_by_process"] == {"rasa-1": 2.5, "rasa-2": 1.5}
    assert report.cpu_figures(usage, answered=0)["rasa_ms_per_msg"] is None


def test_what_a_core_serves_and_what_200_people_need():
    room = report.capacity(50.0, people=200, think_s=5.0)
    assert room["msg_s_per_core"] == 20.0
    assert room["people_per_core"] == 100
    assert room["demand_msg_s"] == 40.0
    assert room["cores_needed"] == 2.0
    assert report.capacity(None, 200, 5.0) == {}


def _run(p99: float, lost: int = 0, throughput: float = 10.0) -> dict:
    return {
        "people": 200, "think_s": 5.0, "messages": 100, "errors": 0, "p50_ms": 10.0,
        "p95_ms": 20.0, "p99_ms": p99, "max_ms": p99, "throughput_msg_s": throughput,
        "nothing_lost": {"messages_checked": 100, "missing": lost, "duplicated": 0,
                         "out_of_order_conversations": 0, "completed_without_record": 0},
        "cpu": {"rasa_ms_per_msg": 40.0, "rasa_cores": 1.0, "other_ms_per_msg": 5.0,
                "foreign_cores": 0.3},
        "load_1min": {"start": 1.5, "max": 2.5},
    }  # fmt: skip


def _profile(rasa: list[str], runs: dict) -> dict:
    return {
        "description": "x", "first_answer_s": 20.0, "rasa_processes": rasa,
        "peak_rss_mb": {name: 1000.0 for name in rasa}, "runs": runs,
    }  # fmt: skip


def test_targets_are_checked_for_each_profile_of_ours():
    result = {
        "profiles": {
            "single": _profile(["rasa_server"], {"200 people": _run(8000.0)}),
            "cluster": _profile(["rasa-1", "rasa-2"], {"200 people": _run(1500.0, lost=1)}),
            "stock": _profile(["rasa_server"], {"200 people": _run(9000.0)}),
        }
    }
    missed = report.check_targets(result)
    assert set(missed) == {"single", "cluster"}
    assert missed["single"] == ["200 people: p99_ms 8000.0 > 2000"]
    assert len(missed["cluster"]) == 1 and "lost or duplicated" in missed["cluster"][0]


def test_the_table_puts_the_profiles_side_by_side():
    result = {
        "profiles": {
            "single": _profile(["rasa_server"], {"200 people": _run(8000.0)}),
            "cluster": _profile(["rasa-1", "rasa-2"], {"200 people": _run(1500.0)}),
        },
        "targets_missed": {},
    }
    lines = report.table(result).splitlines()
    assert lines[0] == "| run | figure | single process | cluster (2 Rasa) |"
    assert "| 200 people | p50 / p95 / p99 ms | 10.0 / 20.0 / 8,000.0 | " in lines[2]
    assert "| 1.5 / 2.5 | 1.5 / 2.5 |" in "\n".join(lines)
    assert "0 of 100" in "\n".join(lines)


def test_cpu_time_of_this_process_is_read_from_proc():
    before = measure.tree_ticks([os.getpid()])
    started = time.process_time()
    while time.process_time() - started < 0.3:
        pass
    used = measure.cpu_seconds(before, measure.tree_ticks([os.getpid()]))
    assert 0.2 <= used <= 1.0
    # A process gone since the first snapshot is not counted; a new one counts from zero.
    assert measure.cpu_seconds({1: 50, 2: 10}, {2: 30, 3: 20}) == 40 / measure.TICKS_PER_SECOND
    assert 0 <= measure.load_average()
    assert measure.machine_busy_seconds() > 0


def test_haproxy_changes_are_counted_by_server_of_one_proxy():
    before = {"rasa/rasa-1": {"chkdown": 1, "hrsp_5xx": 0}, "rasa/FRONTEND": {"hrsp_5xx": 2}}
    after = {
        "rasa/rasa-1": {"chkdown": 3, "hrsp_5xx": 0},
        "rasa/rasa-2": {"chkdown": 1, "hrsp_5xx": 0},
        "rasa/FRONTEND": {"hrsp_5xx": 7},
        "actions/actions-1": {"chkdown": 4, "hrsp_5xx": 0},
    }
    changes = measure.haproxy_changes(before, after, "rasa")
    assert changes == {
        "rasa-1": {"chkdown": 2, "hrsp_5xx": 0},
        "rasa-2": {"chkdown": 1, "hrsp_5xx": 0},
        "FRONTEND": {"hrsp_5xx": 5},
    }
    assert report._haproxy(changes) == "3 / 5"


def test_a_message_answered_by_an_error_is_told_apart_from_a_lost_one(tmp_path):
    tracker, records = tmp_path / "rasa.db", tmp_path / "records.db"
    with sqlite3.connect(tracker) as db:
        db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id, type_name, data)")
        for sender, texts in {"a": ["hi", "yes"], "b": ["hi"], "c": ["hi", "ok"]}.items():
            for text in texts:
                db.execute(
                    "INSERT INTO events (sender_id, type_name, data) VALUES (?, 'user', ?)",
                    [rest_conversation(sender), json.dumps({"text": text})],
                )
    with sqlite3.connect(records) as db:
        db.execute("CREATE TABLE cases (sender_id, case_reference)")
    crowd = [
        Person("a", random.Random(1), None, sent=["hi", "yes"], gave_up=True),  # stored, no answer
        Person("b", random.Random(1), None, sent=["hi", "no"], gave_up=True),  # never delivered
        Person("c", random.Random(1), None, sent=["hi", "ok", "34"]),  # answered, then lost
    ]
    lost = check_nothing_lost(sqlite_url(tracker), sqlite_url(records), crowd)
    assert lost["unanswered_stored"] == lost["unanswered_not_stored"] == 1
    assert lost["missing"] == 1 and lost["duplicated"] == 0
    assert report.nothing_lost_text({"nothing_lost": lost}) == (
        "1 of 7 (and 2 answered by an error: 1 of them stored)"
    )


def test_the_stock_script_goes_on_after_a_silent_reply_and_stops_on_a_failure():
    import asyncio

    import httpx

    from bench.load import Tally, _script
    from bench.people import stock_script

    def run(failing_at: int) -> tuple[int, Tally]:
        seen: list[str] = []

        def reply(request: httpx.Request) -> httpx.Response:
            seen.append(json.loads(request.content)["message"])
            if len(seen) == failing_at:
                return httpx.Response(500)
            # Every other message the stock assistant says nothing, as it sometimes does.
            return httpx.Response(200, json=[] if len(seen) % 2 else [{"text": "ok"}])

        tally = Tally()

        async def go() -> None:
            async with httpx.AsyncClient(transport=httpx.MockTransport(reply)) as client:
                await _script(client, "http://stock/webhook", "s", 7, 0.0, tally)

        asyncio.run(go())
        return len(seen), tally

    sent, tally = run(failing_at=0)
    assert sent == len(stock_script(7))
    assert tally.errors == []
    sent, tally = run(failing_at=3)
    assert sent == 3
    assert tally.errors == ["HTTP 500"]

"""The queue's index (review/queue_index.py) gives the queue the old one gave: the same
conversations in the same order under every filter, whatever changed since it last looked.

The old queue, built in Python from every event and record on each view, is kept here as the
oracle (``oracle``); the indexed one is read a page at a time (``indexed``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bench import review_data
from core import records
from review import casework, conversations, queue_index, store, triage, viewmodels
from review.conversations import Summary
from tests.support.tracker_rows import asked_for_a_person, said, slot, write_events

FILTERS = [
    triage.Filters(),
    *(triage.Filters(status=s) for s in casework.STATUSES),
    *(triage.Filters(flag=f) for f in ("in_danger", "self_harm", "human", "made_up")),
    *(triage.Filters(channel=c) for c in ("sms", "webchat", "telegram", "rest", "twilio")),
    triage.Filters(category="vulnerable"),
    triage.Filters(category="intimidated", channel="sms"),
    triage.Filters(borough="Hackney"),
    triage.Filters(borough="camden", status="new"),
    triage.Filters(date_from="2026-11-01"),
    triage.Filters(date_to="2026-10-15"),
    triage.Filters(date_from="2026-10-01", date_to="2026-10-31", flag="human"),
    triage.Filters(date_from="not a date"),
]
SEARCHES = ["broke into my flat", "MUGGED", "no such words anywhere", "100%_sure"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> review_data.Dataset:
    return review_data.generate(tmp_path_factory.mktemp("generated"), 400, seed=7)


@pytest.fixture()
def stores(
    generated: review_data.Dataset, tmp_path: Path
) -> Iterator[tuple[Path, store.Tracker, records.Records]]:
    """A copy of the generated conversations for each test, with two more."""
    paths = {}
    for source in (generated.tracker_db, generated.records_db):
        paths[source] = tmp_path / source.name
        with sqlite3.connect(source) as src, sqlite3.connect(paths[source]) as copy:
            src.backup(copy)
    tracker_path = paths[generated.tracker_db]
    db = store.records_db(str(paths[generated.records_db]))
    # A case whose conversation's events were purged first, and one written by hand.
    records.save_case(
        db,
        sender_id="+447700900911",
        channel="twilio",
        answers={"borough": "hackney", "crime_type": "theft"},
        categories=["vulnerable"],
        reasons=[],
        referrals=[],
        contact={"referral_consent": True, "contact_safe": True},
    )
    write_events(
        tracker_path,
        "restarted",
        [slot("borough", "camden"), {"event": "restart"}, said("hello", "webchat")],
    )
    yield tracker_path, store.tracker_db(str(tracker_path)), db


def _timestamp(iso: str | None) -> float:
    return datetime.fromisoformat(iso).timestamp() if iso else 0.0


def oracle(
    tracker: store.Tracker,
    db: records.Records,
    filters: triage.Filters = triage.Filters(),  # noqa: B008
    matches: set[str] | None = None,
) -> list[tuple[Any, ...]]:
    """The queue as review/viewmodels.py built it before the index: every conversation read
    from every event and record, then filtered and ordered by ``triage``."""
    rows = old_rows(tracker, db)
    return [_seen(r) for r in triage.order(r for r in rows if triage.keep(r, filters, matches))]


def old_rows(tracker: store.Tracker, db: records.Records) -> list[triage.Row]:
    summaries = {s.sender_id: s for s in conversations.summaries(tracker)}
    cases = {row["sender_id"]: row for row in records.cases_of(db)}
    for sender_id, case in cases.items():
        if sender_id not in summaries:
            created, updated = _timestamp(case["created_at"]), _timestamp(case["updated_at"])
            summaries[sender_id] = Summary(sender_id, created, updated, 0, case["channel"])
    flags: dict[str, list[str]] = {}
    for row in records.flags_of(db):
        if row["flag"] not in flags.setdefault(row["sender_id"], []):
            flags[row["sender_id"]].append(row["flag"])
    states = casework.states(db)
    return [
        triage.Row(
            sender_id=sender_id,
            key="",
            summary=summary,
            state=states.get(sender_id, casework.CaseState()),
            case=cases.get(sender_id),
            flags=flags.get(sender_id, []),
        )
        for sender_id, summary in summaries.items()
    ]


def indexed(
    tracker: store.Tracker,
    db: records.Records,
    filters: triage.Filters = triage.Filters(),  # noqa: B008
    matches: set[str] | None = None,
    per_page: int = 100,
) -> list[tuple[Any, ...]]:
    """Every page of the indexed queue, one after the other."""
    shown: list[tuple[Any, ...]] = []
    page = 1
    while True:
        found = viewmodels.queue_page(tracker, db, filters, matches, page, per_page)
        shown += [_seen(row) for row in found.rows]
        if found.page >= found.pages:
            return shown
        page += 1


def _seen(row: triage.Row) -> tuple[Any, ...]:
    """What the queue shows of a row and sorts it by."""
    return (
        row.sender_id,
        row.group,
        row.summary.first,
        row.summary.last,
        row.summary.user_messages,
        row.channel,
        tuple(row.categories),
        row.crime_type,
        row.borough,
        row.referral_wanted,
        tuple(row.flags),
        row.state.status,
        row.state.assigned_to,
        bool(row.state.referrals_sent),
        row.summary.slots.get("case_reference"),
        row.summary.waiting_for_person,
    )


def same_queue(tracker: store.Tracker, db: records.Records) -> None:
    rows = old_rows(tracker, db)
    for filters in FILTERS:
        expected = [
            _seen(r) for r in triage.order(r for r in rows if triage.keep(r, filters, None))
        ]
        assert indexed(tracker, db, filters) == expected, filters


def test_every_filter_gives_the_old_queue(stores: Any) -> None:
    _, tracker, db = stores
    same_queue(tracker, db)
    everything = oracle(tracker, db)
    assert len(everything) == 402
    assert indexed(tracker, db, per_page=37) == everything
    assert {row[1] for row in everything} == set(triage.GROUP_LABELS), "every group is there"
    for term in SEARCHES:
        matches = conversations.search(tracker, term)
        filters = triage.Filters(q=term)
        assert indexed(tracker, db, filters, matches) == oracle(tracker, db, filters, matches)


def test_pages_follow_one_another_and_a_page_too_far_is_the_last(stores: Any) -> None:
    _, tracker, db = stores
    filters = triage.Filters(channel="sms")
    first = viewmodels.queue_page(tracker, db, filters, None, 1, per_page=20)
    assert first.first_shown == 1 and first.last_shown == 20 and first.previous_href is None
    assert first.next_href == "/queue?channel=sms&page=2"
    last = viewmodels.queue_page(tracker, db, filters, None, 10_000, per_page=20)
    assert last.page == last.pages and last.next_href is None
    assert last.last_shown == last.matched
    middle = viewmodels.queue_page(tracker, db, filters, None, 4, per_page=20)
    numbers = [link.number for link in middle.links]
    assert numbers[:5] == [1, None, 3, 4, 5] and numbers[-1] == middle.pages
    assert [link.current for link in middle.links if link.number == 4] == [True]
    one = viewmodels.queue_page(tracker, db, triage.Filters(flag="nothing"), None, 1)
    assert (one.rows, one.pages, one.matched, one.total) == ([], 1, 0, 402)


def test_new_events_and_records_are_picked_up(stores: Any) -> None:
    path, tracker, db = stores
    same_queue(tracker, db)
    senders = [row[0] for row in oracle(tracker, db)]
    # A conversation asks for a person; another restarts; a new one starts; one is restarted
    # and then tells its borough again.
    write_events(path, senders[-1], asked_for_a_person("telegram"))
    write_events(path, senders[-2], [{"event": "restart"}, said("start again", "sms")])
    write_events(path, "brand-new", [said("hi", "webchat"), slot("borough", "Lambeth")])
    write_events(path, "restarted", [slot("borough", "Hackney"), slot("handoff", "worker")])
    same_queue(tracker, db)
    # Workers and the bot write records.
    records.raise_flag(db, senders[-3], "in_danger")
    casework.set_status(db, senders[-4], "closed", "amy")
    casework.assign(db, senders[-5], "amy", "amy")
    casework.record_referral_sent(
        db,
        senders[0],
        organisation="victim-support-supportline",
        sent_on="2026-11-28",
        method="phone",
        by="amy",
        known_organisations=["victim-support-supportline"],
    )
    records.save_case(
        db,
        sender_id=senders[-6],
        channel="sms",
        answers={"borough": "barnet"},
        categories=["intimidated"],
        reasons=[],
        referrals=[],
        contact={"referral_consent": True, "contact_safe": True},
    )
    records.save_case(
        db,
        sender_id="only-a-case",
        channel="rest",
        answers={},
        categories=[],
        reasons=[],
        referrals=[],
        contact={},
    )
    same_queue(tracker, db)
    keys = {row[0] for row in run(db, "SELECT sender_id FROM review_keys")}
    assert {"brand-new", "only-a-case"} <= keys, "every listed conversation has its key"


def run(db: records.Records, statement: str) -> list[list[Any]]:
    """A statement on the records, committed; its rows, if any."""
    with db.engine.begin() as conn:
        result = conn.exec_driver_sql(statement)
        return [list(row) for row in result] if result.returns_rows else []


def newest_event(tracker: store.Tracker) -> int:
    with tracker.connect() as conn:
        return int(conn.exec_driver_sql("SELECT MAX(id) FROM events").scalar())


def _erase(path: Path, db: records.Records, sender_id: str) -> None:
    """As the bot does on request: our records first, then Rasa's events."""
    records.erase(db, sender_id)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM events WHERE sender_id = ?", [sender_id])


def test_an_erasure_of_the_newest_events_whose_ids_come_back(stores: Any) -> None:
    path, tracker, db = stores
    write_events(path, "to-erase", [said("delete my data", "sms"), slot("borough", "Brent")])
    same_queue(tracker, db)
    newest = newest_event(tracker)
    _erase(path, db, "to-erase")
    # SQLite gives the erased events' ids to the next ones.
    write_events(path, "after", [said("hi", "sms"), slot("borough", "Ealing"), said("x", "sms")])
    assert newest_event(tracker) == newest + 1
    same_queue(tracker, db)
    assert "to-erase" not in {row[0] for row in run(db, "SELECT * FROM review_queue")}


def test_a_purge_of_old_cases_and_flags_alone(stores: Any) -> None:
    _, tracker, db = stores
    same_queue(tracker, db)
    run(db, "DELETE FROM cases WHERE rowid % 3 = 0")
    run(db, "DELETE FROM flags WHERE id % 2 = 0")
    run(db, "DELETE FROM review_status WHERE rowid % 2 = 0")
    same_queue(tracker, db)


def test_another_tracker_file_is_read_from_scratch(stores: Any, tmp_path: Path) -> None:
    _, tracker, db = stores
    same_queue(tracker, db)
    other = tmp_path / "other.db"
    write_events(other, "someone-else", asked_for_a_person("sms"))
    other_tracker = store.tracker_db(str(other))
    same_queue(other_tracker, db)
    assert next(row[0] for row in indexed(other_tracker, db)) == "someone-else"
    empty = store.tracker_db(str(tmp_path / "missing.db"))
    same_queue(empty, db)


def test_a_conversation_erased_as_it_is_synced_leaves_nothing(stores: Any) -> None:
    path, tracker, db = stores
    same_queue(tracker, db)
    write_events(path, "racing", [said("delete my data", "sms"), slot("borough", "Brent")])
    # The erasure's first half (our records) runs before the sync reads the new events, the
    # second (Rasa's events) after.
    records.erase(db, "racing")
    queue_index.sync(tracker, db)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM events WHERE sender_id = ?", ["racing"])
    same_queue(tracker, db)
    for table in ("review_queue", "review_keys"):
        rows = run(db, f"SELECT 1 FROM {table} WHERE sender_id = 'racing'")
        assert not rows, table


def test_the_index_holds_no_message_text(stores: Any) -> None:
    path, tracker, db = stores
    write_events(path, "words", [said("a very particular sentence", "sms")])
    queue_index.sync(tracker, db)
    dumped = json.dumps(run(db, "SELECT * FROM review_queue"))
    dumped += json.dumps(run(db, "SELECT * FROM review_queue_sync"))
    assert "particular sentence" not in dumped and "broke into my flat" not in dumped


def test_a_case_page_reads_only_its_own_conversation_by_index(stores: Any) -> None:
    _, tracker, db = stores
    sender_id = oracle(tracker, db)[0][0]
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    sa.event.listen(tracker, "before_cursor_execute", record)
    try:
        view = viewmodels.load_case(tracker, db, sender_id)
    finally:
        sa.event.remove(tracker, "before_cursor_execute", record)
    assert view is not None and view.turns
    reads = [(s, p) for s, p in statements if "FROM events" in s and "sqlite_master" not in s]
    assert reads
    with tracker.connect() as conn:
        for statement, parameters in reads:
            found = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            plan = " ".join(row[3] for row in found)
            assert "SCAN" not in plan.replace("SCAN CONSTANT ROW", ""), (statement, plan)

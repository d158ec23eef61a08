"""The queue's index: one row per conversation in ``review_queue`` (records DB), holding what
the queue sorts and filters on, so that a page of the queue is one indexed query.

The queue used to read every event of every conversation on each view, so each view took
longer as the tracker store grew, whichever page or filter was asked for.

A row holds, from Rasa's tracker store, what ``conversations.summaries`` gives (first and last
event time, user messages, the latest channel) with only the slots the queue reads
(``QUEUE_SLOTS``); and, worked out by ``triage``'s own functions from that and from our records
(case, flags, status, referrals sent), the urgency group, the sort key and the values each
filter compares. The rules stay in ``triage``; SQL only compares what they produced.

``sync`` brings the rows up to date; the queue runs it before each page, and the app once when
it starts (the first run reads every event, later runs only what changed):

* Events: Rasa only appends, so the events after the last one seen are folded in. An erasure
  can delete the newest events and SQLite then gives their ids to new ones; so a few earlier
  events are kept as anchors (id and time), and when one is gone the conversations after the
  newest anchor still in place are rebuilt from their own events. With no anchor in place (the
  tracker file was replaced), every row is rebuilt.
* Records: for each table, its row count and newest id or time. Rows added or changed since
  are found by those. When a table lost rows other than with a whole conversation (a purge of
  old cases and flags), the rows that counted them are found by their counts and recomputed.
* ``review_queue`` has a ``sender_id`` column, so ``core.records.erase`` and the purge delete a
  conversation's row with it. An erasure running while a sync reads the conversation's last
  events could leave a row behind, so conversations synced in the last minutes are checked
  again at each sync and dropped when neither events nor a case remain.

Every conversation gets its review key when its row is made, as the queue always gave them.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa

from core import datastore, records
from core.datastore import CASES, FLAGS
from review import triage
from review.casework import CaseState
from review.conversations import Summary
from review.store import (
    REVIEW_KEYS,
    REVIEW_QUEUE,
    REVIEW_QUEUE_SYNC,
    REVIEW_REFERRALS_SENT,
    REVIEW_STATUS,
    Tracker,
    has_events,
    json_text,
)

# The slots the queue's rows and rules read (triage.Row, Summary, queue.html).
QUEUE_SLOTS = (
    "waiting_for_person",
    "handoff",
    "referral_consent",
    "contact_safe",
    "enhanced_categories",
    "crime_type",
    "borough",
    "case_reference",
)
# How far back from the newest event seen the anchors sit: an erasure takes one conversation's
# events, so anchors a thousand events back are almost always someone else's.
ANCHOR_DISTANCES = (0, 10, 100, 1000, 10_000, 100_000)
# How long a synced conversation is checked again for a concurrent erasure.
RECHECK_SECONDS = 600
# SQLite's default limit on bound values, with room to spare.
_BATCH = 500

_SLOT_NAMES = ", ".join(f"'{name}'" for name in QUEUE_SLOTS)
_COLUMNS = (
    "sender_id, events, first, last, user_messages, seen_channel, slots, grp, sort_key, "
    "status, channel, borough, categories, flags, first_day, last_day, "
    "n_cases, n_flags, n_status, n_sent"
)
# Conversations seen by a recent sync, per records connection: id -> {sender_id: when}.
_recent: dict[int, dict[str, float]] = {}


# The records tables a row depends on: table -> (the table, its changed-at column), and the
# row's column counting that table's rows about the conversation.
_SOURCES = {
    "cases": (CASES, "updated_at"),
    "flags": (FLAGS, None),
    "review_status": (REVIEW_STATUS, "updated_at"),
    "review_referrals_sent": (REVIEW_REFERRALS_SENT, None),
}
_COUNTED = {
    "cases": "n_cases",
    "flags": "n_flags",
    "review_status": "n_status",
    "review_referrals_sent": "n_sent",
}


@dataclass
class _Summary:
    """A conversation's part of a row that comes from Rasa's events."""

    first: float | None = None
    last: float | None = None
    user_messages: int = 0
    last_user_event: int | None = None
    channel: str | None = None
    slots: dict[str, Any] = field(default_factory=dict)
    # A restart among these events cleared the slots set before them.
    restarted: bool = False

    def slot_event(self, name: str | None, value: Any) -> None:
        if name is None:
            self.slots, self.restarted = {}, True
        else:
            self.slots[name] = value

    def add(self, later: _Summary) -> None:
        """Fold in what later events say, as if they had been read with these."""
        if later.first is not None and (self.first is None or later.first < self.first):
            self.first = later.first
        if later.last is not None and (self.last is None or later.last > self.last):
            self.last = later.last
        self.user_messages += later.user_messages
        if later.last_user_event is not None:
            self.last_user_event, self.channel = later.last_user_event, later.channel
        self.slots = later.slots if later.restarted else {**self.slots, **later.slots}


@dataclass
class _Records:
    """A conversation's part of a row that comes from our records."""

    case: dict[str, Any] | None = None
    flags: list[str] = field(default_factory=list)
    status: str = "new"
    assigned_to: str | None = None
    referral_sent: bool = False
    # How many rows of each source table the row was made from (see _changed_records).
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_SOURCES, 0))


@dataclass
class _State:
    version: int = 0
    last_event: int = 0
    anchors: list[tuple[int, float | None]] = field(default_factory=list)
    fingerprints: dict[str, list[Any]] = field(default_factory=dict)


def sync(tracker: Tracker, db: records.Records) -> None:
    """Bring ``review_queue`` up to date with the tracker store and the records."""
    with db.engine.connect() as conn:
        _sync(tracker, db, conn)


def _sync(tracker: Tracker, db: records.Records, conn: sa.engine.Connection) -> None:
    state = _load_state(conn)
    # sender_id -> its summary from events, or None when it has no events any more.
    summaries: dict[str, _Summary | None] = {}
    replace_all = False
    newest, anchors = 0, []
    if has_events(tracker):
        with tracker.connect() as events:
            newest = events.execute(sa.text("SELECT MAX(id) FROM events")).scalar() or 0
            anchors = _anchors(events, newest)
            valid = _newest_valid_anchor(events, state)
            if valid is None:
                replace_all = True
                summaries.update(_summarise(events, "id <= :newest", {"newest": newest}))
            elif valid < state.last_event:
                rebuilt = _senders_after(events, valid, newest)
                summaries.update(dict.fromkeys(rebuilt))
                summaries.update(_summarise_senders(events, rebuilt))
            elif newest > state.last_event:
                summaries.update(_fold(conn, events, state.last_event, newest))
            recent = _recent_senders(db) - set(summaries)
            summaries.update(dict.fromkeys(_vanished(events, recent)))
    elif state.last_event:
        replace_all = True  # no events table any more: the rows keep what the cases say

    fingerprints = _fingerprints(conn, db)
    changed = _changed_records(conn, db, state, fingerprints)
    nothing_new = not summaries and changed is not None and not changed
    if nothing_new and not replace_all and newest == state.last_event:
        return
    wanted = None if replace_all or changed is None else set(summaries) | changed
    rows, gone = _rows(conn, db, summaries, wanted, replace_all)

    with conn.begin() as transaction:
        _lock_for_writing(conn)
        current = conn.execute(sa.select(REVIEW_QUEUE_SYNC.c.version)).scalar()
        if (current or 0) != state.version:
            # Another process synced meanwhile: what was read here may be out of date.
            transaction.rollback()
            return
        if replace_all:
            conn.execute(sa.delete(REVIEW_QUEUE))
        _write(conn, rows, gone)
        state.version += 1
        state.last_event, state.anchors, state.fingerprints = newest, anchors, fingerprints
        _save_state(conn, state)
    _remember(db, summaries)


def _lock_for_writing(conn: sa.engine.Connection) -> None:
    """Take the write lock at once, so the version read next stays the latest until commit."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("LOCK TABLE review_queue_sync IN SHARE ROW EXCLUSIVE MODE")


def _load_state(conn: sa.engine.Connection) -> _State:
    sync_state = REVIEW_QUEUE_SYNC.c
    row = conn.execute(
        sa.select(
            sync_state.version, sync_state.last_event, sync_state.anchors, sync_state.fingerprints
        )
    ).first()
    if row is None:
        return _State()
    anchors = [(int(a), t) for a, t in json.loads(row[2])]
    return _State(row[0], row[1], anchors, json.loads(row[3]))


def _save_state(conn: sa.engine.Connection, state: _State) -> None:
    row = {
        "id": 1,
        "version": state.version,
        "last_event": state.last_event,
        "anchors": json.dumps(state.anchors),
        "fingerprints": json.dumps(state.fingerprints),
    }
    datastore.upsert(conn, REVIEW_QUEUE_SYNC, row, ["id"])


def _anchors(events: sa.engine.Connection, newest: int) -> list[tuple[int, float | None]]:
    found = []
    for distance in ANCHOR_DISTANCES:
        row = events.execute(
            sa.text("SELECT id, timestamp FROM events WHERE id <= :id ORDER BY id DESC LIMIT 1"),
            {"id": newest - distance},
        ).first()
        if row and (row[0], row[1]) not in found:
            found.append((row[0], row[1]))
    return found


def _newest_valid_anchor(events: sa.engine.Connection, state: _State) -> int | None:
    """The newest anchor still in place (0 before the first sync), None when none is."""
    if not state.anchors:
        return 0 if not state.last_event else None
    for anchor, timestamp in state.anchors:
        row = events.execute(
            sa.text("SELECT timestamp FROM events WHERE id = :id"), {"id": anchor}
        ).first()
        if row is not None and row[0] == timestamp:
            return anchor
    return None


def _senders_after(events: sa.engine.Connection, after: int, newest: int) -> set[str]:
    return set(
        events.execute(
            sa.text("SELECT DISTINCT sender_id FROM events WHERE id > :after AND id <= :newest"),
            {"after": after, "newest": newest},
        ).scalars()
    )


def _in(db: Any, column: str, param: str) -> str:
    """SQL for ``column`` being one of the JSON list given as ``param``: one bound value, so
    a list of any length fits (SQLite limits how many values a statement binds)."""
    if db.dialect.name == "postgresql":
        return f"{column} IN (SELECT json_array_elements_text(CAST(:{param} AS json)))"
    return f"{column} IN (SELECT value FROM json_each(:{param}))"


def _batches(values: Iterable[Any]) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for value in values:
        batch.append(value)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _summarise_senders(events: sa.engine.Connection, sender_ids: set[str]) -> dict[str, _Summary]:
    """The summaries of all the events of these conversations."""
    summaries: dict[str, _Summary] = {}
    for batch in _batches(sorted(sender_ids)):
        summaries.update(_summarise(events, "sender_id IN :senders", {"senders": batch}))
    return summaries


def _events_query(sql: str, params: dict[str, Any]) -> sa.sql.elements.TextClause:
    query = sa.text(sql)
    for name, value in params.items():
        if isinstance(value, list):
            query = query.bindparams(sa.bindparam(name, expanding=True))
    return query


def _summarise(
    events: sa.engine.Connection, where: str, params: dict[str, Any]
) -> dict[str, _Summary]:
    """Each conversation's summary of the events ``where`` picks: all of a conversation's
    events, or those after the last sync."""
    summaries: dict[str, _Summary] = {}
    for sender_id, first, last, users, last_user in events.execute(
        _events_query(
            "SELECT sender_id, MIN(timestamp), MAX(timestamp), "
            "SUM(CASE WHEN type_name = 'user' THEN 1 ELSE 0 END), "
            f"MAX(CASE WHEN type_name = 'user' THEN id END) FROM events WHERE {where} "
            "GROUP BY sender_id",
            params,
        ),
        params,
    ):
        summaries[sender_id] = _Summary(first, last, users or 0, last_user)
    by_event = {s.last_user_event: s for s in summaries.values() if s.last_user_event}
    channel = json_text(events, "data", "input_channel")
    for batch in _batches(by_event):
        for event_id, input_channel in events.execute(
            _events_query(f"SELECT id, {channel} FROM events WHERE id IN :ids", {"ids": batch}),
            {"ids": batch},
        ):
            by_event[event_id].channel = input_channel
    for sender_id, type_name, data in events.execute(
        _events_query(
            f"SELECT sender_id, type_name, data FROM events WHERE ({where}) AND "
            f"(type_name = 'restart' OR (type_name = 'slot' AND action_name IN ({_SLOT_NAMES})))"
            " ORDER BY id",
            params,
        ),
        params,
    ):
        if type_name == "restart":
            summaries[sender_id].slot_event(None, None)
        else:
            event = json.loads(data)
            summaries[sender_id].slot_event(event.get("name"), event.get("value"))
    return summaries


def _fold(
    conn: sa.engine.Connection, events: sa.engine.Connection, after: int, newest: int
) -> dict[str, _Summary]:
    """The stored summaries of the conversations with events after ``after``, with those
    events folded in."""
    later = _summarise(events, "id > :after AND id <= :newest", {"after": after, "newest": newest})
    summaries = _stored_summaries(conn, later)
    for sender_id, addition in later.items():
        summaries.setdefault(sender_id, _Summary()).add(addition)
    return summaries


def _vanished(events: sa.engine.Connection, sender_ids: set[str]) -> list[str]:
    """Those of ``sender_ids`` with no event left."""
    query = sa.text("SELECT 1 FROM events WHERE sender_id = :sender LIMIT 1")
    return [
        sender_id
        for sender_id in sender_ids
        if events.execute(query, {"sender": sender_id}).first() is None
    ]


def _stored_summaries(conn: sa.engine.Connection, sender_ids: Iterable[str]) -> dict[str, _Summary]:
    queue = REVIEW_QUEUE.c
    found = {}
    for batch in _batches(sender_ids):
        for sender_id, first, last, users, channel, slots in conn.execute(
            sa.select(
                queue.sender_id, queue.first, queue.last, queue.user_messages,
                queue.seen_channel, queue.slots,
            ).where(queue.events == 1, queue.sender_id.in_(batch))
        ):  # fmt: skip
            # The stored channel stands until a later user message brings its own.
            found[sender_id] = _Summary(first, last, users, None, channel, json.loads(slots))
    return found


def _fingerprints(conn: sa.engine.Connection, db: records.Records) -> dict[str, list[Any]]:
    """For each table a row depends on: its row count, its newest row and latest change."""
    found = {}
    for name, (table, changed) in _SOURCES.items():
        newest = _newest_column(db, table)
        # Apart, each is read from an index or the table's end; together they read the table.
        found[name] = [
            conn.execute(sa.select(sa.func.count()).select_from(table)).scalar(),
            None
            if newest is None
            else conn.execute(sa.select(sa.func.max(newest)).select_from(table)).scalar(),
            conn.execute(sa.select(sa.func.max(table.c[changed]))).scalar() if changed else None,
        ]
    return found


def _newest_column(db: records.Records, table: sa.Table) -> Any:
    """The column that grows with each new row: the id, else SQLite's rowid. Without either
    (cases and statuses on PostgreSQL), new rows are found by their time and count alone."""
    if "id" in table.c:
        return table.c.id
    return sa.literal_column("rowid") if db.engine.dialect.name == "sqlite" else None


def _changed_records(
    conn: sa.engine.Connection, db: records.Records, state: _State, now: dict[str, list[Any]]
) -> set[str] | None:
    """Conversations whose records changed since the last sync (None: every one, the first
    time).

    New rows are found by id, changed ones by their time. Rows deleted with a whole
    conversation (an erasure, a purge) took its queue row with them; when other rows went
    too (a purge of old cases and flags), the rows whose count of that table's rows no longer
    holds are the ones to recompute.
    """
    changed: set[str] = set()
    for name, (table, changed_at) in _SOURCES.items():
        before = state.fingerprints.get(name)
        if before == now[name]:
            continue
        if before is None:
            return None
        count, top, latest = before
        newest = _newest_column(db, table)
        added = []
        if newest is not None:
            added = list(
                conn.execute(sa.select(table.c.sender_id).where(newest > (top or 0))).scalars()
            )
        changed.update(added)
        if changed_at and latest is not None:
            since = sa.select(table.c.sender_id).where(table.c[changed_at] >= latest)
            changed.update(conn.execute(since).scalars())
        if now[name][0] != count + len(added):
            queue = REVIEW_QUEUE.c
            rows_now = (
                sa.select(sa.func.count())
                .select_from(table)
                .where(table.c.sender_id == queue.sender_id)
                .scalar_subquery()
            )
            miscounted = sa.select(queue.sender_id).where(queue[_COUNTED[name]] != rows_now)
            changed.update(conn.execute(miscounted).scalars())
    return changed


def _recent_senders(db: records.Records) -> set[str]:
    """Conversations that were active when a sync in the last minutes read them."""
    seen = _recent.setdefault(id(db.engine), {})
    cutoff = time.monotonic() - RECHECK_SECONDS
    for sender_id in [s for s, at in seen.items() if at < cutoff]:
        del seen[sender_id]
    return set(seen)


def _remember(db: records.Records, summaries: dict[str, _Summary | None]) -> None:
    seen = _recent.setdefault(id(db.engine), {})
    now, active = time.monotonic(), time.time() - RECHECK_SECONDS
    for sender_id, summary in summaries.items():
        if summary is None:
            seen.pop(sender_id, None)  # gone, and its row with it
        elif (summary.last or 0) > active:
            # Only a conversation active now can be in the middle of being erased.
            seen[sender_id] = now


def _rows(
    conn: sa.engine.Connection,
    db: records.Records,
    summaries: dict[str, _Summary | None],
    wanted: set[str] | None,
    replace_all: bool,
) -> tuple[list[tuple[Any, ...]], list[str]]:
    """The rows to write for the ``wanted`` conversations (every one when None), and those
    whose rows must go: neither events nor a case left."""
    if wanted is None:
        found = _records(conn, db, None)
        stored = {} if replace_all else _stored_summaries(conn, _all_senders(conn))
        senders = set(stored) | set(summaries) | set(found)
    else:
        found = _records(conn, db, wanted)
        stored = _stored_summaries(conn, wanted - set(summaries))
        senders = wanted
    rows, gone = [], []
    for sender_id in sorted(senders):
        summary = summaries[sender_id] if sender_id in summaries else stored.get(sender_id)
        record = found.get(sender_id, _Records())
        if summary is None and record.case is None:
            gone.append(sender_id)
        else:
            rows.append(_row(sender_id, summary, record))
    return rows, gone


def _all_senders(conn: sa.engine.Connection) -> list[str]:
    return list(conn.execute(sa.select(REVIEW_QUEUE.c.sender_id)).scalars())


def _records(
    conn: sa.engine.Connection, db: records.Records, sender_ids: set[str] | None
) -> dict[str, _Records]:
    found: dict[str, _Records] = {}

    def rows(sql: str) -> Iterator[dict[str, Any]]:
        if sender_ids is None:
            for row in conn.execute(sa.text(sql.format(where="1 = 1"))):
                yield dict(row._mapping)
            return
        where = _in(conn, "sender_id", "senders")
        for batch in _batches(sorted(sender_ids)):
            for row in conn.execute(
                sa.text(sql.format(where=where)), {"senders": json.dumps(batch)}
            ):
                yield dict(row._mapping)

    # The queue has always shown a conversation with its latest case.
    for row in records.cases_of(db, sender_ids):
        record = found.setdefault(row["sender_id"], _Records())
        record.case = row
        record.counts["cases"] += 1
    for row in records.flags_of(db, sender_ids):
        record = found.setdefault(row["sender_id"], _Records())
        record.counts["flags"] += 1
        if row["flag"] not in record.flags:
            record.flags.append(row["flag"])
    for row in rows("SELECT sender_id, status, assigned_to FROM review_status WHERE {where}"):
        record = found.setdefault(row["sender_id"], _Records())
        record.status, record.assigned_to = row["status"], row["assigned_to"]
        record.counts["review_status"] += 1
    for row in rows("SELECT sender_id FROM review_referrals_sent WHERE {where}"):
        record = found.setdefault(row["sender_id"], _Records())
        record.referral_sent = True
        record.counts["review_referrals_sent"] += 1
    return found


def _timestamp(iso: str | None) -> float:
    return datetime.fromisoformat(iso).timestamp() if iso else 0.0


def _day(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, timezone.utc).date().isoformat()


def _summary_of(sender_id: str, summary: _Summary | None, case: dict[str, Any] | None) -> Summary:
    """The conversation's summary as ``conversations.summaries`` gives it, or made from its
    case when Rasa's events are gone (as the queue always did)."""
    if summary is not None:
        return Summary(
            sender_id,
            summary.first,  # type: ignore[arg-type]  # None only for events without a time
            summary.last,  # type: ignore[arg-type]
            summary.user_messages,
            summary.channel,
            dict(summary.slots),
        )
    case = case or {}
    return Summary(
        sender_id,
        _timestamp(case.get("created_at")),
        _timestamp(case.get("updated_at")),
        0,
        case.get("channel"),
    )


def _row(sender_id: str, summary: _Summary | None, record: _Records) -> tuple[Any, ...]:
    state = CaseState(
        status=record.status,
        assigned_to=record.assigned_to,
        referrals_sent=[{"sender_id": sender_id}] if record.referral_sent else [],
    )
    row = triage.Row(
        sender_id=sender_id,
        key="",
        summary=_summary_of(sender_id, summary, record.case),
        state=state,
        case=record.case,
        flags=record.flags,
    )
    group, sort_key = triage.order_key(row)
    return (
        sender_id,
        1 if summary is not None else 0,
        row.summary.first,
        row.summary.last,
        row.summary.user_messages,
        row.summary.channel,
        json.dumps(row.summary.slots),
        group,
        sort_key,
        state.status,
        row.channel or "",
        (row.borough or "").lower(),
        _listed(row.categories),
        _listed(row.flags),
        _day(row.summary.first),
        _day(row.summary.last),
        *(record.counts[table] for table in _COUNTED),
    )


def _listed(values: Iterable[Any]) -> str:
    """A list as its values' JSON, one a line, between line breaks: JSON never holds a line
    break of its own, so ``instr`` finds a value's line only where the list has the value."""
    return "\n" + "".join(json.dumps(value) + "\n" for value in values)


def _write(conn: sa.engine.Connection, rows: list[tuple[Any, ...]], gone: list[str]) -> None:
    columns = [column.name for column in REVIEW_QUEUE.columns]
    if rows:
        statement = datastore.insert(conn, REVIEW_QUEUE)
        conn.execute(
            statement.on_conflict_do_update(
                index_elements=["sender_id"],
                set_={name: statement.excluded[name] for name in columns[1:]},
            ),
            [dict(zip(columns, row, strict=True)) for row in rows],
        )
    queue, keys = REVIEW_QUEUE.c, REVIEW_KEYS.c
    for batch in _batches(gone):
        # A listed conversation that is gone loses its key (a sync can list a conversation
        # just as it is erased); other senders here never had a row, and their keys stay.
        listed = list(
            conn.execute(sa.select(queue.sender_id).where(queue.sender_id.in_(batch))).scalars()
        )
        if listed:
            conn.execute(sa.delete(REVIEW_QUEUE).where(queue.sender_id.in_(listed)))
            conn.execute(sa.delete(REVIEW_KEYS).where(keys.sender_id.in_(listed)))
    # Every conversation in the queue has had a key from the moment it was listed.
    for batch in _batches(row[0] for row in rows):
        have = set(
            conn.execute(sa.select(keys.sender_id).where(keys.sender_id.in_(batch))).scalars()
        )
        made = [{"sender_id": s, "key": secrets.token_urlsafe(9)} for s in batch if s not in have]
        if made:
            conn.execute(datastore.insert(conn, REVIEW_KEYS).on_conflict_do_nothing(), made)


@dataclass(frozen=True)
class Found:
    """One page of the queue: its conversations in order, how many match, how many in all."""

    sender_ids: list[str]
    matched: int
    total: int


def find(
    db: records.Records,
    filters: triage.Filters,
    matches: set[str] | None,
    offset: int,
    limit: int,
) -> Found:
    """The conversations ``triage.keep`` keeps, in ``triage.order``'s order, from ``offset``.

    ``matches``: as for ``triage.keep``, the senders whose transcript has ``filters.q``.
    """
    with db.engine.connect() as conn:
        where, params = _where(conn, filters, matches)
        total = conn.execute(sa.text("SELECT COUNT(*) FROM review_queue")).scalar() or 0
        matched = (
            conn.execute(
                sa.text(f"SELECT COUNT(*) FROM review_queue WHERE {where}"), params
            ).scalar()
            if where != "1 = 1"
            else total
        ) or 0
        sender_ids = list(
            conn.execute(
                sa.text(
                    f"SELECT sender_id FROM review_queue WHERE {where} "
                    "ORDER BY grp, sort_key, sender_id LIMIT :limit OFFSET :offset"
                ),
                {**params, "limit": limit, "offset": offset},
            ).scalars()
        )
    return Found(sender_ids, matched, total)


def _where(
    conn: sa.engine.Connection, filters: triage.Filters, matches: set[str] | None
) -> tuple[str, dict[str, Any]]:
    """``triage.keep`` as SQL over the row's values, which ``triage`` itself worked out."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    # Where a list holds a value's line (see _listed).
    holds = "strpos({}, :{}) > 0" if conn.dialect.name == "postgresql" else "instr({}, :{})"

    def add(clause: str, name: str, value: Any) -> None:
        clauses.append(clause)
        params[name] = value

    if filters.status:
        add("status = :status", "status", filters.status)
    if filters.channel:
        add("channel = :channel", "channel", filters.channel)
    if filters.date_from:
        add("last_day >= :date_from", "date_from", filters.date_from)
    if filters.date_to:
        add("first_day <= :date_to", "date_to", filters.date_to)
    if filters.category:
        add(holds.format("categories", "category"), "category", _listed([filters.category]))
    if filters.flag:
        add(holds.format("flags", "flag"), "flag", _listed([filters.flag]))
    if filters.borough:
        add("borough = :borough", "borough", filters.borough.lower())
    if filters.q:
        add(_in(conn, "sender_id", "matches"), "matches", json.dumps(sorted(matches or ())))
    return " AND ".join(clauses) or "1 = 1", params


def channels(db: records.Records) -> list[str]:
    """Every channel a conversation in the queue came by, for the channel filter."""
    # Hops from one channel to the next along review_queue_channel, rather than reading
    # every row of the index as DISTINCT would.
    with db.engine.connect() as conn:
        return list(
            conn.execute(
                sa.text(
                    "WITH RECURSIVE hop(channel) AS ("
                    "SELECT MIN(channel) FROM review_queue WHERE channel > '' UNION ALL "
                    "SELECT (SELECT MIN(channel) FROM review_queue WHERE channel > hop.channel) "
                    "FROM hop WHERE hop.channel IS NOT NULL) "
                    "SELECT channel FROM hop WHERE channel IS NOT NULL"
                )
            ).scalars()
        )


def summaries(db: records.Records, sender_ids: list[str]) -> dict[str, Summary]:
    """The stored summaries of these conversations, as the queue's rows show them."""
    queue = REVIEW_QUEUE.c
    found = {}
    with db.engine.connect() as conn:
        for batch in _batches(sender_ids):
            for sender_id, first, last, users, channel, slots in conn.execute(
                sa.select(
                    queue.sender_id, queue.first, queue.last, queue.user_messages,
                    queue.seen_channel, queue.slots,
                ).where(queue.sender_id.in_(batch))
            ):  # fmt: skip
                found[sender_id] = Summary(
                    sender_id, first, last, users, channel, json.loads(slots)
                )
    return found

"""Drive simulated people at the bot's REST webhook at once, and measure every message."""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from bench.people import Person, people, stock_script
from bench.stack import REST_HEADERS, rest_conversation
from bot.service_failure import ACTION_FAILURE_REPLY, FAILURE_REPLY


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    gave_up: set[str] = field(default_factory=set)


async def _post(
    client: httpx.AsyncClient,
    url: str,
    sender: str,
    text: str,
    tally: Tally,
    silence_is_an_error: bool = True,
) -> str | None:
    """The reply's text, or None when the request failed."""
    started = time.perf_counter()
    try:
        response = await client.post(url, json={"sender": sender, "message": text})
        latency = time.perf_counter() - started
        if response.status_code != 200:
            tally.errors.append(f"HTTP {response.status_code}")
            return None
        reply = "\n".join(m.get("text") or "" for m in response.json())
    except (httpx.HTTPError, ValueError) as error:
        tally.errors.append(type(error).__name__)
        return None
    tally.latencies.append(latency)
    if not reply and silence_is_an_error:
        tally.errors.append("no reply")
    elif FAILURE_REPLY in reply or ACTION_FAILURE_REPLY in reply:
        tally.errors.append("service failure reply")
    return reply


def _pause(rng: random.Random, think: float) -> float:
    # A fast texter: the think time with +-50% jitter.
    return think * rng.uniform(0.5, 1.5) if think else 0.0


async def _converse(client, url: str, person: Person, think: float, tally: Tally) -> None:
    await asyncio.sleep(person.rng.uniform(0, think))  # people do not all start at once
    message: str | None = person.first_message()
    while message is not None:
        reply = await _post(client, url, person.name, message, tally)
        if not reply:
            # They give up: their last message had an error instead of an answer.
            tally.gave_up.add(person.name)
            return
        message = person.next_message(reply)
        if message is not None:
            await asyncio.sleep(_pause(person.rng, think))


async def _script(client, url: str, name: str, seed: int, think: float, tally: Tally) -> None:
    rng = random.Random(seed)
    await asyncio.sleep(rng.uniform(0, think))
    for message in stock_script(seed):
        # The stock assistant sometimes answers nothing (it predicts listening): it was sent
        # the next message whatever it answered, so only a failed request ends the script.
        if await _post(client, url, name, message, tally, silence_is_an_error=False) is None:
            return
        await asyncio.sleep(_pause(rng, think))


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def run_load(
    base_url: str, count: int, think: float, seed: int, stock: bool = False, label: str = "run"
) -> tuple[dict[str, Any], list[Person]]:
    """Run ``count`` people at once; return the figures and (for our bot) the people."""
    url = f"{base_url}/webhooks/rest/webhook"
    tally = Tally()
    crowd = [] if stock else people(count, seed, prefix=f"bench-{label}")
    limits = httpx.Limits(max_connections=count + 10, max_keepalive_connections=count + 10)
    # The stock assistant's REST channel ignores the header; ours requires it.
    async with httpx.AsyncClient(timeout=120, limits=limits, headers=REST_HEADERS) as client:
        started = time.perf_counter()
        if stock:
            await asyncio.gather(
                *(
                    _script(client, url, f"stock-{label}-{i}", seed * 1000 + i, think, tally)
                    for i in range(count)
                )
            )
        else:
            await asyncio.gather(*(_converse(client, url, p, think, tally) for p in crowd))
        duration = time.perf_counter() - started
    figures: dict[str, Any] = {
        "people": count,
        "think_s": think,
        "messages": len(tally.latencies) + len(tally.errors),
        "errors": len(tally.errors),
        "error_kinds": sorted(set(tally.errors)),
        "p50_ms": round(percentile(tally.latencies, 0.50) * 1000, 1),
        "p95_ms": round(percentile(tally.latencies, 0.95) * 1000, 1),
        "p99_ms": round(percentile(tally.latencies, 0.99) * 1000, 1),
        "max_ms": round(max(tally.latencies, default=float("nan")) * 1000, 1),
        "mean_ms": round(statistics.fmean(tally.latencies) * 1000, 1) if tally.latencies else None,
        "duration_s": round(duration, 1),
        "throughput_msg_s": round(len(tally.latencies) / duration, 2) if duration else None,
    }
    if not stock:
        figures["completed_assessments"] = sum(p.completed for p in crowd)
        for person in crowd:
            person.gave_up = person.name in tally.gave_up
    return figures, crowd


def check_nothing_lost(tracker_url: str, records_url: str, crowd: list[Person]) -> dict[str, Any]:
    """Every message each person sent is stored exactly once, in order; every completed
    assessment has its referral record.

    The stores are given as SQLAlchemy URLs: SQLite files for one process, the cluster's
    PostgreSQL (Rasa's events and our cases alike) for the replicas.
    """
    missing = duplicated = out_of_order = no_record = 0
    # A message answered by an error, after which the person stopped: not delivered (as the
    # error said), or delivered and stored without its answer reaching them.
    unanswered_not_stored = unanswered_stored = 0
    tracker_engine, records_engine = sa.create_engine(tracker_url), sa.create_engine(records_url)
    events = sa.text(
        "SELECT data FROM events WHERE sender_id = :sender AND type_name = 'user' ORDER BY id"
    )
    cases = sa.text("SELECT 1 FROM cases WHERE sender_id = :sender AND case_reference IS NOT NULL")
    try:
        with tracker_engine.connect() as tracker, records_engine.connect() as records:
            for person in crowd:
                sender = rest_conversation(person.name)
                rows = tracker.execute(events, {"sender": sender}).fetchall()
                stored = [json.loads(row[0]).get("text") for row in rows]
                answered = person.sent
                if person.gave_up:
                    answered = person.sent[:-1]
                    if stored == answered:
                        unanswered_not_stored += 1
                        stored = answered
                    elif stored == person.sent:
                        unanswered_stored += 1
                        stored = answered
                for text in set(answered):
                    difference = answered.count(text) - stored.count(text)
                    missing += max(difference, 0)
                    duplicated += max(-difference, 0)
                if stored != answered and sorted(stored) == sorted(answered):
                    out_of_order += 1
                if person.completed:
                    found = records.execute(cases, {"sender": sender}).fetchone()
                    no_record += found is None
    finally:
        tracker_engine.dispose()
        records_engine.dispose()
    return {
        "messages_checked": sum(len(p.sent) for p in crowd),
        "unanswered_not_stored": unanswered_not_stored,
        "unanswered_stored": unanswered_stored,
        "missing": missing,
        "duplicated": duplicated,
        "out_of_order_conversations": out_of_order,
        "completed_without_record": no_record,
    }


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"

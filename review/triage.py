"""The morning queue: who needs a worker first, and the filters (pure functions)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from review.casework import CaseState
from review.conversations import Summary

# Urgency groups, most urgent first.
DANGER, WAITING, REFERRAL_DUE, OTHER, CLOSED = range(5)
GROUP_LABELS = {
    DANGER: "Danger or self-harm",
    WAITING: "Waiting for a person",
    REFERRAL_DUE: "Referral to send",
    OTHER: "Other",
    CLOSED: "Closed",
}
URGENT_FLAGS = frozenset({"in_danger", "self_harm"})
FLAG_LABELS = {
    "in_danger": "Danger",
    "self_harm": "Self-harm",
    "human": "Asked for a person",
    "no_reply_here": "Do not reply here",  # -- round 39, helper F5 --
}


@dataclass
class Row:
    sender_id: str
    key: str
    summary: Summary
    state: CaseState
    case: dict[str, Any] | None
    flags: list[str] = field(default_factory=list)
    flagged_at: str | None = None

    @property
    def channel(self) -> str | None:
        return self.summary.channel or (self.case or {}).get("channel")

    @property
    def categories(self) -> list[str]:
        if self.case and self.case.get("categories"):
            return list(json.loads(self.case["categories"]))
        return list(self.summary.slots.get("enhanced_categories") or [])

    @property
    def crime_type(self) -> str | None:
        return self.summary.slots.get("crime_type") or _answer(self.case, "crime_type")

    @property
    def borough(self) -> str | None:
        return self.summary.slots.get("borough") or _answer(self.case, "borough")

    @property
    def referral_wanted(self) -> bool:
        if self.case is not None:
            return bool(self.case.get("referral_consent")) and bool(self.case.get("contact_safe"))
        slots = self.summary.slots
        return slots.get("referral_consent") is True and bool(slots.get("contact_safe"))

    @property
    def group(self) -> int:
        return urgency(self)


def _answer(case: dict[str, Any] | None, name: str) -> Any:
    if not case or not case.get("answers"):
        return None
    return json.loads(case["answers"]).get(name)


def urgency(row: Row) -> int:
    if row.state.status == "closed":
        return CLOSED
    if URGENT_FLAGS & set(row.flags):
        return DANGER
    if row.summary.waiting_for_person:
        return WAITING
    if row.referral_wanted and not row.state.referrals_sent and row.state.status != "referred":
        return REFERRAL_DUE
    return OTHER


def order_key(row: Row) -> tuple[int, float]:
    """Most urgent group first; in the urgent groups whoever has waited longest comes first,
    in the others the most recent conversation."""
    group = urgency(row)
    waited = row.summary.last
    return (group, waited if group < OTHER else -waited)


def order(rows: Iterable[Row]) -> list[Row]:
    """The queue's order (``order_key``); conversations that tie keep to their sender id's
    order, as the queue's index does."""
    return sorted(rows, key=lambda row: (*order_key(row), row.sender_id))


@dataclass(frozen=True)
class Filters:
    status: str = ""
    channel: str = ""
    date_from: str = ""
    date_to: str = ""
    category: str = ""
    flag: str = ""
    borough: str = ""
    q: str = ""

    @property
    def active(self) -> bool:
        return any(getattr(self, f) for f in self.__dataclass_fields__)


def _day(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, timezone.utc).date().isoformat()


def keep(row: Row, filters: Filters, matches: set[str] | None) -> bool:
    """Does ``row`` pass every filter? ``matches`` = senders whose transcript has ``q``."""
    if filters.status and row.state.status != filters.status:
        return False
    if filters.channel and (row.channel or "") != filters.channel:
        return False
    if filters.date_from and _day(row.summary.last) < filters.date_from:
        return False
    if filters.date_to and _day(row.summary.first) > filters.date_to:
        return False
    if filters.category and filters.category not in row.categories:
        return False
    if filters.flag and filters.flag not in row.flags:
        return False
    if filters.borough and (row.borough or "").lower() != filters.borough.lower():
        return False
    return not (filters.q and (matches is None or row.sender_id not in matches))

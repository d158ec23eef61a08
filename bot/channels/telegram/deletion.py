"""Which messages ``/delete`` can remove from a chat, in what batches, and what the person is told.

A bot may delete messages of a private chat for 48 hours, up to 100 ids a call
(core.telegram.org/bots/api, deleteMessages).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

DELETE_BATCH = 100
DELETABLE_FOR_SECONDS = 48 * 60 * 60


@dataclass(frozen=True)
class DeletionPlan:
    deletable: list[int]
    too_old: int


def deletion_plan(messages: Iterable[tuple[int, float]], now: float) -> DeletionPlan:
    """Split (message id, sent at) into ids Telegram still lets a bot delete and a count of
    those it does not (older than 48 hours)."""
    deletable, too_old = [], 0
    for message_id, sent_at in messages:
        if now - sent_at < DELETABLE_FOR_SECONDS:
            deletable.append(message_id)
        else:
            too_old += 1
    return DeletionPlan(sorted(set(deletable)), too_old)


def batches(ids: Sequence[int], size: int = DELETE_BATCH) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _messages(count: int) -> str:
    return f"{count} message" if count == 1 else f"{count} messages"


def deletion_report(deleted: int, too_old: int, failed: int) -> str:
    """What the person is told after /delete about the messages in this chat."""
    parts = []
    if deleted:
        parts.append(f"I've also removed {_messages(deleted)} from this chat.")
    else:
        parts.append("There were no messages in this chat I could remove.")
    missed = []
    if too_old:
        missed.append(
            f"{_messages(too_old)} older than 48 hours (Telegram doesn't let me remove those)"
        )
    if failed:
        missed.append(f"{_messages(failed)} Telegram wouldn't let me remove")
    if missed:
        parts.append(
            "I couldn't remove "
            + " and ".join(missed)
            + ". Please delete them yourself, or delete the whole chat."
        )
    return " ".join(parts)

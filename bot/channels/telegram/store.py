"""What the Telegram channel remembers, in this process's memory only: message ids and long
button payloads.

For each chat it keeps (message id, sent at) of every message, the person's and the bot's, never
their text, so ``/delete`` can remove them from the chat. Telegram lets a bot delete messages
for 48 hours only; older ids are of no use, so they are folded into a count per chat that lets
``/delete`` say how many it could not remove. It also maps the short keys of button payloads too
long for Telegram's 64-byte callback data back to the payload.

None of it is written to disk: a chat id is personal data, it arrives before the person has
agreed to anything, and nothing else of an unconsented conversation is stored either. After a
restart ``/delete`` counts what it no longer knows among the messages the person must delete
themselves, and an old button with a long payload is answered as expired. Everything is
bounded, and counts and keys go after the retention period.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from bot.channels.common import BoundedDict
from bot.channels.telegram.deletion import DELETABLE_FOR_SECONDS
from core import settings

MAX_CHATS = 10_000
MAX_MESSAGES_PER_CHAT = 2_000
MAX_PAYLOADS = 10_000
# Tables an earlier version kept in the records database.
FORMER_TABLES = ("telegram_messages", "telegram_expired", "telegram_payloads")


class TelegramStore:
    def __init__(self, retention_days: int | None = None) -> None:
        days = settings.retention_days() if retention_days is None else retention_days
        self._retention_seconds = days * 86400
        self._messages: BoundedDict[str, dict[int, float]] = BoundedDict(MAX_CHATS)
        self._expired: BoundedDict[str, tuple[int, float]] = BoundedDict(MAX_CHATS)
        self._payloads: BoundedDict[str, tuple[str, float]] = BoundedDict(MAX_PAYLOADS)
        self._lock = threading.Lock()

    def remember_message(self, chat_id: int | str, message_id: int, sent_at: float) -> None:
        now = time.time()
        with self._lock:
            kept = dict(self._messages.get(str(chat_id), {}))
            kept[int(message_id)] = float(sent_at)
            if len(kept) > MAX_MESSAGES_PER_CHAT:
                oldest = sorted(kept)[: len(kept) - MAX_MESSAGES_PER_CHAT]
                for message in oldest:
                    del kept[message]
                self._count_expired(str(chat_id), len(oldest), now)
            self._messages[str(chat_id)] = kept
            self._expire(now)

    def messages(self, chat_id: int | str) -> list[tuple[int, float]]:
        with self._lock:
            kept = self._messages.get(str(chat_id), {})
            return sorted(kept.items())

    def expired_count(self, chat_id: int | str) -> int:
        with self._lock:
            return self._expired.get(str(chat_id), (0, 0.0))[0]

    def forget_chat(self, chat_id: int | str) -> None:
        with self._lock:
            self._messages.pop(str(chat_id), None)
            self._expired.pop(str(chat_id), None)

    def remember_payloads(self, pairs: Iterable[tuple[str, str]]) -> None:
        now = time.time()
        with self._lock:
            for key, payload in pairs:
                self._payloads[key] = (payload, now)

    def payload(self, key: str) -> str | None:
        with self._lock:
            found = self._payloads.get(key)
        return found[0] if found else None

    def _count_expired(self, chat_id: str, count: int, now: float) -> None:
        before = self._expired.get(chat_id, (0, now))[0]
        self._expired[chat_id] = (before + count, now)

    def _expire(self, now: float) -> None:
        """Fold ids too old to delete into counts; drop counts and keys past retention."""
        cutoff = now - DELETABLE_FOR_SECONDS
        for chat_id in list(self._messages):
            kept = self._messages[chat_id]
            old = [message for message, sent_at in kept.items() if sent_at < cutoff]
            if not old:
                continue
            self._count_expired(chat_id, len(old), now)
            fresh = {m: t for m, t in kept.items() if t >= cutoff}
            if fresh:
                self._messages[chat_id] = fresh
            else:
                del self._messages[chat_id]
        retention_cutoff = now - self._retention_seconds
        for chat_id in [c for c, (_, at) in self._expired.items() if at < retention_cutoff]:
            del self._expired[chat_id]
        for key in [k for k, (_, at) in self._payloads.items() if at < retention_cutoff]:
            del self._payloads[key]


def forget_stored_ids(records_db: Path | str | None = None) -> None:
    """Drop the tables in which an earlier version kept chat ids on disk."""
    path = Path(records_db) if records_db is not None else settings.records_db()
    if not path.exists():
        return
    conn = sqlite3.connect(path, timeout=5)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        with conn:
            for table in FORMER_TABLES:
                conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()

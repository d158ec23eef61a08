"""What the Telegram channel keeps, in the records database: message ids and long payloads.

``telegram_messages`` holds (chat id, message id, sent at) of every message in a chat, the
person's and the bot's, never their text, so ``/delete`` can remove them from the chat. Telegram
lets a bot delete messages for 48 hours only; older rows are of no use, so they are folded into
``telegram_expired``, a count per chat that lets ``/delete`` say how many it could not remove.
Those counts go after the retention period. ``telegram_payloads`` maps the short keys of button
payloads too long for Telegram's 64-byte callback data back to the payload.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from bot.channels.telegram.deletion import DELETABLE_FOR_SECONDS
from core import records, settings


class TelegramStore:
    def __init__(self, path: Path | str | None = None, retention_days: int | None = None) -> None:
        self._db = records.open_db(path)
        days = settings.retention_days() if retention_days is None else retention_days
        self._retention_seconds = days * 86400
        with self._db.conn as conn:
            conn.executescript(
                """
                CREATE TABLE IF NOT EXISTS telegram_messages (
                    chat_id TEXT NOT NULL, message_id INTEGER NOT NULL, sent_at REAL NOT NULL,
                    PRIMARY KEY (chat_id, message_id));
                CREATE INDEX IF NOT EXISTS telegram_messages_sent_at
                    ON telegram_messages (sent_at);
                CREATE TABLE IF NOT EXISTS telegram_expired (
                    chat_id TEXT PRIMARY KEY, count INTEGER NOT NULL, updated_at REAL NOT NULL);
                CREATE TABLE IF NOT EXISTS telegram_payloads (
                    key TEXT PRIMARY KEY, payload TEXT NOT NULL, created_at REAL NOT NULL);
                """
            )

    def remember_message(self, chat_id: int | str, message_id: int, sent_at: float) -> None:
        now = time.time()
        with self._db.conn as conn:
            conn.execute(
                "INSERT OR IGNORE INTO telegram_messages VALUES (?, ?, ?)",
                [str(chat_id), int(message_id), float(sent_at)],
            )
            self._expire(conn, now)

    def messages(self, chat_id: int | str) -> list[tuple[int, float]]:
        rows = self._db.conn.execute(
            "SELECT message_id, sent_at FROM telegram_messages WHERE chat_id = ? "
            "ORDER BY message_id",
            [str(chat_id)],
        )
        return [(int(r[0]), float(r[1])) for r in rows]

    def expired_count(self, chat_id: int | str) -> int:
        row = self._db.conn.execute(
            "SELECT count FROM telegram_expired WHERE chat_id = ?", [str(chat_id)]
        ).fetchone()
        return int(row[0]) if row else 0

    def forget_chat(self, chat_id: int | str) -> None:
        with self._db.conn as conn:
            for table in ("telegram_messages", "telegram_expired"):
                conn.execute(f"DELETE FROM {table} WHERE chat_id = ?", [str(chat_id)])

    def remember_payloads(self, pairs: Iterable[tuple[str, str]]) -> None:
        now = time.time()
        with self._db.conn as conn:
            conn.executemany(
                "INSERT INTO telegram_payloads VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET created_at = excluded.created_at",
                [(key, payload, now) for key, payload in pairs],
            )

    def payload(self, key: str) -> str | None:
        row = self._db.conn.execute(
            "SELECT payload FROM telegram_payloads WHERE key = ?", [key]
        ).fetchone()
        return row[0] if row else None

    def _expire(self, conn: sqlite3.Connection, now: float) -> None:
        """Fold rows too old to delete into counts; drop counts and keys past retention."""
        cutoff = now - DELETABLE_FOR_SECONDS
        conn.execute(
            "INSERT INTO telegram_expired (chat_id, count, updated_at) "
            "SELECT chat_id, COUNT(*), ? FROM telegram_messages WHERE sent_at < ? "
            "GROUP BY chat_id "
            "ON CONFLICT(chat_id) DO UPDATE SET count = count + excluded.count, "
            "updated_at = excluded.updated_at",
            [now, cutoff],
        )
        conn.execute("DELETE FROM telegram_messages WHERE sent_at < ?", [cutoff])
        retention_cutoff = now - self._retention_seconds
        conn.execute("DELETE FROM telegram_expired WHERE updated_at < ?", [retention_cutoff])
        conn.execute("DELETE FROM telegram_payloads WHERE created_at < ?", [retention_cutoff])

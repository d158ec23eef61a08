"""The Twilio MessageSids already handled, kept in the records database for a day.

Twilio delivers a webhook again when it got no answer in time, and a captured request replayed
later carries a valid signature too: each text is handled once, across restarts. A sid is
Twilio's reference for a text, not the person's number or words. When the database cannot be
written (busy, full), the sid is kept in memory instead: a text must never be dropped because
the duplicate check failed.

With ``REDIS_URL`` set the sids are kept in Redis instead, for the same day, so that a text
delivered again to another replica is not handled twice (``bot.shared_redis``).
"""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from pathlib import Path

from bot import shared_redis
from bot.channels.common import RecentlySeen

logger = logging.getLogger(__name__)

TABLE = "sms_seen_messages"
KEEP_SECONDS = 24 * 60 * 60
# "SM" (a text) or "MM" (a picture message) and 32 hexadecimal digits, as Twilio makes them.
MESSAGE_SID = re.compile(r"(SM|MM)[0-9a-f]{32}")


def valid_message_sid(value: str | None) -> bool:
    return value is not None and MESSAGE_SID.fullmatch(value) is not None


class SeenMessages:
    def __init__(self, path: Path | str, timeout: float = 2.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._memory: RecentlySeen[str] = RecentlySeen(10_000)
        self._shared = (
            shared_redis.RedisSeenIds("sms-seen", KEEP_SECONDS) if shared_redis.enabled() else None
        )
        if self._shared is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute(
                f"CREATE TABLE IF NOT EXISTS {TABLE} "
                "(message_sid TEXT PRIMARY KEY, seen_at REAL NOT NULL)"
            )

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=self.timeout)

    def first_time(self, message_sid: str, now: float | None = None) -> bool:
        """True, and remember ``message_sid``, unless it was handled in the last day."""
        if self._shared is not None:
            return self._shared.first_time(message_sid)
        if message_sid in self._memory:
            return False
        now = time.time() if now is None else now
        try:
            conn = self._connect()
            try:
                with conn:
                    conn.execute(f"DELETE FROM {TABLE} WHERE seen_at < ?", [now - KEEP_SECONDS])
                    cursor = conn.execute(
                        f"INSERT OR IGNORE INTO {TABLE} (message_sid, seen_at) VALUES (?, ?)",
                        [message_sid, now],
                    )
                    new = cursor.rowcount == 1
            finally:
                conn.close()
        except sqlite3.Error as error:
            logger.warning("SMS: seen texts kept in memory for now (%s).", type(error).__name__)
            return self._memory.first_time(message_sid)
        self._memory.add(message_sid)
        return new

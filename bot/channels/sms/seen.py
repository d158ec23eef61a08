"""The Twilio MessageSids already handled, kept with our records for a day (``core.datastore``:
the records' SQLite file, or PostgreSQL when ``DATABASE_URL`` is set).

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
import time
from pathlib import Path

import sqlalchemy as sa

from bot import shared_redis
from bot.channels.common import RecentlySeen
from core import datastore
from core.datastore import SMS_SEEN_MESSAGES

logger = logging.getLogger(__name__)

TABLE = SMS_SEEN_MESSAGES.name
KEEP_SECONDS = 24 * 60 * 60
WAIT_SECONDS = 2.0
# "SM" (a text) or "MM" (a picture message) and 32 hexadecimal digits, as Twilio makes them.
MESSAGE_SID = re.compile(r"(SM|MM)[0-9a-f]{32}")


def valid_message_sid(value: str | None) -> bool:
    return value is not None and MESSAGE_SID.fullmatch(value) is not None


class SeenMessages:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._memory: RecentlySeen[str] = RecentlySeen(10_000)
        self._shared = (
            shared_redis.RedisSeenIds("sms-seen", KEEP_SECONDS) if shared_redis.enabled() else None
        )
        if self._shared is not None:
            return
        try:
            self._engine()
        except sa.exc.SQLAlchemyError as error:
            # Tried again at each use: a database down at start must not stop the channel.
            logger.warning("SMS: the seen texts cannot be reached yet (%s).", type(error).__name__)

    def _engine(self) -> sa.engine.Engine:
        # Makes the table when missing; PostgreSQL with DATABASE_URL, else the file at ``path``.
        return datastore.records_engine(self.path)

    def first_time(self, message_sid: str, now: float | None = None) -> bool:
        """True, and remember ``message_sid``, unless it was handled in the last day."""
        if self._shared is not None:
            return self._shared.first_time(message_sid)
        if message_sid in self._memory:
            return False
        now = time.time() if now is None else now
        seen = SMS_SEEN_MESSAGES
        try:
            with self._engine().begin() as conn:
                # A text is not held up long by a busy database: memory will do meanwhile.
                datastore.wait_at_most(conn, WAIT_SECONDS)
                conn.execute(sa.delete(seen).where(seen.c.seen_at < now - KEEP_SECONDS))
                result = conn.execute(
                    datastore.insert(conn, seen)
                    .values(message_sid=message_sid, seen_at=now)
                    .on_conflict_do_nothing(index_elements=["message_sid"])
                )
                new = result.rowcount == 1
        except sa.exc.SQLAlchemyError as error:
            logger.warning("SMS: seen texts kept in memory for now (%s).", type(error).__name__)
            return self._memory.first_time(message_sid)
        self._memory.add(message_sid)
        return new

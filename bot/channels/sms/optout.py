"""Numbers that texted STOP, kept so that nothing more is sent to them until they text again.

The table lives with our records (``core.datastore``: ``VICTIMS_RECORDS_DB``, or PostgreSQL
when ``DATABASE_URL`` is set, so every replica sees every opt-out) and holds only a keyed hash
(HMAC-SHA256) of each number, never the number itself: a copy of the database alone does not
say who opted out, and without the key the hashes cannot be checked against a list of numbers.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy as sa

from core import datastore
from core.datastore import SMS_OPT_OUTS

logger = logging.getLogger(__name__)

TABLE = SMS_OPT_OUTS.name


def number_hash(key: bytes, number: str) -> str:
    normalised = "".join(number.split())
    return hmac.new(key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()


class OptOutStore:
    """Opt-outs by keyed hash of the phone number; each call takes its own connection from the
    engine so that it can run in any thread.

    A change that cannot be written (the database busy or full) never stops a text from being
    handled: it is kept in memory, counts at once, and is written with the next change that
    reaches the database.
    """

    def __init__(self, path: Path | str, key: bytes) -> None:
        if not key:
            raise ValueError("an opt-out store needs a non-empty key")
        self._key = key
        # number hash -> opted out (True) or back in (False), not yet written.
        self._pending: dict[str, bool] = {}
        self._pending_lock = threading.Lock()
        self.path = Path(path)
        try:
            self._engine()
        except sa.exc.SQLAlchemyError as error:
            # Tried again at each use: a database down at start must not stop the channel.
            logger.warning("SMS: the opt-outs cannot be reached yet (%s).", type(error).__name__)

    def _engine(self) -> sa.engine.Engine:
        # Makes the table when missing; PostgreSQL with DATABASE_URL, else the file at ``path``.
        return datastore.records_engine(self.path)

    def opt_out(self, number: str) -> None:
        self._change(number_hash(self._key, number), True)

    def opt_in(self, number: str) -> bool:
        """Forget an opt-out; True when there was one."""
        hashed = number_hash(self._key, number)
        was_out = self._pending_state(hashed)
        if was_out is None:
            try:
                was_out = self._stored(hashed)
            except sa.exc.SQLAlchemyError:
                was_out = False
        if was_out:
            # Only a real change is written: a text from someone who never opted out must not
            # wait on a busy database.
            self._change(hashed, False)
        return was_out

    def is_opted_out(self, number: str) -> bool:
        hashed = number_hash(self._key, number)
        pending = self._pending_state(hashed)
        if pending is not None:
            return pending
        try:
            return self._stored(hashed)
        except sa.exc.SQLAlchemyError as error:
            # The person texted us (or a worker writes to them); not knowing, we answer.
            logger.warning("SMS: could not read the opt-outs (%s).", type(error).__name__)
            return False

    @property
    def pending(self) -> int:
        """How many changes wait to be written."""
        with self._pending_lock:
            return len(self._pending)

    def _pending_state(self, hashed: str) -> bool | None:
        with self._pending_lock:
            return self._pending.get(hashed)

    def _stored(self, hashed: str) -> bool:
        with self._engine().connect() as conn:
            row = conn.execute(
                sa.select(SMS_OPT_OUTS.c.number_hash).where(SMS_OPT_OUTS.c.number_hash == hashed)
            ).first()
        return row is not None

    def _change(self, hashed: str, opted_out: bool) -> None:
        with self._pending_lock:
            self._pending[hashed] = opted_out
            changes = dict(self._pending)
        try:
            now = datetime.now(timezone.utc).isoformat(timespec="seconds")
            with self._engine().begin() as conn:
                for key, out in changes.items():
                    if out:
                        row = {"number_hash": key, "opted_out_at": now}
                        datastore.upsert(conn, SMS_OPT_OUTS, row, ["number_hash"])
                    else:
                        conn.execute(
                            sa.delete(SMS_OPT_OUTS).where(SMS_OPT_OUTS.c.number_hash == key)
                        )
        except sa.exc.SQLAlchemyError as error:
            logger.warning(
                "SMS: opt-out change kept in memory until the database takes it (%s).",
                type(error).__name__,
            )
            return
        with self._pending_lock:
            for key, out in changes.items():
                if self._pending.get(key) == out:
                    del self._pending[key]

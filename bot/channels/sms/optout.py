"""Numbers that texted STOP, kept so that nothing more is sent to them until they text again.

The table lives in the records database (``VICTIMS_RECORDS_DB``, see ``core/records.py``)
and holds only a keyed hash (HMAC-SHA256) of each number, never the number itself: a copy of the
database alone does not say who opted out, and without the key the hashes cannot be checked
against a list of numbers.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

logger = logging.getLogger(__name__)

TABLE = "sms_opt_outs"


def number_hash(key: bytes, number: str) -> str:
    normalised = "".join(number.split())
    return hmac.new(key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()


class OptOutStore:
    """Opt-outs by keyed hash of the phone number; each call opens its own short connection so
    that it can run in any thread.

    A change that cannot be written (the database busy or full) never stops a text from being
    handled: it is kept in memory, counts at once, and is written with the next change that
    reaches the database.
    """

    def __init__(self, path: Path | str, key: bytes) -> None:
        if not key:
            raise ValueError("an opt-out store needs a non-empty key")
        self.path = Path(path)
        self._key = key
        # number hash -> opted out (True) or back in (False), not yet written.
        self._pending: dict[str, bool] = {}
        self._pending_lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute(
                f"CREATE TABLE IF NOT EXISTS {TABLE} ("
                "number_hash TEXT PRIMARY KEY, opted_out_at TEXT NOT NULL)"
            )

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=5)
        try:
            with conn:  # commits, or rolls back on error
                yield conn
        finally:
            conn.close()

    def opt_out(self, number: str) -> None:
        self._change(number_hash(self._key, number), True)

    def opt_in(self, number: str) -> bool:
        """Forget an opt-out; True when there was one."""
        hashed = number_hash(self._key, number)
        was_out = self._pending_state(hashed)
        if was_out is None:
            try:
                was_out = self._stored(hashed)
            except sqlite3.Error:
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
        except sqlite3.Error as error:
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
        with self._connect() as conn:
            row = conn.execute(f"SELECT 1 FROM {TABLE} WHERE number_hash = ?", [hashed]).fetchone()
        return row is not None

    def _change(self, hashed: str, opted_out: bool) -> None:
        with self._pending_lock:
            self._pending[hashed] = opted_out
            changes = dict(self._pending)
        try:
            now = datetime.now(timezone.utc).isoformat(timespec="seconds")
            with self._connect() as conn:
                for key, out in changes.items():
                    if out:
                        conn.execute(
                            f"INSERT OR REPLACE INTO {TABLE} (number_hash, opted_out_at) "
                            "VALUES (?, ?)",
                            [key, now],
                        )
                    else:
                        conn.execute(f"DELETE FROM {TABLE} WHERE number_hash = ?", [key])
        except sqlite3.Error as error:
            logger.warning(
                "SMS: opt-out change kept in memory until the database takes it (%s).",
                type(error).__name__,
            )
            return
        with self._pending_lock:
            for key, out in changes.items():
                if self._pending.get(key) == out:
                    del self._pending[key]

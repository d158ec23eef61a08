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
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

TABLE = "sms_opt_outs"


def number_hash(key: bytes, number: str) -> str:
    normalised = "".join(number.split())
    return hmac.new(key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()


class OptOutStore:
    """Opt-outs by keyed hash of the phone number; each call opens its own short connection so
    that it can run in any thread."""

    def __init__(self, path: Path | str, key: bytes) -> None:
        if not key:
            raise ValueError("an opt-out store needs a non-empty key")
        self.path = Path(path)
        self._key = key
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
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._connect() as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO {TABLE} (number_hash, opted_out_at) VALUES (?, ?)",
                [number_hash(self._key, number), now],
            )

    def opt_in(self, number: str) -> bool:
        """Forget an opt-out; True when there was one."""
        with self._connect() as conn:
            cursor = conn.execute(
                f"DELETE FROM {TABLE} WHERE number_hash = ?", [number_hash(self._key, number)]
            )
            return cursor.rowcount > 0

    def is_opted_out(self, number: str) -> bool:
        with self._connect() as conn:
            row = conn.execute(
                f"SELECT 1 FROM {TABLE} WHERE number_hash = ?", [number_hash(self._key, number)]
            ).fetchone()
        return row is not None

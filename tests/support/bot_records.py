"""The bot's view (``core.records``) of the records file a review test opened with
``review.store.records_db``: the same SQLite file, through the bot's own data-access layer."""

from __future__ import annotations

import sqlite_utils

from core import records


def of(db: sqlite_utils.Database) -> records.Records:
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    return records.open_db(path, database_url="")

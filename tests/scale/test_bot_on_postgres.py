"""The whole bot with DATABASE_URL, as bin/run starts it (action server and Rasa on free local
ports, endpoints written by core.database): a danger flag the action server raises is kept in
PostgreSQL with the conversation, "delete my data" takes both away, and no SQLite file is made
for either."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from bench.stack import MODEL, REST_HEADERS, Stack, rest_conversation
from core import database
from review import seed


def rows(database_url: str, table: str, sender_id: str) -> list[Any]:
    engine = sa.create_engine(database_url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        found = conn.execute(
            sa.text(f"SELECT * FROM {table} WHERE sender_id = :sender"), {"sender": sender_id}
        ).all()
    engine.dispose()
    return list(found)


def test_a_flag_and_an_erasure_in_postgresql(database_url: str, tmp_path: Path) -> None:
    if not MODEL.exists():
        pytest.fail("models/victims.tar.gz is missing: bin/test trains it before pytest")
    stack = Stack(tmp_path / "bot", env={"DATABASE_URL": database_url})
    database.write_endpoints(stack.endpoints, database.parse(database_url))
    client = httpx.Client(timeout=60, headers=REST_HEADERS)

    def say(sender: str, text: str) -> list[dict[str, Any]]:
        response = client.post(
            f"{stack.url}/webhooks/rest/webhook", json={"sender": sender, "message": text}
        )
        response.raise_for_status()
        return list(response.json())

    stack.start()
    try:
        sender = seed.new_sender()
        seed.drive(say, sender, [*seed.START, ("he is here now im in danger", "999")])
        conversation = rest_conversation(sender)
        assert [row.flag for row in rows(database_url, "flags", conversation)] == ["in_danger"]
        assert rows(database_url, "events", conversation)

        seed.drive(say, sender, [("delete my data", "can't be undone"), ("yes", "deleted")])

        assert rows(database_url, "flags", conversation) == []
        assert rows(database_url, "events", conversation) == []
        assert not stack.records_db.exists() and not stack.tracker_db.exists()
    finally:
        client.close()
        stack.stop()

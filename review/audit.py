"""The append-only audit log: who did what, to which conversation, when.

Entries name a conversation by its opaque review key and case reference, never by its sender id
(often a phone number), and their details never hold what a victim or a worker wrote. When a
conversation is erased its key goes with it, so the entries that remain point at nothing.
SQLite triggers (see store.REVIEW_SCHEMA) abort any UPDATE or DELETE on the table.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from core.records import now_iso


def record(
    conn: sqlite3.Connection,
    action: str,
    *,
    user: str | None,
    role: str | None = None,
    conversation: str | None = None,
    case_reference: str | None = None,
    detail: str | None = None,
) -> None:
    conn.execute(
        "INSERT INTO audit (at, user, role, action, conversation, case_reference, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [now_iso(), user, role, action, conversation, case_reference, detail],
    )


def purge_detail(days: int, counts: dict[str, int]) -> str:
    """What a purge deleted: only numbers of rows per table."""
    return f"older than {days} days: " + ", ".join(f"{n} {t}" for t, n in counts.items())


@dataclass(frozen=True)
class AuditFilter:
    user: str = ""
    action: str = ""
    conversation: str = ""
    date_from: str = ""
    date_to: str = ""


def query(conn: sqlite3.Connection, where: AuditFilter, limit: int = 500) -> list[sqlite3.Row]:
    clauses: list[str] = []
    params: list[str] = []
    if where.user:
        clauses.append("user = ?")
        params.append(where.user)
    if where.action:
        clauses.append("action = ?")
        params.append(where.action)
    if where.conversation:
        clauses.append("(conversation = ? OR case_reference = ?)")
        params += [where.conversation, where.conversation]
    if where.date_from:
        clauses.append("at >= ?")
        params.append(where.date_from)
    if where.date_to:
        # Dates are ISO strings; the whole of the last day counts.
        clauses.append("at < ?")
        params.append(where.date_to + "T99")
    sql = "SELECT * FROM audit"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY id DESC LIMIT ?"
    return conn.execute(sql, [*params, limit]).fetchall()


def actions(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT action FROM audit ORDER BY action")]

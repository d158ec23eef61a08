"""Copy the referral directory into SQLite, with full-text search.

The YAML file stays the single place operators edit; this table is a rebuildable copy so
the review app and reports can query and search organisations. Rebuilding replaces only
the ``organisations`` table and its search index, never other tables in the database.

Command line::

    python -m referrals.store [--db var/records.db] [--directory referrals/directory.yml]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlite_utils

from referrals.directory import DirectoryError, Organisation, load_directory

TABLE = "organisations"
FTS_COLUMNS = ("name", "helps_with", "notes")
JSON_COLUMNS = (
    "crime_types",
    "genders",
    "communities",
    "hate_strands",
    "boroughs",
    "languages",
    "needs",
    "situations",
    "crime_needs",
    "source",
    "topics",
    "dated",
    "contact_by_borough",
)
DEFAULT_DB = Path(__file__).resolve().parent.parent / "var" / "records.db"

_COLUMNS: dict[str, type] = {
    "id": str,
    "name": str,
    "helps_with": str,
    "specialist": int,
    "general": int,
    "crisis": int,
    "auto_offer": str,
    "priority": int,
    "crime_types": str,
    "min_age": int,
    "max_age": int,
    "genders": str,
    "communities": str,
    "hate_strands": str,
    "boroughs": str,
    "languages": str,
    "needs": str,
    "situations": str,
    # crime type -> the situations it needs to fit (JSON), e.g. CEOP's online abuse
    "crime_needs": str,
    "bereaved_only": int,
    "recent_months": int,
    "phone": str,
    "text": str,
    "web": str,
    "email": str,
    "chat": str,
    "hours": str,
    "for_whom": str,
    "source": str,
    "checked": str,
    "notes": str,
    # detail -> year of its newest source, for details older than three years (review app)
    "dated": str,
    "retired": str,
    "topics": str,
    "contact_by_borough": str,
}


def organisation_row(org: Organisation) -> dict[str, Any]:
    """One flat row; list fields are JSON text so they round-trip exactly."""
    serves = org.serves
    lists = {
        "crime_types": serves.crime_types,
        "genders": serves.genders,
        "communities": serves.communities,
        "hate_strands": serves.hate_strands,
        "boroughs": serves.boroughs,
        "languages": serves.languages,
        "needs": serves.needs,
        "situations": serves.situations,
        "source": org.source,
        "topics": org.topics,
    }
    row: dict[str, Any] = {
        "id": org.id,
        "name": org.name,
        "helps_with": org.helps_with,
        "specialist": int(org.specialist),
        "general": int(org.general),
        "crisis": int(org.crisis),
        "auto_offer": org.auto_offer,
        "priority": org.priority,
        "min_age": serves.min_age,
        "max_age": serves.max_age,
        "phone": org.contact.phone,
        "text": org.contact.text,
        "web": org.contact.web,
        "email": org.contact.email,
        "chat": org.contact.chat,
        "bereaved_only": int(serves.bereaved_only),
        "recent_months": serves.recent_months,
        "for_whom": org.for_whom,
        "retired": org.retired,
        "dated": json.dumps(org.dated_details),
        "contact_by_borough": json.dumps(dict(org.contact_by_borough)),
        "crime_needs": json.dumps({k: list(v) for k, v in serves.crime_needs}),
        "hours": org.hours,
        "checked": org.checked.isoformat(),
        # FTS indexes NULL as nothing, but an empty string keeps search queries simple.
        "notes": org.notes or "",
    }
    row.update({key: json.dumps(list(value)) for key, value in lists.items()})
    return row


def build_directory_db(
    db_path: str | Path | sqlite_utils.Database,
    organisations: Sequence[Organisation],
) -> sqlite_utils.Database:
    """Create or replace the ``organisations`` table (and its FTS index); return the db."""
    db = db_path if isinstance(db_path, sqlite_utils.Database) else _open(db_path)
    table = db.table(TABLE)
    if table.exists():
        # The FTS index and its triggers belong to the old table; drop them first so a
        # rebuild never leaves stale search rows behind.
        table.disable_fts()
        table.drop()
    table = db.table(TABLE).create(_COLUMNS, pk="id", not_null={"id", "name", "helps_with"})
    table.insert_all((organisation_row(org) for org in organisations), pk="id")
    table.enable_fts(list(FTS_COLUMNS), create_triggers=True, replace=True, tokenize="porter")
    return db


def _open(db_path: str | Path) -> sqlite_utils.Database:
    path = Path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return sqlite_utils.Database(path)


def search(db: sqlite_utils.Database, query: str) -> list[str]:
    """Organisation ids whose name, helps_with or notes match ``query``, best first.

    The query is quoted so that anything a person types (apostrophes, hyphens, "AND")
    is searched as words rather than parsed as FTS syntax.
    """
    if not query or not query.strip():
        return []
    table = db.table(TABLE)
    if not table.exists():
        return []
    rows = table.search(query.strip(), columns=["id"], quote=True)
    return [row["id"] for row in rows]


def load_row(row: dict[str, Any]) -> dict[str, Any]:
    """Decode the JSON list columns of a row read back from the table."""
    return {
        k: json.loads(v) if k in JSON_COLUMNS and isinstance(v, str) else v for k, v in row.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m referrals.store",
        description="Rebuild the organisations table from the referral directory YAML.",
    )
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"default: {DEFAULT_DB}")
    parser.add_argument(
        "--directory", type=Path, default=None, help="default: referrals/directory.yml"
    )
    args = parser.parse_args(argv)
    try:
        organisations = load_directory(args.directory)
    except DirectoryError as exc:
        print(exc, file=sys.stderr)
        return 1
    db = build_directory_db(args.db, organisations)
    count = db[TABLE].count
    db.close()
    print(f"Loaded {count} organisations into {args.db}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

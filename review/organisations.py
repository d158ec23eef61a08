"""The directory page's search over the referral organisations.

It reads the SQLite copy of ``referrals/directory.yml`` that ``referrals.store`` builds in the
records database (the ``organisations`` table and its FTS5 index), never the YAML itself: free
text goes through the index, then need, crime type, borough and language narrow the list the
way the directory's ``serves`` lists are meant (``any`` serves everyone, ``london`` every London
borough).

Workers type anything, and FTS5 has a query language of its own (quotes, ``*``, ``NEAR(``,
``AND``...), so the text is cut down to its words and each is quoted before it reaches MATCH.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

import sqlite_utils

from core.contract import CRIME_TYPES, LONDON_BOROUGHS, NEEDS
from referrals.directory import ANY, LONDON, DirectoryError, load_directory
from referrals.store import TABLE, build_directory_db, load_row

logger = logging.getLogger(__name__)

FTS_TABLE = f"{TABLE}_fts"
OUTSIDE_LONDON = "outside_london"
TEXT_LIMIT = 200
MAX_WORDS = 20
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class DirectoryFilters:
    q: str = ""
    need: str = ""
    crime_type: str = ""
    borough: str = ""
    language: str = ""

    @property
    def used(self) -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name)]


def filters_from(values: dict[str, str]) -> DirectoryFilters:
    """Filters from the query string; a choice that is not on the form counts as no choice."""
    q = values.get("q", "")[:TEXT_LIMIT]
    need = values.get("need", "")
    crime_type = values.get("crime_type", "")
    borough = values.get("borough", "").lower()
    language = " ".join(values.get("language", "").lower().split())[:40]
    return DirectoryFilters(
        q=q,
        need=need if need in NEEDS else "",
        crime_type=crime_type if crime_type in CRIME_TYPES else "",
        borough=borough if borough in LONDON_BOROUGHS or borough == OUTSIDE_LONDON else "",
        language=language,
    )


@dataclass(frozen=True)
class Source:
    text: str
    # Only web addresses become links: a source may also be "reference: <file> <section>".
    url: str | None


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    helps_with: str
    needs: list[str]
    serves: list[tuple[str, str]]
    phone: str | None
    text: str | None
    web: str | None
    email: str | None
    hours: str | None
    notes: str | None
    sources: list[Source]
    checked: str

    @property
    def checked_label(self) -> str:
        day = date.fromisoformat(self.checked)
        return f"{day.day} {day:%B %Y}"


def table_ready(db: sqlite_utils.Database) -> bool:
    return db[TABLE].exists() and db[FTS_TABLE].exists()


def load_table(db: sqlite_utils.Database) -> None:
    """Build the table from the directory file, as ``python -m referrals.store`` does."""
    try:
        build_directory_db(db, load_directory())
    except DirectoryError as error:
        # The queue and the cases must still open; the directory page says it is empty.
        logger.error("The referral directory could not be loaded: %s", error)


def find(db: sqlite_utils.Database, filters: DirectoryFilters) -> list[Entry]:
    """The entries that pass every filter: best text match first, otherwise by name."""
    if not table_ready(db):
        return []
    rows = {row["id"]: load_row(row) for row in db[TABLE].rows}
    if filters.q.strip():
        order = _text_matches(db, filters.q)
    else:
        order = sorted(rows, key=lambda org_id: str(rows[org_id]["name"]).lower())
    return [_entry(rows[org_id]) for org_id in order if _keeps(rows[org_id], filters)]


def languages(db: sqlite_utils.Database) -> list[str]:
    """The languages the directory names, for the form's suggestions."""
    if not table_ready(db):
        return []
    named = {lang for row in db[TABLE].rows for lang in load_row(row)["languages"]}
    return sorted(named - {ANY})


def _text_matches(db: sqlite_utils.Database, text: str) -> list[str]:
    words = _WORD.findall(text)[:MAX_WORDS]
    if not words:
        return []
    # A quoted word is a plain term to FTS5; \w+ never holds a quote, so none can break out.
    match = " ".join(f'"{word}"' for word in words)
    try:
        found = db.execute(
            f"SELECT o.id FROM [{TABLE}] o JOIN [{FTS_TABLE}] f ON f.rowid = o.rowid "
            f"WHERE [{FTS_TABLE}] MATCH ? ORDER BY f.rank",
            [match],
        ).fetchall()
    except sqlite3.OperationalError:
        logger.exception("Directory search failed")
        return []
    return [row[0] for row in found]


def _keeps(row: dict[str, Any], filters: DirectoryFilters) -> bool:
    serves_crime = ANY in row["crime_types"] or filters.crime_type in row["crime_types"]
    if filters.crime_type and not serves_crime:
        return False
    if filters.need and filters.need not in row["needs"]:
        return False
    if filters.borough and not _serves_borough(row["boroughs"], filters.borough):
        return False
    languages = row["languages"]
    return not filters.language or ANY in languages or filters.language in languages


def _serves_borough(boroughs: list[str], borough: str) -> bool:
    if ANY in boroughs:
        return True
    if borough == OUTSIDE_LONDON:
        return False
    return LONDON in boroughs or borough in boroughs


def _entry(row: dict[str, Any]) -> Entry:
    return Entry(
        id=row["id"],
        name=row["name"],
        helps_with=row["helps_with"],
        needs=list(row["needs"]),
        serves=_serves(row),
        phone=row["phone"],
        text=row["text"],
        web=row["web"] if _is_web(row["web"]) else None,
        email=row["email"],
        hours=row["hours"],
        notes=row["notes"] or None,
        sources=[Source(s, s if _is_web(s) else None) for s in row["source"]],
        checked=row["checked"],
    )


def _serves(row: dict[str, Any]) -> list[tuple[str, str]]:
    """Who the service is for, one line per restriction; "anyone" when it has none."""
    lines = [("Crimes", _words(row["crime_types"], "any crime"))]
    ages = _ages(row["min_age"], row["max_age"])
    if ages:
        lines.append(("Ages", ages))
    if ANY not in row["genders"]:
        lines.append(("Gender", _words(row["genders"], "")))
    if row["communities"]:
        lines.append(("Communities", _words(row["communities"], "")))
    if row["hate_strands"]:
        lines.append(("Hate crime", _words(row["hate_strands"], "")))
    lines.append(("Where", _places(row["boroughs"])))
    lines.append(("Languages", _words(row["languages"], "any (interpreters)")))
    return lines


def _words(values: list[str], if_any: str) -> str:
    if ANY in values:
        return if_any
    return ", ".join(value.replace("_", " ") for value in values)


def _places(boroughs: list[str]) -> str:
    if ANY in boroughs:
        return "anywhere"
    return ", ".join("all of London" if b == LONDON else b.title() for b in boroughs)


def _ages(youngest: int | None, oldest: int | None) -> str | None:
    if youngest is not None and oldest is not None:
        return f"{youngest} to {oldest}"
    if youngest is not None:
        return f"{youngest} and over"
    if oldest is not None:
        return f"up to {oldest}"
    return None


def _is_web(value: str | None) -> bool:
    return bool(value) and str(value).lower().startswith(("https://", "http://"))

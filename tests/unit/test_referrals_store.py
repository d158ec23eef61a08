"""The SQLite copy of the directory, its full-text search and the rebuild command."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from referrals.directory import Organisation, load_directory
from referrals.store import TABLE, build_directory_db, load_row, main, search


@pytest.fixture(scope="module")
def organisations() -> list[Organisation]:
    return load_directory()


@pytest.fixture()
def db(tmp_path: Path, organisations: list[Organisation]) -> sqlite_utils.Database:
    return build_directory_db(tmp_path / "records.db", organisations)


def test_build_creates_one_row_per_organisation(
    db: sqlite_utils.Database, organisations: list[Organisation]
) -> None:
    table = db.table(TABLE)
    assert table.count == len(organisations)
    assert table.pks == ["id"]
    assert {row["id"] for row in table.rows} == {org.id for org in organisations}
    assert f"{TABLE}_fts" in db.table_names()


def test_list_columns_round_trip_as_json(db: sqlite_utils.Database) -> None:
    row = load_row(db.table(TABLE).get("the-havens"))
    assert row["boroughs"] == ["london"]
    assert row["crime_types"] == ["sexual_offence"]
    assert row["source"] and all(isinstance(s, str) for s in row["source"])
    assert row["phone"] == "020 3299 6900"
    assert row["checked"] == "2026-12-01"
    assert row["recent_months"] == 12
    assert row["for_whom"] == "if it happened in the past 12 months"


def test_new_columns_round_trip(db: sqlite_utils.Database) -> None:
    cica = load_row(db.table(TABLE).get("cica"))
    assert cica["dated"] == {"hours": "2012", "phone": "2019"}
    assert cica["topics"] == ["compensation"]
    council = load_row(db.table(TABLE).get("council-adult-safeguarding"))
    assert council["situations"] == ["carer"]
    assert len(council["contact_by_borough"]) == 33
    retired = load_row(db.table(TABLE).get("galop-hate-crime-helpline"))
    assert retired["retired"].startswith("2026-12-01")
    assert load_row(db.table(TABLE).get("samm"))["bereaved_only"] == 1
    assert load_row(db.table(TABLE).get("london-victim-and-witness-service"))["chat"]


def test_search_finds_stalking_services(db: sqlite_utils.Database) -> None:
    found = search(db, "stalking")
    assert {"national-stalking-helpline", "paladin", "london-stalking-support-service"} <= set(
        found
    )
    assert "report-fraud" not in found


def test_search_uses_stemming_and_notes(db: sqlite_utils.Database) -> None:
    assert "national-stalking-helpline" in search(db, "stalked")
    # "Women and Girls Network" appears only in the Survivors Gateway notes.
    assert "london-survivors-gateway" in search(db, "Girls Network")


@pytest.mark.parametrize("query", ["", "   ", "don't", "AND", '"unbalanced', "stalking OR"])
def test_search_never_raises_on_awkward_input(db: sqlite_utils.Database, query: str) -> None:
    assert isinstance(search(db, query), list)


def test_rebuild_is_idempotent(tmp_path: Path, organisations: list[Organisation]) -> None:
    path = tmp_path / "records.db"
    first = build_directory_db(path, organisations)
    before = (first[TABLE].count, search(first, "stalking"), first.table_names())
    first.close()

    second = build_directory_db(path, organisations)
    after = (second[TABLE].count, search(second, "stalking"), second.table_names())
    fts_rows = second.execute(f"select count(*) from {TABLE}_fts").fetchone()[0]
    assert after == before
    assert fts_rows == len(organisations)


def test_rebuild_replaces_old_rows_and_keeps_other_tables(
    tmp_path: Path, organisations: list[Organisation]
) -> None:
    path = tmp_path / "records.db"
    db = build_directory_db(path, organisations)
    db.table("transcripts").insert({"id": 1, "text": "kept"}, pk="id")

    db = build_directory_db(path, organisations[:3])
    assert db.table(TABLE).count == 3
    assert search(db, "stalking") == []
    assert db["transcripts"].count == 1


def test_cli_rebuilds_and_reports_the_count(
    tmp_path: Path, organisations: list[Organisation], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "var" / "records.db"
    assert main(["--db", str(path)]) == 0
    assert main(["--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Loaded {len(organisations)} organisations" in out
    assert sqlite_utils.Database(path)[TABLE].count == len(organisations)


def test_cli_reports_directory_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "directory.yml"
    bad.write_text("- id: broken\n", encoding="utf-8")
    assert main(["--db", str(tmp_path / "records.db"), "--directory", str(bad)]) == 1
    assert "missing 'source'" in capsys.readouterr().err
    assert not (tmp_path / "records.db").exists()

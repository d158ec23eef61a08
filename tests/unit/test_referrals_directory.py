"""The referral directory file is complete, well-formed and honest about gaps."""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from referrals.directory import (
    COMMUNITIES,
    CRIME_TYPES,
    DEFAULT_PATH,
    HATE_STRANDS,
    LONDON_BOROUGHS,
    NEEDS,
    DirectoryError,
    Organisation,
    load_directory,
    parse_directory,
    phone_problem,
    text_problem,
    validate_directory,
    validate_entry,
)

# Entries whose only source is our reference pack because it records no web address.
SOURCES_WITHOUT_URL = {"shout"}
# Details the reference marks as unconfirmed: they must stay out of the file.
UNCONFIRMED_PHONE = {"rape-crisis-247-support-line", "witness-service"}
UNCONFIRMED_HOURS = {"mens-advice-line", "karma-nirvana", "victims-information-line"}


@pytest.fixture(scope="module")
def organisations() -> list[Organisation]:
    return load_directory()


@pytest.fixture(scope="module")
def raw_entries() -> list[dict[str, Any]]:
    return yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))


@pytest.fixture()
def good_entry(raw_entries: list[dict[str, Any]]) -> dict[str, Any]:
    entry = next(e for e in raw_entries if e["id"] == "national-stalking-helpline")
    return copy.deepcopy(entry)


def by_id(organisations: list[Organisation]) -> dict[str, Organisation]:
    return {org.id: org for org in organisations}


# ------------------------------------------------------------------- the real file ----


def test_directory_loads_with_at_least_25_organisations(organisations: list[Organisation]) -> None:
    assert len(organisations) >= 25
    assert validate_directory(yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))) == []


def test_ids_are_unique_and_kebab_case(organisations: list[Organisation]) -> None:
    ids = [org.id for org in organisations]
    assert len(ids) == len(set(ids))
    for org_id in ids:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", org_id), org_id


def test_every_entry_has_a_source_and_a_checked_date(organisations: list[Organisation]) -> None:
    for org in organisations:
        assert org.source, org.id
        assert isinstance(org.checked, dt.date), org.id
        urls = [s for s in org.source if s.startswith(("https://", "http://"))]
        if org.id in SOURCES_WITHOUT_URL:
            assert not urls
            assert all(s.startswith("reference:") for s in org.source)
            assert org.notes and "no web address" in org.notes
        else:
            assert urls, f"{org.id} has no source URL"


def test_phone_and_text_numbers_are_well_formed(organisations: list[Organisation]) -> None:
    for org in organisations:
        if org.contact.phone is not None:
            assert phone_problem(org.contact.phone) is None, org.id
            assert re.fullmatch(r"\d+( \d+)*", org.contact.phone), org.id
            assert org.contact.phone.replace(" ", "") not in {"999", "101", "112"}
        if org.contact.text is not None:
            assert text_problem(org.contact.text) is None, org.id


def test_values_are_within_the_allowed_sets(organisations: list[Organisation]) -> None:
    for org in organisations:
        serves = org.serves
        assert set(serves.crime_types) <= CRIME_TYPES | {"any"}, org.id
        assert set(serves.genders) <= {"any", "women", "men"}, org.id
        assert set(serves.communities) <= COMMUNITIES, org.id
        assert set(serves.hate_strands) <= HATE_STRANDS, org.id
        assert set(serves.boroughs) <= LONDON_BOROUGHS | {"any", "london"}, org.id
        assert set(serves.needs) <= NEEDS, org.id
        assert serves.languages, org.id
        assert len(org.helps_with) <= 120, org.id
        assert org.auto_offer in {"always", "when_needed", "never"}, org.id


def test_exactly_the_two_general_services_are_general(organisations: list[Organisation]) -> None:
    general = {org.id for org in organisations if org.general}
    assert general == {"victim-support-supportline", "london-victim-and-witness-service"}


def test_crisis_lines_are_marked(organisations: list[Organisation]) -> None:
    crisis = {org.id for org in organisations if org.crisis}
    assert crisis == {"samaritans", "shout", "childline"}


def test_complaint_and_after_sentence_bodies_are_never_auto_offered(
    organisations: list[Organisation],
) -> None:
    orgs = by_id(organisations)
    for org_id in ("phso", "unwanted-prisoner-contact-service", "victim-contact-scheme"):
        assert orgs[org_id].auto_offer == "never"
    assert orgs["cica"].auto_offer == "when_needed"
    assert "compensation" in orgs["cica"].serves.needs


def test_unconfirmed_details_are_left_out_and_explained(organisations: list[Organisation]) -> None:
    orgs = by_id(organisations)
    for org_id in UNCONFIRMED_PHONE:
        assert orgs[org_id].contact.phone is None, org_id
        assert orgs[org_id].notes, org_id
    for org_id in UNCONFIRMED_HOURS:
        assert orgs[org_id].hours is None, org_id
        assert orgs[org_id].notes, org_id
    lvws = orgs["london-victim-and-witness-service"]
    assert not lvws.has_contact
    assert lvws.notes and "08 08 16 89 111" in lvws.notes


@pytest.mark.parametrize(
    ("org_id", "phone"),
    [
        ("victim-support-supportline", "08 08 16 89 111"),
        ("victims-information-line", "0808 168 9293"),
        ("national-domestic-abuse-helpline", "0808 2000 247"),
        ("mens-advice-line", "0808 801 0327"),
        ("the-havens", "020 3299 6900"),
        ("galop-lgbt-helpline", "0800 999 5428"),
        ("national-stalking-helpline", "0808 802 0300"),
        ("paladin", "020 3866 4107"),
        ("modern-slavery-helpline", "08000 121 700"),
        ("stop-hate-uk", "0800 138 1625"),
        ("tell-mama", "0800 456 1226"),
        ("cst", "0800 032 3263"),
        ("karma-nirvana", "0800 5999 247"),
        ("samaritans", "116 123"),
        ("childline", "0800 1111"),
        ("report-fraud", "0300 123 2040"),
        ("cica", "0300 003 3601"),
        ("phso", "0345 015 4033"),
        ("unwanted-prisoner-contact-service", "0300 060 6699"),
    ],
)
def test_numbers_match_the_reference_pack(
    organisations: list[Organisation], org_id: str, phone: str
) -> None:
    assert by_id(organisations)[org_id].contact.phone == phone


def test_age_limits_from_the_reference(organisations: list[Organisation]) -> None:
    orgs = by_id(organisations)
    assert orgs["rape-crisis-247-support-line"].serves.min_age == 16
    assert orgs["childline"].serves.max_age == 18


# ------------------------------------------------------------------ phone validation ----


@pytest.mark.parametrize(
    "number", ["08 08 16 89 111", "020 3299 6900", "02032996900", "116 123", "0800 1111"]
)
def test_accepts_well_formed_uk_numbers(number: str) -> None:
    assert phone_problem(number) is None


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("999", "emergency"),
        ("101", "emergency"),
        ("+44 20 3299 6900", "digits"),
        ("020-3299-6900", "digits"),
        ("020  3299 6900", "digits"),
        ("0800 999 54", "digits"),
        ("44 20 3299 6900", "UK number"),
        (8008021, "double quotes"),
    ],
)
def test_rejects_bad_numbers(number: Any, fragment: str) -> None:
    problem = phone_problem(number)
    assert problem is not None
    assert fragment in problem


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Text SHOUT to 85258", True),
        ("Text 07717 989 025", True),
        ("Text 999", False),
        ("Text us", False),
        ("Text 0771 798", False),
    ],
)
def test_text_instructions(text: str, ok: bool) -> None:
    assert (text_problem(text) is None) is ok


# ------------------------------------------------------------------- bad entries ----


_DELETE = object()


def _mutate(entry: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    target = entry
    for key in parents:
        target = target[key]
    if value is _DELETE:
        del target[last]
    else:
        target[last] = value


@pytest.mark.parametrize(
    ("path", "value", "fragment"),
    [
        ("source", _DELETE, "missing 'source'"),
        ("source", [], "source must be a list"),
        ("source", ["www.example.org"], "must be a web address"),
        ("checked", _DELETE, "missing 'checked'"),
        ("checked", "28/11/2026", "YYYY-MM-DD"),
        ("contact.phone", "999", "emergency"),
        ("contact.phone", "0808 802 03", "digits"),
        ("contact.web", "suzylamplugh.org", "https://"),
        ("contact.email", "not-an-email", "email"),
        ("serves.crime_types", ["stalking"], "unknown value 'stalking'"),
        ("serves.boroughs", ["hackny"], "did you mean 'hackney'"),
        ("serves.boroughs", ["any", "hackney"], "'any' must be the only value"),
        ("serves.needs", ["housing"], "unknown value 'housing'"),
        ("serves.genders", ["female"], "unknown value 'female'"),
        ("serves.communities", ["christian"], "unknown value 'christian'"),
        ("serves.hate_strands", ["age"], "unknown value 'age'"),
        ("serves.min_age", "sixteen", "whole number"),
        ("serves.max_age", 10, "greater than"),
        ("helps_with", "x" * 121, "121 characters"),
        ("id", "National Stalking", "lower-case"),
        ("specialist", "yes", "true or false"),
        ("general", True, "both specialist and general"),
        ("auto_offer", "sometimes", "auto_offer must be one of"),
        ("helps_wth", "typo", "did you mean 'helps_with'"),
        ("serves.languges", ["english"], "unknown key 'serves.languges'"),
    ],
)
def test_bad_entry_is_rejected_with_a_useful_message(
    good_entry: dict[str, Any], path: str, value: Any, fragment: str
) -> None:
    if path == "serves.max_age":
        good_entry["serves"]["min_age"] = 16
    _mutate(good_entry, path, value)
    problems = validate_entry(good_entry)
    assert problems, f"{path}={value!r} was accepted"
    assert any(fragment in p for p in problems), problems


def test_good_entry_has_no_problems(good_entry: dict[str, Any]) -> None:
    assert validate_entry(good_entry) == []


def test_missing_phone_without_notes_is_rejected(good_entry: dict[str, Any]) -> None:
    good_entry["contact"]["phone"] = None
    del good_entry["notes"]
    assert any("notes must say why" in p for p in validate_entry(good_entry))


def test_duplicate_ids_are_rejected(good_entry: dict[str, Any]) -> None:
    problems = validate_directory([good_entry, copy.deepcopy(good_entry)])
    assert any("duplicate id" in p for p in problems)
    assert any(p.startswith("entry 2,") for p in problems)


def test_loading_a_bad_file_lists_every_problem(tmp_path: Path, good_entry: dict[str, Any]) -> None:
    first = copy.deepcopy(good_entry)
    first["contact"]["phone"] = "101"
    second = copy.deepcopy(good_entry)
    second["id"] = "another-service"
    del second["source"]
    path = tmp_path / "directory.yml"
    path.write_text(yaml.safe_dump([first, second]), encoding="utf-8")

    with pytest.raises(DirectoryError) as info:
        load_directory(path)
    problems = info.value.problems
    assert any("'national-stalking-helpline'" in p and "emergency" in p for p in problems)
    assert any("'another-service'" in p and "missing 'source'" in p for p in problems)
    assert str(path) in str(info.value)


def test_loading_invalid_yaml_raises_directory_error(tmp_path: Path) -> None:
    path = tmp_path / "directory.yml"
    path.write_text("- id: [unclosed\n", encoding="utf-8")
    with pytest.raises(DirectoryError, match="not valid YAML"):
        load_directory(path)


def test_a_directory_without_a_national_general_service_is_rejected(
    good_entry: dict[str, Any],
) -> None:
    with pytest.raises(DirectoryError, match="general service"):
        parse_directory([good_entry])


def test_organisation_round_trips_to_plain_types(organisations: list[Organisation]) -> None:
    data = by_id(organisations)["the-havens"].to_dict()
    assert data["checked"] == by_id(organisations)["the-havens"].checked.isoformat()
    assert data["serves"]["boroughs"] == ["london"]
    assert isinstance(data["source"], list)

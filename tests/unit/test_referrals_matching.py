"""Referral matching: table-driven cases against the real directory, plus invariants."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Mapping
from typing import Any

import pytest
import yaml

from referrals.directory import DEFAULT_PATH, Organisation, load_directory, parse_directory
from referrals.matching import explain_match, match_organisations

GENERAL = {"victim-support-supportline", "london-victim-and-witness-service"}
NEVER_OFFERED = {"phso", "unwanted-prisoner-contact-service", "victim-contact-scheme"}
ADULT_CRISIS = {"samaritans", "shout"}


@pytest.fixture(scope="module")
def organisations() -> list[Organisation]:
    return load_directory()


def ids(orgs: list[Organisation]) -> list[str]:
    return [org.id for org in orgs]


# Each case: answers, ids that must be present, ids that must be absent, and the set the
# first suggestion must come from (None = no constraint on the first).
CASES: list[tuple[str, dict[str, Any], set[str], set[str], set[str] | None]] = [
    (
        "burglary-hackney",
        {"crime_type": "burglary", "borough": "hackney"},
        {"victim-support-supportline"},
        {"the-havens", "national-stalking-helpline"},
        None,
    ),
    (
        "stalking",
        {"crime_type": "stalking_harassment"},
        {"national-stalking-helpline", "paladin"},
        set(),
        {"national-stalking-helpline", "paladin"},
    ),
    (
        "stalking-outside-london",
        {"crime_type": "stalking_harassment", "borough": "outside_london"},
        {"national-stalking-helpline", "paladin"},
        {"london-stalking-support-service"},
        {"national-stalking-helpline", "paladin"},
    ),
    (
        "da-ex-partner-gender-unknown",
        {
            "crime_type": "assault",
            "relationship_to_offender": "partner_or_ex",
            "domestic_abuse": True,
        },
        {"national-domestic-abuse-helpline", "mens-advice-line"},
        {"galop-lgbt-helpline"},
        {"national-domestic-abuse-helpline", "mens-advice-line"},
    ),
    (
        "da-ex-partner-lgbt",
        {
            "crime_type": "domestic_abuse",
            "relationship_to_offender": "partner_or_ex",
            "domestic_abuse": True,
            "community": ["lgbt"],
        },
        {"galop-lgbt-helpline", "national-domestic-abuse-helpline"},
        set(),
        {"galop-lgbt-helpline"},
    ),
    (
        "da-woman",
        {"crime_type": "domestic_abuse", "gender": "women"},
        {"national-domestic-abuse-helpline"},
        {"mens-advice-line"},
        {"national-domestic-abuse-helpline"},
    ),
    (
        "da-man",
        {"crime_type": "domestic_abuse", "gender": "men"},
        {"mens-advice-line"},
        {"national-domestic-abuse-helpline"},
        {"mens-advice-line"},
    ),
    (
        "sexual-offence-london",
        {"crime_type": "sexual_offence", "borough": "lambeth"},
        {"the-havens", "rape-crisis-247-support-line"},
        set(),
        {"the-havens"},
    ),
    (
        "sexual-offence-outside-london",
        {"crime_type": "sexual_offence", "borough": "outside_london", "age": 30},
        {"rape-crisis-247-support-line"},
        {"the-havens", "london-rape-crisis-centres", "london-survivors-gateway"},
        {"rape-crisis-247-support-line"},
    ),
    (
        "sexual-offence-age-15",
        {"crime_type": "sexual_offence", "borough": "southwark", "age": 15},
        {"the-havens", "childline"},
        {"rape-crisis-247-support-line"},
        None,
    ),
    (
        "sexual-offence-under-18-age-unknown",
        {"crime_type": "sexual_offence", "borough": "southwark", "under_18": True},
        {"the-havens", "childline", "rape-crisis-247-support-line"},
        set(),
        {"the-havens"},
    ),
    (
        "under-18-robbery",
        {"crime_type": "robbery", "under_18": True},
        {"childline"},
        {"samaritans", "shout"},
        {"childline"},
    ),
    (
        "adult-no-childline",
        {"crime_type": "robbery", "age": 40},
        set(),
        {"childline", "samaritans", "shout"},
        None,
    ),
    (
        "modern-slavery",
        {"crime_type": "human_trafficking"},
        {"modern-slavery-helpline"},
        set(),
        {"modern-slavery-helpline"},
    ),
    (
        "fraud",
        {"crime_type": "fraud", "borough": "barnet"},
        {"report-fraud"},
        set(),
        {"report-fraud"},
    ),
    (
        "hate-religion-muslim",
        {
            "crime_type": "assault",
            "hate_motivated": True,
            "hate_strand": ["religion"],
            "community": ["muslim"],
        },
        {"tell-mama"},
        {"cst", "galop-hate-crime-helpline"},
        {"tell-mama"},
    ),
    (
        "hate-religion-jewish",
        {
            "crime_type": "criminal_damage",
            "hate_motivated": True,
            "hate_strand": ["religion"],
            "community": ["jewish"],
        },
        {"cst"},
        {"tell-mama"},
        {"cst"},
    ),
    (
        "hate-religion-community-not-asked",
        {"crime_type": "assault", "hate_motivated": True, "hate_strand": ["religion"]},
        {"catch-hate-crime", "stop-hate-uk"},
        {"tell-mama", "cst", "galop-hate-crime-helpline"},
        None,
    ),
    (
        "hate-transgender",
        {"crime_type": "assault", "hate_motivated": True, "hate_strand": ["transgender_identity"]},
        {"galop-hate-crime-helpline"},
        {"tell-mama", "cst"},
        {"galop-hate-crime-helpline"},
    ),
    (
        "not-hate-no-hate-services",
        {"crime_type": "assault", "hate_motivated": False, "community": ["lgbt"]},
        set(),
        {"catch-hate-crime", "stop-hate-uk", "galop-hate-crime-helpline"},
        None,
    ),
    (
        "hate-outside-london",
        {"crime_type": "assault", "hate_motivated": True, "borough": "outside_london"},
        {"stop-hate-uk"},
        {"catch-hate-crime"},
        None,
    ),
    (
        "compensation-violent",
        {"crime_type": "serious_violence", "needs": ["compensation"]},
        {"cica"},
        set(),
        None,
    ),
    (
        "compensation-not-for-fraud",
        {"crime_type": "fraud", "needs": ["compensation"]},
        {"report-fraud"},
        {"cica"},
        None,
    ),
    (
        "no-compensation-need-no-cica",
        {"crime_type": "serious_violence"},
        set(),
        {"cica", "witness-service"},
        None,
    ),
    (
        "court-need",
        {"crime_type": "theft", "needs": ["court"]},
        {"witness-service"},
        set(),
        None,
    ),
    (
        "nothing-known",
        {},
        {"victim-support-supportline"},
        {"samaritans", "shout", "childline"},
        None,
    ),
]


@pytest.mark.parametrize(
    ("answers", "present", "absent", "first"),
    [pytest.param(a, p, x, f, id=name) for name, a, p, x, f in CASES],
)
def test_matching_table(
    organisations: list[Organisation],
    answers: dict[str, Any],
    present: set[str],
    absent: set[str],
    first: set[str] | None,
) -> None:
    result = ids(match_organisations(answers, organisations))
    assert 2 <= len(result) <= 4, result
    assert present <= set(result), result
    assert not absent & set(result), result
    if first is not None:
        assert result[0] in first, result


# ------------------------------------------------------------------------ invariants ----

_VALUES: dict[str, list[Any]] = {
    "crime_type": [
        None,
        "burglary",
        "domestic_abuse",
        "sexual_offence",
        "stalking_harassment",
        "human_trafficking",
        "fraud",
        "serious_violence",
        "other",
    ],
    "age": [None, 12, 15, 17, 30],
    "under_18": [None, True, False],
    "borough": [None, "hackney", "city of london", "outside_london"],
    "hate_motivated": [None, True],
    "community": [None, ["lgbt"], ["muslim"]],
    "gender": [None, "women", "men"],
    "needs": [None, ["compensation", "court"]],
    "language": [None, "polish"],
}


def _all_answers() -> list[dict[str, Any]]:
    keys = list(_VALUES)
    combos = itertools.product(*(_VALUES[k] for k in keys))
    # Every 7th combination keeps the run fast while still covering each value many times.
    return [dict(zip(keys, combo, strict=True)) for i, combo in enumerate(combos) if i % 7 == 0]


ALL_ANSWERS = _all_answers()


def test_invariants_hold_for_many_answer_combinations(organisations: list[Organisation]) -> None:
    assert len(ALL_ANSWERS) > 1000
    for answers in ALL_ANSWERS:
        result = match_organisations(answers, organisations)
        result_ids = ids(result)
        assert 2 <= len(result) <= 4, (answers, result_ids)
        assert len(set(result_ids)) == len(result_ids), (answers, result_ids)
        assert GENERAL & set(result_ids), (answers, result_ids)
        assert not NEVER_OFFERED & set(result_ids), (answers, result_ids)
        assert not ADULT_CRISIS & set(result_ids), (answers, result_ids)
        if answers["borough"] == "outside_london":
            assert all("any" in org.serves.boroughs for org in result), (answers, result_ids)
        child = (answers["age"] is not None and answers["age"] < 18) or (
            answers["age"] is None and answers["under_18"] is True
        )
        assert ("childline" in result_ids) is child, (answers, result_ids)
        if answers["gender"] == "men":
            assert "national-domestic-abuse-helpline" not in result_ids
        if answers["gender"] == "women":
            assert "mens-advice-line" not in result_ids
        for org in result:
            assert explain_match(answers, org), org.id


@pytest.mark.parametrize("limit", [2, 3, 4, 6])
def test_limit_is_respected_and_general_service_is_kept(
    organisations: list[Organisation], limit: int
) -> None:
    answers = {"crime_type": "sexual_offence", "borough": "camden", "under_18": True}
    result = ids(match_organisations(answers, organisations, limit=limit))
    assert 2 <= len(result) <= limit
    assert result[-1] in GENERAL
    assert "childline" in result


def test_limit_below_two_is_refused(organisations: list[Organisation]) -> None:
    with pytest.raises(ValueError, match="at least 2"):
        match_organisations({}, organisations, limit=1)


def test_general_service_is_last_when_specialists_fill_the_list(
    organisations: list[Organisation],
) -> None:
    result = ids(match_organisations({"crime_type": "stalking_harassment"}, organisations))
    assert len(result) == 4
    assert result[-1] == "victim-support-supportline"


def test_order_is_deterministic_and_independent_of_file_order(
    organisations: list[Organisation],
) -> None:
    answers = {"crime_type": "domestic_abuse", "community": ["lgbt"], "borough": "islington"}
    first = ids(match_organisations(answers, organisations))
    assert first == ids(match_organisations(answers, organisations))
    assert first == ids(match_organisations(answers, list(reversed(organisations))))
    assert first == ids(match_organisations(answers, sorted(organisations, key=lambda o: o.name)))


def test_unknown_and_malformed_answers_are_ignored(organisations: list[Organisation]) -> None:
    answers = {
        "crime_type": "not-a-crime",
        "age": "twelve",
        "borough": "atlantis",
        "needs": "compensation",  # a single string instead of a list
        "hate_strand": 5,
        "something_else": object(),
    }
    result = ids(match_organisations(answers, organisations))
    assert 2 <= len(result) <= 4
    assert "victim-support-supportline" in result


# ----------------------------------------------------------- general service choice ----


def _with_lvws_contact(organisations: list[Organisation]) -> list[Organisation]:
    raw = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    for entry in raw:
        if entry["id"] == "london-victim-and-witness-service":
            entry["contact"]["web"] = "https://lvws.example.org"
    return parse_directory(raw)


def test_londoners_get_supportline_while_lvws_has_no_contact_details(
    organisations: list[Organisation],
) -> None:
    result = ids(match_organisations({"borough": "hackney"}, organisations))
    assert "victim-support-supportline" in result
    assert "london-victim-and-witness-service" not in result


def test_londoners_get_lvws_once_it_has_contact_details(
    organisations: list[Organisation],
) -> None:
    orgs = _with_lvws_contact(organisations)
    london = ids(match_organisations({"crime_type": "burglary", "borough": "hackney"}, orgs))
    assert "london-victim-and-witness-service" in london
    assert "victim-support-supportline" not in london[:1]
    elsewhere = ids(
        match_organisations({"crime_type": "burglary", "borough": "outside_london"}, orgs)
    )
    assert "victim-support-supportline" in elsewhere
    assert "london-victim-and-witness-service" not in elsewhere
    unknown = ids(match_organisations({"crime_type": "burglary"}, orgs))
    assert "victim-support-supportline" in unknown


# ---------------------------------------------------------- synthetic directories ----


def _entry(org_id: str, **changes: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": org_id,
        "name": org_id.replace("-", " ").title(),
        "helps_with": "Test service.",
        "specialist": True,
        "general": False,
        "serves": {
            "crime_types": ["burglary"],
            "min_age": None,
            "max_age": None,
            "genders": ["any"],
            "communities": [],
            "hate_strands": [],
            "boroughs": ["any"],
            "languages": ["english"],
            "needs": [],
        },
        "contact": {"phone": "020 7946 0000", "text": None, "web": None, "email": None},
        "hours": "9am-5pm",
        "source": ["https://example.org/source"],
        "checked": "2026-11-28",
    }
    for key, value in changes.items():
        if key in entry["serves"]:
            entry["serves"][key] = value
        else:
            entry[key] = value
    return entry


def _directory(*entries: dict[str, Any]) -> list[Organisation]:
    general = _entry(
        "general-line", specialist=False, general=True, crime_types=["any"], priority=1
    )
    return parse_directory([general, *(copy.deepcopy(e) for e in entries)])


def test_language_preference_reorders_equal_specialists() -> None:
    orgs = _directory(
        _entry("english-only", priority=1),
        _entry("polish-speaking", languages=["english", "polish"], priority=50),
        _entry("interpreters", languages=["any"], priority=60),
    )
    english = ids(match_organisations({"crime_type": "burglary", "language": "english"}, orgs))
    polish = ids(match_organisations({"crime_type": "burglary", "language": "polish"}, orgs))
    assert english[0] == "english-only"
    assert polish[:2] == ["polish-speaking", "interpreters"]
    assert polish[-1] == "general-line"


def test_borough_lists_are_respected() -> None:
    orgs = _directory(
        _entry("hackney-only", boroughs=["hackney"]),
        _entry("everywhere", priority=200),
    )
    assert "hackney-only" in ids(
        match_organisations({"crime_type": "burglary", "borough": "hackney"}, orgs)
    )
    assert "hackney-only" not in ids(
        match_organisations({"crime_type": "burglary", "borough": "camden"}, orgs)
    )
    assert "hackney-only" not in ids(
        match_organisations({"crime_type": "burglary", "borough": "outside_london"}, orgs)
    )


def test_ties_are_broken_by_priority_then_id() -> None:
    orgs = _directory(_entry("b-service"), _entry("a-service"), _entry("c-service", priority=5))
    assert ids(match_organisations({"crime_type": "burglary"}, orgs)) == [
        "c-service",
        "a-service",
        "b-service",
        "general-line",
    ]


def test_services_without_contact_details_rank_below_contactable_ones() -> None:
    no_contact = _entry("no-contact", priority=1, notes="Number not in our sources.")
    no_contact["contact"] = {"phone": None, "text": None, "web": None, "email": None}
    orgs = _directory(no_contact, _entry("has-phone", priority=90))
    assert ids(match_organisations({"crime_type": "burglary"}, orgs))[:2] == [
        "has-phone",
        "no-contact",
    ]


# ------------------------------------------------------------------- explanations ----


@pytest.mark.parametrize(
    ("answers", "org_id", "fragment"),
    [
        ({"crime_type": "stalking_harassment"}, "national-stalking-helpline", "stalking"),
        ({"crime_type": "fraud"}, "report-fraud", "fraud"),
        ({"hate_motivated": True, "community": ["muslim"]}, "tell-mama", "Muslim"),
        ({"under_18": True}, "childline", "under 19"),
        (
            {"crime_type": "human_trafficking", "language": "polish"},
            "modern-slavery-helpline",
            "interpreter",
        ),
        ({"crime_type": "assault", "needs": ["compensation"]}, "cica", "compensation"),
        ({}, "victim-support-supportline", "anyone affected by crime"),
        ({"borough": "outside_london"}, "the-havens", "Not suggested: only for people in London"),
        ({}, "phso", "Not suggested"),
        (
            {"crime_type": "sexual_offence", "age": 14},
            "rape-crisis-247-support-line",
            "aged 16 or over",
        ),
        (
            {"crime_type": "domestic_abuse", "gender": "men"},
            "national-domestic-abuse-helpline",
            "for women",
        ),
    ],
)
def test_explain_match(
    organisations: list[Organisation], answers: Mapping[str, Any], org_id: str, fragment: str
) -> None:
    org = next(o for o in organisations if o.id == org_id)
    reason = explain_match(answers, org)
    assert fragment in reason
    assert reason.endswith(".")
    assert reason[0].isupper()

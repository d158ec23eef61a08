"""Referral matching: table-driven cases against the real directory, plus invariants."""

from __future__ import annotations

import copy
import dataclasses
import itertools
import zlib
from collections.abc import Mapping
from typing import Any

import pytest

from core import yaml_files
from referrals.directory import DEFAULT_PATH, Contact, Organisation, load_directory, parse_directory
from referrals.matching import (
    contact_routes,
    explain_match,
    for_whom,
    gender_question_needed,
    match_organisations,
    more_organisations,
    organisations_for_topic,
)

GENERAL = {"victim-support-supportline", "london-victim-and-witness-service"}
RETIRED = {"galop-hate-crime-helpline"}
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
        {"london-victim-and-witness-service"},
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
        {"the-havens", "childline"},
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
        # CATCH is retired (round 39: its MOPAC contract ended 30 September 2025, PCD 1437)
        {"stop-hate-uk"},
        {"catch-hate-crime", "tell-mama", "cst", "galop-hate-crime-helpline"},
        None,
    ),
    (
        "hate-transgender",
        {"crime_type": "assault", "hate_motivated": True, "hate_strand": ["transgender_identity"]},
        {"galop-lgbt-helpline"},
        {"tell-mama", "cst", "galop-hate-crime-helpline"},
        {"galop-lgbt-helpline"},
    ),
    (
        "not-hate-no-hate-services",
        {"crime_type": "assault", "hate_motivated": False, "community": ["lgbt"]},
        set(),
        {"catch-hate-crime", "stop-hate-uk", "galop-hate-crime-helpline", "galop-lgbt-helpline"},
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
        # The Witness Service has no contact details our sources confirm, so it is not offered.
        "court-need-no-unreachable-service",
        {"crime_type": "theft", "needs": ["court"]},
        {"victim-support-supportline"},
        {"witness-service"},
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
    assert 2 <= len(result) <= 3, result
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
        assert 2 <= len(result) <= 3, (answers, result_ids)
        assert len(set(result_ids)) == len(result_ids), (answers, result_ids)
        assert GENERAL & set(result_ids), (answers, result_ids)
        assert not NEVER_OFFERED & set(result_ids), (answers, result_ids)
        assert not ADULT_CRISIS & set(result_ids), (answers, result_ids)
        if answers["borough"] == "outside_london":
            assert all("any" in org.serves.boroughs for org in result), (answers, result_ids)
        # Childline serves under-19s: a child is 18 or under now, or under 18 at the time
        # when the age now is not known.
        child = (answers["age"] is not None and answers["age"] <= 18) or (
            answers["age"] is None and answers["under_18"] is True
        )
        assert ("childline" in result_ids) is child, (answers, result_ids)
        if answers["gender"] == "men":
            assert "national-domestic-abuse-helpline" not in result_ids
        if answers["gender"] == "women":
            assert "mens-advice-line" not in result_ids
        assert not RETIRED & set(result_ids), (answers, result_ids)
        assert "karma-nirvana" not in result_ids  # no forced marriage in these answers
        for org in result:
            assert explain_match(answers, org), org.id
            if org.is_gendered:
                assert answers["gender"] is None or for_whom(answers, org) is None
                if answers["gender"] is None:
                    assert for_whom(answers, org), org.id


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
    assert len(result) == 3
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
    assert 2 <= len(result) <= 3
    assert "victim-support-supportline" in result


# ----------------------------------------------------------- general service choice ----


def _without_lvws_contact() -> list[Organisation]:
    raw = yaml_files.load(DEFAULT_PATH.read_text(encoding="utf-8"))
    for entry in raw:
        if entry["id"] == "london-victim-and-witness-service":
            entry["contact"] = {"phone": None, "text": None, "web": None, "email": None}
            entry.pop("hours")
    return parse_directory(raw)


def test_londoners_get_lvws_now_it_has_contact_details(
    organisations: list[Organisation],
) -> None:
    london = ids(
        match_organisations({"crime_type": "burglary", "borough": "hackney"}, organisations)
    )
    assert "london-victim-and-witness-service" in london
    assert "victim-support-supportline" not in london
    elsewhere = ids(
        match_organisations({"crime_type": "burglary", "borough": "outside_london"}, organisations)
    )
    assert "victim-support-supportline" in elsewhere
    assert "london-victim-and-witness-service" not in elsewhere
    unknown = ids(match_organisations({"crime_type": "burglary"}, organisations))
    assert "victim-support-supportline" in unknown


def test_londoners_fall_back_to_the_supportline_if_lvws_had_no_contact_details() -> None:
    result = ids(match_organisations({"borough": "hackney"}, _without_lvws_contact()))
    assert "victim-support-supportline" in result
    assert "london-victim-and-witness-service" not in result


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
        # Each its own number (Ofcom's drama range): the same number twice is shown once.
        "contact": {
            "phone": f"020 7946 0{zlib.crc32(org_id.encode()) % 1000:03d}",
            "text": None,
            "web": None,
            "email": None,
        },
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
    assert ids(match_organisations({"crime_type": "burglary"}, orgs, limit=4)) == [
        "c-service",
        "a-service",
        "b-service",
        "general-line",
    ]


def test_services_without_contact_details_are_not_offered() -> None:
    no_contact = _entry("no-contact", priority=1, notes="Number not in our sources.")
    no_contact["contact"] = {"phone": None, "text": None, "web": None, "email": None}
    orgs = _directory(no_contact, _entry("has-phone", priority=90))
    assert "no-contact" not in ids(match_organisations({"crime_type": "burglary"}, orgs))
    assert "no-contact" not in ids(more_organisations({"crime_type": "burglary"}, orgs))
    unreachable = next(org for org in orgs if org.id == "no-contact")
    assert explain_match({"crime_type": "burglary"}, unreachable).startswith("Not suggested")


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


# ------------------------------------------ issue 11 and issue 10 item 8: services that fit ----

# Each case: answers, ids that must be shown, ids that must not, and where the first must
# come from. The short result is what the person sees first (limit 3).
FIT_CASES: list[tuple[str, dict[str, Any], set[str], set[str], set[str] | None]] = [
    (
        "homophobic attack offers Galop first",
        {"crime_type": "assault", "hate_motivated": True, "hate_strand": ["sexual_orientation"]},
        {"galop-lgbt-helpline"},
        {"tell-mama", "cst", "galop-hate-crime-helpline"},
        {"galop-lgbt-helpline"},
    ),
    (
        "transphobic harassment in Hackney offers Galop",
        {
            "crime_type": "stalking_harassment",
            "hate_motivated": True,
            "hate_strand": ["transgender_identity"],
            "borough": "hackney",
        },
        {"galop-lgbt-helpline"},
        {"galop-hate-crime-helpline"},
        None,
    ),
    (
        "anti-Muslim attack offers Tell MAMA first",
        {
            "crime_type": "assault",
            "hate_motivated": True,
            "hate_strand": ["religion"],
            "community": ["muslim"],
        },
        {"tell-mama"},
        {"cst", "galop-lgbt-helpline"},
        {"tell-mama"},
    ),
    (
        "bereaved mother offers the homicide service",
        {"crime_type": "homicide", "bereaved": True, "gender": "woman"},
        {"national-homicide-service"},
        {"national-domestic-abuse-helpline", "karma-nirvana"},
        {"national-homicide-service"},
    ),
    (
        "relative of someone killed in a robbery, bereavement not asked",
        {"crime_type": "robbery", "account_details": ["someone_died"]},
        {"national-homicide-service"},
        set(),
        {"national-homicide-service"},
    ),
    (
        "eyewitness to a killing: homicide service, not SAMM",
        {"crime_type": "homicide", "bereaved": False},
        {"national-homicide-service"},
        {"samm"},
        None,
    ),
    (
        "14-year-old offers Childline",
        {"age": 14},
        {"childline"},
        {"samaritans", "shout"},
        {"childline"},
    ),
    (
        "15-year-old hurt by a parent: Childline and the NSPCC, no adult helplines",
        {
            "crime_type": "assault",
            "relationship_to_offender": "family_member",
            "age": 15,
            "under_18": True,
        },
        {"childline", "nspcc-helpline"},
        {"national-domestic-abuse-helpline", "mens-advice-line", "galop-lgbt-helpline"},
        None,
    ),
    (
        "14-year-old who says 'domestic abuse': no adult domestic abuse helplines",
        {"crime_type": "domestic_abuse", "age": 14, "gender": "woman"},
        {"childline", "nspcc-helpline"},
        {"national-domestic-abuse-helpline", "mens-advice-line"},
        None,
    ),
    (
        "adult whose child saw the abuse: the NSPCC too",
        {
            "crime_type": "domestic_abuse",
            "gender": "woman",
            "age": 32,
            "account_details": ["child_witness"],
        },
        {"national-domestic-abuse-helpline", "nspcc-helpline"},
        {"childline"},
        {"national-domestic-abuse-helpline"},
    ),
    (
        "forced marriage offers Karma Nirvana",
        {"crime_type": "domestic_abuse", "gender": "woman", "account_details": ["forced_marriage"]},
        {"karma-nirvana", "forced-marriage-unit"},
        set(),
        None,
    ),
    (
        "honour-based abuse offers Karma Nirvana",
        {"relationship_to_offender": "family_member", "account_details": ["honour_based"]},
        {"karma-nirvana"},
        set(),
        None,
    ),
    (
        "domestic abuse without forced marriage: no forced-marriage service",
        {"crime_type": "domestic_abuse", "gender": "woman", "community": ["south_asian"]},
        {"national-domestic-abuse-helpline"},
        {"karma-nirvana"},
        {"national-domestic-abuse-helpline"},
    ),
    (
        "economic abuse by a partner: domestic abuse services",
        {"crime_type": "theft", "relationship_to_offender": "partner_or_ex", "gender": "man"},
        {"mens-advice-line"},
        {"national-domestic-abuse-helpline"},
        {"mens-advice-line"},
    ),
    (
        "abuse by a carer in Camden: the council's adult safeguarding",
        {"crime_type": "assault", "account_details": ["carer"], "borough": "camden", "age": 80},
        {"council-adult-safeguarding", "london-victim-and-witness-service"},
        set(),
        {"council-adult-safeguarding"},
    ),
    (
        "intimate images shared, adult: the Revenge Porn Helpline",
        {"crime_type": "online_abuse", "account_details": ["intimate_images"], "age": 24},
        {"revenge-porn-helpline"},
        {"childline"},
        {"revenge-porn-helpline"},
    ),
    (
        "intimate images shared, 16-year-old: Childline's Report Remove, not the adult helpline",
        {"crime_type": "online_abuse", "account_details": ["intimate_images"], "age": 16},
        {"report-remove"},
        {"revenge-porn-helpline"},
        None,
    ),
    (
        "rape in London this year: the Havens",
        {"crime_type": "sexual_offence", "borough": "lambeth", "within_12_months": True},
        {"the-havens"},
        set(),
        {"the-havens"},
    ),
    (
        "rape in London years ago: Rape Crisis, not the Havens",
        {
            "crime_type": "sexual_offence",
            "borough": "lambeth",
            "within_12_months": False,
            "age": 40,
        },
        {"rape-crisis-247-support-line"},
        {"the-havens"},
        {"rape-crisis-247-support-line"},
    ),
    (
        "stalking in London: the stalking helpline, not its option 2 twice",
        {"crime_type": "stalking_harassment", "borough": "hackney"},
        {"national-stalking-helpline"},
        {"london-stalking-support-service"},
        {"national-stalking-helpline"},
    ),
    (
        "LGBT+ domestic abuse: Galop first",
        {"crime_type": "domestic_abuse", "community": ["lgbt"], "gender": "non_binary"},
        {"galop-lgbt-helpline"},
        {"national-domestic-abuse-helpline", "mens-advice-line"},
        {"galop-lgbt-helpline"},
    ),
    (
        "a man raped in London is not offered women's services",
        {"crime_type": "sexual_offence", "borough": "hackney", "gender": "man", "age": 30},
        {"the-havens"},
        {"national-domestic-abuse-helpline"},
        None,
    ),
]


@pytest.mark.parametrize(
    ("answers", "present", "absent", "first"),
    [pytest.param(a, p, x, f, id=name) for name, a, p, x, f in FIT_CASES],
)
def test_services_that_fit(
    organisations: list[Organisation],
    answers: dict[str, Any],
    present: set[str],
    absent: set[str],
    first: set[str] | None,
) -> None:
    result = ids(match_organisations(answers, organisations))
    assert 2 <= len(result) <= 3, result
    assert present <= set(result), result
    assert not absent & set(result), result
    if first is not None:
        assert result[0] in first, result
    assert result[-1] in GENERAL


def test_the_default_short_list_is_three(organisations: list[Organisation]) -> None:
    assert len(match_organisations({"crime_type": "domestic_abuse"}, organisations)) == 3


def test_the_councils_page_is_the_persons_borough(organisations: list[Organisation]) -> None:
    answers = {"crime_type": "assault", "account_details": ["carer"], "borough": "camden"}
    council = next(
        org
        for org in match_organisations(answers, organisations)
        if org.id == "council-adult-safeguarding"
    )
    assert council.contact.web == "https://www.camden.gov.uk/"
    elsewhere = {"crime_type": "assault", "account_details": ["carer"], "borough": "outside_london"}
    assert "council-adult-safeguarding" not in ids(match_organisations(elsewhere, organisations))


# ----------------------------------------------------------------------- gender ----

GENDER_CASES = [
    # (name, answers, both gendered helplines shown while unknown, question needed)
    ("domestic abuse, gender unknown", {"crime_type": "domestic_abuse"}, True, True),
    (
        "partner assault, gender unknown",
        {"crime_type": "assault", "relationship_to_offender": "partner_or_ex"},
        True,
        True,
    ),
    ("domestic abuse, a woman", {"crime_type": "domestic_abuse", "gender": "woman"}, False, False),
    ("domestic abuse, a man", {"crime_type": "domestic_abuse", "gender": "man"}, False, False),
    ("burglary, gender unknown", {"crime_type": "burglary"}, False, False),
    (
        "homophobic attack, gender unknown",
        {"crime_type": "assault", "hate_motivated": True, "hate_strand": ["sexual_orientation"]},
        False,
        False,
    ),
]


@pytest.mark.parametrize(
    ("answers", "both_shown", "question"),
    [pytest.param(a, b, q, id=name) for name, a, b, q in GENDER_CASES],
)
def test_gendered_services_and_the_gender_question(
    organisations: list[Organisation], answers: dict[str, Any], both_shown: bool, question: bool
) -> None:
    result = match_organisations(answers, organisations)
    shown = set(ids(result))
    assert ({"national-domestic-abuse-helpline", "mens-advice-line"} <= shown) is both_shown
    assert gender_question_needed(answers, organisations) is question
    for org in result:
        if org.is_gendered:
            label = for_whom(answers, org)
            if answers.get("gender") is None:
                assert label and label.startswith("for "), org.id
            else:
                assert label is None, org.id


@pytest.mark.parametrize("gender", ["woman", "man", "non_binary"])
def test_gendered_services_only_to_those_they_serve(
    organisations: list[Organisation], gender: str
) -> None:
    served = {"woman": "women", "man": "men", "non_binary": "non_binary"}[gender]
    for crime_type in ("domestic_abuse", "sexual_offence", "assault"):
        for borough in (None, "hackney"):
            answers = {"crime_type": crime_type, "gender": gender, "borough": borough}
            wide = match_organisations(answers, organisations, limit=len(organisations))
            for org in wide:
                assert not org.is_gendered or served in org.serves.genders, (answers, org.id)
                assert for_whom(answers, org) is None or not org.is_gendered


def test_non_binary_people_are_offered_survivors_uk_in_the_longer_list(
    organisations: list[Organisation],
) -> None:
    # Survivors UK has no confirmed contact details yet; give it some to test who it serves.
    organisations = [
        dataclasses.replace(org, contact=Contact(web="https://example.org"))
        if org.id == "survivors-uk"
        else org
        for org in organisations
    ]
    answers = {"crime_type": "sexual_offence", "borough": "hackney", "gender": "non_binary"}
    assert "survivors-uk" in ids(more_organisations(answers, organisations, limit=10))
    woman = {**answers, "gender": "woman"}
    assert "survivors-uk" not in ids(match_organisations(woman, organisations, limit=20))


def test_for_whom_labels(organisations: list[Organisation]) -> None:
    orgs = {org.id: org for org in organisations}
    assert for_whom({}, orgs["national-domestic-abuse-helpline"]) == "for women"
    assert for_whom({"gender": "woman"}, orgs["national-domestic-abuse-helpline"]) is None
    assert for_whom({}, orgs["mens-advice-line"]) == "for men"
    assert for_whom({"gender": "man"}, orgs["nspcc-helpline"]) == "for adults worried about a child"
    assert for_whom({}, orgs["victim-support-supportline"]) is None


# ------------------------------------------------------------------------- more ----


@pytest.mark.parametrize(
    "answers",
    [
        {"crime_type": "stalking_harassment", "borough": "hackney"},
        {"crime_type": "sexual_offence", "borough": "lambeth", "under_18": True},
        {"crime_type": "assault", "hate_motivated": True},
        {},
    ],
)
def test_more_gives_the_ones_not_shown_in_order(
    organisations: list[Organisation], answers: dict[str, Any]
) -> None:
    short = ids(match_organisations(answers, organisations))
    long = ids(match_organisations(answers, organisations, limit=len(organisations)))
    assert set(short) <= set(long)
    more = ids(more_organisations(answers, organisations, shown=short, limit=len(organisations)))
    assert not set(more) & set(short)
    assert more == [org_id for org_id in long if org_id not in short]
    assert len(ids(more_organisations(answers, organisations, shown=short, limit=1))) <= 1


def test_the_same_phone_line_is_never_listed_twice(organisations: list[Organisation]) -> None:
    # The London Stalking Support Service is option 2 of the National Stalking Helpline.
    answers = {"crime_type": "stalking_harassment", "borough": "hackney"}
    everything = match_organisations(answers, organisations, limit=len(organisations))
    phones = [org.contact.phone for org in everything if org.contact.phone]
    assert len(phones) == len(set(phones))
    assert "national-stalking-helpline" in ids(everything)
    assert "london-stalking-support-service" not in ids(everything)


# ----------------------------------------------------------- someone who cannot phone ----


def test_someone_who_cannot_phone_gets_text_chat_and_email_first(
    organisations: list[Organisation],
) -> None:
    orgs = {org.id: org for org in organisations}
    deaf = {"cannot_phone": True, "community": ["deaf"]}
    routes = contact_routes(orgs["national-domestic-abuse-helpline"], deaf)
    kinds = [route.kind for route in routes]
    assert kinds[0] in {"text", "chat", "email"}
    assert "phone" not in kinds
    assert ("text_relay", "18001 0808 2000 247") in [(r.kind, r.value) for r in routes]
    # Someone who can hear but cannot call safely now gets the number itself, last.
    unsafe = contact_routes(orgs["national-domestic-abuse-helpline"], {"cannot_phone": True})
    assert [r.kind for r in unsafe][-1] == "phone"
    assert "text_relay" not in [r.kind for r in unsafe]
    phone_first = contact_routes(orgs["national-domestic-abuse-helpline"], {})
    assert phone_first[0].kind == "phone"
    stop_hate = [r.kind for r in contact_routes(orgs["stop-hate-uk"], {"cannot_phone": True})]
    assert stop_hate[:3] == ["text", "chat", "email"]


def test_someone_who_cannot_phone_is_offered_services_they_can_reach(
    organisations: list[Organisation],
) -> None:
    answers = {"crime_type": "assault", "hate_motivated": True, "cannot_phone": True}
    result = match_organisations(answers, organisations)
    assert result[0].contact.without_phone, ids(result)
    general = result[-1]
    assert general.contact.chat  # the general services' live chat


def test_every_shown_service_can_be_reached_without_a_call_or_by_text_relay(
    organisations: list[Organisation],
) -> None:
    for answers in ALL_ANSWERS[::10]:
        person = {**answers, "cannot_phone": True}
        for org in match_organisations(person, organisations):
            if org.has_contact:
                assert contact_routes(org, person), org.id


# ------------------------------------------------------------------------ topics ----


def test_restorative_justice_in_london_names_calm_mediation(
    organisations: list[Organisation],
) -> None:
    london = ids(
        organisations_for_topic("restorative_justice", {"borough": "hackney"}, organisations)
    )
    assert london[:2] == ["london-victim-and-witness-service", "calm-restorative-justice"]
    assert (
        organisations_for_topic("restorative_justice", {"borough": "outside_london"}, organisations)
        == []
    )
    assert ids(organisations_for_topic("compensation", {}, organisations)) == ["cica"]


def test_retired_services_are_never_offered(organisations: list[Organisation]) -> None:
    old = next(org for org in organisations if org.id == "galop-hate-crime-helpline")
    answers = {"hate_motivated": True, "hate_strand": ["sexual_orientation"]}
    assert explain_match(answers, old) == "Not suggested: no longer offered."
    assert "galop-hate-crime-helpline" not in ids(
        match_organisations(answers, organisations, limit=len(organisations))
    )


def test_the_matcher_reads_the_default_directory_when_none_is_given() -> None:
    assert ids(match_organisations({"age": 14})) == ids(
        match_organisations({"age": 14}, load_directory())
    )


def test_children_who_see_a_strangers_graffiti_are_not_child_witnesses_of_abuse() -> None:
    # A father whose children saw racist graffiti on his car was offered the NSPCC.
    answers = {
        "crime_type": "criminal_damage",
        "relationship_to_offender": "stranger",
        "hate_motivated": True,
        "account_details": ["child_witness"],
        "age": 45,
    }
    offered = ids(match_organisations(answers, load_directory(), limit=10))
    assert not any("nspcc" in org for org in offered)

"""Tests for the Victims' Code rules (core/victims_code.yml + core/code_rules.py)."""

from __future__ import annotations

import dataclasses
import itertools
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from core import yaml_files

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # so plain `pytest` works as well as `python -m pytest`
    sys.path.insert(0, str(ROOT))

from core import code_rules  # noqa: E402
from core.code_rules import (  # noqa: E402
    ASK_RIGHT_TOPICS,
    CONDITION_OPERATORS,
    MAX_SUMMARY_CHARS,
    SMS_LIMIT,
    STAGE_ORDER,
    Assessment,
    answer_for,
    assess,
    derive_facts,
    entitlements_for,
    format_entitlements_messages,
    format_reasons_message,
    load_code,
    rights_answers_domain_yaml,
)
from core.contract import ACCOUNT_DETAILS  # noqa: E402

# ---- contract values --------------------------------------------------------------------------

CRIME_TYPES = (
    "domestic_abuse",
    "sexual_offence",
    "stalking_harassment",
    "assault",
    "serious_violence",
    "attempted_murder",
    "homicide",
    "robbery",
    "burglary",
    "theft",
    "fraud",
    "criminal_damage",
    "arson",
    "kidnap_false_imprisonment",
    "human_trafficking",
    "terrorism",
    "online_abuse",
    "other",
)
RELATIONSHIPS = ("partner_or_ex", "family_member", "someone_known", "stranger", "unknown")
SLOTS = (
    "consent",
    "in_danger",
    "crime_type",
    "reported_to_police",
    "bereaved",
    "under_18",
    "relationship_to_offender",
    "repeat_victimisation",
    "hate_motivated",
    "impairment",
    "fear_of_giving_evidence",
    "needs",
    "language",
    "borough",
)
BOOL_QUESTIONS = (
    "bereaved",
    "under_18",
    "repeat_victimisation",
    "hate_motivated",
    "impairment",
    "fear_of_giving_evidence",
)
MSC, PT, VUL, INT = "most_serious_crime", "persistently_targeted", "vulnerable", "intimidated"
VIOLENT_OR_SEXUAL = {
    "domestic_abuse",
    "sexual_offence",
    "stalking_harassment",
    "assault",
    "serious_violence",
    "attempted_murder",
    "homicide",
    "robbery",
    "arson",
    "kidnap_false_imprisonment",
    "human_trafficking",
    "terrorism",
}
CRIMES_OF_VIOLENCE = VIOLENT_OR_SEXUAL - {"stalking_harassment"}
PROMISE_WORDS = (
    "will definitely",
    "definitely",
    "guarantee",
    "certainly",
    "you will get",
    "you will be",
    "you'll get",
    "you'll be",
    "always get",
    "100%",
)


# Citations stay in the records (Reason.reference, the YAML); the person never sees them.
LEGAL_CITATIONS = ("YJCEA", "s.16", "s.17", "Act 2021", "Act 1999", "Act 2015", "2013/2015")
STAGE_HEADINGS = ("Your rights now:", "If it goes to court:", "After a conviction:")
RIGHT_AT_END = re.compile(r"\(Rights? (\d+)(?: and (\d+))?\)$")


def answers(**given: Any) -> dict[str, Any]:
    """All contract slots unknown (None) except those given."""
    base: dict[str, Any] = dict.fromkeys(SLOTS)
    base.update(given)
    return base


def ent(answers_: dict[str, Any], entitlement_id: str):
    matches = [e for e in entitlements_for(answers_) if e.id == entitlement_id]
    return matches[0] if matches else None


TEEN_STALKED_BY_EX = answers(
    consent=True,
    in_danger=False,
    crime_type="stalking_harassment",
    reported_to_police=True,
    under_18=True,
    repeat_victimisation=True,
    relationship_to_offender="partner_or_ex",
    language="english",
    borough="hackney",
)
BURGLARY_NOT_REPORTED = answers(
    consent=True,
    in_danger=False,
    crime_type="burglary",
    reported_to_police=False,
    bereaved=False,
    under_18=False,
    relationship_to_offender="stranger",
    repeat_victimisation=False,
    hate_motivated=False,
    impairment=False,
    fear_of_giving_evidence=False,
    language="english",
    borough="croydon",
)

# ---- categories -------------------------------------------------------------------------------

CATEGORY_CASES = [
    # each category alone
    ("under 18 -> vulnerable (automatic)", answers(under_18=True), (VUL,)),
    ("impairment -> vulnerable", answers(impairment=True), (VUL,)),
    ("fear of giving evidence -> intimidated", answers(fear_of_giving_evidence=True), (INT,)),
    ("repeat victimisation -> persistently targeted", answers(repeat_victimisation=True), (PT,)),
    (
        "stalking by a stranger, more than once -> persistently targeted",
        answers(
            crime_type="stalking_harassment",
            relationship_to_offender="stranger",
            repeat_victimisation=True,
        ),
        (PT,),
    ),
    (
        "stalking, relationship unknown, more than once -> persistently targeted only",
        answers(crime_type="stalking_harassment", repeat_victimisation=True),
        (PT,),
    ),
    (
        "harassment once -> nothing",
        answers(crime_type="stalking_harassment", repeat_victimisation=False),
        (),
    ),
    (
        "bereaved close relative -> most serious",
        answers(bereaved=True, crime_type="homicide"),
        (MSC,),
    ),
    ("bereaved, other crime -> most serious", answers(bereaved=True, crime_type="other"), (MSC,)),
    ("hate crime -> most serious", answers(crime_type="assault", hate_motivated=True), (MSC,)),
    ("terrorism -> most serious", answers(crime_type="terrorism"), (MSC,)),
    ("attempted murder -> most serious", answers(crime_type="attempted_murder"), (MSC,)),
    ("kidnap -> most serious", answers(crime_type="kidnap_false_imprisonment"), (MSC,)),
    ("any arson -> nothing by itself", answers(crime_type="arson"), ()),
    (
        "arson endangering life -> most serious (with caveat)",
        answers(crime_type="arson", account_details=["life_endangered"]),
        (MSC,),
    ),
    ("GBH with intent -> most serious", answers(crime_type="serious_violence"), (MSC,)),
    # automatic rules
    (
        "sexual offence -> most serious + intimidated",
        answers(crime_type="sexual_offence"),
        (MSC, INT),
    ),
    (
        "trafficking -> most serious + intimidated",
        answers(crime_type="human_trafficking"),
        (MSC, INT),
    ),
    ("domestic abuse by crime type", answers(crime_type="domestic_abuse"), (MSC, INT)),
    (
        "ex-partner + assault -> domestic abuse",
        answers(crime_type="assault", relationship_to_offender="partner_or_ex"),
        (MSC, INT),
    ),
    (
        "family member + criminal damage -> domestic abuse",
        answers(crime_type="criminal_damage", relationship_to_offender="family_member"),
        (MSC, INT),
    ),
    (
        "partner + online abuse -> domestic abuse",
        answers(crime_type="online_abuse", relationship_to_offender="partner_or_ex"),
        (MSC, INT),
    ),
    (
        "stranger + assault -> nothing",
        answers(crime_type="assault", relationship_to_offender="stranger"),
        (),
    ),
    (
        "someone known + assault -> nothing",
        answers(crime_type="assault", relationship_to_offender="someone_known"),
        (),
    ),
    ("assault, relationship unknown -> nothing", answers(crime_type="assault"), ()),
    (
        "partner + theft -> economic abuse, domestic abuse",
        answers(crime_type="theft", relationship_to_offender="partner_or_ex"),
        (MSC, INT),
    ),
    (
        "someone known + theft -> nothing",
        answers(crime_type="theft", relationship_to_offender="someone_known"),
        (),
    ),
    ("burglary -> nothing", answers(crime_type="burglary"), ()),
    ("fraud -> nothing", answers(crime_type="fraud"), ()),
    # combinations
    ("15-year-old stalked by ex -> all four", TEEN_STALKED_BY_EX, (MSC, PT, VUL, INT)),
    (
        "sexual offence on a disabled teenager",
        answers(crime_type="sexual_offence", under_18=True, impairment=True),
        (MSC, VUL, INT),
    ),
    (
        "repeat hate crime with fear",
        answers(
            crime_type="criminal_damage",
            hate_motivated=True,
            repeat_victimisation=True,
            fear_of_giving_evidence=True,
        ),
        (MSC, PT, INT),
    ),
    # unknowns
    ("all unknown -> nothing", answers(), ()),
    ("empty mapping -> nothing", {}, ()),
    (
        "bereaved unknown + homicide -> most serious (relatives are)",
        answers(crime_type="homicide"),
        (MSC,),
    ),
    ("not bereaved + homicide -> nothing", answers(crime_type="homicide", bereaved=False), ()),
    ("all no -> nothing", answers(**dict.fromkeys(BOOL_QUESTIONS, False)), ()),
    ("'yes'/'no' strings are read", answers(under_18="yes", impairment="no"), (VUL,)),
    ("unclear string is unknown, not yes", answers(under_18="maybe"), ()),
]


@pytest.mark.parametrize(
    ("given", "expected"), [c[1:] for c in CATEGORY_CASES], ids=[c[0] for c in CATEGORY_CASES]
)
def test_categories(given: dict[str, Any], expected: tuple[str, ...]) -> None:
    result = assess(given)
    assert result.categories == expected
    assert result.likely_enhanced is bool(expected)
    assert {r.category for r in result.reasons} == set(expected)


DERIVED_CASES = [
    (answers(crime_type="domestic_abuse"), True),
    (answers(crime_type="assault", relationship_to_offender="partner_or_ex"), True),
    (answers(crime_type="criminal_damage", relationship_to_offender="family_member"), True),
    (answers(crime_type="sexual_offence", relationship_to_offender="partner_or_ex"), True),
    (answers(crime_type="assault", relationship_to_offender="stranger"), False),
    (answers(crime_type="assault", relationship_to_offender="unknown"), False),
    # a burglary by a partner or relative can be economic abuse: unknown until we know who
    (answers(crime_type="burglary"), None),
    (answers(crime_type="burglary", relationship_to_offender="stranger"), False),
    (answers(crime_type="assault"), None),
    (answers(relationship_to_offender="partner_or_ex"), None),
    (answers(), None),
]


@pytest.mark.parametrize(("given", "expected"), DERIVED_CASES)
def test_derived_domestic_abuse(given: dict[str, Any], expected: bool | None) -> None:
    assert derive_facts(given)["domestic_abuse"] is expected


@pytest.mark.parametrize("slot", BOOL_QUESTIONS)
@pytest.mark.parametrize("crime_type", [None, *CRIME_TYPES])
def test_unknown_never_adds_a_category(slot: str, crime_type: str | None) -> None:
    """A skipped question (None) must give exactly the same result as 'no'.

    The one exception is deliberate: someone who chose homicide and skipped the bereavement
    question is told what the Code gives close relatives, never that it "may not apply"."""
    unknown = assess(answers(crime_type=crime_type, **{slot: None}))
    no = assess(answers(crime_type=crime_type, **{slot: False}))
    if slot == "bereaved" and crime_type == "homicide":
        assert unknown.categories == (MSC,) and no.categories == ()
        return
    assert unknown.categories == no.categories


def test_domestic_abuse_reason_explains_the_relationship() -> None:
    result = assess(answers(crime_type="assault", relationship_to_offender="partner_or_ex"))
    texts = [r.text for r in result.reasons if r.rule_id == "domestic_abuse"]
    assert texts == ["your partner or ex did this, so it is likely to count as domestic abuse"]
    family = assess(answers(crime_type="criminal_damage", relationship_to_offender="family_member"))
    assert "family member" in family.reasons[0].text


@pytest.mark.parametrize(
    "given", [c[1] for c in CATEGORY_CASES], ids=[c[0] for c in CATEGORY_CASES]
)
def test_reasons_carry_references(given: dict[str, Any]) -> None:
    for reason in assess(given).reasons:
        assert "Right 4" in reason.reference
        assert reason.text and "{" not in reason.text
        assert reason.text[0].islower()  # completes "... because <reason>"


REFERENCE_CASES = [
    (answers(under_18=True), "under_18", "YJCEA 1999 s.16"),
    (answers(impairment=True), "impairment", "YJCEA 1999 s.16"),
    (answers(fear_of_giving_evidence=True), "fear_of_giving_evidence", "YJCEA 1999 s.17"),
    (answers(crime_type="sexual_offence"), "sexual_offence_automatic", "s.17(4)"),
    (
        answers(crime_type="domestic_abuse"),
        "domestic_abuse_automatic",
        "Domestic Abuse Act 2021 s.62",
    ),
    (answers(bereaved=True), "bereaved_close_relative", "2015 Code"),
    (answers(crime_type="terrorism"), "terrorism", "2013/2015 Code"),
]


@pytest.mark.parametrize(("given", "rule_id", "source"), REFERENCE_CASES)
def test_statutory_sources(given: dict[str, Any], rule_id: str, source: str) -> None:
    reasons = {r.rule_id: r for r in assess(given).reasons}
    assert source in reasons[rule_id].reference


@pytest.mark.parametrize(
    ("crime_type", "rule_id", "needle"),
    [
        ("arson", "arson_endangering_life", "endanger life"),
        ("human_trafficking", "human_trafficking", "unconfirmed"),
    ],
)
def test_caveats(crime_type: str, rule_id: str, needle: str) -> None:
    given = answers(crime_type=crime_type, account_details=["life_endangered"])
    reasons = {r.rule_id: r for r in assess(given).reasons}
    assert needle in (reasons[rule_id].caveat or "")


def test_impairment_caveat_mentions_evidence() -> None:
    (reason,) = assess(answers(impairment=True)).reasons
    assert "evidence" in reason.text and "evidence" in (reason.caveat or "")


def test_assessment_is_frozen() -> None:
    result = assess(answers(under_18=True))
    assert isinstance(result, Assessment)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.likely_enhanced = False  # type: ignore[misc]  # the point: it is frozen


# ---- entitlements -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "days"),
    [
        (answers(under_18=True, reported_to_police=True), "1 working day"),
        (answers(crime_type="domestic_abuse", reported_to_police=True), "1 working day"),
        (answers(crime_type="burglary", reported_to_police=True), "5 working days"),
        (answers(), "5 working days"),
        (answers(crime_type="assault", relationship_to_offender=None), "5 working days"),
    ],
)
def test_update_timescale_one_or_five_working_days(given: dict[str, Any], days: str) -> None:
    other = "5 working days" if days == "1 working day" else "1 working day"
    for entitlement_id in ("police_updates", "cjs_information"):
        text = ent(given, entitlement_id).text
        assert days in text and other not in text


@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_victim_contact_scheme_only_for_violent_or_sexual(crime_type: str) -> None:
    given = answers(
        crime_type=crime_type, reported_to_police=True, relationship_to_offender="stranger"
    )
    ids = {e.id for e in entitlements_for(given)}
    expected = crime_type in VIOLENT_OR_SEXUAL
    assert ("victim_contact_scheme" in ids) is expected
    assert ("parole" in ids) is expected
    if expected:
        assert "12 months or more" in ent(given, "victim_contact_scheme").text


def test_victim_contact_scheme_for_domestic_abuse_by_relationship() -> None:
    given = answers(crime_type="criminal_damage", relationship_to_offender="family_member")
    assert ent(given, "victim_contact_scheme") is not None


@pytest.mark.parametrize(
    "given",
    [
        answers(),
        answers(crime_type="assault", reported_to_police=False),
    ],
)
def test_victim_contact_scheme_not_listed_when_unknown_or_not_reported(
    given: dict[str, Any],
) -> None:
    assert ent(given, "victim_contact_scheme") is None


@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_cica_two_year_text_only_for_violent_crime(crime_type: str) -> None:
    given = answers(
        crime_type=crime_type, relationship_to_offender="stranger", reported_to_police=True
    )
    text = ent(given, "compensation").text
    if crime_type == "homicide":  # someone was killed: what relatives can claim
        assert "relatives can claim" in text and "funeral" in text and "2 years" in text
    elif crime_type in CRIMES_OF_VIOLENCE:
        assert "2 years" in text and "reported" in text
    else:
        assert "2 years" not in text and "injur" not in text
        assert text == "Information about how to seek compensation (Right 5)"


def test_cica_under_18_rule() -> None:
    text = ent(answers(crime_type="assault", under_18=True), "compensation").text
    assert "20th birthday" in text and "under 18" in text
    adult = ent(answers(crime_type="assault", under_18=False), "compensation").text
    assert "20th birthday" not in adult


@pytest.mark.parametrize(
    ("given", "opt_in"),
    [
        (answers(crime_type="sexual_offence"), True),
        (answers(crime_type="domestic_abuse"), True),
        (answers(crime_type="assault", relationship_to_offender="partner_or_ex"), True),
        (answers(crime_type="homicide", bereaved=True), True),
        (answers(crime_type="homicide"), True),
        (answers(crime_type="homicide", bereaved=False), False),
        (answers(crime_type="assault", relationship_to_offender="stranger"), False),
        (answers(crime_type="burglary"), False),
        (answers(under_18=True), False),
        (answers(), False),
    ],
)
def test_opt_in_referral_wording(given: dict[str, Any], opt_in: bool) -> None:
    text = ent(given, "support_referral").text
    assert ("consent" in text) is opt_in
    assert "2 working days" in text
    if not opt_in:
        assert "say no" in text


def test_not_reported_keeps_support_and_says_if_you_report() -> None:
    ents = {e.id: e for e in entitlements_for(BURGLARY_NOT_REPORTED)}
    for needed in (
        "needs_assessment",
        "cjs_information",
        "support_referral",
        "compensation",
        "complaint",
        "report_crime",
    ):
        assert needed in ents
    for later in (
        "police_updates",
        "vps",
        "court_hearings",
        "victim_contact_scheme",
        "right_to_review",
        "enhanced_service",
    ):
        assert later not in ents
    assert ents["needs_assessment"].text.startswith("If you report it")
    assert "even if you don't report" in ents["support_referral"].text
    # Right 2 is recording the crime; updates (Right 6) and the VPS (Right 7) are listed apart.
    assert "recorded" in ents["report_crime"].text
    assert ents["report_crime"].text.endswith("(Right 2)")


def test_not_reported_enhanced_victim_is_told_if_you_report() -> None:
    given = answers(crime_type="sexual_offence", reported_to_police=False)
    assert ent(given, "enhanced_service").text.startswith("If you report it")
    messages = format_reasons_message(assess(given), given)
    assert messages[0].startswith("If you report it to the police")


def test_reported_unknown_is_treated_as_reported_without_report_line() -> None:
    ids = {e.id for e in entitlements_for(answers(crime_type="assault"))}
    assert {"police_updates", "vps", "court_hearings"} <= ids
    assert "report_crime" not in ids


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("polish", True),
        ("Somali", True),
        ("english", False),
        (" English ", False),
        (None, False),
        ("", False),
    ],
)
def test_interpreter(language: str | None, shown: bool) -> None:
    interpreter = ent(answers(language=language), "interpreter")
    assert (interpreter is not None) is shown
    if shown:
        assert language is not None and interpreter is not None
        assert language.strip().title() in interpreter.text
        assert interpreter.right == 1


def test_giving_evidence_mentions_special_measures_for_vulnerable_or_intimidated() -> None:
    assert "special measures" in ent(answers(under_18=True), "giving_evidence").text
    assert "special measures" not in ent(answers(crime_type="burglary"), "giving_evidence").text


def test_bereaved_vps_variant() -> None:
    assert "death" in ent(answers(crime_type="homicide", bereaved=True), "vps").text


EXPECTED_RIGHTS = {
    "interpreter": 1,
    "report_crime": 2,
    "cjs_information": 3,
    "restorative_justice": 3,
    "enhanced_service": 4,
    "needs_assessment": 4,
    "support_referral": 4,
    "child_victims": 4,
    "compensation": 5,
    "police_updates": 6,
    "prosecution_decision": 6,
    "right_to_review": 6,
    "vps": 7,
    "court_hearings": 8,
    "giving_evidence": 8,
    "court_visit": 8,
    "meet_prosecutor": 8,
    "appeal": 9,
    "expenses_property": 10,
    "victim_contact_scheme": 11,
    "parole": 11,
    "complaint": 12,
}


def test_every_entitlement_present_with_its_right() -> None:
    spec = load_code()["entitlements"]
    assert set(ASK_RIGHT_TOPICS) | {"interpreter", "expenses_property"} <= set(spec)
    assert {k: v["right"] for k, v in spec.items()} == EXPECTED_RIGHTS


def test_everything_listed_for_a_serious_reported_case() -> None:
    given = answers(
        crime_type="sexual_offence", reported_to_police=True, language="polish", bereaved=False
    )
    ids = [e.id for e in entitlements_for(given)]
    assert set(ids) == set(EXPECTED_RIGHTS) - {"report_crime", "child_victims"}
    assert ids == [k for k in load_code()["entitlements"] if k in ids]  # YAML order


# ---- answers and generated domain -------------------------------------------------------------


@pytest.mark.parametrize("topic", [*ASK_RIGHT_TOPICS, "interpreter", "expenses_property"])
def test_every_topic_has_a_short_answer_with_its_right(topic: str) -> None:
    text = answer_for(topic)
    assert len(text) <= SMS_LIMIT
    match = re.search(r"\(Victims' Code, Rights? (\d+)(?: and (\d+))?\)$", text)
    assert match, text
    rights = {int(n) for n in match.groups() if n}
    assert load_code()["entitlements"][topic]["right"] in rights


@pytest.mark.parametrize(
    ("topic", "needles"),
    [
        ("police_updates", ["5 working days", "1 working day"]),
        ("support_referral", ["2 working days", "consent"]),
        ("right_to_review", ["3 months", "10 working days", "Crown Prosecution Service"]),
        (
            "complaint",
            ["10 working days", "Parliamentary and Health Service Ombudsman", "29 January 2025"],
        ),
        ("vps", ["Victim Personal Statement", "read it aloud", "Bereaved"]),
        (
            "compensation",
            ["2 years", "age 20", "before you were 18", "reported to the police", "funeral"],
        ),
        ("victim_contact_scheme", ["12 months or more", "violent or sexual"]),
        ("giving_evidence", ["Witness Care Unit (", "special measures"]),
        ("meet_prosecutor", ["Crown Prosecution Service"]),
    ],
)
def test_answers_contain_the_key_facts(topic: str, needles: list[str]) -> None:
    text = answer_for(topic)
    for needle in needles:
        assert needle in text


def test_unknown_topic_raises() -> None:
    with pytest.raises(KeyError):
        answer_for("not_a_topic")


def test_generated_domain_yaml_parses_and_has_all_topics() -> None:
    domain = yaml_files.load(rights_answers_domain_yaml())
    assert domain["version"] == "3.1"
    assert set(domain["responses"]) == {f"utter_ask_right/{t}" for t in ASK_RIGHT_TOPICS}
    assert len(ASK_RIGHT_TOPICS) == 18
    for topic in ASK_RIGHT_TOPICS:
        assert domain["responses"][f"utter_ask_right/{topic}"] == [{"text": answer_for(topic)}]


def test_cli_write_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "responses_rights.yml"
    assert code_rules.main(["--check", str(target)]) == 1  # missing
    assert code_rules.main(["--write-domain", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == rights_answers_domain_yaml()
    assert code_rules.main(["--check", str(target)]) == 0
    assert code_rules.main(["--write-domain", str(target), "--check"]) == 0
    target.write_text(target.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert code_rules.main(["--check", str(target)]) == 1
    capsys.readouterr()


# ---- the YAML itself --------------------------------------------------------------------------


def _listed(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _conditions(node: Any) -> list[dict[str, Any]]:
    if node is None:
        return []
    return [node] if isinstance(node, dict) else list(node)


def test_yaml_conditions_use_known_names_and_values() -> None:
    code = load_code()
    known = (
        set(SLOTS)
        | set(code["derived_facts"])
        | {"enhanced", MSC, PT, VUL, INT, "age", "account_details"}
        | {"road_death"}  # round 56, D7: set by _entitlement_facts, like "enhanced"
    )
    allowed_values = {
        "crime_type": set(CRIME_TYPES),
        "relationship_to_offender": set(RELATIONSHIPS),
    }
    conditions: list[dict[str, Any]] = []
    for fact in code["derived_facts"].values():
        for rule in fact["true_when"]:
            conditions += _conditions(rule["when"])
    for category in code["enhanced_categories"].values():
        for rule in category["rules"]:
            conditions += _conditions(rule["when"])
    for spec in code["entitlements"].values():
        conditions += _conditions(spec.get("applies_when"))
        for variant in spec.get("variants", []):
            conditions += _conditions(variant["when"])
    assert conditions
    allowed_values["account_details"] = set(ACCOUNT_DETAILS)
    for condition in conditions:
        for key, value in condition.items():
            assert key in known, key
            if isinstance(value, dict):
                assert set(value) <= CONDITION_OPERATORS, value
                values = [v for arg in value.values() for v in _listed(arg)]
            else:
                values = _listed(value)
            if key in allowed_values:
                assert {v for v in values if v is not None} <= allowed_values[key], values


def test_yaml_rules_are_complete_and_short() -> None:
    code = load_code()
    assert list(code["enhanced_categories"]) == [MSC, PT, VUL, INT]
    rule_ids = []
    for category in code["enhanced_categories"].values():
        assert len(" ".join(category["explanation"].split())) <= 200
        for rule in category["rules"]:
            rule_ids.append(rule["id"])
            assert rule["reason"] and rule["reference"].startswith("Right ")
    assert len(rule_ids) == len(set(rule_ids))
    for entitlement_id, spec in code["entitlements"].items():
        summaries = [spec["summary"], *(v["summary"] for v in spec.get("variants", []))]
        for summary in summaries:
            # the longest fill-ins: "5 working days" and a long language name
            text = " ".join(summary.split()).format(days="5 working days", language="Tigrinya")
            assert len(text) <= MAX_SUMMARY_CHARS == 90, text
            match = RIGHT_AT_END.search(text)
            assert match, f"{entitlement_id}: {text!r} does not end with its Right"
            assert spec["right"] in {int(n) for n in match.groups() if n}, text
            for citation in LEGAL_CITATIONS:
                assert citation not in text, text
        assert spec["stage"] in STAGE_ORDER, entitlement_id
        assert spec["title"] and spec["reference"]
    stages = [spec["stage"] for spec in code["entitlements"].values()]
    assert stages == sorted(stages, key=STAGE_ORDER.index), "keep each stage together, in order"
    for timescale in code["timescales"].values():
        assert timescale["value"] and timescale["source"]
    assert "2020" in code["sources"]["note"] and "1 April 2021" in code["sources"]["note"]
    caveats = " ".join(code["sources"]["caveats"])
    assert "most serious crime" in caveats and "2013/2015" in caveats


# ---- messages ---------------------------------------------------------------------------------


def test_reasons_message_for_the_teenager() -> None:
    assessment = assess(TEEN_STALKED_BY_EX)
    messages = format_reasons_message(assessment, TEEN_STALKED_BY_EX)
    assert messages[0].startswith(
        "You are likely to be entitled to the enhanced service under the Victims' Code: "
        "extra support and faster updates."
    )
    assert "persistently targeted, vulnerable and intimidated" in messages[0]
    joined = "\n".join(messages)
    for reason in assessment.reasons:
        assert f"• {reason.text}" in joined
        assert reason.reference not in joined  # kept for the records, not shown
    assert "• you were under 18 at the time (vulnerable)" in joined
    assert "domestic abuse (most serious crime)" in joined
    assert joined.count("Why:") == 1 and "re-assessed" in joined
    assert joined.count("(Victims' Code, Right 4)") == 1
    # headline, then "Why:" (four reasons take two messages); the outro merged in, never alone
    assert len(messages) <= 3
    assert messages[1].startswith("Why:")
    assert not any(m.startswith("The police decide") for m in messages)


def test_reasons_keep_their_statutory_references_out_of_the_messages() -> None:
    for given in (
        TEEN_STALKED_BY_EX,
        answers(crime_type="sexual_offence", fear_of_giving_evidence=True, impairment=True),
        answers(crime_type="human_trafficking", under_18=True),
        answers(crime_type="domestic_abuse", bereaved=True),
    ):
        assessment = assess(given)
        joined = "\n".join(format_reasons_message(assessment, given))
        for citation in LEGAL_CITATIONS:
            assert citation not in joined, (citation, joined)
        # ... but the records still have them
        assert any("YJCEA" in r.reference for r in assessment.reasons)


def test_reason_bullets_do_not_repeat_the_category() -> None:
    joined = "\n".join(format_reasons_message(assess(answers(crime_type="sexual_offence"))))
    assert "• victims of sexual offences are automatically treated as intimidated\n" in joined
    assert "intimidated (intimidated)" not in joined and ") (" not in joined


@pytest.mark.parametrize("given", [answers(), BURGLARY_NOT_REPORTED])
def test_reasons_message_when_nothing_applies(given: dict[str, Any]) -> None:
    messages = format_reasons_message(assess(given), given)
    joined = " ".join(messages)
    assert "standard Rights" in joined and "re-assessed" in joined
    assert ("skipped" in joined) is (given is not BURGLARY_NOT_REPORTED)
    assert format_reasons_message(assess(given))  # answers are optional


def test_entitlement_messages_start_and_end() -> None:
    entitlements = entitlements_for(TEEN_STALKED_BY_EX)
    messages = format_entitlements_messages(entitlements)
    assert messages[0].startswith("Your rights now:\n• ")
    assert messages[-1].endswith("\nAsk me about any of these, e.g. 'what is a VPS?'")
    joined = "\n".join(messages)
    for entitlement in entitlements:
        assert joined.count(f"• {entitlement.text}") == 1
    no_vps = format_entitlements_messages(entitlements_for(BURGLARY_NOT_REPORTED))
    assert "VPS?" not in no_vps[-1] and no_vps[-1].startswith(("Ask", "•"))


def test_entitlements_are_grouped_under_one_heading_per_stage() -> None:
    entitlements = entitlements_for(TEEN_STALKED_BY_EX)
    assert {e.stage for e in entitlements} == set(STAGE_ORDER)
    joined = "\n".join(format_entitlements_messages(entitlements))
    positions = [joined.index(heading) for heading in STAGE_HEADINGS]
    assert positions == sorted(positions)
    for heading in STAGE_HEADINGS:
        assert joined.count(heading) == 1
        assert f"{heading}\n• " in joined  # never a heading without its first bullet
    for entitlement in entitlements:
        at = joined.index(f"• {entitlement.text}")
        stage_index = STAGE_ORDER.index(entitlement.stage)
        assert at > positions[stage_index]
        if stage_index + 1 < len(positions):
            assert at < positions[stage_index + 1]
    assert "• Victim Contact Scheme" in joined.split("After a conviction:")[1]
    assert "• A Victim Personal Statement (VPS)" in joined
    assert "the prosecutors (CPS)" in joined


def test_not_reported_list_has_only_the_now_heading() -> None:
    joined = "\n".join(format_entitlements_messages(entitlements_for(BURGLARY_NOT_REPORTED)))
    assert joined.startswith("Your rights now:")
    assert "If it goes to court:" not in joined and "After a conviction:" not in joined


def _all_messages(given: dict[str, Any]) -> list[str]:
    assessment = assess(given)
    return [
        *format_reasons_message(assessment, given),
        *format_entitlements_messages(entitlements_for(given, assessment)),
    ]


@pytest.mark.parametrize(
    ("given", "most"),
    [(TEEN_STALKED_BY_EX, 7), (BURGLARY_NOT_REPORTED, 3)],
    ids=["teen stalked by ex", "burglary not reported"],
)
def test_few_messages(given: dict[str, Any], most: int) -> None:
    messages = _all_messages(given)
    assert len(messages) <= most, messages
    assert all(len(m) <= SMS_LIMIT for m in messages)


def test_teen_messages_keep_the_key_words() -> None:
    messages = _all_messages(TEEN_STALKED_BY_EX)
    joined = "\n".join(messages)
    assert "likely" in messages[0]
    assert "under 18" in joined and "1 working day" in joined
    for citation in LEGAL_CITATIONS:
        assert citation not in joined


def _generated_answers():
    for (
        crime,
        relationship,
        under_18,
        reported,
        bereaved,
        language,
        fear,
        hate,
        impairment,
    ) in itertools.product(
        [None, *CRIME_TYPES],
        ["partner_or_ex", "stranger", None],
        [True, None],
        [True, False, None],
        [True, None],
        ["english", "tigrinya", None],
        [True, False],
        [True, None],
        [True, None],
    ):
        yield answers(
            crime_type=crime,
            relationship_to_offender=relationship,
            under_18=under_18,
            reported_to_police=reported,
            bereaved=bereaved,
            language=language,
            fear_of_giving_evidence=fear,
            hate_motivated=hate,
            impairment=impairment,
            repeat_victimisation=hate,
        )


def _check_text(text: str) -> None:
    lowered = text.lower()
    for word in PROMISE_WORDS:
        assert word not in lowered, (word, text)
    assert "{" not in text and "}" not in text, text


def test_every_message_is_short_and_never_promises() -> None:
    count = 0
    for given in _generated_answers():
        assessment = assess(given)
        entitlements = entitlements_for(given, assessment)
        for message in [
            *format_reasons_message(assessment, given),
            *format_reasons_message(assessment),
            *format_entitlements_messages(entitlements),
        ]:
            assert 0 < len(message) <= SMS_LIMIT, message
            _check_text(message)
            for citation in LEGAL_CITATIONS:
                assert citation not in message, (citation, message)
        for entitlement in entitlements:
            assert len(entitlement.text) <= MAX_SUMMARY_CHARS
        count += 1
    assert count > 10_000


@pytest.mark.parametrize("topic", [*ASK_RIGHT_TOPICS, "interpreter", "expenses_property"])
def test_answers_never_promise(topic: str) -> None:
    _check_text(answer_for(topic))


def test_likely_is_said() -> None:
    joined = " ".join(format_reasons_message(assess(TEEN_STALKED_BY_EX)))
    assert "likely" in joined
    (reason,) = [
        r for r in assess(answers(crime_type="domestic_abuse")).reasons if r.category == MSC
    ]
    assert reason.text == "what you told me is likely to count as domestic abuse"


# ---- issue 11: a table of cases for each corrected rule ----------------------------------------


def _rule_ids(given: dict[str, Any]) -> set[str]:
    return {r.rule_id for r in assess(given).reasons}


def _joined(given: dict[str, Any]) -> str:
    return "\n".join(format_reasons_message(assess(given), given))


@pytest.mark.parametrize("crime_type", [None, *CRIME_TYPES])
def test_bereaved_relative_is_most_serious_whatever_the_crime(crime_type: str | None) -> None:
    given = answers(crime_type=crime_type, bereaved=True)
    assert MSC in assess(given).categories
    assert "bereaved_close_relative" in _rule_ids(given)


DEATH_CASES = [
    # (name, answers, categories include MSC, "may not apply" must not be said)
    ("homicide, bereavement skipped", answers(crime_type="homicide"), True),
    (
        "robbery where someone died, bereavement skipped",
        answers(crime_type="robbery", account_details=["someone_died"]),
        True,
    ),
    (
        "sexual offence where someone died",
        answers(crime_type="sexual_offence", account_details=["someone_died"]),
        True,
    ),
    (
        "stalking where someone died",
        answers(crime_type="stalking_harassment", account_details=["someone_died"]),
        True,
    ),
    ("homicide, a close relative", answers(crime_type="homicide", bereaved=True), True),
    ("homicide, not a relative (a witness)", answers(crime_type="homicide", bereaved=False), False),
    ("robbery, nobody died", answers(crime_type="robbery", account_details=[]), False),
]


@pytest.mark.parametrize(
    ("given", "most_serious"), [c[1:] for c in DEATH_CASES], ids=[c[0] for c in DEATH_CASES]
)
def test_a_death_means_relatives_are_told_what_the_code_gives_them(
    given: dict[str, Any], most_serious: bool
) -> None:
    assert (MSC in assess(given).categories) is most_serious
    if most_serious:
        assert "may not apply" not in _joined(given)
        assert "relatives can claim" in ent(given, "compensation").text


def test_possibly_bereaved_reason_speaks_of_relatives_and_is_not_repeated() -> None:
    given = answers(crime_type="homicide")
    (reason,) = assess(given).reasons
    assert reason.rule_id == "possibly_bereaved"
    assert reason.text.startswith("close relatives of someone who died")
    assert "most serious crime (most serious crime)" not in _joined(given)
    assert "consent" in ent(given, "support_referral").text  # opt-in, as for a relative


DOMESTIC_ABUSE_AGE_CASES = [
    # (name, answers, domestic abuse, child at risk)
    (
        "15, hurt by a parent",
        answers(crime_type="assault", relationship_to_offender="family_member", age=15),
        False,
        True,
    ),
    (
        "14, says 'domestic abuse'",
        answers(crime_type="domestic_abuse", relationship_to_offender="family_member", age=14),
        False,
        True,
    ),
    (
        "16, hurt by a partner",
        answers(crime_type="assault", relationship_to_offender="partner_or_ex", age=16),
        True,
        False,
    ),
    (
        "17 now, under 18 at the time, hurt by a partner",
        answers(
            crime_type="assault", relationship_to_offender="partner_or_ex", age=17, under_18=True
        ),
        True,
        False,
    ),
    (
        "age unknown, under 18 at the time: not known to be under 16",
        answers(crime_type="assault", relationship_to_offender="partner_or_ex", under_18=True),
        True,
        None,
    ),
    (
        "adult, hurt by a parent",
        answers(crime_type="assault", relationship_to_offender="family_member", age=30),
        True,
        False,
    ),
]


@pytest.mark.parametrize(
    ("given", "domestic_abuse", "child_at_risk"),
    [c[1:] for c in DOMESTIC_ABUSE_AGE_CASES],
    ids=[c[0] for c in DOMESTIC_ABUSE_AGE_CASES],
)
def test_domestic_abuse_needs_both_people_16_or_over(
    given: dict[str, Any], domestic_abuse: bool, child_at_risk: bool | None
) -> None:
    facts = derive_facts(given)
    assert facts["domestic_abuse"] is domestic_abuse
    assert facts["child_at_risk"] is child_at_risk
    result = assess(given)
    assert ("domestic_abuse" in _rule_ids(given)) is domestic_abuse
    if given.get("age") is not None and given["age"] < 18:
        assert VUL in result.categories  # a child at risk is a vulnerable victim


def test_a_15_year_old_hurt_by_a_parent_is_vulnerable_only() -> None:
    given = answers(
        crime_type="assault", relationship_to_offender="family_member", age=15, under_18=True
    )
    assert assess(given).categories == (VUL,)
    assert "domestic abuse" not in _joined(given)


ECONOMIC_CASES = [
    # (name, answers, domestic abuse)
    ("partner steals", answers(crime_type="theft", relationship_to_offender="partner_or_ex"), True),
    (
        "ex commits fraud",
        answers(crime_type="fraud", relationship_to_offender="partner_or_ex"),
        True,
    ),
    (
        "relative burgles",
        answers(crime_type="burglary", relationship_to_offender="family_member"),
        True,
    ),
    (
        "partner controls money",
        answers(
            crime_type="other",
            relationship_to_offender="partner_or_ex",
            account_details=["economic"],
        ),
        True,
    ),
    (
        "relative takes cards, crime type unclear",
        answers(relationship_to_offender="family_member", account_details=["economic"]),
        True,
    ),
    ("stranger steals", answers(crime_type="theft", relationship_to_offender="stranger"), False),
    (
        "someone known takes money",
        answers(
            crime_type="theft",
            relationship_to_offender="someone_known",
            account_details=["economic"],
        ),
        False,
    ),
    (
        "15-year-old's money taken by a parent",
        answers(crime_type="theft", relationship_to_offender="family_member", age=15),
        False,
    ),
]


@pytest.mark.parametrize(
    ("given", "domestic_abuse"), [c[1:] for c in ECONOMIC_CASES], ids=[c[0] for c in ECONOMIC_CASES]
)
def test_economic_abuse_is_domestic_abuse(given: dict[str, Any], domestic_abuse: bool) -> None:
    assert derive_facts(given)["domestic_abuse"] is domestic_abuse
    assert (MSC in assess(given).categories) is domestic_abuse


def test_economic_abuse_reason_names_it() -> None:
    given = answers(crime_type="theft", relationship_to_offender="partner_or_ex")
    (reason,) = [r for r in assess(given).reasons if r.rule_id == "domestic_abuse"]
    assert "economic abuse" in reason.text and "money or property" in reason.text


CHILD_WITNESS_CASES = [
    # (name, answers, categories)
    (
        "a 12-year-old who saw abuse at home",
        answers(age=12, account_details=["child_witness"]),
        (MSC, VUL, INT),
    ),
    (
        "a 17-year-old who heard it, under 18 at the time",
        answers(under_18=True, account_details=["child_witness"]),
        (MSC, VUL, INT),
    ),
    (
        "an adult whose child saw it (assessed on their own account)",
        answers(
            age=35,
            under_18=False,
            crime_type="assault",
            relationship_to_offender="partner_or_ex",
            account_details=["child_witness"],
        ),
        (MSC, INT),
    ),
]


@pytest.mark.parametrize(
    ("given", "expected"),
    [c[1:] for c in CHILD_WITNESS_CASES],
    ids=[c[0] for c in CHILD_WITNESS_CASES],
)
def test_children_who_see_or_hear_domestic_abuse_are_victims(
    given: dict[str, Any], expected: tuple[str, ...]
) -> None:
    assert assess(given).categories == expected


def test_an_adult_is_told_their_child_is_a_victim_too() -> None:
    adult = answers(
        age=35,
        under_18=False,
        crime_type="domestic_abuse",
        account_details=["child_witness"],
    )
    assert "Children who saw or heard" in ent(adult, "child_victims").text
    assert ent(answers(age=12, account_details=["child_witness"]), "child_victims") is None
    assert ent(answers(crime_type="domestic_abuse"), "child_victims") is None
    assert "2024 s.1(2)(d)" in ent(adult, "child_victims").reference


INTENT_CASES = [
    # (name, answers, rule that applies or None)
    (
        "threatened with a knife, not hurt",
        answers(crime_type="serious_violence", account_details=["weapon"]),
        None,
    ),
    (
        "threatened with a knife, crime type 'assault'",
        answers(crime_type="assault", account_details=["weapon"]),
        None,
    ),
    (
        "stabbed",
        answers(crime_type="serious_violence", account_details=["weapon", "injured"]),
        "wounding_gbh_with_intent",
    ),
    (
        "serious violence, no details",
        answers(crime_type="serious_violence"),
        "wounding_gbh_with_intent",
    ),
    (
        "assault with serious injuries",
        answers(crime_type="assault", account_details=["serious_injury"]),
        "wounding_gbh_with_intent",
    ),
    ("assault, minor injuries", answers(crime_type="assault", account_details=["injured"]), None),
    ("any arson", answers(crime_type="arson", account_details=[]), None),
    (
        "fire set at a home with people inside",
        answers(crime_type="arson", account_details=["life_endangered"]),
        "arson_endangering_life",
    ),
]


@pytest.mark.parametrize(
    ("given", "rule_id"), [c[1:] for c in INTENT_CASES], ids=[c[0] for c in INTENT_CASES]
)
def test_intent_rules_need_more_than_a_threat_or_a_fire(
    given: dict[str, Any], rule_id: str | None
) -> None:
    reasons = {r.rule_id: r for r in assess(given).reasons}
    intent_rules = {"wounding_gbh_with_intent", "arson_endangering_life"}
    if rule_id is None:
        assert not intent_rules & set(reasons)
    else:
        assert rule_id in reasons
        # The person cannot know the offender's intent: "likely if", never asserted.
        assert "likely to count if" in reasons[rule_id].text
        assert "intent" in (reasons[rule_id].caveat or "")


def test_unknown_details_of_an_arson_say_the_picture_may_be_incomplete() -> None:
    assert "skipped" in _joined(answers(**dict.fromkeys(BOOL_QUESTIONS, False), crime_type="arson"))


PERSISTENT_CASES = [
    # (name, answers, persistently targeted)
    ("harassed once", answers(crime_type="stalking_harassment", repeat_victimisation=False), False),
    ("harassed, not said how often", answers(crime_type="stalking_harassment"), False),
    (
        "stalked over months",
        answers(crime_type="stalking_harassment", repeat_victimisation=True),
        True,
    ),
    ("burgled again and again", answers(crime_type="burglary", repeat_victimisation=True), True),
    ("targeted repeatedly, crime unclear", answers(repeat_victimisation=True), True),
    ("one burglary", answers(crime_type="burglary", repeat_victimisation=False), False),
]


@pytest.mark.parametrize(
    ("given", "targeted"), [c[1:] for c in PERSISTENT_CASES], ids=[c[0] for c in PERSISTENT_CASES]
)
def test_persistently_targeted_needs_more_than_one_occasion(
    given: dict[str, Any], targeted: bool
) -> None:
    result = assess(given)
    assert (PT in result.categories) is targeted
    assert len([r for r in result.reasons if r.category == PT]) == int(targeted)


def test_vps_is_considered_after_a_guilty_plea_or_verdict() -> None:
    text = answer_for("vps")
    assert "guilty plea" in text and "guilty verdict" in text


AGE_CASES = [
    # (name, answers, vulnerable)
    ("15 now, under_18 not asked", answers(age=15), True),
    ("17 now", answers(age=17), True),
    ("34 now, under_18 not asked (could be historic)", answers(age=34), False),
    ("34 now, under 18 at the time", answers(age=34, under_18=True), True),
    ("34 now, an adult at the time", answers(age=34, under_18=False), False),
    ("age as text", answers(age="15"), True),
    ("an impossible age is unknown", answers(age=150), False),
    ("a yes/no is not an age", answers(age=True), False),
]


@pytest.mark.parametrize(
    ("given", "vulnerable"), [c[1:] for c in AGE_CASES], ids=[c[0] for c in AGE_CASES]
)
def test_under_18_at_the_time_decides_the_enhanced_service(
    given: dict[str, Any], vulnerable: bool
) -> None:
    assert (VUL in assess(given).categories) is vulnerable


def test_historic_child_abuse_uses_the_age_at_the_time_for_compensation() -> None:
    given = answers(crime_type="sexual_offence", age=34, under_18=True)
    assert "20th birthday" in ent(given, "compensation").text


_RIGHT_WORDS = {
    # words in a summary -> the Right it must cite (the Rights file's own numbering)
    "update": 6,
    "Personal Statement": 7,
    "VPS": 7,
    "ompensation": 5,
    "special measures": 8,
}


def test_summary_right_labels_match_the_rights_file() -> None:
    for entitlement_id, spec in load_code()["entitlements"].items():
        for summary in [spec["summary"], *(v["summary"] for v in spec.get("variants", []))]:
            text = " ".join(summary.split())
            found = RIGHT_AT_END.search(text)
            assert found, text
            cited = {int(n) for n in found.groups() if n}
            for words, right in _RIGHT_WORDS.items():
                if words in text:
                    assert right in cited, (entitlement_id, text)


def test_court_words_say_defendant_and_that_the_court_decides_special_measures() -> None:
    spec = load_code()["entitlements"]
    for entitlement_id, entry in spec.items():
        if entry["stage"] == "court":
            assert "suspect" not in answer_for(entitlement_id), entitlement_id
    assert "defendant" in answer_for("court_visit")
    assert "court decides" in answer_for("giving_evidence")
    assert "ask for" in answer_for("giving_evidence")
    summary = ent(answers(under_18=True), "giving_evidence").text
    assert "ask for special measures" in summary


def test_compensation_answer_covers_relatives_in_fatal_cases() -> None:
    text = answer_for("compensation")
    assert "Relatives of someone killed can claim" in text and "funeral" in text


def test_every_changed_rule_carries_its_source_and_date() -> None:
    code = load_code()
    checked_rules = [
        *(r for c in code["enhanced_categories"].values() for r in c["rules"]),
        *code["derived_facts"].values(),
        *code["entitlements"].values(),
    ]
    dated = [r for r in checked_rules if "checked" in r]
    assert len(dated) >= 15
    for rule in dated:
        assert str(rule["checked"]) == "2026-12-01"
        for url in rule.get("sources", []):
            assert url.startswith(("https://", "http://")), url
    for rule_id in (
        "bereaved_close_relative",
        "possibly_bereaved",
        "arson_endangering_life",
        "wounding_gbh_with_intent",
        "stalking_harassment",
        "under_18",
    ):
        (rule,) = [
            r
            for c in code["enhanced_categories"].values()
            for r in c["rules"]
            if r["id"] == rule_id
        ]
        assert rule["sources"] and rule["checked"], rule_id


def test_the_generated_rights_answers_match_the_rules_file() -> None:
    committed = (ROOT / "bot" / "domain" / "responses_rights.yml").read_text(encoding="utf-8")
    assert committed == rights_answers_domain_yaml()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (["weapon", "injured"], ("injured", "weapon")),
        ("weapon", ("weapon",)),
        (["not-a-detail", "weapon"], ("weapon",)),
        ([], ()),
        (None, None),
        (5, None),
    ],
)
def test_account_details_are_normalised(value: Any, expected: tuple[str, ...] | None) -> None:
    assert code_rules.normalise_answers({"account_details": value})["account_details"] == expected


def test_an_unknown_condition_operator_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown condition operator"):
        code_rules.evaluate({"age": {"about": 16}}, {"age": 16})


def test_abuse_by_a_relative_told_of_years_later_as_a_child_is_not_domestic_abuse():
    """Domestic abuse needs both people to be 16 or over at the time (DA Act 2021 s.1(2)(a)),
    so a man abused by his uncle as a child is a victim of child abuse, not domestic abuse,
    and not a child at risk now."""
    facts = derive_facts(
        {
            "crime_type": "sexual_offence",
            "relationship_to_offender": "family_member",
            "age": 34,
            "under_18": True,
            "account_details": ["as_a_child"],
        }
    )
    assert facts["domestic_abuse"] is False
    assert facts["child_then"] is True and not facts["child_at_risk"]

"""The Victims' Code rules as pure functions.

The rules themselves live in ``core/victims_code.yml``. This module reads that file once
and applies it to a person's answers (a mapping keyed by the contract's slot names). Nothing
here does I/O except loading the YAML, and the CLI below that writes the generated Rasa
responses for the ``ask_right`` retrieval intent.

Unknown answers (``None``) never put anyone in a category: conditions use three-valued logic,
and only a rule that is definitely true counts. Besides the contract's yes/no and text slots, the
rules read ``age`` (the person's age now, a number) and ``account_details`` (a list of the names
in ``core.contract.ACCOUNT_DETAILS``).

    python -m core.code_rules --write-domain bot/domain/responses_rights.yml
    python -m core.code_rules --check bot/domain/responses_rights.yml
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core import yaml_files
from core.contract import ACCOUNT_DETAILS
from core.text import SMS_LIMIT, pack

RULES_PATH = Path(__file__).with_name("victims_code.yml")
REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOMAIN_PATH = "bot/domain/responses_rights.yml"

MAX_SUMMARY_CHARS = 90
MAX_EXPLANATION_CHARS = 200

# When an entitlement matters; the personalised list is grouped under one heading per stage.
STAGE_ORDER: tuple[str, ...] = ("now", "court", "after")

CATEGORY_ORDER: tuple[str, ...] = (
    "most_serious_crime",
    "persistently_targeted",
    "vulnerable",
    "intimidated",
)

# The ask_right retrieval-intent topics of the contract, in the contract's order.
ASK_RIGHT_TOPICS: tuple[str, ...] = (
    "enhanced_service",
    "needs_assessment",
    "cjs_information",
    "support_referral",
    "police_updates",
    "vps",
    "prosecution_decision",
    "right_to_review",
    "court_hearings",
    "giving_evidence",
    "court_visit",
    "meet_prosecutor",
    "appeal",
    "victim_contact_scheme",
    "parole",
    "compensation",
    "restorative_justice",
    "complaint",
)

BOOL_SLOTS: frozenset[str] = frozenset(
    {
        "consent",
        "in_danger",
        "reported_to_police",
        "bereaved",
        "under_18",
        "repeat_victimisation",
        "hate_motivated",
        "impairment",
        "fear_of_giving_evidence",
    }
)
TEXT_SLOTS: frozenset[str] = frozenset(
    {"crime_type", "relationship_to_offender", "language", "borough"}
)
# The person's age now. Ages outside this range are a parsing mistake, not an answer.
NUMBER_SLOTS: frozenset[str] = frozenset({"age"})
MAX_AGE = 120
# Facts read from the person's account; a list of names from ACCOUNT_DETAILS.
LIST_SLOTS: frozenset[str] = frozenset({"account_details"})
# Answers that can change the assessment; if any is unknown, the result may be incomplete.
ASSESSMENT_SLOTS: tuple[str, ...] = (
    "crime_type",
    "bereaved",
    "under_18",
    "relationship_to_offender",
    "repeat_victimisation",
    "hate_motivated",
    "impairment",
    "fear_of_giving_evidence",
)
# Crimes whose category depends on the account (a weapon, an injury, lives in danger): if the
# account's details are unknown, the result may be incomplete too.
DETAIL_CRIMES: frozenset[str] = frozenset({"arson", "serious_violence", "assault"})
# Operators a condition may use on one answer (see the top of victims_code.yml).
CONDITION_OPERATORS: frozenset[str] = frozenset(
    {"not_in", "includes", "excludes", "below", "at_least"}
)

_TRUE_WORDS = frozenset({"true", "yes", "y", "1"})
_FALSE_WORDS = frozenset({"false", "no", "n", "0"})
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

Tri = bool | None  # three-valued: True, False, or None (unknown)


@dataclass(frozen=True)
class Reason:
    """Why one enhanced category is likely to apply."""

    category: str
    rule_id: str
    text: str
    reference: str
    caveat: str | None = None


@dataclass(frozen=True)
class Assessment:
    """The likely enhanced-service categories and the reasons for them."""

    categories: tuple[str, ...]
    reasons: tuple[Reason, ...]
    likely_enhanced: bool
    derived: dict[str, bool | None] = field(default_factory=dict)
    # -- round 39, helper H3 --: who else counts as a victim (``also_a_victim`` in the YAML), e.g.
    # someone who saw it happen; not a category of the enhanced service.
    also: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class Entitlement:
    """One entitlement, with its personalised summary line and its stage (see STAGE_ORDER)."""

    id: str
    right: int
    title: str
    text: str
    reference: str
    stage: str = "now"


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------


@functools.cache
def load_code() -> dict[str, Any]:
    """The parsed ``victims_code.yml`` (cached; treat it as read-only)."""
    with RULES_PATH.open(encoding="utf-8") as handle:
        data = yaml_files.load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{RULES_PATH} does not hold a mapping")
    return data


def _clean(text: Any) -> str:
    """Collapse whitespace left by YAML folding."""
    return " ".join(str(text).split())


def _fill(template: str, values: Mapping[str, str]) -> str:
    """Replace ``{name}`` placeholders that have a value; leave anything else alone."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


# --------------------------------------------------------------------------------------------
# Answers and conditions
# --------------------------------------------------------------------------------------------


def _norm_bool(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
    return None


def _norm_text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip().lower()
    return text or None


def _norm_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    else:
        return None
    return number if 0 <= number <= MAX_AGE else None


def _norm_details(value: Any) -> tuple[str, ...] | None:
    """Known account-detail names, in a stable order; ``None`` when nothing was recorded."""
    if value is None:
        return None
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, Iterable):
        return None
    names = {str(item).strip().lower() for item in items if isinstance(item, str)}
    return tuple(sorted(names & ACCOUNT_DETAILS))


def normalise_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Copy the answers with booleans, numbers, lists and lower-case text made consistent.

    Anything that is not a clear yes/no becomes ``None`` (unknown), never ``False``; an age that
    is not a whole number from 0 to 120 becomes ``None``; unknown account details are dropped.
    """
    facts: dict[str, Any] = dict(answers)
    for slot in BOOL_SLOTS:
        facts[slot] = _norm_bool(answers.get(slot))
    for slot in TEXT_SLOTS:
        facts[slot] = _norm_text(answers.get(slot))
    for slot in NUMBER_SLOTS:
        facts[slot] = _norm_number(answers.get(slot))
    for slot in LIST_SLOTS:
        facts[slot] = _norm_details(answers.get(slot))
    return facts


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _match_operator(operator: str, argument: Any, actual: Any) -> Tri:
    """One operator of a condition (``not_in``, ``includes``...) applied to one answer."""
    if operator == "not_in":
        excluded = _as_list(argument)
        if actual is None:
            return False if None in excluded else None
        return actual not in excluded
    if operator in ("includes", "excludes"):
        # Account details are read from what the person said, never asked: one that was not
        # noted is absent, not unknown.
        if actual is None:
            actual = ()
        items = set(_as_list(actual)) if isinstance(actual, (list, tuple)) else {actual}
        found = bool(items & set(_as_list(argument)))
        return found if operator == "includes" else not found
    if operator in ("below", "at_least"):
        if actual is None or isinstance(actual, bool) or not isinstance(actual, (int, float)):
            return None
        return actual < argument if operator == "below" else actual >= argument
    raise ValueError(f"unknown condition operator {operator!r}")


def _match_value(expected: Any, actual: Any) -> Tri:
    """Does one answer satisfy one condition value? ``None`` when the answer is unknown."""
    if isinstance(expected, Mapping):
        return _all(_match_operator(op, arg, actual) for op, arg in expected.items())
    options = expected if isinstance(expected, list) else [expected]
    if actual is None:
        return True if None in options else None
    return any(actual == option and type(actual) is type(option) for option in options)


def _all(values: Iterable[Tri]) -> Tri:
    result: Tri = True
    for value in values:
        if value is False:
            return False
        if value is None:
            result = None
    return result


def _any(values: Iterable[Tri]) -> Tri:
    result: Tri = False
    for value in values:
        if value is True:
            return True
        if value is None:
            result = None
    return result


def evaluate(
    condition: Mapping[str, Any] | Sequence[Mapping[str, Any]] | None, facts: Mapping[str, Any]
) -> Tri:
    """Three-valued truth of a condition (a mapping = all of; a list of mappings = any of)."""
    if condition is None:
        return True
    if isinstance(condition, Mapping):
        return _all(_match_value(want, facts.get(key)) for key, want in condition.items())
    return _any(evaluate(part, facts) for part in condition)


def _derive(
    answers: Mapping[str, Any],
) -> tuple[dict[str, Any], dict[str, bool | None], dict[str, str]]:
    """Normalised facts, the derived facts alone, and the ``because`` text of each true one."""
    facts = normalise_answers(answers)
    derived: dict[str, bool | None] = {}
    because: dict[str, str] = {}
    for name, spec in load_code()["derived_facts"].items():
        results: list[Tri] = []
        for rule in spec["true_when"]:
            result = evaluate(rule["when"], facts)
            if result is True and name not in because:
                because[name] = _clean(rule["because"])
            results.append(result)
        value = _any(results)
        derived[name] = value
        facts[name] = value
    return facts, derived, because


def derive_facts(answers: Mapping[str, Any]) -> dict[str, bool | None]:
    """Facts worked out from the answers, e.g. ``domestic_abuse``; ``None`` = can't tell yet."""
    return _derive(answers)[1]


# --------------------------------------------------------------------------------------------
# Assessment
# --------------------------------------------------------------------------------------------


def assess(answers: Mapping[str, Any]) -> Assessment:
    """Which enhanced-service categories are likely to apply, and why."""
    facts, derived, because = _derive(answers)
    placeholders = {f"{name}_because": text for name, text in because.items()}
    categories: list[str] = []
    reasons: list[Reason] = []
    spec = load_code()["enhanced_categories"]
    for category in CATEGORY_ORDER:
        for rule in spec[category]["rules"]:
            if evaluate(rule["when"], facts) is not True:
                continue
            if category not in categories:
                categories.append(category)
            caveat = rule.get("caveat")
            reasons.append(
                Reason(
                    category=category,
                    rule_id=rule["id"],
                    text=_fill(_clean(rule["reason"]), placeholders),
                    reference=_clean(rule["reference"]),
                    caveat=_clean(caveat) if caveat else None,
                )
            )
    return Assessment(
        categories=tuple(categories),
        reasons=tuple(reasons),
        likely_enhanced=bool(categories),
        derived=derived,
        also=_also_a_victim(facts),
    )


# -- round 39, helper H3 --
ALSO_A_VICTIM = "also_a_victim"
# Questions about being targeted, not asked of someone who saw it happen to another person.
WITNESS_NOT_ASKED = frozenset({"repeat_victimisation", "hate_motivated"})


def _also_a_victim(facts: Mapping[str, Any]) -> tuple[Reason, ...]:
    """Why the person counts as a victim though the crime was done to someone else."""
    found = []
    for rule in load_code().get(ALSO_A_VICTIM, []):
        if evaluate(rule["when"], facts) is True:
            caveat = rule.get("caveat")
            found.append(
                Reason(
                    category=ALSO_A_VICTIM,
                    rule_id=rule["id"],
                    text=_clean(rule["reason"]),
                    reference=_clean(rule["reference"]),
                    caveat=_clean(caveat) if caveat else None,
                )
            )
    return tuple(found)


def also_a_victim_result(assessment: Assessment, answers: Mapping[str, Any]) -> str | None:
    """The clause for the one-sentence result ("you are likely to count as a victim too, because
    you saw it ..."), about "they" or "your child" when written for someone else; None when no
    ``also_a_victim`` rule applies."""
    rules = {rule["id"]: rule for rule in load_code().get(ALSO_A_VICTIM, [])}
    for reason in assessment.also:
        return _about(_clean(rules[reason.rule_id]["result"]), _written_for(answers))
    return None


def also_a_victim_at_court(assessment: Assessment) -> str | None:
    """Where someone who saw it gets help at court, said when they need help with court."""
    rules = {rule["id"]: rule for rule in load_code().get(ALSO_A_VICTIM, [])}
    for reason in assessment.also:
        at_court = rules[reason.rule_id].get("at_court")
        if at_court:
            return _clean(at_court)
    return None


# --------------------------------------------------------------------------------------------
# Entitlements
# --------------------------------------------------------------------------------------------


def _entitlement_facts(answers: Mapping[str, Any], assessment: Assessment) -> dict[str, Any]:
    facts, _, _ = _derive(answers)
    facts["enhanced"] = assessment.likely_enhanced
    # -- round 56, helper D7 --: a death caused by a driver (the matcher's road_crash, which is
    # not one of the Code's account details), so the compensation line does not promise CICA.
    details = answers.get("account_details")
    details = [details] if isinstance(details, str) else details
    facts["road_death"] = bool(
        isinstance(details, Iterable)
        and "road_crash" in details
        and (facts.get("bereaved") is True or facts.get("death") is True)
    )
    for category in CATEGORY_ORDER:
        facts[category] = category in assessment.categories
    return facts


def entitlements_for(
    answers: Mapping[str, Any], assessment: Assessment | None = None
) -> list[Entitlement]:
    """The entitlements that are likely to apply, each with a personalised summary line."""
    if assessment is None:
        assessment = assess(answers)
    facts = _entitlement_facts(answers, assessment)
    messages = load_code()["messages"]
    language = facts.get("language")
    values = {
        "days": _clean(
            messages["days_enhanced"] if assessment.likely_enhanced else messages["days_standard"]
        ),
        "language": language.title() if isinstance(language, str) else "your language",
    }
    result: list[Entitlement] = []
    for entitlement_id, spec in load_code()["entitlements"].items():
        if evaluate(spec.get("applies_when"), facts) is not True:
            continue
        stage = spec.get("stage", "now")
        if stage not in STAGE_ORDER:
            raise ValueError(f"entitlement {entitlement_id!r} has unknown stage {stage!r}")
        summary, reference = spec["summary"], spec["reference"]
        for variant in spec.get("variants", []):
            if evaluate(variant["when"], facts) is True:
                summary = variant["summary"]
                reference = variant.get("reference", reference)
                break
        result.append(
            Entitlement(
                id=entitlement_id,
                right=int(spec["right"]),
                title=_clean(spec["title"]),
                text=_fill(_clean(summary), values),
                reference=_clean(reference),
                stage=stage,
            )
        )
    return result


def answer_for(topic: str) -> str:
    """The full answer to an ``ask_right/<topic>`` question."""
    entitlements = load_code()["entitlements"]
    if topic not in entitlements:
        raise KeyError(f"no Victims' Code entitlement called {topic!r}")
    return _clean(entitlements[topic]["answer"])


def rights_answers_domain_yaml() -> str:
    """Rasa domain responses for the ``ask_right`` retrieval intent, generated from the YAML."""
    lines = [
        "# GENERATED from core/victims_code.yml by core/code_rules.py. Do not edit by hand:",
        "#   python -m core.code_rules --write-domain bot/domain/responses_rights.yml",
        'version: "3.1"',
        "responses:",
    ]
    for topic in ASK_RIGHT_TOPICS:
        lines.append(f"  utter_ask_right/{topic}:")
        lines.append(f"  - text: {json.dumps(answer_for(topic), ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------------------------


def _with_heading(heading: str, lines: Sequence[str]) -> list[str]:
    """``lines`` with ``heading`` joined to the first, so a heading never ends a message."""
    if not lines:
        return []
    return [f"{heading}\n{lines[0]}", *lines[1:]]


def _append_line(
    messages: list[str], line: str, where: Sequence[int], limit: int = SMS_LIMIT
) -> None:
    """Add ``line`` to the end of the first message in ``where`` (indices) that has room for
    it, else send it as a message of its own."""
    for index in where:
        if len(messages[index]) + 1 + len(line) <= limit:
            messages[index] = f"{messages[index]}\n{line}"
            return
    messages.append(line)


def _join_labels(labels: Sequence[str]) -> str:
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def _has_unknowns(facts: Mapping[str, Any]) -> bool:
    """Whether an unanswered question could still change the result."""
    slots: Iterable[str] = ASSESSMENT_SLOTS
    if (
        "witness" in (facts.get("account_details") or ())
        and facts.get("crime_type") != "stalking_harassment"
        and facts.get("bereaved") is not True
    ):
        # -- round 39, helper H3 --: a witness is not asked whether they were targeted
        # (actions/skip_logic.py), and the answers could not change their result.
        slots = [s for s in ASSESSMENT_SLOTS if s not in WITNESS_NOT_ASKED]
    if not _someone_may_have_died(facts):
        # Whether they lost someone is asked only where someone may have died (round 78: Tom,
        # whose bike was stolen, was told "some questions were skipped" after answering all).
        slots = [s for s in slots if s != "bereaved"]
    if any(facts.get(slot) is None for slot in slots):
        return True
    return facts.get("account_details") is None and facts.get("crime_type") in DETAIL_CRIMES


def _someone_may_have_died(facts: Mapping[str, Any]) -> bool:
    return facts.get("crime_type") in (None, "homicide") or "someone_died" in (
        facts.get("account_details") or ()
    )


def _written_for(answers: Mapping[str, Any]) -> str | None:
    """Whom the reasons are about when the person writes for someone else: "your child" for a
    parent, "they" for another adult; None when it is about the one writing (a bereaved
    relative is a victim themselves)."""
    if answers.get("bereaved") is True or answers.get("crime_type") == "homicide":
        return None
    if answers.get("for_child"):
        return _CHILD
    if answers.get("for_someone_else"):
        return _ADULT
    return None


# "you were under 18 at the time", said to a mother about her son of 15 (round 33, Yemi).
_CHILD, _ADULT = "your child", "they"
_YOU_FORMS: tuple[tuple[str, dict[str, str]], ...] = (
    (
        r"If you report it to the police, you are",
        {
            _CHILD: "If it's reported to the police, your child is",
            _ADULT: "If it's reported to the police, they are",
        },
    ),
    (r"\byou are\b", {_CHILD: "your child is", _ADULT: "they are"}),
    (r"\byou were\b", {_CHILD: "your child was", _ADULT: "they were"}),
    (r"\byou have been\b", {_CHILD: "your child has been", _ADULT: "they have been"}),
    (r"\byou still have\b", {_CHILD: "your child still has", _ADULT: "they still have"}),
    (r"\byou feel\b", {_CHILD: "your child feels", _ADULT: "they feel"}),
    # -- round 39, helper H3 --: "because you saw it and it has affected you"
    (r"\byou saw\b", {_CHILD: "your child saw", _ADULT: "they saw"}),
    (r"\baffected you\b", {_CHILD: "affected your child", _ADULT: "affected them"}),
    (r"\bassess your needs\b", {_CHILD: "assess your child's needs", _ADULT: "assess their needs"}),
)


def _about(text: str, who: str | None) -> str:
    """The reasons in the third person when they are about someone else."""
    if who is None:
        return text
    for pattern, forms in _YOU_FORMS:
        form = forms[who]

        def said(match: re.Match[str], form: str = form) -> str:
            return form[0].upper() + form[1:] if match.group(0)[0].isupper() else form

        text = re.sub(pattern, said, text, flags=re.IGNORECASE)
    return text


def format_reasons_message(
    assessment: Assessment, answers: Mapping[str, Any] | None = None
) -> list[str]:
    """Messages (each at most 320 characters) explaining the enhanced-service result.

    A headline with the likely categories, then "Why:" with one plain-words bullet per reason
    and "(Victims' Code, Right 4)" once. The statutory references stay in ``Reason.reference``
    (for the records); the person does not see them.

    ``answers`` is optional: with it, the wording allows for a crime not yet reported and for
    skipped questions.
    """
    code = load_code()
    messages = code["messages"]
    facts = normalise_answers(answers) if answers is not None else {}
    who = _written_for(answers or {})
    # -- round 39, helper H3 --: someone who saw it happen is told first that they count too.
    also = [reason.text for reason in assessment.also]
    if not assessment.likely_enhanced:
        lines = [*also, _about(_clean(messages["none_apply"]), who)]
        if answers is not None and _has_unknowns(facts):
            lines.append(_clean(messages["none_apply_unknowns"]))
        return pack(lines)

    intro_key = (
        "enhanced_intro_not_reported"
        if facts.get("reported_to_police") is False
        else "enhanced_intro"
    )
    spec = code["enhanced_categories"]
    labels = [_clean(spec[c]["as_person"]) for c in assessment.categories]
    categories_line = _about(f"{_clean(messages['categories_intro'])} {_join_labels(labels)}.", who)

    bullets: list[str] = []
    for reason in assessment.reasons:
        label = _clean(spec[reason.category]["label"])
        text = _about(reason.text, who)
        # "(intimidated)" would only repeat "... automatically treated as intimidated".
        bullets.append(f"• {text}" if label in text else f"• {text} ({label})")
    why = _with_heading(_clean(messages["why_intro"]), bullets)
    why[-1] = f"{why[-1]}\n{_clean(messages['why_reference'])}"  # never on its own
    headline = pack([*also, _about(_clean(messages[intro_key]), who), categories_line])
    outro = _about(_clean(messages["enhanced_outro"]), who)
    # Either the headline and then "Why:" in a message of its own, with the outro at the end
    # or, if it does not fit there, after the headline; or, if that takes more messages,
    # everything packed in order. The fewest messages win; the first layout on a tie.
    separate = headline + pack(why)
    _append_line(separate, outro, where=[len(separate) - 1, len(headline) - 1])
    together = pack([*headline, *why])
    _append_line(together, outro, where=[len(together) - 1])
    return min([separate, together], key=len)


def format_entitlements_messages(entitlements: Sequence[Entitlement]) -> list[str]:
    """The personalised list, under one heading per stage ("Your rights now:", "If it goes to
    court:", "After a conviction:"), packed into as few messages of at most 320 characters as
    fit, ending with a hint on how to ask about them."""
    messages = load_code()["messages"]
    headings = messages["stage_headings"]
    has_vps = any(e.id == "vps" for e in entitlements)
    hint = _clean(messages["entitlements_hint" if has_vps else "entitlements_hint_no_vps"])
    lines: list[str] = []
    for stage in STAGE_ORDER:
        bullets = [f"• {e.text}" for e in entitlements if e.stage == stage]
        lines += _with_heading(_clean(headings[stage]), bullets)
    return pack(lines, tail=hint)


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------


def _resolve(path: str) -> Path:
    candidate = Path(path)
    return candidate if candidate.is_absolute() else Path.cwd() / candidate


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m core.code_rules",
        description="Generate the ask_right domain responses from core/victims_code.yml.",
    )
    parser.add_argument(
        "--write-domain", metavar="PATH", help="write the generated responses to PATH"
    )
    parser.add_argument(
        "--check",
        metavar="PATH",
        nargs="?",
        const="",
        help="exit 1 if PATH (default: the --write-domain path, or "
        f"{DEFAULT_DOMAIN_PATH}) differs from the generated responses",
    )
    args = parser.parse_args(argv)
    generated = rights_answers_domain_yaml()

    if args.check is not None:
        target = _resolve(args.check or args.write_domain or str(REPO_ROOT / DEFAULT_DOMAIN_PATH))
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != generated:
            print(
                f"{target} is out of date; run: python -m core.code_rules --write-domain {target}",
                file=sys.stderr,
            )
            return 1
        print(f"{target} is up to date")
        return 0
    if args.write_domain:
        target = _resolve(args.write_domain)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(generated, encoding="utf-8")
        print(f"wrote {target}")
        return 0
    sys.stdout.write(generated)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A person's answers joined to what follows from them: the Code's assessment, their
entitlements and the organisations that fit (pure).

The rules are in ``core/victims_code.yml`` (``core.code_rules``), the directory and matching in
this package. The bot lays a result out as text messages (``actions.results``); the review app
shows the same result to a support worker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from core import code_rules
from referrals.directory import Organisation
from referrals.matching import (
    ContactRoute,
    contact_routes,
    default_directory,
    for_whom,
    gender_question_needed,
    match_organisations,
    more_organisations,
)


@dataclass(frozen=True)
class Result:
    answers: dict[str, Any]
    assessment: code_rules.Assessment
    entitlements: list[code_rules.Entitlement]
    organisations: list[Organisation]

    @property
    def categories(self) -> list[str]:
        return list(self.assessment.categories)

    @property
    def referral_ids(self) -> list[str]:
        return [org.id for org in self.organisations]

    def for_whom(self) -> dict[str, str]:
        """Organisation id -> who it is for ("for women"), where the line should say so."""
        labels = {org.id: for_whom(self.answers, org) for org in self.organisations}
        return {org_id: label for org_id, label in labels.items() if label}

    def routes(self) -> dict[str, list[ContactRoute]]:
        """Organisation id -> how to reach it, text and chat first for someone who cannot phone."""
        return {org.id: contact_routes(org, self.answers) for org in self.organisations}

    def reasons(self) -> list[dict[str, Any]]:
        # -- round 39, helper H3 --: why someone who saw it counts as a victim too is kept with
        # the reasons (its statute in the reference), under its own name, not a category.
        return [
            {
                "category": r.category,
                "rule": r.rule_id,
                "reason": r.text,
                "reference": r.reference,
            }
            for r in (*self.assessment.also, *self.assessment.reasons)
        ]


def matching_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers as the matcher wants them, with the facts the rules derive (domestic abuse)."""
    facts = code_rules.derive_facts(answers)
    return {**answers, **{k: v for k, v in facts.items() if v is not None}}


def build_result(
    answers: Mapping[str, Any], organisations: Sequence[Organisation] | None = None
) -> Result:
    assessment = code_rules.assess(answers)
    entitlements = code_rules.entitlements_for(answers, assessment)
    directory = organisations if organisations is not None else default_directory()
    matched = match_organisations(matching_answers(answers), directory)
    return Result(dict(answers), assessment, entitlements, list(matched))


def more_for(
    answers: Mapping[str, Any],
    shown: Sequence[str],
    organisations: Sequence[Organisation] | None = None,
    limit: int = 3,
) -> list[Organisation]:
    """The next organisations for a person who asks for more, leaving out those ``shown``."""
    directory = organisations if organisations is not None else default_directory()
    return more_organisations(matching_answers(answers), directory, shown, limit)


def ask_gender(
    answers: Mapping[str, Any], organisations: Sequence[Organisation] | None = None
) -> bool:
    """Whether to ask the one gender question: only when the answer changes the services."""
    directory = organisations if organisations is not None else default_directory()
    return gender_question_needed(matching_answers(answers), directory)

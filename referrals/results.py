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
from referrals.directory import Organisation, load_directory
from referrals.matching import match_organisations


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

    def reasons(self) -> list[dict[str, Any]]:
        return [
            {
                "category": r.category,
                "rule": r.rule_id,
                "reason": r.text,
                "reference": r.reference,
            }
            for r in self.assessment.reasons
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
    directory = organisations if organisations is not None else load_directory()
    matched = match_organisations(matching_answers(answers), directory)
    return Result(dict(answers), assessment, entitlements, list(matched))

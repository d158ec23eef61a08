"""Turn a person's answers into what the bot tells them at the end (pure).

The Code's rules are in ``actions/victims_code.yml`` and ``actions/code_rules.py``; the directory
and matching in ``referrals/``. This module only joins them and lays the result out as messages
that each fit one long SMS.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from actions import code_rules
from referrals.directory import Organisation, load_directory
from referrals.matching import match_organisations

SMS_LIMIT = 320


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


def format_organisation(org: Organisation) -> str:
    contact = org.contact
    ways = []
    if contact.phone:
        ways.append(f"call {contact.phone}")
    if contact.text:
        ways.append(contact.text[0].lower() + contact.text[1:])
    if not ways and contact.web:
        ways.append(
            "visit " + contact.web.removeprefix("https://").removeprefix("http://").rstrip("/")
        )
    if not ways and contact.email:
        ways.append(f"email {contact.email}")
    line = f"{org.name}: {org.helps_with.rstrip('.')}."
    if ways:
        how = " or ".join(ways)
        line += f" {how[0].upper()}{how[1:]}"
        line += f", {org.hours[0].lower()}{org.hours[1:].rstrip('.')}." if org.hours else "."
    return line


def organisation_messages(organisations: Sequence[Organisation]) -> list[str]:
    lines = [format_organisation(org) for org in organisations]
    return pack(lines, head="Services that can help you:")


def pack(lines: Sequence[str], head: str = "", limit: int = SMS_LIMIT) -> list[str]:
    """Join lines into as few messages as fit ``limit``, never splitting a line."""
    messages: list[str] = []
    current = head
    for line in lines:
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            messages.append(current)
        current = line if len(line) <= limit else line[: limit - 1] + "…"
    if current:
        messages.append(current)
    return messages


def result_messages(result: Result) -> list[str]:
    return [
        *code_rules.format_reasons_message(result.assessment, result.answers),
        *code_rules.format_entitlements_messages(result.entitlements),
        *organisation_messages(result.organisations),
    ]

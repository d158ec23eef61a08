"""Lay a person's result (``referrals.results``) out as messages that each fit one long SMS."""

from __future__ import annotations

from collections.abc import Sequence

from core import code_rules
from core.text import pack
from referrals.directory import Organisation
from referrals.results import Result


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


def result_messages(result: Result) -> list[str]:
    return [
        *code_rules.format_reasons_message(result.assessment, result.answers),
        *code_rules.format_entitlements_messages(result.entitlements),
        *organisation_messages(result.organisations),
    ]

"""Whether an answer fits what this person has told: answers written for one person carry that
person's facts (drink, videos, a shop, children), and must not be sent to someone who never said
them. The facts and the answers that take them as told are data: actions/answer_facts.yml."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from core import yaml_files

_DATA = Path(__file__).with_name("answer_facts.yml")


@dataclass(frozen=True)
class Facts:
    said: Mapping[str, re.Pattern[str]]
    asserted: Mapping[str, re.Pattern[str]]
    slots: Mapping[str, str]
    answers: Mapping[str, frozenset[str]]
    generic: Mapping[str, frozenset[str]]
    held_back: Mapping[str, frozenset[str]]
    # -- round 74, helper a74c --
    unless_denied: Mapping[str, frozenset[str]]
    denied: Mapping[str, re.Pattern[str]]
    # -- end of round 74, helper a74c --


@cache
def facts() -> Facts:
    data = yaml_files.load(_DATA.read_text(encoding="utf-8"))
    return Facts(
        said={name: re.compile(fact["said"]) for name, fact in data["facts"].items()},
        asserted={name: re.compile(fact["asserted"], re.I) for name, fact in data["facts"].items()},
        slots=dict(data.get("slots") or {}),
        answers={name: frozenset(needs) for name, needs in data["answers"].items()},
        generic={name: frozenset(names) for name, names in (data.get("generic") or {}).items()},
        held_back={name: frozenset(f) for name, f in (data.get("held_back") or {}).items()},
        # -- round 74, helper a74c --
        unless_denied={name: frozenset(f) for name, f in (data.get("unless_denied") or {}).items()},
        denied={
            name: re.compile(fact["denied"])
            for name, fact in data["facts"].items()
            if fact.get("denied")
        },
        # -- end of round 74, helper a74c --
    )


def told(fact: str, said: Iterable[str], answers: Mapping[str, Any]) -> bool:
    """Whether the person's own words (or an answer they gave) carry the fact."""
    known = facts()
    slot = known.slots.get(fact)
    if slot and answers.get(slot):
        return True
    pattern = known.said[fact]
    return any(pattern.search(text.lower()) for text in said)


# -- round 74, helper a74c --: Leon (16, never reported: "there aint no officer i didnt report
# it") was told of "the officer on your case" and "your officer". An answer under
# `unless_denied` is sent unless the person said the fact is not so: its slot answered False
# (reported_to_police), or their words deny it (the fact's `denied` pattern), and no slot says
# it is so.
def denied(fact: str, said: Iterable[str], answers: Mapping[str, Any]) -> bool:
    """Whether the person said the fact is NOT so (they did not report it)."""
    known = facts()
    slot = known.slots.get(fact)
    if slot and answers.get(slot):
        return False
    if slot and answers.get(slot) is False:
        return True
    pattern = known.denied.get(fact)
    return pattern is not None and any(pattern.search(text.lower()) for text in said)


# -- end of round 74, helper a74c --


def fits(response: str | None, text: str, answers: Mapping[str, Any] | None) -> bool:
    """Whether an answer may be sent: every fact it takes as told was told. Without the
    conversation's words (answers["said"]) there is nothing to check against, and it fits."""
    if not response or not answers or answers.get("said") is None:
        return True
    said = (*answers["said"], text)
    # -- round 60, helper G1 --: an answer held back once a fact IS told (Kofi, whose son was
    # already in hospital, told to get the leg X-rayed at an urgent treatment centre).
    if any(told(fact, said, answers) for fact in facts().held_back.get(response, ())):
        return False
    # -- round 74, helper a74c --: not sent to someone who said it is not so (Leon).
    if any(denied(fact, said, answers) for fact in facts().unless_denied.get(response, ())):
        return False
    # -- end of round 74, helper a74c --
    needs = facts().answers.get(response)
    if not needs:
        return True
    return all(told(fact, said, answers) for fact in needs)

"""Whether an answer fits what this person has told: answers written for one person carry that
person's facts (drink, videos, a shop, children), and must not be sent to someone who never said
them. The facts and the answers that take them as told are data: actions/answer_facts.yml."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
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
    # n94s (round 94): facts about the writer's own life (`whose: self`), and words that count
    # whoever they are said of (`said_anyone`).
    own: frozenset[str] = frozenset()
    said_anyone: Mapping[str, re.Pattern[str]] = field(default_factory=dict)


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
        own=frozenset(name for name, fact in data["facts"].items() if fact.get("whose") == "self"),
        said_anyone={
            name: re.compile(fact["said_anyone"])
            for name, fact in data["facts"].items()
            if fact.get("said_anyone")
        },
    )


# n94s (round 94): Hazel, 68, retired, wrote of her grandson "he is out at work until six" and
# was then told "Your employer can only take money off your wages"; Leila's "he go work" (her
# husband's brother) was read as her job. A fact about the writer's own life (`whose: self` in
# answer_facts.yml: work, studies, renting) counts only where it is said of the writer: not
# after "his", "her", "their" or a relative's "husband's" ("his job", "my husband's
# landlord"), nor in a sentence whose last person named before the words is someone else ("he
# is out at work", "my son works"). "my boss", "i work nights", "he hit me at work" and "at work
# today he ..." still count.
_N94S_RELATIVE = (
    r"(?:sons?|daughters?|husband|hubby|wife|partner|ex|boyfriend|girlfriend|bf|gf|fiance|fiancee"
    r"|brothers?|sisters?|grandsons?|granddaughters?|grandchild|grandchildren|grandad|grandma"
    r"|nan|mum|mom|mother|dad|father|stepdad|stepmum|stepson|stepdaughter|uncle|aunt|auntie"
    r"|cousin|nephew|niece|neighbou?rs?|flatmates?|housemates?|child|children|kids?)"
)
# The words just before the fact make it someone else's: "his job", "her new boss", "my
# husband's landlord", "the brothers work".
_N94S_THEIRS_BEFORE = re.compile(
    r"\b(?:his|her|their|hes|shes|" + _N94S_RELATIVE + r"(?:['’]s|s))\s+"
    r"(?:(?!(?:at|in|to|from|on|for|after|before|with|and|but|or|was|is)\b)\w+\s+)?$"
)
# ... or the writer's: "my boss", "our shop", "my new job" (not "my son works").
_N94S_MINE_BEFORE = re.compile(r"\b(?:my|our)\s+(?:(?!" + _N94S_RELATIVE + r"\b)\w+\s+)?$")
# The people named in a sentence: the writer ("i", "me", "we") or someone else ("he", "they",
# "my son", "the brother").
_N94S_PERSON = re.compile(
    r"\b(?P<me>i|im|i['’]m|ive|i['’]ve|i['’]d|i['’]ll|me|we|us)\b"
    r"|\b(?P<other>he|she|they|hes|shes|he['’]s|she['’]s|theyre|they['’]re"
    r"|(?:my|our|his|her|their|the) " + _N94S_RELATIVE + r")\b"
)
# Someone coming to, waiting at or ringing a place speaks of the writer's place: "he turned up
# at work", "he keeps ringing work" (not "he came home from work").
_N94S_COMES_TO = re.compile(
    r"\b(?:came|comes?|coming|turn\w* up|show\w* up|wait\w*|outside|rang|rings?|ringing"
    r"|call\w*|phon\w*|email\w*|messag\w*|text\w*|told|tells?|contact\w*|follow\w*"
    r"|found|visit\w*|stalk\w*)\b(?!.*\bfrom\s+$)"
)
_N94S_SENTENCE_END = re.compile(r"[.!?;\n]")


def said_of_self(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` (lowercased) are said of the writer, not of
    another person (n94s, round 94)."""
    if re.search(r"\b(?:my|our|i|me)\b", text[start:end]):
        return True
    sentence = max((m.end() for m in _N94S_SENTENCE_END.finditer(text, 0, start)), default=0)
    before = text[sentence:start]
    if _N94S_THEIRS_BEFORE.search(before):
        return False
    if _N94S_MINE_BEFORE.search(before):
        return True
    people = list(_N94S_PERSON.finditer(before))
    last = people[-1] if people else None
    if last is None or last.group("other") is None:
        return True
    return bool(_N94S_COMES_TO.search(before, last.end()))


def told(fact: str, said: Iterable[str], answers: Mapping[str, Any]) -> bool:
    """Whether the person's own words (or an answer they gave) carry the fact."""
    known = facts()
    slot = known.slots.get(fact)
    if slot and answers.get(slot):
        return True
    pattern = known.said[fact]
    # n94s (round 94): a fact about the writer's own life counts only where said of them.
    anyone = known.said_anyone.get(fact)
    for text in said:
        words = text.lower()
        if anyone is not None and anyone.search(words):
            return True
        if fact not in known.own:
            if pattern.search(words):
                return True
        elif any(said_of_self(words, m.start(), m.end()) for m in pattern.finditer(words)):
            return True
    return False


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


def fits(
    response: str | None, text: str, answers: Mapping[str, Any] | None, *, own_only: bool = False
) -> bool:
    """Whether an answer may be sent: every fact it takes as told was told. Without the
    conversation's words (answers["said"]) there is nothing to check against, and it fits.
    ``own_only`` (n94s, round 94): check only the facts about the writer's own life
    (`whose: self`), for answers whose own question already carries the rest."""
    if not response or not answers or answers.get("said") is None:
        return True
    said = (*answers["said"], text)
    if own_only:
        own = facts().answers.get(response, frozenset()) & facts().own
        return all(told(fact, said, answers) for fact in own)
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

"""The everyday words people use for crime types, boroughs, languages, needs... (one source).

``core/vocabulary.yml`` maps each canonical value to the phrases people type. It feeds the
spaCy entity ruler and Rasa's synonyms (``bot/spacy_pipeline.py``) and the action server's
reading of answers and accounts (``actions/``), which finds phrases here with ``find``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from core import yaml_files

VOCABULARY_PATH = Path(__file__).with_name("vocabulary.yml")

# Entity labels the vocabulary defines; config.yml lists the same names for the extractor.
ENTITY_LABELS = (
    "crime_type",
    "borough",
    "language",
    "hate_strand",
    "relationship",
    "need",
    "community",
)
# Values that are also what people type ("hackney", "polish"); other values are labels
# ("other", "court", "men") that would fire on everyday words if they were phrases.
VALUES_ARE_PHRASES = ("borough", "language")

Vocabulary = Mapping[str, Mapping[str, list[str]]]


class VocabularyError(ValueError):
    """The vocabulary file is not usable (unknown entity, a phrase claimed twice...)."""


def normalise(phrase: str) -> str:
    return " ".join(str(phrase).lower().split())


def check_vocabulary(raw: Mapping[str, Mapping[str, Iterable[str]]]) -> list[str]:
    """Return every problem found, so an operator can fix them all in one go."""
    problems: list[str] = []
    owner: dict[str, str] = {}
    for entity, values in raw.items():
        if entity not in ENTITY_LABELS:
            problems.append(f"unknown entity '{entity}' (expected one of {ENTITY_LABELS})")
            continue
        for value, phrases in (values or {}).items():
            for phrase in phrases or []:
                key = normalise(phrase)
                claimed = f"{entity}={value}"
                if key in owner and owner[key] != claimed:
                    # A phrase can have only one label in the entity ruler and one synonym.
                    problems.append(f"'{key}' is listed for both {owner[key]} and {claimed}")
                owner.setdefault(key, claimed)
    return problems


def load_vocabulary(path: Path = VOCABULARY_PATH) -> dict[str, dict[str, list[str]]]:
    with path.open(encoding="utf-8") as handle:
        raw = yaml_files.load(handle) or {}
    problems = check_vocabulary(raw)
    if problems:
        raise VocabularyError("; ".join(problems))
    return {
        entity: {str(value): [normalise(p) for p in phrases] for value, phrases in values.items()}
        for entity, values in raw.items()
    }


@functools.lru_cache(maxsize=256)
def plain(text: str) -> str:
    """Text as the phrase finder compares it: lower case, no apostrophes ("i'm" is "im"), other
    punctuation as spaces, single spaces. Cached: the readers of one message ask for the same
    text's plain form many times; the cache is small so that it holds only the last few
    messages (in memory only)."""
    text = text.lower().replace("\u2019", "").replace("\u2018", "").replace("'", "")
    return " ".join(re.sub(r"[^\w£&+]+", " ", text).split())


@functools.cache
def _vocabulary() -> Vocabulary:
    return load_vocabulary()


@functools.cache
def _patterns(entity: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    values = _vocabulary().get(entity, {})
    compiled = []
    for value, phrases in values.items():
        own = {normalise(value)} if entity in VALUES_ARE_PHRASES else set()
        alternatives = sorted({plain(p) for p in [*phrases, *own]} - {""}, key=len, reverse=True)
        if alternatives:
            body = "|".join(re.escape(a) for a in alternatives)
            compiled.append((value, re.compile(rf"(?<![\w£&+])(?:{body})(?![\w£&+])")))
    return tuple(compiled)


def compile_patterns() -> None:
    """Build every entity's patterns now rather than at the first message that needs them."""
    for entity in _vocabulary():
        _patterns(entity)


def find(entity: str, text: str) -> list[tuple[str, int, int]]:
    """Every (value, start, end) of ``entity`` phrases in ``plain(text)``, in order; where two
    overlap the longer wins, as in the entity ruler."""
    haystack = plain(text)
    found = [
        (value, m.start(), m.end())
        for value, pattern in _patterns(entity)
        for m in pattern.finditer(haystack)
    ]
    found.sort(key=lambda hit: (hit[1], -(hit[2] - hit[1])))
    kept: list[tuple[str, int, int]] = []
    for hit in found:
        if kept and hit[1] < kept[-1][2]:
            if hit[2] - hit[1] > kept[-1][2] - kept[-1][1]:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


def values(entity: str, text: str) -> list[str]:
    """The distinct values of ``entity`` named in the text, in the order they come."""
    return list(dict.fromkeys(value for value, _, _ in find(entity, text)))


# Bex (round 74, 19), at the referral question: "ok. yeh someone can message me. not call …
# insta dm? jk. my number is 07700 900 275" was read as no answer: the joke ("insta dm? jk") is
# taken back by its "jk", and the rest is the answer (a yes, by text, with her number).
_B75A_JOKE = re.compile(
    r"(?:(?:lol|lmao|haha\w*|xd)\s+)*(?:jk|jks|j k|just kidding|just kiddin|only kidding|just "
    r"joking|only joking|joking|jokin|kidding|jokes)(?:\s+(?:lol|lmao|haha\w*|xd))*"
)
_B75A_JOKE_AT_END = re.compile(rf"(?<!\bnot )(?<!\bno )\b{_B75A_JOKE.pattern}$")


def without_jokes(text: str) -> str:
    """The message without what a "jk" takes back: the sentence it ends, or the one before."""
    parts = [part for part in re.split(r"(?<=[.!?…\n])\s+", text) if part.strip()]
    kept: list[str] = []
    for part in parts:
        words = plain(part)
        if _B75A_JOKE.fullmatch(words):
            if kept:
                kept.pop()
            continue
        if not _B75A_JOKE_AT_END.search(words):
            kept.append(part)
    return " ".join(kept)

"""Whether a message asks to talk to a person, said inside a longer message ("no. i dont even
know who he is. i want to talk to a human"): the bot and the actions both need to know, so the
request wins over the answer beside it."""

from __future__ import annotations

import re

from core.vocabulary import plain

_ASKS_FOR_PERSON = re.compile(
    r"\b(?:(?:i|we) (?:want|need|would like|wanna|d like)|can i|could i|let me|please let me|"
    r"i wanna) (?:to )?(?:talk|speak|chat) (?:to|with) (?:a |an |"
    r"the |your |some )?(?:human|real person|actual person|person|someone real|support worker|"
    r"caseworker|case worker|advisor|adviser|real human)\b|\b(?:talk|speak) to a (?:real )?"
    r"(?:human|person)\b|\b(?:put me through|transfer me) to (?:a |an |the )?(?:human|person|"
    r"someone|support worker|caseworker|case worker)\b"
)


def asks_for_person(text: str | None) -> bool:
    return bool(_ASKS_FOR_PERSON.search(plain(text or "")))

"""Someone close named to be kept informed, or to ring the service too, with their number:
not the one who did it, and not the person's own contact (round 81, helper p81e).

Ron, 77, robbed by two strangers, after his referral: "can they tell my daughter too, her name
is karen", "can karen ring them as well? shes in leeds. her number is 07700 900733. shes my
daughter" was read as a family member who did it, and moved his referral to Karen's number.
"""

from __future__ import annotations

import re

from core.vocabulary import plain

_RELATIVE = (
    r"(?:daughter|son|wife|husband|partner|mum|mom|mother|dad|father|sister|brother|friend|"
    r"neighbour|neighbor|carer|niece|nephew|grandson|granddaughter|aunt|uncle|cousin)"
)
# "can they tell my daughter too", "can karen ring them as well", "keep my son informed".
_TO_BE_TOLD = re.compile(
    rf"\b(?:tell|inform|update|let|ring|call|phone|contact|text)\w* (?:my {_RELATIVE}|her|him)\b"
    r"(?: \w+){0,2} (?:too|as well|aswell|know|informed|updated|in the loop)\b|"
    rf"\bkeep (?:my {_RELATIVE}|her|him)\b(?: \w+){{0,2}} (?:informed|updated|in the loop)\b|"
    rf"\bcan (?!i\b|we\b|you\b|they\b|u\b)(?:my {_RELATIVE}|she|he|[a-z]{{3,}}) (?:ring|call|phone|"
    r"contact|text|email|speak to|talk to) (?:them|you|the (?:support )?(?:team|worker|service|"
    r"people))\b(?: \w+){0,2} (?:too|as well|aswell)\b"
)
# "her number is 07700 900733", "my daughter's number", "karens mobile".
_SOMEONE_ELSES_NUMBER = re.compile(
    r"\b(?:her|his|their|[a-z]{3,}s) (?:mobile |phone |home |house |own )?"
    r"(?:number|mobile|phone number|no|email|email address)\b"
)
_OWN = re.compile(r"^(?:its|thats|whats|this|is|was|has|yes|hers|us|his|theirs|mums|moms|dads)$")
# "use my mums number", "ring me on ...": a number they chose for themselves.
_FOR_ME = re.compile(r"\b(?:ring|call|text|phone|contact) me\b|\buse\b")


def asks_to_keep_someone_informed(text: str) -> bool:
    return bool(_TO_BE_TOLD.search(plain(text)))


def number_is_someone_elses(text: str) -> bool:
    """The number or address given is said to be someone else's ("her number is ...")."""
    words = plain(text)
    if _FOR_ME.search(words):
        return False
    for found in _SOMEONE_ELSES_NUMBER.finditer(words):
        owner = found.group(0).split()[0]
        if owner in ("her", "his", "their") or not _OWN.search(owner):
            return True
    return False

"""Danger and self-harm phrases: the keyword safety net behind the intent classifier.

A missed "he's here now" is the worst failure this bot can have, so clear danger and self-harm
phrases override whatever the statistical classifier (or the fallback classifier) predicted. The
patterns are plain regular expressions that a reviewer can read; recall matters more than
precision here, because a false alarm only costs one extra message with a helpline number.
"""

from __future__ import annotations

import re

IN_DANGER = "in_danger"
SELF_HARM = "self_harm"

_PRONOUN = r"(?:he|she|they|him|her|them|some ?(?:one|1)|somebody|my (?:ex|partner|husband|wife|boyfriend|girlfriend|dad|father|brother|son))"
_IS = r"(?:'?s|s| is| are|'re| r)"

DANGER_PATTERNS = [
    rf"\b{_PRONOUN}{_IS} (?:here|outside|coming (?:here|over|round|back|for me|to get me|now)|back|downstairs|upstairs|in the (?:house|flat|building|hall))\b",
    rf"\b{_PRONOUN}{_IS} (?:at|banging on|kicking|outside|breaking) (?:my|the) (?:door|window|house|flat)",
    r"\b(?:outside|at) my (?:door|front door|window|flat|house)\b",
    r"\b(?:banging on|kicking|smashing|breaking) (?:my|the) (?:front |back )?(?:door|window)s?\b",
    r"\b(?:he|she|they)(?:'ll|ll| will) (?:kill|hurt|stab|shoot) me\b",
    r"\bpulled up outside\b",
    r"\b(?:trying|tryin|try) (?:to|2) (?:get|break|kick|force) (?:in|into|the door)",
    r"\b(?:breaking|kicking|smashing) (?:in|down|the door|my door)",
    r"\b(?:going|gonna|goin|about) (?:to|2)? ?(?:kill|hurt|stab|shoot|attack|beat) me\b",
    r"\b(?:will|wil|gonna|going to) kill me\b",
    rf"\b{_PRONOUN}(?:'?s| is| has|s) (?:got )?(?:a )?(?:knife|gun|blade|machete|weapon)",
    r"\b(?:has|got|with|holding) (?:a )?(?:knife|gun|blade|machete|weapon)\b",
    r"\b(?:hitting|beating|attacking|strangling|choking|chasing|following) me (?:now|right now|rn)\b",
    r"\b(?:is|s|'s|are) (?:hitting|beating|attacking|strangling|choking) me\b",
    r"\bhiding (?:from|in)\b",
    r"\blocked (?:myself )?in (?:the|my) (?:bathroom|bedroom|room|toilet|car)\b",
    r"(?<!not )(?<!no longer )(?<!n't )\b(?:i'?m|i am|im|am|we'?re|we are|were) in danger\b",
    r"(?<!not )\b(?:i'?m|i am|im) not safe(?! to)\b",
    r"\bnot safe (?:right )?(?:now|here|rn)\b",
    r"\bhelp me (?:please|pls|plz)?,? ?(?:he|she|they)\b",
    r"\bplease help (?:me )?(?:he|she|they)\b",
]

SELF_HARM_PATTERNS = [
    r"\b(?:kill|killing|end|ending|hurt|hurting|harm|harming) (?:myself|my ?self|my life)\b",
    r"\b(?:end|ending) it (?:all)?\b",
    r"(?<!not )(?<!he )(?<!she )(?<!he's )(?<!they )\bsuicid",
    r"\b(?:want|wanna|wanted|going|gonna) (?:to )?(?:die|be dead)\b",
    r"\bwish (?:i|id|i'd) (?:was|were|had) (?:dead|never been born|not woken up)\b",
    r"\bwish i (?:wasn'?t|was not) (?:here|alive)\b",
    r"\bbetter off (?:dead|without me)\b",
    r"\bno (?:point|reason) (?:in |to )?(?:living|live|going on|being alive|carrying on)\b",
    r"\b(?:can'?t|cannot|cant) (?:go on|carry on|do this any ?more|take (?:it|this) any ?more)\b",
    r"\b(?:took|taken|take|taking|swallowed|swallow|swallowing|necked|downed|gonna take|going to take) (?:all|loads|lots|a load|too many|a lot|a bunch|a whole|the whole|every|a packet|a box|a bottle)(?: of)?(?: my| the| his| her| those| these)? ?(?:pills|tablets|paracetamol|ibuprofen|meds|medication|medicine|packet|sleeping pills|antidepressants)",
    r"\boverdos",
    r"\bself[- ]?harm",
    r"(?<!he )(?<!she )(?<!they )(?<!he's )\b(?:cut|cutting|burn|burned|burnt|burning|scratching|hurt) (?:myself|my ?self|my (?:arms?|wrists?|legs?|skin|thighs?|hands?|stomach))\b",
    r"\b(?:slit|slash) my wrists?\b",
    r"\bhang (?:myself|my ?self)\b",
    r"\bcutting (?:again|myself)\b",
    r"\b(?:i'?m|im|i am) (?:on|at) (?:the )?(?:bridge|edge|roof|platform|cliff)\b",
    r"\b(?:never|not) (?:to )?wake up\b",
    r"\b(?:no ?one|nobody|noone) (?:would|will|wud) (?:care|notice|miss me)\b",
    "\U0001f48a",
    r"\bjump (?:off|in front of)\b",
    r"\b(?:don'?t|do not|dont) want (?:to )?(?:live|be alive|be here any ?more|wake up)\b",
]

_DANGER = [re.compile(p) for p in DANGER_PATTERNS]
_SELF_HARM = [re.compile(p) for p in SELF_HARM_PATTERNS]


def _clean(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split())


def detect_risk(text: str | None) -> str | None:
    """Return ``in_danger``, ``self_harm`` or None for one message.

    Danger wins when both match: 999 comes first, and the self-harm reply mentions 999 too.
    """
    if not text:
        return None
    cleaned = _clean(text)
    if any(p.search(cleaned) for p in _DANGER):
        return IN_DANGER
    if any(p.search(cleaned) for p in _SELF_HARM):
        return SELF_HARM
    return None

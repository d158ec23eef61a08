"""Pure parsers for free-text answers ("yeah", "nah", "im 15", "call me", "07700 900123").

The NLU model handles most answers through intents and entities; these parsers are the second
chance the form gives to text the model could not place, before it re-asks with examples.
"""

from __future__ import annotations

import re

_YES = {
    "yes",
    "yeah",
    "yea",
    "yep",
    "yup",
    "y",
    "ye",
    "ya",
    "yh",
    "yass",
    "aye",
    "ok",
    "okay",
    "sure",
    "correct",
    "right",
    "definitely",
    "deffo",
    "def",
    "course",
    "please",
    "true",
    "did",
}
_NO = {
    "no",
    "nah",
    "nope",
    "n",
    "na",
    "not",
    "never",
    "nothing",
    "none",
    "didnt",
    "didn't",
    "havent",
    "haven't",
    "hasnt",
    "hasn't",
    "wasnt",
    "wasn't",
    "dont",
    "don't",
    "isnt",
    "isn't",
}
_SOFT_YES = {"ok", "okay", "right", "sure", "please"}
_WORD = re.compile(r"[a-z']+")


def parse_yes_no(text: str | None) -> bool | None:
    """True for a clear yes, False for a clear no, None when unclear or mixed."""
    if not text:
        return None
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    if not words:
        return None
    yes = any(w in _YES for w in words)
    no = any(w in _NO for w in words)
    if yes and not no:
        return True
    if no and not yes:
        return False
    # Mixed answers are unclear ("yes and no"), except a leading no softened by a filler
    # word ("no its ok", "nah im ok thanks").
    if words[0] in _NO and all(w in _SOFT_YES for w in words if w in _YES):
        return False
    return None


_NUMBER_WORDS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
_AGE = re.compile(r"(?<![\d:.£$])\b(\d{1,3})\b(?![:.]\d)(?!\s*(?:am|pm|%|k\b|quid|pounds))")


def parse_age(text: str | None) -> int | None:
    """An age in years from "im 15", "15", "i was fifteen"; None if there is none."""
    if not text:
        return None
    lowered = text.lower()
    for match in _AGE.finditer(lowered):
        value = int(match.group(1))
        if 0 < value < 120:
            return value
    for word in _WORD.findall(lowered):
        if word in _NUMBER_WORDS:
            return _NUMBER_WORDS[word]
    return None


def under_18_from(value: object) -> bool | None:
    """Interpret what the form extracted for ``under_18``: a bool, an age or free text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value < 18
    text = str(value)
    age = parse_age(text)
    if age is not None:
        return age < 18
    lowered = text.lower()
    if re.search(r"\b(?:child|kid|teen|teenager|minor|at school|in year \d+)\b", lowered):
        return True
    if re.search(r"\b(?:adult|grown up|over 18|over eighteen)\b", lowered):
        return False
    return parse_yes_no(text)


_METHODS = {
    "call": r"\b(?:call|calls|ring|phone|phoning|calling|speak|talk)\b",
    "text": r"\b(?:text|texts|txt|sms|message|messages|whatsapp)\b",
    "email": r"\b(?:email|e-mail|mail)\b",
}


def parse_contact_method(text: str | None) -> str | None:
    if not text:
        return None
    lowered = text.lower()
    found = [method for method, pattern in _METHODS.items() if re.search(pattern, lowered)]
    return found[0] if len(found) == 1 else None


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_UK_PHONE = re.compile(r"(?:\+44\s?|0)(?:\d\s?){9,10}")


def parse_contact_details(text: str | None) -> str | None:
    """A UK phone number (normalised to digits) or an email address."""
    if not text:
        return None
    email = _EMAIL.search(text)
    if email:
        return email.group(0).lower()
    phone = _UK_PHONE.search(text.replace("-", " ").replace("(", "").replace(")", ""))
    if phone:
        digits = re.sub(r"\D", "", phone.group(0))
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        if len(digits) == 11:
            return digits
    return None


_OUTSIDE_LONDON = re.compile(
    r"\b(?:outside (?:of )?london|not (?:in )?london|don'?t live in london|not from london)\b"
)


def is_outside_london(text: str | None) -> bool:
    return bool(text and _OUTSIDE_LONDON.search(text.lower().replace("\u2019", "'")))


def clean_free_text(text: str | None, limit: int = 120) -> str | None:
    """Trim an answer we keep as written (contact times), dropping control characters."""
    if not text:
        return None
    cleaned = " ".join("".join(ch for ch in text if ch.isprintable()).split())
    return cleaned[:limit] or None


_DONT_KNOW = re.compile(
    r"\b(?:dunno|dno|idk|i ?d ?k|don'?t know|dont no|not sure|unsure|no idea|rather not|"
    r"prefer not|skip|pass|next|not saying|won'?t say|can'?t remember|cant remember)\b"
)


def is_dont_know(text: str | None) -> bool:
    """'don't know', 'rather not say', 'skip': the person chooses not to answer."""
    return bool(text and _DONT_KNOW.search(text.lower().replace("\u2019", "'")))

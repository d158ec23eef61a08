"""Someone close named to be kept informed, or to ring the service too, with their number:
not the one who did it, and not the person's own contact (round 81, helper p81e).

Ron, 77, robbed by two strangers, after his referral: "can they tell my daughter too, her name
is karen", "can karen ring them as well? shes in leeds. her number is 07700 900733. shes my
daughter" was read as a family member who did it, and moved his referral to Karen's number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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
# v86a2 (round 86): not "I've got his number plate on video" (Tom, a stranger's van).
_SOMEONE_ELSES_NUMBER = re.compile(
    r"\b(?:her|his|their|[a-z]{3,}s) (?:mobile |phone |home |house |own )?"
    r"(?:number|mobile|phone number|no|email|email address)\b(?! ?plates?\b| ?plate number)"
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


# s83e (round 83)
# Rose, 71: "020 8690 4417 thats the house phone ... or my son Gary 07700 900312 if I dont
# answer", then "did you tell them about ... my son garys number" and "and garys number? 07700
# 900312" (got "I can't answer"): a second number, someone close's, to try if they can't reach
# her. Kept as a note on the referral (core/contact_notes.py "second_number"); the number itself
# is in the chat, which the support team reads; the referral's own number stays hers.
_NUMBER = r"((?:\+?44 ?|0)\d(?: ?\d){8,10})\b"
_NOT_A_NAME = r"(?!(?:on|is|at|and|his|her|its|the|number|mobile|phone|who|if|or)\b)"
_GIVEN = re.compile(
    rf"\bmy ({_RELATIVE})(?:s)?(?: {_NOT_A_NAME}([a-z]{{3,}}))?(?: s)?(?: (?:mobile |phone |"
    r"home )?(?:number|mobile|phone|no))?(?: is| on)? " + _NUMBER + "|"
    rf"\b{_NOT_A_NAME}([a-z]{{2,}})s (?:mobile |phone |home )?(?:number|mobile|phone number|no)"
    r"(?: is| on)? " + _NUMBER
)
# "my son garys number", "and garys number?": asked about, without the number.
_ASKED = re.compile(
    rf"\b(?:my {_RELATIVE}s? )?{_NOT_A_NAME}([a-z]{{2,}})s (?:mobile |phone |home )?(?:number|"
    r"mobile|phone number)\b"
)


@dataclass(frozen=True)
class SecondNumber:
    whose: str  # "your son Gary's", "your son's", "Gary's"
    ending: str  # its last three digits, as the bot says the person's own
    digits: str


def _digits(number: str) -> str:
    found = re.sub(r"\D", "", number)
    return "0" + found[2:] if found.startswith("44") else found


def _whose(relative: str | None, name: str | None) -> str:
    named = name.capitalize() if name else ""
    if relative and named:
        return f"your {relative} {named}'s"
    if relative:
        return f"your {relative}'s"
    return f"{named}'s"


def second_number_given(text: str, own: str | None) -> SecondNumber | None:
    """Someone close's number given beside (or after) the person's own ``own``; never their
    own number, nor the one the referral keeps."""
    own_digits = _digits(own or "")
    for found in _GIVEN.finditer(plain(text)):
        relative, name, number, owner, owner_number = found.groups()
        if owner and _OWN.search(owner):
            continue  # "thats number", "its number": their own
        digits = _digits(number or owner_number)
        if digits == own_digits:
            continue
        whose = _whose(relative, name) if number else _whose(None, owner)
        return SecondNumber(whose=whose, ending=digits[-3:], digits=digits)
    return None


def asks_about_a_second_number(text: str) -> bool:
    """ "did you tell them ... my son garys number", "and garys number?"."""
    return any(not _OWN.search(found.group(1) + "s") for found in _ASKED.finditer(plain(text)))


def second_number_said(said: Sequence[str], own: str | None) -> SecondNumber | None:
    """The last second number given in the person's messages ``said``."""
    for text in reversed(list(said)):
        found = second_number_given(str(text), own)
        if found is not None:
            return found
    return None


# end s83e


# t84c (round 84)
# Wayne, 30, learning disability, whose "mates" in his flat look at his phone: "can you call jo
# instead. her number is 07700 900217", "call jo. not me" (Jo, his support worker). The number
# given is hers, and the support team are to contact her, with his agreement; it was said back as
# "on the number ending 217", as if his own. Her name is kept so the number is said back as hers.
_T84C_CALL_INSTEAD = re.compile(
    r"\b(?:call|ring|phone|contact|text|speak to|talk to) ([a-z]{2,}) (?:instead|not me)\b"
)
_T84C_NOT_A_NAME = frozenset(
    {"me", "them", "her", "him", "you", "us", "back", "the", "my", "police", "it", "someone"}
)


# g89f (round 89): Winston, 79, after his referral: "how soon will they ring, is it tomorrow?"
# was read as asking them to ring someone called "Is", and his request said "on Is's number".
# Small words of a sentence are never a name.
G89F_NEVER_A_NAME = frozenset(
    {
        "is", "it", "its", "the", "they", "them", "their", "there", "this", "that", "these",
        "those", "he", "she", "we", "you", "me", "us", "i", "im", "a", "an", "and", "or", "but",
        "if", "so", "be", "been", "was", "were", "are", "am", "will", "would", "can", "could",
        "should", "do", "does", "did", "not", "no", "yes", "soon", "today", "tomorrow",
        "tonight", "later", "when", "what", "who", "how", "why", "where", "which", "again",
        "ever", "never", "then", "than", "here", "please", "pls", "back", "up", "out", "off",
        "on", "in", "at", "to", "for", "of", "with", "by", "from", "my", "your", "our", "his",
        "her", "him", "someone", "anyone", "everyone", "nobody", "all", "any", "every",
        # l100a (round 100): Tyrone, 17, "would they call my mum tho" was told about "Tho"
        # and his own number was sent as Tho's: words that end a sentence are no name.
        "tho", "though", "tbh", "lol", "innit", "init", "too", "also", "aswell", "now",
        "instead", "like", "yeah", "ye", "fam", "bruv", "mate", "have", "has", "had", "gonna",
        "got", "get", "know", "knows", "dont", "doesnt",
        # n103b (round 103): Mei, "my mother work with me in kitchen" made "Work" a person to
        # call ("give Work's number"): a verb after "my mother", in plain English, is no name.
        "work", "works", "worked", "working", "speak", "speaks", "spoke", "live", "lives",
        "lived", "living", "say", "says", "said", "go", "goes", "went", "come", "comes", "came",
        "cook", "cooks", "help", "helps", "helped", "need", "needs", "want", "wants", "think",
        "thinks", "feel", "feels", "felt", "see", "sees", "saw", "take", "takes", "took", "call",
        "calls", "only", "very", "still", "just", "always", "scared", "worried", "upset", "cant",
        "cannot", "wont", "didnt", "isnt", "wasnt", "stays", "stay", "sleep", "sleeps",
    }
)  # fmt: skip


def g89f_may_be_a_name(word: str | None) -> bool:
    """Whether a word read as the name of someone to contact may be one (never "is", "it")."""
    return bool(word) and str(word).lower() not in G89F_NEVER_A_NAME


# Winston: "Who is Is? My name is Winston.", "It still says Is. Please tell them my name is
# Winston": his own name, given to put right a name shown wrongly, to ask for when they ring.
_G89F_MY_NAME = re.compile(r"\bmy name is ([a-z]{2,})\b|\bmy name s ([a-z]{2,})\b")
_G89F_NAME_WRONG = re.compile(
    r"\bwho is ([a-z]{2,})\b|\b(?:it|that) (?:still )?says ([a-z]{2,})\b|\bwrong name\b|"
    r"\bnot my name\b|\bthat s not me\b|\bthats not me\b"
)


def g89f_own_name(text: str) -> str | None:
    """Their own name, given to put right the name the bot said back: "Winston"."""
    words = plain(text)
    given = _G89F_MY_NAME.search(words)
    if given is None or not _G89F_NAME_WRONG.search(words):
        return None
    name = given.group(1) or given.group(2)
    return name.capitalize() if g89f_may_be_a_name(name) else None


def g89f_own_name_said(said: Sequence[str]) -> str | None:
    """The last such name in their messages ``said``."""
    for text in reversed(list(said)):
        name = g89f_own_name(str(text))
        if name:
            return name
    return None


# end g89f


# j91d (round 91): Carol, her number sent as "Mu's number ending 412": "that number ending 412 is
# MY number not Mu's. there is no Mu. please fix it so they ring me". Said to be their own number,
# it is no one else's.
_J91D_MY_OWN_NUMBER = re.compile(
    r"\b(?:is|its|it s|thats|that s) (?:my|my own) (?:number|phone|mobile)\b(?! is\b)|"
    r"\bthere (?:is|s) no [a-z]{2,}\b|\bnot [a-z]{2,} s (?:number|phone|mobile)\b|"
    r"\b(?:ring|call|phone|contact) me not\b"
)


def n94f_says_number_is_own(text: str) -> bool:
    """ "that number ending 412 is MY number not Mu's" (Carol): the number is their own."""
    return bool(_J91D_MY_OWN_NUMBER.search(plain(str(text))))


def supporter_to_contact(said: Sequence[str]) -> str | None:
    """The name of someone the person asked to be contacted instead of them ("call jo instead",
    "call jo. not me"), capitalised, from their messages ``said`` (the last one said)."""
    said = list(said)
    for at in range(len(said) - 1, -1, -1):
        if _J91D_MY_OWN_NUMBER.search(plain(str(said[at]))):
            return None  # j91d (round 91): "that number ending 412 is MY number not Mu's"
        for found in _T84C_CALL_INSTEAD.finditer(plain(str(said[at]))):
            if found.group(1) not in _T84C_NOT_A_NAME and g89f_may_be_a_name(found.group(1)):
                return found.group(1).capitalize()
        # v86c1 (round 86): "can they ring my son Paul instead", "can you ring her please"
        asked = v86c1_someone_to_contact(str(said[at]), [str(one) for one in said[:at]])
        if asked:
            return asked
    return None


# end t84c


# u86c (round 86)
# Femi, 27, robbed at knifepoint, his phone taken, texting from a friend's: "this is my friend
# Tunde's phone, call this number and ask for Femi" was taken as writing for someone else, and the
# number and "ask for Femi" were dropped. A borrowed phone is still his way to be reached: whose
# phone it is and the name to ask for are kept, and said back with the way he chose.
_U86C_OWNER = re.compile(
    # g89c (round 89): a bare "on" only where they write from or are to be reached: not Hannah's
    # "I found messages on my daughter's phone", where the messages were found.
    rf"\b(?:its|it s|it is|this is|this s|thats|that s|im on|i m on|i am on|using|(?:texting|"
    rf"writing|messaging|chatting|typing|talking|here|me|us) on) my "
    rf"({_RELATIVE}|mate|bro|girlfriend|boyfriend)(?: {_NOT_A_NAME}([a-z]{{2,}}))?(?: ?s)? "
    r"(?:phone|fone|mobile|number)\b"
)
_U86C_ASK_FOR = re.compile(
    r"\b(?:ask|asking) for (?!(?:me|him|her|them|help|a|an|the|my|your|it|that|this|support|"
    r"someone|anyone|money)\b)([a-z]{2,})\b"
)


# g89c (round 89): Hannah, writing about her daughter Ellie: "Yes it's my own phone, she doesn't
# see it. Please contact me, Hannah, her mum, not her", "It is NOT my daughter's number, it is MY
# number": the phone is her own, whatever was said of another's phone before.
_G89C_OWN_PHONE = re.compile(
    r"\b(?:its|it s|it is|this is|thats|that s|that is) (?:my own|my|me own|mine own) "
    r"(?:phone|mobile|number|fone)\b(?! (?:is|was) (?:broken|stolen|taken))|"
    r"\b(?:its|it s|it is|thats|that s|that is) (?:not|never) (?:my|her|his|their) "
    r"(?:\w+ )?(?:s )?(?:phone|number|mobile)\b[^.!?]{0,20}\b(?:its|it s|it is) (?:my|mine)\b|"
    r"\b(?:its|it s|it is) mine\b"
)


def g89c_own_phone(words: str) -> bool:
    """ "it's my own phone", "it is NOT my daughter's number, it is MY number" (words lowered,
    with "'s" kept apart)."""
    return bool(_G89C_OWN_PHONE.search(words))


@dataclass(frozen=True)
class BorrowedPhone:
    owner: str  # "your friend Tunde's", "your friend's"
    ask_for: str | None  # "Femi": the name to ask for when they ring


def borrowed_phone(said: Sequence[str]) -> BorrowedPhone | None:
    """The phone they chat on is someone else's, said as the way to reach them ("this is my friend
    Tunde's phone, call this number and ask for Femi"), from their messages ``said`` (the last)."""
    for text in reversed(list(said)):
        # "Tunde's" kept apart from its "s", so the name is his.
        words = " ".join(
            re.sub(r"[^a-z0-9]+", " ", re.sub(r"['’]s\b", " s", str(text).lower())).split()
        )
        if g89c_own_phone(words):
            return None  # g89c (round 89): said later, "it's my own phone ... contact me"
        owner = _U86C_OWNER.search(words)
        if owner is None:
            continue
        ask = _U86C_ASK_FOR.search(words)
        return BorrowedPhone(
            owner=_whose(owner.group(1), owner.group(2)),
            ask_for=ask.group(1).capitalize() if ask else None,
        )
    return None


# end u86c


# u86c (round 86)
# Wayne, 30, learning disability, waiting for a person: "can they talk to jo too" (Jo, his
# support worker) got "a support worker will phone you on the number you gave". He wants Jo there
# too: kept as a note for the worker, and said back with her name.
_U86C_TOO = re.compile(
    r"\b(?:can|could|will|would|should) (?:they|you|u|someone|somebody|the (?:support )?(?:team|"
    r"worker|service))(?: also)? (?:talk to|speak to|speak with|talk with|have|see|meet|include|"
    r"bring) ([a-z]{2,})(?: (?:there|with me|in it|on it|and me))? (?:too|as well|aswell|also)\b|"
    r"\bi (?:want|would like|d like|need) ([a-z]{2,}) (?:there|with me|to be there|to be with "
    r"me)\b|\b(?:can|could) ([a-z]{2,}) (?:be there|be with me|come|join|sit in)\b|"
    # f88d (round 89) -- Doreen, 81, asking for a visit: "Sue can be here" (her neighbour).
    r"(?<!the )(?<!my )(?<!his )(?<!her )(?<!our )(?<!your )(?<!their )(?<!a )(?<!an )"
    r"(?<!those )(?<!these )(?<!some )\b([a-z]{2,}) (?:can|could|will|would) be (?:here|there|"
    r"with me)\b"
)
_U86C_NOT_A_NAME = _T84C_NOT_A_NAME | frozenset(
    {
        "us",
        "anyone",
        "anybody",
        "somebody",
        "everyone",
        "mine",
        "them",
        "police",
        "someone",
        "i",
        "we",
        "they",
        "she",
        "he",
        "that",
        "this",
        "there",
        "what",
        "who",
        "how",
        "when",
        # f88d (round 89): "X can be here" names a person only; not these.
        "you",
        "u",
        "which",
        "nobody",
        "no",
        "one",
        "things",
        "life",
        "phone",
        "calls",
        "texts",
        "email",
        "officers",
        "kids",
        "children",
        "cops",
        "ambulance",
        "paramedics",
        "everything",
        "nothing",
        "stuff",
        "money",
    }
)


def supporter_too(text: str) -> str | None:
    """The name of someone they would like with them too ("can they talk to jo too"), capitalised;
    None for a relative ("my mum": parent_too) or no name."""
    for found in _U86C_TOO.finditer(plain(text)):
        name = found.group(1) or found.group(2) or found.group(3) or found.group(4)
        if name and name not in _U86C_NOT_A_NAME and not re.fullmatch(_RELATIVE, name):
            return name.capitalize()
    return None


def supporter_too_said(said: Sequence[str]) -> str | None:
    """The last such name in the person's messages ``said``."""
    for text in reversed(list(said)):
        name = supporter_too(str(text))
        if name:
            return name
    return None


# end u86c


# v86c1 (round 86)
# Grace, 72: "can they ring my son Paul instead, he deals with these things", "i WANT them to
# ring paul", "please ring my son paul on 07700 900123, or me"; Pat, 81: "I would rather my
# daughter Linda deals with all of this ... Her number is 07700 900 561. Can you ring her please".
# Each asks the service to contact someone they chose to help them (the Code's Right 2), and got
# the answer to "will you tell my family". Read as the one to contact, by name.
_V86C1_ASK = (
    r"(?:(?:can|could|will|would) (?:they|you|u|someone|somebody|the (?:support )?(?:team|worker|"
    r"service|people))(?: please)? |please |(?:want|like|rather|prefer|need) (?:you|them|someone|"
    r"somebody|the (?:support )?(?:team|worker|people)) to |^)"
)
_V86C1_CALL = (
    rf"\b{_V86C1_ASK}(?:ring|call|phone|contact|text|speak to|talk to|speak with|talk with) "
    rf"(?:my ({_RELATIVE})\b(?: {_NOT_A_NAME}(?!instead\b|please\b|not\b|too\b|now\b|and\b|for\b|"
    r"he\b|she\b|to\b|as\b|also\b|about\b)([a-z]{2,})\b)?|(her|him)|"
    r"(?!me\b|us\b|them\b|you\b|back\b|the\b|my\b|police\b|it\b|someone\b|anyone\b|999\b|101\b|"
    r"him\b|her\b|this\b|that\b|a\b|an\b|every\b|any\b|at\b|on\b|in\b|after\b|before\b|"
    r"today\b|tomorrow\b|instead\b)([a-z]{2,})\b)(?! (?:too|as well|aswell|also)\b)"
)
# j91d (round 91): Carol, "can they ring mum too": a name is a whole word. Without the word's end
# "mum too" was cut back to "mu" and the bot told her about "Mu" and sent her number as Mu's.
_V86C1_CALL_RE = re.compile(_V86C1_CALL)
_V86C1_NAMED = re.compile(
    rf"\bmy ({_RELATIVE}) {_NOT_A_NAME}(?!deals\b|does\b|is\b|said\b|says\b|knows\b|helps\b)"
    rf"([a-z]{{2,}})\b|\b([a-z]{{2,}}) (?:she s|shes|she is|he s|hes|he is) my ({_RELATIVE})\b"
)
_V86C1_NOT = re.compile(
    r"\b(?:dont|do not|not|never|no|wont|cant|shouldnt|didnt)\s*(?:\w+\s*){0,2}$"
)
_V86C1_NOT_NAMES = frozenset(
    {
        "the",
        "them",
        "me",
        "mum",
        "dad",
        "time",
        "day",
        "days",
        "number",
        "phone",
        "line",
        "up",
        "first",
        "later",
        "now",
        "soon",
        "again",
        "back",
        "only",
        "pls",
        "please",
        "asap",
        # "Please text way." (a deaf man asking how to reach the police by text)
        "way",
        "instead",
        "too",
        # m86a (round 86): words after "my daughter" that are no name: Norman, "I want to tell
        # my daughter. can you ring my daughter", "can you phone my daughter in Leeds", "could
        # you call my son for me"; Chloe, "will they ring my mum? shes on my phone contract".
        "can",
        "could",
        "will",
        "would",
        "in",
        "for",
        "from",
        "to",
        "and",
        "but",
        "so",
        "shes",
        "hes",
        "has",
        "had",
        "was",
        "lives",
        "who",
        "that",
        "with",
        "about",
    }
)
# m86a (round 86): a number or phone after the one named is a way to reach the person, not
# someone to speak for them: Hana, "Can they call my sister phone instead?"; "can they text my
# mums number instead?"; Winston, "could they ring Doreens number" (rounds 33, 67).
_V86C1_THEIR_PHONE = re.compile(r"(?: s)? (?:phone|fone|mobile|number|no|landline)\b")
# m86a (round 86): "if i say yes will they call my mum" (Amira, Chloe, rounds 38 and 57) asks
# what would happen, not for someone to be rung.
_V86C1_IF = re.compile(r"\bif (?:i|we|u) (?:say|said|agree|do|go|tell|report)\b")
# m86a (round 86): asked of the support service ("can they", "want them to"), not of this chat.
_V86C1_THEY = re.compile(
    r"(?:(?:can|could|will|would) (?:they|someone|somebody)|(?:want|like|rather|prefer|need) "
    r"(?:them|someone|somebody))\b|(?:can|could|will|would|want|like|rather|prefer|need) (?:the "
    r"(?:support )?(?:team|worker|service|people))\b"
)


def _v86c1_name_in(said: Sequence[str], relative: str | None) -> str | None:
    """The name given with 'my son', 'my daughter' (the relative asked for, or any)."""
    # m86a (round 86): sentence by sentence, so "my daughter. can you ring" names nobody.
    sentences = [one for text in said for one in re.split(r"[.!?\n]+", str(text))]
    for text in reversed(sentences):
        for found in _V86C1_NAMED.finditer(plain(text)):
            who, name = found.group(1) or found.group(4), found.group(2) or found.group(3)
            if relative and who != relative:
                continue
            if (
                name not in _V86C1_NOT_NAMES
                and name not in _T84C_NOT_A_NAME
                and g89f_may_be_a_name(name)  # g89f (round 89): never "is", "it"
            ):
                return str(name).capitalize()
    return None


_G96C_RELATIVE_NOT_ME = re.compile(
    rf"^(?:(?:yes|yeah|yep|ye|ok|okay|sure|fine)\s+)?(?:but\s+|and\s+|just\s+)?(?:please\s+)?"
    rf"(?:ring|call|phone|contact|text) my ({_RELATIVE})(?: please)? (?:not|instead of|rather than)"
    r" me\b"
)


# l100a (round 100): Tyrone, 17, "maybe. would they call my mum tho" (he didn't want her to
# know) was "Yes. You can choose someone you trust, like Tho". "Will/would they call my mum",
# with no name and nothing asking for it, asks what would happen: a worry, not a request.
_L100A_WORRY = re.compile(
    r"(?:will|would) (?:they|someone|somebody|the (?:support )?(?:team|worker|service|people)) "
)
# n103b (round 103): Mei, "can they call my mother in Mandarin also or only me?" (her mother, a
# second victim, as well as her) had her own number sent as her mother's. Someone to contact as
# well as them is not someone to contact instead.
# "can they ring my son paul too" still names Paul (round 91, j91d): only a question whether
# they call the relative or only the person ("or only me") keeps the person's own number.
_N103B_AS_WELL = re.compile(r"\bor (?:only|just) me\b|\bboth of us\b")
_L100A_ASKED_FOR = re.compile(r"\b(?:instead|please|pls|for me|rather|prefer|want|like)\b")


def v86c1_someone_to_contact(text: str, earlier: Sequence[str] = ()) -> str | None:
    """Whom the person asks the service to contact for them ("can they ring my son Paul
    instead", "i want them to ring paul", "can you ring her please" after "my daughter Linda"),
    as a name ("Paul") or, with no name, "your son"; None when not asked for."""
    for sentence in re.split(r"[.!?\n]+", str(text)):
        words = plain(sentence)
        # g96c (round 96): Harry, 13, his phone taken: "yes but ring my mum not me i dont have a
        # phone lol" got "they don't have to phone you ... email you instead".
        instead = _G96C_RELATIVE_NOT_ME.search(words)
        if instead is not None:
            named = _v86c1_name_in([*earlier, text], instead.group(1))
            return named or f"your {instead.group(1)}"
        for found in _V86C1_CALL_RE.finditer(words):
            if _V86C1_NOT.search(words[: found.start()]):
                continue  # "i dont want them to ring my son"
            if _N103B_AS_WELL.search(words[found.end() :]):
                continue  # n103b (round 103): Mei, "call my mother in Mandarin also or only me?"
            if _V86C1_THEIR_PHONE.match(words[found.end() :]) or _V86C1_IF.search(
                words[: found.start()]
            ):
                continue  # m86a (round 86): "my sister phone", "if i say yes will they call"
            relative, name, pronoun, bare = found.groups()
            if bare and not g89f_may_be_a_name(bare):
                continue  # g89f (round 89): Winston, "how soon will they ring, is it tomorrow?"
            if name in _V86C1_NOT_NAMES or not g89f_may_be_a_name(name):
                name = None  # m86a (round 86): "my son for me", "my daughter in Leeds"
            if (
                relative
                and not name
                and _L100A_WORRY.match(words[found.start() :])
                and not _L100A_ASKED_FOR.search(words)
            ):
                continue  # l100a (round 100): "would they call my mum tho", a worry
            if bare and (
                bare in _T84C_NOT_A_NAME
                or bare in _V86C1_NOT_NAMES
                or not re.match(
                    r"(?:can|could|will|would|please|want|like|rather|prefer|need)\b",
                    words[found.start() :],
                )
            ):
                continue  # "text first pls": a bare name only when asked for outright
            if name:
                return name.capitalize()
            if bare:
                return bare.capitalize()
            named = _v86c1_name_in([text, *reversed(list(earlier))][::-1], relative)
            if named:
                return named
            # m86a (round 86): with no name, only when asked of "they" (the support service):
            # Norman's "can you ring my daughter" asks this chat to phone (it can't), and "ring
            # my son instead" after reporting to the police is about the police (round 67).
            if relative and _V86C1_THEY.match(words[found.start() :]):
                return f"your {relative}"
            _ = pronoun
    return None


def v86c1_rest_of(text: str) -> str:
    """The message without its sentences asking the service to contact someone else: what else
    it asks ("Is it a Burglary if i let him in myself? ... Can they speak to my daughter Sandra")
    is answered too, and first."""
    sentences = re.split(r"(?<=[.!?\n])", str(text))
    return "".join(one for one in sentences if v86c1_someone_to_contact(one) is None).strip()


# end v86c1

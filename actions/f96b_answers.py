"""Answers known_answer checks before its tables (f96b, round 96, for round 95's questions that
got "I can't answer" or the wrong answer).

Vik, 38, whose neighbour's teenage sons egg his door and shout racist abuse at his two children:
"police said thats not a hate crime its just kids being kids. is that right??" (got "I can't
answer", and the hate crime was taken off his record), and "so who actually deals with this
then", "you didnt answer me, who deals with it" (ignored four times).

Lena, 20, groped on a night bus and followed: "is it even bad enough to report? he didnt like
hurt me" and "they wont make me go to the police will they? i havent decided" (both "I can't
answer"), and "should i report it now because of the cctv" (got the answer for someone holding
their own video).

Called from actions.questions.known_answer, after actions.first_answers.first_answer."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from actions.first_answers import hate_told
from core.vocabulary import plain


def _said_with(text: str, answers: Mapping[str, Any] | None) -> str:
    return " ".join(plain(said) for said in (*((answers or {}).get("said") or ()), text))


# Vik: what the police (or council, school) said about the hate, asked about. "is that right",
# "are they right", "can they say that", or the message is a question.
_OTHERS_SAID_NOT_HATE = re.compile(
    r"\b(?:police|cops|officers?|council|school|teachers?|101)\b (?:(?!i\b|and\b)\w+ ){0,3}?"
    r"(?:said|say|says|told (?:me|us|him|her|them)|reckon\w*|keep saying|decided)\b"
    r"(?: that)? (?:\w+ ){0,3}?(?:(?:is|was|s|its|it s|thats|that s|aint|isnt|wasnt)? ?not (?:a )?"
    r"(?:hate|racis\w*|racial\w*)|(?:kids|boys|lads|children) being (?:kids|boys|lads|children)|"
    r"just (?:banter|kids|a joke|messing|childish))"
)
_IS_IT_RIGHT = re.compile(
    r"\b(?:is|are) (?:that|they|it|he|she|the police) (?:right|true|correct|allowed)\b|"
    r"\bcan (?:they|the police|police) (?:say|do) that\b|\bis it\b.{0,20}\?|\?"
)


def asks_if_others_right_it_was_not_hate(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "police said thats not a hate crime its just kids being kids. is that right??" """
    words = plain(text)
    if not _OTHERS_SAID_NOT_HATE.search(words):
        return False
    return bool(_IS_IT_RIGHT.search(words) or _IS_IT_RIGHT.search(str(text)))


# Vik: "so who actually deals with this then", "you didnt answer me, who deals with it",
# "specifically information on WHO ACTUALLY DEALS WITH THIS". Only where a neighbour, anti-social
# behaviour, harassment or damage was told, or the council and police passing it on.
_WHO_DEALS = re.compile(
    r"\bwho (?:\w+ )?(?:deals|deal|handles|handle|sorts|is (?:meant|supposed) to (?:deal|sort)|"
    r"is responsible|s responsible|takes responsibility)(?: with| for| out)? "
    r"(?:this|it|that|them)\b|"
    r"\bwho (?:\w+ )?deals with (?:this|it|that)\b"
)
_NEIGHBOUR_TROUBLE = re.compile(
    r"\b(?:neighbou?rs?|next door|asb|anti ?social|egg\w*|council|harass\w*|estate|racis\w*|"
    r"shouting|graffiti)\b"
)


def asks_who_deals_with_neighbour_trouble(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if not _WHO_DEALS.search(words):
        return False
    told = answers or {}
    if crime_type in ("domestic_abuse", "sexual_offence", "homicide", "fraud") or told.get(
        "relationship_to_offender"
    ) in ("partner", "ex_partner", "family_member"):
        return False
    return crime_type in ("stalking_harassment", "criminal_damage") or bool(
        _NEIGHBOUR_TROUBLE.search(_said_with(text, told))
    )


# Lena: "is it even bad enough to report? he didnt like hurt me", after telling of a man on the
# night bus "touching me". Unwanted sexual touching is sexual assault (utter_sexual_assault_counts).
_BAD_ENOUGH = re.compile(
    r"\b(?:bad|serious) enough (?:to report|to tell|to go to|for the police)\b"
)
_SEXUAL_TOUCH = re.compile(
    r"\b(?:touching me|touched me|touched my|grop\w*|felt me up|feeling me up|hand up my)\b"
)


def asks_if_sexual_touching_bad_enough(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if not _BAD_ENOUGH.search(words) or re.search(r"\brap\w*", _said_with(text, answers)):
        return False  # rape has its own answers
    if crime_type not in (None, "sexual_offence"):
        return False
    return bool(_SEXUAL_TOUCH.search(_said_with(text, answers)))


# Lena, asked if a support service may contact her: "ok maybe yes. but they wont make me go to
# the police will they? i havent decided". No: support services are separate from the police
# (utter_l1_referral_not_police).
_MADE_TO_REPORT = re.compile(
    r"\b(?:(?:wont|will|would|do|does|can|could|are|is) (?:they|you|anyone|someone|the service|"
    r"support|a support worker|the support worker|the worker)|(?:they|you|the service|support|"
    r"the support worker|the worker) (?:wont|will|would|dont|cant|arent going to|are not going "
    r"to|wouldnt))(?: \w+)? ?(?:make|force|push|"
    r"pressure|going to make|gonna make) (?:me|us) (?:to )?(?:go to|report (?:it )?to|talk to|"
    r"tell|speak to|contact) (?:the )?(?:police|cops)\b"
)


def asks_if_support_makes_them_report(text: str) -> bool:
    return bool(_MADE_TO_REPORT.search(plain(text)))


# Lena, after the bus CCTV answer: "ok but should i report it now because of the cctv" got the
# answer for someone holding their own video ("say you have video of it"). Without a video of
# their own said, it is the CCTV answer (report soon, where and when, so police can ask for it).
_CCTV_REPORT = re.compile(r"\bcctv\b")
_REPORT = re.compile(r"\breport\w*\b|\btell (?:the )?police\b")
_OWN_VIDEO = re.compile(
    r"\bmy (?:video|footage|clip|recording|phone|dash ?cam|helmet ?cam|doorbell|ring)\b|"
    r"\bi (?:filmed|recorded|videoed|took a video)\b|\bi (?:have|ve got|got) (?:a |the |some )?"
    r"(?:video|footage|clip|recording)\b"
)


def f96b_cctv_not_own_video(found: Any, text: str, answers: Mapping[str, Any] | None) -> Any:
    """The answer for sending one's own video, to a question about reporting because of CCTV
    from someone who never said they had a video: the CCTV answer instead."""
    from actions.questions import Say

    if found is None or found.response != "utter_send_video_evidence":
        return found
    words = plain(text)
    if not (_CCTV_REPORT.search(words) and _REPORT.search(words)):
        return found
    if _OWN_VIDEO.search(_said_with(text, answers)):
        return found
    return Say(response="utter_cctv")


def f96b_answer(text: str, crime_type: str | None, answers: Mapping[str, Any] | None) -> Any:
    """The answer to one of the questions above, or None."""
    from actions.questions import Say

    if asks_if_others_right_it_was_not_hate(text, answers):
        return Say(response="utter_f96b_others_said_not_hate")
    if asks_who_deals_with_neighbour_trouble(text, crime_type, answers):
        if hate_told(text, answers):
            return Say(response="utter_f96b_who_deals_hate")
        return Say(response="utter_f96b_who_deals")
    if asks_if_sexual_touching_bad_enough(text, crime_type, answers):
        return Say(response="utter_sexual_assault_counts")
    if asks_if_support_makes_them_report(text):
        return Say(response="utter_l1_referral_not_police")
    return None

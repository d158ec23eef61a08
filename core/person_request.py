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


# "39. but its my daughter not me, she is 14. human": the control word as the message's last
# sentence; "i said human", "i want a real person".
_WANTS_PERSON = re.compile(
    r"\bi said (?:a )?human\b|\b(?:i|we) (?:want|need|would like|wanna) (?:a |an |to have a )?"
    r"(?:real |actual )?(?:person|human)(?! being (?:to|who))\b"
)
# "no. human please", "real person pls": the control word with a please, as a sentence of its own.
_PLEASE = r"(?:\s+(?:please|pls|plz|now|thanks|thank you))*"
_LAST_WORD = re.compile(
    rf"(?:^|[.!?,;]\s*|\bi said\s+|\bi asked for\s+)(?:a )?(?:human|real person|person){_PLEASE}"
    r"\s*[.!?]*\s*$|"
    # "human. text only pls": the control word as the first sentence.
    rf"^(?:a )?(?:human|real person){_PLEASE}\s*[.!?,;]"
)


# -- round 29, helper M --
# "useless. give me a human", "get me a real person": asked for as a thing to be given. Not
# "human rights" or "human trafficking".
_GIVE_ME_PERSON = re.compile(
    r"\b(?:give|get|find|put|send|pass) me (?:to |through to )?(?:a |an |some |the )?(?:real |"
    r"actual |proper |live )?(?:human|person|human being|real person|support worker)\b"
    r"(?! (?:rights|trafficking|traffickers|resources|nature|error)\b)"
)


# -- round 41, helper J7 --: "Honestly, I would rather speak with a real person now if that is
# possible." (Amira, beside her answer to the needs question) was not heard: the bot asked its
# next question. A wish (would rather, prefer, is it possible, may I...) to talk or speak to or
# with a real person, or talk or speak WITH a human; never "i dont want to talk to a person".
_J7_PERSON = (
    r"(?:a |an |the |your |some |one of your |to )?(?:real |actual |live |proper )?(?:human being|"
    r"human|person|support worker|member of (?:your |the )?(?:staff|team)|someone real|somebody "
    r"real|real human|caseworker|case worker)\b(?! (?:rights|trafficking|nature|error|being (?:to|"
    r"who)))"
)
_J7_WISH_TO_TALK = re.compile(
    r"\b(?:(?:i|id|i d|we) (?:would |d )?(?:much )?(?:rather|prefer(?: to)?|like to|love to)|"
    r"(?:is it|would it be|is that) possible to|is there (?:any ?way|a way|a chance)(?: i can| to| "
    r"that i can| i could| for me to)?|(?:may|might|can|could) (?:i|we)(?: please| now| just)?"
    r"|please (?:can|could|may) i|i (?:just |really )?(?:want|need|wish) to|(?:i|id|i d) "
    r"(?:rather|prefer)) (?:to )?(?:talk|speak|chat) (?:to|with) "
    + _J7_PERSON
    + r"|\b(?:talk|speak|chat)(?:ing)? with (?:a |an |one of your )?(?:real |actual |live )?"
    r"(?:human(?: being)?|real person|actual person|someone real|somebody real)\b(?! (?:rights|"
    r"trafficking))|\b(?:is there|are there) (?:a |any )?(?:real |actual )?(?:person|people|human|"
    r"humans|someone real|anyone real) (?:i can|i could|to) (?:talk|speak|chat)\b|\b(?:id|i d|i "
    r"would) (?:rather|prefer) (?:have |get )?(?:a |an )?(?:real |actual )?(?:human|person|real "
    r"person)\b(?! (?:rights|trafficking))|\bcan (?:a |an )?(?:real |actual )?(?:human|real "
    r"person|person|support worker) (?:reply|answer|read this|message me|get back to me)\b"
)
_J7_NOT_WANTED = re.compile(
    r"\b(?:dont|do not|don t|never|not|no|rather not|would not|wouldnt) (?:want |need |wanna |"
    r"like )?(?:to )?(?:talk|speak|chat) (?:to|with) (?:a |an |the |any )?(?:real |actual )?"
    r"(?:human|person|real person|support worker|someone|anyone|people)\b"
)


def _j7_wishes_for_person(words: str) -> bool:
    return bool(_J7_WISH_TO_TALK.search(words))


def asks_for_person(text: str | None) -> bool:
    raw = (text or "").strip().lower()
    words = plain(raw)
    if _J7_NOT_WANTED.search(words):
        return False  # -- round 41, helper J7 --: "i dont want to speak to a human"
    return bool(
        _j7_wishes_for_person(words)
        or _ASKS_FOR_PERSON.search(words)
        or _WANTS_PERSON.search(words)
        or _LAST_WORD.search(raw)
        or _GIVE_ME_PERSON.search(words)
    )


# A call back, not a person in this chat: "could someone call me instead?", "i don't want them to
# reply here i want a phone call". That is a referral (a support service rings them).
_WANTS_A_CALL = re.compile(
    r"\b(?:(?:someone|somebody|they|you|a worker|a woman|a man|a support worker|a person|"
    # g96b (round 96): Fred, at the referral question: "Yes alright. But I want a real person to
    # ring me, not another computer." got a support worker to reply in this chat; "I SAID RING
    # me. My number is 020 7946 0381" was not taken either.
    r"(?:a |an )?(?:real|actual|proper) (?:person|human(?: being)?))\s+"
    r"(?:to\s+)?(?:call|ring|phone)\s+me|i said (?:call|ring|phone) me|"
    r"(?:a )?phone call|(?:call|ring|phone) me (?:back|"
    r"instead)|(?:want|need|would like) (?:them|someone|somebody|you|a worker) to (?:call|ring|"
    r"phone)(?: me)?|(?:pass|give|send) my (?:number|details|phone number)|(?:i want|i would like|"
    r"id like|i d like|can i have|could i have|can i get|i just want) a (?:phone )?call)\b"
)
_NOT_HERE = re.compile(
    r"\b(?:dont|do not|don t|cant|not) (?:want (?:them|you|anyone) to )?(?:reply|answer|message|"
    r"text|write) (?:me )?(?:here|in this chat|on here)\b|\bdont reply here\b"
)
_NEGATED_CALL = re.compile(
    r"\b(?:dont|do not|never|no one|nobody|not)\b(?: \w+){0,2} (?:call|ring|phone) me\b|"
    # -- round 56, helper D2 --: "no dont pass my details on yet. can you delete my data" (Olu)
    # got "I'll ask how a support service can contact you instead": a no to passing them on.
    r"\b(?:dont|do not|don t|never|not|no|wont|won t) (?:\w+ ){0,2}(?:pass|give|send) (?:on )?my "
    r"(?:number|details|phone number)\b"
)


def asks_for_a_call(text: str | None) -> bool:
    """Whether the message asks to be rung (or to have their details passed on), not to chat."""
    words = plain(text or "")
    wants = bool(_WANTS_A_CALL.search(words)) and not _NEGATED_CALL.search(words)
    return wants or bool(_NOT_HERE.search(words))


# s83e (round 83) -- Kai, after "human" and "carry on": "so is the person who was meant to reply
# here still gonna?", "i already said human before??": whether the person asked for is still
# coming (answered from the request, never with "say 'human'"). Not "are they still coming to
# my house": only replying, messaging, getting back.
_S83E_STILL_REPLIES = re.compile(
    r"\b(?:person|support worker|worker|human|real person|someone|somebody|anyone|any1|they)\b"
    r"(?: \w+){0,8}? (?:still|ever|actually|even) (?:gonna|going to|gunna|reply\w*|messag\w*|"
    r"respond\w*|get(?:ting)? back|answer\w*|writ\w*|text\w*)\b|"
    r"\b(?:i|ive|i ve|i have) (?:already |just |literally )?(?:said|asked for|typed|wrote|asked) "
    r"(?:for )?(?:a |an |the )?(?:human|real person|person|support worker)\b"
)


def asks_if_the_person_still_replies(text: str | None) -> bool:
    return bool(_S83E_STILL_REPLIES.search(plain(text or "")))


# end s83e

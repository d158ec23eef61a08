"""Read a message as the answer to the question the bot just asked (pure).

The form asks one question at a time, so a message is first read as an answer to *that*
question, in the words people use for it: "not right now, he's at work til 6" answers "Are you
in danger right now?" with no, "yes, the police came this morning" answers "Have you reported
it?" with yes, "no, I'm 81" answers "How old are you?" with 81, "rather they didn't" answers
"Can they leave a voicemail?" with no. ``read_answer`` returns the value, or that the person
chose not to answer ("skip", "rather not say"), or nothing when the message does not answer the
question (then the form may treat it as a question or an interruption, or ask again).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from actions import account
from actions.questions import G89D_LISTEN_NOT_READ, LOW_MOOD, is_question, opens_a_question
from bot import risk_words
from core import vocabulary
from core.contract import LONDON_BOROUGHS
from core.privacy_question import b75a_condition
from core.second_contact import (
    asks_to_keep_someone_informed,
    borrowed_phone,  # u86c (round 86)
    number_is_someone_elses,
    v86c1_someone_to_contact,  # v86c1 (round 86)
)
from core.vocabulary import plain, without_jokes


@dataclass(frozen=True)
class Answer:
    value: Any = None  # the slot's value; None when the message does not answer the question
    declined: bool = False  # they chose not to answer: skip, don't know, rather not say
    extra: dict[str, Any] = field(default_factory=dict)  # other slots the same words fill

    @property
    def answered(self) -> bool:
        return self.value is not None or self.declined


NO_ANSWER = Answer()
DECLINED = Answer(declined=True)

# -- yes and no ---------------------------------------------------------------------------------

_YES_START = re.compile(
    # Not "right now i am in my room": a time, not a yes.
    r"^(?:yes+|yeah+|yea|yeh+|yep|yup|ya|yah|ye|yh|y|aye|ok+|okay|okey|k|sure|correct|"
    r"right(?! now| away| here| there| after| before| behind| next| then)|"
    r"definitely|deffo|defo|def|of course|course|absolutely|totally|please|pls|plz|go on|"
    # Not "I am back. they are sleeping" or "I have to go": the words start a sentence there.
    r"go ahead|fine|thats fine|its fine|thats ok|thats okay|true|i have(?! to\b)|i did|"
    r"i am(?! (?:back|here|home|sorry|going|leaving|at|in|on|with|scared|afraid|worried|"
    r"writing|asking|texting|alone|so|really|just|still|"
    # Round 78, Margaret (80), at the hate-crime question: "I am rather hard of hearing, I have
    # hearing aids" tells of her hearing; it was taken as a yes to being targeted for it.
    r"rather|quite|very|a bit|a little|hard|deaf|blind|partially|registered|disabled|"
    r"autistic|pregnant)\b)|i do|"
    r"i would|i think so|think so|probably|"
    # -- round 31, helper Q -- "I should think so, yes" (Gwen, at the court question).
    r"i should think so|i would think so|i believe so|"
    r"i guess|guess so|it has|it did|it was|they have|"
    r"they did|he has|she has|he did|she did|yes please|sounds good|alright|all right|"
    r"why not|that would be good|that would help|💯|👍|✅)\b"
)
_NO_START = re.compile(
    r"^(?:no+|nah+|nope|na|n|not|never|nothing|none|no way|not really|dont think so|"
    r"i do not think so|i should not think so|i shouldnt think so|i do not|i did not|"
    # -- round 31, helper Q -- "I do not believe so." (Gwen, at the hate question).
    r"i do not believe so|i dont believe so|dont believe so|"
    r"i dont|i didnt|i havent|i have not|i wasnt|i wouldnt|i cant|i am not|im not|"
    r"it wasnt|it isnt|its not|it s not|he didnt|she didnt|they didnt|hasnt|havent|"
    r"wasnt|didnt|dont|wouldnt|isnt|arent|nay|negative|no thanks|no thank you|no ta|"
    r"rather not|id rather not|rather they didnt|id rather they didnt|👎|❌)\b"
)
_YES_WORDS = re.compile(
    r"\b(?:yes|yeah|yep|yup|ok|okay|sure|definitely|deffo|defo|of course|absolutely|please)\b"
)
_NO_WORDS = re.compile(
    r"\b(?:no|nah|nope|not|never|dont|didnt|havent|hasnt|wasnt|wouldnt|isnt|cant|none)\b"
)
_DONT_KNOW = re.compile(
    # "we don't know who it was" is about the offender, not a choice to skip the question.
    r"\b(?:dunno|dno|idk|i ?d ?k|(?:i )?(?:dont know|do not know|dont no)(?! (?:who|where))|"
    r"not sure|unsure|no idea(?! (?:who|where))|rather not say|prefer not to say|prefer not|"
    r"rather not answer|skip|pass(?! (?:it |them |this |that |everything )?on\b| (?:on )?my\b)|"
    # -- round 40, helper G1 --: not "It's the man NEXT DOOR" (Beatrice, whose referral was
    # then skipped unasked).
    r"next question|next(?! ?doors?\b| to\b)|not saying|wont say|dont want to say|"
    r"cant remember|cant say|dont remember|"
    r"no comment|maybe|possibly|hard to say|could be|might be|not certain|can i skip|"
    r"rather not|id rather not|dont want to answer|leave it|move on|🤷)\b"
)


_FILLER = re.compile(r"^(?:(?:honestly|tbh|to be honest|well|um|erm|hmm|so|i mean)\s+)+")
# -- round 39, helper F6 --: "i said ye", "like i said no": the answer said again.
_F6_SAID_BEFORE = re.compile(
    r"^(?:i (?:already |just |literally )?(?:said|told (?:you|u|ya))|like i said|as i said)\s+"
    r"(?=(?:yes+|yeah+|yea|yeh+|yep|yup|ya|ye|yh|aye|no+|nah+|nope|na)\b)"
)


_R33_LEANS = re.compile(
    r"(?:probably|maybe|i think|i guess|i suppose|most likely|likely|actually|but)\s+"
    r"(yes|yeah|yep|no|nah|not)(?: (?:really|so|i think))?"
)


# -- round 52, helper X4 --: "please answer me. who can help with FGM" (Sana, at the hate
# question) was a yes, and Stop Hate UK offered: "please" asking for something is not a yes.
_X4_PLEASE_ASKS = re.compile(
    r"\b(?:please|pls|plz)\s+(?=(?:answer|tell|listen|explain|just|can|could|i need|someone|who|"
    r"what|how|why|where|stop|understand|read)\b)"
)


def yes_no(text: str) -> bool | None:
    """A clear yes or no, from the first words or, failing that, the words used."""
    # "honestly yeah", "tbh no": a word before the answer does not hide it.
    words = _F6_SAID_BEFORE.sub("", _FILLER.sub("", plain(text)))  # -- round 39, helper F6 --
    words = _X4_PLEASE_ASKS.sub("", words)  # -- round 52, helper X4 --
    if not words:
        return None
    parts = [plain(part) for part in re.split(r"[.!?\n]+", text) if plain(part)]
    if len(parts) > 1 and only_dont_know(parts[0]):
        # "I dont know. Probably yes." (round 33, Yemi: stored as a no): the unsure start is
        # weighed, and the answer after it kept.
        then = _R33_LEANS.fullmatch(parts[1])
        if then:
            return then.group(1) in ("yes", "yeah", "yep")
        if not any(_first_clause(part) is not None for part in parts[1:]):
            return None  # "I dont know. He didnt go to hospital": unsure, not a no
    if _NO_START.match(words):
        return False
    if _YES_START.match(words):
        # "yes but no" is not a yes; "ok no" neither.
        rest = _YES_START.sub("", words, count=1)
        if re.match(r"^\s*(?:no|not|never|nah)\b", rest):
            return None
        return True
    if len(words.split()) > 4:
        # "Information, and help with court. Also, could I speak to a woman worker please?":
        # "please" in a longer message is manners, not a yes.
        words = re.sub(r"\b(?:please|pls|plz)\b", " ", words)
    yes, no = bool(_YES_WORDS.search(words)), bool(_NO_WORDS.search(words))
    if yes and not no:
        return True
    if no and not yes:
        return False
    return None


def is_dont_know(text: str) -> bool:
    return bool(_DONT_KNOW.search(plain(text)))


def only_dont_know(text: str) -> bool:
    """A short "not sure", "dunno", "rather not say": a choice not to answer, not a no."""
    words = plain(text)
    return (
        is_dont_know(text)
        and len(words.split()) <= 5
        and not re.search(r"\b(?:yes|yeah|yep|no|nope|nah|never|not yet)\b", words)
    )


def _first_clause(text: str) -> bool | None:
    """A short yes or no that starts the message ("no, it was someone different every week",
    "yes. I'd never manage it with him there") is the answer, whatever follows."""
    clause = re.split(r"[,.;!?\n]| but | - ", text.lower(), maxsplit=1)[0]
    words = plain(clause)
    # -- round 29, helper M -- "me no. Dev probably yes": their own answer, said of themselves
    # first, before what they say of someone else.
    words = re.sub(r"^(?:me personally|for me|personally|myself|me)\s+(?=\w)", "", words)
    # -- round 39, helper F6 --: "i said ye. 4 months" (Leon, 15, asked again): the answer said
    # again, not a skip.
    words = _F6_SAID_BEFORE.sub("", words)
    if not words or len(words.split()) > 3:
        return None
    if re.fullmatch(
        r"(?:not (?:him|her|them|that)\s*)?(?:no+|nah+|nope|na|never|not really)"
        # k78c (round 78, Joy): "no not really. more worried about my ID tbh" at the court
        # question was a yes (its "worried" was about her ID): "no not really" first is a no.
        r"(?: (?:not (?:him|her|them|that)|never|thanks|ta|not really|not at all|no+))?",
        words,
    ):
        return False
    if re.fullmatch(
        r"(?:yes+|yeah+|yep|yup|yh|ye|aye|definitely|of course|course)"
        r"(?: (?:definitely|please|it has|i have|i did|loads))?",
        words,
    ):
        return True
    return None


# -- one reader for each question -----------------------------------------------------------


# -- round 29, helper M --
# "no. I dont understand this question, sorry. my english not so good": the "no" is to
# understanding, not an answer; the question is asked again, more simply. Not "no. i dont
# understand why he did it" (the answer, then a feeling).
_NOT_UNDERSTOOD = re.compile(
    r"\b(?:i )?(?:dont|do not|don t|didnt|did not|cant|cannot|can not) (?:really )?understand "
    r"(?:(?:this|the|your|that) (?:question|one|word|words)|(?:the |this )?question|what (?:you|u) "
    r"(?:mean|are asking|asking|ask|want)|what (?:it|this|that) means|you|u)\b|"
    r"\b(?:what|wat) (?:does|do) (?:this|that|it|you|u) mean\b"
)


def not_understood(text: str) -> bool:
    return bool(_NOT_UNDERSTOOD.search(plain(text)))


_PLAIN_YES_START = re.compile(
    r"(?:yes+|yeah+|yea|yeh|yep|yup|ye|yh|aye|of course|course|definitely|deffo|defo)\b"
    r"(?! (?:but|not|no)\b)"
)
_ECHOED_WORD = re.compile(r"^\s*\w+\s*\?+\s*(\S.*)$", re.DOTALL)


# A yes or no with its reason ("no first time"), not a bare "no." before "what do you mean", which
# may be the no of not understanding.
_LEAD_YES_OR_NO = re.compile(r"(?:no|nope|nah|never|yes|yeah|yep|yh|ye)\b,? \w+")


# -- round 68, helper n3 --
# A bare yes or no with question marks, then a reason that asks nothing: "no?? id get jumped for
# snitching fr. and my mum would find out" (Ella, 14, asked if she had reported it to the
# police; asked again). Not "no?? what do you mean" (a question) nor "no??" alone.
_N3_YES_OR_NO_ASKED_BACK = re.compile(
    r"^\s*(no|nope|nah|naw|yes|yeah|yep|yh|ye|yea)\s*\?+\s*(\S.*)$", re.DOTALL | re.IGNORECASE
)


def n3_yes_or_no_with_reason(text: str) -> Answer | None:
    found = _N3_YES_OR_NO_ASKED_BACK.match(text)
    if found is None:
        return None
    reason = found.group(2)
    if "?" in reason or not_understood(reason) or len(plain(reason).split()) < 2:
        return None
    return Answer(found.group(1).lower() not in ("no", "nope", "nah", "naw"))


# -- end of round 68, helper n3 --


def _yes_no_with(yes: str | None = None, no: str | None = None) -> Callable[[str], Answer]:
    """A yes/no reader where the question's own words for yes and no come first."""
    yes_pattern = re.compile(yes) if yes else None
    no_pattern = re.compile(no) if no else None

    def read(text: str) -> Answer:
        echo = _ECHOED_WORD.match(text)
        if echo:
            # "court??? ye obvs. i dont wanna go court" (round 38, Leah, 15): the question's word
            # said back, then the answer.
            return read(echo.group(1))
        words = plain(text)
        if not_understood(text):
            # "no first time. sorry what does that mean, enhanced service?" (round 50, Kemi): a
            # plain yes or no said first, then a question about something else, is the answer.
            lead = re.split(r"[.!?\n]+", text.strip(), maxsplit=1)[0]
            if (
                lead.strip() != text.strip()
                and _LEAD_YES_OR_NO.match(plain(lead))
                and not not_understood(lead)
            ):
                answer = read(lead)
                if answer.value is not None:
                    return answer
            return NO_ANSWER  # round 29, helper M: the question not understood is no answer
        if only_dont_know(text):
            return DECLINED
        first = _first_clause(text)
        if first is not None:
            return Answer(first)
        if _PLAIN_YES_START.match(words) and yes_pattern and yes_pattern.search(words):
            # "ye they been on me since sept ... but this is the first time they hit me": the yes
            # and its reason first; the "first time" is about the hitting.
            return Answer(True)
        if no_pattern and no_pattern.search(words):
            return Answer(False)
        if yes_pattern and yes_pattern.search(words):
            return Answer(True)
        # -- round 31, helper Q -- "court?? theyll never catch em. no": a bare no (or yes) that
        # ends the message is the answer, whatever was asked or grumbled before it.
        tail = plain(re.split(r"[.!?\n]+", text.strip(" .!\n"))[-1])
        if tail != words and re.fullmatch(r"(?:no+|nah+|nope|yes+|yeah+|yep)", tail):
            return Answer(tail.startswith("y"))
        if "?" in text and not (_YES_START.match(words) or _NO_START.match(words)):
            # "is it serious if there are no marks? and can I report it myself?": a question,
            # whose "no" answers nothing that was asked.
            return NO_ANSWER
        value = yes_no(text)
        if value is not None:
            return Answer(value)
        return DECLINED if is_dont_know(text) else NO_ANSWER

    return read


# A no to keeping the chat, said as a no: "i dont know what that means" or "i dont want a robot"
# is not one, and taking it for one keeps them from ever reaching a person.
_CONSENT_NO = re.compile(
    r"^(?:no+|nah+|nope|na|n|no thanks|no thank you|not ok|not okay|rather not|id rather not|"
    r"i dont agree|i do not agree|i dont consent|nothing)\b|\b(?:keep nothing|dont keep|do not "
    r"keep|not keep (?:anything|it|my)|rather you (?:did not|didnt) keep|dont (?:store|save|"
    r"record)|do not (?:store|save|record)|dont want (?:you|it) (?:to )?(?:kept|keep|stored|"
    r"saved))\b"
    # -- round 44, helper N7 --: "That doesn't really tell me who they are. I'll say no for now."
    r"|\b(?:ill|i will|i ll) (?:just )?say no(?: for now| thanks| then)?\s*$"
)


# A yes to keeping the chat is said as one ("yes", "ok", "fine", "you can keep it"), not as "i am
# worried for my visa papers", whose "i am" answers nothing that was asked.
_CONSENT_YES = re.compile(
    r"^(?:(?:honestly|tbh|well|um|erm|so)\s+)*(?:yes+|yeah+|yea|yeh+|yep|yup|ya|yah|ye|yh|y|aye|"
    r"ok+|okay|okey|k|sure|correct|right|definitely|deffo|defo|of course|course|absolutely|"
    r"please|pls|plz|go on|go ahead|fine|thats fine|its fine|thats ok|thats okay|alright|"
    # -- round 37 -- "sorry I not understand all. is ok yes" (Fatima, Urdu her first language).
    r"is ok|is okay|it is ok|it is okay|its ok|its okay|"
    r"all right|why not|you can|keep it|i agree|agree|i consent|that would|sounds good|"
    r"yes please|💯|👍|✅)\b"
)


def _consent_words(text: str) -> bool:
    # "It's not me, it's my friend Jo. But yes ok": a "but" before the yes does not hide it.
    words = re.sub(r"^(?:but|and|so|then)\s+", "", plain(text))
    return bool(_CONSENT_YES.match(words)) or text.strip() in ("👍", "✅", "💯")


# -- round 27, helper D --
# "tak ok. my english not so good sorry": yes in their own language ("tak" is Polish, "oui"
# French, "evet" Turkish, "sim" Portuguese), alone or with an English "ok", as the first words.
_OWN_YES = re.compile(
    r"^(?:tak|oui|si|evet|sim|haan|ja)(?:\s+(?:ok+|okay|yes|yeah|tak|oui|si|evet|sim|haan|ja|"
    r"fine|good|dobrze|please|pls))*$"
)
# Their answer given by the one typing ("Harry says", "mum said"), or after "whatever": what
# follows is the answer.
# i91b (round 91): someone typing for her, "I read it out to her, she says yes thats alright": a
# yes only (her "no" is read by the readers below).
_I91B_READ_OUT_YES = re.compile(
    r"^(?:i (?:read|explained|showed|told) (?:it|that|this|her|him)(?: \w+){0,3} )?(?:she|he|"
    r"mum|dad|nan|gran) (?:says|said) (?:yes|yeah|ok|okay|thats (?:alright|all right|fine|ok)|"
    r"its (?:alright|fine|ok)|fine|alright)\b(?! (?:but|if|as long|only))"
)
_SAYS_YES_FOR = re.compile(
    r"^(?:(?!(?:i|you|u|he|she|they|it|police|cops|feds|someone|everyone)\b)\w+ (?:says|said)|"
    r"whatever)\s+"
    r"(?=(?:yes|yeah|yep|ok|okay|no|nope|nah|thats fine|its fine|fine|go ahead)\b)"
)


# -- round 29, helper M --
# "ok but is it a hate crime or not": "ok" heard, then a question; the question is answered and
# consent asked again ("yes fine but answer my question" says yes, and is kept as one).
_OK_BUT_ASKS = re.compile(
    r"^(?:ok+|okay|k|right|alright|all right|fine|sure)\s+but\s+(?:(?:first|then|just|please|"
    r"tell me|answer (?:me|my question))\s+)*(?:is|are|was|were|what|whats|how|why|when|where|who|"
    r"which|can|could|do|does|did|will|would|should|have|has)\b"
)
# "I've already spoken to the bank, obviously. ... Yes fine. Now the Ombudsman please.": a
# sentence that is only a clear yes, among others, is the answer.
_YES_SENTENCE = re.compile(
    r"(?:yes+|yeah+|yep|ok+|okay)(?: (?:fine|thats fine|its fine|ok|okay|go ahead|sure|thats ok|"
    r"thats okay|keep it|you can keep it|no problem))+|(?:thats|that is|its|it is) (?:fine|ok|"
    r"okay)(?: (?:with me|by me))?|fine by me|ok fine|okay fine|you can keep it"
)


_AGREES_TO_KEEPING = re.compile(
    r"\b(?:(?:i will|ill|i) say yes to|i agree to|i am ok with|im ok with|im happy with|i am happy "
    r"with|i am happy for you to|im happy for you to|i consent to|yes to) (?:you )?(?:keeping|keep|"
    r"storing|store|saving|save) (?:my|the|this|these)\b"
)


# -- round 68, helper n4 --
# "No it's not about her being a victim. It's me. She's the one doing it" (John, 45, at the
# consent question) was read as "No, keep nothing": a "no" that puts right who it is about, or
# answers something else ("no he's not here", "no it was my neighbour"), is not an answer about
# keeping the chat. The correction is taken elsewhere; the consent question is asked again,
# unless a later sentence answers it ("no, its me. ok you can keep it").
_N4_NO_THEN_OTHER = re.compile(
    r"^(?:no+|nah+|nope)\b,?\s+(?!(?:its|it s|it is|thats|that s|that is) (?:not )?(?:ok|okay|"
    r"fine|alright|all right|good|needed|necessary)\b)(?:(?:its|it s|it is|it was|it wasnt|it "
    r"isnt|thats not|that s not|this is not|this isnt) (?:not )?(?:about|me|him|her|them|my|his|"
    r"their|a|an|the|someone|somebody|in|at|from|what|who|like|that|yesterday|today|last)\b|"
    r"(?:hes|shes|theyre|he is|she is|they are|he was|she was|they were|he s|she s|he isnt|she "
    r"isnt|he doesnt|she doesnt|he didnt|she didnt|im not|i am not|i m not) (?!(?:ok|okay|"
    r"fine|happy)\b)\w+)"
)
_N4_ABOUT_KEEPING = re.compile(
    r"\b(?:keep|kept|keeping|store|stored|save|saved|record|delete|data|chat|answers|90 days|"
    r"privacy|phone|messages|texts|reads?|checks?|sees?|see|look|find)\b"
)


def n4_no_about_something_else(text: str) -> bool:
    """A "no" followed by a clause about who it is about or another matter, not keeping."""
    words = plain(text)
    return bool(_N4_NO_THEN_OTHER.match(words)) and not _N4_ABOUT_KEEPING.search(words)


def n4_consent_after_correction(text: str) -> Answer:
    """The answer in a later sentence, if any; else no answer (the question is asked again)."""
    sentences = [part for part in re.split(r"[.!?\n]+", text) if part.strip()]
    for sentence in reversed(sentences[1:]):
        if n4_no_about_something_else(sentence):
            continue
        answer = read_consent(sentence)
        if answer.answered:
            return answer
    return NO_ANSWER


# -- end of round 68, helper n4 --


# -- round 75, helper b75a --
# Sofia (round 74), asked whether we may keep her answers: "you can keep it. but only if nobody
# from the restaurant can find it". What is said before a condition on who sees it is the answer
# ("as long as my manager can't see it, yes" has nothing before it, and is a yes); a no before it
# is read as before. "only if I have to, and I don't want to" is a no: only if forced, and they
# don't want to.
_B75A_ONLY_IF_FORCED = re.compile(
    r"(?:(?:no|nah|well|honestly) )?(?:(?:(?:only|just) if (?:i|we) (?:really |absolutely )?"
    r"(?:have to|must|need to|had to|have got to|got to)|not unless (?:i|we) (?:really )?(?:have "
    r"to|must|need to)) )?(?:and |but )?(?:i )?(?:really )?(?:dont|do not|don t) (?:really )?want "
    r"(?:to|it|that|you to)"
)

# "keep it, as long as ...": keeping it, asked for, before the condition.
_B75A_KEEP = re.compile(
    r"(?:(?:you|u) can |just |please )?(?:keep|store|save) (?:it|them|this|everything|my \w+|the "
    r"chat|the answers)(?: please| then)?"
)


def b75a_conditional_consent(words: str) -> Answer | None:
    """A yes said before a condition on who sees it, or the condition alone; else None."""
    if _B75A_ONLY_IF_FORCED.fullmatch(words):
        return Answer(False)
    found = b75a_condition(words)
    if found is None:
        return None
    before = re.sub(r"(?:\s|\b(?:but|and|so|yes but|ok but)\b)+$", "", words[: found.start()])
    if not before.strip():
        return None if _CONSENT_NO.search(words) else Answer(True)
    if _B75A_KEEP.fullmatch(before.strip()) or read_consent(before).value is True:
        return Answer(True)
    return None


def b75a_only_if_forced_no(text: str) -> bool:
    """ "only if I have to, and I don't want to", "i dont want to": a no to what is offered."""
    return bool(_B75A_ONLY_IF_FORCED.fullmatch(plain(text)))


# -- end of round 75, helper b75a --


def read_consent(text: str) -> Answer:
    """Only a clear yes or no: a greeting, a question or a language is not consent."""
    words = plain(text)
    if i4_consent_yes(text) and re.match(r"[^.!?;\n]+[.!;\n]", text.strip()):
        # -- round 63, helper i4 -- "fine. but can you actually tell me how to complain?" (Helen):
        # a yes said as a sentence of its own, then a question (answered too).
        return Answer(True)
    words = plain(text)
    if _OK_BUT_ASKS.match(words):
        return NO_ANSWER
    conditional = b75a_conditional_consent(words)  # -- round 75, helper b75a -- Sofia
    if conditional is not None:
        return conditional
    if re.match(r"(?:no|not) (?:much )?(?:time|tim)\b", words):
        # "no time for many question. can Brent council give us room tonight?" (round 34,
        # Amina, leaving tonight): no time for questions, not a no to keeping the chat.
        return NO_ANSWER
    if n4_no_about_something_else(text):
        return n4_consent_after_correction(text)  # -- round 68, helper n4 -- John, "no its me"
    if i4_keep_nothing(text):
        return Answer(False)  # -- round 63, helper i4 -- "I'd rather you kept nothing" (Ravi)
    if j5_keep_nothing(text):
        return Answer(False)  # -- round 65, helper j5 -- "dont need nothing kept" (Pete)
    if i4_consent_yes(text):
        return Answer(True)  # -- round 63, helper i4 -- "I suppose so. ..." (Bridget), Helen, Dev
    if z73d_hedged_yes(text):
        return Answer(True)  # -- round 73, helper z73d -- "I suppose so yes" (Sandra)
    first = plain(re.split(r"[.!?,;\n]+", text.strip(), maxsplit=1)[0])
    if _OWN_YES.match(first) and not _CONSENT_NO.search(words):
        return Answer(True)  # "tak ok. my english not so good sorry"
    if _I91B_READ_OUT_YES.match(words) and "?" not in text:
        # i91b (round 91): June, typing for Mavis: "I read it out to her, she says yes thats
        # alright" was taken for a question about reading, and consent asked again.
        return Answer(True)
    said_for = _SAYS_YES_FOR.match(words)
    if said_for and "?" not in text:
        # "Harry says yes thats fine": typed for the person it happened to; "whatever yes".
        return read_consent(words[said_for.end() :])
    wait = re.match(r"\s*(?:no+,? )?(?:wait|hang on|hold on)\b[^.!?]*[.!?]+", text.lower())
    if wait and text[wait.end() :].strip():
        # "no wait. its not her. its me. she hits me. ok to keep it i guess": the "no" stops the
        # bot to put something right; the answer comes after.
        for sentence in reversed(re.split(r"[.!?]+", text[wait.end() :])):
            if sentence.strip():
                answer = read_consent(sentence)
                if answer.answered:
                    return answer
        return NO_ANSWER
    if re.search(
        # -- round 46, helper Q7 --: "Yes, you may keep the chat." after a correction.
        r"\b(?:yes|yeah|ok|okay) (?:you|u) (?:may|can) (?:keep|store|save) (?:the|this|my|it)\b",
        words,
    ):
        return Answer(True)
    if re.search(r"\bi said (?:yes|yeah|ok|okay)\b|\byou can keep it\b", words):
        return Answer(True)  # "i said yes??", "what?? i said YES you can keep it"
    if _AGREES_TO_KEEPING.search(words) and not _CONSENT_NO.search(words):
        # "I will say yes to keeping my answers for 90 days." (round 38, Tom, asked 3 times).
        return Answer(True)
    if "?" in text and not _YES_START.match(words) and not _NO_START.match(words):
        # "what?? i just meant this chat. yes its ok, keep it": what follows the question.
        for sentence in reversed(re.split(r"[.!?]+", text.rsplit("?", 1)[1])):
            if sentence.strip():
                return read_consent(sentence)
        return NO_ANSWER
    if _SAFETY_NOT_CONSENT.search(words) or (
        _NO_POLICE.search(words) and not re.search(r"\b(?:keep|kept|store|save|record)", words)
    ):
        # "no danger. i am home": the answer to the danger question they expected next; "no
        # police please, problem with documents": a no to the police, not to keeping the chat.
        return NO_ANSWER
    if _CONSENT_NO.search(words):
        return Answer(False)
    if yes_no(text) is True and _consent_words(text):
        return Answer(True)
    sentences = [part for part in re.split(r"[.!,]+", text) if part.strip()]
    if len(sentences) > 1 and any(
        len(part.split()) <= 4 and yes_no(part) is True and _consent_words(part)
        for part in (sentences[0], sentences[-1])
    ):
        return Answer(True)  # "sorry i dont understand all. yes ok", "yes. human"
    if (
        len(sentences) > 2
        and not _CONSENT_NO.search(words)
        and any(_YES_SENTENCE.fullmatch(plain(part)) for part in sentences[1:-1])
    ):
        return Answer(True)  # round 29, helper M: "... Yes fine. Now the Ombudsman please."
    if (
        not _CONSENT_NO.search(words)
        and not _NO_START.match(words)
        and not re.search(r"\b(?:not|dont|do not|never)\b", words)
        and _ENDS_AGREEING.search(words)
    ):
        return Answer(True)  # "wow ok helpful 🙄 fine yes" (round 39, Jordan, 17)
    if re.search(r"\b(?:dont know|do not know|not sure|unsure) (?:if|whether)\b", words):
        # "who is the support team. i don't know if it is ok": unsure, so asked again with what
        # it means, not taken as a no (round 27, helper D).
        return NO_ANSWER
    if k77a_sentence_yes(text, referral=False):
        return Answer(True)  # k77a (round 77): "... oh go on then yes. my son says..." (Frank)
    return DECLINED if is_dont_know(text) else NO_ANSWER


# A plain yes at the very end, after grumbling or anything else: "wow ok helpful, fine yes".
_ENDS_AGREEING = re.compile(
    r"\b(?:(?:ok|okay|fine|alright|sure|go on|whatever) (?:then )?(?:yes|yeah|yep|yh|ok|okay)|"
    r"(?:yes|yeah|yep) (?:fine|ok|okay|sure|go on|thats fine|its fine))\s*$"
)
_SAFETY_NOT_CONSENT = re.compile(
    r"^(?:no|not|nope|nah)\W*(?:in )?(?:danger|im (?:safe|ok|okay|fine|alright)|i am (?:safe|ok|"
    r"okay|fine|alright|home)|safe|i feel safe)\b"
)


_NO_POLICE = re.compile(
    r"^(?:no+|not|nope|nah)\W*(?:the )?(?:police|feds|cops|old bill)\b|\b(?:dont|do not|never) "
    r"(?:tell|call|contact|inform|involve) (?:the )?(?:police|feds|cops)\b"
)


_read_in_danger = _yes_no_with(
    yes=(
        r"\b(?:not safe|unsafe|(?:he|she|they|hes|shes|theyre|someone|somebody) (?:is |are |s )?"
        r"(?:here|outside|coming|at the door|in the house|downstairs|upstairs)|scared (?:he|she|"
        r"they)(?:ll| will| is going to) (?:come|be back|find)|help me|(?<!not )(?<!no )"
        # -- round 53, helper Z5 -- not "im not the one in danger mate" (Mick)
        r"(?<!any )(?<!not the one )(?<!not the one whos )in danger)\b"
    ),
    no=(
        r"^(?:not (?:right )?now|not at the moment|not anymore|not any more|not today|not now)|"
        r"\b(?:(?:im|i am|we are|were|i feel) (?:safe|ok|okay|fine|alright|all right|good)|"
        r"safe (?:now|here|at the moment|for now)|(?:hes|shes|theyre|he is|she is|they are|"
        # Not "hes gone quiet. i think he went downstairs" (round 37, Maria, hiding from him).
        r"they have|theyve|he has|hes|she has) (?:gone(?! (?:quiet|silent|downstairs|upstairs|"
        r"into|in (?:the|my|our)|to (?:the|my|our) (?:kitchen|other|living|front|back|bedroom|"
        r"lounge)))|gone out|went out|left|away|not here|at "
        r"work|in prison|in "
        r"custody|on remand|locked up|inside|abroad|moved)|(?:at|staying at|staying with) "
        r"(?:my|a|the) (?:mums?|moms?|dads?|sisters?|brothers?|friends?|nans?|aunts?|"
        r"refuge|work|hotel|parents)|(?:in|at) (?:a|the) refuge|no longer|doesnt know where|"
        r"(?:in|on) (?:prison|custody|remand)|nowhere near|not with (?:him|her|them)|"
        r"not in (?:any )?danger|no danger|not the one (?:in|whos in|who is in) danger|"
        r"(?:he|she|they) (?:went|has gone|have gone) out|"
        r"(?:hes|shes|theyre|he is|she is|they are) (?:safe|ok|"
        r"okay|fine|alright|with me|in hospital)|(?:im|i am|were|we are|i m) (?:at |back )?"
        r"home\b(?! (?:alone|on my own|by myself|with (?:him|her|them)))|(?:at|staying at) "
        r"(?:my |a )?(?:cousins|mates|friends|nans|aunties|aunts|sisters|brothers|mums|dads|"
        r"parents)(?: house| place| flat)?)\b"
    ),
)
_SAFE_FIRST = re.compile(
    r"^(?:safe|all safe|totally safe|safe and sound)\b(?! (?:to|from|for)\b)|"
    # "im home now so yeah safe": the yes is to being safe.
    r"\b(?:yes|yeah|yep|ya|yh|yea)\W+(?:im |i am |all |totally |def |definitely )?safe\b"
    r"(?! (?:to|from|for)\b)"
)


# "i cant call he will hear", "i cant talk": kept from calling by someone near, not a no.
_CANT_CALL = re.compile(
    r"^(?:i )?(?:cant|can t|cannot|can not) (?:call|ring|phone|talk|speak)\b|\b(?:he|she|they)"
    r"(?:ll| will| would| might) hear\b"
)


# -- round 27, helper D -- "right now i am in my room. so no.": a sentence that is only a no.
_ONLY_NO = re.compile(
    r"(?:so |then |and |but )?(?:no+|nope|nah)(?: (?:im|i am) not| not in danger)?"
)


# -- round 29, helper M --
# "i dont want to call 999 they'll take him ... i just need a refuge TONITE": a no to calling
# 999 or the police, not a no to being in danger; what follows it may answer.
_NOT_CALLING = re.compile(
    r"^(?:no+ |nah )?(?:i )?(?:dont|do not|don t|wont|will not|not going to|not gonna|dont wanna)"
    r" (?:want to |wanna )?(?:call|ring|phone|dial|contact|involve|get) "
    r"(?:999|the police|police|the feds|feds|the cops|cops|an ambulance)\b[^.!?\n]*[.!?\n]*"
)


_ASLEEP_AT_HOME = re.compile(
    r"\b(?:hes|he is|he s|shes|she is|she s|theyre|they are) (?:asleep|sleeping|passed out|in "
    r"bed|upstairs|in the next room|downstairs)\b"
)


# -- round 60, helper g4 --
# Pauline, 58, at the danger question: "he has dementia. hes not himself. he got frightened when
# i tried to get him changed and lashed out, caught me on the cheek ... does that even count" was
# a yes to being in danger (its "he has" read as "yes, he has"), and she got the 999 message. A
# message that starts by telling of him ("he has dementia", "she was drunk") is not a yes when
# nothing in it is about now, a weapon or a threat; it is taken as unsure ("If you feel unsafe
# at any point, call 999"). Danger words are still read by bot/risk_words.py as before.
_G4_TELLS_OF_THEM = re.compile(
    r"^(?:he|she|they|it) (?:has|have|did|was)\s+(?!(?:yes|yeah|yep)\b)\w"
)
_G4_NOW_OR_HARM = re.compile(
    r"\b(?:now|still|tonight|today|right now|here|outside|coming|back|home|door|downstairs|"
    r"upstairs|knife|knives|gun|weapon|blade|machete|acid|locked|trapped|followed|found me|"
    r"threat\w*|kill\w*|hurt\w*|hitting|attacking|strangl\w*|chok\w*|scared|afraid|terrified|"
    r"frightened of|danger|unsafe|not safe|help me|yes|yeah|yep|been|follow\w*|watch\w*|stalk\w*)\b"
)


def g4_tells_of_them_calmly(text: str) -> bool:
    """ "he has dementia. ... he lashed out, caught me on the cheek": about him and the past."""
    words = plain(text)
    return bool(_G4_TELLS_OF_THEM.match(words)) and not _G4_NOW_OR_HARM.search(words)


# -- end of round 60, helper g4 --


# -- round 75, helper c75d --: "safe", "safe bro", "all safe" alone, to "are you in danger right
# now?" (its button says "No, I'm safe now"): not in danger, where it was asked again. The same
# word after the result is a goodbye (reading.signs_off).
_C75D_SAFE_ALONE = re.compile(
    r"(?:(?:yeah|yes|ye|yh|ok|okay|nah|no) )?(?:all |totally )?safe(?: (?:bro|bruv|g|man|fam|mate|"
    r"still|innit|init|x+))*"
)


def read_in_danger(text: str) -> Answer:
    """ "safe yeah, home now" is a no: its first clause is not a yes to being in danger."""
    if "?" not in text and _C75D_SAFE_ALONE.fullmatch(plain(text)):
        return Answer(False)
    if y73d_not_now_first(text):
        return Answer(False)  # -- round 73, helper y73d -- "not rn no" (Lee)
    not_calling = _NOT_CALLING.match(text.strip().lower().replace("\u2019", "'"))
    if not_calling and not _SAID_SAFE_NOW.search(plain(text)):
        rest = text.strip()[not_calling.end() :]
        return _read_in_danger_rest(rest) if rest.strip() else NO_ANSWER
    # -- round 69, helper p1 --: "why you say 999? we ok now" (Hodan), "we ok now": safe, said
    # in her words ("ok" alone is a yes to the question, "we ok" is not).
    if risk_words.p1_says_we_are_safe(text) and risk_words.detect_risk(text) is None:
        return Answer(False)
    sentences = [plain(part) for part in re.split(r"[.!?\n]+", text) if plain(part)]
    if any(_ONLY_NO.fullmatch(part) for part in sentences[1:]) and not any(
        _read_in_danger(part).value for part in sentences
    ):
        return Answer(False)  # "right now i am in my room. so no. you didnt say what..."
    if _CANT_CALL.search(plain(text)) and not _SAID_SAFE_NOW.search(plain(text)):
        return Answer(True)
    if (
        (_GONE_AGAIN.search(plain(text)) and not _X86A_BACK_TO_HIM.search(plain(text)))
        or re.search(r"\bno to (?:that|your|the) question\b", plain(text))
    ) and not _DANGER_SAID.search(plain(text)):
        # "ok he went back. no to that question" after "wait i heard him get up" (round 30,
        # Helen): not a yes for its "ok".
        return Answer(False)
    if _UNSURE_FIRST.match(plain(text)):
        # "not sure. neighbour maybe do it ... i cannot call 999 i am deaf": unsure, not a no.
        return Answer(declined=True)
    if _ASLEEP_AT_HOME.search(plain(text)) and _read_in_danger(text).value is None:
        # "he had a knife last night. hes asleep now" (round 48, Abena) got "Sorry, I didn't
        # catch that": not in danger this minute, not safe either.
        return Answer(declined=True)
    answer = _read_in_danger(text)
    if answer.value is True and g4_tells_of_them_calmly(text):
        return Answer(declined=True)  # -- round 60, helper g4 --
    if (
        answer.value is True
        and _SAFE_FIRST.search(plain(text))
        and not _DANGER_SAID.search(plain(text))
    ):
        return Answer(False)
    return answer


def _read_in_danger_rest(rest: str) -> Answer:
    # -- round 29, helper M -- only a clear answer after the no to calling counts.
    answer = read_in_danger(rest)
    return answer if answer.value is True or _SAID_SAFE_NOW.search(plain(rest)) else NO_ANSWER


_GONE_AGAIN = re.compile(
    r"\b(?:hes|shes|theyre|he|she|they) (?:went|has gone|have gone|gone|is gone|s gone) "
    r"(?:back (?:to (?:bed|sleep)|upstairs|in the bedroom)|back|out|to sleep|away)\b|\b(?:he|she|"
    r"they) (?:left|fell asleep)\b"
)
# x86a (round 86): Ray, of his daughter, "Not sure honestly. She went back to his flat on
# sunday": going back to the partner's home is no sign of safety ("Not sure" stands).
_X86A_BACK_TO_HIM = re.compile(
    r"\b(?:she|shes|she s) (?:went|has gone|gone|is gone|s gone|moved) back (?:to|in with) (?:him|"
    r"his (?:flat|house|place|home))\b|\b(?:he|hes|he s) (?:went|has gone|gone|is gone|s gone|"
    r"moved) back (?:to|in with) (?:her|her (?:flat|house|place|home))\b"
)
_SAID_SAFE_NOW = re.compile(
    r"\b(?:not in (?:any )?danger|no danger|not the one in danger|(?:im|i am|i feel) (?:safe|ok|"
    r"okay|fine)|safe now)\b"
)
_UNSURE_FIRST = re.compile(r"(?:im |i am )?(?:not sure|unsure|dont know|i dont know|idk|no idea)\b")
_DANGER_SAID = re.compile(
    r"\b(?:not safe|unsafe|in danger|help me|(?:hes|shes|theyre|he is|she is|they are) (?:here|"
    r"outside|coming|back))\b"
)
read_bereaved = _yes_no_with(
    yes=(
        rf"\b(?:my|our) (?:\w+ )?{account.CLOSE_RELATIVE}\b|\b(?:he|she) was my "
        rf"{account.CLOSE_RELATIVE}\b"
    ),
    no=r"\b(?:(?:my|a|our) (?:friend|mate|neighbour|colleague|boss)|nobody died|no one died|"
    r"noone died|(?:he|she|they|nobody|no one) (?:didnt|did not) die|survived|still alive)\b",
)
_read_reported = _yes_no_with(
    yes=account._REPORTED.pattern
    + r"|^(?:once|twice|loads|many times|a few times|several times)\b|\bdid it (?:online|on the "
    r"(?:computer|website|app)|for me)\b|\b(?:feds|old bill|coppers|bill|5 0) (?:came|come|"
    r"know|took|have)\b|(?<!havent )(?<!hasnt )(?<!didnt )(?<!not )(?<!never )\b(?:called|rang|"
    r"phoned|rung) (?:them|the police|999|101)\b|"
    r"\b(?:they|police|officers?) (?:came|come) (?:to|round|out|with)\b|"
    # "police say arson", "police give me paper with number".
    r"\b(?:the )?police (?:say|said|says|told me|gave me|give me|gave us|have been|came)\b",
    no=(
        account._NOT_REPORTED.pattern
        + r"|^(?:not yet|no not yet|not yet no)|\b(?:going to|gonna|will|might|maybe) "
        # Not "will the police tell me...": a question, not a plan to report.
        r"(?:tomorrow|later|soon|do it|report|call|ring|go)\b|\bthinking "
        r"(?:about|of) (?:it|reporting)\b"
    ),
)
# "what if they find out i reported them": a fear about reporting, not a report.
_IF_REPORTED = re.compile(
    r"\b(?:what if|if|when|in case|worried|scared|afraid)\b.{0,40}\b(?:i|we) (?:reported|report|"
    r"called|told)\b"
)


# -- round 60, helper G5 --
# Derek, 66, shed broken into a third time, at "Have you reported it to the police?": "first two
# times yes. got a crime number ... havent bothered this time" was read as reported. The earlier
# times were reported, this one not: no.
_G5_NOT_THIS_TIME = re.compile(
    r"\b(?:havent|have not|hasnt|has not|didnt|did not|not|never)(?: yet)? (?:bothered|reported|"
    r"told|called|rung|rang|phoned|been|gone)(?: \w+){0,4} (?:this time|this one|the latest one)\b|"
    r"\bnot (?:yet )?(?:this time|this one)\b"
)
# Tom, keyed car and hate notes: "the car yes, they gave me a number ... the notes no" and "are you
# deaf. YES for the car. not the notes" were asked again, then skipped: a yes for one part of it
# is a yes (reported). Not "my mum yes, the police no": a person told is not a report.
_G5_NOT_A_THING = (
    r"(?!(?:police|cops|feds|old|mum|mom|dad|family|friend|friends|boss|manager|work|council|"
    r"school|teacher|bank|landlord|partner|husband|wife|sister|brother|son|daughter|gp|doctor|"
    r"insurance|insurer)\b)"
)
_G5_PART_YES = re.compile(
    rf"\b(?:the|my) {_G5_NOT_A_THING}\w+ (?:yes|yeah|yep|yh|i did)\b|\b(?:yes|yeah|yep) "
    rf"(?:for|to|about|on|with) (?:the|my) {_G5_NOT_A_THING}\w+\b"
)
_G5_PART_NO = re.compile(
    rf"\b(?:the|my) {_G5_NOT_A_THING}\w+ (?:no|not|nope|nah)\b|\bnot (?:for |about |with )?"
    rf"(?:the|my) {_G5_NOT_A_THING}\w+\b"
)


def g5_read_reported(text: str) -> Answer | None:
    """A report of some of it, or of other times but not this one; None when neither."""
    words = plain(text)
    if _G5_NOT_THIS_TIME.search(words):
        return Answer(False)
    if _G5_PART_YES.search(words) and _G5_PART_NO.search(words):
        return Answer(True)
    return None


# Derek at "Is it safe for a support worker to contact you?": "i live on my own, only the cat
# sees my phone" and "like i said, nobody else here. its fine" were not understood, then skipped.
_G5_ALONE = re.compile(
    r"\b(?:i live (?:alone|on my own|by myself)|(?:nobody|no one|noone) else (?:here|lives here|"
    r"in the house|at home|at mine|sees (?:it|my phone|my messages))|(?:its|it s|it is) (?:just|"
    r"only) me (?:here|at home|in the house)|just me here|only (?:the|my) (?:cat|cats|dog|dogs|"
    r"budgie|parrot|fish|goldfish|hamster|pets?) (?:sees|reads|checks|looks at|would see)|"
    # q82c (round 82): "yes safe my phone is only me" (Maria) was read as a no.
    r"(?:my )?phone is (?:only|just) (?:me|mine|for me)|(?:only|just) me (?:sees|uses|has) "
    r"(?:it|my phone))\b"
)
_G5_UNSAFE = re.compile(
    r"\b(?:not safe|unsafe|dont contact|do not contact|never contact|not (?:fine|ok|okay)|"
    r"(?:he|she|they|my (?!cat|cats|dog|dogs|budgie|parrot|fish|goldfish|hamster|pets?)\w+) "
    r"(?:checks|reads|sees|goes through|looks at|monitors))\b"
)


def g5_safe_alone(text: str) -> bool:
    words = plain(text)
    return bool(_G5_ALONE.search(words)) and not _G5_UNSAFE.search(words)


# -- end of round 60, helper G5 --


# -- round 71, helper x71c --
# Joy, at "Have you reported it to the police?": "no not yet. i rang 101 once and was on hold for
# 40 mins and gave up. whats the point" was kept as reported, and she was told "You've told the
# police". A call that never got through, given up on, is not a report.
_X71C_GAVE_UP = re.compile(
    r"\b(?:rang|called|phoned|tried|try|tried (?:calling|ringing|phoning|to (?:call|ring|phone|"
    r"report))|was on hold)\b.{0,80}\b(?:gave up|give up|given up|hung up|put the phone down|"
    r"never got through|(?:couldnt|could not|didnt|did not|cant|can not) get through|(?:nobody|no "
    r"one|noone) (?:answered|picked up)|no answer)\b"
)
_X71C_THEN_REPORTED = re.compile(
    r"\b(?:then|later|eventually|finally|in the end|next day|after that|but)\b.{0,30}\b(?:got "
    r"through|reported|spoke to (?:them|someone|an officer|the police)|did it online|they came|"
    r"came round|gave me a (?:crime|reference) number)\b"
)


def x71c_gave_up_calling(text: str) -> bool:
    """ "i rang 101 once and was on hold for 40 mins and gave up": not reported."""
    words = plain(text)
    return bool(_X71C_GAVE_UP.search(words)) and not _X71C_THEN_REPORTED.search(words)


# -- end of round 71, helper x71c --


# -- round 75, helper c75b --: Frank (79, scammed by a caller posing as his bank), asked "Have
# you reported it to the police?": "I have told the bank. They said they are looking into it." was
# a yes ("I have" starts it), so he was told to chase the police with a crime number he never
# had. Telling someone who is not the police (the bank, family, the landlord) is no report.
_C75B_TOLD_SOMEONE_ELSE = re.compile(
    r"^(?:i|we)(?: have| ve|ve)? (?:already |only |just )?(?:told|reported it to|spoken to|"
    r"spoke to|talked to|rang|called|phoned|contacted|informed|been to|gone to) "
    r"(?:the |my |our |his |her )?"
    r"(?:bank|building society|card company|credit card company|lender|mum|dad|mother|father|"
    r"parents?|family|son|daughter|husband|wife|partner|sister|brother|friends?|neighbours?|"
    r"landlord|housing\w*|council|school|college|uni|work|boss|manager|employer|hr|gp|doctor|"
    r"insurance|insurer|post office|paypal|amazon|ebay)\b"
)


def c75b_told_someone_else(words: str) -> bool:
    """ "I have told the bank": a yes to having told someone who is not the police."""
    return bool(_C75B_TOLD_SOMEONE_ELSE.search(words)) and not (
        account._REPORTED.search(words)
        or account.police_know(words)
        # "I have told the bank and the police": both told.
        or re.search(
            r"\b(?:and|plus|also|as well as) (?:to )?(?:the )?(?:police|cops|101|999|met|report "
            r"fraud|action fraud)\b",
            words,
        )
    )


def read_reported_to_police(text: str) -> Answer:
    if x71c_gave_up_calling(text):
        return Answer(False)  # -- round 71, helper x71c -- (Joy)
    if l5_reported_only_before(text):
        return Answer(False)  # -- round 66, helper l5 -- "Not the facebook stuff no" (Priya)
    # -- round 68, helper n3 --: "no?? id get jumped for snitching fr. and my mum would find out"
    # (Ella, 14) is a no with its reason, not "no" said back (asked again). Only here: at the
    # danger question a "no??" beside what is happening is left to the danger reading.
    n3_said = n3_yes_or_no_with_reason(text)
    if n3_said is not None and not account.police_know(text):
        return n3_said
    found = g5_read_reported(text)  # -- round 60, helper G5 --
    if found is not None:
        return found
    answer = _read_reported(text)
    if answer.value is not True and account.police_know(text):
        # -- round 39, helper F6 --: "i didnt report it the feds was already there" (Daniel), "I
        # reported the abuse to the police in the spring ... I have not yet reported the push"
        # (Mr Okafor): the police know.
        return Answer(True)
    if not answer.answered and len(account.statements(text)) > 1:
        # "Sorry, that's wrong - it's not a sexual offence. ... Yes, I've reported the breaches
        # to the police.": a correction first, then the answer, in its own sentence.
        for part in account.statements(text):
            if re.search(r"\b(?:report\w*|police|told|999|101)\b", plain(part)):
                found = read_reported_to_police(part)
                if found.answered:
                    return found
    words = plain(text)
    if answer.value is True and c75b_told_someone_else(words):
        return NO_ANSWER  # -- round 75, helper c75b -- (Frank: "I have told the bank.")
    said_yes = re.match(r"(?:yes|yeah|yep|yh|ya|i did|i have|ive)\b", words)
    if (
        answer.value is True
        and not said_yes
        and (
            _IF_REPORTED.search(words)
            # "you still havent said if i call the police": a question, not a report.
            or not any(_read_reported(part).value for part in account.statements(text))
        )
    ):
        return NO_ANSWER
    return answer


read_repeat_victimisation = _yes_no_with(
    yes=account._REPEAT.pattern
    + r"|\b(?:most|every|some) (?:days|nights|weekends|weeks|mornings|evenings)\b|\b(?:often|"
    r"weekends|daily|weekly|nightly|lots|loads)\b|"
    # "hes pushed me before. never my neck tho", "theyve been back twice"
    rf"\b(?:hes|shes|theyve|he has|she has|they have|has|had|s|ve) (?:\w+ )?{account.HARM}"
    r"(?: (?:me|us))? (?:\w+ )?before\b|\b(?:been|came|come) back (?:twice|again|(?:two|three|"
    r"several|a few|\d) times)\b|"
    # "hes grabbed my arm before and smashed my phone in june" (round 46, Pippa): what he did
    # to her before, a few words between; not "before the trial".
    rf"\b(?:he|she|they|hes|shes|theyve|hed|shed|theyd)(?: has| had| have)? (?!never\b|not\b|"
    rf"didnt\b|hasnt\b|havent\b|wouldnt\b)(?:\w+ )?{account.HARM}(?: \w+){{0,4}} before\b"
    r"(?!\s+(?:the|i|we|he|she|they|my|it|that|this|you|your|a|an)\b)|"
    # -- round 27, helper D --
    # "theyve been going on about it for a year": pressure kept up for a year is more than once.
    # "they been on me since sept" (round 38, Leah).
    r"\b(?:been on (?:me|at me|my case)|since (?:jan|feb|march|april|may|june|july|aug|sept?|oct|"
    r"nov|dec)\w*)\b|"
    # -- round 39, helper F6 --: "been like 4 months" (Leon, 15, made to carry drugs): going on
    # that long, not "4 months ago" nor "been 4 months since".
    r"\b(?:been|its been|it s been|going on|gone on) (?:like |about |nearly |almost |over |more "
    r"than |a good )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|"
    r"few|many|several) (?:days|weeks|months|years)\b(?! (?:ago|since|back)\b)|"
    r"\b(?:going on|been on|on at (?:me|us)|pushing|pressuring|nagging|threatening|forcing)"
    r"(?: (?:about|at|on to|to) (?:it|me|us|this|that|marriage|the wedding))? for (?:a|one|over a|"
    r"more than a|about a|nearly a|almost a|a whole|the last|the past) (?:year|month|while|long "
    r"time)\b",
    no=account._ONCE.pattern
    + r"|^(?:just|only) (?:once|the once)|\b(?:cant|can t|cannot|couldnt|could not|wont|didnt|"
    r"did not|hasnt|has not|never) (?:\w+ )?(?:happen|happened|happens) (?:\w+ )?(?:more than once|"
    r"again|twice|before)\b|^(?:the )?once$|"
    # "no hes never done it before", "he never hit me before"
    rf"\b(?:never|not) (?:\w+ )?(?:done|did|{account.HARM})(?: (?:it|this|that|me|us|anything))?"
    r"(?: like (?:this|that))? before\b",
)
# -- round 41, helper J4 --
# Words that sound like "more than once" but are not: "I said no many times" (Marta, raped
# once), "I have not slept well since, I keep thinking he might come back" (Eileen, 91: "since"
# ends its clause; a fear of a return is not a second crime), "I was answering your question
# about whether it happened before" (Patrick, who had said "I don't know").
_J4_SAID_MANY_TIMES = re.compile(
    r"\b(?:said|say|told (?:him|her|them)|asked (?:him|her|them)|begged|screamed|shouted|cried)\b"
    r"[^.!?\n]{0,30}?\b(?:many|several|so many|lots of|loads of|a few|multiple|two|three|\d+) "
    r"times\b",
    re.IGNORECASE,
)
_J4_SINCE_ENDS = re.compile(r"\bsince\s*[,;:]+", re.IGNORECASE)
_J4_WHETHER_BEFORE = re.compile(
    r"\b(?:whether|if) (?:it|this|that|he|she|they|anything)(?:'s|’s| has| had| have| ever| was)?"
    r"(?: ever)? (?:happened|happen|been done|done it|did it|done this|hurt her|hurt him|hit her|"
    r"hit him)(?: \w+){0,2} before\b",
    re.IGNORECASE,
)


_J4_THE_QUESTION = re.compile(
    r"\b(?:answering|answered|answer to|about|replying to) (?:your|the|that) question\b",
    re.IGNORECASE,
)


def j4_without_false_repeats(text: str) -> str:
    """The message without the words above, to read whether it happened more than once."""
    text = _J4_SAID_MANY_TIMES.sub(" ", text)
    text = _J4_SINCE_ENDS.sub("since. ", text)
    return _J4_WHETHER_BEFORE.sub(" ", text)


# -- round 45, helper P2 --: "him no. but drivers get abuse every week. i had a bottle thrown at
# me in march" (Kevin, bus driver): not by the same person, so no; other people's abuse is not
# the same person targeting him again.
_P2_NOT_HIM = re.compile(
    r"^(?:him|her|them|that (?:man|guy|bloke)),? (?:no|nope|nah|never)\b|^not "
    r"(?:him|her|them|by him|by her|by them|from him|that (?:man|guy|bloke))\b"
    # -- round 71, helper x71c --: "this guy no. but happen to drivers all the time, last year
    # one spit on me" (Omar, minicab driver): not the same person; a different passenger once
    # last year is not him being persistently targeted.
    r"|^(?:this|that|the same|same) (?:guy|man|bloke|lad|person|passenger|customer|woman|girl|"
    r"boy|one|fella|geezer),? (?:no|nope|nah|never|not)\b|^not (?:this|that|the same) (?:guy|man|"
    r"bloke|lad|person|passenger|customer|woman|girl|boy|one|fella|geezer)\b"
    # -- end of round 71, helper x71c --
    # p94b (round 94): Kwabena, bus driver: "no not him. but drivers get abuse all the time"
    # was kept as targeted again and again: a no, then "not him", is the same answer.
    r"|^(?:no|nope|nah|never)[.,!]? not (?:him|her|them|by him|by her|by them|from him|that "
    r"(?:man|guy|bloke)|(?:this|that|the same) (?:guy|man|bloke|lad|person|passenger|customer|"
    r"woman|one|fella))\b"
)


# -- round 48, helper S2 --: "A&E?? ffs its been 4 days. theyll make me wait 8 hours" (Pete,
# robbed once by strangers, at the repeat question): days since it happened, not a crime going
# on for days ("been like 4 months" still is).
_S2_DAYS_SINCE = re.compile(
    r"\b(?:it['’]?s|it s|it has|it is|that['’]?s|that s) been (?:like |about |nearly |almost |"
    r"only |just |over )?(?:\d{1,2}|a few|few|two|three|four|five|six|seven) (?:days|hours)\b",
    re.IGNORECASE,
)


# -- round 50, helper V1 --
# Billie, 16: "to me just last night. he does it to mum loads tho like every week" was kept as
# her being targeted more than once: it happened to her once; the rest is to her mum.
_V1_ONCE_TO_ME = re.compile(
    r"\b(?:to me|me) (?:just|only) (?:the once|once|one time|last night|yesterday|today|this "
    r"morning|tonight)\b|\b(?:just|only) (?:the once|once|one time) (?:to|for) me\b"
)


# -- round 56, helper D1 --
# "Has this happened more than once, or has the same person targeted you before?": Dean's "the
# dog has gone for people before yeah. hes always been a bit off with me too" (the dog's earlier
# victims, not him) and Rosa's "please, the residence card. what i do? i am worry the home
# office think i am illegal" (a "please" and a question about something else) were kept as
# "more than once". Others targeted before is not the person targeted again; a yes with no word
# of anything happening again, beside a question, is no answer.
_D1_OTHERS_BEFORE = re.compile(
    r"\b(?:gone for|went for|go for|goes for|attacked|bitten|bit|had a go at|done it to|did it to|"
    r"does it to|robbed|hurt|targeted|mugged|scammed)(?: (?:other|loads of|lots of|a few|some|"
    r"many|other|a lot of))? (?:people|others|someone else|somebody else|anyone else|other "
    r"(?:people|kids|women|men|dogs|neighbours|passengers))\b(?: \w+){0,3}? (?:before|last year|"
    r"in the past|loads|lots|already)\b"
)
_D1_ME_BEFORE = re.compile(
    r"\b(?:me|us|my (?:dog|car|house|flat|kids?|son|daughter)) (?:\w+ )?(?:before|again|twice|"
    r"(?:many|several|a few|loads of|lots of) times)\b|\b(?:to|at|for) me (?:too|as well)\b|"
    r"\b(?:and|also|including|plus|gone for|went for|attacked|bit|bitten|hurt) me\b"
)
_D1_REPEAT_WORDS = re.compile(
    account._REPEAT.pattern + r"|\b(?:before|again|times|twice|always|every|often|loads|lots|since|"
    r"days|nights|weeks|months|years|daily|weekly|more than once|once|ongoing|keeps?|kept)\b"
)
_D1_PLAIN_YES = re.compile(
    r"(?:yes+|yeah+|yep|yup|yh|ya|ye|aye|it has|he has|she has|they have|it did|he did|she did|"
    r"they did|correct|true|right)\b"
)


def d1_repeat_not_theirs(text: str, answer: Answer) -> Answer:
    """The repeat answer, without a "yes" that is about other people or that answers nothing."""
    if answer.value is not True:
        return answer
    words = plain(text)
    if _D1_OTHERS_BEFORE.search(words) and not _D1_ME_BEFORE.search(words):
        return Answer(False)
    if "?" in text and not _D1_PLAIN_YES.match(words) and not _D1_REPEAT_WORDS.search(words):
        return NO_ANSWER
    return answer


# -- end of round 56, helper D1 --


def j4_read_repeat(text: str) -> Answer:
    if p81b_paid_many_times(text):
        return Answer(True)  # p81b (round 81), Kev
    if m79a_nothing_before(text):
        return Answer(False)  # m79a (round 79, Nkechi)
    if n80a_this_person_no(text):
        return Answer(False)  # n80a (round 80): Zara, "This man: no, I had never seen him"
    return d1_repeat_not_theirs(text, _j4_read_repeat(text))  # -- round 56, helper D1 --


def _j4_read_repeat(text: str) -> Answer:
    if account._G1_NOBODY_DOES.search(plain(text)):  # -- round 60, helper G1 -- (Becky)
        text = account._G1_NOBODY_DOES.sub(" ", plain(text))
    if _P2_NOT_HIM.search(plain(text)) or _V1_ONCE_TO_ME.search(plain(text)):
        return Answer(value=False)  # -- round 50, helper V1 --: _V1_ONCE_TO_ME
    kept = j4_without_false_repeats(_S2_DAYS_SINCE.sub(" ", text))
    if kept != text and _J4_THE_QUESTION.search(text):
        # "I was answering your question about whether it happened before": about the question,
        # not an answer to it (nor the "not" of "we're not in danger").
        return NO_ANSWER
    # -- round 53, helper Z5 --: "ive called the bank 3 times", "youve asked me that 3 times",
    # "the barista said it happens every day there" count something else, not being targeted.
    counted_out = account.z5_not_repeat_out(plain(kept))
    if counted_out != plain(kept):
        return read_repeat_victimisation(counted_out)
    return read_repeat_victimisation(kept)


_read_fear_of_giving_evidence = _yes_no_with(
    yes=(
        # "not really scared" (round 79, Lee) is the no of "not scared", not a yes.
        r"\b(?:(?<!not )(?<!wouldnt be )(?<!never )(?<!not really )(?<!not that )(?<!not too )"
        r"(?:scared|terrified|frightened|afraid|"
        r"worried|anxious|nervous|petrified|panick\w*|dread\w*|bricking it|shaking)|"
        r"(?:couldnt|could not|cant|can not|wouldnt be able to|not able to) (?:face|do|cope|"
        r"look at|see|be in|handle|say)|fall apart|break down|not (?:sure|strong enough) i could|"
        r"(?:very |really |so )?(?:difficult|hard|stressful|upsetting)|(?:have|having) to "
        r"(?:face|see) (?:him|her|them)|get muddled|muddled|confused|^(?:a bit|a little|a little "
        r"bit|little bit|bit|kind of|kinda|sort of|a lot|quite|very|really|so much|loads)|"
        # "i wouldnt want to be in a room with them" (round 39, Jordan, 17).
        r"(?:wouldnt|would not|dont|do not|wont|will not) (?:want|wanna) (?:to )?(?:be in|be near|"
        r"see|face|look at|be around|be anywhere near|be in the same room)|in (?:a|the same) room "
        r"with (?:him|her|them)|"
        # -- round 34 -- "idk yes i guess" ending a question about court (Chloe, 15).
        r"(?:idk|i dont know|dunno|not sure) (?:yes|yeah|yh) (?:i guess|i think|probably)$)\b"
    ),
    no=(
        r"\b(?:(?:not|wouldnt be|wont be|never|isnt) (?:really |that |too )?(?:scared|worried|"
        r"frightened|afraid|"
        r"bothered|nervous)|(?:id|i would|i will|happy to|ready to|want to) (?:be )?(?:fine|ok|"
        r"okay|do it|give evidence|say it|stand up|face him|face her|face them)|dont mind|"
        r"(?:im|i am|i feel) (?:not scared|confident|ok about it|fine about it)|"
        r"^why would i be (?:scared|worried|frightened|afraid)|id love to|"
        # "I couldn't see him so I don't know what use I'd be": about what they saw, not fear.
        r"what use (?:i|id|i would|i d) be|(?:couldnt|could not|didnt|did not) (?:really )?see "
        r"(?:him|her|them|his face|her face|their faces|who)(?! again| in court| there)|"
        # "There was a trial in 2021. I gave evidence then. It is finished.": no court to come.
        r"(?:the )?(?:trial|court case|case) (?:is |was |has )?(?:been )?(?:finished|over|done|"
        r"ended)|(?:it|that) is (?:finished|over)$|(?:already|then) (?:gave|given|give) evidence|"
        r"gave evidence (?:already|then|at the trial)|(?:he|she|they) (?:was|were|got|has been|"
        r"have been) (?:convicted|sentenced|found guilty)|(?:in prison|the parole board) now)\b"
    ),
)
# -- round 39, helper H2 -- "I would be very worried but not scared. Does that count as yes?"
# (round 38, Tom, at "would you feel scared or very worried about giving evidence?"): either one
# is a yes, so a worry said outright beside "not scared" is a yes, not the no of "not scared";
# and "not very worried", denied with a word between, is not the yes of "worried".
_H2_NOT_SCARED = re.compile(
    r"\b(?:not|wouldnt be|wont be|never|isnt|im not|i am not) (?:really |that |too |so )?"
    r"(?:scared|frightened|afraid|terrified)(?: (?:or|nor|and) (?:\w+ )?(?:worried|anxious|"
    r"nervous|stressed))?\b"
)
_H2_WORRY = re.compile(
    r"\b(?P<not>(?:not|wouldnt be|wont be|never|isnt|arent|dont feel|wouldnt feel) )?"
    r"(?:(?:very|really|so|extremely|quite|pretty|super|too|that|overly|a bit|a little) )?"
    r"(?:worried|anxious|nervous|stressed)\b"
)


def _h2_worry_said(words: str) -> bool:
    """A worry said outright ("very worried"), not denied ("not very worried")."""
    return any(found.group("not") is None for found in _H2_WORRY.finditer(words))


# -- round 46, helper Q4 -- "lol court. yes obviously, standing in a room being called miss by a
# defence barrister sounds great. would that happen?" (Luke): the question's word said back,
# after a laugh, then the answer.
_Q4_COURT_SAID_BACK = re.compile(
    r"^\s*(?:(?:lol|lmao|haha\w*|ha|pfft|ugh|omg)\W+)?(?:court|evidence)\s*[.!?,:]+\s*"
    r"(?=(?:yes|yeah|yep|no|nah|nope)\b)",
    re.IGNORECASE,
)


# -- round 49, helper T2 --: "Not scared. But my staff are worried, two of the waitresses are
# young" (Wei): other people's worry beside "not scared" is not the writer's own.
_T2_OTHERS_WORRIED = re.compile(
    r"\b(?:(?:my|our|the|his|her) \w+|they|she|he|staff|everyone|people) (?:are|is|were|was|re|s|"
    r"get|gets|feel|feels) (?:\w+ )?(?:worried|anxious|nervous|stressed)\b"
)


# -- round 58 check, main -- "fine thanks just cross" (Linda, cards stolen) and "scared no.
# pissed off yes. would jay have to go court too?" (Marcus) were read as fear of giving evidence,
# and both were told they would get extra support as people afraid to give evidence: "fine" is
# "I'd be fine" here, and the "yes" belonged to another feeling.
_M58_FINE = re.compile(
    r"^(?:(?:i d|id|i would|i ll|ill|i will) be |i m |im |i am |i should be )?(?:fine|alright|"
    r"all right)\b(?! (?:but|except|apart|if|unless)\b)"
)
# The question's word said back, then a no: "Scared, no." (round 55, Pat, whose record kept the
# fear). "Scared, no one believes me" is fear: the "no" must end its sentence.
_M58_FEAR_NO = re.compile(
    r"^\s*(?:scared|afraid|frightened|worried|nervous|terrified)\W+(?:no+|nah|nope|not really|"
    r"not at all)\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
_M58_OTHER_FEELING_YES = re.compile(
    r"\b(?:pissed off|angry|annoyed|cross|furious|fuming|mad|livid|raging|upset)\W+(?:yes|yeah|"
    r"yh|yep|very|definitely)\b"
)


# -- round 63, helper i3 --: "I do not know what it is like so I cannot say if I would feel
# scared" (Josh, autistic, never in court) was taken as fear: not knowing is not a yes.
_I3_CANNOT_SAY_IF_SCARED = re.compile(
    r"\b(?:(?:i )?(?:cannot|cant|can not|could not|couldnt) (?:say|tell|know)|(?:i )?(?:do not|"
    r"dont|don t) know|(?:im|i am|i m) not sure|no idea|(?:im|i am|i m) unsure) (?:if|whether|how)"
    r" (?:i|id|i d) (?:would |will |d |might )?(?:feel |be |get )?(?:\w+ )?(?:scared|afraid|"
    r"frightened|worried|nervous|anxious)(?: or not)?\b"
)


# -- round 74, helper a74b --: "obviously. i aint goin court. if feds get involved do they have
# to tell my mum?" (Leon, 16) at "would you feel scared ... about giving evidence?" was asked
# again: an "obviously" with a refusal to go to court is a yes (scared), not a miss.
_A74B_OBVIOUSLY_NOT_COURT = re.compile(
    r"^(?:obviously|obvs|obv|of course|ofc|course|defo|deffo|definitely)\b.{0,20}\b(?:aint|am not|"
    r"im not|i m not|not|never|wont|will not|refuse to)(?: be)? (?:goin|going|go|goin to|going to)"
    r"(?: to)? (?:court|trial)\b"
)
# -- end of round 74, helper a74b --


# -- round 75, helper b75b --
# Grace (round 74), at "would you feel scared or very worried about giving evidence?": "maybe"
# was taken as a skip. Here "a bit" and "kind of" were already a yes (the degree words above):
# being unsure whether you would be scared is being worried, so a "maybe" (or "possibly", "i
# think so maybe") is a yes too, said back so it can be put right (reading.py). Unsure in other
# words ("not sure", "dunno", "i cant say if id be scared", round 63, helper i3) stays don't know,
# as "maybe" does at the questions of fact (reported, repeated, hate crime).
_B75B_MAYBE = (
    r"(?:maybe|possibly|perhaps|probably|potentially|could be|might be|i might be|i might|i could "
    r"be|i may be|i may)"
)
_B75B_A_BIT = (
    r"(?:a bit|a little|a little bit|little bit|a touch|slightly|a lot|quite|very|kind of|kinda|"
    r"sort of|sorta|yes|yeah|yep|yh|ye|i think|i think so|think so|i guess|i suppose|i would|id "
    r"be|i d be|scared|worried|nervous|anxious|afraid|ok|well|hmm|erm|um|honestly|tbh|so)"
)
_B75B_MAYBE_AFRAID = re.compile(rf"(?:{_B75B_A_BIT} )*{_B75B_MAYBE}(?: {_B75B_A_BIT})*")


def b75b_maybe_afraid(text: str) -> bool:
    """ "maybe", "maybe a bit", "i think so maybe", "maybe. he knows where i work": a maybe to
    being scared or worried, first, with nothing after it that says otherwise or is unsure."""
    parts = [plain(part) for part in re.split(r"[.!?,;:\n]+", text) if plain(part)]
    if not parts or not _B75B_MAYBE_AFRAID.fullmatch(parts[0]):
        return False
    rest = " ".join(parts[1:])
    return not rest or not (
        is_dont_know(rest)
        or not_understood(rest)
        or _i3_read_fear(rest).value is False
        or y73d_not_scared(rest) is not None
    )


# -- end of round 75, helper b75b --


# -- round 75, helper c75b --: Janet, whose son was killed: "It is going to court, the trial is
# next spring. I wasn't there so I don't think I'm giving evidence. That's what I wanted to ask,
# can I go and sit in the trial? ..." was asked the court question again (her questions made it
# no answer) and she had to say "I just said I'm not giving evidence". Someone who says they are
# not giving evidence, or are not a witness, answers it: a no, as "im not giving evidence" is
# read alone, unless they say they are afraid as well.
_C75B_GIVE = (
    r"(?:be )?(?:giving|give|going to give|gonna give|need(?:ed)? to give|have to give|be asked "
    r"to give|called to give|be called to give) evidence"
)
_C75B_WITNESS = (
    r"(?:be )?(?:a witness|called as a witness|needed as a witness|a prosecution witness)"
)
_C75B_NOT_GIVING_EVIDENCE = re.compile(
    rf"\b(?:(?:im|i m|i am) not (?:going to |gonna )?(?:{_C75B_GIVE}|{_C75B_WITNESS})|"
    rf"i (?:wont|will not|wouldnt|would not|dont|do not|shant|shouldnt) (?:{_C75B_GIVE}|"
    rf"{_C75B_WITNESS})|i (?:dont|do not) think (?:im|i m|i am|ill|i ll|i will|id|i d|i would) "
    rf"(?:going to |gonna )?(?:{_C75B_GIVE}|{_C75B_WITNESS})|i (?:wasnt|was not) a witness|"
    r"(?:they|the police|police|the cps|cps|witness care|the flo|our flo|my flo|the officer|the "
    r"detective)(?: have| has)? (?:said|say|says|told me|told us)(?: that)? (?:i|im|i m) "
    rf"(?:wont|will not|dont|do not|wouldnt|would not|not|am not) (?:{_C75B_GIVE}|"
    rf"{_C75B_WITNESS}|be needed))\b"
)


def c75b_not_giving_evidence(text: str) -> Answer | None:
    """A no from "I don't think I'm giving evidence", whatever is asked beside it; None when it
    is not said, or when fear is said too ("im not giving evidence, im too scared of him")."""
    if not any(
        # Not "im the victim not a witness": a victim who gives evidence.
        _C75B_NOT_GIVING_EVIDENCE.search(plain(part)) and "victim" not in plain(part)
        for part in re.split(r"[.!?;\n]+", text)
    ):
        return None
    rest = _C75B_NOT_GIVING_EVIDENCE.sub(" ", plain(text))
    if _read_fear_of_giving_evidence(rest).value is True or _h2_worry_said(rest):
        return None
    return Answer(False)


# -- end of round 75, helper c75b --


# n94b (round 94): Dami, 17, robbed at knifepoint, at "would you feel scared or very worried
# about giving evidence?": "court?? i aint going court they will kill me" was no answer, and after
# the danger check the question came again. Fear of being killed or hurt by them is being
# scared (intimidation): a yes. "he said he would kill me but im not scared" stays a no
# (y73d, read before this).
_N94B_HARMED = re.compile(
    r"\b(?:they|he|she|them|his mates|their mates|his boys|the boys|his family|their family|"
    r"theyd|theyll|hed|hell|shed|shell|theyre|hes|shes)(?: (?:will|would|d|ll|are|is|re|s|"
    r"gonna|going to|gon|might|could|are gonna|are going to|will actually|would actually|"
    r"literally))*(?: (?:kill|hurt|stab|shank|murk|get|batter|beat|jump|come for|come after|"
    r"find|do|merk|end|finish|shoot|attack)) (?:me|us|my family|my mum)\b|"
    r"\b(?:i|i ll|ill|i d|id|i would|i will|i could|i might|i m|im|i am)(?: (?:get|be|end up|"
    r"gonna get|going to get|gonna be|going to be))? (?:killed|stabbed|murdered|shanked|"
    r"murked|jumped|hurt|dead|shot|beaten up|battered)\b"
)
_N94B_NOT_AFRAID = re.compile(
    r"\b(?:not|never|aint|isnt|wont|wouldnt|dont) (?:\w+ )?(?:scared|afraid|"
    r"frightened|worried|bothered)\b"
)


def fears_being_harmed_for_evidence(text: str) -> bool:
    """Fear of being killed or hurt by them, said at the court question: "they will kill me"."""
    words = plain(text)
    return bool(_N94B_HARMED.search(words)) and not _N94B_NOT_AFRAID.search(words)


# g96a (round 96): Beatrice, 88, told to go to A&E just before the court question: "Goodness.
# There was no blow to my head. ... Should I be worried?" was stored as afraid of giving
# evidence (intimidated). Asking whether to worry answers nothing about court.
_G96A_SHOULD_I_WORRY = re.compile(
    r"\b(?:should|do|must|need) i (?:be |to be )?(?:worried|worry|scared|concerned|afraid)\b"
)
_G96A_COURT_WORDS = re.compile(
    r"\b(?:court\w*|evidence|trial|witness\w*|judge|jury|testify\w*|him|her|them|they|"
    r"(?:he|she|they)(?: ll| will| would)?)\b"
)


def g96a_only_asks_whether_to_worry(text: str) -> bool:
    words = plain(text)
    if not _G96A_SHOULD_I_WORRY.search(words):
        return False
    rest = _G96A_SHOULD_I_WORRY.sub(" ", words)
    return not _G96A_COURT_WORDS.search(rest) and _i3_read_fear(rest).value is not True


# n103c (round 103): the court question was asked again after Ruth's "Somewhat, yes. I would not
# wish to see him in the courtroom. Is a screen possible?" and Jamal's "court lol. its not gonna
# get to court is it. they're kids. but yeah i wouldnt want their dad kicking off at me after":
# a yes with a hedge, or a yes with what they would not want to face, is a yes.
_N103C_HEDGED_YES = re.compile(
    r"^(?:(?:well|erm|um|hmm|oh)\s+)*(?:somewhat|a bit|a little|a little bit|kind of|kinda|sort of|"
    r"partly|quite|probably|i think|i suppose|i guess|suppose|guess so|in a way|to some extent)"
    r"\W+(?:yes|yeah|yep|yh|so)\b"
)
_N103C_YES_WOULD_NOT_WANT = re.compile(
    r"\b(?:yes|yeah|yep|yh)\W+(?:i|id) (?:wouldnt|would not|wouldn t|dont|do not) (?:want|wish|"
    r"like)\b(?! (?:to )?(?:go|do|bother|waste)\b)"
)
_N103C_NOT_FACE_THEM = re.compile(
    r"\b(?:i|id) (?:would not|wouldnt|wouldn t) (?:wish|want|like) to (?:see|face|be near|be in "
    r"the same room as) (?:him|her|them)\b"
)


def n103c_hedged_yes_to_fear(text: str) -> bool:
    words = plain(text)
    first = plain(re.split(r"[.!?\n]", text, maxsplit=1)[0])
    return bool(
        _N103C_HEDGED_YES.match(first)
        or _N103C_YES_WOULD_NOT_WANT.search(words)
        or _N103C_NOT_FACE_THEM.search(words)
    )


def read_fear_of_giving_evidence(text: str) -> Answer:
    if g96a_only_asks_whether_to_worry(text):
        return NO_ANSWER  # g96a (round 96): Beatrice, "Should I be worried?"
    if p81c_not_afraid(text):
        return Answer(False)  # p81c (round 81): Kev, Harjit
    if n103c_hedged_yes_to_fear(text):
        return Answer(True)  # n103c (round 103): Ruth, "Somewhat, yes"; Jamal, "but yeah i ..."
    if _A74B_OBVIOUSLY_NOT_COURT.search(plain(text)):
        return Answer(True)  # -- round 74, helper a74b -- (Leon)
    if n80a_unsure_maybe_with_reason(text):
        return Answer(True)  # n80a (round 80): Mo, "dunno. maybe. they might know my route"
    if s83d_unsure_then_a_bit(text):
        return Answer(True)  # s83d (round 83): Dean, "dunno, bit. they know where i deliver"
    elsewhere = m79a_fear_elsewhere(text)  # m79a (round 79): George, Marco, Lee
    if elsewhere is not None:
        return elsewhere
    not_giving = c75b_not_giving_evidence(text)  # -- round 75, helper c75b -- (Janet)
    if not_giving is not None:
        return not_giving
    not_scared = y73d_not_scared(text)  # -- round 73, helper y73d -- (Stan)
    if not_scared is not None:
        return not_scared
    if fears_being_harmed_for_evidence(text):
        return Answer(True)  # n94b (round 94): Dami, "i aint going court they will kill me"
    unsure = _I3_CANNOT_SAY_IF_SCARED.search(plain(text))
    if unsure:
        rest = _I3_CANNOT_SAY_IF_SCARED.sub(" ", plain(text))
        if _i3_read_fear(rest).value is not True:
            return DECLINED
    answer = _i3_read_fear(text)
    if answer.value is None and b75b_maybe_afraid(text):
        return Answer(True)  # -- round 75, helper b75b -- (Grace: "maybe")
    return answer


def _i3_read_fear(text: str) -> Answer:
    for denial, said in ((_M58_FINE, plain(text)), (_M58_FEAR_NO, text)):
        found = denial.match(said)
        if found:
            rest = _M58_OTHER_FEELING_YES.sub(" ", plain(said[found.end() :]))
            if _read_fear_of_giving_evidence(rest).value is not True:
                return Answer(False)
    said_back = _Q4_COURT_SAID_BACK.match(text)
    if said_back:
        text = text[said_back.end() :]
    answer = _read_fear_of_giving_evidence(text)
    words = plain(text)
    if answer.value is False and _H2_NOT_SCARED.search(words):
        rest = _T2_OTHERS_WORRIED.sub(" ", _H2_NOT_SCARED.sub(" ", words))
        if _h2_worry_said(rest) and _read_fear_of_giving_evidence(rest).value is not False:
            return Answer(True)
    denied = [found for found in _H2_WORRY.finditer(words) if found.group("not")]
    if answer.value is True and denied:
        rest = _H2_WORRY.sub(lambda found: " " if found.group("not") else found.group(0), words)
        if _read_fear_of_giving_evidence(rest).value is not True:
            return Answer(False)  # "not really worried", "not very worried tbh"
    return answer


_read_contact_safe = _yes_no_with(
    yes=(
        # "only message, not call. she can hear" (round 34, Ana Lucia: "OK, nobody will contact
        # you").
        r"^(?:only|just) (?:in|on|at|by|during|when|after|before|if|between|text|texts|texting|"
        r"message|messages|whatsapp|sms|email|call|"
        r"weekdays|mornings?|evenings?|afternoons?|(?:those|these|the|them|at those|at these) "
        r"(?:times|days|hours))|\b(?:(?:text|email|calls?|phone|it) (?:is|s|"
        r"are) (?:fine|ok|okay|safe)|on my (?:work|own|new|other) phone|safe (?:to|if)|"
        # "maybe email? my dad doesn't know my school email": safe, that way.
        r"(?:he|she|they|my \w+) (?:doesnt|does not|dont|do not|wont|cant|never) (?:know|see|"
        r"check|read|look at|have) (?:my|about my|the) (?:\w+ )?(?:email|number|phone|texts|"
        r"account|inbox)|(?:by|via|use|on) (?:my )?(?:\w+ )?e ?mail|"
        # "in the mornings is best, he sleeps late": safe, at that time.
        r"(?:mornings?|afternoons?|evenings?|daytime|daytimes|weekdays|weekends|nights?|after \w+)"
        r" (?:is|are|would be|s) (?:best|better|fine|good|ok|okay|safe))\b"
    ),
    no=(
        r"\b(?:not safe|unsafe|(?:he|she|they) (?:checks|reads|goes through|monitors|looks "
        r"at|listens to|has) my (?:phone|messages|texts|emails?|calls)|(?:please )?(?:dont|do not) "
        r"(?:contact|call|text|ring|email) me)\b"
    ),
)
_read_voicemail_ok = _yes_no_with(
    yes=r"\b(?:voicemail (?:is|s) (?:fine|ok|okay)|(?:yes|yeah) (?:thats|that is|its) fine)\b",
    no=(
        r"^(?:rather not|id rather not|rather they didnt|id rather they didnt|better not|"
        r"please dont|please no)|\b(?:(?:he|she|they) (?:checks|listens|goes through|reads|"
        r"hears|has)\b|no voicemail|dont leave|do not leave|not safe)"
    ),
)


# -- round 50, helper V6 --
_V6_TIMES_FIRST = re.compile(
    r"^(?:any ?time|anytime|whenever|weekdays?|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"days?|mornings?|afternoons?|evenings?|after \d|before \d|between \d)\b"
)
_V6_ABOUT_MESSAGES = re.compile(
    r"\b(?:voicemail|voice mail|voicemails|message|messages|machine|answerphone|answer phone|"
    r"leave|yes|yeah|no)\b"
)


def read_voicemail_ok(text: str) -> Answer:
    """ "please tell them NOT to leave a voicemail" is a no, whatever "please" starts."""
    if m79d_no_voicemail(text):  # m79d (round 79): a "not" in another sentence is not for it
        return Answer(False)
    # -- round 50, helper V6 -- "Any time, I'm in most days. Not Thursday mornings that's my
    # cardiac clinic" (Eddie, asked about voicemail) is when to ring, and its "not" is for
    # Thursday mornings, not a no to a voicemail: the times are kept and the question stays.
    if _V6_TIMES_FIRST.match(plain(text)) and not _V6_ABOUT_MESSAGES.search(plain(text)):
        times = read_contact_times(text).value
        return Answer(None, extra={"contact_times": times}) if times else NO_ANSWER
    said = _read_voicemail_ok(text)
    if said.value is None and m79d_voicemail_allowed(text):
        return Answer(True)  # m79d (round 79) -- "they CAN leave a voicemail" (Peter)
    return said


# "I would like someone to contact me", "id like them to call me".
WOULD_LIKE_CONTACT = (
    r"i (?:would|d|really would) (?:really )?(?:like|love|appreciate) (?:it if )?(?:you|them|"
    r"someone|somebody|a support worker|a worker|a service|support) (?:to |could |would |can )?"
    r"(?:contact|call|ring|phone|text|email|message|get in touch with|help) (?:me|us)"
)
_REFER_YES = re.compile(
    r"^(?:yes+|yeah+|yea|yep|yup|ya|ye|yh|y|aye|ok+|okay|k|sure|"
    # "please" alone or "please do" is a yes; "please answer. they have my passport" is not.
    r"(?:please|pls|plz)(?=\s*$|\s+(?:do|yes|yeah|refer|pass|contact|call|text|email|ring|thanks|"
    r"thank you)\b)|go on|go ahead|"
    r"fine|alright|all right|of course|definitely|why not|that would (?:be good|help)|"
    r"thatd be (?:good|great|nice)|please do|do it)\b|\b(?:refer me|"
    r"(?<!dont )(?<!do not )(?<!don t )(?<!never )pass (?:them |it )?on|"
    r"(?:says|said) (?:yes|yeah|ok|okay|thats fine|its fine|go ahead)|"
    r"(?<!dont )(?<!do not )(?<!don t )(?<!never )pass (?:on )?my (?:details|number|info)|"
    r"(?:they|you|someone|somebody) (?:can|could) "
    r"(?:contact|call|ring|phone|text|email|message) (?:me|us|my (?:\w+ )?(?:phone|mobile|"
    r"number|email))|i (?:do )?want (?:you|them|someone|"
    r"somebody) to (?:pass|contact|call|ring|phone|text|email|refer|help)|"
    # "Yes, I would like someone to contact me please."
    rf"{WOULD_LIKE_CONTACT})\b"
)
_REFER_NO = re.compile(
    r"^(?:no+|nah+|nope|na|n|no thanks|no thank you|no ta|not (?:right )?now|not yet|not really|"
    r"maybe later|later|rather not|id rather not|leave it|dont|do not|never mind|nevermind|"
    r"(?:please|pls|plz) (?:no|dont|do not)(?! tell| let))\b|"
    # "fine whatever, no i dont need anyone calling me" (round 37, Pete).
    r"\b(?:dont|do not) (?:pass|refer|share|give|send)|(?:dont|do not) (?:want|need) "
    r"(?:anyone|anybody|someone|people|them|you|a worker) (?:to )?"
    r"(?:contact|call|text|ring|message|email)\w*"
    # "i dont want anyone to call, text is better": a way to be contacted, not a no.
    r"(?!.{0,25}\b(?:text|texts|email|message)\w* (?:is|are|me|instead|better|only|fine|ok)\b)|"
    r"i(?:ll| will) (?:do it|contact|call|ring) "
    r"(?:them )?myself|i dont want (?:to be contacted|anyone to contact|them to contact|"
    r"you to pass|a referral|that|it)\b"
)
_CLEAR_YES = re.compile(
    r"\b(?:yes+|yeah+|yep|yup|yh|please|refer|pass|contact|call me|ring me|text me|email me|"
    r"says yes|go ahead|of course|definitely)\b"
)
# A message that corrects an earlier answer or asks something is not a yes or no to passing
# details on: "wait I never said it was a hate crime", "can I report it online?".
_NOT_A_REFERRAL_ANSWER = re.compile(
    r"\b(?:i never said|i didnt say|thats wrong|thats not right|not what i said|i said|"
    r"it wasnt|it was not|its not(?! my (?:phone|mobile|number))|it isnt|i wasnt|i was not|"
    r"i dont have|i do not have|"
    r"i did report|i told you|hang on|wait|correct (?:my|an|the|that) answer|correct that|"
    # -- round 40, helper G1 --: "no is wrong. it happen many many times" (Aminata) puts a
    # fact right; "you still write it happen one time?" asks about what was written.
    r"(?:no|it|that|this) is wrong|you (?:still )?(?:write|wrote|written|put|put down) it|"
    r"(?:that|this) (?:answer )?(?:is|was) wrong|(?:a |my )?correction|"
    # "NO. He is not a family member!!": a label put right, not a no to being contacted.
    r"(?:he|she|they|it) (?:is|was|are|were|s) not (?:a |an |my |her |his |our )?(?:family|"
    r"relative|partner|ex|stranger|friend|neighbour|sexual|robbery|theft)|not (?:a |my )?family "
    r"member)\b"
)


def about_another_answer(text: str) -> bool:
    """ "I'd like to correct my answer please. I do NOT have a disability.": about an earlier
    answer, not a yes or no to the question asked."""
    return bool(_NOT_A_REFERRAL_ANSWER.search(plain(text)))


# A question after the first words ("ok thank u. and is what hes doing actually illegal", "n wat
# about tmrw. do i just not go in"): the "ok" or "n" heard the message; nothing was answered.
_ASKS_AFTER = re.compile(
    r"(?:^|[.!?,]\s*)(?:(?:and|but|so|n|ok|okay|thanks|thank you|thank u)\s+)*(?:is|are|does|do|"
    r"can|could|will|would|should|what|wat|wot|how|why|where|who|when)\s+(?:\w+\s+){1,}\w+",
    re.IGNORECASE,
)
# "no need to pass details shes gonna call herself": a no, however it starts.
_NO_NEED = re.compile(
    r"\bno need (?:to|for) (?:pass|refer|send|share|give|contact|call|ring|anyone|them|you)|"
    r"\b(?:shes|hes|she is|he is|she will|he will|shell|hell|ill|i will|well|we will) (?:gonna |"
    r"going to )?(?:call|ring|contact|phone) (?:them |the havens |it )?(?:herself|himself|myself|"
    r"ourselves)\b"
)


_YES_PASS = re.compile(
    r"^(?:(?:and|but|so|oh|also)\W+)?(?:yes|yeah|yep|ok|okay)\W+(?:please )?(?:pass|refer|send|"
    r"contact|call|text|email|ring)\b"
)


_ABOUT_THE_POLICE = re.compile(
    r"\b(?:police|feds|cops|snitch\w*|report(?:ing|ed)? (?:it|him|her|them)|(?:aint|not|wont|"
    r"dont want to|never) report\w*)\b"
)
_ABOUT_BEING_REFERRED = re.compile(
    r"\b(?:pass\w*|refer\w*|contact\w*|details|support|service|help|call me|text me|ring me|"
    r"email me|someone to talk)\b"
)


_NOT_WHAT_I_ASKED = re.compile(
    r"^(?:no+|nah|nope)?\s*(?:not that|thats not what i (?:asked|meant|said)|i meant|i mean|"
    r"i was asking|i asked)\b"
)


# "No, I didn't say I didn't want anyone to contact me": a no to having said no.
_NEVER_SAID_NO = re.compile(
    r"\b(?:i )?(?:didnt|did not|never|havent|have not) (?:say|said|ask|asked|mean|meant)"
    r"(?:(?: that)? (?:i (?:didnt|did not|dont|do not) want|i wanted nobody|no\b|nobody|no one|"
    r"not to)| that\b)"
)


# A yes given for the one it happened to, and a no to having refused contact.
_PROXY_YES = re.compile(
    r"^(?:(?:well|ok|okay|i think|i guess|honestly)\W+)?(?:he|she|they|we|my \w+)(?: would| d|"
    r" will| ll)?(?: be| say| says| said)? (?:a )?(?:yes|yeah)\b"
)
_NEVER_REFUSED_CONTACT = re.compile(
    r"\b(?:never|didnt|did not) (?:said|say) no to (?:someone|anyone|somebody|anybody|them|you|"
    r"being|a support worker|support)(?: \w+)? (?:contact\w*|call\w*|ring\w*|refer\w*|"
    r"pass\w*|get\w* in touch|help\w*)\b"
)


# -- round 31, helper Q --
# "Very well, yes.", "cheers. yes go on then, pass me on", "Thank you, that is better. Yes - I
# have talked to Maja", "finally. no ta, ill ring the police myself", "Not much use then. No
# thanks, I'll ask the union": a yes or a no that starts one of the first sentences.
_ACK = r"(?:(?:very well|well|ok then|okay then|alright then|right then|fine then|cheers|thanks|"
_ACK += r"thank you|ta|finally|ahh?|oh)\W+)*"
_SENTENCE_YES = re.compile(
    rf"^{_ACK}(?:yes+|yeah+|yep|yup|aye)(?:$|\W*[-,]|\W+(?:go on|go ahead|please|pass|refer|"
    r"contact|i have|ive|she is|he is|shes|hes|they are|theyre|but only|ok|okay)\b)"
)
_SENTENCE_NO = re.compile(rf"^{_ACK}(?:no thanks|no thank you|no ta|nah thanks|nah ta)\b")
_ABOUT_WHO = re.compile(
    r"\b(?:it was|he was|she was|they were|did it|done it|family|stranger|wasnt (?:him|her|them))\b"
)


def _said_in_a_sentence(text: str) -> bool | None:
    sentences = [p for p in re.findall(r"[^.!?\n]+[.!?\n]*", text) if p.strip()][:4]
    found: set[bool] = set()
    for sentence in sentences:
        words = plain(sentence)
        if _ABOUT_WHO.search(words):
            continue
        if _SENTENCE_YES.match(words) and "?" not in sentence:
            found.add(True)
        elif _SENTENCE_NO.match(words):
            found.add(False)
    return found.pop() if len(found) == 1 else None


_UNSURE_OR_LEAVING = re.compile(
    r"^(?:ok|okay|k|kk|fine|alright)\b(?!.*\b(?:yes|yeah|please|pls|go on|pass|no|nah|not)\b)"
    r"(?!.*\d).*\b(?:idk|i dont know|dunno|not sure|maybe|bye|byee+|gtg|got to go|gotta go|"
    r"later|"
    # -- round 55, helper B3 -- "Fine... Goodnight" (Pat, tired, leaving at the referral offer)
    # was taken as a yes: a goodnight signs off, it does not agree.
    r"goodnight|good night|night night)\b"
)
# -- round 55, helper B3 -- "ok. but..." (Fatou): a "but" with nothing after it is a worry not
# yet said, not a yes.
_B3_OK_BUT_UNSAID = re.compile(r"^(?:ok|okay|k|fine|alright|right)\W+but\W*$")


# An "ok" that heard the result, then a question, is not a yes to being referred: "ok whats the
# enhanced service then, in plain words" (round 42, Sarah), "ok. if i go to the police tho will
# they actually take it seriously" (round 41, Kieran), "ok but what happens then?" (round 43,
# Joanne; "next" alone reads as "skip").
_OK_THEN = re.compile(r"^(?:ok|okay|alright|right|fine|hmm+|umm*)\b")
_OK_THEN_ASKS = re.compile(
    r"^(?:ok|okay|alright|right|fine|hmm+)\W+(?:so\W+|then\W+|but\W+|and\W+)?(?:whats|what s|wats|"
    r"hows|how s|whos|who s|wheres|where s|why|explain|tell me (?:what|about|more)|what (?:does|do|"
    r"is|are|s|about|if|happens))\b(?! next\b)"
)
_ASKS_IN_REST = re.compile(
    r"\b(?:will|would|do|does|can|could|should|are|what|how|why) (?:they|the police|police|he|"
    r"she|i|you|anyone|someone)\b|\b(?:is|does|will|would|what|how|why) (?:it|that|this|the)\b"
)
_WHAT_NEXT = re.compile(r"\bwhat (?:happens|would happen|will happens?) (?:then|next|after)\b")


def asks_before_deciding(text: str) -> bool:
    """Whether the message asks about the result or the referral before saying yes: answered,
    then the question asked again; never a yes, a no or a skip."""
    words = plain(text)
    if _CLEAR_YES.search(words):
        return False
    return bool(
        ("?" in text and _WHAT_NEXT.search(words))
        or _OK_THEN_ASKS.match(words)
        or (_OK_THEN.match(words) and _ASKS_IN_REST.search(words))
    )


# -- round 45, helper P1 -- "childline lol im not a kid. im askin if i should get him back. yes
# or no" (Ricky, 17) was taken as a yes to passing his details on: a question to us, asking for a
# yes or no, is never a yes.
_P1_ASKS_YES_OR_NO = re.compile(
    r"\b(?:yes or no|yes or nah|yeah or nah|yea or nah|ye or nah|im askin\w* (?:if|whether|u|you|"
    r"about)|i(?: m| am) asking (?:if|whether|you|u|about)|i was askin\w* (?:if|whether|about))\b"
)


def p1_asks_for_a_yes_or_no(text: str) -> bool:
    return bool(_P1_ASKS_YES_OR_NO.search(plain(text)))


# -- round 50, helper V6 -- Keith, asked about a referral after an answer about charging
# decisions: "No. The DEBT COLLECTOR says they will take ME to court for the loan I never took.
# What do I do. Is there anyone who actually knows about this" got "OK, we won't pass your
# details on". A "no" followed by the point shouted again, or by asking for someone who knows,
# says no to the answer given, not to being contacted: the question is asked again.
_V6_LEADING_NO = re.compile(r"^\W*(?:no+|nope|nah)\b\W+(?=\w)", re.I)
_V6_SOMEONE_WHO_KNOWS = re.compile(
    r"\b(?:is there|isnt there|i (?:want|need)|can i (?:speak|talk) to) (?:anyone|anybody|someone|"
    r"somebody|a person)(?: (?:who|that))? (?:actually |really )?(?:knows|understands|can help|"
    r"deals with)\b"
)


def v6_no_to_the_answer(text: str) -> bool:
    lead = _V6_LEADING_NO.match(text)
    if lead is None:
        return False
    rest = text[lead.end() :]
    if _REFER_NO.search(plain(rest)) or re.search(
        r"\b(?:dont|do not|never) (?:want|need|pass|refer|contact|call|ring|phone|text)",
        plain(rest),
    ):
        return False  # "No. I DONT want anyone ringing me": a no all the same
    shouted = [w for w in re.findall(r"\b[A-Z]{2,}\b", rest) if w not in ("NO", "OK", "UK", "ID")]
    return bool(_V6_SOMEONE_WHO_KNOWS.search(plain(rest))) or (
        len(shouted) >= 1 and len(plain(rest).split()) >= 6
    )


# -- round 51, helper W8 --
# Gerald, 84: "I see. Well, I suppose I shall say yes, then, and trust that they will be
# discreet." got a goodbye, and "I beg your pardon? I said yes." nothing: a yes, said his way.
_W8_SAYS_YES = re.compile(
    r"(?<!if )(?<!when )(?<!what if )\bi (?:(?:suppose|guess|think) i )?(?:shall|will|ll) say "
    r"yes\b|^(?:i beg your pardon |sorry |pardon )?i (?:already |just )?said yes\b(?! (?:to|and))"
)


# -- round 52, helper X2 --
# Zofia (round 51): "ok thank you. if I go police, maybe they arrest ME for the ring? I am scared
# of this" at the referral question closed her referral ("I'll leave that for now"): its "maybe"
# is in a question she asked, not a maybe to being referred.
_X2_LEAVING = re.compile(r"\b(?:idk|i dont know|dunno|not sure|bye|byee+|gtg|got to go|gotta go)\b")


def x2_asks_not_leaving(text: str) -> bool:
    """An "ok ... maybe ...?" that asks something and neither leaves nor is unsure."""
    words = plain(text)
    return (
        "?" in text
        and bool(_UNSURE_OR_LEAVING.search(words))
        and not _X2_LEAVING.search(words)
        and not _ABOUT_BEING_REFERRED.search(words)
    )


_M57_NO_THEN_DELETE = re.compile(
    r"^(?:no+|nah|nope)\b(?:\W+\w+){0,3}\W+(?:i )?(?:dont|do not|don t) want (?:anyone|anybody|"
    r"someone|somebody|you|them|a support worker|any ?one) (?:to )?(?:contact\w*|call\w*|ring\w*|"
    r"text\w*|message\w*)(?: me)?\b.*\b(?:delete|erase|wipe|remove)\b"
)


# -- round 62, helper h5 --
# Leon (r60b), at the referral question, refused three times before a bare "no" was taken:
# "wait so yes or no lol. ok nah dont pass my stuff on. ill think about reporting. does the club
# have to give the police the cctv", then "i dont have video, the club does. and i said no".
# Read by read_referral_sentences (round 67, helper m5), which merged this round's referral
# patterns with round 63's.
_H5_LEAD = r"^(?:(?:ok|okay|so|and|but|then|right|fine|no+|nah+|nope|like|wait)\W+)*"


def _h5_sentences(text: str) -> list[str]:
    return [plain(part) for part in re.split(r"[.!?;\n]+", text) if plain(part)]


# Vikram (r59c), for his father, 79: "targeted because hes old, yes. not the other things" at
# the hate question was "let's skip that one". Age is not among the characteristics asked about:
# a no to them, as he said ("not the other things").
_H5_FOR_AGE = re.compile(
    r"\b(?:because|cause|cos|coz|as|for being|for) (?:(?:hes|shes|he s|she s|he is|she is|im|i m|"
    r"i am|theyre|they re|they are|hes so|shes so) )?(?:old|elderly|older|an old \w+|his age|"
    r"her age|my age|their age|of (?:his|her|my|their) age|of age|age)\b"
)
_H5_NOT_THE_OTHERS = re.compile(
    r"\bnot (?:the |any of the |any )?(?:other|others|other things|rest|other ones)\b|"
    r"\bnone of (?:the |those )?(?:others|other things|them|those)\b|\bnothing else\b"
)


def h5_targeted_for_age_only(text: str) -> bool:
    words = plain(text)
    return bool(_H5_FOR_AGE.search(words)) and bool(_H5_NOT_THE_OTHERS.search(words))


# -- end of round 62, helper h5 --


# -- round 63, helper i4 --
# Bridget (r62a): "I suppose so. It's about my son, I don't really want to get him into trouble",
# Helen (r62b): "fine. but can you actually tell me how to complain? ..." and Dev (r62b): "whatever
# yes. I've got his number ..." at the privacy question were asked it again (Bridget three times):
# a first sentence that is only a yes is the answer, whatever worry or question follows it.
_I4_FIRST_YES = re.compile(
    # -- round 65, lead --: "ffs yes ok. now how do i get a crime number" (Dave): exasperated,
    # but a yes, and the question after it is answered.
    r"(?:(?:ok|okay|fine|well|alright|aight|aite|ight|alrite|whatever|right|oh|erm|um|ffs|omg|"
    r"god|jeez|ugh+|urgh+|"
    r"for fucks sake|for gods sake|for god s sake|look|mate)\W+)*(?:yes+|yeah+|yep|yh|ok+|okay|"
    r"fine|sure|alright|all right|i suppose so|i guess so|suppose so|guess so|go on then|go on|"
    r"go ahead|why not|yes please|yeah go on)(?:\W+(?:then|fine|ok|okay|please|i suppose|i guess|"
    r"thats fine|its fine|go ahead))*"
)
# At the referral question a bare "ok" or "fine" before a question is not taken (round 55, B3:
# Fatou's "ok. but..."): only a plain yes. Sean (r62a): "go on then. can it be a bloke who calls?
# and not at home" was "I can't answer that one here".
_I4_FIRST_YES_REFERRAL = re.compile(
    # Round 78, Kyle (24): "aight yeah. text me dont call. 07700 900655" got "Sorry, I didn't
    # catch that": "aight" is "alright" as people text it.
    r"(?:(?:ok|okay|well|alright|aight|aite|ight|alrite|oh)\W+)*(?:yes+|yeah+|yep|yh|"
    r"i suppose so|i guess so|go on then|go on|go ahead|yes please|yeah go on|ok go on|"
    r"ok then yes)(?:\W+(?:then|please|i suppose|i guess|go on|go ahead))*"
)
# Ravi (r62b): "I'd rather you kept nothing for now." was asked again.
_I4_KEEP_NOTHING = re.compile(
    r"\b(?:rather|prefer|prefer it if|want) (?:you |it if you )?(?:kept|keep|keeping|to keep|"
    r"stored|"
    r"store|saved|save) nothing\b"
)
_I4_NO_START = re.compile(r"^(?:no+|nah+|nope|na)\b")


def i4_first_sentence_yes(text: str, *, referral: bool = False) -> bool:
    first = re.match(r"\s*([^.!?;\n]*)([.!?;\n]|$)", text)
    if not first or first.group(2) == "?":
        return False  # "go on then? what happens next": asked, not said
    pattern = _I4_FIRST_YES_REFERRAL if referral else _I4_FIRST_YES
    return bool(pattern.fullmatch(plain(first.group(1))))


def i4_consent_yes(text: str) -> bool:
    """ "I suppose so. It's about my son...": a yes first, and nothing refusing the keeping."""
    words = plain(text)
    return (
        i4_first_sentence_yes(text)
        and not _CONSENT_NO.search(words)
        and not _I4_KEEP_NOTHING.search(words)
        and not re.search(r"\b(?:dont|do not|not) (?:keep|store|save|record)\b", words)
    )


def i4_keep_nothing(text: str) -> bool:
    return bool(_I4_KEEP_NOTHING.search(plain(text)))


# -- end of round 63, helper i4 --


# -- round 67, helper m5 --
# One reading of the referral answer, sentence by sentence, in the order below: the refusals and
# yeses of rounds 62 (h5: Leon, Hamza) and 63 (i4: Pete, Chloe, Sean, Dev) were two readers run
# one after the other, with patterns in both.
# Leon (r60b): "wait so yes or no lol. ok nah dont pass my stuff on. ill think about reporting";
# Pete (r62c): "no i dont need no support worker. be honest, will the police even bother ...";
# Chloe (r62c-sharon): "ok whatever. no dont pass anything on. if i change my mind ...": a sentence
# that wholly refuses being passed on is a no, whatever else the message asks.
_M5_REFUSES = re.compile(
    _H5_LEAD + r"(?:(?:please|pls|thanks|thank you|ta|cheers)\W+)?(?:"
    r"(?:dont|do not|don t) (?:pass|send|give|share|forward|refer)(?: on)?"
    r"(?: (?:(?:my|me|any of my|on my)(?: (?:stuff|details|info|information|number|name|data))?"
    r"|anything|nothing|it|that|any of it))?"
    r"(?: (?:on|over|along|anywhere|to anyone|to anybody))?"
    r"|i (?:already |just )?(?:said|say|told (?:you|u)|told ya) (?:no+|nah+|nope)"
    r"(?: to (?:the |that |a |your |being )?(?:support worker|support|referral|contact|contacted|"
    r"passing (?:it|them|my details) on)(?: (?:thing|question|bit|one|stuff))?)?"
    r"|(?:i |we )?(?:dont|do not|don t) (?:need|want) (?:no |a |any |your )?(?:support worker|"
    r"support workers|worker|referral|one|contact|anyone contacting me|anyone to contact me)"
    r"|(?:ill|i ll|i will|i can|id rather|i d rather|i would rather) (?:just )?(?:sort|do|handle|"
    r"deal with|manage|contact|call|ring|phone|email) (?:it|this|that|things|them|it all)"
    r"(?: out)? (?:myself|my self|on my own|by myself)"
    r"|(?:im|i m|i am) (?:alright|ok|okay|good|fine) (?:thanks|thank you|ta|cheers)"
    r")(?:\W+(?:thanks|thank you|ta|cheers|tho|though|lol|mate|then))*\W*$"
)
# Hamza (r60b), 17: "... she whispered to me 'help me' tho. so yes?? but only text me": a yes
# concluded after the reasons.
_M5_SO_YES = re.compile(
    r"^(?:(?:ok|okay|and|well)\W+)?(?:so|then)\W+(?:(?:its|it s|thats|that s|i guess|i think|i "
    r"suppose)\W+)?(?:a )?(?:yes+|yeah+|yep|ye|yh)(?:\W+(?:then|i guess|i think|please|pls|"
    r"i suppose))?\W*$"
)
_M5_YES_SENTENCE = re.compile(
    r"^(?:(?:ok|okay|so|and|but|well)\W+)?(?:yes+|yeah+|yep|yh|ye|go ahead|of course|sure|"
    r"please do)\b"
)
# Dev (r62b): "its not me being groomed its my daughter. yes get someone to call me. 07700 ...".
_M5_YES_GET_SOMEONE = re.compile(
    r"^(?:(?:ok|okay|so|and|but|then)\W+)?(?:yes+|yeah+|yep|yh|please)\W+(?:please\W+)?(?:just )?"
    r"(?:get|send|have|ask) (?:someone|somebody|a support worker|a worker|them|one of them|one) "
    r"(?:to )?(?:call|ring|text|phone|email|contact|message) me\b"
)
_M5_NO_SENTENCE = re.compile(r"^(?:(?:ok|okay|so|and|but|well)\W+)?(?:no+|nah+|nope|not)\b")
# Gareth (r67a-gareth2), 58, his builder gone with £6,000: "no ta. I dont need counselling I need
# my 6 grand. do the police actually do anything with report fraud or does it go in a drawer" got
# the side answer and the referral question again; only "I SAID NO" was taken. A first sentence
# that is only a no is the answer, whatever reason or question follows it.
_M5_BARE_NO = re.compile(
    r"(?:(?:ok|okay|oh|erm|um|well|look)\W+)*(?:no+|nah+|nope|na)(?:\W+(?:ta|thanks|thank you|thx|"
    r"cheers|mate|not really|not for me|im ok|im fine|im good|im alright|i m ok|i m fine|not now|"
    r"not yet|no+|nah+|though|tho))*"
)
# ... unless what follows puts right the last answer ("No. I am not asking about court money",
# "no. but i meant if we go to the police", "No. This chat is not the police"), says it was not
# answered ("No. This is the third time I've asked"), or refuses the police rather than the support
# service ("nah. i aint reporting it", "no. i cant go to police"): then the "no" may be to those.
_M5_PUT_RIGHT = re.compile(
    r"^(?:no+|nah|nope)?\s*(?:not that|thats not what i|that s not what i)\b"
    r"|\b(?:i meant|i mean|i asked|i was asking|i am asking|im asking|i m asking|what im asking|"
    r"answer my question|answer about|(?:didnt|didn t|dont|don t|wont|won t|not) (?:you )?answer|"
    r"still want an answer|ive asked|i ve asked|you keep saying|u keep saying|i said|i told you|"
    r"said that|already (?:told|said|reported|cancelled)|not the police|not a \w+ situation)\b"
    r"|\b(?:i am|im|i m|i was|that s|thats|that is) not (?:asking|talking|saying|meaning|what i)\b"
    r"|\b(?:he|she|they|it) (?:is|was|are|were|s) not (?:a |an |my |her |his |our )?(?:family|"
    r"relative|partner|ex|boyfriend|girlfriend|husband|wife|stranger|friend|neighbour)"
    r"|\bnot (?:a |my )?family member\b"
    r"|\b(?:aint|not|wont|won t|never|dont|don t|do not|cant|can t|havent|haven t|didnt|didn t|"
    r"no)\b(?:\W+\w+){0,4}?\W+(?:police|feds|cops|report\w*|snitch\w*)\b"
)
# "no problem, yes please", "no one has helped me yet so yes please": a "no" that is not an
# answer, and a yes at the end that is.
_M5_NOT_A_NO = re.compile(r"\bno (?:problem|probs|worries|rush|one|body|bother|doubt)\b")
_M5_ENDS_YES = re.compile(
    r"(?:^|\W)(?:so |and )?(?:yes+|yeah+|yep)(?: please| pls| please do| go ahead)?\W*$"
)
_M5_ANY_NO = re.compile(r"\b(?:no+|nah+|nope|not|dont|don t|never|nobody|rather not)\b")


def m5_concludes_yes(text: str) -> bool:
    """ "... so yes": a yes concluded after the reasons, with no sentence that says no."""
    sentences = _h5_sentences(text)
    return any(_M5_SO_YES.match(part) for part in sentences) and not any(
        _M5_NO_SENTENCE.match(part) or _M5_REFUSES.match(part) for part in sentences
    )


# m92b (round 92): Chantelle, 21, "ye ok. but how do i get the address post took down" was asked
# the referral question again: "ye", "yea" and "yeh" are a yes as people text it.
_J91B_YES_SENTENCE = re.compile(
    r"^(?:(?:ok|okay|and|well|oh)\W+)?(?:yes+|yeah+|yep|yh|aye|ye|yea|yeh)"
    r"(?:\W+(?:alright|all right|ok|okay|fine|please|go ahead|sure|then))*"
    r"(?:\W+(?:(?:you|u|they) can\W+)?(?:pass|give|send|share) (?:my|me|it|them|on)\b.*)?$"
)


# n103f (round 103): Terry, at the referral question: "thats not what i asked. whatever yes put
# me through but TEXT ONLY i cant talk" was asked the yes/no again: a yes with "put me through" in
# a sentence of its own, after a complaint, is a yes.
_N103F_YES_PUT_THROUGH = re.compile(
    r"^(?:(?:ok|okay|fine|whatever|alright|all right|right|and|but|so)\W+)*(?:yes+|yeah+|yep|yh|"
    r"aye|ye|yea|yeh)\W+(?:please\W+)?(?:just\W+)?(?:put me through|refer me|pass (?:my details|me|"
    r"my number|it) on|sign me up|send (?:it|my details) (?:on|through))\b"
)


_J91B_YES_ASKED_BACK = re.compile(r"\b(?:yes+|yeah+|yep|yh|aye|ye|yea|yeh)\s*\?")


def read_referral_sentences(text: str) -> bool | None:
    """The referral answer said in a sentence of its own, or None when no sentence says it."""
    sentences = _h5_sentences(text)
    if not sentences:
        return None
    refused = any(_M5_REFUSES.match(part) for part in sentences)
    yes_sentence = any(
        _M5_YES_SENTENCE.match(part) or _M5_SO_YES.match(part) or _M5_YES_GET_SOMEONE.match(part)
        for part in sentences
    )
    if refused and not yes_sentence:
        return False
    if m5_concludes_yes(text):
        return True
    if (
        not refused
        and not any(_I4_NO_START.match(part) for part in sentences)
        and (
            i4_first_sentence_yes(text, referral=True)
            or any(_M5_YES_GET_SOMEONE.match(part) for part in sentences)
            or any(_N103F_YES_PUT_THROUGH.match(part) for part in sentences)  # n103f: Terry
            # j91b (round 91): Gloria, "... I told you. Yes you can pass my name on, but please
            # can they ring me in the afternoon", and Stan, "I dont work, Im retired. Yes
            # alright. Can they ring my landline...": a yes sentence after another is a yes.
            or (
                any(_J91B_YES_SENTENCE.match(part) for part in sentences)
                # "thanks. yes? what does that mean": a yes asked back is not one given.
                and not _J91B_YES_ASKED_BACK.search(text.lower())
            )
        )
    ):
        return True
    if (
        _M5_BARE_NO.fullmatch(sentences[0])
        and len(sentences) > 1
        and not yes_sentence
        and not any(_M5_PUT_RIGHT.search(part) for part in sentences[1:])
        and not _NEVER_SAID_NO.search(plain(text))
        and not v6_no_to_the_answer(text)
    ):
        return False
    words = plain(text)
    if (
        "?" not in text
        and _M5_NOT_A_NO.search(words)
        and _M5_ENDS_YES.search(words)
        and not _M5_ANY_NO.search(_M5_NOT_A_NO.sub(" ", words))
    ):
        return True
    return None


# -- end of round 67, helper m5 --


# -- round 66, helper l5 --
# Dave (r66a-dave2), 50, his van broken into: at the disability question "bad back but thats
# nothing to do with this, had it years" and "told you, dodgy back. its not relevant mate" were a
# yes, and the result called him vulnerable. A condition they say is irrelevant is a no.
_L5_IRRELEVANT = re.compile(
    r"\b(?:(?:its|it s|it is|thats|that s|that is|this is|has|had|got|its got|it has|thats got|"
    r"it s got) )?(?:(?:absolutely|really|got) )?(?:nothing|nowt|fuck all|sod all) to do with "
    r"(?:it|this|that|any of (?:it|this|that)|the (?:crime|theft|burglary|break in|attack|van|"
    r"question)|what happened)\b"
    r"|\b(?:its|it s|it is|thats|that s|that is|but|and)?\s*(?:not|isnt|is not|aint) "
    r"(?:really )?(?:relevant|important|an issue|a problem|a disability)\b"
    r"|\birrelevant\b"
    r"|\b(?:doesnt|does not|dont|do not|wont|will not) (?:really )?(?:matter|affect (?:it|this|"
    r"anything|me)|count)\b"
)
# "... but it makes it hard to talk to people", "... but my anxiety is bad": a condition that
# does matter to them, said beside it.
_L5_BUT_IT_MATTERS = re.compile(
    r"\b(?:makes? it (?:hard|difficult)|struggle|affects? (?:my|me|how)|but (?:my|i have|ive "
    r"got|i ve got|i got|i suffer))\b"
)


def l5_condition_said_irrelevant(words: str) -> bool:
    """At the condition question: a condition named and said to be beside the point."""
    return bool(_L5_IRRELEVANT.search(words)) and not _L5_BUT_IT_MATTERS.search(words)


# Dave, at the referral question: "nah dont need anyone calling me. so i just go on the met
# website ...?" and "forget it. and i said no to the referral yeah? dont want no calls" were
# "I can't answer that one here" twice. A sentence refusing to be called, or saying they said no
# to the referral, is a no, when no way of being contacted is asked for.
_L5_NO_CALLS = re.compile(
    _H5_LEAD + r"(?:i )?(?:dont|do not|don t) (?:need|want) (?:anyone|anybody|no ?one|nobody|"
    r"no body|someone|somebody|people|them|you) (?:calling|ringing|phoning|contacting|to call|"
    r"to ring|to phone|to contact|getting in touch)(?: me)?\b"
)
_L5_SAID_NO_REFERRAL = re.compile(
    _H5_LEAD + r"(?:and )?i (?:already |just )?(?:said|say|told (?:you|u|ya)) (?:no+|nah+) to "
    r"(?:the|a|your|that) (?:referral|referal|refferal|offer|passing (?:it|me|my details) on)\b"
)
_L5_CONTACT_WAY = re.compile(
    r"\b(?:text|texts|texting|email|e mail|message me|whatsapp|letter|write to me|yes|yeah|yep|"
    r"ok then|go on then|please do)\b"
)


def l5_refuses_calls(text: str) -> bool:
    words = plain(text)
    if _L5_CONTACT_WAY.search(words.replace("the referral yeah", " ")):
        return False
    sentences = _h5_sentences(text)
    said_no = any(_L5_SAID_NO_REFERRAL.match(part) for part in sentences)
    no_calls = any(
        _L5_NO_CALLS.match(part) and (said_no or _I4_NO_START.match(part)) for part in sentences
    )
    return said_no or no_calls


# Priya (r66a-priya), at "Have you reported it?": "Not the facebook stuff no. I reported him last
# year which is how I got the order" was a yes. A no to this, beside a report of a past matter.
_L5_NOT_THIS_NO = re.compile(
    r"^(?:not|no+|nah+)\b(?: (?:the|this|that|these|those|his|about the|about this) (?:\w+ )?"
    r"(?:stuff|bit|thing|things|posts?|messages?|one|time|lot))(?:\W+(?:no+|nah+|not yet))?$"
)
_L5_PAST_REPORT = re.compile(
    r"\breported (?:him|her|them|it)? ?(?:\w+ )?(?:last (?:year|month|time)|years? ago|months "
    r"ago|before|back then|in the past|previously)\b|\bwhich is how (?:i|we) got\b|"
    r"\bthats how (?:i|we) got\b"
)


def l5_reported_only_before(text: str) -> bool:
    sentences = _h5_sentences(text)
    return bool(
        sentences
        and _L5_NOT_THIS_NO.match(sentences[0])
        and any(_L5_PAST_REPORT.search(part) for part in sentences[1:])
    )


# -- end of round 66, helper l5 --


# -- round 69, helper o3 --
# Rose (r69a-rose), at the referral question: "Thank you. Yes, I'd like someone to ring me please.
# But not if he's in, he'd want to know who it was." got "Sorry, I didn't catch that" (a thanks
# for the last answer came first), and "Mostly, yes. He doesn't touch my phone. Best in the
# mornings" got "nobody will contact you yet". A yes with a condition or a "mostly" is a yes.
# Steve (r69a-steve): "nah no need. if i send the police the dashcam will i get done ...?" was
# asked again: a plain "nah no need" first is a no, whatever is asked after it.
_O3_THANKS = re.compile(
    r"(?:ok|okay|oh|right|alright|well)?\W*(?:thank you|thanks|thankyou|ta|cheers|thank you so "
    r"much|thanks so much|thank you love|thanks love)(?: (?:love|dear|so much|very much|mate))*"
)
_O3_MOSTLY_YES = re.compile(
    r"(?:mostly|mainly|largely|generally|i think|probably|i suppose|i guess)\W+(?:yes|yeah|yep|"
    r"yes please)"
)
_O3_MOSTLY_NO = re.compile(
    r"(?:mostly|mainly|largely|generally|usually|probably|i think)\W+(?:no+|nah+|nope|not really|"
    r"not)\b"
)
_O3_NO_NEED = re.compile(
    r"(?:no+|nah+|nope|na)\W+(?:(?:thanks|ta|cheers|mate)\W+)?(?:no need|theres no need|not "
    r"needed|dont need (?:it|to|that|any)|i dont need (?:it|that|anyone|anything))"
)
_O3_IF_I_SAY_YES = re.compile(r"\bif (?:i|we) (?:say|said) (?:yes|yeah|ok)\b")


def o3_after_thanks(text: str) -> str | None:
    """The rest of "Thank you. Yes, I'd like someone to ring me": None without a thanks first."""
    parts = re.split(r"(?<=[.!?\n])\s*", text.strip(), maxsplit=1)
    if len(parts) == 2 and parts[1].strip() and _O3_THANKS.fullmatch(plain(parts[0])):
        return parts[1]
    return None


def o3_read_referral(text: str) -> Answer | None:
    """The referral answer as Rose and Steve said it, or None to read it as before."""
    sentences = _h5_sentences(text)
    if not sentences:
        return None
    if _O3_IF_I_SAY_YES.search(plain(text)) and "?" in text:
        return NO_ANSWER  # "ok. but if I say yes, they will call the family?" (Magda): asked
    if _O3_MOSTLY_YES.fullmatch(sentences[0]) and not any(
        _I4_NO_START.match(part) for part in sentences[1:]
    ):
        return Answer(True, extra=contact_said(text))
    if _O3_MOSTLY_NO.fullmatch(sentences[0]):
        return Answer(False)
    if _O3_NO_NEED.fullmatch(sentences[0]) and not any(
        re.search(r"\b(?:yes|yeah|yep|refer|contact me|call me|ring me|text me)\b", part)
        for part in sentences[1:]
    ):
        return Answer(False)
    rest = o3_after_thanks(text)
    # "thanks. yes he was a stranger" (round 31, Q) is no yes to being contacted.
    first = _h5_sentences(rest)[:1] if rest is not None else []
    if first and re.match(
        r"(?:yes|yeah|yep)\b.*\b(?:ring|call|phone|contact|text|email|message)\w* me\b", first[0]
    ):
        said = read_referral_consent(rest or "")
        if said.value is not None:
            return said
    return None


def o3_contact_safe_mostly_no(text: str) -> bool:
    """ "mostly no", "mostly not": not safe (the "mostly" rule below read it as safe)."""
    sentences = _h5_sentences(text)
    return bool(sentences) and bool(_O3_MOSTLY_NO.match(sentences[0]))


# -- end of round 69, helper o3 --


# t84b (round 84)
# Gloria (r84a), asked whether a service may contact her: "will the helpline people call the
# police on him? because i dont want that. if they wont then yes you can pass my details on. text
# me only please, dont ring" was answered as a question only, and she had to say yes again. The
# answer to her question is no (support services don't make you report it: utter_support_not_
# police, said beside it), so her yes on that condition is a yes, with the way she gave.
_T84B_YES_IF_NOT_POLICE = re.compile(
    r"\bif (?:they|you|it|the (?:helpline|service|support|charity)\w*(?: \w+)?) (?:wont|won t|"
    r"will not|dont|don t|do not|arent going to|are not going to)(?: (?:tell|call|ring|inform|"
    r"contact|go to|report (?:it |him |her )?to) (?:the )?(?:police|cops|feds))?(?: then)?,? "
    r"(?:then )?(?:yes|yeah|ok|okay|fine)\b"
)


def t84b_yes_unless_police_told(text: str) -> bool:
    """ "if they wont [tell the police] then yes you can pass my details on", after asking
    whether a service tells the police."""
    words = plain(text)
    return bool(_T84B_YES_IF_NOT_POLICE.search(words)) and bool(
        re.search(r"\b(?:police|cops|feds)\b", words)
    )


# end t84b


# z87c (round 87): Maria, told to give the police "receipts" for what the crime cost: "no
# receipt, is my salary! 1600 pound he not pay. and you not say why most serious crime" closed
# her referral ("OK, we won't pass your details on"). "no" before a thing is about that thing
# (she has no receipt), not a no to being contacted.
_Z87C_NO_THING = re.compile(
    r"^(?:no+|nah) (?:receipts?|proof|papers?|paperwork|contract|payslips?|invoices?|bills?|"
    r"documents?|evidence|photos?|pictures?|messages?|texts?|witness(?:es)?|cctv|crime number|"
    r"reference|bank statements?)\b"
)


def z87c_no_thing_said_back(text: str) -> bool:
    words = plain(text)
    thing = _Z87C_NO_THING.match(words)
    if thing is None:
        return False
    rest = words[thing.end() :].strip()
    return not (
        _REFER_NO.search(rest)
        or re.search(r"\b(?:dont|do not|never) (?:want|need)\b|\bno thanks?\b", rest)
    )


def read_referral_consent(text: str) -> Answer:
    """Only a clear yes or no: the answer decides whether anyone will contact them, and a
    wrong "no" ("OK, we won't pass your details on") leaves them without the help they asked
    for."""
    safe = _LEAD79_NO_DANGER.match(text)
    if safe:
        # Round 79, Kasia: "no danger now. i ask if i get help without police" was "OK, we
        # won't pass your details on": the no is to danger, not to being contacted.
        rest = text[safe.end() :]
        return read_referral_consent(rest) if rest.strip(" .,!?") else NO_ANSWER
    if z87c_no_thing_said_back(text):
        # z87c (round 87): "no receipt, is my salary!" (Maria): a yes after it still counts.
        rest = _Z87C_NO_THING.sub("", plain(text), count=1).strip()
        z87c_then = read_referral_consent(rest) if rest else NO_ANSWER
        return z87c_then if z87c_then.value is True else NO_ANSWER
    if b75a_only_if_forced_no(text):
        return Answer(False)  # -- round 75, helper b75a -- "only if I have to, and I don't want to"
    if t84b_yes_unless_police_told(text):
        return Answer(True, extra=contact_said(text))  # t84b (round 84): Gloria
    if n80a_ok_then_why(text):
        return NO_ANSWER  # n80a (round 80): "ok thats more like it. why" (Darren)
    if j91b_ok_then_asks_or_carries_on(text):
        return NO_ANSWER  # j91b (round 91): "ok. carry on" (Carol), "ok galop, finally. can..."
    if t84g_ok_but_asks(text):
        return NO_ANSWER  # t84g (round 84): "ok but seriously was my manager allowed..." (Priya)
    if k78a_ok_then_complains(text):
        return NO_ANSWER  # k78a (round 78): "ok. you didnt show me the more services though" (Jess)
    if m79d_yes_to_what_was_explained(text):
        return NO_ANSWER  # m79d (round 79): "Yes thats it! ... Who do I ask for it?" (Joan)
    if (k77a_undecided(text) or k77a_says_bot_is_wrong(text)) and not i4_first_sentence_yes(
        text, referral=True
    ):
        return (
            NO_ANSWER  # k77a (round 77): "if i say refer me, who..." (Chloe), "you wrong" (Sophie)
        )
    o3_said = o3_read_referral(text)  # -- round 69, helper o3 -- Rose, Steve, Magda
    if o3_said is not None:
        return o3_said
    words = plain(text)
    complaint = _K5_SAID_ALREADY.match(words)
    if complaint and _K5_THEN_YES.match(words[complaint.end() :]):
        # -- round 65, helper k5 -- "you said that already. ok yes, paladin please" (Ellie) got
        # "Sorry, I didn't catch that": a yes naming a service is a yes.
        return Answer(True, extra=contact_said(text))
    if _W8_SAYS_YES.search(words):  # -- round 51, helper W8 --
        return Answer(True, extra=contact_said(text))
    if g76b_said_yes_already(words):  # -- round 76, helper g76b -- "yes I said yes" (Samira)
        return Answer(True, extra=contact_said(text))
    if n80c_yes_with_a_way(text):  # n80c (round 80) -- Aliyah, 17
        return Answer(True, extra=contact_said(text))
    if l5_refuses_calls(text):
        return Answer(False)  # -- round 66, helper l5 -- "nah dont need anyone calling" (Dave)
    said = read_referral_sentences(text)  # -- round 67, helper m5 --
    if said is False:
        return Answer(False)
    if said:
        # Dev's number, given beside his yes (round 63, i4), is kept too.
        details = read_contact_details(text).value
        extra = contact_said(text)
        return Answer(True, extra={**extra, "contact_details": details} if details else extra)
    if _M57_NO_THEN_DELETE.match(words):
        # -- round 57 check, main -- "no i dont want anyone contacting me. can u delete what i
        # said" (Chloe, 16) was asked again: a refusal, then a question about deleting.
        return Answer(False)
    if asks_before_deciding(text) or p1_asks_for_a_yes_or_no(text):
        return NO_ANSWER
    if only_dont_know(text):
        return DECLINED
    if f5_yes_contact_me(text):
        # -- round 39, helper F5 -- "i dont think im ready for police. yes can someone contact me.
        # text is better i cry on the phone" (Ellie) got "I can't answer that one here".
        return Answer(True, extra=contact_said(text))
    if re.match(
        r"(?:no+|nah|nope)\W+(?:i am|im|i m|i was|that s|thats|that is) not (?:asking|talking|"
        r"saying|meaning|what i)\b",
        words,
    ):
        # "No, I am not asking about court money. I am asking about my employer" (round 35,
        # Kofi: "OK, we won't pass your details on"): a no to the answer, not to a referral.
        return NO_ANSWER
    if v6_no_to_the_answer(text):
        return NO_ANSWER  # -- round 50, helper V6 --
    if x2_asks_not_leaving(text):
        return NO_ANSWER  # -- round 52, helper X2 --
    if _B3_OK_BUT_UNSAID.match(text.strip().lower()):
        return NO_ANSWER  # -- round 55, helper B3 -- "ok. but..." (Fatou)
    if _UNSURE_OR_LEAVING.search(words) and not _ABOUT_BEING_REFERRED.search(words):
        # "ok idk. maybe ill tell my mum first. bye" (round 32, Liam, 13) was a yes: an "ok"
        # beside not knowing, or signing off, leaves it for now, so nobody is contacted yet.
        return DECLINED
    if (_PROXY_YES.match(words) and not re.search(r"\bbut\b", words)) or (
        _NEVER_REFUSED_CONTACT.search(words)
    ):
        # "he would be yes, he's terrified of them", "I never said no to someone contacting us"
        # (round 37, Tony, whose referral was then closed unasked).
        return Answer(True, extra=contact_said(text))
    if _NEVER_SAID_NO.search(words):
        # "No, I didn't say I didn't want anyone to contact me. ... Yes, I would like someone to
        # contact me please.": the no is to what was understood; a yes elsewhere is the answer.
        others = [
            part
            for part in re.split(r"(?<=[.!?\n])\s*", text)
            if part.strip() and not _NEVER_SAID_NO.search(plain(part))
        ]
        if any(read_referral_consent(part).value is True for part in others):
            return Answer(True, extra=contact_said(text))
        return NO_ANSWER
    if (
        re.match(r"(?:no+|nah+|nope|na|not|never|i aint|i wont)\b", words)
        and _ABOUT_THE_POLICE.search(words)
        and not _ABOUT_BEING_REFERRED.search(words)
    ):
        # "nah i aint reporting it. is there a way without police knowing its me": a no to the
        # police, not to a support service contacting them.
        return NO_ANSWER
    if _NOT_WHAT_I_ASKED.search(words):
        # "no not that. the police one. FAMILY liaison": a no to the last answer, not to help;
        # "thats not what i asked. ok yes pass my details on": the answer follows it.
        after = re.split(r"[.!?]+", text, maxsplit=1)[1:]
        if after and after[0].strip() and not _NOT_WHAT_I_ASKED.search(plain(after[0])):
            then = read_referral_consent(after[0])
            if then.value is True:
                return then
        return NO_ANSWER
    if _NO_NEED.search(words) and not _CLEAR_YES.search(_NO_NEED.sub(" ", words)):
        return Answer(False)
    if (
        _ASKS_AFTER.search(text)
        and not _CLEAR_YES.search(words)
        and not re.match(r"(?:yes|yeah|yep|no|nah|nope)\b", words)
    ):
        return NO_ANSWER
    first = _first_clause(text)
    if first is False and re.search(
        r"\b(?:he|she|they|it) (?:is|was|are|were|s) not (?:a |an |my |her |his |our )?(?:family|"
        r"relative|partner|ex|boyfriend|girlfriend|husband|wife|stranger|friend|neighbour|"
        r"sexual|robbery|theft|assault|hate)|not (?:a |my )?family member\b",
        words,
    ):
        return NO_ANSWER  # "NO. He is not a family member!!": a label put right
    heard = re.match(r"^(?:ok|okay|alright|right|fine)(?:\W+(?:whatever|then|so))?\b\s*", words)
    rest = words[heard.end() :] if heard else ""
    if heard and re.match(_REFER_NO.pattern, rest) and not _CLEAR_YES.search(rest):
        # "ok. no i dont want anyone contacting me", "ok no thanks": the "ok" heard the
        # question; what follows is the answer.
        return Answer(False)
    if first is not None:
        return Answer(first, extra=contact_said(text) if first else {})
    # -- round 31, helper Q --
    said = _said_in_a_sentence(text)
    if said is not None and not _NOT_A_REFERRAL_ANSWER.search(words):
        return Answer(said, extra=contact_said(text) if said else {})
    later = [plain(part) for part in re.split(r"(?<=[.!?])\s+", text)[1:4]]
    if any(_YES_PASS.match(part) for part in later) and not any(_NO_START.match(p) for p in later):
        # "good these text. yes pass details. but contact me text or email only": the yes
        # starts the second sentence.
        return Answer(True, extra=contact_said(text))
    yes, no = bool(_REFER_YES.search(words)), bool(_REFER_NO.search(words))
    if yes and "?" in text and not _CLEAR_YES.search(words):
        # "ok ill do the report fraud thing. but do people get their money back?": an "ok" to
        # the result and a question, not a yes to passing their details on.
        return NO_ANSWER
    other = bool(_NOT_A_REFERRAL_ANSWER.search(words))
    if yes and not no and (not other or re.search(r"\b(?:pass|refer|contact)", words)):
        return Answer(True, extra=contact_said(text))
    if no and not yes and not other and "?" not in text:
        return Answer(False)
    if k77a_sentence_yes(text, referral=True):
        return Answer(True, extra=contact_said(text))  # k77a (round 77): "... so yeah go on"
    return NO_ANSWER


_CHILD_AGE = re.compile(
    r"\b(?:hes|shes|he is|she is|theyre|they are|(?:my |our )?(?:son|daughter|child|kid|boy|girl)"
    r"(?: who is| whos| who s| is| s| aged)?|(?:his|her|their) age is)\W*(\d{1,2})\b"
)


def read_child_age(text: str) -> Answer:
    """The child's age from a parent: "me or him? im 44, hes 15" is 15."""
    said = _CHILD_AGE.search(plain(text))
    if said and int(said.group(1)) < 25:
        age = int(said.group(1))
        return Answer(float(age), extra=_under_18_from_age(age))
    named = re.search(
        r"\b(?!(?:i|im|it|its|that|this|there|which|age|mine)\b)[a-z]+ (?:is|s) (?:now )?"
        r"(\d{1,2})\b(?! (?:times|days|weeks|months|pounds|quid|minutes|hours))",
        plain(text),
    )
    if named:
        age = int(named.group(1))  # "Gemma is 29. She's an adult"
        return Answer(float(age), extra=_under_18_from_age(age))
    ages = [int(n) for n in re.findall(r"\b(\d{1,2})\b", plain(text))]
    if len(ages) > 1 and min(ages) < 18:
        # "I'm 46, Josh is 13": the parent's age and the child's; the child's is the younger.
        return Answer(float(min(ages)), extra=_under_18_from_age(min(ages)))
    return read_age(text)


def read_age(text: str) -> Answer:
    if (corrected := m103c_self_corrected_age(text)) is not None:
        # m103c (round 101): Agnes, "I am 38. oh no sorry my glasses, 83 i mean" kept 38.
        return Answer(float(corrected), extra=_under_18_from_age(corrected))
    age = account.read_age(text, asked=True)
    if age is not None:
        return Answer(float(age), extra=_under_18_from_age(age))
    # "its not religion or race?? im non binary. they did it cos of that. 17": a number said as a
    # sentence of its own, at the age question, is the age.
    bare = [
        int(part)
        for part in (plain(p) for p in re.split(r"[.!?;\n]+|,\s+", text))
        # Not "12,000" (money) nor "101, online" (the police number).
        if re.fullmatch(r"\d{1,3}", part) and 5 <= int(part) <= 110 and part not in ("101", "111")
    ]
    if len(bare) == 1:
        return Answer(float(bare[0]), extra=_under_18_from_age(bare[0]))
    if (theirs := d3_their_age(text)) is not None:  # -- round 56, helper D3 --: "shes 88"
        return Answer(float(theirs), extra=_under_18_from_age(theirs))
    if (helped := i97d_age_told_by_helper(text)) is not None:  # i97d (round 97): Fatima's son
        return Answer(float(helped), extra=_under_18_from_age(helped))
    if (corrected := i91b_corrected_age(text)) is not None:  # i91b (round 91): Mavis
        return Answer(float(corrected), extra=_under_18_from_age(corrected))
    words = plain(text)
    if re.search(
        r"\b(?:over (?:18|eighteen)|an adult|adult|grown up|pensioner|retired|oap)\b", words
    ):
        return Answer(None, declined=True, extra={"under_18": False})
    if re.search(
        r"\b(?:under (?:18|eighteen|16|sixteen)|a (?:child|kid|minor|teenager)|at school|"
        r"in year \d+|year \d+)\b",
        words,
    ):
        return Answer(None, declined=True, extra={"under_18": True})
    return DECLINED if is_dont_know(text) else NO_ANSWER


# i91b (round 91): June, typing for Mavis: "She's 83. No sorry she says 84, she had her birthday
# in March" was not read, and the age asked again ("why does it keep asking the same things").
# An age put right in the same message: the number after the correction.
_I91B_AGE_CORRECTED = re.compile(
    r"\b(?:no|sorry|actually|i mean|wait|correction)\b(?:,? (?:sorry|no|she says|he says|she s|"
    r"he s|shes|hes|i m|im|she is|he is|its|it s|make that))* (\d{1,3})\b(?! (?:pounds|quid|"
    r"times|years ago|weeks|days|months))"
)


def i91b_corrected_age(text: str) -> int | None:
    words = plain(text)
    if not re.search(r"\b(?:shes|hes|she s|he s|im|i m|she is|he is|i am|aged?) \d{1,3}\b", words):
        return None
    found = _I91B_AGE_CORRECTED.search(words)
    if found is None or not 5 <= int(found.group(1)) <= 110:
        return None
    return int(found.group(1))


# m103c (round 101): an age put right later in the same message ("I am 38. oh no sorry my
# glasses, 83 i mean", "38 no 83"): the number said with the correction, when it is the last
# number given and differs from the first. Not "I meant 81 not 18" (the first is the right one).
_M103C_NUMBER_I_MEAN = re.compile(r"\b(\d{1,3}) i mean\b")
_M103C_UNITS = re.compile(
    r"^ (?:pounds|quid|times|years? ago|weeks?|days?|months?|hours?|mins?|minutes|am|pm|men|"
    r"people|of them|percent)\b"
)


def m103c_self_corrected_age(text: str) -> int | None:
    words = plain(text)
    if re.search(r"\b\d{1,3} not \d{1,3}\b", words):
        return None
    ages = [
        found
        for found in re.finditer(r"\b\d{1,3}\b", words)
        if 5 <= int(found.group()) <= 110
        and found.group() not in ("101", "111")
        and not _M103C_UNITS.match(words[found.end() :])
    ]
    if len(ages) < 2 or ages[0].group() == ages[-1].group():
        return None
    last = ages[-1]
    said = _M103C_NUMBER_I_MEAN.search(words, last.start())
    if said is not None and said.start() == last.start():
        return int(last.group())
    corrected = _I91B_AGE_CORRECTED.search(words, ages[0].end())
    if corrected is not None and corrected.start(1) == last.start():
        return int(last.group())
    return None


def _under_18_from_age(age: int) -> dict[str, Any]:
    # Someone under 18 now was under 18 when it happened; an adult may not have been.
    return {"under_18": True} if age < 18 else {}


# -- round 41, helper J4 --: "My phone is mine, but please not call when I am with the children,
# they can hear. Message is better" (Marta) was read as not safe, and her referral dropped: her
# own phone, by message.
_J4_MESSAGE_BETTER = re.compile(
    r"\b(?:a )?(?:messages?|texts?|texting|sms|text messages?|writing) (?:is|are|would be|s|is "
    r"much|are much) (?:better|best|preferred|easier)\b|\bbetter (?:by|to) (?:message|text)\b"
)
_J4_OWN_PHONE = re.compile(
    r"\b(?:my phone is (?:mine|my own|only mine)|its my (?:own )?phone|it is my (?:own )?phone|"
    r"nobody else (?:uses|sees|has) (?:my|this) phone)\b"
)
_J4_UNSAFE_SAID = re.compile(
    r"\b(?:not safe|unsafe|checks?|sees?|reads?|looks? at|look through|looks through|goes "
    r"through|go through|nobody|no one|dont contact|do not contact|never contact|dont want)\b"
)


def _j4_safe_by_message(text: str) -> Answer | None:
    words = plain(text)
    better = _J4_MESSAGE_BETTER.search(words)
    if not (better or _J4_OWN_PHONE.search(words)) or _J4_UNSAFE_SAID.search(words):
        return None
    said = contact_said(text)
    if better:
        said["contact_method"] = "email" if "email" in words.split() else "text"
    return Answer(True, extra=said)


# -- round 50, helper V5 --
# Veronica, asked if it is safe to contact her: "Not email - he reads it. My mobile should be all
# right, I think. Text first, please" was read as "no" and the referral cancelled. One way refused
# and another said to be fine: safe, that way.
_V5_NOT_THAT_WAY = re.compile(
    r"\b(?:not|no|never|dont|do not) (?:by |an? |on |use )?(?:e ?mails?|(?:tele)?phone "
    r"calls?|calls?|ringing)\b"
)
_V5_THIS_WAY_FINE = re.compile(
    r"\b(?:my )?(?:mobile|texts?)\b(?: \w+){0,2} (?:should be|is|would be|will be|are) (?:all "
    r"right|alright|fine|ok|okay|safe)\b|\btext (?:first|only|me)\b|\btext (?:message )?please\b|"
    r"\bby text\b"
)


def v5_safe_another_way(text: str) -> Answer | None:
    words = plain(text)
    if not (_V5_NOT_THAT_WAY.search(words) and _V5_THIS_WAY_FINE.search(words)):
        return None
    if re.search(
        r"\b(?:not safe|unsafe|nobody|no one|dont contact|do not contact|never contact|dont want)\b"
        r"|\b(?:checks?|sees?|reads?|looks? at|goes through|go through) (?:all )?(?:my )?"
        r"(?:phone|mobile|texts?|messages)\b",
        words,
    ):
        return None
    return Answer(True, extra={"contact_method": "text"})


# -- round 63, helper i3 --: times to call, given as the answer (or given again).
_I3_TIMES_GIVEN = re.compile(
    r"^(?:(?:i said|i told you|like i said|i say|i tell you|yes|yeah|ok|okay)\s+)*"
    r"(?:only |just )?(?:\d{1,2}(?: ?(?:am|pm))? ?(?:to|till|til|until|-|and) ?\d{1,2}\b|"
    r"after \d{1,2}\b|before \d{1,2}\b)"
)
_I3_NOT_SAFE = re.compile(
    r"\b(?:not safe|unsafe|no one|nobody|dont contact|do not contact|never contact|no)\b"
)


# Round 85 check, lead: Femi, on a friend's phone, told he was "writing for them": "what? im not
# writing for anyone its me, it happened to ME. i just borrowed the phone. yes its safe" was read
# as not safe ("OK, nobody will contact you"). A sentence of its own that says it is safe is the
# answer, whatever "not" the other sentences hold, unless one says it is not safe.
_LEAD85_SAFE_SENTENCE = re.compile(
    # m92b (round 92): Wes, "yeh its safe" was read as no: "yeh", "yea", "yup", "ok" are yes too.
    r"^(?:(?:yes|yeah|yeh|yea|yep|yup|yh|ye|ya|ok|okay)\b ?)?(?:it is|its|it s|thats|that s|"
    r"this is|this phone is|my phone is|the phone is)? ?safe"
    r"(?: (?:now|for me|to contact me|to call|to text|to email))?$"
)
_LEAD85_NOT_SAFE = re.compile(
    r"\b(?:not|isnt|isn t|never|aint|no longer|wont be) (?:\w+ )?safe\b|\bunsafe\b"
)


def lead85_says_it_is_safe(text: str) -> bool:
    """Whether a sentence of the message says, on its own, that contact is safe."""
    sentences = [plain(part) for part in re.split(r"[.!?\n]+", text) if plain(part)]
    return any(_LEAD85_SAFE_SENTENCE.match(part) for part in sentences) and not any(
        _LEAD85_NOT_SAFE.search(part) for part in sentences
    )


# u86c (round 86): Femi, robbed of his phone: "this is my friend Tunde's phone, call this number
# and ask for Femi": a borrowed phone given as the way to reach him is a yes, by that way.
_U86C_USE_THIS = re.compile(
    r"\b(?:call|ring|phone|text|txt|message|contact)(?: me)?(?: on)? (?:this|that|the same) "
    r"(?:number|phone|fone|mobile)\b|\bask(?:ing)? for [a-z]{2,}\b"
)


def u86c_borrowed_phone_is_the_way(text: str) -> Answer | None:
    words = plain(text)
    if (
        borrowed_phone([text]) is None
        or not _U86C_USE_THIS.search(words)
        or _LEAD85_NOT_SAFE.search(words)
    ):
        return None
    extra = dict(contact_said(text))
    if re.search(r"\b(?:text|txt|message)\b", words) and not re.search(
        r"\b(?:call|ring|phone) (?:me|this|that|the)\b", words
    ):
        extra.setdefault("contact_method", "text")
    else:
        extra.setdefault("contact_method", "call")
    details = read_contact_details(text).value
    if details:
        extra["contact_details"] = details
    return Answer(True, extra=extra)


# v86c1 (round 86): Grace, 72, asked if it is safe to contact her: "no dear you misunderstood. i
# WANT them to ring paul. paul knows all about it" was read as a no ("OK, nobody will contact
# you"). Asking them to ring someone she chose is a yes to contact, by a call; the "no" put
# right what the bot understood.
def v86c1_contact_someone_else(text: str) -> Answer | None:
    words = plain(text)
    if v86c1_someone_to_contact(text) is None or _LEAD85_NOT_SAFE.search(words):
        return None
    if j5_safe_another_way(text) is not None:
        # m86a (round 86): Nadia, "no. he check phone. call my friend Hodan? or when i take kids
        # to school": a no to her own phone, then a safe way to reach her (round 65), read
        # with its time.
        return None
    extra = dict(contact_said(text))
    if re.search(r"\b(?:ring|call|phone)\b", words):
        extra.setdefault("contact_method", "call")
    details = read_contact_details(text).value
    if details:
        extra["contact_details"] = details
    return Answer(True, extra=extra)


# g89i (round 89): Liam, at "Is it safe for a support worker to contact you?": "only if its when
# im at work. he goes through my texts so not texts" was "OK, nobody will contact you". A yes
# with conditions ("only if/when ...", "as long as ...") is a yes: the way not refused, and the
# condition in their words kept as the times to contact them.
_G89I_ONLY_IF = re.compile(
    r"^(?:(?:yes|yeah|yh|ok|okay|sure|fine)\s+)?(?:but\s+)?(?:only|just)\s+(?P<how>if|when|while)"
    r"\s+(?P<when>[^.!?\n]+)|^(?:(?:yes|yeah|ok|okay)\s+)?(?:as long as|so long as)\s+"
    r"(?P<as>[^.!?\n]+)",
    re.IGNORECASE,
)
_G89I_NOT_SAFE = re.compile(
    r"\b(?:not safe|unsafe|dont contact|do not contact|never contact|no one|nobody|no contact)\b"
)
_G89I_NO_TEXTS = re.compile(
    r"\b(?:not|no|dont|do not|never)\s+(?:by\s+)?(?:texts?|texting|messages?|sms)\b"
)
_G89I_NO_CALLS = re.compile(
    r"\b(?:not|no|dont|do not|never)\s+(?:by\s+)?(?:calls?|calling|ring|ringing|phone calls?)\b"
)


def g89i_conditional_yes(text: str) -> Answer | None:
    found = _G89I_ONLY_IF.match(text.strip())
    words = plain(text)
    if found is None or _G89I_NOT_SAFE.search(words):
        return None
    extra = contact_said(text)
    when = plain(found.group("when") or found.group("as") or "")
    if re.search(r"\b(?:safe|ok|okay|alright|necessary|needed|urgent)\b", when):
        return None  # "only if its safe, which it isnt": not a way or a time
    if found.group("how") in ("when", "while"):
        when = f"{found.group('how')} {when}"
    when = re.sub(r"^(?:its|it s|it is|thats|that s)\s+", "", when).strip()
    timed = bool(re.match(r"(?:when|while)\b", when))
    if timed and "contact_times" not in extra:
        extra["contact_times"] = when
    if _G89I_NO_TEXTS.search(words) and not _G89I_NO_CALLS.search(words):
        extra["contact_method"] = "call"
        extra["contact_notes"] = ["no_texts"]
    elif _G89I_NO_CALLS.search(words) and not _G89I_NO_TEXTS.search(words):
        extra["contact_method"] = "text"
        extra["contact_notes"] = ["no_calls"]
    if not (timed or extra):
        return None  # a condition that is neither a time nor a way: read as before
    return Answer(True, extra=extra)


# j91b (round 91): Agnieszka, asked if it is safe to contact her: "Not safe message. He read.
# Call is better, only morning 7 to 8 when he go to buy things" was "OK, nobody will contact
# you", and "No no. I want call. Telephone call is ok. Only text message not ok" was kept as
# texts. One way said to be unsafe and another said to be fine or wanted: safe, that other way.
_J91B_WAY = (
    r"(?:(?:telephone |phone )?calls?|calling|ringing|ring|phone|(?:text |sms )?messages?|"
    r"texts?|texting|sms|whatsapp|e ?mails?)"
)
_J91B_WAY_UNSAFE = re.compile(
    rf"\b(?:not safe|unsafe|not ok|not okay|no good)(?: (?:to|by|for|with))?(?: a| an)? "
    rf"(?P<a>{_J91B_WAY})\b|\b(?P<b>{_J91B_WAY})(?: (?:is|are|s))? (?:not safe|unsafe|not ok|"
    rf"not okay|no good)\b|\b(?:no|dont|do not|never)(?: by)? (?P<c>{_J91B_WAY})\b"
)
_J91B_WAY_FINE = re.compile(
    rf"\b(?P<a>{_J91B_WAY})(?: (?:is|are|s|would be))? (?:better|best|fine|ok|okay|safe|good|"
    rf"alright|all right)\b|\b(?:i want|i prefer|id prefer|i would prefer|please|better to)"
    rf"(?: a| to| by)? (?P<b>{_J91B_WAY})\b"
)
_J91B_REFUSED = re.compile(
    r"\b(?:dont contact|do not contact|never contact|nobody|no one|no contact|not safe at all|"
    r"dont want (?:anyone|anybody|any contact|to be contacted))\b"
)


def _j91b_way(word: str) -> str:
    if re.search(r"e ?mail", word):
        return "email"
    if re.search(r"text|message|sms|whatsapp", word):
        return "text"
    return "call"


def j91b_one_way_unsafe_another_fine(text: str) -> Answer | None:
    """ "Not safe message ... Call is better": safe, by the way said to be fine."""
    words = " | ".join(plain(part) for part in re.split(r"[.!?,;\n]+", text) if plain(part))
    if _J91B_REFUSED.search(words):
        return None
    unsafe = {
        _j91b_way(next(group for group in found.groups() if group))
        for found in _J91B_WAY_UNSAFE.finditer(words)
    }
    fine = {
        _j91b_way(word)
        for found in _J91B_WAY_FINE.finditer(words)
        # "my phone is fine. just dont email my work address" (round 75, Tom): a phone takes
        # calls and texts, so it names no way; read as before.
        if (word := next(group for group in found.groups() if group)) != "phone"
    } - unsafe
    if not unsafe or len(fine) != 1:
        return None
    extra = dict(contact_said(text))
    method = fine.pop()
    extra["contact_method"] = method
    if method == "call" and "text" in unsafe:
        extra["contact_notes"] = ["no_texts"]
    elif method == "text" and "call" in unsafe:
        extra["contact_notes"] = ["no_calls"]
    if "contact_times" not in extra:
        for part in re.split(r"[.!?,;\n]+", text):
            if _TIME_WORDS.search(plain(part)):
                times = read_contact_times(part).value
                if times:
                    extra["contact_times"] = times
                    break
    return Answer(True, extra=extra)


# j91b (round 91): Gloria, asked if it is safe to contact her: "Gloria Campbell, 020 7735 4412.
# That is the house phone, I don't like to use the mobile for talking" was "OK, nobody will
# contact you" (the "don't" of not liking the mobile read as a no). A number given, with no word
# that contact is unsafe, is a yes: by that number, and a call if it is a landline.
_J91B_UNSAFE_SAID = re.compile(
    r"^(?:no+|nope|nah)\b|\b(?:not safe|unsafe|dont contact|do not contact|never contact|"
    r"no one|nobody|no contact|(?:checks?|reads?|sees?|goes through|looks? at|listens to) "
    r"(?:my|the|all)\b)"
)


def j91b_number_given(text: str) -> Answer | None:
    details = read_contact_details(text).value
    if not details or _J91B_UNSAFE_SAID.search(plain(text)):
        return None
    extra = {**contact_said(text), "contact_details": details}
    if re.fullmatch(r"(?:\+?44|0)[12]\d{8,9}", str(details)):
        extra.setdefault("contact_method", "call")  # a house phone takes calls, not texts
    return Answer(True, extra=extra)


# g96d (round 96): Gary, whose "friends" come to his flat at night: "in the day ok. not night.
# they are there at night" was not understood, skipped, and his referral dropped. A time of day
# said to be OK first is a yes, at that time.
_G96D_TIME_OK = re.compile(
    r"^(?:yes |yeah |yep |ok )?(?:(?:in|during) the (?:day|daytime|morning|mornings|afternoon|"
    r"afternoons)|daytime|days|mornings?|afternoons?) (?:is |its )?(?:ok|okay|fine|safe|alright|"
    r"good)\b"
)


def g96d_safe_in_the_day(text: str) -> Answer | None:
    """ "in the day ok. not night": safe, in the day."""
    times = contact_said(text).get("contact_times")
    words = plain(text)
    if not times or not _G96D_TIME_OK.search(words):
        return None
    if re.search(r"\b(?:checks?|looks? at|reads?|goes through|sees?|but)\b", words):
        return None  # "in the day ok but he checks my phone": for the readers below
    return Answer(True, extra={"contact_times": times})


def read_contact_safe(text: str) -> Answer:
    words = plain(text)
    someone_else = v86c1_contact_someone_else(text)  # v86c1 (round 86): Grace, "ring paul"
    if someone_else is not None:
        return someone_else
    conditional = g89i_conditional_yes(text)  # g89i (round 89): Liam, "only if its when ..."
    if conditional is not None:
        return conditional
    one_way = j91b_one_way_unsafe_another_fine(text)  # j91b (round 91): Agnieszka
    if one_way is not None:
        return one_way
    times_ok = g96d_safe_in_the_day(text)  # g96d (round 96): Gary, "in the day ok. not night"
    if times_ok is not None:
        return times_ok
    if lead85_says_it_is_safe(text):
        return Answer(True, extra=contact_said(text))
    borrowed = u86c_borrowed_phone_is_the_way(text)  # u86c (round 86): Femi, on Tunde's phone
    if borrowed is not None:
        return borrowed
    if o3_contact_safe_mostly_no(text):
        return Answer(False)  # -- round 69, helper o3 -- "mostly no" is no
    if g5_safe_alone(text):
        return Answer(True, extra=contact_said(text))  # -- round 60, helper G5 --
    if m5_concludes_yes(text):
        # -- round 62, helper h5 -- "this phone is my friend phone, he dont know it. so yes"
        # (Ines) was taken as not safe.
        return Answer(True, extra=contact_said(text))
    by_email = k5_safe_by_email(text)  # -- round 65, helper k5 --
    if by_email is not None:
        # "email - ellie.m.harper@gmail.com. please dont call, I never answer unknown numbers
        # atm" (Ellie) was "OK, nobody will contact you": safe, by email.
        return by_email
    by_friend = j5_safe_another_way(text)  # -- round 65, helper j5 --
    if by_friend is not None:
        # "no. he check phone. call my friend Hodan? or when i take kids to school" (Nadia).
        return by_friend
    by_another_way = v5_safe_another_way(text)  # -- round 50, helper V5 --
    if by_another_way is not None:
        return by_another_way
    by_message = _j4_safe_by_message(text)  # -- round 41, helper J4 --
    if by_message is not None:
        return by_message
    if f5_safe_by_email(text):
        # -- round 39, helper F5 -- "not really. maybe email? i have a work email he doesnt know
        # the password" (Priya) was told "OK, nobody will contact you": safe, by email.
        return Answer(True, extra={**contact_said(text), "contact_method": "email"})
    if re.search(
        r"\b(?:(?:im|i am|i m) not in (?:any )?danger|(?:im|i am|i m) (?:quite |perfectly )?safe|"
        r"i live (?:alone|on my own|by myself))\b",
        words,
    ) and not re.search(r"\b(?:checks?|sees?|reads?|looks? at|goes through)\b", words):
        # "Goodness, no, I'm not in any danger dear": safe to contact, whatever "no" began it
        # (round 29 replay, Dorothy: "OK, nobody will contact you").
        return Answer(True)
    if re.search(r"\b(?:police|feds|cops)\b", words) and not re.search(
        r"\b(?:safe|unsafe|phone|text|call|email|contact|checks?|sees?|reads?)\b", words
    ):
        return NO_ANSWER  # "i said i dont want the police": not about being contacted
    if re.match(
        r"^(?:but |just |only )?not (?:at|on|during|after|before|in the|at the|over the) ", words
    ) and (_TIME_WORDS.search(words)):
        # "not at weekends": safe, at other times (asked next).
        # j91c (round 91): "not on my phone no. i said. tuesday mornings i go to library alone,
        # 10 to 12" (Sunita): the window she gave is kept whole, not asked again or cut short.
        times = str(contact_said(text).get("contact_times") or "")
        if times and not times.startswith("not "):
            return Answer(True, extra={"contact_times": times})
        return Answer(True)
    limited = s83c_safe_but_not_then(text)  # s83c (round 83): Fatima, "evening is not safe"
    if limited is not None:
        return limited
    said = contact_said(text)
    # -- round 31, helper Q --
    if re.match(r"(?:mostly|mainly|generally|usually|most of the time|largely)\b", words) and not (
        re.search(r"\b(?:not safe|unsafe|dont contact|do not contact|never contact)\b", words)
    ):
        # "Mostly. My son does sometimes pick up the landline, so please use my mobile" (Graham):
        # safe, the way and at the times said.
        return Answer(True, extra=said)
    first = plain(re.split(r"[.!?\n]+", text.strip(), maxsplit=1)[0])
    if (
        re.match(r"(?:no+|nope|nah)\b", first)
        and _NO_VOICEMAIL.search(first)
        and not re.search(
            r"\b(?:not safe|unsafe|dont contact|do not contact|never contact)\b", words
        )
    ):
        # "No, please don't leave a message. The mobile is 07700 900266." (Graham): the no is to
        # a voicemail, not to being contacted.
        return Answer(True, extra={**said, "voicemail_ok": False})
    if said.get("contact_method") and not re.search(
        r"\b(?:not safe|unsafe|no one|nobody|dont contact|do not contact|never contact)\b", words
    ):
        # "text me dont call. my mum might pick up otherwise": safe, that way.
        return Answer(True, extra=said)
    if "contact_times" in said and re.match(r"(?:only|just|but only)\b", words):
        # "Only weekdays 10 to 4. She checks my phone so please no texts": safe at those times,
        # by the other way.
        refused = re.search(
            r"\bno (?:texts?|calls?)\b|\b(?:dont|do not|please dont) (?:text|call)", words
        )
        extra = dict(said)
        if refused:
            extra["contact_method"] = "call" if "text" in refused.group(0) else "text"
        return Answer(True, extra=extra)
    if "contact_times" in said and _I3_TIMES_GIVEN.match(words) and not _I3_NOT_SAFE.search(words):
        # -- round 63, helper i3 --: "i said. 9 to 12 school days. and friday 12 to 2" (Nadia,
        # asked again if it is safe): safe, at the times she gave.
        return Answer(True, extra=said)
    given = j91b_number_given(text)  # j91b (round 91): Gloria, her name and house phone
    if given is not None:
        return given
    answer = _read_contact_safe(text)
    if answer.value is True:
        return Answer(True, extra=said)
    if answer.answered:
        return answer
    if _ONLY_A_METHOD.match(plain(text)):
        # "phone call" or "text please" to "is it safe to contact you?": yes, that way.
        return Answer(True, extra={"contact_method": read_contact_method(text).value})
    details = read_contact_details(text).value
    if details:
        # A number or an address given in answer: yes, there.
        return Answer(True, extra={**said, "contact_details": details})
    if "contact_times" in said and len(plain(text).split()) <= 8:
        # "weekdays before 4": yes, at those times.
        return Answer(True, extra=said)
    return answer


_ONLY_A_METHOD = re.compile(
    r"^(?:by )?(?:a )?(?:phone call|phone|call|calls|ring|text|texts|text message|sms|email|e mail)"
    r"(?: (?:please|is fine|is best|only|is ok|is okay))?$"
)


_NO_VOICEMAIL = re.compile(
    r"\b(?:no|dont|do not|not|never|cant|cannot|can t|without)\b(?: \w+){0,2} (?:voicemails?|"
    r"voice mails?)\b|\b(?:no|dont|do not|not|never|cant|cannot|can t)\b(?: \w+)? (?:leave|"
    r"leaving) (?:a |any )?(?:messages?|voice ?mails?)\b"
)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
# -- round 76, helper g76b -- see _TIME_WORDS (Pat).
_G76B_PART_OF_DAY = r"(?: (?:in the (?:morning|evening|afternoon)|at night))?"
# -- end g76b --
_TIME_WORDS = re.compile(
    # -- round 27, helper D -- "tuesday or thursday morning": the days, with the time of day.
    # "before sunday ideally" (round 38, Chloe, whose girlfriend is home from Sunday night): the
    # whole limit, not the day alone.
    rf"\b(?:(?:before|after|from|till|until|by) (?:{_DAY}|the weekend|tomorrow|tonight)|"
    # k77b (round 77): "monday to friday" (Ellie) is one range of days, not two days.
    rf"{_DAY}(?:(?: or| and| n|,| to| till| until| til) {_DAY})*(?: (?:mornings?|afternoons?|"
    r"evenings?|nights?|"
    r"lunchtimes?))?|"
    r"(?:after|before|from|between|till|until|by) (?:\d{1,2}(?: [0-5]\d)?|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|lunch(?:time)?)"
    r"(?: ?(?:am|pm|oclock|at "
    # -- round 31, helper Q -- "after 8 evening" (Dimitar)
    # -- round 75, helper c75a -- "after 7 in evening" (Mehmet): one time, not two.
    r"night|in (?:the )?(?:morning|evening|afternoon)|(?:morning|evening|afternoon|night)s?))?"
    # -- round 76, helper g76b -- "between 9 and 11 in the morning" (Pat): the part of the day
    # said after the window is kept with it, not read as a second time ("the morning").
    # n103c (round 103): Bea, "Between ten and four is best", was kept as "between ten": the
    # end of the window may be a word too.
    r"(?: (?:and|to|till|until) (?:\d{1,2}(?: [0-5]\d)?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|noon|midday)(?: ?(?:am|pm|oclock))?"
    + _G76B_PART_OF_DAY
    + r")?|\d{1,2}(?: [0-5]\d)? ?(?:am|pm)|"
    # k77b (round 77): "weekday daytimes" (Ellie) is one time.
    r"(?:week ?days? day ?times?|week ?days?|weekends?|mornings?|afternoons?|evenings?|"
    r"night ?time|overnight|day ?times?|lunchtime|during the day|"
    # -- round 65, helper j5 -- "after school is fine" (Kieran, 17).
    r"after (?:school|college|uni|work)|"
    r"in the day|in day|work hours|working "
    r"hours|office hours|today|tonight|tomorrow)(?: only)?|\d{1,2}(?: [0-5]\d)?(?: ?(?:am|pm))? "
    r"(?:to|till|until|til) \d{1,2}(?: [0-5]\d)?(?: ?(?:am|pm))?" + _G76B_PART_OF_DAY + r")\b"
)
# "they cant call when hes home. hes home after 6": a time that says when NOT to call is not
# the time to call; that is asked, not guessed.
_NOT_WHEN = re.compile(
    r"\b(?:when (?:hes|shes|theyre|he is|she is|they are|he gets|she gets)(?! (?:usually |"
    r"normally |often |always |still |mostly )?(?:at work|out|"
    r"away|asleep|not (?:home|in|there|around)|gone|at the gym|on shift|at college|at school|"
    r"at (?:his|her|their) \w+)\b)|"  # j91c (round 91): Helen, "when he's at his dad's or out"
    r"(?:cant|can t|cannot|"
    r"dont|do not|not|never) (?:\w+ )?(?:calls?|ring|phone|texts?|contact|messages?)(?: me| us)? "
    r"(?:when|"
    r"while|after|before|in the|at|on|during|if|until|till))\b"
)
_SOMEONE_ELSE = re.compile(
    # "she'll be home sunday night" (round 38, Chloe): when she is home is not a time to call.
    r"\b(?:he|she|hes|shes|him|her|shell|hell(?= be)|theyll|my (?:wife|husband|partner|boyfriend|"
    r"girlfriend|mum|dad|ex|son|daughter|carer))\b"
)
# "weekdays 9-4 when hes at work": when the other person is away is the person's safe time.
_WHILE_AWAY = re.compile(
    # -- round 31, helper Q -- "when he's usually asleep" (Graham): the adverb too.
    r"\bwhen (?:hes|shes|he is|she is|theyre|they are) (?:usually |normally |often |always |"
    r"still |mostly )?(?:at work|out|away|asleep|not (?:home|in|"
    r"there|around)|gone|on shift|at college|at school|at the gym)\b|"
    # "morning 9 to 12, he sleep then", "in the morning he sleeps"
    r"\b(?:he|she|they|hes|shes) (?:sleep|sleeps|is sleeping|s sleeping|is asleep|are asleep|"
    r"at work|is at work|go out|goes out|is out|are out)\b|"
    # j91c (round 91): "weekdays between 10 and 2 when he's at his dad's or out" (Helen).
    r"\bwhen (?:hes|shes|he is|she is|theyre|they are) at (?:his|her|their) \w+\b|"
    # j91c (round 91): "He plays golf on Tuesday and Thursday mornings" (Margaret): he is out.
    r"\b(?:he|she|they|hes|shes) (?:plays?|is playing|s playing|goes? to|is at|are at) (?:golf|"
    r"football|tennis|bowls|cricket|the pub|the club|the gym|work|church|the mosque|the temple)\b"
)
_METHOD_SAID = re.compile(
    # "Text message first please, then I'll call back" (round 34, Fiona, told "by phone").
    r"^(?:a )?(?:text|txt|text message|email|e mail|message|whatsapp) (?:first|please|pls)\b|"
    # -- round 75, helper c75a -- "07700 900418. text first pls, im in class" (Tom): anywhere.
    r"\b(?:text|txt|text message|message|whatsapp) (?:me )?first\b|"
    # g89d (round 89): "Please telephone me on 07700 900 254." (Mr Patel) was asked the way again.
    r"\b(?:ring|call|phone|telephone|text|txt|email|e mail|message) me\b|\b(?:by|only|just) "
    # j91c (round 91): "Yes. Email only please. No phone call, I cannot hear phone." (Ann).
    r"(?:phone|text|email|calls?|texts?)\b|"
    r"\b(?:calls?|texts?|phone calls?|emails?|e mails?) only\b|"
    r"\b(?:calls?|"
    r"texts?) "
    # n80c (round 80) -- "yeah its my phone. text pls" (Aliyah): "pls" is "please".
    r"(?:please|pls|plz|are fine|is fine|are best|is best|is better|would be better|are better)\b|"
    # -- round 75, helper c75a -- not "yeah my phone is fine" (Tom, at "Is it safe...?"): the
    # phone itself is safe to use, for a call or a text.
    r"\b(?:(?<!my )(?<!this )phone|a call|calls|texts?|email) (?:is|s|are) (?:ok|okay|fine|best|"
    r"better|good)\b|"
    # -- round 31, helper Q -- "calls fine" (Ollie), "call ok" (Dimitar).
    r"\b(?:calls?|phone calls?|texts?|email) (?:ok|okay|fine|good)\b|"
    # "text not call pls", "email not phone": the one wanted, and the one refused after it.
    r"\b(?:texts?|txt|email|e mail|calls?|phone) (?:not|no|dont|rather than|instead of) (?:a )?"
    r"(?:texts?|txt|calls?|phone|ring|email)\b|"
    # "BY LETTER OR EMAIL PLEASE NOT PHONE": email (a letter is not one of the ways).
    r"\bby (?:letter|post) (?:or|and) (?:email|e mail|text)\b|\bby (?:email|e mail|text) (?:or|"
    r"and) (?:letter|post)\b|"
    r"\b(?:if|as long as) (?:its|it is|it s) "
    r"(?:by )?(?:a )?(?:text|texts|email)\b|\ba phone call\b(?! (?:is not|isnt|wouldnt|would not))|"
    # -- round 27, helper D --
    # "call the shop phone 020 7247 3310", "text 07700 900233": the way, said with where.
    r"(?<!i )(?<!ill )(?<!will )(?<!hell )(?<!shell )(?<!he )(?<!she )(?<!to )"
    r"\b(?:ring|call|phone|text|txt) (?:me )?(?:on |at )?(?:the |my |our )(?:\w+ ){0,2}?(?:phone|"
    r"number|mobile|landline|line)\b|\b(?:ring|call|phone|text|txt) (?:me )?(?:on |at )?"
    r"(?:\+?44|0)\d"
)


# -- round 31, helper Q --
_ABOUT_BEING_CALLED = re.compile(
    r"\b(?:call\w*|ring\w*|phon\w*|text\w*|email\w*|contact\w*|messag\w*|reach|get in touch)\b"
)


def mentions_times(text: str) -> bool:
    return bool(_TIME_WORDS.search(plain(j5_dialect_times(text))))  # round 65, helper j5


_R34_WILL_THEY = re.compile(
    r"(?:so |and |but )?(?:when )?(?:will|would|is|are) (?:somebody|someone|anyone|they|you|a "
    r"worker|it)\b"
)
_R34_NOT_ABOUT_CALLS = re.compile(r"\b(?:sleep there|sleep at home|sleep in|stay there|stay at)\b")


# -- round 47, helper R1 -- Bola, whose husband is home evenings: "only in the day when im at
# work, like 9 to 5 weekdays. not evenings or weekend" was saved as "not 9 to 5". Calls wanted
# only WHEN or WHILE they are at work (or on shift) make work the safe time, not a busy one.
_R1_ONLY_AT_WORK = re.compile(
    r"\b(?:only|just|best|better|safe|fine|ok|okay|good|can|day|daytime)\b(?: \w+){0,4}? "
    r"(?:when|while|whilst) (?:im|i am|i m) (?:at work|in work|working|on shift|on my shift)\b"
)


def _r1_call_me_at_work(words: str, time: str) -> bool:
    """ "only in the day when im at work, like 9 to 5": the time at work is when to call."""
    said = _R1_ONLY_AT_WORK.search(words)
    if said is None or re.search(r"\b(?:not|dont|do not|never|cant|cannot)\b", said.group(0)):
        return False
    return bool(re.search(rf"{_R1_ONLY_AT_WORK.pattern}(?: \w+){{0,3}} {re.escape(time)}", words))


# -- round 48, helper S4 -- "WILL THEY RING ME. I CANT HEAR THE PHONE VERY WELL. BETTER TO WRITE",
# "NO NOT PHONE. I SAID I CANT HEAR IT. WRITE TO ME. TEXT", "TEXT MESSAGE" (Bob, 80, deaf, read
# as "by phone" four times): calls refused or unheard, and writing wanted, is a text.
_S4_NO_CALLS = re.compile(
    r"\b(?:cant|can t|cannot|can not|unable to) hear (?:the |a |my )?(?:phone|calls?|it|them|"
    r"you)\b|"
    r"\b(?:not|no|never) (?:by )?(?:phone|calls?|ringing)\b|\bdont (?:ring|call|phone) me\b"
)
_S4_WRITTEN = re.compile(
    r"(?<!not )(?<!no )(?<!dont )(?<!never )(?<!by )\b(?:write|writing|written|text|texts|txt|"
    r"sms|text message)\b|\bby (?:text|texts|txt|sms)\b(?<!not by text)"
)
_S4_ONLY_A_TEXT = re.compile(
    r"^(?:by |a |only |just )?(?:text|text message|texts|txt|sms)(?: only)?$"
)


def s4_wants_it_written(words: str) -> bool:
    if re.search(r"\b(?:email|e mail)\b", words):
        return False
    return bool(_S4_ONLY_A_TEXT.match(words.strip())) or bool(
        _S4_NO_CALLS.search(words) and _S4_WRITTEN.search(words)
    )


# -- round 60, helper g6 -- Mariam, whose husband checks her phone: "yes but not call", "no. i
# say not call. message to amina", "no phone call. text message only. please", "text only not
# call": calls refused outright (not "no. call me", "no, calls are fine").
G6_NO_CALLS = re.compile(
    r"\b(?:not|no|dont|do not|never|please dont|please not)\s+(?:a |any |by )?(?:phone |"
    r"telephone )?(?:call|calls|calling|ring|ringing)\b(?! (?:me|is|s|are|fine|ok|okay|please|"
    r"best|better|good)\b)"
)
# -- end of round 60, helper g6 --


# v86c1 (round 86): Pat, 81, asked if it was safe to ring her daughter: "The carer comes
# tuesdays and fridays though so not me on those days" was kept as the times to contact. Days
# followed by "not (me) on those days" are the days to avoid.
def v86c1_not_on_those_days(words: str, time: str) -> bool:
    return bool(
        re.search(
            rf"{re.escape(time)}\b(?: (?!\|)\w+){{0,6}} (?:not|never|no|dont|do not)(?: \w+)?"
            r"(?: on| at| in)? (?:those|these|them|that|the same) (?:days?|times?|evenings?|"
            r"mornings?|afternoons?)\b",
            words,
        )
    )


# z87d (round 87): Chloe, her texts set for any time: "ok. should i ring the havens today or can
# it wait till the weekend" was kept as the times to text her ("today, till the weekend"), and
# "no i said any time for the texts!! i was asking if i should ring the havens today" as
# "today". Asking whether they should ring someone, or whether it can wait, is no time to be
# contacted; "i said any time" puts the time right.
_Z87D_ASKS_ABOUT_THEIR_OWN_CALL = re.compile(
    r"\b(?:should|shall|can|could|do|must|would) (?:i|we) (?:\w+ )?(?:ring|call|phone|contact|"
    r"text|email|go to|see)\b|\b(?:i|we) should (?:\w+ )?(?:ring|call|phone|contact|go)\b|"
    r"\b(?:i|im|i m) (?:was|am)? ?(?:just |only )?asking (?:if|whether|about)\b|"
    r"\b(?:can|could|should) it wait\b"
)
_Z87D_ANY_TIME_SAID = re.compile(
    r"\b(?:i said|i put|i chose|i picked|i told you|it was|its|it s|it is|make it|set it to|"
    r"change it to|put it (?:back )?to)(?: \w+)?? any ?time\b(?! soon)"
)


# g89f (round 89): Winston, 79: "I did not say tomorrow. Daytime please as I said." was kept as
# "daytime, not tomorrow": a word they say they never said is no time to avoid.
_G89F_NOT_SAID = re.compile(
    r"\b(?:i|we) (?:did not|didnt|didn't|never|have not|havent|haven't) (?:say|said|ask for|"
    r"asked for|mention|mentioned) [^.!?,;\n]*",
    re.I,
)


def g89f_without_words_not_said(text: str) -> str:
    """The message without "I did not say tomorrow": what they deny saying."""
    return _G89F_NOT_SAID.sub(" ", str(text))


# end g89f


# p94d (round 94): Vera, at the referral question: "yes pass my details, can they ring me
# today" was kept as the time to ring ("at the times you gave ("today")"): asking whether they
# can ring today is a question, not a time she chose (no "?" needed).
P94D_ASKS_IF_TODAY = re.compile(
    r"\b(?:can|could|will|would|do|does) (?:they|you|someone|somebody|anyone|a worker|the "
    r"support (?:team|worker|service)) (?:please )?(?:ring|call|phone|contact|text|speak to) "
    r"(?:me|us)(?: back)? (?:today|tonight|now|straight away|right away|asap|this (?:morning|"
    r"afternoon|evening))\b"
)


# n103c (round 103): Bea, after the referral: "It still says 'between ten'. Please make sure they
# know it is between 10am and 4pm": the time in quotes is the one she is putting right.
_N103C_QUOTED = re.compile(
    r"(?<!\w)['\"\u2018\u201c][^'\"\u2018\u2019\u201c\u201d\n]{1,40}['\"\u2019\u201d](?!\w)"
)


def n103c_without_quoted_time(text: str) -> str:
    """The words without a time quoted back, when a time is said outside the quotes too."""
    rest = _N103C_QUOTED.sub(" ", text)
    if rest != text and _TIME_WORDS.search(plain(rest)):
        return rest
    return text


def contact_said(text: str) -> dict[str, Any]:
    """How and when to be contacted, said beside a yes ("yes ring me, evenings after 6, no
    voicemail"): kept so those questions are not asked again. Only what is said outright."""
    text = g89f_without_words_not_said(text)  # g89f (round 89): "I did not say tomorrow"
    text = n103c_without_quoted_time(text)  # n103c (round 103): "It still says 'between ten'"
    written = text
    text = j5_dialect_times(text)  # -- round 65, helper j5 -- "mornins are best" (Moira)
    text = n80c_short_days(text)  # n80c (round 80) -- "tues and thurs" (Linda)
    text = p81d_clock_times(text)  # p81d (round 81) -- "not before 9.30" (Leanne), one time
    # "9-4" is "9 to 4" (a number like 020-7946 has more digits).
    text = re.sub(r"\b(\d{1,2}(?:am|pm)?)\s*[-\u2013]\s*(\d{1,2}(?:am|pm)?)\b", r"\1 to \2", text)
    words = plain(text)
    found: dict[str, Any] = {}
    if s4_wants_it_written(words):  # -- round 48, helper S4 --
        found["contact_method"] = "text"
    # -- round 75, helper c75a --: "text me the number for galop" asks to be sent something.
    asked = q94a_without_asking_if_they_text_first(words)  # q94a (round 94): Naomi
    for said in () if found else _METHOD_SAID.finditer(c75a_without_send_me(asked)):
        if re.search(r"\b(?:dont|do not|cant|cannot|can t|not|no)\s*$", words[: said.start()]):
            continue  # "they cant call me. ... only text": the method said, not the one refused
        # The method in the words that said it ("ONLY text"), not every method the message
        # names ("i cant call anyone... text or email?").
        method = read_contact_method(said.group(0)).value
        if method:
            found["contact_method"] = method
            break
    if found.get("contact_method") == "call" and G6_NO_CALLS.search(words):
        # -- round 60, helper g6 -- "yes but not call. he check my phone. my friend amina phone
        # ok? 07700 900577" (Mariam) was kept as a call: a phone not to be called gets texts.
        found["contact_method"] = "email" if re.search(_METHODS["email"], words) else "text"
    if m79d_no_voicemail(text):
        found["voicemail_ok"] = False
    # -- round 60, helper G3 -- "yes please, someone to ring me not her. 07700 900318, after 6
    # weekdays" (Noreen) was kept as "weekdays, not after 6": the "not" of "not her" reached
    # across the full stop. And her correction "no AFTER 6. im at work in the day" became "not
    # after 6": a "no" that answers, then a time in capitals or after a comma, is not a "not".
    text = _G3_NO_THEN_TIME.sub("", text, count=1)
    words = " | ".join(
        plain(part) for part in _G3_SENTENCE_END.split(text) if plain(part)
    )  # a negation does not reach into the next sentence
    # Times said of someone else ("she goes through it in the evenings") are when NOT to call.
    # -- round 31, helper Q -- "yes. but what about tonight, can i change the locks?" (Precious):
    # a time inside a question that is not about being contacted is not a time to call.
    own = " | ".join(  # round 60, helper G3: sentences kept apart
        P94D_ASKS_IF_TODAY.sub(" ", plain(part))  # p94d (round 94): "can they ring me today"
        for part in re.findall(r"[^.!?;\n]+[.!?;\n]*", text)
        if (
            not _SOMEONE_ELSE.search(plain(part))
            or _WHILE_AWAY.search(plain(part))
            or n94c_time_said_no(plain(part))  # n94c (round 94): "weekends no, he is home"
        )
        and not ("?" in part and not _ABOUT_BEING_CALLED.search(plain(part)))
        # -- round 34 -- "Will somebody ring me today? I dont really want to sleep there tonight"
        # (Gloria): asking when they will ring, and where to sleep, are not times to ring.
        and not ("?" in part and _R34_WILL_THEY.match(plain(part)))
        and not _R34_NOT_ABOUT_CALLS.search(plain(part))
        and not _Z87D_ASKS_ABOUT_THEIR_OWN_CALL.search(plain(part))  # z87d (round 87): Chloe
    )
    own = " | ".join([*g76b_only_times_openings(text), own])  # -- round 76, helper g76b --
    times = _TIME_WORDS.findall(own)
    # -- round 50, helper V6 -- "my chest has been a bit tight since Tuesday" (Eddie, beside his
    # yes) was kept as the time to ring: since or last Tuesday is when something happened.
    times = [t for t in times if not re.search(rf"\b(?:since|last) {re.escape(t)}\b", own)]
    times = [t for t in times if not n80c_when_it_happened(own, t)]  # n80c (round 80, Gemma)
    times = [t for t in times if not j91c_not_a_contact_time(own, t)]  # j91c (round 91)

    def negated(time: str) -> bool:
        if v86c1_not_on_those_days(words, time):
            return True  # v86c1 (round 86) -- "tuesdays and fridays ... so not me on those days"
        if k77b_said_bad(words, time):
            return True  # k77b (round 77) -- "evenings and weekends are bad" (Ellie)
        if n94c_time_said_no(words, time):
            return True  # n94c (round 94) -- "and weekends no, he is home" (Marta)
        if _r1_call_me_at_work(words, time):  # -- round 47, helper R1 --
            return False  # "only when im at work, 9 to 5": when to call
        if c75a_said_to_suit(words, time):
            return False  # -- round 75, helper c75a -- "mornings im at work, after 5 is fine"
        if k99d_time_then_away_at_uni(text, time):
            return False  # k99d (round 99): Noor, "weekdays in the day, im at uni"
        if re.search(
            # "I am hard of hearing in the evenings": when a call would not be heard.
            r"\b(?:hard of hearing|cant hear|can t hear|cannot hear|busy|asleep|sleeping|in bed|"
            # -- round 46, helper Q2 --: "after 2pm i sleep mornings after night shift" (Ahmed).
            r"(?:i|we) (?:sleep|sleeps|go to bed|am in bed|m in bed)|"
            # -- round 29, helper M -- "call me after 6 I'm driving in day": busy then.
            r"driving|on the road|(?:im|i am|i m|ill be|i will be|i) (?:at work|in work|working|"
            r"on shift|at school|at college|at uni|in meetings"
            # -- round 48, helper S1 --: "in the afternoon. I am at the library on Tuesday and
            # Thursday mornings" (Ruth): out then, not a time to ring.
            r"|out|away|volunteering|at (?:the )?(?:library|church|mosque|temple|gurdwara|gym|"
            r"hospital|club|centre|center|class|day centre|allotment)))"
            rf"(?: \w+){{0,3}} {re.escape(time)}",
            words,
        ) and not re.search(
            # -- round 31, helper Q -- "when he's usually asleep, before 1pm": his sleep is
            # when to call, not a time she is busy.
            r"\b(?:he|she|they|hes|shes|theyre|he is|she is|they are)(?: \w+)? (?:asleep|sleeping|"
            rf"in bed|busy|at work|working)(?: \w+){{0,3}} {re.escape(time)}",
            words,
        ):
            return True
        if c75a_busy_after(words, time):
            return True  # -- round 75, helper c75a -- "in day I am in shop busy" (Mehmet)
        if re.search(
            rf"\b(?:i|we) (?:work|am working|m working|im working)(?: in the| on| during the| the|"
            rf" early| late)? {re.escape(time)}\b",
            words,
        ):
            # h97a (round 97): Ines, "after 4pm please, I work morning" was kept as "after 4pm,
            # morning": the time she works is when not to call.
            return True
        return bool(
            re.search(
                rf"\b(?:not|no|never|except|apart from|dont|cant|wont|do not|cannot|will not)\b"
                # "dont text. only call tuesday": the "only" starts what is wanted.
                # "not sunday, BEFORE sunday": the "not" is for the first day said, not both.
                rf"(?: (?!only\b|just\b|but\b|{_DAY}\b)\w+){{0,4}} {re.escape(time)}",
                words,
            )
        )

    said_times = [t for t in times if not negated(t)]
    # n103c (round 103): Bea, "between ten in the morning and four in the afternoon, not just
    # 'between ten'": a time that is only the start of a fuller one said with it is that one.
    said_times = [t for t in said_times if not any(o.startswith(f"{t} ") for o in said_times)]
    if not said_times and not times and _Z87D_ANY_TIME_SAID.search(own):
        found["contact_times"] = "any time"  # z87d (round 87): "no i said any time for the texts"

    if said_times and not _NOT_WHEN.search(words):
        # "not in the mornings... After eleven is best": both, so the worker reads both.
        kept = [*said_times, *(f"not {t}" for t in times if negated(t))]
        kept = [re.sub(r"\bin day$", "in the day", t) for t in kept]  # round 29, helper M
        kept = j91c_fuller_kept(kept)  # j91c (round 91): Margaret's Tuesday and Thursday
        found["contact_times"] = ", ".join(dict.fromkeys(kept))
    elif times and all(v86c1_not_on_those_days(words, t) for t in times):
        # v86c1 (round 86): Pat, the days to avoid kept as such, never as the days to ring.
        found["contact_times"] = ", ".join(dict.fromkeys(f"not {t}" for t in times))
    elif times and all(n94c_time_said_no(words, t) for t in times):
        # n94c (round 94): "and weekends no, he is home" (Marta), a time to avoid.
        found["contact_times"] = ", ".join(dict.fromkeys(f"not {t}" for t in times))
    elif times and not _NOT_WHEN.search(words) and p81d_only_limits(times):
        # p81d (round 81) -- "not before 9.30 ... and not after 7" (Leanne): both limits kept.
        found["contact_times"] = ", ".join(dict.fromkeys(f"not {t}" for t in times))
    # -- round 43, helper M4 --: "only text. not after 6 or weekends hes home" (Joanne, asked
    # the time again, "i just said"): the times to avoid, kept in their words for the worker,
    # not guessed into a time to call.
    avoid = _M4_NOT_AFTER.search(words.replace(" |", ""))  # round 60, G3: across sentences
    if avoid and "contact_times" not in found:
        weekends = ", not at weekends" if avoid.group(2) else ""
        found["contact_times"] = f"not after {avoid.group(1)}{weekends}"
    if "contact_times" in found:
        found["contact_times"] = p81d_clock_shown(found["contact_times"], written)  # p81d
    return found


# -- round 60, helper G3 --: see contact_said (Noreen).
_G3_NO_THEN_TIME = re.compile(
    r"^\s*[Nn][Oo]+\b(?:\s*[,.!:;-]+\s*|\s+(?=(?:AFTER|BEFORE|FROM|BETWEEN|ONLY|EVENINGS?)\b))"
    r"(?=(?i:(?:only |just |its |it s |it is )?(?:after|before|from|between|evenings?))\b)"
)
_G3_SENTENCE_END = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[!?;\n])+")
# -- end of round 60, helper G3 --


_M4_NOT_AFTER = re.compile(
    r"\b(?:not|never|no(?: calls| texts| messages)?) after (\d{1,2}(?: ?pm)?)\b"
    r"(?:(?: \w+){0,3}? (?:or|and|or at|and at|and not at|or on|and not on|and on) (?:the )?"
    r"(weekends?|saturdays? or sundays?))?"
)


# -- round 65, helper j5 --
# Moira (r63a, Scots): "phone. 07700 900 783. mornins are best" and "a just said, mornins" were
# not read as a time to call, so "When is a safe time?" came three times. Times said in dialect
# or misspelt ("mornin", "efternoon", "evenins", "nichts", "efter 6", "wen") are put into plain
# spelling before they are read; what is kept is the plain spelling.
_J5_DIALECT_TIMES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), plain_word)
    for pattern, plain_word in (
        (r"\b(?:mornin|moring|mornig|mornng|mornign|monring)(?:'?(s))?\b", r"morning\1"),
        (r"\b(?:e|a)f(?:te|ta|t)r?noo?n(?:'?(s))?\b(?<!\bafternoon)(?<!\bafternoons)",
         r"afternoon\1"),
        (r"\b(?:evenin|evning|evenng|eveing|evenig)(?:'?(s))?\b", r"evening\1"),
        (r"\bnicht(?:'?(s))?\b", r"night\1"),
        (r"\b(?:efter|aftr|afta)\b", "after"),
        (r"\b(?:tonite|2nite|tonicht|the nicht)\b", "tonight"),
        (r"\bb4\b", "before"),
        (r"\bwen\b", "when"),
        (r"\b(?:msg|mesage|messge)\b", "message"),
        # "a just said", "ah telt ye": I said.
        (r"^(\W*)(?:a|ah) (just |already )?(?:said|telt (?:ye|you|u)|told (?:ye|you|u))\b",
         r"\1i \2said"),
        (r"\bi (just |already )?telt (?:ye|you|u)\b", r"i \1told you"),
    )
)  # fmt: skip


def j5_dialect_times(text: str) -> str:
    """Times in dialect or misspelt, in plain spelling: "mornins are best" -> "mornings are
    best", "efter 6" -> "after 6". Everything else is left as it was."""
    for pattern, plain_word in _J5_DIALECT_TIMES:
        text = pattern.sub(plain_word, text)
    return text


# Pete (r63b): "dont need nothing kept. just answer the question" at the consent question was
# asked again. "dont need nothing (kept)" is informal English for a no (a double negative).
_J5_NOTHING_KEPT = re.compile(
    r"^(?:no+\W*\s*|nah\W*\s*)?(?:(?:i|we)\s+)?(?:dont|do not|don t|dont really|really dont)\s+"
    r"(?:need|want)\s+(?:you\s+to\s+keep\s+|to\s+keep\s+|it\s+)?(?:nothing|anything|none of "
    r"(?:it|this|that)|it)(?:\s+(?:kept|keeping|stored|saved|keeped))?(?:\s+(?:thanks|thank you|"
    r"mate|love|pal))?\s*$"
)


def j5_keep_nothing(text: str) -> bool:
    """ "dont need nothing kept", "i dont need nothing": a no to keeping the chat, said as the
    first sentence (what follows, a question, is answered too)."""
    first = plain(re.split(r"[.!?;\n]+", text.strip(), maxsplit=1)[0])
    return bool(_J5_NOTHING_KEPT.match(first))


# Nadia (r63a): "no. he check phone. call my friend Hodan? or when i take kids to school" to "Is
# it safe for a support worker to contact you?" got "OK, nobody will contact you": a no to her own
# phone, then a safe way (a friend's phone, a time when he is not there), is not a refusal.
_J5_FRIEND = (
    r"(?:friend|friends|mate|mates|bestie|bff|sister|sisters|brother|brothers|cousin|cousins|"
    r"neighbour|neighbours|aunt|aunty|auntie|auntys|aunties|mum|mums|mom|moms)"
)
_J5_FRIENDS_PHONE = re.compile(
    r"(?<!\bi )(?<!\bto )(?<!\bill )(?<!\bdont )(?<!\bnot )(?<!\bnever )(?<!\byou )(?<!\bu )"
    r"(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bpolice )(?<!\bcops )(?<!\bwe )(?<!\bwill )"
    r"(?<!\bwould )"
    r"\b(?:call|ring|phone|text|txt|message|contact|use|on|through|via) (?:me (?:on |at |through "
    r"|via )?)?my (?:best )?" + _J5_FRIEND + r"(?: s)?(?: [a-z]+(?: s)?)?(?: (?:phone|fone|mobile|"
    r"number))?\b"
)
_J5_WHILE_GONE = re.compile(
    # "when i take kids to school", "after the school run": her own time, when he is not there.
    r"\bwhen (?:i|im|i m|i am) (?:take|taking|drop|dropping|walk|walking|do|doing|on) (?:the |my )?"
    r"(?:kids|kid|children|child|son|daughter|boys?|girls?|school run)(?: (?:to|at|off at) "
    r"school)?\b|\b(?:after|during|on) (?:the )?school (?:run|drop ?off)\b|"
    r"\b(?:when|while) (?:he|she|they|hes|shes|theyre|he is|she is|they are) (?:at work|out|away|"
    r"not (?:home|here|there|in))\b"
)
_J5_NO_FIRST = re.compile(r"^(?:no+|nope|nah|not really|not safe|its not safe|not on my phone)\b")
_J5_NOBODY = re.compile(
    r"\b(?:nobody|no one|dont contact|do not contact|never contact|dont want (?:anyone|anybody|"
    r"contact|to be contacted))\b"
)


def j5_friends_phone(text: str) -> bool:
    """ "no. call my friend Hodan", "ring me on my sisters phone 07700 ...": the phone to use is
    someone else's, safe for them (given as the way, after a no or with a phone or number)."""
    words = plain(text)
    found = _J5_FRIENDS_PHONE.search(words)
    if found is None:
        return False
    return bool(
        _J5_NO_FIRST.match(words)
        or re.search(r"\b(?:phone|fone|mobile|number)$", found.group(0))
        or _UK_PHONE.search(text)
    )


def j5_times_while_gone(text: str) -> str | None:
    """ "when i take kids to school": the time they named, in their words."""
    found = _J5_WHILE_GONE.search(plain(text))
    return found.group(0) if found else None


def j5_safe_another_way(text: str) -> Answer | None:
    """A no to their own phone, then a safe way: a friend's phone, or a time when the person
    who hurts them is away. Safe, that way, at that time; the number is asked next."""
    words = plain(text)
    if not _J5_NO_FIRST.match(words) or _J5_NOBODY.search(words):
        return None
    friend = j5_friends_phone(text)
    while_gone = j5_times_while_gone(text)
    if not (friend or while_gone):
        return None
    extra: dict[str, Any] = dict(contact_said(text))
    way = _J5_FRIENDS_PHONE.search(words) if friend else None
    if way and way.group(0).split()[0] in ("text", "txt", "message"):
        extra.setdefault("contact_method", "text")  # "text my sister"
    elif way and re.search(r"\b(?:call|ring|phone)\b", words) and not G6_NO_CALLS.search(words):
        extra.setdefault("contact_method", "call")  # "call my friend Hodan"
    times = [str(extra["contact_times"])] if extra.get("contact_times") else []
    if while_gone and while_gone not in " ".join(times):
        times.append(while_gone)
    if times:
        extra["contact_times"] = ", ".join(times)
    details = read_contact_details(text).value
    if details:
        extra["contact_details"] = details
    return Answer(True, extra=extra)


# Kieran (r64a, 17): "dont msg wen im home he chex my phone sometimes. after school is fine",
# asked when a worker may reply here: when NOT to write (at home) is kept beside the time.
_J5_NOT_WHEN_HOME = re.compile(
    r"\b(?:dont|do not|don t|never|not|no)\b(?: \w+){0,2} (?:message|messages|text|texts|write|"
    r"reply|contact|msg)(?: me)? (?:when|while|if) (?:im|i m|i am|i get) (?:at )?(?:home|back|in)\b"
)


def j5_reply_times(text: str) -> str | None:
    """The times a worker may reply in the chat, with a time not to: "after school, not when
    at home". None when no time is named."""
    text = j5_dialect_times(text)
    sentences = re.findall(r"[^.!?;\n]+[.!?;\n]*", text)
    avoid = [part for part in sentences if _J5_NOT_WHEN_HOME.search(plain(part))]
    rest = " ".join(part for part in sentences if part not in avoid)
    said = contact_said(rest).get("contact_times") if rest.strip() else None
    times = [str(said)] if said else []
    if avoid:
        times.append("not when at home")
    return ", ".join(times) or None


# -- end of round 65, helper j5 --

# -- round 56, helper D1 --: an adult's age said back at "were you under 18 when it happened?":
# "no?? i said 34", "I told you I'm 40".
_D1_ADULT_AGE_SAID = re.compile(
    r"^(?:no+\W*\s*)?(?:i (?:said|told you|told u|already said)|i said i m|i said im|i said i am|"
    r"im|i m|i am)\s*(?:im |i m |i am )?(\d{2,3})\b(?! (?:weeks?|days?|months?|years? ago|times?|"
    r"hours?|mins?|minutes?)\b)"
)
# -- end of round 56, helper D1 --


# -- round 68, helper n5 --: Magda (44): "I say 44 years. no" to "Were you under 18 when it
# happened?" was asked again. An adult's age said in years, with "no", is her no.
_N5_ADULT_YEARS = re.compile(
    r"^(?:no+ )?(?:i (?:say|said|told you|tell you)|im|i m|i am|i have) (\d{2,3}) (?:years?|yrs?)"
    r"(?: old)?\b(?! ago)"
)
# Anna (30): "not really. I've got anxiety, I was on sertraline last year. it's come back now"
# to the health question was read as no. A named condition after "not really" is a yes.
N5_NO_BUT_CONDITION = re.compile(
    r"^(?:not really|no|nope|nah|not as such|not exactly|well not really)\b.*\b(?:i ve got|ive "
    r"got|i have got|i have|i get|i suffer (?:from|with)|(?:i was |i m |im )?diagnosed with)"
    r" (?:bad |really bad |severe |bad bad )?(?:anxiety|depression|ptsd|post traumatic stress|"
    r"ocd|bipolar|panic attacks|an eating disorder)\b"
)
# -- end of round 68, helper n5 --


def read_under_18(text: str) -> Answer:
    """Under 18 *when it happened*: "no", "yes I was 15", "I was a kid"."""
    words = plain(text)
    if not_understood(text) and not re.search(r"\b(?:i was|was|aged|age) \d{1,2}\b", words):
        return NO_ANSWER  # round 29, helper M: "no. I dont understand this question, sorry"
    if re.search(
        r"\b(?:not|wasnt|never said|nothing to do with) (?:when )?(?:i was )?(?:a (?:child|kid|"
        r"teenager|minor)|at school|under 18)\b|\b(?:its|it s|this is|its been) happening now\b",
        words,
    ):
        return Answer(False)  # "no?? im 45 i said. its happening now not when i was a kid"
    if re.search(
        # -- round 44, helper N2 --: "Who? Gary? No. Nobody is under 18" (Arthur, 79) was a yes.
        r"\b(?:nobody|no one|noone|no body|none of us|neither of us)(?: here)? (?:is|was|were|are)"
        r" (?:under|below) (?:18|eighteen)\b",
        words,
    ):
        return Answer(False)
    # Not "no it was 3 weeks ago" (round 29 conversation suite: read as aged 3).
    match = re.search(
        r"\b(?:i was|was|aged|age) (\d{1,2})\b(?! (?:weeks?|days?|months?|years?|hours?|mins?|"
        r"minutes?|times?|of them|men|people)\b)",
        words,
    )
    if match:
        return Answer(int(match.group(1)) < 18)
    n5_adult = _N5_ADULT_YEARS.search(words)  # -- round 68, helper n5 --
    if n5_adult and 18 <= int(n5_adult.group(1)) <= 110 and not re.search(r"\byes\b", words):
        return Answer(False)
    adult = _D1_ADULT_AGE_SAID.search(words)
    if adult and 18 <= int(adult.group(1)) <= 110 and not re.search(r"\b(?:yes|yeah|yep)\b", words):
        # -- round 56, helper D1 --: "no?? i said 34" (Samira, 34, abused now by her mother-in-law)
        # got "I can't answer that" and the question again: her age said again is her no.
        return Answer(False)
    if re.search(
        r"\b(?:a (?:child|kid|teenager|minor)|at school|little|young(?:er)?|in year "
        r"\d+|primary|secondary|under (?:18|16|eighteen))\b",
        words,
    ):
        return Answer(True)
    if re.search(
        r"\b(?:an adult|grown up|over (?:18|eighteen)|recently|last (?:week|night|"
        r"month|year)|(?:this|last) (?:week|month)|(?:\d+|a|two|three|four|few|couple of) "
        # -- round 41, helper J4 --: "No? It was two nights ago, I said" (Marta, 29).
        r"(?:days?|nights?|weeks?|months?) ago|yesterday)\b",
        words,
    ):
        return Answer(False)
    if not re.match(
        r"(?:yes|yeah|yep|yh|ye|y|no|nah|nope|n|i was|i wasnt|i was not|was|wasnt|"
        r"not|never|i think so|dont think so|probably)\b",
        words,
    ):
        # "he did it once" is not a yes to "were you under 18?".
        return DECLINED if only_dont_know(text) else NO_ANSWER
    return _yes_no_with()(text)


_RELATIONSHIP_WORDS = (
    ("partner_or_ex", re.compile(rf"\b(?:my |our |an |the )?{account.PARTNER}\b")),
    ("family_member", re.compile(rf"\b(?:my |our |a |the )?{account.FAMILY}\b")),
    (
        "someone_known",
        re.compile(
            rf"\b{account.KNOWN}\b|\b(?:someone|somebody|a (?:guy|girl|man|woman|lad|boy)|guy|"
            r"girl|lad|boy|man|woman|people|kids|someone) (?:i|we) (?:know|knew|met|used to|went|"
            r"work|worked)|(?:from|at) (?:my |our |the )?(?:work|school|college|uni|church|mosque|"
            r"gym|estate|block|street|road|area|class|year|office|club|team)\b|knew (?:him|her|"
            # i97a (round 97): Tony, "course i know em theyve drunk in my pub for years" was
            # asked "Do you know who did it?" again: "em" is "them".
            r"them|em)|know (?:him|her|them|em)|by (?:name|sight)|(?:his|her) name is"
        ),
    ),
)
_STRANGER_ANSWER = re.compile(
    r"\b(?:strangers?|random|never (?:seen|met) (?:him|her|them|before)|(?:didnt|dont|did not|"
    r"do not) know (?:him|her|them|the)|no one i know|nobody i know|total|complete|(?:nobody|no "
    r"one|noone) knows (?:him|her|them|who)|just (?:knocked|turned up|came to the door|"
    r"showed up))\b"
)


# -- round 48, helper S3 --: a patient or customer "never met him before".
_S3_NEVER_MET_ROLE = re.compile(
    r"^(?:a |an |the |just a )?(?:patient|customer|client|passenger|member of the public)\b"
    r"(?=.*\b(?:never (?:seen|met) (?:him|her|them|before)|(?:id|i d|i had|i have|ive) never "
    r"(?:seen|met)|(?:didnt|dont|did not|do not) know (?:him|her|them))\b)"
)
_KNOWN_ANSWER = re.compile(
    r"\b(?:my )?exs\b|\bex (?:partners|husbands|wifes|boyfriends|girlfriends)\b|"
    r"\b(?:ex|former|old) (?:colleague|co ?worker|friend|mate|boss|manager|business partner|"
    r"flat ?mate|house ?mate|neighbou?r|patient|student|pupil|teacher|client|customer|"
    r"employer|tenant|landlord)s?\b|\b(?:my|our) (?:friends?|mates?|neighbou?rs?|colleagues?|"
    r"bosss?|flatmates?|housemates?) (?:\w+ )?(?:cousin|brother|sister|son|daughter|dad|mum|"
    r"uncle|husband|wife|boyfriend|girlfriend|partner|flatmate|mate|friend)\b|"
    r"\b(?:his|her|their) (?:brother|sister|son|daughter|dad|mum|cousin|uncle|friends?|mates?)\b|"
    # "the carers son": the relative of someone they know is not their own family.
    r"\b(?:carers?|care workers?|support workers?|cleaners?|landlords?|landladys?|neighbou?rs?|"
    r"friends?|mates?|colleagues?|bosss?|teachers?|flatmates?|housemates?|lodgers?) (?:son|"
    r"daughter|brother|sister|husband|wife|boyfriend|girlfriend|partner|dad|mum|cousin|nephew|"
    r"niece|uncle|grandson)\b|\bthe (?:son|daughter|brother|sister|husband|wife|boyfriend|"
    r"girlfriend|partner|nephew|grandson) of (?:the|my|her|his|our) (?:carer|care worker|"
    r"support worker|cleaner|landlord|neighbou?r|friend|boss|teacher)\b|"
    r"\b(?:patient|pupil|student|client|customer|tenant|resident|worker|employee|staff)\b|"
    r"\b(?:in|from|at|goes to|go to|went to|goes|is in|are in|was in) my (?:year|class|form|"
    r"school|college|uni|group|block|building)\b|\bkinda know|sort of know|"
    r"\bfrom (?:the|my|our) (?:flats|estate|block|building|street|road|area|"
    r"neighbou?rhood|park|shop|pub|club|gym|church|mosque|temple)\b|"
    r"\bi know (?:who|them|him|her|his|their)\b|\b(?:been on|went on|had) (?:a|one|two|2|3|"
    r"a few|some) dates?\b|\b(?:my|our|the) brothers? (?:people|mates|friends|crew)\b|"
    # s83b (round 83), Tyler: "boys from st ignatius i know 1 of them from football".
    r"\b(?:i|we) (?:kinda |sort of |do )?know (?:1|one|2|two|some|a few|a couple|both|all) of "
    r"(?:them|em|the)\b|"
    # v86c3 (round 86), Daniel: "kind of, i met him once. i only know his first name and his
    # profile" was asked again: someone met (a date from an app) is someone known, if briefly.
    r"\b(?:i|we|ive|i ve|weve|we ve) (?:only |just |actually )?(?:met|seen) (?:him|her|them) "
    r"(?:once|one time|twice|two times|a couple of times|a few times)\b"
)


# A partner or relative who was there, helped or told them to get help: "never seen him before.
# my girlfriend was with me, she pulled me away".
_BESIDE_THEM = re.compile(
    r"\s*(?:(?:was|were|is|s|has been) (?:with (?:me|us)|there|next to|beside|behind)|"
    r"(?:pulled|dragged|got|took|helped|drove|rang|called|phoned|told|said|saw|watched|found|"
    r"came|stopped|looked after|picked)\b|(?:dont|doesnt|do not|does not|didnt|did not|wont|"
    r"would|will|might|cant) (?:\w+ )?(?:know|find out|kill me|see|understand|believe)\b|"
    r"(?:know|knows|found out|think|thinks|say|says|said)\b)"
)
# "the only person i sent them to was my ex... i dont think its him": named, then ruled out.
_NOT_THEM = re.compile(
    r"\b(?:(?:dont|do not|didnt) think (?:it was|its|it s|it is) (?:him|her|them)|(?:its|it s|"
    r"it is|it was|it wasnt) not (?:him|her|them)|doubt (?:it was|its) (?:him|her|them)|"
    r"(?:wasnt|was not|isnt|is not) (?:him|her|them))\b"
)


_TOLD_OR_NOT = re.compile(
    r"\b(?:i )?(?:havent|have not|haven t|didnt|did not|cant|can t|cannot|wont|dont|not|never|"
    r"only|just|already|ive|i have|i)? ?(?:told|tell|face|show(?:n|ed)?|ask(?:ed)?) (?:my|our) "
    r"(?:\w+ )?(?:wife|husband|partner|mum|mom|dad|son|daughter|family|parents|brother|sister|"
    r"boyfriend|girlfriend|kids|children)\b"
)
# "Should I tell my son?", "does my mum have to know": someone to tell, not who did it.
_TELL_SOMEONE = re.compile(
    r"^(?:should|shall|do|must|can) i (?:tell|let) (?:my|our)\b|^(?:does|do|will|would) (?:my|our) "
    r"\w+ (?:have to|need to|get to)? ?(?:know|find out|be told)\b"
)


# -- round 34, main -- "is the lady I work, Mrs. Patricia. I clean her house, she is my chefe"
# (Ana Lucia, asked twice): the person they work for.
_WORKS_FOR = re.compile(
    r"\b(?:(?:lady|woman|man|family|people|person|couple) (?:that |who )?i (?:work|worked|clean|"
    r"cleaned)(?: for| with)?|i (?:clean|work in|cook in) (?:her|his|their) (?:house|home)|"
    r"(?<!not )(?<!isnt )(?<!wasnt )(?<!never )my (?:chefe|patroa|patrao|patrão|employer|boss|"
    r"manager))\b"
)


# -- round 37 -- "well i thought she was my girlfriend lol. called herself Elena. probably not
# even a real person" (Rob, a romance scam): someone met online who was never real is a
# stranger, not a partner (he was told domestic abuse and offered the Men's Advice Line).
_NEVER_REAL = re.compile(
    r"\b(?:i )?thought (?:she|he|they) (?:was|were|is|are) (?:my |a |the )?(?:girlfriend|"
    r"boyfriend|partner|gf|bf|the one|in love with me)\b|\b(?:online|internet|fake|scam) "
    r"(?:girlfriend|boyfriend|gf|bf|partner|lover)\b|\bnot (?:even )?a real person\b"
)


# -- round 45, helper P4 --: "I have my suspicions about a neighbour a few doors down, but I
# have no proof." (Mrs Okoro): she does not know who did it, whom she suspects.
_P4_ONLY_SUSPECTS = re.compile(
    r"\b(?:(?:i )?(?:only |just )?suspect|(?:have|got) (?:my |some )?suspicions?)\b.*\b(?:no proof|"
    r"cant prove|can not prove|cannot prove|couldnt swear|could not swear|not (?:sure|certain)|"
    r"(?:dont|do not) know (?:for (?:sure|certain))?)\b|\b(?:dont|do not) know (?:for (?:sure|"
    r"certain)|who it is)\b.*\b(?:only )?suspect"
)


# -- round 46, helper Q5 -- "its his mum and his sister mostly, the lad my son is accused of
# hitting. I know them a bit from round here" (Wendy): another person's relatives, known to her,
# not her family (so not the domestic abuse helpline).
_Q5_OTHERS_RELATIVES = re.compile(
    r"\b(?:his|her|their) (?:mum|mom|mother|dad|father|sister|brother|family|cousin|aunt|uncle)s?"
    r"\b(?=.{0,80}\b(?:the (?:lad|boy|girl|kid|guy|man|woman|victim|other)|accused|round here|"
    r"neighbours?|from school)\b)"
)


# -- round 67, lead --: Nkechi, a nurse: "Someone I know, hes the son of a man on my ward" and
# "the man who did it is a patients son" were noted as "a family member": someone else's son or
# daughter is not the writer's family.
_L67_SOMEONE_ELSES_CHILD = re.compile(
    r"\b(?:son|daughter|sons|daughters|grandson|granddaughter|nephew|niece) of (?:a|an|the|one of "
    r"the|one of my) (?!family\b)\w+|\b(?:patients?|patient s|clients?|client s|customers?|"
    r"customer s|residents?|resident s|neighbours?|neighbour s|colleagues?|colleague s|tenants?|"
    r"landlords?|landlord s|teachers?|teacher s|bosss|boss s|friends|friend s) (?:son|daughter|"
    r"grandson|granddaughter|nephew|niece|husband|wife|brother|sister|dad|mum|father|mother)\b"
)


# -- round 50, helper V7 --
# "its my boyfriends ex. not my ex lol" (Tasha): the ex of her partner, someone she knows of,
# not her own partner or ex.
_V7_PARTNERS_EX = re.compile(
    r"\b(?:boyfriend|bf|girlfriend|gf|husband|hubby|wife|partner|fiance|fiancee|fella)s ex\b"
)


# -- round 56, helper D3 --
# Marie (daughter killed by a drunk driver): "The driver was arrested ... We have a family liaison
# officer" at "Do you know who did it?" was read as "a family member": the police's family liaison
# officer is not family. Elif: "I told you, my brothers. Two of them", "My brothers!!" were not
# read (a plural was taken for "my brother's ..."). Joan, 88: "a builder. he knocked on her door
# ... she doesnt know his real name, he said Tony": a rogue trader at the door, a stranger. Ben:
# "only met him that night. i know his profile name" was read as someone known: a man met once,
# that night, is a stranger.
D3_FAMILY_LIAISON = re.compile(
    r"\bfamily liai?son\w*(?: (?:officers?|team|woman|man|lady|person|police))?\b|\bflos?\b",
    re.IGNORECASE,
)
_D3_PLURAL_FAMILY = re.compile(
    r"\b(?:my|our) (?:older |younger |big |little |two |2 |three |3 )?(?:brothers|sisters|cousins|"
    r"uncles|sons|step ?brothers|half ?brothers)(?=\s*(?:$|[.!?,;)]|\s(?:two|both|all|three|and|"
    r"are|were|did|do|have|had|keep|kept|threaten\w*|hit|beat|said|say|they|them)\b))",
    re.IGNORECASE,
)
_D3_DOORSTEP_STRANGER = re.compile(
    r"^(?:a |some |this |the )?(?:builder|roofer|workman|tradesman|handyman|gardener|man|bloke|"
    r"guy|fella)s?\b(?=.*\b(?:knocked (?:on|at) (?:her|his|my|our|the) (?:front )?door|cold "
    r"call\w*|(?:doesnt|does not|dont|do not|didnt|did not) know (?:his|her|their) (?:real |proper "
    r"|full )?name)\b)"
)
_D3_MET_THAT_NIGHT = re.compile(
    r"\b(?:only|just|first) (?:just )?met (?:him|her|them) (?:that|the same|on the) (?:night|day|"
    r"evening)\b|\b(?:first|only) time (?:i|we) (?:had |have )?(?:ever )?met (?:him|her|them)\b"
)


def d3_plural_family(text: str) -> bool:
    """ "my brothers. Two of them", "My brothers!!", "my brothers are threatening me": the
    relatives themselves, not "my brothers car" (a possessive, plain() drops the apostrophe)."""
    return bool(_D3_PLURAL_FAMILY.search(D3_FAMILY_LIAISON.sub(" ", text)))


# Joan's grandson, at "How old are you?" (he had said "for my nan, shes 88"): "i told you shes
# 88" was not read, and the question came again.
_D3_THEIR_AGE = re.compile(
    r"(?:(?:i )?(?:told you|said)|like i said|as i said|no)? ?(?:shes|she is|she s|hes|he is|he s|"
    r"my (?:nan|nana|gran|granny|grandma|grandad|mum|mom|dad|mother|father) is) (\d{1,3})"
    r"(?: years old| years| yrs old| yrs| yo)?"
)


def d3_their_age(text: str) -> int | None:
    found = _D3_THEIR_AGE.fullmatch(plain(text))
    return int(found.group(1)) if found and 5 <= int(found.group(1)) <= 110 else None


# i97d (round 97): Fatima's son, typing for her, at "How old are you?": "shes 50, im just
# helping. seriously nobody can tell us about the medicine?" was not read, and the age was asked
# again. Her age, said by the one helping her type.
_I97D_THEIR_AGE = re.compile(
    r"\b(?:shes|she is|she s|hes|he is|he s) (\d{1,3})\b(?! (?:times|pounds|quid|minutes|hours|"
    r"days|weeks|months|miles|mins))"
)
_I97D_HELPING = re.compile(
    r"\b(?:im|i m|i am) (?:just |only )?(?:helping|typing|translating|writing)\b|\b(?:this is |"
    r"im |i m |i am )(?:her|his) (?:son|daughter|grandson|granddaughter|husband|wife)\b"
)


def i97d_age_told_by_helper(text: str) -> int | None:
    words = plain(text)
    found = _I97D_THEIR_AGE.search(words)
    if found is None or not _I97D_HELPING.search(words) or len(_I97D_THEIR_AGE.findall(words)) > 1:
        return None
    age = int(found.group(1))
    return age if 5 <= age <= 110 else None


# -- end of round 56, helper D3 --


# -- round 60, helper G1 -- Becky, 19, spiked: "should i tell the uni? i dont want my mum finding
# out" was read as "a family member" did it (and domestic abuse): someone to keep it from.
_G1_KEPT_FROM = re.compile(
    rf"\b(?:(?:i )?(?:dont|do not|dont really|really dont|wouldnt|would not) (?:want|need|like) "
    rf"(?:my|our) (?:{account.PARTNER}|{account.FAMILY})(?: or (?:my |our )?\w+)? (?:to )?"
    rf"(?:know\w*|find(?:ing)? out|found out|hear\w*|see\w*|be told|get\w* told|worry\w*)|"
    rf"(?:keep|keeping|hide|hiding) (?:it|this) from (?:my|our) "
    rf"(?:{account.PARTNER}|{account.FAMILY}))\b"
)
# l100d (round 100): Ben, 15, "yeah lads from school. like 4 of them. my mum and dad dont know
# btw" was noted as a family member: a family who don't know is not who did it (read on the
# words as typed, so the sentences stay apart).
_L100D_FAMILY_DONT_KNOW = re.compile(
    rf"\b(?:my|our) (?:{account.FAMILY})(?: (?:and|or|n|&) (?:my |our )?\w+)? (?:don'?t|do not|"
    rf"doesn'?t|does not) (?:even )?(?:know|knows)\b",
    re.IGNORECASE,
)
# -- end of round 60, helper G1 --


# -- round 66, helper l2 --
# Gareth, at "Do you know who did it?": "Yes I know exactly who, Dean something, DJ Building
# Services, found him on facebook" got "Sorry, I didn't catch that", and "the builder!! I just
# told you" was skipped. A named person or business, or the builder, plumber, landlord or seller
# they dealt with, is someone known to them (a doorstep cold-caller stays a stranger, above).
L2_TRADER_KNOWN = re.compile(
    r"\b(?:the|my|our|that|this) (?:builders?|plumbers?|roofers?|electricians?|decorators?|"
    r"tradesm[ae]n|traders?|contractors?|handym[ae]n|kitchen fitters?|fitters?|landlord|landlady|"
    r"sellers?|vendor|mechanic|gardeners?|landscapers?)\b|"
    r"\b[a-z]+ (?:building services|builders|construction|roofing|plumbing|electrical|"
    r"contractors|ltd|limited)\b|"
    r"(?<!dont )(?<!not )\bi (?:do )?know exactly who\b|\b(?:got|have|know) (?:his|her|their) "
    r"(?:full )?name\b"
)
_L2_NOT_KNOWN = re.compile(
    r"\b(?:stranger|dont know (?:who|his|her|their)|do not know (?:who|his|her|their)|no idea|"
    r"not sure|pretend\w*|posing as|pose as|claim\w* to be|said (?:he|she|they) (?:was|were)|"
    r"knocked|cold call\w*|never met|fake)\b"
)


def l2_trader_known(text: str) -> bool:
    """ "Dean something, DJ Building Services", "the builder!! I just told you" (Gareth)."""
    words = plain(text)
    return bool(L2_TRADER_KNOWN.search(words)) and not _L2_NOT_KNOWN.search(words)


# -- end of round 66, helper l2 --


# -- round 69, helper o2 --
# Ali (31, robbed at the till by masked men): "no I dont know them, they have mask" was read as
# "someone you know". Connor (17): "man from the ends. not saying names" was "a partner or ex",
# then domestic abuse. Gareth3: "wife keeps bringing it up", at "Do you know who did it?", made
# his wife the one who took his money (his builder did).
_O2_DONT_KNOW_THEM = re.compile(
    r"\b(?:dont|do not|didnt|did not|never) (?:know|knew|recogni[sz]ed?) (?:them|him|her|the "
    r"(?:men|man|guys?|boys|lads|woman|women))\b(?! (?:well|that well|very well|really|properly|"
    r"personally|much|by name|(?:sur|first |last |real |full )?names?))"
)
_O2_FROM_MY_AREA = re.compile(
    r"\b(?:a |some )?(?:man|men|mans|guys?|boys|lads|olders|mandem|people|someone|some1) (?:from|"
    r"round|in) (?:the|my|our|round) (?:ends|endz|area|estate|block|manor)\b"
)
_O2_PARTNER_TALKS = re.compile(
    r"\b(?:my |the )?(?:wife|husband|partner|missus|mrs|girlfriend|boyfriend|gf|bf|mum|dad|family)"
    r"\s+(?:keeps|kept|keep|is always|always|wont stop|won't stop) (?:bringing it up|going on "
    r"about it|on at me|mentioning it|asking about it|nagging(?: me)?)\b",
    re.IGNORECASE,
)


def o2_relationship(text: str) -> Answer | None:
    """Who did it, read before the rest of read_relationship (see above)."""
    words = plain(text)
    mine = re.search(rf"\b(?:my|our) (?:{account.PARTNER}|{account.FAMILY})\b", words)
    if _O2_DONT_KNOW_THEM.search(words) and not mine:
        return Answer("stranger")
    if _O2_FROM_MY_AREA.search(words) and not mine:
        return Answer("someone_known")
    return None


# -- end of round 69, helper o2 --


# u86a (round 86): Joyce, 58, her address posted on Facebook after she gave a statement: the fake
# account that posted it was noted as "someone you know" (from "his friends"). People behind a
# fake account, guessed at as someone else's friends or family, are not known: "don't know who".
# Not "my ex made a fake account" (her own ex), nor "someone I know" or "I don't know them".
_U86A_FAKE_ACCOUNT = re.compile(
    r"\bfake (?:\w+ )?(?:account|accounts|profile|profiles|page|name)\b|\b(?:account|profile|page)"
    r" (?:is|was|were|s) (?:a )?fake\b"
)
_U86A_KNOWN_TO_THEM = re.compile(
    rf"\b(?:my|our|me) (?:{account.PARTNER}|{account.FAMILY}|{account.KNOWN})\b|\b(?:someone|"
    r"somebody|people|person|a \w+) (?:i|we) (?:know|knew)\b|\b(?:i|we) know (?:him|her|them|"
    r"who|exactly who)\b|\b(?:dont|do not|don t|never) know (?:them|him|her)\b|\bstranger"
)


def u86a_fake_account_unknown(text: str) -> bool:
    """ "a fake account, probably his friends": who is behind it is not known to them."""
    words = plain(text)
    return bool(_U86A_FAKE_ACCOUNT.search(words)) and not _U86A_KNOWN_TO_THEM.search(words)


def read_relationship(text: str) -> Answer:
    if p81e_someone_to_keep_informed(text):
        return Answer(None)  # p81e (round 81): "can karen ring them as well? ... shes my daughter"
    if u86a_fake_account_unknown(text):
        return Answer("unknown")  # u86a (round 86): Joyce, the fake Facebook account
    if account.x86a_someone_not_known(text) and not re.search(
        rf"\b(?:my|our) (?:{account.PARTNER}|{account.FAMILY})\b", plain(text)
    ):
        return Answer("stranger")  # x86a (round 86): Kemi, "some girl i dont even know"
    text = D3_FAMILY_LIAISON.sub(" ", text)  # -- round 56, helper D3 --: not family
    text = _O2_PARTNER_TALKS.sub(" ", text)  # -- round 69, helper o2 --: Gareth's wife
    told = o2_relationship(text)  # -- round 69, helper o2 --: Ali, Connor
    if told is not None:
        return told
    if q82b_just_a_passenger(text):
        return Answer("stranger")  # q82b (round 82): Mo's passenger, known only from the app
    # -- round 65, helper k1 --: "i told you. met officers. uniform. i got one of their numbers
    # off the shoulder", "THE POLICE. two coppers" (Marcus, hurt in a stop and search) were not
    # read, asked 3 times: officers he does not know are strangers to him (the police as the
    # ones who did it are read from his words by actions/questions.py).
    if account.K1_POLICE_ANSWER.search(plain(text)) and not re.search(
        rf"\b(?:my|our) (?:{account.PARTNER}|{account.FAMILY}|{account.KNOWN})\b|\b(?:dont know|"
        r"do not know|no idea|not sure|looking for|told the police|reported|called the police)\b",
        plain(text),
    ):
        return Answer("stranger")  # -- end of round 65, helper k1 --
    # -- round 63, helper i3 --: "One of the carers at the home. I don't know her surname" (Edith)
    # was a stranger: one of the staff who care for them is known to them, whatever their name.
    if account.I3_ONE_OF_STAFF.search(plain(text)) and not re.search(
        rf"\b(?:my|our) (?:{account.PARTNER}|{account.FAMILY})\b|\b(?:stranger|dont know who|"
        r"do not know who|no idea who)\b",
        plain(text),
    ):
        return Answer("someone_known")  # -- round 63, helper i3 --
    text = _L100D_FAMILY_DONT_KNOW.sub(" ", text)  # l100d (round 100): Ben
    text = _G1_KEPT_FROM.sub(" ", plain(text)) if _G1_KEPT_FROM.search(plain(text)) else text
    if _D3_MET_THAT_NIGHT.search(plain(text)) and not re.search(
        rf"\b(?:my|our) (?:{account.PARTNER}|{account.FAMILY})\b", plain(text)
    ):
        return Answer("stranger")  # -- round 56, helper D3 --: met once, that night
    if _D3_DOORSTEP_STRANGER.search(plain(text)):
        return Answer("stranger")  # -- round 56, helper D3 --: a rogue trader at the door
    if l2_trader_known(text) and not re.search(
        rf"\b(?:my|our) (?:{account.PARTNER}|{account.FAMILY})\b", plain(text)
    ):
        return Answer("someone_known")  # -- round 66, helper l2 --: the builder they paid
    if _V7_PARTNERS_EX.search(plain(text)):
        return Answer("someone_known")  # -- round 50, helper V7 --
    if account.Q82B_EXS_PARTNER.search(text):
        return Answer("someone_known")  # q82b (round 82): Dev, "my ex-wife's new partner"
    if _L67_SOMEONE_ELSES_CHILD.search(plain(text)) and not re.search(
        rf"\b(?:my|our) (?:{account.PARTNER}|{account.FAMILY})\b", plain(text)
    ):
        return Answer("someone_known")  # -- round 67, lead --: "a patients son" (Nkechi)
    if _Q5_OTHERS_RELATIVES.search(plain(text)) and not re.search(
        rf"\b(?:my|our) (?:{account.PARTNER})\b", plain(text)
    ):
        return Answer("someone_known")  # -- round 46, helper Q5 --
    if _P4_ONLY_SUSPECTS.search(plain(text)):
        return Answer("unknown")  # -- round 45, helper P4 --
    if _WORKS_FOR.search(plain(text)):
        return Answer("someone_known")
    if _NEVER_REAL.search(plain(text)):
        return Answer("stranger")
    first = plain(re.split(r"[.!?;\n]", text, maxsplit=1)[0])
    if _TELL_SOMEONE.search(first):
        # Round 29, Dorothy: her son was read as the one who did it. What follows is read.
        parts = re.split(r"[.!?;\n]", text, maxsplit=1)
        rest = parts[1] if len(parts) > 1 else ""
        return read_relationship(rest) if plain(rest) else Answer()
    if (
        first
        and _STRANGER_ANSWER.search(first)
        and not re.search(rf"\b(?:my|our) (?:{account.PARTNER}|{account.FAMILY})\b", first)
    ):
        # "no, a stranger. ... my wife would have known it was a scam": the answer comes first.
        return Answer("stranger")
    if (
        first
        and account._UNKNOWN_WHO.search(first)
        and not re.search(rf"\b(?:{account.PARTNER}|{account.FAMILY}|{account.KNOWN})\b", first)
    ):
        # "i literally just said i dont know. the only person i sent them to was my ex": the
        # answer comes first; what follows is thinking aloud.
        return Answer("unknown")
    words = account.as_step_parent(plain(text))
    # "I haven't told my wife. I can't face her": someone to tell, not who did it (round 30,
    # Raj, whose scammer was "some guy called Daniel on whatsapp").
    words = _TOLD_OR_NOT.sub(" ", words)
    if _NOT_THEM.search(words):
        return Answer("unknown")
    # Ignore a relationship the person denies: "flatmate, not family".
    words = re.sub(
        rf"\b(?:not|never|isnt|wasnt|no) (?:my |a |an |the )?(?:{account.PARTNER}|"
        rf"{account.FAMILY}|{account.KNOWN})\b",
        " ",
        words,
    )
    # j91g (round 91): Margaret, "He was a friend of my father, so someone I knew", was read as
    # a relative (domestic abuse services, an elder-abuse line): a friend of the family is
    # someone known, not family.
    words = re.sub(
        rf"\b(?:a |an )?(friend|mate|colleague|neighbou?r)s? of (?:my|our|the) "
        rf"(?:{account.FAMILY}|parents|family)\b|\bfamily (friend)\b",
        lambda found: " " + str(found.group(1) or found.group(2)) + " ",
        words,
    )
    if re.search(rf"\b(?:the|my|our) {account.KNOWN}\b", words):
        # -- round 40, helper G1 --: "It's the neighbour. The husband. Not my partner!"
        # (Beatrice, a witness): someone else's husband, the neighbour, not her own partner.
        words = re.sub(
            r"\b(?:the|her|his|their|next doors?) (?:husband|wife|partner|boyfriend|girlfriend)\b",
            " ",
            words,
        )
        # k77d (round 77): "the neighbours next door. The family and the son" (Stan): their
        # family, not his own; only "my" or "our" makes a relative his.
        words = re.sub(rf"\b(?:the|her|his|their|next doors?) {account.FAMILY}\b", " ", words)
    if re.search(
        r"\b(?:(?:go|goes|went) (?:to )?(?:my|our) (?:school|college|uni)|(?:year|yr) \d{1,2}s?"
        r"\b.{0,20}\b(?:my|our) (?:school|college)|(?:live|lives) (?:on|in) (?:my|our) "
        r"(?:road|street|estate|block|building)|"
        # For a child or another person: "someone he knows, boys from his school" (round 37).
        r"someone (?:he|she|they) (?:knows?|knew)|(?:boys|girls|kids|lads|children|students|"
        r"pupils|older boys|older girls|year \d{1,2}s?) (?:from|at|in) (?:his|her|their) "
        r"(?:school|college|class|year))\b",
        words,
    ):
        return Answer("someone_known")  # "they go my school. year 12s"
    if re.search(
        r"\b(?:ex|former|old) (?:colleague|co ?worker|friend|mate|boss|manager|business partner|"
        r"flat ?mate|house ?mate|neighbou?r|patient|student|pupil|teacher|client|customer|"
        r"employer|tenant|landlord)s?\b",
        words,
    ):
        return Answer("someone_known")
    owned = next(
        (
            found
            for found in re.finditer(
                rf"(?:^|\b(?:my|our)\s)(?:(?P<p>{account.PARTNER})|(?P<f>{account.FAMILY}))\b",
                words,
            )
            if not _BESIDE_THEM.match(words[found.end() :])
            # "I thought she was my partner in a way... a stranger": not who she was.
            and not re.search(r"\bthought (?:she|he|they) (?:was|were)\s*$", words[: found.start()])
            # -- round 31, helper R --: "i am afraid they kill my son": the one harmed.
            and not _R31_DONE_TO.search(words[: found.start()])
        ),
        None,
    )
    if owned is None and d3_plural_family(text):  # -- round 56, helper D3 --: "my brothers!!"
        return Answer("family_member")
    if owned and not re.match(r"\s*s\b", words[owned.end() :]):
        if owned.group("p") and account._R29_NEVER_MET.search(words):
            # -- round 31, helper R --: "hes sort of my bf but ive never met him irl": someone
            # met online, never in person, is not a partner (no domestic abuse services); they
            # are in touch with them, so someone known, as a romance scammer is.
            return Answer("someone_known")
        # Their own partner or relative comes first ("husband and his mum").
        return Answer("partner_or_ex" if owned.group("p") else "family_member")
    if _S3_NEVER_MET_ROLE.search(words):
        # -- round 48, helper S3 --: "a patient. never met him before" (Kieran, a paramedic):
        # someone met only through work, never before, is a stranger.
        return Answer("stranger")
    if _KNOWN_ANSWER.search(words):
        return Answer("someone_known")
    if _STRANGER_ANSWER.search(words):
        return Answer("stranger")
    for label, pattern in _RELATIONSHIP_WORDS:
        found = next(
            (
                match
                for match in pattern.finditer(words)
                # "my parents dont know i drink": beside them, not who did it.
                if label == "someone_known"
                or not (
                    _BESIDE_THEM.match(words[match.end() :])
                    or _R31_DONE_TO.search(words[: match.start()])  # -- round 31, helper R --
                )
            ),
            None,
        )
        if found:
            if label == "partner_or_ex" and re.fullmatch(
                r"(?:an |the )?(?:man|fella)", found.group(0)
            ):
                continue  # "man with hood": only "my man" is a partner
            return Answer(label)
    if account._UNKNOWN_WHO.search(words) or re.search(
        r"\b(?:no idea|never saw|didnt see|couldnt see|not sure who|dont know who)\b", words
    ):
        return Answer("unknown")
    if re.search(
        # k77d (round 77): not "hes a man too" (James, of his husband): what he is, not who.
        r"(?<!\bhes )(?<!\bhe is )(?<!\bshes )(?<!\bshe is )(?<!\btheyre )(?<!\bthey are )"
        r"\b(?:a|some|two|three|2|3|couple of|group of|gang of) (?:man|men|guy|guys|lad|"
        r"lads|boys|bloke|blokes|woman|women|girl|girls|youths|teenagers|people|kids)\b",
        words,
    ):
        return Answer("stranger")
    value = yes_no(text)
    if value is not None and h90d_question_not_a_yes_no(text):
        # h90d (round 90): Chris, at "Do you know who did it?": "does it still count as assault
        # if i never went to a doctor?" was stored as 'unknown' ("never" read as a no). A
        # question that does not start with a yes or no does not answer who did it.
        value = None
    if value is False and not _NO_WORDS.search(_G96C_NOT_JUST.sub(" ", plain(text))):
        # g96c (round 96): Shauna, at "Do you know who did it?": "lewisham. it wasnt just the
        # money tho he hit me in the face" was stored as 'unknown': "wasnt just" is no "no".
        return NO_ANSWER
    if value is False:
        return Answer("unknown")
    if value is True and re.search(
        r"\bthe (?:boys|men|lads|girls|gang|kids|guys|same (?:boys|men|lads|people))\b", words
    ):
        # -- round 31, helper R --: "yes, the boys message him every day": they know them.
        return Answer("someone_known")
    if is_dont_know(text):
        return Answer("unknown")
    return NO_ANSWER


_G96C_NOT_JUST = re.compile(
    r"\b(?:it |that |this )?(?:wasnt|was not|isnt|is not|not|its not|it s not) (?:just|only)\b"
)


def h90d_question_not_a_yes_no(text: str) -> bool:
    """A question asked at a yes/no question, with no yes or no before it ("does it still count
    as assault if i never went to a doctor?"): its words are not the answer."""
    words = _F6_SAID_BEFORE.sub("", _FILLER.sub("", plain(text)))
    return is_question(text) and not (_NO_START.match(words) or _YES_START.match(words))


# -- round 31, helper R --
# A relative named as the one harmed: "i am afraid they kill my son", "they stabbed my son".
_R31_DONE_TO = re.compile(
    r"\b(?:they|he|she|the boys|the men|them|someone|somebody)\b(?: \w+){0,2} (?:kill|killed|"
    r"stab|stabbed|hurt|hurts|attack|attacked|hit|beat|beaten|jump|jumped|rob|robbed|threaten|"
    r"threatened|threatening|message|messaging|bully|bullying|after|find|follow|followed|target|"
    r"targeted)\s*$"
)


_TAKEN_BACK = re.compile(
    r"\b(?:(?:but|then)\s+)?(?:nah|no|nope|actually no|not really)\b\s+(?:\w+\s+){0,3}"
    r"(?:too|as well|also|same as me)\s*$|\b(?:theyre|they are|hes|he is|shes|she is) "
    r"(?:\w+ ){1,2}(?:too|as well)\s*$"
)


_ASKS_WHAT_TO_DO = re.compile(r"\b(?:what|how|who|where) (?:can|do|should|shall|could) (?:i|we)\b")


_R33_STRAND_NAMED = {
    "race": "race",
    "colour": "race",
    "skin colour": "race",
    "religion": "religion",
    "faith": "religion",
    "sexuality": "sexual_orientation",
    "disability": "disability",
    "being trans": "transgender_identity",
}
_R33_STRAND_ALONE = re.compile(
    r"(?:obviously |definitely |def |yes |yeah |yh |100 |clearly )*(?:(?:my|his|her|their|our) )?"
    r"(race|colour|skin colour|religion|faith|sexuality|disability|being trans)"
    r"(?: (?:obviously|innit|mate|of course|clearly))?"
)


# -- round 49, helper T6 --: said about who they are ("they said stuff about my hair").
_T6_SAID_ABOUT_ME = re.compile(
    r"\b(?:said|say|says|saying|call|calls|called|calling|mock|mocks|mocked|mocking|laugh at|"
    r"laughed at|make fun of|made fun of|take the piss out of) (?:\w+ )?(?:stuff |things |"
    r"something |names |comments |bad stuff |mean stuff )?(?:about )?my (?:hair|skin|colour|"
    r"color|religion|hijab|headscarf|turban|accent|race|culture|name|eyes|nose)\b"
)


# p94e (round 94): Hamza, 27, a crypto scam, at the hate question: "yes 5 times. i kept sending
# more cos she said i had to pay fees to withdraw" was read as a yes (Stop Hate UK): a yes with a
# count answers how many times, an earlier question, not whether it was hate.
P94E_YES_A_COUNT = re.compile(
    r"(?:yes|yeah|yep|yh|ye|yea|ya)\b,? (?:like |about |around |maybe |over |nearly )?(?:\d+|"
    r"once|twice|two|three|four|five|six|seven|eight|nine|ten|a few|few|a couple of|couple of|"
    r"loads of|lots of|several|many|multiple) ?(?:times|goes|payments|transfers|x)\b"
)


# h97c (round 97): Marek (Polish, sleeping rough), at the hate question: "i dont know. they shout
# something about polish, i not sure. or because i am homeless" was taken as unknown, nothing
# kept. Abuse shouted about where someone is from is the race strand (nationality), however
# unsure they are of the reason.
_H97C_SHOUTED_ABOUT_NATIONALITY = re.compile(
    r"\b(?:shout\w*|said|say|says|saying|call\w*|yell\w*|scream\w*) (?:\w+ )?(?:something |stuff |"
    r"things |names |words )?(?:about |at me about )?(?:polish|poles|poland|my country|my "
    r"nationality|foreigners?|immigrants?|migrants?|eastern europeans?|romanians?|romania|"
    r"lithuanians?|bulgarians?|where i (?:am|m) from|where i come from|my accent)\b|"
    r"\bgo back to (?:your|ur) (?:own )?country\b|"
    # n103b (round 103): Piotr, "maybe because i am Polish i dont know, he call me stupid polak
    # sometimes": unsure in words, but the slur he was called is why.
    r"\b(?:call\w*|shout\w*|said|say|says) (?:me|us|at me|at us) (?:a |an )?(?:\w+ )?"
    r"(?:polaks?|polacks?)\b"
)


# h97b (round 96): Akin, at the hate question, in a longer message: "so change locks or dont
# change locks?? no its not about race i dont think" was asked again ("NO i said no"). A no said
# of a strand, anywhere in the message, unless another reason follows ("but its about ...").
_H97B_NOT_ABOUT_STRAND = re.compile(
    r"\b(?:no|nah|nope),? (?:its |it is |it was |it wasnt |it isnt |it aint )?(?:not|nothing) "
    r"(?:about|because of|cos of|coz of|cause of|due to|to do with) (?:my |his |her |their |our |"
    r"me being |the )?(?:race|colour|color|skin colour|religion|faith|sexuality|disability|"
    r"being trans|any of (?:that|those|them))\b(?!.{0,30}\b(?:but|its|it was|more)(?: \w+)? "
    r"(?:about|because|cos|coz|due)\b)"
)


def read_hate_motivated(text: str) -> Answer:
    hate, strands, communities = account.read_hate(text)
    extra: dict[str, Any] = {}
    if strands:
        extra["hate_strand"] = list(strands)
    if communities:
        extra["community"] = list(communities)
    words = plain(text)
    if _H97C_SHOUTED_ABOUT_NATIONALITY.search(words) and not re.search(
        r"^(?:no|nah|nope)\b|\bskip\b", words
    ):
        strands_said = list(dict.fromkeys([*strands, "race"]))
        return Answer(True, extra={**extra, "hate_strand": strands_said})
    if h5_targeted_for_age_only(text) and not strands:
        return Answer(False)  # -- round 62, helper h5 -- "targeted because hes old, yes" (Vikram)
    if only_dont_know(text):
        return DECLINED
    if y73d_hate_unsure(text):
        return DECLINED  # -- round 73, helper y73d -- "yeah maybe. i dunno if" (Lee)
    if not strands and P94E_YES_A_COUNT.match(words):
        return NO_ANSWER  # p94e (round 94): Hamza, "yes 5 times": how often, asked again
    if _H97B_NOT_ABOUT_STRAND.search(words):
        return Answer(False)  # h97b (round 96): Akin, "no its not about race i dont think"
    if re.search(
        # -- round 31, helper Q -- "I do not believe so." (Gwen)
        # -- round 39, helper F6 -- not "not sure. he said something about muslims before he hit
        # me" (Ahmed): unsure, not a no; what was said is read below.
        # -- round 47, helper R7 -- not "Not understand. ... Maybe yes. Notes say 'deaf dumb'"
        # (Farah, Deaf): not understanding the question is not a no.
        r"^(?:no(?!t (?:sure|certain|100|understand))|nah|nope|dont think so|i dont think|"
        r"i do not believe so|i dont believe so)|"
        r"\b(?:not (?:that|about "
        r"that|because of that|a hate)|nothing to do with|i dont think so|i do not think so|"
        r"i dont say is because|i didnt say (?:it was|its) because)\b",
        words,
    ):
        return Answer(False)
    last = plain(re.split(r"[.!?;,]+", text.strip(" .!?\n"))[-1])
    if _TAKEN_BACK.search(words) or re.fullmatch(
        r"(?:so |actually |thinking about it |on second thoughts? )?(?:(?:no|nah|nope)(?: "
        r"(?:probably not|prob not|i dont think so|not really))?|not really|probably not|prob not|"
        r"i doubt it)",
        last,
    ):
        # "maybe cos im black? nah they're black too": the last word is a no.
        return Answer(False)
    if strands and not re.search(r"\bskip\b", words) and _T6_SAID_ABOUT_ME.search(words):
        # -- round 49, helper T6 -- "idk maybe cos im mixed race?? they said stuff about my hair"
        # (Kayla, 14): unsure in words, but what they said about her is why; it was lost.
        return Answer(True, extra=extra)
    if re.search(r"\bskip\b", words) or (
        re.search(r"\b(?:i dont know|i do not know|idk|not sure|no idea)\b", words)
        and re.search(r"\b(?:maybe|might|perhaps|possibly|could be)\b", words)
        and not re.match(r"(?:yes|yeah|yep)\b", words)
    ):
        # "Maybe because I am refugee? I dont know. skip": unsure, so not counted as a hate
        # crime either way (it was stored as one, and hate services were offered).
        return DECLINED
    if hate:
        return Answer(True, extra=extra)
    if account.r7_disability_slur(words):
        # -- round 47, helper R7 -- "Notes say 'deaf dumb' and bad words. He know me deaf".
        return Answer(True, extra={**extra, "hate_strand": ["disability"]})
    if account.FOR_AGE_OR_ALONE.search(words) and not account.A_STRAND_WORD.search(words):
        # "because im old and on my own" (round 38, Joan, 81): picked out, but not for one of
        # the things the question names, so a no, not a question asked again.
        return Answer(False)
    named = [
        _R33_STRAND_NAMED[said.group(1)]
        for part in re.split(r"[.!?;,\n]+", text)
        if (said := _R33_STRAND_ALONE.fullmatch(plain(part)))
    ]
    if named:
        # "obviously. race. both times if you ask me" (round 33, Marcus): the strand named as
        # the answer is a yes (it was asked again, and his next "no" stored as not hate).
        return Answer(True, extra={**extra, "hate_strand": list(dict.fromkeys(named))})
    if v86c3_hedged_yes(text):
        # v86c3 (round 86), Daniel: "i mean yeah probably?? he knows im not out, thats literally
        # why hes doing it" got "I can't answer that one here" and the question again: a yes,
        # and "not out" is his sexuality.
        if not strands and _V86C3_NOT_OUT.search(words):
            extra = {"hate_strand": ["sexual_orientation"], "community": ["lgbt"]}
        return Answer(True, extra=extra)
    if ("?" in text or _ASKS_WHAT_TO_DO.search(words)) and _first_clause(text) is None:
        # "she has a black eye and her ribs hurt, should she go to a&e?", "I am back. they are
        # sleeping. please what can I do": a question, not a yes.
        return NO_ANSWER
    value = yes_no(text)
    if value is True and re.search(r"\b(?:think so|probably|maybe|might)\b", words):
        return Answer(True, extra=extra)
    if value is not None:
        return Answer(value, extra=extra if value else {})
    return DECLINED if is_dont_know(text) else NO_ANSWER


_CONDITION_WORDS = re.compile(
    r"\b(?:ptsd|bipolar|schizo\w*|depress\w*|anxiety|autis\w*|asd|adhd|learning "
    r"(?:disabilit\w*|difficult\w*)|dementia|alzheimers|epilep\w*|ms|multiple sclerosis|"
    r"cerebral palsy|down syndrome|brain injury|personality disorder|bpd|eupd|ocd|psychosis|"
    r"mental health|mental illness|heart (?:condition|problems)|copd|parkinsons|arthritis|"
    r"stroke|cancer|diabetes|sickle cell|fibromyalgia|chronic|lupus|disab\w*|wheelchair|"
    r"blind|deaf|hard of hearing|partially sighted|sight|hearing|amputee|paralys\w*|"
    r"crutches|walking (?:stick|frame)|zimmer|mobility|dyslexi\w*|dyspraxi\w*|"
    r"walk with a (?:frame|stick)|use a (?:frame|stick|wheelchair)|frame to walk|eyesight|"
    r"macular|glaucoma|cataracts?|forgetful|memory|muddled|"
    r"eating disorder|anorexi\w*|bulimi\w*|condition|illness|diagnos\w*|registered)\b"
)


# "I don't have a condition as such", "I do NOT have a disability", "im not disabled": no
# condition, said of themselves.
NO_CONDITION = re.compile(
    r"\b(?:i|im|i m)\s+(?:dont|do not|havent|have not|havnt|m not|am not|not)\s+(?:got\s+|have\s+|"
    r"been diagnosed with\s+)?(?:a\s+|an\s+|any\s+)?(?:\w+\s+){0,3}?(?:conditions?|"
    r"disabilit(?:y|ies)|disabled|illness|illnesses|diagnosis)\b(?:\s+(?:or|and|nor)\s+(?:a\s+|an\s+|"
    r"any\s+)?(?:\w+\s+){0,2}?(?:conditions?|disabilit(?:y|ies)|disabled|illness))*(?:\s+as such)?|"
    r"\b(?:no|not a|not any) (?:health |mental health |medical )?(?:conditions?|disabilit(?:y|ies)"
    r"|illness)\b|"
    # "Im not vulnerable, take that off" after the result called him so (high blood pressure).
    r"\b(?:im|i m|i am) not (?:vulnerable|senile)\b|"
    # n94d (round 94): Graham, after "bad back" made him "vulnerable": "and take that vulnerable
    # thing off, im not".
    r"\b(?:take|get|put) (?:that|the|this|your) (?:vulnerable|vulnerability)(?: \w+)? (?:off|out|"
    r"away)\b|"
    # "why do you keep saying disability. i told you no" (round 48, Abena, after the result).
    r"\b(?:keep|kept|still) (?:saying|putting|writing|adding|on about) (?:\w+ ){0,3}?(?:disabilit"
    r"(?:y|ies)|disabled|(?:a )?health condition)\b(?: (?:i|we) (?:told|said)(?: you)? no)?"
)


def has_condition(words: str) -> bool:
    """A condition or disability named in the words (already ``plain``)."""
    words = account.N103B_CONDITION_ASKED.sub(" ", words)  # n103b (round 103): "is it ptsd?"
    return bool(_CONDITION_WORDS.search(words) or account._IMPAIRMENT.search(words))


# -- round 27, helper D --
# "bad hip and my eyes arent good": a body that does not work well, in everyday words, answers
# the disability question with yes (not "my eyes are fine", nor "bad day").
_EVERYDAY_CONDITION = re.compile(
    r"\b(?:bad|dodgy|gammy|weak|poor|failing|new|replaced|two new) (?:hips?|knees?|back|legs?|"
    r"heart|chest|lungs|eyes|eyesight|ears|hearing|joints|balance|nerves)\b|\b(?:my )?(?:eyes|"
    r"eyesight|ears|hearing|legs|knees|hips?|back|heart|balance|memory) (?:arent|are not|isnt|"
    r"is not|not|aint) (?:good|great|so good|very good|what (?:they|it) (?:were|was|used to be))\b"
)


# -- round 29, helper M --
# "heart. had a stent put in 2022. doc says avoid stress lol": a heart condition, named by the
# body part alone or by its treatment (not "my heart sank", "heartbroken", "bless his heart").
_TREATED_CONDITION = re.compile(
    r"^(?:my |a |bad |dodgy )?(?:heart|lungs|kidneys?|liver)\s*(?:$|[.,;!]|and\b)|"
    r"\b(?:stents?|pacemaker|heart attacks?|heart (?:bypass|surgery|op|operation|failure|"
    r"disease|trouble|issues?)|bypass (?:surgery|operation)|triple bypass|angina|dialysis|"
    r"chemo\w*|radiotherapy|inhaler|insulin)\b"
)


# -- round 39, helper F6 --: "I have had a bit of trouble with my heart for some years. I take
# tablets for it." (Bernard, 81) was asked the question again word for word.
_F6_BODY_TROUBLE = re.compile(
    r"\b(?:trouble|problems?|issues?|bother|difficulty|difficulties) with (?:my )?(?:heart|lungs|"
    r"chest|breathing|kidneys?|liver|blood pressure|blood sugar|sugar levels|joints|hips?|knees?|"
    r"back|legs|eyes|eyesight|hearing|memory|nerves|mobility|walking)\b|\bhigh blood pressure\b|"
    r"\b(?:tablets|pills|medication|medicine|meds) for (?:my )?(?:heart|blood pressure|diabetes|"
    r"sugar|epilepsy|fits|seizures|depression|anxiety|nerves)\b"
)


_SOMEONE_ELSES = re.compile(
    r"(?:she|he|her|his|they|their|it is (?:the|her|his|their)|its (?:the|her|his|their)|"
    r"(?:my|our) (?:wife|husband|partner|mum|mom|dad|son|daughter|brother|sister|nan|gran))\b"
)


# -- round 40, helper G1 --
_G1_DOES_IT_COUNT = re.compile(
    r"\b(?:is|does|would|could|do) (?:that|this|it|anxiety|stress|not sleeping) (?:count|called|"
    r"(?:a |an )?(?:mental health|mental|health|condition|disability|illness))\b"
)


# -- round 44, helper N6 --: "I have high blood pressure which this is not helping. Otherwise
# no." (Edward, 67) was made a "yes", and the result called him vulnerable, someone whose
# evidence may be affected (YJCEA 1999 s.16). A common condition like blood pressure, and
# nothing else, does not affect giving an account: a no.
_N6_MINOR_CONDITION = re.compile(
    r"\b(?:(?:tablets|pills|medication|medicine|meds) for (?:my )?)?(?:(?:high|low|bit of|a bit "
    r"of) )?(?:blood pressure|cholesterol)\b|\bhypertension\b"
)


def _n6_only_a_minor_condition(words: str) -> bool:
    if not _N6_MINOR_CONDITION.search(words):
        return False
    rest = _N6_MINOR_CONDITION.sub(" ", words)
    return not (
        has_condition(rest)
        or _EVERYDAY_CONDITION.search(rest)
        or _TREATED_CONDITION.search(rest)
        or _F6_BODY_TROUBLE.search(rest)
    )


# -- round 55, helper C5 --: Pete: "No. Dodgy knee but I doubt that's what you mean" recorded a
# disability: a no first, with a minor ailment he says is not what was asked, is a no.
_C5_NOT_WHAT_YOU_MEAN = re.compile(
    r"\b(?:(?:i )?doubt (?:thats|that is|its|it is|it s|that s) what (?:you|u) (?:mean|meant|"
    r"are asking|want)|(?:thats|that is|its|it is) not what (?:you|u) (?:mean|meant)|(?:i )?dont "
    r"(?:think|suppose) (?:that|it) counts|(?:doesnt|does not) count|not (?:really )?a "
    r"disability)\b"
)
# -- round 75, helper c75b --: Janet: "No. Well I'm not sleeping much but I wouldn't call it a
# condition." was stored as a condition (the result called her vulnerable). A no first, with
# something they feel that they say is not a condition, is a no; a condition they say they have
# ("No. I have MS, I wouldn't call it a disability") is left to the readings below.
_C75B_NOT_A_CONDITION = re.compile(
    r"\b(?:(?:i )?(?:wouldnt|would not|dont|do not) (?:call|count|class|describe|see|consider) "
    r"(?:it|that|this|them)(?: as)? (?:a |an )?(?:\w+ )?(?:condition|disability|illness)|(?:its|"
    r"it s|it is|thats|that s|that is) not (?:really |exactly |actually )?(?:a |an )?(?:health |"
    r"medical |mental health )?(?:condition|illness))\b"
)
_C75B_OWNS_A_CONDITION = re.compile(
    r"\b(?:i have|ive got|i ve got|i have got|i got|i suffer|diagnosed|i m on|im on|i am on|"
    r"i take|registered)\b"
)


def c75b_symptom_not_a_condition(words: str) -> bool:
    """ "No. Well I'm not sleeping much but I wouldn't call it a condition": a no."""
    return (
        bool(re.match(r"(?:no|nope|nah|not really)\b", words))
        and bool(_C75B_NOT_A_CONDITION.search(words))
        and not _C75B_OWNS_A_CONDITION.search(words)
    )


# -- round 56, helper D1 --
# Disability recorded from a few words: "My wrist, and my knees are not so good. Otherwise no."
# (Gloria, 66: her wrist was hurt in the robbery), "my back is bad from work. not disability i
# think" (Dmitri), "i am pregnant, is that counting?" (Samira: a question, not a yes). A no
# hedged ("not disability i think", "otherwise no") beside aches and pains of the joints or back
# or an injury is a no; pregnancy alone is not a disability (an answer tells them it still
# matters for support). Eyes, ears, memory, the heart and named conditions still count.
_D1_HEDGED_NO = re.compile(
    r"\bnot (?:a |any )?disab(?:ility|led)(?: (?:i think|i dont think|i guess|really|as such|i "
    r"would say))?\b|\b(?:i )?dont think (?:its|it is|it s|thats|that is|that s|i am|im|i m|i "
    r"have|ive got) (?:a |an |any )?(?:disability|disabled|condition)\b|\b(?:otherwise|apart "
    r"from that|other than that|besides that|beyond that|but otherwise)(?: its| it s| it is)? "
    r"(?:no|nope|nothing|none|fine|not really|im fine|i am fine)\b|\b(?:i )?(?:doubt|dont think) "
    r"(?:that|it|this) counts\b"
)
# A body part of aches and pains or of an injury, to the end of its clause: "my back is bad from
# work", "my knees are not so good", "my wrist".
_D1_ACHES = re.compile(
    r"\b(?:my |a |bad |dodgy |sore |stiff )?(?:wrists?|knees?|back|hips?|legs?|joints|"
    r"shoulders?|ankles?|neck|arms?|hands?|feet|foot|elbows?)\b[^.,;!?\n]*?"
    r"(?=$|[.,;!?\n]| (?:and|but|plus|also|otherwise|apart|though|tho) )"
)
_D1_COUNTS_ASKED = re.compile(
    r"\b(?:is|does|would|do|will|can) (?:that|this|it|pregnancy|being pregnant) (?:count|counting|"
    r"counts|a disability|a condition|an illness)\b|\bcount(?:s|ing)?\s*\?"
)


def d1_hedged_no(words: str) -> bool:
    """A hedged no beside only aches, pains or an injury: "my back is bad from work. not
    disability i think"."""
    if not _D1_HEDGED_NO.search(words):
        return False
    rest = _D1_ACHES.sub(" ", _D1_HEDGED_NO.sub(" ", words))
    return not (
        has_condition(rest)
        or _EVERYDAY_CONDITION.search(rest)
        or _TREATED_CONDITION.search(rest)
        or _F6_BODY_TROUBLE.search(rest)
        or re.search(r"\b(?:yes|yeah|yep)\b", rest)
    )


def d1_only_pregnant(text: str) -> bool:
    """Pregnancy, and no condition beside it: "i am pregnant, is that counting?"."""
    words = plain(text)
    if not account.PREGNANT.search(words):
        return False
    rest = account.PREGNANT.sub(" ", words)
    return not (
        has_condition(rest)
        or _EVERYDAY_CONDITION.search(rest)
        or _TREATED_CONDITION.search(rest)
        or _F6_BODY_TROUBLE.search(rest)
        or _N6_MINOR_CONDITION.search(rest)
        or re.search(r"\b(?:sick|ill|diabet\w*|pre ?eclampsia|bleeding|pain|midwife said)\b", rest)
    )


def d1_asks_if_pregnancy_counts(text: str) -> bool:
    """ "i am pregnant, is that counting?", "does pregnancy count as a disability"."""
    return d1_only_pregnant(text) and bool(
        _D1_COUNTS_ASKED.search(text.lower()) or _D1_COUNTS_ASKED.search(plain(text))
    )


# -- end of round 56, helper D1 --


# -- round 57, helper E1 --
# Yvonne, burgled, with panic attacks since: at the condition question "Well the panic attacks,
# as I said. Nothing before this." was asked again, and "I think it's emotional mostly. I keep
# checking the door is locked. I go back two or three times" was taken as a skip. Panic attacks,
# and "it's emotional" said to this question, are a yes (a mental health condition).
_E1_OWN_WORDS_CONDITION = re.compile(
    r"\bpanic attacks\b|\b(?:its|it is|it s) (?:\w+ )?(?:emotional|mental|my nerves|nerves)\b"
)


def e1_condition_in_own_words(words: str) -> bool:
    return bool(_E1_OWN_WORDS_CONDITION.search(words))


# -- end of round 57, helper E1 --


# Round 78, Derek, for his son (34) at the disability question: "Not before this. The doctors
# say the head injury is serious, they're talking about a brain injury, memory problems" was a
# no. A brain injury now, from the attack, is a condition that may affect what they can remember
# and say (the vulnerable category), whatever they had before.
_LEAD79_BRAIN_INJURY = re.compile(
    r"\b(?:brain (?:injury|injuries|injured|damage|damaged|bleed|haemorrhage|hemorrhage|"
    r"swelling)|acquired brain|memory (?:problems|loss|issues)|lost (?:his|her|their|my) memory)\b"
)
_LEAD79_NO_BRAIN_INJURY = re.compile(
    r"\b(?:no|not|isnt|wasnt|without|never|ruled out|no sign of|thank god not)(?: \w+){0,3} "
    r"(?:brain|memory)\b"
)


_LEAD79_NO_DANGER = re.compile(
    r"\s*(?:no+|nope|nah)?\W*(?:no danger|not in danger|i am safe|im safe|i m safe|i'm safe|"
    r"i am not in danger|im not in danger|i'm not in danger)(?: now| right now| at the moment)?"
    r"\b[\s.,!]*",
    re.IGNORECASE,
)


def lead79_brain_injury_now(words: str) -> bool:
    return bool(_LEAD79_BRAIN_INJURY.search(words)) and not _LEAD79_NO_BRAIN_INJURY.search(words)


# t84b (round 84)
# Gloria (r84a), at the condition question: "me? no. im just exhausted ... i think he might have
# something going on with his mental health tho" was stored as her condition. "me? no" is her
# no; the "me?" in front hid it, so the son's mental health was read as hers.
_T84B_ME_THEN_NO = re.compile(r"^\s*(?:who |what )?me\s*[?!.,]*\s*(?=(?:no|nope|nah)\b)", re.I)


def t84b_without_me_question(text: str) -> str:
    """ "me? no. ..." read as "no. ...": the question echoed back before the answer."""
    return _T84B_ME_THEN_NO.sub("", text, count=1)


# end t84b


def read_impairment(text: str, about_them: bool = False) -> Answer:
    """ "about_them": the questions are about someone else (a child, a sister), whose condition
    is said as "she" or "my son"."""
    if not about_them:
        # t84b (round 84); written for someone else, "me no. tayo has ADHD" is his yes (Bukola).
        text = t84b_without_me_question(text)
    words = plain(text)
    extra: dict[str, Any] = {}
    # -- round 67, helper m2 --: "i dont need bsl, im hard of hearing not deaf" is not Deaf.
    if account._CANNOT_PHONE.search(account._others_hearing(words)) and re.search(
        r"\b(?:deaf|bsl|hard of hearing|"
        r"sign)\b",
        words,
    ):
        extra = {"cannot_phone": True, "community": ["deaf"]}
    if lead79_brain_injury_now(words):
        return Answer(True, extra=extra)
    # "No. Well, I have been sleeping badly since this started, but I don't have a condition as
    # such": the condition named is one they say they do not have.
    if re.search(r"\b(?:no|its a no|the answer is no) to (?:your|the|that) question\b", words):
        return Answer(False)  # "It is the illness. No to your question." (round 29, Frank)
    if re.match(r"(?:no|nope|nah)\b", words) and _G1_DOES_IT_COUNT.search(words):
        # -- round 40, helper G1 --: "No. But I feel anxiety since then, I don't sleep so good. Is
        # that mental health condition?" (Mei): her no, and a question about whether it counts.
        return Answer(False)
    if _n6_only_a_minor_condition(words):
        return Answer(False)  # -- round 44, helper N6 --
    if re.match(r"(?:no|nope|nah)\b", words) and _C5_NOT_WHAT_YOU_MEAN.search(words):
        return Answer(False)  # -- round 55, helper C5 --: "No. Dodgy knee but I doubt ..."
    if c75b_symptom_not_a_condition(words):
        return Answer(False)  # -- round 75, helper c75b -- (Janet)
    if N5_NO_BUT_CONDITION.search(words) and not re.search(
        r"\b(?:dont|do not|havent|never) (?:have|had|got)\b", words
    ):
        return Answer(True)  # -- round 68, helper n5 --: "not really. I've got anxiety"
    if d1_hedged_no(words) or d1_only_pregnant(text):
        return Answer(False)  # -- round 56, helper D1 --: "not disability i think", pregnancy
    if not about_them and l5_condition_said_irrelevant(words):
        return Answer(False)  # -- round 66, helper l5 --: "dodgy back. its not relevant" (Dave)
    if p81c_mobility_told(words):
        return Answer(True, extra=extra)  # p81c (round 81): Dot, 85
    # A condition said of someone else ("She does not know what she is doing. It is the
    # illness."): not theirs.
    own = " ".join(
        plain(part)
        for part in re.split(r"[.!?;,\n]+", text)
        if not _SOMEONE_ELSES.match(plain(part))
    )
    # "I don't have a disability but I look after my husband, he has dementia" (round 35,
    # Angela): the disability she names is the one she says she does not have.
    own_named = has_condition(NO_CONDITION.sub(" ", own))
    if not about_them and own != words and not own_named and has_condition(words):
        if not own.strip():
            return NO_ANSWER
        words = own
    denied = NO_CONDITION.search(words)
    rest = NO_CONDITION.sub(" ", words) if denied else words
    if re.search(r"^(?:no|nah|nope|none|not|nothing)\b", words) and (
        not re.search(r"\bbut (?:i|im)\b", words) or (denied and not has_condition(rest))
    ):
        return Answer(False)
    if denied and not has_condition(rest):
        return Answer(False)
    if e1_condition_in_own_words(words):
        return Answer(True, extra=extra)  # -- round 57, helper E1 --
    if (
        has_condition(words)
        or _EVERYDAY_CONDITION.search(words)
        or _TREATED_CONDITION.search(text.strip().lower())
        or _TREATED_CONDITION.search(words)
        or _F6_BODY_TROUBLE.search(words)
    ):
        return Answer(True, extra=extra)
    if _IM_FINE.search(words):
        # "im ok i guess, bit shaky. embarrassed more than anything" (round 50, Kemi): being OK
        # is a no to having a condition, not the "ok" of a yes.
        return Answer(False)
    value = yes_no(text)
    if value is not None:
        return Answer(value, extra=extra if value else {})
    return DECLINED if is_dont_know(text) else NO_ANSWER


_IM_FINE = re.compile(
    r"^(?:no )?(?:im|i am) (?:ok|okay|fine|alright|all right|good|grand)\b(?!.*\bbut (?:i|im)\b)"
)


_NEED_PATTERNS = (
    (
        "safety",
        r"\b(?:safe|safety|locks?|alarm|cctv|doorbell|protect\w*|refuge|injunction|"
        r"non molestation|restraining|move away|stay away|keep (?:him|her|them) away|"
        r"(?:him|her|them|it) (?:to )?stop|leave me alone|out of (?:it|there|this)|get away|"
        r"walk past|scared to (?:go|leave)|live with (?:him|her|them))\b",
    ),
    (
        "health",
        r"\b(?:health|doctor|gp|hospital|injur\w*|medical|nurse|clinic|physio|"
        r"sexual health|havens|medication|sleep)\b",
    ),
    (
        "emotional",
        r"\b(?:talk|listen|emotional|counsell?\w*|therap\w*|support group|"
        r"someone who (?:gets|understands)|feel better|cope|coping|lonely|upset|"
        r"emotional support|mental)\b",
    ),
    (
        "practical",
        r"\b(?:practical|housing|house|rehous\w*|move|money|financ\w*|benefits|"
        r"food|rent|repairs?|fix\w*|door|window|phone replaced|childcare|debt|bills|"
        r"paperwork|forms|bank|job|work|immigration|visa|somewhere (?:else )?to (?:stay|live|go)|"
        r"taken down|take (?:it|them|the \w+) down|removed?|cards?|documents|passport|council|"
        r"landlord|housing association)\b",
    ),
    (
        "information",
        r"\b(?:info\w*|updates?|know what\w* happening|what happens|"
        r"know (?:if|whether|how|what|where)|should i|can i|"
        r"next steps|rights|advice|explain|understand|process|the law|legal|solicitor|"
        r"whats going on|what (?:can|should) i do|options|advocate|on my side|"
        # Someone to deal with the police for them is help with the justice process.
        r"(?:make|get|push|chase|help with|deal with|talk to|speak to) (?:the )?police)\b",
    ),
    ("court", r"\b(?:court|trial|evidence|witness|hearing|inquest|jury|judge|sentenc\w*)\b"),
    (
        "compensation",
        r"\b(?:compensation|compo|claim|cica|money back|refund|reimburs\w*|"
        r"pay (?:me|for)|costs|funeral)\b",
    ),
    (
        "communication",
        r"\b(?:interpret\w*|translat\w*|bsl|sign language|my language|"
        r"easy read|large print|braille|english (?:is|isnt|not) (?:good|great|very good)|"
        r"speak slowly|understand english)\b",
    ),
)


# -- round 27, helper D --
# "yes very scared" to "what would help most now?": to feel safe (not "scared of court", which
# is help with court).
_SCARED_NEED = re.compile(
    r"\b(?:scared|afraid|frightened|terrified|petrified|fear|fearful)\b(?! (?:of|about|for) "
    r"(?:court|the court|the trial|trial|giving evidence|going to court|the hearing|a hearing)\b)"
)
# "and someone speak polish": a worker who speaks their language is help to communicate.
# (Not "turkish if possible", which is the language only: reading.py keeps it.)
_SPEAKS_LANGUAGE = re.compile(
    r"\b(?:speak|speaks|speaking|speaker|talk|talks|talking)\s+(\w+)\b|\b(\w+)\s+(?:speaker|"
    r"speaking)\b"
)


def _language_said_in_needs(text: str) -> tuple[str | None, bool]:
    """The language named beside the needs ("someone speak polish", "english, islington") and
    whether a worker who speaks it was asked for."""
    for sentence in re.split(r"[.!?,;\n]+", text):
        words = plain(sentence)
        if not words:
            continue
        if re.fullmatch(
            r"(?:and )?(?:in )?(?:english|eng)(?: (?:please|pls|is fine|only))?", words
        ):
            return "english", False  # "information and feeling safe. english, islington"
        for found in _SPEAKS_LANGUAGE.finditer(words):
            name = found.group(1) or found.group(2)
            languages = [lang for lang in vocabulary.values("language", name) if lang != "english"]
            if languages:
                return languages[0], True
    return None, False


# -- round 75, helper b75b --
# Ray (round 74, his shop targeted again), asked what would help most now: "I'm not sleeping,
# I'm thinking I'll just close it" got "Sorry, I didn't catch that". How the crime has left
# someone (not sleeping, on edge, can't stop crying, can't cope) answers "what would help?" with
# someone to talk to, as "yes very scared" answers it with feeling safe. "Close it" is his
# business: the crisis words (bot/risk_words.py) alone decide an alarm, and they raise none.
_B75B_HOW_THEY_ARE = re.compile(
    r"\b(?:(?:havent|have not|hardly|barely|not) (?:been )?(?:slept|sleeping|eating)|(?:keep|"
    r"keeps|kept|been|cant stop) (?:crying|shaking|panicking|waking up)|crying all the time|"
    r"not coping|(?:im|i am|i m|ive been|i ve been|been|i feel|feeling|i get|im getting) (?:so |"
    r"really |very |completely |a bit |a little |quite |proper |properly )?(?:stressed(?: out)?|"
    r"on edge|jumpy|a wreck|a mess|in bits|shaken(?: up)?|shaky|exhausted|drained|broken|all "
    r"over the place|paranoid|down(?! (?:for|to|with|at|in|the|here|there)\b))\b|(?:im|i am|i m|"
    r"ive been|been|really|just) struggling(?= *$| (?:a lot|so much|mentally|emotionally|to "
    r"cope|to sleep|with (?:it|this|that|everything|my head)|since|after|badly|really)\b)|(?:cant|"
    r"can t|cannot) (?:focus|concentrate|relax|switch off)|(?:its|it s|it has|this has|its "
    r"really|it has really) (?:got to me|affected me|messed me up|done my head in|getting to me|"
    r"hit me hard)|done my head in|my nerves are)"
)
# "no nightmares", "im not really anxious": a feeling denied is no need.
_B75B_DENIED_BEFORE = re.compile(
    r"\b(?:not|no|never|dont|do not|isnt|arent|wasnt|without|any)\s+(?:\w+\s+)?$"
)


def b75b_tells_how_they_are(words: str) -> bool:
    """ "I'm not sleeping", "im on edge all the time": how they are, told, not denied."""
    words = re.sub(r"\bsleeping (?:with|together)\b", " ", words)  # not "sleeping with him"
    return any(
        not _B75B_DENIED_BEFORE.search(words[: found.start()])
        for pattern in (LOW_MOOD, _B75B_HOW_THEY_ARE)
        for found in pattern.finditer(words)
    )


# -- end of round 75, helper b75b --


def read_needs(text: str) -> Answer:
    words = plain(text)
    # g89d (round 89): "information i can listen to. not read" (Ade, blind) is help to
    # communicate, not someone to listen: the words are taken out before the other needs.
    listen_not_read = bool(G89D_LISTEN_NOT_READ.search(words))
    if listen_not_read:
        words = G89D_LISTEN_NOT_READ.sub(
            lambda said: " information " if said.group(0).startswith("info") else " ", words
        )
        text = words
    found = [n for n in vocabulary.values("need", text)]
    found += [need for need, pattern in _NEED_PATTERNS if re.search(pattern, words)]
    if listen_not_read:
        found.append("communication")
    if _SCARED_NEED.search(words):
        found.append("safety")  # "yes very scared"
    if b75b_tells_how_they_are(words):
        found.append("emotional")  # -- round 75, helper b75b --: "I'm not sleeping" (Ray)
    language, speaker_wanted = _language_said_in_needs(text)
    if language and _language_is_theirs(words):
        # Support for someone else in their language: not this person's language or need.
        language, speaker_wanted = None, False
        found = [need for need in found if need != "communication"]
    if speaker_wanted:
        found.append("communication")  # "safe place for me and children. and someone speak polish"
    needs = list(dict.fromkeys(found))
    if needs:
        return Answer(needs, extra={"language": language} if language else {})
    if re.search(r"^(?:nothing|none|no|nah|not really|im ok|im fine|all good)\b", words):
        return Answer([])
    return DECLINED if is_dont_know(text) else NO_ANSWER


_ENGLISH_IS_FINE = re.compile(
    r"\b(?:(?:my )?english (?:is )?(?:fine|ok|okay|good|great|fluent|perfect|no problem|is fine)|"
    r"(?:i )?(?:speak|understand) english (?:fine|well|ok|okay|perfectly)|english (?:please|pls)|"
    r"(?:dont|do not|no) need (?:an |a )?interpreter)\b"
)
# Unless they ask for one all the same: "english ok but polish better for me".
_WANTS_INTERPRETER = re.compile(
    r"\b(?:interpreter (?:please|pls|would help|would be good)|(?:would|d) (?:like|prefer) "
    r"(?:an |a )?interpreter|\w+ (?:is )?better for me|prefer (?!english)\w+)\b"
)


# "she only speaks bengali, is there support in bengali for her?", "its my MUM who needs bengali"
# (round 38, Ayesha, 27, whose mother saw her attacked): the language of someone else.
_THEIR = (
    r"(?:she|he|they|her|him|them|my (?:mum|mom|mother|mam|dad|father|nan|nana|gran|granny|"
    r"grandma|grandad|grandmother|grandfather|husband|wife|son|daughter|sister|brother|aunt|"
    r"auntie|uncle|parents?|family|in laws?|mother in law|father in law))"
)
_LANGUAGE_THEIRS = re.compile(
    rf"\b{_THEIR} (?:\w+ )?(?:only )?(?:speaks?|talks?|understands?|needs?|wants?|reads?)\b|"
    rf"\bfor {_THEIR}\b|\b(?:its|it s|it is) {_THEIR} (?:who|that) (?:needs?|wants?|speaks?)\b"
)


def _language_is_theirs(words: str) -> bool:
    return bool(_LANGUAGE_THEIRS.search(words))


# -- round 53, helper Z7 --: "English is fine. Although my wife would prefer Punjabi if anyone
# speaks to her." (Raj) was sent with a Punjabi interpreter: the language is his wife's.
_Z7_THEIR_PREFERENCE = re.compile(
    r"\bmy (?:wife|husband|partner|mum|mother|mom|dad|father|son|daughter|parents?|grandma|"
    r"grandmother|grandad|grandfather|nan|family|brother|sister|aunt|uncle) (?:would |will |"
    r"might |d )?(?:rather|prefer|prefers|speaks?|needs?|wants?|like|likes) "
    # i91d (round 91): "English is fine for me. Some of the elders would prefer Punjabi."
    # (Harjit, for his gurdwara) was sent with a Punjabi interpreter: others in a group.
    r"|\b(?:(?:some|many|most|a few|several|one|two|a lot|lots) of (?:the |our |my )?|(?:the|our) )"
    r"(?:elders|elderly(?: members| people)?|older (?:members|people)|members|congregation|"
    r"community|sangat|worshippers|neighbours|residents|staff|workers|colleagues|others) "
    r"(?:would |will |might |d |only |mostly )?(?:rather|prefer|prefers|speaks?|needs?|wants?|"
    r"like|likes) "
)


# -- round 52, helper X3 --: "English is ok. Dari better for me but my son speak English good"
# (Mariam): the language better for the one writing, whoever else speaks English.
_X3_BETTER_FOR_ME = re.compile(r"\b(\w+) (?:is |s )?(?:better|best|easier) for me\b")


# -- round 59, helper F2 --
# "english ok. or urdu better" (Samira, 34, whose summary then had no language): English will do,
# but another is better for her, so that one is kept. After whose language it is was checked, so
# "English is fine. Gujarati better for my mother" is still English.
_F2_OTHER_IS_BETTER = re.compile(
    r"\b(\w+) (?:is |s |would be |will be |d be )?(?:better|best|easier|preferred)\b"
    r"(?! for (?:her|him|them|my|his|their)\b)"
)
# -- end of round 59, helper F2 --


def read_language(text: str) -> Answer:
    words = plain(text)
    languages = vocabulary.values("language", text)
    if "bsl" in languages and (
        account.f88a_bsl_not_theirs(text) or account._M2_NO_BSL.search(words)
    ):
        # f88a (round 88): "english. why are you telling me about BSL im not deaf" (Tasha) was
        # stored as BSL: BSL asked about or refused is not the language they chose.
        languages = [lang for lang in languages if lang != "bsl"]
    others = [lang for lang in languages if lang != "english"]
    mine = _X3_BETTER_FOR_ME.search(words)
    if others and mine and mine.group(1) != "english":
        own = [lang for lang in vocabulary.values("language", mine.group(1)) if lang != "english"]
        if own:
            return Answer(own[0])
    if others and (_language_is_theirs(words) or _Z7_THEIR_PREFERENCE.search(words)):
        # The person's own language is English if they say so; otherwise not yet answered.
        return Answer("english") if "english" in languages else NO_ANSWER
    better = _F2_OTHER_IS_BETTER.search(words)  # -- round 59, helper F2 --
    if others and better:
        own = [lang for lang in vocabulary.values("language", better.group(1)) if lang != "english"]
        if own:
            return Answer(own[0])
    if others and _ENGLISH_IS_FINE.search(words) and not _WANTS_INTERPRETER.search(words):
        # "English fine. Gujarati for my mother but not needed", "English is ok, I also speak
        # Bengali" (round 32, Raj and Mariam, each given an interpreter they did not want).
        return Answer("english")
    if others:
        # -- round 50, helper V8 --: "chinese. cantonese" (Mei): the spoken language, which the
        # interpreter needs, not "Chinese".
        spoken = [lang for lang in others if lang in ("cantonese", "mandarin", "hakka")]
        if "chinese" in others and spoken and not re.search(r"\bnot (?:cantonese|mandarin)", words):
            return Answer(spoken[0])
        return Answer(others[0])
    if languages or re.search(
        r"^(?:en|eng|english|engl\w*|this|this is fine|here|same|as "
        r"now|like this)\b",
        words,
    ):
        return Answer("english")
    if yes_no(text) is not None and len(words.split()) <= 4:
        # "yes" or "no" to "which language?" most often means English is fine.
        return Answer("english")
    return DECLINED if is_dont_know(text) else NO_ANSWER


_OUTSIDE_LONDON = re.compile(
    r"\b(?:outside (?:of )?london|not (?:in )?london|dont live in london|not from london|"
    r"not a london|out of london|(?:in|live in|from) (?:kent|surrey|essex|sussex|herts|"
    r"hertfordshire|berkshire|bucks|buckinghamshire|manchester|birmingham|leeds|liverpool|"
    r"bristol|brighton|reading|oxford|cambridge|luton|watford|slough|guildford|croydon? "
    r"no|southend|chelmsford|dartford|gravesend|maidstone|medway|chatham|basildon|"
    r"st albans|epsom|sheffield|newcastle|nottingham|leicester|cardiff|glasgow|edinburgh|"
    r"wales|scotland|spain|abroad|the midlands|the north|another city|a different city)|"
    r"^(?:kent|surrey|essex|sussex|herts|hertfordshire|berkshire|manchester|birmingham|"
    r"leeds|liverpool|bristol|brighton|reading|oxford|cambridge|luton|watford|slough|"
    r"guildford|southend|chelmsford|dartford|maidstone|sheffield|newcastle|nottingham|"
    r"leicester|cardiff|glasgow|edinburgh|wales|scotland|spain)\b)"
)


# q82c (round 82): Maria, "i work in chelsea but i live in lambeth, stockwell", was noted in
# Kensington and Chelsea three times: of two places, the one they say they live in is the borough.
_Q82C_I_LIVE = re.compile(
    r"\b(?:i|we) (?:live|lives|living|reside|am living|m living)(?: now)? (?:in |at )?"
    r"(\w+(?: \w+){0,3})"
)


def q82c_borough_lived_in(text: str) -> str | None:
    """The London borough after "i live (in)", when a message names one."""
    lives = _Q82C_I_LIVE.search(plain(text))
    if lives is None:
        return None
    found = [b for b in vocabulary.values("borough", lives.group(1)) if b in LONDON_BOROUGHS]
    return found[0] if found else None


def read_borough(text: str) -> Answer:
    boroughs = [b for b in vocabulary.values("borough", text) if b in LONDON_BOROUGHS]
    if len(boroughs) > 1:
        lived_in = q82c_borough_lived_in(text)
        if lived_in:
            return Answer(lived_in)
    if boroughs:
        return Answer(boroughs[0])
    if _OUTSIDE_LONDON.search(plain(text)):
        return Answer("outside_london")
    return DECLINED if is_dont_know(text) else NO_ANSWER


def read_gender(text: str) -> Answer:
    words = plain(text)
    if re.search(
        r"\b(?:non ?binary|nb|enby|genderfluid|gender fluid|agender|neither|other)\b", words
    ) or re.search(r"\bthey ?/ ?them\b", text.lower()):  # -- round 68, helper n5 --: Sam
        return Answer("non_binary")
    if re.search(
        r"\b(?:trans (?:woman|women|girl|female)|woman|women|female|girl|lady|f)\b", words
    ):
        return Answer("woman")
    if re.search(r"\b(?:trans (?:man|men|guy|male)|man|men|male|guy|bloke|boy|lad|m)\b", words):
        return Answer("man")
    return DECLINED if is_dont_know(text) or re.search(r"\brather not\b", words) else NO_ANSWER


# What the account reader may not take as a crime, told in plain or few words: "he come at me
# with a hammer" (a threat of violence with a weapon, as "he threatened me with a hammer" is
# read), "he touch my body, my breast" (sexual touching).
_WEAPON_RUSH = re.compile(
    r"\b(?:came|come|comes|coming|went|ran|run|lunged|charged|swung|swinging|swing)(?: \w+){0,2} "
    r"at (?:me|us|him|her|them)\b"
)
_SEXUAL_TOUCH = re.compile(
    # q82c (round 82): "he touched me. like my chest" (Zainab).
    r"\btouch(?:es|ed|ing)? (?:me on |me |her on |him on )?(?:like |on )?(?:my|her|his) "
    r"(?:body|breasts?|bum|"
    r"bottom|chest|privates?|private parts|vagina|crotch|boobs?)\b|\btouch(?:es|ed|ing)? (?:me )?"
    r"between (?:my|her) legs\b"
)


def crime_in_few_words(text: str) -> str | None:
    words = plain(text)
    if _SEXUAL_TOUCH.search(words):
        return "sexual_offence"
    if _WEAPON_RUSH.search(words) and "weapon" in account.read_account(text).details:
        return "assault"
    return None


# "i tell you. my husband" (Nadia, round 62, asked "What happened?" after telling of his
# shouting and taking her money): an answer that is only who did it, a partner or a relative,
# says the harm was at home. Anything more ("my husband was attacked") is read as an account.
_ONLY_WHO = re.compile(
    rf"^(?:(?:i (?:tell|told|said|say)(?: (?:you|u))?|i already said|like i said|already|"
    rf"it (?:was|is|s)|its|it s|by|from)\s+)*(?:(?:my|our) (?:(?:ex|own) )?"
    rf"(?:{account.PARTNER}|{account.FAMILY}))(?:\s+(?:again|did|did it|does|is doing it|"
    rf"i say \d+ times?|i said))*$"
)


def only_who_did_it(text: str) -> str | None:
    """The relationship, when a message names only a partner or relative as the one who did it."""
    lowered = plain(text)
    if not _ONLY_WHO.match(lowered):
        return None
    if re.search(r"\b(?:son|daughter|child|kid|grandson|granddaughter|baby)s?\b", lowered) and not (
        re.search(r"\b(?:it was|it is|its|it s|by|did)\b", lowered)
    ):
        return None  # "my son": a parent may be saying who it happened to
    who = read_relationship(text).value
    return who if who in ("partner_or_ex", "family_member") else None


def read_crime_type(text: str, known_offender: str | None = None) -> Answer:
    # round 79, m79c: "domestic abuse?? no no this is my shop" (Sunil) doubts the word; a
    # question that is only "robbery?" is still read (few words).
    text = account.m79c_without_echoed_crime(text).strip() or text
    found = account.read_account(text, known_offender)
    if found.crime_type:
        return Answer(found.crime_type)
    few = crime_in_few_words(text)
    if few:
        return Answer(few)
    named = account.named_crimes(text)
    if named:
        return Answer(named[0])
    if account.g3_partner_threatens_to_kill(text, known_offender):  # round 60, helper G3
        return Answer("domestic_abuse")
    chosen = p94f_buttons_chosen(text)  # p94f (round 94), Bianca: "maybe 3 and 5?"
    if chosen is not None:
        return chosen
    who = only_who_did_it(text)
    if who:
        return Answer("domestic_abuse", extra={"relationship_to_offender": who})
    if re.search(
        r"^(?:something else|other|none of (?:those|them|these)|its complicated)\b", plain(text)
    ):
        return Answer("other")
    return DECLINED if is_dont_know(text) and len(plain(text).split()) <= 5 else NO_ANSWER


# p94f (round 94): Bianca, asked "What happened? ... or choose one" after telling of the AirTag
# in her car: "i told you, the tracking. is my boyfriend so maybe 3 and 5? we live together 2
# years" was asked the same again. Two of the question's numbered options typed together are
# read (the buttons of utter_ask_crime_type, in order); a partner's or family member's stalking
# or attack is kept as that crime, with who did it, as "my boyfriend is stalking me" is read.
_P94F_CRIME_BUTTONS = (
    "burglary",
    "assault",
    "domestic_abuse",
    "sexual_offence",
    "stalking_harassment",
    "fraud",
    "other",
)
_P94F_TWO_NUMBERS = re.compile(
    r"(?<![\d:.])\b([1-7]) (?:and|or|&|\+|n) ([1-7])\b(?! ?(?:times|x|years?|yrs?|months?|weeks?|"
    r"days?|hours?|people|men|women|of|pm|am|o clock)\b)(?! ?\d)"
)
_P94F_TRACKING = re.compile(r"\b(?:the|his|her|their) tracking\b(?! (?:number|code|link|app))")


def p94f_buttons_chosen(text: str) -> Answer | None:
    """ "maybe 3 and 5?" (two options of the crime question), or "the tracking": None if not."""
    words = plain(text)
    found = _P94F_TWO_NUMBERS.search(words)
    who = None
    if re.search(rf"\b(?:my|is|our) {account.PARTNER}\b", words):
        who = "partner_or_ex"
    elif re.search(rf"\b(?:my|is|our) {account.FAMILY}\b", words):
        who = "family_member"
    extra = {"relationship_to_offender": who} if who else {}
    if found:
        chosen = {_P94F_CRIME_BUTTONS[int(number) - 1] for number in found.groups()}
        named = chosen - {"domestic_abuse", "other"}
        if named == {"assault"} and "domestic_abuse" in chosen:
            return Answer("domestic_abuse", extra=extra)  # as "my boyfriend hit me" is read
        if len(named) == 1:
            crime = named.pop()
            if "domestic_abuse" in chosen and not who:
                return Answer(crime)
            return Answer(crime, extra=extra)
        if chosen == {"domestic_abuse"} or chosen == {"domestic_abuse", "other"}:
            return Answer("domestic_abuse", extra=extra)
        return None
    if _P94F_TRACKING.search(words):
        return Answer("stalking_harassment", extra=extra)
    return None


_METHODS = {
    "call": r"\b(?:call|calls|calling|ring|ringing|phone|phoning|speak|talk|voice|telephone|"
    r"telephoning|landline)\b",  # -- round 62, helper h5 -- "Telephone." (Bernard, 80)
    "text": r"\b(?:text|texts|txt|sms|message|messages|whatsapp|signal)\b",
    "email": r"\b(?:email|e mail|mail|gmail|hotmail|outlook)\b|@",
}


# "email i guess. actually no she might see that too. text": what follows the change of mind.
_CHANGE_OF_MIND = re.compile(
    r"\b(?:actually|no wait|wait no|on second thoughts?|scratch that|or rather|no no)\b", re.I
)


def read_contact_method(text: str) -> Answer:
    parts = _CHANGE_OF_MIND.split(text)
    if len(parts) > 1:
        after = read_contact_method(parts[-1])
        if after.value is not None:
            return after
    # "Text message first please, then I'll call back" (round 34, Fiona): her calling back is not
    # how to contact her.
    lowered = re.sub(
        r"\b(?:i'll|ill|i will|i can|i could) (?:then )?(?:call|ring|phone) (?:you |them )?back\b",
        " ",
        text.lower(),
    )
    if c75a_no_phone(lowered):
        # -- round 75, helper c75a -- "i aint got a phone they took it": no way by phone.
        lowered = _C75A_NO_PHONE.sub(" ", lowered.replace("'", "").replace("\u2019", ""))
    # m103c (round 102): "or speak to Graham, he's my son": someone else to speak to, not a call.
    named = [
        name.lower()
        for name in re.findall(r"\b(?:speak|talk)(?: to| with)? ([A-Z][a-z]+)\b", text)
        if name not in ("Me", "You", "Them", "Someone", "Somebody", "Anyone", "Us")
    ]
    lowered = re.sub(
        r"\b(?:speak|talk|ring|call|phone)(?: to| with)? (?:my (?:son|daughter|husband|wife|"
        r"partner|sister|brother|friend|neighbour|carer|grandson|granddaughter)"
        + "".join(f"|{re.escape(name)}" for name in named)
        + r")\b|\b(?:my (?:son|daughter)|he|she|\w+) (?:could|can|will) (?:ring|call|phone) "
        r"(?:them|you|the team)\b",
        " ",
        lowered,
    )
    found = [method for method, pattern in _METHODS.items() if re.search(pattern, lowered)]
    refused = [
        method
        for method in found
        # -- round 43, helper M2 --: "Please text rather than ring" (Doreen, deaf).
        if re.search(rf"\b(?:not|no|dont|don't|never|cant|can't|rather than|instead of)\W+"
                     # -- round 50, helper V5 --: "please not a telephone call" (Stan).
                     rf"(?:by |a )?(?:telephone |phone )?{_METHODS[method]}", lowered)
    ]  # fmt: skip
    if "call" in found and "call" not in refused and _S4_NO_CALLS.search(plain(lowered)):
        refused.append("call")  # -- round 48, helper S4 -- "i cant hear the phone. text me"
    if "call" in found and "call" not in refused and c75a_hard_to_speak(plain(lowered)):
        refused.append("call")  # -- round 75, helper c75a -- "My English in speak is bad"
    if s4_wants_it_written(plain(lowered)) and "text" not in found:
        found.append("text")  # -- round 48, helper S4 -- "better to write"
    if "email" in found and re.search(
        r"\b(?:dont|don t|do not|havent|have not|i have no|no) (?:have |got )?(?:an? )?"
        r"(?:email|e mail)\b",
        plain(lowered),
    ):
        refused.append("email")  # -- round 48, helper S4 -- "I DONT HAVE EMAIL ... TEXT ME"
    if (
        "email" in found
        and re.search(
            r"\b(?:dont|don t|do not) (?:really )?(?:do|use) (?:an? )?(?:email|e mail)\b|"
            r"\b(?:he|she|they|my (?:son|daughter|husband|wife|partner|sister|brother|friend|"
            r"neighbour|carer|grandson|granddaughter)) (?:has|have|s got|has got|uses) (?:an? )?"
            r"(?:email|e mail)\b",
            plain(lowered),
        )
        and not re.search(r"@", lowered)
        and not re.search(
            r"\b(?:by|via) (?:email|e mail)\b|\b(?:email|e mail) (?:please|me|is (?:best|fine|"
            r"ok|good|better))\b",
            plain(lowered),
        )
    ):
        # m103c (round 102): Joyce, "I don't really do email ... or speak to Graham, he's my son,
        # he has email" was kept as email to her: email she doesn't use, or someone else's.
        refused.append("email")
        if found == ["email"]:
            return DECLINED if is_dont_know(text) else NO_ANSWER
    if refused and len(refused) < len(found):
        found = [method for method in found if method not in refused]  # "text, not call"
    if len(found) == 1:
        return Answer(found[0])
    if found:
        # "text, not call" or "email is best": the one said with a preference.
        for method in found:
            if re.search(
                # -- round 75, helper c75a --: grouped, as the email pattern's "|@" let any
                # email named count as preferred ("only text or email" was email).
                rf"(?:{_METHODS[method]})\W*(?:is |would be )?(?:best|better|preferred|"
                r"please|only)",
                lowered,
            ):
                return Answer(method)
        # -- round 75, helper c75a --: no preference said, so the way named first, as people
        # lead with their choice ("Text message. ..."), not the first in this table.
        return Answer(min(found, key=lambda method: _c75a_first_named(method, lowered)))
    if O103A_ANY_WAY.search(plain(lowered)):
        return Answer("text")  # o103a (round 103): Anjali, "either is fine, I said"
    return DECLINED if is_dont_know(text) else NO_ANSWER


# o103a (round 103): Anjali, who had said "you can call or text", asked "How should they contact
# you?": "either is fine, I said" got "Sorry, I didn't understand" and the question again. Any
# way is fine: a text, which reaches someone who cannot take a call or may be overheard, and
# which they read when safe (a message that names ways is read above).
O103A_ANY_WAY = re.compile(
    r"^(?:(?:oh|well|ok|okay|um|erm|honestly|really|yes|yeah|as i said|like i said|i said) )*"
    r"(?:either|any|anything|both|whichever|all|either one|any of them|any of those|either way|"
    r"any way|any is|it doesnt matter|doesnt matter|dont mind|i dont mind|dont care|"
    r"i dont care)(?: (?:one|of them|of those|way|is|are|would be|works|work|will do|is fine|are "
    r"fine|fine|ok|okay|good|is ok|is okay|is good|really|honestly|thanks|thank you|please|i said|"
    r"as i said|like i said|i already said|i told you|to me|for me|by me|with me))*$"
)


# -- round 75, helper c75a --
# Olena (Ukrainian, limited English), at "How should they contact you?": "Text message. My
# English in speak is bad" was kept as a call ("speak" is a word for calls): speaking English,
# or speaking at all, said to be hard is a reason not to be called.
_C75A_HARD_TO_SPEAK = re.compile(
    r"\benglish (?:in |for |when |to )?(?:speak|speaking|talk|talking|spoken|on the (?:tele)?phone)"
    r" (?:is |s |its |it s |it is )?(?:very |so |too |quite |really )?(?:bad|poor|weak|limited|not "
    r"(?:good|great|so good|very good|well)|no good)\b|"
    r"\b(?:my )?(?:speaking|spoken) english (?:is |s )?(?:very |so |quite |really )?(?:bad|poor|"
    r"weak|limited|not (?:good|great|so good|very good))\b|"
    r"\b(?:i )?(?:cant|can t|cannot|can not|dont|do not|not) (?:speak|talk)(?: english)?(?: "
    r"(?:well|good|very well|properly|clearly|much|english))?\b(?! (?:to|with|about|for|of|on|in "
    r"front)\b)"
)


# "can you text me the number for galop", "email me the link": something to be sent, not how
# a support worker should contact them.
_C75A_SEND_ME = re.compile(
    r"\b(?:text|txt|email|e mail|message|send|whatsapp) me (?:the|their|its|a|an|that|those|"
    r"this|his|her|some|any|more|your) (?:\w+ )?(?:numbers?|links?|websites?|web sites?|address|"
    r"addresses|names?|details (?:of|for|about)|info|information|list|results?|summary|leaflets?"
    r"|reference)\b"
)


def c75a_without_send_me(words: str) -> str:
    """The words without a request to be sent something ("text me the number for galop")."""
    return _C75A_SEND_ME.sub(" ", words)


# q94a (round 94): Naomi, told "by phone", at the question about times: "Weekdays after 5. Will
# they text first?" was kept as contact by text. Asking whether they will text first (before
# calling) is a question about the call, not the way to contact her.
_Q94A_WILL_THEY_TEXT_FIRST = re.compile(
    r"\b(?:will|would|do|does|can|could|are|is) (?:they|you|u|she|he|someone|somebody|the "
    r"(?:support )?(?:worker|team|service))(?: be)?(?: going to)? (?:text|txt|message|whatsapp)\w*"
    r"(?: me)? (?:first|before)\b"
)


def q94a_without_asking_if_they_text_first(words: str) -> str:
    """The words without "will they text first" (a question, not the way chosen)."""
    return _Q94A_WILL_THEY_TEXT_FIRST.sub(" ", words)


# Mehmet, at "How should they contact you?": "after 7 in evening is better, in day I am in shop
# busy" was said back as ("after 7, evening, in day"): a time followed by being busy then ("in
# day I am in shop busy", "mornings im at work") is a time NOT to call, as one before it is.
_C75A_BUSY = (
    r"(?:busy|at work|in work|working|on shift|at school|at college|at uni|in class|in meetings?|"
    r"driving|asleep|sleeping|in bed|in (?:the |my )?(?:shop|office|store|restaurant|factory)|"
    # l100c (round 100): Mariam, "in the afternoon I go to the cemetery" was said back as
    # "morning, afternoon": she would have been rung at her son's grave.
    r"(?:at|to) (?:the |his |her |my \w+s )?(?:cemetery|grave|graveside))"
)


# "after 5, I work days", "i work nights": the busy words name their own time.
_C75A_DAY_WORDS = re.compile(
    r"\s*(?:\w+ )?(?:days?|nights?|daytimes?|mornings?|afternoons?|evenings?|weekends?|weekdays?|"
    r"lates?|earlies|nine to five|9 to 5|shifts?)\b"
)


# k99d (round 99): Noor, 20, who lives with her parents and hasn't told them: "weekdays in the
# day, im at uni" was said back as "im at uni, not weekdays in the day". The times first, alone
# before a comma, then that she is at uni (away from home): the times are when to contact her.
_K99D_TIMES_THEN_AT_UNI = re.compile(
    r"^\s*(?P<times>[a-z0-9 ]+?)\s*,\s*(?:im|i m|i am|i'm|i’m) (?:usually |mostly )?at "
    r"(?:uni|university|college|school|sixth form)\b[^,.!?]*$",
    re.I,
)


def k99d_time_then_away_at_uni(text: str, time: str) -> bool:
    said = _K99D_TIMES_THEN_AT_UNI.match(text)
    return bool(said and time in plain(said.group("times")))


def c75a_busy_after(words: str, time: str) -> bool:
    """ "in day I am in shop busy": the time, then that they are busy at it (and no other time
    after that: "after 6 I'm driving in day" is busy in the day)."""
    found = re.search(
        rf"\b{re.escape(time)} (?:(?!(?:is|are|s|best|better|fine|good|ok|okay|please|only|"
        rf"but|and|or|when|if|not)\b)\w+ )?(?:(?:i am|im|i m|i|we are|were|i will be|ill be) "
        rf"(?:(?!not\b)\w+ ){{0,2}}{_C75A_BUSY}|(?:i|we) work)\b",
        words,
    )
    if found is None:
        return False
    if g76b_reason_follows(words, time):
        return False  # -- round 76, helper g76b -- "evenings after 8 cos I'm at work" (Lucy)
    if m79d_busy_at_another_time(words[found.end() :]):
        return False  # m79d (round 79) -- "weekdays after 5, I'm at work before that" (Peter)
    rest = words[found.end() :].split(" | ")[0]
    if re.match(r"(?:after|from) ", time) and not rest.strip():
        # k99c (round 99): "after 6 weekdays, im at work" (Dev) was sent back as "im at work, not
        # after 6 weekdays": an "after" time, then that they are at work, ending the sentence,
        # gives the reason the time suits (at work before it), not a busy time.
        return False
    if not rest.strip() and re.search(
        r"\b(?:after|from) \d{1,2}(?:[:.][0-5]\d)?(?: ?(?:am|pm))?(?: (?:on|in|during))? $",
        words[: found.start()].split(" | ")[-1],
    ):
        # p104b (round 104): Sipho, "any time after 5 on weekdays, I'm at work" was sent back as
        # "after 5, not weekdays": the days of an "after" time, then that they are at work,
        # ending the sentence, are when to call (at work before the time), as k99c above.
        return False
    if k77b_other_away(rest):
        return False  # k77b (round 77) -- "im at work then and mum isnt around" (Ellie)
    later = _TIME_WORDS.search(rest) or _C75A_DAY_WORDS.match(rest)
    # "mornings im at work, after 5 is fine": the later time is the one that suits.
    return later is None or c75a_said_to_suit(rest, later.group(0))


# "mornings im at work, after 5 is fine": a time said to suit is wanted, whatever busy word
# comes before it (the comma between is lost in the plain words).
def c75a_said_to_suit(words: str, time: str) -> bool:
    return bool(
        re.search(
            rf"(?<!not )\b{re.escape(time)} (?:is |are |s |would be |works )?(?:fine|best|better|"
            r"good|ok|okay|great|ideal|easiest|perfect)\b",
            words,
        )
    )


# Chloe (22; her dad pays her phone bill), at the referral question: "i just dont want them to
# know. can they email me instead"; Daniel, for his father (79, hard of hearing): "Yes please,
# but he cannot hear very well on the phone. Could they write to him or email me instead?".
# A way to be contacted asked for ("can they email me instead"), not something to
# be sent ("can you text me the number") and not someone else to be called ("will they call
# the police"). The way said first in it is the one asked for.
_C75A_WAY = r"(?:email|e mail|text|txt|message|msg|write to|ring|call|phone)"
_C75A_WHO_CONTACTS = (
    r"(?:they|you|u|someone|somebody|(?:a|the) (?:support )?(?:worker|team|service)|the charity|"
    r"it)"
)
_C75A_WAY_ASKED = re.compile(
    # Not "will they call me?", which asks what happens, often with a worry beside it.
    rf"\b(?:can|could|cud|cn|may|cant|can t|couldnt)\s+{_C75A_WHO_CONTACTS}\s+(?:just "
    rf"|only |maybe |please |not )?(?P<way>{_C75A_WAY})(?: (?:me|us)\b|(?: (?:him|her))?(?= "
    r"instead| only| rather| first| or| and|\s*$| (?:please|pls|plz|then|though|tho|if|cos|"
    r"because|as)\b))|"
    r"\b(?:email|e mail|text|txt|message) (?:me |us |him |her )?instead\b"
)


def c75a_way_asked(text: str) -> str | None:
    """The way they ask to be contacted ("can they email me instead": "email"), or None."""
    words = c75a_without_send_me(plain(text))
    found = _C75A_WAY_ASKED.search(words)
    if found is None:
        return None
    return read_contact_method(words[found.start() :]).value


# Liam (16, his phone taken in a robbery), at the referral question: "maybe. but i aint got a
# phone they took it. this is my boy's phone"; "how they gonna contact me if i got no phone".
_C75A_NO_PHONE = re.compile(
    # Not "dont phone me": having none, not refusing calls.
    r"\b(?:(?:aint|ain t|havent|haven t|have not)(?: got)?(?: a| no| any)?|(?:dont|don t|do not|"
    r"didnt|did not) (?:have|got)(?: a| any)?|(?:i |ive |i ve )?(?:got|have) no|without a|with no)"
    r" (?:phone|mobile|fone)\b(?! (?:number|call|calls|bill|credit|signal))|"
    r"\b(?:they|he|she|someone|them|the (?:lads|boys|men|guys|thieves))\s+(?:took|stole|nicked|"
    r"robbed|taken|grabbed|snatched)\s+(?:my|me)\s+(?:phone|mobile|fone)\b(?! (?:number|"
    r"password|pin|code|passcode))|"
    r"\bmy (?:phone|mobile|fone) (?:was|got|has been|s been|is) (?:stolen|nicked|taken|gone|"
    r"robbed|snatched)\b"
)


# "this is my boy's phone", "im on my mates phone": the phone they write on is someone else's.
_C75A_SOMEONE_ELSES_PHONE = re.compile(
    r"\b(?:its|it s|it is|this is|this s|thats|that s|im on|i m on|i am on|im using|i m using|i am "
    r"using|using|on|from) (?:my (?:\w+ )?\w+s|(?:a |my )?(?:friend|mate|boy|bro|brother|sister|"
    r"cousin|mum|dad|girlfriend|boyfriend|neighbour)(?: s)?) (?:phone|fone|mobile)\b"
)


def c75a_on_someone_elses_phone(text: str) -> bool:
    return bool(_C75A_SOMEONE_ELSES_PHONE.search(plain(text)))


def c75a_no_phone(text: str) -> bool:
    """They have no phone now (taken, or none): "i aint got a phone they took it"."""
    return bool(_C75A_NO_PHONE.search(plain(text)))


def c75a_without_no_phone(text: str) -> str:
    """The words without their saying they have no phone ("dont have a phone" is no "no")."""
    return _C75A_NO_PHONE.sub(" ", plain(text))


def c75a_hard_to_speak(words: str) -> bool:
    """Speaking (English, or at all) said to be hard: "My English in speak is bad"."""
    return bool(_C75A_HARD_TO_SPEAK.search(words))


def _c75a_first_named(method: str, lowered: str) -> int:
    found = re.search(_METHODS[method], lowered)
    return found.start() if found else len(lowered)


# -- end of round 75, helper c75a --


# "i just said. weekdays before 6pm": the times, without the complaint, are what is kept.
_ALREADY_SAID = re.compile(
    r"^\W*(?:(?:i (?:just |already )?(?:said|told you)|like i said|as i said|i said that)\W*)+",
    re.I,
)


# -- round 69, helper P2 --
# Zainab, asked when is safe to contact her: "Thank you. One more thing, should I tell her
# school? She trusts one teacher" was saved as the times ("She trusts one teacher", for "one"
# and "school"). A question, or a sentence with no time in it, is never a time: "one" before a
# noun ("one teacher") and "school" or "work" not after "after", "at", "during"... name none
# ("after 6", "after school", "one o'clock", "any time?" still do).
_N94B_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_P2_NO_TIME_USE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?!(?:o ?clock|am|pm|"
    r"oclock|thirty|fifteen|forty|fortyfive|forty five|ish|days?|weeks?|hours?|mornings?|"
    r"afternoons?|evenings?|nights?|or|and|to|till|until)\b)(?=[a-z]{3,})|"
    # n94b (round 94): Dami, at "When is a safe time to contact you?": "bet. how do i get a new
    # phone tho do the police give u one or wat" was kept as his time. "one" that stands for a
    # thing ("give u one", "a new one", "one or wat") names no time; "at one", "one or two" do.
    rf"\b(?:a|an|another|new|old|other|the|this|that|which|any|no|every|each|"
    rf"u|you|me|him|her|them|us|get|got|buy|need|want|have|only|just) one\b(?! (?:o ?clock|"
    rf"am|pm|oclock|thirty|fifteen|forty|ish|to|till|until|or {_N94B_NUMBER}|and "
    rf"{_N94B_NUMBER})\b)|\b{_N94B_NUMBER} (?:or|and) (?!(?:{_N94B_NUMBER}|half|so|"
    rf"after|before|later|earlier)\b)|"
    r"(?<!\bafter )(?<!\bbefore )(?<!\bat )(?<!\bduring )(?<!\bfrom )(?<!\buntil )(?<!\btill )"
    r"(?<!\bin )(?<!\bat the )(?<!\bafter the )\b(?:school|work)\b(?! (?:hours?|days?|time|run|"
    r"finishes|starts|ends))"
)


def p2_no_time_told(text: str) -> bool:
    """No time in what they said: questions left out (but a short "after 6?" kept), and "one
    teacher" or "her school" named no time."""
    parts = [part for part in re.split(r"(?<=[.?!\n])\s*", text) if part.strip()]
    kept = [part for part in parts if "?" not in part or len(plain(part).split()) <= 4]
    words = _P2_NO_TIME_USE.sub(" ", plain(" ".join(kept)))
    return not _NAMES_A_TIME.search(words)


# -- end of round 69, helper P2 --


def read_contact_times(text: str) -> Answer:
    """When it is safe to be contacted, in their words. A number or an address typed here is
    kept as the contact details; "yeah fine" or "ok" is not a time and is asked again."""
    text = j5_dialect_times(text)  # -- round 65, helper j5 -- "a just said, mornins" (Moira)
    details = read_contact_details(text).value
    if details:
        rest = _EMAIL.sub(" ", _UK_PHONE.sub(" ", text)).strip(" .,;")
        # -- round 31, helper Q -- "07700 900461, that's my work mobile. will they remember
        # it's only 12 to 2?" (Rukhsana): a question about the times sets no times.
        # -- round 57, helper E1 -- "07700 900461. After 5.30 is best please" (Yvonne) was
        # kept as "After 5": a dot between digits is a time, not the end of a sentence.
        rest = " ".join(
            p for p in re.findall(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+[.!?\n]*", rest) if "?" not in p
        )
        rest = rest.strip(" .,;")
        times = read_contact_times(rest) if rest else NO_ANSWER
        if times.value is None and "@" in str(details):
            times = Answer("any time")  # an email waits until they choose to read it
        return Answer(times.value, extra={"contact_details": details})
    if re.fullmatch(_NOT_A_TIME, plain(text)):
        return NO_ANSWER
    if _WHOSE_NUMBER.fullmatch(plain(text)):
        return NO_ANSWER  # -- round 31, helper Q -- "that's my work mobile" is not a time
    text = _ALREADY_SAID.sub("", text) or text
    text = _without_asides(text)
    if _P81D_NO_MATTER.fullmatch(plain(text)):
        return Answer("any time")  # p81d (round 81) -- "it doesnt matter its email" (Kwame)
    if not _NAMES_A_TIME.search(plain(text)) or p2_no_time_told(text):  # round 69, helper P2
        # "hello?? i asked if i agreed to pass my details on" is not a time to call.
        return DECLINED if is_dont_know(text) else NO_ANSWER
    cleaned = " ".join("".join(ch for ch in text if ch.isprintable()).split())[:200]
    if not cleaned or n103c_only_any_time(text):
        # Only when that is all they said: "any time. not tuesday" keeps the Tuesday.
        return Answer("any time")
    return Answer(x4_names_out(cleaned))  # -- round 52, helper X4 --


_N103C_ANY_TIME = re.compile(
    r"(?:(?:ye|yes|yeah|yea|yep|ok|okay|honestly|literally|erm|um|so|oh|just|tbh) )*"
    r"(?:any ?time|whenever|dont mind|doesnt matter|i dont mind)(?: (?:is fine|is ok|is good|"
    r"works|really|thanks|please|at all|of the day|thank you|tbh|honestly|to be honest|mate))*"
)
# n103c (round 103): a clause beside "any time" that limits it ("not when he's home").
_N103C_LIMITS = re.compile(
    r"\b(?:when|while|unless|except|apart from|but not|only|not (?:on|at|in|before|after|"
    r"during|when|while|if|between|from|till|until))\b"
)


def n103c_only_any_time(text: str) -> bool:
    """ "any time" is all the time they said: Jamal, "any time, not like i go anywhere", and Kai
    (round 102), "ye any time is fine. i cant really do phone calls tbh", were kept and said back
    in their own words; the rest names no time and limits none ("any time. not tuesday" keeps the
    Tuesday)."""
    clauses = [plain(c) for c in re.split(r"[,.;!?\n]+|\s+but\s+", text) if plain(c)]
    if not clauses or not _N103C_ANY_TIME.fullmatch(clauses[0]):
        return False
    return not any(_NAMES_A_TIME.search(c) or _N103C_LIMITS.search(c) for c in clauses[1:])


# -- round 52, helper X4 --: "Weekday mornings, please. Margaret usually calls round on Tuesday
# and Friday afternoons, so not then." (Gerald, who had asked that her name not be written down)
# was kept, and sent back to him, with her name: a named person who comes round, or is in or out,
# is kept as "someone" in the times.
_X4_NAMED_VISITOR = re.compile(
    r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Weekday|Weekdays|Weekend|"
    r"Weekends|Mornings?|Afternoons?|Evenings?|Any|Not|Only|After|Before|Between|From|Please|"
    r"Mum|Mom|Dad|He|She|They|It|The|My|Our|His|Her|When|While|If|But|And|So)\b)[A-Z][a-z]+"
    r"(?= (?:usually |often |always |normally |sometimes |mostly |generally )?(?:calls?|comes?|"
    r"visits?|pops?|drops? (?:in|by|round)|is (?:here|round|around|in|out|home|back|with me|at)|"
    r"gets (?:home|back|in)|opens|checks|reads|listens)\b)|"
    r"\b(?<=when )(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|He|She|They|It"
    r"|The|My|I)\b)[A-Z][a-z]+(?= (?:is|s|isnt|gets|goes|comes|leaves) )"
)


def x4_names_out(times: str) -> str:
    """The contact times without the name of someone who visits or is around."""

    def someone(found: re.Match[str]) -> str:
        starts = re.search(r"(?:^|[.!?]\s+)$", times[: found.start()])
        return "Someone" if starts else "someone"

    return _X4_NAMED_VISITOR.sub(someone, times)


_ASIDE = re.compile(
    r"^(?:i (?:already |just )?(?:said|told you)|like i said|as i said|(?:and |but )?(?:please )?"
    r"(?:by )?(?:text|txt|texts|email|call|ring|phone|message)(?: (?:not|only|me|please|is best|"
    r"is better|no calls|not (?:a )?(?:call|calls|ring|phone|text|email)))*)$"
)
# j91c (round 91): "after school like 4 till 9. how long till they text tho he said tonight"
# (Kai) was kept whole as the times: a question about when they will hear, even without a
# question mark, is answered, not kept as a time to contact them.
_J91C_ASKS_WHEN = re.compile(
    r"(?:so |and |but |ok |okay )?(?:how (?:long|soon|quick|quickly)|when (?:will|would|do|does|"
    r"can|are|is)|will (?:they|someone|somebody|anyone|it)|what time (?:will|do|does|would))\b"
)
_SAID_AT_END = re.compile(r"\s+(?:i (?:already |just )?said|like i said|as i said)\W*$", re.I)


# -- round 31, helper Q --
_WHOSE_NUMBER = re.compile(
    r"(?:(?:thats|that s|that is|its|it s|it is|this is|the number is)\s+)?(?:my|the)?\s*(?:work|"
    r"own|personal|home|private|new|other|\w+s)?\s*(?:mobile|number|phone|landline|email|line)"
    r"(?: number)?"
)


def _without_asides(text: str) -> str:
    """ "after 6. i already said. and text not call": the time, without the complaint or the
    way to contact them (kept as the method), is what the worker reads as the times."""
    # -- round 50, helper V6 -- "Weekdays after 5.30. Not at work" (Keith) kept "after 5": the
    # dot in a time is not the end of a sentence.
    parts = [p for p in re.split(r"(?<=[.!?])\s+|(?<!\d)\.\s*|\.(?!\d)\s*", text) if p.strip()]
    # -- round 31, helper Q -- "that's my work mobile" (Rukhsana) says whose number, not when.
    parts = [p for p in parts if not _WHOSE_NUMBER.fullmatch(plain(p))] or parts
    if any(_NAMES_A_TIME.search(plain(p)) for p in parts):
        # "thats not a time lol. evenings after 5": the sentences that name a time.
        parts = [p for p in parts if _NAMES_A_TIME.search(plain(p))]
    # "Weekdays after 5. Will they explain the inquest?": the question is answered, not kept.
    kept = [
        p.strip()
        for p in parts
        if not _ASIDE.match(plain(p))
        and not p.strip().endswith("?")
        and not _J91C_ASKS_WHEN.match(plain(p))  # j91c (round 91): Kai's question, no mark
    ]
    text = ". ".join(kept) if kept else text
    # "any time but TEXT please not phone", "after 9pm i said": the way to contact them or a
    # complaint inside the sentence is not part of the time either.
    clauses = [
        c for c in re.split(r",\s*|\s+but\s+|\.\s+", _SAID_AT_END.sub("", text)) if c.strip()
    ]
    times = [c.strip() for c in clauses if not _ASIDE.match(plain(c))]
    if times and len(times) < len(clauses):
        return ", ".join(times)
    return _SAID_AT_END.sub("", text) or text


_NAMES_A_TIME = re.compile(
    r"\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|"
    r"midnight|mornings?|afternoons?|evenings?|nights?|tonight|today|tomorrow|lunch\w*|am|pm|"
    r"after|before|between|from|until|till|til|by|weekdays?|week days?|weekends?|week|days?|"
    r"daytime|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|mon|tue|"
    r"tues|wed|thu|thur|thurs|fri|sat|sun|school|work|hours?|o ?clock|early|late|later|now|asap|"
    r"soon|whenever|any ?time|anytime)\b"
)


_NOT_A_TIME = (
    r"(?:yes|yeah|yep|ye|ok|okay|fine|sure|alright|yes please|yeah fine|ok fine|thats fine|"
    r"yes thats fine|sounds good|cool|great|thanks|thank you)"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_UK_PHONE = re.compile(r"(?:\+44\s?|0)(?:\d\s?){9,10}")


def _spoken_email(text: str) -> str:
    """An email address as voice typing writes it: "ann.example at example dot com"."""
    spoken = re.sub(r"\s+at\s+", "@", text.strip(), flags=re.I)
    return re.sub(r"\s+dot\s+", ".", spoken, flags=re.I)


def read_contact_details(text: str) -> Answer:
    """A UK phone number (normalised to digits) or an email address."""
    # -- round 31, helper Q -- "No, please don't leave a message. The mobile is 07700 900266":
    # a number given beside a "no" is still the number; only a "no" without one declines.
    declined = re.search(
        r"^(?:no|none|nah|no thanks|i dont have|dont have|i do not have)\b", plain(text)
    )
    email = _EMAIL.search(text) or _EMAIL.search(_spoken_email(text))
    if email:
        return Answer(email.group(0).lower())
    phone = _UK_PHONE.search(text.replace("-", " ").replace("(", "").replace(")", ""))
    if phone:
        digits = re.sub(r"\D", "", phone.group(0))
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        if len(digits) == 11:
            return Answer(digits)
    return DECLINED if declined or is_dont_know(text) else NO_ANSWER


# -- round 29, helper M --
def _read_contact_method_and_times(text: str) -> Answer:
    """ "phone call please, afternoons are best": the way, and the time said with it, so "When
    is a safe time?" is not asked again."""
    answer = read_contact_method(text)
    if answer.value is None:
        return answer
    said = contact_said(text)
    extra = {k: said[k] for k in ("contact_times", "voicemail_ok") if k in said}
    return Answer(answer.value, extra=extra) if extra else answer


# -- round 65, helper k5 --
# Maria (r65c, 52, a domestic worker abused daily for 3 years), asked "has this happened more than
# once": "no. i am filipino. she say filipino stupid sometime" was read as "it happened once": the
# "no" answers the hate question she expected, and the rest says it is repeated. Precious (r65a):
# "well twice now, the eggs and the car. is this a hate crime?" and "i just said, twice" were
# dropped as a skip: "twice" (now) is a yes.
_K5_NO_THEN = re.compile(r"^(?:no+|nope|nah|no no)\b\s*[.,!;:-]?\s*(?P<rest>.+)$")
_K5_HAPPENS_OFTEN = re.compile(
    r"\b(?:sometimes?|every ?day|every ?night|every (?:week|time)|always|all the time|again and "
    r"again|daily|many times|lots of times|so many times)\b"
)
# "she say filipino stupid sometime": someone doing it, then how often (not "sometimes i wonder").
_K5_DOES_IT_OFTEN = re.compile(
    r"\b(?:he|she|they|it|hes|shes|theyre|this|that|them|him|her)\b[^.!?]*?"
    + _K5_HAPPENS_OFTEN.pattern
)
_K5_TWICE = re.compile(
    r"\b(?:twice|two times|three times|3 times|2 times|a few times|several times|(?:two|three|"
    r"2|3) (?:times|things))\b"
)
_K5_NOT_TWICE = re.compile(
    r"\b(?:not|never|only|just) (?:twice|two times|once)\b|\b(?:not|never) \w+ twice\b|\bonce or "
    r"twice\b|\bonce\b"
)
_I97D_ONCE_AND_ONCE = re.compile(
    r"\bonce\b.{0,60}?\band (?:then )?once (?:again|more|on|at|in|by)\b"
)
# "i just said, twice": what they said before, then the answer.
_K5_I_SAID = re.compile(r"\b(?:i (?:just |already )?(?:said|told you)|like i said)\b")


# -- round 66, helper l3 --
# Fatima, shouted at on a bus: "no first time from him. but people look at us sometimes, since
# I wear hijab" was read as "targeted again and again". A "no" that says it was the first time
# (or only once) is a no, whatever else happens "sometimes".
_L3R66_FIRST_TIME = re.compile(
    r"\b(?:(?:the |its the |it was the |this was the |this is the )?first time(?! (?:was|it "
    r"happened was|i|he|she|they)\b)|(?:only|just) (?:the )?once|only (?:the )?one time|never "
    r"before)\b"
)
# -- end of round 66, helper l3 --


# q82c (round 82): Maria, at the repeat question: "no first time he touch me. before only the
# wife shout sometimes" was noted as "it has happened more than once". A no, then "first time he
# did it" ending its sentence, is the first time ("the first time he hit me was 2019" is not).
_Q82C_FIRST_TIME_DONE = re.compile(
    r"^\W*(?:no+|nope|nah)\b\W*(?:(?:the|its the|it was the|it is the|this is the|is the|is) )?"
    r"first time (?:he|she|they) (?:\w+ )?\w+ (?:me|us|my \w+)\s*(?:[.!;]|$)"
)


# v86b1 (round 86): Ray, asked "Has this happened to them more than once?", wrote "No, it has
# NOT been reported to the police. I said she doesn't want the police." and was noted "not
# repeated": a "no" whose own sentence puts the police right answers that, not the question.
_V86B1_NO_THEN = re.compile(r"^(?:no+|nope|nah|no no)\b\s*[,!;:-]?\s*(?P<rest>.*)$")
_V86B1_ABOUT_POLICE = re.compile(r"\b(?:reported|report|police|cops|999|101|crime number)\b")
_V86B1_ABOUT_REPEAT = re.compile(
    r"\b(?:before|again|once|twice|first|more than|other times?|times|happened|happens|"
    r"happening|never|only|just the|targeted|previous\w*|ever)\b"
)


def v86b1_no_about_the_police(text: str) -> bool:
    """A leading "no" whose sentence is about the police or reporting, and not about it
    happening before: "No, it has NOT been reported to the police"."""
    first = re.split(r"[.!?\n]+", text.strip(), maxsplit=1)[0]
    told = _V86B1_NO_THEN.match(plain(first))
    if not told:
        return False
    rest = told.group("rest")
    return bool(_V86B1_ABOUT_POLICE.search(rest)) and not _V86B1_ABOUT_REPEAT.search(rest)


# n103c (round 103): Jamal, asked if it had happened more than once: "mate. most evenings. for a
# year. did you read anything i said?" was asked again: how often it happens ("most evenings")
# says more than once ("we were together for a year" says nothing of the kind).
_N103C_HOW_OFTEN = re.compile(
    r"(?<!\bnot )(?<!\bnever )\b(?:most|every|each|some) (?:evenings?|nights?|mornings?|days?|"
    r"weeks?|weekends?|months?)\b"
)


def k5_read_repeat(text: str) -> Answer:
    """The repeat answer, with a "no" that answers something else and "twice" read (above)."""
    answer = j4_read_repeat(text)
    if answer.value is True:
        return answer
    if account.gone_on_for_a_while(plain(text)):
        return Answer(True)  # Lead (round 91): "the money has gone on since christmas"
    if answer.value is None and _N103C_HOW_OFTEN.search(
        account.without_repeat_set_asides(plain(text))  # not "I visit my mum every day" (m1)
    ):
        return Answer(True)  # n103c (round 103): Jamal, "mate. most evenings. for a year."
    if answer.value is False and v86b1_no_about_the_police(text):
        return NO_ANSWER  # v86b1 (round 86): Ray's "No" was about the police
    words = plain(text)
    counted = account.z5_not_repeat_out(_K5_I_SAID.sub(" ", words))
    # i97d (round 97): Mr Okoro, "The threats, yes, twice now. Once on the telephone and once on
    # my doorstep last Tuesday", was asked again: "once ... and once" counts two times.
    counted = _I97D_ONCE_AND_ONCE.sub(" twice ", counted)
    if _K5_NOT_TWICE.search(counted) or _D1_OTHERS_BEFORE.search(counted):
        return answer
    if answer.value is None and _K5_TWICE.search(counted):
        return Answer(True)  # "i just said, twice", "well twice now, the eggs and the car"
    told = _K5_NO_THEN.match(counted)
    if told and _Q82C_FIRST_TIME_DONE.search(text.lower()):
        return Answer(False)  # q82c (round 82): "no first time he touch me." (Maria)
    if told and _L3R66_FIRST_TIME.search(told.group("rest")):
        return answer  # -- round 66, helper l3 --: "first time" wins (Fatima)
    if told and _K5_DOES_IT_OFTEN.search(told.group("rest")):
        return Answer(True)  # "no. i am filipino. she say filipino stupid sometime"
    return answer


# "you said that already. ok yes, paladin please" (Ellie): the complaint, then a plain yes.
_K5_SAID_ALREADY = re.compile(
    r"^(?:(?:you|u) (?:said|asked|already said|already asked|just said|just asked)(?: (?:that|this|"
    r"me))?(?: already| before| twice)?|(?:i|ive) (?:know|heard)(?: that)?|(?:ok )?i know)\s*"
)
_K5_THEN_YES = re.compile(
    r"^(?:ok |okay |alright |fine |right )?(?:yes|yeah|yep|yes please|ok yes)\b(?!.*\b(?:no|not|"
    r"dont|don t|never|nah)\b)"
)

_K5_NOT_SAFE = re.compile(
    r"\b(?:not safe|unsafe|isnt safe|no one|nobody|dont contact|do not contact|never contact|"
    r"not (?:my|this) (?:email|address)|(?:he|she|they) (?:reads?|checks?|sees?|can see|has|knows?)"
    r"\b[^.!?]{0,20}\bemail)\b"
)


def k5_safe_by_email(text: str) -> Answer | None:
    """An email address given when asked if contact is safe, with "please dont call": safe,
    by email, at that address (a way chosen, not a refusal). None: no email given, or said to
    be unsafe."""
    found = _EMAIL.search(text)
    if not found or _K5_NOT_SAFE.search(plain(text)):
        return None
    return Answer(True, extra={"contact_method": "email", "contact_details": found.group(0)})


# -- end of round 65, helper k5 --


READERS: dict[str, Callable[[str], Answer]] = {
    "consent": read_consent,
    "in_danger": read_in_danger,
    "crime_type": read_crime_type,
    "bereaved": read_bereaved,
    "reported_to_police": read_reported_to_police,
    "age": read_age,
    "under_18": read_under_18,
    "relationship_to_offender": read_relationship,
    "repeat_victimisation": k5_read_repeat,  # -- round 41, helper J4; round 65, helper k5 --
    "hate_motivated": read_hate_motivated,
    "impairment": read_impairment,
    "fear_of_giving_evidence": read_fear_of_giving_evidence,
    "needs": read_needs,
    "language": read_language,
    "borough": read_borough,
    "gender": read_gender,
    "referral_consent": read_referral_consent,
    "contact_safe": read_contact_safe,
    "contact_method": _read_contact_method_and_times,
    "contact_times": read_contact_times,
    "voicemail_ok": read_voicemail_ok,
    "contact_details": read_contact_details,
}


# p94d (round 94): Vera, asked "If this went to court, would you feel scared or very worried
# about giving evidence?" (1 Yes, 2 No, 3 Skip), sent "ok 2": its "ok" was read as a yes, and
# WHY told her she was afraid of court. A number after "ok" is the option chosen by number.
_P94D_OK_THEN_NUMBER = re.compile(
    r"(?:ok+|okay|k|kk|right|alright|all right|fine|sure|um+|erm+|hmm+)\W*([1-3])\W*"
)
# The questions whose options are 1 Yes, 2 No, 3 Skip (consent: 1 Yes, 2 No).
_P94D_OPTIONS = {
    **dict.fromkeys(
        (
            "bereaved",
            "reported_to_police",
            "repeat_victimisation",
            "hate_motivated",
            "impairment",
            "fear_of_giving_evidence",
            "referral_consent",
            "contact_safe",
            "voicemail_ok",
        ),
        ("yes", "no", "skip"),
    ),
    "consent": ("yes", "no"),
}


def p94d_option_by_number(slot: str, text: str) -> str | None:
    """ "ok 2", "ok, 2" at a Yes/No/Skip question: the option's word ("no"); else None."""
    options = _P94D_OPTIONS.get(slot)
    found = _P94D_OK_THEN_NUMBER.fullmatch(text.strip().lower())
    if options is None or found is None or int(found.group(1)) > len(options):
        return None
    return options[int(found.group(1)) - 1]


def read_answer(slot: str, text: str) -> Answer:
    """The message read as the answer to the question for ``slot``."""
    reader = READERS.get(slot)
    if reader is None or not text.strip():
        return NO_ANSWER
    text = p94d_option_by_number(slot, text) or text  # p94d (round 94): Vera, "ok 2"
    if slot != "in_danger":
        # -- round 75, helper b75a -- Bex: "... insta dm? jk. my number is ...": what a "jk"
        # takes back is not the answer (never at the danger question).
        text = without_jokes(text)
    if slot == "reported_to_police":
        text = _J91D_CHECKS_WHAT_IS_MEANT.sub("", text)  # j91d (round 91): Stan
    if slot != "in_danger" and _K99D_YES_WHAT.match(text):
        return NO_ANSWER  # k99d (round 99): Gareth, "yes what? yes they'll refuse??"
    return reader(text) if text.strip() else NO_ANSWER


# k99d (round 99): Gareth, after the bot's bare "Yes." to his insurance question, with the court
# question pending: "yes what? yes they'll refuse?? thats all her rings" was recorded as being
# scared of giving evidence. "yes what?" asks what the bot's yes meant; it answers nothing.
_K99D_YES_WHAT = re.compile(r"^\s*(?:yes|yeah|yea|yep)\s*,?\s*(?:what|meaning what)\s*\?", re.I)


# j91d (round 91): Stan, asked "Have you reported it to the police?": "Do you mean like the police?
# No I havent. ..." was asked again. A question checking what was meant, then the answer: the
# answer is read.
_J91D_CHECKS_WHAT_IS_MEANT = re.compile(
    r"^\s*(?:(?:do|did) )?(?:you|u) mean(?: like)?(?: to| reported it to)? (?:the )?(?:police|"
    r"cops|old bill|feds|met)(?: like)?\s*\?+\s*(?=\S)",
    re.IGNORECASE,
)


# -- round 39, helper F5 --
# A yes in a sentence of its own, beside a no to the police: "i dont think im ready for police.
# yes can someone contact me. text is better i cry on the phone" (Ellie, at the referral
# question after the results).
_F5_YES_CONTACT_ME = re.compile(
    r"^(?:(?:and|but|so|ok|okay|oh)\W+)?(?:yes|yeah|yep|yh|ye)\W+(?:please\W+)?(?:(?:can|could|"
    r"would|will) (?:someone|somebody|a support worker|a worker|one of them|they|you|someone from "
    r"there)(?: please)?|(?:i (?:want|would like|d like|need)|i wanna) (?:someone|somebody|a "
    r"support worker|them|you) to|(?:please )?(?:someone|somebody|they|you)(?: can| could)?) "
    r"(?:please )?(?:contact|text|call|ring|email|message|get in touch with|reach) me\b"
)


def f5_yes_contact_me(text: str) -> bool:
    """A sentence that says yes to being contacted, whatever the others say of the police."""
    return any(
        _F5_YES_CONTACT_ME.search(plain(part))
        for part in re.split(r"[.!?;\n]+", text)
        if part.strip()
    )


# A safe way offered after a no: "not really. maybe email? i have a work email he doesnt know the
# password" (Priya, whose husband reads her texts). Email only: a "maybe text" is the phone they
# said is not safe.
_F5_EMAIL_OFFERED = re.compile(
    r"\b(?:maybe|perhaps|but|what about|how about|only|just|could (?:they|you|it be)|can (?:they|"
    r"you|it be))(?: by)? (?:an? |my )?(?:work |own |private |other |separate |secret )?(?:email|"
    r"e mail)\b|\b(?:i have|ive got|i ve got|i got|theres|there is|i use) (?:a |an |my )?(?:work |"
    r"own |separate |private |secret |other |different |new )?(?:email|e mail)"
    r"(?: address| account)?\b|\b(?:email|e mail)(?: is| would be| s| d be)? (?:safe|safer|ok|"
    r"okay|fine|better)\b"
)
_F5_EMAIL_SEEN = re.compile(
    r"\b(?:he|she|they|someone|somebody|my \w+)(?: \w+ly)? (?:reads?|checks?|sees?|has|knows|can "
    r"see|can read|goes through|go through|looks? at) (?:my |the |all my )?(?:email|emails|e mail|"
    r"password|inbox)\b|\b(?:not|no|never|dont|do not) (?:by )?(?:email|e mail)\b"
)


def f5_safe_by_email(text: str) -> bool:
    words = plain(text)
    return bool(_F5_EMAIL_OFFERED.search(words)) and not _F5_EMAIL_SEEN.search(words)


# -- round 73, helper y73d --
# Lee, at "are you in danger right now?" after a partner's abuse: "not rn no. hes been texting me
# nonstop tho, saying hes sorry ... he has my bank card, he took it months ago 'to help me
# budget' lol" got 999 and "when you're safe message carry on": "not rn" is "not right now", a
# no; the texting is harassment, and "help me budget" is no cry for help. A no said first stands
# unless danger is said outright (he is here / outside / coming, not safe) or the crisis words
# find an alarm (he's on his way, he said he'll kill me).
_Y73D_NOT_NOW_FIRST = re.compile(
    r"^(?:(?:no+|nah+|nope|na)\W+)?not (?:rn|atm|right now|rite now|now|at the min(?:ute)?|at the "
    r"moment|today|tonight|anymore|any more)\b"
)


def y73d_not_now_first(text: str) -> bool:
    """ "not rn no. hes been texting me nonstop tho": a no to danger right now, said first."""
    words = plain(text)
    return (
        bool(_Y73D_NOT_NOW_FIRST.match(words))
        # "he took it 'to help me budget'": what he said it was for, not a cry for help.
        and not _DANGER_SAID.search(re.sub(r"\bto help me \w+", " ", words))
        and not re.search(
            r"\b(?:hes|shes|theyre|he is|she is|they are|he s|she s) (?:on (?:his|her|their) way|"
            r"coming|outside|here|at the door|back|in the house)\b",
            words,
        )
        and risk_words.detect_risk(text) is None
    )


# Lee, at the hate question (his abuser is his male partner): "yeah maybe. i dunno if its about
# being gay." was stored as a hate crime. A "maybe" with "i dunno if" is not sure, not a yes.
_Y73D_MAYBE = re.compile(r"^(?:(?:yes|yeah|yep|ye|yh|ok|well)\W+)?(?:maybe|possibly|perhaps)\b")
_Y73D_UNSURE = re.compile(
    r"\b(?:i dunno|dunno|i dont know|i do not know|idk|not sure|im not sure|no idea|i cant say)"
    r"(?: (?:if|whether))?\b"
)


def y73d_hate_unsure(text: str) -> bool:
    words = plain(text)
    return bool(_Y73D_MAYBE.match(words) and _Y73D_UNSURE.search(words))


# Stan, 83, hard of hearing, at the court question: "I would not be scared no. I would struggle
# to hear in a court though." was stored as afraid of giving evidence (intimidated). A negation
# before scared/afraid is a no; the hearing is a need, not fear.
_Y73D_NOT_SCARED = re.compile(
    r"\b(?:i (?:would|will|am|do|d)|im|i m|id|i wouldnt|i wont|i dont|i m not|wouldnt|would)"
    r"(?: not| never)?(?: be| feel)?(?: too| very| really| that| at all)? (?:scared|afraid|"
    r"frightened|worried|nervous|intimidated|distressed)\b(?: (?:no|at all|of (?:it|that|court)|"
    r"about (?:it|that|court)))*"
)


def y73d_not_scared(text: str) -> Answer | None:
    """A no from "I would not be scared no", whatever else follows, unless fear is said too."""
    words = plain(text)
    found = _Y73D_NOT_SCARED.search(words)
    if found is None or not re.search(r"\b(?:not|never|wouldnt|wont|dont|m not)\b", found.group(0)):
        return None
    if any(
        not re.search(r"\b(?:not|never|wouldnt|wont|dont)\b", said.group(0))
        for said in _Y73D_NOT_SCARED.finditer(words)
    ):
        return None  # "im not scared of him but im scared of court"
    rest = _Y73D_NOT_SCARED.sub(" ", words)
    rest = re.sub(r"\b(?:i would|i will|id|i d) struggle to hear\b", " ", rest)
    if _read_fear_of_giving_evidence(rest).value is True:
        return None
    return Answer(False)


# -- end of round 73, helper y73d --


# -- round 73, helper z73d --
# Sandra (r73b): "I suppose so yes" at the privacy question was asked again ("What would you
# like to do?"): a hedge then a yes is a yes.
_Z73D_HEDGED_YES = re.compile(
    r"(?:(?:ok|okay|well|oh|erm|um|hmm)\W+)*(?:i suppose|i guess|i think|suppose|guess) so\W+"
    r"(?:yes+|yeah+|yep|ok|okay|fine|then)(?:\W+(?:then|fine|ok|okay|thats fine|its fine))*"
)


def z73d_hedged_yes(text: str) -> bool:
    return bool(_Z73D_HEDGED_YES.fullmatch(plain(text).strip()))


# -- end of round 73, helper z73d --


# -- round 76, helper g76b --
# Lucy: "calls are fine but evenings after 8 cos I'm at work" was kept as "evenings, not after
# 8": being busy given as the reason for a time ("cos", "because", "as") says why that time
# suits, so the time is wanted, not one to avoid.
_G76B_REASON = r"(?:cos|coz|cuz|cause|because|bc|as|since)"


# Pat: "Only in the mornings, he doesn't get up til after 12. Ring my mobile ... between 9 and
# 11": the sentence about her son is left out of the times (his times are not hers), but its
# opening "only in the mornings" is what she asks for. Only an opening with "only" or "just",
# as "evenings, he's home then" is a time to avoid.
_G76B_ONLY_TIMES = re.compile(r"^\s*(?:only|just)\s+((?:in the |on )?[a-z ]+?)\s*,")


def g76b_only_times_openings(text: str) -> list[str]:
    """ "Only in the mornings, he doesn't get up til after 12": ["in the mornings"]."""
    found = []
    for part in re.findall(r"[^.!?;\n]+[.!?;\n]*", text):
        opening = _G76B_ONLY_TIMES.match(part.lower())
        if (
            opening
            and _SOMEONE_ELSE.search(plain(part))
            and _TIME_WORDS.fullmatch(re.sub(r"^(?:in the|on) ", "", opening.group(1)))
        ):
            found.append(plain(opening.group(1)))
    return found


# Samira, asked the referral question a fifth time: "yes I said yes": a yes, said again.
_G76B_SAID_YES = re.compile(
    r"^(?:(?:yes+|yeah|yea|ye|yep|ok|okay)\s+)?(?:i|i ve|ive|i have)\s+(?:already\s+|just\s+)?"
    # m92b (round 92): Chantelle, "yes i said ye", was asked a third time.
    r"(?:said|say|told you|answered)\s+(?:yes+|yeah|yea|yeh|ye|yep|ok|okay)\b"
    r"(?!\s+(?:to|if|but|because|cos))"
)


def g76b_said_yes_already(words: str) -> bool:
    """ "yes I said yes", "I already said yes": a yes (not "I said yes to the police")."""
    return bool(_G76B_SAID_YES.match(words.strip()))


def g76b_reason_follows(words: str, time: str) -> bool:
    """ "after 8 cos im at work": the time, then the reason it suits."""
    return bool(re.search(rf"\b{re.escape(time)} {_G76B_REASON} ", words))


# -- end g76b --


# -- round 76, helper g76c --
# Nia, at "Has this happened more than once ...?": "sorry. ye he was controlling when we were
# together like checking my phone n stuff. n now this" was taken as a skip. An apology said first
# is not the answer: what follows it is.
_G76C_SORRY_FIRST = re.compile(
    r"^\W*(?:sorry|soz|sry|apologies|my bad|oops)(?: about that| for that)?\W+(?=\w)", re.I
)


def g76c_read_repeat(text: str) -> Answer:
    """The repeat answer, read past an apology said first."""
    answer = k5_read_repeat(text)
    if answer.answered:
        return answer
    lead = _G76C_SORRY_FIRST.match(text)
    return k5_read_repeat(text[lead.end() :]) if lead else answer


READERS["repeat_victimisation"] = g76c_read_repeat

# Kieran, 35, at "Were you under 18 when it happened?": "croydon. tbh its not me im worried about
# its my little girl, shes 3 ... the little one was in the next room" was stored as under 18. A
# child named ("my little girl", "the little one") and her age are someone else's, not the
# writer's age at the time.
_G76C_SOMEONE_ELSES_YOUTH = re.compile(
    r"\b(?:(?:my|our|the|his|her|their) (?:little|young|younger|youngest) (?:one|ones|girl|boy|"
    r"girls|boys|daughter|son|brother|sister|kids?|child|children|baby)|(?:shes|hes|she is|he is|"
    r"she s|he s|(?:my|our) (?:daughter|son|girl|boy|child|kid|baby|brother|sister)(?: is| s)?) "
    r"(?:only |just )?\d{1,2}(?: (?:years? old|months? old|yrs?|yo))?)\b"
)


def g76c_read_under_18(text: str) -> Answer:
    """Under 18 when it happened, with a child of theirs and her age told beside it left out."""
    words = plain(text)
    if not _G76C_SOMEONE_ELSES_YOUTH.search(words):
        return read_under_18(text)
    return read_under_18(_G76C_SOMEONE_ELSES_YOUTH.sub(" ", words))


READERS["under_18"] = g76c_read_under_18

# end g76c


# k77a (round 77)
# Undecided is never a yes. Chloe (r77a), at the referral question: "ok. idk if i want someone to
# contact me. would it be the havens or who" and "ur not answering me. if i say refer me who is it
# that messages me" were each taken as a yes; an "if", or not knowing whether they want it, asks
# about the referral before deciding: the question stays open.
_K77A_UNDECIDED = re.compile(
    r"\b(?:idk|i dont know|i do not know|dunno|not sure|unsure|i m not sure|im not sure) "
    r"(?:if|whether) i (?:want|need|should|would like)\b|"
    r"\bif i (?:say|said|agree|want|go ahead|do it|decide|let you)\b|\bi (?:only )?said if\b"
)
# Sophie (r77d), at the referral question: "NO images. no photo. he show his penis on train.
# real. not phone. you wrong": her no put a fact right, it did not refuse the referral.
_K77A_YOU_ARE_WRONG = re.compile(
    r"\b(?:you|u) (?:are |re |r |got (?:it |that )?|have (?:it |that )?|ve got (?:it |that )?)?"
    r"(?:wrong|mistaken|confused|mixed (?:it |that )?up)\b"
)
# A sentence of its own that is only a yes, after other things said: Malcolm (r77b) "the flo
# said victim support would ring but nobody has. so yeah go on" at the referral question, Frank
# (r77d) "i dont like phones either im deaf in one ear. oh go on then yes. my son says you're
# alright" at the privacy question. A connecting word before it ("so", "and") keeps it a yes.
_K77A_CONNECTOR = re.compile(r"^(?:so|and|but|anyway|anyways|then|well|right)\s+")
_K77A_THEN_YES = re.compile(r"\W+(?:yes|yeah|yep|ok|okay)$")  # "go on then yes"


def k77a_undecided(text: str) -> bool:
    """An "if I say yes..." or "idk if I want..." at the referral question: not yet a yes."""
    return bool(_K77A_UNDECIDED.search(plain(text)))


def k77a_says_bot_is_wrong(text: str) -> bool:
    """ "you wrong", "you got that wrong": a fact put right, not an answer to the referral."""
    return bool(_K77A_YOU_ARE_WRONG.search(plain(text)))


def _k77a_sentences(text: str) -> list[tuple[str, str]]:
    """Each sentence with the mark that ends it ("" at the end of the message)."""
    parts = re.findall(r"([^.!?;\n]+)([.!?;\n]+|$)", text)
    return [(part.strip(), mark.strip()[:1]) for part, mark in parts if part.strip()]


def k77a_sentence_yes(text: str, *, referral: bool) -> bool:
    """A later sentence that is only a yes ("so yeah go on", "oh go on then yes"), with no
    question in the message and nothing else in it that says no."""
    if "?" in text:
        return False
    sentences = _k77a_sentences(text)
    if len(sentences) < 2:
        return False
    pattern = _I4_FIRST_YES_REFERRAL if referral else _I4_FIRST_YES
    said_yes = False
    for sentence, _mark in sentences:
        words = _K77A_CONNECTOR.sub("", plain(sentence))
        if pattern.fullmatch(words) or pattern.fullmatch(_K77A_THEN_YES.sub("", words)):
            said_yes = True
        elif _I4_NO_START.match(words) or (
            re.search(r"\b(?:dont|do not|not|never)\b", words)
            and (
                _ABOUT_BEING_REFERRED.search(words)
                or re.search(r"\b(?:keep|kept|store|save|contact|call|ring|text)\w*", words)
            )
        ):
            return False  # "no one calling me. ok go on": a no beside it
    return said_yes


# end k77a
# k77b (round 77)
# Ellie, who lives with her mum: "weekday daytimes, im at work then and mum isnt around" was
# kept as "not weekday daytimes": being at work is why the time is safe when the person they
# fear is away then. And "evenings and weekends are bad cos mums there" kept the evenings as
# times to call; Helen's "Geoffrey is difficult in the mornings" kept the mornings.
_K77B_WHO = (
    r"(?:(?:my |our )?(?:mum|mom|mam|dad|parents|husband|wife|partner|boyfriend|girlfriend|family)|"
    r"he|she|they|nobody|no one|noone)"
)
_K77B_OTHER_AWAY = re.compile(
    rf"\b{_K77B_WHO} (?:(?:isnt|is not|s not|arent|are not|wont be|will not be|is never|are "
    r"never) (?:around|about|home|in|there|here|in the house)|(?:is |s |are |will be |ll be )?"
    r"(?:out|away|at work|gone|asleep))\b|"
    r"\b(?:hes|shes|theyre|mums|moms|dads) (?:not (?:around|about|home|in|there|here)|out|away|"
    r"at work|gone|asleep)\b|\b(?:nobody|no one|noone)(?: is| s)? (?:home|in|around|about|there)\b"
)
_K77B_BAD = (
    r"(?:bad|no good|not good|not ok|not okay|not safe|unsafe|difficult|hard|awkward|tricky)"
)


def k77b_other_away(rest: str) -> bool:
    """ "and mum isnt around": the person they fear is away at the time just said."""
    return bool(_K77B_OTHER_AWAY.search(rest))


def k77b_said_bad(words: str, time: str) -> bool:
    """ "evenings and weekends are bad", "Geoffrey is difficult in the mornings": a time said
    not to suit."""
    return bool(
        re.search(
            rf"\b{re.escape(time)}(?: (?:and|or|n) [a-z]+){{0,3}} (?:is |are |s )?{_K77B_BAD}\b|"
            rf"\b(?:is|are|s|its|it s|it is) {_K77B_BAD}(?: \w+){{0,2}} {re.escape(time)}\b",
            words,
        )
    )


# end k77b


# n94c (round 94): Marta, "and weekends no, he is home": a time with "no" after it is a time not
# to call ("weekends no problem" is not).
def n94c_time_said_no(words: str, time: str | None = None) -> bool:
    """ "weekends no": ``time`` (or any time word) said with a "no" after it."""
    said = re.escape(time) if time else _TIME_WORDS.pattern
    return bool(
        re.search(
            rf"(?:{said}) no\b(?! (?:problem|problems|worries|matter|bother|one|body|more|later|"
            r"earlier|sooner|need)\b)",
            words,
        )
    )


# k77d (round 77)
# Zainab, of her son, at "Has this happened ... more than once?": "they've been giving him grief
# since september, calling him names, pushing him. but this is the first time like this. so yes i
# suppose" was read as "it happened once". An answer she comes to at the end ("so yes i suppose",
# "so no then") is her answer, over what she weighed before it.
_K77D_SO_ANSWER = re.compile(
    r"^(?:(?:and |well |ok |okay )?so|then|well|i guess|i suppose|overall)\s+(?:i (?:guess|suppose|"
    r"think|would say|d say) )?(?P<yes>yes|yeah|yep|ye|yh)?(?P<no>no|nope|not really)?"
    r"(?: i (?:suppose|guess|think|would say|d say))?(?: then| really)?\s*$"
)


def k77d_read_repeat(text: str) -> Answer:
    """The repeat answer, with an answer concluded at the end taken over what came before."""
    parts = [plain(part) for part in re.split(r"[.!?\n]+", text) if plain(part)]
    if len(parts) > 1:
        last = _K77D_SO_ANSWER.match(parts[-1])
        if last and (last.group("yes") or last.group("no")):
            return Answer(bool(last.group("yes")))
    return g76c_read_repeat(text)


READERS["repeat_victimisation"] = k77d_read_repeat


# end k77d


# k78a (round 78) -- Jess, asked "would you like us to pass your details on?" after MORE: "ok. you
# didnt show me the more services though" was taken as a yes and the contact questions began.
# An "ok" that only leads into a complaint or a request is an acknowledgement, not a yes.
_K78A_BARE_OK = re.compile(r"^(?:ok|okay|k|kk|ok then|okay then|alright|right|fine|hmm|mm)$")
_K78A_COMPLAINT = re.compile(
    r"\b(?:you|u) (?:didnt|did not|didn t|havent|have not|haven t|never|forgot|missed|still "
    r"havent)\b|\b(?:show|send|give|tell) me (?:the|them|those|more|other|what)\b|"
    r"\b(?:more|other) (?:services|options|places|orgs|organisations|organizations)\b"
)
_K78A_STILL_YES = re.compile(
    r"\b(?:yes|yeah|yea|ye|yep|yup|sure|please|pls|refer me|pass (?:it|them|my \w+) on|go ahead|"
    r"go on|do it|text me|call me|ring me|email me|contact me)\b"
)


def k78a_ok_then_complains(text: str) -> bool:
    """ "ok. you didnt show me the more services though": no yes, whatever the "ok"."""
    sentences = _h5_sentences(text)
    if len(sentences) < 2 or not _K78A_BARE_OK.match(sentences[0]):
        return False
    rest = " ".join(sentences[1:])
    return bool(_K78A_COMPLAINT.search(rest)) and not _K78A_STILL_YES.search(rest)


# end k78a


# m79a (round 79)
# At "would you feel scared or very worried about giving evidence?": George, "I suppose I would be
# nervous, mostly of my wife finding out", and Marco, "i am worried if i go police i lose my job
# and my visa", were stored as afraid of giving evidence and told they count as intimidated. A
# fear said about something other than court or the person who did it is not that fear: it is left
# out, and what else they said is read (often no answer, so the question stays open).
_M79A_FEAR_OF = re.compile(
    r"\b(?P<fear>scared|afraid|frightened|terrified|petrified|worried|anxious|nervous|stressed)"
    r"(?: (?:mostly|mainly|more|most|just|only|really|a bit|a little|very|so))*"
    r" (?:of|about|that|if|in case|because)\b(?P<what>.*)"
)
# What makes it about giving evidence: court and its people, the one who did it, facing or
# seeing them, what they might do after; "it" and "that" point back to the question.
_M79A_ABOUT_COURT = re.compile(
    r"\b(?:court\w*|evidence|trial|witness\w*|testify\w*|judge|jury|barrister|lawyer|solicitor|"
    r"defence|dock|cross|questions?|questioned|statement|process|thing|things|everything|all|"
    r"him|her|them|he|she|they|hes|shes|theyre|his|their|offender|attacker|abuser|gang|"
    r"face|facing|see|seeing|stand|standing|speak\w*|talk\w*|say|saying|tell|telling|"
    r"remember\w*|revenge|retaliat\w*|come after|get me|find me|find us|know where|knows where|"
    r"room|there|it|that|this|going|go through|"
    # "id be terrified if i had to": if it came to giving evidence.
    r"had to|have to|having to|need to|needed to|asked to|called|came to|comes to|went ahead)\b"
)
_M79A_DENIED = re.compile(r"\b(?:not|never|wouldnt be|wont be|isnt|dont feel|nt)(?: \w+)? $")
# Lee: "not really scared, more stressed. ... thats the main worry, and the insurance": a
# feeling offered instead of fear, beside a denial, is not fear of giving evidence.
_M79A_NOT_SCARED = re.compile(
    r"\b(?:not|never|wouldnt be|wont be|isnt)(?: (?:really|that|too|so|particularly|especially|"
    r"overly))? (?:scared|afraid|frightened|terrified)\b"
)
_M79A_RATHER = re.compile(
    r"\b(?:more|just|mostly|mainly|only|rather|more like|but more) (?:stressed|annoyed|angry|"
    r"upset|frustrated|cross|fed up|pissed off|gutted|shocked|shaken(?: up)?|sad)\b"
    r"(?!(?: \w+)? (?:about|of|by) (?:court|the court|evidence|giving|the trial|seeing|facing|him|"
    r"her|them))"
)


_M79A_WHO_FELT = re.compile(
    r"(?:\b(?:i|im|id|ill|i m|i d|i ll|am|would|will|be|feel|get|suppose|guess|think|maybe|"
    r"probably|also|and|but|so|just|really|a bit|a little)\s*)+$"
)


def _m79a_other_fear_out(clause: str, not_scared: bool) -> str:
    """The clause without a fear said about something else (or a feeling said instead of fear)."""
    found = _M79A_FEAR_OF.search(clause)
    if (
        found
        and not _M79A_DENIED.search(clause[: found.start()] + " ")
        and not _M79A_ABOUT_COURT.search(found.group("what"))
    ):
        # With who felt it: "i am" or "i would be" left alone would read as a yes.
        clause = _M79A_WHO_FELT.sub("", clause[: found.start()])
    return _M79A_RATHER.sub(" ", clause) if not_scared else clause


def m79a_fear_elsewhere(text: str) -> Answer | None:
    """The court-fear answer when a fear said is about something other than giving evidence:
    what else was said, never a yes from it; None when nothing is about something else."""
    not_scared = bool(_M79A_NOT_SCARED.search(plain(text)))
    clauses = [plain(part) for part in re.split(r"[.!?;:\n]+|\bbut\b", text) if plain(part)]
    kept = [_m79a_other_fear_out(clause, not_scared) for clause in clauses]
    if kept == clauses:
        return None
    answer = read_fear_of_giving_evidence(". ".join(part for part in kept if part.strip()))
    return None if answer.value is True else answer


# end m79a


# m79a (round 79)
# Nkechi, at "has this happened more than once?": "it's three accounts, two loans and a card, but
# I assume the same person. Nothing before this that I know of." was stored as a repeat (and she
# was told she was targeted again and again): parts of one crime found at once, with nothing
# before it, is a no. A time said again beside the denial ("he shout a lot before ... but hit me
# first time") keeps the reading it had.
_M79A_NOTHING_BEFORE = re.compile(
    r"\b(?:(?:nothing|never|none|not)(?: \w+)? (?:like (?:this|that|it) )?(?:happened )?before"
    r"(?: (?:this|that|now|then))?|(?:the |its the |this is the |it was the )?first time|never "
    r"happened (?:to me )?before)\b"
)
_M79A_TIME_AGAIN = re.compile(
    r"\b(?:before|again|twice|times|always|every|often|since|months|weeks|years|keeps?|kept|"
    r"ongoing|still|more than once)\b"
)


def m79a_nothing_before(text: str) -> bool:
    """ "Nothing before this that I know of": a no, unless a time again is said beside it."""
    words = plain(text)
    if not _M79A_NOTHING_BEFORE.search(words):
        return False
    return not _M79A_TIME_AGAIN.search(_M79A_NOTHING_BEFORE.sub(" ", words))


# end m79a
# m79d (round 79)
# Peter (r79c), for his dad: "weekdays after 5, I'm at work before that" was sent back as "I'm at
# work before that, not weekdays after 5": busy "before that" or "till then" is the reason the
# time is given, not the time itself.
_M79D_BUSY_OTHER_TIME = re.compile(
    r"^\s*(?:\w+ )?(?:before|b4|until|till|til|up to|up until) (?:that|then|this|it)\b|"
    r"^\s*(?:\w+ )?earlier\b"
)


def m79d_busy_at_another_time(rest: str) -> bool:
    """The words after "I'm at work": "before that", "till then" put the busy time elsewhere."""
    return bool(_M79D_BUSY_OTHER_TIME.match(rest))


# "they CAN leave a voicemail", "a message is fine", "voicemail ok": allowed.
_M79D_VOICEMAIL_OK = re.compile(
    r"\b(?:voice ?mails?|(?:a )?messages?|answer ?phone|answer machine)(?: (?:is|s|are|would be))? "
    r"(?:fine|ok|okay|alright|all right)\b|(?<!dont )(?<!cant )(?<!not )(?<!never )\b(?:they|you|"
    r"someone|the worker|he|she) (?:can|may|could) (?:leave|have) (?:a |me a )?(?:voice ?mail|"
    r"message)s?\b"
)


def m79d_voicemail_allowed(text: str) -> bool:
    return not m79d_no_voicemail(text) and bool(_M79D_VOICEMAIL_OK.search(plain(text)))


def m79d_no_voicemail(text: str) -> bool:
    """No voicemail, read in each sentence: "not before 5. voicemail is fine too" (Peter) is a
    "not" for the time, not for the voicemail."""
    return any(_NO_VOICEMAIL.search(plain(part)) for part in re.split(r"[.!?;\n]+", text))


# Joan (r79e), told about the ASB Case Review, then asked if her details could be passed on: "Yes
# thats it! I have reported it three times. Who do I ask for it, the council or the police?" was
# taken for a yes to the referral. A yes that confirms what was just explained ("yes that's it",
# "yes that's the one"), with a question, is not consent.
_M79D_YES_THATS_IT = re.compile(
    r"^\W*(?:oh )?(?:yes+|yeah+|yep|yea|ye|ah|aha)\W+(?:thats|that s|that is|its|it s|it is)\W+"
    r"(?:it|the one|the thing|what i mean\w*|what i was (?:thinking of|on about|told about)|"
    r"what she said|what he said)\b"
)


def m79d_yes_to_what_was_explained(text: str) -> bool:
    return "?" in text and bool(_M79D_YES_THATS_IT.match(plain(text)))


# end m79d


# n80a (round 80)
# Darren, 44, at the referral question, after the bot answered his question about the council:
# "ok thats more like it. why" was taken as a yes. An "ok" about an answer, then WHY on its own
# (the word the results offer), asks for the reasons: not a yes ("ok yes. why do you need my
# number" is still a yes, read before this).
_N80A_OK_THEN_WHY = re.compile(
    r"^(?:ok|okay|alright|right|fine|cheers|thanks|thank you)\b.*(?:[.!?,;:]|\s)\s*(?:but |so "
    r"|and |then )?why\W*$"
)


def n80a_ok_then_why(text: str) -> bool:
    """ "ok thats more like it. why": an "ok" about an answer, then WHY on its own."""
    lowered = text.strip().lower()
    return bool(_N80A_OK_THEN_WHY.search(lowered)) and not _CLEAR_YES.search(plain(text))


# Mo, 24, held at knifepoint in his van, at the court question: "dunno. maybe. they might know
# my route innit" was counted as skipped. A "maybe" with a reason to be afraid (they know where
# he is, his face or route, could come after him) is a yes, as "maybe. he knows where i work".
_N80A_UNSURE_FIRST = re.compile(
    r"^(?:dunno|dno|idk|i dont know|i don t know|not sure|unsure|hmm+|erm+|um+|well)$"
)
_N80A_FEAR_REASON = re.compile(
    r"\b(?:he|she|they|them|their mates|his mates|the lads|those lads)\b(?: \w+){0,3}? (?:know|"
    r"knows|find|finds|recognise|recognize|recognises|recognizes|clocked|seen|saw|come after|"
    r"coming after|get|target|wait for|follow)\b(?: \w+){0,3}? (?:my|me|where)\b"
)


def n80a_unsure_maybe_with_reason(text: str) -> bool:
    """ "dunno. maybe. they might know my route innit": unsure, then a maybe with a reason."""
    parts = [plain(part) for part in re.split(r"[.!?,;:\n]+", text) if plain(part)]
    while parts and _N80A_UNSURE_FIRST.match(parts[0]):
        parts = parts[1:]
    if len(parts) < 2 or not _B75B_MAYBE_AFRAID.fullmatch(parts[0]):
        return False
    return bool(_N80A_FEAR_REASON.search(" ".join(parts[1:])))


# Zara, autistic, at "Has this happened more than once, or has the same person targeted you
# before?": "I do not understand the question. This man: no, I had never seen him. Other men on
# the Tube: yes, once when I was 17, a different man." was skipped. The same person's answer is
# the one asked for: "this man: no" is a no (another man, years ago, is not the same person).
_N80A_THIS_PERSON_NO = re.compile(
    r"\b(?:this|that|the same) (?:man|guy|bloke|person|woman|lad|boy|girl|one)\W+(?:no+|nope|"
    r"never|not before)\b(?!\W+(?:but|although|though)\b)"
)


def n80a_this_person_no(text: str) -> bool:
    """ "This man: no, I had never seen him": a no for the same person."""
    return bool(_N80A_THIS_PERSON_NO.search(text.lower()))


# end n80a
# n80c (round 80)
# Gemma (r80b), referred by text "any time": "should i not shower? i already showered on sunday
# morning is that bad" became her time to be texted ("sunday morning"), and "no sunday morning
# isnt when to text me, thats when i showered" kept it: a time said of something she did is when
# it happened, not when to contact her. "i said on tuesday", "i asked for mornings" stay times.
_N80C_DID = re.compile(
    r"\b(?!(?:said|asked|mentioned|needed|wanted|preferred|suited|agreed|offered|requested)\b)"
    r"(?:\w{3,}ed|was|were|went|got|did|had|came|took|woke|drank|left|ate|slept|saw)"
    # "i went to the gp on monday morning"; never across a word about contact ("and text me").
    r"(?: (?!(?:call|ring|text|phone|contact|email|me|you|they|them)\b)\w+){0,3}"
)


# j91c (round 91): times that are not when to contact them. "or i get new sim tomorrow"
# (Mohammed) and "i dont have new email yet. i make it tuesday" (Sunita) are when they will get a
# way to be reached; "Email is better for me than phone during work hours" (Dev) is when a call
# is NOT good.
_J91C_THING = r"(?:sim|sim card|simcard|email|e mail|email address|phone|mobile|number|account)"
_J91C_GETTING = r"(?:get|gets|getting|make|making|set up|setting up|buy|buying|open|create|have)"


def j91c_not_a_contact_time(words: str, time: str) -> bool:
    """The time is when they will get a new phone, SIM or email, or when another way is worse."""
    said = re.escape(time)
    on = r"(?:on |by |this |next |from |until |till )?"
    return bool(
        re.search(
            rf"\b{_J91C_GETTING} (?:(?:a|an|my|the|new|own|me) )*{_J91C_THING}(?: \w+){{0,2}} "
            rf"{on}{said}\b",
            words,
        )
        or re.search(
            rf"\b{_J91C_THING}\b[^|]{{0,40}}\| ?(?:i|ill|i will|i ll) (?:will |can |am going to |"
            rf"m going to )?{_J91C_GETTING} (?:it|one)(?: \w+){{0,2}} {on}{said}\b",
            words,
        )
        or re.search(
            rf"\b(?:better|easier|best|good)(?: \w+){{0,3}} than (?:a )?(?:phone|phone calls?|"
            rf"calls?|texts?|ringing)(?: \w+)? (?:during|in|at|on|over)(?: the)? {said}\b",
            words,
        )
    )


def j91c_fuller_kept(kept: list[str]) -> list[str]:
    """ "mornings" beside "tuesday and thursday mornings": only the fuller one, so a worker does
    not read any morning as fine."""
    return [
        t
        for t in kept
        if not any(
            o != t and o.lower().endswith(" " + t.lower()) and not o.startswith("not ")
            for o in kept
        )
    ]


def n80c_when_it_happened(words: str, time: str) -> bool:
    """ "i already showered on sunday morning", "no sunday morning isnt when to text me, thats
    when i showered": the time is when something was done."""
    said = re.escape(time)
    return bool(
        re.search(rf"{_N80C_DID.pattern} (?:on|at|in|this|that|on the) {said}\b", words)
        or re.search(rf"\b{said} (?:isnt|is not|isn t|wasnt|was not|aint) when\b", words)
    )


# Linda (r80b): "my mobile is ok but only in the daytime when hes out, he goes to his day centre
# tues and thurs" was kept as "daytime": the days, said short, were dropped, and a call on a day
# her son is home could be unsafe. Short names that are no other word are put in full; "wed",
# "sat", "sun" and "mon" are words too ("i sat"), so only beside another day.
_N80C_SHORT_DAYS = (
    (re.compile(r"\btues?\b\.?", re.I), "tuesday"),
    (re.compile(r"\bthu(?:rs?)?\b\.?", re.I), "thursday"),
    (re.compile(r"\bweds\b\.?", re.I), "wednesday"),
    (re.compile(r"\bfri\b\.?", re.I), "friday"),
)
_N80C_SHORT = r"(mon|wed|sat|sun)"
_N80C_JOIN = r"(\s?(?:and|or|to|till|n|,|&|-)\s?)"
_N80C_PAIR = re.compile(rf"\b{_N80C_SHORT}\b{_N80C_JOIN}{_N80C_SHORT}\b", re.I)
_N80C_BEFORE_DAY = re.compile(rf"\b{_N80C_SHORT}\b(?={_N80C_JOIN}\w+day\b)", re.I)
_N80C_AFTER_DAY = re.compile(rf"(\b\w+day){_N80C_JOIN}{_N80C_SHORT}\b", re.I)
_N80C_FULL = {"mon": "monday", "wed": "wednesday", "sat": "saturday", "sun": "sunday"}


def _n80c_full(short: str) -> str:
    return _N80C_FULL[short.lower()]


def n80c_short_days(text: str) -> str:
    """ "tues and thurs" is "tuesday and thursday"; "sat and sun" is "saturday and sunday"."""
    for pattern, day in _N80C_SHORT_DAYS:
        text = pattern.sub(day, text)
    text = _N80C_PAIR.sub(lambda m: _n80c_full(m[1]) + m[2] + _n80c_full(m[3]), text)
    text = _N80C_BEFORE_DAY.sub(lambda m: _n80c_full(m[1]), text)
    return _N80C_AFTER_DAY.sub(lambda m: m[1] + m[2] + _n80c_full(m[3]), text)


# Aliyah (r80a), 17, back on the phone from her mum, at the referral question: "its aliyah
# again. mum says i should say yes. is it ok if they text me not call", then "?? so is that a
# yes. i said yes", both got "I can't answer that one here". "i said yes" at the end of a
# message is a yes; "say yes" with the way she wants to be contacted is a yes with that way.
_N80C_I_SAID_YES = re.compile(r"(?<!did )(?<!have )\bi said (?:yes|yeah|ok|okay)$")
_N80C_SAY_YES = re.compile(
    r"\b(?:i should|i ll|ill|i will|im gonna|i m going to|im going to|gonna) say (?:yes|yeah)\b|"
    r"\bi said (?:yes|yeah)\b"
)
_N80C_NOT_SAID = re.compile(r"\b(?:didnt|did not|never|not|dont|do not|wont|cant)\b(?: \w+)? say\b")


def n80c_yes_with_a_way(text: str) -> bool:
    words = plain(text)
    if _N80C_NOT_SAID.search(words):
        return False
    if _N80C_I_SAID_YES.search(words) and not text.rstrip().endswith("?"):
        return True
    return bool(_N80C_SAY_YES.search(words)) and bool(contact_said(text).get("contact_method"))


# end n80c


# p81b (round 81)
# Kev, asked "Has this happened more than once?": "well i sent money like 6 or 7 times over the
# months if thats what you mean" was asked again: money got out of them again and again.
_P81B_PAID_MANY_TIMES = re.compile(
    r"\b(?:sent|send|paid|pay|transferred|transfer|gave|give|handed over|wired|lent)\b"
    r"(?: \w+){0,6}? (?:like |about |around |maybe |over |at least )?(?:\d{1,3}|two|three|four|"
    r"five|six|seven|eight|nine|ten|several|many|a few|loads of|lots of)(?: or (?:\d{1,3}|\w+))? "
    r"times\b"
)


def p81b_paid_many_times(text: str) -> bool:
    return bool(_P81B_PAID_MANY_TIMES.search(plain(text)))


# end p81b


# p81d (round 81) -- Leanne: "not before 9.30 i do the school run", "between 9:30am and 7pm",
# "not 9, half 9" were read as "not before 9" and "30am, 7pm": an hour with its minutes is one
# time. "9.30" and "half 9" (half past nine, in British English) are put as "9:30", which the
# time reader takes whole (the colon is a space once plain); p81d_clock_shown puts it back.
_P81D_HALF_PAST = re.compile(r"\bhalf (?:past )?(\d{1,2})\b(?![.:]?\d)", re.I)
# n103c (round 103): Ruth, "after 6.30pm on weekdays", was kept as "after 6, 30pm": the "pm"
# written onto the minutes is part of the time.
_P81D_DOTTED = re.compile(r"\b(\d{1,2})[.:]([0-5]\d)(?=\b|am\b|pm\b)(?![.:]?\d)")


def p81d_clock_times(text: str) -> str:
    text = _P81D_HALF_PAST.sub(r"\1:30", text)
    return _P81D_DOTTED.sub(r"\1:\2", text)


def p81d_only_limits(times: list[str]) -> bool:
    """Two or more times, each an hour not to be called before or after ("not before 9:30",
    "not after 7"), with nothing wanted: together they are the window to call in."""
    return len(times) > 1 and all(
        re.fullmatch(r"(?:before|after) \d{1,2}(?: [0-5]\d)?(?: ?(?:am|pm))?", t) for t in times
    )


def p81d_clock_shown(times: str, written: str = "") -> str:
    """ "before 9 30am" (the plain form) shown as "before 9:30am", or "9.30" as they wrote it
    with a dot ("after 5.30 please", round 59; "after 3.30", round 52)."""
    dot = re.search(r"\d\.[0-5]\d", written) and not re.search(r"\d:[0-5]\d", written)
    joined = r"\1.\2" if dot else r"\1:\2"
    times = re.sub(r"\b(\d{1,2}) ([0-5]\d)(?=(?: ?(?:am|pm))?\b)(?! ?\d)", joined, times)
    return re.sub(r"\b(\d{1,2}):([0-5]\d)\b", joined, times)


# p81d (round 81) -- Kwame, contacted by email: "it doesnt matter its email. just dont text or
# call", at the time question, got "Sorry, I didn't catch that": no time matters, so any time
# (the way said beside it is read by the way's own question).
_P81D_NO_MATTER = re.compile(
    r"(?:it |the time )?(?:doesnt|does not|dont|do not) (?:matter|mind)(?: when| what time)?"
    r"(?: (?:its|it s|it is|by|for|as its|cos its|because its) (?:an )?(?:email|e mail))?"
    r"(?: (?:just |but )?(?:dont|do not|no|not|never) (?:text|texts|call|calls|ring|phone)"
    r"(?: (?:or|and|nor) (?:text|texts|call|calls|ring|phone))?(?: me)?)?(?: please| thanks)?"
)


# end p81d


# p81c (round 81)
# Kev, 52, romance scam: "embarrassed more than scared. wont go to court anyway will it theyre
# abroad", then "i didnt say afraid. i said embarrassed"; Harjit, 50, at the gurdwara: "No I am
# not scared for myself. I am worried for the old people and children who come to the
# gurdwara". Each was noted as afraid of giving evidence (intimidated).
_P81C_OTHER_FEELING_MORE = re.compile(
    r"\b(?:embarrassed|ashamed|angry|annoyed|pissed off|cross|upset|gutted|stupid|humiliated|"
    r"fuming|sad|mad|furious) (?:more than|rather than|not|but not|than) (?:\w+ )?(?:scared|"
    r"afraid|frightened|worried|nervous)\b"
)
P81C_DIDNT_SAY_AFRAID = re.compile(
    r"\b(?:i|ive) (?:didnt|did not|never|havent|have not) (?:say|said|says) (?:that )?(?:i was |"
    r"im |i m |i am |id be |i d be |i would be )?(?:afraid|scared|frightened|worried|nervous)\b"
)
_P81C_NOT_FOR_ME = re.compile(
    r"\b(?:not|never) (?:\w+ )?(?:scared|afraid|frightened|worried) (?:for|about) (?:me|myself)\b|"
    # k99b (round 99): Wei, "Not scared, no. I am more worried for my staff and my wife, she is
    # frightened to close up at night now." (his wife's fear noted as his).
    r"^(?:no )?(?:im |i m |i am |i would |i d |id )?(?:not|never|wouldnt|wouldnt be) (?:be )?"
    r"(?:scared|afraid|frightened|worried)(?: no)?\b"
)
# k99b (round 99): someone else's fear, "my wife, she is frightened to close up at night".
_K99B_SOMEONE_ELSE_AFRAID = re.compile(
    r"\b(?:she|he|they|(?:my|our|his|her) (?:wife|husband|partner|staff|kids|children|family|"
    r"mum|dad|son|daughter|workers|colleagues))(?: is| are| s| re| was| were| gets| feels| get| "
    r"feel)? (?:\w+ )?(?:scared|afraid|frightened|worried|terrified|nervous)\b"
)
_P81C_FOR_OTHERS = re.compile(
    r"\b(?:worried|scared|afraid|frightened|concerned|anxious) (?:for|about) (?!(?:me|myself|"
    r"court|giving|the court|the trial|going|seeing|him|her|them)\b)(?:\w+ ){0,8}?(?:people|"
    r"children|kids|elderly|congregation|sangat|community|members|staff|neighbours|others|"
    r"everyone|family|wife|husband|partner)\b"
)


def p81c_not_afraid(text: str) -> bool:
    """Another feeling said to outweigh fear, "i didnt say afraid", or not scared for themselves
    with the worry only for other people."""
    words = plain(text)
    if _P81C_OTHER_FEELING_MORE.search(words) or P81C_DIDNT_SAY_AFRAID.search(words):
        return True
    if not _P81C_NOT_FOR_ME.search(words):
        return False
    rest = _K99B_SOMEONE_ELSE_AFRAID.sub(
        " ", _P81C_FOR_OTHERS.sub(" ", _P81C_NOT_FOR_ME.sub(" ", words))
    )
    return not re.search(r"\b(?:scared|afraid|frightened|worried|terrified|nervous)\b", rest)


# Dot, 85: "i told you i have the frame. my hips are bad and i dont walk well", answering "do you
# have ... a physical disability or illness?", was read as a no: trouble walking, or a frame or
# stick to walk with, is a physical disability or illness told.
_P81C_MOBILITY = re.compile(
    r"\b(?:(?:walk\w* |zimmer )frame|(?:have|got|use|with|need) (?:the |a |my )?(?:frame|zimmer|"
    r"walking stick|stick|walker|rollator|wheelchair|mobility scooter)|(?:my )?(?:hips?|knees?|"
    r"legs?) (?:are|is|s|have been|has been) (?:bad|terrible|awful|gone|weak|shot|no good)|"
    r"bad (?:hips?|knees?|legs?)|(?:dont|do not|cant|cannot|can t|don t) (?:walk|get about|get "
    r"around)(?: very)? (?:well|far|properly|much|without)|(?:struggle|struggling) to walk)\b"
)


def p81c_mobility_told(words: str) -> bool:
    """A walking frame, bad hips, not walking well told, not denied ("no, no frame")."""
    return bool(_P81C_MOBILITY.search(words)) and not re.match(r"(?:no|nope|nah|not)\b", words)


# end p81c


# p81e (round 81)
# Ron (r81a), robbed by two strangers: "can karen ring them as well? shes in leeds. her number
# is 07700 900733. shes my daughter" was read as a family member who did it. A relative named
# to be told or to ring the service too is not who did it, unless they say so.
_P81E_DID_IT = re.compile(r"\b(?:it was|did it|did this|done it|done this|was (?:him|her))\b")


def p81e_someone_to_keep_informed(text: str) -> bool:
    return (
        asks_to_keep_someone_informed(text) or number_is_someone_elses(text)
    ) and not _P81E_DID_IT.search(plain(text))


# end p81e


# q82b (round 82)
# Mo (23, an Uber driver): "a passenger obviously. i got his name on the app" at "Do you know who
# did it?" was noted as "someone you know". A passenger, fare or customer met once through work is
# a stranger, unless they say they know them; a name from the app is not knowing them.
_Q82B_A_PASSENGER = re.compile(
    r"\b(?:(?:a|an|one|this|some|the|just a|random) (?:passenger|fare|customer|client|punter|"
    r"rider|shopper|member of the public)|one of (?:my|the) (?:passengers|fares|customers|"
    r"punters|riders))\b"
)


def q82b_just_a_passenger(text: str) -> bool:
    words = plain(text)
    return bool(
        _Q82B_A_PASSENGER.search(words)
        and not account._Y73C_KNOWN_CUSTOMER.search(words)
        and not re.search(
            r"(?<!dont )(?<!didnt )(?<!do not )(?<!did not )\b(?:knew|know) (?:him|her|them)\b",
            words,
        )
        and not re.search(
            rf"\b(?:my|our) (?:{account.PARTNER}|{account.FAMILY}|{account.KNOWN})\b", words
        )
    )


# end q82b


# s83b (round 83) -- Tyler (16), at "Has this happened more than once": "they been sending stuff
# for like a week but today was the worst. what do i do bout tmrw" was not read, and the question
# came again. Messages, threats or visits kept up over days or weeks are more than once.
_S83B_KEPT_UP = re.compile(
    r"\b(?:been|keep|keeps|kept|always|still) (?:\w+ )?(?:sending|messaging|texting|txting|"
    r"calling|ringing|following|threatening|harassing|posting|bullying|hassling|dming|snapping|"
    r"chatting|coming|turning up|waiting|watching|saying)\b.{0,40}\b(?:for|since|over) (?:like |"
    r"about |nearly |almost |over |the (?:last|past) )?(?:a|one|1|2|two|3|three|a few|few|a "
    r"couple of|couple|some|\d+) (?:days|week|weeks|month|months)\b"
)


def s83b_read_repeat(text: str) -> Answer:
    """The repeat answer, with something kept up over days or weeks read as more than once."""
    answer = k77d_read_repeat(text)
    if answer.value is None and not answer.declined and _S83B_KEPT_UP.search(plain(text)):
        return Answer(True)
    return answer


READERS["repeat_victimisation"] = s83b_read_repeat


# end s83b


# x86a (round 86): Ray, at "Has this happened to them more than once...?": "Please don't tell
# them anything, she'd never forgive me" was a yes (its "please"). A plea not to tell anyone is no
# answer to the repeat question: it is read without those words, and alone it answers nothing.
_X86A_DONT_TELL = re.compile(
    r"\b(?:please |pls |plz )?(?:dont|don t|do not|never|not to) (?:tell|say anything to|say "
    r"anything|mention (?:it|this|anything)|let (?:them|him|her|anyone) know|contact|ring|call) "
    r"(?:them|him|her|anyone|anybody|the police|police|anything|it|this|my \w+)\b(?: anything)?"
    r"|\b(?:she|he|they)(?:d| d| would| will|ll| ll)? never forgive (?:me|us)\b"
)


def x86a_read_repeat(text: str) -> Answer:
    """The repeat answer, with a plea not to tell anyone left out of it."""
    if not _X86A_DONT_TELL.search(plain(text)):
        return s83b_read_repeat(text)
    rest = []
    for sentence in re.split(r"(?<=[.!?;\n])\s*", text):
        if not _X86A_DONT_TELL.search(plain(sentence)):
            rest.append(sentence)
            continue
        # "Please don't tell them anything, she'd never forgive me": each clause of the plea out.
        kept = [
            _X86A_DONT_TELL.sub(" ", plain(part)).strip()
            if _X86A_DONT_TELL.search(plain(part))
            else part
            for part in sentence.split(",")
        ]
        rest.append(",".join(part for part in kept if plain(part)) + ".")
    left = " ".join(part.strip() for part in rest if plain(part))
    return s83b_read_repeat(left) if left else NO_ANSWER


READERS["repeat_victimisation"] = x86a_read_repeat


# s83c (round 83)
# Fatima, at "Is it safe for a support worker to contact you?": "i told you, only phone call
# weekday 10 to 2. not text not voicemail. evening is not safe he is home" was "OK, nobody will
# contact you". A "not safe" held to a time (the evening, weekends, when he is home) is a limit on
# when, not a refusal: with a way or a time given it is a yes, with those limits. A "not safe"
# with no time ("no its not safe he checks my phone") stays a no.
_S83C_WHEN = (
    r"(?:in the |at |on |at the |during the |during |over the )?(?P<when>(?:mornings?|afternoons?|"
    r"evenings?|nights?|night time|weekends?|(?:sat|sun)days?|after \d{1,2}(?: ?pm)?|"
    r"(?:when|while|if) (?:he|she|they|my \w+) (?:is|s|are|re|gets|get|comes|come) (?:home|"
    r"back|in|there|around|about)))"
)
_S83C_NOT_SAFE = r"(?:not safe|isnt safe|is not safe|arent safe|are not safe|unsafe|no good)"
_S83C_TIME_NOT_SAFE = (
    re.compile(
        rf"\b(?:only |but |just )*{_S83C_WHEN}(?: (?:is|are|s|its|it is))? {_S83C_NOT_SAFE}\b"
    ),
    re.compile(rf"\b(?:its |it is |it s )?{_S83C_NOT_SAFE} {_S83C_WHEN}\b"),
)
_S83C_STILL_NO = re.compile(
    r"\b(?:not safe|unsafe|isnt safe|no one|nobody|dont contact|do not contact|never contact|"
    r"no contact)\b"
)


def s83c_safe_but_not_then(text: str) -> Answer | None:
    """A yes with limits when the only "not safe" said is held to a time; None otherwise."""
    words = plain(text)
    limits = [found.group("when") for one in _S83C_TIME_NOT_SAFE for found in one.finditer(words)]
    if not limits:
        return None
    rest = words
    for one in _S83C_TIME_NOT_SAFE:
        rest = one.sub(" ", rest)
    said = contact_said(text)
    if _S83C_STILL_NO.search(rest) or not (said.get("contact_method") or said.get("contact_times")):
        return None
    times = [str(said["contact_times"])] if said.get("contact_times") else []
    for when in limits:
        if when not in " ".join(times):
            times.append(f"not {when}")
    return Answer(True, extra={**said, "contact_times": ", ".join(times)})


# end s83c


# s83d (round 83)
# Dean (r83b), robbed at hammer-point on his delivery round, at the court question: "dunno, bit.
# they know where i deliver dont they" was counted as skipped. "a bit" alone is a yes already
# (_B75B_A_BIT); an unsure word before it does not take it back: "dunno, a bit" is a bit worried.
_S83D_A_BIT = re.compile(
    r"(?:(?:yeah|yes|maybe|i guess|i think) )?(?:a )?(?:bit|little|little bit|touch)|kind of|"
    r"kinda|sort of|sorta|slightly|somewhat"
)


def s83d_unsure_then_a_bit(text: str) -> bool:
    """ "dunno, bit", "not sure. a little. they know my route": unsure, then a degree of fear,
    with nothing after it that says otherwise or is unsure."""
    parts = [plain(part) for part in re.split(r"[.!?,;:\n]+", text) if plain(part)]
    if not parts or not _N80A_UNSURE_FIRST.match(parts[0]):
        return False
    parts = parts[1:]
    if not parts or not _S83D_A_BIT.fullmatch(parts[0]):
        return False
    rest = " ".join(parts[1:])
    if not rest or _N80A_FEAR_REASON.search(rest):
        return True  # a reason to be afraid ("they know where i deliver") says it again
    return not (
        is_dont_know(rest)
        or not_understood(rest)
        or _i3_read_fear(rest).value is False
        or y73d_not_scared(rest) is not None
    )


# end s83d


# t84g (round 84) -- Priya, asked to be referred: "ok but seriously was my manager allowed to
# just make me carry on working after someone pulled a knife on me" was taken as a yes: an "ok"
# turned by "but" into a question is no consent.
_T84G_OK_BUT_ASKS = re.compile(
    r"^(?:ok|okay|k|alright|fine|right)\W+but\W+(?:(?:seriously|honestly|wait|like|tho|though|"
    r"srsly|really)\W+)*(?:was|is|were|are|did|does|do|can|could|should|would|will|why|how|what|"
    r"who|where|when|isnt|wasnt|shouldnt|arent|werent|didnt|doesnt)\b"
)


# j91b (round 91): Carol, told "Say 'carry on' to go back to the questions" while the referral
# question was open, said "ok. carry on", and it was taken as a yes to passing her details on.
# Kieran, at the referral question: "ok galop, finally. can galop report it for me so i dont
# have to go to the police myself? and would you pass stuff to the police, because i havent
# decided" was taken as a yes. An "ok" followed only by "carry on" or by questions is no consent.
_J91B_OK_FIRST = re.compile(
    r"^(?:ok+|okay|k|alright|right|fine)(?: (?!(?:yes+|yeah+|yep|yh|ye|please|pls|sure|go|do|"
    r"refer|pass)\b)\w+){0,2}$"
)
_J91B_CARRY_ON = re.compile(
    r"^(?:(?:lets|let s|please|pls|yes|then)\W+)?(?:carry on|go on|continue|keep going|go back|"
    r"back to (?:the )?questions?)(?: (?:then|please|pls|with (?:the )?questions?))?$"
)


def j91b_ok_then_asks_or_carries_on(text: str) -> bool:
    sentences = [part for part in re.split(r"(?<=[.!?\n])\s*", text.strip()) if plain(part)]
    if len(sentences) < 2 or not _J91B_OK_FIRST.match(plain(sentences[0])):
        return False
    return all(
        _J91B_CARRY_ON.match(plain(part)) or "?" in part or opens_a_question(plain(part))
        for part in sentences[1:]
    )


def t84g_ok_but_asks(text: str) -> bool:
    return bool(_T84G_OK_BUT_ASKS.match(plain(text)))


# end t84g


# v86c3 (round 86)
# Daniel, at the hate question: "i mean yeah probably?? he knows im not out, thats literally why
# hes doing it". A yes hedged with "probably" opening the message is a yes (the "??" is not a
# question to answer); "not out" (to family) is his sexuality.
_V86C3_HEDGED_YES = re.compile(
    r"^(?:i mean |well |erm |um |so |honestly |tbh |i guess )?(?:yes|yeah|yea|yep|ye|yh)"
    r"(?: (?:probably|prob|most likely|i think so|i reckon|pretty sure|i would say so|id say so|"
    r"definitely|for sure))\b|^(?:i mean |well )?probably (?:yes|yeah|yea|yep)\b"
)
_V86C3_NOT_OUT = re.compile(
    r"\b(?:im|i m|i am|i wasnt|i was|im still|i am still) not out\b|\bnot out (?:to|yet|at)\b|"
    r"\b(?:in the closet|closeted)\b"
)


def v86c3_hedged_yes(text: str) -> bool:
    first = plain(re.split(r"[,.;!?\n]", text.strip(), maxsplit=1)[0])
    return bool(_V86C3_HEDGED_YES.match(first)) and not _Y73D_UNSURE.search(plain(text))


# end v86c3


# p94b (round 94): Kwabena, bus driver, at the repeat question: "no not him. but drivers get
# abuse all the time" was kept as him targeted again and again. "No, not him" answers no; abuse of
# drivers in general is not the same person targeting him, unless he says it was him again.
def p94b_read_repeat(text: str) -> Answer:
    words = plain(text)
    if _P2_NOT_HIM.search(words) and not _D1_ME_BEFORE.search(words):
        return Answer(value=False)
    return x86a_read_repeat(text)


READERS["repeat_victimisation"] = p94b_read_repeat

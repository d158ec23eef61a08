"""w86s (round 86): replies to a person who objects to the bot's own words, or to not being read.

1. An echo complaint: the person asks about, or objects to, a word the bot has just said and they
   never did. Hassan, told "You can report it to the police for your child, whatever the school
   says": "What school? This was on the bus". Leon: "wat police officer?? i told u i aint talkin
   to police". Aisha: "why did you say monday", "why stalking helpline hes not stalking me". Ewa:
   "Why you say press 55?". Each got "I can't answer your question here" (or nothing, or the
   helpline's description again). The reply owns the mistake and names the word.
2. "Did you actually read what I wrote?" (Tom), "did u even read what i said" (Amara): a short
   sorry and what has been noted, never "I can't answer".
3. After "wait im not drinking more?? i meant i was drunk that night" (Kemi) or "i asked if
   someone can call ME before friday" (Daniel), the answer they said misread them is not sent
   again word for word: the honest "I've sent what I know about that above, and I'm sorry..."

Pure functions over the message and the answers the matcher gets (actions/assessment_form.py's
answers_from): "said" (the person's messages), "last_turn_bot_texts" and "last_turn_responses"
(what the bot sent between their last message and this one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from actions import questions, wording
from actions.questions import Say, is_question
from core.vocabulary import plain

ECHO_RESPONSE = "utter_w86s_not_your_word"
NOT_READ_RESPONSE = "utter_w86s_not_read_sorry"
NOT_READ_ALONE_RESPONSE = "utter_w86s_not_read_sorry_alone"
NOT_READ_RESPONSES = (NOT_READ_RESPONSE, NOT_READ_ALONE_RESPONSE)
MISREAD_RESPONSE = "utter_answered_above"  # the existing honest fallback with an apology


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that never make the phrase complained of on their own, first or last.
_STOP = _word_set(
    "a an the that this these those it its is are was were be been do does did done can could "
    "will would should shall may might must has have had about if of in on at to for from by "
    "with and or but so not no yes ok okay then than just even really actually said say says "
    "saying i im me my mine you u ur your yours he hes him his she shes her hers they them "
    "their we us our there here when where how who what wat why which happens happened happen "
    "mean means meant like going gonna get got"
)
# Words the bot says in nearly every message: "what help?? nobody helped me" objects to
# something else, not to the word.
_GENERIC = _word_set(
    "help support service services question questions thing things time times way chat message "
    "messages number people someone anyone person worker team details answer answers right "
    "rights code option options info information police"
)

# "why did you say monday", "Why you say press 55?", "why do u keep saying X"
_WHY_SAID = re.compile(
    r"^(?:but |so |and |wait |hang on |hold on |erm |um |ok |okay )*(?:why|y|how come) "
    r"(?:did |do |would |have |are )?(?:you|u|ya) (?:keep |even )?(?:say|said|saying|mention|"
    r"mentioned|mentioning|bring up|brought up|talk about|talking about|tell me about|say about|"
    r"write|wrote|put|suggest|suggested|send|sent|give|gave)(?: me)?(?: about)?"
    r"(?: the| that| a| an| this)? (?P<rest>.+)$"
)
# "What school", "wat police officer": the whole clause is the word, asked back.
_WHAT_WORD = re.compile(
    r"^(?:but |so |and |wait |erm |um )*(?:what|wat|wot|wht|which) (?:the |that |a |an )?"
    r"(?P<rest>.+)$"
)
# "why stalking helpline hes not stalking me"
_WHY_WORD = re.compile(
    r"^(?:but |so |and |wait |erm |um )*(?:why|y) (?:the |that |a |an |this )?(?P<rest>.+)$"
)
# What follows, saying the word was wrong: "This was on the bus, nothing to do with school",
# "i told u i aint talkin to police", "hes not stalking me".
_OBJECTS = re.compile(
    r"\b(?:not|nothing|never|no|nobody|dont|didnt|doesnt|isnt|wasnt|arent|aint|wrong|"
    r"i (?:told|said|never)|(?:this|that|it) (?:was|is|happened)|its)\b"
)
_CLAUSES = re.compile(r"[^.?!,;\n]+[.?!,;\n]*")


def _clauses(text: str) -> list[tuple[str, str]]:
    """Each clause's plain words and the punctuation that ends it."""
    found = []
    for match in _CLAUSES.finditer(text):
        chunk = match.group(0)
        words = plain(chunk)
        if words:
            found.append((words, chunk[len(chunk.rstrip(".?!,;\n")) :]))
    return found


def _in(phrase: str, texts: Iterable[str]) -> bool:
    pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
    return any(pattern.search(plain(text)) for text in texts)


def _phrase(rest: str, bot_texts: Sequence[str], earlier: Sequence[str], whole: bool) -> str | None:
    """The longest opening of ``rest`` (up to four words) the bot said in its last turn; None
    when the person said it first, or it is no word of substance. ``whole``: the clause is the
    phrase and nothing else."""
    words = rest.split()
    for size in range(min(4, len(words)), 0, -1):
        if whole and size != len(words):
            continue
        taken = words[:size]
        if taken[0] in _STOP or taken[-1] in _STOP:
            continue
        phrase = " ".join(taken)
        if size == 1 and (phrase in _GENERIC or (len(phrase) < 3 and not phrase.isdigit())):
            continue
        if not _in(phrase, bot_texts):
            continue
        return None if _in(phrase, earlier) else phrase
    return None


def _as_the_bot_wrote_it(phrase: str, bot_texts: Sequence[str]) -> str:
    """ "monday" as "Monday", "stalking helpline" as "Stalking Helpline"."""
    pattern = re.compile(
        r"(?<!\w)" + r"\W+".join(re.escape(word) for word in phrase.split()) + r"(?!\w)",
        re.IGNORECASE,
    )
    for text in bot_texts:
        found = pattern.search(text)
        if found:
            return found.group(0)
    return phrase


def _earlier(text: str, answers: Mapping[str, Any]) -> list[str]:
    """What the person said before this message."""
    said = [str(told) for told in answers.get("said") or ()]
    if said and said[-1] == text:
        said = said[:-1]
    return said


# n94f (round 94): a "he?" or "she?" asked back, then who it was ("they are 2 boys", "it was a
# woman"): the bot's own word for someone the person never called that.
_N94F_PRONOUNS = _word_set("he him his she her")
_N94F_NOT_ONE_PERSON = re.compile(
    r"^(?:no |not |its |it s |it was |there (?:was|were) )?(?:they|there|it|its|we|two|2|three|3|"
    r"a (?:woman|girl|man|boy|group|gang)|a few|some|not)\b"
)


def echoed_word(text: str, answers: Mapping[str, Any] | None) -> str | None:
    """The word of the bot's last turn that this message objects to, as the bot wrote it."""
    answers = answers or {}
    bot_texts = [str(said) for said in answers.get("last_turn_bot_texts") or ()]
    if not bot_texts:
        return None
    earlier = _earlier(text, answers)
    clauses = _clauses(text)
    for at, (words, ends) in enumerate(clauses):
        after = " ".join(clause for clause, _ in clauses[at + 1 :])
        if (
            words in _N94F_PRONOUNS
            and "?" in ends
            and _in(words, bot_texts)
            and not _in(words, earlier)
            and _N94F_NOT_ONE_PERSON.search(after)
        ):
            # n94f (round 94): Mohammed, robbed by two teenagers: "he? they are 2 boys".
            return words
        said = _WHY_SAID.match(words)
        if said:
            phrase = _phrase(said.group("rest"), bot_texts, earlier, whole=False)
            if phrase:
                return _as_the_bot_wrote_it(phrase, bot_texts)
            continue
        asked = _WHAT_WORD.match(words) or _WHY_WORD.match(words)
        if not asked:
            continue
        whole = asked.re is _WHAT_WORD
        if whole and "?" not in ends:
            continue
        phrase = _phrase(asked.group("rest"), bot_texts, earlier, whole=whole)
        if not phrase:
            continue
        beyond = asked.group("rest")[len(phrase) :]
        if "??" in ends or "?!" in ends or _OBJECTS.search(f"{beyond} {after}"):
            return _as_the_bot_wrote_it(phrase, bot_texts)
    return None


# "Did you actually read what I wrote?", "did u even read what i said", "are you even listening"
_NOT_READ = re.compile(
    r"\b(?:did|have|do) (?:you|u|ya) (?:even |actually |really |evn |acc |actualy )?"
    r"(?:read|look at|listen to) (?:what|wat|wot|anything|a word|any of what|my messages?)"
    r"(?: (?:i|id|ive) (?:wrote|written|said|typed|sent|told you|told u|just said|just wrote|"
    r"have written|have said))?$|"
    r"\b(?:are|r) (?:you|u) (?:even |actually |really |evn )?(?:listening|reading)"
    r"(?: to me| to what i (?:said|wrote))?$|"
    r"\b(?:you|u) (?:didnt|did not|dont|do not|never|arent|are not|aint) (?:even |actually |"
    r"really )?(?:read|reading|listen|listening|listened)(?: to me| to what i (?:said|wrote)| "
    r"what i (?:said|wrote))?$|"
    # o103a (round 103): Chloe, asked what happened: "i just told u what happened?? he shared my
    # nude pic to the group chat" (got "I can't answer your question").
    r"\b(?:i|ive|i have|i ve) (?:just |already |literally )+(?:told|said to|said) (?:you|u|ya)"
    r"(?: (?:what happened|that|this|already|everything|all that|all this))?$|"
    r"\b(?:i|ive|i have|i ve) (?:told|said to) (?:you|u|ya) (?:what happened|already)$"
)
# Not about a person reading the chat: "will someone read what I wrote?".
_SOMEONE_READS = re.compile(r"\b(?:someone|somebody|anyone|anybody|a person|a human|worker)\b")


def complains_not_read(text: str) -> bool:
    """A complaint of not being read, said as its own clause; not when a question about
    something they said follows it ("did u read what i said about my kids")."""
    clauses = _clauses(text)
    for at, (words, _) in enumerate(clauses):
        if _NOT_READ.search(words) and not _SOMEONE_READS.search(words):
            after = " ".join(clause for clause, _ in clauses[at + 1 :])
            return not (after and is_question(after))
    return False


def not_read_reply(answers: Mapping[str, Any]) -> Say:
    """A short sorry, then what has been noted (the read-back of "what have you written down?")
    when there is something to read back."""
    line = wording.summary_line(answers)
    if answers.get("consent") is False or not line.startswith("Here's what I've noted"):
        return Say(response=NOT_READ_ALONE_RESPONSE)
    if answers.get("discreet"):
        line = wording.discreet(line)
    return Say(
        response=NOT_READ_RESPONSE, then=(Say(text=line, args={"utter_action": "utter_summary"}),)
    )


# f96c (round 96): Grace (r95c), sent the forced-marriage warning after "if i tell police they
# send me back to nigeria?", asked two turns later: "what is marry thing you said? nobody want
# me to marry" (got "I can't answer"). The bot's own wrong answer, from any of its recent
# messages, gets its sorry when the person never spoke of marriage.
_F96C_MARRY = re.compile(r"\b(?:marry|marriage|married|wedding)\b")
_F96C_ASKS_BACK = re.compile(
    r"\b(?:you|u) (?:said|say|saying|mention\w*|wrote|talk\w* about)\b|"
    r"\b(?:what|wat|why|y) (?:is |was |about )?(?:the |that |this )?(?:marry|marriage|married|"
    r"wedding|forced marriage)\b|"
    r"\b(?:nobody|no one|noone|none|not|dont|doesnt|didnt|never|nothing)\b(?: \w+){0,3} "
    r"(?:marry|marriage|married|wedding)\b"
)
FORCED_MARRIAGE_SORRY = "utter_f96c_forced_marriage_not_you"


def forced_marriage_warning_misapplied(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Whether this message asks about, or objects to, the forced-marriage warning the bot sent
    though the person never spoke of marriage."""
    answers = answers or {}
    words = plain(text)
    if not _F96C_MARRY.search(words) or not _F96C_ASKS_BACK.search(words):
        return False
    sent = " ".join(str(said) for said in answers.get("recent_bot_texts") or ())
    if "forced marriage" not in sent.lower():
        return False
    return not any(_F96C_MARRY.search(plain(told)) for told in _earlier(text, answers))


def echo_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """The sorry for the bot's own word this message objects to; None for any other message,
    a real question about the word included ("what is the stalking helpline?")."""
    if forced_marriage_warning_misapplied(text, answers):
        return Say(response=FORCED_MARRIAGE_SORRY)
    word = echoed_word(text, answers)
    return None if word is None else Say(response=ECHO_RESPONSE, args={"phrase": word})


def not_read_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """The sorry for "did u even read what i said", None for any other message."""
    return not_read_reply(answers or {}) if complains_not_read(text) else None


# -- 3. Said to have misread them ------------------------------------------------------------

_MISREAD = re.compile(
    r"\bi (?:meant|mean|was asking|asked (?:about|if|whether|for|when|how|what|who|why|you|u|"
    r"abt|bout))\b|"
    r"\b(?:thats|that s|that is|thats not|its) not what i (?:said|asked|meant|mean|wrote)\b|"
    r"\bi (?:didnt|did not|never) (?:say|said|ask|asked|mean|meant)\b|"
    r"\byou (?:misread|misunderstood|got it wrong|got me wrong)\b|\b(?:you|u) (?:read|took) "
    r"(?:it|that|me) wrong\b"
)
_NOT_WHAT_YOU_SAID = re.compile(r"\b(?:im|i am|i m) not (?P<rest>(?:\w+ ){0,3}\w+)")


def says_misread(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "i meant ...", "i asked about ... not ...", "that's not what i said", or "im not X"
    of an X the bot's last turn said ("wait im not drinking more??")."""
    words = plain(text)
    if _MISREAD.search(words):
        return True
    bot_texts = [str(said) for said in (answers or {}).get("last_turn_bot_texts") or ()]
    for found in _NOT_WHAT_YOU_SAID.finditer(words):
        taken = found.group("rest").split()
        for size in range(len(taken), 0, -1):
            phrase = " ".join(taken[:size])
            if taken[size - 1] not in _STOP and taken[0] not in _STOP and _in(phrase, bot_texts):
                return True
    return False


def not_again(message: Say, text: str, answers: Mapping[str, Any] | None) -> Say:
    """The answer they said misread them, sent in the last turn, is not sent again: the honest
    fallback with an apology instead; a second answer beside it that is new still goes."""
    last = frozenset((answers or {}).get("last_turn_responses") or ())
    if not last or not says_misread(text, answers):
        return message

    def repeated(said: Say) -> bool:
        name = str(said.response or said.args.get("utter_action") or "")
        if not name or name not in last or name == MISREAD_RESPONSE:
            return False
        # Safety comes again, whatever they said of it (a head injury, 999).
        return name not in questions.ANSWERED_EVERY_TIME and not re.search(
            r"emergency|999|danger|safe", name
        )

    thens = tuple(then for then in message.then if not repeated(then))
    if repeated(message):
        return Say(response=MISREAD_RESPONSE, then=thens)
    return replace(message, then=thens) if thens != message.then else message


def last_turn(events: Sequence[Mapping[str, Any]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The texts and response names the bot sent between the person's last two messages."""
    users = [at for at, event in enumerate(events) if event.get("event") == "user"]
    if len(users) < 2:
        before = events[: users[-1]] if users else events
    else:
        before = events[users[-2] + 1 : users[-1]]
    bots = [event for event in before if event.get("event") == "bot"]
    texts = tuple(str(event.get("text") or "") for event in bots)
    names = tuple(
        str(name) for event in bots if (name := (event.get("metadata") or {}).get("utter_action"))
    )
    return texts, names

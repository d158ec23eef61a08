"""Answering a question by its topic and the person's facts, when no worded answer matched.

The worded answers (actions/questions.py) are found by the words people used; the next person
asks the same thing in other words and got "I can't answer that one here". A topic is placed by
broader words and answered with a general answer chosen by what the person has told (who did
it, their age, whether a parent is writing). The topics are data: actions/question_topics.yml.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from actions import answer_facts
from actions.questions import Say, _sentences, _young, is_question, opens_a_question, plain
from core import yaml_files

_DATA = Path(__file__).with_name("question_topics.yml")

# "my dissertation is due in 3 weeks man what do i do about that", "if they catch them would i
# have to stand up in court": asking, without a question mark and not at the start (Dev, round
# 70, asked four times; Tunde, round 62).
_WHAT_TO_DO = re.compile(
    r"\b(?:what|how) (?:do|should|can|shall|would|could) (?:i|we) (?:actually |even |now )?"
    r"(?:do|go about|handle|deal with|sort)\b|\bwhat (?:now|next)\b|\bany advice\b|"
    r"\b(?:would|will|do|must) (?:i|we) (?:have|need) to\b|"
    # "just tell me is it a hate crime yes or no", "racist abuse, is that a hate crime" (Kofi,
    # round 72, four tries): whether something is a crime, asked without a mark.
    r"\bis (?:it|that|this|what he did|what she did) (?:even |still |classed as |counted as |"
    r"called )?(?:an? )?(?:\w+ )?(?:crime|offence|abuse|illegal|against the law)\b|"
    r"\byes or no\b|"
    # "bro did u read wat i said they know where i live" (Jamal, round 72, ignored twice): what
    # was said again is asked again.
    r"\bdid (?:you|u) (?:even )?(?:read|see|hear) (?:what|wat|wot) i (?:said|wrote|put|sent)\b|"
    # Asked for someone beside them: "shes saying can the uni do anything" (Helen, round 72).
    r"\b(?:s?he s|she is|he is|shes|hes|they re|theyre|they are) (?:saying|asking|wondering) "
    r"(?:can|could|will|would|is|does|do|should|if|whether)\b|"
    # A question inside a sentence: "i meant the university itself, can they stop him" (Helen).
    r"\b(?:can|could) (?:they|it|the \w+) (?:stop|ban|do anything|help)\b|"
    # "I just want to know if this counts as something" (Agnes, round 72, three tries).
    r"\bi (?:just |only |really )?(?:want|wanted|need|needed) to know (?:if|whether)\b|"
    # "just tell me about report remove do i need id" (Ellie, 15, round 73).
    r"\bdo (?:i|we) need\b|"
    # b75c (round 74): "he won't tell me anything" (Joseph, whose son was assaulted): a child who
    # won't talk, told by the one caring for them, asks how to reach them.
    r"\b(?:he|she|they|my (?:son|daughter|boy|girl|child|kid|lad)) (?:won t|wont|will not|"
    r"doesn t|doesnt|does not|refuses to) (?:even )?(?:tell (?:me|us) (?:anything|about (?:it|"
    r"what happened)|what happened)|(?:talk|speak|open up)(?: to (?:me|us))? about (?:it|what "
    r"happened))\b|"
    # end b75c
    # "i dont even know if its abuse thats what im asking", "i just want someone to tell me if
    # im overreacting" (Precious, round 75, both inside answers, both unanswered).
    r"\b(?:dont|don t|do not) (?:even |really )?know (?:if|whether) (?:its|it s|it is|this is|"
    r"thats|that s|that is|what (?:he|she|they) (?:does|do|is doing)) (?:\w+ )?(?:abuse|abusive|"
    r"a crime|illegal|normal|ok|okay)\b|\b(?:thats|that s) what (?:im|i m|i am) asking\b|"
    r"\b(?:someone|somebody|anyone|you|u) to tell me (?:if|whether)\b|"
    # g76e (round 76): "what if next time its her" (Kieran, of his daughter, 3); "I don't think
    # you understood, I mean time off from my job ... to be with him" (Bisi): asked again.
    r"\bwhat if (?:\w+ ){0,2}(?:its|it s|it is) (?:her|him|them)\b|"
    r"\b(?:you|u) (?:didnt|didn t|did not|dont|don t|do not|havent|haven t) (?:\w+ )?"
    r"(?:understand|understood|get it|get me)\b.{0,40}\bi (?:mean|meant)\b|"
    r"\b(?:dont|don t|do not) think (?:you|u) (?:understood|understand|got it|get it)\b.{0,40}"
    r"\bi (?:mean|meant)\b|"
    # "Sorry, I think I confused you, he's not a child, he's 30. ... I mean help for his drug
    # problem" (Pat, of her son): what they asked, put again.
    r"\bi (?:mean|meant) (?:help|support|someone|anyone|something) (?:for|with)\b"
)


# The age Hourglass serves from (referrals/directory.yml, hourglass-helpline, min_age).
OLDER_AGE = 60


@dataclass(frozen=True)
class TopicAnswer:
    response: str
    when: Mapping[str, Any]


@dataclass(frozen=True)
class Topic:
    name: str
    asks: re.Pattern[str]
    unless: re.Pattern[str] | None
    answers: tuple[TopicAnswer, ...]
    # n80d (round 80): tried before the others, whose broader words would take it first.
    first: bool = False

    def placed(self, words: str) -> bool:
        return bool(self.asks.search(words)) and not (self.unless and self.unless.search(words))


@cache
def topics() -> tuple[Topic, ...]:
    data = yaml_files.load(_DATA.read_text(encoding="utf-8"))
    built = (
        Topic(
            name=topic["topic"],
            asks=re.compile(topic["asks"]),
            unless=re.compile(topic["unless"]) if topic.get("unless") else None,
            answers=tuple(
                TopicAnswer(response=answer["say"], when=answer.get("when") or {})
                for answer in topic["answers"]
            ),
            first=bool(topic.get("first")),
        )
        for topic in data["topics"]
    )
    return tuple(sorted(built, key=lambda topic: not topic.first))


def places(name: str, text: str) -> bool:
    """Whether the topic called ``name`` places a question asked in ``text``: a worded answer
    that the topic's answer fits better steps aside for it (questions.c75c_refit, round 75)."""
    asked = [plain(part) for part in asked_parts(text)]
    return any(topic.placed(words) for topic in topics() if topic.name == name for words in asked)


def asks_without_a_mark(text: str) -> bool:
    words = plain(text)
    return bool(
        _WHAT_TO_DO.search(words)
        or _K78D_ASKED_AGAIN.search(words)
        or _M79E_ASKED_AGAIN.search(words)
        or _N80D_ASKED.search(words)
        or _T84H_CANT_AFFORD_A_CAMERA.search(words)  # t84h (round 84): Nadia
    )


def asked_parts(text: str) -> list[str]:
    """Each sentence that asks something, with the one after it ("Is it a police matter? I
    thought perhaps Trading Standards.") and, for a question of a few words, the one before
    it: the topic is placed by what was asked, not by an answer before a longer question
    ("someone to talk to. and what do I do about monday, can work move him?" asks nothing of
    company). A message that asks only by its ending is asked by its last sentence."""
    sentences = _sentences(text)
    parts = [
        " ".join(sentences[_leaned_on(sentences, index) : index + _reach(sentences, index)])
        for index, sentence in enumerate(sentences)
        if "?" in sentence or opens_a_question(sentence) or asks_without_a_mark(sentence)
    ]
    if not parts and sentences and (is_question(text) or asks_without_a_mark(text)):
        parts = sentences[-1:]
    return parts


# "What? I am asking about Bilal. He wants revenge. He might hurt someone" (Ibrahim, round 74):
# a question that only points at what follows reaches the two sentences after it.
_POINTS_FORWARD = re.compile(r"\b(?:i am|im|i m) asking (?:about|you about)\b|\bmy question is\b")


def _reach(sentences: list[str], index: int) -> int:
    """How far a question reaches: the sentence after it, or two if the next one only points on."""
    following = sentences[index + 1] if index + 1 < len(sentences) else ""
    if _POINTS_FORWARD.search(plain(sentences[index])) or _POINTS_FORWARD.search(plain(following)):
        return 4 if _POINTS_FORWARD.search(plain(following)) else 3
    return 2


def _leaned_on(sentences: list[str], index: int) -> int:
    """Where a question starts: a question of a few words, or a short one that points back ("it",
    "that"), leans on the sentence before it ("my passport. how i get back", "the NON
    MOLESTATION order. do i have to pay for it")."""
    words = plain(sentences[index]).split()
    points_back = len(words) <= 10 and bool({"it", "that", "this", "them"} & set(words))
    return index - 1 if index and (len(words) <= 4 or points_back) else index


def _fact(name: str, answers: Mapping[str, Any]) -> Any:
    if name == "young":
        return _young(answers)
    if name == "older":
        age = answers.get("age")
        return isinstance(age, (int, float)) and age >= OLDER_AGE
    if name == "age_known":
        return answers.get("age") is not None or answers.get("under_18") is not None
    if name == "for_child":
        return answers.get("for_child") is True
    if name == "offender":
        return answers.get("relationship_to_offender")
    if name == "at_referral":
        # k99b (round 99): the results shown, or a referral question asked: "they" is then the
        # support service (Rob: "would they come to the house. he cant know").
        return bool(answers.get("results_shown")) or answers.get("requested_slot") in (
            "referral_consent", "contact_safe", "contact_method", "contact_details",
            "contact_times", "voicemail_ok",
        )  # fmt: skip
    if name == "crime_types":
        return answers.get("crime_type")
    if name == "order_held":
        # h90c (round 90): Precious said earlier she has an order (actions/answer_facts.yml).
        return answer_facts.told("order_held", answers.get("said") or (), answers)
    if name == "exploited_at_work":
        # v86a1 (round 86): Bogdan, whose boss keeps his passport and pay, was told the police
        # "may still ask your work for CCTV or witnesses": forced labour, or work, pay or a
        # passport kept, told (actions/account.py, "labour_told").
        return answers.get("crime_type") == "human_trafficking" or "labour_told" in (
            answers.get("account_details") or ()
        )
    return answers.get(name)


def fits(when: Mapping[str, Any], answers: Mapping[str, Any]) -> bool:
    """Whether the person's facts fit every condition: a list is the values allowed (a fact not
    told fits none of them), a true or false must be the fact's, and `not_` before a name lists
    the values that rule it out (a fact not told rules nothing out)."""
    for name, wanted in when.items():
        if name.startswith("not_"):
            if _fact(name[4:], answers) in wanted:
                return False
            continue
        told = _fact(name, answers)
        if isinstance(wanted, list):
            if told not in wanted:
                return False
        elif bool(told) is not wanted:
            return False
    return True


def topic_answer(
    text: str,
    answers: Mapping[str, Any] | None = None,
    said: frozenset[str] = frozenset(),
    said_twice: frozenset[str] = frozenset(),
) -> Say | None:
    """The general answer to a question on a known topic that fits what the person told; None
    when the message asks nothing, no topic places it, or no answer fits.

    An answer sent already gives way to another that fits (asked again, the first may not have
    answered them); with none, it is sent once more, then never a third time: "I've sent what I
    know above" and who can answer instead. Saying "I can't answer that" to a question answered
    a moment ago is untrue (round 77: James's "can i make HIM leave?" asked twice)."""
    asked = [plain(part) for part in asked_parts(text)]
    if not asked:
        return None
    answers = answers or {}
    again: str | None = None
    for topic in topics():
        if not any(topic.placed(words) for words in asked):
            continue
        for answer in topic.answers:
            if not (
                fits(answer.when, answers) and answer_facts.fits(answer.response, text, answers)
            ):
                continue
            if answer.response not in said:
                # m79e (round 79): with a second question of round 79 asked beside it.
                return m79e_also_asked(Say(response=answer.response), text, answers, said)
            again = again or answer.response
    if again is None:
        return None
    return Say(response="utter_answered_above" if again in said_twice else again)
    answers = answers or {}
    for topic in topics():
        if not any(topic.placed(words) for words in asked):
            continue
        for answer in topic.answers:
            if (
                answer.response not in said
                and fits(answer.when, answers)
                and answer_facts.fits(answer.response, text, answers)
            ):
                return Say(response=answer.response)
    return None


# k78d (round 78)
# A question put again without a mark: "Though you have not quite said whether anybody would
# contact my wife.", "I would still appreciate an answer about my wife, please." (Brian, passed
# over three times), "I was asking about telling the gym" (Leah).
_K78D_ASKED_AGAIN = re.compile(
    r"\b(?:you|u) (?:have not|havent|haven t|did not|didnt|didn t|still (?:have not|havent|"
    r"haven t)) (?:quite |really |actually |yet )?(?:said|answered|told me|say|answer|tell me) "
    r"(?:whether|if|about|what|how|who)\b|"
    r"\b(?:appreciate|like|want|need|get) an answer (?:about|on|to)\b|"
    r"\bi was (?:just |only )?asking (?:about|you about|if|whether)\b|"
    # "i mean can i choose where they talk to me. not at home" (Nadia): asked again, put plainer.
    r"^(?:no |yes |ok |sorry )?i (?:mean|meant) (?:can|could|will|would|do|does|is|are|should) "
    r"(?:i|they|you|the police|someone|anyone)\b|"
    # "also anyone do anything about shed security" (Tom).
    r"^(?:also |and |but |so )?(?:does |do )?(?:anyone|anybody) (?:do|does|give|gives|offer|"
    r"offers) (?:anything|advice|any advice|help)\b"
)

# Topics whose question a rights guess must not take: "anyone do anything about shed security"
# got the Right about updates on a suspect, "is there anyone who gives advice on securing the
# shed" the Right about information (Tom, round 78). Also answered beside another answer in the
# same message (reading.k78d_also_asked: Brian's wife, beside what is kept).
K78D_BEFORE_OTHER_ANSWERS = (
    "securing a shed or home after a break-in",
    "reporting without going to a station",
    "whether anyone will contact their family",
    "how and where the police contact them",
    "whether pulling clothing is a crime",
    "whether the police talk to their child",
    "the police or the bus company",
    "a stolen work ID badge",
)


def k78d_placed_first(text: str) -> str | None:
    """The name of the topic that places this question before a rights guess or a worded
    answer from other words in it, or None."""
    before = (*K78D_BEFORE_OTHER_ANSWERS, *M79E_BEFORE_OTHER_ANSWERS)  # m79e (round 79)
    return next((name for name in before if places(name, text)), None)


# end k78d


# m79e (round 79)
# Asked again without a mark: "I dont think thats the thing I mean. My friend Maureen said its
# called a trigger or something. For the council.", "About the trigger thing." (Joan, passed
# over twice).
_M79E_ASKED_AGAIN = re.compile(
    r"\b(?:dont|don t|do not) think (?:thats|that s|that is) (?:the thing|what) i (?:mean|meant)\b|"
    r"\b(?:its|it s|it is) called (?:a |an |the )?\w+ (?:or something|thing)\b|"
    r"^(?:and |also )?about the (?:\w+ ){0,2}thing\b"
)

# "The review thing" (Joan, an old woman's neighbour abusing her for months; nothing charged) got
# the Victims' Right to Review, the rights answer the response selector guessed from "review":
# where anti-social behaviour was told, the ASB Case Review is what was meant.
M79E_BEFORE_RIGHTS = ("the ASB case review",)

# Round 79's questions passed over beside another answer (Bukola's "is he a victim in the law or
# not" after the threats answer, Ayesha's "is this what people call honour abuse? i feel stupid
# even asking" after "it isn't your fault"): answered beside it, and before a rights guess
# (k78d_placed_first).
M79E_BEFORE_OTHER_ANSWERS = (
    "whether an exploited child is a victim in law",
    "a county lines service for a child",
    "honour-based abuse",
    "being taken abroad against their will",
    "whether being hit is normal",
    "the penalty for breaking an order",
    "the ASB case review",
)


def m79e_topic_before_rights(
    text: str,
    answers: Mapping[str, Any],
    said: frozenset[str] = frozenset(),
    said_twice: frozenset[str] = frozenset(),
) -> Say | None:
    """The answer of a topic that goes before a rights guess, when it places this question and
    an answer fits what the person told; else None (the rights answer stands)."""
    if not any(places(name, text) for name in M79E_BEFORE_RIGHTS):
        return None
    return topic_answer(text, answers, said, said_twice)


# Two questions in one message, each its own topic: "hes under 18, does he get the extra support
# because hes a child? and will they drop the drugs charge if hes a victim of exploitation"
# (Bukola), "acas is that for jobs? ... is there nothing for kids with county lines" (Bukola,
# after MORE). Only round 79's own topics are added beside another answer.
# Those whose words a rights question also uses ("can i fight the decision to drop charges", "the
# police never do anything", "who do i contact to challenge the charging decision") are here,
# not before a rights guess.
M79E_ALSO = (
    *(name for name in M79E_BEFORE_OTHER_ANSWERS if name != "honour-based abuse"),
    # Not before a rights guess: "do i get extra support cos im under 18" is the rights answer's.
    "the enhanced service for a child",
    "whether an exploited child's charge is dropped",
    "the police did nothing after reports",
    "who to ask for an ASB case review",
)


def m79e_also_asked(
    found: Say, text: str, answers: Mapping[str, Any], said: frozenset[str] = frozenset()
) -> Say:
    """``found``, followed by the answer of one of round 79's topics that places another
    question in the same message and fits what the person told (not sent before)."""
    given = {found.response, *(then.response for then in found.then)}
    asked = [plain(part) for part in asked_parts(text)]
    for topic in topics():
        if topic.name not in M79E_ALSO or not any(topic.placed(words) for words in asked):
            continue
        if given & {answer.response for answer in topic.answers}:
            continue
        for answer in topic.answers:
            if answer.response in said or not fits(answer.when, answers):
                continue
            if answer_facts.fits(answer.response, text, answers):
                return replace(found, then=(*found.then, Say(response=answer.response)))
    return found


# end m79e


# n80d (round 80)
# Asked without a mark: "and info about the court order, can he even come there" (Precious),
# "I'm asking whether I could get one for MY door" (Rita), "will the police take this seriously
# or will they just fob us off" (Aliyah's mum).
_N80D_ASKED = re.compile(
    r"\bcan (?:he|she|they) (?:even |still |just )?(?:come|turn up|go) (?:there|here|to|near)\b|"
    r"\b(?:im|i m|i am) (?:just |only )?asking (?:whether|if)\b|"
    r"\b(?:will|would) (?:the police|they|the cops) (?:\w+ )?take (?:this|it|us|me|her|him) "
    r"seriously\b"
)

# Round 80's questions beside another answer: Rita's "So it is stalking then? And do any of
# these people help with things like cameras or better locks?" (after the result).
M79E_ALSO = (
    *M79E_ALSO,
    "whether it is stalking",
    "help paying for home security",
    "money demanded again at school",
)
# end n80d


# t84h (round 84)
# Nadia, at "What would help most?": "like a camera on the drive so next time theres proof. i cant
# afford one tbh" asks for help with one without a mark (the topic "help paying for home
# security" answers it). The camera must be named in the message: "i cant afford one" alone may be
# of anything.
_T84H_CANT_AFFORD_A_CAMERA = re.compile(
    r"(?=.*\bcameras?\b).*\b(?:cant|can t|cannot|couldnt|couldn t) afford "
    r"(?:one|a camera|cameras)\b"
)
# end t84h

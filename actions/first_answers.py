"""Answers known_answer checks before its tables (added in round 94, n94d, for round 92's questions
that got the wrong answer or none).

Zara, 16 (her cousin touches her when he babysits her brother): "if i tell police would they
take him away", "would they take HIM away like arrest him. is my brother gonna get taken into
care??", "would they ring me? my mum sometimes has my phone", "can they just text not ring".
Leila (texting from her sister's phone): "if i leave house my visa finish?", "they know it is
ME?". Yusra: "what can I do for my daughter please", "Will you tell them about Maryam?".
Bukola, a nurse punched at work: "can i report it myself or does it have to come from the
trust?". Eddie, after a safe-account scam: "will they help me with the bank?". Graham, his van
stolen: "whether anyone is going to look for the bloody thing". Wes, glassed: "the 2 weeks i
cant work cos of the eye".

Called from actions.questions.known_answer: ``first_answer`` first, and ``with_child_answer``
on the answer found by the tables."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from core.vocabulary import plain


def _said_with(text: str, answers: Mapping[str, Any] | None) -> str:
    return " ".join(plain(said) for said in (*((answers or {}).get("said") or ()), text))


def _young(answers: Mapping[str, Any] | None, text: str = "") -> bool:
    """Under 18, or (age not yet given) writing of a mum, school or a babysitter."""
    answers = answers or {}
    age = answers.get("age")
    if age is None and answers.get("under_18") is None:
        return bool(
            re.search(
                r"\b(?:my (?:mum|mam|mom|mummy|dad|parents)|school|babysit\w*)\b",
                _said_with(text, answers),
            )
        )
    return answers.get("under_18") is True or (isinstance(age, (int, float)) and age < 18)


# Zara: the abuser taken away (arrested), not a child taken into care. "take him away" with no
# "from me/us" (Sue's grandson was "taken off me"), from a young person harmed by family.
_ABUSER_TAKEN = re.compile(
    r"\b(?:take|taking|took) (?:him|them) away\b(?! from)|\barrest (?:him|them|my cousin|my "
    r"uncle|my stepdad|my step dad)\b|\block (?:him|them) up\b"
)


def asks_if_abuser_taken_away(text: str, answers: Mapping[str, Any] | None) -> bool:
    """A young person harmed by a family member asking if the police would take him away."""
    words = plain(text)
    return (
        _young(answers, text)
        and (answers or {}).get("relationship_to_offender") == "family_member"
        and bool(_ABUSER_TAKEN.search(words))
        and not re.search(r"\b(?:my (?:baby|son|daughter|kids?|children)|foster)\b", words)
    )


# Zara: "would they ring me? my mum sometimes has my phone", "can they just text not ring. and
# not say whats its about": how they contact her (utter_m4_text_only), not the police's steps.
_RING_ME = re.compile(r"\b(?:will|would|do|does) (?:they|you|someone) (?:\w+ )?(?:phone|call|ring)")
_SHARED_PHONE = re.compile(
    r"\b(?:mum|mom|dad|mam|parents?|sister|brother|nan|he|she|husband|partner|boyfriend)\b"
    r"(?: \w+){0,2} (?:has|have|takes|checks|uses|looks at|goes through|reads) my (?:phone|"
    r"texts|messages)\b"
)
_TEXT_NOT_RING = re.compile(
    r"\b(?:just|only) (?:text|message)\b.{0,20}\bnot (?:ring|call|phone)\b|\b(?:text|message) "
    r"not (?:ring|call|phone)\b|\bnot say what(?:s)? (?:its|it is|it was) about\b"
)


def asks_how_they_contact_with_shared_phone(text: str) -> bool:
    words = plain(text)
    if re.search(r"\b(?:police|officer|detective|cops?)\b", words):
        return False
    return bool(
        (_RING_ME.search(words) and _SHARED_PHONE.search(words)) or _TEXT_NOT_RING.search(words)
    )


# Leila: "and please if i leave house my visa finish?".
_LEAVE_HOME = re.compile(
    r"\b(?:leave|leaving|left|go from|move out of|moving out of) (?:the |my |this |our )?(?:house|"
    r"home|flat)\b|\bmove out\b|\bmoving out\b"
)
_VISA_ENDS = re.compile(
    r"\bvisa (?:finish\w*|end\w*|gone|go|stop\w*|cancel\w*|over)\b|\blose (?:my |the )?visa\b|"
    r"\bvisa\b.{0,20}\b(?:finish|end|cancel\w*|lose|gone)\b"
)


def asks_if_leaving_home_ends_visa(text: str) -> bool:
    words = plain(text)
    return bool(_LEAVE_HOME.search(words) and _VISA_ENDS.search(words))


# Leila, on her sister's phone: "they will know it is me leila not my sister?", "they know it
# is ME?": that the request is for her (not whether he will know).
_KNOW_ITS_ME = re.compile(
    r"\b(?:they|the support (?:team|worker|people)|the worker|someone)\b(?: \w+){0,2} know "
    r"(?:it is|its|it was|that it is|that its) me\b"
)


def owner_of_the_phone_if_they_ask_if_known(
    text: str, answers: Mapping[str, Any] | None
) -> str | None:
    """Whose phone it is ("sister"), when they ask if the team will know it is them."""
    if not _KNOW_ITS_ME.search(plain(text)):
        return None
    found = re.search(
        r"\bmy (?P<owner>sister|brother|friend|mum|cousin)s? (?:phone|number)\b|\bthe phone is my "
        r"(?P<owner2>sister|brother|friend|mum|cousin)\b",
        _said_with(text, answers),
    )
    if found is None:
        return None
    return found.group("owner") or found.group("owner2")


# Yusra: "Will you tell them about Maryam?" (her daughter, 10, who saw it).
_TELL_THEM_ABOUT = re.compile(
    r"\b(?:will|can|could|would) you (?:tell|let) (?:them|the support (?:team|worker|people)|the "
    r"worker|the service) (?:know )?about (?:my )?(?P<who>\w+)\b"
)
_CHILD_WORD = re.compile(r"\b(?:daughter|son|child|kids?|children|boy|girl|baby)\b")


def child_they_ask_to_be_told_about(text: str, answers: Mapping[str, Any] | None) -> str | None:
    """The child named (or "daughter") in "will you tell them about Maryam?", when a child was
    told of; else None."""
    found = _TELL_THEM_ABOUT.search(plain(text))
    if found is None:
        return None
    who = found.group("who")
    said = _said_with(text, answers)
    if _CHILD_WORD.fullmatch(who):
        return f"your {who}"
    named = rf"\b(?:name is|names|called|named|daughter|son|girl|boy) {re.escape(who)}\b"
    if _CHILD_WORD.search(said) and re.search(named, said):
        return who.capitalize()
    return None


# Yusra: "And what can I do for my daughter please", asked beside another question.
_FOR_MY_CHILD = re.compile(
    r"\bwhat (?:can|should|do) (?:i|we) do (?:for|to help|about) my (?:daughter|son|child|kids?|"
    r"children|boy|girl)\b"
)


def asks_what_to_do_for_child(text: str) -> bool:
    return bool(_FOR_MY_CHILD.search(plain(text)))


# Bukola: "can i report it myself or does it have to come from the trust?", "can i just ring
# 101 myself even if my manager doesnt want me to", "can work stop me reporting it?".
_REPORT_MYSELF = re.compile(
    r"\bcan i (?:just )?(?:report (?:it|this|him|her)?|ring 101|call 101|ring the police|call "
    r"the police|go to (?:the )?police)\b.{0,25}\b(?:myself|my self|even if)\b|"
    r"\b(?:can|could) (?:work|my (?:work|employer|manager|boss|trust|job)|the (?:trust|hospital|"
    r"employer|company)|they) stop me (?:from )?(?:reporting|going to (?:the )?police|calling|"
    r"ringing|telling)\b|\bdoes it have to come from (?:the |my )?(?:trust|work|employer|manager|"
    r"hospital|company|boss)\b"
)


# Someone writing for a friend ("can I report it myself even if she won't?", "as her friend")
# asks about reporting another person's crime: utter_report_for_someone answers that, not "it
# happened to you".
_FOR_ANOTHER = re.compile(
    r"\b(?:she|he|they) (?:won ?t|wont|will not|doesn ?t|doesnt|don ?t|dont)\b|"
    r"\b(?:for|as) (?:her|him|them|my (?:friend|mate|sister|brother|daughter|son|mum|dad))\b|"
    r"\b(?:her|his|their) behalf\b"
)


def asks_if_they_can_report_it_themselves(
    text: str, answers: Mapping[str, Any] | None = None
) -> bool:
    if (answers or {}).get("for_someone_else"):
        return False
    cleaned = plain(text)
    # Reporting to an app or site ("can i report it to insta myself") is n3's take-down answer.
    to_platform = re.search(r"\breport (?:\w+ )?(?:to|on) (?!(?:the )?police\b|101\b)\w+", cleaned)
    return (
        bool(_REPORT_MYSELF.search(cleaned))
        and not _FOR_ANOTHER.search(cleaned)
        and not to_platform
    )


# Eddie: "Will they help me get the money from the bank?", "So the person who rings me will
# they help me with the bank?": what the support worker does, not "call your bank".
_HELP_WITH_BANK = re.compile(
    r"\b(?:will|would|can|could) (?:they|you|the support (?:worker|team|people)|someone|the "
    r"person)\b(?: \w+){0,2} help me (?:get (?:the |my )?money (?:back )?from (?:the|my) bank|"
    r"with (?:the|my) bank|deal with (?:the|my) bank)\b"
)


def asks_if_support_helps_with_the_bank(text: str, crime_type: str | None) -> bool:
    return crime_type == "fraud" and bool(_HELP_WITH_BANK.search(plain(text)))


# Graham: "whether anyone is going to look for the bloody thing", "you didnt say if theyll look
# for it": whether the police will look for stolen property.
_LOOK_FOR_IT = re.compile(
    r"\b(?:anyone|anybody|the police|police|they|theyll|they will|will they|someone)\b"
    r"(?: \w+){0,4} (?:look|looking|search|searching) for (?:it|the \w+(?: \w+)?|my \w+)\b"
)


# g96b (round 96): Fred, answering "Have you reported it?": "YES I rang 101 and waited 40
# minutes. They gave me a number. Will anybody actually look for it or is that it?" (the slot is
# not yet filled when the question is read, so it got "I can't answer").
_G96B_REPORTED_NOW = re.compile(
    r"\b(?:i|we|ive|i have|we have|i ve) (?:rang|rung|called|phoned|reported it to|reported it "
    r"on|reported it|told) (?:the )?(?:101|police|999)\b|\b(?:gave|given) (?:me|us) (?:a |the )?"
    r"(?:crime )?(?:reference )?number\b"
)


def asks_if_police_will_look_for_it(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Only once reported (the answer speaks of their crime number)."""
    reported = (answers or {}).get("reported_to_police") is True or bool(
        _G96B_REPORTED_NOW.search(plain(text))
    )
    return (
        reported
        and crime_type in ("theft", "burglary", "robbery", "vehicle_crime")
        and bool(_LOOK_FOR_IT.search(plain(text)))
    )


# Wes: "still dont know about the 2 weeks wages tho, do i get that back or not", "nobody owes
# me wages. i mean the 2 weeks i cant work cos of the eye": pay lost while off injured.
_TIME_OFF_PAY = re.compile(
    r"\b(?:\d+|a|one|two|three|few) (?:weeks?|days?)(?: \w+){0,2} (?:wages|pay|money|off)\b|"
    r"\b(?:weeks?|days?) i (?:cant|can not|cannot|couldnt|could not) work\b|\bnobody owes me\b"
)


def asks_about_pay_for_time_off_injured(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    return (
        (answers or {}).get("injured") is True
        and bool(_TIME_OFF_PAY.search(words))
        and bool(re.search(r"\b(?:wages|pay|paid|money|earnings|get (?:that|it) back)\b", words))
        and not re.search(r"\b(?:owes? me|owed)\b", words.replace("nobody owes me", ""))
    )


# p94c (round 94): Kwabena, a bus driver punched at work and off sick since: "will i get paid
# while im off? got bills", "what about my pay", "im on statutory sick pay now, is there anything
# for that", "third time you ignored me about money", "will i lose money being off sick because
# of the assault" were each ignored. Pay asked about (or money lost) while off sick, said in
# this message or before: the employer's sick pay first, then CICA and a court's order.
_OFF_SICK = re.compile(
    r"\boff sick\b|\bsick (?:pay|leave)\b|\bssp\b|\bsigned off\b|\bfit note\b|\boff work\b|"
    r"\b(?:while|whilst|when|being|been|im|i m|i am) (?:still )?off\b(?! (?:to|the)\b)"
)
_PAY_OR_MONEY = re.compile(
    # Pay as theirs, not "he has to pay my gym membership".
    r"\b(?:(?:my|the|sick|full|any|your) pay|(?:get|be|getting|being|still) paid|money|wages?|"
    r"bills|earnings|income|salary|ssp)\b"
)
# Asked without a question mark: "what about my pay", "is there anything for that", "you
# ignored me about money".
_ASKS_ABOUT_PAY = re.compile(
    r"\bwhat about (?:my |the )?(?:pay|money|wages|sick pay|bills)\b|\bis there anything\b|"
    r"\b(?:ignored|ignoring|ignore|didnt answer|did not answer|not answer\w*|asked|want to know)"
    r" (?:me |you )?about (?:my |the )?(?:pay|money|wages|sick pay)\b"
)
# Not theirs: pay owed by a boss (the unpaid-pay answers), no employer, court days (witness
# expenses), compensation or CICA asked by name (their own answers), time off asked for (the
# sick-note answer), a bill for something else ("who will pay for the window").
_NOT_SICK_PAY = re.compile(
    r"\b(?:owes?|owed|unpaid|not paid me|hasnt paid|didnt pay|self employed|court|trial|witness|"
    r"compensation|compo|cica|claim)\b|\b(?:can|could|do|will) i (?:get|take|have) "
    r"(?:time|\w+ days?) off\b|\bpay for (?!(?:the |my )?(?:time|days?|weeks?)\b)"
)

_HURT_CRIMES = frozenset(
    {"assault", "serious_violence", "sexual_offence", "attempted_murder", "robbery",
     "kidnap_false_imprisonment", "terrorism", "domestic_abuse"}
)  # fmt: skip


# f96c (round 96): Tom (r95b), 2 days off after being punched: "2 days off is only 2 days,
# sick pay dont start till day 4 does it" (passed over), "does sick pay start day 4 or not"
# (the general sick-pay answer again). When statutory sick pay starts, asked by its day.
_F96C_SICK_PAY = re.compile(r"\b(?:sick pay|ssp|statutory sick)\b")
_F96C_WHEN_STARTS = re.compile(
    r"\b(?:day|days) (?:1|one|4|four|3|three)\b|\b(?:first|fourth|4th|1st) day\b|"
    r"\bfirst (?:3|three|few) days\b|\bwaiting days?\b|\b(?:start|starts|starting|kick in|kicks in|"
    r"begin|begins)\b"
)


def asks_when_sick_pay_starts(text: str) -> bool:
    words = plain(text)
    return bool(_F96C_SICK_PAY.search(words) and _F96C_WHEN_STARTS.search(words))


def asks_about_pay_while_off_sick(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Pay (or money lost) asked about by someone off sick after the crime."""
    from actions.questions import is_question

    words = plain(text)
    if not _PAY_OR_MONEY.search(words) or _NOT_SICK_PAY.search(_said_with(text, answers)):
        return False
    if not (is_question(text) or _ASKS_ABOUT_PAY.search(words)):
        return False
    return bool(_OFF_SICK.search(_said_with(text, answers)))


# p94c (round 94): Farid, his shop window smashed twice and "GO HOME" written on the shutter,
# the first report gone nowhere: "police do nothing, why i tell?", "why i tell police again?",
# "you tell them or i must tell?" (three times, each ignored). Why report again, and that this
# chat does not report it for him: for a crime against property, after an earlier report or
# attack (the answer speaks of linking them and the insurer's crime number).
_PROPERTY_CRIMES = frozenset({"criminal_damage", "burglary", "theft", "arson", "vehicle_crime"})
_WHY_REPORT = re.compile(
    r"\bwhy (?:should |do |would |must |shall |even |bother )?(?:i |we )?(?:even )?(?:tell|report|"
    r"call|ring|go to|contact)\b|\b(?:whats|what is|what s) the point (?:of |in )?(?:telling|"
    r"reporting|calling)\b"
)
_WHO_REPORTS = re.compile(
    r"\b(?:you|u) (?:tell|report|call|inform|contact)\b(?: \w+){0,3} (?:or (?:i|me)\b|for me\b)|"
    r"\bor (?:i|me) (?:must |have to |need to |should |do )?(?:tell|report|call)\b|"
    r"\b(?:do|will|can|would) (?:you|u) (?:tell|report|call|inform) (?:the )?police\b"
)
_EARLIER_REPORT_OR_ATTACK = re.compile(
    r"\b(?:again|second time|2nd time|(?:two|2) times?|twice|first time|last time|before)\b"
)
_HATE_TOLD = re.compile(
    r"\b(?:go home|go back to|racis\w*|racial\w*|hate crime|hate|because (?:i am|im|i m) "
    r"(?:from|black|asian|muslim|jewish|sikh|gay|trans))\b"
)


def asks_why_report_again_or_who_reports(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if crime_type not in _PROPERTY_CRIMES or not re.search(r"\bpolice\b", words):
        return False
    if not (_WHY_REPORT.search(words) or _WHO_REPORTS.search(words)):
        return False
    told = answers or {}
    return told.get("reported_to_police") is True or bool(
        _EARLIER_REPORT_OR_ATTACK.search(_said_with(text, answers))
    )


def hate_told(text: str, answers: Mapping[str, Any] | None) -> bool:
    return (answers or {}).get("hate_motivated") is True or bool(
        _HATE_TOLD.search(_said_with(text, answers))
    )


# f96a (round 96) -- Jamal, 17, made to carry packages by older boys: "nah. they said if i stop
# they'll come to my house. my little sister is there" (at the question about a disability) was
# passed over, and "feeling safe. did u read what i said about my sister" got "I can't answer
# your question here". A threat to come to the home of a child being exploited, if they stop.
_F96A_THREAT_HOME = re.compile(
    r"\bif (?:i|we) (?:stop|quit|say no|tell|leave|snitch|refuse|(?:dont|don t|do not) (?:do it|"
    r"carry|go|run|help|work|answer))\b.{0,40}"
    r"\b(?:they|he|she|theyll|they ll|hell|he ll|shell|she ll)(?: will| are going to| gonna| would"
    r"|d)? (?:come|go|turn up|show up|pull up)(?: round)? (?:to|at|by)? ?(?:my|our) (?:house|home|"
    r"flat|yard|door|mums)\b"
)
_F96A_EXPLOITED = re.compile(
    r"\b(?:county lines|packs?|packages?|parcels?|owe them|carry (?:stuff|things|bags)|hold "
    r"(?:stuff|things|drugs))\b"
)
_F96A_FAMILY = re.compile(
    r"\bmy (?:(?:little|baby|big|younger|older) )?(sister|brother|sis|bro|siblings?|mum|mam|mom|"
    r"family)\b"
)
_F96A_DID_YOU_READ = re.compile(
    r"\b(?:did|do|have) (?:u|you|ya) (?:even |actually )?(?:read|see|hear|get|understand)\b.{0,30}"
    r"\b(?:what i (?:said|wrote|told you|told u)|about)\b"
)


def threat_to_come_home_if_they_stop(text: str, answers: Mapping[str, Any] | None) -> str | None:
    """Who at home the person named, when a young person exploited tells of a threat to come to
    their home if they stop ("my sister", "my family" if none), or asks if it was read; else
    None."""
    told = answers or {}
    said = _said_with(text, answers)
    words = plain(text)
    exploited = told.get("crime_type") == "human_trafficking" or bool(_F96A_EXPLOITED.search(said))
    if not (_young(answers, text) and exploited and _F96A_THREAT_HOME.search(said)):
        return None
    if not _F96A_THREAT_HOME.search(words) and not (
        _F96A_DID_YOU_READ.search(words) and _F96A_FAMILY.search(words)
    ):
        return None
    found = _F96A_FAMILY.search(words) or _F96A_FAMILY.search(said)
    named = found.group(1) if found else "family"
    named = {"sis": "sister", "bro": "brother", "mam": "mum", "mom": "mum"}.get(named, named)
    return f"your {named}"


# end f96a


# f96a (round 96) -- Sheila, 79, robbed by a man "from the gas" she let in: "should i have let
# him in? he had a badge thing and a clipboard, i feel so silly" got the answer for a stolen work
# badge, starting "Yes.". Whether letting someone in who tricked their way in was wrong: no blame.
_F96A_LET_IN = re.compile(
    r"\b(?:should(?:nt| not)? i (?:have )?(?:let|opened|open)|was i (?:wrong|silly|stupid|daft|a "
    r"fool) (?:to|for) (?:let|open)\w*|(?:silly|stupid|daft|foolish|a fool) (?:\w+ )?(?:for|to) "
    r"(?:let|open)\w*|(?:my|me) fault (?:for|to) (?:let|open)\w*|(?:my|me) fault (?:that|because|"
    r"cos) i (?:let|opened))\b"
)
_F96A_TRICKED_IN = re.compile(
    r"\b(?:said|saying|says|claimed|claiming|pretended|pretending|told me) (?:he|she|they) "
    r"(?:was|were|is|are) (?:from|with)\b|\b(?:gas|water|electric\w*|council|meter) (?:man|men|"
    r"board|company|engineer|reader)\b|\bfrom the (?:gas|water|electric|council)\b"
)


def asks_if_letting_them_in_was_wrong(text: str, answers: Mapping[str, Any] | None) -> bool:
    return bool(_F96A_LET_IN.search(plain(text))) and bool(
        _F96A_TRICKED_IN.search(_said_with(text, answers))
    )


# end f96a


# f96a (round 96) -- Sheila, 79, on a walking frame: "will the police come to the house? i find
# it hard to get to the door quickly" got "Yes. You can tell the police how, when and where to
# contact you ..." (a promise, and an answer written for someone hiding contact from a partner).
_F96A_POLICE_COME = re.compile(
    r"\b(?:police|officers?|cops|they|someone|anyone)\b (?:\w+ ){0,2}(?:come|visit|call round|"
    r"send (?:someone|anyone|an officer)) (?:to |round (?:to )?|out to )?(?:the|my|our) "
    r"(?:house|home|flat|door)\b|\bwill (?:they|the police) (?:come|visit)\b"
)
_F96A_SLOW_TO_DOOR = re.compile(
    r"\b(?:hard|difficult|struggle|slow|takes? me (?:a while|ages|a long time|time)) (?:\w+ ){0,3}"
    r"(?:to |getting to |get to )?(?:the )?door\b|\b(?:cant|can t|cannot) get to the door\b"
)
_F96A_FRAME = re.compile(r"\b(?:walking frame|my frame|zimmer|walker|wheelchair)\b")


def police_visit_needs(text: str, answers: Mapping[str, Any] | None) -> str | None:
    """What to tell the police, when someone slow to the door asks if they will come; else None."""
    words = plain(text)
    if not (_F96A_POLICE_COME.search(words) and _F96A_SLOW_TO_DOOR.search(words)):
        return None
    if _F96A_FRAME.search(_said_with(text, answers)):
        return "you use a walking frame and need time to get to the door"
    return "you need time to get to the door"


# end f96a


# i97b (round 97): Pauline, 70, after a fake HMRC caller said she "would be arrested today" and
# she paid in gift cards: "will i still be arrested", "i am asking will the police come for ME
# about the tax", "is it a real tax man or not" got answers about a suspect's arrest, police
# visits and a fake-police scam from China. A fake tax caller told of, and arrest or trouble
# feared, or whether he was real asked.
_I97B_TAX_CALLER = re.compile(
    r"\b(?:hmrc|tax ?man|tax office|inland revenue|(?:my|the|your|owe|owed|unpaid|pay) "
    r"tax(?:es)?)\b"
)
_I97B_ARREST_FEARED = re.compile(
    r"\b(?:will|would|am|could|might|can) i (?:still |really )?(?:be|get|going to be|gonna be) "
    r"(?:arrested|in trouble|locked up|taken away)\b"
    r"|\b(?:will|would|are|could|might) (?:the )?(?:police|they|hmrc|tax office|bailiffs) "
    r"(?:\w+ )?(?:come|coming|going to come|gonna come|arrest|be after) (?:for |after )?me\b"
    r"|\b(?:am i|im|i am) in (?:any )?trouble\b"
    r"|\b(?:is|was) (?:it|he|that|this|they)(?: really)? (?:a |the )?(?:real|genuine|proper) "
    r"(?:tax|hmrc|taxman|tax office)\b"
    r"|\b(?:is|was) (?:it|he|that|this|they) really (?:hmrc|the tax)\b"
)


def asks_if_arrested_after_tax_scam(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Arrest or trouble feared, or whether he was real asked, after a caller "from the tax
    office" (a scam HMRC warns of)."""
    return bool(_I97B_ARREST_FEARED.search(plain(text))) and bool(
        _I97B_TAX_CALLER.search(_said_with(text, answers))
    )


# j98d (round 98): Ibe, an accountant whose work laptop with client data was taken from his
# car: "do I have to report the client data loss as a data breach myself, or is that my
# employer's job?" got the health and safety at work answer, "Does the breach report fall on me
# or on the firm?" got "I can't answer", and "What should I actually tell my employer?" got this
# chat's privacy. Only once work things (a laptop, client data) were told taken.
_J98D_WORK_THINGS_TAKEN = re.compile(
    r"\b(?:work|works|company|firm s|office|employer s|client|clients)\b.{0,30}\b(?:laptop|"
    r"computer|tablet|ipad|phone|device|data|files|records)\b|\bclient (?:data|files|records|"
    r"details)\b"
)
_J98D_TAKEN = re.compile(r"\b(?:taken|stolen|stole|took|nicked|broken into|robbed)\b")
_J98D_BREACH_ASKED = re.compile(
    r"\b(?:data breach|breach report|report (?:it |this |the (?:\w+ ){0,2})?as a (?:data )?breach|"
    r"the breach|ico|information commissioner|data protection)\b"
)
_J98D_TELL_EMPLOYER = re.compile(
    r"\bwhat (?:(?:should|do|shall|must|can) i|i (?:should|shall|must|can|need to)) (?:actually |"
    r"even )?(?:tell|say to) (?:my |the )?(?:employer|boss|manager|firm|company|work|office|"
    r"partners?)\b"
)
# "that's not what I asked - I asked what I should tell my employer about the stolen laptop."
_J98D_ASKED_AGAIN = re.compile(r"\b(?:i asked|i m asking|im asking|i was asking|asked you)\b")


def asks_about_work_data_taken(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Who reports the breach, or what to tell work, after work data was taken."""
    from actions.questions import is_question, said_with

    words = plain(text)
    if not (_J98D_BREACH_ASKED.search(words) or _J98D_TELL_EMPLOYER.search(words)):
        return False
    if not (is_question(text) or _J98D_ASKED_AGAIN.search(words)):
        return False
    told = said_with(text, answers)
    return bool(_J98D_WORK_THINGS_TAKEN.search(told) and _J98D_TAKEN.search(told))


# j98d (round 98): Ibe, after his work laptop was taken: "the stress with my boss - is there
# anyone who can advise on that side?" beside his insurance question, which alone was answered.
_J98D_WORK_STRESS = re.compile(
    r"\b(?:stress|trouble|problems?|issues?|hassle|row|pressure|blame) (?:with|from|at) (?:my "
    r"|the )?(?:boss|employer|manager|work|firm|company)\b.{0,60}\b(?:anyone|anybody|someone|"
    r"somebody|who|advise|advice|help)\b"
)


def with_work_stress_answer(found: Any, text: str, answers: Mapping[str, Any] | None) -> Any:
    """Ibe: the advice on the stress with his boss after the answer to his other question."""
    from actions.questions import Say, said_with

    if not _J98D_WORK_STRESS.search(plain(text)):
        return found
    told = said_with(text, answers)
    if not (_J98D_WORK_THINGS_TAKEN.search(told) and _J98D_TAKEN.search(told)):
        return found
    stress = Say(response="utter_j98d_stress_with_boss")
    if found is None:
        return stress
    names = {found.response, *(then.response for then in found.then)}
    if stress.response in names or "utter_j98d_work_data_stolen" in names:
        return found
    return replace(found, then=(*found.then, stress)[:2])


# l100e (round 100): Ravi, a shop owner whose assistant took about £6,000 from the till over
# eight months: "Is this a police matter or a civil one?", "police or civil?" (three times
# ignored), then "Should I report it to the police, or is it a matter for a civil claim against
# her?" got the suing answer about a venue and door staff, and "Is stealing from the till a crime
# the police will investigate, yes or no?" got an apology. With a theft told (not fraud, damage or
# harassment, which have their own "civil matter" answers): both, the crime and the civil claim.
_L100E_POLICE_OR_CIVIL = re.compile(
    r"\b(?:police|criminal|crime)(?: matter| case| issue| thing| one)? or (?:is it |its |it s )?"
    r"(?:a |an )?(?:matter for (?:a )?)?civil\b|"
    r"\bcivil(?: matter| case| issue| claim| one| thing)? or (?:is it |its )?(?:a )?"
    r"(?:police|criminal|crime)\b|"
    r"\bis (?:\w+ ){1,5}a crime (?:that )?(?:the )?police (?:will|would|can|do|should) "
    r"(?:investigate|deal with|look into|take (?:up|on))\b"
)
_L100E_THEFT_TOLD = re.compile(
    r"\b(?:theft|thefts|thief|steal\w*|stole|stolen|nick\w*|pinch\w*|(?:taking|taken|took) "
    r"(?:\w+ )?(?:cash|money) (?:from|out of)|from the till)\b"
)


def asks_if_theft_is_police_or_civil(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    if crime_type not in (None, "theft", "other"):
        return False
    if not _L100E_POLICE_OR_CIVIL.search(plain(text)):
        return False
    return crime_type == "theft" or bool(_L100E_THEFT_TOLD.search(_said_with(text, answers)))


# l100e (round 100): Ravi: "Can I sack her straight away or would that affect a police case?",
# then "And my question about dismissing her?" (each got only "About 6 more short questions").
# An employer asking whether to dismiss the employee who did it: told their employee did it.
_L100E_DISMISS = re.compile(
    r"\b(?:can|could|should|shall|do|may) (?:i|we) (?:\w+ )?(?:sack|fire|dismiss|suspend|let go) "
    r"(?:her|him|them|the (?:employee|worker|assistant)|my (?:employee|worker|assistant))\b|"
    r"\b(?:dismissing|sacking|firing|suspending) (?:her|him|them|my (?:employee|worker|assistant))"
    r"\b|\b(?:dismiss|sack|fire) (?:her|him|them) (?:straight away|now|today|on the spot)\b"
)
_L100E_THEIR_EMPLOYEE = re.compile(
    r"\b(?:my|our|one of my|one of our) (?:shop |store |sales )?(?:assistants?|employees?|staff|"
    r"workers?|cashiers?)\b|\b(?:theft|stealing) by (?:an |my |our )?(?:employee|staff member|"
    r"member of staff|worker)\b"
)


def asks_if_they_can_dismiss_their_employee(text: str, answers: Mapping[str, Any] | None) -> bool:
    if not _L100E_DISMISS.search(plain(text)):
        return False
    return bool(_L100E_THEIR_EMPLOYEE.search(_said_with(text, answers)))


def first_answer(text: str, crime_type: str | None, answers: Mapping[str, Any] | None) -> Any:
    """The answer to one of the questions above, or None."""
    from actions.questions import Say

    if asks_if_theft_is_police_or_civil(text, crime_type, answers):  # l100e (round 100): Ravi
        dismiss = asks_if_they_can_dismiss_their_employee(text, answers)
        then = (Say(response="utter_l100e_dismissing_an_employee"),) if dismiss else ()
        return Say(response="utter_l100e_theft_police_and_civil", then=then)
    if asks_if_they_can_dismiss_their_employee(text, answers):  # l100e (round 100): Ravi
        return Say(response="utter_l100e_dismissing_an_employee")
    if asks_about_work_data_taken(text, answers):  # j98d (round 98): Ibe
        return Say(response="utter_j98d_work_data_stolen")
    if asks_if_arrested_after_tax_scam(text, answers):  # i97b (round 97): Pauline
        return Say(response="utter_i97b_tax_scam_not_arrested")
    family = threat_to_come_home_if_they_stop(text, answers)  # f96a (round 96): Jamal
    if family is not None:
        return Say(response="utter_f96a_threat_to_come_home", args={"family": family})
    if asks_if_letting_them_in_was_wrong(text, answers):  # f96a (round 96): Sheila
        return Say(response="utter_f96a_let_in_not_your_fault")
    need = police_visit_needs(text, answers)  # f96a (round 96): Sheila
    if need is not None:
        return Say(response="utter_f96a_police_visit_door", args={"need": need})
    if asks_if_abuser_taken_away(text, answers):
        return Say(response="utter_n94d_abuser_taken_away")
    if asks_how_they_contact_with_shared_phone(text):
        return Say(response="utter_m4_text_only")
    owner = owner_of_the_phone_if_they_ask_if_known(text, answers)
    visa = asks_if_leaving_home_ends_visa(text)
    if owner is not None:
        then = (Say(response="utter_n94d_leaving_home_visa"),) if visa else ()
        return Say(response="utter_n94d_request_is_for_you", args={"owner": owner}, then=then)
    if visa:
        return Say(response="utter_n94d_leaving_home_visa")
    child = child_they_ask_to_be_told_about(text, answers)
    if child is not None:
        return Say(response="utter_n94d_tell_them_about_child", args={"child": child})
    if asks_if_they_can_report_it_themselves(text, answers):
        return Say(response="utter_n94d_report_it_yourself")
    if asks_if_support_helps_with_the_bank(text, crime_type):
        return Say(response="utter_n94d_support_helps_with_bank")
    if asks_if_police_will_look_for_it(text, crime_type, answers):
        return Say(response="utter_n94d_will_they_look_for_it")
    if asks_when_sick_pay_starts(text):
        return Say(response="utter_f96c_sick_pay_from_day_one")  # f96c (round 96): Tom
    if asks_about_pay_for_time_off_injured(text, answers):
        return Say(response="utter_e1_cica_lost_days")
    if asks_about_pay_while_off_sick(text, answers):
        # p94c (round 94): Kwabena. CICA and a court's order only after a violent crime.
        hurt = (answers or {}).get("injured") is True or crime_type in _HURT_CRIMES
        then = (Say(response="utter_e1_cica_lost_days"),) if hurt else ()
        return Say(response="utter_p94c_pay_while_off_sick", then=then)
    if asks_why_report_again_or_who_reports(text, crime_type, answers):
        # p94c (round 94): Farid.
        if hate_told(text, answers):
            return Say(response="utter_p94c_why_report_again_hate")
        return Say(response="utter_p94c_why_report_again")
    return None


def with_child_answer(found: Any, text: str) -> Any:
    """Yusra: the answer for her daughter after the answer to her other question."""
    from actions.questions import Say

    if not asks_what_to_do_for_child(text):
        return found
    child = Say(response="utter_n6_support_for_child_who_saw")
    if found is None:
        return child
    names = {found.response, *(then.response for then in found.then)}
    if child.response in names:
        return found
    return replace(found, then=(*found.then, child))


# f96b (round 96): answers checked before the tables, for round 95's questions that got
# "I can't answer" or the wrong answer.
#
# Vik, 38, whose neighbour's teenage sons egg his door and shout racist abuse at his two children:
# "police said thats not a hate crime its just kids being kids. is that right??" (got "I can't
# answer", and the hate crime was taken off his record), and "so who actually deals with this
# then", "you didnt answer me, who deals with it" (ignored four times).
#
# Lena, 20, groped on a night bus and followed: "is it even bad enough to report? he didnt like
# hurt me" and "they wont make me go to the police will they? i havent decided" (both "I can't
# answer"), and "should i report it now because of the cctv" (got the answer for someone holding
# their own video).


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


# i97a (round 97): Nora, 67, her late husband's headstone smashed a second time: "Should I be
# telling the cemetery people or the police about it?" got "I can't answer that one here" (and,
# once read as damage, the answer on neighbours and the council's ASB team); "is there any help
# with the cost of mending it? And does the cemetery have to do anything about it?" got the
# police's duty to tell her of arrests.
_I97A_GRAVE = re.compile(
    r"\b(?:headstones?|gravestones?|tombstones?|graves?|cemetery|cemeteries|churchyard|"
    r"memorials?)\b"
)
_I97A_GRAVE_IN_QUESTION = re.compile(
    r"\b(?:headstones?|gravestones?|tombstones?|stone|graves?|cemetery|churchyard|memorials?)\b"
)
_I97A_GRAVE_ASKED = re.compile(
    r"\b(?:mend\w*|repair\w*|fix\w*|cost|costs|pay for|paying for|insurance|insurer|"
    r"(?:cemetery|council) (?:have|has|need|needs|must|should) to\b|should i (?:be )?(?:tell\w*|"
    r"report\w*)|who (?:do|should) i (?:tell|report)|who deals)\b"
)


def asks_about_a_damaged_grave(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Who to tell, and mending the stone, after a grave was damaged (told now or before)."""
    words = plain(text)
    return (
        bool(_I97A_GRAVE_IN_QUESTION.search(words))
        and bool(_I97A_GRAVE_ASKED.search(words))
        and bool(
            re.search(
                r"\b(?:smash\w*|broke\w*|broken|crack\w*|knock\w* over|damag\w*|vandal\w*|"
                r"desecrat\w*|defac\w*|mend\w*|repair\w*)\b",
                _said_with(text, answers),
            )
        )
        and bool(_I97A_GRAVE.search(_said_with(text, answers)))
    )


def f96b_answer(text: str, crime_type: str | None, answers: Mapping[str, Any] | None) -> Any:
    """The answer to one of the questions above, or None."""
    from actions.questions import Say

    if asks_if_others_right_it_was_not_hate(text, answers):
        return Say(response="utter_f96b_others_said_not_hate")
    if asks_about_a_damaged_grave(text, answers):
        return Say(response="utter_i97a_damaged_grave")  # i97a (round 97): Nora
    if asks_who_deals_with_neighbour_trouble(text, crime_type, answers):
        if hate_told(text, answers):
            return Say(response="utter_f96b_who_deals_hate")
        return Say(response="utter_f96b_who_deals")
    if asks_if_sexual_touching_bad_enough(text, crime_type, answers):
        return Say(response="utter_sexual_assault_counts")
    if asks_if_support_makes_them_report(text):
        return Say(response="utter_l1_referral_not_police")
    return None

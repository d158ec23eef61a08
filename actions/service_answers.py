"""Questions about the service itself: what is sent to their phone, who will contact them, on
which number or address, whether the police will, whether a child is helped too (round 81,
helper p81e).

Grace's husband checks her phone: "will anything get sent to my phone?" was passed over twice.
Shanice, referred by text: "is the police gonna contact me from this yes or no" got "I can't
answer". Sam, whose phone was stolen, referred by email: "nobody is texting my old number
right" got "I can't answer". Olu: "who will it be that calls?"; Paul: "will they help my son
too or just me?"; Ron: "which number will they ring me on?"; Mei (valid student visa) got the
answer for people without status four times; Sophie: "does my employer have to report it to
police" got the answer about a woman worker. Their texts and sources: bot/domain/
responses_p81e.yml.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from actions.questions import (
    Say,
    _sentences,
    _young,
    is_question,
    k3_exploited_fears_being_sent_home,
    plain,
    said_with,
)
from actions.wording import contact_line
from core.second_contact import (
    asks_to_keep_someone_informed,
    supporter_to_contact,
    v86c1_someone_to_contact,  # v86c1 (round 86)
)
from referrals.directory import Organisation

_REFERRAL_SLOTS = (
    "referral_consent", "contact_safe", "contact_method", "contact_details", "contact_times",
    "voicemail_ok",
)  # fmt: skip


def _asked(text: str) -> bool:
    # "nobody is texting my old number right, cos ...": checking, without a mark.
    words = plain(text)
    return (
        "?" in text
        or is_question(text)
        or bool(re.search(r"\bright\W*$|\bjust (?:to )?check(?:ing)?\b|\bright,", words + text))
    )


def _referred(answers: Mapping[str, Any]) -> bool:
    return answers.get("referral_consent") is True


def _at_referral(answers: Mapping[str, Any]) -> bool:
    return (
        _referred(answers)
        or answers.get("requested_slot") in _REFERRAL_SLOTS
        or bool(answers.get("results_shown"))
    )


# -- Grace (r81a): "not sent to my phone or anything", "will anything get sent to my phone?" -----

_SENT_TO_PHONE = re.compile(
    r"\b(?:sent|send|sending|go|goes|going|come|comes|coming|pop up|show up|appear)\b"
    r"(?: \w+){0,2} (?:to|on) my (?:phone|mobile|number)\b|"
    r"\b(?:will|would|do|does) (?:you|u|anyone|anybody|someone|they|it) (?:text|message|ring|call)"
    r" me\b.{0,20}\b(?:phone|checks?|sees?|reads?)\b"
)


def asks_if_anything_is_sent_to_phone(text: str, answers: Mapping[str, Any]) -> bool:
    """Before any referral: whether this chat sends anything to their phone. Once referred, the
    answers about the way they chose ("they wont text me to confirm") stay."""
    words = plain(text)
    if re.search(r"\b(?:bill|bills|call log|call history|statement)\b", words):
        return False  # round 41: "will the helpline show up on my phone bill?" has its answer
    return not _referred(answers) and _asked(text) and bool(_SENT_TO_PHONE.search(words))


# -- Shanice (r81b): "is the police gonna contact me from this yes or no" ----------------------

_POLICE_CONTACT = re.compile(
    r"\b(?:police|cops|feds|officers?|old bill)\b(?: \w+){0,3} "
    r"(?:contact|call|ring|text|email|message|phone|visit|come round|get in touch)\w*\b|"
    r"\bnot (?:the )?(?:police|cops)\b(?: right)?\W*$"
)
_FROM_THIS = re.compile(
    r"\b(?:from|because of|through|after) (?:this|here|the chat|this chat|you)\b|"
    r"\bif i (?:say yes|agree)\b|\bnot (?:the )?(?:police|cops)\b"
)


def asks_if_police_will_contact(text: str, answers: Mapping[str, Any]) -> bool:
    words = plain(text)
    if re.search(
        r"\b(?:is|are) (?:it|this|that|they|u|you|them) (?:the )?(?:police|feds|cops)\b", words
    ):
        return False  # round 68: "is it feds tho?" asks whether the service is the police
    if not (_at_referral(answers) and _asked(text) and _POLICE_CONTACT.search(words)):
        return False
    # Someone who reported it may be contacted by the police about their case: only "from
    # this" asks about the chat then.
    return answers.get("reported_to_police") is not True or bool(_FROM_THIS.search(words))


# -- Olu (r81e), Shanice: "who will it be that calls?", "ok but WHO. like ... or who" -----------

_WHO_IT_WILL_BE = re.compile(
    r"\bwho (?:will|would|is) it be (?:that|who)? ?(?:calls?|rings?|texts?|emails?|contacts?)\b|"
    r"\bwho (?:is it|s it) (?:that s|thats|that is|who s|whos)? ?(?:gonna |going to )?"
    r"(?:call|ring|text|email|contact|phone)\w*\b|"
    r"^\W*(?:(?:ok|okay|but|so|yeah|and|right)\W+)*who\W*(?:(?:like|then|tho|though)\b.*\bor "
    r"who\b.*)?$"
)


def asks_who_it_will_be(text: str, answers: Mapping[str, Any]) -> bool:
    return _referred(answers) and bool(_WHO_IT_WILL_BE.search(plain(text)))


# -- Sam (r81d), Ron (r81a): "nobody is texting my old number right", "which number will they
# ring me on?" ---------------------------------------------------------------------------------

_OTHER_NUMBER = re.compile(
    r"\b(?:text|call|ring|phon|message|contact)\w*\b.{0,20}\b(?:my )?(?:old|stolen|other|"
    r"previous|usual) (?:number|phone|mobile)\b"
)
_WHICH_NUMBER = re.compile(
    r"\b(?:which|what) (?:number|phone|phone number|email|address|email address)\b.{0,25}"
    r"\b(?:ring|call|text|phone|email|contact|use|using)\w*\b"
)


def which_way_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """The way and number noted, read back; no other number is used."""
    if not (_referred(answers) and answers.get("contact_details") and _asked(text)):
        return None
    words = plain(text)
    how = contact_line({k: answers.get(k) for k in ("contact_method", "contact_details")})
    if not how:
        return None
    if _OTHER_NUMBER.search(words):
        return Say(response="utter_p81e_no_other_number", args={"how": how})
    if _WHICH_NUMBER.search(words):
        return Say(response="utter_p81e_which_number", args={"how": how})
    return None


# -- Paul (r81c): "will they help my son too or just me? hes the one who got stabbed" ----------

_CHILD_TOO = re.compile(
    r"\b(?:help|support|talk to|see|contact)\b(?: \w+){0,2} (?:my|our|the) (?P<who>son|daughter|"
    r"boy|girl|child|kid|lad|little one)\b(?: \w+){0,2} (?:too|as well|aswell|or just me|or only "
    r"me)\b"
)
_CHILD_WORD = {"son": "son", "boy": "son", "lad": "son", "daughter": "daughter", "girl": "daughter"}


def child_too_answer(
    text: str, answers: Mapping[str, Any], organisations: Sequence[Organisation]
) -> Say | None:
    found = _CHILD_TOO.search(plain(text))
    if not (found and _at_referral(answers) and _asked(text)):
        return None
    child = _CHILD_WORD.get(found.group("who"), "child")
    if t84b_child_hurts_them(text, answers):
        return Say(response="utter_t84b_help_for_child_who_hurts")  # t84b (round 84): Gloria
    # t84b (round 84): only services on their own list (the referrals slot) are "on your list".
    listed = answers.get("referrals")
    for_them = [
        org.name
        for org in organisations
        if org.id in ("redthread", "childline") and (listed is None or org.id in listed)
    ]
    if not for_them:
        return Say(response="utter_p81e_child_too", args={"child": child})
    short = [n.split(" (")[0] for n in for_them]
    names = " and ".join(short) + (" are" if len(short) > 1 else " is")
    return Say(response="utter_p81e_child_too_named", args={"child": child, "services": names})


# t84b (round 84)
# Gloria (r84a), hit by her son of 17: "is there help for him?", "i asked if theres help for HIM,
# for a teenager who is violent at home" got text about leaving a partner, then "can they help my
# son too" got "Victim Support helps victims and their families ... Childline and Redthread are
# for your son directly". When the child is the one who hurts them, he is not called a victim:
# what exists for a violent teenager at home is said in words (utter_t84b_help_for_child_who_hurts).
_T84B_CHILD = r"(?:my |our )?(?:son|daughter|boy|girl|lad|teen|teenager|kid|child)s?"
_T84B_CHILD_HURTS = re.compile(
    rf"\b{_T84B_CHILD}\b(?: \w+){{0,12}} (?:hit|hits|hitting|punch\w*|kick\w*|attack\w*|"
    r"hurt\w*|violent|beat\w*|threaten\w*)\b|\b(?:teen\w*|son|daughter|child)\w* who (?:is|are|s) "
    r"(?:violent|aggressive)\b"
)
_T84B_HELP_FOR_THEM = re.compile(
    rf"\bhelp (?:for|with) (?:him|her|them|{_T84B_CHILD}|a teenager|teenagers)\b|"
    r"\b(?:someone|anyone|people|a service|something) (?:who|that) works? with (?:teen\w*|young "
    r"people|kids)\b|\b(?:help|support) (?:him|her|my son|my daughter) (?:too|as well|aswell)\b"
)


# k99b (round 99): Rob, 52: "hes 28 lives with me" was told "While he's under 18, your
# council's early help ...": a son or daughter told to be an adult is not a teenager.
_K99B_CHILD_ADULT = re.compile(
    r"\b(?:hes|he is|he s|shes|she is|she s|(?:my )?(?:son|daughter)(?: is| s)?) (?:(?:1[89]|[2-9]"
    r"\d)(?: years old| yrs old| yo)?|an adult|a grown man|a grown woman|grown up)\b"
)


def t84b_child_hurts_them(text: str, answers: Mapping[str, Any]) -> bool:
    """Their own child (a teenager, not one told to be an adult) is the one who hurts them, not
    the one hurt."""
    told = said_with(text, answers)
    return (
        answers.get("relationship_to_offender") == "family_member"
        and not answers.get("for_child")
        and not answers.get("for_someone_else")
        and bool(_T84B_CHILD_HURTS.search(told))
        and not _K99B_CHILD_ADULT.search(told)
    )


def t84b_help_for_child_who_hurts(text: str, answers: Mapping[str, Any]) -> Say | None:
    if not (
        _asked(text)
        and _T84B_HELP_FOR_THEM.search(plain(text))
        and t84b_child_hurts_them(text, answers)
    ):
        return None
    return Say(response="utter_t84b_help_for_child_who_hurts")


# end t84b


# -- Mei (r81a): a valid student visa ----------------------------------------------------------

_VISA = re.compile(r"\bvisa\b")
# A visa they hold, said now or earlier: "My visa is valid", "I am on a student visa".
_VALID_VISA = re.compile(
    r"\b(?:my visa is|visa is) (?:valid|in date|fine|ok)\b|\b(?:valid|in date) visa\b|"
    r"\b(?:on|have|got) a student visa\b|\bstudent visa\b|"
    # g96b (round 96): Mei, "my Tier 4 visa will be cancelled" got the answer for people without
    # status ("I can't promise your details would never be shared").
    r"\btier 4(?: student)? visa\b|\bstudy visa\b"
)
_STUDENT_VISA = re.compile(r"\bstudent visa\b|\btier 4(?: student)? visa\b|\bstudy visa\b")
# g96b (round 96): fearing a student visa is cancelled for reporting is a valid visa's question.
_OTHER_THAN_CANCELLED = re.compile(
    r"\b(?:expired|overstay\w*|ran out|run out|no visa|refused|revoked|no papers|"
    r"undocumented|asylum|illegal\w*|deport\w*|spouse|partner|husband|wife|"
    r"from my job|work visa|care worker|he says|she says|he will|threaten\w*|settled)\b"
)
# g96b (round 96): Mei, on a valid student visa: "Will the university be informed about this?"
# got "I can't answer", though the bot had said this chat goes to no university.
_UNIVERSITY_TOLD = re.compile(
    r"\b(?:will|would|do|does|can|could) (?:the |my )?(?:university|uni|college)\b.{0,20}\b(?:be "
    r"(?:informed|told|contacted)|find out|know|hear)\b|"
    r"\b(?:tell|inform|contact|go to|told|informed) (?:the |my |any )?(?:university|uni|college)\b"
)
# Answers of their own: a visa tied to a partner or a job, threats about it, no status.
_OTHER_VISA_QUESTION = re.compile(
    r"\b(?:expired|overstay\w*|ran out|run out|no visa|refused|cancel\w*|revoked|no papers|"
    r"undocumented|asylum|illegal\w*|deport\w*|lose my visa|spouse|partner|husband|wife|"
    r"from my job|work visa|care worker|he says|she says|he will|threaten\w*|settled)\b"
)


def asks_about_a_valid_visa(text: str, answers: Mapping[str, Any]) -> bool:
    """ "Will reporting affect my student visa?", "And my visa?" from someone who said their
    visa is valid: not the answer for people without status, nor a visa tied to a partner."""
    words = plain(text)
    if _UNIVERSITY_TOLD.search(words) and _asked(text):  # g96b (round 96)
        return bool(_VALID_VISA.search(words) or _VALID_VISA.search(said_with("", answers)))
    other = _OTHER_THAN_CANCELLED if _STUDENT_VISA.search(words) else _OTHER_VISA_QUESTION
    if not _VISA.search(words) or other.search(words):
        return False
    valid = _VALID_VISA.search(words) or _VALID_VISA.search(said_with("", answers))
    return bool(valid) and (
        _asked(text) or bool(re.search(r"\b(?:worried|worry|problem|affect)\b", words))
    )


# -- Sophie (r81c): "does my employer have to report it to police" -----------------------------

_EMPLOYER = re.compile(r"\b(?:employer|hr|human resources|boss|manager|my work|at work|company)\b")
_TELLS_POLICE = re.compile(
    # Who tells is the work, not the person ("Do I must report to police to get help? ... he is
    # senior in my company", round 37, asks whether she must).
    r"\b(?:employer|hr|they|work|company|boss|manager|it|he|she|them) (?:\w+ )?"
    r"(?:have to|has to|must|need to|needs to|got to|gotta|will|would|might|going to|gonna) "
    r"(?:report|tell|inform|go to|call|ring)\w*\b(?: \w+){0,3} (?:the )?police\b|"
    r"\bpolice (?:get|gets|be|are) (?:involved|told|called)\b"
)


def asks_if_employer_must_report(text: str) -> bool:
    """ "does my employer have to report it to police", "if i go hr does it mean police get
    involved automatically?": their work, not a support service, telling the police."""
    words = plain(text)
    return bool(_EMPLOYER.search(words) and _TELLS_POLICE.search(words))


# -- Ron (r81a): "can they tell my daughter too", "can karen ring them as well?" ----------------

_RELATIVE_SAID = re.compile(
    r"\bmy (daughter|son|wife|husband|partner|mum|mom|mother|dad|father|sister|brother|friend|"
    r"neighbour|carer)\b"
)


def relative_informed_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if not (_at_referral(answers) and asks_to_keep_someone_informed(text)):
        return None
    found = _RELATIVE_SAID.search(plain(text))
    who = f"your {found.group(1)}" if found else "them"
    return Say(response="utter_p81e_someone_kept_informed", args={"who": who})


# v86a1 (round 86) -- Bogdan (29, forced labour, little English): "my boss. he will know i talk
# to you?" got "Yes: the support worker can read this whole chat" (an answer for whether the
# worker will see what he said), "and you not tell boss?", "you not tell boss??" got nothing or
# the help text, and "YES?? boss will know??" the answer for someone hurt at work (the police
# may ask your work for CCTV). Where the boss is the one exploiting them, a question whether the
# boss will know, or will be told by us, is answered: no, we never contact your boss; only the
# support team sees this. Whether a partner or the family will know: questions.py, v86a1. Not a
# question about the police or reporting (those answers stay), nor a threat quoted ("or your
# boss finds out").
_V86A1_BOSS = r"(?:boss|bosses|employer|gangmaster|gang master|manager|supervisor|foreman)"
_V86A1_CLOSE = (
    r"(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|in laws|inlaws|"
    r"mother in law|father in law|(?:his|her) (?:family|mum|mom|mother|dad|father|parents|"
    r"brother|sister)|my family|abuser|the person who did (?:it|this))"
)
_V86A1_KNOW = (
    r"(?:will |would |gonna |going to |can |could |might |wont |will not |not )?(?:know|knows|"
    r"find out|finds out|be told|get told|hear|see it|see this)"
)


def _v86a1_asks(who: str) -> re.Pattern[str]:
    return re.compile(
        # "boss will know??", "my boss. he will know i talk to you?", "boss will know or not"
        rf"(?<!\byour )(?<!\byou )\b(?:my |the |his |her )?{who}\b(?: (?:he|she|they))? "
        rf"{_V86A1_KNOW}\b|"
        # "you not tell boss??", "you tell my boss or no?", "will you tell my husband"
        r"\b(?:will |would |do |can |could )?(?:you|u)(?: will| would| do)? (?:not |never |dont "
        r"|wont |will not |do not )?(?:tell|call|contact|ring|message|text|inform|phone) (?:to )?"
        rf"(?:my |the |his |her )?{who}\b"
    )


_V86A1_ASKS_BOSS = _v86a1_asks(_V86A1_BOSS)
_V86A1_ASKS_CLOSE = _v86a1_asks(_V86A1_CLOSE)
# About this chat, not the police or a report ("if i report it will my boss find out").
_V86A1_POLICE = re.compile(
    r"\b(?:police|cops|feds|report\w*|court|arrest\w*|statement|charged?|prosecut\w*|"
    r"immigration|home office)\b"
)


def v86a1_asks_if_they_will_know(text: str, close: bool = False) -> bool:
    """ "you not tell boss??", "my husband. he will know i talk to you?": whether the boss (or,
    with ``close``, a partner or the family) will know or be told, not of the police."""
    words = plain(text)
    if not ("?" in text or is_question(text) or re.search(r"\bor (?:no|not)\b", words)):
        return False
    asks = _V86A1_ASKS_CLOSE if close else _V86A1_ASKS_BOSS
    return bool(asks.search(words)) and not _V86A1_POLICE.search(words)


def v86a1_boss_exploits(answers: Mapping[str, Any]) -> bool:
    """Forced labour or exploitation at work, as told or read (Bogdan's boss keeps his passport
    and his pay)."""
    return answers.get("crime_type") == "human_trafficking" or "labour_told" in (
        answers.get("account_details") or ()
    )


# Priya (34, her husband reads her messages), at the referral question: "how will they contact
# me. he cant know" got what the police do after a report ("they" read as the police, though
# she had not reported and named no police). Who contacts her is the support service: she
# chooses the way, the times, no voicemail and plain messages. Not where the police are named.
_V86A1_HOW_CONTACT = re.compile(
    r"\bhow (?:will|would|do|does|can|could|are|is|r) (?:they|you|u|the (?:support )?(?:service|"
    r"worker|team|people|ppl)|someone|a worker|the support worker) (?:\w+ )?(?:going to |gonna "
    r")?(?:contact|reach|get in touch with|call|ring|text|message|phone) (?:me|us)\b"
)
_V86A1_KEPT_FROM = re.compile(
    r"\b(?:he|she|they|husband|wife|partner|family|in laws) (?:cant|can t|cannot|mustnt|must not|"
    r"shouldnt|should not|can never|must never) (?:know|find out|see|hear)\b|"
    r"\b(?:checks?|reads?|looks? at|goes through) my (?:phone|messages|texts)\b|\bpicks? up\b"
)


def v86a1_asks_how_they_contact_safely(text: str, answers: Mapping[str, Any]) -> bool:
    words = plain(text)
    if _V86A1_POLICE.search(words) or not _V86A1_HOW_CONTACT.search(words):
        return False
    return _at_referral(answers) or bool(_V86A1_KEPT_FROM.search(words))


def v86a1_will_they_know_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if v86a1_boss_exploits(answers) and v86a1_asks_if_they_will_know(text):
        return Say(response="utter_v86a1_boss_wont_know")
    return None


# end v86a1


def answer(
    text: str,
    answers: Mapping[str, Any] | None,
    organisations: Sequence[Organisation] = (),
) -> Say | None:
    """The answer to a question about the service, or None."""
    told = answers or {}
    come_back = j91f_come_back_answer(text, told)  # j91f (round 91): Margaret
    if come_back is not None:
        return come_back
    chase = v86a2_worker_chases_police_answer(text, told)  # v86a2 (round 86): Tom, Des
    if chase is not None:
        return chase
    community = v86a2_someone_from_their_community(text, told)  # v86a2 (round 86): Priya
    if community is not None:
        return community
    t84h = t84h_answer(text, told)  # t84h (round 84): Gary, Rosa
    if t84h is not None:
        return t84h
    they_know = v86a1_will_they_know_answer(text, told)  # v86a1 (round 86): Bogdan
    if they_know is not None:
        return they_know
    if v86a1_asks_how_they_contact_safely(text, told):  # v86a1 (round 86): Priya
        return Say(response="utter_v86a1_how_they_contact_safely")
    if asks_if_employer_must_report(text) and _asked(text):
        return Say(response="utter_p81e_employer_and_police")
    if asks_if_police_will_contact(text, told):
        return Say(response="utter_p81e_police_wont_contact")
    if asks_if_anything_is_sent_to_phone(text, told):
        return Say(response="utter_p81e_nothing_sent_to_phone")
    way = which_way_answer(text, told)
    if way is not None:
        return way
    supporter = t84c_supporter_answer(text, told)  # t84c (round 84): Wayne's Jo
    if supporter is not None:
        return supporter
    informed = relative_informed_answer(text, told)
    if informed is not None:
        return informed
    if asks_who_it_will_be(text, told):
        return Say(response="utter_who_contacts")
    child = child_too_answer(text, told, organisations)
    if child is not None:
        return child
    child_hurts = t84b_help_for_child_who_hurts(text, told)  # t84b (round 84): Gloria
    if child_hurts is not None:
        return child_hurts
    if asks_about_a_valid_visa(text, told):
        return Say(response="utter_p81e_valid_visa")
    contact = when_they_contact_answer(text, told)  # s83b (round 83): Tyler
    if contact is not None:
        return contact
    if asks_for_someone_to_talk_to_without_phoning(text, told):  # n94a (round 94): Hazel
        return Say(response="utter_n94a_talk_without_phoning")
    local = t84f_local_answer(text, told, organisations)  # t84f (round 84): Kerry
    if local is not None:
        return local
    if asks_how_to_ask_someone_who_cannot_decide(text, told):  # h97b (round 95): Ed
        return Say(response="utter_h97b_consent_best_interests")
    skipped = s83d_answer(text, told)  # s83d (round 83): Dean
    if skipped is not None:
        return skipped
    return typed_ways_answer(text, told, organisations)  # q82f (round 82): Lily


# q82f (round 82) -- Lily (r82e, autistic): "i get really stuck on phones", then "thats another
# phone number. i said i get stuck on phones. is there anything i can do by typing" got the same
# Victim Support phone line twice, though the Rape Crisis chat was in her own list. Someone who
# can't use the phone is given only typed ways (text, chat, email) of their own services, from
# the directory.
_PHONES_HARD = re.compile(
    r"\b(?:get|getting|got) (?:really |so |very )?stuck on (?:the )?(?:phones?|calls?)\b|"
    r"\b(?:phones?|phone calls|calls) (?:are|is) (?:really |so |too |very )?(?:hard|difficult|"
    r"impossible|too much) for me\b|\bi (?:really )?(?:struggle|panic|freeze) (?:on|with) "
    r"(?:the )?(?:phones?|calls?|phone calls)\b"
)
_TYPED_WAY = re.compile(
    r"\b(?:anything|something|somewhere|someone|a way|anywhere|any way) (?:i|that i|where i) "
    r"(?:can|could) (?:do |use )?(?:by )?(?:type|typing|text|texting|chat|message|email|write)\b|"
    r"\b(?:do it|do that|contact them|reach them|talk to them|get help|ask) (?:by|with|over) "
    r"(?:typing|text|texting|chat|email|message|writing)\b|\bby typing\b|"
    r"\b(?:can i|could i) (?:type|text|chat|email|message|write) (?:to )?(?:them|instead|rather)\b|"
    r"\bwithout (?:a |the )?(?:phone|phoning|calling|ringing|call)\b"
)
# "can they text me only" is how to be contacted, which the referral questions read.
_THEY_CONTACT_ME = re.compile(
    r"\b(?:they|you|u|someone|support worker|the team) (?:can |could |will |should )?"
    r"(?:text|call|ring|email|message|contact) me\b|\b(?:text|call|ring|email|message|contact) me\b"
)


def asks_for_typed_ways(text: str) -> bool:
    """ "is there anything i can do by typing", "i get really stuck on phones" (not "can they
    text me only", which is how to be contacted)."""
    words = plain(text)
    if _THEY_CONTACT_ME.search(words):
        return False
    # Reporting without a phone (round 33) and "something i can text?" (round 45) have their
    # own answers.
    if re.search(
        r"\breport\w*\b|\b(?:something|anything|somewhere) (?:i|that i) can text\b", words
    ):
        return False
    return bool(_TYPED_WAY.search(words) or _PHONES_HARD.search(words))


def typed_ways(answers: Mapping[str, Any], organisations: Sequence[Organisation]) -> list[str]:
    """ "Rape Crisis ...: chat at ..." for their own services that can be reached by typing."""
    from actions.results import route_text  # imported here: results imports the questions
    from referrals.matching import contact_routes, match_organisations

    found: list[str] = []
    for org in match_organisations(answers, organisations or None):
        written = [r for r in contact_routes(org, answers) if r.kind in ("text", "chat", "email")]
        if written:
            found.append(f"{org.name}: {route_text(written[0])}")
    return found


# What utter_q82f_typed_ways leaves for the services in one text message.
_TYPED_WAYS_ROOM = 200


def typed_ways_answer(
    text: str, answers: Mapping[str, Any], organisations: Sequence[Organisation]
) -> Say | None:
    # Without a crime told, their services are not known: the general typed ways
    # (utter_text_routes) answer.
    if not answers.get("crime_type") or not asks_for_typed_ways(text):
        return None
    ways = typed_ways(answers, organisations)[:2]
    while len(ways) > 1 and len("; ".join(ways)) > _TYPED_WAYS_ROOM:
        ways.pop()  # one text message
    if not ways:
        return None
    return Say(response="utter_q82f_typed_ways", args={"ways": "; ".join(ways)})


# end q82f


# s83b (round 83) -- Tyler (16), referred by text at "tonight preferably", threatened for after
# school tomorrow: "will they actually txt tonight tho? what if they dont and its tmrw" got "I
# can't answer" (the when-contacted answers wanted "when will" or no word between "will they"
# and "text"). No time is promised; a young person is told what to do in the morning.
_CONTACT_VERB = r"(?:txt|text|call|ring|phone|contact|message|msg|get back|reply|be in touch)"
# Not someone else contacted ("will they ring my mum": whether the family is told).
_NOT_SOMEONE_ELSE = (
    r"(?! (?:the |my |your |his |her |their |our )?(?:police|feds|cops|mum|mam|mom|dad|parents?|"
    r"family|school|teacher|nan|gran|carer|him|her|them|work|boss|social)\b)"
)
_WILL_THEY_CONTACT = re.compile(
    r"\bwill (?:they|someone|somebody|anyone|the team|a worker)(?: actually| really| even| defo| "
    r"definitely| deffo)? " + _CONTACT_VERB + r"\b" + _NOT_SOMEONE_ELSE + r"|\bwhat if (?:they|"
    r"nobody|no one|noone) (?:dont|don t|do not|doesnt|never)(?: "
    + _CONTACT_VERB
    + r")?\b"
    + _NOT_SOMEONE_ELSE
)
_TONIGHT = re.compile(r"\b(?:tonight|2nite|tonite|this evening|today)\b")


def when_they_contact_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """Whether the team will be in touch tonight, after the referral."""
    if not (_referred(answers) and _asked(text) and _WILL_THEY_CONTACT.search(plain(text))):
        return None
    if not _young(answers):
        # "when will they ring me" keeps round 50's answer (u1); "tonight"/"today" had none.
        return Say(response="utter_g4_who_contacts_when") if _TONIGHT.search(plain(text)) else None
    if _TONIGHT.search(plain(text)):
        return Say(response="utter_s83b_no_promise_tonight_young")
    return Say(response="utter_g4_who_texts_when_young")


# end s83b


# s83d (round 83)
# Dean (r83b), three of his questions passed over in the middle of the questions: "no. you keep
# skipping my questions mate" got the next question; after the result said "Some questions were
# skipped", "which questions got skipped?" got the special-measures answer. An apology and a way
# to be answered; and which questions were left without an answer.
_S83D_SKIPPING_ME = re.compile(
    r"\b(?:you|u|ur|youre|you re|you are|bot|it|this thing)(?: (?:keep|keeps|kept|just|still|"
    r"are|re|have|ve|been|always|totally|completely))* (?:skipp\w*|skip|skips|ignor\w*|dodg\w*|"
    r"avoid\w*|missed|miss|missing|passing over|passed over) (?:all )?(?:of )?(?:my|me|what i "
    r"(?:ask|asked|said))(?: (?:questions?|qs|q))?\b"
)
_S83D_WHICH_SKIPPED = re.compile(
    r"\b(?:which|what) (?:questions?|ones?|bits?|things?)(?: (?:got|did (?:i|you|u)|were|was|have "
    r"(?:i|you|u)|did i|i))?(?: get)? (?:skip\w*|miss\w*|left out|leave out|unanswered|not "
    r"answer\w*)\b"
)
# The form's questions in the words they are asked about (actions/skip_logic.py asks them).
_S83D_QUESTION_NAMES = {
    "crime_type": "what happened",
    "bereaved": "whether you lost someone",
    "reported_to_police": "whether you reported it to the police",
    "age": "your age",
    "under_18": "whether you were under 18 at the time",
    "relationship_to_offender": "who did it",
    "repeat_victimisation": "whether it happened before",
    "hate_motivated": "whether you were targeted for who you are",
    "impairment": "whether you have a health condition or disability",
    "fear_of_giving_evidence": "whether you'd feel scared of giving evidence",
    "needs": "what would help most",
    "language": "your language",
    "borough": "your borough",
}


def complains_questions_skipped(text: str) -> bool:
    """ "you keep skipping my questions mate", "ur ignoring me"."""
    return bool(_S83D_SKIPPING_ME.search(plain(text)))


def asks_which_questions_skipped(text: str) -> bool:
    """ "which questions got skipped?", "what did i miss"."""
    return bool(_S83D_WHICH_SKIPPED.search(plain(text)))


def questions_left_unanswered(answers: Mapping[str, Any]) -> list[str]:
    """The form's questions for this person still without an answer, in the order asked."""
    from actions.skip_logic import questions_to_ask

    return [
        _S83D_QUESTION_NAMES[slot]
        for slot in questions_to_ask(answers)
        if slot in _S83D_QUESTION_NAMES and answers.get(slot) is None
    ]


# "also anyone do anything about shed security": a second request without a question mark.
_S83D_ALSO_ASKS = re.compile(
    r"(?:also|and|plus|oh and|btw)\b.*\b(?:any|anyone|anything|how|what|where|who|can|could|do|"
    r"does|is there|are there)\b"
)


def _asks_more_than_skipped(text: str) -> bool:
    """Whether, beside "you skipped my question" or "which did i skip", the message asks
    something else: that question is the one to answer ("You skipped my first question: is
    the threat itself a crime?")."""
    for part in re.findall(r"[^.?!;:\n]+[.?!;:\n]*", text):
        said = plain(part)
        if not said or _S83D_SKIPPING_ME.search(said) or _S83D_WHICH_SKIPPED.search(said):
            continue
        if len(said.split()) > 2 and (is_question(part) or _S83D_ALSO_ASKS.match(said)):
            return True
    return False


def s83d_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if _asks_more_than_skipped(text):
        return None
    if asks_which_questions_skipped(text):
        from actions.reading import corrections  # imported here: reading imports this module

        unanswered = questions_left_unanswered(answers)
        if not unanswered:
            return Say(response="utter_s83d_none_skipped")
        # "i did say im a bit worried about giving evidence ... which questions got skipped?":
        # what this message answers is no longer left.
        left = questions_left_unanswered({**answers, **corrections(text, answers)})
        if not left:
            return Say(
                response="utter_s83d_skipped_now_answered",
                args={"skipped": "; ".join(unanswered)},
            )
        return Say(response="utter_s83d_which_skipped", args={"skipped": "; ".join(left)})
    if complains_questions_skipped(text):
        return Say(response="utter_s83d_skipped_your_questions")
    return None


# end s83d


# s83f (round 83)
# Fatima (38, Newham, her brother-in-law takes her wages), shown the National Domestic Abuse
# Helpline and London's service: "MORE. is there any one for asian women who speak urdu? and
# for my visa problem" got "Those are the services that fit best", as if that answered her. The
# directory has no service for a community or language she names, so MORE says so and what the
# listed service can do: the helpline's translators (Refuge, in utter_j6_helpline_language).
_S83F_COMMUNITY_OR_LANGUAGE = re.compile(
    r"\b(?:asian|south asian|black|muslim|somali|arab|african|caribbean|speaks?|speaking|"
    r"language|my community|urdu|punjabi|bengali|bangla|hindi|gujarati|tamil|arabic|farsi|"
    r"polish|romanian|turkish|kurdish|portuguese|spanish|pashto|dari|tigrinya|amharic|"
    # t84f (round 84): Mirela, "MORE. is there help for roma people?"
    r"roma|romany|romani|gypsy|gypsies|gipsy|travellers?|irish travellers?|people like (?:us|me)|"
    r"our people|for my people)\b"
)


# h90b (round 90): Jordan, asking if he must go to the police for compensation: "they never do
# nothing for people like me" is a complaint about the police, not a service for his community
# or language asked for (he got the interpreter answer: "i speak english bruv im not deaf").
_H90B_PEOPLE_LIKE_ME_COMPLAINT = re.compile(
    r"\b(?:nothing|never|dont|don t|do not|doesnt|doesn t|does not|didnt|did not|wont|won t|"
    r"nobody|no one|noone)(?: \w+){0,3} (?:for|about|to|with) people like (?:me|us)\b|"
    r"\b(?:never|dont|don t|do not|doesnt|didnt|wont|won t) (?:\w+ )?(?:help|helps|helped|believe|"
    r"listen to|care about|protect|trust|like|rate) people like (?:me|us)\b"
)


def h90b_without_complaint(words: str) -> str:
    """The (plain) words without "they never do nothing for people like me"."""
    return _H90B_PEOPLE_LIKE_ME_COMPLAINT.sub(" ", words)


def s83f_asks_for_their_community(text: str) -> bool:
    """ "is there any one for asian women who speak urdu?": a service for who they are or in
    their language, asked for with MORE."""
    return bool(_S83F_COMMUNITY_OR_LANGUAGE.search(h90b_without_complaint(plain(text))))


# j98a (round 98): Ola, abused by her girlfriend, just shown Galop: "whats galop. is that for
# people like me then?" got "I don't have a service for your community or in your language".
# "People like me" from someone who told of a same-sex partner (or is LGBT+) asks whether the
# LGBT+ service is for them: the directory has one, so this answer doesn't fit.
_J98A_ONLY_PEOPLE_LIKE = re.compile(r"\bpeople like (?:us|me)\b")
_J98A_LGBT_TOLD = re.compile(
    r"\b(?:gay|lesbian|bisexual|queer|lgbt\w*|same sex|galop)\b|\b(?:my|her) (?:gf|girlfriend|"
    r"ex gf|ex girlfriend|wife)\b"
)


def j98a_lgbt_person_asking_if_for_them(text: str, answers: Mapping[str, Any]) -> bool:
    words = h90b_without_complaint(plain(text))
    rest = _J98A_ONLY_PEOPLE_LIKE.sub(" ", words)
    if not _J98A_ONLY_PEOPLE_LIKE.search(words) or _S83F_COMMUNITY_OR_LANGUAGE.search(rest):
        return False
    if "lgbt" in (answers.get("community") or ()):
        return True
    said = " ".join(plain(s) for s in (*(answers.get("said") or ()), text))
    woman = answers.get("gender") in ("woman", "women", "female")
    return bool(re.search(r"\b(?:gay|lesbian|bisexual|queer|lgbt\w*|same sex|galop)\b", said)) or (
        woman and bool(_J98A_LGBT_TOLD.search(said))
    )


def s83f_none_for_their_community(text: str, answers: Mapping[str, Any]) -> str | None:
    """The response for MORE when no further service fits and they asked for one for their
    community or language, else None."""
    if not s83f_asks_for_their_community(text):
        return None
    if j98a_lgbt_person_asking_if_for_them(text, answers):
        return None
    abuse_helpline = answers.get("crime_type") == "domestic_abuse" and answers.get("gender") in (
        "woman",
        "women",
        "female",
    )
    if abuse_helpline:
        return "utter_s83f_none_for_community_helpline"
    return "utter_s83f_none_for_community"


# v86a2 (round 86): Priya (34, Hounslow, her mother-in-law takes her wages), after her results:
# "is there someone asian i can talk to. who understands about in laws. punjabi" got "I can't
# answer that one here". Someone of their community or language to talk to, asked for at any
# point, gets the same honest answer as MORE (none on the list, the helpline's translators).
# v86a2 (round 86): Tom (45, hit and run, "the police won't answer me"): "So will they actually
# chase the police about my case or just give me another phone number?" got "No, not the police",
# and "I'm asking can the support worker chase the police FOR me" the 101 text. Des (67, his car
# stolen, reported online, no crime number yet): "can they chase the police for my crime number,
# the insurance want it by friday" was not answered. Whether the support worker can chase the
# police for them: they can ask (Victim Support liaises with others for victims), with Rights 6
# and 12; the crime number itself, chased with the online report's reference. Not "how do I
# chase it" (utter_chase_the_police), nor "will they contact the police?" (a worry of being
# reported: a chasing word or "for me" is needed).
_V86A2_THEY = (
    r"(?:they|the support (?:worker|team|people|service)|the (?:worker|charity|service|team)|"
    r"someone|somebody|anyone|you|u|victim support|she|he|a support worker|support workers?)"
)
_V86A2_CHASE = re.compile(
    rf"\b(?:can|could|will|would|do|does|is|are) {_V86A2_THEY} (?:\w+ ){{0,2}}(?:chase|chasing|"
    r"push|pushing|hassle|chivvy|follow up with|follow up on|get onto|get on to|badger)\b|"
    rf"\b(?:can|could|will|would) {_V86A2_THEY} (?:\w+ ){{0,2}}(?:contact|ring|call|phone|speak "
    r"to|talk to|email|get in touch with) (?:the )?(?:police|officer|met|cops)\b.{0,40}\b(?:for "
    r"(?:me|us)|on my behalf|for an update|about my case|for my crime (?:number|ref\w*))\b"
)
_V86A2_WANTS_CRIME_NUMBER = re.compile(
    r"\b(?:for|get|chase|chasing) (?:me )?(?:my |the |a )?crime (?:number|ref\w*|reference "
    r"number)\b|\b(?:the|my) crime (?:number|ref\w*)\b.{0,40}\b(?:chase|chasing)\b|"
    r"\b(?:havent|haven t|have not|not) (?:got|had|been given) (?:a|the|my) crime (?:number|"
    r"ref\w*)\b"
)


def v86a2_worker_chases_police_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """ "can the support worker chase the police FOR me": yes, they can be asked."""
    words = plain(text)
    if not _V86A2_CHASE.search(words):
        return None
    if re.search(r"\bhow (?:do|can|would|should) i\b", words):
        return None  # "how do i chase it" is their own chasing: utter_chase_the_police
    if re.search(r"\b(?:chase|chasing) (?:the )?(?:money|debt|payment|refund|bank)\b", words):
        return None
    told = said_with(text, answers)
    online = re.search(
        r"\b(?:online|website|met police uk|on the met site|email(?:ed)? (?:me )?a ref)", told
    )
    if online and (
        _V86A2_WANTS_CRIME_NUMBER.search(words)
        or (
            re.search(r"\bcrime (?:number|ref\w*)\b", words)
            and _V86A2_WANTS_CRIME_NUMBER.search(told)
        )
    ):
        return Say(
            response="utter_v86a2_worker_asks_police",
            then=(Say(response="utter_v86a2_chase_with_online_reference"),),
        )
    return Say(response="utter_v86a2_worker_asks_police")


# Only a community named (not a language alone, which has the interpreter answers, nor Muslim
# women, which have theirs).
_V86A2_COMMUNITY = re.compile(
    r"\b(?:asian|south asian|black|somali|arab|african|caribbean|sikh|roma|romany|gypsy|"
    r"travellers?|my (?:own )?community|people like (?:me|us)|our people|my culture|(?:my|our) "
    r"background)\b"
)
_V86A2_SOMEONE = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|woman|women|lady|ladies|man|men|worker|person|people|"
    r"counsellor|service|services|group|charity|organisation)\b"
)
_V86A2_ASKS = re.compile(
    r"\b(?:is there|are there|have you got|do you have|can i (?:talk|speak)|could i (?:talk|speak)|"
    r"i (?:want|need|d like|would like|prefer)|any)\b"
)


_I97D_COLOUR_WORN = re.compile(
    r"\b(?:black|white)\s+(?:hood|hoodie|hoody|hooded|jacket|coat|top|car|van|cap|hat|trainers|"
    r"clothes|jumper|mask|balaclava|tracksuit|trackies|bike|moped|scooter|puffer)\b"
)


def v86a2_someone_from_their_community(text: str, answers: Mapping[str, Any]) -> Say | None:
    """ "is there someone asian i can talk to ... punjabi": none on the list, said honestly."""
    words = h90b_without_complaint(plain(text))  # h90b (round 90): not a complaint
    # i97d (round 97): Fatima's "young man, black hood. passport how i get new one?" describes
    # the one who did it, not a service asked for.
    words = _I97D_COLOUR_WORN.sub(" ", words)
    if not (_V86A2_COMMUNITY.search(words) and _V86A2_SOMEONE.search(words)):
        return None
    if not (is_question(text) or _V86A2_ASKS.search(words)):
        return None
    if re.search(r"\b(?:interpreters?|translat\w*|muslim)\b", words):
        return None  # an interpreter, or Muslim women (k78h), asked for have their own answers
    if re.search(r"\b(?:racis\w*|hate|because (?:i m|im|i am)|abuse\w* me for)\b", words):
        return None  # hate for who they are has its own answers
    response = s83f_none_for_their_community(text, answers)
    return Say(response=response) if response else None


# end s83f


# t84c (round 84)
# Wayne (learning disability; the "mates" in his flat look at his phone): "can you call jo
# instead. her number is 07700 900217" got "I can't answer", and "that is jos number. will they
# no its jo not me?" a menu. Whom he asked to be called instead, and whether they'll know the
# number is hers, answered with her name.
_T84C_ASKS_WHOSE = re.compile(
    r"\b(?:will|do|would|does) (?:they|she|he|the (?:support )?(?:team|worker)) (?:no|know|"
    r"knw|understand)\b|\b(?:is|its|thats|that is|that s|it is) [a-z]{2,}s (?:number|phone|"
    r"mobile)\b|\b(?:call|ring|phone|contact|text|speak to|talk to) [a-z]{2,} (?:instead|not me)\b"
)


def t84c_supporter_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if not _at_referral(answers) or not _T84C_ASKS_WHOSE.search(plain(text)):
        return None
    said = [*(answers.get("said") or ()), text]
    name = supporter_to_contact(said)
    if name is None or not any(re.search(r"\d{5}", str(one)) for one in said):
        return None  # "I've noted the number" only once a number was given
    return Say(response="utter_t84c_supporter_is_contacted", args={"who": name})


# end t84c


# v86c1 (round 86)
# Grace, 72: "can they ring my son Paul instead" (at the referral question), "did you get pauls
# number?", "that number is pauls, my son. will they know to ask for paul?"; Pat, 81: "Her number
# is 07700 900 561. Can you ring her please". Each got the answer to "will you tell my family" or
# "I can't answer". Asking the service to contact someone they chose is answered with that name.
_V86C1_ASKS_ABOUT = re.compile(
    r"\b(?:did|have|has) (?:you|they|u) (?:get|got|taken|take|noted|note|kept|keep) [a-z]{2,}s "
    r"(?:number|phone|mobile|no)\b|\b(?:will|do|would|does) (?:they|she|he|the (?:support )?"
    r"(?:team|worker)) (?:no|know|knw) (?:to )?(?:ask|call|ring) for [a-z]{2,}\b|"
    r"\b(?:that|the|this) number (?:is|was) [a-z]{2,}s\b"
)


def v86c1_someone_else_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    answers = answers or {}
    earlier = [str(one) for one in answers.get("said") or ()]
    said = [*earlier, text]
    name = v86c1_someone_to_contact(text, earlier)
    if name is None and _V86C1_ASKS_ABOUT.search(plain(text)):
        name = supporter_to_contact(said)
    if name is None:
        return None
    given = any(re.search(r"\d{5}", plain(one).replace(" ", "")) for one in said)
    if given and _at_referral(answers):
        return Say(response="utter_t84c_supporter_is_contacted", args={"who": name})
    return Say(response="utter_v86c1_someone_else_contacted", args={"who": name})


# end v86c1


# t84f (round 84) -- Kerry (29, Havering), shown two national helplines and London's service: "is
# there anything local in havering?" was passed over. Asked for a service in their borough, the
# person hears honestly that none on the list is only for it, and that London's service covers
# it, unless a service they fit is run by each borough (a council team's page for theirs).
_T84F_LOCAL = re.compile(
    r"\b(?:anything|anyone|any ?one|any services?|any help|any support|something|somewhere|"
    r"services?|support|help)\b.{0,15}\b(?:local|locally|near me|nearby|near here|round here|"
    r"around here|in my area|in my borough)\b"
)


def t84f_asks_for_something_local(text: str) -> bool:
    """ "is there anything local in havering?" """
    return _asked(text) and bool(_T84F_LOCAL.search(plain(text)))


def t84f_local_answer(
    text: str, answers: Mapping[str, Any], organisations: Sequence[Organisation] = ()
) -> Say | None:
    """None on the list only for their borough: London's service covers every borough."""
    if not t84f_asks_for_something_local(text):
        return None
    borough = str(answers.get("borough") or "")
    if not borough or borough in ("outside_london", "outside london"):
        return None
    from referrals.matching import default_directory, match_organisations

    fitting = match_organisations(answers, tuple(organisations) or default_directory())
    if any(org.contact_by_borough for org in fitting):
        return None
    place = " ".join(w if w in ("and", "upon", "of") else w.capitalize() for w in borough.split())
    return Say(response="utter_t84f_no_local_service", args={"place": place})


# end t84f


# t84h (round 84)
# Gary (44, Deaf, BSL): "court? need interpreter BSL. every meeting. police meeting too. who
# pay?", "me pay interpreter? money?", "thank you. interpreter free yes? me not pay?" got the
# right to an interpreter three times, never that it is free. Rosa (a live-in domestic worker):
# "ok. but you will not tell immigration or police? im scared they send me home" got the
# National Referral Mechanism and a made-up answer about friends, not whether we tell anyone.
_T84H_INTERPRETER = re.compile(
    r"\b(?:interpreters?|interpreting|interpretation|translators?|bsl|sign language)\b"
)
_T84H_PAY = re.compile(
    r"\b(?:who pays?|pay|pays|paying|money|cost|costs|free|charge|charged|fee|fees|expensive)\b"
)
_T84H_NO_NEED = re.compile(r"\b(?:dont|do not|don t|no) need (?:an? )?interpreter\b")
# "you will not tell immigration or police?", "will you tell the home office": this service
# telling the authorities; "they"/"the support team" is utter_v6_support_not_home_office's, and
# "will you tell the police?" alone is utter_support_not_police's.
_T84H_WE_TELL = re.compile(
    r"\b(?:you|u|this chat|this service|the chat)\b (?:will |would |wont |won t |will not |"
    r"would not |wouldnt |wouldn t |dont |don t |do not |are going to |going to |gonna )?(?:not )?"
    r"(?:tell|inform|report me to|report us to|call|contact|share (?:this |it |my details )?"
    r"with|give (?:this |it |my details )?to|pass (?:this |it |my details )?to) (?:the )?"
    r"(?:immigration|home office|ukvi|border force)\b"
)


def t84h_asks_who_pays_interpreter(text: str) -> bool:
    """Whether they ask if they pay for an interpreter: in the sentence naming one, or in a
    short one after it ("court? need interpreter BSL. ... who pay?")."""
    if not is_question(text):
        return False
    interpreter_named = False
    for sentence in _sentences(text):
        words = plain(sentence)
        if _T84H_NO_NEED.search(words):
            return False
        here = bool(_T84H_INTERPRETER.search(words))
        if _T84H_PAY.search(words) and (here or (interpreter_named and len(words.split()) <= 4)):
            return True
        interpreter_named = interpreter_named or here
    return False


def t84h_asks_if_we_tell_the_authorities(text: str) -> bool:
    """ "you will not tell immigration or police?" (immigration alone keeps round 44's answer
    that this chat is not shared with the Home Office)."""
    words = plain(text)
    return (
        is_question(text)
        and bool(_T84H_WE_TELL.search(words))
        and bool(re.search(r"\b(?:police|polis|cops|feds)\b", words))
    )


def t84h_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if t84h_asks_who_pays_interpreter(text):
        return Say(response="utter_t84h_interpreter_free")
    if t84h_asks_if_we_tell_the_authorities(text):
        crime_type = answers.get("crime_type")
        # Their fear of being sent home is answered too (the National Referral Mechanism).
        sent_home = k3_exploited_fears_being_sent_home(text, crime_type, answers)
        return Say(
            response="utter_t84h_we_dont_tell_authorities",
            then=(Say(response="utter_k3_exploited_sent_home"),) if sent_home else (),
        )
    return None


# end t84h


# j91f (round 91): Margaret, 70, at the disability question: "I'm sorry, I think I need to stop
# for now, my husband will be home soon. Can I come back to this later?" got "I can't answer your
# question here"; back later, "Are my answers still there?" got "I can't answer that one here".
# Coming back mid-way: with consent, the tracker keeps the answers (90 days, core/settings.py)
# and "hi" resumes the form (data/rules/assessment.yml: greet -> action_resume_assessment).
_J91F_COME_BACK_LATER = re.compile(
    r"\b(?:can|could|may|will) i (?:come back|get back|return|carry on|continue|finish|do the "
    r"rest)(?: to)?(?: (?:this|it|here|you|the (?:questions|rest)))? ?(?:later|another time|"
    r"tomorrow|some other time|when (?:i|im|i am|its|it is)\b)"
)
_J91F_ANSWERS_STILL_THERE = re.compile(
    r"\b(?:are|is) (?:my|all my|the) (?:answers|details|messages|chat|conversation|what i (?:said|"
    r"told you|wrote)) (?:still (?:there|here|saved|kept)|saved|kept)\b|\b(?:did|have) (?:you|u) "
    r"(?:keep|kept|save|saved) (?:my|what i) (?:answers|details|said|told you|wrote)\b"
)


def j91f_asks_to_stop_and_come_back(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Mid-way through the questions, whether they can stop and finish later (the referral
    question's "can i come back" is i4's)."""
    return (answers or {}).get("requested_slot") not in (None, *_REFERRAL_SLOTS) and bool(
        _J91F_COME_BACK_LATER.search(plain(text))
    )


def j91f_asks_if_answers_kept(text: str) -> bool:
    return bool(_J91F_ANSWERS_STILL_THERE.search(plain(text)))


def j91f_come_back_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if j91f_asks_if_answers_kept(text):
        return Say(response="utter_j91f_answers_still_here")
    if j91f_asks_to_stop_and_come_back(text, answers):
        return Say(response="utter_j91f_stop_and_come_back")
    return None


# n94a (round 94)
# Hazel, 68 (Greenwich), at the borough question: "Greenwich. Is there someone local I could
# talk to? I don't like the telephone much, my hearing isn't good." got "I can't answer your
# question here ... on 08 08 16 89 111": a phone number for someone who can't hear on the phone.
# Someone to talk to asked with a phone that is hard to hear on: London's service by chat, texts
# or emails instead of calls (noted: reading.N94A_PHONE_AND_HEARING sets cannot_phone), and
# text relay. Not outside London, where London's service is not theirs.
_N94A_SOMEONE_TO_TALK = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|any ?one|a person|people) (?:local |near me |nearby |"
    r"round here |around here )?(?:i|that i) (?:could|can|might) (?:talk|speak|chat) (?:to|with)\b|"
    r"\b(?:someone|somebody|anyone|anybody|any ?one) (?:local|near me|nearby|round here|around "
    r"here|in my area)\b"
)


def asks_for_someone_to_talk_to_without_phoning(text: str, answers: Mapping[str, Any]) -> bool:
    """ "Is there someone local I could talk to? I don't like the telephone much, my hearing
    isn't good." """
    from actions.reading import z73d_hard_to_hear_on_phone

    words = plain(text)
    if answers.get("borough") in ("outside_london", "outside london") or re.search(
        r"\b(?:outside|not in|dont live in|do not live in) london\b", words
    ):
        return False
    return (
        _asked(text)
        and bool(_N94A_SOMEONE_TO_TALK.search(words))
        and (
            z73d_hard_to_hear_on_phone(text)
            or bool(_PHONES_HARD.search(words))
            or bool(re.search(r"\b(?:dont|do not) like (?:the )?(?:tele)?phones?\b", words))
        )
    )


# end n94a


# h97b (round 95) -- Ed, at "Please only say yes if the person it happened to is happy with
# that": "How can I ask Margaret if she's happy with it? She has dementia, she wouldn't
# understand the question. I have power of attorney for her health and finances. Yes, please
# pass it on." got "I can't answer". How to agree for someone who can't decide for themselves.
_H97B_HOW_TO_ASK = re.compile(
    r"\bhow (?:can|could|do|would|am|shall|should) (?:i|we) (?:supposed to |meant to )?"
    r"(?:ask|check with) (?:her|him|them|\w+)\b|"
    r"\b(?:can|could|may|do) (?:i|we) (?:say yes|agree|decide|consent|answer) (?:for|on behalf of) "
    r"(?:her|him|them|\w+)\b"
)
_H97B_CANNOT_DECIDE = re.compile(
    r"\b(?:dementia|alzheimers?|lacks? (?:the )?(?:mental )?capacity|no (?:mental )?capacity|"
    r"power of attorney|(?:she|he|they) (?:\w+ )?(?:wouldnt|would not|wont|cant|cannot|couldnt|"
    r"doesnt|does not|dont|do not) (?:understand|follow|know what)\b)"
)


def asks_how_to_ask_someone_who_cannot_decide(text: str, answers: Mapping[str, Any]) -> bool:
    """At the referral question, how to ask someone who can't understand it (dementia, no
    capacity), or whether the writer may agree for them."""
    words = plain(text)
    return (
        answers.get("requested_slot") == "referral_consent"
        and bool(_H97B_HOW_TO_ASK.search(words))
        and bool(_H97B_CANNOT_DECIDE.search(words))
    )

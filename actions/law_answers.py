"""Questions about the law, the police, court and housing that were passed over or answered
about something else (round 81, helper p81f: Nina, Harjit, Lisa, Sam, Amira, Sophie, Des).
Answered before the worded answers that other words in the same message reached. Texts and
sources: bot/domain/responses_topics.yml (p81f block)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from actions import account
from actions.questions import (
    Say,
    _young,
    is_question,
    k77e_asks_for_the_injury,
    m4_asks_if_support_tells_school,
    plain,
    said_with,
)


def _earlier(answers: Mapping[str, Any] | None) -> str:
    return said_with("", answers)


# Nina: "landlord change the lock when i was out", "he lock us out of our home". Not Kemi's
# "its the landlord who has to change the locks right? hes being slow about it" (no lock-out).
_LANDLORD = re.compile(r"\b(?:landlords?|landlady)\b")
_LOCKED_OUT = re.compile(
    r"\b(?:changed?|changes|changing) (?:the |my |our )?locks? (?:when|while|whilst) (?:i|we) "
    r"(?:was|were) out\b|\block\w* (?:me|us|my \w+|me and my \w+) out\b|\blocked out\b|"
    r"\b(?:he|she|they|landlord) (?:changed?|changes) (?:the |my |our )?locks?\b|"
    r"\b(?:keep|keeps|kept|keeping) (?:all )?(?:my|our) (?:things|stuff|belongings)\b"
)
_ALLOWED = re.compile(
    r"\b(?:allowed|legal|illegal|lawful|against the law)\b|\bcan (?:he|she|they) (?:do|just)\b|"
    r"\b(?:he|she|they) can do (?:this|that)\b|\bnot (?:a )?(?:burglary|theft|thief)\b|"
    r"\bwhat (?:i can|can i|do i|should i|shall i) do\b"
)


def lock_out_told(text: str) -> bool:
    """A landlord's lock-out told in ``text`` ("landlord change the lock when i was out")."""
    words = plain(text)
    return bool(_LANDLORD.search(words) and _LOCKED_OUT.search(words))


def landlord_locked_them_out(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Asked whether a landlord may lock them out, the lock-out told now or earlier."""
    words, before = plain(text), _earlier(answers)
    told = any(_LANDLORD.search(part) and _LOCKED_OUT.search(part) for part in (words, before))
    return told and bool(_ALLOWED.search(words))


# Harjit: "is it a hate crime if it is a building?", "But you did not say about the building".
_PLACE = re.compile(
    r"\b(?:building|gurdwara|mosque|church|synagogue|temple|mandir|place of worship|"
    r"places of worship)\b"
)
_HATE = re.compile(r"\bhate (?:crime|incident)s?\b")
_NOT_ANSWERED = re.compile(
    r"\b(?:you )?(?:did not|didnt|didn t|have not|havent) (?:say|answer|said)\b|"
    r"\bnobody targeted me\b"
)
_SECURITY_MONEY = re.compile(
    r"\b(?:money|funding|fund|grant|pay|paid|help)\b.{0,30}\bsecurity\b|"
    r"\bsecurity\b.{0,40}\b(?:places? of worship|gurdwara|mosque|church|temple|mandir)\b"
)
_CONGREGATION = re.compile(
    r"\b(?:congregation|sangat|worshippers|elders|members|jamaat|parishioners)\b"
)


def _place_answers(text: str, answers: Mapping[str, Any] | None) -> list[str]:
    words, before = plain(text), _earlier(answers)
    if not (_PLACE.search(words) or _PLACE.search(before)):
        return []
    found: list[str] = []
    hate_asked = _HATE.search(words) or (_NOT_ANSWERED.search(words) and _HATE.search(before))
    if _PLACE.search(words) and hate_asked:
        found.append("utter_p81f_hate_crime_building")
    if _SECURITY_MONEY.search(words) and (_PLACE.search(words) or "security" in words):
        found.append("utter_p81f_worship_security")
    if _CONGREGATION.search(words) and re.search(r"\b(?:support|help)\b", words):
        found.append("utter_p81f_congregation_support")
    return found


# Lisa: "he has bail conditions not to contact me, does this count as breaking them?"
_BAIL_BREACH = re.compile(
    r"\bbail\b.{0,60}\b(?:count|counts|breaking|break|breach\w*|broken)\b|"
    r"\b(?:breaking|break|breach\w*|broken)\b.{0,30}\bbail\b"
)
_TRACKER = re.compile(r"\b(?:air ?tags?|trackers?|tracking|gps)\b")
# Lisa: "should I take it off or leave it?" (the AirTag, told in her first message).
_TAKE_OFF = re.compile(
    r"\b(?:take|taking|pull) (?:it|the \w+) off\b|\b(?:remove|leave) (?:it|the \w+)\b.{0,20}\bor\b"
)
# Lisa: "who do I ask about the screen, the police or the court?"
_WHO_ASKS_SCREEN = re.compile(
    r"\b(?:who|where) (?:do|should|can) (?:i|we) (?:ask|go|talk to|speak to)\b.{0,30}"
    r"\b(?:screens?|special measures|video link)\b"
)


def _court_and_tracker(text: str, answers: Mapping[str, Any] | None) -> str | None:
    words, before = plain(text), _earlier(answers)
    if _BAIL_BREACH.search(words) and (_TRACKER.search(words) or _TRACKER.search(before)):
        return "utter_p81f_tracking_bail_breach"
    if _TAKE_OFF.search(words) and (_TRACKER.search(words) or _TRACKER.search(before)):
        return "utter_tracker_on_you"
    if _WHO_ASKS_SCREEN.search(words):
        return "utter_p81f_who_to_ask_for_a_screen"
    return None


# Sam and Amira: "do i need to tell them people filmed it", "the video, will the police even
# use it?", "can it be evidence". Not a video posted online ("they posted a video of me").
_FILMED = re.compile(r"\b(?:filmed|filming|videos?|footage|recorded it)\b")
_FILM_ASKED = re.compile(r"\b(?:tell|telling|use|evidence|send|give)\b|\btheir job\b")
_POSTED = re.compile(
    r"\b(?:posted|posting|shared|uploaded|put) (?:\w+ ){0,3}?(?:online|on (?:instagram|tiktok|"
    r"facebook|snapchat|x|twitter|youtube|social media|whatsapp))\b"
)
_POSTED_DENIED = re.compile(r"\bnot (?:been )?posted\b|\bnot online\b")
_WITNESS_FILMED = re.compile(
    r"\b(?:people|someone|somebody|lady|man|woman|passengers?|witness\w*|carriage|she|they) "
    r"(?:\w+ )?filmed\b"
)
_BTP = re.compile(r"\b(?:btp|british transport police|transport police|61016)\b")
_CHASE = re.compile(
    r"\b(?:not the met|why would i (?:call|ring) 101|havent heard|haven t heard|heard nothing|"
    r"not heard)\b"
)


# i97a (round 97): Kezia, 19, secretly filmed in the shower, the video only on HIS phone: "can
# the police take his phone off him?" and "wait so the police CANT take his phone??" got "No.
# This chat doesn't report the crime" (read as "the police can't"); "but how do i get it off his
# phone" got advice on reporting Instagram posts, twice. Not their own phone taken as evidence.
_I97A_PHONE = r"(?:his|her|their|the|that) (?:phone|mobile|laptop|camera)"
_I97A_POLICE_TAKE_PHONE = re.compile(
    r"\b(?:police|cops|feds|officers?)\b(?: \w+){0,3}? (?:take|seize|confiscate|grab|get|check|"
    rf"search|go through|look (?:at|through)|wipe|delete \w+ (?:off|from)) {_I97A_PHONE}|"
    rf"\b(?:get|delete|wipe|remove|take) (?:it|the video|the videos|them|the photos?|the pics?|"
    rf"the footage) (?:off|from) {_I97A_PHONE}\b"
)
_I97A_ON_THEIR_PHONE = re.compile(
    r"\b(?:film\w*|record\w*|video\w*|photos?|pics?|footage)\b.{0,80}\b(?:on )?(?:his|her|their) "
    r"(?:phone|mobile)\b|\b(?:his|her|their) (?:phone|mobile)\b.{0,80}\b(?:film\w*|record\w*|"
    r"videos?)\b"
)


def i97a_asks_if_police_can_take_their_phone(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "can the police take his phone off him?", "how do i get it off his phone", of a video or
    photos of them on the offender's phone (told now or before)."""
    words = plain(text)
    if not _I97A_POLICE_TAKE_PHONE.search(words):
        return False
    return bool(_I97A_ON_THEIR_PHONE.search(f"{_earlier(answers)} {words}"))


def _filmed(text: str, answers: Mapping[str, Any] | None) -> list[str]:
    words, before = plain(text), _earlier(answers)
    found: list[str] = []
    if i97a_asks_if_police_can_take_their_phone(text, answers):
        found.append("utter_i97a_police_can_take_his_phone")
    # Someone else filmed it (not their own doorbell footage, Marcus, round 76).
    witness = _WITNESS_FILMED.search(words) or _WITNESS_FILMED.search(before)
    filmed = witness and _FILMED.search(words) and _FILM_ASKED.search(words)
    posted = _POSTED.search(words) and not _POSTED_DENIED.search(words)
    if filmed and not posted and (is_question(text) or "?" in text or "evidence" in words):
        found.append("utter_p81f_witness_video")
    if _CHASE.search(words) and (_BTP.search(words) or _BTP.search(before)):
        found.append("utter_p81f_btp_updates")
    return found


# Sophie: "i have to see him at work monday" (got the answer for someone who comes round).
_AT_WORK = re.compile(
    r"\b(?:see|face|work with|be near) (?:him|her|them) at (?:work|the office)\b|"
    r"\b(?:hes|he s|he is|shes|she s|she is) my (?:boss|manager)\b.{0,30}\b(?:office|work)\b"
)

# Des: "cant drive for 2 weeks the doc says. who pays for that then", "who pays me for 2 weeks
# off"; "do i need a solicitor", "and the SOLICITOR question?".
_WHO_PAYS = re.compile(r"\bwho (?:pays|will pay|s paying|is paying)\b")
_TIME_OFF = re.compile(
    r"\b(?:weeks? off|time off|off work|cant (?:work|drive)|can t (?:work|drive)|"
    r"lost (?:earnings|wages|pay))\b"
)
_SOLICITOR = re.compile(r"\bsolicitors?\b")
# "28 weeks?? so i get nothing for 2 weeks ... do i need a solicitor": CICA's rule said back.
_COMPENSATION = re.compile(
    r"\b(?:compensation|cica|compo|claim|lost earnings|28 weeks|get nothing|get anything)\b"
)


_L100E_PROPERTY_CRIMES = frozenset(
    {"theft", "burglary", "fraud", "criminal_damage", "vehicle_crime"}
)


def l100e_unhurt_property_crime(answers: Mapping[str, Any] | None) -> bool:
    """A crime against money or property in which no one was said to be hurt: CICA, the
    injury scheme, is not theirs (l100e, round 100)."""
    told = answers or {}
    return told.get("crime_type") in _L100E_PROPERTY_CRIMES and told.get("injured") is not True


def _money(text: str, answers: Mapping[str, Any] | None) -> list[str]:
    words, before = plain(text), _earlier(answers)
    # Not a thing to be paid for ("who pays for new hand controls", round 75's Kwame).
    for_a_thing = re.search(
        r"\bwho (?:pays|will pay|s paying|is paying) for (?!(?:that|it|this|them|those|my time|"
        r"the time|time|the weeks|\d))\w+",
        words,
    )
    if (
        _WHO_PAYS.search(words)
        and not for_a_thing
        and (_TIME_OFF.search(words) or _TIME_OFF.search(before))
    ):
        return ["utter_n2_cica_lost_earnings"]
    # l100e (round 100): Ravi, whose assistant stole £6,000 from his till, said "I will report it
    # to the police myself and speak to my solicitor" and was told he needs no solicitor for CICA,
    # a turn after CICA was said not to cover theft. CICA is for injuries: not after a crime
    # against money or property in which no one was hurt.
    if (
        _SOLICITOR.search(words)
        and (_COMPENSATION.search(words) or _COMPENSATION.search(before))
        and not l100e_unhurt_property_crime(answers)
    ):
        # "28 weeks?? so i get nothing for 2 weeks ... do i need a solicitor": the injury award
        # (round 77) is still owed beside the solicitor answer.
        crime_type = (answers or {}).get("crime_type")
        if k77e_asks_for_the_injury(text, crime_type, answers):
            return ["utter_k77e_cica_injury_award", "utter_z2_cica_no_solicitor"]
        return ["utter_z2_cica_no_solicitor"]
    return []


# g89i (round 89) -- Fatou, 36, afraid her daughter (8) will be taken to The Gambia for FGM:
# "will they help me get the protection order before july? i cannot pay lawyer" got the
# non-molestation order's "Yes, a court can order someone to stay away" and the domestic abuse
# helpline. With FGM told, the order is an FGM Protection Order: who can apply and its cost.
_G89I_ORDER = re.compile(r"\b(?:protection|protective|court) orders?\b|\bfgmpo\b")
_G89I_GETTING_IT = re.compile(
    r"\b(?:pay|paying|afford|lawyer|solicitor|cost\w*|fees?|free|legal aid|money|apply|applying|"
    r"help (?:me |us )?(?:to )?get|get (?:the|a|an|one)|how (?:do|can) (?:i|we) get|before)\b"
)


def g89i_asks_to_get_fgm_protection_order(text: str, answers: Mapping[str, Any] | None) -> bool:
    from actions.account import x4_fgm_told

    words = plain(text)
    if not (is_question(text) or re.search(r"\bi (?:cannot|cant|can not) pay\b", words)):
        return False
    if not (_G89I_ORDER.search(words) and _G89I_GETTING_IT.search(words)):
        return False
    if re.search(r"\b(?:marriage|marry|married)\b", words):
        return False  # "is there FGM protection order or only marriage one" (Sana)
    return x4_fgm_told(said_with(text, answers))


def answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """The p81f answer to ``text`` (and a second, asked beside it), or None."""
    if g89i_asks_to_get_fgm_protection_order(text, answers):
        return Say(response="utter_g89i_fgm_order_no_lawyer")  # g89i (round 89): Fatou
    for_child = t84f_report_for_child_answer(text, answers)  # t84f (round 84): Mirela
    if for_child is not None:
        return for_child
    u86d = u86d_answer(text, answers)  # u86d (round 86): Zara, Mirela, Fatima
    if u86d is not None:
        return u86d
    v86d1 = v86d1_answer(text, answers)  # v86d1 (round 86): Mo and Jenny
    if v86d1 is not None:
        return v86d1
    found: list[str] = []
    if asks_what_court_is(text):
        found.append("utter_q94b_what_is_court")  # q94b (round 94): Sami
    if n94e_asks_if_police_suspect_them(text):
        found.append("utter_n94e_police_suspect_me")  # n94e (round 94): Malik
    if landlord_locked_them_out(text, answers):
        found.append("utter_p81f_landlord_lockout")
    found += _place_answers(text, answers)
    single = _court_and_tracker(text, answers)
    if single:
        found.append(single)
    found += _money(text, answers)
    found += _filmed(text, answers)
    if _AT_WORK.search(plain(text)):
        found.append("utter_p81f_abuser_at_work")
    found += q82d_answers(text, answers)  # q82d (round 82)
    found += s83d_answers(text, answers)  # s83d (round 83): Dean
    found += t84g_answers(text, answers)  # t84g (round 84): Tom, Priya, Lucy
    if not found:
        return None
    return Say(response=found[0], then=tuple(Say(response=name) for name in found[1:3]))


def beside(first: Say, own: Say | None) -> Say:
    """``first`` (a round-79 answer chosen by what they told), with the p81f answer to another
    question in the same message after it: Des's "so i get nothing for 2 weeks ... do i need a
    solicitor" is answered on both."""
    if own is None or own.response == first.response:
        return first
    return Say(response=first.response, text=first.text, args=first.args, then=(*first.then, own))


# q82d (round 82): Kofi, Ryan, Frank, Bisi, Gordon, Ewa and Dev, whose questions about the
# police, a school, a court order and the law got "I can't answer" or an answer about this chat.
# Texts and sources: bot/domain/responses_topics.yml (q82d block).

# Kofi, of his daughter (14): "what about tomorrow after school, what do I do if they wait for
# her", "If they jump her tomorrow what do I do, call 999?".
_Q82D_TOMORROW = re.compile(r"\b(?:tomorrow|tmrw|tmr|after school|home time|on monday)\b")
_Q82D_LIE_IN_WAIT = re.compile(
    r"\b(?:jump|jumps|jumped|wait for|waiting for|attack|attacks|beat up|come for|go for|hurt) "
    r"(?:her|him|them|my (?:son|daughter|child|boy|girl))\b"
)
_Q82D_OWN_CHILD = re.compile(r"\bmy (?:son|daughter|child|boy|girl|kid)\b")
# What the parent is to do, not what the police can do ("What can the police do" is answered
# by utter_police_and_stalking).
_Q82D_WHAT_DO = re.compile(
    r"\bwhat (?:do|should|shall|can) (?:i|we) do\b|\bcall 999\b|\bwhat if\b|\bwhat about\b"
)

# Ryan (17): "if i go police will they tell them i grassed?".
_Q82D_GRASSED = re.compile(
    r"\b(?:grass|grassed|grassing|snitch|snitched|snitching)\b|"
    r"\btell (?:them|him|her) (?:i|it was me|who) (?:told|reported|grassed|said)\b"
)
# Ryan: "can the police actually get the bike back or nah" (got "I can't answer"). Phones,
# cars and things have their own answers (utter_stolen_phone_back, utter_property).
_Q82D_BIKE_BACK = re.compile(
    r"\b(?:get|find|getting|finding|bring) (?:my|the|me my) (?:bike|bicycle|scooter|moped)"
    r"(?: \w+)? back\b|\bfind (?:my|the) (?:bike|bicycle|scooter|moped)\b"
)

# Frank: "Do I need to notify the firearms licensing department separately", "my shotgun
# certificate was stolen".
_Q82D_FIREARMS = re.compile(
    r"\b(?:shotgun|firearms?|gun) (?:certificates?|licen[cs]es?|licen[cs]ing)\b|"
    r"\bfirearms (?:licensing|department|team|office)\b"
)

# Bisi: "can I clean the mirror now or do police need to see it first", "should i take a photo
# of the writing before i clean it". Not graffiti on a door (utter_j6_graffiti_before_cleaning).
_Q82D_WRITTEN_ON = re.compile(r"\b(?:mirror|writing|written|wrote)\b")
_Q82D_CLEAN_OR_KEEP = re.compile(
    r"\b(?:clean\w*|wipe\w*|wash\w* (?:it|off)|scrub\w*|remove it)\b|"
    r"\bphoto\w* (?:of )?(?:it|the)\b|"
    r"\bleave it for the police\b|\bpolice (?:need to |to |want to )?(?:see|look at) it\b"
)

# Gordon: "the tree roots damaging my driveway. Is that something the police deal with, or is
# it a civil matter for a solicitor?".
_Q82D_ROOTS = re.compile(r"\b(?:tree )?roots?\b")
_Q82D_WHOSE_MATTER = re.compile(
    r"\b(?:civil|criminal|police matter|police deal|for the police|a crime|solicitor|"
    r"police problem)\b|\b(?:told me|answer\w*|said) (?:\w+ )?about the (?:tree )?roots\b"
)

# Ewa: "do i need lawyer?? i cannot pay much", "i go to court alone? it cost money?" about a
# non-molestation order named now or earlier: the order-cost topic's answer (no fee, apply
# yourself, legal aid), which her words without "cost" did not reach. Not the CICA solicitor
# answer (_money): the order is named.
_Q82D_ORDER = re.compile(r"\bnon ?molestation\b")
_Q82D_LAWYER_OR_COST = re.compile(
    r"\b(?:need|have|got|get) (?:a |to (?:get|pay|have) a )?(?:lawyer|solicitor)\b|"
    r"\b(?:cost|costs|fee|fees|pay for it|cannot pay|cant pay|can t pay|afford)\b|"
    r"\bcourt alone\b|\bgo (?:to court )?(?:alone|myself|on my own)\b"
)

# Dev: "if I report this to the police, will it affect the child arrangements?".
_Q82D_CHILD_ARRANGEMENTS = re.compile(
    r"\b(?:child|contact) arrangements?\b|\bcustody\b|\bcontact with (?:my|our) (?:son|daughter|"
    r"child|kids?|children)\b"
)
_Q82D_REPORTING_AFFECTS = re.compile(
    r"\b(?:report\w*|go to the police|tell the police)\b.{0,80}\b(?:affect|change|harm|hurt|"
    r"damage|count against|impact)\b|\b(?:affect|change|impact)\b.{0,60}\breport\w*\b"
)


def _q82d_child_threat_tomorrow(words: str, before: str) -> bool:
    """A parent asking what to do if the pupils who threatened their child wait for them."""
    return bool(
        _Q82D_TOMORROW.search(words)
        and _Q82D_LIE_IN_WAIT.search(words)
        and _Q82D_WHAT_DO.search(words)
        and _Q82D_OWN_CHILD.search(f"{before} {words}")
    )


def _q82d_police_and_law(words: str, before: str) -> list[str]:
    found: list[str] = []
    if _Q82D_FIREARMS.search(words):
        found.append("utter_q82d_firearms_licensing")
    if (
        _Q82D_WRITTEN_ON.search(words)
        and _Q82D_CLEAN_OR_KEEP.search(words)
        and not re.search(r"\b(?:graffiti|door|spray\w*)\b", words)
    ):
        found.append("utter_q82d_writing_before_cleaning")
    roots_asked = _Q82D_ROOTS.search(words) and _Q82D_WHOSE_MATTER.search(words)
    # "is this a criminal or a civil matter?" after the roots were told.
    civil_asked = _Q82D_ROOTS.search(before) and re.search(r"\bcivil\b", words)
    if roots_asked or civil_asked:
        found.append("utter_q82d_tree_roots_civil")
    if (_Q82D_ORDER.search(words) or _Q82D_ORDER.search(before)) and _Q82D_LAWYER_OR_COST.search(
        words
    ):
        found.append("utter_topic_order_cost_partner")
    if _Q82D_CHILD_ARRANGEMENTS.search(words) and _Q82D_REPORTING_AFFECTS.search(words):
        found.append("utter_q82d_report_and_child_arrangements")
    return found


def q82d_answers(text: str, answers: Mapping[str, Any] | None) -> list[str]:
    """The q82d answers to the questions asked in ``text``, in the order they were written."""
    if not is_question(text) and not re.search(
        r"\b(?:what|how|can|do|does|should|will|would|is)\b", plain(text)
    ):
        return []
    words, before = plain(text), _earlier(answers)
    found = _q82d_police_and_law(words, before)
    if _q82d_child_threat_tomorrow(words, before):
        return ["utter_q82d_child_threat_tomorrow", *found]
    return found


def q82d_refit(said: Say | None, text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """Ryan's questions that got the answer about this chat's privacy, witness expenses or
    none: whether the police tell them who "grassed" (Crimestoppers takes it without a name),
    and how his bike might be found."""
    name = None if said is None else said.response or str(said.args.get("utter_action"))
    words = plain(text)
    police = re.search(r"\b(?:police|feds|cops|old bill)\b", words)
    if name in (None, "utter_privacy_answer") and _Q82D_GRASSED.search(words) and police:
        return Say(response="utter_anonymous_reporting")
    # The witness-expenses paragraph (utter_property) does not say how a bike is found. An adult
    # has the stolen-things topic (with insurance), reached after this; a young person had none.
    young = _young(dict(answers or {}))
    refit = name in (None, "utter_privacy_answer", "utter_property")
    if refit and young and _Q82D_BIKE_BACK.search(words):
        return Say(response="utter_stolen_things_found")
    return said


# end q82d


# s83d (round 83)
# Dean (r83b), robbed of parcels by two men, one holding a hammer: "what about the hammer, they
# didnt hit me but is that not like armed robbery" got the next question. Robbery (force or its
# threat), and what a weapon changes: bot/domain/responses_topics.yml (s83d block).
_S83D_ARMED = re.compile(r"\barmed robber\w*|\barmed (?:mugging|raid|hold ?up)\b")
_S83D_WEAPON = re.compile(
    r"\b(?:hammers?|knife|knives|blades?|machetes?|bats?|crowbars?|weapons?|guns?|shank\w*)\b"
)
_S83D_WORSE = re.compile(
    r"\b(?:more serious|worse|counts? (?:as|for) (?:an? )?(?:armed )?robbery|(?:is|was) "
    r"(?:that|it|this)(?: not)?(?: like| "
    r"classed as| counted as)? (?:a )?robbery)\b"
)


_S83D_ROBBED = re.compile(r"\b(?:robb\w*|mugg\w*|stole|stolen|nicked|took|taken)\b")


def asks_about_robbery_with_a_weapon(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "is that not like armed robbery", "does the hammer make it worse?" of a robbery (not a
    knife in an assault, where nothing was stolen)."""
    if not is_question(text):
        return False
    words = plain(text)
    if _S83D_ARMED.search(words):
        return True
    robbed = (answers or {}).get("crime_type") == "robbery" or bool(
        _S83D_ROBBED.search(said_with(text, answers))
    )
    return robbed and bool(_S83D_WEAPON.search(words) and _S83D_WORSE.search(words))


def s83d_answers(text: str, answers: Mapping[str, Any] | None) -> list[str]:
    if asks_about_robbery_with_a_weapon(text, answers):
        return ["utter_s83d_robbery_with_a_weapon"]
    return []


# end s83d


# s83e (round 83) -- Kai: "ill think about reporting, i dont want to go to court tho": reporting
# does not mean going to court (utter_court: only if there's a trial and their evidence is
# needed), said beside the question it came with.
_S83E_NO_COURT = re.compile(
    r"\bi (?:really |just )?(?:dont|don t|do not|cant|can t|cannot|wont|won t) (?:want to |wanna "
    r")?(?:go to|go|face|do) court\b"
)


def fears_court_if_reporting(text: str) -> bool:
    words = plain(text)
    return bool(_S83E_NO_COURT.search(words)) and bool(re.search(r"\breport\w*\b", words))


# end s83e


# q94b (round 94): Sami, 15, at the question about being scared of giving evidence: "whats court.
# i dont want court" got "I can't answer your question here". What court is, asked on its own.
_Q94B_WHAT_IS_COURT = re.compile(
    r"(?:so |and |but |um |erm |wait |sorry )?(?:whats|what s|wats|wots|what is|wat is|what does|"
    r"wat does|what do you mean by|what you mean) (?:a )?(?:court|a court case)(?: mean| even| "
    r"even mean| mean even)?"
)


def asks_what_court_is(text: str) -> bool:
    """ "whats court": a sentence that only asks what court is."""
    parts = re.split(r"(?<=[.?!,;\n])", text)
    court = [part for part in parts if _Q94B_WHAT_IS_COURT.fullmatch(plain(part))]
    # Not when another question is asked beside it ("what I say to school?", Mariam, round 51).
    rest = "".join(part for part in parts if part not in court)
    return bool(court) and not re.search(r"\?|\b(?:what|how|who|where|when|can|should)\b", rest)


# end q94b


# t84f (round 84) -- Mirela (31, basic English; her son of 10 pushed down the stairs at school
# and called racist names; the school says "just boys"): "i can go police for child?", "police
# can help for child or no?", "i can report police for child? school say no need", "police yes
# or no", "i go to police station and tell what happen to my son, they listen or no?" got the
# danger question, "for you and your child to decide together" and "I can't answer". A parent
# asking whether they may go to the police for their child gets a plain yes and the ways to report.
_T84F_PARENT_TO_POLICE = re.compile(
    r"\b(?:can|could|may) (?:i|we)(?: \w+){0,2} (?:go|report|call|ring|take)\b"
    r".{0,30}\bpolice\b|"
    r"\bi can (?:go|report|tell)(?: it)?(?: to)?(?: the)? police\b|"
    r"\bpolice\b.{0,20}\b(?:can|will|would) (?:help|listen)\b|"
    r"\bpolice\b.{0,15}\byes or no\b|"
    r"\bpolice station\b.{0,80}\b(?:they listen|listen to (?:me|us|him|her)|will they listen)\b"
)
# v86b2 (round 86): reporting without going in, or the child only taken along.
_V86B2_NOT_FOR_CHILD = re.compile(
    r"\bwithout (?:going|having to go) (?:in|to (?:a|the) (?:police )?station)\b|"
    r"\b(?:take|bring|taking|bringing) (?:my|our) (?:daughter|son|child|kids?|children) "
    r"(?:there|with)\b"
)
_T84F_CHILD = re.compile(
    r"\b(?:child|children|kids?|son|daughter|my boy|my girl|he is \d+|she is \d+)\b"
)
_T84F_RACE = re.compile(r"\b(?:racis\w*|gypsy|gipsy|roma|race|colour|n word|go back)\b")


def t84f_asks_to_report_for_child(text: str, answers: Mapping[str, Any] | None) -> bool:
    """A parent asking whether they may report to the police for their child. Not when it was
    reported already, nor for a sexual offence (its own answer asks for the child protection
    team)."""
    told = answers or {}
    if told.get("reported_to_police") is True or told.get("crime_type") == "sexual_offence":
        return False
    words = plain(text)
    if not _T84F_PARENT_TO_POLICE.search(words):
        return False
    if _V86B2_NOT_FOR_CHILD.search(words) and not told.get("for_child"):
        # v86b2 (round 86): Hassan, spat at himself: "Can I report this without going to the
        # police station? ... I don't want to take my daughter there" is how to report, and the
        # child is only with him, not the one it happened to.
        return False
    if told.get("for_child") or _T84F_CHILD.search(words):
        return True
    # p104b (round 104): Fatima, her own hijab pulled, who had said "when I take my son to
    # school", asked "Can I report to Tell MAMA without the police" and was told "You can report
    # it to the police for your child": a child said earlier counts only when the conversation
    # is about what happened to the child.
    earlier = [str(part) for part in told.get("said") or ()]
    return bool(_T84F_CHILD.search(said_with(text, told))) and (
        not earlier or any(account.read_account(part).for_child for part in earlier)
    )


def t84f_report_for_child_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """Yes, with True Vision for hate crime when it was said to be racist or hateful."""
    if not t84f_asks_to_report_for_child(text, answers):
        return None
    told = answers or {}
    hate = told.get("hate_motivated") is True or bool(_T84F_RACE.search(said_with(text, told)))
    return Say(
        response="utter_t84f_parent_can_report_hate" if hate else "utter_t84f_parent_can_report"
    )


# end t84f


# t84g (round 84) -- Tom, Priya and Lucy, whose questions about footage, CICA and their
# employer got an answer about something else or "I can't answer". Texts and sources:
# bot/domain/responses_topics.yml (t84g block).

# Tom, already reported: "nobody has asked for the footage yet. how do i get them to look at it",
# "police still havent asked for my helmet cam footage, how do i send it to them".
_T84G_OWN_FOOTAGE = re.compile(
    r"\b(?:footage|helmet ?cams?|dash ?cams?|go ?pro|(?:my|the) (?:video|recording|clip))\b"
)
_T84G_TO_POLICE = re.compile(
    r"\bhow (?:do|can|should|would) i (?:get|send|give|upload|show|make)\b|"
    r"\b(?:nobody|no one|noone|police|they|officers?) (?:\w+ ){0,2}(?:asked|looked) (?:for|at)\b|"
    r"\b(?:look at|looking at|watch|collect) (?:it|the footage|my footage|the video)\b"
)
# Reported already (now or earlier): a reference, or "reported it".
_T84G_REPORTED = re.compile(
    r"\b(?:crime ref\w*|reference|reported it|i reported|already reported|crime number)\b"
)


def t84g_sends_own_footage(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Asks how to get their own footage to the police, having reported it already."""
    words = plain(text)
    if not (_T84G_OWN_FOOTAGE.search(words) and _T84G_TO_POLICE.search(words)):
        return False
    if _WITNESS_FILMED.search(words):  # someone else's video: utter_p81f_witness_video
        return False
    reported = (answers or {}).get("reported_to_police") is True
    return reported or any(_T84G_REPORTED.search(part) for part in (words, _earlier(answers)))


# f96c (round 96): Tom (r95b), a lorry driver with dashcam footage of the man who punched him,
# not yet reported: "ill just report it online with the dashcam. do i send the footage with the
# report or do they ask for it" (got the bus-CCTV answer). Their own footage, asked how it goes
# with a report they are about to make.
_F96C_OWN_FOOTAGE_TOLD = re.compile(
    r"\b(?:dash ?cams?|helmet ?cams?|go ?pro|my (?:own )?(?:footage|video|recording|clip))\b|"
    r"\b(?:i have|ive got|i got|got) (?:it )?(?:all )?(?:on )?(?:the |my )?(?:footage|video|camera|"
    r"dash ?cam)\b"
)
_F96C_SEND_WITH_REPORT = re.compile(
    r"\b(?:send|give|upload|attach|include|put|add)\w* (?:the |my |it|them)?\s?(?:footage|video|"
    r"clip|recording|dash ?cam|it)?\b.{0,30}\b(?:with|in|on|into) (?:the |my )?(?:report|form)\b|"
    r"\b(?:do|will|would) (?:they|the police|police) (?:ask|come) (?:me )?for (?:it|the footage|"
    r"the video|them)\b"
)


def f96c_own_footage_with_report(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Asks whether to send their own footage with the report, before reporting."""
    words = plain(text)
    if (answers or {}).get("reported_to_police") is True or _WITNESS_FILMED.search(words):
        return False
    if not _F96C_SEND_WITH_REPORT.search(words):
        return False
    return bool(_F96C_OWN_FOOTAGE_TOLD.search(f"{_earlier(answers)} {words}"))


# Tom: "what about compensation? bike was 2k and im losing work", "its not minor its a broken
# wrist in two places", "so can i go to CICA or not with a broken wrist", after "knocked off my
# bike on purpose", "swerved right into me deliberately": a vehicle used on purpose to injure.
_T84G_BROKEN = re.compile(r"\b(?:broken|broke|fractured?|snapped)\b")
_T84G_ON_PURPOSE = re.compile(
    r"\b(?:on purpose|deliberate\w*|intentional\w*|meant to|as a weapon|aimed (?:at|for))\b"
)
_T84G_VEHICLE = re.compile(
    r"\b(?:car|van|lorry|truck|driver|drove|driving|swerved|knocked (?:me )?off|ran me over|"
    r"run over|vehicle)\b"
)
_T84G_NOT_MINOR = re.compile(r"\b(?:not|isnt|isn t|wasnt) (?:a )?minor\b")


def t84g_cica_for_a_vehicle_used_to_injure(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Asks about compensation (or says the injury isn't minor) after a vehicle was used on
    purpose to break a bone."""
    words, before = plain(text), _earlier(answers)
    told = f"{before} {words}"
    asked = bool(_COMPENSATION.search(words)) or bool(
        _T84G_NOT_MINOR.search(words) and _T84G_BROKEN.search(words)
    )
    if re.search(r"\binsur\w*", words) and not _T84G_NOT_MINOR.search(words):
        return False  # "claim off the driver's insurance" keeps round 56's answer
    return (
        asked
        and bool(_T84G_BROKEN.search(told))
        and bool(_T84G_ON_PURPOSE.search(told))
        and bool(_T84G_VEHICLE.search(told))
    )


# Priya, a knife pulled on her at the till, then told to finish her shift: "is that even
# allowed. shouldnt they have done more", "was my manager allowed to just make me carry on
# working after someone pulled a knife on me", "the manager thing tho".
_T84G_KEPT = re.compile(
    r"\b(?:carry on|keep working|kept working|finish (?:my|the) shift|"
    r"made me (?:work|stay|carry))\b"
)
_T84G_MANAGER = re.compile(r"\b(?:manager|boss|supervisor|employer|work)\b")
_T84G_ALLOWED = re.compile(
    r"\b(?:allowed|legal|illegal|is that (?:ok|okay|right|normal)|shouldnt they|should they|"
    r"shouldn t they|done more|do more)\b|\b(?:the |what about (?:the |my )?)manager thing\b"
)


def t84g_asks_about_being_kept_at_work(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Asks whether their employer should have let them keep working straight after it."""
    words, before = plain(text), _earlier(answers)
    kept = any(_T84G_MANAGER.search(part) and _T84G_KEPT.search(part) for part in (words, before))
    return kept and bool(_T84G_ALLOWED.search(words))


# Priya: "how do i find out if my manager actually reported it? and do i report it myself as
# well": someone else said they would report it.
_T84G_MYSELF = re.compile(
    r"\b(?:do|should|can|shall) i (?:report it|report|tell the police|call them) (?:myself|too|"
    r"as well|aswell)\b|\breport it myself\b"
)


_T84G_SOMEONE_ELSE_REPORTED = re.compile(
    r"\b(?:manager|boss|employer|work|school|security|someone|somebody)\b.{0,25}\breport"
)


def t84g_asks_to_report_it_themselves(text: str) -> bool:
    """Only beside someone else's report: "can I report it myself?" alone keeps the earlier
    answers (reporting for a friend, rounds 19 and 24)."""
    words = plain(text)
    return bool(_T84G_MYSELF.search(words) and _T84G_SOMEONE_ELSE_REPORTED.search(words))


# Lucy, grabbed by a man who drinks at the bar where she works: "we have cctv at work, would
# that help? my manager might know who he is".
_T84G_WORK_CCTV = re.compile(
    r"\b(?:cctv|cameras?|footage)\b.{0,20}\b(?:at|in|from) (?:work|the bar|the pub|the club|"
    r"the shop|the restaurant|my work)\b|\b(?:work|bar|pub|club|shop) (?:has|have|got) "
    r"(?:cctv|cameras)\b"
)
_T84G_HELP = re.compile(r"\b(?:would|will|could|does|can) (?:that|it|they|this) help\b|\bhelp\?")


def t84g_asks_if_cctv_at_work_helps(text: str) -> bool:
    lowered = text.lower()
    return bool(_T84G_WORK_CCTV.search(plain(text))) and bool(
        _T84G_HELP.search(plain(text)) or "help?" in lowered
    )


def t84g_answers(text: str, answers: Mapping[str, Any] | None) -> list[str]:
    found: list[str] = []
    if t84g_sends_own_footage(text, answers):
        found.append("utter_t84g_send_own_footage")
    elif f96c_own_footage_with_report(text, answers):
        found.append("utter_f96c_own_footage_with_report")  # f96c (round 96): Tom
    if t84g_cica_for_a_vehicle_used_to_injure(text, answers):
        # i97d (round 97): Hugh, "Broken tibia, I'm in a cast", was told "Sorry, a broken wrist
        # isn't minor": the wrist is said only to one who told of a wrist (Tom).
        wrist = re.search(r"\bwrists?\b", f"{_earlier(answers)} {plain(text)}")
        found.append(
            "utter_t84g_cica_vehicle_used_to_injure"
            if wrist
            else "utter_i97d_cica_vehicle_used_to_injure"
        )
    if t84g_asks_about_being_kept_at_work(text, answers):
        found.append("utter_t84g_kept_at_work")
    if t84g_asks_to_report_it_themselves(text):
        found.append("utter_q4_report_it_yourself")
    if t84g_asks_if_cctv_at_work_helps(text):
        found.append("utter_t84g_cctv_at_work")
    return found


# end t84g


# u86d (round 86) -- questions from rounds 83 to 85 that got "I can't answer that" or nothing.
# Texts and sources: bot/domain/responses_answers.yml (u86d block).
# Zara, 17, whose ex (18) messages her friends and waits at her college: "do i need my mums
# permission". Asking to report with a parent ("do i need my mum to report it") keeps b2's answer.
_U86D_PARENT = r"(?:mum|mom|mam|mummy|dad|parent|mother|father|carer|guardian)s?"
_U86D_PARENT_PERMISSION = re.compile(
    r"\b(?:do|would|will|should) i (?:need|have to get|have to ask for|have to have|need to get|"
    r"need to ask for|have to ask|need to ask) (?:my |a |me )?"
    + _U86D_PARENT
    + r"(?: s)? (?:permission|consent|ok|okay|agreement|say so)\b"
)


def u86d_young_asks_parent_permission(text: str, answers: Mapping[str, Any] | None) -> bool:
    from actions.questions import b2_needs_parent_to_report, k77c_writer_young

    return (
        k77c_writer_young(answers)
        and bool(_U86D_PARENT_PERMISSION.search(plain(text)))
        and not b2_needs_parent_to_report(text, answers)
    )


# Zara: "is it domestic abuse if we never lived together" (answered the third time). Not "or is
# that only if u live together" (Kieran, round 41: utter_ex_is_domestic_abuse).
_U86D_NEVER_LIVED = re.compile(
    r"\b(?:(?:never|didnt|did not|dont|do not|havent|have not|werent|were not|not) (?:ever |even |"
    r"actually )?(?:live|lived|living|been living) together|(?:never|didnt|did not|dont|do not) "
    r"(?:live|lived) with (?:him|her|them)|without (?:living|having lived) together)\b"
)
_U86D_DOMESTIC = re.compile(r"\bdomestic(?: abuse| violence)?\b")


def u86d_asks_da_without_living_together(text: str, answers: Mapping[str, Any] | None) -> bool:
    told = answers or {}
    age = told.get("age")
    if age is not None and float(age) < 16:
        return False  # the Act's definition is for people both 16 or over
    if (
        told.get("crime_type") in ("stalking", "harassment", "stalking_harassment")
        and told.get("relationship_to_offender") == "partner_or_ex"
        and not _young(dict(told))
    ):
        # m86b (round 86): an adult stalked by an ex, recorded, keeps Kieran's answer (round 41,
        # "is this domestic abuse if we never lived together?"): yes, an ex counts however long
        # they were together, with the Stalking Helpline listed for them. This answer's helpline
        # is for women; Kieran is a man stalked by his ex-boyfriend.
        return False
    words = plain(text)
    return bool(_U86D_DOMESTIC.search(words)) and bool(_U86D_NEVER_LIVED.search(words))


# Mirela (31, basic English): "police yes or no", "police? i can go?" about herself. A parent
# for a child keeps t84f's answer (above); fraud goes to Report Fraud (utter_telling_the_police).
_U86D_POLICE_YES_NO = re.compile(
    # The whole message: "police yes or no", "ok police? i can go?", "i can go police?". Not "is it
    # too late for the police? yes or no" (Zara, round 80: utter_n80d_btp_not_too_late).
    r"^(?:(?:ok|okay|so|and|but|then|well|pls|please|just|question|my question) ){0,2}(?:the )?"
    r"police(?: station)?(?: (?:yes or no|or no|or not|i can go|i can go there|can i go|i go|go or"
    r" no|i can report|can i report|i can call))$|"
    r"^(?:(?:ok|okay|so|and|but|then|well|pls|please|just) ){0,2}i can go (?:to )?(?:the )?police"
    r"(?: station)?(?: yes or no| or no| or not)?$"
)


def u86d_asks_can_i_go_to_police(text: str, answers: Mapping[str, Any] | None) -> bool:
    told = answers or {}
    if told.get("reported_to_police") is True or told.get("crime_type") == "fraud":
        return False
    return bool(_U86D_POLICE_YES_NO.search(plain(text)))


# Fatima (round 83): "my name Fatima" got "I can't do more with that here". A message that only
# gives a name. The contact step keeps no names, so nothing is kept.
_U86D_NAME_ONLY = re.compile(
    r"^(?:(?:hi|hello|ok|and) )?(?:my name(?: is|s| s)?|(?:im|i am|i m) called|name is) "
    r"(?P<name>[a-z]{2,20})(?: [a-z]{2,20})?$"
)
_U86D_NOT_A_NAME = frozenset(
    {"on", "in", "not", "being", "was", "used", "the", "a", "and", "private", "secret", "safe",
     "out", "there", "down", "known", "mentioned", "still", "also", "only", "fine", "ok"}
)  # fmt: skip


def u86d_gives_name_only(text: str) -> bool:
    found = _U86D_NAME_ONLY.match(plain(text).strip())
    return found is not None and found.group("name") not in _U86D_NOT_A_NAME


# Zara, 17: "will they tell my college?" (the support service or the police). A question naming
# the police keeps its own answer (utter_police_tell_school_young).
_U86D_TELL_COLLEGE = re.compile(
    # "will you tell my school" asks about this chat: utter_who_we_tell (round 38).
    r"\b(?:will|would|do|does|could|can) (?:they|the support (?:ppl|people|service|team)|"
    r"support|the service|anyone) (?:\w+ )?tell (?:my |the )?(?:college|sixth form|school|"
    r"teachers?|tutors?)\b"
)


def u86d_young_asks_if_college_told(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    return (
        _young(answers)
        and is_question(text)
        and bool(_U86D_TELL_COLLEGE.search(words))
        and not re.search(r"\b(?:police|officers?|cops)\b", words)
        # m86b (round 86): naming the support people keeps Nadine's answer (round 43, "will the
        # support ppl tell my school or jade?"): they never tell school or the people who did it.
        and not m4_asks_if_support_tells_school(text)
    )


def u86d_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    if u86d_young_asks_parent_permission(text, answers):
        return Say(response="utter_u86d_no_parent_permission")
    if u86d_asks_da_without_living_together(text, answers):
        return Say(response="utter_u86d_da_without_living_together")
    if u86d_asks_can_i_go_to_police(text, answers):
        return Say(response="utter_u86d_you_can_go_to_police")
    if u86d_gives_name_only(text):
        return Say(response="utter_u86d_thanks_for_name")
    if u86d_young_asks_if_college_told(text, answers):
        return Say(response="utter_u86d_college_not_told")
    return None


# end u86d


# v86d1 (round 86): Mo (35, his shop targeted, reported 4 times) and Jenny (44, leaving her
# abusive husband with their children of 8 and 11).

# Mo: "what police actually have to do", "you still didnt answer what police must do", "anyway
# what are my rights, what must police do" got "I can't answer" or nothing: the police's duties
# to a victim, the bot's core subject. Not "what must police do if they come back" (another
# question) nor "what do police have to do to arrest him".
_V86D1_POLICE = r"(?:the )?(?:police|cops|officers?|met)"
_V86D1_POLICE_MUST = re.compile(
    rf"\bwhat (?:(?:do|does|will) {_V86D1_POLICE} (?:actually |really |even )?(?:have|has|need|"
    rf"needs|got) to do|(?:must|should) {_V86D1_POLICE} (?:actually |really |even )?do|"
    rf"{_V86D1_POLICE} (?:actually |really |even )?(?:have to|has to|must|need to|needs to|should|"
    rf"are supposed to|supposed to|are meant to|meant to|are required to|got to|have got to) "
    rf"(?:actually |really )?do|are {_V86D1_POLICE} (?:supposed|meant|required|obliged) to do)"
    r"(?: (?:for (?:me|us|victims|a victim)|now|then|here|exactly|by law|legally|about (?:it|this|"
    r"that|my case|the crime)|in my case))?$"
)


def v86d1_asks_what_police_must_do(text: str) -> bool:
    """Each part of the message, split at its punctuation, is read alone: the duty asked must
    end its part ("what police have to do, ive reported 4 times" but not "... do if they come")."""
    parts = re.split(r"[.,;:!?\n]+", text.lower())
    return any(_V86D1_POLICE_MUST.search(plain(part).strip()) for part in parts)


# Mo, agreeing to be referred: "ok. yes pass my details. will the police know i complained? i
# dont want problems with them" got the answer about reporting (he had reported 4 times).
_V86D1_POLICE_KNOW = re.compile(
    rf"\b(?:will|would|do|does|could|can|is|are) {_V86D1_POLICE} (?:\w+ )?(?:know|find out|be "
    r"told|get told|hear|see|be informed)\b(?: \w+){0,4} (?:complain\w*|complaint|moan\w*)\b|"
    rf"\b(?:tell|inform|let) {_V86D1_POLICE} know (?:\w+ )?(?:i|that i) (?:complained|complain|"
    r"made a complaint)\b"
)


def v86d1_asks_if_police_know_of_complaint(text: str) -> bool:
    return bool(_V86D1_POLICE_KNOW.search(plain(text)))


# Jenny: "If I leave with the kids can he stop me? Do I need his permission to take them?", "I
# just asked if I need his permission to take the kids with me", "you still haven't said about
# the permission" got the social-services answers twice, then nothing.
_V86D1_HIM = (
    r"(?:his|my husbands?|my partners?|my boyfriends?|my exs?|my ex husbands?|their dads?|their "
    r"fathers?|the kids dads?|the childrens fathers?|my childrens fathers?)"
)
_V86D1_PERMISSION = re.compile(
    rf"\b(?:need|needs|have to (?:get|ask for|have)|has to give|ask for|get|without) {_V86D1_HIM} "
    r"(?:permission|consent|ok|okay|agreement|say so|signature)\b"
)
_V86D1_STOP_ME = re.compile(
    r"\b(?:can|could|will|would|is) (?:he|my husband|my partner|my ex|their dad|their father) "
    r"(?:\w+ )?(?:stop|prevent) me\b"
)
_V86D1_TAKE_OR_LEAVE = re.compile(
    r"\b(?:take|taking|took|bring|leave|leaving|go|going|move|moving) (?:with )?(?:the |my |our "
    r"|both )?(?:kids|children|child|boys|girls|them|him|her)\b"
)
_V86D1_CHILDREN = re.compile(r"\b(?:kids?|children|child|sons?|daughters?|boys|girls)\b")
_V86D1_ASKED_AGAIN = re.compile(
    r"\b(?:said|answered|told me|answer\w*|say) (?:anything )?(?:about |to )?(?:the |his |my )?"
    r"(?:permission|consent)\b|\bi (?:just )?asked (?:about |if |whether )?(?:the |his )?"
    r"(?:permission|consent)\b"
)


def v86d1_asks_if_she_needs_his_permission(text: str, answers: Mapping[str, Any] | None) -> bool:
    """A parent harmed by a partner asks whether they may take the children with them. Not a
    child's own case, nor a partner threatening to take them abroad (the g6 and j3 answers)."""
    told = answers or {}
    if told.get("for_child") or _young(told):
        return False
    said = _earlier(answers)
    partner = (
        told.get("crime_type") == "domestic_abuse"
        or told.get("relationship_to_offender") == "partner_or_ex"
    )
    words = plain(text)
    if not (partner or re.search(r"\bmy (?:husband|partner|boyfriend|ex)\b", f"{said} {words}")):
        return False
    if re.search(r"\b(?:abroad|out of (?:the )?(?:uk|country)|passports?|holiday)\b", words):
        return False
    if _V86D1_ASKED_AGAIN.search(words):
        return bool(re.search(r"\b(?:permission|consent)\b", said) and _V86D1_CHILDREN.search(said))
    asks = bool(_V86D1_PERMISSION.search(words)) or bool(
        _V86D1_STOP_ME.search(words) and _V86D1_TAKE_OR_LEAVE.search(words)
    )
    return asks and bool(_V86D1_CHILDREN.search(f"{said} {words}"))


# A second question asked beside it, about social services: answered after it ("social
# services?? ... would they get involved? I just asked if I need his permission").
_V86D1_SOCIAL = re.compile(
    r"\b(?:social services|social workers?|the social|childrens services|into care|foster\w*)\b"
)


def v86d1_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    if v86d1_asks_if_she_needs_his_permission(text, answers):
        then: tuple[Say, ...] = ()
        if _V86D1_SOCIAL.search(plain(text)) and is_question(text):
            then = (Say(response="utter_p7_children_services_keep_family"),)
        elif re.search(r"\b(?:lose|losing|custody)\b", plain(text)):
            from actions.questions import c4_children_answer

            then = (c4_children_answer(answers),)  # "will i lose my kids? do i need his ..."
        return Say(response="utter_g6_partner_keeps_child", then=then)
    if v86d1_asks_if_police_know_of_complaint(text):
        return Say(response="utter_v86d1_support_wont_tell_police")
    if v86d1_asks_what_police_must_do(text):
        from actions.questions import u4_asks_what_police_must_do_on_breach

        if u4_asks_what_police_must_do_on_breach(text):
            # m86a (round 86): Rebecca, "he broke the non molestation order again, what are
            # the police supposed to do?" keeps round 50's answer about a breach of an order.
            return None
        told = answers or {}
        if told.get("crime_type") is None and not told.get("results_shown"):
            # RIGHTS gives the list only once something is known of what happened
            return Say(response="utter_v86d1_what_police_must_do_later")
        return Say(response="utter_v86d1_what_police_must_do")
    return None


# end v86d1


# i91a (round 91): Kayla, 17, a boy at college made a fake nude of her with an AI app and shared
# it in group chats: "is it even illegal if its fake??", "but its FAKE its not even my body. does
# that still count?", "17. u didnt answer, does it count if its fake" got the s.66B answer with
# nothing about fakes, the police-and-family answer and the next question; only the fourth ask
# was answered. Whether a fake (made or changed by an app or AI) still counts, by age.
_I91A_FAKE = re.compile(
    r"\b(?:fake|faked|deep ?fakes?|ai|photoshopped|edited|made up|generated)\b|\bnot (?:even )?"
    r"(?:my|me|her|his) (?:body|real body)\b|\bnot (?:even )?(?:really )?me\b|\bnot real\b"
)
_I91A_COUNTS = re.compile(
    r"\b(?:illegal|a crime|criminal|an offence|against the law|legal|allowed)\b|\b(?:does|do|"
    r"would|will|can) (?:it|that|this|a fake|fakes) (?:still |even |really |actually )?count\b|"
    r"\bstill count\b|\bcount if\b"
)
_I91A_SEXUAL = re.compile(
    r"\b(?:nudes?|naked|deep ?fakes?|sexual|explicit|intimate|porn|topless|undressed)\b"
)


def asks_if_fake_image_is_illegal(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "is it even illegal if its fake??", "does it count if its fake": whether a sexual image
    made or changed by an app still counts, after telling of one (or naming it here); not a fake
    account or review ("is this fake account illegal?")."""
    words = plain(text)
    if not (is_question(text) and _I91A_FAKE.search(words) and _I91A_COUNTS.search(words)):
        return False
    told = "intimate_images" in ((answers or {}).get("account_details") or ())
    return told or bool(_I91A_SEXUAL.search(f"{_earlier(answers)} {words}"))


def i91a_fake_image_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """Yes, a fake still counts: under 18, an indecent image of a child; an adult, s.66B; the age
    not known, both, with the service for each."""
    if not asks_if_fake_image_is_illegal(text, answers):
        return None
    given = re.match(
        r"\s*(\d{1,2})\b(?! ?(?:times|people|chats|group|pics|photos|mins?|hours?))", text
    )
    if (
        (answers or {}).get("age") is None
        and (answers or {}).get("requested_slot") == "age"
        and given
    ):
        # "17. u didnt answer, does it count if its fake": the age given beside the question.
        if int(given.group(1)) < 18:
            return Say(response="utter_i91a_fake_image_crime_young")
        return Say(response="utter_i91a_fake_image_crime_adult")
    if _young(answers):
        return Say(response="utter_i91a_fake_image_crime_young")
    if (answers or {}).get("age") is not None:
        return Say(response="utter_i91a_fake_image_crime_adult")
    return Say(response="utter_i91a_fake_image_crime")


# n94e (round 94) -- Malik, 19, stabbed, questioned in hospital "like im the one who done
# something": "do they think im involved or what" got "I can't answer your question here".
_N94E_POLICE_SUSPECT = re.compile(
    r"\b(?:do|does|did|will|would|are|is|might|could) (?:they|the police|police|the cops|cops|"
    r"the feds|feds|the officers?|officers?) (?:\w+ )?(?:think|thinking|reckon|suspect|believe)\b"
    r".{0,20}\b(?:im|i m|i am|i was|me|i)\b.{0,20}\b(?:involved|in on it|part of it|a suspect|"
    r"guilty|did it|done it|started it|the one|to blame|lying|a criminal|in a gang)\b|"
    r"\b(?:am i|im|i m|am i being treated as|are they treating me (?:like|as)) (?:a |the )?"
    r"suspect\b|\b(?:do|does|did) (?:they|the police|police) suspect me\b"
)


def n94e_asks_if_police_suspect_them(text: str) -> bool:
    """ "do they think im involved or what", "am i a suspect": asked by a victim of the police."""
    cleaned = plain(text)
    # Victim and suspect at once ("can i still get help as a victim if im a suspect as well?")
    # is utter_j5_victim_and_suspect's question.
    both = re.search(r"\bvictim\b|\b(?:as well|too|both)\b", cleaned)
    return is_question(text) and bool(_N94E_POLICE_SUSPECT.search(cleaned)) and not both

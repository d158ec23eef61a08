"""How the needs-assessment form reads one message while it is asking a question (pure).

Answer first: while a question is pending, the message is read as the answer to *that*
question, and the answer is kept whatever else the message holds. A rights topic inside an
answer ("yes, the police are looking into it") never replaces it; a real question asked beside
an answer is answered too. Danger or thoughts of suicide get their safety message at once, and
the answer that came with them is still kept. Only control words (stop, human, delete my data),
messages that are questions and nothing else, and messages in another language are left to the
rules. Facts volunteered in passing are used only where the words make them clear, never to
overwrite an answer, and are confirmed in a short line; corrections work at any point.

A question that gets no answer is asked once more, then skipped with a word to say so; one
asked again only because a rights question or WHY came in between is not a miss.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from typing import Any

from actions import account, answer_facts, echo_complaints, situation_answers, topics
from actions.answers import (
    _G3_SENTENCE_END,
    _TIME_WORDS,
    G6_NO_CALLS,
    NO_CONDITION,
    P81C_DIDNT_SAY_AFRAID,
    WOULD_LIKE_CONTACT,
    Answer,
    _r1_call_me_at_work,
    about_another_answer,
    b75b_maybe_afraid,
    c75a_busy_after,
    c75a_no_phone,
    c75a_on_someone_elses_phone,
    c75a_way_asked,
    c75a_without_no_phone,
    contact_said,
    crime_in_few_words,
    g89f_without_words_not_said,  # g89f (round 89)
    has_condition,
    j4_without_false_repeats,
    j91b_one_way_unsafe_another_fine,
    j91c_not_a_contact_time,
    k77a_undecided,
    k77b_said_bad,
    l5_condition_said_irrelevant,
    m79d_yes_to_what_was_explained,
    mentions_times,
    p2_no_time_told,
    p81d_clock_shown,
    p81d_clock_times,
    q82c_borough_lived_in,
    read_answer,
    read_child_age,
    read_crime_type,
    read_impairment,
    v86b1_no_about_the_police,
)
from actions.questions import (
    ANSWERED_EVERY_TIME,
    G76A_MISREAD_REPLIES,
    NOT_VIOLENT,
    Say,
    _young,
    afraid_of_what_comes_next,
    asks_for_discreet_words,
    asks_if_this_is_for_men,
    asks_us_to_call,
    b2_phone_taken_tonight,
    b75a_asks_social_media_contact,
    b75a_stop_telling_about_manager,
    baby_moving_less,
    c5_refuses_counselling,
    c75a_contact_way_answer,
    c75b_says_already_reported,  # -- round 75, helper c75b --
    domain_responses,
    f4_fears_their_anger,
    f4_threat_or_fear_told,
    f5_asks_what_was_noted,
    f7_lost_at_consent,
    f88b_no_calls_said,
    f88b_text_routes,
    g76a_self_harm_misread_reply,
    g89d_asks_to_listen_not_read,
    h2_asks_if_the_answer_is_yes,
    h5_friends_phone,
    i1_back_with_them_tonight,
    i1_offender_said_away,
    i97a_others_drinking,
    is_question,
    j1_told_in_passing,
    j2_at_risk_answer,
    j2_go_to_them_answer,
    j2_other_at_risk,
    j2_pressed_to_go_to_them,
    j3_asks_about_their_staff,
    j3_asks_for_drugs_help_for_relative,
    j5_means_to_pay_a_recovery_fee,
    k2_someone_near,
    k3_yes_naming_a_service,
    k77c_parent_not_young,
    k78h_gives_up,
    known_answer,
    l3_mentions_drinking_or_flashbacks,
    l3_not_a_contact_answer,
    l6_scared_they_know_where_i_live,
    m1_journey_answer,  # -- round 67, helper m1 --
    mentions_medical_emergency,
    mentions_strangling,
    must_go,
    n3_denies_images,
    n6_yes_but_not_police,
    n7_bereaved_cant_do_this,
    opens_a_question,
    r5_told_unwanted_without_the_words,
    r6_says_false_alarm,
    rights_answer,
    s5_says_there_are_no_pictures,
    s6_tells_of_ribs_hurting_to_breathe,
    says_the_same,
    t1_has_to_see_him,
    threat_answer,
    told_of_cyberflashing,
    v3_told_of_exposure,
    weapon_threat_at_home,
    worker_gender_asked,
    worker_gender_refused,
    y2_denies_forced_marriage,
    y2_tells_of_strangling,
    y6_fears_drinking_again,
    z4_serious_signs,
)
from bot.risk_words import (
    detect_risk,
    mentions_self_harm,
    only_their_self_harm,
    takes_back_self_harm,
    w1_without_others_suicide,
)
from core import vocabulary
from core.contract import FORM_SLOTS, LONDON_BOROUGHS, REFERRAL_SLOTS
from core.person_request import asks_for_a_call, asks_for_person
from core.privacy_question import (
    asks_about_privacy,
    b75a_condition_on_who_sees,
    gives_consent_after_all,
)
from core.redaction import EMAIL
from core.second_contact import (
    number_is_someone_elses,  # p81e (round 81)
    supporter_too,  # u86c (round 86)
)
from core.vocabulary import plain, without_jokes
from referrals.directory import Organisation

CRISIS = ("in_danger", "self_harm")
CONTROL = ("stop", "request_human", "delete_my_data", "goodbye")
QUESTIONS = ("ask_right", "help", "bot_challenge", "out_of_scope")
DETAILS = ("show_rights", "show_reasons", "show_services")
OTHER_LANGUAGE = "other_language"
MAX_ASKS = 2
# A rights question beside an answer is answered only when the classifier is this sure.
RIGHTS_CONFIDENCE = 0.8

# Slots that a fact volunteered in passing may fill (never consent, the borough or the
# questions about contact: those are only answered when asked).
VOLUNTEERED = (
    "crime_type",
    "relationship_to_offender",
    "repeat_victimisation",
    "reported_to_police",
    "hate_motivated",
    "impairment",
    "age",
    "gender",
    "bereaved",
)
# Crimes a terrorist attack may first be told as.
_TERROR_REFINES = ("homicide", "serious_violence", "assault", "attempted_murder", "other", None)
# Facts that refine matching and the rules, kept whenever they are said.
BACKGROUND = (
    "for_someone_else",
    "account_details",
    "hate_strand",
    "community",
    "cannot_phone",
    "within_12_months",
    "for_child",
)


@dataclass(frozen=True)
class Turn:
    """One message and what the form knows when it arrives."""

    text: str
    intent: str | None = None
    confidence: float = 1.0
    requested: str | None = None
    answers: Mapping[str, Any] = field(default_factory=dict)
    asked: Mapping[str, int] = field(default_factory=dict)
    missed: Mapping[str, int] = field(default_factory=dict)  # times a question was not answered
    rights_topic: str | None = None
    rights_confidence: float = 0.0
    entities: Sequence[Mapping[str, Any]] = ()
    opening: bool = False  # the message that started (or restarted) the form
    earlier: Sequence[str] = ()  # unread messages before an opening one, read for facts only
    organisations: Sequence[Organisation] = ()  # the directory, to answer "what is Tell MAMA?"
    question_answered: bool = False  # the rules already answered its question: not again
    said: frozenset[str] = frozenset()  # the responses already sent in this conversation
    said_twice: frozenset[str] = frozenset()  # those sent twice or more


@dataclass
class Reading:
    slots: dict[str, Any] = field(default_factory=dict)
    say: list[Say] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    reject: bool = False  # not for the form: the rules answer it, then the form asks again
    skipped: list[str] = field(default_factory=list)
    noted: dict[str, Any] = field(default_factory=dict)  # volunteered facts to confirm
    corrected: list[str] = field(default_factory=list)  # earlier answers this message changed
    # In danger now: the questions stop until they say they are safe or "carry on".
    pause: bool = False
    # About an earlier answer ("I do NOT have a disability") at a question about being
    # contacted: that question stays open, never closed for want of an answer.
    aside: bool = False


_OTHERS_SEE = re.compile(
    r"\b(?:but|although|tho|though|except)\b.{0,40}\b(?:looks? (?:at|through)|checks?|reads?|"
    r"sees?|goes through|go through|has my password|knows my (?:password|code|pin)|could see|"
    r"might see|can see)\b"
)

# -- round 55, helper C2 --: "she checks my phone so no texts" (Chris): calls only.
_C2_NO_TEXTS = re.compile(
    r"\b(?:no|dont|don t|do not|never|not by) (?:send )?(?:texts?|texting|sms|text messages?|"
    r"messages|whatsapps?)\b|\b(?:calls?|phone calls?|ringing) only\b|\bonly (?:phone )?calls\b"
)

_PHONE_CHECKED = re.compile(
    # n94a (round 94): Hazel, "He does look at my phone sometimes" ("does", "do").
    r"\b(?:someone|somebody|people|(?:my|his|her) \w+(?: \w+)?|he|she|they|who)\s+(?:\w+ly\s+|"
    r"sometimes\s+|always\s+|often\s+|might\s+|could\s+|can\s+|will\s+|does\s+|do\s+)?"
    r"(?:looks? (?:at|"
    r"through)|checks?|goes through|go through|reads?|see|sees|has|knows)\s+(?:\w+\s+)?my "
    r"(?:phone|messages|texts|password|passcode|pin|code)\b"
    # Round 78, Aisha, on a phone her husband uses: "he can see the messages? I am scared he
    # read this" (no answer before the danger question).
    r"|\b(?:he|she|they|someone|somebody)\s+(?:can\s+|could\s+|might\s+|will\s+)?(?:see|sees|"
    r"reads?|check|checks)\s+(?:the|these|this)\s+(?:messages|texts|chat)\b|\b(?:he|she|they)\s+"
    r"(?:can\s+|could\s+|might\s+|will\s+)?(?:see|sees|reads?)\s+this\b"
)

# Said on a phone that is watched or not theirs: "they check the phone. it is not my phone".
# ("my mum looks at my phone" is _PHONE_CHECKED: the questions go on, in plain words.)
_PHONE_NOT_THEIRS = re.compile(
    r"\b(?:(?:it|this|its|it s|this is|thats|that s)\s+(?:is\s+)?not my (?:own )?phone|"
    r"(?:on|using|from) (?:a |my |this )?borrowed phone|borrowed (?:this |a |the )?phone|"
    r"(?:borrowing|using) (?:a |this |my \w+s |a \w+s |(?:someone|somebody) elses )phone|"
    r"(?:someone|somebody) elses phone|"
    r"(?:they|he|she|someone|somebody|people|my \w+)\s+(?:\w+ly\s+|always\s+|often\s+|"
    r"sometimes\s+|will\s+|might\s+|can\s+)?(?:checks?|looks? at|looks? through|goes through|"
    r"go through|reads?) (?:the|this) phone)\b(?! (?:bill|number|contract|records?))"
)


# -- round 40, helper G1 --
# "hes dead", "i said hes dead. he died last month" (Kemi, after "my brother got stabbed"): the
# one harmed died; she is his bereaved sister, not writing for him.
_G1_THEY_DIED = re.compile(
    r"^(?:(?:i said|i told you|like i said|no|but)\s+)?(?:hes|he s|he is|shes|she s|she is|theyre|"
    r"they re|they are) (?:dead|"
    rf"{account.GONE_AS_A_DEATH})\b(?! (?:to me|tired|serious|set|against|lucky))|"  # h90a
    r"^(?:(?:i said|i told you|like i said|no|but)\s+)?(?:he|she|they) (?:died|passed away|"
    r"passed|didnt make it|did not make it)\b"
)


def _g1_they_died(reading: Reading, turn: Turn) -> None:
    told = turn.answers.get("crime_type") or reading.slots.get("crime_type")
    unconfirmed = turn.answers.get("unconfirmed") or {}
    if isinstance(unconfirmed, Mapping):
        told = told or unconfirmed.get("crime_type")
    if (
        not _G1_THEY_DIED.search(plain(turn.text))
        or told not in ("serious_violence", "assault", "attempted_murder", "robbery", None)
        or (told is None and turn.requested not in ("consent", "in_danger"))
        or not (turn.answers.get("for_someone_else") or reading.slots.get("for_someone_else"))
    ):
        return
    reading.slots.update(crime_type="homicide", bereaved=True, for_someone_else=False)
    reading.noted["crime_type"] = "homicide"


def phone_not_theirs(text: str) -> bool:
    """A phone someone else checks, not one borrowed because theirs was taken: "took my phone
    and my bike. im using my mates phone" (round 38, Olu) was told to delete the chat and go."""
    words = plain(text)
    return bool(_PHONE_NOT_THEIRS.search(words)) and not (
        _OWN_PHONE_TAKEN.search(words) and not _CHECKED_BY_SOMEONE.search(words)
    )


_OWN_PHONE_TAKEN = re.compile(
    r"\b(?:took|take|taken|nicked|stole|stolen|robbed|snatched|grabbed|lost|smashed|broke) "
    r"(?:\w+ )?(?:my|me) (?:\w+ )?phone|\bmy phone (?:was|got|has been) (?:\w+ )?(?:taken|"
    r"nicked|stolen|robbed|snatched|smashed|broken)\b"
)
_CHECKED_BY_SOMEONE = re.compile(
    r"\b(?:checks?|looks? at|looks? through|goes through|go through|reads?|watching|monitors?)\b"
)


# "no. stop", "No stop asking": an answer, then stop. Stopping wins: nothing more is asked.
_STOP_AT_END = re.compile(
    r"(?:^|[.!?,;\n]\s*|\b(?:no|nah|nope)\s+)(?:please |just )?stop(?: it| now| asking(?: me)?(?: "
    r"questions)?| please| there| this)?[\s.!]*$"
)


def ends_with_stop(text: str) -> bool:
    return bool(_STOP_AT_END.search(text.strip().lower()))


_BEFORE_DETAILS = ("contact_safe", "contact_method", "contact_times", "voicemail_ok")


_J98C_AND_MY_HURT_PART = re.compile(
    r"\band (?:my|the) (?:arm|leg|head|hand|wrist|shoulder|back|ribs?|knee|ankle|foot|face|neck)"
    r"\b"
)


# -- round 40, helper G2 --
def g2_health_chosen_when_hurt(reading: Reading, turn: Turn) -> bool:
    """ "your health" chosen at the needs question by someone who said they were hurt."""
    needs = reading.slots.get("needs") or ()
    details = [
        *(turn.answers.get("account_details") or ()),
        *(reading.slots.get("account_details") or ()),
    ]
    return (
        turn.requested == "needs"
        and (
            "health" in needs
            # j98c (round 98): Joel, who had said "my arm hurt": "practical help. and my arm"
            or bool(_J98C_AND_MY_HURT_PART.search(plain(turn.text)))
        )
        and "injured" in details
        and "utter_injury" not in turn.said
        and "utter_head_injury_now" not in turn.said
        and not h90b_already_treated_or_reliving(turn, details)
    )


# h90b (round 90): Jordan, slashed, who had said "im in homerton now wiv stitches" and "im in
# hospital", chose no health need but wrote "i cant sleep keep seeing it", and got "Please get
# it checked today ... go to A&E. Blurred or changed sight after a blow": someone in hospital
# (or stitched) is being treated, and sleep and seeing it again are not the body's hurt.
_H90B_IN_HOSPITAL = re.compile(
    r"(?<!\bnot )(?<!\bwasnt )(?<!\bnever )(?<!\bnever been )\b(?:in|at|from|out of) (?:the )?"
    r"(?:hospital|hosp|a ?& ?e|a and e|a n e)\b|"
    r"\b(?:stitches|stitched)\b"
)
_H90B_MIND_ONLY = re.compile(
    r"\b(?:(?:cant|cannot|can not|not|struggling to|hardly) (?:sleep\w*|get to sleep)|"
    r"keep (?:seeing|replay\w*|reliving|thinking about) it|nightmares?|flash ?backs?)\b"
)


def h90b_already_treated_or_reliving(turn: Turn, details: Sequence[str]) -> bool:
    told = " ".join(plain(said) for said in (*(turn.answers.get("said") or ()), turn.text))
    if "hospital" in details or _H90B_IN_HOSPITAL.search(told):
        return True
    words = plain(turn.text)
    return bool(_H90B_MIND_ONLY.search(words)) and not re.search(r"\bhealth\b", words)


# -- round 42, helper L5 --
# At a contact question, a clear no to the referral itself withdraws it (Sarah: "so no for now
# please", "NO. I said no for now. Please dont pass my details on", "I do NOT want a
# referral. cancel it" were all read as answers about how to contact her).
_L5_CONTACT_QUESTIONS = (
    "contact_safe",
    "contact_method",
    "contact_times",
    "contact_details",
    "voicemail_ok",
)
_L5_WITHDRAWS = re.compile(
    r"\b(?:dont|do not|don t|please dont|never|not) (?:pass|send|give|share|forward) (?:on )?(?:my|"
    r"any|anything|me|them my|it)\b|"
    r"\b(?:dont|do not|don t|didnt|did not) (?:want|ask for|agree to|need) (?:a |any |the |to be |"
    r"your |this )?(?:referr?al|referred|refer)\b|"
    r"\b(?:dont|do not) want (?:any ?one|anybody|someone|somebody|nobody|a support worker|a "
    r"service|them) (?:to )?contact\w*\b|\b(?:dont|do not) want to be contacted\b|"
    r"\bno (?:referr?al|to (?:the|a) referr?al)\b|\bno (?:for now|not (?:yet|now))\b|"
    r"\bnot (?:for now|yet)(?: please| thanks| thank you)?$|"
    r"\b(?:think|thought) about (?:the |a |it |that |this )?(?:referr?al )?first\b|"
    r"\bcancel (?:it|that|this|the referr?al|my referr?al|the whole thing)\b|"
    r"\bi (?:didnt|did not|never|didn t|havent|have not) (?:say|said) yes\b|"
    r"\bi (?:didnt|did not|never|havent|have not) (?:agreed?|consent\w*)\b"
)
# A bare no to "How should they contact you?", "When is a safe time?" or "What number?"
_L5_BARE_NO = re.compile(r"^(?:no+|nope|nah|no thanks?|no thank you|none|neither)(?: please)?$")


# Round 85 check, lead: Joyce, "yes its my phone. but please dont send anything in the post, they
# know my address" was read as cancelling the referral: a way refused is not the referral.
_LEAD85_NOT_BY_POST = re.compile(
    r" (?:\w+ )?(?:in the post|by post|through the post|by letter|as a letter|letters?|to "
    r"(?:my|the|our) (?:house|home|address|flat)|in writing|through the door|"
    # Round 95 check, lead: Priya, "yes text to my phone is fine, just dont send anything that
    # goes to the ipad or email" (her ex sees the children's iPad): a device or way refused.
    r"(?:that |which )?(?:goes|go|comes|come) (?:to|through|on)|"
    r"(?:to|on|via|by) (?:the |my |our |her |his |an? )?(?:kids |childrens |children s |family )?"
    r"(?:ipads?|tablets?|laptops?|computers?|e ?mails?|landlines?|home phone|house phone|work "
    r"(?:phone|email)|whatsapp|facebook|instagram|icloud|apple id))\b"
)


def l5_withdraws_referral(turn: Turn) -> bool:
    """A no to being referred at all, said while the contact questions are asked."""
    if turn.requested not in _L5_CONTACT_QUESTIONS:
        return False
    if turn.answers.get("referral_consent") is not True:
        return False
    words = plain(turn.text)
    if turn.intent == "delete_my_data" or ends_with_stop(turn.text):
        return False  # erasure or stopping wins, as before
    withdrawn = _L5_WITHDRAWS.search(words)
    if withdrawn and not _LEAD85_NOT_BY_POST.match(words[withdrawn.end() :]):
        return True
    return turn.requested in ("contact_method", "contact_times", "contact_details") and bool(
        _L5_BARE_NO.match(words)
    )


# Grace, 58, hit by her adult son during an episode: "it is my son that needs the help. Who
# can help him? His mental health team, should I tell them what happened?" was read as writing
# about her child ("Do you know who did it to your child?"). Once the account is of harm to the
# one writing by a relative, the son or daughter named later is the one who did it or needs care,
# unless the message says something was done to them.
_L5_DONE_TO_CHILD = re.compile(
    r"\b(?:my|our) (?:son|daughter|child|kid|boy|girl)\b[^.!?]{0,40}\b(?:was|were|got|has been|is "
    r"being|is) (?:\w+ )?(?:hit|attacked|assaulted|stabbed|robbed|mugged|abused|bullied|groomed|"
    r"raped|beaten|hurt|threatened|harassed)\b|"
    r"\b(?:writing|asking|messaging|texting|here) (?:for|on behalf of|about) (?:my|our) (?:son|"
    r"daughter|child|kid|boy|girl)\b|"
    r"\b(?:hit|attacked|assaulted|stabbed|robbed|abused|hurt|threatened) (?:my|our) (?:son|"
    r"daughter|child|kid|boy|girl)\b"
)


def l5_relative_harmed_the_writer(turn: Turn) -> bool:
    """The account so far is of harm to the writer by a relative (not written for a child)."""
    return (
        not turn.opening
        and turn.answers.get("for_child") is None
        and not turn.answers.get("for_someone_else")
        and (
            turn.answers.get("crime_type") == "domestic_abuse"
            or (
                turn.answers.get("crime_type") is not None
                and turn.answers.get("relationship_to_offender") == "family_member"
            )
        )
        and not _L5_DONE_TO_CHILD.search(plain(turn.text))
    )


# -- round 44, helper N2 --
# Kerry (40), writing for her son (14): "My child is 14!! Not 40. Im 40. Fix it", "hes 14", "no he
# is 14 not 40", "And the 40 is me, hes 14" were all left as "your child is 40".
_N2_CHILDS_AGE = re.compile(
    r"\b(?:hes|he s|he is|shes|she s|she is|(?:him|her) being|(?:my |our |the )?(?:son|daughter|"
    r"child|kid|boy|girl|lad)(?: is| s)|(?:his|her) age is)\s*(?:only |just )?(\d{1,2})\b(?: "
    r"(?:years?|yrs?) old\b)?"
    r"(?! (?:times|days|weeks|months|minutes|mins|hours|pounds|quid|percent|miles|stone)\b)"
)
_N2_PUT_RIGHT = re.compile(r"\b(?:not|no|wrong|fix|said|told you|write|correct|put|change)\b|!")


# g89c (round 89): Hannah, of her daughter Ellie (14) groomed online: "He says he's 16 on his
# profile but ... he said he was 'older than the boys at your school'" became "your child is 16".
# An age someone says or claims ("he says he's 16", "he told her he was 16", "16 on his profile")
# is the age they give for themselves, not the child's.
_G89C_CLAIMED_BEFORE = re.compile(
    r"\b(?:says?|said|saying|claims?|claimed|claiming|told (?:her|him|them|me|us|everyone)|"
    r"tells (?:her|him|them|me|us)|pretends?|pretended|pretending|makes out|made out|reckons|"
    r"lied|lies|lying|writes|wrote|puts|put)(?: (?:that|like))? $"
)
_G89C_CLAIMED_AFTER = re.compile(
    r" (?:on|in) (?:his|her|their|the) (?:profile|bio|account|page|app|messages?)\b"
)


def g89c_age_claimed(words: str, found: re.Match[str]) -> bool:
    """The age in ``found`` is one someone claims for themselves ("he says hes 16")."""
    return bool(
        _G89C_CLAIMED_BEFORE.search(words[: found.start()])
        or _G89C_CLAIMED_AFTER.match(words[found.end() :])
    )


def n2_childs_age_put_right(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The age of a child written for, said or put right by their parent."""
    words = plain(_V1_CARED_FOR_SINCE.sub(" ", text))  # -- round 50, helper V1 --
    said = next(
        (found for found in _N2_CHILDS_AGE.finditer(words) if not g89c_age_claimed(words, found)),
        None,
    )
    if said is None or not 1 <= int(said.group(1)) <= 17:
        return {}
    age = float(said.group(1))
    known = answers.get("age")
    if answers.get("for_child"):
        if known is not None and float(known) == age:
            return {} if answers.get("under_18") is True else {"under_18": True}
        if known is None or float(known) >= 18 or _N2_PUT_RIGHT.search(text.lower()):
            # Their own age, kept as the child's ("your child is 40"), or an age put right.
            return {"age": age, "under_18": True}
        return {}
    if known is None or float(known) < 18 or answers.get("for_someone_else"):
        return {}
    years = int(float(known))
    disowned = re.search(rf"\bnot {years}\b|\b(?:the )?{years} is (?:me|mine|my age)\b", words) or (
        re.search(rf"\b(?:im|i am|i m)\s*{years}\b", words) and _N2_PUT_RIGHT.search(text.lower())
    )
    if disowned:
        # "My child is 14!! Not 40. Im 40": the age kept was the parent's; it is about the child.
        return {"for_child": True, "age": age, "under_18": True}
    return {}


# "Can you stop saying you like its me it happened to. It happened to my son hes 14": still about
# her son, not "it's about you" nor another adult.
_N2_STILL_THE_CHILD = re.compile(
    r"\b(?:happened|happening|done) to (?:my|our) (?:son|daughter|child|kid|boy|girl)\b|"
    r"\b(?:stop|keep|kept|keeps) (?:saying|talking|writing|acting|asking)\b[^.!?]{0,40}\b(?:its|"
    r"it s|it is|it was) me\b"
)


def n2_still_about_the_child(text: str) -> bool:
    return bool(_N2_STILL_THE_CHILD.search(plain(text)))


def n2_restates_childs_age(turn: Turn) -> bool:
    """The age of the child written for, said again as it is already noted."""
    said = _N2_CHILDS_AGE.search(plain(turn.text))
    known = turn.answers.get("age")
    return bool(
        turn.answers.get("for_child")
        and said
        and known is not None
        and float(said.group(1)) == float(known)
    )


def n2_their_money_was_taken(answers: Mapping[str, Any]) -> bool:
    """The account was of the writer's own money or card kept by a relative (economic abuse):
    "he's not a child, he's 50" (Arthur, 79, whose son has his pension) makes the son the one
    doing it, not another adult written for."""
    return answers.get("crime_type") == "domestic_abuse" and "economic" in (
        answers.get("account_details") or ()
    )


def n2_answer_beside_the_age(turn: Turn, requested: str) -> Answer:
    """The answer in the sentences that do not say the child's age."""
    for sentence in re.split(r"[.!?;\n]+", turn.text):
        if sentence.strip() and not _N2_CHILDS_AGE.search(plain(sentence)):
            answer = read_answer(requested, sentence)
            if answer.answered:
                return answer
    return Answer()


def n2_names_whom_it_is_about(found: re.Match[str], text: str, answers: Mapping[str, Any]) -> bool:
    """ "I want it clear its my son" (Kerry, whose son was robbed by strangers) says whom it is
    about, not who did it: it was read as "it was a family member"."""
    if not re.search(
        r"\b(?:son|daughter|child|kid|boy|girl|stepson|stepdaughter)$", found.group(0)
    ):
        return False
    return bool(answers.get("for_child")) or bool(account.read_account(text).for_child)


# -- round 51, helper W1 --
# Deborah, whose daughter took her own life after being stalked by her ex: "Yes, she's my
# daughter" (to "Was the person who died a close relative of yours?") was read as "it was a
# family member" three times. A son or daughter named when someone died, or when the writer is
# writing for them, is whom it happened to, not who did it.
_W1_A_DEATH = re.compile(
    r"\b(?:died|dead|passed away|took (?:her|his|their) own life|suicide|killed|murdered|lost "
    rf"(?:her|him|them)|bereaved|{account.GONE_AS_A_DEATH})\b"  # h90a: not "gone out"
)


def w1_names_the_one_who_died(found: re.Match[str], text: str, answers: Mapping[str, Any]) -> bool:
    if not re.search(
        r"\b(?:son|daughter|child|kid|boy|girl|stepson|stepdaughter)$", found.group(0)
    ) or re.search(
        r"\b(?:hit|hurt|attacked|stalked|beat|punched|kicked|robbed|threatened) (?:me|us)\b|"
        r"\b(?:son|daughter|child|kid|boy|girl) (?:did it|did this|was the one)\b",
        plain(text),
    ):
        return False
    return bool(
        answers.get("bereaved")
        or answers.get("for_someone_else")
        or answers.get("crime_type") == "homicide"
        or _W1_A_DEATH.search(plain(text))
    )


# "She wasn't murdered", "please don't write that she was killed. She took her own life", "You
# wrote someone was killed again, when I said the opposite" (Deborah) were each read as "someone
# was killed": a killing denied, or a death by suicide, is not a homicide.
_W1_NOT_KILLED = re.compile(
    r"\b(?:wasnt|was not|werent|were not|not|never|isnt|is not)\b(?: \w+){0,2}? (?:killed|murdered|"
    r"a murder|a homicide|homicide|a killing)\b|\b(?:dont|do not|please dont|stop|not) (?:write|"
    r"writing|say|saying|put|putting|record|note|call)\w*(?: that| it)?(?: \w+){0,3}? (?:killed|"
    r"murdered|murder|homicide)\b|\b(?:you )?(?:wrote|written|put|said|say) (?:someone|she|he|they|"
    r"it) (?:was|were) (?:killed|murdered)\b|\b(?:took (?:her|his|their) own life|died by suicide|"
    r"(?:killed|hanged) (?:herself|himself|themselves)|suicide)\b"
)


def w1_not_a_killing(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    if not _W1_NOT_KILLED.search(plain(text)):
        return
    if changes.get("crime_type") == "homicide":
        changes.pop("crime_type")
    elif answers.get("crime_type") == "homicide" and "crime_type" not in changes:
        told_now = account.read_account(text).crime_type
        changes["crime_type"] = told_now if told_now != "homicide" else None


def n2_parents_own_age(found: dict[str, Any], turn: Turn) -> None:
    """Writing for a child, an age told in passing is the child's only when it is clearly
    theirs: "Im not the kid im his MUM. Im 40" is the parent's."""
    if "age" not in found or found.get("for_child") or not turn.answers.get("for_child"):
        return
    childs = account._childs_age(plain(turn.text))
    if childs is None:
        found.pop("age")
    else:
        found["age"] = childs


# -- round 50, helper V5 --
# Stan, hard of hearing, asked about a voicemail after choosing (he thought) a text: "I said not
# a telephone call. Text message please." was kept as "no voicemail" and the referral said
# "by phone". A text asked for instead of a call, at the voicemail question, is the way to
# contact them.
def v5_text_not_a_call(turn: Turn, reading: Reading) -> None:
    if turn.requested != "voicemail_ok" or turn.answers.get("contact_method") != "call":
        return
    if reading.slots.get("contact_method") == "text":
        # already read as a text. -- round 60, helper g6 --: "I said not a telephone call. Text
        # message please." (Stan): the "not" was to calls, not an answer about a voicemail.
        if G6_NO_CALLS.search(plain(turn.text)) and not re.search(
            r"\b(?:voicemail|voice mail|leave|hear)\b", plain(turn.text)
        ):
            reading.slots.pop("voicemail_ok", None)
        return
    words = plain(turn.text)
    # -- round 60, helper g6 -- "no. i say not call. message to amina" (Mariam): a message asked
    # for instead of a call (not "no, don't leave a message").
    message_not_call = bool(
        G6_NO_CALLS.search(words)
        and re.search(r"\b(?:messages?|msg)\b", words)
        and not re.search(
            r"\b(?:leave|leaving|left) (?:a |any )?(?:voice ?)?(?:messages?|msg)\b", words
        )
    )
    if not re.search(r"\b(?:texts?|text message|sms)\b", words) and not message_not_call:
        return
    if read_answer("contact_method", turn.text).value != "text":
        return
    reading.slots["contact_method"] = "text"
    reading.slots.pop("voicemail_ok", None)


# -- round 67, helper m4 --
# Pauline (r65b-pauline), widowed by a hit and run: "someone to talk to I suppose. and the
# inquest", typed at the language question, got "No problem, let's skip that one", and the need
# was lost. A need named in the needs question's own words, at another question, is kept as
# the answer to that question when it is not yet answered.
_M4R67_NEED_WORDS = re.compile(
    r"\b(?:some ?one to talk to|some ?body to talk to|someone to speak to|feeling safe|"
    r"to feel safe|"
    r"practical help|help with court|help with the court|counsell?ing|a counsell?or|"
    r"help with the inquest)\b"
)
_M4R67_NO_NEED = re.compile(
    r"\b(?:dont|do not|don t|no|not) (?:want|need) (?:\w+ )?(?:someone|"
    r"somebody|to talk|counsel\w*|help)\b"
)
_M4R67_ASK_AGAIN = ("language", "borough", "age", "gender", "contact_method", "contact_times")
_M4R67_NOT_HERE = ("needs", "crime_type", "in_danger", "consent", None)


def m4r67_need_beside_another_question(turn: Turn, reading: Reading) -> None:
    if (
        turn.requested in _M4R67_NOT_HERE
        or turn.answers.get("needs")
        or reading.slots.get("needs")
        or turn.opening
        or turn.text.startswith("/")
    ):
        return
    words = plain(turn.text)
    if not _M4R67_NEED_WORDS.search(words) or _M4R67_NO_NEED.search(words):
        return
    needs = read_answer("needs", turn.text).value
    if not needs:
        return
    reading.slots["needs"] = needs
    slot = turn.requested
    if slot in reading.skipped and slot in _M4R67_ASK_AGAIN:
        # Her message answered another question: this one is asked again, not skipped.
        reading.skipped.remove(slot)
        moved = moving_on(slot)
        reading.say = [say for say in reading.say if say.response != moved]
        reading.say.append(Say(response=f"utter_reask_{slot}"))


# -- end of round 67, helper m4 --


# -- round 68, helper n3 --
# Ella (r68c, 14), at "are you in danger right now?": "idk?? ... these girls from my school
# posted my address on their story and said theyre gonna pull up. so like maybe".
_N3_WILL_COME = re.compile(
    r"\b(?:gonna|going to|will|ll|coming to|said (?:they d|theyd|they would|he d|hed|she d|shed)|"
    r"say (?:they|he|she)(?: ll| will)?) (?:pull up|come (?:round|over|to (?:my|the|our) (?:house|"
    r"home|door|flat|school))|turn up at (?:my|the|our) (?:house|home|door|flat))\b"
)


def n3_they_said_they_would_come(text: str) -> bool:
    words = plain(text)
    return bool(_N3_WILL_COME.search(words)) and bool(
        re.search(r"\b(?:address|house|home|door|flat|where i live)\b", words)
    )


# -- end of round 68, helper n3 --


# -- round 71, helper x71c --
# Form answers read wrong, and questions asked again and again (round 71).
# Tasha, 16, at "Do you know who did it?": "his name is kai hes in year 11 same as me. we were
# like talking for 2 months" was noted as "it has happened more than once": how long they had
# been talking, not the crime again.
_X71C_TIME_TOGETHER = re.compile(
    r"\b(?:we|i|me and (?:him|her|them)|him and me|her and me)(?: (?:were|was|had been|have "
    r"been|ve been|been|are|re))? (?:like |kind of |kinda |sort of |just )?(?:talking|chatting|"
    r"texting|messaging|dating|seeing each other|going out|together|friends|mates)(?: \w+){0,3}? "
    r"for (?:like |about |around |nearly |almost |over |a good )?(?:\d+|a|an|one|two|three|four|"
    r"five|six|a few|few|a couple of|couple of|a couple|couple) (?:days?|weeks?|months?|years?|"
    r"yrs?)\b"
)
# Li, at the hate question: "yes because of her disability i guess" was skipped ("No problem,
# let's skip that one"): a yes with its reason is a yes, whatever the "i guess".
_X71C_YES_BECAUSE = re.compile(
    r"(?:^|[.!?]\s*)(?:yes|yeah|yep|yh|ye|i think so|think so)\b,? (?:its |it was |thats |"
    r"probably |i think )?(?:because|cos|coz|cuz|cause|as|due to|for) (?:of )?(?:her|his|my|their|"
    r"our|me being|him being|her being|them being|being)\b(?: \w+){0,2} (?P<why>disability|"
    r"disabilities|disabled|dementia|autism|autistic|race|colour|color|skin|religion|faith|"
    r"sexuality|being gay|gay|lesbian|trans|transgender|muslim|jewish|black|asian|hijab|"
    r"turban|wheelchair|learning disability)\b",
    re.IGNORECASE,
)
# Li then said "I said yes not skip" at the next question: the skipped answer was a yes.
_X71C_SAID_YES_NOT_SKIP = re.compile(
    r"\bi (?:said|meant|answered|put|typed) (?:yes|yeah)\b,? (?:not|no|and not|didnt say) "
    r"(?:skip|skipped|skip it|no)\b"
)
_X71C_YES_NO_SLOTS = (
    "hate_motivated",
    "impairment",
    "fear_of_giving_evidence",
    "repeat_victimisation",
    "bereaved",
)
# Nadia, at the age question after "no im safe, carry on" was kept as not reported: "wait sorry
# that no was to the danger thing. i did call police once in the summer about the shouting ...
# havent reported the car" got "I can't answer that one here": the reported answer put right.
_X71C_NO_WAS_OTHER = re.compile(
    r"\b(?:that|the|my) no was (?:to|for|about|meant for|meant to be for|answering) (?:the |your "
    r"|ur )?(?!police|report)\w+|\bi meant no to (?:the |your )?(?!police|report)\w+"
)
_X71C_I_CALLED_POLICE = re.compile(
    r"\bi (?:did |have |had |do )?(?:call|called|ring|rang|phone|phoned|told|tell|contact|"
    r"contacted|report(?:ed)? (?:it|\w+) to) (?:the )?(?:police|cops|feds|101|999)\b"
)
# Ryan at the referral question: "nah im good. my mate says its robbery not theft" and "i said
# no already" were not taken as a no; asked four times.
_X71C_SAID_NO_ALREADY = re.compile(
    r"^(?:(?:i|ive) (?:already |just )?(?:said|told (?:you|u)) (?:no|nah|no thanks)(?: already| "
    r"before| twice)?"
    # lead (round 101): not "I said no conditions. A bit of arthritis doesnt make me vulnerable"
    # (Reg, 76, at the referral question): "no" there is the health question's answer.
    r"(?=\s*$|\s+(?:to|thanks|thank you|ta|already|before|twice|mate|i|im|so|and|but|please|pls|"
    r"ok|okay)\b)|(?:i )?already said no|no i said|no means no)\b"
)
_X71C_NO_IM_GOOD = re.compile(
    r"^(?:nah|no|nope|naa|na)(?: thanks| thank you| ta)?,? (?:im|i m|i am|ill be|i ll be) (?:good|"
    r"ok|okay|fine|alright|all right|sorted)(?: thanks| thank you| ta| mate| bro| though| tho)*$"
)
# Paul at "Is it safe for a support worker to contact you?": "the email yes. not my phone" and
# "email, I said" were asked again (three times), then taken as a skip. A way named with a yes
# is a yes for that way. Ama: "only when he is at work. he checks my phone in the evening" is
# safe at those times, not a refusal ("OK, nobody will contact you").
_X71C_ROUTE_YES = re.compile(
    r"^(?:the |my |by |via |on |work |my work |use )*(?P<route>email|e mail|emails|text|texts|"
    r"texting|sms|landline|work phone)\b(?: (?:is|s))?,? (?:yes|yeah|yep|is (?:fine|ok|okay|"
    r"safe|safer)|s (?:fine|ok|safe)|i said|i told you|like i said|as i said|please|only|safe|"
    r"fine|ok|okay)\b"
)
_X71C_ROUTE_SAFE = re.compile(
    r"\b(?P<route>email|e mail|text|texts|texting|work phone|landline)(?: \w+)? (?:is|s|would be) "
    r"(?:safe|safer|the safest)\b"
)
_X71C_ONLY_WHEN = re.compile(
    r"^(?:yes |yeah |its safe |it is safe |safe |ok |okay )?(?:but )?(?:only|just) (?P<when>"
    r"(?:when|while|if) (?:he|she|they|my \w+) (?:is|s|are|re|at|out|away|goes|has gone)\b(?: "
    r"\w+){0,4}|(?:between|after|before) \d{1,2}(?:\s?(?:am|pm))?(?: (?:and|to) \d{1,2}(?:\s?"
    r"(?:am|pm))?)?)"
)
_X71C_NOT_SAFE = re.compile(
    r"\b(?:not safe|unsafe|isnt safe|never|dont contact|do not contact|no contact|nobody|no one)\b"
)
_X71C_ROUTES = {
    "email": "email",
    "e mail": "email",
    "emails": "email",
    "text": "text",
    "texts": "text",
    "texting": "text",
    "sms": "text",
    "landline": "call",
    "work phone": "call",
}


def x71c_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """Corrections: the reported answer (Nadia) and a skipped yes (Li)."""
    words = plain(text)
    if _X71C_NO_WAS_OTHER.search(words) and _X71C_I_CALLED_POLICE.search(words):
        # The police were told of some of it ("havent reported the car" is the rest).
        if answers.get("reported_to_police") is False:
            changes["reported_to_police"] = True
        elif changes.get("reported_to_police") is False:
            del changes["reported_to_police"]
    skipped = [slot for slot in (answers.get("skipped_slots") or ()) if slot in _X71C_YES_NO_SLOTS]
    if (
        skipped
        and answers.get(skipped[-1]) is None
        and skipped[-1] not in changes
        and _X71C_SAID_YES_NOT_SKIP.search(words)
    ):
        changes[skipped[-1]] = True


def x71c_form_answers(turn: Turn, reading: Reading) -> None:
    """The answers above, in the form."""
    words = plain(turn.text)
    requested = turn.requested
    # Tasha: how long they had been talking is not the crime again.
    if (
        reading.slots.get("repeat_victimisation") is True
        and requested != "repeat_victimisation"
        and turn.answers.get("repeat_victimisation") is None
        and _X71C_TIME_TOGETHER.search(words)
        # Not a partner or family: years together with abuse in them are the abuse going on.
        and {**turn.answers, **reading.slots}.get("crime_type") != "domestic_abuse"
        and {**turn.answers, **reading.slots}.get("relationship_to_offender")
        not in ("partner_or_ex", "family_member")
        and account.read_account(_X71C_TIME_TOGETHER.sub(" ", words)).repeat is not True
    ):
        reading.slots.pop("repeat_victimisation")
        reading.noted.pop("repeat_victimisation", None)
    # Omar: "this guy no. but ... last year one spit on me": "last year" is the other one.
    if (
        requested == "repeat_victimisation"
        and reading.slots.get("repeat_victimisation") is False
        and reading.slots.get("within_12_months") is False
        and turn.answers.get("within_12_months") is None
        and answers_p2_not_him(words)
    ):
        reading.slots.pop("within_12_months")
    # Li: "yes because of her disability i guess".
    if requested == "hate_motivated" and reading.slots.get("hate_motivated") is None:
        found = _X71C_YES_BECAUSE.search(turn.text)
        if found:
            reading.slots["hate_motivated"] = True
            _x71c_answered(reading, "hate_motivated")
    # Ryan: "nah im good. my mate says ...", "i said no already".
    if requested == "referral_consent" and "referral_consent" not in reading.slots:
        first = re.split(r"[.!?\n]+", turn.text.strip())[0]
        if _X71C_SAID_NO_ALREADY.match(plain(first)) or _X71C_NO_IM_GOOD.match(plain(first)):
            reading.slots["referral_consent"] = False
            _x71c_answered(reading, "referral_consent")
    # Paul: "work email is safer. p.hollis@...", "the email yes. not my phone", "email, I said";
    # Ama: "only when he is at work. he checks my phone in the evening".
    if requested in ("referral_consent", "contact_method", "contact_details") and (
        reading.slots.get("referral_consent") is True or requested != "referral_consent"
    ):
        safe = _X71C_ROUTE_SAFE.search(words)
        if (
            safe
            and turn.answers.get("contact_safe") is None
            and "contact_safe" not in reading.slots
            and not _X71C_NOT_SAFE.search(words)
        ):
            reading.slots["contact_safe"] = True
            reading.slots.setdefault("contact_method", _X71C_ROUTES[safe.group("route")])
    if requested == "contact_safe" and not reading.slots.get("contact_safe"):
        first = plain(re.split(r"[.!?\n]+", turn.text.strip())[0])
        route = _X71C_ROUTE_YES.search(first)
        when = _X71C_ONLY_WHEN.search(first)
        if route and not _X71C_NOT_SAFE.search(words):
            reading.slots["contact_safe"] = True
            method = _X71C_ROUTES[route.group("route")]
            if not turn.answers.get("contact_method"):
                reading.slots["contact_method"] = method
            _x71c_answered(reading, "contact_safe")
        elif when and not _X71C_NOT_SAFE.search(words):
            reading.slots["contact_safe"] = True
            reading.slots["discreet"] = True
            if not turn.answers.get("contact_times"):
                reading.slots["contact_times"] = when.group("when").strip()
            _x71c_answered(reading, "contact_safe")


def answers_p2_not_him(words: str) -> bool:
    from actions.answers import _P2_NOT_HIM

    return bool(_P2_NOT_HIM.search(words))


def _x71c_answered(reading: Reading, slot: str) -> None:
    """The question answered: not skipped, not asked again, not left open."""
    if slot in reading.skipped:
        reading.skipped.remove(slot)
    reading.say = [say for say in reading.say if say.response != f"utter_reask_{slot}"]
    reading.aside = False
    reading.reject = False


# -- end of round 71, helper x71c --


def read_turn(turn: Turn) -> Reading:
    reading = _read_turn_and_after(turn)
    l76_never_terrorism_when_denied(turn.text, reading.slots)  # -- round 76, lead --
    l77_hate_abuse_at_crime_question(turn, reading)  # -- round 77, lead --
    l77_same_sex_partner(turn, reading)  # -- round 77, lead --
    m79d_keep_email(turn, reading)  # m79d (round 79) -- Bernadette
    p81g_no_reask_beside_grief(turn, reading)  # p81g (round 81) -- Olu
    p81g_answer_for_a_miss(turn, reading)  # p81g (round 81) -- Olu
    q82b_danger_still_asked(turn, reading)  # q82b (round 82) -- Zainab
    s83d_needs_taken_not_missed(turn, reading)  # s83d (round 83) -- Dean
    s83f_no_police_heard(turn, reading)  # s83f (round 83) -- Joan
    t84e_skip_the_rest(turn, reading)  # t84e (round 84) -- Derek
    t84e_answer_for_a_miss(turn, reading)  # t84e (round 84) -- Brenda
    p94h_answer_for_a_miss(turn, reading)  # p94h (round 94) -- Linda, Maureen
    k91a_afraid_and_hurt_at_work(turn, reading)  # k91a (round 91) -- Agnieszka
    k91a_question_not_understood(turn, reading)  # k91a (round 91) -- Agnieszka
    p94c_question_at_a_miss(turn, reading)  # p94c (round 94) -- Kwabena
    return reading


# p94c (round 94)
# Kwabena (r94a), told "Send them again, one at a time, and I'll answer what I can or tell you
# honestly if I can't", sent "will i lose money being off sick because of the assault" at the
# hate-crime question and got that question again: a message that asks, not read as an answer to
# the question, was let go as a miss ("Sorry, I didn't catch that") when the NLU did not call it
# a question. It is answered as a question typed anywhere else is: its answer, or the honest "I
# can't answer that one here"; the form asks its question again after.
_P94C_OWN_FLOW = frozenset({"consent", "in_danger", "crime_type"})


def p94c_question_at_a_miss(turn: Turn, reading: Reading) -> None:
    if turn.requested is None or turn.requested in _P94C_OWN_FLOW or turn.opening:
        return
    if turn.requested in reading.slots or reading.reject or reading.pause:
        return
    if [say.response for say in reading.say] != [f"utter_reask_{turn.requested}"]:
        return
    text = turn.text
    if text.startswith("/") or not is_question(text) or _S83D_RHETORICAL.match(plain(text)):
        return
    answers = {**turn.answers, **reading.slots}
    found = known_answer(
        text, answers.get("crime_type"), turn.organisations, answers=answers
    ) or topics.topic_answer(text, answers, turn.said, turn.said_twice)
    if found is None:
        kept = answers.get("consent") is not False
        found = Say(response="utter_cannot_answer" if kept else "utter_j6_cannot_answer_not_kept")
    reading.say = [found]


# end p94c


# t84e (round 84)
# Derek (r84a, 66), his car stolen: "No. Look I just want the basics. Skip the rest" and "I said
# skip the rest. Just tell me what I need to do" were each read as one answer, and the questions
# went on. Every question still to come before the result is skipped, as each would be one by one.
_T84E_SKIP_THE_REST = re.compile(
    r"\bskip (?:the rest|all (?:the |of )?(?:the )?(?:rest|questions|others?)|(?:all |the )?"
    r"(?:other|remaining|rest of the) questions|everything(?: else)?)\b|"
    r"\b(?:no more|dont ask (?:me )?any ?more) questions\b"
)
_T84E_NOT_SKIPPED = frozenset({"consent", "in_danger", "crime_type", *REFERRAL_SLOTS})


def t84e_skip_the_rest(turn: Turn, reading: Reading) -> None:
    """ "Skip the rest": the questions left before the result are skipped (never the safety,
    consent or crime questions, nor the referral ones after it)."""
    from actions.skip_logic import questions_to_ask

    if turn.requested is None or turn.requested in _T84E_NOT_SKIPPED:
        return
    if not _T84E_SKIP_THE_REST.search(plain(turn.text)):
        return
    answers = {**turn.answers, **reading.slots}
    skipped = [*(answers.get("skipped_slots") or ()), *reading.skipped]
    for slot in questions_to_ask(answers, skipped):
        if slot in _T84E_NOT_SKIPPED or answers.get(slot) is not None:
            continue
        if slot not in reading.skipped:
            reading.skipped.append(slot)
    # What was about to be asked again is not asked.
    reading.say = [say for say in reading.say if say.response != f"utter_reask_{turn.requested}"]


def t84e_answer_for_a_miss(turn: Turn, reading: Reading) -> None:
    """ "I asked if they can take my HOUSE for the loans" at the language question (Brenda), asked
    without a mark: as p81g_answer_for_a_miss, one of round 84's answers instead of "Sorry, I
    didn't catch that", and the form asks its question again."""
    from actions import practical_answers  # imported here: it uses the questions module's Say

    if turn.requested is None or turn.requested in reading.slots:
        return
    if [say.response for say in reading.say] != [f"utter_reask_{turn.requested}"]:
        return
    found = practical_answers.t84e_answer(turn.text, {**turn.answers, **reading.slots})
    if found is not None and found.response not in turn.said:
        reading.say = [found]


# end t84e


def p94h_answer_for_a_miss(turn: Turn, reading: Reading) -> None:
    """ "maybe. but please who do i call about his mental health" at the referral question: a
    question that one of the practical answers fits is answered, not met with only "Sorry, I
    didn't catch that" (it had been answered only because his "bipolar" was read as hers), and
    the form asks its question again."""
    from actions import practical_answers  # imported here: it uses the questions module's Say

    if turn.requested is None or turn.requested in reading.slots:
        return
    if [say.response for say in reading.say] != [f"utter_reask_{turn.requested}"]:
        return
    if not is_question(turn.text):
        return
    found = practical_answers.answer(turn.text, {**turn.answers, **reading.slots})
    if found is not None and found.response not in turn.said:
        reading.say = [found]


# p81g (round 81)
# Olu, his brother killed, at the referral question: "i cant do this" got the gentle word, then
# "Sorry, I didn't catch that. You can answer yes or no": understood, so not a miss; the question
# comes again after the gentle word (as c75b_form_answers does for "i already reported it").
def p81g_no_reask_beside_grief(turn: Turn, reading: Reading) -> None:
    if any(say.response == "utter_n7_bereaved_cant_do_this" for say in reading.say):
        reading.say = [
            say for say in reading.say if say.response != f"utter_reask_{turn.requested}"
        ]


def p81g_answer_for_a_miss(turn: Turn, reading: Reading) -> None:
    """ "my mum keeps asking how we will pay for it" (of the funeral) at the language question is
    asked without a mark, so it was read as a language not recognised: when nothing but "Sorry,
    I didn't catch that" would be said and one of round 81's answers fits, it is said instead, and
    the form asks its question again."""
    from actions import aftermath_answers  # imported here: it uses the questions module's Say

    if turn.requested is None or turn.requested in reading.slots:
        return
    if [say.response for say in reading.say] != [f"utter_reask_{turn.requested}"]:
        return
    found = aftermath_answers.answer(turn.text, {**turn.answers, **reading.slots})
    if found is not None and found.response not in turn.said:
        reading.say = [found]


_P81G_ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "my",
        "we",
        "it",
        "is",
        "how",
        "will",
        "for",
        "to",
        "a",
        "of",
        "can",
        "you",
        "i",
        "what",
        "who",
        "do",
        "does",
        "they",
        "she",
        "he",
    ]
)


def p81g_english_with_an_answer(turn: Turn) -> bool:
    """ "and the funeral. ... my mum keeps asking how we will pay for it" (Olu, at the language
    question) was read by the NLU as written in another language and told "Sorry, I didn't
    recognise that language": a message in English that the bot can answer is answered."""
    words = plain(turn.text).split()
    if sum(word in _P81G_ENGLISH_WORDS for word in words) < 4:
        return False
    # k99a (round 99): Dennis, at the disability question, "im a bit deaf. i cant hear the phone
    # very well so i dont like ringing numbers" was told "Sorry, I can only write in English" and
    # asked again: English that answers the question asked is read as its answer.
    if (
        turn.requested is not None
        and not turn.text.startswith("/")
        and _answer(turn).value is not None
    ):
        return True
    found = known_answer(
        turn.text, turn.answers.get("crime_type"), turn.organisations, answers=turn.answers
    )
    return found is not None


# end p81g


# -- round 77, lead --: James, "its my husband ... i mean im a bloke", got the Men's Advice Line
# and no Galop until he asked "is there anything for gay men specifically?": a man abused by his
# husband or boyfriend, or a woman by her wife or girlfriend, is in an LGBT+ relationship, which
# is who Galop's domestic abuse support is for.
_L77_PARTNER_OF = {
    "man": re.compile(r"\bmy (?:ex |ex|former )?(?:husband|hubby|boyfriend|bf|fiance)\b"),
    "woman": re.compile(r"\bmy (?:ex |ex|former )?(?:wife|girlfriend|gf|fiancee)\b"),
}


def l77_same_sex_partner(turn: Turn, reading: Reading) -> None:
    facts = {**turn.answers, **reading.slots}
    if facts.get("for_someone_else") or facts.get("for_child"):
        return
    partner = _L77_PARTNER_OF.get(str(facts.get("gender")))
    said = " ".join(plain(text) for text in (*(turn.answers.get("said") or ()), turn.text))
    community = list(facts.get("community") or [])
    if partner is not None and partner.search(said) and "lgbt" not in community:
        reading.slots["community"] = [*community, "lgbt"]


def l77_hate_abuse_at_crime_question(turn: Turn, reading: Reading) -> None:
    """Abuse for who they are, told as what happened, is the crime (account.l77_hate_abuse_crime)
    rather than "What happened?" again."""
    if turn.requested != "crime_type" or reading.slots.get("crime_type") is not None:
        return
    told = account.read_account(turn.text)
    crime = account.l77_hate_abuse_crime(
        plain(turn.text),
        told.hate or turn.answers.get("hate_motivated") is True,
        told.repeat or turn.answers.get("repeat_victimisation") is True,
    )
    if crime is None:
        return
    reading.slots["crime_type"] = crime
    reading.say[:] = [said for said in reading.say if said.response != "utter_reask_crime_type"]


# -- round 76, lead --
# Samira, called a terrorist by a neighbour's son: "still say terrorism. it is NOT terrorism. is
# a boy with eggs and bad words. please remove this" stored terrorism (the crime was not yet
# known), and "please tell me the terrorism is removed from my file" stored it again after it had
# been taken off. A message that denies it, or asks for it off, never makes it the crime.
def l76_never_terrorism_when_denied(text: str, slots: dict[str, Any]) -> None:
    if slots.get("crime_type") == "terrorism" and _G76C_NOT_TERRORISM.search(plain(text)):
        del slots["crime_type"]


def _read_turn_and_after(turn: Turn) -> Reading:
    """What the form does with one message (see the module docstring)."""
    reading = _read_turn(turn)
    # -- round 47, helper R6 -- "No, I'm safe, carry on. I asked whether Refuge's helpline takes
    # women abused by women, not for a panic button" (Kim), at "Are you in danger right now?"
    # after danger messages sent by mistake: told sorry, then her question answered.
    if (
        turn.requested == "in_danger"
        and turn.answers.get("safety_check")
        and reading.slots.get("in_danger") is False
        and r6_says_false_alarm(turn.text)
    ):
        reading.say.insert(0, Say(response="utter_r6_sorry_false_alarm_go_on"))
    v86a1_said_safe_already(turn, reading)  # v86a1 (round 86): Amara, "i said no??"
    v86a1_no_was_about_police(turn, reading)  # v86a1 (round 86): Priya, "no not police"
    v5_text_not_a_call(turn, reading)  # -- round 50, helper V5 --
    x1_died_by_suicide(turn, reading)  # -- round 52, helper X1 --
    y6_fear_of_drinking_at_safety_check(turn, reading)  # -- round 52, helper Y6 --
    e2_alarm_taken_back_at_safety_check(turn, reading)  # -- round 57, helper E2 --
    f2_consent_waits_for_its_question(turn, reading)  # -- round 59, helper F2 --
    k5_court_fear_out_of_step(turn, reading)  # -- round 65, helper k5 --
    v86d1_yes_about_reporting(turn, reading)  # v86d1 (round 86): Mo's "yes 4 times"
    n4_repeat_by_how_long(turn, reading)  # -- round 68, helper n4; round 69, helper o1 --
    n4_writers_own_age(turn, reading)  # -- round 68, helper n4 --
    if k77c_parent_not_young(turn.text, turn.answers):  # -- round 77, helper k77c -- Zainab
        reading.say.insert(0, Say(response="utter_k77c_parent_not_young"))
    if not n4_who_is_typing(turn, reading):  # -- round 68, helper n4 --
        k5_someone_else_typing(turn, reading)  # -- round 65, helper k5 --
    m4r67_need_beside_another_question(turn, reading)  # -- round 67, helper m4 --
    n1_carry_on_after_alarm_taken_back(turn, reading)  # -- round 68, helper n1 --
    x71c_form_answers(turn, reading)  # -- round 71, helper x71c --
    y73d_form_answers(turn, reading)  # -- round 73, helper y73d --
    z73d_form_answers(turn, reading)  # -- round 73, helper z73d --
    z73c_form_answers(turn, reading)  # -- round 73, helper z73c --
    c75b_form_answers(turn, reading)  # -- round 75, helper c75b --
    c75a_form_answers(turn, reading)  # -- round 75, helper c75a --
    c75a_contact_words_not_facts(turn, reading)  # -- round 75, helper c75a --
    g76b_form_answers(turn, reading)  # -- round 76, helper g76b --
    k77b_email_is_the_way(turn.text, turn.answers, reading.slots)  # k77b (round 77) -- Sophie
    k77b_only_afternoons(turn, reading)  # k77b (round 77) -- Ana
    # Last of the contact readings: a serious ask for social media is not a way of contact.
    b75a_form_answers(turn, reading)  # -- round 75, helper b75a --
    m79c_form_answers(turn, reading)  # round 79, m79c: David, "he was her boyfriend"
    return reading


# -- round 75, helper b75a --
# Sofia (round 74): "you can keep it. but only if nobody from the restaurant can find it". The
# yes is kept, and the condition answered truly: only our support team can see it.
def b75a_form_answers(turn: Turn, reading: Reading) -> None:
    if (
        reading.slots.get("consent") is True
        and turn.answers.get("consent") is not True
        and b75a_condition_on_who_sees(turn.text)
    ):
        _say_once(reading, turn, Say(response="utter_b75a_kept_who_sees"))
    # Bex: a serious "can they dm me on insta?" at the contact questions is told the ways the
    # support team contacts people; "message me on insta" is not a yes to texts.
    answers = {**turn.answers, "requested_slot": turn.requested}
    if turn.requested in REFERRAL_SLOTS and b75a_asks_social_media_contact(turn.text, answers):
        if turn.answers.get("contact_method") is None and not _B75A_WAY_NAMED.search(
            plain(turn.text)
        ):
            reading.slots.pop("contact_method", None)
        reading.say = [s for s in reading.say if s.response != f"utter_reask_{turn.requested}"]
        _say_once(reading, turn, Say(response="utter_b75a_no_social_media"))


def b75a_answer_text(text: str) -> str:
    """The message without what a "jk" takes back and without "stop telling me to tell my
    manager": what is left to read as the answer to the question asked."""
    sentences = [part for part in re.split(r"(?<=[.!?\n])\s+", text) if part.strip()]
    kept = [part for part in sentences if not b75a_stop_telling_about_manager(part)]
    return without_jokes(" ".join(kept) if len(kept) < len(sentences) else text)


_B75A_WAY_NAMED = re.compile(r"\b(?:text|txt|texts|sms|call|ring|phone|email|e mail)\b")


# -- end of round 75, helper b75a --


# -- round 75, helper c75b --
# Kwame, at the referral question: "its a van not a scooter. and i already reported it i told you
# i got a crime number" (after an answer that told him to report it) was read as being about an
# earlier answer, rightly, but nothing was said to it: the question came again. Told again that
# they reported it, when they had said so, the bot says sorry before it asks again.
def c75b_form_answers(turn: Turn, reading: Reading) -> None:
    if reading.reject or any(
        not (say.response or "").startswith("utter_reask_") for say in reading.say
    ):
        return
    if c75b_says_already_reported(turn.text, turn.answers):
        # Understood, so not "Sorry, I didn't catch that": the question is asked again after it.
        reading.say = [
            say for say in reading.say if say.response != f"utter_reask_{turn.requested}"
        ]
        _say_once(reading, turn, Say(response="utter_c75b_already_reported"))


# -- end of round 75, helper c75b --


# v86a1 (round 86)
# Amara, 15, asked "Are you in danger right now?" again after a 999 reply she did not need: "i
# said no?? im safe im at home. did u even read what i said" was taken as safe but got "I can't
# answer your question here". Her question is a complaint that the bot did not listen: it is
# answered by saying sorry for the misreading, and the questions go on.
_V86A1_TOLD_ALREADY = re.compile(
    r"\b(?:i|ive|i ve|i have)(?: already| just| literally)? (?:said|told (?:you|u)|answered)"
    r"(?: (?:you|u))?(?: that)? (?:no|nope|im safe|i m safe|i am safe|i was safe|im fine|im ok)\b|"
    r"\bdid (?:you|u) (?:even |actually |not |even not |not even )?(?:read|see|hear|listen to) "
    r"(?:what|wat|wot) i (?:said|wrote|put|sent|typed)\b|"
    r"\b(?:you|u) (?:didnt|did not|didn t|never) (?:even )?(?:read|listen)\b"
)


def v86a1_said_safe_already(turn: Turn, reading: Reading) -> None:
    if not (
        turn.requested == "in_danger"
        and turn.answers.get("safety_check") == "in_danger"
        and reading.slots.get("in_danger") is False
        and not reading.flags
        and detect_risk(turn.text) is None
        and _V86A1_TOLD_ALREADY.search(plain(turn.text))
    ):
        return
    # Another question beside the complaint ("i said no. can they make him delete it?") keeps
    # its honest "I can't answer that one here".
    others = [
        part
        for part in re.split(r"(?<=[.!?])\s+|\n+", turn.text)
        if part.strip() and not _V86A1_TOLD_ALREADY.search(plain(part))
    ]
    if not any(is_question(part) for part in others):
        # w86s's sorry for not reading says the same as the sorry for the false alarm: one only.
        dropped = (*_C75A_NOT_UNDERSTOOD, *echo_complaints.NOT_READ_RESPONSES)
        reading.say = [say for say in reading.say if say.response not in dropped]
    if not any(say.response == "utter_r6_sorry_false_alarm_go_on" for say in reading.say):
        reading.say.insert(0, Say(response="utter_r6_sorry_false_alarm_go_on"))


# Priya, at the referral questions, after an answer about the police she had not asked for: "no
# not police. i mean the support people. if they call and he picks up" was read as a no to being
# contacted ("OK, nobody will contact you"). A "no" that puts the bot right about the police is
# not a no to contact: she is told how the support service can contact her safely, and the
# question comes again.
_V86A1_NOT_POLICE = re.compile(
    r"^(?:no+|nope|nah)?\W*(?:not|no) (?:the )?(?:police|cops|feds)\b|"
    r"\bi (?:mean|meant|m talking about|am talking about|was asking about|asked about) (?:the )?"
    r"(?:support|service|worker|people who|ppl who|ones who)"
)
_V86A1_CONTACT_QUESTIONS = ("referral_consent", "contact_safe")


def v86a1_no_was_about_police(turn: Turn, reading: Reading) -> None:
    requested = turn.requested
    if requested not in _V86A1_CONTACT_QUESTIONS or reading.slots.get(requested) is not False:
        return
    words = plain(turn.text)
    if not (_V86A1_NOT_POLICE.search(words) and re.search(r"\bsupport\b|\bservice\b", words)):
        return
    if detect_risk(turn.text) is not None:
        return
    reading.slots.pop(requested)
    reading.noted.pop(requested, None)
    answer = (
        "utter_if_someone_answers"
        if "utter_v86a1_how_they_contact_safely" in turn.said
        else "utter_v86a1_how_they_contact_safely"
    )
    if not any(say.response == answer for say in reading.say):
        reading.say.append(Say(response=answer))


# end v86a1


# -- round 68, helper n1 --
# Gary, 50, punched in a pub, at "Are you in danger right now, or have you hurt yourself?" after
# a suicide reply he did not need: "samaritans?? i aint gonna top myself mate, i meant whats the
# point reporting it" was told sorry but asked the danger question again. The check was for
# thoughts of suicide, which he took back with no word of danger: the questions go on.
def n1_carry_on_after_alarm_taken_back(turn: Turn, reading: Reading) -> None:
    if (
        turn.requested == "in_danger"
        and turn.answers.get("safety_check") == "self_harm"
        and "in_danger" not in reading.slots
        and not reading.flags
        and not reading.pause
        and detect_risk(turn.text) is None
        and takes_back_self_harm(turn.text)
    ):
        reading.slots["in_danger"] = False
        # g76a (round 76): Jade's "i mean like leave school" is said back to her.
        if not any(say.response in G76A_MISREAD_REPLIES for say in reading.say):
            reading.say.insert(0, Say(response=g76a_self_harm_misread_reply(turn.text)))


# -- end of round 68, helper n1 --


# -- round 65, helper k5 --
# Rachel (r65c) wrote for her son Josh, 16; then "its josh now. mum is making it sound worse than
# it was" and "im not her child im josh lol" were still asked about "your child"; and when "Sorry,
# it's Rachel, his mum, again ... Can I get help as his parent?" came back after Josh said no to
# contact, the bot took her details with no word that he had said no. Who is typing is followed:
# the young person is asked directly, and the parent back is told so, with the no noted.
_K5_NOT_A_NAME = frozenset(
    re.findall(
        r"\S+",
        "me him her ok okay fine over done safe home here back worse better bad good scared still "
        "not the a an happening gone sorry just going alright all right writing typing now really "
        "so very too also one his mum dad mom mother father parent",
    )
)
_K5_TAKEOVER = re.compile(
    r"^(?:hi |hey |hello |ok |okay |sorry |right )?(?:its|it s|this is|im|i m|i am) "
    r"(?P<name>[a-z]{2,15})(?: here)? now\b"
)
_K5_NOT_THEIR_CHILD = re.compile(
    r"\b(?:im|i m|i am) not (?:her|his|their|your|ur|the) (?:child|kid|son|daughter|boy|girl|"
    r"baby)\b(?:[^.!?]{0,12}?\b(?:im|i m|i am|its|it s) (?P<name>[a-z]{2,15})\b)?"
)
_K5_PHONE_GIVEN = re.compile(
    r"\b(?:my |his |her )?(?:mum|mom|dad|mam|mother|father) (?:gave|handed|passed|has given|has "
    r"handed) (?:me )?(?:the|her|his) phone\b"
)
_K5_PARENT_WORD = re.compile(r"\b(?:mum|mom|mam|mummy|dad|daddy|mother|father|parents?)\b")
_K5_PARENT_BACK = re.compile(
    r"\b(?:its|it s|this is|im|i m|i am) (?:(?P<name>[a-z]{2,15}),? )?(?:his|her|their|the) "
    r"(?:mum|mom|mam|mother|dad|father|parent)\b(?:,? (?:again|back|here))?"
)


def _k5_name(found: re.Match[str] | None) -> str | None:
    name = found.group("name") if found else None
    return name.title() if name and name not in _K5_NOT_A_NAME else None


def k5_young_person_typing(text: str) -> tuple[bool, str | None]:
    """ "its josh now. mum is making it sound worse", "im not her child im josh lol": the one it
    happened to has the phone now (and their name, if given)."""
    words = plain(text)
    not_theirs = _K5_NOT_THEIR_CHILD.search(words)
    if not_theirs:
        return True, _k5_name(not_theirs)
    takeover = _K5_TAKEOVER.search(words)
    name = _k5_name(takeover)
    if name and _K5_PARENT_WORD.search(words):
        return True, name
    if _K5_PHONE_GIVEN.search(words):
        return True, None
    return False, None


def k5_parent_back(text: str, answers: Mapping[str, Any]) -> tuple[bool, str | None]:
    """ "Sorry, it's Rachel, his mum, again": the parent has the phone back, once the young
    person had taken it over in this chat (and the parent's name, if given)."""
    if answers.get("for_child") or not answers.get("said"):
        return False, None
    earlier = [said for said in answers.get("said") or () if said != text]
    if not any(k5_young_person_typing(said)[0] for said in earlier):
        return False, None
    found = _K5_PARENT_BACK.search(plain(text))
    if not found:
        return False, None
    return True, _k5_name(found)


def k5_parent_back_changes(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The slots the parent's return changes: about their child again; a no to contact the
    young person gave is noted for the worker."""
    back, _ = k5_parent_back(text, answers)
    if not back:
        return {}
    changes: dict[str, Any] = {"for_child": True, "for_someone_else": True}
    if answers.get("referral_consent") is False:
        notes = list(answers.get("contact_notes") or [])
        if "young_person_said_no" not in notes:
            changes["contact_notes"] = [*notes, "young_person_said_no"]
    return changes


def k5_greeting(name: str | None) -> str:
    return f"Hi {name}" if name else "Hi"


# -- round 68, helper n4 --
# Peter, 83, whose son Martin typed ("Hello this is Martin typing for my dad Peter"): "this is
# peter now. i dont want to get the girl in trouble" was still asked about "them"; "Martin
# again sorry" went on about Peter. Tyrone, 16, typing himself: "This is his mum now ... We need
# to report this ... What do I do?" was told to tell a teacher, as if he still typed; "its me
# again. mum went kitchen" then. Who types is followed both ways: the person named in the chat
# takes the phone; the one who first typed comes back by name; a parent taking over from a young
# person is spoken to as the parent (and told how to report), and the young person coming back
# ("its me again") is spoken to again.
_N4_PARENT_NOW = re.compile(
    r"\b(?:this is|its|it s|im|i m|i am) (?:(?P<name>[a-z]{2,15}),? )?(?:his|her|their) "
    r"(?:mum|mom|mam|mother|dad|father|parent|nan|gran|grandma|grandad|carer|guardian)\b"
    r"(?:,? (?:now|here|typing|not (?:him|her|them)))"
)
_N4_ME_AGAIN = re.compile(r"^(?:its|it s|this is|im|i m) me (?:again|back|now)\b")
_N4_WRITER = r"(?:this is|its|it s|im|i m|i am|my name is|me)"


def _n4_earlier(text: str, answers: Mapping[str, Any]) -> list[str]:
    return [plain(said) for said in answers.get("said") or () if said != text]


def n4_parent_takes_over(text: str, answers: Mapping[str, Any]) -> bool:
    """ "This is his mum now": a parent has the phone a young person was typing on."""
    age = answers.get("age")
    young = answers.get("under_18") is True or (age is not None and float(age) < 18)
    return young and bool(_N4_PARENT_NOW.search(plain(text)))


def n4_young_person_back(text: str, answers: Mapping[str, Any]) -> bool:
    """ "its me again. mum went kitchen": back after the parent took over in this chat."""
    return bool(_N4_ME_AGAIN.match(plain(text)) or n80b_named_back(text)) and any(
        n4_parent_takes_over(said, answers) for said in _n4_earlier(text, answers)
    )


# n80b (round 80): Aliyah (17), after "this is her mum now": "its aliyah again. mum says i
# should say yes" was still asked about "them". Her own name, back, is "its me again".
_N80B_NAMED_BACK = re.compile(
    r"^(?:its|it s|this is|im|i m) (?P<name>[a-z]{2,15}) (?:again|back)\b"
)
_N80B_NOT_THE_YOUNG_ONE = frozenset(
    [
        "mam",
        "nan",
        "nana",
        "gran",
        "granny",
        "grandma",
        "grandad",
        "carer",
        "guardian",
        "auntie",
        "aunty",
        "aunt",
        "uncle",
    ]
)


def n80b_named_back(text: str) -> bool:
    """ "its aliyah again": a name, not a parent's, back on the phone."""
    found = _N80B_NAMED_BACK.match(plain(text))
    name = found.group("name") if found else None
    return bool(name) and name not in _K5_NOT_A_NAME and name not in _N80B_NOT_THE_YOUNG_ONE


# end n80b


def n4_named_person_typing(text: str, answers: Mapping[str, Any]) -> str | None:
    """ "this is peter now", after "this is Martin typing for my dad Peter": the person it is
    about, named earlier in this chat, has the phone (their name)."""
    found = _K5_TAKEOVER.search(plain(text))
    name = found.group("name") if found else None
    if not name or name in _K5_NOT_A_NAME:
        return None
    earlier = _n4_earlier(text, answers)
    named = any(re.search(rf"\b{name}\b", said) for said in earlier)
    writer = any(re.search(rf"\b{_N4_WRITER} {name}\b", said) for said in earlier)
    return name.title() if named and not writer else None


def n4_writer_back(text: str, answers: Mapping[str, Any]) -> str | None:
    """ "Martin again sorry", "its martin again": the one who first typed ("this is Martin
    typing for my dad") has the phone back (their name)."""
    words = plain(text)
    found = re.match(
        r"^(?:(?:its|it s|this is|im|i m) )?(?P<name>[a-z]{2,15}),? (?:again|back|here again)\b",
        words,
    )
    name = found.group("name") if found else None
    if not name or name in _K5_NOT_A_NAME or name in N80A_NOT_A_NAME:
        return None
    earlier = _n4_earlier(text, answers)
    if not earlier or not re.search(rf"\b{_N4_WRITER} {name}\b", earlier[0]):
        return None
    return name.title()


def n4_who_is_typing(turn: Turn, reading: Reading) -> bool:
    """The round 68 speaker changes; True when one was taken."""
    answers, text = turn.answers, turn.text
    about_them = answers.get("for_child") or answers.get("for_someone_else")
    if about_them:
        name = n4_named_person_typing(text, answers)
        if name:
            reading.slots.update(for_child=False, for_someone_else=False)
            reading.say.insert(
                0, Say(response="utter_n4_now_the_person", args={"greeting": k5_greeting(name)})
            )
            return True
        if n4_young_person_back(text, answers):
            reading.slots.update(for_child=False, for_someone_else=False)
            reading.say.insert(0, Say(response="utter_k5_now_the_person", args={"greeting": "Hi"}))
            return True
        return False
    name = n4_writer_back(text, answers)
    if name:
        reading.slots.update(for_someone_else=True)
        reading.say.insert(
            0, Say(response="utter_n4_writer_back", args={"greeting": k5_greeting(name)})
        )
        return True
    if n4_parent_takes_over(text, answers):
        reading.slots.update(for_child=True, for_someone_else=True)
        reading.say.insert(0, Say(response="utter_n4_parent_takes_over"))
        return True
    return False


# John, 45, asked "Has this happened more than once": "years. got worse since our youngest was
# born" and "I just said. years" were asked again and skipped; Martin's "Martin again sorry. Yes
# its been going on months, about £40-60 at a time ..." got "I can't answer that one here". A
# sentence that says how long it has gone on ("years", "for months", "been going on years") is
# a yes; "years ago" (once, long ago) is not.
_N4_GOING_ON_FOR = re.compile(
    r"^(?:(?:i just said|i said|like i said|i told you|told you|already said)\s+)?(?:(?:yes|yeah|"
    r"yep|ye|yh|yea)\s+)?(?:(?:its|it s|it has|it|has|have|been|going on|gone on|happening|for|"
    r"over|about|nearly|almost|like|many|several|a few|few|couple of|a couple of|\d+|two|three|"
    r"four|five|six|ten)\s+)*(?:years|months|weeks|ages|a long time|yrs)\b(?!\s+ago\b)"
)


def n4_says_how_long(text: str) -> bool:
    """A sentence that is a length of time it has gone on for."""
    return any(_N4_GOING_ON_FOR.match(plain(sentence)) for sentence in re.split(r"[.!?\n;]+", text))


def n4_repeat_by_how_long(turn: Turn, reading: Reading) -> None:
    if turn.requested != "repeat_victimisation" or "repeat_victimisation" in reading.slots:
        return
    if not (n4_says_how_long(turn.text) or o1_says_how_long_again(turn.text)):
        return
    reading.slots["repeat_victimisation"] = True
    reading.reject = False
    reading.say[:] = [
        say for say in reading.say if say.response != "utter_reask_repeat_victimisation"
    ]


# Zainab, 36, writing for her sister, 17: "can she stay with me? I'm 36 I have my own flat" got
# "I've changed that: they are 36". Writing for someone else, "I'm 36" is the writer's own age.
_N4_MY_AGE = re.compile(r"\b(?:im|i m|i am|iam|me) (?:only |just |now )?(\d{1,3})\b")
_N4_THEIR_AGE = re.compile(
    r"\b(?:shes|hes|she is|he is|they are|theyre|she s|he s|(?:she|he|they) (?:is|are|s) only|"
    r"(?:she|he) turned|aged?) (\d{1,3})\b"
)


def n4_writers_own_age(turn: Turn, reading: Reading) -> None:
    answers = turn.answers
    if not (answers.get("for_someone_else") or answers.get("for_child")):
        return
    if reading.slots.get("for_someone_else") is False or reading.slots.get("for_child") is False:
        return  # the person it is about has the phone now
    words = plain(turn.text)
    mine = _N4_MY_AGE.search(words)
    if not mine or "age" not in reading.slots or _N4_THEIR_AGE.search(words):
        return
    if float(reading.slots["age"]) != float(mine.group(1)):
        return
    for slot in ("age", "under_18"):
        reading.slots.pop(slot, None)
        reading.noted.pop(slot, None)
    reading.corrected[:] = [slot for slot in reading.corrected if slot not in ("age", "under_18")]


# -- end of round 68, helper n4 --


def k5_someone_else_typing(turn: Turn, reading: Reading) -> None:
    answers = turn.answers
    if answers.get("for_child") or answers.get("for_someone_else"):
        taken_over, name = k5_young_person_typing(turn.text)
        if taken_over:
            reading.slots.update(for_child=False, for_someone_else=False)
            reading.say.insert(
                0, Say(response="utter_k5_now_the_person", args={"greeting": k5_greeting(name)})
            )
        return
    changes = k5_parent_back_changes(turn.text, answers)
    if changes:
        _, name = k5_parent_back(turn.text, answers)
        reading.slots.update(changes)
        declined = "contact_notes" in changes
        reading.say.insert(
            0,
            Say(
                response="utter_k5_parent_back_said_no" if declined else "utter_k5_parent_back",
                args={"greeting": k5_greeting(name)},
            ),
        )


# Maria (r65c), her answers a question behind: "court? i dont know. i am afraid madam. she know
# people", at the hate question, got "I can't answer that one here" and the court question was
# never asked again. "court?" then fear answers the court question: her fear is kept (noted and
# said back), and the question asked stays open.
_K5_COURT_ECHO = re.compile(r"^\W*(?:court|the court|going to court|giving evidence)\b\s*\?")
_K5_AFRAID = re.compile(
    r"\b(?:afraid|scared|frightened|terrified|worried|nervous|fear|feared|fearful)\b"
)


def k5_court_fear_out_of_step(turn: Turn, reading: Reading) -> None:
    requested = turn.requested
    if (
        not requested
        or requested == "fear_of_giving_evidence"
        or turn.answers.get("fear_of_giving_evidence") is not None
        or "fear_of_giving_evidence" in reading.slots
        or not _K5_COURT_ECHO.search(turn.text.lower())
        or not _K5_AFRAID.search(plain(turn.text))
    ):
        return
    reading.slots["fear_of_giving_evidence"] = True
    reading.noted["fear_of_giving_evidence"] = True
    reading.reject = False


# v86d1 (round 86): Mo, at "If this went to court, would you feel scared or very worried about
# giving evidence?": "yes 4 times. i have crime numbers. last time officer came 3 days later"
# (he had reported it 4 times) was taken as scared of court, and said back to him as a reason.
# A yes followed at once by a count, or by talk of reporting, answers something else: not
# taken, and the question asked again plainly.
_V86D1_YES_THEN_COUNT = re.compile(
    r"^(?:yes|yeah|yep|yh|ye|y)\b(?: (?:i (?:have|did|reported(?: it)?)|about|like|over|more "
    r"than|at least))? (?:\d+|once|twice|three|four|five|six|seven|eight|nine|ten|many|several|"
    r"loads of|lots of|a few) ?(?:times|x)\b|^(?:yes|yeah|yep|yh|ye|y)\b(?: \w+){0,3} (?:i "
    r"(?:have )?(?:reported|told the police|called the police|rang the police)|(?:ive|i ve) "
    r"(?:reported|told the police)|i have (?:the |a |my )?crime (?:ref\w* )?numbers?)\b"
)
_V86D1_ABOUT_COURT = re.compile(
    r"\b(?:court|evidence|witness\w*|testify\w*|trial|judge|jury|stand up|see (?:him|her|them) "
    r"there)\b"
)


def v86d1_yes_about_reporting(turn: Turn, reading: Reading) -> None:
    if turn.requested != "fear_of_giving_evidence":
        return
    if reading.slots.get("fear_of_giving_evidence") is not True:
        return
    words = plain(turn.text)
    if not _V86D1_YES_THEN_COUNT.search(words):
        return
    if _V86D1_ABOUT_COURT.search(words) or _K5_AFRAID.search(words):
        return  # "yes, 100 times, I'm terrified of court" answers the question asked
    del reading.slots["fear_of_giving_evidence"]
    reading.noted.pop("fear_of_giving_evidence", None)
    reading.say.append(Say(response="utter_v86d1_court_question_again"))


# -- round 57, helper E2 --
# Chloe, 16, after "tbh sometimes i just want to disappear" got the crisis reply and "Are you in
# danger right now, or have you hurt yourself?": "omg no not like that. i mean like delete all
# my socials and not go to school so he cant find me. im fine" got the next question with no
# word for what she said. Thanked, with where to turn if the feelings come (the flag stays: her
# first words were of self-harm), and a young person avoiding school is told of the school's
# safeguarding lead.
_E2_NOT_LIKE_THAT = re.compile(
    r"\b(?:not like that|not in that way|not that way|not that kind of|didnt mean (?:it )?(?:like "
    r"that|that way)|i mean like|i just mean|i only mean|i meant like)\b"
)
_E2_FINE = re.compile(
    r"\b(?:im|i m|i am) (?:fine|ok|okay|alright|all right|safe)\b|\b(?:omg|lol|haha|god) no\b"
)
_E2_AVOIDS_SCHOOL = re.compile(
    r"\b(?:not|never|dont|stop|stopped) (?:go|going|gone|went)(?: in)? to school\b|\b(?:skip\w*|"
    r"bunk\w*|miss\w*|avoid\w*) (?:school|lessons|class\w*)\b|\bstay(?:ing)? (?:off|away from|"
    r"home from) school\b"
)


def e2_alarm_taken_back_at_safety_check(turn: Turn, reading: Reading) -> None:
    words = plain(turn.text)
    if not (
        turn.requested == "in_danger"
        and turn.answers.get("safety_check") == "self_harm"
        and reading.slots.get("in_danger") is False
        and _E2_NOT_LIKE_THAT.search(words)
        and _E2_FINE.search(words)
        and not mentions_self_harm(turn.text)
        and not reading.say
    ):
        return
    young = _young(turn.answers)
    reading.say.append(
        Say(response="utter_e2_glad_youre_ok_young" if young else "utter_e2_glad_youre_ok")
    )
    if young and _E2_AVOIDS_SCHOOL.search(words):
        reading.say.append(Say(response="utter_e2_school_safeguarding_lead"))


# -- end of round 57, helper E2 --


# -- round 52, helper Y6 -- George, 14 months sober, at "Are you in danger right now, or have you
# hurt yourself?": "im not going to do anything stupid mate. i mean i might start drinking
# again. thats what scares me" got the next question: his fear of relapse is answered.
def y6_fear_of_drinking_at_safety_check(turn: Turn, reading: Reading) -> None:
    if (
        turn.requested == "in_danger"
        and turn.answers.get("safety_check")
        and reading.slots.get("in_danger") is not True
        and y6_fears_drinking_again(turn.text, turn.answers)
        and not any(say.response == "utter_q5_fear_of_relapse" for say in reading.say)
    ):
        reading.say.append(Say(response="utter_q5_fear_of_relapse"))


def _read_turn(turn: Turn) -> Reading:
    reading = Reading()
    requested = turn.requested
    if turn.intent == OTHER_LANGUAGE and not p81g_english_with_an_answer(turn):
        reading.reject = True
        return reading
    answer = _answer(turn) if requested else Answer()
    if (
        requested == "referral_consent"
        and answer.value is False
        and n5_puts_the_record_right(turn.text)
        and not _ABOUT_CONTACT.search(plain(turn.text))
    ):
        # -- round 44, helper N5 -- "no!! i literally just said dont put that": the record.
        answer = Answer()
    if requested == "relationship_to_offender" and re.search(
        r"\b(?:im|i am) \d{1,3}\b.{0,20}\b(?:i (?:just )?said|i told you|like i said)\b",
        plain(turn.text),
    ):
        # -- round 44, helper N5 -- "no lol im 26 i just said" (Molly) puts her age right; it
        # does not say she doesn't know who did it.
        answer = Answer()
    if requested == "consent" and answer.declined:
        # "i don't know if it is ok": unsure is not a no to keeping the chat. Asked again (with
        # any question answered); two misses keep nothing, and say so.
        answer = Answer()
    if (
        requested == "consent"
        and answer.value is False
        and turn.answers.get("for_someone_else")
        and _ABOUT_ME.search(plain(turn.text))
    ):
        # -- round 56, helper D2 --: "no its me. its happening to me, not her" (Samira, taken as
        # writing about her mother-in-law) puts right whom it is about; it was read as "keep
        # nothing", which later kept a support worker from her. Not a consent answer: the
        # privacy question is asked again.
        answer = Answer()
    if turn.opening:
        # The message that started the form: read for what happened, never as an answer.
        answer, requested = Answer(), None
    if p94b_holds_referral(turn) and not asks_for_person(turn.text):
        # p94b (round 94): Megan, "wait can u not tell anyone about tonight yet": held.
        p94b_hold_referral(turn, reading)
        return reading
    if n80a_not_said_yes_yet(turn):
        # n80a (round 80): Darren, "wait i didnt say yes to that yet. i asked why": the yes is
        # taken back, not turned into a no; his WHY answered, then the question asked again.
        n80a_back_to_referral_question(turn, reading)
        return reading
    if (
        requested == "referral_consent"
        and not answer.answered
        and n80a_ok_then_why(turn.text)
        and not asks_for_person(turn.text)
    ):
        # n80a (round 80): Darren, "ok thats more like it. why": the reasons, then the question.
        reading.say.extend(n80a_reasons(turn.answers))
        return reading
    if l5_withdraws_referral(turn) and not asks_for_person(turn.text):
        # -- round 42, helper L5 --: withdrawn, so the contact questions stop and the close says
        # "OK, we won't pass your details on".
        reading.slots["referral_consent"] = False
        for slot in _L5_CONTACT_QUESTIONS:
            if turn.answers.get(slot) is not None:
                reading.slots[slot] = None
        reading.say.append(Say(response="utter_l5_referral_withdrawn"))
        return reading
    if (
        requested
        and not asks_for_person(turn.text)
        and not ends_with_stop(turn.text)
        and j2_pressed_to_go_to_them(turn.text, turn.answers.get("crime_type"), turn.answers)
    ):
        # -- round 41, helper J2 --: "if i dont come over tonight hes gonna post it. i dont know
        # what to do" (Ayesha, 16, at the referral question) is not a no: don't go, and who can
        # help now; the question waits.
        _say_once(reading, turn, Say(response=j2_go_to_them_answer(turn.answers)))
        return reading
    if (
        turn.intent == "delete_my_data"
        and requested
        and not re.search(
            r"\b(?:data|chat|conversation|details|info|information|answers|everything|messages?|"
            r"this|records?|it all|my stuff)\b",
            plain(turn.text),
        )
    ):
        # "getting it deleted. bromley" (a photo, at the needs question): not their data.
        turn = replace(turn, intent="inform")
    if (
        turn.intent == "goodbye"
        and requested in _L5_CONTACT_QUESTIONS
        and mentions_times(turn.text)
        and not signs_off(turn.text)
    ):
        # -- round 46, helper Q2 --: "in the day please not after 8 i go to bed" (Beryl, 82, at
        # "How should they contact you?") is when to contact her, not a goodbye.
        turn = replace(turn, intent="inform")
    if turn.intent in CONTROL and (
        not answer.answered
        or asks_for_person(turn.text)
        or ends_with_stop(turn.text)
        # "no dont pass anything on. delete my data": erasure, whatever else it answers.
        or turn.intent == "delete_my_data"
    ):
        reading.reject = True
        return reading
    if turn.intent in DETAILS and not answer.answered:
        reading.reject = True
        return reading

    if (
        requested == "relationship_to_offender"
        and answer.value == "partner_or_ex"
        and o2_someone_elses_spouse(turn)
    ):
        answer = Answer("someone_known")  # -- round 69, helper o2 --: Magda, "the husband"
    changed = corrections(turn.text, turn.answers)
    if (
        requested == "crime_type"
        and changed.get("crime_type") == "domestic_abuse"
        and _Z4_CHILD_DOES_IT.search(plain(turn.text))
    ):
        answer = Answer("domestic_abuse")  # -- round 53, helper Z4 --: Bev's son, not stalking
    if requested in changed and turn.answers.get(requested) is None:
        # -- round 31, helper Q -- "no voicemail please" at the voicemail question (Rukhsana) is
        # its answer, not a correction of it ("Sorry, I didn't catch that" and "I've changed that").
        del changed[requested]
    if (
        requested == "reported_to_police"
        and changed.get("repeat_victimisation") is False
        and read_answer("reported_to_police", turn.text).value is True
        # Not "it only happened once. police know" (round 33, Amir): a correction said outright.
        and not re.search(
            r"\b(?:only|just) happened (?:the )?once|happened (?:only|just) once", plain(turn.text)
        )
    ):
        # "once, nothing happened" to "Have you reported it?": reported once, not a correction
        # of how often it happened.
        del changed["repeat_victimisation"]
    reading.slots.update(changed)
    # A request for a woman (or a man) is answered as such, not as a correction.
    reading.corrected = [slot for slot in changed if slot != "worker_gender"]
    if not any(turn.answers.get(slot) is not None for slot in FORM_SLOTS):
        # -- round 76, lead --: Marcus's first message ("... I know exactly who it is too") got
        # "Thank you, I've changed that: it was someone you know." before the greeting; with
        # nothing told yet there is nothing to change (the facts are still kept).
        reading.corrected = []
    if requested and changed and not answer.answered:
        # "it wasn't cos I'm black. ok yeah they can text me": the correction, then the answer.
        answer = _answer_beside(turn, requested)
    elif requested in _ONLY_A_CLEAR_ANSWER and changed and answer.answered:
        # "NO i have NOT told the police" at the referral question corrects an answer; its "no"
        # is not a no to being referred, so only the sentences that correct nothing answer.
        answer = _answer_beside(turn, requested)
    elif (
        requested in _ONLY_A_CLEAR_ANSWER and answer.value is False and n2_restates_childs_age(turn)
    ):
        # -- round 44, helper N2 --: "no he is 14 not 40" at the referral question (Kerry) puts
        # the age right; its "no" is not a no to being referred.
        answer = n2_answer_beside_the_age(turn, requested)
    if requested == "in_danger" and not answer.answered and turn.intent in ("carry_on", "safe_now"):
        answer = Answer(False)  # "carry on" to "are you in danger right now?": safe to go on
    if requested == "repeat_victimisation" and l1_times_over(turn.text):
        answer = Answer(True)  # -- round 66, helper l1 --: "Stopped and searched 4 times this year"
    if requested == "age" and turn.answers.get("for_child") and (answer.value or 0) >= 18:
        # "How old is your child?" "29": a grown-up son or daughter. The age is theirs, and the
        # questions are about them as another adult, not "your child" and not the one writing.
        reading.slots["for_child"] = False
        reading.corrected.append("for_child")
        if re.search(
            r"\b(?:shes|hes|she is|he is|they are|theyre|(?:my |our )?(?:son|daughter|\w+) is) "
            r"(?:now )?\d{1,3}\b|\b(?:an adult|grown up)\b",
            plain(turn.text),
        ):
            # "Gemma is 29. She's an adult": a grown-up son or daughter, written for.
            reading.slots["for_someone_else"] = True
            reading.corrected.append("for_someone_else")
        else:
            # A bare "30": whose age it is is unclear, so their own age is asked next.
            answer = Answer()
    if (
        requested == "hate_motivated"
        and answer.value is True
        and m2_vulnerable_not_hate(turn.text, turn.answers)  # -- round 43, helper M2 --
    ):
        answer = Answer(declined=True)
    if (
        requested == "hate_motivated"
        and answer.value is True
        and h2_yes_to_other_news(turn.text)  # -- round 62, helper H2 --
    ):
        answer = Answer()
    if requested == "referral_consent" and m79d_yes_to_what_was_explained(turn.text):
        answer = Answer()  # m79d (round 79): "Yes thats it! ... Who do I ask for it?" (Joan)
    if requested:
        _keep_answer(reading, requested, answer)
    known_times = str(turn.answers.get("contact_times") or "")
    if known_times and _vaguer(str(reading.slots.get("contact_times") or ""), known_times):
        # -- round 40, helper G1 --: "only calls in the day like i said" (Chloe) keeps the
        # "weekdays before 5" she gave.
        reading.slots.pop("contact_times")
    given = str(reading.slots.get("contact_details") or "")
    if "@" in given and turn.answers.get("contact_method") in ("text", "call"):
        # "only text or email", then an email address: they will be written to by email.
        reading.slots["contact_method"] = "email"
    if requested in ("voicemail_ok", "contact_times") and turn.answers.get("contact_method"):
        # "No, my husband might hear it. Text is better actually" at the voicemail question.
        method = contact_said(turn.text).get("contact_method")
        if method and method != turn.answers.get("contact_method"):
            reading.slots["contact_method"] = method
            reading.corrected.append("contact_method")
    if (
        requested == "contact_details"
        and turn.answers.get("contact_method")
        and "contact_method" not in reading.slots
    ):
        # -- round 75, helper c75a -- "07700 900418. text first pls" (Tom) at the number.
        method = contact_said(turn.text).get("contact_method")
        if method and method != turn.answers.get("contact_method"):
            reading.slots["contact_method"] = method
            reading.corrected.append("contact_method")
    if requested == "contact_details" and known_times and "contact_times" not in reading.slots:
        # n103c (round 103): Bea, at the number: "07700 900461. And it is between ten in the
        # morning and four in the afternoon, not just 'between ten'": the time put right too.
        times = str(contact_said(turn.text).get("contact_times") or "")
        if times and times != known_times and not _vaguer(times, known_times):
            reading.slots["contact_times"] = times
            reading.corrected.append("contact_times")
    if (
        requested in _BEFORE_DETAILS or (requested == "referral_consent" and answer.value is True)
    ) and "contact_details" not in reading.slots:
        # "020 8800 4417" typed at the voicemail question: the number, not asked for again.
        details = read_answer("contact_details", turn.text).value
        if details:
            reading.slots["contact_details"] = details
            if (
                "@" in str(details)
                and not turn.answers.get("contact_method")
                and "contact_method" not in reading.slots
            ):
                # "use my email abdi.h2006@gmail.com": by email, not asked "How should they
                # contact you?" next (round 29, Abdi and Hannah).
                reading.slots["contact_method"] = "email"
    if (
        requested == "referral_consent"
        and "@" in str(reading.slots.get("contact_details") or "")
        and not turn.answers.get("contact_method")
        and "contact_method" not in reading.slots
    ):
        # j91b (round 91): the address kept with the yes itself ("carry on. yes pass my details.
        # email only pls ... sophie.r.hale@gmail.com", round 81) is by email too.
        reading.slots["contact_method"] = "email"
    if requested == "consent" and answer.value is False:
        reading.say.append(Say(response="utter_nothing_kept"))
    _volunteered(reading, turn, requested)
    if r5_told_unwanted_without_the_words(
        turn.text, requested, reading.slots.get("crime_type")
    ) and not (
        {"utter_r5_heard_unwanted", "utter_d4_heard_unwanted", "utter_g96d_heard_cyberflashing"}
        & turn.said
    ):
        # -- round 47, helper R5 --: "he took me back to his hotel room. i didnt want to"
        # (Sophie) is heard and said back, not met with "What happened?" again.
        # -- round 50, helper V3 --: "a man flashed me on the tube" (Kemi) is said back as
        # exposure, without rape, consent or drink she never spoke of.
        heard = "utter_v3_heard_exposure" if v3_told_of_exposure(turn.text) else None
        # -- round 55, helper C1 --: "SOMEONE FILMED UP MY SKIRT. upskirting" (Nisha) is said
        # back as upskirting, without rape, consent or drink she never spoke of.
        if account.C1_UPSKIRTING.search(plain(turn.text)):
            heard = "utter_c1_heard_upskirting"
        # g96d (round 96): "cyberflashing. unsolicited dick pics via airdrop on the tube"
        # (Yetunde) is said back as cyberflashing, not "rape or sexual assault".
        if told_of_cyberflashing(turn.text):
            heard = "utter_g96d_heard_cyberflashing"
        # -- round 56, helper D4 --: "met a guy off grindr. went to his. i said no and he didnt
        # stop" (Ben, who had drunk nothing) is said back without "being drunk"; the drink
        # answer only to those who spoke of drink (answer_facts.yml).
        if heard is None and not answer_facts.told(
            "drink", (*(turn.answers.get("said") or ()), turn.text), turn.answers
        ):
            heard = "utter_d4_heard_unwanted"
        reading.say.insert(0, Say(response=heard or "utter_r5_heard_unwanted"))
    elif c1_upskirting_first_told(reading, turn):
        reading.say.insert(0, Say(response="utter_c1_heard_upskirting"))
    if c1_child_sextortion_first_told(reading, turn):
        # -- round 55, helper C1 --: Ollie, 15, told the whole threat ("if i dont send her £200
        # she'll send it to all my followers and my mum and dad") and got "What happened?":
        # what to do now (don't pay, CEOP, Childline) comes at once.
        reading.say.insert(0, Say(response="utter_c1_sextortion_child_now"))
    _g1_they_died(reading, turn)
    if g2_health_chosen_when_hurt(reading, turn):
        # -- round 40, helper G2 -- "your health and practical help" from Alan, who had told of
        # a kicked head and ribs: whether to get checked, not only the next question.
        _say_once(reading, turn, Say(response="utter_injury"))
    if t84c_card_money_wanted_back(turn):  # t84c (round 84): Wayne
        _say_once(reading, turn, Say(response="utter_t84c_stop_card_safely"))
    if (
        not turn.opening
        and reading.slots.get("crime_type") == "homicide"
        and turn.answers.get("crime_type") != "homicide"
        and "utter_sorry_for_loss" not in turn.said
    ):
        # "no. my son was stabbed. two weeks ago. he died", told at the danger question, got
        # "How old are you?" (round 30, Pauline): not a word of sympathy in the whole chat.
        reading.say.insert(0, Say(response="utter_sorry_for_loss"))
    if (
        requested == "consent"
        and not answer.answered
        and not turn.opening
        and reading.noted.get("crime_type")
        and "utter_heard_you" not in turn.said
        # -- round 40, helper G1 --: a death is met with sympathy for the loss, not "this is
        # happening to them".
        and "utter_sorry_for_loss" not in [m.response for m in reading.say]
    ):
        # "my ex has pics of me" / "like nudes" / "and hes saying hell send them to my mum and
        # dad": heard, before the privacy question comes again (round 29, Ellie got only it).
        reading.say.insert(0, Say(response="utter_heard_you"))

    if (
        requested == "contact_safe"
        and answer.value is True
        and _OTHERS_SEE.search(plain(turn.text))
        and not turn.answers.get("discreet")
    ):
        # "yes its my phone. but my mum sometimes looks at it": safe enough, if kept plain.
        reading.slots["discreet"] = True
        reading.say.append(Say(response="utter_phone_seen"))
    elif _PHONE_CHECKED.search(plain(turn.text)) and not turn.answers.get("discreet"):
        # "theres someone who looks at my phone sometimes", said at any question.
        reading.slots["discreet"] = True
        reading.say.append(Say(response="utter_phone_seen"))
    elif (
        asks_for_discreet_words(turn.text) or q82f_wording_wish(turn.text)
    ) and not turn.answers.get("discreet"):
        reading.slots["discreet"] = True
        reading.say.append(Say(response=q82f_plain_kept(turn, reading)))  # q82f (round 82)
    elif (
        q82f_wording_wish(turn.text)
        and q82f_asked_for_contact(turn, reading)
        and "plain" not in (turn.answers.get("contact_notes") or ())
    ):
        # m92b (round 92): Zara, 16, her mum sometimes has her phone (already noted): "can they
        # just text not ring. and not say whats its about. ok yes" was not kept as plain messages.
        reading.say.append(Say(response=q82f_plain_kept(turn, reading)))
    if (
        reading.slots.get("discreet") is True
        and q82f_wording_wish(turn.text)
        and q82f_asked_for_contact(turn, reading)
        and "plain" not in (turn.answers.get("contact_notes") or ())
        and "plain" not in (reading.slots.get("contact_notes") or ())
    ):
        # n94a (round 94): Hazel, at "Is it safe for a support worker to contact you?": "He does
        # look at my phone sometimes though so perhaps they shouldn't say what it is about."
        # The phone seen was answered; her wish is kept with the request as the "plain" note.
        notes = list(turn.answers.get("contact_notes") or [])
        reading.slots["contact_notes"] = [*notes, "plain"]
    q82f_letter_or_email(turn, reading)  # q82f (round 82): Pete
    if _C2_NO_TEXTS.search(plain(turn.text)):
        # -- round 55, helper C2 --: "she checks my phone so no texts" (Chris) got "I'll ask them
        # to keep every message plain": no texts, so no messages to keep plain.
        reading.say = [
            Say(response="utter_c2_no_texts") if say.response == "utter_phone_seen" else say
            for say in reading.say
        ]
    if phone_not_theirs(turn.text):
        reading.slots["discreet"] = True
        reading.say = [say for say in reading.say if say.response != "utter_phone_seen"]
    if must_go(turn.text):
        # "hes home early i have to go": a short goodbye with how to clear the chat, and the
        # questions wait; nothing more is sent that could be seen.
        reading.say.append(Say(response="utter_go_now"))
        reading.slots["in_danger"] = True
        reading.flags.append("in_danger")  # the support team sees it, as for any danger
        reading.pause = True
        return reading
    if requested and k2_someone_near(turn.text, turn.answers.get("crime_type"), turn.answers):
        # -- round 65, helper k2 --: "wait her mother is in next room" (Samira, whose husband's
        # mother controls her) got the next question and was used up as an answer: they can
        # stop now and carry on later; the questions wait, with no 999 line unless in danger.
        reading.say.append(Say(response="utter_k2_someone_near"))
        reading.pause = True
        return reading
    if requested and k78h_gives_up_at_a_question(turn.text, requested):
        # k78h (round 78, Gary): "forget it, this was a daft idea" is not a miss to skip past
        # ("No problem, let's skip that one"): a kind word and the choice; the questions wait.
        reading.say.append(Say(response="utter_k78h_giving_up"))
        reading.pause = True
        return reading
    if phone_not_theirs(turn.text) and requested not in REFERRAL_SLOTS:
        # "they check the phone. it is not my phone": how to clear the chat and come back, and
        # no question that could be seen. At the questions about being contacted, the closing
        # line says it (nobody will contact them; delete these messages).
        reading.say.append(Say(response="utter_phone_not_theirs"))
        reading.slots["in_danger"] = True
        reading.pause = True
        return reading
    if mentions_medical_emergency(turn.text):
        # Chest pain spreading to the arm: 999 now, and the questions wait for "carry on".
        reading.say.append(Say(response="utter_medical_emergency"))
        reading.slots["in_danger"] = True
        reading.pause = True
        return reading
    if baby_moving_less(turn.text):
        # A baby moving less (round 46, Pippa, 30 weeks, at the referral question): the maternity
        # unit now, and the questions wait for "carry on", as for any emergency.
        reading.say.append(Say(response="utter_baby_moving_less"))
        reading.slots["in_danger"] = True
        reading.pause = True
        return reading
    if (
        l3_mentions_drinking_or_flashbacks(turn.text)
        and not is_question(turn.text)
        # i97a (round 97): Tony, "the drinking was for years", of his regulars' drinking told
        # before ("theyve drunk in my pub for years").
        and not any(i97a_others_drinking(said) for said in turn.answers.get("said") or ())
        # v86b2 (round 86): Kemi, "i meant i was drunk that night" is not drinking more.
        and not situation_answers.v86b2_drink_that_night(turn.text)
        and "utter_l3_drinking_flashbacks" not in turn.said
    ):
        # -- round 42, helper L3 --: "not sleeping great. drinking more than i should" (Dave,
        # glassed): heard, beside whatever the message answers; a question is answered by
        # known_answer.
        reading.say.append(Say(response="utter_l3_drinking_flashbacks"))
    if n7_bereaved_cant_do_this(turn.text, turn.answers) and (
        "utter_n7_bereaved_cant_do_this" not in turn.said
    ):
        # -- round 44, helper N7 --: "brent. i cant do this man" (Sean, at 3am, his brother
        # killed): a gentle word beside the answer, not a crisis alarm.
        reading.say.append(Say(response="utter_n7_bereaved_cant_do_this"))
    # -- round 67, helper m1 --: "yes probably ... im actually scared to walk to the bus stop
    # after a late shift now", "english. what should I do about walking to the bus though"
    # (Nkechi, after "he said he'd wait for me after my shift"): answered beside the answer to
    # the question, once, and the questions go on.
    m1_journey = m1_journey_answer(turn.text, turn.answers)
    if (
        m1_journey is not None
        and m1_journey.response not in turn.said
        and turn.intent not in CRISIS  # danger answers go alone
    ):
        reading.say.append(m1_journey)
    # -- end of round 67, helper m1 --
    j1_said = j1_told_in_passing(turn.text, turn.answers)  # -- round 41, helper J1 --
    if j1_said is not None and j1_said.response not in turn.said:
        # "omg i cant breathe" (panic, Jess), "they said theyd jump me if i snitch" (Tom, 15):
        # answered beside whatever else the message answers, and the questions go on.
        reading.say.append(j1_said)
    if (
        mentions_strangling(turn.text)
        and (turn.opening or not answer.answered)
        and "utter_strangled" not in turn.said
        and not _strangling_asked(turn)
    ):
        # Once: a friend asking "is strangling serious without marks?" is answered by the
        # question's own answer, not told again to get their neck checked.
        reading.say.append(Say(response="utter_strangled"))
    elif (
        y2_tells_of_strangling(turn.text)
        and not _STRANGLING_ANSWERS & turn.said
        and "utter_strangled" not in turn.said
        and not _strangling_asked(turn)
    ):
        # -- round 52, helper Y2 --: "yes many times. the neck was the first time tho ... i
        # couldnt breathe for a bit" (Nadia, answering the repeat question), or "held me ... by
        # my neck": non-fatal strangulation is a crime on its own and a high-risk sign, said
        # beside the answer, once.
        reading.say.append(Say(response="utter_strangling_is_a_crime"))
    if (
        weapon_threat_at_home(turn.text, turn.answers)
        and not is_question(turn.text)
        and turn.intent not in CRISIS
        and requested != "in_danger"
        and turn.answers.get("in_danger") is not True
        and "utter_weapon_threat_at_home" not in turn.said
    ):
        # -- round 48, main --: "last night he held a knife at me said next time" (Abena, at
        # the question what happened) got the next question and nothing about the danger.
        reading.say.append(Say(response="utter_weapon_threat_at_home"))
    if turn.opening:
        # "hes back in like an hour can i get in a refuge tonite i got my baby": where to go
        # tonight comes at once, not after the privacy question and four more (round 29,
        # Chantelle). A first message with a question mark is answered once consent is given,
        # -- round 63, helper i5 --: unless it cannot wait: "im 24 weeks pregnant ... should i
        # go hospital?" (Zainab), "a grown man ... asking for pics and to meet up ... what do I do
        # RIGHT NOW" (Dev) got only the welcome.
        known = known_answer(
            turn.text, turn.answers.get("crime_type"), turn.organisations, answers=turn.answers
        )
        if known is not None and (
            (known.response in _URGENT_ANSWERS and not is_question(turn.text))
            or known.response in I5_URGENT_FIRST_ANSWERS
        ):
            _say_once(reading, turn, known)
    if turn.intent == "self_harm" and m60_their_self_harm(turn.text, turn.answers):
        # -- round 60, main --: "Now the self harming, she's on a waiting list for CAMHS" (Noreen,
        # about her daughter): what someone close can do, and the questions go on.
        _say_once(reading, turn, Say(response="utter_m60_someone_self_harming"))
    elif turn.intent == "in_danger" and m103a_fear_after_safe(turn):
        # m103a (round 102): Maureen, safe at home with the door locked, asked "What can I
        # actually do to protect Kelly? ... I'm frightened he'll hurt her" and got the danger
        # screen a third time: after "I'm safe", a threat or fear told with no danger now gets
        # one short 999 line, and the message is read and answered as any other.
        reading.flags.append("in_danger")  # the support team still sees it
        if M103A_REMINDER not in turn.said:
            reading.say.append(Say(response=M103A_REMINDER))
    elif turn.intent in CRISIS and not _safe_now_said(turn, answer):
        _crisis(reading, turn, answer)
        return reading
    if j2_other_at_risk(turn.text, turn.answers):
        # "he wishes he didnt wake up" (a stabbed brother, told by his sister): who can act now
        # and the Samaritans, beside whatever the message answers. -- round 41, helper J2 --:
        # the ward only when a hospital is named; a parent told "she said she wants to die"
        # (Rob) gets what to do now, and the questions wait instead of being skipped.
        at_risk = Say(response=j2_at_risk_answer(turn.text, turn.answers))
        _say_once(reading, turn, at_risk)
        if at_risk.response == "utter_j2_child_wants_to_die" and not answer.answered:
            reading.say.append(Say(response="utter_j2_be_with_them_first"))
            reading.pause = True
            return reading
    # -- round 41, helper J5 --: "Ah, so he is genuine after all ... I shall take his call at 4
    # then and sort out the fee" (Harold, 80, to a fake Action Fraud caller) got "I've noted" and
    # nothing more. The warning, whatever question is pending; an unanswered question comes again.
    paying = j5_means_to_pay_a_recovery_fee(turn.text, turn.answers.get("crime_type"), turn.answers)
    if paying is not None and not is_question(turn.text):
        _say_once(reading, turn, paying)
        if requested and not answer.answered:
            return reading
    if requested == "in_danger" and answer.value is True:
        # "Yes" to "are you in danger?" gets the same 999 message as any danger message.
        reading.flags.append("in_danger")
        reading.say.append(Say(response=g3_emergency_line(turn.text, turn.answers)))
        _pause_for_safety(reading, turn)
        return reading
    if requested == "in_danger" and answer.declined and turn.answers.get("for_someone_else"):
        # -- round 49, helper T2 --: Dawn, writing from home about her daughter (25): "Not sure"
        # got "Call 999 now... Keep out of the kitchen" and a holding loop. For someone writing
        # for another adult: call 999 for them if they may be in danger now; the questions go on.
        reading.say.append(Say(response="utter_t2_not_sure_for_them"))
    elif (
        requested == "in_danger"
        and answer.declined
        and ("utter_emergency" in turn.said or "utter_g3_emergency_no_voice" in turn.said)
        # -- round 63, helper i1 --: not "not sure. but I have settled status ... he say he call
        # Home Office" (Olga), the one who did it said to be out, nothing of danger now.
        and not i1_offender_said_away(turn.text, turn.answers)
    ):
        # "idk im home alone. what do i do" after "he's on his way": what to do now, and no
        # more questions until they say they are safe.
        reading.say.append(Say(response="utter_danger_steps"))
        reading.slots["in_danger"] = True
        reading.skipped = [slot for slot in reading.skipped if slot != "in_danger"]
        reading.pause = True
        return reading
    elif requested == "in_danger" and i1_back_with_them_tonight(turn.text):
        # -- round 63, helper i1 --: "tonight i go back to house, he come there. is his house"
        # (Marek, hit by his boss) got "I've noted" and the next question: a plan for tonight.
        _say_once(reading, turn, Say(response="utter_i1_back_with_them_tonight"))
    elif (
        requested == "in_danger"
        and answer.declined
        and z4_serious_signs(turn.text, turn.answers.get("crime_type"), turn.answers)
    ):
        # -- round 53, helper Z4 --: "not sure. hes done stuff before but never the belly. he said
        # if i tell anyone hes take the kids to his mums" (Kerry) got only "That's OK": the
        # warning signs named as serious, a safety plan now, and 999.
        reading.say.append(Say(response="utter_z4_serious_signs"))
    elif requested == "in_danger" and answer.declined and n3_they_said_they_would_come(turn.text):
        # -- round 68, helper n3 --: "these girls from my school posted my address on their story
        # and said theyre gonna pull up. so like maybe" (Ella, 14) got only "That's OK": 999 if
        # they come, and telling an adult at home.
        reading.say.append(Say(response="utter_n3_unsure_they_may_come"))
    elif requested == "in_danger" and answer.declined:
        # "Not sure": how to get help if it turns bad, then the questions go on.
        reading.say.append(Say(response="utter_if_unsafe"))
    elif (
        requested == "in_danger"
        and l6_scared_they_know_where_i_live(turn.text)
        # j98c (round 98): a parent's "he" is their child ("hes home with me but im scared the
        # boys will come back for him", Nadine), not one who sends messages: threat_answer.
        and turn.answers.get("for_child") is not True
    ):
        # -- round 42, helper L6 --: "I don't know. He is not here now. But he say he know where
        # I live ... I am scared at night" (Rosa, 70, threatened by a builder) got only "I've
        # noted: you are 70": what to do if he comes, and keeping his messages.
        _say_once(reading, turn, Say(response="utter_l6_scared_at_home"))
    if (
        requested == "referral_consent"
        and answer.value is True
        and n6_yes_but_not_police(turn.text)
    ):
        # -- round 68, helper n6 --: "ok yeah. but not the police ok, just the redthread ones"
        # (Hamza) was taken as a yes with nothing said of the police: his condition confirmed.
        _say_once(reading, turn, Say(response="utter_n6_referral_not_police"))
        # -- end of round 68, helper n6 --
    if (
        requested == "fear_of_giving_evidence"
        and answer.value is True
        and b75b_maybe_afraid(turn.text)
    ):
        # -- round 75, helper b75b --: "maybe" (Grace) is kept as a yes, and said back so that a
        # wrong reading can be put right.
        _say_once(reading, turn, Say(response="utter_b75b_fear_maybe_noted"))
    if _j3_put_right_as_the_victim(reading, turn) and not answer.answered:
        return reading  # -- round 41, helper J3 --: answered; the form asks its question again
    if (
        requested in REFERRAL_SLOTS
        and not answer.answered
        and (_changed(reading, turn) or about_another_answer(turn.text))
    ):
        reading.aside = True
    elif requested in REFERRAL_SLOTS and not answer.answered and n2_restates_childs_age(turn):
        # -- round 44, helper N2 --: "hes 14" again at the referral question is not a miss (Kerry
        # was told "nobody will contact you yet"): said back, and the question asked again.
        reading.aside = True
        reading.noted.setdefault("age", turn.answers.get("age"))
    if requested and not answer.answered and not _changed(reading, turn):
        if (
            reading.aside
            and requested == "referral_consent"
            and turn.intent not in QUESTIONS
            and not is_question(turn.text)
        ):
            # "I'd like to correct my answer please. I do NOT have a disability." once it is put
            # right: not a miss, so the referral question is asked again, never closed.
            return reading
        if (
            requested == "consent"
            and f7_lost_at_consent(turn.text, turn.answers)
            and "utter_consent_easy_read" not in turn.said
        ):
            # -- round 39, helper F7 --: "i dont no what that means", "what is keep" (Joanne,
            # who has a learning disability, said yes without knowing to what): the privacy
            # question in easy words, then asked again; not "Sorry, I didn't catch that". Once:
            # a second miss counts as a miss, so nothing is kept after two.
            _say_once(reading, turn, Say(response="utter_consent_easy_read"))
            return reading
        if asks_about_privacy(turn.text):
            if not turn.question_answered:
                # With what is known so far: "what if they take me to the airport ... my dad
                # checks my phone" from someone facing a forced marriage is about the airport.
                known = known_answer(
                    turn.text,
                    turn.answers.get("crime_type"),
                    turn.organisations,
                    answers=turn.answers,
                )
                _say_once(reading, turn, known or Say(response="utter_privacy_answer"))
            return reading  # answered; the form asks its question again
        if "contact_details" in reading.slots:
            # "07911 123456 its dev, his brother" at the voicemail question: the number is kept,
            # and said so, before the question is asked again.
            reading.say.append(Say(response="utter_number_kept"))
            return reading
        if asks_for_a_call(turn.text) and requested not in _ONLY_A_CLEAR_ANSWER:
            # "can someone phone me please" in the middle of the questions: yes, and how is
            # kept for the end, where they are asked whether a service may contact them.
            method = contact_said(turn.text).get("contact_method")
            reading.slots["contact_method"] = method if method in ("call", "text") else "call"
            _say_once(reading, turn, Say(response="utter_call_later"))
            return reading
        if requested in ("referral_consent", "contact_safe") and (
            l3_not_a_contact_answer(turn.text)
            # -- round 49, helper T1 --: "i mean he keeps coming round and i have to see him. i
            # feel sick every time" (Ellie) is no answer to being contacted: answered.
            or t1_has_to_see_him(turn.text, turn.answers.get("crime_type"))
        ):
            # -- round 42, helper L3 --: "u still didnt say how to get the videos off tiktok"
            # (Amara) asks again, it does not refuse: answered, not a miss, and the question
            # about being contacted is asked again, never closed.
            known = known_answer(
                turn.text, turn.answers.get("crime_type"), turn.organisations, answers=turn.answers
            )
            if (
                known is not None
                and not turn.question_answered
                and known.response not in [said.response for said in reading.say]
            ):
                _say_once(reading, turn, known)
            return reading
        if turn.intent in QUESTIONS or (turn.intent and is_question(turn.text)):
            known = known_answer(
                turn.text, turn.answers.get("crime_type"), turn.organisations, answers=turn.answers
            )
            if (
                known is None
                and requested == "fear_of_giving_evidence"
                and h2_asks_if_the_answer_is_yes(turn.text)
            ):
                # -- round 39, helper H2 -- "So is the answer yes and yes?" at the court question
                # (round 38, Tom): scared or very worried, either one, is a yes; asked again.
                known = Say(response="utter_worried_counts_as_yes")
            if known is not None and not turn.question_answered:
                # "am i in trouble for sending them?" at "How old are you?": answered here, as the
                # rules would not know it, then the question is asked again.
                _say_once(reading, turn, known)
                return reading
            if f2_contact_put_right_asked(reading):
                return reading  # -- round 59, helper F2 --: the change is the answer
            if "fear_of_giving_evidence" in reading.corrected:
                return reading  # -- k78c (round 78, Joy): "i said im not scared about court?"
            if l100c_injury_taken_back(turn, reading):
                return reading  # l100c (round 100): Farah's "i wasnt wounded??": the change
            reading.reject = True
            return reading
        if turn.intent in ("carry_on", "greet", "safe_now", "thanks"):
            return reading  # not an answer, and not a miss: the form asks its question again
        if g89d_asks_to_listen_not_read(turn.text, turn.answers):
            # h90d (round 90): Ade, blind, at the language question: "i need things i can
            # listen to. i cannot read them" got only the question again: answered, then asked.
            _say_once(reading, turn, Say(response="utter_g89d_listen_not_read"))
            return reading
        who = _BARE_WHO.fullmatch(plain(turn.text))
        if (
            requested == "crime_type"
            and who
            and turn.answers.get("relationship_to_offender") is None
        ):
            # "its my stepdad" to "What happened?": who did it, kept; what happened is asked
            # again, and that is not a miss.
            found = read_answer("relationship_to_offender", who.group(1)).value
            if found:
                reading.slots["relationship_to_offender"] = reading.noted[
                    "relationship_to_offender"
                ] = found
                return reading
        if (
            requested not in ("relationship_to_offender", "crime_type")
            and turn.answers.get("relationship_to_offender") in (None, "unknown")
            and d3_bare_stranger(turn.text)
        ):
            # -- round 56, helper D3 --: "A stranger. Some guy in a white van" at "How old are
            # you?" (Rob): who did it, kept; the question is asked again.
            reading.slots["relationship_to_offender"] = reading.noted[
                "relationship_to_offender"
            ] = "stranger"
            return reading
        told = f4_threat_or_fear_told(turn.text, turn.answers.get("crime_type"), turn.answers)
        if told is not None and told.response not in turn.said:
            # -- round 39, helper F4 -- "bro im serious they got shanks. my mum dont know
            # nothing" (Leon, 15, at the referral question), "i am scared": a threat or a fear
            # told is answered, not "Sorry, I didn't catch that"; the question comes again.
            _say_once(reading, turn, told)
            return reading
        if afraid_of_what_comes_next(turn.text):
            # "im scared to go home tonight" is not a miss of the question: what to do, first.
            reading.say.append(Say(response="utter_if_he_comes"))
            return reading
        if b2_phone_taken_tonight(turn.text, turn.answers.get("crime_type"), turn.answers):
            # "tonight when he come back I cannot call 999 he take the phone" (round 55, Lucia):
            # a plan without her phone, not the text routes (which need a phone too).
            _say_once(reading, turn, Say(response="utter_b2_phone_taken_plan"))
            return reading
        if account.read_account(turn.text).cannot_phone:
            # "I CAN NOT PHONE. I am deaf. you give me phone number again": ways without a call,
            # not "Sorry, I didn't catch that".
            reading.slots["cannot_phone"] = True
            reading.say.append(f88b_text_routes(turn.answers))  # f88b: Childline under 19 only
            return reading
        if any(turn.answers.get(k) != v for k, v in reading.noted.items()):
            # "croydon" at the hate-crime question is the borough, noted, not "Sorry, I didn't
            # catch that" beside "I've noted: the borough is Croydon".
            if not turn.question_answered:
                _answer_the_question_too(reading, turn)  # "we're in croydon. is it safe?"
            return reading
        if (
            s6_tells_of_ribs_hurting_to_breathe(turn.text)
            and "utter_s6_ribs_hurt_to_breathe" not in turn.said
        ):
            # -- round 52, helper X3 --: "i got bad ribs thats it. hurts to breathe in" (Ray, kicked
            # in the ribs, at the disability question): what to do about it first, not the
            # question again alone; the question comes again after.
            reading.say.append(Say(response="utter_s6_ribs_hurt_to_breathe"))
            return reading
        if b75c_asked_without_a_mark(reading, turn):
            return reading
        if asks_if_this_is_for_men(turn.text):
            # Round 78, Gary at the referral question: "so nothing for blokes then. figured.
            # dont know why i bothered" got "Sorry, I didn't catch that".
            _say_once(reading, turn, Say(response="utter_for_men_too"))
            return reading
        if turn.question_answered and f5_asks_what_was_noted(turn.text):
            # Round 79, David: "Show me what you've noted now, please." got what is noted, then
            # "Sorry, I didn't catch that. You can answer yes or no": it asked, it missed nothing.
            return reading
        _not_understood(reading, turn)
        return reading
    if (answer.answered or (_changed(reading, turn) and not turn.opening)) and (
        not turn.question_answered
    ):
        # "police are with me now ... but he can come back tonight cant he?" at "What
        # happened?": what it tells is noted, and what it asks answered too (round 31,
        # Precious, who got only "What happened?" again).
        _answer_the_question_too(reading, turn)
    return reading


_WRITES_FOR = re.compile(
    r"\b(?:writing|asking|messaging|texting|typing|here|contacting you) (?:for|on behalf of|"
    r"about)\b|"
    r"\b(?:it|this) (?:happened|is happening) to (?:my|her|him|them)\b|\bnot (?:about )?me\b"
)
_BARE_WHO = re.compile(
    # -- round 63, helper i3 --: "i tell you. my husband" (Nadia, at "What happened?").
    r"(?:(?:i (?:tell|told|said|say)(?: (?:you|u))?(?: already| before)?|like i said|i said "
    r"already|as i said) )?"
    rf"(?:its|it s|it is|it was)? ?((?:my|our) (?:{account.PARTNER}|{account.FAMILY}|"
    rf"{account.KNOWN}))"
)


# "it's my partner", told in the middle of the questions.
_ITS_MY = re.compile(
    rf"\b(?:its|it s|it is|it was) (?:my|our) (?:(?P<p>{account.PARTNER})|(?P<f>{account.FAMILY})|"
    rf"(?P<k>{account.KNOWN}))\b"
)


def _names_who_did_it(text: str, answers: Mapping[str, Any]) -> str | None:
    """ "but it's my partner, not a hate thing", in the middle of the questions from someone
    telling of their own partner: who did it, when that is who they said did it (or, nobody
    named yet, when what happened is domestic abuse), and nothing else says they write for
    someone else. "its my partner, hes 34" about a partner attacked is still about them."""
    words = plain(text)
    said = _ITS_MY.search(words)
    if not said or _WRITES_FOR.search(words) or _ABOUT_THEM.match(words[said.end() :]):
        return None
    if account.read_account(_ITS_MY.sub(" ", words)).for_someone_else:
        return None
    label = (
        "partner_or_ex" if said.group("p") else
        "family_member" if said.group("f") else "someone_known"
    )  # fmt: skip
    known = answers.get("relationship_to_offender")
    if label == known or (
        known is None
        and answers.get("crime_type") == "domestic_abuse"
        and label in ("partner_or_ex", "family_member")
    ):
        return label
    return None


_STRANGLING_ANSWERS = frozenset(
    {"utter_strangled_no_marks", "utter_strangling_is_a_crime", "utter_neck_warning_signs"}
)


def _strangling_asked(turn: Turn) -> bool:
    """ "he hold neck. is bad?": the question's own answer about the neck, not that one and the
    get-your-neck-checked line as well (round 28, Fatma)."""
    known = known_answer(
        turn.text, turn.answers.get("crime_type"), turn.organisations, answers=turn.answers
    )
    return known is not None and known.response in _STRANGLING_ANSWERS


_BARE_GENDER = re.compile(
    r"(?:im |i am |i m )?(?:a )?(?:woman|man|female|male|non binary|nonbinary|enby)"
)


def is_bare_gender(text: str) -> bool:
    return bool(_BARE_GENDER.fullmatch(plain(text)))


# Answers that cannot wait behind the privacy question.
_URGENT_ANSWERS = frozenset({"utter_living_with_them"})
# -- round 63, helper i5 --: answered at once in a first message, even one with a question mark.
I5_URGENT_FIRST_ANSWERS = frozenset({"utter_pregnant_after_harm", "utter_child_disclosed"})
# -- end of round 63, helper i5 --


# b75c (round 74): "he won't tell me anything" (Joseph, whose son was assaulted), at a question it
# does not answer, got "Sorry, I didn't catch that": a question asked without a mark that a topic
# answers (actions/topics.py) is answered, and the question comes again.
def b75c_asked_without_a_mark(reading: Reading, turn: Turn) -> bool:
    """Whether a topic answered what the message asked without a question mark."""
    if not topics.asks_without_a_mark(turn.text):
        return False
    topic = topics.topic_answer(
        turn.text, {**turn.answers, **reading.slots}, turn.said, turn.said_twice
    )
    if topic is None:
        return False
    if topic not in reading.say:
        reading.say.append(topic)
    return True


# end b75c


def _say_once(reading: Reading, turn: Turn, message: Say) -> None:
    """What was said in answer to a statement ("he checks my phone every night") is not said
    again the next time they mention it; a question asked again is answered again."""
    if message.then:
        for part in (replace(message, then=()), *message.then):
            _say_once(reading, turn, part)
        return
    if (
        message.response in turn.said
        and not is_question(turn.text)
        # -- round 33, helper U1 --: "I was just sick actually" after a head injury.
        and message.response not in ANSWERED_EVERY_TIME
    ):
        return
    message = answer_not_thrice(message, turn.said_twice)
    # w86s (round 86): "wait im not drinking more?? i meant i was drunk that night" (Kemi) got
    # the answer she said misread her again, word for word: not again.
    message = echo_complaints.not_again(message, turn.text, turn.answers)
    if message in reading.say:
        return  # found by two readers of one message (round 37: the same text sent twice)
    reading.say.append(message)


def answer_not_thrice(message: Say, said_twice: frozenset[str]) -> Say:
    """An answer sent twice already is not sent a third time: asked again, it did not answer
    what they asked (round 31, Terry, sent the same insurance text three times), so say so
    and who can answer instead."""
    if (
        message.response
        and message.response in said_twice
        and message.response not in ANSWERED_EVERY_TIME  # -- round 33, helper U1 --
    ):
        return Say(response="utter_answered_above")
    if (
        # -- round 44, helper N6 --: Report Fraud described by name (a text, not a response)
        # is the Report Fraud answer again: Edward got it a third time this way.
        message.response is None
        and "utter_action_fraud" in said_twice
        and "Report Fraud" in (message.text or "")
        and message.args.get("utter_action") == "utter_about_organisation"
    ):
        return Say(response="utter_answered_above")
    return message


def _answer_the_question_too(reading: Reading, turn: Turn) -> None:
    """They answered and asked something in the same message ("ok yes but will he see
    this??"): the answer is kept, and the question answered before the next one, never
    ignored."""
    text = turn.text
    asked = is_question(text) and _has_question_part(text)
    told = turn.answers
    if "crime_type" in reading.corrected and reading.slots.get("crime_type"):
        # f88c (round 88): Doreen's "he didnt steal it exactly, I gave him £3,000 for the roof
        # ... will I get my money back?": asked of the crime this message put right (fraud),
        # not of the theft it replaced (which got the lost-phone answer).
        told = {
            **turn.answers,
            **{
                slot: reading.slots[slot]
                for slot in ("crime_type", "account_details")
                if slot in reading.slots
            },
        }
    if reading.slots.get("reported_to_police") is not None:
        # l100c (round 100): Dave, "yes done it online this morning got a reference ... will the
        # police actually look at it [the neighbour's doorbell]": asked as a reported crime, not
        # answered "Yes, it's worth it ... Report at met.police.uk".
        told = {**told, "reported_to_police": reading.slots["reported_to_police"]}
    known = known_answer(text, told.get("crime_type"), turn.organisations, answers=told)
    if (
        known is not None
        and known.response == "utter_f4_scared_check"
        and turn.requested == "fear_of_giving_evidence"
        and not f4_fears_their_anger(text)
    ):
        known = None  # -- round 39, helper F4 -- "im scared" answers the court question
    if (
        known is None
        and turn.requested == "reported_to_police"
        and re.search(r"\b(?:do|must|will|would) i (?:have|need|got) to\s*$", plain(text))
    ):
        # "no. do i have to?" to "Have you reported it to the police?": to report, no (round
        # 28, Sophie, who got "I can't answer that one").
        known = Say(response="utter_support_without_report")
    known = n94e_new_question_before_old(known, turn, reading)  # n94e (round 94): Peter
    beside = c75d_asked_beside_privacy(known, turn, reading)  # -- round 75, helper c75d --
    if (
        known is not None
        and known.response == "utter_privacy_answer"
        and "discreet" in reading.slots
    ):
        # "someone looks at my phone" has just been answered with utter_phone_seen
        if beside is not None:
            _say_once(reading, turn, beside)
    elif known is not None:
        _say_once(reading, turn, known)
        if beside is not None:
            _say_once(reading, turn, beside)
        also = k78d_also_asked(known, turn, reading)  # k78d (round 78)
        if also is not None:
            _say_once(reading, turn, also)
    elif not asked and (
        threat := a74b_threat_told_beside(text, {**turn.answers, **reading.slots}, turn.said)
    ):
        # -- round 74, helper a74b --: a threat told beside an answer, answered once.
        _say_once(reading, turn, threat)
    elif (
        turn.rights_topic == "compensation"
        and turn.answers.get("crime_type") in NOT_VIOLENT
        and asked
    ):
        reading.say.append(Say(response="utter_compensation_not_violent"))
    elif (
        turn.rights_topic
        and turn.rights_confidence >= RIGHTS_CONFIDENCE
        and turn.intent == "ask_right"
        and asked
        # m79e (round 79): "The review thing" of a neighbour's abuse is the ASB Case Review.
        and topics.m79e_topic_before_rights(
            text, {**turn.answers, **reading.slots}, turn.said, turn.said_twice
        )
        is None
    ):
        reading.say.append(rights_answer(turn.rights_topic, turn.answers))
    elif (asked or "?" in text or topics.asks_without_a_mark(text)) and (
        # k78d (round 78): "so its not police? bc i aint going to no station" (Kofi) asks by its
        # mark, though it reads like a statement: a topic that places it answers it.
        # What this message told counts too ("my ex keeps turning up at my work. can i get
        # some kind of order?" answers by the ex).
        topic := topics.topic_answer(
            text, {**turn.answers, **reading.slots}, turn.said, turn.said_twice
        )
    ) is not None:
        _say_once(reading, turn, topic)
    elif (
        asked
        and ("?" in text or s83d_asks_in_a_clause(text))  # s83d (round 83): Dean
        and not _j3_asks_only_of_the_record(reading, text)
        and not u4_asked_which_option_and_got_it(reading, turn, text)  # -- round 50, U4 --
        and not lead79_answers_its_own_question(reading, turn, text)
        and not j91b_asks_only_how_to_be_contacted(reading, text)
        and not asks_if_they_text_first_as_asked(turn, text)  # q94a (round 94): Naomi
    ):
        # -- round 41, helper J6 --: nothing kept, so no "say 'human'".
        kept = turn.answers.get("consent") is not False
        question_beside = (
            "utter_question_beside_answer" if kept else "utter_j6_question_beside_answer_not_kept"
        )
        if kept and f88b_no_calls_said(text, turn.answers):
            # f88b (round 89): Tasha, "TEXT only pls not calls", was sent to a phone line.
            question_beside = "utter_f88b_question_beside_answer_no_calls"
        reading.say.append(Say(response=question_beside))


# -- round 75, helper c75d --
# Precious (r75b), at "Have you reported it?": "... checks my phone every night. he doesnt like
# me seeing my friends so i dont really anymore. is that even a thing you report" got only the
# answer about her phone (read from "checks my phone", a statement), and her question none.
def c75d_asked_beside_privacy(known: Say | None, turn: Turn, reading: Reading) -> Say | None:
    """The topic answer to what was asked, when the privacy answer came from words that told,
    not asked, about the phone."""
    if known is None or known.response != "utter_privacy_answer":
        return None
    parts = topics.asked_parts(turn.text)
    if not parts or any(asks_about_privacy(part) for part in parts):
        return None
    return topics.topic_answer(
        turn.text, {**turn.answers, **reading.slots}, turn.said, turn.said_twice
    )


# -- end of round 75, helper c75d --


# -- round 74, helper a74b --
# A threat of harm told beside an answer, not asked, got only the next question: Leon (16,
# robbed by armed boys) at the repeat question, "nah first time. but they said they know where
# i live"; Sofia, whose manager has a key to her room, at the hate-crime question, "Im scared
# he will use his key one night". The fitting safety answer (the topic "fear they will come to
# the home", or what to do if he comes) is said once, then the question. A threat told as past
# and over ("they knew where i lived but i moved", "he used to have a key") does not alarm.
_A74B_KNOW_WHERE = re.compile(
    r"\b(?:they|he|she|them|those \w+|the (?:boys|lads|men|guys|gang|man))(?: said| say| says| "
    r"told me| texted| messaged)?(?: that)?(?: they| he| she)? (?:know|knows|got|have|has|found "
    r"out) (?:where (?:i|we|my \w+) (?:live|lives|stay|stays)|my address|our address)\b"
)
_A74B_FEARS_HE_WILL = re.compile(
    r"\b(?:scared|afraid|worried|frightened|terrified|fear|feared)(?: that)? (?:he|she|they)(?: ll|"
    r" will| might| could| would| is going to| are going to| s going to| gonna| may)? (?:use "
    r"(?:his|her|their|the|a) (?:spare )?key|let (?:himself|herself|themselves) in|get in|break "
    r"in|come in|come into my|come (?:up )?to my (?:room|flat|house|home|door)|come back|"
    r"come round|turn up|"
    r"hurt me|attack me|kill me|rape me|find me|come for me|get me)\b"
)
_A74B_PAST_AND_OVER = re.compile(
    r"\b(?:used to|not (?:any ?more|anymore)|no longer|(?:but|since) (?:i|we) moved|moved away|"
    r"(?:in|to) (?:prison|jail)|locked up|(?:was|were|felt) (?:scared|afraid|worried|frightened|"
    r"terrified)|knew|(?:back )?then)\b"
)


def a74b_threat_told_beside(
    text: str, answers: Mapping[str, Any], said: Set[str] = frozenset()
) -> Say | None:
    """The safety answer to a threat of harm told (not asked) beside an answer, or None."""
    words = plain(text)
    if _A74B_PAST_AND_OVER.search(words):
        return None
    if _A74B_KNOW_WHERE.search(words):
        found = topics.topic_answer(text + "?", answers, frozenset(said))
        if found is not None and found.response not in said:
            return found
        if answers.get("crime_type") != "domestic_abuse" and answers.get(
            "relationship_to_offender"
        ) not in ("partner_or_ex", "family_member"):
            return Say(response=threat_answer(answers, text))
        return Say(response="utter_if_he_comes")
    if _A74B_FEARS_HE_WILL.search(words):
        return Say(response="utter_if_he_comes")
    if _Q94C_THREAT_TO_RELATIVE.search(words) and not (
        answers.get("crime_type") == "domestic_abuse"
        or answers.get("relationship_to_offender") in ("partner_or_ex", "family_member")
    ):
        # q94c (round 94): Efua, "said if I dont pay by end of month he will hurt my son".
        return Say(response="utter_q94c_threat_to_family")
    return None


# q94c (round 94): Efua, at the danger question: "I am not safe really. He came to my door on
# saturday and said if I dont pay by end of month he will hurt my son" got no safety advice. A
# threat (not by a partner or relative) to hurt someone in the family gets what to do: 999 if
# he comes near, tell them, report the threats (utter_q94c_threat_to_family).
_Q94C_THREAT_TO_RELATIVE = re.compile(
    r"\b(?:he|she|they|hed|shed|theyd)(?: ll| will| would| d| is going to| are going to| s going "
    r"to| gonna| might| could)? (?:hurt|harm|attack|beat up|beat|stab|kill|get|come for|go after)"
    r" (?:my|our) (?:son|sons|daughter|daughters|child|children|kids?|boy|boys|girl|girls|"
    r"husband|wife|mum|mother|dad|father|family|brother|sister|grandson|granddaughter)\b|"
    r"\bthreat\w* to (?:hurt|harm|attack|beat up|stab|kill) (?:my|our) (?:son|daughter|child|"
    r"children|kids?|boy|girl|husband|wife|mum|mother|dad|father|family|brother|sister)\b"
)


# -- end of round 74, helper a74b --


# -- round 50, helper U4 -- Farah, Deaf, at "What happened? ... or choose one": "I tell already.
# Neighbour bang door, notes. Which one?" got "I can't answer": her words answer the question,
# so taking them (and saying what was noted) is the answer to "which one?".
_U4_WHICH_ONE = re.compile(r"\bwhich (?:one|1|button|option)\b")


def u4_asked_which_option_and_got_it(reading: Reading, turn: Turn, text: str) -> bool:
    return (
        turn.requested is not None
        and reading.slots.get(turn.requested) is not None
        and bool(_U4_WHICH_ONE.search(plain(text)))
    )


# Buttons send a payload ("/affirm", '/inform{"relationship": "stranger"}'): its intent and
# entities are the answer.
_ENTITY_SLOT = {"relationship": "relationship_to_offender", "need": "needs"}


# Questions whose answer decides whether and how someone is contacted.
_ONLY_A_CLEAR_ANSWER = ("referral_consent", "contact_safe", "voicemail_ok")


# Said of who did it, not of being contacted: "NO the gardener did it, not family!".
_ABOUT_WHO = re.compile(
    r"\b(?:did it|done it|family|stranger|strangers|it was|he was|she was|hes a|shes a|"
    r"they were|wasnt (?:him|her|them|family|my)|didnt do (?:anything|nothing|it))\b"
)
_ABOUT_BEING_CONTACTED = re.compile(
    r"\b(?:pass\w*|refer\w*|contact\w*|details|calls? me|texts? me|ring me|email me|"
    r"help|support|service)\b"
)


# k99a (round 99): Sofia, at "Is it safe for a support worker to contact you?": "is wrong. not
# trafficking. is boss not pay wages. please change" puts the record right; its "wrong" and "not"
# were taken as a no, and she was told "OK, nobody will contact you".
def k99a_crime_put_right_not_a_no(turn: Turn, requested: str) -> bool:
    words = plain(turn.text)
    return (
        requested in ("contact_safe", "referral_consent")
        and "crime_type" in corrections(turn.text, turn.answers)
        and not _ABOUT_CONTACT.search(words)
        and not re.search(r"\b(?:safe|unsafe|danger\w*|sees?|checks?|looks?)\b", words)
    )


def _answer_beside(turn: Turn, requested: str) -> Answer:
    """The answer in the sentences of a message that correct nothing."""
    if requested == "repeat_victimisation" and v86b1_no_about_the_police(turn.text):
        # v86b1 (round 86): Ray, "No, it has NOT been reported to the police. ... Please don't
        # tell them anything": all of it is about the police; no sentence answers the question.
        return Answer()
    if k99a_crime_put_right_not_a_no(turn, requested):
        return Answer()
    sentences = [part for part in re.split(r"[.!?;\n]+", turn.text) if part.strip()]
    record_fix = (  # -- round 44, helper N5 -- "no!! ... dont put that ... put spiking"
        requested == "referral_consent"
        and n5_puts_the_record_right(turn.text)
        and not _ABOUT_CONTACT.search(plain(turn.text))
    )
    for index, sentence in enumerate(sentences):
        # Asking for a woman ("yes but can it be a woman who calls me?") corrects no answer.
        changed = set(corrections(sentence, turn.answers)) - {"worker_gender"}
        words = plain(sentence)
        if (
            requested == "referral_consent"
            and len(words.split()) > 2
            and _ABOUT_WHO.search(words)
            and not _ABOUT_BEING_CONTACTED.search(words)
        ):
            continue  # "NO the gardener did it, not family!": about who, not about being referred
        if sentence.strip() and not changed:
            answer = read_answer(requested, sentence)
            following = sentences[index + 1] if index + 1 < len(sentences) else ""
            if (
                requested == "referral_consent"
                and answer.value is False
                and not _ABOUT_CONTACT.search(words)
                and following
                and not re.match(r"(?:and|also|plus|btw|oh and)\b", plain(following))
                and set(corrections(following, turn.answers)) - {"worker_gender"}
            ):
                # "no no. not family member. i am cleaner. they my BOSS": the "no" starts the
                # answer put right, not a no to being contacted ("no. and i havent told the
                # police" says no, then puts an answer right).
                continue
            if record_fix and answer.value is False:
                continue
            if (
                answer.value is False
                and len(words.split()) <= 3
                and not _ABOUT_CONTACT.search(words)
                and not re.match(r"(?:and|also|plus|btw|oh and)\b", plain(following))
                and any(
                    set(corrections(later, turn.answers)) - {"worker_gender"}
                    for later in sentences[index + 1 : index + 3]
                )
            ):
                # h97a (round 97): Cerys, at "Is it safe for a support worker to contact you?":
                # "NO. wrong. it is NOT a sexual offence. online threats and harassment" was
                # "OK, nobody will contact you". A bare "no" before the fact put right is a no
                # to the fact: the change is made and the question asked again.
                continue
            if index and k78c_said_again_of_the_fix(sentence, sentences[index - 1], turn.answers):
                continue  # -- k78c (round 78, Joy) --
            if (
                requested == "referral_consent"
                and answer.value is False
                and re.search(r"\b\d{1,3}\b", words)
                and not _ABOUT_CONTACT.search(words)
                and "age" in corrections(turn.text, turn.answers)
            ):
                # -- round 48, helper S7 --: "No I'm not 35, HE is 35. I'm 63" (Sylvia) puts
                # her age right; its "no" is not a no to being referred.
                continue
            if answer.answered:
                return answer
    return Answer()


# Words that make a "no" at the referral question a no to being contacted.
_ABOUT_CONTACT = re.compile(
    r"\b(?:pass\w*|refer\w*|contact\w*|details|call\w*|ring\w*|phone\w*|text\w*|email\w*|help|"
    r"support|service|anyone|anybody|someone|somebody|nobody|no one|thanks|thank you|ta)\b"
)


def payload_answer(turn: Turn) -> Answer:
    slot = turn.requested
    for entity in turn.entities:
        name = str(entity.get("entity"))
        if _ENTITY_SLOT.get(name, name) == slot:
            value = entity.get("value")
            return Answer([value] if slot == "needs" else value)
    if turn.intent == "dont_know":
        return Answer(declined=True)
    if turn.intent == "safe_now":
        return Answer(False) if slot == "in_danger" else Answer()
    if turn.intent in ("affirm", "deny"):
        return Answer(turn.intent == "affirm")
    return Answer()


_TRIAL_OVER = re.compile(
    r"\b(?:already (?:went|been|gone) to (?:court|trial)|(?:the )?(?:trial|case|court case) "
    r"(?:is |was |has )?(?:over|finished|done|ended)|(?:he|she|they) (?:got|was given|were "
    r"given) (?:life|\d+ years|[a-z]+ years|a sentence)|(?:was|were|got|been) (?:convicted|"
    r"sentenced|jailed|found guilty)|up for parole|parole (?:hearing|board)|(?:in|out of) "
    r"prison)\b"
)


# -- round 48, helper S1 --
# "yes what?? yes i can stay or yes its illegal. sorry im confused" (Aylin, 19, asking about the
# bot's own "Yes." while the referral question was open) was taken as a yes to being referred:
# a confused or question-shaped yes is never consent.
_S1_CONFUSED = re.compile(
    r"^(?:yes|yeah|yea|yep|ok|okay)\W*(?:what|wat|wdym|to what|meaning)\b"
    r"|^(?:yes|yeah|yea|yep|ok|okay)\s*\?+\s*$"
    r"|\b(?:im|i am|i m|bit|so|really) confused\b|\bconfus(?:ed|ing)\b|\bwdym\b"
    r"|\bwhat do (?:you|u) mean\b|\bi (?:dont|do not) understand\b|\byes to what\b"
    r"|\byes (?:i|it|its|that)\b[^.!?]{0,40}\bor yes\b"
)
_S1_CLEAR_YES = re.compile(
    r"\b(?:yes please|please do|pass (?:them |it )?on|pass (?:on )?my|refer me|go ahead|contact me|"
    r"call me|text me|email me)\b"
)


def s1_confused_yes(text: str) -> bool:
    words = plain(text)
    return bool(_S1_CONFUSED.search(words) or _S1_CONFUSED.search(text.strip().lower())) and not (
        _S1_CLEAR_YES.search(words)
    )


def _answer(turn: Turn) -> Answer:
    assert turn.requested is not None
    if turn.text.startswith("/"):
        return payload_answer(turn)
    if turn.requested != "in_danger" and b75a_answer_text(turn.text) != turn.text:
        # -- round 75, helper b75a -- Bex: "... insta dm? jk. my number is ...": what a "jk"
        # takes back is not the answer, nor a question (never at the danger question); nor is
        # "stop telling me to tell my manager" (Grace) "someone known" to who did it.
        rest = b75a_answer_text(turn.text)
        return _answer(replace(turn, text=rest)) if rest.strip() else Answer()
    if turn.requested == "crime_type":
        return read_crime_type(turn.text, turn.answers.get("relationship_to_offender"))
    if turn.requested == "consent" and turn.intent in CRISIS:
        # "yeah ok. honestly sometimes i think everyone would be better off without me": the
        # short first sentence answers the consent question; the rest is never read as consent.
        first = re.split(r"[.!?\n]+", turn.text.strip(), maxsplit=1)[0]
        if len(first.split()) <= 4 and len(first) < len(turn.text.strip()):
            return read_answer("consent", first)
        return Answer()
    if turn.requested == "consent" and turn.intent in ("greet", OTHER_LANGUAGE):
        return Answer()  # consent is only a yes (or no) to the consent question itself
    if turn.requested == "age" and (
        turn.answers.get("for_child") or account.read_account(turn.text).for_child
    ):
        # "Im 42 but this is about my son, he is 15": the child's age, even when the message
        # that answers is the one that says it is about the child (round 33, Yemi).
        return read_child_age(turn.text)
    if turn.requested == "impairment" and (
        turn.answers.get("for_child") or turn.answers.get("for_someone_else")
    ):
        return read_impairment(turn.text, about_them=True)
    if turn.requested == "age" and (
        turn.answers.get("for_someone_else")
        # -- round 49, helper T1 --: "19. but its my bro who got shanked not me, hes 15"
        # (Tyrone): the message that says it is for someone else gives their age too.
        or (
            account.read_account(turn.text).for_someone_else
            and account.their_age(plain(turn.text)) is not None
        )
    ):
        # "me 45, but shes 38": the age of the person it happened to.
        words = plain(turn.text)
        theirs = account.their_age(words)
        named = re.search(
            r"\b(?!(?:i|im|it|its|that|this|there|which|what|age|mine)\b)[a-z]+ (?:is|s) (\d{1,3})"
            r"\b(?! (?:times|days|weeks|months|pounds|quid|minutes|hours))",
            words,
        )
        if theirs is None and named and 0 < int(named.group(1)) < 120:
            theirs = int(named.group(1))  # "raj is 40. im 42 if that matters"
        if theirs is not None:
            return Answer(float(theirs))
    if turn.requested == "fear_of_giving_evidence" and _TRIAL_OVER.search(plain(turn.text)):
        # "it already went to court, three years ago, he got life": no evidence left to give,
        # so not asked again (round 29, Janet, whose daughter's killer is up for parole).
        said = read_answer(turn.requested, turn.text)
        return said if said.value is True else Answer(False)
    if turn.requested == "referral_consent" and c5_ends_asking_to_be_sent(turn.text):
        return Answer(True)  # -- round 55, helper C5 --: "... go on then send me to galop"
    if turn.requested == "referral_consent" and k3_yes_to_a_named_service(turn):
        return Answer(True)  # -- round 65, helper k3 --: "anyway yes but i want galop"
    if turn.requested == "fear_of_giving_evidence" and k3_yes_not_facing_them(turn.text):
        return Answer(True)  # -- round 65, helper k3 --: "honestly yeah ... no thanks"
    if _IF_I_SAY.search(plain(turn.text)) and is_question(turn.text):
        return Answer()  # "if i say yes, do the police get told?" asks before answering
    if turn.requested in ("referral_consent", "contact_safe") and l3_not_a_contact_answer(
        turn.text
    ):
        # -- round 42, helper L3 --: "u still didnt say how to get the videos off tiktok"
        # (Amara), "tbh the drinking's the bit thats bothering me" (Dave): not a yes or a no.
        return Answer()
    if (
        turn.requested == "referral_consent"
        and (is_question(turn.text) or _NO_DANGER_NOW.search(plain(turn.text)))
        and not _ABOUT_CONTACT.search(plain(turn.text))
        and read_answer(turn.requested, turn.text).value is False
    ):
        # "no theyre not here theyve gone. its the bank card im worried about, should i cancel
        # it" (round 38, Joan): the no answers the 999 line just sent, not the referral question.
        return Answer()
    if (
        turn.requested == "referral_consent"
        and len(plain(turn.text).split()) > 3
        and _ABOUT_WHO.search(plain(turn.text))
        and not _ABOUT_CONTACT.search(plain(turn.text))
        and read_answer(turn.requested, turn.text).value is False
    ):
        # "no!! my gf didnt do anything, it was a stranger who punched me" (round 38, Dev): the
        # no puts right who did it, even when nothing recorded needs putting right.
        return Answer()
    if turn.requested in _ONLY_A_CLEAR_ANSWER and s1_confused_yes(turn.text):
        return Answer()  # -- round 48, helper S1 --: "yes what?? ... sorry im confused"
    qualified = _OK_BUT.match(plain(turn.text))
    if qualified and turn.requested in ("referral_consent", "contact_safe"):
        rest = turn.text[turn.text.lower().find("but") + 3 :]
        if is_question(rest) and not _METHOD_OR_TIME.search(plain(rest)):
            return Answer()  # "ok but what about the window money?" is not a yes to a referral
    return read_answer(turn.requested, turn.text)


# Said outright, not denied: only then does an assault become a sexual offence in passing.
_SAID_SEXUAL = re.compile(
    r"(?<!not )(?<!never )(?<!no )\b(?:sexual\w*|raped?|raping|rape\w*|sex)\b"
)
# "ok but what about the window money?" heard the question without answering it; "yes but
# can it be a woman?" said yes.
_OK_BUT = re.compile(r"^(?:ok|okay|alright|fine|sure)\W+but\b")
_METHOD_OR_TIME = re.compile(
    r"\b(?:text|call|ring|phone|email|voicemail|morning|evening|after|before|weekday|weekend|only)"
    r"\w*\b"
)
_NO_DANGER_NOW = re.compile(
    r"\b(?:(?:theyre|they are|hes|he is|shes|she is) not (?:here|there|around|back)|(?:theyve|they "
    r"have|hes|he has|shes|she has|they|he|she) (?:gone|left|run off|ran off)|im safe|i am safe)\b"
)
_IF_I_SAY = re.compile(
    r"\b(?:if|before) i (?:say|said|agree|answer|choose) (?:yes|ok|okay|no)\b|\bif (?:you|u|they) "
    r"(?:pass|send|give) (?:on )?my (?:details|number|info)\b"
)


# -- round 55, helper C5 --: Dev, at the referral question: "'no' but also yes?? ok whatever. go
# on then send me to galop. text only i hate phone calls" was read as a no, and "wtf i said YES.
# send me to galop" as nothing. A message whose last sentence asks to be sent or referred to a
# service ("go on then", "send me to X") is a yes, whatever came before it; not "dont send me
# to anyone".
_C5_SEND_ME = re.compile(
    r"\b(?:go on then(?: (?:send|refer|pass|put) me\b.*)?|(?:just |please |pls |ok |so )?(?:send|"
    r"refer|put) me (?:on )?(?:to|through to|in touch with) (?!no one|nobody|anyone|(?:the |a )?"
    r"(?:list|numbers?|links?|website|info)\b)\w+.*)$"
)


# -- round 65, helper k3 -- Nikki (r65c), at the referral question: "wtf is tfl got to do with
# it, i mean my driving licence. anyway yes but i want galop not victim support" got "I can't
# answer ... Victim Support can": a yes, to the service she named (the support worker reads it
# from the chat; actions/assessment_form.py notes it). At the court question, "honestly yeah.
# standing there with him staring at me? no thanks" is a yes (afraid): the "no thanks" refuses
# facing him, not the question.
def k3_yes_to_a_named_service(turn: Turn) -> bool:
    """ "anyway yes but i want galop not victim support": a yes, naming the service wanted.
    Not "ok. idk if i want someone to contact me. would it be the havens or who" (round 77,
    Chloe): undecided, asking which service."""
    if k77a_undecided(turn.text):
        return False
    return k3_yes_naming_a_service(turn.text, turn.organisations) is not None


_K3_YES_FIRST = re.compile(
    r"^(?:honestly |tbh |to be honest |god |oh |yeah |hell )*(?:yes|yeah|yea|yep|yh|definitely|"
    r"absolutely|100|course|of course|very|totally)\b"
)
_K3_NOT_FACING = re.compile(
    r"\b(?:him|her|them|he|she|they)\b.{0,40}\b(?:staring|looking|glaring|see|seeing|face|facing|"
    r"there|watching)\b|\b(?:in front of|same room as|near) (?:him|her|them)\b"
)


def k3_yes_not_facing_them(text: str) -> bool:
    sentences = [plain(part) for part in re.split(r"[.!?\n]+", text) if plain(part)]
    if len(sentences) < 2 or not _K3_YES_FIRST.match(sentences[0]):
        return False
    rest = " ".join(sentences[1:])
    return bool(_K3_NOT_FACING.search(rest)) and bool(
        re.search(r"\bno (?:thanks|thank you|way|chance|ta)\b|\bhell no\b|\bnot a chance\b", rest)
    )


# -- end of round 65, helper k3 --


def c5_ends_asking_to_be_sent(text: str) -> bool:
    """The last sentence (text only/time notes aside) asks to be sent or referred on."""
    sentences = [plain(part) for part in re.split(r"[.!?\n]+", text) if plain(part)]
    for sentence in reversed(sentences):
        if re.match(
            r"(?:text|txt|email|call|calls|phone)\b.*\bonly\b|(?:text|email) only\b", sentence
        ) or re.match(r"(?:not|no) (?:calls|phone)", sentence):
            continue  # "text only i hate phone calls": how, said after the yes
        found = _C5_SEND_ME.search(sentence)
        if not found:
            return False
        before = " ".join(sentence[: found.start()].split()[-2:])  # "dont send me to them"
        return not _DONT.search(before)
    return False


def _keep_answer(reading: Reading, slot: str, answer: Answer) -> None:
    if answer.value is not None:
        reading.slots[slot] = answer.value
    elif answer.declined:
        reading.skipped.append(slot)
    for key, value in answer.extra.items():
        reading.slots.setdefault(key, value)


def _changed(reading: Reading, turn: Turn) -> bool:
    """Whether the message corrected or added something, so it was not a miss."""
    return any(
        turn.answers.get(k) != v
        for k, v in reading.slots.items()
        # -- round 75, helper b75a --: "you can keep it after all" is no miss of the question.
        if k in VOLUNTEERED or k in ("for_child", "consent")
    )


_LIVES_IN = re.compile(
    # -- round 39, helper F6 --: "I reside in Lewisham" (Mr Okafor).
    r"\b(?:(?:i|we|she|he|they|mum|gran|nan|dad)\s+(?:live|lives|living|reside|resides|residing)\s+"
    r"(?:alone\s+|on (?:my|"
    # v86b1 (round 86): Ray, of his daughter and her partner: "They live together in Croydon".
    r"her|his|their) own\s+|by (?:herself|himself|myself)\s+|together\s+)?in|"
    r"(?:im|i am|i m|were|we are) (?:in|from)|(?:im|i am|i m) (?:a|an) \w+ (?:resident|local)|"
    r"(?<=\d )live in|^live in|"
    # "she's in a care home in Richmond": where she lives now.
    r"(?:shes|she is|hes|he is|lives|living|is|s) in a (?:care|nursing|residential) home in)"
    r"\s+(\w+(?: \w+){0,3})"
)
# "she only speaks gujarati really": the language they need, said outright.
_SPEAKS = re.compile(
    r"\b(?:i|we|she|he|they|mum|mom|dad|nan|gran|someone|somebody|anyone|anybody|(?:my|our) "
    r"(?:mum|mom|dad|mother|father|nan|gran|grandma|grandad|wife|husband|sister|brother|aunt|"
    r"uncle))\s+(?:who )?(?:only |mainly |mostly |just |can )?(?:speaks?|speaking|talks?|"
    r"understands?)\s+(?:mainly |mostly |only |just )?(\w+)"
)
# "I need BSL interpreter", "a somali interpreter please": the language, said with the help.
_INTERPRETER_IN = re.compile(r"\b(\w+) (?:interpreter|interpreting|translator|language)\b")
# The whole message is a borough: "croydon", "in croydon", given at another question.
_ONLY_A_PLACE = re.compile(
    r"(?:(?:i live |she lives |he lives |they live |its |it s )?in )?"
    r"(\w+(?: \w+){0,2})"
)
# Force or a threat of it beside a theft makes it a robbery (Theft Act 1968 s.8).
_FORCE = ("assault", "serious_violence")


# Crimes that are domestic abuse when a partner or relative did them (as actions/account.py reads
# an account that names who did it), unless trafficking is named.
_DOMESTIC_WHEN_AT_HOME = (
    "human_trafficking",
    "kidnap_false_imprisonment",
    "assault",
    "criminal_damage",
)
# "my employer family": the family she works for, not her own.
_AT_WORK = re.compile(r"\b(?:employ\w*|work\w*|job|boss|agency|maid|housemaid|salary|wages)\b")


def _volunteered(reading: Reading, turn: Turn, requested: str | None) -> None:
    """Facts the message makes clear beyond the answer: used only to fill what is not yet
    known, and noted so the bot can confirm them in passing."""
    text = " . ".join([*turn.earlier, turn.text]) if turn.opening else turn.text
    found = account.read_account(text, turn.answers.get("relationship_to_offender")).facts()
    if turn.text.startswith("/"):
        return
    n2_parents_own_age(found, turn)  # -- round 44, helper N2 --
    if found.get("impairment") is True and _R2_THEIRS_NOT_MINE.search(plain(turn.text)):
        # -- round 50, helper U5 --: "I don't have a condition, HE does. Dementia." (Pat, of her
        # husband) noted a condition of hers when none was noted yet.
        found.pop("impairment")
    if requested == "crime_type" and "crime_type" in reading.slots:
        found.pop("crime_type", None)
    if (
        turn.answers.get("for_child")
        and (found.get("relationship_to_offender") or reading.slots.get("relationship_to_offender"))
        == "family_member"
        and account.done_to_the_writer(plain(turn.text))
    ):
        # -- round 48, main --: "It's about my son" then "he's my son ... He takes money from my
        # purse ... he grabbed my arm" (Sylvia, 63): the son is the one doing it, to her.
        reading.slots["for_child"] = reading.noted["for_child"] = False
        found.pop("for_child", None)
    y73c_relative_does_it(reading, turn, found)  # -- round 73, helper y73c --: Agnes
    q82b_volunteered_who(turn, found)  # q82b (round 82): Maria's employer, Claire's husband
    g76c_child_only_needs_help(turn, requested, found)  # -- round 76, helper g76c --: Samira
    if requested in ("age", "under_18"):
        found.pop("age", None)
    if not found.get("crime_type") and account.denounce_threat_said(turn.text.lower()):
        # -- round 68, lead --: "family i clean not pay me 3 month", then "they say they call
        # immigration on me" in a later answer: work kept unpaid by that threat is forced work,
        # which round 68 N5 reads only when both are in one message.
        told = " . ".join([*(turn.answers.get("said") or ()), turn.text])
        offender = turn.answers.get("relationship_to_offender")
        if account.read_account(told, offender).crime_type == "human_trafficking":
            found["crime_type"] = "human_trafficking"
    if found.get("crime_type") == "sexual_offence" and n5_refuses_a_word_for_the_record(text):
        # -- round 44, helper N5 -- "i dont want it saying i was raped when i dont know" (Zara)
        found.pop("crime_type")
    if found.get("crime_type") == "terrorism" and turn.answers.get("crime_type") in _TERROR_REFINES:
        # "the police said it was a terrorist attack": the same crime, named more exactly.
        reading.slots["crime_type"] = "terrorism"
    if (
        turn.answers.get("crime_type") in _FORCE
        and found.get("crime_type") == "sexual_offence"
        and _SAID_SEXUAL.search(plain(turn.text))
    ):
        # "i think something happened, like sexually" after "i got spiked": named more exactly.
        reading.slots["crime_type"] = reading.noted["crime_type"] = "sexual_offence"
    who = reading.slots.get("relationship_to_offender")
    if (
        requested == "relationship_to_offender"
        and who in ("partner_or_ex", "family_member")
        and turn.answers.get("crime_type") in _DOMESTIC_WHEN_AT_HOME
        and not account.NAMES_TRAFFICKING.search(plain(turn.text))
        and not _AT_WORK.search(plain(turn.text))
    ):
        # "my husband family. his mother and brothers" after "they have my passport. I cannot go
        # out": a husband and his family holding her is domestic abuse, as the account reader
        # would have called it had it known who.
        reading.slots["crime_type"] = reading.noted["crime_type"] = "domestic_abuse"
    if (
        turn.answers.get("crime_type") in ("stalking_harassment", "assault")
        and found.get("crime_type") == "domestic_abuse"
        and found.get("relationship_to_offender") in ("partner_or_ex", "family_member")
        and turn.answers.get("relationship_to_offender")
        in (None, found["relationship_to_offender"])
    ):
        # "its my stepdad. he used to hit me. for years" (round 46, Amani, 18) after "he keeps
        # messaging me" was read as stalking: by family, for years, it is domestic abuse, and
        # the services for it are the ones that fit.
        reading.slots["crime_type"] = reading.noted["crime_type"] = "domestic_abuse"
    if turn.answers.get("crime_type") == "theft" and found.get("crime_type") == "burglary":
        # -- round 76, helper g76c --: "I have had something stolen from my house", then "a man
        # ... said he was from the water board ... I let him in. After he left my wallet was
        # gone" (Harold): getting in by a lie and stealing is a (distraction) burglary, the same
        # crime named more exactly (Theft Act 1968 s.9).
        reading.slots["crime_type"] = reading.noted["crime_type"] = "burglary"
    if turn.answers.get("crime_type") == "robbery" and n94e_distraction_not_robbery(turn):
        # n94e (round 94): Peter, 82, "i have been robbed by men who said they were the water",
        # then "one kept me talking in the kitchen while the other one went upstairs": tricked
        # in and things taken, no force, is a (distraction) burglary, not a robbery.
        reading.slots["crime_type"] = reading.noted["crime_type"] = "burglary"
    if (
        turn.answers.get("crime_type") == "theft"
        and found.get("crime_type") in _FORCE
        and not n3_theft_and_harm_to_another(plain(turn.text), turn.answers)  # round 44, N3
        and not y5_carer_hurts_and_takes(turn.text, turn.answers)  # round 52, Y5
    ):
        # "he push me" after "somebody steal my wallet": theft with force is a robbery.
        reading.slots["crime_type"] = reading.noted["crime_type"] = "robbery"
    if "crime_type" not in found and requested != "crime_type":
        few = crime_in_few_words(text)
        if few:
            found["crime_type"] = few
    if (
        "relationship_to_offender" not in found
        and (turn.opening or requested == "crime_type")
        and not found.get("for_child")
    ):
        # "I have problem with my landlord. He come in my room", "had a fight with my bf": who
        # did it, told before the question, is not asked again.
        who = who_named(text)
        if who:
            found["relationship_to_offender"] = who
    p81b_stranger_told(found, turn)  # p81b (round 81), Des
    if requested not in ("age", "under_18"):
        p81b_named_persons_age(found, turn)  # p81b (round 81), Pat for Dot
        p81b_own_age_in_passing(found, turn)  # p81b (round 81), Kev
    if (
        "relationship_to_offender" in found
        and _WHAT_IF.search(text)
        and account.read_account(_WHAT_IF.sub(" ", text)).offender
        != found["relationship_to_offender"]
    ):
        # -- round 39, helper F6 --: "what if it was my partner, would that change anything?"
        # asks; it does not say who did it.
        found.pop("relationship_to_offender")
    if found.get("repeat_victimisation") is True and not repetition_told(
        [*turn.earlier, turn.text] if turn.opening else [turn.text]
    ):
        found.pop("repeat_victimisation")
    if found.get("repeat_victimisation") is True and _N5_POLICE_BEFORE.search(plain(text)):
        # -- round 44, helper N5 -- "the same people who stopped and searched me a week before"
        found.pop("repeat_victimisation")
    if found.get("repeat_victimisation") is True and i97a_others_drinking(text):
        # i97a (round 97): "theyve drunk in my pub for years till i barred em" (Tony): how long
        # they drank there, not the crime happening more than once.
        found.pop("repeat_victimisation")
    if found.get("repeat_victimisation") is True and l3_mentions_drinking_or_flashbacks(text):
        # -- round 42, helper L3 --: "few after close every night now" is his drinking, and
        # "keep seeing it happen again" a flashback, not the crime happening again (Dave).
        found.pop("repeat_victimisation")
    for slot in VOLUNTEERED:
        if slot == requested or slot not in found or slot in reading.slots:
            continue
        if slot == "repeat_victimisation" and turn.answers.get("crime_type") == "homicide":
            continue  # "the liaison officer hasn't rung for weeks" is not a second killing
        if turn.answers.get(slot) is not None:
            continue
        reading.slots[slot] = found[slot]
        if not (slot == "crime_type" and account.spiked_not_knowing_more(text)):
            reading.noted[slot] = found[slot]
    for slot in BACKGROUND:
        if slot not in found:
            continue
        if (
            slot in ("for_someone_else", "for_child")
            and requested == "relationship_to_offender"
            and not _WRITES_FOR.search(plain(turn.text))
        ):
            continue  # "As I said, it's my neighbour" names who did it, not whom it is about
        if (
            slot == "for_someone_else"
            and turn.opening
            and account.n4_partner_named_only(turn.text.lower())
        ):
            continue  # -- round 68, helper n4 --: "It's about my wife" (John): not decided yet
        if slot == "for_someone_else" and not turn.opening and k77c_not_whom(turn, reading):
            continue  # -- round 77, helper k77c --: James's husband, Helen's husband's dementia
        if slot == "for_someone_else" and not turn.opening:
            doer = _names_who_did_it(turn.text, turn.answers)
            if doer:
                # "she's a woman and I'm a woman so yes sexuality matters I suppose? but it's my
                # partner, not a hate thing": who did it, not whom it is about.
                if turn.answers.get("relationship_to_offender") is None:
                    reading.slots.setdefault("relationship_to_offender", doer)
                    reading.noted.setdefault("relationship_to_offender", doer)
                continue
        if slot == "hate_strand" and reading.slots.get("hate_motivated") is False:
            continue  # -- round 43, helper M2 --: "I don't think he hated me ... I'm deaf"
        if slot == "for_child" and l5_relative_harmed_the_writer(turn):
            continue  # -- round 42, helper L5 --: see l5_relative_harmed_the_writer
        if slot == "for_child" and o2_child_only_mentioned(turn):
            continue  # -- round 69, helper o2 --: Rose's grown son, Beata's granddaughter
        known = turn.answers.get(slot)
        value = found[slot]
        if (
            slot == "account_details"
            and isinstance(value, list)
            and u86a_witness_not_hurt(turn, reading)
        ):
            # u86a (round 86): Olu, on record as having seen it: "The boy was stabbed in the
            # stomach" is the boy's injury, not his (only "he stabbed me" would be).
            value = [d for d in value if d not in ("injured", "serious_injury")]
        if isinstance(value, list):
            merged = list(dict.fromkeys([*(known or []), *value]))
            if merged != (known or []):
                reading.slots[slot] = merged
                if "threat_to_kill" in value and "threat_to_kill" not in (known or ()):
                    # i97a (round 97): Tony, "one of em said we'll burn the place down with you
                    # in it": said back, not left out of the notes.
                    reading.noted["account_details"] = ["threat_to_kill"]
        elif known is None:
            reading.slots[slot] = found[slot]
            if slot == "for_child":
                reading.noted["for_child"] = True  # said back, so a wrong reading is put right
            if (
                slot == "for_someone_else"
                and not turn.opening
                # -- round 44, helper N7 --: a bereaved relative is asked about themselves
                # ("How old are you?"), so not told the questions are about the one who died.
                and not (found.get("bereaved") or turn.answers.get("bereaved"))
            ):
                # The welcome already says so when the first message tells it.
                _say_once(reading, turn, Say(response="utter_about_them"))
    age = reading.slots.get("age")
    if age is not None and turn.answers.get("under_18") is None and float(age) < 18:
        reading.slots.setdefault("under_18", True)
    # -- round 39, helper F6 --: with the first message, where it was told ("My name is Mr Okafor
    # and I reside in Lewisham"), not asked again at the end.
    lives = _LIVES_IN.search(plain(text))
    mine = lives is not None and re.match(r"(?:im|i am|i m|were|we are|i|we)\b", lives.group(0))
    if mine and (turn.answers.get("for_someone_else") or reading.slots.get("for_someone_else")):
        lives = None  # "im in hounslow" from a brother writing for someone in hillingdon
    if turn.answers.get("for_someone_else") or reading.slots.get("for_someone_else"):
        # v86b1 (round 86): Ray, "They live together in Croydon. I'm in Sutton.": where they
        # live, wherever it comes beside where the writer lives.
        theirs = [
            found
            for found in _LIVES_IN.finditer(plain(text))
            if not re.match(r"(?:im|i am|i m|were|we are|i|we)\b", found.group(0))
        ]
        lives, mine = (theirs[0], False) if theirs else (lives, mine)
    if (
        lives
        and not mine
        and not turn.opening
        and not any(
            turn.answers.get(slot) or reading.slots.get(slot)
            for slot in ("for_someone_else", "for_child")
        )
    ):
        # m92c (round 92): Leila (Tower Hamlets), "can i go to my sister house? she live in
        # ilford", was noted in Redbridge: where someone else lives, told later by a person
        # writing for themselves, is not their borough.
        lives = None
    if (
        lives
        and not mine
        and read_answer("borough", lives.group(1)).value == "outside_london"
        and not any(
            turn.answers.get(slot) or reading.slots.get(slot)
            for slot in ("for_someone_else", "for_child")
        )
    ):
        # -- round 41, helper J4 --: "only one girl from Portugal but she lives in Manchester"
        # (Marta, who lives in Brent): a friend far away, not where she lives.
        lives = None
    if lives and requested != "borough" and turn.answers.get("borough") is None:
        # "she lives alone in richmond": where they live, said outright, is not asked again.
        borough = read_answer("borough", lives.group(1)).value
        if borough:
            reading.slots["borough"] = reading.noted["borough"] = borough
    words = plain(turn.text)
    writer = turn.answers.get("for_someone_else") or reading.slots.get("for_someone_else")
    if (
        requested not in (None, "borough")
        and turn.answers.get("borough") is None
        and not (writer and re.search(r"\b(?:im|i am|i m|i live|we live)\b", words))
    ):
        # "48. merton, if that's next": beside the answer asked for, kept as well.
        borough = _bare_borough(turn.text)
        if borough and requested != "crime_type":
            reading.slots["borough"] = reading.noted["borough"] = borough
    _r33_later_answers(reading, turn, requested)
    speaks = _SPEAKS.search(words) or _INTERPRETER_IN.search(words)
    if (
        speaks
        and _ENGLISH_WILL_DO.search(words)
        and not (writer or turn.answers.get("for_child") or reading.slots.get("for_child"))
    ):
        # l100a (round 100): Elif, writing for herself, "My English is fine but my mother only
        # speaks Turkish" was noted as "support in Turkish, with an interpreter".
        speaks = None
    if speaks and requested != "language" and turn.answers.get("language") is None:
        language = read_answer("language", speaks.group(1)).value
        if language and language != "english":
            reading.slots["language"] = reading.noted["language"] = language
    if (
        # Not "a man" to "Do you know who did it?": who did it, not who they are.
        requested not in ("gender", "worker_gender", "relationship_to_offender", "crime_type", None)
        and not turn.opening
        and turn.answers.get("gender") is None
        and _BARE_GENDER.fullmatch(words)
    ):
        # "woman", typed at another question (round 29, Chantelle and Bukola expected the
        # question): kept, and said back, not "Sorry, I didn't understand".
        gender = read_answer("gender", turn.text).value
        if gender:
            reading.slots["gender"] = reading.noted["gender"] = gender
    wanted = language_asked_for(turn.text, bare=requested != "hate_motivated")
    if (
        wanted
        and requested != "language"
        and "language" not in reading.slots
        and turn.answers.get("language") is None
    ):
        # "someone to talk, turkish if possible", "somebody speak Polish?": kept when said, and
        # "Which language would you like support in?" is not asked.
        reading.slots["language"] = reading.noted["language"] = wanted


# "if he comes near me again": what may happen, not what has.
# "if he comes near me again": what may happen, not what has (to a comma, or to the end).
# To the end of its clause: "i dont really know if i should be messaging this. my partner pushed
# me" (round 46, Pippa) tells who did it in the next sentence.
_WHAT_IF = re.compile(r"\b(?:if|unless|in case|or else|otherwise)\b[^,.!?;\n]*", re.IGNORECASE)
_WHETHER = re.compile(
    r"\b(idk|know|knw|dunno|sure|unsure|wonder\w*|ask\w*|see|check|tell me|counts?) if\b",
    re.IGNORECASE,
)
# "hes done it before to his last gf": done to someone else.
_TO_SOMEONE_ELSE = re.compile(
    r"\b(?:done|did|does|do) (?:it|this|that|the same)(?: \w+)?(?: before)? to (?:his|her|their|"
    r"other|another|someone|somebody|other people|others)\b.*$"
)
# "nobody is watching me", "no one followed me": what did not happen.
_NOBODY_DID = re.compile(
    r"\b(?:nobody|no one|noone|no body|not|never)\b(?: \w+){0,2}? (?:\w+ing|\w+ed) (?:me|us)\b"
)


_WHO_WORDS = (
    rf"(?:(?:my|our) (?:(?P<p>{account.PARTNER})|(?P<f>{account.FAMILY})|(?P<k>{account.KNOWN}))|"
    rf"(?:(?:the|a) )?(?P<k2>{account.KNOWN}))"
)
# Who did it, in words the account reader does not take as doing harm: a fight or a problem
# "with my bf", "my neighbour came at me", "landlord come in my room".
_WHO_NAMED = re.compile(
    rf"\b(?:problems?|trouble|issues?|fight|fighting|argument|arguing|row|dispute|falling out|"
    rf"incident) with (?:my|our) (?:(?P<wp>{account.PARTNER})|(?P<wf>{account.FAMILY})|"
    rf"(?P<wk>{account.KNOWN}))\b|"
    rf"\b{_WHO_WORDS}(?: (?:he|she|they))? (?:just |has |had |always |keeps? )?(?:came|come|comes|"
    r"coming|went|go|goes|ran|run|runs|lunged|charged|barged|burst|walked|walks) (?:at|for|into|"
    r"in to|in|up to) (?:me|us|my|our)\b"
)


def who_named(text: str) -> str | None:
    """Who did it, when the account names them beside what they did in words it does not read
    as harm ("had a fight with my bf", "my neighbour came at me with a hammer")."""
    found = _WHO_NAMED.search(plain(text))
    if not found:
        return None
    if found.group("wp") or found.group("p"):
        return "partner_or_ex"
    if found.group("wf") or found.group("f"):
        return "family_member"
    return "someone_known"


# -- round 31, helper Q -- "third time youve told me about insurers ffs" (Terry) counts what
# this chat sent him, not times he was targeted.
_ABOUT_THIS_CHAT = re.compile(
    r"\b(?:times?|again) (?:youve|you have|you ve|uve|u have|u ve|you|u|its|it has) (?:\w+ )?"
    r"(?:told|sent|asked|said|shown|given|repeated|mentioned|sending|asking|telling)\b|"
    r"\b(?:you|u) keep (?:telling|sending|asking|saying|going on)\b|"
    # -- round 40, helper G1 --: "3rd time asking lol" (Tariq): his question, asked again.
    r"\b(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+(?:st|nd|rd|th)?) time|(?:two|three|"
    r"four|2|3|4) times) (?:(?:im|i m|i am|ive|i have|i ve) )?(?:asking|asked|ask|saying|said|"
    r"telling|told|typing|typed|writing|wrote)\b"
)
# "i said i didnt want to. more than once. he did it anyway" (Lucy): said more than once.
_G1_SAID_MORE_THAN_ONCE = re.compile(
    r"\b(?:said|told (?:him|her|them)|asked (?:him|her|them))\b[^.!?\n]{0,40}[.!?,;]*\s*"
    r"(?:(?:and|i said it|i did) )?more than once\b",
    re.IGNORECASE,
)


# -- round 48, helper S1 --: "I was a teacher for 38 years, I should have known better" (Ruth,
# one HMRC call) is her working life, not being targeted again and again.
_S1_CAREER = re.compile(
    r"\b(?:(?:I was|I have been|I've been|Ive been|I worked as) an?|I taught|I nursed)"
    r"(?! (?:victim|target|prisoner|hostage|slave|punchbag|punching bag)\b)(?: \w+){1,3}? for "
    r"(?:\d+|over \d+|many|forty|thirty|twenty) years\b",
    re.IGNORECASE,
)


def repetition_told(texts: Sequence[str]) -> bool:
    """Whether being targeted more than once is told in one sentence of what they wrote, not
    only in what may happen ("if he comes near me again"), in what he did to someone else
    ("hes done it before to his last gf"), in what did not happen ("nobody is watching me"), or
    across two sentences run together ("I have not slept properly since. I am 76")."""
    for text in texts:
        text = _G1_SAID_MORE_THAN_ONCE.sub(" ", text)  # -- round 40, helper G1 --
        text = j4_without_false_repeats(text)  # -- round 41, helper J4 --
        text = _S1_CAREER.sub(" ", text)  # -- round 48, helper S1 --
        text = _V1_CARED_FOR_SINCE.sub(" ", text)  # -- round 50, helper V1 --
        for sentence in re.split(r"[.!?;\n]+", text):
            # "idk if this is the right place but my ex wont leave me alone": whether, not if.
            sentence = _WHETHER.sub(r"\1 whether", sentence)
            words = plain(_WHAT_IF.sub(" ", sentence))
            words = _NOBODY_DID.sub(" ", _TO_SOMEONE_ELSE.sub(" ", words))
            if _ABOUT_THIS_CHAT.search(words):
                continue  # -- round 31, helper Q -- "third time youve told me about insurers"
            if words.strip() and account.read_account(words).repeat is True:
                return True
        if account.how_long_told(text) and account.read_account(text).repeat is True:
            return True  # "i work from 6 in morning to 10 night. no money. 2 years"
    return False


_LANGUAGE_WORDS = "|".join(
    sorted(
        (
            re.escape(plain(phrase))
            for value, phrases in vocabulary.load_vocabulary().get("language", {}).items()
            if value != "english"
            for phrase in [value, *phrases]
            if plain(phrase)
        ),
        key=len,
        reverse=True,
    )
)
# A language asked for in passing: "turkish if possible", "Polish is better", "somebody speak
# Polish?", "please Turkish", "Turkish speaker please", "is there Turkish person I can talk?".
_LANGUAGE_WANTED = re.compile(
    rf"\b(?P<a>{_LANGUAGE_WORDS}) (?:if possible|if poss|if you can|if they can|please|pls|plz|"
    r"speak|speakers?|speaking|interpreter|translator|is better|would be better|better|is best|"
    r"preferred|prefered|preferably|only|(?:(?:person|people|worker|someone|somebody|woman|man|"
    r"lady) )?(?:who|that|to|i can|we can|i could) (?:can )?(?:talk|speak|help))\b|"
    rf"\b(?:in|speaker|prefer|please|pls|plz|want|need|(?:someone|somebody|anyone|anybody|who|to|"
    r"can|could|you|u|they|people|person|worker|that) (?:\w+ )?(?:speak|speaks|speaking|talk|talks|"
    rf"talking)) (?P<b>{_LANGUAGE_WORDS})\b"
)
# "English is fine, I also speak Urdu": English will do.
_ENGLISH_WILL_DO = re.compile(
    r"\b(?:english|eng) (?:is |s )?(?:fine|ok|okay|good|alright|all right)\b|\bi (?:also |can |do |"
    r"only )?speak english\b"
)
# "I am Polish woman", "because im turkish": who they are, not the language they want.
_NATIONALITY = re.compile(
    rf"\b(?:im|i am|i m|being|because|cos|coz|cause|as an?|for being|am) (?:an? )?"
    rf"(?:{_LANGUAGE_WORDS})\b"
)


# -- round 75, helper c75b --: Mehmet, 58, at the language question: "english ok. turkish or
# kurdish better for my wife maybe."; later "and my wife she speak turkish better" was taken as
# his own language ("support in Turkish, with an interpreter"), and "but the turkish is for my
# wife not me, I am ok english" was not heard. A language said for a relative, or as theirs, is
# not the language of the one writing.
_C75B_RELATIVE = (
    r"(?:wife|husband|partner|mum|mother|mom|mam|dad|father|son|daughter|parents?|grandma|"
    r"grandmother|grandad|grandfather|nan|nana|gran|family|brother|sister|aunt|auntie|uncle|in "
    r"laws?|mother in law|father in law|children|kids|child)"
)
_C75B_THEIR_LANGUAGE = re.compile(
    rf"\b(?:for|to) (?:my|our|his|her) {_C75B_RELATIVE}\b|"
    rf"\bmy {_C75B_RELATIVE} (?:(?:she|he|they) )?(?:\w+ )?(?:only )?(?:speaks?|speaking|talks?|"
    r"understands?|needs?|wants?|reads?|prefers?|would|likes?)\b|"
    # n103b (round 103): Mei, "can they call my mother in Mandarin also or only me?" (her
    # mother's language, asked for her mother) was made Mei's own interpreter need.
    rf"\b(?:call|calls|ring|phone|contact|speak to|talk to|text|help|support) (?:my|our) "
    rf"{_C75B_RELATIVE} (?:in|with)\b"
)


def c75b_language_is_a_relatives(words: str) -> bool:
    """ "turkish or kurdish better for my wife", "my wife she speak turkish better"."""
    return bool(_C75B_THEIR_LANGUAGE.search(words))


def language_asked_for(text: str, *, bare: bool = True) -> str | None:
    """A language other than English asked for inside a message about something else, or
    given as a sentence of its own ("phone. Turkish") when ``bare``."""
    if _ENGLISH_WILL_DO.search(plain(text)):
        return None
    for sentence in re.split(r"[.!?,;\n]+", text):
        words = plain(sentence)
        if not words or _NATIONALITY.search(words):
            continue
        if c75b_language_is_a_relatives(words):
            continue  # -- round 75, helper c75b -- (Mehmet: his wife's language)
        if q82b_language_of_their_words(words):
            continue  # q82b (round 82) -- Ewa: "he post about me on facebook in polish"
        said = _LANGUAGE_WANTED.search(words)
        name = (said.group("a") or said.group("b")) if said else None
        if name is None and bare and re.fullmatch(_LANGUAGE_WORDS, words):
            name = words
        if name:
            language = read_answer("language", name).value
            if language and language != "english":
                return str(language)
    return None


_R33_ENGLISH_ALONE = re.compile(r"(?:in )?english(?: (?:please|pls|is fine|is ok|only))?")
_R33_NEED_ALONE = re.compile(
    r"(?:feeling safe|someone to talk to|practical help|help with court)(?: (?:please|pls))?"
)


def _r33_later_answers(reading: Reading, turn: Turn, requested: str | None) -> None:
    """Answers to questions not yet asked, each said as a sentence of its own: "Feeling safe
    please. Mostly I am scared of fire. Barking and Dagenham. English." (round 33, Brenda was
    then asked the needs and language questions again)."""
    if requested in (None, "crime_type") or turn.opening:
        return
    sentences = [plain(part) for part in re.split(r"[.!?;\n]+", turn.text)]
    if len([part for part in sentences if part]) < 2:
        return
    if (
        requested != "language"
        and turn.answers.get("language") is None
        and any(_R33_ENGLISH_ALONE.fullmatch(part) for part in sentences)
    ):
        reading.slots.setdefault("language", "english")
    if requested != "needs" and not turn.answers.get("needs"):
        said = [part for part in sentences if _R33_NEED_ALONE.fullmatch(part)]
        if said:
            needs = read_answer("needs", said[0]).value
            if needs:
                reading.slots.setdefault("needs", needs)


def _bare_borough(text: str) -> str | None:
    """A London borough given as the whole message ("in croydon"), or as a sentence of its own
    beside another answer ("english. kingston", "enfield. will i get in trouble?")."""
    whole = _ONLY_A_PLACE.fullmatch(plain(text))
    if whole:
        sentences = [whole.group(1)]
    else:
        sentences = [plain(part) for part in re.split(r"[.!?,;\n]+", text)]
        sentences = [part for part in sentences if part and len(part.split()) <= 3]
    for sentence in sentences:
        borough = read_answer("borough", sentence).value
        if borough and borough != "outside_london":
            return str(borough)
    return None


# -- round 60, helper G3 -- "hello. I am deaf. my ex he send text he will kill me. I scared. I
# cant phone" (Stacey) was told first to call 999 and press 55: for someone Deaf, hard of
# hearing or without speech, the 999 line leads with what works without a voice.
# -- round 71, helper x71a --: not "deaf in the left ear" (Frank, 68), who phones.
_G3_NO_VOICE = re.compile(
    r"\b(?<!bit )(?<!little )(?<!slightly )(?<!partially )(?:deaf|bsl|sign language|"
    r"hard of hearing|mute|non ?verbal|cant hear|can t hear|cannot hear|no hearing)\b"
    r"(?! in (?:one|my|the|his|her) (?:left |right |good |bad )?ear)"
)


def g3_emergency_line(text: str, answers: Mapping[str, Any]) -> str:
    """The 999 line: without a voice call first for someone who said they are Deaf."""
    if answers.get("for_someone_else") is True:
        return "utter_emergency"
    # -- round 71, helper x71a --: not "I don't do sign language, I'm just a bit deaf" (Frank).
    words = account._others_hearing(plain(text))
    deaf = "deaf" in (answers.get("community") or ()) or bool(_G3_NO_VOICE.search(words))
    return "utter_g3_emergency_no_voice" if deaf else "utter_emergency"


# -- end of round 60, helper G3 --


# k77f (round 77): the crisis reply's Childline variant is chosen by `under_18`, which is their
# age at the time (contract.md): Ellie, 35, abused from 8 to 12, was told to call Childline
# (for under-19s, the childline entry). An adult now gets the adult lines, by their own name.
SELF_HARM_LINES = ("utter_self_harm", "utter_k77f_self_harm_adult")


def self_harm_line(answers: Mapping[str, Any]) -> str:
    """The crisis reply for thoughts of suicide: the adult one for someone who was under 18 at
    the time and gave an adult age, else the usual one (its variants chosen by `under_18`)."""
    age = answers.get("age")
    adult_now = isinstance(age, (int, float)) and age >= 18
    return (
        "utter_k77f_self_harm_adult"
        if adult_now and answers.get("under_18")
        else SELF_HARM_LINES[0]
    )


def _crisis(reading: Reading, turn: Turn, answer: Answer) -> None:
    crisis = turn.intent
    assert crisis is not None
    reading.flags.append(crisis)
    if crisis == "in_danger":
        reading.say.append(Say(response=g3_emergency_line(turn.text, turn.answers)))
    else:
        reading.say.append(Say(response=self_harm_line(turn.answers)))
    if turn.requested == "in_danger" and answer.value is True:
        _pause_for_safety(reading, turn)
        return
    if crisis == "in_danger" and _SOMEONE_THERE.search(plain(turn.text)):
        # "hes here hes banging on the door", "hes just pulled up outside": the questions stop
        # until they say they are safe, never the next one, however often danger was asked.
        reading.slots["in_danger"] = True
        _pause_for_safety(reading, turn)
        return
    if crisis == "in_danger":
        # "26 pls im not safe hes back soon REFUGE NUMBER": the refuge line beside the 999 one,
        # not after they have said they are safe (round 29, Chantelle).
        _answer_in_danger(reading, turn)
    # Ask once more whether they are in danger now, unless it has been asked twice already.
    asked_before = turn.answers.get("in_danger") is not None or turn.requested == "in_danger"
    # Thoughts of suicide told for the first time are followed by "are you safe right now?",
    # however often danger was asked before: never the next question straight after.
    first_self_harm = crisis == "self_harm" and not set(SELF_HARM_LINES) & set(turn.said)
    # "idk" to the danger question, then "id rather die" (round 30, Kieran, 15): asked all the
    # same, the first time thoughts of suicide are told.
    skipped_danger = first_self_harm and turn.requested not in (None, "consent")
    if (asked_before or skipped_danger) and (
        turn.asked.get("in_danger", 0) < MAX_ASKS or first_self_harm
    ):
        reading.slots["in_danger"] = None
        reading.slots["safety_check"] = crisis


def m60_their_self_harm(text: str, answers: Mapping[str, Any]) -> bool:
    """Self-harm told of the one they write for, or of "her", not of the writer."""
    for_other = bool(answers.get("for_someone_else") or answers.get("for_child"))
    return only_their_self_harm(text, for_other)


# Someone at the door or on the way now, not a threat told as part of what happened.
_SOMEONE_THERE = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|someone|somebody|someones|him|her|them)\b(?:\s+\w+){0,3}?"
    r"\s+(?:is |are |s )?(?:here|outside|at (?:the|my|our) (?:front |back )?(?:door|window|gate)|"
    r"banging|kicking|knocking|on (?:his|her|their|the) way|coming (?:round|over|back|here|in|up)|"
    r"trying to (?:get|break|come) in|in the (?:house|flat|garden|hall)|pulled up|parked "
    r"(?:up|outside|opposite|across)|sitting (?:outside|in (?:his|her|their|the) car))\b|"
    # In few words of English: "they come now", "please quick they come", "they lock me".
    r"\b(?:he|she|they|hes|shes|theyre|husband|someone) (?:come|comes|coming) (?:now|quick)\b"
    r"(?! and then)|\bquick (?:they|he|she) (?:come|coming)\b|\b(?:they|he|she|family) (?:lock|"
    r"locks) (?:me|us|the door|door)\b"
)


# m103a (round 102): Maureen (63) said "I'm safe, I'm at home with the door locked", then "texts
# saying he'll hurt her if she leaves him" and "I'm frightened he'll hurt her" (of her daughter's
# boyfriend) each brought back "If you're in danger now, call 999 ... Are you in danger right
# now?", and her questions were lost. Once they have said they are safe, danger is read as now
# only from a word of now or of someone there; "some nights now" or "for weeks now" is no such
# word. "hes outside my door now", "hes breaking the door" still stop everything. Only once the
# 999 lines have been sent and they have said they are safe: the danger screen comes at most
# once more ("Are you in danger right now?" once), never three times.
M103A_REMINDER = "utter_m103a_999_if_danger"
_M103A_NOW_AS_DURATION = re.compile(
    r"\b(?:(?:some|most|many|a few|few|several|the|these|those|other) (?:nights|days|evenings|"
    r"mornings|weekends|weeks|times)|for (?:a while|ages|years|months|weeks|(?:a |\w+ )(?:days?|"
    r"weeks?|months?|years?))|(?:days|weeks|months|years) ago|a while) now\b|\bnow and (?:then|"
    r"again)\b"
)
_M103A_DANGER_NOW = re.compile(
    r"\b(?:now|right now|rn|at the moment|atm|tonight|today|currently|still|again|as we speak|"
    r"this minute|just now|here|outside|downstairs|upstairs|next door|in the house|at the door|"
    r"nearby|near me|following me|waiting for me|help me|help us|not safe|unsafe|in danger|"
    r"coming|on (?:his|her|their|the) way|back)\b|"
    r"\b(?:is|are|s|re|hes|shes|theyre|im|were|keeps?) (?:\w+ )?(?:hitting|attacking|hurting|"
    r"beating|strangling|choking|stabbing|punching|kicking|breaking|smashing|chasing|following|"
    r"banging|threatening me|holding|locking)\b|"
    r"\b(?:breaking|broke|kicking|kicked|smashing|smashed) (?:in|down|the|my|our)\b|"
    r"\b(?:has|hes got|got) (?:a )?(?:knife|gun|weapon|blade|machete|bat|hammer)\b|"
    r"\bjust (?:\w+ )?(?:hit|punched|kicked|attacked|stabbed|strangled|choked|grabbed|pushed|"
    r"threatened|smashed|broke|turned up|arrived|showed up)\b"
)


def m103a_fear_after_safe(turn: Turn) -> bool:
    """A threat or fear told after they said they are safe, with nothing of danger now."""
    if turn.answers.get("in_danger") is not False or turn.requested == "in_danger":
        return False
    if not {"utter_emergency", "utter_g3_emergency_no_voice"} & set(turn.said):
        # Safe said only at the form's own danger question: the first threat told after it
        # still gets the 999 lines and one "are you in danger right now?" (tests/unit/
        # test_reading.py); after that, as here.
        return False
    text = turn.text
    words = _M103A_NOW_AS_DURATION.sub(" ", plain(text))
    return not (
        _M103A_DANGER_NOW.search(words)
        or _SOMEONE_THERE.search(words)
        or mentions_self_harm(text)
        or must_go(text)
        or asks_us_to_call(text)
    )


# Safe now, said in words at the danger question: "no not in danger", "hes home with me now,
# hes ok", "ye im home".
_SAID_SAFE = re.compile(
    r"\b(?:not in (?:any )?danger|no danger|not the one in danger|safe (?:now|here)|(?:im|i am|"
    r"were|we are|i feel|hes|"
    r"shes|theyre|he is|she is|they are) (?:now )?(?:safe|ok|okay|fine|alright|all right|home|at "
    r"home|back home|with me|in hospital|at (?:my|a) (?:\w+s|\w+s house|friends|mates))\b(?! "
    r"alone))"
)


def _safe_now_said(turn: Turn, answer: Answer) -> bool:
    """Told they are safe in answer to the danger question, with what happened told beside it
    ("no not in danger. A man came to the door in october... now hes come back saying he needs
    more money"): the account is read, and no 999 lines, unless someone is there now."""
    words = plain(turn.text)
    return (
        turn.requested == "in_danger"
        and turn.intent == "in_danger"
        and answer.value is False
        and bool(_SAID_SAFE.search(words))
        and not _SOMEONE_THERE.search(words)
    )


def _pause_for_safety(reading: Reading, turn: Turn) -> None:
    """Someone in danger now is not asked anything more until they are safe: a question about
    hate crime while someone is at the door is the worst thing the bot could send. What they
    asked is still answered ("i need somewhere to go me and the baby. a refuge or something",
    "is the baby ok if i fell?"): in danger is when it matters most."""
    _answer_in_danger(reading, turn)
    reading.say.append(Say(response="utter_when_safe"))
    reading.pause = True


def _answer_in_danger(reading: Reading, turn: Turn) -> None:
    """What someone in danger asks is answered beside the 999 line."""
    known = known_answer(
        turn.text, turn.answers.get("crime_type"), turn.organisations, answers=turn.answers
    )
    if known is not None and known.response not in (
        "utter_emergency",
        "utter_when_safe",
        "utter_g3_emergency_no_voice",
    ):
        _say_once(reading, turn, known)


# -- round 46, helper Q5 -- "i just told u" (Ruby, 14, after telling what happened) is never a
# skip: "No problem, let's skip that one" told her she had not been heard. Asked again instead.
_Q5_TOLD_ALREADY = re.compile(
    r"^\W*(?:i )?(?:just |already |literally )?(?:told|said|told (?:u|you|ya)|said it)"
    r"(?: (?:u|you|ya))?(?: (?:already|just now|before|above))?\W*$|"
    r"\bi (?:just |already |literally )?(?:told|said it to) (?:u|you|ya)\b"
)


# -- round 59, helper f3 -- Rosa, at the age question, putting right the bot's reading of her
# card: "not bank card. the card of home office, residence permit" was taken as skipping her age
# ("No problem, let's skip that one"), and her "45" next was lost. A message that starts "not
# <something>" and goes on to say what it is instead corrects something else: the question is
# asked again, not skipped. Not "not sure", "not saying", "not now" or "not telling you".
_F3_NOT_THAT_BUT = re.compile(
    r"^(?:no+ )?(?:its |it s |it is |is |was |it was )?not (?!(?:sure|saying|telling|now|today|"
    r"answering|comfortable|bothered|relevant|important|going|gonna|want\w*|wanting|willing|"
    r"happy|ready|yet|really|right now|at the moment|you|u|your|ur|that question|this question|"
    r"applicable|known|giving|sharing|disclosing|a lot|at all|much|anymore|ever|often|once|"
    r"twice|again)\b)(?:\w+ ){0,3}\w+$"
)


def f3_corrects_something_else(text: str) -> bool:
    """ "not bank card. the card of home office": a short "not X", then what it is instead."""
    parts = [plain(part) for part in re.split(r"[.,;!?\n]+| but | - ", text) if plain(part)]
    return len(parts) >= 2 and bool(_F3_NOT_THAT_BUT.match(parts[0]))


# -- end of round 59, helper f3 --


def _not_understood(reading: Reading, turn: Turn) -> None:
    slot = turn.requested
    assert slot is not None
    if _Q5_TOLD_ALREADY.search(plain(turn.text)) and slot not in ("consent", "referral_consent"):
        reading.say.append(Say(response=f"utter_reask_{slot}"))
        return
    if f3_corrects_something_else(turn.text) and slot not in ("consent", "referral_consent"):
        reading.say.append(Say(response=f"utter_reask_{slot}"))  # -- round 59, helper f3 --
        return
    if turn.missed.get(slot, 0) >= MAX_ASKS - 1:
        response = moving_on(slot)
        if response:
            reading.say.append(Say(response=response))
        reading.skipped.append(slot)
    else:
        reading.say.append(Say(response=f"utter_reask_{slot}"))


def moving_on(slot: str) -> str | None:
    """What to say when a question is skipped after two asks. Consent is not skipped into a
    yes: nothing is kept, and they are told how to agree later. A skipped referral is not a no:
    the closing message says so, with how to ask for it later ("say 'refer me'")."""
    if slot == "consent":
        return "utter_nothing_kept"
    # The safety question is skipped after a crisis message that already says to call 999:
    # "No problem, let's skip that one" straight after the Samaritans reads as not caring.
    return None if slot in ("referral_consent", "in_danger") else "utter_moving_on"


# A question word inside a sentence that ends in "?", but not a report of what was said ("i
# just told you what happened??").
_ASKS_INSIDE = re.compile(
    r"(?<!told you )(?<!said )(?<!know )(?<!knew )(?<!asked )(?<!tell you )\b(?:what|whats|how|"
    r"who|whos|when|where|why|which|can i|can they|can he|can she|can you|do i|do they|does it|"
    r"will they|will it|would they|should i|is it|is that|is there|are they|are there|"
    # "he can come back tonight cant he?" (round 31, Precious).
    r"(?:cant|can|wont|will|could|couldnt|would|wouldnt|isnt|is|does|doesnt) (?:he|she|they))\b"
)


def answer_to_first_message(
    text: str, answers: Mapping[str, Any], organisations: Sequence[Organisation], said: Set[str]
) -> Say | None:
    """A question asked in the very first message ("my flat was burgled, will they take
    fingerprints?") waits behind the privacy question, then is answered with what the bot has
    learnt by then, unless it was answered already."""
    if not (is_question(text) and _has_question_part(text)):
        return None
    known = known_answer(text, answers.get("crime_type"), organisations, answers=answers)
    if known is None or (known.response and known.response in said):
        return None
    return known


# lead (round 98): a question asked in the order of a statement, with its mark: Joel (Deaf, BSL
# first) at "Have you reported it?": "no. I cant phone police. police can use BSL?" got the next
# question and no answer, as did "i can get my money?" in few words of English. A sentence ending
# in "?" that says what someone can, will or must do asks it; not a hedge ("i would think so?",
# "he could be?"), nor a check of how they will be contacted ("they can call me?"), which the
# contact questions read as their answer.
_STATEMENT_ORDER_ASKS = re.compile(
    r"\b(?:can|could|will|would|should|must|need to|needs to|have to|has to|got to|gonna|"
    r"going to|allowed to|able to) (?!(?:say|think|guess|imagine|suppose|be|so|not|call|ring|"
    r"phone|text|email|message|contact)\b)[a-z]\w+"
)


def _has_question_part(text: str) -> bool:
    """Whether a sentence of the message is itself a question ("yes i did. what happens now?"),
    not a hedge ("someone i know i guess?") or a complaint ("i didnt ask a question?")."""
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+|,\s*(?=(?:but|and|so)\b)", text)]
    return any(
        opens_a_question(p)
        or (
            p.endswith("?")
            and bool(_ASKS_INSIDE.search(plain(p)) or _STATEMENT_ORDER_ASKS.search(plain(p)))
        )
        for p in parts
        if p
    )


# -- corrections --------------------------------------------------------------------------------

_NOT_FAMILY = re.compile(
    rf"\b(?:(?:it )?(?:wasnt|was not|isnt|is not|its not|not)|(?:hes|shes|theyre|he is|she is|"
    rf"they are) not) (?:my |a |an |the )?(?:(?P<f>{account.FAMILY})|(?P<p>{account.PARTNER})|"
    rf"(?P<k>{account.KNOWN}))\b"
)
# g96b (round 96): "im not a lodger": what they are themself, not who did it.
_G96B_ABOUT_THEMSELF = re.compile(r"\b(?:im|i am|i m|were|we are|we re)\s*$")
# "it was my neighbour", "he's a stranger", "actually it was my ex": who did it, said outright.
_IT_WAS = re.compile(
    # Not "it's not like he's a husband hitting me" (her son): a comparison, not who it was.
    rf"\b(?<!like )(?<!this one )(?<!phone )(?:it was|its|it s|actually it was|he was|she was|"
    rf"they were|hes|shes|theyre|"
    rf"he is|she is|they are|(?:it was )?done by) (?:actually )?(?:my|a|an|the|our) "
    rf"(?:{account.PARTNER}|{account.FAMILY}|{account.KNOWN}|stranger|strangers|random|"
    rf"someone i (?:know|dont know))\b"
    # "shes the mother of my kids": the other parent of their children, not a relative.
    r"(?! of (?:my|our) (?:kids|children|child|son|sons|daughter|daughters|baby|boys|girls))"
    # -- round 45, helper P6 --: not "its my friends phone not mine" (Yasmin, texting on a
    # friend's phone): whose phone it is, not who did it.
    r"(?!s? (?:phone|mobile|laptop|computer|tablet|ipad|email|account|number)\b)"
)
# "Please change it so they don't think a child is hurt", "its me not my son".
_NOT_A_CHILD = re.compile(
    r"\b(?:its|it s|it is|this is) (?:about )?me\b(?! (?:they|you|who|that)? ?(?:should|can|need "
    r"to|must|will|to) (?:contact|call|ring|text|phone|email|speak))|\bnot (?:a|my) (?:child|kid)"
    r"\b|\bim the "
    r"(?:victim|one)\b|\b(?:dont|do not) think a child\b|\bno child\b|\b(?:hes|shes|he is|she is) "
    r"(?:an adult|a grown man|a grown woman|not a child)\b"
    # -- round 53, helper Z4 --: "its him doing it to me. hes 24" (Bev, whose son takes her
    # benefits): the parent it is done to, not a child harmed.
    r"|\b(?:its|it s|it is) (?:him|her) (?:doing|did|does) (?:it|this) to me\b|\bits me this is "
    r"happening to\b|\b(?:him|her) doing (?:it|this) to me\b"
)
# -- round 53, helper Z4 --: the grown-up child named as the one doing it, to the writer.
_Z4_CHILD_DOES_IT = re.compile(
    r"\b(?:its|it s|it is) (?:him|her) (?:doing|did|does) (?:it|this) to me\b|\b(?:him|her) "
    r"doing (?:it|this) to me\b|\bits me this is happening to\b"
)
_WERE_STRANGERS = re.compile(
    r"\b(?:it was|they were|theyre|they re|they are|were|its|it s) (?:just |total |complete )?"
    r"strangers\b|\bnot someone (?:i|we) know\b"
)
# "you wrote i dont know them, thats wrong, i know them"
_KNEW_THEM = re.compile(
    r"\b(?:(?:i|we) (?:do )?know (?:him|her|them)(?! (?:from|by) (?:sight|nowhere))|"
    r"(?:he|she|they) (?:is|are|was|were)n?t (?:a )?strangers?|not (?:a )?strangers?|"
    r"i know (?:who|them a bit|him a bit))\b"
)
_RELATIONSHIP_OPTIONS = {
    "a stranger": "stranger",
    "stranger": "stranger",
    "someone i know": "someone_known",
    "someone they know": "someone_known",
    "a family member": "family_member",
    "my partner or ex": "partner_or_ex",
    "their partner or ex": "partner_or_ex",
}
# After "it's my mum": words that say whom it happened to, not who did it.
_NEVER_SAID_WHO = re.compile(
    r"\b(?:never|didnt|did not|havent|have not) (?:say|said|told you) (?:that )?(?:it was |they "
    r"were |he was |she was )?(?:someone i (?:know|knew)|someone known|family|a family member|my "
    r"(?:partner|ex|family))\b"
)
_WHO_DID_IT_LABEL = re.compile(r"\bwho did it (?:was |is |were |then )?((?:\w+ ){1,6}\w+)")
_ABOUT_THEM = re.compile(
    # l100a (round 100): Elif, "It's my mother who only speaks Turkish" (of an interpreter) was
    # noted as a family member doing it: who speaks a language is not who did it.
    r"\s*(?:who (?:has|had|is|was|lives|cant|can|needs|uses|got (?:hurt|hit|attacked)|"
    r"(?:only |just |mainly |mostly )?(?:speaks?|talks?|understands?|reads?|wants?|prefers?))|"
    r"not me|"
    # "its my son whos not safe": the one it happened to, not the one who did it.
    r"(?:whos|who s) (?:not|in|the one|been (?:hurt|hit|attacked|stabbed)|hurt|injured|scared)|"
    r"(?:she|he|they) (?:is|was|has|lives)|s (?:the one|in))\b|"
    rf"\s*{account.DOING_TO_ANOTHER}"
)
# -- round 63, helper i3 --: "i said. 9 to 12 school days. and friday 12 to 2" (Nadia, 36, of
# safe times to call) was "you are 9": a time or a range of times is never an age.
_I3_A_TIME = (
    r"(?!\s*(?:to|till|til|until|and|or|\-|through)?\s*\d)(?!\s*(?:am|pm|oclock|o clock|ish|"
    r"in the (?:morning|afternoon|evening)|on (?:weekdays|school days|mondays?|tuesdays?|"
    r"wednesdays?|thursdays?|fridays?|saturdays?|sundays?))\b)"
)
_SAID_AGE = re.compile(
    r"\b(?:i said|i meant|i mean|no im|no i am|im actually|i am actually|actually im|"
    r"actually i am|sorry im|sorry i am)\s+(\d{1,3})\b" + _I3_A_TIME + "|"
    # "no no i am not 20. 20 is pound. i am 38 years"
    r"\b(?:im|i am) not \d{1,3}\b.{0,40}\b(?:im|i am)\s+(\d{1,3})\b"
)


_NOT_HATE = re.compile(
    r"\b(?:(?:it )?(?:wasnt|was not|isnt|is not|not|werent)(?: a)? hate(?: crime)?|"
    r"(?:it )?(?:wasnt|was not|isnt|is not|not) (?:cos|coz|cause|cuz|because|about|to do with)"
    r" (?:of )?(?:im|i am|my|me being|being|who i am|the way i look)\b|"
    r"nothing to do with (?:my )?(?:race|religion|colour|skin|being \w+|who i am)|"
    # "hate crime?? nah its not that", "no she wasnt targeted for that"
    r"hate crime\W*(?:no|nah|nope)\b.{0,12}\b(?:its|it s|it was)? ?not (?:that|it)|"
    r"(?:wasnt|was not|werent|were not|not) targeted (?:for|because of) (?:that|who|it|her|him|"
    r"me|my|being))"
)
# "i never said i was sexually assaulted. i dont know if i was": not a sexual offence yet.
_NOT_SAID_SEXUAL = re.compile(
    r"\b(?:never said|didnt say|did not say|not saying|dont know if|do not know if|not sure if) "
    r"(?:i was|i got|it was|that i was|anything) ?(?:sexually assaulted|raped|assaulted|touched|"
    r"sexual|a sexual offence|happened)\b|"
    # -- round 31, helper Q -- "i said i DONT think anything sexual happened. its the spiking."
    r"\b(?:dont|do not|didnt|did not|never) (?:think|believe) (?:that )?(?:anything|something|"
    r"i was|it was|there was) ?(?:sexual|sexually assaulted|raped|like that)\b"
)
# Saying yes to a referral after all: "no I said YES they can text me".
_REFER_ME = re.compile(
    r"\b(?:(?:they|you|someone|somebody|a worker|the service|u) (?:can|could|may) (?:text|call|"
    r"ring|phone|contact|email|message) (?:me|us)|i said yes|i (?:do )?want (?:them|someone|"
    r"somebody|you|a service) to (?:contact|call|text|ring|help|talk to)|"
    r"(?:please )?(?:pass|send|give) "
    r"(?:on )?my details|yes (?:please )?(?:refer|pass|contact|they can)|(?:please )?refer me|"
    r"(?:yes|yeah|yh|ok|okay|please)\W+(?:\w+ ){0,2}(?:ring|call|phone|text|contact) me|"
    rf"{WOULD_LIKE_CONTACT})\b"
)
# "don't call me", "i dont want anyone to ring me": never read as asking for a referral.
_DONT = re.compile(r"\b(?:dont|do not|didnt|did not|never|no one|nobody|not)\b")


def asks_to_be_referred(text: str) -> bool:
    return _asks_to_be_referred(plain(text))


def _asks_to_be_referred(words: str) -> bool:
    """ "yes ring me", "please refer me", but not "please dont call me" or "nobody can text me"
    (a negation in the match or just before it)."""
    match = _REFER_ME.search(words)
    if not match:
        return False
    near = " ".join([*words[: match.start()].split()[-2:], match.group(0)])
    return not _DONT.search(near)


# -- round 48, helper S4 -- how to be contacted, put right after the referral was made.
_S4_METHOD_PUT_RIGHT = re.compile(
    r"\b(?:contact|contacted|reach|message|write to|get in touch with) (?:me )?by (?:text|texts|"
    r"txt|sms|email|e mail|phone|calls?)\b|\bnot by (?:phone|calls?|text|email)\b|\bby (?:text|"
    r"email|phone) not\b|\b(?:cant|can t|cannot) hear the phone\b"
)
_METHOD_CORRECTED = re.compile(
    r"\b(?:(?:i said|i meant|i asked for|i wanted|only|just|not \w+ but|rather) (?:by )?"
    r"(text|texts|txt|sms|email|e mail|call|calls|phone|phone calls?|ring)|(text|email|call|phone|"
    r"ring)(?: me)? instead)\b"
)
# "it only happened once": not targeted over a period after all.
# -- round 59, helper f1 --: a crime word naming a service or line ("that fraud one", "the
# fraud team", "the theft line") is not the crime said outright.
F1_SERVICE_NOUN = (
    r"(?:one|ones|line|lines|people|team|number|service|services|police|department|dept|"
    r"website|site|unit|squad|helpline|lot|desk|office|officers?|reporting)\b"
)
# -- end of round 59, helper f1 --
_NAMED_CRIME = re.compile(
    r"\b(?:it was|its|it s|it is|that was|this is|the crime is|the crime was) "
    # "it's more like fraud/hacking than harassment" (round 33, Dev).
    r"(?:really |actually |more like |more )?(?:a |an )?(?:robbery|burglary|theft|fraud|scam|"
    r"hacking|stalking|harassment|"
    r"sexual assault|rape|hate crime|domestic abuse|criminal damage|"
    r"assault)"  # q82c (round 82): "NOT robbery. it was assault" (Maria)
    r"\b(?! (?:though|or not|\?))"
    rf"(?! {F1_SERVICE_NOUN})"  # -- round 59, helper f1 --: "that fraud one" is a service
)
# "over parking. once. its not been more than once": "once" said as a sentence of its own.
_ONCE_ALONE = re.compile(
    r"(?:^|[.!?,;\n])\s*(?:(?:no|nope|nah)\W+)?(?:only |just )?(?:the )?once(?: only)?\s*"
    r"(?:[.!?,;\n]|$)",
    re.IGNORECASE,
)
_ONLY_ONCE = re.compile(
    # "it has only happened the once", "its not been more than once"
    r"\b(?:only|just) happened (?:the )?once\b|\b(?:its|it s|it has|it)? ?(?:not|never|hasnt|has "
    r"not) (?:been|happened) (?:more than once|more than one time|twice)\b|"
    r"\b(?:it )?(?:only|just) (?:happened )?once\b|"
    r"^(?:no )?(?:it )?happened once\b(?! before| more| or| already| and| but)|"
    r"\b(?:it )?(?:was|happened) (?:only|just) "
    r"(?:the )?once\b|\b(?:only|just) the (?:once|one time)\b|\b(?:it was|its) (?:a )?one off\b|"
    r"\bnever (?:happened )?before\b|\b(?:it was|its|it s|only|just) (?:only |just )?one (?:scam|"
    r"time|incident|attack|thing)\b|\b(?:wasnt|was not) targeted more than once\b|"
    r"\b(?:it )?(?:has not|hasnt|did not|didnt|has never|never) (?:happen|happened) more than "
    r"once\b"
)
# "I wasn't under 18", "I'm 23": an adult after all.
_NOT_UNDER_18 = re.compile(
    r"\b(?:i )?(?:wasnt|was not|am not|m not|im not|werent) (?:under (?:18|eighteen)|a "
    r"(?:child|kid|minor))\b|\b(?:no |but )?(?:im|i am|i was) (?P<age>\d{2,3})\b"
)
# "my daughter did not do it": the person named did not do it.
_DID_NOT_DO_IT = re.compile(
    rf"\b(?:my )?(?:(?P<f>{account.FAMILY})|(?P<p>{account.PARTNER})|(?P<k>{account.KNOWN})) "
    r"(?:did not|didnt|never) (?:do|did) (?:it|this|that|anything)\b"
)
# "wait, I want them to email me": contact is safe after all, by the way named.
_CONTACT_ME = re.compile(
    r"\b(?:(?:they|you|someone|somebody|a worker|u) (?:can|could|may) (?:text|call|ring|phone|"
    r"contact|email|e mail|message) (?:me|us)|"
    # -- round 48, helper S4 -- "CAN THEY TEXT ME IN THE AFTERNOON" (Bob, after "nobody will
    # contact you"): the safe way, asked as a question.
    r"(?:can|could) (?:they|someone|somebody|a worker) (?:text|email|e mail|message|write to) "
    r"(?:me|us) (?:in the |after |before |on |at )|"
    r"i (?:do )?want (?:them|someone|somebody|you) to "
    r"(?:contact|call|text|ring|phone|email|e mail|message) (?:me|us)|"
    # "Yes, it's quite safe, I live alone." after "OK, nobody will contact you" (round 29 replay,
    # Dorothy, whose "no, I'm not in any danger" had been read as not safe to contact).
    r"^(?:yes|yeah|oh yes|no no)?\s*(?:it is|its|it s|thats|that is) (?:quite |perfectly |totally |"
    r"completely |very )?safe(?! (?:now|for now|here))|^(?:yes )?(?:it is )?safe "
    r"to contact me|"
    # m92b (round 92): Wes, after "OK, nobody will contact you": "what?? i said YES its safe.
    # ring me. 07700 900318" was asked the safe-contact question again.
    r"\b(?:i said|i told you|i already said)(?: (?:yes|yeah|yeh|ye|yep))? (?:it is|its|it s) "
    r"safe(?! (?:now|for now|here)))"
)
# Agreeing to keep the chat after all: "ok you can keep my data".
# A hate crime after all, said outright: "wait, yes he was racist", "it was a hate crime".
_WAS_HATE = re.compile(
    r"\b(?:(?:he|she|they|it) (?:was|were|is|are) (?:being )?(?:racist|racial|homophobic|"
    r"transphobic|islamophobic|antisemitic|anti semitic|disablist|a hate crime)|it was (?:a )?"
    r"hate crime|(?:you )?missed the (?:racist|racism|hate)|(?:doesnt|does) that count as (?:a )?"
    r"hate crime)"
)
# -- round 46, helper Q7 --: "Please note the racial element then" (Anjali, called a "foreign
# quack" in one letter): hate motivation asked to be recorded.
_Q7_NOTE_HATE = re.compile(
    r"\b(?:note|record|add|log|put down|include|mention) (?:down )?(?:the|that|a) (?:possible )?"
    r"(?:racial|racist|race|religious|homophobic|transphobic|disablist|hate crime) (?:element|"
    r"part|side|aspect|bit|motive|angle|abuse|comment|thing)\b"
)
# "it wasn't domestic abuse", "I never said it was domestic": the label, taken back.
_NOT_DOMESTIC = re.compile(
    r"\b(?:(?:it )?(?:wasnt|was not|isnt|is not|not|werent)|(?:i )?(?:never|didnt|did not) "
    r"(?:said|say|tell you|told you)(?: (?:it was|that|its))?) (?:a )?(?:domestic|da\b|family)"
)
# Someone posing as the bank or the police to get a card or PIN handed over (courier fraud).
_POSED_AS_BANK = re.compile(
    r"\b(?:(?:said|saying|says|claimed|claiming|pretended|pretending|told me|made out) (?:he|she|"
    r"they) (?:was|were|is|are|s) (?:from|calling from|with) (?:the|my|our) (?:bank|police|"
    r"fraud team|card company)|courier|(?:gave|give|told) (?:him|her|them) my pin)\b"
)
# "not theft", "it wasn't a robbery": the label named, taken back.
# -- round 55, helper C1 --: nothing sexual at all, said outright, still takes it back.
_C1_NOT_SEXUAL_AT_ALL = re.compile(
    r"\b(?:not|wasnt|isnt|nothing) (?:a )?sexual\b|\bnot a sexual offence\b|\bnot upskirt\w*"
)
_NOT_CRIME = {
    "stalking_harassment": r"stalking|stalked|stalker|harassment|harassed",
    "theft": r"theft|thief|stealing|stolen",
    "robbery": r"robbery|robbed|rob|mugging|mugged",  # q82c (round 82): "nobody rob me" (Maria)
    "burglary": r"burglary|burgled|break in",
    "fraud": r"fraud|scam",
    # -- round 65, helper k4 --: "no nobody assaulted me. it was my car" (Precious) was not read.
    "assault": r"assault|attack|assaulted|attacked",
    "serious_violence": r"violent attack|violence|violent|attack|attacked|wounded|wounding|hurt|"
    r"beaten|beaten up|assault|assaulted|stabbed",
    "sexual_offence": r"sexual offence|sexual|sexual assault|sexually assaulted|rape|raped",
    "human_trafficking": r"trafficking|trafficked|slavery|a slave|forced work|forced labou?r",
    # m79c (round 79): Sunil, "NO. it is NOT domestic abuse ... change it back".
    "domestic_abuse": r"domestic abuse|domestic violence|domestic",
}
_R35_ITS_ME = re.compile(
    r"\b(?:(?:it was|its|it s|it is) me (?:she|he|they) (?:attacked|hit|spat|hurt|went for|"
    r"targeted|robbed)|(?:it was|its|it s) me(?:\W+i am| not|$)|i am the (?:one|"
    r"victim)|im the (?:one|victim)|i m the (?:one|victim)|(?:my )?(?:daughter|son|child|kid) "
    r"(?:is|was|isnt|wasnt) (?:not |only |just )?(?:the victim|a witness|only a witness|just a "
    r"witness)|\bme\b[^.!?]{0,30}\bnot my (?:daughter|son|child|kid)\b)"
)
_ABOUT_ME = re.compile(
    # Not "im scared they'll know its me" (round 33, Leah, a witness made the victim).
    r"\b(?:(?<!know )(?<!knows )(?<!knew )(?<!out )(?<!think )(?<!realise )(?<!realize )"
    # Not "its me they should contact not josh, he's 12" (round 35, Rachel, about contact).
    r"(?<!recognise )(?<!guess )(?<!see )(?:its|it s|it is|this is) (?:about )?me(?! (?:and|too)"
    r"|(?: (?:they|you|who|that|the worker|someone))? (?:should|can|need to|must|will|to) "
    r"(?:contact|call|ring|text|phone|email|speak))|"
    r"not (?:her|him|them|they),? "
    # -- round 77, helper k77c --: not "I'm the one who's 52" (Linda, of her own age).
    r"(?:its )?me|(?:im|i m) the one(?! whos \d| who is \d| who s \d)|"
    r"(?:it|this) (?:happened|is happening|happens) to me|"
    r"happening to me|im not (?:they|them)|(?:its|it s) not (?:them|they)|about me not|"
    # -- round 48, helper S7 --: "He is the one doing it. To me. I'm his mother" (Sylvia).
    r"(?:he|she|hes|he s|shes|she s)(?: is)? the one (?:doing|who does|who s doing) (?:it|this)|"
    r"(?:doing|does|did|done) (?:it|this|that) to me)\b"
)
_WHO_UNKNOWN = re.compile(
    r"\b(?:(?:dont|do not|didnt|did not) know who|no idea who|not sure who|never found out who|"
    r"(?:dont|do not) know (?:him|her|them))\b"
)


# -- round 31, helper Q --
_OTHER_TIMES_NOT_REPORTED = re.compile(
    r"\b(?:never|didnt|did not|not|havent|have not) (?:\w+ )?report(?:ed)? (?:those|these|them|"
    r"any of (?:those|these|them)|the (?:others|other ones|other times|earlier ones|last ones)|"
    r"(?:it|them|those|any) (?:before|back then|at the time|in the past))\b"
)


_NO_INTERPRETER = re.compile(
    r"\b(?:(?:dont|do not|didnt|did not|no) (?:need|want|ask for|asked for) (?:an? |the |any )?"
    r"(?:\w+ )?interpreter|(?:i )?speak english|my english is (?:fine|ok|okay|good))\b"
)
# -- round 63, helper i3 --: "he do this to all of us who not speak english good" (Marek, who
# needs a Polish interpreter) was "no interpreter": English said to be poor is not English.
_I3_POOR_ENGLISH = re.compile(
    r"\b(?:not|no|dont|don t|do not|doesnt|does not|cant|can t|cannot|can not|never|little|"
    r"bad|poor) (?:\w+ )?(?:speak|speaking|talk|talking|understand|know|read|write|have) "
    r"(?:\w+ )?english|\benglish (?:is |s |not |very )*(?:not (?:so |very |too )?(?:good|well|"
    r"great)|bad|poor|weak|little|broken|basic)\b|\bspeak (?:only )?(?:a )?(?:little|bit|"
    r"bit of) english\b|\bspeak english (?:not|bad|badly|poor|poorly|little|a little)\b"
)


def i3_poor_english(text: str) -> bool:
    """English said to be poor ("my english not so good", "who not speak english good")."""
    return bool(_I3_POOR_ENGLISH.search(plain(text)))


_R35_GRAVER = frozenset({"serious_violence", "sexual_offence", "homicide", "attempted_murder"})
_R35_LESSER = frozenset(
    {"stalking_harassment", "online_abuse", "criminal_damage", "theft", "fraud", "other"}
)


# -- round 47, helper R3 --
# Omar, robbed by a date who now threatens to out him unless he pays: "its not just robbery its
# blackmail. i met him on grindr, he came to my flat, took my watch and my laptop and some cash.
# now hes messaging me threats" was read as a denial of the robbery and the threats replaced it
# ("I've changed that: stalking or harassment"). "Not just X" adds to X: only one crime type is
# kept, so the graver one stays, and threatened pictures are kept as a detail.
_R3_KEPT_OVER = frozenset(
    {
        "robbery",
        "burglary",
        "assault",
        "serious_violence",
        "sexual_offence",
        "domestic_abuse",
        "attempted_murder",
        "homicide",
        "kidnap_false_imprisonment",
        "human_trafficking",
        "arson",
    }
)
_R3_PICTURES = re.compile(r"\b(?:pics?|pictures?|photos?|nudes?|naked|intimate|videos?)\b")


def r3_not_just_the_crime_kept(
    text: str, answers: Mapping[str, Any], changes: Mapping[str, Any]
) -> dict[str, Any]:
    """The changes to undo when "it's not just <the crime kept>" names a lesser crime too."""
    kept = answers.get("crime_type")
    new = changes.get("crime_type", kept)
    named = _NOT_CRIME.get(str(kept))
    if kept not in _R3_KEPT_OVER or new == kept or new not in (*_R35_LESSER, None) or not named:
        return {}
    words = plain(text)
    if not re.search(
        rf"\b(?:not|isnt|is not|its not|it s not|wasnt|was not) (?:just|only) (?:a |an )?"
        rf"(?:{named})\b",
        words,
    ):
        return {}
    undo: dict[str, Any] = {"crime_type": kept}
    details = list(answers.get("account_details") or ())
    if _R3_PICTURES.search(words) and "sextortion" not in details:
        undo["account_details"] = sorted({*details, "sextortion", "intimate_images"})
    return undo


# -- round 75, helper c75e --
# Tom (r75b), stalked by his ex, after the result: "its stalking as well as the domestic thing.
# both. can you put the stalking helpline back" was taken as a change from domestic abuse to
# stalking, and the Men's Advice Line left his result. A crime said to be as well as the one
# kept ("stalking as well", "also stalking", "its both") adds to it, as "not just" does above:
# one crime type is kept, the graver, and stalking is kept with the account's facts, which the
# matcher reads (referrals/matching.py keeps both services). A death is left to its own rules.
_C75E_BOTH = re.compile(
    r"^(?:(?:ok|okay|so|yes|yeah|ye|yh|well|but|and|no|i mean|i said|like) )*(?:its |it s |it is "
    r"|it was )?both(?: of them| things| tbh| really| honestly| i think| i guess)?$"
)
_C75E_KEPT_NAMED = {
    **_NOT_CRIME,
    "domestic_abuse": r"domestic(?: \w+)?|da|abuse|abusive|controlling|coercive",
}
_C75E_NOT_STALKING = re.compile(
    r"\b(?:not|isnt|wasnt|aint|never|no|nobody|no one)\b(?: \w+){0,2} (?:stalking|stalked|"
    r"stalker)\b"
)


def c75e_said_as_well(text: str, new: str) -> bool:
    """Whether a sentence of the message says the crime ``new`` is as well as another: "stalking
    as well as the domestic thing", "stalking too", "also stalking", "its both"."""
    named = _NOT_CRIME.get(new)
    for sentence in re.split(r"[.!?;\n]+", text):
        words = plain(sentence)
        if named and re.search(
            rf"\b(?:{named})\b(?: \w+){{0,2}} (?:as well as\b|(?:as well|too|also)$)|\b(?:also|as "
            rf"well as|plus|on top of)(?: \w+){{0,2}} (?:{named})\b",
            words,
        ):
            return True
        if _C75E_BOTH.search(words):
            return True
    return False


def c75e_both_crimes_kept(
    text: str, answers: Mapping[str, Any], changes: Mapping[str, Any]
) -> dict[str, Any]:
    """The changes to undo when a lesser crime is said to be as well as the one kept, with
    stalking kept as a fact of the account."""
    kept = answers.get("crime_type")
    new = changes.get("crime_type", kept)
    if kept not in _R3_KEPT_OVER or kept == "homicide" or new == kept or new not in _R35_LESSER:
        return {}
    words = plain(text)
    named = _C75E_KEPT_NAMED.get(str(kept))
    denied = bool(
        named
        and re.search(
            rf"\b(?:not|isnt|wasnt|aint|never|no|nobody|no one|noone)\b(?: (?:a|an|just|really|"
            rf"the|about|me|him|her))* (?:{named})\b",
            words,
        )
    )
    if kept == "human_trafficking" and _Q4_NOT_TRAFFICKED.search(words):
        # k99a (round 99): Sofia, unpaid by her boss, "trafficking? no no. I come to london
        # alone 6 years ago ... only he not pay me" kept the label: taken back, it goes.
        return {}
    if denied or not c75e_said_as_well(text, str(new)):
        return {}
    undo: dict[str, Any] = {"crime_type": kept}
    details = list(answers.get("account_details") or ())
    if new == "stalking_harassment" and not _C75E_NOT_STALKING.search(words):
        undo["account_details"] = sorted({*details, "stalking_described"})
    return undo


# -- end of round 75, helper c75e --


def _own_words(text: str) -> str:
    """The message without what is said of someone else ("he has dementia")."""
    return " ".join(
        plain(part)
        for part in re.split(r"[.!?;,\n]+", text)
        if not _R35_SOMEONE_ELSES.match(plain(part))
    )


_R35_SOMEONE_ELSES = re.compile(
    # t84b (round 84): "its my son who might have mental health stuff" (Gloria) is his, too.
    r"(?:she|he|her|his|they|their|(?:(?:its|it s|it is) )?(?:my|our) (?:wife|husband|partner|"
    r"mum|mom|dad|son|daughter|brother|sister|nan|gran))\b"
)


# "i wasnt wounded ... i WITNESSED it. im a witness not the victim" (round 39, Daniel): it
# happened, to someone else; what happened is not taken back.
_ONLY_SAW_IT = re.compile(
    r"\b(?:i (?:only |just )?(?:witnessed|saw|seen|watched) (?:it|what happened|the \w+|him get "
    r"\w+)|(?:im|i am|i was) (?:a|the|just a|only a|just the|only the) (?:witness|bystander)|"
    r"(?:wasnt|was not|werent|it wasnt) me (?:that|who|what) got|not the (?:victim|one (?:that|"
    r"who) got))\b"
)
_COURT_ANSWER_CORRECTED = re.compile(
    r"\bi (?:said|meant|ment|answered|put|pressed) (?:(ye|yes|yeah|yh|yep|ya)|no|nah|nope) "
    r"(?:to|for|on|about|at) (?:the )?(?:court|giving evidence|evidence|scared about court)\b"
)


# -- round 39, helper F6 --
# "wait no i didnt know him" (Ellie, recorded as raped by someone she knew): a stranger after all.
# Not "i didnt know him that well", someone known a little.
_F6_DIDNT_KNOW_THEM = re.compile(
    r"(?:^|\b(?:no|nah|wait|actually|sorry|i said|i told you|like i said|its wrong|thats wrong|"
    # k77d (round 77): "and", as Frank's "said thered be trouble. and i dont KNOW him".
    r"wrong|not true|but|and)\W+)(?:i|we) (?:didnt|did not|dont|do not|never) (?:even |ever )?"
    r"(?:know|knew|met|seen|saw) (?:him|her|them)\b(?! (?:really|well|that well|very well|much|"
    r"from|by|at (?:the|that) time|was|were|would|like|any ?more|as|then|to be|could|had|has|is|"
    r"did|properly|at first))|\b(?:i|we) never said (?:i|we) knew (?:him|her|"
    r"them)\b"
)
# "police know about it", "police do know tho they was there" (Daniel): the police know, said
# without the words of a correction.
_F6_POLICE_KNOW_SAID = re.compile(
    r"\b(?:police|feds|cops|old bill)\b.{0,30}\b(?:know|knows|was there|were there|came|come|"
    r"was already|were already)\b|\b(?:reported|told (?:the )?police)\b"
)


def _f6_in_one_sentence(said: str, text: str) -> bool:
    """Whether words found in the message (in plain form) are said within one sentence of it."""
    return any(said in plain(part) for part in re.split(r"[.!?\n]+", text))


# -- round 40, helper G4 --: "Well there we are. 'It's not a scam.' I'll show my daughter that."
# (George, quoting the bot's answer about this service, not taking back what happened to him).
_G4_QUOTED_DENIAL = re.compile(
    r"(?:^|[\s(])['\u2018\"\u201c] ?(?:it ?['\u2019]?s|it is|this is|that is|its) not an? ",
    re.IGNORECASE,
)


# -- round 40, helper G1 --
# "it happen many many times, 3 years", "it did NOT happen once", "please change. it happen many
# times not once", "it has happened more than once" (Aminata, recorded as "it happened once").
_G1_NOT_ONCE = re.compile(
    r"\b(?:did not|didnt|did nt|didn t|has not|hasnt|it not|it is not|its not|it s not|not) "
    r"(?:just |only )?(?:happen\w* )?(?:just |only )?(?:once|one time)\b|"
    r"\bhappen\w* (?:many many|many|so many|lots of|loads of|a lot of) times\b|"
    r"\b(?:it )?(?:has |have |had )?happen\w* more than (?:once|one time)\b|"
    r"\b(?:he|she|they) \w+ (?:me|us) (?:many many|many|so many|lots of|loads of) times\b"
)


def _g1_more_than_once(text: str, answers: Mapping[str, Any]) -> bool:
    """A "happened once" on record put right outright (never "it didnt happen more than once")."""
    words = plain(text)
    return (
        answers.get("repeat_victimisation") is False
        and bool(_G1_NOT_ONCE.search(words))
        and not _ONLY_ONCE.search(words)
        and not re.search(r"\b(?:not|never|didnt|hasnt|wasnt) (?:\w+ )?more than once", words)
    )


# Force, something taken, no home, and their own relative, in a crime put right.
_G1_FORCE = re.compile(
    r"\b(?:kicked|kick|kicking|beat|beaten|beat up|punched|hit|hurt|injured|yanked|pushed|shoved|"
    r"attacked|stamped|with violence|violent\w*|wrist swollen|swollen)\b"
)
_G1_TAKEN = re.compile(
    r"\b(?:nicked|took|taken|stole|stolen|grabbed|snatched|robbed|taking|takes)\b"
)
_G1_NO_HOME = re.compile(
    r"\b(?:(?:aint|ain t|havent|have not|dont|do not|never) (?:got|have|had) (?:a |no )?(?:house|"
    r"home|flat|place)|no (?:house|home|fixed abode)|homeless|on the streets?|sleeping rough|"
    r"rough sleep\w*|(?:in|on) a doorway)\b"
)
_G1_OWN_RELATIVE = re.compile(
    rf"\bmy own (?:{account.FAMILY}|{account.PARTNER})\b|\bmy (?:{account.FAMILY}) in my "
    r"(?:own )?(?:home|house|flat)\b"
)


def _g1_crime_instead(
    words: str, answers: Mapping[str, Any], *, denied: bool
) -> dict[str, Any] | None:
    """What happened, put right: "burglary?? i aint got a house. they kicked me in while i was
    sleeping and nicked my stuff" (Alan, sleeping rough), "but i did get injured?? he yanked my
    arm ... thats not just theft is it" (Tariq), "it is not a robbery like on the street, it is
    my own grandson in my own home taking from my purse" (Gloria, 69)."""
    known = answers.get("crime_type")
    if known == "burglary" and _G1_NO_HOME.search(words):
        if _G1_FORCE.search(words):
            return {"crime_type": "robbery" if _G1_TAKEN.search(words) else "assault"}
        return {"crime_type": "theft"} if _G1_TAKEN.search(words) else None
    if known in ("robbery", "theft") and denied and _G1_OWN_RELATIVE.search(words):
        found: dict[str, Any] = {"crime_type": "domestic_abuse"}
        if answers.get("relationship_to_offender") in (None, "unknown", "stranger"):
            family = re.search(rf"\bmy own (?:{account.PARTNER})\b", words)
            found["relationship_to_offender"] = "partner_or_ex" if family else "family_member"
        return found
    if known == "theft" and denied and _G1_FORCE.search(words):
        # q82c (round 82): "is not theft!! i did not steal. THEY say i steal. the crime is he hurt
        # my arm" (Maria, accused by her employer): no theft from her, so the force is an assault.
        return {"crime_type": "assault" if account.q82c_theft_only_alleged(words) else "robbery"}
    return None


# -- round 66, helper l4 --
# Jordan, 16, jumped at a bus stop by a group who kicked him and took his AirPods, noted as "a
# theft": "u put theft, it wasnt like pickpocket they jumped me n kicked me" and "its not theft"
# were not taken. Theft said to be wrong, with force told (now or earlier) and something taken,
# is a robbery.
_L4_THEFT_LABEL_WRONG = re.compile(
    r"\b(?:u|you|ya) (?:put|said|wrote|noted|got|have got|ve got|put down|written)(?: it| me)?"
    r"(?: as| down)?(?: a| an| it was)? theft\b|\b(?:not|wasnt|was not|isnt|aint|it wasnt|its "
    r"not|it aint|it s not)(?: like| just| really| only)?(?: a| an)? (?:theft|pickpocket\w*|pick "
    r"pocket\w*|stealing|nicking)\b"
)
_L4_FORCE = re.compile(r"\b(?:jumped|rushed|mugged|battered|punching|stamping|beating|hitting)\b")


def l4_theft_was_robbery(words: str, answers: Mapping[str, Any]) -> dict[str, Any] | None:
    """ "u put theft ... they jumped me n kicked me", "its not theft" (the kicking told before):
    a robbery."""
    if answers.get("crime_type") != "theft" or not _L4_THEFT_LABEL_WRONG.search(words):
        return None
    told = " ".join(plain(str(said)) for said in (*(answers.get("said") or ()), words))
    if (_G1_FORCE.search(told) or _L4_FORCE.search(told)) and _G1_TAKEN.search(told):
        return {"crime_type": "robbery"}
    return None


# -- end of round 66, helper l4 --

# -- round 41, helper J4 --
# Patrick, for his wife: "I'm not certain it happened more than once, I said I don't know",
# "Please change 'more than once' - we don't know that": not known, rather than "once".
_J4_NOT_KNOWN_IF_AGAIN = re.compile(
    r"\b(?:not (?:certain|sure)|(?:i|we) (?:dont|do not|don t) know|(?:im|i am|i m) unsure|no idea)"
    r"\b(?: \w+){0,4} (?:more than once|happened before|it was before|again)\b|"
    r"\bmore than once\b(?: \w+){0,3} (?:we|i) (?:dont|do not|don t|cant|cannot) (?:know|say|be "
    r"sure)\b"
)
# Leah: "will the police actually come round and do fingerprints? last time they just gave me a
# number and nothing happened": the police at the burglary before, not a report of this one.
_J4_ANOTHER_TIME = re.compile(
    r"\b(?:last time|the time before|(?:the )?(?:first|other|previous|last) (?:time|one|burglary|"
    r"break in)|before that|last year)\b"
)


def _j4_reported_only_another_time(text: str) -> bool:
    """Each sentence that tells of the police is about another time, or asks."""
    parts = account.statements(text)
    told = [part for part in parts if account.read_account(part).reported is True]
    return bool(told) and all(
        _J4_ANOTHER_TIME.search(plain(part)) or is_question(part) for part in told
    )


# -- round 41, helper J3 --
# What happened, named outright in few words, as Deaf BSL users often write English: "CRIME
# ROBBERY. YOU NOT WRITE", "IT ROBBERY IN STREET" (Sam), beside "its a robbery" (_NAMED_CRIME).
_J3_CRIME_NAMED = re.compile(
    r"(?:^|\b(?:crime|crime is|crime was|it|its|it s|it is|it was|this|that|was)\s+)(?:a |an )?"
    r"(robbery|mugging|burglary|theft|fraud|stalking|harassment|domestic abuse)\b"
    r"(?! (?:though|or not|\?))"
    # -- round 59, helper f1 --: "so do i ring 101 then or that fraud one" (Linda, round 58,
    # whose purse was stolen) names a service (Report Fraud), not the crime.
    rf"(?! {F1_SERVICE_NOUN})"
)
_J3_NOT_BEFORE = re.compile(r"\b(?:not|no|wasnt|isnt|never|didnt|dont)\s*(?:\w+\s*)?$")
# "ME NOT HAVE PARTNER PROBLEM", "NOT PARTNER", "NOT DOMESTIC ABUSE": no partner in it.
_J3_NO_PARTNER = re.compile(
    r"\b(?:not|no|never|dont|do not|didnt|did not|wasnt|was not)(?: have| had| got)?"
    r"(?: a| my| any)? (?:partner|domestic|boyfriend|girlfriend|husband|wife|ex)\b"
)
# "she didnt rob me, she just takes it" (Linda, of her daughter): the robbery taken back.
_J3_DIDNT_ROB = re.compile(
    r"\b(?:didnt|did not|never|doesnt|does not|wasnt|was not|isnt|is not) (?:\w+ )?(?:rob|robbed|"
    r"robbing|mug|mugged|a robbery|robbery)\b(?: me)?"
)


def _j3_crime_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """The crime put right takes the crime they name (Sam, robbed by a stranger, was recorded
    as domestic abuse by "a partner or ex" when he wrote "ROBBERY?", and then as nothing):
    "CRIME ROBBERY", "NOT DOMESTIC ABUSE. WRONG. IT ROBBERY IN STREET", "STRANGER ... HE ROB
    ME"; and "She's my daughter, she didn't rob me" (Linda) is abuse by a relative."""
    words = plain(text)
    known = answers.get("crime_type")
    if known in (None, "homicide"):
        return
    relationship = changes.get("relationship_to_offender", answers.get("relationship_to_offender"))
    named = next(
        (
            found
            for found in _J3_CRIME_NAMED.finditer(words)
            if not _J3_NOT_BEFORE.search(words[: found.start()])
            and not _V5_ONLY_ASKED.search(words[: found.start()])  # -- round 50, helper V5 --
        ),
        None,
    )
    said = read_crime_type(named.group(1), None).value if named else None
    if said and said != known and changes.get("crime_type", known) in (None, known):
        changes["crime_type"] = said
    elif known == "domestic_abuse" and changes.get("crime_type", known) in (None, known):
        taken_back = "crime_type" in changes or bool(_J3_NO_PARTNER.search(words))
        if taken_back or relationship in ("stranger", "unknown"):
            again = account.read_account(_J3_NO_PARTNER.sub(" ", words)).crime_type
            if again not in (None, "domestic_abuse"):
                changes["crime_type"] = again
    elif known in ("robbery", "theft") and _J3_DIDNT_ROB.search(words):
        mine = re.search(rf"\bmy (?:(?P<p>{account.PARTNER})|(?P<f>{account.FAMILY}))\b", words)
        if mine or relationship in ("family_member", "partner_or_ex"):
            changes["crime_type"] = "domestic_abuse"
            if relationship in (None, "unknown") and mine:
                changes["relationship_to_offender"] = (
                    "partner_or_ex" if mine.group("p") else "family_member"
                )
    if (
        known == "domestic_abuse"
        and changes.get("crime_type") not in (None, "domestic_abuse")
        and relationship == "partner_or_ex"
        and _J3_NO_PARTNER.search(words)
    ):
        # "NOT PARTNER. ME NOT KNOW MAN. STRANGER": nobody's partner did it.
        changes["relationship_to_offender"] = "stranger" if account.strangers(text) else None


# "WHAT?", "ROBBERY?", "Why does it say robbery?", "what do you mean saw it??": asked of what was
# written down, and answered by putting it right, not "I can't answer your question here".
_J3_OF_THE_RECORD = re.compile(
    # -- round 52, helper Y6 --: "And sorry why did you say it happened more than once?" too.
    r"^\W*(?:(?:and|but|so|sorry|also|ok|okay|um|oh)\W+)*(?:\w+|why (?:does|did|do|has|have) "
    r"(?:it|you|that|this) (?:say|said|put|write|wrote|"
    r"think|thought|got|record\w*|have|had)\b.*|what do you mean\b.*|where did (?:you|that|it) "
    r"(?:get|come)\b.*)\W*$"
)


def _j3_asks_only_of_the_record(reading: Reading, text: str) -> bool:
    questions = [part for part in re.split(r"(?<=\?)", text) if "?" in part]
    last = [re.split(r"[.!,;\n]", part)[-1] for part in questions]
    return bool(reading.corrected) and all(
        _J3_OF_THE_RECORD.match(plain(part) or "") for part in last
    )


def _j3_put_right_as_the_victim(reading: Reading, turn: Turn) -> bool:
    """ "im the victim not a witness" (Hannah): the "witness" reading is taken off, and said so;
    "he threatened PRIYA not me. im asking for her" (Dev, a shop owner): the support his staff
    member can get. Whether either was said."""
    said = False
    if j3_asks_for_drugs_help_for_relative(turn.text) and not turn.opening:
        # "is there help for my daughter's drug problem?" (Linda, 62, whose daughter, 34, takes
        # her money): asked for her daughter, not writing for a child.
        for slot in ("for_child", "for_someone_else"):
            if turn.answers.get(slot) is None:
                reading.slots.pop(slot, None)
                reading.noted.pop(slot, None)
    if j3_not_a_witness(turn.text, turn.answers):
        details = reading.slots.get("account_details") or turn.answers.get("account_details")
        reading.slots["account_details"] = [d for d in details or () if d != "witness"]
        _say_once(reading, turn, Say(response="utter_j3_victim_not_witness"))
        said = True
    if (
        not said
        and turn.requested
        and not turn.question_answered
        and j3_asks_about_their_staff(turn.text)
    ):
        _say_once(reading, turn, Say(response="utter_j3_staff_member_support"))
        said = True
    return said


def j3_not_a_witness(text: str, answers: Mapping[str, Any]) -> bool:
    """ "im the victim not a witness" from someone on record as having seen it (Hannah, stalked,
    who said "witness statement" of her own statement)."""
    details = answers.get("account_details") or ()
    return "witness" in details and bool(account._J3_NOT_A_WITNESS.search(plain(text)))


# -- round 44, helper N5 -- Zara, spiked: "i dont want it saying i was raped when i dont know"
# was noted as "a sexual offence", and "no!! i literally just said dont put that... put spiking"
# was taken as a no to being referred. A message that refuses a word for the record names no
# crime, and a no that puts the record right is not a no to being contacted.
_N5_NOT_THAT_WORD = re.compile(
    r"\b(?:(?:dont|do not|didnt|did not|never) (?:want|wanted) (?:it|you|them|that|anyone|the "
    r"record|my record) (?:to )?(?:say|saying|says|put|putting|written|write|writing|down|"
    r"recorded|record|as)|(?:dont|do not|didnt|did not) (?:put|write|record|say)|(?:stop|quit) "
    r"(?:putting|saying|writing|recording))\b.{0,40}\b(?:rape\w*|sexual\w*|sexually assault\w*"
    r"|assault\w*)"
)
_N5_IT_WAS_SPIKING = re.compile(
    r"\b(?:put|write|record|say|its|it s|it was|i was|i got|just|only) (?:down )?(?:just |only )?"
    r"(?:spiking|spiked|a spiking|drink spiking)\b"
)
_N5_RECORD_FIX = re.compile(
    r"\b(?:(?:dont|do not|didnt|did not) (?:put|write|record|say) (?:that|this|it|rape\w*|"
    r"sexual\w*)|(?:thats|that is|its|it s) (?:not what i (?:said|meant|told you)|wrong)|"
    r"i (?:never|didnt|did not) say (?:that|it|i was)|(?:change|correct|fix) (?:it|that|this)|"
    r"(?:stop|quit) (?:putting|saying|writing)|(?:put|write) (?:down )?(?:spiking|that i)|"
    # -- round 75, helper c75b --: Janet, at the referral question: "I didn't say I had a
    # condition. I said I'm not sleeping. I don't want it written down that I'm mentally ill."
    # was "OK, we won't pass your details on": what is written down, not a no to being contacted.
    r"i (?:never|didnt|did not) say (?:that )?i (?:had|have|was|am|m|got|ve got)|(?:dont|do not|"
    r"didnt|did not|never) want (?:it|that|anything|you|them|anyone) (?:to be |being |to )?"
    r"(?:written|put|noted|recorded|kept|saying|say|thinking|think)(?: down)?(?: anywhere)?"
    r"(?: on (?:my |the )?(?:record|file|notes))? (?:that|as if|as|i|im|i m|i am|i was|i have|"
    r"i had))\b"
)


# Jamal: "why would i go to the same people who stopped and searched me a week before" was
# noted as "it has happened more than once"; a police stop before is not the crime again. And
# "it aint happened more than once... the attack was once", "i have NOT been targeted more than
# once. fix it. one time" put it right.
_N5_POLICE_BEFORE = re.compile(
    r"\b(?:stopped and searched|stop (?:and|n) search\w*|searched me|stopped me|police|feds|cops|"
    r"old bill|officers?)\b.{0,60}\bbefore\b"
)
_N5_ONCE = re.compile(
    r"\b(?:it )?(?:aint|ain t|has not|hasnt|have not|havent|did not|didnt|never|not|wasnt|was not)"
    r" (?:happened|happen|been|targeted|been targeted) (?:me )?more than once\b|"
    r"\b(?:the attack|attack|it) (?:was|happened|happen) (?:only |just )?once\b"
    r"(?! before| more| or| already| and| but| a | in| this| last| every)|"
    r"\b(?:i told (?:u|you)|i said) (?:it was |it happened )?once\b(?! before| more| or)|"
    # l100b (round 100): not "someone might actually ring me back for once" (Sandra, fed up).
    r"(?<!than )(?<!at )(?<!for )\b(?:one time|once)(?: only)?$"
)


# Molly: "i DO know who it is, hes a regular at the pub", "can u add that he followed me to the
# bus stop last night and that i know him, hes a regular at work", "its someone i know".
_N5_I_KNOW_HIM = re.compile(
    r"(?<!dont )(?<!do not )(?<!didnt )(?<!never )(?<!not )\b(?:i (?:do )?know (?:him|her|them|who "
    r"(?:it is|it was|did it|he is|she is))|(?:its|it s|it was|hes|he s|he is|shes|she is) "
    r"(?:someone|somebody) i (?:know|work with)|(?:hes|he s|he is|shes|she is) a regular\b)"
)
_N5_FOLLOWED = re.compile(
    r"(?<!not )(?<!never )(?<!didnt )\b(?:he|she|they) (?:also )?followed (?:me|her)\b"
)


# -- round 49, helper T3 --
# Brian (83), after a distraction burglary, was recorded as "held against your will": "no no they
# didnt hold me, he just talked to me about the taps. they took my money" and "i told you they
# didnt hold me" were not taken; only "i was not kidnapped. it was a theft" was. Being held or
# kidnapped, taken back, is put right from the first time, and what happened is read again.
_T3_NOT_HELD = re.compile(
    r"\b(?:(?:didnt|did not|never|wasnt|was not|werent|were not|not|nobody|no one|noone)"
    r"(?: \w+)? (?:hold|held|kidnap|kidnapped|abducted|locked (?:me|us) (?:in|up))(?: me| us)?|"
    r"(?:nobody|no one|noone) (?:kept|locked) (?:me|us) (?:in|prisoner)|"
    r"(?:didnt|did not|never) (?:keep|kept|lock) (?:me|us) (?:in|prisoner|locked|captive))\b"
)


def _t3_not_held(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """Being held taken back: what happened is read again from the rest of the message, or
    asked again."""
    if answers.get("crime_type") != "kidnap_false_imprisonment" or "crime_type" in changes:
        return
    words = plain(text)
    if not _T3_NOT_HELD.search(words):
        return
    again = account.read_account(_T3_NOT_HELD.sub(" ", words)).crime_type
    changes["crime_type"] = None if again == "kidnap_false_imprisonment" else again


def _n5_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    words = plain(text)
    if answers.get("relationship_to_offender") in ("unknown", "stranger") and (
        _N5_I_KNOW_HIM.search(words)
    ):
        changes["relationship_to_offender"] = "someone_known"
    details = list(answers.get("account_details") or ())
    if _N5_FOLLOWED.search(words) and "followed" not in details:
        changes["account_details"] = sorted(
            {*details, *changes.get("account_details", ()), "followed"}
        )


def n5_refuses_a_word_for_the_record(text: str) -> bool:
    """ "i dont want it saying i was raped when i dont know": no sexual offence is noted."""
    return bool(_N5_NOT_THAT_WORD.search(plain(text)))


def n5_puts_the_record_right(text: str) -> bool:
    """ "no!! i literally just said dont put that. put spiking": about the record."""
    words = plain(text)
    return bool(_N5_RECORD_FIX.search(words) or _N5_NOT_THAT_WORD.search(words))


# -- round 62, helper H2 --
# Yusuf, Deaf, at "targeted because of your race, religion, sexuality, a disability...?": "yes.
# she message again 1 hour ago. she say tonight i see. i scared" was stored as a hate crime (Stop
# Hate UK listed first). The "yes" led into news of a new threat, nothing about who he is: not
# an answer to that question, which is asked again.
_H2_YES_THEN = re.compile(r"^(?:yes|yeah|yep|yh|ya)\b\W+(?P<rest>.+)$")
_H2_NEWS = re.compile(
    r"\b(?:again|ago|tonight|today|just now|right now|message\w*|text\w*|messag\w*|say|says|"
    r"said|scared|afraid|frightened|coming|come)\b"
)
_H2_ABOUT_WHO = re.compile(
    r"\b(?:race|racis\w*|racial|colour|black|white|asian|religio\w*|muslim|jewish|christian|"
    r"sikh|hindu|gay|lesbian|bi|queer|homophob\w*|trans\w*|sexuality|disab\w*|deaf|blind|"
    r"hate|hated|hates|because|cos|coz|targeted|who i am|called me|names?|slurs?|accent|"
    r"foreign\w*|immigrant|refugee|skin|religion|mosque|church|temple|synagogue|hijab|turban)\b"
)


def h2_yes_to_other_news(text: str) -> bool:
    """A "yes" at the hate question that goes on to tell of a new message or threat and says
    nothing of who the person is."""
    found = _H2_YES_THEN.match(plain(text))
    if not found:
        return False
    rest = found.group("rest")
    _, strands, _ = account.read_hate(rest)
    return bool(_H2_NEWS.search(rest)) and not strands and not _H2_ABOUT_WHO.search(rest)


# -- end of round 62, helper H2 --


# -- round 43, helper M2 --
# Doreen, 88, conned at the door by a "council" man: "Yes. I'm quite deaf without my hearing aids
# and my knees aren't what they were." to "targeted because of ... a disability" was stored as a
# hate crime (Stop Hate UK offered, "most serious crime" in WHY). A fraudster picking someone
# deaf or old is vulnerability, not hostility: with no hostility told, not counted either way.
# Her "A hate crime? Oh no, I don't think he hated me ... I only meant I'm deaf" takes it back.
_M2_TAKEN_FOR_MONEY = ("fraud", "theft", "burglary", "robbery")
_M2_OWN_CONDITION = re.compile(
    r"\b(?:deaf|hard of hearing|hearing aids?|blind|partially sighted|eyesight|knees?|hips?|"
    r"wheelchair|walking (?:stick|frame)|zimmer|frail|disab\w*|old|elderly|pensioner|memory|"
    r"dementia|mobility|arthritis)\b"
)
_M2_HOSTILITY = re.compile(
    r"\b(?:call(?:ed|ing|s)? (?:me|her|him|us)|names?|slurs?|insult\w*|mock\w*|laugh\w*|"
    r"shout\w*|swore|swear\w*|hate|hated|hates|hatred|hostil\w*|spat|spit\w*|abus\w*|"
    r"retard\w*|cripple|spastic|spaz|deaf and dumb|comments?|remarks?|taunt\w*|jeer\w*|"
    r"bully\w*|picked on me for being|said (?:something|things|stuff))\b"
)
_M2_NOT_HATE = re.compile(
    r"\b(?:dont|do not|didnt|did not) (?:think|believe) (?:he|she|they|it|that) (?:hated|hates|"
    r"hate|was (?:about )?hat\w*|was (?:a )?hate crime)\b|\bi (?:only|just) meant (?:that )?"
    r"(?:im|i am|i was) (?:\w+ ){0,2}(?:deaf|disabled|old|hard of hearing|blind|frail|on my own)\b|"
    r"\b(?:he|she|they) (?:didnt|did not|doesnt|does not|never) hate(?:d)? (?:me|us|her|him)\b"
)


def m2_vulnerable_not_hate(text: str, answers: Mapping[str, Any]) -> bool:
    """A yes to the hate question that tells only of their own deafness, age or disability,
    after a crime for money, with no hostility told."""
    words = plain(text)
    if answers.get("crime_type") not in _M2_TAKEN_FOR_MONEY:
        return False
    if not _M2_OWN_CONDITION.search(words) or _M2_HOSTILITY.search(words):
        return False
    _, strands, _ = account.read_hate(text)
    return set(strands) <= {"disability"}


# -- round 44, helper N3 --
# Margaret, of her husband's paid carer: "It's not just a theft. It's also assault. She hurt my
# husband. Please change it." became "a robbery": the hurt is to someone else, not force used to
# take anything (Theft Act 1968, s.8), so it is an assault.
_N3_ALSO_ASSAULT = re.compile(
    r"\b(?:(?:its|it is|it s|and) (?:also |as well )?(?:an )?assault|assault (?:too|as well)|also "
    r"(?:an )?assault)\b"
)
_N3_HURT_ANOTHER = re.compile(
    r"\b(?:hurt|hurting|hit|hitting|bruised|injured|assaulted|pinched|grabbed|slapped) (?:my "
    r"(?:husband|wife|partner|mum|mother|dad|father|son|daughter)|him|her)\b|\b(?:hurt|hurting|"
    r"bruised|injured|assaulted) (?!(?:me|myself|us|you|it|the|a|my|them|anyone|someone)\b)[a-z]+\b"
)


def n3_theft_and_harm_to_another(words: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Theft, corrected to add that the person cared for was hurt: an assault, not a robbery;
    {} otherwise (force used while taking something stays a robbery)."""
    if answers.get("crime_type") not in ("theft", "robbery"):
        return {}
    if not _N3_HURT_ANOTHER.search(words) or _G1_TAKEN.search(words):
        return {}
    if not (
        _N3_ALSO_ASSAULT.search(words)
        or re.search(r"\b(?:add|change|put down|note|noted|record\w*|write|written)\b", words)
    ):
        return {}
    return {"crime_type": "assault"}


# -- round 44, helper N6 --: Edward, 67, called "targeted again and again" and "may need extra
# help to give their account" (high blood pressure): "high blood pressure does not affect my
# ability to give evidence", "I do NOT need extra help to give my account. Please remove that",
# "what do you mean it has happened more than once? ... it is one fraud".
_N6_NO_EVIDENCE_HELP = re.compile(
    r"\b(?:does not|doesnt|doesn t|will not|wont|would not|wouldnt|do not|dont|cannot|cant|"
    r"never) (?:\w+ )?(?:affect|effect|impair|stop|prevent) (?:me|my) (?:\w+ ){0,3}?(?:evidence|"
    r"account|giving evidence|speaking|talking|memory)\b|\b(?:i|im|i m|i am) (?:do not|dont|"
    r"don t|not) (?:need|needing|require) (?:any )?(?:extra |special |more )?(?:help|support) "
    r"(?:to|with|giving|in giving) (?:give |giving )?(?:my )?(?:account|evidence|statement)\b"
)
_N6_NOT_AGAIN = re.compile(
    r"\bwhat do you mean (?:it )?(?:has |had )?happened more than once\b|\b(?:it is|its|it s|"
    r"it was|this is) (?:just |only )?one (?:fraud|scam|crime|incident|attack|theft|burglary)\b"
    r"(?! and| but| last| this| then)"
)


# -- round 44, helper N1 --
# Lily, 12, after "he was driving slow behind me for ages" was read as more than once: "no it was
# only today", "it wasnt again and again it was 1 time". Neither put it right.
_N1_ONLY_THIS_TIME = re.compile(
    r"\b(?:it )?(?:was|happened|only happened|just happened) (?:only |just )?(?:today|"
    r"yesterday|this (?:morning|afternoon|evening))(?: only)?\b|"
    r"\b(?:only|just) (?:today|yesterday|this (?:morning|afternoon|evening))\b|"
    r"\b(?:it )?(?:was|happened|only happened) (?:only |just )?(?:1|one) (?:time|x)\b|"
    r"\b(?:only|just) (?:1|one) time\b|"
    r"\b(?:it )?(?:wasnt|was not|isnt|is not|not|never) (?:been |happened )?(?:again and again|"
    r"over and over|lots of times|loads of times|more than (?:once|1 time|one time))\b"
    # p94b (round 94): Kwabena, "why. i said it never happened with him before" (ignored).
    r"|\b(?:it )?(?:never|hasnt|has not|hadnt|had not) (?:ever )?happened (?:with|from|by) "
    r"(?:him|her|them|that (?:guy|man|bloke|passenger|person)) before\b"
)


def n1_only_this_time(words: str) -> bool:
    """ "no it was only today", "it was 1 time": once, put right (round 44, Lily)."""
    return bool(_N1_ONLY_THIS_TIME.search(words))


# -- round 45, helper P4 --
# Mrs Okoro, who only suspects a neighbour: "One correction. I do not know for certain who it
# is. I only suspect a neighbour.", "I do NOT know who did it. Please remove 'someone you
# know'." were not taken three times: who did it is put back to not known.
_P4_WHO_NOT_KNOWN = re.compile(
    r"\b(?:(?:dont|do not|don t|didnt|did not) know (?:for (?:certain|sure) |really )?who (?:it "
    r"is|it was|did it|does it|is doing it|they are|was it|did this|is doing this)|i (?:only|just) "
    r"suspect|(?:its|it is|it s) only a suspicion|no proof (?:who|it was)|"
    r"(?:remove|take out|delete|take off|cross out|get rid of|change) (?:the (?:words? |bit )?)?"
    r"(?:that )?(?:it was )?someone (?:you|i) know|someone (?:you|i) know\W+(?:is|was)? ?wrong)\b"
)
# Abdul, whose "Yes" for another question was read as targeted for his race: "sorry i press
# wrong. race i dont know. they not say anything about race", "before i say yes for race by
# mistake. not race. please change", "race answer is NO".
_P4_NOT_RACE = re.compile(
    r"\b(?:not (?:about )?(?:race|racist|racism)|race (?:answer |question )?(?:is |was )?(?:no|"
    r"wrong|a mistake)|race i (?:dont|do not|don t) know|(?:not|didnt|did not|never|no) "
    r"(?:say|said|says) (?:anything|nothing|any ?thing) (?:about|on|for) (?:race|my race)|"
    r"yes (?:for|to|on) (?:the )?race (?:by|was a|a|is a) (?:mistake|accident)|"
    r"(?:press\w*|click\w*|tap\w*|chose|pick\w*) (?:the )?wrong\b.{0,30}\brace\b|"
    r"nothing to do with race)"
)


# A bare "i dont know who did it" is not taken as a correction (round 38): it must say it puts
# something right, or that they only suspect someone.
_P4_PUTS_RIGHT = re.compile(
    r"\b(?:for (?:certain|sure)|suspect\w*|correct\w*|remove|take (?:that|it) out|wrong|i said|"
    r"(?:third|second|last) time|someone (?:you|i) know|no proof)\b"
)


def p4_who_not_known(words: str) -> bool:
    return bool(_P4_WHO_NOT_KNOWN.search(words)) and bool(_P4_PUTS_RIGHT.search(words))


# -- round 45, helper P2 --
# Kevin: "he only did it once. i never said he done it before".
_P2_DONE_IT_ONCE = re.compile(
    r"\b(?:he|she|they) (?:only|just) (?:did|done) (?:it|that|this) once\b|\b(?:i )?never said "
    r"(?:he|she|they|it) (?:had |has )?(?:done|did|happened) (?:it |this |that )?before\b"
)
# Dion, 19: "You wrote I have a health condition. That is wrong. I am autistic. Please change it
# to autistic. And add that my eye is hurt.": the condition in his word, and his injury.
_P2_AUTISTIC = re.compile(
    r"\b(?:change it to|put|write|im|i am|i m) (?:that i am |that im )?(?:autistic|autism)\b"
)
_P2_ADD_INJURY = re.compile(
    r"\b(?:add|put|write|note) (?:down )?(?:that )?(?:my|i) (?:\w+ ){0,2}(?:is|are|was|were|"
    r"got|am) (?:hurt|injured|swollen|bleeding|broken|cut|bruised)\b"
)


def p2_condition_and_injury_put_right(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    words = plain(text)
    changes: dict[str, Any] = {}
    asked_to_change = re.search(
        r"\b(?:change|wrong|not a health|not an illness|put|write)\b", words
    )
    community = list(answers.get("community") or [])
    if asked_to_change and _P2_AUTISTIC.search(words) and "autistic" not in community:
        changes["community"] = [*community, "autistic"]
        changes["impairment"] = True
    details = list(answers.get("account_details") or [])
    if _P2_ADD_INJURY.search(words) and "injured" not in details:
        changes["account_details"] = [*details, "injured"]
    return changes


# -- round 45, helper P7 --
# Sue, recorded as "domestic abuse" for her daughter's stealing: "Domestic abuse?? She's my
# daughter not some violent husband. It's stealing, because of the drugs. Can you change it
# please". It becomes a theft; theft by a relative still counts as economic abuse, so likely
# domestic abuse, by the rules (core/victims_code.yml, economic_abuse).
_P7_ITS_STEALING = re.compile(
    r"\b(?:its|it is|it was|it s|thats|that is|shes|she is|hes|he is|they are|theyre) (?:just |"
    r"only |really |simply )?(?:stealing|theft|thieving|nicking|a theft)\b"
)
_P7_CHANGE_IT = re.compile(
    r"\b(?:change|correct|fix|update|amend) (?:it|that|this)\b|\bput (?:it|that) right\b|"
    r"\b(?:domestic abuse|robbery)\b"
)


def p7_stealing_put_right(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    words = plain(text)
    if answers.get("crime_type") not in ("domestic_abuse", "robbery"):
        return {}
    if _P7_ITS_STEALING.search(words) and _P7_CHANGE_IT.search(words):
        return {"crime_type": "theft"}
    if answers.get("crime_type") == "robbery" and _J2_NO_FORCE.search(words):
        return {"crime_type": "theft"}  # -- round 65, helper J2 -- (Josh)
    return {}


# -- round 65, helper J2 --
# Josh, his flatmate takes food and money from his wallet when he is out, was noted "a robbery";
# "That is wrong. Robbery means using force. He did not use force. He takes it when I am not
# there. Before you said theft." was not taken. Robbery denied for want of force is theft.
_J2_NO_FORCE = re.compile(
    r"\b(?:(?:he|she|they|nobody|no one|noone) (?:did not|didnt|never|has not|hasnt|have not|"
    r"havent|does not|doesnt|do not|dont) (?:use|used|uses|using) (?:any )?(?:force|violence)|"
    r"(?:there was|there is|theres|there s|there was no|with) no (?:force|violence)|"
    r"(?:not|isnt|is not|wasnt|was not|its not|it s not) (?:a )?robbery"
    r"(?: (?:it|its|it s|it is|it was) (?:just )?(?:theft|stealing))?|"
    r"(?:before|first|earlier) you (?:said|put|wrote) theft|"
    r"(?:change|put|make) (?:it |that )?(?:back )?(?:to|as) theft|"
    r"(?:robbery|it) (?:to|into) theft)\b"
)
# -- end of round 65, helper J2 --


# -- round 46, helper Q4 --
# Maria, 44, a cleaner with settled status, unpaid for two months, read as trafficked: "human
# trafficking?? no no. nobody bring me here, I come from Portugal myself 2015", "please take away
# the trafficking. is not true" got "I can't answer" and the label stayed. A trafficking label
# taken back is removed; what she told (unpaid work, a threat) is kept as another crime, so the
# question "what happened?" is not asked again only to be read as trafficking once more.
# k99a (round 99): Sofia, "I am not slave".
_Q4_TRAFFICKING = (
    r"(?:human )?(?:trafficking|trafficked|traffic|modern slavery|slavery|a slave|slave)"
)
_Q4_NOT_TRAFFICKED = re.compile(
    rf"\b(?:take|took|taking|put|get) (?:away|off|out)(?: of)? (?:the |that |this |my )?"
    rf"{_Q4_TRAFFICKING}|\b(?:remove|delete|erase|change|drop) (?:the |that |this )?(?:word )?"
    rf"{_Q4_TRAFFICKING}|\b{_Q4_TRAFFICKING} (?:\w+ ){{0,2}}?(?:no no|no|nope|not true|is not true|"
    rf"isnt true|its not true|is wrong|wrong|is a mistake)\b|\b(?:not|never|wasnt|was not|isnt|"
    rf"is not|am not|im not|i m not) (?:being |getting |been )?(?:a |an )?(?:victim of )?"
    rf"{_Q4_TRAFFICKING}\b|\b(?:nobody|"  # round 62, H1: "nah im not being trafficked" (Dami)
    rf"no one|noone) (?:bring|bringed|brought|brings|trafficked|sold|forced) me\b"
)


def q4_trafficking_taken_back(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """A trafficking label put right: what else was told, or another crime ("other")."""
    if answers.get("crime_type") != "human_trafficking":
        return {}
    words = plain(text)
    if not _Q4_NOT_TRAFFICKED.search(words):
        return {}
    again = account.read_account(_Q4_NOT_TRAFFICKED.sub(" ", words)).crime_type
    return {"crime_type": again if again not in (None, "human_trafficking") else "other"}


# -- round 47, helper R2 --
# Pat, 59, hit by her husband who has dementia, was noted as having a condition herself: "I don't
# have a condition, HE does. Dementia", "I did NOT tell you I have a condition. My husband has
# dementia, not me" were not taken.
_R2_THEIRS_NOT_MINE = re.compile(
    r"\bi (?:dont|do not|don t) have (?:a |any )?(?:condition|disability|illness|dementia|"
    r"alzheimers)\b.{0,20}\b(?:he|she|they|my \w+) (?:does|do|has|have)\b|"
    r"\bi (?:did not|didnt|didn t|never) (?:tell|say|told|said)\b.{0,15}\bi (?:have|had|ve got) "
    r"(?:a |any )?(?:condition|disability|illness|dementia)\b|"
    r"\b(?:my \w+|he|she) (?:has|has got|is the one with) (?:\w+ )?"
    r"(?:dementia|alzheimers?|the condition)\b,? not me\b"
)


# -- round 47, helper R6 -- "ok. what if the police just say its road rage and not a hate
# crime. they do that" (Raj, whose turban was pulled off): a worry about what the police will
# decide, not a correction; the hate crime he told stays. "it WAS because im sikh. change it
# back" and "I was targeted because of my religion. put that back" put it back.
_R6_WHAT_IF_THEY_SAY = re.compile(
    r"\b(?:what if|what happens if|and if|but if|if|suppose|in case) (?:the )?(?:police|cops|they|"
    r"cps|officers?|officer|the officer|court|judge|met) (?:just |then |only )?(?:say|says|said|"
    r"decide|decides|call|calls|think|thinks|treat|treats|record|records|put it down|class|"
    r"classes|see|sees|dont|do not|wont|will not|dismiss|dismisses)\b|\b(?:will|would|might|could|"
    r"do|does) (?:the )?(?:police|cops|they|cps) (?:just )?(?:say|call|decide|think|treat|record|"
    r"class|see)\b|\bthey do that\b"
)
_R6_WAS_BECAUSE = re.compile(
    r"\b(?:it was|it were|was|i was targeted|targeted|attacked|picked on|did it|went for me|done) "
    r"(?:\w+ )?because (?:im|i am|of my|of me being|of (?:my )?(?:religion|faith|race|colour|"
    r"sexuality|disability))\b|\b(?:put|change|switch) (?:that|it) back\b"
)


def r6_worry_not_correction(text: str) -> bool:
    """ "what if the police just say its not a hate crime": what they might decide."""
    words = plain(text)
    # f96b (round 96): what the police, council or school said is theirs, not the person's own
    # correction (Vik: "police said thats not a hate crime its just kids being kids. is that
    # right??" was "I've changed that: it wasn't because of who you are").
    return bool(_R6_WHAT_IF_THEY_SAY.search(words) or F96B_OTHERS_SAID.search(words))


# f96b (round 96): someone else (police, council, school) saying it was not hate.
F96B_OTHERS_SAID = re.compile(
    r"\b(?:police|cops|officers?|council|school|teachers?|housing officer|call handler|101)\b "
    r"(?:(?!i\b|and\b)\w+ ){0,3}?(?:said|say|says|told (?:me|us|him|her|them)|reckon\w*|"
    r"keep saying|think|thinks|claim\w*|decided)\b"
)


def r6_hate_put_back(text: str) -> bool:
    """ "it WAS because im sikh. change it back": the hate crime put back, with its strand."""
    words = plain(text)
    if not _R6_WAS_BECAUSE.search(words) or re.search(
        r"\b(?:wasnt|was not|werent|isnt|not|never|didnt|dont think)\b (?:\w+ ){0,2}?(?:targeted|"
        r"because)\b",
        words,
    ):
        return False
    hate, strands, _ = account.read_hate(text)
    return bool(hate and strands)


# -- round 48, helper S2 --
# Shanice, stalked by her ex "every week": "hes turned up at nursery once" is one place of many,
# not "it happened once".
_S2_ONCE_AT_A_PLACE = re.compile(
    r"\b(?:turned up|turn up|came|come|showed up|show up|been|was|waited|waiting) (?:at|to|"
    r"outside|round|by) (?:the |my |her |his |our |their )?\w+(?: \w+)? once$"
)


def s2_once_at_one_place(words: str) -> bool:
    return bool(_S2_ONCE_AT_A_PLACE.search(words))


# Shanice, referred by text: "wat do i do if he turns up again ... just call 999??" was taken as
# "call me" instead of text.
_S2_CALL_FOR_HELP = re.compile(
    r" (?:the )?(?:999|101|112|police|cops|feds|ambulance|an ambulance|for help)\b"
)


# Marta, grabbed by a client's husband: "rape? no, he not rape me. only touch" took the sexual
# offence away; being touched sexually is still a sexual assault.
def s2_touched_not_raped(words: str, answers: Mapping[str, Any]) -> bool:
    return (
        answers.get("crime_type") == "sexual_offence"
        and bool(re.search(r"\b(?:rape|raped)\b", words))
        and not re.search(r"\bnot (?:a )?sexual|nothing sexual|wasnt sexual\b", words)
        and bool(
            re.search(
                r"\b(?:only|just) (?:touch\w*|grab\w*|grope\w*)|\b(?:he|she|they) (?:\w+ )?"
                r"(?:touch\w*|grab\w*|grope\w*)|sexual touching|touching\b",
                words,
            )
        )
    )


# -- round 49, helper T7 --
# Oskar: "if police come to the house, other men also no papers. they deport us all?" was read
# as "you've told the police": a sentence about what police might do is not a report. Rebecca:
# "I reported the first school incident to police on the 3rd, I haven't reported the emails yet"
# was read as "you haven't told the police": one thing reported is still reported.
_T7_IF_POLICE = re.compile(
    r"^(?:\w+ )?(?:if|when|what if|in case|once|suppose|supposing) (?:the )?(?:police|cops?|"
    r"officers?|met)\b"
)


def t7_police_only_if(text: str) -> bool:
    """Each sentence that reads as telling the police only says what police might do."""
    parts = account.statements(text)
    told = [part for part in parts if account.read_account(part).reported is True]
    return bool(told) and all(
        _T7_IF_POLICE.search(plain(part)) or is_question(part) for part in told
    )


def t7_reported_some_of_it(text: str) -> bool:
    """One sentence says something was reported (not asked, not "if"), beside one that says
    something else wasn't."""
    parts = [part for part in re.split(r"[,;.!]| but | though ", text) if part.strip()]
    return any(
        account.read_account(part).reported is True
        and not is_question(part)
        and not _T7_IF_POLICE.search(plain(part))
        for part in parts
    )


# -- round 49, helper T6 --
# Kayla, 14: "and i said i think its cos im mixed race", "its racist what they say. they call my
# hair a brillo pad" were not taken (her "idk maybe cos im mixed race" at the question had been
# stored as unsure). Not "is it racist?" or "its not racist".
_T6_IT_IS_HATE = re.compile(
    r"\b(?:(?:its|it s|it is|thats|that s|theyre|they re|they are|theyve been|they been|its "
    r"all|it was|they was|they were) (?:so |really |just |proper |well |actually |being )?"
    r"(?:racist|racism|racial|homophobic|transphobic|islamophobic|antisemitic|anti semitic)|"
    r"(?:racist|homophobic|transphobic|islamophobic|antisemitic) (?:what|stuff|things|comments|"
    r"names|abuse|messages|insults) (?:they|he|she|people))\b"
)
_T6_SAID_IT_WAS_FOR = re.compile(
    r"\bi (?:said|told you|did say|already said)(?: that)? (?:i think |i reckon |maybe )?(?:its |"
    r"it s |it was |they do it |they did it |it happened )?(?:cos|coz|cuz|because|bc|coz of|"
    r"because of) (?:im|i m|i am|my)\b"
)


def t6_says_it_was_hate(text: str) -> bool:
    """ "its racist what they say", "i said i think its cos im mixed race": the hate question's
    answer put right."""
    words = plain(text)
    if "?" in text and not re.search(r"\b(?:its|it s|i said)\b", words):
        return False
    if _T6_IT_IS_HATE.search(words):
        return True
    return bool(_T6_SAID_IT_WAS_FOR.search(words)) and bool(account.read_hate(text)[1])


# -- round 49, helper T2 --
# Siobhan: "I never said I was scared of court? I'd happily stand up and say what he did", then
# "please change it, I am NOT scared of giving evidence": refused twice, so the support team was
# told she is intimidated. Not "I'm not scared of court, I'm scared of him".
_T2_NOT_AFRAID_OF_COURT = re.compile(
    r"\b(?:(?:i )?(?:never|didnt|did not|dont think i) (?:said|say|told you) (?:i was|im|i am|i "
    r"would be|id be) (?:\w+ )?(?:scared|afraid|frightened|worried|nervous)|(?:im|i am|i m|i was|"
    r"i wouldnt be|i would not be) (?:not |never )?(?:\w+ )?(?:scared|afraid|frightened|worried|"
    r"nervous) (?:of|about) (?:court|giving evidence|going to court|the court)|(?:id|i would|i "
    r"will|i ll) (?:happily|gladly|be happy to) (?:stand up|give evidence|go to court))\b"
)
# k78c (round 78, Joy): "but i said im not scared about court? i said no" is the denial
# itself, not fear said after a "but": no "not" may stand between the "but" and the fear word.
_T2_BUT_AFRAID = re.compile(
    r"\bbut (?:i|im|i am|i m)\b(?:(?!\b(?:not|never|nt)\b).){0,30}\b(?:scared|afraid|"
    r"frightened|worried)"
)


# -- round 63, helper i3 --: "Please change 'afraid about giving evidence' to 'I do not know'"
# and "I did not say I feel afraid about giving evidence. I said I do not know" (Josh) got a blurb
# and "I can't answer": the fear is cleared, not known.
_I3_FEAR_WORDS = r"(?:afraid|scared|frightened|worried|fear|intimidated|giving evidence|court)"
_I3_UNKNOWN_WORDS = (
    r"(?:i do not know|i dont know|i don t know|dont know|do not know|not sure|unknown|i am not "
    r"sure|im not sure|no idea|i cannot say|i cant say|cannot say|cant say)"
)
_I3_FEAR_TO_UNKNOWN = re.compile(
    rf"\b(?:change|put|make|set|correct|update|switch)\b.{{0,60}}\b{_I3_FEAR_WORDS}\b.{{0,50}}"
    rf"\b(?:to|as|into)\s+(?:say\s+)?{_I3_UNKNOWN_WORDS}\b|"
    rf"\b(?:i )?(?:did not|didnt|never) (?:say|said)\b.{{0,40}}\b{_I3_FEAR_WORDS}\b.{{0,80}}"
    rf"\bi (?:said|say|told you)\s+(?:that\s+)?(?:i\s+)?{_I3_UNKNOWN_WORDS}\b"
)


def i3_fear_put_to_unknown(words: str) -> bool:
    return bool(_I3_FEAR_TO_UNKNOWN.search(words))


def i3_known_another_way(rest: str) -> bool:
    """What follows "not my friend": "he is boss", "hes my landlord" (someone known still)."""
    return bool(
        re.match(
            rf"\W*(?:(?:but|just|only)\s+)?(?:hes|he s|he is|shes|she s|she is|its|it s|it is|"
            rf"it was|they are|theyre|they re)\s+(?:(?:my|the|our|a|an|his|her)\s+)?"
            rf"(?:{account.KNOWN})\b",
            rest,
        )
    )


def t2_not_afraid_of_court_after_all(text: str) -> bool:
    words = plain(text)
    found = _T2_NOT_AFRAID_OF_COURT.search(words)
    if found is None or _T2_BUT_AFRAID.search(words):
        return False
    said = found.group(0)
    # "I am scared of court" said without a no is not this.
    return bool(
        re.search(
            r"\b(?:never|didnt|did not|dont|not|wouldnt|would not|happily|gladly|"
            r"happy to)\b",
            said,
        )
    )


# -- round 49, helper T1 --
# Sam: "hang on i didnt say he targeted me for being trans", "i never said it was cos im trans
# ... can you take that off" (the hate crime was kept); Tyrone, writing for his brother: "u know
# hes 15 yeh? not 19", "his age is 15" (the writer's own 19 was kept).
_T1_HATE_NOT_SAID = re.compile(
    r"\b(?:didnt|did not|never) (?:say|said)\b.{0,40}\b(?:for being|cos im|because im|"
    r"because i am|cause im|coz im|cuz im|for who i am)\b|"
    r"\bdont want (?:the police|them|anyone) (?:told|to know|thinking) (?:its|it was) a hate crime"
)
_T1_THEIR_AGE = re.compile(
    r"\b(?:his|her|their) age (?:is|was) (\d{1,2})\b|"
    r"\b(?:hes|he is|shes|she is|theyre|they are) (\d{1,2})\b(?: \w+){0,2} not (?:\d{1,3})\b"
)


def t1_their_age_put_right(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The age of the person it happened to, put right by someone writing for them."""
    if not answers.get("for_someone_else") or answers.get("age") is None:
        return {}
    said = _T1_THEIR_AGE.search(plain(text))
    if not said:
        return {}
    age = float(said.group(1) or said.group(2))
    if age == answers.get("age"):
        return {}
    return {"age": age, "under_18": True} if age < 18 else {"age": age}


# -- round 50, helper U2 --
# Margaret (round 49), whose husband shouts at her and took over her pension: "I don't think
# stalking is right at all, he is my husband of forty-one years" was not taken; "I have not been
# stalked... It is about him shouting and taking my pension" became "a theft", and "Geoffrey isn't
# a thief. It's that he controls the money" restarted "What happened?". A lesser label taken back
# when a partner did it (or they now say "he is my husband") is domestic abuse; a relative's is
# what the account then reads with them as the doer.
_U2_SAYS_WHO = re.compile(
    rf"\b(?:he|she|hes|shes|he s|she s|its|it s|it is|it was)(?: is| was)? (?:my|our) "
    rf"(?:(?P<p>{account.PARTNER})|(?P<f>{account.FAMILY}))\b"
)
# What a label taken back may have become that says no more than who did it.
_U2_READ_AGAIN = frozenset({None, "theft", "stalking_harassment", "other"})


def _u2_label_wrong(words: str, named: str) -> bool:
    """ "I don't think stalking is right", "stalking is wrong", "stalking isn't right"."""
    return bool(
        re.search(
            rf"\b(?:dont|do not|don t) think (?:its |it s |it is |that |it was )?(?:{named}) is "
            rf"(?:right|correct|true|the word)\b|\b(?:{named}) (?:is wrong|isnt right|is not "
            rf"right|isn t right|is not correct|isnt correct)\b",
            words,
        )
    )


def _u2_partner_label_put_right(
    text: str, answers: Mapping[str, Any], changes: dict[str, Any]
) -> None:
    known = answers.get("crime_type")
    if known not in _R35_LESSER:
        return
    words = plain(text)
    who = answers.get("relationship_to_offender")
    says = _U2_SAYS_WHO.search(words)
    if says:
        who = "partner_or_ex" if says.group("p") else "family_member"
    if who not in ("partner_or_ex", "family_member"):
        return
    if _NOT_FAMILY.search(words) or _DID_NOT_DO_IT.search(words) or _WERE_STRANGERS.search(words):
        return  # "it's not a family member ... some random scammer" (round 33)
    named = _NOT_CRIME.get(str(known))
    taken_back = "crime_type" in changes and changes["crime_type"] in _U2_READ_AGAIN
    if not taken_back and not (named and _u2_label_wrong(words, named)):
        return
    again = account.read_account(text, who).crime_type
    if who == "partner_or_ex" or again == "domestic_abuse":
        changes["crime_type"] = "domestic_abuse"
        if answers.get("relationship_to_offender") is None:
            changes["relationship_to_offender"] = who


# Dev (round 49), recorded as writing for his children: "Correction: the car is mine and the note
# was aimed at me. My kids weren't targeted, they saw it" was not taken.
_U2_ME_NOT_THE_KIDS = re.compile(
    r"\b(?:(?:aimed|directed|meant|targeted) at me|(?:the )?(?:car|van|house|bike|flat) (?:is|was) "
    r"mine|(?:my )?(?:kids|children|son|daughter|child)(?: \w+)? (?:werent|were not|wasnt|was not|"
    r"arent|are not|isnt|is not) (?:the ones )?(?:targeted|the target|the victims?))\b"
)


def _u2_me_not_the_children(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    if answers.get("for_child") and _U2_ME_NOT_THE_KIDS.search(plain(text)):
        changes["for_child"] = False
        if answers.get("age") is not None and float(answers["age"]) < 18:
            changes.update(age=None, under_18=None)  # the child's age, not theirs


# -- round 50, helper V1 --
# Gloria, 64, writing for her grandson Jaden, 14: "I have him since he is 6" was kept as his age
# and as "more than once"; "Jaden is 14 years old, not 6", "He is 14" and "it only happen ONE
# time" were not taken as corrections.
_V1_CARED_FOR_SINCE = re.compile(
    r"\bsince (?:he|she|they|hes|shes|he s|she s) (?:(?:is|was|were|has been|have been) )?"
    r"(?:\d{1,2}|a baby|a toddler|little|small|tiny)\b(?: (?:years?|yrs?) old\b)?",
    re.IGNORECASE,
)
_V1_THEIR_AGE_SENTENCE = re.compile(
    r"^(?:(?:no|and|but|yes|ok|sorry) )*(?:(?!it\b|that\b|this\b|there\b|number\b|which\b)"
    r"[a-z]+ is|hes|he s|he is|shes|she s|she is) (\d{1,2})(?: (?:years?|yrs?) old)?"
    r"(?: not \d{1,3})?(?: (?:years?|yrs?) old)?$"
)
_V1_ONE_TIME = re.compile(
    r"\b(?:only|just) (?:happen\w*|been|was) (?:one time|once)\b|\b(?:happen\w*|was it|it was) "
    r"(?:only|just) (?:one time|once)\b|\bonly (?:one time|once)\b"
)


def _v1_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """The age of the child written for, said alone ("He is 14", "Jaden is 14 years old, not
    6"), and "it only happen ONE time" put right."""
    writing_for = answers.get("for_someone_else") or answers.get("for_child")
    known = answers.get("age")
    if writing_for and known is not None and "age" not in changes:
        for sentence in re.split(r"[.!?;\n]+", text):
            said = _V1_THEIR_AGE_SENTENCE.search(plain(sentence).strip())
            if said and 1 <= int(said.group(1)) <= 17 and float(said.group(1)) != float(known):
                changes.update(age=float(said.group(1)), under_18=True)
                break
    if answers.get("repeat_victimisation") is True and _V1_ONE_TIME.search(plain(text)):
        changes["repeat_victimisation"] = False


# -- round 50, helper V5 --
# Veronica, 45, whose ex-husband controls her money and turns up: "Is it stalking?" (a question)
# replaced domestic abuse with stalking; "It's also domestic abuse... Please add that" and "it's
# also him being my ex, the money, all of it. Please don't lose that" were refused.
_V5_ONLY_ASKED = re.compile(r"\b(?:is|was|whether|if|asked|asking|ask)\s*$")
_V5_DOMESTIC_TOO = re.compile(
    r"\b(?:its|it s|it is|its also|it s also|it is also|also|too|as well|add|dont lose|do not "
    r"lose|not just)\b.{0,40}\b(?:domestic abuse|domestic violence|him being my ex|her being my ex|"
    r"my ex husband|my ex wife|abuse by (?:a|my) (?:partner|ex))\b|\b(?:domestic abuse|domestic "
    r"violence|him being my ex)\b.{0,60}\b(?:too|also|as well|add that|add it|dont lose|not just)\b"
    r"|^abuse by a partner or family$"
)


def v5_domestic_abuse_added(
    text: str, answers: Mapping[str, Any], changes: Mapping[str, Any]
) -> dict[str, Any]:
    """Stalking or harassment by a partner or ex, said to be domestic abuse too: the abuse is
    kept (the services for it include those for stalking by an ex)."""
    if answers.get("crime_type") != "stalking_harassment" or "crime_type" in changes:
        return {}
    relationship = changes.get("relationship_to_offender", answers.get("relationship_to_offender"))
    if relationship not in ("partner_or_ex", "family_member"):
        return {}
    words = plain(text)
    if re.search(r"\b(?:not|isnt|wasnt|never) (?:\w+ )?domestic\b", words):
        return {}
    return {"crime_type": "domestic_abuse"} if _V5_DOMESTIC_TOO.search(words) else {}


# -- round 52, helper X1 --
# Bukola (car set on fire by her window, noted as bereaved and hurt): "nobody died", "i wasnt
# hurt. nobody was hurt", "he hasnt targeted me again and again", "you wrote i was targeted again
# and again. thats wrong" were not taken, and "theres no police here, they left last night"
# turned into "you haven't told the police". Deborah (daughter died by suicide after stalking):
# "She was not killed, she died by suicide" cleared her as bereaved; a death is still told there.
_X1_NOT_HURT_SAID = re.compile(
    r"\b(?:i wasnt|i was not|i was never|im not|i m not|i am not|nobody was|no one was|noone was|"
    r"nobody got|no one got|nobody has been|none of us (?:was|were|got)) (?:hurt|injured)\b"
    r"(?! (?:badly|much|too|that|but|as|like|yet))(?!,? but)"
)
_X1_NOT_AGAIN_AND_AGAIN = re.compile(
    r"\b(?:not|hasnt|has not|havent|have not|wasnt|was not|never|didnt|did not|isnt)(?: been| "
    r"ever)? (?:targeted|targetted|targeting|targetting) (?:me )?(?:again and again|over and over|"
    r"repeatedly|persistently|more than once)\b|\b(?:wrote|written|said|put|noted|say) (?:that )?"
    r"i (?:was|am|ve been|have been|m) (?:persistently )?(?:targeted|targetted)(?: again and "
    r"again| repeatedly| persistently| more than once)?\W+(?:\w+ ){0,2}(?:wrong|not true|not right|"
    r"incorrect|fix|change|correct)\b"
)
_X1_POLICE_GONE = re.compile(
    r"\b(?:no|not any|arent any|are no|theres no|there s no) (?:police|officers?|cops?) "
    r"(?:here|with me|there|around)\b|\b(?:police|officers?|cops?|they) (?:have |had |has )?"
    r"(?:left|gone|went)\b"
)
_X1_A_DEATH_TOLD = re.compile(
    r"\b(?:died by suicide|took (?:her|his|their) own life|(?:killed|hanged) (?:herself|himself|"
    r"themselves)|(?:she|he|they) died|(?:she|he|they) (?:is|s|are) (?:dead|"
    rf"{account.GONE_AS_A_DEATH}))\b"  # h90a: not "he's gone out"
)


def x1_others_suicide(text: str, answers: Mapping[str, Any], details: Sequence[str]) -> bool:
    """Someone else's death by suicide told, where a death is already known."""
    words = plain(text)
    if w1_without_others_suicide(words) == words or "died_by_suicide" in details:
        return False
    return bool(
        answers.get("bereaved")
        or answers.get("crime_type") == "homicide"
        or "someone_died" in details
        or "someone_died" in (answers.get("account_details") or ())
    )


def x1_died_by_suicide(turn: Turn, reading: Reading) -> None:
    details = list(
        reading.slots.get("account_details") or turn.answers.get("account_details") or []
    )
    known = {
        **turn.answers,
        **reading.slots,
        "bereaved": turn.opening or reading.slots.get("bereaved") or turn.answers.get("bereaved"),
    }
    if x1_others_suicide(turn.text, known, details):
        reading.slots["account_details"] = sorted({*details, "died_by_suicide"})


def x1_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    words = plain(text)
    details = list(changes.get("account_details") or answers.get("account_details") or [])
    if x1_others_suicide(text, answers, details):
        details = sorted({*details, "died_by_suicide"})
        changes["account_details"] = details
    if account._NOBODY_DIED.search(words) and not _X1_A_DEATH_TOLD.search(words):
        if answers.get("bereaved") is True and answers.get("crime_type") != "homicide":
            changes["bereaved"] = False
        if "someone_died" in details:
            details = [d for d in details if d != "someone_died"]
            changes["account_details"] = details
    elif (
        "bereaved" in changes
        and changes["bereaved"] is None
        and answers.get("bereaved") is True
        and _X1_A_DEATH_TOLD.search(words)
    ):
        changes.pop("bereaved")  # she was not killed, but she died: still bereaved
    if "injured" in details and _X1_NOT_HURT_SAID.search(words):
        changes["account_details"] = [d for d in details if d not in ("injured", "serious_injury")]
    if (
        answers.get("repeat_victimisation") is True
        and "repeat_victimisation" not in changes
        and _X1_NOT_AGAIN_AND_AGAIN.search(words)
    ):
        changes["repeat_victimisation"] = False
    if (
        changes.get("reported_to_police") is False
        and answers.get("reported_to_police") is True
        and _X1_POLICE_GONE.search(words)
        and not re.search(
            r"\b(?:not|never|havent|didnt|did not) (?:told|reported|called|rung|rang)", words
        )
    ):
        changes.pop("reported_to_police")


# -- round 59, helper F2 --
# "Thank you. But can you change the time to after 5.30 please" (Yvonne, at a question about being
# contacted) was read as a question nobody could answer ("I'm sorry, I can't answer that one
# here"), and the time she asked for was dropped: a change to how or when they are contacted,
# asked as a question, is taken, and saying it was changed answers it.
_F2_CONTACT_SLOTS = frozenset({"contact_times", "contact_method", "contact_details"})


def l100c_injury_taken_back(turn: Turn, reading: Reading) -> bool:
    """l100c (round 100): Farah, "i wasnt wounded?? i said i WASNT stabbed", "thats wrong. i was
    not injured. can you fix it": an injury taken off the record is the answer (thank you, I've
    changed that), not "I can't answer that one here"."""
    if "account_details" not in reading.corrected:
        return False
    before = set(turn.answers.get("account_details") or ())
    after = set(reading.slots.get("account_details") or ())
    return bool(before & {"injured", "serious_injury"} - after)


def f2_contact_put_right_asked(reading: Reading) -> bool:
    return bool(reading.corrected) and set(reading.corrected) <= _F2_CONTACT_SLOTS


# "07700 900456. And you promise it won't go to the police?" (Susan, 61, whose son pushed her
# into a wall) was passed to the support team before her question was answered. A question about
# whether the police will be told, asked as they agree to be contacted, is a condition on the
# agreement: answered, and the step asked again, never taken as done.
_F2_POLICE_CONDITION = frozenset({"utter_support_not_police"})


def f2_consent_waits_for_its_question(turn: Turn, reading: Reading) -> None:
    step = turn.requested
    if step not in ("referral_consent", "contact_details") or not is_question(turn.text):
        return
    if not any(said.response in _F2_POLICE_CONDITION for said in reading.say):
        return
    if step == "referral_consent" and f88d_yes_then_a_plain_question(turn.text):
        return  # f88d (round 89): Hassan's yes is taken, and his questions answered
    if step == "contact_details" and reading.slots.get("contact_details"):
        # not taken yet: the step is asked again after the answer, so nothing is passed on
        # before she knows (she gives the number again)
        reading.slots.pop("contact_details")
    reading.slots.pop("referral_consent", None)


# -- end of round 59, helper F2 --


# f88d (round 89) -- Hassan: "Yes please. Will the police be told? Will I have to give the
# statement to them again?" got both answers, then "When you're ready: would you like us to pass
# your details on" ("I already said yes"). A yes said first, then a plain question, is a yes; only
# a question that sets a condition ("you promise it won't go to the police?", Susan) waits.
_F88D_YES_FIRST = re.compile(r"^(?:yes|yeah|yep|yes please|yes pls|ok yes|okay yes)\b[^?]*?[.!,\n]")
_F88D_CONDITION = re.compile(
    r"\b(?:promise|swear|guarantee|wont|won t|will not|not go|as long as|only if|unless|"
    r"if they|if you|if the police)\b"
)


def f88d_yes_then_a_plain_question(text: str) -> bool:
    words = text.strip().lower()
    return bool(_F88D_YES_FIRST.match(words)) and not _F88D_CONDITION.search(plain(text))


# end f88d


# -- round 52, helper X3 --
# "language Dari for me please", "I need interpreter Dari", "Dari please for the phone call"
# (Mariam, recorded as English, asked four times and was never heard): a language asked for after
# another was kept. Not "dari OR pashto, both ok" (Hamid): a second language, Dari still fits.
_X3_LANGUAGE_NAMED = re.compile(
    r"\b(?:interpreter|interpreters|translator|language|lang) (?:in |for )?"
    rf"(?P<l>{_LANGUAGE_WORDS})\b"
)
_X3_ALSO = re.compile(r"\b(?:also|or|both|too|as well|and)\b")


def x3_language_put_right(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The language asked for, put right after another (English, most often) was kept."""
    known = answers.get("language")
    if known is None:
        return {}
    named = _X3_LANGUAGE_NAMED.search(plain(text))
    wanted = language_asked_for(text, bare=False) or (
        read_answer("language", named.group("l")).value if named else None
    )
    if not wanted or wanted in (known, "english"):
        return {}
    if known not in ("english", "other") and _X3_ALSO.search(plain(text)):
        return {}
    if re.search(
        r"\b(?:do|does|is|are|have|has|can) (?:they|there|you|u|he|she|it|the \w+)\b.{0,30}"
        r"\b(?:someone|somebody|anyone|anybody|people|staff|workers?)\b",
        plain(text),
    ):
        return {}  # "Do they have someone who speaks Chinese?": asked of a service, not put right
    return {"language": wanted}


# "not me, my son. he is 16", "it is not me, it is my son Ahmad, 16 years" (Mariam, whose own
# age, 39, was then kept as her son's): it happened to their child, and the child's age.
_X3_NOT_ME_MY_CHILD = re.compile(
    r"\b(?:not|isnt|is not|wasnt|was not) (?:about )?me\b,? (?:(?:its|it s|it is|it was|but) )?"
    r"(?:my|our) (?:son|daughter|child|kid|boy|girl)\b"
)
_X3_CHILDS_AGE = re.compile(
    r"\b(?:hes|he s|he is|shes|she s|she is|(?:son|daughter|child|kid|boy|girl)(?: [a-z]+)?)\s*"
    r"(\d{1,2})(?: (?:years?|yrs?)(?: old)?)?\b"
    r"(?! (?:times|days|weeks|months|minutes|mins|hours|pounds|quid|miles)\b)"
)


def x3_my_child_not_me(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Whom it happened to put right: their child, with the child's age (under 18)."""
    words = plain(text)
    said = _X3_NOT_ME_MY_CHILD.search(words)
    if said is None:
        return {}
    return x3_child_age_changes(words[said.start() :], answers)


def x3_child_age_changes(words: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Their child is the one helped, with the child's age (under 18) told in ``words``."""
    age = next(
        (
            float(found.group(1))
            for found in _X3_CHILDS_AGE.finditer(words)
            if 1 <= int(found.group(1)) <= 17
        ),
        None,
    )
    if age is None:
        return {}
    changes: dict[str, Any] = {}
    if not answers.get("for_child"):
        changes.update(for_someone_else=True, for_child=True)
    if answers.get("age") != age:
        changes.update(age=age, under_18=True)
    return changes


# "its not someone he doesnt know. he knows them" (Carl, of his son Josh's online "mates"): they
# know who did it. Not "he doesnt know them".
_X3_KNOWS_THEM = re.compile(
    r"\bnot (?:a |an )?(?:someone|somebody|some1|person|people|stranger|strangers) (?:that |who )?"
    r"(?:he|she|they|i|we) (?:doesnt|does not|dont|do not|didnt|did not) know\b|"
    r"\b(?:he|she) (?:does |did )?(?:knows?|knew) (?:them|him|her|who)\b"
)


def x3_knows_them(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    if answers.get("relationship_to_offender") not in ("stranger", "unknown"):
        return {}
    if l1_police_named(text):
        return {}  # -- round 66, helper l1 --: "It WAS the police ... Not 'someone I don't know'"
    return (
        {"relationship_to_offender": "someone_known"} if _X3_KNOWS_THEM.search(plain(text)) else {}
    )


# "domestic abuse? theyre not family or his girlfriend, theyre lads from an online game" (Carl):
# the label questioned and taken back, not asked for.
_X3_NOT_FAMILY = re.compile(
    r"\b(?:not|arent|are not|isnt|is not|wasnt|werent|never) (?:\w+ )?(?:family|related|relatives?|"
    r"partners?|girlfriend|boyfriend|his girlfriend|her boyfriend|his partner|her partner)\b"
)


def x3_not_domestic(text: str, answers: Mapping[str, Any], changes: Mapping[str, Any]) -> bool:
    """Domestic abuse read from a message that says nobody in it is family or a partner."""
    return (
        changes.get("crime_type") == "domestic_abuse"
        and answers.get("crime_type") != "domestic_abuse"
        and bool(_X3_NOT_FAMILY.search(plain(text)))
    )


# "and he have knife, he say he will kill me. not only punch", "is wrong. please write: threat
# with knife to kill me" (Hamid, whose record said only "an assault"): the weapon and the threat
# to kill, added when the message puts the record right.
_X3_PUTS_RIGHT = re.compile(
    r"\b(?:not only|not just|is wrong|its wrong|it s wrong|thats wrong|please write|write|put|add|"
    r"you forgot|you missed|also)\b"
)
_X3_THREAT_TO_KILL = re.compile(
    r"\b(?:threat\w*|say|says|said|saying|told me|tell me) (?:\w+ ){0,4}(?:to )?(?:kill|killing|"
    r"murder) (?:me|us)\b"
)
_X3_WEAPON = re.compile(r"\b(?:knife|knives|blade|machete|gun|weapon|bat|hammer)\b")


def x3_threat_put_right(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    words = plain(text)
    if answers.get("crime_type") in (None, "homicide") or not _X3_PUTS_RIGHT.search(words):
        return {}
    details = list(answers.get("account_details") or ())
    added = [
        detail
        for detail, pattern in (("weapon", _X3_WEAPON), ("threat_to_kill", _X3_THREAT_TO_KILL))
        if detail not in details and pattern.search(words)
    ]
    return {"account_details": details + added} if added else {}


# -- round 52, helper X4 --
# Dennis (round 51), his van stolen: "i never said it happened more than once, first time", "did
# you take off the more than once bit", "targeted more than once?? i told you its the first
# time": the invented "more than once" put right (not "the first time i've told anyone").
_X4_FIRST_TIME = re.compile(
    r"\b(?:never|didnt|did not|dont|do not|havent|have not) (?:say|said|tell you|told you)\b"
    r"(?: \w+){0,4} (?:more than once|twice|again|before)\b|\b(?:take|took|taken) (?:off|out|"
    r"away) (?:the |that )?(?:more than once|repeat\w*|targeted)\b|\b(?:its|it was|it s|it is|"
    r"this is|this was) (?:the |my |our )?(?:very )?first time\b(?! (?:i|ive|i ve|id|im|we|that "
    r"i|that we|in|since|for|ever|telling|ringing|calling|reporting))"
)
_X4_FIRST_TIME_ALONE = re.compile(r"(?:^|[.!?,;\n])\s*(?:the )?first time\s*(?:[.!?,;\n]|$)", re.I)


# i97a (round 97): Nora, of her husband's headstone smashed a second time: "No, not this time.
# The first time, back in the spring, I told the lady in the cemetery office" was read as "it
# happened once": an earlier time told, not "this is the first time".
_I97A_EARLIER_TIME = re.compile(
    r"\bnot this time\b|\b(?:second|third|2nd|3rd) time\b|\btwice\b|\bthe first time (?:back|"
    r"was|it was|they|he|she|someone|somebody|i told|i reported|i rang|i called)\b"
)


def x4_first_time(text: str) -> bool:
    """ "i never said it happened more than once, first time": not targeted before."""
    if _I97A_EARLIER_TIME.search(plain(text)) and not re.search(
        r"\b(?:never|didnt|did not) (?:say|said)\b", plain(text)
    ):
        return False
    return bool(_X4_FIRST_TIME.search(plain(text)) or _X4_FIRST_TIME_ALONE.search(text))


# Louise (round 50): "its not an assault its a dog attack", "you havent put what happened. it
# was a dog attack", "can you just write dog attack on the notes please": what happened, put
# right as a dog attack (its owner's offence, "other"), with the dog attack kept in the details.
def x4_dog_attack_put_right(
    words: str, answers: Mapping[str, Any], changes: dict[str, Any]
) -> None:
    if not account.X4_SAYS_DOG_ATTACK.search(words):
        return
    if changes.get("crime_type", answers.get("crime_type")) in (
        None,
        "assault",
        "serious_violence",
    ):
        changes["crime_type"] = "other"
    details = set(changes.get("account_details") or answers.get("account_details") or ())
    if "dog_attack" not in details:
        changes["account_details"] = sorted(details | {"dog_attack"})


# -- round 52, helper Y1 --
# Kwame, 19, whose Gmail was open on his stolen phone: "can u change it so they dont email me
# then. just use my mates number 07723 418 552", "no?? i said DONT email me. call jordans
# number", "phone call not email": the number was changed, but they were still to email him.
_Y1_NOT_EMAIL = re.compile(
    r"\b(?:dont|don t|do not|not|never|no) (?:to )?(?:e ?mail|email) (?:me|him|her)?\b|"
    r"\bnot (?:by |via |on )?(?:e ?mail|email)\b|\b(?:no|stop the|not) emails?\b"
)
_Y1_BY_TEXT = re.compile(r"\b(?:text|texts|txt|sms|message)\b")
_Y1_BY_CALL = re.compile(r"\b(?:call|calls|ring|phone call|phone|number)\b")


def y1_not_by_email(
    text: str, answers: Mapping[str, Any], changes: Mapping[str, Any]
) -> dict[str, Any]:
    """Contact by email put right: to a call (or a text, if that is what they said)."""
    if answers.get("contact_method") != "email" or answers.get("referral_consent") is not True:
        return {}
    if "contact_method" in changes:
        return {}
    words = plain(text)
    new_number = bool(re.fullmatch(r"\+?\d{10,13}", str(changes.get("contact_details") or "")))
    if not _Y1_NOT_EMAIL.search(words) and not new_number:
        return {}
    if _Y1_BY_TEXT.search(words) and not _Y1_BY_CALL.search(_Y1_BY_TEXT.sub(" ", words)):
        return {"contact_method": "text"}
    if _Y1_BY_CALL.search(words) or new_number:
        return {"contact_method": "call"}
    return {}


# -- round 53, helper Z7 --
# Raj: "That is not correct. I have no disability or health condition, apart from this wrist
# which will heal. Please correct your record." got "Sorry, I didn't catch that": the denial
# named two things, and the injury from the attack is no condition.
_Z7_NO_CONDITIONS = re.compile(
    r"\b(?:i have|i ve got|i ve|i do not have|i don t have|i dont have) (?:no|any) "
    r"(?:disability|disabilities|health conditions?|illness|medical conditions?)"
    r"(?: (?:or|and|nor) (?:a |any )?(?:disability|disabilities|health conditions?|illness|"
    r"medical conditions?|mental health (?:condition|problems?)))*\b"
)
_Z7_BUT_INJURY = re.compile(
    r"\b(?:apart from|except|except for|other than|besides|only) (?:this|my|the) "
    r"(?:injured |broken |hurt |fractured )?(?:wrist|arm|hand|leg|ankle|foot|nose|ribs?|"
    r"shoulder|injury|injuries|"
    r"fracture|cut|bruis\w*)\b(?: (?:which|that) (?:will|should) heal)?"
)

# Raj: "I do not need an interpreter... It was my wife I mentioned. Please correct this." made
# the offender "a partner or ex": his wife was named for her language, not as who did it.
_Z7_ONLY_MENTIONED = re.compile(
    r"\b(?:it was|its|it s|it is|that was|i meant) (?:my|our) \w+(?: (?:that|who))? (?:i|we) "
    r"(?:mentioned|meant|was talking about|were talking about|referred to|spoke about|"
    r"said needs?|said would)\b"
)


def z7_no_condition_but_injury(text: str) -> bool:
    words = plain(text)
    denied = _Z7_NO_CONDITIONS.search(words)
    if denied is None:
        return False
    rest = _Z7_BUT_INJURY.sub(" ", _Z7_NO_CONDITIONS.sub(" ", words))
    return not has_condition(rest)


# -- round 55, helper B1 --
# Doreen (70s), after the bot noted her grandson (family): "it wasnt him, it was his FRIEND" was
# kept as "a family member". A denial of the one noted followed by another person (his friend, a
# neighbour, a stranger, a man from the pub, my ex's brother) replaces who did it.
_B1_NOT_THEM = re.compile(
    rf"\b(?:(?:it|that) )?(?:wasnt|was not|wasn t|werent|isnt|is not|its not|it s not|not) "
    rf"(?:him|her|them|(?:my|our|his|her) (?:{account.FAMILY}|{account.PARTNER}))\b|"
    r"\b(?:he|she|they) (?:didnt|did not|never) do (?:it|this|that|anything)\b"
)
_B1_OTHER_PERSON = re.compile(
    r"^(?:[ ,]*|.{0,12}?\b)(?:(?:it|that) (?:was|is)|its|it s|was|but|he was|she was|"
    r"they were|who did it was)?\s*(?:actually |just )?(?:"
    r"(?P<stranger>a stranger|strangers|a random(?: \w+)?|someone (?:i|we) (?:dont|didnt|never) "
    r"(?:know|knew|met)|some (?:man|bloke|guy|woman|lad|lads|boys?|girls?) (?:i|we) "
    r"(?:dont|didnt|never) (?:know|knew|met|seen))|"
    r"(?P<known>(?:his|her|their) (?:friends?|mates?|pals?|buddy|mucker|girlfriend|boyfriend|"
    r"workmates?|colleagues?)|my exs? (?:\w+ )?(?:brother|sister|mate|friend|cousin|dad|mum|"
    r"father|mother|uncle|partner|boyfriend|girlfriend)|(?:a|the|my|our) neighbou?rs?|"
    r"(?:the )?(?:man|bloke|guy|woman|lad) (?:from )?next door|"
    r"(?:a|the|some) (?:man|bloke|guy|woman|lad|fella) (?:from|at|down) (?:the|my|our) "
    r"(?:pub|road|street|estate|club|shop|corner|flats|block|church|gym|bookies)))\b"
)


def b1_someone_else_did_it(text: str, answers: Mapping[str, Any]) -> str | None:
    """ "it wasnt him, it was his FRIEND": who did it, after the one noted was denied."""
    known = answers.get("relationship_to_offender")
    if known is None:
        return None
    words = plain(text)
    for denied in _B1_NOT_THEM.finditer(words):
        other = _B1_OTHER_PERSON.search(words[denied.end() :])
        if not other:
            continue
        who = "stranger" if other.group("stranger") else "someone_known"
        return who if who != known else None
    return None


# Kev, threatened with a steering lock in a row over parking, kept as "damage to your property"
# through "no its not damage he threatened me with a steering lock", "he threatened to smash my
# head in with it" and "its a threat with a weapon not criminal damage": a threat of violence
# with a weapon (an assault), the weapon kept.
_B1_THREATENED = re.compile(
    r"\b(?:threatened|threatening|threaten|threatens|a threat|threats?|went for|came at|"
    r"swung (?:it|\w+ \w+) at|raised (?:it|\w+ \w+))\b"
)
_B1_WITH_WEAPON = re.compile(
    r"\b(?:with (?:a|an|the|his|her|it)\b(?: \w+){0,3}|weapon|steering lock|knife|bat|hammer|"
    r"crowbar|bar|spanner|wrench|tyre iron|golf club|machete|blade|gun)\b"
)
_B1_VIOLENCE = re.compile(
    r"\b(?:smash|kick|punch|batter|hit|stab|kill|do|knock|cave|break|bash|beat) (?:my|me|his|"
    r"your)\b|\bassault\w*|\battack\w*\b|\bweapon\b|\bsteering lock\b"
)


def b1_threat_not_damage(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """A property crime put right as a threat of violence with a weapon (or an assault)."""
    if answers.get("crime_type") not in ("criminal_damage", "other"):
        return {}
    words = plain(text)
    if re.search(r"\b(?:didnt|did not|never|wasnt|was not|not) (?:threat\w*|assault\w*)", words):
        return {}
    threatened = _B1_THREATENED.search(words)
    assaulted = re.search(
        r"\b(?:its|it s|it was|it is) (?:an? )?(?:assault|attack)\b|\b(?:assaulted|attacked) me\b",
        words,
    )
    if not (threatened and _B1_VIOLENCE.search(words)) and not assaulted:
        return {}
    if (
        not assaulted
        and _X3_THREAT_TO_KILL.search(words)
        and not _B1_WITH_WEAPON.search(words[threatened.start() :] if threatened else words)
        and not re.search(r"\bweapon|steering lock\b", words)
    ):
        # i97a (round 97): Tony, his pub windows smashed: "its wrong. they threatened to kill me.
        # burn the pub with me in it. put that down" became "an assault and a threat to kill",
        # the damage dropped, though nobody touched him. A threat to kill with no weapon there is
        # kept beside the damage (x3_threat_put_right adds it), not an assault.
        return {}
    details = list(answers.get("account_details") or ())
    changes: dict[str, Any] = {"crime_type": "assault"}
    armed = "weapon" in details or bool(
        (threatened and _B1_WITH_WEAPON.search(words[threatened.start() :]))
        or re.search(r"\bweapon|steering lock\b", words)
    )
    added = ["weapon"] if armed and "weapon" not in details else []
    if armed and threatened and "threat_with_weapon" not in details:
        added.append("threat_with_weapon")
    if added:
        changes["account_details"] = [*details, *added]
    return changes


# -- round 68, helper n2 -- Derek, 62, a shop owner threatened with a needle last week: "what
# about the needle, you didnt say nothing about that", "make sure the needle is on there", "its
# not just theft, he threatened me with a needle" left the summary at "a theft". A needle
# threat told, or the needle asked for in the summary after one was told, is put right: a weapon
# and a threat with it (a robbery, when things were taken).
_N2_NEEDLE_ASKED_FOR = re.compile(
    r"\b(?:what about|make sure|put|write|add|note|noted|forgot|forgotten|didnt say|did not say|"
    r"not just|you missed|left out|leave out|on there|down)\b"
)


def n2_needle_put_right(
    text: str, answers: Mapping[str, Any], changes: Mapping[str, Any]
) -> dict[str, Any]:
    words = plain(text)
    details = list(changes.get("account_details") or answers.get("account_details") or ())
    if "needle_threat" in details or not re.search(r"\b(?:needle|syringe)s?\b", words):
        return {}
    earlier = " ".join(plain(said) for said in (answers.get("said") or ()))
    if re.search(r"\b(?:spiked|spiking|injected)\b", f"{earlier} {words}") or re.search(
        r"\b(?:no|not a|wasnt a|was not a|never had a|didnt have a) (?:needle|syringe)\b", words
    ):
        return {}
    told_now = account.N2_NEEDLE_THREAT.search(words)
    asked_for = _N2_NEEDLE_ASKED_FOR.search(words) and account.N2_NEEDLE_THREAT.search(earlier)
    if not (told_now or asked_for):
        return {}
    added = [d for d in ("weapon", "needle_threat") if d not in details]
    result: dict[str, Any] = {"account_details": [*details, *added]}
    crime = changes.get("crime_type", answers.get("crime_type"))
    if crime == "theft":
        result["crime_type"] = "robbery"
    elif crime in (None, "other", "criminal_damage"):
        result["crime_type"] = "assault"
    return result


# -- end of round 68, helper n2 --


# Lucia, pushed into a door by her partner, told of a knife: "what knife?? there is no knife".
def b1_no_weapon_said(text: str) -> str | None:
    """The weapon denied ("knife"), or None."""
    lowered = plain(text)
    denied = account.B1_NO_WEAPON.search(lowered)
    if not denied or account.b1_weapon_left(lowered):
        return None
    if account.p1_denial_about_another_time(lowered):  # -- round 69, helper p1 --
        return None  # "no knife that time" (Hodan): an earlier incident, not this one
    return denied.group("what")


# -- round 69, helper p1 --
# Hodan: "no no. this time YES knife. he is stab" after the bot wrongly took "no knife": the
# weapon is told again, so it goes back ("I've changed that").
_P1_WEAPON_AGAIN = re.compile(
    r"\b(?:yes|yeah|yep|this time|there was|there is|he had|she had|they had|did have|with a|"
    r"was a|is stab\w*|was stab\w*|got stab\w*|get stab\w*|stabbed)\b"
)


def p1_weapon_put_back(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The weapon told again after a "no knife" was wrongly taken off."""
    lowered = plain(text)
    details = list(answers.get("account_details") or ())
    denied = [d for d in details if d in ("no_knife", "no_gun", "no_blade", "no_weapon")]
    if not denied or b1_no_weapon_said(text) or not account.b1_weapon_left(lowered):
        return {}
    if not _P1_WEAPON_AGAIN.search(lowered):
        return {}
    kept = [d for d in details if d not in denied]
    return {"account_details": [*kept, *([] if "weapon" in kept else ["weapon"])]}


# -- end of round 69, helper p1 --


def b1_no_weapon_put_right(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    said = b1_no_weapon_said(text)
    details = list(answers.get("account_details") or ())
    if not said or "weapon" not in details:
        return {}
    kept = [detail for detail in details if detail not in ("weapon", "threat_with_weapon")]
    word = "knife" if said.startswith("kni") else said.rstrip("s")
    return {"account_details": [*kept, f"no_{word}"]}


# -- round 55, helper C1 --
_C1_SAID_BACK = frozenset(
    {
        "utter_c1_heard_upskirting",
        "utter_r5_heard_unwanted",
        "utter_v3_heard_exposure",
        "utter_d4_heard_unwanted",  # -- round 56, helper D4 --
        "utter_g96d_heard_cyberflashing",  # g96d (round 96)
    }
)


def c1_upskirting_first_told(reading: Reading, turn: Turn) -> bool:
    """Upskirting told for the first time (Nisha): said back as upskirting, once."""
    return (
        reading.slots.get("crime_type") == "sexual_offence"
        and turn.answers.get("crime_type") != "sexual_offence"
        and not (_C1_SAID_BACK & turn.said)
        and bool(account.C1_UPSKIRTING.search(plain(turn.text)))
    )


def c1_child_sextortion_first_told(reading: Reading, turn: Turn) -> bool:
    """A child's first telling of a threat to share their picture unless they pay (Ollie, 15)."""
    details = set(reading.slots.get("account_details") or ())
    told_before = set(turn.answers.get("account_details") or ())
    age = reading.slots.get("age", turn.answers.get("age"))
    young = (
        reading.slots.get("under_18") is True
        or turn.answers.get("under_18") is True
        or (isinstance(age, (int, float)) and age < 18)
    )
    return (
        "sextortion" in details
        and "sextortion" not in told_before
        and young
        and not turn.answers.get("for_child")
        and not turn.answers.get("for_someone_else")
        and not ({"utter_sextortion", "utter_c1_sextortion_child_now"} & turn.said)
    )


# -- round 56, helper D3 --
# Tyrone, 22, whose brother was stabbed to death by lads from the next estate: "but its my mum im
# worried bout she dont leave the house" was read as "I've changed that: it was a family member";
# then "it wasnt family. it was them lads from the estate" cleared it and "Do you know who did
# it?" came again. Marie: "No - the driver was a stranger. Not family." got "I've updated that"
# and "I've noted: it was a family member". Joan's grandson: "its not harassment hes a conman, he
# took her money" was noted as a theft. Rob, at "How old are you?": "A stranger. Some guy in a
# white van" was not kept, and he was asked who did it after.
_D3_WORRIED_ABOUT = re.compile(
    r"\s*(?:that |who )?(?:(?:im|i am|i m|were|we are|we re|i was|im really|im so) (?:worried|"
    r"concerned|scared|frightened|anxious|upset|stressed) (?:about|bout|for)|(?:who |that )?"
    r"(?:needs?|is struggling|s struggling|isnt coping|is not coping|cant cope))\b"
)
_D3_BARE_STRANGER = re.compile(
    r"(?:it was |they were |he was |she was )?(?:a |some |just a |total |a total |complete |a "
    r"complete )*(?:stranger|strangers|random (?:guy|man|bloke|woman|lads?|men))"
)


def d3_worried_about_them(rest: str) -> bool:
    """ "its my mum im worried bout": the relative the writer is worried for, not who did it."""
    return bool(_D3_WORRIED_ABOUT.match(rest))


def d3_bare_stranger(text: str) -> bool:
    """ "A stranger. Some guy in a white van": a stranger, told first in its own sentence."""
    first = plain(re.split(r"[.!?;\n]", text.strip(), maxsplit=1)[0])
    return bool(_D3_BARE_STRANGER.fullmatch(first))


def d3_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """Who did it, and fraud, put right (see above)."""
    words = plain(text)
    known = changes.get("relationship_to_offender", answers.get("relationship_to_offender"))
    if known is None and answers.get("relationship_to_offender") is not None:
        # "it wasnt family. it was them lads from the estate": the answer after the denial.
        after = re.search(
            r"\b(?:it was|they were|it s|its|was) (?:them |those |these |some )?((?:\w+ ){0,5}\w+)",
            words,
        )
        denial = _NOT_FAMILY.search(words) or _DID_NOT_DO_IT.search(words)
        if after and denial and after.start() >= denial.end():
            who = read_answer("relationship_to_offender", after.group(0)).value
            if who in ("someone_known", "stranger"):
                changes["relationship_to_offender"] = who
    said = account.read_account(text).offender
    if said == "stranger" and account._D3_SAID_STRANGER.search(words) and known != "stranger":
        changes["relationship_to_offender"] = "stranger"  # "the driver was a stranger"
    if (
        answers.get("crime_type") in ("stalking_harassment", "theft", "other")
        and account._D3_CONMAN.search(words)
        and account.read_account(text).crime_type == "fraud"
    ):
        changes["crime_type"] = "fraud"  # "its not harassment hes a conman, he took her money"


# -- end of round 56, helper D3 --


# -- round 56, helper D1 --: Dean, put down as "it has happened more than once" for "the dog has
# gone for people before": "its not happened to me before, the dog went for someone else last
# year. this was once. plus the threat" was not taken: said to them once is put right at once.
_D1_ONCE_TO_ME = re.compile(
    r"\b(?:(?:its|it s|it has|it)(?: not|nt)|hasnt|has not|never|not) happened to (?:me|us) "
    r"(?:before|more than once|again)\b|\b(?:this|it|that) (?:was|is|were|happened) "
    r"(?:just |only )?(?:the )?once\b(?! (?:a|every|more|or|before|again|already|too)\b)|"
    r"\b(?:someone|somebody|other people|others) else\b[^.!?]{0,40}\b(?:not|never) (?:me|us)\b"
)


def d1_correction_said_outright(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """A disability or "more than once" put right in a sentence of its own beside a question:
    "i dont have disability. can someone from your side message me?" (Samira) got only "I can't
    answer that": the sentence that tells is taken at once, whatever is asked beside it."""
    told = " ".join(account.statements(text))
    if not told.strip() or told.strip() == plain(text).strip():
        return {}
    changes = corrections(told, answers)
    return {k: v for k, v in changes.items() if k in ("impairment", "repeat_victimisation")}


# -- end of round 56, helper D1 --


# -- round 57, helper E2 --
# George, 70, egged and shouted at every night, recorded as damage: "It is not only damage, it is
# abuse and harassment, every night for months" was noted only as "more than once". Harassment
# said outright over a damage record is taken as the crime, and noted back to him.
_E2_NOT_ONLY_DAMAGE = re.compile(
    r"\b(?:not|isnt|is not|its not|it s not) (?:only|just|simply|merely) (?:criminal )?damage\b"
)
_E2_HARASSMENT = re.compile(
    r"\b(?:harass\w*|abuse|abusive|anti ?social behaviour|asb|intimidat\w*)\b"
)


def e2_not_only_damage(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    words = plain(text)
    if answers.get("crime_type") != "criminal_damage":
        return {}
    if not (_E2_NOT_ONLY_DAMAGE.search(words) and _E2_HARASSMENT.search(words)):
        return {}
    return {"crime_type": "stalking_harassment"}


# -- end of round 57, helper E2 --


# -- round 60, helper G5 --
# Derek: "no i havent told them about THIS one" got "I've updated that" but the summary still
# said he had told the police (the earlier break-ins were reported, this one not).
_G5_NOT_THIS_ONE = re.compile(
    r"\b(?:havent|have not|hasnt|has not|didnt|did not|not|never)(?: yet)? (?:bothered|reported|"
    r"told|called|rung|rang|phoned)(?: \w+){0,4} (?:this time|this one|the latest one)\b"
)


def g5_not_this_one(words: str) -> bool:
    return bool(_G5_NOT_THIS_ONE.search(words))


# u86a (round 86): Joyce, 58, her address posted on Facebook after she gave a statement (about
# another crime): "I havent told them about the posts yet" left "you've told the police". The
# posts are what she is here about: not told about them, it is not reported.
_U86A_NOT_TOLD_POSTS = re.compile(
    r"\b(?:havent|have not|hasnt|has not|didnt|did not|not|never)(?: yet)? (?:told|reported|"
    r"shown|showed|mentioned|sent)(?: \w+){0,3}? (?:about |of )?(?:the|these|those|any of the|"
    r"the new)? ?(?:facebook |fb |online |social media )?(?:posts?|comments?|page|account)\b"
)
_U86A_ONLINE_CRIMES = ("online_abuse", "stalking_harassment")


def u86a_not_told_about_posts(words: str, answers: Mapping[str, Any]) -> bool:
    """ "I havent told them about the posts yet", when the posts are the crime noted."""
    return answers.get("crime_type") in _U86A_ONLINE_CRIMES and bool(
        _U86A_NOT_TOLD_POSTS.search(words)
    )


# Tom: "what? i dont have a disability. i was being sarcastic" cleared the disability but kept
# text relay (cannot_phone, Deaf) in his results. Not when a deafness is told beside it ("I
# don't have a disability, I'm Deaf").
_G5_HEARING_SAID = re.compile(
    r"\b(?:deaf|hard of hearing|hearing|bsl|sign language|cant (?:use the )?phone|cannot phone|"
    r"text relay|mute)\b"
)


def g5_no_disability_clears_relay(
    text: str, answers: Mapping[str, Any], changes: Mapping[str, Any]
) -> dict[str, Any]:
    if changes.get("impairment") is not False or not answers.get("cannot_phone"):
        return {}
    if _G5_HEARING_SAID.search(plain(text)):
        return {}
    cleared: dict[str, Any] = {"cannot_phone": False}
    community = [c for c in (answers.get("community") or []) if c != "deaf"]
    if community != list(answers.get("community") or []):
        cleared["community"] = community
    return cleared


# -- end of round 60, helper G5 --


# -- round 63, helper I2 --
# Moira: "I was NOT hit and I was NOT hurt" took off the hurt but kept "you were pushed or hit";
# "take out the bit about being pushed or hit. it never happened" got "I can't do more with that".
# A denial of being hit takes it off, with the hurt when that is denied too, and an assault
# read from it.
def i2_not_hit_put_right(
    text: str, answers: Mapping[str, Any], changes: Mapping[str, Any]
) -> dict[str, Any]:
    words = plain(text)
    details = list(changes.get("account_details") or answers.get("account_details") or [])
    if "pushed_or_hit" not in details or not account.I2_NOT_HIT.search(words):
        return {}
    drop = {"pushed_or_hit"}
    if _Y3_NOT_HURT.search(words) or _X1_NOT_HURT_SAID.search(words):
        drop |= {"injured", "serious_injury"}
    found: dict[str, Any] = {"account_details": [d for d in details if d not in drop]}
    if answers.get("crime_type") in ("assault", "serious_violence") and "crime_type" not in changes:
        found["crime_type"] = account.read_account(text).crime_type
    return found


# -- end of round 63, helper I2 --


# -- round 65, helper k4 --
# Aaron, 19, who saw his friend stabbed (the police came to him for a statement), was noted as
# "a serious violent attack and you've told the police". His "nah i aint told them nothing, they
# came to me. and it wasnt me that got stabbed its my bredrin" changed nothing and said nothing.
# Said outright, he has not told them, and it happened to someone else: both put right.
_K4_TOLD_THEM_NOTHING = re.compile(
    r"\b(?:i|we)? ?(?:aint|ain t|havent|haven t|have not|didnt|did not|never|not) (?:\w+ )?"
    r"(?:told|tell|said|say|given|give) (?:them|em|the (?:police|feds|cops|met|old bill)|police|"
    r"feds|cops) (?:nothing|anything|owt|a thing|jack|nuffin|nothin|a word)\b"
)
_K4_NOT_ME_HURT = re.compile(
    r"\b(?:wasnt|was not|werent|were not|it wasnt|it was not|not|aint) me (?:that|who|what|dat) "
    r"(?:got|was|get) (?:stabbed|shot|hurt|attacked|beaten|beat up|jumped|cut|slashed|"
    r"assaulted|merked|wet|bored|shanked|battered|robbed)\b"
)


def k4_witness_put_right(
    text: str, answers: Mapping[str, Any], changes: Mapping[str, Any]
) -> dict[str, Any]:
    """ "i aint told them nothing" takes "you've told the police" off; "it wasnt me that got
    stabbed" says it happened to someone else, seen by the writer (a witness)."""
    words = plain(text)
    put_right: dict[str, Any] = {}
    if (
        answers.get("reported_to_police") is True
        and "reported_to_police" not in changes
        and _K4_TOLD_THEM_NOTHING.search(words)
    ):
        put_right["reported_to_police"] = False
    details = list(changes.get("account_details") or answers.get("account_details") or ())
    if (
        answers.get("crime_type") in ("serious_violence", "assault", "robbery")
        and not answers.get("for_child")
        and _K4_NOT_ME_HURT.search(words)
    ):
        put_right["account_details"] = sorted({*details, "witness"})
    return put_right


# -- end of round 65, helper k4 --


# -- round 66, helper l3 --
# Lena, 24, after "you were targeted for who you are" was noted from comments about her accent:
# "Wait, I didn't say it was a hate crime. I said I don't think so. Please take that out", "I
# wasn't targeted because I'm German. That is wrong.", "the targeted for who you are part is
# wrong" only got the referral question again. Each denies hate outright.
_L3R66_NOT_HATE = re.compile(
    r"\b(?:didnt|did not|never|didn t) (?:say|said|mean|meant) (?:that )?(?:it was|its|it s|"
    r"this was|he was|it is|i was) (?:a |an )?(?:hate|racis\w*|racial\w*|targeted)\b|"
    r"\b(?:i|we) (?:wasnt|was not|werent|were not|wasn t|weren t) targeted (?:because|cos|coz|"
    r"cause|cuz|for|as) (?:of )?(?:im|i am|i m|we are|were|being|my|me|who)\b|"
    r"\b(?:targeted for who (?:you are|i am|im)|hate crime|hate)(?: part| bit| thing| one)? "
    r"(?:is|was|its|it s) (?:wrong|not right|not true|a mistake)\b"
)
# -- end of round 66, helper l3 --


# -- round 67, helper m2 --
# Winston, 80, hard of hearing, not Deaf: "whats 18001? I aint deaf I said" and "I dont need no
# BSL I can hear if you shout" kept text relay and the BSL app in his results and sign-offs.
M2_NOT_DEAF = re.compile(
    r"\b(?:(?:im|i am|i m|i|me) )?(?:not|aint|ain t|isnt|am not|m not) (?:\w+ )?deaf\b"
    r"(?! in one ear)|\b(?:i )?(?:dont|do not|don t|wont|doesnt) (?:need|want|use|do)(?: no| any|"
    r" a)? (?:bsl|sign language|text relay|relay|18001|signing)\b|\bno (?:need for )?(?:bsl|"
    r"sign language)\b|\bi can hear (?:ok|okay|fine|alright|if|when|on)\b|\bhard of hearing "
    r"not deaf\b"
)


def m2_not_deaf(text: str) -> bool:
    """ "I aint deaf", "im not deaf just a bit hard of hearing", "I dont need no BSL"; not
    "not deaf in one ear" nor someone else ("my son is deaf, not me")."""
    words = plain(text)
    if re.search(r"\b(?:i am|im|i m) (?:\w+ )?deaf\b(?! not| just)", words) and not re.search(
        r"\b(?:not|aint|ain t|isnt) (?:\w+ )?deaf\b", words
    ):
        return False
    return bool(M2_NOT_DEAF.search(words))


_M2_SPEAK_UP = re.compile(
    r"\b(?:speak|speaks|speaking|talk|talking|say it) (?:up|loud|louder|loudly|clearly|slowly|"
    r"slow)\b|\bif (?:you|they|people|someone|u) shout\b|\b(?:have|got|need|needs) to shout\b|"
    r"\bring (?:me )?loud\b|^loud$"
)
_M2_MY_EARS = re.compile(
    r"\b(?:my ears|my hearing|hard of hearing|cant hear (?:well|very well|so well|properly)|"
    r"bit deaf|little deaf|not deaf|aint deaf|i can hear if)\b"
)
_M2_TELL_THEM = re.compile(
    r"\b(?:will|would|do|does) (?:they|the worker|the support worker|she|he|the support people|"
    r"the people|the support|whoever)(?: \w+)? know\b|"
    r"\b(?:tell|telling|let) (?:them|the worker|the support worker|whoever)\b|\bmake sure\b|"
    r"\b(?:they|theyll|they will|they ll|they have|theyve|they ve) (?:got |have |need |needs )?to "
    r"(?:speak|talk)\b|\b(?:add|put|note|write|mention)\b"
)


def m2_speak_up(text: str) -> bool:
    """ "will they know ... they got to speak up cos of my ears?": to speak up when they ring,
    for someone hard of hearing who can phone (not Deaf, which is "won't try to ring you")."""
    words = plain(text)
    return (
        bool(_M2_SPEAK_UP.search(words))
        and bool(_M2_MY_EARS.search(words) or _M2_TELL_THEM.search(words))
        and not re.search(r"\b(?:im|i am|i m) deaf\b", words)
        and not re.search(r"\b(?:shout|shouts|shouting|shouted) (?:at|and)\b", words)
    )


# -- end of round 67, helper m2 --


# g89f (round 89): Winston, 79, rung by phone, who had said "speak up, I am a bit deaf": "And
# will they know Im hard of hearing?" got no answer. Asked whether the worker will know they are
# hard of hearing, for a call: the speak-up note (kept already, or added), said back.
_G89F_KNOWS_HEARING = re.compile(
    r"\b(?:will|would|do|does|did) (?:they|the worker|the support worker|the support team|the "
    # h90d (round 90): Winston, "Will the person who rings know I'm hard of hearing?"
    r"team|whoever (?:rings|calls)|the (?:person|one|worker) (?:who|that) (?:rings|calls|phones)"
    r"(?: me)?|the person|she|he)(?: \w+)? (?:know|be told|see|hear)\b(?: "
    r"(?:that|about))? (?:(?:im|i am|i m) (?:a (?:bit|little) |rather |quite |slightly )?(?:hard "
    r"of hearing|deaf)|my (?:hearing|ears|deafness)|i (?:cant|cannot|can t) hear (?:well|very "
    r"well|so well|properly)|(?:to|they (?:need|have|must|should) to) (?:speak|talk) (?:up|"
    r"louder|loud|clearly|slowly))\b"
)


def g89f_notes_said(text: str, method: str | None) -> list[str]:
    """ "will they know Im hard of hearing?", for someone to be rung: ["speak_up"]."""
    words = plain(text)
    if method != "call" or not _G89F_KNOWS_HEARING.search(words):
        return []
    if re.search(r"\b(?:im|i am|i m) deaf\b", words) and not re.search(r"\bbit deaf\b", words):
        return []  # Deaf: the Deaf note, which says they won't try to ring (round 65, k5)
    return ["speak_up"]


# end g89f


# -- round 67, helper m3 --
# Gareth (a builder took £6,000 and vanished): "you missed I know who it is, its Dean", "the
# builder is Dean, I know who did it" got "I can't answer that one here", and the summary never
# showed an offender. Said outright, who did it is taken: someone they know (a trader they hired
# is someone known). The name itself is never stored.
_M3_TRADER = (
    r"(?:builders?|plumber|electrician|roofer|decorator|trader|tradesman|contractor|handyman|"
    r"gardener|landscaper|mechanic|locksmith|carpenter|joiner|plasterer|tiler|scaffolder)"
)
_M3_I_KNOW_WHO = re.compile(
    r"(?<!dont )(?<!do not )(?<!didnt )(?<!not sure )\bi (?:do )?(?:know|knew) (?:exactly )?who "
    r"(?:it is|it was|did it|done it|did this|he is|she is|they are|took it)\b"
)
_M3_IT_WAS_TRADER = re.compile(
    rf"\b(?:it was|its|it s|he was|he is|hes|done by) (?:the|my|our) {_M3_TRADER}\b"
)
# "the builder is Dean": a trader, then a name (a capital in what they wrote).
_M3_TRADER_NAMED = re.compile(
    rf"\b[Tt]he {_M3_TRADER} (?:is|was|s|'s) (?:called |named )?(?!Not\b|Gone\b)[A-Z][a-z]+\b"
)


def m3_offender_said_outright(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """ "I know who it is, its Dean", "it was the builder": someone known, if not yet noted."""
    if answers.get("relationship_to_offender") not in (None, "unknown", "stranger"):
        return {}
    words = plain(text)
    knows = bool(_M3_I_KNOW_WHO.search(words))
    if answers.get("relationship_to_offender") == "stranger" and not knows:
        return {}  # a doorstep trader can be a stranger: only "I know who" puts that right
    if knows or _M3_IT_WAS_TRADER.search(words) or _M3_TRADER_NAMED.search(text):
        return {"relationship_to_offender": "someone_known"}
    return {}


# -- end of round 67, helper m3 --


# -- round 67, helper m4 --
# Marcus (r66b-marcus2): "It WAS the police. Two officers. Not 'someone I don't know'", "I don't
# KNOW them. They're police officers": police officers kept as who did it (said back as such).
# Lily (r62b-lily): "no its not her it's her boyfriend" (her carer's): kept as someone the carer
# knows, not the carer. Only for a crime against the one writing, told before.
_M4R67_NOT_POLICE = re.compile(
    r"\b(?:wasnt|was not|werent|were not|not|never said it was|isnt|is not) (?:the )?(?:police|"
    r"officers?|coppers|cops|feds)\b"
)


# -- round 71, lead --: Declan, told "Yes. ..." to "who's the support team then? not the old bill
# is it", answered "yes?? so it is the police. i'll say no then" and was told "I've changed
# that: it was police officers". A conclusion or a question about this service is not who hurt
# him.
_L71_SERVICE_IS_POLICE = re.compile(
    r"\bso (?:it is|its|it s|they are|theyre|they re|you are|youre|you re|your|ur) (?:the |with "
    r"the |part of the )?(?:police|old bill|feds|cops)\b|\b(?:is|are) (?:it|this|you|u|they|your "
    r"\w+|the support \w+) (?:the |with the |part of the )?(?:police|old bill|feds|cops)\b|"
    r"\b(?:support|service|team|helpline|chat)\b.{0,30}\b(?:police|old bill|feds|cops)\b"
)


def m4r67_who_put_right(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    words = plain(text)
    details = list(answers.get("account_details") or ())
    if not answers.get("crime_type") or answers.get("for_child"):
        return {}
    if (
        "police_officers" not in details
        and answers.get("relationship_to_offender")
        in (None, "stranger", "someone_known", "unknown")
        and answers.get("crime_type") in ("assault", "serious_violence", "hate_crime", "robbery")
        and account.m4r67_police_were_them(words)
        and not _M4R67_NOT_POLICE.search(words)
        and not _L71_SERVICE_IS_POLICE.search(words)
    ):
        return {"account_details": sorted({*details, "police_officers"})}
    # j91d (round 91): Tunde, wrongly noted as hurt by police officers: "it wasnt police it was
    # them boys from the estate" takes police officers off.
    if "police_officers" in details and _M4R67_NOT_POLICE.search(words):
        return {"account_details": sorted(set(details) - {"police_officers"})}
    if (
        "carer" in details
        and "carers_partner" not in details
        and account.m4r67_carers_partner(words)
    ):
        return {"account_details": sorted({*details, "carers_partner"})}
    return {}


# -- end of round 67, helper m4 --


# -- round 68, helper n5 --
# Corrections said as "you didn't write X" or "please write X": Sam (23, they/them, spiked): "u
# didnt put that i might have been sexually assaulted. and im they/them btw if someone contacts
# me" got "Sorry, I didn't catch that". Magda (44, a cleaner): "you not write he push me? and my
# shoulder?" and "please write: he push me to wall. this is important" were not taken, nor
# "what you write about trafficking? please remove". Anna (30, stalked): "you missed my anxiety.
# I said I have anxiety" was not taken either.
_N5_NOT_WRITTEN = re.compile(
    r"\b(?:you|u|ya) (?:didnt|did not|didn t|dont|not|never|havent|have not|forgot to|forgot|"
    r"missed|left out)\b(?: \w+){0,2} ?(?:put|write|wrote|add|note|say|said|mention\w*|my|that|"
    r"about)?\b|\b(?:please |pls |can you |could you )?(?:write|put|add|note)(?: down| in)?"
    r"(?: that| this)?(?=\W|$)|\bi (?:said|told you) (?:i have|i ve got|ive got|that)\b"
)
_N5_SEXUAL_TOLD = re.compile(
    r"\b(?:(?:might|may|could) (?:have|of|ve) been|was|been|got|i think i was) (?:sexually "
    r"assaulted|raped|sexually abused)\b|\b(?:someone|somebody|they|he) (?:might|may|could) "
    r"(?:have|of|ve) (?:raped|sexually assaulted) me\b"
)
_N5_PUSH_TOLD = re.compile(
    r"\b(?:he|she|they|the husband|my boss) (?:push\w*|shov\w*|hit|hits|punch\w*|kick\w*|"
    r"slap\w*|grab\w*|threw|throw)\b"
)
_N5_HURT_PART = re.compile(r"\bmy (?:shoulder|arm|wrist|back|neck|head|ribs?|hip|leg|knee|hand)\b")
_N5_MENTAL_HEALTH = re.compile(
    r"\b(?:anxiety|depression|ptsd|post traumatic stress|ocd|bipolar|panic attacks|"
    r"eating disorder|adhd|autism|autistic|schizophrenia|learning disability)\b"
)
_N5_THEY_THEM = re.compile(
    r"\b(?:i m|im|i am|my pronouns are|pronouns|i use|use)\b(?: \w+){0,2} they(?: |/)them\b|"
    r"\bthey(?: |/)them (?:pls|please|btw|thanks)\b|\b(?:i m|im|i am) (?:nb|non ?binary|enby)\b"
)
_N5_REMOVE_TRAFFICKING = re.compile(
    r"\btrafficking\b.{0,30}\b(?:remove|take (?:it )?(?:away|off)|delete)\b|"
    r"\b(?:remove|take away|take off|delete)\b.{0,20}\btrafficking\b"
)


def n5_not_written_changes(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """What the person says was left out of the notes, taken as a correction."""
    words = plain(text.replace("/", " "))
    changes: dict[str, Any] = {}
    if _N5_THEY_THEM.search(words) and answers.get("gender") != "non_binary":
        changes["gender"] = "non_binary"
    if answers.get("crime_type") == "human_trafficking" and _N5_REMOVE_TRAFFICKING.search(words):
        changes["crime_type"] = "other"
    asked = is_question(text) and not re.search(
        r"\b(?:you|u) (?:not|didnt|did not|never|missed|forgot)\b", words
    )
    if asked or not _N5_NOT_WRITTEN.search(words):
        return changes
    crime = changes.get("crime_type", answers.get("crime_type"))
    if crime != "sexual_offence" and _N5_SEXUAL_TOLD.search(words):
        changes["crime_type"] = "sexual_offence"
    elif crime in (None, "other") and _N5_PUSH_TOLD.search(words):
        changes["crime_type"] = "assault"
    details = {*(answers.get("account_details") or ())}
    if _N5_PUSH_TOLD.search(words) and _N5_HURT_PART.search(words) and "injured" not in details:
        changes["account_details"] = sorted(details | {"injured"})
    if answers.get("impairment") is not True and _N5_MENTAL_HEALTH.search(
        account.N103B_CONDITION_ASKED.sub(" ", words)  # n103b (round 103): Kofi, "is it ptsd?"
    ):
        changes["impairment"] = True
    return changes


# -- end of round 68, helper n5 --


# -- round 69, helper o2 --
# Who it happened to and who did it, and corrections of them.
# Rose (58), whose son of 30 takes from her purse: "Will they know it's my son it's about" after
# her referral was noted as "you're telling me about your child", and "No no, he's not the
# victim, I am! He's the one taking my money." was not taken. Beata (52, bitten by a dog): "it
# jumped at my granddaughter in the summer" made it about a child, and "The dog bit ME ... My
# granddaughter was fine, she is 6" made the child 6. Gareth3 (a builder took his money): "its
# not my family, its a BUILDER. my wife has nothing to do with it"; Connor (17, made to carry
# drugs): "wdym domestic abuse?? they aint my fam", "partner?? i aint got a gf": not taken.
# Magda: "the husband. Mr Collins", after "the husband of my lady", was read as her partner.
_O2_NOT_THE_VICTIM = re.compile(
    r"\b(?:(?:hes|he is|he s|shes|she is|she s|theyre|they are|they re) not the (?:victim|one "
    r"(?:it happened to|who got hurt|hurt|harmed|bitten|attacked))|not the victim\W*(?:i am|im|"
    r"i m|its me|it s me|it was me|me)|(?:i am|im|i m) (?:talking|writing|telling you) about "
    r"(?:me|myself)|(?:my )?(?:grand)?(?:daughter|son|child|kid|boy|girl)(?: \w+)? (?:was|is) "
    r"(?:fine|ok|okay|alright|all right|not hurt|unhurt|not touched|not bitten))\b"
)
_O2_RELATIVE_DOES_IT = re.compile(
    r"\b(?:(?:hes|he is|he s|shes|she is|she s) the one (?:taking|who|that|doing|stealing|"
    r"hitting|threatening)|(?:he|she) (?:takes|took|steals|stole|keeps taking|is taking) "
    r"(?:my|money from my|from my))\b"
)
_O2_NOT_PARTNER_OR_FAMILY = re.compile(
    r"\b(?:not|aint|arent|isnt|wasnt|werent) (?:my |a |me )?(?:fam|family|relatives?|relation|"
    r"partner|wife|husband|girlfriend|boyfriend|gf|bf|missus|mrs)\b|\bi (?:aint|havent|have not|"
    r"dont have|do not have|got no|have no|never had)(?: got)? (?:a |an |no )?(?:gf|bf|"
    r"girlfriend|boyfriend|partner|wife|husband|missus)\b|\b(?:wife|husband|partner|missus|mrs|"
    r"family|girlfriend|boyfriend|gf|bf) (?:has|had|have|s) (?:got )?nothing to do with\b"
)
_O2_STILL_A_PARTNER = re.compile(
    r"\b(?:any ?more|no longer|my ex|an ex|ex (?:wife|husband|partner|girlfriend|boyfriend)|used "
    r"to be|split up|broke up|separated|divorced)\b"
)
_O2_CHILD_BESIDE = re.compile(
    r"\b(?:jumped|jumps|barked|barks|growled|growls|lunged|snapped|ran|went) (?:up )?at my "
    r"(?:grand)?(?:daughter|son|child|kid|boy|girl)s?\b|\bmy (?:grand)?(?:daughter|son|child|"
    r"kid|boy|girl)(?: \w+)? (?:was|were) (?:fine|ok|okay|alright|not hurt|with me|there)\b"
)


def o2_child_only_mentioned(turn: Turn) -> bool:
    """A child named later in the form, beside what happened ("it jumped at my granddaughter"),
    or a grown son named again ("will they know it's my son it's about", after "he's 30"), is not
    a child written for."""
    if turn.opening:
        return False
    words = plain(turn.text)
    if _O2_CHILD_BESIDE.search(words) and not _WRITES_FOR.search(words):
        return True
    said = [str(part) for part in turn.answers.get("said") or ()]
    return bool(said) and not account.read_account(" . ".join([*said, turn.text])).for_child


def o2_someone_elses_spouse(turn: Turn) -> bool:
    """ "the husband. Mr Collins" after "the husband of my lady he push me" (Magda): the husband
    of the lady she works for, told earlier in the conversation, not her own partner."""
    words = plain(turn.text)
    told = plain(" . ".join([*(str(part) for part in turn.answers.get("said") or ()), turn.text]))
    return bool(
        re.search(r"\bthe (?:husband|wife)\b", words)
        and not re.search(r"\bmy (?:husband|wife|partner|hubby|missus)\b", told)
        and (
            re.search(r"\b(?:husband|wife) of (?:my|the|her|his|our) \w+", told)
            or account._N5_SOMEONE_ELSES_SPOUSE.search(told)
        )
    )


def o2_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """Rose's, Beata's, Gareth's and Connor's corrections (see above)."""
    words = plain(text)
    told = " . ".join([*(str(part) for part in answers.get("said") or ()), text])
    if (answers.get("for_child") or answers.get("for_someone_else")) and _O2_NOT_THE_VICTIM.search(
        words
    ):
        if answers.get("for_child"):
            changes["for_child"] = False
        if answers.get("for_someone_else"):
            changes["for_someone_else"] = False
        if changes.get("age") is not None and float(changes["age"]) < 18:
            changes.pop("age")  # "my granddaughter was fine, she is 6": the child's age
            changes.pop("under_18", None)
        if "age" not in changes and answers.get("age") is not None and float(answers["age"]) < 18:
            changes.update(age=None, under_18=None)  # the child's age, not theirs
        if _O2_RELATIVE_DOES_IT.search(words) and re.search(
            rf"\b(?:my|our) {account.FAMILY}\b", plain(told)
        ):
            # "He's the one taking my money" of her son: abuse by a relative (Domestic Abuse
            # Act 2021, s.2: relatives are personally connected).
            if answers.get("relationship_to_offender") in (None, "unknown", "someone_known"):
                changes["relationship_to_offender"] = "family_member"
            if answers.get("crime_type") in (None, "theft", "assault", "robbery"):
                changes["crime_type"] = "domestic_abuse"
    known = answers.get("relationship_to_offender")
    if (
        known in ("partner_or_ex", "family_member")
        and changes.get("relationship_to_offender") is None
        and _O2_NOT_PARTNER_OR_FAMILY.search(words)
        and not _O2_STILL_A_PARTNER.search(words)
        and not s83c_denies_only_the_partner(words, known)  # s83c (round 83): Fatima
    ):
        rest = _O2_NOT_PARTNER_OR_FAMILY.sub(" ", text.lower())
        who = read_answer("relationship_to_offender", rest).value
        if who not in ("someone_known", "stranger", "unknown"):
            named = re.search(
                rf"\b(?:{account.KNOWN}|builders?|traders?|plumbers?|gang|olders|man|men|guys?|"
                r"lads|mandem)\b",
                plain(rest),
            )
            who = "someone_known" if named else "unknown"
        changes["relationship_to_offender"] = who
        if answers.get("crime_type") == "domestic_abuse" or changes.get("crime_type", 0) is None:
            crime = account.read_account(told, who).crime_type
            if crime not in (None, "domestic_abuse"):
                changes["crime_type"] = crime
        details = [d for d in answers.get("account_details") or () if d != "economic"]
        if details != list(answers.get("account_details") or ()):
            changes["account_details"] = details


# -- end of round 69, helper o2 --


# -- round 69, helper P2 --
# Jay, punched by a man outside a club, told of a past neighbour while saying why she distrusts
# the police, and was noted "it was someone you know"; "I don't know the guy from saturday,
# never seen him before. the neighbour was a different thing" was not taken. Not knowing "the
# guy" (man, bloke, lad, woman...) who did it, or never having seen him before, puts it right.
_P2_DIDNT_KNOW_THE_ONE = re.compile(
    r"\b(?:i|we) (?:didnt|did not|dont|do not|never) (?:even |ever )?(?:know|knew|met|seen|saw) "
    r"(?:the|that|this) (?:guy|man|bloke|lad|fella|woman|girl|boy|person|one|men|guys|lads|"
    r"people|group)(?= (?:from|on|at|outside|in) (?:the |that |last )?(?:\w+day|night|weekend|"
    r"club|party|pub|bar|street|bus|train|tube|station|shop|park)\b| who (?:did|hit|punched|"
    r"attacked|robbed|hurt|assaulted|mugged)\b| (?:at all|never)\b|$)|"
    r"\bnever (?:seen|met) (?:him|her|them|that (?:guy|man|bloke|woman)) before\b"
)


def p2_didnt_know_this_one(words: str) -> bool:
    """ "I don't know the guy from saturday, never seen him before" (words already ``plain``);
    not "I know him, I just didn't know the guy's name"."""
    return bool(_P2_DIDNT_KNOW_THE_ONE.search(words)) and not _KNEW_THEM.search(words)


# Zainab: "That's not a time, any time is fine for email", "please change the contact time to
# any time" (after "She trusts one teacher" was kept as the times): any time, put right.
_P2_ANY_TIME_FINE = re.compile(
    r"\b(?:any ?time|whenever)(?: of (?:the )?day)? (?:is|would be|s) (?:fine|ok|okay|good|best|"
    r"great)\b"
)
_P2_ANY_TIME_NOW = re.compile(
    r"\bchange (?:the |my |that |it )?(?:contact |call |reply )?(?:times?|hours?)? ?to "
    r"(?:any ?time|whenever)\b|\b(?:thats|that s|that is|its|it s) not a time\b.{0,40}\bany ?time\b"
)


def p2_any_time_put_right(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    times = str(answers.get("contact_times") or "")
    if not times or times == "any time":
        return {}
    # "any time is fine" widens times given to keep a call from someone only when what was kept
    # was no time at all ("She trusts one teacher").
    fine = _P2_ANY_TIME_FINE.search(plain(text)) and (
        p2_no_time_told(times) or p81d_kept_times_denied(text, times)  # p81d (round 81, Nina)
    )
    if not (fine or _P2_ANY_TIME_NOW.search(plain(text))):
        return {}
    return {"contact_times": "any time"}


# -- end of round 69, helper P2 --


# z87d (round 87): Kofi, a disability noted by mistake: "I said take off the disability".
_Z87D_TAKE_DISABILITY_OFF = re.compile(
    r"\b(?:take|taking|remove|delete) (?:off )?(?:the |my |that )?(?:disability|disabled)"
    r"(?: bit| part| thing)?(?: off)?\b"
)


def corrections(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Changes to earlier answers the message makes outright ("it wasn't my family, it was a
    neighbour", "he's a stranger", "I said 52"); nothing is changed on a guess."""
    # round 79, m79c: "domestic abuse?? no no this is my shop" (Sunil) doubts the word said back.
    as_written = text
    text = account.m79c_without_echoed_crime(text).strip() or text
    changes = _corrections_said(text, answers)
    if "crime_type" not in changes:
        # k99a (round 99): Sofia, "trafficking? no no. ... only he not pay me": the word said back
        # is the label she takes back, so the denial is read with it.
        changes.update(q4_trafficking_taken_back(as_written, answers))
    # -- round 75, helper c75e --: a crime said to be as well as the one kept adds to it (Tom),
    # whichever reading above took it for a change.
    kept_too = c75e_both_crimes_kept(text, answers, changes)
    if kept_too:
        changes.pop("crime_type", None)
        changes.update({key: value for key, value in kept_too.items() if key != "crime_type"})
    g76c_put_right(text, answers, changes)  # -- round 76, helper g76c --
    k77c_put_right(text, answers, changes)  # -- round 77, helper k77c --
    l76_never_terrorism_when_denied(text, changes)  # -- round 76, lead --
    changes.update(m79c_their_partner(text, answers))  # round 79, m79c: David
    if "age" not in changes:
        changes.update(m79c_child_is_the_victim(text, answers))  # round 79, m79c: Bukola
    m79c_not_family_put_right(text, answers, changes)  # round 79, m79c: Bukola
    n80b_crime_put_right(text, answers, changes)  # n80b (round 80): Aliyah, Farah
    p81c_robbery_was_burglary(text, answers, changes)  # p81c (round 81): Ron
    f88c_theft_was_trader_fraud(text, answers, changes)  # f88c (round 88): Doreen's roofer
    p81c_not_afraid_put_right(text, answers, changes)  # p81c (round 81): Kev
    if "language" in changes and n80b_language_someone_elses(text, answers):
        changes.pop("language")  # n80b (round 80): Arjun, "can she get help in Gujarati?"
    changes.update(p81d_english_after_all(text, answers))  # p81d (round 81): Harjit
    q82b_put_right(text, answers, changes)  # q82b (round 82): Dev, Claire
    if "age" not in changes:
        changes.update(q82b_childs_age_put_right(text, answers))  # q82b (round 82): Kofi
    changes.update(q82c_borough_put_right(text, answers))  # q82c (round 82): Maria
    q82c_sexual_touch_told(text, answers, changes)  # q82c (round 82): Zainab
    q82c_images_put_right(text, answers, changes)  # q82c (round 82): Zainab
    q82c_road_death_kept(text, answers, changes)  # q82c (round 82): Claire
    lead82_community_denied(text, answers, changes)  # round 82, lead: Sanjay
    t84c_assault_taken_back(text, answers, changes)  # t84c (round 84): Wayne
    u86a_witness_put_right(text, answers, changes)  # u86a (round 86): Olu
    u86a_fake_account_put_right(text, answers, changes)  # u86a (round 86): Joyce
    z87b_rape_denied_touch_kept(text, answers, changes)  # z87b (round 87): Yasmin
    z87b_ex_not_family(text, answers, changes)  # z87b (round 87): Nadia
    z87b_only_staff_told(text, answers, changes)  # z87b (round 87): Yasmin
    g89i_fgm_kept(text, answers, changes)  # g89i (round 89): Fatou
    m92c_in_law_put_right(text, answers, changes)  # m92c (round 92): Leila
    f96b_children_ages_put_right(text, answers, changes)  # f96b (round 96): Vik's two children
    g96c_not_the_offender(text, answers, changes)  # g96c (round 96): Shauna, Kiran
    h97a_denied_crime_not_back(text, answers, changes)  # h97a (round 97): Cerys
    # Last: a wish about how messages read is never a change to what happened (Lily, Hannah).
    q82f_corrections_kept(text, answers, changes)  # q82f (round 82)
    return changes


# h97a (round 97): Cerys, threatened online, put her crime right ("that's wrong. it's not a
# sexual offence, it's online harassment and threats"), and each later message with the word in
# it set it back: "I don't want them ringing me thinking I've been sexually assaulted" and "I said
# no to the SEXUAL OFFENCE thing" were "Thank you, I've changed that: a sexual offence". A crime
# the person took back earlier comes back only when a message says plainly that it was that
# ("it WAS a sexual assault", "he raped me"), never from a word said in passing.
_H97A_TAKEN_BACK = {
    **_NOT_CRIME,
    # Only the sexual reading as a whole: "it wasnt rape" leaves a sexual assault to be told.
    "sexual_offence": r"sexual offence|sexual|sexual assault|sexually assaulted|sexual thing",
}
_H97A_SAID_PLAINLY_SEXUAL = re.compile(
    r"\b(?:he|she|they|someone|somebody|a man|the man|a guy|the guy)(?: did| actually| really)? "
    r"(?:raped|sexually assaulted|groped|assaulted|touched) me\b|\bi (?:was|got)(?: actually| "
    r"really)? (?:raped|sexually assaulted|groped)\b"
)


def _h97a_denies(words: str, named: str) -> bool:
    return bool(
        re.search(
            rf"\b(?:not|wasnt|was not|isnt|is not|its not|it s not|never|nothing|no)(?: just| "
            rf"only| really| actually| exactly)?(?: a| an)? (?:{named})\b",
            words,
        )
    )


def _h97a_says_plainly(words: str, crime: str, named: str) -> bool:
    if crime == "sexual_offence" and _H97A_SAID_PLAINLY_SEXUAL.search(words):
        return True
    return bool(
        re.search(
            rf"\b(?:it was|it is|its|it s|this was|this is|that was|that is|actually it was|it "
            rf"really was)(?: actually| really| in fact| definitely)?(?: a| an)? (?:{named})\b"
            rf"(?! threats?)",
            words,
        )
    )


def h97a_denied_crime_not_back(
    text: str, answers: Mapping[str, Any], changes: dict[str, Any]
) -> None:
    """A crime type taken back earlier is set again only when said plainly."""
    new = changes.get("crime_type")
    named = _H97A_TAKEN_BACK.get(str(new))
    if new is None or new == answers.get("crime_type") or not named:
        return
    words = plain(text)
    if _h97a_denies(words, named) and not _h97a_says_plainly(words, str(new), named):
        changes.pop("crime_type")
        return
    if _h97a_says_plainly(words, str(new), named):
        return
    this = plain(text)
    for said in reversed([str(said) for said in answers.get("said") or ()]):
        earlier = plain(said)
        if this in earlier:
            continue  # this message (or the one this sentence is from)
        if _h97a_says_plainly(earlier, str(new), named):
            return
        if _h97a_denies(earlier, named):
            changes.pop("crime_type")
            return


# f96b (round 96): Vik, "they're 9 and 12" kept as "your child is 9", then "two kids. 9 AND 12.
# both of them" changed nothing. Two children's ages told: both kept, the youngest as the age.
def f96b_children_ages_put_right(
    text: str, answers: Mapping[str, Any], changes: dict[str, Any]
) -> None:
    if not answers.get("for_child") or "age" in changes:
        return
    ages = account.children_ages(text)
    words = plain(text)
    other = re.search(r"\bthe (\d{1,2}) ?(?:year old|yr old|yo)\b", words)
    age = answers.get("age")
    if (
        not ages
        and other
        and isinstance(age, float)
        and re.search(r"\b(?:kids|children|both|two)\b", words)
    ):
        # "its KIDS plural. the 12 year old is the one getting it worst": the other child.
        ages = tuple(sorted({int(age), int(other.group(1))}))
        ages = ages if len(ages) == 2 and max(ages) < 18 else ()
    if not ages or [float(age) for age in ages] == list(answers.get("child_ages") or ()):
        return
    changes["child_ages"] = [float(age) for age in ages]
    if answers.get("age") != float(min(ages)):
        changes["age"] = float(min(ages))
        changes["under_18"] = True


# g96c (round 96): Shauna, robbed by a client she had never met, writing on her friend's phone:
# "how do they contact me i said dont use this number its my mates" was "I've changed that: it
# was someone you know". Kiran, writing for her father (a stranger's phone scam): "Sorry what?
# It's my dad, a him, and it's not domestic abuse" was "I've changed that: it was a family
# member". The friend whose phone it is, and the relative they write for, are not who did it.
_G96C_RELATIVES = {
    "dad": "dad|father|daddy|pa",
    "father": "dad|father|daddy|pa",
    "mum": "mum|mother|mom|mummy|ma",
    "mother": "mum|mother|mom|mummy|ma",
    "mom": "mum|mother|mom|mummy|ma",
    "nan": "nan|nana|nanna|gran|granny|grandma|grandmother",
    "gran": "nan|nana|nanna|gran|granny|grandma|grandmother",
    "grandma": "nan|nana|nanna|gran|granny|grandma|grandmother",
    "grandmother": "nan|nana|nanna|gran|granny|grandma|grandmother",
    "grandad": "grandad|granddad|grandpa|grandfather",
    "grandfather": "grandad|granddad|grandpa|grandfather",
    "son": "son",
    "daughter": "daughter",
    "brother": "brother",
    "sister": "sister",
    "husband": "husband",
    "wife": "wife",
    "uncle": "uncle",
    "aunt": "aunt|auntie|aunty",
    "auntie": "aunt|auntie|aunty",
}
_G96C_WRITING_FOR = re.compile(
    r"\b(?:on behalf of|for|about|helping|texting for|writing for|messaging for) my "
    r"(?P<who>dad|father|mum|mother|mom|nan|gran|grandma|grandmother|grandad|grandfather|son|"
    r"daughter|brother|sister|husband|wife|uncle|aunt|auntie)\b"
)
_G96C_PHONE_OWNER = re.compile(
    r"\b(?:(?:this|the|that|her|his) (?:number|phone|mobile)(?: \w+){0,3}? (?:is|its|it s|"
    r"belongs to|is for) (?:my |a )?(?:mates?|friends?|pals?|bestie|flatmates?|housemates?|"
    r"sisters?|brothers?|cousins?|mums?|dads?)|(?:on|off|from|using|use) (?:my |a )?(?:mates?|"
    r"friends?|pals?|bestie|flatmates?|housemates?|sisters?|brothers?|cousins?|mums?|dads?) "
    r"(?:s )?(?:phone|number|mobile))\b"
)


def g96c_not_the_offender(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """A relationship read only from the friend whose phone they use, or the relative they
    write for, is not kept."""
    if changes.get("relationship_to_offender") not in ("family_member", "someone_known"):
        return
    words = plain(text)
    stripped = _G96C_PHONE_OWNER.sub(" ", words)
    earlier = " ".join(plain(said) for said in answers.get("said") or () if said != text)
    writing_for = _G96C_WRITING_FOR.search(earlier)
    if writing_for is not None:
        names = _G96C_RELATIVES.get(writing_for.group("who"), writing_for.group("who"))
        stripped = re.sub(
            rf"\b(?:(?:it s|its|it is|this is|he s|hes|he is|she s|shes|she is|about|for) )?my "
            rf"(?:{names})\b",
            " ",
            stripped,
        )
    if stripped == words:
        return
    again = _corrections_said(stripped, answers)
    if again.get("relationship_to_offender") != changes["relationship_to_offender"]:
        changes.pop("relationship_to_offender")
        if "crime_type" in changes and "crime_type" not in again:
            changes.pop("crime_type")


# m92c (round 92): Leila, threatened with a knife by her husband's brother, was noted as a
# partner or ex ("he is my husband brother we all live together"), then "28. not my partner!! my
# husband is good he dont know. it is his brother" made it "stalking or harassment and you don't
# know who it was", and "i know who!! ... my husband brother. you write wrong" changed nothing.
# Said to be the in-law (a husband's, wife's or partner's relative): a family member, and what
# they did domestic abuse (Domestic Abuse Act 2021, s.2: relatives are personally connected).
_M92C_IN_LAW = (
    r"(?:my (?:husband|wife|partner)s? (?:brother|sister|mother|mum|father|dad|family|cousin)|"
    r"my (?:brother|sister|mother|father) in law|my in laws)"
)
_M92C_IS_THE_IN_LAW = re.compile(
    rf"\b(?:it is|it s|its|it was|he is|he s|hes|she is|she s|shes|they are|name is|by|not "
    rf"(?:my )?(?:partner|husband|wife)\W+(?:it s|its|it is|he is|hes) ?)\s+(?:{_M92C_IN_LAW}|"
    r"(?:his|her) (?:brother|sister|mother|mum|father|dad|cousin))\b"
)
_M92C_SPOUSE_NAMED = re.compile(r"\bmy (?:husband|wife|partner)\b")


def m92c_in_law_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """ "it is his brother" (her husband's), "he is my husband brother": a family member."""
    words = plain(text)
    said = _M92C_IS_THE_IN_LAW.search(words)
    if said is None:
        return
    if re.match(
        r"(?:it is|it s|its|it was|he is|he s|hes|she is|she s|shes|they are|name is|by)"
        r" (?:his|her) ",
        said.group(0),
    ) and not _M92C_SPOUSE_NAMED.search(words):
        return  # "his brother" is only her husband's when she names her husband
    if (
        changes.get("relationship_to_offender", answers.get("relationship_to_offender"))
        == ("family_member")
        and "crime_type" not in changes
    ):
        return
    changes["relationship_to_offender"] = "family_member"
    crime = changes.get("crime_type", answers.get("crime_type"))
    if crime in (None, "stalking_harassment", "assault", "other"):
        changes["crime_type"] = "domestic_abuse"
    for slot in ("relationship_to_offender", "crime_type"):
        if slot in changes and changes[slot] == answers.get(slot):
            changes.pop(slot)


# g89i (round 89): Fatou, her daughter (8) at risk of FGM, noted "domestic abuse": "no is not
# domestic abuse exactly, my husband does not hit me. it is FGM. they want to do FGM to my
# daughter" took the crime off ("Thank you, I've updated that.") and restarted the questions
# ("What happened?"). FGM is kept as the repo reads it (domestic abuse with the honour-based
# detail, actions/account.py x4_fgm_reading): naming it is no reason to ask what happened again.
def g89i_fgm_kept(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    if "crime_type" not in changes or changes["crime_type"] not in (None, "other"):
        return
    if answers.get("crime_type") != "domestic_abuse":
        return
    if not account.x4_fgm_told(plain(text)):
        return
    changes.pop("crime_type")
    details = list(changes.get("account_details", answers.get("account_details")) or ())
    if "honour_based" not in details:
        changes["account_details"] = [*details, "honour_based"]


# u86a (round 86): Olu, 55, who saw a stabbing outside his shop, was noted as the one hurt, and
# "no I wasn't hurt, I saw it" took off "you were hurt" but kept the serious injury and never
# noted that he saw it. Not hurt and saw it, said together: a witness, the injuries not his.
_U86A_I_SAW_IT = re.compile(
    r"\b(?:i (?:only |just |actually )?(?:saw|seen|witnessed|watched) (?:it|it happen|it all|"
    r"everything|what happened|the whole thing|the (?:stabbing|attack|fight|shooting|robbery))|"
    r"(?:im|i am|i m|i was) (?:a |the |just a |only a |only the )?(?:witness|eye ?witness))\b"
)
_U86A_NOT_ME_HURT = re.compile(
    r"\bi (?:wasnt|was not|wasn t|was never|am not|m not|im not) (?:the one )?(?:who was |that "
    r"was |that got |who got )?(?:hurt|injured|stabbed|attacked|cut|touched|harmed)\b"
    r"(?! (?:badly|much|too|that|but|as|like|yet))(?!,? but)"
)
_U86A_VIOLENT = ("serious_violence", "assault", "robbery", "homicide", "attempted_murder")


def u86a_witness_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """ "no I wasn't hurt, I saw it": a witness, the injuries someone else's."""
    words = plain(text)
    crime = changes.get("crime_type", answers.get("crime_type"))
    if (
        crime not in _U86A_VIOLENT
        or changes.get("for_child", answers.get("for_child"))
        or not (
            (_U86A_I_SAW_IT.search(words) and _U86A_NOT_ME_HURT.search(words))
            or _K4_NOT_ME_HURT.search(words)  # "it wasnt me that got stabbed" (k4, Aaron)
        )
        or account.h3_hurt_me(words)
    ):
        return
    details = changes.get("account_details", answers.get("account_details")) or ()
    kept = sorted({*(d for d in details if d not in ("injured", "serious_injury")), "witness"})
    if kept != sorted(answers.get("account_details") or ()):
        changes["account_details"] = kept


# u86a (round 86): Joyce, "someone you know" noted of a fake Facebook account: "it was a fake
# account, I don't know who" puts it right. Not "he made a fake account" (who is known).
_U86A_SAID_FAKE = re.compile(
    r"\b(?:i said|i told you|its|it s|it is|it was|was|just|from|by|posted by|on) (?:a |just a |"
    r"from a |some )?fake (?:\w+ )?(?:account|profile|page)\b|\b(?:dont|do not|don t) know who\b|"
    r"\bno idea who\b|\bcould be anyone\b"
)


def u86a_fake_account_put_right(
    text: str, answers: Mapping[str, Any], changes: dict[str, Any]
) -> None:
    """ "it was a fake account, I don't know who": who did it is not known."""
    from actions.answers import u86a_fake_account_unknown

    if (
        "relationship_to_offender" in changes
        or answers.get("relationship_to_offender") not in ("someone_known", "family_member")
        or not u86a_fake_account_unknown(text)
        or not _U86A_SAID_FAKE.search(plain(text))
    ):
        return
    changes["relationship_to_offender"] = "unknown"


# z87b (round 87): Yasmin, 22, groped on the Tube ("he put his hand up my skirt"), said "the
# havens is that for rape? it wasnt rape" and her record was wiped and the questions restarted.
# Denying the word rape takes back that reading only: the sexual assault she told stays.
_Z87B_RAPE = re.compile(r"\b(?:rape|raped|raping)\b")
_Z87B_TOUCH_DENIED = re.compile(
    r"\b(?:not|didnt|did not|never|wasnt|was not|nobody|no one|noone|nothing) (?:\w+ )?(?:touch\w*|"
    r"grop\w*|grab\w*|sexual\w*|assault\w*|happened)\b"
)


def z87b_rape_denied_touch_kept(
    text: str, answers: Mapping[str, Any], changes: dict[str, Any]
) -> None:
    """ "it wasnt rape" after a sexual assault told in other words: the crime stays."""
    if (
        answers.get("crime_type") != "sexual_offence"
        or "crime_type" not in changes
        or changes["crime_type"] is not None
    ):
        return
    words = plain(text)
    if (
        not _Z87B_RAPE.search(words)
        or _C1_NOT_SEXUAL_AT_ALL.search(words)
        or _NOT_SAID_SEXUAL.search(words)
        or _Z87B_TOUCH_DENIED.search(words)
    ):
        return
    earlier = [str(said) for said in answers.get("said") or () if str(said) != text]
    if any(
        not _Z87B_RAPE.search(plain(said))
        and account.read_account(said).crime_type == "sexual_offence"
        for said in earlier
    ):
        changes.pop("crime_type")


# z87b (round 87): Nadia, 29, "hes my ex husband not family really" and "i told you hes my ex
# husband not a family member. can you fix that": three times "updated", but the ex-husband was
# never noted, the domestic abuse was wiped and the questions restarted. Her ex, said with
# "not family", is a partner or ex; "not family" there never takes back the domestic abuse.
_Z87B_MY_EX = re.compile(
    r"\b(?:hes|he is|he s|shes|she is|she s|its|it s|it is|it was|its|they are|theyre|was) "
    r"(?:my |our |an )?(?:ex\s?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee)|"
    r"ex(?!\s?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance)))\b(?! ?s\b)|"
    r"\bmy ex\s?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee)"
    # Not "it was my ex-wife's new partner" (Dev, round 82): someone else.
    r"\b(?! ?s\b)(?! (?:new|current) )"
)
_Z87B_NOT_FAMILY = re.compile(
    r"\bnot (?:a |my |really )?(?:family|relative|relation)\b(?: member)?|\bnot (?:a |my )?"
    r"family member\b"
)


def z87b_ex_not_family(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """ "hes my ex husband not family": a partner or ex, the crime kept."""
    words = plain(text)
    if not (_Z87B_MY_EX.search(words) and _Z87B_NOT_FAMILY.search(words)):
        return
    if answers.get("relationship_to_offender") != "partner_or_ex":
        changes["relationship_to_offender"] = "partner_or_ex"
    else:
        changes.pop("relationship_to_offender", None)
    if "crime_type" in changes and changes["crime_type"] is None and answers.get("crime_type"):
        changes.pop("crime_type")


# z87b (round 87): Yasmin told a TfL worker at the station, was noted as having told the police,
# and "i only told tfl not the police actually" left it so. Staff are not the police.
_Z87B_STAFF = (
    r"(?:tfl|station staff|staff|a member of staff|the staff|the guard|the driver|security|"
    r"the (?:tfl |station )?(?:woman|lady|man|guy|worker))"
)
_Z87B_ONLY_STAFF_TOLD = re.compile(
    rf"\b(?:i )?(?:only|just) (?:told|reported it to|spoke to|talked to) (?:the )?{_Z87B_STAFF}\b"
    r".{0,30}\b(?:not|never|didnt tell|didnt report it to) (?:the )?(?:police|cops|met|btp)\b"
)


def z87b_only_staff_told(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """ "i only told tfl not the police actually": not reported to the police."""
    if answers.get("reported_to_police") is True and _Z87B_ONLY_STAFF_TOLD.search(plain(text)):
        changes["reported_to_police"] = False


def u86a_witness_not_hurt(turn: Turn, reading: Reading) -> bool:
    """On record as having seen it happen to someone else, and not saying now that they were
    hurt themselves."""
    details = reading.slots.get("account_details", turn.answers.get("account_details")) or ()
    return "witness" in details and not account.h3_hurt_me(plain(turn.text))


# j91d (round 91): Carol, after the bot made "Mu" of her mum: "please dont put Mu on anything, its
# my mum, shes called Jean, she needs someone to talk to herself" was "I've changed that: it was a
# family member" (a stranger, a drunk driver, killed her brother). Putting right a name, the
# relative named is who they meant, not who did it.
_J91D_NAME_PUT_RIGHT = re.compile(
    r"\b(?:dont|do not|don t|please dont) (?:put|write|call (?:her|him)) [a-z]{2,} on\b|"
    r"\bthere is no [a-z]{2,}\b|\bthere s no [a-z]{2,}\b|\bi meant my\b|\b(?:she|he) ?s called\b|"
    r"\b(?:she|he) is called\b|\b(?:her|his) name is\b"
)


# j91d (round 91): Oliver, noted as worried about giving evidence from a fear of losing custody:
# "Sorry, worried about giving evidence? I never said that. I'm more worried about being
# believed" kept it. Giving evidence named, with "I never said that", takes it off.
_J91D_EVIDENCE_NOT_SAID = re.compile(
    r"\b(?:giving|give) evidence\b.{0,40}\bi (?:never|didnt|did not|didn t|havent|have not) "
    r"(?:said|say|mentioned|mention) (?:that|this|it|anything like that)\b"
)


def _corrections_said(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """``corrections`` before a crime said as well as the one kept is put back."""
    words = plain(text)
    changes: dict[str, Any] = {}
    # -- round 65, helper k5 -- "Sorry, it's Rachel, his mum, again" (after Josh said no).
    changes.update(k5_parent_back_changes(text, answers))
    changes.update(m4r67_who_put_right(text, answers))  # -- round 67, helper m4 --
    if answers.get("fear_of_giving_evidence") is True and _J91D_EVIDENCE_NOT_SAID.search(words):
        changes["fear_of_giving_evidence"] = None  # j91d (round 91): Oliver
    # A parent's own age ("im 44, hes 15") never corrects their child's.
    parent = bool(answers.get("for_child"))
    said = None if parent else _SAID_AGE.search(words)
    years = said and (said.group(1) or said.group(2))
    if years and answers.get("age") is not None and 5 <= int(years) <= 110:
        age = float(years)
        if age != answers.get("age"):
            changes["age"] = age
            if age < 18:
                changes["under_18"] = True
    if "age" not in changes:
        changes.update(n2_childs_age_put_right(text, answers))  # -- round 44, helper N2 --
    if "age" not in changes:
        changes.update(t1_their_age_put_right(text, answers))  # -- round 49, helper T1 --
    if "age" not in changes:
        changes.update(x3_my_child_not_me(text, answers))  # -- round 52, helper X3 --
    changes.update(x3_language_put_right(text, answers))  # -- round 52, helper X3 --
    changes.update(x3_threat_put_right(text, answers))  # -- round 52, helper X3 --
    changes.update(e2_not_only_damage(text, answers))  # -- round 57, helper E2 --
    if (
        answers.get("hate_motivated") is True
        and (
            _NOT_HATE.search(words)
            or _M2_NOT_HATE.search(words)  # -- round 43, helper M2 --
            or _P4_NOT_RACE.search(words)  # -- round 45, helper P4 --
            or _T1_HATE_NOT_SAID.search(words)  # -- round 49, helper T1 --
            or _L3R66_NOT_HATE.search(words)  # -- round 66, helper l3 --
        )
        and not r6_worry_not_correction(text)
    ):  # -- round 47, helper R6 --
        changes.update(hate_motivated=False, hate_strand=None)
    elif answers.get("hate_motivated") is not True and (
        _WAS_HATE.search(words)
        or _Q7_NOTE_HATE.search(words)  # -- round 46, helper Q7 --
        or r6_hate_put_back(text)  # -- round 47, helper R6 --
        or t6_says_it_was_hate(text)  # -- round 49, helper T6 --
    ):
        _, strands, _ = account.read_hate(text)
        changes.update(hate_motivated=True, hate_strand=list(strands) or None)
    court = _COURT_ANSWER_CORRECTED.search(words)
    if court and "fear_of_giving_evidence" in answers:
        # "i said ye to the court thing" (round 38, Leah): the court question's answer put right.
        said_yes = court.group(1) is not None
        if answers.get("fear_of_giving_evidence") is not said_yes:
            changes["fear_of_giving_evidence"] = said_yes
    if answers.get("fear_of_giving_evidence") is True and t2_not_afraid_of_court_after_all(text):
        changes["fear_of_giving_evidence"] = False  # -- round 49, helper T2 --
    elif answers.get("fear_of_giving_evidence") is not None and i3_fear_put_to_unknown(words):
        changes["fear_of_giving_evidence"] = None  # -- round 63, helper i3 --
    if answers.get("fear_of_giving_evidence") is not True and n80a_court_fear_said_after(words):
        changes["fear_of_giving_evidence"] = True  # n80a (round 80): Mo, "im scared of that"
    if answers.get("consent") is False and gives_consent_after_all(words):
        changes["consent"] = True
    if (
        answers.get("language") not in (None, "english")
        and _NO_INTERPRETER.search(words)
        and not i3_poor_english(words)  # -- round 63, helper i3 --
    ):
        # "No no I dont need Gujarati interpreter, I speak English! I said for my mother"
        # after the referral named one (round 32, Raj).
        changes["language"] = "english"
    elif (
        answers.get("language") not in (None, "english")
        and c75b_language_is_a_relatives(words)
        and read_answer("language", text).value == "english"
    ):
        # -- round 75, helper c75b --: "but the turkish is for my wife not me, I am ok english"
        # (Mehmet) after his wife's language was kept as his.
        changes["language"] = "english"
    # A referral declined, or skipped after two asks, can be asked for at any time after.
    open_to_referral = answers.get("referral_consent") is False or (
        answers.get("referral_consent") is None
        and "referral_consent" in (answers.get("skipped_slots") or ())
    )
    # Not "if i say refer me who is it that messages me" (round 77, Chloe): asked before deciding.
    refer_me = open_to_referral and _asks_to_be_referred(words) and not k77a_undecided(text)
    if refer_me and answers.get("consent") is True:
        changes["referral_consent"] = True
    if answers.get("contact_safe") is False and _CONTACT_ME.search(words):
        changes["contact_safe"] = True
        method = read_answer("contact_method", text).value
        if method:
            changes["contact_method"] = method
        # -- round 31, helper Q -- "No, I do want them to contact me! I meant no voicemail. Please
        # ring my mobile 07700 900266, mornings before 1pm." (Graham): the number, the times and
        # the voicemail said with it are kept, not asked for again.
        for key, value in contact_said(text).items():
            changes.setdefault(key, value)
        details = read_answer("contact_details", text).value
        if details:
            changes["contact_details"] = details
    elif answers.get("contact_safe") is False and answers.get("referral_consent") is True:
        # j91b (round 91): Agnieszka, after "OK, nobody will contact you": "No no. I want call.
        # Telephone call is ok. Only text message not ok. Please call me morning 7 to 8" was
        # kept as texts, and nobody would contact her: safe, by the way she said is fine.
        one_way = j91b_one_way_unsafe_another_fine(text)
        if one_way is not None:
            changes["contact_safe"] = True
            changes.update(one_way.extra)
    if (
        answers.get("contact_method") not in (None, "text")
        and answers.get("referral_consent") is True
        and _S4_METHOD_PUT_RIGHT.search(words)
    ):
        # -- round 48, helper S4 -- "NOT BY PHONE. I CANT HEAR THE PHONE. TEXT ME", "THEY MUST
        # CONTACT ME BY TEXT NOT PHONE", "CONTACT BY TEXT" (Bob, deaf; four times not taken).
        said = read_answer("contact_method", text).value
        if said and said != answers.get("contact_method"):
            changes["contact_method"] = said
    method = _METHOD_CORRECTED.search(words)
    if method and _S2_CALL_FOR_HELP.match(words, method.end()):
        method = None  # -- round 48, helper S2 --: "just call 999??" asks what to do
    if method and answers.get("contact_method") and answers.get("referral_consent") is True:
        # "EMAIL?? no i said text": how they are contacted can be put right at any time.
        corrected = read_answer("contact_method", method.group(1) or method.group(2)).value
        if corrected and corrected != answers.get("contact_method"):
            changes["contact_method"] = corrected
    changes.update(y1_not_by_email(text, answers, changes))  # -- round 52, helper Y1 --
    if (
        answers.get("contact_method") == "call"
        and answers.get("referral_consent") is True
        and "contact_method" not in changes
        and G6_NO_CALLS.search(words)
        and re.search(r"\b(?:texts?|txt|sms|text messages?|messages?|msg|write|written)\b", words)
        and not re.search(
            r"\b(?:leave|leaving|left) (?:a |any )?(?:voice ?)?(?:messages?|msg)\b", words
        )
    ):
        # -- round 60, helper g6 -- "no phone call. text message only. please", "text only not
        # call" (Mariam, after her referral said "by phone"): by text, put right at any time.
        changes["contact_method"] = "text"
    reported = answers.get("reported_to_police")
    if reported is not None and (
        re.search(r"\b(?:no|not|never|havent|didnt|i did|i have|i said)\b", words)
        # -- round 39, helper F6 --: "police know about it" (Daniel).
        or (reported is False and _F6_POLICE_KNOW_SAID.search(words))
    ):
        # "no i havent told the police, i said i never reported it"
        told = account.read_account(text).reported
        if told is False and _OTHER_TIMES_NOT_REPORTED.search(words):
            # -- round 31, helper Q -- "Been assaulted at work before though, few times over the
            # years, never reported those" (Kwame): the earlier times, not this one.
            told = None
        if told is True and _j4_reported_only_another_time(text):
            told = None  # -- round 41, helper J4 --
        if (told is True and t7_police_only_if(text)) or (
            told is False and reported is True and t7_reported_some_of_it(text)
        ):
            told = None  # -- round 49, helper T7 --
        if reported is True and g5_not_this_one(words):
            told = False  # -- round 60, helper G5 --: "no i havent told them about THIS one"
        if reported is True and u86a_not_told_about_posts(words, answers):
            told = False  # u86a (round 86): Joyce, "I havent told them about the posts yet"
        if told is not None and told != reported:
            changes["reported_to_police"] = told
    if (
        answers.get("repeat_victimisation") is True
        and not s2_once_at_one_place(words)
        and (
            _ONLY_ONCE.search(words)
            or _ONCE_ALONE.search(text)
            or _N5_ONCE.search(words)  # -- round 44, helper N5 --
            or _N6_NOT_AGAIN.search(words)  # -- round 44, helper N6 --
            or n1_only_this_time(words)  # -- round 44, helper N1 --
            or _P2_DONE_IT_ONCE.search(words)  # -- round 45, helper P2 --
            or x4_first_time(text)  # -- round 52, helper X4 --
            or _D1_ONCE_TO_ME.search(words)  # -- round 56, helper D1 --
            or o1_one_time_said(words)  # -- round 69, helper o1 --
        )
    ):
        changes["repeat_victimisation"] = False
    elif _g1_more_than_once(text, answers):
        changes["repeat_victimisation"] = True
    elif answers.get("repeat_victimisation") is True and _J4_NOT_KNOWN_IF_AGAIN.search(words):
        changes["repeat_victimisation"] = None  # -- round 41, helper J4 --
    denied = NO_CONDITION.search(words)
    if (
        answers.get("impairment") is True
        and denied
        and not has_condition(NO_CONDITION.sub(" ", _own_words(text)))
        and not (answers.get("for_someone_else") and re.match(r"i\b|im\b|i m\b", denied.group(0)))
    ):
        # "I'd like to correct my answer please. I do NOT have a disability."
        changes["impairment"] = False
    elif answers.get("impairment") is True and _N6_NO_EVIDENCE_HELP.search(words):
        changes["impairment"] = False  # -- round 44, helper N6 --
    elif answers.get("impairment") is True and _R2_THEIRS_NOT_MINE.search(words):
        changes["impairment"] = False  # -- round 47, helper R2 --
    elif (
        answers.get("impairment") is True
        and denied
        and not has_condition(
            NO_CONDITION.sub(" ", account.y4_without_childs_condition(_own_words(text)))
        )
    ):
        # -- round 52, helper Y4 --: "I don't have a disability, it's my son Joel who's autistic"
        changes["impairment"] = False
    elif answers.get("impairment") is True and z7_no_condition_but_injury(text):
        changes["impairment"] = False  # -- round 53, helper Z7 --
    elif answers.get("impairment") is True and j2_not_disabled(text, answers):
        changes["impairment"] = False  # -- round 65, helper J2 -- (Pete's bad back)
    elif answers.get("impairment") is True and l5_irrelevant_condition_named(text, answers):
        changes["impairment"] = False  # -- round 66, helper l5 -- (Dave's "dodgy back")
    elif answers.get("impairment") is True and _Z87D_TAKE_DISABILITY_OFF.search(words):
        changes["impairment"] = False  # z87d (round 87): Kofi, "I said take off the disability"
    changes.update(g5_no_disability_clears_relay(text, answers, changes))  # round 60, helper G5
    adult = None if parent else _NOT_UNDER_18.search(words)
    if answers.get("under_18") is True and adult:
        years = adult.group("age")
        if years is None:
            changes["under_18"] = False
        elif 18 <= int(years) <= 110:
            changes.update(under_18=False, age=float(years))
    if answers.get("crime_type") == "domestic_abuse" and _NOT_DOMESTIC.search(words):
        changes["crime_type"] = None
    changes.update(p7_stealing_put_right(text, answers))  # -- round 45, helper P7 --
    details = set(answers.get("account_details") or ())
    if {"intimate_images", "sextortion"} & details and s5_says_there_are_no_pictures(text, answers):
        # -- round 48, helper S5 --: "theres no image i told u" (Zoe, 15): no more picture advice.
        changes["account_details"] = sorted(details - {"intimate_images", "sextortion"})
    if "forced_marriage" in details and y2_denies_forced_marriage(text):
        # -- round 52, helper Y2 --: "its not a forced marriage, we married for love" (Nadia):
        # the Forced Marriage Unit is no longer offered.
        changes["account_details"] = sorted(details - {"forced_marriage"})
    # -- round 65, helper j3 --: "It's nothing to do with honour or forced marriage" (Mairead):
    # a topic the person denies is taken off the notes, and its services off the results.
    kept = set(changes.get("account_details", details))
    j3_denied = {
        topic
        for topic in ("forced_marriage", "honour_based")
        if topic in kept and account.j3_denies_topic(plain(text), topic)
    }
    if j3_denied:
        changes["account_details"] = sorted(kept - j3_denied)
    # -- end of round 65, helper j3 --
    # -- round 68, helper n3 --: "WHAT there r no nudes?? its my ADDRESS they posted" (Ella, 14):
    # no pictures, so no picture services (CEOP, Report Remove, Revenge Porn Helpline).
    kept = set(changes.get("account_details", details))
    if {"intimate_images", "sextortion"} & kept and n3_denies_images(text):
        changes["account_details"] = sorted(kept - {"intimate_images", "sextortion"})
    # -- end of round 68, helper n3 --
    if answers.get("crime_type") == "sexual_offence" and (
        _NOT_SAID_SEXUAL.search(words)
        # -- round 44, helper N5 -- "omg stop putting sexual offence. i was spiked. change it"
        or n5_refuses_a_word_for_the_record(text)
        or _N5_IT_WAS_SPIKING.search(words)
    ):
        # After a spiking, what they do not know is not written down as a sexual offence; the
        # spiking stays (an assault), and the services for a possible assault still fit.
        changes["crime_type"] = (
            "assault"
            if account.spiked_not_knowing_more(text)
            or re.search(r"\bspik\w*|drugged|drink\b", words)
            or "spiked" in (answers.get("account_details") or ())
            else None
        )
        if changes["crime_type"] == "assault":
            # -- round 44, helper N5 -- kept, and said back, as spiking (Zara).
            changes["account_details"] = sorted({*(answers.get("account_details") or ()), "spiked"})
    named = _NOT_CRIME.get(str(answers.get("crime_type")))
    denial = named and re.compile(
        rf"\b(?:not|wasnt|was not|isnt|is not|its not|it wasnt|wernt|werent|it wernt|it aint|"
        rf"aint|never said)(?: just| only| really| actually| exactly| strictly)?"
        rf"(?: a| an| it was)? (?:{named})\b|\b(?:nobody|no one|"
        # -- round 55, helper C1 --: "I don't think it was a robbery exactly, nobody hurt me"
        rf"noone|no body) (?:has |ever )?(?:{named}) me\b|\bi (?:dont|do not) think (?:it was|its|"
        rf"it is|that was)(?: really| actually)? (?:a |an )?(?:{named})"
        rf"(?: exactly| as such| really)?"
        rf"(?= nobody| no one| noone|$| they| it was| it wasnt| because| as)|\b(?:nobody|no one|"
        rf"noone|no body) (?:has |ever )?(?:{named}) me\b|\bi (?:was not|wasnt|was never|have not "
        rf"been|havent been|wasn t) (?:{named})\b"
    )
    if (
        denial
        and denial.search(words)
        and not _ONLY_SAW_IT.search(words)
        and not s2_touched_not_raped(words, answers)  # -- round 48, helper S2 --
        and not _G4_QUOTED_DENIAL.search(text)
    ):
        # Read what happened again from the rest of the message ("not theft. he keeps my
        # passport and I work for no money"; "NOBODY ATTACKED ME. he keyed my car"), or ask.
        taken_back = {str(answers.get("crime_type"))} | (
            {"assault", "serious_violence"} if answers.get("crime_type") in _FORCE else set()
        )
        again = account.read_account(text).crime_type
        if again in taken_back:
            again = account.read_account(denial.sub(" ", words)).crime_type
        changes["crime_type"] = again if again not in taken_back else None
        if (
            answers.get("crime_type") == "sexual_offence"
            and changes["crime_type"] is None
            and "upskirting" in (answers.get("account_details") or ())
            and not _C1_NOT_SEXUAL_AT_ALL.search(words)
        ):
            # -- round 55, helper C1 --: "it wasnt rape, he filmed me" (Nisha, filmed up her
            # skirt) takes back the word rape, not the sexual offence: upskirting stays.
            changes.pop("crime_type")
    instead = _g1_crime_instead(words, answers, denied=bool(denial and denial.search(words)))
    instead = instead or l4_theft_was_robbery(words, answers)  # -- round 66, helper l4 --
    if instead:
        changes.update(instead)
    changes.update(n3_theft_and_harm_to_another(words, answers))  # -- round 44, helper N3 --
    q4_back = q4_trafficking_taken_back(text, answers)  # -- round 46, helper Q4 --
    if q4_back and changes.get("crime_type") in (None, "human_trafficking"):
        changes.update(q4_back)
    changes.update(x71b_trafficking_was_partner(text, answers, changes))  # round 71, x71b
    if "crime_type" not in changes:
        changes.update(x71b_theft_was_robbery(text, answers))  # -- round 71, helper x71b --
    if (
        answers.get("crime_type") == "theft"
        and "crime_type" not in changes
        and _POSED_AS_BANK.search(words)
        and account.read_account(text).crime_type == "fraud"
    ):
        # "A MAN RANG SAYING HE WAS FROM THE BANK AND SENT A COURIER FOR MY CARD": the card
        # was handed over to someone posing as the bank, courier fraud, not a theft.
        changes["crime_type"] = "fraud"
    told_now = account.read_account(text).crime_type
    if answers.get("crime_type") == "homicide" and account._NOBODY_DIED.search(words):
        # "wtf no one died?? i said its NOT a murder. its my car thats it" (round 36, Ryan, given
        # the homicide service for a keyed car): what happened is read again, or asked.
        changes.update(crime_type=told_now if told_now != "homicide" else None, bereaved=None)
    if (
        told_now in _R35_GRAVER
        and answers.get("crime_type") in _R35_LESSER
        and "crime_type" not in changes
        and not re.search(
            r"\b(?:wasnt|was not|werent|not|never|didnt|did not|havent|hasnt|no one|nobody)\b"
            r"(?: \w+){0,3} (?:stab\w*|rap\w*|kill\w*|shot|slash\w*|sexual\w*|touch\w*|died)",
            words,
        )
        # Not "is this even for witnesses? im not the one who got stabbed" (a witness threatened
        # for giving a statement: the suite's Southwark witness).
        and not re.search(
            r"\b(?:not the one|witness\w*|i saw|we saw|saw (?:him|her|them|a|it))\b", words
        )
    ):
        # "nah its not just that. i got stabbed in my leg last month" after threats on Snapchat
        # (round 35, Jordan, given only stalking services): the graver crime told now.
        changes["crime_type"] = told_now
    w1_not_a_killing(text, answers, changes)  # -- round 51, helper W1 --
    named_now = _NAMED_CRIME.search(words)
    if named_now and re.search(
        # -- round 31, helper Q -- "i didnt say it was a scam lol" (Becca): a label denied.
        r"\b(?:didnt|did not|never|not|wasnt|dont|do not) (?:say|said|saying|mean|meant|think|"
        r"thinking|claim\w*)(?: that)?\s*$",
        words[: named_now.start()],
    ):
        named_now = None
    if named_now and _V5_ONLY_ASKED.search(words[: named_now.start()]):
        named_now = None  # -- round 50, helper V5 --: "I only asked whether it was stalking"
    if named_now and answers.get("crime_type") not in (None, "homicide"):
        # "its a robbery not just assault": said outright, it replaces what was read.
        said_crime = read_crime_type(named_now.group(0), None).value
        if said_crime and said_crime != answers.get("crime_type"):
            changes["crime_type"] = said_crime
    kept_too = r3_not_just_the_crime_kept(text, answers, changes)  # -- round 47, helper R3 --
    if kept_too:
        changes.pop("crime_type", None)  # kept: nothing to say was changed
        changes.update({key: value for key, value in kept_too.items() if key != "crime_type"})
    changes.update(_contact_corrections(text, words, answers))
    changes.update(p2_condition_and_injury_put_right(text, answers))  # -- round 45, helper P2 --
    changes.update(k4_witness_put_right(text, answers, changes))  # -- round 65, helper k4 --
    if answers.get("for_child") and _R35_ITS_ME.search(words):
        # "No, it was me she attacked, not my daughter", "I am the victim, I am 41" (round 35,
        # Yasmin, corrected four times): it happened to the one writing.
        changes["for_child"] = False
        if answers.get("for_someone_else"):
            changes["for_someone_else"] = False
        own = re.search(r"\b(?:im|i am|i m)\s*(\d{2})\b", words)
        if own and 18 <= int(own.group(1)) <= 110:
            changes.update(age=float(own.group(1)), under_18=False)
        elif answers.get("age") is not None and float(answers["age"]) < 18:
            changes.update(age=None, under_18=None)  # the child's age, not theirs
    elif (
        answers.get("for_child")
        and _NOT_A_CHILD.search(words)
        and not n2_still_about_the_child(text)  # -- round 44, helper N2 --
    ):
        changes["for_child"] = False
        if (
            re.search(
                r"\b(?:(?:him|her|them) (?:in trouble|arrested|to get in trouble)|(?:he|she|they) "
                r"(?:is|are|s) the one (?:who|doing|taking|that))\b",
                words,
            )
            or n2_their_money_was_taken(answers)
            or _Z4_CHILD_DOES_IT.search(words)
            or account.l1_relative_is_the_one(words)  # -- round 66, helper l1 --: Joan
        ):
            # "no he is my grandson not my child. i dont want the police, i dont want him in
            # trouble" (round 34, Eileen, 81): the relative is the one doing it, to her.
            if answers.get("relationship_to_offender") is None:
                changes["relationship_to_offender"] = "family_member"
            if _Z4_CHILD_DOES_IT.search(words) and answers.get("crime_type") in (
                None,
                "stalking_harassment",
            ):
                # -- round 53, helper Z4 --: a grown-up son or daughter taking money and
                # shouting is abuse by family (Bev got the Stalking Helpline).
                changes["crime_type"] = "domestic_abuse"
        elif re.search(r"\b(?:shes|hes|she is|he is|they are|theyre|she s|he s)\b", words):
            # "She's not a child, she's a grown woman": a grown-up daughter, written for, not the
            # writer (round 30, Margaret was told "it's about you").
            changes["for_someone_else"] = True
    if answers.get("cannot_phone") and re.search(
        r"\b(?:i can hear|im not deaf|i am not deaf|i m not deaf|i can (?:use the phone|phone|do "
        r"phone calls|take calls|talk on the phone|make calls)|phone calls? (?:are|is) fine|"
        # -- round 43, helper M4 --: "whats 18000? i can talk its fine" (Joanne).
        r"i can (?:talk|speak)(?: on the phone)?(?: its| it s)? fine)\b",
        words,
    ):
        # "I CAN HEAR. I can use the phone": their son is Deaf, not them.
        changes["cannot_phone"] = False
        community = [c for c in (answers.get("community") or []) if c != "deaf"]
        if community != list(answers.get("community") or []):
            changes["community"] = community
    if answers.get("cannot_phone") and "cannot_phone" not in changes and m2_not_deaf(text):
        # -- round 67, helper m2 --: "whats 18001? I aint deaf" (Winston, 80).
        changes["cannot_phone"] = False
        community = [c for c in (answers.get("community") or []) if c != "deaf"]
        if community != list(answers.get("community") or []):
            changes["community"] = community
    if m2_not_deaf(text) or account.f88a_bsl_not_theirs(text):
        # f88a (round 88): Tasha, "why does it say BSL interpreter?? i told you im not deaf":
        # no BSL interpreter and no Deaf services for someone who says they are not Deaf.
        if answers.get("language") == "bsl" and "language" not in changes:
            changes["language"] = "english"
        community = [c for c in (answers.get("community") or []) if c != "deaf"]
        if "community" not in changes and community != list(answers.get("community") or []):
            changes["community"] = community
    if answers.get("for_someone_else") and _ABOUT_ME.search(words):
        # "its not her. its me. she hits me": it happened to the one writing.
        changes["for_someone_else"] = False
        # g89a (round 89): an age read while it was about them was theirs ("It's about my son,
        # he's 35", Bernadette, 63, then told "you are 35"): not the writer's, unless said here.
        own = re.search(r"\b(?:im|i am|i m)\s*(\d{2})\b", words)
        if own and 18 <= int(own.group(1)) <= 110:
            changes.update(age=float(own.group(1)), under_18=False)
        elif answers.get("age") is not None and "age" not in changes:
            changes.update(age=None, under_18=None)
    wanted = worker_gender_asked(text)
    if wanted and wanted != answers.get("worker_gender"):
        changes["worker_gender"] = wanted
    elif answers.get("worker_gender") and answers.get("worker_gender") == worker_gender_refused(
        text
    ):
        changes["worker_gender"] = None  # "I didnt ask for a man"
    _y3_put_right(text, answers, changes)  # -- round 52, helper Y3 --
    _n5_put_right(text, answers, changes)  # -- round 44, helper N5 --
    k77d_threat_put_right(text, answers, changes)  # k77d (round 77): Frank's threat
    k77d_no_break_in_put_right(text, answers, changes)  # k77d (round 77): Linda's brother
    _t3_not_held(text, answers, changes)  # -- round 49, helper T3 --
    _v1_put_right(text, answers, changes)  # -- round 50, helper V1 --
    _u2_partner_label_put_right(text, answers, changes)  # -- round 50, helper U2 --
    _u2_me_not_the_children(text, answers, changes)  # -- round 50, helper U2 --
    x4_dog_attack_put_right(words, answers, changes)  # -- round 52, helper X4 --
    x1_put_right(text, answers, changes)  # -- round 52, helper X1 --
    if "crime_type" not in changes:
        changes.update(b1_threat_not_damage(text, answers))  # -- round 55, helper B1 --
    changes.update(b1_no_weapon_put_right(text, answers))  # -- round 55, helper B1 --
    changes.update(p1_weapon_put_back(text, answers))  # -- round 69, helper p1 --
    changes.update(m3_offender_said_outright(text, answers))  # -- round 67, helper m3 --
    changes.update(n2_needle_put_right(text, answers, changes))  # -- round 68, helper n2 --
    for key, value in n5_not_written_changes(text, answers).items():  # -- round 68, helper n5 --
        changes.setdefault(key, value)
    x71c_put_right(text, answers, changes)  # -- round 71, helper x71c --
    y73d_put_right(text, answers, changes)  # -- round 73, helper y73d --
    for key, value in z73d_contact_change(text, answers).items():  # -- round 73, helper z73d --
        changes.setdefault(key, value)
    for key, value in g76b_times_change(text, answers).items():  # -- round 76, helper g76b --
        changes.setdefault(key, value)
    k77b_days_keep_hours(answers, changes)  # k77b (round 77) -- Ellie
    n94c_hours_keep_days(answers, changes)  # n94c (round 94) -- Marta's "weekdays"
    k77b_email_is_the_way(text, answers, changes)  # k77b (round 77) -- Sophie
    known = answers.get("relationship_to_offender")
    if known is None:
        _j3_crime_put_right(text, answers, changes)  # -- round 41, helper J3 --
        d3_put_right(text, answers, changes)  # -- round 56, helper D3 --
        changes.update(i2_not_hit_put_right(text, answers, changes))  # -- round 63, helper I2 --
        o2_put_right(text, answers, changes)  # -- round 69, helper o2 --
        y73c_put_right(text, answers, changes)  # -- round 73, helper y73c --
        a74a_put_right(text, answers, changes)  # -- round 74, helper a74a --
        q94c_not_stalking_but_threats(text, answers, changes)  # q94c (round 94): Efua
        return changes
    denied = _NOT_FAMILY.search(words) or _DID_NOT_DO_IT.search(words)
    if denied and _G96B_ABOUT_THEMSELF.search(words[: denied.start()]):
        # g96b (round 96): Nkechi, "im not a lodger its my flat i have a tenancy" (what she is,
        # not who did it) cleared "its the landlord", and "Do you know who did it?" came again.
        denied = None
    if (
        denied
        and denied.group("p")
        and known == "partner_or_ex"
        and _L100D_PARTNER_NOW.search(words[: denied.start()] + " " + words[denied.end() :])
    ):
        # l100d (round 100): Carmen, "My husband hit my arm ... And he is not my ex, we are
        # married" cleared "partner or ex", and "Do you know who did it?" came again.
        denied = None
    if denied:
        denied_label = (
            "family_member" if denied.group("f") else
            "partner_or_ex" if denied.group("p") else "someone_known"
        )  # fmt: skip
        if denied_label == known and not p81b_one_relative_for_another(words, denied):
            changes["relationship_to_offender"] = None
            rest = words[denied.end() :]
            if denied_label == "someone_known" and i3_known_another_way(rest):
                # -- round 63, helper i3 --: "he is not my friend he is boss!! not family"
                # (Marek): still someone he knows; what he is to him is put right, not who.
                del changes["relationship_to_offender"]
            # "it wasn't family! we don't know who it was": the answer, not only the denial.
            if account.P94E_MET_ON_AN_APP.search(rest) and not _WHO_UNKNOWN.search(rest):
                # p94e (round 94): Hamza, "it wasnt family, it was the girl from the app"
                changes["relationship_to_offender"] = "someone_known"
            elif _WHO_UNKNOWN.search(rest):
                changes["relationship_to_offender"] = "unknown"
            elif account.strangers(rest):
                changes["relationship_to_offender"] = "stranger"
    if known not in (None, "stranger", "unknown") and (
        _WERE_STRANGERS.search(words)
        or _F6_DIDNT_KNOW_THEM.search(words)
        or p2_didnt_know_this_one(words)  # -- round 69, helper P2 --
    ):
        changes["relationship_to_offender"] = "stranger"
    elif known == "stranger" and _KNEW_THEM.search(words) and not _WERE_STRANGERS.search(words):
        changes["relationship_to_offender"] = "someone_known"
    elif words in _RELATIONSHIP_OPTIONS and _RELATIONSHIP_OPTIONS[words] != known:
        # "A stranger" typed on its own after the result: the answer put right.
        changes["relationship_to_offender"] = _RELATIONSHIP_OPTIONS[words]
    said_who = next(
        (
            found
            for found in _IT_WAS.finditer(words[denied.end() :] if denied else words)
            # -- round 39, helper F6 --: not "will they test for what drug it was? my friend
            # said it goes out your system" (Ellie), two sentences run together by plain().
            if _f6_in_one_sentence(found.group(0), text)
        ),
        None,
    )
    if said_who and (
        n2_names_whom_it_is_about(said_who, text, answers)
        or w1_names_the_one_who_died(said_who, text, answers)  # -- round 51, helper W1 --
    ):
        said_who = None  # -- round 44, helper N2 --: "I want it clear its my son"
    if said_who and (
        _ABOUT_THEM.match(words[said_who.end() :])
        or re.search(
            r"\b(?:it|its|it s) (?:wasnt|was not|isnt|is not|aint|not) (?:about )?me\b|\bnot me\b|"
            r"\bhappened to (?:my|her|his|our)\b|\bentitled\b",
            words,
        )
        or _Z7_ONLY_MENTIONED.search(words)  # -- round 53, helper Z7 --
    ):
        # "it's my MUM who has dementia, not me", "it wasnt me it was my mum": whom it is about
        said_who = None
    if said_who and d3_worried_about_them(words[said_who.end() :]):
        said_who = None  # -- round 56, helper D3 --: "its my mum im worried bout" (Tyrone)
    if said_who and _J91D_NAME_PUT_RIGHT.search(words):
        said_who = None  # j91d (round 91): "dont put Mu on anything, its my mum" (Carol)
    if said_who:
        who = read_answer("relationship_to_offender", said_who.group(0)).value
        if who in (None, "partner_or_ex") and re.match(
            r"\s*next doors?\b", said_who.string[said_who.end() :]
        ):
            # -- round 40, helper G1 --: "It's the man NEXT DOOR" (Beatrice): a neighbour.
            who = "someone_known"
        if who and who not in (known, "unknown"):
            changes["relationship_to_offender"] = who
    labelled = _WHO_DID_IT_LABEL.search(words)
    if labelled and "relationship_to_offender" not in changes:
        # "hang on, who did it = someone he knows, boys from his school" (round 37, Tony).
        who = read_answer("relationship_to_offender", labelled.group(1)).value
        if who and who not in (known, "unknown"):
            changes["relationship_to_offender"] = who
    if (
        answers.get("for_someone_else")
        and known == "family_member"
        and re.search(
            r"\b(?:hes|he is|shes|she is|its|it s|it is) (?:her|his|their) (?:husband|wife|partner|"
            r"boyfriend|girlfriend|ex)\b",
            words,
        )
    ):
        # "to be clear he's her husband, my dad": the writer's father is her partner.
        changes["relationship_to_offender"] = "partner_or_ex"
    if known in ("someone_known", "family_member", "partner_or_ex") and (
        _NEVER_SAID_WHO.search(words) or p4_who_not_known(words)  # -- round 45, helper P4 --
    ):
        # "I don't know who did it. I never said it was someone I know." (round 38, Gary)
        changes["relationship_to_offender"] = "unknown"
    if "relationship_to_offender" not in changes:
        changes.update(x3_knows_them(text, answers))  # -- round 52, helper X3 --
    if changes.get("relationship_to_offender") is None:
        # -- round 55, helper B1 --: "it wasnt him, it was his FRIEND" (Doreen).
        someone_else = b1_someone_else_did_it(text, answers)
        if someone_else:
            changes["relationship_to_offender"] = someone_else
    relationship = changes.get("relationship_to_offender", known)
    if (
        answers.get("crime_type") == "domestic_abuse"
        and known in ("family_member", "partner_or_ex")
        and relationship not in ("family_member", "partner_or_ex")
    ):
        changes["crime_type"] = None  # the label came from who did it: ask what happened again
    d3_put_right(text, answers, changes)  # -- round 56, helper D3 --
    _j3_crime_put_right(text, answers, changes)  # -- round 41, helper J3 --
    changes.update(v5_domestic_abuse_added(text, answers, changes))  # -- round 50, helper V5 --
    if x3_not_domestic(text, answers, changes):
        changes.pop("crime_type")  # -- round 52, helper X3 --
    changes.update(i2_not_hit_put_right(text, answers, changes))  # -- round 63, helper I2 --
    o2_put_right(text, answers, changes)  # -- round 69, helper o2 --
    y73c_put_right(text, answers, changes)  # -- round 73, helper y73c --
    z73c_put_right(text, answers, changes)  # -- round 73, helper z73c --
    a74a_put_right(text, answers, changes)  # -- round 74, helper a74a --
    q94c_not_stalking_but_threats(text, answers, changes)  # q94c (round 94): Efua
    return changes


_CHANGE_TO = re.compile(
    r"\b(?:change|update|make|put|switch|move)\b[^.!?]{0,30}?\b(?:to|into)\s+([^?]+)", re.IGNORECASE
)


# -- round 50, helper V6 --
# Keith: "It's after 5.30 not after 5", "The time is wrong. Weekdays after 17:30" and Eddie:
# "No not Tuesday, I said any time except Thursday mornings. And they can leave a message on the
# machine that's fine", "And yes they CAN leave a voicemail", said after the referral was sent,
# were refused ("I can't do more with that here") or half kept: the times and the voicemail put
# right on the referral.
# -- round 57, helper E1 -- "Sorry, I said after half past 5, not 5" (Yvonne): half past too.
_V6_TIME = r"(?:half past |quarter (?:past|to) )?\d{1,2}(?:[.:]\d\d)?(?: ?[ap]m)?"
_V6_NOT_THAT = re.compile(
    rf"\b(?P<new>(?:after|before|from|until|till|by) {_V6_TIME})[,;]? not (?:(?:after|before|"
    rf"from|until|till|by) )?(?P<old>{_V6_TIME})(?![.:]?\d)"
)
_V6_TIME_WRONG = re.compile(
    r"\b(?:the )?times? (?:you (?:have|ve|put|wrote|got) )?(?:is|are|s|was|were) (?:wrong|not "
    r"right|incorrect)\b|\bwrong times?\b"
)
_V6_ANY_TIME_EXCEPT = re.compile(
    r"\bany ?time,? (?:except|but not|but|apart from|other than|bar|not) (?:on )?[a-z ]{3,30}?"
    r"(?=[.!,;]|$| and\b| that)"
)
_V6_VOICEMAIL_OK = re.compile(
    r"\b(?:voice ?mails?|(?:a )?messages?(?: on the (?:machine|answerphone|answer phone))?|"
    r"answer ?phone) (?:is|s|are|would be) (?:fine|ok|okay|alright|all right)\b|"
    r"(?<!dont )(?<!cant )(?<!not )(?<!never )\b(?:they|you|someone|the worker) (?:can|may|could) "
    r"(?:leave|have) (?:a |me a )?(?:voice ?mail|message)s?\b(?!.{0,20}\?)"
)


def v6_times_put_right(text: str, known: str) -> str | None:
    """The time to ring put right after the referral: "after 5.30 not after 5" changes that
    time in what was kept; "any time except Thursday mornings"; or the times said beside "the
    time is wrong"."""
    lowered = " ".join(text.lower().replace("\u2019", "'").split())
    found = _V6_NOT_THAT.search(lowered)
    if found:
        new = found.group("new")
        old = rf"\b{new.split()[0]} {re.escape(found.group('old'))}(?![.:]?\d)"
        if re.search(old, known, re.I):
            return re.sub(old, new, known, count=1, flags=re.I)
        return new
    anytime = _V6_ANY_TIME_EXCEPT.search(lowered)
    if anytime:
        return anytime.group(0).strip(" ,")
    if _V6_TIME_WRONG.search(lowered):
        for part in re.split(r"(?<=[.!?])\s+", text):
            if (
                not _V6_TIME_WRONG.search(part.lower())
                and "?" not in part
                and re.search(r"\d", part)
                and mentions_times(part)
            ):
                value = read_answer("contact_times", part).value
                if value:
                    return str(value).strip(" .!")
    return None


def v6_voicemail_now_ok(text: str) -> bool:
    """ "And yes they CAN leave a voicemail", "voicemail is fine": a no to voicemail put right."""
    return bool(_V6_VOICEMAIL_OK.search(" ".join(text.lower().split())))


_G96C_QUOTED_NOT = re.compile(
    r"""(?:,\s*)?\bnot\s+['"\u2018\u201c][^'"\u2019\u201d]{2,80}['"\u2019\u201d]"""
)


def _contact_corrections(text: str, words: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Once they agreed to be contacted: a number given late ("07700 900654 mobile only"), or
    the times put right ("WAIT. not evenings!! weekdays 9-4 ONLY")."""
    if answers.get("referral_consent") is not True or not answers.get("contact_safe"):
        return {}
    # g96c (round 96): Kiran, "That's wrong, I said weekdays AFTER 5, not 'not weekdays after 5'"
    # was kept as "weekdays after 5 not not weekdays after 5": our words quoted back after "not"
    # are what they reject, not more times.
    if _G96C_QUOTED_NOT.search(text):
        text = _G96C_QUOTED_NOT.sub(" ", text)
        words = plain(text)
    changes: dict[str, Any] = {}
    details = read_answer("contact_details", text).value
    given = answers.get("contact_details") or "contact_details" in (
        answers.get("skipped_slots") or ()
    )
    # p81e (round 81): "her number is 07700 900733" (Ron, of his daughter) is not his number.
    theirs = not number_is_someone_elses(text)
    if details and given and details != answers.get("contact_details") and theirs:
        changes["contact_details"] = details
    if (
        answers.get("contact_method") == "call"
        and answers.get("voicemail_ok") is not False
        and re.search(r"\b(?:voice ?mails?|messages|answerphone|answer phone)\b", words)
        and read_answer("voicemail_ok", text).value is False
    ):
        # "please tell them NOT to leave a voicemail", "No, she sometimes plays my messages for
        # me": said after the referral was sent, it is put right on the referral.
        changes["voicemail_ok"] = False
    # -- round 50, helper V6 -- a voicemail allowed after all; times put right in other words.
    if answers.get("voicemail_ok") is False and v6_voicemail_now_ok(text):
        changes["voicemail_ok"] = True
    v6_times = v6_times_put_right(text, str(answers.get("contact_times") or ""))
    any_time = p2_any_time_put_right(text, answers)  # -- round 69, helper P2 --
    if any_time:
        changes.update(any_time)
    elif v6_times:
        if v6_times != answers.get("contact_times"):
            changes["contact_times"] = v6_times
    elif mentions_times(text):
        # "can you change it to after 6pm weekdays only": the new times, not the whole message.
        # Only a sentence that says times and asks nothing: "Will they know to ask for Ruth and
        # not dad? And should we still let the carer in on Thursday?" (round 37, Ruth) was
        # stored as the times to call.
        # -- round 39, helper F5 -- and only times: "thats not what i asked?? like if hes outside
        # my door tonight do i call 999 or is that overreacting" (Grace) was stored as the
        # times; "after 4pm weekdays" on its own puts them right.
        times = times_given(text)
        instead = _G1_TIMES_NOT.search(words)
        if instead and answers.get("contact_times") and mentions_times(instead.group("t")):
            # -- round 40, helper G1 --: "it has to be weekdays before 5 not just in the day, hes
            # home weekends" (Chloe, saved as "in the day"): the times before the "not".
            times = read_answer("contact_times", instead.group("t")).value or times
        times = times or s1_times_put_right(text)  # -- round 48, helper S1 --
        if times == "any time" and plain(str(answers.get("contact_times") or "")).startswith(
            "any time"
        ):
            times = None  # z87d (round 87): any time kept already (Gemma, round 80)
        # x86a (round 86): Pat, "NOT tuesdays and fridays ... Any other day", "mondays wednesdays"
        days = x86a_days_put_right(text, str(answers.get("contact_times") or ""))
        if not times and days and x86a_same_days(days, str(answers.get("contact_times") or "")):
            days = None  # the days kept already: said back as kept (dialogue.x86a_days_kept)
        times = times or days
        if (
            times
            and times != answers.get("contact_times")
            and not _vaguer(times, str(answers.get("contact_times") or ""))
            # n80c (round 80) -- "NOT sunday morning. any time. please" (Gemma)
            and not n80c_any_time_kept(text, times, str(answers.get("contact_times") or ""))
        ):
            changes["contact_times"] = p81d_other_limit_added(
                times, str(answers.get("contact_times") or "")
            )
    return changes


# -- round 48, helper S1 --
# "Oh dear, not Tuesday and Thursday mornings, those are the times I am out. Afternoons on any
# day would be best." (Ruth, her times kept backwards): the times that suit, and those to avoid.
_S1_BEST = re.compile(
    r"\b(?:would be|is|are|be) (?:the )?(?:best|better|ideal|easiest|good|fine)\b|\bsuits? me\b"
)
_S1_OUT_THEN = re.compile(
    r"\b(?:times|when) (?:i am|im|i m|i will be|ill be) (?:out|busy|away|not (?:in|home|there))\b"
    r"|^(?:(?:oh dear|oh|no|sorry|oops)\s+)*not\b"
)


def s1_times_put_right(text: str) -> str | None:
    wanted: list[str] = []
    avoid: list[str] = []
    for part in re.split(r"(?<=[.?!\n])\s*", text):
        words = plain(part)
        if not words or "?" in part or not mentions_times(part):
            continue
        said = _f5_times_in(part)
        if not said:
            continue
        if _S1_BEST.search(words):
            wanted.append(said)
        elif _S1_OUT_THEN.search(words):
            avoid.append(said if said.startswith("not ") else f"not {said}")
    return ", ".join(dict.fromkeys(wanted + avoid)) if wanted else None


# x86a (round 86): Pat, 81, after the referral went with her times: "No dear NOT tuesdays and
# fridays, that is when the carer and her son are here. Any other day" and "Please change the
# days. Linda can be rung on mondays wednesdays or thursdays" got "I can't do more with that here":
# no reader took days named alone, or "not X and Y". Days to ring on, and days never to ring, put
# right after the referral (the days to avoid kept when only the days to ring are given).
_X86A_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
_X86A_DAYS = re.compile(rf"\b{_X86A_DAY}(?:(?: ?, ?| )(?:(?:and|or|&) )?{_X86A_DAY})*\b")
# "NOT tuesdays", "No dear NOT tuesdays and fridays", "never on fridays", "except fridays".
_X86A_NOT_BEFORE = re.compile(
    r"(?:^|\b(?:no|dear|but|and|so|please|just|only|any day|any other day|any time|anytime)) "
    r"?(?:not|never|except|apart from|but not)(?: on| the)? $|"
    r"\b(?:dont|don t|do not|never|not to) (?:ring|call|phone|contact|text)(?: \w+){0,2} (?:on )?$"
)
# "Linda can be rung on", "ring her on", "change the days", "any other day": about the days to ring.
_X86A_RING_ON = re.compile(
    r"\b(?:can|could|should|may|best to|better to|please|to) (?:be )?(?:rung|ring|call|called|"
    r"phone|phoned|contact|contacted|text|texted)\b|\b(?:ring|call|phone|contact|text) (?:\w+ )?"
    r"on\b|\b(?:change|changed|put right) (?:the|those|my|her|his) (?:days?|times?)\b|"
    r"\bany other day\b|\bthe days? (?:is|are|should be)\b|\bonly on\b"
)


_X86A_NOT_AFTER = re.compile(
    r"\s*(?:(?:morning|afternoon|evening|night)s? )?(?:isnt|is not|isn t|arent|are not|aren t|"
    r"not|never|no good|are bad|is bad|wont|won t)\b"
)


def _x86a_days_listed(days: str, joined: str) -> str:
    names = re.findall(_X86A_DAY, days)
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {joined} {names[-1]}"


def x86a_days_put_right(text: str, known: str) -> str | None:
    """Days to ring on and days never to ring, said after the referral: "mondays, wednesdays or
    thursdays, not tuesdays and fridays"; None when no days are put right."""
    if re.search(r"\d", text):
        return None  # hours given: the other readers
    wanted: list[str] = []
    avoid: list[str] = []
    for sentence in re.split(r"[.!?\n]+", text):
        words = plain(sentence)
        if not words or is_question(sentence) or _F5_ASKS_SOMETHING.search(words):
            continue
        for clause in re.split(r"\s*[,;:]\s*|\s+-\s+", words):
            for days in _X86A_DAYS.finditer(clause):
                if re.match(r"\s*(?:morning|afternoon|evening|night)s?\b", clause[days.end() :]):
                    continue  # "Not Thursday mornings" (Eddie, round 50): the other readers
                joined = "and" if re.search(r"\band\b", days.group(0)) else "or"
                if _X86A_NOT_BEFORE.search(clause[: days.start()]):
                    avoid.append(_x86a_days_listed(days.group(0), joined))
                elif (
                    _X86A_RING_ON.search(clause)
                    and not re.search(
                        r"\b(?:is|s|are|comes?|come|here|there|visits?|home|when)\b",
                        clause[: days.start()].split(" on ")[0][-40:],
                    )
                    # Not "no sunday morning isnt when to text me" (Gemma, round 80).
                    and not _X86A_NOT_AFTER.match(clause[days.end() :])
                ):
                    wanted.append(_x86a_days_listed(days.group(0), joined))
    if not wanted and not avoid:
        return None
    if wanted and not avoid:
        # The days never to ring, kept from before ("not tuesdays and fridays").
        asked = set(re.findall(_X86A_DAY, " ".join(wanted)))
        avoid = [
            part.strip()
            for part in known.split(",")
            if plain(part).startswith("not ")
            and _X86A_DAYS.search(plain(part))
            and not asked & set(re.findall(_X86A_DAY, plain(part)))
        ]
    said = [*wanted, *(f"not {days}" if not days.startswith("not ") else days for days in avoid)]
    return ", ".join(dict.fromkeys(said))


def x86a_same_days(new: str, known: str) -> bool:
    """ "not tuesdays or fridays" and "not tuesdays and fridays": the same days."""

    def days(said: str) -> str:
        return " ".join(re.sub(r"\b(?:and|or)\b|,", " ", plain(said)).split())

    return bool(new) and days(new) == days(known)


# end x86a


_G1_TIMES_NOT = re.compile(
    r"\b(?:has to be|have to be|must be|should be|needs to be|need to be|i said|i meant|it was|"
    r"its|it s|only) (?P<t>(?:\w+ ){0,5}?\w+) (?:not|instead of) (?:just |only )?(?:in the day|"
    r"daytime|during the day|any ?time|(?:in the )?(?:morning|afternoon|evening)s?)\b"
)


def _vaguer(new: str, known: str) -> bool:
    """ "in the afternoon" after "only in the afternoons, between 1 and 4": said again in
    passing, it does not widen the hours someone gave to keep a call from the man who hurts
    them."""
    periods = set(re.findall(r"\b(?:morning|afternoon|evening|night|weekday|weekend)", plain(new)))
    if re.fullmatch(
        r"(?:only )?(?:in the day|daytime|during the day|the day|days)", plain(new)
    ) and re.search(r"\d", known):
        # -- round 40, helper G1 --: "only calls in the day like i said" after "weekdays
        # before 5" (Chloe): the day said again, not wider hours.
        return True
    return (
        bool(re.search(r"\d", known))
        and not re.search(r"\d", new)
        and bool(periods)
        and all(period in plain(known) for period in periods)
    )


def ask_counts(utterances: Sequence[str | None], prefix: str = "utter_ask_") -> dict[str, int]:
    """How many times each question was asked (or, with ``utter_reask_``, asked again after a
    message that did not answer it), from the names of the responses sent."""
    counts: dict[str, int] = {}
    for name in utterances:
        if name and name.startswith(prefix) and "/" not in name:
            slot = name.removeprefix(prefix)
            counts[slot] = counts.get(slot, 0) + 1
    return counts


# A question asked again after an interruption (WHY, a rights question) is not a miss, but no
# question is asked more than twice in all: the third time feels like a loop.
MAX_ASKS_WITH_INTERRUPTIONS = 2
# The referral question is asked once in full, then reminded in a line after each message that
# does not answer it, at most this many times. After that a question or WHY, RIGHTS or MORE
# still leaves it open (a question is never a no); anything else leaves it open for 'refer me'.
MAX_REMINDERS = 2


# -- round 39, helper F5 --
# After the referral was passed on. Grace (19) asked "like if hes outside my door tonight do i
# call 999 or is that overreacting" and was told they would contact her "at the times you gave
# ("like if hes outside my door tonight...")": only a message that gives times changes them.
# Chris, Maureen (74), Priya and Jordan gave instructions on how to contact them safely ("tell
# them if a woman answers just say wrong number", "Could you put that I'm hard of hearing so they
# don't try to ring?") and got "I can't answer that one here": they are kept with the referral.
# Leon (15), on his friend's phone while waiting for a person: "dont msg this phone".

# Words that may stand beside the times in a message that puts them right ("no the time is after
# 4 thats not a time"): nothing else is said in it.
_F5_AROUND_TIMES = frozenset(
    re.findall(
        r"\S+",
        "no not nope nah wait the time times is its it s thats that a an change changed update "
        "make i said say meant mean only just please pls plz ok okay so like yes yeah yep instead "
        "to be better best fine actually sorry oh ur u you wrong and or but they them contact "
        "call text ring email message me can could should would will then on at in any of for my "
        "are was lol hmm ah er um correct right",
    )
)
# Words that may stand beside the times in a message that is only times ("after 4pm weekdays",
# "weekdays after 6 only please").
_F5_JOINING_TIMES = frozenset(
    re.findall(
        r"\S+",
        "and or only please pls plz at on any between from best is are fine preferably ideally "
        "but to till until then the",
    )
)
# A bare time that says when to contact, not "tomorrow" in passing.
_F5_CONTACT_TIME = re.compile(
    r"\d|\b(?:mornings?|afternoons?|evenings?|nights?|week ?days?|weekends?|daytime|lunchtime|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|noon|midday)\b"
)
# "the time is", "i said after 4", "change it to": a message that puts the times right.
_F5_TIMES_PUT_RIGHT = re.compile(
    r"\b(?:the (?:time|times) (?:is|are|was|were|should be)|i (?:said|meant|mean)|change|changed|"
    r"update|make it|instead|not a time|wrong time|only)\b"
)
_F5_ASKS_SOMETHING = re.compile(
    r"\b(?:question|asked|asking|wondering|what if|do i|should i|can i|is that|is it|if (?:he|she|"
    r"they|hes|shes)|call 999|overreact\w*)\b"
)


_F5_NOT = frozenset({"not", "never", "except", "no"})


def _f5_other_words(part: str, allowed: frozenset[str]) -> list[str]:
    return [word for word in _TIME_WORDS.sub(" ", plain(part)).split() if word not in allowed]


def _f5_times_in(part: str) -> str | None:
    """The times in a sentence, each with a "not" said just before it ("not evenings")."""
    words = plain(part)
    spans = list(_TIME_WORDS.finditer(words))
    if len(spans) > 1:
        # "12 to 2 weekdays": said together, kept together.
        together = words[spans[0].start() : spans[-1].end()]
        if not _f5_other_words(together, _F5_JOINING_TIMES | _F5_NOT):
            before = words[: spans[0].start()].split()[-1:]
            return n2_keep_hour_left_out(
                words, ("not " if before and before[0] in _F5_NOT else "") + together
            )
    found = []
    for said in spans:
        before = words[: said.start()].split()[-1:]
        # -- round 46, helper Q2 --: "i said i SLEEP in the mornings" (Ahmed): not then.
        asleep = re.search(
            r"\b(?:i|we) (?:sleep|go to bed|am asleep|m asleep|am in bed|m in bed)(?: \w+){0,2} ?$",
            words[: said.start()],
        )
        negated = (before and before[0] in _F5_NOT) or asleep
        # k77b (round 77) -- Helen: "I said mornings are difficult": not then.
        not_then = bool(negated) or k77b_said_bad(words, said.group(0))
        found.append(("not " if not_then else "") + said.group(0))
    return n2_keep_hour_left_out(words, ", ".join(dict.fromkeys(found))) or None


# -- round 68, helper n2 -- Derek: "shop hours 9 till 6 but not 4 oclock", "9 till 6 but not
# round 4" was kept as "9 till 6": the hour he can't talk (when the gang comes in) was dropped.
_N2_NOT_AT_HOUR = re.compile(
    r"\b(?:but )?not (?:round|around|at|about|near) ?(\d{1,2}(?: ?(?:oclock|o clock|am|pm))?)\b|"
    r"\bbut not (\d{1,2}(?: ?(?:oclock|o clock|am|pm))?)\b"
)


def n2_keep_hour_left_out(words: str, times: str) -> str:
    """The times, with an hour left out after them kept ("9 till 6, but not around 4")."""
    left_out = _N2_NOT_AT_HOUR.search(words)
    if not times or not left_out or left_out.group(0) in times:
        return times
    return f"{times}, but not around {left_out.group(1) or left_out.group(2)}"


def n2_times_with_hour_left_out(part: str) -> bool:
    """ "i told you, 9 till 6 but not round 4": times and an hour left out, nothing else."""
    words = plain(part)
    left_out = _N2_NOT_AT_HOUR.search(words)
    if not left_out:
        return False
    rest = re.sub(
        r"^(?:i told you|i said|like i said|as i said|i meant|no|shop hours|my hours)\s*",
        "",
        f"{words[: left_out.start()]} {words[left_out.end() :]}".strip(),
    )
    return bool(_F5_CONTACT_TIME.search(rest)) and not _f5_other_words(
        rest, _F5_JOINING_TIMES | _F5_NOT
    )


# -- end of round 68, helper n2 (times) --


# z87d (round 87): Chloe, whose texts were set for any time, put it right with "ANY TIME. stop
# changing it": any time, said on its own, is the time.
_Z87D_ANY_TIME_ALONE = re.compile(
    r"^(?:no |i said |its |it s |it is |just )?any ?time(?: (?:is|its) (?:fine|ok|okay|good))?"
    r"(?: please| pls| for the texts)?$"
)


# n103c (round 103): Bea, after the referral: "Please make sure they know it is between 10am and
# 4pm." was not taken: the asking to pass it on, before the times, is not other words.
_N103C_TELL_THEM = re.compile(
    r"^\s*(?:(?:so|and|please|pls|can you|could you)\s+)*(?:make sure (?:they|the worker|the "
    r"support team) (?:know|knows)|tell (?:them|the worker|the support team)|let (?:them|the "
    r"worker|the support team) know)\s+(?:that\s+)?(?:it is|its|it's|the time is|the times are)"
    r"\s+",
    re.I,
)


def times_given(text: str) -> str | None:
    """The times a message gives to be contacted at, when giving them is what the message does:
    "after 4pm weekdays", "what?? no the time is after 4 thats not a time" (the times alone), but
    never a question with a time in it ("what if he turns up again tonight what do i do")."""
    text = g89f_without_words_not_said(text)  # g89f (round 89): "I did not say tomorrow"
    written = text
    text = p81d_clock_times(text)  # p81d (round 81) -- "not before 9.30" (Leanne) is one time
    text = re.sub(r"\b(\d{1,2}(?:am|pm)?)\s*[-\u2013]\s*(\d{1,2}(?:am|pm)?)\b", r"\1 to \2", text)
    changed_to = _CHANGE_TO.search(text)
    if changed_to and mentions_times(changed_to.group(1)):
        # "can you change it to after 6pm weekdays only": the new times, asked for.
        asked_for = read_answer("contact_times", changed_to.group(1)).value
        return p81d_clock_shown(str(asked_for), written) if asked_for else None
    found: list[str] = []
    whole = " | ".join(plain(part) for part in re.split(r"(?<=[.?!\n])\s*", text) if plain(part))
    for part in re.split(r"(?<=[.?!\n])\s*", text):
        part = _N103C_TELL_THEM.sub("", part)  # n103c (round 103): Bea, "make sure they know"
        words = plain(part)
        if _Z87D_ANY_TIME_ALONE.match(words):
            found.append("any time")  # z87d (round 87): Chloe, "ANY TIME. stop changing it"
            continue
        if (
            not words
            or "?" in part
            or is_question(part)
            or _F5_ASKS_SOMETHING.search(words)
            or not mentions_times(part)
        ):
            continue
        value: str | None = None
        if not _f5_other_words(part, _F5_JOINING_TIMES | _F5_NOT) and _F5_CONTACT_TIME.search(
            words
        ):
            # Nothing but times: kept in their words ("not evenings" with its "not").
            if set(words.split()) & _F5_NOT:
                value = _f5_times_in(part)
            else:
                value = read_answer("contact_times", part).value
        elif n2_times_with_hour_left_out(part):  # -- round 68, helper n2 -- (Derek)
            value = _f5_times_in(part)
        elif (
            _F5_TIMES_PUT_RIGHT.search(words) and len(_f5_other_words(part, _F5_AROUND_TIMES)) <= 2
        ):
            # Times put right in a sentence: the times, not the sentence.
            value = _f5_times_in(part)
        if value and j91c_not_a_contact_time(whole, plain(str(value).strip(" .,!"))):
            # j91c (round 91): "i dont have new email yet. i make it tuesday" (Sunita) is when
            # she will make the email, not a new time to contact her.
            continue
        if value:
            found.append(str(value).strip(" .,!"))
    if not found:
        # -- round 65, lead --: "weekday mornings, he sleeps till dinner time" (Joan, after the
        # referral went with "in the day"): an opening clause of times only is the times.
        first = re.match(r"\s*([^,;.?!\n]+)[,;]", text)
        words = plain(first.group(1)) if first else ""
        if (
            first
            and words
            and "?" not in text
            and not is_question(text)
            and not _f5_other_words(first.group(1), _F5_JOINING_TIMES | _F5_NOT)
            and _F5_CONTACT_TIME.search(words)
        ):
            value = read_answer("contact_times", first.group(1)).value
            if value:
                found.append(str(value).strip(" .,!"))
    times = k77b_times_in_full(text, ", ".join(dict.fromkeys(found)) or None)
    return p81d_clock_shown(times, written) if times else times  # p81d (round 81)


# k77b (round 77) -- Helen: "Not mornings, I said mornings are difficult. Afternoons are better."
# kept only "not mornings": the times said in the whole message ("afternoons, not mornings") are
# taken when they hold every time the sentences gave.
def k77b_times_in_full(text: str, times: str | None) -> str | None:
    if not times:
        return times
    whole = contact_said(text).get("contact_times")
    items = {plain(item) for item in times.split(",") if item.strip()}
    if whole and items < {plain(item) for item in str(whole).split(",")}:
        return str(whole)
    return times


_F5_ADD_IT = re.compile(
    r"\b(?:add|put|note|write|mention|include|let them know|tell them|make sure they know|pass "
    r"(?:that|it) on|can you say)\b"
)
_F5_WRONG_NUMBER = re.compile(r"\bwrong (?:number|person|phone)\b")
_F5_SOMEONE_ELSE_ANSWERS = re.compile(
    r"\bif (?:a |my |the |his |her )?(?:someone|somebody|anyone|anybody|woman|man|he|she|they|"
    r"wife|husband|partner|boyfriend|girlfriend|mum|mom|dad|\w+)(?: else)? (?:answers|answer|"
    r"picks up|pick up|picks it up|gets it|sees it|reads it)\b"
)
_F5_SAY_NOTHING = re.compile(
    r"\b(?:dont|do not|not|never|without) (?:say|saying|tell|telling|mention|mentioning|leave|"
    r"leaving) (?:who (?:they|you) are|why|what (?:its|it s|it is) about|where (?:theyre|they re|"
    r"they are|you are|youre) from|anything|a message)\b|\bjust hang up\b|\bhang up\b"
)
_F5_HEARING = re.compile(
    r"\b(?:deaf|hard of hearing|hearing aids?|(?:cant|can t|cannot) hear|my hearing|hearing "
    r"(?:is|isnt|is not) (?:very |so |that )?(?:good|bad|poor))\b"
)
_F5_NOT_DEAF = re.compile(r"\b(?:im|i am|i m) not (?:deaf|hard of hearing)\b|\bi can hear\b")
_F5_NO_CALLS = re.compile(
    r"\b(?:dont|do not|not|never|wont|no) (?:try (?:to|and) )?(?:ring|call|phone)\b|"
    r"\bno (?:phone )?calls\b|\b(?:text|texts|texting|email) only\b|\bonly (?:text|texts|email)\b"
)
_F5_PLAIN = re.compile(
    r"\b(?:subject|title|heading|header|subject line)\b[^.!?]{0,40}\b(?:victims?|police|crime|"
    r"abuse|domestic|support|charity)\b|\b(?:victims?|police|crime|abuse|domestic)\b[^.!?]{0,40}\b"
    r"(?:subject|title|heading|header|subject line)\b|\b(?:keep|keeping|kept) (?:it|them|the "
    r"(?:messages?|emails?|texts?)|everything|every message) (?:plain|vague|discreet|general|"
    r"neutral)\b|\b(?:wont|will not|wouldnt|doesnt|does not|dont|do not|not|never) (?:say|saying|"
    r"mention|mentioning|put|use|using|have|show) (?:the word |the words )?(?:victims?|police|"
    r"crime|abuse|domestic abuse|victim support)\b"
)
_F5_NOT_FAMILY = re.compile(
    r"\b(?:dont|do not|not|never|must not|mustnt|wont|shouldnt|should not)\b(?: \w+){0,2} "
    r"(?:contact|call|ring|text|email|message|phone|write to|get in touch with|speak to|talk to) "
    r"(?:my |our )?(?:parents|parent|mum|mom|dad|family|mum or dad|mom or dad|mum and dad|"
    r"mom and dad|guardians?|carers?)\b"
)
# "did u?", "right?", "will they?": asking whether it is already so.
_F5_CHECKS = re.compile(
    r"\b(?:did (?:you|u)|have (?:you|u)|wont (?:they|it)|will (?:they|it)|they (?:wont|will "
    r"not)|is that (?:on|in|noted|down))\b"
)
_F5_RIGHT = re.compile(r"\b(?:right|yeah|yes|ok|okay|innit)\s*\?", re.IGNORECASE)


def contact_notes_said(text: str) -> list[str]:
    """How to contact them safely, said as an instruction (``core.contact_notes`` codes), in the
    order said; nothing for a question about what may happen ("will they say who they are?")."""
    words = plain(text)
    notes: list[str] = []
    someone_answers = bool(_F5_SOMEONE_ELSE_ANSWERS.search(words))
    if _F5_WRONG_NUMBER.search(words) and (
        someone_answers or re.search(r"\b(?:say|tell|pretend|make out)\b", words)
    ):
        notes.append("wrong_number")
    elif someone_answers and _F5_SAY_NOTHING.search(words):
        notes.append("not_say_who")
    if m2_speak_up(text):
        notes.append("speak_up")  # -- round 67, helper m2 -- Winston
    elif (
        _F5_HEARING.search(words)
        and not _F5_NOT_DEAF.search(words)
        and (
            _F5_ADD_IT.search(words)
            or _F5_NO_CALLS.search(words)
            or _K5_NOT_HARD_OF_HEARING.search(words)
            or _K5_DEAF_NOT_DISABILITY.search(words)
        )
    ):
        # -- round 65, helper k5 -- Yusra: "not hard of hearing. i am Deaf": in her word.
        notes.append("deaf" if k5_says_deaf(text) else "hard_of_hearing")
        if _K5_DEAF_NOT_DISABILITY.search(words):
            notes.append("deaf_not_disability")
    if (
        _F5_PLAIN.search(words)
        or asks_for_discreet_words(text)
        or k77b_plain_subject(text)
        or q82f_wording_wish(text)  # q82f (round 82): Lily, "dont say rape in the text"
    ):
        notes.append("plain")  # k77b (round 77): "nothing about marriage in the subject"
    if _F5_NOT_FAMILY.search(words):
        notes.append("not_family")
    if c5_refuses_counselling(text):
        notes.append("no_counselling")  # -- round 59, helper f3 -- Pete
    if h5_friends_phone(text):
        notes.append("friends_phone")  # -- round 62, helper h5 -- Mariam
    if c75a_no_texts(text):
        notes.append("no_texts")  # -- round 75, helper c75a -- Precious
    threat = k5_threat_to_come_home(text)
    if threat:
        notes.append(threat)  # -- round 65, helper k5 -- Yusra
    notes += u86c_notes_said(text)  # u86c (round 86): Stanley's house phone, Wayne's Jo
    return notes


# u86c (round 86)
# Stanley, 80, whose daughter is not to know, giving how to contact him: "not the house phone";
# Wayne: "can they talk to jo too". Kept with the other contact instructions.
_U86C_NOT_HOUSE_PHONE = re.compile(
    r"\b(?:not|dont|do not|never|no|wont|shouldnt|mustnt)(?: (?:on|ring|call|phone|use|using|"
    r"to|try|trying|me|them|it))* (?:the |my |our )?(?:house ?phone|home ?phone|landline|land line|"
    r"home number|landline number)\b"
)


def u86c_notes_said(text: str) -> list[str]:
    notes: list[str] = []
    if _U86C_NOT_HOUSE_PHONE.search(plain(text)):
        notes.append("not_house_phone")
    if supporter_too(text):
        notes.append("supporter_too")
    return notes


# end u86c


# -- round 65, helper k5 --
# Yusra (22, Deaf, BSL is her language), after her referral: "deaf not disability for me, deaf
# is my language" and "not hard of hearing. i am Deaf" were both said back as "you're hard of
# hearing, so they won't try to ring you"; and "you tell them he say he come to my flat?", "he
# threat come to my flat. tell them" got "I can't do more with that here". Deaf is said back in
# her word, "not hard of hearing" puts it right, "deaf is not a disability" takes the disability
# off, and a threat to come to their home is kept for the support worker.
_K5_NOT_HARD_OF_HEARING = re.compile(
    r"\b(?:not|isnt|is not|im not|i m not|i am not) (?:hard of hearing|hoh)\b"
)
_K5_DEAF_NOT_DISABILITY = re.compile(
    r"\bdeaf(?: is| its|ness is)? (?:not|isnt|is not) (?:a )?(?:disability|disabled|"
    r"health condition|condition)\b|\b(?:not|isnt|is not) (?:a )?disab\w*\b[^.!?]{0,20}\bdeaf\b|"
    r"\bdeaf (?:is|its) (?:my|our) (?:language|culture|identity)\b"
)
_K5_DEAF_WORD = re.compile(r"\bdeaf\b")
_K5_HOH_SAID = re.compile(r"\bhard of hearing\b")
_K5_THREAT_HOME = re.compile(
    r"\b(he|she|they)\s+(?:(?:has|have|had|did|keeps?|always)\s+)?(?:say|says|said|saying|"
    r"threat|threats|threaten|threatens|threatened|threatening|tell|tells|told me|text|texts|"
    r"texted|message|messages|messaged|wrote|write|writes)\b(?:\s+(?:me|that|to|he|she|they|"
    r"will|would|gonna|going to|is going to|is gonna|ll|hes|shes|theyre|hell|shell|hed|shed|is|was|"
    r"are))*\s+(?:come|coming|comes|turn up|"
    r"turning up|show up)\s+(?:(?:to|round to|round|over to|over|at)\s+)?(?:my|me)\s+"
    r"(flat|house|home|place|door|front door|address)\b"
)


def k5_says_deaf(text: str) -> bool:
    """ "not hard of hearing. i am Deaf", "deaf is my language": Deaf is their word (said
    without calling themselves hard of hearing, or while putting "hard of hearing" right)."""
    words = plain(text)
    if not _K5_DEAF_WORD.search(words):
        return False
    return not _K5_HOH_SAID.search(words) or bool(_K5_NOT_HARD_OF_HEARING.search(words))


def k5_threat_to_come_home(text: str) -> str | None:
    """ "he say he come to my flat", "he threat come to my flat": a threat told of, by the one
    who made it, to come to their home (a ``core.contact_notes`` code), or None. A question
    about what to do if he comes ("what if he comes to my flat?") is not one."""
    words = plain(text)
    found = _K5_THREAT_HOME.search(words)
    if not found:
        return None
    if not re.search(r"\bthreat", found.group(0)) and not _F5_ADD_IT.search(words):
        return None  # "he said he'd come to my house for his things": not told as a threat
    who = found.group(1)
    return "threat_home_he" if who == "he" else "threat_home_she" if who == "she" else "threat_home"


def checks_a_note(text: str) -> bool:
    """ "u said before youd ask them to keep it plain. did u?": whether it is so already."""
    return bool(_F5_RIGHT.search(text)) or (
        is_question(text) and bool(_F5_CHECKS.search(plain(text)))
    )


_F5_THIS_PHONE = (
    r"(?:(?:on|to|at|back (?:on|to)) )?(?:this|dis|the|my) (?:phone|fone|number|mobile)"
)
_F5_DONT_MESSAGE_HERE = re.compile(
    r"\b(?:dont|do not|don t|never|no|stop)\s+(?:\w+\s+)?(?:msg|msging|message|messaging|text|"
    r"texting|txt|reply|replying|write|writing|contact|send|sending)(?: me| anything| back)?"
    rf"(?: (?:{_F5_THIS_PHONE}|here|on here|in here|in this chat|to this chat)|\s*$)"
)
_F5_WILL_THEY_MESSAGE = re.compile(
    r"\b(?:gonna|going to|will|would|are they|is (?:someone|somebody|anyone|a worker)|theyll|"
    r"they ll)\s+(?:\w+\s+)?(?:msg|message|text|reply|write|contact|ring|call)\w*\s+"
    rf"(?:me )?{_F5_THIS_PHONE}\b"
)
_F5_NOT_THEIR_PHONE = re.compile(
    r"\b(?:its|it s|this is|this|thats|that s)\s+(?:not my|my (?:\w+s|\w+ \w+s)|his|her|their|"
    r"(?:\w+s)) (?:phone|fone|mobile)\b|\bif (?:he|she|they|his|her|someone|somebody|my|\w+s) "
    r"(?:\w+ ){0,3}(?:sees|see|finds|reads|checks)\b"
)


# -- round 48, main --
# Aylin, 19, at a friend's: "yes here is ok while im at my friends. but if i go home dont message
# me" was read as "don't message me" now, and "if i go back home how do i tell them to stop
# messaging" likewise: both are about later.
_LATER_AT_HOME = re.compile(
    r"\b(?:if|when|once|after|whenever) (?:i|im|i m|i am) (?:go |get |going |move |moving |am "
    r"|back )?(?:back )?(?:home|at home|to my (?:parents|family|mums|dads|house))\b"
)
_HOW_TO_STOP_THEM = re.compile(
    r"\bhow (?:do|can|would|will) (?:i|we) (?:\w+ ){0,3}?(?:stop|cancel|end)\b(?: \w+){0,3} "
    r"(?:messag\w*|msg\w*|text\w*|writing|contact\w*|replying)\b"
)


def stop_messages_later(text: str) -> bool:
    """Messages here are fine now, not once they are home: "if i go home dont message me",
    "if i go back home how do i tell them to stop messaging"."""
    words = plain(text)
    return bool(_LATER_AT_HOME.search(words)) and bool(
        _F5_DONT_MESSAGE_HERE.search(words) or _HOW_TO_STOP_THEM.search(words)
    )


def fine_here_for_now(text: str) -> bool:
    """ "yes here is ok while im at my friends": a yes to replies here, for now."""
    return bool(
        re.search(
            r"^(?:\W*(?:yes|yeah|yh|ye|yep|ok|okay|sure))\b|\b(?:here|this) (?:is )?(?:ok|okay|"
            r"fine|good|safe)\b|\b(?:ok|okay|fine|safe) (?:here|now|for now|while)\b",
            plain(text),
        )
    )


def asks_not_to_be_messaged_here(text: str) -> bool:
    """ "dont msg this phone", "wait they gonna msg this phone?? its my boys phone, if his older
    bro sees it im dead": nobody may reply in this chat."""
    words = plain(text)
    if stop_messages_later(text):
        return False
    if _F5_DONT_MESSAGE_HERE.search(words):
        return True
    return bool(_F5_WILL_THEY_MESSAGE.search(words)) and bool(
        _F5_NOT_THEIR_PHONE.search(words) or phone_not_theirs(text)
    )


_F5_FAREWELL = re.compile(
    r"\b(?:thanks|thank you|thankyou|thank u|thanku|thx|ta|cheers|bye|byee+|goodbye|good bye|"
    r"good evening|good night|goodnight|night night|take care|see you|speak soon|sorry for "
    r"(?:going on|rambling|the long message|wasting your time|taking up your time)|sorry to "
    r"(?:go on|ramble|bother you)"
    # -- round 69, helper o5 --: Ali, "ok. khuda hafiz" (goodbye in Urdu)
    r"|(?:khuda|allah) hafi[zs]|(?:khuda|allah) hafe[zs])\b"
)


# -- round 75, helper c75d --: "safe" (Liam, 16, after his referral), "safe bro", "aight safe":
# thanks and goodbye in his words. Only the whole last sentence, so "im safe" (not in danger)
# keeps its meaning; at the danger question the form reads the answer, not this.
_C75D_SAFE_BYE = re.compile(
    r"(?:(?:ok|okay|aight|alright|ight|kk|k|ye|yeah|yh|yep) )?safe(?: (?:bro|bruv|bredrin|g|man|"
    r"fam|mate|boss|blud|still|innit|init|x+|thanks|ty))*"
)


def ends_with_goodbye(text: str) -> bool:
    """The last sentence says goodbye or thanks ("Never mind. Thank you for your help."), even
    when a question came before it."""
    parts = [plain(part) for part in re.split(r"[.!?\n]+", text) if plain(part)]
    if not parts or is_question(parts[-1]) or detect_risk(text):
        return False
    said = list(_F5_FAREWELL.finditer(parts[-1]))
    after = parts[-1][said[-1].end() :].split() if said else []
    return (
        (bool(said) and len(after) <= 4)
        or bool(_C75D_SAFE_BYE.fullmatch(parts[-1]))
        or bool(_LEAD78_GOING.fullmatch(parts[-1]))
    )


# Round 78: "thanks. got to go back on the ward" (Joy, a nurse on her break) got "Sorry, I didn't
# understand"; "forget it ill ask whoever texts me. later" (Kyle) got "I can't do more with that".
# Only as the whole last sentence: "i have to go to court next week" is not a goodbye.
_LEAD78_GOING = re.compile(
    r"(?:(?:ok |right |anyway )?(?:i ve |ive |i |im |i m )?(?:got|gotta|have|need|must) (?:to )?go"
    r"(?: now| back(?: on| to)?(?: the)? (?:ward|work|shift|class|school))?|(?:catch you |speak |"
    r"talk )?laters?)"
)


# -- end of round 75, helper c75d --


# y86 (round 86): Priya, after her request was passed on: "ok thank you. i will delete this now"
# (the messages on her phone, as the bot had advised): a goodbye, not "I can't do more".
_Y86_DELETING_NOW = re.compile(
    r"(?:ok |okay |right )?(?:i will|i ll|ill|im going to|i m going to|im gonna|i m gonna|"
    r"i am going to|gonna|going to) (?:go (?:and )?)?(?:delete|clear|wipe) (?:this|these|it|them|"
    r"the (?:chat|messages|texts)|this chat|these messages|my messages)(?: now| after| then)?"
)


def says_deleting_now(text: str) -> bool:
    """The last words say they will now delete these messages from their phone."""
    parts = [plain(part) for part in re.split(r"[.!?\n]+", text) if plain(part)]
    return bool(parts) and bool(_Y86_DELETING_NOW.fullmatch(parts[-1]))


def signs_off(text: str) -> bool:
    """ "Thank you for your help, good evening.", "forget it. I'll ring Tell MAMA myself tomorrow.
    thanks", "thank you. im going to ring the havens now i think. sorry for going on": a goodbye
    in the last words, asking nothing (not "thanks but my arm really hurts")."""
    parts = [plain(part) for part in re.split(r"[.!?\n]+", text) if plain(part)]
    if says_deleting_now(text) and not is_question(text) and not detect_risk(text):
        return True  # y86 (round 86): "ok thank you. i will delete this now" (Priya)
    if parts and _C75D_SAFE_BYE.fullmatch(parts[-1]) and not detect_risk(text):
        return True  # -- round 75, helper c75d --: "safe" (Liam)
    if (
        parts
        and _LEAD78_GOING.fullmatch(parts[-1])
        and not is_question(text)
        and not detect_risk(text)
    ):
        return True  # round 78: "got to go back on the ward" (Joy), "later" (Kyle)
    said = list(_F5_FAREWELL.finditer(parts[-1])) if parts else []
    after = parts[-1][said[-1].end() :].split() if said else []
    return (
        bool(said)
        and len(after) <= 4
        and not re.search(r"\b(?:but|although|however|except|tho|though)\b", " ".join(after))
        and not is_question(text)
        and not detect_risk(text)
    )


# -- round 52, helper Y5 --
# Owen: his carer takes money from his wallet and is rough moving him; "you keep talking about
# the money, im asking about her hurting me" was read as a robbery (force while stealing). A carer
# who takes money and, at other times, hurts: the theft stays (the hurt is asked about apart).
_Y5_CARER = re.compile(
    r"\b(?:carers?|care workers?|care agency|my transfers|moves? me|moving me)\b"
)


def y5_carer_hurts_and_takes(text: str, answers: Mapping[str, Any]) -> bool:
    details = answers.get("account_details") or ()
    said = " ".join(plain(str(line)) for line in (answers.get("said") or ()))
    return "carer" in details or bool(_Y5_CARER.search(plain(text))) or bool(_Y5_CARER.search(said))


# -- round 52, helper Y3 --
# Frank, 79, recorded as 19 (his grandson's age): "I AM 79", "I am 79 years old. please put that
# right", "my age is 79", "I am 79 not 19" were not taken. "nobody robbed me or hurt me", "I was
# not hurt", "he didnt injure me" left "you were hurt"; "lots of times since the summer" left "it
# happened once".
_Y3_OWN_AGE = re.compile(
    r"\b(?:my age is|i am|im|i m)\s+(\d{1,3})(?:\s*(?:years? old|yrs? old|yo)\b|\s+not\s+\d{1,3}\b|"
    r"(?=\s*(?:[.!,;]|$)))"
)
_Y3_NOT_HURT = re.compile(
    r"\b(?:(?:nobody|no one|noone) (?:\w+ (?:me )?(?:or|and) )?(?:hurt|injured|touched|harmed)|"
    r"(?:he|she|they) (?:didnt|did not|never|has never|hasnt) (?:\w+ )?(?:hurt|injure|injured|"
    r"touch|touched|harm|harmed|lay a (?:finger|hand) on)|i (?:was not|wasnt|am not|m not|im "
    # Not "i wasnt hurt badly but my arm hurts" or "i'm not hurt but my son is" (round 52, X1).
    r"not) (?:hurt|injured)(?! badly| too badly| much| that badly| but))\b"
)
_Y3_MANY_TIMES = re.compile(
    r"\b(?:(?:lots of|loads of|many|several|so many|a lot of|a few|\d+) times|over and over|"
    r"again and again|every (?:week|month|day)|since (?:the )?(?:summer|spring|winter|autumn|"
    r"last \w+|january|february|march|april|may|june|july|august|september|october|november|"
    r"december))\b"
)


# j98b (round 98): Bev, at the health question: "I haven't slept properly since July" is how
# long she has been unwell (her own sleep, tablets, nerves), not the crime happening again
# ("it has happened more than once"). "he has messaged me since July" still reads.
_J98B_OWN_STATE_SINCE = re.compile(
    r"\bi (?:\w+ ){0,2}?(?:slept|sleep|sleeping|eaten|eat|eating|gone out|been out|left the house|"
    r"been the same|felt|feel|been on (?:tablets|medication|meds)|taken|taking|take|been taking|"
    r"been anxious|been scared|been able to \w+)\b[^.,]{0,40}?\bsince\b"
)


def j98b_own_state_since_out(text: str) -> str:
    """The text without "since" in a clause about the writer's own sleep, health or tablets."""
    return _J98B_OWN_STATE_SINCE.sub(" ", text)


# -- round 65, helper J2 --
# Gloria, who had said the theft on the bus happened once ("No never"), asked for help: "I need
# my freedom pass back, I cannot pay the bus every day", and the bot said "I've changed that: it
# has happened more than once". A frequency word about the person's own day (the bus, the school
# run, work) is not the crime happening again: "every day" in a sentence with nobody else in it
# (no he/she/they/it) and no harm in it is their routine. "he does it every day", "it happens
# every day", "they come every day", "I get messages every day" still read.
_J2_EVERY = re.compile(r"\bevery (?:single )?(?:day|week|month|morning|night|evening)\b")
_J2_SOMEONE_ELSE_OR_HARM = re.compile(
    r"\b(?:he|hes|she|shes|they|theyre|them|him|her|it|its|this|that|someone|somebody|people|"
    r"gang|boys|men|man|woman|neighbours?|ex|partner|husband|wife|boyfriend|girlfriend|"
    r"happens?|happened|happening|messages?|texts?|texting|calls?|calling|rings|emails?|"
    r"threat\w*|abuse\w*|hits?|hitting|beats?|beating|punch\w*|kicks?|kicking|follow\w*|"
    r"harass\w*|stalk\w*|shout\w*|scream\w*|bull(?:y|ied|ying)|insult\w*|spit\w*|attack\w*|"
    r"steal\w*|stole|taken|broke|break\w*|smash\w*|damage\w*|again)\b"
)


def j2_routine_every_out(sentence: str) -> str:
    """The sentence without "every day" when it is only about the person's own routine ("I
    cannot pay the bus every day", "I take the kids to school every day")."""
    if _J2_EVERY.search(sentence) and not _J2_SOMEONE_ELSE_OR_HARM.search(sentence):
        return _J2_EVERY.sub(" ", sentence)
    return sentence


# -- end of round 65, helper J2 --


# -- round 65, helper J2 --
# Pete, 61, a cabbie, answered the health question "bad back, comes with the job. nothing else",
# then "a bad back dont make me vulnerable, cheeky", "and the back thing. take that off" and
# "I DONT HAVE A DISABILITY. its a bad back": three tries. Saying the condition does not make
# them disabled or vulnerable, or asking to take the condition off, takes it off at once, even
# with the condition named beside it.
_J2_NOT_DISABLED = re.compile(
    r"\b(?:dont|doesnt|does not|do not|dosnt|wont|aint|isnt|is not|not) (?:make|makes|making|mean|"
    r"means) (?:me|him|her|them) (?:\w+ )?(?:vulnerable|disabled)\b"
)
# "I DONT HAVE A DISABILITY. its a bad back": a denial beside an ache, not "I dont have a
# disability, I have MS" or "... but my anxiety is bad" (a condition told beside it).
_J2_DENIED_BESIDE_ACHE = re.compile(
    r"\b(?:i|im|i m|i am)\s+(?:dont|do not|aint|havent|have not|m not|am not|not)\s+(?:got |have )?"
    r"(?:a |any )?(?:disability|disabled|vulnerable)\b|"
    r"\b(?:its|it is|thats|that is|a \w+ \w+ is|a \w+ is)\s+(?:not|nt) (?:a )?(?:disability|"
    r"disabled|vulnerable)\b|"
    r"\bnot (?:a |any )?(?:disability|disabled|vulnerable)\b"
)
_J2_ACHE = re.compile(
    r"\b(?:bad|sore|dodgy|stiff|achy|aching) (?:back|knee|knees|hip|hips|shoulder|neck|leg|legs|"
    r"foot|feet|ankle|wrist|joints)\b|\b(?:back|knee|hip|shoulder|neck) (?:pain|ache|twinge)\b|"
    r"\bbackache\b"
)
_J2_TAKE_OFF = re.compile(
    r"\b(?:take|taking|took) (?:that|it|this|the \w+(?: \w+)?) (?:off|out)\b|"
    r"\b(?:remove|delete|scrap|drop|forget) (?:that|it|this)\b"
)
_J2_CONDITION_NAMED = re.compile(
    r"\b(?:the|my|that|this) (?:\w+ )?(?:thing|bit|condition|disability|health|back|knee|knees|"
    r"hip|hips|leg|legs|arm|shoulder|neck|eyes?|ears?|hearing|sight|asthma|diabetes|vulnerable)\b|"
    r"\bvulnerable\b|\bdisab\w*"
)


def j2_not_disabled(text: str, answers: Mapping[str, Any]) -> bool:
    """ "a bad back dont make me vulnerable", "I DONT HAVE A DISABILITY. its a bad back", "and
    the back thing. take that off": the condition they named is not a disability to them."""
    if answers.get("for_someone_else") or answers.get("for_child"):
        return False
    words = plain(text)
    if _J2_NOT_DISABLED.search(words):
        return True
    if _J2_DENIED_BESIDE_ACHE.search(words) and _J2_ACHE.search(words):
        return not has_condition(_J2_ACHE.sub(" ", _J2_DENIED_BESIDE_ACHE.sub(" ", words)))
    return bool(_J2_TAKE_OFF.search(words) and _J2_CONDITION_NAMED.search(words))


# -- end of round 65, helper J2 --


# -- round 66, helper l5 --
# Dave: "told you, dodgy back. its not relevant mate" after a condition was noted: the condition
# he names is one he says is beside the point, so it is taken off.
def l5_irrelevant_condition_named(text: str, answers: Mapping[str, Any]) -> bool:
    if answers.get("for_someone_else") or answers.get("for_child"):
        return False
    words = plain(text)
    named = _J2_CONDITION_NAMED.search(words) or _J2_ACHE.search(words) or has_condition(words)
    return bool(named) and l5_condition_said_irrelevant(words)


# -- end of round 66, helper l5 --


def l100c_not_wounded(text: str, details: Sequence[str], changes: dict[str, Any]) -> None:
    """l100c (round 100): Farah, "i wasnt wounded?? i said i WASNT stabbed. he pulled my scarf
    and spat": no wounding, and no weapon unless one is named beside the denial."""
    words = plain(text)
    if not account.L100C_NOT_WOUNDED.search(words):
        return
    kept = list(changes.get("account_details", details))
    rest = account.L100C_NOT_WOUNDED.sub(" ", words)
    drop = {"serious_injury"} if account._SERIOUS_INJURY.search(rest) is None else set()
    if "weapon" in kept and not account._WEAPON.search(rest):
        drop.add("weapon")
    if drop & set(kept):
        changes["account_details"] = [d for d in kept if d not in drop]


def _y3_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    lowered = " ".join(text.lower().replace("\u2019", "'").replace("'", "").split())
    said = _Y3_OWN_AGE.search(lowered)
    own = not answers.get("for_child") and not answers.get("for_someone_else")
    own = own or changes.get("for_someone_else") is False or changes.get("for_child") is False
    if said and own and "age" not in changes and answers.get("age") is not None:
        age = float(said.group(1))
        if 5 <= age <= 110 and age != answers.get("age"):
            changes.update(age=age, under_18=age < 18)
    details = list(answers.get("account_details") or [])
    if "injured" in details and _Y3_NOT_HURT.search(plain(text)):
        # l100c (round 100): a serious injury goes with it ("i was not injured", Farah).
        changes["account_details"] = [d for d in details if d not in ("injured", "serious_injury")]
    l100c_not_wounded(text, details, changes)
    # -- round 53, helper Z5 --: not "youve said that 3 times", "been at the hospital every day"
    # -- round 65, helper J2 --: not "I cannot pay the bus every day" (Gloria), "I take the kids
    # to school every day", "I work every day": their own routine, not the crime again.
    # -- round 77, lead --: not "but it was one scam, just i paid 3 times" (Yasmin), which the
    # account already reads as one scam (account.k77d_not_repeat_out).
    counted = " . ".join(
        j98b_own_state_since_out(
            j2_routine_every_out(
                account.z5_not_repeat_out(
                    account.o1_not_repeat_out(
                        # h90b (round 90): Jordan's "ENGLISH. how many times" (annoyed)
                        account.k77d_not_repeat_out(account.h90b_not_repeat_out(plain(part)))
                    )
                )
            )
        )
        for part in re.split(r"[.!?\n]+", text)
    )
    if answers.get("repeat_victimisation") is False and _Y3_MANY_TIMES.search(counted):
        changes["repeat_victimisation"] = True


# -- round 66, helper l1 --
# Marcus, 45, hurt by officers in a stop and search: "It WAS the police. Two officers. Not
# 'someone I don't know'" was changed to "it was someone you know" (his "not someone I don't
# know" taken as knowing them). Police officers he has never met are not known to him: naming
# the police keeps "someone you don't know" (and the worker reads his words).
_L1_POLICE_NAMED = re.compile(
    rf"\b(?:it was|it were|its|it s|they were|theyre|they re|they are|was) (?:the |two |2 |three |"
    rf"3 |some |a couple of )?(?:met )?{account.K1_POLICE}\b|"
    r"\b(?:two|2|three|3) (?:met |police )?(?:officers|coppers|cops)\b"
)
_L1_KNOWS_OFFICER = re.compile(
    r"\b(?:i|we) (?:do )?know (?:him|her|them|the officers?|that officer)\b(?! (?:from|by) sight)|"
    r"\b(?:my|our) (?:ex|partner|husband|wife|boyfriend|girlfriend|neighbour|brother|sister|son|"
    r"dad|father|mum|mother|cousin|friend)\b"
)


def l1_police_named(text: str) -> bool:
    """ "It WAS the police. Two officers": police officers named as who did it, with nothing
    said of knowing them."""
    words = plain(text)
    return bool(_L1_POLICE_NAMED.search(words)) and not _L1_KNOWS_OFFICER.search(words)


# "Stopped and searched 4 times this year. Different officers. This is the first time they hurt
# me" (Marcus) was noted as "it happened once": stopped again and again is more than once.
_L1_TIMES_OVER = re.compile(
    r"\b(?:stopped|searched|stopped and searched|stop(?:ped)? and search(?:ed)?|pulled over|"
    r"targeted|picked on|harassed)\b(?: me)?(?: like)? (?:[2-9]|[1-9]\d|two|three|four|five|six|"
    r"seven|eight|nine|ten|loads of|lots of|so many|many) times\b|"
    r"\b(?:theyve|they ve|they have|police have|theyd|they had) (?:\w+ )?(?:stopped|searched) "
    r"(?:me )?(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|eight|nine|ten) times\b"
)


def l1_times_over(text: str) -> bool:
    return bool(_L1_TIMES_OVER.search(plain(text)))


# -- end of round 66, helper l1 --


# -- round 69, helper o1 --
# Olu: "no it happen one time, last night only. i dont know them" (after "I've noted: it has
# happened more than once") was not taken: "it happen one time" is "it happened once". Ella, 14,
# asked "Has this happened more than once": "i literally just said 2 weeks??" was asked again.
_O1_ONE_TIME = re.compile(
    r"\b(?:it|this|that|which)(?: (?:only|just|really|honestly))? (?:happen|happens|happened|"
    r"happend|hapen|hapened|was|occurred|has happened|has been|s been|s only been|only been) "
    r"(?:only |just )?(?:the )?(?:one time|once)\b(?! (?:before|also|too|as well|and|or|more|"
    r"already|a|an|in a|every|per|each|this|that|at|with)\b)|"
    r"\b(?:one time|once) (?:only|just)\b"
)
# More than once told beside it: "it happened one time before", "once last week and again today".
_O1_MORE_BESIDE = re.compile(
    r"\b(?:again|before|another|twice|other times?|more times|many times|every|keeps?|kept|came "
    r"back|comes back|come back|since)\b"
)


def o1_one_time_said(words: str) -> bool:
    """ "it happen one time", "i told you it was one time": once, said outright (plain text)."""
    words = account.o1_not_repeat_out(words)
    return bool(_O1_ONE_TIME.search(words)) and not _O1_MORE_BESIDE.search(
        _O1_ONE_TIME.sub(" ", words)
    )


_O1_SAID_ALREADY = re.compile(
    r"^(?:(?:no|yes|yeah|i|ive|i ve|i have|literally|already|just|did|even|clearly|like|omg|"
    r"bro|mate)\s+)*(?:said|told you|told u|wrote|typed|put|mentioned)\s+"
)


def o1_says_how_long_again(text: str) -> bool:
    """ "i literally just said 2 weeks??": how long it has gone on, said again (read at the
    repeat question by n4_repeat_by_how_long)."""
    return any(
        _N4_GOING_ON_FOR.match(_O1_SAID_ALREADY.sub("", plain(sentence)))
        for sentence in re.split(r"[.!?\n;]+", text)
        if _O1_SAID_ALREADY.match(plain(sentence))
    )


# -- end of round 69, helper o1 --


# -- round 71, helper x71b --
# Ama: "no not trafficking!! he is my husband. we are married 9 years" took the trafficking label
# away, but the husband was not taken as the one who did it ("Do you know who did it?" came
# again). A partner or relative named as the trafficking label is put right did it: domestic
# abuse (papers and money kept at home). Ryan: "yanked it proper thats how i did my wrist", after
# "a theft" was noted: force that hurt him while taking it makes it a robbery.
def x71b_trafficking_was_partner(
    text: str, answers: Mapping[str, Any], changes: Mapping[str, Any]
) -> dict[str, Any]:
    if answers.get("crime_type") != "human_trafficking" or answers.get("relationship_to_offender"):
        return {}
    words = plain(text)
    if not (_Q4_NOT_TRAFFICKED.search(words) or "crime_type" in changes):
        return {}
    said = next((found for found in _IT_WAS.finditer(words)), None)
    if said is None:
        return {}
    who = read_answer("relationship_to_offender", said.group(0)).value
    if who not in ("partner_or_ex", "family_member"):
        return {}
    return {"crime_type": "domestic_abuse", "relationship_to_offender": who}


def x71b_theft_was_robbery(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    if answers.get("crime_type") != "theft":
        return {}
    return {"crime_type": "robbery"} if account.x71b_hurt_in_the_snatch(plain(text)) else {}


# -- end of round 71, helper x71b --


# -- round 73, helper y73c --
# Agnes, 70: "It is about my grandson Daniel" (read as writing for her child), then "He has my
# bank card and he takes most of my pension each month ... he shouts if I ask about it" was still
# "you're telling me about your child"; "No, he is my grandson, not my child. He is 26. It is me
# it is happening to" made it "they're an adult, so the questions are about them"; "Nothing
# happened to Daniel. Daniel takes MY money. I am the one. I am 70", "It has happened to ME
# every month since about March. Please stop saying them." changed nothing. A relative told as
# the one who DOES it to the writer is the offender, and "it is me it is happening to", "I am the
# one", "stop saying them" put the questions back on the writer.
# Helen, typing for her daughter Amy: "its her thats the victim not me, shes 19" (at the privacy
# question) left "your child", so threats got the text for a child witness ("the officer in your
# child's case", "the boys"). A grown son or daughter's age, told later, makes them an adult.
# Bola, writing about her son Tobi, 16, stabbed: "i wasnt hurt, he was. so nothing for his arm
# then??" wiped the stabbing ("What happened?" again): who was hurt, not that nothing happened.
_Y73C_ABOUT_ME = re.compile(
    r"\b(?:(?:its|it s|it is|it was) me (?:it|this|that) (?:is |was |s |has been )?"
    r"(?:happening|happened|happens) to|"
    # lead (round 99): Rob, whose son (28) takes his money and pushed him: "no its me thats been
    # hurt not him" was read as writing for an adult son.
    r"(?:its|it s|it is|it was) me (?:thats|that s|that has|that is|whos|who s|who has|who is|"
    r"that was|who was|that got|who got) (?:been )?(?:hurt|hit|pushed|attacked|robbed|the victim|"
    r"being hurt|getting hurt)|(?:it|this) (?:has|s) (?:been )?(?:happened|happening) to "
    r"me|i am the one(?! who| that| to (?:call|ring|report|contact|speak))|(?:it|this) is about "
    r"me|(?:its|it s) about me|i am writing about (?:me|myself)|(?:its|it s|it is) my (?:money|"
    r"pension|card|bank card|savings) (?:he|she|they) (?:takes|took|take|is taking|has)"
    # l100d (round 100): Carmen, "I am not writing for anyone else. It is ME. There is no child.",
    # "it is me he hit, my husband".
    r"|(?:i am|im|i m) not writing for (?:any|some)(?:one|body)(?: else)?|(?:it is|its|it s) me "
    r"(?:he|she|they) (?:hit|hurt|hits|hurts|attacked))\b"
)
_Y73C_NOTHING_TO_THEM = re.compile(
    r"\bnothing (?:has )?(?:happened|happens) to (?:him|her|them|\w+)\b"
)
_Y73C_TAKES_MINE = re.compile(
    r"\b\w+ (?:takes|took|is taking|has taken|has|keeps|spends) (?:all |most of |half )?my "
    r"(?:money|pension|card|bank card|cards|savings|benefits)\b"
)
_Y73C_STILL_THEM = re.compile(
    r"\b(?:happened|happening|happens) to (?:my|our) (?:son|daughter|child|kid|boy|girl|grandson|"
    r"granddaughter|\w+ year old)\b|\b(?:like|as if|as though|saying|say|said) (?:its|it s|it is|"
    r"it was) me\b"
)
_Y73C_STOP_SAYING_THEM = re.compile(r"\bstop (?:saying|calling (?:me|it) )(?:them|they)\b")
_Y73C_NOT_ABOUT_ME_AFTER = re.compile(r"\b(?:hes|shes|he is|she is|he s|she s|theyre|they are)\b")
# "i wasnt hurt, he was", "i wasnt hurt it was him", "i wasnt, my son was": who was hurt.
_Y73C_OTHER_WAS_HURT = re.compile(
    r"\bi (?:wasnt|was not|werent|wasn t)(?: hurt| injured| stabbed| attacked| the one)? (?:he|she|"
    r"they|my \w+|\w+) (?:was|were|got)\b|\bi (?:wasnt|was not) (?:hurt|injured|stabbed|attacked)"
    r" (?:it was|its|it s) (?:him|her|them|my \w+)\b|\bit was (?:him|her|them|my \w+) not me\b"
)


def y73c_its_the_writer(words: str) -> bool:
    """Said outright that it happens to the one writing (words ``plain``)."""
    if _Y73C_STILL_THEM.search(words):
        return False  # "stop saying you like its me it happened to. It happened to my son"
    if _Y73C_ABOUT_ME.search(words):
        return True
    return bool(_Y73C_STOP_SAYING_THEM.search(words)) and not _Y73C_NOT_ABOUT_ME_AFTER.search(words)


def y73c_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """Whom it is about, and who was hurt, put right (see the notes above)."""
    words = plain(text)
    child = changes.get("for_child", answers.get("for_child"))
    other = changes.get("for_someone_else", answers.get("for_someone_else"))
    if (child or other) and (
        y73c_its_the_writer(words)
        or (
            _Y73C_NOTHING_TO_THEM.search(words)
            and (_Y73C_TAKES_MINE.search(words) or account.done_to_the_writer(words))
        )
    ):
        for slot in ("for_child", "for_someone_else"):
            if changes.get(slot, answers.get(slot)):
                changes[slot] = False
        own = _Y3_OWN_AGE.search(words) or re.search(r"\b(?:im|i am|i m) (\d{2,3})\b", words)
        if own and 18 <= int(own.group(1)) <= 110:
            changes.update(age=float(own.group(1)), under_18=False)
        elif answers.get("age") is not None and (child or float(answers["age"]) < 18):
            changes.update(age=None, under_18=None)  # the child's or the relative's age
        if (
            account.y3_relative_takes_mine(words)
            or account.done_to_the_writer(words)
            or account.n2_relative_has_my_money(words)
        ) and changes.get(
            "relationship_to_offender", answers.get("relationship_to_offender")
        ) is None:
            changes["relationship_to_offender"] = "family_member"
    elif child and changes.get("for_child") is not False and not _Y3_OWN_AGE.search(words):
        grown = account.their_age(words)
        if grown is not None and 18 <= grown <= 110:
            # "its her thats the victim not me, shes 19": a grown-up son or daughter.
            changes.update(for_child=False, for_someone_else=True, age=float(grown), under_18=False)
    if (
        answers.get("crime_type")
        and "crime_type" in changes
        and changes["crime_type"] is None
        and _Y73C_OTHER_WAS_HURT.search(words)
    ):
        changes.pop("crime_type")  # "i wasnt hurt, he was": the crime stays
        if "account_details" in changes:
            kept = list(answers.get("account_details") or [])
            changes["account_details"] = list(dict.fromkeys([*kept, *changes["account_details"]]))


_Y73C_THEIR_AGE = re.compile(r"\b(?:hes|he s|he is|shes|she s|she is|theyre|they are) \d{1,3}\b")
_Y73C_MY_AGE = re.compile(r"\b(?:im|i m|i am) \d{1,3}\b")


def y73c_relative_does_it(reading: Reading, turn: Turn, found: dict[str, Any]) -> None:
    """A relative written about earlier, told now as the one who does it to the writer ("He
    has my bank card and he takes most of my pension"): the questions are about the writer."""
    if turn.opening or not (turn.answers.get("for_child") or turn.answers.get("for_someone_else")):
        return
    words = plain(turn.text)
    if not (
        account.y3_relative_takes_mine(words)
        or account.done_to_the_writer(words)
        or account.n2_relative_has_my_money(words)
        or account.l1_relative_is_the_one(words)
    ):
        return
    earlier = [said for said in turn.answers.get("said") or () if said != turn.text]
    told = account.read_account(" . ".join([*earlier, turn.text]))
    if (
        told.for_child
        or told.for_someone_else
        or told.offender
        not in (
            "family_member",
            "partner_or_ex",
        )
    ):
        return  # harm to the relative told too, or the one doing it is not that relative
    for slot in ("for_child", "for_someone_else"):
        if turn.answers.get(slot):
            reading.slots[slot] = False
            found.pop(slot, None)
    reading.noted["for_child"] = False
    if _Y73C_THEIR_AGE.search(words) and not _Y73C_MY_AGE.search(words):
        # "hes my son, hes 38. he takes my pension" (the suite's mother of 66, lead): the age is
        # the son's, not the writer's, who is asked hers.
        for slot in ("age", "under_18"):
            found.pop(slot, None)
            reading.slots.pop(slot, None)
    if turn.answers.get("relationship_to_offender") is None:
        reading.slots["relationship_to_offender"] = told.offender
        reading.noted["relationship_to_offender"] = told.offender
    if turn.answers.get("crime_type") is None and told.crime_type:
        found.setdefault("crime_type", told.crime_type)


# -- end of round 73, helper y73c --


# -- round 73, helper y73d --
# Stan, 83, after the result said "you feel afraid or distressed about giving evidence": "That is
# wrong. I am NOT afraid or distressed about giving evidence. Please take that off." got "I can't
# answer that one here". A reason in the result denied is put right, as other corrections are.
_Y73D_NOT_AFRAID = re.compile(
    r"\b(?:im|i m|i am|i was|i wouldnt be|i would not be|i will not be|i wont be|i do not feel|i "
    r"dont feel)(?: not| never)? (?:\w+ )?(?:afraid|scared|frightened|worried|nervous|distressed|"
    r"intimidated)(?: (?:or|and) (?:\w+ )?(?:afraid|scared|frightened|worried|nervous|distressed|"
    r"intimidated))? (?:of|about|at|by) (?:court|giving evidence|going to court|the court|"
    r"evidence|giving my evidence|being a witness)\b"
)


def y73d_not_afraid_after_all(text: str) -> bool:
    """ "I am NOT afraid or distressed about giving evidence. Please take that off." """
    words = plain(text)
    found = _Y73D_NOT_AFRAID.search(words)
    return (
        found is not None
        and bool(re.search(r"\b(?:not|never|wouldnt|wont|dont)\b", found.group(0)))
        and not _T2_BUT_AFRAID.search(words)
    )


# Bola: "after 6 is best im at work in the day" was sent as "after 6, in the day", and "NOT in the
# day. i said im at work in the day. only after 6pm" as "in the day, only after 6pm". A time
# given as when they are busy (at work, driving) or with "not" is a time NOT to call: the safe
# times first, then the ones to avoid ("only after 6pm, not in the day").
_Y73D_BUSY = (
    r"(?:not|never|no|except|(?:im|i am|i m|ill be|i will be|i|we are|were) (?:at work|in work|"
    r"working|on shift|driving|busy|asleep|at school|at college|at uni|out))"
)


# g96c (round 96): "Weekdays after 5 please, I work" (Kiran) was said back as "I work, not Weekdays
# after 5 please": a time asked for with "please" is the time wanted, whatever follows.
_C75A_SUITS = re.compile(
    r"\b(?:fine|best|better|good|ok|okay|great|ideal|easiest|perfect|please|pls|plz)$"
)


def y73d_busy_times(text: str, times: str | None) -> str | None:
    """The times said back with the busy ones marked "not"."""
    if not times:
        return times
    words = p81d_sentences_apart(text)  # p81d (round 81, Grace)
    wanted: list[str] = []
    avoid: list[str] = []
    marked = False
    for item in (part.strip() for part in times.split(",")):
        if not item:
            continue
        bare = plain(item)
        if bare.startswith("not "):
            avoid.append(item)
        elif _C75A_SUITS.search(bare):
            # -- round 75, helper c75a --: "mornings im at work, after 5 is fine": the busy
            # words before the comma are about the mornings, not the time said to suit.
            wanted.append(item)
        elif (
            re.search(
                rf"\b{_Y73D_BUSY}(?: (?:usually|always|mostly|normally|all))? {re.escape(bare)}\b",
                words,
            )
            # -- round 75, helper c75a -- "in day I am busy"
            or c75a_busy_after(words, bare)
        ) and not _r1_call_me_at_work(words, bare):  # p81d (round 81): "only when im at work"
            avoid.append(f"not {item}")
            marked = True
        else:
            wanted.append(item)
    if not wanted or not marked:
        return times  # nothing marked: kept in the order they were said
    if any(_T84G_OWN_EXCEPTION.search(plain(item)) for item in wanted):
        return times  # t84g (round 84): the busy time explains their own "except", kept whole
    return ", ".join(dict.fromkeys(wanted + avoid))


# t84g (round 84) -- Priya: "any time except when im on shift, usually 8 till 4" was said back in
# quotes as "..., not usually 8 till 4": the times they gave are quoted as their own words, and
# a busy time that explains the exception they already wrote needs no "not" added.
_T84G_OWN_EXCEPTION = re.compile(r"\b(?:except|apart from|other than|but not|bar|besides)\b")
# end t84g


def y73d_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    if answers.get("fear_of_giving_evidence") is True and y73d_not_afraid_after_all(text):
        changes["fear_of_giving_evidence"] = False
    if changes.get("contact_times"):
        changes["contact_times"] = y73d_busy_times(text, changes["contact_times"])


# Dariusz, 34, at the car wash ("my boss no pay me 2 month", "i work car wash in ealing, i sleep
# there in back room. boss keep my passport"), was asked "Were you under 18 when it happened?"
# straight after "34": trafficking is a crime often told years later, and nothing said when. It
# is told in the present: going on now, so within the year, and the question is not asked.
_Y73D_GOING_ON_NOW = re.compile(
    r"\b(?:i|we) (?:work|working|sleep|live|stay|am working|m working)\b.{0,40}\b(?:there|for "
    r"(?:him|them|her)|car ?wash|farm|factory|restaurant|nail bar|kitchen|site|house)\b|\b(?:boss|"
    r"he|she|they|them) (?:keep|keeps|keeping|has|have|hold|holds|still (?:has|have|keeps?)) "
    r"(?:my|our) (?:passport|passports|id|id card|documents|papers)\b|\b(?:no|not|dont|doesnt|"
    r"never) pay(?:ing)? (?:me|us)\b"
)


def y73d_going_on_now(said: Any) -> bool:
    return any(_Y73D_GOING_ON_NOW.search(plain(str(one))) for one in said or ())


_Y73D_ASKS = re.compile(
    r"\b(?:is (?:that|it|this)|was (?:that|it)|does (?:that|it)|do i|should i|can i|what|why|"
    r"how|where)\b.{0,40}$|\bor not\s*$"
)


def y73d_asks_or_puts_right(text: str, reading: Reading | None = None) -> bool:
    """A question ("racist abuse, is that a hate crime") or a correction, not a yes or no."""
    asks = "?" in text or bool(_Y73D_ASKS.search(plain(text)))
    return asks or bool(reading is not None and reading.corrected)


def y73d_form_answers(turn: Turn, reading: Reading) -> None:
    if (
        turn.requested == "referral_consent"
        and reading.slots.get("referral_consent") is True
        and re.match(r"(?:ok|okay|k|right|fine)\b", plain(turn.text))
        and read_answer("referral_consent", turn.text).value is None
        and y73d_asks_or_puts_right(turn.text)
    ):
        # Chloe: "ok. but you said no to the havens before, so do i go there or not" is an "ok"
        # to what she was told, then a question: not a yes to being contacted.
        reading.slots.pop("referral_consent")
    if (
        turn.requested == "referral_consent"
        and "referral_consent" in reading.skipped
        and reading.slots.get("referral_consent") is None
        and read_answer("referral_consent", turn.text).declined is not True
        and y73d_asks_or_puts_right(turn.text, reading)
    ):
        # Chloe, Kofi, Lee: a question or a correction at the consent question leaves it open.
        reading.skipped.remove("referral_consent")
        closing = moving_on("referral_consent")
        reading.say = [said for said in reading.say if said.response != closing]
    if reading.slots.get("contact_times"):
        reading.slots["contact_times"] = y73d_busy_times(
            turn.text, str(reading.slots["contact_times"])
        )
    answers = {**turn.answers, **reading.slots}
    if (
        answers.get("within_12_months") is None
        and answers.get("crime_type") in ("human_trafficking", None, "other")
        and "labour_told" in (answers.get("account_details") or ())
        and "as_a_child" not in (answers.get("account_details") or ())
        and y73d_going_on_now([*(turn.answers.get("said") or ()), turn.text])
    ):
        reading.slots["within_12_months"] = True


# -- end of round 73, helper y73d --


# -- round 73, helper z73d --
# Joyce (r73b, 77): "And my hearing is not good on the phone", "I cant hear very well on the
# phone you see": hard of hearing on the phone cannot phone (routes by text, email, online).
# "a bit deaf in one ear" (round 71) still phones: nothing here reads it.
_Z73D_HARD_TO_HEAR_ON_PHONE = re.compile(
    r"\b(?:my hearing (?:is |s )?(?:not (?:so |very |too |that )?(?:good|great)|(?:very |quite |"
    r"really )?(?:bad|poor))|(?:^|\bi )(?:cant|cannot|can t|dont|do not|struggle to) hear (?:very "
    r"|too |so |that )?(?:well |much |properly |clearly )?|(?:im|i am) (?:\w+ )?hard of hearing) "
    r"(?:on|over|with) the (?:tele)?phone\b"
)
# Kyle (r73c, Deaf): "yes. but NO phone call. text or email only": never asked about a voicemail.
_Z73D_NO_CALLS = re.compile(
    r"\b(?:no|not|dont|don t|do not) (?:want )?(?:a )?(?:phone ?)?(?:calls?|phone|phoning|ring)\b|"
    r"\b(?:text|texts|email|e mail)(?: or (?:text|texts|email|e mail))? only\b"
)
# Sandra (r73b): "Weekday afternoons, 1 till 4 ... Don't leave a message", then asked about it.
_Z73D_NO_MESSAGE = re.compile(
    r"\b(?:dont|don t|do not|never|no) (?:leave|leaving) (?:a |any )?(?:voice ?)?(?:messages?|msg|"
    r"voicemails?)\b|\bno (?:voice ?mails?|voicemails?)\b"
)
# George (r73a): "Landline. 01689 555 217. Not before 10 I walk the dog."; Fatima (r73c): "phone
# 07911 482 306. not before 9 the kids are at school then": the time, given with the number.
_Z73D_NOT_BEFORE = re.compile(
    r"\b(?:not (?:before|until|till|til)|no earlier than) \d{1,2}(?:[:.]\d\d)?(?: ?[ap]m)?"
    r"(?: (?:in the )?(?:morning|evening|afternoon))?\b"
)
# Nadia (r73a): "this is my friend Shirin phone. ask for nadia": whose phone it is, not that she
# writes for her friend (the referral question then asked about "help for them").
_Z73D_PHONE_OWNER = re.compile(
    r"\b(?:this is|this s|its|it s|im using|i am using|using|on|from) (?:my )?(?:friend|sister|"
    r"brother|cousin|neighbour|neighbor|mum|mother|dad|aunt|auntie|aunty|colleague|flatmate)"
    r"(?: s|s)?(?: \w+)?(?: s|s)? (?:phone|mobile|number|fone)\b"
)
# Kyle: "email. kyle.baptiste23@gmail.com. this phone is brother phone": an email address given
# as the way, read as a call. "change contact to email" after the result changes it.
_Z73D_PHONE_NUMBER = re.compile(r"(?:\+44|\b0)\s*\d(?:[\s-]*\d){8,10}\b")
_Z73D_CHANGE_TO = re.compile(
    r"\b(?:change|switch|make|put|swap)\b(?: (?:my|the|it|contact|way|method|of|how|to contact|"
    r"you contact me|they contact me|me|that))* to (?P<way>email|e mail|text|texts|a text|"
    r"phone|a call|call|calls)\b|\bnot (?:by )?(?:phone|call)\W+(?P<way2>email|e mail|text)\b"
)
_Z73D_CONTACT_SLOTS = ("contact_times", "contact_method", "contact_details", "voicemail_ok")


# n94a (round 94): Hazel, 68: "I don't like the telephone much, my hearing isn't good": the
# phone disliked beside poor hearing, said in either order, is a call that would not be heard.
N94A_PHONE_AND_HEARING = re.compile(
    r"\b(?:dont|do not|don t) (?:like|get on with|manage) (?:the |using the )?(?:tele)?phones?\b"
    r"[^.!?]{0,25}\b(?:my )?hearing (?:is |s )?(?:not|isnt|is not|aint|bad|poor)\b|"
    r"\bmy hearing (?:is |s )?(?:not|isnt|is not|aint|bad|poor)\b[^.!?]{0,25}\b(?:dont|do not|"
    r"don t|cant|cannot|can t) (?:like|get on with|manage|use) (?:the |using the )?"
    r"(?:tele)?phones?\b"
)


def z73d_hard_to_hear_on_phone(text: str) -> bool:
    words = plain(text)
    return bool(_Z73D_HARD_TO_HEAR_ON_PHONE.search(words) or N94A_PHONE_AND_HEARING.search(words))


def z73d_no_calls(said: Sequence[str]) -> bool:
    return any(_Z73D_NO_CALLS.search(plain(str(one))) for one in said)


def z73d_contact_change(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """ "change contact to email" (Kyle, after being referred): the way changed."""
    if answers.get("referral_consent") is not True or not answers.get("contact_method"):
        return {}
    english = p81d_english_after_all(text, answers)  # p81d (round 81): Harjit
    if english:
        return english
    found = _Z73D_CHANGE_TO.search(plain(text))
    way = found and (found.group("way") or found.group("way2"))
    if not way:
        return {}
    method = {"e mail": "email", "texts": "text", "a text": "text", "phone": "call"}.get(way, way)
    method = "call" if method in ("a call", "calls") else method
    if method == answers.get("contact_method"):
        return {}
    changes: dict[str, Any] = {"contact_method": method}
    known = str(answers.get("contact_details") or "")
    address = EMAIL.search(text)
    number = _Z73D_PHONE_NUMBER.search(text)
    if method == "email" and address:
        changes["contact_details"] = address.group(0)
    elif method == "email" and "@" not in known:
        return {}  # no address to write to: asked by the support worker, not guessed
    elif method != "email" and number:
        changes["contact_details"] = re.sub(r"\D", "", number.group(0))
    elif method != "email" and "@" in known:
        return {}  # no number to call or text
    return changes


def z73d_form_answers(turn: Turn, reading: Reading) -> None:
    words = plain(turn.text)
    answers = {**turn.answers, **reading.slots}
    if not answers.get("cannot_phone") and z73d_hard_to_hear_on_phone(turn.text):
        reading.slots["cannot_phone"] = True
    if (
        reading.slots.get("for_someone_else") is True
        and not turn.answers.get("for_someone_else")
        and _Z73D_PHONE_OWNER.search(words)
        and not re.search(r"\b(?:happened to|it s about|its about|for) (?:my )?friend\b", words)
    ):
        reading.slots.pop("for_someone_else")
        reading.corrected = [s for s in reading.corrected if s != "for_someone_else"]
    if turn.requested not in (*_BEFORE_DETAILS, "contact_details", "referral_consent"):
        return
    address = EMAIL.search(turn.text)
    if (
        address
        and reading.slots.get("contact_method") == "call"
        and not turn.answers.get("contact_method")
        and re.search(r"\b(?:email|e mail)\b", words)
        and not _Z73D_PHONE_NUMBER.search(turn.text.replace(address.group(0), " "))
    ):
        reading.slots["contact_method"] = "email"
        reading.slots["contact_details"] = address.group(0)
        reading.slots.pop("voicemail_ok", None)
    if (
        "voicemail_ok" not in reading.slots
        and turn.answers.get("voicemail_ok") is None
        and _Z73D_NO_MESSAGE.search(words)
        and answers.get("contact_method") in (None, "call")
    ):
        reading.slots["voicemail_ok"] = False
    if (
        not reading.slots.get("contact_times")
        and not turn.answers.get("contact_times")
        and turn.requested in ("contact_method", "contact_details", "voicemail_ok")
    ):
        times = _Z73D_NOT_BEFORE.search(words)
        if times:
            reading.slots["contact_times"] = times.group(0)
    # Jess: "text. 07700 900461. after 6 is best" was "I've changed that: the times to contact
    # you": given the first time, it is noted, not changed.
    reading.corrected = [
        slot
        for slot in reading.corrected
        if not (slot in _Z73D_CONTACT_SLOTS and turn.answers.get(slot) is None)
    ]


# -- end of round 73, helper z73d --


# -- round 73, helper z73c --
# Fatima: "it was NOT my ex husband. it was his brother. please put that right" got "Thank you,
# I've updated that" and "What happened?" again: the arson was wiped with the ex. A correction of
# WHO did it keeps what happened; the ex-husband's brother is a relative of hers (a former
# in-law: Family Law Act 1996 s.63(1), used by the Domestic Abuse Act 2021 s.2(2)).
_Z73C_NOT_THE_EX = re.compile(
    r"\b(?:(?:it|that)(?: was|s| is|wasnt|was not|isnt|is not)|(?:its|it s)) (?:not|never|nt)? ?"
    r"(?:my )?ex(?: husband| wife| partner)?\b|\b(?:not|wasnt|isnt) (?:my )?ex(?: husband| wife| "
    r"partner)?\b|\bmy ex(?: husband| wife)? (?:isnt|is not|wasnt|was not|didnt|did not)\b"
)
_Z73C_THE_EXS_RELATIVE = re.compile(
    r"\b(?:it was|its|it s|was|by) (?:his|her) (?:brother|sister|mum|mother|dad|father|cousin|"
    r"uncle|family|nephew)\b|\bex (?:husbands|wifes|husband s|wife s) (?:brother|sister|mum|mother|"
    r"dad|father|cousin|uncle|family|nephew)\b"
)
# Marcus (19): "i wasnt targeted it was my boy Jaylen that got stabbed not me. i just seen it",
# at the hate question, got no word back. A witness's correction is said back.
_Z73C_NOT_ME_I_SAW = re.compile(
    r"\b(?:not me|wasnt me|was not me|it wasnt me|it was not me)\b.{0,80}\b(?:i (?:just |only )?"
    r"(?:seen|saw|witnessed|watched) it|i was (?:just )?there)\b|\bi (?:just |only )?(?:seen|saw|"
    r"witnessed|watched) it\b.{0,80}\b(?:not me|wasnt me)\b"
)
# Sandra: "The money yes loads of times. The pushing just the once. Well he's grabbed my arm
# before" was noted "it happened once". Loads of times, or done to them before, is a repeat.
_Z73C_MANY_TIMES = re.compile(
    r"\b(?:loads of times|lots of times|so many times|many times|most weeks|again and again|"
    r"over and over)\b|\b(?:he|she|they)(?: s| has| have|"
    r" had)? (?:\w+ )?(?:grabbed|pushed|hit|slapped|taken|took|done it|hurt) (?:me|my \w+|money)"
    r"(?: \w+){0,3}? before\b"
)

# Omar (round 71): "this guy no. but happen to drivers all the time": others, not them, again.
_Z73C_SOMEONE_ELSE_AGAIN = re.compile(
    r"\b(?:(?:this|that|the same) (?:guy|man|woman|person|one|bloke) no|not the same|(?:a )?"
    r"different (?:one|guy|man|woman|person|bloke)|(?:to|with) (?:other|all) \w+|drivers|"
    r"passengers|other people)\b"
)


def z73c_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """Fatima's correction of who did it keeps what happened (see the notes above)."""
    words = plain(text)
    if (
        answers.get("relationship_to_offender") == "partner_or_ex"
        and _Z73C_NOT_THE_EX.search(words)
        and _Z73C_THE_EXS_RELATIVE.search(words)
    ):
        changes["relationship_to_offender"] = "family_member"
        if answers.get("crime_type") and changes.get("crime_type", "kept") is None:
            del changes["crime_type"]


def z73c_form_answers(turn: Turn, reading: Reading) -> None:
    """Marcus's "i just seen it" said back; Sandra's "loads of times" a repeat."""
    words = plain(turn.text)
    if (
        turn.requested in ("hate_motivated", "repeat_victimisation", "impairment")
        and _Z73C_NOT_ME_I_SAW.search(words)
        and "witness" in (reading.slots.get("account_details") or ())
        and "account_details" not in reading.corrected
    ):
        reading.corrected.append("account_details")
    if (
        turn.requested == "repeat_victimisation"
        and reading.slots.get("repeat_victimisation") is False
        and _Z73C_MANY_TIMES.search(words)
        and not _Z73C_SOMEONE_ELSE_AGAIN.search(words)
    ):
        reading.slots["repeat_victimisation"] = True


# -- end of round 73, helper z73c --


# -- round 74, helper a74a --
# Dean: "stalking? hes not stalking me hes threatening to kill me" and "its death threats not
# stalking... put that in too" got "I've updated that" with "stalking or harassment" still
# recorded, then the crime menu again. The crime types (shared contract) have none for threats
# to kill, so the crime stays as it is and the threat to kill is added and said back.
_A74A_THREAT_TO_KILL = re.compile(
    r"\bdeath threats?\b|\bthreat(?:s|ened|ening)? (?:\w+ ){0,4}?(?:to )?(?:kill|murder|stab|"
    r"shoot)(?: me| us)?\b|\bthreats? (?:to|of) (?:kill|murder|death)\b|\b(?:gonna|going to|will|"
    r"ll) (?:kill|murder) (?:me|us)\b|\bsays? (?:\w+ ){0,3}(?:gonna|going to|will) (?:kill|murder|"
    r"do) (?:me|us)(?: in)?\b"
)


def a74a_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """A crime label denied for a threat to kill: kept, with the threat to kill added."""
    words = plain(text)
    if not (
        "crime_type" in changes
        and changes["crime_type"] is None
        and answers.get("crime_type") not in (None, "homicide", "attempted_murder")
        and _A74A_THREAT_TO_KILL.search(words)
    ):
        return
    del changes["crime_type"]
    details = list(changes.get("account_details") or answers.get("account_details") or ())
    if "threat_to_kill" not in details:
        changes["account_details"] = [*details, "threat_to_kill"]


# -- end of round 74, helper a74a --


# q94c (round 94): Efua, at the referral question, of the stalking services listed: "Stalking?
# He is not stalking me, he wants money. Yes you can pass my details but they must not go to
# the police please" got "I've updated that" and "What happened?" again, her yes lost. Stalking
# denied for repeated threats or demands for money is still harassment (the crime type
# stalking_harassment), so the crime stays and the story is not asked again.
_Q94C_NOT_STALKING = re.compile(
    r"\b(?:not|isnt|isn t|never|no one is|nobody is|nobodys) (?:\w+ ){0,2}?stalk\w*\b|"
    r"\bstalking\?? (?:no|not)\b"
)
_Q94C_THREATS_OR_MONEY = re.compile(
    r"\b(?:wants?|wanting|demand\w*|asking for|after) (?:\w+ ){0,2}?(?:money|paying|payment|"
    r"\d+)\b|\bthreat\w*|\bharass\w*|\bblackmail\w*|\b(?:i|me) owe\b|\bintimidat\w*"
)


def q94c_not_stalking_but_threats(
    text: str, answers: Mapping[str, Any], changes: dict[str, Any]
) -> None:
    words = plain(text)
    if (
        changes.get("crime_type", "kept") is None
        and answers.get("crime_type") == "stalking_harassment"
        and _Q94C_NOT_STALKING.search(words)
        and _Q94C_THREATS_OR_MONEY.search(words)
    ):
        del changes["crime_type"]


# -- round 75, helper c75a --
# How to be contacted, asked at the questions about being contacted (questions.py,
# c75a_contact_way_answer: Chloe, Daniel, Liam): the way asked for is noted, and a phone they
# write on that is someone else's is never messaged; the question stays open, never a miss.
_C75A_NOT_UNDERSTOOD = (
    "utter_question_beside_answer",
    "utter_j6_question_beside_answer_not_kept",
    "utter_f88b_question_beside_answer_no_calls",  # f88b (round 89)
)
# With no phone, at these questions: how they can be contacted, not also these.
_C75A_OTHER_NO_PHONE_ANSWERS = (
    "utter_text_routes",
    "utter_f88b_text_routes_adult",  # f88b (round 89)
    "utter_d7_no_phone_young",
    "utter_q7_without_a_phone",
    "utter_h97c_without_a_phone",  # h97c (round 97)
)


_N94F_RING_ME_WHEN = re.compile(
    r"\b(?:ring|call|phone|contact|text)(?:ing)? (?:me|us) (?:only |just )?(?:in the |on |at )?"
    r"(?P<when>(?:weekday |weekend )?(?:afternoons?|mornings?|evenings?)|(?:after|before) \d{1,2}"
    r"(?: ?[ap]m)?)\b"
)


def c75a_form_answers(turn: Turn, reading: Reading) -> None:
    requested = turn.requested
    if turn.opening:
        return
    if (
        requested == "referral_consent"
        and reading.slots.get("referral_consent") is False
        and c75a_no_phone(turn.text)
        and read_answer("referral_consent", c75a_without_no_phone(turn.text)).value is not False
    ):
        # "dont have a phone" is not a no to being contacted: only the phone is missing.
        reading.slots.pop("referral_consent")
    answers = {**turn.answers, **reading.slots, "requested_slot": requested}
    said = c75a_contact_way_answer(turn.text, answers)
    if said is None:
        return
    way = c75a_way_asked(turn.text)
    no_phone = not (said.response or "").startswith("utter_c75a_way_")
    if not no_phone and way:
        if reading.slots.get("contact_method") is None:
            reading.slots["contact_method"] = way
        words = plain(turn.text)
        when = _N94F_RING_ME_WHEN.search(words)
        if (
            when
            and not re.search(
                r"\b(?:not|dont|don t|do not|never|cant|can t|no)\W*$", words[: when.start()]
            )
            and not turn.answers.get("contact_times")
            and not reading.slots.get("contact_times")
        ):
            # n94f (round 94): Gloria, "please can they ring me in the afternoon, in the morning
            # Precious is here": the time she asked for is kept, as at the times question.
            reading.slots["contact_times"] = when.group("when")
    else:
        if reading.slots.get("contact_method") in ("call", "text"):
            reading.slots.pop("contact_method")  # "i aint got a phone": no call, no text
        if c75a_on_someone_elses_phone(turn.text):
            notes = list(turn.answers.get("contact_notes") or [])
            if "not_this_phone" not in notes:
                reading.slots["contact_notes"] = [*notes, "not_this_phone"]
    if not turn.question_answered:
        reading.say = [
            one
            for one in reading.say
            if one.response not in (*_C75A_NOT_UNDERSTOOD, f"utter_reask_{requested}")
            # with no phone, how they can be contacted, not also the ways without calling
            and not (no_phone and one.response in _C75A_OTHER_NO_PHONE_ANSWERS)
        ]
        _say_once(reading, turn, said)
    if requested not in reading.slots:
        reading.aside = True  # asked again, never closed for want of an answer
        if requested in reading.skipped:
            reading.skipped.remove(requested)
    reading.reject = False


# Precious (r75b), her referral by phone with no voicemail: "they wont text me will they? not
# even to say theyre calling" got "I can't answer", and "please just make sure it says no texts.
# phone call only" "I can't do more": texts refused outright, or a check that none will come, is
# an instruction kept with the referral (core/contact_notes.py, no_texts) and said back.
_C75A_NO_TEXTS = re.compile(
    r"\b(?:no|dont|don t|do not|never|not by|not) (?:send (?:me )?|any |even )?(?:texts?|"
    r"texting|txts?|sms|text messages?|whatsapps?)\b(?! (?:is|are|s) (?:ok|okay|fine|good|best)\b)|"
    r"\b(?:calls?|phone calls?|ringing) only\b|\bonly (?:phone )?calls\b|"
    r"\b(?:(?:they|theyll|the (?:support )?(?:team|workers?|service)) (?:wont|will not|wouldnt|"
    r"would not|shouldnt|should not|must not|mustnt|never|will never|wont ever)|(?:nobody|no one|"
    r"noone) (?:will|would|should|is going to|is gonna|must|can))(?: \w+)? (?:text|txt|sms|"
    r"whatsapp)\w*(?: me| us)?\b"
)


def c75a_no_texts(text: str) -> bool:
    """ "no texts", "phone call only", "they wont text me will they?": no texts at all."""
    return bool(_C75A_NO_TEXTS.search(plain(text)))


# "can they email me instead" was kept as a crime told online, and Tom's "dont email my work
# address" as work told of: at the questions about being contacted, the words for how to be
# contacted tell nothing of the crime.
_C75A_CONTACT_WORDS = re.compile(
    r"\b(?:e ?mails?|e mail|texts?|texting|messages?|messaging|msgs?|whatsapps?|sms|(?:work|my "
    r"works) (?:address|email|e mail|phone|mobile|number|hours)|(?:at|in|after|before|during|from)"
    r" work|on (?:my |a )?shifts?|my shift)\b"
)


def c75a_contact_words_not_facts(turn: Turn, reading: Reading) -> None:
    if turn.requested not in REFERRAL_SLOTS or turn.opening:
        return
    details = list(reading.slots.get("account_details") or ())
    new = set(details) - set(turn.answers.get("account_details") or ())
    if not new & {"online", "labour_told"}:
        return
    rest = _C75A_CONTACT_WORDS.sub(" ", plain(turn.text))
    dropped = set()
    if "online" in new and not account.read_account(rest).details & {"online"}:
        dropped.add("online")
    if "labour_told" in new and "labour_told" not in account.m1_exploitation_details(rest):
        dropped.add("labour_told")
    kept = [detail for detail in details if detail not in dropped]
    if kept or turn.answers.get("account_details"):
        reading.slots["account_details"] = kept
    else:
        reading.slots.pop("account_details")


# -- end of round 75, helper c75a --


# -- round 76, helper g76b --
# Lucy, after being referred with her times kept backwards: "no sorry, AFTER 8, not before",
# "can you change the contact time please. call me after 8pm", "I mean when the support worker
# phones me. it should be after 8pm not before"; Pat: "Just to say that's 9 to 11 in the morning,
# not at night", "Between 9 and 11 in the morning for the phone please". None was taken. Times
# said after the referral are a change when the message is about being contacted, or opens by
# putting something right, or gives the same hours again more exactly (Pat's "9 to 11").
_G76B_ABOUT_CONTACT = re.compile(
    r"\b(?:call|calls|ring|rings|phone|phones|phoned|contact|contacted|text|texts|times?|when)\b"
)
_G76B_PUTS_RIGHT = re.compile(r"^\W*(?:no+|nope|sorry|i mean|i meant|i said)\b")
# "no sorry, AFTER 8": the "no" answers, and is not a "not" on the time (G3 reads "no, AFTER").
_G76B_OPENING_NO = re.compile(r"^\W*(?:(?:no+|nope|sorry)\b\W*)+", re.I)


# g89f (round 89): Winston, 79, after his referral: "Thank you. Will they know to speak up? And
# how soon will they ring, is it tomorrow?" had "tomorrow" kept as his time to be rung, in place
# of "daytime". A sentence asking when they will be contacted gives no time to contact them.
G89F_ASKS_WHEN = re.compile(
    r"\b(?:how (?:soon|long|quick|quickly|fast)|when (?:will|would|do|does|can|could|are|is|"
    r"should)|what (?:time|day)|(?:is|will|would) (?:it|that|they|she|he) (?:be )?(?:today|"
    r"tomorrow|tonight|this|next|on|in|by|before|after|soon)|by when|"
    # n94c (round 94): "when they call, today?" (Marta), asked without "will".
    r"when (?:they|she|he|you|someone|somebody|the (?:worker|team|support worker)) (?:call|ring|"
    r"phone|contact|text)|is it today|"
    # j98b (round 98): Bev, "Will they ring me before Tuesday? The trial is Tuesday morning"
    # asks when, and was kept as her times ("tuesday morning", when she is in court).
    r"(?:will|would|can|could) (?:they|she|he|you|someone|somebody|anyone|anybody) (?:\w+ )?"
    r"(?:call|ring|phone|contact|text|get in touch with) (?:me|us)? ?(?:back )?(?:before|by|on|"
    r"today|tomorrow|this|next|in time))\b"
)


def g89f_without_asking_when(text: str) -> str:
    """The message without its questions asking when they will be contacted."""
    sentences = re.split(r"(?<=[.!?\n])\s*", str(text))
    kept = [one for one in sentences if not ("?" in one and G89F_ASKS_WHEN.search(plain(one)))]
    return " ".join(one for one in kept if one).strip()


# end g89f


# n94c (round 94): Marta, after her referral with "9 to 5" kept: "and weekends no, he is home"
# had her times replaced. Times only to avoid ("not weekends") add a limit to the times she gave.
def n94c_limit_added(times: str | None, known: str) -> str | None:
    """``times`` with the known times kept before them, when ``times`` only says when not."""
    if not times or not known or known == "any time":
        return times
    limits = [part.strip() for part in times.split(",") if part.strip()]
    if not all(part.startswith("not ") for part in limits):
        return times
    new = [part for part in limits if part not in known]
    return f"{known}, {', '.join(new)}" if new else known


def g76b_times_change(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """New times to be contacted, said after the referral: {"contact_times": ...} or {}."""
    if answers.get("referral_consent") is not True or not answers.get("contact_safe"):
        return {}
    text = g89f_without_asking_when(text)  # g89f (round 89): "is it tomorrow?" asks, not gives
    if not text:
        return {}
    known = str(answers.get("contact_times") or "")
    text = p81d_times_about_contact(text)  # p81d (round 81, Nina)
    times = contact_said(_G76B_OPENING_NO.sub("", text)).get("contact_times")
    times = n94c_limit_added(times, known)  # n94c (round 94): "and weekends no, he is home"
    if not times or times == known or (known and _vaguer(times, known)):
        return {}  # "in the afternoon" said in passing keeps "between 1 and 4" (round 22)
    if n80c_any_time_kept(text, times, known):
        return {}  # n80c (round 80) -- "NOT sunday morning. any time. please" (Gemma)
    words = plain(text)
    same_hours = set(re.findall(r"\d+", times)) & set(re.findall(r"\d+", known))
    if not (_G76B_ABOUT_CONTACT.search(words) or _G76B_PUTS_RIGHT.search(words) or same_hours):
        return {}
    if not (_G76B_ABOUT_CONTACT.search(words) or same_hours) and m79d_not_about_contact(text):
        return {}  # m79d (round 79) -- "no not court. my DOOR ... alone with kids tonight" (Kasia)
    return {"contact_times": times}


# Ahmed (r76c): "yes. call me 07700 900 562. only after 9pm i am driving in day. punjabi speaker
# please" at the referral question: the language put right took the reading, and he was asked
# how and when to be contacted again ("call i said", "after 9pm. i told already"). The way and
# times said beside the yes are kept, as they are without a correction.
def g76b_form_answers(turn: Turn, reading: Reading) -> None:
    if turn.requested != "referral_consent" or reading.slots.get("referral_consent") is not True:
        return
    for key, value in contact_said(turn.text).items():
        if turn.answers.get(key) is None:
            reading.slots.setdefault(key, value)


# Bisi (r76b), at "How should they contact you?": "Phone call is best, or text if I don't pick
# up, I am on shift sometimes" was kept as phone only: a text when a call is missed is noted for
# the support worker (core/contact_notes.py, text_if_no_answer).
_G76B_TEXT_IF_NO_ANSWER = re.compile(
    r"\b(?:or )?(?:a )?(?:text|txt|message)(?: me)? if (?:i|im|i m|i am) (?:(?:dont|don t|do not|"
    r"cant|can t|cannot|didnt|don)(?: t)? (?:pick up|answer|get to the phone)|(?:miss|missed) "
    r"(?:it|the call|a call|the phone)|busy|at work|on shift|not available|unavailable)\b"
)


def g76b_text_if_no_answer(text: str) -> bool:
    """ "or text if I don't pick up": a text is fine when a call is missed."""
    words = plain(text)
    found = _G76B_TEXT_IF_NO_ANSWER.search(words)
    if found is None:
        return False
    # "dont text if i dont pick up": a text refused, not allowed.
    return not re.search(r"\b(?:dont|don t|do not|never|not|no)\s*$", words[: found.start()])


# Samira: "you have my number right? 07700 900 655": asks whether the number is kept.
_G76B_HAVE_NUMBER = re.compile(
    r"\b(?:have|got|has|keep|kept|take|took|noted|written)(?: (?:down|got))? (?:my|the) (?:phone )?"
    r"(?:number|mobile|phone)\b|\b(?:my|the) (?:phone )?number(?: is| s)? (?:right|correct|ok|"
    r"there|saved|down|noted|kept)\b|^(?:my (?:phone |mobile )?number|number)\W"
)


def g76b_asks_number_kept(text: str) -> bool:
    """ "you have my number right? 07700 900 655", with a phone number in it."""
    return bool(_Z73D_PHONE_NUMBER.search(text) and _G76B_HAVE_NUMBER.search(plain(text)))


# -- end g76b --


# -- round 76, helper g76c --
# Samira: "this is wrong!! not terrorism. HE call me terrorist, is insult", "please remove this"
# (of "terrorism") were refused three times: being called a terrorist is hate abuse, and a "not
# terrorism" takes the terrorism off.
_G76C_NOT_TERRORISM = re.compile(
    r"\b(?:not|isnt|is not|wasnt|was not|no|never)(?: a| an| about| any)? terror(?:ism|ist attack|"
    r"ist|ists)?\b(?! (?:to|at) me)|\b(?:remove|removed|take off|taken off|take out|taken out|"
    r"delete|deleted)\b.{0,40}\bterror\w*|\bterror\w*\b(?: \w+){0,3} (?:removed|taken off|"
    r"deleted|must (?:be )?(?:taken|removed))\b|\bterroris\w*\b.{0,40}\bis (?:an? )?insult"
)
# Tomasz: "not my home!! is the van. house ok" after the home-burglary answer: a theft from the
# van, the house untouched.
_G76C_VEHICLE_NOT_HOME = re.compile(
    r"\b(?:not|isnt|wasnt) (?:my|our|the) (?:home|house|flat)\b.{0,30}\b(?:is|its|it s|it was|was)"
    r"(?: my| our| the)? (?:car|van|vehicle|lorry|truck|motorbike)\b|\b(?:it was|its|it s|is) "
    r"(?:my|our|the) (?:car|van|vehicle|lorry|truck|motorbike),? not (?:my|our|the) (?:home|house|"
    r"flat)\b"
)
# Bisi: "No it HAS been reported, I told you, DC Okafor has it, there is a crime number".
_G76C_HAS_BEEN_REPORTED = re.compile(
    r"\b(?:it|this|he|she|they|we|i)? ?(?:has|have|was|were|is) (?:been |already )*reported\b"
    r"(?! (?:me|him|her|us|them|missing)\b)|"
    r"\bthere is a crime (?:reference )?number\b|\b(?:i|we|he|she|they) (?:have|has|got) a crime "
    r"(?:reference )?number\b|\b(?:dc|pc|ds|detective|officer) \w+ has it\b"
)
_G76C_NOT_REPORTED = re.compile(
    r"\b(?:not|never|hasnt|havent|wasnt|isnt|no|without) (?:yet )?(?:been )?(?:reported|crime "
    r"number)\b"
)
# Bisi: "he said ok but only Redthread, not police people": which service, not "not reported".
_G76C_NOT_POLICE_SERVICES = re.compile(
    r"\bonly \w+(?: \w+)?,? not (?:the )?police\b|\bnot (?:the )?police (?:people|victim|"
    r"services?|support)\b"
)
# Pat: "the push was once, but the money and the shouting is most weeks, for a year".
_G76C_MOST_WEEKS = re.compile(
    r"\b(?:is|are|happens?|goes on) (?:most|every|each) (?:day|days|week|weeks|weekend|weekends|"
    r"month|months|night|nights)\b|\b(?:most|every|each) (?:day|days|week|weeks|weekend|"
    r"weekends|night|nights),? for (?:a|about a|over a|\d+|two|three|some) (?:year|years|months)\b"
)
# Pat: "He takes money and threatens me, he pushed me once": one act once, beside others said as
# what keeps happening, is not "it happened once".
_G76C_ONE_ACT_ONCE = re.compile(r"\b\w+ed (?:me |us |him |her )?once\b")
_G76C_GOES_ON = re.compile(
    r"\b(?:he|she|they) (?:still |always |keeps? )?(?:takes|threatens|shouts|hits|steals|hurts|"
    r"calls|follows|messages|texts|uses)\b"
)


def g76c_child_only_needs_help(turn: Turn, requested: str | None, found: dict[str, Any]) -> None:
    """ "feeling safe. and help for my son, he is scared now to go out the door" (Samira, 29, at
    "What would help most now?", called a terrorist in front of her son): a child who saw it
    and needs help is a need of hers, not the child as the one it happened to."""
    age = turn.answers.get("age")
    if (
        requested == "needs"
        and found.get("for_child")
        and turn.answers.get("for_child") is None
        and turn.answers.get("crime_type") is not None
        and isinstance(age, (int, float))
        and age >= 18
    ):
        found.pop("for_child")


def g76c_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """Corrections said outright that the readers above miss (round 76: Samira, Tomasz, Bisi,
    Pat); ``changes`` is updated in place."""
    words = plain(text)
    crime = answers.get("crime_type")
    if crime == "terrorism" and _G76C_NOT_TERRORISM.search(words):
        rest = _G76C_NOT_TERRORISM.sub(" ", words)
        again = account.read_account(rest).crime_type
        changes["crime_type"] = again if again not in (None, "terrorism") else "other"
    if crime in ("burglary", "criminal_damage") and _G76C_VEHICLE_NOT_HOME.search(words):
        changes["crime_type"] = "theft"
    if (
        answers.get("reported_to_police") is not True
        and _G76C_HAS_BEEN_REPORTED.search(words)
        and not _G76C_NOT_REPORTED.search(words)
    ):
        changes["reported_to_police"] = True
    if (
        changes.get("reported_to_police") is False
        and answers.get("reported_to_police") is True
        and _G76C_NOT_POLICE_SERVICES.search(words)
    ):
        del changes["reported_to_police"]  # who they want help from, not a report taken back
    if changes.get("repeat_victimisation") is False and (
        _G76C_ONE_ACT_ONCE.search(words) and _G76C_GOES_ON.search(words)
    ):
        del changes["repeat_victimisation"]
    # Only to put right an "it happened once" (Pat); "the barista said it happens every day
    # there" tells of other people (Yuki, round 53).
    if answers.get("repeat_victimisation") is False and _G76C_MOST_WEEKS.search(words):
        changes["repeat_victimisation"] = True


# end g76c


# k77b (round 77) -- Ellie, whose times were "monday to friday, 9 to 5, not evenings, not
# weekends": "monday TO friday. any weekday" put the days right, and the hours and the times to
# avoid were dropped. New times that name only days keep the hours and limits kept before.
_K77B_DAYS_ONLY = re.compile(
    r"(?:(?:only|any|all|every|on) )*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|week ?days?)"
    r"(?: (?:to|till|until|and|or) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|week ?days?))?"
    r"(?: only)?"
)


def k77b_days_keep_hours(answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    new, old = changes.get("contact_times"), answers.get("contact_times")
    if not new or not old or old == "any time":
        return
    items = [plain(item) for item in str(new).split(",") if item.strip()]
    if not items or not all(_K77B_DAYS_ONLY.fullmatch(item) for item in items):
        return
    kept = [
        item.strip()
        for item in str(old).split(",")
        if item.strip()
        and not _K77B_DAYS_ONLY.fullmatch(plain(item))
        and not re.search(r"\b(?:week ?days?|(?:mon|tues|wednes|thurs|fri)days?)\b", plain(item))
    ]
    if kept:
        changes["contact_times"] = ", ".join([str(new).strip(), *kept])


# n94c (round 94): Marta, "only weekdays between 9 and 5 he is at work", then at the number
# question "07700 900123. only 9 to 5 please not evening": "weekdays" was dropped. The same
# hours said again, naming no day, keep the days kept before.
def n94c_hours_keep_days(answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    new, old = changes.get("contact_times"), answers.get("contact_times")
    if not new or not old or old == "any time":
        return
    items = [plain(item) for item in str(new).split(",") if item.strip()]
    days = r"\b(?:week ?days?|week ?ends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b"
    if not items or any(re.search(days, item) for item in items):
        return
    # The same hours said again ("9 to 5" after "between 9 and 5"), not new ones put right.
    if not set(re.findall(r"\d+", str(new))) & set(re.findall(r"\d+", str(old))):
        return
    kept = [item.strip() for item in str(old).split(",") if _K77B_DAYS_ONLY.fullmatch(plain(item))]
    if kept:
        changes["contact_times"] = ", ".join([*kept, str(new).strip()])


# end k77b


# k77b (round 77) -- how to be contacted, said or checked, kept for the support worker
# (core/contact_notes.py) and said back from what the referral holds. Yasmin: "text. dont call, i
# live with my parents and they dont know", "so they definitely wont phone me?"; James: "they
# wont call my mobile right? just email"; Sophie: "NO phone call never".
_K77B_NOT_AFTER_VERB = (
    r"(?! (?:the|a|an|police|cops|999|101|him|her|them|anyone|anybody|back|tonight|today|now|from|"
    r"when|while|after|before|on|in|at|during|until|till|if|you|u|this|that|it|withheld)\b)"
)
_K77B_NO_CALLS = re.compile(
    r"\b(?:no|not|dont|don t|do not|never|pls dont|please dont)(?: (?:a|any|to|ever|want|phone))*"
    r" (?:(?:text|txt|email|msg|message) (?:or|and|nor) )?(?:calls?|ring|ringing|phone ?calls?|"
    r"phoning|phone)(?: (?:me|my (?:mobile|phone|number|mob|landline)))?"
    + _K77B_NOT_AFTER_VERB
    + r"\b|"
    r"\b(?:they|theyll|the (?:support )?(?:team|workers?|service)|nobody|no one|noone)(?: \w+)? "
    r"(?:wont|will not|wouldnt|would not|shouldnt|should not|wont ever|arent going to|are not "
    r"going to|arent gonna)(?: \w+)? (?:call|ring|phone)(?: (?:me|my (?:mobile|phone|number|mob|"
    r"landline)))?" + _K77B_NOT_AFTER_VERB + r"\b"
)
# Becky: "dont ring from a withheld number ill think its him and wont answer. text first".
_K77B_WITHHELD = re.compile(
    r"\b(?:withheld|private|hidden|blocked|unknown|no caller id)(?: phone)? (?:number|no|numbers|"
    r"caller)\b|\bringing withheld\b|\bring withheld\b|\bcall withheld\b|"
    # q94a (round 94): Naomi, "please don't withhold your number".
    r"\bwithhold (?:your|the|their|ur) (?:phone )?numbers?\b"
)
# q94a (round 94): Naomi, by phone: "Text me first so I know it's you, like I said I don't pick
# up unknown numbers": a text before the call (not "text me first" as the way, when not a call).
_Q94A_TEXT_FIRST = re.compile(
    r"\b(?:text|txt|message|whatsapp) (?:me )?(?:first|before (?:you|they) (?:call|ring|phone))\b"
)
# Malcolm: "can they ring lisa too, the kids mum. about the kids".
_K77B_SOMEONE_ELSE_TOO = re.compile(
    r"\b(?:can|could|will|would|should) (?:they|you|u|someone|somebody|the (?:support )?(?:team|"
    r"worker|service))(?: also)? (?:ring|call|contact|phone|text|email|speak to|talk to|get in "
    r"touch with) (?!me\b|us\b|the police\b|police\b|999\b|101\b)(?:[a-z]+ ){0,3}?(?:too|as well|"
    r"also)\b"
)
# Priya: "pls dont put anything about marriage in the subject", then "did u get the bit about
# the subject line tho".
_K77B_SUBJECT = re.compile(
    r"\b(?:dont|do not|not|never|nothing|no)\b(?: \w+){0,5} (?:in|on) (?:the |my |an |any )?"
    r"(?:email )?(?:subject|title|subject line|heading)\b"
)
_K77B_SUBJECT_CHECK = re.compile(r"\b(?:subject|subject line|title)\b")


def k77b_no_calls(text: str) -> bool:
    """ "dont call", "NO phone call never", "they wont call right": no phone calls at all."""
    return bool(_K77B_NO_CALLS.search(plain(text)))


def k77b_not_withheld(text: str) -> bool:
    """ "dont ring from a withheld number": never from a hidden number."""
    words = plain(text)
    return bool(_K77B_WITHHELD.search(words)) and bool(
        re.search(r"\b(?:dont|do not|not|never|no|shouldnt|wont|wouldnt|will not)\b", words)
    )


def k77b_someone_else_too(text: str) -> bool:
    """ "can they ring lisa too": someone else to be contacted as well."""
    return bool(_K77B_SOMEONE_ELSE_TOO.search(plain(text)))


def k77b_plain_subject(text: str) -> bool:
    """ "dont put anything about marriage in the subject", or a check that it is noted."""
    words = plain(text)
    return bool(_K77B_SUBJECT.search(words)) or (
        bool(_K77B_SUBJECT_CHECK.search(words)) and checks_a_note(text)
    )


def k77b_notes_said(text: str, method: str | None) -> list[str]:
    """The k77b codes in a message; no calls only for a way that is not a call."""
    notes: list[str] = []
    if method in ("text", "email") and k77b_no_calls(text) and not k77b_not_withheld(text):
        notes.append("no_calls")
    if k77b_not_withheld(text):
        notes.append("not_withheld")
    if k77b_someone_else_too(text):
        notes.append("someone_else_too")
    if method == "call" and _Q94A_TEXT_FIRST.search(plain(text)):
        notes.append("text_first")  # q94a (round 94): Naomi, "Text me first"
    return notes


# Malcolm: "will they remember not before 10am? i sleep in the day mostly": asked whether the
# times are kept, answered from the referral.
_K77B_TIMES_CHECK = re.compile(
    r"\b(?:will|would|do|does|did|have|has) (?:they|you|u|the (?:support )?(?:team|worker|workers))"
    r" (?:remember|know|see|get|got|have|keep|note|noted|put|write|written)\b|\bis (?:that|it) "
    r"(?:on|in|noted|down|written)\b"
)


def k77b_asks_times_kept(text: str) -> bool:
    words = plain(text)
    return (
        "?" in text
        and bool(_K77B_TIMES_CHECK.search(words))
        and bool(_TIME_WORDS.search(words) or re.search(r"\b\d{1,2} ?(?:am|pm)\b", words))
    )


# end k77b


# k77b (round 77) -- Sophie, Deaf: "text or email. NO phone call never. sophie.deafcam@example.com"
# was kept as texts to an email address (the referral said "by text"), and "email also ok.
# sophie.deafcam@..." after it changed nothing. When the only details given are an email
# address, and email is named, the way is email.
def k77b_email_is_the_way(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    details = str(changes.get("contact_details") or answers.get("contact_details") or "")
    method = changes.get("contact_method", answers.get("contact_method"))
    words = plain(text)
    if (
        "@" in details
        and method in ("text", "call")
        and re.search(r"\be ?mails?\b", words)
        and not re.search(r"\b(?:no|not|dont|do not|never) e ?mails?\b", words)
    ):
        changes["contact_method"] = "email"


# end k77b


# k77b (round 77) -- Ana, on a friend's phone, told to call the Modern Slavery Helpline tonight:
# "i cannot call tonight, is not my phone, my friend take it home at 6. i have only afternoon"
# was not heard. The helpline is open 24/7 (referrals/directory.yml), so the afternoon is fine,
# and the safe time is kept for when she is contacted.
_K77B_CANNOT_TONIGHT = re.compile(
    r"\b(?:i )?(?:cannot|cant|can t|can not|not able to|unable to) (?:call|ring|phone|talk)"
    r"(?: \w+)? (?:tonight|tonite|at night|in the evening|this evening)\b"
)
_K77B_ONLY_WHEN = re.compile(
    r"\b(?:i (?:have|can|am free|m free)(?: \w+)? only|only(?: in)?(?: the)?) (?:afternoons?|"
    r"mornings?|in the (?:afternoon|morning)|day ?times?|in the day)\b"
)


def k77b_only_afternoons(turn: Turn, reading: Reading) -> None:
    words = plain(turn.text)
    if (
        "utter_safe_tonight_exploitation" not in turn.said
        or not _K77B_CANNOT_TONIGHT.search(words)
        or not _K77B_ONLY_WHEN.search(words)
    ):
        return
    times = contact_said(turn.text).get("contact_times")
    if times and not turn.answers.get("contact_times"):
        reading.slots.setdefault("contact_times", times)
    _say_once(reading, turn, Say(response="utter_k77b_helpline_in_the_day"))


# end k77b


# k77c (round 77)
# James: "what?? no. its my HUSBAND i told you" put right who did it, and also made the questions
# about "the person it happened to". Helen: "It's not me with the condition, it's my husband
# Geoffrey" made Geoffrey the one it happened to, and "I don't have a health condition, I told you
# it's Geoffrey with the dementia" was ignored. A relative named as the one who did it, or as the
# one with the condition, is not whom it is about; and the condition is taken off the writer.
# Linda, 52, for her brother Paul, 40: "sorry no im 52, Paul is 40" kept 52 as his age, "I'm the
# one who's 52" made it about her, and "it didnt happen to me!! it happened to my brother Paul.
# hes 40" changed nothing. Beside the writer's own age, theirs is the one said of them, and "it
# happened to my brother" puts the questions back on him.
_K77C_NOT_MY_CONDITION = re.compile(
    r"\b(?:(?:its|it s|it is) not me (?:with|who has|that has|who s got)|not my condition|"
    r"(?:its|it s|it is) (?:my )?\w+(?: \w+)? (?:with|who has|that has) (?:the )?(?:condition|"
    r"dementia|disability))\b"
)
_K77C_NOT_ME = re.compile(
    r"\b(?:(?:it )?(?:didnt|did not|didn t|never) happen(?:ed)? to me|(?:it )?(?:wasnt|was not|"
    r"isnt|is not) (?:about )?me|not about me)\b"
)
_K77C_TO_MY = (
    r"(?:it|this) (?:happened|happens|is happening|was done) to my (?:\w+ )?(?:brother|sister|mum|"
    r"mom|mother|dad|father|husband|wife|partner|son|daughter|friend|nan|gran|grandad|uncle|aunt|"
    r"cousin|nephew|niece)\b(?! (?:too|as well|also)\b)"
)
# Said as a sentence of its own, or straight after "no" or "that's wrong".
_K77C_TO_THEM = re.compile(rf"(?:^|[.!?]\s*|\b(?:no|wrong|thats wrong)\W+){_K77C_TO_MY}")
_K77C_THEIR_AGE = re.compile(
    r"\b(?:hes|shes|he is|she is|he s|she s|(?!(?:it|this|that|there|what|which|who|im|i)\b)"
    r"[a-z]{2,15} is) (\d{1,3})\b(?! (?:mins?|minutes|hours|miles|days|weeks|pounds|quid))"
)


def k77c_not_whom(turn: Turn, reading: Reading) -> bool:
    """ "its my HUSBAND" putting right who did it, or a relative named as the one with the
    condition: not whom it is about."""
    words = plain(turn.text)
    if "relationship_to_offender" in reading.corrected and not _WRITES_FOR.search(words):
        return True
    return bool(_K77C_NOT_MY_CONDITION.search(words))


def _k77c_their_age(words: str, own: float | None) -> float | None:
    """The age said of the one written for ("Paul is 40", "hes 40"), not the writer's own."""
    for found in _K77C_THEIR_AGE.finditer(words):
        age = float(found.group(1))
        if age != own and 0 < age <= 110 and not re.search(rf"\bnot {found.group(1)}\b", words):
            return age
    return None


def k77c_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """Whom it happened to, their age, and a relative's condition, put right (see above)."""
    words = plain(text)
    mine = _N4_MY_AGE.search(words)
    own = float(mine.group(1)) if mine else None
    about_them = changes.get("for_someone_else", answers.get("for_someone_else"))
    if answers.get("impairment") and _K77C_NOT_MY_CONDITION.search(words) and not about_them:
        changes["impairment"] = False
    if about_them and not answers.get("for_child"):
        theirs = _k77c_their_age(words, own)
        stored = answers.get("age")
        if (
            theirs is not None
            and stored is not None
            and float(stored) != theirs
            and (own == float(stored) or re.search(rf"\bnot {int(float(stored))}\b", words))
        ):
            changes.update(age=theirs, under_18=theirs < 18)
        return
    told = re.sub(r"[\u2019']", "", text.lower())
    if answers.get("for_child") or not (
        _K77C_TO_THEM.search(told) or (_K77C_NOT_ME.search(words) and re.search(_K77C_TO_MY, words))
    ):
        return
    changes["for_someone_else"] = True
    theirs = _k77c_their_age(words, own)
    if theirs is not None:
        changes.update(age=theirs, under_18=theirs < 18)
    elif answers.get("age") is not None:
        changes.update(age=None, under_18=None)  # the writer's own age, not theirs


# end k77c


# k77d (round 77)
# Frank, 77, a doorstep roofer back for more money: "you havent put that he threatened me. said
# thered be trouble" got "I can't do more with that here". A threat told as missing from the
# record is noted (the `threatened` detail) and said back; a threat to kill has its own detail.
_K77D_THREAT_TOLD = re.compile(
    r"(?<!not )(?<!never )(?<!didnt )\b(?:he|she|they) (?:also )?(?:threatened|threatens|"
    r"was threatening|were threatening) (?:me|us|him|her)\b|\b(?:said|says) (?:there|thered|"
    r"there d|therell|there ll|there would|there will) be (?:trouble|consequences)\b"
)


def k77d_threat_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """The threat told after the summary, added to what is noted."""
    details = list(changes.get("account_details", answers.get("account_details")) or ())
    if "threatened" in details or "threat_to_kill" in details:
        return
    if _K77D_THREAT_TOLD.search(plain(text)):
        changes["account_details"] = sorted({*details, "threatened"})


# Linda, of her brother robbed in the street, given advice for after a break-in: "there wasnt a
# break in!! its the lads robbing him in the street" was not taken as putting it right. A break-in
# denied, with what did happen told beside it, takes the crime told (not a burglary).
_K77D_NO_BREAK_IN = re.compile(
    r"\b(?:there wasnt|there was not|there was no|it wasnt|it was not|wasnt|was not|not|no|never "
    r"(?:was|been)) (?:a |any |an |even )?(?:break ?in|breakin|burglary|burglar)s?\b"
)


def k77d_no_break_in_put_right(
    text: str, answers: Mapping[str, Any], changes: dict[str, Any]
) -> None:
    """A break-in denied: the crime told beside the denial, when it is another one."""
    words = plain(text)
    denied = _K77D_NO_BREAK_IN.search(words)
    if not denied or "crime_type" in changes:
        return
    told = account.read_account(_K77D_NO_BREAK_IN.sub(" ", words)).crime_type
    if told not in (None, "burglary", answers.get("crime_type")):
        changes["crime_type"] = told


# end k77d


# k78a (round 78) -- Rose, for Elsie (88, deaf, no mobile): "please tell them Elsie is deaf and
# would really like a home visit if possible", then "Will they know she wants a home visit and
# that she's deaf?"; Zoe, 14: "can they talk to my mum as well", "my mums number is 07700 900
# 771 shes called Tanya, they can call her", "did u get my mums number tho?". Kept nowhere, and
# answered "please tell them when they get in touch" or "I can't answer that one here".
_K78A_HOME_VISIT = re.compile(
    r"\bhome visits?\b|\b(?:visit|see) (?:her|him|them|me|us|my \w+)(?: \w+)? (?:at|in) (?:her|"
    r"his|their|my|our|the) (?:home|house|flat)\b|\b(?:someone|somebody|a (?:support )?worker|"
    r"they) (?:could |can |would |to |will )?(?:visit|come (?:round|to (?:her|his|my|their) "
    r"(?:home|house|flat)))\b"
)
_K78A_NO_VISIT = re.compile(r"\b(?:no|not|dont|do not|never|without)(?: \w+)? (?:home )?visits?\b")
# f96a (round 96) -- Jamal, 17: "what do i do if they come to my house tonight" (the boys who
# make him carry packages: a fear, not a visit wished for) was noted "a home visit is wanted";
# then "no i dont want anyone coming to my house my mum will find out", "take off the home visit
# thing i dont want that", "did u take off the home visit or not".
_F96A_FEARED_VISIT = re.compile(
    r"\b(?:if|when|in case|before) (?:they|he|she|them|the boys|someone|somebody|anyone)"
    r"(?: \w+){0,2} (?:come|comes|came|turn up|turns up|show up|shows up)\b"
)
_F96A_NO_VISIT = re.compile(
    r"\b(?:dont|do not|don t|didnt|did not|never) (?:\w+ )?(?:want|need|asked? for)\b(?: \w+){0,2}"
    r" (?:coming|to come|come|visiting|to visit|visit|visits)\b(?: \w+){0,3} (?:my|the|our) "
    r"(?:house|home|flat|place)\b|\b(?:take|took|taken|get|got) (?:off|out|rid of) "
    r"(?:the |that |this )?home visit|\b(?:remove|removed|delete|deleted|cancel|cancelled|"
    r"canceled) (?:the |that |this )?home visit|\bhome visit\b(?: \w+){0,2} (?:i|we) "
    r"(?:dont|do not|don t) want\b|"
    r"\bno home visits?\b"
)


def f96a_refuses_home_visit(text: str) -> bool:
    """ "take off the home visit thing i dont want that": a home visit refused (or its removal
    checked), never one wished for."""
    return bool(_F96A_NO_VISIT.search(plain(text)))


# end f96a
_K78A_THEIR_HEARING = re.compile(
    r"\b(?:she|he|they|shes|hes|theyre|she s|he s|they re|is|are|(?:has|have|wears?|uses?) "
    r"(?:hearing aids?))\b(?: \w+){0,2} (?:deaf|hard of hearing|hearing aids?)\b|"
    r"\b(?:she|he|they) (?:cant|can t|cannot|struggles? to|doesnt|does not) (?:\w+ )?hear\b"
)
_K78A_MY_PARENT = r"my (?:mum|mom|mam|mother|dad|father|parents?|step ?(?:mum|dad))"
_K78A_PARENT_TOO = re.compile(
    r"\b(?:talk|speak|ring|call|contact|phone|text|email|get in touch) (?:to |with )?"
    + _K78A_MY_PARENT
    + r"\b|\bmy (?:mums|moms|mams|mothers|dads|fathers|parents) (?:number|phone|mobile|email|"
    r"no|num)\b|\b(?:about|and|or) " + _K78A_MY_PARENT + r" (?:tho|though|too|as well)\b"
)
_K78A_NOT_PARENT = re.compile(
    r"\b(?:dont|do not|not|never|no)\b(?: \w+){0,3} "
    + _K78A_MY_PARENT
    + r"\b|\b"
    + _K78A_MY_PARENT
    + r" (?:cant|can t|cannot|mustnt|must not|shouldnt|should not) (?:know|find out|see)\b"
)


def k78a_notes_said(text: str, for_someone_else: bool) -> list[str]:
    """A home visit wished for, the deafness of the person helped, a parent to talk to too."""
    words = plain(text)
    notes: list[str] = []
    if (
        _K78A_HOME_VISIT.search(words)
        and not _K78A_NO_VISIT.search(words)
        and not _F96A_FEARED_VISIT.search(words)  # f96a (round 96): Jamal, "if they come"
        and not _F96A_NO_VISIT.search(words)
    ):
        notes.append("home_visit")
    if for_someone_else and _K78A_THEIR_HEARING.search(words) and not _F5_NOT_DEAF.search(words):
        notes.append("victim_deaf")
    if _K78A_PARENT_TOO.search(words) and not _K78A_NOT_PARENT.search(words):
        notes.append("parent_too")
    return notes


# end k78a


# k78a (round 78) -- Jess: "you didnt show me the more services though": MORE, asked for again.
_K78A_MORE_SERVICES = re.compile(
    r"\b(?:more|other|rest of the|different) (?:services|options|places|orgs|organisations|"
    r"organizations|support|help)\b"
)


def k78a_asks_more_services(text: str) -> bool:
    return bool(_K78A_MORE_SERVICES.search(plain(text)))


# end k78a


# k78c (round 78)
# Joy, after the result: "but i said im not scared about court? i said no. i was worried about
# the ID not court" put her court answer right, and its "i said no" was taken as a no to being
# referred. An answer said again ("i said no") right after a sentence that puts an answer right
# is that answer, not one to the question waiting.
_K78C_SAID_AGAIN = re.compile(
    r"(?:i (?:already |just |literally )?(?:said|told (?:you|u|ya)|answered|put|pressed)|like i "
    r"said|as i said)\s+(?:yes+|yeah+|yep|ye|yh|no+|nah+|nope|na)"
)


def k78c_said_again_of_the_fix(sentence: str, before: str, answers: Mapping[str, Any]) -> bool:
    return bool(_K78C_SAID_AGAIN.fullmatch(plain(sentence))) and bool(
        set(corrections(before, answers)) - {"worker_gender"}
    )


# end k78c


# k78d (round 78)
# Two questions in one message, the second passed over: "woman. and i only want to talk to a
# female worker. whats an ISVA?" (Nadia: only the female worker answered); "is this kept
# private? My wife does not yet know ... I would not wish anyone to contact her" (Brian: only
# what is kept).
def k78d_also_asked(known: Say, turn: Turn, reading: Reading) -> Say | None:
    """The answer to a second question in the message, which the first answer does not answer:
    a sentence that asks on its own (its own worded answer, while the rest keeps the first), or
    a topic that goes before other answers."""
    from actions.questions import _sentences

    facts = {**turn.answers, **reading.slots}
    sentences = _sentences(turn.text)
    for index, sentence in enumerate(sentences):
        if not opens_a_question(sentence):
            continue
        own = known_answer(
            sentence, turn.answers.get("crime_type"), turn.organisations, answers=facts
        )
        if own is None or own == known or (own.response or own.text) in (None, known.response):
            continue
        # o103b (round 103): nor an answer making the same point as the one sent (Kofi).
        if own.response in turn.said or says_the_same(own.response, known.response):
            continue
        rest = " ".join(sentences[:index] + sentences[index + 1 :])
        first = known_answer(
            rest, turn.answers.get("crime_type"), turn.organisations, answers=facts
        )
        if first is not None and first.response == known.response:
            return own
    if topics.k78d_placed_first(turn.text) is None:
        return None
    topic = topics.topic_answer(turn.text, facts, turn.said, turn.said_twice)
    if topic is None or topic.response == known.response:
        return None
    if says_the_same(topic.response, known.response):  # o103b (round 103)
        return None
    return topic


# end k78d


# k78h (round 78)
def k78h_gives_up_at_a_question(text: str, requested: str) -> bool:
    """Giving up at one of the questions about what happened (not at the privacy or the
    contact questions, whose own readings hold a no or a "not now")."""
    return requested not in ("consent", *REFERRAL_SLOTS) and k78h_gives_up(text)


# end k78h


# Round 79, Tiana, at the court question: "yeah obviously, standing up in front of people who want
# me dead? yes" got "I can't answer your question here": a question they answer themselves, with
# the answer read, asked nothing of us.
_LEAD79_SELF_ANSWER = re.compile(
    r"\s*(?:yes+|yeah+|yep|yup|no+|nope|nah|obviously|of course|course)\b", re.IGNORECASE
)


# Bukola, at the disability question: "me no. tayo has ADHD, he was diagnosed at 12. is that
# what you mean?": a check that the answer fits the question, which the answer read settles.
_LEAD79_FITS_THE_QUESTION = re.compile(
    r"\b(?:is that what (?:you|u) (?:mean|meant|mean by that)|is that what youre asking|does that "
    r"count|would that count|is that the (?:sort|kind) of thing)\W*$"
)


def lead79_answers_its_own_question(reading: Reading, turn: Turn, text: str) -> bool:
    after = text.rsplit("?", 1)[-1]
    answered = turn.requested is not None and reading.slots.get(turn.requested) is not None
    return (
        "?" in text
        and answered
        and (
            bool(_LEAD79_SELF_ANSWER.match(after))
            or bool(_LEAD79_FITS_THE_QUESTION.search(plain(text)))
        )
    )


# m79c (round 79)
# David (r79d), 60, whose daughter Sarah was killed by her boyfriend: "He was her boyfriend at
# the time" was stored as "a partner or ex" (read as his own), and "my daughter Sarah was killed
# by her boyfriend. Not my partner" dropped who did it. After a death, the partner of the one who
# died did it: kept as a partner (the matcher's reading) with whose partner (wording.py).
_M79C_PARTNER_WORDS = (
    r"(?:then |ex |ex-|former |new )?(?:boyfriend|girlfriend|partner|husband|wife|fiance|fiancee|"
    r"bf|gf)"
)
_M79C_THEIR_PARTNER_DID_IT = re.compile(
    rf"\b(?:he|she|it) (?:was|is|had been|s) (?P<a>her|his) {_M79C_PARTNER_WORDS}\b|"
    rf"\b(?:killed|murdered|stabbed|strangled|shot|beaten to death|battered) by (?P<b>her|his) "
    rf"{_M79C_PARTNER_WORDS}\b|"
    rf"\b(?P<c>her|his) {_M79C_PARTNER_WORDS}(?: at the time)? (?:killed|murdered|stabbed|"
    r"strangled|shot) (?:her|him)\b"
)


def m79c_their_partner(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """After a death, "he was her boyfriend", "killed by her boyfriend": who did it, kept as the
    partner of the one who died."""
    died = answers.get("crime_type") == "homicide" or answers.get("bereaved") is True
    found = _M79C_THEIR_PARTNER_DID_IT.search(plain(text))
    if not died or not found:
        return {}
    whose = found.group("a") or found.group("b") or found.group("c")
    details = {*(answers.get("account_details") or ())} - {"her_partner", "his_partner"}
    return {
        "relationship_to_offender": "partner_or_ex",
        "account_details": sorted({*details, f"{whose}_partner"}),
    }


def m79c_form_answers(turn: Turn, reading: Reading) -> None:
    """At any question, a bereaved relative's "he was her boyfriend", and a parent's "its tayo
    who is the victim hes 17" (see above)."""
    found = m79c_their_partner(turn.text, {**turn.answers, **reading.slots})
    if found:
        reading.slots.update(found)
    # Bukola: "im 44 but its tayo who is the victim hes 17", at the age question: his age.
    childs = m79c_child_is_the_victim(turn.text, turn.answers)
    if childs.get("age") is not None:
        reading.slots.update(childs)


# Bukola (r79b), for her son Tayo, 17, groomed into county lines by older men: "im 44 but its
# tayo who is the victim hes 17" kept 44 as the age of the one harmed; "its older men from
# outside, not family" became "someone you know"; "we dont really know them, i said outside i
# mean strangers to us" was not taken.
_M79C_CHILD_IS_THE_VICTIM = re.compile(
    r"\b(?:its|it s|it is|but) (?:my (?:son|daughter|child|kid|boy|girl)|[a-z]+) (?:who is|who s|"
    r"whos|that is|thats|that s) (?:the )?(?:victim|one (?:it happened to|they hurt|harmed))\b|"
    r"\b(?:he|she|[a-z]+) is the (?:victim|one it happened to)\b(?! (?:not|of) (?:me|my))"
)
_M79C_MY_CHILD = re.compile(r"\b(?:my|our) (?:son|daughter|child|kid|boy|girl)\b")
_M79C_OUTSIDE = re.compile(
    r"\b(?:from outside|outsiders?|outside (?:the|our|my) family|not (?:from )?(?:the |our )?"
    r"family)\b"
)
_M79C_STRANGERS_TO_US = re.compile(
    r"\bstrangers? to (?:us|me|him|her|them|the family|our family)\b|\bi mean strangers\b"
)


def m79c_child_is_the_victim(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """ "im 44 but its tayo who is the victim hes 17": their child, with the child's age."""
    words = plain(text)
    said = _M79C_CHILD_IS_THE_VICTIM.search(words)
    if said is None or not _M79C_MY_CHILD.search(
        " ".join([*(plain(str(part)) for part in answers.get("said") or ()), words])
    ):
        return {}
    return x3_child_age_changes(words, answers)


def m79c_not_family_put_right(
    text: str, answers: Mapping[str, Any], changes: dict[str, Any]
) -> None:
    """Men "from outside, not family" are not known for that; "strangers to us" are strangers."""
    words = plain(text)
    known = changes.get("relationship_to_offender", answers.get("relationship_to_offender"))
    if known not in ("stranger", "unknown") and _M79C_STRANGERS_TO_US.search(words):
        changes["relationship_to_offender"] = "stranger"
    elif (
        changes.get("relationship_to_offender") == "someone_known"
        and answers.get("relationship_to_offender") in ("family_member", "partner_or_ex")
        and _M79C_OUTSIDE.search(words)
        and not re.search(rf"\b(?:{account.KNOWN})\b", words)
    ):
        changes["relationship_to_offender"] = "unknown"


# end m79c
# m79d (round 79)
# Kasia (r79a), her times "morning, 9 until 2" kept: "no not court. my DOOR in my flat is broken.
# he kick it. i am alone with kids tonight and cannot lock" changed them to "tonight". A "no" that
# puts right something else (the court answer she was given) is not about being contacted: the
# times change only when a sentence gives times and little else.
def m79d_not_about_contact(text: str) -> bool:
    return not times_given(_G76B_OPENING_NO.sub("", text))


# end m79d


# m79d (round 79)
# Faisal (r79e), an intimidated witness, at the voicemail question: "yeah but dont say nothing
# about the stabbing in it just say call back", then "did u get the bit about the voicemail tho,
# just call back, nothing about what its about": a voicemail only asking to call back.
_M79D_CALL_BACK = re.compile(
    r"\b(?:just|only)\b(?: \w+){0,3} (?:call|ring|phone) (?:me |us )?back\b"
)
_M79D_SAY_NOTHING = re.compile(
    r"\b(?:dont|don t|do not|never|not)\b(?: \w+){0,2} (?:say|saying|mention|mentioning|put|"
    r"leave)\b|\bnothing (?:about|on|to do with)\b|\bnot (?:say|saying) (?:what|why)\b"
)
# Bernadette (r79e, Deaf): "Email best. bernadette.k48@mailbox.co.uk", then "Text also ok 07723
# 456 789 but NOT a call" was kept as texts only, and her email lost: texts as a second way.
_M79D_TEXT_TOO = re.compile(
    r"\b(?:text|texts|texting|txt|sms)(?: messages?)?(?: me)?(?: is| are)? (?:also|too|as well|"
    r"second|secondly|as (?:a )?(?:backup|back up|second))\b"
)


def m79d_notes_said(text: str, method: str | None) -> list[str]:
    """A voicemail that only asks them to call back; texts as well as the email chosen."""
    words = plain(text)
    notes: list[str] = []
    if (
        method in (None, "call")
        and _M79D_CALL_BACK.search(words)
        and _M79D_SAY_NOTHING.search(words)
    ):
        notes.append("voicemail_call_back")
    if method == "email" and _M79D_TEXT_TOO.search(words):
        notes.append("text_too")
    return notes


def m79d_keep_email(turn: Turn, reading: Reading) -> None:
    """A mobile number given for texts "too" beside the email chosen keeps the email."""
    if (
        turn.answers.get("contact_method") == "email"
        and "@" in str(turn.answers.get("contact_details") or "")
        and "@" not in str(reading.slots.get("contact_details") or "@")
        and "text_too" in m79d_notes_said(turn.text, "email")
    ):
        for slot in ("contact_details", "contact_method"):
            reading.slots.pop(slot, None)
        reading.corrected = [
            slot for slot in reading.corrected if slot not in ("contact_details", "contact_method")
        ]


# end m79d


# n80a (round 80)
# Linda, 58, at the health question: "my back is bruised from the worktop but thats all" was
# read as "My" back at the phone ("Hi My, thanks: I'll ask about the person it happened to").
# Before "back" or "again" these words are never a name: a part of someone ("my back", "your
# arm back"), or going or coming back ("come back", "went back", "call me back").
N80A_NOT_A_NAME = frozenset(
    re.findall(
        r"\S+",
        "my your ur our their its yours mine theirs this that these those it they we you he she "
        "i come comes came coming go goes went going get gets got getting call called ring rang "
        "text texted write wrote bring brought pay paid give gave take took put send sent fight "
        "hit hitting punched pushed kicked look looked looking is was are were be been being "
        "and but or then there what why how when who",
    )
)


# Mo, after the result said "Some questions were skipped": "i didnt skip nothing. i said maybe
# about court cos theyre gonna know my face and my route. yeah im scared of that" kept the old
# answer. Court named, and being scared said (not denied), answers the court question: yes.
_N80A_COURT = re.compile(r"\b(?:court|trial|giving evidence|give evidence|evidence|witness)\b")
_N80A_SCARED = re.compile(
    # s83d (round 83): Dean, "i did say im a bit worried about giving evidence" (two words).
    r"\b(?:(?:yes|yeah|yh|ye|yep) )?(?:im|i m|i am|i would be|i d be|id be|i was|i will be|ill "
    r"be|i ll be|i feel|i do feel|i get)(?: \w+){0,2} (?:scared|afraid|frightened|terrified|"
    r"worried|petrified|bricking it)\b|\b(?:yes|yeah) (?:scared|afraid|worried)\b"
)
_N80A_NOT = re.compile(r"\b(?:not|never|nt|isnt|aint|wouldnt|dont)\b")
_N80A_OUTCOME = re.compile(
    r"^(?: that)? (?:he|she|they|hell|he ll|shell|she ll|theyll|they ll)\b(?: \w+){0,3}? (?:get "
    r"off|gets off|walk|walks|go free|goes free|let off|be let off|not be|wont be|get away)\b|"
    # j91d (round 91): Oliver, "I'm terrified a court will side with her and I'll lose Maisie"
    # (custody): afraid of what a court decides, not of giving evidence.
    r"^(?: that)? (?:a|the) (?:family )?(?:court|judge)s?\b(?: \w+){0,2}? (?:will|would|might|may|"
    r"could|ll|side|takes?|gives?|decides?)\b"
)


def n80a_court_fear_said_after(words: str) -> bool:
    """ "i said maybe about court ... yeah im scared of that": fear of court, said later."""
    if not _N80A_COURT.search(words):
        return False
    found = _N80A_SCARED.search(words)
    if not found or _N80A_NOT.search(found.group(0)):
        return False
    # Not "im scared hell get off at court": afraid of the verdict, not of giving evidence.
    return not _N80A_OUTCOME.search(words[found.end() :])


# Darren, 44, at the referral question after the bot answered his ASB question: "ok thats more
# like it. why" was taken as a yes and his WHY left unanswered; "wait i didnt say yes to that
# yet. i asked why, why do i get the extra support thing" then cancelled the referral as a no.
# An "ok" about the answer, then WHY, asks for the reasons; "not yet" is neither yes nor no.
_N80A_NOT_YES_YET = re.compile(
    r"\bi (?:didnt|did not|didn t|havent|have not|haven t) (?:say|said) yes(?: to (?:that|it|"
    r"this|anything))?(?: just)? yet\b|\bi (?:only |just |was |was only |was just )?ask(?:ed|ing) "
    r"(?:you )?(?:why|what|how|who|a question)\b"
)


def n80a_not_said_yes_yet(turn: Turn) -> bool:
    """At a contact question after a yes: the yes was never meant ("i didnt say yes yet", "i
    asked why"), so the referral question waits again."""
    if turn.requested not in _L5_CONTACT_QUESTIONS:
        return False
    if turn.answers.get("referral_consent") is not True or turn.intent == "delete_my_data":
        return False
    words = plain(turn.text)
    if _N80A_NOT_YES_YET.search(words) is None or ends_with_stop(turn.text):
        return False
    # "i didnt say yes yet and i dont want anyone contacting me" is still a no.
    rest = _N80A_NOT_YES_YET.sub(" ", words)
    return not _L5_WITHDRAWS.search(rest) and not _L5_BARE_NO.match(rest.strip())


def n80a_ok_then_why(text: str) -> bool:
    """ "ok thats more like it. why": an "ok" about an answer, then WHY on its own."""
    from actions.answers import n80a_ok_then_why as ok_then_why

    return ok_then_why(text)


_N80A_WHY_ASKED = re.compile(r"\b(?:why|reasons?|extra support|enhanced)\b")


def n80a_reasons(answers: Mapping[str, Any]) -> list[Say]:
    """The reasons of the result (what WHY sends), from the answers so far."""
    from actions.results import reasons_messages
    from referrals.matching import default_directory
    from referrals.results import build_result

    result = build_result(dict(answers), default_directory())
    return [
        Say(text=text, args={"utter_action": "utter_show_reasons"})
        for text in reasons_messages(result)
    ]


def n80a_back_to_referral_question(turn: Turn, reading: Reading) -> None:
    """The yes taken back: nothing passed on, the contact answers cleared, the reasons given
    when WHY was asked, and the referral question asked again."""
    reading.slots["referral_consent"] = None
    for slot in _L5_CONTACT_QUESTIONS:
        if turn.answers.get(slot) is not None:
            reading.slots[slot] = None
    reading.say.append(Say(response="utter_n80a_not_yes_yet"))
    if _N80A_WHY_ASKED.search(plain(turn.text)):
        reading.say.extend(n80a_reasons(turn.answers))


# end n80a
# n80b (round 80)
# Aliyah's mum: "he didnt touch her. he followed her and tried to get her in the car" was said
# back as "I've changed that: they followed you" and the sexual offence was kept (the Havens and
# CEOP were listed). A sexual offence denied is taken away, and what they told instead is read:
# following is stalking or harassment.
_N80B_NOT_SEXUAL = re.compile(
    r"\b(?:(?:he|she|they|nobody|no one|noone) (?:didnt|did not|never|hasnt|has not|havent|have "
    r"not|wouldnt)(?: ever)?(?: actually)? (?:touch|touched|hurt) (?:her|him|them|me|my \w+)|"
    r"(?:its|it s|it is|it was|thats|that s|this is|was) (?:not|never|nothing like) (?:a |an )?"
    r"(?:sexual (?:offence|offense|assault|thing)|sexual|rape)|nothing sexual|"
    r"why (?:did|have) (?:you|u) (?:\w+ )?(?:change|changed|put) (?:it|that) (?:to|as|down as) "
    r"(?:a )?sexual)\b"
)
# Farah: "no not trafficking. its family. my in laws. i live with them and my husband" got
# "I've updated that" with nothing said: trafficking denied, with the family named, is abuse by
# family (Domestic Abuse Act 2021, s.1 and s.2: relatives are personally connected).
_N80B_NOT_TRAFFICKING = re.compile(
    r"\b(?:not|isnt|wasnt|no|never|aint) (?:a |an |really |just )?(?:trafficking|trafficked|"
    r"human trafficking|modern slavery|slavery|forced (?:work|labour|labor))\b"
)
_N80B_ITS_FAMILY = re.compile(
    rf"\b(?:its|it s|it is|they are|theyre|they re|just|my|our|his|her) (?:my |our |his |her )?"
    rf"(?:own )?(?:{account.FAMILY})\b"
)


# g89h (round 89): Maya, 19, a man exposed himself to her on the night bus: "the havens is that
# not for like rape? he didnt touch me. i dont want to take a space from someone who actually got
# hurt" was read as taking back the sexual offence ("Thank you, I've updated that", then "What
# happened?"). Exposure is a sexual offence without touching (Sexual Offences Act 2003, s.66):
# "he didnt touch me" after it is told keeps it. "it wasnt sexual" still takes it back.
_G89H_NOT_SEXUAL_AT_ALL = re.compile(
    r"\b(?:nothing sexual|not (?:a |an )?sexual|never sexual|wasnt sexual|was not sexual|"
    r"not (?:a )?(?:flasher|exposure)|didnt (?:expose|flash)|never (?:exposed|flashed))\b"
)


def g89h_exposure_kept(text: str, answers: Mapping[str, Any]) -> bool:
    """ "he didnt touch me" from someone a man exposed himself to: the sexual offence stays."""
    from actions.questions import g89h_exposure_only

    return not _G89H_NOT_SEXUAL_AT_ALL.search(plain(text)) and g89h_exposure_only(answers, text)


def n80b_crime_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """A sexual offence or trafficking denied: taken away, and what was told instead read."""
    details = list(changes.get("account_details") or answers.get("account_details") or ())
    if (
        "stalking_described" in details
        and account.n80b_denies_stalking(plain(text))
        # not a stalker who has stopped for now: "he isnt following me anymore"
        and not re.search(
            r"\b(?:anymore|any more|now|stopped|since|at the moment|today)\b", plain(text)
        )
    ):
        # Darren: "im not being stalked tho its the neighbours": the stalking services go.
        changes["account_details"] = [d for d in details if d != "stalking_described"]
    kept = answers.get("crime_type")
    if changes.get("crime_type") not in (None, kept, "other"):
        return  # another crime told outright stands
    words = plain(text)
    if kept == "sexual_offence" and g89h_exposure_kept(text, answers):
        return  # g89h (round 89): Maya's "he didnt touch me" after a man exposed himself
    if kept == "sexual_offence" and _N80B_NOT_SEXUAL.search(words):
        told = account.read_account(text, answers.get("relationship_to_offender"))
        if told.crime_type not in (None, "sexual_offence"):
            changes["crime_type"] = told.crime_type
        elif "stalking_described" in told.details:
            changes["crime_type"] = "stalking_harassment"
        else:
            changes["crime_type"] = None  # asked again: "What happened?"
        if changes["crime_type"] == "stalking_harassment":
            changes.pop("account_details", None)  # said back as the crime, not "they followed"
    elif (
        kept == "human_trafficking"
        and _N80B_NOT_TRAFFICKING.search(words)
        and _N80B_ITS_FAMILY.search(words)
    ):
        changes["crime_type"] = "domestic_abuse"
        if answers.get("relationship_to_offender") in (None, "unknown", "stranger"):
            changes["relationship_to_offender"] = "family_member"


# Arjun (pharmacist), asking for his assistant: "can she get help in Gujarati?" and "So for
# Priya, if she calls ..., can they provide a Gujarati interpreter?" changed HIS language to
# Gujarati, twice. A language named only where someone else is spoken of (she, he, my
# assistant) is theirs, unless the chat is about that person (a parent for a child, someone
# writing for another).
_N80B_SOMEONE_ELSE = re.compile(
    r"\b(?:she|he|shes|hes|her|him|his|herself|himself|my (?:assistant|colleague|staff|"
    r"employee|worker|friend|neighbour|cleaner|carer|tenant|lodger|client|customer|patient)s?)\b"
)
_N80B_ME = re.compile(r"\b(?:i|me|im|myself|for me|i d|id|ive|i ve|i m)\b")


def n80b_language_someone_elses(text: str, answers: Mapping[str, Any]) -> bool:
    """A language named only in sentences about someone else, not the one the chat is for."""
    if answers.get("for_child") or answers.get("for_someone_else"):
        return False
    if p81d_language_for_others(text):
        return True  # p81d (round 81) -- "Can the elders get support in Punjabi" (Harjit)
    parts = [plain(part) for part in re.split(r"[.!?;\n]+", text)]
    naming = [
        part
        for part in parts
        if language_asked_for(part, bare=False)
        or _X3_LANGUAGE_NAMED.search(part)
        or re.search(rf"\b(?:{_LANGUAGE_WORDS})\b", part)
    ]
    return bool(naming) and all(
        _N80B_SOMEONE_ELSE.search(part) and not _N80B_ME.search(part) for part in naming
    )


# end n80b
# n80c (round 80)
# Gemma (r80b), referred "any time", putting right a time read from her shower: "NOT sunday
# morning. any time. please" was kept as "not sunday morning". "any time" said again keeps it.
def n80c_any_time_kept(text: str, times: str, known: str) -> bool:
    words = plain(text)
    return (
        times.startswith("not ")
        and bool(re.search(r"\b(?:any ?time|anytime)\b", words))
        and bool(re.search(r"\b(?:any ?time|anytime)\b", plain(known)))
    )


# end n80c


# Ken (r80c), 81: "PLEASE SPEAK UP AS I AM HARD OF HEARING" (m2's speak_up, said during the
# questions); Brian (r80e), whose carer's boyfriend took his tablets: "yes refer me but please not
# to the care agency", "they wont tell the care agency will they? I said not the agency".
_N80C_NOT_AGENCY = re.compile(
    r"\b(?:not|dont|don t|do not|never|wont|won t|no)\b(?: \w+){0,4} (?:the |my |her |his )?"
    r"(?:care|carers|home care) (?:agency|company|firm)\b|\bnot the agency\b"
)


def n80c_notes_said(text: str) -> list[str]:
    notes: list[str] = []
    if m2_speak_up(text):
        notes.append("speak_up")
    if _N80C_NOT_AGENCY.search(plain(text)):
        notes.append("not_care_agency")
    if _Q94C_NOT_TO_POLICE.search(plain(text)):
        notes.append("not_police")  # q94c (round 94): Efua
    return notes


# q94c (round 94): Efua, saying yes to the referral: "they must not go to the police please".
_Q94C_NOT_TO_POLICE = re.compile(
    r"\b(?:my details|details|information|info|they|it|this)\b (?:must not|mustnt|mustn t|should "
    r"not|shouldnt|shouldn t|cannot|cant|can t|dont|don t|do not|will not|wont|won t|not) (?:go|be "
    r"(?:passed|given|sent|shared)|get (?:passed|sent))(?: on)? to the police\b|\bnot to "
    r"the police\b"
)


# end n80c


# p81b (round 81)
# Ruth: "it's my daughter, not my son" (the bot had said "your son") names one relative in place
# of another: who did it is still family, and what happened still stands, not "What happened?".
def p81b_one_relative_for_another(words: str, denied: re.Match[str]) -> bool:
    """The one denied is swapped for another of the same kind, said just before it."""
    before = _IT_WAS.search(words[max(0, denied.start() - 40) : denied.start()])
    if before is None:
        return False
    kind = "f" if denied.group("f") else "p" if denied.group("p") else "k"
    pattern = {"f": account.FAMILY, "p": account.PARTNER, "k": account.KNOWN}[kind]
    return bool(re.search(rf"\b(?:{pattern})\b", before.group(0)))


# Des: "whoa it happened once mate, never seen him before in my life" after an assault was read
# was asked "Do you know who did it?" next: a stranger, said of the crime already told.
def p81b_stranger_told(found: dict[str, Any], turn: Turn) -> None:
    answers = turn.answers
    if (
        "relationship_to_offender" not in found
        and answers.get("crime_type") not in (None, "homicide", "terrorism")
        and not (answers.get("for_child") or answers.get("for_someone_else"))
        and not found.get("for_child")
        and _P81B_NEVER_SEEN.search(plain(turn.text))
        and account.strangers(turn.text)
        and not _WHAT_IF.search(plain(turn.text))
    ):
        found["relationship_to_offender"] = "stranger"


# Not any stranger named ("a stranger told me to call you", "strangers scare me now", round 56):
# one they say they never saw or knew.
_P81B_NEVER_SEEN = re.compile(
    r"\bnever (?:seen|met|saw) (?:him|her|them|the \w+|that \w+)\b|"
    r"\b(?:didnt|did not|dont|do not) know (?:him|her|them|who (?:he|she|they) "
    r"(?:was|were|is|are))\b"
)


# Pat, typing for Dot: "its Pat by the way, Dot is 85 she cant do the phone very well": the age
# of the one written for, by name, is hers (asked "How old are you?" later, "Dot is 85 like i
# said" was not taken).
def p81b_named_persons_age(found: dict[str, Any], turn: Turn) -> None:
    age = p81b_named_age(turn.text, turn.answers)
    if age is not None and "age" not in found and turn.answers.get("age") is None:
        found["age"] = age


def p81b_named_age(text: str, answers: Mapping[str, Any]) -> float | None:
    """ "Dot is 85", of Dot, the one written for ("im typing for Dot, shes my neighbour")."""
    said = " . ".join(str(earlier).lower() for earlier in (answers.get("said") or ()))
    lowered = text.lower()
    named = account._P81B_WRITES_FOR_NAMED.search(f"{said} . {lowered}")
    if named is None:
        return None
    name = named.group(0).split()[-1]
    told = re.search(rf"\b{re.escape(name)}(?: is|s| is now| aged|,) (\d{{1,3}})\b", plain(text))
    years = int(told.group(1)) if told else 0
    return float(years) if 1 <= years <= 110 else None


# Kev: "am i stupid? honestly. 52 years old and fell for that" was asked "How old are you?"
# next: an age said of oneself in passing, at the start of a sentence or after "im".
_P81B_OWN_AGE = re.compile(
    r"(?:^|[.!?,]\s*|\b(?:im|i m|i am|i'm|me at|at)\s+)(\d{2,3}) ?(?:years? old|yrs? old|yo)\b"
    r"(?! (?:son|daughter|boy|girl|child|kid|man|woman|lad|bloke|mum|dad|mother|father|neighbour|"
    r"brother|sister|grandson|granddaughter|nephew|niece|friend))"
)


def p81b_own_age_in_passing(found: dict[str, Any], turn: Turn) -> None:
    answers = turn.answers
    if (
        "age" in found
        or answers.get("age") is not None
        or answers.get("for_child")
        or answers.get("for_someone_else")
        or found.get("for_child")
        or found.get("for_someone_else")
    ):
        return
    said = _P81B_OWN_AGE.search(turn.text.lower())
    years = int(said.group(1)) if said else 0
    if 18 <= years <= 110:
        found["age"] = float(years)


# end p81b


# p81d (round 81) -- Grace, whose husband is home at weekends: "only if they call when im at
# work. weekdays 1 till 2 is my break" was read back as "1 till 2, not weekdays": the "at work"
# of one sentence was taken as busy for the first word of the next. Busy words reach only
# within their own sentence.
def p81d_sentences_apart(text: str) -> str:
    return " | ".join(plain(part) for part in _G3_SENTENCE_END.split(text) if plain(part))


# p81d (round 81) -- Leanne, kept as "not after 7": "and not before 9.30!! i said that" replaced
# it with "not before 9". A limit on one side, said when only the other side was kept, adds to
# it (the two do not disagree); a window or a limit on the same side still replaces.
_P81D_LIMIT = re.compile(r"not (before|after) \d{1,2}(?:[:.][0-5]\d)?(?: ?(?:am|pm))?")


def p81d_other_limit_added(new: str, known: str) -> str:
    new_side = _P81D_LIMIT.fullmatch(new.strip())
    known_parts = [part.strip() for part in known.split(",") if part.strip()]
    known_sides = [_P81D_LIMIT.fullmatch(part) for part in known_parts]
    if not new_side or not known_parts or not all(known_sides):
        return new
    if any(side and side.group(1) == new_side.group(1) for side in known_sides):
        return new
    order = sorted([new.strip(), *known_parts], key=lambda part: "after" in part)
    return ", ".join(order)


# p81d (round 81) -- Nina, referred "any time by text": "who will text me, police? ... and today
# what i do for our things, children need school uniform tomorrow" changed her times to "today,
# tomorrow". When a message speaks of being contacted in one sentence, the times in another are
# times to be contacted only if that sentence says little else ("call me instead. after 6").
_P81D_FILLER = frozenset(
    {"and", "but", "or", "so", "please", "pls", "plz", "only", "just", "not", "no", "then"}
    | {"its", "thats", "ok", "okay", "fine", "best", "is", "are", "at", "on", "in", "the"}
    | {"any", "time"}
    # Round 76's Lucy: "I mean when the support worker phones me. it should be after 8pm not
    # before": the words that put a time, not other talk.
    | {"it", "should", "be", "must", "has", "to", "before", "after", "from", "until", "till"}
    | {"between"}
)


def p81d_times_about_contact(text: str) -> str:
    pieces = re.split(f"({_G3_SENTENCE_END.pattern})", text)  # each sentence, then its end
    parts = pieces[0::2]
    about = [bool(_G76B_ABOUT_CONTACT.search(plain(part))) for part in parts]
    if sum(1 for part in parts if plain(part)) < 2 or not any(about):
        return text
    kept = [
        part + (pieces[2 * index + 1] if 2 * index + 1 < len(pieces) else "")
        for index, part in enumerate(parts)
        if about[index]
        or not mentions_times(part)
        or len(set(_TIME_WORDS.sub(" ", plain(part)).split()) - _P81D_FILLER) <= 3
    ]
    return " ".join(piece.strip() for piece in kept if piece.strip())


# p81d (round 81) -- Nina: "i not say today tomorrow, any time is ok": the times kept are
# denied, and any time is what she said.
_P81D_DID_NOT_SAY = re.compile(
    r"\b(?:i|me)\s+(?:not|never|didnt|did not|dont|do not|no)\s+(?:say|said|says|write|wrote)\b"
    r"(?P<rest>(?:\s+\w+){1,6})"
)


def p81d_kept_times_denied(text: str, times: str) -> bool:
    denied = _P81D_DID_NOT_SAY.search(plain(text))
    kept = {word for word in plain(times).split() if word not in _P81D_FILLER}
    return bool(denied and kept and kept <= set(denied.group("rest").split()))


# p81d (round 81) -- Ahmed: "text me whatsapp better", "07700 914 552 whatsapp", "please tell
# them whatsapp": WhatsApp wished for (not "no whatsapp, he reads it"), kept as a note.
_P81D_WHATSAPP = re.compile(r"\b(?:whats ?app|whatsap|watsapp|watsap)\b")
_P81D_NO_WHATSAPP = re.compile(
    r"\b(?:no|not|dont|do not|never|cant|cannot|without)\b(?: \w+){0,2} (?:whats ?app|whatsap|"
    r"watsapp|watsap)\b|\b(?:whats ?app|whatsap|watsapp|watsap) (?:is )?(?:not ok|not safe|no)\b"
)


def p81d_notes_said(text: str) -> list[str]:
    words = plain(text)
    wanted = _P81D_WHATSAPP.search(words)
    notes = ["whatsapp"] if wanted and not _P81D_NO_WHATSAPP.search(words) else []
    if _K99C_NO_POST.search(words):
        notes.append("no_post")  # k99c (round 99): Dev, "just no letters please"
    return notes


# k99c (round 99): Dev, whose family don't know he is gay: "i dont want anything in post that my
# family might see", "just no letters please", "no letters to my flat ok?" was never noted.
_K99C_NO_POST = re.compile(
    r"\bno (?:letters|post|mail)\b(?! (?:yet|came|come|arrived|from))|\b(?:dont|do not|never|"
    r"wont) (?:send|post) (?:me )?(?:anything|any letters|letters|any post)\b|\bnothing (?:in|by|"
    r"through) (?:the )?post\b|\b(?:dont|do not) want (?:anything|any letters|letters) (?:in|by|"
    r"through|sent in) (?:the )?post\b"
)


# p81d (round 81) -- Harjit, given a Punjabi interpreter he never asked for: "No no, I speak
# English, I don't need interpreter", "I want English please not Punjabi interpreter for me",
# "language: English" were not taken. English said for themselves puts the language back.
_P81D_ENGLISH_FOR_ME = re.compile(
    r"\b(?:i (?:speak|want|prefer|need|said) english|english (?:please|pls|is fine|is ok|for me)|"
    r"language (?:is )?english|(?:i )?(?:dont|do not) need (?:an |a |any )?(?:\w+ )?interpreter|"
    r"no interpreter)\b"
)


def p81d_english_after_all(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    kept = str(answers.get("language") or "")
    words = plain(text)
    if not kept or kept.lower() == "english" or not _P81D_ENGLISH_FOR_ME.search(words):
        return {}
    if re.search(r"\b(?:not|no|dont|isnt) (?:in )?english\b", words):
        return {}
    return {"language": "english"}


# end p81d


# p81d (round 81) -- Harjit, a temple volunteer who said "English is fine": "Can the elders get
# support in Punjabi if they are upset by this?" changed HIS language to Punjabi. A language
# asked about for a group or relatives (the elders, my parents, the community) is theirs,
# unless the person puts themselves in too ("me and my mum").
_P81D_OTHERS = re.compile(
    r"\b(?:the|our|my|some of the|some|those) (?:elders|elderly|older (?:ones|people|members)|"
    r"old people|community|congregation|members|parents|grandparents|relatives|family|aunties|"
    r"uncles|mum|mother|dad|father|gran|nan|grandma|grandad|grandmother|grandfather)\b"
)


def p81d_language_for_others(text: str) -> bool:
    parts = [plain(part) for part in re.split(r"[.!?;\n]+", text)]
    naming = [part for part in parts if re.search(rf"\b(?:{_LANGUAGE_WORDS})\b", part)]
    return bool(naming) and all(
        _P81D_OTHERS.search(part) and not re.search(r"\b(?:me|myself|i|im|we|us)\b", part)
        for part in naming
    )


# end p81d


# i91d (round 91) -- Harjit, for his gurdwara: "Please note in the referral that it concerns the
# whole congregation and that some elders need Punjabi", "Will the note about the congregation be
# passed on?", "will the support team know that this concerns the whole congregation and that the
# elders would need Punjabi?" (never a yes or no). Kept with the referral and said back.
_I91D_COMMUNITY = re.compile(
    r"\b(?:(?:the |our )?whole|all (?:the |of the |our )?|entire|the|our) (?:congregation|"
    r"community|sangat|worshippers|members|elders)\b"
)
_I91D_FOR_REFERRAL = re.compile(
    r"\b(?:note|noted|notes|add|added|put (?:it |that )?(?:in|on|down)|include|included|pass\w* on|"
    r"tell (?:them|the (?:support )?(?:team|worker|service))|make sure|"
    r"(?:they|team|worker|service) (?:know|knows|will know|be told)|in the referral)\b"
)


def community_notes_said(text: str) -> list[str]:
    """A note for the referral that others are affected: a whole congregation or community, and
    that some of them need another language (not the person's own, p81d_language_for_others)."""
    notes: list[str] = []
    words = plain(text)
    if not _I91D_FOR_REFERRAL.search(words) or not _I91D_COMMUNITY.search(words):
        return notes
    notes.append("community_affected")
    others_language = re.search(
        rf"\b(?:elders|elderly|older \w+|members|some of them|others)\b(?: \w+){{0,3}} "
        rf"(?:need|needs|prefer|would prefer|speak|speaks|want|would like) (?:\w+ )?"
        rf"(?:{_LANGUAGE_WORDS})\b",
        words,
    )
    if others_language and not re.search(r"\bi (?:need|want|prefer)\b", words):
        notes.append("others_interpreter")
    return notes


# end i91d


# p81c (round 81)
def p81c_robbery_was_burglary(
    text: str, answers: Mapping[str, Any], changes: dict[str, Any]
) -> None:
    """ "i have been robbed", then "the other one went upstairs and took my money from the
    bedroom" or "he said it was a distraction something" (Ron, 77): a burglary, not a robbery,
    when no force is told."""
    if answers.get("crime_type") != "robbery" or "crime_type" in changes:
        return
    lowered = text.lower()
    if account.p81c_distraction_burglary(lowered) and not _G1_FORCE.search(plain(text)):
        changes["crime_type"] = "burglary"


def p81c_not_afraid_put_right(
    text: str, answers: Mapping[str, Any], changes: dict[str, Any]
) -> None:
    """ "i didnt say afraid. i said embarrassed" (Kev): not afraid of giving evidence. Harjit's
    "I did not say I am afraid about giving evidence. I said no." (fear already noted as no) was
    read by the other corrections as saying he is afraid: never a yes from a denial."""
    if not P81C_DIDNT_SAY_AFRAID.search(plain(text)):
        return
    if answers.get("fear_of_giving_evidence") is True:
        changes["fear_of_giving_evidence"] = False
    elif changes.get("fear_of_giving_evidence") is True:
        changes.pop("fear_of_giving_evidence")


# end p81c


# f88c (round 88): Doreen, 81, "a man took my money for the roof" was noted as a theft, and
# "well he didnt steal it exactly, I gave him £3,000 for the roof and he never came back" left it
# so (only "it happened once" was changed), and no fraud service was listed. Money handed to a
# trader at the door who never did the work, said in place of stealing, is doorstep fraud.
_F88C_NOT_STOLEN = re.compile(
    r"\b(?:didnt|did not|didn t|never|wasnt|was not|wasn t|isnt|is not|not) (?:really |exactly |"
    r"actually |as such )?(?:steal|stole|stolen|theft|a theft|nick|nicked|rob|robbed)\b|"
    r"\b(?:i|we) (?:gave|paid|handed) (?:it|him|them|her|the money)\b"
)


def f88c_theft_was_trader_fraud(
    text: str, answers: Mapping[str, Any], changes: dict[str, Any]
) -> None:
    """A theft kept, then money given to a trader for work never done: fraud."""
    if answers.get("crime_type") != "theft" or changes.get("crime_type") not in (None, "theft"):
        return
    if not _F88C_NOT_STOLEN.search(plain(text)):
        return
    told = account.read_account(text, answers.get("relationship_to_offender"))
    if told.crime_type != "fraud" or "doorstep" not in told.details:
        return
    changes["crime_type"] = "fraud"
    details = list(changes.get("account_details") or answers.get("account_details") or ())
    changes["account_details"] = sorted({*details, "doorstep"})


# end f88c


# q82b (round 82)
# Maria (52, a cleaner): "the husband he grab my arm" after "i work cleaning for a family" in the
# message before was noted as "a partner or ex": "the husband" of the house she cleans, told over
# two messages, is someone she knows, not her partner.
def q82b_someone_elses_spouse(turn: Turn) -> bool:
    told = plain(
        " . ".join([*(str(said) for said in turn.answers.get("said") or ()), *turn.earlier])
        + " . "
        + turn.text
    )
    return bool(
        re.search(r"\bthe (?:husband|wife)\b", told)
        and not re.search(r"\bmy (?:husband|wife|partner|hubby|missus)\b", told)
        and account._N5_SOMEONE_ELSES_SPOUSE.search(told)
    )


# Claire (41), her husband killed by a driver: "it was my husband dan, hit and run" was noted as
# her husband being the one who did it. A partner or relative named, then only what happened to
# them (a hit and run, a crash, died), is the one who died, when a death is told.
_Q82B_NAMES_WHO_DIED = re.compile(
    rf"\b(?:it was|its|it s|it is|that was|was) (?:my|our) (?:{account.PARTNER}|{account.FAMILY})"
    r"(?: (?!who\b|that\b|which\b)\w+)?\s*[,.;:!-]+\s*(?:(?:a|an|the|in a|in the) )?(?:hit[- ]?"
    r"(?:and|n|&)?[- ]?run|road crash|crash|car crash|accident|run over|knocked down|killed|died|"
    r"dead|murdered|stabbed|shot)\b"
)
_Q82B_A_DEATH = re.compile(
    r"\b(?:hit ?(?:and|n)? ?run|killed|died|dead|murdered|passed away|run over|knocked down)\b"
)


def q82b_names_who_died(text: str, answers: Mapping[str, Any]) -> bool:
    """Read with its commas and full stops: "my husband dan, hit and run" names, then tells."""
    said = re.sub(r"['’]", "", text.lower())
    words = plain(text)
    return bool(
        _Q82B_NAMES_WHO_DIED.search(said)
        and (
            answers.get("bereaved")
            or answers.get("crime_type") == "homicide"
            or _Q82B_A_DEATH.search(words)
        )
    )


def q82b_volunteered_who(turn: Turn, found: dict[str, Any]) -> None:
    """Who did it, read from the message, put right for Maria's and Claire's words (above)."""
    who = found.get("relationship_to_offender")
    if who == "partner_or_ex" and q82b_someone_elses_spouse(turn):
        found["relationship_to_offender"] = "someone_known"
        if found.get("crime_type") == "domestic_abuse":
            found.pop("crime_type")
    elif who in ("partner_or_ex", "family_member") and q82b_names_who_died(turn.text, turn.answers):
        found.pop("relationship_to_offender")


# Dev: "Correction: it's not my partner or ex. It's my ex-wife's new partner" was put right to
# nothing, and '"it was a partner or ex" is wrong. It was someone I know.' not at all. Claire:
# "no thats wrong. a stranger killed him, a driver" was not read, and "it was my husband dan, hit
# and run" changed who did it to her husband.
_L100D_PARTNER_NOW = re.compile(
    r"\b(?:my (?:husband|wife|partner|boyfriend|girlfriend)|(?:we are|were|we re) (?:still )?"
    r"married)\b"
)
_Q82B_SOMEONE_I_KNOW = re.compile(
    r"\b(?:it was|its|it s|it is|was|he is|hes|she is|shes|they are|theyre)? ?(?:just )?someone "
    r"(?:i|we) (?:know|knew|know of)\b"
)
_Q82B_WRONG = re.compile(
    r"\b(?:wrong|not|isnt|wasnt|never|didnt|did not|correction|incorrect|no)\b"
)
_Q82B_STRANGER_DID = re.compile(
    r"(?<!not )(?<!wasnt )(?<!isnt )\b(?:a|some|by a) (?:stranger|random (?:man|guy|driver|person|"
    r"bloke|woman))\b(?! (?:or|and) )"
)


def q82b_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    known = answers.get("relationship_to_offender")
    words = plain(text)
    said = changes.get("relationship_to_offender", known)
    if said in ("partner_or_ex", "family_member") and q82b_names_who_died(text, answers):
        if known in ("partner_or_ex", "family_member"):
            changes["relationship_to_offender"] = None  # said before: taken off
        else:
            changes.pop("relationship_to_offender", None)
        return
    if known not in ("partner_or_ex", "family_member") or not _Q82B_WRONG.search(words):
        return
    if account.Q82B_EXS_PARTNER.search(text) or _Q82B_SOMEONE_I_KNOW.search(words):
        changes["relationship_to_offender"] = "someone_known"
    elif _Q82B_STRANGER_DID.search(words):
        changes["relationship_to_offender"] = "stranger"
    else:
        return
    if answers.get("crime_type") == "domestic_abuse" and "crime_type" not in changes:
        changes["crime_type"] = None  # the label came from who did it: ask what happened again


# end q82b


# q82b (round 82)
# Zainab (20): at "are you or the person it happened to in danger?", "no its me it happened to. my
# cousin is the one who did it" was read as "no, not in danger", and the danger question was never
# asked again: her "no" was to writing for someone else. Unless she says she is safe, it is asked.
_Q82B_SAFE_SAID = re.compile(
    r"\b(?:safe|not in danger|no danger|im ok|im fine|i m ok|i m fine|im okay|nobody is in danger|"
    r"no one is in danger|not right now|not now|at home)\b"
)


def q82b_danger_still_asked(turn: Turn, reading: Reading) -> None:
    if (
        turn.requested != "in_danger"
        or reading.slots.get("in_danger") is not False
        or not (turn.answers.get("for_someone_else") or turn.answers.get("for_child"))
        or not (
            reading.slots.get("for_someone_else") is False
            or reading.slots.get("for_child") is False
        )
        or _Q82B_SAFE_SAID.search(plain(turn.text))
    ):
        return
    reading.slots.pop("in_danger")
    reading.noted.pop("in_danger", None)


# Kofi (40), for his daughter Ama (14): "it is not ME who was targeted it is my daughter Ama, 14",
# "WRONG. the victim is 14 not 40. I am the father", "she is 14" and "My daughter age is 14. The
# victim is a child" were each refused, and "she is 14" at the referral question was taken as a no.
# A child's age told, when the age kept is a grown-up's and their child is named, is the child's.
_Q82B_CHILDS_AGE_TOLD = re.compile(
    r"\b(?:(?:the )?victim is (?:a child|\d{1,2})|(?:shes|she is|hes|he is|she s|he s) "
    r"(?:only )?\d{1,2}|(?:my|our) (?:son|daughter|child|kid|boy|girl)(?: [a-z]+)?,? "
    r"(?:age |aged )?(?:is )?\d{1,2}|not me (?:who|that|it)|"
    r"i am the (?:father|mother|dad|mum|parent))\b"
)
_Q82B_CHILDS_AGE = re.compile(
    r"\b(?:hes|he s|he is|shes|she s|she is|victim is|(?:son|daughter|child|kid|boy|girl)"
    r"(?: [a-z]+)?,?(?: age| aged)?(?: is)?)\s*(?:only )?(\d{1,2})\b"
    r"(?! (?:times|days|weeks|months|minutes|mins|hours|pounds|quid|miles)\b)"
)


_Q82B_THE_CHILD_IS_THE_ONE = re.compile(
    r"\b(?:victim|targeted|not me|i am the (?:father|mother|dad|mum|parent)|happened to (?:my|her|"
    r"him))\b"
)


# Ewa (31, a nurse): "now he post about me on facebook in polish, bad things, lies" was noted as
# "support in Polish, with an interpreter". A language named for the posts, messages or words
# someone else wrote or said is theirs, not one asked for (round 80's and 81's "a language for
# someone else", extended to what was written).
_Q82B_THEIR_WORDS_IN = re.compile(
    r"\b(?:post\w*|messag\w*|text\w*|wr[io]t\w*|comment\w*|emails?|letters?|notes?|tweet\w*|"
    r"videos?|stor(?:y|ies)|status\w*|facebook|fb|insta\w*|tiktok|whatsapp|snapchat|online|"
    r"abuse|insult\w*|swear\w*|shout\w*|names|graffiti|threats?|threaten\w*)\b[^.!?,;]{0,40}"
    rf"\bin (?:{_LANGUAGE_WORDS})\b"
)
_Q82B_ASKS = re.compile(
    r"\b(?:can|could|please|pls|plz|want|need|would like|prefer\w*|someone|somebody|anyone|"
    r"support|help|interpreter|translator|speak|speaks|speaking|talk|talking|(?:message|text|"
    r"email|write to|call|contact) (?:me|us))\b"
)


def q82b_language_of_their_words(words: str) -> bool:
    return bool(_Q82B_THEIR_WORDS_IN.search(words)) and not _Q82B_ASKS.search(words)


def q82b_childs_age_put_right(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    words = plain(text)
    told = " ".join([*(plain(str(part)) for part in answers.get("said") or ()), words])
    kept = answers.get("age")
    if (
        answers.get("for_child")
        or kept is None
        or float(kept) < 18
        or not _Q82B_CHILDS_AGE_TOLD.search(words)
        or not _M79C_MY_CHILD.search(told)
        or not (
            _Q82B_THE_CHILD_IS_THE_ONE.search(words) or account.q82b_parent_tells_of_child(told)
        )
    ):
        return {}
    age = next(
        (
            float(found.group(1))
            for found in _Q82B_CHILDS_AGE.finditer(words)
            if 1 <= int(found.group(1)) <= 17
        ),
        None,
    )
    if age is None:
        return {}
    return {"for_someone_else": True, "for_child": True, "age": age, "under_18": True}


# end q82b


# q82f (round 82)
# Zainab: "just dont say what its about in the text pls", Ama: "maybe dont say what its about"
# (someone reads their phone) and Lily: "dont say rape in the text in case it shows on the lock
# screen", said at the questions about being contacted: how the support team's messages must
# read, which is the "plain" contact note (core/contact_notes.py). They got "I'll keep my words
# plain" (the bot's own words only), and Lily's was read as a change to the crime.
_Q82F_MESSAGE = (
    r"(?:texts?|txts?|messages?|msgs?|sms|emails?|e mails?|subject(?: line)?|title|lock ?screen|"
    r"notifications?|preview|voicemails?|phone)"
)
_Q82F_WORDING_WISH = re.compile(
    # n94a (round 94): Hazel, "perhaps they shouldn't say what it is about".
    r"\b(?:dont|do not|don t|never|not|no|without|shouldnt|should not|mustnt|must not)\b"
    r"(?: (?:just|even|ever|actually|really))? "
    r"(?:say|saying|put|putting|write|writing|mention|mentioning|use|using|show|showing|"
    r"include|including)\b(?: (?:the )?words?)?"
    # m92b (round 92): Zara, 16, "not say whats its about" (her mum sometimes has her phone).
    r"(?: (?:(?:what|whats|what s) (?:its|it s|it is|this is|its all|it was|it) about|"
    r"why (?:they|youre|you re|"
    r"theyre|they re) (?:texting|messaging|writing|contacting)\b)"
    r"| [\w ]{1,30}? (?:in|on|into) (?:the |a |any |my |your |their |them |those )?"
    rf"{_Q82F_MESSAGE}\b)"
)


def q82f_wording_wish(text: str) -> bool:
    """ "dont say what its about", "dont say rape in the text": how the support team's
    messages must read (nothing about what it is), never a change to what happened."""
    return bool(_Q82F_WORDING_WISH.search(plain(text)))


def q82f_without_wording_wish(text: str) -> str:
    """The message without its sentences about how messages must read, so that the words of
    the crime inside them ("dont say rape in the text") are never taken as a correction."""
    parts = re.split(r"(?<=[.!?;\n])\s+|\s+(?=\bbut\b)", text)
    return " ".join(part for part in parts if not q82f_wording_wish(part)).strip()


# Hannah: "ugh ok ill just call cst myself": she will ring an organisation herself, which is not
# how the support team should contact her (she had said text).
_Q82F_CALL_THEM_MYSELF = re.compile(
    r"\b(?:ill|i ll|i will|im gonna|im going to|i m going to|i can|i could|i might|maybe i ll|"
    r"maybe ill|i shall|let me) (?:just |probably |maybe |still |then )?(?:call|ring|phone|contact|"
    r"text|email|message|try|get in touch with|chat (?:to|with)) (?:[\w]+ ){0,4}?(?:myself|"
    r"me self|my self|on my own|direct|directly)\b"
)


def q82f_contacts_them_myself(text: str) -> bool:
    """ "ill just call cst myself": they'll contact a service themselves (not a way to be
    contacted)."""
    return bool(_Q82F_CALL_THEM_MYSELF.search(plain(text)))


def q82f_corrections_kept(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """Drops what ``corrections`` read from a wording wish or from "ill call them myself"."""
    if "contact_method" in changes and q82f_contacts_them_myself(text):
        changes.pop("contact_method")
    if "crime_type" in changes and q82f_wording_wish(text):
        rest = q82f_without_wording_wish(text)
        if not rest or "crime_type" not in _corrections_said(rest, answers):
            changes.pop("crime_type")


def q82f_asked_for_contact(turn: Turn, reading: Reading) -> bool:
    """They have said yes to being contacted, now or before: a wish for plain words is for the
    support team's messages too."""
    return (
        turn.answers.get("referral_consent") is True
        or reading.slots.get("referral_consent") is True
        or turn.requested in REFERRAL_SLOTS
    )


def q82f_plain_kept(turn: Turn, reading: Reading) -> str:
    """The reply to a wish for plain words: while being referred, kept with the request as the
    "plain" note (said so), else the bot's own words kept plain."""
    if not q82f_asked_for_contact(turn, reading):
        return "utter_discreet_ok"
    notes = list(turn.answers.get("contact_notes") or [])
    if "plain" not in notes:
        reading.slots["contact_notes"] = [*notes, "plain"]
    return "utter_q82f_plain_added"


# Pete, 74, hard of hearing: "Yes please, but by letter or email only, NOT phone. My email is
# ...": email was kept, but the letter and the "not phone" were passed over. The bot takes no
# postal address, so a letter is not promised: said honestly, and "no phone calls" kept.
_Q82F_LETTER = re.compile(r"\b(?:letters?|by post|in the post|post only|write to me)\b")


def q82f_letter_or_email(turn: Turn, reading: Reading) -> None:
    words = plain(turn.text)
    method = reading.slots.get("contact_method") or turn.answers.get("contact_method")
    if method is None and turn.requested == "contact_method" and _Q82F_LETTER.search(words):
        # m103c (round 102): Joyce, "by letter please. 14 Laburnum Road" got "How should they
        # contact you?" again with no word on the letter: say why, before it is asked again.
        reading.say.append(Say(response="utter_m103c_no_letter"))
        return
    if method != "email" or not _Q82F_LETTER.search(words):
        return
    if _F5_NO_CALLS.search(words) or re.search(r"\bnot (?:by )?(?:phone|calls?)\b", words):
        notes = list(reading.slots.get("contact_notes") or turn.answers.get("contact_notes") or [])
        if "no_calls" not in notes:
            reading.slots["contact_notes"] = [*notes, "no_calls"]
    reading.say.append(Say(response="utter_q82f_email_not_letter"))


# end q82f


# q82c (round 82)
def q82c_borough_put_right(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """ "3 i LIVE in lambeth not chelsea, chelsea is only the work" (Maria, noted in Kensington
    and Chelsea where she works): the borough they say they live in replaces the one noted."""
    if not answers.get("borough"):
        return {}
    # m92c (round 92): Leila, noted in Redbridge (her sister's), typed "tower hamlets" alone at
    # the next question and it was not taken: a London borough as the whole message, other than
    # the one noted, puts it right.
    alone = re.fullmatch(r"(?:no,? )?(?:(?:its|it s|in) )?(\w+(?: \w+){0,2})", plain(text))
    if alone:
        named = read_answer("borough", alone.group(1)).value
        if named in LONDON_BOROUGHS and named != answers.get("borough"):
            return {"borough": named}
    if answers.get("for_someone_else") or answers.get("for_child"):
        return {}
    lived_in = q82c_borough_lived_in(text)
    return {"borough": lived_in} if lived_in and lived_in != answers.get("borough") else {}


# Zainab, noted "abuse online": "no. and its not just online he touched me. like my chest" moved
# on without a word ("not ... touched" was taken for a denial). Sexual touching told after a lesser
# crime was noted is the sexual offence (Sexual Offences Act 2003, s.3), unless it is denied.
_Q82C_TOUCH_DENIED = re.compile(
    r"\b(?:didnt|did not|never|hasnt|has not|havent|have not|wasnt|was not|not) (?:\w+ )?"
    r"(?:touch\w*|grope\w*|grab\w*)\b"
)


def q82c_sexual_touch_told(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    if answers.get("crime_type") not in _R35_LESSER | {"assault"} or "crime_type" in changes:
        return
    words = re.sub(r"\bnot (?:just|only)\b", " ", plain(text))
    if crime_in_few_words(words) == "sexual_offence" and not _Q82C_TOUCH_DENIED.search(words):
        changes["crime_type"] = "sexual_offence"


def q82c_images_put_right(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """ "he didnt share MY pics. he sent pics of HIMSELF to me" (Zainab): not her images shared,
    pictures of him sent to her (a sexual offence, s.66A), so the s.66B answer is not given."""
    details = set(changes.get("account_details") or answers.get("account_details") or ())
    if "intimate_images" not in details:
        return
    crime, read = account.q82c_images_of_himself(plain(text), answers.get("crime_type"), details)
    if "intimate_images" in read:
        return
    changes["account_details"] = sorted(read)
    if crime != answers.get("crime_type") and "crime_type" not in changes:
        changes["crime_type"] = crime


def q82c_road_death_kept(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """ "he wasnt murdered though, it was a car. is the homicide thing right for us?" (Claire,
    widowed by a hit-and-run driver): a death on the road told is not taken back by saying it was
    no murder; her question is about which service fits (answered in questions.py)."""
    if (
        answers.get("crime_type") != "homicide"
        or "road_crash" not in (answers.get("account_details") or ())
        or changes.get("crime_type", "homicide") == "homicide"
        or re.search(r"\b(?:nobody|no one|noone|no body) (?:has )?died\b", plain(text))
    ):
        return
    changes.pop("crime_type", None)
    if changes.get("bereaved", True) is None:
        changes.pop("bereaved")


# end q82c


# Round 82, lead: Sanjay, a Sikh shopkeeper called "bin laden": "Tell MAMA?? I told you I am Sikh
# not muslim. Why you give me muslim service" (Tell MAMA was listed again, and nearly referred).
# A community the person says they are not is taken off, with its services.
def lead82_community_denied(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    kept = list(changes.get("community", answers.get("community")) or [])
    denied = account.denied_communities(text)
    if denied & set(kept):
        changes["community"] = [c for c in kept if c not in denied]


# s83c (round 83)
# Fatima had said "not text not voicemail" in the contact step, and was then asked "If they call
# and you can't answer, is it safe for them to leave a voicemail?" ("NO voicemail i said
# already"). A no to voicemail said in any earlier message is the answer, unless a later message
# took it back ("voicemail is fine").
def s83c_voicemail_refused(said: Sequence[str]) -> bool:
    from actions.answers import _NO_VOICEMAIL

    for one in reversed([str(text) for text in said]):
        words = plain(one)
        if _NO_VOICEMAIL.search(words) or _Z73D_NO_MESSAGE.search(words):
            return True
        if v6_voicemail_now_ok(one):
            return False
    return False


# Fatima, whose husband's brother abuses her: "is it for me if its brother in law not husband??"
# was taken as a correction ("Thank you, I've updated that") and her answer "a family member"
# was wiped. Denying the partner when a family member was told agrees with what was told.
_S83C_PARTNER_WORDS = re.compile(
    r"\b(?:partner|wife|husband|girlfriend|boyfriend|gf|bf|missus|mrs)\b"
)
_S83C_FAMILY_WORDS = re.compile(r"\b(?:fam|family|relatives?|relation)\b")


def s83c_denies_only_the_partner(words: str, known: str | None) -> bool:
    """A partner denied when a family member was told, and no one else named instead."""
    if known != "family_member":
        # "they aint my fam" of a partner (Connor) is a denial of both: put right as before.
        return False
    denied = " ".join(found.group(0) for found in _O2_NOT_PARTNER_OR_FAMILY.finditer(words))
    rest = _O2_NOT_PARTNER_OR_FAMILY.sub(" ", words)
    return (
        bool(_S83C_PARTNER_WORDS.search(denied))
        and not _S83C_FAMILY_WORDS.search(denied)
        and not re.search(rf"\b(?:{account.KNOWN}|strangers?|man|men|guys?|lads)\b", rest)
    )


# end s83c


# s83d (round 83)
# Dean (r83b), at the repeat question: "not me personally but another driver got done on the same
# estate last month. what about the hammer, they didnt hit me but is that not like armed robbery"
# got the next question. A question with no answer known gets the honest "I can't answer that one
# here" (utter_question_beside_answer) before the form goes on; that waited for a question mark,
# so a question typed without one, as many are, got nothing at all. A sentence or clause that
# opens as a question ("what about", "is that", "does it") asks, mark or not; a hedge or a plain
# answer ("someone i know i guess") does not open as one.
# "are you deaf. YES for the car": a rhetorical question wants no "I can't answer that".
_S83D_RHETORICAL = re.compile(
    r"^(?:are|r) (?:you|u) (?:deaf|blind|stupid|thick|serious|joking|kidding|listening|even "
    r"listening|reading|even reading|a robot|for real)\b"
)


# j91b (round 91): Stan, at the referral question: "Yes alright. Can they ring my landline, I
# dont hear the mobile. 01708 900 412" got "I can't answer that one here": asking them to ring
# him (the way kept with his yes) is how to contact him, not a question left unanswered.
_J91B_CONTACT_ASK = re.compile(
    r"^(?:please )?(?:can|could|will|would) (?:they|you|u|someone|somebody|the worker|a worker|"
    r"the support worker) (?:please )?(?:ring|call|phone|text|email|e mail|message|contact) "
    r"(?:me|my|us)\b"
)


def j91b_asks_only_how_to_be_contacted(reading: Reading, text: str) -> bool:
    if not (reading.slots.get("contact_method") or reading.slots.get("contact_details")):
        return False
    clauses = [
        plain(re.sub(r"^(?:but|and|so)\s+", "", clause.strip()))
        for clause in re.split(r"[.!?;,\n]+\s*|\s+(?=(?:but|and|so) )", text)
    ]
    asking = [clause for clause in clauses if clause and opens_a_question(clause)]
    return bool(asking) and all(_J91B_CONTACT_ASK.match(clause) for clause in asking)


# q94a (round 94): Naomi, by phone, had asked "Text me first so I know it's you"; then "Weekdays
# after 5. Will they text first?" got "I can't answer your question here". It is kept as a
# contact note (k77b_notes_said) and the confirmation says it back ("texting you first").
_Q94A_WILL_THEY_TEXT_FIRST = re.compile(
    r"(?:will|would|do|does|are|is) (?:they|you|u|she|he|someone|somebody|the (?:support )?"
    r"(?:worker|team|service))(?: be)?(?: going to)? (?:text|txt|message)\w*(?: me)? first$"
)


def asks_if_they_text_first_as_asked(turn: Turn, text: str) -> bool:
    answers = turn.answers
    if answers.get("contact_method") != "call" or answers.get("referral_consent") is not True:
        return False
    if not any(
        "text_first" in k77b_notes_said(str(one), "call") for one in answers.get("said") or ()
    ):
        return False
    clauses = [plain(clause) for clause in re.split(r"[.!?;,\n]+\s*", text) if plain(clause)]
    asking = [clause for clause in clauses if opens_a_question(clause)]
    return bool(asking) and all(_Q94A_WILL_THEY_TEXT_FIRST.match(c) for c in asking)


# n103c (round 103): "I can't answer your question here" was sent to Kofi, "its just a feeling
# sometimes. can we just carry on" (asking to carry on, which is done), and to Piotr, "yes is my
# foreman, the boss on site" ("it is my foreman"): neither asks anything to answer.
_N103C_NOT_ASKING = re.compile(
    r"^(?:(?:ok|okay|please|pls|so|just|now)\s+)*(?:can|could|shall|cant|can t) (?:we|you|u|i)"
    r"(?: just| please| pls| now)* (?:carry on|continue|go on|move on|keep going|get on with it|"
    r"get this done|get on|finish|skip (?:this|that|it))(?: (?:please|pls|now|then|thanks))*$|"
    r"^(?:yes|yeah|yep|yh|no|nah)\s+is (?:my|the|a|an|his|her|our|their|him|her)\b"
)


def s83d_asks_in_a_clause(text: str) -> bool:
    clauses = re.split(r"[.!;,\n]+\s*|\s+(?=(?:but|and|so) )", text)
    return any(
        opens_a_question(asked)
        and not _S83D_RHETORICAL.match(plain(asked))
        and not _N103C_NOT_ASKING.match(plain(asked))
        for asked in (re.sub(r"^(?:but|and|so)\s+", "", clause.strip()) for clause in clauses)
        if asked
    )


# Dean, at the court question: "practical help, and info about the work thing. and compensation"
# was kept as what would help most (so that question was never asked), and he was told "Sorry, I
# didn't catch that". What would help, taken at another question, is said back as noted, not as
# a miss; the question he was asked comes again after.
def s83d_needs_taken_not_missed(turn: Turn, reading: Reading) -> None:
    if turn.requested in (None, "needs") or turn.answers.get("needs"):
        return
    if not reading.slots.get("needs") or turn.requested in reading.slots:
        return
    if turn.requested in _M4R67_ASK_AGAIN:
        return  # their question comes again by its own words (round 67, Pauline)
    missed = f"utter_reask_{turn.requested}"
    if any(say.response == missed for say in reading.say):
        reading.say = [
            Say(response="utter_s83d_needs_noted") if say.response == missed else say
            for say in reading.say
        ]


# end s83d


# s83f (round 83)
# Joan, 84, whose carer's boyfriend takes money from her purse, to "Have you reported it?": "no
# i havent. i dont want the police coming round and her losing her job over it. its him not her"
# was met with the next question. A "no" that says why they do not want the police is heard:
# they do not have to report, and when it was the carer's partner or friend, that the support
# team will see it was not the carer.
_S83F_NO_POLICE_WANTED = re.compile(
    r"\b(?:i|we) (?:dont|do not|didnt|did not) want (?:the )?(?:police|cops|them|him|her|anyone)\b|"
    r"\b(?:no|not the) police\b|"
    r"\b(?:get|getting|be|being|landing) (?:him|her|them) (?:in|into) trouble\b|"
    r"\b(?:lose|losing|lost) (?:her|his|their) (?:job|jobs|work)\b"
)


def s83f_no_police_wanted(text: str) -> bool:
    return bool(_S83F_NO_POLICE_WANTED.search(plain(text)))


def s83f_no_police_heard(turn: Turn, reading: Reading) -> None:
    # l100d (round 100): Carmen, at the privacy question, "Yes that is fine. But please
    # understand I do not want the police involved with him." (no reply to it at all).
    at_consent = (
        turn.requested == "consent"
        and reading.slots.get("consent") is True
        and "police" in plain(turn.text).split()
    )
    if not at_consent and (
        turn.requested != "reported_to_police"
        or reading.slots.get("reported_to_police") is not False
    ):
        return
    if reading.say or not s83f_no_police_wanted(turn.text):
        return
    details = {
        *(turn.answers.get("account_details") or ()),
        *(reading.slots.get("account_details") or ()),
    }
    response = (
        "utter_s83f_no_police_carer_noted"
        if "carers_partner" in details
        else "utter_s83f_no_police_heard"
    )
    if response not in turn.said:
        reading.say.append(Say(response=response))


# end s83f


# t84c (round 84)
# Wayne: "they didnt hit me. they take my money. i am 30", after "an assault" was noted (from a
# threat: "they said if i tell police they will hurt me"), was not taken in, and the injury
# compensation service (CICA) was listed. An assault denied is taken away, and what was told
# instead is read (money taken: a theft; people in his home taking it: exploitation).
_T84C_NOT_ASSAULTED = re.compile(
    r"\b(?:(?:they|he|she|nobody|no one|noone) (?:didnt|did not|never|havent|have not|hasnt|has "
    r"not)(?: ever)? (?:hit|hurt|touch|touched|attack|attacked|beat|punch|punched|assault|"
    r"assaulted) (?:me|us)|(?:its|it s|it is|it was|this is|was) (?:not|never) (?:a |an )?"
    r"(?:assault|attack)|not (?:an )?assault|no (?:one|body) hit me)\b"
)


def t84c_assault_taken_back(text: str, answers: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """An assault denied ("they didnt hit me. they take my money"): the crime told instead."""
    if answers.get("crime_type") != "assault" or changes.get("crime_type", "assault") != "assault":
        return
    words = plain(text)
    if not _T84C_NOT_ASSAULTED.search(words):
        return
    told = account.read_account(
        _T84C_NOT_ASSAULTED.sub(" ", words), answers.get("relationship_to_offender")
    )
    # Only another crime told replaces it: "he didnt hit me, he pushed me" is still one, and a
    # denial alone may be of one blow among others.
    if told.crime_type not in (None, "assault"):
        changes["crime_type"] = told.crime_type


# end t84c


# t84c (round 84)
# Wayne: "i want them to go out of my flat. and my money back" at "What would help most now?",
# his "mates" living in his flat and using his card: the needs are taken, and a word on stopping
# the card safely is said (nothing was said of it).
_T84C_MONEY_BACK = re.compile(
    r"\b(?:my )?money back\b|\b(?:stop|cancel|block|freeze) (?:my |the )?(?:bank )?card\b"
)


def t84c_card_money_wanted_back(turn: Turn) -> bool:
    return (
        turn.requested == "needs"
        and "home_taken_over" in (turn.answers.get("account_details") or ())
        and bool(_T84C_MONEY_BACK.search(plain(turn.text)))
    )


# end t84c


# f88a (round 88) -- Tasha, not Deaf, whose request said "with a BSL interpreter": "why does it
# say BSL interpreter?? i told you im not deaf" was answered "Yes: your request ... says you need
# an interpreter", and "NO i dont need an interpreter. take that off. can i talk to a real
# person" left it on. A clear no to the interpreter, or "take that off" about it, takes it off.
_F88A_TAKE_IT_OFF = re.compile(
    r"\b(?:take|took|get|put|cross|strike) (?:that|it|this|the interpreter|the bsl)(?: \w+)? "
    r"(?:off|out)\b|\b(?:remove|delete|drop|cancel|scrap) (?:that|it|this|the interpreter|the "
    r"bsl)\b(?! (?:chat|conversation|messages?|texts?|history|app|from|off|on)\b)"
    r"|\btake off the (?:interpreter|bsl)\b"
)
# p94f (round 94): Bianca, referred with a Portuguese interpreter: "ok obrigada. how i delete this
# chat from phone?" took the interpreter off ("delete this"). Deleting this chat, or something
# from the phone, is a question about her phone (utter_c4_clear_phone), not a correction.
_F88A_ABOUT_INTERPRETER = re.compile(r"\b(?:interpreter|interpreting|bsl|sign language|deaf)\b")
_F88A_KEYS = ("language", "community", "cannot_phone")


def f88a_interpreter_off(text: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The interpreter (and a Deaf need) taken off: {} if none is held or none is refused."""
    language = str(answers.get("language") or "").lower()
    community = list(answers.get("community") or [])
    interpreter = language not in ("", "english", "other")
    if not interpreter and "deaf" not in community:
        return {}
    said = corrections(text, answers)
    changes = {key: said[key] for key in _F88A_KEYS if key in said}
    words = plain(text)
    last_bot = " ".join(str(t) for t in (answers.get("last_turn_bot_texts") or ()))
    if _F88A_TAKE_IT_OFF.search(words) and (
        _F88A_ABOUT_INTERPRETER.search(words) or _F88A_ABOUT_INTERPRETER.search(plain(last_bot))
    ):
        if interpreter:
            changes["language"] = "english"
        if "deaf" in community and language == "bsl":
            changes["community"] = [c for c in community if c != "deaf"]
    if changes.get("language") != "english" and "community" not in changes:
        return {}
    return {key: value for key, value in changes.items() if value != answers.get(key)}


# end f88a


# k91a (round 91)
# Agnieszka, forced to work at a car wash and sleeping on the site: "Please I am very afraid, he
# is shouting and one time he push me to the wall" (at the repeat question) got the hate-crime
# question next. Fear and being hurt by the one who exploits them are heard first: sorry, it is
# assault, 999 if he hurts them, and the helpline can help them leave safely.
_K91A_AFRAID = re.compile(r"(?<!not )(?<!never )\b(?:afraid|scared|frightened|terrified|fear)\b")
_K91A_HURT_ME = re.compile(
    r"\b(?:push|pushed|pushes|pushing|shove|shoved|shoves|hit|hits|hitting|slap|slapped|slaps|"
    r"kick|kicked|kicks|punch|punched|punches|grab|grabbed|grabs|beat|beats|beating|throw|threw|"
    r"throws) (?:me|us)\b"
)
_K91A_EXPLOITATION = frozenset({"human_trafficking"})


def k91a_afraid_and_hurt_at_work(turn: Turn, reading: Reading) -> None:
    crime = reading.slots.get("crime_type") or turn.answers.get("crime_type")
    if crime not in _K91A_EXPLOITATION:
        return
    words = plain(turn.text)
    if not (_K91A_AFRAID.search(words) and _K91A_HURT_ME.search(words)):
        return
    if "utter_k91a_afraid_and_hurt_at_work" in turn.said:
        return
    message = Say(response="utter_k91a_afraid_and_hurt_at_work")
    if message not in reading.say:
        reading.say.insert(0, message)


# Agnieszka, at the hate-crime question: "I do not understand this question. I am sleeping in
# same place where he is. Where I can go?..." got the same question again, as she had not
# understood it. Beside the rest of a message, "I don't understand this question" gets the
# question said plainly once (utter_w70b_explain_<slot>); not understood after that, it is
# skipped rather than asked a third time.
_K91A_QUESTION_NOT_UNDERSTOOD = re.compile(
    r"\b(?:i )?(?:do not|dont|don t|did not|didnt|not|cannot|cant|can not) (?:understand|"
    r"undrstand|understnd|follow|get) (?:this|the|your|that|ur) question\b"
)


def k91a_question_not_understood(turn: Turn, reading: Reading) -> None:
    slot = turn.requested
    if not slot or slot in ("consent", "in_danger", "crime_type") or slot in reading.slots:
        return
    if slot in reading.skipped or turn.answers.get(slot) is not None:
        return
    if not _K91A_QUESTION_NOT_UNDERSTOOD.search(plain(turn.text)):
        return
    explain = f"utter_w70b_explain_{slot}"
    if explain not in domain_responses():
        return
    reask = f"utter_reask_{slot}"
    reading.say = [say for say in reading.say if say.response not in (reask, explain)]
    if explain in turn.said:
        reading.skipped.append(slot)
    else:
        reading.say.append(Say(response=explain))


# end k91a


# n94e (round 94) -- Peter, 82: "robbed" by men posing as the water board, one keeping him talking
# while the other went upstairs, "they didnt hurt me they just took the things". Entering a home
# by a trick and stealing is a burglary (Theft Act 1968, s.9); a robbery needs force or a threat
# of it (s.8), so a robbery already noted is named again as a burglary when nothing told has force.
def n94e_distraction_not_robbery(turn: Turn) -> bool:
    if not account.c1_distraction_burglary(plain(turn.text)):
        return False
    told = plain(" . ".join([*(turn.answers.get("said") or ()), *turn.earlier, turn.text]))
    return account.c1_distraction_burglary(told) and account.read_account(told).crime_type in (
        "burglary",
        None,
    )


# n94e (round 94) -- Peter, 82, at "What would help most now?": "feeling safe and somebody to come
# round. my lock on the back door is old. and will i get the rings back" got only "I've sent what
# I know about that above" (the visit answer, sent twice), and nothing about his late wife's rings.
# An answer sent twice gives way to a topic that answers a new question in the same message.
def n94e_new_question_before_old(known: Say | None, turn: Turn, reading: Reading) -> Say | None:
    if known is None or known.then or answer_not_thrice(known, turn.said_twice) == known:
        return known
    topic = topics.topic_answer(
        turn.text, {**turn.answers, **reading.slots}, turn.said, turn.said_twice
    )
    if topic is None or topic.response in (None, "utter_answered_above", known.response):
        return known
    return topic


# p94b (round 94): Megan, 16, at "When is a safe time to contact you?": "school hours is best hes
# not around then. wait can u not tell anyone about tonight yet". Her referral was sent with the
# whole sentence as her time. A "not yet" to the referral itself holds it: nothing is sent, her
# time ("school hours") is kept, and the referral question is asked again (now or later).
_P94B_HOLD = re.compile(
    r"\b(?:can|could|will) (?:u|you) (?:not|hold off|wait)\b[^.?!]{0,40}\byet\b|"
    r"\b(?:dont|do not|don t|not|pls dont|please dont) (?:tell|send|pass|contact|share)\b"
    r"[^.?!]{0,40}\byet\b|"
    r"\b(?:hold|wait) (?:on|off)? ?(?:sending|with) (?:it|that|the referr?al|my details)\b|"
    r"\bdont send (?:it|anything) (?:till|until)\b"
)
# Where the hold starts ("wait", "hold on", "but can u not ..."): her answer is before it.
_P94B_HOLD_START = re.compile(
    r"(?:[.,!?]\s*|\s+)(?:but |and |oh |ok |actually )?(?:wait|hold on|hang on|can (?:u|you) "
    r"not|dont (?:tell|send)|do not (?:tell|send))\b"
)
_P94B_BEST = re.compile(
    r"^(.*?)\s+(?:is|are|would be|works?|will be)\s+(?:the )?(?:best|better|good|fine|ok|okay)\b"
)


def p94b_holds_referral(turn: Turn) -> bool:
    """At a contact question after a yes: "wait can u not tell anyone ... yet", "dont send it
    yet": the referral is held, not sent and not refused."""
    if turn.requested not in _L5_CONTACT_QUESTIONS:
        return False
    if turn.answers.get("referral_consent") is not True or turn.intent == "delete_my_data":
        return False
    if ends_with_stop(turn.text):
        return False
    return bool(_P94B_HOLD.search(plain(turn.text)))


def p94b_answer_before_hold(text: str) -> str:
    """ "school hours is best hes not around then. wait can u not tell anyone" -> "school
    hours": the answer before the hold, without "is best" and the reason after it."""
    start = _P94B_HOLD_START.search(text)
    front = text[: start.start()].strip(" .,!?") if start else ""
    best = _P94B_BEST.match(front)
    return best.group(1).strip() if best else front


def p94b_hold_referral(turn: Turn, reading: Reading) -> None:
    """Held: nothing sent, the answer before the hold kept, the referral question asked again."""
    from actions.answers import read_answer

    reading.slots["referral_consent"] = None
    front = p94b_answer_before_hold(turn.text)
    if front and turn.requested:
        answer = read_answer(turn.requested, front)
        if answer.value is not None and not answer.declined:
            reading.slots[turn.requested] = answer.value
    reading.say.append(Say(response="utter_p94b_referral_held"))


# After the referral was sent: "can u cancel it pls", "dont send it", "i dont want them to
# contact me", "pls dont let them text me" withdraw it (they were met with "OK, I'll stop here.
# Your request is still with the support team" and "I can't do more with that here").
_P94B_DONT_LET_CONTACT = re.compile(
    r"\b(?:dont|do not|don t) let (?:them|anyone|any ?one|anybody|the \w+(?: team)?) (?:text|call|"
    r"ring|phone|contact|message|email|msg) me\b"
)
_P94B_OTHER_WAY = re.compile(
    r"\b(?:instead|only|just|rather|but (?:you can|they can|can)|(?:call|ring|phone|text|email|"
    r"message) me (?:instead|on|at)|by (?:phone|text|email))\b"
)
_P94B_CANCEL_REQUEST = re.compile(
    r"\bcancel (?:it|that|this|the request|my request|the referr?al|my referr?al|the whole thing)\b"
    r"|\b(?:want|need) (?:the |my |it )?(?:request|referr?al)? ?cancell?ed\b|"
    r"\b(?:dont|do not|don t) (?:tell|send|pass) (?:it|anything|any ?one|anybody)(?: anything)?"
    r"(?: about \w+)? yet\b|\bdont send it\b"
)


def p94b_withdraws_sent_referral(text: str) -> bool:
    """After the referral was sent: a clear "cancel it" / "don't let them contact me"."""
    words = plain(text)
    if _P94B_CANCEL_REQUEST.search(words):
        return True
    withdrawn = _L5_WITHDRAWS.search(words)
    if withdrawn and not _LEAD85_NOT_BY_POST.match(words[withdrawn.end() :]):
        return not _P94B_OTHER_WAY.search(words)
    return bool(_P94B_DONT_LET_CONTACT.search(words)) and not _P94B_OTHER_WAY.search(words)


# end p94b

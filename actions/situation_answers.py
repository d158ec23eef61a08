"""Answers chosen by the situation the person told, reached before the worded answers.

Round 79 (helper m79f): questions that were passed over or answered for someone else.

Each answer here is reached before the worded answers (questions.known_answer), because a worded
answer matched other words in the same message: the police family liaison officer for a father
whose daughter's killer was sentenced years ago (David), 101 and the Met for a fraud (Nkechi),
the bank's text about a transfer he made himself for a man whose scammer moved the mouse
(George), who to tell for a son asking whether his father gets the money back (Walter).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from actions.questions import (
    _H1_THREAT_CONTEXT,
    Say,
    _young,
    f88b_no_calls_said,
    i97a_others_drinking,
    is_question,
    m2_asks_for_a_home_visit,
    n4_asks_what_police_do_about_asb,
    plain,
    said_with,
    t2_family_wants_to_confront,
)

# -- David (r79d): after a sentence, probation, not the police ----------------------------------

# Told that someone was convicted or sentenced, or of a parole hearing: the case is over, and
# what is left is the Probation Service's (Victims' Code, Right 11; victims-code.md 5.1).
_SENTENCED = re.compile(
    r"\b(?:was|were|got|been|being) (?:convicted|sentenced|jailed|found guilty)\b|"
    r"\b(?:convicted|sentenced) (?:him|her|them)\b|\bwhen (?:he|she|they) (?:was|were) "
    r"sentenced\b|\bparole (?:hearing|board|review)\b|\b(?:life|prison) sentence\b"
)
_PAROLE_STATEMENT = re.compile(
    r"\b(?:victim personal statement|vps|impact statement|statement for (?:the )?parole|"
    r"statement (?:to|for) the (?:parole )?(?:board|hearing))\b"
)
# Time pressing: "is it too late", "can I still", "if it's in a few weeks" (not "does the prisoner
# read my statement", which utter_p5 answers).
_LATE = re.compile(
    r"\b(?:too late|still|in (?:a few |two |three |\d+ )?weeks?|soon|deadline|in time|urgent\w*|"
    r"coming up)\b"
)
_PROBATION_WORDS = re.compile(
    r"\b(?:victim liaison officer|victim liaison|liaison officer|vlo|probation)\b"
)
_NO_VLO = re.compile(
    r"\b(?:dont|don t|do not|never) (?:have|had|got) an? (?:victim liaison officer|vlo|"
    r"liaison officer)\b|\bnever heard from (?:one|a vlo|probation|them)\b|"
    r"\bprobation (?:i|we) need\b|\bnot the police\b"
)
_LICENCE = re.compile(
    r"\b(?:exclusion zone|licence conditions?|license conditions?|not (?:allowed|let) to come "
    r"(?:anywhere )?near|keep (?:him|her|them) away)\b"
)


def _told(text: str, answers: Mapping[str, Any], pattern: re.Pattern[str]) -> bool:
    return any(pattern.search(plain(said)) for said in (*(answers.get("said") or ()), text))


def after_sentence_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """The Victim Contact Scheme, a late Victim Personal Statement and licence conditions, for
    someone who has told of a conviction or sentence; None otherwise."""
    if answers.get("for_someone_else") or not _told(text, answers, _SENTENCED):
        return None
    words = plain(text)
    asks = is_question(text) or bool(_NO_VLO.search(words))
    if not asks:
        return None
    licence = Say(response="utter_keep_him_away_licence")
    if _PAROLE_STATEMENT.search(words) and _LATE.search(words):
        late = Say(response="utter_m79f_parole_vps_late")
        return Say(response=late.response, then=(licence,)) if _LICENCE.search(words) else late
    if _PROBATION_WORDS.search(words) or _NO_VLO.search(words):
        return Say(response="utter_m79f_probation_not_police")
    return None


# -- Nkechi (r79d): the fraud's reference is Report Fraud's ------------------------------------

# The reference itself (101 or the Met alone is utter_how_to_report's: Graham, round 49).
_REFERENCE = re.compile(r"\b(?:crime )?reference(?: number)?\b|\bcrime (?:number|ref)\b")
_IDENTITY_HELP = re.compile(
    r"\bwho (?:actually |really |else )?(?:helps?|can help|deals? with|supports?)\b.{0,30}"
    r"\bidentity (?:fraud|theft)\b"
)


_ASKS_WHICH = re.compile(
    r"\b(?:get|give|gives|given|need|needs|will i|do i|which|what is|whats|what s|is it|or)\b"
)
# Told of having one already: "got a crime number", "they gave me a reference".
_HAS_ONE = re.compile(
    r"\b(?:got|have|has|gave me|given|already) (?:a |the |my )?(?:crime )?(?:number|ref\w*|"
    r"reference)"
)


def fraud_reference_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """For a fraud: Report Fraud gives the crime reference, and no 101 or Met report is
    needed; who helps with identity fraud."""
    if answers.get("crime_type") != "fraud" or not is_question(text):
        return None
    from actions.topics import asked_parts

    # Only the sentences that ask: "I never received a reference number" tells (Edward, n6).
    words = " ".join(plain(part) for part in asked_parts(text))
    if _IDENTITY_HELP.search(words):
        return Say(response="utter_m79f_identity_fraud_help")
    if _HAS_ONE.search(words) or not _ASKS_WHICH.search(words):
        return None  # "got a crime number and nobody's rung" has one
    both_sites = "reportfraud" in words.replace(" ", "") and "met" in words.split()
    if _REFERENCE.search(words) or both_sites:
        return Say(response="utter_m79f_fraud_reference")
    return None


# -- George (r79a): the scammer moved the mouse; is the computer safe --------------------------

_SCAMMER_DID_IT = re.compile(
    r"\b(?:he|she|they|the scammer|the man)\b (?:\w+ ){0,3}(?:moving|moved|move|controlling|"
    r"controlled|had control of|took control of|typed|clicked)\b|"
    r"\b(?:did not|didnt|didn t) (?:transfer|send|pay|make) (?:it|the money|the payment)"
    r"(?: myself)?\b"
)
_COMPUTER_SAFE = re.compile(
    r"(?=.*\b(?:computer|laptop|pc|ipad|tablet)\b)(?:.*\b(?:still (?:be )?(?:in|get in|"
    r"access|control)|get (?:back )?in(?:to)? (?:it|to it)|safe to use|switch it off|turn it "
    r"off|unplug)\b)"
)
_REMOTE = re.compile(
    r"\b(?:on to|onto|into|in to) (?:my|the) (?:computer|laptop|pc)\b|\bremote\b|\bmouse\b|"
    r"\b(?:had|took) control\b|\bhe (?:might )?still (?:be )?in it\b|\banydesk\b|\bteamviewer\b"
)


def remote_access_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """A scam where the scammer worked the computer: the payment was not the person's own, and
    how to make the computer safe."""
    if answers.get("crime_type") != "fraud":
        return None
    words = plain(text)
    if not _told(text, answers, _REMOTE):
        return None
    if _COMPUTER_SAFE.search(words) or re.search(r"\bcan he still get in\b", words):
        return Say(response="utter_m79f_remote_access_computer")
    if _SCAMMER_DID_IT.search(words) and re.search(r"\bbank\b|\bdifference\b", words):
        return Say(response="utter_m79f_remote_access_payment")
    return None


# -- Walter (r79c): money a carer took ---------------------------------------------------------

_CARER = re.compile(r"\b(?:carer|care worker|agency)\b")
_MONEY_BACK = re.compile(
    r"\b(?:get|getting|have|see) (?:the |his |her |my |our )?(?:£?\d+ |money |cash |pension )?"
    r"(?:money |cash )?back\b|\bpay (?:it|him|her|me|us) back\b|\brepa(?:y|id)\b"
)


def carer_money_back_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """Whether money a carer took can be got back, and from whom."""
    if not is_question(text):
        return None  # "help getting a different carer, and getting my money back" tells a need
    # Asked in a sentence with a question mark, where there is one: "Mostly I want to ... get
    # the money back. Does my carer have to know I reported it?" asks about the carer knowing.
    asked = [part for part in re.split(r"(?<=[.!?\n])\s+", text) if "?" in part] or [text]
    if any(_MONEY_BACK.search(plain(part)) for part in asked) and _told(text, answers, _CARER):
        return Say(response="utter_m79f_carer_money_back")
    return None


# -- Rhys (r79a): the crime number for the insurer, asked five times ----------------------------

# A crime number wanted, said without a question mark: "so thats a no on the crime number then",
# "i just need the crime number for the insurance form", "specifically how i get a crime number".
_CRIME_NUMBER_WANTED = re.compile(
    r"\b(?:a no on|need|needs|want|wants|get|getting|after) (?:a |the |my )?crime (?:number|ref"
    r"\w*|reference(?: number)?)\b"
)


def crime_number_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """Where the crime number for an insurer comes from, whatever else the message asks ("how
    many more of these" gets how many, then this); not for a fraud (Report Fraud's, above)."""
    from actions.questions import asks_about_insurance, questions_left

    words = plain(text)
    if answers.get("crime_type") == "fraud" or _HAS_ONE.search(words):
        return None
    left = questions_left(text, answers)
    # "claim against HIS insurance" (Rob, round 56) is not asking for a crime number.
    if not (_CRIME_NUMBER_WANTED.search(words) or (left and asks_about_insurance(text))):
        return None
    insurance = Say(response="utter_insurance_crime_number")
    if is_question(text) and not left:
        return None  # asked with a mark, the worded answers reach it, with a second question
    return Say(text=left, then=(insurance,)) if left else insurance


# -- Lee (r79d): burgled while abroad -----------------------------------------------------------

# Away from home: "we're on holiday in spain", "in malaga til saturday".
_AWAY = re.compile(
    r"\b(?:(?:we re|were|we are|im|i m|i am|we|i) (?:\w+ ){0,2}(?:abroad|overseas|away|on "
    r"holiday)|on holiday|in (?:spain|france|portugal|italy|greece|turkey|malaga|"
    r"tenerife|majorca|mallorca|ibiza|dubai|america|the us|the states)|(?:spanish|foreign|"
    r"international) (?:number|phone|sim)|from (?:spain|abroad))\b"
)
# i97e (round 97): Lorraine, robbed in Malaga, "i told the SPANISH police not police here": the
# crime happened abroad and was reported there, so reporting online in London is no answer.
_I97E_REPORTED_ABROAD = re.compile(
    r"\b(?:(?:spanish|french|italian|greek|portuguese|turkish|dutch|german|foreign) "
    r"police|denuncia)\b"
)
_ASKS_REPORT_OR_RETURN = re.compile(
    r"\b(?:report|reporting|reported|do (?:that|it) from)\b|\b101\b|\bin person\b|"
    r"\b(?:fly|come|get|go|travel) (?:back|home)\b"
)


_AT_HOME = (None, "burglary", "theft", "criminal_damage", "arson", "robbery")


def away_from_home_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """Reporting from abroad, and whether they must come back: online at met.police.uk."""
    # A crime at home or to their things (not "can he take my children abroad", Round 27).
    if answers.get("crime_type") not in _AT_HOME or answers.get("for_child"):
        return None
    words = plain(text)
    asks = is_question(text) or bool(re.search(r"\b(?:can i|do i|does it|doesnt it)\b", words))
    if not asks or not _ASKS_REPORT_OR_RETURN.search(words):
        return None
    if not _told(text, answers, _AWAY):
        return None
    if q82d_reported_already(text, answers):
        return None
    if _told(text, answers, _I97E_REPORTED_ABROAD):
        return None  # i97e (round 97): the crime was abroad, and reported there
    return Say(response="utter_m79f_report_from_abroad")


# q82d (round 82): Frank, burgled while abroad, "I have already rung 101 and have a crime
# reference number" was told how to report from abroad, twice. Who has reported needs no way to.
_Q82D_REPORTED = re.compile(
    r"\balready (?:rung|rang|called|phoned|reported|told)\b|"
    r"\b(?:i|we) (?:have|ve|had) (?:already )?(?:reported|rung|rang|called|phoned) (?:it|101|the "
    r"police)\b"
)


def q82d_reported_already(text: str, answers: Mapping[str, Any]) -> bool:
    """Told now or earlier (or answered) that they have reported it, or have a crime number."""
    if answers.get("reported_to_police") is True:
        return True
    return _told(text, answers, _Q82D_REPORTED) or _told(text, answers, _HAS_ONE)


# end q82d


# i91b (round 91): Dennis (60, his son stabbed to death) asked four times who writes the Victim
# Personal Statement: "whats a VPS, the FLO keeps saying it. do i write it or does she", "you
# didnt say who writes it. me or the FLO", "third time, who writes the VPS", "do i write it myself
# or does the police officer write it". He got what a VPS is, twice, and a language question.
_I91B_VPS = re.compile(r"\b(?:victim personal statement|personal statement|vps|impact statement)\b")
_I91B_WHO_WRITES = re.compile(
    r"\bwho (?:writes|wrote|will write|should write|does write|has to write|is writing|fills "
    r"in|types)\b|\b(?:do|should|must|shall) i (?:have to |need to )?(?:write|do) (?:it|the vps|"
    r"the statement|my statement|that)(?: myself| my self)?\b(?! down)|\b(?:does|will|would) "
    r"(?:she|he|they|the flo|the police(?: officer)?|the officer|my flo) (?:write|do) it\b|"
    r"\b(?:me|myself) or (?:the flo|her|him|the police|the officer|my flo)\b|\bwrite it "
    r"(?:myself|my self)\b"
)


def asks_who_writes_the_vps(text: str, answers: Mapping[str, Any]) -> Say | None:
    """Who writes a Victim Personal Statement: the police officer (a bereaved family's FLO)
    writes down what the victim says, or the victim's own words; asked of the VPS by name, or
    of "it" just after the VPS was spoken of. Not a witness statement; not after a sentence
    (after_sentence_answer: then it is the Probation Service's)."""
    words = plain(text)
    if not _I91B_WHO_WRITES.search(words) or re.search(r"\bwitness statement\b", words):
        return None
    if _told(text, answers, _SENTENCED) or "parole" in words:
        return None
    recent = [plain(said) for said in (answers.get("said") or ())[-3:]]
    if not (_I91B_VPS.search(words) or any(_I91B_VPS.search(said) for said in recent)):
        return None
    return Say(response="utter_who_writes_the_vps")


# n94f (round 94): Carol, whose brother was killed by a drunk driver, after asking about the VPS:
# "can mum write one as well or just me?" got "I can't answer". Each close relative of someone
# who died can make their own. Asked of the VPS by name, or of "one" just after it was spoken of.
_N94F_RELATIVE = (
    r"(?:(?:my |our |her |his )?(?:mum|mom|mam|mother|dad|father|sister|brother|nan|nana|gran|"
    r"granny|grandma|grandad|son|daughter|wife|husband|partner|aunt|auntie|uncle)|we|we both|"
    r"both of us|the family|my family|other family|everyone in the family|each of us)"
)
_N94F_ANOTHER_MAKES_ONE = re.compile(
    rf"\b(?:can|could|should|may|will|does|do|is|are) {_N94F_RELATIVE} (?:also |too )?(?:be "
    rf"able to |allowed to )?(?:write|make|do|give|have|send|put in) (?:one|a vps|a statement|"
    rf"a personal statement|her own|his own|their own|our own|one each|it)(?: too| as well| also|"
    rf" each)?\b(?:.{{0,20}}\b(?:or just|or only) (?:me|mine)\b)?"
)


def asks_if_another_relative_makes_a_vps(text: str, answers: Mapping[str, Any]) -> Say | None:
    """Whether another relative (a mum, a brother) can make a Victim Personal Statement too, for
    a bereaved family."""
    words = plain(text)
    if not _N94F_ANOTHER_MAKES_ONE.search(words) or re.search(r"\bwitness statement\b", words):
        return None
    if _told(text, answers, _SENTENCED) or "parole" in words:
        return None
    if answers.get("crime_type") not in (None, "homicide") and answers.get("bereaved") is not True:
        return None  # the answer is for a bereaved family
    recent = [plain(said) for said in (answers.get("said") or ())[-4:]]
    if not (_I91B_VPS.search(words) or any(_I91B_VPS.search(said) for said in recent)):
        return None
    return Say(response="utter_n94f_relative_own_vps")


# i91b (round 91): June, typing for Mavis (84, deaf), gave her own phone for the texts: "will they
# know its me June texting and not Mavis? so they dont get confused" got the privacy answer.
_I91B_KNOW_ITS_ME = re.compile(
    r"\b(?:will|do|would|does) (?:they|the support worker|she|he|someone) (?:know|realise|realize|"
    r"understand|see) (?:that )?(?:its|it s|it is|i m|im|i am) (?:me|my (?:phone|number)|the "
    r"(?:neighbour|friend|carer)|(?:the one )?(?:texting|typing|writing|helping))\b"
)
_I91B_TYPING_FOR = re.compile(
    r"\b(?:typing|writing|texting|messaging) (?:this )?(?:for|on behalf of) (?:her|him|them|"
    r"my|\w+)\b|"
    r"\b(?:her|his|their) (?:neighbour|carer|friend)\b|\b(?:im|i m|i am) (?:her|his|\w+s) "
    r"(?:neighbour|carer|friend|daughter|son)\b|\bphone not (?:hers|his|\w+s)\b"
)


def asks_if_they_know_a_helper_is_texting(text: str, answers: Mapping[str, Any]) -> Say | None:
    """ "will they know its me June texting and not Mavis?": with the chat kept, the support team
    reads that the number is the helper's; without it, not this answer."""
    if answers.get("consent") is not True or not _I91B_KNOW_ITS_ME.search(plain(text)):
        return None
    if not (answers.get("for_someone_else") or _told(text, answers, _I91B_TYPING_FOR)):
        return None
    return Say(response="utter_i91b_helper_phone_noted")


# j98b (round 98): Anya, of the man who touched her daughter Mila (13) in a pool: "i want to know
# what happens next now hes arrested", then "you didnt answer me, what happens next?" got "I
# can't answer your question here". Once they have told of an arrest, "what happens next/now"
# asks what follows an arrest (charge, bail, released under investigation; Right 6).
_J98B_WHAT_HAPPENS_NOW = re.compile(
    r"\bwhat (?:actually |really |exactly )?happens (?:next|now)\b|\bwhat(?:s| is) (?:the )?next "
    r"(?:step|steps|bit|part)\b|\bwhat (?:will|do|does) (?:the )?police do (?:next|now)\b|"
    r"\bwhat happens (?:after|once|now) (?:he|she|they)(?:s| is| are|re| has| have)? (?:been )?"
    r"arrested\b"
)
_J98B_ARRESTED = re.compile(
    r"\b(?:he|she|they|him|her|them|man|woman|guy|suspect|someone)(?:s| is| was| has| have| got| "
    r"been| has been| have been|ve been| are| were)* (?:been )?(?:arrested|nicked|in custody)\b|"
    r"\b(?:police|they) (?:have |has )?(?:arrested|nicked) (?:him|her|them|the)\b"
)
_J98B_IF_REPORTED = re.compile(r"\b(?:if|when|once) (?:i|we) (?:report|go to|tell|call)\b")


def asks_what_happens_after_an_arrest(text: str, answers: Mapping[str, Any]) -> Say | None:
    words = plain(text)
    if not _J98B_WHAT_HAPPENS_NOW.search(words) or _J98B_IF_REPORTED.search(words):
        return None
    if answers.get("reported_to_police") is False:
        return None
    if not _J98B_ARRESTED.search(said_with(text, answers)):
        return None
    return Say(response="utter_j98b_after_arrest")


# j98b (round 98): Anya, for Mila (13), touched in a pool in the past week: "who will talk to
# her, she wont talk to me", then "i cant make her ring childline ... is there someone who comes
# to see her?" got Childline's card twice. A parent asking who will talk to or see their child
# in person after a sexual offence: the Havens' children and young people's team.
_J98B_SEE_CHILD = re.compile(
    r"\b(?:who|someone|somebody|anyone|anybody|a person)(?: is| will| would| can| could)?"
    r"(?: actually)?(?: going to| gonna)? (?:talk to|speak to|see|visit|come (?:and|to) see|comes? "
    r"to see|come round to see) (?:her|him|them|my (?:daughter|son|child|girl|boy))\b|"
    r"\b(?:see|talk to|speak to) (?:her|him|them) (?:face to face|in person)\b"
)


def asks_who_will_see_a_child_in_person(text: str, answers: Mapping[str, Any]) -> Say | None:
    if not answers.get("for_child") or answers.get("crime_type") != "sexual_offence":
        return None
    if answers.get("within_12_months") is False:
        return None
    if not (is_question(text) and _J98B_SEE_CHILD.search(plain(text))):
        return None
    return Say(response="utter_j98b_child_seen_in_person")


def answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """The first of this helper's answers that fits, or None."""
    facts = answers or {}
    for find in (
        g89a_talking_here_answer,  # g89a (round 89): Bernadette
        g89a_adult_neighbour_police_answer,  # g89a (round 89): Claire
        after_sentence_answer,
        asks_who_writes_the_vps,  # i91b (round 91): Dennis
        asks_if_another_relative_makes_a_vps,  # n94f (round 94): Carol's mum
        asks_if_they_know_a_helper_is_texting,  # i91b (round 91): June for Mavis
        fraud_reference_answer,
        remote_access_answer,
        carer_money_back_answer,
        crime_number_answer,
        away_from_home_answer,
        wrong_day_answer,  # s83b (round 83): Tyler
        s83c_visa_when_abuser_not_partner,  # s83c (round 83): Fatima
        t84d_blame_son_answer,  # t84d (round 84): Amina
        t84d_son_own_help_answer,  # t84d (round 84): Amina
        t84d_language_answer,  # t84d (round 84): Amina
        t84d_friends_at_court_answer,  # t84d (round 84): Olu
        v86b2_drink_blame_answer,  # v86b2 (round 86): Kemi
        v86b2_young_child_help_answer,  # v86b2 (round 86): Hassan
        v86b2_block_stalker_answer,  # v86b2 (round 86): Sophie
        v86b2_police_stop_answer,  # v86b2 (round 86): Sophie
        y86_ray_contact_me_answer,  # y86 (round 86): Ray, before his urge to confront
        v86b2_dont_confront_answer,  # v86b2 (round 86): Ray
        v86d2_answer,  # v86d2 (round 86): Kwame, Lily, Sanjay
        y86_what_to_say_to_her_answer,  # y86 (round 86): Ray
        y86_photos_of_injury_answer,  # y86 (round 86): Kemi
        y86_letterbox_answer,  # y86 (round 86): Des
        y86_sleep_after_rape_answer,  # y86 (round 86): Aisha
        y86_seeing_him_at_work_answer,  # y86 (round 86): Aisha
        y86_what_to_tell_mum_answer,  # y86 (round 86): Lily
        y86_not_told_yet_answer,  # y86 (round 86): Pat
        f88b_sibling_saw_it_answer,  # f88b (round 89): Tasha's brother
        f88b_when_texted_answer,  # f88b (round 89): Tasha, text only
        g89b_havens_today_answer,  # g89b (round 89): Rachel
        g89b_venue_cctv_answer,  # g89b (round 89): Rachel
        g89b_online_in_simple_english_answer,  # g89b (round 89): Tomasz
        g89b_tools_insurance_answer,  # g89b (round 89): Tomasz
        g89b_fearless_not_police_answer,  # g89b (round 89): Yusuf
        g89g_assault_without_doctor_answer,  # g89g (round 89): Chris
        g89g_compensation_answer,  # g89g (round 89): Chris, not the sick-pay answer
        g89g_what_support_service_does_answer,  # g89g (round 89): Chris
        g89g_stab_threat_young_answer,  # g89g (round 89): Noor, 15
        asks_what_happens_after_an_arrest,  # j98b (round 98): Anya, of Mila's attacker
        asks_who_will_see_a_child_in_person,  # j98b (round 98): Anya, for Mila
    ):
        said = find(text, facts)
        if said is not None:
            return said
    return None


# s83b (round 83) -- Tyler (16), told by "man dem from another school" that they would stab him
# after school tomorrow: "so what do i do tmrw then. just not go school?" got "Tell a teacher
# ... before Friday ... If he turns up", words written for Dami (round 62), who had named Friday
# and one older guy. The day and who come from what this person told.

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_TOLD = re.compile(
    r"\b(?:" + "|".join(_WEEKDAYS) + r"|tomorrow|tmrw|tmr|tmrrw|tmoz|2moro|2morrow|today)\b"
)
_TOMORROW = ("tomorrow", "tmrw", "tmr", "tmrrw", "tmoz", "2moro", "2morrow")
# More than one of them: a group named, or "1 of them" ("boys from st ignatius i know 1 of them").
_GROUP = re.compile(
    r"\b(?:man dem|mandem|boys|girls|lads|guys|gang|group|crew|olders|(?:\d+|one|two|three|some|"
    r"few|all) of them|them (?:boys|girls|lads|guys))\b"
)
_ONE_MAN = re.compile(
    r"\b(?:he|him|hes|he s|his|(?:a|an|this|that|the|some|older) (?:man|guy|boy|lad|bloke))\b"
)


def day_told(text: str, answers: Mapping[str, Any] | None) -> str | None:
    """The day the person last named ("friday", "tomorrow", "today"), or None."""
    days = _DAY_TOLD.findall(said_with(text, answers))
    if not days:
        return None
    return "tomorrow" if days[-1] in _TOMORROW else days[-1]


def school_threat_words(text: str, answers: Mapping[str, Any] | None) -> dict[str, str]:
    """The day and who, for utter_h1_school_under_threat, from what the person told."""
    day = day_told(text, answers)
    if day in _WEEKDAYS:
        when = f"before {day.title()}"
    elif day in ("tomorrow", "today"):
        when = "first thing tomorrow" if day == "tomorrow" else "today"
    else:
        when = "as soon as you can"
    told = said_with(text, answers)
    one_man = _ONE_MAN.search(told) and not _GROUP.search(told)
    return {"before_when": when, "who_turns_up": "he turns up" if one_man else "they turn up"}


# "whats friday? its tmrw": a weekday the person never named, questioned, beside the day they
# did name. An apology and the line again, with their day.
_WHICH_DAY = re.compile(
    r"\b(?:what|whats|what s|why|who said|where did (?:u|you) get|not)\b(?: \w+)? (?P<day>"
    + "|".join(_WEEKDAYS)
    + r")\b"
)


def wrong_day_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """A day the bot got wrong, corrected by the person, in a threat to a young person."""
    facts = answers or {}
    asked = _WHICH_DAY.search(plain(text))
    if asked is None or not h1_school_threat_told(text, facts):
        return None
    # "said" may end with this message itself (the dialogue's answers).
    earlier = " ".join(plain(said) for said in facts.get("said") or () if said != text)
    if asked["day"] in earlier:
        return None  # their own day, asked about
    return Say(
        response="utter_s83b_wrong_day",
        args={"wrong_day": asked["day"].title(), **school_threat_words(text, facts)},
    )


def h1_school_threat_told(text: str, answers: Mapping[str, Any]) -> bool:
    """A young person who told of a threat to hurt them (the words h1_school_under_threat uses)."""
    return _young(dict(answers)) and bool(_H1_THREAT_CONTEXT.search(said_with("", answers)))


# end s83b


# s83c (round 83)
# Fatima (spouse visa), whose husband's brother lives with them, takes her wages and threatens
# her: "i am worry about police because my visa is spouse visa, if police come maybe home office
# know" got "If your visa depends on a partner who abuses you"; "but my husband is not abusing
# me, is his brother ... so this concession is for me or not?" got nothing, and "is it for me if
# its brother in law not husband??" got the police line again. When the abuse is by someone
# other than the partner, the visa answer says whom the help is for and that it depends.
_S83C_PARTNER_VISA = re.compile(
    r"\b(?:spouse|partner|marriage|husbands?|wifes?|family) visas?\b|\bvisas? (?:is |comes )?"
    r"(?:through|from|on|depends on|with) (?:my )?(?:husband|wife|partner|spouse|marriage)\b|"
    r"\bconcession\b"
)
_S83C_ABOUT_VISA = re.compile(
    r"\b(?:visas?|concession|home office|immigration|settle|settlement|indefinite leave|ilr|"
    r"deport\w*|send (?:me|us) back)\b"
)
_S83C_PARTNER = r"(?:husband|wife|partner|spouse|boyfriend|girlfriend)"
_S83C_NOT_PARTNER = re.compile(
    rf"\b(?:my )?{_S83C_PARTNER} (?:is|s) not (?:abusing|hurting|doing|the one)\b|"
    rf"\b(?:its |it is |is )?not (?:my |the )?{_S83C_PARTNER}\b(?! (?:and|too|as well))"
)
_S83C_PARTNERS_FAMILY = re.compile(
    rf"\b(?:brother|sister|mother|father|mum|dad|son|daughter) in laws?\b|\bin laws\b|"
    rf"\b(?:his|her|my {_S83C_PARTNER}s?) (?:brother|sister|mother|mum|father|dad|family|"
    r"parents|cousin|uncle|aunt)\b"
)
# A direct question whether the help is theirs.
_S83C_FOR_ME = re.compile(
    r"\b(?:for me|apply to me|applies to me|count|counts|can i (?:get|apply|use)|am i "
    r"(?:allowed|able|eligible)|does it (?:apply|work))\b"
)


def s83c_abuser_not_partner(text: str, answers: Mapping[str, Any]) -> bool:
    """Told that the abuse is by someone other than the partner whose visa they hold."""
    if _S83C_NOT_PARTNER.search(plain(text)):
        return True
    if answers.get("relationship_to_offender") != "family_member":
        return False
    told = " ".join(plain(said) for said in (*(answers.get("said") or ()), text))
    return bool(_S83C_PARTNERS_FAMILY.search(told) or _S83C_NOT_PARTNER.search(told))


def s83c_visa_when_abuser_not_partner(text: str, answers: Mapping[str, Any]) -> Say | None:
    """Whom the domestic abuse visa help is for, to someone on a partner visa abused by someone
    else (the partner's family); None otherwise."""
    words = plain(text)
    if not (is_question(text) or "?" in text or "please tell me" in words):
        return None
    if not _S83C_ABOUT_VISA.search(words):
        return None
    told = " ".join(plain(said) for said in (*(answers.get("said") or ()), text))
    if not _S83C_PARTNER_VISA.search(told) or not s83c_abuser_not_partner(text, answers):
        return None
    if _S83C_FOR_ME.search(words) or _S83C_NOT_PARTNER.search(words):
        return Say(response="utter_s83c_concession_abuse_by_family")
    if re.search(r"\b(?:police|home office)\b", words):
        # Their fear of the police telling the Home Office is answered too.
        return Say(
            response="utter_s83c_visa_abuse_by_family", then=(Say(response="utter_immigration"),)
        )
    return Say(response="utter_s83c_visa_abuse_by_family")


# end s83c


# t84d (round 84)
# Amina (49, Somali, limited English; her son of 19 stabbed in a street fight, in hospital):
# "will police blame my son?" got x71d's interview answer worded for a mother ("They may want to
# hear from her"), as "talk to him" matched it; "who is her? it is my son, he is boy ... will
# police think he is criminal?" and "my son, he can get help also? he is 19, the one who is
# stabbed" got "I can't answer"; her Somali-language help named the domestic abuse helpline for a
# street stabbing. Answers chosen by who was hurt: their son, told in their own words.
_T84D_SON = re.compile(r"\b(?:my|our) (?:son|boy|lad)\b")
_T84D_HURT = re.compile(r"\b(?:stab\w*|hospital|wound\w*|hurt|attacked|beaten|knifed|injur\w*)\b")
_T84D_BLAME = re.compile(
    r"\bblam\w*\b|\b(?:think|say|treat|see)\w* (?:he|him|my son|he s|hes)\b(?: \w+){0,3} "
    r"(?:criminal|guilty|in trouble|at fault)\b"
)
# "who is her?": a "her" they did not say, put right.
_T84D_WRONG_PRONOUN = re.compile(r"\b(?:who is|who s|not) (?:her|she)\b")
_T84D_OWN_HELP = re.compile(
    r"\b(?:get|have|need\w*) (?:\w+ )?(?:help|support|someone)\b|\bhelp (?:also|too|as well)\b|"
    r"\bsomeone for (?:him|my son)\b|\bfor (?:young )?(?:boys|lads|young people) who\b"
)
_L100D_SON_NOT_HURT = re.compile(
    r"\b(?:son|he|boy|lad) (?:is not|was not|isnt|wasnt|isn t|wasn t) hurt\b"
)
_T84D_AGE = re.compile(r"\b(?:he is|he s|hes|son is|aged?) (\d{1,2})\b")
_T84D_NOT_ABUSE = re.compile(r"\bwhy (?:\w+ ){0,2}domestic (?:abuse|violence)\b")
_T84D_DOMESTIC = ("domestic_abuse", "sexual_violence", "stalking_harassment")


def t84d_son_hurt(answers: Mapping[str, Any]) -> bool:
    """They told that their son was the one hurt ("my son is in hospital he get stabbed")."""
    # l100d (round 100): in one sentence: Carmen, "our son lives in Spain" and later "I have not
    # hurt myself" (her husband hit her), was told "Your son ... he's the one hurt".
    parts = [
        plain(part)
        for said in (answers.get("said") or ())
        for part in re.split(r"[.!?\n]+", str(said))
    ]
    return any(
        _T84D_SON.search(part) and _T84D_HURT.search(part) and not _L100D_SON_NOT_HURT.search(part)
        for part in parts
    )


def t84d_blame_son_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """ "will police blame my son?", "who is her? it is my son ... will police think he is
    criminal?": he is still a victim; a wrong "her" is put right first."""
    words = plain(text)
    if not (_T84D_SON.search(said_with(text, answers)) or t84d_son_hurt(answers)):
        return None
    blame = is_question(text) and "police" in words and bool(_T84D_BLAME.search(words))
    wrong = bool(_T84D_WRONG_PRONOUN.search(words))
    if wrong and blame:
        return Say(
            response="utter_t84d_sorry_your_son",
            then=(Say(response="utter_t84d_son_still_victim"),),
        )
    if wrong:
        return Say(response="utter_t84d_sorry_your_son")
    return Say(response="utter_t84d_son_still_victim") if blame else None


def _redthread_ages() -> tuple[int, int]:
    """The ages the redthread entry serves, from the directory."""
    from referrals.directory import load_directory

    for org in load_directory():
        if org.id == "redthread":
            return (org.serves.min_age or 0, org.serves.max_age or 0)
    return (0, 0)


def t84d_son_own_help_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """ "my son, he can get help also? he is 19, the one who is stabbed", "for young boys who
    get stabbed, my son need someone": yes, he can get support himself; Redthread when his age
    is in its range and he was hurt (its youth workers are in hospitals)."""
    words = plain(text)
    if not (is_question(text) or "?" in text) or not _T84D_OWN_HELP.search(words):
        return None
    if not (_T84D_SON.search(words) or re.search(r"\b(?:young )?boys\b", words)):
        return None
    if not t84d_son_hurt({**answers, "said": [*(answers.get("said") or ()), text]}):
        return None
    age = _T84D_AGE.search(said_with(text, answers))
    low, high = _redthread_ages()
    young = age is None or low <= int(age.group(1)) <= high
    own = Say(response="utter_t84d_son_own_help_redthread" if young else "utter_t84d_son_own_help")
    from actions import service_answers

    community = service_answers.s83f_asks_for_their_community(text)
    return (
        Say(response=own.response, then=(Say(response="utter_s83f_none_for_community"),))
        if community
        else own
    )


def t84d_language_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """ "why domestic abuse? it is not husband", for a crime that is not abuse at home: an
    apology and the right service for help in their language."""
    if answers.get("crime_type") in _T84D_DOMESTIC or not answers.get("crime_type"):
        return None
    if _T84D_NOT_ABUSE.search(plain(text)):
        return Say(response="utter_t84d_sorry_not_domestic_abuse")
    return None


# Olu (55, a shopkeeper who saw a stabbing; the attacker's friends stand outside his shop): "Will
# his friends be in the court? I have the shop, I cannot close for many days" got only the court
# answer. Their friends at court, then the expenses a witness can claim when days are lost.
_T84D_FRIENDS_AT_COURT = re.compile(
    r"\b(?:will|would|can|could) (?:his|her|their|the) (?:friends|mates|family|gang|boys)\b"
    r"(?: \w+){0,2} (?:be|come|sit|go)\b(?: \w+){0,2} (?:court|there)\b"
)
_T84D_DAYS_LOST = re.compile(
    r"\b(?:cannot|can t|cant|could not|couldn t) (?:close|shut|leave) (?:the |my )?(?:shop|"
    r"business|work|stall)?\b.{0,20}\bdays\b|\b(?:lose|losing|lost) days\b"
)


def t84d_friends_at_court_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """ "Will his friends be in the court?": special measures, a separate waiting area and the
    Witness Service; with the expenses answer when they say they cannot lose days."""
    words = plain(text)
    if not _T84D_FRIENDS_AT_COURT.search(words):
        return None
    if _T84D_DAYS_LOST.search(words):
        return Say(
            response="utter_t84d_friends_at_court",
            then=(Say(response="utter_witness_expenses_and_losses"),),
        )
    return Say(response="utter_t84d_friends_at_court")


# end t84d


# v86b2 (round 86) -- Kemi (23, punched by a stranger after a night out): "kinda yeh cos theyd
# probably bring up the drinking. would jay have to go to court too" was heard as drinking more
# since, and "wait im not drinking more?? i meant i was drunk that night" got the same again.
# Having had a drink that night is answered as blame: it isn't their fault, and anyone who saw
# it may be asked for a witness statement. Hassan (38, spat at on a bus, his daughter of 6 with
# him): help for a child that young is asked for by the parent, so not Childline or Redthread
# first. Sophie (31, her ex at her hospital work): blocking him, and what the police can do
# without a trial. Ray (52): "should I go round and speak to him? Part of me wants to knock his
# block off".

# Drinking told as something they'll be judged for, or a correction that it was that night.
_V86B2_DRINK_BLAME = re.compile(
    r"\b(?:bring up|bringing up|ask about|asking about|mention|judge\w*|blame\w*|say|said) "
    r"(?:me for |on )?(?:the|my|that i was|i was|i d been|id been|i had been) (?:drink\w*|drunk)\b|"
    r"\bi meant i (?:was|d been|had been) (?:drunk|drinking)\b|"
    r"\b(?:im|i m|i am) not drinking more\b"
)
# Asking whether someone else (a friend, a boyfriend, "jay") would have to go to court or give
# evidence, or "i asked about jay not me".
_V86B2_OTHER_TO_COURT = re.compile(
    r"\bwould (?!i\b|me\b|you\b)\w+ (?:have to|need to|be made to|get asked to) "
    r"(?:go to court|give evidence|be a witness|give a statement)\b|"
    r"\b(?:i )?asked about (?!me\b)\w+ not me\b"
)


def v86b2_drink_that_night(text: str) -> bool:
    """Drinking told as blame or "i meant i was drunk that night", not as drinking more since."""
    if i97a_others_drinking(text):
        return False  # i97a (round 97): Tony, "im not drinking more, i run a pub, THEY drank"
    return bool(_V86B2_DRINK_BLAME.search(plain(text)))


def v86b2_drink_blame_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if answers.get("crime_type") == "sexual_offence" or not v86b2_drink_that_night(text):
        return None  # a sexual offence has its own consent answers
    if _V86B2_OTHER_TO_COURT.search(plain(text)):
        return Say(response="utter_v86b2_drink_and_witness")
    return Say(response="utter_believed_after_drinking")


# Asked for help for a child, whose age, under 11, was told: "She is only 6", "My daughter is 6".
_V86B2_YOUNG_CHILD = re.compile(
    r"\b(?:she|he|daughter|son|child|boy|girl|kid) (?:is|s) (?:only |just )?(?:[1-9]|10)"
    r"(?! ?(?:pm|am|times|weeks?|months?|days?|hours?|minutes?|mins?)\b)\b"
)


def v86b2_young_child_help_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    from actions.questions import asks_help_for_a_child_victim

    if not _V86B2_YOUNG_CHILD.search(said_with(text, answers)):
        return None
    if not asks_help_for_a_child_victim(text, answers):
        return None
    return Say(response="utter_n6_support_for_child_who_saw")


# Sophie: "should i block his number? i'm scared if i block him he'll just turn up more".
# m86b (round 86): blocking asked about, not told: "i blocked him and he makes new accounts ...
# is that even serious enough to report??" keeps Nia's answer (round 47).
_V86B2_BLOCK = re.compile(
    r"\b(?:should|shall|do|can|could|would|if|when|once) i (?:just |still |keep |not )?"
    r"(?:block|blocking|unblock)\b|\b(?:is it|would it be|whats|what is) (?:\w+ ){0,2}to "
    r"(?:block|unblock)\b|\b(?:block|blocking|unblock) (?:him|her|them|his \w+|her \w+|their \w+)"
    r"(?: or\b|$)|^(?:so |and |but |ok |just )?(?:block|unblock) (?:him|her|them|his \w+)\b|"
    r"\bkeep (?:him|her|them) blocked\b"
)
_V86B2_STALKED = re.compile(
    r"\b(?:turn\w* up|turning up|come more|comes more|come round|outside|waits?|waiting|"
    r"follow\w*|at (?:my )?work|the hospital)\b"
)


def v86b2_block_stalker_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    words = plain(text)
    if not (is_question(text) and _V86B2_BLOCK.search(words)):
        return None
    stalking = answers.get("crime_type") == "stalking_harassment"
    if not (_V86B2_STALKED.search(words) and (stalking or "turn" in words)):
        return None
    return Say(response="utter_v86b2_block_stalker")


# Sophie: "can the police actually make him stop without going to court? i dont want to ruin
# his life i just want him to leave me alone".
_V86B2_POLICE_STOP = re.compile(
    r"\b(?:police|they)\b.{0,25}\b(?:make|get|stop) (?:him|her|them)\b.{0,30}\b(?:stop\w*|leave "
    r"me alone|back off)?.{0,40}\bwithout (?:going to |it (?:being|going to) )?(?:a )?(?:whole )?"
    r"(?:court|trial|prosecut\w*|charg\w*)"
)


def v86b2_police_stop_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if answers.get("crime_type") not in ("stalking_harassment", "domestic_abuse"):
        return None
    if not _V86B2_POLICE_STOP.search(plain(text)):
        return None
    return Say(response="utter_v86b2_police_stop_stalker")


# Ray: "I keep thinking about going round there and having it out with him", "should I go round
# and speak to him? Part of me wants to knock his block off".
_V86B2_CONFRONT = re.compile(
    r"\b(?:go|going|goin|head) (?:round|over|around) (?:there )?(?:to his|and (?:have it out|"
    r"speak to|talk to|sort|confront|see)|there and (?:have|having) it out)|"
    r"\b(?:having|have) it out with (?:him|her|them)\b|"
    r"\bknock (?:his|her|their) (?:block|head|teeth) off\b|"
    r"\b(?:confront|sort out|batter|smash|kill) (?:him|her|them)\b"
)


def v86b2_dont_confront_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if answers.get("crime_type") != "domestic_abuse" or answers.get("for_someone_else") is not True:
        return None
    if not _V86B2_CONFRONT.search(plain(text)):
        return None
    if t2_family_wants_to_confront(text, "domestic_abuse"):
        # m86b (round 86): someone else wanting to go round ("My husband wants to go round there
        # and have it out with him", Dawn, round 49) keeps "please ask him not to"
        # (utter_t2_family_confront); this answer is for the writer themself (Ray).
        return None
    return Say(response="utter_v86b2_dont_confront")


# end v86b2


# v86d2 (round 86) -- Kwame, 60, whose son was killed, trial next month at the Old Bailey: "Will
# I have to see him in the courtroom? My wife says she cannot bear to be in the same room as
# him", "Must we attend at all?" (got the hearings answer twice, word for word, and "I can't
# answer"); "Is there anyone who helps families with grief after a murder?" (got the answer for
# bereaved children, he has none there); "I have not yet written my statement. To whom should I
# give it, and is it too late" (got "you can tell the police whenever you feel ready"). Lily, 20,
# impersonated on Instagram: "will my uni think i actually sent those msgs tho?" (got coursework
# on a stolen device). Sanjay, 50, a threatened witness: "can I not go? what if I say I dont
# remember", "can they hide me in court", "in court will they say my home address?".


def _v86d2_bereaved(answers: Mapping[str, Any]) -> bool:
    return answers.get("crime_type") == "homicide" or bool(answers.get("bereaved"))


_V86D2_COURT = re.compile(r"\b(?:court|courtroom|courtrooms|trial|old bailey|crown court)\b")
_V86D2_SEE_ACCUSED = re.compile(
    r"\b(?:see|face|look at) (?:him|her|them|the accused|the defendant|the killer)\b|"
    r"\bsame room as (?:him|her|them|the accused|the defendant)\b|"
    r"\bwill (?:he|she|they|the accused|the defendant) (?:be )?(?:able to )?(?:see|be in front "
    r"of) (?:us|me|my wife|my husband)\b|"
    r"\b(?:must|do|will|would) (?:we|i|my wife|my husband) (?:have to |need to )?(?:attend|go|be "
    r"there)\b|\bnot (?:to )?be in the same room\b|\bfollow the trial\b"
)


def v86d2_courtroom_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """A bereaved family's "Will I have to see him in the courtroom?", "Must we attend at all?":
    no need to go unless a witness; the dock; a visit, a separate waiting area, seats apart; the
    one who stays away kept updated."""
    words = plain(text)
    # The inquest and a statement to read have their own answers.
    if re.search(r"\b(?:inquest|coroner\w*|statement|vps|funeral)\b", words):
        return None
    if not (_v86d2_bereaved(answers) and is_question(text) and _V86D2_COURT.search(words)):
        return None
    if _L100C_NEAR_THEIR_FAMILIES.search(words):
        return Say(response="utter_l100c_bereaved_near_their_families")  # l100c (round 100)
    if not _V86D2_SEE_ACCUSED.search(words):
        return None
    return Say(response="utter_v86d2_bereaved_in_courtroom")


# l100c (round 100): Mariam, whose son was killed: "I am scared to see those boys in the court,
# and their families. Will they be sitting near us?" got "I can't answer": where the accused's
# families sit, asked by a bereaved family.
_L100C_NEAR_THEIR_FAMILIES = re.compile(
    r"\b(?:sit|sits|sitting|sat|seated|wait|waiting) (?:right |very )?(?:near|next to|close to|"
    r"beside|behind) (?:us|me|my family|our family|my "
    r"(?:wife|husband|daughter|son))\b|\b(?:near|next to|close to) (?:their|his|her|the "
    r"(?:accused|defendants?)s?) famil(?:y|ies)\b"
)


_V86D2_CHILDREN_ASKED = re.compile(
    r"\b(?:children|kids|grandchildren|grandkids|nephews?|nieces?|the boys|the girls)\b"
)
_V86D2_FAMILY_GRIEF = re.compile(
    r"\b(?:anyone|anybody|someone|somebody|anything|help|support|group)\b.{0,40}\b(?:families|"
    r"family|parents|mothers|fathers|my wife and i|my husband and i|us)\b.{0,40}\b(?:grief|"
    r"griev\w*|bereave\w*|after (?:a |the )?(?:murder|killing|death))\b|"
    r"\b(?:does|will|can|would) (?:this|the|that) (?:national )?homicide service (?:also )?"
    r"(?:help|support|work with|see|talk to) (?:parents|families|mothers|fathers|us|me|adults|"
    r"my wife|my husband)\b"
)


def v86d2_family_grief_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """ "Is there anyone who helps families with grief after a murder?", "Does this Homicide
    Service help parents?": the Homicide Service and SAMM, for the family; not the answer for
    bereaved children when no children were asked about."""
    words = plain(text)
    # "But I did not mention children" asks nothing about children.
    asked = re.sub(r"\b(?:did not|didnt|not|no|never) (?:\w+ ){0,2}(?:children|kids)\b", " ", words)
    if not _v86d2_bereaved(answers) or _V86D2_CHILDREN_ASKED.search(asked):
        return None
    if not (is_question(text) and _V86D2_FAMILY_GRIEF.search(words)):
        return None
    return Say(response="utter_v86d2_homicide_service_family")


_V86D2_VPS = re.compile(
    r"\b(?:victim personal statement|vps|impact statement|my statement|our statement|the "
    r"statement)\b"
)
_V86D2_VPS_ASKS = re.compile(
    r"\b(?:to whom|who (?:do|should|can|will) (?:i|we) (?:give|send|hand)|who takes|who (?:will|"
    r"would) take|give it to|too late|not yet (?:written|made|done)|(?:havent|have not|not) "
    r"(?:yet )?(?:written|made|done) (?:it|my statement|the statement|our statement)|how do (?:i|"
    r"we) (?:make|give|write)|when (?:do|should|must) (?:i|we) (?:give|make|write))\b"
)


def v86d2_bereaved_vps_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """ "I have not yet written my statement. To whom should I give it, and is it too late, given
    that the trial is next month?", "I mean the Victim Personal Statement. Who takes it from
    me?": a bereaved relative's VPS, before sentencing, taken by the police (the FLO)."""
    words = plain(text)
    if not _v86d2_bereaved(answers) or re.search(r"\bwitness statement\b", words):
        return None
    if _told(text, answers, _SENTENCED) or "parole" in words:
        # after a sentence: after_sentence_answer. m86a (round 86): told in the same message
        # too, "He was convicted in 2021. Who do I send my statement to?" (round 25).
        return None
    if not (_V86D2_VPS.search(words) and _V86D2_VPS_ASKS.search(words)):
        return None
    if not _told(text, answers, _V86D2_COURT):
        # m86a (round 86): "I am 66. Who do I send my statement to?" with no trial told of
        # (round 25) keeps the answer for a trial and for parole: "before sentencing" is known
        # only from Kwame's "the trial of the accused begins next month".
        return None
    return Say(response="utter_v86d2_bereaved_vps")


_V86D2_IMPERSONATED = re.compile(
    r"\b(?:fake (?:\w+ )?(?:accounts?|profiles?|page|me)|impersonat\w*|pretending to be (?:me|her)|"
    r"pretend(?:s|ed)? to be me|posing as me|in my name)\b"
)
_V86D2_UNI = re.compile(r"\b(?:uni|university|college|lecturers?|tutors?|course|department)\b")
_V86D2_BLAMED = re.compile(
    r"\b(?:think|believe|thinks|assume) (?:i|it was me|its me|it s me)\b|\b(?:get|be|am|im) "
    r"(?:in|into) trouble\b|\bblame me\b|\bkick me out\b|\bi (?:actually |really )?sent\b"
)


def v86d2_uni_fake_account_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """ "will my uni think i actually sent those msgs tho? im scared ill get in trouble", from
    someone impersonated by fake accounts: tell them it is a fake account, with screenshots."""
    words = plain(text)
    if not (_told(text, answers, _V86D2_IMPERSONATED) and _V86D2_UNI.search(words)):
        return None
    if not (is_question(text) or "scared" in words) or not _V86D2_BLAMED.search(words):
        return None
    return Say(response="utter_v86d2_uni_fake_account")


_V86D2_WITNESS = re.compile(
    r"\bwitness\w*\b|\bgave (?:a |my |the )?statement\b|\bforget what (?:you|u) saw\b|"
    r"\bwhat i saw\b"
)
_V86D2_THREATENED = re.compile(
    r"\bthreat\w*|\bforget what (?:you|u) saw\b|\bintimidat\w*|\bscar(?:e|ed|ing) me\b|"
    r"\bknow where i (?:work|live)\b"
)
_V86D2_NOT_GO = re.compile(
    r"\bcan (?:i|we) not (?:go|come|attend)\b|\b(?:dont|do not) (?:want to|wanna) (?:go to court|"
    r"give evidence|testify)\b|\bwhat if i (?:say|said|tell them|just say) (?:that )?i (?:dont|do "
    r"not|cant|cannot|can t) remember\b|\bdo i (?:have to|must) go\b"
)
_V86D2_HIDE_ME = re.compile(
    r"\bhide me\b|\b(?:so|that) (?:he|they|the robber|him) (?:dont|doesnt|do not|does not|cant|"
    r"cannot|wont|will not) see me\b"
)


def v86d2_scared_witness_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """A threatened witness: "can I not go? what if I say I dont remember" (special measures,
    tell the police, a witness summons) and "can they hide me in court so he dont see me"
    (special measures)."""
    words = plain(text)
    told = said_with(text, answers)
    if not (_V86D2_WITNESS.search(told) and _V86D2_THREATENED.search(told)):
        return None
    if not _V86D2_COURT.search(words) and not re.search(r"\bremember\b", words):
        return None
    if _V86D2_NOT_GO.search(words):
        return Say(response="utter_v86d2_scared_witness_court")
    if _V86D2_HIDE_ME.search(words):
        return Say(response="utter_special_measures_intimidated_witness")
    return None


_V86D2_ADDRESS = re.compile(r"\b(?:my|our) (?:home |house )?address\b|\bwhere i live\b")
_V86D2_SAY_IT = re.compile(
    r"\b(?:say|said|read out|tell|give|ask for|asked for|know|find out|hear|see)\b"
)


def v86d2_witness_address_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """ "in court will they say my home address? I dont want them know where I live", "my
    address, will court say it in front of him?" from a threatened witness (the stalking
    victim's answer, utter_j3_address_in_court, speaks of a new address and the Stalking
    Helpline)."""
    words = plain(text)
    told = said_with(text, answers)
    if not (_V86D2_WITNESS.search(told) and _V86D2_THREATENED.search(told)):
        return None
    if re.search(r"\bstalk\w*", told):
        return None
    if (
        (is_question(text) or re.search(r"\bi (?:dont|do not) want\b", words))
        and _V86D2_COURT.search(words)
        and _V86D2_ADDRESS.search(words)
        and _V86D2_SAY_IT.search(words)
    ):
        return Say(response="utter_v86d2_witness_address_in_court")
    return None


def v86d2_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """The first v86d2 (round 86) answer that fits, or None."""
    for find in (
        v86d2_courtroom_answer,
        v86d2_family_grief_answer,
        v86d2_bereaved_vps_answer,
        v86d2_uni_fake_account_answer,
        v86d2_scared_witness_answer,
        v86d2_witness_address_answer,
    ):
        said = find(text, answers)
        if said is not None:
            return said
    return None


# end v86d2


# y86 (round 86) -- messages that got "I can't answer" although a short, sourced answer exists.

# Ray, writing for his daughter: "She doesn't know I'm writing to you. Can they contact me, not
# her? Just for advice for me." The request is his: the service contacts him, not her.
_Y86_CONTACT_ME = re.compile(
    r"\b(?:contact|call|ring|phone|text|message|speak to|talk to) (?:me|myself)(?: only| instead)?"
    r" (?:not|instead of|rather than) (?:her|him|them|my (?:daughter|son|sister|brother|mum|dad|"
    r"friend|wife|husband|partner))\b"
    # Only "me, not her": "help for me as his carer" (Gloria, round 50), "can they ring me
    # instead?" (round 27) and "contact ME only, never her phone" (round 68) keep their answers.
)


def y86_contact_me_not_her(text: str, answers: Mapping[str, Any]) -> bool:
    return (
        answers.get("for_someone_else") is True
        and is_question(text)
        and bool(_Y86_CONTACT_ME.search(plain(text)))
    )


def y86_ray_contact_me_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """ "Can they contact me, not her? Just for advice for me." (with "I keep thinking about going
    round there and having it out with him" in the same message: that answer first)."""
    if not y86_contact_me_not_her(text, answers):
        return None
    mine = Say(response="utter_y86_contact_me_not_her")
    # g96c (round 96): Kiran, for her dad (79) robbed by a phone scammer: "Can someone visit him
    # at home rather than ring? And please contact me not him" got "not her" and the National
    # Domestic Abuse Helpline. Outside abuse at home: no helpline, "them", and the visit asked.
    if answers.get("crime_type") not in ("domestic_abuse", "sexual_violence", "sexual_offence"):
        then = (Say(response="utter_m2_home_visit"),) if m2_asks_for_a_home_visit(text) else ()
        mine = Say(response="utter_g96c_contact_me_not_them", then=then)
    confront = v86b2_dont_confront_answer(text, answers)
    # The urge to confront him first: it is about her safety.
    return mine if confront is None else Say(response=confront.response, then=(mine,))


# Ray: "ok. what do I say to her next time I see her?" (his daughter hit by her partner).
_Y86_WHAT_TO_SAY = re.compile(
    r"\bwhat (?:do|should|can|shall|would) i (?:even |actually )?(?:say|tell|do) (?:to |for )?"
    r"(?:her|him|them|my (?:daughter|son|sister|brother|mum|dad|friend))\b|\bwhat to say to "
    r"(?:her|him|them)\b|\bhow (?:do|can|should) i (?:talk|speak) to (?:her|him|them) about (?:it|"
    r"this|him|her)\b"
)


def y86_what_to_say_to_her_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if answers.get("for_someone_else") is not True or answers.get("for_child"):
        return None
    if answers.get("crime_type") != "domestic_abuse":
        return None
    if not _Y86_WHAT_TO_SAY.search(plain(text)):
        return None
    if _Y86_GOING_ROUND.search(plain(text)):
        return (
            None  # Dawn (round 49): "My husband wants to go round there": utter_t2_family_confront
        )
    return Say(response="utter_y86_what_to_say_to_her")


_Y86_GOING_ROUND = re.compile(
    r"\b(?:go|going|gone|went) (?:round|over|to see him)\b|\bconfront\w*|\bhave it out\b"
)


# Kemi, punched in the face: "should i take pics of my eye".
_Y86_PHOTOS = re.compile(
    r"\b(?:take|taking|get|getting|keep|send) (?:a |some )?(?:pics?|pictures?|photos?|"
    r"photographs?|selfies?) (?:of )?my (?:eye|eyes|face|nose|lip|lips|mouth|tooth|"
    r"teeth|jaw|cheek|head|arm|arms|leg|legs|neck|hand|hands|back|body|injur\w*|bruis\w*|cuts?|"
    r"marks?|wounds?|black eye|swelling)\b|\bphotograph my (?:eye|face|injur\w*|"
    r"bruis\w*|cuts?|marks?)\b"
)
# Only their own injury ("my eye"): someone else's bruises are utter_n3_bruises_on_him's.
_Y86_VIOLENCE = ("assault", "serious_violence", "attempted_murder", "robbery", "domestic_abuse")


def y86_photos_of_injury_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if answers.get("for_someone_else") or answers.get("crime_type") not in _Y86_VIOLENCE:
        return None
    if not (is_question(text) and _Y86_PHOTOS.search(plain(text))):
        return None
    return Say(response="utter_y86_photos_of_injury")


# Des, car keys fished through his letterbox: "What about the letterbox? Can someone come and put
# a guard on it or something".
_Y86_KEYS_FISHED = re.compile(r"\b(?:keys?|fish\w*|hook\w*|car)\b")
_Y86_LETTERBOX = re.compile(r"\b(?:letter ?box|letter ?plate|mail ?slot)\b")
_Y86_LETTERBOX_ASKS = re.compile(
    r"\b(?:guard|cage|restrictor|cover|secure|safer|stop (?:them|it|this)|what about|fit|put|"
    r"block|seal)\b"
)


def y86_letterbox_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    words = plain(text)
    if not (is_question(text) or "or something" in words):
        return None
    if not (_Y86_LETTERBOX.search(words) and _Y86_LETTERBOX_ASKS.search(words)):
        return None
    # Keys fished through it (Des), not fire or things pushed through it (Kwame, round 77:
    # utter_letterbox_fire_safety; dog mess posted).
    told = said_with(text, answers)
    if answers.get("crime_type") in ("arson", "criminal_damage") and not _Y86_KEYS_FISHED.search(
        told
    ):
        return None
    return Say(response="utter_y86_letterbox_guard")


# Aisha, raped two weeks ago: "ive not been sleeping and im not eating much. is that a mental
# health thing? i dont know".
_Y86_NOT_SLEEPING = re.compile(
    r"\b(?:not|cant|can t|cannot|havent|haven t|barely|hardly) (?:been )?(?:sleep\w*|eat\w*)\b|"
    r"\bno (?:sleep|appetite)\b|\bnot eating\b"
)
_Y86_IS_THAT = re.compile(
    r"\b(?:is (?:that|this|it) (?:a |normal|ok|okay|mental|because|from|cos)|mental health|"
    r"normal|what(?:s| is) wrong with me|should i (?:see|go to) (?:a |my )?(?:gp|doctor))\b"
)


def y86_sleep_after_rape_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if answers.get("for_someone_else") or answers.get("crime_type") != "sexual_offence":
        return None
    words = plain(text)
    if not (is_question(text) and _Y86_NOT_SLEEPING.search(words) and _Y86_IS_THAT.search(words)):
        return None
    return Say(response="utter_y86_sleep_after_rape")


# Aisha (the man who raped her works with her): "and the work part? would i have to keep seeing
# him": bail conditions if he is arrested, and what work can be asked for meanwhile.
_Y86_KEEP_SEEING = re.compile(
    # Asked ("would i have to keep seeing him"), not told ("I have to work with him again on
    # Thursday. Is there anything I can do to be safe at work?", round 46: utter_q1_safe_at_work).
    r"\b(?:would|will|do|does|must|shall) i (?:have to|need to|got to|still have to) "
    r"(?:keep |still )?(?:seeing|see|work(?:ing)? with|be (?:around|near|with)) (?:him|her|them)\b"
)
_Y86_WORK = re.compile(r"\b(?:work|works|working|job|office|colleague|coworker|manager|shift)\b")


def y86_seeing_him_at_work_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if answers.get("for_someone_else") or answers.get("crime_type") != "sexual_offence":
        return None
    if not (is_question(text) and _Y86_KEEP_SEEING.search(plain(text))):
        return None
    if not _Y86_WORK.search(said_with(text, answers)):
        return None
    return Say(
        response="utter_bail_conditions_stay_away",
        then=(Say(response="utter_d6_ask_work_to_move_him"),),
    )


# Lily, impersonated online: "my mum is freaking out and thinks im on drugs bc of what the fake me
# said to her. what do i even say to her".
_Y86_FAKE_ME = re.compile(
    r"\b(?:fake (?:me|account|profile|page)|pretending to be me|impersonat\w*|pretend(?:ing)? "
    r"(?:to be|its|it s) me)\b"
)
_Y86_SAY_TO_FAMILY = re.compile(
    r"\bwhat (?:do|should|can|shall) i (?:even |actually )?(?:say|tell) (?:to )?(?:her|him|them|my "
    r"(?:mum|mom|dad|parents?|family|nan|gran))\b|\bhow (?:do|can|should) i (?:explain|tell) "
    r"(?:her|him|them|my (?:mum|mom|dad|parents?|family))\b"
)


def y86_what_to_tell_mum_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if answers.get("for_someone_else"):
        return None
    words = plain(text)
    if not (_Y86_SAY_TO_FAMILY.search(words) and _Y86_FAKE_ME.search(said_with(text, answers))):
        return None
    return Say(response="utter_y86_fake_account_tell_family")


# Pat, 81, who asked us to ring her daughter Linda: "I would be very nervous yes. Has Linda been
# told yet?" (before any request was passed on).
_Y86_TOLD_YET = re.compile(
    r"\b(?:has|have) (?P<who>[a-z]+(?: [a-z]+)?) been (?:told|rung|called|phoned|contacted|"
    r"informed)\b|\b(?:have|did) you (?:told|tell|rung|ring|called|call|phoned|phone|contacted|"
    r"contact) (?P<who2>[a-z]+(?: [a-z]+)?) yet\b"
)
_Y86_NOT_A_PERSON = re.compile(
    r"\b(?:police|cops|he|she|they|it|anyone|anybody|someone|the (?:bank|council|school|landlord)|"
    r"my (?:bank|landlord|boss|employer|school))\b"
)


def y86_not_told_yet_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    if answers.get("referral_consent") is True or answers.get("assessment_done"):
        return None
    found = _Y86_TOLD_YET.search(plain(text))
    if found is None or not is_question(text):
        return None
    who = found.group("who") or found.group("who2") or ""
    if _Y86_NOT_A_PERSON.search(who):
        return None
    return Say(response="utter_y86_not_told_yet")


# end y86


# f88b (round 89) -- Tasha, 24, pushed into a wall by her boyfriend: "my little brother saw it
# tho when he came round to pick me up, hes only 9, is he gonna be ok" got the next question,
# and "you didnt answer about my brother??" the low-mood answer. A brother or sister who saw or
# heard the abuse: a victim of it too (Domestic Abuse Act 2021 s.3), with support to arrange.
_F88B_SIBLING = r"(?:my |our )(?:little |lil |baby |younger |kid |wee )?(?P<who>brother|sister)"
_F88B_SIBLING_SAW = re.compile(
    _F88B_SIBLING + r"\b(?: \w+){0,2}? (?:saw|seen|see|sees|watched|witnessed|heard|hears|was "
    r"there|was in the room)\b"
)
_F88B_WORRIED = re.compile(
    r"\b(?:is|will|would) (?:he|she) (?:be |gonna be |going to be )?(?:ok|okay|alright|all "
    r"right|fine)\b|\b(?:worried|worry|worrying|scared|upset) (?:about|for) (?:him|her|my "
    r"(?:little |lil |baby |younger )?(?:brother|sister))\b|\b(?:anything|anyone|help|support) "
    r"(?:for|to help) (?:him|her|my (?:little |lil |baby |younger )?(?:brother|sister))\b"
)
_F88B_ABOUT_SIBLING = (
    r"(?:my |our )(?:little |lil |baby |younger |kid |wee )?(?P<who>brother|sister)\b(?! \w+ "
    r"(?:said|says|told|thinks))"
)
_F88B_NOT_ANSWERED = re.compile(
    r"\b(?:you |u )?(?:didnt|did not|didn t|never|havent|have not|wont|dont) (?:even )?(?:answer"
    r"|reply|respond|say anything)(?: me| to me)? (?:about|to me about|on) (?:what i said about )?"
    + _F88B_ABOUT_SIBLING
)
_F88B_YOUNG = re.compile(
    r"\b(?:hes|shes|he is|she is|only|just) (?:only |just )?(?:[1-9]|1[0-7])\b"
)


def f88b_sibling_saw_it_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """A brother or sister (a child) who saw the partner's or family's abuse: support for them."""
    at_home = answers.get("crime_type") == "domestic_abuse" or answers.get(
        "relationship_to_offender"
    ) in ("partner_or_ex", "family_member")
    if not at_home or answers.get("for_someone_else") or _young(answers):
        return None
    words = plain(text)
    found = _F88B_SIBLING_SAW.search(words)
    asked = found is not None and bool(
        _F88B_WORRIED.search(words) or (is_question(text) and _F88B_YOUNG.search(words))
    )
    if not asked:
        # "you didnt answer about my brother??", after telling he saw it.
        found = _F88B_NOT_ANSWERED.search(words)
        if not _F88B_SIBLING_SAW.search(said_with("", answers)):
            return None
    if found is None:
        return None
    # Named in full so the domain check (tests/rasa) finds both responses in the code.
    saw_it = {"brother": "utter_f88b_brother_saw_it", "sister": "utter_f88b_sister_saw_it"}
    return Say(response=saw_it[found.group("who")])


# f88b (round 89) -- Tasha, who asked for her referral "text only ... dont ring": "how long will
# it take for them to text" got "About 6 more short questions", and "any time but TEXT only pls
# not calls. and how long till they text me?" got "I can't answer ... on 08 08 16 89 111". No
# time is promised (none is known: utter_when_contacted); ways to get help meanwhile without a
# call.
_F88B_WHEN_TEXTED = re.compile(
    r"\b(?:how long|how soon|when|how quick\w*)\b(?: \w+){0,6}? (?:they|them|someone|somebody|"
    r"anyone|a worker|a support worker|the team|the support team|you|u)\b(?: \w+){0,3}? (?:text|"
    r"txt|texts|texting|message|msg|contact|get in touch|reply)\b|\bhow long (?:till|until|before) "
    r"i (?:hear|get a text)\b"
)


def f88b_when_texted_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """When the support team will text, to someone who asked for texts and no calls."""
    if answers.get("referral_consent") is not True or answers.get("contact_method") != "text":
        return None
    if not _F88B_WHEN_TEXTED.search(plain(text)):
        return None
    if not f88b_no_calls_said(text, answers):
        return None
    return Say(response="utter_f88b_when_texted_no_calls")


# g89b (round 89) -------------------------------------------------------------------------------
# Rachel (31, spiked in a bar, a memory gap, maybe sexually assaulted), Tomasz (45, tools stolen
# from his van, simple English) and Yusuf (16, robbed at knifepoint): questions answered from a
# stock paragraph picked by one word. Texts and sources: bot/domain/responses_answers.yml (g89b).

# Rachel: "should i still call the havens today as well or wait for them to text me?" got the
# ways to get help without calling, and the chat closed; the Havens' "go today" came only when
# she asked again, on the last day for PEP.
_G89B_NOW_OR_WAIT = re.compile(
    r"\b(?:call|ring|phone|contact|go to|go)\b.{0,40}\b(?:today|now|tonight|straight away|asap)\b"
    r".{0,40}\b(?:or|and not)\b.{0,20}\bwait\w*\b|"
    r"\b(?:ok|okay|fine|alright|better) to wait\b|\bshould i wait\b|\bwait for (?:them|your|you|"
    r"the|someone|somebody|a support)\b"
)


def g89b_havens_today_answer(text: str, facts: Mapping[str, Any]) -> Say | None:
    from actions.questions import _M79G_WINDOW_DAYS, m79g_days_since

    words = plain(text)
    sexual = facts.get("crime_type") in ("sexual_offence", "spiking") or bool(
        facts.get("possible_sexual_offence")
    )
    if not (sexual and is_question(text) and re.search(r"\bhavens?\b", words)):
        return None
    if not _G89B_NOW_OR_WAIT.search(words):
        return None
    # When it happened, from what they told before: this message's "today" is when to go.
    days = m79g_days_since("", facts)
    if days is not None and days > _M79G_WINDOW_DAYS:
        return None  # past the 72 hours for PEP and 5 days for a coil: not "go today"
    return Say(response="utter_ec_and_pep_go_today")


# Rachel: "should i tell the bar? do they have cctv? i feel like i need to know what happened"
# got the answer about putting a camera on her own home; then "i mean the bar where it happened,
# their cameras" got the generic "part of a number plate" text.
_G89B_VENUE = re.compile(
    r"\b(?:bar|bars|pub|pubs|club|nightclub|venue|restaurant|cafe|hotel|bouncers?|door staff)\b"
)
_G89B_CAMERAS = re.compile(r"\b(?:cctv|cameras?|cams|footage)\b")
# A video someone took or posted ("he filmed me in the club, can he post it?") is not CCTV.
_G89B_FILMED = re.compile(
    r"\b(?:filmed|filming|posted|post it|shared|online|snap\w*|insta\w*|tiktok|whatsapp|"
    r"(?:his|her|their|my) phone)\b"
)
_G89B_OWN_CAMERA = re.compile(
    r"\b(?:my|our) (?:own )?(?:cctv|cameras?|doorbell|dashcam)\b|\bat (?:my|our) (?:home|house|"
    r"flat|door)\b|\bi (?:have|got) (?:a |the )?(?:cctv|cameras?|system)\b|\bwe have cctv\b"
)


def g89b_venue_cctv_answer(text: str, facts: Mapping[str, Any]) -> Say | None:
    words = plain(text)
    if not (_G89B_VENUE.search(words) and _G89B_CAMERAS.search(words)):
        return None
    if _G89B_OWN_CAMERA.search(words) or _G89B_FILMED.search(words):
        return None  # their own camera, or footage where they work, has its own answers
    if facts.get("reported_to_police") is True:
        return None  # reported: ask the officer on the case (utter_z2_officer_get_the_cctv)
    if re.search(r"\b(?:give|hand|show|send)\w* (?:\w+ ){0,2}(?:police|cops|officers?)\b", words):
        return None  # "does the club have to give the police the cctv": utter_h4_shop_or_club_cctv
    if not (is_question(text) or re.search(r"\btheir (?:cctv|cameras?|footage)\b", words)):
        return None
    return Say(response="utter_g89b_venue_cctv")


# Tomasz: "i call 101 they say wait 40 minute, i hang up. is better online? my english writing
# not so good" got "I can't answer your question here".
_G89B_ONLINE = re.compile(
    r"\bonline\b|\binternet\b|\bwebsite\b|\bmet police uk\b|\bon the (?:web|site)\b"
)
_G89B_WEAK_ENGLISH = re.compile(
    r"\b(?:my )?english\b.{0,25}\b(?:not (?:so |very |too )?(?:good|great|well)|bad|poor|weak|"
    r"little|not much)\b|\b(?:not (?:so |very )?good|bad|poor) (?:in |at )?english\b|"
    r"\bno (?:good )?english\b"
)


def g89b_online_in_simple_english_answer(text: str, facts: Mapping[str, Any]) -> Say | None:
    words = plain(text)
    if not (is_question(text) and _G89B_ONLINE.search(words) and _G89B_WEAK_ENGLISH.search(words)):
        return None
    if not re.search(r"\b(?:101|999|report\w*|police)\b", words):
        return None  # "can I get support online?" is not about reporting
    if facts.get("reported_to_police") is True:
        return None  # already reported: how to add to it is another answer
    return Say(response="utter_g89b_report_online_simple_english")


# Tomasz: "insurance, they pay all 4000? my policy i dont know if tools inside is covered" got
# the crime-number paragraph he had been sent already, twice.
_G89B_TOOLS = re.compile(r"\btools?\b|\bequipment\b|\bkit\b")
_G89B_COVERED = re.compile(
    r"\b(?:cover\w*|pay (?:all|everything|for (?:it|them|all|everything)|back|out|the (?:full|"
    r"whole))|pays? all|they pay|insured|claim (?:for|it))\b"
)


def g89b_tools_insurance_answer(text: str, facts: Mapping[str, Any]) -> Say | None:
    words = plain(text)
    if not (is_question(text) and re.search(r"\binsur\w*|\bpolicy\b", words)):
        return None
    # The question itself must be about the insurance: "not insured for tools in the van, thats
    # the problem. is anyone actually gonna investigate" asks about the police (Right 6).
    if not any(
        re.search(r"\binsur\w*|\bpolicy\b|\bcover\w*|\bpay\w*", plain(part))
        for part in re.split(r"(?<=[.!?])\s+", str(text))
        if is_question(part)
    ):
        return None
    # The tools named in the question itself: "will insurance cover the window?" is not this.
    if not (_G89B_TOOLS.search(words) and _G89B_COVERED.search(words)):
        return None
    if not re.search(r"\b(?:van|vans|vehicle|car|truck)\b", said_with(text, facts)):
        return None  # tools kept in a vehicle: the van policy's tools cover
    return Say(response="utter_g89b_tools_insurance")


# Yusuf (16): "wait fearless is crimestoppers? dats police innit. i aint snitchin" (only how
# they would contact him was answered), then "u never said bout crimestoppers. is it police or
# not" (got who reads this chat). Fearless is offered to young people (referrals/directory.yml).
_G89B_FEARLESS = re.compile(r"\b(?:fearless|crime ?stoppers?)\b")
_G89B_IS_POLICE = re.compile(
    r"\b(?:police|feds?|cops|old bill|5 0|five o|snitch\w*|grass\w*|informer)\b"
)


def g89b_fearless_not_police_answer(text: str, facts: Mapping[str, Any]) -> Say | None:
    from actions.questions import _known_answer_by_words

    words = plain(text)
    if not (_G89B_FEARLESS.search(words) and _G89B_IS_POLICE.search(words)):
        return None
    if not (is_question(text) or re.search(r"\binnit\b|\bor not\b", words)):
        return None
    if "fearless" not in words and not _young(facts):
        return None  # an adult's "is Crimestoppers the police?": utter_anonymous_reporting
    said = Say(response="utter_g89b_fearless_not_police")
    # Another question in the same message ("n how dey gonna contact me") is answered after it.
    rest = " ".join(
        part
        for part in re.split(r"(?<=[.?!])\s+", str(text))
        if not _G89B_FEARLESS.search(plain(part)) and not _G89B_IS_POLICE.search(plain(part))
    ).strip()
    if rest and (
        is_question(rest) or re.search(r"\b(?:how|what|when|where|who|why)\b", plain(rest))
    ):
        other = _known_answer_by_words(rest, facts.get("crime_type"), (), False, facts)
        if other is not None and other.response != said.response:
            return Say(response=said.response, then=(other,))
    return said


# end g89b


# g89a (round 89)
# Bernadette, 63, whose son takes her pension: "Will they arrest him if I talk to you?" got "An
# adult relative isn't taken into care", and "if I talk to you does it go to the police? I'd
# rather it didn't." got children's services and the NSPCC (she has no children). Whether
# talking here reaches the police is answered by utter_support_not_police.
_G89A_TALKING_HERE = re.compile(
    r"\bif (?:i|we) (?:talk|speak|tell|write|chat|message|text|type)(?: (?:it|this|that|all "
    r"this))?(?: to| with| on| in)? (?:you|this chat|this service|here)\b|"
    r"\b(?:talking|speaking|writing|chatting) (?:to|with) you\b"
)
_G89A_POLICE = re.compile(r"\b(?:police|arrest\w*|old bill|cops|feds)\b")


def g89a_talking_here_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """ "Will they arrest him if I talk to you?", "if I talk to you does it go to the police?"."""
    if not is_question(text):
        return None
    for part in re.split(r"[.!?;\n]+", str(text)):
        words = plain(part)
        if _G89A_TALKING_HERE.search(words) and _G89A_POLICE.search(words):
            return Say(response="utter_support_not_police")  # in one sentence
    return None


# Claire: "What can the police actually do without proof? Could they even talk to him?" (a
# neighbour of about 50 keying her car) got "With teenagers ... an acceptable behaviour
# contract ... signed with a parent". That answer is for young people; for one adult, what the
# police can do without proof, and the council's ASB team.
_G89A_YOUNG = re.compile(
    r"\b(?:boys|lads|kids|children|teenagers?|teens?|teenage|youths?|young people|young "
    r"(?:lads|boys|girls|ones)|school ?(?:kids|boys|girls)|(?:his|her|their) sons|"
    r"(?:1[0-7]|[5-9]) (?:year olds?|yr olds?))\b"
)
_G89A_ONE_ADULT = re.compile(
    r"\b(?:him|he|hes|his|guy|man|bloke|woman|lady|she|shes)\b|\b(?:he|she) is (?:about |around "
    r")?(?:[2-9]\d)\b"
)


def g89a_adult_neighbour_police_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """What the police can do about one adult neighbour: not the teenagers' answer."""
    if not n4_asks_what_police_do_about_asb(text, answers.get("crime_type"), answers):
        return None
    told = said_with(text, answers)
    if _G89A_YOUNG.search(told):
        return None
    if not _G89A_ONE_ADULT.search(plain(text)) and not _G89A_ONE_ADULT.search(told):
        return None
    return Say(response="utter_g89a_police_without_proof_adult")


# end g89a


# g89g (round 89) -- Chris, 48, punched through his car window: "do I need to see a doctor for it
# to count? didnt go to a&e" got only the injury triage, "does it still count as assault if I
# didnt see a doctor" nothing, and "does it count if I didnt go to a doctor yes or no" "I can't
# answer". An assault is one without a doctor; a record of the injury helps as evidence.
_G89G_VIOLENCE = ("assault", "serious_violence", "robbery", "attempted_murder")
_G89G_DOCTOR = re.compile(
    r"\b(?:see|seen|saw|seeing|go to|gone to|went to|going to|been to|visit\w*)\s+(?:a |the |my )?"
    r"(?:doctor|doctors|doc|gp|a ?e|a and e|hospital)\b|\bno (?:doctor|gp|hospital)\b"
)
_G89G_COUNTS = re.compile(
    r"\b(?:for it to count|does it (?:still )?count|it (?:still )?counts?|still (?:count|counts)|"
    r"(?:still|even) (?:an? )?(?:assault|crime)|still be (?:an? )?(?:assault|crime)|"
    r"(?:is|does) it (?:still )?(?:an? )?(?:assault|crime))\b"
)


def g89g_assault_without_doctor_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """Whether a punch counts as an assault without seeing a doctor."""
    if answers.get("for_someone_else") or answers.get("crime_type") not in _G89G_VIOLENCE:
        return None
    words = plain(text)
    if not (is_question(text) and _G89G_DOCTOR.search(words) and _G89G_COUNTS.search(words)):
        return None
    return Say(response="utter_g89g_assault_without_doctor")


# Chris: "will I get compensation for this? I had to take today off work" got the sick-pay answer
# (utter_o5_time_off_after_crime), and "I didnt ask about sick pay mate. compensation. and
# information on what happens after I report" nothing. Compensation for lost days and a minor
# injury: CICA's limits and a court's compensation order (utter_e1_cica_lost_days).
_G89G_COMPENSATION = re.compile(r"\b(?:compensation|compo|cica)\b")
# Days already lost, told (not "can I get time off?", which is the sick-pay question, nor lost
# wages or "cant work", which have their own answers: utter_c5_cica_lost_earnings,
# utter_lost_earnings).
_G89G_LOST_WORK = re.compile(
    r"\b(?:had to|have had to|ive had to|i ve had to|i took|took|taken|lost|missed) (?:\w+ ){0,2}"
    r"(?:today|the day|a day|\w+ days?|time|shifts?) off\b|\b(?:day|days|today) off work\b"
)
_G89G_ASKS_TIME_OFF = re.compile(
    r"\b(?:can|could|do|will) i (?:get|take|have) (?:time|\w+ days?) off\b"
)
_G89G_NOT_SICK_PAY = re.compile(
    r"\b(?:didnt|didn t|did not|never) ask (?:about|for) (?:the )?sick pay\b|"
    r"\bnot (?:about )?sick pay\b"
)
_G89G_AFTER_REPORT = re.compile(
    r"\bwhat happens (?:after|when|once|if) (?:i|we) report\b|\bafter (?:i|we) report\b"
)


def g89g_compensation_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """Compensation asked beside time off work: not the sick-pay answer."""
    if answers.get("for_someone_else") or answers.get("crime_type") not in _G89G_VIOLENCE:
        return None
    words = plain(text)
    if not _G89G_COMPENSATION.search(words):
        return None
    if {"serious_injury", "brain_injury"} & set(answers.get("account_details") or ()):
        # i97e (round 97): Eve, for Connor with a brain injury (9 days in hospital), "money for
        # his injury?" was told "Probably not from CICA ... minor injuries may be below its
        # lowest award": the lost-days-and-minor-injury answer is not for a serious injury.
        return None
    # "I didnt ask about sick pay mate. compensation": asked again, plainly.
    again = bool(_G89G_NOT_SICK_PAY.search(words))
    if not again and not (is_question(text) and _G89G_LOST_WORK.search(words)):
        return None
    if _G89G_ASKS_TIME_OFF.search(words) or re.search(
        r"\bfor (?:the|my) (?:punch|injur\w*)", words
    ):
        return None  # Tariq: time off asked, compensation for the injury (k77e's two answers)
    then: tuple[Say, ...] = ()
    if _G89G_AFTER_REPORT.search(words) and answers.get("reported_to_police") is not True:
        then = (Say(response="utter_c4_police_after_report"),)
    return Say(response="utter_e1_cica_lost_days", then=then)


# Chris, at the referral question: "what would a support service actually do for me? I dont need
# a chat, I need this bloke nicked" was taken as asking for a person ("I've asked a support
# worker to read this chat and reply here"). It asks what such a service does.
_G89G_WHAT_SERVICE_DOES = re.compile(
    r"\bwhat (?:will|would|do|does|can|could) (?:a |the |this |that |your )?(?:support|victim "
    r"support)(?: service| services| team| people| worker| workers| lot)?(?: \w+){0,2} "
    r"(?:actually |really |even )?do\b"
)


def g89g_what_support_service_does_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """What a support service would do for them (not a request for a person)."""
    if answers.get("for_someone_else") or answers.get("referral_consent") is True:
        return None
    words = plain(text)
    if not _G89G_WHAT_SERVICE_DOES.search(words):
        return None
    # This answer is for someone who wants the offender caught ("I need this bloke nicked"); what
    # a support worker does, asked plainly, is utter_h6_what_support_does.
    if not re.search(
        r"\b(?:nicked|arrest\w*|caught|charged|locked up|police|dont need a chat|"
        r"don t need a chat)\b",
        words,
    ):
        return None
    return Say(response="utter_g89g_what_support_service_does")


# Noor, 15, told on Snapchat that girls from her year would stab her: "no. do u think theyd
# actually do it 😢 i dont wanna go in tmrw" got the report-online line and then a court question.
# Her fear, and what to do before school, from someone under 18 threatened online.
_G89G_STAB = re.compile(r"\b(?:stab\w*|knife|knives|shank\w*|blade|machete)\b")
_G89G_ONLINE = re.compile(
    r"\b(?:snap\w*|insta\w*|tiktok|whatsapp|messages?|messaged|texts?|texted|dms?|online|sent "
    r"me|sending me|posted)\b"
)
_G89G_WILL_THEY = re.compile(
    r"\b(?:do|d) (?:u|you|ya) (?:think|reckon) (?:they|she|he|theyd|shed|hed)(?:d| d| would| will|"
    r" ll| wud)? ?(?:actually |really )?(?:do it|do that|stab|hurt|come)\b|\b(?:would|will|wud) "
    r"(?:they|she|he) (?:actually|really) (?:do it|do that|stab|hurt)\b"
)
_G89G_NOT_GOING_IN = re.compile(
    r"\b(?:dont|don t|do not) (?:wanna|want to|wana) go (?:in|into school|to school|school)\b"
)


def g89g_stab_threat_young_answer(text: str, answers: Mapping[str, Any]) -> Say | None:
    """A young person threatened with a knife online, asking whether they would do it."""
    if answers.get("for_someone_else") or not _young(answers):
        return None
    told = said_with(text, answers)
    if not (_G89G_STAB.search(told) and _G89G_ONLINE.search(told)):
        return None
    words = plain(text)
    if not (
        _G89G_WILL_THEY.search(words) or (is_question(text) and _G89G_NOT_GOING_IN.search(words))
    ):
        return None
    return Say(response="utter_g89g_stab_threat_young")

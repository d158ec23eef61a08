"""Practical questions (pay, reporting time, children's support, a court visit, medicine,
repairs), answered before the worded answers that other words in the same message reached
(round 80, helper n80e).

Mo's boss taking the stolen parcels out of his wages got sick pay and unpaid wages; Steve's
"how long have i got to report it to police" got CICA's two years; Sarah's children's
counselling got adult Talking Therapies, and her visit to the court before the trial the public
gallery; Brian's stolen painkillers got head-injury advice; Linda's son's mental health got drug
services; Kemi's slow landlord got the harassment answer. Their texts and sources:
bot/domain/responses_topics.yml (n80e block).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from actions import law_answers
from actions.questions import (
    _E1_LOST_WORK,
    VIOLENT,
    Say,
    blames_self,
    is_question,
    m3_asks_if_hitting_back_stops_compensation,
    plain,
    said_with,
    w4_fears_robbers_come_back,
)

# -- Mo (r80d): money taken out of his wages for what was stolen ------------------------------

_OUT_OF_WAGES = re.compile(
    r"\b(?:out of|out|off|from) (?:my|me|his|her) (?:wages?|pay|salary|pay ?packet|payslip)\b|"
    # n94a (round 94): "he has been taking money out and I can't pay the gas bill": "pay" as
    # paying a bill, not the wages.
    r"\b(?:deduct\w*|dock\w*|tak\w* money)\b.{0,30}\b(?:wages?|pay(?! (?:the|my|a|an|for|"
    r"bills?|rent|it|them|off|back))|salary)\b|"
    r"\b(?:wages?|pay|salary)\b.{0,20}\b(?:deduct\w*|dock\w*)\b"
)
_MAKE_ME_PAY = re.compile(
    r"\b(?:make|making|makes|gotta|got to|have to|want me to|wants me to) (?:me )?pay "
    r"(?:for|back)\b"
)
# i97a (round 97): Bilal, "my firm says i might have to pay for the parcels" got the CICA answer.
_EMPLOYER = re.compile(
    r"\b(?:boss|bosses|employer|manager|company|firm|depot|gaffer|supervisor|work|job|wages?|"
    r"salary)\b"
)


def asks_about_wage_deductions(text: str) -> bool:
    """ "can my boss make me pay for the parcels they nicked", "they want £340 out my wages"."""
    words = plain(text)
    if _OUT_OF_WAGES.search(words):
        return True
    return bool(_MAKE_ME_PAY.search(words) and _EMPLOYER.search(words))


# -- Steve (r80e): how long to report it to the police ----------------------------------------

_HOW_LONG_TO_REPORT = re.compile(
    # Not "is it too late to report it": the answers about reporting weeks later (round 19).
    r"\b(?:time limit|deadline|how long (?:have i got|do i have|have i|can i (?:leave|wait)))\b"
    r".{0,40}\b(?:report\w*|tell\w*|go(?:ing)? to)\b"
)
_POLICE = re.compile(r"\b(?:police|cops|old bill|station)\b")


def asks_how_long_to_report(text: str) -> bool:
    """ "is there a time limit on reporting to the police tho", "how long have i got to report it
    to police": the police, not CICA's two years (which "compo" or "claim" asks about)."""
    words = plain(text)
    return bool(_HOW_LONG_TO_REPORT.search(words) and _POLICE.search(words))


# -- Steve (r80e): whether the dentist's bill counts ----------------------------------------------

_DENTAL = re.compile(r"\b(?:dentist\w*|dental|implants?|tooth|teeth|crown|denture\w*)\b")
# Whether a bill is paid back, not whether to claim at all ("can i get compensation for my
# tooth?": the CICA answer) or who pays the NHS dentist ("do i need to pay for the dentist
# myself?": the chipped-tooth answer).
_COST_BACK = re.compile(
    r"\b(?:does (?:it|that|this|the \w+) count|(?:does|will) (?:it|that|cica|they) cover|get "
    r"(?:the |my )?(?:\w+ )?(?:grand|money|cost|costs|bill) back|get (?:it|that) back|bills?|"
    r"quoted)\b"
)


def asks_if_dental_costs_are_paid(text: str) -> bool:
    """ "does the dentist count, private dentist quoted me 2 grand for an implant", "can i get the
    2 grand back for the implant off the compo people or off him"."""
    words = plain(text)
    return bool(_DENTAL.search(words) and _COST_BACK.search(words))


# -- Sarah (r80d): counselling for bereaved children, a visit to the court --------------------

_COUNSELLING = re.compile(
    r"\b(?:counsell?\w*|therap\w*|bereavement (?:support|help|service)|someone to talk to|"
    r"grief (?:support|help))\b"
)
_CHILDREN = re.compile(
    r"\b(?:kids|children|child|son|daughter|nephew|niece|grandchildren|grandchild|"
    r"\d+ and \d+|\d+ year old)\b"
)


_V86D2_WHO_DIED = re.compile(
    r"\b(?:my|our|her|his|their) (?:son|daughter|child|boy|girl) (?:died|was killed|was murdered|"
    r"was stabbed|was shot|passed away|passed|is dead|was \d+)\b|\bsince (?:my|our) (?:son|"
    r"daughter|child) (?:died|was killed|was murdered)\b"
)


def asks_about_bereaved_children(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "can the kids get counselling?", "who does counselling for kids whose mum was killed"."""
    facts = answers or {}
    if facts.get("crime_type") != "homicide" and not facts.get("bereaved"):
        return False
    words = plain(text)
    # v86d2 (round 86): the child who died is not a child to support ("Since my son died I do
    # not sleep ... Is there anyone who helps families with grief", Kwame, whose son was 24).
    words_of_children = _V86D2_WHO_DIED.sub(" ", words)
    return (
        (is_question(text) or bool(re.search(r"\bwho does\b", words)))
        and bool(_COUNSELLING.search(words))
        and bool(_CHILDREN.search(words_of_children))
    )


# j98b (round 98): Bev, "can I look round the court first and who do I ring to do that?" (got
# the witness-support answer, with no yes): "first" and "beforehand" as well as "before".
_COURT_VISIT = re.compile(
    r"\b(?:see|visit|look (?:round|around|at)|show me (?:round|around))\b(?: \w+){0,3} "
    r"(?:court|courts|courtroom|old bailey|crown court)\b.{0,30}\b(?:before|first|beforehand)\b|"
    r"\b(?:a|the) visit before\b|\blook (?:round|around) when (?:its|it is) empty\b|"
    r"\bpre ?trial visit\b|\bcourt (?:familiari[sz]ation )?visit\b|\bvisit (?:the )?court before\b"
)


def asks_for_a_court_visit(text: str) -> bool:
    """ "can i go and see the court before the trial so i know where everything is?" """
    return bool(_COURT_VISIT.search(plain(text)))


# -- Brian (r80e): a stolen prescription --------------------------------------------------------

_MEDICINE = re.compile(
    r"\b(?:painkillers?|tablets?|pills?|medication|medicines?|meds|prescription|patches|"
    r"co ?codamol|morphine|codeine|tramadol|oxycodone)\b"
)
_REPLACE = re.compile(
    r"\b(?:replace\w*|new prescription|more of them|re ?issue\w*|get (?:more|new))\b"
)


def asks_to_replace_stolen_medicine(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "Will the GP replace them if they were stolen?" (his painkillers)."""
    words = plain(text)
    said = " ".join(plain(one) for one in (answers or {}).get("said") or [])
    medicine = _MEDICINE.search(words) or (
        re.search(r"\b(?:gp|doctor|pharmac\w*)\b", words) and _MEDICINE.search(said)
    )
    return bool(
        medicine
        and _REPLACE.search(words)
        and re.search(r"\b(?:gp|doctor|pharmac\w*|stolen)\b", words)
    )


# i97d (round 97): Fatima, whose bag with her husband's heart medicine was snatched: "in bag is
# my husband heart medicine. he need today. what i do", "he take every night for heart. chemist
# close at 6", "nobody can tell us about the medicine?", "chemist can give without paper?" (five
# times "I can't answer"). Medicine needed tonight: a pharmacist's emergency supply.
_I97D_MEDICINE = re.compile(
    r"\b(?:medicine|medicines|medication|meds|tablets|pills|bisoprolol|inhaler|insulin)\b"
)
_I97D_NEEDED_NOW = re.compile(
    r"\b(?:need|needs|take|takes|taking)\b.{0,20}\b(?:today|tonight|every night|every day|each "
    r"night|daily)\b|\bwhat (?:do |can |should |shall )?(?:i|we) (?:do|doing)\b|\b(?:chemist|"
    r"pharmacy|pharmacist)\b|\bwithout (?:a |the )?(?:paper|prescription|script)\b|\b(?:tell|"
    r"help) (?:us|me) (?:about|with) (?:the|his|her|my) (?:medicine|medication|meds)\b|"
    r"\b(?:medicine|medication) please\b"
)
_I97D_NOT_THIS = re.compile(
    r"\b(?:pep|hiv|morning after|contracepti\w*|spik\w*|overdose\w*|took too many|replace\w*|"
    r"new prescription|mental health)\b"
)
_I97D_TAKEN = re.compile(r"\b(?:stolen|stole|snatch\w*|took|taken|robbed|bag|lost|nicked)\b")


def asks_for_medicine_needed_tonight(text: str, answers: Mapping[str, Any] | None) -> bool:
    """A taken medicine needed today or tonight: what to do now (a pharmacy's emergency
    supply), not the GP's replacing of stolen painkillers."""
    words = plain(text)
    said = " ".join(plain(one) for one in (answers or {}).get("said") or [])
    medicine = _I97D_MEDICINE.search(words) or (
        re.search(r"\b(?:chemist|pharmac\w*)\b", words) and _I97D_MEDICINE.search(said)
    )
    return bool(
        medicine
        and _I97D_NEEDED_NOW.search(words)
        and _I97D_TAKEN.search(f"{words} {said}")
        and not _I97D_NOT_THIS.search(words)
    )


# -- Linda (r80b): help for her son's mental health ---------------------------------------------

# The answer speaks of "him": a son, partner or brother (Linda's son), so only his words.
_HELP_HIM = re.compile(
    r"\b(?:help|helps|for|about)\b (?:him|my son|his)\b.{0,40}\bmental health\b|"
    r"\bmental health\b.{0,30}\b(?:for|help) (?:him|my son)\b|\b(?:who|where) (?:do|can|should) "
    r"i (?:call|ring|phone|go|contact)\b.{0,20}\bhis mental health\b|\bhe (?:stopped|stopping|"
    r"has stopped|isnt taking|is not taking|wont take) his (?:meds|medication|tablets)\b"
)


def asks_for_help_with_their_mental_health(text: str) -> bool:
    """ "is there anyone who can help HIM though? like mental health people", "who do i call about
    his mental health. hes got a diagnosis, bipolar, but he stopped his meds"."""
    return bool(_HELP_HIM.search(plain(text)))


# p94h (round 94): Maureen, 70, hit by her daughter, 40, who is mentally ill: "is there anyone
# who can help HER, she needs a doctor not police", "so who can help my daughter then", "who
# helps my daughter with her mental health" were never answered, and "i asked about my
# daughter" got the answer for a child who saw abuse at home (her teacher, the NSPCC). The same
# answer as Linda's, of "her": asked outright about her mental health, or help for her asked
# once her mental health or illness has been told.
_P94H_HER = r"(?:her|my (?:daughter|step ?daughter|mum|mother|wife|sister|girlfriend|partner))"
_P94H_HELP_HER_MENTAL_HEALTH = re.compile(
    rf"\b(?:help|helps|for|about)\b {_P94H_HER}\b.{{0,40}}\bmental health\b|"
    rf"\bmental health\b.{{0,30}}\b(?:for|help) {_P94H_HER}\b|"
    r"\b(?:who|where) (?:do|can|should) i (?:call|ring|phone|go|contact)\b.{0,20}\bher mental "
    r"health\b"
)
_P94H_HELP_HER = re.compile(
    rf"\b(?:anyone|anybody|someone|somebody|who|what)\b.{{0,20}}\bhelps? {_P94H_HER}\b|"
    r"\bshe needs (?:a doctor|to see a doctor|a psychiatrist)\b|"
    r"\bi (?:asked|was asking|am asking|m asking) (?:you )?about my (?:daughter|step ?daughter|mum|"
    r"mother|sister)\b"
)
_P94H_HER_ILLNESS_TOLD = re.compile(
    r"\b(?:mental health|mentally ill|mental illness|(?:she|shes|she is|she s) (?:isnt|is not|not) "
    r"well|bipolar|schizo\w*|psychosis|psychotic|needs a doctor)\b"
)
# A child's, for whom the child answers are: "shes 12", "at school", "my little girl".
_P94H_YOUNG = re.compile(
    r"\b(?:shes|she is|she s) (?:[1-9]|1[0-7])\b|\b(?:school|teacher|little girl|little one|"
    r"toddler|baby)\b|\bmy (?:[1-9]|1[0-7]) (?:year old|yr old)\b"
)


def asks_for_help_with_her_mental_health(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "who helps my daughter with her mental health", or "so who can help my daughter then"
    once her mental illness is told (not a child's)."""
    words = plain(text)
    told = said_with(text, answers)
    if _P94H_YOUNG.search(told):
        return False
    return bool(
        _P94H_HELP_HER_MENTAL_HEALTH.search(words)
        or (_P94H_HELP_HER.search(words) and _P94H_HER_ILLNESS_TOLD.search(told))
    )


# end p94h


# p94h (round 94): Efua, 48, lent £500 by a man from church who now demands £2,000 with threats
# to hurt her son: "Is it legal what he is doing? I borrowed 500 only ... Do I have to pay him
# 2000?" got "It's not a scam: this service is free", then "I can't answer". Asked whether a
# lender's demand is legal or must be paid, when a loan is told: illegal money lending.
# Money the person borrowed from someone; not a loan a fraudster took out in their name ("do i
# have to pay the loan they took out?" is identity fraud, round 44).
_P94H_LOAN = re.compile(
    r"\b(?:i (?:\w+ )?borrow\w*|borrowed (?:\w+ )?from|lent (?:me|us)|lend me|lends me|"
    r"(?:he|she|they) (?:\w+ )?(?:lent|lends|lend)|i (?:\w+ )?owe|owe (?:him|her|them)|"
    r"lender|loan shark\w*)\b"
)
_P94H_LEGAL_OR_PAY = re.compile(
    r"\b(?:is (?:it|this|that|what he is doing|what hes doing|what she is doing) (?:\w+ )?"
    r"(?:legal|allowed|illegal|a crime|against the law)|(?:do|must|should|have) i (?:have to |got "
    r"to |need to |really )?(?:pay|give) (?:him|her|them|it|the)|(?:can|is) (?:he|she|they) "
    r"(?:allowed to )?(?:make me|ask|charge|demand)\w*)\b"
)


def asks_if_lenders_demand_is_legal(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "Is it legal what he is doing? I borrowed 500 only", "do I have to pay him the 2000?"
    (a loan told now or before)."""
    return bool(
        _P94H_LEGAL_OR_PAY.search(plain(text)) and _P94H_LOAN.search(said_with(text, answers))
    )


# end p94h


# -- Kemi (r80b): the landlord to change the lock after a burglary ------------------------------

_LANDLORD_LOCK = re.compile(
    r"(?=.*\blandlords?\b)(?=.*\b(?:locks?|keys?)\b).*\b(?:has to|have to|got to|should|must|"
    r"supposed to|slow|responsib\w*|job|pay|change|changing|fix)\b"
)
_LANDLORD_HARASSES = re.compile(
    r"\b(?:landlord|he|she)\b.{0,30}\b(?:changed the locks? on|locked (?:me|us) out|threaten\w*|"
    r"harass\w*|kick\w* (?:me|us) out|evict\w*|comes? in without|let (?:him|her)self in)\b"
)


def landlord_slow_with_lock(text: str) -> bool:
    """ "its the landlord who has to change the locks right? hes being slow about it": no
    harassment, so not the answer about a landlord who harasses."""
    words = plain(text)
    if law_answers.lock_out_told(text):
        return False  # Nina (round 81): locked out by the landlord, not waiting for a new lock
    return bool(_LANDLORD_LOCK.search(words)) and not _LANDLORD_HARASSES.search(words)


# m92c (round 92): Abi, burgled, the back door lock broken: "i rent from a private landlord, is
# it him who has to change the locks or me?" was told to write "saying the keys were taken" (she
# never said so), and who must fix it went unanswered. Keys taken only when told.
_M92C_KEYS_TAKEN = re.compile(
    r"\bkeys?\b.{0,40}\b(?:taken|took|stolen|stole|gone|missing|in (?:my|the) (?:bag|handbag|"
    r"coat|car))\b|\b(?:took|taken|stole|stolen|nicked|grabbed) (?:\w+ ){0,3}keys?\b"
)


_THREAT_TOLD = re.compile(
    r"\b(?:find me|kill me|hurt me|get me|come back for me|threat\w*|threaten\w*)\b"
)
_ON_A_WARD = re.compile(
    r"\b(?:ward|sectioned|in hospital|care coordinator|discharg\w*|mental health team)\b"
)


# q82e (round 82): money, food, caring and benefits (Joyce, Pete, Priya, Claire). Their texts
# and sources: bot/domain/responses_topics.yml (q82e block).

# Joyce, 80: "what do i do about the food", "is there a food bank or something dear", "will the
# lady who rings help me with some food". Food they are short of, not food as a thing in the
# story ("a food delivery driver", "food poisoning").
_Q82E_FOOD = re.compile(
    r"\bfood ?banks?\b|\b(?:about|for|with|get|buy|afford|no|any|some|enough|out of|short of|"
    r"money for)(?: (?:the|some|any|my|a bit of|in))? food\b"
    r"(?! (?:poison\w*|deliver\w*|shop|van|outlet|order|app|hygiene|court))|"
    r"\bnothing (?:to eat|in the fridge)\b|\bnot much in the fridge\b|\bcan t (?:eat|buy food)\b"
)


_Q82E_FOOD_ASKED = re.compile(r"\b(?:need|help|please|hungry|what (?:do|can|shall|should) i do)\b")


def asks_for_food_help(text: str) -> bool:
    """Asking for food they are short of (a question, or a plain "i need food")."""
    words = plain(text)
    return bool(_Q82E_FOOD.search(words)) and (
        is_question(text)
        # "but dear what do i do about food": a question after words that don't open one.
        or bool(
            re.search(r"\b(?:need|help|please|hungry|what (?:do|can|shall|should) i do)\b", words)
        )
    )


def q82e_food_answer(text: str, answers: Mapping[str, Any] | None) -> Say:
    told = said_with(text, answers)
    diabetes = re.search(r"\bdiabet\w*|\bsugar\b|\binsulin\b", told)
    return Say(response="utter_q82e_food_help_diabetes" if diabetes else "utter_q82e_food_help")


# Joyce: "will they stop my pension?", "will the bank stop my pension if i tell them": a pension
# paid into an account they fear losing by telling the bank about a card.
_Q82E_PENSION_STOP = re.compile(
    r"\b(?:stop|stops|stopping|stopped|cut|cuts|lose|take away|freeze|block)\w*"
    r"(?: (?:my|me|the|her|his))? pension\b|\bpension (?:will |would |might |could )?"
    r"(?:stop|be stopped|get stopped|be cut|be frozen)\b"
)


_Q82E_PENSION_ASKED = re.compile(r"\b(?:will|would|might|could|worried|scared|afraid)\b")


def asks_if_the_bank_stops_their_pension(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    if not _Q82E_PENSION_STOP.search(words) or not (
        is_question(text)
        or re.search(r"\b(?:will|would|might|could|worried|scared|afraid)\b", words)
    ):
        return False
    told = said_with(text, answers)
    return bool(re.search(r"\b(?:bank|card|cards)\b", told))


# Pete, 74, his wife's carer: "is there anyone who can help me with my wife for a bit", "someone
# to sit with my wife". Only once they have said they care for the person: "help with my
# husband" after abuse by him is not this.
_Q82E_SIT_WITH = re.compile(
    r"\b(?:sit|stay|be|look after|mind) (?:in )?with (?:my )?(?:wife|husband|partner|mum|mother|"
    r"dad|father|her|him)\b|\b(?:help|someone|anyone|somebody|anybody)\b(?: \w+){0,5} with my "
    r"(?:wife|husband|partner|mum|mother|dad|father)\b|\b(?:a break|respite)\b|"
    r"\bcan ?t be left\b"
)
_Q82E_CARES_FOR = re.compile(
    r"\bi (?:look|looks) after (?:my|her|him)\b|\bi care for\b|\bi m (?:her|his|their) carer\b|"
    r"\bim (?:her|his|their) carer\b|\b(?:her|his) carer\b|\bdementia\b|\balzheimer\w*|"
    r"\bcan ?t be left\b"
)


def asks_for_someone_to_sit_with_them(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    told = said_with(text, answers)
    asked = is_question(text) or bool(re.search(r"\b(?:asking|need|want)\b", words))
    return asked and bool(_Q82E_SIT_WITH.search(words)) and bool(_Q82E_CARES_FOR.search(told))


# Priya, 33: "can i get any money of my own like benefits or something", "i asked about
# benefits". Not whether compensation or a pension affects benefits they have (other answers).
_Q82E_BENEFITS = re.compile(
    r"\b(?:get|claim|apply for|any|on|about|for) (?:any )?(?:money of my own|benefits?|"
    r"universal credit)\b|\bmoney of my own\b|\bmy own money\b"
)
_Q82E_BENEFITS_OTHER = re.compile(
    r"\b(?:affect|affects|effect|stop|stops|lose|cica|compensation|pension|sanction\w*|fraud)\b"
)


def asks_about_claiming_benefits(text: str) -> bool:
    words = plain(text)
    return (
        (is_question(text) or "asked" in words)
        and bool(_Q82E_BENEFITS.search(words))
        and not _Q82E_BENEFITS_OTHER.search(words)
    )


# Claire, 41, whose husband, the earner, was killed: "money honestly. dan was the one working ...
# the mortgage is due", "did you see what i asked about money?".
_Q82E_PARTNER_DIED = re.compile(
    r"\bmy (?:husband|wife|partner|civil partner|fianc\w*)\b(?: \w+){0,4} (?:was |got |has been "
    r")?(?:killed|died|murdered|passed|run over)\b|\b(?:killed|murdered) my (?:husband|wife|"
    r"partner)\b|\bwidow\w*"
)
_Q82E_MONEY = re.compile(
    r"\b(?:money|mortgage|bills?|rent|financ\w*|income|accounts? (?:are )?frozen)\b"
)
_Q82E_ROAD = re.compile(
    r"\b(?:hit and run|driver|drove|car|van|lorry|crash|collision|run over|road)\b"
)


_K99A_NOT_A_DEATH = frozenset(
    {
        "fraud",
        "burglary",
        "theft",
        "robbery",
        "criminal_damage",
        "stalking_harassment",
        "sexual_offence",
        "human_trafficking",
    }
)


def asks_about_money_after_a_partner_died(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    told = said_with(text, answers)
    asked = is_question(text) or bool(re.search(r"\bis there anything\b|\bhonestly\b", words))
    # The death is what they came about (round 83, Rose: "my husband died 4 years ago ... I mean
    # the £140 out my purse he took" was answered about bereavement payments).
    facts = answers or {}
    # k99a (round 99): Dennis, conned out of £3,000 cash by roofers with "a white van", "on my
    # own since my wife passed", asked "can i get the money back or not" and got Bereavement
    # Support Payment and a hit and run, twice: a van in a fraud, burglary or theft is no road
    # death.
    not_a_death = facts.get("crime_type") in _K99A_NOT_A_DEATH
    about_the_death = (
        facts.get("crime_type") == "homicide"
        or facts.get("bereaved") is True
        or (bool(_Q82E_ROAD.search(told)) and not not_a_death)
    )
    return (
        asked
        and about_the_death
        and bool(_Q82E_MONEY.search(words))
        and bool(_Q82E_PARTNER_DIED.search(told))
    )


def _q82e_with_the_rest(food: Say, text: str, answers: Mapping[str, Any] | None) -> Say:
    """Joyce: "is it abuse? hes my grandson. what do i do about the food": the other question's
    answer first, then the food, as each was asked."""
    from actions.questions import _sentences, matching_answers

    parts = _sentences(text)
    rest = " ".join(part for part in parts if not _Q82E_FOOD.search(plain(part)))
    if not rest or rest == text or not is_question(rest):
        return food  # "i havent got money till thursday" beside it is told, not asked
    food_first = _Q82E_FOOD.search(plain(parts[0])) is not None
    # The whole message, as before this answer: "if I call they tell police? I have no food
    # tonight" keeps the answer that took it (a safe place), with the food after it.
    found = matching_answers(text, (answers or {}).get("crime_type"), (), False, answers)
    if not found or found[0].response is None:
        return food
    if food_first:
        return replace(food, then=(replace(found[0], then=()),))
    return replace(found[0], then=(food,))


# Pete: "I cant ring 159. Is there another way?" after gift cards: the ways without a phone,
# with no bank-transfer refund promised.
_Q82E_CANT_PHONE = re.compile(
    r"\b(?:cannot|cant|can t|can not|unable to) (?:ring|call|phone|use the phone|hear)\b|"
    r"\bhard of hearing\b|\banother way\b|\bwithout (?:the )?(?:phone|phoning|calling|ringing)\b"
)


def asks_without_phoning_after_gift_cards(text: str, answers: Mapping[str, Any] | None) -> bool:
    from actions.questions import Q82E_GIFT_CARDS

    words = plain(text)
    told = said_with(text, answers)
    return (
        is_question(text)
        and bool(_Q82E_CANT_PHONE.search(words))
        and bool(Q82E_GIFT_CARDS.search(told))
    )


def q82e_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """The q82e answer to ``text``, if it is one of these questions."""
    if asks_without_phoning_after_gift_cards(text, answers):
        return Say(response="utter_q82e_no_phone_gift_cards")
    if asks_if_the_bank_stops_their_pension(text, answers):
        return Say(response="utter_q82e_pension_not_stopped")
    if asks_for_food_help(text):
        return _q82e_with_the_rest(q82e_food_answer(text, answers), text, answers)
    if asks_for_someone_to_sit_with_them(text, answers):
        return Say(response="utter_q82e_someone_to_sit")
    if asks_about_money_after_a_partner_died(text, answers):
        told = said_with(text, answers)
        road = _Q82E_ROAD.search(told)
        return Say(
            response="utter_q82e_bereaved_money_road" if road else "utter_q82e_bereaved_money"
        )
    if asks_about_claiming_benefits(text) or k99c_asks_what_to_live_on(text):
        if k99c_harmed_outside_home(answers):
            return Say(response="utter_k99c_benefits_while_off")  # k99c (round 99): Connor
        return Say(response="utter_q82e_benefits_own_money")
    return None


# k99c (round 99): Connor, 34, knocked off his bike by a stranger: "can i get universal credit
# or something while im off?" got "benefits in your own name ... The Helpline can help you plan
# money and a safe place, 0808 2000 247", the domestic abuse helpline. The answer for abuse at
# home goes only where that is the situation (or it is not known yet). And Zanele, whose husband
# controls her salary: "what will I live on if I leave, he has everything" got "I can't answer".
_K99C_LIVE_ON = re.compile(
    r"\bwhat (?:will|do|would|can|am|shall) i (?:going to |gonna )?live on\b|\bwhat i (?:will |"
    r"would |can |am going to |m going to )?live on\b"
)


def k99c_asks_what_to_live_on(text: str) -> bool:
    words = plain(text)
    return bool(_K99C_LIVE_ON.search(words)) and not _Q82E_BENEFITS_OTHER.search(words)


def k99c_harmed_outside_home(answers: Mapping[str, Any] | None) -> bool:
    """A crime known, and it was not abuse at home (a partner, ex or relative)."""
    answers = answers or {}
    crime = answers.get("crime_type")
    at_home = answers.get("relationship_to_offender") in ("family_member", "partner_or_ex")
    return crime not in (None, "domestic_abuse", "forced_marriage") and not at_home


# end k99c


# end q82e


# g89f (round 89)
# Sam, 34, transphobic notes pushed under their door by the neighbour below: "I've kept all the
# notes in a folder. Should I give them to someone?", "You didn't say what to do with the notes
# though", "what should I do with the notes he's left? I've got about 8 of them", "The NOTES. Are
# they evidence? Should I take them to the police?" got "Here's what I've noted" four times.
_G89F_NOTES_ASKED = re.compile(
    r"\b(?:should|shall|do|can|must) (?:i|we) (?:give|take|hand|show|send|keep|report|bring)\b|"
    r"\bwhat (?:should|do|shall|can|must) (?:i|we) do\b|\bwhat to do (?:with|about)\b|"
    r"\b(?:are|is|would|will|could) (?:they|these|those|it|that|the notes)(?: \w+)? (?:be |count "
    r"as )?evidence\b|\bwho (?:do|should|shall) (?:i|we) (?:give|take|show|send)\b|\bevidence\b"
)


def g89f_asks_about_their_notes(text: str) -> bool:
    """What to do with notes someone left them: keep them as evidence, and give them to the
    police (not the bot's notes: "what's on my notes?")."""
    from actions.questions import G89F_THEIR_NOTES

    words = plain(text)
    return (
        bool(re.search(r"\bnotes\b", words))
        and bool(G89F_THEIR_NOTES.search(words))
        and bool(_G89F_NOTES_ASKED.search(words))
        and (is_question(text) or bool(re.search(r"\bwhat to do (?:with|about)\b", words)))
    )


def g89f_asks_if_they_know_hearing(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Winston, 79, to be rung: "Will they know to speak up?", "And will they know Im hard of
    hearing?" (not answered twice): yes, it is with the request they agreed to."""
    from actions.reading import g89f_notes_said

    told = answers or {}
    method = told.get("contact_method") or "call"
    return (
        told.get("referral_consent") is True
        and told.get("contact_safe") is not False
        and not told.get("for_someone_else")
        and bool(g89f_notes_said(text, str(method)))
    )


# end g89f


# j91f (round 91): Fiona, whose housing association neighbour threatened to burn the house down,
# after the management-transfer answer: "how long does a move take, weeks? months?" got how long
# the police take to give an update.
_J91F_HOW_LONG_A_MOVE = re.compile(
    r"\bhow long (?:does|will|would|do|might|can) (?:a |the |it |that |this )?(?:move|moving|"
    r"transfer|management transfer|rehousing|re housing)\b|\bhow long (?:does|will|would|might) "
    r"(?:it|that|this) take (?:to|for (?:us|me) to) (?:move|be moved|get moved|be rehoused|get "
    r"rehoused|transfer)\b|\bhow long (?:until|till|before) (?:we|i|they) (?:can |get )?(?:move|"
    r"moved|rehoused|transferred)\b"
)


def j91f_asks_how_long_a_move_takes(text: str) -> bool:
    return bool(_J91F_HOW_LONG_A_MOVE.search(plain(text)))


# j91f (round 91): Tunde: "if i screenshot a snap they get told i screenshotted it. what do i
# do" got the number-plate and CCTV text. No sourced way round it: a safe answer (write it down,
# tell the police or a trusted adult).
_J91F_SNAP_SCREENSHOT_TOLD = re.compile(
    r"\bscreenshot\w*\b.{0,40}\b(?:they|he|she|them|snap\w*)\b.{0,20}\b(?:get told|gets told|"
    r"know|find out|see it|notif\w*|tells? them)\b|\bsnap\w* (?:tells?|notif\w*|lets) (?:them|him|"
    r"her|people|ppl)\b.{0,30}\bscreenshot"
)


def j91f_screenshot_would_be_seen(text: str) -> bool:
    return bool(_J91F_SNAP_SCREENSHOT_TOLD.search(plain(text)))


# -- k99d (round 99): an empty home's insurance, arson, and the fire brigade's report ----------
# Gareth, his late mother's house burgled a week after her funeral: "do you know if insurance
# covers it when the house is empty?", "will they refuse because nobody was living there?",
# "what about the insurance, will they refuse or not" (the crime number answer, and a bare
# "Yes" from the crime number right). Aisha, her car set on fire: "is it arson? the police just
# said criminal damage", "how do i get the fire brigade report? the insurance want it" ("I can't
# answer", then the crime number answer).
_K99D_EMPTY_HOME = re.compile(
    r"\b(?:empty|unoccupied|vacant|nobody (?:was )?(?:living|lives|lived)|no one (?:was )?"
    r"(?:living|lives|lived)|nobody (?:was )?(?:there|in it|home))\b"
)
_K99D_INSURANCE = re.compile(r"\b(?:insur\w*|policy)\b")
_K99D_COVERED = re.compile(
    r"\b(?:refus\w*|reject\w*|turn (?:it|me|us|the claim) down|cover\w*|pay (?:out|up)|pay it|"
    r"paid out|void|invalid\w*|claim)\b"
)
_K99D_ARSON = re.compile(
    r"\b(?:is (?:it|this|that) (?:even )?arson|(?:if|whether) (?:it|its|it s|this|that) "
    r"(?:is |was )?arson|arson or (?:just )?(?:criminal )?damage|criminal damage or arson|"
    r"difference between (?:arson|criminal damage)|what(?:s| is) arson|its arson)\b"
)
_K99D_FIRE_REPORT = re.compile(
    r"\b(?:fire (?:brigade|service|brigades|services)s? (?:incident )?report|fire (?:incident )?"
    r"report|lfb report|report from the fire (?:brigade|service))\b"
)


def asks_if_an_empty_home_is_insured(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Whether the insurer will refuse a claim as nobody was living in the home; the empty home
    or the insurance may have been told earlier in the conversation."""
    words = plain(text)
    if not (is_question(text) or "what about" in words) or not _K99D_COVERED.search(words):
        return False
    said = plain(" ".join(str(part) for part in (answers or {}).get("said") or ()))
    return bool(_K99D_EMPTY_HOME.search(words) or _K99D_EMPTY_HOME.search(said)) and bool(
        _K99D_INSURANCE.search(words) or _K99D_INSURANCE.search(said)
    )


def asks_if_it_is_arson(text: str) -> bool:
    return bool(_K99D_ARSON.search(plain(text)))


def asks_for_the_fire_report(text: str) -> bool:
    return bool(_K99D_FIRE_REPORT.search(plain(text)))


def k99d_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """Arson, the fire report (both when both are asked) and an empty home's insurance."""
    arson, report = asks_if_it_is_arson(text), asks_for_the_fire_report(text)
    if arson and report:
        return Say(
            response="utter_k99d_arson_is_criminal_damage_by_fire",
            then=(Say(response="utter_k99d_fire_brigade_report"),),
        )
    if arson:
        return Say(response="utter_k99d_arson_is_criminal_damage_by_fire")
    if report:
        return Say(response="utter_k99d_fire_brigade_report")
    if asks_if_an_empty_home_is_insured(text, answers):
        return Say(response="utter_k99d_empty_home_insurance")
    return None


def answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """The n80e answer to ``text``, if it is one of these questions."""
    k99d = k99d_answer(text, answers)  # k99d (round 99): Gareth, Aisha
    if k99d is not None:
        return k99d
    if asks_if_lenders_demand_is_legal(text, answers):
        return Say(response="utter_p94h_illegal_money_lending")  # p94h (round 94): Efua
    if j91f_screenshot_would_be_seen(text):
        return Say(response="utter_j91f_screenshot_they_would_know")  # j91f (round 91): Tunde
    if j91f_asks_how_long_a_move_takes(text):
        return Say(response="utter_j91f_how_long_a_move_takes")  # j91f (round 91): Fiona
    if f88c_asks_money_back_from_doorstep_trader(text, answers):
        return Say(response="utter_f88c_trader_money_back")  # f88c (round 88): Doreen's £3,000
    if g89f_asks_about_their_notes(text):
        return Say(response="utter_g89f_notes_evidence")  # g89f (round 89): Sam's notes
    if g89f_asks_if_they_know_hearing(text, answers):
        return Say(response="utter_g89f_speak_up_noted")  # g89f (round 89): Winston's hearing
    u86c = u86c_answer(text, answers)  # u86c (round 86): Femi's new phone, his cut hand
    if u86c is not None:
        return u86c
    v86c2 = v86c2_answer(text, answers)  # v86c2 (round 86): Ewa's locks and school laptops
    if v86c2 is not None:
        return v86c2
    if asks_if_hospital_tells_police_of_abuse(text, answers):
        return Say(response="utter_m92d_hospital_tells_police_abuse")  # m92d (round 92): Jess
    if asks_if_police_tell_them_where_they_stay(text):
        return Say(response="utter_m92d_police_wont_give_address")  # m92d (round 92): Chantelle
    t84e = t84e_answer(text, answers)  # t84e (round 84): Stanley, Brenda, Arjun, Derek
    if t84e is not None:
        return t84e
    if asks_to_get_stolen_cash_back(text, answers):  # s83e (round 83): Rose's £140
        return Say(response="utter_s83e_stolen_cash_back")
    q82e = q82e_answer(text, answers)  # q82e (round 82): Joyce, Pete, Priya, Claire
    if q82e is not None:
        return q82e
    if tells_relative_took_their_card_or_money(text, answers):
        # n94a (round 94): Hazel, 68, her grandson took her bank card: her bank, not wages.
        sorry = _N94A_NOT_WAGES.search(plain(text))
        return Say(
            response="utter_n94a_family_took_money_sorry"
            if sorry
            else "utter_n94a_family_took_money"
        )
    if asks_if_being_employed_matters_for_pay(text, answers):
        return Say(response="utter_s83d_employed_wages")  # s83d (round 83): Dean
    if asks_about_wage_deductions(text):
        return Say(response="utter_n80e_wage_deductions")
    if asks_if_dental_costs_are_paid(text):
        # "and does it matter that i hit him back for the compo": both answered.
        hit_back = m3_asks_if_hitting_back_stops_compensation(text)
        then = (Say(response="utter_m3_cica_hit_back"),) if hit_back else ()
        return Say(response="utter_n80e_dental_costs", then=then)
    if asks_how_long_to_report(text):
        return Say(response="utter_n80e_report_time_limit")
    if asks_about_bereaved_children(text, answers):
        return Say(response="utter_n80e_bereaved_children_support")
    if asks_for_a_court_visit(text) and not _THREAT_TOLD.search(plain(text)):
        # "he said hed find me. do i get to see the court before": the threat first (its answer).
        return Say(response="utter_n80e_court_visit_before_trial")
    if asks_to_replace_stolen_medicine(text, answers):
        return Say(response="utter_n80e_stolen_medicine")
    if asks_for_medicine_needed_tonight(text, answers):
        return Say(response="utter_i97d_medicine_tonight")  # i97d (round 97): Fatima
    if asks_for_help_with_their_mental_health(text) and not _ON_A_WARD.search(
        said_with(text, answers)
    ):
        # Round 42's mother of a son on a ward, with a care coordinator, keeps her own answer
        # (the ward, the discharge, a carer's assessment).
        return Say(response="utter_n80e_their_mental_health")
    if asks_for_help_with_her_mental_health(text, answers) and not _ON_A_WARD.search(
        said_with(text, answers)
    ):
        return Say(response="utter_p94h_her_mental_health")  # p94h (round 94): Maureen
    if landlord_slow_with_lock(text):
        if not _M92C_KEYS_TAKEN.search(said_with(text, answers)):
            return Say(response="utter_m92c_landlord_fixes_lock")  # m92c (round 92): Abi
        return Say(response="utter_n80e_landlord_lock")
    return None


# s83d (round 83)
# Dean (r83b), whose depot wants the stolen parcels out of his wages, at the police question: "im
# not self employed btw im on the books, does that matter for the pay thing" got the next
# question. Being an employee is what the law on deductions protects.
_S83D_EMPLOYED = re.compile(
    r"\b(?:self ?employed|on the books|on books|an employee|employed|on paye|paye|on the payroll|"
    r"payroll|zero hours?|agency worker|a contractor|freelance\w*)\b"
)
_S83D_PAY = re.compile(r"\b(?:pay|paying|wages?|salary|money|parcels?|deduct\w*|dock\w*)\b")


def asks_if_being_employed_matters_for_pay(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "im on the books, does that matter for the pay thing", after the wages were spoken of."""
    words = plain(text)
    if not (is_question(text) and _S83D_EMPLOYED.search(words) and _S83D_PAY.search(words)):
        return False
    return asks_about_wage_deductions(said_with(text, answers))


# end s83d


# f88c (round 88)
# Doreen, 81, gave a doorstep roofer £3,000 and he never came back: "will I get my money back?"
# got the lost-phone answer, and, once the fraud was noted, "Call your bank now: dial 159 ...
# banks usually have to refund you", which is for a bank transfer she never said she made. How
# she paid is not told: no promise, Report Fraud and Trading Standards, the bank if it was a card
# or a transfer. A payment said (cash, card, transfer) keeps its own answers (x71d, l2, g4).
_F88C_BACK = re.compile(
    r"\b(?:get|getting|got|have|see) (?:\w+ ){0,2}?(?:money|cash|£ ?\d[\d ]*|\d[\d ]* ?pounds?|"
    r"it|any of it|that|savings|pension) back\b|\bmoney back\b"
)
_F88C_DOORSTEP_TOLD = re.compile(
    r"\b(?:roof\w*|gutters?|guttering|tiles|driveway|tarmac\w*|chimney|builders?|rogue traders?|"
    r"workm[ae]n|doorstep|knock\w* (?:on|at) (?:the|my) door)\b"
)
# Not a scam online or an investment, which have their own refund answers (t84e, q2).
_F88C_NOT_AT_THE_DOOR = re.compile(r"\b(?:online|crypto\w*|bitcoin|invest\w*|website|app)\b")
_F88C_PAID_HOW = re.compile(
    r"\b(?:cash|in notes|cheque|cards?|transfer\w*|bank\w*|paypal|online banking|withdr[ae]w\w*|"
    r"cash ?point|atm)\b"
)


def f88c_asks_money_back_from_doorstep_trader(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "will I get my money back?" from money given to a trader at the door, paid how unsaid."""
    facts = answers or {}
    details = facts.get("account_details") or ()
    crime = facts.get("crime_type")
    # A theft only when the account already read a trader at the door ("doorstep").
    if not (crime == "fraud" or (crime == "theft" and "doorstep" in details)):
        return False
    if not _F88C_BACK.search(plain(text)):
        return False
    told = said_with(text, answers)
    doorstep = "doorstep" in details or bool(_F88C_DOORSTEP_TOLD.search(told))
    return doorstep and not _F88C_PAID_HOW.search(told) and not _F88C_NOT_AT_THE_DOOR.search(told)


# end f88c


# s83e (round 83)
# Rose, 71, whose purse with £140 of pension was taken by a bogus water-board caller: "my
# pension money was in there £140 will I get it back" (at the needs question), "but will I get
# the money back??" and "I mean the £140 out my purse he took" were never answered about the
# cash. Cash taken in a burglary: no promise; the police, insurance and Victim Support.
_S83E_BACK = re.compile(
    r"\b(?:will|can|could|do|would|shall|am) i (?:\w+ ){0,2}?(?:get|getting|have|see) "
    r"(?:\w+ ){0,3}?back\b|\b(?:get|getting) (?:it|that|them|the money|my money|my cash|my "
    r"pension|any of it) back\b"
)
_S83E_CASH = re.compile(r"\b(?:money|cash|pension|purse|wallet|savings|pounds|quid)\b|£ ?\d+")
# A bank card, a transfer or a scam has its own refund answers (the bank's rules).
_S83E_BANK = re.compile(r"\b(?:cards?|bank|transfer\w*|scam\w*|fraud\w*|online|account)\b")
# "I mean the £140 out my purse he took", "you didnt say about my money": the question again.
_S83E_MEANT = re.compile(
    r"\b(?:i mean|i meant|not what i meant|you didnt say|you didn t say|you never said|you "
    r"didnt answer|you didn t answer|you never answered|what about)\b"
)


def asks_to_get_stolen_cash_back(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Cash taken in a burglary: "will I get the money back?", or that question pointed to
    again ("I mean the £140 out my purse he took") after it was asked."""
    facts = answers or {}
    words = plain(text)
    if facts.get("crime_type") != "burglary" or _S83E_BANK.search(words):
        return False
    if not _S83E_CASH.search(words):
        return False  # "will I get my laptop back?" is not about the cash
    if _S83E_BACK.search(words):
        return True
    earlier = [plain(str(said)) for said in facts.get("said") or ()]
    asked_before = any(_S83E_BACK.search(said) and _S83E_CASH.search(said) for said in earlier)
    return asked_before and bool(_S83E_MEANT.search(words)) and bool(_S83E_CASH.search(words))


# end s83e


# t84e (round 84)
# Stanley (r84c, 80) put £25,000 into a crypto "investment" a man on the phone ran. He got the
# bank-impersonation reassurance ("criminals pretend to be your bank") and "banks usually have to
# refund you, up to £85,000" three times, also after "its crypto"; "does it matter that it went
# into bitcoin" got "I can't answer". The refund rules cover a transfer straight to a scammer's
# account, not money moved to a crypto account in your own name first: it depends where it went.
_T84E_INVESTMENT = re.compile(
    r"\b(?:crypto\w*|bitcoins?|btc|investment\w*|invest\w*|trading (?:platform|account|site|"
    r"app)|double (?:it|my money))\b"
)
# Someone posing as the bank (or the police) is the scam utter_q2_scam_not_your_fault describes;
# "it wasnt the bank pretending" says it is not.
_T84E_POSED_AS_BANK = re.compile(
    r"\b(?:safe acc?ount|(?<!wasnt )(?<!wasn t )(?<!not )(?:the )?(?:bank|police) (?:called|rang|"
    r"phoned|texted)|pretend\w* to be (?:from )?(?:my|the) (?:bank|police)|said (?:he|she|they) "
    r"(?:was|were) from (?:my|the) bank)\b"
)
_T84E_NOT_THE_BANK = re.compile(r"\b(?:wasnt|wasn t|was not|not|never) (?:the|my) bank\b")
_T84E_REFUND_ANSWERS = {
    "utter_bank_scam": "utter_t84e_investment_refund_depends",
    "utter_bank_without_phoning": "utter_t84e_investment_refund_depends",
    "utter_q2_scam_refund": "utter_t84e_investment_refund_depends",
    "utter_q2_scam_not_your_fault": "utter_t84e_investment_not_your_fault",
}


def t84e_investment_scam_told(text: str, answers: Mapping[str, Any] | None) -> bool:
    """They told of a crypto or investment scam, and not of someone posing as their bank."""
    told = said_with(text, answers)
    return bool(_T84E_INVESTMENT.search(told)) and not _T84E_POSED_AS_BANK.search(told)


def t84e_refit(found: list[Say], text: str, answers: Mapping[str, Any] | None) -> list[Say]:
    """No "criminals pretend to be your bank" or "banks usually have to refund you" after a
    crypto or investment scam: the answers that fit the scam told instead."""
    if not any(say.response in _T84E_REFUND_ANSWERS for say in found):
        return found
    if not t84e_investment_scam_told(text, answers):
        return found
    kept: list[Say] = []
    for say in found:
        instead = _T84E_REFUND_ANSWERS.get(say.response or "")
        say = Say(response=instead) if instead else say
        if say not in kept:
            kept.append(say)
    return kept


_T84E_CRYPTO_MATTERS = re.compile(
    r"\b(?:does|do|did|would|will) (?:it|that|this) (?:matter|make a difference|change (?:it|"
    r"anything))\b.{0,40}\b(?:crypto\w*|bitcoins?|btc|investment)\b|"
    r"\b(?:crypto\w*|bitcoins?|btc)\b.{0,30}\b(?:does|do|would|will) (?:it|that|this) "
    r"(?:matter|make a difference|change (?:it|anything))\b"
)


def asks_if_crypto_matters(text: str) -> bool:
    """ "does it matter that it went into bitcoin" (Stanley, after the refund answer)."""
    return bool(_T84E_CRYPTO_MATTERS.search(plain(text)))


# Stanley: "please dont tell her", "did you hear me about my daughter, shes not to know", "you
# havent answered me about my daughter" (of his daughter, who must not know), passed over three
# times. The service contacts only him: the existing "we won't tell your family" answer.
_T84E_FAMILY = (
    r"(?:daughter|son|wife|husband|family|kids|children|mum|mom|dad|sister|brother|partner|"
    r"grandson|granddaughter)"
)
_T84E_NOT_TO_KNOW = re.compile(
    rf"\b(?:dont|don t|do not|please dont|never) (?:tell|let|inform|contact|ring|call|speak to) "
    rf"(?:her|him|them|my {_T84E_FAMILY})\b(?! (?:in|at|when|if|about|that) )|"
    rf"\b(?:hes|shes|theyre|he s|she s|they re|he is|she is|they are) not to know\b|"
    rf"\bi (?:dont|don t|do not) want (?:her|him|them|my {_T84E_FAMILY}) (?:told|to know|"
    rf"knowing|finding out)\b|"
    rf"\b(?:answered|hear|heard) me about my {_T84E_FAMILY}\b"
)


_T84E_ONLY_FAMILY_ASKED = re.compile(
    rf"\b(?:answered|hear|heard) me about my {_T84E_FAMILY}\b|\bnot to know\b|\bplease dont tell\b"
)


def t84e_asks_family_not_told(text: str, answers: Mapping[str, Any] | None) -> bool:
    """A family member they ask us not to tell, or asked about again; "dont tell her" only
    once a family member is named in what they said."""
    words = plain(text)
    found = _T84E_NOT_TO_KNOW.search(words)
    if not found or (answers or {}).get("crime_type") not in ("fraud", None):
        return False  # elsewhere "i dont want my mum to know" has its own answers (rounds 21, 60)
    if is_question(text) and not _T84E_ONLY_FAMILY_ASKED.search(words):
        return False  # "will the school find out. i dont want my mum to know": theirs to answer
    return bool(re.search(rf"\b{_T84E_FAMILY}\b", said_with(text, answers)))


# Brenda (r84d, 70), two loans her son took out in her name: "do I have to report him to get out
# of paying?" got "You can get support without reporting" (about support, not the loans); "Will
# they take my house?" got "a child is not automatically taken into care".
_T84E_LOANS = re.compile(
    r"\b(?:loans?|debts?|credit|lenders?|letters?|paying|pay (?:it|them)|owe)\b|\bin my name\b"
)
_T84E_REPORT_TO_STOP = re.compile(
    r"\b(?:do|would|will|should|must) i (?:have|need|got) to (?:report|tell the police|go to the "
    r"police)\b.{0,40}\b(?:paying|pay|the loans?|the debts?|out of (?:it|this|paying))\b|"
    r"\b(?:report|reporting) (?:him|her|them|it)\b.{0,25}\b(?:to get out of|so i dont have to|"
    r"to stop) (?:paying|pay)\b"
)
_T84E_TAKE_HOUSE = re.compile(
    r"\b(?:take|taking|took|repossess\w*|lose|losing) (?:my|our|the|me) (?:house|home|flat|"
    r"bungalow)\b|\b(?:my|our) (?:house|home|flat) (?:be )?(?:taken|repossessed)\b"
)
# A child taken into care, an abuser taking the home, a burglar: never Brenda's loans.
_T84E_NOT_DEBT = re.compile(r"\b(?:kids?|children|child|baby|care|social services|court order)\b")


def asks_if_report_needed_to_stop_paying(text: str) -> bool:
    """ "do I have to report him to get out of paying?" (Brenda)."""
    return bool(_T84E_REPORT_TO_STOP.search(plain(text)))


def asks_if_they_take_the_house_for_debt(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "Will they take my house?", "I asked if they can take my HOUSE for the loans" (Brenda),
    after loans or debts were told; never a child taken into care."""
    words = plain(text)
    if not _T84E_TAKE_HOUSE.search(words):
        return False
    if _T84E_LOANS.search(words):
        return True  # "I asked if they can take my HOUSE for the loans"
    return not _T84E_NOT_DEBT.search(words) and bool(_T84E_LOANS.search(said_with(text, answers)))


# Arjun (r84c, 22): "what about my deposit can i get it back", "where do i go about getting my
# deposit back?" (his landlord kept £1,200) got Right 10, property the police hold.
_T84E_DEPOSIT = re.compile(r"\b(?:my|the|our|his) (?:tenancy |rent |rental )?deposit\b")
_T84E_DEPOSIT_ASK = re.compile(
    r"\b(?:get|getting|got) (?:it|my deposit|the deposit|that|them)? ?back\b|\bwhat about\b|"
    r"\bwho (?:do|can|should) i (?:even )?ask\b|\bkept\b|\breturn\w*\b|\bhelp with\b|"
    r"\banswer\w* (?:me )?about\b"
)
# A deposit not from a tenancy: a car, a holiday, a builder's.
_T84E_OTHER_DEPOSIT = re.compile(
    r"\b(?:builder|trader|car|holiday|wedding|venue|kitchen|deposit (?:for|on) (?:a|the|my) "
    r"(?:car|holiday|kitchen|van|dress))\b"
)


def asks_about_tenancy_deposit(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Getting back a deposit a landlord kept (Arjun)."""
    words = plain(text)
    if not (_T84E_DEPOSIT.search(words) and _T84E_DEPOSIT_ASK.search(words)):
        return False
    told = said_with(text, answers)
    return bool(re.search(r"\b(?:landlord|landlady|tenancy|rent|renting|room)\b", told)) and not (
        _T84E_OTHER_DEPOSIT.search(words)
    )


# Derek (r84a, 66), car stolen from his drive: "Do I need to tell the DVLA as well or just police
# and insurer?" got the insurer paragraph again.
_T84E_DVLA = re.compile(r"\bdvla\b")


def asks_about_telling_dvla(text: str) -> bool:
    words = plain(text)
    return bool(_T84E_DVLA.search(words)) and (
        is_question(text) or bool(re.search(r"\b(?:tell|inform|contact|let)\b", words))
    )


def t84e_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """The t84e answer to ``text``, if it is one of these questions."""
    if asks_if_crypto_matters(text) and t84e_investment_scam_told(text, answers):
        return Say(response="utter_t84e_investment_refund_depends")
    if asks_if_report_needed_to_stop_paying(text) and _T84E_LOANS.search(said_with(text, answers)):
        return Say(response="utter_t84e_report_to_stop_paying")
    if asks_if_they_take_the_house_for_debt(text, answers):
        return Say(response="utter_t84e_house_for_debt")
    if asks_about_tenancy_deposit(text, answers):
        return Say(response="utter_t84e_tenancy_deposit")
    if asks_about_telling_dvla(text):
        return Say(response="utter_t84e_tell_dvla")
    if t84e_asks_family_not_told(text, answers):
        family = Say(response="utter_c75d_support_wont_tell_family")
        if t84e_investment_scam_told(text, answers) and (
            blames_self(text) or _T84E_NOT_THE_BANK.search(plain(text))
        ):
            # "i just feel such a fool ... please dont tell her", "it wasnt the bank pretending,
            # it was an investment ... shes not to know": both heard.
            return Say(response="utter_t84e_investment_not_your_fault", then=(family,))
        return family
    return None


# end t84e


# u86c (round 86)
# Femi, 27, robbed at knifepoint, his hand cut and his phone taken: "how do i get a new phone"
# got the stop-your-cards answer twice, and "can I get compensation for the hand" got "CICA
# doesn't pay for things taken". A new phone: block the SIM and the phone, a replacement SIM, the
# insurer's claim with the crime number. An injury from a violent crime is what CICA is for.
_U86C_NEW_PHONE = re.compile(
    r"\b(?:get|getting|buy|buying|sort|sorting|replace|replacing|afford)\b(?: \w+){0,2} "
    r"(?:a )?(?:new|replacement|another) (?:phone|fone|mobile|iphone|handset)\b|"
    r"\breplac\w* (?:my|the) (?:phone|fone|mobile|iphone|handset)\b"
)
_U86C_PHONE_TAKEN = re.compile(
    r"\b(?:phone|fone|mobile|iphone)\b.{0,60}\b(?:took|taken|stole|stolen|nicked|snatched|"
    r"grabbed|robbed|mugged|gone)\b|\b(?:took|taken|stole|stolen|nicked|snatched|grabbed|"
    r"robbed|mugged)\b.{0,60}\b(?:phone|fone|mobile|iphone)\b"
)
_U86C_COMPENSATION = re.compile(
    r"\b(?:compensation|compo|cica|claim|get (?:any )?money|money for|paid for)\b"
)
_U86C_INJURY = re.compile(
    # No head (a head injury gets its urgent answer alone) and no scar (utter_scar answers it,
    # CICA included).
    r"\b(?:hand|hands|finger|fingers|arm|arms|face|leg|cut|cuts|injur\w*|wound\w*|stab\w*|"
    r"slash\w*|stitch\w*|hurt)\b"
)
# Someone else's injury (p81g: "can he get compensation for this? hes got a scar"): theirs.
_U86C_SOMEONE_ELSES = re.compile(
    r"\b(?:can|could|will|would|does|do|is) (?:he|she|they|him|her|my (?:son|daughter|boy|girl|"
    r"child|kid|mum|dad|wife|husband|partner|friend))\b"
)
# Answered elsewhere: lost pay (utter_j7_cica_injury), how much, teeth, hitting back, the mind.
_U86C_OTHER_CICA = re.compile(
    r"\b(?:wages?|earnings|overtime|work|shifts?|job|how much|tooth|teeth|dental|dentist|hit "
    r"(?:him|her|them) back|solicitor|lawyer|mental|anxiety|ptsd|nightmares|scars?|scarred|"
    r"scarring)\b"
)

# m86b (round 86): compensation turned down or no injury, as Frank's "I dont need compensation
# for injury he never touched me. is there someone for older people" (round 52): his question
# is about help for older people (utter_y3_older_people_help).
_U86C_NOT_WANTED = re.compile(
    r"\b(?:dont|do not|didnt|did not|wont|not) (?:need|want|asking (?:about|for)|looking for|"
    r"after) (?:any )?(?:compensation|compo|cica|money)\b|\b(?:never|didnt|did not|wasnt|was "
    r"not|not) (?:touch\w*|hurt|injur\w*|hit)(?: me)?\b|\bno injur\w*\b"
)


def u86c_asks_for_new_phone(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "how do i get a new phone", after a phone was taken in a robbery or theft."""
    crime = (answers or {}).get("crime_type")
    if not (_U86C_NEW_PHONE.search(plain(text)) and is_question(text)):
        return False
    return crime in ("robbery", "theft") or bool(_U86C_PHONE_TAKEN.search(said_with(text, answers)))


# f96c (round 96): Tom (r95b), "thats for injuries, im asking about the MIRROR. does the cica pay
# for damage to the lorry or what": damaged property asked about is the who-pays answer
# (utter_damage_who_pays, CICA doesn't cover property), not CICA for an injury.
_F96C_PROPERTY = re.compile(
    r"\b(?:damage\w* to|(?:wing )?mirrors?|lorry|lorries|truck|windscreen|windows?|"
    r"paintwork|tyres?|my car|the car|my van|the van)\b"
)


def u86c_asks_cica_for_injury(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "can I get compensation for the hand": an injury from a violent crime."""
    words = plain(text)
    crime = (answers or {}).get("crime_type")
    told = answers or {}
    return (
        crime in VIOLENT
        and crime != "homicide"
        and not (told.get("for_child") or told.get("for_someone_else"))
        and not _U86C_SOMEONE_ELSES.search(words)
        and is_question(text)
        and bool(_U86C_COMPENSATION.search(words))
        and bool(_U86C_INJURY.search(words))
        and not _U86C_OTHER_CICA.search(words)
        and not _U86C_NOT_WANTED.search(words)
        and not _F96C_PROPERTY.search(words)
    )


def u86c_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    if u86c_asks_cica_for_injury(text, answers):
        if _E1_LOST_WORK.search(plain(said_with(text, answers))):
            # l100a (round 100): Mohammed, eye swollen, a week off driving: "can i get the
            # cica?" was "yes, you're likely to be able to apply": with lost work told, CICA's
            # 28 weeks and lowest award, and a court's compensation order (E1's answer).
            return Say(response="utter_e1_cica_lost_days")
        return Say(response="utter_u86c_cica_for_injury")
    if u86c_asks_for_new_phone(text, answers):
        return Say(response="utter_u86c_new_phone")
    return None


# end u86c


# v86c2 (round 86)
# Ewa (r86c-ewa), burgled, renting, no contents insurance: "But who is paying for new locks, me or
# landlord?" got the answer for a landlord who comes in uninvited; "I just need to know who pays
# the locksmith" was not heard, and "You did not answer me about the locksmith" got the home
# security text again. The laptops her children had from school were stolen too: "what I tell to
# the school? ... Will I have to pay them back?" got the school-bullying answer (and the 999
# screen, bot/risk_words.py), "Do I have to pay the school for them?" got "I can't answer".
_V86C2_WHO_PAYS_LOCK = re.compile(
    r"\bwho (?:is |s )?(?:pay|pays|paying|pay for|paying for|covers?)\b.{0,30}"
    r"\b(?:locks?|locksmiths?|door)\b|"
    r"\b(?:locks?|locksmiths?|door)\b.{0,30}\bwho (?:is |s )?(?:pay|pays|paying)\b|"
    r"\b(?:pay|paying|pays) (?:for )?(?:the |a |new |my )*(?:locks?|locksmiths?)\b.{0,30}"
    r"\b(?:me or|or me|or (?:the |my )?landlord)\b|"
    r"\b(?:didnt|did not|dont|do not|never|not) answer\w* (?:me |my question )?(?:about|on) "
    r"(?:the |my )?locksmiths?\b"
)
_V86C2_RENTS = re.compile(r"\b(?:landlord|landlady|rent|renting|rented|tenant|tenancy)\b")
_V86C2_BREAK_IN = re.compile(
    r"\b(?:burgl\w*|broke in|break in|broken in|broken into|broke into|break into|breakin|"
    r"break ins?|robbed)\b"
)


def v86c2_asks_who_pays_for_lock(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "who is paying for new locks, me or landlord?", "who pays the locksmith", after a
    burglary (a landlord who comes in keeps utter_l5_tenant_change_lock)."""
    told = answers or {}
    if not _V86C2_WHO_PAYS_LOCK.search(plain(text)):
        return False
    if _LANDLORD_HARASSES.search(plain(text)) or law_answers.lock_out_told(text):
        return False
    if not _V86C2_RENTS.search(said_with(text, answers)):
        return False  # "the lock is broken, who pays to fix it?": utter_k2_door_wont_lock
    return told.get("crime_type") == "burglary" or bool(
        _V86C2_BREAK_IN.search(said_with(text, answers))
    )


_V86C2_SCHOOL_DEVICE = re.compile(
    r"\b(?:laptops?|chromebooks?|tablets?|ipads?|computers?|devices?)\b"
)
_V86C2_SCHOOL_OWNED = re.compile(
    r"\b(?:from|of|for|belong\w* to|owned by|lent by|loaned by|given by) (?:the |their |his |her "
    r")?school\b|\bschool (?:laptops?|chromebooks?|tablets?|ipads?|computers?|devices?)\b|"
    r"\bpay (?:the |their )?school\b|\b(?:tell|say to|say|tell to|inform|do about) (?:to )?(?:the "
    r"|their |his |her )?school\b"
)
_V86C2_PAY_OR_TELL = re.compile(
    r"\b(?:pay|paying|repay|replace|cost|charge\w*|owe|tell|say|inform|do)\b"
)


def v86c2_asks_about_stolen_school_laptops(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "The laptops was from school ... Will I have to pay them back?", "And the laptops? Do I
    have to pay the school for them?": school devices taken in a theft, not a school that does
    not act on bullying."""
    told = answers or {}
    words = plain(text)
    if not (_V86C2_SCHOOL_DEVICE.search(words) and _V86C2_SCHOOL_OWNED.search(words)):
        return False
    if not _V86C2_PAY_OR_TELL.search(words):
        return False
    return told.get("crime_type") in ("burglary", "theft", "robbery") or bool(
        re.search(
            r"\b(?:stole\w*|stolen|took|taken|nicked|burgl\w*|robbed)\b", said_with(text, answers)
        )
    )


# Leon (r86c-leon), 19, stabbed, texting from a hospital bed, won't go to the police: at the
# consent question "is this gonna go to feds tho" got the consent question again; "will the
# hospital tell them tho? the nurse was askin loads" was not heard; after he refused the police,
# "they said they gonna come back for me. thats wat im scared of" got "Tell the police officer
# ...", "wat police officer?? i told u i aint talkin to police" got "I can't answer", and "can
# they help me not get got wen i leave here", "wen i get discharged tho. they know where i go"
# got nothing about leaving hospital safely.
_V86C2_POLICE = r"(?:the )?(?:police|feds|fedz|cops|old bill|5 ?0|five ?o)"
_V86C2_CHAT_TO_POLICE = re.compile(
    rf"\b(?:is |will |does )?(?:this|dis|it|that|this chat|what i say|wat i say|what i tell "
    rf"(?:u|you)) (?:gonna|gunna|gona|going to) (?:go |get sent |be sent |get passed "
    rf"|be passed )?(?:to|2) {_V86C2_POLICE}\b|"
    rf"\bdo (?:u|you|yous|ya) (?:tell|report (?:it |this |me )?to|grass to|snitch to|send (?:it "
    rf"|this )?to|pass (?:it |this )?to|talk to|work for|work with) {_V86C2_POLICE}\b|"
    rf"\b(?:are|r) (?:u|you) {_V86C2_POLICE}\b"
)
_V86C2_NOT_CHAT = re.compile(
    r"\b(?:hospital|nurses?|doctors?|docs?|redthread|victim support|school|teachers?|services?|"
    r"they|them|he|she)\b"
)


def v86c2_asks_if_chat_goes_to_police(text: str) -> bool:
    """ "is this gonna go to feds tho", "do u tell the police or not": this chat, not a
    service or the hospital."""
    words = plain(text)
    return bool(_V86C2_CHAT_TO_POLICE.search(words)) and not _V86C2_NOT_CHAT.search(words)


_V86C2_HOSPITAL_STAFF = re.compile(
    r"\b(?:hospital|hospitals|nurses?|doctors?|docs?|a ?(?:and|n)? ?e|staff)\b"
)
_V86C2_HOSPITAL_TELLS = re.compile(
    r"\b(?:hospital|hospitals|nurses?|doctors?|docs?|staff)\b(?: \w+){0,3} (?:tell|tells|telling|"
    r"told|report|reports|call|calls|ring|rings|grass|grasses|snitch|snitches|inform|informs|"
    r"give|gives|pass|passes)\b"
)
_V86C2_POLICE_WORDS = re.compile(rf"\b{_V86C2_POLICE}\b|\bsnitch\w*|\bgrass\w*")
_V86C2_KNIFE = re.compile(r"\b(?:stab\w*|knife|knifed|shank\w*|shot|shooting|gun|wound\w*|cut)\b")
_V86C2_IN_HOSPITAL = re.compile(
    r"\b(?:in (?:the |a )?hospital|in hosp|on (?:the |a )?ward|hospital bed|discharg\w*|"
    r"in a ?(?:and|n)? ?e)\b"
)


def v86c2_asks_if_hospital_tells_police(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "will the hospital tell them tho? the nurse was askin loads", "u still aint said if the
    hospital tells feds", after a knife injury."""
    words = plain(text)
    if not _V86C2_HOSPITAL_TELLS.search(words):
        return False
    told = said_with(text, answers)
    if not _V86C2_KNIFE.search(told):
        return False
    return bool(_V86C2_POLICE_WORDS.search(words)) or (
        bool(re.search(r"\b(?:them|they)\b", words)) and bool(_V86C2_POLICE_WORDS.search(told))
    )


_V86C2_REFUSED_POLICE = re.compile(
    rf"\b(?:not|aint|ain t|never|wont|dont|do not|not gonna|not going to|im not|i m not) "
    rf"(?:\w+ ){{0,2}}(?:to |talk\w* to |tell\w* |go\w* to |speak\w* to |goin to |with )?"
    rf"{_V86C2_POLICE}\b|\bnot a (?:snitch|grass)\b|\bno (?:police|feds|cops)\b"
)
_V86C2_OFFICER_REFUSED = re.compile(
    rf"\b(?:wat|what|which|wot) (?:police )?officer\b|"
    rf"\b(?:told|tell|said to) (?:u|you|ya) (?:i|im|i m) (?:aint|ain t|am not|m not|not|wont|dont|"
    rf"never) (?:\w+ ){{0,2}}{_V86C2_POLICE}\b|"
    rf"\bkeep (?:on )?(?:about|sayin\w*|going on about|goin on about) {_V86C2_POLICE}\b|"
    rf"\bkeep on about {_V86C2_POLICE}\b"
)
_V86C2_AFTER_HOSPITAL = re.compile(
    r"\b(?:wen|when|once|after) (?:i|im|i m|i am) (?:get out|get outta|get discharged|am "
    r"discharged|discharged|leave (?:here|hospital|the hospital)|out of (?:here|hospital))\b|"
    r"\b(?:get|getting|be|being|im|i m) discharged\b|"
    r"\bleave (?:here|hospital|the hospital|this place)\b"
)
_V86C2_COMING_FOR_ME = re.compile(
    r"\b(?:come|coming|comin|gonna come) back for me\b|\bget got\b|\bknow (?:where|were) i "
    r"(?:go|live|stay|am|be)\b|\bknow my (?:ends|address|house|yard)\b|\b(?:gonna|going to) "
    r"(?:get|find|finish) me\b"
)


def v86c2_refused_police(text: str, answers: Mapping[str, Any] | None) -> bool:
    """They said they won't go to the police ("nah im not a snitch", "i aint talkin to
    police")."""
    return bool(_V86C2_REFUSED_POLICE.search(said_with(text, answers)))


def v86c2_fears_attack_after_hospital(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "wen i get out idk", "can they help me not get got wen i leave here", "wen i get
    discharged tho. they know where i go", "they said they gonna come back for me", from a
    hospital bed, not reported (or the police refused)."""
    words = plain(text)
    if not (_V86C2_AFTER_HOSPITAL.search(words) or _V86C2_COMING_FOR_ME.search(words)):
        return False
    if not _V86C2_IN_HOSPITAL.search(said_with(text, answers)):
        return False
    # Not once it was reported: utter_safe_home_from_hospital asks the officer in the case.
    return (answers or {}).get("reported_to_police") is not True or v86c2_refused_police(
        text, answers
    )


def _v86c2_youth(answers: Mapping[str, Any] | None) -> bool:
    """Within Redthread's ages (11 to 25), or no age given."""
    age = (answers or {}).get("age")
    return age is None or 11 <= float(age) <= 25


def v86c2_leon_answer(
    text: str, answers: Mapping[str, Any] | None, crime_type: str | None
) -> Say | None:
    """Leon's questions about the police, the hospital and leaving hospital safely."""
    if v86c2_asks_if_chat_goes_to_police(text):
        return Say(response="utter_j6_police_see_chat")
    if v86c2_asks_if_hospital_tells_police(text, answers):
        if _V86C2_IN_HOSPITAL.search(said_with(text, answers)):
            return Say(response="utter_v86c2_hospital_tells_police")
        return Say(response="utter_y4_stab_hospital")
    in_hospital = bool(_V86C2_IN_HOSPITAL.search(said_with(text, answers)))
    if _V86C2_OFFICER_REFUSED.search(plain(text)):
        if in_hospital and _v86c2_youth(answers):
            return Say(response="utter_v86c2_sorry_no_police_hospital")
        return Say(response="utter_v86c2_sorry_no_police")
    if v86c2_fears_attack_after_hospital(text, answers):
        leaving = Say(
            response="utter_v86c2_safe_leaving_hospital"
            if _v86c2_youth(answers)
            else "utter_c2_they_might_come_back"
        )
        if re.search(
            rf"\b(?:tell|tells|report|grass|snitch)\w* (?:to )?{_V86C2_POLICE}\b", plain(text)
        ):
            # "redthread do they tell police? and can they help me not get got": both heard.
            return Say(response="utter_support_not_police", then=(leaving,))
        return leaving
    if v86c2_refused_police(text, answers) and w4_fears_robbers_come_back(text, crime_type):
        # Not "Tell the police officer ..." to someone who has said no to the police.
        young = _v86c2_youth(answers)
        return Say(
            response="utter_c2_they_might_come_back_young"
            if young
            else "utter_c2_they_might_come_back"
        )
    return None


def v86c2_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """The v86c2 answer to ``text``, if it is one of these questions."""
    leon = v86c2_leon_answer(text, answers, (answers or {}).get("crime_type"))
    if leon is not None:
        return leon
    if v86c2_asks_about_stolen_school_laptops(text, answers):
        return Say(response="utter_v86c2_school_laptops_stolen")
    if v86c2_asks_who_pays_for_lock(text, answers):
        return Say(response="utter_v86c2_who_pays_for_lock")
    return None


# end v86c2


# m92d (round 92): Jess, 18, strangled by her boyfriend: "if i go a&e will they tell the
# police? i dont want them calling him" got "No: this chat doesn't report the crime" (about this
# chat), then "i meant the hospital not you lol", "you didnt answer me about the hospital" and
# "will the hospital tell the police or not" went unanswered. Knife and gun wounds stay with
# v86c2 (hospitals do tell the police those); under 18s are not answered here (safeguarding).
_M92D_HEALTH = (
    r"(?:hospital|hospitals|a&e|a and e|a n e|ae|doctors?|docs?|gp|nurses?|medics?|"
    r"paramedics?|ambulance|walk in centre|urgent care|nhs 111|111)"
)
_M92D_TELLS = (
    r"(?:tell|tells|telling|call|calls|calling|ring|rings|report|reports|reporting|contact|"
    r"contacts|inform|informs|pass|passes|get|involve|involves|phone|phones)"
)
_M92D_PARTNER = re.compile(
    r"\b(?:boyfriend|girlfriend|bf|gf|husband|wife|partner|ex|fiance|fiancee|domestic)\b"
)
_M92D_HEALTH_WORD = re.compile(rf"\b{_M92D_HEALTH}\b")
_M92D_ASKS = re.compile(
    rf"\b(?:will|would|do|does|can|could|might|may|gonna|going to|have to|has to|must|whether)"
    rf"(?: \w+){{1,4}} {_M92D_TELLS}\b(?: \w+){{0,3}} {_V86C2_POLICE}\b"
)
# "i meant the hospital not you", "you didnt answer me about the hospital": the same question,
# asked about before in this conversation.
_M92D_AGAIN = re.compile(
    rf"\b(?:meant|mean|talking about|asking about|asked about|answer\w* (?:me )?about|"
    rf"what about) (?:the |a )?{_M92D_HEALTH}\b|\b{_M92D_HEALTH} not (?:you|u|this|the chat)\b"
)


def asks_if_hospital_tells_police_of_abuse(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "if i go a&e will they tell the police?", "will the hospital tell the police or not", or
    "i meant the hospital not you" after asking it, by an adult not hurt with a knife or gun."""
    age = (answers or {}).get("age")
    if age is not None and float(age) < 18:
        return False
    told = said_with(text, answers)
    if _V86C2_KNIFE.search(told):
        return False
    # Abuse by a partner or family (a bare "do hospital tell police" keeps utter_y4_stab_hospital).
    if (answers or {}).get("crime_type") != "domestic_abuse" and not _M92D_PARTNER.search(told):
        return False
    words = plain(text)
    if _M92D_ASKS.search(words) and _M92D_HEALTH_WORD.search(words):
        return True
    earlier = said_with("", answers)
    return (
        bool(_M92D_AGAIN.search(words))
        and bool(_M92D_ASKS.search(earlier))
        and bool(_M92D_HEALTH_WORD.search(earlier))
    )


# m92d (round 92): Chantelle, whose ex posted her address online: "if i report it will he get
# told where im staying??", "will he find out where im staying if i go police", "im asking about
# the POLICE telling him where i am" (got the advice to report, then this chat's own privacy).
_M92D_WHERE = (
    r"(?:where (?:i|im|i m|i am) (?:staying|stay|living|live|at|now|gone|moved to)|where i am|"
    r"where (?:i|im|i m) (?:is|be)|my (?:new |current )?(?:address|location))"
)
_M92D_HE_FINDS_OUT = re.compile(
    rf"\b(?:will|would|can|could|do|does|did|might|may|is|gonna|going to)"
    rf" (?:he|she|my ex)\b(?: \w+){{0,2}} (?:find out|finds out|get told|"
    rf"gets told|be told|is told|know|knows|learn|see|sees|get|gets|found out)\b(?: \w+){{0,2}} "
    rf"{_M92D_WHERE}\b|"
    rf"\b(?:police|feds|cops|they|them) (?:\w+ )?(?:tell|telling|give|giving) (?:him|her|my ex)\b"
    rf"(?: \w+){{0,2}} {_M92D_WHERE}\b"
)
_M92D_REPORT = re.compile(r"\b(?:police|feds|cops|report|reported|reporting|101)\b")


def asks_if_police_tell_them_where_they_stay(text: str) -> bool:
    """ "if i report it will he get told where im staying??", "will he find out where im staying
    if i go police", "im asking about the POLICE telling him where i am"."""
    words = plain(text)
    return bool(_M92D_HE_FINDS_OUT.search(words)) and bool(_M92D_REPORT.search(words))


# n94a (round 94)
# Hazel, 68, her grandson who lives with her took her bank card: "Feeling safe I suppose, and
# getting my bank card sorted out, he has been taking money out and I can't pay the gas bill"
# got the wage-deductions answer, and "I'm retired, I don't have an employer. It is my grandson
# who took my bank card and has been taking money out of my account. What should I do about
# that?" got "I can't answer your question here". A relative taking an older person's card or
# money: call the bank now, it is financial abuse, Hourglass. Not whether the bank pays it back
# (y3), a new card when a row at home is feared (lead79), or a card a partner keeps (k78b).
_N94A_MONEY_TAKEN = re.compile(
    r"\b(?:he|she|they|hes|shes|(?:my|our) (?:\w+ )?(?:grandson|granddaughter|son|daughter|"
    r"nephew|niece|brother|sister|relative|family))\b[^.!?]{0,40}?\b(?:taking|took|taken|takes|"
    r"drawing|drew|withdraw\w*|getting|got|spending|spent) (?:all (?:of )?)?(?:my |the )?"
    r"(?:money|cash|pension|savings) (?:out|from my (?:account|bank)|off my card)\b"
)
_N94A_ASKED = re.compile(
    r"\b(?:what (?:should|do|can|shall) i do|what do i do|sorted|sort (?:it|that|this|\w+ )?out|"
    r"help (?:me )?with)\b"
)
_N94A_OTHER_ANSWER = re.compile(
    r"\b(?:money back|pay (?:me |it )?back|refund\w*|reimburs\w*|new (?:card|pin)|another card|"
    r"row|police|arrest\w*|locked up)\b"
)
_N94A_NOT_WAGES = re.compile(
    r"\b(?:retired|(?:dont|do not) (?:have|work for) an? (?:employer|boss|job)|no (?:employer|"
    r"job|boss)|not (?:about )?(?:my )?(?:work|wages|job))\b"
)


def tells_relative_took_their_card_or_money(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "getting my bank card sorted out, he has been taking money out", "It is my grandson who
    took my bank card ... What should I do about that?", from someone of 60 or over harmed by a
    family member (Hourglass is for older people)."""
    from actions.questions import K78B_CARD_HELD

    answers = answers or {}
    age = answers.get("age")
    if not (
        isinstance(age, (int, float))
        and age >= 60
        and answers.get("relationship_to_offender") == "family_member"
    ):
        return False
    words = plain(text)
    if _N94A_OTHER_ANSWER.search(words):
        return False
    if not (K78B_CARD_HELD.search(words) or _N94A_MONEY_TAKEN.search(words)):
        return False
    return not is_question(text) or bool(_N94A_ASKED.search(words))


# end n94a

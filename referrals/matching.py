"""Choose which organisations to suggest to a person, from their needs-assessment answers.

Pure functions: no I/O (unless no directory is passed, when the default file is read), no
randomness, no clock. The same answers and directory always give the same list in the same
order, so a support worker can check why a service was offered (``explain_match``) and tests
can pin the behaviour.

The answers (a mapping; every key optional, ``None`` = unknown): the contract's slots
(crime_type, bereaved, reported_to_police, under_18, relationship_to_offender,
repeat_victimisation, hate_motivated, impairment, fear_of_giving_evidence, needs, language,
borough), plus ``age`` (age now), ``gender`` (woman / man / non_binary), ``hate_strand`` and
``community`` (lists), ``account_details`` (names in core/contract.py ACCOUNT_DETAILS),
``cannot_phone``, ``within_12_months`` and ``possible_sexual_offence`` (spiked, and afraid that
they were sexually assaulted while they cannot remember). Facts the rules work out (domestic
abuse, a death, a child at risk at home) come from ``core.code_rules.derive_facts``, so raw
answers are enough.

API
===

``match_organisations(answers, directory, limit=3)``
    Best first; the general service last. The short result shows 2-3; a larger ``limit`` gives
    the longer list that ``more_organisations`` pages through.
``more_organisations(answers, directory, shown, limit=3)``
    The next ones, in the same order, leaving out those already shown.
``gender_question_needed(answers, directory)``
    True only when the gender is unknown and knowing it would change the list shown.
``for_whom(answers, org)``
    Who a service is for ("for women"), to show beside it when the person may not be someone
    it serves: always for an audience the answers do not settle, never for a service for one
    gender once the person's gender is known.
``contact_routes(org, answers)``
    How to reach it, in the order that suits the person: text, live chat and email first for
    someone who cannot phone, then the phone number with text relay.
``explain_match(answers, org)``
    A plain sentence: why it was suggested, or why not.
``organisations_for_topic(topic, answers, directory)``
    Services for a rights question (restorative justice, compensation...), where the person
    can use them.

How the list is built
=====================

1. **Rule out** services that cannot help this person (``explain_match`` gives the reason):

   ======================================  =================================================
   Rule                                    Example
   ======================================  =================================================
   ``retired``                             Galop's 2021 hate crime line
   ``auto_offer: never``                   PHSO, Victim Contact Scheme, restorative justice
   ``auto_offer: when_needed`` and none    CICA only when needs include ``compensation``
   of the person's needs match, or the     and the crime is a violent one it lists
   crime type is not listed
   ``auto_offer: when_described`` and      Karma Nirvana only for forced marriage or
   nothing in ``situations`` happened, or  honour-based abuse; the Revenge Porn Helpline
   it lists crime types and none fits      only for intimate images; Cifas only for money
                                           or credit taken in a fraud, not by a partner
   ``crime_needs``: a crime type fits      CEOP: online abuse of a child only with
   only with one of its situations         intimate images or sexual messages, not
                                           bullying or hate comments online
   ``crisis: true``                        Samaritans, Shout; a crisis line with an age
                                           limit (Childline) is kept for children
   borough                                 London-only services are ruled out for
                                           ``outside_london``; a borough list must include
                                           a known borough
   age (only when known)                   Rape Crisis 24/7 (16+) for a 15-year-old;
                                           ``under_18`` alone only rules out adult services;
                                           a service for older people (``min_age`` 60 or
                                           more, Hourglass) also needs the age to be known
   gender (only when known)                a service for women is ruled out for men and
                                           the other way round; unknown keeps both,
                                           labelled with ``for_whom``
   community                               Galop, Tell MAMA, CST need that community; a
                                           sexual-orientation or transgender-identity hate
                                           crime counts as ``lgbt``
   hate crime services (crime types any)   only when ``hate_motivated``; a known strand
                                           must be one the service lists
   stalking-only services, harassment      the National Stalking Helpline for a neighbour's
   because of who someone is               racist abuse when no stalking was told
   ``bereaved_only``                       SAMM, when the person is not a relative
   ``recent_months``                       the Havens, when it was over 12 months ago
   cannot phone, no route but a phone      the Victims' Information Line for someone whose
                                           partner listens to their calls (a Deaf person
                                           keeps it: text relay reaches any number)
   ======================================  =================================================

2. **Score** what is left. A service is a *match* only if it has at least one reason marked
   "fit"; the other rows only reorder matches. What the person said comes first: the crime
   they named, what happened (the account), their community and the hate strand.

   ==========================================================  ======  ====
   Reason                                                       Points  Fit
   ==========================================================  ======  ====
   Specialist for what happened to the person (``situations``)  14      yes
   (what happened around them, a child who saw it: 12)
   Specialist for the crime type the person named               12      yes
   Specialist for a crime the rules worked out (domestic        10      yes
   abuse from the relationship, a homicide from a death, a
   possible sexual offence after a spiking, stalking told of
   domestic abuse)
   Hate crime service, and the crime was hate-motivated         10      yes
   Service for children (age limit under 25), person a child    10      yes
   Non-specialist service for one of the person's needs         3       yes
   Service for the person's community                           5
   Service for older people, the person that age (Hourglass)    3
   Service lists the person's hate strand                       2
   Person's language is not English and the service lists it   3
   (or ``any``)
   Service names the person's borough                           2
   Specialist that also covers one of the person's needs        1 each (up to 2)
   Can be reached without a call, for someone who cannot phone  4
   Phone only, for someone who cannot phone                     -4
   For one gender, and the person's gender is unknown           -1
   No contact details confirmed in the directory                -6
   ==========================================================  ======  ====

   Ties are broken by the ``priority`` number in the directory (lower first), then by id.

3. **Assemble**: the best matches, then one general service, then fillers.

   * The **general service** is always included, last. For a London borough the London Victim
     and Witness Service; otherwise (and when the borough is unknown) the Victim Support
     Supportline.
   * A service with the same phone number as one already chosen is left out (the London
     Stalking Support Service is the National Stalking Helpline's option 2).
   * Domestic abuse with stalking keeps one service of each: a domestic abuse service beside
     the stalking ones, or, when domestic abuse is the crime named, a stalking service beside
     the domestic abuse ones; harassment because of who someone is keeps a hate crime service,
     and it leads. Each takes the place of the lowest-ranked match if the list is full.
   * For a child a children's service (Childline) is always included, taking the place of the
     lowest-ranked match if the list is full.
   * If there would be fewer than two services, non-specialist services open to everyone (the
     Victims' Information Line) are added to make two.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from core.code_rules import derive_facts, normalise_answers
from referrals.directory import (
    ANY,
    BRAIN_INJURY,  # k78h (round 78)
    CHILD_AT_RISK,
    COMMUNITIES,
    CRIME_TYPES,
    DIED_BY_SUICIDE,
    DRIVER_TRACED,  # -- round 59, helper f3 --
    DRIVER_UNINSURED_OR_UNTRACED,  # -- round 59, helper f3 --
    FAMILY_SUBSTANCE_USE,
    HATE_STRANDS,
    HOSPITAL,  # -- round 75, helper c75e --
    LANDLORD,  # u86e (round 86)
    LONDON,
    LONDON_BOROUGHS,
    MATCHER_SITUATIONS,
    NEEDS,
    NEIGHBOUR,
    OFFENDER_DEMENTIA,
    RELATIVE_PARTNER_ABUSE,  # m103a (round 102)
    ROAD_CRASH,
    SEX_WORK,  # h97c (round 97)
    SEXUAL_MESSAGES,
    STALKING_DESCRIBED,
    Organisation,
    load_directory,
)

OUTSIDE_LONDON = "outside_london"
MIN_RESULTS = 2
DEFAULT_LIMIT = 3
# A service whose upper age limit is below this is treated as a children's service.
CHILDREN_SERVICE_MAX_AGE = 25
# Childline serves under-19s; a person of this age or younger is a child for matching.
CHILD_MAX_AGE = 18
# -- round 38, helper B2 --: a service whose youngest age is at least this is for older people,
# offered only when the person's age is known.
OLDER_PEOPLE_MIN_AGE = 60
UNDER_16 = 16

NAMED_FIT_POINTS = 12
SITUATION_POINTS = 14
# Situations about someone else than the person, scored as a named crime type instead.
ABOUT_OTHERS = frozenset({"child_witness", CHILD_AT_RISK})
FIT_POINTS = 10
NEED_FIT_POINTS = 3
COMMUNITY_POINTS = 5
STRAND_POINTS = 2
LANGUAGE_POINTS = 3
BOROUGH_POINTS = 2
SPECIALIST_NEED_POINTS = 1
SPECIALIST_NEED_MAX = 2
NO_PHONE_NEEDED_POINTS = 4
PHONE_ONLY_POINTS = -4
UNKNOWN_GENDER_POINTS = -1
NO_CONTACT_POINTS = -6

# Text relay (Relay UK) reaches any UK phone number: dial 18001 before it. Source:
# https://www.plymouth.gov.uk/report-adult-abuse-or-neglect (checked 2026-12-01); the Home
# Office gives 101's textphone number the same way (18001 101).
TEXT_RELAY_PREFIX = "18001"

# Being targeted for sexual orientation or transgender identity tells us which community
# services are relevant even when the person did not name a community.
_STRAND_IMPLIES_COMMUNITY = {"sexual_orientation": "lgbt", "transgender_identity": "lgbt"}
_GENDER_ALIASES = {
    "women": "women",
    "woman": "women",
    "female": "women",
    "girl": "women",
    "men": "men",
    "man": "men",
    "male": "men",
    "boy": "men",
    "non_binary": "non_binary",
    "non-binary": "non_binary",
    "nonbinary": "non_binary",
}
# The contract's gender values, in the order the gender question offers them.
GENDER_ANSWERS = ("woman", "man", "non_binary")

CRIME_LABELS = {
    "domestic_abuse": "domestic abuse",
    "sexual_offence": "rape and sexual offences",
    "stalking_harassment": "stalking and harassment",
    "assault": "assault",
    "serious_violence": "serious violence",
    "attempted_murder": "attempted murder",
    "homicide": "bereavement by homicide",
    "robbery": "robbery",
    "burglary": "burglary",
    "theft": "theft",
    "fraud": "fraud",
    "criminal_damage": "criminal damage",
    "arson": "arson",
    "kidnap_false_imprisonment": "kidnap and false imprisonment",
    "human_trafficking": "modern slavery and trafficking",
    "terrorism": "terrorism",
    "online_abuse": "online abuse",
    "other": "other crimes",
}
STRAND_LABELS = {
    "race": "race",
    "religion": "religion",
    "sexual_orientation": "sexual orientation",
    "disability": "disability",
    "transgender_identity": "transgender identity",
}
COMMUNITY_LABELS = {
    "lgbt": "LGBT+ people",
    "muslim": "Muslim communities",
    "jewish": "Jewish communities",
    "south_asian": "South Asian communities",
    "deaf": "Deaf people",
}
NEED_LABELS = {
    "safety": "staying safe",
    "health": "health care",
    "emotional": "emotional support",
    "practical": "practical help",
    "information": "information about your rights",
    "court": "going to court",
    "compensation": "compensation",
    "communication": "communication needs",
}
SITUATION_LABELS = {
    "someone_died": "a death caused by crime",
    "forced_marriage": "forced marriage",
    "honour_based": "so-called honour-based abuse",
    "intimate_images": "intimate images shared without consent",
    "carer": "abuse by a carer",
    "child_witness": "a child who saw or heard abuse at home",
    CHILD_AT_RISK: "a child at risk at home",
    "economic": "money or property taken or controlled",
    "weapon": "a weapon",
    "injured": "injuries",
    "serious_injury": "serious injuries",
    "life_endangered": "lives put in danger",
    "online": "abuse online",
    "identity_fraud": "credit or accounts opened in their name",
    "witness": "a witness to a crime",
    "card_taken": "a bank card or PIN taken",
    "dog_attack": "a dog attack",
    "exposure": "someone exposing themselves",
    "pregnant": "pregnancy",
    ROAD_CRASH: "a death or injury caused by a driver",
    "domestic_worker": "a domestic worker exploited by the household they work for",
    FAMILY_SUBSTANCE_USE: "a family member's drug or alcohol use",
}
# What a road death or injury is not: murder or manslaughter. Services only for homicide (SAMM,
# the National Homicide Service) are for those, not for deaths caused by driving.
_HOMICIDE_ONLY = ("homicide",)
# -- round 29, helper N --
SITUATION_LABELS[OFFENDER_DEMENTIA] = "dementia in the person who did it"
SITUATION_LABELS[NEIGHBOUR] = "trouble with neighbours"
SITUATION_LABELS[STALKING_DESCRIBED] = "stalking (following, watching or unwanted contact)"
# -- round 39, helper H1 --
SITUATION_LABELS[SEXUAL_MESSAGES] = "sexual messages or requests"
SITUATION_LABELS[HOSPITAL] = "treatment in hospital"  # -- round 75, helper c75e --
SITUATION_LABELS[BRAIN_INJURY] = "a head or brain injury"  # k78h (round 78)
SITUATION_LABELS[LANDLORD] = "harassment by a landlord"  # u86e (round 86)
SITUATION_LABELS[SEX_WORK] = "the safety of sex workers"  # h97c (round 97): National Ugly Mugs
SITUATION_LABELS[RELATIVE_PARTNER_ABUSE] = "a relative abused by their partner"  # m103a
# Services only for stalking (the National Stalking Helpline, Paladin): not for neighbours who
# threaten or damage things when no stalking was described (Gary, round 29).
_STALKING_ONLY = ("stalking_harassment",)
# Who can have done it for a dementia service to fit: someone close, not a stranger.
_NOT_CLOSE = ("stranger", "unknown")


def _round29_n_situations(answers: Mapping[str, Any], situations: set[str]) -> None:
    """Drop the new matcher situations where they do not describe the one who did it."""
    relationship = answers.get("relationship_to_offender")
    if relationship in _NOT_CLOSE:
        # "my husband has dementia" said about a burglary by strangers
        situations.discard(OFFENDER_DEMENTIA)
    if (
        relationship in ("partner_or_ex", "family_member", "stranger")
        or STALKING_DESCRIBED in situations
    ):
        # an ex, a relative or a stranger ("my neighbour saw them") is not a neighbour dispute;
        # a neighbour who stalks is stalking
        situations.discard(NEIGHBOUR)


def _round29_n_exclusion(person: _Person, org: Organisation) -> str | None:
    stalking_only = tuple(org.serves.crime_types) == _STALKING_ONLY
    if stalking_only and (NEIGHBOUR in person.situations or person.once_by_a_stranger):
        # Nor for a stranger who shouted at someone once in a car park: stalking and harassment
        # in law are a course of conduct (Protection from Harassment Act 1997 s.7(3)).
        return "for stalking (following, watching, turning up or repeated contact)"
    return None


# -- round 56, helper D8 --
# Sandra (round 55), a witness whose attacker's friends hang around her flat to scare her off
# giving evidence: the threats are witness intimidation, read as harassment, and she was given
# the National Stalking Helpline and Paladin ("why stalking? nobody is stalking me"). Not for a
# witness stalked by a partner or ex, who is stalked whatever else they saw.
def _d8_threatened_witness(person: _Person, org: Organisation) -> bool:
    return (
        tuple(org.serves.crime_types) == _STALKING_ONLY
        and "witness" in person.situations
        and not person.repeated_by_an_ex
    )


# -- end of round 56, helper D8 --


# -- round 52, helper X2 --
# Lily, 13: "this girl in year 10 said shes gonna batter me after school", a threat read as
# harassment, was given the National Stalking Helpline. For a child, a stalking-only service is
# offered only when stalking (following, watching, turning up, repeated contact) was described;
# Childline and Fearless fit a threat at school.
def _x2_child_not_stalked(person: _Person, org: Organisation) -> bool:
    return (
        tuple(org.serves.crime_types) == _STALKING_ONLY
        and person.is_child
        and STALKING_DESCRIBED not in person.situations
        # A teenager harassed by an ex again and again is stalked, whatever words they used.
        and not person.repeated_by_an_ex
    )


# -- round 75, helper c75e --
# Tom (r75b), 41, whose ex "keeps turning up at my flat and at my gym, i block him and he just
# messages from a new number": the crime type holds one value, so naming domestic abuse dropped
# the National Stalking Helpline, and "its stalking as well as the domestic thing. both" dropped
# the Men's Advice Line. Stalking told (following, watching, turning up, repeated contact)
# beside domestic abuse is both crimes: the stalking services fit as a crime the account tells,
# and the result keeps a service for each (``c75e_keep_one``).
def c75e_stalking_beside_abuse(crime_types: set[str], situations: set[str]) -> set[str]:
    """The stalking crime to add when stalking was told of domestic abuse, else nothing."""
    if "domestic_abuse" in crime_types and STALKING_DESCRIBED in situations:
        return {"stalking_harassment"}
    return set()


# Olena (r75c), harassed by the man next door because she is Ukrainian ("go back to your war"),
# chose "Stalking or harassment" and was given the National Stalking Helpline and Paladin: "He
# not stalking me, he is neighbour. He hate us because we are Ukrainian." Harassment because of
# who someone is, with no stalking told, is for the hate crime services: one leads, and the
# stalking-only services are not offered. Abuse at home is left to the domestic abuse rules.
def c75e_hate_harassment(
    answers: Mapping[str, Any],
    named: str | None,
    hate_motivated: bool,
    situations: frozenset[str],
) -> bool:
    return (
        hate_motivated
        and named == "stalking_harassment"
        and STALKING_DESCRIBED not in situations
        and answers.get("relationship_to_offender") not in ("partner_or_ex", "family_member")
    )


def c75e_fits_hate(person: _Person, org: Organisation) -> bool:
    """A hate crime service for this person's kind of hate crime (any, when not known)."""
    return org.is_hate_crime_service and (
        not person.hate_strands or bool(set(org.serves.hate_strands) & person.hate_strands)
    )


def _is_stalking_service(org: Organisation) -> bool:
    """A stalking specialist (the National Stalking Helpline, Paladin)."""
    return org.specialist and tuple(org.serves.crime_types) == _STALKING_ONLY


def c75e_keep_one(
    ranked: Sequence[Organisation],
    chosen: Sequence[Organisation],
    slots: int,
    kind: Callable[[Organisation], bool],
) -> list[Organisation]:
    """``chosen`` with the best service of ``kind`` in it, when none is: the weakest match makes
    way, and the list stays in rank order."""
    found = [org for org in ranked if kind(org)]
    if slots < 1 or not found or any(kind(org) for org in chosen):
        return list(chosen)
    keep = {org.id for org in chosen[: slots - 1]} | {found[0].id}
    return [org for org in ranked if org.id in keep]


def c75e_hate_service_first(person: _Person, chosen: list[Organisation]) -> list[Organisation]:
    """For harassment because of who someone is, the hate crime service leads."""
    lead = next((org for org in chosen if c75e_fits_hate(person, org)), None)
    if lead is None:
        return chosen
    return [lead, *(org for org in chosen if org.id != lead.id)]


# -- end of round 75, helper c75e --


GENDER_LABELS = {"women": "women", "men": "men", "non_binary": "non-binary people"}


@dataclass(frozen=True)
class ContactRoute:
    """One way to reach a service: ``kind`` is phone, text_relay, text, chat, email or web."""

    kind: str
    value: str


@dataclass(frozen=True)
class _Person:
    """The answers, normalised once so every rule reads the same values."""

    crime_types: frozenset[str]
    named_crime: str | None
    situations: frozenset[str]
    age_lo: int | None
    age_hi: int | None
    is_child: bool
    hate_motivated: bool
    hate_strands: frozenset[str]
    communities: frozenset[str]
    needs: frozenset[str]
    language: str | None
    borough: str | None
    gender: str | None
    bereaved: bool | None
    within_12_months: bool | None
    cannot_phone: bool
    # "no, one off": told it happened once, by someone never seen before.
    once_by_a_stranger: bool = False
    # Targeted again and again by a partner or ex: stalking, whatever words were used.
    repeated_by_an_ex: bool = False
    # -- round 75, helper c75e --: harassed because of who they are, no stalking told.
    hate_harassment: bool = False
    # k91c (round 91): said no to any disability or illness and is under 60: no care needs told.
    no_care_needs_told: bool = False

    @property
    def in_london(self) -> bool:
        return self.borough in LONDON_BOROUGHS

    @property
    def needs_language_help(self) -> bool:
        return self.language is not None and self.language != "english"


@dataclass(frozen=True)
class _Reason:
    points: int
    text: str
    is_fit: bool = False


def _words(value: Any) -> list[str]:
    """A str or a list of str from the answers, lower-cased; anything else is ignored."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, Iterable):
        return []
    return [str(v).strip().lower() for v in items if isinstance(v, str) and v.strip()]


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


# -- round 47, helper R2 --: a mother writing for her daughter was offered SurvivorsUK (for men,
# boys and non-binary people). The gender of the person written about, read from the account
# ("my daughter"), when nobody gave a gender.
def _r2_their_gender(answers: Mapping[str, Any]) -> str | None:
    if not (answers.get("for_someone_else") or answers.get("for_child")):
        return None
    details = set(_words(answers.get("account_details")))
    if "about_a_woman" in details and "about_a_man" not in details:
        return "women"
    if "about_a_man" in details and "about_a_woman" not in details:
        return "men"
    return None


def _person(answers: Mapping[str, Any]) -> _Person:
    facts = normalise_answers(answers)
    derived = derive_facts(answers)
    named = next((c for c in _words(answers.get("crime_type")) if c in CRIME_TYPES), None)
    crime_types = {named} if named else set()

    domestic_abuse = derived.get("domestic_abuse")
    if domestic_abuse is None and answers.get("domestic_abuse") is True:
        domestic_abuse = True  # given by a caller that already applied the rules
    if domestic_abuse is True:
        crime_types.add("domestic_abuse")
    elif domestic_abuse is False:
        # Both people must be 16 or over: a child who names domestic abuse is a child at risk.
        crime_types.discard("domestic_abuse")
    bereaved = facts.get("bereaved")
    if bereaved is True or derived.get("death") is True:
        crime_types.add("homicide")
    if answers.get("possible_sexual_offence") is True:
        # Spiked and afraid more happened: the sexual violence services can advise (tests and
        # evidence have time limits), though the crime they named stays what they said.
        crime_types.add("sexual_offence")

    situations = set(facts.get("account_details") or ())
    at_home = answers.get("relationship_to_offender") in ("partner_or_ex", "family_member")
    situations |= {d for d in _words(answers.get("account_details")) if d in MATCHER_SITUATIONS}
    # -- round 73, helper z73c --: images threatened or shared, nobody touched (the Havens)
    situations |= {d for d in _words(answers.get("account_details")) if d in Z73C_IMAGE_ONLY}
    if ROAD_CRASH in situations:
        # Killed or hurt by a driver: road victims' services, not murder or manslaughter ones.
        crime_types.discard("homicide")
        if named == "homicide":
            named = None
    if DIED_BY_SUICIDE in situations:  # -- round 52, helper X1 --
        # A death by suicide, even after a crime: not murder or manslaughter services.
        crime_types.discard("homicide")
        if named == "homicide":
            named = None
    if answers.get("relationship_to_offender") != "family_member":
        # Families affected by a relative's drink or drugs; a partner's drinking is domestic
        # abuse, for the domestic abuse services.
        situations.discard(FAMILY_SUBSTANCE_USE)
    if "child_witness" in situations and not (
        domestic_abuse is True or "domestic_abuse" in crime_types or at_home
    ):
        # "my kids see the graffiti on the car": children who see abuse at home are victims of
        # domestic abuse (Domestic Abuse Act 2021 s.3), not of every crime they see.
        situations.discard("child_witness")
    _round29_n_situations(answers, situations)  # -- round 29, helper N --
    if derived.get("child_at_risk") is True:
        situations.add(CHILD_AT_RISK)
    if RELATIVE_PARTNER_ABUSE in situations:
        # m103a (round 102): "My daughter's boyfriend ... he's been threatening her" (Maureen):
        # domestic abuse in the family, which the domestic abuse services help families with.
        crime_types.add("domestic_abuse")
    crime_types |= c75e_stalking_beside_abuse(crime_types, situations)  # round 75, c75e
    if "injured" not in situations:
        # -- round 75, helper c75e --: in hospital for their own injury only (an injury
        # taken back takes the hospital with it).
        situations.discard(HOSPITAL)

    age = facts.get("age")
    age_lo: int | None = None
    age_hi: int | None = None
    if age is not None:
        age_lo = age_hi = age
    elif facts.get("under_18") is True:
        age_hi = 17
    elif facts.get("under_18") is False:
        age_lo = 18
    is_child = age_hi is not None and age_hi <= CHILD_MAX_AGE

    hate_motivated = facts.get("hate_motivated") is True
    strands = {s for s in _words(answers.get("hate_strand")) if s in HATE_STRANDS}
    communities = {c for c in _words(answers.get("community")) if c in COMMUNITIES}
    if hate_motivated:
        communities |= {
            _STRAND_IMPLIES_COMMUNITY[s] for s in strands if s in _STRAND_IMPLIES_COMMUNITY
        }

    language_words = _words(answers.get("language"))
    borough_words = _words(answers.get("borough"))
    borough = borough_words[0] if borough_words else None
    if borough not in LONDON_BOROUGHS and borough != OUTSIDE_LONDON:
        borough = None
    gender_words = _words(answers.get("gender"))

    return _Person(
        crime_types=frozenset(crime_types),
        named_crime=named,
        situations=frozenset(situations),
        age_lo=age_lo,
        age_hi=age_hi,
        is_child=is_child,
        hate_motivated=hate_motivated,
        hate_strands=frozenset(strands),
        communities=frozenset(communities),
        needs=frozenset(n for n in _words(answers.get("needs")) if n in NEEDS),
        language=language_words[0] if language_words else None,
        borough=borough,
        gender=_GENDER_ALIASES.get(gender_words[0]) if gender_words else _r2_their_gender(answers),
        bereaved=bereaved,
        within_12_months=_bool(answers.get("within_12_months")),
        cannot_phone=answers.get("cannot_phone") is True,
        once_by_a_stranger=_bool(answers.get("repeat_victimisation")) is False
        and answers.get("relationship_to_offender") == "stranger"
        and STALKING_DESCRIBED not in situations,
        repeated_by_an_ex=_bool(answers.get("repeat_victimisation")) is True
        and answers.get("relationship_to_offender") == "partner_or_ex",
        hate_harassment=c75e_hate_harassment(
            answers, named, hate_motivated, frozenset(situations)
        ),  # -- round 75, helper c75e --
        no_care_needs_told=_bool(answers.get("impairment")) is False
        and age_hi is not None
        and age_hi < K91C_OLDER_AGE,
    )


def _for_person(person: _Person, org: Organisation) -> Organisation:
    """The organisation as this person would reach it: a borough council's own web page."""
    if not org.contact_by_borough or not person.in_london:
        return org
    web = org.web_for(person.borough)
    if web == org.contact.web:
        return org
    return dataclasses.replace(org, contact=dataclasses.replace(org.contact, web=web))


def _is_domestic_abuse_service(org: Organisation) -> bool:
    return org.specialist and "domestic_abuse" in org.serves.crime_types


def _is_children_service(org: Organisation) -> bool:
    return org.serves.max_age is not None and org.serves.max_age < CHILDREN_SERVICE_MAX_AGE


def _sorted_labels(values: Iterable[str], labels: Mapping[str, str]) -> list[str]:
    # Label order follows the label table so explanations read the same every time.
    chosen = set(values)
    return [label for key, label in labels.items() if key in chosen]


def _fitting_crimes(person: _Person, org: Organisation) -> set[str]:
    """The person's crime types that this service lists, leaving out any whose ``crime_needs``
    situations did not happen (CEOP: online abuse only with sexual images or messages)."""
    serves = org.serves
    return {
        crime
        for crime in set(serves.crime_types) & person.crime_types
        if not serves.crime_needs_for(crime)
        or set(serves.crime_needs_for(crime)) & person.situations
    }


def _crime_needs_unmet(person: _Person, org: Organisation) -> str | None:
    """Why the crime does not fit when only ``crime_needs`` stands in the way, else None."""
    unmet = sorted(
        crime
        for crime in set(org.serves.crime_types) & person.crime_types
        if crime not in _fitting_crimes(person, org)
    )
    if not unmet:
        return None
    crime = unmet[0]
    what = " or ".join(_sorted_labels(org.serves.crime_needs_for(crime), SITUATION_LABELS))
    return f"for {CRIME_LABELS.get(crime, crime)} only when it involves {what}"


# -- round 73, helper z73c --
Z73C_IMAGE_ONLY = frozenset({"no_contact", "sextortion"})


# Priyanka (24), threatened by a man from a dating app with her private pictures: "havens?? he
# didnt touch me i never even met him irl". The Havens are for rape and sexual assault (forensic
# examinations); a threat to share images, or images shared, with nobody touching them is not.
def z73c_images_only(person: _Person, org: Organisation) -> bool:
    return org.id == "the-havens" and (
        "no_contact" in person.situations
        or ("sextortion" in person.situations and "sexual_offence" in person.crime_types)
    )


# -- end of round 73, helper z73c --


# u86e (round 86) -- Arjun, 22, whose landlord kept his deposit, comes into his room and
# threatened to "call immigration on me", was given the National Stalking Helpline and Paladin.
# A landlord harassing a tenant is harassment or illegal eviction, not stalking (a fixation on a
# person): the stalking-only services are left out when the one who did it is their landlord
# (the "landlord" detail, read only when no stalking itself was told), unless a partner or ex
# targets them again and again.
def u86e_landlord_not_stalker(person: _Person, org: Organisation) -> bool:
    return (
        tuple(org.serves.crime_types) == _STALKING_ONLY
        # read only when no stalking itself was told: "keeps texting me and turning up" is
        # what a landlord harassing a tenant does (actions/account.py u86e_landlord_not_stalking)
        and LANDLORD in person.situations
        and not person.repeated_by_an_ex
    )


# Sextortion (someone threatening to share intimate images for money) was given SurvivorsUK,
# whose entry (its sources) is for men, boys and non-binary people "who have been raped,
# sexually assaulted or abused": like the Havens (z73c), not for images threatened or shared
# with nobody touching them (the account's "sextortion" or "no_contact", as for the Havens).
# The Revenge Porn Helpline is for that (its situations: intimate images).
def u86e_images_only(person: _Person, org: Organisation) -> bool:
    return org.id == "survivors-uk" and (
        "no_contact" in person.situations
        or ("sextortion" in person.situations and "sexual_offence" in person.crime_types)
    )


# end u86e


# k91c (round 91): Lucy, 29, stalked, no disability or illness, was offered "Adult safeguarding
# at your borough council (for adults with care and support needs)" (and lost Paladin) once a
# "support worker" in her message was read as a carer. The council's safeguarding duty is for
# adults with care and support needs (Care Act 2014, s.42): kept for someone who told of care
# needs, is older (as Hourglass, OLDER_PEOPLE_MIN_AGE), or has a paid carer.
K91C_OLDER_AGE = OLDER_PEOPLE_MIN_AGE
K91C_ADULT_SAFEGUARDING = "council-adult-safeguarding"


def k91c_no_care_needs(person: _Person, org: Organisation) -> bool:
    return (
        org.id == K91C_ADULT_SAFEGUARDING
        and person.no_care_needs_told
        and "paid_carer" not in person.situations
    )


def _exclusion(person: _Person, org: Organisation, offering: bool = True) -> str | None:
    """Why ``org`` must not be suggested to this person, or None if it may be.

    ``offering=False`` checks only whether the person can use it (place, age, gender...), for a
    service named because the person asked about its topic.
    """
    serves = org.serves
    if org.is_retired:
        return "no longer offered"
    if offering:
        if not org.has_contact:
            # A name with no way to reach it only sends a frightened person looking.
            return "no contact details confirmed yet"
        if org.auto_offer == "never":
            return "only given when someone asks about it, never suggested automatically"
        if org.crisis and not (person.is_child and _is_children_service(org)):
            return "a crisis line, offered by the safety messages instead"
        if org.auto_offer == "when_needed":
            if not set(serves.needs) & person.needs:
                needs = " or ".join(_sorted_labels(serves.needs, NEED_LABELS))
                return f"only suggested when someone needs help with {needs}"
            if ANY not in serves.crime_types and not _fitting_crimes(person, org):
                return _crime_needs_unmet(person, org) or "not for this type of crime"
        if k91c_no_care_needs(person, org):
            return "for adults with care and support needs, and none were told"
        if org.auto_offer == "when_described":
            if not set(serves.situations) & person.situations:
                what = " or ".join(_sorted_labels(serves.situations, SITUATION_LABELS))
                return f"only suggested when the account mentions {what}"
            if ANY not in serves.crime_types and not _fitting_crimes(person, org):
                # Cifas for credit taken in someone's name (a fraud), not for money a partner
                # controls; CEOP for online sexual abuse, not for bullying online (its
                # crime_needs: online abuse only with intimate images or sexual messages).
                return _crime_needs_unmet(person, org) or "not for this type of crime"

    if (
        offering
        and person.cannot_phone
        and "deaf" not in person.communities
        and not (org.contact.without_phone or org.contact.web)
    ):
        # Someone who cannot speak or is overheard cannot use a phone number alone.
        return "can only be reached by phone"

    if org.is_london_only:
        if person.borough == OUTSIDE_LONDON:
            return "only for people in London"
        if (
            person.in_london
            and LONDON not in serves.boroughs
            and person.borough not in serves.boroughs
        ):
            return f"does not cover {(person.borough or '').title()}"

    if serves.min_age is not None and person.age_hi is not None and person.age_hi < serves.min_age:
        return f"for people aged {serves.min_age} or over"
    if (
        offering
        and serves.min_age is not None
        and serves.min_age >= OLDER_PEOPLE_MIN_AGE
        and person.age_lo is None
    ):
        # -- round 38, helper B2 --: a service for older people (Hourglass) only when we know
        # the person's age, not for everyone who skipped the question.
        return f"for people aged {serves.min_age} or over, and the age is not known"
    if serves.max_age is not None and person.age_lo is not None and person.age_lo > serves.max_age:
        return f"for people under {serves.max_age + 1}"

    if person.gender and org.is_gendered and person.gender not in serves.genders:
        return "for " + " and ".join(_sorted_labels(serves.genders, GENDER_LABELS))

    languages = set(serves.languages)
    if ANY not in languages and "english" not in languages and person.language not in languages:
        # A service in Portuguese and Spanish only is for people who asked for one of them.
        return "for people who speak " + " or ".join(sorted(lang.title() for lang in languages))

    if serves.communities and not set(serves.communities) & person.communities:
        return "for " + " and ".join(_sorted_labels(serves.communities, COMMUNITY_LABELS))

    if org.is_hate_crime_service and ANY in serves.crime_types:
        if not person.hate_motivated:
            return "a hate crime service, and this was not said to be a hate crime"
        if person.hate_strands and not set(serves.hate_strands) & person.hate_strands:
            return "for a different kind of hate crime"

    if ROAD_CRASH in person.situations and tuple(serves.crime_types) == _HOMICIDE_ONLY:
        return "for families bereaved by murder or manslaughter, not by a death on the road"
    if DIED_BY_SUICIDE in person.situations and tuple(serves.crime_types) == _HOMICIDE_ONLY:
        return "for families bereaved by murder or manslaughter, not by suicide"  # round 52, X1
    # -- round 31, helper S2 --: the criminal injuries scheme does not cover injuries from a
    # vehicle unless it was used to injure someone (Criminal Injuries Compensation Scheme 2012,
    # Annex B), and a deliberate one is not a road crash (actions/account.py): the Motor
    # Insurers' Bureau (the mib entry) is for hit-and-run and uninsured drivers.
    if ROAD_CRASH in person.situations and org.id == "cica":
        return "injuries from a vehicle are claimed from the Motor Insurers' Bureau, not CICA"
    if (
        org.id == "mib"
        and DRIVER_TRACED in person.situations
        and DRIVER_UNINSURED_OR_UNTRACED not in person.situations
    ):
        # -- round 59, helper f3 --: Marie, the driver "arrested at the scene": a claim goes
        # through the driver's insurer; the MIB is for untraced or uninsured drivers only.
        return "for drivers never traced or not insured, and this driver was traced"
    if (
        org.id == "cica"
        and person.crime_types == {"robbery"}
        and not {"injured", "serious_injury"} & set(person.situations)
    ):
        # -- round 34, main -- A robbery at knifepoint with no one hurt (Kwabena, whose lost
        # bike and wages CICA does not pay for): the scheme is for injuries.
        return "the scheme pays for injuries, and no injury was described"
    stalking_only = _round29_n_exclusion(person, org)  # -- round 29, helper N --
    if stalking_only:
        return stalking_only
    if _x2_child_not_stalked(person, org):  # -- round 52, helper X2 --
        return "for stalking (following, watching, turning up or repeated contact)"
    if _d8_threatened_witness(person, org):  # -- round 56, helper D8 --
        return "for stalking, not for a witness threatened over their evidence"
    if person.hate_harassment and tuple(serves.crime_types) == _STALKING_ONLY:
        # -- round 75, helper c75e --: Olena, "He not stalking me, he is neighbour".
        return "for stalking (following, watching, turning up or repeated contact)"
    if u86e_landlord_not_stalker(person, org):  # u86e (round 86): Arjun
        return "for stalking, not for a landlord's harassment of a tenant"
    if u86e_images_only(person, org):  # u86e (round 86): sextortion, not SurvivorsUK
        return "for rape and sexual abuse, not images threatened or shared with no contact"
    if z73c_images_only(person, org):  # -- round 73, helper z73c --
        return "for rape and sexual assault, not images threatened or shared with no contact"
    if serves.bereaved_only and person.bereaved is False:
        return "for families bereaved by murder or manslaughter"
    if serves.recent_months is not None and (
        person.within_12_months is False or j91g_abused_as_a_child_years_ago(person)
    ):
        return f"for crimes in the past {serves.recent_months} months"
    if (
        serves.min_age is not None
        and serves.min_age >= OLDER_PEOPLE_MIN_AGE
        and j91g_abused_as_a_child_years_ago(person)
    ):
        return "for abuse of older people, not abuse in childhood"
    if m103a_relative_abused_not_them(person, org):  # m103a (round 102): Maureen
        return "for abuse of older people by those they trust, not of a relative by a partner"
    return None


# m103a (round 102): Maureen, 63, whose daughter Kelly's boyfriend threatens Kelly and came
# shouting at her door, was offered Hourglass (abuse of older people by family, carers or others
# they trust) in place of any domestic abuse service: the one abused by a partner is her
# daughter, and he is in no position of trust to her. Kept when a carer is told.
def m103a_relative_abused_not_them(person: _Person, org: Organisation) -> bool:
    return (
        RELATIVE_PARTNER_ABUSE in person.situations
        and org.serves.min_age is not None
        and org.serves.min_age >= OLDER_PEOPLE_MIN_AGE
        and "carer" not in person.situations
    )


# j91g (round 91): Margaret, 70, "It was when I was a little girl. I was twelve" (raped by a
# friend of her parents, never told), was offered Hourglass (abuse of older people) and the
# Havens (recent assaults): "last week" (a news story) had been read as when it happened. Abuse
# in childhood told by an adult (the account's "as_a_child": under 16, years ago) is not
# recent and not abuse of her as an older person.
AS_A_CHILD = "as_a_child"


def j91g_abused_as_a_child_years_ago(person: _Person) -> bool:
    return AS_A_CHILD in person.situations and person.age_lo is not None and person.age_lo >= 18


def _reasons(person: _Person, org: Organisation) -> list[_Reason]:
    """Every scoring reason that applies; see the table in the module docstring."""
    serves = org.serves
    reasons: list[_Reason] = []

    if org.specialist and ANY not in serves.crime_types:
        shared = _fitting_crimes(person, org)
        if shared:
            named = person.named_crime in shared
            crimes = _sorted_labels(shared, CRIME_LABELS)
            points = NAMED_FIT_POINTS if named else FIT_POINTS
            reasons.append(_Reason(points, "specialist in " + " and ".join(crimes), True))

    shared_situations = set(serves.situations) & person.situations
    situations = _sorted_labels(shared_situations, SITUATION_LABELS)
    if situations:
        # What happened to the person themselves (a forced marriage) is the most specific
        # thing we know; what happened around them (a child who saw it) is not.
        own = shared_situations - ABOUT_OTHERS
        points = SITUATION_POINTS if own else NAMED_FIT_POINTS
        reasons.append(_Reason(points, "for " + " or ".join(situations), True))

    if org.is_hate_crime_service and person.hate_motivated:
        if not person.hate_strands or set(serves.hate_strands) & person.hate_strands:
            reasons.append(_Reason(FIT_POINTS, "supports victims of hate crime", True))
        strands = _sorted_labels(set(serves.hate_strands) & person.hate_strands, STRAND_LABELS)
        if strands:
            reasons.append(
                _Reason(STRAND_POINTS, "including hate crime based on " + " or ".join(strands))
            )

    if _is_children_service(org) and person.is_child:
        reasons.append(
            _Reason(
                FIT_POINTS,
                f"for children and young people under {(serves.max_age or CHILD_MAX_AGE) + 1}",
                True,
            )
        )

    shared_needs = _sorted_labels(set(serves.needs) & person.needs, NEED_LABELS)
    if shared_needs and not org.specialist and not org.general:
        reasons.append(
            _Reason(NEED_FIT_POINTS, "can help with " + " and ".join(shared_needs), True)
        )
    elif shared_needs and org.specialist:
        counted = shared_needs[:SPECIALIST_NEED_MAX]
        reasons.append(
            _Reason(
                SPECIALIST_NEED_POINTS * len(counted),
                "can also help with " + " and ".join(counted),
            )
        )

    communities = _sorted_labels(set(serves.communities) & person.communities, COMMUNITY_LABELS)
    if communities:
        reasons.append(_Reason(COMMUNITY_POINTS, "for " + " and ".join(communities)))
    if k78g_for_their_age(person, org):  # k78g (round 78)
        reasons.append(_Reason(OLDER_PEOPLE_POINTS, "for older people"))

    if person.needs_language_help:
        if ANY in serves.languages:
            reasons.append(_Reason(LANGUAGE_POINTS, "can arrange an interpreter"))
        elif person.language in serves.languages:
            language = (person.language or "").title()
            reasons.append(_Reason(LANGUAGE_POINTS, f"offers support in {language}"))

    if person.in_london and person.borough in serves.boroughs:
        reasons.append(_Reason(BOROUGH_POINTS, f"covers {(person.borough or '').title()}"))

    if person.cannot_phone and org.has_contact:
        if org.contact.without_phone:
            reasons.append(
                _Reason(NO_PHONE_NEEDED_POINTS, "can be reached by text, live chat or email")
            )
        elif org.contact.phone:
            reasons.append(_Reason(PHONE_ONLY_POINTS, "phone only (text relay works)"))

    if org.is_gendered and person.gender is None:
        reasons.append(_Reason(UNKNOWN_GENDER_POINTS, for_whom_label(org) or "for one gender"))

    if not org.has_contact:
        reasons.append(_Reason(NO_CONTACT_POINTS, "contact details not yet confirmed"))
    return reasons


# k78g (round 78): Margaret, 80, whose grandson takes her money, got the National Domestic Abuse
# Helpline and the stalking helpline but not Hourglass, which is for older people abused by
# family: a service for older people fits an older person, a little less than a community service
# fits its own, so a service for what they told (Dementia UK for a wife's dementia) stays first.
OLDER_PEOPLE_POINTS = 3


def k78g_for_their_age(person: _Person, org: Organisation) -> bool:
    minimum = org.serves.min_age
    return (
        minimum is not None
        and minimum >= OLDER_PEOPLE_MIN_AGE
        and person.age_lo is not None
        and person.age_lo >= minimum
    )


# end k78g


def for_whom_label(org: Organisation) -> str | None:
    """The directory's ``for_whom``, or for a service for one gender a label built from it."""
    if org.for_whom:
        return org.for_whom
    if org.is_gendered:
        return "for " + " and ".join(_sorted_labels(org.serves.genders, GENDER_LABELS))
    return None


def _rank_key(org: Organisation, score: int) -> tuple[int, int, str]:
    return (-score, org.priority, org.id)


def _choose_general(person: _Person, candidates: Sequence[Organisation]) -> Organisation | None:
    def key(org: Organisation) -> tuple[bool, bool, int, str]:
        # A London service only beats the national one when it can be contacted, and only for
        # people we know are in London.
        return (not org.has_contact, org.is_london_only != person.in_london, org.priority, org.id)

    return min(candidates, key=key) if candidates else None


def _directory(directory: Sequence[Organisation] | None) -> Sequence[Organisation]:
    return directory if directory is not None else default_directory()


@functools.cache
def default_directory() -> tuple[Organisation, ...]:
    """The directory, read once per process; operators restart the servers after editing it."""
    return tuple(load_directory())


def _ranked(person: _Person, organisations: Sequence[Organisation]) -> list[Organisation]:
    scored: list[tuple[Organisation, int]] = []
    for org in organisations:
        reasons = _reasons(person, org)
        if any(r.is_fit for r in reasons):
            scored.append((org, sum(r.points for r in reasons)))
    scored.sort(key=lambda pair: _rank_key(*pair))
    return [org for org, _ in scored]


# -- round 65, helper j3 --
# Mairead (r64a): "Why is Karma Nirvana still on there?? ... Take it off." The services a person
# asked to take off her list (answers["declined_services"], ids read by assessment_form from
# what she said) are never suggested to her again.
def j3_not_declined(
    answers: Mapping[str, Any], organisations: Sequence[Organisation]
) -> list[Organisation]:
    declined = set(_words(answers.get("declined_services")))
    return [org for org in organisations if org.id not in declined]


# -- end of round 65, helper j3 --


def match_organisations(
    answers: Mapping[str, Any],
    directory: Sequence[Organisation] | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[Organisation]:
    """Return 2 to ``limit`` organisations for these answers, best first, general service last.

    Unknown keys and malformed values are ignored. See the module docstring for the rules.
    Fewer than two are returned only if the directory itself has fewer than two services that
    may be offered. ``directory`` defaults to ``referrals/directory.yml``.
    """
    if limit < MIN_RESULTS:
        raise ValueError(f"limit must be at least {MIN_RESULTS}")
    person = _person(answers)
    organisations = [_for_person(person, org) for org in _directory(directory)]

    eligible = [org for org in organisations if _exclusion(person, org) is None]
    eligible = j3_not_declined(answers, eligible)  # -- round 65, helper j3 --
    general = _choose_general(person, [org for org in eligible if org.general])
    ranked = _ranked(person, [org for org in eligible if not org.general])

    slots = limit - (1 if general else 0)
    chosen: list[Organisation] = []
    phones = {general.contact.phone} if general and general.contact.phone else set()
    for org in ranked:
        if len(chosen) >= slots:
            break
        if org.contact.phone and org.contact.phone in phones:
            continue  # the same line twice says nothing new (e.g. a helpline's option 2)
        chosen.append(org)
        if org.contact.phone:
            phones.add(org.contact.phone)
    both = {"domestic_abuse", "stalking_harassment"} <= person.crime_types and slots > 1
    if both and person.named_crime == "domestic_abuse":
        # -- round 75, helper c75e --: stalked by an ex who is named as domestic abuse (Tom):
        # a stalking service beside the domestic abuse ones.
        chosen = c75e_keep_one(ranked, chosen, slots, _is_stalking_service)
    elif both:
        # Stalked or harassed by an ex ("he's done time for hitting me"): a domestic abuse
        # service beside the stalking ones, never only the crime's own specialists.
        chosen = c75e_keep_one(ranked, chosen, slots, _is_domestic_abuse_service)
    if person.hate_harassment:
        # -- round 75, helper c75e --: harassed for who they are (Olena): a hate crime service.
        chosen = c75e_keep_one(ranked, chosen, slots, functools.partial(c75e_fits_hate, person))

    if person.is_child and slots > 0:
        # Keep rank order: drop the weakest match, then re-insert in ranked order.
        chosen = c75e_keep_one(ranked, chosen, slots, _is_children_service)
    if person.hate_harassment:
        chosen = c75e_hate_service_first(person, chosen)  # -- round 75, helper c75e --

    chosen = s83b_support_before_reporting(chosen)  # s83b (round 83): Tyler
    result = [*chosen, *([general] if general else [])]

    if len(result) < MIN_RESULTS:
        taken = {org.id for org in result}
        fillers = sorted(
            (
                org
                for org in eligible
                if not org.specialist
                and not org.general
                and org.auto_offer == "always"
                and org.id not in taken
            ),
            key=lambda org: (not org.has_contact, org.priority, org.id),
        )
        # A second general service is a last resort: it says little new to the person.
        spare_general = sorted(
            (org for org in eligible if org.general and org.id not in taken and org.has_contact),
            key=lambda org: (org.priority, org.id),
        )
        for org in [*fillers, *spare_general]:
            if len(result) >= MIN_RESULTS:
                break
            result.append(org)
    return result[:limit]


def more_organisations(
    answers: Mapping[str, Any],
    directory: Sequence[Organisation] | None = None,
    shown: Iterable[str] = (),
    limit: int = DEFAULT_LIMIT,
) -> list[Organisation]:
    """Up to ``limit`` further organisations, in ranking order, leaving out the ids ``shown``."""
    organisations = _directory(directory)
    everything = match_organisations(
        answers, organisations, limit=max(MIN_RESULTS, len(organisations))
    )
    seen = set(shown)
    return [org for org in everything if org.id not in seen][: max(0, limit)]


def gender_question_needed(
    answers: Mapping[str, Any],
    directory: Sequence[Organisation] | None = None,
    limit: int = DEFAULT_LIMIT,
) -> bool:
    """True only when the gender is unknown and knowing it would change the list shown."""
    if _person(answers).gender is not None:
        return False
    organisations = _directory(directory)
    shown = [org.id for org in match_organisations(answers, organisations, limit)]
    for gender in GENDER_ANSWERS:
        with_gender = match_organisations({**answers, "gender": gender}, organisations, limit)
        if [org.id for org in with_gender] != shown:
            return True
    return False


def for_whom(answers: Mapping[str, Any], org: Organisation) -> str | None:
    """Who ``org`` is for, to show beside it, or None when the answers already settle it.

    A service for one gender is labelled while the person's gender is unknown (it is ruled out
    once the gender is known and does not fit); other audiences (adults worried about a child,
    crimes in the past 12 months) are always labelled.
    """
    label = for_whom_label(org)
    if label is None:
        return None
    if org.is_gendered and _person(answers).gender in org.serves.genders:
        return None
    return label


def contact_routes(
    org: Organisation, answers: Mapping[str, Any] | None = None
) -> list[ContactRoute]:
    """How to reach ``org``, in the order that suits the person.

    For someone who cannot phone (Deaf, cannot speak, or unsafe to call), text, live chat and
    email come first, then the phone number: by text relay for Deaf people, as it is for a
    later, safer moment for someone who can hear; otherwise the phone first.
    """
    person = _person(answers or {})
    org = _for_person(person, org)
    contact = org.contact
    phone = [ContactRoute("phone", contact.phone)] if contact.phone else []
    relay = (
        [ContactRoute("text_relay", f"{TEXT_RELAY_PREFIX} {contact.phone}")]
        if contact.phone
        else []
    )
    written = [
        ContactRoute(kind, value)
        for kind, value in (
            ("text", contact.text),
            ("chat", contact.chat),
            ("email", contact.email),
        )
        if value
    ]
    web = [ContactRoute("web", contact.web)] if contact.web and contact.web != contact.chat else []
    if person.cannot_phone:
        return [*written, *web, *(relay if "deaf" in person.communities else phone)]
    return [*phone, *written, *web]


def organisations_for_topic(
    topic: str,
    answers: Mapping[str, Any],
    directory: Sequence[Organisation] | None = None,
) -> list[Organisation]:
    """Services for a rights question (an ``ask_right`` topic) that this person can use."""
    person = _person(answers)
    found = [
        _for_person(person, org)
        for org in _directory(directory)
        if topic in org.topics and _exclusion(person, org, offering=False) is None
    ]
    # A London service first for Londoners; then the directory's priority.
    return sorted(
        found, key=lambda org: (org.is_london_only != person.in_london, org.priority, org.id)
    )


def explain_match(answers: Mapping[str, Any], org: Organisation) -> str:
    """A short, plain-English reason this organisation was (or was not) suggested.

    For example "Specialist in stalking and harassment." or, for a service that was ruled
    out, "Not suggested: only for people in London."
    """
    person = _person(answers)
    org = _for_person(person, org)
    excluded = _exclusion(person, org)
    if excluded:
        return f"Not suggested: {excluded}."

    reasons = _reasons(person, org)
    if org.general:
        where = " in London" if org.is_london_only else ""
        texts = [f"general support for anyone affected by crime{where}, reported or not"]
    else:
        fits = [r for r in reasons if r.is_fit]
        extras = [r for r in reasons if not r.is_fit]
        texts = [r.text for r in fits] + [r.text for r in extras]
        if not fits:
            texts.insert(0, "open to anyone affected by crime")
    if org.general and not org.has_contact:
        texts.append("contact details not yet confirmed")
    sentence = "; ".join(texts)
    return sentence[0].upper() + sentence[1:] + "."


# s83b (round 83) -- Tyler (16), threatened with a knife: Fearless, a way to pass on information
# without a name (offered when a weapon was described), comes after the services that support
# the young person themselves (Childline), never before them.
S83B_REPORTING_ROUTES = ("fearless",)


def s83b_support_before_reporting(chosen: list[Organisation]) -> list[Organisation]:
    """The chosen services with the ways to report anonymously moved after the others."""
    support = [org for org in chosen if org.id not in S83B_REPORTING_ROUTES]
    return [*support, *(org for org in chosen if org.id in S83B_REPORTING_ROUTES)]


# end s83b

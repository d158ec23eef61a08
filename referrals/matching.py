"""Choose which organisations to suggest to a person, from their needs-assessment answers.

Pure functions: no I/O, no randomness, no clock. The same answers and directory always give
the same list in the same order, so a support worker can check why a service was offered
(``explain_match``) and tests can pin the behaviour.

How the list is built
=====================

1. **Rule out** services that cannot help this person (``explain_match`` gives the reason):

   ======================================  =================================================
   Rule                                    Example
   ======================================  =================================================
   ``auto_offer: never``                   PHSO, Unwanted Prisoner Contact, Victim Contact
                                           Scheme (complaints and after-sentence schemes)
   ``auto_offer: when_needed`` and none    CICA only when needs include ``compensation``
   of the person's needs match, or the     and the crime is a violent one it lists; Witness
   crime type is not listed                Service only when needs include ``court``
   ``crisis: true``                        Samaritans, Shout (the safety messages offer
                                           them); a crisis line with an age limit
                                           (Childline) is kept for people under 18
   borough                                 London-only services are ruled out for
                                           ``outside_london``; a list of boroughs must
                                           include the person's borough when it is known
   age (only when known)                   Rape Crisis 24/7 (16+) ruled out for a known
                                           age under 16; ``under_18`` alone only rules out
                                           adult-only services
   gender (only when known)                a women's service is ruled out for men and the
                                           other way round; unknown keeps both
   community                               a service for a community (Galop, Tell MAMA,
                                           CST) needs that community in ``community``;
                                           a sexual-orientation or transgender-identity
                                           hate crime counts as ``lgbt``
   hate crime services                     only when ``hate_motivated``; when the strand is
                                           known it must be one the service lists
   ======================================  =================================================

2. **Score** what is left. A service is a *match* only if it has at least one reason
   marked "fit"; the other rows only reorder matches.

   ===========================================================  ======  ====
   Reason                                                        Points  Fit
   ===========================================================  ======  ====
   Specialist that lists the crime type (``domestic_abuse:       10      yes
   true`` counts as domestic abuse; ``bereaved`` as homicide)
   Hate crime service, and the crime was hate-motivated          10      yes
   Service for children (age limit under 25), person under 18    10      yes
   Non-specialist service for one of the person's needs          3       yes
   Service for the person's community                            5
   Service lists the person's hate strand                        2
   Person's language is not English and the service lists it    3
   (or ``any``)
   Service names the person's borough                            2
   Specialist that also covers one of the person's needs         1 each (up to 2)
   No contact details confirmed in the directory                 -6
   ===========================================================  ======  ====

   Ties are broken by the ``priority`` number in the directory (lower first), then by id.

3. **Assemble**: the best matches, then one general service, then fillers.

   * The **general service** is always included, last after the matches. For a London
     borough the London Victim and Witness Service is preferred if it has contact details;
     otherwise (and outside London or when the borough is unknown) the Victim Support
     Supportline.
   * For a person under 18 a children's service (Childline) is always included, taking the
     place of the lowest-ranked match if the list is full.
   * If there would be fewer than two services, non-specialist services that are open to
     everyone (the Victims' Information Line) are added to make two.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from referrals.directory import (
    ANY,
    COMMUNITIES,
    CRIME_TYPES,
    HATE_STRANDS,
    LONDON,
    LONDON_BOROUGHS,
    NEEDS,
    Organisation,
)

OUTSIDE_LONDON = "outside_london"
MIN_RESULTS = 2
# A service whose upper age limit is below this is treated as a children's service.
CHILDREN_SERVICE_MAX_AGE = 25

FIT_POINTS = 10
NEED_FIT_POINTS = 3
COMMUNITY_POINTS = 5
STRAND_POINTS = 2
LANGUAGE_POINTS = 3
BOROUGH_POINTS = 2
SPECIALIST_NEED_POINTS = 1
SPECIALIST_NEED_MAX = 2
NO_CONTACT_POINTS = -6

# Being targeted for sexual orientation or transgender identity tells us which community
# services are relevant even when the person did not name a community.
_STRAND_IMPLIES_COMMUNITY = {"sexual_orientation": "lgbt", "transgender_identity": "lgbt"}
_GENDER_ALIASES = {
    "women": "women",
    "woman": "women",
    "female": "women",
    "men": "men",
    "man": "men",
    "male": "men",
}

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
GENDER_LABELS = {"women": "women", "men": "men"}


@dataclass(frozen=True)
class _Person:
    """The answers, normalised once so every rule reads the same values."""

    crime_types: frozenset[str]
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


def _person(answers: Mapping[str, Any]) -> _Person:
    crime_types = {c for c in _words(answers.get("crime_type")) if c in CRIME_TYPES}
    if answers.get("domestic_abuse") is True:
        crime_types.add("domestic_abuse")
    if answers.get("bereaved") is True:
        crime_types.add("homicide")

    age = answers.get("age")
    age_lo: int | None = None
    age_hi: int | None = None
    if isinstance(age, int) and not isinstance(age, bool) and 0 <= age <= 120:
        age_lo = age_hi = age
    elif answers.get("under_18") is True:
        age_hi = 17
    elif answers.get("under_18") is False:
        age_lo = 18
    is_child = age_hi is not None and age_hi < 18

    hate_motivated = answers.get("hate_motivated") is True
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
        age_lo=age_lo,
        age_hi=age_hi,
        is_child=is_child,
        hate_motivated=hate_motivated,
        hate_strands=frozenset(strands),
        communities=frozenset(communities),
        needs=frozenset(n for n in _words(answers.get("needs")) if n in NEEDS),
        language=language_words[0] if language_words else None,
        borough=borough,
        gender=_GENDER_ALIASES.get(gender_words[0]) if gender_words else None,
    )


def _is_children_service(org: Organisation) -> bool:
    return org.serves.max_age is not None and org.serves.max_age < CHILDREN_SERVICE_MAX_AGE


def _sorted_labels(values: Iterable[str], labels: Mapping[str, str]) -> list[str]:
    # Label order follows the label table so explanations read the same every time.
    chosen = set(values)
    return [label for key, label in labels.items() if key in chosen]


def _exclusion(person: _Person, org: Organisation) -> str | None:
    """Why ``org`` must not be suggested to this person, or None if it may be."""
    serves = org.serves
    if org.auto_offer == "never":
        return "only given when someone asks about it, never suggested automatically"
    if org.crisis and not (person.is_child and _is_children_service(org)):
        return "a crisis line, offered by the safety messages instead"
    if org.auto_offer == "when_needed":
        if not set(serves.needs) & person.needs:
            needs = " or ".join(_sorted_labels(serves.needs, NEED_LABELS))
            return f"only suggested when someone needs help with {needs}"
        if ANY not in serves.crime_types and not set(serves.crime_types) & person.crime_types:
            return "not for this type of crime"

    if org.is_london_only:
        if person.borough == OUTSIDE_LONDON:
            return "only for people in London"
        if (
            person.in_london
            and LONDON not in serves.boroughs
            and person.borough not in serves.boroughs
        ):
            return f"does not cover {person.borough.title()}"  # type: ignore[union-attr]

    if serves.min_age is not None and person.age_hi is not None and person.age_hi < serves.min_age:
        return f"for people aged {serves.min_age} or over"
    if serves.max_age is not None and person.age_lo is not None and person.age_lo > serves.max_age:
        return f"for people under {serves.max_age + 1}"

    if person.gender and ANY not in serves.genders and person.gender not in serves.genders:
        return "for " + " and ".join(_sorted_labels(serves.genders, GENDER_LABELS))

    if serves.communities and not set(serves.communities) & person.communities:
        return "for " + " and ".join(_sorted_labels(serves.communities, COMMUNITY_LABELS))

    if org.is_hate_crime_service:
        if not person.hate_motivated:
            return "a hate crime service, and this was not said to be a hate crime"
        if person.hate_strands and not set(serves.hate_strands) & person.hate_strands:
            return "for a different kind of hate crime"
    return None


def _reasons(person: _Person, org: Organisation) -> list[_Reason]:
    """Every scoring reason that applies; see the table in the module docstring."""
    serves = org.serves
    reasons: list[_Reason] = []

    if org.specialist and ANY not in serves.crime_types:
        crimes = _sorted_labels(set(serves.crime_types) & person.crime_types, CRIME_LABELS)
        if crimes:
            reasons.append(_Reason(FIT_POINTS, "specialist in " + " and ".join(crimes), True))

    if org.is_hate_crime_service and person.hate_motivated:
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
                f"for children and young people under {serves.max_age + 1}",  # type: ignore[operator]
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

    if person.needs_language_help:
        if ANY in serves.languages:
            reasons.append(_Reason(LANGUAGE_POINTS, "can arrange an interpreter"))
        elif person.language in serves.languages:
            language = (person.language or "").title()
            reasons.append(_Reason(LANGUAGE_POINTS, f"offers support in {language}"))

    if person.in_london and person.borough in serves.boroughs:
        reasons.append(_Reason(BOROUGH_POINTS, f"covers {(person.borough or '').title()}"))

    if not org.has_contact:
        reasons.append(_Reason(NO_CONTACT_POINTS, "contact details not yet confirmed"))
    return reasons


def _rank_key(org: Organisation, score: int) -> tuple[int, int, str]:
    return (-score, org.priority, org.id)


def _choose_general(person: _Person, candidates: Sequence[Organisation]) -> Organisation | None:
    def key(org: Organisation) -> tuple[bool, bool, int, str]:
        # A local general service only beats the national one when it can be contacted,
        # and only for people we know are in London.
        return (not org.has_contact, org.is_london_only != person.in_london, org.priority, org.id)

    return min(candidates, key=key) if candidates else None


def match_organisations(
    answers: Mapping[str, Any],
    organisations: Sequence[Organisation],
    limit: int = 4,
) -> list[Organisation]:
    """Return 2 to ``limit`` organisations for these answers, best first.

    ``answers`` keys are all optional (None means unknown): crime_type, under_18, age,
    relationship_to_offender, hate_motivated, hate_strand, bereaved, needs, language,
    borough, community, gender, domestic_abuse, reported_to_police. Unknown keys and
    malformed values are ignored. ``relationship_to_offender`` and ``reported_to_police``
    do not change the ranking: the rules turn an abusive relationship into
    ``domestic_abuse: true``, and no service here depends on a police report being made
    (CICA's own requirement is in its notes).

    See the module docstring for the rules. Fewer than two are returned only if the
    directory itself has fewer than two services that may be offered.
    """
    if limit < MIN_RESULTS:
        raise ValueError(f"limit must be at least {MIN_RESULTS}")
    person = _person(answers)

    eligible = [org for org in organisations if _exclusion(person, org) is None]
    general = _choose_general(person, [org for org in eligible if org.general])

    scored: list[tuple[Organisation, int]] = []
    for org in eligible:
        if org.general:
            continue
        reasons = _reasons(person, org)
        if any(r.is_fit for r in reasons):
            scored.append((org, sum(r.points for r in reasons)))
    scored.sort(key=lambda pair: _rank_key(*pair))
    ranked = [org for org, _ in scored]

    slots = limit - (1 if general else 0)
    chosen = ranked[:slots]
    if person.is_child:
        children = [org for org in ranked if _is_children_service(org)]
        if children and not any(_is_children_service(org) for org in chosen):
            # Keep rank order: drop the weakest match, then re-insert in ranked order.
            keep = {org.id for org in chosen[: slots - 1]} | {children[0].id}
            chosen = [org for org in ranked if org.id in keep]

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


def explain_match(answers: Mapping[str, Any], org: Organisation) -> str:
    """A short, plain-English reason this organisation was (or was not) suggested.

    For example "Specialist in stalking and harassment." or, for a service that was ruled
    out, "Not suggested: only for people in London."
    """
    person = _person(answers)
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

"""Short phrases the form says in passing: what it noted, and how it asks again (pure)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from core.text import SMS_LIMIT

CRIME_WORDS = {
    "domestic_abuse": "domestic abuse",
    "sexual_offence": "a sexual offence",
    "stalking_harassment": "stalking or harassment",
    "assault": "an assault",
    "serious_violence": "a serious violent attack",
    "attempted_murder": "an attempt to kill",
    "homicide": "someone was killed",
    "robbery": "a robbery",
    "burglary": "a burglary",
    "theft": "a theft",
    "fraud": "fraud or a scam",
    "criminal_damage": "damage to your property",
    "arson": "a fire set on purpose",
    "kidnap_false_imprisonment": "being held against your will",
    "human_trafficking": "trafficking or forced work",
    "terrorism": "a terrorist attack",
    "online_abuse": "abuse online",
    "other": "a crime",
}


# -- round 59, helper f3 --
# A witness threatened over their evidence (crime_type stalking_harassment, the `witness`
# detail and no stalking described, actions/account.py): Sandra, "nobody is stalking me".
def _f3_threatened_witness(facts: Mapping[str, Any]) -> bool:
    details = facts.get("account_details") or ()
    return "witness" in details and "stalking_described" not in details


# -- end of round 59, helper f3 --

# -- round 67, helper m4 --
# Marcus (r66b-marcus2), hurt by officers in a stop and search, was told "it was someone you
# don't know" after "It WAS the police. Two officers": police officers who did it are said back
# as police officers. Lily (r62b-lily): "its not her it's her boyfriend" (her carer's): said back
# as someone her carer knows, not her carer. Aaron (r65b-aaron, r66b-aaron2), who saw his friend
# stabbed, was noted "a serious violent attack" as if it happened to him: a witness's crime is
# said as one that happened to someone else, which they saw.
_M4R67_WHO = {
    "police_officers": "it was police officers",
    "carers_partner": "it was someone your carer knows, not your carer",
}
_M4R67_SEEN_BY = "that happened to someone else"


def _m4r67_who_words(facts: Mapping[str, Any], who: Any) -> str | None:
    details = facts.get("account_details") or ()
    if who in (None, "stranger", "someone_known", "unknown"):
        for detail, words in _M4R67_WHO.items():
            if detail in details:
                return words
    return None


def m4r67_saw_it_happen(facts: Mapping[str, Any]) -> bool:
    """A witness to a crime against someone else (the `witness` detail), not one threatened
    over their evidence (said as intimidation) nor a death (never listed)."""
    return (
        "witness" in (facts.get("account_details") or ())
        and facts.get("crime_type") not in (None, "other", "homicide", "stalking_harassment")
        and "spiked" not in (facts.get("account_details") or ())
    )


def m4r67_seen_by(child: bool, them: bool) -> str:
    who = "your child" if child else "they" if them else "you"
    return f" {_M4R67_SEEN_BY} ({who} saw it)"


def _m4r67_who_put_right(
    changes: Mapping[str, Any], before: Mapping[str, Any] | None, parts: list[str]
) -> list[str]:
    """ "I've changed that: it was police officers": a who-detail newly added is said first,
    and the details told before are not said again as if changed."""
    had = {*((before or {}).get("account_details") or ())}
    added = [
        words
        for detail, words in _M4R67_WHO.items()
        if detail in (changes.get("account_details") or ()) and detail not in had
    ]
    if not added:
        return parts
    told_before = set(_fact_phrases({"account_details": sorted(had)}, False))
    rest = [part for part in parts if part not in told_before and part not in added]
    return [added[0], *rest]


# -- end of round 67, helper m4 --

WHO_WORDS = {
    "partner_or_ex": "it was a partner or ex",
    "family_member": "it was a family member",
    "someone_known": "it was someone you know",
    "stranger": "it was someone you don't know",
}


# Plain words for someone who asked that messages not say "police" or "abuse" because someone
# checks their phone. Service names keep what identifies them ("National DA Helpline").
_DISCREET_WORDS = (
    ("Domestic Abuse", "DA"),
    ("domestic abuse", "harm at home"),
    ("Domestic abuse", "Harm at home"),
    ("sexual abuse", "what happened"),
    ("abuse", "harm"),
    ("Abuse", "Harm"),
    ("told the police", "reported it"),
    ("to the police", "to the officers"),
    ("the police", "the officers"),
    ("Police", "Officers"),
    ("police", "officers"),
)


# Web addresses keep their words: "ceop.police.uk" must still work when typed.
_ADDRESS = re.compile(r"(\S+\.(?:uk|org|com|net|info|io)\b\S*|\S+@\S+)")


def discreet(text: str) -> str:
    parts = _ADDRESS.split(text)
    for index in range(0, len(parts), 2):  # the words between addresses
        for word, plain_word in _DISCREET_WORDS:
            parts[index] = parts[index].replace(word, plain_word)
    return "".join(parts)


def about_them(answers: Mapping[str, Any]) -> bool:
    """Whether the questions are about another adult the person writes for: not after a death,
    where the one writing is the bereaved relative and a victim themselves."""
    return (
        answers.get("for_someone_else") is True
        and not answers.get("for_child")
        and answers.get("bereaved") is None
    )


def noted_line(
    facts: Mapping[str, Any],
    about_child: bool = False,
    about_others: bool = False,
    age_now: Any = None,
) -> str | None:
    """ "Thank you. I've noted: a burglary, it was someone you don't know. If that's wrong,
    just tell me." for facts taken in passing rather than asked. ``age_now``: their age told
    before, for the words of their gender (k78e, round 78)."""
    if age_now is not None and "age" not in facts:
        facts = {**facts, "age_now": age_now}
    if facts.get("crime_type") == "homicide":
        return None  # no list of facts to someone whose relative was killed
    parts = _fact_phrases(facts, about_child, about_others)
    if not parts:
        return None
    line = f"Thank you. I've noted: {_listed(parts)}. If any of that is wrong, just tell me."
    return line if len(line) <= SMS_LIMIT else None


def summary_line(answers: Mapping[str, Any]) -> str:
    """What has been noted so far, for "what have you written down about me?": in the same
    words as the noted line, so a wrong fact can be put right."""
    parts = _fact_phrases(answers, bool(answers.get("for_child")), about_them(answers))
    if answers.get("repeat_victimisation") is False:
        parts.append("it happened once")
    if answers.get("contact_method") in _METHOD_WORDS:
        parts.append(f"they should contact you {_METHOD_WORDS[answers['contact_method']]}")
    if answers.get("consent") is False:
        # -- round 39, helper F5 -- "You said you won't keep anything, so what do you mean
        # noted?" (Hannah, who said no): nothing is kept, and "noted" is only this chat.
        return _nothing_kept_line(parts)
    if not parts:
        return "I haven't noted anything about you yet. You can tell me what happened."
    while True:
        line = f"Here's what I've noted: {_listed(parts)}. If any of that is wrong, just tell me."
        if len(line) <= SMS_LIMIT or len(parts) == 1:
            return line
        parts = parts[:-1]


def _nothing_kept_line(parts: list[str]) -> str:
    kept = "Nothing is kept: you said no, so nothing from this chat is saved or seen by our team."
    if not parts:
        return f"{kept} I haven't noted anything about you in this chat either."
    while True:
        line = f"{kept} By 'noted' I only mean what I'm using in this chat to find help: "
        line += f"{_listed(parts)}."
        if len(line) <= SMS_LIMIT or len(parts) == 1:
            return line
        parts = parts[:-1]


# -- round 75, helper c75e --
# Tom: "its stalking as well as the domestic thing. both" keeps domestic abuse and adds the
# stalking to the account's facts (actions/reading.py), said back as both, not as a change.
def c75e_stalking_as_well(
    changes: Mapping[str, Any], before: Mapping[str, Any] | None
) -> str | None:
    """ "stalking as well as domestic abuse", when the stalking was put beside the crime kept."""
    details = set(changes.get("account_details") or ())
    earlier = set((before or {}).get("account_details") or ())
    kept = CRIME_WORDS.get(str((before or {}).get("crime_type")))
    if (
        "crime_type" in changes
        or "stalking_described" not in details
        or not kept
        or (before or {}).get("crime_type") == "stalking_harassment"
        or ("stalking_described" in earlier and details != earlier)
    ):
        return None
    return f"stalking as well as {kept}"


# -- end of round 75, helper c75e --


def put_right_line(changes: Mapping[str, Any], answers: Mapping[str, Any]) -> str | None:
    """ "Thank you, I've changed that: ..." for ``changes`` to ``answers``, kept plain where the
    person asked for discreet messages (None when no phrase says it)."""
    now = {**answers, **changes}
    line = changed_line(
        changes,
        about_child=bool(now.get("for_child")),
        about_others=about_them(now),
        before=answers,
    )
    return discreet(line) if line and now.get("discreet") else line


def changed_line(
    changes: Mapping[str, Any],
    about_child: bool = False,
    about_others: bool = False,
    before: Mapping[str, Any] | None = None,
) -> str | None:
    """ "Thank you, I've changed that: a robbery." after a correction, so they can see what was
    understood ("I've updated that" alone left a father asking "updated what?")."""
    # -- round 63, helper I2 --: "I was NOT hit and I was NOT hurt" (Moira) got "I've changed
    # that: you were pushed or hit (an assault)", the facts left, read as the opposite. What was
    # taken off is said as taken off.
    dropped = sorted(
        (
            {*((before or {}).get("account_details") or ())}
            - {*(changes.get("account_details") or ())}
        )
        & {"pushed_or_hit", "injured", "serious_injury", "police_officers"}  # j91d (round 91)
    )
    if dropped and "account_details" in changes:
        taken = _fact_phrases({"account_details": dropped}, about_child, about_others)
        others = {key: value for key, value in changes.items() if key != "account_details"}
        rest = _fact_phrases(others, about_child, about_others)
        if taken:
            sorry = f"Sorry, I got that wrong. I've taken it off: {_listed(taken)}."
            more = f" I've also changed: {_listed(rest)}." if rest else ""
            if "witness" in {*changes["account_details"]} - {
                *((before or {}).get("account_details") or ())
            }:
                # u86a (round 86): Olu, "no I wasn't hurt, I saw it", told it was noted.
                more += " I've noted that it happened to someone else (you saw it)."
            return sorry + more if len(sorry + more) <= SMS_LIMIT else sorry
    # -- end of round 63, helper I2 --
    taken_back = g76c_terrorism_taken_off(changes, before, about_child, about_others)
    if taken_back:
        return taken_back  # -- round 76, helper g76c -- Samira
    if set(changes) == {"under_18"} and changes["under_18"] is False:
        # -- round 76, helper g76c --: "i was NOT under 18. can u fix it" (Kieran).
        who = "your child was" if about_child else "they were" if about_others else "you were"
        return f"Thank you, I've changed that: {who} not under 18 when it happened."
    parts = _fact_phrases(changes, about_child, about_others)
    # -- round 55, helper B1 --: "what knife?? there is no knife" (Lucia): the mistake owned.
    denied = [
        detail[3:]
        for detail in changes.get("account_details") or ()
        if detail in ("no_knife", "no_gun", "no_blade", "no_weapon")
    ]
    if denied:
        others = {key: value for key, value in changes.items() if key != "account_details"}
        parts = _fact_phrases(others, about_child, about_others)
        sorry = f"Sorry, I got that wrong: no {denied[0]}."
        more = f" I've also changed: {_listed(parts)}." if parts else ""
        return sorry + more if len(sorry + more) <= SMS_LIMIT else sorry
    # -- round 69, helper p1 --: "no no. this time YES knife" (Hodan) after a wrong "no knife":
    # the weapon put back is said first.
    was_denied = [
        detail[3:]
        for detail in (before or {}).get("account_details") or ()
        if detail in ("no_knife", "no_gun", "no_blade", "no_weapon")
    ]
    if was_denied and "weapon" in (changes.get("account_details") or ()):
        parts.insert(0, f"there was a {was_denied[0]}")
    # -- end of round 69, helper p1 --
    as_well = c75e_stalking_as_well(changes, before)  # -- round 75, helper c75e --
    if as_well:
        parts.insert(0, as_well)
    # -- round 52, helper X3 --: "hes not a kid hes 22" from a father (Carl) was "it's about you".
    if changes.get("for_child") is False and (changes.get("for_someone_else") or about_others):
        parts.append("they're an adult, so the questions are about them")
    elif changes.get("for_child") is False:
        parts.append("it's about you, not a child")
    if changes.get("for_someone_else") is False:
        parts.append("it happened to you, so the questions are about you")
    elif changes.get("for_someone_else") is True and "for_child" not in changes:
        parts.insert(0, "it happened to them, not you, so the questions are about them")  # k77c
    if changes.get("repeat_victimisation") is False:
        parts.append("it happened once")
    elif "repeat_victimisation" in changes and changes["repeat_victimisation"] is None:
        parts.append("it's not known if it happened before")  # -- round 41, helper J4 --
    if changes.get("hate_motivated") is False:
        parts.append("it wasn't because of who you are")
    if changes.get("cannot_phone") is False:
        # -- round 67, helper m2 --: "I aint deaf" (Winston, 80) was given text relay only.
        parts.append(
            "they can use the phone, so I'll give ordinary phone numbers"
            if about_others or about_child
            else "you can use the phone, so I'll give ordinary phone numbers"
        )
    if changes.get("impairment") is False:
        # -- round 65, helper J2 --: "I DONT HAVE A DISABILITY" (Pete) got "I've updated that".
        parts.append(
            "your child doesn't have a health condition or disability"
            if about_child
            else "they don't have a health condition or disability"
            if about_others
            else "you don't have a health condition or disability"
        )
    if "fear_of_giving_evidence" in changes and changes["fear_of_giving_evidence"] is None:
        # -- round 63, helper i3 --: "change it to I do not know" (Josh).
        parts.append("it's not known if you'd be worried about giving evidence")
    if changes.get("fear_of_giving_evidence") is not None:
        # "i said ye to the court thing" (round 38, Leah).
        worried = changes["fear_of_giving_evidence"]
        parts.append(
            ("you'd be" if worried else "you wouldn't be") + " worried about giving evidence"
        )
    if changes.get("contact_method") in _METHOD_WORDS:
        parts.append(f"they should contact you {_METHOD_WORDS[changes['contact_method']]}")
    if changes.get("language") == "english":
        parts.append("no interpreter")  # "I dont need Gujarati interpreter" (round 32, Raj)
    if changes.get("voicemail_ok") is False:
        parts.append("they won't leave a voicemail")
    if changes.get("contact_times"):
        times = " ".join(str(changes["contact_times"]).split())
        # x86a (round 86): Pat's new days said back, not only "the times to contact you".
        parts.append(
            f"the times to contact you ({times})"
            if len(times) <= 90
            else "the times to contact you"
        )
    details = str(changes.get("contact_details") or "")
    if "@" in details and changes.get("contact_method") == "email":
        # -- round 65, helper k5 -- "no I DO want them to contact me, by email. ellie.m.harper@
        # gmail.com" (Ellie) got "by email and the number or address to use": said plainly.
        where = parts.index("they should contact you by email")
        parts[where] = "they should contact you by email, at the address you gave"
    elif "@" in details:
        parts.append("the email address to use")  # -- round 65, helper k5 --
    elif details:
        parts.append("the number or address to use")
    # -- round 65, helper k4 --: "it wasnt me that got stabbed its my bredrin" (Aaron, a witness):
    # said back, when nothing else was added to what happened.
    now_details = {*(changes.get("account_details") or ())}
    if (
        "witness" in now_details
        and now_details - {*((before or {}).get("account_details") or ())} <= {"witness"}
        and not any(_M4R67_SEEN_BY in part for part in parts)  # -- round 67, helper m4 --
    ):
        parts.insert(0, "it happened to someone else (you saw it)")
    # -- end of round 65, helper k4 --
    parts = _m4r67_who_put_right(changes, before, parts)  # -- round 67, helper m4 --
    if changes.get("relationship_to_offender") == "unknown" and (before or {}).get(
        "relationship_to_offender"
    ) not in (None, "unknown"):
        # u86a (round 86): Joyce, "it was a fake account, I don't know who", told it was changed.
        parts.append("they don't know who it was" if about_others else "you don't know who it was")
    if not parts:
        return None
    line = f"Thank you, I've changed that: {_listed(parts)}."
    if f88a_deafness_taken_off(changes, before):
        # f88a (round 88): Tasha, "why are you telling me about BSL im not deaf": our mistake.
        line = f"Sorry, my mistake. I've changed that: {_listed(parts)}."
    return line if len(line) <= SMS_LIMIT else None


def f88a_deafness_taken_off(changes: Mapping[str, Any], before: Mapping[str, Any] | None) -> bool:
    """Whether a correction takes off a deafness the bot had wrongly noted (not able to phone,
    Deaf services, a BSL interpreter)."""
    before = before or {}
    return (
        changes.get("cannot_phone") is False
        or (before.get("language") == "bsl" and changes.get("language") == "english")
        or (
            "deaf" in (before.get("community") or [])
            and "deaf" not in (changes.get("community") or ["deaf"])
        )
    )


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


_THEIR_WHO_WORDS = {
    **WHO_WORDS,
    "someone_known": "it was someone they know",
    "stranger": "it was someone they don't know",
}


def _fact_phrases(
    facts: Mapping[str, Any], about_child: bool, about_others: bool = False
) -> list[str]:
    """The facts in words, about "you", "your child" or, for another adult, "they"."""
    child = bool(about_child or facts.get("for_child"))
    them = about_others and not child
    parts: list[str] = []
    # f96b (round 96): two children's ages told ("they're 9 and 12"): both, said back.
    ages = [int(float(age)) for age in facts.get("child_ages") or ()]
    if facts.get("for_child"):
        parts.append(
            "you're telling me about your children"
            if len(ages) > 1
            else "you're telling me about your child"
        )
    crime = facts.get("crime_type")
    if crime == "assault" and "spiked" in (facts.get("account_details") or ()):
        # -- round 44, helper N5 -- "i was spiked. thats it" (Zara): in her word.
        parts.append("spiking (an assault)")
    elif crime == "online_abuse" and "intimate_images" in (facts.get("account_details") or ()):
        # -- round 45, helper P1 -- a fake nude of Hannah, 16, noted as "harm online".
        parts.append(
            "a sexual image of your child shared" if child else "a sexual image of you shared"
        )
    elif crime == "assault" and "threat_with_weapon" in (facts.get("account_details") or ()):
        parts.append("a threat with a weapon (an assault)")  # -- round 55, helper B1 -- (Kev)
    elif crime == "assault" and "weapon" in (facts.get("account_details") or ()):
        parts.append("an assault with a weapon")  # -- round 52, helper X3 -- (Hamid, a knife)
    elif crime == "stalking_harassment" and _f3_threatened_witness(facts):
        # -- round 59, helper f3 -- Sandra, threatened to scare her off giving evidence:
        # "why stalking? nobody is stalking me".
        parts.append("threats to scare you as a witness (intimidation)")
    elif crime == "human_trafficking" and "home_taken_over" in (facts.get("account_details") or ()):
        # t84c (round 84): Wayne, his "mates" in his flat using his card: not "forced work".
        parts.append("people taking over your home and your money (exploitation)")
    elif crime in CRIME_WORDS and crime != "other":
        parts.append(CRIME_WORDS[crime])
    if m4r67_saw_it_happen(facts) and parts and crime in CRIME_WORDS:
        # -- round 67, helper m4 --: Aaron, "it wasnt me that got stabbed its my bredrin".
        parts[-1] += m4r67_seen_by(child, them)
    if "needle_threat" in (facts.get("account_details") or ()):
        # -- round 68, helper n2 -- Derek: "make sure the needle is on there".
        armed = ("an assault with a weapon", "a threat with a weapon (an assault)")
        parts = [part for part in parts if part not in armed]
        parts.append(
            "a threat with a needle (an assault with a weapon)"
            if crime == "assault"
            else "a threat with a needle (a weapon)"
        )
    if "pushed_or_hit" in (facts.get("account_details") or ()) and not child and not them:
        parts.append("you were pushed or hit (an assault)")  # -- round 59, helper F2 -- (Kai)
    if "threat_to_kill" in (facts.get("account_details") or ()):
        parts.append("a threat to kill")  # -- round 52, helper X3 --
    elif "threatened" in (facts.get("account_details") or ()):
        # k77d (round 77): Frank, "you havent put that he threatened me".
        parts.append(
            "they threatened your child"
            if child
            else "they threatened them"
            if them
            else "they threatened you"
        )
    if "injured" in (facts.get("account_details") or ()) and not child and not them:
        parts.append("you were hurt")  # -- round 45, helper P2 -- "add that my eye is hurt"
    if "followed" in (facts.get("account_details") or ()):
        parts.append("they followed you")  # -- round 44, helper N5 -- (Molly, to the bus stop)
    who = facts.get("relationship_to_offender")
    said_who = m79c_killed_by_their_partner(facts, who) or _m4r67_who_words(facts, who)
    if said_who:
        parts.append(said_who)
    elif who in WHO_WORDS:
        parts.append((_THEIR_WHO_WORDS if them else WHO_WORDS)[who])
    if facts.get("repeat_victimisation") is True:
        parts.append("it has happened more than once")
    if facts.get("reported_to_police") is True and crime == "homicide":
        parts.append("the police know")  # a killing is known to them, whoever told them
    elif facts.get("reported_to_police") is True:
        parts.append("it's been reported to the police" if them else "you've told the police")
    elif facts.get("reported_to_police") is False:
        parts.append("it hasn't been reported yet" if them else "you haven't told the police yet")
    if child and len(ages) > 1:
        parts.append(f"your children are {' and '.join(str(age) for age in sorted(ages))}")
    elif facts.get("age") is not None:
        years = int(float(facts["age"]))
        parts.append(
            f"your child is {years}"
            if child
            else f"they are {years}"
            if them
            else f"you are {years}"
        )
    if facts.get("impairment") is True and "autistic" in (facts.get("community") or ()):
        # -- round 45, helper P2 -- "Please change it to autistic" (Dion): in his word.
        parts.append(
            "your child is autistic"
            if child
            else "they are autistic"
            if them
            else "you're autistic"
        )
    elif facts.get("impairment") is True:
        parts.append(
            "your child has a health condition or disability"
            if child
            else "they have a health condition or disability"
            if them
            else "you have a health condition or disability"
        )
    if facts.get("hate_motivated") is True:
        parts.append(
            "your children were targeted for who they are"
            if child and len(ages) > 1
            else "your child was targeted for who they are"
            if child
            else "they were targeted for who they are"
            if them
            else "you were targeted for who you are"
        )
    borough = facts.get("borough")
    if borough and borough != "outside_london":
        parts.append(f"the borough is {str(borough).replace('_', ' ').title()}")
    if facts.get("gender") in _GENDER_WORDS and not about_child and not about_others:
        parts.append(k78e_gender_words(facts))  # k78e (round 78)
    language = str(facts.get("language") or "")
    if language not in ("", "english", "other"):
        # "polish", typed at another question, said back so they know it was kept (round 29).
        name = "BSL" if language == "bsl" else language.title()
        parts.append(f"support in {name}, with an interpreter")
    return parts


_METHOD_WORDS = {"call": "by phone", "text": "by text", "email": "by email"}
# The room utter_referral_saved leaves for the line in one text message (a test checks it).
CONTACT_LINE_ROOM = 128


def contact_line(contact: Mapping[str, Any], room: int = CONTACT_LINE_ROOM) -> str:
    """How the support team will contact them, in their terms, so a wrong one can be put right:
    "by phone (no voicemail) on the number ending 456, at the times you gave ("evenings")"."""
    parts: list[str] = []
    method = _METHOD_WORDS.get(str(contact.get("contact_method")))
    if method:
        if contact.get("contact_method") == "call" and contact.get("voicemail_ok") is False:
            method += " (no voicemail)"
        parts.append(method)
    details = str(contact.get("contact_details") or "")
    digits = "".join(ch for ch in details if ch.isdigit())
    if "@" in details and contact.get("contact_method") == "email":
        parts.append(m79d_address_shown(details))  # m79d (round 79) -- Bernadette
    elif len(digits) >= 6 and contact.get("contact_method") != "email":
        # Enough for them to see it is the right number; not the whole number on a screen.
        # t84c (round 84): Wayne asked them to call Jo, his support worker, on her number.
        whose = f"{contact['supporter']}'s" if contact.get("supporter") else "the"
        # u86c (round 86): Femi, "this is my friend Tunde's phone, call this number".
        whose = str(contact.get("phone_owner") or whose)
        parts.append(f"on {whose} number ending {digits[-3:]}")
    elif contact.get("phone_owner") and contact.get("contact_method") in ("call", "text"):
        parts.append(f"on {contact['phone_owner']} phone")  # u86c (round 86): the number in chat
    after = ""
    if contact.get("ask_for") and contact.get("contact_method") in ("call", "text"):
        after += f", asking for {contact['ask_for']}"  # u86c (round 86): "ask for Femi"
    who = contact.get("worker_gender")
    if who in ("woman", "man"):
        after += f" (you asked for a {who})"
    language = str(contact.get("language") or "")
    if language not in ("", "english", "other"):
        # "turkish please", asked five times: they can see it was passed on.
        name = "BSL" if language == "bsl" else language.title()
        after += f", with {_article(name)} {name} interpreter"
    if contact.get("plain"):
        # n94a (round 94): Hazel, "perhaps they shouldn't say what it is about": said back.
        after += ", in plain messages"
    notes = contact.get("contact_notes") or ()
    if contact.get("contact_method") == "call" and "text_first" in notes:
        after += ", texting you first"  # q94a (round 94): Naomi, "Text me first"
    if contact.get("contact_method") == "call" and "not_withheld" in notes:
        after += ", not from a withheld number"  # q94a: "please don't withhold your number"
    times = " ".join(str(contact.get("contact_times") or "").split())
    if times and times.lower() != "any time":
        # Their own words for when, fitted so the whole confirmation stays one text message.
        gave = "at the times you gave"
        shown = room - len(" ".join([*parts, gave])) - len(after) - len(' ("")')
        number = next((part for part in parts if part.startswith("on the number")), None)
        if len(times) > shown and number and len(times) <= shown + len(number) + 1:
            # -- round 75, helper c75a --: Precious's "mon tue thurs between 10 and 4. NOT
            # evenings or weekends hes home" was cut to "...NOT evenings or we...": when they
            # must not be called is worth more than the end of the number they have just typed.
            parts.remove(number)
            shown += len(number) + 1
        times = c75a_times_fitted(times, shown)
        parts.append(f'{gave} ("{times}")' if times else gave)
    line = " ".join(parts) if parts else "the way you asked"
    return line + after


def _article(word: str) -> str:
    """ "an Arabic", "an Urdu", "a Ukrainian", "a BSL" (round 78: "with a Arabic interpreter")."""
    vowel_sound = word[:1] in "AEIO" or (word[:1] == "U" and not word.startswith(("Uk", "Uni")))
    return "an" if vowel_sound else "a"


# -- round 75, helper c75a --
# Words that limit when to call ("NOT evenings", "never weekends", "except Friday", "only
# mornings"): cutting inside them, or leaving them off, says a time is fine that is not.
_C75A_LIMITS = re.compile(
    r"\b(?:not|never|no|except|apart from|dont|don t|do not|cant|can t|cannot|wont|won t|only|"
    r"unless|but)\b",
    re.I,
)


def c75a_times_fitted(times: str, shown: int) -> str:
    """Their words for when, whole if they fit in ``shown`` characters; if not, the whole
    sentences that fit with "..." when nothing left off limits the times; otherwise nothing
    (the line then says "at the times you gave", and the support team reads them whole)."""
    if len(times) <= shown:
        return times
    if shown < 20:
        return ""
    sentences = re.findall(r"(?:[^.;!?\n]|(?<=\d)\.(?=\d))+[.;!?\n]*", times)  # not "5.30"
    kept = ""
    for at, sentence in enumerate(sentences):
        longer = (kept + sentence).strip()
        if len(longer) + 3 > shown:
            left_off = "".join(sentences[at:])
            if not kept or _C75A_LIMITS.search(left_off) or _C75A_LIMITS.search(kept):
                return ""
            return kept.strip().rstrip(".;,") + "..."
        kept += sentence
    return ""


# -- round 76, helper g76c --
# Samira, called "a terrorist" by a neighbour's son, had "a victim of terrorism" stored and asked
# three times for it to come off: the mistake is owned and what came off is said.
def g76c_terrorism_taken_off(
    changes: Mapping[str, Any],
    before: Mapping[str, Any] | None,
    about_child: bool,
    about_others: bool,
) -> str | None:
    if (before or {}).get("crime_type") != "terrorism" or changes.get("crime_type") in (
        None,
        "terrorism",
    ):
        return None
    sorry = "Sorry, I got that wrong: it is not terrorism, and I've taken that off."
    others = {key: value for key, value in changes.items() if key != "crime_type"}
    rest = _fact_phrases(others, about_child, about_others)
    more = f" I've also changed: {_listed(rest)}." if rest else ""
    return sorry + more if len(sorry + more) <= SMS_LIMIT else sorry


# end g76c


# k78e (round 78): "idk cos im a girl??" (Zoe, 14) was said back as "you're a woman": a child
# is a girl or a boy.
_GENDER_WORDS = {
    "woman": "you're a woman",
    "man": "you're a man",
    "non_binary": "you're non-binary",
}
_YOUNG_GENDER_WORDS = {"woman": "you're a girl", "man": "you're a boy"}


def k78e_gender_words(facts: Mapping[str, Any]) -> str:
    """Their gender as told back: a girl or a boy when their age now is under 18 (under_18 alone
    may be their age at the time, told by an adult)."""
    gender = str(facts.get("gender"))
    age = facts.get("age", facts.get("age_now"))
    young = isinstance(age, (int, float)) and age < 18
    return (_YOUNG_GENDER_WORDS if young else _GENDER_WORDS).get(gender, _GENDER_WORDS[gender])


# end k78e


# m79c (round 79)
# David (r79d), whose daughter Sarah was killed by her boyfriend: "He was her boyfriend at the
# time" was said back as "it was a partner or ex", which reads as David's own partner. After a
# death, the partner of the one who died is said back as theirs (the `her_partner` or
# `his_partner` detail, actions/reading.py).
_M79C_THEIR_PARTNER = {
    "her_partner": "it was her partner",
    "his_partner": "it was his partner",
}


def m79c_killed_by_their_partner(facts: Mapping[str, Any], who: Any) -> str | None:
    details = facts.get("account_details") or ()
    if who != "partner_or_ex":
        return None
    return next((words for key, words in _M79C_THEIR_PARTNER.items() if key in details), None)


# end m79c
# m79d (round 79) -- Bernadette (Deaf, referred by email): "What email address do you have for
# me?", "Read it back please" never got the address. Like the number ("ending 789"): enough to
# see it is the right one, not the whole address on a screen someone else may see.
def m79d_address_shown(address: str) -> str:
    local, _, domain = address.strip().partition("@")
    if not local or not domain or len(domain) > 30:
        return "at the address you gave"
    return f"at the address you gave ({local[:2]}...@{domain})"


# end m79d

"""Lay a person's result (``referrals.results``) out as text messages (pure).

The result fits a text message: by default at most three messages and 960 characters, read on a
phone someone else may pick up. The likely categories in one plain sentence, two or three
organisations with how to reach them, and how to get more: WHY (the reasons, with the Code's
Rights), RIGHTS (what they are likely to be entitled to) and MORE (other services). Each detail
comes only when asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from actions import account
from actions.wording import about_them
from core import code_rules, vocabulary
from core.text import SMS_LIMIT, pack
from referrals.directory import Organisation
from referrals.matching import ContactRoute, contact_routes, for_whom
from referrals.results import Result, ask_gender, more_for

SHOWN = 3  # organisations in the short result
RESULT_LIMIT = 3 * SMS_LIMIT

# Each category in plain words, for the one-sentence result.
PLAIN_CATEGORIES = {
    "most_serious_crime": "a victim of one of the most serious crimes",
    "persistently_targeted": "someone targeted again and again",
    "vulnerable": "someone who may need extra help to give their account",
    # Also said when the Code treats someone as intimidated without asking (a sexual offence,
    # domestic abuse), so it does not claim they said they were afraid.
    "intimidated": "someone who can get help to feel safe giving evidence",
}
ENHANCED_SERVICE = "the Victims' Code calls it the enhanced service"
DETAILS_HINT = (
    "Reply WHY for the reasons, RIGHTS for what you can expect, or MORE for other services."
)
DETAILS_HINT_FOR_THEM = (
    "Reply WHY for the reasons, RIGHTS for what they can expect, or MORE for other services."
)
NO_MORE = "Those are the services that fit best."


def _join(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def k1_police_did_it(answers: Mapping[str, Any]) -> bool:
    """-- round 65, helper k1 --: the person's words say police officers hurt them."""
    said = " ".join(vocabulary.plain(str(one)) for one in answers.get("said") or ())
    return account.k1_police_did_it(said)


def categories_sentence(result: Result) -> str:
    categories = result.categories
    # The police always know of a killing: a bereaved family is never told "if you report it".
    not_reported = result.answers.get("reported_to_police") is False and not (
        result.answers.get("crime_type") == "homicide" or result.answers.get("bereaved") is True
    )
    theirs = about_them(result.answers)
    # A parent is told what their child is likely to get, not "you're" (round 33, Yemi).
    child = bool(result.answers.get("for_child")) and result.answers.get("bereaved") is not True
    # -- round 39, helper H3 --: someone who saw it happen to another person (Kofi, Jamal).
    also = code_rules.also_a_victim_result(result.assessment, result.answers)
    if also:
        return _witness_sentence(also, result, not_reported, theirs, child)
    if not categories:
        when = "."
        if not_reported:
            when = " once it's reported." if theirs else " once you report it."
        to = " to your child" if child else " to them" if theirs else ""
        return (
            "From what you've told me, the standard support under the Victims' Code is likely "
            f"to apply{to}: information, support, and to be kept updated{when}"
        )
    plain = dict(PLAIN_CATEGORIES)
    if result.answers.get("bereaved") is True:
        plain["most_serious_crime"] = "the close relative of someone who died because of a crime"
    who = _join([plain[c] for c in categories])
    if child:
        start = (
            "If it's reported, your child is"
            if not_reported
            else "From what you've told me, your child is"
        )
    elif theirs:
        start = "If it's reported, they're" if not_reported else "From what you've told me, they're"
    else:
        start = "If you report it, you're" if not_reported else "From what you've told me, you're"
        if not_reported and k1_police_did_it(result.answers):
            # -- round 65, helper k1 --: Marcus, hurt by officers: "report it to who? the
            # police? thats my whole point". A complaint to the IOPC is the independent route.
            start = "If you report it or complain to the IOPC (independent of the police), you're"
    # "Enhanced service" is the Code's name, said once in passing so the person knows the words
    # if a police officer or a support worker uses them; the sentence stands without them.
    extra = f"{start} likely to be entitled to extra support ({ENHANCED_SERVICE})"
    sentence = f"{extra}, as {who}."
    if len(sentence) > SMS_LIMIT:
        sentence = f"{extra}. Reply WHY to see why."
    return sentence


# -- round 39, helper H3 --
def _witness_sentence(
    also: str, result: Result, not_reported: bool, theirs: bool, child: bool
) -> str:
    """For someone who saw it happen to another person: first that they count as a victim too
    (never that it was done to them), then the service the Code gives them."""
    first = f"From what you've told me, {also}."
    at_court = code_rules.also_a_victim_at_court(result.assessment)
    needs = result.answers.get("needs") or ()
    court = f" {at_court}" if at_court and "court" in needs else ""
    if not result.categories:
        when = "."
        if not_reported:
            when = " once it's reported." if theirs else " once you report it."
        sentence = (
            f"{first} The standard support under the Victims' Code is likely to apply: "
            f"information, support, and to be kept updated{when}"
        )
        return f"{sentence}{court}" if len(sentence + court) <= SMS_LIMIT else sentence
    who = _join([PLAIN_CATEGORIES[c] for c in result.categories])
    start = "Your child is" if child else "They're" if theirs else "You're"
    if not_reported:
        start = (
            "If it's reported, " + ("your child is" if child else "they're")
            if (child or theirs)
            else "If you report it, you're"
        )
    extra = f"{start} also likely to be entitled to extra support ({ENHANCED_SERVICE})"
    sentence = f"{first} {extra}, as {who}."
    if len(sentence) > SMS_LIMIT:
        sentence = f"{first} {extra}. Reply WHY to see why."
    return f"{sentence}{court}" if len(sentence + court) <= SMS_LIMIT else sentence


def route_text(route: ContactRoute, whole: bool = True) -> str:
    value = route.value
    if route.kind == "phone":
        return f"call {value}"
    if route.kind == "text_relay":
        return f"text relay {value}"
    if route.kind == "text":
        return value[0].lower() + value[1:]
    if route.kind == "chat":
        return f"chat at {_web(value, whole)}"
    if route.kind == "email":
        return f"email {value}"
    return _web(value, whole)


def _web(url: str, whole: bool = True) -> str:
    """A web address as people type it; the site alone where space is short."""
    address = url.removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")
    return address if whole else address.split("/", 1)[0]


def organisation_line(
    org: Organisation,
    routes: Sequence[ContactRoute] = (),
    for_whom: str | None = None,
    full: bool = False,
    ways: int = 2,
) -> str:
    """ "• Men's Advice Line (for men): call 0808 801 0327", with what it does when ``full``."""
    name = f"{org.name} ({for_whom})" if for_whom else org.name
    how = " or ".join(route_text(r, whole=full) for r in routes[:ways])
    line = f"• {name}"
    if full:
        line += f": {org.helps_with.rstrip('.')}."
        if how:
            line += f" {how[0].upper()}{how[1:]}"
            line += f" ({org.hours.rstrip('.')})." if org.hours else "."
        return line if len(line) <= SMS_LIMIT else line[: SMS_LIMIT - 1] + "…"
    return f"{line}: {how}" if how else line


def organisations_message(
    result: Result, shown: Sequence[Organisation], head: str = "Services that can help:"
) -> str:
    """The services in one text: shorter forms until it fits (who a service is for is kept
    for services for one gender), then fewer services, never fewer than two."""
    routes, labels = result.routes(), result.for_whom()
    for count in range(len(shown), 1, -1):
        for ways, all_labels in ((2, True), (2, False), (1, False)):
            lines = [
                organisation_line(
                    org,
                    routes.get(org.id, ()),
                    labels.get(org.id) if all_labels or org.is_gendered else None,
                    ways=ways,
                )
                for org in shown[:count]
            ]
            text = "\n".join([head, *lines])
            if len(text) <= SMS_LIMIT:
                return text
    return pack(
        [organisation_line(org, routes.get(org.id, ()), ways=1) for org in shown[:2]], head=head
    )[0]


def short_result(result: Result, ask_referral: bool = False) -> list[str]:
    """The result turn: the sentence, the organisations, and how to get more (ending with the
    referral question when one follows)."""
    shown = result.organisations[:SHOWN]
    messages = [categories_sentence(result), organisations_message(result, shown)]
    tail = DETAILS_HINT_FOR_THEM if about_them(result.answers) else DETAILS_HINT
    if not ask_referral:
        tail += " In an emergency call 999."
    messages.append(tail)
    return messages


def reasons_messages(result: Result) -> list[str]:
    """WHY: the reasons for each likely category, with the Code's Right."""
    return code_rules.format_reasons_message(result.assessment, result.answers)


def rights_messages(result: Result) -> list[str]:
    """RIGHTS: what they are likely to be entitled to, personalised."""
    return code_rules.format_entitlements_messages(result.entitlements)


def more_services(
    result: Result, directory: Sequence[Organisation], shown: Sequence[str] | None = None
) -> list[str]:
    """MORE: the next services that fit, with what each does and when it is open. ``shown``:
    the services the result message listed, when the answers have changed since (round 56,
    Priya: after "is it sexual assault?" changed the crime, MORE left out the sexual-violence
    services as if shown, and offered nothing)."""
    more = more_for(result.answers, (shown or result.referral_ids)[:SHOWN], directory)
    if not more:
        return [no_more(result)]
    lines = [
        organisation_line(
            org, contact_routes(org, result.answers), for_whom(result.answers, org), full=True
        )
        for org in more
    ]
    return pack(lines)


def no_more(result: Result) -> str:
    """MORE when nothing else fits: the general service already shown can tell them about
    others, by the route that suits them. It is the one in the result (London's service or the
    national Supportline), so the chat never gives a second Victim Support number."""
    general = next((org for org in result.organisations if org.general), None)
    if general is None:
        return NO_MORE
    routes = contact_routes(general, result.answers)[:2]
    how = " or ".join(route_text(route) for route in routes)
    name = general.name if general.name.startswith("The ") else f"The {general.name}"
    return f"{NO_MORE} {name} can tell you about others near you, free, any time: {how}."


# -- round 75, helper c75e --
# Chloe (r75a), spiked: after the result, "like what if something happened to me. like sexually.
# i dont know if it did" was noted as a sexual offence, but the services she had been shown
# (Redthread, the Victims' Information Line) were never given again, and MORE then left out the
# sexual violence services as if shown. When what the person tells after the result changes it,
# the result (its first line and services) is given again.
def c75e_changed_since_shown(
    result: Result, shown: Sequence[str] | None, categories: Sequence[str] | None
) -> bool:
    """Whether ``result`` differs from the one shown (its services ``shown`` and its
    ``categories``); False when nothing is known to have been shown."""
    if shown is None:
        return False
    return list(result.referral_ids[:SHOWN]) != list(shown)[:SHOWN] or sorted(
        result.categories
    ) != sorted(categories or ())


# -- end of round 75, helper c75e --


def gender_question_needed(answers: Mapping[str, Any]) -> bool:
    """Whether knowing the person's gender would change the services shown: only then is the
    question asked."""
    return answers.get("gender") is None and ask_gender(answers)

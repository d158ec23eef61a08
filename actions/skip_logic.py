"""Which questions of the needs assessment to ask, given the answers so far (pure).

Don't ask what cannot matter: a question is left out when its answer could change neither the
enhanced-service categories nor the entitlements nor the referrals, or when the Code already
decides it (a victim of a sexual offence is automatically treated as intimidated, so we do not ask
whether they are afraid of giving evidence).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from core.code_rules import derive_facts

# Persistent targeting is meaningless for a death (a relative is asked about the death).
_REPEAT_IMPLIED = {"homicide"}
_NO_KNOWN_OFFENDER_QUESTION = {"terrorism"}
# Automatically intimidated under the Youth Justice and Criminal Evidence Act 1999 s.17(4).
_AUTO_INTIMIDATED = {"sexual_offence", "human_trafficking"}
# Crimes people often tell us about years later, when "were you under 18 then?" matters.
_OFTEN_HISTORIC = {None, "sexual_offence", "domestic_abuse", "human_trafficking", "other"}
# Channels where we already know how to reach the person (their number or chat).
CHANNELS_WITH_ADDRESS = {"twilio", "sms", "telegram"}


def under_18_then_matters(answers: Mapping[str, Any]) -> bool:
    """Whether to ask an adult if they were under 18 when it happened: only where it may have
    happened long ago (the Code's enhanced service looks at the age at the time)."""
    if answers.get("within_12_months") is True:
        return False
    age = answers.get("age")
    crime = answers.get("crime_type")
    if (
        age is not None
        and float(age) >= 25
        and crime not in _OFTEN_HISTORIC
        and "as_a_child" not in (answers.get("account_details") or ())
    ):
        # A romance fraud "over a year" told by someone of 66: not something from childhood.
        return False
    details = answers.get("account_details") or ()
    if (
        age is not None
        and float(age) >= 25
        and "intimate_images" in details
        and "as_a_child" not in details
    ):
        # -- round 44, helper N7 --: "38" from a teacher whose ex has just shared her photos
        # in a group chat was asked "Were you under 18 when it happened?": the sharing is now.
        return False
    if (
        age is not None
        and float(age) >= 60
        and "as_a_child" not in (answers.get("account_details") or ())
    ):
        # "86. she lives in the care home": asked "were they under 18 when it happened?", her
        # daughter thought the age was lost. Childhood abuse told in old age is told as such.
        return False
    if answers.get("within_12_months") is False:
        return True
    return answers.get("crime_type") in _OFTEN_HISTORIC


def questions_to_ask(
    answers: Mapping[str, Any],
    skipped: Sequence[str] = (),
    channel: str | None = None,
    gender_matters: bool = False,
) -> list[str]:
    """The form's required slots for this person, in order, without the skipped ones.

    Without consent the questions go on (the answers live only in memory and the result is
    given all the same), but nothing about a referral is asked, as a referral needs storing.
    """
    # Someone in danger now gets 999 and the questions stop until they are safe
    # (actions/reading.py).
    wanted = ["consent", "in_danger"]
    crime = answers.get("crime_type")
    details = set(answers.get("account_details") or [])
    wanted.append("crime_type")
    # Only where someone may have died: never asked of the person who was attacked.
    if crime == "homicide" or "someone_died" in details:
        wanted.append("bereaved")
    wanted += ["reported_to_police", "age"]
    age = answers.get("age")
    if (age is None or age >= 18) and under_18_then_matters(answers):
        wanted.append("under_18")
    if crime not in _NO_KNOWN_OFFENDER_QUESTION:
        wanted.append("relationship_to_offender")
    # -- round 39, helper H3 --: someone who saw it happen to another person was not the one
    # targeted, so "has the same person targeted you before?" and "were you targeted because of
    # your race...?" are not for them (the rules leave both out for a witness), unless the
    # threats are now against them (witness intimidation, read as stalking or harassment).
    saw_it = (
        "witness" in details
        and crime != "stalking_harassment"
        and answers.get("bereaved") is not True
    )
    if crime not in _REPEAT_IMPLIED and not saw_it:
        wanted.append("repeat_victimisation")
    if crime != "homicide" and not saw_it:
        wanted.append("hate_motivated")
    wanted.append("impairment")
    if (
        crime not in _AUTO_INTIMIDATED
        and not derive_facts(answers).get("domestic_abuse")
        # "the man who did it got life ... he might be released on parole": no evidence to give.
        and "after_trial" not in details
    ):
        wanted.append("fear_of_giving_evidence")
    wanted += ["needs", "language", "borough"]
    if gender_matters:
        wanted.append("gender")
    if answers.get("consent") is not True:
        return _without(wanted, skipped)

    wanted.append("referral_consent")
    if answers.get("referral_consent") is True:
        wanted.append("contact_safe")
        if answers.get("contact_safe") is True:
            wanted.append("contact_method")
            method = answers.get("contact_method")
            # -- round 59, helper f3 --: Harold, 77, who chose a phone call, was asked the time
            # and about voicemail but never for his number ("07700 900789", typed unprompted
            # at the voicemail question). The number or address is asked right after how they
            # want to be contacted; and a call needs a phone number, which a Telegram chat
            # does not give.
            if (
                channel not in CHANNELS_WITH_ADDRESS
                or method == "email"
                or (method == "call" and channel in _F3_NO_PHONE_NUMBER)
            ):
                wanted.append("contact_details")
            wanted.append("contact_times")
            if method in (None, "call"):
                wanted.append("voicemail_ok")
    return _without(wanted, skipped)


# -- round 59, helper f3 --: channels that give a chat to reply in, not a number to call.
_F3_NO_PHONE_NUMBER = frozenset({"telegram"})
# -- end of round 59, helper f3 --


# The questions questions_to_ask() puts after the gender question, when it is asked.
_AFTER_GENDER = frozenset(
    {"referral_consent", "contact_safe", "contact_method", "contact_times", "voicemail_ok",
     "contact_details"}
)  # fmt: skip


def next_question(
    answers: Mapping[str, Any],
    skipped: Sequence[str] = (),
    channel: str | None = None,
    gender_matters: bool | Callable[[], bool] = False,
) -> str | None:
    """The first question still unanswered, or None when the assessment is complete.

    ``gender_matters`` may be a function: it is then called only when the question to ask
    comes after the gender question's place, as working it out runs the matching several
    times, and every question before that place is the same either way."""
    if callable(gender_matters):
        before = next_question(answers, skipped, channel, False)
        if before is not None and before not in _AFTER_GENDER:
            return before
        gender_matters = gender_matters()
    for slot in questions_to_ask(answers, skipped, channel, gender_matters):
        if answers.get(slot) is None:
            return slot
    return None


def _without(slots: list[str], skipped: Sequence[str]) -> list[str]:
    return [slot for slot in slots if slot not in skipped]

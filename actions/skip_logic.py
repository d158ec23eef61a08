"""Which questions of the needs assessment to ask, given the answers so far (pure).

Don't ask what cannot matter: a question is left out when its answer could change neither the
enhanced-service categories nor the entitlements nor the referrals, or when the Code already
decides it (a victim of a sexual offence is automatically treated as intimidated, so we do not ask
whether they are afraid of giving evidence).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from core.code_rules import derive_facts

# Someone can only be bereaved by a crime that can kill.
_CAN_BEREAVE = {
    None,
    "homicide",
    "attempted_murder",
    "serious_violence",
    "assault",
    "arson",
    "terrorism",
    "domestic_abuse",
    "other",
}
# Persistent targeting is already part of these (stalking) or meaningless (a death).
_REPEAT_IMPLIED = {"stalking_harassment", "homicide"}
_NO_KNOWN_OFFENDER_QUESTION = {"terrorism"}
# Automatically intimidated under the Youth Justice and Criminal Evidence Act 1999 s.17(4).
_AUTO_INTIMIDATED = {"sexual_offence", "human_trafficking"}
# Channels where we already know how to reach the person (their number or chat).
CHANNELS_WITH_ADDRESS = {"twilio", "sms", "telegram"}


def questions_to_ask(
    answers: Mapping[str, Any], skipped: Sequence[str] = (), channel: str | None = None
) -> list[str]:
    """The form's required slots for this person, in order, without the skipped ones."""
    wanted = ["consent"]
    if answers.get("consent") is False:
        return _without(wanted, skipped)
    wanted.append("in_danger")
    if answers.get("in_danger") is True:
        return _without(wanted, skipped)

    crime = answers.get("crime_type")
    wanted.append("crime_type")
    if crime in _CAN_BEREAVE:
        wanted.append("bereaved")
    wanted += ["reported_to_police", "under_18"]
    if crime not in _NO_KNOWN_OFFENDER_QUESTION:
        wanted.append("relationship_to_offender")
    if crime not in _REPEAT_IMPLIED:
        wanted.append("repeat_victimisation")
    if crime != "homicide":
        wanted.append("hate_motivated")
    wanted.append("impairment")
    if crime not in _AUTO_INTIMIDATED and not derive_facts(answers).get("domestic_abuse"):
        wanted.append("fear_of_giving_evidence")
    wanted += ["needs", "language", "borough", "referral_consent"]

    if answers.get("referral_consent") is True:
        wanted.append("contact_safe")
        if answers.get("contact_safe") is True:
            wanted += ["contact_method", "contact_times"]
            method = answers.get("contact_method")
            if method in (None, "call"):
                wanted.append("voicemail_ok")
            if channel not in CHANNELS_WITH_ADDRESS or method == "email":
                wanted.append("contact_details")
    return _without(wanted, skipped)


def _without(slots: list[str], skipped: Sequence[str]) -> list[str]:
    return [slot for slot in slots if slot not in skipped]

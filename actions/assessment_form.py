"""Validation of the needs-assessment form: parse each answer, re-ask once, then move on."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.parsing import (
    clean_free_text,
    is_dont_know,
    is_outside_london,
    parse_age,
    parse_contact_details,
    parse_contact_method,
    parse_yes_no,
    under_18_from,
)
from actions.skip_logic import questions_to_ask
from core import records
from core.contract import (
    COMMUNITIES,
    CRIME_TYPES,
    FORM_SLOTS,
    HATE_STRANDS,
    NEEDS,
    RELATIONSHIPS,
)

logger = logging.getLogger(__name__)

CONTACT_METHODS = {"call", "text", "email"}
REASK_RESPONSE = {
    "crime_type": "utter_reask_crime_type",
    "under_18": "utter_reask_under_18",
    "relationship_to_offender": "utter_reask_relationship_to_offender",
    "needs": "utter_reask_needs",
    "language": "utter_reask_language",
    "borough": "utter_reask_borough",
    "contact_method": "utter_reask_contact_method",
    "contact_details": "utter_reask_contact_details",
}
# What a slot becomes when the person cannot or will not answer it (None = skipped).
WHEN_UNANSWERED: dict[str, Any] = {
    "consent": False,  # no answer to the privacy notice means we keep nothing
    "relationship_to_offender": "unknown",
    "crime_type": None,
    "contact_times": "any time",
}
Slots = dict[str, Any]


def answers_from(tracker: Tracker) -> dict[str, Any]:
    return {slot: tracker.get_slot(slot) for slot in FORM_SLOTS}


def record_flag(tracker: Tracker, flag: str) -> list[str]:
    """Flag the case for the support workers' queue; returns the ``flags`` slot's new value.

    Nothing is stored for someone who has not agreed to the privacy notice.
    """
    if tracker.get_slot("consent") is True:
        records.raise_flag(
            records.open_db(), tracker.sender_id, flag, tracker.get_latest_input_channel()
        )
    flags = list(tracker.get_slot("flags") or [])
    return flags if flag in flags else [*flags, flag]


class ValidateNeedsAssessmentForm(FormValidationAction):
    def name(self) -> str:
        return "validate_needs_assessment_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        return questions_to_ask(
            answers_from(tracker),
            skipped=tracker.get_slot("skipped_slots") or [],
            channel=tracker.get_latest_input_channel(),
        )

    # -- helpers shared by the validators ------------------------------------------------------

    def _answering(self, tracker: Tracker, slot: str) -> bool:
        return tracker.get_slot("requested_slot") == slot

    def _declined(self, tracker: Tracker, slot: str) -> bool:
        message = tracker.latest_message or {}
        intent = (message.get("intent") or {}).get("name")
        return self._answering(tracker, slot) and (
            intent == "dont_know" or is_dont_know(message.get("text"))
        )

    def _unanswered(self, slot: str, tracker: Tracker) -> Slots:
        value = WHEN_UNANSWERED.get(slot)
        if value is not None:
            return {slot: value}
        skipped = list(tracker.get_slot("skipped_slots") or [])
        if slot not in skipped:
            skipped.append(slot)
        return {slot: None, "skipped_slots": skipped}

    def _not_understood(
        self, slot: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Slots:
        """Re-ask once with examples; the second time, move on without an answer."""
        if not self._answering(tracker, slot):
            # Picked up in passing (an entity in another answer) and not usable: ignore it.
            return {slot: None}
        reasked = list(tracker.get_slot("reasked_slots") or [])
        if slot not in reasked:
            dispatcher.utter_message(response=REASK_RESPONSE.get(slot, "utter_reask_yes_no"))
            return {slot: None, "reasked_slots": [*reasked, slot]}
        dispatcher.utter_message(response="utter_moving_on")
        return self._unanswered(slot, tracker)

    def _yes_no(
        self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Slots:
        if self._declined(tracker, slot):
            return self._unanswered(slot, tracker)
        answer = value if isinstance(value, bool) else parse_yes_no(str(value))
        if answer is None:
            return self._not_understood(slot, dispatcher, tracker)
        return {slot: answer}

    # -- one validator per question ------------------------------------------------------------

    def validate_consent(self, value: Any, dispatcher, tracker, domain) -> Slots:
        return self._yes_no("consent", value, dispatcher, tracker)

    def validate_in_danger(self, value: Any, dispatcher, tracker, domain) -> Slots:
        if self._declined(tracker, "in_danger"):
            # Unsure means we say how to get help now, then carry on gently.
            dispatcher.utter_message(response="utter_emergency")
            return self._unanswered("in_danger", tracker)
        result = self._yes_no("in_danger", value, dispatcher, tracker)
        if result.get("in_danger") is True:
            dispatcher.utter_message(response="utter_emergency")
            result["flags"] = record_flag(tracker, "in_danger")
        return result

    def validate_crime_type(self, value: Any, dispatcher, tracker, domain) -> Slots:
        if self._declined(tracker, "crime_type"):
            return self._unanswered("crime_type", tracker)
        if isinstance(value, str) and value in CRIME_TYPES:
            return {"crime_type": value}
        return self._not_understood_crime(dispatcher, tracker)

    def _not_understood_crime(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Slots:
        result = self._not_understood("crime_type", dispatcher, tracker)
        if "skipped_slots" in result and self._answering(tracker, "crime_type"):
            # They told us something we could not place: it still happened to them.
            return {"crime_type": "other"}
        return result

    def validate_bereaved(self, value: Any, dispatcher, tracker, domain) -> Slots:
        return self._yes_no("bereaved", value, dispatcher, tracker)

    def validate_reported_to_police(self, value: Any, dispatcher, tracker, domain) -> Slots:
        return self._yes_no("reported_to_police", value, dispatcher, tracker)

    def validate_under_18(self, value: Any, dispatcher, tracker, domain) -> Slots:
        if self._declined(tracker, "under_18"):
            return self._unanswered("under_18", tracker)
        answer = under_18_from(value)
        if answer is None:
            return self._not_understood("under_18", dispatcher, tracker)
        result: Slots = {"under_18": answer}
        age = parse_age(str(value)) if not isinstance(value, bool) else None
        if age is not None:
            result["age"] = float(age)
        return result

    def validate_relationship_to_offender(self, value: Any, dispatcher, tracker, domain) -> Slots:
        if self._declined(tracker, "relationship_to_offender"):
            return {"relationship_to_offender": "unknown"}
        if value in RELATIONSHIPS:
            return {"relationship_to_offender": value}
        if (
            self._answering(tracker, "relationship_to_offender")
            and parse_yes_no(str(value)) is False
        ):
            return {"relationship_to_offender": "stranger"}
        return self._not_understood("relationship_to_offender", dispatcher, tracker)

    def validate_repeat_victimisation(self, value: Any, dispatcher, tracker, domain) -> Slots:
        return self._yes_no("repeat_victimisation", value, dispatcher, tracker)

    def validate_hate_motivated(self, value: Any, dispatcher, tracker, domain) -> Slots:
        if value in HATE_STRANDS or value in COMMUNITIES:
            # A reason named in the answer ("cos im gay") or in passing is a yes.
            return {"hate_motivated": True}
        return self._yes_no("hate_motivated", value, dispatcher, tracker)

    def validate_impairment(self, value: Any, dispatcher, tracker, domain) -> Slots:
        return self._yes_no("impairment", value, dispatcher, tracker)

    def validate_fear_of_giving_evidence(self, value: Any, dispatcher, tracker, domain) -> Slots:
        return self._yes_no("fear_of_giving_evidence", value, dispatcher, tracker)

    def validate_needs(self, value: Any, dispatcher, tracker, domain) -> Slots:
        if self._declined(tracker, "needs"):
            return {"needs": []}
        values = value if isinstance(value, list) else [value]
        needs = [v for v in values if v in NEEDS]
        if needs:
            return {"needs": list(dict.fromkeys(needs))}
        result = self._not_understood("needs", dispatcher, tracker)
        if "skipped_slots" in result:
            return {"needs": []}
        return result

    def validate_language(self, value: Any, dispatcher, tracker, domain) -> Slots:
        if self._declined(tracker, "language"):
            return self._unanswered("language", tracker)
        message = tracker.latest_message or {}
        languages = [
            e.get("value") for e in message.get("entities", []) if e.get("entity") == "language"
        ]
        if languages:
            return {"language": str(languages[-1]).lower()}
        if isinstance(value, str) and value.lower() == "english":
            return {"language": "english"}
        if self._answering(tracker, "language") and parse_yes_no(str(value)) is not None:
            # "yes"/"no" to "which language?" most often means English is fine.
            return {"language": "english"}
        return self._not_understood("language", dispatcher, tracker)

    def validate_borough(self, value: Any, dispatcher, tracker, domain) -> Slots:
        if self._declined(tracker, "borough"):
            return self._unanswered("borough", tracker)
        boroughs = domain.get("slots", {}).get("borough", {}).get("values", [])
        if isinstance(value, str) and value.lower() in boroughs:
            return {"borough": value.lower()}
        if is_outside_london(str(value)):
            return {"borough": "outside_london"}
        return self._not_understood("borough", dispatcher, tracker)

    def validate_referral_consent(self, value: Any, dispatcher, tracker, domain) -> Slots:
        return self._yes_no("referral_consent", value, dispatcher, tracker)

    def validate_contact_safe(self, value: Any, dispatcher, tracker, domain) -> Slots:
        return self._yes_no("contact_safe", value, dispatcher, tracker)

    def validate_contact_method(self, value: Any, dispatcher, tracker, domain) -> Slots:
        if self._declined(tracker, "contact_method"):
            return self._unanswered("contact_method", tracker)
        method = value if value in CONTACT_METHODS else parse_contact_method(str(value))
        if method is None:
            return self._not_understood("contact_method", dispatcher, tracker)
        return {"contact_method": method}

    def validate_contact_times(self, value: Any, dispatcher, tracker, domain) -> Slots:
        if self._declined(tracker, "contact_times"):
            return {"contact_times": "any time"}
        times = clean_free_text(str(value))
        return {"contact_times": times} if times else self._unanswered("contact_times", tracker)

    def validate_voicemail_ok(self, value: Any, dispatcher, tracker, domain) -> Slots:
        return self._yes_no("voicemail_ok", value, dispatcher, tracker)

    def validate_contact_details(self, value: Any, dispatcher, tracker, domain) -> Slots:
        if self._declined(tracker, "contact_details"):
            return self._unanswered("contact_details", tracker)
        details = parse_contact_details(str(value))
        if details is None:
            return self._not_understood("contact_details", dispatcher, tracker)
        return {"contact_details": details}

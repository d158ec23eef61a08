"""The custom actions around the form: opening, results, interruptions, handoff and erasure.

Each action is thin: the decisions are in pure modules (``code_rules``, ``results``,
``skip_logic``, ``records``) that the unit tests exercise directly.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, ActiveLoop, ConversationPaused, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.assessment_form import answers_from, record_flag
from actions.results import result_messages
from core import records
from referrals.directory import Organisation, load_directory
from referrals.results import Result, build_result

logger = logging.getLogger(__name__)


@cache
def directory() -> tuple[Organisation, ...]:
    # Loaded once per action-server process; operators restart it after editing the file.
    return tuple(load_directory())


def _consented(tracker: Tracker) -> bool:
    return tracker.get_slot("consent") is True


def _stop_form(tracker: Tracker) -> list[EventType]:
    events: list[EventType] = [SlotSet("requested_slot", None)]
    if tracker.active_loop_name:
        events.insert(0, ActiveLoop(None))
    return events


def _flag(tracker: Tracker, flag: str) -> list[EventType]:
    return [SlotSet("flags", record_flag(tracker, flag))]


def _result(tracker: Tracker) -> Result:
    return build_result(answers_from(tracker), directory())


def _save(tracker: Tracker, result: Result) -> str:
    contact = {
        key: tracker.get_slot(key)
        for key in (
            "referral_consent",
            "contact_safe",
            "contact_method",
            "contact_times",
            "voicemail_ok",
            "contact_details",
        )
    }
    answers: dict[str, Any] = answers_from(tracker)
    for key in ("age", "hate_strand", "community", "skipped_slots"):
        answers[key] = tracker.get_slot(key)
    return records.save_case(
        records.open_db(),
        sender_id=tracker.sender_id,
        channel=tracker.get_latest_input_channel(),
        answers=answers,
        categories=result.categories,
        reasons=result.reasons(),
        referrals=result.referral_ids,
        contact=contact,
        case_reference=tracker.get_slot("case_reference"),
    )


class ActionAskConsent(Action):
    """Who we are, the privacy notice, then the consent question."""

    def name(self) -> str:
        return "action_ask_consent"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if "consent" not in (tracker.get_slot("reasked_slots") or []):
            dispatcher.utter_message(response="utter_intro")
            dispatcher.utter_message(response="utter_privacy")
        dispatcher.utter_message(response="utter_ask_consent")
        return []


class ActionAskReferralConsent(Action):
    """Give the result of the assessment, then ask whether to refer."""

    def name(self) -> str:
        return "action_ask_referral_consent"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events: list[EventType] = []
        if not tracker.get_slot("results_shown"):
            result = _result(tracker)
            for text in result_messages(result):
                dispatcher.utter_message(text=text)
            reference = _save(tracker, result) if _consented(tracker) else None
            events += [
                SlotSet("enhanced_categories", result.categories),
                SlotSet("referrals", result.referral_ids),
                SlotSet("results_shown", True),
            ]
            if reference:
                events.append(SlotSet("case_reference", reference))
        dispatcher.utter_message(response="utter_ask_referral_consent")
        return events


class ActionFinishAssessment(Action):
    """Runs when the form ends, whatever ended it."""

    def name(self) -> str:
        return "action_finish_assessment"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if tracker.get_slot("consent") is False:
            dispatcher.utter_message(response="utter_no_consent")
            return []
        if tracker.get_slot("in_danger") is True:
            dispatcher.utter_message(response="utter_when_safe")
            return []
        if tracker.get_slot("assessment_done"):
            dispatcher.utter_message(response="utter_already_done")
            return []

        result = _result(tracker)
        events: list[EventType] = [
            SlotSet("enhanced_categories", result.categories),
            SlotSet("referrals", result.referral_ids),
            SlotSet("assessment_done", True),
        ]
        if not tracker.get_slot("results_shown"):
            for text in result_messages(result):
                dispatcher.utter_message(text=text)
            events.append(SlotSet("results_shown", True))
        reference = _save(tracker, result)
        events.append(SlotSet("case_reference", reference))

        if tracker.get_slot("referral_consent") is True and tracker.get_slot("contact_safe"):
            dispatcher.utter_message(response="utter_referral_saved", case_reference=reference)
        else:
            if tracker.get_slot("referral_consent") is True:
                dispatcher.utter_message(response="utter_no_contact")
            else:
                dispatcher.utter_message(response="utter_no_referral")
            dispatcher.utter_message(response="utter_assessment_kept", case_reference=reference)
        dispatcher.utter_message(response="utter_ask_more")
        return events


class ActionResumeAssessment(Action):
    """Before the form starts again: re-ask safety, and consent if it was refused."""

    def name(self) -> str:
        return "action_resume_assessment"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if tracker.get_slot("assessment_done"):
            return []
        events: list[EventType] = [SlotSet("reasked_slots", [])]
        if tracker.get_slot("consent") is False:
            events.append(SlotSet("consent", None))
        if tracker.get_slot("in_danger") is not False:
            # Whoever comes back after danger is asked again whether they are safe now.
            events.append(SlotSet("in_danger", None))
        return events


class ActionDangerInterrupt(Action):
    def name(self) -> str:
        return "action_danger_interrupt"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_emergency")
        dispatcher.utter_message(response="utter_when_safe")
        return [*_stop_form(tracker), SlotSet("in_danger", True), *_flag(tracker, "in_danger")]


class ActionSelfHarmInterrupt(Action):
    def name(self) -> str:
        return "action_self_harm_interrupt"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_self_harm")
        dispatcher.utter_message(response="utter_when_ready")
        # Whoever comes back after this is asked again whether they are safe right now.
        return [*_stop_form(tracker), SlotSet("in_danger", None), *_flag(tracker, "self_harm")]


class ActionHandoff(Action):
    """Pause the bot so a support worker can take over the conversation."""

    def name(self) -> str:
        return "action_handoff"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if not _consented(tracker):
            # Without consent nothing is kept, so no worker could see this conversation.
            dispatcher.utter_message(response="utter_handoff_no_consent")
            return _stop_form(tracker)
        dispatcher.utter_message(response="utter_handoff")
        # Rasa stops predicting as soon as the conversation is paused, before it would log
        # action_listen; without it the danger rule could not match a later "he's here".
        return [
            *_stop_form(tracker),
            *_flag(tracker, "human"),
            ConversationPaused(),
            ActionExecuted("action_listen"),
        ]


class ActionStop(Action):
    def name(self) -> str:
        return "action_stop"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        dispatcher.utter_message(response="utter_goodbye" if intent == "goodbye" else "utter_stop")
        return _stop_form(tracker)


class ActionConfirmDelete(Action):
    def name(self) -> str:
        return "action_confirm_delete"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_confirm_delete")
        return _stop_form(tracker)


class ActionDeleteMyData(Action):
    """Erase our records now; the tracker store erases the conversation when it sees the slot."""

    def name(self) -> str:
        return "action_delete_my_data"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        counts = records.erase(records.open_db(), tracker.sender_id)
        logger.info("Erased records at the person's request: %s", counts)
        dispatcher.utter_message(response="utter_deleted")
        return [SlotSet("data_erased", True)]

"""The custom actions around the form: opening, results, interruptions, handoff and erasure.

Each action is thin: the decisions are in pure modules (``reading``, ``skip_logic``,
``results``, ``core.code_rules``, ``referrals``) that the unit tests exercise directly.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import (
    answer_facts,
    echo_complaints,
    law_answers,
    questions,
    reading,
    service_answers,
    topics,
    wording,
)
from actions.account import n4_partner_named_only, read_account
from actions.answers import (
    contact_said,
    j5_friends_phone,
    j5_reply_times,
    j91b_ok_then_asks_or_carries_on,
    read_answer,
    read_crime_type,
    t84b_yes_unless_police_told,
    yes_no,
)
from actions.assessment_form import (
    EXTRA_SLOTS,
    G76C_FACTS_PUT_RIGHT,
    OFFER_ENDS,
    answers_from,
    b75a_consent_line,
    b75a_reopened_by_consent,
    c75a_no_texts_noted,
    contact_asks,
    first_question_waits,
    record_flag,
    s83e_person_asked,  # s83e (round 83)
    said_before,
    said_twice,
    say,
    turn_from,
)
from actions.results import (
    c75e_changed_since_shown,
    more_services,
    no_more,
    reasons_messages,
    rights_messages,
    route_text,
    short_result,
)
from bot import risk_words
from bot.keywords import control_intent, n5_asks_something
from bot.risk_words import mentions_self_harm, takes_back_self_harm
from core import contact_notes, records
from core.contract import FORM_SLOTS, REFERRAL_SLOTS
from core.person_request import (
    asks_for_a_call,
    asks_for_person,
    asks_if_the_person_still_replies,  # s83e (round 83)
)
from core.privacy_question import h90c_image_takedown
from core.second_contact import (  # s83e (round 83)
    SecondNumber,
    asks_about_a_second_number,
    borrowed_phone,  # u86c (round 86)
    g89c_own_phone,  # g89c (round 89)
    g89f_own_name_said,  # g89f (round 89)
    n94f_says_number_is_own,  # n94f (round 94)
    second_number_given,
    second_number_said,
    supporter_to_contact,  # t84c (round 84)
    supporter_too,  # u86c (round 86)
    supporter_too_said,  # u86c (round 86)
)
from core.text import SMS_LIMIT
from core.vocabulary import plain
from referrals.directory import Organisation, turned_down
from referrals.matching import contact_routes, default_directory
from referrals.results import Result, build_result

logger = logging.getLogger(__name__)

# Metadata the review app puts on a support worker's message (review/conversations.py).
WORKER_KEY = "review_worker"
# While a worker is answering, the bot stays quiet unless they have been silent this long.
WORKER_QUIET_SECONDS = 10 * 60


def directory() -> tuple[Organisation, ...]:
    return default_directory()


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


def _save(tracker: Tracker, result: Result, changed: Mapping[str, Any] | None = None) -> str:
    """The case as the slots hold it, with ``changed`` (slots this action sets) over them."""
    changed = changed or {}
    contact = {key: changed.get(key, tracker.get_slot(key)) for key in REFERRAL_SLOTS}
    answers: dict[str, Any] = {**answers_from(tracker), **changed}
    answers.pop("safety_check", None)
    answers.pop("said", None)  # the person's messages are the transcript's, not the case's
    answers["skipped_slots"] = tracker.get_slot("skipped_slots")
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


def _result_events(result: Result) -> list[EventType]:
    return [
        SlotSet("enhanced_categories", result.categories),
        SlotSet("referrals", result.referral_ids),
        SlotSet("results_shown", True),
    ]


def _send(dispatcher: CollectingDispatcher, texts: list[str], kind: str, tracker: Tracker) -> None:
    quiet = bool(tracker.get_slot("discreet"))
    for text in texts:
        dispatcher.utter_message(text=wording.discreet(text) if quiet else text, utter_action=kind)


def _welcome(text: str) -> str:
    """A first message that tells of a death or a crime is met with sympathy, not "Hello"."""
    account = read_account(text)
    if account.crime_type == "homicide" or account.bereaved:
        return "utter_intro_loss"
    # -- round 68, helper n4 --: "It's about my wife" (John, whose wife hits him): not yet "them".
    if account.for_someone_else and not n4_partner_named_only(text):
        return "utter_intro_for_them"
    # -- round 73, helper z73d --: "hello. I am deaf ... I cant phone" (Kyle): the first 999
    # line carries the ways without a call.
    cannot_phone = (
        account.cannot_phone and bool(re.search(r"\b(?:i|im|i m|me)\b", plain(text)))
    ) or reading.z73d_hard_to_hear_on_phone(text)
    if account.crime_type is not None:
        return "utter_z73d_intro_sorry_cannot_phone" if cannot_phone else "utter_intro_sorry"
    return "utter_z73d_intro_cannot_phone" if cannot_phone else "utter_intro"


class ActionAskConsent(Action):
    """Who we are, the privacy notice, then the consent question."""

    def name(self) -> str:
        return "action_ask_consent"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if not reading.ask_counts(_sent(tracker)).get("consent"):
            welcome = _welcome(str(tracker.latest_message.get("text") or ""))
            dispatcher.utter_message(response=welcome)
            dispatcher.utter_message(response="utter_privacy")
            if welcome.endswith("_cannot_phone") and not tracker.get_slot("cannot_phone"):
                # -- round 73, helper z73d --: what follows fits someone who cannot phone.
                dispatcher.utter_message(response="utter_ask_consent")
                return [SlotSet("cannot_phone", True)]
        elif reading.ask_counts(_sent(tracker)).get("consent", 0) >= reading.MAX_ASKS:
            # Asked twice, with their questions about it in between: a short reminder, not the
            # question a third time.
            dispatcher.utter_message(response="utter_remind_consent")
            return []
        dispatcher.utter_message(response="utter_ask_consent")
        return []


class ActionAskInDanger(Action):
    """Are you in danger right now? Worded for a safety check after a crisis message."""

    def name(self) -> str:
        return "action_ask_in_danger"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        # The domain words it by the slot ``safety_check``, read before it is cleared here.
        dispatcher.utter_message(response="utter_ask_in_danger")
        return [SlotSet("safety_check", None)] if tracker.get_slot("safety_check") else []


class ActionAskReferralConsent(Action):
    """Give the result of the assessment, then ask whether to refer."""

    def name(self) -> str:
        return "action_ask_referral_consent"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events: list[EventType] = []
        hint = ""
        if tracker.get_slot("results_shown") and reading.ask_counts(_sent(tracker)).get(
            "referral_consent"
        ):
            # Questions, WHY, RIGHTS and MORE never close the referral: it waits for a yes or
            # no. The reminder is capped so it does not nag; a turn is never left silent.
            reminded = _sent(tracker).count("utter_referral_reminder")
            if (
                reminded < reading.MAX_REMINDERS
                or not _sent_this_turn(tracker)
                or _came_back(tracker)
            ):
                # "carry on" after waiting for a person is answered with the question it
                # comes back to, never only "OK, back to the questions."
                dispatcher.utter_message(response="utter_referral_reminder")
            return events
        if not tracker.get_slot("results_shown"):
            result = _result(tracker)
            *shown, hint = short_result(result, ask_referral=True)
            _send(dispatcher, shown, "utter_result", tracker)
            events += _result_events(result)
            events.append(SlotSet("case_reference", _save(tracker, result)))
        dispatcher.utter_message(
            response="utter_ask_referral_consent", hint=f"{hint} " if hint else ""
        )
        return events


class _ActionAskContact(Action):
    """A contact question; asked again after the person's question or WHY, it is a short
    reminder rather than the whole question a third time."""

    slot = ""
    reminder = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if contact_asks(tracker).get(self.slot, 0) >= reading.MAX_ASKS_WITH_INTERRUPTIONS:
            dispatcher.utter_message(response=self.reminder)
        else:
            dispatcher.utter_message(response=f"utter_ask_{self.slot}")
        return []


class ActionAskContactSafe(_ActionAskContact):
    slot, reminder = "contact_safe", "utter_remind_contact_safe"


class ActionAskContactMethod(_ActionAskContact):
    slot, reminder = "contact_method", "utter_remind_contact_method"


class ActionAskContactTimes(_ActionAskContact):
    slot, reminder = "contact_times", "utter_remind_contact_times"


class ActionAskVoicemailOk(_ActionAskContact):
    slot, reminder = "voicemail_ok", "utter_remind_voicemail_ok"


class ActionAskContactDetails(_ActionAskContact):
    slot, reminder = "contact_details", "utter_remind_contact_details"


class ActionFinishAssessment(Action):
    """Runs when the form ends, whatever ended it."""

    def name(self) -> str:
        return "action_finish_assessment"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if _paused_for_safety(tracker):
            return []  # the form stopped for someone in danger: nothing until they are safe
        if tracker.get_slot("assessment_done"):
            text = str(tracker.latest_message.get("text") or "")
            after = _f5_after_result(dispatcher, tracker, text)
            if after is not None:
                return after
            # A question after the result ("do I have to go to the police first?") deserves
            # better than "we've been through your questions".
            if questions.mentions_injury(text):
                # -- round 56, helper D6 --: "Imran has a cut on his arm, it is swollen. Should
                # he see a doctor?" after the result got the head-injury lines ("His arm, not
                # head"): the answer to what they said, as during the questions, first.
                known = _known_answer(tracker, text)
                if known is not None and known.response not in _sent(tracker):
                    say(dispatcher, known)
                    return []
                already = "utter_injury"
            elif questions.is_question(text):
                # -- round 56, helper D1 --: a correction beside the question is taken at once.
                put_right = reading.d1_correction_said_outright(
                    text, answers_from(tracker)
                ) or g76c_facts_said(tracker, text)  # -- round 76, helper g76c --
                if put_right:
                    return [
                        *_reopen(dispatcher, put_right, tracker),
                        FollowupAction("needs_assessment_form"),
                    ]
                _cannot_answer(dispatcher, tracker, text)
                return []
            else:
                # -- round 39, helper F7 --: "I do not have a crime number. Nobody gave me one"
                # (Bernard, 81, after the result) got "I can't do more with that here": what
                # the bot can say to it, unless it has said it already.
                changed = z73d_contact_changed(dispatcher, tracker, text)
                if changed is not None:
                    return changed  # -- round 73, helper z73d -- "change contact to email"
                changed = n103c_times_put_right(dispatcher, tracker, text)
                if changed is not None:
                    return changed  # n103c (round 103): "It still says 'between ten'" (Bea)
                known = _known_answer(tracker, text)
                if known is None and topics.asks_without_a_mark(text):
                    # k78d (round 78): "i mean can i choose where they talk to me. not at home"
                    # (Nadia) asks without a mark: the topic's answer, not "I can't do more".
                    known = topics.topic_answer(
                        text, answers_from(tracker), said_before(tracker), said_twice(tracker)
                    )
                if known is not None and known.response not in _sent(tracker):
                    # m79e (round 79): a second question of round 79 beside it answered too.
                    known = topics.m79e_also_asked(
                        known, text, answers_from(tracker), said_before(tracker)
                    )
                    say(dispatcher, known)
                    return []
                already = "utter_already_done"
            dispatcher.utter_message(response=already)
            return []

        result = _result(tracker)
        events: list[EventType] = [*_result_events(result), SlotSet("assessment_done", True)]
        if not tracker.get_slot("results_shown") or c75e_changed_since_shown(
            result, tracker.get_slot("referrals"), tracker.get_slot("enhanced_categories")
        ):  # -- round 75, helper c75e --: a result changed since it was shown is given again
            messages = short_result(result)
            if not _consented(tracker):
                messages[-1] += " I haven't kept anything from this chat."
            _send(dispatcher, messages, "utter_result", tracker)
        if not _consented(tracker):
            return events
        reference = _save(tracker, result)
        events.append(SlotSet("case_reference", reference))
        if j91c_no_address_yet(tracker):
            # j91c (round 91): by email, with no address, nobody can reach them: said so.
            dispatcher.utter_message(response="utter_j91c_no_address_yet", case_reference=reference)
        elif tracker.get_slot("referral_consent") is True and tracker.get_slot("contact_safe"):
            dispatcher.utter_message(
                response="utter_referral_saved",
                case_reference=reference,
                contact_how=wording.contact_line(
                    {
                        key: tracker.get_slot(key)
                        for key in (*REFERRAL_SLOTS, "worker_gender", "language")
                    }
                    | t84c_supporter(tracker)  # t84c (round 84): Wayne's Jo
                    | u86c_borrowed_phone(tracker)  # u86c (round 86): Femi, on Tunde's phone
                    | g89f_own_name_asked_for(tracker)  # g89f (round 89): Winston, not "Is"
                    | n94a_plain_asked(tracker)  # n94a (round 94): Hazel's plain messages
                    | q94a_call_notes(tracker)  # q94a (round 94): Naomi's "Text me first"
                ),
            )
            if not u86e_chosen_service_said_back(dispatcher, tracker, result):  # u86e (round 86)
                z73d_named_service(dispatcher, tracker, result)  # -- round 73, helper z73d --
            m79d_notes_said_back(dispatcher, tracker)  # m79d (round 79)
            u86c_notes_said_back(dispatcher, tracker)  # u86c (round 86): Stanley, Wayne
            s83e_second_number_said_back(dispatcher, tracker)  # s83e (round 83)
        elif (
            tracker.get_slot("referral_consent") is True
            and tracker.get_slot("contact_safe") is None
        ):
            # -- round 60, helper G5 --: Derek agreed to a referral, his "i live on my own, only
            # the cat sees my phone" was not understood and skipped, and he was told "OK, nobody
            # will contact you". A skip is not a no: the referral is left open, and said so.
            dispatcher.utter_message(
                response="utter_g5_contact_safe_left_open", case_reference=reference
            )
        elif tracker.get_slot("referral_consent") is True:
            dispatcher.utter_message(response="utter_no_contact", case_reference=reference)
        elif tracker.get_slot("discreet") and tracker.get_slot("referral_consent") is False:
            # "no not safe. they check the phone": nobody will contact them, and how to clear
            # this chat from a phone someone checks.
            dispatcher.utter_message(response="utter_no_contact", case_reference=reference)
        elif "referral_consent" in (tracker.get_slot("skipped_slots") or []):
            dispatcher.utter_message(response="utter_referral_left_open", case_reference=reference)
        else:
            dispatcher.utter_message(response="utter_no_referral", case_reference=reference)
        return events


def j91c_no_address_yet(tracker: Tracker) -> bool:
    """Referred by email with no email address (Sunita, round 91: "i dont have new email yet")."""
    return (
        tracker.get_slot("referral_consent") is True
        and bool(tracker.get_slot("contact_safe"))
        and tracker.get_slot("contact_method") == "email"
        and "@" not in str(tracker.get_slot("contact_details") or "")
    )


class ActionShowDetails(Action):
    """WHY, RIGHTS and MORE: the details of a result, only when asked for."""

    def name(self) -> str:
        return "action_show_details"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        answers = answers_from(tracker)
        if intent == "show_reasons" and not tracker.get_slot("results_shown"):
            dispatcher.utter_message(response="utter_why_we_ask")
            return []
        text = str(tracker.latest_message.get("text") or "")
        if (
            intent == "show_reasons"
            # -- round 75, helper c75c --: or once the result is shown, while the referral
            # question waits ("But what about my children, you have not said anything for
            # children", Aisha, got the reasons of her result).
            and (tracker.get_slot("assessment_done") or tracker.get_slot("results_shown"))
            and not asks_for_the_reasons(text)
        ):
            # "also the feds that searched me didnt even say why. is that allowed" (round 48,
            # Musa), "why do u keep saying revenge porn helpline??" (Harry): the classifier
            # hears WHY in any "why"; a question or complaint is handled as one, not with the
            # reasons of the result.
            return ActionOutsideQuestions().run(dispatcher, tracker, domain)
        if (
            intent == "show_rights"
            and not _DETAILS_WORD.match(text)
            and questions.l4_right_not_rights(text)
        ):
            # -- round 66, helper l4 --: "what if he kicks off again tonight, i cant exactly ring
            # 999 with him right there" (Sophie) got the list of rights: "right there", "all
            # right", "that's right" are not RIGHTS; the message is answered as a question.
            return ActionOutsideQuestions().run(dispatcher, tracker, domain)
        # -- end of round 66, helper l4 --
        if not _DETAILS_WORD.match(text) and (
            questions.f4_asks_what_if_they_come(text)
            # -- round 43, helper M3 --: "Will it be the stalking service that calls me or someone
            # else?" (Claire, just referred), taken for MORE: who will contact her.
            or questions.asks_which_service_will_contact(text)
            # -- round 41, helper J8 --: "can the council move me somewhere else?" (racist
            # neighbour), taken for MORE: the answer about a move, not more services.
            or questions.asks_if_the_council_can_move_them(text)
            # -- round 65, helper j4 --: "What have you written down about me?" (Mairead, at the
            # referral question), taken for WHY ("about me"): what is noted, read back.
            or questions.f5_asks_what_was_noted(text)
        ):
            # -- round 39, helper F4 -- "ok np. what if he turns up again tonight what do i do"
            # (Grace), taken for RIGHTS: what to do if they come, not the list of rights.
            known = _known_answer(tracker, text)
            if known is not None:
                say(dispatcher, known)
                return []
        # -- round 50, helper U3 --: once the services are shown (Jordan never chose a kind of
        # crime), MORE, WHY and RIGHTS, which the bot itself offered, give the details.
        if answers.get("crime_type") is None and not tracker.get_slot("results_shown"):
            dispatcher.utter_message(response="utter_details_later")
            return []
        result = g76c_result_put_right(tracker, text)  # -- round 76, helper g76c --
        if intent == "show_reasons":
            texts = reasons_messages(result)
        elif intent == "show_rights":
            texts = rights_messages(result)
        else:
            # -- round 56, helper D6 --: leave out the services the result listed, not those
            # at the top now (a corrected crime changes them).
            texts = more_services(result, directory(), tracker.get_slot("referrals"))
            # s83f (round 83): "MORE. is there any one for asian women who speak urdu?"
            # (Fatima), when nothing more fits: said honestly, with what the helpline can do.
            honest = (
                service_answers.s83f_none_for_their_community(text, answers)
                if texts == [no_more(result)]
                else None
            )
            if honest is not None:
                dispatcher.utter_message(response=honest)
                texts = []
            # end s83f
        _send(dispatcher, texts, f"utter_{intent}", tracker)
        # "WHY. and will i lose my kids if i leave her", "MORE. is there anything for the
        # scar": the details asked for, then the question asked with them.
        rest = _DETAILS_WORD.sub("", text, count=1).strip()
        if rest and rest != text.strip():
            # k77f (round 77): and by its topic, as any question is ("MORE. me ask Deaf
            # counsellor. any Deaf service?", Sophie; "WHY. ... should i report his profile on
            # hinge", Yasmin).
            known = _known_answer(tracker, rest) or topics.topic_answer(
                rest, answers_from(tracker), said_before(tracker), said_twice(tracker)
            )
            if known is not None:
                # m79e (round 79): "MORE. acas is that for jobs? ... is there nothing for kids
                # with county lines" (Bukola): the second question answered too.
                known = topics.m79e_also_asked(
                    known, rest, answers_from(tracker), said_before(tracker)
                )
                say(dispatcher, known)
        return []


_DETAILS_WORD = re.compile(r"^\W*(?:why|rights|more)\b\W*", re.I)

# What a request for the reasons of a result is about: the result itself (its groups, the
# enhanced service, its decision), not a "why" about anything else.
_ABOUT_THE_RESULT = re.compile(
    r"\b(?:counts?|counted|group|groups|apply|applies|enhanced|extra (?:support|help)|eligible|"
    r"qualif\w*|reasons?|decided?|decision|based on|grounds|explain\w*|about me|priority|"
    r"vulnerable|intimidated|persistently|targeted|most serious|(?:the|that|my|this) result|"
    r"entitled|get that|me in)\b",
    re.I,
)


def asks_for_the_reasons(text: str) -> bool:
    """ "WHY", "why?", "but why me", "why do i count for that": the reasons of the result.
    "why do u keep saying revenge porn helpline", "they didnt even say why. is that allowed":
    not."""
    if control_intent(text) == "show_reasons" or _DETAILS_WORD.fullmatch(text.strip()):
        return True
    words = re.findall(r"[a-z']+", text.lower())
    return len(words) <= 3 or bool(_ABOUT_THE_RESULT.search(text))


# -- round 41, helper J1 --
# "wat?? im not gonna hurt myself. jump me means beat me up" (Tom, 15, after a suicide reply to
# "they said theyd jump me if i snitch"): the reply was a misreading, put right. The self-harm
# flag comes off for the support team and the goodbye has no "If those thoughts come back".
# Only when the reply came from the classifier's guess: words of suicide in the message itself
# ("i want to kill myself") keep the flag, whatever follows.
def j1_self_harm_taken_back(tracker: Tracker) -> bool:
    events = list(tracker.events)
    replies = [
        at
        for at, event in enumerate(events)
        if event.get("event") == "bot"
        and (event.get("metadata") or {}).get("utter_action") in reading.SELF_HARM_LINES
    ]
    if not replies:
        return False
    last = replies[-1]
    told = [str(e.get("text") or "") for e in events[:last] if e.get("event") == "user"]
    if told and mentions_self_harm(told[-1]):
        return False
    return any(
        takes_back_self_harm(str(e.get("text") or ""))
        for e in events[last + 1 :]
        if e.get("event") == "user"
    )


def _j1_withdraw_misread_self_harm(tracker: Tracker) -> list[EventType]:
    flags = list(tracker.get_slot("flags") or [])
    if "self_harm" not in flags or not j1_self_harm_taken_back(tracker):
        return []
    if tracker.get_slot("consent") is True:
        records.withdraw_flag(records.open_db(), tracker.sender_id, "self_harm")
    return [SlotSet("flags", [flag for flag in flags if flag != "self_harm"])]


_J1_KEEP_THE_REST = re.compile(
    r"\bkeep the rest\b|\b(?:just|only) (?:delete|remove|erase|wipe)\b|\b(?:delete|remove|erase|"
    r"wipe) (?:just |only )?(?:the|that|this) \w+ (?:bit|part)\b"
)


class ActionResumeAssessment(Action):
    """Before the form starts again: "I'm safe now" answers the danger question, a person
    waiting for a worker who says "carry on" gets the bot back, and a correction after the
    result updates it."""

    def name(self) -> str:
        return "action_resume_assessment"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        # -- round 41, helper J1 -- a misread suicide reply put right: its flag comes off.
        return [*_j1_withdraw_misread_self_harm(tracker), *self._run(dispatcher, tracker, domain)]

    def _run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        events: list[EventType] = []
        text = str(tracker.latest_message.get("text") or "")
        if _BACK.match(text) and _went_quiet(tracker) and not questions.must_go(text):
            # "im back. sorry. i want help to leave" after "OK, go": the questions again. Only
            # after going quiet: after the 999 lines, being back may be being back with him.
            intent = "carry_on"
        if p1_starts_with_carry_on(text) and not questions.must_go(text):
            intent = "carry_on"  # -- round 69, helper p1 --: "carry on. weekday mornings..."
        if (
            # "no. i have to go someone is awake" is read by the classifier as safe: it is not.
            (intent not in ("safe_now", "carry_on") or questions.must_go(text))
            and _paused_for_safety(tracker)
            # "no. i have to go someone is awake" just after "OK, go": not safe again.
            and (read_answer("in_danger", text).value is not False or questions.must_go(text))
            and not _v6_chest_played_down(tracker, text)  # -- round 50, helper V6 --
        ):
            # "hello??" or "im in the bathroom" from someone in danger a moment ago: not the
            # next question, and not the welcome again; a question they asked is answered.
            kept = kept_while_paused(text, answers_from(tracker), _last_asked(tracker))
            # -- round 45, helper P6 --: "how do i leave with my kids" (Aisha) gets its answer,
            # not the same holding text again beside it.
            if not _answer_while_paused(dispatcher, tracker, text, kept):
                dispatcher.utter_message(response=_l2_still_here(text, tracker))
            return [*(SlotSet(slot, value) for slot, value in kept.items()),
                    FollowupAction("action_listen")]  # fmt: skip
        consent = _consent_after_all(dispatcher, tracker)
        if consent is not None:
            events += consent
        if tracker.get_slot("waiting_for_person"):
            events += [SlotSet("waiting_for_person", False), SlotSet("handoff", None)]
            dispatcher.utter_message(response="utter_back_to_bot")
        was_paused = _paused_for_safety(tracker)
        if intent in ("safe_now", "carry_on") and tracker.get_slot("in_danger") is True:
            events.append(SlotSet("in_danger", False))
        elif was_paused:
            events.append(SlotSet("in_danger", False))  # "he's gone, im ok now"
        # -- round 39, helper F4 -- "hes not here rn. im just scared he'll come back. should i
        # call 999 if he turns up?" (Kelly): what to do if they come, not "Call 999 now" beside
        # "Let's carry on".
        what_if = questions.f4_asks_what_if_they_come(text)
        if was_paused and tracker.get_slot("assessment_done"):
            # Safe again after the result: no form to go back to, and "I can't do more with
            # that here" would answer nothing they said.
            # -- round 47, helper R6 -- "it was only the fridge ... You have rather frightened me
            # now" (Joan, 77): the danger messages were a mistake, and she is told sorry.
            dispatcher.utter_message(
                response="utter_r6_sorry_false_alarm"
                if questions.r6_says_false_alarm(text)
                else _v6_chest_reply(tracker, text, "utter_glad_safe")
            )
            _answer_while_paused(dispatcher, tracker, text, steps=not what_if)
            return [*events, FollowupAction("action_listen")]
        if was_paused and not tracker.get_slot("assessment_done") and what_if:
            dispatcher.utter_message(response="utter_f4_if_they_come_go_on")
        elif was_paused and not tracker.get_slot("assessment_done"):
            # "ok he left. im ok i think": said back before the next question, never skipped.
            dispatcher.utter_message(
                response="utter_r6_sorry_false_alarm_go_on"  # -- round 47, helper R6 --
                if questions.r6_says_false_alarm(text)
                else _v6_chest_reply(tracker, text, "utter_glad_safe_go_on")
            )
            # "i dont want to call 999 ... i just need a refuge TONITE who do i ring": what they
            # asked is answered now; the form has no question waiting to read it against.
            _answer_while_paused(dispatcher, tracker, text)
        if tracker.get_slot("assessment_done"):
            changes = _changes_after_result(tracker)
            if changes:
                events += _reopen(dispatcher, changes, tracker)
        return events


# The closing lines after which a plain "yes" asks for the referral after all.
# How an offer ended without a referral: a "yes" after one of these is a yes to the referral.
_REFERRAL_OFFERED = tuple(name for name in OFFER_ENDS if name != "utter_referral_saved")
# Questions about contact skipped or refused: asked again when they ask for the referral.
_CONTACT_QUESTIONS = ("contact_safe", "contact_method", "contact_times", "voicemail_ok")
_CONTACT_CHANGES = {
    "contact_times",
    "contact_details",
    "contact_method",
    "worker_gender",
    "voicemail_ok",
}
_REFERRAL_SLOTS = {"referral_consent", "skipped_slots", "worker_gender", *_CONTACT_QUESTIONS}


# t84b (round 84)
def t84b_answer_before_yes(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """ "will the helpline people call the police on him? ... if they wont then yes you can pass
    my details on" (Gloria): the yes hangs on the answer, so the answer is said before the
    contact questions."""
    text = str(tracker.latest_message.get("text") or "")
    if not t84b_yes_unless_police_told(text):
        return
    known = _known_answer(tracker, text)
    if known is not None:
        say(dispatcher, known)


# end t84b


# n94c (round 94): Marta, after her referral: "ok obrigada. when they call, today? and weekends
# no, he is home" had "not weekends" added to her times, and her "when" left unanswered.
def n94c_when_they_ring_beside(
    dispatcher: CollectingDispatcher, tracker: Tracker, changes: dict[str, Any]
) -> None:
    text = str(tracker.latest_message.get("text") or "")
    answers = answers_from(tracker)
    if "contact_times" not in changes or not questions.u1_chose_a_call(answers):
        return
    if questions.u1_asks_when_they_ring(text):
        dispatcher.utter_message(response="utter_u1_they_will_ring")


# u86d (round 86): a yes said in words ("ok fine yes"), which the referral question reads as yes.
_U86D_YES_WORD = re.compile(r"\b(?:yes|yeah|yep|yea|yess+|yh)\b")


def u86d_says_yes(text: str) -> bool:
    return bool(_U86D_YES_WORD.search(plain(text))) and (
        read_answer("referral_consent", text).value is True
    )


def _changes_after_result(tracker: Tracker) -> dict[str, Any]:
    """Corrections to the answers once the result is given, and "yes" / "refer me" after the
    referral was declined or left open."""
    answers = {**answers_from(tracker), "skipped_slots": tracker.get_slot("skipped_slots")}
    changes = reading.corrections(str(tracker.latest_message.get("text") or ""), answers)
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    said = [name for name in _sent(tracker) if name]
    text = str(tracker.latest_message.get("text") or "")
    wants = (
        intent == "affirm"
        and bool(said)
        and said[-1] in _REFERRAL_OFFERED
        # j91b (round 91): "ok. carry on" (Carol), "ok galop, finally. can galop report it
        # for me...?" (Kieran): an "ok" then only questions or "carry on" is no consent.
        and not j91b_ok_then_asks_or_carries_on(text)
    ) or (
        reading.asks_to_be_referred(text)
        or asks_for_a_call(text)
        # t84b (round 84): Gloria, "if they wont [call the police] then yes you can pass my
        # details on": her question is answered (utter_support_not_police) and the yes taken.
        or t84b_yes_unless_police_told(text)
        # u86d (round 86): Zara, 17, "ok fine yes" to the referral question was not taken as a
        # yes: a yes in words right after the offer counts, whatever intent the model read.
        or (bool(said) and said[-1] in _REFERRAL_OFFERED and u86d_says_yes(text))
    )
    if wants and answers.get("consent") is True and answers.get("referral_consent") is not True:
        changes["referral_consent"] = True
    elif wants and answers.get("referral_consent") is True and not answers.get("contact_safe"):
        # "refer me" after "nobody will contact you" (the safe-contact question was skipped or
        # answered no): the contact questions again.
        # -- round 31, helper Q -- unless this message said it is safe ("No, I do want them to
        # contact me! ... ring my mobile 07700 900266"): then the questions it answered are not
        # asked again.
        changes["contact_safe"] = True if changes.get("contact_safe") is True else None
        changes["skipped_slots"] = [
            slot for slot in (answers.get("skipped_slots") or []) if slot not in _CONTACT_QUESTIONS
        ]
        changes["referral_consent"] = True
    if changes.get("referral_consent") is True:
        # "actually yes, ring me. evenings after 6, no voicemail": not asked again.
        changes.update(contact_said(str(tracker.latest_message.get("text") or "")))
        # -- round 65, helper j5 -- "refer me. call my friend Hodan phone 07700 900256. morning"
        # (Nadia) was asked if it was safe and for the number again ("i say already"): the number
        # given is kept, and a friend's phone given for it is the safe way.
        details = read_answer("contact_details", text).value
        if details and not answers.get("contact_details"):
            changes["contact_details"] = details
            if j5_friends_phone(text):
                changes["contact_safe"] = True
    return changes


def _reopen(
    dispatcher: CollectingDispatcher, changes: dict[str, Any], tracker: Tracker | None = None
) -> list[EventType]:
    """The form runs again for the changed answers. The result is given again only when an
    answer it depends on changed, not for the referral."""
    events: list[EventType] = [SlotSet(k, v) for k, v in changes.items()]
    events.append(SlotSet("assessment_done", False))
    if tracker is not None and changes.get("for_child") is True:
        # -- round 65, helper k5 -- "Sorry, it's Rachel, his mum, again ... Can I get help as his
        # parent?" (after Josh, 16, said no to contact): greeted, the no noted, and answered.
        back, name = reading.k5_parent_back(
            str(tracker.latest_message.get("text") or ""), answers_from(tracker)
        )
        if back:
            dispatcher.utter_message(
                response="utter_k5_parent_back_said_no"
                if "young_person_said_no" in (changes.get("contact_notes") or [])
                else "utter_k5_parent_back",
                greeting=reading.k5_greeting(name),
            )
    # -- round 52, helper X3 --: said of whom it is about: not "you are 16" to a mother of a son of
    # 16 (Mariam), nor "someone you know" to a father writing for his son (Carl).
    now = {**(answers_from(tracker) if tracker is not None else {}), **changes}
    line = wording.changed_line(
        changes,
        about_child=bool(now.get("for_child")),
        about_others=wording.about_them(now),
        before=answers_from(tracker) if tracker is not None else None,  # round 63, helper I2
    )
    if set(changes) - _REFERRAL_SLOTS:
        events.append(SlotSet("results_shown", False))
        if line:
            dispatcher.utter_message(text=line, utter_action="utter_updated")
        else:
            dispatcher.utter_message(response="utter_updated")
    elif "contact_method" in changes and line:
        dispatcher.utter_message(text=line, utter_action="utter_updated")
    return events


def _referral_yes(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> list[EventType]:
    """ "refer me" or "I do want someone to contact me" once the referral was offered, said
    while waiting for a person or read as asking for one: a yes to being contacted by a support
    service, and its contact questions next, not another "I've asked a support worker"."""
    if (
        not _consented(tracker)
        or not tracker.get_slot("results_shown")
        or tracker.get_slot("referral_consent") is True
        or not reading.asks_to_be_referred(text)
        or asks_for_person(text)
    ):
        return []
    dispatcher.utter_message(response="utter_referral_taken")
    referral = {"referral_consent": True, **contact_said(text)}
    return [
        SlotSet("waiting_for_person", False),
        SlotSet("handoff", None),
        *_reopen(dispatcher, referral),
        FollowupAction("needs_assessment_form"),
    ]


# What the bot last said when it is waiting for someone in danger to be safe.
# The questions also wait while a parent sees to a child who said they want to die: the
# parent is not in danger themselves, so in_danger stays as it was.
_PAUSED_FOR_SOMEONE_ELSE = ("utter_j2_be_with_them_first",)
# -- round 65, helper k2 --: someone who hurts them nearby ("wait her mother is in next room"):
# the questions wait for "carry on", though nobody is said to be in danger.
_K2_PAUSED_SOMEONE_NEAR = ("utter_k2_someone_near",)
_SAFETY_PAUSE = (
    "utter_when_safe",
    "utter_cannot_call",
    "utter_still_here",
    "utter_danger_steps",
    "utter_medical_emergency",
    "utter_go_now",
    "utter_phone_not_theirs",
    "utter_l2_on_the_line_to_999",  # -- round 42, helper L2 --
    "utter_baby_moving_less",
    *_PAUSED_FOR_SOMEONE_ELSE,
    *_K2_PAUSED_SOMEONE_NEAR,
)
_CRISIS_LINES = ("utter_emergency", *reading.SELF_HARM_LINES, "utter_g3_emergency_no_voice")
_HEALTH_PAUSE = ("utter_baby_moving_less", "utter_medical_emergency")

# -- round 42, helper L2 -- "ok. I am calling them now. My receptionist has locked the front
# door." (Lena, her stalker outside) was asked about disabilities: on the phone to 999, a short
# calm reply, and the questions wait.
# -- round 63, helper i5 --: "ok my sister is ringing them now. what do i tell them about how i
# fell?" (Zainab, just told to ring her maternity unit) got "stay on the line to 999".
_I5_MATERNITY_ANSWERS = frozenset({"utter_baby_moving_less", "utter_pregnant_after_harm"})


def i5_ringing_maternity(tracker: Tracker, text: str) -> bool:
    """ "Ringing them" after the bot said to ring the maternity unit, or naming it: not 999."""
    words = plain(text)
    if re.search(r"\b(?:999|police|cops|ambulance)\b", words):
        return False
    if re.search(r"\b(?:maternity|midwife|midwives|labour ward|hospital|111)\b", words):
        return True
    last = [name for name in _sent(tracker) if name][-1:]
    return bool(last) and last[0] in _I5_MATERNITY_ANSWERS


# -- end of round 63, helper i5 --


_L2_CALLING_999_NOW = re.compile(
    r"\b(?:(?:i am|im|i m|i have|ive|i ve|we are|were|we re|she is|shes|he is|hes)\s+"
    r"(?:just\s+|now\s+)?(?:calling|ringing|phoning|called|rung|phoned|dialled|dialed|on the "
    r"phone to|on the line (?:to|with))\s+(?:them|the police|police|999|the cops)|"
    r"(?:calling|ringing|phoning) (?:them|the police|police|999) now|"
    # -- round 43, helper M3 -- "on the phone to them now, im in the staff room" (Claire)
    r"^(?:still )?on the (?:phone|line) (?:to|with) (?:them|the police|police|999|the cops))\b"
)


def _l2_still_here(text: str, tracker: Tracker | None = None) -> str:
    """The reply while the questions wait: on the phone to 999, what to do meanwhile."""
    if tracker is not None and _paused_for_health(tracker):
        # -- round 63, helper i1 --: "ok my sister is ringing them now. what do i tell them
        # about how i fell?" (Zainab, told to ring her maternity unit) got "Stay inside with the
        # door locked ... stay on the line to 999": "them" is the maternity unit, not the police.
        return (
            "utter_i1_ringing_for_the_baby"
            if _I1_RINGING.search(plain(text))
            else ("utter_still_here")
        )
    return (
        "utter_l2_on_the_line_to_999"
        if _L2_CALLING_999_NOW.search(plain(text))
        else ("utter_still_here")
    )


# -- round 63, helper i1 --: ringing someone (the maternity unit, the midwife, an ambulance)
# while the questions wait for a baby moving less or chest pain.
_I1_RINGING = re.compile(
    r"\b(?:calling|ringing|phoning|called|rung|phoned|on the phone to|on the line to|going to "
    r"(?:call|ring|phone)|gonna (?:call|ring|phone)|ll (?:call|ring|phone)|will (?:call|ring|"
    r"phone))\b"
)
# -- end of round 63, helper i1 --


# Back after going quiet: "im back. sorry", "ok back now" (not "im back home and hes here").
_BACK = re.compile(
    r"^\W*(?:ok\W+|okay\W+|sorry\W+)?(?:im|i m|i am|i'm|i’m) back(?:\W+(?:now|again|sorry))*"
    r"(?:\W*$|[.!,]+\s)|^\W*back now\b",
    re.I,
)


def _went_quiet(tracker: Tracker) -> bool:
    """The questions wait after "OK, go" or "if they check this phone": not after danger."""
    said = [name for name in _sent(tracker) if name and name not in _CRISIS_LINES]
    return (
        tracker.get_slot("in_danger") is True
        and bool(said)
        and said[-1] in ("utter_go_now", "utter_phone_not_theirs")
    )


_BARE_NO = re.compile(r"^\s*(?:no|nope|nah|n|no no|not really)\W*$", re.IGNORECASE)


_PARTNER_NAMED = re.compile(
    r"\b(?:hes|shes|he is|she is|its|it s|it was) my (?:boyfriend|girlfriend|bf|gf|husband|wife|"
    r"partner|ex|ex boyfriend|ex husband|ex partner)\b"
)


# Answers kept when given while the questions wait: ones a number or a name makes plain.
_KEPT_WHILE_PAUSED = ("age", "borough")


def kept_while_paused(
    text: str, answers: Mapping[str, Any], pending: str | None = None
) -> dict[str, Any]:
    """What someone in danger says while the questions wait ("im not safe hes my boyfriend we
    live together ... i cant talk") is kept when it is plain: who it is and that they cannot
    phone, so the answers fit them (a refuge without a call) and nothing is asked again. So is
    the answer to the question that was waiting, when plain ("31. if i tell the midwife ..."
    after "How old are you?", round 46, Pippa)."""
    kept: dict[str, Any] = {}
    if pending in _KEPT_WHILE_PAUSED and answers.get(pending) is None:
        answer = read_answer(pending, text)
        if answer.value is not None:
            kept[pending] = answer.value
    if answers.get("relationship_to_offender") is None and _PARTNER_NAMED.search(plain(text)):
        kept["relationship_to_offender"] = "partner_or_ex"
    if not answers.get("cannot_phone") and read_account(text).cannot_phone:
        kept["cannot_phone"] = True
    return kept


def _last_asked(tracker: Tracker) -> str | None:
    """The slot of the last question asked ("utter_ask_age" asks age)."""
    asked = [name for name in _sent(tracker) if name and name.startswith("utter_ask_")]
    return asked[-1].removeprefix("utter_ask_") if asked else None


def _said_so_far(tracker: Tracker) -> list[str]:
    """Everything the person has typed in this conversation (not button payloads)."""
    return [
        str(event.get("text") or "")
        for event in tracker.events
        if event.get("event") == "user" and not str(event.get("text") or "").startswith("/")
    ]


def _answer_while_paused(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    text: str,
    kept: Mapping[str, Any] | None = None,
    steps: bool = True,
) -> bool:
    """ "should i call the police" while the questions wait for them to be safe: answered (and
    True when something was said)."""
    if (
        steps
        and not _paused_for_health(tracker)
        and (
            questions.asks_whether_to_tell_police(text)
            or questions.asks_what_to_do_now(text)
            or questions.asks_whether_to_call_999(text)
        )
    ):
        # "hes sitting outside in the car... should i call the police": yes, 999, not "it's
        # your choice", which answers someone deciding whether to report a past crime.
        dispatcher.utter_message(response="utter_danger_steps")
        return True
    answers = {**answers_from(tracker), **(kept or {})}
    # Before any question is answered, what they have told so far ("My husband hits me ... I
    # have nowhere to go", then "Where can I go?"): the answers fit abuse at home (round 34,
    # Amina got "stay with family" and nothing else while the questions waited).
    told = read_account(" . ".join(_said_so_far(tracker)[-8:]))
    if answers.get("crime_type") is None and told.crime_type:
        answers["crime_type"] = told.crime_type
    if answers.get("relationship_to_offender") is None and told.offender:
        answers["relationship_to_offender"] = told.offender
    known = questions.known_answer(
        text,
        answers.get("crime_type"),
        directory(),
        _referred(tracker),
        answers=answers,
    )
    if known is not None and known.response not in (
        "utter_emergency",
        "utter_when_safe",
        "utter_g3_emergency_no_voice",
    ):
        say(dispatcher, known)
        return True
    return False


def _last_pause_line(tracker: Tracker) -> str | None:
    """The last response sent, not counting the 999 and Samaritans lines, which can come during
    a pause without ending it."""
    said = [name for name in _sent(tracker) if name and name not in _CRISIS_LINES]
    return said[-1] if said else None


def _paused_for_health(tracker: Tracker) -> bool:
    """Paused for a baby moving less or chest pain, not for someone who may come back: "what do
    i do if the midwife doesnt answer" (round 46, Pippa) is not asking how to hide from him."""
    return _last_pause_line(tracker) in _HEALTH_PAUSE


# -- round 50, helper V6 -- "It's not that bad ... I don't want to waste an ambulance. I've got
# my spray" (Eddie, heart condition) after the 999 chest message got "Let's carry on": he is
# told what to do about the tightness (spray, then 999 if it does not ease; 111 or GP today).
def _v6_chest_played_down(tracker: Tracker, text: str) -> bool:
    return _last_pause_line(tracker) == "utter_medical_emergency" and questions.v6_plays_down_chest(
        text
    )


def _v6_chest_reply(tracker: Tracker, text: str, otherwise: str) -> str:
    if not _v6_chest_played_down(tracker, text):
        return otherwise
    return "utter_v6_chest_tight_go_on" if otherwise.endswith("_go_on") else "utter_v6_chest_tight"


def _paused_for_safety(tracker: Tracker) -> bool:
    last = _last_pause_line(tracker)
    if last not in _SAFETY_PAUSE:
        return False
    return (
        tracker.get_slot("in_danger") is True
        or last in _PAUSED_FOR_SOMEONE_ELSE
        or last in _K2_PAUSED_SOMEONE_NEAR
    )


# Below this the response selector's pick of a rights answer is a guess: an honest "I can't
# answer that here" is better than a confident answer to another question.
RIGHTS_ANSWER_CONFIDENCE = 0.5


def _rights_answer(tracker: Tracker) -> tuple[str | None, float]:
    selector = ((tracker.latest_message.get("response_selector") or {}).get("ask_right") or {}).get(
        "response"
    ) or {}
    key = str(selector.get("intent_response_key") or "")
    text = str(tracker.latest_message.get("text") or "")
    if "/" not in key or not questions.topic_fits(key.split("/", 1)[1], text):
        return None, 0.0
    return key, float(selector.get("confidence") or 0.0)


# -- round 67, helper m3 --
def m3_answer_beside(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """ "I asked what evidence for report fraud ... and you missed I know who it is, its Dean"
    (Gareth): who did it is put right, and the question beside it is answered too."""
    text = str(tracker.latest_message.get("text") or "")
    if not reading.m3_offender_said_outright(text, answers_from(tracker)):
        return
    known = _known_answer(tracker, text)
    if known is not None:
        say(dispatcher, known)


# -- end of round 67, helper m3 --


class ActionAnswerRight(Action):
    """A question about a right: the Code's answer when the selector is sure which question it
    is, otherwise where to get an answer."""

    def name(self) -> str:
        return "action_answer_right"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        # -- round 41, helper J1 -- a misread suicide reply put right: its flag comes off.
        return [*_j1_withdraw_misread_self_harm(tracker), *self._run(dispatcher, tracker, domain)]

    def _run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if tracker.get_slot("assessment_done") and not tracker.active_loop_name:
            # "refer me" after the result reads like a question about referrals: it is a yes.
            changes = _changes_after_result(tracker)
            # "can you change it to after 6pm weekdays only" reads like a question too.
            if (
                changes.get("referral_consent") is True
                or set(changes) & _CONTACT_CHANGES
                # -- round 52, helper X3 --: "Dari please for the phone call. you understand?"
                or "language" in changes
            ):
                t84b_answer_before_yes(dispatcher, tracker)  # t84b (round 84): Gloria
                n94c_when_they_ring_beside(dispatcher, tracker, changes)  # n94c (round 94)
                return [
                    *_reopen(dispatcher, changes, tracker),
                    FollowupAction("needs_assessment_form"),
                ]
            if set(changes) - _REFERRAL_SLOTS and (
                not questions.is_question(str(tracker.latest_message.get("text") or ""))
                # -- round 45, helper P7 -- "It's stealing... Can you change it please" (Sue)
                or reading.p7_stealing_put_right(
                    str(tracker.latest_message.get("text") or ""), answers_from(tracker)
                )
                # -- round 56, helper D1 --: "i dont have disability. can someone ... message me?"
                or reading.d1_correction_said_outright(
                    str(tracker.latest_message.get("text") or ""), answers_from(tracker)
                )
                # -- round 67, helper m3 --: "you missed I know who it is, its Dean" (Gareth)
                or reading.m3_offender_said_outright(
                    str(tracker.latest_message.get("text") or ""), answers_from(tracker)
                )
            ):
                # -- round 39, helper F6 --: "Please correct it: I have reported it to the
                # police." (Mr Okafor, told twice "you haven't told the police yet") reads like a
                # question about the police; said outright, not asked, it is put right.
                m3_answer_beside(dispatcher, tracker)  # -- round 67, helper m3 --
                return [
                    *_reopen(dispatcher, changes, tracker),
                    FollowupAction("needs_assessment_form"),
                ]
            text = str(tracker.latest_message.get("text") or "")
            after = _f5_after_result(dispatcher, tracker, text)
            if after is not None:
                return after
        # "ok u can keep it. but dont tell my mum or police": kept from now on, and the
        # question still answered.
        kept = _consent_after_all(dispatcher, tracker) or []
        key, confidence = _rights_answer(tracker)
        text = str(tracker.latest_message.get("text") or "")
        if _paused_for_safety(tracker) and p1_says_safe_while_paused(text):
            # -- round 69, helper p1 --: "why you say 999? we ok now" (Hodan): safe, said in
            # her words inside a question, takes the pause off as "I'm safe now" does.
            resumed = ActionResumeAssessment()._run(dispatcher, tracker, domain)
            if tracker.get_slot("assessment_done"):
                return [*kept, *resumed]
            return [*kept, *resumed, FollowupAction("needs_assessment_form")]
        if _paused_for_safety(tracker):
            # -- round 42, helper L2 -- "Should I call 999 even though he is just standing
            # there?" (Lena, her stalker outside): answered, and the questions still wait, as
            # they do for any other message until they say they're safe.
            known = _known_answer(tracker, text)
            if known is not None and known.response == "utter_call_999_yes":
                say(dispatcher, known)  # "you're not wasting their time"
                dispatcher.utter_message(response=_l2_still_here(text, tracker))
            elif not _answer_while_paused(dispatcher, tracker, text):
                # -- round 45, helper P6 --: an answer goes alone, not beside the holding text.
                dispatcher.utter_message(response=_l2_still_here(text, tracker))
            return [*kept, FollowupAction("action_listen")]
        if k78c_court_fear_put_right(tracker, text):
            return kept  # the form, which runs next, changes it and says so
        known = _known_answer(tracker, text)
        if known is not None:
            say(dispatcher, known)
        elif (
            key == "ask_right/compensation"
            and tracker.get_slot("crime_type") in questions.NOT_VIOLENT
        ):
            dispatcher.utter_message(response="utter_compensation_not_violent")
        elif key and confidence >= RIGHTS_ANSWER_CONFIDENCE:
            say(dispatcher, questions.rights_answer(key.split("/", 1)[1], answers_from(tracker)))
        elif _f5_answers_contact_question(tracker, text):
            # -- round 39, helper F5 -- "yes can someone contact me. text is better i cry on the
            # phone" (Ellie) at the referral question: the form takes the yes next; "I can't
            # answer that one here" before it answered nothing she asked.
            pass
        elif not _start_if_not_started(tracker):
            _cannot_answer(dispatcher, tracker, text)
        # A first message the bot cannot answer ("my brother was killed, what help do families
        # get?") is met by the welcome, which says what it can do, not by "I can't answer that".
        return [*kept, *_start_if_not_started(tracker)]


class ActionHelp(Action):
    """What this is and what they can say; or, for "what is Tell MAMA?", what that is."""

    def name(self) -> str:
        return "action_help"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = str(tracker.latest_message.get("text") or "")
        if tracker.get_slot("assessment_done") and not tracker.active_loop_name:
            # "u said before youd ask them to keep it plain. did u?" (round 39, Priya).
            after = _f5_after_result(dispatcher, tracker, text)
            if after is not None:
                return after
        known = _known_answer(tracker, text)
        if known is not None:
            say(dispatcher, known)
        else:
            dispatcher.utter_message(response="utter_help")
        return []


def _known_answer(tracker: Tracker, text: str, referred: bool = True) -> questions.Say | None:
    """questions.known_answer with this conversation's crime, the directory, and whether they have
    been referred."""
    return questions.known_answer(
        text,
        tracker.get_slot("crime_type"),
        directory(),
        referred and _referred(tracker),
        # -- round 42, helper L5 --: whether the referral has gone ("did you refer me or not?")
        answers={**answers_from(tracker), "assessment_done": tracker.get_slot("assessment_done")},
    )


def _referred(tracker: Tracker) -> bool:
    return tracker.get_slot("referral_consent") is True and bool(tracker.get_slot("contact_safe"))


def _cannot_answer(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> None:
    """A question the classifier could not place: those the bot can answer by their words,
    otherwise an honest "I can't answer that here" and who can."""
    if s83e_person_still_coming(dispatcher, tracker, text):  # s83e (round 83): Kai
        return
    known = _known_answer(tracker, text) or topics.topic_answer(
        text, answers_from(tracker), said_before(tracker), said_twice(tracker)
    )
    if known is not None:
        # m79e (round 79): a second question of round 79 beside it answered too.
        known = topics.m79e_also_asked(known, text, answers_from(tracker), said_before(tracker))
        # w86s (round 86): not the answer they have just said misread them, again.
        known = echo_complaints.not_again(known, text, answers_from(tracker))
        say(dispatcher, reading.answer_not_thrice(known, said_twice(tracker)))
        if tracker.get_slot("assessment_done") and reading.ends_with_goodbye(text):
            # -- round 75, helper c75d --: "I asked if I should tell her. Never mind. Thank you
            # for your help." (Janet): the question answered, then the goodbye.
            _f5_goodbye(dispatcher, tracker, text)
    elif not first_question_waits(tracker) and not g76c_form_puts_it_right(tracker, text):
        # Not when the form answers the first message's question next ("hello. my boss no pay
        # me ... is this crime or no?" then "tak ok. but is crime?", round 29, Wojtek).
        # -- round 41, helper J6 --: nothing kept, so no "say 'human'" (no worker could see it).
        kept = tracker.get_slot("consent") is not False
        response = "utter_cannot_answer" if kept else "utter_j6_cannot_answer_not_kept"
        if s83e_person_asked(tracker):
            response = "utter_s83e_cannot_answer_person_asked"  # not "say 'human'" again
        dispatcher.utter_message(response=response)


def _an_answer_to_another_question(text: str) -> bool:
    """A short answer to one of the other questions: a gender, a need, a language, a borough."""
    return bool(
        reading.is_bare_gender(text)
        or read_answer("needs", text).value
        or read_answer("borough", text).value
        or reading.language_asked_for(text)
    )


def _start_if_not_started(tracker: Tracker) -> list[EventType]:
    """A first message that was a question, or a reply after the delete question was
    cancelled, leaves nobody outside the questions: the opening and consent come next."""
    if (
        tracker.get_slot("consent") is None
        and not tracker.active_loop_name
        and not tracker.get_slot("assessment_done")
        and not tracker.get_slot("waiting_for_person")
        and not _paused_for_safety(tracker)
    ):
        return [FollowupAction("needs_assessment_form")]
    return []


def _consent_after_all(
    dispatcher: CollectingDispatcher, tracker: Tracker
) -> list[EventType] | None:
    """ "ok you can keep my data", after saying no: keep it from now on."""
    text = str(tracker.latest_message.get("text") or "")
    answers = answers_from(tracker)
    if tracker.get_slot("consent") is False and reading.corrections(text, answers).get("consent"):
        # -- round 75, helper b75a --: "you can keep it. but only if nobody from the restaurant
        # can find it" (Sofia): who can see it, said; and the referral asked, not left refused.
        dispatcher.utter_message(response=b75a_consent_line(text))
        skipped = list(tracker.get_slot("skipped_slots") or [])
        reopened = b75a_reopened_by_consent(answers, skipped)
        return [SlotSet("consent", True), *(SlotSet(k, v) for k, v in reopened.items())]
    return None


class ActionThanks(Action):
    """ "Thank you dear. Should I ring my bank about the card?": the question is answered, not
    met with "You're welcome"."""

    def name(self) -> str:
        return "action_thanks"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = str(tracker.latest_message.get("text") or "")
        if tracker.get_slot("assessment_done") and not _F5_BARE_THANKS.match(plain(text)):
            # "Thank you for your help, good evening." (round 39, Okafor): a goodbye.
            after = _f5_after_result(dispatcher, tracker, text)
            if after is not None:
                return after
        # -- round 44, helper N5 -- "thank you. if he comes thursday do i open the door"
        # (Walter) was met with "You're welcome": a question in it is answered.
        if questions.is_question(text) or n5_asks_something(text):
            _cannot_answer(dispatcher, tracker, text)
        else:
            dispatcher.utter_message(response="utter_you_are_welcome")
        return []


class ActionOutsideQuestions(Action):
    """A yes, no, "not sure" or a message not understood while no question is pending.

    Right after the 999 message, "no" means they are not in danger: the questions start, with
    what they said before. After the result, a message that corrects an answer ("no I said YES
    they can text me") updates it and the form runs again. Otherwise, say what they can do.
    """

    def name(self) -> str:
        return "action_outside_questions"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        # -- round 41, helper J1 -- a misread suicide reply put right: its flag comes off.
        return [*_j1_withdraw_misread_self_harm(tracker), *self._run(dispatcher, tracker, domain)]

    def _run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        text = str(tracker.latest_message.get("text") or "")
        if _sent(tracker)[-1:] == [
            "utter_confirm_delete"
        ] and questions.k77a_means_clearing_the_phone(text):
            # k77a (round 77): "no keep. i mean delete on the phone so nobody see" (Ana).
            dispatcher.utter_message(response="utter_k77a_clear_phone")
            return []
        if _sent(tracker)[-1:] == ["utter_confirm_delete"] and _refuses_deletion(text):
            # "oh no keep it then, i want them to text me" (round 38, Priya) to "Do you want me
            # to delete everything?" was told "I can't do more with that here".
            k78a_nothing_deleted(dispatcher, tracker, text)  # k78a: the referral said to stand
            return []
        if _paused_for_safety(tracker):
            if _BARE_NO.match(text) and "utter_ask_in_danger" not in _sent(tracker)[-1:]:
                # "no" after the 999 lines may be "no, I can't call": ask, rather than start
                # the welcome while someone may be at the door.
                dispatcher.utter_message(response="utter_ask_in_danger")
                return []
            if (
                intent == "deny"
                or read_answer("in_danger", text).value is False
                # -- round 69, helper p1 --: "carry on. weekday mornings..." (Sadia)
                or (p1_starts_with_carry_on(text) and not questions.must_go(text))
            ):
                return [SlotSet("in_danger", False), FollowupAction("needs_assessment_form")]
            _answer_while_paused(dispatcher, tracker, text)
            dispatcher.utter_message(response=_l2_still_here(text, tracker))
            return []
        back = g89e_back_after_stop(tracker, text)  # g89e (round 89): Zainab, "im back. im 26"
        if back is not None:
            return back
        consent = _consent_after_all(dispatcher, tracker)
        if consent is not None:
            if tracker.get_slot("assessment_done") and "utter_ask_referral_consent" not in _sent(
                tracker
            ):
                # Nobody could be referred while nothing was kept: now they can be, and "i want
                # someone to call me" beside it is already the yes.
                wants = asks_for_a_call(text) or reading.asks_to_be_referred(text)
                return [
                    *consent,
                    SlotSet("referral_consent", True if wants else None),
                    *(SlotSet(k, v) for k, v in (contact_said(text) if wants else {}).items()),
                    SlotSet("assessment_done", False),
                    FollowupAction("needs_assessment_form"),
                ]
            return consent
        if tracker.get_slot("consent") is False and asks_for_a_call(text):
            dispatcher.utter_message(response="utter_call_needs_consent")
            return []
        started = _start_if_not_started(tracker)
        if started:
            return started
        if tracker.get_slot("assessment_done"):
            changes = _changes_after_result(tracker)
            if changes:
                return [
                    *_reopen(dispatcher, changes, tracker),
                    FollowupAction("needs_assessment_form"),
                ]
            after = _f5_after_result(dispatcher, tracker, text)
            if after is not None:
                return after
        elif (
            _consented(tracker)
            and not tracker.active_loop_name
            and tracker.get_slot("results_shown")
            and tracker.get_slot("referral_consent") is not True
            and reading.asks_to_be_referred(text)
        ):
            # "ok yes pass my details to someone pls" after the referral question was cut
            # short (a mistaken "delete" in between): the yes, and the contact questions next.
            return [
                SlotSet("referral_consent", True),
                *(SlotSet(k, v) for k, v in contact_said(text).items()),
                FollowupAction("needs_assessment_form"),
            ]
        # -- round 39, helper F7 --: "i dont no what that means" at the privacy question, read
        # as a no by the classifier (Joanne), is answered in easy words.
        lost = questions.f7_lost_at_consent(text, answers_from(tracker))
        known = _known_answer(tracker, text) if intent != "deny" or lost else None
        if known is not None and known.response != "utter_privacy_answer":
            # "do i have to tell my mum", "swollen and blue near the elbow": the answer to what
            # they said, before the general injury or privacy lines its words also match.
            say(dispatcher, known)
            return []
        put_right = g76c_put_right_now(dispatcher, tracker, text)  # -- round 76, helper g76c --
        if put_right:
            return put_right
        if questions.mentions_injury(text):
            response = "utter_injury"
        elif reading.asks_about_privacy(text):
            response = "utter_privacy_answer"
        elif questions.is_question(text) and intent != "deny":
            _cannot_answer(dispatcher, tracker, text)
            return []
        elif (
            tracker.active_loop_name
            and tracker.get_slot("requested_slot")
            and (_an_answer_to_another_question(text) or k77a_answers_this_question(tracker, text))
        ):
            # "woman", "feeling safe" at another question: the form, which runs next, keeps it;
            # "Sorry, I didn't understand" before that said it twice (round 29). Gibberish still
            # gets what they can do and the Supportline.
            return []
        elif tracker.get_slot("results_shown") and _SIGNING_OFF.search(plain(text)):
            # "nah its cool. ill call them. thanks" after the result (round 37, Jamal) was asked
            # what they would like to do next.
            _f5_goodbye(dispatcher, tracker, text)
            return []
        elif intent == "nlu_fallback":
            response = "utter_default"
        elif tracker.get_slot("requested_slot") and reading.k78h_gives_up_at_a_question(
            text, str(tracker.get_slot("requested_slot"))
        ):
            # k78h (round 78, Gary): the form, which runs next, says the same and waits.
            response = "utter_k78h_giving_up"
        elif intent == "out_of_scope":
            response = "utter_out_of_scope"
        else:
            response = "utter_what_next"
        dispatcher.utter_message(response=response)
        return []


_SIGNING_OFF = re.compile(
    r"\b(?:thanks|thank you|thankyou|cheers|ta|thx|bye|goodbye|take care|thats all|that s all|"
    r"ill (?:call|ring|contact) them|i will (?:call|ring|contact) them)\W*$"
)


def _n1_child(tracker: Tracker) -> bool:
    """-- round 44, helper N1 -- Whether the one writing said they are under 18 (not for
    someone else, whose child may be the one in danger: the adult gets the adults' lines)."""
    if tracker.get_slot("for_someone_else") or tracker.get_slot("for_child"):
        return False
    age = tracker.get_slot("age")
    try:
        young_age = age is not None and float(age) < 18
    except (TypeError, ValueError):
        young_age = False
    return tracker.get_slot("under_18") is True or young_age


class ActionDangerInterrupt(Action):
    def name(self) -> str:
        return "action_danger_interrupt"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = str(tracker.latest_message.get("text") or "")
        if s83a_later_threat_after_safe(tracker, text):  # s83a (round 83): Tyler
            return s83a_note_later_threat(dispatcher, tracker, text)
        if (
            not tracker.active_loop_name
            and not tracker.get_slot("assessment_done")
            and not _paused_for_safety(tracker)
            and questions.danger_is_past(text)
            and not questions.asks_us_to_call(text)
        ):
            # The form gives the 999 line, keeps the account and asks whether they are safe
            # now: waiting for "carry on" would leave them with nothing.
            return [FollowupAction("needs_assessment_form")]
        if questions.must_go(text):
            # "hes back. how do i delete this quick": one short message, then quiet.
            dispatcher.utter_message(response="utter_go_now")
        elif questions.asks_us_to_call(text) or (
            # -- round 53, helper Z1 --: "can u call them" just after the 999 lines (Joe, 13,
            # was told "Yes"): nobody here can call.
            _paused_for_safety(tracker) and questions.z1_asks_us_to_call_them(text)
        ):
            # Say plainly that nobody here can send help, and how to get it without speaking.
            dispatcher.utter_message(response="utter_cannot_call")
        elif _paused_for_safety(tracker):
            # They have had the 999 lines a moment ago: a short reply that we are still here.
            # -- round 40, helper G2 -- "can i go to refuge TODAY with my daughter before he
            # come home? who i call" (Aminata) got only this until she said she was safe: a
            # question about getting out is answered while the questions wait.
            if questions.is_question(text):
                _answer_while_paused(dispatcher, tracker, text)
            dispatcher.utter_message(response=_l2_still_here(text, tracker))
        else:
            # -- round 60, helper G3 --: without a voice call first for someone Deaf (Stacey).
            dispatcher.utter_message(
                response=reading.g3_emergency_line(text, answers_from(tracker))
            )
            if _n1_child(tracker) and questions.p1_danger_is_now(text):
                # -- round 45, helper P1 --: not for "they said theyll do me again" told from
                # home (Ricky, 17): a threat of a next time is not danger now.
                # -- round 44, helper N1 --: "theres a car outside. i think its the same one"
                # (Lily, 12, alone at home): stay in, keep the door locked, ring mum.
                # -- round 53, helper Z1 --: "hes shouting again downstairs. i think hes hitting
                # her" (Joe, 13): the danger is inside, so not "lock the doors, ring your mum".
                if questions.z1_danger_inside_home(text):
                    dispatcher.utter_message(response="utter_z1_child_danger_at_home")
                else:
                    dispatcher.utter_message(response="utter_n1_child_danger_now")
            if mentions_self_harm(text):
                # Danger and thoughts of suicide in one message: Samaritans and Shout too.
                dispatcher.utter_message(response=reading.self_harm_line(answers_from(tracker)))
            # "I want to leave tonight with my 3 children but I have nowhere to go": what they
            # need now (the refuge line) beside the 999 lines, not after "carry on".
            _answer_while_paused(dispatcher, tracker, text, steps=False)
            dispatcher.utter_message(response="utter_when_safe")
        return [*_stop_form(tracker), SlotSet("in_danger", True), *_flag(tracker, "in_danger")]


class ActionSelfHarmInterrupt(Action):
    def name(self) -> str:
        return "action_self_harm_interrupt"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = str(tracker.latest_message.get("text") or "")
        if reading.m60_their_self_harm(text, answers_from(tracker)):
            # -- round 60, main --: "you've got it down that it's her self harming not me?"
            # (Noreen, about her daughter): what someone close can do, then their question.
            dispatcher.utter_message(response="utter_m60_someone_self_harming")
            known = _known_answer(tracker, text)
            if known is not None:
                say(dispatcher, known)
            return []
        dispatcher.utter_message(response=reading.self_harm_line(answers_from(tracker)))
        # "Will the support worker know what I said earlier about feeling everyone would be
        # better off without me?" (round 31, Lucy): the lines first, then what they asked.
        known = _known_answer(tracker, str(tracker.latest_message.get("text") or ""))
        if known is not None:
            say(dispatcher, known)
        if tracker.get_slot("assessment_done") and not tracker.active_loop_name:
            # No questions left to carry on with after the result.
            dispatcher.utter_message(response="utter_here_after_result")
        else:
            dispatcher.utter_message(response="utter_when_ready")
        return [*_stop_form(tracker), *_flag(tracker, "self_harm")]


class ActionHandoff(Action):
    """Ask a support worker to pick the conversation up; the bot keeps answering meanwhile."""

    def name(self) -> str:
        return "action_handoff"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = str(tracker.latest_message.get("text") or "")
        # f88a (round 88): "NO i dont need an interpreter. take that off. can i talk to a real
        # person" (Tasha): the interpreter taken off first, then the person asked for.
        taken_off = f88a_interpreter_taken_off(dispatcher, tracker, text) or []
        kept = m92b_answers_beside_person(tracker)
        return [*taken_off, *kept, *self._handoff(dispatcher, tracker, text)]

    def _handoff(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, text: str
    ) -> list[EventType]:
        events: list[EventType] = []
        taken = _referral_yes(dispatcher, tracker, text)
        if taken:
            return [*_stop_form(tracker), *taken]
        if _u1_call_chosen(tracker):
            # -- round 50, helper U1 -- they chose a phone call: a worker rings, nobody replies
            # here (Brian, who can't read the screen well).
            return _u1_will_ring(dispatcher, tracker, text)
        if z87a_email_for_safety(tracker) and asks_for_person(text):
            return z87a_will_email(dispatcher, tracker)
        if (
            _paused_for_safety(tracker)
            and not _paused_for_health(tracker)  # -- round 63, helper i1 --: Zainab
            and not asks_for_person(text)
            and _L2_CALLING_999_NOW.search(plain(text))
            and not i5_ringing_maternity(tracker, text)
        ):
            # -- round 43, helper M3 -- "on the phone to them now, im in the staff room with the
            # door shut" (Claire, her stalker outside) was read as asking for a person: the calm
            # stay-on-the-line reply, as for anyone on the phone to 999, not the hand-off.
            dispatcher.utter_message(response="utter_l2_on_the_line_to_999")
            return []
        known = _known_answer(tracker, text, referred=False)
        if known is not None:
            # "my partner strangled me last night. i want a human": the advice does not wait.
            say(dispatcher, known)
            # -- round 41, helper J6 --: nothing kept ("this number they speak bangla?", Nadia,
            # read as asking for a person): answered, without "I can't pass it to a person".
            if not asks_for_person(text) and (
                known.response in questions.F7_ANOTHER_SERVICE
                or tracker.get_slot("consent") is False
                # g89g (round 89): "what would a support service actually do for me? I dont
                # need a chat" (Chris) asks what they do, not for a person.
                or known.response == "utter_g89g_what_support_service_does"
            ):
                # -- round 39, helper F7 --: "how do i talk to childline if i aint got a phone"
                # (Leon, 15, after deleting his data) asks how to reach another service, not for
                # one of our workers: answered, with no handoff and no privacy question.
                return []
        consent_now = (
            tracker.get_slot("consent") is None
            and tracker.get_slot("requested_slot") == "consent"
            and read_answer("consent", text).value is True
        )
        if consent_now or reading.corrections(text, answers_from(tracker)).get("consent"):
            # "yes. human" to the consent question, or "ok you can keep my data, now a person"
            events.append(SlotSet("consent", True))
        elif tracker.get_slot("consent") is None:
            # Never asked or not answered yet: a worker can only see the chat if it is kept.
            dispatcher.utter_message(response="utter_handoff_needs_consent")
            return [*_stop_form(tracker), FollowupAction("needs_assessment_form")]
        elif not _consented(tracker):
            # Without consent nothing is kept, so no worker could see this conversation.
            dispatcher.utter_message(response="utter_handoff_no_consent")
            return _stop_form(tracker)
        if tracker.get_slot("waiting_for_person"):
            dispatcher.utter_message(response="utter_while_waiting")
            return []
        dispatcher.utter_message(response="utter_handoff")
        times = tracker.get_slot("contact_times")
        if times and times != "any time":
            dispatcher.utter_message(
                response="utter_reply_time_kept", times=tracker.get_slot("contact_times")
            )
        elif _reply_time_matters(tracker):
            # A worker's reply could reach the phone while the person who hurts them is there.
            dispatcher.utter_message(response="utter_ask_reply_time")
        return [
            *events,
            *_stop_form(tracker),
            *_flag(tracker, "human"),
            SlotSet("waiting_for_person", True),
            SlotSet("handoff", "waiting"),
            # -- round 39, helper F5 -- asking for a person again after "dont msg this phone".
            *([SlotSet("no_reply_here", None)] if tracker.get_slot("no_reply_here") else []),
        ]


# m92b (round 92): Chantelle, at the disability question: "no. i live in brixton so lambeth. can
# i talk to a real person bc this bot aint answering what i asked" got the hand-off, and after
# "carry on" she was asked the disability question and her borough again ("i said no
# already", "lambeth i told u"). Answers to the questions given beside the request for a person
# are kept. The contact questions are left to the hand-off's own reading (_referral_yes).
_M92B_NOT_HERE = ("consent", "referral_consent", "contact_safe", "voicemail_ok")


def m92b_answers_beside_person(tracker: Tracker) -> list[EventType]:
    requested = tracker.get_slot("requested_slot")
    if (
        tracker.active_loop_name != "needs_assessment_form"
        or not requested
        or requested in _M92B_NOT_HERE
    ):
        return []
    turn = turn_from(tracker)
    # Only the sentences that do not ask for a person: "no i want to talk to someone real" is
    # no answer to the question.
    sentences = [part.strip() for part in re.split(r"(?<=[.!?;\n])\s*", turn.text) if part.strip()]
    rest = [part for part in sentences if not asks_for_person(part)]
    if not rest or len(rest) == len(sentences):
        return []
    said = reading.read_turn(replace(turn, text=" ".join(rest)))
    if said.reject or said.pause or requested not in said.slots:
        return []
    return [
        SlotSet(key, value)
        for key, value in said.slots.items()
        if key in (*FORM_SLOTS, *EXTRA_SLOTS) and key not in _M92B_NOT_HERE
    ]


def _reply_time_matters(tracker: Tracker) -> bool:
    """Whether someone near them may see a reply: abuse at home, or a phone someone checks."""
    return bool(
        tracker.get_slot("crime_type") == "domestic_abuse"
        or tracker.get_slot("relationship_to_offender") in ("partner_or_ex", "family_member")
        or tracker.get_slot("discreet")
        or tracker.get_slot("contact_safe") is False
    )


def _reply_time(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> list[EventType]:
    """The answer to "when is it safe for them to reply?", kept for the worker to see."""
    sent = _sent(tracker)
    asked_now = bool(sent) and sent[-1] == "utter_ask_reply_time"
    if not asked_now and not j5_reply_time_pending(sent):
        return []
    # -- round 65, helper j5 -- "dont msg wen im home ... after school is fine" (Kieran): the
    # time not to write is kept beside the time to; a later message is read only for times.
    noted = j5_reply_times(text)
    times = read_answer("contact_times", text).value if asked_now else noted
    if noted and "not when at home" in noted:
        times = noted
    if not times:
        return []
    # "yes any time": said back as "any time", not "yes any time" (round 29, Ellie).
    times = re.sub(r"^(?:yes|yeah|yep|ok|okay|sure)\b[\s,.!]*", "", str(times), flags=re.I) or times
    dispatcher.utter_message(response="utter_reply_time_kept", times=times)
    return [SlotSet("contact_times", times)]


# -- round 65, helper j5 -- Kieran (r64a, 17), asked after "human" when a worker may reply here,
# answered "hello??" first, then "dont msg wen im home he chex my phone sometimes. after school is
# fine", which got the waiting text: the question is still open while only "still waiting" has
# been said since it, twice at most.
_J5_WAITING_ACKS = frozenset({"utter_while_waiting", "utter_still_waiting"})


def j5_reply_time_pending(sent: list[str | None]) -> bool:
    """Whether "when is it safe for them to reply?" is still unanswered: asked, and only the
    waiting message (twice at most) sent since."""
    if "utter_ask_reply_time" not in sent:
        return False
    since = sent[len(sent) - sent[::-1].index("utter_ask_reply_time") :]
    return 0 < len(since) <= 2 and all(name in _J5_WAITING_ACKS for name in since)


# -- end of round 65, helper j5 --


# -- round 69, helper p1 --
# Sadia, typing in secret: "carry on. weekday mornings, he works, his mother sleeps late" after a
# pause got "I'm still here... message 'carry on'": a message that starts with "carry on" asks
# for the questions back (the rest is read as the answer waiting). Hodan: "why you say 999? we
# ok now" was not taken as safe: "we ok now", "we are safe" are.
_P1_CARRY_ON_FIRST = re.compile(
    r"^(?:ok |okay |yes |yeah |right |pls |please )?(?:carry on|continue|go on|keep going)\b"
    r"(?! later| another time| tomorrow| with (?:him|her|them))"
)


def p1_starts_with_carry_on(text: str) -> bool:
    return bool(_P1_CARRY_ON_FIRST.match(questions.plain(text)))


def p1_says_safe_while_paused(text: str) -> bool:
    """ "why you say 999? we ok now": safe said, nothing of danger now beside it."""
    return (
        not questions.must_go(text)
        and risk_words.p1_says_we_are_safe(text)
        and risk_words.detect_risk(text) is None
    )


# -- end of round 69, helper p1 --


# "carry on then", "ok carry on", not "dont carry on" or "can i carry on later".
_CARRY_ON_SAID = re.compile(
    r"(?<!can i )(?<!i ll )(?<!ill )\b(?:carry on|continue|go on|keep going)\b"
    r"(?! later| another time| tomorrow)"
)
_NOT_CARRY_ON = re.compile(
    r"\b(?:dont|do not|not|cant|can t|wont|never)\b(?: \w+){0,3} (?:carry on|continue|go on|"
    r"keep going)\b"
)


# f88d (round 89) -- Doreen, 81, waiting for a person after the result: "my hearing isnt good on
# the phone dear. carry on then. yes please pass my details on" got the referral question again
# ("I just said yes"). The form had stopped for the handoff, so no question was requested; the
# referral question still open after the result is the one her words answer.
def f88d_referral_waiting(tracker: Tracker) -> str | None:
    pending = (
        tracker.get_slot("results_shown")
        and tracker.get_slot("referral_consent") is None
        and "referral_consent" not in (tracker.get_slot("skipped_slots") or [])
    )
    return "referral_consent" if pending else None


def f88d_yes_said(rest: str) -> bool:
    """A yes in words, or asking to be referred, beside "carry on" ("ok carry on" alone is no
    yes to being contacted); never with a no or a question beside it."""
    said = bool(_U86D_YES_WORD.search(rest) or reading.asks_to_be_referred(rest))
    return (
        said
        and read_answer("referral_consent", rest).value is True
        and not questions.is_question(rest)
    )


def f88d_say_without_phone(dispatcher: CollectingDispatcher, domain: DomainDict, name: str) -> bool:
    """Says the ``cannot_phone`` variant of response ``name``, when it has one (Rasa renders a
    response with the slots from before the action, so the variant is picked here)."""
    for variant in (domain.get("responses") or {}).get(name) or []:
        wanted = variant.get("condition") or []
        if [(c.get("name"), c.get("value")) for c in wanted] == [("cannot_phone", True)]:
            dispatcher.utter_message(
                text=variant.get("text"), buttons=variant.get("buttons") or [], utter_action=name
            )
            return True
    return False


# end f88d


class ActionWhileWaiting(Action):
    """Every message from someone waiting for a support worker gets an answer: what happens
    next and how to get help now. Once a worker is answering, the bot keeps quiet unless the
    worker has been silent for a while."""

    def name(self) -> str:
        return "action_while_waiting"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        # f88d (round 89) -- Doreen, 81: "my hearing isnt good on the phone dear" while waiting
        # for a person: kept (cannot_phone), so what follows offers live chat and text relay
        # rather than "call Victim Support ... 08 08 16 89 111".
        text = str(tracker.latest_message.get("text") or "")
        heard = not tracker.get_slot("cannot_phone") and bool(read_account(text).cannot_phone)
        events = self._run(dispatcher, tracker, domain, heard)
        return [*events, SlotSet("cannot_phone", True)] if heard else events

    def _run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
        heard: bool = False,
    ) -> list[EventType]:
        text = str(tracker.latest_message.get("text") or "")
        later = _stop_messages_later(dispatcher, tracker, text)
        if later is not None:
            return later
        # -- round 39, helper F5 -- "dont msg this phone" is honoured at once, even while a
        # worker is answering (Leon, 15, on his friend's phone).
        stopped = _f5_no_reply_here(dispatcher, tracker, text)
        if stopped is not None:
            return stopped
        if questions.must_go(text):
            # -- round 48, helper S6 -- "hes waking up" while waiting: one short message, not
            # "a support worker will reply here".
            dispatcher.utter_message(response="utter_go_now")
            return []
        worker_spoke = _last_worker_message(tracker)
        if worker_spoke is not None and time.time() - worker_spoke < WORKER_QUIET_SECONDS:
            return []
        if _u1_call_chosen(tracker) and tracker.get_slot("handoff") != "worker":
            # -- round 50, helper U1 -- "reply here? no i said phone me on the house phone"
            # (Brian): they chose a call, so no more "a support worker will reply here".
            return _u1_will_ring(dispatcher, tracker, text)
        if _U1_BYE.search(plain(text)) and reading.signs_off(text):
            # -- round 50, helper U1 -- "thank you dear goodbye" while waiting: a goodbye.
            _f5_goodbye(dispatcher, tracker, text)
            return []
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent == "carry_on" and tracker.get_slot("handoff") == "worker":
            dispatcher.utter_message(response="utter_worker_has_it")
            return []
        if (
            _CARRY_ON_SAID.search(plain(text))
            and not _NOT_CARRY_ON.search(plain(text))
            and tracker.get_slot("handoff") != "worker"
            and not tracker.get_slot("assessment_done")
        ):
            # "Fine. carry on then, quickly. and does the ombudsman cost anything": back to the
            # questions, with the question answered (round 29, Hugh).
            dispatcher.utter_message(response="utter_back_to_bot")
            known = _known_answer(tracker, text)
            if known is not None:
                say(dispatcher, known)
            # "carry on i guess. and yes id be worried about court": the answer beside it is
            # kept, not asked for again (round 29 replay, Nat).
            requested = tracker.get_slot("requested_slot")
            if requested is None and not tracker.get_slot("results_shown"):
                # p94b (round 94): Kwabena, "carry on then. yes police came ... they said hes
                # been charged": the form had stopped for the person, so its question is the
                # last one asked, and his yes answers it (he was asked it again).
                last = _last_asked(tracker)
                requested = last if last and tracker.get_slot(last) is None else None
            rest = _CARRY_ON_SAID.sub(" ", plain(text))
            value = read_answer(requested, rest).value if requested and rest.strip() else None
            if requested is None and f88d_referral_waiting(tracker) and f88d_yes_said(rest):
                requested, value = "referral_consent", True  # f88d (round 89): Doreen's yes
            return [
                SlotSet("waiting_for_person", False),
                SlotSet("handoff", None),
                *([SlotSet(requested, value)] if value is not None else []),
                FollowupAction("needs_assessment_form"),
            ]
        taken = _referral_yes(dispatcher, tracker, text)
        if taken:
            return taken
        refused = g89g_no_details_while_waiting(dispatcher, tracker, text)  # g89g (round 89)
        if refused is not None:
            return refused
        if asks_for_a_call(text):
            # "don't reply here, i want a phone call": nobody writes in this chat; a support
            # service is asked to ring them instead.
            dispatcher.utter_message(response="utter_call_instead")
            events: list[EventType] = [
                SlotSet("waiting_for_person", False),
                SlotSet("handoff", None),
            ]
            if tracker.get_slot("consent") is not True:
                consent = _consent_after_all(dispatcher, tracker)
                if consent is None:
                    dispatcher.utter_message(response="utter_call_needs_consent")
                    return events
                events += consent
            referral = {"referral_consent": True, **contact_said(text)}
            return [
                *events,
                *_reopen(dispatcher, referral),
                FollowupAction("needs_assessment_form"),
            ]
        kept = _reply_time(dispatcher, tracker, text)
        if kept:
            return kept
        taken_off = f88a_interpreter_taken_off(dispatcher, tracker, text)  # f88a (round 88)
        if taken_off is not None:
            dispatcher.utter_message(response="utter_still_waiting")
            return taken_off
        # -- round 39, helper F5 -- "after 4pm weekdays" (Grace) puts the times right; an
        # instruction on how to contact them is kept with their referral.
        changed = _f5_times_while_waiting(dispatcher, tracker, text) or _f5_keep_notes(
            dispatcher, tracker, text
        )
        if changed:
            return changed
        put_right = l1_correction_while_waiting(dispatcher, tracker, text)  # round 66, helper l1
        if put_right:
            return put_right
        _answer_while_waiting(dispatcher, tracker)
        acks = sum(
            1
            for event in tracker.events
            if event.get("event") == "bot"
            and (event.get("metadata") or {}).get("utter_action") == "utter_while_waiting"
        )
        waiting_reply = "utter_while_waiting" if acks < 2 else "utter_still_waiting"
        if tracker.get_slot("no_reply_here"):
            # n80c (round 80), Nadia: told "nobody will reply in this chat", then "a support
            # worker will reply here": what is stored (no_reply_here) is what is said.
            waiting_reply = "utter_n80c_no_reply_here_waiting"
        if heard and f88d_say_without_phone(dispatcher, domain, waiting_reply):
            return []  # f88d (round 89): the reply for someone who cannot phone, this turn too
        dispatcher.utter_message(response=waiting_reply)
        return []


# g89g (round 89): Chris, taken as asking for a person when he asked what a support service
# does, then said "I didnt ask for a person. forget it. no dont pass my details on, I'll just
# report it online myself" and "I said NO. you're not passing my details to anyone right?", and
# was told twice "a support worker will reply here". A no to passing details on, while waiting
# and not referred: said back, the request for a person withdrawn, and the referral question
# closed with a no.
_G89G_NO_PASSING = re.compile(
    r"\b(?:dont|don t|do not|never|no) (?:pass|passing|give|giving|send|sending|share|sharing|"
    r"hand|handing)\w* (?:on )?(?:my|me|any of my|any) (?:details|info|information|number|name|"
    r"data)\b|\b(?:didnt|didn t|did not|never) ask(?:ed)? (?:for|to speak to|to talk to) (?:a |"
    r"an |any )?(?:person|human|support worker|real person|worker)\b"
)


def g89g_no_details_while_waiting(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """A no to passing details on from someone waiting for a person, not referred."""
    words = plain(text)
    if tracker.get_slot("referral_consent") is True or tracker.get_slot("handoff") == "worker":
        return None
    if not (_G89G_NO_PASSING.search(words) or questions._O3_NOT_PASSING.search(words)):
        return None
    if asks_for_person(text):
        return None
    known = _known_answer(tracker, text)
    if known is not None and known.response != "utter_o3_details_not_passed":
        say(dispatcher, known)  # "I'll just report it online myself": how to report
    dispatcher.utter_message(response="utter_g89g_details_not_passed_no_person")
    flags = list(tracker.get_slot("flags") or [])
    if "human" in flags and tracker.get_slot("consent") is True:
        records.withdraw_flag(records.open_db(), tracker.sender_id, "human")
    return [
        SlotSet("waiting_for_person", False),
        SlotSet("handoff", None),
        SlotSet("flags", [flag for flag in flags if flag != "human"]),
        *([SlotSet("referral_consent", False)] if f88d_referral_waiting(tracker) else []),
    ]


# -- round 50, helper U1 --
_U1_BYE = re.compile(
    r"\b(?:bye|byee+|goodbye|good bye|good night|goodnight|night night|take care|see you|"
    r"speak soon)\b"
)


# z87a (round 87): Ellie chose email because her PA reads her phone and helps with her texts
# ("she doesn't look at my email, only helps with texts sometimes"); "can I talk to an actual
# person" then got "I've asked a support worker to read this chat and reply here". Referred by
# email, with her phone not private: a worker emails her, and nobody replies in this chat.
_Z87A_PHONE_SEEN = re.compile(
    r"\b(?:reads?|read|looks? at|looks? through|checks?|goes through|go through|sees?|helps? "
    r"(?:me )?with) (?:my )?(?:phone|texts?|messages)\b|\b(?:she|he|they) (?:d|would|will|ll|"
    r"might|could) (?:hear|see)\b"
)


def z87a_email_for_safety(tracker: Tracker) -> bool:
    """Referred by email, and their phone is not private (told, or read from what they said)."""
    if tracker.get_slot("contact_method") != "email" or not _f5_referral_stands(tracker):
        return False
    if "@" not in str(tracker.get_slot("contact_details") or ""):
        return False
    said = tuple(answers_from(tracker).get("said") or ())
    return bool(
        tracker.get_slot("discreet")
        or tracker.get_slot("contact_safe") is False
        or "not_this_phone" in (tracker.get_slot("contact_notes") or ())
        or any(_Z87A_PHONE_SEEN.search(plain(str(one))) for one in said)
    )


def z87a_will_email(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """A worker will email them; the team is told not to reply in this chat."""
    dispatcher.utter_message(response="utter_z87a_will_email")
    notes = list(tracker.get_slot("contact_notes") or [])
    events: list[EventType] = [*_stop_form(tracker)]
    if "not_this_phone" not in notes:
        notes.append("not_this_phone")
        _f5_save(tracker, {"contact_notes": notes, "no_reply_here": True})
    human = record_flag(tracker, "human")
    record_flag(tracker, "no_reply_here")
    flags = list(dict.fromkeys([*human, "no_reply_here"]))
    return [
        *events,
        SlotSet("contact_notes", notes),
        SlotSet("no_reply_here", True),
        SlotSet("waiting_for_person", False),
        SlotSet("handoff", None),
        SlotSet("flags", flags),
    ]


def _u1_call_chosen(tracker: Tracker) -> bool:
    """After the result, referred, and they asked to be phoned (Brian, round 49)."""
    # -- round 73, helper z73d --: Kyle, Deaf, who gave only an email, was told "A support
    # worker will phone you on the number you gave": only someone who can phone and gave a
    # number is told a worker will ring.
    if tracker.get_slot("cannot_phone") or "@" in str(tracker.get_slot("contact_details") or ""):
        return False
    return bool(tracker.get_slot("assessment_done")) and questions.u1_chose_a_call(
        answers_from(tracker)
    )


def _u1_will_ring(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> list[EventType]:
    """Someone who chose a phone call: their question answered, then that a worker will ring
    (not reply here), or a goodbye; never left waiting for a reply in this chat."""
    known = _known_answer(tracker, text)
    told = False
    with_them = u86c_supporter_too_kept(dispatcher, tracker, text)  # u86c (round 86): Wayne's Jo
    if with_them is not None:
        return with_them
    own = n94f_own_number_kept(dispatcher, tracker, text)  # n94f (round 94): Carol
    if own is not None:
        return own
    if known is not None and not questions.u1_wants_a_phone_call(text):
        say(dispatcher, known)
        told = known.response == "utter_u1_they_will_ring"
    if reading.signs_off(text):
        _f5_goodbye(dispatcher, tracker, text)
    elif not told:
        waited = tracker.get_slot("waiting_for_person") or tracker.get_slot("handoff")
        who = supporter_too_said(tuple(answers_from(tracker).get("said") or ()))
        if who:  # u86c (round 86): Wayne wants Jo there too; said so, not just "phone you"
            dispatcher.utter_message(response="utter_u86c_will_ring_with_supporter", who=who)
        else:
            dispatcher.utter_message(
                response="utter_u1_phone_not_here" if waited else "utter_u1_they_will_ring"
            )
    return [*_stop_form(tracker), SlotSet("waiting_for_person", False), SlotSet("handoff", None)]


def _answer_while_waiting(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """What the bot can answer itself, it answers while they wait for a person."""
    text = str(tracker.latest_message.get("text") or "")
    known = _known_answer(tracker, text)
    key, confidence = _rights_answer(tracker)
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if known is not None:
        say(dispatcher, known)
    elif intent == "ask_right" and key and confidence >= reading.RIGHTS_CONFIDENCE:
        say(dispatcher, questions.rights_answer(key.split("/", 1)[1], answers_from(tracker)))


def _last_worker_message(tracker: Tracker) -> float | None:
    for event in reversed(tracker.events):
        if event.get("event") == "bot" and (event.get("metadata") or {}).get(WORKER_KEY):
            return float(event.get("timestamp") or 0)
    return None


def _came_back(tracker: Tracker) -> bool:
    """Whether the latest message asked for the questions back ("carry on", "I'm safe now"), or
    the bot took the chat back from waiting for a person this turn ("ok. carry on. yes they can
    contact me ...", read as telling what happened: round 37, Zara)."""
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if intent in ("carry_on", "safe_now"):
        return True
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if (event.get("metadata") or {}).get("utter_action") == "utter_back_to_bot":
            return True
    return False


def _sent_this_turn(tracker: Tracker) -> bool:
    """Whether the bot has already said something since the person's last message."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot":
            return True
    return False


def _sent(tracker: Tracker) -> list[str | None]:
    return [
        (event.get("metadata") or {}).get("utter_action")
        for event in tracker.events
        if event.get("event") == "bot"
    ]


class ActionStop(Action):
    def name(self) -> str:
        return "action_stop"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        text = str(tracker.latest_message.get("text") or "")
        withdrawn = p94b_withdraw_sent_referral(dispatcher, tracker, text)  # p94b (round 94)
        if withdrawn is not None:
            # Megan, "can u cancel it pls" after her referral: the request, not the chat.
            return [*_stop_form(tracker), *withdrawn]
        stopped = _f5_no_reply_here(dispatcher, tracker, text)
        if stopped is not None:
            return [*_stop_form(tracker), *stopped]
        if tracker.get_slot("assessment_done"):
            # "ok. tell them if a woman answers just say wrong number. im going to delete these
            # messages now. thanks" read as goodbye (round 39, Chris): kept with the referral.
            noted = _f5_keep_notes(dispatcher, tracker, text)
            if noted is not None:
                if reading.signs_off(text):
                    _f5_goodbye(dispatcher, tracker, text)
                return [
                    *_stop_form(tracker),
                    *noted,
                    SlotSet("waiting_for_person", False),
                    SlotSet("handoff", None),
                ]
        known = _known_answer(tracker, text)
        if known is not None and "?" in text:
            # "how soon will someone call me?" read as goodbye: the question first.
            say(dispatcher, known)
        if intent == "goodbye":
            # -- round 39, helper F5 -- "ok. i go to the GP tomorrow for jaw. thank you brother"
            # (Ahmed) was told "OK, I'll stop here": a kind goodbye, not a stop.
            _f5_goodbye(dispatcher, tracker, text)
        elif _referred(tracker) and tracker.get_slot("assessment_done"):
            # "never mind. bye" after a referral: it still stands, so say so.
            dispatcher.utter_message(response="utter_stop_referral_stands")
        else:
            dispatcher.utter_message(response="utter_stop")
        return [
            *_stop_form(tracker),
            SlotSet("waiting_for_person", False),
            SlotSet("handoff", None),
        ]


class ActionConfirmDelete(Action):
    def name(self) -> str:
        return "action_confirm_delete"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = str(tracker.latest_message.get("text") or "")
        known = _known_answer(tracker, text)
        if known is not None and known.response == "utter_c4_clear_phone":
            # -- round 63, helper i5 --: "how i delete this from phone now" (Nadia, who hides
            # the chat from her husband) is about her phone, not our records: how to clear it.
            say(dispatcher, known)
            return _stop_form(tracker)
        if known is not None and h90c_image_takedown(text):
            # h90c (round 90): "how do i actually get it deleted off everyones phones" (Kayla,
            # 17) is about her picture, not our records: answer it, never offer to erase.
            say(dispatcher, known)
            return _stop_form(tracker)
        dispatcher.utter_message(response="utter_confirm_delete")
        return _stop_form(tracker)


_KEEP_IT_SAID = re.compile(
    r"\b(?:keep it|keep this|dont delete|do not delete|not this (?:conversation|chat)|not the "
    r"(?:chat|conversation)|on my phone|off my phone|i meant|no delete)\b"
)


def _refuses_deletion(text: str) -> bool:
    words = plain(text)
    return yes_no(text) is False or bool(_KEEP_IT_SAID.search(words))


class ActionDeleteMyData(Action):
    """Erase our records now; the tracker store erases the conversation when it sees the slot."""

    def name(self) -> str:
        return "action_delete_my_data"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = str(tracker.latest_message.get("text") or "")
        if _J1_KEEP_THE_REST.search(plain(text)) and not re.search(
            r"\b(?:all|everything|whole)\b", plain(text)
        ):
            # -- round 41, helper J1 -- "can u just delete the bridge bit and keep the rest"
            # (Jess): one part cannot be deleted; never the whole chat on that.
            dispatcher.utter_message(response="utter_j1_delete_one_part")
            return []
        if _sent(tracker)[-1:] == ["utter_c4_clear_phone"] and not re.search(
            r"\b(?:delete|erase|wipe|remove)\b", plain(text)
        ):
            # -- round 63, helper i5 --: "ok" after how to clear the phone: not a yes to erasing
            # our records, which was never asked.
            dispatcher.utter_message(response="utter_delete_cancelled")
            return []
        if _refuses_deletion(text):
            # "NO! Not this conversation. The photo...": a no is never taken as the yes.
            dispatcher.utter_message(response="utter_delete_cancelled")
            return []
        counts = records.erase(records.open_db(), tracker.sender_id)
        logger.info("Erased records at the person's request: %s", counts)
        dispatcher.utter_message(response="utter_deleted")
        return [SlotSet("data_erased", True)]


# -- round 39, helper F5 --
# What happens after the results, after a referral is passed on, and while waiting for a person.
# Round 39: Chris ("tell them if a woman answers just say wrong number"), Maureen, 74 ("Could you
# put that I'm hard of hearing so they don't try to ring?") and Priya ("u said before youd ask
# them to keep it plain. did u?") were told "I can't answer that one here"; Grace's question
# ("like if hes outside my door tonight do i call 999") was stored as her contact times; Leon,
# 15, on his friend's phone, said "dont msg this phone" and was told "they'll reply here"; and
# goodbyes ("Thank you for your help, good evening.") got "I can't do more with that here".

_F5_BARE_THANKS = re.compile(r"^(?:ok |okay )?(?:thanks|thank you|thankyou|thank u|ta|cheers)$")
# What "I've added that to your request: {note}. ..." leaves of one text for the note.
_F5_NOTE_ROOM = 200
_F5_MOBILE = re.compile(r"^\s*(?:\+44\s*|0)7")


def _f5_answers_contact_question(tracker: Tracker, text: str) -> bool:
    """Whether the message says yes to the question about being contacted that the form asks."""
    requested = tracker.get_slot("requested_slot")
    return (
        bool(tracker.active_loop_name)
        and requested in ("referral_consent", "contact_safe")
        and read_answer(requested, text).value is True
    )


def _f5_referral_stands(tracker: Tracker) -> bool:
    return _consented(tracker) and _referred(tracker)


def _f5_save(tracker: Tracker, changed: Mapping[str, Any]) -> None:
    """The referral record brought up to date now: no form runs after these messages."""
    if _consented(tracker) and tracker.get_slot("case_reference"):
        _save(tracker, _result(tracker), changed)


def _f5_keep_notes(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """An instruction on how to contact them safely, given after the referral: kept with it
    (only if they agreed to us keeping their answers) and said back in one line."""
    checked_times = k77b_times_checked(dispatcher, tracker, text)  # k77b (round 77)
    if checked_times is not None:
        return checked_times
    refused = f96a_no_home_visit(dispatcher, tracker, text)  # f96a (round 96): Jamal
    if refused is not None:
        return refused
    said = reading.contact_notes_said(text)
    method = tracker.get_slot("contact_method")
    said += [c for c in reading.k77b_notes_said(text, method) if c not in said]  # k77b
    someone_else = bool(tracker.get_slot("for_someone_else"))
    said += [c for c in reading.k78a_notes_said(text, someone_else) if c not in said]  # k78a
    said += [c for c in reading.m79d_notes_said(text, method) if c not in said]  # m79d
    said += [c for c in reading.n80c_notes_said(text) if c not in said]  # n80c (round 80)
    said += [c for c in reading.p81d_notes_said(text) if c not in said]  # p81d (round 81)
    said += [c for c in reading.g89f_notes_said(text, method) if c not in said]  # g89f: Winston
    said += [c for c in reading.community_notes_said(text) if c not in said]  # i91d: Harjit
    second = s83e_second_number(tracker, text)  # s83e (round 83): Rose's son Gary
    if second is not None and "second_number" not in said:
        said.append("second_number")
    if "supporter_too" in said:
        said = [c for c in said if c != "someone_else_too"]  # u86c (round 86): Wayne's Jo
    if "victim_deaf" in said:
        # k78a: "tell them Elsie is deaf" (Rose, her neighbour): the person helped, not the one
        # to contact, so Rose's phone call stays a call.
        said = [c for c in said if c not in ("deaf", "hard_of_hearing", "no_calls")]
    if "no_calls" in said and {"deaf", "hard_of_hearing"} & set(said):
        said.remove("no_calls")  # k77b: Deaf or hard of hearing already says "do not phone"
    if "no_texts" in said and tracker.get_slot("contact_method") == "text":
        said.remove("no_texts")  # a change of the way, which the corrections read, not a note
    if not said or not _f5_referral_stands(tracker):
        return None
    kept = c75a_notes_kept(tracker)  # -- round 75, helper c75a --
    already = [
        code for code in said if code in kept or (code == "plain" and tracker.get_slot("discreet"))
    ]
    if second is not None and s83e_given_before(tracker, second):  # s83e (round 83)
        already.append("second_number")
    changed: dict[str, Any] = {"contact_notes": [*kept, *(c for c in said if c not in kept)]}
    if "plain" in said:
        changed["discreet"] = True
    if "deaf" in said:
        # -- round 65, helper k5 -- Yusra: "not hard of hearing. i am Deaf": her word replaces it.
        changed["contact_notes"] = [c for c in changed["contact_notes"] if c != "hard_of_hearing"]
    if "deaf_not_disability" in said and tracker.get_slot("impairment") is True:
        changed["impairment"] = None  # "deaf not disability for me, deaf is my language"
    if "hard_of_hearing" in said or "deaf" in said:
        changed["cannot_phone"] = True
        if tracker.get_slot("contact_method") == "call" and _F5_MOBILE.match(
            str(tracker.get_slot("contact_details") or "")
        ):
            changed["contact_method"] = "text"  # "so they don't try to ring"
    _f5_save(tracker, changed)
    if second is not None:  # s83e (round 83)
        s83e_second_number_said(dispatcher, text, said, already, second)
        return [SlotSet(key, value) for key, value in changed.items()]
    if said == ["no_texts"]:
        c75a_no_texts_said_back(dispatcher, tracker, already=bool(already))
        return [SlotSet(key, value) for key, value in changed.items()]
    if k77b_said_back(dispatcher, tracker, said, already):  # k77b (round 77)
        return [SlotSet(key, value) for key, value in changed.items()]
    if said == ["parent_too"]:  # k78a (round 78), Zoe: "will they ring her"
        dispatcher.utter_message(
            response="utter_k78a_parent_too_kept" if already else "utter_k78a_parent_too_added"
        )
        return [SlotSet(key, value) for key, value in changed.items()]
    notes = [contact_notes.SAID[code] for code in said]
    while len(notes) > 1 and sum(len(n) + 6 for n in notes) > _F5_NOTE_ROOM:
        notes.pop()  # one text: the first said are said back, and all are kept
    note = notes[0] if len(notes) == 1 else ", ".join(notes[:-1]) + ", and " + notes[-1]
    checked = reading.checks_a_note(text) and len(already) == len(said)
    threat = [code for code in said if code.startswith("threat_home")]
    if threat and not checked:
        # -- round 65, helper k5 -- "he threat come to my flat. tell them" (Yusra, Deaf): kept
        # for the worker, said back on its own, with what to do if they come, in a way she can
        # use; the other notes first, in one line.
        others = [contact_notes.SAID[code] for code in said if code not in threat]
        if others:
            rest = others[0] if len(others) == 1 else ", ".join(others[:-1]) + ", and " + others[-1]
            dispatcher.utter_message(response="utter_f5_note_added", note=rest)
        deaf = tracker.get_slot("cannot_phone") or changed.get("cannot_phone")
        dispatcher.utter_message(
            response="utter_k5_threat_noted_text" if deaf else "utter_k5_threat_noted",
            note=contact_notes.SAID[threat[0]],
        )
        return [SlotSet(key, value) for key, value in changed.items()]
    dispatcher.utter_message(
        response="utter_f5_note_kept" if checked else "utter_f5_note_added", note=note
    )
    return [SlotSet(key, value) for key, value in changed.items()]


# -- round 75, helper c75a --
def c75a_notes_kept(tracker: Tracker) -> list[str]:
    """The notes kept with the referral, with those read from what they said before this
    message (Precious's "no texts" at the question about being contacted)."""
    answers = answers_from(tracker)
    earlier = {
        **answers,
        "said": tuple(answers.get("said") or ())[:-1],
        "contact_notes": list(tracker.get_slot("contact_notes") or []),
    }
    c75a_no_texts_noted(earlier)
    return list(earlier["contact_notes"])


def c75a_no_texts_said_back(
    dispatcher: CollectingDispatcher, tracker: Tracker, *, already: bool
) -> None:
    """ "they wont text me will they?" (Precious): no texts, and how they will be contacted, as
    the referral holds it (the way, no voicemail, the times), so she can see it is right."""
    contact = {key: tracker.get_slot(key) for key in (*REFERRAL_SLOTS, "worker_gender", "language")}
    dispatcher.utter_message(
        response="utter_c75a_no_texts_kept" if already else "utter_c75a_no_texts_added",
        contact_how=wording.contact_line(contact),
    )


# -- end of round 75, helper c75a --


# f96a (round 96) -- Jamal, 17: "take off the home visit thing i dont want that", "did u take off
# the home visit or not" (a home visit noted from "what do i do if they come to my house
# tonight", the boys he fears) was told "Yes, that's on your request: a home visit is wanted".
def f96a_no_home_visit(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """A home visit refused after the referral: taken off, kept as "no home visits", and said."""
    if not reading.f96a_refuses_home_visit(text) or not _f5_referral_stands(tracker):
        return None
    notes = [code for code in c75a_notes_kept(tracker) if code != "home_visit"]
    if "no_home_visit" not in notes:
        notes.append("no_home_visit")
    _f5_save(tracker, {"contact_notes": notes})
    dispatcher.utter_message(response="utter_f96a_no_home_visit")
    return [SlotSet("contact_notes", notes)]


# end f96a


def _f5_goodbye(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> None:
    """A kind goodbye: that their request stands, Samaritans if they told of thoughts of suicide
    earlier, and 999."""
    if re.search(r"\bsorry\b", plain(text)):
        dispatcher.utter_message(response="utter_f5_nothing_to_be_sorry_for")
    referred = _referred(tracker) and bool(tracker.get_slot("assessment_done"))
    if "self_harm" in (tracker.get_slot("flags") or []) and not j1_self_harm_taken_back(tracker):
        name = "utter_f5_goodbye_samaritans_referred" if referred else "utter_f5_goodbye_samaritans"
    elif reading.says_deleting_now(text):
        # y86 (round 86): "ok thank you. i will delete this now" (Priya): a goodbye that says
        # deleting the messages is a good idea, and that the request stands.
        name = "utter_y86_goodbye_deleting"
    else:
        name = "utter_f5_goodbye_referred" if referred else "utter_goodbye"
    dispatcher.utter_message(response=name)


# x86a (round 86): Pat, 81, whose request already said "not tuesdays and fridays", wrote "No dear
# NOT tuesdays and fridays, that is when the carer and her son are here. Any other day" and got
# "I can't do more with that here": the days she gave, already on her request, said back.
def x86a_days_kept(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    times = str(tracker.get_slot("contact_times") or "")
    if not times or not _f5_referral_stands(tracker):
        return None
    days = reading.x86a_days_put_right(text, times)
    if not days or not reading.x86a_same_days(days, times):
        return None
    dispatcher.utter_message(response="utter_x86a_days_kept", times=times)
    return []


# g89c (round 89): Hannah, told "they should contact you by phone ... on your daughter's number
# ending 731": "It is NOT my daughter's number, it is MY number. Ellie mustn't get a call about
# this before I've talked to her. Can you correct that?" got "I can't answer that one here". The
# number is put right as her own: kept with the referral (contact note own_phone) and said back.
def g89c_own_number_put_right(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    words = " ".join(re.sub(r"[^a-z0-9]+", " ", re.sub(r"['’]s\b", " s", text.lower())).split())
    if not g89c_own_phone(words) or not _f5_referral_stands(tracker):
        return None
    digits = "".join(ch for ch in str(tracker.get_slot("contact_details") or "") if ch.isdigit())
    if len(digits) < 6 or tracker.get_slot("contact_method") not in ("call", "text"):
        return None
    kept = c75a_notes_kept(tracker)
    changed: dict[str, Any] = {
        "contact_notes": [*(c for c in kept if c != "friends_phone"), "own_phone"]
    }
    _f5_save(tracker, changed)
    dispatcher.utter_message(response="utter_g89c_own_number_kept", ending=digits[-3:])
    return [SlotSet("contact_notes", changed["contact_notes"])]


def _f5_after_result(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """After the result: an instruction on how to contact them kept with the referral, "what
    have you got down about me" answered, and a goodbye met with one. None: none of those."""
    withdrawn = p94b_withdraw_sent_referral(dispatcher, tracker, text)  # p94b (round 94), Megan
    if withdrawn is not None:
        return withdrawn
    taken_off = f88a_interpreter_taken_off(dispatcher, tracker, text)  # f88a (round 88), Tasha
    if taken_off is not None:
        return taken_off
    kept = k78a_nothing_deleted(dispatcher, tracker, text)  # k78a (round 78), Leah
    if kept is not None:
        return kept
    named = g89f_name_put_right(dispatcher, tracker, text)  # g89f (round 89), Winston
    if named is not None:
        return named
    days_kept = x86a_days_kept(dispatcher, tracker, text)  # x86a (round 86), Pat
    if days_kept is not None:
        return days_kept
    own = g89c_own_number_put_right(dispatcher, tracker, text)  # g89c (round 89), Hannah
    if own is not None:
        return own
    noted = _f5_keep_notes(dispatcher, tracker, text)
    if noted is not None and questions.m79d_asks_contact_read_back(text):
        # m79d (round 79): "What email address do you have for me? And the no calls?" (Bernadette)
        return [*noted, *(g76b_after_referral(dispatcher, tracker, text) or [])]
    if noted is not None:
        if questions.m2_asks_chat_to_tell_police_number(text) and answer_facts.fits(
            "utter_m2_chat_cannot_tell_police", text, answers_from(tracker)
        ):
            # -- round 67, helper m2 -- Winston: "...speak up cos of my ears? and can you tell the
            # police to use her number as well": the note kept, and the police part answered.
            dispatcher.utter_message(response="utter_m2_chat_cannot_tell_police")
        chase = service_answers.v86a2_worker_chases_police_answer(text, answers_from(tracker))
        if chase is not None:
            # v86a2 (round 86): Des, "Will they know I am deaf so they dont ring? And can they
            # chase the police for my crime number": the note kept, and the chasing answered.
            say(dispatcher, chase)
        else:
            other = w86t_other_question(tracker, text)  # w86t (round 86): Des
            other = other or g89f_when_they_ring(tracker, text)  # g89f (round 89): Winston
            if other is not None:
                say(dispatcher, other)
        if reading.signs_off(text):
            _f5_goodbye(dispatcher, tracker, text)
        return noted
    changes_seen = k77a_team_sees_changes(dispatcher, tracker, text)  # k77a (round 77), Stan
    if changes_seen is not None:
        return changes_seen
    read_back = g76b_after_referral(dispatcher, tracker, text)  # -- round 76, helper g76b --
    if read_back is not None:
        return read_back
    if questions.f5_asks_what_was_noted(text):
        known = _known_answer(tracker, text)
        if known is not None:
            say(dispatcher, known)
            return []
    if reading.signs_off(text) and not questions.mentions_injury(text):
        _f5_goodbye(dispatcher, tracker, text)
        return []
    return None


# w86t (round 86): Des, "Will they know I am deaf so they dont ring? And can they chase the
# police for my crime number, the insurance want it by friday": the note was kept and said back,
# and the second question dropped. A question in the message that carries no note is answered
# too, when its answer also fits the whole message; never a danger answer, and only one.
_W86T_ABOUT_CONTACT = re.compile(
    r"\b(?:ring|rings|call|calls|phone|phones|text|texts|contact|email|emails|message|messages|"
    r"msg|letter|letters|post|voicemail)\b"
)


def g89f_when_they_ring(tracker: Tracker, text: str) -> questions.Say | None:
    """g89f (round 89): Winston, "Will they know to speak up? And how soon will they ring, is it
    tomorrow?": the note said back, and the question of when answered too (w86t leaves out the
    questions about contact)."""
    for part in questions.question_parts(text):
        if "?" not in part or not reading.G89F_ASKS_WHEN.search(plain(part)):
            continue
        known = _known_answer(tracker, part)
        if known is not None and known.response == "utter_u1_they_will_ring":
            return replace(known, then=())
    return None


def w86t_other_question(tracker: Tracker, text: str) -> questions.Say | None:
    parts = questions.question_parts(text)
    if len(parts) < 2:
        return None
    whole = _known_answer(tracker, text)
    if whole is not None and whole.response in questions.ANSWERED_ALONE:
        return None  # a danger answer goes alone
    fits_whole = {
        say.response for say in ([whole, *whole.then] if whole is not None else []) if say.response
    }
    method = tracker.get_slot("contact_method")
    someone_else = bool(tracker.get_slot("for_someone_else"))
    for part in parts:
        if (
            reading.contact_notes_said(part)
            or reading.k77b_notes_said(part, method)
            or reading.k78a_notes_said(part, someone_else)
            or reading.m79d_notes_said(part, method)
            or reading.n80c_notes_said(part)
            or reading.p81d_notes_said(part)
            or _W86T_ABOUT_CONTACT.search(plain(part))
        ):
            continue  # the note's question ("will they ring her"), answered by the note said back
        known = _known_answer(tracker, part)
        if (
            known is not None
            and known.response is not None
            and known.response in fits_whole
            and known.response not in questions.ANSWERED_ALONE
        ):
            return replace(known, then=())
    return None


def _stop_messages_later(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """ "yes here is ok while im at my friends. but if i go home dont message me" (round 48,
    Aylin, 19): replies here now, and how to stop them later, which is one message away."""
    if not reading.stop_messages_later(text):
        return None
    asked_when = _sent(tracker)[-1:] == ["utter_ask_reply_time"]
    if asked_when and reading.fine_here_for_now(text):
        dispatcher.utter_message(response="utter_reply_here_until_home")
        return [SlotSet("contact_times", "now, while away from home; not once home")]
    dispatcher.utter_message(response="utter_how_to_stop_replies")
    return []


def _f5_no_reply_here(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """ "dont msg this phone" while waiting for a person: no worker may reply in this chat (the
    review app asks for an audited override), said plainly, with other ways to get help."""
    waiting = tracker.get_slot("waiting_for_person") or tracker.get_slot("handoff")
    # -- round 48, helper S6 -- "wait will they message here? no. email only. hes waking up"
    # (Abena): email only is not here, and someone waking gets the short goodbye.
    email_only = questions.s6_email_only(text)
    not_here = reading.asks_not_to_be_messaged_here(text) or email_only
    if not waiting or not not_here or asks_for_a_call(text):
        return None
    age = tracker.get_slot("age")
    young = tracker.get_slot("under_18") is True or (age is not None and float(age) < 19)
    by_email = email_only and tracker.get_slot("contact_method") == "email"
    if questions.must_go(text):
        dispatcher.utter_message(response="utter_s6_not_here_go_now")
    elif by_email and _f5_referral_stands(tracker):
        dispatcher.utter_message(response="utter_s6_not_here_email_only")
    else:
        dispatcher.utter_message(
            response="utter_f5_no_reply_here_young" if young else "utter_f5_no_reply_here"
        )
    events: list[EventType] = [
        SlotSet("waiting_for_person", False),
        SlotSet("handoff", None),
        SlotSet("no_reply_here", True),
        *_flag(tracker, "no_reply_here"),
    ]
    if _f5_referral_stands(tracker):
        notes = list(tracker.get_slot("contact_notes") or [])
        if "not_this_phone" not in notes:
            changed = {"contact_notes": [*notes, "not_this_phone"], "no_reply_here": True}
            _f5_save(tracker, changed)
            events.append(SlotSet("contact_notes", changed["contact_notes"]))
    return events


def _f5_times_while_waiting(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """ "after 4pm weekdays" while waiting for a person, once times were given: the new times,
    for the reply and the referral, said back."""
    if not tracker.get_slot("contact_times") and not _f5_referral_stands(tracker):
        return None
    times = reading.y73d_busy_times(text, reading.times_given(text))  # round 73, helper y73d
    if not times or times == tracker.get_slot("contact_times"):
        return None
    _f5_save(tracker, {"contact_times": times})
    dispatcher.utter_message(response="utter_f5_times_changed", times=times)
    return [SlotSet("contact_times", times)]


# -- round 66, helper l1 --
# Marcus, waiting for a person: "thats wrong. it was police officers who did it. and I told you
# they've stopped me 4 times this year" got only "Still waiting for a support worker". A fact put
# right while waiting is taken, said back, and kept with the record, and the wait goes on.
_L1_PUT_RIGHT = re.compile(
    r"\b(?:thats|that s|that is|its|it s|you ve got|youve got|you got|you have got|you wrote it)"
    r" (?:all |totally |completely )?wrong\b|\b(?:thats|that s|that is|its|it s) not right\b|"
    r"\bi (?:told|said to) you\b|\byou (?:wrote|put|said|have put|ve put)\b[^.!?]{0,60}"
    r"\b(?:wrong|not right)\b|\b(?:correct|change|fix) (?:that|it)\b"
)
_L1_FACTS_PUT_RIGHT = frozenset(
    {
        "relationship_to_offender",
        "repeat_victimisation",
        "reported_to_police",
        "hate_motivated",
        "crime_type",
        "age",
        "under_18",
    }
)


_N94D_LABEL_OFF = re.compile(
    r"\b(?:take|get|put) (?:that|the|this|your) (?:vulnerable|vulnerability)(?: \w+)? (?:off|out|"
    r"away)\b|\b(?:im|i m|i am) not (?:vulnerable|senile)\b"
)


def l1_correction_while_waiting(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """A fact put right ("thats wrong ... they've stopped me 4 times") while waiting for a
    person: changed, said back, and the wait goes on."""
    # n94d (round 94): Graham, waiting for a person: "and take that vulnerable thing off, im
    # not" takes the condition off (it said he may need help to give his account).
    label_off = bool(_N94D_LABEL_OFF.search(plain(text)))
    if not _L1_PUT_RIGHT.search(plain(text)) and not label_off:
        return None
    answers = answers_from(tracker)
    facts = _L1_FACTS_PUT_RIGHT | ({"impairment"} if label_off else set())
    changes = {
        key: value
        for key, value in reading.corrections(text, answers).items()
        if key in facts and value is not None and value != answers.get(key)
    }
    if not changes:
        return None
    events = _say_put_right_and_save(dispatcher, tracker, answers, changes)
    dispatcher.utter_message(response="utter_still_waiting")
    return events


def _say_put_right_and_save(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    answers: Mapping[str, Any],
    changes: dict[str, Any],
) -> list[EventType]:
    """What was changed, said back, saved to the referral record, and set (a value of None
    clears the slot and is not said)."""
    now = {**answers, **changes}
    line = wording.changed_line(
        {key: value for key, value in changes.items() if value is not None},
        about_child=bool(now.get("for_child")),
        about_others=wording.about_them(now),
        before=answers,
    )
    if line:
        dispatcher.utter_message(text=line, utter_action="utter_updated")
    else:
        dispatcher.utter_message(response="utter_updated")
    _f5_save(tracker, changes)
    return [SlotSet(key, value) for key, value in changes.items()]


# -- end of round 66, helper l1 --


# f88a (round 88) -- Tasha, not Deaf, whose request said "with a BSL interpreter": "why does it
# say BSL interpreter?? i told you im not deaf" got "Yes: your request ... says you need an
# interpreter", and "NO i dont need an interpreter. take that off. can i talk to a real person"
# left it on. Taken off the slots and the case record (with its services, so no SignHealth), said
# sorry for; a request for a person beside it is still answered by the caller.
def f88a_interpreter_taken_off(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    answers = answers_from(tracker)
    changes = reading.f88a_interpreter_off(text, answers)
    if not changes:
        return None
    result = build_result({**answers, **changes}, directory())
    events: list[EventType] = [SlotSet(key, value) for key, value in changes.items()]
    if tracker.get_slot("results_shown"):
        events.append(SlotSet("referrals", result.referral_ids))
    if _consented(tracker) and tracker.get_slot("case_reference"):
        _save(tracker, result, changes)
    if _referred(tracker) and tracker.get_slot("case_reference"):
        dispatcher.utter_message(
            response="utter_f88a_interpreter_taken_off_request",
            contact_how=wording.contact_line(_g76b_contact(tracker, changes)),
        )
    else:
        dispatcher.utter_message(response="utter_f88a_interpreter_taken_off")
    return events


# end f88a


# -- round 73, helper z73d --
# Kyle (r73c, Deaf), after being referred: "NO. not phone. EMAIL. kyle.baptiste23@gmail.com.
# please fix" and "change contact to email" got "I can't do more with that here": the way to
# contact him is changed, said back, and the referral record brought up to date.
# n103c (round 103): Bea, after the referral: "It still says 'between ten'. Please make sure they
# know it is between 10am and 4pm. I do not want a call at ten at night." got "I can't do more
# with that here": the times put right on the referral, and said back.
def n103c_times_put_right(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    if not _f5_referral_stands(tracker) or not tracker.get_slot("contact_times"):
        return None
    answers = answers_from(tracker)
    times = reading.corrections(text, answers).get("contact_times")
    if not times or times == answers.get("contact_times"):
        return None
    return _say_put_right_and_save(dispatcher, tracker, answers, {"contact_times": times})


def z73d_contact_changed(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    answers = answers_from(tracker)
    changes = reading.z73d_contact_change(text, answers)
    if not changes:
        return None
    if changes.get("contact_method") != "call":
        changes["voicemail_ok"] = None
    return _say_put_right_and_save(dispatcher, tracker, answers, changes)


# Jess (r73c): "the galop one, can you send my details to them specifically not victim
# support", "yes refer me. to galop"; Patricia (r73c): "I should prefer the road victims'
# service, Brake": the request goes to our support team. Said honestly, with the service's own
# contact from the directory, so they can contact it directly too.
_Z73D_ASKS_FOR_SERVICE = re.compile(
    r"\b(?:refer|referral|send|pass|passed|give|prefer|rather|go to|goes to|want|to)\b"
)


def _z73d_service_words(org: Organisation) -> list[str]:
    first = plain(org.name).split()[0] if plain(org.name) else ""
    if first in M79B_EVERYDAY_FIRST_WORDS:
        return m79b_service_phrase(org)  # m79b (round 79): Maya, "tell my parents"
    return [first] if len(first) >= 4 and first not in _Z73D_COMMON_WORDS else []


_Z73D_COMMON_WORDS = frozenset(
    {"london", "national", "victim", "victims", "the", "support", "rape", "women", "mens"}
    # -- round 76, lead, after the merge --: first words that are everyday words too (Lucy's
    # "if it was 'enough' to report" was taken as asking for Report Fraud).
    | {"report", "stop", "find", "help", "call", "safe", "action", "citizens", "family", "free"}
)


def z73d_named_service(dispatcher: CollectingDispatcher, tracker: Tracker, result: Result) -> None:
    said = [
        plain(str(event.get("text") or ""))
        for event in tracker.events
        if event.get("event") == "user"
    ]
    # -- round 76, helper g76b --: also a service named to them in this chat (Dev's Galop).
    here = g76b_services_here(tracker, result)
    routes = {org.id: contact_routes(org, result.answers) for org in here}
    # g89h (round 89): Maya's "ok yes but not the havens pls, just someone to talk to" got "They
    # can pass it to The Havens": a service refused by name is never the one named here.
    declined = set(answers_from(tracker).get("declined_services") or ())
    # j91g (round 91): Oliver's "Why NSPCC? I'm not a danger to Maisie" got "Sorry, I shouldn't
    # have said 'NSPCC'", then his confirmation named the NSPCC again: a service the bot took
    # back is never the one named here.
    withdrawn = " ".join(
        str(event.get("text") or "").lower()
        for event in tracker.events
        if event.get("event") == "bot" and "shouldn't have said" in str(event.get("text") or "")
    )
    for org in here:
        if org.id in declined:
            continue
        if withdrawn and any(f"said '{word}'" in withdrawn for word in _z73d_service_words(org)):
            continue
        for word in _z73d_service_words(org):
            if any(
                re.search(rf"\b{re.escape(word)}\b", one)
                and _Z73D_ASKS_FOR_SERVICE.search(one)
                and not turned_down(word, one)  # j98b (round 98): Anya's "said childline again"
                for one in said
            ):
                how = " or ".join(route_text(route) for route in routes.get(org.id, ())[:2])
                if not how:
                    continue
                dispatcher.utter_message(
                    response="utter_z73d_referral_via_team", service=org.name, contact=how
                )
                return


# -- end of round 73, helper z73d --


# u86e (round 86) -- Nadia chose "london victim and witness service please" when offered a
# choice; the confirmation never named it. The service kept as her choice (answers
# "chosen_service", actions/assessment_form.py) is named, with how to reach it herself.
def u86e_chosen_service_said_back(
    dispatcher: CollectingDispatcher, tracker: Tracker, result: Result
) -> bool:
    chosen = answers_from(tracker).get("chosen_service")
    org = next((org for org in directory() if org.id == chosen), None)
    if org is None:
        return False
    how = " or ".join(route_text(route) for route in contact_routes(org, result.answers)[:2])
    if not how:
        return False
    dispatcher.utter_message(response="utter_z73d_referral_via_team", service=org.name, contact=how)
    return True


# end u86e


# -- round 76, helper g76b --
# Dev (r76b): "yeah ok, to galop if u can" at the referral question (Galop was named in an answer
# but was not among his results), then "will it go to galop tho?", "are u sending it to galop or
# not": not answered. Jade (r76c): "wait what did u actually tell them about me", "like what info
# did u pass on"; Pat (r76b): "can you read back what you have, I want to be sure about the
# times": what the referral holds, read back, with how and when they will be contacted.
def g76b_services_here(tracker: Tracker, result: Result) -> list[Organisation]:
    """The services in the result, then any other from the directory that the bot named and
    they asked for ("to galop")."""
    said = {
        kind: " | ".join(
            plain(str(event.get("text") or ""))
            for event in tracker.events
            if event.get("event") == kind
        )
        for kind in ("bot", "user")
    }
    others = [
        org
        for org in directory()
        if org not in result.organisations
        and any(
            re.search(rf"\b{re.escape(word)}\b", said["bot"])
            and re.search(rf"\bto {re.escape(word)}\b", said["user"])
            for word in _z73d_service_words(org)
        )
    ]
    return [*result.organisations, *others]


def _g76b_service_named(tracker: Tracker, name: str) -> Organisation | None:
    result = _result(tracker)
    for org in g76b_services_here(tracker, result):
        if name in _z73d_service_words(org):
            return org
    return None


_G76B_READ_BACK_WORDS = (
    "With your request: they should contact you . If any of that is wrong, just tell me."
)


def _g76b_contact(tracker: Tracker, changes: Mapping[str, Any] | None = None) -> dict[str, Any]:
    keys = (*REFERRAL_SLOTS, "worker_gender", "language")
    return {key: tracker.get_slot(key) for key in keys} | dict(changes or {})


# Samira (r76a), referred by phone: "you have my number right? 07700 900 655": the number is
# kept with the request (put right if it was missing or different) and said back.
def g76b_number_kept(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    if tracker.get_slot("contact_method") not in (None, "call", "text"):
        return None
    if not reading.g76b_asks_number_kept(text):
        return None
    number = read_answer("contact_details", text).value
    if not number:
        return None
    changes = {} if number == tracker.get_slot("contact_details") else {"contact_details": number}
    if changes:
        _f5_save(tracker, changes)
    dispatcher.utter_message(
        response="utter_g76b_number_kept",
        contact_how=wording.contact_line(_g76b_contact(tracker, changes)),
    )
    return [SlotSet(key, value) for key, value in changes.items()]


def g76b_after_referral(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    if not _referred(tracker):
        return None
    number = g76b_number_kept(dispatcher, tracker, text)
    if number is not None:
        return number
    refused = m79b_service_refused(tracker, text)  # m79b (round 79): Maya
    if refused is not None:
        dispatcher.utter_message(response="utter_m79b_service_left_out", service=refused.name)
        return []
    name = questions.g76b_service_asked(text)
    org = _g76b_service_named(tracker, name) if name else None
    noted = questions.f5_asks_what_was_noted(text)
    read_back = noted or questions.g76b_asks_what_passed_on(text)
    if org is None and not read_back:
        return None
    answers = answers_from(tracker)
    if read_back:
        known = _known_answer(tracker, text) if noted else None
        if known is not None:
            say(dispatcher, known)  # the summary, as before the referral
        else:
            dispatcher.utter_message(
                text=wording.summary_line(answers), utter_action="utter_summary"
            )
        contact = _g76b_contact(tracker)
        notes = [
            contact_notes.SAID[code]
            for code in c75a_notes_kept(tracker)
            if code in contact_notes.SAID
        ]
        said_notes = "".join(f"; {note}" for note in notes[:2])
        # The whole read-back stays one text message: the times get the room the notes leave.
        room = SMS_LIMIT - len(_G76B_READ_BACK_WORDS) - len(said_notes)
        dispatcher.utter_message(
            response="utter_g76b_contact_read_back",
            contact_how=wording.contact_line(contact, room=room),
            notes=said_notes,
        )
    if org is not None:
        how = " or ".join(route_text(route) for route in contact_routes(org, answers)[:2])
        if how:
            dispatcher.utter_message(
                response="utter_z73d_referral_via_team", service=org.name, contact=how
            )
    return []


# -- end g76b --


# -- round 76, helper g76c --
def g76c_form_puts_it_right(tracker: Tracker, text: str) -> bool:
    """ "under 18?? im 35 mate i told u" (Kieran) while the form waits: the form, next, says
    what it changed, so no "I can't answer that one here" before it."""
    if tracker.active_loop_name != "needs_assessment_form":
        return False
    return bool(g76c_facts_said(tracker, text))


def g76c_facts_said(tracker: Tracker, text: str) -> dict[str, Any]:
    """The facts the message puts right outright ("i was NOT under 18", "it is NOT terrorism")."""
    answers = answers_from(tracker)
    return {
        slot: value
        for slot, value in reading.corrections(text, answers).items()
        if slot in G76C_FACTS_PUT_RIGHT and value is not None and value != answers.get(slot)
    }


def g76c_put_right_now(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType]:
    """Facts put right while the form waits, in a message the form will not read again (it
    reads a message again only after action_answer_right): changed, said back, and the result
    given again at the end."""
    if tracker.active_loop_name != "needs_assessment_form" or tracker.get_slot("assessment_done"):
        return []
    changes = g76c_facts_said(tracker, text)
    if not changes:
        return []
    line = wording.put_right_line(changes, answers_from(tracker))
    if line:
        dispatcher.utter_message(text=line, utter_action="utter_updated")
    else:
        dispatcher.utter_message(response="utter_updated")
    return [*(SlotSet(k, v) for k, v in changes.items()), SlotSet("results_shown", False)]


def g76c_result_put_right(tracker: Tracker, text: str) -> Result:
    """ "no not my child, is me. he say terrorist to ME. my son only see it. WHY" (Samira): the
    reasons given with what the message put right, which the form then saves and says back."""
    if not g76c_form_puts_it_right(tracker, text):
        return _result(tracker)
    return build_result({**answers_from(tracker), **g76c_facts_said(tracker, text)}, directory())


# end g76c


# k77a (round 77)
# Malcolm (r77b), at the referral question: "the flo said victim support would ring but nobody
# has. so yeah go on" was told "What would you like to do? Say 'carry on'..." before the form
# read it: a yes or no to the yes-or-no question being asked is the form's to take.
def k77a_answers_this_question(tracker: Tracker, text: str) -> bool:
    requested = tracker.get_slot("requested_slot")
    return requested in ("consent", "referral_consent", "contact_safe") and (
        read_answer(requested, text).value is not None
    )


# Stan (r77e), referred, then put right who did it: "Will the support people get the corrected
# version? What have you got now?" got "I can't answer that one here". A change after the
# referral is saved to the case at once (_f5_save, or the form's end), and the review app shows
# the conversation's slots over the case, so the team sees what is noted now: said, then read
# back as "what have you noted" is.
def k77a_team_sees_changes(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    if not (_referred(tracker) and questions.k77a_asks_if_team_gets_changes(text)):
        return None
    dispatcher.utter_message(response="utter_k77a_team_sees_changes")
    return g76b_after_referral(dispatcher, tracker, _K77A_READ_BACK) or []


_K77A_READ_BACK = "what have you noted"  # the read-back, asked for in the words it knows


# end k77a
# k77b (round 77) -- Yasmin: "so they definitely wont phone me?", James: "they wont call my
# mobile right? just email", Malcolm: "can they ring lisa too, the kids mum" and "will they
# remember not before 10am?": each got "I can't answer that one here". Answered from what the
# referral holds, with the instruction kept for the support worker.
def k77b_said_back(
    dispatcher: CollectingDispatcher, tracker: Tracker, said: list[str], already: list[str]
) -> bool:
    """No calls, or someone else to contact too, said back on its own; False for the others."""
    contact = {key: tracker.get_slot(key) for key in (*REFERRAL_SLOTS, "worker_gender", "language")}
    if said == ["no_calls"]:
        dispatcher.utter_message(
            response="utter_k77b_no_calls_kept" if already else "utter_k77b_no_calls_added",
            contact_how=wording.contact_line(contact),
        )
        return True
    if said == ["someone_else_too"]:
        dispatcher.utter_message(response="utter_k77b_someone_else_too")
        return True
    if said == ["supporter_too"]:  # u86c (round 86): Wayne, "can they talk to jo too"
        who = supporter_too_said(tuple(answers_from(tracker).get("said") or ()))
        dispatcher.utter_message(response="utter_u86c_supporter_too", who=who or "them")
        return True
    return False


def k77b_times_checked(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """ "will they remember not before 10am?": the times on the referral said back."""
    times = str(tracker.get_slot("contact_times") or "")
    if not times or not _f5_referral_stands(tracker) or not reading.k77b_asks_times_kept(text):
        return None
    if reading.g89f_notes_said(text, tracker.get_slot("contact_method")):
        return None  # g89f (round 89): "Will they know to speak up? ... is it tomorrow?" (Winston)
    if reading.times_given(text.split("?")[-1]) or contact_said(text.split("?")[-1]):
        return None  # new times or a new way, said after the question: put right elsewhere
    contact = {key: tracker.get_slot(key) for key in (*REFERRAL_SLOTS, "worker_gender", "language")}
    dispatcher.utter_message(
        response="utter_k77b_times_kept", contact_how=wording.contact_line(contact)
    )
    return [SlotSet("contact_times", tracker.get_slot("contact_times"))]  # unchanged


# end k77b


# k78a (round 78) -- Leah, after "Do you want me to delete everything?", which she never asked
# for: "no!! don't delete anything. I was asking about telling the gym" got "I can't do more with
# that here", and "is my request for someone to email me still there? you didn't delete it right"
# was asked the delete question again. A no to that question, and a question whether we deleted,
# are told plainly that nothing was deleted and that the request stands.
def k78a_nothing_deleted(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    if questions.k77a_means_clearing_the_phone(text):
        return None  # "no keep. i mean delete on the phone": how to clear the phone (k77a)
    refused = _sent(tracker)[-1:] == ["utter_confirm_delete"] and _refuses_deletion(text)
    if not refused and not questions.k78a_asks_if_deleted(text):
        return None
    if _f5_referral_stands(tracker):
        dispatcher.utter_message(response="utter_k78a_nothing_deleted_referral")
    else:
        dispatcher.utter_message(response="utter_delete_cancelled")
    return []


# end k78a


# k78c (round 78)
# Joy, after the result said she was afraid of giving evidence: "thats wrong. im NOT scared of
# giving evidence" read as a question about court and got the special-measures text, and the
# form, back from it, kept nothing. Said outright during the questions, it is a correction: no
# rights answer, and the form (assessment_form.G76C_FACTS_PUT_RIGHT) changes it and says so.
def k78c_court_fear_put_right(tracker: Tracker, text: str) -> bool:
    if not tracker.active_loop_name or questions.is_question(text):
        return False
    changes = reading.corrections(text, answers_from(tracker))
    return "fear_of_giving_evidence" in changes


# end k78c


# m79b (round 79)
# Maya, 15, robbed of her AirPods, no hate crime: "do i have to tell my parents tho", with the
# bot's "tell your school", was read as asking for Tell MAMA, whose first word is "tell", and
# she was offered an anti-Muslim hate service three times. A service whose first word is an
# everyday verb is known only by its first two words ("tell mama").
M79B_EVERYDAY_FIRST_WORDS = frozenset({"tell"})


def m79b_service_phrase(org: Organisation) -> list[str]:
    words = plain(org.name).split()
    return [" ".join(words[:2])] if len(words) >= 2 else []


def _m79b_refuses(words: str, name: str) -> bool:
    """ "dont send it to tell mama pls thats not me", "no tell mama": that service turned down."""
    named = re.escape(name)
    return bool(
        re.search(
            rf"\b(?:dont|don t|do not|never|not) (?:send|pass|give|refer|forward|share|want)\b"
            rf".{{0,30}}\b{named}\b|\b(?:not|no) (?:to |for )?{named}\b",
            words,
        )
        or (
            re.search(rf"\b{named}\b", words)
            and re.search(r"\b(?:thats|that s|its|it s) not (?:me|for me)\b", words)
        )
    )


def m79b_service_refused(tracker: Tracker, text: str) -> Organisation | None:
    """A service the bot named in this chat that the person says not to send their request to."""
    words = plain(text)
    bot_said = " | ".join(
        plain(str(event.get("text") or ""))
        for event in tracker.events
        if event.get("event") == "bot"
    )
    for org in directory():
        name = plain(org.name)
        if name and name in bot_said and _m79b_refuses(words, name):
            return org
    return None


# end m79b
# m79d (round 79) -- Faisal's voicemail only asking him to call back, Bernadette's texts as well as
# her email: said back with the referral, so they know the worker will see it.
def m79d_notes_said_back(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    notes = [
        code
        for code in answers_from(tracker).get("contact_notes") or []
        if code in ("voicemail_call_back", "text_too")
    ]
    if notes:
        note = " and ".join(contact_notes.SAID[code] for code in notes)
        dispatcher.utter_message(response="utter_f5_note_added", note=note)


# end m79d


# s83a (round 83)
# Tyler, 16, safe at home after the summary: "u aint put the main thing. they said theyll stab me
# tmrw after school" got "stay inside, keep the doors locked ... call 999 now", then "bro im at
# home im fine rn. i just want them to know its a stab threat for tomorrow". Once they have said
# they are safe, and outside the questions, a threat told for a later day with nothing of now is
# added to what is noted (the crime, if none yet, and the threat), with 999 if anyone comes near.
def s83a_later_threat_after_safe(tracker: Tracker, text: str) -> bool:
    return (
        tracker.get_slot("in_danger") is False
        and not tracker.active_loop_name
        and not _paused_for_safety(tracker)
        and risk_words.s83a_threat_for_later(text)
        and not questions.must_go(text)
        and not questions.asks_us_to_call(text)
        and not mentions_self_harm(text)
    )


def s83a_note_later_threat(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType]:
    events: list[EventType] = []
    crime = read_crime_type(text).value
    if tracker.get_slot("crime_type") is None and crime:
        events.append(SlotSet("crime_type", crime))
    details = list(tracker.get_slot("account_details") or ())
    if "threatened" not in details and "threat_to_kill" not in details:
        events.append(SlotSet("account_details", sorted({*details, "threatened"})))
    dispatcher.utter_message(response="utter_s83a_later_threat_noted")
    return events


# end s83a


# s83e (round 83) -- Kai, who had said "human", then "carry on", was told at the end "Or say
# 'human' and a support worker will reply here", twice: "so is the person who was meant to reply
# here still gonna?", "i already said human before??". The request is kept (the "human" flag on
# the case, shown to the support workers), so it is said to be still open.
def s83e_person_still_coming(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> bool:
    """ "is the person who was meant to reply here still gonna?": yes, the request is open;
    with the court worry beside it, and the goodbye if they sign off."""
    if not (s83e_person_asked(tracker) and asks_if_the_person_still_replies(text)):
        return False
    dispatcher.utter_message(response="utter_s83e_person_request_open")
    if law_answers.fears_court_if_reporting(text):
        dispatcher.utter_message(response="utter_court")
    if tracker.get_slot("assessment_done") and reading.ends_with_goodbye(text):
        _f5_goodbye(dispatcher, tracker, text)
    return True


# Rose, 71: "or my son Gary 07700 900312 if I dont answer", then "did you tell them about
# speaking up and my son garys number" and "and garys number? 07700 900312" (got "I can't
# answer"): the second number kept as a note and said back by its last digits.
def s83e_second_number(tracker: Tracker, text: str) -> SecondNumber | None:
    """The second number this message gives, or asks about after an earlier one gave it."""
    own = tracker.get_slot("contact_details")
    given = second_number_given(text, own)
    if given is not None or not asks_about_a_second_number(text):
        return given
    return second_number_said(tuple(answers_from(tracker).get("said") or ())[:-1], own)


def s83e_given_before(tracker: Tracker, second: SecondNumber) -> bool:
    """The same number was given before this message, so the referral already keeps it."""
    earlier = tuple(answers_from(tracker).get("said") or ())[:-1]
    before = second_number_said(earlier, tracker.get_slot("contact_details"))
    return before is not None and before.digits == second.digits


def s83e_second_number_said(
    dispatcher: CollectingDispatcher,
    text: str,
    said: list[str],
    already: list[str],
    second: SecondNumber,
) -> None:
    """The other notes in one line (as _f5_keep_notes says them), then the second number."""
    others = [code for code in said if code != "second_number"]
    checked = reading.checks_a_note(text)
    if others:
        notes = [contact_notes.SAID[code] for code in others]
        note = notes[0] if len(notes) == 1 else ", ".join(notes[:-1]) + ", and " + notes[-1]
        kept_all = checked and all(code in already for code in others)
        dispatcher.utter_message(
            response="utter_f5_note_kept" if kept_all else "utter_f5_note_added", note=note
        )
    dispatcher.utter_message(
        response="utter_s83e_second_number_kept"
        if "second_number" in already
        else "utter_s83e_second_number_added",
        whose=second.whose,
        ending=second.ending,
    )


def s83e_second_number_said_back(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """With the referral: the second number given at the questions about contact."""
    answers = answers_from(tracker)
    if "second_number" not in (answers.get("contact_notes") or []):
        return
    second = second_number_said(answers.get("said") or (), answers.get("contact_details"))
    if second is not None:
        dispatcher.utter_message(
            response="utter_s83e_second_number_added", whose=second.whose, ending=second.ending
        )


# end s83e


# t84c (round 84)
def t84c_supporter(tracker: Tracker) -> dict[str, Any]:
    """Whom they asked to be contacted instead ("call jo instead"), when the number kept is not
    their own, so the confirmation says whose number it is."""
    said = tuple(answers_from(tracker).get("said") or ())
    name = supporter_to_contact(said)
    return {"supporter": name} if name else {}


# end t84c


# g89f (round 89)
# Winston, 79, after his referral: "Who is Is? My name is Winston. I was asking you a question, I
# did not say tomorrow. Daytime please as I said. And will they know Im hard of hearing?" got the
# whole result again and "on Is's number". His name, given to put right the one said back, is
# the name to ask for; said back with how they will contact him (the times as kept), then his
# hearing note.
def g89f_own_name_asked_for(tracker: Tracker) -> dict[str, Any]:
    name = g89f_own_name_said(tuple(answers_from(tracker).get("said") or ()))
    return {"ask_for": name} if name else {}


def g89f_name_put_right(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    name = g89f_own_name_said((text,))
    if name is None or not _f5_referral_stands(tracker):
        return None
    events: list[EventType] = []
    contact = {key: tracker.get_slot(key) for key in (*REFERRAL_SLOTS, "worker_gender", "language")}
    times = reading.corrections(text, answers_from(tracker)).get("contact_times")
    if times:
        _f5_save(tracker, {"contact_times": times})
        contact["contact_times"] = times
        events.append(SlotSet("contact_times", times))
    # Not "Is's number": the number is their own, asking for them by name.
    contact_how = wording.contact_line(contact | u86c_borrowed_phone(tracker) | {"ask_for": name})
    dispatcher.utter_message(
        response="utter_g89f_name_put_right", name=name, contact_how=contact_how
    )
    noted = _f5_keep_notes(dispatcher, tracker, text)  # "will they know Im hard of hearing?"
    if reading.signs_off(text):
        _f5_goodbye(dispatcher, tracker, text)  # "Thank you for your help, goodnight"
    return [*events, *(noted or [])]


# end g89f


# u86c (round 86)
def u86c_borrowed_phone(tracker: Tracker) -> dict[str, Any]:
    """Femi: "this is my friend Tunde's phone, call this number and ask for Femi": whose phone
    the number is, and the name to ask for, so the confirmation says both back."""
    found = borrowed_phone(tuple(answers_from(tracker).get("said") or ()))
    if found is None:
        return {}
    return {"phone_owner": found.owner, "ask_for": found.ask_for}


# end u86c


# n94f (round 94): Carol, after her referral went with "Mu's number ending 412": "that number
# ending 412 is MY number not Mu's. there is no Mu. please fix it so they ring me, Carol" got
# "I can't do more with that here". The number is noted as hers (supporter_to_contact no longer
# finds anyone), the referral record is saved again, and she is told so.
def n94f_own_number_kept(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    said = tuple(answers_from(tracker).get("said") or ())
    before = said[:-1] if said and said[-1] == text else said
    if not (
        n94f_says_number_is_own(text)
        and supporter_to_contact(before) is not None
        and _f5_referral_stands(tracker)
    ):
        return None
    _f5_save(tracker, {})
    dispatcher.utter_message(response="utter_n94f_number_is_your_own")
    return [*_stop_form(tracker), SlotSet("waiting_for_person", False)]


# u86c (round 86)
# Wayne, 30, learning disability, who chose a phone call and asked for a person: "can they talk
# to jo too" (Jo, his support worker) and the handover line both got "a support worker will phone
# you on the number you gave". He wants Jo there too: kept as a note for the worker and said
# back with her name; the line about the call says it too.
def u86c_supporter_too_kept(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    who = supporter_too(text)
    if who is None or not _f5_referral_stands(tracker):
        return None
    kept = list(tracker.get_slot("contact_notes") or [])
    notes = kept if "supporter_too" in kept else [*kept, "supporter_too"]
    _f5_save(tracker, {"contact_notes": notes})
    dispatcher.utter_message(response="utter_u86c_supporter_too", who=who)
    return [
        *_stop_form(tracker),
        SlotSet("contact_notes", notes),
        SlotSet("waiting_for_person", False),
        SlotSet("handoff", None),
    ]


def u86c_notes_said_back(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """ "not the house phone" and "can they talk to jo too", given during the questions, said
    back with the confirmation."""
    answers = answers_from(tracker)
    notes: list[str] = []
    for code in answers.get("contact_notes") or []:
        if code == "not_house_phone":
            notes.append(contact_notes.SAID[code])
        elif code == "supporter_too":
            who = supporter_too_said(tuple(answers.get("said") or ()))
            notes.append(f"you'd like {who} with you too" if who else contact_notes.SAID[code])
        elif code in ("community_affected", "others_interpreter"):  # i91d (round 91): Harjit
            notes.append(contact_notes.SAID[code])
    if notes:
        dispatcher.utter_message(response="utter_f5_note_added", note=" and ".join(notes))


# end u86c


# g89e (round 89)
# Zainab (26), being forced to marry, said "stop" when her brother came in, then "sorry my
# brother came in. im back. im 26" and was told "Sorry, I didn't understand": she got back in
# only by guessing "continue please i dont have long". Just after the stop reply, a sentence
# that says they are back ("im back", "back now", "sorry im back") is "carry on": the questions
# go on where they were, and a plain answer to the question that was waiting (her age) is kept.
# Not when danger or having to go is said in the same message.
_G89E_BACK = re.compile(
    r"(?:(?:ok|okay|sorry|soz|hi|hey|right|yes|yeah)\s+)*"
    r"(?:(?:im|i m|i am) back|back now|back again)"
    r"(?:\s+(?:now|again|sorry|soz|here|lol))*"
)


def g89e_says_back(text: str) -> bool:
    """A sentence of the message that says they are back: "sorry ... im back", "back now"."""
    parts = re.split(r"[.!?,;\n]+", text)
    return any(_G89E_BACK.fullmatch(plain(part).strip()) for part in parts if part.strip())


def g89e_back_after_stop(tracker: Tracker, text: str) -> list[EventType] | None:
    """The questions again, with the waiting answer kept, for "im back" just after a stop."""
    said = [name for name in _sent(tracker) if name]
    if not said or said[-1] != "utter_stop" or tracker.get_slot("assessment_done"):
        return None
    if not g89e_says_back(text) or questions.must_go(text):
        return None
    if risk_words.detect_risk(text) is not None or _paused_for_safety(tracker):
        return None
    kept = kept_while_paused(text, answers_from(tracker), _last_asked(tracker))
    return [*(SlotSet(slot, value) for slot, value in kept.items()),
            FollowupAction("needs_assessment_form")]  # fmt: skip


# end g89e


# n94a (round 94)
# Hazel, 68: "He does look at my phone sometimes though so perhaps they shouldn't say what it is
# about." was kept, but the confirmation gave only the times: plain messages are said back.
def q94a_call_notes(tracker: Tracker) -> dict[str, Any]:
    """q94a (round 94): Naomi, by phone: "Text me first so I know it's you" and "please don't
    withhold your number" are said back in the confirmation (wording.contact_line)."""
    notes = [
        code
        for code in tracker.get_slot("contact_notes") or ()
        if code in ("text_first", "not_withheld")
    ]
    return {"contact_notes": notes} if notes else {}


def n94a_plain_asked(tracker: Tracker) -> dict[str, Any]:
    notes = tracker.get_slot("contact_notes") or ()
    if tracker.get_slot("contact_method") in ("text", "email", "call") and (
        tracker.get_slot("discreet") or "plain" in notes
    ):
        return {"plain": True}
    return {}


# end n94a


# p94b (round 94): Megan, 16, after her referral was sent: "can u cancel it pls" got "OK, I'll
# stop here. Your request is still with the support team", "pls dont let them text me" got "I
# can't do more with that here". A clear withdrawal takes the request off the case the support
# team reads (no consent, no contact details), and says so.
def p94b_withdraw_sent_referral(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    if not (_referred(tracker) and tracker.get_slot("assessment_done")):
        return None
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if intent == "delete_my_data" or not reading.p94b_withdraws_sent_referral(text):
        return None
    changes: dict[str, Any] = {"referral_consent": False}
    contact = (*_CONTACT_QUESTIONS, "contact_details")
    changes |= {slot: None for slot in contact if tracker.get_slot(slot) is not None}
    _f5_save(tracker, changes)
    dispatcher.utter_message(response="utter_p94b_sent_referral_withdrawn")
    return [SlotSet(slot, value) for slot, value in changes.items()]


# end p94b

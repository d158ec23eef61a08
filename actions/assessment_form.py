"""The needs-assessment form's validation action: a thin wrapper around ``actions.reading``.

Every form slot has a custom mapping in the domain, so Rasa hands each message to this action
while the form runs. It reads the message as the answer to the question asked (``reading``),
says what the reading says (safety messages, a re-ask, a short confirmation of facts noted in
passing), and names the next question (``skip_logic``). When the reading leaves the message to
the rules (stop, human, a question, another language) it returns no slot at all, which is how a
Rasa form lets the rules answer; the form asks its question again afterwards.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions import account, echo_complaints, questions, reading, topics, wording
from actions.answers import j5_friends_phone, k78a_ok_then_complains
from actions.results import c75e_changed_since_shown, gender_question_needed, more_services
from actions.skip_logic import next_question, under_18_then_matters
from actions.spiking import fears_sexual_assault_after_spiking
from core import records
from core.contract import FORM_SLOTS, REFERRAL_SLOTS
from core.privacy_question import b75a_condition_on_who_sees
from core.second_contact import (
    second_number_said,  # s83e (round 83)
    supporter_to_contact,  # t84c (round 84)
)
from core.vocabulary import plain
from referrals.directory import Organisation
from referrals.matching import default_directory
from referrals.results import build_result

logger = logging.getLogger(__name__)

# What an answer becomes when the person skips it (None: skipped, asked no more).
WHEN_SKIPPED: dict[str, Any] = {
    "consent": False,  # nothing kept until they say yes ("you can keep it" works later)
    "relationship_to_offender": "unknown",
    "needs": [],
    "contact_times": "any time",
}
# Slots the form reads besides its questions, so the rules and matcher can use them.
EXTRA_SLOTS = (
    "account_details",
    "hate_strand",
    "community",
    "cannot_phone",
    "within_12_months",
    "safety_check",
    "for_child",
    "for_someone_else",
    "discreet",
    "worker_gender",
    "contact_notes",  # -- round 39, helper F5 --
    "no_reply_here",
)


def answers_from(tracker: Tracker) -> dict[str, Any]:
    answers = {slot: tracker.get_slot(slot) for slot in (*FORM_SLOTS, *EXTRA_SLOTS)}
    said = (
        str(event.get("text") or "") for event in tracker.events if event.get("event") == "user"
    )
    if answers.get("crime_type") != "sexual_offence" and fears_sexual_assault_after_spiking(said):
        # Read from the whole chat: the fear often comes after the crime was named, and no
        # slot holds it. Only the matcher uses it; nothing is said back to the person.
        answers["possible_sexual_offence"] = True
    # -- round 43, helper M4 --: "whos that number for", "ok but what happens then?" at the
    # referral question: the bot's last messages (which numbers it just gave) and the question
    # waiting, for the answers that depend on them (questions.known_answer).
    answers["recent_bot_texts"] = tuple(
        str(event.get("text") or "") for event in tracker.events if event.get("event") == "bot"
    )[-8:]
    # w86s (round 86): what the bot sent between their last message and this one, for "What
    # school? This was on the bus" (Hassan) about a word of it (actions/echo_complaints.py).
    answers["last_turn_bot_texts"], answers["last_turn_responses"] = echo_complaints.last_turn(
        tracker.events
    )
    answers["requested_slot"] = tracker.get_slot("requested_slot")
    # n94f (round 94): whether a crisis (suicide) reply was ever sent in this chat, so a
    # take-back ("I have not hurt myself. I did not mean that", Margaret) is said sorry to only
    # for an alarm that was sent (questions.n94f_take_back_reply).
    answers["self_harm_alarm_sent"] = n94f_self_harm_alarm_sent(tracker.events)
    # Round 79, Kasia, after saying no to the referral: "police will know if i say yes?" is
    # still about the referral (questions.m79d_asks_who_gets_details), though no question waits.
    answers["results_shown"] = tracker.get_slot("results_shown")
    # The person's own words so far, so no answer takes as told what they never said
    # (actions/answer_facts.py). Only the matcher reads them; nothing is stored or logged.
    answers["said"] = tuple(
        str(event.get("text") or "") for event in tracker.events if event.get("event") == "user"
    )
    f3_refusals_noted(answers)  # -- round 59, helper f3 --
    h5_friends_phone_noted(answers)  # -- round 62, helper h5 --
    k3_named_service_noted(answers)  # -- round 65, helper k3 --
    j3_declined_noted(answers)  # -- round 65, helper j3 --
    c75a_no_texts_noted(answers)  # -- round 75, helper c75a --
    g76b_text_if_no_answer_noted(answers)  # -- round 76, helper g76b --
    k77b_notes_noted(answers)  # k77b (round 77)
    k78a_notes_noted(answers)  # k78a (round 78)
    m79d_notes_noted(answers)  # m79d (round 79)
    n80c_notes_noted(answers)  # n80c (round 80)
    p81d_notes_noted(answers)  # p81d (round 81)
    s83e_second_number_noted(answers)  # s83e (round 83)
    t84c_supporter_number_noted(answers)  # t84c (round 84)
    u86e_chosen_service_noted(answers, tracker)  # u86e (round 86): Nadia's choice
    u86c_notes_noted(answers)  # u86c (round 86): Stanley's house phone, Wayne's Jo
    f88d_hearing_noted(answers)  # f88d (round 89): Doreen, "my hearing isnt good on the phone"
    g89f_speak_up_noted(answers)  # g89f (round 89): Winston, "will they know Im hard of hearing?"
    return answers


def n94f_self_harm_alarm_sent(events: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the bot sent its crisis reply for thoughts of suicide in these events."""
    return any(
        event.get("event") == "bot"
        and (
            (event.get("metadata") or {}).get("utter_action") in reading.SELF_HARM_LINES
            or str(event.get("text") or "").startswith("I'm so sorry you're feeling like this.")
        )
        for event in events
    )


# g89f (round 89) -- Winston, 79, to be rung: "Will they know to speak up?", "And will they know
# Im hard of hearing?": the answer says it is noted, so the speak-up note is on the request.
def g89f_speak_up_noted(answers: dict[str, Any]) -> None:
    if answers.get("referral_consent") is not True or answers.get("for_someone_else"):
        return
    if answers.get("contact_method") not in (None, "call"):
        return
    notes = list(answers.get("contact_notes") or [])
    if {"deaf", "hard_of_hearing", "speak_up"} & set(notes):
        return
    if any(reading.g89f_notes_said(str(one), "call") for one in answers.get("said") or ()):
        answers["contact_notes"] = [*notes, "speak_up"]


# end g89f


# f88d (round 89) -- Doreen, 81: "my hearing isnt good on the phone dear" was never on her
# referral. Poor hearing on the phone, said by the person referred, is kept for the worker.
_F88D_HEARING_ON_PHONE = re.compile(r"\b(?:" + account.F88D_HEARING_ON_PHONE + r")\b")


def f88d_hearing_noted(answers: dict[str, Any]) -> None:
    if answers.get("referral_consent") is not True or answers.get("for_someone_else"):
        return
    notes = list(answers.get("contact_notes") or [])
    if {"deaf", "hard_of_hearing", "speak_up"} & set(notes):
        return
    if any(_F88D_HEARING_ON_PHONE.search(plain(str(one))) for one in answers.get("said") or ()):
        answers["contact_notes"] = [*notes, "hard_of_hearing"]


# end f88d


# -- round 59, helper f3 -- Pete: "if it's counselling I'm not interested", said at the referral
# questions, was answered in the chat but never reached the referral: the support worker reads
# it with the other contact instructions (core/contact_notes.py), from the case.
def f3_refusals_noted(answers: dict[str, Any]) -> None:
    if any(questions.c5_refuses_counselling(said) for said in answers.get("said") or ()):
        notes = list(answers.get("contact_notes") or [])
        if "no_counselling" not in notes:
            answers["contact_notes"] = [*notes, "no_counselling"]


# -- end of round 59, helper f3 --


# -- round 62, helper h5 -- Mariam (r59a): "yes but not call. he check my phone. my friend amina
# phone ok? 07700 900577" and "its my friends phone" at the number question: the support worker
# was never told the number is a friend's. It is noted with the other contact instructions.
def h5_friends_phone_noted(answers: dict[str, Any]) -> None:
    if any(
        questions.h5_friends_phone(said) or j5_friends_phone(said)  # round 65, helper j5: Nadia
        for said in answers.get("said") or ()
    ):
        notes = list(answers.get("contact_notes") or [])
        if "friends_phone" not in notes:
            answers["contact_notes"] = [*notes, "friends_phone"]


# -- end of round 62, helper h5 --


# -- round 65, helper k3 -- Nikki (r65c): "anyway yes but i want galop not victim support" at the
# referral question: the yes is taken (actions/reading.py) and the service she named is noted
# for the support worker with the other contact instructions (core/contact_notes.py).
def k3_named_service_noted(answers: dict[str, Any]) -> None:
    organisations = default_directory()
    if any(
        questions.k3_yes_naming_a_service(said, organisations) is not None
        for said in answers.get("said") or ()
    ):
        notes = list(answers.get("contact_notes") or [])
        if "named_service" not in notes:
            answers["contact_notes"] = [*notes, "named_service"]


# -- end of round 65, helper k3 --


# -- round 65, helper j3 -- Mairead (r64a): "Why is Karma Nirvana still on there?? ... Take it
# off." and "not that honour crowd": those services leave her results (referrals.matching).
def j3_declined_noted(answers: dict[str, Any]) -> None:
    declined = questions.j3_declined_services(answers.get("said") or (), default_directory())
    if declined:
        answers["declined_services"] = declined


# -- end of round 65, helper j3 --


# -- round 75, helper c75a -- Precious (r75b): "he checks my phone at night so no texts, a call
# is ok if its during my shift", at the question about being contacted, was answered "I'll ask
# them to phone you only" (utter_c2_no_texts) but never reached the referral: texts refused are
# noted for the support worker with the other contact instructions (core/contact_notes.py).
def c75a_no_texts_noted(answers: dict[str, Any]) -> None:
    if answers.get("contact_method") == "text" or answers.get("referral_consent") is not True:
        return
    if any(reading.c75a_no_texts(said) for said in answers.get("said") or ()):
        notes = list(answers.get("contact_notes") or [])
        if "no_texts" not in notes:
            answers["contact_notes"] = [*notes, "no_texts"]


# -- end of round 75, helper c75a --


def _sent_names(tracker: Tracker) -> list[str | None]:
    return [
        (event.get("metadata") or {}).get("utter_action")
        for event in tracker.events
        if event.get("event") == "bot"
    ]


# What ends an offer of a referral; the contact questions are counted afresh after it, so
# "refer me" after "nobody will contact you" asks them again rather than skipping them.
OFFER_ENDS = ("utter_referral_saved", "utter_no_referral", "utter_referral_left_open",
               "utter_no_contact",
               "utter_g5_contact_safe_left_open")  # fmt: skip  # round 60, helper G5


def _since_last_offer(tracker: Tracker) -> list[str | None]:
    """What was sent since the last referral outcome or the last result: a result given again
    after a correction ("it wasnt my ex") asks the referral question afresh, so the misses
    before it do not skip it."""
    names = _sent_names(tracker)
    ends = [i for i, name in enumerate(names) if name in (*OFFER_ENDS, "utter_result")]
    return names[ends[-1] + 1 :] if ends else names


def contact_asks(tracker: Tracker) -> dict[str, int]:
    """How many times each contact question has been asked since the last referral outcome."""
    return reading.ask_counts(_since_last_offer(tracker))


def asked_so_far(tracker: Tracker) -> dict[str, int]:
    """How many times each question has been asked, from the responses the bot has sent."""
    return reading.ask_counts(_sent_names(tracker))


def missed_so_far(tracker: Tracker) -> dict[str, int]:
    """How many times a message did not answer each question (the bot asked it again)."""
    return reading.ask_counts(_sent_names(tracker), prefix="utter_reask_")


# Actions Rasa runs between a message and the form, which say nothing about the message.
_BOOKKEEPING = ("action_extract_slots", "needs_assessment_form")
# What runs just before the form when it reads the message just sent: listening, or the
# action the rules run before the form starts (data/rules/assessment.yml).
# Actions that start the form on the message just sent; the danger action hands a threat told
# as past to the form unread (actions/dialogue.py).
_STARTS_FORM = ("action_resume_assessment", "action_outside_questions", "action_danger_interrupt")
_READS_AFTER = ("action_listen", *_STARTS_FORM)


def _last_action(tracker: Tracker) -> str | None:
    for event in reversed(tracker.events):
        if event.get("event") == "action" and event.get("name") not in _BOOKKEEPING:
            return event.get("name")
    return None


def answered_right_first(tracker: Tracker) -> bool:
    """Whether the rules answered a rights question in this message just before the form:
    "yes on Monday. will they tell me about bail?" still answers the question asked."""
    return _last_action(tracker) == "action_answer_right"


def answered_outside_questions(tracker: Tracker) -> bool:
    """Whether action_outside_questions has already replied to this message (the rule that
    runs the form after it would otherwise answer the same question a second time)."""
    if _last_action(tracker) != "action_outside_questions":
        return False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot":
            return True
    return False


def _said_this_turn(tracker: Tracker) -> set[str]:
    """The responses already sent since the person's last message."""
    said: set[str] = set()
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        name = (event.get("metadata") or {}).get("utter_action")
        if event.get("event") == "bot" and name:
            said.add(str(name))
    return said


def has_new_message(tracker: Tracker) -> bool:
    """Whether the form runs on a message just sent, rather than coming back after a rule
    (a rights question, help) has answered that message."""
    for event in reversed(tracker.events):
        if event.get("event") == "action" and event.get("name") not in _BOOKKEEPING:
            return event.get("name") in _READS_AFTER
    return True


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


def _answer_here(
    dispatcher: CollectingDispatcher, tracker: Tracker, answers: Mapping[str, Any]
) -> None:
    text = str((tracker.latest_message or {}).get("text") or "")
    known = questions.known_answer(
        text, answers.get("crime_type"), default_directory(), answers=answers
    ) or topics.topic_answer(text, answers, said_before(tracker), said_twice(tracker))
    # -- round 41, helper J6 --: nothing kept, so no "say 'human'".
    cannot = "utter_cannot_answer" if answers.get("consent") is not False else None
    if s83e_person_asked(tracker):
        cannot = "utter_s83e_cannot_answer_person_asked"  # s83e (round 83): not "say 'human'"
    say(dispatcher, known or questions.Say(response=cannot or "utter_j6_cannot_answer_not_kept"))


def _asked_something(tracker: Tracker) -> bool:
    """Whether the latest message asked a question or for details (WHY, RIGHTS, MORE): that is
    never a no to the referral, however often the reminder has been sent."""
    message = tracker.latest_message or {}
    intent = (message.get("intent") or {}).get("name")
    return intent in (*reading.QUESTIONS, *reading.DETAILS) or questions.is_question(
        str(message.get("text") or "")
    )


def first_question_waits(tracker: Tracker) -> bool:
    """Whether the form will answer, once the privacy question is answered, a question asked in
    the first message: "tak ok. but is crime?" then needs no "I can't answer" of its own."""
    if tracker.get_slot("consent") is not None or tracker.get_slot("requested_slot") != "consent":
        return False
    said = frozenset(name for name in _sent_names(tracker) if name)
    return (
        reading.answer_to_first_message(
            _first_message(tracker), answers_from(tracker), default_directory(), said
        )
        is not None
    )


def _first_message(tracker: Tracker) -> str:
    """The message that opened this conversation (since any restart): the one the welcome and
    the privacy question answered; "" for a button."""
    first: str | None = None
    for event in tracker.events:
        if event.get("event") == "restart":
            first = None
        elif event.get("event") == "user" and first is None:
            first = str(event.get("text") or "")
    return "" if first is None or first.startswith("/") else first


def _opening(tracker: Tracker) -> bool:
    for event in reversed(tracker.events):
        if event.get("event") == "action" and event.get("name") not in _BOOKKEEPING:
            return event.get("name") in _STARTS_FORM
    return False


def _unread(tracker: Tracker) -> list[str]:
    """What the person said since the form last ran, before this message: an account given
    just before a danger message or a question is not lost."""
    texts: list[str] = []
    seen_latest = False
    for event in reversed(tracker.events):
        if (
            event.get("event") == "action"
            and event.get("name") == "needs_assessment_form"
            and seen_latest
        ):
            break
        if event.get("event") == "user":
            if seen_latest and not str(event.get("text") or "").startswith("/"):
                texts.append(str(event.get("text") or ""))
            seen_latest = True
    return list(reversed(texts))


def turn_from(tracker: Tracker, *, right_answered: bool = False) -> reading.Turn:
    message = tracker.latest_message or {}
    intent = message.get("intent") or {}
    selector = ((message.get("response_selector") or {}).get("ask_right") or {}).get(
        "response"
    ) or {}
    topic = str(selector.get("intent_response_key") or "")
    requested = tracker.get_slot("requested_slot") or p81d_referral_pending(tracker)
    # After the result, the referral question is still waiting: the next message answers it,
    # even when a rule had to start the form again to read it.
    waiting = requested == "referral_consent" and bool(tracker.get_slot("results_shown"))
    opening = (_opening(tracker) and not waiting) or requested is None
    return reading.Turn(
        text=str(message.get("text") or ""),
        intent=intent.get("name"),
        confidence=float(intent.get("confidence") or 0.0),
        requested=requested,
        answers=answers_from(tracker),
        asked=asked_so_far(tracker),
        missed=missed_so_far(tracker),
        # Already answered by the rules when ``right_answered``: not again.
        rights_topic=topic.split("/", 1)[1]
        if "/" in topic
        and not right_answered
        and questions.topic_fits(topic.split("/", 1)[1], str(message.get("text") or ""))
        else None,
        rights_confidence=float(selector.get("confidence") or 0.0),
        entities=list(message.get("entities") or []),
        opening=opening,
        earlier=tuple(_unread(tracker)) if opening else (),
        organisations=default_directory(),
        question_answered=right_answered,
        said=frozenset(name for name in _sent_names(tracker) if name),
        said_twice=said_twice(tracker),
    )


def said_before(tracker: Tracker) -> frozenset[str]:
    """The responses sent in this conversation."""
    return frozenset(name for name in _sent_names(tracker) if name)


def said_twice(tracker: Tracker) -> frozenset[str]:
    """The responses sent twice or more in this conversation."""
    counts = reading.ask_counts(_sent_names(tracker), prefix="")
    return frozenset(name for name, count in counts.items() if count >= 2)


def _variant_for_new_slots(
    domain: DomainDict, name: str, now: Mapping[str, Any], changed: Mapping[str, Any]
) -> dict[str, Any] | None:
    """The variant of a response that fits slots this turn sets. Rasa renders an action's
    messages with the slots from before the action, so "Her partner strangled her" from a friend
    would be told "I'm so sorry that happened to you" on the message that says it is a friend."""
    variants = (domain.get("responses") or {}).get(name) or []
    names = {c.get("name") for v in variants for c in v.get("condition") or []}
    if not names & set(changed):
        return None
    slots = {**now, **changed}
    fitting = [
        v
        for v in variants
        if v.get("condition")
        and all(slots.get(c.get("name")) == c.get("value") for c in v["condition"])
    ]
    return fitting[0] if len(fitting) == 1 else None


def say(
    dispatcher: CollectingDispatcher,
    message: questions.Say,
    domain: DomainDict | None = None,
    now: Mapping[str, Any] | None = None,
    changed: Mapping[str, Any] | None = None,
) -> None:
    variant = (
        _variant_for_new_slots(domain, message.response, now or {}, changed)
        if message.response and domain and changed
        else None
    )
    if variant is not None and message.response:
        dispatcher.utter_message(
            text=variant.get("text"),
            buttons=variant.get("buttons") or [],
            utter_action=message.response,
            **dict(message.args),
        )
    elif message.response:
        dispatcher.utter_message(response=message.response, **dict(message.args))
    elif message.text:
        dispatcher.utter_message(text=message.text, **dict(message.args))
    for then in message.then:
        say(dispatcher, then)


def _answered_aside(result: reading.Reading) -> bool:
    """Whether the reading answered something beside the question (not "Sorry, I didn't catch
    that", which the rules say in their own way when the form lets the message go)."""
    return any(
        message.response is None or not message.response.startswith("utter_reask_")
        for message in result.say
    )


# Told in so many words beside a question the rules answer (a borough on its own, "barnet. do i
# have to give my name?"): kept. Not what an account reads from a question ("what if it was my
# partner?").
_TOLD_BESIDE_A_QUESTION = ("borough",)


def _j6_told_beside(
    tracker: Tracker, result: reading.Reading, answers: Mapping[str, Any]
) -> dict[str, Any]:
    """-- round 41, helper J6 --: the borough told beside a message the rules answer."""
    told = {
        slot: result.slots[slot]
        for slot in _TOLD_BESIDE_A_QUESTION
        if result.slots.get(slot) is not None and answers.get(slot) is None
    }
    noted = {slot: value for slot, value in result.noted.items() if slot in told}
    if noted:
        told["unconfirmed"] = {**(tracker.get_slot("unconfirmed") or {}), **noted}
    return told


# -- round 75, helper c75e --
# Chloe (r75a): a fact told after the result that changes it (a possible sexual offence after a
# spiking) gives the result again, at the next question or the end (actions/results.py).
def c75e_result_out_of_date(tracker: Tracker, now: Mapping[str, Any]) -> bool:
    """Whether the result shown no longer fits the answers ``now`` (this turn's included)."""
    if not now.get("results_shown", tracker.get_slot("results_shown")):
        return False
    shown = tracker.get_slot("referrals")
    if not isinstance(shown, list):
        return False
    result = build_result(now, default_directory())
    return c75e_changed_since_shown(result, shown, tracker.get_slot("enhanced_categories"))


# -- end of round 75, helper c75e --


class ValidateNeedsAssessmentForm(FormValidationAction):
    def name(self) -> str:
        return "validate_needs_assessment_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        answers = answers_from(tracker)
        skipped = list(tracker.get_slot("skipped_slots") or [])
        asked = asked_so_far(tracker)
        missed = missed_so_far(tracker)
        slots: dict[str, Any] = {}
        right_answered = answered_right_first(tracker)
        result = None
        answered_outside = answered_outside_questions(tracker)
        # -- round 70, helper w70b --: "Sorry I dont follow. Targeted how?" (Pat, 74) asks what
        # the waiting question means: it is explained and asked again, never read as an answer
        # ("I don't follow" was once a no).
        explained = (
            questions.w70b_explained_question(
                str((tracker.latest_message or {}).get("text") or ""), answers
            )
            if has_new_message(tracker) and not right_answered and not _opening(tracker)
            else None
        )
        if explained and answers.get("requested_slot") != "consent":
            if explained not in _said_this_turn(tracker):
                dispatcher.utter_message(response=explained)
            kept = []
            if questions.g96d_own_disability_told(
                str((tracker.latest_message or {}).get("text") or "")
            ):
                # g96d (round 96): Gary, "i dont know what that means. i have learning
                # disabilty": the question explained, and his disability kept, not asked again.
                kept = [SlotSet("impairment", True)]
            return [
                *kept,
                SlotSet("skipped_slots", list(skipped)),
                SlotSet("requested_slot", answers.get("requested_slot")),
            ]
        # -- end of round 70, helper w70b --
        if has_new_message(tracker) or right_answered:
            result = reading.read_turn(
                turn_from(tracker, right_answered=right_answered or answered_outside)
            )
            if result.reject and not right_answered:
                told = {} if _opening(tracker) else _j6_told_beside(tracker, result, answers)
                if not _opening(tracker) and not told:
                    # the rules answer it, then the form asks its question again.
                    return []
                # -- round 41, helper J6 --: a borough told beside it is kept ("tower hamlets.
                # can somebody speak bangla with me?", Nadia, was asked her borough again), and
                # the question answered here, as the form goes on: returning the borough alone
                # let Rasa ask its first empty question ("merton. will he get in trouble tho?",
                # round 45, Hannah, 16, was asked about "the person who died").
                slots.update(told)
                # A rule started the form on this very message, so no rule will answer it:
                # answer it here and ask the waiting question again. (Returning nothing once
                # let Rasa ask its first empty question: "Was the person who died a close
                # relative?" to people whom nobody had died.)
                if not answered_outside:  # already answered by action_outside_questions
                    _answer_here(dispatcher, tracker, answers)
                result = None
        if result is not None and not result.reject:
            k78a_more_services_first(dispatcher, tracker, answers)  # k78a (round 78), Jess
            already = _said_this_turn(tracker)
            for message in result.say:
                if message.response and message.response in already:
                    continue  # answered by the action that ran before the form
                say(dispatcher, message, domain, tracker.current_slot_values(), result.slots)
            slots.update(result.slots)
            for slot in result.skipped:
                slots.update(self._skip(slot, skipped))
            for flag in result.flags:
                slots["flags"] = record_flag(tracker, flag)
            if result.pause:
                # Ends the form; action_finish_assessment sees the pause and says nothing more.
                return [*(SlotSet(k, v) for k, v in slots.items()), SlotSet("requested_slot", None)]
            if answers.get("consent") is False and result.slots.get("consent") is True:
                # -- round 75, helper b75a --: kept after all (Sofia): said as such, and what
                # was said of a referral while nothing could be kept no longer stands.
                b75a_kept_after_all(dispatcher, result)
                slots.update(b75a_reopened_by_consent(answers, skipped))
            if set(result.corrected) - {"consent"}:
                changed = {slot: result.slots.get(slot) for slot in result.corrected}
                changed.pop("consent", None)  # -- round 75, helper b75a -- said above
                line = wording.changed_line(
                    changed,
                    # -- round 52, helper X3 --: a child named in this message counts too.
                    about_child=bool({**answers, **slots}.get("for_child")),
                    about_others=wording.about_them({**answers, **slots}),
                    before=answers,  # -- round 63, helper I2 --
                )
                if line:
                    quiet = slots.get("discreet") or answers.get("discreet")
                    line = wording.discreet(line) if quiet else line
                    dispatcher.utter_message(text=line, utter_action="utter_updated")
                else:
                    dispatcher.utter_message(response="utter_updated")
                if set(result.corrected) - set(REFERRAL_SLOTS):
                    # The result already given is out of date: give it again at the end.
                    slots["results_shown"] = False
            if result.noted:
                slots["unconfirmed"] = {**(tracker.get_slot("unconfirmed") or {}), **result.noted}
        elif result is not None and right_answered:
            # -- round 39, helper F6 --: "barnet. do i have to give my name? what if she sees
            # these texts" (Chris), answered by the rules: the borough told before the question
            # is kept, not asked again ("i said barnet already").
            told = {
                slot: result.slots[slot]
                for slot in _TOLD_BESIDE_A_QUESTION
                if result.slots.get(slot) is not None and answers.get(slot) is None
            }
            slots.update(told)
            noted = {slot: value for slot, value in result.noted.items() if slot in told}
            if noted:
                slots["unconfirmed"] = {**(tracker.get_slot("unconfirmed") or {}), **noted}
            slots.update(g76c_put_right_beside_a_question(dispatcher, result, answers))
        # Otherwise the form is back from an interruption (a rights question, help) whose
        # message the rules have answered: nothing new to read.
        merged = {**answers, **slots}
        slots.update(self._settle(merged))
        slots.update(z73d_settled({**merged, **slots}))  # -- round 73, helper z73d --
        merged.update(slots)
        pending = slots.get("unconfirmed", tracker.get_slot("unconfirmed"))
        if pending and self._past_safety_questions(merged):
            line = wording.noted_line(
                p94e_with_witness(pending, merged),
                about_child=bool(merged.get("for_child")),
                about_others=wording.about_them(merged),
                age_now=merged.get("age"),  # k78e (round 78): a girl, not a woman, at 14
            )
            if line:
                line = wording.discreet(line) if merged.get("discreet") else line
                dispatcher.utter_message(text=line, utter_action="utter_noted")
            slots["unconfirmed"] = None
        if answers.get("consent") is None and merged.get("consent") is not None:
            # The privacy question is out of the way: a question they opened with is answered
            # now, before the safety question, unless it was answered already.
            said = {name for name in _sent_names(tracker) if name}
            said |= {m.response for m in (result.say if result is not None else []) if m.response}
            first = (
                None
                if merged.get("in_danger")
                else reading.answer_to_first_message(
                    _first_message(tracker), merged, default_directory(), frozenset(said)
                )
            )
            if first is not None:
                say(dispatcher, first)
        merged.update(slots)
        if c75e_result_out_of_date(tracker, merged):  # -- round 75, helper c75e --
            slots["results_shown"] = merged["results_shown"] = False
        channel = tracker.get_latest_input_channel()
        following = next_question(merged, skipped, channel, lambda: self._gender_matters(merged))
        # A result given again after a correction asks about a referral afresh: the reminders
        # and misses before it never close the question unasked ("no!! my gf didnt do anything,
        # it was a stranger", round 38, Dev, was told "I'll leave that for now").
        sent = _sent_names(tracker)
        again = not merged.get("results_shown") and "utter_result" in sent
        reminded = 0 if again else sent.count("utter_referral_reminder")
        recent_asks = contact_asks(tracker)
        recent_misses = reading.ask_counts(_since_last_offer(tracker), prefix="utter_reask_")
        # A correction at a question about being contacted ("I do NOT have a disability")
        # leaves that question open, as a question does.
        asked_something = _asked_something(tracker) or bool(result is not None and result.aside)
        # "carry on" after waiting for a person (or after being safe again) asks for the
        # questions back: the question they come back to is asked, never closed unasked.
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        came_back = (
            (_opening(tracker) and intent in ("carry_on", "safe_now"))
            # "Im safe" to the safety check after the crisis lines: back to where they were.
            or tracker.get_slot("requested_slot") == "in_danger"
            # "ok. carry on. yes they can contact me ..." while waiting for a person (round 37,
            # Zara, 16, whose referral was then closed unasked): the bot took the chat back.
            or "utter_back_to_bot" in _said_this_turn(tracker)
        )

        def done_asking(slot: str) -> bool:
            if slot == "referral_consent" and y73d_not_an_answer(tracker, result):
                return False  # -- round 73, helper y73d --: asked again (Chloe, Kofi, Lee)
            if slot in REFERRAL_SLOTS:
                # Whether someone is contacted hangs on these: a question or WHY in between
                # never skips them (they are reminded instead); two misses still do.
                return recent_misses.get(slot, 0) >= reading.MAX_ASKS or (
                    not asked_something
                    and not came_back
                    and (
                        recent_asks.get(slot, 0) >= reading.MAX_ASKS_WITH_INTERRUPTIONS
                        or (slot == "referral_consent" and reminded >= reading.MAX_REMINDERS)
                    )
                )
            if slot == "consent":
                # "who sees it?" asks about the question, it does not miss it: a skipped consent
                # keeps nothing, so only misses, or reminders without a question, skip it.
                reminders = _sent_names(tracker).count("utter_remind_consent")
                return missed.get(slot, 0) >= reading.MAX_ASKS or (
                    not asked_something and reminders >= reading.MAX_REMINDERS
                )
            if slot == "in_danger" and merged.get("safety_check"):
                # "Are you safe right now?" after thoughts of suicide told for the first time,
                # however often danger was asked before (the reading decides when it is due;
                # round 31, Lucy, asked twice at the start, got only the next question).
                return False
            return (
                missed.get(slot, 0) >= reading.MAX_ASKS
                or asked.get(slot, 0) >= reading.MAX_ASKS_WITH_INTERRUPTIONS
            )

        # A question re-asked in this very reply ("Sorry, I didn't catch that...") is not also
        # skipped in it: "didn't catch that" and "nobody will contact you" together contradict.
        reasked = {m.response for m in result.say} if result is not None else set()
        while following and done_asking(following) and f"utter_reask_{following}" not in reasked:
            # Not answered however often asked: say so and move on rather than ask again.
            response = reading.moving_on(following)
            if response and not s83a_safety_check_answered(tracker):
                dispatcher.utter_message(response=response)
            slots.update(self._skip(following, skipped))
            merged.update(slots)
            following = next_question(
                merged, skipped, channel, lambda: self._gender_matters(merged)
            )
        if not slots and result is not None and _answered_aside(result):
            # Rasa rejects a form whose validation sets no slot but the question, and drops
            # what it said with it: "should i just send them so he stops??" at "Have you
            # reported it?" got the question again and nothing else (round 31). Setting a slot
            # to the value it has keeps the answer; the question is then asked again.
            slots["skipped_slots"] = list(skipped)
        return [*(SlotSet(k, v) for k, v in slots.items()), SlotSet("requested_slot", following)]

    @staticmethod
    def _skip(slot: str, skipped: list[str]) -> dict[str, Any]:
        if slot not in skipped:
            skipped.append(slot)
        result: dict[str, Any] = {"skipped_slots": list(skipped)}
        if slot in WHEN_SKIPPED:
            result[slot] = WHEN_SKIPPED[slot]
        return result

    @staticmethod
    def _settle(answers: Mapping[str, Any]) -> dict[str, Any]:
        """Facts that follow from answers: someone under 18 now was under 18 then; an adult
        telling us about something recent was an adult then."""
        settled: dict[str, Any] = {}
        if answers.get("consent") is False and answers.get("referral_consent") is None:
            # Nothing is kept without consent, so nobody can be referred.
            settled["referral_consent"] = False
        age = answers.get("age")
        if answers.get("under_18") is not None or age is None:
            return settled
        if float(age) < 18:
            settled["under_18"] = True
        elif not under_18_then_matters(answers):
            settled["under_18"] = False
        return settled

    @staticmethod
    def _past_safety_questions(answers: Mapping[str, Any]) -> bool:
        """Facts noted in passing are confirmed once consent and safety have been asked."""
        return answers.get("consent") is not None and answers.get("in_danger") is not None

    @staticmethod
    def _gender_matters(answers: Mapping[str, Any]) -> bool:
        return answers.get("gender") is None and gender_question_needed(answers)


# -- round 75, helper b75a --
# Sofia (round 74) said no to keeping her answers, then "you can keep it. but only if nobody from
# the restaurant can find it". The "no" to a referral that stood for "nothing can be kept" (the
# form's own, or one she gave then) stayed, and she was never asked. Once the chat is kept, what
# was said of a referral or contact while nothing could be kept no longer stands: the referral
# question is asked, once, in its turn.
_B75A_REFUSALS = ("referral_consent", "contact_safe")


def b75a_reopened_by_consent(answers: Mapping[str, Any], skipped: list[str]) -> dict[str, Any]:
    """The referral answers dropped when consent turns from no to yes (``skipped`` is updated)."""
    if answers.get("consent") is not False:
        return {}
    reopened: dict[str, Any] = {slot: None for slot in _B75A_REFUSALS if answers.get(slot) is False}
    if any(slot in REFERRAL_SLOTS for slot in skipped):
        skipped[:] = [slot for slot in skipped if slot not in REFERRAL_SLOTS]
        reopened["skipped_slots"] = list(skipped)
    return reopened


def b75a_consent_line(text: str) -> str:
    """ "Thank you: we'll keep this chat...", and who can see it when that was their condition."""
    if b75a_condition_on_who_sees(text):
        return "utter_b75a_kept_who_sees"
    return "utter_consent_after_all"


def b75a_kept_after_all(dispatcher: CollectingDispatcher, result: reading.Reading) -> None:
    """Said once: the reading may already have answered the condition."""
    if not any(said.response == "utter_b75a_kept_who_sees" for said in result.say):
        dispatcher.utter_message(response="utter_consent_after_all")


# -- end of round 75, helper b75a --


# -- round 73, helper y73d --
# At "would you like us to pass your details on?": Kofi's "racist abuse, is that a hate crime"
# got "I'll leave that for now, so nobody will contact you yet", and Lee's correction of the hate
# reason ("its not a hate crime?? hes gay too lol") did too; Chloe's "ok. but you said no to the
# havens before, so do i go there or not" was taken as a yes. A question, or a correction, at the
# consent question is neither yes nor no: it is answered or put right, and the question asked
# again, never closed.
def y73d_not_an_answer(tracker: Tracker, result: reading.Reading | None) -> bool:
    if tracker.get_slot("referral_consent") is not None:
        return False
    if result is not None and result.slots.get("referral_consent") is not None:
        return False
    text = str((tracker.latest_message or {}).get("text") or "")
    return questions.is_question(text) or reading.y73d_asks_or_puts_right(text, result)


# -- end of round 73, helper y73d --


# -- round 73, helper z73d --
# Kyle (r73c, Deaf): "yes. but NO phone call. text or email only", then "email.
# kyle.baptiste23@gmail.com ..." was asked "is it safe for them to leave a voicemail?" and told
# "by phone (no voicemail)". Someone Deaf or who cannot phone is never asked about a voicemail;
# an email address given by someone who said no calls is the way to reach them.
# Nadia (r73a, 31, on a spouse visa, "it is happening now"): "Were you under 18 when it
# happened?" asked twice: abuse going on now, or by the husband whose visa she is on, is not
# from her childhood.
_Z73D_GOING_ON_NOW = re.compile(
    r"\b(?:(?:it|this|that|abuse) (?:is|s) (?:still )?(?:happening|going on)(?: now)?|"
    r"still (?:happening|going on)|happening (?:right )?now|spouse visa|partner visa|"
    r"marriage visa)\b"
)


# x86a (round 86): Priya, 34, "his mum takes my salary every month and he shouts at me", was
# asked "Were you under 18 when it happened?" and had to say "no i said 34. it is happening now".
# Abuse told as going on ("is happening", "keeps", "every day", "every month") is happening to
# the adult writing, unless it is told as from childhood.
_X86A_GOING_ON = re.compile(
    r"\b(?:is happening|are happening|keeps? (?:on )?\w+ing|every (?:single )?(?:day|night|week|"
    r"month|morning|evening|weekend|time)|all the time|(?:most|some) (?:days|nights))\b"
)
_X86A_FROM_CHILDHOOD = re.compile(
    r"\b(?:when i was (?:a |little|young|small|\d)|as a (?:child|kid|girl|boy|teen)|childhood|"
    r"growing up|years ago|at school|i was (?:\d|a child|a kid|little|young|under))|"
    r"\b(?:memories|flashbacks|nightmares|think about it|thinking about it|"
    r"remember\w*|dream\w*)\b"
)


def x86a_going_on_now(said: str) -> bool:
    words = plain(said)
    return bool(_X86A_GOING_ON.search(words)) and not _X86A_FROM_CHILDHOOD.search(words)


def z73d_settled(answers: Mapping[str, Any]) -> dict[str, Any]:
    settled: dict[str, Any] = {}
    said = [str(one) for one in answers.get("said") or ()]
    if (
        answers.get("voicemail_ok") is None
        and answers.get("contact_method") == "call"
        and "@" in str(answers.get("contact_details") or "")
        and reading.z73d_no_calls(said)
    ):
        settled["contact_method"] = "email"
    method = settled.get("contact_method", answers.get("contact_method"))
    if (
        answers.get("voicemail_ok") is None
        and method == "call"
        and (
            (answers.get("cannot_phone") is True and not n80c_hard_of_hearing_phones(said))
            or reading.z73d_no_calls(said)
            or reading.s83c_voicemail_refused(said)  # s83c (round 83): Fatima, "not voicemail"
        )
        # m79d (round 79): Peter asked for calls to him, not to his dad who is deaf on the phone.
        and not (answers.get("for_someone_else") and not reading.z73d_no_calls(said))
    ):
        settled["voicemail_ok"] = False
    age = answers.get("age")
    if (
        answers.get("under_18") is None
        and age is not None
        and float(age) >= 25
        and not answers.get("for_someone_else")
        and not answers.get("for_child")
        and any(_Z73D_GOING_ON_NOW.search(plain(one)) or x86a_going_on_now(one) for one in said)
    ):
        settled["under_18"] = False
    if (
        answers.get("under_18") is None
        and age is not None
        and not answers.get("for_someone_else")
        and not answers.get("for_child")
        and any(
            (years := o103b_years_going_on(one)) is not None and float(age) - years >= 18
            for one in said
        )
    ):
        settled["under_18"] = False  # o103b (round 103): Sam, 19, "its been like a year"
    return settled


# o103b (round 103): Sam, 19, abused by a partner "for like a year", was asked "Were you under 18
# when it happened?" ("no its been like a year. i said im 19"). When they say how long it has
# been going on, and their age less that time is 18 or more, it all happened to an adult.
_O103B_FOR_HOW_LONG = re.compile(
    r"\b(?:(?:it|this|that|its|it s|abuse)\s+(?:has\s+|s\s+)?been(?: going on| happening)?|"
    r"(?:been )?going on|been happening|been together)"
    r"(?: for)?(?: (?:like|about|around|roughly|almost|nearly|only|just|under|less than))? "
    r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|a few|few|a couple of|"
    r"couple of|\d{1,2}) (?P<unit>years?|months?|weeks?|days?)\b"
)
_O103B_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "a few": 3, "few": 3, "a couple of": 2,
    "couple of": 2,
}  # fmt: skip
_O103B_IN_YEARS = {"year": 1.0, "month": 1 / 12, "week": 1 / 52, "day": 1 / 365}


def o103b_years_going_on(said: str) -> float | None:
    """How many years they say it has been going on, when they say it ("its been like a year")."""
    found = _O103B_FOR_HOW_LONG.search(plain(said))
    if not found:
        return None
    n = found.group("n")
    count = int(n) if n.isdigit() else _O103B_NUMBERS[n]
    return count * _O103B_IN_YEARS[found.group("unit").rstrip("s")]


# -- end of round 73, helper z73d --


# -- round 76, helper g76b -- Bisi: "Phone call is best, or text if I don't pick up": kept for
# the support worker with the other contact instructions, unless texts were refused.
def g76b_text_if_no_answer_noted(answers: dict[str, Any]) -> None:
    if answers.get("contact_method") != "call" or answers.get("referral_consent") is not True:
        return
    notes = list(answers.get("contact_notes") or [])
    if "no_texts" in notes or "text_if_no_answer" in notes:
        return
    if any(reading.g76b_text_if_no_answer(str(said)) for said in answers.get("said") or ()):
        answers["contact_notes"] = [*notes, "text_if_no_answer"]


# -- end g76b --


# -- round 76, helper g76c --
# Kieran ("under 18?? im 35 mate i told u. my daughters 3 not me", "thats wrong tho. i was NOT
# under 18. can u fix it"), Bisi ("No it HAS been reported ... there is a crime number") and
# Samira ("still say terrorism. it is NOT terrorism ... please remove this") put a fact right in
# a message the classifier took for a question: the rules said "I can't answer that one here"
# and the form, back from them, kept only a borough. What they put right is changed and said.
G76C_FACTS_PUT_RIGHT = frozenset(
    {
        "crime_type",
        "under_18",
        "age",
        "reported_to_police",
        "repeat_victimisation",
        "relationship_to_offender",
        "hate_motivated",
        "for_child",
        "fear_of_giving_evidence",  # k78c (round 78, Joy): "im NOT scared of giving evidence"
    }
)


def g76c_facts_put_right(result: reading.Reading, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The facts the message put right outright (never consent or the referral answers)."""
    return {
        slot: result.slots.get(slot)
        for slot in result.corrected
        if slot in G76C_FACTS_PUT_RIGHT
        and result.slots.get(slot) is not None
        and result.slots.get(slot) != answers.get(slot)
    }


def g76c_put_right_beside_a_question(
    dispatcher: CollectingDispatcher, result: reading.Reading, answers: Mapping[str, Any]
) -> dict[str, Any]:
    """Facts put right beside a question the rules answered: kept, and said back."""
    changed = g76c_facts_put_right(result, answers)
    if not changed:
        return {}
    line = wording.put_right_line(changed, answers)
    if line:
        dispatcher.utter_message(text=line, utter_action="utter_updated")
    else:
        dispatcher.utter_message(response="utter_updated")
    return {**changed, "results_shown": False}


# end g76c


# k77b (round 77) -- Yasmin: "text. dont call, i live with my parents and they dont know", Becky:
# "dont ring from a withheld number ill think its him", Priya: "dont put anything about marriage
# in the subject", at the questions about being contacted: answered nowhere and never on the
# referral. Kept for the support worker with the other contact instructions.
def k77b_notes_noted(answers: dict[str, Any]) -> None:
    if answers.get("referral_consent") is not True:
        return
    notes = list(answers.get("contact_notes") or [])
    for said in answers.get("said") or ():
        found = reading.k77b_notes_said(str(said), answers.get("contact_method"))
        found = [code for code in found if code != "someone_else_too"]
        if reading.k77b_plain_subject(str(said)):
            found.append("plain")
        notes += [code for code in found if code not in notes]
    if notes:
        answers["contact_notes"] = notes


# end k77b


# k78a (round 78) -- Rose: "please tell them Elsie is deaf and would really like a home visit if
# possible" at the question about times; Zoe, 14: "yes u can pass it on but can they talk to my
# mum as well". Kept for the support worker with the other contact instructions.
def k78a_notes_noted(answers: dict[str, Any]) -> None:
    if answers.get("referral_consent") is not True:
        return
    notes = list(answers.get("contact_notes") or [])
    for said in answers.get("said") or ():
        found = reading.k78a_notes_said(str(said), bool(answers.get("for_someone_else")))
        if reading.f96a_refuses_home_visit(str(said)):
            # f96a (round 96): Jamal, "take off the home visit thing i dont want that".
            notes = [code for code in notes if code != "home_visit"]
            found = [*found, "no_home_visit"]
        notes += [code for code in found if code not in notes]
    if notes:
        answers["contact_notes"] = notes


# end k78a


# k78a (round 78) -- Jess, at "would you like us to pass your details on?" after MORE: "ok. you
# didnt show me the more services though" was taken as a yes (answers.k78a_ok_then_complains now
# reads no answer in it). The services she asked for, then the question again.
def k78a_more_services_first(
    dispatcher: CollectingDispatcher, tracker: Tracker, answers: Mapping[str, Any]
) -> None:
    text = str(tracker.latest_message.get("text") or "")
    if tracker.get_slot("requested_slot") != "referral_consent" or not (
        k78a_ok_then_complains(text) and reading.k78a_asks_more_services(text)
    ):
        return
    result = build_result(dict(answers), default_directory())
    quiet = bool(tracker.get_slot("discreet"))
    for line in more_services(result, default_directory(), tracker.get_slot("referrals")):
        dispatcher.utter_message(
            text=wording.discreet(line) if quiet else line, utter_action="utter_show_services"
        )


# end k78a


# m79d (round 79) -- Faisal: a voicemail only asking him to call back; Bernadette: texts as well
# as the email she chose. Kept for the support worker with the other contact instructions.
def m79d_notes_noted(answers: dict[str, Any]) -> None:
    if answers.get("referral_consent") is not True:
        return
    notes = list(answers.get("contact_notes") or [])
    method = answers.get("contact_method")
    for said in answers.get("said") or ():
        found = reading.m79d_notes_said(str(said), method)
        notes += [code for code in found if code not in notes]
    if notes:
        answers["contact_notes"] = notes


# end m79d


# n80c (round 80)
# Ken (r80c), 81: "MY HEARING IS NOT GOOD", then "PHONE. 020 8346 0127. PLEASE SPEAK UP AS I AM
# HARD OF HEARING", was told "by phone (no voicemail)" though never asked, then "THEY CAN LEAVE A
# MESSAGE ON THE MACHINE". Someone hard of hearing who chose calls is asked about a voicemail like
# anyone else; someone Deaf (z73d, Kyle) still is not.
_N80C_HARD_OF_HEARING = re.compile(
    r"\b(?:hard of hearing|hearing is (?:not good|poor|bad)|(?:poor|bad) hearing|hearing aids?|"
    r"speak up|a bit deaf|partially deaf|hearing (?:isnt|is not|not) (?:good|great|what it was))\b"
)
_N80C_DEAF = re.compile(
    r"\b(?:(?<!a bit )(?<!partially )deaf|bsl|sign language|signer|cant use the phone|cannot use "
    r"the phone|can t use the phone|no (?:phone )?calls?|cant hear on the phone|cannot hear on "
    r"the phone|can t hear on the phone)\b"
)


def n80c_hard_of_hearing_phones(said: list[str]) -> bool:
    words = [plain(one) for one in said]
    return any(_N80C_HARD_OF_HEARING.search(one) for one in words) and not any(
        _N80C_DEAF.search(one) for one in words
    )


# Ken (r80c): "PLEASE SPEAK UP AS I AM HARD OF HEARING" at the contact question, and Brian
# (r80e): "yes you can pass my details on. but please not to the care agency", at the referral
# question: said during the questions, kept with the other contact instructions.
def n80c_notes_noted(answers: dict[str, Any]) -> None:
    if answers.get("referral_consent") is not True:
        return
    notes = list(answers.get("contact_notes") or [])
    for said in answers.get("said") or ():
        found = reading.n80c_notes_said(str(said))
        notes += [code for code in found if code not in notes]
    if notes:
        answers["contact_notes"] = notes


# end n80c


# p81d (round 81) -- Ahmed: "text me whatsapp better, i dont answer unknown calls when i ride",
# said at the referral question, kept with the other contact instructions.
def p81d_notes_noted(answers: dict[str, Any]) -> None:
    if answers.get("referral_consent") is not True:
        return
    notes = list(answers.get("contact_notes") or [])
    for said in answers.get("said") or ():
        notes += [code for code in reading.p81d_notes_said(str(said)) if code not in notes]
    if notes:
        answers["contact_notes"] = notes


# end p81d


# p81d (round 81) -- Sophie, Harjit: "carry on. yes pass my details. email only pls ...
# sophie.r.hale@gmail.com" after waiting for a person (the question put aside) got the referral
# question again. Coming back with the referral question still open after the result, the
# message is read as its answer, with the way, address and times beside it.
def p81d_referral_pending(tracker: Tracker) -> str | None:
    came_back = (
        "utter_back_to_bot" in _said_this_turn(tracker)
        or ((tracker.latest_message or {}).get("intent") or {}).get("name") == "carry_on"
    )
    pending = (
        tracker.get_slot("results_shown")
        and tracker.get_slot("referral_consent") is None
        and "referral_consent" not in (tracker.get_slot("skipped_slots") or [])
    )
    return "referral_consent" if came_back and pending else None


# end p81d


# s83a (round 83)
# Tyler, 16, at the safety check after the 999 lines: "im at home now. its tmrw after school thats
# the problem" got "No problem, let's skip that one", as the question asked twice before the
# crisis (what happened) was then closed: he had answered the safety question, not asked to skip
# one. The question is still closed; only the line that reads as brushing him off is not said.
def s83a_safety_check_answered(tracker: Tracker) -> bool:
    """Whether this message answers the safety question (asked again after a crisis message)."""
    return tracker.get_slot("requested_slot") == "in_danger"


# end s83a


# s83e (round 83) -- Kai had said "human" and was told, later, "Or say 'human' and a support
# worker will reply here", twice. The request stays on the case (the "human" flag).
def s83e_person_asked(tracker: Tracker) -> bool:
    """They asked for a person, and a worker can see this chat and may reply in it."""
    asked = (
        "human" in (tracker.get_slot("flags") or [])
        or bool(tracker.get_slot("waiting_for_person"))
        or tracker.get_slot("handoff") == "waiting"
    )
    return asked and tracker.get_slot("consent") is True and not tracker.get_slot("no_reply_here")


# Rose: "020 8690 4417 thats the house phone ... or my son Gary 07700 900312 if I dont answer":
# the second number is kept as a note for the support worker (the number is in the chat).
def s83e_second_number_noted(answers: dict[str, Any]) -> None:
    if answers.get("referral_consent") is not True:
        return
    own = answers.get("contact_details")
    if second_number_said(answers.get("said") or (), own) is None:
        return
    notes = list(answers.get("contact_notes") or [])
    if "second_number" not in notes:
        answers["contact_notes"] = [*notes, "second_number"]


# end s83e


# t84c (round 84)
def t84c_supporter_number_noted(answers: dict[str, Any]) -> None:
    """Wayne: "can you call jo instead. her number is 07700 900217": the number kept is Jo's,
    his support worker's, noted so the support worker calls her, not his phone."""
    if supporter_to_contact(answers.get("said") or ()) is None:
        return
    notes = list(answers.get("contact_notes") or [])
    if "supporter_number" not in notes:
        answers["contact_notes"] = [*notes, "supporter_number"]


# end t84c


# u86e (round 86) -- Nadia, offered a choice of services, chose one by name ("NOT refuge. london
# victim and witness service please. text is fine"), but the referral kept no trace of which:
# the service chosen after the result was shown is kept with the case (answers
# "chosen_service", an organisation id) and named when the referral is confirmed.
_U86E_CHOOSES = re.compile(
    r"\b(?:please|pls|plz|want|wanna|prefer|rather|refer|send|pass|go with|choose|pick|that one|"
    r"ok|okay|fine|yes|yeah|to)\b"
)
_U86E_ASKS_WHAT = re.compile(r"\b(?:what|whats|who|whos|wat) (?:is|are|s|do|does)\b")


def u86e_service_chosen(
    said_after_result: Sequence[str], organisations: Sequence[Organisation]
) -> Organisation | None:
    """The service last chosen by name among ``organisations`` (those shown), if any."""
    chosen = None
    for said in said_after_result:
        words = plain(str(said))
        if not _U86E_CHOOSES.search(words) or _U86E_ASKS_WHAT.search(words):
            continue
        named = questions.m79d_service_named(str(said), organisations)
        if named is not None:
            chosen = named
    return chosen


def u86e_result_shown_by(event: Mapping[str, Any]) -> bool:
    """The event that shows the result: the slot set, or the result's message sent."""
    if event.get("event") == "slot":
        return event.get("name") == "results_shown" and bool(event.get("value"))
    metadata = event.get("metadata") or {}
    return event.get("event") == "bot" and metadata.get("utter_action") == "utter_result"


def u86e_said_after_result(tracker: Tracker) -> list[str]:
    """What the person said once the result was shown (the slot set, or the result sent)."""
    said: list[str] = []
    shown = False
    for event in tracker.events:
        kind = event.get("event")
        if kind == "user" and shown:
            said.append(str(event.get("text") or ""))
        shown = shown or u86e_result_shown_by(event)
    return said


def u86e_chosen_service_noted(answers: dict[str, Any], tracker: Tracker) -> None:
    if answers.get("referral_consent") is False:
        return
    said_after = u86e_said_after_result(tracker)
    if not said_after:
        return  # nothing said since the result: no choice to look for (most turns)
    shown = set(tracker.get_slot("referrals") or ())
    bot_texts = " ".join(
        str(event.get("text") or "") for event in tracker.events if event.get("event") == "bot"
    )
    organisations = [org for org in default_directory() if org.id in shown or org.name in bot_texts]
    chosen = u86e_service_chosen(said_after, organisations)
    if chosen is not None and chosen.id not in (answers.get("declined_services") or ()):
        answers["chosen_service"] = chosen.id


# end u86e


# u86c (round 86)
def u86c_notes_noted(answers: dict[str, Any]) -> None:
    """Stanley, 80: "not the house phone"; Wayne: "can they talk to jo too": said during the
    questions, kept for the support worker with the other contact instructions."""
    if answers.get("referral_consent") is not True:
        return
    notes = list(answers.get("contact_notes") or [])
    for said in answers.get("said") or ():
        notes += [code for code in reading.u86c_notes_said(str(said)) if code not in notes]
        # i91d (round 91): "Please note in the referral that it concerns the whole congregation
        # and that some elders need Punjabi" (Harjit, at the question about contacting him).
        notes += [code for code in reading.community_notes_said(str(said)) if code not in notes]
    if notes:
        answers["contact_notes"] = notes


# end u86c


# p94e (round 94): Kyle, 19: "i seen someone get stabbed at the bus stop ... n i gave a statement
# to police" was noted back as "a serious violent attack and you've told the police", so he had
# to say "wait i never got stabbed, i just saw it". The crime noted back says that he saw it.
def p94e_with_witness(pending: Mapping[str, Any], merged: Mapping[str, Any]) -> Mapping[str, Any]:
    if (
        "crime_type" in pending
        and "account_details" not in pending
        and "witness" in (merged.get("account_details") or ())
    ):
        return {**pending, "account_details": ["witness"]}
    return pending

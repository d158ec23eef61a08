"""Round 88, helper f88a: Tasha, 24, domestic abuse (her boyfriend smashed her phone and pushed
her), not Deaf. A Deaf/BSL need went into her record and her referral ("with a BSL
interpreter", SignHealth in her results), and the bot would not take it out."""

from __future__ import annotations

import json

import pytest

from actions import reading
from actions.account import read_account
from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.dialogue import ActionFinishAssessment, ActionHandoff, ActionWhileWaiting
from actions.reading import corrections
from actions.wording import contact_line
from core import records
from referrals.directory import load_directory
from referrals.results import build_result
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    RESPONSES,
    answer,
    answer_in_conversation,
    assert_one_sms_with_source,
    sendable,
)

ANCHOR = "f88a (round 88)"
FORM = ValidateNeedsAssessmentForm()

FIRST = (
    "hi um my boyfriend smashed my phone last night and pushed me into the wall, im at my mums "
    "now using her phone, i dont really know what to do or if this is even the right place"
)
WATCHED = (
    "yeah hes grabbed me before and he goes through my phone all the time, thats why he smashed "
    "it cos i wouldnt give him the passcode. my mum says i should of left ages ago"
)
BROTHER = (
    "no. my little brother saw it tho when he came round to pick me up, hes only 9, is he gonna "
    "be ok"
)
NEW_PHONE = (
    "you didnt answer about my brother?? but feeling safe i guess and someone to talk to. and i "
    "need a new phone lol"
)
NOT_DEAF = "english. why are you telling me about BSL im not deaf"
WHY_BSL = (
    "why does it say BSL interpreter?? i told you im not deaf. and i cant ring a number i said "
    "text only"
)
TAKE_IT_OFF = "NO i dont need an interpreter. take that off. can i talk to a real person"

TASHA = {
    "consent": True,
    "in_danger": False,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "reported_to_police": False,
    "age": 24.0,
    "repeat_victimisation": True,
    "hate_motivated": False,
    "impairment": False,
    "needs": ["safety", "emotional"],
    "cannot_phone": True,
}
# As her record stood when she asked (the wrong BSL need in it).
REFERRED = {
    **TASHA,
    "language": "bsl",
    "community": ["deaf"],
    "borough": "southwark",
    "gender": "woman",
    "assessment_done": True,
    "results_shown": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "text",
    "contact_details": "07700900462",
    "contact_times": "any time but TEXT only pls not calls",
    "case_reference": "VC-W8WF6N",
}


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


# 1. "i need a new phone lol" is not a communication need; a watched phone is not deafness.


def test_a_new_phone_is_not_a_communication_need():
    needs = read_answer("needs", NEW_PHONE).value
    assert "communication" not in needs
    account = read_account(NEW_PHONE)
    assert account.cannot_phone is None
    assert "deaf" not in account.communities


def test_a_watched_phone_gets_no_999_bsl_app():
    said = [FIRST, WATCHED, BROTHER, NEW_PHONE]
    got = answer_in_conversation(
        NEW_PHONE,
        "domestic_abuse",
        said,
        cannot_phone=True,
        relationship_to_offender="partner_or_ex",
    )
    assert got is not None
    sent = [got.response, *(then.response for then in got.then)]
    assert not [name for name in sent if name and name.startswith("utter_h2_no_voice")]


# Round 91 (j91a): "someone to talk to" chosen as a need no longer gets the low-mood answer (with
# its "call 999"), so the question here asks for someone to talk to.
ASKS_SOMEONE = "you didnt answer about my brother?? is there someone to talk to. i feel awful"


def test_someone_who_says_they_are_deaf_still_gets_the_ways_without_a_call():
    said = [FIRST, WATCHED, "im deaf, i use BSL", ASKS_SOMEONE]
    got = answer_in_conversation(ASKS_SOMEONE, "domestic_abuse", said, cannot_phone=True)
    assert got is not None
    assert "utter_h2_no_voice_999" in [then.response for then in got.then]


# 2. "why are you telling me about BSL im not deaf": no BSL, no Deaf services, and sorry.


def test_not_deaf_is_not_bsl():
    assert read_answer("language", NOT_DEAF).value == "english"
    assert "deaf" not in read_account(NOT_DEAF).communities
    assert read_account(NOT_DEAF).cannot_phone is None


@pytest.mark.parametrize(
    "text",
    ["bsl please, im deaf", "why wont they give me a bsl interpreter, im deaf", "BSL"],
)
def test_a_deaf_persons_bsl_is_still_bsl(text):
    assert read_answer("language", text).value == "bsl"


async def test_tasha_at_the_language_question(dispatcher, domain):
    tracker = make_tracker(
        slots={**TASHA, "language": None},
        text=NOT_DEAF,
        requested_slot="language",
        sent=["utter_ask_language"],
    )
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert slots["language"] == "english"
    assert "deaf" not in (slots.get("community") or [])
    said = dispatcher.messages[0]["text"]
    assert said.startswith("Sorry, my mistake.")


def test_bsl_taken_off_by_not_deaf_and_no_signhealth():
    changed = corrections(NOT_DEAF, REFERRED)
    assert changed["language"] == "english"
    assert changed["community"] == []
    now = {**REFERRED, **changed}
    result = build_result(now, load_directory())
    assert "signhealth-domestic-abuse-service" not in result.referral_ids
    assert "interpreter" not in contact_line(now)
    assert (
        "signhealth-domestic-abuse-service" in build_result(REFERRED, load_directory()).referral_ids
    )


# 3. After the record: confirmed no more, taken off the record, and the person still asked for.


def test_why_does_it_say_bsl_is_not_confirmed():
    assert (
        answer(WHY_BSL, "domestic_abuse", referral_consent=True, contact_safe=True, language="bsl")
        != "utter_interpreter_passed_on"
    )


def test_why_does_it_say_bsl_takes_it_off_the_record(dispatcher, domain, records_db):
    tracker = make_tracker(slots=REFERRED, text=WHY_BSL, active_loop=None)
    slots = slots_of(ActionFinishAssessment().run(dispatcher, tracker, domain))
    assert slots["language"] == "english"
    assert slots["community"] == []
    assert "signhealth-domestic-abuse-service" not in slots["referrals"]
    assert responses(dispatcher) == ["utter_f88a_interpreter_taken_off_request"]
    contact_how = dispatcher.messages[0]["contact_how"]
    assert "462" in contact_how and "interpreter" not in contact_how
    case = records.case_for(records.open_db(records_db), "test-person")
    assert case is not None
    assert json.loads(case["answers"])["language"] == "english"
    assert "deaf" not in (json.loads(case["answers"]).get("community") or [])
    assert "signhealth-domestic-abuse-service" not in json.loads(case["referrals"])


def test_no_interpreter_take_that_off_and_a_person(dispatcher, domain, records_db):
    # As the bot left it: "not deaf" had cleared the phone, the BSL interpreter stayed on.
    slots = {**REFERRED, "cannot_phone": False, "community": []}
    tracker = make_tracker(slots=slots, text=TAKE_IT_OFF, active_loop=None, intent="human")
    events = ActionHandoff().run(dispatcher, tracker, domain)
    assert slots_of(events)["language"] == "english"
    assert slots_of(events)["waiting_for_person"] is True
    sent = responses(dispatcher)
    assert sent[:2] == ["utter_f88a_interpreter_taken_off_request", "utter_handoff"]
    case = records.case_for(records.open_db(records_db), "test-person")
    assert case is not None
    assert json.loads(case["answers"])["language"] == "english"


def test_take_that_off_while_waiting_for_a_person(dispatcher, domain, records_db):
    slots = {**REFERRED, "waiting_for_person": True, "handoff": "waiting"}
    tracker = make_tracker(
        slots=slots, text="take that off. i dont need an interpreter", active_loop=None
    )
    events = ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert slots_of(events)["language"] == "english"
    assert responses(dispatcher)[0] == "utter_f88a_interpreter_taken_off_request"


def test_take_that_off_after_the_bot_named_the_interpreter():
    answers = {
        **REFERRED,
        "last_turn_bot_texts": ("... with a BSL interpreter. Your reference is VC-W8WF6N.",),
    }
    assert reading.f88a_interpreter_off("take that off", answers)["language"] == "english"
    # Not about the interpreter: nothing taken off.
    assert reading.f88a_interpreter_off("take that off", {**REFERRED, "community": []}) == {}


def test_a_wanted_interpreter_is_kept():
    polish = {**REFERRED, "language": "polish", "community": []}
    assert (
        reading.f88a_interpreter_off("did you tell them i need polish interpreter?", polish) == {}
    )


@pytest.mark.parametrize(
    "name", ["utter_f88a_interpreter_taken_off", "utter_f88a_interpreter_taken_off_request"]
)
def test_each_new_response_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, ANCHOR)
    assert RESPONSES[name][0]["text"].startswith("Sorry, my mistake: I've taken that off")
    assert sendable(name)

"""Round 87, helper z87a: Ellie (r87c), 35, a wheelchair user whose PA, employed by her with
direct payments, steals and once left her in bed all day; Frank (r87a), 74, a past heart attack,
youths throwing stones at his windows."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import questions
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.dialogue import ActionFinishAssessment, ActionHandoff
from tests.unit.conftest import make_tracker
from tests.unit.known_answers import ALL_RESPONSES, assert_one_sms_with_a_source

DOMAIN = Path(__file__).resolve().parents[2] / "bot" / "domain"

_ELLIE_FIRST = (
    "Hi, I'm not sure if this is the right place. My PA (personal assistant, paid through direct "
    "payments) has been taking money from my purse for a few months and I think it counts as a "
    "crime but I'm scared of what happens if I report it"
)
_ELLIE = {
    "consent": True,
    "crime_type": "theft",
    "in_danger": False,
    "reported_to_police": False,
    "account_details": ["carer"],
}


def _form(domain, text: str, slots: dict, requested: str) -> tuple[dict, list[str | None]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=slots, text=text, requested_slot=requested, turn={})
    events = asyncio.run(ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain))
    sent = [m.get("response") for m in dispatcher.messages]
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}, sent


def _after(domain, text: str, slots: dict, earlier: tuple[str, ...] = ()) -> tuple[dict, list]:
    dispatcher = CollectingDispatcher()
    slots = {**slots, "assessment_done": True, "results_shown": True}
    tracker = make_tracker(slots=slots, text=text, requested_slot=None, turn={}, active_loop=None)
    for index, message in enumerate(earlier):
        tracker.events.insert(index, {"event": "user", "text": message})
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    sent = [m.get("response") for m in dispatcher.messages]
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}, sent


# -- 1. Ellie: what to do TONIGHT, when the PA she needs to put her to bed comes back at 5 ------


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "hackney. and she's back at 5, what do I actually do tonight if I feel unsafe but I "
            "still need her to put me to bed",
            "borough",
        ),
        ("you keep skipping my question. TONIGHT. she comes at 5. what do I do", "language"),
    ],
)
def test_ellie_tonight_is_answered_at_a_question(domain, text, requested):
    _, sent = _form(domain, text, {**_ELLIE, "age": 35}, requested)
    assert "utter_z87a_carer_tonight" in sent


def test_ellie_tonight_is_answered_after_the_result(domain):
    slots = {**_ELLIE, "age": 35, "borough": "hackney"}
    _, sent = _after(
        domain,
        "you keep skipping my question. TONIGHT. she comes at 5. what do I do",
        slots,
        (_ELLIE_FIRST,),
    )
    assert "utter_z87a_carer_tonight" in sent
    assert "utter_cannot_answer" not in sent


def test_ellie_tonight_by_her_earlier_words():
    # Her PA is told only in her first message.
    said = questions.known_answer(
        "you keep skipping my question. TONIGHT. she comes at 5. what do I do",
        "theft",
        questions_directory(),
        answers={"crime_type": "theft", "said": [_ELLIE_FIRST]},
    )
    assert said is not None and said.response == "utter_z87a_carer_tonight"


def questions_directory():
    from referrals.directory import load_directory

    return load_directory()


def test_tonight_answer_says_what_to_do():
    (variant,) = ALL_RESPONSES["utter_z87a_carer_tonight"]
    text = variant["text"]
    for words in ("adult social care", "emergency duty team", "s.19", "confront", "999"):
        assert words in text
    assert_one_sms_with_a_source("utter_z87a_carer_tonight", DOMAIN / "responses_safeguarding.yml")


@pytest.mark.parametrize(
    "text",
    [
        "what do i do tonight, my partner is coming home drunk",
        "can i stay somewhere tonight",
    ],
)
def test_tonight_without_a_carer_is_not_the_carer_answer(text):
    # A carer themselves ("I'm a carer for my mum") is not harmed by a carer.
    said = questions.known_answer(
        text,
        "domestic_abuse",
        questions_directory(),
        answers={"crime_type": "domestic_abuse", "said": ["I'm a carer for my mum"]},
    )
    assert said is None or said.response != "utter_z87a_carer_tonight"


# -- 2. Ellie: "a gap in care" is her own care, not a child taken into care ----------------------


def test_ellie_gap_in_care_is_not_a_child_taken_into_care(domain):
    text = (
        "practical help mostly, finding a new PA safely without a gap in care. and feeling safe "
        "when she's here tonight"
    )
    assert not questions.p7_fears_child_taken_into_care(text, {"crime_type": "theft"})
    slots, sent = _form(domain, text, {**_ELLIE, "age": 35}, "needs")
    assert "utter_p7_children_services_keep_family" not in sent
    assert "utter_z87a_carer_tonight" in sent
    assert set(slots["needs"]) == {"practical", "safety"}


def test_a_child_taken_into_care_still_answered():
    assert questions.p7_fears_child_taken_into_care(
        "will social services get involved and take him into care?", {"crime_type": "theft"}
    )


# -- 3. Ellie: no agency, she employs her PA with direct payments --------------------------------


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "35. there's no agency though, I employ her myself with my direct payments. I'm "
            "technically her employer which makes it weirder",
            "age",
        ),
        (
            "yes, the money has been going for months, maybe £20-40 at a time, I started counting "
            "it in march. and the bed thing once. you didn't say anything about the agency thing, "
            "who do I tell if there's no agency?",
            "repeat_victimisation",
        ),
    ],
)
def test_ellie_no_agency_gets_who_to_tell(domain, text, requested):
    _, sent = _form(domain, text, dict(_ELLIE), requested)
    assert "utter_z87a_no_agency_who_to_tell" in sent
    assert "utter_l1_cica_own_conduct" not in sent
    assert "utter_carer_who_to_tell" not in sent


def test_started_counting_it_is_not_starting_a_fight():
    assert not questions.l1_started_it_and_asks_for_money(
        "the money has been going for months, I started counting it in march"
    )
    assert questions.l1_started_it_and_asks_for_money(
        "but i punch first. they give me money still?"
    )


def test_no_agency_answer_names_who():
    (variant,) = ALL_RESPONSES["utter_z87a_no_agency_who_to_tell"]
    for words in ("adult social care", "direct payments team", "101", "s.42"):
        assert words in variant["text"]
    assert "agency too" not in variant["text"]
    assert_one_sms_with_a_source(
        "utter_z87a_no_agency_who_to_tell", DOMAIN / "responses_safeguarding.yml"
    )


# -- 4. Ellie chose email because her PA reads her phone: a person emails, never "reply here" ---

_ELLIE_REFERRED = {
    **_ELLIE,
    "age": 35,
    "borough": "hackney",
    "assessment_done": True,
    "results_shown": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "email",
    "contact_details": "ellie.m.hackney@example.com",
    "contact_times": "any time",
    "case_reference": "VC-EGQ6YH",
}
_ELLIE_PHONE = (
    "yes that's fine. she does read my phone sometimes though when she helps me with it, so can I "
    "delete it after?"
)
_ELLIE_EMAIL = "email yes. she doesn't look at my email, only helps with texts sometimes"


def _handoff(domain, text: str, slots: dict, earlier: tuple[str, ...]) -> tuple[dict, list]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=slots, text=text, intent="human", active_loop=None)
    for index, message in enumerate(earlier):
        tracker.events.insert(index, {"event": "user", "text": message})
    events = ActionHandoff().run(dispatcher, tracker, domain)
    sent = [m.get("response") for m in dispatcher.messages]
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}, sent


def test_ellie_asking_for_a_person_is_told_they_will_email(domain):
    text = (
        "that's not what I asked at all. forget it, I'll ask the direct payments team. can I "
        "talk to an actual person"
    )
    slots, sent = _handoff(
        domain, text, _ELLIE_REFERRED, (_ELLIE_FIRST, _ELLIE_PHONE, _ELLIE_EMAIL)
    )
    assert "utter_z87a_will_email" in sent
    assert "utter_handoff" not in sent
    assert slots.get("no_reply_here") is True
    assert slots.get("waiting_for_person") is False
    assert "not_this_phone" in slots["contact_notes"]
    (variant,) = ALL_RESPONSES["utter_z87a_will_email"]
    assert "email" in variant["text"] and "Nobody will reply in this chat" in variant["text"]
    assert_one_sms_with_a_source("utter_z87a_will_email", DOMAIN / "responses_answers.yml")


def test_email_without_a_phone_worry_keeps_the_usual_handoff(domain):
    _, sent = _handoff(domain, "can I talk to an actual person", _ELLIE_REFERRED, ("hello",))
    assert "utter_z87a_will_email" not in sent


# -- 5. Frank: a past heart attack told at the illness question is a condition -------------------

_FRANK_CONDITION = (
    "I have a heart condition since the heart attack, and my knees are not good, I walk with a "
    "stick. Regards, Frank"
)


def test_frank_condition_is_not_a_heart_attack_now(domain):
    assert not questions.mentions_medical_emergency(_FRANK_CONDITION)
    slots, sent = _form(
        domain,
        _FRANK_CONDITION,
        {"consent": True, "crime_type": "criminal_damage", "in_danger": False, "age": 74},
        "impairment",
    )
    assert "utter_medical_emergency" not in sent
    assert slots.get("impairment") is True
    assert slots.get("in_danger") is not True


@pytest.mark.parametrize(
    "text",
    [
        "I had a heart attack two years ago and my chest goes tight when I hear them",
        "I have a heart condition and I think I'm having a heart attack",
        "since the heart attack my chest is tight and the pain is in my left arm",
    ],
)
def test_chest_pain_now_is_still_an_emergency(text):
    assert questions.mentions_medical_emergency(text)


# -- 6. Frank: "999 or 101?" is a question, not the time to ring him -----------------------------

_FRANK_QUESTION = (
    "Thank you. One last question. If they come back tonight and throw stones again, should I "
    "ring 999 or 101? I do not want to waste police time. Regards, Frank"
)
_FRANK = {
    "consent": True,
    "crime_type": "criminal_damage",
    "in_danger": False,
    "reported_to_police": True,
    "age": 74,
    "borough": "havering",
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_details": "01708550193",
}
_FRANK_TIMES = (
    "Any time in the day is fine. Not after eight in the evening please, I do not like to answer "
    "the telephone after dark at the moment"
)


def test_frank_question_at_the_time_question_is_answered_not_kept(domain):
    slots, sent = _form(domain, _FRANK_QUESTION, _FRANK, "contact_times")
    assert "utter_call_999_yes" in sent
    assert "contact_times" not in slots


@pytest.mark.parametrize("waiting", [False, True])
def test_frank_question_after_the_referral_keeps_his_times(domain, waiting):
    slots = {
        **_FRANK,
        "contact_times": _FRANK_TIMES,
        "voicemail_ok": True,
        "case_reference": "VC-K4KBSR",
        "waiting_for_person": waiting,
    }
    changed, sent = _after(domain, _FRANK_QUESTION, slots)
    assert "utter_call_999_yes" in sent
    assert changed.get("contact_times", _FRANK_TIMES) == _FRANK_TIMES

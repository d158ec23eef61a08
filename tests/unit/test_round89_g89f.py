"""Round 89, helper g89f: Winston's name and time after his referral, his hearing, Sam's notes.

1. Winston, 79, after his referral: "Thank you. Will they know to speak up? And how soon will they
   ring, is it tomorrow?" was kept as a name "Is" ("on Is's number ending 712") and a time to ring
   "tomorrow"; "Who is Is? My name is Winston. ... I did not say tomorrow. Daytime please as I
   said." got the whole result again and still "Is", and the times "daytime, not tomorrow".
2. "Will they know to speak up?", "And will they know Im hard of hearing?" were not answered.
3. Sam, 34, notes with transphobic slurs pushed under their door: "I've kept all the notes in a
   folder. Should I give them to someone?" and three more asks got "Here's what I've noted".
"""

from __future__ import annotations

from typing import Any

import pytest

from actions import reading, wording
from actions.assessment_form import g89f_speak_up_noted
from actions.questions import f5_asks_what_was_noted
from core.second_contact import g89f_own_name, supporter_to_contact, v86c1_someone_to_contact
from tests.unit.known_answers import ALL_RESPONSES, answer, assert_one_sms_with_source

ASKED = "Thank you. Will they know to speak up? And how soon will they ring, is it tomorrow?"
PUT_RIGHT = (
    "Who is Is? My name is Winston. I was asking you a question, I did not say tomorrow. Daytime "
    "please as I said. And will they know Im hard of hearing?"
)
STILL_IS = (
    "It still says Is. Please tell them my name is Winston. Thank you for your help, goodnight"
)
HEARING = (
    "Yes please, that would be kind. Only please ring in the daytime, I go to bed early now. And "
    "speak up, I am a bit deaf"
)

WINSTON: dict[str, Any] = {
    "crime_type": "burglary",
    "consent": True,
    "assessment_done": True,
    "results_shown": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_details": "020 8459 7712",
    "contact_times": "daytime",
    "voicemail_ok": True,
    "case_reference": "VC-Z3A4M2",
    "age": 79.0,
}

SAM_ASKS = [
    "Yes it's the man in the flat below, I don't know his name. I've kept all the notes in a "
    "folder. Should I give them to someone?",
    "Anxiety, I'm on sertraline. It's got a lot worse since this started. You didn't say what to "
    "do with the notes though",
    "Thanks. Last thing, I asked twice, what should I do with the notes he's left? I've got about "
    "8 of them",
    "That's all correct but you keep not answering. The NOTES. Are they evidence? Should I take "
    "them to the police?",
]


# -- 1. "Is" is no name, a question is no time, and his own name put right ------------------------


def test_is_it_tomorrow_names_nobody_to_ring():
    assert v86c1_someone_to_contact(ASKED) is None
    assert supporter_to_contact([HEARING, ASKED]) is None


def test_others_to_ring_are_still_named():
    assert v86c1_someone_to_contact("can they ring my son Paul instead") == "Paul"
    assert supporter_to_contact(["call jo instead"]) == "Jo"


def test_how_soon_is_it_tomorrow_is_no_time_to_ring():
    answers = {**WINSTON, "said": [HEARING, ASKED]}
    assert "contact_times" not in reading.corrections(ASKED, answers)


def test_a_time_asked_for_after_the_referral_still_changes_it():
    answers = {**WINSTON, "said": [HEARING]}
    text = "can you change the contact time please. call me after 8pm"
    assert reading.corrections(text, answers).get("contact_times")


def test_daytime_as_i_said_puts_tomorrow_right_without_a_not():
    answers = {**WINSTON, "contact_times": "tomorrow", "said": [HEARING, ASKED, PUT_RIGHT]}
    assert reading.corrections(PUT_RIGHT, answers).get("contact_times") == "daytime"


@pytest.mark.parametrize("text", [PUT_RIGHT, STILL_IS])
def test_his_own_name_put_right(text):
    assert g89f_own_name(text) == "Winston"


@pytest.mark.parametrize(
    "text", ["Hi, my name is Sarah and I was robbed", "who is the support team? my name is is"]
)
def test_a_name_said_in_passing_is_not_taken(text):
    assert g89f_own_name(text) is None


def _run_after_referral(text: str, domain: dict[str, Any], **slots: Any) -> list[dict[str, Any]]:
    from rasa_sdk.executor import CollectingDispatcher

    from actions.dialogue import ActionFinishAssessment
    from tests.unit.conftest import make_tracker

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        slots={**WINSTON, "contact_notes": ["speak_up"], **slots},
        text=text,
        intent="inform",
        active_loop=None,
    )
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    return dispatcher.messages


def test_his_question_gets_the_note_and_when_they_ring(domain):
    sent = _run_after_referral(ASKED, domain)
    names = [message.get("response") for message in sent]
    assert names == ["utter_f5_note_kept", "utter_u1_they_will_ring"]
    assert "speak up" in str(sent[0].get("note"))


def test_his_name_and_time_put_right_are_said_back_not_the_result(domain):
    sent = _run_after_referral(PUT_RIGHT, domain, contact_times="tomorrow")
    names = [message.get("response") for message in sent]
    assert names[0] == "utter_g89f_name_put_right"
    assert "utter_result" not in names and None not in names
    assert sent[0]["name"] == "Winston"
    assert "daytime" in sent[0]["contact_how"] and "tomorrow" not in sent[0]["contact_how"]
    assert "Is's" not in sent[0]["contact_how"] and "Winston" in sent[0]["contact_how"]
    # His hearing asked in the same message: it is on his request.
    assert "utter_f5_note_kept" in names
    line = ALL_RESPONSES["utter_g89f_name_put_right"][0]["text"]
    filled = line.replace("{name}", "Winston").replace("{contact_how}", sent[0]["contact_how"])
    assert len(filled) <= 320


def test_still_says_is_gets_his_name_and_a_goodbye(domain):
    sent = _run_after_referral(STILL_IS, domain)
    names = [message.get("response") for message in sent]
    assert names[0] == "utter_g89f_name_put_right" and len(names) == 2
    assert names[1] in ("utter_f5_goodbye_referred", "utter_goodbye")


def test_contact_line_with_his_name():
    line = wording.contact_line({**WINSTON, "ask_for": "Winston"})
    assert "number ending 712" in line and "Winston" in line and "Is's" not in line


# -- 2. "Will they know to speak up?" -----------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Will they know to speak up?", "And will they know Im hard of hearing?"]
)
def test_will_they_know_he_is_hard_of_hearing_is_answered(text):
    got = answer(text, "burglary", **{k: v for k, v in WINSTON.items() if k != "crime_type"})
    assert got == "utter_g89f_speak_up_noted"


def test_speak_up_answer_is_one_sms():
    # A message about the chat and the request itself (no outside fact): bot/domain/responses.yml.
    from pathlib import Path

    from core import yaml_files
    from core.text import SMS_LIMIT

    domain = Path(__file__).resolve().parents[2] / "bot" / "domain" / "responses.yml"
    variants = yaml_files.load(domain.read_text())["responses"]["utter_g89f_speak_up_noted"]
    assert variants and all(len(v["text"]) <= SMS_LIMIT for v in variants)


def test_the_speak_up_note_is_on_his_request():
    answers = {**WINSTON, "said": ["And will they know Im hard of hearing?"]}
    g89f_speak_up_noted(answers)
    assert "speak_up" in answers["contact_notes"]


def test_someone_deaf_who_is_texted_gets_no_speak_up_note():
    answers = {**WINSTON, "contact_method": "text", "said": ["will they know im deaf?"]}
    g89f_speak_up_noted(answers)
    assert "speak_up" not in (answers.get("contact_notes") or [])
    assert reading.g89f_notes_said("will they know im deaf?", "call") == []


# -- 3. Sam's notes -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", SAM_ASKS)
def test_sams_notes_are_not_what_was_noted(text):
    assert not f5_asks_what_was_noted(text)


@pytest.mark.parametrize("text", SAM_ASKS)
def test_sams_notes_get_the_evidence_answer(text):
    assert answer(text, "stalking_harassment", consent=True, hate_motivated=True) == (
        "utter_g89f_notes_evidence"
    )


@pytest.mark.parametrize(
    "text", ["whats on my notes", "has that been added to my notes", "can you read me the notes"]
)
def test_the_bots_notes_are_still_read_back(text):
    assert f5_asks_what_was_noted(text)


def test_notes_answer_is_one_sms_with_its_source():
    assert_one_sms_with_source("utter_g89f_notes_evidence", "g89f (round 89)")

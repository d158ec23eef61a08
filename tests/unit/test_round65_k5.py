"""Round 65, helper k5: what is noted about the person and who is typing.

Yusra (22, Deaf, BSL): "deaf not disability for me, deaf is my language" and "not hard of
hearing. i am Deaf" got "you're hard of hearing"; "he threat come to my flat. tell them" got "I
can't do more with that here".
"""

from __future__ import annotations

import json

import pytest

from actions.dialogue import ActionFinishAssessment
from actions.reading import contact_notes_said, k5_says_deaf, k5_threat_to_come_home
from core import contact_notes, records
from core.text import SMS_LIMIT
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    RESPONSES,
    assert_one_sms_with_source,
    numbers_not_in_directory,
)

ANCHOR = "round 65, helper k5"
NEW = ("utter_k5_threat_noted", "utter_k5_threat_noted_text")

YUSRA = {
    "consent": True,
    "assessment_done": True,
    "results_shown": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "email",
    "contact_details": "yusra.k22@gmail.com",
    "case_reference": "VC-6TFJUC",
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "impairment": True,
    "cannot_phone": True,
    "age": 22.0,
}
FIRST = (
    "you tell them he say he come to my flat? and they not call me? deaf not disability for me, "
    "deaf is my language"
)
SECOND = "not hard of hearing. i am Deaf. and he say he will come my flat, you write that?"
THIRD = "he threat come to my flat. tell them"


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_response_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, ANCHOR, ({}, {"cannot_phone": True}))
    assert numbers_not_in_directory(name) == [], name


def test_every_new_note_fits_one_text():
    for code in ("deaf", "deaf_not_disability", "threat_home_he", "threat_home"):
        assert code in contact_notes.FOR_WORKER
        for name in ("utter_f5_note_added", "utter_f5_note_kept", *NEW):
            text = RESPONSES[name][0]["text"].format(note=contact_notes.SAID[code])
            assert len(text) <= SMS_LIMIT


# -- 1. Yusra: Deaf in her word, and the threat kept for the worker ---------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (FIRST, ["deaf", "deaf_not_disability", "threat_home_he"]),
        (SECOND, ["deaf", "threat_home_he"]),
        (THIRD, ["threat_home_he"]),
        ("please add that i'm deaf, no calls", ["deaf"]),
        ("Could you put that I'm hard of hearing so they don't try to ring?", ["hard_of_hearing"]),
        ("she said she's coming round to my house, tell them", ["threat_home_she"]),
    ],
)
def test_notes_said(text, codes):
    assert contact_notes_said(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "what if he comes to my flat?",
        "he said he'd come to my house for his things on sunday",
        "I'm hard of hearing, please add that",
        "why do you keep saying text relay im not deaf",
    ],
)
def test_not_deaf_or_not_a_threat(text):
    assert not k5_threat_to_come_home(text)
    assert "deaf" not in contact_notes_said(text)


def test_says_deaf():
    assert k5_says_deaf("not hard of hearing. i am Deaf")
    assert not k5_says_deaf("I'm deaf, well hard of hearing really")


def test_yusra_first_message(dispatcher, domain, records_db):
    tracker = make_tracker(slots=YUSRA, text=FIRST, active_loop=None)
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    slots = slots_of(events)
    assert slots["contact_notes"] == ["deaf", "deaf_not_disability", "threat_home_he"]
    assert slots["impairment"] is None
    assert responses(dispatcher) == ["utter_f5_note_added", "utter_k5_threat_noted_text"]
    assert "hard of hearing" not in json.dumps(dispatcher.messages)
    assert dispatcher.messages[1]["note"] == "he has threatened to come to your home"
    case = records.case_for(records.open_db(records_db), "test-person")
    assert case is not None
    assert "threat_home_he" in json.loads(case["answers"])["contact_notes"]


def test_yusra_not_hard_of_hearing_replaces_it(dispatcher, domain, records_db):
    slots = {**YUSRA, "contact_notes": ["hard_of_hearing"]}
    tracker = make_tracker(slots=slots, text=SECOND, active_loop=None)
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert slots_of(events)["contact_notes"] == ["deaf", "threat_home_he"]
    assert dispatcher.messages[0]["note"] == contact_notes.SAID["deaf"]


def test_yusra_threat_alone(dispatcher, domain, records_db):
    tracker = make_tracker(slots=YUSRA, text=THIRD, active_loop=None)
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert slots_of(events)["contact_notes"] == ["threat_home_he"]
    assert responses(dispatcher) == ["utter_k5_threat_noted_text"]

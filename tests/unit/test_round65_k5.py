"""Round 65, helper k5: what is noted about the person and who is typing.

Yusra (22, Deaf, BSL): "deaf not disability for me, deaf is my language" and "not hard of
hearing. i am Deaf" got "you're hard of hearing"; "he threat come to my flat. tell them" got "I
can't do more with that here".
"""

from __future__ import annotations

import json

import pytest

from actions import wording
from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.dialogue import ActionFinishAssessment
from actions.reading import (
    contact_notes_said,
    corrections,
    k5_parent_back,
    k5_says_deaf,
    k5_threat_to_come_home,
    k5_young_person_typing,
)
from core import contact_notes, records
from core.text import SMS_LIMIT
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    RESPONSES,
    assert_one_sms_with_source,
    numbers_not_in_directory,
)

ANCHOR = "round 65, helper k5"
FORM = ValidateNeedsAssessmentForm()
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


# -- 2. Rachel and Josh: who is typing ------------------------------------------------------

JOSH_TAKES_OVER = (
    "its josh now. mum is making it sound worse than it was. and no it wasnt about that"
)
JOSH_AGAIN = (
    "im not her child im josh lol. no i dont have anything like that. i have adhd but whatever"
)
RACHEL_BACK = (
    "Sorry, it's Rachel, his mum, again. He's gone upstairs. I would like someone to contact ME "
    "please, he isn't sleeping and won't go back to school. Can I get help as his parent?"
)
RACHEL = {
    "consent": True,
    "in_danger": False,
    "for_child": True,
    "for_someone_else": True,
    "crime_type": "robbery",
    "reported_to_police": True,
    "age": 16.0,
    "under_18": True,
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": False,
}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (JOSH_TAKES_OVER, "Josh"),
        (JOSH_AGAIN, "Josh"),
        ("hi its amira now, my mum gave me the phone", "Amira"),
        ("my dad handed me the phone", None),
    ],
)
def test_the_young_person_has_the_phone(text, name):
    assert k5_young_person_typing(text) == (True, name)


@pytest.mark.parametrize(
    "text",
    [
        "its ok now, he's calmed down",
        "its worse now. my mum is scared",
        "im safe now at my mums",
        "my mum took my phone",
        "its me now",
    ],
)
def test_not_someone_else_typing(text):
    assert k5_young_person_typing(text)[0] is False


async def test_josh_is_asked_directly(dispatcher, domain):
    tracker = make_tracker(
        slots={**RACHEL, "hate_motivated": None},
        text=JOSH_TAKES_OVER,
        requested_slot="hate_motivated",
        sent=["utter_ask_hate_motivated"],
    )
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert slots["for_child"] is False
    assert slots["for_someone_else"] is False
    assert slots["hate_motivated"] is False
    assert responses(dispatcher)[0] == "utter_k5_now_the_person"
    assert dispatcher.messages[0]["greeting"] == "Hi Josh"


def test_rachel_back_after_josh_said_no(dispatcher, domain, records_db):
    said = ("Hello, I'm writing on behalf of my son", JOSH_TAKES_OVER, "nah im good", RACHEL_BACK)
    answers = {**RACHEL, "for_child": False, "for_someone_else": False, "said": said}
    answers.update(referral_consent=False)
    changes = corrections(RACHEL_BACK, answers)
    assert changes["for_child"] is True
    assert changes["contact_notes"] == ["young_person_said_no"]
    assert k5_parent_back(RACHEL_BACK, answers) == (True, "Rachel")


def test_a_parent_never_replaced_is_not_back():
    said = ("Hello, I'm writing on behalf of my son", RACHEL_BACK)
    answers = {**RACHEL, "for_child": False, "said": said}
    assert k5_parent_back(RACHEL_BACK, answers)[0] is False
    assert "for_child" not in corrections("its me, his mum. can i get help?", answers)


@pytest.mark.parametrize(
    "name", ["utter_k5_now_the_person", "utter_k5_parent_back", "utter_k5_parent_back_said_no"]
)
def test_parent_responses_fit(name):
    assert_one_sms_with_source(name, ANCHOR)
    assert numbers_not_in_directory(name) == [], name
    text = RESPONSES[name][0]["text"].format(greeting="Hi Rachelle-Ann")
    assert len(text) <= SMS_LIMIT


def test_rachel_back_in_the_chat(dispatcher):
    from actions.dialogue import _changes_after_result, _reopen

    slots = {**RACHEL, "for_child": False, "for_someone_else": False, "assessment_done": True}
    slots.update(results_shown=True, referral_consent=False, case_reference="VC-QWD4F9")
    tracker = make_tracker(slots=slots, text=RACHEL_BACK, active_loop=None)
    for said in ("Hello, I'm writing on behalf of my son", JOSH_TAKES_OVER, "nah im good"):
        tracker.events.insert(0, {"event": "user", "text": said})
    changes = _changes_after_result(tracker)
    assert changes["referral_consent"] is True
    assert changes["for_child"] is True
    _reopen(dispatcher, changes, tracker)
    assert responses(dispatcher)[0] == "utter_k5_parent_back_said_no"
    assert dispatcher.messages[0]["greeting"] == "Hi Rachel"


# -- 3. Ellie: an email given with "please dont call" is a way, not a refusal ----------------

ELLIE_EMAIL = (
    "email - ellie.m.harper@gmail.com. please dont call, I never answer unknown numbers atm"
)


def test_ellies_email_is_safe_by_email():
    answer = read_answer("contact_safe", ELLIE_EMAIL)
    assert answer.value is True
    assert answer.extra["contact_method"] == "email"
    assert answer.extra["contact_details"] == "ellie.m.harper@gmail.com"


@pytest.mark.parametrize(
    "text",
    ["no. he reads my email", "no its not safe. my email is a@b.com but he checks it", "no"],
)
def test_not_safe_stays_not_safe(text):
    assert read_answer("contact_safe", text).value is False


def test_the_email_changed_is_said_plainly():
    line = wording.changed_line(
        {"contact_method": "email", "contact_details": "ellie.m.harper@gmail.com"}
    )
    assert line == (
        "Thank you, I've changed that: they should contact you by email, at the address you gave."
    )
    assert "the number or address" in (
        wording.changed_line({"contact_details": "07700 900123"}) or ""
    )


@pytest.mark.parametrize(
    "text", ["you said that already. ok yes, paladin please", "ok yes, paladin please"]
)
def test_a_yes_naming_a_service_is_a_yes(text):
    assert read_answer("referral_consent", text).value is True


@pytest.mark.parametrize(
    "text", ["you said that already. yes but not refuge", "you asked that already. no"]
)
def test_not_a_plain_yes(text):
    assert read_answer("referral_consent", text).value is not True


# -- 4 and 5. Maria and Precious: how often ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no. i am filipino. she say filipino stupid sometime",
        "no. i am filipino. she call me stupid every day",
        "well twice now, the eggs and the car. is this a hate crime? because of the go home thing, "
        "im from nigeria originally",
        "i just said, twice",
        "twice now",
    ],
)
def test_repeated(text):
    assert read_answer("repeat_victimisation", text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "no, just once",
        "no sometimes i wonder",
        "no, not twice, once",
        "no its the first time",
        "no he has done it once, but he always shouts at everyone",
    ],
)
def test_not_repeated(text):
    assert read_answer("repeat_victimisation", text).value is False


def test_ive_called_them_twice_is_not_repeat():
    assert read_answer("repeat_victimisation", "i called them twice").value is not True


MARIA = {
    "consent": True,
    "in_danger": False,
    "crime_type": "modern_slavery",
    "reported_to_police": False,
    "age": 52.0,
    "under_18": False,
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": True,
}


async def test_marias_court_fear_a_question_behind(dispatcher, domain):
    tracker = make_tracker(
        slots={**MARIA, "hate_motivated": None},
        text="court? i dont know. i am afraid madam. she know people",
        requested_slot="hate_motivated",
        sent=["utter_ask_hate_motivated"] * 2,
    )
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert slots["fear_of_giving_evidence"] is True
    assert "hate_motivated" not in slots


async def test_court_not_feared_is_not_taken(dispatcher, domain):
    tracker = make_tracker(
        slots={**MARIA, "hate_motivated": None},
        text="court? what court? she shouts at me",
        requested_slot="hate_motivated",
        sent=["utter_ask_hate_motivated"],
    )
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert "fear_of_giving_evidence" not in slots

"""Round 81, helper p81d: contact times, ways and consent (Grace, Leanne, Nina, Ahmed, Sophie,
Harjit, Kwame)."""

from __future__ import annotations

import pytest

from actions import dialogue, topics
from actions.answers import contact_said, read_contact_times
from actions.assessment_form import ValidateNeedsAssessmentForm, p81d_notes_noted
from actions.reading import corrections, p81d_notes_said
from core import contact_notes
from tests.unit.conftest import make_tracker
from tests.unit.test_assessment_form import RESULT_SHOWN


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


DA = dict(
    crime_type="domestic_abuse", consent=True, in_danger=False, results_shown=True,
    referral_consent=True, borough="lewisham", age=29.0,
)  # fmt: skip

# -- 1. Grace: "weekdays 1 till 2 is my break" is when to call, at work ---------------------

GRACE = (
    "only if they call when im at work. weekdays 1 till 2 is my break. never text, he reads them"
)


async def test_grace_weekdays_at_work_in_the_form(dispatcher, domain):
    tracker = make_tracker(slots=DA, text=GRACE, requested_slot="contact_safe", turn={})
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    print(set_now)
    assert "not weekdays" not in str(set_now.get("contact_times"))
    assert "weekdays" in str(set_now.get("contact_times"))


@pytest.mark.parametrize(
    ("text", "times"),
    [
        (GRACE, "weekdays, 1 till 2"),
        # Others' messages with busy words in the same sentence keep their reading.
        ("call me after 6 im at work in the day", "after 6, not in the day"),
    ],
)
def test_busy_words_stay_in_their_sentence(text, times):
    from actions.reading import y73d_busy_times

    assert y73d_busy_times(text, contact_said(text)["contact_times"]) == times


# -- 2. Leanne: "not before 9.30", "half 9", and both limits -------------------------------

LEANNE_FIRST = (
    "fine yes. ring me but not before 9.30 i do the school run. and not after 7 when im putting "
    "them to bed. 07700 900155"
)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # Shown as written: "9.30" with a dot, "9:30am" with a colon.
        (LEANNE_FIRST, "not before 9.30, not after 7"),
        ("ring me but not before 9.30 i do the school run. and not after 7",
         "not before 9.30, not after 7"),
        ("between 9:30am and 7pm. both. not 9, half 9", "between 9:30am and 7pm"),
        ("after half past 5 please", "after 5:30"),
        # Negatives: unchanged readings.
        ("not after 6 or weekends hes home", "not after 6, not at weekends"),
        ("not before 10, after 2 is best", "after 2, not before 10"),
        ("after 6pm weekdays", "after 6pm, weekdays"),
    ],
)  # fmt: skip
def test_clock_times_and_both_limits(text, times):
    assert contact_said(text)["contact_times"] == times


LEANNE_KEPT = dict(
    crime_type="assault", referral_consent=True, contact_safe=True, contact_method="call",
    contact_details="07700900155", voicemail_ok=True,
)  # fmt: skip


@pytest.mark.parametrize(
    ("kept", "text", "times"),
    [
        ("not after 7", "and not before 9.30!! i said that", "not before 9.30, not after 7"),
        ("not before 9, not after 7", "no. between 9:30am and 7pm. both. not 9, half 9",
         "between 9:30am and 7pm"),
        # A limit on the same side, or a window, still replaces.
        ("not after 7", "not after 8", "not after 8"),
        ("not after 7", "after 6 please", "after 6 please"),
    ],
)  # fmt: skip
def test_leanne_times_put_right(kept, text, times):
    changes = corrections(text, dict(LEANNE_KEPT, contact_times=kept))
    assert changes.get("contact_times") == times


async def test_leanne_first_message_in_the_form(dispatcher, domain):
    slots = dict(DA, crime_type="assault", borough="hackney", referral_consent=None)
    tracker = make_tracker(
        slots=slots, text=LEANNE_FIRST, requested_slot="referral_consent", turn={}
    )
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert set_now.get("referral_consent") is True
    assert set_now.get("contact_times") == "not before 9.30, not after 7"


# -- 3. Nina: a question about today is not a time to be texted -----------------------------

NINA_KEPT = dict(
    crime_type="burglary", referral_consent=True, contact_safe=True, contact_method="text",
    contact_details="07700900906",
)  # fmt: skip
NINA_ASKS = (
    "thank you. who will text me, police? i dont want police come to landlord yet. and today "
    "what i do for our things, children need school uniform tomorrow"
)


def test_nina_question_about_today_keeps_her_times():
    changes = corrections(NINA_ASKS, dict(NINA_KEPT, contact_times="any time by text"))
    assert "contact_times" not in changes


def test_nina_takes_back_times_she_did_not_say():
    text = "i not say today tomorrow, any time is ok. you dont answer, is police going to text me?"
    changes = corrections(text, dict(NINA_KEPT, contact_times="today, tomorrow"))
    assert changes.get("contact_times") == "any time"


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("call me instead. after 6", "after 6"),
        ("text me please. tomorrow after 2 is best", "tomorrow after 2 is best"),
    ],
)
def test_times_in_a_short_sentence_beside_the_way_still_change(text, times):
    changes = corrections(text, dict(NINA_KEPT, contact_times="any time by text"))
    assert changes.get("contact_times") == times


def test_any_time_is_ok_alone_keeps_given_times():
    changes = corrections("any time is ok", dict(NINA_KEPT, contact_times="today, tomorrow"))
    assert "contact_times" not in changes


# -- 4. Ahmed: WhatsApp kept as a note with the text way, and answered honestly ---------------

AHMED = dict(
    crime_type="assault", consent=True, referral_consent=True, contact_safe=True,
    contact_method="text", contact_details="07700914552", contact_times="any time",
    language="Arabic", borough="newham",
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "ok yes pass. but please arabic speaker. text me whatsapp better, i dont answer unknown "
        "calls when i ride",
        "07700 914 552 whatsapp",
        "please tell them whatsapp",
    ],
)
def test_ahmed_whatsapp_is_a_note(text):
    assert p81d_notes_said(text) == ["whatsapp"]


@pytest.mark.parametrize(
    "text", ["no whatsapp he reads it", "not whatsapp please", "text me please", "what's up"]
)
def test_no_whatsapp_note_otherwise(text):
    assert p81d_notes_said(text) == []


def test_ahmed_whatsapp_note_in_the_form():
    answers = dict(AHMED, said=("text me whatsapp better, i dont answer unknown calls",))
    p81d_notes_noted(answers)
    assert answers["contact_notes"] == ["whatsapp"]
    assert "WhatsApp" in contact_notes.for_worker(answers["contact_notes"])[0]


def test_ahmed_asks_if_whatsapp_is_ok():
    said = topics.topic_answer(
        "whatsapp ok? not normal sms, i use whatsapp more. thank you brother", AHMED
    )
    assert said is not None and said.response == "utter_p81d_whatsapp"


def test_ahmed_tells_them_whatsapp_after_the_referral(dispatcher, domain):
    slots = dict(AHMED, assessment_done=True, results_shown=True, case_reference="VC-TEST01")
    tracker = make_tracker(
        slots=slots, text="please tell them whatsapp", requested_slot=None, turn={},
        active_loop=None,
    )  # fmt: skip
    events = dialogue.ActionFinishAssessment().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert "whatsapp" in (set_now.get("contact_notes") or [])


@pytest.mark.parametrize(
    "text",
    [
        "he sent me threats on whatsapp, should i keep them?",
        "can i screenshot the whatsapp messages?",
        "no whatsapp ok? he checks it",
    ],
)
def test_other_whatsapp_questions_are_not_about_contact(text):
    said = topics.topic_answer(text, AHMED, frozenset(), frozenset())
    assert said is None or said.response != "utter_p81d_whatsapp"


# -- 5. Sophie, Harjit: "carry on. yes pass my details. email only ..." read whole ------------

SOPHIE = "carry on. yes pass my details. email only pls, not my work one. sophie.r.hale@gmail.com"
HARJIT = "ok carry on. yes pass my details. phone is fine, 07700 900617, any time after 10am"


def _back_from_waiting(text, requested):
    slots = dict(RESULT_SHOWN, borough="camden", waiting_for_person=False)
    tracker = make_tracker(
        slots=slots, text=text, requested_slot=requested, intent="carry_on", turn={},
        sent=["utter_ask_referral_consent", "utter_handoff"],
        latest_action="action_resume_assessment",
    )  # fmt: skip
    tracker.events.insert(
        -1, {"event": "bot", "text": "back", "metadata": {"utter_action": "utter_back_to_bot"}}
    )
    return tracker


@pytest.mark.parametrize("requested", ["referral_consent", None])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SOPHIE, dict(referral_consent=True, contact_method="email",
                      contact_details="sophie.r.hale@gmail.com")),
        (HARJIT, dict(referral_consent=True, contact_method="call",
                     contact_details="07700900617")),
    ],
)  # fmt: skip
async def test_yes_and_details_after_carry_on(dispatcher, domain, text, expected, requested):
    tracker = _back_from_waiting(text, requested)
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    for key, value in expected.items():
        assert set_now.get(key) == value, (key, set_now)


# -- 6. Harjit: a language asked about for the elders is not his; English put back ----------

HARJIT_KEPT = dict(
    crime_type="hate_crime", consent=True, language="English", results_shown=True,
    referral_consent=True, contact_safe=True, contact_method="call",
    contact_details="07700900617", contact_times="after 10am",
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. Can the elders get support in Punjabi if they are upset by this?",
        "English is fine. Some of the elders only speak Punjabi though, if they need support",
    ],
)
def test_harjit_language_for_the_elders_is_not_his(text):
    assert "language" not in corrections(text, HARJIT_KEPT)


@pytest.mark.parametrize("text", ["can i get support in Punjabi?", "Punjabi please"])
def test_own_language_still_changes(text):
    assert corrections(text, HARJIT_KEPT).get("language", "").lower() == "punjabi"


@pytest.mark.parametrize(
    "text",
    [
        "No no, I speak English, I don't need interpreter. I was asking for the elders",
        "I want English please not Punjabi interpreter for me",
        "language: English",
    ],
)
def test_harjit_english_put_back(text):
    assert corrections(text, dict(HARJIT_KEPT, language="Punjabi")) == {"language": "english"}


def test_harjit_english_after_the_referral(dispatcher, domain):
    slots = dict(HARJIT_KEPT, language="Punjabi", assessment_done=True, case_reference="VC-T1")
    tracker = make_tracker(
        slots=slots, text="language: English", requested_slot=None, turn={}, active_loop=None
    )
    events = dialogue.ActionFinishAssessment().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert set_now.get("language") == "english"


def test_no_english_for_someone_who_wants_their_language():
    answers = dict(HARJIT_KEPT, language="Polish")
    assert "language" not in corrections("not in english please, polish", answers)


# -- 7. Kwame: "it doesnt matter its email" at the time question -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "it doesnt matter its email. just dont text or call",
        "doesnt matter",
        "it doesnt matter when",
    ],
)
def test_kwame_it_does_not_matter_is_any_time(text):
    assert read_contact_times(text).value == "any time"


@pytest.mark.parametrize(
    "text", ["it doesnt matter, he will find out anyway", "not after 6, it doesnt matter otherwise"]
)
def test_other_doesnt_matter_is_not_any_time(text):
    assert read_contact_times(text).value != "any time"

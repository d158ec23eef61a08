"""Round 83, helper s83c: Fatima (38, Newham), whose brother-in-law takes her wages and checks
her phone: her contact answer, the voicemail question, and her visa question."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm, z73d_settled
from tests.unit.conftest import make_tracker


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


DA = dict(
    crime_type="domestic_abuse", relationship_to_offender="family_member", consent=True,
    in_danger=False, reported_to_police=False, age=38.0, results_shown=True, borough="newham",
    referral_consent=True,
)  # fmt: skip

# -- 1. "evening is not safe he is home": a yes, with limits ------------------------------------

FATIMA_SAFE = (
    "i told you, only phone call weekday 10 to 2. not text not voicemail. evening is not safe he "
    "is home"
)
FATIMA_AGAIN = (
    "no no!! i want them to call me. phone is safe in daytime weekday 10 to 2. only evening not "
    "safe. please"
)


@pytest.mark.parametrize("text", [FATIMA_SAFE, FATIMA_AGAIN])
def test_a_not_safe_held_to_a_time_is_a_yes_with_limits(text):
    answer = read_answer("contact_safe", text)
    assert answer.value is True
    assert answer.extra["contact_method"] == "call"
    assert "10 to 2" in answer.extra["contact_times"]
    assert "not evening" in answer.extra["contact_times"]


def test_the_no_to_voicemail_in_it_is_kept():
    assert read_answer("contact_safe", FATIMA_SAFE).extra["voicemail_ok"] is False


@pytest.mark.parametrize(
    "text",
    [
        "not safe",
        "no its not safe he checks my phone",
        "no its not safe",
        "no he checks my phone",
        # A time limit beside a refusal is still a refusal.
        "no, nobody. evenings are not safe",
    ],
)
def test_not_safe_without_a_time_stays_no(text):
    assert read_answer("contact_safe", text).value is False


async def test_fatima_is_not_told_nobody_will_contact_her(dispatcher, domain):
    tracker = make_tracker(slots=DA, text=FATIMA_SAFE, requested_slot="contact_safe", turn={})
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert set_now["contact_safe"] is True
    assert set_now["voicemail_ok"] is False
    assert "not evening" in set_now["contact_times"]
    assert set_now.get("requested_slot") != "voicemail_ok"
    assert "utter_no_contact" not in str(dispatcher.messages)


# -- 2. A no to voicemail said earlier is not asked again -------------------------------------


def test_a_no_to_voicemail_said_earlier_settles_it():
    answers = {
        "contact_method": "call",
        "said": [FATIMA_SAFE, FATIMA_AGAIN, "07700 900 482. my name Fatima"],
    }
    assert z73d_settled(answers).get("voicemail_ok") is False


def test_a_no_to_voicemail_taken_back_is_asked():
    answers = {
        "contact_method": "call",
        "said": ["call me, no voicemail", "actually voicemail is fine"],
    }
    assert "voicemail_ok" not in z73d_settled(answers)


def test_no_word_about_voicemail_is_asked():
    answers = {"contact_method": "call", "said": [FATIMA_AGAIN, "07700 900 482"]}
    assert "voicemail_ok" not in z73d_settled(answers)


async def test_fatima_is_not_asked_about_voicemail_again(dispatcher, domain):
    slots = {
        **DA, "contact_safe": True, "contact_method": "call",
        "contact_times": "daytime, weekday, 10 to 2, not evening",
    }  # fmt: skip
    text = "07700 900 482. my name Fatima"
    tracker = make_tracker(slots=slots, text=text, requested_slot="contact_details", turn={})
    for earlier in (FATIMA_AGAIN, FATIMA_SAFE):
        tracker.events.insert(0, {"event": "user", "text": earlier})
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert set_now.get("voicemail_ok") is False
    assert set_now.get("requested_slot") != "voicemail_ok"

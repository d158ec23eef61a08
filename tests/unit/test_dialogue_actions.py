"""The actions around the form, run as the action server runs them, on Tracker fixtures."""

import json

from actions.dialogue import (
    ActionAskConsent,
    ActionAskReferralConsent,
    ActionDangerInterrupt,
    ActionDeleteMyData,
    ActionFinishAssessment,
    ActionHandoff,
    ActionResumeAssessment,
    ActionSelfHarmInterrupt,
    ActionStop,
)
from core import records
from tests.unit.conftest import make_tracker, responses

TEENAGER_STALKED_BY_EX = {
    "consent": True,
    "in_danger": False,
    "crime_type": "stalking_harassment",
    "reported_to_police": True,
    "under_18": True,
    "relationship_to_offender": "partner_or_ex",
    "hate_motivated": False,
    "impairment": False,
    "needs": ["safety", "emotional"],
    "language": "english",
    "borough": "hackney",
}


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def texts(dispatcher):
    return [m.get("text") for m in dispatcher.messages if m.get("text")]


def test_opening_says_who_we_are_then_privacy_then_asks(dispatcher, domain):
    ActionAskConsent().run(dispatcher, make_tracker(requested_slot="consent"), domain)
    assert responses(dispatcher) == ["utter_intro", "utter_privacy", "utter_ask_consent"]


def test_reasked_consent_skips_the_long_introduction(dispatcher, domain):
    tracker = make_tracker(slots={"reasked_slots": ["consent"]}, requested_slot="consent")
    ActionAskConsent().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_ask_consent"]


def test_results_come_before_the_referral_question(dispatcher, domain, records_db):
    tracker = make_tracker(slots=TEENAGER_STALKED_BY_EX, requested_slot="referral_consent")
    slots = slots_of(ActionAskReferralConsent().run(dispatcher, tracker, domain))

    assert set(slots["enhanced_categories"]) == {
        "most_serious_crime",
        "persistently_targeted",
        "vulnerable",
        "intimidated",
    }
    assert 2 <= len(slots["referrals"]) <= 4
    assert "national-stalking-helpline" in slots["referrals"]
    assert slots["results_shown"] is True
    messages = texts(dispatcher)
    assert all(len(m) <= 320 for m in messages)
    assert "likely" in messages[0]
    assert any("under 18" in m for m in messages)
    assert any("1 working day" in m for m in messages)
    assert any("0808 802 0300" in m for m in messages), "the stalking helpline's number"
    assert responses(dispatcher)[-1] == "utter_ask_referral_consent"
    case = records.case_for(records.open_db(records_db), "test-person")
    assert case["case_reference"] == slots["case_reference"]
    assert json.loads(case["referrals"]) == slots["referrals"]


def test_results_are_not_repeated_when_the_question_is_asked_again(dispatcher, domain):
    tracker = make_tracker(
        slots={**TEENAGER_STALKED_BY_EX, "results_shown": True}, requested_slot="referral_consent"
    )
    ActionAskReferralConsent().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_ask_referral_consent"]


def test_referral_is_stored_with_safe_contact_and_a_reference(dispatcher, domain, records_db):
    slots = {
        **TEENAGER_STALKED_BY_EX,
        "results_shown": True,
        "referral_consent": True,
        "contact_safe": True,
        "contact_method": "text",
        "contact_times": "after 6pm",
        "contact_details": "07700900123",
    }
    events = slots_of(ActionFinishAssessment().run(dispatcher, make_tracker(slots=slots), domain))
    reference = events["case_reference"]
    assert reference.startswith("VC-")
    saved = [m for m in dispatcher.messages if m.get("response") == "utter_referral_saved"]
    assert saved and saved[0]["case_reference"] == reference
    case = records.case_for(records.open_db(records_db), "test-person")
    assert case["status"] == "referral_requested"
    assert case["contact_times"] == "after 6pm"
    assert case["contact_method"] == "text"
    reasons = json.loads(case["reasons"])
    assert {r["category"] for r in reasons} >= {"vulnerable", "persistently_targeted"}
    assert all(r["reference"] for r in reasons)


def test_no_safe_contact_means_no_referral(dispatcher, domain, records_db):
    slots = {**TEENAGER_STALKED_BY_EX, "referral_consent": True, "contact_safe": False}
    ActionFinishAssessment().run(dispatcher, make_tracker(slots=slots), domain)
    assert "utter_no_contact" in responses(dispatcher)
    case = records.case_for(records.open_db(records_db), "test-person")
    assert case["status"] == "assessed"


def test_refused_consent_keeps_nothing(dispatcher, domain, records_db):
    ActionFinishAssessment().run(dispatcher, make_tracker(slots={"consent": False}), domain)
    assert responses(dispatcher) == ["utter_no_consent"]
    assert records.case_for(records.open_db(records_db), "test-person") is None


def test_ended_by_danger_says_how_to_carry_on(dispatcher, domain):
    tracker = make_tracker(slots={"consent": True, "in_danger": True})
    assert ActionFinishAssessment().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == ["utter_when_safe"]


def test_danger_interrupt_gives_999_first_and_flags(dispatcher, domain, records_db):
    tracker = make_tracker(slots={"consent": True}, intent="in_danger", text="hes here")
    events = ActionDangerInterrupt().run(dispatcher, tracker, domain)
    assert responses(dispatcher)[0] == "utter_emergency"
    assert {"event": "active_loop", "name": None} in [
        {"event": e["event"], "name": e.get("name")} for e in events if e["event"] == "active_loop"
    ]
    assert slots_of(events)["in_danger"] is True
    assert records.flags_for(records.open_db(records_db), "test-person") == ["in_danger"]


def test_self_harm_interrupt_gives_samaritans_and_flags(dispatcher, domain, records_db):
    tracker = make_tracker(slots={"consent": True}, intent="self_harm")
    events = ActionSelfHarmInterrupt().run(dispatcher, tracker, domain)
    assert responses(dispatcher)[0] == "utter_self_harm"
    assert slots_of(events)["flags"] == ["self_harm"]
    assert slots_of(events)["in_danger"] is None, "safety is asked again on carrying on"
    assert records.flags_for(records.open_db(records_db), "test-person") == ["self_harm"]


def test_handoff_pauses_the_bot_and_flags(dispatcher, domain, records_db):
    events = ActionHandoff().run(dispatcher, make_tracker(slots={"consent": True}), domain)
    kinds = [e["event"] for e in events]
    assert kinds[-2:] == ["pause", "action"], "paused, then listening for danger"
    assert events[-1]["name"] == "action_listen"
    assert responses(dispatcher) == ["utter_handoff"]
    assert records.flags_for(records.open_db(records_db), "test-person") == ["human"]


def test_handoff_without_consent_gives_the_supportline_and_does_not_pause(dispatcher, domain):
    events = ActionHandoff().run(dispatcher, make_tracker(slots={"consent": None}), domain)
    assert not any(e["event"] == "pause" for e in events)
    assert responses(dispatcher) == ["utter_handoff_no_consent"]


def test_stop_and_goodbye(dispatcher, domain):
    ActionStop().run(dispatcher, make_tracker(intent="stop"), domain)
    ActionStop().run(dispatcher, make_tracker(intent="goodbye"), domain)
    assert responses(dispatcher) == ["utter_stop", "utter_goodbye"]


def test_delete_erases_records_and_marks_the_conversation(dispatcher, domain, records_db):
    db = records.open_db(records_db)
    records.raise_flag(db, "test-person", "human")
    events = ActionDeleteMyData().run(dispatcher, make_tracker(), domain)
    assert slots_of(events) == {"data_erased": True}
    assert records.flags_for(db, "test-person") == []
    assert responses(dispatcher) == ["utter_deleted"]


def test_resume_asks_about_safety_and_consent_again(dispatcher, domain):
    tracker = make_tracker(slots={"consent": False, "in_danger": True})
    slots = slots_of(ActionResumeAssessment().run(dispatcher, tracker, domain))
    assert slots["consent"] is None and slots["in_danger"] is None
    done = make_tracker(slots={"assessment_done": True, "in_danger": True})
    assert ActionResumeAssessment().run(dispatcher, done, domain) == []


def test_an_organisation_with_only_a_website_reads_naturally():
    from actions.results import format_organisation
    from referrals.directory import load_directory

    catch = next(org for org in load_directory() if org.id == "catch-hate-crime")
    line = format_organisation(catch)
    assert "Visit www." in line and "Www." not in line
    assert len(line) <= 320

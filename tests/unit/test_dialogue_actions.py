"""The actions around the form, run as the action server runs them, on Tracker fixtures."""

import json

import pytest

from actions.dialogue import (
    ActionAskConsent,
    ActionAskReferralConsent,
    ActionDangerInterrupt,
    ActionDeleteMyData,
    ActionFinishAssessment,
    ActionHandoff,
    ActionHelp,
    ActionOutsideQuestions,
    ActionResumeAssessment,
    ActionSelfHarmInterrupt,
    ActionStop,
    ActionWhileWaiting,
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
    "repeat_victimisation": True,
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


def test_consent_asked_again_skips_the_long_introduction(dispatcher, domain):
    tracker = make_tracker(requested_slot="consent", sent=["utter_ask_consent"])
    ActionAskConsent().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_ask_consent"]


def test_results_come_before_the_referral_question_in_three_short_messages(
    dispatcher, domain, records_db
):
    tracker = make_tracker(slots=TEENAGER_STALKED_BY_EX, requested_slot="referral_consent")
    slots = slots_of(ActionAskReferralConsent().run(dispatcher, tracker, domain))

    assert set(slots["enhanced_categories"]) == {
        "most_serious_crime",
        "persistently_targeted",
        "vulnerable",
        "intimidated",
    }
    assert "national-stalking-helpline" in slots["referrals"][:3]
    assert slots["results_shown"] is True
    messages = [m.get("text") or m.get("response") for m in dispatcher.messages]
    assert len(messages) == 3, messages
    result = texts(dispatcher)
    assert "likely" in result[0] and "most serious crimes" in result[0]
    assert any("0808 802 0300" in m for m in result), "the stalking helpline's number"
    assert sum(len(m) for m in result) <= 640 and all(len(m) <= 320 for m in result)
    question = dispatcher.messages[-1]
    assert question["response"] == "utter_ask_referral_consent"
    assert question["hint"].startswith("Reply WHY")
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


def test_refused_consent_still_gets_the_result_and_keeps_nothing(dispatcher, domain, records_db):
    slots = {**TEENAGER_STALKED_BY_EX, "consent": False}
    events = slots_of(ActionFinishAssessment().run(dispatcher, make_tracker(slots=slots), domain))
    messages = texts(dispatcher)
    assert len(messages) == 3 and "likely" in messages[0]
    assert messages[-1].endswith("I haven't kept anything from this chat.")
    assert "case_reference" not in events
    assert records.case_for(records.open_db(records_db), "test-person") is None


def test_the_result_is_given_even_to_someone_who_said_they_were_in_danger(dispatcher, domain):
    tracker = make_tracker(slots={**TEENAGER_STALKED_BY_EX, "in_danger": True})
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert "likely" in texts(dispatcher)[0]


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
    assert responses(dispatcher) == ["utter_self_harm", "utter_when_ready"]
    assert slots_of(events)["flags"] == ["self_harm"]
    assert records.flags_for(records.open_db(records_db), "test-person") == ["self_harm"]


def test_handoff_asks_for_a_worker_flags_and_keeps_answering(dispatcher, domain, records_db):
    events = ActionHandoff().run(dispatcher, make_tracker(slots={"consent": True}), domain)
    assert not any(e["event"] == "pause" for e in events), "the bot keeps answering"
    assert slots_of(events)["waiting_for_person"] is True
    assert slots_of(events)["handoff"] == "waiting"
    assert responses(dispatcher) == ["utter_handoff"]
    assert records.flags_for(records.open_db(records_db), "test-person") == ["human"]


def test_every_message_while_waiting_gets_an_answer(dispatcher, domain):
    waiting = {"consent": True, "waiting_for_person": True, "handoff": "waiting"}
    ActionWhileWaiting().run(dispatcher, make_tracker(slots=waiting, text="hello?"), domain)
    ActionWhileWaiting().run(
        dispatcher,
        make_tracker(slots=waiting, text="hello??", sent=["utter_while_waiting"] * 2),
        domain,
    )
    assert responses(dispatcher) == ["utter_while_waiting", "utter_still_waiting"]


def test_carry_on_does_not_take_the_conversation_from_a_worker(dispatcher, domain):
    worker = {"consent": True, "waiting_for_person": True, "handoff": "worker"}
    ActionWhileWaiting().run(
        dispatcher, make_tracker(slots=worker, intent="carry_on", text="carry on"), domain
    )
    assert responses(dispatcher) == ["utter_worker_has_it"]


def test_carry_on_gives_the_conversation_back_to_the_bot_when_nobody_has_taken_it(
    dispatcher, domain
):
    waiting = {"consent": True, "waiting_for_person": True, "handoff": "waiting"}
    events = ActionResumeAssessment().run(
        dispatcher, make_tracker(slots=waiting, intent="carry_on", text="carry on"), domain
    )
    assert slots_of(events)["waiting_for_person"] is False
    assert responses(dispatcher) == ["utter_back_to_bot"]


def test_handoff_without_consent_gives_the_supportline_and_does_not_pause(dispatcher, domain):
    events = ActionHandoff().run(dispatcher, make_tracker(slots={"consent": False}), domain)
    assert not any(e["event"] == "pause" for e in events)
    assert responses(dispatcher) == ["utter_handoff_no_consent"]


def test_handoff_before_the_privacy_question_is_answered_asks_it(dispatcher, domain):
    events = ActionHandoff().run(dispatcher, make_tracker(slots={"consent": None}), domain)
    assert responses(dispatcher) == ["utter_handoff_needs_consent"]
    assert [e["name"] for e in events if e["event"] == "followup"] == ["needs_assessment_form"]


def test_handoff_after_agreeing_to_keep_the_chat_after_all(dispatcher, domain, records_db):
    tracker = make_tracker(
        slots={"consent": False}, text="ok you can keep my data. now can i talk to a person"
    )
    events = ActionHandoff().run(dispatcher, tracker, domain)
    assert slots_of(events)["consent"] is True
    assert responses(dispatcher) == ["utter_handoff"]


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


def test_safe_now_answers_the_danger_question_on_resuming(dispatcher, domain):
    tracker = make_tracker(slots={"consent": True, "in_danger": True}, intent="safe_now")
    assert slots_of(ActionResumeAssessment().run(dispatcher, tracker, domain)) == {
        "in_danger": False
    }


def test_a_correction_after_the_result_updates_it(dispatcher, domain):
    done = {**TEENAGER_STALKED_BY_EX, "assessment_done": True, "results_shown": True}
    tracker = make_tracker(slots=done, text="it wasnt my ex, it was a neighbour")
    slots = slots_of(ActionResumeAssessment().run(dispatcher, tracker, domain))
    assert slots["relationship_to_offender"] == "someone_known"
    assert slots["assessment_done"] is False and slots["results_shown"] is False
    # Said back, so they can see what was understood ("updated what?").
    assert texts(dispatcher) == ["Thank you, I've changed that: it was someone you know."]


def test_organisation_lines_say_who_a_service_is_for_and_how_to_reach_it():
    from actions.results import organisation_line
    from referrals.directory import load_directory
    from referrals.matching import contact_routes

    mal = next(org for org in load_directory() if org.id == "mens-advice-line")
    line = organisation_line(mal, contact_routes(mal, {}), "for men")
    assert line == "• Men's Advice Line (Respect) (for men): call 0808 801 0327"
    deaf = contact_routes(mal, {"cannot_phone": True, "community": ["deaf"]})
    assert "call" not in organisation_line(mal, deaf).split(":", 1)[1].split(" or ")[0]


def _paused(text, intent="inform"):
    return make_tracker(
        slots={"consent": True, "in_danger": True},
        text=text,
        intent=intent,
        active_loop=None,
        sent=["utter_emergency", "utter_when_safe"],
    )


def test_while_paused_for_danger_a_message_gets_still_here_not_the_next_question(
    dispatcher, domain
):
    events = ActionResumeAssessment().run(
        dispatcher, _paused("im in the bathroom. im scared"), domain
    )
    assert responses(dispatcher) == ["utter_still_here"]
    assert [e["name"] for e in events if e["event"] == "followup"] == ["action_listen"]


def test_while_paused_for_danger_saying_they_are_ok_carries_on(dispatcher, domain):
    events = ActionResumeAssessment().run(
        dispatcher, _paused("the police took him away, im ok now"), domain
    )
    assert slots_of(events) == {"in_danger": False}
    assert responses(dispatcher) == ["utter_glad_safe_go_on"]


def test_danger_again_while_paused_gets_a_short_reply_not_the_whole_999_text_again(
    dispatcher, domain, records_db
):
    tracker = _paused("ok i called 999 theyre coming", intent="in_danger")
    ActionDangerInterrupt().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_still_here"]


def test_nothing_is_given_when_the_form_stopped_for_someone_in_danger(dispatcher, domain):
    tracker = make_tracker(
        slots={**TEENAGER_STALKED_BY_EX, "in_danger": True},
        active_loop=None,
        sent=["utter_emergency", "utter_when_safe"],
    )
    assert ActionFinishAssessment().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == []


def test_a_referral_skipped_after_two_asks_is_left_open_not_declined(
    dispatcher, domain, records_db
):
    slots = {**TEENAGER_STALKED_BY_EX, "results_shown": True, "skipped_slots": ["referral_consent"]}
    ActionFinishAssessment().run(dispatcher, make_tracker(slots=slots), domain)
    assert responses(dispatcher) == ["utter_referral_left_open"]
    assert "refer me" in domain["responses"]["utter_referral_left_open"][0]["text"]


def test_refer_me_after_a_skipped_referral_reopens_it_without_the_result_again(dispatcher, domain):
    slots = {
        **TEENAGER_STALKED_BY_EX,
        "results_shown": True,
        "assessment_done": True,
        "skipped_slots": ["referral_consent"],
    }
    tracker = make_tracker(
        slots=slots, text="no wait i didnt say no, yes ring me", intent="deny", active_loop=None
    )
    set_ = slots_of(ActionResumeAssessment().run(dispatcher, tracker, domain))
    assert set_["referral_consent"] is True and set_["assessment_done"] is False
    assert "results_shown" not in set_
    assert "utter_updated" not in responses(dispatcher)


def test_yes_right_after_the_referral_was_declined_asks_for_it(dispatcher, domain):
    slots = {**TEENAGER_STALKED_BY_EX, "referral_consent": False, "assessment_done": True}
    tracker = make_tracker(
        slots=slots, text="yes", intent="affirm", active_loop=None, sent=["utter_no_referral"]
    )
    set_ = slots_of(ActionResumeAssessment().run(dispatcher, tracker, domain))
    assert set_["referral_consent"] is True


def test_dont_call_me_after_the_result_is_not_a_referral(dispatcher, domain):
    slots = {**TEENAGER_STALKED_BY_EX, "referral_consent": False, "assessment_done": True}
    tracker = make_tracker(slots=slots, text="please dont call me", intent="deny", active_loop=None)
    assert "referral_consent" not in slots_of(
        ActionResumeAssessment().run(dispatcher, tracker, domain)
    )


def test_the_confirmation_says_how_and_when_they_will_be_contacted(dispatcher, domain):
    slots = {
        **TEENAGER_STALKED_BY_EX,
        "results_shown": True,
        "referral_consent": True,
        "contact_safe": True,
        "contact_method": "call",
        "voicemail_ok": False,
        "contact_times": "weekdays after 6pm",
    }
    ActionFinishAssessment().run(dispatcher, make_tracker(slots=slots), domain)
    saved = next(m for m in dispatcher.messages if m.get("response") == "utter_referral_saved")
    assert (
        saved["contact_how"]
        == 'by phone (no voicemail) at the times you gave ("weekdays after 6pm")'
    )


def test_a_threat_told_as_past_starts_the_questions_rather_than_waiting(dispatcher, domain):
    tracker = make_tracker(
        text="my neighbour threatened to kill me last week", intent="in_danger", active_loop=None
    )
    events = ActionDangerInterrupt().run(dispatcher, tracker, domain)
    assert events == [{"event": "followup", "name": "needs_assessment_form", "timestamp": None}]
    assert dispatcher.messages == []


def test_a_threat_now_still_pauses_the_questions(dispatcher, domain):
    tracker = make_tracker(
        text="he threatened to kill me, hes outside", intent="in_danger", active_loop=None
    )
    ActionDangerInterrupt().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_emergency", "utter_when_safe"]


def test_refer_me_after_nobody_will_contact_you_asks_the_contact_questions_again(
    dispatcher, domain
):
    slots = {
        **TEENAGER_STALKED_BY_EX,
        "results_shown": True,
        "assessment_done": True,
        "referral_consent": True,
        "skipped_slots": ["contact_safe"],
    }
    tracker = make_tracker(slots=slots, text="refer me", intent="ask_right", active_loop=None)
    set_ = slots_of(ActionResumeAssessment().run(dispatcher, tracker, domain))
    assert set_["skipped_slots"] == [] and set_["contact_safe"] is None
    assert set_["assessment_done"] is False and "results_shown" not in set_


def test_help_that_names_an_organisation_says_what_it_is(dispatcher, domain):
    tracker = make_tracker(text="what is tell mama?", intent="help")
    ActionHelp().run(dispatcher, tracker, domain)
    (message,) = dispatcher.messages
    assert message["text"].startswith("Tell MAMA: ") and len(message["text"]) <= 320


def test_plain_help_is_the_help_text(dispatcher, domain):
    ActionHelp().run(dispatcher, make_tracker(text="help", intent="help"), domain)
    assert responses(dispatcher) == ["utter_help"]


def test_after_their_question_the_referral_question_is_a_short_reminder(dispatcher, domain):
    tracker = make_tracker(
        slots={**TEENAGER_STALKED_BY_EX, "results_shown": True},
        requested_slot="referral_consent",
        sent=["utter_ask_referral_consent", "utter_ask_right/vps"],
    )
    ActionAskReferralConsent().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_referral_reminder"]


def test_after_two_reminders_a_question_gets_its_answer_without_a_third(dispatcher, domain):
    tracker = make_tracker(
        slots={**TEENAGER_STALKED_BY_EX, "results_shown": True},
        requested_slot="referral_consent",
        sent=["utter_ask_referral_consent", "utter_referral_reminder", "utter_referral_reminder"],
    )
    tracker.events.append(
        {"event": "bot", "text": "x", "metadata": {"utter_action": "utter_court"}}
    )
    ActionAskReferralConsent().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == []


def test_the_reminder_is_sent_when_the_turn_would_otherwise_be_silent(dispatcher, domain):
    tracker = make_tracker(
        slots={**TEENAGER_STALKED_BY_EX, "results_shown": True},
        requested_slot="referral_consent",
        sent=["utter_ask_referral_consent", "utter_referral_reminder", "utter_referral_reminder"],
    )
    ActionAskReferralConsent().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_referral_reminder"]


def test_yes_and_human_to_the_consent_question_hands_over_with_consent(dispatcher, domain):
    tracker = make_tracker(
        slots={"consent": None}, text="yes. human", intent="request_human",
        requested_slot="consent",
    )  # fmt: skip
    set_ = slots_of(ActionHandoff().run(dispatcher, tracker, domain))
    assert set_["consent"] is True and set_["waiting_for_person"] is True
    assert "utter_handoff" in responses(dispatcher)


@pytest.mark.parametrize(
    ("text", "welcome"),
    [
        ("hi", "utter_intro"),
        ("my brother got stabbed. he died", "utter_intro_loss"),
        ("my ex hit me last night", "utter_intro_sorry"),
    ],
)
def test_a_first_message_that_tells_of_a_crime_is_met_with_sympathy(
    dispatcher, domain, text, welcome
):
    ActionAskConsent().run(dispatcher, make_tracker(text=text, requested_slot="consent"), domain)
    assert responses(dispatcher) == [welcome, "utter_privacy", "utter_ask_consent"]


def test_keeping_the_chat_after_all_offers_the_referral_that_could_not_be_offered(
    dispatcher, domain
):
    tracker = make_tracker(
        slots={**TEENAGER_STALKED_BY_EX, "consent": False, "referral_consent": False,
               "assessment_done": True, "results_shown": True},
        text="you can keep it", intent="affirm", active_loop=None,
    )  # fmt: skip
    events = ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert slots_of(events) == {
        "consent": True, "referral_consent": None, "assessment_done": False
    }  # fmt: skip
    assert (events[-1]["event"], events[-1]["name"]) == ("followup", "needs_assessment_form")
    assert responses(dispatcher) == ["utter_consent_after_all"]


@pytest.mark.parametrize(
    "text",
    [
        "NO! Not this conversation. The nude photo of my daughter. How do I get THAT removed",
        "no I meant on my phone. keep it so they ring me",
    ],
)
def test_a_no_after_the_delete_question_never_deletes(dispatcher, domain, text):
    tracker = make_tracker(text=text, intent="delete_my_data", active_loop=None)
    events = ActionDeleteMyData().run(dispatcher, tracker, domain)
    assert events == [] and responses(dispatcher) == ["utter_delete_cancelled"]


def test_asking_for_a_person_after_abuse_at_home_asks_when_a_reply_is_safe(dispatcher, domain):
    slots = {"consent": True, "crime_type": "domestic_abuse"}
    ActionHandoff().run(dispatcher, make_tracker(slots=slots), domain)
    assert responses(dispatcher) == ["utter_handoff", "utter_ask_reply_time"]
    waiting = {**slots, "waiting_for_person": True, "handoff": "waiting"}
    events = ActionWhileWaiting().run(
        dispatcher,
        make_tracker(
            slots=waiting,
            text="only weekdays 12 to 2 when hes at work",
            sent=["utter_handoff", "utter_ask_reply_time"],
        ),
        domain,
    )
    assert slots_of(events)["contact_times"] == "only weekdays 12 to 2 when hes at work"
    assert dispatcher.messages[-1]["response"] == "utter_reply_time_kept"
    assert dispatcher.messages[-1]["times"] == "only weekdays 12 to 2 when hes at work"


def test_asking_for_a_person_repeats_the_safe_times_already_given(dispatcher, domain):
    slots = {"consent": True, "contact_times": "weekdays, 12 to 2"}
    ActionHandoff().run(dispatcher, make_tracker(slots=slots), domain)
    assert responses(dispatcher) == ["utter_handoff", "utter_reply_time_kept"]


def test_a_stranger_attack_does_not_ask_when_to_reply(dispatcher, domain):
    slots = {"consent": True, "crime_type": "assault", "relationship_to_offender": "stranger"}
    ActionHandoff().run(dispatcher, make_tracker(slots=slots), domain)
    assert responses(dispatcher) == ["utter_handoff"]


def test_questions_about_consent_get_a_reminder_not_the_question_a_third_time(dispatcher, domain):
    tracker = make_tracker(
        text="who sees it",
        requested_slot="consent",
        sent=["utter_ask_consent", "utter_ask_consent"],
    )
    ActionAskConsent().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_remind_consent"]


def test_any_time_is_not_repeated_as_safe_times_when_asking_for_a_person(dispatcher, domain):
    slots = {"consent": True, "contact_times": "any time"}
    ActionHandoff().run(dispatcher, make_tracker(slots=slots), domain)
    assert responses(dispatcher) == ["utter_handoff"]


def test_a_first_message_out_of_scope_starts_the_welcome_not_a_refusal(dispatcher, domain):
    # Round 27: Dave's first words, "alright. bit of a weird one this. not sure why im even doing
    # this lol", got "Sorry, I can't help with that one here".
    tracker = make_tracker(
        text="alright. bit of a weird one this. not sure why im even doing this lol",
        intent="out_of_scope", active_loop=None,
    )  # fmt: skip
    events = ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert (events[-1]["event"], events[-1]["name"]) == ("followup", "needs_assessment_form")
    assert responses(dispatcher) == []


def test_out_of_scope_after_the_result_says_what_the_bot_cannot_do(dispatcher, domain):
    tracker = make_tracker(
        slots={**TEENAGER_STALKED_BY_EX, "consent": True, "assessment_done": True,
               "results_shown": True, "referral_consent": False},
        text="i like turtles", intent="out_of_scope", active_loop=None,
    )  # fmt: skip
    assert ActionOutsideQuestions().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == ["utter_out_of_scope"]


def test_a_first_message_in_danger_gets_what_it_asks_for_beside_the_999_lines(
    dispatcher, domain, records_db
):
    # Round 34, Amina: "I have nowhere to go" got the 999 lines and "message 'carry on'", and
    # the domestic abuse helpline only when she typed "refuge" two messages later.
    tracker = make_tracker(
        slots={},
        intent="in_danger",
        active_loop=None,
        text=(
            "Please help. My husband hits me. He is out now. I want to leave tonight with my 3 "
            "children but I have nowhere to go"
        ),
    )
    ActionDangerInterrupt().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_emergency", "utter_living_with_them", "utter_when_safe"]


def test_while_paused_what_they_told_before_shapes_the_answer(dispatcher, domain):
    # "I need a place to sleep tonight ... refuge?" after "My husband hits me": the refuge line,
    # not "stay with a friend or family".
    tracker = make_tracker(
        slots={"in_danger": True},
        text="I need a place to sleep tonight for me and kids. refuge? who I call?",
        active_loop=None,
        sent=["utter_emergency", "utter_when_safe"],
    )
    tracker.events.insert(
        0, {"event": "user", "text": "Please help. My husband hits me. He is out now."}
    )
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    # -- round 45, helper P6 --: the answer goes alone, not beside the same holding text.
    assert responses(dispatcher) == ["utter_living_with_them"]

"""The form's validation action, run as the action server runs it: answer first, safety first,
never a question three times, nothing stored without consent (actions/assessment_form.py)."""

from __future__ import annotations

from actions.assessment_form import ValidateNeedsAssessmentForm
from core import records
from tests.unit.conftest import make_tracker, responses

FORM = ValidateNeedsAssessmentForm()
STARTED = {"consent": True, "in_danger": False}


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


# Every question answered and the result given: the referral question is what is left.
RESULT_SHOWN = {
    **STARTED,
    "crime_type": "burglary", "reported_to_police": True, "age": 40.0, "under_18": False,
    "relationship_to_offender": "stranger", "repeat_victimisation": False,
    "hate_motivated": False, "impairment": False, "fear_of_giving_evidence": False,
    "needs": [], "language": "english", "borough": "hackney", "gender": "woman",
    "results_shown": True,
}  # fmt: skip


async def run_validation(dispatcher, domain, **kwargs):
    return slots_of(await FORM.run(dispatcher, make_tracker(**kwargs), domain))


async def test_first_question_is_consent(dispatcher, domain):
    slots = await run_validation(dispatcher, domain, slots={}, requested_slot=None)
    assert slots["requested_slot"] == "consent"


async def test_an_opening_account_is_read_but_is_never_consent(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, text="yes my ex has been following me for months",
        intent="describe_crime", requested_slot=None, latest_action="action_resume_assessment",
    )  # fmt: skip
    assert slots["crime_type"] == "stalking_harassment"
    assert slots["relationship_to_offender"] == "partner_or_ex"
    assert "consent" not in slots and slots["requested_slot"] == "consent"
    assert slots["unconfirmed"]["relationship_to_offender"] == "partner_or_ex"


async def test_facts_noted_in_passing_are_confirmed_after_the_safety_question(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, text="no im safe", intent="deny", requested_slot="in_danger",
        slots={"consent": True, "crime_type": "burglary", "relationship_to_offender": "stranger",
               "unconfirmed": {"crime_type": "burglary", "relationship_to_offender": "stranger"}},
    )  # fmt: skip
    assert slots["in_danger"] is False and slots["unconfirmed"] is None
    noted = [m["text"] for m in dispatcher.messages if m.get("text")]
    assert noted == [
        "Thank you. I've noted: a burglary and it was someone you don't know. If any of that "
        "is wrong, just tell me."
    ]
    assert slots["requested_slot"] == "reported_to_police"


async def test_yes_to_danger_gives_999_flags_and_the_questions_wait_until_they_are_safe(
    dispatcher, domain, records_db
):
    slots = await run_validation(
        dispatcher, domain, slots={"consent": True}, text="yes he is downstairs",
        intent="affirm", requested_slot="in_danger",
    )  # fmt: skip
    assert responses(dispatcher) == ["utter_emergency", "utter_when_safe"]
    assert slots["in_danger"] is True
    assert slots["requested_slot"] is None  # the form ends; "carry on" starts it again
    assert records.flags_for(records.open_db(records_db), "test-person") == ["in_danger"]


async def test_danger_without_consent_is_not_recorded(dispatcher, domain, records_db):
    await run_validation(
        dispatcher, domain, slots={"consent": False}, text="yes", intent="affirm",
        requested_slot="in_danger",
    )  # fmt: skip
    assert records.flags_for(records.open_db(records_db), "test-person") == []


async def test_a_threat_in_an_answer_keeps_the_answer_and_asks_about_safety(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, slots={**STARTED, "crime_type": "domestic_abuse"},
        text="no, he said he'll kill me if i go to the police", intent="in_danger",
        requested_slot="reported_to_police", sent=["utter_ask_in_danger"],
    )  # fmt: skip
    assert responses(dispatcher) == ["utter_emergency"]
    assert slots["reported_to_police"] is False
    assert slots["in_danger"] is None and slots["requested_slot"] == "in_danger"
    assert slots["safety_check"] == "in_danger"


async def test_dont_know_skips_the_question_for_good(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, slots={**STARTED, "crime_type": "burglary"}, text="rather not say",
        intent="dont_know", requested_slot="reported_to_police",
    )  # fmt: skip
    assert "reported_to_police" in slots["skipped_slots"]
    assert slots["requested_slot"] == "age"


async def test_a_miss_is_asked_again_once_then_skipped(dispatcher, domain):
    base = {**STARTED, "crime_type": "burglary", "reported_to_police": True, "age": 40.0}
    first = await run_validation(
        dispatcher, domain, slots=base, text="purple", requested_slot="relationship_to_offender",
        sent=["utter_ask_relationship_to_offender"],
    )  # fmt: skip
    assert responses(dispatcher) == ["utter_reask_relationship_to_offender"]
    assert first["requested_slot"] == "relationship_to_offender"
    dispatcher.messages.clear()
    second = await run_validation(
        dispatcher, domain, slots=base, text="purple", requested_slot="relationship_to_offender",
        sent=["utter_ask_relationship_to_offender", "utter_reask_relationship_to_offender"],
    )  # fmt: skip
    assert responses(dispatcher) == ["utter_moving_on"]
    assert second["relationship_to_offender"] == "unknown"
    assert second["requested_slot"] == "repeat_victimisation"


async def test_a_question_asked_again_after_an_interruption_is_not_a_miss(dispatcher, domain):
    # Asked once, then a rights question: ask once more.
    slots = await run_validation(
        dispatcher, domain, slots={**STARTED, "crime_type": "burglary"},
        requested_slot="reported_to_police", latest_action="action_answer_right",
        sent=["utter_ask_reported_to_police"], text="will they tell me if he gets bail?",
        intent="ask_right",
    )  # fmt: skip
    assert responses(dispatcher) == []
    assert slots["requested_slot"] == "reported_to_police"


async def test_a_question_interrupted_again_and_again_is_skipped_in_the_end(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, slots={**STARTED, "crime_type": "burglary"},
        requested_slot="reported_to_police", latest_action="action_answer_right",
        sent=["utter_ask_reported_to_police"] * 2, text="what is a vps?", intent="ask_right",
    )  # fmt: skip
    assert responses(dispatcher) == ["utter_moving_on"]
    assert "reported_to_police" in slots["skipped_slots"]
    assert slots["requested_slot"] == "age"


async def test_control_words_are_left_to_the_rules(dispatcher, domain):
    events = await FORM.run(
        dispatcher,
        make_tracker(slots=STARTED, text="stop", intent="stop", requested_slot="crime_type"),
        domain,
    )
    assert events == []


async def test_refused_consent_still_gets_the_questions_but_no_referral(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, text="no, keep nothing", intent="deny", requested_slot="consent"
    )
    assert slots["consent"] is False and slots["requested_slot"] == "in_danger"
    done = {"consent": False, "in_danger": False, "crime_type": "theft",
            "reported_to_police": True, "age": 30.0, "relationship_to_offender": "stranger",
            "repeat_victimisation": False, "hate_motivated": False, "impairment": False,
            "fear_of_giving_evidence": False, "needs": [], "language": "english"}  # fmt: skip
    last = await run_validation(
        dispatcher, domain, slots=done, text="hackney", requested_slot="borough"
    )
    assert last["borough"] == "hackney" and last["requested_slot"] is None


async def test_an_adult_telling_of_something_recent_is_not_asked_about_their_age_then(
    dispatcher, domain
):
    slots = await run_validation(
        dispatcher, domain, slots={**STARTED, "crime_type": "burglary",
                                   "reported_to_police": True, "within_12_months": True},
        text="im 44", requested_slot="age",
    )  # fmt: skip
    assert slots["age"] == 44.0 and slots["under_18"] is False
    assert slots["requested_slot"] == "relationship_to_offender"


async def test_a_child_is_under_18_then_too(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, slots={**STARTED, "crime_type": "assault",
                                   "reported_to_police": False},
        text="14", requested_slot="age",
    )  # fmt: skip
    assert slots["age"] == 14.0 and slots["under_18"] is True


async def test_bereavement_is_asked_only_where_someone_died(dispatcher, domain):
    attacked = await run_validation(
        dispatcher, domain, slots=STARTED, text="i was stabbed in the leg",
        intent="describe_crime", requested_slot="crime_type",
    )  # fmt: skip
    assert attacked["requested_slot"] != "bereaved"
    killed = await run_validation(
        dispatcher, domain, slots=STARTED, text="my friend was killed last month",
        intent="describe_crime", requested_slot="crime_type",
    )  # fmt: skip
    assert killed["crime_type"] == "homicide" and killed["requested_slot"] == "bereaved"


async def test_contact_details_are_read(dispatcher, domain):
    base = {**STARTED, "referral_consent": True, "contact_safe": True,
            "contact_method": "email", "contact_times": "any time"}  # fmt: skip
    slots = await run_validation(
        dispatcher, domain, slots=base, text="its jo@example.org",
        requested_slot="contact_details",
    )  # fmt: skip
    assert slots["contact_details"] == "jo@example.org"


async def test_not_sure_about_danger_gets_how_to_get_help_and_the_questions_go_on(
    dispatcher, domain, records_db
):
    slots = await run_validation(
        dispatcher, domain, slots={"consent": True}, text="not sure",
        intent="dont_know", requested_slot="in_danger",
    )  # fmt: skip
    assert "utter_if_unsafe" in responses(dispatcher)
    assert slots["requested_slot"] == "crime_type"


async def test_yes_to_the_safety_check_after_a_danger_message_stops_the_questions(
    dispatcher, domain, records_db
):
    slots = await run_validation(
        dispatcher, domain, slots={"consent": True, "crime_type": "stalking_harassment"},
        text="yes", intent="affirm", requested_slot="in_danger",
    )  # fmt: skip
    assert "utter_when_safe" in responses(dispatcher)
    assert slots["requested_slot"] is None


async def test_an_answer_beside_a_rights_question_the_rules_answered_is_kept(dispatcher, domain):
    # "yes on monday. will the police tell me if he gets bail?": the rules answer the
    # question first; the form still reads the answer, and does not answer the question again.
    slots = await run_validation(
        dispatcher, domain, slots={**STARTED, "crime_type": "sexual_offence"},
        requested_slot="reported_to_police", latest_action="action_answer_right",
        sent=["utter_ask_reported_to_police"],
        text="yes on monday. they arrested him. will the police tell me if he gets bail?",
        intent="ask_right",
    )  # fmt: skip
    assert slots["reported_to_police"] is True
    assert not any(r.startswith("utter_ask_right") for r in responses(dispatcher))


async def test_a_question_about_consent_asked_twice_is_not_a_no(dispatcher, domain):
    # "who sees it?" asks about the question: skipping it would keep nothing they said.
    slots = await run_validation(
        dispatcher, domain, slots={}, requested_slot="consent",
        latest_action="action_answer_right", sent=["utter_ask_consent"] * 2,
        text="who runs this?", intent="ask_right",
    )  # fmt: skip
    assert "utter_nothing_kept" not in responses(dispatcher)
    assert slots.get("consent") is None
    assert slots["requested_slot"] == "consent"


async def test_consent_still_unanswered_after_two_reminders_keeps_nothing(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, slots={}, requested_slot="consent",
        sent=["utter_ask_consent"] * 2 + ["utter_remind_consent"] * 2,
        text="hello", intent="greet",
    )  # fmt: skip
    assert responses(dispatcher) == ["utter_nothing_kept"]
    assert slots["consent"] is False
    assert slots["requested_slot"] == "in_danger"


async def test_a_no_to_keeping_the_chat_is_acknowledged(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, slots={}, requested_slot="consent", text="no", intent="deny"
    )
    assert slots["consent"] is False
    assert responses(dispatcher) == ["utter_nothing_kept"]


async def test_carry_on_to_the_safety_check_means_safe_to_go_on(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, slots={"consent": True}, requested_slot="in_danger",
        text="carry on", intent="carry_on", sent=["utter_ask_in_danger"] * 2,
    )  # fmt: skip
    assert slots["in_danger"] is False
    assert responses(dispatcher) == []
    assert slots["requested_slot"] == "crime_type"


async def test_the_referral_question_is_left_open_after_two_reminders(dispatcher, domain):
    # "my mum says yes" was once neither a yes nor a miss: the question was reminded for ever.
    # After the reminders a miss is re-asked once, never re-asked and closed in one reply
    # (round 12: "Sorry, I didn't catch that" then "nobody will contact you"); the next closes.
    answered = RESULT_SHOWN
    reminded = ["utter_ask_referral_consent", "utter_referral_reminder", "utter_referral_reminder"]
    slots = await run_validation(
        dispatcher, domain, slots=answered, requested_slot="referral_consent",
        latest_action="action_outside_questions", text="hmm", intent="affirm", sent=reminded,
    )  # fmt: skip
    assert "referral_consent" not in slots.get("skipped_slots", [])
    assert slots["requested_slot"] == "referral_consent"
    slots = await run_validation(
        dispatcher, domain, slots=answered, requested_slot="referral_consent",
        latest_action="action_outside_questions", text="hmm", intent="affirm",
        sent=[*reminded, "utter_reask_referral_consent"],
    )  # fmt: skip
    assert "referral_consent" in slots["skipped_slots"]
    assert slots["requested_slot"] is None


async def test_the_referral_question_waits_for_an_answer_after_reminders(dispatcher, domain):
    # Questions, WHY and MORE once used up the reminders and closed the referral ("nobody will
    # contact you") for people who never said no: it stays open until a yes or a no.
    answered = RESULT_SHOWN
    slots = await run_validation(
        dispatcher, domain, slots=answered, requested_slot="referral_consent",
        latest_action="action_answer_right", text="would they tell my mum?", intent="ask_right",
        sent=["utter_ask_referral_consent", "utter_referral_reminder", "utter_referral_reminder"],
    )  # fmt: skip
    assert "referral_consent" not in slots.get("skipped_slots", [])
    assert slots["requested_slot"] == "referral_consent"


async def test_after_the_result_a_restarted_form_reads_the_referral_answer(dispatcher, domain):
    # A rule starts the form again after the result; the message still answers the question.
    answered = RESULT_SHOWN
    slots = await run_validation(
        dispatcher, domain, slots=answered, requested_slot="referral_consent",
        latest_action="action_resume_assessment", text="yes but text only", intent="inform",
        sent=["utter_ask_referral_consent"],
    )  # fmt: skip
    assert slots["referral_consent"] is True and slots["contact_method"] == "text"


async def test_a_question_that_restarts_the_form_is_answered_and_the_question_kept(
    dispatcher, domain
):
    # "if i say yes does this go to the feds?" once got "Was the person who died a close
    # relative of yours?" from a 20-year-old stabbed in the leg.
    answered = {
        **STARTED,
        "crime_type": "serious_violence", "reported_to_police": True, "age": 20.0,
        "under_18": False, "relationship_to_offender": "someone_known",
        "repeat_victimisation": False, "hate_motivated": False, "impairment": False,
        "fear_of_giving_evidence": True, "needs": ["safety"], "language": "english",
        "borough": "croydon", "gender": "man", "results_shown": True,
    }  # fmt: skip
    slots = await run_validation(
        dispatcher, domain, slots=answered, requested_slot="referral_consent",
        latest_action="action_resume_assessment",
        text="if i say yes does this go to the feds? cos i dont want it going round",
        intent="inform", sent=["utter_ask_referral_consent"],
    )  # fmt: skip
    assert slots["requested_slot"] == "referral_consent"
    assert "referral_consent" not in slots
    assert responses(dispatcher)[0] in ("utter_support_not_police", "utter_cannot_answer")


def _opened_with(first: str, **kwargs):
    tracker = make_tracker(**kwargs)
    tracker.events.insert(0, {"event": "user", "text": first, "parse_data": {}})
    return tracker


async def test_a_question_in_the_first_message_is_answered_once_consent_is_answered(
    dispatcher, domain
):
    # Round 27: "Does this even count as a hate crime?" in the opening message waited behind
    # the privacy question and was then never answered.
    tracker = _opened_with(
        "my car was broken into last night. is this the police?", text="yes",
        intent="affirm", requested_slot="consent", slots={"crime_type": "theft"},
    )  # fmt: skip
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert slots["consent"] is True
    assert responses(dispatcher)[0] == "utter_not_the_police"
    assert slots["requested_slot"] == "in_danger"


async def test_the_first_message_is_answered_only_once_and_never_while_in_danger(
    dispatcher, domain
):
    first = "my ex is outside my house, is this the police?"
    tracker = _opened_with(
        first, text="yes", intent="affirm", requested_slot="consent",
        sent=["utter_not_the_police"],
    )  # fmt: skip
    await FORM.run(dispatcher, tracker, domain)
    assert "utter_not_the_police" not in responses(dispatcher)
    dispatcher.messages.clear()
    tracker = _opened_with(
        first, text="yes", intent="affirm", requested_slot="consent",
        slots={"in_danger": True},
    )  # fmt: skip
    await FORM.run(dispatcher, tracker, domain)
    assert "utter_not_the_police" not in responses(dispatcher)
    dispatcher.messages.clear()
    # Later questions never bring it back.
    tracker = _opened_with(
        first, text="yes", intent="affirm", requested_slot="reported_to_police",
        slots={**STARTED, "crime_type": "stalking_harassment"},
    )  # fmt: skip
    await FORM.run(dispatcher, tracker, domain)
    assert "utter_not_the_police" not in responses(dispatcher)


async def test_a_first_message_that_asks_nothing_adds_nothing(dispatcher, domain):
    tracker = _opened_with(
        "something happened to me today, what do i do?", text="no", intent="deny",
        requested_slot="consent",
    )  # fmt: skip
    await FORM.run(dispatcher, tracker, domain)
    # Not the Havens' forensic advice: nothing says it was a spiking or a sexual offence.
    assert "utter_evidence_advice" not in responses(dispatcher)


async def test_a_question_answered_by_the_rule_is_not_answered_again_by_the_form(
    dispatcher, domain
):
    # Round 27: Sam was sent Galop's description twice, Gerald "I can't answer that one" twice.
    text = "what about the cctv though? no I'll call galop myself thanks"
    tracker = make_tracker(
        slots=RESULT_SHOWN, text=text, intent="nlu_fallback", requested_slot="referral_consent",
        latest_action="action_outside_questions",
    )  # fmt: skip
    at = next(i for i, e in enumerate(tracker.events) if e["event"] == "user")
    tracker.events.insert(
        at + 2, {"event": "bot", "text": "Galop...", "metadata": {"utter_action": None}}
    )
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert dispatcher.messages == [] or all(
        "Galop" not in (m.get("text") or "") for m in dispatcher.messages
    )
    assert responses(dispatcher) in ([], ["utter_referral_reminder"])
    assert slots.get("requested_slot") in (None, "referral_consent")


async def test_a_question_the_rule_could_not_answer_leaves_the_form_asking_its_own_question(
    dispatcher, domain
):
    # Round 28: after "so who can help with that then" got "I can't answer that one" from
    # action_outside_questions, the form returned nothing and Rasa asked its first empty slot:
    # "Was the person who died a close relative?" to a man who had been robbed.
    tracker = make_tracker(
        slots={**RESULT_SHOWN, "crime_type": "robbery", "hate_motivated": True},
        text="so who can help with that then", intent="nlu_fallback",
        requested_slot="referral_consent", latest_action="action_outside_questions",
    )  # fmt: skip
    at = next(i for i, e in enumerate(tracker.events) if e["event"] == "user")
    tracker.events.insert(
        at + 2, {"event": "bot", "text": "I can't answer", "metadata": {"utter_action": None}}
    )
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert "requested_slot" in slots and slots["requested_slot"] != "bereaved"
    assert "utter_cannot_answer" not in responses(dispatcher)


def _handed_back(**slots):
    """Round 37, Zara (16): "human" at the referral question after two reminders, then "ok.
    carry on. yes they can contact me ...", read as telling what happened: the bot took the
    chat back ("OK, back to the questions.") in this turn."""
    tracker = make_tracker(
        slots={**RESULT_SHOWN, **slots}, requested_slot=slots.get("requested_slot"),
        intent="describe_crime",
        text="ok. carry on. yes they can contact me but text only not call, and use my mums number",
        sent=["utter_ask_referral_consent", "utter_referral_reminder", "utter_referral_reminder",
              "utter_handoff"],
        latest_action="action_while_waiting",
    )  # fmt: skip
    tracker.events.insert(
        -1, {"event": "bot", "text": "back", "metadata": {"utter_action": "utter_back_to_bot"}}
    )
    return tracker


async def test_carry_on_while_waiting_for_a_person_asks_the_referral_again(dispatcher, domain):
    # Her referral was closed unasked ("nobody will contact you yet"): it is asked again.
    slots = slots_of(await FORM.run(dispatcher, _handed_back(), domain))
    assert "referral_consent" not in slots.get("skipped_slots", [])
    assert slots["requested_slot"] == "referral_consent"


def test_carry_on_while_waiting_is_answered_with_the_referral_question(dispatcher, domain):
    # After "OK, back to the questions." the question came back unsaid.
    from actions.dialogue import ActionAskReferralConsent

    tracker = _handed_back(requested_slot="referral_consent")
    ActionAskReferralConsent().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_referral_reminder"]

"""Round 39 (helper F5): after the results, after a referral is passed on, and while waiting
for a person.

- Grace, 19: after her referral, every message she sent replaced her contact times ("they'll
  contact you ... at the times you gave ("like if hes outside my door tonight do i call 999 or
  is that overr...")"), and her correction "after 4pm weekdays" was not taken.
- Leon, 15, on his friend's phone, waiting for a person: "dont msg this phone" was answered
  "they'll reply here".
- Chris, Maureen (74), Priya and Jordan: how to contact them safely, said after the referral,
  got "I can't answer that one here".
- "what have u actually got down about me" and other wordings got generic replies; Hannah, who
  said no to keeping anything, asked what "noted" meant.
- Goodbyes after the end got "I can't do more with that here" or "OK, I'll stop here".
- Ellie's yes to being contacted by text, and Priya's yes by email, were not read as yeses.

Each test quotes the person's words; ordinary messages must not change.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from actions.answers import read_answer
from actions.dialogue import (
    WORKER_KEY,
    ActionAnswerRight,
    ActionFinishAssessment,
    ActionHandoff,
    ActionHelp,
    ActionOutsideQuestions,
    ActionResumeAssessment,
    ActionStop,
    ActionThanks,
    ActionWhileWaiting,
)
from actions.questions import f5_asks_what_was_noted
from actions.reading import (
    Turn,
    asks_not_to_be_messaged_here,
    contact_notes_said,
    corrections,
    read_turn,
    signs_off,
    times_given,
)
from core import contact_notes, records
from core.text import SMS_LIMIT
from review import handoff, store, triage, viewmodels
from tests.support.tracker_rows import asked_for_a_person, slot, write_events
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    RESPONSES,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

ANCHOR = "round 39, helper F5"
NEW = (
    "utter_f5_note_added",
    "utter_f5_note_kept",
    "utter_f5_times_changed",
    "utter_f5_no_reply_here_young",
    "utter_f5_no_reply_here",
    "utter_f5_goodbye_referred",
    "utter_f5_goodbye_samaritans",
    "utter_f5_goodbye_samaritans_referred",
    "utter_f5_nothing_to_be_sorry_for",
)


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def texts(dispatcher) -> list[str]:
    return [str(m.get("text") or m.get("response")) for m in dispatcher.messages]


# A referral passed on, by text, with a case saved (the reference is what the record is under).
REFERRED = {
    "consent": True,
    "assessment_done": True,
    "results_shown": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "text",
    "contact_details": "07700 900123",
    "case_reference": "VC-Y8KFSJ",
}
GRACE = {
    **REFERRED,
    "crime_type": "stalking_harassment",
    "relationship_to_offender": "partner_or_ex",
    "age": 19.0,
    "gender": "woman",
    "contact_times": "after lectures so like after 4",
}


@pytest.mark.parametrize("name", NEW)
def test_each_new_response_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, ANCHOR, ({}, {"cannot_phone": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def test_every_note_said_back_fits_one_text():
    for code, said in contact_notes.SAID.items():
        assert code in contact_notes.FOR_WORKER
        for name in ("utter_f5_note_added", "utter_f5_note_kept"):
            assert len(RESPONSES[name][0]["text"].format(note=said)) <= SMS_LIMIT


# -- 1. Grace: only a message that gives times changes them ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "thats not what i asked?? like if hes outside my door tonight do i call 999 or is that "
        "overreacting",
        "ok np. what if he turns up again tonight what do i do",
        "thanks. should i tell my halls about him turning up? theres a security guy sometimes",
        "ok. i go to the GP tomorrow for jaw. thank you brother",
        "ok thanks, speak tomorrow",
        "will they text me tonight?",
        "tomorrow",
    ],
)
def test_a_question_or_a_goodbye_never_becomes_the_contact_times(text):
    assert "contact_times" not in corrections(text, GRACE)
    assert times_given(text) is None


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("after 4pm weekdays", "after 4pm weekdays"),
        ("what?? no the time is after 4 thats not a time. ur confusing me", "after 4"),
        ("weekdays after 6 only please", "weekdays after 6 only please"),
        ("can you change it to after 6pm weekdays only", "after 6pm weekdays only"),
        ("no i meant mornings", "mornings"),
        ("WAIT. not evenings!! weekdays 9-4 ONLY", "not evenings, weekdays 9 to 4 ONLY"),
    ],
)
def test_times_given_after_the_referral_change_them(text, times):
    assert corrections(text, GRACE)["contact_times"] == times


def test_her_question_after_the_referral_is_answered_not_stored(dispatcher, domain):
    text = (
        "thats not what i asked?? like if hes outside my door tonight do i call 999 or is that "
        "overreacting"
    )
    tracker = make_tracker(slots=GRACE, text=text, intent="inform", active_loop=None)
    events = ActionResumeAssessment().run(dispatcher, tracker, domain)
    assert "contact_times" not in slots_of(events)
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    # F4's answer for someone stalked (999 if he turns up, not overreacting) wins over the
    # general 999 answer once both are merged.
    assert responses(dispatcher) in (["utter_call_999_yes"], ["utter_f4_stalker_turns_up"])


def test_her_correction_while_waiting_for_a_person_is_taken_and_said_back(
    dispatcher, domain, records_db
):
    slots = {**GRACE, "waiting_for_person": True, "handoff": "waiting"}
    tracker = make_tracker(
        slots=slots, text="after 4pm weekdays", intent="inform", active_loop=None
    )
    events = ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert slots_of(events) == {"contact_times": "after 4pm weekdays"}
    assert responses(dispatcher) == ["utter_f5_times_changed"]
    assert dispatcher.messages[0]["times"] == "after 4pm weekdays"
    case = records.case_for(records.open_db(records_db), "test-person")
    assert case is not None and case["contact_times"] == "after 4pm weekdays"


def test_a_question_while_waiting_leaves_the_times_alone(dispatcher, domain):
    slots = {**GRACE, "waiting_for_person": True, "handoff": "waiting"}
    text = "like if hes outside my door tonight do i call 999 or is that overreacting"
    tracker = make_tracker(slots=slots, text=text, intent="inform", active_loop=None)
    events = ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert "contact_times" not in slots_of(events)
    assert "utter_f5_times_changed" not in responses(dispatcher)


# -- 2. Leon: "dont msg this phone" while waiting for a person --------------------------------

LEON = {
    "consent": True,
    "age": 15.0,
    "under_18": True,
    "crime_type": "exploitation",
    "results_shown": True,
    "waiting_for_person": True,
    "handoff": "waiting",
}


@pytest.mark.parametrize(
    "text",
    [
        "wait they gonna msg this phone?? its my boys phone, if his older bro sees it im dead",
        "dont msg this phone",
        "please dont reply here",
        "dont text me on this phone",
        "are they going to message this phone? its not my phone",
    ],
)
def test_a_request_not_to_be_messaged_here_is_read(text):
    assert asks_not_to_be_messaged_here(text)


@pytest.mark.parametrize(
    "text",
    [
        "how long. i gotta give my boy his phone back soon",
        "dont call the police",
        "will they text me?",
        "will they message this phone?",
        "no stop",
        "dont tell my mum",
    ],
)
def test_other_messages_are_not_a_request_not_to_be_messaged(text):
    assert not asks_not_to_be_messaged_here(text)


@pytest.mark.parametrize(
    "text",
    [
        "wait they gonna msg this phone?? its my boys phone, if his older bro sees it im dead",
        "dont msg this phone",
    ],
)
def test_no_worker_will_reply_here_and_he_is_told_other_ways(dispatcher, domain, text):
    tracker = make_tracker(slots=LEON, text=text, intent="inform", active_loop=None)
    events = ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_f5_no_reply_here_young"]
    assert slots_of(events) == {
        "waiting_for_person": False,
        "handoff": None,
        "no_reply_here": True,
        "flags": ["no_reply_here"],
    }
    said = sendable("utter_f5_no_reply_here_young", under_18=True)[0]
    assert "0800 1111" in said and "999" in said and "they'll reply here" not in said


def test_honoured_at_once_even_while_a_worker_is_answering(dispatcher, domain):
    tracker = make_tracker(
        slots={**LEON, "handoff": "worker"}, text="dont msg this phone", active_loop=None
    )
    tracker.events.insert(
        0,
        {
            "event": "bot",
            "text": "Hi, I'm Sam from the support team.",
            "timestamp": time.time(),
            "metadata": {WORKER_KEY: "sam"},
        },
    )
    events = ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert slots_of(events)["waiting_for_person"] is False
    assert responses(dispatcher) == ["utter_f5_no_reply_here_young"]


def test_read_as_stop_it_is_honoured_too(dispatcher, domain):
    tracker = make_tracker(slots=LEON, text="dont msg this phone", intent="stop", active_loop=None)
    events = ActionStop().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_f5_no_reply_here_young"]
    assert slots_of(events)["no_reply_here"] is True


def test_an_adult_is_given_victim_support_instead(dispatcher, domain):
    slots = {**LEON, "age": 30.0, "under_18": False}
    tracker = make_tracker(slots=slots, text="dont msg this phone", active_loop=None)
    ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_f5_no_reply_here"]


def test_asking_for_a_person_again_lets_them_reply(dispatcher, domain):
    slots = {"consent": True, "no_reply_here": True, "results_shown": True}
    tracker = make_tracker(slots=slots, text="human", intent="request_human", active_loop=None)
    events = ActionHandoff().run(dispatcher, tracker, domain)
    assert slots_of(events)["no_reply_here"] is None
    assert slots_of(events)["waiting_for_person"] is True


def test_other_messages_while_waiting_are_unchanged(dispatcher, domain):
    text = "how long. i gotta give my boy his phone back soon"
    tracker = make_tracker(slots=LEON, text=text, intent="inform", active_loop=None)
    assert ActionWhileWaiting().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == ["utter_while_waiting"]


def test_the_review_app_needs_an_override_to_reply_and_says_why(tmp_path: Path):
    tracker = tmp_path / "rasa.db"
    events = [
        *asked_for_a_person("twilio"),
        slot("waiting_for_person", False),
        slot("handoff", None),
        slot("no_reply_here", True),
    ]
    write_events(tracker, "+447700900555", events)
    db = store.records_db(str(tmp_path / "records.db"))
    view = viewmodels.load_case(store.tracker_db(str(tracker)), db, "+447700900555")
    assert view is not None
    assert "no_reply_here" in view.texting_needs_override
    assert contact_notes.NO_REPLY_HERE in view.contact.warnings
    assert "no_reply_here" in handoff.OVERRIDE_WHY
    assert "no_reply_here" in triage.FLAG_LABELS


# -- 3. How to contact them safely, said after the referral -----------------------------------

CHRIS = {
    **REFERRED,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "contact_method": "call",
    "voicemail_ok": False,
    "contact_times": "weekdays, 10 to 3",
    "contact_details": "07700 900412",
}
MAUREEN = {
    **REFERRED,
    "crime_type": "fraud",
    "age": 74.0,
    "cannot_phone": True,
    "contact_details": "07700 900312",
}
PRIYA = {
    **REFERRED,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "discreet": True,
    "contact_method": "email",
    "contact_details": "priya.s.work@example.com",
}
JORDAN = {**REFERRED, "crime_type": "online_abuse", "age": 17.0, "under_18": True}


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        (
            "ok. tell them if a woman answers just say wrong number. im going to delete these "
            "messages now. thanks",
            ["wrong_number"],
        ),
        (
            "That's right. Could you put that I'm hard of hearing so they don't try to ring? And "
            "that they rang me once after asking for more money. Thank you for your patience, "
            "you've been very kind.",
            ["hard_of_hearing"],
        ),
        (
            "Sorry I'll put it simpler. I am deaf, hard of hearing. Please add that.",
            ["hard_of_hearing"],
        ),
        (
            "the email wont say victim or police in the title right? he sometimes looks over my "
            "shoulder at work laptop too",
            ["plain"],
        ),
        ("u said before youd ask them to keep it plain. did u?", ["plain"]),
        (
            "can u add that they must NOT contact my parents. thats like the most important thing",
            ["not_family"],
        ),
        ("if my husband picks up just hang up", ["not_say_who"]),
        ("if he answers tell him its a wrong number", ["wrong_number"]),
    ],
)
def test_an_instruction_on_how_to_contact_them_is_read(text, notes):
    assert contact_notes_said(text) == notes


@pytest.mark.parametrize(
    "text",
    [
        "will they say who they are when they ring?",
        "what if my husband answers the phone?",
        "do i have to tell my parents",
        "will the police tell my mum",
        "I'm hard of hearing",
        "thanks. is it the mens advice line who will ring or someone else? and why do you keep "
        "saying text relay im not deaf",
        "if he finds out he'll kill me",
        "ok thanks. bye",
    ],
)
def test_other_messages_are_not_contact_instructions(text):
    assert contact_notes_said(text) == []


def test_chris_if_a_woman_answers_say_wrong_number(dispatcher, domain, records_db):
    text = (
        "ok. tell them if a woman answers just say wrong number. im going to delete these "
        "messages now. thanks"
    )
    tracker = make_tracker(slots=CHRIS, text=text, intent="inform", active_loop=None)
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert slots_of(events) == {"contact_notes": ["wrong_number"]}
    assert responses(dispatcher) == ["utter_f5_note_added", "utter_f5_goodbye_referred"]
    assert dispatcher.messages[0]["note"] == contact_notes.SAID["wrong_number"]
    case = records.case_for(records.open_db(records_db), "test-person")
    assert case is not None
    assert json.loads(case["answers"])["contact_notes"] == ["wrong_number"]
    assert case["status"] == "referral_requested"


def test_chris_read_as_goodbye_is_kept_too(dispatcher, domain):
    text = "ok. tell them if a woman answers just say wrong number. thanks"
    tracker = make_tracker(slots=CHRIS, text=text, intent="goodbye", active_loop=None)
    events = ActionStop().run(dispatcher, tracker, domain)
    assert slots_of(events)["contact_notes"] == ["wrong_number"]
    assert responses(dispatcher)[0] == "utter_f5_note_added"


@pytest.mark.parametrize(
    "text",
    [
        "That's right. Could you put that I'm hard of hearing so they don't try to ring? And "
        "that they rang me once after asking for more money. Thank you for your patience, you've "
        "been very kind.",
        "Sorry I'll put it simpler. I am deaf, hard of hearing. Please add that.",
    ],
)
def test_maureen_hard_of_hearing_is_added(dispatcher, domain, text):
    tracker = make_tracker(slots=MAUREEN, text=text, intent="ask_right", active_loop=None)
    events = ActionAnswerRight().run(dispatcher, tracker, domain)
    assert slots_of(events)["contact_notes"] == ["hard_of_hearing"]
    assert responses(dispatcher) == ["utter_f5_note_added"]


def test_a_call_becomes_a_text_when_they_cannot_hear_on_the_phone(dispatcher, domain):
    slots = {**MAUREEN, "contact_method": "call"}
    text = "I am deaf, hard of hearing. Please add that."
    tracker = make_tracker(slots=slots, text=text, intent="inform", active_loop=None)
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert slots_of(events)["contact_method"] == "text"
    assert slots_of(events)["cannot_phone"] is True


@pytest.mark.parametrize(
    "text",
    [
        "the email wont say victim or police in the title right? he sometimes looks over my "
        "shoulder at work laptop too",
        "u said before youd ask them to keep it plain. did u?",
    ],
)
def test_priya_asked_for_plain_messages_and_hears_it_is_so(dispatcher, domain, text):
    tracker = make_tracker(slots=PRIYA, text=text, intent="help", active_loop=None)
    events = ActionHelp().run(dispatcher, tracker, domain)
    assert slots_of(events)["contact_notes"] == ["plain"]
    assert responses(dispatcher) == ["utter_f5_note_kept"]
    # Said on a phone someone may read: the line itself names nothing.
    assert "police" not in contact_notes.SAID["plain"]


def test_jordan_not_my_parents_is_added(dispatcher, domain):
    text = "can u add that they must NOT contact my parents. thats like the most important thing"
    tracker = make_tracker(slots=JORDAN, text=text, intent="ask_right", active_loop=None)
    events = ActionAnswerRight().run(dispatcher, tracker, domain)
    assert slots_of(events)["contact_notes"] == ["not_family"]
    assert responses(dispatcher) == ["utter_f5_note_added"]


def test_nothing_is_kept_without_consent_or_without_a_referral(dispatcher, domain):
    text = "tell them if a woman answers just say wrong number"
    for slots in ({**CHRIS, "consent": False}, {**CHRIS, "referral_consent": False}):
        tracker = make_tracker(slots=slots, text=text, intent="inform", active_loop=None)
        events = ActionFinishAssessment().run(dispatcher, tracker, domain)
        assert "contact_notes" not in slots_of(events)


def test_the_worker_reads_each_instruction():
    contact = viewmodels.Contact(
        True, True, "call", None, False, "07700 900412", notes=["wrong_number", "plain"]
    )
    assert contact_notes.FOR_WORKER["wrong_number"] in contact.warnings
    assert contact_notes.FOR_WORKER["plain"] in contact.warnings


# -- 4. "What have you noted", in other words ---------------------------------------------------

MARCUS = {"consent": True, "age": 31.0, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize(
    "text",
    [
        "cheers. what have u actually got down about me, just so the person calling doesnt think "
        "it was my bf",
        "what have u actually got down about me",
        "wait what have u saved about me",
        "Could you please confirm what information you have recorded about my case?",
        "I mean, what details about me have you noted down?",
        "what u told them about me tho. i need to know",
        "wait what u got down about me",
        "What have you written down about me?",
    ],
)
def test_what_was_noted_in_other_words_gets_the_summary(text):
    assert answer(text, "assault", **MARCUS) == "utter_summary"


@pytest.mark.parametrize(
    "text",
    [
        "what have you got for people like me",
        "what have you got for burglary victims",
        "what do you record when i report to police",
        "what did you tell me about the havens",
        "what info do you need from me",
        "what do you mean enhanced service",
        "what time will they call",
        "what did the police tell you",
    ],
)
def test_other_questions_are_not_about_what_was_noted(text):
    assert not f5_asks_what_was_noted(text)


def test_hannah_who_said_no_hears_that_nothing_is_kept():
    from actions.questions import known_answer

    said = known_answer(
        "Skip. You said you won't keep anything, so what do you mean noted?",
        "burglary",
        answers={"crime_type": "burglary", "consent": False, "reported_to_police": True},
    )
    assert said is not None and said.text is not None
    assert said.text.startswith("Nothing is kept: you said no")
    assert "a burglary" in said.text and len(said.text) <= SMS_LIMIT


def test_at_the_age_question_her_skip_is_kept_and_her_question_answered():
    reading = read_turn(
        Turn(
            text="Skip. You said you won't keep anything, so what do you mean noted?",
            intent="inform",
            requested="age",
            answers={"consent": False, "crime_type": "burglary", "reported_to_police": True},
            asked={"age": 1},
        )
    )
    assert any((s.text or "").startswith("Nothing is kept") for s in reading.say), reading.say


def test_daniel_at_the_referral_question_gets_it_and_the_question_stays_open():
    reading = read_turn(
        Turn(
            text="wait what u got down about me",
            intent="inform",
            requested="referral_consent",
            answers={"consent": True, "crime_type": "serious_violence", "results_shown": True},
            asked={"referral_consent": 1},
        )
    )
    assert [s.args.get("utter_action") for s in reading.say] == ["utter_summary"]
    assert "referral_consent" not in reading.slots


def test_jordan_not_a_question_after_the_end_still_gets_it(dispatcher, domain):
    tracker = make_tracker(
        slots={**JORDAN, "relationship_to_offender": "someone_known"},
        text="wait what have u saved about me",
        intent="inform",
        active_loop=None,
    )
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert [m.get("utter_action") for m in dispatcher.messages][:1] == ["utter_summary"]
    # Round 76 (g76b, Jade, Dev): once referred, how they will be contacted is read back too.
    assert [m.get("response") for m in dispatcher.messages][1:] == ["utter_g76b_contact_read_back"]


def test_okafor_formal_request_read_as_help(dispatcher, domain):
    tracker = make_tracker(
        slots={**REFERRED, "crime_type": "assault", "age": 58.0},
        text="Could you please confirm what information you have recorded about my case?",
        intent="help",
        active_loop=None,
    )
    ActionHelp().run(dispatcher, tracker, domain)
    assert [m.get("utter_action") for m in dispatcher.messages][:1] == ["utter_summary"]
    # Round 76 (g76b, Jade, Dev): once referred, how they will be contacted is read back too.
    assert [m.get("response") for m in dispatcher.messages][1:] == ["utter_g76b_contact_read_back"]


# -- 5. Goodbyes after the end --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your help, good evening.",
        "forget it. I'll ring Tell MAMA myself tomorrow. thanks",
        "ok. i go to the GP tomorrow for jaw. thank you brother",
        "thank you. im going to ring the havens now i think. sorry for going on",
        "Oh well never mind. Thank you, goodbye.",
        "ok thanks. bye",
    ],
)
def test_goodbyes_are_read(text):
    assert signs_off(text)


@pytest.mark.parametrize(
    "text",
    [
        "thanks. should i tell my halls about him turning up?",
        "thank you. hes outside now",
        "thanks but my arm really hurts",
        "i want to kill myself. thanks",
        "thanks, what is a VPS?",
    ],
)
def test_not_goodbyes(text):
    assert not signs_off(text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Thank you for your help, good evening.", "inform"),
        ("forget it. I'll ring Tell MAMA myself tomorrow. thanks", "describe_crime"),
    ],
)
def test_a_goodbye_after_the_referral_is_kind_and_says_it_stands(dispatcher, domain, text, intent):
    slots = {**REFERRED, "crime_type": "assault"}
    tracker = make_tracker(slots=slots, text=text, intent=intent, active_loop=None)
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_f5_goodbye_referred"]
    said = sendable("utter_f5_goodbye_referred")[0]
    assert "999" in said and "can't do more" not in said


def test_ahmed_read_as_goodbye_gets_a_kind_one_not_a_stop(dispatcher, domain):
    slots = {**REFERRED, "crime_type": "assault"}
    text = "ok. i go to the GP tomorrow for jaw. thank you brother"
    tracker = make_tracker(slots=slots, text=text, intent="goodbye", active_loop=None)
    ActionStop().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_f5_goodbye_referred"]


def test_ellie_sorry_for_going_on_after_suicidal_thoughts(dispatcher, domain):
    slots = {**REFERRED, "crime_type": "sexual_offence", "flags": ["self_harm"]}
    text = "thank you. im going to ring the havens now i think. sorry for going on"
    tracker = make_tracker(slots=slots, text=text, intent="thanks", active_loop=None)
    ActionThanks().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == [
        "utter_f5_nothing_to_be_sorry_for",
        "utter_f5_goodbye_samaritans_referred",
    ]
    said = sendable("utter_f5_goodbye_samaritans_referred")[0]
    assert "116 123" in said and "999" in said


def test_a_bare_thanks_is_still_you_are_welcome(dispatcher, domain):
    tracker = make_tracker(slots=REFERRED, text="thanks", intent="thanks", active_loop=None)
    ActionThanks().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_you_are_welcome"]


def test_without_a_referral_the_goodbye_is_the_usual_one(dispatcher, domain):
    slots = {"consent": False, "assessment_done": True, "results_shown": True}
    tracker = make_tracker(
        slots=slots, text="nah its cool. ill call them. thanks", intent="deny", active_loop=None
    )
    ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_goodbye"]


def test_stop_still_stops(dispatcher, domain):
    tracker = make_tracker(slots=REFERRED, text="stop", intent="stop", active_loop=None)
    ActionStop().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_stop_referral_stands"]


# -- 6. Ellie's yes by text, Priya's yes by email ------------------------------------------------

ELLIE = (
    "i dont think im ready for police. yes can someone contact me. text is better i cry on the "
    "phone"
)


def test_ellie_yes_to_being_contacted_by_text():
    text = ELLIE
    said = read_answer("referral_consent", text)
    assert said.value is True
    assert said.extra.get("contact_method") == "text"


@pytest.mark.parametrize(
    "text",
    [
        "yes please can someone text me",
        "ok. yes i want someone to contact me",
        "yeah could someone call me tomorrow",
    ],
)
def test_other_yeses_to_being_contacted(text):
    assert read_answer("referral_consent", text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "no i dont want anyone contacting me",
        "can someone contact me later? i need to think",
        "not yet. yes i might go to the police",
    ],
)
def test_not_a_yes_to_being_contacted(text):
    assert read_answer("referral_consent", text).value is not True


def test_her_yes_read_as_a_question_is_not_told_i_cant_answer(dispatcher, domain):
    text = ELLIE
    slots = {
        "consent": True,
        "crime_type": "sexual_offence",
        "results_shown": True,
        "requested_slot": "referral_consent",
    }
    tracker = make_tracker(slots=slots, text=text, intent="ask_right")
    ActionAnswerRight().run(dispatcher, tracker, domain)
    assert "utter_cannot_answer" not in responses(dispatcher)


def test_priya_safe_by_email():
    text = "not really. maybe email? i have a work email he doesnt know the password"
    said = read_answer("contact_safe", text)
    assert said.value is True
    assert said.extra.get("contact_method") == "email"


@pytest.mark.parametrize(
    "text",
    [
        "no. he reads my email too",
        "no not email, he has my password",
        "no",
        "not really, he checks my phone",
        "no its not safe",
    ],
)
def test_a_no_stays_a_no(text):
    assert read_answer("contact_safe", text).value is not True

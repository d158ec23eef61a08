"""Round 89, helper g89g: Chris, 48, punched through his car window (does it count without a
doctor, compensation, what a support service does, a no to passing his details on), and Noor,
15, threatened online with a stabbing (her fear; "text only pls not call" is not deafness)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.dialogue import ActionHandoff, ActionWhileWaiting
from actions.reading import Turn, read_turn
from referrals.matching import default_directory
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    after_result,
    answer_in_conversation,
    assert_one_sms_with_source,
    responses_in_conversation,
    said_answer,
)

ANCHOR = "g89g (round 89)"

CHRIS_FIRST = (
    "Some idiot punched me in the face through my car window at the lights on Kingston Road "
    "yesterday. I've got his reg and the whole thing on dashcam. What happens now and how long "
    "is this going to take?"
)
CHRIS = {
    "consent": True,
    "in_danger": False,
    "crime_type": "assault",
    "reported_to_police": False,
    "age": 48.0,
    "relationship_to_offender": "stranger",
    "repeat_victimisation": False,
    "hate_motivated": False,
    "impairment": False,
    "fear_of_giving_evidence": False,
}
OFF_WORK = (
    "no id happily stand up and say what he did. will I get compensation for this? I had to "
    "take today off work"
)
NOT_SICK_PAY = (
    "I didnt ask about sick pay mate. compensation. and information on what happens after I report"
)
WHAT_SERVICE = (
    "what would a support service actually do for me? I dont need a chat, I need this bloke nicked"
)
FORGET_IT = (
    "I didnt ask for a person. forget it. no dont pass my details on, I'll just report it "
    "online myself"
)
SAID_NO = "I said NO. you're not passing my details to anyone right?"

NOOR_THREAT = (
    "idk. theres this girl at school and her friends keep sending me stuff on snap and insta. "
    "last night one said theyre gonna stab me 😭"
)
NOOR_FEAR = "no. do u think theyd actually do it 😢 i dont wanna go in tmrw"
TEXT_ONLY = "yeah its my phone. text only pls not call"
NOOR = {
    "consent": True,
    "crime_type": "harassment",
    "reported_to_police": False,
    "age": 15.0,
    "relationship_to_offender": "someone_known",
    "hate_motivated": False,
}


def read_at(text: str, requested: str, facts: dict) -> list[str | None]:
    reading = read_turn(
        Turn(text=text, requested=requested, answers=facts, organisations=default_directory())
    )
    return [say.response for say in reading.say]


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


# 1. "does it count if I didnt go to a doctor" (three times, never answered).


@pytest.mark.parametrize(
    "text",
    [
        "48. do I need to see a doctor for it to count? didnt go to a&e",
        "a stranger, never seen him before. big bloke, white van. but you didnt answer, does it "
        "still count as assault if I didnt see a doctor",
        "no. are you actually reading what I write? does it count if I didnt go to a doctor yes "
        "or no",
    ],
)
def test_it_counts_as_assault_without_a_doctor(text):
    assert said_answer(text, "assault", [CHRIS_FIRST]) == "utter_g89g_assault_without_doctor"


def test_asked_beside_a_form_answer_it_is_answered():
    facts = {k: CHRIS[k] for k in ("consent", "in_danger", "crime_type", "reported_to_police")}
    text = (
        "a stranger, never seen him before. big bloke, white van. but you didnt answer, does it "
        "still count as assault if I didnt see a doctor"
    )
    assert read_at(text, "relationship_to_offender", {**facts, "age": 48.0}) == [
        "utter_g89g_assault_without_doctor"
    ]
    assert read_at("48. do I need to see a doctor for it to count? didnt go to a&e", "age", facts)


def test_the_doctor_answer_stays_narrow():
    # Not about whether it counts: the health answers keep these.
    assert said_answer("should I see a doctor about my lip?", "assault", []) != (
        "utter_g89g_assault_without_doctor"
    )
    assert (
        said_answer("does it count if I didnt see a doctor", "burglary", [])
        != "utter_g89g_assault_without_doctor"
    )


# 2. Compensation, not sick pay.


def test_compensation_with_a_day_off_work_is_not_the_sick_pay_answer():
    assert said_answer(OFF_WORK, "assault", [CHRIS_FIRST]) == "utter_e1_cica_lost_days"


def test_i_didnt_ask_about_sick_pay_gets_compensation_and_what_happens_after_reporting():
    sent = responses_in_conversation(
        NOT_SICK_PAY, "assault", [CHRIS_FIRST, OFF_WORK], reported_to_police=False
    )
    assert sent == ["utter_e1_cica_lost_days", "utter_c4_police_after_report"]
    # Beside the form's question about what would help, it is answered too.
    facts = {**CHRIS, "said": [CHRIS_FIRST, OFF_WORK]}
    assert read_at(NOT_SICK_PAY, "needs", facts) == [
        "utter_e1_cica_lost_days",
        "utter_c4_police_after_report",
    ]


def test_time_off_work_without_compensation_is_still_the_sick_pay_answer():
    said = [CHRIS_FIRST, "I work in a warehouse"]
    got = said_answer("can I take time off work? I cant face it", "assault", said)
    assert got != "utter_e1_cica_lost_days"


# 3. What a support service does; a no to passing details on while waiting.


def test_what_would_a_support_service_do_is_answered():
    facts = {key: value for key, value in CHRIS.items() if key != "crime_type"}
    got = answer_in_conversation(WHAT_SERVICE, "assault", [CHRIS_FIRST], **facts)
    assert got is not None and got.response == "utter_g89g_what_support_service_does"


def test_what_would_a_support_service_do_is_not_a_request_for_a_person(dispatcher, domain):
    slots = {**CHRIS, "assessment_done": True, "results_shown": True}
    tracker = make_tracker(slots=slots, text=WHAT_SERVICE, intent="human", active_loop=None)
    events = ActionHandoff().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_g89g_what_support_service_does"]
    assert "utter_handoff" not in responses(dispatcher)
    assert not slots_of(events).get("waiting_for_person")


@pytest.mark.parametrize("text", [FORGET_IT, SAID_NO])
def test_a_no_to_passing_details_on_while_waiting_is_said_back(dispatcher, domain, text):
    slots = {
        **CHRIS,
        "assessment_done": True,
        "results_shown": True,
        "waiting_for_person": True,
        "handoff": "waiting",
        "flags": ["human"],
    }
    tracker = make_tracker(slots=slots, text=text, active_loop=None)
    events = ActionWhileWaiting().run(dispatcher, tracker, domain)
    sent = responses(dispatcher)
    assert sent[-1] == "utter_g89g_details_not_passed_no_person"
    assert "utter_while_waiting" not in sent and "utter_still_waiting" not in sent
    got = slots_of(events)
    assert got["waiting_for_person"] is False
    assert got["referral_consent"] is False
    assert "human" not in got["flags"]
    if text == FORGET_IT:
        assert sent[0] == "utter_how_to_report"  # "I'll just report it online myself"


def test_a_referred_person_waiting_is_not_told_the_request_is_cancelled(dispatcher, domain):
    slots = {
        **CHRIS,
        "assessment_done": True,
        "results_shown": True,
        "referral_consent": True,
        "waiting_for_person": True,
        "handoff": "waiting",
    }
    tracker = make_tracker(slots=slots, text=SAID_NO, active_loop=None)
    ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert "utter_g89g_details_not_passed_no_person" not in responses(dispatcher)


# 4. Noor's fear of the stab threat.


def test_noor_asked_if_they_would_do_it_gets_her_fear_answered():
    said = ["hi um is this anonymous", NOOR_THREAT]
    assert said_answer(NOOR_FEAR, "harassment", said, age=15.0) == "utter_g89g_stab_threat_young"
    assert read_at(NOOR_FEAR, "impairment", {**NOOR, "said": said}) == [
        "utter_g89g_stab_threat_young"
    ]


def test_the_stab_threat_answer_is_for_the_young_and_a_threat_told():
    said = ["hi um is this anonymous", NOOR_THREAT]
    assert said_answer(NOOR_FEAR, "harassment", said, age=34.0) != "utter_g89g_stab_threat_young"
    other = ["hi", "a girl at school keeps sending me mean stuff on snap"]
    assert said_answer(NOOR_FEAR, "harassment", other, age=15.0) != ("utter_g89g_stab_threat_young")


# 5. "text only pls not call" is not deafness.


def test_text_only_is_not_cannot_phone():
    assert read_account(TEXT_ONLY).cannot_phone is None
    assert read_account("any time but TEXT only pls not calls").cannot_phone is None
    slots = read_turn(
        Turn(
            text=TEXT_ONLY,
            requested="contact_safe",
            answers={**NOOR, "referral_consent": True, "results_shown": True},
            organisations=default_directory(),
        )
    ).slots
    assert slots.get("contact_method") == "text"
    assert not slots.get("cannot_phone")


@pytest.mark.parametrize(
    "text",
    [
        "i can only text",
        "im deaf, text only please",
        "no calls, hes always checking my phone",
        "text only he might hear",
    ],
)
def test_cannot_phone_is_still_read(text):
    assert read_account(text).cannot_phone is True


def test_noor_after_text_only_gets_no_999_bsl_app(domain):
    slots = {
        **NOOR,
        "in_danger": False,
        "needs": ["safety", "emotional"],
        "language": "english",
        "borough": "barking_and_dagenham",
        "referral_consent": True,
        "contact_safe": True,
        "contact_method": "text",
        "contact_details": "07700912384",
        "contact_times": "after school like 4 not in lessons",
        "case_reference": "VC-WPF3MV",
    }
    earlier = ("hi um is this anonymous", NOOR_THREAT, TEXT_ONLY, "07700 912 384")
    sent = after_result(
        "ok. what do i do about tmrw tho should i just not go in", slots, earlier, domain
    )
    assert not [name for name in sent if name and name.startswith("utter_h2_no_voice")]


# The new answers: one SMS, with their sources.


@pytest.mark.parametrize(
    "name",
    [
        "utter_g89g_assault_without_doctor",
        "utter_g89g_what_support_service_does",
        "utter_g89g_details_not_passed_no_person",
        "utter_g89g_stab_threat_young",
    ],
)
def test_new_answers_are_one_sms_with_sources(name):
    assert_one_sms_with_source(name, ANCHOR)

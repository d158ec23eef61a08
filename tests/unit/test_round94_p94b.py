"""Round 94, helper p94b: Megan, 16, Haringey (mum's boyfriend hits mum and shoved her) and
Kwabena, 44, bus driver punched through the cab screen gap (r94a-megan, r94a-kwabena).

1. "school hours is best hes not around then. wait can u not tell anyone about tonight yet" sent
   her referral with the whole sentence as her time; after it, "can u cancel it pls" and "pls
   dont let them text me" did not withdraw it.
2. "if police come social services will take my sister shes only 6. i cant let that happen"
   got "How old are you?".
3. "carry on then. yes police came ... they said hes been charged": asked again if reported.
4. "no not him. but drivers get abuse all the time" read as targeted again and again.
"""

from __future__ import annotations

from typing import Any

from actions import reading
from tests.unit.known_answers import ALL_RESPONSES, assert_one_sms_with_source

MEGAN: dict[str, Any] = {
    "crime_type": "domestic_abuse",
    "consent": True,
    "age": 16.0,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "text",
    "contact_details": "07700 900158",
}
HOLD = "school hours is best hes not around then. wait can u not tell anyone about tonight yet"


# -- 1a. "wait can u not tell anyone ... yet" holds the referral -------------------------------


def test_not_yet_at_the_time_question_holds_the_referral_and_keeps_school_hours():
    turn = reading.Turn(text=HOLD, requested="contact_times", answers=MEGAN)
    read = reading.read_turn(turn)
    assert read.slots.get("referral_consent") is None  # not sent, not refused
    assert "referral_consent" in read.slots
    assert read.slots.get("contact_times") == "school hours"
    assert "utter_p94b_referral_held" in [say.response for say in read.say]


def test_a_plain_time_is_still_a_time():
    turn = reading.Turn(text="school hours is best", requested="contact_times", answers=MEGAN)
    read = reading.read_turn(turn)
    assert "referral_consent" not in read.slots
    assert "utter_p94b_referral_held" not in [say.response for say in read.say]


def test_held_and_withdrawn_answers_are_one_sms_with_a_source():
    for name in ("utter_p94b_referral_held", "utter_p94b_sent_referral_withdrawn"):
        assert name in ALL_RESPONSES
        assert_one_sms_with_source(name, "p94b (round 94)")


# -- 1b. after the referral: "can u cancel it pls" withdraws it ---------------------------------

SENT = {
    **MEGAN,
    "contact_times": "school hours",
    "assessment_done": True,
    "results_shown": True,
    "case_reference": "VC-Q8KFX3",
}


def _after(text: str, intent: str, domain: dict[str, Any]):
    from rasa_sdk.executor import CollectingDispatcher

    from actions.dialogue import ActionFinishAssessment, ActionStop
    from tests.unit.conftest import make_tracker

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=SENT, text=text, intent=intent, active_loop=None)
    action = ActionStop() if intent == "stop" else ActionFinishAssessment()
    events = action.run(dispatcher, tracker, domain)
    return [m.get("response") for m in dispatcher.messages], events


def test_cancel_it_after_the_referral_withdraws_it(domain):
    for text, intent in (
        ("can u cancel it pls", "stop"),
        ("can u cancel it pls", "inform"),
        ("no i want the request cancelled not u to stop. pls dont let them text me", "inform"),
        ("pls dont let them text me", "inform"),
        ("dont send it", "inform"),
        ("i dont want them to contact me", "inform"),
        ("wait no i said dont tell anyone yet. did u send it??", "inform"),
    ):
        said, events = _after(text, intent, domain)
        assert said == ["utter_p94b_sent_referral_withdrawn"], (text, said)
        slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
        assert slots.get("referral_consent") is False, text
        assert slots.get("contact_details", "kept") is None, text


def test_withdrawal_is_saved_on_the_case(domain):
    from core import records

    records.save_case(
        records.open_db(),
        sender_id="test-person",
        channel="rest",
        answers={},
        categories=[],
        reasons=[],
        referrals=[],
        contact=SENT,
        case_reference="VC-Q8KFX3",
    )
    _after("can u cancel it pls", "stop", domain)
    case = records.case_for(records.open_db(), "test-person")
    assert case is not None and case["status"] == "assessed"
    assert not case["contact_details"]


def test_a_way_to_contact_is_not_a_withdrawal():
    for text in ("dont text me, call me instead", "dont let them call me, text only", "thanks bye"):
        assert not reading.p94b_withdraws_sent_referral(text), text


# -- 2. "social services will take my sister" answered at once, Childline for a child ----------

SISTER = (
    "no. if police come social services will take my sister shes only 6. i cant let that happen"
)
OPENING = ["its my mums boyfriend. he hits her. tonight he shouted at me n shoved me into the door"]


def test_fear_for_her_sister_is_answered_beside_her_no():
    from tests.unit.known_answers import at_question

    facts = {"crime_type": "domestic_abuse", "said": OPENING}
    said = at_question(SISTER, "reported_to_police", facts)
    assert said == ["utter_p94b_sibling_not_taken_young"]
    read = reading.read_turn(
        reading.Turn(text=SISTER, requested="reported_to_police", answers=facts)
    )
    assert read.slots.get("reported_to_police") is False


def test_a_child_gets_childline_and_an_adult_the_nspcc():
    from tests.unit.known_answers import answer

    assert answer("16. will they take my sister tho", "domestic_abuse", age=16.0) == (
        "utter_p94b_sibling_not_taken_young"
    )
    assert answer("will they take my sister", "domestic_abuse", age=30.0) == (
        "utter_p7_children_services_keep_family"
    )
    text = ALL_RESPONSES["utter_p94b_sibling_not_taken_young"][0]["text"]
    assert "0800 1111" in text and "0808 800 5000" not in text
    assert_one_sms_with_source("utter_p94b_sibling_not_taken_young", "p94b (round 94)")


# -- 3. "carry on then. yes police came ... hes been charged" answers the police question ------

CARRY_ON = (
    "carry on then. yes police came, the company called them, cameras on the bus got it all. "
    "they said hes been charged"
)


def test_carry_on_with_police_came_answers_the_waiting_question(domain):
    from rasa_sdk.executor import CollectingDispatcher

    from actions.dialogue import ActionWhileWaiting
    from tests.unit.conftest import make_tracker

    slots = {
        "crime_type": "assault",
        "consent": True,
        "in_danger": False,
        "waiting_for_person": True,
        "handoff": "waiting",
    }
    tracker = make_tracker(
        slots=slots,
        text=CARRY_ON,
        intent="carry_on",
        active_loop=None,
        sent=["utter_ask_reported_to_police", "utter_human_handoff"],
    )
    dispatcher = CollectingDispatcher()
    events = ActionWhileWaiting().run(dispatcher, tracker, domain)
    slots_set = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots_set.get("reported_to_police") is True


# -- 4. "no not him. but drivers get abuse all the time" is a no -------------------------------

KWABENA = {
    "crime_type": "assault",
    "consent": True,
    "offender": "stranger",
    "reported_to_police": True,
    "age": 44.0,
}


def test_no_not_him_is_not_targeted_again_and_again():
    from actions.answers import read_answer

    for text in (
        "no not him. but drivers get abuse all the time. third time you ignored me about money",
        "no not him. but drivers get abuse all the time",
    ):
        assert read_answer("repeat_victimisation", text).value is False, text
        read = reading.read_turn(
            reading.Turn(text=text, requested="repeat_victimisation", answers=KWABENA)
        )
        assert read.slots.get("repeat_victimisation") is False, text
    assert read_answer("repeat_victimisation", "yes loads of times").value is True


def test_i_said_it_never_happened_with_him_before_puts_it_right():
    answers = {**KWABENA, "repeat_victimisation": True, "results_shown": True}
    text = (
        "why. i said it never happened with him before. and what about my sick pay, does the "
        "CICA cover lost wages"
    )
    assert reading.corrections(text, answers).get("repeat_victimisation") is False
    read = reading.read_turn(reading.Turn(text=text, requested="referral_consent", answers=answers))
    assert read.slots.get("repeat_victimisation") is False
    assert "utter_c5_cica_lost_earnings" in [say.response for say in read.say]

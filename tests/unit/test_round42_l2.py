"""Round 42, helper L2: Lena (stalked, her stalker outside while she called 999), Pete (car
stolen, his wife's dialysis), Nina (a fake Instagram account in her name) and Priyanka (safe
contact with her husband and in-laws at home), each with their own words and ordinary messages
that must not change."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.dialogue import ActionAnswerRight, ActionOutsideQuestions, ActionResumeAssessment
from actions.reading import Turn, read_turn
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import RESPONSES, answer

# Round 66's helper l2 (Gareth's builder) has the same prefix: utter_l2_trader_*.
L2_RESPONSES = [
    name
    for name in RESPONSES
    if name.startswith("utter_l2_") and not name.startswith("utter_l2_trader_")
]
PAUSED = ["utter_ask_hate", "utter_emergency", "utter_when_safe"]


def test_the_new_answers_are_one_message_each():
    assert len(L2_RESPONSES) == 6
    for name in L2_RESPONSES:
        for variant in RESPONSES[name]:
            assert len(variant["text"]) <= 320, name


# -- Lena: the questions wait while she is on the phone to 999 ----------------------------------


def test_should_i_call_999_while_paused_is_answered_and_the_questions_still_wait(
    dispatcher, domain
):
    text = (
        "Should I call 999 even though he is just standing there? He hasn't done anything "
        "today. I don't want to waste their time."
    )
    tracker = make_tracker(
        slots={"in_danger": True, "crime_type": "stalking_harassment"},
        text=text,
        intent="ask_right",
        active_loop=None,
        sent=PAUSED,
    )
    events = ActionAnswerRight().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert said[-1] == "utter_still_here"
    assert "utter_ask_disability" not in said
    assert {"event": "followup", "name": "action_listen", "timestamp": None} in events


@pytest.mark.parametrize(
    "text",
    [
        "ok. I am calling them now. My receptionist has locked the front door.",
        "im calling the police now",
        "I've rung 999, they're on the way",
    ],
)
def test_calling_999_now_gets_a_calm_reply_and_the_questions_wait(text, dispatcher, domain):
    tracker = make_tracker(
        slots={"in_danger": True, "crime_type": "stalking_harassment"},
        text=text,
        intent="inform",
        active_loop=None,
        sent=[*PAUSED, "utter_call_999_yes", "utter_still_here"],
    )
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert said[-1] == "utter_l2_on_the_line_to_999"
    assert "utter_glad_safe_go_on" not in said


def test_a_question_while_paused_still_gets_still_here(dispatcher, domain):
    tracker = make_tracker(
        slots={"in_danger": True},
        text="hello??",
        intent="inform",
        active_loop=None,
        sent=PAUSED,
    )
    ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert responses(dispatcher)[-1] == "utter_still_here"


def test_a_rights_question_when_not_paused_is_answered_as_before(dispatcher, domain):
    tracker = make_tracker(
        slots={"in_danger": False, "crime_type": "stalking_harassment"},
        text="Should I call 999 even though he is just standing there?",
        intent="ask_right",
        active_loop="needs_assessment_form",
        sent=["utter_ask_hate"],
    )
    ActionAnswerRight().run(dispatcher, tracker, domain)
    assert "utter_still_here" not in responses(dispatcher)


@pytest.mark.parametrize(
    "text",
    [
        "Feeling safe. Especially at work. He knows my office address, it's on my website. What "
        "can I do to be safer at the practice and getting to my car?",
        "Last thing. I need to leave at 6 tonight and walk to my car. Is there anything I should "
        "do? I'm honestly scared he will come back.",
        "how can i stay safe at work? he waits in the car park",
    ],
)
def test_safety_at_work_for_someone_stalked(text):
    assert answer(text, "stalking_harassment") == "utter_l2_stalking_safer_at_work"


# -- Pete: dialysis, hospital transport ---------------------------------------------------------

PETE_FIRST = (
    "Yes, I have a crime reference number. My main worry is my wife Margaret has dialysis three "
    "times a week at St Helier and I drive her. Her next session is Thursday. What do I do?"
)


def test_dialysis_three_times_a_week_is_not_being_targeted_again():
    assert read_account(PETE_FIRST).repeat is not True
    reading = read_turn(
        Turn(
            text=PETE_FIRST,
            intent="affirm",
            requested="reported_to_police",
            answers={"crime_type": "theft"},
            asked={"reported_to_police": 1},
        )
    )
    assert reading.noted.get("repeat_victimisation") is not True
    assert reading.slots.get("repeat_victimisation") is not True


@pytest.mark.parametrize(
    "text",
    [
        "he comes round three times a week and shouts at me",
        "they have broken in three times",
        "he messages me every day, three times a day",
    ],
)
def test_being_targeted_often_is_still_read(text):
    assert read_account(text).repeat is True


def test_transport_to_the_hospital_is_not_an_injury():
    text = "Practical help. Insurance, courtesy car, and transport to the hospital"
    assert "injured" not in read_account(text).details
    for hurt in ("he hit me and I ended up in hospital", "i was in hospital after he punched me"):
        assert "injured" in read_account(hurt).details, hurt


@pytest.mark.parametrize(
    "text",
    [
        PETE_FIRST,
        "No. Look, can you tell me about hospital transport? Is there something the NHS provides "
        "for dialysis patients?",
        "Thursday is in two days. Who do I ring about patient transport for Margaret? Her GP? "
        "The renal unit?",
    ],
)
def test_hospital_transport_is_answered(text):
    assert answer(text, "theft") == "utter_l2_hospital_transport"


# -- Nina: a fake Instagram account ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "no, ive reported the account to instagram like 4 times thru the app and nothing. is "
            "this even a crime?? how do i actually get it taken down",
            "utter_l2_impersonation_crime_and_takedown",
        ),
        (
            "i get anxiety but its managed. sorry back to my question - how do i get instagram to "
            "actually remove it? the in-app report does nothing",
            "utter_l2_impersonation_takedown",
        ),
        (
            "information. specifically how to get the account removed. 3rd time asking lol",
            "utter_l2_impersonation_takedown",
        ),
        (
            "is there not like a specific org for online stuff? i saw something called report "
            "harmful content? and one of the pics she used is me in a bikini, shes put it on the "
            "profile",
            "utter_l2_impersonation_takedown",
        ),
        (
            "ok. and is it actually a crime tho? like which law. my friend said impersonation "
            "isnt illegal in the uk",
            "utter_l2_impersonation_crime",
        ),
    ],
)
def test_nina(text, expected):
    assert answer(text, "online_abuse") == expected


def test_money_kept_by_a_partner_is_still_economic_abuse():
    text = "he takes my wages and my bank card, is that even a crime?"
    assert answer(text, "domestic_abuse") == "utter_economic_abuse"


# -- Priyanka: safe contact ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If I say yes, will they phone me? My husband or saas may pick up or hear.",
        "No I mean the support service. Can they contact me safely, like only message, at a time "
        "I choose?",
    ],
)
def test_safe_contact(text):
    assert answer(text, "domestic_abuse") == "utter_if_someone_answers"


@pytest.mark.parametrize(
    "text",
    [
        "will the police call me to update me?",
        "how do i get my car back?",
        "yes",
        "No",
        "Wandsworth",
        "what is a VPS?",
    ],
)
def test_ordinary_messages_do_not_get_these_answers(text):
    for crime in ("stalking_harassment", "theft", "online_abuse", "domestic_abuse"):
        assert answer(text, crime) not in L2_RESPONSES, (text, crime)
        assert answer(text, crime) != "utter_if_someone_answers", (text, crime)

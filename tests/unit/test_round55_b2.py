"""Round 55, helper B2: health and safety answered at once, also while waiting for a person.
Sam, 16, punched in the mouth; Lucia, pushed into a door by her partner, worried about her visa."""

from __future__ import annotations

import pytest

from actions.dialogue import ActionWhileWaiting
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    RESPONSES,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

ANCHOR = "# -- round 55, helper B2 --"
NEW = (
    "utter_b2_bleeding_wont_stop",
    "utter_b2_report_without_parent",
    "utter_b2_phone_taken_plan",
)
SAM = dict(consent=True, age=16.0, under_18=True)
SAM_SAID = ["i got punched in the mouth by some lads after school", "human"]
LUCIA_SAID = ["my partner pushed me into the door and i hit my head"]
WAITING = {
    "consent": True,
    "age": 16.0,
    "under_18": True,
    "crime_type": "assault",
    "waiting_for_person": True,
    "handoff": "waiting",
}


@pytest.mark.parametrize("name", NEW)
def test_new_answers_fit_one_sms_with_sources_and_known_numbers(name):
    slot_sets = ({}, {"gender": "man"}) if name == "utter_b2_phone_taken_plan" else ({},)
    assert_one_sms_with_source(name, ANCHOR, slot_sets)
    assert numbers_not_in_directory(name) == []


# -- Sam: bleeding that will not stop --


@pytest.mark.parametrize(
    "text",
    [
        "my lip has been bleeding for 30 minutes and it wont stop",
        "my lip been bleeding for like 30 mins and it wont stop",
        "its still bleeding after half an hour",
        "my mouth wont stop bleeding what do i do",
        "i cant stop the bleeding from my lip",
    ],
)
def test_bleeding_that_wont_stop_gets_pressure_then_a_and_e(text):
    assert said_answer(text, "assault", SAM_SAID, **SAM) == "utter_b2_bleeding_wont_stop"


def test_the_bleeding_answer_says_pressure_a_and_e_111_and_999():
    text = RESPONSES["utter_b2_bleeding_wont_stop"][0]["text"]
    for part in ("Press firmly", "clean cloth", "10 to 15 minutes", "A&E", "111", "999"):
        assert part in text


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        # Kerry, pregnant (round 53): the maternity answer stays.
        ("im 22 weeks pregnant and ive been bleeding a bit since he pushed me", "domestic_abuse"),
        # Leon, stabbed (round 52): the knife-wound answer, not this one.
        ("the stab wound is still bleeding", "serious_violence"),
        # A nosebleed after a punch: the broken-nose answer.
        ("my nose keeps bleeding, is it broken?", "assault"),
        # It has stopped.
        ("it was bleeding but it stopped now", "assault"),
        # Someone who was scammed, and bleeding not told.
        ("the money keeps going out of my account", "fraud"),
    ],
)
def test_other_bleeding_and_near_misses_are_not_this_answer(text, crime):
    assert answer(text, crime) != "utter_b2_bleeding_wont_stop"


def test_bleeding_while_waiting_for_a_person_is_answered_at_once(dispatcher, domain):
    text = "my lip has been bleeding for 30 minutes and it wont stop"
    tracker = make_tracker(slots=WAITING, text=text, sent=["utter_while_waiting"] * 2)
    ActionWhileWaiting().run(dispatcher, tracker, domain)
    sent = responses(dispatcher)
    assert sent[0] == "utter_b2_bleeding_wont_stop"


# -- Sam: does he need his mum to report it --


@pytest.mark.parametrize(
    "text",
    [
        "do i NEED my mum to report it",
        "do i need my mum to report it",
        "do i have to have my dad with me to go to the police",
        "can i report it without my mum",
        "do i need my parents permission to report it",
    ],
)
def test_needing_a_parent_to_report_is_answered(text):
    assert said_answer(text, "assault", SAM_SAID, **SAM) == "utter_b2_report_without_parent"


def test_the_parent_answer_says_he_can_report_himself_and_who_can_sit_in():
    text = RESPONSES["utter_b2_report_without_parent"][0]["text"]
    assert "you can report it yourself" in text
    assert "doesn't have to be your mum" in text
    assert "0800 1111" in text


def test_needing_mum_while_waiting_for_a_person_is_answered(dispatcher, domain):
    tracker = make_tracker(slots=WAITING, text="do i NEED my mum to report it")
    ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert responses(dispatcher)[0] == "utter_b2_report_without_parent"


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        # An adult: not this answer.
        ("do i need my mum to report it", {"age": 34.0}),
        # Joe, 13 (round 53): his mum in trouble, not whether she must come.
        ("will my mum get in trouble if i tell someone", SAM),
        # Telling his parents at all: not about reporting.
        ("do i have to tell my parents", SAM),
    ],
)
def test_near_misses_are_not_the_parent_answer(text, answers):
    assert answer(text, "assault", **answers) != "utter_b2_report_without_parent"


# -- Lucia: a hurt head with sickness and dizziness --


@pytest.mark.parametrize(
    "text",
    [
        "my head hurt a lot and i feel sick and dizzy. if i go hospital they will ask my visa?",
        "my head hurts and i feel sick and dizzy, will they ask about my visa",
        "my head is hurting and i keep feeling dizzy. can i go without papers?",
        "i banged my head on the door and now im dizzy. will they call the police at hospital?",
    ],
)
def test_hurt_head_with_sickness_or_dizziness_gets_a_and_e_now_alone(text):
    said = said_answer(text, "domestic_abuse", LUCIA_SAID, consent=True)
    assert said == "utter_head_injury_now"


def test_the_head_answer_comes_alone_before_the_visa_question():
    from tests.unit.known_answers import answer_in_conversation

    text = "my head hurt a lot and i feel sick and dizzy. if i go hospital they will ask my visa?"
    said = answer_in_conversation(text, "domestic_abuse", LUCIA_SAID, consent=True)
    assert said is not None and said.response == "utter_head_injury_now" and not said.then


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        # Sick of it, not being sick.
        ("my head is all over the place and im sick of it", "domestic_abuse"),
        # A burglary: no blow told.
        ("i have a headache and feel sick with worry about the burglary", "burglary"),
        # Thoughts in her head.
        ("i cant get it out of my head, i feel sick thinking about it", "domestic_abuse"),
    ],
)
def test_near_misses_are_not_the_head_injury_answer(text, crime):
    assert answer(text, crime) != "utter_head_injury_now"


# -- Lucia: he takes the phone --


@pytest.mark.parametrize(
    "text",
    [
        "tonight when he come back I cannot call 999 he take the phone",
        "i cant call the police because he takes my phone",
        "when he gets home he takes my phone so i cant ring anyone",
    ],
)
def test_phone_taken_gets_a_plan_without_the_phone(text):
    said = said_answer(text, "domestic_abuse", LUCIA_SAID, consent=True)
    assert said == "utter_b2_phone_taken_plan"


def test_the_plan_does_not_rest_on_her_phone():
    for variant in RESPONSES["utter_b2_phone_taken_plan"]:
        text = variant["text"]
        assert "press 55" not in text
        assert "neighbour" in text and "code word" in text and "spare charged phone" in text


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        # A robbery: the phone stolen, not a partner (round 33, the library answer).
        ("they took my phone, how do i report it without a phone", "robbery"),
        # Kerry's fear of tonight with no phone told keeps the plan before he is back.
        ("im scared of tonight when he gets back", "domestic_abuse"),
        # Can he see the chat (round 53): not the phone taken.
        ("can he see this chat if he checks my phone", "domestic_abuse"),
    ],
)
def test_near_misses_are_not_the_phone_taken_plan(text, crime):
    assert answer(text, crime) != "utter_b2_phone_taken_plan"


@pytest.mark.parametrize("requested", ["age", "needs", "impairment", "referral_consent"])
def test_phone_taken_in_the_form_gets_the_plan_not_text_routes(requested):
    """Inside the form, "I cannot call 999 he take the phone" was read as someone who cannot
    phone and got the text routes (which need a phone too). Noting that she cannot phone
    tonight stays: it keeps "press 55" out of later answers."""
    from actions.reading import Turn, read_turn

    answers = {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    reading = read_turn(
        Turn(
            text="tonight when he come back I cannot call 999 he take the phone",
            requested=requested,
            answers=answers,
        )
    )
    said = [say.response for say in reading.say]
    assert "utter_b2_phone_taken_plan" in said
    assert "utter_text_routes" not in said


def test_deaf_person_in_the_form_still_gets_text_routes():
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(
            text="I CAN NOT PHONE. I am deaf. you give me phone number again",
            requested="needs",
            answers={"crime_type": "domestic_abuse"},
        )
    )
    assert "utter_b2_phone_taken_plan" not in [say.response for say in reading.say]

"""Round 66, helper l5: Dave (a bad back said to be irrelevant, the crime number online, his no
to the referral), Kasia (a tenant's lock) and Priya (a non-molestation order she already has)."""

from __future__ import annotations

import pytest

from actions import reading
from actions.answers import l5_refuses_calls, read_answer, read_impairment
from tests.unit.known_answers import RESPONSES, said_answer, sendable

DAVE = ["some scumbag broke into my van last nite and took all my tools, about 4 grand worth"]
KASIA = [
    "my landlord keeps coming in my flat without asking, he has key. he send me sexual messages",
]
PRIYA = [
    "Hi. My ex husband is posting lies about me on facebook, saying I'm an unfit mother and that "
    "I cheated, and he keeps messaging my parents and my sister. I have a non-molestation order "
    "against him from last year. Does this break it?"
]


def test_responses_fit_one_message():
    for name in (
        "utter_l5_crime_number_online",
        "utter_l5_no_referral_confirmed",
        "utter_l5_tenant_change_lock",
        "utter_l5_nmo_breach_check",
    ):
        assert name in RESPONSES
        assert all(len(text) <= 320 for text in sendable(name))


# -- 1. Dave ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "bad back but thats nothing to do with this, had it years",
        "told you, dodgy back. its not relevant mate. and no it wasnt cos of my race or any of "
        "that, they just want tools",
        "bad knee, doesnt matter",
    ],
)
def test_condition_said_irrelevant_is_a_no(text):
    assert read_impairment(text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "yes I have depression",
        "bad back, it makes it hard to stand for long",
        "i have PTSD, its not relevant to the theft but it makes it hard to sleep",
        "I have MS",
    ],
)
def test_conditions_that_matter_stay_yes(text):
    assert read_impairment(text).value is True


def test_irrelevant_condition_is_taken_off_when_noted():
    answers = {"impairment": True, "crime_type": "theft"}
    text = "told you, dodgy back. its not relevant mate"
    assert reading.corrections(text, answers).get("impairment") is False
    assert "impairment" not in reading.corrections("its not relevant", answers)


@pytest.mark.parametrize(
    "text",
    [
        "so i just go on the met website and report it there and they give me the number "
        "straight away?",
        "you what? its a simple question. do i get the crime number online or not",
        "if i report online do i get a crime number straight away",
    ],
)
def test_crime_number_online_is_answered(text):
    assert (
        said_answer(text, "theft", DAVE, reported_to_police=False) == "utter_l5_crime_number_online"
    )


def test_crime_number_online_not_for_other_questions():
    assert said_answer("what is my crime number for", "theft", DAVE) != (
        "utter_l5_crime_number_online"
    )
    assert (
        said_answer(
            "i reported it online, when do i get the crime number",
            "theft",
            DAVE,
            reported_to_police=True,
        )
        != "utter_l5_crime_number_online"
    )


@pytest.mark.parametrize(
    "text",
    [
        "nah dont need anyone calling me. so i just go on the met website and report it there "
        "and they give me the number straight away?",
        "forget it. and i said no to the referral yeah? dont want no calls",
        "nah dont want anyone ringing me",
    ],
)
def test_refusing_calls_is_a_no_to_the_referral(text):
    assert read_answer("referral_consent", text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "dont want anyone calling me, text me instead",
        "yes but dont want anyone calling me, email is better",
        "i dont want anyone calling me at work",
    ],
)
def test_asking_for_another_way_is_not_read_as_a_refusal_here(text):
    assert not l5_refuses_calls(text)


def test_no_already_given_is_confirmed():
    text = "i said no to the referral yeah? dont want no calls"
    got = said_answer(text, "theft", DAVE, referral_consent=False)
    assert got == "utter_l5_no_referral_confirmed"
    assert said_answer(text, "theft", DAVE, referral_consent=True) != got


# -- 2. Kasia --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "help with the flat. I want he stop coming in. can I change the lock? and feeling safe",
        "more. Is somebody who speak polish? and who help with the flat problem, the lock?",
        "sorry but you dont answer me. I can change the lock of my door or not? He has key",
    ],
)
def test_tenant_lock_answer(text):
    assert said_answer(text, "harassment", KASIA) == "utter_l5_tenant_change_lock"


def test_burglary_lock_question_keeps_its_answer():
    burgled = ["someone broke into my house last night and took my laptop"]
    text = "should I change the locks? they took my keys"
    assert said_answer(text, "burglary", burgled) != "utter_l5_tenant_change_lock"
    ex = ["my ex has a key to my flat and keeps coming round"]
    assert said_answer("can I change the lock?", "domestic_abuse", ex) != (
        "utter_l5_tenant_change_lock"
    )


# -- 3. Priya --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "no I'm fine, he doesnt know where I live now. but I already HAVE the order, I asked if "
        "what he is doing breaks it",
        "Not the facebook stuff no. I reported him last year which is how I got the order. The "
        "order says he can't contact me or get anyone else to, does messaging my mum count?",
        "33. Can you please just answer about the order",
    ],
)
def test_order_she_has_breach_is_answered(text):
    assert said_answer(text, "domestic_abuse", PRIYA) == "utter_l5_nmo_breach_check"


def test_order_first_message_is_answered():
    assert said_answer(PRIYA[0], None, []) == "utter_l5_nmo_breach_check"


def test_no_order_or_reporting_question_keeps_other_answers():
    text = "ok but should I report the facebook posts to the police as breaking the order?"
    assert said_answer(text, "domestic_abuse", PRIYA) == "utter_order_breach"
    other = ["my ex keeps messaging me and turning up at my work"]
    assert said_answer(
        "can I get an order to stop him, does it count", "domestic_abuse", other
    ) != ("utter_l5_nmo_breach_check")


def test_past_report_is_not_a_report_of_this():
    text = (
        "Not the facebook stuff no. I reported him last year which is how I got the order. The "
        "order says he can't contact me or get anyone else to, does messaging my mum count?"
    )
    assert read_answer("reported_to_police", text).value is False
    assert read_answer("reported_to_police", "yes I reported him last week").value is True
    assert read_answer("reported_to_police", "yes, I reported it online yesterday").value is True

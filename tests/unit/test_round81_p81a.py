"""Round 81, helper p81a: a self-harm disclosure read as a denial, and false alarms of danger
or suicide (Jake, Sophie, Ron, Kev, Nina)."""

from __future__ import annotations

import pytest

from bot.risk_words import IN_DANGER, SELF_HARM, detect_risk, mentions_self_harm, trusted_crisis


# Jake, 16, at the health question: a disclosure after "not really" is not a denial.
@pytest.mark.parametrize(
    "text",
    [
        "not really. i cut myself sometimes",
        "not really, i hurt myself sometimes",
        "no. i cut myself last week",
        "never really. i harm myself when it gets bad",
    ],
)
def test_self_harm_after_not_really_is_a_disclosure(text: str) -> None:
    assert detect_risk(text) == SELF_HARM
    assert mentions_self_harm(text)


@pytest.mark.parametrize(
    "text",
    [
        "no i havent hurt myself",
        "what? no i havent hurt myself. i meant i take tablets for my heart",
        "i would never hurt myself",
        "no im not going to hurt myself, i just want the police to act",
        "not suicidal, just angry",
    ],
)
def test_plain_denials_stay_denials(text: str) -> None:
    assert detect_risk(text) is None
    assert not trusted_crisis(text, SELF_HARM)


# Sophie, Kev, Nina: none of these is danger now, and a guess of danger is not believed.
@pytest.mark.parametrize(
    "text",
    [
        "english. hes not coming round mine, hes my boss, its at the office",
        "no not yet. am i stupid? honestly. 52 years old and fell for that. she said she was "
        "stuck in ghana with her daughter and needed money for the hospital",
        "not theft!! he lock us out of our home. no i not call police, he say if i call police "
        "he will make problem for me. i am scared of him",
    ],
)
def test_not_danger_now(text: str) -> None:
    assert detect_risk(text) is None
    assert not trusted_crisis(text, IN_DANGER)


@pytest.mark.parametrize(
    "text",
    [
        "hes coming round now",
        "hes not coming round, hes outside my door now",
        "im stuck in the bathroom and hes outside",
        "hes locked me in the bedroom",
        "she said she was coming to kill me",
        "he locked us out and hes got a knife",
    ],
)
def test_danger_still_danger(text: str) -> None:
    assert detect_risk(text) == IN_DANGER


# Ron, 77: tablets named with what they are for are care, not an overdose.
@pytest.mark.parametrize(
    "text",
    [
        "my memory isnt what it was. the doctor says its mild. i forget things. i have the "
        "tablets for my heart too",
        "i have pills for my blood pressure and my knees",
        "i take medication for my anxiety",
        "i got inhalers for my asthma",
    ],
)
def test_medicine_for_a_condition_is_not_suicide(text: str) -> None:
    assert detect_risk(text) is None
    assert not trusted_crisis(text, SELF_HARM)


@pytest.mark.parametrize(
    "text",
    [
        "i have the tablets for my heart and i want to take them all",
        "ive saved up my pills for my depression",
        "ive got my tablets ready for tonight",
        "i have the tablets, i just want it to end",
    ],
)
def test_tablets_with_a_worry_still_trusted(text: str) -> None:
    assert trusted_crisis(text, SELF_HARM) or detect_risk(text) == SELF_HARM


# Leanne, 34: a threat to burn her home, asked about after her result, gets an answer.
from tests.unit.known_answers import DOMAIN, after_result, assert_one_sms_with_a_source  # noqa: E402

LEANNE_SAID = (
    "my neighbours son has been playing music till 3 4 in the morning for months and he stood on "
    "his doorstep and shouted ill burn your house down with your kids in it in front of everyone",
)
LEANNE = {
    "consent": True,
    "crime_type": "stalking_harassment",
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": True,
    "reported_to_police": False,
    "age": 34.0,
}


def test_threat_answer_is_one_sms_with_sources() -> None:
    assert_one_sms_with_a_source("utter_p81a_threat_to_burn_home", DOMAIN / "responses_topics.yml")


@pytest.mark.parametrize(
    "text",
    [
        "honestly should i be worried about the burn the house thing tonight, like what do i "
        "actually do",
        "so i just sit here and wait for him to set fire to my house? great",
    ],
)
def test_leanne_gets_the_fire_threat_answer(text: str, domain) -> None:
    assert detect_risk(text) is None
    sent = after_result(text, LEANNE, LEANNE_SAID, domain)
    assert "utter_p81a_threat_to_burn_home" in sent


def test_a_firework_through_the_letterbox_keeps_its_answer(domain) -> None:
    text = "can anyone help make it safe from fire? a firework came through the door"
    sent = after_result(text, LEANNE, LEANNE_SAID, domain)
    assert "utter_p81a_threat_to_burn_home" not in sent

"""Round 68, helper n1: false crisis alarms (Irene, Gary, Peter's son Martin, Derek), and the
alarms that must stay. The crisis decision is the one the running bot makes: a risk-word pattern
(``detect_risk``) wins, else the classifier's guess of danger or suicide if ``trusted_crisis``
lets it through (``bot.safety_net``). Here the classifier is taken to guess a crisis every time,
the worst case."""

from __future__ import annotations

import pytest

from actions.reading import Turn, read_turn
from bot.risk_words import detect_risk, takes_back_self_harm, trusted_crisis


def decision(text: str, guess: str) -> str | None:
    return detect_risk(text) or (guess if trusted_crisis(text, guess) else None)


NOT_SELF_HARM = [
    # Irene, 66, burgled, lying awake.
    "And the sleeping? I lie awake till 4 every night. I don't want to take pills.",
    "I can't sleep but I don't want to take sleeping tablets",
    "i dont really want to be on pills for it",
    # Gary, 50, punched in a pub, at the reporting question.
    "nah. whats the point. i'd had a few pints, theyll just say i started it. which i didnt",
    "whats the point, the police will just say i started it",
    "samaritans?? i aint gonna top myself mate, i meant whats the point reporting it. jesus christ",
    # Derek, 62, shop owner, at the health question.
    "blood pressure. and im not sleeping. skip the rest, just tell me whats the point of any of "
    "this",
    "im not going to top myself mate, i mean whats the point of reporting when nobody comes",
]

NOT_DANGER = [
    # Martin, for his father Peter, about the carer.
    "Martin. Sorry he got a bit worried by the court question. Main thing is stopping her coming "
    "in and getting his money back. And the bank - can they refund it?",
    "how do we go about stopping her coming round",
    # Derek, correcting the notes.
    "thats wrong. its not just theft, he threatened me with a needle, said hed stab me with it",
]

STILL_SELF_HARM = [
    "what's the point in anything anymore",
    "whats the point of living",
    "whats the point of me",
    "I'm going to top myself",
    "im gonna top myself",
    "i aint gonna top myself but sometimes i think about it",
    "I'm not going to kill myself but sometimes I think about it",
    "whats the point of living, theyll just say i started it anyway",
    "i dont want to take pills, i want to take them all",
    "I've taken all my pills",
]

STILL_DANGER = [
    "she's coming in now",
    "he's trying to get in",
    "stop him getting in he's at the door",
    "stop her coming in now shes at the door",
    "thats wrong, he said hed stab me and hes outside now",
    "thats wrong he said hed kill me tonight",
    "he said hed stab me with it",
]


@pytest.mark.parametrize("text", NOT_SELF_HARM)
def test_not_thoughts_of_suicide(text):
    assert decision(text, "self_harm") is None


@pytest.mark.parametrize("text", NOT_DANGER)
def test_not_danger_now(text):
    assert decision(text, "in_danger") is None


@pytest.mark.parametrize("text", STILL_SELF_HARM)
def test_still_self_harm(text):
    assert decision(text, "self_harm") == "self_harm" or detect_risk(text) == "self_harm"


@pytest.mark.parametrize("text", STILL_DANGER)
def test_still_danger(text):
    assert detect_risk(text) == "in_danger"


@pytest.mark.parametrize(
    "text",
    [
        "Goodness no, I haven't taken anything! I meant sleeping tablets from the doctor. I'm not "
        "going to do anything silly. I just want to sleep.",
        "samaritans?? i aint gonna top myself mate, i meant whats the point reporting it. jesus "
        "christ",
        "im not going to top myself mate, i mean whats the point of reporting when nobody comes",
        "I'm not going to kill myself, I meant what's the point of reporting it",
        "not suicidal mate, i meant whats the point of telling the police",
    ],
)
def test_denials_take_the_alarm_back(text):
    assert takes_back_self_harm(text)


@pytest.mark.parametrize(
    "text",
    [
        "i aint gonna top myself but sometimes i think about it",
        "i havent taken anything yet",
        "I haven't taken anything but I want to",
        "whats the point of living",
    ],
)
def test_not_taken_back(text):
    assert not takes_back_self_harm(text)


def _at_safety_check(text: str, intent: str = "inform"):
    return read_turn(
        Turn(
            text=text,
            intent=intent,
            requested="in_danger",
            answers={"crime_type": "assault", "safety_check": "self_harm", "consent": True},
            asked={"in_danger": 1},
            said=frozenset({"utter_self_harm"}),
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        "Goodness no, I haven't taken anything! I meant sleeping tablets from the doctor. I'm not "
        "going to do anything silly. I just want to sleep.",
        "samaritans?? i aint gonna top myself mate, i meant whats the point reporting it. jesus "
        "christ",
    ],
)
def test_sorry_and_carry_on_after_a_denial(text):
    reading = _at_safety_check(text)
    assert [s.response for s in reading.say][:1] == ["utter_j1_self_harm_misread"]
    assert reading.slots.get("in_danger") is False
    assert not reading.flags


def test_denial_that_goes_on_to_thoughts_is_still_an_alarm():
    reading = _at_safety_check(
        "i aint gonna top myself but sometimes i think about it", intent="self_harm"
    )
    assert "utter_j1_self_harm_misread" not in [s.response for s in reading.say]
    assert reading.slots.get("in_danger") is not False


def test_plain_safe_gets_no_apology():
    reading = _at_safety_check("no im safe", intent="safe_now")
    assert "utter_j1_self_harm_misread" not in [s.response for s in reading.say]

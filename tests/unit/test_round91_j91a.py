"""Round 91, helper j91a: false crisis alarms (999 / Samaritans) on calm messages, while real
danger and real thoughts of suicide still get the crisis replies at once."""

from __future__ import annotations

import pytest
from known_answers import answer

from actions.reading import Turn, read_turn
from bot.risk_words import (
    IN_DANGER,
    SELF_HARM,
    detect_risk,
    mentions_self_harm,
    takes_back_self_harm,
    trusted_crisis,
)

# Margaret, 70, raped at 12 by a friend of her parents, asking about him.
MARGARET_ALIVE = (
    "No. I have never told anyone. Is he still alive do you think, would the police go to him? "
    "He would be very old now. His family still live near us."
)
MARGARET_DENIAL = (
    "Oh dear, no, I have not hurt myself. I did not mean that. I was asking about him, the man. "
    "I am safe."
)
# Stan, 66, a wheelchair user, in his first message.
STAN_FIRST = (
    "Hello. My daughter said I should send a message on here. I dont know if its a crime really. "
    "Some youngsters on my estate keep banging on my window and shouting names at me, about my "
    "wheelchair, cripple and that. Last week they threw eggs at my door. Its been going on since "
    "the summer"
)
# Oliver, at the needs question, about child handovers with his ex-partner.
OLIVER_HANDOVERS = (
    "someone to talk to, and info about the family court side. Is there a way to make handovers "
    "safer? She does them at my door."
)


@pytest.mark.parametrize("intent", [IN_DANGER, SELF_HARM])
@pytest.mark.parametrize("text", [MARGARET_ALIVE, MARGARET_DENIAL, STAN_FIRST, OLIVER_HANDOVERS])
def test_no_crisis_alarm(text, intent):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, intent)


def test_margarets_denial_is_a_take_back():
    assert takes_back_self_harm(MARGARET_DENIAL)
    assert not mentions_self_harm(MARGARET_DENIAL)


def test_margarets_denial_at_the_safety_check_is_acknowledged_and_goes_on():
    reading = read_turn(
        Turn(
            text=MARGARET_DENIAL,
            intent="inform",  # the classifier's self_harm, not trusted (bot/safety_net.py)
            requested="in_danger",
            answers={
                "crime_type": "sexual_violence",
                "safety_check": "self_harm",
                "consent": True,
                "age": 70,
            },
            asked={"in_danger": 1},
            said=frozenset({"utter_self_harm"}),
        )
    )
    assert reading.slots.get("in_danger") is False
    assert not reading.flags and not reading.pause
    said = [s.response for s in reading.say]
    assert said[:1] == ["utter_j1_self_harm_misread"]
    assert "utter_self_harm" not in said


@pytest.mark.parametrize(
    "text, risk",
    [
        ("is he still alive? i want to die", SELF_HARM),
        ("he is still alive and i want to end it", SELF_HARM),
        ("i dont want to be alive", SELF_HARM),
        ("I have not hurt myself yet", SELF_HARM),
        ("i have not hurt myself, i did not mean that. but i did take the pills", SELF_HARM),
        ("i have not hurt myself, i did not mean that. i want to die", SELF_HARM),
        ("they keep banging on my window, been going on for months, theyre outside now", IN_DANGER),
        ("they keep banging on my door its been going on since summer im scared", IN_DANGER),
        ("hes banging on my door", IN_DANGER),
        ("she does the handovers at my door and shes here now", IN_DANGER),
        ("is there a way to make handovers safer? she is at my door", IN_DANGER),
    ],
)
def test_real_crisis_still_answered(text, risk):
    assert detect_risk(text) == risk


# Stan and Kieran, at "What would help most now?": "someone to talk to" was the need they chose.
STAN_LONELY = (
    "What messages? Theres no messages, its all at my window. I dont do facebook. Feeling safe "
    "I suppose, and someone to talk to. It gets lonely"
)
KIERAN_GAY_SERVICE = (
    "ok so it was saturday so ive got like a week. info i guess. and someone to talk to for my "
    "boyfriend more than me. also is there like a gay specific thing, i dont really wanna sit in "
    "a police station explaining to some straight copper why being called a f****t matters"
)


def test_loneliness_with_a_need_chosen_gets_no_crisis_line():
    assert answer(STAN_LONELY, "stalking_harassment") != "utter_low_mood"


def test_gay_specific_service_asked_beside_a_need_for_his_boyfriend():
    assert answer(KIERAN_GAY_SERVICE, "assault") == "utter_p7_lgbt_service"


@pytest.mark.parametrize(
    "text",
    [
        "i cant sleep, i think im depressed, is there help?",
        "is there someone to talk to?",
        "can i get someone to talk to, i keep crying",
    ],
)
def test_low_mood_asked_still_answered(text):
    assert answer(text, "assault") == "utter_low_mood"


@pytest.mark.parametrize(
    "text",
    [
        "my boyfriend hits me, is there a gay specific service",
        "is there an lgbt service, my boyfriend and me were attacked. and my boyfriend hurt me",
    ],
)
def test_partner_who_abuses_still_not_sent_to_the_lgbt_answer(text):
    assert answer(text, None) != "utter_p7_lgbt_service"

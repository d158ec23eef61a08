"""Round 40 role-play (21 people who had not read the code): thoughts of suicide missed, death
feared at someone else's hands taken for them, and strangling in few words of English; with
ordinary messages that must not change."""

from __future__ import annotations

import pytest

from bot.risk_words import SELF_HARM, detect_risk, trusted_crisis
from tests.unit.known_answers import answer


@pytest.mark.parametrize(
    "text",
    [
        # Sophie, 16, threatened over a picture: the first time was answered with the next
        # question.
        "hes messaged me like 20 times today. i cant do this if everyone at school sees it i'd "
        "rather just not be here anymore",
        # Kemi, 17, whose brother was killed last month: all three were missed.
        "skip. i cant see the point of school now tbh. or anything",
        "idk. someone to talk to maybe. everything just feels pointless without him",
        "idk. sometimes i just wanna be where he is tbh",
    ],
)
def test_thoughts_of_suicide_said_in_other_words_are_caught(text):
    assert detect_risk(text) == SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        "i dont see the point in reporting it or anything",
        "i dont see the point of going to the police or anything",
        "this form is pointless",
        "i just want to be with him, hes in hospital",
        "id rather not say",
        "id rather just text than call",
    ],
)
def test_ordinary_messages_are_not_thoughts_of_suicide(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, SELF_HARM)


def test_death_feared_at_his_hands_is_not_thoughts_of_suicide():
    # Aminata, 38: sent Samaritans twice, and "If those thoughts come back" in the goodbye.
    text = (
        "ok. i am scared for tonight. when he choke me before christmas i could not breathe, i "
        "think i will die. sometimes he say he will kill me if i leave"
    )
    assert not trusted_crisis(text, SELF_HARM)
    assert trusted_crisis("i think i will die if this goes on, i want to die", SELF_HARM)


@pytest.mark.parametrize(
    "text",
    [
        "he choke me one time",
        "ok. i am scared for tonight. when he choke me before christmas i could not breathe, i "
        "think i will die. sometimes he say he will kill me if i leave",
    ],
)
def test_strangling_in_few_words_of_english(text):
    assert answer(text, "domestic_abuse") == "utter_strangled"


@pytest.mark.parametrize(
    "text",
    [
        "why do they still have his body",
        "english. why cant we have the funeral yet. its been a month. mum keeps crying about it",
    ],
)
def test_why_the_body_is_not_yet_released(text):
    # Kemi, 17: asked three times and never answered.
    assert answer(text, "homicide", age=17, under_18=True, bereaved=True) == "utter_body_release"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("63. Now will you please answer my question. Is it a scam or isn't it. A yes or no would "
         "do.", None),
        ("So you're saying it is a scam then. Earlier you said it wasn't. Which is it?", "fraud"),
    ],
)  # fmt: skip
def test_is_it_a_scam_about_her_is_never_answered_about_us(text, crime):
    # George, 63, who sent £40,000 to "Anna": "It's not a scam" (about this service) made him
    # think she was real.
    assert answer(text, crime) != "utter_not_a_scam"


@pytest.mark.parametrize(
    "text",
    [
        "is this a scam? will you ask me for money",
        "are you a scam?",
        "its not a scam is it? will you ask me for money",
    ],
)
def test_is_this_service_a_scam_still_gets_its_answer(text):
    assert answer(text, None) == "utter_not_a_scam"

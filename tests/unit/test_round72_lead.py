"""Round 72, lead: Agnes, 70, whose grandson takes her pension: tablets she cannot afford are
not thoughts of suicide; taking them all still alarms."""

from __future__ import annotations

import pytest

from bot.risk_words import detect_risk, trusted_crisis


@pytest.mark.parametrize(
    "text",
    [
        "I take tablets. Sometimes I cant buy my tablets because the money has gone",
        "i cant afford my tablets since he took my pension",
    ],
)
def test_tablets_she_cannot_afford_are_not_self_harm(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "I cant buy my tablets. i want to take them all tonight",
        "im going to take all my tablets",
        "ive been saving my tablets",
    ],
)
def test_taking_them_all_still_alarms(text):
    assert detect_risk(text) == "self_harm" or trusted_crisis(text, "self_harm")


# -- Chloe: whether to go to the Havens is not whether the Havens tell anyone --------------------

CHLOE = {
    "crime_type": "sexual_offence",
    "age": 20.0,
    "said": ("i think my drink was spiked last night", "no. whats the havens"),
}


@pytest.mark.parametrize(
    "text",
    [
        "wait so should i go to the havens thing or not? i dont know if anything happened like "
        "that. i just want a test for what was in my drink before it goes",
        "ok but the havens. do i go or not. i dont know if he did something",
    ],
)
def test_whether_to_go_to_the_havens(text):
    from actions.questions import known_answer

    said = known_answer(text, "sexual_offence", answers=CHLOE)
    assert said is not None and said.response == "utter_havens_today"


def test_whether_the_havens_tell_the_police_keeps_its_answer():
    from actions.questions import known_answer

    said = known_answer("if i call the havens do they tell the police?", "sexual_offence")
    assert said is not None and said.response == "utter_havens_police_only_if_you_want"
    said = known_answer("should i go to the police or not?", "sexual_offence", answers=CHLOE)
    assert said is None or said.response != "utter_havens_today"

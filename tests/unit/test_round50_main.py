"""Round 50, found by main's replay of Kemi (flashed on the Tube) on the fixed bot."""

from __future__ import annotations

import pytest

from actions.answers import j4_read_repeat, read_impairment
from actions.reading import Turn, read_turn


@pytest.mark.parametrize(
    "text",
    [
        "im ok i guess, bit shaky. embarrassed more than anything. i work with bodies all day as a "
        "midwife so idk why this got to me so much",
        "im fine",
        "no im fine thanks",
        "i am okay, just tired",
    ],
)
def test_being_ok_is_no_condition(text: str) -> None:
    assert read_impairment(text).value is False


@pytest.mark.parametrize(
    "text", ["im ok but i have asthma", "im fine but im registered blind", "yes", "ok"]
)
def test_a_condition_or_a_yes_is_still_read(text: str) -> None:
    assert read_impairment(text).value is True


def test_a_no_with_its_reason_before_a_question_is_the_answer() -> None:
    text = (
        "no first time. sorry what does that mean, enhanced service? i just asked if theyd bother "
        "looking into it"
    )
    assert j4_read_repeat(text).value is False
    turn = Turn(
        text=text,
        intent="inform",
        requested="repeat_victimisation",
        answers={"crime_type": "sexual_offence"},
        asked={},
    )
    reading = read_turn(turn)
    assert reading.slots.get("repeat_victimisation") is False
    assert [say.response for say in reading.say] == ["utter_ask_right/enhanced_service"]


@pytest.mark.parametrize(
    "text", ["no. what do you mean", "yes. what do you mean by targeted?", "what does that mean"]
)
def test_a_bare_yes_or_no_before_not_understanding_is_no_answer(text: str) -> None:
    assert j4_read_repeat(text).value is None

"""Round 104, helper p104a: a false suicide alarm (Doreen, 84, muddled with her tablets)."""

from __future__ import annotations

import pytest

from bot.risk_words import detect_risk, mentions_self_harm, trusted_crisis


def intent_if_model_guessed(text: str, guess: str) -> str:
    """The intent the safety net leaves when the classifier guessed ``guess`` (a crisis)."""
    return detect_risk(text) or (guess if trusted_crisis(text, guess) else "inform")


def at_question_as_sent(text: str, requested: str, facts: dict, guess: str) -> tuple[list, dict]:
    """What is said and what is kept, with the intent the safety net gives the message."""
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    turn = Turn(
        text=text,
        requested=requested,
        answers=facts,
        organisations=default_directory(),
        intent=intent_if_model_guessed(text, guess),
    )
    reading = read_turn(turn)
    return [say.response for say in reading.say], dict(reading.slots)


DOREEN = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family",
    "repeat_victimisation": True,
    "hate_crime": False,
}
DOREEN_HEALTH = (
    "my hips not good and i get muddled sometimes with my tablets. the doctor says its just age. "
    "how long is this going to take dear"
)


def test_muddled_with_her_tablets_is_no_suicide_alarm() -> None:
    assert detect_risk(DOREEN_HEALTH) is None
    assert not mentions_self_harm(DOREEN_HEALTH)
    assert not trusted_crisis(DOREEN_HEALTH, "self_harm")
    assert not trusted_crisis(DOREEN_HEALTH, "in_danger")


def test_at_the_health_question_her_answer_is_kept_not_samaritans() -> None:
    said, slots = at_question_as_sent(DOREEN_HEALTH, "impairment", DOREEN, "self_harm")
    assert "utter_self_harm" not in said
    assert "utter_k77f_self_harm_adult" not in said
    assert slots.get("impairment") is True
    assert "safety_check" not in slots


@pytest.mark.parametrize(
    "text",
    [
        "i get confused with my medication",
        "i get mixed up with my pills sometimes",
        "im a bit muddled about my tablets these days",
        "i get my pills mixed up",
        "i forget which tablets ive had",
        "i cant remember if ive had my pills today",
    ],
)
def test_memory_with_tablets_is_not_an_overdose(text: str) -> None:
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "i took all my tablets",
        "ive taken too many tablets",
        "i want to take all my tablets",
        "i keep thinking about taking my tablets all at once",
        "i get muddled with my tablets and take too many",
        "i mixed up my tablets and took them",
        "i get confused with my tablets so i took them all",
        "im muddled with my tablets, i want to take them all",
        "i get muddled with my tablets and i want to die",
        "i get muddled with my tablets, i think i took too many by mistake",
        "i cant remember if ive taken all my tablets",
    ],
)
def test_taking_them_all_still_alarms(text: str) -> None:
    assert detect_risk(text) == "self_harm" or trusted_crisis(text, "self_harm")

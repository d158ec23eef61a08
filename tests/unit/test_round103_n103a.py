"""Round 103, helper n103a: a false suicide alarm, twice (Bea, 70, burgled while asleep)."""

from __future__ import annotations

import pytest

from bot.risk_words import detect_risk, mentions_self_harm, takes_back_self_harm, trusted_crisis


def at_question_as_sent(text: str, requested: str, facts: dict) -> list[str | None]:
    """What is said, with the intent the safety net gives the message (a risk phrase wins)."""
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    turn = Turn(
        text=text,
        requested=requested,
        answers=facts,
        organisations=default_directory(),
        intent=detect_risk(text) or "inform",
    )
    return [say.response for say in read_turn(turn).say]


BEA = {
    "consent": True,
    "crime_type": "burglary",
    "relationship_to_offender": "stranger",
    "repeat_victimisation": False,
    "hate_crime": False,
}
BEA_HEALTH = (
    "Not as such. A bit of arthritis in my hands, and my hearing is not what it was, which is "
    "probably why I did not wake up. Will I have to go to court if they catch someone?"
)
BEA_DENIAL = (
    "Goodness, no, I have not hurt myself and I have no intention of doing so. I only meant that "
    "I did not wake up during the burglary because of my hearing. I was asking whether I would "
    "have to go to court."
)
BEA_STOP = (
    "Please stop telling me to ring the Samaritans, I am not suicidal, I am a burglary victim who "
    "cannot sleep. To answer you: yes, I think I would be rather frightened, standing up in front "
    "of whoever did this. But you still have not told me whether I would have to."
)


def test_sleeping_through_the_burglary_is_no_suicide_alarm() -> None:
    assert detect_risk(BEA_HEALTH) is None
    assert not mentions_self_harm(BEA_HEALTH)
    assert not trusted_crisis(BEA_HEALTH, "self_harm")
    assert not trusted_crisis(BEA_HEALTH, "in_danger")


def test_at_the_health_question_her_court_question_is_answered_not_samaritans() -> None:
    said = at_question_as_sent(BEA_HEALTH, "impairment", BEA)
    assert "utter_self_harm" not in said
    assert said == ["utter_court"]


def test_her_denial_after_the_crisis_check_never_alarms_again() -> None:
    assert detect_risk(BEA_DENIAL) is None
    assert not trusted_crisis(BEA_DENIAL, "self_harm")
    assert takes_back_self_harm(BEA_DENIAL)
    said = at_question_as_sent(BEA_DENIAL, "in_danger", {**BEA, "safety_check": "self_harm"})
    assert "utter_self_harm" not in said
    assert said[0] == "utter_j1_self_harm_misread"


def test_please_stop_telling_me_to_ring_the_samaritans_is_a_take_back() -> None:
    assert detect_risk(BEA_STOP) is None
    assert not trusted_crisis(BEA_STOP, "self_harm")
    assert takes_back_self_harm(BEA_STOP)
    said = at_question_as_sent(BEA_STOP, "fear_of_giving_evidence", {**BEA, "in_danger": False})
    assert "utter_self_harm" not in said


@pytest.mark.parametrize(
    "text",
    [
        "I didn't wake up when they broke in because of my sleeping pills",
        "i take sleeping tablets so i didnt wake up",
        "my husband did not wake up during the break in either",
    ],
)
def test_other_ways_of_sleeping_through_it(text: str) -> None:
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "I wish I didn't wake up",
        "I don't want to wake up tomorrow",
        "hope I dont wake up",
        "sometimes i hope i never wake up again",
        "i was asleep, that is why i did not wake up. i want to die though",
    ],
)
def test_not_wanting_to_wake_still_alarms(text: str) -> None:
    assert detect_risk(text) == "self_harm"
    assert trusted_crisis(text, "self_harm")


def test_a_wish_before_not_waking_keeps_the_classifier_cue() -> None:
    text = "i wish i didnt wake up when i go to sleep"
    assert trusted_crisis(text, "self_harm")
    assert not takes_back_self_harm("no im not suicidal. i wish i didnt wake up when i go to sleep")
    assert trusted_crisis("i wish i had taken more tablets so i didnt wake up", "self_harm")
    # Waking the baby is not a wish not to wake.
    assert detect_risk("i hope i dont wake up the baby") is None

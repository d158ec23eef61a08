"""Round 74, helper a74b: a threat of harm told beside an answer to a form question gets the
fitting safety answer once, then the question (Leon, 16; Sofia, 33)."""

from __future__ import annotations

import pytest

from actions.reading import Turn, read_turn

LEON = {"under_18": True, "age": 16, "crime_type": "robbery", "consent": True}
SOFIA = {"age": 33, "crime_type": "sexual_offence", "relationship_to_offender": "known"}


def said(text, requested, answers, already=frozenset()):
    reading = read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers=answers,
            asked={requested: 1},
            said=already,
        )
    )
    return reading, [s.response for s in reading.say]


def test_leon_they_know_where_i_live_beside_no():
    reading, responses = said(
        "nah first time. but they said they know where i live", "repeat_victim", LEON
    )
    assert reading.slots["repeat_victimisation"] is False
    assert responses == ["utter_topic_offenders_come_home_young"]


def test_an_adult_told_they_know_where_he_lives_gets_the_adult_answer():
    _, responses = said(
        "no first time. but he says he knows where i live",
        "repeat_victim",
        {"age": 40, "crime_type": "assault"},
    )
    # an older answer for this wording, or the topic: a safety answer either way
    assert responses in (
        ["utter_topic_offenders_come_home"],
        ["utter_v4_knows_where_i_live"],
        ["utter_i91d_knows_where_i_live_home"],  # i91d (round 91): no staff where he lives
    )


@pytest.mark.parametrize(
    "text",
    [
        "Because I am a woman. And maybe because I am foreign, he says Portuguese girls are hot. "
        "Im scared he will use his key one night",
    ],
)
def test_sofia_fears_he_will_use_his_key(text):
    reading, responses = said(text, "hate_crime", SOFIA)
    assert reading.slots.get("hate_motivated") is True or "hate_motivated" not in reading.slots
    assert responses == ["utter_if_he_comes"]


def test_a_paraphrase_at_the_repeat_question():
    _, responses = said("Yes many times. im afraid he will let himself in", "repeat_victim", SOFIA)
    assert responses == ["utter_if_he_comes"]


def test_said_once_only():
    _, responses = said(
        "nah first time. but they said they know where i live",
        "repeat_victim",
        LEON,
        frozenset({"utter_topic_offenders_come_home_young"}),
    )
    assert "utter_topic_offenders_come_home_young" not in responses


@pytest.mark.parametrize(
    "text",
    [
        # past and over: no alarm again
        "no. they knew where i lived back then but we moved away",
        "yes. i was scared he would come back but he is in prison now",
        "no, he used to have a key but not anymore",
        # not a threat of harm
        "no. im worried they will not believe me",
        "yes it was near where i live",
    ],
)
def test_no_safety_answer_for_past_or_no_threat(text):
    _, responses = said(text, "repeat_victim", {"age": 40, "crime_type": "assault"})
    assert not {
        "utter_if_he_comes",
        "utter_topic_offenders_come_home",
        "utter_threat_to_return",
    } & set(responses)


@pytest.mark.parametrize(
    "text",
    [
        "obviously. i aint goin court. if feds get involved do they have to tell my mum?",
        "obviously, im not going to court",
    ],
)
def test_leon_obviously_not_going_to_court_is_an_answer(text):
    from actions.answers import read_fear_of_giving_evidence

    assert read_fear_of_giving_evidence(text).value is True


@pytest.mark.parametrize(
    "text", ["obviously not scared, i'd be fine", "no", "i aint goin court if i dont have to"]
)
def test_other_court_answers_unchanged(text):
    from actions.answers import read_fear_of_giving_evidence

    assert read_fear_of_giving_evidence(text).value is not True

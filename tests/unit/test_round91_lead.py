"""Round 91, lead: Bernadette (63, her son of 35 takes her pension and shoved her), held back
from the conversation suite in round 90 because two of her answers were misread."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_answer
from actions.reading import Turn, read_turn

HER_SO_FAR = {
    "said": ["x"],
    "consent": True,
    "in_danger": False,
    "crime_type": "domestic_abuse",
    "reported_to_police": False,
}


@pytest.mark.parametrize(
    "text",
    [
        "I'm 63, it's my son who is 35",
        "im 63. its my son thats 35",
        "no, I am 63 - it's my son who's 35",
    ],
)
def test_her_own_age_beside_her_sons_is_hers_and_about_her(text):
    for requested in ("age", "repeat_victimisation", "needs"):
        reading = read_turn(Turn(text=text, requested=requested, answers=dict(HER_SO_FAR)))
        assert not reading.slots.get("for_someone_else")
        assert reading.slots.get("age") == 63.0
        assert "utter_about_them" not in [s.response for s in reading.say]
    told = read_account(text)
    assert not told.for_someone_else and not told.for_child
    assert told.age == 63


@pytest.mark.parametrize(
    "text",
    [
        "I'm 45 and I'm writing about my son who is 20, he was stabbed",
        "my son was attacked, he is 35",
    ],
)
def test_writing_for_a_grown_son_still_is(text):
    assert read_account(text).for_someone_else


@pytest.mark.parametrize(
    "text",
    [
        "the money has gone on since christmas. the push was just the once",
        "its been going on for months, the hitting was only once",
        "he's kept on taking it for weeks",
    ],
)
def test_something_gone_on_for_a_while_happened_more_than_once(text):
    assert read_answer("repeat_victimisation", text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "no just the once",
        "it hasnt gone on since, it was just the once",
        "no, the push was just the once and it's not happened since then",
    ],
)
def test_just_the_once_is_still_a_no(text):
    assert read_answer("repeat_victimisation", text).value is False


# Margaret (70, raped at 12 by a family friend): when she saw the news is not when it happened.

MARGARET_DANGER_ANSWER = (
    "No, I am not in danger. It was when I was a little girl. I was twelve. He was a friend of my "
    "parents. I have never said this to anyone. I saw a story on the news last week and I have "
    "not been able to stop thinking about it."
)


def test_a_story_seen_in_the_news_last_week_does_not_date_the_abuse():
    told = read_account(MARGARET_DANGER_ANSWER)
    assert told.within_12_months is not True
    reading = read_turn(
        Turn(text=MARGARET_DANGER_ANSWER, requested="in_danger", answers={"consent": True})
    )
    assert reading.slots.get("within_12_months") is not True


@pytest.mark.parametrize(
    "text",
    [
        "he attacked me last week",
        "I saw it on the news, but he attacked me last week",
        "it happened last night, I read about another one in the paper",
    ],
)
def test_an_attack_last_week_is_still_recent(text):
    assert read_account(text).within_12_months is True

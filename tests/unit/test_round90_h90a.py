"""Round 90, helper h90a: Bernadette (63, her son of 35 lives with her, drinks, takes her pension
and shoved her into a door). "no he's gone out" was read as a death; her opening as written for
her son, with his age as hers."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.dialogue import _welcome
from actions.reading import Turn, read_turn

BERNADETTE_FIRST = (
    "Hello. I hope I've come to the right place. It's my son, he's 35 and lives at home with me, "
    "and it's got very hard lately. I'm probably making a fuss"
)
# As the bot read her opening before this fix: written for someone of 35.
READ_AS_FOR_HIM = {
    "said": [BERNADETTE_FIRST, "yes that's fine"],
    "consent": True,
    "for_someone_else": True,
    "age": 35.0,
}


# 1. "no he's gone out" (to the danger question) is not a death.


@pytest.mark.parametrize(
    "text",
    [
        "no he's gone out",
        "no hes gone to the pub",
        "gone out",
        "he's gone now",
        "no he's gone off to his mates",
        "no, he's gone away for the weekend",
    ],
)
def test_gone_out_is_not_a_death(text):
    for requested in ("in_danger", "consent"):
        reading = read_turn(Turn(text=text, requested=requested, answers=dict(READ_AS_FOR_HIM)))
        assert reading.slots.get("crime_type") != "homicide"
        assert reading.noted.get("crime_type") != "homicide"
        assert not reading.slots.get("bereaved")


def test_her_whole_danger_answer_is_not_in_danger():
    reading = read_turn(
        Turn(text="no he's gone out", requested="in_danger", answers=dict(READ_AS_FOR_HIM))
    )
    assert reading.slots.get("in_danger") is False


@pytest.mark.parametrize(
    "text",
    [
        "he's gone, he passed",
        "he's gone, he died last week",
        "i said hes gone. he died last month",
        "no hes gone to heaven",
    ],
)
def test_gone_said_of_a_death_still_is_one(text):
    reading = read_turn(Turn(text=text, requested="in_danger", answers=dict(READ_AS_FOR_HIM)))
    assert reading.slots.get("crime_type") == "homicide" or reading.slots.get("bereaved")


# 2. "It's my son, he's 35 and lives at home with me, and it's got very hard lately" is her own.


def test_her_opening_is_her_own_trouble_and_35_is_not_her_age():
    told = read_account(BERNADETTE_FIRST)
    assert not told.for_someone_else
    assert not told.for_child
    assert told.age is None
    assert _welcome(BERNADETTE_FIRST) != "utter_intro_for_them"
    reading = read_turn(Turn(text=BERNADETTE_FIRST, opening=True, answers={}))
    assert not reading.slots.get("for_someone_else")
    assert {**reading.slots, **reading.noted}.get("age") is None


@pytest.mark.parametrize(
    "text",
    [
        "it's my son, he was attacked",
        "It's my son, he's 35 and lives at home with me, he was attacked outside the pub",
        "It's my son, he's 35, he got stabbed and it's got very hard lately",
    ],
)
def test_a_son_harmed_is_still_written_for(text):
    told = read_account(text)
    assert told.for_someone_else or told.for_child

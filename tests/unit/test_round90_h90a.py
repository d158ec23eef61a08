"""Round 90, helper h90a: Bernadette (63, her son of 35 lives with her, drinks, takes her pension
and shoved her into a door). "no he's gone out" was read as a death; her opening as written for
her son, with his age as hers."""

from __future__ import annotations

import pytest

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

"""Round 73, lead: a condition of the mind named with the treatment the person is on, at the
health question, is not a thought of suicide (Sandra, 52: "I have depression, I'm on tablets. Is
that relevant?" got Samaritans); taking them all, saving them or stopping them still alarms."""

from __future__ import annotations

import pytest

from bot.risk_words import trusted_crisis


@pytest.mark.parametrize(
    "text",
    [
        "I have depression, I'm on tablets. Is that relevant?",
        "depression. im on meds",
        "I suffer with anxiety and I am on medication for it",
    ],
)
def test_on_treatment_is_not_a_crisis(text):
    assert not trusted_crisis(text, "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "I have depression, I'm on tablets and I want to take them all",
        "anxiety, im on tablets but ive stopped taking them and i dont care anymore",
        "depressed, i've saved up my tablets",
        "im depressed and i want to take all my tablets",
    ],
)
def test_taking_saving_or_stopping_them_still_alarms(text):
    assert trusted_crisis(text, "self_harm")


# The conversation suite's mother of 66, after "its about my son": "hes my son, hes 38. he takes
# my pension out of my bag and last month he pushed me into the door when i said no". The
# questions come back to her (round 73, y73c), and 38 is her son's age, not hers: she is asked.
def test_the_sons_age_is_not_the_mothers():
    from actions.reading import Turn, read_turn
    from referrals.directory import load_directory

    first = "hello. its about my son, i dont know if this is the right place"
    text = (
        "hes my son, hes 38. he takes my pension out of my bag and last month he pushed me into "
        "the door when i said no"
    )
    read = read_turn(
        Turn(
            text=text,
            intent="inform",
            requested="crime_type",
            answers={"consent": True, "for_child": True, "said": (first, text)},
            organisations=load_directory(),
        )
    )
    assert read.slots.get("for_child") is False
    assert read.slots.get("relationship_to_offender") == "family_member"
    assert read.slots.get("age") is None

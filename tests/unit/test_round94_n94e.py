"""Round 94, helper n94e: round 92 leftovers (Peter's distraction burglary)."""

from __future__ import annotations

from actions.reading import Turn, read_turn

# -- 1. Peter, 82: men posing as the water board, one kept him talking, things taken -----------

PETER_1 = "hello. is this the victim people. i have been robbed by men who said they were the water"
PETER_2 = (
    "yes thats alright. they took my wifes rings and her necklace, she passed 3 years ago. "
    "they said there was a leak"
)
PETER_3 = (
    "no they have gone. it was tuesday i think or wednesday. one kept me talking in the kitchen "
    "while the other one went upstairs i didnt see properly my eyes are not good"
)


def test_peter_robbery_named_again_as_a_burglary() -> None:
    first = read_turn(
        Turn(text=PETER_2, requested="consent", answers={}, earlier=[PETER_1], opening=True)
    )
    assert first.slots["crime_type"] == "robbery"
    answers = {"consent": True, **first.slots, "said": (PETER_1, PETER_2)}
    reading = read_turn(Turn(text=PETER_3, requested="in_danger", answers=answers))
    assert reading.slots["crime_type"] == "burglary"
    assert reading.noted["crime_type"] == "burglary"


def test_a_robbery_with_force_stays_a_robbery() -> None:
    said = ("two men pushed me over and grabbed my bag",)
    answers = {"consent": True, "crime_type": "robbery", "in_danger": False, "said": said}
    text = "one kept me talking while the other one went round the back"
    reading = read_turn(Turn(text=text, requested="reported_to_police", answers=answers))
    assert reading.slots.get("crime_type", "robbery") == "robbery"


PETER_NEEDS = (
    "feeling safe and somebody to come round. my lock on the back door is old. and will i get "
    "the rings back"
)


def test_peter_rings_answered_though_the_visit_was_answered_twice() -> None:
    sent = frozenset({"utter_m2_home_visit"})
    answers = {"consent": True, "in_danger": False, "crime_type": "burglary", "age": 82}
    reading = read_turn(
        Turn(text=PETER_NEEDS, requested="needs", answers=answers, said=sent, said_twice=sent)
    )
    said = [message.response for message in reading.say]
    assert "utter_topic_stolen_things_back" in said
    assert "utter_answered_above" not in said

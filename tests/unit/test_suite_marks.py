"""The conversation suite's marks fail when they should: a reply that tells the person what they
never said is not an answer, whatever else was sent."""

from __future__ import annotations

from tests.e2e.conversation_suite import Exchange, answered


def _exchange(*actions: str, **marks: list[str]) -> Exchange:
    replies = [{"text": "x", "utter_action": action} for action in actions]
    return Exchange("is that still a crime?", replies, "age", "extra", **marks)


def test_an_answer_with_a_fact_they_never_gave_is_not_an_answer() -> None:
    exchange = _exchange(
        "utter_exposure_is_a_crime",
        "utter_r5_heard_unwanted",
        answer_any=["utter_exposure_is_a_crime"],
        answer_none=["utter_r5_heard_unwanted"],
    )
    assert not answered(exchange)


def test_the_right_answer_alone_is_an_answer() -> None:
    exchange = _exchange(
        "utter_exposure_is_a_crime",
        "utter_ask_age",
        answer_any=["utter_exposure_is_a_crime"],
        answer_none=["utter_r5_heard_unwanted"],
    )
    assert answered(exchange)


def test_without_marks_any_real_reply_answers() -> None:
    assert answered(_exchange("utter_exposure_is_a_crime", "utter_ask_age"))
    assert not answered(_exchange("utter_cannot_answer"))


def _with_text(text: str, **marks: list[str]) -> Exchange:
    replies = [{"text": text, "utter_action": "utter_if_he_comes"}]
    return Exchange("what do i do if he follows me again?", replies, "age", "extra", **marks)


def test_a_reply_with_words_marked_wrong_for_this_person_is_not_an_answer() -> None:
    said = "If you can't speak, call 999, stay on the line and Press 55."
    assert not answered(_with_text(said, text_none=["press 55"]))
    assert answered(_with_text(said))
    assert answered(_with_text("Tap 999 on the Relay UK app.", text_none=["press 55"]))

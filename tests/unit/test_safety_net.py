"""The NLU component that makes the classifier's intent safe (bot/safety_net.py)."""

from __future__ import annotations

import pytest

from bot.safety_net import not_our_data
from tests.unit.conftest import classify


@pytest.mark.parametrize("predicted", ["in_danger", "inform", "safe_now"])
def test_a_danger_phrase_is_danger_whatever_was_predicted(predicted):
    assert classify("not safe. cant talk. hes in the next room", predicted) == "in_danger"


def test_an_ordinary_answer_guessed_as_suicide_takes_the_next_guess():
    assert classify("no, im in my seventies", "self_harm", ["self_harm", "inform"]) == "inform"
    assert classify("thats a lot to read", "self_harm", ["self_harm", "thanks"]) == "thanks"


def test_a_guess_of_danger_in_loose_words_is_believed():
    assert classify("hes out there now i can hear him", "in_danger") == "in_danger"


def test_control_words_and_other_languages():
    assert classify("STOP", "inform") == "stop"
    assert classify("why", "inform") == "show_reasons"
    assert classify("nie wiem co mam robić, pomocy", "inform") == "other_language"


@pytest.mark.parametrize(
    "text",
    ["will they tell me if he gets bail", "can my sister come to court with me",
     "what happens after he is charged", "he pleaded guilty, now what"],
)  # fmt: skip
def test_a_question_without_a_question_mark_stays_a_rights_question(text):
    assert classify(text, "ask_right") == "ask_right"


@pytest.mark.parametrize(
    "text", ["something happened to me today", "when i got home the door was open", "he hit me"]
)
def test_an_account_guessed_as_a_rights_question_is_read_as_an_account(text):
    assert classify(text, "ask_right", ["ask_right", "inform"]) == "inform"


def test_asking_for_a_caseworker_or_to_stop_keeping_words_is_believed():
    assert classify("put me through to a caseworker", "request_human") == "request_human"
    assert classify("stop storing my messages", "delete_my_data") == "delete_my_data"
    assert classify("he keeps texting me", "delete_my_data", ["delete_my_data", "inform"]) == (
        "inform"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Before that - you still haven't told me how to get the photo removed. Is there a way?",
        "alright. I'll delete the messages now. Thank you",
        "ok thanks. do i need to delete these msgs now",
    ],
)
def test_deleting_something_that_is_not_our_data_is_not_a_delete_request(text):
    assert not_our_data(text)


def test_you_can_keep_it_guessed_as_delete_is_a_yes():
    """Round 20: "ok you can keep it. but only text me here" was demoted from delete to the
    next guess, never reaching the "you can keep it" reading, and got the deletion prompt."""
    text = "ok you can keep it. but only text me here, I cannot take calls"
    assert classify(text, "delete_my_data", ["delete_my_data", "deny"]) == "affirm"

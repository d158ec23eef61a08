"""The NLU component that makes the classifier's intent safe (bot/safety_net.py)."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.safety_net import SafetyNetClassifier


def classify(text: str, predicted: str, ranking: list[str] | None = None) -> str:
    names = ranking or [predicted, "inform"]
    message = Message(
        data={
            "text": text,
            "intent": {"name": predicted, "confidence": 0.9},
            "intent_ranking": [
                {"name": n, "confidence": 0.9 / (i + 1)} for i, n in enumerate(names)
            ],
        }
    )
    SafetyNetClassifier().process([message])
    return str(message.get("intent")["name"])


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

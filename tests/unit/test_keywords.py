import pytest

from bot.keywords import control_intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("STOP", "stop"),
        ("stop.", "stop"),
        ("Quit", "stop"),
        ("help", "help"),
        ("HELP!", "help"),
        ("human", "request_human"),
        ("a real person", "request_human"),
        ("delete my data", "delete_my_data"),
        ("DELETE", "delete_my_data"),
    ],
)
def test_bare_control_words_always_mean_their_intent(text, intent):
    assert control_intent(text) == intent


@pytest.mark.parametrize(
    "text", ["help me hes here", "please stop him", "i want to stop the questions", "", None]
)
def test_anything_longer_is_left_to_the_classifier(text):
    assert control_intent(text) is None

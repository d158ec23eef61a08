"""Round 47's questions left over, answered (main, in round 48's session).

- Yusuf, 24, robbed of his e-bike: "should I have fought back?" (no answer).
- Sophie, 35, raped by a colleague two years ago: "its just my word against his".
- Farah, Deaf, English her second language: "90 days what mean?" at the privacy question.
- Helen, whose daughter (17) was sexually assaulted: "does she HAVE to go to the police?"
"""

from __future__ import annotations

import pytest
from known_answers import answer, numbers_not_in_directory

NEW = (
    "utter_not_fighting_back",
    "utter_your_word_is_evidence",
    "utter_their_choice_to_report",
    "utter_what_90_days_means",
)


@pytest.mark.parametrize("name", NEW[:3])
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "text",
    ["should I have fought back?", "i didnt even fight back, i just let them take it"],
)
def test_fighting_back_after_a_robbery(text):
    assert answer(text, "robbery") == "utter_not_fighting_back"


def test_after_rape_freezing_has_its_own_answer():
    assert answer("should i have fought back", "sexual_offence") != "utter_not_fighting_back"


@pytest.mark.parametrize(
    "text", ["its just my word against his", "it's my word against hers, is there any point"]
)
def test_only_their_word(text):
    assert answer(text, "sexual_offence") == "utter_your_word_is_evidence"


@pytest.mark.parametrize("text", ["90 days what mean?", "what does 90 days mean"])
def test_what_90_days_means(text):
    assert answer(text, None) == "utter_what_90_days_means"


@pytest.mark.parametrize(
    "text",
    [
        "does she HAVE to go to the police?",
        "does my daughter have to report it",
        "will he have to go to the police",
    ],
)
def test_a_parent_asks_if_they_must_report(text):
    assert answer(text, "sexual_offence", for_someone_else=True) == "utter_their_choice_to_report"


@pytest.mark.parametrize(
    "text",
    [
        "do i have to go to the police?",
        "she hit me with a bottle",
        "i fought back and he ran off",
        "the police said 90 days for the investigation",
        "if i tell the midwife will she have to report it to the police",
    ],
)
def test_other_messages_are_not_these_answers(text):
    assert answer(text, "assault") not in NEW

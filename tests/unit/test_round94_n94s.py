"""Round 94, helper n94s: a fact about the writer's own life (work, studies, renting) counts
only where it is said of the writer, not of someone else (actions/answer_facts.py
said_of_self, `whose: self` in actions/answer_facts.yml)."""

from __future__ import annotations

import pytest

from actions import answer_facts
from tests.unit.known_answers import answer_in_conversation

HAZEL_EARLIER = [
    "Hello, I hope this is the right place. I am not sure how to start. My grandson who lives "
    "with me has been shouting at me a lot and last week he pushed me over in the kitchen and I "
    "hurt my wrist. He also took my bank card. I don't want to get him into trouble, I just "
    "don't know what to do.",
    "I am safe at the moment, he is out at work until six. But he comes back tonight.",
]
HAZEL_ASKS = (
    "Feeling safe I suppose, and getting my bank card sorted out, he has been taking money out "
    "and I can't pay the gas bill. And maybe someone to talk to."
)


def test_hazels_grandson_at_work_is_not_her_work() -> None:
    assert not answer_facts.told("work", HAZEL_EARLIER, {})


@pytest.mark.parametrize(
    "text",
    [
        "he is not here now he go work",  # Leila, of her husband's brother
        "when my husband go to work he do this",  # Leila
        "i dont know, HE go to work, the brother",
        "my son works at the garage",
        "her boss rang the house",
        "his job is in the city",
    ],
)
def test_someone_elses_work_is_not_the_writers(text: str) -> None:
    assert not answer_facts.told("work", [text], {})


@pytest.mark.parametrize(
    "text",
    [
        "I work nights at the hospital",
        "my manager said I have to pay for it",
        "at work today he grabbed me",
        "he hit me at work",
        "he keeps turning up at work",
        "he came to my work and shouted",
    ],
)
def test_the_writers_own_work_still_counts(text: str) -> None:
    assert answer_facts.told("work", [text], {})


def test_someone_elses_landlord_or_exams_are_not_the_writers() -> None:
    assert not answer_facts.told("rents", ["my husband's landlord is his friend"], {})
    assert answer_facts.told("rents", ["my landlord wont change the lock"], {})
    assert not answer_facts.told("studies_hit", ["my son has his exams next week"], {})
    assert answer_facts.told("studies_hit", ["i cant concentrate on my coursework"], {})
    # A device stolen counts whoever took it.
    assert answer_facts.told("studies_hit", ["they stole the laptop from my room"], {})


def test_hazel_is_not_sent_the_wage_deductions_answer() -> None:
    for crime_type in ("domestic_abuse", None):
        said = answer_in_conversation(HAZEL_ASKS, crime_type, HAZEL_EARLIER)
        assert said is None or said.response != "utter_n80e_wage_deductions"

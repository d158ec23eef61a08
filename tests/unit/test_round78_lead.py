"""Round 78, lead: what the result says about skipped questions, and the interpreter's article."""

from __future__ import annotations

import pytest

from actions.wording import contact_line
from core.code_rules import assess, format_reasons_message

SKIPPED = "Some questions were skipped"
# Tom (r78c): a bike taken from his shed, every question answered; nobody died, so he was never
# asked whether he lost someone.
TOM = {
    "crime_type": "burglary", "reported_to_police": False, "age": 45.0, "under_18": False,
    "relationship_to_offender": "unknown", "repeat_victimisation": False,
    "hate_motivated": False, "impairment": False, "fear_of_giving_evidence": False,
    "account_details": ["neighbour"],
}  # fmt: skip


def _why(answers: dict) -> str:
    return " ".join(format_reasons_message(assess(answers), answers))


def test_nothing_skipped_is_not_called_skipped():
    assert SKIPPED not in _why(TOM)


def test_a_skipped_question_still_is():
    assert SKIPPED in _why({**TOM, "fear_of_giving_evidence": None})


def test_whether_they_lost_someone_counts_where_someone_may_have_died():
    died = {**TOM, "crime_type": "assault", "account_details": ["someone_died"]}
    assert assess(died).likely_enhanced or SKIPPED in _why(died)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("arabic", "with an Arabic interpreter"),
        ("urdu", "with an Urdu interpreter"),
        ("ukrainian", "with a Ukrainian interpreter"),
        ("polish", "with a Polish interpreter"),
        ("bsl", "with a BSL interpreter"),
    ],
)
def test_the_interpreter_takes_the_right_article(language, words):
    # Fatima (r78b): "... (you asked for a woman), with a Arabic interpreter".
    line = contact_line({"contact_method": "text", "contact_details": "07700900584",
                         "language": language})  # fmt: skip
    assert words in line

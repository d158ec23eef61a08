"""What the bot says to a question, by the name of its response: shared by the tests of the
answers added after role-play rounds."""

from __future__ import annotations

from typing import Any

from actions.questions import known_answer
from referrals.directory import load_directory

ORGANISATIONS = load_directory()


def answer(text: str, crime_type: str | None, **answers: Any) -> str | None:
    said = known_answer(
        text, crime_type, ORGANISATIONS, answers={"crime_type": crime_type, **answers}
    )
    if said is None:
        return None
    return said.response or str(said.args.get("utter_action"))

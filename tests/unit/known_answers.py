"""What the bot says to a question, by the name of its response: shared by the tests of the
answers added after role-play rounds."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from rasa.core.nlg.generator import ResponseVariationFilter

from actions import topics
from actions.questions import Say, known_answer
from core import yaml_files
from referrals.directory import load_directory

ORGANISATIONS = load_directory()
DOMAIN = Path(__file__).resolve().parents[2] / "bot" / "domain"
ANSWERS_FILE = DOMAIN / "responses_answers.yml"
RESPONSES = yaml_files.load(ANSWERS_FILE.read_text())["responses"]
# Every response in the domain (a folder of files; names are unique across it).
ALL_RESPONSES = {
    name: variants
    for path in sorted(DOMAIN.glob("*.yml"))
    for name, variants in (yaml_files.load(path.read_text()) or {}).get("responses", {}).items()
}
SLOTS = yaml_files.load((DOMAIN / "slots.yml").read_text())["slots"]


def sendable(name: str, **slots: Any) -> list[str]:
    """The texts Rasa may send for the response ``name`` with these slots (it picks one at
    random)."""
    filled = {slot: None for slot in SLOTS} | slots
    chosen = ResponseVariationFilter(ALL_RESPONSES).responses_for_utter_action(name, "rest", filled)
    return [variant["text"] for variant in chosen]


def answer(text: str, crime_type: str | None, **answers: Any) -> str | None:
    said = known_answer(
        text, crime_type, ORGANISATIONS, answers={"crime_type": crime_type, **answers}
    )
    if said is None:
        return None
    return said.response or str(said.args.get("utter_action"))


def answer_in_conversation(
    text: str, crime_type: str | None, said: Any, **answers: Any
) -> Say | None:
    """What the bot says to ``text`` after the person's earlier messages ``said``, which some
    answers rest on (what they told earlier, answer_facts.yml)."""
    return known_answer(
        text,
        crime_type,
        ORGANISATIONS,
        answers={"crime_type": crime_type, "said": list(said), **answers},
    )


def responses_in_conversation(
    text: str, crime_type: str | None, earlier: Any = (), **answers: Any
) -> list[str | None]:
    """Every response sent to ``text`` after ``earlier`` (the answer, then those beside it)."""
    got = answer_in_conversation(text, crime_type, earlier, **answers)
    if got is None:
        return []
    return [got.response, *(then.response for then in got.then)]


def said_answer(text: str, crime_type: str | None, said: Any, **answers: Any) -> str | None:
    """The name of the response sent to ``text`` after the person's earlier messages ``said``."""
    got = answer_in_conversation(text, crime_type, said, **answers)
    return None if got is None else got.response


def sources_above(name: str, path: Path = ANSWERS_FILE) -> str:
    """The comment lines written directly above the response ``name`` in ``path``."""
    lines = path.read_text().splitlines()
    at = lines.index(f"  {name}:")
    comments: list[str] = []
    for line in reversed(lines[:at]):
        if not line.strip().startswith("#"):
            break
        comments.append(line)
    return " ".join(reversed(comments))


PHONE = re.compile(r"\b0\d{2,4}[ \d]{6,10}\d\b")


def numbers_not_in_directory(name: str) -> list[str]:
    """The phone numbers in the response ``name`` that the directory does not hold."""
    numbers = {org.contact.phone for org in ORGANISATIONS if org.contact.phone}
    return [
        number
        for variant in RESPONSES[name]
        for number in PHONE.findall(variant["text"])
        if number not in numbers
    ]


def assert_one_sms_with_source(
    name: str, anchor: str, slot_sets: tuple[dict[str, Any], ...] = ({},)
) -> None:
    """A new answer: every variant one SMS, exactly one sent for each set of slots, written
    under the helper's anchor, with its source (long enough to name one) above it."""
    from core.text import SMS_LIMIT

    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
    for slots in slot_sets:
        assert len(sendable(name, **slots)) == 1, (name, slots)
    assert anchor in ANSWERS_FILE.read_text()
    assert len(sources_above(name)) > 80, name


def topic_answered(text: str, facts: dict, said: frozenset[str] = frozenset()) -> str | None:
    """The response a topic gives to this question with these facts (actions/topics.py)."""
    say = topics.topic_answer(text, facts, said)
    return say.response if say else None


def assert_one_sms_with_a_source(name: str, path: Path) -> None:
    """One SMS, phone numbers only from the directory, and its sources written above it in path."""
    from core.text import SMS_LIMIT

    (variant,) = ALL_RESPONSES[name]
    assert len(variant["text"]) <= SMS_LIMIT
    numbers = {org.contact.phone for org in ORGANISATIONS if org.contact.phone}
    assert set(PHONE.findall(variant["text"])) <= numbers
    assert "SOURCES:" in sources_above(name, path)


def at_question(text: str, requested: str, facts: dict) -> list[str | None]:
    """What is said beside the answer to the question asked (actions/reading.py)."""
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    reading = read_turn(
        Turn(text=text, requested=requested, answers=facts, organisations=default_directory())
    )
    return [say.response for say in reading.say]


def after_result(text: str, slots: dict, earlier: tuple[str, ...], domain) -> list[str | None]:
    """What is sent to ``text`` after the result, with the person's earlier messages."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.dialogue import ActionFinishAssessment
    from tests.unit.conftest import make_tracker

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        slots={**slots, "assessment_done": True, "results_shown": True},
        text=text,
        active_loop=None,
    )
    for index, message in enumerate(earlier):
        tracker.events.insert(index, {"event": "user", "text": message})
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    return [m.get("response") for m in dispatcher.messages]


def show_more(text: str, slots: dict, dispatcher, domain) -> list[str | None]:
    """What MORE (the show_more intent) sends after the result."""
    from actions.dialogue import ActionShowDetails
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={**slots, "results_shown": True, "assessment_done": True},
        text=text,
        intent="show_more",
        active_loop=None,
    )
    ActionShowDetails().run(dispatcher, tracker, domain)
    return responses(dispatcher)

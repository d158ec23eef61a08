"""The NLU data meets the issue's minimums and the held-out set is never trained on."""

import re
from collections import Counter
from pathlib import Path

from core import yaml_files

ROOT = Path(__file__).resolve().parents[2]
TRAIN_FILES = [p for p in (ROOT / "data" / "nlu").glob("*.yml") if p.name != "synonyms.yml"]
HELDOUT = ROOT / "tests" / "nlu" / "heldout.yml"


def examples(path: Path) -> list[tuple[str, str]]:
    found = []
    for item in yaml_files.load(path.read_text())["nlu"]:
        if "intent" not in item:
            continue
        for line in item["examples"].splitlines():
            if line.startswith("- "):
                found.append((item["intent"], line[2:].strip()))
    return found


def normalised(text: str) -> str:
    # Annotations like [15](age) count as their text; case and punctuation do not count.
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text.lower())
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


TRAIN = [e for path in TRAIN_FILES for e in examples(path)]
HELD = examples(HELDOUT)


def test_held_out_messages_are_never_in_the_training_data():
    trained = {normalised(text) for _, text in TRAIN}
    overlap = [text for _, text in HELD if normalised(text) and normalised(text) in trained]
    assert not overlap


def test_every_intent_has_at_least_15_examples_and_every_topic_10():
    counts = Counter(intent for intent, _ in TRAIN)
    for intent, count in counts.items():
        minimum = 10 if intent.startswith("ask_right/") else 15
        assert count >= minimum, f"{intent} has {count}"
    assert len([i for i in counts if i.startswith("ask_right/")]) == 18


def test_danger_and_suicide_have_the_most_examples():
    counts = Counter(intent for intent, _ in TRAIN)
    assert counts["in_danger"] >= 60 and counts["self_harm"] >= 60


def test_the_held_out_set_covers_every_intent():
    trained = {i.split("/")[0] for i, _ in TRAIN}
    held = {i.split("/")[0] for i, _ in HELD}
    assert trained == held


def test_the_conversation_suite_is_never_in_the_training_data():
    """tests/conversations/ was written apart from data/nlu/: no message of it may be trained
    on, nor anything so close that it differs by a word or two."""
    import difflib

    suite = yaml_files.load((ROOT / "tests" / "conversations" / "people.yml").read_text())
    crisis = yaml_files.load((ROOT / "tests" / "conversations" / "crisis.yml").read_text())
    messages = [*crisis["danger"], *crisis["self_harm"], *crisis["not_crisis"]]
    for person in suite["conversations"]:
        messages.append(person["opening"])
        for answer in person["answers"].values():
            messages += answer if isinstance(answer, list) else [str(answer)]
        messages += [extra["text"] for extra in person.get("extra", [])]
        messages += person.get("after_result", [])
    trained = {normalised(text) for _, text in TRAIN}
    close = []
    for message in {normalised(m) for m in messages}:
        # Short answers ("yes", "no", "hackney") are everyone's words, not copies.
        if len(message.split()) < 5:
            continue
        if message in trained or difflib.get_close_matches(message, trained, n=1, cutoff=0.9):
            close.append(message)
    assert not close, close

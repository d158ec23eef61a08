"""Rasa's own checks on our data and trained model: validation, test stories, held-out NLU."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import yaml_files

pytestmark = pytest.mark.rasa

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "victims.tar.gz"
RASA = str(Path(sys.executable).parent / "rasa")
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "PYTHONPATH": str(ROOT)}

# Warnings `rasa data validate` gives that are expected, each explained in docs/nlu.md
# ("Validation warnings we accept"). Anything else fails this test.
ACCEPTED_WARNINGS = [
    # Questions asked by the form, and messages sent by our custom actions, are not steps of
    # any story or rule, so the validator cannot see that they are used.
    re.compile(r"The utterance '(utter_\w+)' is not used in any story or rule\."),
    # Rasa's importer merges the retrieval intent it finds in the NLU data into the domain,
    # which already lists it (as it must, or stories using it are rejected).
    re.compile(
        r"The following duplicated intents have been found across multiple domain "
        r"files: ask_right$"
    ),
]
# Asked by the form, or sent by name from the custom actions (found in their source, so a
# response nothing sends is still reported).
ASKED_BY_THE_FORM = re.compile(r"utter_(?:ask|reask)_\w+$")
SENT_BY_CODE = frozenset(
    name
    for path in (ROOT / "actions").glob("*.py")
    for name in re.findall(r"[\"'](utter_\w+)[\"']", path.read_text())
) | frozenset(
    # The answers the actions send by name from their data (question_topics.yml, `say:`).
    name
    for path in (ROOT / "actions").glob("*.yml")
    for name in re.findall(r"\bsay: (utter_\w+)", path.read_text())
)
# Names the actions build for a form slot: f"utter_w70b_explain_{slot}".
BUILT_FOR_A_SLOT = frozenset(
    prefix
    for path in (ROOT / "actions").glob("*.py")
    for prefix in re.findall(r"f[\"'](utter_\w+_)\{slot\}[\"']", path.read_text())
)
SLOTS = frozenset(yaml_files.load((ROOT / "bot" / "domain" / "slots.yml").read_text())["slots"])


def sent_by_code_or_form(name: str) -> bool:
    return (
        bool(ASKED_BY_THE_FORM.match(name))
        or name in SENT_BY_CODE
        or any(
            name.startswith(prefix) and name.removeprefix(prefix) in SLOTS
            for prefix in BUILT_FOR_A_SLOT
        )
        or name
        in (
            # Named in the actions as f"utter_reask_{slot}" and by reading.moving_on.
            "utter_moving_on",
            "utter_nothing_kept",
        )
    )


def run(*args: str, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run(
        [RASA, *args], cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=timeout
    )


def test_data_validates_with_only_explained_warnings():
    result = run("data", "validate", "--domain", "bot/domain", "--data", "data", "--config",
                 "config.yml")  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    warnings = re.findall(r"UserWarning: (.+)", output)
    unexplained = []
    for warning in warnings:
        match = ACCEPTED_WARNINGS[0].search(warning)
        if match and sent_by_code_or_form(match.group(1)):
            continue
        if ACCEPTED_WARNINGS[1].search(warning.strip()):
            continue
        unexplained.append(warning)
    assert not unexplained, "\n".join(unexplained)


@pytest.fixture(scope="module")
def model_runs(tmp_path_factory) -> Iterator[dict[str, tuple[subprocess.Popen, Path]]]:
    """`rasa test core` and `rasa test nlu` started together: each spends most of its time
    loading TensorFlow and the model on one core, so on two cores both finish in about the time
    of one. Each test waits for its own."""
    runs: dict[str, tuple[subprocess.Popen, Path]] = {}
    for name, args in (
        ("core", ["test", "core", "--model", str(MODEL), "--stories", "tests/stories",
                  "--fail-on-prediction-errors"]),
        ("nlu", ["test", "nlu", "--model", str(MODEL), "--nlu", "tests/nlu/heldout.yml"]),
    ):  # fmt: skip
        out = tmp_path_factory.mktemp(name)
        process = subprocess.Popen(
            [RASA, *args, "--out", str(out)],
            cwd=ROOT,
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        runs[name] = (process, out)
    yield runs
    for process, _ in runs.values():
        if process.poll() is None:
            process.kill()
            process.wait()


def _finished(run: tuple[subprocess.Popen, Path]) -> tuple[int, str, Path]:
    process, out = run
    output, _ = process.communicate(timeout=900)
    return process.returncode, output, out


def test_every_test_story_is_predicted(model_runs):
    returncode, output, tmp_path = _finished(model_runs["core"])
    failed = tmp_path / "failed_test_stories.yml"
    details = failed.read_text() if failed.exists() else ""
    assert returncode == 0, output[-3000:] + details


# Targets from the issue: macro-F1 >= 0.90 on held-out data, and no missed danger or suicide.
MIN_MACRO_F1 = 0.90


def test_nlu_on_the_held_out_set_meets_its_targets(model_runs):
    returncode, output, tmp_path = _finished(model_runs["nlu"])
    assert returncode == 0, output[-3000:]
    report = json.loads((tmp_path / "intent_report.json").read_text())
    figures = {
        "accuracy": report["accuracy"],
        "macro_f1": report["macro avg"]["f1-score"],
        "in_danger_recall": report["in_danger"]["recall"],
        "self_harm_recall": report["self_harm"]["recall"],
    }
    (ROOT / "results").mkdir(exist_ok=True)
    (ROOT / "results" / "nlu_heldout.json").write_text(json.dumps(figures, indent=2))
    print("held-out NLU:", figures)
    errors = tmp_path / "intent_errors.json"
    misses = json.loads(errors.read_text()) if errors.exists() else []
    safety_misses = [m for m in misses if m["intent"] in ("in_danger", "self_harm")]
    assert figures["in_danger_recall"] == 1.0, safety_misses
    assert figures["self_harm_recall"] == 1.0, safety_misses
    assert figures["macro_f1"] >= MIN_MACRO_F1, misses[:20]

"""What read_referral_consent makes of every string in tests/, one JSON line each.

Run before and after changing the referral reader, then diff the two files: a merge of readers
must change nothing, and a fix only the messages it is for.

    PYTHONPATH=. .venv/bin/python bench/referral_snapshot.py > /tmp/before.jsonl
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path
from typing import Any

from actions.answers import read_referral_consent
from core import yaml_files

TESTS = Path(__file__).resolve().parent.parent / "tests"


def _strings_in(value: Any, found: set[str]) -> None:
    if isinstance(value, str):
        found.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            _strings_in(item, found)
    elif isinstance(value, list):
        for item in value:
            _strings_in(item, found)


def test_strings() -> set[str]:
    found: set[str] = set()
    for path in TESTS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    for path in TESTS.rglob("*.yml"):
        _strings_in(yaml_files.load(path.read_text()), found)
    return {text for text in found if text.strip() and len(text) < 2000}


def main(extra: list[str]) -> None:
    for text in sorted(test_strings() | set(extra)):
        read = read_referral_consent(text)
        print(json.dumps([text, read.value, read.declined, read.extra], default=str))


if __name__ == "__main__":
    main(sys.argv[1:])

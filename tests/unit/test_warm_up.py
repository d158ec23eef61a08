"""The action server reads its data and builds its patterns before it listens (CI, stop 43: the
first message after a start got the failure reply because loading them took longer than Rasa
waits for an action)."""

from __future__ import annotations

import pytest
import yaml

from actions import answer_facts, server, topics
from actions.questions import domain_responses
from actions.warm_up import warm_up
from core import code_rules, vocabulary, yaml_files

CACHED = (
    code_rules.load_code,
    vocabulary._patterns,
    answer_facts.facts,
    topics.topics,
    domain_responses,
)


def test_warm_up_fills_every_cache_the_first_message_would_fill():
    for function in CACHED:
        function.cache_clear()
    warm_up()
    assert code_rules.load_code.cache_info().currsize == 1
    assert vocabulary._patterns.cache_info().currsize == len(vocabulary.ENTITY_LABELS)
    assert answer_facts.facts.cache_info().currsize == 1
    assert topics.topics.cache_info().currsize == 1
    assert "utter_ask_consent" in domain_responses()


def test_the_server_warms_up_before_it_listens(monkeypatch):
    calls: list[str] = []
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "t" * 64)
    # Only the order is under test: nothing global (log handlers, var/) is touched.
    monkeypatch.setattr(server.private, "secure_var", lambda: None)
    monkeypatch.setattr(server.redaction, "install", lambda: None)
    monkeypatch.setattr(server.logging, "basicConfig", lambda **kwargs: None)
    monkeypatch.setattr(server, "warm_up", lambda: calls.append("warm_up"))

    class App:
        def run(self, *args, **kwargs):
            calls.append("run")

    monkeypatch.setattr(server, "build_app", lambda token, package: App())
    assert server.main(["--port", "0"]) == 0
    assert calls == ["warm_up", "run"]


def test_yaml_files_load_plain_data_as_safe_load_does_and_refuse_python_objects():
    text = "a: [1, two, {c: 3.5}]\nb: null\n"
    assert yaml_files.load(text) == yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError):
        yaml_files.load("!!python/object/apply:os.system ['true']")

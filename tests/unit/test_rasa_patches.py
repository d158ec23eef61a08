"""The patches to Rasa (bot/rasa_patches.py): still fit the Rasa we run, install once, and the
cached validation of the action server's answers accepts and refuses what Rasa's does."""

from __future__ import annotations

import importlib
import inspect

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot import rasa_patches
from core import yaml_files


@pytest.mark.parametrize(
    ("module", "cls", "attribute", "parameters"),
    rasa_patches.PATCHED,
    ids=[f"{c or m}.{a}" for m, c, a, _ in rasa_patches.PATCHED],
)
def test_each_patched_method_still_exists_with_the_same_parameters(
    module, cls, attribute, parameters
):
    owner = importlib.import_module(module)
    if cls:
        owner = getattr(owner, cls)
    method = inspect.getattr_static(owner, attribute)
    function = method.__func__ if isinstance(method, (staticmethod, classmethod)) else method
    assert not getattr(function, "_victims_patch", False), "tests must not leave patches in"
    assert tuple(inspect.signature(function).parameters) == parameters


def test_install_refuses_another_rasa_version(monkeypatch):
    monkeypatch.setattr(rasa_patches.rasa, "__version__", "3.7.0")
    monkeypatch.setattr(rasa_patches, "_installed", False)
    with pytest.raises(rasa_patches.UnsupportedRasaVersion, match=r"3\.7\.0"):
        rasa_patches.install()


def test_the_version_we_checked_is_the_one_installed():
    import rasa

    assert rasa.__version__ == rasa_patches.RASA_VERSION


def test_install_puts_every_patch_in_place_in_a_fresh_process():
    import subprocess
    import sys

    code = "from bot import rasa_patches as p; p.install(); print(p.missing())"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr[-2000:]


def test_before_install_every_method_is_rasas_own():
    assert len(rasa_patches.missing()) == len(rasa_patches.PATCHED)


GOOD = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "consent", "value": True}], "responses": []},
    {"events": [{"event": "bot", "text": "hi"}], "responses": [{"text": "hello"}]},
]
BAD = [
    {"events": "not a list"},
    {"events": [{"name": "no event key"}]},
    {"events": [{"event": "slot", "value": 1}]},
]


@pytest.fixture
def action():
    original = RemoteAction._validate_action_result
    rasa_patches.cache_action_result_validation()
    yield RemoteAction("action_x", EndpointConfig("http://127.0.0.1:1/webhook"))
    RemoteAction._validate_action_result = original


@pytest.mark.parametrize("result", GOOD)
def test_good_answers_pass_as_with_rasa(action, result):
    assert action._validate_action_result(result) is True


@pytest.mark.parametrize("result", BAD)
def test_bad_answers_are_refused_as_with_rasa(action, result):
    from jsonschema import validate

    with pytest.raises(ValidationError):
        validate(result, RemoteAction.action_response_format_spec())
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result(result)


def test_action_requests_carry_the_same_json_as_with_rasa():
    """The faster encoder writes what json.dumps writes, as JSON, for what Rasa sends: text in
    any script, floats, nulls and nested events; a value only json can write falls back."""
    import subprocess
    import sys

    code = """
import asyncio, json, math
from bot import rasa_patches as p
p.install()
from rasa.utils.endpoints import EndpointConfig
text = ("he said \\u201cI\\u2019ll\\u201d \\u00a35 "
    "\\u0645\\u0631\\u062d\\u0628\\u0627 \\U0001f622 a/b")
tracker = {"sender_id": "a/b", "latest_message": {"text": text,
    "intent": {"name": "inform", "confidence": 0.30000000000000004}}, "events": [{"event": "slot",
    "name": "age", "value": None, "timestamp": 1733312345.123456}], "nan": float("nan")}
async def main():
    async with EndpointConfig("http://127.0.0.1:9/webhook").session() as session:
        written = session._json_serialize(tracker)
    back = json.loads(written)
    assert math.isnan(back.pop("nan"))
    expected = json.loads(json.dumps(tracker)); expected.pop("nan")
    assert back == expected, (back, expected)
    print("same")
asyncio.run(main())
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "same", result.stderr[-2000:]


def test_action_requests_leave_out_past_rankings_only():
    """The action server is sent each past message with its text, intent and entities but not
    the classifiers' rankings; the latest message keeps them, and the tracker is unchanged."""
    import subprocess
    import sys

    code = """
import json
from bot import rasa_patches as p
p.install()
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered, BotUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig
def parse(text, intent):
    return {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [],
            "intent_ranking": [{"name": intent, "confidence": 0.9}],
            "response_selector": {"ask_right": {"response": {"utter_action": "utter_ask_right/x"}}}}
events = [UserUttered("my bike was stolen", parse_data=parse("my bike was stolen", "inform")),
          BotUttered("I'm sorry.", metadata={"utter_action": "utter_sorry"}),
          UserUttered("what are my rights?", parse_data=parse("what are my rights?", "ask_right"))]
tracker = DialogueStateTracker.from_events("someone", events)
domain = Domain.from_dict({"actions": ["action_x"]})
call = RemoteAction("action_x", EndpointConfig("http://127.0.0.1:9/webhook"))._action_call_format(
    tracker, domain)
users = [e for e in call["tracker"]["events"] if e["event"] == "user"]
assert [e["text"] for e in users] == ["my bike was stolen", "what are my rights?"]
assert all("intent_ranking" not in e["parse_data"] for e in users)
assert all("response_selector" not in e["parse_data"] for e in users)
assert users[0]["parse_data"]["intent"]["name"] == "inform"
latest = call["tracker"]["latest_message"]
assert latest["response_selector"]["ask_right"]["response"]["utter_action"] == "utter_ask_right/x"
assert latest["intent_ranking"]
assert tracker.events[0].parse_data["intent_ranking"], "the tracker itself is untouched"
bots = [e for e in call["tracker"]["events"] if e["event"] == "bot"]
assert bots[0]["metadata"]["utter_action"] == "utter_sorry"
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr[-2000:]


def test_only_the_form_validation_is_sent_the_domain():
    """The domain (all the bot's responses) goes only to the one action that reads it."""
    from pathlib import Path

    from rasa.shared.core.domain import Domain

    root = Path(__file__).resolve().parents[2]
    endpoints = yaml_files.load((root / "endpoints.yml").read_text())
    assert endpoints["action_endpoint"]["enable_selective_domain"] is True
    domain = Domain.load(str(root / "bot" / "domain"))
    needing = [
        a for a in domain.user_actions if domain.does_custom_action_explicitly_need_domain(a)
    ]
    assert needing == ["validate_needs_assessment_form"]

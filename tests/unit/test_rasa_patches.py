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

"""The cached validation of the action server's answers accepts and refuses what Rasa's does."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot.fast_paths import install_cached_action_result_validation

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
    install_cached_action_result_validation()
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

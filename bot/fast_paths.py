"""A hot spot in Rasa 3.6 that the benchmark found, made cheap.

For every custom action Rasa checks the action server's answer with ``jsonschema.validate``,
which first checks the schema itself against JSON Schema's own meta-schema: about a quarter of
the Rasa server's CPU time per message went there (``python -m bench.run``, profiled with
py-spy). The schema never changes, so it is checked once and the validator kept; answers are
still validated exactly as before. Installed with the safety net when Rasa loads the model.
"""

from __future__ import annotations

from typing import Any


def install_cached_action_result_validation() -> None:
    from jsonschema import ValidationError
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    if getattr(RemoteAction._validate_action_result, "_cached", False):
        return
    spec = RemoteAction.action_response_format_spec()
    validator_class = validator_for(spec)
    validator_class.check_schema(spec)
    validator = validator_class(spec)

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        try:
            validator.validate(result)
        except ValidationError as error:
            # The same message Rasa gives.
            error.message += (
                ". Failed to validate Action server response from API, make sure your response "
                "from the Action endpoint is valid. For more information about the format visit "
                f"{DOCS_BASE_URL}/custom-actions"
            )
            raise
        return True

    _validate_action_result._cached = True  # type: ignore[attr-defined]
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]

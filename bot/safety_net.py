"""Rasa NLU component that applies the keyword safety net (``bot.risk_words``) and the control
words that must work everywhere (``bot.keywords``), after every statistical prediction."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.fast_paths import install_cached_action_result_validation
from bot.keywords import control_intent
from bot.risk_words import IN_DANGER, SELF_HARM, detect_risk
from bot.service_failure import install_action_failure_guard


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyNetClassifier(GraphComponent, IntentClassifier):
    """Overrides the predicted intent when a danger or self-harm phrase is present."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [IntentClassifier]

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyNetClassifier:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            current = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            override = detect_risk(text) or control_intent(text)
            if override is None or override == current or current in (IN_DANGER, SELF_HARM):
                continue
            predicted = {INTENT_NAME_KEY: override, PREDICTED_CONFIDENCE_KEY: 1.0}
            message.set(INTENT, predicted, add_to_output=True)
            ranking = [
                r
                for r in message.get(INTENT_RANKING_KEY) or []
                if r.get(INTENT_NAME_KEY) != override
            ]
            message.set(INTENT_RANKING_KEY, [predicted, *ranking], add_to_output=True)
        return messages


def _answer_danger_while_paused() -> None:
    """Let danger and self-harm through to the bot while a conversation is paused for a person.

    Rasa ignores every message of a paused conversation (ConversationPaused, used for handoff)
    except ``/restart``. Someone waiting for a support worker who texts "he's here" must still
    get 999 at once, so the processor's check also lets these two intents through; the
    conversation stays paused for everything else. Rasa offers no hook for this, hence the
    patch; it is installed when Rasa loads this component with the model.
    """
    from rasa.core.processor import MessageProcessor

    original = MessageProcessor._should_handle_message
    if getattr(original, "_lets_danger_through", False):
        return

    def should_handle_message(tracker) -> bool:  # type: ignore[no-untyped-def]
        if original(tracker):
            return True
        latest = tracker.latest_message
        return latest is not None and latest.intent.get(INTENT_NAME_KEY) in (IN_DANGER, SELF_HARM)

    should_handle_message._lets_danger_through = True  # type: ignore[attr-defined]
    MessageProcessor._should_handle_message = staticmethod(should_handle_message)


_answer_danger_while_paused()
# Rasa loads this component with every model, so it is where our processor hooks go in.
install_action_failure_guard()
install_cached_action_result_validation()

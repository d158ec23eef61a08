"""Rasa NLU component that applies the keyword safety net (``bot.risk_words``) and the control
words that must work everywhere (``bot.keywords``), after every statistical prediction."""

from __future__ import annotations

import logging
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

from bot import rasa_patches
from bot.keywords import control_intent
from bot.risk_words import IN_DANGER, SELF_HARM, detect_risk

logger = logging.getLogger(__name__)


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
        if not rasa_patches.installed():
            logger.warning(
                "Rasa was started without `python -m bot.server`: a paused conversation will "
                "not answer danger, and a failed action will not answer at all."
            )
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

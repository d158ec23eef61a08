from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from core import yaml_files

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for path in sorted((ROOT / "bot" / "domain").glob("*.yml")):
        for key, value in (yaml_files.load(path.read_text()) or {}).items():
            if isinstance(value, dict):
                merged.setdefault(key, {}).update(value)
            elif isinstance(value, list):
                merged.setdefault(key, []).extend(value)
    return merged


@pytest.fixture(autouse=True)
def records_db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "records.db"
    monkeypatch.setenv("VICTIMS_RECORDS_DB", str(path))
    return path


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


def make_tracker(
    slots: dict[str, Any] | None = None,
    text: str = "",
    intent: str = "inform",
    entities: list[dict[str, Any]] | None = None,
    requested_slot: str | None = None,
    active_loop: str | None = "needs_assessment_form",
    channel: str = "rest",
    sender_id: str = "test-person",
    turn: dict[str, Any] | None = None,
    sent: list[str] | None = None,
    latest_action: str = "action_listen",
) -> Tracker:
    """A tracker just after the person answered; ``turn`` holds the slots set by that answer
    (by default the requested slot), and ``sent`` the names of the responses the bot sent
    before (the form counts how often it asked each question)."""
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.99},
        "entities": entities or [],
    }
    all_slots = {"requested_slot": requested_slot, **(slots or {})}
    if turn is None:
        turn = {requested_slot: all_slots[requested_slot]} if requested_slot in all_slots else {}
    slot_events = [{"event": "slot", "name": k, "value": v} for k, v in turn.items()]
    return Tracker.from_dict(
        {
            "sender_id": sender_id,
            "slots": all_slots,
            "latest_message": latest,
            "events": [
                *(
                    {"event": "bot", "text": name, "metadata": {"utter_action": name}}
                    for name in sent or []
                ),
                {"event": "action", "name": "action_listen"},
                {"event": "user", "text": text, "parse_data": latest, "input_channel": channel},
                *slot_events,
                *(
                    []
                    if latest_action == "action_listen"
                    else [{"event": "action", "name": latest_action}]
                ),
                # As Rasa's form calls its validation action: after its own action event.
                {"event": "action", "name": "needs_assessment_form"},
            ],
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": active_loop} if active_loop else {},
            "latest_action_name": latest_action,
        }
    )


def responses(dispatcher: CollectingDispatcher) -> list[str | None]:
    return [m.get("response") for m in dispatcher.messages]


def classify(text: str, predicted: str, ranking: list[str] | None = None) -> str:
    """The intent the safety net leaves on a message the classifier read as ``predicted``
    (shared by the safety-net tests)."""
    from rasa.shared.nlu.training_data.message import Message

    from bot.safety_net import SafetyNetClassifier

    names = ranking or [predicted, "inform"]
    message = Message(
        data={
            "text": text,
            "intent": {"name": predicted, "confidence": 0.9},
            "intent_ranking": [
                {"name": n, "confidence": 0.9 / (i + 1)} for i, n in enumerate(names)
            ],
        }
    )
    SafetyNetClassifier().process([message])
    return str(message.get("intent")["name"])


def after_self_harm_alarm(sender: str, trigger: str, then: str, consent: bool = True) -> Tracker:
    """After the result and a referral: ``trigger`` raised the self-harm reply, and ``then`` is
    the person's next message (a take-back, a goodbye...)."""
    latest = {"text": then, "intent": {"name": "inform", "confidence": 0.9}}
    return Tracker.from_dict(
        {
            "sender_id": sender,
            "slots": {
                "consent": consent,
                "flags": ["self_harm"],
                "assessment_done": True,
                "referral_consent": True,
                "contact_safe": True,
            },
            "latest_message": latest,
            "events": [
                {"event": "user", "text": trigger, "parse_data": {}},
                {"event": "bot", "text": "x", "metadata": {"utter_action": "utter_self_harm"}},
                {"event": "action", "name": "action_listen"},
                {"event": "user", "text": then, "parse_data": latest},
            ],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        }
    )

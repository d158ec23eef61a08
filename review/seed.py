"""Ordinary scripted conversations with the running bot, to try the app by hand (``python -m
review seed``); the end-to-end tests hold them too, with hostile ones of their own.

Each script is a list of (message, words expected in the bot's reply); an empty expectation
accepts any reply. They follow tests/e2e/test_conversations.py, so they say what the bot
expects. Senders look like phone numbers from Ofcom's drama range (07700 900xxx), so the
masking shows.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from typing import Any

import httpx

START = [
    ("hi", "not the police"),
    ("yeah thats fine", "in danger right now"),
    ("no im ok", "what happened"),
]
Script = list[tuple[str, str]]
SCRIPTS: dict[str, Script] = {
    "danger": [
        *START,
        ("my ex keeps following me and turning up at my work", "reported"),
        ("oh god hes back hes banging on the door", "999"),
    ],
    "self_harm": [*START, ("honestly i just want to die", "116 123")],
    "handoff": [
        *START,
        ("i got mugged on the bus", "reported"),
        ("can i talk to a real person", "support worker"),
    ],
    "referral": [
        *START,
        ("some1 broke into my flat last nite", "reported it to the police"),
        ("yes", "how old are you"),
        ("34", "who did it"),
        ("no idea", "more than once"),
        ("nah first time", "targeted because of your race"),
        ("no", "disability"),
        ("no", "giving evidence"),
        ("yeah tbh", "what would help"),
        ("someone to talk to", "language"),
        ("english", "borough"),
        ("hackney", "pass your details"),
        ("yes please", "safe for a support worker"),
        ("yes", "how should they contact you"),
        # The number straight after the method (round 59, F3: Harold was never asked it).
        ('/inform{"contact_method": "call"}', "phone number should they call"),
        ("07700 900123", "safe time"),
        ("after 6pm on weekdays", "voicemail"),
        ("no", "your reference is"),
    ],
}

Say = Callable[[str, str], list[dict[str, Any]]]


class SeedError(RuntimeError):
    """The bot did not answer as the script expects (model or domain changed?)."""


# Ofcom's drama range has only 1,000 numbers: one drawn twice in a process continued another
# person's conversation (a test once got "How old are you?" in answer to "hi").
_ISSUED: set[str] = set()


def new_sender() -> str:
    if len(_ISSUED) >= 1000:
        raise SeedError("every number in 07700 900000-900999 has been used in this process")
    while True:
        sender = "+447700900" + "".join(secrets.choice("0123456789") for _ in range(3))
        if sender not in _ISSUED:
            _ISSUED.add(sender)
            return sender


def drive(say: Say, sender: str, script: Script) -> None:
    for message, expected in script:
        replies = say(sender, message)
        text = "\n".join(r.get("text") or "" for r in replies)
        if expected and expected.lower() not in text.lower():
            # The bot's reply is shown to whoever runs the seed; the message is ours, not a
            # victim's, so printing it is fine.
            raise SeedError(f"after {message!r} expected {expected!r}, got: {text[:300]!r}")


def rest_sayer(rasa_url: str, client: httpx.Client) -> Say:
    def say(sender: str, message: str) -> list[dict[str, Any]]:
        response = client.post(
            f"{rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": message}
        )
        response.raise_for_status()
        replies: list[dict[str, Any]] = response.json()
        return replies

    return say


def seed(
    say: Say, names: list[str] | None = None, scripts: Mapping[str, Script] = SCRIPTS
) -> dict[str, str]:
    """Run each script as a new person; returns script name -> sender id."""
    senders: dict[str, str] = {}
    for name in names or list(scripts):
        sender = new_sender()
        while sender in senders.values():
            sender = new_sender()
        drive(say, sender, scripts[name])
        senders[name] = sender
    return senders

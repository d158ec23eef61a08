"""What the page may send over the socket, checked before anything reaches Rasa.

Anything can arrive on a public socket, so every payload is read defensively: a bad one is
ignored (or, when a person clearly typed too much, answered kindly) and never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, TypeGuard

from bot.channels.common import clean_text

# Longer than any answer the assessment needs, short enough to keep the tracker store lean.
MAX_MESSAGE_CHARS = 1000
TOO_LONG_REPLY = (
    "Sorry, that message is too long for me. Could you send it in shorter parts, "
    "up to 1,000 characters each?"
)
# The page makes 32 hex digits; the server makes uuid4 hex. Anything else could be a guess at
# someone else's conversation or junk, and is replaced by a fresh id.
SESSION_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")


def valid_session_id(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and SESSION_ID.fullmatch(value) is not None


def requested_session_id(data: Any) -> str | None:
    """The session id a ``session_request`` asks to resume, if it is a usable one."""
    session_id = data.get("session_id") if isinstance(data, dict) else None
    return session_id if valid_session_id(session_id) else None


@dataclass(frozen=True)
class Incoming:
    """The outcome of reading one ``user_uttered`` payload."""

    text: str | None = None  # set when the message should go to Rasa
    session_id: str | None = None  # the id the page sent with it, when valid
    reply: str | None = None  # set when the person should be told something instead
    reason: str = ""  # why nothing goes to Rasa, for a log line without the text


def read_user_message(data: Any, max_chars: int = MAX_MESSAGE_CHARS) -> Incoming:
    if not isinstance(data, dict):
        return Incoming(reason="payload is not an object")
    message = data.get("message")
    if not isinstance(message, str):
        return Incoming(reason="message is not text")
    text = clean_text(message)
    if not text:
        return Incoming(reason="empty message")
    raw_id = data.get("session_id")
    session_id = raw_id if valid_session_id(raw_id) else None
    if raw_id is not None and session_id is None:
        return Incoming(reason="malformed session_id")
    if len(text) > max_chars:
        return Incoming(session_id=session_id, reply=TOO_LONG_REPLY, reason="message too long")
    return Incoming(text=text, session_id=session_id)

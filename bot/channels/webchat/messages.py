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
# The server makes session ids (32 hex digits); a message may repeat its own, nothing else.
SESSION_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")
MAX_TOKEN_CHARS = 200


def valid_session_id(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and SESSION_ID.fullmatch(value) is not None


def requested_token(data: Any) -> str | None:
    """The token a ``session_request`` offers to resume a session with, if it is text.

    Only ``bot.channels.webchat.sessions`` decides whether it proves anything.
    """
    token = data.get("token") if isinstance(data, dict) else None
    return token if isinstance(token, str) and len(token) <= MAX_TOKEN_CHARS else None


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

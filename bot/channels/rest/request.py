"""Reading a REST webhook body, strictly: a clear reason for every request that is refused.

Rasa's own REST channel answers 500 to a body that is not a JSON object, takes a missing sender
as "default" (one conversation for every such caller) and lets the caller choose the input
channel (so a worker's later message could go out on SMS to any number). Here the body must be
``{"sender": "...", "message": "..."}`` with an optional ``metadata`` object, and nothing else
is read from it.
"""

from __future__ import annotations

import json
from typing import Any

from bot.channels.common import clean_text

MAX_SENDER_CHARS = 128
MAX_MESSAGE_CHARS = 4000


class RequestError(ValueError):
    """A request the channel refuses, with the reason given back to the caller."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.status = status


def parse_request(body: bytes) -> tuple[str, str, dict[str, Any] | None]:
    """Return (sender, message, metadata) from a webhook body, or raise RequestError."""
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise RequestError("The body must be JSON in UTF-8.") from error
    if not isinstance(payload, dict):
        raise RequestError('The body must be a JSON object: {"sender": ..., "message": ...}.')
    sender, message = payload.get("sender"), payload.get("message")
    if not isinstance(sender, str) or not clean_text(sender):
        raise RequestError('"sender" must be a non-empty string.')
    sender = clean_text(sender)
    if len(sender) > MAX_SENDER_CHARS:
        raise RequestError(f'"sender" must be at most {MAX_SENDER_CHARS} characters.')
    if not isinstance(message, str):
        raise RequestError('"message" must be a string.')
    message = clean_text(message)
    if not message:
        raise RequestError('"message" is empty.')
    if len(message) > MAX_MESSAGE_CHARS:
        raise RequestError(f'"message" must be at most {MAX_MESSAGE_CHARS} characters.', 413)
    metadata = payload.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise RequestError('"metadata" must be a JSON object.')
    return sender, message, metadata

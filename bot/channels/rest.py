"""The REST channel (terminal chat, tests, benchmark), strict about what it accepts.

Rasa's own REST channel answers 500 to a body that is not a JSON object, takes a missing
sender as "default" (one conversation for every such caller), lets the caller choose the input
channel (so a worker's later message could go out on SMS to any number), and logs the message
text when handling fails. This one refuses bad requests with a clear 400, and when handling
fails it tells the person to send the message again instead of answering with silence.

It is for localhost only: a public proxy must never forward ``/webhooks/rest/``, since anyone
who can reach it can speak as any sender.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.service_failure import FAILURE_REPLY

logger = logging.getLogger(__name__)

MAX_SENDER_CHARS = 128
MAX_MESSAGE_CHARS = 4000
# C0 and C1 control characters other than tab and newline, and the Unicode replacement char.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd]")


class RequestError(ValueError):
    """A request the channel refuses, with the reason given back to the caller."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.status = status


def clean_text(text: str) -> str:
    """Drop control characters that mean nothing to a person; keep every language's letters."""
    return _CONTROL.sub("", text).strip()


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


class RestInput(InputChannel):
    """POST /webhooks/rest/webhook {"sender": "...", "message": "..."} -> the bot's replies."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("victims_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                sender, text, metadata = parse_request(request.body)
            except RequestError as error:
                return response.json({"error": str(error)}, status=error.status)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(
                        text, collector, sender, input_channel=self.name(), metadata=metadata
                    )
                )
            except (Exception, asyncio.CancelledError) as error:
                # Whatever the bot had begun to say was not saved with the message: replace
                # it, so the person knows to send it again.
                logger.error("Handling a REST message failed (%s).", type(error).__name__)
                return response.json([{"recipient_id": sender, "text": FAILURE_REPLY}])
            return response.json(collector.messages)

        return webhook

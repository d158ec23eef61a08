"""The REST channel (terminal chat, tests, benchmark), strict about who and what it accepts.

Requests are read by ``bot.channels.rest.request``, which refuses bad ones with a clear 400.
Rasa's own REST channel logs the message text when handling fails; this one logs the error's
type only, and tells the person to send the message again instead of answering with silence.

Rasa's REST channel lets anyone who reaches the port speak as any sender, including a web page
in a browser on the same machine (a ``text/plain`` form post needs no CORS preflight). Here:

* every request needs ``Authorization: Bearer <REST_CHANNEL_TOKEN>`` (from the environment, or
  kept in ``var/rest_channel_token``, which bin/chat reads), compared in constant time;
* the body must be ``application/json``, which no cross-site form can send without a preflight
  that is never granted;
* a request from a web page on another origin (its ``Origin`` or ``Sec-Fetch-Site`` header) is
  refused;
* the conversation id is ``rest:<sender>``: no caller can reach a conversation of the SMS,
  Telegram or web chat channel, whose ids never start so. Replies still name the caller's own
  sender.

It is still for localhost only: a public proxy must never forward ``/webhooks/rest/``.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.common import add_health_route, same_origin
from bot.channels.rest.request import RequestError, parse_request
from bot.service_failure import FAILURE_REPLY
from core import settings

logger = logging.getLogger(__name__)

CONVERSATION_PREFIX = "rest:"
JSON_CONTENT_TYPE = "application/json"


def conversation_id(sender: str) -> str:
    """The conversation a REST caller's ``sender`` names: in the REST channel's own space."""
    return CONVERSATION_PREFIX + sender


def bearer_matches(header: str | None, token: str) -> bool:
    """True when ``header`` is ``Bearer <token>``; constant time in the token's content."""
    if not header or not token:
        return False
    scheme, _, presented = header.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(presented.strip().encode("utf-8"), token.encode("utf-8"))


def refusal(request: Request, token: str) -> HTTPResponse | None:
    """The answer to a request the channel must not serve, or None when it may go on."""
    if not same_origin(request):
        return response.json({"error": "Requests from other web sites are refused."}, status=403)
    if not bearer_matches(request.headers.get("authorization"), token):
        return response.json(
            {"error": "Authorization: Bearer <REST_CHANNEL_TOKEN> is required."},
            status=401,
            headers={"WWW-Authenticate": "Bearer"},
        )
    content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if content_type != JSON_CONTENT_TYPE:
        return response.json({"error": f"The body must be {JSON_CONTENT_TYPE}."}, status=415)
    return None


class RestInput(InputChannel):
    """POST /webhooks/rest/webhook {"sender": "...", "message": "..."} -> the bot's replies."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls()

    def __init__(self, token: str | None = None) -> None:
        # Read when Rasa builds the channel, never at import time.
        self.token = token if token is not None else settings.rest_channel_token()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("victims_rest_webhook", __name__)

        # Needs no setting of the operator's, so it is always configured.
        add_health_route(webhook, lambda: True)

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            refused = refusal(request, self.token)
            if refused is not None:
                return refused
            try:
                sender, text, metadata = parse_request(request.body)
            except RequestError as error:
                return response.json({"error": str(error)}, status=error.status)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(
                        text,
                        collector,
                        conversation_id(sender),
                        input_channel=self.name(),
                        metadata=metadata,
                    )
                )
            except (Exception, asyncio.CancelledError) as error:
                # Whatever the bot had begun to say was not saved with the message: replace
                # it, so the person knows to send it again.
                logger.error("Handling a REST message failed (%s).", type(error).__name__)
                return response.json([{"recipient_id": sender, "text": FAILURE_REPLY}])
            return response.json([{**m, "recipient_id": sender} for m in collector.messages])

        return webhook

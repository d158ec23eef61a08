"""The REST channel (terminal chat, tests, benchmark), strict about what it accepts.

Requests are read by ``bot.channels.rest.request``, which refuses bad ones with a clear 400.
Rasa's own REST channel logs the message text when handling fails; this one logs the error's
type only, and tells the person to send the message again instead of answering with silence.

It is for localhost only: a public proxy must never forward ``/webhooks/rest/``, since anyone
who can reach it can speak as any sender.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.common import add_health_route
from bot.channels.rest.request import RequestError, parse_request
from bot.service_failure import FAILURE_REPLY

logger = logging.getLogger(__name__)


class RestInput(InputChannel):
    """POST /webhooks/rest/webhook {"sender": "...", "message": "..."} -> the bot's replies."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("victims_rest_webhook", __name__)

        # Needs no secret, so it is always configured.
        add_health_route(webhook, lambda: True)

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

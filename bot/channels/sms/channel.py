"""SMS over Twilio: a Rasa input channel at ``/webhooks/sms/webhook``, and its output channel.

Rasa's built-in ``twilio`` channel checks no signature, fails with a 500 on a picture message
(no ``Body``), waits for the whole turn before answering Twilio and blocks the event loop while
sending. This one:

* checks ``X-Twilio-Signature`` against the public URL Twilio was given (``TWILIO_WEBHOOK_URL``),
  not the URL a reverse proxy rewrote, and answers 403 to anything unsigned or altered;
* answers Twilio at once with empty TwiML and runs the turn in the background, one text at a
  time per number, sending replies through the REST API without blocking the event loop;
* fits replies to a phone (``bot.channels.sms.text``): texts of at most 320 characters, buttons
  as numbered options, a number texted back mapped to that button's payload (the options sent
  last to each number are kept by ``bot.channels.sms.options``, in Redis when ``REDIS_URL`` is
  set, so that any replica can read the reply);
* handles STOP / START / HELP / DELETE itself, remembers opt-outs (``bot.channels.sms.optout``)
  and sends nothing to an opted-out number, not even a support worker's message;
* requires a well-formed MessageSid and our AccountSid, and handles each MessageSid once
  across restarts (``bot.channels.sms.seen``, a day in the records database);
* answers every text, whatever fails (a busy database, the bot itself), with at least the
  failure reply and 999; a failed opt-out change is kept in memory and written later;
* adds a safety line to the first reply to a new number: the thread stays on the phone.

All secrets come from the environment (``bot.channels.sms.settings.SmsSettings``); without them the
channel logs one line and answers 503.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import (
    CollectingOutputChannel,
    InputChannel,
    OutputChannel,
    UserMessage,
)
from rasa.shared.core.events import UserUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot.channels.common import add_health_route, masked
from bot.channels.sms.options import SentOptions
from bot.channels.sms.optout import OptOutStore
from bot.channels.sms.queue import PerSenderQueue
from bot.channels.sms.replies import (
    EMPTY_REPLY,
    HELP_REPLY,
    NO_TEXT_REPLY,
    SAFETY_LINE,
    START_REPLY,
    STOP_REPLY,
    TOO_LONG_REPLY,
)
from bot.channels.sms.seen import SeenMessages, valid_message_sid
from bot.channels.sms.settings import SmsSettings, load_settings
from bot.channels.sms.text import (
    INBOUND_LIMIT,
    clean_inbound,
    compose_sms,
    option_payload,
    sms_keyword,
)
from bot.channels.sms.twilio_client import TwilioSender
from bot.channels.sms.webhook import (
    FORM_CONTENT_TYPE,
    MAX_REQUEST_BYTES,
    Form,
    parse_form,
    signed_url,
)
from bot.service_failure import FAILURE_REPLY, handle_or_apologise
from core import settings as core_settings

logger = logging.getLogger(__name__)

CHANNEL_NAME = "sms"
Button = Mapping[str, Any]


class TwilioSmsOutput(OutputChannel):
    """Sends the bot's messages as SMS; also used for a support worker's messages sent later
    through Rasa's HTTP API with ``output_channel=latest``."""

    def __init__(
        self,
        sender: TwilioSender,
        opt_outs: OptOutStore,
        last_buttons: SentOptions,
    ) -> None:
        self.sender = sender
        self.opt_outs = opt_outs
        self.last_buttons = last_buttons

    @classmethod
    def name(cls) -> str:
        # Domain responses may carry `channel: sms` variations; they match this name.
        return CHANNEL_NAME

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._deliver(recipient_id, text, None)

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self._deliver(recipient_id, text, buttons)

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        logger.debug("Custom payloads are not sent by SMS.")

    async def send_notice(
        self, recipient_id: str, text: str, *, even_if_opted_out: bool = False
    ) -> None:
        """One of the channel's own replies (help, stop...): it leaves the remembered options."""
        if not even_if_opted_out and await self._opted_out(recipient_id):
            return
        for part in compose_sms(text):
            await self.sender.send(recipient_id, part)

    async def _deliver(
        self, recipient_id: str, text: str, buttons: Sequence[Button] | None
    ) -> None:
        if await self._opted_out(recipient_id):
            return
        # A number texted back after a message without options is just a number.
        await self.last_buttons.remember(recipient_id, buttons)
        for part in compose_sms(text, buttons):
            await self.sender.send(recipient_id, part)

    async def _opted_out(self, recipient_id: str) -> bool:
        if await asyncio.to_thread(self.opt_outs.is_opted_out, recipient_id):
            logger.info("Not texting %s: they texted STOP.", masked(recipient_id))
            return True
        return False


class TwilioSmsInput(InputChannel):
    """The Twilio SMS webhook (credentials.yml key ``bot.channels.sms.TwilioSmsInput``)."""

    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        settings, problem = load_settings()
        if settings is None:
            logger.warning("SMS channel disabled: %s (see docs/sms.md).", problem)
        return cls(settings, send_attempts=int(credentials.get("send_attempts") or 4))

    def __init__(
        self,
        settings: SmsSettings | None,
        send_attempts: int = 4,
        records_db: Path | None = None,
    ) -> None:
        self.settings = settings
        if settings is None:
            return
        self.validator = RequestValidator(settings.auth_token)
        self.opt_outs = OptOutStore(records_db or core_settings.records_db(), settings.hash_key)
        self.sender = TwilioSender(
            settings, attempts=send_attempts, on_unsubscribed=self._twilio_says_unsubscribed
        )
        self.last_buttons = SentOptions()
        self.seen_messages = SeenMessages(records_db or core_settings.records_db())
        self.queue = PerSenderQueue()
        logger.info("SMS channel enabled for the webhook URL set in TWILIO_WEBHOOK_URL.")
        if settings.api_base_url:
            logger.warning("SMS: TWILIO_API_BASE_URL is set: texts go to a local test server.")

    @property
    def enabled(self) -> bool:
        return self.settings is not None

    def get_output_channel(self) -> OutputChannel | None:
        if not self.enabled:
            return None
        return TwilioSmsOutput(self.sender, self.opt_outs, self.last_buttons)

    async def _twilio_says_unsubscribed(self, number: str) -> None:
        await asyncio.to_thread(self.opt_outs.opt_out, number)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        sms_webhook = Blueprint("sms_webhook", __name__)

        add_health_route(sms_webhook, lambda: self.enabled)

        @sms_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            return await self._webhook(request, on_new_message)

        @sms_webhook.listener("after_server_stop")
        async def close(*_: Any) -> None:
            if self.enabled:
                await self.sender.close()

        return sms_webhook

    async def _webhook(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        settings = self.settings
        if settings is None:
            return response.text("The SMS channel is not configured.", status=503)
        signature = request.headers.get("X-Twilio-Signature")
        if not signature:
            return response.text("Missing X-Twilio-Signature.", status=403)
        if len(request.body or b"") > MAX_REQUEST_BYTES:
            return response.text("Request too large.", status=413)
        content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if content_type != FORM_CONTENT_TYPE:
            return response.text(f"Expected {FORM_CONTENT_TYPE}.", status=415)
        try:
            form = parse_form(request.body or b"")
        except ValueError:
            return response.text("Invalid form encoding.", status=400)
        url = signed_url(settings.webhook_url, request.query_string)
        if not self.validator.validate(url, form, signature):
            logger.warning("SMS webhook: rejected a request with an invalid signature.")
            return response.text("Invalid signature.", status=403)
        sender = (form.first("From") or "").strip()
        if not sender:
            return response.text("Missing From.", status=400)
        # Every text from Twilio has one. Without it a replayed request (its parameters renamed
        # so that the signature still holds) would pass as new.
        message_sid = form.first("MessageSid")
        if not valid_message_sid(message_sid) or form.first("AccountSid") != settings.account_sid:
            return response.text("Missing or malformed MessageSid or AccountSid.", status=400)
        assert message_sid is not None
        if not await asyncio.to_thread(self.seen_messages.first_time, message_sid):
            return _empty_twiml()
        agent = getattr(request.app.ctx, "agent", None)
        self.queue.submit(sender, lambda: self._handle(sender, form, agent, on_new_message))
        return _empty_twiml()

    async def _handle(
        self,
        sender: str,
        form: Form,
        agent: Any,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> None:
        """Handle one text; whatever fails, the person gets a reply with 999."""
        try:
            await self._handle_text(sender, form, agent, on_new_message)
        except Exception as error:
            logger.error("SMS: handling a text failed (%s).", type(error).__name__)
            try:
                out = TwilioSmsOutput(self.sender, self.opt_outs, self.last_buttons)
                # They just texted us: whatever the opt-outs say, this one reply goes.
                await out.send_notice(sender, FAILURE_REPLY, even_if_opted_out=True)
            except Exception as send_error:
                logger.error("SMS: could not tell the person (%s).", type(send_error).__name__)

    async def _handle_text(
        self,
        sender: str,
        form: Form,
        agent: Any,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> None:
        out = TwilioSmsOutput(self.sender, self.opt_outs, self.last_buttons)
        body = form.first("Body")
        text = clean_inbound(body)
        keyword = sms_keyword(text)

        if keyword == "stop":
            await asyncio.to_thread(self.opt_outs.opt_out, sender)
            logger.info("SMS: %s texted STOP; no more texts to them.", masked(sender))
            await out.send_notice(sender, STOP_REPLY, even_if_opted_out=True)
            # The conversation stops too; its own goodbye is not texted (the reply above is).
            await on_new_message(self._message("/stop", CollectingOutputChannel(), sender))
            return

        # Texting again, whatever the words, is asking for replies again.
        if await asyncio.to_thread(self.opt_outs.opt_in, sender):
            logger.info("SMS: %s texted again; opt-out lifted.", masked(sender))
        if keyword == "start":
            await out.send_notice(sender, START_REPLY)
            return
        if keyword == "help":
            await out.send_notice(sender, HELP_REPLY)
            return
        if not text:
            no_text = body is None or _number_of_media(form) > 0
            await out.send_notice(sender, NO_TEXT_REPLY if no_text else EMPTY_REPLY)
            return
        if len(text) > INBOUND_LIMIT:
            await out.send_notice(sender, TOO_LONG_REPLY)
            return

        if keyword == "delete":
            # The same confirm-then-erase flow as "delete my data" anywhere else.
            text = "/delete_my_data"
        else:
            text = option_payload(text, await self.last_buttons.recall(sender)) or text
        if await _is_new_conversation(agent, sender):
            await out.send_notice(sender, SAFETY_LINE)
        await handle_or_apologise(on_new_message, self._message(text, out, sender), "SMS")

    def _message(self, text: str, out: OutputChannel, sender: str) -> UserMessage:
        return UserMessage(text, out, sender, input_channel=self.name())


def _number_of_media(form: Form) -> int:
    try:
        return int(form.first("NumMedia") or 0)
    except ValueError:
        return 0


async def _is_new_conversation(agent: Any, sender: str) -> bool:
    """True when this number has no conversation yet (first text, or after DELETE)."""
    store = getattr(agent, "tracker_store", None)
    if store is None:
        return False
    try:
        tracker = await store.retrieve(sender)
    except Exception as error:
        logger.warning("SMS: could not read the conversation (%s).", type(error).__name__)
        return False
    return tracker is None or not any(isinstance(e, UserUttered) for e in tracker.events)


def _empty_twiml() -> HTTPResponse:
    # Replies go out through the REST API, so the webhook's own answer says nothing.
    return response.text(str(MessagingResponse()), content_type="text/xml")

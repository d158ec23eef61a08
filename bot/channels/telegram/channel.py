"""Telegram channel for Rasa, on python-telegram-bot: POST /webhooks/telegram/webhook.

Rasa's built-in Telegram connector accepts forged updates, never answers button taps and cannot
send outside a request (see the team's Rasa 3.6 notes, section 2.3). This one:

* accepts an update only with the webhook secret in ``X-Telegram-Bot-Api-Secret-Token``
  (constant-time comparison), else 403; malformed bodies get 400, never 500;
* processes each ``update_id`` once (Telegram redelivers when it gets no 2xx in time);
* turns buttons into inline keyboards and answers every button tap;
* maps /start, /help, /stop and /delete to the bot's intents;
* keeps one ``telegram.Bot`` per process, made and initialised on first use, so a support
  worker's message sent through Rasa's API (``output_channel=latest``) reaches the chat;
* after the bot confirms an erasure (response ``utter_deleted``), deletes the chat's messages
  that Telegram still allows (48 hours) and says what it could not delete.

Register the webhook once with ``python -m bot.channels.telegram set-webhook --url ...``
(bot/channels/telegram/cli.py); docs/telegram.md has the whole set-up.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update, User
from telegram.constants import ChatType
from telegram.error import TelegramError

from bot.channels.common import add_health_route, clean_text
from bot.channels.telegram.buttons import keyboard_rows
from bot.channels.telegram.connection import TelegramConnection, TelegramUnavailable
from bot.channels.telegram.deletion import batches, deletion_plan, deletion_report
from bot.channels.telegram.settings import load_settings, secret_matches
from bot.channels.telegram.store import TelegramStore, forget_stored_ids
from bot.channels.telegram.text import (
    EXPIRED_BUTTON_REPLY,
    NON_TEXT_REPLY,
    PRIVATE_ONLY_REPLY,
    split_text,
    text_for_rasa,
)
from bot.service_failure import FAILURE_REPLY, handle_or_apologise

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# The bot's answer once action_delete_my_data has erased the records (actions/dialogue.py).
ERASED_RESPONSE = "utter_deleted"
OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


def _chat_id(recipient_id: str) -> int | str:
    # Rasa's sender id is the chat id as text; Telegram wants the number.
    try:
        return int(recipient_id)
    except ValueError:
        return recipient_id


class TelegramOutput(OutputChannel):
    """Sends through the shared Bot and remembers each sent message's id for /delete.

    During a person's turn send errors are logged and swallowed, so the turn is still saved;
    for a message sent through Rasa's API (``raise_errors``) they propagate, and the caller
    gets an error instead of believing the message arrived.
    """

    @classmethod
    def name(cls) -> str:
        return "telegram"

    def __init__(self, connection: TelegramConnection, raise_errors: bool = False) -> None:
        self.connection = connection
        self.raise_errors = raise_errors

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        erasure = message.get("utter_action") == ERASED_RESPONSE
        report = None
        if erasure:
            # Remove the conversation first, so the confirmation and the report stay visible.
            report = await self.delete_chat_messages(recipient_id)
        await super().send_response(recipient_id, message)
        if report is not None:
            await self._send(recipient_id, report)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send(recipient_id, text)

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        markup = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(title, callback_data=self.connection.callback_data(data))
                    for title, data in row
                ]
                for row in keyboard_rows(buttons)
            ]
        )
        await self._send(recipient_id, text, markup)

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        logger.debug("Custom JSON messages are not sent to Telegram.")

    async def _send(
        self, recipient_id: str, text: str, markup: InlineKeyboardMarkup | None = None
    ) -> None:
        chat_id = _chat_id(recipient_id)
        try:
            bot = await self.connection.bot()
            parts = split_text(text)
            for index, part in enumerate(parts):
                last = index == len(parts) - 1
                sent = await bot.send_message(chat_id, part, reply_markup=markup if last else None)
                self.connection.store.remember_message(
                    chat_id, sent.message_id, sent.date.timestamp()
                )
        except (TelegramError, TelegramUnavailable) as exc:
            logger.warning("Could not send a Telegram message: %s", type(exc).__name__)
            if self.raise_errors:
                raise

    async def delete_chat_messages(self, recipient_id: str) -> str:
        """Delete what Telegram still allows in this chat; return what to tell the person."""
        chat_id = _chat_id(recipient_id)
        store = self.connection.store
        plan = deletion_plan(store.messages(chat_id), time.time())
        too_old = plan.too_old + store.expired_count(chat_id)
        deleted = failed = 0
        try:
            bot = await self.connection.bot()
        except TelegramUnavailable:
            bot, failed = None, len(plan.deletable)
        if bot is not None:
            for batch in batches(plan.deletable):
                try:
                    await bot.delete_messages(chat_id, batch)
                    deleted += len(batch)
                except TelegramError:
                    # One undeletable message fails the whole batch: find which, one by one.
                    for message_id in batch:
                        try:
                            ok = await bot.delete_message(chat_id, message_id)
                        except TelegramError:
                            ok = False
                        deleted, failed = (deleted + 1, failed) if ok else (deleted, failed + 1)
        # The person asked us to forget this conversation: the ids go too.
        store.forget_chat(chat_id)
        logger.info(
            "Deleted Telegram messages at the person's request: %d deleted, %d too old, %d failed",
            deleted,
            too_old,
            failed,
        )
        return deletion_report(deleted, too_old, failed)


def _bad_request(reason: str) -> HTTPResponse:
    return response.json({"error": reason}, status=400)


def _metadata(user: User | None) -> dict[str, Any]:
    if user is not None and user.language_code:
        return {"telegram_language_code": user.language_code}
    return {}


class TelegramInput(InputChannel):
    """Rasa input channel ``telegram``; registered by module path in credentials.yml."""

    @classmethod
    def name(cls) -> str:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> TelegramInput:
        # Secrets come from the environment only; credentials.yml carries no settings yet.
        try:
            forget_stored_ids()
        except sqlite3.Error as error:
            logger.warning("Could not drop old Telegram tables (%s).", type(error).__name__)
        settings, problem = load_settings()
        if settings is None:
            logger.warning("Telegram channel disabled: %s.", problem)
            return cls(None)
        return cls(TelegramConnection(settings, TelegramStore()))

    def __init__(self, connection: TelegramConnection | None) -> None:
        self.connection = connection

    def get_output_channel(self) -> OutputChannel | None:
        if self.connection is None:
            return None
        return TelegramOutput(self.connection, raise_errors=True)

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        telegram_webhook = Blueprint("telegram_webhook", __name__)

        add_health_route(telegram_webhook, lambda: self.connection is not None)

        @telegram_webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            return await self._receive(request, on_new_message)

        @telegram_webhook.listener("after_server_stop")
        async def close(app: Any, loop: Any) -> None:
            if self.connection is not None:
                await self.connection.close()

        return telegram_webhook

    async def _receive(self, request: Request, on_new_message: OnNewMessage) -> HTTPResponse:
        connection = self.connection
        if connection is None:
            return response.json({"error": "the Telegram channel is not configured"}, status=503)
        if not secret_matches(connection.settings.secret, request.headers.get(SECRET_HEADER)):
            return response.json({"error": "forbidden"}, status=403)
        try:
            data = json.loads(request.body or b"")
        except ValueError:
            return _bad_request("the body is not JSON")
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return _bad_request("not a Telegram update")
        try:
            update = Update.de_json(data, None)
        except Exception:
            return _bad_request("not a Telegram update")
        if update.update_id in connection.recent:
            return response.json({"status": "duplicate"})
        try:
            bot = await connection.bot()
        except TelegramUnavailable as exc:
            # Not marked as seen: Telegram retries, and the update is handled then.
            logger.warning("Telegram unavailable: %s", exc)
            return response.json({"error": "Telegram is unavailable"}, status=503)
        # Checked and remembered in one step: with replicas, another may have taken it meanwhile.
        if not connection.recent.first_time(update.update_id):
            return response.json({"status": "duplicate"})
        try:
            await self._handle(update, bot, on_new_message)
        except Exception as exc:
            # Telegram would redeliver on an error status; the update was taken, so say so.
            logger.error("Telegram update %s failed: %s", update.update_id, type(exc).__name__)
            await self._apologise(update)
        return response.json({"status": "ok"})

    async def _apologise(self, update: Update) -> None:
        """Whatever failed, the person is told to send again, with 999."""
        chat = update.effective_chat
        if chat is None or chat.type != ChatType.PRIVATE or self.connection is None:
            return
        try:
            await TelegramOutput(self.connection).send_text_message(str(chat.id), FAILURE_REPLY)
        except Exception as exc:
            logger.error("Could not tell the person either (%s).", type(exc).__name__)

    async def _handle(self, update: Update, bot: Bot, on_new_message: OnNewMessage) -> None:
        connection = self.connection
        assert connection is not None
        output = TelegramOutput(connection)

        async def to_rasa(text: str, chat_id: int, user: User | None) -> None:
            message = UserMessage(
                text, output, str(chat_id), input_channel=self.name(), metadata=_metadata(user)
            )
            await handle_or_apologise(on_new_message, message, "Telegram")

        query = update.callback_query
        if query is not None:
            try:
                # Stops the spinner on the tapped button.
                await bot.answer_callback_query(query.id)
            except TelegramError as exc:
                logger.warning("Could not answer a button tap: %s", type(exc).__name__)
            chat = query.message.chat if query.message is not None else None
            if chat is not None and chat.type != ChatType.PRIVATE:
                return
            chat_id = chat.id if chat is not None else query.from_user.id
            payload = connection.payload(query.data or "")
            if not payload:
                await output.send_text_message(str(chat_id), EXPIRED_BUTTON_REPLY)
                return
            await to_rasa(payload, chat_id, query.from_user)
            return

        message = update.message
        if message is None:
            # Edited messages, channel posts and the like: not asked for, nothing to do.
            return
        chat_id = message.chat.id
        connection.store.remember_message(chat_id, message.message_id, message.date.timestamp())
        if message.chat.type != ChatType.PRIVATE:
            await output.send_text_message(str(chat_id), PRIVATE_ONLY_REPLY)
            return
        if message.text is None:
            await output.send_text_message(str(chat_id), NON_TEXT_REPLY)
            return
        await to_rasa(
            text_for_rasa(clean_text(message.text)) or "/help", chat_id, message.from_user
        )

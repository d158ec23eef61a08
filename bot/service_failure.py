"""What a person is told when a part of the service fails, and the guard that tells them.

A frightened person must never be met with silence or an error page: when the action server is
down or slow, or a database is busy or full, they get a short message with 999 and the Victim
Support Supportline, and are asked to send their message again. Logs name the failure, never
the message text.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from core import settings

logger = logging.getLogger(__name__)

# Phone numbers from ../shared/reference/victims-code.md (Victim Support Supportline; 999).
FAILURE_REPLY = (
    "Sorry, something went wrong on our side and your last message did not reach us. "
    "Please send it again in a minute. If you are in danger, call 999. To talk to someone now, "
    "call Victim Support free, any time, on 08 08 16 89 111."
)
ACTION_FAILURE_REPLY = (
    "Sorry, part of this service is not working right now, so I could not do that. "
    "Please send your last message again in a few minutes. If you are in danger, call 999. "
    "Victim Support is free, any time, on 08 08 16 89 111."
)

# Names the custom action that failed in the turn being processed; set by the wrapped
# RemoteAction.run, read by the wrapped MessageProcessor._run_action in the same task.
_failed_action: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "failed_action", default=None
)


def install_action_failure_guard() -> None:
    """Make a failed or slow custom action answer the person and wait for their next message.

    Rasa 3.6 waits five minutes for the action server, then logs the failure, drops the
    action's events and goes on predicting, so the person hears nothing (or the bot goes on
    with the form as if the answer had been checked). Here each call to the action server is
    bounded by ``core.settings.action_timeout()``; a failure still aborts the action as before
    (so a form does not move on), and then the person is sent ``ACTION_FAILURE_REPLY`` and the bot
    listens. The failed turn leaves no half-written state, and the same message sent again
    once the action server is back carries on normally. Rasa has no hook for this, so two
    methods are wrapped; the safety net installs them when Rasa loads the model.
    """
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.constants import ACTION_LISTEN_NAME
    from rasa.shared.core.events import ActionExecuted, BotUttered

    remote_run = RemoteAction.run
    if getattr(remote_run, "_guarded", False):
        return

    async def run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any):
        try:
            return await asyncio.wait_for(
                remote_run(self, output_channel, nlg, tracker, domain),
                timeout=settings.action_timeout(),
            )
        except ActionExecutionRejection:
            raise  # a form's validation saying "not this answer": part of normal dialogue
        except Exception as error:
            logger.error("Custom action %s failed (%s).", self.name(), type(error).__name__)
            _failed_action.set(self.name())
            raise

    run_action = MessageProcessor._run_action

    async def _run_action(
        self: MessageProcessor,
        action: Any,
        tracker: Any,
        output_channel: Any,
        nlg: Any,
        prediction: Any,
    ) -> bool:
        _failed_action.set(None)
        should_predict_another = await run_action(
            self, action, tracker, output_channel, nlg, prediction
        )
        if _failed_action.get() is None:
            return should_predict_another
        _failed_action.set(None)
        await output_channel.send_response(tracker.sender_id, {"text": ACTION_FAILURE_REPLY})
        tracker.update(BotUttered(ACTION_FAILURE_REPLY, metadata={"service_failure": True}))
        # As if the bot had listened: the next message is handled from this point.
        tracker.update(ActionExecuted(ACTION_LISTEN_NAME))
        return False

    run._guarded = True  # type: ignore[attr-defined]
    RemoteAction.run = run  # type: ignore[method-assign]
    MessageProcessor._run_action = _run_action  # type: ignore[method-assign]


async def handle_or_apologise(
    on_new_message: Callable[[Any], Awaitable[Any]], message: Any, channel: str
) -> bool:
    """Pass a message to Rasa; if handling fails, tell the person on their channel.

    Returns whether the message was handled. Replies already sent before the failure cannot be
    taken back on a phone, so the apology follows them.
    """
    try:
        await on_new_message(message)
        return True
    except Exception as error:
        logger.error("Handling a %s message failed (%s).", channel, type(error).__name__)
        try:
            await message.output_channel.send_text_message(message.sender_id, FAILURE_REPLY)
        except Exception as send_error:
            logger.error("Could not tell the person either (%s).", type(send_error).__name__)
        return False

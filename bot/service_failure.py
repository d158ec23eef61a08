"""What a person is told when a part of the service fails, and the channel helper that tells them.

A frightened person must never be met with silence or an error page: when the action server is
down or slow, or a database is busy or full, they get a short message with 999 and the Victim
Support Supportline, and are asked to send their message again. Logs name the failure, never
the message text.
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Awaitable, Callable
from typing import Any

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

# Names the custom action that failed in the turn being processed; set and read by the guard
# in bot/rasa_patches.py, within one task.
failed_action: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "failed_action", default=None
)


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

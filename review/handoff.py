"""A worker's message to a person, and handing the conversation back, through Rasa's HTTP API.

``POST /conversations/<id>/tracker/events`` (rasa/server.py ``append_events``) appends the
events under the conversation's lock. With ``execute_side_effects=true`` Rasa sends every
``bot`` event in the body through the output channel that ``_get_output_channel`` picks:
``output_channel=latest`` means the channel of the person's latest message, so an SMS
conversation gets an SMS. Channels whose output channel needs a live request (the REST
channel) fall back to Rasa's CollectingOutputChannel: the message is recorded but not sent,
which the page says. The tracker store saves the events, so the transcript shows them.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from core.text import SMS_LIMIT
from review.conversations import WORKER_KEY

BACK_TO_BOT = (
    "You're talking to the assistant again. Type help to see what it can do, or stop to end."
)
# Channels that can only answer inside the request that brought a message (Rasa's REST and
# terminal channels): a worker's later message is recorded but cannot reach the person.
REQUEST_ONLY_CHANNELS = frozenset({"rest", "cmdline"})


# Why a worker may text someone only with an override (viewmodels.CaseView's
# ``texting_needs_override``), in the words the case page shows.
OVERRIDE_WHY = {
    "not_asked": "They have not asked to talk to a person (or were handed back to the bot).",
    "contact_not_safe": "They said it is NOT safe to contact them.",
    # -- round 39, helper F5 -- "dont msg this phone" (Leon, 15, on his friend's phone).
    "no_reply_here": "They asked us NOT to message this phone: someone else may see it.",
}
# The only reasons an override may give: from a fixed list, so the audit log holds no free text.
OVERRIDE_REASONS = {
    "safeguarding": "A safeguarding concern that cannot wait",
    "asked_another_way": "They asked us to contact them, by another route",
    "agreed_follow_up": "A follow-up they agreed to with a support worker",
}


class HandoffError(RuntimeError):
    """Rasa did not accept the events, or the message may not be sent; it was not sent."""


class NeedsOverride(HandoffError):
    """The person did not ask for a person, or said contact is not safe."""


def refuse_without_override(why: list[str]) -> None:
    if why:
        raise NeedsOverride(
            " ".join(OVERRIDE_WHY[reason] for reason in why)
            + " Send it only with an override, which is audited."
        )


def check_override_reason(value: str) -> str:
    if value not in OVERRIDE_REASONS:
        raise HandoffError("Choose why you must send this message although the page warns.")
    return value


def check_confirmed(value: str) -> str:
    if value != "yes":
        raise HandoffError("Tick the box to confirm you have read the warning.")
    return value


def worker_message(text: str, worker: str) -> dict[str, Any]:
    return {"event": "bot", "text": text, "metadata": {WORKER_KEY: worker}}


def check_message(text: str) -> str:
    text = text.strip()
    if not text:
        raise HandoffError("The message is empty.")
    if len(text) > SMS_LIMIT:
        raise HandoffError(f"Keep the message to {SMS_LIMIT} characters (one text).")
    return text


def conversation_path(sender_id: str) -> str:
    """The sender id as Rasa's route sees it: Rasa's ``<conversation_id:path>`` parameter is
    not percent-decoded, so "+447700900123" must go as it is, not as "%2B447700900123"."""
    return quote(sender_id, safe="/+:@!$&'()*,;=")


def _handoff(state: str | None, waiting: bool) -> list[dict[str, Any]]:
    return [
        {"event": "slot", "name": "handoff", "value": state},
        {"event": "slot", "name": "waiting_for_person", "value": waiting},
    ]


async def append_events(
    rasa_url: str, token: str, sender_id: str, events: list[dict[str, Any]]
) -> None:
    url = f"{rasa_url}/conversations/{conversation_path(sender_id)}/tracker/events"
    params = {"output_channel": "latest", "execute_side_effects": "true", "token": token}
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            response = await client.post(url, params=params, json=events)
    except httpx.HTTPError as error:
        raise HandoffError(f"The bot could not be reached at {rasa_url}.") from error
    if response.status_code != 200:
        raise HandoffError(f"The bot refused the message (HTTP {response.status_code}).")


async def send(rasa_url: str, token: str, sender_id: str, text: str, worker: str) -> None:
    """A worker's message; from then on the worker has the conversation."""
    message = worker_message(check_message(text), worker)
    await append_events(rasa_url, token, sender_id, [message, *_handoff("worker", True)])


async def take_over(rasa_url: str, token: str, sender_id: str) -> None:
    """Take the conversation: the bot stops acknowledging the person's messages while the
    worker answers (it still answers danger, suicide, stop and delete my data)."""
    await append_events(rasa_url, token, sender_id, _handoff("worker", True))


async def hand_back(rasa_url: str, token: str, sender_id: str, worker: str) -> None:
    # Not marked as the worker's: the transcript shows it as the bot speaking again.
    back = {"event": "bot", "text": BACK_TO_BOT, "metadata": {"review_handed_back_by": worker}}
    await append_events(rasa_url, token, sender_id, [*_handoff(None, False), back])

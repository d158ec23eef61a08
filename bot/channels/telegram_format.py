"""Pure helpers of the Telegram channel: commands, buttons, secrets, duplicates and deletion.

Nothing here talks to Telegram or to Rasa, so the unit tests exercise every rule directly.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

# Telegram's own commands, as Rasa payloads. /start opens the assessment as a greeting does.
COMMANDS: dict[str, str] = {
    "start": "/greet",
    "help": "/help",
    "stop": "/stop",
    "delete": "/delete_my_data",
}
COMMAND_DESCRIPTIONS: dict[str, str] = {
    "start": "Start or carry on",
    "help": "What this is and how it works",
    "stop": "Stop the questions",
    "delete": "Delete this conversation and your answers",
}

# Telegram limits (core.telegram.org/bots/api): callback_data 1-64 bytes, text 4096 characters,
# deleteMessages 1-100 ids, and a bot may delete messages of a private chat for 48 hours.
CALLBACK_DATA_MAX_BYTES = 64
TEXT_MAX_CHARS = 4096
DELETE_BATCH = 100
DELETABLE_FOR_SECONDS = 48 * 60 * 60
# Long payloads travel as this prefix plus a digest; the channel keeps digest -> payload.
PAYLOAD_KEY_PREFIX = "k:"
# Telegram accepts secret_token of 1-256 characters from A-Z, a-z, 0-9, _ and -.
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_COMMAND = re.compile(r"^/([A-Za-z0-9_]+)(?:@[A-Za-z0-9_]+)?(?:\s|$)")

NON_TEXT_REPLY = (
    "Sorry, I can only read typed messages, not photos, stickers, voice notes or files. "
    "Please type your message. In an emergency call 999."
)
PRIVATE_ONLY_REPLY = (
    "I only talk in a private chat, to keep what you tell me private. Please message me directly."
)
EXPIRED_BUTTON_REPLY = "Sorry, that button has expired. Please type your answer instead."


def valid_secret(secret: str | None) -> bool:
    return bool(secret) and _SECRET.fullmatch(secret or "") is not None


def secret_matches(expected: str, given: str | None) -> bool:
    """Constant-time comparison, so the secret cannot be guessed byte by byte from timings."""
    if given is None:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def text_for_rasa(text: str) -> str:
    """What Rasa receives for a typed message.

    Our four commands become their intents. Any other leading slash is dropped, because Rasa
    reads "/intent{...}" as an intent with entities: only the buttons we send carry payloads,
    a person typing "/something" is just saying "something".
    """
    stripped = text.strip()
    match = _COMMAND.match(stripped)
    if match:
        command = match.group(1).lower()
        if command in COMMANDS:
            return COMMANDS[command]
    if stripped.startswith("/"):
        return stripped.lstrip("/").strip()
    return stripped


def payload_key(payload: str) -> str:
    return PAYLOAD_KEY_PREFIX + hashlib.sha256(payload.encode()).hexdigest()[:32]


def callback_data_for(payload: str) -> str:
    """The callback_data for a button: the payload itself when it fits, else a short key."""
    if (
        len(payload.encode()) <= CALLBACK_DATA_MAX_BYTES
        and not payload.startswith(PAYLOAD_KEY_PREFIX)
        and payload
    ):
        return payload
    return payload_key(payload)


def is_payload_key(data: str) -> bool:
    return data.startswith(PAYLOAD_KEY_PREFIX)


def keyboard_rows(buttons: Iterable[dict]) -> list[list[tuple[str, str]]]:
    """One button per row as (title, payload): long titles stay readable on a phone."""
    rows = []
    for button in buttons:
        title = str(button.get("title") or "").strip()
        payload = str(button.get("payload") or title).strip()
        if title:
            rows.append([(title, payload)])
    return rows


def split_text(text: str, limit: int = TEXT_MAX_CHARS) -> list[str]:
    """Split a long text into Telegram-sized parts, at paragraph, line or word breaks."""
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = limit
        for separator in ("\n\n", "\n", " "):
            found = rest.rfind(separator, 0, limit + 1)
            if found > 0:
                cut = found
                break
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


class RecentIds:
    """Remembers the last ``size`` update ids, so a redelivered update is processed once."""

    def __init__(self, size: int = 2048) -> None:
        self._size = size
        self._seen: OrderedDict[int, None] = OrderedDict()

    def seen(self, update_id: int) -> bool:
        return update_id in self._seen

    def add(self, update_id: int) -> None:
        self._seen[update_id] = None
        self._seen.move_to_end(update_id)
        while len(self._seen) > self._size:
            self._seen.popitem(last=False)

    def __len__(self) -> int:
        return len(self._seen)


@dataclass(frozen=True)
class DeletionPlan:
    deletable: list[int]
    too_old: int


def deletion_plan(messages: Iterable[tuple[int, float]], now: float) -> DeletionPlan:
    """Split (message id, sent at) into ids Telegram still lets a bot delete and a count of
    those it does not (older than 48 hours)."""
    deletable, too_old = [], 0
    for message_id, sent_at in messages:
        if now - sent_at < DELETABLE_FOR_SECONDS:
            deletable.append(message_id)
        else:
            too_old += 1
    return DeletionPlan(sorted(set(deletable)), too_old)


def batches(ids: Sequence[int], size: int = DELETE_BATCH) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _messages(count: int) -> str:
    return f"{count} message" if count == 1 else f"{count} messages"


def deletion_report(deleted: int, too_old: int, failed: int) -> str:
    """What the person is told after /delete about the messages in this chat."""
    parts = []
    if deleted:
        parts.append(f"I've also removed {_messages(deleted)} from this chat.")
    else:
        parts.append("There were no messages in this chat I could remove.")
    missed = []
    if too_old:
        missed.append(
            f"{_messages(too_old)} older than 48 hours (Telegram doesn't let me remove those)"
        )
    if failed:
        missed.append(f"{_messages(failed)} Telegram wouldn't let me remove")
    if missed:
        parts.append(
            "I couldn't remove "
            + " and ".join(missed)
            + ". Please delete them yourself, or delete the whole chat."
        )
    return " ".join(parts)

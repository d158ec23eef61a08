"""What a person types on Telegram and what the bot sends back, as text: commands, long texts,
and the channel's own replies. Pure, so the unit tests exercise every rule directly.
"""

from __future__ import annotations

import re

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

# Telegram's limit on the text of one message (core.telegram.org/bots/api).
TEXT_MAX_CHARS = 4096
_COMMAND = re.compile(r"^/([A-Za-z0-9_]+)(?:@[A-Za-z0-9_]+)?(?:\s|$)")

NON_TEXT_REPLY = (
    "Sorry, I can only read typed messages, not photos, stickers, voice notes or files. "
    "Please type your message. In an emergency call 999."
)
PRIVATE_ONLY_REPLY = (
    "I only talk in a private chat, to keep what you tell me private. Please message me directly."
)
EXPIRED_BUTTON_REPLY = "Sorry, that button has expired. Please type your answer instead."


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

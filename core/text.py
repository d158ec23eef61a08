"""The limits of what we send, and packing lines into messages that keep to them.

Every message the bot sends fits one long SMS: 320 characters, which Twilio recommends as the
most for a message (two concatenated GSM-7 segments). The web chat and Telegram keep to it too,
so a conversation reads the same on every channel.
"""

from __future__ import annotations

from collections.abc import Sequence

SMS_LIMIT = 320


def pack(lines: Sequence[str], head: str = "", tail: str = "", limit: int = SMS_LIMIT) -> list[str]:
    """Pack lines into as few newline-joined messages of at most ``limit`` characters.

    Lines are never split or reordered (a "line" may itself hold a newline, to keep a heading
    with its first bullet). ``head`` starts the first message and ``tail`` ends the last one,
    or starts a message of its own if it does not fit. A line longer than ``limit`` is an
    error in the content, not something to cut: it raises ``ValueError``.
    """
    messages: list[str] = []
    current: list[str] = [head] if head else []
    for line in [*lines, tail] if tail else list(lines):
        if len(line) > limit:
            raise ValueError(f"line longer than {limit} characters: {line!r}")
        if current and len("\n".join([*current, line])) > limit:
            messages.append("\n".join(current))
            current = []
        current.append(line)
    if current:
        messages.append("\n".join(current))
    return messages

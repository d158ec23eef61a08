"""Show a conversation's sender id without giving away a phone number or a chat id."""

from __future__ import annotations

import re

# Twilio gives "+447700900123" (or "whatsapp:+44..."), Telegram a numeric chat id.
_NUMBERISH = re.compile(r"^(?:[a-z]+:)?\+?[\d\s()-]{6,}$", re.IGNORECASE)


def mask_sender(sender_id: str) -> str:
    """A phone number or chat id keeps only its last 3 digits; anything else its first 8
    characters (web session ids are random and say nothing about the person)."""
    text = sender_id.strip()
    if _NUMBERISH.match(text):
        digits = re.sub(r"\D", "", text)
        return "•" * max(len(digits) - 3, 3) + digits[-3:]
    if len(text) <= 8:
        return text
    return text[:8] + "…"

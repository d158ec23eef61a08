"""Buttons as Telegram inline keyboards, and the callback data that brings their payloads back.

Telegram's callback_data holds 1-64 bytes (core.telegram.org/bots/api); a longer payload travels
as a short key, and the channel keeps key -> payload in its store.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

CALLBACK_DATA_MAX_BYTES = 64
# Long payloads travel as this prefix plus a digest; the channel keeps digest -> payload.
PAYLOAD_KEY_PREFIX = "k:"


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


def keyboard_rows(buttons: Iterable[Mapping[str, Any]]) -> list[list[tuple[str, str]]]:
    """One button per row as (title, payload): long titles stay readable on a phone."""
    rows: list[list[tuple[str, str]]] = []
    for button in buttons:
        title = str(button.get("title") or "").strip()
        payload = str(button.get("payload") or title).strip()
        if title:
            rows.append([(title, payload)])
    return rows

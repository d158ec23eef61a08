"""Web chat sessions: ids the server makes, and signed tokens that prove a page may resume one.

A session id names a conversation in Rasa. Only the server makes them (128 random bits), so no
page can pick someone else's. To carry on after a reload or a lost connection, the page sends
back the token it was given: the session id and the time it was issued, signed with
``WEBCHAT_SECRET_KEY`` (HMAC-SHA256). A token is refreshed with every message, and one not
refreshed for ``IDLE_SECONDS`` no longer resumes anything: the page starts a new conversation.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time

IDLE_SECONDS = 30 * 60
# Tokens issued a little "in the future" by a clock that moved are still accepted.
CLOCK_SKEW_SECONDS = 60
SESSION_ID = re.compile(r"[0-9a-f]{32}")
TOKEN = re.compile(r"([0-9a-f]{32})\.(\d{1,12})\.([0-9a-f]{64})")


def new_session_id() -> str:
    return secrets.token_hex(16)


class SessionTokens:
    def __init__(self, key: str, idle_seconds: int = IDLE_SECONDS) -> None:
        if not key:
            raise ValueError("session tokens need a key")
        self._key = key.encode("utf-8")
        self.idle_seconds = idle_seconds

    def _signature(self, session_id: str, issued: int) -> str:
        message = f"{session_id}.{issued}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def issue(self, session_id: str, now: float | None = None) -> str:
        issued = int(time.time() if now is None else now)
        return f"{session_id}.{issued}.{self._signature(session_id, issued)}"

    def session_of(self, token: object, now: float | None = None) -> str | None:
        """The session a token proves, or None if it is malformed, forged or idle too long."""
        if not isinstance(token, str):
            return None
        match = TOKEN.fullmatch(token)
        if match is None:
            return None
        session_id, issued_text, signature = match.groups()
        issued = int(issued_text)
        expected = self._signature(session_id, issued)
        if not hmac.compare_digest(signature, expected):
            return None
        current = time.time() if now is None else now
        if not issued - CLOCK_SKEW_SECONDS <= current <= issued + self.idle_seconds:
            return None
        return session_id

"""What replicas share through Redis when ``REDIS_URL`` is set (docs/deploy.md).

Without ``REDIS_URL`` nothing here is used: each process keeps its own locks, pre-consent
conversations and seen ids, as one ``bin/run`` does. With it:

* ``client``: one connection pool per process, shared by every thread.
* ``conversation_key``: names a conversation by a keyed hash (HMAC-SHA256) of its id, because an
  SMS conversation's id is the person's phone number and a Telegram one their chat id. Without
  the key the hashes cannot be checked against a list of numbers.
* ``seal`` and ``unseal``: what Redis holds about a conversation is encrypted and authenticated
  (Fernet) with a key derived from the same secret, so a copy of Redis's memory holds no
  message, and a value put into Redis by anyone without the key is refused before it is
  unpickled.
* ``SeenIds``: "handled once" for webhook ids (SET NX EX), across replicas.

The secret is ``REDIS_SECRET_KEY``, else one kept in ``var/`` (``core.settings``): replicas on one
machine share that file; replicas on several machines must be given the same value.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import logging
from typing import Protocol

import redis
from cryptography.fernet import Fernet, InvalidToken

from bot.channels.common import RecentlySeen
from core import settings

logger = logging.getLogger(__name__)

PREFIX = "victims:"
# Short: a Redis that does not answer must not hold up a turn for long; the callers fall back or
# report the failure.
SOCKET_TIMEOUT_SECONDS = 2.0


class SealBroken(ValueError):
    """A sealed value was not made with this service's key, or was altered."""


def enabled() -> bool:
    return bool(settings.redis_url())


@functools.lru_cache(maxsize=4)
def _client_for(url: str) -> redis.Redis:
    return redis.Redis.from_url(
        url,
        socket_timeout=SOCKET_TIMEOUT_SECONDS,
        socket_connect_timeout=SOCKET_TIMEOUT_SECONDS,
        health_check_interval=30,
    )


def client(url: str | None = None) -> redis.Redis:
    """The process's client for ``url`` (default ``REDIS_URL``)."""
    url = url or settings.redis_url()
    if not url:
        raise ValueError("REDIS_URL is not set")
    return _client_for(url)


@functools.lru_cache(maxsize=4)
def _derived(secret: str, purpose: bytes) -> bytes:
    # One secret, separate keys: the id hashes and the seal never share a key.
    return hmac.new(secret.encode("utf-8"), purpose, hashlib.sha256).digest()


def conversation_key(kind: str, conversation_id: str) -> str:
    """``victims:<kind>:<keyed hash of the id>``: the id itself is never in Redis."""
    key = _derived(settings.redis_secret_key(), b"conversation ids")
    digest = hmac.new(key, conversation_id.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{PREFIX}{kind}:{digest}"


def _fernet() -> Fernet:
    key = _derived(settings.redis_secret_key(), b"sealed values")
    return Fernet(base64.urlsafe_b64encode(key))


def seal(data: bytes) -> bytes:
    return _fernet().encrypt(data)


def unseal(token: bytes) -> bytes:
    try:
        return _fernet().decrypt(token)
    except InvalidToken:
        raise SealBroken("a value in Redis was not sealed with this service's key") from None


class SeenIds(Protocol):
    """The ids a channel has handled; ``first_time`` is the one atomic check-and-remember."""

    def __contains__(self, key: object) -> bool: ...

    def add(self, key: int) -> None: ...

    def first_time(self, key: int) -> bool: ...


class RedisSeenIds:
    """Webhook ids handled by any replica in the last ``keep_seconds``.

    The ids are the services' own references (Twilio's MessageSid, Telegram's update_id), not
    the person's number or words, so they go into the key as they are. When Redis cannot be
    reached the ids are kept in this process's memory instead: a message must never be dropped
    because the duplicate check failed.
    """

    def __init__(self, kind: str, keep_seconds: int, url: str | None = None) -> None:
        self.red = client(url)
        self.kind = kind
        self.keep_seconds = keep_seconds
        self._memory: RecentlySeen[object] = RecentlySeen(10_000)

    def _key(self, key: object) -> str:
        return f"{PREFIX}{self.kind}:{key}"

    def _unavailable(self, error: redis.RedisError) -> None:
        logger.warning("Seen ids kept in memory for now: Redis failed (%s).", type(error).__name__)

    def __contains__(self, key: object) -> bool:
        if key in self._memory:
            return True
        try:
            return bool(self.red.exists(self._key(key)))
        except redis.RedisError as error:
            self._unavailable(error)
            return False

    def add(self, key: object) -> None:
        try:
            self.red.set(self._key(key), b"1", ex=self.keep_seconds)
        except redis.RedisError as error:
            self._unavailable(error)
            self._memory.add(key)

    def first_time(self, key: object) -> bool:
        """True, and remember ``key`` for every replica, unless one has already taken it."""
        if key in self._memory:
            return False
        try:
            return bool(self.red.set(self._key(key), b"1", nx=True, ex=self.keep_seconds))
        except redis.RedisError as error:
            self._unavailable(error)
            return self._memory.first_time(key)

"""Rasa's SQL tracker store, made to keep nothing without consent and to erase on request.

It runs on SQLite (endpoints.yml) or, with ``DATABASE_URL`` set, on PostgreSQL
(``core.database``); the statements below are the same on both, apart from SQLite's pragmas.

* Until the person has agreed to the privacy notice (slot ``consent`` is true) their
  conversation lives only in this process's memory, for at most ``MEMORY_TTL_SECONDS`` of
  silence, and is never written to disk. Once they agree, the whole conversation so far is
  written, so support workers see what led to the assessment. With ``REDIS_URL`` set it lives in
  Redis instead, so that every replica sees it: sealed (encrypted and authenticated) under a
  keyed hash of the conversation id, expiring after the same silence (``bot.shared_redis``).
  That Redis must keep nothing on disk (docs/deploy.md).
* When ``action_delete_my_data`` sets the slot ``data_erased``, every event of that conversation
  is deleted from the database and from memory instead of being saved. The next message starts
  a new conversation.
* On SQLite the database runs in WAL mode with a busy timeout, so the review app can read while
  the bot writes. Erased events are overwritten (``secure_delete``) and the WAL is checkpointed
  and emptied after an erasure, so the text is gone from the files, not only from the tables.
  PostgreSQL has no such setting: what it keeps of deleted rows is in docs/deploy.md.
* Trackers are cached in memory per conversation, so a message does not rebuild its tracker from
  every stored event. A cached tracker is used only while the stored events still carry the
  stamp it was cached with (how many, and the newest time), checked with one small query under
  the conversation's lock, so a write by another process is never missed. The cached tracker
  itself is handed to the turn that reads it, not a copy, and only a saved tracker goes back into
  the cache: a turn that fails before saving leaves nothing of itself there, and the next read
  rebuilds the tracker from the database.
* When the database fails (busy past the timeout, disk full), the error goes up to the channel,
  which asks the person to send the message again, and names only the error, never the SQL
  with the person's message in it. ``bot/rasa_patches.py`` makes Rasa pass the error on.
"""

from __future__ import annotations

import functools
import json
import logging
import pickle
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import redis
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker

from bot import shared_redis

logger = logging.getLogger(__name__)

CONSENT_SLOT = "consent"
ERASED_SLOT = "data_erased"
MEMORY_TTL_SECONDS = 2 * 60 * 60
# Conversations whose trackers are kept ready; the least recently used go first.
CACHED_TRACKERS = 2000

# (number of stored events, newest stored timestamp) of one conversation.
Stamp = tuple[int, float | None]

T = TypeVar("T")


class ConversationStoreUnavailable(RuntimeError):
    """The conversation database could not be read or written; the message was not kept."""


def _without_sql(method: Callable[..., Awaitable[T]]) -> Callable[..., Awaitable[T]]:
    """Re-raise database and Redis errors with the database's own reason only.

    SQLAlchemy's error text carries the statement and its parameters, that is the person's
    message; ``from None`` keeps it out of tracebacks too.
    """

    @functools.wraps(method)
    async def wrapper(*args: Any, **kwargs: Any) -> T:
        try:
            return await method(*args, **kwargs)
        except sa.exc.SQLAlchemyError as error:
            # PostgreSQL's DETAIL lines, after the first, can quote a failing row.
            reason = str(getattr(error, "orig", None) or type(error).__name__).strip()
            raise ConversationStoreUnavailable(reason.splitlines()[0] if reason else "") from None
        except (redis.RedisError, shared_redis.SealBroken) as error:
            raise ConversationStoreUnavailable(type(error).__name__) from None

    return wrapper


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Deleted rows are overwritten with zeros, not left in free pages for anyone holding a copy
    # of the file to read back.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


class MemoryPreConsent:
    """Pickled trackers of conversations without consent, in this process's memory."""

    def __init__(self) -> None:
        # sender -> (last saved, pickled tracker)
        self._items: dict[str, tuple[float, bytes]] = {}
        self._lock = threading.Lock()

    def put(self, sender_id: str, frozen: bytes) -> None:
        with self._lock:
            self._evict_stale()
            self._items[sender_id] = (time.monotonic(), frozen)

    def get(self, sender_id: str) -> bytes | None:
        with self._lock:
            self._evict_stale()
            entry = self._items.get(sender_id)
        return None if entry is None else entry[1]

    def drop(self, sender_id: str) -> None:
        with self._lock:
            self._items.pop(sender_id, None)

    def senders(self) -> set[str]:
        with self._lock:
            self._evict_stale()
            return set(self._items)

    def _evict_stale(self) -> None:
        cutoff = time.monotonic() - MEMORY_TTL_SECONDS
        for key in [k for k, (seen, _) in self._items.items() if seen < cutoff]:
            del self._items[key]


class RedisPreConsent:
    """The same, in Redis for every replica: sealed, under a keyed hash of the sender id, and
    expiring ``ttl_seconds`` after the last save, as the memory's entries do."""

    KIND = "pre-consent"

    def __init__(self, ttl_seconds: int = MEMORY_TTL_SECONDS) -> None:
        self.red = shared_redis.client()
        self.ttl_seconds = ttl_seconds

    def _key(self, sender_id: str) -> str:
        return shared_redis.conversation_key(self.KIND, sender_id)

    def put(self, sender_id: str, frozen: bytes) -> None:
        self.red.set(self._key(sender_id), shared_redis.seal(frozen), ex=self.ttl_seconds)

    def get(self, sender_id: str) -> bytes | None:
        sealed = self.red.get(self._key(sender_id))
        return None if sealed is None else shared_redis.unseal(sealed)

    def drop(self, sender_id: str) -> None:
        self.red.delete(self._key(sender_id))

    def senders(self) -> set[str]:
        # The keys are hashes: the ids are read from the trackers themselves. Only Rasa's
        # conversation list asks, rarely.
        found = set()
        for key in self.red.scan_iter(match=f"{shared_redis.PREFIX}{self.KIND}:*"):
            sealed = self.red.get(key)
            if sealed is not None:
                found.add(pickle.loads(shared_redis.unseal(sealed)).sender_id)
        return found


PreConsent = MemoryPreConsent | RedisPreConsent


class ConsentAwareTrackerStore(SQLTrackerStore):
    """SQLTrackerStore that holds unconsented conversations in memory only."""

    engine: sa.engine.Engine  # set by SQLTrackerStore.__init__, which mypy cannot see

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            # SQLAlchemy 1.4 opens a new SQLite connection for every session (NullPool), so each
            # message paid for connecting and setting WAL mode twice: 15% of the server's CPU
            # in the benchmark. Connections are kept in a pool instead; only the event loop's
            # thread uses them.
            url = self.engine.url
            self.engine.dispose()
            self.engine = sa.create_engine(
                url, poolclass=sa.pool.QueuePool, connect_args={"check_same_thread": False}
            )
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        self._pre_consent: PreConsent = (
            RedisPreConsent() if shared_redis.enabled() else MemoryPreConsent()
        )
        # sender -> (stamp of the stored events, the tracker unless a turn has it, its events)
        self._cache: OrderedDict[str, tuple[Stamp, DialogueStateTracker | None, int]] = (
            OrderedDict()
        )
        self._cache_lock = threading.Lock()

    @_without_sql
    async def save(self, tracker: DialogueStateTracker) -> None:
        sender_id = tracker.sender_id
        if tracker.get_slot(ERASED_SLOT):
            self.erase(sender_id)
            logger.info("Conversation erased at the person's request.")
            return
        if tracker.get_slot(CONSENT_SLOT) is True:
            self._pre_consent.drop(sender_id)
            await self._save_to_database(tracker)
            return
        # Without consent nothing more is written, even for a conversation already on disk
        # (consent withdrawn, or an old session): what is there stays as it was.
        self._pre_consent.put(sender_id, pickle.dumps(tracker, protocol=pickle.HIGHEST_PROTOCOL))

    @_without_sql
    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        in_memory = self._from_memory(sender_id)
        if in_memory is not None:
            return in_memory
        stamp = self._stamp(sender_id)
        with self._cache_lock:
            cached = self._cache.get(sender_id)
            if cached is not None and cached[0] == stamp and cached[1] is not None:
                # Handed over, not copied: what the turn does to it comes back only by save().
                self._cache[sender_id] = (stamp, None, cached[2])
                self._cache.move_to_end(sender_id)
                return cached[1]
        tracker = await super().retrieve(sender_id)
        if tracker is not None:
            self._remember(sender_id, stamp, None, len(tracker.events))
        return tracker

    async def _save_to_database(self, tracker: DialogueStateTracker) -> None:
        """Append the events the stored conversation lacks, then cache the tracker.

        A tracker built from the cache or the database plus this turn's events is what the
        database would give back next time, unless this turn started a new session (Rasa then
        reads only the new session's events): such a tracker is not cached.
        """
        sender_id = tracker.sender_id
        with self._cache_lock:
            cached = self._cache.pop(sender_id, None)
        if cached is None:
            await super().save(tracker)  # counts what is stored, as Rasa does
            return
        # The cached tracker's stamp was checked by ``retrieve`` under this conversation's lock,
        # which is still held: nothing else can have written since.
        (count, newest), _, known = cached
        new_events = list(tracker.events)[known:]
        with self.session_scope() as session:
            for event in new_events:
                data = event.as_dict()
                session.add(
                    self.SQLEvent(
                        sender_id=sender_id,
                        type_name=event.type_name,
                        timestamp=data.get("timestamp"),
                        intent_name=data.get("parse_data", {}).get("intent", {}).get("name"),
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            session.commit()
        if any(isinstance(event, SessionStarted) for event in new_events):
            return
        times = [t for t in [newest, *(e.timestamp for e in new_events)] if t is not None]
        self._remember(
            sender_id,
            (count + len(new_events), max(times, default=None)),
            tracker,
            len(tracker.events),
        )

    def _stamp(self, sender_id: str) -> Stamp:
        with self.session_scope() as session:
            count, newest = (
                session.query(sa.func.count(self.SQLEvent.id), sa.func.max(self.SQLEvent.timestamp))
                .filter(self.SQLEvent.sender_id == sender_id)
                .one()
            )
        return int(count), newest

    def _remember(
        self, sender_id: str, stamp: Stamp, tracker: DialogueStateTracker | None, known: int
    ) -> None:
        with self._cache_lock:
            self._cache[sender_id] = (stamp, tracker, known)
            self._cache.move_to_end(sender_id)
            while len(self._cache) > CACHED_TRACKERS:
                self._cache.popitem(last=False)

    @_without_sql
    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        in_memory = self._from_memory(conversation_id)
        if in_memory is not None:
            return in_memory
        return await super().retrieve_full_tracker(conversation_id)

    @_without_sql
    async def keys(self) -> list[str]:
        stored = set(await super().keys())
        return sorted(stored | self._pre_consent.senders())

    def erase(self, sender_id: str) -> int:
        """Delete every stored event of one conversation; returns how many rows went."""
        self._pre_consent.drop(sender_id)
        with self._cache_lock:
            self._cache.pop(sender_id, None)
        with self.session_scope() as session:
            deleted = (
                session.query(self.SQLEvent)
                .filter(self.SQLEvent.sender_id == sender_id)
                .delete(synchronize_session=False)
            )
            session.commit()
            if self.engine.dialect.name == "sqlite":
                # The WAL still holds the erased events until it is copied back and emptied.
                # PostgreSQL's own vacuum reclaims deleted rows (docs/deploy.md).
                session.execute(sa.text("PRAGMA wal_checkpoint(TRUNCATE)"))
        return int(deleted)

    def _from_memory(self, sender_id: str) -> DialogueStateTracker | None:
        frozen = self._pre_consent.get(sender_id)
        # A new copy each time, so the caller cannot change what is kept.
        return None if frozen is None else pickle.loads(frozen)

"""Accounts, passwords, lockout, sessions and CSRF tokens (pure helpers plus small DB calls).

Passwords are hashed with scrypt (memory-hard: n=2**14, r=8, so 16 MiB per hash) and compared
in constant time. A session is a random token: the cookie holds it with an HMAC signature, the
database holds only its SHA-256, the user, the CSRF token and when it was last used.

A log-in attempt costs exactly one scrypt whatever its outcome (unknown name, wrong password,
locked or disabled account, success), and the scrypt runs in a worker thread
(``attempt_login_async``), so neither the answer's timing nor a busy event loop tells anyone
which names exist or which accounts are locked.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from core.records import now_iso
from review.store import SESSIONS, USERS

# Least to most trusted: each role may do everything the ones before it may.
ROLES = ("worker", "admin")
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_SCRYPT_MAXMEM = 64 * 1024 * 1024
MIN_PASSWORD_CHARS = 12
# The characters of every token we issue (secrets.token_urlsafe): a token with any other
# character, or longer than any of ours, is malformed, not merely wrong or expired.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,128}")


class AccountError(ValueError):
    """An account cannot be created or changed as asked."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def has_role(self, role: str) -> bool:
        """At least ``role``; an account whose role is unknown has none."""
        if self.role not in ROLES:
            return False
        return ROLES.index(self.role) >= ROLES.index(role)


@dataclass(frozen=True)
class Session:
    user: User
    csrf: str
    token_hash: str


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=_SCRYPT_MAXMEM,
        dklen=32,
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def _dummy_hash() -> str:
    """A well-formed hash that no password matches, checked when a name is unknown so that the
    attempt costs the same scrypt as a real one. Random, so it costs no hashing to make."""
    salt, digest = secrets.token_bytes(16), secrets.token_bytes(32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


_DUMMY_HASH = _dummy_hash()


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_SCRYPT_MAXMEM,
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def password_problem(name: str, password: str) -> str | None:
    if len(password) < MIN_PASSWORD_CHARS:
        return f"The password must be at least {MIN_PASSWORD_CHARS} characters long."
    if name.lower() in password.lower():
        return "The password must not contain the account name."
    return None


def create_user(db: sa.engine.Engine, name: str, role: str, password: str) -> User:
    name = name.strip()
    if not name or len(name) > 64 or not name.replace(".", "").replace("-", "").isalnum():
        raise AccountError("Names are letters and digits (dots and dashes allowed), up to 64.")
    if role not in ROLES:
        raise AccountError(f"The role must be one of: {', '.join(ROLES)}.")
    problem = password_problem(name, password)
    if problem:
        raise AccountError(problem)
    row = {"name": name, "role": role, "password_hash": hash_password(password)}
    try:
        with db.begin() as conn:
            made = conn.execute(USERS.insert().values(**row, created_at=now_iso()))
            user_id = made.inserted_primary_key[0]
    except sa.exc.IntegrityError as error:
        raise AccountError(f"There is already an account called {name}.") from error
    return User(int(user_id or 0), name, role)


def list_users(db: sa.engine.Engine) -> list[dict[str, Any]]:
    u = USERS.c
    query = sa.select(
        u.id, u.name, u.role, u.failed_logins, u.locked_until, u.disabled, u.created_at
    ).order_by(u.name)
    with db.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query)]


def set_disabled(db: sa.engine.Engine, user_id: int, disabled: bool) -> None:
    with db.begin() as conn:
        conn.execute(sa.update(USERS).where(USERS.c.id == user_id).values(disabled=int(disabled)))
        if disabled:
            conn.execute(sa.delete(SESSIONS).where(SESSIONS.c.user_id == user_id))


def unlock(db: sa.engine.Engine, user_id: int) -> None:
    with db.begin() as conn:
        conn.execute(
            sa.update(USERS).where(USERS.c.id == user_id).values(failed_logins=0, locked_until=None)
        )


@dataclass(frozen=True)
class LoginResult:
    user: User | None
    outcome: str  # ok, unknown, bad, locked, disabled
    # The account's own name when the name given is an account's: what the audit log may keep.
    # What was typed is never kept (it may be a password typed in the wrong box).
    account: str | None = None


def _stored_hash(db: sa.engine.Engine, name: str) -> str:
    with db.connect() as conn:
        found = conn.execute(
            sa.select(USERS.c.password_hash).where(USERS.c.name == name.strip())
        ).scalar()
    return str(found) if found is not None else _DUMMY_HASH


def _settle(
    db: sa.engine.Engine,
    name: str,
    password_ok: bool,
    *,
    max_failures: int,
    lockout_seconds: float,
    now: float | None,
) -> LoginResult:
    """The outcome once the password is checked, from the account as it is now (another attempt
    may have changed it meanwhile). No await in here: each attempt's count is updated whole."""
    now = time.time() if now is None else now
    with db.begin() as conn:
        return _settle_in(conn, name, password_ok, max_failures, lockout_seconds, now)


def _settle_in(
    conn: sa.engine.Connection,
    name: str,
    password_ok: bool,
    max_failures: int,
    lockout_seconds: float,
    now: float,
) -> LoginResult:
    # FOR UPDATE (PostgreSQL): another app process counting a failure waits for this one.
    account_row = sa.select(USERS).where(USERS.c.name == name.strip()).with_for_update()
    found = conn.execute(account_row).first()
    if found is None:
        return LoginResult(None, "unknown")
    row = found._mapping
    account = str(row["name"])
    if row["locked_until"] and row["locked_until"] > now:
        return LoginResult(None, "locked", account)
    if not password_ok:
        failures = int(row["failed_logins"]) + 1
        locked_until = now + lockout_seconds if failures >= max_failures else None
        conn.execute(
            sa.update(USERS)
            .where(USERS.c.id == row["id"])
            .values(failed_logins=0 if locked_until else failures, locked_until=locked_until)
        )
        return LoginResult(None, "locked" if locked_until else "bad", account)
    if row["disabled"]:
        return LoginResult(None, "disabled", account)
    conn.execute(
        sa.update(USERS).where(USERS.c.id == row["id"]).values(failed_logins=0, locked_until=None)
    )
    return LoginResult(User(row["id"], row["name"], row["role"]), "ok", account)


def attempt_login(
    db: sa.engine.Engine,
    name: str,
    password: str,
    *,
    max_failures: int,
    lockout_seconds: float,
    now: float | None = None,
) -> LoginResult:
    """Check a password; after ``max_failures`` wrong ones in a row the account is locked.

    Exactly one scrypt whatever the outcome: an unknown name checks a dummy hash, and a locked
    or disabled account has its password checked before it is refused.
    """
    password_ok = verify_password(password, _stored_hash(db, name))
    return _settle(
        db,
        name,
        password_ok,
        max_failures=max_failures,
        lockout_seconds=lockout_seconds,
        now=now,
    )


async def attempt_login_async(
    db: sa.engine.Engine,
    name: str,
    password: str,
    *,
    max_failures: int,
    lockout_seconds: float,
) -> LoginResult:
    """``attempt_login`` for the web app: the scrypt runs in a worker thread, so the event loop
    goes on serving other workers while it runs; the database is touched only from the loop."""
    stored = _stored_hash(db, name)
    password_ok = await asyncio.to_thread(verify_password, password, stored)
    return _settle(
        db,
        name,
        password_ok,
        max_failures=max_failures,
        lockout_seconds=lockout_seconds,
        now=None,
    )


# ------------------------------------------------------------------------------ sessions ----


def sign(secret: str, value: str) -> str:
    mac = hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()
    return f"{value}.{mac}"


def unsign(secret: str, signed: str | None) -> str | None:
    if not signed or "." not in signed:
        return None
    value, mac = signed.rsplit(".", 1)
    expected = hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()
    # As bytes: compare_digest raises on str with non-ASCII characters, and a cookie may hold any.
    return value if hmac.compare_digest(mac.encode(), expected.encode()) else None


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(db: sa.engine.Engine, user: User, now: float | None = None) -> str:
    """A new session for ``user``; returns the token for the cookie (to be signed)."""
    now = time.time() if now is None else now
    token = secrets.token_urlsafe(32)
    with db.begin() as conn:
        conn.execute(
            SESSIONS.insert().values(
                token_hash=_token_hash(token),
                user_id=user.id,
                csrf=secrets.token_urlsafe(32),
                created_at=now,
                last_seen=now,
            )
        )
    return token


def load_session(
    db: sa.engine.Engine, token: str | None, idle_seconds: float, now: float | None = None
) -> Session | None:
    """The live session for ``token``, touched; None when unknown, idle too long or disabled."""
    if not token:
        return None
    now = time.time() if now is None else now
    token_hash = _token_hash(token)
    s, u = SESSIONS.c, USERS.c
    mine = SESSIONS.c.token_hash == token_hash
    with db.begin() as conn:
        found = conn.execute(
            sa.select(s.csrf, s.last_seen, u.id, u.name, u.role, u.disabled)
            .select_from(SESSIONS.join(USERS, u.id == s.user_id))
            .where(mine)
        ).first()
        if found is None:
            return None
        row = found._mapping
        if row["disabled"] or now - row["last_seen"] > idle_seconds:
            conn.execute(sa.delete(SESSIONS).where(mine))
            return None
        conn.execute(sa.update(SESSIONS).where(mine).values(last_seen=now))
    return Session(User(row["id"], row["name"], row["role"]), row["csrf"], token_hash)


def end_session(db: sa.engine.Engine, token_hash: str) -> None:
    with db.begin() as conn:
        conn.execute(sa.delete(SESSIONS).where(SESSIONS.c.token_hash == token_hash))


def well_formed_token(given: object) -> bool:
    """Whether ``given`` looks like a token we issue (a missing one is not malformed, only
    missing); anything else is a damaged or hand-made request."""
    return isinstance(given, str) and _TOKEN.fullmatch(given) is not None


def csrf_ok(expected: str | None, given: str | None) -> bool:
    if not expected or not given:
        return False
    # As bytes: compare_digest raises on str with non-ASCII characters.
    return hmac.compare_digest(str(expected).encode(), str(given).encode())

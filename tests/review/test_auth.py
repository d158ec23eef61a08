"""Passwords, lockout, sessions and signatures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from review import auth, store


@pytest.fixture
def db(tmp_path: Path) -> sa.engine.Engine:
    return store.review_db(str(tmp_path / "review.db"))


def test_scrypt_hash_verifies_only_the_right_password() -> None:
    stored = auth.hash_password("correct horse battery")
    assert stored.startswith("scrypt$16384$8$1$")
    assert auth.verify_password("correct horse battery", stored)
    assert not auth.verify_password("correct horse batterY", stored)
    assert not auth.verify_password("x", "not-a-hash")
    assert auth.hash_password("same password!!") != auth.hash_password("same password!!")


def test_weak_or_duplicate_accounts_are_refused(db: sa.engine.Engine) -> None:
    with pytest.raises(auth.AccountError, match="12 characters"):
        auth.create_user(db, "bob", "worker", "short")
    with pytest.raises(auth.AccountError, match="account name"):
        auth.create_user(db, "bob", "worker", "bob-is-my-password")
    with pytest.raises(auth.AccountError, match="role"):
        auth.create_user(db, "bob", "boss", "a long enough password")
    auth.create_user(db, "bob", "worker", "a long enough password")
    with pytest.raises(auth.AccountError, match="already"):
        auth.create_user(db, "bob", "admin", "another long password")


def test_repeated_wrong_passwords_lock_the_account_even_for_the_right_one(
    db: sa.engine.Engine,
) -> None:
    auth.create_user(db, "carol", "worker", "long pass for C!")
    args: dict[str, Any] = {"max_failures": 3, "lockout_seconds": 600, "now": 1000.0}
    outcomes = [auth.attempt_login(db, "carol", "wrong", **args).outcome for _ in range(3)]
    assert outcomes == ["bad", "bad", "locked"]
    assert auth.attempt_login(db, "carol", "long pass for C!", **args).outcome == "locked"
    later = {**args, "now": 1000.0 + 601}
    user = auth.attempt_login(db, "carol", "long pass for C!", **later).user
    assert user and user.name == "carol"


def test_a_right_password_resets_the_count(db: sa.engine.Engine) -> None:
    auth.create_user(db, "dan", "worker", "long pass for D!")
    args: dict[str, Any] = {"max_failures": 3, "lockout_seconds": 600}
    auth.attempt_login(db, "dan", "wrong", **args)
    auth.attempt_login(db, "dan", "wrong", **args)
    assert auth.attempt_login(db, "dan", "long pass for D!", **args).outcome == "ok"
    assert auth.attempt_login(db, "dan", "wrong", **args).outcome == "bad"


def test_unknown_and_disabled_accounts_cannot_log_in(db: sa.engine.Engine) -> None:
    user = auth.create_user(db, "erin", "worker", "long pass for E!")
    args: dict[str, Any] = {"max_failures": 3, "lockout_seconds": 600}
    assert auth.attempt_login(db, "nobody", "long pass for E!", **args).user is None
    auth.set_disabled(db, user.id, True)
    assert auth.attempt_login(db, "erin", "long pass for E!", **args).outcome == "disabled"


def test_sessions_end_when_idle_or_when_the_account_is_disabled(db: sa.engine.Engine) -> None:
    user = auth.create_user(db, "fay", "admin", "long pass for F!")
    token = auth.start_session(db, user, now=0)
    session = auth.load_session(db, token, idle_seconds=60, now=50)
    assert session and session.user.role == "admin"
    assert auth.load_session(db, token, idle_seconds=60, now=100), "use keeps it alive"
    assert auth.load_session(db, token, idle_seconds=60, now=161) is None
    assert auth.load_session(db, token, idle_seconds=60, now=0) is None, "and it is gone"
    token = auth.start_session(db, user, now=0)
    auth.set_disabled(db, user.id, True)
    assert auth.load_session(db, token, idle_seconds=60, now=1) is None


def test_signed_values_refuse_tampering() -> None:
    signed = auth.sign("secret" * 8, "token")
    assert auth.unsign("secret" * 8, signed) == "token"
    assert auth.unsign("other" * 8, signed) is None
    assert auth.unsign("secret" * 8, "tokem" + signed[5:]) is None
    assert auth.unsign("secret" * 8, None) is None
    assert not auth.csrf_ok("abc", None) and not auth.csrf_ok(None, None)
    assert auth.csrf_ok("abc", "abc") and not auth.csrf_ok("abc", "abd")

"""Keeping what we write private to the user the service runs as, and the secrets it generates.

Everything under ``var/`` (the databases with their WAL and shared-memory files, logs, generated
secrets) is about victims or lets someone act as the service, so no other local user may read
it: ``var/`` and every folder in it are 0700, every file 0600.

* ``core/__init__.py`` sets the umask to 077 when any of our code is first imported, so every
  file and folder a process of ours creates (SQLite's WAL and -shm files, logs, the review app's
  database) is private from the moment it exists, whatever entry point started the process.
* ``secure_var`` also fixes what an older version left readable; ``bin/run``, Rasa's and the
  action server's entry points and the retention purge call it when they start.
* ``check_env_file`` refuses a ``.env`` (it holds the service's secrets) that others can read.
* ``secret_from`` reads a secret from the environment or, when unset, from a file under ``var/``
  that it creates with a random value the first time.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import sys
import tempfile
from pathlib import Path

PRIVATE_UMASK = 0o077
DIR_MODE = 0o700
FILE_MODE = 0o600
MIN_SECRET_CHARS = 32


class NotPrivate(RuntimeError):
    """A file holding secrets can be read by other local users."""


def use_private_umask() -> None:
    """New files and folders of this process are readable by its own user only."""
    os.umask(PRIVATE_UMASK)


def secure_var(var: Path | str = "var") -> Path:
    """Create ``var`` (0700) if needed and make every folder in it 0700 and every file 0600.

    Symbolic links are not followed: a link planted in ``var/`` must not make us change the
    mode of a file elsewhere.
    """
    root = Path(var)
    root.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    os.chmod(root, DIR_MODE)
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            path = Path(folder, name)
            if not path.is_symlink():
                os.chmod(path, DIR_MODE)
        for name in files:
            path = Path(folder, name)
            if not path.is_symlink():
                os.chmod(path, FILE_MODE)
    return root


def readable_by_others(path: Path | str) -> bool:
    """True when a user other than the owner may read or write ``path``."""
    return bool(os.stat(path).st_mode & (stat.S_IRWXG | stat.S_IRWXO))


def check_env_file(path: Path | str = ".env") -> None:
    """Raise NotPrivate when ``path`` exists and others may read or change it."""
    env_file = Path(path)
    if env_file.exists() and readable_by_others(env_file):
        raise NotPrivate(
            f"{env_file} holds the service's secrets but other users of this machine can read "
            f"or change it. Make it private first: chmod 600 {env_file}"
        )


def secret_from(name: str, var_file: Path | str) -> str:
    """The secret in environment variable ``name``; when unset, the one kept in ``var_file``,
    which is made (0600, in a 0700 folder) with a random value the first time."""
    value = os.environ.get(name, "").strip()
    if value:
        return value
    path = Path(var_file)
    kept = _read_secret(path)
    if kept:
        return kept
    path.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    # Processes start together (Rasa, the action server, replicas). The file appears only once
    # its value is written: a process that opened it empty, between another's create and write,
    # would otherwise start with no key at all. os.link publishes the finished file and fails
    # if someone else published first, so every process ends with the same secret.
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(secrets.token_hex(32))
        os.chmod(temporary, FILE_MODE)
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        os.unlink(temporary)
    kept = _read_secret(path)
    if not kept:
        raise ValueError(f"{path} is empty: delete it or set {name}")
    return kept


def _read_secret(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return ""


def main(argv: list[str] | None = None) -> int:
    """``python -m core.private secure-var [DIR]`` or ``check-env [FILE]``, for bin/run."""
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else ""
    try:
        if command == "secure-var":
            secure_var(args[1] if len(args) > 1 else "var")
            return 0
        if command == "check-env":
            check_env_file(args[1] if len(args) > 1 else ".env")
            return 0
    except NotPrivate as error:
        print(error, file=sys.stderr)
        return 1
    print("usage: python -m core.private secure-var [DIR] | check-env [FILE]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())

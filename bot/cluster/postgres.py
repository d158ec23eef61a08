"""A private PostgreSQL cluster for Rasa's conversations, made with initdb the first time.

Its data folder is readable by the server's user only (0700, as PostgreSQL itself demands).
When we run as root, initdb and the server refuse to run as root, so they run as Debian's
``postgres`` user; that user cannot enter ``var/`` (0700, root's), so the data folder is then in
the ``postgres`` user's home (``/var/lib/postgresql/victims-<hash of this folder>``, where Debian
keeps its own clusters). Otherwise it is ``var/postgres``.

The password is generated once and kept in ``var/postgres_password`` (0600); it reaches initdb
through a file only the server's user can read, removed at once, and the replicas through
``DATABASE_URL`` in their environment, never a command line. The server listens on 127.0.0.1 and
on a socket in its own folder, never logs a statement (psycopg2 sends values inside the SQL, so
a logged statement could hold someone's message), and logs errors without their details.
"""

from __future__ import annotations

import hashlib
import os
import pwd
import secrets
import shutil
import signal
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg2

from bot.cluster.processes import Child
from core import private

USER = "victims"
DATABASE = "victims"


class PostgresMissing(RuntimeError):
    """PostgreSQL's server programs, or the user they run as, are not installed."""


class PostgresFailed(RuntimeError):
    """The cluster could not be made or used; the message says why, never the password."""


def bindir() -> Path | None:
    """Where initdb, postgres and pg_ctl are: on PATH, or where Debian puts them (the newest)."""
    found = shutil.which("initdb")
    candidates = [Path(found).resolve().parent] if found else []
    candidates += sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    for folder in candidates:
        if all((folder / name).exists() for name in ("initdb", "postgres")):
            return folder
    return None


def server_user() -> dict[str, Any]:
    """subprocess arguments to run initdb and postgres as a user they accept (not root)."""
    if os.geteuid() != 0:
        return {}
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        raise PostgresMissing(
            "Running as root needs the postgres user, which Debian's postgresql package makes"
        ) from None
    return {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}


def kept_secret(path: Path) -> str:
    """The random value kept in ``path``, made (0600, in a private folder) the first time."""
    if path.exists():
        kept = path.read_text(encoding="utf-8").strip()
        if kept:
            return kept
    path.parent.mkdir(mode=private.DIR_MODE, parents=True, exist_ok=True)
    value = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, private.FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(value)
    return value


def default_folder(var: Path) -> Path:
    """``var/postgres``; as root, a folder in the postgres user's home (see above)."""
    if os.geteuid() != 0:
        return var / "postgres"
    tag = hashlib.sha256(str(var.resolve()).encode()).hexdigest()[:12]
    try:
        home = pwd.getpwnam("postgres").pw_dir
    except KeyError:
        raise PostgresMissing(
            "Running as root needs the postgres user, which Debian's postgresql package makes"
        ) from None
    return Path(home) / f"victims-{tag}"


class Postgres:
    """One cluster in ``folder`` (its ``data`` and its socket), on ``port`` of 127.0.0.1."""

    def __init__(
        self,
        folder: Path,
        password_file: Path,
        port: int,
        log: Path,
        max_connections: int = 100,
        durable: bool = True,
    ) -> None:
        found = bindir()
        if found is None:
            raise PostgresMissing("PostgreSQL's server programs (initdb, postgres) are missing")
        self.bin = found
        self.folder, self.data = folder, folder / "data"
        self.password_file, self.port, self.log = password_file, port, log
        self.max_connections, self.durable = max_connections, durable
        self.as_user = server_user()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        self.env["LC_ALL"] = "C"

    def password(self) -> str:
        kept = self.password_file.exists()
        if (self.data / "PG_VERSION").exists() and not kept:
            raise PostgresFailed(
                f"{self.data} exists but its password ({self.password_file}) is gone: "
                "remove the data folder to start a new, empty cluster"
            )
        return kept_secret(self.password_file)

    def initdb(self) -> None:
        """Make the cluster the first time; later runs keep its conversations."""
        password = self.password()
        if (self.data / "PG_VERSION").exists():
            return
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)
        pwfile = self.folder / "initdb-password"
        fd = os.open(pwfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(password)
        if self.as_user:
            for path in (self.folder, pwfile):
                os.chown(path, self.as_user["user"], self.as_user["group"])
        try:
            made = subprocess.run(
                [self.bin / "initdb", "-D", self.data, "-U", USER, "--pwfile", pwfile,
                 "--auth", "scram-sha-256", "--encoding", "UTF8", "--no-locale"],
                cwd=self.folder, env=self.env, stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE, **self.as_user,
            )  # fmt: skip
        finally:
            pwfile.unlink(missing_ok=True)
        if made.returncode != 0:
            shutil.rmtree(self.data, ignore_errors=True)
            raise PostgresFailed("initdb failed: " + made.stderr.decode(errors="replace")[-800:])

    def child(self) -> Child:
        settings = {
            "listen_addresses": "127.0.0.1",
            "unix_socket_directories": str(self.folder),
            "max_connections": str(self.max_connections),
            "log_min_error_statement": "panic",
            "log_error_verbosity": "terse",
        }
        if not self.durable:
            # For the tests' throwaway clusters only.
            settings.update(fsync="off", synchronous_commit="off", full_page_writes="off")
        command: list[Any] = [self.bin / "postgres", "-D", self.data, "-p", str(self.port)]
        for name, value in settings.items():
            command += ["-c", f"{name}={value}"]
        return Child(
            role="postgres", name="postgres", port=self.port, command=command, log=self.log,
            env=self.env, cwd=self.folder, stop_signal=signal.SIGINT, extra=self.as_user,
        )  # fmt: skip

    def ready(self) -> bool:
        try:
            conn = psycopg2.connect(
                host="127.0.0.1", port=self.port, user=USER, password=self.password(),
                dbname="postgres", connect_timeout=1,
            )  # fmt: skip
        except psycopg2.OperationalError:
            return False
        conn.close()
        return True

    def create_database(self) -> None:
        conn = psycopg2.connect(
            host="127.0.0.1", port=self.port, user=USER, password=self.password(),
            dbname="postgres", connect_timeout=5,
        )  # fmt: skip
        try:
            conn.autocommit = True
            with conn.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE])
                if cursor.fetchone() is None:
                    cursor.execute(f"CREATE DATABASE {DATABASE}")
        finally:
            conn.close()

    def url(self) -> str:
        password = quote(self.password(), safe="")
        return f"postgresql://{USER}:{password}@127.0.0.1:{self.port}/{DATABASE}"

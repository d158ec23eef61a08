"""Rasa's tracker store on PostgreSQL when ``DATABASE_URL`` is set (docs/deploy.md).

``bin/run`` writes the tracker store's endpoint from ``DATABASE_URL`` into ``var/endpoints.yml``:

    python -m core.database endpoints var/endpoints.yml

The URL holds the database's password, so it is read from the environment, never from the
command line (``ps`` shows every user the arguments of every process), and it is written only
into that file, made readable by this user alone, in ``var/`` (0700, ``core.private``). Nothing
here logs or prints it: errors name the part that is wrong, never the URL.

The purge (``core.retention``) connects with ``engine()``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL

from core import private, settings

TRACKER_STORE_CLASS = "bot.tracker_store.ConsentAwareTrackerStore"
# Rasa's SQL tracker store reads the same variable to choose a schema other than ``public``.
POSTGRESQL_SCHEMA = "POSTGRESQL_SCHEMA"


class BadDatabaseUrl(ValueError):
    """``DATABASE_URL`` cannot be used; the message never contains the URL."""


def parse(database_url: str) -> URL:
    """The SQLAlchemy URL of a ``postgresql://`` URL (``postgres://`` is taken as the same).

    Only PostgreSQL is accepted: SQLite stays configured in endpoints.yml.
    """
    try:
        url = sa.engine.make_url(database_url)
    except (sa.exc.ArgumentError, ValueError):
        raise BadDatabaseUrl("DATABASE_URL is not a database URL") from None
    if url.drivername == "postgres" or url.drivername.startswith("postgres+"):
        # Hosting services hand out ``postgres://``, a name SQLAlchemy 1.4 no longer knows.
        url = url.set(drivername="postgresql" + url.drivername[len("postgres") :])
    if url.get_backend_name() != "postgresql":
        raise BadDatabaseUrl(
            f"DATABASE_URL must start with postgresql://, not {url.get_backend_name()}://"
        )
    if not url.database:
        raise BadDatabaseUrl("DATABASE_URL names no database (postgresql://.../NAME)")
    return url


def configured() -> URL | None:
    """``DATABASE_URL`` parsed, or None when it is not set."""
    database_url = settings.database_url()
    return parse(database_url) if database_url else None


def tracker_store_endpoint(url: URL) -> dict[str, Any]:
    """The ``tracker_store`` entry of endpoints.yml for Rasa's SQL tracker store at ``url``.

    Rasa passes the entry's ``url`` as the host and builds the connection from the parts, so
    the password needs no escaping in a URL. ``login_db`` is left out on purpose: with it Rasa
    rebuilds its engine without the pool settings; the database must exist already.
    """
    endpoint: dict[str, Any] = {"type": TRACKER_STORE_CLASS, "dialect": url.drivername}
    if url.host:
        # Rasa splits the host as a URL's authority, where an IPv6 address needs brackets.
        endpoint["url"] = f"[{url.host}]" if ":" in url.host else url.host
    if url.port:
        endpoint["port"] = url.port
    endpoint["db"] = url.database
    if url.username:
        endpoint["username"] = url.username
    if url.password:
        endpoint["password"] = url.password
    if url.query:
        # sslmode and the like, passed on to psycopg2 as they came.
        endpoint["query"] = dict(url.query)
    return endpoint


def _yaml_block(endpoint: dict[str, Any]) -> str:
    """``endpoint`` as YAML, every string double-quoted.

    A JSON string is a YAML double-quoted scalar; quoted, a password containing ``${...}``
    is not taken by Rasa for an environment variable, nor one of digits for a number.
    """
    lines = [
        "tracker_store:",
        "  # Written by bin/run from DATABASE_URL: Rasa's SQL tracker store on PostgreSQL,",
        "  # holding nothing until the person consents (bot/tracker_store.py).",
    ]
    for key, value in endpoint.items():
        if isinstance(value, dict):
            lines.append(f"  {key}:")
            lines.extend(f"    {json.dumps(k)}: {json.dumps(v)}" for k, v in value.items())
        else:
            lines.append(f"  {key}: {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def with_tracker_store(endpoints_yml: str, endpoint: dict[str, Any]) -> str:
    """``endpoints_yml`` with its top-level ``tracker_store`` entry replaced by ``endpoint``."""
    kept: list[str] = []
    inside = False
    for line in endpoints_yml.splitlines(keepends=True):
        if line.startswith("tracker_store:"):
            inside = True
            continue
        if inside and line.strip() and not line[0].isspace():
            inside = False
        if not inside:
            kept.append(line)
    text = "".join(kept).rstrip()
    return (text + "\n\n" if text else "") + _yaml_block(endpoint)


def write_endpoints(path: Path, url: URL) -> None:
    """Rewrite the endpoints file at ``path`` to keep conversations at ``url``.

    The file gets the password: it is replaced by one created readable by this user only,
    whatever the umask, and only inside a folder no one else can read.
    """
    folder = path.resolve().parent
    if private.readable_by_others(folder):
        raise private.NotPrivate(f"{folder} can be read by other users: refusing to write there")
    text = with_tracker_store(path.read_text(encoding="utf-8"), tracker_store_endpoint(url))
    staging = path.with_name(path.name + ".new")
    staging.unlink(missing_ok=True)
    fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, private.FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(staging, path)


def engine(url: URL) -> sa.engine.Engine:
    """An engine for short jobs such as the purge: no pool, the schema Rasa uses."""
    connect_args: dict[str, Any] = {}
    schema = os.environ.get(POSTGRESQL_SCHEMA, "").strip()
    if schema:
        connect_args["options"] = f"-csearch_path={schema}"
    return sa.create_engine(url, poolclass=sa.pool.NullPool, connect_args=connect_args)


def describe(url: URL) -> str:
    """Where ``url`` points, without user or password, for logs."""
    where = f"{url.host or 'local socket'}" + (f":{url.port}" if url.port else "")
    return f"database {url.database} on {where}"


def main(argv: list[str] | None = None) -> int:
    """``python -m core.database endpoints FILE``: point FILE's tracker store at DATABASE_URL."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] != "endpoints":
        print("usage: python -m core.database endpoints FILE", file=sys.stderr)
        return 2
    try:
        url = configured()
        if url is None:
            print("DATABASE_URL is not set", file=sys.stderr)
            return 1
        write_endpoints(Path(args[1]), url)
    except (BadDatabaseUrl, private.NotPrivate) as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Conversations are kept in PostgreSQL: {describe(url)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

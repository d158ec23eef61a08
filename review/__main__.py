"""Command line: serve the app, add accounts, purge old data, seed conversations, check the
audit log.

python -m review serve --port 5006
python -m review add-user alice --role worker      (password prompted, or from stdin)
python -m review purge --days 90
python -m review seed --rasa-url http://127.0.0.1:5005
python -m review verify-audit                      (exit 1 if the audit log was altered)
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable
from pathlib import Path

import httpx

from core import retention
from core import settings as env
from review import audit, auth, config, seed, store


def _settings(args: argparse.Namespace) -> config.Settings:
    return config.from_env(
        tracker_db=getattr(args, "tracker_db", None),
        records_db=getattr(args, "records_db", None),
        review_db=getattr(args, "review_db", None),
    )


def _read_password(name: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(f"Password for {name}: ")
        if first != getpass.getpass("Again: "):
            raise auth.AccountError("The two passwords differ.")
        return first
    return sys.stdin.readline().rstrip("\n")


def cmd_serve(args: argparse.Namespace) -> int:
    settings = _settings(args)
    # httpx logs request URLs, and Rasa's token is in them.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    from review.app import create_app

    app = create_app(settings)
    app.run(
        host=args.host,
        port=args.port,
        access_log=False,
        debug=False,
        auto_reload=False,
        workers=1,
        motd=False,
    )
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    settings = _settings(args)
    db = store.review_db(str(settings.review_db))
    user = auth.create_user(db, args.name, args.role, _read_password(args.name))
    audit.record(db, "user_created", user="cli", detail=f"{user.name} ({user.role})")
    print(f"Created {user.role} account {user.name}.")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    settings = _settings(args)
    days = settings.retention_days if args.days is None else args.days
    counts = retention.purge(settings.tracker_db, settings.records_db, days)
    text = audit.purge_detail(days, counts)
    audit.record(store.review_db(str(settings.review_db)), "purge", user="cli", detail=text)
    print(f"Purged data {text}")
    return 0


def cmd_verify_audit(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if not env.database_url() and not Path(settings.review_db).exists():
        print(f"There is no audit log at {settings.review_db}.", file=sys.stderr)
        return 1
    result = audit.verify(store.review_db(str(settings.review_db)))
    if result.unchained:
        print(f"{result.unchained} entries from before the hash chain were not checked.")
    if not result.ok:
        print(
            f"The audit log was altered: entry {result.broken_at} {result.problem} "
            f"(the {result.entries} entries before it are intact).",
            file=sys.stderr,
        )
        return 1
    print(f"The audit log is intact: {result.entries} entries, last hash {result.head}.")
    print("Keep the last hash somewhere else: a log cut short at its end would still check.")
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    # The REST channel's token as Rasa reads it: REST_CHANNEL_TOKEN, else var/rest_channel_token.
    headers = {"Authorization": f"Bearer {env.rest_channel_token()}"}
    with httpx.Client(timeout=60, headers=headers) as client:
        senders = seed.seed(seed.rest_sayer(args.rasa_url.rstrip("/"), client), args.only)
    for name in senders:
        print(f"Seeded the '{name}' conversation.")
    return 0


def parser() -> argparse.ArgumentParser:
    summary = (__doc__ or "").splitlines()[0]
    main = argparse.ArgumentParser(prog="python -m review", description=summary)
    sub = main.add_subparsers(dest="command", required=True)

    def with_dbs(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument(
            "--tracker-db",
            type=Path,
            help="Rasa's SQLite tracker store (default: env VICTIMS_TRACKER_DB or var/rasa.db)",
        )
        p.add_argument("--records-db", type=Path, help="records DB (env VICTIMS_RECORDS_DB)")
        p.add_argument("--review-db", type=Path, help="accounts and audit (env REVIEW_DB)")
        return p

    serve = with_dbs(sub.add_parser("serve", help="run the web app"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=5006)
    serve.set_defaults(func=cmd_serve)

    add = with_dbs(sub.add_parser("add-user", help="create an account"))
    add.add_argument("name")
    add.add_argument("--role", choices=auth.ROLES, required=True)
    add.set_defaults(func=cmd_add_user)

    purge = with_dbs(sub.add_parser("purge", help="delete data older than the retention period"))
    purge.add_argument("--days", type=int, default=None)
    purge.set_defaults(func=cmd_purge)

    verify = with_dbs(
        sub.add_parser("verify-audit", help="check the audit log's hash chain, entry by entry")
    )
    verify.set_defaults(func=cmd_verify_audit)

    seed_cmd = sub.add_parser(
        "seed", help="hold ordinary scripted conversations with the bot, to try the app"
    )
    seed_cmd.add_argument("--rasa-url", default="http://127.0.0.1:5005")
    seed_cmd.add_argument("--only", nargs="*", choices=list(seed.SCRIPTS))
    seed_cmd.set_defaults(func=cmd_seed)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.func
    try:
        return command(args)
    except (auth.AccountError, config.ConfigError, seed.SeedError) as error:
        print(error, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

"""Rasa's own command line with our patches installed first (``bot/rasa_patches.py``).

    RASA_API_TOKEN=... python -m bot.server run --model models/victims.tar.gz --enable-api ...

``bin/run``, the end-to-end tests and the benchmark start Rasa this way instead of ``rasa run``,
so the patches are in place before Rasa loads the model or opens a conversation. Also:

* Rasa's HTTP API token comes from ``RASA_API_TOKEN`` in the environment, never from the
  command line, where ``ps`` shows it to every local user: ``--auth-token`` is refused, and
  ``--enable-api`` without a token too (the API would be open to anyone who reaches the port).
* Every log record is redacted (``core.redaction``) and ``var/`` is made private
  (``core.private``) before Rasa starts.
"""

from __future__ import annotations

import sys

from bot import rasa_patches
from core import private, redaction, settings

TOKEN_FLAG = "--auth-token"
API_FLAG = "--enable-api"


class UnsafeArguments(ValueError):
    """The command line would expose or leave out Rasa's API token."""


def with_api_token(argv: list[str], token: str) -> list[str]:
    """``argv`` with the API token added in-process from the environment.

    Python's ``sys.argv`` can change after the process started; what ``ps`` shows (the
    command line the process was started with) does not, so the token never appears there.
    """
    if any(arg == TOKEN_FLAG or arg.startswith(TOKEN_FLAG + "=") for arg in argv):
        raise UnsafeArguments(
            f"Do not pass {TOKEN_FLAG} on the command line, where every local user can read "
            "it: set RASA_API_TOKEN in the environment instead."
        )
    if API_FLAG not in argv:
        return argv
    if len(token) < private.MIN_SECRET_CHARS:
        raise UnsafeArguments(
            f"{API_FLAG} needs RASA_API_TOKEN: a random value of at least "
            f"{private.MIN_SECRET_CHARS} characters (bin/run keeps one in var/)."
        )
    return [*argv, TOKEN_FLAG, token]


def main() -> int:
    try:
        sys.argv = with_api_token(sys.argv, settings.env("RASA_API_TOKEN"))
    except UnsafeArguments as error:
        print(error, file=sys.stderr)
        return 2
    redaction.install()
    private.secure_var()
    rasa_patches.install()
    from rasa.__main__ import main as rasa_main

    rasa_main()
    return 0


if __name__ == "__main__":
    sys.exit(main())

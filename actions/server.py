"""The action server, as ``rasa run actions`` runs it, but answering only Rasa.

    ACTION_SERVER_TOKEN=... python -m actions.server --port 5055

rasa-sdk's server runs any action for anyone who reaches its port: a forged tracker could record
a referral with any contact details, or erase anyone's records by sender id. It also allows every
web origin (CORS ``*``), and when an action fails it answers 500 with the whole tracker (every
message, phone numbers included), which Rasa then writes to its log. This entry point builds
rasa-sdk's own app and:

* requires ``Authorization: Bearer <ACTION_SERVER_TOKEN>`` on every route but ``/health`` (which
  bin/run polls to see the server is up), compared in constant time; it refuses to start
  without a token. Rasa sends it from endpoints.yml (``headers``, filled in from the
  environment);
* allows no cross-origin requests;
* answers a failed action with its name and nothing else, and logs the error's type and where
  it happened, never its message (``core.redaction`` makes sure of it for every log line);
* refuses bodies over ``MAX_BODY_BYTES`` before reading them.
"""

from __future__ import annotations

import argparse
import hmac
import logging
import os
import sys
from typing import Any

from rasa_sdk.endpoint import create_app
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from actions.warm_up import warm_up
from core import private, redaction, settings

logger = logging.getLogger("actions.server")

DEFAULT_PORT = 5055
OPEN_PATHS = frozenset({"/health"})
# A whole tracker travels with every call, so a long conversation needs more than a webhook's
# limit; this bound only stops a caller from making the server buffer without end.
MAX_BODY_BYTES = 8 * 1024 * 1024


class MissingToken(RuntimeError):
    """The action server was asked to start without ACTION_SERVER_TOKEN."""


def authorised(header: str | None, token: str) -> bool:
    """True when ``header`` is ``Bearer <token>``; constant time in the token's content."""
    if not header or not token:
        return False
    scheme, _, presented = header.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(presented.strip().encode("utf-8"), token.encode("utf-8"))


def build_app(token: str, actions_package: str = "actions") -> Sanic:
    """rasa-sdk's app for ``actions_package``, answering only callers that present ``token``."""
    if len(token) < private.MIN_SECRET_CHARS:
        raise MissingToken(
            f"ACTION_SERVER_TOKEN must be set to a random value of at least "
            f"{private.MIN_SECRET_CHARS} characters (bin/run makes one in var/)."
        )
    # An empty list of origins: no web page anywhere may call the action server.
    app = create_app(actions_package, cors_origins=[])
    app.config.REQUEST_MAX_SIZE = MAX_BODY_BYTES

    @app.on_request
    async def require_token(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS:
            return None
        if authorised(request.headers.get("authorization"), token):
            return None
        logger.warning("Refused an action server request without the right token.")
        return response.json({"error": "unauthorised"}, status=401)

    async def failed(request: Request, exception: Exception) -> HTTPResponse:
        # rasa-sdk's own handler answers with the whole tracker; Rasa would log it.
        status = getattr(exception, "status_code", 500)
        if not isinstance(status, int) or status < 400:
            status = 500
        action = _action_name(request)
        logger.error(
            "Action %s failed (%s at %s).",
            action,
            type(exception).__name__,
            redaction.where(exception),
        )
        return response.json({"error": "the action failed", "action_name": action}, status=status)

    app.error_handler.add(Exception, failed)
    return app


def _action_name(request: Request) -> str:
    try:
        body: Any = request.json
    except Exception:
        return "?"
    name = body.get("next_action") if isinstance(body, dict) else None
    return name if isinstance(name, str) and name.isidentifier() else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--actions", default="actions", help="the package of custom actions")
    args = parser.parse_args(argv)
    redaction.install()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    private.secure_var()
    try:
        app = build_app(settings.action_server_token(), args.actions)
    except MissingToken as error:
        print(error, file=sys.stderr)
        return 1
    # Before listening, so that /health answers only when the first message can be read in time.
    warm_up()
    host = os.environ.get("SANIC_HOST", "127.0.0.1")
    logger.info("Action server listening on %s:%d.", host, args.port)
    app.run(host, args.port, workers=1, access_log=False, motd=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())

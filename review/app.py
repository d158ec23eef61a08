"""The Sanic app: settings, templates, the rules every request goes through, and the pages.

Every request: the session is loaded from the signed cookie (idle sessions end); every page
but the log-in page needs a session, and every POST the session's CSRF token (``web.page``);
every response gets the security headers. The pages are blueprints in ``review/routes/``.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, PackageLoader
from sanic import Sanic
from sanic.request import Request
from sanic.response import BaseHTTPResponse

from review import auth, casework, organisations, queue_index, store, triage, viewmodels, web
from review.config import Settings, check_secret
from review.routes import BLUEPRINTS
from review.throttle import LoginThrottle

STATIC = Path(__file__).with_name("static")
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def templates() -> Environment:
    env = Environment(loader=PackageLoader("review", "templates"), autoescape=True)
    env.filters["when"] = viewmodels.when
    env.filters["channel"] = viewmodels.channel_label
    env.globals.update(
        STATUSES=casework.STATUSES,
        FLAG_LABELS=triage.FLAG_LABELS,
        GROUP_LABELS=triage.GROUP_LABELS,
        REFERRAL_METHODS=casework.REFERRAL_METHODS,
    )
    return env


def create_app(settings: Settings, name: str = "review") -> Sanic:
    check_secret(settings)
    app = Sanic(name)
    app.config.FORWARDED_SECRET = None
    if settings.proxies_count > 0:
        # Only then is X-Forwarded-For believed (web.client_address): anyone can send it.
        app.config.PROXIES_COUNT = settings.proxies_count
    app.config.REQUEST_MAX_SIZE = 1_000_000
    app.ctx.settings = settings
    app.ctx.login_throttle = LoginThrottle(settings.login_attempts_per_address)
    app.ctx.templates = templates()
    app.static("/static", str(STATIC), name="static")
    app.register_middleware(load_session, "request")
    app.register_middleware(security_headers, "response")
    app.register_listener(load_directory_table, "before_server_start")
    app.register_listener(build_queue_index, "before_server_start")
    for blueprint in BLUEPRINTS:
        app.blueprint(blueprint)
    return app


async def load_session(request: Request) -> None:
    settings = web.settings(request)
    token = auth.unsign(settings.secret_key, request.cookies.get(web.SESSION_COOKIE))
    idle_seconds = settings.idle_minutes * 60
    request.ctx.session = (
        auth.load_session(web.review_db(request), token, idle_seconds) if token else None
    )


async def security_headers(request: Request, resp: BaseHTTPResponse) -> None:
    for header, value in SECURITY_HEADERS.items():
        resp.headers[header] = value
    if not request.path.startswith("/static/"):
        # Every page holds personal data: nothing is kept in a browser's or a proxy's cache.
        resp.headers["Cache-Control"] = "no-store"
        resp.headers["Pragma"] = "no-cache"


async def load_directory_table(app: Sanic, _loop: object) -> None:
    """The directory page reads the SQLite copy of the referral directory; ``bin/run`` builds
    it on every start, but an app pointed at another records database may find none."""
    settings: Settings = app.ctx.settings
    db = store.directory_db(str(settings.records_db))
    if not organisations.table_ready(db):
        organisations.load_table(db)


async def build_queue_index(app: Sanic, _loop: object) -> None:
    """Before the first page: the queue's index reads every event the first time it runs
    (review/queue_index.py), which should not be a worker's wait."""
    settings: Settings = app.ctx.settings
    store.ensure_sender_index(str(settings.tracker_db))
    tracker = store.tracker_db(str(settings.tracker_db))
    queue_index.sync(tracker, store.records_db(str(settings.records_db)))


__all__ = ["create_app"]

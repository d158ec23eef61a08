"""What every route shares: the settings and databases (through ``app.ctx``), the signed-in
session, rendering a template, writing the audit log, and the ``page`` decorator that guards
every page but the log-in page.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from functools import wraps
from typing import Any, Concatenate, ParamSpec, cast
from urllib.parse import urlencode

import sqlalchemy as sa
import sqlite_utils
from jinja2 import Environment
from sanic import response
from sanic.request import Request, RequestParameters
from sanic.response import HTTPResponse

from core import records
from review import audit, auth, store
from review.config import Settings
from review.throttle import LoginThrottle

SESSION_COOKIE = "review_session"
LOGIN_COOKIE = "review_login"
ROLE_NAMES = {"worker": "support workers", "admin": "administrators"}

P = ParamSpec("P")
# Coroutine, not Awaitable: Sanic's route decorators ask for a coroutine function.
Handler = Callable[Concatenate[Request, P], Coroutine[Any, Any, HTTPResponse]]


def settings(request: Request) -> Settings:
    return cast(Settings, request.app.ctx.settings)


def review_db(request: Request) -> sa.engine.Engine:
    return store.review_db(str(settings(request).review_db))


def records_db(request: Request) -> records.Records:
    return store.records_db(str(settings(request).records_db))


def directory_db(request: Request) -> sqlite_utils.Database:
    return store.directory_db(str(settings(request).records_db))


def tracker_db(request: Request) -> store.Tracker:
    return store.tracker_db(str(settings(request).tracker_db))


def login_throttle(request: Request) -> LoginThrottle:
    return cast(LoginThrottle, request.app.ctx.login_throttle)


def client_address(request: Request) -> str:
    """The address a request came from: the one a trusted proxy names (``PROXIES_COUNT``, set
    from ``REVIEW_PROXIES_COUNT``), else the connecting one."""
    return request.remote_addr or request.ip or "unknown"


def session(request: Request) -> auth.Session | None:
    """Set for every request by the app's session middleware (None when not signed in)."""
    return cast("auth.Session | None", request.ctx.session)


def signed_in(request: Request) -> auth.Session:
    """The session of a request that ``page`` let through."""
    current = session(request)
    if current is None:
        raise RuntimeError("only for handlers behind @page()")
    return current


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTTPResponse:
    current = session(request)
    templates = cast(Environment, request.app.ctx.templates)
    html = templates.get_template(template).render(
        user=current.user if current else None,
        csrf=current.csrf if current else "",
        request_path=request.path,
        **context,
    )
    return response.html(html, status=status)


def error_page(request: Request, status: int, title: str, message: str) -> HTTPResponse:
    return render(request, "error.html", status, title=title, message=message)


def csrf_refusal(request: Request, expected: str | None, message: str) -> HTTPResponse | None:
    """None when the form's CSRF token is ``expected``; else a 400 for a token that is not
    even of our making (never a 500), or a 403 for a missing, expired or wrong one."""
    given = request.form.get("csrf_token")
    if given and not auth.well_formed_token(given):
        return error_page(request, 400, "Bad request", "The form was damaged. Open it again.")
    if not auth.csrf_ok(expected, given):
        return error_page(request, 403, "Form expired", message)
    return None


def log(request: Request, action: str, view: Any = None, detail: str | None = None) -> None:
    """One audit entry. ``view`` is a case's view model: only its key and reference are kept."""
    current = session(request)
    audit.record(
        review_db(request),
        action,
        user=current.user.name if current else None,
        role=current.user.role if current else None,
        conversation=getattr(view, "key", None),
        case_reference=getattr(view, "reference", None),
        detail=detail,
    )


def set_cookie(request: Request, resp: HTTPResponse, name: str, value: str) -> None:
    resp.cookies[name] = value
    cookie = resp.cookies[name]
    cookie["httponly"] = True
    cookie["samesite"] = "Strict"
    cookie["path"] = "/"
    if settings(request).cookie_secure or request.scheme == "https":
        cookie["secure"] = True


def page(role: str = "worker") -> Callable[[Handler[P]], Handler[P]]:
    """Signed in with at least ``role``, and the session's CSRF token on every POST."""

    def decorate(handler: Handler[P]) -> Handler[P]:
        @wraps(handler)
        async def guarded(request: Request, *args: P.args, **kwargs: P.kwargs) -> HTTPResponse:
            current = session(request)
            if current is None:
                target = request.path if request.method == "GET" else "/queue"
                return response.redirect("/login?" + urlencode({"next": target}))
            if not current.user.has_role(role):
                log(request, "refused", detail=f"{request.method} {request.path}")
                who = ROLE_NAMES.get(role, role)
                return error_page(request, 403, "Not allowed", f"Only {who} can open this page.")
            if request.method == "POST":
                refused = csrf_refusal(
                    request,
                    current.csrf,
                    "The form had expired. Go back, reload the page and try again.",
                )
                if refused:
                    return refused
            return await handler(request, *args, **kwargs)

        return guarded

    return decorate


def query_value(args: RequestParameters, name: str, limit: int) -> str:
    """One query-string value, trimmed and cut short: filters never need more."""
    return str(args.get(name) or "").strip()[:limit]


def safe_next(values: RequestParameters | None) -> str:
    """Only a local path, so the log-in page cannot send anyone to another site."""
    target = str(values.get("next") or "/queue") if values else "/queue"
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/queue"
    return target

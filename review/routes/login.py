"""Signing in and out.

The log-in form has no session to tie its CSRF token to, so the token goes in a signed cookie
of its own; after five wrong passwords in a row the account is locked (``auth.attempt_login``).
"""

from __future__ import annotations

import secrets

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from review import audit, auth
from review.web import (
    LOGIN_COOKIE,
    SESSION_COOKIE,
    csrf_refusal,
    log,
    page,
    render,
    review_db,
    safe_next,
    session,
    set_cookie,
    settings,
    signed_in,
)

bp = Blueprint("login")


@bp.get("/")
async def home(request: Request) -> HTTPResponse:
    return response.redirect("/queue")


@bp.get("/login")
async def login_form(request: Request) -> HTTPResponse:
    if session(request):
        return response.redirect("/queue")
    return _login_page(request, 200, next=safe_next(request.args))


@bp.post("/login")
async def login(request: Request) -> HTTPResponse:
    secret = settings(request).secret_key
    expected = auth.unsign(secret, request.cookies.get(LOGIN_COOKIE))
    refused = csrf_refusal(request, expected, "The log-in form had expired. Open it again.")
    if refused:
        return refused
    name = (request.form.get("name") or "").strip()[:64]
    lockout_minutes = settings(request).lockout_minutes
    result = auth.attempt_login(
        review_db(request),
        name,
        request.form.get("password") or "",
        max_failures=settings(request).max_failed_logins,
        lockout_seconds=lockout_minutes * 60,
    )
    if result.user is None:
        audit.record(review_db(request), f"login_{result.outcome}", user=name or None)
        message = {
            "locked": "Too many wrong passwords: this account is locked for "
            f"{lockout_minutes} minutes. An administrator can unlock it.",
            "disabled": "This account is disabled. Ask an administrator.",
        }.get(result.outcome, "The name or password is not right.")
        return _login_page(request, 401, error=message, next=safe_next(request.form), name=name)
    session_token = auth.start_session(review_db(request), result.user)
    audit.record(review_db(request), "login", user=result.user.name, role=result.user.role)
    resp = response.redirect(safe_next(request.form))
    set_cookie(request, resp, SESSION_COOKIE, auth.sign(secret, session_token))
    del resp.cookies[LOGIN_COOKIE]
    return resp


@bp.post("/logout")
@page()
async def logout(request: Request) -> HTTPResponse:
    log(request, "logout")
    auth.end_session(review_db(request), signed_in(request).token_hash)
    resp = response.redirect("/login")
    del resp.cookies[SESSION_COOKIE]
    return resp


def _login_page(request: Request, status: int, **context: str) -> HTTPResponse:
    """The form with a fresh CSRF token, and the signed cookie that vouches for it."""
    token = secrets.token_urlsafe(32)
    resp = render(request, "login.html", status, login_csrf=token, **context)
    set_cookie(request, resp, LOGIN_COOKIE, auth.sign(settings(request).secret_key, token))
    return resp

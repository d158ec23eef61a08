"""Signing in and out.

The log-in form has no session to tie its CSRF token to, so the token goes in a signed cookie
of its own; after five wrong passwords in a row the account is locked (``auth.attempt_login``).

Every failed log-in gets the same page, with the same words and status, after the same one
scrypt, whether the name is unknown, the password wrong, or the account locked or disabled: no
one can learn which names exist, or find the accounts to lock. Each address has a budget of
attempts (``review/throttle.py``). The audit log keeps an account's own name for a failure on
an account, and nothing of what was typed.
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
    client_address,
    csrf_refusal,
    log,
    login_throttle,
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

LOGIN_FAILED = (
    "The name or password is not right, or the account cannot sign in now. After several "
    "wrong passwords an account is locked for a while: an administrator can unlock it."
)
TOO_MANY = "Too many attempts to sign in from here. Wait a few minutes, then try again."


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
    throttle, address = login_throttle(request), client_address(request)
    if not throttle.take(address):
        if throttle.first_refusal(address):
            audit.record(review_db(request), "login_throttled", user=None)
        resp = _login_page(request, 429, error=TOO_MANY, next=safe_next(request.form))
        resp.headers["Retry-After"] = str(throttle.retry_after())
        return resp
    name = (request.form.get("name") or "").strip()[:64]
    result = await auth.attempt_login_async(
        review_db(request),
        name,
        request.form.get("password") or "",
        max_failures=settings(request).max_failed_logins,
        lockout_seconds=settings(request).lockout_minutes * 60,
    )
    if result.user is None:
        # The account's own name when there is one; never the typed text (it may be a password).
        audit.record(review_db(request), f"login_{result.outcome}", user=result.account)
        return _login_page(
            request, 401, error=LOGIN_FAILED, next=safe_next(request.form), name=name
        )
    throttle.give_back(address)
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

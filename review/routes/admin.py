"""The administrators' pages: accounts, the audit log, and the retention purge."""

from __future__ import annotations

import time
from dataclasses import fields

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from core import retention
from review import audit, auth, casework
from review.web import (
    error_page,
    log,
    page,
    query_value,
    records_db,
    render,
    review_db,
    settings,
    signed_in,
)

bp = Blueprint("admin")


@bp.get("/admin/users")
@page("admin")
async def users(request: Request) -> HTTPResponse:
    log(request, "view_users")
    return _users_page(request, 200, done=request.args.get("done"))


@bp.post("/admin/users")
@page("admin")
async def create_user(request: Request) -> HTTPResponse:
    name = (request.form.get("name") or "").strip()
    role = request.form.get("role") or ""
    try:
        auth.create_user(review_db(request), name, role, request.form.get("password") or "")
    except auth.AccountError as error:
        return _users_page(request, 400, error=str(error), name=name)
    log(request, "user_created", detail=f"{name} ({role})")
    return response.redirect("/admin/users?done=created")


@bp.post("/admin/users/<user_id:int>/<change:unlock|disable|enable>")
@page("admin")
async def change_user(request: Request, user_id: int, change: str) -> HTTPResponse:
    if change == "unlock":
        auth.unlock(review_db(request), user_id)
    elif user_id == signed_in(request).user.id:
        return error_page(request, 400, "Not allowed", "You cannot disable your own account.")
    else:
        auth.set_disabled(review_db(request), user_id, change == "disable")
    log(request, f"user_{change}", detail=f"user id {user_id}")
    return response.redirect(f"/admin/users?done={change}")


@bp.get("/admin/audit")
@page("admin")
async def audit_page(request: Request) -> HTTPResponse:
    where = audit.AuditFilter(
        **{f.name: query_value(request.args, f.name, 100) for f in fields(audit.AuditFilter)}
    )
    entries = audit.query(review_db(request), where)
    log(request, "view_audit")
    return render(
        request,
        "audit.html",
        entries=entries,
        where=where,
        actions=audit.actions(review_db(request)),
    )


@bp.get("/admin/purge")
@page("admin")
async def purge_form(request: Request) -> HTTPResponse:
    return _purge_page(request, 200, days=settings(request).retention_days)


@bp.post("/admin/purge")
@page("admin")
async def purge(request: Request) -> HTTPResponse:
    try:
        days = int(request.form.get("days") or "")
    except ValueError:
        days = -1
    if days < 1 or request.form.get("confirm") != "yes":
        problem = "Give a number of days (1 or more) and tick the box to confirm."
        return _purge_page(request, 400, days=settings(request).retention_days, error=problem)
    counts = retention.purge(settings(request).tracker_db, settings(request).records_db, days)
    log(request, "purge", detail=audit.purge_detail(days, counts))
    return _purge_page(request, 200, days=days, counts=counts)


def _users_page(request: Request, status: int, **context: object) -> HTTPResponse:
    accounts = auth.list_users(review_db(request))
    return render(request, "users.html", status, users=accounts, now=time.time(), **context)


def _purge_page(request: Request, status: int, **context: object) -> HTTPResponse:
    accuracy = casework.accuracy(records_db(request))
    return render(request, "purge.html", status, accuracy=accuracy, **context)

"""The Sanic app: pages, forms and the rules every request goes through.

Every request: the session is loaded from the signed cookie (idle sessions end); every page
but the login page needs a session; every POST needs the session's CSRF token; every response
gets the security headers. Every view of a case, export and action is written to the audit log.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from functools import wraps
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from core import code_rules, records, retention
from core.contract import CRIME_TYPES, LONDON_BOROUGHS
from review import audit, auth, casework, conversations, handoff, store, triage, views
from review.config import Settings, check_secret
from review.masking import mask_sender

logger = logging.getLogger(__name__)

SESSION_COOKIE = "review_session"
LOGIN_COOKIE = "review_login"
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
DONE_MESSAGES = {
    "assigned": "The case is assigned to you.",
    "unassigned": "The case is no longer assigned.",
    "note": "Note added.",
    "status": "Status changed.",
    "tag": "Tag added.",
    "untag": "Tag removed.",
    "referral": "Referral recorded as sent. The status is now Referred.",
    "correction": "Your assessment is saved beside the bot's.",
    "message": "Message sent and added to the transcript.",
    "taken": "The bot is paused: only you answer this person now.",
    "handed_back": "The conversation is back with the bot.",
}

Handler = Callable[..., Awaitable[HTTPResponse]]


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("review", "templates"), autoescape=True)
    env.filters["when"] = views.when
    env.filters["channel"] = views.channel_label
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
    app.config.REQUEST_MAX_SIZE = 1_000_000
    app.static("/static", str(STATIC), name="static")
    env = _environment()
    idle_seconds = settings.idle_minutes * 60

    def review_db():
        return store.review_db(str(settings.review_db))

    def records_db():
        return store.records_db(str(settings.records_db))

    def tracker_db():
        return store.tracker_db(str(settings.tracker_db))

    def render(request: Request, template: str, status: int = 200, **context: Any) -> HTTPResponse:
        session = request.ctx.session
        html = env.get_template(template).render(
            user=session.user if session else None,
            csrf=session.csrf if session else "",
            request_path=request.path,
            **context,
        )
        return response.html(html, status=status)

    def log(request: Request, action: str, view: Any = None, detail: str | None = None) -> None:
        session = request.ctx.session
        audit.record(
            review_db(),
            action,
            user=session.user.name if session else None,
            role=session.user.role if session else None,
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
        if settings.cookie_secure or request.scheme == "https":
            cookie["secure"] = True

    @app.middleware("request")
    async def load_session(request: Request) -> None:
        token = auth.unsign(settings.secret_key, request.cookies.get(SESSION_COOKIE))
        request.ctx.session = auth.load_session(review_db(), token, idle_seconds) if token else None

    @app.middleware("response")
    async def security_headers(request: Request, resp: HTTPResponse) -> None:
        for header, value in SECURITY_HEADERS.items():
            resp.headers[header] = value
        if not request.path.startswith("/static/"):
            resp.headers["Cache-Control"] = "no-store"
            resp.headers["Pragma"] = "no-cache"

    def page(role: str | None = None) -> Callable[[Handler], Handler]:
        """Log-in required; ``role="admin"`` for admin pages; CSRF checked on every POST."""

        def decorate(handler: Handler) -> Handler:
            @wraps(handler)
            async def wrapper(request: Request, *args: Any, **kwargs: Any) -> HTTPResponse:
                session = request.ctx.session
                if session is None:
                    target = request.path if request.method == "GET" else "/queue"
                    return response.redirect("/login?" + urlencode({"next": target}))
                if role == "admin" and not session.user.is_admin:
                    log(request, "refused", detail=f"{request.method} {request.path}")
                    return render(request, "error.html", 403, title="Not allowed",
                                  message="Only administrators can open this page.")  # fmt: skip
                if request.method == "POST" and not auth.csrf_ok(
                    session.csrf, request.form.get("csrf_token")
                ):
                    return render(request, "error.html", 403, title="Form expired",
                                  message="The form had expired. Go back, reload the page "
                                  "and try again.")  # fmt: skip
                return await handler(request, *args, **kwargs)

            return wrapper

        return decorate

    # ---------------------------------------------------------------------- log in/out ----

    @app.get("/")
    async def home(request: Request) -> HTTPResponse:
        return response.redirect("/queue")

    @app.get("/login")
    async def login_form(request: Request) -> HTTPResponse:
        if request.ctx.session:
            return response.redirect("/queue")
        token = secrets.token_urlsafe(32)
        resp = render(request, "login.html", login_csrf=token, next=_safe_next(request.args))
        set_cookie(request, resp, LOGIN_COOKIE, auth.sign(settings.secret_key, token))
        return resp

    @app.post("/login")
    async def login(request: Request) -> HTTPResponse:
        expected = auth.unsign(settings.secret_key, request.cookies.get(LOGIN_COOKIE))
        if not auth.csrf_ok(expected, request.form.get("csrf_token")):
            return render(request, "error.html", 403, title="Form expired",
                          message="The log-in form had expired. Open it again.")  # fmt: skip
        name = (request.form.get("name") or "").strip()[:64]
        result = auth.attempt_login(
            review_db(),
            name,
            request.form.get("password") or "",
            max_failures=settings.max_failed_logins,
            lockout_seconds=settings.lockout_minutes * 60,
        )
        if result.user is None:
            audit.record(review_db(), f"login_{result.outcome}", user=name or None)
            message = {
                "locked": "Too many wrong passwords: this account is locked for "
                f"{settings.lockout_minutes} minutes. An administrator can unlock it.",
                "disabled": "This account is disabled. Ask an administrator.",
            }.get(result.outcome, "The name or password is not right.")
            token = secrets.token_urlsafe(32)
            resp = render(request, "login.html", 401, error=message, login_csrf=token,
                          next=_safe_next(request.form), name=name)  # fmt: skip
            set_cookie(request, resp, LOGIN_COOKIE, auth.sign(settings.secret_key, token))
            return resp
        session_token = auth.start_session(review_db(), result.user)
        audit.record(review_db(), "login", user=result.user.name, role=result.user.role)
        resp = response.redirect(_safe_next(request.form))
        set_cookie(request, resp, SESSION_COOKIE, auth.sign(settings.secret_key, session_token))
        del resp.cookies[LOGIN_COOKIE]
        return resp

    @app.post("/logout")
    @page()
    async def logout(request: Request) -> HTTPResponse:
        log(request, "logout")
        auth.end_session(review_db(), request.ctx.session.token_hash)
        resp = response.redirect("/login")
        del resp.cookies[SESSION_COOKIE]
        return resp

    # ---------------------------------------------------------------------------- queue ----

    def all_rows() -> list[triage.Row]:
        db = records_db()
        summaries = {s.sender_id: s for s in conversations.summaries(tracker_db())}
        cases = {row["sender_id"]: row for row in db["cases"].rows}
        for sender_id, case in cases.items():
            if sender_id not in summaries:
                summaries[sender_id] = conversations.Summary(
                    sender_id, _ts(case["created_at"]), _ts(case["updated_at"]), 0, False,
                    case["channel"],
                )  # fmt: skip
        flags: dict[str, list[str]] = {}
        for row in db["flags"].rows_where(order_by="id"):
            if row["flag"] not in flags.setdefault(row["sender_id"], []):
                flags[row["sender_id"]].append(row["flag"])
        states = casework.states(db)
        keys = casework.keys_for(db, summaries)
        return [
            triage.Row(
                sender_id=sender_id,
                key=keys[sender_id],
                summary=summary,
                state=states.get(sender_id, casework.CaseState()),
                case=cases.get(sender_id),
                flags=flags.get(sender_id, []),
            )
            for sender_id, summary in summaries.items()
        ]

    @app.get("/queue")
    @page()
    async def queue_page(request: Request) -> HTTPResponse:
        filters = triage.Filters(
            **{
                name: (request.args.get(name) or "").strip()[:200]
                for name in triage.Filters.__dataclass_fields__
            }
        )
        rows = all_rows()
        matches = conversations.search(tracker_db(), filters.q) if filters.q else None
        shown = triage.order(r for r in rows if triage.keep(r, filters, matches))
        used = [f"{k}" for k in triage.Filters.__dataclass_fields__ if getattr(filters, k)]
        # The search words themselves may be personal data: only that a search was made.
        log(request, "view_queue", detail="filters: " + ", ".join(used) if used else None)
        return render(
            request,
            "queue.html",
            rows=shown,
            total=len(rows),
            filters=filters,
            channels=sorted({r.channel for r in rows if r.channel}),
            categories=views.category_labels(),
            boroughs=sorted(LONDON_BOROUGHS),
            mask=mask_sender,
        )

    # ----------------------------------------------------------------------------- case ----

    def find_case(key: str) -> views.CaseView | None:
        db = records_db()
        sender_id = casework.sender_for(db, key)
        if sender_id is None:
            return None
        return views.load_case(tracker_db(), db, sender_id)

    def not_found(request: Request) -> HTTPResponse:
        return render(request, "error.html", 404, title="Case not found",
                      message="There is no such case. It may have been deleted at the person's "
                      "request or at the end of the retention period.")  # fmt: skip

    def case_page(request: Request, view: views.CaseView, status: int = 200, **extra: Any):
        return render(
            request,
            "case.html",
            status,
            case=view,
            labels=views.category_labels(),
            crime_types=sorted(CRIME_TYPES),
            done=DONE_MESSAGES.get(request.args.get("done") or ""),
            request_only_channels=handoff.REQUEST_ONLY_CHANNELS,
            max_message=handoff.SMS_LIMIT,
            today=date.today().isoformat(),
            **extra,
        )

    @app.get("/case/<key>")
    @page()
    async def case_view(request: Request, key: str) -> HTTPResponse:
        view = find_case(key)
        if view is None:
            return not_found(request)
        log(request, "view_case", view)
        return case_page(request, view)

    @app.get("/case/<key>/packet")
    @page()
    async def packet_page(request: Request, key: str) -> HTTPResponse:
        view = find_case(key)
        if view is None:
            return not_found(request)
        log(request, "export_packet_html", view)
        return render(request, "packet.html", case=view, packet=views.packet(view))

    @app.get("/case/<key>/packet.json")
    @page()
    async def packet_json(request: Request, key: str) -> HTTPResponse:
        view = find_case(key)
        if view is None:
            return not_found(request)
        log(request, "export_packet_json", view)
        name = f"referral-{view.reference or view.key}.json"
        return response.json(
            views.packet(view),
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
            dumps=lambda data: json.dumps(data, indent=2, ensure_ascii=False),
        )

    async def act(
        request: Request,
        key: str,
        action: str,
        run: Callable[[views.CaseView, str], Awaitable[str | None] | str | None],
        done: str,
    ) -> HTTPResponse:
        view = find_case(key)
        if view is None:
            return not_found(request)
        worker = request.ctx.session.user.name
        try:
            outcome = run(view, worker)
            detail = await outcome if hasattr(outcome, "__await__") else outcome
        except (casework.CaseworkError, handoff.HandoffError) as error:
            log(request, f"{action}_refused", view, detail=type(error).__name__)
            return case_page(request, find_case(key) or view, 400, error=str(error))
        log(request, action, view, detail=detail)
        return response.redirect(f"/case/{key}?done={done}#done")

    @app.post("/case/<key>/assign")
    @page()
    async def assign(request: Request, key: str) -> HTTPResponse:
        release = request.form.get("release") == "1"

        def run(view: views.CaseView, worker: str) -> str:
            casework.assign(records_db(), view.sender_id, None if release else worker, worker)
            return "released" if release else f"to {worker}"

        return await act(request, key, "assign", run, "unassigned" if release else "assigned")

    @app.post("/case/<key>/note")
    @page()
    async def note(request: Request, key: str) -> HTTPResponse:
        def run(view: views.CaseView, worker: str) -> str:
            text = request.form.get("note") or ""
            casework.add_note(records_db(), view.sender_id, text, worker)
            return f"{len(text.strip())} characters"

        return await act(request, key, "add_note", run, "note")

    @app.post("/case/<key>/status")
    @page()
    async def status(request: Request, key: str) -> HTTPResponse:
        def run(view: views.CaseView, worker: str) -> str:
            value = request.form.get("status") or ""
            casework.set_status(records_db(), view.sender_id, value, worker)
            return f"{view.state.status} -> {value}"

        return await act(request, key, "set_status", run, "status")

    @app.post("/case/<key>/tag")
    @page()
    async def tag(request: Request, key: str) -> HTTPResponse:
        def run(view: views.CaseView, worker: str) -> str:
            # Tags are free text a worker chose, so the audit says only that one was added.
            casework.add_tag(records_db(), view.sender_id, request.form.get("tag") or "")
            return None

        return await act(request, key, "add_tag", run, "tag")

    @app.post("/case/<key>/untag")
    @page()
    async def untag(request: Request, key: str) -> HTTPResponse:
        def run(view: views.CaseView, worker: str) -> None:
            casework.remove_tag(records_db(), view.sender_id, request.form.get("tag") or "")

        return await act(request, key, "remove_tag", run, "untag")

    @app.post("/case/<key>/referral")
    @page()
    async def referral(request: Request, key: str) -> HTTPResponse:
        def run(view: views.CaseView, worker: str) -> str:
            organisation = request.form.get("organisation") or ""
            method = request.form.get("method") or ""
            casework.record_referral_sent(
                records_db(),
                view.sender_id,
                organisation=organisation,
                sent_on=request.form.get("sent_on") or "",
                method=method,
                by=worker,
                known_organisations=views.directory(),
            )
            return f"{organisation} {method}"

        return await act(request, key, "referral_sent", run, "referral")

    @app.post("/case/<key>/correct")
    @page()
    async def correct(request: Request, key: str) -> HTTPResponse:
        def run(view: views.CaseView, worker: str) -> str:
            chosen = request.form.getlist("category") or []
            crime = request.form.get("crime_type") or None
            casework.record_correction(
                records_db(),
                view.sender_id,
                bot_categories=list(view.categories),
                worker_categories=chosen,
                bot_crime_type=view.crime_type,
                worker_crime_type=crime,
                comment=request.form.get("comment") or "",
                by=worker,
                allowed_categories=code_rules.CATEGORY_ORDER,
                allowed_crime_types=CRIME_TYPES,
            )
            agrees = set(chosen) == set(view.categories)
            return "agrees with the bot" if agrees else "differs from the bot"

        return await act(request, key, "correct_assessment", run, "correction")

    @app.post("/case/<key>/message")
    @page()
    async def message(request: Request, key: str) -> HTTPResponse:
        async def run(view: views.CaseView, worker: str) -> str:
            text = request.form.get("message") or ""
            await handoff.send(settings.rasa_url, settings.rasa_token, view.sender_id, text, worker)
            return f"{len(text.strip())} characters"

        return await act(request, key, "send_message", run, "message")

    @app.post("/case/<key>/take-over")
    @page()
    async def take_over(request: Request, key: str) -> HTTPResponse:
        async def run(view: views.CaseView, worker: str) -> None:
            await handoff.take_over(settings.rasa_url, settings.rasa_token, view.sender_id)

        return await act(request, key, "take_over", run, "taken")

    @app.post("/case/<key>/hand-back")
    @page()
    async def hand_back(request: Request, key: str) -> HTTPResponse:
        async def run(view: views.CaseView, worker: str) -> None:
            await handoff.hand_back(settings.rasa_url, settings.rasa_token, view.sender_id, worker)

        return await act(request, key, "hand_back", run, "handed_back")

    # ---------------------------------------------------------------------------- admin ----

    @app.get("/admin/users")
    @page("admin")
    async def users(request: Request) -> HTTPResponse:
        log(request, "view_users")
        return render(request, "users.html", users=auth.list_users(review_db()), now=time.time(),
                      done=request.args.get("done"))  # fmt: skip

    @app.post("/admin/users")
    @page("admin")
    async def create_user(request: Request) -> HTTPResponse:
        name = (request.form.get("name") or "").strip()
        try:
            auth.create_user(
                review_db(),
                name,
                request.form.get("role") or "",
                request.form.get("password") or "",
            )
        except auth.AccountError as error:
            return render(request, "users.html", 400, users=auth.list_users(review_db()),
                          now=time.time(), error=str(error), name=name)  # fmt: skip
        log(request, "user_created", detail=f"{name} ({request.form.get('role')})")
        return response.redirect("/admin/users?done=created")

    @app.post("/admin/users/<user_id:int>/<change:unlock|disable|enable>")
    @page("admin")
    async def change_user(request: Request, user_id: int, change: str) -> HTTPResponse:
        if change == "unlock":
            auth.unlock(review_db(), user_id)
        elif user_id == request.ctx.session.user.id:
            return render(request, "error.html", 400, title="Not allowed",
                          message="You cannot disable your own account.")  # fmt: skip
        else:
            auth.set_disabled(review_db(), user_id, change == "disable")
        log(request, f"user_{change}", detail=f"user id {user_id}")
        return response.redirect(f"/admin/users?done={change}")

    @app.get("/admin/audit")
    @page("admin")
    async def audit_page(request: Request) -> HTTPResponse:
        where = audit.AuditFilter(
            **{
                name: (request.args.get(name) or "").strip()[:100]
                for name in audit.AuditFilter.__dataclass_fields__
            }
        )
        entries = audit.query(review_db(), where)
        log(request, "view_audit")
        return render(request, "audit.html", entries=entries, where=where,
                      actions=audit.actions(review_db()))  # fmt: skip

    @app.get("/admin/purge")
    @page("admin")
    async def purge_form(request: Request) -> HTTPResponse:
        return render(request, "purge.html", days=settings.retention_days,
                      accuracy=casework.accuracy(records_db()))  # fmt: skip

    @app.post("/admin/purge")
    @page("admin")
    async def purge(request: Request) -> HTTPResponse:
        try:
            days = int(request.form.get("days") or "")
        except ValueError:
            days = -1
        if days < 1 or request.form.get("confirm") != "yes":
            problem = "Give a number of days (1 or more) and tick the box to confirm."
            return render(request, "purge.html", 400, days=settings.retention_days,
                          accuracy=casework.accuracy(records_db()), error=problem)  # fmt: skip
        counts = retention.purge(settings.tracker_db, settings.records_db, days)
        log(request, "purge", detail=_counts_text(days, counts))
        return render(request, "purge.html", days=days, counts=counts,
                      accuracy=casework.accuracy(records_db()))  # fmt: skip

    return app


def _counts_text(days: int, counts: dict[str, int]) -> str:
    return f"older than {days} days: " + ", ".join(f"{n} {t}" for t, n in counts.items())


def _ts(iso: str | None) -> float:
    return datetime.fromisoformat(iso).timestamp() if iso else 0.0


def _safe_next(values: Any) -> str:
    """Only a local path, so the log-in page cannot send anyone to another site."""
    target = (values.get("next") or "/queue") if values else "/queue"
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/queue"
    return target


__all__ = ["create_app", "records"]

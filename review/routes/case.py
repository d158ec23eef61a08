"""A case: its page, its referral packet (printable and JSON), and the actions a worker takes
on it, all served by one handler from the table in ``review/case_actions.py``."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from core.contract import CRIME_TYPES
from review import case_actions, handoff, viewmodels
from review.viewmodels import CaseView
from review.web import (
    error_page,
    log,
    page,
    records_db,
    render,
    settings,
    signed_in,
    tracker_db,
)

bp = Blueprint("case")
ACTION_PATTERN = "|".join(case_actions.ACTIONS)


@bp.get("/case/<key>")
@page()
async def case_view(request: Request, key: str) -> HTTPResponse:
    view = _find(request, key)
    if view is None:
        return _not_found(request)
    log(request, "view_case", view)
    return _case_page(request, view)


@bp.get("/case/<key>/packet")
@page()
async def packet_page(request: Request, key: str) -> HTTPResponse:
    view = _find(request, key)
    if view is None:
        return _not_found(request)
    log(request, "export_packet_html", view)
    return render(request, "packet.html", case=view, packet=viewmodels.packet(view))


@bp.get("/case/<key>/packet.json")
@page()
async def packet_json(request: Request, key: str) -> HTTPResponse:
    view = _find(request, key)
    if view is None:
        return _not_found(request)
    log(request, "export_packet_json", view)
    return response.json(
        viewmodels.packet(view),
        headers={"Content-Disposition": f'attachment; filename="{packet_filename(view)}"'},
        dumps=lambda data: json.dumps(data, indent=2, ensure_ascii=False),
    )


@bp.post(f"/case/<key>/<name:{ACTION_PATTERN}>")
@page()
async def act(request: Request, key: str, name: str) -> HTTPResponse:
    view = _find(request, key)
    if view is None:
        return _not_found(request)
    action = case_actions.ACTIONS[name]
    worker = signed_in(request).user.name
    try:
        values, lists = case_actions.read(action, request.form.getlist)
        acting = case_actions.Act(
            view, worker, values, lists, records_db(request), settings(request)
        )
        detail = await action.run(acting)
    except case_actions.REFUSALS as error:
        log(request, f"{action.audit}_refused", view, detail=type(error).__name__)
        return _case_page(request, _find(request, key) or view, 400, error=str(error))
    log(request, action.audit, view, detail=detail)
    return response.redirect(f"/case/{key}?done={action.done}#done")


def packet_filename(view: CaseView) -> str:
    """The download's name, from the case reference, cleaned before it goes into a header.

    The reference comes from the conversation's slots as well as from our records, and
    anything able to write the tracker (a caller of Rasa's API, a bug) could put quotes,
    semicolons or line breaks there: they would end the filename or the header. Only letters,
    digits and dashes are kept; the opaque review key is used when nothing is left.
    """
    cleaned = re.sub(r"[^A-Za-z0-9-]", "", str(view.reference or ""))[:40]
    return f"referral-{cleaned or view.key}.json"


def _find(request: Request, key: str) -> CaseView | None:
    return viewmodels.case_by_key(tracker_db(request), records_db(request), key)


def _not_found(request: Request) -> HTTPResponse:
    return error_page(
        request,
        404,
        "Case not found",
        "There is no such case. It may have been deleted at the person's request or at the end "
        "of the retention period.",
    )


def _case_page(request: Request, view: CaseView, status: int = 200, **extra: Any) -> HTTPResponse:
    return render(
        request,
        "case.html",
        status,
        case=view,
        labels=viewmodels.category_labels(),
        crime_types=sorted(CRIME_TYPES),
        done=case_actions.FLASHES.get(request.args.get("done") or ""),
        request_only_channels=handoff.REQUEST_ONLY_CHANNELS,
        override_why=handoff.OVERRIDE_WHY,
        override_reasons=handoff.OVERRIDE_REASONS,
        max_message=handoff.SMS_LIMIT,
        today=date.today().isoformat(),
        **extra,
    )

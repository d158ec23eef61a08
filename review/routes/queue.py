"""The queue: every conversation, most urgent first, with filters and a transcript search."""

from __future__ import annotations

from dataclasses import fields

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse

from core.contract import LONDON_BOROUGHS
from review import conversations, triage, viewmodels
from review.masking import mask_sender
from review.web import log, page, query_value, records_db, render, tracker_db

bp = Blueprint("queue")


@bp.get("/queue")
@page()
async def queue_page(request: Request) -> HTTPResponse:
    filters = triage.Filters(
        **{f.name: query_value(request.args, f.name, 200) for f in fields(triage.Filters)}
    )
    rows = viewmodels.queue_rows(tracker_db(request), records_db(request))
    matches = conversations.search(tracker_db(request), filters.q) if filters.q else None
    shown = triage.order(r for r in rows if triage.keep(r, filters, matches))
    used = [f.name for f in fields(filters) if getattr(filters, f.name)]
    # The search words themselves may be personal data: only that a search was made.
    log(request, "view_queue", detail="filters: " + ", ".join(used) if used else None)
    return render(
        request,
        "queue.html",
        rows=shown,
        total=len(rows),
        filters=filters,
        channels=sorted({r.channel for r in rows if r.channel}),
        categories=viewmodels.category_labels(),
        boroughs=sorted(LONDON_BOROUGHS),
        mask=mask_sender,
    )

"""The queue: every conversation, most urgent first, with filters and a transcript search, a
page at a time (``viewmodels.queue_page``, read through the queue's index)."""

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
    matches = conversations.search(tracker_db(request), filters.q) if filters.q else None
    shown = viewmodels.queue_page(
        tracker_db(request), records_db(request), filters, matches, page_number(request)
    )
    used = [f.name for f in fields(filters) if getattr(filters, f.name)]
    # The search words themselves may be personal data: only that a search was made.
    log(request, "view_queue", detail="filters: " + ", ".join(used) if used else None)
    return render(
        request,
        "queue.html",
        queue=shown,
        rows=shown.rows,
        filters=filters,
        channels=shown.channels,
        categories=viewmodels.category_labels(),
        boroughs=sorted(LONDON_BOROUGHS),
        mask=mask_sender,
    )


def page_number(request: Request) -> int:
    """The page asked for; anything but a whole number from 1 up means the first."""
    given = query_value(request.args, "page", 9)
    return int(given) if given.isascii() and given.isdigit() and int(given) > 0 else 1

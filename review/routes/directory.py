"""The referral directory: every organisation the bot can suggest, searched by free text and
narrowed by need, crime type, borough and language (``review/organisations.py``)."""

from __future__ import annotations

from dataclasses import fields

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse

from core.contract import CRIME_TYPES, LONDON_BOROUGHS, NEEDS
from review import organisations
from review.web import directory_db, log, page, query_value, render

bp = Blueprint("directory")


@bp.get("/directory")
@page()
async def directory_page(request: Request) -> HTTPResponse:
    given = {
        f.name: query_value(request.args, f.name, organisations.TEXT_LIMIT)
        for f in fields(organisations.DirectoryFilters)
    }
    filters = organisations.filters_from(given)
    db = directory_db(request)
    entries = organisations.find(db, filters)
    # As in the queue: which filters were used, never the words searched for.
    used = filters.used
    log(request, "view_directory", detail="filters: " + ", ".join(used) if used else None)
    return render(
        request,
        "directory.html",
        entries=entries,
        filters=filters,
        loaded=organisations.table_ready(db),
        needs=sorted(NEEDS),
        crime_types=sorted(CRIME_TYPES),
        boroughs=sorted(LONDON_BOROUGHS),
        outside_london=organisations.OUTSIDE_LONDON,
        languages=organisations.languages(db),
    )

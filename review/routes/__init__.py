"""The app's pages, one blueprint per part: signing in and out, the queue, a case and its
actions, and the administrators' pages."""

from __future__ import annotations

from review.routes import admin, case, login, queue

BLUEPRINTS = (login.bp, queue.bp, case.bp, admin.bp)

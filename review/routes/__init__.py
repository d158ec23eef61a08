"""The app's pages, one blueprint per part: signing in and out, the queue, a case and its
actions, the referral directory, and the administrators' pages."""

from __future__ import annotations

from review.routes import admin, case, directory, login, queue

BLUEPRINTS = (login.bp, queue.bp, case.bp, directory.bp, admin.bp)

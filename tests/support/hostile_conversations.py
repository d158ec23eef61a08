"""Conversations that try to run a script in a worker's browser, for the end-to-end tests of
the review app (kept out of ``review.seed``, which anyone may run against a live bot)."""

from __future__ import annotations

from review import seed

XSS_SCRIPT = "<script>window.reviewXss = 1</script> they keyed my car"
XSS_IMG = '"><img src=x onerror="window.reviewXss = 2"> it was my neighbour'

SCRIPTS: dict[str, seed.Script] = {
    "script_text": [*seed.START, (XSS_SCRIPT, ""), (XSS_IMG, "")],
}

"""Fixtures shared by every test folder: a headless Chromium for the web page tests."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "tests" / "browser_tools" / "node_modules" / "axe-core" / "axe.min.js"
# Tests write their screenshots here (git ignores results/); the README shows the copies in
# docs/screenshots/, which are replaced by hand when the pages change.
SCREENSHOTS = ROOT / "results" / "screenshots"


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not path:
        pytest.fail("Chromium is missing: bin/test installs Debian's chromium package")
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium through Playwright: Playwright's own browser download is never used.

    Module-scoped: Playwright's sync API keeps an event loop running in this thread while it is
    open, and pytest-asyncio cannot run the async tests of later modules beside it.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=chromium_path(), args=["--no-sandbox", "--disable-gpu"]
        )
        yield instance
        instance.close()


def axe_violations(page: Any, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict]:
    """Run axe-core (WCAG 2.0-2.2 A and AA rules) in the page; return the violations that matter."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => await axe.run(document, {runOnly: {type: 'tag', values:
            ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"""
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
        if v["impact"] in impacts
    ]


@pytest.fixture(autouse=True, scope="session")
def sanic_test_mode() -> None:
    """Let several Sanic apps start in one test process (channel tests each make one).

    Sanic 21.12 rewrites its request handler when an app starts; only in test mode does it
    keep the original, so a second app in the same process does not break.
    """
    from sanic import Sanic

    Sanic.test_mode = True

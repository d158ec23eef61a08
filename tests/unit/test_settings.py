"""Settings are read when asked for, so a change to the environment takes effect at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import settings


def test_paths_follow_the_environment_at_call_time(monkeypatch):
    monkeypatch.setenv("VICTIMS_RECORDS_DB", "/tmp/a/records.db")
    assert settings.records_db() == Path("/tmp/a/records.db")
    monkeypatch.setenv("VICTIMS_RECORDS_DB", "/tmp/b/records.db")
    assert settings.records_db() == Path("/tmp/b/records.db")
    monkeypatch.delenv("VICTIMS_RECORDS_DB")
    assert settings.records_db() == Path("var/records.db")


@pytest.mark.parametrize(("raw", "expected"), [(None, 90), ("", 90), ("30", 30), ("thirty", 90)])
def test_retention_days(monkeypatch, raw, expected):
    if raw is None:
        monkeypatch.delenv("VICTIMS_RETENTION_DAYS", raising=False)
    else:
        monkeypatch.setenv("VICTIMS_RETENTION_DAYS", raw)
    assert settings.retention_days() == expected


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("yes", True), ("0", False), ("", False)]
)
def test_flags(monkeypatch, raw, expected):
    monkeypatch.setenv("REVIEW_COOKIE_SECURE", raw)
    assert settings.flag("REVIEW_COOKIE_SECURE") is expected

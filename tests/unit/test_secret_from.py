"""Generated secrets: every process that starts together gets the same, non-empty one."""

from __future__ import annotations

import multiprocessing
import os
import stat
from pathlib import Path

import pytest

from core import private


def _secret(args: tuple[str, object]) -> str:
    path, barrier = args
    barrier.wait()  # type: ignore[attr-defined]
    return private.secret_from("TEST_SECRET_NOT_SET", path)


def test_processes_starting_together_share_one_full_secret(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("TEST_SECRET_NOT_SET", raising=False)
    context = multiprocessing.get_context("fork")
    for attempt in range(15):
        path = tmp_path / "var" / f"key{attempt}"
        with context.Manager() as manager:
            barrier = manager.Barrier(6)
            with context.Pool(6) as pool:
                values = pool.map(_secret, [(str(path), barrier)] * 6)
        assert len(set(values)) == 1
        assert len(values[0]) == 64
        assert path.read_text() == values[0]
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert sorted(p.name for p in (tmp_path / "var").iterdir()) == sorted(
        f"key{n}" for n in range(15)
    )


def test_the_environment_wins_and_nothing_is_written(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TEST_SECRET_SET", "from-the-environment")
    assert private.secret_from("TEST_SECRET_SET", tmp_path / "key") == "from-the-environment"
    assert not (tmp_path / "key").exists()


def test_a_kept_secret_is_read_back(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("TEST_SECRET_NOT_SET", raising=False)
    first = private.secret_from("TEST_SECRET_NOT_SET", tmp_path / "key")
    assert private.secret_from("TEST_SECRET_NOT_SET", tmp_path / "key") == first


def test_an_empty_file_is_named_not_used_as_a_key(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("TEST_SECRET_NOT_SET", raising=False)
    (tmp_path / "key").write_text("")
    with pytest.raises(ValueError, match="TEST_SECRET_NOT_SET"):
        private.secret_from("TEST_SECRET_NOT_SET", tmp_path / "key")

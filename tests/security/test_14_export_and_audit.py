"""Item 14: the referral packet's file name cannot carry anything into the response's headers,
and the audit log shows any entry changed, removed or slipped in (``verify-audit``)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import records
from tests.support import review_server
from tests.support.review_server import Server

pytestmark = [pytest.mark.e2e, pytest.mark.attack]

ROOT = Path(__file__).resolve().parents[2]
WORKER = ("wendy", "W long pass phrase 1")
# Case references as something able to write the tracker or the records could leave them.
FORGED_REFERENCES = {
    "+447700900601": "VC-AAAAAA\"; filename*=UTF-8''invoice.html; x=\"",
    "+447700900602": "VC-BBBBBB\r\nSet-Cookie: review_session=attacker\r\nX-Injected: 1",
}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    work = tmp_path_factory.mktemp("security-export")
    db = records.open_db(work / "records.db")
    for sender, reference in FORGED_REFERENCES.items():
        records.save_case(
            db,
            sender_id=sender,
            channel="twilio",
            answers={},
            categories=[],
            reasons=[],
            referrals=[],
            contact={},
            case_reference=reference,
        )
    with review_server.running(work, work / "rasa.db", work / "records.db") as server:
        server.add_user(WORKER[0], "worker", WORKER[1])
        yield server


def test_a_case_reference_cannot_write_the_download_headers(app: Server) -> None:
    client = app.client()
    assert client.login(*WORKER).status_code == 302
    keys = re.findall(r'href="/case/([^"/]+)"', client.get("/queue").text)
    assert len(keys) == len(FORGED_REFERENCES)
    for key in keys:
        response = client.get(f"/case/{key}/packet.json")
        assert response.status_code == 200, response.status_code
        disposition = response.headers["content-disposition"]
        assert re.fullmatch(r'attachment; filename="referral-[A-Za-z0-9-]+\.json"', disposition)
        assert "x-injected" not in response.headers
        assert "attacker" not in response.headers.get("set-cookie", "")
        packet = response.json()
        assert packet["case_reference"] in FORGED_REFERENCES.values(), "the packet is whole"


def verify(review_db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "review", "verify-audit", "--review-db", str(review_db)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def tampered(source: Path, target: Path, *statements: str) -> Path:
    """A copy of the log changed as someone who can write the file would: triggers dropped."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    with sqlite3.connect(target) as conn:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("DROP TRIGGER audit_no_delete")
        for statement in statements:
            conn.execute(statement)
    return target


def test_an_altered_audit_log_is_found_out(app: Server, tmp_path: Path) -> None:
    client = app.client()
    assert client.login(*WORKER).status_code == 302
    client.get("/queue")
    log = Path(app.env["REVIEW_DB"])
    intact = verify(log)
    assert intact.returncode == 0, intact.stderr
    assert "intact" in intact.stdout
    with sqlite3.connect(log) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM audit ORDER BY id")]
    assert len(ids) >= 3
    middle = ids[len(ids) // 2]
    attacks = {
        "changed": f"UPDATE audit SET user = 'someone-else' WHERE id = {middle}",
        "removed": f"DELETE FROM audit WHERE id = {middle}",
        "added": (
            "INSERT INTO audit (id, at, user, role, action, prev_hash, hash) "
            "SELECT MAX(id) + 1, '2026-01-01T00:00:00+00:00', 'ghost', 'admin', 'login', "
            "(SELECT hash FROM audit ORDER BY id DESC LIMIT 1), hex(zeroblob(32)) FROM audit"
        ),
        "unchained": f"UPDATE audit SET prev_hash = NULL, hash = NULL WHERE id = {middle}",
    }
    for name, statement in attacks.items():
        result = verify(tampered(log, tmp_path / f"{name}.db", statement))
        assert result.returncode == 1, (name, result.stdout, result.stderr)
        assert "altered" in result.stderr, name

"""Item 14: the referral packet's file name cannot carry anything into the response's headers."""

from __future__ import annotations

import re
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

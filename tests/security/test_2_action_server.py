"""Item 2: only Rasa may call the action server."""

from __future__ import annotations

import sqlite3

import httpx
import pytest

from bench.stack import ACTION_SERVER_TOKEN
from tests.security.conftest import Target, consented, rest_conversation

# The last two tests guard what already held (rasa-sdk's CLI allowed no origin by default; Rasa
# must still get through): they are not counted as attacks.
pytestmark = [pytest.mark.e2e]


def forged_call(action: str, sender_id: str, slots: dict | None = None) -> dict:
    return {
        "next_action": action,
        "sender_id": sender_id,
        "version": "3.6.21",
        "domain": {},
        "tracker": {
            "sender_id": sender_id,
            "slots": slots or {},
            "latest_message": {"text": "", "intent": {}, "entities": []},
            "events": [],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        },
    }


@pytest.mark.attack
def test_a_forged_tracker_cannot_erase_someone_elses_records(target: Target, sender):
    consented(target, sender)
    target.say(sender, "he's outside my door right now")
    victim = rest_conversation(sender)
    url = f"{target.actions_url}/webhook"
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": ACTION_SERVER_TOKEN}):
        response = httpx.post(
            url, json=forged_call("action_delete_my_data", victim), headers=headers, timeout=30
        )
        assert response.status_code == 401, response.text
    # A text/plain post, as a web page in a browser could send without asking: refused too.
    plain = httpx.post(
        url,
        content=str(forged_call("action_delete_my_data", victim)).encode(),
        headers={"Content-Type": "text/plain", "Origin": "http://evil.example"},
        timeout=30,
    )
    assert plain.status_code == 401
    with sqlite3.connect(target.stack.records_db) as conn:
        flags = conn.execute("SELECT flag FROM flags WHERE sender_id = ?", [victim]).fetchall()
    assert flags, "the victim's flag is still there"


@pytest.mark.attack
def test_a_forged_referral_with_any_contact_details_is_refused(target: Target):
    call = forged_call(
        "action_finish_assessment",
        "attacker-made-up",
        {"consent": True, "referral_consent": True, "contact_safe": True,
         "contact_details": "07700 900999"},
    )  # fmt: skip
    response = httpx.post(f"{target.actions_url}/webhook", json=call, timeout=30)
    assert response.status_code == 401
    assert httpx.get(f"{target.actions_url}/actions", timeout=30).status_code == 401


def test_no_web_page_may_call_the_action_server(target: Target):
    preflight = httpx.options(
        f"{target.actions_url}/webhook",
        headers={
            "Origin": "http://evil.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
        timeout=30,
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_the_health_check_needs_no_secret_and_rasa_still_gets_through(target: Target, sender):
    assert httpx.get(f"{target.actions_url}/health", timeout=30).status_code == 200
    consented(target, sender)  # every turn runs custom actions

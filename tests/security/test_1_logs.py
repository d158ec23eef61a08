"""Item 1: a failed custom action must not write the conversation into the logs."""

from __future__ import annotations

import re

import pytest

from tests.security.conftest import Target, consented, write_locked

pytestmark = [pytest.mark.e2e, pytest.mark.attack]


def test_a_failing_action_leaves_no_message_text_or_number_in_any_log(target: Target, sender):
    canary = "quokkaplume"
    consented(target, sender)
    target.say(sender, f"my ex {canary} broke in, call me on 07700 900461 or ex@pl.example")
    # Our records database write-locked: the action that flags danger fails inside rasa-sdk.
    with write_locked(target.stack.records_db):
        replies = target.say(sender, "he's here now I'm in danger")
    assert any("999" in (r.get("text") or "") for r in replies), replies
    logs = target.logs()
    assert "failed" in logs.lower(), "the failure itself is logged"
    assert canary not in logs
    assert "ex@pl.example" not in logs
    digits_only = re.sub(r"\D", "", logs)
    assert "7700900461" not in digits_only.replace("4477", "077"), "no phone number, any format"
    assert not re.search(r"7700\D{0,3}900\D{0,3}461", logs)
    assert "request_body" not in logs and "here now I'm in" not in logs

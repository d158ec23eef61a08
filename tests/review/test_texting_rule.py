"""Whom a worker may text without an override (issue 12 item 13): only a person waiting for a
person they asked for, who did not say contact is unsafe. The rule as the case page and the
message action read it, from conversations written straight into a tracker store file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core import records
from review import handoff, store, viewmodels
from tests.support.tracker_rows import asked_for_a_person, said, slot, write_events


def texting_needs_override(
    tmp_path: Path, events: list[dict[str, Any]], contact_safe: bool | None = None
) -> list[str]:
    tracker = tmp_path / "rasa.db"
    write_events(tracker, "+447700900321", events)
    db = store.records_db(str(tmp_path / "records.db"))
    if contact_safe is not None:
        records.save_case(
            db,
            sender_id="+447700900321",
            channel="twilio",
            answers={},
            categories=[],
            reasons=[],
            referrals=[],
            contact={"referral_consent": True, "contact_safe": contact_safe},
        )
    view = viewmodels.load_case(store.tracker_db(str(tracker)), db, "+447700900321")
    assert view is not None
    return view.texting_needs_override


def test_a_person_waiting_for_the_person_they_asked_for_may_be_texted(tmp_path: Path) -> None:
    assert texting_needs_override(tmp_path, asked_for_a_person("twilio")) == []


def test_still_so_once_a_worker_has_taken_their_conversation(tmp_path: Path) -> None:
    events = [*asked_for_a_person("twilio"), slot("handoff", "worker")]
    assert texting_needs_override(tmp_path, events) == []


def test_a_conversation_a_worker_took_unasked_needs_an_override(tmp_path: Path) -> None:
    events = [
        said("i was burgled", "twilio"),
        slot("handoff", "worker"),
        slot("waiting_for_person", True),
    ]
    assert texting_needs_override(tmp_path, events) == ["not_asked"]


def test_nobody_who_is_not_waiting_may_be_texted(tmp_path: Path) -> None:
    assert texting_needs_override(tmp_path, [said("i was burgled", "twilio")]) == ["not_asked"]


@pytest.mark.parametrize("end", [slot("handoff", None), {"event": "restart"}])
def test_a_wait_that_ended_no_longer_counts(tmp_path: Path, end: dict[str, Any]) -> None:
    events = [*asked_for_a_person("twilio"), end, slot("waiting_for_person", False)]
    events += [slot("handoff", "worker"), slot("waiting_for_person", True)]
    assert texting_needs_override(tmp_path, events) == ["not_asked"]


def test_contact_not_safe_needs_an_override_even_while_they_wait(tmp_path: Path) -> None:
    events = asked_for_a_person("twilio")
    assert texting_needs_override(tmp_path, events, contact_safe=False) == ["contact_not_safe"]


def test_the_refusal_names_every_reason_and_the_way_out() -> None:
    handoff.refuse_without_override([])
    with pytest.raises(handoff.NeedsOverride) as refused:
        handoff.refuse_without_override(["not_asked", "contact_not_safe"])
    words = str(refused.value)
    assert "not asked to talk to a person" in words and "NOT safe to contact" in words
    assert "override" in words

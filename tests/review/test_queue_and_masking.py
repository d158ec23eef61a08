"""Who comes first in the queue, the filters, and masked sender ids."""

from __future__ import annotations

import json

from review import triage
from review.casework import CaseState
from review.conversations import Summary
from review.masking import mask_sender


def row(
    name: str,
    last: float,
    *,
    flags: tuple[str, ...] | list[str] = (),
    paused: bool = False,
    referral: bool = False,
    status: str = "new",
    sent: bool = False,
) -> triage.Row:
    case = {
        "categories": json.dumps(["intimidated"]),
        "answers": json.dumps({}),
        "referral_consent": int(referral),
        "contact_safe": int(referral),
        "channel": "rest",
    }
    state = CaseState(status=status, referrals_sent=[{"organisation": "x"}] if sent else [])
    slots = {"waiting_for_person": True, "handoff": "waiting"} if paused else {}
    return triage.Row(
        name, name, Summary(name, last - 10, last, 3, "rest", slots), state, case, list(flags)
    )


def test_danger_then_waiting_then_referrals_then_the_rest() -> None:
    rows = [
        row("plain-old", 1),
        row("plain-new", 9),
        row("referral", 5, referral=True),
        row("referral-sent", 4, referral=True, sent=True),
        row("waiting", 8, flags=["human"], paused=True),
        row("danger-late", 7, flags=["in_danger"]),
        row("self-harm-early", 2, flags=["self_harm"]),
        row("danger-closed", 3, flags=["in_danger"], status="closed"),
    ]
    assert [r.sender_id for r in triage.order(rows)] == [
        "self-harm-early",
        "danger-late",
        "waiting",
        "referral",
        "plain-new",
        "referral-sent",
        "plain-old",
        "danger-closed",
    ]


def test_handed_back_conversation_is_no_longer_waiting() -> None:
    assert triage.urgency(row("a", 1, flags=["human"], paused=False)) == triage.OTHER


def test_filters() -> None:
    danger = row("d", 1_700_000_000, flags=["in_danger"])
    other = row("o", 1_700_000_000, status="closed")
    assert triage.keep(danger, triage.Filters(flag="in_danger"), None)
    assert not triage.keep(other, triage.Filters(flag="in_danger"), None)
    assert triage.keep(other, triage.Filters(status="closed"), None)
    assert triage.keep(danger, triage.Filters(category="intimidated"), None)
    assert not triage.keep(danger, triage.Filters(category="vulnerable"), None)
    assert not triage.keep(danger, triage.Filters(date_from="2030-01-01"), None)
    assert triage.keep(danger, triage.Filters(date_to="2030-01-01"), None)
    assert triage.keep(danger, triage.Filters(q="x"), {"d"})
    assert not triage.keep(other, triage.Filters(q="x"), {"d"})


def test_phone_numbers_and_chat_ids_are_masked() -> None:
    assert mask_sender("+447700900123") == "•" * 9 + "123"
    assert mask_sender("whatsapp:+447700900123").endswith("123")
    assert "7700900" not in mask_sender("whatsapp:+447700900123")
    assert mask_sender("123456789") == "••••••789"
    assert mask_sender("e2e-4f1c2a9b7d") == "e2e-4f1c…"


def test_the_sender_goes_to_rasa_as_its_route_sees_it() -> None:
    from review.handoff import conversation_path

    assert conversation_path("+447700900123") == "+447700900123"
    assert conversation_path("whatsapp:+447700900123") == "whatsapp:+447700900123"
    assert conversation_path("a b?c#d") == "a%20b%3Fc%23d"

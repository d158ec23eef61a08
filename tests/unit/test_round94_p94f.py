"""Round 94, helper p94f: Bianca (r94c, her boyfriend tracks her phone, an AirTag in her car)
and Gwen (r94e, 63, her handbag snatched at a bus stop, pulled over, a broken wrist)."""

from __future__ import annotations

from typing import Any

from actions import reading
from actions.dialogue import ActionFinishAssessment
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import answer

BIANCA_DELETE = "ok obrigada. how i delete this chat from phone?"
BIANCA_REFERRED: dict[str, Any] = {
    "consent": True,
    "in_danger": False,
    "crime_type": "stalking_harassment",
    "relationship_to_offender": "partner_or_ex",
    "reported_to_police": False,
    "age": 33.0,
    "repeat_victimisation": True,
    "hate_motivated": False,
    "impairment": False,
    "needs": ["safety"],
    "language": "portuguese",
    "borough": "islington",
    "gender": "woman",
    "assessment_done": True,
    "results_shown": True,
    "referral_consent": True,
    "contact_safe": False,
    "contact_method": "email",
    "contact_details": "bianca.souza@example.com",
    "contact_times": "weekdays 9 to 5 when i am at work",
    "case_reference": "VC-WJBVU9",
}
REFERRAL_SENT = (
    "Thank you. I've passed your request to the support team, and they should contact you by "
    "email at the address you gave (bi...@example.com) at the times you gave, with a Portuguese "
    "interpreter, in plain messages. Your reference is VC-WJBVU9."
)


def _slots(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


# 1. "how i delete this chat from phone?" is not "take the interpreter off".


def test_deleting_the_chat_keeps_the_interpreter() -> None:
    answers = {**BIANCA_REFERRED, "last_turn_bot_texts": (REFERRAL_SENT,)}
    assert reading.f88a_interpreter_off(BIANCA_DELETE, answers) == {}
    # "take that off" about the interpreter still takes it off.
    assert reading.f88a_interpreter_off("take that off", answers) == {"language": "english"}


def test_deleting_the_chat_is_answered_after_the_referral(dispatcher, domain, records_db) -> None:
    tracker = make_tracker(slots=BIANCA_REFERRED, text=BIANCA_DELETE, active_loop=None)
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert "language" not in _slots(events)
    sent = responses(dispatcher)
    assert "utter_f88a_interpreter_taken_off_request" not in sent, sent
    assert "utter_c4_clear_phone" in sent, sent
    assert answer(BIANCA_DELETE, "stalking_harassment", referral_consent=True) == (
        "utter_c4_clear_phone"
    )

"""Round 94, helper q94c: Efua (48, threatened by a lender from church) and Dylan (30, bike
stolen from a shared bike store)."""

from __future__ import annotations

from actions.reading import Turn, read_turn
from tests.unit.known_answers import sendable

EFUA_FIRST = (
    "Good evening. Please I need advice. A man from my church community lent me 500 pounds last "
    "year when I was short, now he is saying I owe him 2000 and he is threatening me and my son"
)
EFUA_DOOR = (
    "I am not safe really. He came to my door on saturday and said if I dont pay by end of month "
    "he will hurt my son. My son is 17. He is not here now, I am at home"
)


def _responses(text: str, requested: str, answers: dict) -> list[str | None]:
    reading = read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers=answers,
            asked={requested: 1},
        )
    )
    return [s.response for s in reading.say]


def test_threat_to_hurt_her_son_gets_safety_advice() -> None:
    # Efua, at "are you in danger right now?": no safety advice about her son at all.
    got = _responses(EFUA_DOOR, "in_danger", {"consent": True, "said": [EFUA_FIRST]})
    assert got == ["utter_q94c_threat_to_family"]
    (text,) = sendable("utter_q94c_threat_to_family")
    assert "999" in text and "101" in text and len(text) <= 320
    # A partner's threat keeps the domestic abuse answers; a plain "no" says nothing.
    partner = {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    assert "utter_q94c_threat_to_family" not in _responses(
        "no. he said he will hurt my son", "in_danger", partner
    )
    assert _responses("no im safe", "in_danger", {"consent": True}) == []

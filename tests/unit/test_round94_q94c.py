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


EFUA_YES = (
    "Stalking? He is not stalking me, he wants money. Yes you can pass my details but they must "
    "not go to the police please"
)
EFUA_SO_FAR = {
    "consent": True,
    "crime_type": "stalking_harassment",
    "relationship_to_offender": "known",
    "in_danger": False,
    "reported_to_police": False,
    "age": 48,
    "repeat_victimisation": True,
    "borough": "Greenwich",
}


def test_not_stalking_with_a_yes_keeps_the_yes_and_the_crime() -> None:
    # Efua got "Thank you, I've updated that. I'm sorry this has happened. What happened?".
    reading = read_turn(
        Turn(
            text=EFUA_YES,
            intent="inform",
            requested="referral_consent",
            answers=EFUA_SO_FAR,
            asked={"referral_consent": 1},
        )
    )
    assert reading.slots.get("referral_consent") is True
    assert "crime_type" not in reading.slots and "crime_type" not in reading.corrected
    # Stalking denied with nothing else said is still put right.
    plain_denial = read_turn(
        Turn(
            text="no its not stalking",
            intent="inform",
            requested="referral_consent",
            answers=EFUA_SO_FAR,
            asked={"referral_consent": 1},
        )
    )
    assert plain_denial.slots.get("crime_type", "kept") is None


def test_not_to_the_police_is_a_contact_note() -> None:
    from actions.assessment_form import n80c_notes_noted
    from core import contact_notes

    answers = dict(EFUA_SO_FAR, referral_consent=True, said=(EFUA_YES,))
    n80c_notes_noted(answers)
    assert "not_police" in answers["contact_notes"]
    assert contact_notes.for_worker(["not_police"])
    assert "not_police" not in reading_notes("I dont want to go to the police")
    assert "not_police" not in reading_notes("will the police find out?")


def reading_notes(text: str) -> list[str]:
    from actions import reading

    return reading.n80c_notes_said(text)


DYLAN_SAID = (
    "my bike got nicked from our buildings bike store AGAIN. third time this year. its a locked "
    "store with a fob. why does nobody do anything",
    "yeah reported all 3 times online, got a crime number and then an email saying case closed. "
    "every time. whats the point",
)


def _dylan(text: str) -> str | None:
    from tests.unit.known_answers import answer_in_conversation

    found = answer_in_conversation(
        text, "theft", DYLAN_SAID, reported_to_police=True, repeat_victimisation=True
    )
    return None if found is None else found.response


def test_who_secures_a_shared_bike_store_is_answered() -> None:
    # Dylan got the own-home camera answer, then "Save a copy now, before it records over".
    for asked in (
        "ok one more question. can i make the managing agent put cctv in or change the locks? "
        "they keep saying its not their responsibility",
        "no not my own camera, its a shared bike store in the block, the managing agent runs it. "
        "whose job is it to keep it secure? and will the police even look at cctv if they put "
        "it in",
    ):
        assert _dylan(asked) == "utter_q94c_shared_area_security"
    (text,) = sendable("utter_q94c_shared_area_security")
    assert len(text) <= 320 and "lease" in text
    # A camera on one's own home keeps its answers.
    assert _dylan("can i put a camera on my front door?") != "utter_q94c_shared_area_security"
    assert _dylan("can my landlord change the locks?") != "utter_q94c_shared_area_security"


def test_no_save_the_footage_answer_when_there_is_none() -> None:
    # Dylan: "theres no footage, thats the whole point. youre not listening."
    from tests.unit.known_answers import answer_in_conversation

    asked = "how long do i keep my cctv footage?"
    kept = answer_in_conversation(asked, "theft", ())
    assert kept is not None and kept.response == "utter_own_cctv_save"
    denied = answer_in_conversation(
        asked, "theft", (*DYLAN_SAID, "theres no footage, thats the whole point")
    )
    assert denied is None or denied.response != "utter_own_cctv_save"

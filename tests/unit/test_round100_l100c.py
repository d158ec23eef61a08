"""Round 100, helper l100c: Farah, Alex, Mariam and Dave (role-play findings, helper c)."""

from __future__ import annotations

from typing import Any

from actions.account import read_account
from actions.reading import Turn, corrections, read_turn
from referrals.matching import default_directory
from tests.unit.known_answers import answer, sendable

FARAH: dict[str, Any] = dict(
    consent=True,
    in_danger=False,
    crime_type="assault",
    hate_motivated=True,
    reported_to_police=False,
    relationship_to_offender="stranger",
    age=24.0,
    repeat_victimisation=False,
    has_impairment=False,
    needs=["safety", "emotional"],
    language="English",
    borough="Redbridge",
    account_details=["injured", "serious_injury", "weapon"],
)


def _at(text: str, requested: str, answers: dict[str, Any]) -> Any:
    return read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers=answers,
            asked={requested: 1},
            organisations=default_directory(),
        )
    )


def test_farah_wasnt_like_stabbed_is_no_wounding() -> None:
    # "he spat at me, i wasnt like stabbed lol" was read as a wounding (Redthread, "wounded").
    text = (
        "most serious crimes?? he spat at me, i wasnt like stabbed lol. also what do i do about "
        "tomorrow, i have to get that bus at 7.40"
    )
    got = read_account(text)
    assert got.crime_type != "serious_violence"
    assert not got.details & {"injured", "serious_injury", "weapon"}
    # a stabbing told is still one
    assert "serious_injury" in read_account("i got stabbed in the leg").details


def test_farah_not_wounded_is_taken_off_and_not_refused() -> None:
    # "i wasnt wounded?? i said i WASNT stabbed ..." and "thats wrong. i was not injured. can
    # you fix it" got "I'm sorry, I can't answer that one here".
    for text in (
        "i wasnt wounded?? i said i WASNT stabbed. he pulled my scarf and spat. im not hurt just "
        "shaken",
        "thats wrong. i was not injured. can you fix it",
    ):
        reading = _at(text, "referral_consent", FARAH)
        assert not reading.reject
        assert "account_details" in reading.corrected
        left = set(reading.slots["account_details"])
        assert not left & {"injured", "serious_injury"}
    changed = corrections("thats wrong. i was not injured. can you fix it", FARAH)
    assert "serious_injury" not in changed["account_details"]


ALEX: dict[str, Any] = dict(
    consent=True,
    in_danger=False,
    crime_type="online_abuse",
    hate_motivated=True,
    reported_to_police=False,
    relationship_to_offender="someone_known",
    age=35.0,
    repeat_victimisation=True,
    borough="Hackney",
    results_shown=True,
)


def test_alex_will_anyone_contact_the_person_doing_this() -> None:
    # Got the Galop number, then "Thank you. I can't answer your question here".
    first = _at(
        "go on then, galop please. they won't contact the ex colleague or anything will they? "
        "last thing i need is them finding out i complained",
        "referral_consent",
        ALEX,
    )
    assert first.slots.get("referral_consent") is True
    assert [say.response for say in first.say] == ["utter_c2_they_wont_be_told"]
    second = _at(
        "yes it's safe. but you didn't answer - will anyone contact the person doing this?",
        "contact_safe",
        {**ALEX, "referral_consent": True},
    )
    assert second.slots.get("contact_safe") is True
    assert [say.response for say in second.say] == ["utter_c2_they_wont_be_told"]


def test_mariam_morning_not_afternoon_at_the_cemetery() -> None:
    # '...at the times you gave ("morning, afternoon")': she goes to the cemetery then.
    text = (
        "Phone please, 07700 900 615. In the morning is best, in the afternoon I go to the "
        "cemetery."
    )
    answers = dict(
        consent=True,
        crime_type="homicide",
        bereaved=True,
        referral_consent=True,
        contact_safe=True,
        age=52.0,
    )
    reading = _at(text, "contact_method", answers)
    assert reading.slots["contact_times"] == "morning, not afternoon"
    assert reading.slots["contact_method"] == "call"


MARIAM_COURT = (
    "It is going to court, the trial is in the spring, I told you. I am not a witness I think, I "
    "was not there. But I am scared to see those boys in the court, and their families. Will they "
    "be sitting near us?"
)


def test_mariam_will_their_families_sit_near_us() -> None:
    # Got "Thank you. I can't answer your question here".
    answers = dict(consent=True, crime_type="homicide", bereaved=True, age=52.0, in_danger=False)
    reading = _at(MARIAM_COURT, "fear_of_giving_evidence", answers)
    assert [say.response for say in reading.say] == ["utter_l100c_bereaved_near_their_families"]
    assert answer(MARIAM_COURT, "homicide", bereaved=True) == (
        "utter_l100c_bereaved_near_their_families"
    )
    (text,) = sendable("utter_l100c_bereaved_near_their_families")
    assert len(text) <= 320 and "family liaison officer" in text
    # not "Not unless it's reported" to a family whose trial is set
    assert answer(MARIAM_COURT, "homicide") != "utter_m4_court_if_charged"
    # Kwame's question keeps its answer
    assert (
        answer("Will I have to see him in the courtroom?", "homicide", bereaved=True)
        == "utter_v86d2_bereaved_in_courtroom"
    )


DAVE_FIRST = (
    "yes done it online this morning got a reference. last time they never even came out. "
    "neighbour 2 doors down has one of them ring doorbells, will the police actually look at it "
    "this time or do i have to go round and get it myself"
)
DAVE: dict[str, Any] = dict(
    consent=True, in_danger=False, crime_type="burglary", repeat_victimisation=True
)


def test_dave_doorbell_asked_as_he_says_he_reported() -> None:
    # Got "Yes, it's worth it ... Report at met.police.uk or on 101."
    reading = _at(DAVE_FIRST, "reported_to_police", DAVE)
    assert reading.slots["reported_to_police"] is True
    assert [say.response for say in reading.say] == ["utter_k3_neighbours_camera"]
    (text,) = sendable("utter_k3_neighbours_camera", reported_to_police=True)
    assert "When you report" not in text and "crime number" in text and len(text) <= 320
    (text,) = sendable("utter_t4_neighbours_footage", reported_to_police=True)
    assert "When you report" not in text and len(text) <= 320


def test_dave_i_asked_about_the_doorbell_camera() -> None:
    # Got only "Sorry, you're right: you told me you'd already reported it".
    reading = _at(
        "60. i already reported it mate. i asked about the doorbell camera",
        "age",
        {**DAVE, "reported_to_police": True, "said": [DAVE_FIRST]},
    )
    assert reading.slots["age"] == 60.0
    assert [say.response for say in reading.say] == [
        "utter_c75b_already_reported",
        "utter_k3_neighbours_camera",
    ]

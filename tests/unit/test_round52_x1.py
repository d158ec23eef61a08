"""Round 52, helper X1: corrections typed as free text (Bukola, round 51) and a death by
suicide told by a bereaved mother (Deborah, round 51)."""

from __future__ import annotations

import pytest

from actions.reading import Turn, corrections, read_turn
from referrals.matching import match_organisations, more_organisations

# Bukola: car set on fire by her window, noted as bereaved, hurt and targeted again and again.
BUKOLA = dict(
    crime_type="arson",
    relationship_to_offender="someone_known",
    reported_to_police=True,
    age=42.0,
    hate_motivated=True,
    repeat_victimisation=True,
    account_details=["life_endangered", "injured"],
    bereaved=True,
    consent=True,
    referral_consent=True,
    contact_method="text",
)


@pytest.mark.parametrize(
    "text",
    [
        "i wasnt hurt. nobody was hurt. nobody died. please take the homicide thing off, if the "
        "support worker reads that theyll think one of my kids died",
        "nobody died",
        "homicide?? NOBODY DIED. and i DID tell the police they gave me a crime number.",
        "no one died, my kids are fine",
    ],
)
def test_nobody_died_clears_bereaved(text: str) -> None:
    assert corrections(text, BUKOLA).get("bereaved") is False


def test_nobody_died_drops_someone_died() -> None:
    answers = dict(BUKOLA, account_details=["life_endangered", "someone_died"])
    changed = corrections("nobody died", answers)
    assert "someone_died" not in changed["account_details"]


@pytest.mark.parametrize(
    "text", ["i wasnt hurt", "I wasn't hurt.", "nobody was hurt", "i was not injured"]
)
def test_not_hurt_is_taken(text: str) -> None:
    assert "injured" not in corrections(text, BUKOLA)["account_details"]


@pytest.mark.parametrize(
    "text", ["i wasnt hurt badly but my arm hurts", "i'm not hurt but my son is", "my arm hurt"]
)
def test_hurt_kept(text: str) -> None:
    assert "account_details" not in corrections(text, BUKOLA)


@pytest.mark.parametrize(
    "text",
    [
        "he hasnt targeted me again and again tho, its just parking rows. the fire was the first "
        "time anything like this. and will the police even take it serious? they were here 10 mins",
        "ok but you wrote i was targeted again and again. thats wrong. please fix that",
        "i was not targeted repeatedly",
    ],
)
def test_not_targeted_again_and_again(text: str) -> None:
    assert corrections(text, BUKOLA).get("repeat_victimisation") is False


def test_police_gone_is_not_not_reported() -> None:
    text = (
        "what?? hes not my partner, hes the NEIGHBOUR. were not married lol. and theres no police "
        "here, they left last night"
    )
    assert "reported_to_police" not in corrections(text, BUKOLA)
    # Said outright, it is still taken.
    said = "no i havent told the police, they left before i could"
    assert corrections(said, BUKOLA).get("reported_to_police") is False


def test_ordinary_messages_change_nothing_here() -> None:
    for text in ["42", "Text message", "ok thats right. so do i get the extra support or not"]:
        changed = corrections(text, BUKOLA)
        assert not {"bereaved", "repeat_victimisation", "reported_to_police"} & set(changed)


# Deborah: her daughter took her own life after being stalked by her ex.
DEBORAH = dict(
    crime_type="homicide",
    bereaved=True,
    relationship_to_offender="partner_or_ex",
    repeat_victimisation=True,
    reported_to_police=True,
    age=51.0,
    account_details=["someone_died"],
)


@pytest.mark.parametrize(
    "text",
    [
        "Her ex boyfriend stalked her. She was not killed, she died by suicide. Please correct "
        "both of those.",
        "That's wrong. I wasn't hurt. It wasn't a family member. My daughter was stalked by her ex "
        "partner and she died by suicide. I'm her bereaved mother.",
    ],
)
def test_suicide_keeps_her_bereaved_and_marks_it(text: str) -> None:
    changed = corrections(text, DEBORAH)
    assert changed.get("crime_type") != "homicide"
    assert "bereaved" not in changed  # still a bereaved mother
    assert "died_by_suicide" in changed["account_details"]


def test_suicide_told_at_the_start_is_kept() -> None:
    text = (
        "Hello. I'm not really sure this is the right place but I'll try. My daughter Ellie died "
        "four months ago. She took her own life."
    )
    reading = read_turn(Turn(text=text, opening=True))
    assert "died_by_suicide" in reading.slots["account_details"]


def test_suicide_at_the_bereaved_question() -> None:
    text = (
        "Yes, she's my daughter. But please don't write that she was killed. She took her own "
        "life. Because of him, but she did it herself. I need that to be right."
    )
    answers = dict(DEBORAH, crime_type="stalking_harassment", bereaved=None)
    reading = read_turn(Turn(text=text, requested="bereaved", answers=answers))
    assert "died_by_suicide" in reading.slots["account_details"]


def test_no_suicide_marker_without_a_death() -> None:
    answers = dict(crime_type="assault", account_details=["injured"])
    changed = corrections("is there support for people bereaved by suicide?", answers)
    assert "account_details" not in changed
    reading = read_turn(Turn(text="i want to take my own life", answers=answers))
    assert "died_by_suicide" not in (reading.slots.get("account_details") or ())


def test_no_homicide_services_after_a_suicide() -> None:
    answers = dict(
        DEBORAH,
        crime_type="stalking_harassment",
        borough="Bromley",
        gender="woman",
        account_details=["someone_died", "died_by_suicide"],
    )
    ids = {o.id for o in match_organisations(answers)} | {o.id for o in more_organisations(answers)}
    assert not {"national-homicide-service", "samm"} & ids
    # Without the suicide marker, a bereaved relative still gets them.
    answers["account_details"] = ["someone_died"]
    assert "national-homicide-service" in {o.id for o in match_organisations(answers)}

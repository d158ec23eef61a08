"""Round 55, helper B1: corrections naming who did it or what was used (Doreen, Kev, Lucia)."""

from __future__ import annotations

import pytest

from actions import account, reading, wording

FAMILY = {"crime_type": "robbery", "relationship_to_offender": "family_member"}
DAMAGE = {"crime_type": "criminal_damage", "relationship_to_offender": "stranger"}
KNIFE = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "account_details": ["weapon", "injured"],
}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("it wasnt him, it was his FRIEND", "someone_known"),
        ("it wasnt him it was his mate", "someone_known"),
        ("no it wasnt my grandson it was his friend", "someone_known"),
        ("it wasnt him it was a neighbour", "someone_known"),
        ("it wasnt him, it was a stranger", "stranger"),
        ("it wasnt him it was my ex's brother", "someone_known"),
    ],
)
def test_doreen_someone_else_did_it(text: str, who: str) -> None:
    changes = reading.corrections(text, FAMILY)
    assert changes.get("relationship_to_offender") == who
    line = wording.changed_line(changes)
    assert line and "family member" not in line


def test_doreen_said_back_plainly() -> None:
    changes = reading.corrections("it wasnt him, it was his FRIEND", FAMILY)
    assert wording.changed_line(changes) == "Thank you, I've changed that: it was someone you know."


@pytest.mark.parametrize(
    "text",
    [
        "no its not damage he threatened me with a steering lock",
        "he threatened to smash my head in with it",
        "its a threat with a weapon not criminal damage",
    ],
)
def test_kev_threat_with_a_weapon(text: str) -> None:
    changes = reading.corrections(text, DAMAGE)
    assert changes.get("crime_type") == "assault"
    assert "weapon" in changes.get("account_details", [])
    assert wording.changed_line(changes) == (
        "Thank you, I've changed that: a threat with a weapon (an assault)."
    )


def test_kev_assault_said_outright() -> None:
    changes = reading.corrections("its an assault not damage, he attacked me", DAMAGE)
    assert changes.get("crime_type") == "assault"


@pytest.mark.parametrize("text", ["what knife?? there is no knife", "there was no knife"])
def test_lucia_no_knife(text: str) -> None:
    changes = reading.corrections(text, KNIFE)
    assert "weapon" not in changes["account_details"]
    assert "injured" in changes["account_details"]
    assert wording.changed_line(changes) == "Sorry, I got that wrong: no knife."
    assert "weapon" not in account.read_account(text).details


# -- near misses from other people ---------------------------------------------------------------


def test_not_someone_else_without_a_denial() -> None:
    # A grandmother telling more: her grandson's friend was there too, the grandson still named.
    changes = reading.corrections("his friend was there too, he just watched", FAMILY)
    assert "relationship_to_offender" not in changes


def test_damage_stays_without_a_threat() -> None:
    # Ryan, his car keyed: damage only.
    assert "crime_type" not in reading.corrections(
        "he keyed my car and smashed the wing mirror", DAMAGE
    )
    changes = reading.corrections("he never threatened me, just smashed my car", DAMAGE)
    assert changes.get("crime_type") != "assault"


def test_a_knife_told_is_kept() -> None:
    # Abena: a knife held at her; "no knife wounds" is not a knife denied.
    text = "he held a knife to my throat, no knife wounds though"
    assert "weapon" in account.read_account(text).details
    assert "account_details" not in reading.corrections(text, KNIFE)
    assert "weapon" in account.read_account("he had a knife, there was no gun").details

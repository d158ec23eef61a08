"""Round 94, helper p94h: Maureen (70, hit by her daughter, 40, who is mentally ill)."""

from __future__ import annotations

from actions.account import read_account


def test_gp_surgery_is_a_place_not_an_operation() -> None:
    # Maureen: "her gp is at the surgery on broadway" got "I'm sorry you're hurt ... Blurred
    # or changed sight after a blow".
    said = (
        "someone to talk to i suppose. and help getting her seen by the mental health people. "
        "her gp is at the surgery on broadway"
    )
    assert not read_account(said).details & {"injured", "serious_injury"}
    assert "serious_injury" in read_account("he broke my jaw and i needed surgery").details


def test_daughters_condition_is_not_the_writers() -> None:
    # Maureen, of her daughter: noted as "you have a health condition or disability".
    said = (
        "what teacher? she's 40, I'm 70. shes not a child. she's had problems since her "
        "twenties, bipolar they said once but she stopped going to the doctor"
    )
    assert read_account(said).impairment is None
    assert read_account("he hit me because im disabled").impairment
    assert read_account("i have bipolar").impairment

"""Round 103, helper n103g: first accounts whose crime was not read, so "What happened?" came
again (Chloe, 16, whose picture was shared to a group chat; Gloria, 88, whose carer takes money
from her purse, written with misspellings)."""

from __future__ import annotations

import pytest

from actions.account import read_account


@pytest.mark.parametrize(
    "said",
    [
        # Chloe, 16: her first message.
        "hi idk if this is the right place but a boy from my school shared a pic i sent him to a "
        "group chat and now everyone has seen it and i feel sick",
        # Her second, after "What happened?" was asked again.
        "its not instagram its a whatsapp group. and im 16 btw. i sent him a pic of me like not "
        "wearing stuff and he promised he wouldnt show anyone",
    ],
)
def test_a_picture_she_sent_shared_on_is_image_abuse(said):
    account = read_account(said)
    assert account.crime_type == "online_abuse"
    assert "intimate_images" in account.details


def test_a_boy_from_her_school_is_someone_she_knows():
    said = (
        "hi idk if this is the right place but a boy from my school shared a pic i sent him to a "
        "group chat and now everyone has seen it and i feel sick"
    )
    assert read_account(said).offender == "someone_known"


@pytest.mark.parametrize(
    "said",
    [
        "my friend shared a pic i sent him of my dog to the group chat",
        "i sent him a pic of me at the beach",
    ],
)
def test_an_ordinary_picture_is_not_image_abuse(said):
    assert "intimate_images" not in read_account(said).details


@pytest.mark.parametrize(
    "said",
    [
        # Gloria, 88: her first message.
        "helo. my carr is takin mony from my purse",
        # Her answer after "What happened?" came again.
        "i tol you. the carer lady. she tak the £20 notes out my pruse. for monts now",
    ],
)
def test_a_carer_taking_money_misspelt_is_a_theft_by_someone_known(said):
    account = read_account(said)
    assert account.crime_type == "theft"
    assert account.offender == "someone_known"
    assert "carer" in account.details


@pytest.mark.parametrize(
    "said",
    [
        "she is stealin from me",
        "my carrer keeps takin muny out of my walet",
        "she takes money out my purse",
    ],
)
def test_other_misspellings_of_taking_from_a_purse_are_a_theft(said):
    assert read_account(said).crime_type == "theft"


@pytest.mark.parametrize("said", ["my carr is taking ages to fix", "my carr was broken into"])
def test_a_car_spelt_carr_is_not_a_carer(said):
    assert "carer" not in read_account(said).details

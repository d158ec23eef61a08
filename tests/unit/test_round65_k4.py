"""Round 65, helper k4: false alarms, false "you've told the police", invented facts."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.reading import corrections
from actions.wording import changed_line
from bot.risk_words import detect_risk, trusted_crisis

KASIA = (
    "Hello, I have problem with my landlord. He is coming in my flat when I am not there and "
    "also when I am there, without asking me. And he send me messages with sexual things. Is "
    "this crime? I am afraid he will make me leave the flat"
)
ADE = "No. Back door was forced. Police said they'd send someone. How do I get a crime number?"
TOM = "no hes gay too. he just wanted to hurt me"


@pytest.mark.parametrize(
    "said",
    [
        KASIA,
        ADE,
        TOM,
        "he keeps coming into my house whenever he wants",
        "the police said they would send someone round tomorrow",
        "they just wanted to scare me",
    ],
)
def test_told_as_done_is_not_danger(said: str) -> None:
    assert detect_risk(said) is None
    assert not trusted_crisis(said, "in_danger")


@pytest.mark.parametrize(
    "said",
    [
        "hes coming in",
        "he is coming in my flat now",
        "they forced the door and are inside",
        "they kicked the door in and theyre inside",
        "he wants to hurt me and he's outside",
        "police said theyd send someone but hes still outside",
        "he just wanted to hurt me and hes outside now",
    ],
)
def test_real_danger_still_alarms(said: str) -> None:
    assert detect_risk(said) == "in_danger"


def test_coming_to_my_flat_now_still_believed() -> None:
    assert trusted_crisis("he is coming to my flat now", "in_danger")
    assert trusted_crisis("hes coming in", "in_danger")


@pytest.mark.parametrize(
    "said",
    [
        "no im not in danger its a van. crime number. insurance. please",  # Dave
        "i want my tools back and a crime number",  # Dave
        "crime number.",
        "how do i get a crime number",
        "who sees it. you gonna pass this to the met? because the police ARE the problem here",
    ],
)
def test_not_reported(said: str) -> None:
    assert read_account(said).reported is not True


@pytest.mark.parametrize(
    "said",
    [
        "they gave me a crime number",
        "someone stole my bike, the crime number is 1234",
        "yeah got a crime ref",
        "crime ref 4471234",
        "my crime number is on the letter",
        "i have a crime number",
        "i was given a crime number",
        "i reported it and got a crime number",
    ],
)
def test_crime_number_had_is_reported(said: str) -> None:
    assert read_account(said).reported is True


def test_aaron_witness_correction() -> None:
    answers = {
        "crime_type": "serious_violence",
        "reported_to_police": True,
        "account_details": ["witness", "weapon"],
    }
    said = (
        "nah i aint told them nothing, they came to me. and it wasnt me that got stabbed its my "
        "bredrin. im 19"
    )
    changes = corrections(said, answers)
    assert changes["reported_to_police"] is False
    line = changed_line(changes, before=answers) or ""
    assert "someone else" in line and "haven't told the police" in line


def test_victim_keeps_own_report() -> None:
    answers = {"crime_type": "assault", "reported_to_police": True}
    assert "reported_to_police" not in corrections("he stabbed me and i told the police", answers)
    assert "account_details" not in corrections("it was me that got stabbed", answers)


def test_precious_car_scratched_is_not_assault() -> None:
    said = "someone scratched my car and i want to know if its a hate crime"
    assert read_account(said).crime_type != "assault"
    assert read_account("he scratched my face").crime_type == "assault"
    answers = {"crime_type": "assault", "hate_motivated": True}
    said = "no nobody assaulted me. it was my car, someone keyed it and wrote go home on the door"
    assert corrections(said, answers)["crime_type"] == "criminal_damage"


def test_frank_her_hospital_is_not_his_injury() -> None:
    said = (
        "No no nothing like that. I met a lady on the internet, Elena, we wrote for months. She "
        "was in hospital in Turkey and needed money for the bills and I sent her £9,000 over a "
        "few weeks. Now she has stopped answering. My neighbour says it was a scam."
    )
    assert "injured" not in read_account(said).details
    assert "injured" in read_account("he put me in hospital").details
    assert "injured" in read_account("i was in hospital for 2 days after he hit me").details


def test_chloe_not_knowing_is_not_a_sexual_offence() -> None:
    said = (
        "no im in my room at halls. i woke up at my friends flat and i dont remember getting "
        "there. i dont know if something happened to me like sexually. is it too late to get "
        "tested"
    )
    assert read_account(said).crime_type != "sexual_offence"
    assert read_account("i dont know if he sexually assaulted me").crime_type == "sexual_offence"
    assert read_account("he touched me sexually").crime_type == "sexual_offence"

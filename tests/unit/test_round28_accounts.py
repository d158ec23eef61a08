"""Round 28 (helper F): first labels read from accounts that were wrong in the role-play.

Each positive case quotes the role-player's message verbatim; near misses must keep their reading.
"""

from __future__ import annotations

import pytest

from actions.account import read_account


def test_called_a_terrorist_is_hate_not_terrorism() -> None:
    # Ali (r28b/02)
    account = read_account(
        "salam. passenger punched me in my car on saturday night and called me a f***ing "
        "terrorist. i have it all on dashcam. is this a hate crime??"
    )
    assert account.crime_type == "assault"
    assert account.hate is True
    assert "religion" in account.hate_strands


@pytest.mark.parametrize(
    "text",
    [
        "my brother was killed in a terrorist attack at the station",
        "i was caught up in the terror attack on the bridge",
        "there was a bomb on the bus",
    ],
)
def test_terrorism_still_read(text: str) -> None:
    assert read_account(text).crime_type == "terrorism"


def test_courier_scam_is_fraud_and_the_daughter_who_rang_is_not_the_offender() -> None:
    # Maureen (r28c/01)
    account = read_account(
        "no i am safe at home. a man kept ringing me saying he was from the council about my "
        "council tax and then a courier came to the door to collect my bank cards, he said it "
        "was to keep them safe. i gave him them and my pin. i realised too late when my "
        "daughter rang. i am 81 and i feel such a fool"
    )
    assert account.crime_type == "fraud"
    assert account.offender != "family_member"


@pytest.mark.parametrize(
    ("text", "crime", "offender"),
    [
        ("when my ex rang me he threatened to kill me", None, "partner_or_ex"),
        ("my son kept ringing me demanding money", None, "family_member"),
        ("my ex keeps ringing me and turning up at my work", "stalking_harassment", None),
    ],
)
def test_a_relative_or_ex_who_rings_to_harm_is_still_the_offender(
    text: str, crime: str | None, offender: str | None
) -> None:
    account = read_account(text)
    if crime:
        assert account.crime_type == crime
    if offender:
        assert account.offender == offender


def test_partner_taking_phone_and_threatening_to_out_is_domestic_abuse() -> None:
    # Kevin (r28c/06)
    account = read_account(
        "no not in danger. hes not violent really. he took my phone off me last month and wont "
        "give it back, im on an old one. he says if i dont get back with him hell tell everyone "
        "at work im bi. im not out there"
    )
    assert account.crime_type == "domestic_abuse"
    assert account.offender == "partner_or_ex"


@pytest.mark.parametrize(
    "text",
    [
        "a man took my phone off me at knifepoint outside the station",
        "two lads on a moped snatched my phone and punched me",
    ],
)
def test_phone_taken_by_strangers_is_still_robbery(text: str) -> None:
    assert read_account(text).crime_type == "robbery"


def test_swastikas_and_a_note_are_antisemitic_hate() -> None:
    # Ruth (r28c/05)
    account = read_account(
        "Someone has sprayed swastikas on my front door overnight and put a note through the "
        "letterbox saying Jews out. My children are 14 and 17 and they saw it this morning. I am "
        "shaking."
    )
    assert account.crime_type == "criminal_damage"
    assert account.hate is True
    assert "religion" in account.hate_strands
    assert "jewish" in account.communities


def test_graffiti_without_hate_words_is_damage_only() -> None:
    account = read_account("someone sprayed graffiti on my front door overnight")
    assert account.crime_type == "criminal_damage"
    assert account.hate is None


@pytest.mark.parametrize(
    "text",
    [
        # Bernard (r28a/01)
        "Good afternoon. I wish to report that my car was broken into last night while parked "
        "on my own drive.",
        "No, I am not in danger. I am simply annoyed. They took my blue badge and my sat nav from "
        "the car. Will the police actually come out to look at it?",
        "As I said, theft from my car. Someone smashed the passenger window and took the sat nav "
        "and my disabled blue badge.",
    ],
)
def test_theft_from_a_car_is_theft_not_burglary(text: str) -> None:
    assert read_account(text).crime_type == "theft"


@pytest.mark.parametrize(
    "text",
    [
        "my house was broken into last night and they took my car keys",
        "someone broke into our flat and stole the laptop",
    ],
)
def test_a_home_broken_into_is_still_burglary(text: str) -> None:
    assert read_account(text).crime_type == "burglary"


def test_shouting_virus_and_a_slur_is_race_hate() -> None:
    # Mei (r28a/04)
    account = read_account(
        "not right now, but I don't know. they live 3 doors down. since covid they shout virus "
        "and chink at us whenever we go out, my mum is 68 and she's scared to leave the house now"
    )
    assert account.hate is True
    assert "race" in account.hate_strands
    assert account.crime_type != "stalking_harassment"


def test_covid_talk_is_not_hate() -> None:
    account = read_account("i had covid last month and the virus knocked me out for weeks")
    assert account.hate is None


def test_homophobic_slur_in_a_robbery() -> None:
    # Tom (r28a/05)
    account = read_account(
        "idk maybe? they called me a f*g when they were leaving. i guess they target gay guys on "
        "there because they know we wont go to police"
    )
    assert account.hate is True
    assert "sexual_orientation" in account.hate_strands


@pytest.mark.parametrize(
    "text",
    [
        "im ok now. basically i met a guy on grindr went to his flat in brixton and there were "
        "like 3 other guys there, one had a knife, they took my phone my cards made me give them "
        "my pin. i feel so stupid",
        "i think it was a homophobic hate crime. they targeted me cos im gay",
        "so who can help with that then",
    ],
)
def test_nobody_died_in_toms_account(text: str) -> None:
    account = read_account(text)
    assert account.crime_type != "homicide"
    assert "someone_died" not in account.details


@pytest.mark.parametrize(
    ("text", "not_crime"),
    [
        # Ali's correction (r28b/02)
        ("im not a victim of terrorism, he CALLED me a terrorist", "terrorism"),
        # Mei's correction (r28a/04)
        ("its not stalking its racism", "stalking_harassment"),
        # Bernard's correction (r28a/01)
        (
            "It was not a burglary as such, nobody entered the house. It was the car on the "
            "drive. I rang 101 this morning and was given a crime reference number.",
            "burglary",
        ),
    ],
)
def test_a_crime_denied_is_not_read(text: str, not_crime: str) -> None:
    assert read_account(text).crime_type != not_crime


def test_bernards_correction_reads_theft_from_the_car() -> None:
    account = read_account(
        "It was not a burglary as such, nobody entered the house. It was the car on the drive. "
        "I rang 101 this morning and was given a crime reference number."
    )
    assert account.crime_type == "theft"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("he is stalking me", "stalking_harassment"),
        ("my ex is a stalker", "stalking_harassment"),
        ("my brother was killed in a terrorist attack at the station", "terrorism"),
        ("they burgled my house while we were away", "burglary"),
    ],
)
def test_crimes_named_without_denial_still_read(text: str, crime: str) -> None:
    assert read_account(text).crime_type == crime


def test_never_done_it_before_is_once() -> None:
    # Jade (r28a/02)
    account = read_account(
        "no im at home. he pushed me against the wall at a party last sat and grabbed my throat "
        "like proper squeezed it. my mates saw. idk if thats even a crime hes never done it before"
    )
    assert account.repeat is False


def test_a_robbery_denied_is_not_read() -> None:
    # Grace (r28a/06), about her son
    account = read_account(
        "Oh goodness, I wouldn't call it a robbery, he's my son, he's not a criminal really, "
        "he's ill. No I haven't reported it and I don't want him arrested. I just want him to get "
        "some help for the drugs. Is there anyone who can help him?"
    )
    assert account.crime_type != "robbery"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("I have been robbed,, by the phone. the bank man", "fraud"),
        (
            "it wasnt a robbery it was a scam, they said they were from my bank and i "
            "transferred money",
            "fraud",
        ),
        ("two men robbed me at knifepoint", "robbery"),
    ],
)
def test_robbery_and_scams_told_as_robbery(text: str, crime: str) -> None:
    assert read_account(text).crime_type == crime


def test_he_does_it_again_and_again_is_still_repeat() -> None:
    account = read_account("hes done it before, he hits me every week")
    assert account.repeat is True

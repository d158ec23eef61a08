"""Round 55, helper C5: Mo (CICA and a lost week of work), Margaret (81, hard of hearing, a
safe-account scam), Pete (burgled: the VPS, no counselling), Dev (won't report: Galop) and
Sandra (a witness being intimidated before a trial)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import (
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

ANCHOR = "-- round 55, helper C5 --"
NEW = (
    "utter_c5_cica_lost_earnings",
    "utter_c5_scammer_knew_details",
    "utter_c5_bank_without_phone",
    "utter_c5_no_counselling",
    "utter_c5_yes_help_without_report",
    "utter_c5_nothing_unless_report",
    "utter_c5_witness_not_stalking",
    "utter_c5_witness_not_attending",
)

MO_SAID = [
    "Hello, I am a minicab driver, a passenger punched me last weekend and called me racist "
    "names. Police came. I want to know about compensation",
]
MARGARET_SAID = [
    "No. A Man rang me on Tuesday saying he was from Barclays fraud Team and my account was being "
    "used by Criminals. He said I must move my money to a Safe account. I moved £14,000.",
]
SANDRA_SAID = [
    "hello im not sure if you help witnesses. i saw a man get beaten up on the 53 bus and gave a "
    "statement to police. now his mates are hanging around outside my flat",
    "not sure. theyre not there right now. but on monday one of them came up to me by the bins "
    "and said you didnt see nothing, yeah? i was shaking",
]
DEV_SAID = [
    "hiya robot. so some lovely gentleman punched me in the face outside a bar in soho on "
    "saturday for the crime of being gay. fun times",
]


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_sms_with_sources(name):
    assert_one_sms_with_source(name, ANCHOR)
    assert numbers_not_in_directory(name) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lost week of work, does CICA pay that?",
        "You didn't answer. Lost week of work, does CICA pay that?",
        "Will I get compensation from CICA for my lost week? How much?",
        "does cica cover lost wages",
    ],
)
def test_mo_lost_earnings_from_cica(text):
    assert said_answer(text, "assault", MO_SAID, consent=True) == "utter_c5_cica_lost_earnings"


@pytest.mark.parametrize(
    "text",
    [
        "He knew my Name and the last numbers of my Card though. How did he know that",
        "A Stranger. He knew my Name and the last numbers of my Card though. How did he know that",
        "how did they know my bank details",
    ],
)
def test_margaret_how_did_he_know(text):
    got = said_answer(text, "fraud", MARGARET_SAID, consent=True)
    assert got == "utter_c5_scammer_knew_details"


@pytest.mark.parametrize(
    "text",
    [
        "I want my Money back. And I would like someone to help me ring the Bank, I do not hear "
        "well on the Telephone.",
        "I would like someone to help me ring the Bank",
        "can someone help me call the bank, I am hard of hearing",
    ],
)
def test_margaret_cannot_phone_the_bank(text):
    got = said_answer(text, "fraud", MARGARET_SAID, consent=True)
    assert got == "utter_c5_bank_without_phone"


@pytest.mark.parametrize(
    "text",
    [
        "Practical help. Locks, and the insurance want a load of paperwork. And what's a victim "
        "personal statement, the letter mentioned it",
        "English obviously. You didn't answer about the victim personal statement",
        "I told you I DON'T have a disability. And for the third time what is a victim personal "
        "statement",
    ],
)
def test_pete_what_is_a_vps(text):
    assert said_answer(text, "burglary", [], consent=True) == "utter_ask_right/vps"


@pytest.mark.parametrize(
    "text",
    [
        "Fine. Yes pass my details on, but if it's counselling I'm not interested",
        "Yes it's safe, it's my phone. Did you hear me about counselling",
        "I said I DON'T want counselling. Phone call. 07700 900412",
        "Weekday mornings. Not counselling.",
    ],
)
def test_pete_refuses_counselling(text):
    assert said_answer(text, "burglary", [], consent=True) == "utter_c5_no_counselling"


def test_dev_galop_without_report_opens_yes():
    text = "can galop help me if i never report it or not"
    assert (
        said_answer(text, "assault", DEV_SAID, consent=True) == "utter_c5_yes_help_without_report"
    )
    from tests.unit.known_answers import RESPONSES

    assert RESPONSES["utter_c5_yes_help_without_report"][0]["text"].startswith("Yes.")


def test_dev_nothing_unless_reporting():
    text = "so basically i get nothing unless i grass to the police. classic"
    assert said_answer(text, "assault", DEV_SAID, consent=True) == "utter_c5_nothing_unless_report"


def test_sandra_not_stalking():
    text = "why stalking? nobody is stalking me, they're trying to scare me off giving evidence"
    assert said_answer(text, "stalking", SANDRA_SAID, consent=True) == (
        "utter_c5_witness_not_stalking"
    )


@pytest.mark.parametrize(
    "text",
    [
        "no. can i get out of giving evidence? the trial is in 2 months. i wish i never said "
        "anything",
        "no. but there IS a trial, i told you, in 2 months. what if i just dont turn up",
        "obviously yes. you're not listening. what happens if i dont go",
    ],
)
def test_sandra_not_attending(text):
    got = said_answer(text, "stalking", SANDRA_SAID, consent=True)
    assert got == "utter_c5_witness_not_attending"


# Near misses: other people's messages that must not get these answers.
@pytest.mark.parametrize(
    "text, crime_type, said",
    [
        ("can I claim from CICA for my broken jaw?", "assault", []),
        ("how did he know where i live", "stalking", []),
        ("he knew my name, how did he get my number", "harassment", ["my ex keeps texting me"]),
        ("can someone help me ring the police", "assault", []),
        ("what if i dont turn up to work tomorrow", "assault", ["he punched me at the bus stop"]),
        ("can i get out of the house safely tonight", "domestic_abuse", []),
        ("will he see my victim personal statement?", "assault", []),
        ("i think counselling might help actually", "assault", []),
        ("do i have to report it to get help", "assault", []),
        ("can victim support help me", "assault", []),
        ("he is stalking me and waits outside my work", "stalking", []),
    ],
)
def test_near_misses_do_not_get_c5_answers(text, crime_type, said):
    got = said_answer(text, crime_type, said, consent=True)
    assert got not in NEW, (text, got)


# The form's reading: Pete's no with a minor ailment, Dev's yes at the end of a message.
def _read(text, requested):
    from actions.reading import Turn, read_turn

    return read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers={"consent": True, "crime_type": "burglary"},
            asked={requested: 1},
        )
    ).slots


def test_pete_no_with_a_dodgy_knee_is_no():
    assert (
        _read("No. Dodgy knee but I doubt that's what you mean", "impairment")["impairment"]
        is False
    )


def test_a_dodgy_knee_alone_is_still_read_as_before():
    assert _read("yes, dodgy knee and a bad back", "impairment")["impairment"] is True


@pytest.mark.parametrize(
    "text",
    [
        "'no' but also yes?? ok whatever. go on then send me to galop. text only i hate phone "
        "calls",
        "wtf i said YES. send me to galop",
    ],
)
def test_dev_send_me_to_galop_is_a_yes(text):
    assert _read(text, "referral_consent")["referral_consent"] is True


@pytest.mark.parametrize(
    "text",
    ["dont send me to anyone", "no. just send me the numbers", "no thanks, send me the list"],
)
def test_no_is_still_no_at_the_referral_question(text):
    assert _read(text, "referral_consent").get("referral_consent") is not True

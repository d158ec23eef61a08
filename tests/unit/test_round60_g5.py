"""Round 60, helper G5: Derek (shed burglary), Tom (keyed car, hate notes), Sheila (courier card
fraud) and Precious (intimate images posted by her ex)."""

from __future__ import annotations

import pytest

from actions.answers import read_contact_safe, read_reported_to_police
from actions.reading import Turn, corrections, read_turn
from tests.unit.known_answers import RESPONSES, said_answer

SHEILA_1 = (
    "Good afternoon. A man rang saying he was from Barclays and a courier came for my card and "
    "I gave him my PIN number too."
)
TOM_1 = (
    "my neighbour has been shoving notes under my door calling me a f*ggot and now he's keyed "
    "my car"
)
PRECIOUS_1 = "my ex made a fake instagram and hes putting up pictures of me. private ones."


def turn(text, requested, **answers):
    return Turn(
        text=text, intent="inform", requested=requested, answers=answers, asked={requested: 1}
    )


@pytest.mark.parametrize(
    "text",
    [
        "i live on my own, only the cat sees my phone",
        "like i said, nobody else here. its fine",
        "its just me here",
    ],
)
def test_living_alone_is_safe_to_contact(text):
    assert read_contact_safe(text).value is True
    reading = read_turn(turn(text, "contact_safe", consent=True, referral_consent=True))
    assert reading.slots.get("contact_safe") is True


@pytest.mark.parametrize(
    "text", ["i live on my own but my son checks my phone", "nobody else here but its not safe"]
)
def test_living_alone_with_a_checker_is_not_read_as_safe(text):
    assert read_contact_safe(text).value is not True


def test_earlier_times_reported_but_not_this_one_is_no():
    text = (
        "first two times yes. got a crime number and a letter saying case closed. havent "
        "bothered this time, whats the point"
    )
    assert read_reported_to_police(text).value is False


def test_not_this_one_corrects_reported():
    changes = corrections(
        "no i havent told them about THIS one. and i dont have a disability, its a knee",
        {"reported_to_police": True, "impairment": True, "crime_type": "burglary"},
    )
    assert changes["reported_to_police"] is False


@pytest.mark.parametrize(
    "text",
    [
        "the car yes, they gave me a number and sod all else. the notes no, i kept them all though",
        "are you deaf. YES for the car. not the notes",
    ],
)
def test_a_partial_yes_is_reported_and_no_disability(text):
    assert read_reported_to_police(text).value is True
    reading = read_turn(
        turn(text, "reported_to_police", consent=True, crime_type="criminal_damage")
    )
    assert reading.slots.get("reported_to_police") is True
    assert "impairment" not in reading.slots and "cannot_phone" not in reading.slots
    assert not reading.say


def test_my_mum_yes_the_police_no_is_not_a_report():
    assert read_reported_to_police("my mum yes, the police no").value is not True


def test_no_disability_clears_text_relay():
    changes = corrections(
        "what? i dont have a disability. i was being sarcastic. 41",
        {"impairment": True, "cannot_phone": True, "community": ["deaf", "lgbt"]},
    )
    assert changes["impairment"] is False and changes["cannot_phone"] is False
    assert changes["community"] == ["lgbt"]


def test_no_disability_but_deaf_keeps_text_relay():
    changes = corrections(
        "i dont have a disability, im deaf", {"impairment": True, "cannot_phone": True}
    )
    assert "cannot_phone" not in changes


def test_sheila():
    said = [SHEILA_1]
    assert (
        said_answer(
            "No I dont think so. Should I have rung someone? I havent told anyone", "fraud", said
        )
        == "utter_card_used"
    )
    assert (
        said_answer(
            "No. I am rather hard of hearing, I cant really manage the telephone. Is my money "
            "gone?",
            "fraud",
            said,
        )
        == "utter_g5_card_money_gone"
    )
    assert (
        said_answer("Can my daughter deal with the bank for me? She lives in Kent.", "fraud", said)
        == "utter_g5_someone_deals_with_bank"
    )


def test_derek_lock():
    assert (
        said_answer(
            "anyway will this lot sort me a decent lock or is it just tea and sympathy",
            "burglary",
            ["some toerag has broken into my allotment shed again"],
        )
        == "utter_g5_practical_help_lock"
    )


@pytest.mark.parametrize(
    "text",
    [
        "getting him moved. and someone to pay for my car, its a £600 respray",
        "english. what about my car??",
    ],
)
def test_tom_car(text):
    assert said_answer(text, "criminal_damage", [TOM_1]) == "utter_damage_who_pays"


def test_precious():
    assert (
        said_answer(
            "no. will police make me show them the pictures? i cant", "online_abuse", [PRECIOUS_1]
        )
        == "utter_g5_police_and_images"
    )
    assert (
        said_answer(
            "if my boss finds out can she sack me for it", "online_abuse", [PRECIOUS_1], age=29.0
        )
        == "utter_g5_work_and_images"
    )


@pytest.mark.parametrize(
    "text,crime,said",
    [
        ("Is my money gone?", "fraud", ["I sent £2000 by bank transfer to a man on a dating site"]),
        ("will police make me show them the pictures", "burglary", ["they took my laptop"]),
        ("can my boss sack me for being off", "assault", ["i got punched at the bus stop"]),
        ("what about my car??", "burglary", ["they broke in and took my car keys"]),
    ],
)
def test_other_peoples_messages_do_not_get_these(text, crime, said):
    got = said_answer(text, crime, said)
    assert got not in (
        "utter_g5_card_money_gone",
        "utter_g5_police_and_images",
        "utter_g5_work_and_images",
        "utter_damage_who_pays" if crime == "burglary" else "-",
    )


def test_texts_are_short():
    for name in (
        "utter_g5_card_money_gone",
        "utter_g5_someone_deals_with_bank",
        "utter_g5_practical_help_lock",
        "utter_g5_police_and_images",
        "utter_g5_work_and_images",
        "utter_g5_contact_safe_left_open",
    ):
        for variant in RESPONSES[name]:
            assert len(variant["text"]) <= 320

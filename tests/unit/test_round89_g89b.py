"""Round 89, helper g89b: Rachel (31, spiked in a bar in Camden, a memory gap), Tomasz (45, his
van broken into and £4,000 of tools stolen; simple English) and Yusuf (16, robbed at knifepoint
near his school): questions answered from a stock paragraph picked by one word."""

from __future__ import annotations

import pytest

from actions.reading import Turn, read_turn
from referrals.matching import default_directory
from tests.unit.known_answers import (
    ALL_RESPONSES,
    ANSWERS_FILE,
    answer_in_conversation,
    assert_one_sms_with_a_source,
    responses_in_conversation,
)

RACHEL_SAID = [
    "hi sorry i don't really know how to say this. i was out on saturday at a bar in camden with"
    " friends and i only had like 2 drinks and then i don't remember anything, i woke up at home"
    " on sunday and i don't know how i got there. i think someone put something in my drink. i"
    " feel sick thinking about it",
    "yes ok. is it too late to get tested? it was saturday night and its tuesday now",
    "no im at home, my flatmate is here. but i dont even know if anything happened like that. my"
    " underwear was on but i was sore a bit. i dont want to make a big deal if nothing happened."
    " would the havens think im wasting their time",
]
RACHEL = {"consent": True, "crime_type": "spiking", "in_danger": False, "said": RACHEL_SAID}
TOMASZ_SAID = [
    "hello. my van is broken in the night, all tools is gone. 4000 pound. i am builder i cannot"
    " work now. what i do",
    "yes ok",
    "no danger. only problem is money. i need crime number for insurance, how i get it?",
]
TOMASZ = {"consent": True, "crime_type": "theft", "in_danger": False, "said": TOMASZ_SAID}
YUSUF_SAID = [
    "yo is this the victim ting",
    "ye ok",
    "nah im home rn. but 2 man pulled a shank on me yday by my school n took my phone n my"
    " trainers",
]
YUSUF = {
    "consent": True,
    "crime_type": "robbery",
    "in_danger": False,
    "age": 16,
    "reported_to_police": False,
    "said": YUSUF_SAID,
}


def said_at(text: str, requested: str | None, facts: dict) -> list[str | None]:
    reading = read_turn(
        Turn(text=text, requested=requested, answers=facts, organisations=default_directory())
    )
    return [say.response for say in reading.say]


# -- 1. Rachel: "do the Havens tell the police?" gets "No ... only if you want", the first time --


def test_rachel_havens_tell_police_first_ask() -> None:
    text = (
        "no. if i go to the havens do they tell the police? i dont know if i want police"
        " involved, i cant even remember anything to tell them"
    )
    got = said_at(text, "reported_to_police", RACHEL)
    assert got == ["utter_havens_police_only_if_you_want"]


def test_spiked_what_to_tell_police_without_memory_kept() -> None:
    # z87d (round 87), Chloe: not about the Havens, so the reporting answer stays.
    text = "what would i even tell the police if i dont remember anything"
    assert responses_in_conversation(text, "spiking", RACHEL_SAID)[:1] == [
        "utter_z87d_report_without_memory"
    ]


# -- 2. Rachel: the bar's CCTV is not a camera on her own home ----------------------------------


def test_rachel_bar_cctv() -> None:
    text = (
        "no never. sorry can i ask, should i tell the bar? do they have cctv? i feel like i need"
        " to know what happened"
    )
    facts = {**RACHEL, "reported_to_police": False, "age": 31}
    assert said_at(text, "repeat_victimisation", facts) == ["utter_g89b_venue_cctv"]
    assert_one_sms_with_a_source("utter_g89b_venue_cctv", ANSWERS_FILE)


def test_rachel_their_cameras_correction() -> None:
    text = "what?? im not asking about a doorbell. i mean the bar where it happened, their cameras"
    got = responses_in_conversation(text, "spiking", RACHEL_SAID)
    assert got[:1] == ["utter_g89b_venue_cctv"]


@pytest.mark.parametrize(
    "text",
    [
        "can i put a camera on my own house?",
        "am i allowed to have a doorbell camera at my flat?",
    ],
)
def test_own_camera_keeps_its_answer(text: str) -> None:
    assert responses_in_conversation(text, "criminal_damage", ["my car was keyed"])[:1] != [
        "utter_g89b_venue_cctv"
    ]


# -- 3. Rachel: "call the Havens today or wait?" is "go today" ----------------------------------


def test_rachel_havens_today_or_wait() -> None:
    text = "any time. should i still call the havens today as well or wait for them to text me?"
    facts = {
        **RACHEL,
        "reported_to_police": False,
        "age": 31,
        "referral_consent": True,
        "contact_method": "text",
        "contact_safe": True,
        "cannot_phone": True,
    }
    assert said_at(text, "contact_times", facts) == ["utter_ec_and_pep_go_today"]


def test_havens_today_not_after_the_window() -> None:
    said = ["i was raped two weeks ago"]
    text = "should i call the havens today or wait for them to text me?"
    got = answer_in_conversation(text, "sexual_offence", said)
    assert got is None or got.response != "utter_ec_and_pep_go_today"


# -- 4. Tomasz: reporting online in simple English; whether insurance pays for the tools --------


def test_tomasz_online_with_simple_english() -> None:
    text = (
        "not yet. i call 101 they say wait 40 minute, i hang up. is better online? my english"
        " writing not so good"
    )
    assert said_at(text, "reported_to_police", TOMASZ) == [
        "utter_g89b_report_online_simple_english"
    ]
    assert_one_sms_with_a_source("utter_g89b_report_online_simple_english", ANSWERS_FILE)
    (variant,) = ALL_RESPONSES["utter_g89b_report_online_simple_english"]
    assert "met.police.uk" in variant["text"] and "Right 1" in variant["text"]


def test_tomasz_tools_insurance() -> None:
    text = (
        "no first time. insurance, they pay all 4000? my policy i dont know if tools inside is"
        " covered"
    )
    facts = {**TOMASZ, "reported_to_police": False, "age": 45}
    assert said_at(text, "repeat_victimisation", facts) == ["utter_g89b_tools_insurance"]
    assert_one_sms_with_a_source("utter_g89b_tools_insurance", ANSWERS_FILE)


def test_insurance_crime_number_kept() -> None:
    text = "i need crime number for insurance, how i get it?"
    assert responses_in_conversation(text, "theft", TOMASZ_SAID[:1])[:1] == [
        "utter_insurance_crime_number"
    ]


# -- 5. Yusuf: Fearless / Crimestoppers is not the police ---------------------------------------


def test_yusuf_fearless_is_crimestoppers_police() -> None:
    text = (
        "wait fearless is crimestoppers? dats police innit. i aint snitchin. n how dey gonna"
        " contact me i aint got a phone this is my boys phone"
    )
    # At the referral question, after the results (as in the transcript).
    got = responses_in_conversation(
        text,
        "robbery",
        YUSUF_SAID,
        age=16,
        results_shown=True,
        requested_slot="referral_consent",
    )
    # How they would contact him, on a borrowed phone, is answered after it.
    assert got == ["utter_g89b_fearless_not_police", "utter_c75a_no_phone_borrowed"]
    assert_one_sms_with_a_source("utter_g89b_fearless_not_police", ANSWERS_FILE)


def test_yusuf_is_crimestoppers_police_or_not() -> None:
    text = "u never said bout crimestoppers. is it police or not"
    got = responses_in_conversation(text, "robbery", YUSUF_SAID, age=16)
    assert got[:1] == ["utter_g89b_fearless_not_police"]


def test_bar_cctv_once_reported_not_own_camera() -> None:
    # Reported: the officer on the case gets the footage; never the home-camera answer.
    text = "sorry can i ask, should i tell the bar? do they have cctv?"
    got = responses_in_conversation(text, "spiking", RACHEL_SAID, reported_to_police=True)
    assert "utter_p4_own_cctv" not in got
    assert "utter_g89b_venue_cctv" not in got


def test_video_posted_from_the_club_is_not_cctv() -> None:
    text = "he filmed me in the club on his phone, can he post it?"
    got = responses_in_conversation(text, "sexual_offence", ["a man grabbed me in a club"])
    assert "utter_g89b_venue_cctv" not in got

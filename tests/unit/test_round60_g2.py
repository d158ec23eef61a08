"""Round 60, helper G2: Rachel (raped after a date), Gemma (stalked), Wojtek (unpaid, his ID
kept) and Ali (a cab driver punched by a passenger)."""

from __future__ import annotations

import pytest

from actions.account import read_account, read_hate
from tests.unit.known_answers import (
    RESPONSES,
    answer_in_conversation,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

RACHEL_SAID = [
    "ok i guess. something happened 2 weeks ago with a guy i met on a date. i went back to his "
    "flat. i said no and he didnt stop. i dont want to report it, i dont want police involved",
]
GEMMA_SAID = [
    "Hi. I'm being stalked by a former colleague and have been for about six months. I've "
    "reported it to the Met twice (refs CAD 4471/12MAY and 01/2345678/24).",
]
NEW = (
    "utter_g2_said_no_it_counts",
    "utter_g2_that_is_rape",
    "utter_g2_support_without_police_havens",
    "utter_g2_updates_yes",
    "utter_g2_paladin_referral",
    "utter_g2_nowhere_to_sleep",
)


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_sms_with_sources(name):
    assert_one_sms_with_source(name, "# -- round 60, helper g2 --")
    assert numbers_not_in_directory(name) == []


@pytest.mark.parametrize(
    "text",
    [
        "31. does it even count though. i went back to his place. i kissed him. maybe i gave the "
        "wrong idea",
        "does it even count. i kissed him first",
        "is it my fault? i went back to his flat",
    ],
)
def test_rachel_asks_if_it_counts_gets_rape_answer(text):
    assert said_answer(text, "sexual_offence", RACHEL_SAID, consent=True) == (
        "utter_g2_said_no_it_counts"
    )


def test_kissing_without_rape_told_keeps_the_s3_answer():
    priya = ["a man at work grabbed me and kissed me in the stairwell"]
    text = "does it count? I keep thinking maybe I gave him the wrong idea"
    assert said_answer(text, "sexual_offence", priya, consent=True) != (
        "utter_g2_said_no_it_counts"
    )


@pytest.mark.parametrize(
    "text",
    [
        "he didnt just kiss me. he had sex with me when i said no. i just froze. i dont know "
        "what you call that",
        "he had sex with me after i said no. is that rape?",
    ],
)
def test_rachel_describes_rape_gets_acknowledged(text):
    assert said_answer(text, "sexual_offence", RACHEL_SAID, consent=True) == (
        "utter_g2_that_is_rape"
    )


def test_rachel_support_without_police():
    both = (
        "i said i dont want to report. so i dont get anything unless i go to police? if i talk "
        "to the havens will they tell the police"
    )
    assert said_answer(both, "sexual_offence", RACHEL_SAID, consent=True) == (
        "utter_g2_support_without_police_havens"
    )
    alone = "so i dont get anything unless i go to police?"
    assert said_answer(alone, "sexual_offence", RACHEL_SAID, consent=True) == (
        "utter_support_without_report"
    )


@pytest.mark.parametrize(
    "text",
    [
        "45. Also the police haven't updated me at all since the second report three weeks ago. "
        "Am I entitled to updates?",
        "I said - a former colleague. His name is Martin. Also you didn't answer - am I entitled "
        "to updates or not?",
        "No. And again: do the police have to update me? Yes or no?",
        "No. This is the third time I've asked. Why won't you answer about police updates?",
    ],
)
def test_gemma_updates_get_a_yes(text):
    assert said_answer(text, "stalking_harassment", GEMMA_SAID, consent=True) == (
        "utter_g2_updates_yes"
    )
    assert RESPONSES["utter_g2_updates_yes"][0]["text"].startswith("Yes.")


def test_updates_not_taken_as_reported_when_not():
    said = ["someone keeps following me home. i havent told the police"]
    text = "do the police have to update me?"
    assert said_answer(text, "stalking_harassment", said, reported_to_police=False) != (
        "utter_g2_updates_yes"
    )


def test_how_quickly_keeps_the_days_answers():
    text = "What does the Victims' Code say about how quickly they must update me?"
    assert said_answer(text, "stalking_harassment", GEMMA_SAID, consent=True) != (
        "utter_g2_updates_yes"
    )


@pytest.mark.parametrize(
    "text",
    [
        "So I AM entitled to updates - why couldn't you just say that earlier? Anyway, yes "
        "please. Can you refer me to Paladin specifically? Email is best: "
        "gemma.hollis@protonmail.com",
        "Yes, it's safe. But will it go to Paladin or someone else?",
    ],
)
def test_gemma_paladin(text):
    assert said_answer(text, "stalking_harassment", GEMMA_SAID, consent=True) == (
        "utter_g2_paladin_referral"
    )


@pytest.mark.parametrize("crime_type", [None, "human_trafficking"])
def test_wojtek_id_kept_is_it_allowed(crime_type):
    text = "you not answer about my ID. he keep it so i cannot go to other job. is this allowed?"
    assert said_answer(text, crime_type, [], consent=True) == "utter_t7_id_back"


def test_passport_kept_is_not_the_id_card_answer():
    text = "my landlord has my passport. is that legal?"
    assert said_answer(text, None, [], consent=True) != "utter_t7_id_back"


@pytest.mark.parametrize(
    "text",
    [
        "no not hurt. only tired. and cold in van at night. i cannot go home, i have no home, i "
        "pay rent to him before and now no money",
        "court?? i dont want court. i want sleep in a house. you help with place to sleep or no?",
    ],
)
def test_wojtek_nowhere_to_sleep(text):
    assert said_answer(text, None, [], consent=True) == "utter_g2_nowhere_to_sleep"


def test_abuse_victim_nowhere_to_sleep_keeps_older_answers():
    text = "i have no home now, can he find me at a refuge?"
    assert said_answer(text, "domestic_abuse", [], consent=True) != "utter_g2_nowhere_to_sleep"


def test_wojtek_what_was_sent():
    got = answer_in_conversation(
        "thank you. what you send them about me? you write trafficking?",
        None,
        [],
        consent=True,
        reported_to_police=False,
    )
    assert got is not None and got.text is not None
    assert got.text.startswith("No, trafficking isn't in my notes.")
    assert "haven't told the police" in got.text


@pytest.mark.parametrize(
    "text",
    [
        "no not yet. is worth it? police never come for cab drivers. and what about the money i "
        "lose not working, who pay that?",
        "52. you didnt answer. the money i lose from not working. 3 days maybe more. can i claim "
        "that?",
    ],
)
def test_ali_lost_earnings(text):
    assert said_answer(text, "assault", [], consent=False) == "utter_e1_cica_lost_days"


def test_lost_earnings_not_for_fraud():
    text = "the money i lose not working, can i claim that?"
    assert said_answer(text, "fraud", [], consent=True) != "utter_e1_cica_lost_days"


def test_ali_past_slur_is_not_this_crimes_motive():
    text = (
        "him no. but drivers get abuse all the time, last year someone call me paki and spit. "
        "this one no he just punch"
    )
    assert read_account(text).hate is None
    assert read_hate(text)[0] is None


def test_slur_in_this_crime_is_still_hate():
    assert read_hate("he called me a paki and punched me")[0] is True
    assert read_hate("last year someone spat at me. this time he called me a paki")[0] is True

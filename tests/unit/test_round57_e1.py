"""Round 57, helper E1: Yvonne, 58, burgled, her late mother's ring taken, panic attacks since;
Abdi, 24, a delivery rider pushed off his moped by two masked men, grazed arm."""

from __future__ import annotations

import re

import pytest

from actions.answers import read_answer
from actions.reading import corrections
from tests.unit.known_answers import RESPONSES, answer

REFERRED = {
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_details": "07700900461",
    "contact_times": "After 5",
}


# -- Yvonne: the condition question --
@pytest.mark.parametrize(
    "text",
    [
        "Well the panic attacks, as I said. Nothing before this.",
        "I think it's emotional mostly. I keep checking the door is locked. I go back two or "
        "three times",
        "the panic attacks",
        "I get panic attacks now",
    ],
)
def test_yvonnes_panic_attacks_are_a_yes(text):
    assert read_answer("impairment", text).value is True


@pytest.mark.parametrize(
    "text", ["no panic attacks or anything", "no, nothing like that", "No", "not really no"]
)
def test_a_no_is_still_a_no(text):
    assert read_answer("impairment", text).value is False


# -- Yvonne: the times to call --
def test_after_five_thirty_beside_her_number_is_kept_whole():
    said = read_answer("contact_times", "07700 900461. After 5.30 is best please")
    assert "5.30" in str(said.value)
    assert said.extra["contact_details"] == "07700900461"


def test_a_question_beside_a_number_still_sets_no_times():
    said = read_answer(
        "contact_times",
        "07700 900461, that's my work mobile. will they remember it's only 12 to 2?",
    )
    assert said.value is None


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I said after half past 5, not 5. I'm still on the bus at 5. Also will they know "
        "about the panic attacks? I didn't know if you'd written that down",
        "Thank you. But can you change the time to after 5.30 please",
        "the time you wrote is wrong. it should be after 5:30pm",
    ],
)
def test_her_times_put_right(text):
    changed = str(corrections(text, REFERRED).get("contact_times") or "")
    assert re.search(r"half past 5|5[.:]30", changed), changed


# -- Yvonne: the ring --
@pytest.mark.parametrize(
    "text",
    [
        "Thank you. One last thing, is there anything I can do myself about the ring? It's a gold "
        "band with a small sapphire, my mum's. I have a photo of it",
        "Oh ok. Should I give the photo to the police?",
        "can I send the pictures to the police?",
        "is there anything I can do about my necklace?",
    ],
)
def test_yvonnes_ring_questions_are_answered(text):
    assert answer(text, "burglary") == "utter_e1_stolen_item_photo"


def test_the_ring_answer_is_short_and_plain():
    text = RESPONSES["utter_e1_stolen_item_photo"][0]["text"]
    assert len(text) <= 320 and "ring" not in text


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("Should I give the photos to the police?", "stalking"),  # photos of messages
        ("Should I give the photos of my bruises to the police?", "assault"),
        ("will the police find my ring?", "burglary"),
    ],
)
def test_other_photo_questions_do_not_get_it(text, crime):
    assert answer(text, crime) != "utter_e1_stolen_item_photo"


# -- Abdi: lost days and a graze --
@pytest.mark.parametrize(
    "text",
    [
        "dunno. they just wanted the bike i think. can i get money for the days i cant work? i do "
        "deliveroo",
        "no. its just a graze tho wud i get anything for that? i lost like 3 days already",
        "no. u didnt answer tho, wud i get money for a graze",
        "would i get anything for the days i couldnt work?",
    ],
)
def test_abdis_lost_days_reach_the_lost_earnings_answer(text):
    assert answer(text, "robbery") == "utter_e1_cica_lost_days"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("can i get money for the days i cant work?", "burglary"),
        ("can i get compensation?", "robbery"),
        ("Lost week of work, does CICA pay that?", "assault"),  # Mo: C5's answer
        ("i lost 3 days of work", "robbery"),  # not a question
    ],
)
def test_other_compensation_questions_do_not_get_it(text, crime):
    assert answer(text, crime) != "utter_e1_cica_lost_days"


def test_mo_still_gets_c5s_answer():
    assert answer("Lost week of work, does CICA pay that?", "assault") == (
        "utter_c5_cica_lost_earnings"
    )


# -- Abdi: what a support worker does --
def test_what_will_they_do_at_the_referral_question():
    assert (
        answer(
            "what will they actually do tho. i need to work",
            "robbery",
            requested_slot="referral_consent",
        )
        == "utter_e1_what_support_worker_does"
    )


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("what will the police actually do", "referral_consent"),
        ("what will they actually do tho", "impairment"),
    ],
)
def test_other_what_will_they_do_questions_do_not_get_it(text, slot):
    assert answer(text, "robbery", requested_slot=slot) != "utter_e1_what_support_worker_does"

"""Round 103, helper o103c: questions refused or answered for another situation, still open
after the first fixes (Ruth, Mei, Jamal, Yusuf, Terry)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import assert_one_sms_with_source, said_answer

NEW = [
    "utter_o103c_support_worker_cant_move_you",
    "utter_o103c_hate_crime_not_wasting_time",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source(name):
    assert_one_sms_with_source(name, "o103c (round 103)")


# 1. Ruth, stalked by a former patient, asked whether she'd be scared giving evidence.
def test_ruth_screen_in_the_courtroom_gets_special_measures() -> None:
    ruth = "Somewhat, yes. I would not wish to see him in the courtroom. Is a screen possible?"
    at_court_question = dict(requested_slot="fear_of_giving_evidence")
    assert said_answer(ruth, "stalking_harassment", [], **at_court_question) == "utter_court"
    assert said_answer(ruth, "stalking_harassment", []) == "utter_court"
    got = said_answer("Is a screen possible?", "stalking_harassment", [], **at_court_question)
    assert got == "utter_court"
    # Not with no court talked about, nor a screen reader.
    assert said_answer("Is a screen possible?", "stalking_harassment", []) != "utter_court"
    assert (
        said_answer("can i use a screen reader?", "assault", [], **at_court_question)
        != "utter_court"
    )


# 2. Mei, graffiti on her restaurant's shutter again and again; she wants to put up a camera.
MEI_HELP = (
    "feeling safe, and practical help, like camera or something for the shutter. and help for my "
    "mother in Mandarin, please remember my mother"
)


def test_mei_camera_for_the_shutter_is_not_cctv_footage() -> None:
    assert said_answer(MEI_HELP, "hate_crime", []) == "utter_ask_council_for_a_camera"
    again = (
        "yes ok. but nobody answer me about camera for the shop. and can they call my mother in "
        "Mandarin also or only me?"
    )
    assert said_answer(again, "hate_crime", [MEI_HELP]) == "utter_ask_council_for_a_camera"
    asked = "westminster. you say MY language but I told you, it is my MOTHER. and camera?"
    assert said_answer(asked, "hate_crime", [MEI_HELP]) == "utter_ask_council_for_a_camera"
    # Footage is still the CCTV answer's.
    assert said_answer("is there cctv on the bus?", "assault", []) != (
        "utter_ask_council_for_a_camera"
    )


# 3. Jamal, a council tenant, whose neighbour's children target him.
JAMAL_FIRST = (
    "rang 101 twice last year, nobody came. told the council too, housing officer said speak to "
    "the parents. yeah that went well. can the council just move me? im on the ground floor, its "
    "council flat"
)


def test_jamal_does_the_support_person_move_him() -> None:
    text = (
        "i wasnt hurt. nobody touched me. its my window that got damaged. and its the council i "
        "need to move me, does the support person do that or what"
    )
    assert (
        said_answer(text, "hate_crime", [JAMAL_FIRST]) == "utter_o103c_support_worker_cant_move_you"
    )
    short = "and its the council i need to move me, does the support person do that or what"
    assert said_answer(short, "hate_crime", [JAMAL_FIRST]) == (
        "utter_o103c_support_worker_cant_move_you"
    )


# 4. Yusuf, spat at and pushed on the way home from Friday prayers.
YUSUF_FIRST = (
    "salam. a man spat at me and pushed me in to wall when i walk home from jummah with my son, "
    "he shout terrorist at us"
)


def test_yusuf_hate_crime_or_idiot_not_wasting_police_time_is_not_999() -> None:
    text = "ok yes. but is this a hate crime or just a idiot? i dont want waste police time"
    assert said_answer(text, "hate_crime", [YUSUF_FIRST]) == (
        "utter_o103c_hate_crime_not_wasting_time"
    )
    # Danger now stays 999's.
    now = "is this a hate crime? hes outside my door now, i dont want to waste police time"
    assert said_answer(now, "hate_crime", [YUSUF_FIRST]) != (
        "utter_o103c_hate_crime_not_wasting_time"
    )


# 5. Terry, his jaw wired shut.
TERRY_FIRST = (
    "some bloke glassed me outside the pub saturday night. jaw broke in 2 places its wired shut "
    "so i cant talk on the phone dont bother giving me phone numbers"
)


def test_terry_told_again_he_cannot_phone_gets_text_routes() -> None:
    text = "i just told you i cant talk on the phone mate"
    assert said_answer(text, "assault", [TERRY_FIRST]) == "utter_p2_text_routes_adult"
    assert said_answer(text, "domestic_abuse", [TERRY_FIRST], age=30) == (
        "utter_f88b_text_routes_adult"
    )

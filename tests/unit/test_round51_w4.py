"""Round 51 answers (helper W4).

- Joy, 68: her neighbour's camera points into her garden and bedroom window. "is he allowed to
  point it at my bedroom?" got the bus-CCTV footage answer; her correction, "Did you read what I
  said about the camera?" and the ICO question got "I can't answer"; so did "will anyone contact
  my neighbour? I don't want him knowing".
- Femi, 24: his moped taken at knifepoint minutes before. "do i call police or what" got 101;
  "they might come back for me?? they saw the box" got the CICA text and insurance.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

NEW = ("utter_w4_neighbour_camera", "utter_w4_neighbour_not_told", "utter_w4_fear_they_come_back")
JOY = {
    "age": 68,
    "relationship_to_offender": "known",
    "repeat_victimisation": True,
    # What she said first, which the follow-ups about "the camera" rest on.
    "said": ("my neighbour has put a camera pointing into my garden and bedroom window",),
}
FEMI = {
    "age": 24,
    "relationship_to_offender": "stranger",
    "account_details": frozenset({"weapon"}),
}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 51, helper W4")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "said",
    [
        "No. I'm worried if the police come round it will make him worse. What about the camera "
        "though, is he allowed to point it at my bedroom? I have to keep the curtains shut all "
        "day now",
        "No I don't mean footage, its HIS camera, he's the one filming me. Buses have nothing to "
        "do with it. I'm 68",
        "No I don't think so. He's just like that. Did you read what I said about the camera?",
        "Is there anyone apart from the police I can tell about the camera? The council maybe?",
        "Oh. Alright. One last thing, I read somewhere you can complain to the information "
        "commissioner about cameras like his, is that right?",
        "is my neighbour allowed to have a camera pointing into my garden?",
        "can i complain to the ico about his cctv?",
        "next door's doorbell camera is filming me every time i go out",
    ],
)
def test_the_neighbours_camera_gets_the_data_protection_answer(said):
    assert answer(said, "stalking_harassment", **JOY) == "utter_w4_neighbour_camera"


@pytest.mark.parametrize(
    "said, crime",
    [
        ("the bus had cctv, will they get the footage?", "assault"),
        ("the shop has a camera, can the police ask for it?", "theft"),
        ("my neighbour's camera caught the whole thing, does that help?", "burglary"),
        ("can i put a camera above my own front door?", "criminal_damage"),
        ("No", "stalking_harassment"),
        ("Enfield", "stalking_harassment"),
    ],
)
def test_cameras_that_filmed_the_crime_do_not_get_it(said, crime):
    assert answer(said, crime, **JOY) != "utter_w4_neighbour_camera"


@pytest.mark.parametrize(
    "said",
    [
        "Before I say yes, can I ask, will anyone contact my neighbour? I don't want him knowing "
        "I've complained.",
        "will you tell my neighbour? i don't want him to find out",
        "my neighbour scares me. will he know i've complained?",
    ],
)
def test_will_the_neighbour_be_told(said):
    assert answer(said, "stalking_harassment", **JOY) == "utter_w4_neighbour_not_told"


@pytest.mark.parametrize(
    "said",
    [
        "ye whatever. do i call police or what",
        "no. u said 101?? they had a knife bruv",
        "should i call the police?",
    ],
)
def test_a_knife_robbery_just_now_gets_999(said):
    assert answer(said, "robbery", **FEMI) == "utter_r2_999_armed_robbery_if_recent"


def test_once_reported_asking_about_the_police_is_not_told_999():
    assert (
        answer("should i call the police?", "robbery", **FEMI, reported_to_police=True)
        != "utter_r2_999_armed_robbery_if_recent"
    )


def test_without_a_weapon_the_999_answer_is_not_forced():
    told = {"age": 30, "relationship_to_offender": "stranger"}
    assert answer("do i call police or what", "theft", **told) != (
        "utter_r2_999_armed_robbery_if_recent"
    )


@pytest.mark.parametrize(
    "said",
    [
        "idk. maybe. they might know where i work innit they saw the delivery box",
        "compensation, practical help. and i said they might come back for me?? they saw the box",
        "i am afraid tho thats what im saying. they know my face and they saw the box. whatever.",
        "what if they come back for me",
    ],
)
def test_fear_they_come_back_is_answered(said):
    assert answer(said, "robbery", **FEMI) == "utter_w4_fear_they_come_back"


@pytest.mark.parametrize(
    "said",
    ["no", "greenwich", "compensation, practical help", "what do i tell my insurance"],
)
def test_ordinary_messages_do_not_get_the_fear_answer(said):
    assert answer(said, "robbery", **FEMI) != "utter_w4_fear_they_come_back"

"""Round 42 (helper L3): three serious findings.

- Amara, 14, hit by girls at school who film it and post it on TikTok and Snapchat: the videos
  were taken for nude pictures (Revenge Porn Helpline, "don't screenshot ... even as evidence",
  "report him to CEOP"), three corrections were not taken, "if i tell the school will they make
  it worse" got "They might", and "u still didnt say how to get the videos off tiktok" closed her
  referral.
- Hana, 30, whose ex-husband threatens to take the children to Pakistan: told to give the school
  "a copy of the order" she does not have; her questions about stopping it and about pick-up got
  "can't answer".
- Dave, 50, glassed: his drinking and flashbacks were ignored, then read as an answer to "Is it
  safe for a support worker to contact you?", and his referral closed.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable

from actions.reading import Turn, read_turn

NEW = (
    "utter_l3_attack_videos_down",
    "utter_l3_not_those_videos",
    "utter_l3_tell_a_teacher",
    "utter_l3_tell_school_no_order",
    "utter_l3_stop_children_taken_abroad",
    "utter_l3_school_pick_up",
    "utter_l3_no_order_yet",
    "utter_l3_drinking_flashbacks",
)
AMARA = {"age": 14, "under_18": True, "repeat_victimisation": True, "account_details": ["online"]}
HANA = {
    "age": 30,
    "relationship_to_offender": "partner_or_ex",
    "repeat_victimisation": True,
    "reported": False,
}
DAVE = {"age": 50, "reported": True, "referral_consent": True}
IMAGE_ANSWERS = (
    "utter_images_online",
    "utter_j2_child_images_evidence",
    "utter_j2_child_images_evidence_parent",
    "utter_young_picture_threat",
    "utter_posts_removed",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 42, helper L3", ({}, {"under_18": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Amara: videos of her being hit are not nude pictures ----------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no. can u get the videos taken down?? everyone has seen them",
        "?? i didnt say no. how do i get the videos took down",
        "u still didnt say how to get the videos off tiktok 😞",
        "how do i get the videos of them hitting me off snapchat",
    ],
)
def test_videos_of_an_attack_get_the_takedown_answer(said):
    got = answer(said, "assault", **AMARA)
    assert got == "utter_l3_attack_videos_down", (said, got)
    (young,) = sendable("utter_l3_attack_videos_down", under_18=True)
    assert "TikTok" in young and "evidence" in young and "teacher" in young
    assert "Revenge Porn" not in young and "CEOP" not in young and "don't screenshot" not in young


@pytest.mark.parametrize(
    "said",
    [
        "14. its not like THAT kind of video 😳 its them hitting me and pulling my hair n laughing",
        "NO they r NOT nudes omg. its them hitting me. can i screenshot it or not",
        "who is HIM?? its girls. ur not listening",
    ],
)
def test_her_corrections_are_taken(said):
    got = answer(said, "assault", **AMARA)
    assert got == "utter_l3_not_those_videos", (said, got)
    (young,) = sendable("utter_l3_not_those_videos", under_18=True)
    assert young.startswith("Sorry, I got that wrong") and "screenshot" in young


@pytest.mark.parametrize(
    "said",
    [
        "court?? i dont want them going to court i just want it to stop. if i tell the school "
        "will they make it worse",
        "i dont have a officer i never told police. can i tell a teacher instead",
        "should i tell my head of year?",
    ],
)
def test_telling_a_teacher_is_encouraged(said):
    got = answer(said, "assault", **AMARA)
    assert got == "utter_l3_tell_a_teacher", (said, got)
    (text,) = sendable("utter_l3_tell_a_teacher")
    assert not text.startswith("They might") and "must act on bullying" in text


def test_the_police_telling_the_school_is_still_that_answer():
    said = "if i go to the police will they tell my school?"
    assert answer(said, "assault", **AMARA) == "utter_police_tell_school_young"


def test_her_complaint_is_not_a_no_to_the_referral():
    for missed in (0, 1):
        reading = read_turn(
            Turn(
                text="u still didnt say how to get the videos off tiktok 😞",
                requested="referral_consent",
                answers={"crime_type": "assault", **AMARA},
                asked={"referral_consent": 2},
                missed={"referral_consent": missed},
            )
        )
        assert "referral_consent" not in reading.slots
        assert "referral_consent" not in reading.skipped
        assert [say.response for say in reading.say] == ["utter_l3_attack_videos_down"]


@pytest.mark.parametrize(
    ("said", "crime", "slots"),
    [
        (
            "can u get the videos taken down?? he posted my nudes",
            "online_abuse",
            {"age": 15, "under_18": True, "account_details": ["online", "intimate_images"]},
        ),
        (
            "my ex is threatening to post my private videos, can i get them taken down?",
            "domestic_abuse",
            {"age": 25, "under_18": False, "relationship_to_offender": "partner_or_ex"},
        ),
    ],
)
def test_sexual_images_still_get_the_image_answers(said, crime, slots):
    got = answer(said, crime, **slots)
    assert got not in ("utter_l3_attack_videos_down", "utter_l3_not_those_videos"), (said, got)


def test_robs_daughters_pictures_still_get_the_child_safe_answer():
    rob = {
        "age": 17,
        "under_18": True,
        "for_child": True,
        "relationship_to_offender": "someone_known",
        "account_details": ["online", "intimate_images"],
    }
    said = (
        "no. one of the lads sent her screenshots of the group so she knows. should I get her "
        "to forward me the pics as evidence for the police?"
    )
    got = answer(said, "online_abuse", **rob)
    assert got not in ("utter_l3_attack_videos_down", "utter_l3_not_those_videos")


# -- 2. Hana: no order invented; stopping the children being taken abroad ---------------------


def test_the_school_answer_has_no_invented_order():
    said = (
        "I'm not sure what this means. Will it help to stop him taking my children? That is my "
        "main worry. Also should I tell the school? I don't want to cause problems for the children"
    )
    assert answer(said, "stalking_harassment", **HANA) == "utter_l3_tell_school_no_order"
    (text,) = sendable("utter_l3_tell_school_no_order")
    assert "copy of the order" not in text and "42A" not in text


@pytest.mark.parametrize(
    "said",
    [
        "Not yet. I was worried it would make him angrier. The children have Pakistani passports "
        "as well as British ones, he has the Pakistani ones I think. Can I stop that?",
        "I didn't say it was a scam. I asked how I get a court order to stop him, a prohibited "
        "steps order or whatever, and if I need a solicitor and if it costs money",
        "Is there anyone who specialises in children being taken abroad? Pakistan is not in the "
        "Hague thing I read about, I think, so if he takes them it will be very hard to bring "
        "them back",
    ],
)
def test_stopping_the_children_being_taken_abroad(said):
    got = answer(said, "stalking_harassment", **HANA)
    assert got == "utter_l3_stop_children_taken_abroad", (said, got)
    (text,) = sendable("utter_l3_stop_children_taken_abroad")
    assert "prohibited steps order" in text and "999" in text and "Reunite" not in text


def test_what_order_is_answered_not_as_a_scam():
    said = (
        "What order? I don't have any order. How do I get one and does it cost money? I work "
        "part time"
    )
    assert answer(said, "stalking_harassment", **HANA) == "utter_l3_no_order_yet"


def test_pick_up_at_school():
    said = (
        "Yes please. And if he comes to the school today at pick up time and tries to take them, "
        "what should the school do? He is still their father, can they stop him?"
    )
    assert answer(said, "stalking_harassment", **HANA) == "utter_l3_school_pick_up"


@pytest.mark.parametrize(
    ("said", "crime", "slots"),
    [
        ("is it a scam? do you want money?", "fraud", {"age": 40}),
        ("i dont have a court order, can i still report him?", "assault", {"age": 40}),
        ("can i take my kids on holiday to spain?", "burglary", {"age": 40}),
        ("what time do they pick up the rubbish?", "criminal_damage", {"age": 40}),
        ("Yes", "stalking_harassment", HANA),
    ],
)
def test_ordinary_messages_get_none_of_the_new_answers(said, crime, slots):
    assert answer(said, crime, **slots) not in NEW, said


# -- 3. Dave: drinking and flashbacks ----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no. not sleeping great. drinking more than i should if im honest. occupational hazard "
        "haha",
        "ok. tbh the drinking's the bit thats bothering me. few after close every night now, more "
        "than a few. keep seeing it happen again when i shut my eyes",
        "forget it. is there someone i can talk to about the drinking and the flashbacks or not",
        "cheers. will they help with the drink thing or just the court stuff",
    ],
)
def test_drinking_and_flashbacks_are_answered(said):
    got = answer(said, "serious_violence", **DAVE)
    assert got == "utter_l3_drinking_flashbacks", (said, got)


@pytest.mark.parametrize(
    "said",
    [
        "ok. tbh the drinking's the bit thats bothering me. few after close every night now, more "
        "than a few. keep seeing it happen again when i shut my eyes",
        "forget it. is there someone i can talk to about the drinking and the flashbacks or not",
    ],
)
def test_drinking_is_not_an_answer_to_contact_safe(said):
    reading = read_turn(
        Turn(
            text=said,
            requested="contact_safe",
            answers={"crime_type": "serious_violence", **DAVE},
        )
    )
    assert "contact_safe" not in reading.slots
    assert "repeat_victimisation" not in reading.slots
    assert "contact_safe" not in reading.skipped
    assert [say.response for say in reading.say] == ["utter_l3_drinking_flashbacks"]


def test_drinking_said_at_another_question_is_heard():
    reading = read_turn(
        Turn(
            text="no. not sleeping great. drinking more than i should if im honest. occupational "
            "hazard haha",
            requested="impairment",
            answers={"crime_type": "serious_violence", "age": 50},
        )
    )
    assert reading.slots.get("impairment") is False
    assert "utter_l3_drinking_flashbacks" in [say.response for say in reading.say]


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("yes", True),
        ("no", False),
        ("yes they can ring me, nobody checks my phone", True),
        ("no, my wife checks my phone", False),
    ],
)
def test_ordinary_answers_to_contact_safe_still_count(said, value):
    reading = read_turn(
        Turn(
            text=said, requested="contact_safe", answers={"crime_type": "serious_violence", **DAVE}
        )
    )
    assert reading.slots.get("contact_safe") is value, (said, reading)

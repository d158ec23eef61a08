"""Round 38 answers (helper B1): questions that got nothing, an answer about this chat, or a
false alarm.

- Dev, 29, punched by a stranger outside a club; his girlfriend filmed it. "does the video
  help" was ignored four times, then answered as intimate-image abuse (s.66B).
- Amira, 16, her ex (17) threatening to send her picture round: never answered.
- Amira and Zara, both 16: will the POLICE tell my parents, or my school. Both got the answer
  about who sees this chat.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable

NEW = (
    "utter_young_picture_threat",
    "utter_police_tell_parents_young",
    "utter_police_tell_school_young",
)
DEV = {"age": 29, "relationship_to_offender": "stranger"}
AMIRA = {"age": 16, "under_18": True, "relationship_to_offender": "partner_or_ex"}
ZARA = {"age": 16, "under_18": True, "relationship_to_offender": "stranger", "hate_motivated": True}
ADULT = {"age": 34, "relationship_to_offender": "partner_or_ex"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 38, helper B1", ({}, {"for_someone_else": True}, {"under_18": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Dev: the video his girlfriend took of the assault -----------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "my gf filmed the whole thing on her phone tho, does that help?",
        "hounslow. but does the video help or not",
        "should i send them the video",
        "ok. what about the video tho",
        "my mate recorded it all on his phone, will that help the police?",
        "can the police use the video my girlfriend took?",
        "is the video any good as evidence",
    ],
)
def test_a_video_of_the_assault_gets_the_evidence_answer(said):
    assert answer(said, "assault", **DEV) == "utter_send_video_evidence"


def test_the_evidence_answer_is_the_report_with_video_one():
    text = sendable("utter_send_video_evidence")[0]
    assert text.startswith("Report it online at met.police.uk or on 101 and say you have video")


@pytest.mark.parametrize(
    "said",
    [
        "ok. what about the video tho",
        "does the video help or not",
        "should i send them the video",
    ],
)
def test_a_bare_video_is_never_the_intimate_image_threat(said):
    for crime_type in ("assault", "robbery", None):
        assert answer(said, crime_type, **DEV) != "utter_threat_to_share_video"


@pytest.mark.parametrize(
    ("said", "answers"),
    [
        ("he says hell send the video to everyone, what do i do", DEV),
        ("what about the video, he filmed us having sex", DEV),
        ("ok. what about the video tho", {**ADULT, "account_details": ["intimate_images"]}),
    ],
)
def test_a_threat_or_an_intimate_video_still_gets_the_threat_answer(said, answers):
    assert answer(said, "assault", **answers) == "utter_threat_to_share_video"


@pytest.mark.parametrize(
    "said",
    [
        "29",
        "not yet",
        "got a split lip and my jaw is killing me tho",
        "can you send me a video about my rights?",
        "i have a video of my kids",
        "they posted a video of it online, can they take it down?",
        "does that help?",
        "the police have the footage, what happens now?",
    ],
)
def test_ordinary_messages_are_not_the_video_answer(said):
    assert answer(said, "assault", **DEV) != "utter_send_video_evidence"


# -- 2. Amira: her ex threatening to send her picture round ---------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "he says hes gonna send my pic to evryone",
        "wait what do i do about the pic tho",
        "wait what do i do about the pic tho. hes got a pic of me n says hell send it round",
        "he said hes gonna share my photo. can u stop him",
        "hes threatening to post my nudes, what do i do",
        "he said he'll show everyone the pictures of me",
    ],
)
def test_a_young_person_threatened_over_a_picture_gets_the_under_18_answer(said):
    assert answer(said, "domestic_abuse", **AMIRA) == "utter_young_picture_threat"
    assert answer(said, "stalking_harassment", **AMIRA) == "utter_young_picture_threat"


def test_the_under_18_answer_says_what_she_needs():
    (text,) = sendable("utter_young_picture_threat")
    for part in ("under 18 is a crime", "not your fault", "Don't send more", "messages",
                 "Report Remove", "IWF", "CEOP", "0800 1111"):  # fmt: skip
        assert part in text, part
    assert "Revenge Porn" not in text


def test_an_adult_keeps_the_s66b_answer():
    said = "wait what do i do about the pic tho. hes got a pic of me n says hell send it round"
    assert answer(said, "domestic_abuse", **ADULT) == "utter_threat_to_share_video"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("he said if i dont send more pics he'll post them", "utter_sextortion"),
        ("he wants me to pay him or he sends the pics", "utter_sextortion"),
        ("am i gonna get in trouble for the pics", "utter_sextortion_not_your_fault"),
    ],
)
def test_blackmail_and_trouble_keep_their_answers(said, expected):
    assert answer(said, "domestic_abuse", **AMIRA) == expected


@pytest.mark.parametrize(
    "said",
    [
        "16",
        "yh loads of times, like 6 diff accounts",
        "yh kinda. hes in my year at college",
        "newham",
        "feeling safe n someone to talk to",
        "can i send you a pic of the messages?",
        "is there a photo of me on the form?",
    ],
)
def test_ordinary_messages_are_not_the_picture_answer(said):
    assert answer(said, "domestic_abuse", **AMIRA) != "utter_young_picture_threat"


# -- 3. Amira and Zara: will the police tell my parents, or my school -----------------------


@pytest.mark.parametrize(
    "said",
    [
        "if i go police do they tell my mum n dad",
        "will the police tell my parents if i report it?",
        "if i report it do the police have to tell my mum",
        "would the cops call my dad",
    ],
)
def test_a_young_person_asking_if_the_police_tell_parents(said):
    assert answer(said, "domestic_abuse", **AMIRA) == "utter_police_tell_parents_young"


@pytest.mark.parametrize(
    "said",
    [
        "no. but i meant if we go to the police will they tell my school",
        "ok but u still didnt say. if we report to police do they tell my school?",
        "will the police tell my college?",
        "do the police contact your school if you report something",
    ],
)
def test_a_young_person_asking_if_the_police_tell_school(said):
    assert answer(said, "assault", **ZARA) == "utter_police_tell_school_young"


def test_the_police_answers_are_honest_and_name_childline():
    for name in ("utter_police_tell_parents_young", "utter_police_tell_school_young"):
        (text,) = sendable(name)
        assert "may" in text and "keep" in text and "safe" in text
        assert "0800 1111" in text and "best interests" in text


@pytest.mark.parametrize(
    ("said", "answers", "expected"),
    [
        ("if i say yes will they call my mum", AMIRA, "utter_who_we_tell"),
        ("will you tell my school", ZARA, "utter_who_we_tell"),
        ("will you tell my mum", AMIRA, "utter_who_we_tell"),
        ("will my parents find out", AMIRA, "utter_who_we_tell"),
        # -- round 44, helper N6 --: an adult asking about the police and their own family.
        ("will the police tell my family", ADULT, "utter_n6_police_tell_family"),
        ("will you tell my school", ADULT, "utter_who_we_tell"),
    ],
)
def test_questions_about_this_chat_and_adults_are_unchanged(said, answers, expected):
    assert answer(said, "assault", **answers) == expected


@pytest.mark.parametrize(
    "said",
    [
        "my mum wants to go to the police station later",
        "can my mum talk to them instead of me",
        "will the police tell him it was me",
        "no. if i go to the police what happens",
        "my dad already called the police",
    ],
)
def test_ordinary_messages_are_not_the_police_answers(said):
    got = answer(said, "assault", **ZARA)
    assert got not in ("utter_police_tell_parents_young", "utter_police_tell_school_young")


@pytest.mark.parametrize(
    "said",
    [
        "is ceop the police?? i dont want police. will they tell my parents",
        "if i go to the police will childline tell my mum",
        "will social services tell my school if i report it to the police",
    ],
)
def test_a_named_service_is_not_the_police_answer(said):
    got = answer(said, "online_abuse", **AMIRA)
    assert got not in ("utter_police_tell_parents_young", "utter_police_tell_school_young")

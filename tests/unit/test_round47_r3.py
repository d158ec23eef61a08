"""Round 47 answers (helper R3): Omar and Lucy.

- Omar, 31, robbed by a dating-app date who now threatens to out him to his family unless he
  pays £2,000 by Friday: "should I pay him?" was ignored four times; "it's not just robbery
  it's blackmail" replaced the robbery with stalking or harassment.
- Lucy, 27, with a learning disability, whose "friends" take her money every week: "is that
  ok?" and "am I in trouble?" were never answered; she was given advice about stolen keys and
  a bag she never lost, and rough-sleeping advice for a day centre.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.reading import corrections

NEW = ("utter_r3_money_taken_not_ok", "utter_r3_not_in_trouble")
OMAR = {"age": 31.0}
LUCY = {"age": 27.0, "impairment": True, "relationship_to_offender": "someone_known"}
KEYS = "utter_keys_and_address_stolen"
ROUGH = ("utter_g4_rough_sleeping", "utter_g4_rough_sleeping_westminster")


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 47, helper R3", ({},))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Omar: should I pay him? ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "crime"),
    [
        (
            "yes ok. he says if i dont pay him 2k by friday hes gonna tell my family im gay. they "
            "dont know. he has pics. should i just pay him??",
            "robbery",
        ),
        ("not right now no. but should i pay him or not? friday is in 3 days", "robbery"),
        ("not right now no. but should i pay him or not? friday is in 3 days", "other"),
        (
            "no it's once. well hes texted like 20 times since saturday. ok but seriously SHOULD "
            "I PAY",
            "robbery",
        ),
        (
            "anxiety yeah, and its through the roof now. im not sleeping. you still havent told "
            "me about paying him. 3 times ive asked",
            "robbery",
        ),
        ("should i pay him or not", "stalking_harassment"),
    ],
)
def test_omar_is_told_not_to_pay(said, crime):
    assert answer(said, crime, **OMAR) == "utter_q41_blackmail_dont_pay"


@pytest.mark.parametrize(
    ("said", "crime"),
    [
        ("should i pay for the locks?", "burglary"),
        ("should i pay the fee they asked for?", "fraud"),
        ("should i pay him back the money i owe?", "robbery"),
        ("do i pay to apply for compensation?", "robbery"),
        ("should i pay him?", "fraud"),
        ("how much would i get roughly?", "robbery"),
        ("No", "robbery"),
        ("Tower Hamlets", "robbery"),
    ],
)
def test_other_payments_are_not_the_blackmail_answer(said, crime):
    assert answer(said, crime, **OMAR) != "utter_q41_blackmail_dont_pay"


def test_with_the_crime_unknown_it_is_still_a_dont_pay_answer():
    said = (
        "yes ok. he says if i dont pay him 2k by friday hes gonna tell my family im gay. they "
        "dont know. he has pics. should i just pay him??"
    )
    assert answer(said, None, **OMAR) in ("utter_sextortion", "utter_q41_blackmail_dont_pay")


def test_a_child_is_not_given_the_adult_blackmail_answer_here():
    said = "should i pay him or not? he says hes gonna send my pics"
    assert answer(said, "online_abuse", age=15.0, under_18=True) != "utter_q41_blackmail_dont_pay"


# -- Omar: blackmail told after the robbery ---------------------------------------------------


def test_not_just_robbery_keeps_the_robbery():
    said = (
        "its not just robbery its blackmail. i met him on grindr, he came to my flat, took my "
        "watch and my laptop and some cash. now hes messaging me threats. no i havent told police"
    )
    assert "crime_type" not in corrections(said, {"crime_type": "robbery"})


def test_not_just_robbery_with_pictures_keeps_them_as_a_detail():
    changes = corrections(
        "its not just robbery, hes blackmailing me with pics", {"crime_type": "robbery"}
    )
    assert "crime_type" not in changes
    assert "sextortion" in changes["account_details"]


@pytest.mark.parametrize(
    ("said", "before", "after"),
    [
        ("its not just theft its robbery, he had a knife", "theft", "robbery"),
        (
            "it wasnt a robbery, he just keeps messaging me threats",
            "robbery",
            "stalking_harassment",
        ),
        ("its not just assault, he raped me", "assault", "sexual_offence"),
    ],
)
def test_other_corrections_still_change_the_crime(said, before, after):
    assert corrections(said, {"crime_type": before}).get("crime_type") == after


# -- Lucy: is that ok? am I in trouble? -------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "crime"),
    [
        (
            "my frends come on thursday when my money comes in. they take it to the shop and i "
            "get it back sometimes a bit. is that ok?",
            None,
        ),
        ("but is it ok what jade and kayleigh do. they say frends share", "theft"),
        ("is that ok? my mates take my benefits every week", "theft"),
    ],
)
def test_lucy_is_told_it_is_not_ok(said, crime):
    assert answer(said, crime, **LUCY) == "utter_r3_money_taken_not_ok"


@pytest.mark.parametrize(
    "said",
    [
        "no. will i get in trubble? they are my frends",
        "court?? i dont want jade to go to court. am i in trubble",
        "thank u. so i am not in trubble?",
    ],
)
def test_lucy_is_told_she_is_not_in_trouble(said):
    assert answer(said, "theft", **LUCY) == "utter_r3_not_in_trouble"


def test_friends_named_is_enough_before_who_did_it_is_asked():
    said = "no. will i get in trubble? they are my frends"
    assert answer(said, "theft", age=27.0) == "utter_r3_not_in_trouble"


def test_a_stranger_theft_is_not_called_financial_abuse():
    said = "am i in trouble?"
    assert answer(said, "theft", age=40.0, relationship_to_offender="stranger") not in NEW


@pytest.mark.parametrize(
    ("said", "crime"),
    [
        ("will i get in trouble for hitting him back?", "assault"),
        ("am i in trouble for carrying a knife?", "robbery"),
        ("is that ok?", "assault"),
        ("is it ok to get my own back on him?", "theft"),
        ("is it ok to tell my friend?", "theft"),
        ("will i get in trouble?", "assault"),
        ("yes", "theft"),
        ("every week. since last summer", "theft"),
    ],
)
def test_other_messages_are_not_the_new_answers(said, crime):
    assert answer(said, crime, age=30.0) not in NEW


# -- Lucy: no keys, no bag, no rough sleeping --------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no. will i get in trubble? they are my frends",
        "will the police come to my house? i dont want jade to be cross with me",
        "what keys? i got my keys. i am 27",
    ],
)
def test_no_keys_advice_when_no_keys_were_taken(said):
    assert answer(said, "theft", **LUCY) != KEYS


def test_keys_advice_still_given_when_someone_may_come_round():
    assert answer("should i be worried someone will come to the house?", "theft") == KEYS


@pytest.mark.parametrize(
    "said",
    [
        "what is targeted. i have lerning disability i go to a day centre on tuesdays",
        "can i tell sue at the day centre",
    ],
)
def test_a_day_centre_is_not_rough_sleeping(said):
    assert answer(said, "theft", **LUCY) not in ROUGH


def test_lucy_can_tell_sue_at_the_day_centre():
    assert answer("can i tell sue at the day centre", "theft", **LUCY) == "utter_tell_your_staff"


def test_a_rough_sleeper_asking_for_a_day_centre_still_gets_streetlink():
    said = "im sleeping rough. is there anywhere i can go, a day centre or something"
    assert answer(said, "assault") in ROUGH

"""Round 50 (helper V3): Josh, 12, told to "get in" a stranger's car and followed home; Kemi,
33, a man exposed himself to her on the Tube. Each test quotes the message as written; ordinary
messages must not get the new answers."""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.reading import Turn, read_turn

NEW = (
    "utter_v3_child_ring_police",
    "utter_v3_noted_exposure",
    "utter_v3_exposure_taken_seriously",
    "utter_v3_what_to_put",
    "utter_v3_support_contact_choice",
    "utter_v3_heard_exposure",
)
JOSH = {"age": 12, "under_18": True, "relationship_to_offender": "stranger"}
KEMI = {"age": 33, "relationship_to_offender": "stranger", "account_details": ["exposure"]}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 50, helper V3")


@pytest.mark.parametrize("name", (*NEW, "utter_exposure_is_a_crime"))
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "said",
    [
        "i dont understand that. what do i do. should i ring police or wait for mum",
        "i mean do i call the police now",
        "ok. but do i ring police or does mum",
        "should i call the police",
    ],
)
def test_josh_asking_whether_to_ring_the_police(said):
    assert answer(said, None, **JOSH) == "utter_v3_child_ring_police"
    assert answer(said, "other", **JOSH) == "utter_v3_child_ring_police"


def test_josh_tell_mum_answers_stay():
    assert answer("no. im 12. should i tell my mum? shes at work", None, **JOSH) == (
        "utter_n1_child_tell_mum"
    )
    assert answer("can i ring my mum at work is that ok", None, **JOSH) == "utter_n1_child_ring_mum"


@pytest.mark.parametrize(
    "said", ["will the police tell my mum", "if i report it will police tell my parents"]
)
def test_a_child_asking_if_police_tell_parents_keeps_that_answer(said):
    assert answer(said, "assault", **JOSH) != "utter_v3_child_ring_police"


def test_an_adult_asking_to_call_police_is_not_the_child_answer():
    assert answer("should i call the police", "burglary", age=40) != "utter_v3_child_ring_police"


def test_kemis_account_is_a_sexual_offence_without_rape_or_drink():
    text = (
        "this morning on the northern line a guy opposite me basically got himself out. like "
        "his penis. and just smirked at me the whole time. I got off at the next stop."
    )
    assert read_account(text).crime_type == "sexual_offence"
    assert "exposure" in read_account(text).details
    for said in (text, "i just told you?? a man flashed me on the tube"):
        reading = read_turn(Turn(text=said, requested="crime_type"))
        said_back = [s.response for s in reading.say]
        assert "utter_v3_heard_exposure" in said_back
        assert "utter_r5_heard_unwanted" not in said_back


@pytest.mark.parametrize(
    "said", ["he got himself out of the car and shouted at me", "i got myself out of there"]
)
def test_getting_out_of_somewhere_is_not_exposure(said):
    assert read_account(said).crime_type != "sexual_offence"


def test_kemi_no_touching_is_the_exposure_answer():
    said = (
        "wait no i wasnt drunk it was 8am lol. and he didnt touch me, it wasnt rape. he just "
        "exposed himself. is that even a crime or am i overreacting"
    )
    assert answer(said, "sexual_offence", **KEMI) == "utter_exposure_is_a_crime"


@pytest.mark.parametrize(
    "said, expected",
    [
        (
            "ok. can i just ask straight, if i text btp will they actually take it seriously "
            "or will they just log it and forget",
            "utter_v3_exposure_taken_seriously",
        ),
        (
            "ok that makes sense. what should i put in the text? i remember the time and the "
            "station and what he looked like roughly",
            "utter_v3_what_to_put",
        ),
        (
            "no first time. sorry what does that mean, enhanced service? i just asked if theyd "
            "bother looking into it",
            "utter_ask_right/enhanced_service",
        ),
        (
            "um ok. the support service thing, would they call me? i dont want a call at work",
            "utter_v3_support_contact_choice",
        ),
        (
            "thats not what i asked. if i say yes to passing my details will someone ring me",
            "utter_v3_support_contact_choice",
        ),
        (
            "i dont have a disability?? where did that come from. and can you put it was a man "
            "exposing himself, not touching",
            "utter_v3_noted_exposure",
        ),
        ("ok. and it was flashing not touching, please tell them that", "utter_v3_noted_exposure"),
    ],
)
def test_kemis_questions(said, expected):
    assert answer(said, "sexual_offence", **KEMI) == expected


@pytest.mark.parametrize(
    "said",
    ["yes", "no first time", "a stranger obviously", "text please not calls", "Southwark"],
)
def test_ordinary_answers_get_none_of_the_new_answers(said):
    assert answer(said, "sexual_offence", **KEMI) not in NEW
    assert answer(said, None, **JOSH) not in NEW


def test_the_exposure_answer_names_the_tube_not_a_bus():
    from known_answers import RESPONSES

    for variant in RESPONSES["utter_exposure_is_a_crime"]:
        assert "bus" not in variant["text"]
        assert "61016" in variant["text"]

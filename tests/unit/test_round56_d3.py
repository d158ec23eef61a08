"""Round 56, helper D3: who did it misread, and corrections of it (Tyrone, Marie, Joan, Rob,
Elif, Ben)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_answer
from actions.reading import Turn, corrections, read_turn

TYRONE = dict(
    consent=True, crime_type="homicide", bereaved=True, age=22.0, relationship_to_offender=None
)


def who(text: str) -> str | None:
    return read_answer("relationship_to_offender", text).value


# Tyrone: his mum, the one he worries for, is not who did it.
@pytest.mark.parametrize(
    "text",
    [
        "no. im just angry all the time. cant sleep. but its my mum im worried bout she dont "
        "leave the house",
        "its my mum im worried about",
        "its my mum who needs help",
    ],
)
def test_a_relative_worried_for_is_not_who_did_it(text):
    answers = {**TYRONE, "relationship_to_offender": "someone_known"}
    assert "relationship_to_offender" not in corrections(text, answers)
    reading = read_turn(Turn(text=text, requested="impairment", answers=answers))
    assert reading.slots.get("relationship_to_offender") in (None, "someone_known")


def test_tyrone_still_gets_his_disability_answer_and_the_anger_answer():
    text = (
        "no. im just angry all the time. cant sleep. but its my mum im worried bout she dont "
        "leave the house"
    )
    answers = {**TYRONE, "relationship_to_offender": "someone_known"}
    reading = read_turn(Turn(text=text, requested="impairment", answers=answers))
    assert reading.slots.get("impairment") is False
    assert "utter_r7_angry_grief" in [say.response for say in reading.say]


def test_not_family_then_the_lads_from_the_estate_is_the_answer():
    text = (
        "wtf?? it wasnt family. it was them lads from the estate. i said my MUM needs help she "
        "aint left the house in weeks"
    )
    answers = {**TYRONE, "relationship_to_offender": "family_member"}
    assert corrections(text, answers)["relationship_to_offender"] == "someone_known"


@pytest.mark.parametrize(
    "text",
    ["its my brother, he hit me", "it was my mum", "actually it was my dad not a stranger"],
)
def test_a_relative_named_as_who_did_it_is_still_a_correction(text):
    answers = {
        "consent": True,
        "crime_type": "assault",
        "relationship_to_offender": "stranger",
        "age": 30.0,
    }
    assert corrections(text, answers).get("relationship_to_offender") == "family_member"


# Marie: the family liaison officer is not family; the driver was a stranger.
def test_family_liaison_officer_is_not_family():
    text = (
        "The police were there, yes. The driver was arrested at the scene and has been charged, "
        "I believe with causing death by careless driving while over the limit. We have a family "
        "liaison officer."
    )
    assert who(text) != "family_member"
    assert who("our family liason woman said it was the driver") != "family_member"


def test_a_family_member_still_reads_as_family():
    assert who("A family member") == "family_member"
    assert who("my uncle") == "family_member"


def test_the_driver_was_a_stranger_is_put_right_at_once():
    text = "No - the driver was a stranger. Not family. Chloe was my daughter, the driver was "
    text += "nobody we knew."
    answers = {
        "consent": True,
        "crime_type": "homicide",
        "bereaved": True,
        "relationship_to_offender": "family_member",
    }
    assert corrections(text, answers)["relationship_to_offender"] == "stranger"
    assert read_account(text).offender == "stranger"
    reading = read_turn(Turn(text=text, answers=answers))
    assert reading.slots.get("relationship_to_offender") == "stranger"


def test_the_daughter_killed_is_not_who_did_it_even_without_the_denial():
    text = "Chloe was my daughter, the driver was nobody we knew."
    assert read_account(text).offender == "stranger"


# Joan, 88: a rogue trader is a fraud; "hes a conman" is a correction to fraud.
def test_rogue_trader_who_keeps_ringing_is_fraud():
    text = (
        "hi im doing this for my nan, shes 88. a builder took 8 grand off her for fixing the roof "
        "and never did anything and now he keeps ringing her"
    )
    assert read_account(text).crime_type == "fraud"


@pytest.mark.parametrize("known", ["stalking_harassment", "theft"])
def test_hes_a_conman_is_put_right_to_fraud(known):
    text = (
        "its not harassment hes a conman, he took her money. 8000 pounds. and no we havent told "
        "police yet"
    )
    answers = {"consent": True, "crime_type": known}
    assert corrections(text, answers).get("crime_type") == "fraud"
    reading = read_turn(Turn(text=text, requested="reported_to_police", answers=answers))
    assert reading.slots.get("crime_type") == "fraud"
    assert reading.slots.get("reported_to_police") is False


def test_harassment_without_money_stays_harassment():
    text = "he keeps ringing her and turning up at her door, he wont leave her alone"
    assert read_account(text).crime_type == "stalking_harassment"


@pytest.mark.parametrize("text", ["i told you shes 88", "shes 88", "she is 88 years old"])
def test_her_age_is_read(text):
    assert read_answer("age", text).value == 88.0


def test_an_age_not_given_is_not_read():
    assert read_answer("age", "shes deaf").value is None
    assert read_answer("age", "shes in a home").value is None


@pytest.mark.parametrize(
    "text",
    [
        "a builder. he knocked on her door, said her roof tiles were loose. she doesnt know his "
        "real name, he said Tony",
        "a roofer, he knocked on my door",
    ],
)
def test_a_rogue_trader_at_the_door_is_a_stranger(text):
    assert who(text) == "stranger"


def test_a_builder_she_knows_is_not_a_stranger():
    assert who("a builder my son knows, he did our kitchen last year") != "stranger"


# Rob: "A stranger" told at the age question is kept.
def test_a_stranger_told_at_the_age_question_is_kept():
    text = "A stranger. Some guy in a white van. I've got the reg on the footage"
    answers = {"consent": True, "crime_type": "assault", "reported_to_police": False}
    reading = read_turn(Turn(text=text, requested="age", answers=answers))
    assert reading.slots.get("relationship_to_offender") == "stranger"
    assert "age" not in reading.slots


@pytest.mark.parametrize("text", ["a stranger told me to call you", "strangers scare me now"])
def test_a_stranger_in_a_sentence_at_the_age_question_is_not_who_did_it(text):
    answers = {"consent": True, "crime_type": "assault", "reported_to_police": False}
    reading = read_turn(Turn(text=text, requested="age", answers=answers))
    assert reading.slots.get("relationship_to_offender") is None


# Elif: her brothers.
@pytest.mark.parametrize(
    "text",
    [
        "I told you, my brothers. Two of them. My parents know and say nothing",
        "My brothers!!",
        "my brothers",
        "my two brothers",
    ],
)
def test_my_brothers_is_family(text):
    assert who(text) == "family_member"


def test_my_brothers_friend_is_not_family():
    assert who("my brothers friend") != "family_member"
    assert who("my brothers mate from work") != "family_member"


def test_my_brothers_are_threatening_me_is_family_in_the_account():
    text = (
        "Hello. I need some advice please. My brothers are threatening me because I want to marry "
        "someone they don't accept. They keep talking about family honour"
    )
    assert read_account(text).offender == "family_member"
    assert read_account("my brothers car was stolen").offender != "family_member"


# Ben: a man met once, that night, is a stranger.
@pytest.mark.parametrize(
    "text",
    [
        "sort of. only met him that night. i know his profile name and where he lives",
        "i only met him that night",
        "first time i met him",
    ],
)
def test_met_only_that_night_is_a_stranger(text):
    assert who(text) == "stranger"


def test_someone_known_for_a_while_is_still_known():
    assert who("someone i know, we met at uni") == "someone_known"
    assert who("my ex, i met him that night at a party years ago") == "partner_or_ex"

"""Round 48, helper S3: Jay (17, non-binary, a threat from a student in their year), Harry (19,
blackmailed over messages that are not nudes) and Kieran (a paramedic punched by a patient)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_answer
from tests.unit.known_answers import RESPONSES, answer

JAY = {"age": 17, "under_18": True}
HARRY = {"age": 19, "under_18": False, "account_details": ["online"]}
KIERAN = {"age": 28, "under_18": False}


@pytest.mark.parametrize(
    "text",
    [
        "thanks. what about the threat though, he said he'd sort me out on monday. should i just "
        "not go in? i've got exams soon",
        "he said he'll batter me next week, should i stay home?",
    ],
)
def test_threat_at_college_is_answered(text: str) -> None:
    assert answer(text, "harassment", **JAY) == "utter_s3_threat_at_college"


@pytest.mark.parametrize(
    "text",
    [
        "feeling safe i guess. should i tell my college? i'm worried they'll tell my parents, my "
        "mum is ok but my dad doesn't really get the they/them thing",
        "english. but i asked about college not parents. should i tell college about it? like the "
        "safeguarding person? would they have to tell my parents",
        "while i wait, is it worth telling my college's safeguarding lead before monday?",
    ],
)
def test_telling_college_is_not_the_parents_answer(text: str) -> None:
    assert answer(text, "harassment", **JAY) == "utter_s3_tell_college"


@pytest.mark.parametrize(
    "text",
    [
        "someone i know, he's in my year. but does non-binary count as 'being trans'? i don't want "
        "to say the wrong thing to police",
        "does being non binary count for hate crime?",
    ],
)
def test_non_binary_counts(text: str) -> None:
    assert answer(text, "harassment", **JAY) == "utter_s3_non_binary_counts"


def test_who_sees_the_chat() -> None:
    text = "who's the support team? like would my college or my parents be able to see it? i'm 17"
    assert answer(text, None) == "utter_s3_who_sees_chat"


def test_blackmail_question_answered() -> None:
    text = "is this actually blackmail like a proper crime? or just a scam"
    assert answer(text, "online_abuse", **HARRY) == "utter_s3_blackmail_crime"
    assert "Theft Act 1968, s.21" in RESPONSES["utter_s3_blackmail_crime"][0]["text"]


def test_not_nudes_is_not_intimate_images() -> None:
    said = (
        "no im not in danger lol just freaking out. its not nudes btw its just messages about "
        "stuff with my mates and my ex, embarassing stuff"
    )
    assert "intimate_images" not in read_account(said).details
    assert "intimate_images" in read_account("he has my nudes and wants money").details
    text = "what if they post the messages anyway? can i get them taken down"
    assert answer(text, "online_abuse", **HARRY) == "utter_posts_removed"


@pytest.mark.parametrize(
    "text",
    [
        "right so just victim support then. what about my union, should i talk to them first",
        "what?? i dont need an interpreter i speak english. i said my UNION. unison",
        "mate forget the interpreter. trade union. should i tell my trade union about the assault",
        "should i tell my trade union",
    ],
)
def test_union_is_never_the_interpreter(text: str) -> None:
    assert answer(text, "assault", **KIERAN) == "utter_s3_union"


def test_interpreter_still_answered() -> None:
    assert answer("can i get an interpreter?", "assault") not in (None, "utter_s3_union")


def test_patient_never_met_is_a_stranger() -> None:
    said = "a patient. never met him before. we had his name and address obviously cos we were"
    assert read_answer("relationship_to_offender", said).value == "stranger"
    assert read_answer("relationship_to_offender", "a patient").value == "someone_known"


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "no",
        "southwark",
        "english",
        "Stalking or harassment",
        "someone i know, he's in my year",
    ],
)
def test_ordinary_answers_do_not_match(text: str) -> None:
    assert answer(text, "harassment", **JAY) is None or not str(
        answer(text, "harassment", **JAY)
    ).startswith("utter_s3")

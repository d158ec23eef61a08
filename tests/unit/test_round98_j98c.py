"""Round 98, helper j98c: Nadine, writing for her son Jayden (15), stabbed by boys he didn't
know, and Joel, Deaf, robbed (/tmp/roleplay/out98/findings-c.md)."""

from __future__ import annotations

from typing import Any

from actions.reading import Turn, read_turn
from tests.unit.known_answers import answer, answer_in_conversation, sendable

NADINE = [
    "hi my son got stabbed last week i dont know who to talk to",
    "yes ok. its not me its my son jayden hes 15",
    "not right now hes home with me but im scared the boys will come back for him, they know "
    "where we live i think",
    "there wasnt any messages, they just stabbed him in the leg by west croydon bus station. yes "
    "police came to the hospital. does he have to talk to the police again? he doesnt want to "
    "hes terrified",
    "no never happened before. but you didnt answer me, it IS reported the police already came, "
    "i mean do they need another statement from him",
    "no i dont think so. we want to move house, can anyone help us move? we rent from the council",
    "not before this. his leg is healing but he cant sleep and he wont go back to school, hes "
    "scared theyll be waiting. what do i tell the school?",
    "yes he would be terrified. im his mum not him btw. will the boys find out he spoke to police?",
    "what?? i mean the boys who stabbed him not us. his dad and me already know. feeling safe "
    "and help moving",
    "can any of them help us move house? thats what we really need",
    "thats not what i asked. moving house. MOVING. anyway yes pass it on but call me not jayden, "
    "my number not his",
    "yes its my phone its safe",
    "07700 900482 after 4 is best im at work before",
    "yes",
    "thank you. will the person who calls be able to help with the council about moving us?",
]
CHILD: dict[str, Any] = {
    "for_child": True,
    "age": 15,
    "under_18": True,
    "relationship_to_offender": "stranger",
}


def _nadine(at: int) -> str | None:
    got = answer_in_conversation(NADINE[at], "violent_crime_serious", NADINE[: at + 1], **CHILD)
    return None if got is None else got.response


def test_nadine_fear_they_come_back_is_not_told_of_messages() -> None:
    assert _nadine(2) == "utter_j98c_fear_return_child"
    for text in sendable("utter_j98c_fear_return_child"):
        assert "message" not in text and len(text) <= 320
    # At "are you in danger?", "he" is her son: not "Keep all his messages".
    reading = read_turn(
        Turn(
            text=NADINE[2],
            intent="inform",
            requested="in_danger",
            answers={**CHILD, "crime_type": "violent_crime_serious", "said": NADINE[:3]},
        )
    )
    said = [s.response for s in reading.say]
    assert "utter_l6_scared_at_home" not in said, said
    assert "utter_threat_to_child" not in said, said
    # Threats told still get the threats-and-messages answer.
    told = "they sent him messages saying theyll come back for him, im scared they will hurt him"
    got = answer_in_conversation(
        told + ". what do i do?", "violent_crime_serious", [*NADINE[:2], told], **CHILD
    )
    assert got is not None and got.response == "utter_threat_to_child"


def test_nadine_does_he_have_to_talk_to_police_again() -> None:
    assert _nadine(3) == "utter_g89c_child_interviewed"
    assert _nadine(4) == "utter_g89c_child_interviewed"


def test_nadine_what_to_tell_the_school_is_for_a_parent() -> None:
    assert _nadine(6) == "utter_l65_child_wont_go_to_school"


def test_nadine_will_the_boys_find_out_he_spoke_to_police() -> None:
    assert _nadine(7) == "utter_j98c_will_they_know_child_told_police"
    for text in sendable("utter_j98c_will_they_know_child_told_police"):
        assert len(text) <= 320
    # A young person's own "will police tell my mum?" keeps its answer.
    assert answer("will the police tell my mum?", "assault", age=15, under_18=True) != (
        "utter_j98c_will_they_know_child_told_police"
    )


def test_nadine_help_to_move_house() -> None:
    assert _nadine(5) == "utter_council_move"
    assert _nadine(9) == "utter_council_move"
    assert _nadine(14) == "utter_council_move"


def test_joel_police_can_use_bsl_answered_first_time() -> None:
    joel = ["hello. I am Deaf. 2 men take my bag last night", "ok yes"]
    first = "no. I cant phone police. police can use BSL?"
    got = answer_in_conversation(first, "robbery", [*joel, first], age=31)
    assert got is not None and got.response == "utter_j3_bsl_police"
    again = "31. police can use BSL? I need interpreter"
    got = answer_in_conversation(again, "robbery", [*joel, first, again], age=31)
    assert got is not None and got.response == "utter_j3_bsl_police" and not got.then
    # "Can police come visit me? I need BSL interpreter" keeps the interpreter answer.
    assert answer("Door broken. Can police come visit me? I need BSL interpreter", "burglary") == (
        "utter_interpreter"
    )


def test_joel_and_my_arm_at_the_needs_question_gets_the_injury_answer() -> None:
    joel = [
        "hello. I am Deaf. 2 men take my bag last night",
        "ok yes",
        "no safe. home now. they push me from back, I not hear them come. my arm hurt",
    ]
    said = "my bag have phone charger bank card ID. practical help. and my arm"
    answers = {
        "crime_type": "robbery",
        "age": 31,
        "account_details": ["injured"],
        "said": [*joel, said],
    }
    reading = read_turn(Turn(text=said, intent="inform", requested="needs", answers=answers))
    assert "utter_injury" in [s.response for s in reading.say]
    # Not without an injury told.
    answers["account_details"] = []
    reading = read_turn(Turn(text=said, intent="inform", requested="needs", answers=answers))
    assert "utter_injury" not in [s.response for s in reading.say]

"""Round 50 answers (helper V1).

- Billie, 16, whose mum's boyfriend hits her mum and shoved her into a wall: her leaving-home
  and refuge questions got adult refuge texts ("you can take your children"), the VPS text and
  "I can't answer"; her fear of social services and "hes back at 7" got "I can't do more with
  that here"; "what do i do if he kicks off tonight" got forced-marriage numbers, twice.
- Gloria, 64, special guardian of her grandson (14), robbed at knifepoint: her worry that he
  wants revenge was answered as if she sought it, with invented videos, and "is there any help
  for me as his carer?" got "I can't answer".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.reading import Turn, corrections, read_turn

NEW = (
    "utter_v1_not_forced_marriage",
    "utter_v1_im_the_kid",
    "utter_v1_social_services_fear",
    "utter_v1_before_he_is_back",
    "utter_v1_leaving_home_young",
    "utter_v1_sorry_their_revenge",
    "utter_v1_their_revenge",
    "utter_v1_carer_support",
)
BILLIE = {"age": 16, "under_18": True, "relationship_to_offender": "family_member"}
GLORIA = {
    "age": 14,
    "under_18": True,
    "for_someone_else": True,
    "relationship_to_offender": "stranger",
    "repeat_victimisation": False,
}
ADULT = {"age": 34, "relationship_to_offender": "partner"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 50, helper V1", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "greenwich. can i leave home at 16? like where would i even go",
            "utter_v1_leaving_home_young",
        ),
        (
            "no. but a refuge?? im 16 i cant go to a refuge on my own can i. "
            "and i wont leave my mum with him",
            "utter_v1_leaving_home_young",
        ),
        ("u didnt answer. can a 16 yr old go to a refuge or not", "utter_v1_leaving_home_young"),
        (
            "ok whatever. can i legally leave home at 16 tho. my mates mum said i could stay there",
            "utter_v1_leaving_home_young",
        ),
        (
            "what?? i didnt ask about that. im asking about LEAVING HOME",
            "utter_v1_leaving_home_young",
        ),
        ("can i move out if it gets worse", "utter_v1_leaving_home_young"),
        ("wtf i dont have kids. IM the kid. im 16", "utter_v1_im_the_kid"),
        (
            "but like could social services say mum cant look after me cos of him. "
            "thats what im scared of",
            "utter_v1_social_services_fear",
        ),
        (
            "no. if i tell anyone will my mum get in trouble? "
            "like social services taking me off her or smth",
            "utter_v1_social_services_fear",
        ),
        (
            "hes back at 7 and im scared hes gonna go for me again "
            "cos i told him to leave her alone",
            "utter_v1_before_he_is_back",
        ),
        ("what do i do if he kicks off tonight tho", "utter_v1_before_he_is_back"),
        (
            "forced marriage?? nobodys making me marry anyone lol. hes just a prick",
            "utter_v1_not_forced_marriage",
        ),
    ],
)
def test_billie(text, expected):
    assert answer(text, "domestic_abuse", **BILLIE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yes I think so, he would be scared they come after him. But my main worry is he want "
            "revenge. How do I stop him? Is there somebody who work with boys like him?",
            "utter_v1_their_revenge",
        ),
        (
            "my son keeps saying he wants to find them boys, how do i stop him",
            "utter_v1_their_revenge",
        ),
        (
            "Excuse me I am 64 years old I am not going after anybody! It is Jaden I am worried "
            "about. What videos? There is no videos.",
            "utter_v1_sorry_their_revenge",
        ),
        (
            "Before that. Is there any help for me as his carer? I am his grandmother, I have "
            "special guardianship. Nobody ask how I am.",
            "utter_v1_carer_support",
        ),
    ],
)
def test_gloria(text, expected):
    assert answer(text, "robbery", **GLORIA) == expected


@pytest.mark.parametrize(
    "text",
    [
        "16",
        "no",
        "yes",
        "english",
        "girl",
        "greenwich",
        "to me just last night. he does it to mum loads tho like every week",
        "so if i ring childline do they tell the police about mum",
        "k. whats childline number again",
        "ok thx. bye",
    ],
)
def test_billie_others_not_taken(text):
    assert answer(text, "domestic_abuse", **BILLIE) not in NEW


@pytest.mark.parametrize(
    "text",
    [
        "can i leave home at 16? like where would i even go",
        "hes back at 7 and im scared",
        "could social services take my kids off me",
        "i dont have kids",
    ],
)
def test_adults_do_not_get_the_young_persons_answers(text):
    assert answer(text, "domestic_abuse", **ADULT) not in NEW


@pytest.mark.parametrize(
    "text",
    [
        "my brother is forcing me to marry my cousin",
        "should i get revenge on him",
        "Yes please pass on our details.",
        "Will the police tell us what is happening with the case?",
        "Someone to talk to. For Jaden and for me also. I am not sleeping.",
    ],
)
def test_gloria_others_not_taken(text):
    assert answer(text, "robbery", **GLORIA) not in NEW
    assert answer(text, "forced_marriage", age=22) not in NEW


GLORIA_OPENING = (
    "Good evening. I am writing on behalf of my grandson Jaden he is 14. He live with me I am "
    "his kinship carer. On Tuesday three boys rob him in Brockwell park with a knife, took his "
    "phone and his new trainers."
)


def test_a_kinship_carer_is_the_writer_not_the_offender():
    found = read_account(GLORIA_OPENING)
    assert found.crime_type == "robbery"
    assert found.offender is None
    assert "carer" not in found.details
    assert read_account("my kinship carer hit me").offender == "someone_known"


def test_cared_for_since_he_was_six_is_not_his_age_nor_more_than_once():
    text = (
        "We don't know those boys, they are strangers to him. He is my grandson not my son but I "
        "have him since he is 6. Yes we went to Brixton police station Wednesday and reported it."
    )
    answers = {**GLORIA, "for_child": True, "relationship_to_offender": "someone_known"}
    slots = read_turn(Turn(text=text, requested="reported_to_police", answers=answers)).slots
    assert slots.get("relationship_to_offender") == "stranger"
    assert "age" not in slots
    assert "repeat_victimisation" not in slots


@pytest.mark.parametrize(
    "text",
    [
        "No no. Jaden is 14. He came to live with me when he was 6. And it only happen once, this "
        "Tuesday. Please get it right.",
        "And Jaden is 14 years old, not 6.",
        "He is 14",
    ],
)
def test_his_age_put_right(text):
    answers = {**GLORIA, "age": 6, "for_child": True}
    assert corrections(text, answers).get("age") == 14


@pytest.mark.parametrize(
    "text",
    [
        "That is wrong. I told you already it only happen ONE time. Please fix it.",
        "No no. Jaden is 14. He came to live with me when he was 6. And it only happen once, this "
        "Tuesday. Please get it right.",
    ],
)
def test_only_one_time_put_right(text):
    answers = {**GLORIA, "repeat_victimisation": True}
    assert corrections(text, answers).get("repeat_victimisation") is False


@pytest.mark.parametrize(
    "text", ["No. Did you change it to 14?", "It is 14", "Room 14", "Yes that is fine", "Any time"]
)
def test_other_numbers_are_not_his_age(text):
    answers = {**GLORIA, "age": 6, "for_child": True}
    assert "age" not in corrections(text, answers)


def test_own_age_not_taken_when_writing_for_themself():
    assert "age" not in corrections("He is 14", {"age": 16, "under_18": True})


@pytest.mark.parametrize(
    "text",
    [
        "Will the police tell us what is happening with the case? Nobody call since Wednesday. I "
        "have a crime reference number.",
        "nobody has called me since I reported it",
    ],
)
def test_updates_on_the_case(text):
    assert answer(text, "robbery", **GLORIA) == "utter_j4_police_updates"


@pytest.mark.parametrize(
    "text", ["will the police tell my school", "do i get a crime reference number", "no"]
)
def test_other_police_questions_not_taken_as_updates(text):
    assert answer(text, "robbery", **GLORIA) != "utter_j4_police_updates"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to me just last night. he does it to mum loads tho like every week", False),
        ("yes loads", True),
        ("to me? loads of times", True),
    ],
)
def test_once_to_me_at_the_repeat_question(text, expected):
    answers = {"age": 16, "under_18": True, "crime_type": "domestic_abuse"}
    turn = Turn(text=text, requested="repeat_victimisation", answers=answers)
    assert read_turn(turn).slots.get("repeat_victimisation") is expected

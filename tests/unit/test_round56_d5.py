"""Round 56, helper D5: forced marriage, honour-based abuse and family control (Elif, Samira,
Susan)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from tests.unit.known_answers import RESPONSES, answer, said_answer

ELIF_FIRST = (
    "Hello. I need some advice please. My brothers are threatening me because I want to marry "
    "someone they don't accept. They keep talking about family honour and now they say we are "
    "all going to Turkey for a holiday this summer."
)
ELIF = {"account_details": ["honour_based", "forced_marriage"], "age": 28}
SAMIRA = {"relationship_to_offender": "family_member", "age": 34}
SUSAN_SAID = [
    "Hello. I'm not sure if this is the right place. My son has been taking money from my purse "
    "and last week he pushed me and I hit the wall. I don't want the police involved, he's not a "
    "bad boy, its the drugs"
]
NEW = (
    "utter_d5_stop_taken_abroad",
    "utter_d5_passport_kept_family",
    "utter_d5_help_without_calling",
)


def test_new_answers_are_short_and_use_directory_numbers():
    for name in NEW:
        for variant in RESPONSES[name]:
            assert len(variant["text"]) <= 320


def test_elif_first_message_is_a_forced_marriage_risk():
    told = read_account(ELIF_FIRST)
    assert {"forced_marriage", "honour_based"} <= told.details


@pytest.mark.parametrize(
    "said",
    [
        "my dad says its about honour, we are going to pakistan for a holiday, i dont want to go",
        "we are going to Turkey for a holiday this summer, i want to marry him",
    ],
)
def test_without_honour_marriage_and_a_trip_together_no_forced_marriage(said):
    assert "forced_marriage" not in read_account(said).details


@pytest.mark.parametrize(
    "said",
    [
        "Yes, it is getting worse since I told them about him in March. They took my phone once "
        "and checked it. Is there anything that can stop them taking me to Turkey?",
        "A theft?? No. Nobody stole anything. They took my phone to check my messages and gave "
        "it back. This is about them forcing me to marry or hurting me",
        "they take my phone and read my messages",
    ],
)
def test_a_phone_taken_to_be_checked_is_not_a_theft(said):
    assert read_account(said).crime_type != "theft"


@pytest.mark.parametrize(
    "said",
    [
        "he took my phone and never gave it back",
        "someone took my phone on the bus",
        "they took my phone and my wallet and checked the photos",
    ],
)
def test_a_phone_taken_and_kept_is_still_a_theft(said):
    assert read_account(said).crime_type == "theft"


@pytest.mark.parametrize(
    "said",
    [
        "Yes, it is getting worse since I told them about him in March. They took my phone once "
        "and checked it. Is there anything that can stop them taking me to Turkey?",
        "Feeling safe. And information about stopping them taking me abroad",
        "Haringey. Please can you answer about stopping them taking me abroad",
        "how can i stop my brothers taking me to turkey?",
    ],
)
def test_elif_asks_how_to_stop_being_taken_abroad(said):
    assert answer(said, "domestic_abuse", **ELIF) == "utter_d5_stop_taken_abroad"


def test_the_honour_told_earlier_is_enough():
    said = "is there anything that can stop them taking me to Turkey?"
    assert said_answer(said, "domestic_abuse", [ELIF_FIRST], age=28) == (
        "utter_d5_stop_taken_abroad"
    )


@pytest.mark.parametrize(
    "said,crime,answers",
    [
        # a parent taking children abroad: not a forced marriage
        ("how do i stop him taking the kids to pakistan?", "domestic_abuse", {}),
        # no forced marriage or honour told
        ("can anything stop them taking me to Turkey?", "domestic_abuse", {"age": 30}),
        # the order itself has its own answer
        ("can i get an order to stop them taking me abroad?", "domestic_abuse", ELIF),
    ],
)
def test_others_do_not_get_the_taken_abroad_answer(said, crime, answers):
    assert answer(said, crime, **answers) != "utter_d5_stop_taken_abroad"


@pytest.mark.parametrize(
    "said",
    [
        "every day since i came here 2 years ago. she keep my passport also",
        "my mother in law keeps my passport",
        "my husband has my passport and wont give it",
    ],
)
def test_samira_passport_kept_by_family(said):
    assert answer(said, "domestic_abuse", **SAMIRA) == "utter_d5_passport_kept_family"


@pytest.mark.parametrize(
    "said,crime,answers",
    [
        ("my boss keeps my passport", "human_trafficking", {}),
        ("she keep my passport. i clean her house, my employer", "domestic_abuse", {}),
        (
            "my dad has my passport and wants me to marry my cousin",
            "domestic_abuse",
            {"relationship_to_offender": "family_member"},
        ),
        ("i lost my passport", "domestic_abuse", SAMIRA),
    ],
)
def test_others_do_not_get_the_family_passport_answer(said, crime, answers):
    assert answer(said, crime, **answers) != "utter_d5_passport_kept_family"


@pytest.mark.parametrize(
    "said",
    [
        "i dont have disability. can someone from your side message me? i cant call, they will "
        "hear",
        "i said i cant call. i want someone to help me please",
        "can you text me? i cant phone",
    ],
)
def test_samira_cannot_call(said):
    assert answer(said, "domestic_abuse", **SAMIRA) == "utter_d5_help_without_calling"


@pytest.mark.parametrize(
    "said",
    ["can someone call me tomorrow?", "i cant call the police, he will kill me"],
)
def test_others_do_not_get_the_no_call_answer(said):
    assert answer(said, "domestic_abuse", **SAMIRA) != "utter_d5_help_without_calling"


@pytest.mark.parametrize(
    "said",
    [
        "07700 900456. And you promise it won't go to the police?",
        "yes but you promise it won't go to the police?",
        "promise me this wont go to the police?",
    ],
)
def test_susan_asks_for_a_promise_about_the_police(said):
    assert answer(said, "domestic_abuse", relationship_to_offender="family_member") == (
        "utter_support_not_police"
    )


def test_a_promise_about_something_else_is_not_about_the_police():
    said = "do you promise someone will call me back?"
    assert answer(said, "domestic_abuse") != "utter_support_not_police"


def test_susan_asks_for_help_for_her_son():
    said = "Could they help my son as well? I don't want anyone to get him in trouble"
    assert said_answer(said, "domestic_abuse", SUSAN_SAID) == "utter_family_drugs_help"


def test_help_for_a_son_without_drugs_is_not_the_drugs_answer():
    said = "could they help my son as well? he saw it all"
    assert said_answer(said, "assault", ["a man punched me in front of my son"]) != (
        "utter_family_drugs_help"
    )


def test_a_question_about_a_partner_keeping_the_passport_keeps_its_answer():
    said = "he keeps my passport is it legal"
    assert answer(said, "domestic_abuse", relationship_to_offender="partner_or_ex") != (
        "utter_d5_passport_kept_family"
    )

"""Round 49, helper T5: Jordan, 17, asked by an older man to hold packages for a made-up debt
(child criminal exploitation), and Margaret, 69, whose husband has been verbally abusive and
controlled her pension since his stroke."""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from bot.risk_words import detect_risk

NEW = (
    "utter_t5_dont_hold_it",
    "utter_t5_key_worker",
    "utter_t5_abuse_if_ill",
    "utter_t5_help_without_leaving",
    "utter_t5_hourglass_police",
    "utter_t5_carer_break",
)
JORDAN = {"age": 17, "under_18": True, "account_details": ("criminal_exploitation",)}
MARGARET = {"age": 69, "relationship_to_offender": "partner_or_ex"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source(name):
    assert_one_sms_with_source(name, "round 49, helper T5")


@pytest.mark.parametrize("name", NEW)
def test_numbers_are_in_the_directory(name):
    assert numbers_not_in_directory(name) == []


def test_jordans_account_is_read_as_criminal_exploitation():
    got = read_account(
        "its not really like that. theres this older guy, hes alright, gives me bits of weed "
        "and like 50 quid here and there. now hes saying i owe him and he wants me to hold some "
        "packages at my place. i aint stupid i know whats probably in them"
    )
    assert got.crime_type == "human_trafficking"
    assert "criminal_exploitation" in got.details


@pytest.mark.parametrize(
    "said",
    [
        "police?? nah bro. am i gonna get in trouble if i hold it? or if i say no?",
        "ok. while i wait. if i get caught with his stuff am i in trouble or not",
        "wait so if i just hold it saturday im fine then? thats what ur saying?",
        "so if the feds find the package at mine do i get arrested",
    ],
)
def test_holding_the_packages_gets_dont_hold_it(said):
    assert answer(said, "human_trafficking", **JORDAN) == "utter_t5_dont_hold_it"


@pytest.mark.parametrize(
    "said",
    [
        "what r u on about court. im asking will my key worker find out",
        "feeling safe i guess. will the staff at my place find out about this? i dont want to "
        "get kicked out",
        "wait i didnt say no. i want a person to msg me here. and will u tell my key worker or not",
    ],
)
def test_key_worker_question_is_answered(said):
    assert answer(said, "human_trafficking", **JORDAN) == "utter_t5_key_worker"


@pytest.mark.parametrize(
    "said",
    [
        "no. u even listening. he said theres gonna be problems if i dont. whats that mean",
        "honestly im kinda scared of him. hes got older boys with him. what do i do",
    ],
)
def test_the_threat_is_taken_seriously(said):
    assert answer(said, "human_trafficking", **JORDAN) == "utter_exploited_threatened"


def test_a_child_not_exploited_still_is_not_in_trouble():
    assert (
        answer("court?? am i in trubble", "assault", age=11, under_18=True)
        == "utter_n1_child_not_in_trouble"
    )


def test_margaret_not_in_danger_is_not_a_danger_alarm():
    said = (
        "No, I don't think I am in danger. He has never hit me. He is in his chair in the other "
        "room watching the racing. It is more that he has taken over my pension."
    )
    assert detect_risk(said) is None
    assert detect_risk("i am in danger") == "in_danger"
    assert detect_risk("i think im in danger") == "in_danger"


@pytest.mark.parametrize(
    "said",
    [
        "No, I don't think I am in danger. He has never hit me. It is more that he has taken "
        "over my pension. He had the bank move it into his account. Is it abuse if he is ill? I "
        "keep telling myself it is the stroke talking.",
        "No, nothing like that. But you haven't answered what I asked. Is it abuse when the "
        "person is ill? I honestly don't know any more.",
        "Domestic abuse. That is a hard thing to read. Can it really be abuse if it's the stroke "
        "that made him this way?",
    ],
)
def test_is_it_abuse_if_he_is_ill(said):
    assert answer(said, "domestic_abuse", **MARGARET) == "utter_t5_abuse_if_ill"


@pytest.mark.parametrize(
    "said",
    [
        "Someone to talk to, I think, and information. I should say quite clearly that I do not "
        "want to leave him. I made a promise. Can anyone help without me having to leave?",
        "English. But please, can anyone help me without my leaving Geoffrey? Everything I read "
        "online is about refuges and leaving.",
    ],
)
def test_help_without_leaving(said):
    assert answer(said, "domestic_abuse", **MARGARET) == "utter_t5_help_without_leaving"


@pytest.mark.parametrize(
    "said",
    [
        "Would Hourglass make me leave him, or tell the police? I could not bear for him to be "
        "arrested, he is not well.",
        "I'm sorry, I don't follow. Are you saying Hourglass would report Geoffrey to the police? "
        "Then I don't think I can ring them.",
    ],
)
def test_hourglass_and_the_police(said):
    assert answer(said, "domestic_abuse", **MARGARET) == "utter_t5_hourglass_police"


def test_a_break_from_caring():
    said = "Is there anyone who could help with his care, so that I get a break?"
    assert answer(said, "domestic_abuse", **MARGARET) == "utter_t5_carer_break"


@pytest.mark.parametrize(
    "said",
    ["no", "17", "enfield", "Yes, that is quite all right.", "A woman", "what is a VPS?"],
)
def test_ordinary_messages_do_not_get_the_new_answers(said):
    assert answer(said, "human_trafficking", **JORDAN) not in NEW
    assert answer(said, "domestic_abuse", **MARGARET) not in NEW

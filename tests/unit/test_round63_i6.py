"""Round 63, helper i6: adults' questions answered wrongly or not at all in role-play round 62
(Tunde, Helen, Moira, Ravi, Bridget, Edith, Pete, Olga)."""

from __future__ import annotations

import pytest

from actions import account, questions
from tests.unit.known_answers import (
    RESPONSES,
    numbers_not_in_directory,
    said_answer,
    sendable,
    sources_above,
)

NEW = (
    "utter_i6_court_special_measures",
    "utter_i6_cica_how_much",
    "utter_i6_complain_about_officer",
    "utter_i6_housing_association_asb",
    "utter_i6_credit_file_dispute",
    "utter_i6_safety_before_stopping_card",
    "utter_i6_pin_given_refund",
    "utter_i6_pension_card_no_report",
    "utter_i6_carer_lose_job",
    "utter_i6_will_police_bother",
)
ADULT = dict(consent=True, age=40.0)
TUNDE = [
    "hey. got jumped outside a bar in vauxhall saturday night, 2 guys calling me f****t and all "
    "that. broken nose. police have it, I've got a reference. what happens now with court and "
    "can I get compensation",
    "yeah ok. already been to A&E mate they said fracture clinic next week. so court?",
]
BRIDGET = [
    "Well I don't know. He's 40, he lives with me since his marriage ended. He has my pension "
    "card and he takes the money out, and he shouts.",
    "He's not a child, he's forty! And no I haven't told the police and I don't want to. I "
    "don't want him arrested.",
]
BRIDGET_ANSWERS = dict(consent=True, age=67.0, relationship_to_offender="family_member")
OLGA = [
    "Hello. I am not sure if I can write here. My boss not pay me two months, I work every day "
    "cleaning his house and his office",
    "ok. but is this crime? he also keep my ID card, he say he give back when I finish. I "
    "cannot leave",
]


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_short_message_with_directory_numbers(name):
    assert name in RESPONSES
    for text in sendable(name, consent=True) + sendable(name, consent=False):
        assert len(text) <= 320
    assert not numbers_not_in_directory(name)
    assert "SOURCES" in sources_above(name)


@pytest.mark.parametrize(
    "text",
    [
        "yeah ok. already been to A&E mate they said fracture clinic next week. so court?",
        "no. ive already reported it, said that at the start. what happens with court",
        "bit. seeing them again yeah. would i have to?",
        "and court, if they catch them would i have to stand up in court in front of them",
        "hello?? court??",
    ],
)
def test_tunde_court_gets_special_measures(text):
    said = [*TUNDE, "29. you keep skipping my question tho. will it go to court"]
    got = said_answer(text, "assault", said, reported_to_police=True, **ADULT)
    assert got == "utter_i6_court_special_measures"


@pytest.mark.parametrize(
    "text",
    [
        "court?? yes obviously. i dont want anyone to know",  # answers the form's question
        "court? i dont know. yes maybe scared, they know my shop",
        "Court! Goodness I don't want to go to court. I only want her to be gentle with me",
        "compensation and help with court",
    ],
)
def test_answers_about_court_are_not_taken_for_questions(text):
    assert not questions.i6_asks_about_court(text, {"said": []})


def test_will_it_go_to_court_keeps_its_answer():
    said = TUNDE
    text = "29. you keep skipping my question tho. will it go to court"
    assert said_answer(text, "assault", said, **ADULT) == "utter_m4_court_if_charged"


def test_tunde_how_much_compensation_not_first_aid():
    text = "ok but compensation. how do i get it, how much for a broken nose"
    assert said_answer(text, "assault", TUNDE, **ADULT) == "utter_i6_cica_how_much"


def test_broken_nose_first_aid_held_back_after_a_and_e():
    text = "is my nose broken? what do i do"
    assert said_answer(text, "assault", TUNDE, **ADULT) != "utter_broken_nose"
    assert said_answer(text, "assault", [], **ADULT) == "utter_broken_nose"


@pytest.mark.parametrize(
    "text",
    [
        "is it galop thats texting me or who",
        "you didnt say if my referral goes to them. who is actually going to email me",
        "who is going to call me then",
    ],
)
def test_who_will_contact_after_referral(text):
    got = said_answer(text, None, [], referral_consent=True, **ADULT)
    # (a plain "who is going to call me" keeps the older answer written for it)
    assert got in ("utter_referral_which_service_contacts", "utter_who_contacts")


def test_who_will_contact_needs_a_referral_and_not_the_police():
    assert not questions.i6_asks_who_will_contact("who is going to call me", {})
    assert not questions.i6_asks_who_will_contact(
        "who is going to call me from the police", {"referral_consent": True}
    )


@pytest.mark.parametrize(
    "text",
    [
        "no. look how often are the police meant to update me? it's been 3 weeks",
        "how often should the police update me",
    ],
)
def test_helen_how_often_updates(text):
    assert said_answer(text, "stalking_harassment", [], **ADULT) == "utter_t7_update_times"


def test_helen_complain_about_officer():
    text = (
        "ok so nobody's been arrested as far as I know. so they dont have to tell me anything?? "
        "who do I complain to about the officer, there's no name on the letter even"
    )
    got = said_answer(text, "stalking_harassment", [], **ADULT)
    assert got == "utter_i6_complain_about_officer"


def test_complaint_about_a_care_home_is_not_about_an_officer():
    text = (
        "kelly: who do we complain to if the manager does nothing? is there someone above the "
        "care home"
    )
    assert said_answer(text, "assault", [], **ADULT) != "utter_i6_complain_about_officer"


def test_moira_housing_association():
    said = [
        "I just want him moved or stopped. is it the council or the polis? it's a housing "
        "association flat, both of us"
    ]
    text = "ok. and peabody, can they get him out? I've phoned them about 10 times"
    got = said_answer(text, "stalking_harassment", said, **ADULT)
    assert got == "utter_i6_housing_association_asb"


def test_council_question_without_a_housing_association_keeps_its_answer():
    text = "can the council get him out? hes a council tenant"
    assert said_answer(text, "stalking_harassment", [], **ADULT) != (
        "utter_i6_housing_association_asb"
    )


@pytest.mark.parametrize(
    "text",
    [
        "And removing the entries from my credit file - do I dispute it with Experian or does "
        "the lender have to do it?",
        "Two things. How do I get the fraudulent loans removed from my credit file, specifically?",
    ],
)
def test_ravi_credit_file_dispute(text):
    assert said_answer(text, "fraud", [], **ADULT) == "utter_i6_credit_file_dispute"


def test_ravi_identity_stolen_is_fraud_not_theft():
    text = (
        "Good evening. I checked my Experian credit report yesterday and found two loans I never "
        "applied for, £3,500 and £7,000, taken out in September. I believe my identity has been "
        "stolen. I have a few specific questions."
    )
    assert account.read_account(text).crime_type == "fraud"
    assert account.read_account("my phone was stolen and my bag").crime_type == "theft"


def test_bridget_pension_card_without_reporting():
    text = (
        "But I said I don't want to report him. What can I do about the pension card? Can the "
        "bank stop him?"
    )
    got = said_answer(text, "domestic_abuse", BRIDGET, **BRIDGET_ANSWERS)
    assert got == "utter_i6_pension_card_no_report"


def test_bridget_safety_before_stopping_the_card_and_no_promised_refund():
    said = [
        *BRIDGET,
        "But I said I don't want to report him. What can I do about the pension card?",
    ]
    text = (
        "He'll know if I stop it, he'll be furious. I gave him the PIN myself at first, when "
        "Dennis was ill. So will I still get it back?"
    )
    got = said_answer(text, "domestic_abuse", said, **BRIDGET_ANSWERS)
    assert got == "utter_i6_safety_before_stopping_card"
    assert questions.i6_gave_pin_asks_refund(text, {})


def test_card_refund_without_pin_is_not_bridgets():
    assert not questions.i6_gave_pin_asks_refund("will the bank give me my money back?", {})
    assert not questions.i6_fears_stopping_the_card("he'll be furious", {"said": []})


def test_edith_will_she_lose_her_job():
    text = (
        "She has been sharp with me before, and she leaves me waiting when I ring the bell. Kelly "
        "says I should say yes. Will she lose her job? I don't want that dear she has children."
    )
    assert said_answer(text, "assault", [], consent=True, age=91.0) == "utter_i6_carer_lose_job"


def test_own_job_is_not_the_carers():
    text = "will i lose my job if i go to court?"
    assert said_answer(text, "assault", [], **ADULT) != "utter_i6_carer_lose_job"


def test_pete_will_the_police_bother():
    text = (
        "no i dont need no support worker. be honest, will the police even bother with it? ive "
        "had 3 runners this year and nothing ever happened"
    )
    assert said_answer(text, "assault", [], **ADULT) == "utter_i6_will_police_bother"


def test_will_the_police_contact_me_is_not_bother():
    assert not questions.i6_asks_if_police_will_bother("will the police contact me?")


def test_olga_settled_status_first():
    text = (
        "He not hit me. I sleep in small room in his house, he is out now. If I go to police, "
        "they take my visa? I have settled status"
    )
    assert said_answer(text, None, OLGA, **ADULT) == "utter_h3_settled_status_police"
    said = [
        *OLGA,
        text,
        "not sure. but I have settled status, EU. it is ok yes? he say he call Home Office if I "
        "make problem",
    ]
    text = "31. You say same thing again. I ask about SETTLED status, not no papers. Can I lose it?"
    assert said_answer(text, None, said, **ADULT) == "utter_q4_settled_status_threat"


def test_no_papers_is_not_settled_status():
    text = "I have no papers. If I go to police will they deport me?"
    got = said_answer(text, None, [], **ADULT)
    assert got not in ("utter_h3_settled_status_police", "utter_q4_settled_status_threat")

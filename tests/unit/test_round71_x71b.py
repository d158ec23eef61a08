"""Round 71, helper x71b: accounts read wrong (Ama, Ryan, Paul, Samir, Li)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.questions import known_answer
from actions.reading import corrections

AMA = (
    "hello. I need to ask something quick before my husband comes back. he has taken my passport "
    "and he keeps all the money, I have nothing of my own"
)
RYAN = (
    "yo two guys on a moped just took my phone out my hand on mare street, using my mates "
    "laptop. my wrist is killing me"
)
PAUL = "its my wife. when shes had a drink she goes for me. sounds stupid a grown man saying that"
SAMIR = (
    "Hi, my son got his phone robbed yesterday after school by some older boys. one of them had "
    "a knife. hes 14. what do I do"
)
LI = (
    "i mean, she picked on mum because she's got dementia and wont notice or remember. does that "
    "count?"
)


@pytest.mark.parametrize(
    "text",
    [
        AMA,
        "my partner is out. he took my passport and he keeps my bank card",
        "my husband is controlling. he has my passport and all the money",
    ],
)
def test_a_partner_keeping_passport_and_money_is_domestic_abuse(text):
    read = read_account(text)
    assert read.crime_type == "domestic_abuse"
    assert read.offender == "partner_or_ex"


@pytest.mark.parametrize(
    "text",
    [
        "my boss has taken my passport and he keeps all the money",
        "the family i work for keep my passport. my husband is back home",
        "they took my passport and make me work for no money",
    ],
)
def test_an_employer_keeping_a_passport_stays_trafficking(text):
    assert read_account(text).crime_type == "human_trafficking"


def test_husband_named_as_trafficking_is_taken_back_is_the_offender():
    said = "no not trafficking!! he is my husband. we are married 9 years. no I didnt report"
    got = corrections(said, {"crime_type": "human_trafficking", "consent": True})
    assert got["crime_type"] == "domestic_abuse"
    assert got["relationship_to_offender"] == "partner_or_ex"


def test_trafficking_taken_back_without_a_partner_is_unchanged():
    said = "human trafficking?? no no. nobody bring me here, I come from Portugal myself 2015"
    got = corrections(said, {"crime_type": "human_trafficking", "consent": True})
    assert got == {"crime_type": "other"}


@pytest.mark.parametrize(
    "text",
    [
        RYAN,
        "someone grabbed my phone out of my hand and twisted my wrist",
        "some lad nicked my phone right out of my hand, my fingers are bleeding",
    ],
)
def test_a_snatch_that_hurts_is_a_robbery(text):
    assert read_account(text).crime_type == "robbery"


def test_hurt_told_after_a_theft_makes_it_a_robbery():
    said = (
        "nah two lads black helmets, one driving one grabbed it. yanked it proper thats how i did "
        "my wrist"
    )
    assert corrections(said, {"crime_type": "theft", "consent": True}) == {"crime_type": "robbery"}


@pytest.mark.parametrize(
    "text",
    [
        "two lads on a moped took my phone out my hand",
        "someone stole my bike from outside the station. my back is killing me from work",
    ],
)
def test_a_snatch_without_force_or_injury_stays_theft(text):
    assert read_account(text).crime_type == "theft"


def test_theft_corrections_without_injury_are_unchanged():
    assert corrections("they took it off the table", {"crime_type": "theft", "consent": True}) == {}


@pytest.mark.parametrize(
    "text",
    [
        PAUL,
        "its my wife. when shes drunk she lashes out at me",
        "its my husband. he throws things at me",
    ],
)
def test_a_partner_who_goes_for_them_is_domestic_abuse(text):
    read = read_account(text)
    assert read.crime_type == "domestic_abuse"
    assert read.offender == "partner_or_ex"


def test_goes_for_me_without_a_partner_or_relative_is_not_domestic_abuse():
    assert read_account("a dog goes for me every time i walk past").crime_type != "domestic_abuse"


@pytest.mark.parametrize(
    "text",
    [SAMIR, "my daughter had her bag stolen on the bus, shes 12", "my son got his bike nicked"],
)
def test_a_parent_writing_about_a_childs_thing_taken_is_for_the_child(text):
    assert read_account(text).for_child is True


def test_samir_first_message_does_not_get_the_childs_school_answer():
    for told in ({"crime_type": "robbery"}, {"crime_type": "robbery", "for_child": True}):
        got = known_answer(SAMIR, "robbery", [], answers=told)
        assert got is None or got.response != "utter_school_worry"


def test_a_young_persons_school_worry_still_gets_the_school_answer():
    got = known_answer(
        "wat do i do about school tmrw. they gonna be there", "robbery", [], answers={"age": 15.0}
    )
    assert got is not None and got.response == "utter_school_worry"


def test_an_adult_writing_about_herself_with_a_grown_son_not_for_child():
    assert read_account("my son's phone was on the table and i had my bag stolen").for_child is None


LI_ANSWERS = {
    "crime_type": "theft",
    "relationship_to_offender": "someone_known",
    "account_details": ["carer", "paid_carer"],
    "said": [
        "hi, I'm not sure if this is the right place. my mum has dementia and I think her carer "
        "has been stealing from her. money and some of her jewellery"
    ],
}


@pytest.mark.parametrize(
    "text",
    [LI, "the carer targeted mum because of her dementia. does it count?"],
)
def test_the_person_with_dementia_harmed_does_not_get_the_carers_answer(text):
    got = known_answer(text, "theft", [], answers=LI_ANSWERS)
    assert got is None or got.response != "utter_g4_dementia_harm_still_counts"


@pytest.mark.parametrize(
    "text",
    [
        "does it count as abuse if he cant help it? hes got dementia",
        "is it abuse if hes got dementia?",
    ],
)
def test_a_carer_hurt_by_someone_with_dementia_still_gets_it(text):
    told = {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    got = known_answer(text, "domestic_abuse", [], answers=told)
    assert got is not None and got.response == "utter_g4_dementia_harm_still_counts"

"""Round 56, helper D4: answers that carried facts the person never told (the Home Office, an au
pair's leaving, blackmail, drink, a bank refund, a hacked Instagram, a blow to the bump), and
the questions that then got "I can't answer" (Dmitri, Lorraine, Ben, Aisha, Olu, Samira)."""

from __future__ import annotations

import pytest

from actions import answer_facts
from actions.reading import Turn, read_turn
from tests.unit.known_answers import (
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

NEW = [
    "utter_d4_heard_unwanted",
    "utter_d4_not_drunk_heard",
    "utter_d4_wages_owed",
    "utter_d4_not_blackmail_sorry",
    "utter_d4_images_not_civil",
    "utter_d4_not_money_sorry",
    "utter_d4_young_sent_one_not_in_trouble",
    "utter_d4_money_mule_honest",
    "utter_d4_locked_in_labour",
]

DMITRI_FIRST = (
    "hello. i am from Ukraine, here on Homes for Ukraine. my boss on building site he hit me in "
    "face, punch. and he not pay me money he owe, cash money. what i can do"
)
LORRAINE = [
    "my ex has made a fake instagram pretending to be me and put up private photos of me. "
    "intimate ones. I rang the police and they said its a CIVIL MATTER?? are they having a laugh",
    "no im at home with my kids, hes not here. i just want these photos DOWN",
]
AISHA = [
    "no im at home lol. its just this boy from fortnite hes 16 he said and now he wants to meet "
    "up n keeps asking for pics 🙈 is that bad",
]
BEN = ["met a guy off grindr. went to his. i said no and he didnt stop"]
OLU = [
    "so basically a guy on snapchat said he'd give me 300 quid if i let him use my bank account "
    "for a few days. i needed the money for rent. now santander froze my account and said fraud "
    "went thru it. am i going to get arrested??",
]
SAMIRA = [
    "its not like that. nobody hitting me. its my mother in law, she take all my salary from my "
    "job and when she goes out she lock me in my room",
    "34. i am pregnant 6 months",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 56, helper D4")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# Dmitri
def test_unpaid_wages_without_a_home_office_threat():
    assert said_answer(DMITRI_FIRST, None, [], consent=True) == "utter_d4_wages_owed"
    text = "WHY. and what about my money he owe me, 1200 pound"
    assert said_answer(text, "assault", [DMITRI_FIRST], age=35.0) == "utter_d4_wages_owed"


def test_a_home_office_threat_still_gets_the_exploitation_answer():
    text = (
        "yes. he hit me 2 times before. also he not pay my money, 3 weeks. he say if i go he "
        "tell home office"
    )
    assert said_answer(text, "assault", []) == "utter_q6_labour_exploitation"


def test_dmitri_saying_it_was_not_the_home_office_is_not_the_threat():
    said = ["no no, he not say Home Office. he just hit me and not pay"]
    assert not answer_facts.told("immigration_threat", said, {})


def test_the_au_pair_leaving_answer_needs_leaving_and_living_in():
    said = [DMITRI_FIRST, "i am not au pair. i work on building site"]
    got = said_answer("and my money he owe me?", "assault", said)
    assert got != "utter_j4_wages_if_you_leave"
    marta = [
        "I am au pair, I live in their house",
        "If I leave the house, can I still get my money?",
    ]
    assert said_answer("But the money? He pays me cash", "sexual_offence", marta) != (
        "utter_d4_wages_owed"
    )


# Lorraine
@pytest.mark.parametrize(
    "text",
    [
        "YES i told you, I rang them and they said civil matter. are they right or not? its "
        "revenge porn isnt it",
        "is it a crime or not for him to post my pics without asking. simple question",
        "a woman obviously. answer my question. is the police right that its civil",
    ],
)
def test_is_it_civil_or_a_crime(text):
    assert said_answer(text, "online_abuse", LORRAINE, age=43.0) == "utter_d4_images_not_civil"


def test_not_blackmail_correction_is_taken():
    text = "blackmailed?? hes not blackmailing me, he just posted them. are you even reading"
    assert said_answer(text, "online_abuse", LORRAINE, age=43.0) == "utter_d4_not_blackmail_sorry"


def test_no_blackmail_answer_for_posted_photos():
    text = "is it a crime or not for him to post my pics without asking"
    got = said_answer(text, "online_abuse", [*LORRAINE[:1], "he just posted them"], age=43.0)
    assert got != "utter_sextortion_victim"
    assert not answer_facts.fits("utter_sextortion_victim", text, {"said": LORRAINE})
    told = ["he says he'll send my pics to my family unless i pay £500"]
    assert answer_facts.fits("utter_sextortion_victim", "what do i do", {"said": told})


# Aisha
def test_in_trouble_for_sending_one_before_her_age():
    text = "no!! i dont want to get in trouble. am i gonna get in trouble for sending him one?? 😭"
    assert said_answer(text, "online_abuse", AISHA) == "utter_d4_young_sent_one_not_in_trouble"


def test_not_asking_for_money_is_not_no_pictures():
    said = [*AISHA, "am i in trouble tho. i sent him 1 pic but it wasnt like.. u know"]
    text = "hes not asking for money tho?? he just wants pics. idk. ok ill block him"
    got = said_answer(text, "online_abuse", said, age=14.0, under_18=True)
    assert got == "utter_d4_not_money_sorry"


# Ben
def test_heard_without_drink_he_never_spoke_of():
    answers = {"consent": True, "in_danger": False, "said": tuple(BEN)}
    reading = read_turn(Turn(text=BEN[0], intent="inform", requested="crime_type", answers=answers))
    names = [say.response for say in reading.say]
    assert "utter_d4_heard_unwanted" in names and "utter_r5_heard_unwanted" not in names


@pytest.mark.parametrize(
    "text", ["no. i wasnt drunk btw", "they wont think i was drunk right? i wasnt", "i was sober"]
)
def test_not_drunk_is_heard(text):
    assert said_answer(text, "sexual_offence", BEN) == "utter_d4_not_drunk_heard"


# Olu
@pytest.mark.parametrize(
    "text",
    [
        OLU[0],
        "no?? thats what im asking. am i the criminal here. the bank already froze it",
        "no. pls just answer, can i go to jail for this",
        "if i report to report fraud will they arrest me",
        "wait so am i a victim then? was i like exploited or whatever",
    ],
)
def test_money_mule_gets_an_honest_answer(text):
    assert said_answer(text, "fraud", OLU, age=19.0) == "utter_d4_money_mule_honest"


def test_no_refund_or_instagram_for_a_frozen_account():
    text = "information i guess. and i need my account back my student loan goes in there"
    assert said_answer(text, "fraud", OLU, age=19.0) != "utter_hacked_account"
    assert not answer_facts.fits("utter_bank_without_phoning", "ok", {"said": OLU})
    assert not answer_facts.fits("utter_bank_scam", "ok", {"said": OLU})


# Samira
def test_locked_in_when_labour_starts():
    text = (
        "i want my money and to go out when i want. and what if she lock me in and the baby is "
        "coming"
    )
    assert said_answer(text, "domestic_abuse", SAMIRA, age=34.0) == "utter_d4_locked_in_labour"
    assert not answer_facts.fits("utter_pregnant_after_harm", "is the baby ok", {"said": SAMIRA})
    hit = ["he pushed me and i fell on my bump"]
    assert answer_facts.fits("utter_pregnant_after_harm", "is the baby ok", {"said": hit})


# Other people's messages that must not get these answers
@pytest.mark.parametrize(
    ("text", "crime", "said", "answers"),
    [
        # a scam victim who sent money, asking about arrest of the scammer
        ("will they arrest him?", "fraud", ["i sent £2000 to a safe account"], {}),
        # a young person threatened for money: not "he isn't asking for money"
        ("am i in trouble", "online_abuse", ["she wants £200 or she posts my pics"], {"age": 15.0}),
        # an adult who sent a picture to a partner and is asked about court
        ("will i have to go to court", "online_abuse", LORRAINE, {"age": 43.0}),
        # someone drunk at the time
        ("is it my fault", "sexual_offence", ["i was drunk and he had sex with me"], {}),
        # a worker who left and asks about wages: the older answer
        ("can i still get my wages if i leave?", "assault", ["my boss hit me at work"], {}),
        # a locked-in woman not in labour
        ("she locks me in every day", "domestic_abuse", SAMIRA, {"age": 34.0}),
    ],
)
def test_others_do_not_get_these_answers(text, crime, said, answers):
    assert said_answer(text, crime, said, **answers) not in NEW

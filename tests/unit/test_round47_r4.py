"""Round 47 (helper R4): Ana, Chris and Nia.

- Ana, 33, Romanian, whose landlord lives elsewhere, comes into her room with his key and touched
  her: told twice she was likely a lodger whom he "may be allowed" to visit; "if I go police he
  throw me out?" got "told to leave"; "be nice with him ... this is crime also?" got nothing.
- Chris, 52, for his mother (84, dementia), robbed of £20,000 by a rogue builder: "nobody's been
  arrested yet" was noted as reported, and "it hasn't been reported to the police yet" was not
  taken; the ASB team twice; "credit in her name" for the bank's civil dispute; no answer on
  power of attorney or social services.
- Nia, 20, stalked by her ex at halls: "is that even serious enough to report??" got "I can't
  answer"; "i dont have an officer" made her ex a police officer; "if he cant have me nobody
  can" got the VPS; the uni and "999 or 101" questions.
"""

from __future__ import annotations

import pytest
from known_answers import RESPONSES, answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.reading import Turn, corrections, read_turn

NEW = (
    "utter_r4_cant_have_me_threat",
    "utter_r4_stalking_serious_enough",
    "utter_r4_not_noted_as_officer",
    "utter_r4_sex_for_rent",
    "utter_r4_no_revenge_eviction",
    "utter_r4_landlord_lives_elsewhere",
    "utter_r4_bank_civil_dispute",
    "utter_r4_protect_older_relative",
)
ANA = {"age": 33, "relationship_to_offender": "someone_known"}
CHRIS = {"age": 84, "relationship_to_offender": "stranger", "for_someone_else": True}
NIA = {"age": 20, "relationship_to_offender": "partner_or_ex"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 47, helper R4")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Ana ---------------------------------------------------------------------------------------


def test_the_landlord_answer_no_longer_says_he_may_be_allowed_in():
    text = RESPONSES["utter_l4_landlord_in_room"][0]["text"]
    assert "may be allowed" not in text
    assert "tenant" in text and "sexual assault" in text and len(text) <= 320


@pytest.mark.parametrize(
    "said",
    [
        "No. What is lodger? He not live here, he live other house. We are 5 people, every one "
        "one room. I pay 650 pound every month cash",
        "he doesn't live here, he lives in another house",
        "the landlord lives somewhere else, it's just us tenants",
    ],
)
def test_a_landlord_who_lives_elsewhere_gets_the_tenant_answer(said):
    assert answer(said, "sexual_offence", **ANA) == "utter_r4_landlord_lives_elsewhere"


@pytest.mark.parametrize(
    "said",
    [
        "I tell you he NOT live in house. he live other place. only we 5 tenants. and if I go "
        "police he throw me out?",
        "will my landlord evict me if I go to the police?",
    ],
)
def test_fear_of_being_thrown_out_gets_no_revenge_eviction(said):
    assert answer(said, "sexual_offence", **ANA) == "utter_r4_no_revenge_eviction"


@pytest.mark.parametrize(
    "said",
    [
        "my landlord gave me a notice to leave, what can I do?",
        "where can i go to report it",
        "the landlord keeps threatening to throw me out, is that against the law?",
    ],
)
def test_other_housing_questions_keep_their_answer(said):
    assert answer(said, "sexual_offence", **ANA) != "utter_r4_no_revenge_eviction"


@pytest.mark.parametrize(
    "said",
    [
        "thank you. one more. he say if I want stay I must be nice with him, you know what mean. "
        "this is crime also?",
        "my landlord says I can stay for free if I sleep with him, is that a crime?",
        "is sex for rent illegal?",
    ],
)
def test_sex_for_rent_is_answered(said):
    assert answer(said, "sexual_offence", **ANA) == "utter_r4_sex_for_rent"


# -- Chris -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yes that's fine. Not sure why you're talking about court visits, nobody's been "
        "arrested yet.",
        "no one has been arrested",
        "he hasn't been arrested yet",
    ],
)
def test_nobody_arrested_is_not_reported(text):
    assert read_account(text).reported is not True


@pytest.mark.parametrize(
    "text",
    ["the police have arrested him", "he was arrested last night", "they charged a man"],
)
def test_an_arrest_is_still_reported(text):
    assert read_account(text).reported is True


@pytest.mark.parametrize(
    "text",
    [
        "She's 84, I said. And no, it hasn't been reported to the police yet - that's partly why "
        "I'm here. Should it go to the police or Action Fraud?",
        "it has not been reported",
        "it's not been reported yet",
    ],
)
def test_not_been_reported_is_taken_the_first_time(text):
    assert read_account(text).reported is False
    said = corrections(text, {"crime_type": "fraud", "reported_to_police": True})
    assert said.get("reported_to_police") is False


def test_not_reported_is_read_while_the_age_is_asked():
    text = (
        "She's 84, I said. And no, it hasn't been reported to the police yet - that's partly "
        "why I'm here. Should it go to the police or Action Fraud?"
    )
    turn = Turn(
        text=text,
        intent="inform",
        requested="age",
        answers={"crime_type": "fraud", "reported_to_police": True, "for_someone_else": True},
        asked={"age": 1},
    )
    slots = read_turn(turn).slots
    assert slots.get("reported_to_police") is False and slots.get("age") == 84


def test_reported_to_the_bank_only_is_not_about_the_police():
    assert read_account("it hasn't been reported to the bank yet").reported is not False


def test_the_banks_civil_dispute_gets_its_own_answer():
    said = (
        "OK. On the bank: I actually rang Lloyds yesterday and they said it might be a 'civil "
        "dispute' because he's a real trader and not their problem. Is that right? Can I push "
        "back?"
    )
    assert answer(said, "fraud", **CHRIS) == "utter_r4_bank_civil_dispute"


def test_credit_in_her_name_keeps_its_answer():
    said = "the lender says the loan in her name is a civil matter, is that right?"
    assert answer(said, "fraud", **CHRIS) != "utter_r4_bank_civil_dispute"


@pytest.mark.parametrize(
    "said",
    [
        "Thanks, that's useful. And the power of attorney point? Or should social services be "
        "told - she's vulnerable",
        "That's not really relevant - it's not antisocial behaviour, it's fraud. I'm more "
        "worried about protecting her going forward. She answers the phone to anyone and opens "
        "the door to anyone. What can I put in place?",
        "is there anything Barnet council can do?",
    ],
)
def test_protecting_an_older_mother_gets_safeguarding_not_asb(said):
    assert answer(said, "fraud", **CHRIS) == "utter_r4_protect_older_relative"


def test_the_asb_team_still_answers_neighbour_harassment():
    said = "can the council do anything about my neighbours shouting abuse at me?"
    got = answer(said, "harassment", age=40, relationship_to_offender="someone_known")
    assert got != "utter_r4_protect_older_relative"


# -- Nia ---------------------------------------------------------------------------------------


def test_is_it_serious_enough_is_answered():
    said = (
        "so my ex (we broke up in september) keeps turning up at my halls. like hes waited "
        "outside the entrance 4 times now and once got in behind someone and knocked on my "
        "door. and he messages me like 50 times a day, i blocked him and he makes new accounts. "
        "sorry its a lot. is that even serious enough to report??"
    )
    assert answer(said, None) == "utter_r4_stalking_serious_enough"
    assert answer("is it worth reporting? i dont want to waste police time", "stalking", **NIA) == (
        "utter_r4_stalking_serious_enough"
    )


def test_a_burglary_worth_reporting_is_not_stalking():
    said = "they only took a bike, is it serious enough to report?"
    assert answer(said, "burglary", age=30) != "utter_r4_stalking_serious_enough"


@pytest.mark.parametrize(
    "said",
    [
        "20. i dont have an officer i havent reported it 😅 sorry",
        "i havent got an officer, i havent reported it",
    ],
)
def test_no_officer_of_her_own_is_not_a_partner_in_the_police(said):
    assert answer(said, "stalking", **NIA) != "utter_j6_report_police_partner"


@pytest.mark.parametrize(
    "said",
    [
        "what?? hes not a police officer, hes a student at my uni. i meant i dont have a police "
        "officer bc i havent reported. sorry if i said it wrong",
        "you wont tell them hes a police officer right?? bc hes not, hes just a student",
    ],
)
def test_he_is_not_an_officer_is_taken(said):
    assert answer(said, "stalking", **NIA) == "utter_r4_not_noted_as_officer"


def test_a_partner_in_the_police_keeps_its_answer():
    said = "how do i report my husband, he is a police officer"
    assert answer(said, "domestic_abuse", age=35, relationship_to_offender="partner_or_ex") == (
        "utter_j6_report_police_partner"
    )


@pytest.mark.parametrize(
    "said",
    [
        "sorry before that, is it bad that one of his messages said if he cant have me nobody "
        "can? my flatmate said thats a red flag but he says stuff like that when hes drunk",
        "he texted 'if i cant have you no one can'",
    ],
)
def test_if_he_cant_have_me_is_a_threat(said):
    assert answer(said, "stalking", **NIA) == "utter_r4_cant_have_me_threat"


@pytest.mark.parametrize(
    "said",
    [
        "feeling safe mostly. also can my uni do anything? like stop him getting into halls",
        "ok. what about the uni, can they stop him coming in? hes at the same uni, different "
        "course",
        "my door is locked. is it 999 or 101 if hes just standing there? i dont want to overreact",
    ],
)
def test_halls_and_outside_get_the_turns_up_answer(said):
    assert answer(said, "stalking", **NIA) == "utter_f4_stalker_turns_up"


@pytest.mark.parametrize(
    "said",
    ["yes", "No", "A woman", "croydon. well my halls are in croydon, my family are in bristol"],
)
def test_ordinary_answers_get_none_of_these(said):
    assert answer(said, "stalking", **NIA) not in NEW

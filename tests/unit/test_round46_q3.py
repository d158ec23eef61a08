"""Round 46 answers (helper Q3).

- Pippa, 31, 30 weeks pregnant, pushed by her partner: the midwife question raised the danger
  screen and got a support service's answer; danger cues and "do refuges take pregnant women".
- Gordon, 71, a "friend" living in his house who won't go and spends from his card.
- Amani, 18, her stepdad hit her for years: court, blocking, a threat for Sunday, what a yes
  means.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from bot.risk_words import detect_risk

NEW = (
    "utter_q3_midwife_may_share",
    "utter_q3_worse_in_pregnancy",
    "utter_q3_plan_before_back",
    "utter_q3_refuge_pregnant",
    "utter_q3_guest_must_leave",
    "utter_q3_older_safeguarding",
    "utter_q3_threat_for_a_day",
    "utter_q3_what_yes_means",
)
PIPPA = {"age": 31, "relationship_to_offender": "partner_or_ex"}
GORDON = {"age": 71, "relationship_to_offender": "acquaintance"}
AMANI = {"age": 18, "relationship_to_offender": "family_member"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 46, helper Q3", ({}, {"gender": "man"}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Pippa ------------------------------------------------------------------------------------

PIPPA_MIDWIFE = (
    "31. if i tell the midwife how it happened will she have to tell the police? or social "
    "services? im scared theyll take the baby"
)


@pytest.mark.parametrize(
    "said",
    [
        PIPPA_MIDWIFE,
        "my partner, i said. but you didnt answer, will the midwife tell social services",
        "will my midwife report it to the police",
        "does the health visitor have to tell social services",
    ],
)
def test_the_midwife_question_gets_the_midwife_answer(said):
    assert answer(said, "domestic_abuse", **PIPPA) == "utter_q3_midwife_may_share"


def test_the_midwife_question_is_not_danger():
    assert detect_risk(PIPPA_MIDWIFE) is None


@pytest.mark.parametrize(
    "said",
    [
        "he said he would take the baby and move abroad",
        "hes here and says hell take the baby",
        "police are useless and they will take the baby hes coming now",
    ],
)
def test_a_threat_to_take_the_baby_stays_danger(said):
    assert detect_risk(said) == "in_danger"


def test_worse_since_pregnant_gets_safety_planning():
    said = (
        "yes. hes grabbed my arm before, and he smashed my phone in june. hes been worse since i "
        "got pregnant"
    )
    assert answer(said, "domestic_abuse", **PIPPA) == "utter_q3_worse_in_pregnancy"


@pytest.mark.parametrize(
    "said", ["hes at work till 6. so not right now", "not now, hes back at 7", "hes home at 5pm"]
)
def test_he_is_back_later_gets_a_plan_before_he_is_back(said):
    assert answer(said, "domestic_abuse", **PIPPA) == "utter_q3_plan_before_back"


def test_refuges_take_pregnant_women():
    said = (
        "feeling safe. where could i actually go? i cant go to my mums shes in scotland. do "
        "refuges take pregnant women"
    )
    assert answer(said, "domestic_abuse", **PIPPA) == "utter_q3_refuge_pregnant"


@pytest.mark.parametrize(
    "said",
    [
        "no",
        "no. well anxiety but im ok",
        "camden",
        "a woman",
        "i work at the hospital till 6",
        "he checks my phone sometimes. will he see this?",
        "should i see my midwife",
    ],
)
def test_ordinary_messages_get_none_of_pippas_answers(said):
    assert answer(said, "domestic_abuse", **PIPPA) not in NEW


# -- Gordon -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "practical help. how do I get him to leave. can I change the locks when hes out? is that "
        "allowed? he hasnt paid rent or anything, I never wrote nothing down",
        "English obviously. So can I change the locks or not? its my house",
        "right. you didnt say if they can make him go though. ok ill wait for the call. thanks",
        "No. I dont want to get him arrested really. He's had a hard life. I just want him out of "
        "my house without a big row. How do I get him out?",
    ],
)
def test_a_homeowner_asking_how_to_get_his_guest_out(said):
    assert answer(said, "fraud", **GORDON) == "utter_q3_guest_must_leave"


def test_a_lodger_still_gets_the_lodger_answer():
    said = "should I change the lock on my door or is that not allowed, my landlord comes in"
    assert answer(said, "assault", age=30) != "utter_q3_guest_must_leave"


def test_an_older_man_frightened_by_the_man_living_with_him():
    said = "and what do I do tonight if he starts shouting again, he threw a mug last week"
    assert answer(said, "fraud", **GORDON) == "utter_q3_older_safeguarding"


def test_a_younger_person_does_not_get_the_older_persons_answer():
    said = "and what do I do tonight if he starts shouting again, he threw a mug last week"
    assert answer(said, "fraud", age=30) != "utter_q3_older_safeguarding"


# -- Amani ------------------------------------------------------------------------------------


def test_would_he_be_in_the_court_gets_special_measures():
    assert answer("u didnt answer. would he be in the court", "domestic_abuse", **AMANI) == (
        "utter_court"
    )


def test_would_he_be_there_at_the_court_question():
    said = "idk. maybe. would he be there"
    told = {**AMANI, "requested_slot": "fear_of_giving_evidence"}
    assert answer(said, "domestic_abuse", **told) == "utter_court"
    assert answer(said, "domestic_abuse", **AMANI) != "utter_court"


def test_should_i_block_him():
    said = "should i block him. my mum says dont make it worse"
    assert answer(said, "domestic_abuse", **AMANI) == "utter_save_then_block"


@pytest.mark.parametrize(
    "said",
    [
        "k. last one said hes gonna come get me if i dont come back by sunday. he knows where my "
        "aunt lives",
        "ok. what do i do if he turns up sunday",
    ],
)
def test_a_threat_for_a_day(said):
    assert answer(said, "domestic_abuse", **AMANI) == "utter_q3_threat_for_a_day"


def test_what_a_yes_means_at_the_contact_question():
    said = "wait did i say yes to that? what happens if i say yes"
    told = {**AMANI, "requested_slot": "contact_safe"}
    assert answer(said, "domestic_abuse", **told) == "utter_q3_what_yes_means"


@pytest.mark.parametrize(
    "said",
    [
        "my support worker is coming on thursday",
        "yes its my phone. he doesnt have it",
        "tower hamlets. my aunts is in newham tho",
        "any time",
    ],
)
def test_ordinary_messages_get_none_of_amanis_answers(said):
    assert answer(said, "domestic_abuse", **AMANI) not in NEW

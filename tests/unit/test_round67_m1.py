"""Round 67, helper M1: Nkechi (38, a nurse; a patient's son grabbed her arm and said he'd wait
for her after her shift) and Aaron (19, a witness to a stabbing, afraid for his mum)."""

from __future__ import annotations

import pytest

from actions import account
from actions.answers import read_answer
from actions.reading import Turn, read_turn
from tests.unit.known_answers import (
    ORGANISATIONS,
    RESPONSES,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

NKECHI_SAID = (
    "hi. not sure if this is the right place. something happened at work on the ward on Thursday "
    "and I cant stop thinking about it",
    "no im at home. Im a nurse in Greenwich. a patients son grabbed my arm really hard and pulled "
    "me towards him and said he'd wait for me after my shift and I'd be sorry. my arm is all "
    "bruised",
)
AARON_SAID = (
    "my bredrin got shanked last week right infront of me. hes ok now hes out the hospital. but i "
    "seen everything innit",
    "kinda. everyone knows who it was. thats the problem. if i chat to the feds im next man. the "
    "mandem will know",
    "course. i aint going court. they will slide on me and my mum",
)
NEW = (
    "utter_m1_safe_journey_hospital",
    "utter_m1_safe_journey_threat",
    "utter_m1_assault_on_nhs_staff",
    "utter_m1_assault_at_work_crime",
    "utter_m1_witness_family_safe",
)


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_sms_with_a_source(name):
    assert_one_sms_with_source(name, "# -- end of round 67, helper m1 --")
    assert not numbers_not_in_directory(name)


def test_hospital_answer_has_no_shop_text():
    text = RESPONSES["utter_m1_safe_journey_hospital"][0]["text"]
    assert "Acas" not in text and "closing" not in text
    assert "999" in text and "security" in text and "in writing" in text


# -- 1. Nkechi: getting to the bus / home safely after "he said he'd wait for me" ---------------
NKECHI_JOURNEY = [
    "yes probably. hes a big man and he said id be sorry. im actually scared to walk to the bus "
    "stop after a late shift now",
    "english. what should I do about walking to the bus though, I'm on nights next week and he "
    "knows when my shift ends",
    "I live in Bexley but work in Greenwich. you didnt answer about the bus stop",
    "maybe. but please, he said he'd wait for me after my shift. what do I do about getting home "
    "safe",
    "how do I get to the station safely after my shift",
    "im scared to walk home after work",
]


@pytest.mark.parametrize("text", NKECHI_JOURNEY)
def test_nkechi_journey_gets_the_hospital_answer(text):
    assert said_answer(text, "assault", NKECHI_SAID, age=38) == "utter_m1_safe_journey_hospital"


def test_threat_to_wait_elsewhere_gets_the_general_answer():
    said = ["a man from the gym grabbed me and said he'll be waiting for me outside"]
    text = "what should I do about getting home, he knows when I leave"
    assert said_answer(text, "assault", said, age=29) == "utter_m1_safe_journey_threat"


def _read(text, requested, sent=frozenset()):
    return read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers={"consent": True, "crime_type": "assault", "age": 38, "said": NKECHI_SAID},
            organisations=ORGANISATIONS,
            said=frozenset(sent),
        )
    )


def test_answered_beside_the_court_question_and_the_answer_kept():
    text = NKECHI_JOURNEY[0]
    got = _read(text, "fear_of_giving_evidence")
    assert [s.response for s in got.say].count("utter_m1_safe_journey_hospital") == 1
    assert got.slots.get("fear_of_giving_evidence") is True


def test_answered_beside_the_language_question():
    got = _read(NKECHI_JOURNEY[1], "language")
    responses = [s.response for s in got.say]
    assert responses.count("utter_m1_safe_journey_hospital") == 1


def test_said_once_beside_answers():
    got = _read(
        NKECHI_JOURNEY[0],
        "fear_of_giving_evidence",
        sent={"utter_m1_safe_journey_hospital"},
    )
    assert "utter_m1_safe_journey_hospital" not in [s.response for s in got.say]


# Negatives: other people's messages keep their answers.
def test_shop_worker_still_gets_the_safe_at_work_answer():
    said = ["my manager touched me at the shop and grabbed me"]
    text = (
        "I have to work with him again on Thursday. Is there anything I can do to be safe at work?"
    )
    assert said_answer(text, "sexual_offence", said, age=24) == "utter_q1_safe_at_work"


@pytest.mark.parametrize(
    "text, said, age",
    [
        ("how do i get home safe from school, he waits for me after school every day", [], 13),
        ("how do i get home safe", ["someone stole my bike"], 40),
        ("what bus do i get to the police station", ["he said he'd wait for me"], 40),
    ],
)
def test_no_journey_answer_without_a_threat_or_for_a_child(text, said, age):
    assert said_answer(text, "assault", said, age=age) not in (
        "utter_m1_safe_journey_hospital",
        "utter_m1_safe_journey_threat",
    )


# -- 2. Nkechi: is it a crime at work -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "you havent put that it was a patients son, or that he threatened me. and is it even a "
        "crime if it happens at work? my manager says its part of the job",
        "is it a crime if someone grabs a nurse at work",
        "is it actually a crime when it happens on the ward?",
    ],
)
def test_nkechi_crime_at_work(text):
    assert said_answer(text, "assault", NKECHI_SAID, age=38) == "utter_m1_assault_on_nhs_staff"


def test_crime_at_work_elsewhere():
    said = ["a customer grabbed me at the warehouse and pushed me into the shelves"]
    text = "is it even a crime if it happens at work? my boss says its part of the job"
    assert said_answer(text, "assault", said, age=31) == "utter_m1_assault_at_work_crime"


@pytest.mark.parametrize(
    "text, crime_type, said",
    [
        ("is it a crime if my boss doesnt pay me", "fraud", ["my boss hasnt paid me"]),
        ("is it a crime if he keeps texting me at work", "harassment", ["my ex texts me"]),
    ],
)
def test_no_crime_at_work_answer_for_others(text, crime_type, said):
    assert said_answer(text, crime_type, said, age=30) not in (
        "utter_m1_assault_on_nhs_staff",
        "utter_m1_assault_at_work_crime",
    )


# -- 3. Nkechi: his daily visits are not the crime repeating ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I know his name from the patient notes, he's the son of a man on my ward. hes still "
        "visiting every day, his dad is still in",
        "hes still visiting every day",
        "he visits his dad every day",
        "she's still coming in to see her mum every day",
        "I visit my mum every day",
    ],
)
def test_visits_are_not_a_repeat(text):
    assert account.read_account(text).repeat is not True
    assert read_answer("repeat_victimisation", text).value is not True


@pytest.mark.parametrize(
    "text",
    [
        "he comes every day and shouts at me",
        "he's been turning up every day",
        "it happens every day",
        "he waits for me after school every day",
        "hes visiting me every day",
        "he visits every day and threatens me",
        "his son visits his dad every day and shouts at me",
    ],
)
def test_real_repeats_still_read(text):
    assert account.read_account(text).repeat is True


# -- 4. Aaron: his mum's safety at home ---------------------------------------------------------
AARON_MUM = (
    "nah dont pass nothing. what about my mum tho she's stressing, she heard them man know where "
    "we live"
)


@pytest.mark.parametrize(
    "text",
    [
        AARON_MUM,
        "u said that already. is there anyting for my mum or just me",
        "is my mum safe? they know where we live",
    ],
)
def test_aaron_mum_gets_the_family_answer(text):
    got = said_answer(
        text, "serious_violence", AARON_SAID, age=19, account_details=["witness", "weapon"]
    )
    assert got == "utter_m1_witness_family_safe"


def test_aaron_asked_again_gets_another_text():
    sent = (RESPONSES["utter_m1_witness_family_safe"][0]["text"],)
    got = said_answer(
        "u said that already. is there anyting for my mum or just me",
        "serious_violence",
        (*AARON_SAID, AARON_MUM),
        age=19,
        account_details=["witness", "weapon"],
        recent_bot_texts=sent,
    )
    assert got not in ("utter_m1_witness_family_safe", "utter_witness_intimidation", None)


@pytest.mark.parametrize(
    "text, crime_type, said",
    [
        ("what about my mum, he knows where she lives", "domestic_abuse", ["my husband hits me"]),
        ("is there anything for my mum", "burglary", ["someone broke into my mums house"]),
    ],
)
def test_no_witness_family_answer_for_others(text, crime_type, said):
    assert said_answer(text, crime_type, said, age=40) != "utter_m1_witness_family_safe"


def test_not_beside_a_crisis_reply():
    text = "hes outside the hospital now waiting for me, im scared to walk to the bus"
    got = read_turn(
        Turn(
            text=text,
            intent="in_danger",
            requested="language",
            answers={"consent": True, "crime_type": "assault", "age": 38, "said": NKECHI_SAID},
            organisations=ORGANISATIONS,
        )
    )
    assert "utter_m1_safe_journey_hospital" not in [s.response for s in got.say]

"""Round 45 answers (helper P3): Grace, Chloe and Jake.

- Grace, 41, night carer: "I am scared he will touch me" (her landlord's son comes into her room
  while she sleeps) got "I can't answer"; "£5 an hour, is that allowed?" got the
  sexual-harassment-at-work answer twice; she was offered adult safeguarding as if her carer
  had harmed her ("I work as a carer in the night").
- Chloe, 28, whose flatmate hid a camera at the shower: "I don't want to be here when he finds
  out I know" got the suicide reply and the goodbye's "If those thoughts come back"; her
  camera question was ignored twice.
- Jake, 25, who saw his friend stabbed: "will they know my name if i go court?" got "the
  support worker can read this whole chat"; "if one of them lot messages me or turns up, what
  do i do" got "I can't answer".

Each test quotes the message as written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from conftest import responses
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import dialogue
from actions.account import read_account
from bot.risk_words import detect_risk, mentions_self_harm, takes_back_self_harm
from tests.unit.conftest import after_self_harm_alarm

NEW = (
    "utter_p3_intruder_in_room_safety",
    "utter_p3_minimum_wage",
    "utter_p3_hidden_camera_evidence",
    "utter_p3_witness_name_at_court",
)
GRACE = {
    "age": 41,
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": True,
    "gender": "woman",
    "borough": "Greenwich",
}
CHLOE = {"age": 28, "relationship_to_offender": "someone_known", "gender": "woman"}
JAKE = {"age": 25, "relationship_to_offender": "stranger", "account_details": ["witness", "weapon"]}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 45, helper P3", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Grace -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Thank you. Please, what do I do if the son comes in again when I am sleeping tomorrow? "
        "I am scared he will touch me",
        "I am scared he will touch me",
        "what should i do if he comes into my room again while im asleep",
        "im afraid the landlord might try to touch me",
    ],
)
def test_fear_of_a_man_coming_in_while_she_sleeps_gets_safety_advice(said):
    for crime_type in (None, "stalking_harassment"):
        assert answer(said, crime_type, **GRACE) == "utter_p3_intruder_in_room_safety"


@pytest.mark.parametrize(
    "said",
    [
        "And my employer paying me £5 an hour, is that allowed in UK? My visa is with them so I "
        "am afraid to complain more",
        "No the manager did not laugh. I mean the pay. £5 per hour. Minimum wage?",
        "Also my employer, is it legal he pays me £5? Who can help me with that",
        "is it legal to pay £6 an hour",
        "does the minimum wage apply to me?",
    ],
)
def test_pay_below_the_minimum_wage_gets_the_minimum_wage_answer(said):
    for crime_type in (None, "stalking_harassment", "human_trafficking"):
        assert answer(said, crime_type, **GRACE) == "utter_p3_minimum_wage"


def test_the_sexual_harassment_at_work_answer_still_answers_molly():
    said = "what are my rights at work tho, like can my manager just laugh it off like that?"
    assert answer(said, "sexual_offence", age=19) == "utter_n5_work_rights_sexual_harassment"


@pytest.mark.parametrize(
    "said",
    [
        "he came in while I was sleeping and took my phone",
        "they took £50 from my purse",
        "is it legal for him to read my messages?",
        "41",
        "Yes, maybe 4 or 5 times this month. Last time he sat on my bed",
        "I paid £200 deposit",
    ],
)
def test_ordinary_messages_get_neither_of_graces_answers(said):
    for crime_type in (None, "stalking_harassment", "burglary"):
        assert answer(said, crime_type, **GRACE) not in (
            "utter_p3_intruder_in_room_safety",
            "utter_p3_minimum_wage",
        )


def test_a_carer_by_job_is_not_harmed_by_a_carer():
    told = read_account(
        "I work as a carer in the night, my employer pays me less than what we agreed, sometimes "
        "£5 an hour. I complained and now my landlord is saying he will throw me out. And his "
        "son, the landlord son, he has been coming into my room when I am sleeping in the day. "
        "He has a key. I am afraid, by God's grace nothing has happened yet"
    )
    assert "carer" not in told.details


@pytest.mark.parametrize(
    "said",
    [
        "my carer has been taking money from my purse",
        "I work as a carer and my carer stole from me",
    ],
)
def test_a_carer_who_harmed_them_is_still_a_carer(said):
    assert "carer" in read_account(said).details


# -- Chloe -------------------------------------------------------------------------------------

CHLOE_SAID = (
    "ok. How do I report it to the police then, and will they come today? He's back at 6 and I "
    "don't want to be here when he finds out I know."
)
CHLOE_PUT_RIGHT = (
    "What?? I'm not suicidal, I mean I don't want to be in the FLAT when he gets home. Jesus."
)


@pytest.mark.parametrize(
    "said",
    [
        CHLOE_SAID,
        "I don't want to be here when he gets home",
        "i dont want to be here while my flatmate is in",
    ],
)
def test_not_wanting_to_be_somewhere_when_he_comes_is_no_alarm(said):
    assert detect_risk(said) is None
    assert not mentions_self_harm(said)


@pytest.mark.parametrize(
    "said",
    [
        "I don't want to be here",
        "i dont want to be here anymore",
        "I don't want to be here any more when he gets home",
        "i dont want to be here when im like this",
        "i dont want to live",
    ],
)
def test_not_wanting_to_be_here_still_alarms(said):
    assert mentions_self_harm(said)


def _tracker(trigger: str, then: str) -> Tracker:
    return after_self_harm_alarm("chloe", trigger, then, consent=False)


def test_her_taken_back_alarm_is_not_repeated_at_goodbye():
    assert takes_back_self_harm(CHLOE_PUT_RIGHT)
    tracker = _tracker(CHLOE_SAID, CHLOE_PUT_RIGHT)
    assert dialogue.j1_self_harm_taken_back(tracker)
    goodbye = CollectingDispatcher()
    dialogue._f5_goodbye(goodbye, tracker, "ok. going to my sister's now. thanks")
    assert responses(goodbye) == ["utter_f5_goodbye_referred"]


@pytest.mark.parametrize(
    "said",
    [
        "Not yet. Should I take the camera out or leave it? I've taken photos of where it was. "
        "I haven't touched the SD card.",
        "28. But seriously I need to know about the camera before he gets home, he'll just take "
        "it and delete everything",
        "No?? It happened this morning. Hello? The camera?",
        "what do i do with the hidden camera",
    ],
)
def test_the_hidden_camera_question_is_answered(said):
    assert answer(said, "sexual_offence", **CHLOE) == "utter_p3_hidden_camera_evidence"


@pytest.mark.parametrize(
    ("said", "crime_type"),
    [
        ("I would like to put a CCTV camera above my front door. Am I allowed?", "hate_crime"),
        ("does the video help or not", "assault"),
        ("should i send them the video", "assault"),
        ("Hackney", "sexual_offence"),
        ("What if he's put the videos online? I can't stop thinking about that", "sexual_offence"),
    ],
)
def test_other_camera_and_video_questions_are_not_the_hidden_camera_answer(said, crime_type):
    assert answer(said, crime_type, **CHLOE) != "utter_p3_hidden_camera_evidence"


# -- Jake --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "will they know my name if i go court? the guys who did it",
        "wait no it only happened once lol, i meant i keep seeing it in my head. and yeah id be "
        "scared. will they know my name if i go court? the guys who did it",
        "English. but like will my name be on the paperwork they get? and my address??",
        "what?? i asked if the blokes who stabbed dev will find out my name if im a witness. thats "
        "what im worried about",
        "will the defence get my name from my statement?",
    ],
)
def test_a_witness_asking_if_they_learn_his_name_gets_the_court_answer(said):
    assert answer(said, "serious_violence", **JAKE) == "utter_p3_witness_name_at_court"


@pytest.mark.parametrize(
    "said",
    [
        "will the support worker know my name?",
        "will the police know my name if i report it?",
        "the bloke who hit me won't get my number or anything will he",
        "can u tell them i need an interpreter",
    ],
)
def test_other_name_questions_are_not_the_witness_answer(said):
    assert answer(said, "assault", age=30) != "utter_p3_witness_name_at_court"


@pytest.mark.parametrize(
    "said",
    [
        "and if one of them lot messages me or turns up, what do i do",
        "what if they turn up at my house?",
        "what do i do if one of them texts me",
    ],
)
def test_a_witness_fearing_contact_gets_the_intimidation_answer(said):
    assert answer(said, "serious_violence", **JAKE) == "utter_witness_intimidation"


def test_without_witness_context_contact_is_not_the_intimidation_answer():
    assert (
        answer("what if they turn up at my house?", "burglary", age=40)
        != "utter_witness_intimidation"
    )

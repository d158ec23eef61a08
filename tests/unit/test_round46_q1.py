"""Round 46 (helper Q1): Mina, Dave and Saoirse (with Luke's and Sammy's ribs).

- Mina, 27, on a Skilled Worker visa sponsored by the restaurant whose manager grabbed her: the
  police-status answer twice; "different services now, for sexual assault?" and "safe at work
  on Thursday" got "I can't answer".
- Dave, 63, kicked and robbed: "camera ... broke for months" noted as "more than once"; ribs got
  the strangling answer; "worth reporting with no cctv" got 999 and "say you have video"; his
  compensation question got "interview you as a suspect"; "nervy going out" got nothing.
- Saoirse, 22, her ex logs into her accounts: "is it a crime", "how do i lock him out" and
  "domestic abuse?? hes never hit me".
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account

NEW = (
    "utter_q1_ribs_checked",
    "utter_q1_report_without_cctv",
    "utter_q1_sponsored_visa",
    "utter_q1_work_rights",
    "utter_q1_safe_at_work",
    "utter_q1_sexual_assault_services",
    "utter_q1_account_access_crime",
    "utter_q1_lock_him_out",
    "utter_q1_abuse_not_physical",
)
MINA = {"age": 27, "relationship_to_offender": "someone_known"}
DAVE = {"age": 63, "relationship_to_offender": "stranger"}
SAOIRSE = {"age": 22, "relationship_to_offender": "partner_or_ex"}
ADULT = {"age": 30}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 46, helper Q1")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Mina ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No. Excuse me, I have a very important question. I am here on a work visa (Skilled "
        "Worker visa) and this restaurant is my sponsor. If I report to police, will this affect "
        "my visa? I am very worried.",
        "Yes, I think I would be scared. But my visa is legal, I have a valid visa. The problem "
        "is that he is my sponsor. If I report him, maybe he will fire me and then I lose my "
        "visa?",
        "my employer sponsors my visa, what happens if he sacks me?",
    ],
)
def test_a_sponsored_visa_gets_the_job_is_the_risk_answer(said):
    assert answer(said, "assault", **MINA) == "utter_q1_sponsored_visa"


@pytest.mark.parametrize(
    "said",
    [
        "will reporting affect my immigration status?",
        "I have no visa, will the police tell the home office?",
    ],
)
def test_other_immigration_questions_keep_their_answer(said):
    assert answer(said, "assault", **MINA) != "utter_q1_sponsored_visa"


def test_work_rights_gets_acas():
    said = (
        "Information. And I want to know if I can keep working there. I need this job. Is "
        "there someone who knows about work rights?"
    )
    assert answer(said, "assault", **MINA) == "utter_q1_work_rights"


def test_safety_at_work_with_him_on_thursday():
    said = (
        "Thank you very much. One more question. I have to work with him again on Thursday. "
        "Is there anything I can do to be safe at work? I cannot quit."
    )
    assert answer(said, "sexual_offence", **MINA) == "utter_q1_safe_at_work"


@pytest.mark.parametrize(
    "said",
    [
        "Are there different services now, for sexual assault? You said the other ones before.",
        "is there any support for sexual assault?",
    ],
)
def test_sexual_assault_services_once_it_is_a_sexual_offence(said):
    assert answer(said, "sexual_offence", **MINA) == "utter_q1_sexual_assault_services"


def test_not_sexual_assault_services_for_a_child_under_16():
    said = "are there different services now, for sexual assault?"
    assert answer(said, "sexual_offence", age=14, under_18=True) != (
        "utter_q1_sexual_assault_services"
    )


# -- Dave, Luke and Sammy: ribs ---------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "type 2 diabetic, on metformin. does that count? also how long do bruised ribs take, "
        "hurts when i cough. should i get them looked at or is that wasting the doctors time",
        "wont go to court will it, theyll never catch em. but you didnt answer me about the ribs",
        "yes ok. Luke, he/him, for the record. also should I get my ribs checked or is that me "
        "being dramatic, it's been 4 days",
        "ok. so. ribs. yes or no",
        "my ribs hurt when I breathe in. should I see a doctor",
        "cheers. last thing my ribs really hurt when i breathe, where can i get them looked at "
        "without a GP",
    ],
)
def test_hurt_ribs_get_the_ribs_answer_not_the_neck_one(said):
    assert answer(said, "robbery", **DAVE) == "utter_q1_ribs_checked"


@pytest.mark.parametrize(
    "said",
    [
        "he strangled me and my ribs hurt, should i go to hospital?",
        "my neck hurts and it hurts to swallow, and my ribs",
    ],
)
def test_the_neck_told_still_gets_the_neck_answer(said):
    assert answer(said, "assault", **ADULT) != "utter_q1_ribs_checked"


@pytest.mark.parametrize("said", ["no im in the library. ribs are sore tho", "no", "63"])
def test_ordinary_answers_do_not_get_the_ribs_answer(said):
    assert answer(said, "robbery", **DAVE) != "utter_q1_ribs_checked"


# -- Dave: reporting without CCTV, compensation, going out --------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "hang on. straight answer - is it worth me reporting it or not with no cctv? dont want "
        "to waste the polices time they got enough on",
        "theyre not here now, it was tuesday. im asking is there any point reporting it after, "
        "with no camera footage",
        "i havent got any video!! thats what im saying. NO cctv. are you a robot or what",
    ],
)
def test_reporting_without_cctv_is_worth_it(said):
    assert answer(said, "robbery", **DAVE) == "utter_q1_report_without_cctv"


def test_a_video_they_have_still_gets_the_video_answer():
    said = "my mate filmed it on his phone, does the video help?"
    assert answer(said, "robbery", **DAVE) != "utter_q1_report_without_cctv"


def test_compensation_question_is_not_answered_as_a_suspect():
    said = "compensation? for my ribs? how does that work, would i have to report it first"
    assert answer(said, "robbery", **DAVE) != "utter_m3_report_first"


def test_reporting_first_when_he_may_say_i_attacked_him_keeps_its_answer():
    said = "If I report it first does that help me? what if he says I attacked him"
    assert answer(said, "assault", **ADULT) == "utter_m3_report_first"


def test_nervy_going_out_gets_emotional_support():
    said = (
        "look the thing is im a bit nervy going out now. is there anyone who helps with that "
        "or do i just get on with it"
    )
    assert answer(said, "robbery", **DAVE) == "utter_common_reaction"


# -- not "more than once" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no. whats the point theres no cctv there, camera on the bookies has been broke for "
        "months. would they even bother?",
        "got robbed last night while i was asleep, they took my sleeping bag and phone and "
        "kicked me a few times. im homeless",
        "no im in the library. ribs are sore tho",
        "ive known him for years",
    ],
)
def test_blows_in_one_attack_or_a_broken_camera_are_not_more_than_once(said):
    assert read_account(said).repeat is not True


@pytest.mark.parametrize(
    "said",
    [
        "he has hit me a few times",
        "he hit me several times this year",
        "hes been texting me for months",
        "he keeps turning up at my work",
    ],
)
def test_being_targeted_again_is_still_more_than_once(said):
    assert read_account(said).repeat is True


# -- Saoirse ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no. is it even a crime tho?? he knows my passwords from when we were together, he logs "
        "into my insta and gmail and posts stuff as me. last week he messaged my lecturer from "
        "my email. we broke up in feb",
        "22. but the posts arent threatening exactly, theyre just embarrassing, like he posted "
        "'im a mess pls someone date me' on my story. so does that not count?? the actual "
        "problem is hes getting INTO my accounts",
        "is it illegal for him to log into my email?",
    ],
)
def test_getting_into_her_accounts_is_a_crime(said):
    assert answer(said, "online_abuse", **SAOIRSE) == "utter_q1_account_access_crime"


@pytest.mark.parametrize(
    "said",
    [
        "how do i lock him out properly tho? ive changed my insta password twice and he still "
        "gets back in somehow. is it my phone??",
        "no. sorry but can you actually help with the tech side or not? like 2 factor, logging "
        "out devices etc",
    ],
)
def test_locking_him_out_gets_account_security_steps(said):
    assert answer(said, "online_abuse", **SAOIRSE) == "utter_q1_lock_him_out"


def test_locking_him_out_of_the_house_is_not_account_security():
    said = "how do i lock him out of the house, he still has keys?"
    assert answer(said, "domestic_abuse", **SAOIRSE) != "utter_q1_lock_him_out"


@pytest.mark.parametrize(
    "said",
    [
        "domestic abuse?? hes never hit me. he's just a creep. where do i actually report the "
        "account hacking, police or action fraud or what",
        "wait why did you change it to domestic abuse, i was asking if it IS domestic abuse. he "
        "never hit me",
    ],
)
def test_domestic_abuse_without_violence_is_explained(said):
    assert answer(said, "domestic_abuse", **SAOIRSE) == "utter_q1_abuse_not_physical"


def test_the_report_question_is_answered_too():
    from known_answers import ORGANISATIONS

    from actions.questions import known_answer

    said = (
        "domestic abuse?? hes never hit me. he's just a creep. where do i actually report the "
        "account hacking, police or action fraud or what"
    )
    found = known_answer(said, "online_abuse", ORGANISATIONS, answers=SAOIRSE)
    assert found is not None
    assert [found.response, *(then.response for then in found.then)] == [
        "utter_q1_abuse_not_physical",
        "utter_q1_account_access_crime",
    ]


@pytest.mark.parametrize("said", ["no", "yes loads, like weekly since feb", "lambeth", "woman"])
def test_saoirses_answers_get_none_of_these(said):
    assert answer(said, "online_abuse", **SAOIRSE) not in NEW

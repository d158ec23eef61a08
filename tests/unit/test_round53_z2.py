"""Round 53 answers (helper Z2): Hannah, Sophie and Liam.

- Hannah, 38, whose husband reads her phone and controls her money: "do I need evidence" got
  "keep screenshots" (on the phone he reads); "could my bank help?" and "Stop my cards? I don't
  think that's right for me" got "stop your cards straight away"; "is it just a bad marriage?"
  got the Forced Marriage Unit.
- Sophie, 20, raped two weeks ago, asked five times whether she could talk to a woman.
- Liam, 29, glassed in a pub: "do i need a solicitor for cica" got the CICA paragraph again; the
  pub's cameras got dashcam advice; "will the other guy actually get charged?" was skipped.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    answer,
    answer_in_conversation,
    assert_one_sms_with_source,
    numbers_not_in_directory,
)

NEW = (
    "utter_z2_evidence_kept_safely",
    "utter_z2_no_need_to_stop_cards",
    "utter_z2_ask_for_a_woman",
    "utter_z2_cica_no_solicitor",
    "utter_z2_officer_get_the_cctv",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 53, helper Z2")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def said(text, crime_type, earlier=(), **answers):
    got = answer_in_conversation(text, crime_type, [*earlier, text], **answers)
    return None if got is None else got.response


def said_all(text, crime_type, earlier=(), **answers):
    got = answer_in_conversation(text, crime_type, [*earlier, text], **answers)
    if got is None:
        return []
    return [got.response, *(then.response for then in got.then)]


# -- Hannah -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Information. Specifically, do I need evidence before anyone will take me seriously?",
        "Would I need evidence of all this? I don't have anything written down.",
        "do i need proof before the police will believe me?",
    ],
)
def test_evidence_at_home_is_kept_out_of_reach(text):
    assert said(text, "domestic_abuse") == "utter_z2_evidence_kept_safely"


def test_evidence_elsewhere_keeps_the_old_answer():
    assert said("do i need proof to report it?", "theft") == "utter_k_report_without_proof"


def test_bank_after_economic_abuse_is_not_stop_your_cards():
    got = said_all(
        "Sorry, but is there a service for economic abuse? Or could my bank help?", "domestic_abuse"
    )
    assert "utter_bank_card" not in got
    assert got[0] == "utter_economic_abuse_help"


def test_stop_my_cards_and_bad_marriage():
    got = said_all(
        "Stop my cards? I don't think that's right for me, they're mostly his. Can I ask, is any "
        "of this actually a crime, or is it just a bad marriage?",
        "domestic_abuse",
    )
    assert got == ["utter_z2_no_need_to_stop_cards", "utter_g3_coercive_control"]


@pytest.mark.parametrize(
    "text",
    [
        "is any of this actually a crime, or is it just a bad marriage?",
        "is this illegal or is it just a bad relationship?",
    ],
)
def test_bad_marriage_is_coercive_control_not_forced_marriage(text):
    assert said(text, "domestic_abuse") == "utter_g3_coercive_control"


def test_a_forced_marriage_question_still_gets_its_answer():
    earlier = ("my parents are making me marry my cousin in pakistan",)
    got = said("is that a crime?", "domestic_abuse", earlier, account_details=["forced_marriage"])
    assert got == "utter_forced_marriage_crime"


def test_a_stolen_card_at_home_is_not_the_new_answer():
    got = said("he stole my bank card, should i stop my cards?", "domestic_abuse")
    assert got != "utter_z2_no_need_to_stop_cards"


# -- Sophie -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "someone to talk to. can it be a woman",
        "can i talk to a woman tho. i dont want to talk to a man about it",
        "will the support worker be a woman?",
        "ok. do they have women there",
        "if i did report it could i ask for a female officer",
    ],
)
def test_asking_for_a_woman_after_rape(text):
    assert said(text, "sexual_offence") == "utter_z2_ask_for_a_woman"


def test_is_that_a_right_after_asking_for_a_female_officer():
    earlier = ("if i did report it could i ask for a female officer",)
    got = said("but is that a thing they have to do? like a right", "sexual_offence", earlier)
    assert got == "utter_z2_ask_for_a_woman"


@pytest.mark.parametrize(
    "text",
    [
        "it was a man i met on a night out",
        "is that a right?",
        "a woman",
        "would i have to tell my parents",
    ],
)
def test_ordinary_messages_do_not_get_the_woman_answer(text):
    assert said(text, "sexual_offence") != "utter_z2_ask_for_a_woman"


# -- Liam ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "compensation. and do i need a solicitor or can i do it myself",
        "mate youve said that 3 times. do i NEED a solicitor for cica yes or no",
        "nah not scared. whats CICA? do i need a solicitor for that, they all want 25 percent",
    ],
)
def test_cica_needs_no_solicitor(text):
    assert said(text, "violent_crime", reported_to_police=True) == "utter_z2_cica_no_solicitor"


def test_a_solicitor_before_reporting_is_not_the_cica_answer():
    got = said("Do I need a solicitor before I go to the police?", "violent_crime")
    assert got != "utter_z2_cica_no_solicitor"


def test_pub_cameras_and_charged_after_reporting():
    got = said_all(
        "hold on. will the other guy actually get charged? and the pub has cameras, will they "
        "keep the footage or does it get wiped",
        "violent_crime",
        reported_to_police=True,
    )
    assert got == ["utter_z2_officer_get_the_cctv", "utter_ask_right/prosecution_decision"]


@pytest.mark.parametrize(
    "text",
    [
        "what dashcam?? its the PUBS cctv not mine. and i already reported it i told you",
        "should i ask the police to get the pub cctv before its deleted?",
    ],
)
def test_pub_cctv_after_reporting(text):
    assert said(text, "violent_crime", reported_to_police=True) == "utter_z2_officer_get_the_cctv"


def test_pub_cameras_are_never_dashcam_advice():
    got = said(
        "the pub has cameras, will they keep the footage or does it get wiped", "violent_crime"
    )
    assert got != "utter_g3_save_the_video_now"


def test_own_dashcam_still_gets_the_dashcam_answer():
    got = answer("the dashcam records over after some days, must i keep it?", "hate_crime")
    assert got == "utter_g3_save_the_video_now"


def test_will_he_be_charged():
    got = said("ok. and will he get charged or not? police took his name i think", "violent_crime")
    assert got == "utter_ask_right/prosecution_decision"


def test_am_i_gonna_get_charged_is_not_right_6():
    assert said("am i gonna get charged", "violent_crime") != "utter_ask_right/prosecution_decision"


def test_anyone_for_the_money_side():
    got = said_all(
        "Is there anyone specifically for the money side? I earn a good salary and I can't access "
        "any of it. I feel quite stupid saying that.",
        "domestic_abuse",
    )
    assert got[0] == "utter_economic_abuse_help"

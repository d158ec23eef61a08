"""Round 86, helper v86a1: Amara's false danger alarm and her unanswered "am I in trouble",
Bogdan's "will my boss know", and Priya's question how the support service contacts her."""

from __future__ import annotations

import pytest

from bot.risk_words import IN_DANGER, detect_risk, trusted_crisis
from tests.unit.known_answers import answer_in_conversation, at_question

AMARA_DISCLOSURE = (
    "no not like that its not like someone is gonna hurt me its worse lowkey. this boy at school "
    "i sent him a pic like a private one n now hes sent it to everyone its going round on snap n "
    "everyone has seen it"
)
AMARA_SAID_NO = "i said no?? im safe im at home. did u even read what i said"
SAFETY_CHECK = {"consent": True, "safety_check": "in_danger"}


# -- 1. Amara: "its not like someone is gonna hurt me" is no danger -------------------------------


@pytest.mark.parametrize("intent", ["inform", IN_DANGER])
def test_amaras_disclosure_is_no_danger(intent):
    assert detect_risk(AMARA_DISCLOSURE) is None
    assert not trusted_crisis(AMARA_DISCLOSURE, intent)


def test_amaras_disclosure_at_the_danger_question_is_a_no():
    assert at_question(AMARA_DISCLOSURE, "in_danger", {"consent": True}) == []


@pytest.mark.parametrize(
    "text",
    [
        "someone is gonna hurt me",
        "its not like hes gonna hurt me again, hes outside now",
        "its not like someone is gonna hurt me but hes outside with a knife",
        "its not like hes gonna hurt me unless i go home",
        "its not like he will hurt me. hes at the door now banging",
    ],
)
def test_danger_beside_or_after_the_denial_still_alarms(text):
    assert detect_risk(text) == IN_DANGER


def test_i_said_no_gets_sorry_not_cant_answer():
    assert at_question(AMARA_SAID_NO, "in_danger", SAFETY_CHECK) == [
        "utter_r6_sorry_false_alarm_go_on"
    ]


def test_another_question_beside_i_said_no_is_still_met():
    said = at_question("i said no. can the police make him delete it?", "in_danger", SAFETY_CHECK)
    assert said[0] == "utter_r6_sorry_false_alarm_go_on"
    assert "utter_question_beside_answer" in said


def test_did_you_read_with_danger_now_still_alarms():
    said = at_question("did u even read what i said, hes outside now", "in_danger", SAFETY_CHECK)
    assert "utter_emergency" in said


# -- 2. Amara: "am i gonna get in trouble for sending it" answered first ---------------------------

AMARA_TROUBLE = (
    "nooo i cant tell police they'll tell my mum. am i gonna get in trouble for sending it?? like "
    "is it illegal what i did"
)
AMARA_SAID = (
    "hiya i need help but u cant tell my parents",
    AMARA_DISCLOSURE,
    AMARA_SAID_NO,
)
AMARA = {"consent": True, "in_danger": False, "account_details": ["online"]}


def test_amaras_trouble_question_is_answered_first_then_her_mum():
    said = answer_in_conversation(AMARA_TROUBLE, "online_abuse", AMARA_SAID, **AMARA)
    assert said is not None
    assert said.response == "utter_d4_young_sent_one_not_in_trouble"
    assert [then.response for then in said.then] == ["utter_e2_police_tell_parent_depends_on_age"]


def test_police_telling_mum_alone_keeps_its_answer():
    said = answer_in_conversation(
        "nooo i cant tell police they'll tell my mum. would the police tell my mum?",
        "online_abuse",
        AMARA_SAID,
        **AMARA,
    )
    assert said is not None
    assert said.response == "utter_e2_police_tell_parent_depends_on_age"
    assert not said.then

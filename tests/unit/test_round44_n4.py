"""Round 44 answers (helper N4): Agnes, Sofia and Walter.

- Agnes, 73, council tenant in Bexley; the neighbour's teenage sons throw eggs and stones at her
  windows nightly. Her question about being moved was answered only on the 4th ask; "what would
  the police actually do to the boys?" got a stalking / threat-to-kill text; her denial "Nobody
  has threatened to kill me" raised the danger check; "is there someone above them I can
  complain to?" got "I can't answer".
- Sofia, 35, whose ex-boyfriend (not her daughter's father) breaks her non-molestation order:
  "what do I do when he breach the order" and the nursery pick-up questions.
- Walter, 84: a roofer took £4,000 and comes back for more; "What happened?" asked three times.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from bot.risk_words import detect_risk

NEW = (
    "utter_n4_asb_police_options",
    "utter_n4_council_did_nothing",
    "utter_n4_nursery_order",
    "utter_n4_trader_court_threat",
    "utter_n4_rogue_trader_fraud",
)
AGNES = {"age": 73, "relationship_to_offender": "someone_known", "account_details": ["neighbour"]}
SOFIA = {
    "age": 35,
    "relationship_to_offender": "partner_or_ex",
    "account_details": ["court_order", "online"],
}
WALTER = {"age": 84, "relationship_to_offender": "stranger", "account_details": ["doorstep"]}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 44, helper N4", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Agnes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "is it possible for me to be moved somewhere else? I rent from the council.",
        "But I have already been to the council. And you have still not said whether I can be "
        "moved.",
        "Can I be moved to another flat?",
        "could we get rehoused because of this?",
        "My daughter says I should ask the council to move me to a different flat. Is there any "
        "way to get them to do that, because of all this?",
    ],
)
def test_asking_to_be_moved_gets_the_council_move_answer(said):
    assert answer(said, "stalking_harassment", **AGNES) == "utter_council_move"


@pytest.mark.parametrize(
    "said",
    [
        "what would the police actually do to the boys? I do not want them arrested, I only want "
        "it to stop.",
        "I am sorry, I do not understand what the enhanced service is. And what would the police "
        "actually do to the boys? I do not want them arrested, I only want it to stop.",
        "Thank you. What would they actually do? I do not want to make things worse with the "
        "family, I have to live next to them.",
        "what can the police do about the kids next door?",
    ],
)
def test_what_police_do_about_the_boys_is_the_asb_answer(said):
    assert answer(said, "stalking_harassment", **AGNES) == "utter_n4_asb_police_options"
    assert answer(said, "criminal_damage", **AGNES) == "utter_n4_asb_police_options"


@pytest.mark.parametrize(
    "said",
    [
        "what can police actually do, hes not done anything yet just stood there waiting for me",
        "he said he would kill me, what can the police do?",
    ],
)
def test_stalking_or_threats_still_get_the_stalking_answers(said):
    got = answer(said, "stalking_harassment", relationship_to_offender="stranger")
    assert got != "utter_n4_asb_police_options"


def test_the_stalking_text_no_longer_goes_to_agnes():
    said = "what would the police actually do to the boys? I do not want them arrested"
    assert answer(said, "stalking_harassment", **AGNES) != "utter_police_and_stalking"


@pytest.mark.parametrize(
    "said",
    [
        "And if the council does nothing again like last time? Is there someone above them I "
        "can complain to?",
        "But I have already been to the council, I told you, they did nothing. What am I "
        "supposed to do if they will not help?",
        "the council did nothing, who can i complain to?",
    ],
)
def test_when_the_council_does_nothing_the_case_review_and_ombudsman(said):
    assert answer(said, "stalking_harassment", **AGNES) == "utter_n4_council_did_nothing"


def test_her_denial_of_a_threat_to_kill_is_not_danger():
    said = (
        "Nobody has threatened to kill me. Whatever gave you that idea? They are throwing eggs "
        "and stones and calling me names. Please could you tell me what you have written down "
        "about me so I know it is right."
    )
    assert detect_risk(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "nobody has threatened to kill me but he said he will stab me",
        "no one said they would hurt me, he is outside now with a knife",
        "he threatened to kill me",
        "nobody threatened to kill me but they are throwing stones at the window right now",
    ],
)
def test_danger_beside_a_denial_is_still_danger(said):
    assert detect_risk(said) == "in_danger"


# -- 2. Sofia -------------------------------------------------------------------------------


def test_her_first_breach_question_gets_the_breach_answer():
    said = (
        "Not this time. Before yes, when I get the order. What I have to do when he breach the "
        "order? The solicitor say something but I dont remember"
    )
    assert answer(said, "domestic_abuse", **SOFIA) == "utter_order_breach"
    later = (
        "Wait please. I ask before and you dont answer. He breach the order, he send messages and "
        "he come to the nursery. What I do? I call police? Is 999 or 101?"
    )
    assert answer(later, "domestic_abuse", **SOFIA) == "utter_order_breach"


@pytest.mark.parametrize(
    "said",
    [
        "Ok thank you. Tomorrow I am scared for the pick up at 3. If he is there what I do? Can I "
        "give the nursery a copy of the order?",
        "If he is at the nursery tomorrow when I go, what I do",
        "No is not that. Is because I leave him. He is angry I leave him. Sorry can I ask, if he "
        "come to the nursery can I tell the nursery? They can stop him?",
        "I dont understand this. My question is simple. He is outside nursery tomorrow. I call "
        "999?",
    ],
)
def test_the_nursery_with_an_order_gets_the_999_and_copy_answer(said):
    assert answer(said, "domestic_abuse", **SOFIA) == "utter_n4_nursery_order"


def test_he_is_not_the_father_never_gets_still_a_parent():
    said = "if he come to the nursery can I tell the nursery? They can stop him?"
    assert answer(said, "domestic_abuse", **SOFIA) != "utter_l3_tell_school_no_order"


def test_the_order_she_holds_is_read_from_her_account():
    told = (
        "My ex boyfriend he is sending me messages again from new numbers every time I block, "
        "and yesterday he come to the nursery of my daughter. I have a non molestation order."
    )
    assert "court_order" in read_account(told).details


@pytest.mark.parametrize(
    "said",
    [
        "can i get a non molestation order?",
        "how do I get an order to stop him coming to the nursery?",
        "what time does the nursery open?",
    ],
)
def test_other_order_and_nursery_questions_do_not_get_the_nursery_answer(said):
    assert answer(said, "domestic_abuse", relationship_to_offender="partner_or_ex") != (
        "utter_n4_nursery_order"
    )


# -- 3. Walter ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "not sure. a man did my roof and took 4000 pound. it didnt need doing my son in law says. "
        "now he comes back for more money",
        "i just told you. the roof man",
        "builder. he cheatd me on the roof",
    ],
)
def test_a_rogue_roofer_is_read_as_fraud_at_the_door(told):
    account = read_account(told)
    assert account.crime_type == "fraud"
    assert "doorstep" in account.details


@pytest.mark.parametrize(
    "told",
    [
        "my neighbour's roof fell on my car",
        "the builder next door punched me",
        "my husband is a builder and he hit me",
    ],
)
def test_other_accounts_with_builders_or_roofs_are_not_fraud(told):
    assert read_account(told).crime_type != "fraud"


@pytest.mark.parametrize(
    "said",
    [
        "yes he came back 2 times for more. he says the job is not finishd and i owe 2000 more. "
        "can someone stop him coming",
        "no because im old i think. can someone stop him coming to the house",
        "can someone stop him coming. i asked 3 times",
        "what if he comes thursday. he said thursday. what do i do",
    ],
)
def test_stopping_the_trader_coming_gets_the_door_and_trading_standards(said):
    assert answer(said, "fraud", **WALTER) == "utter_rogue_traders_back"


def test_is_it_fraud_gets_the_rogue_trader_answer():
    said = "is it fraud. my granddaughter says its a scam"
    assert answer(said, "fraud", **WALTER) == "utter_n4_rogue_trader_fraud"


@pytest.mark.parametrize(
    "said",
    [
        "should i pay him the 2000. he said he will take me to court if i dont",
        "can the builder take me to court?",
        "he says he will sue me, can he?",
    ],
)
def test_the_court_threat_gets_the_honest_answer_not_romance(said):
    assert answer(said, "fraud", **WALTER) == "utter_n4_trader_court_threat"


def test_an_online_scam_does_not_get_the_trader_answers():
    online = {"age": 70, "account_details": ["online"]}
    assert answer("is it fraud?", "fraud", **online) != "utter_n4_rogue_trader_fraud"
    assert answer("should i pay him, he says he will take me to court", "fraud", **online) != (
        "utter_n4_trader_court_threat"
    )

"""Round 42 answers (helper L1): serious findings for Joy, Tomasz and Ben.

- Joy, 48, her son (17) was stabbed and then arrested: asked six times about sitting in on his
  interview, the appropriate adult and a free solicitor, and got non-answers; "does he lose his
  rights as a victim?" got "can't answer"; her "they ARRESTED him" got the right to hear when
  "a suspect" is arrested, as if it were someone else.
- Tomasz, 38, Polish, cut with a knife in a fight he started: "i am victim if i start the
  fight?" (five times), "they will tell police about me?" (he said no to support), "victim
  support is speak polish?" (sent to the domestic abuse helpline).
- Ben, 33, a wheelchair user whose carer, a friend, uses his card and threatens to stop caring:
  "if i report her who helps me with care?" ("can't answer"), two false 999 alerts, the agency
  advice after "shes not from an agency", and "cancel the card" though she would know.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from bot.risk_words import detect_risk

NEW = (
    "utter_l1_appropriate_adult_parent",
    "utter_l1_free_solicitor",
    "utter_l1_child_arrested",
    "utter_l1_child_still_a_victim",
    "utter_l1_started_fight_still_victim",
    "utter_l1_cica_own_conduct",
    "utter_l1_referral_not_police",
    "utter_l1_victim_support_language",
    "utter_l1_care_if_carer_stops",
    "utter_l1_card_without_alerting_her",
    "utter_l1_referral_wont_tell_her",
)
JOY = {
    "for_someone_else": True,
    "age": 17,
    "under_18": True,
    "relationship_to_offender": "someone_known",
}
TOMASZ = {"age": 38, "relationship_to_offender": "stranger", "language": "Polish"}
BEN = {"age": 33, "relationship_to_offender": "someone_known", "disability": True}
L1 = set(NEW)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 42, helper L1", ({}, {"for_someone_else": True}, {"under_18": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Joy: her son, 17, stabbed and now arrested -------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "my son Marcus was stabbed in the leg in Croydon on friday night, hes out of hospital "
        "now. today police came and arrested him, they think he was part of a fight with the "
        "other boys. hes at the station now. can i be there when they interview him??",
        "17. PLEASE answer me. can I sit in with him in the interview, hes a child",
        "some boys from the estate, he knows them a bit. but you're ignoring me. he is in a "
        "police cell RIGHT NOW. does he need a solicitor? can i be with him?",
        "I cant wait a while. what is an appropriate adult? someone said on facebook he has to "
        "have one",
        "this is all about court. he hasnt done anything. the police station is asking if I'm "
        "coming down as his appropriate adult. should i go? what do i do there?",
        "feeling safe and information. i want to know his rights in the police station",
        "can i stay with her at the police station when they question her?",
    ],
)
def test_sitting_in_on_the_interview_gets_the_appropriate_adult_answer(said):
    assert answer(said, "serious_violence", **JOY) == "utter_l1_appropriate_adult_parent"


@pytest.mark.parametrize(
    "said",
    [
        "ok im going to the station now. one more thing does he get a free solicitor or do i "
        "have to pay",
        "does my son need a solicitor?",
        "will she have to pay for a lawyer?",
    ],
)
def test_a_free_solicitor_for_the_child_gets_the_free_legal_advice_answer(said):
    assert answer(said, "serious_violence", **JOY) == "utter_l1_free_solicitor"


@pytest.mark.parametrize(
    "said",
    [
        "My son is 17 he got stabbed on friday and now the police have ARRESTED him?? He is the "
        "one who got stabbed!!",
        "yes whatever. HE is the one arrested not someone else. did you read it",
    ],
)
def test_her_child_arrested_is_not_someone_else_arrested(said):
    got = answer(said, "serious_violence", **JOY)
    assert got == "utter_l1_child_arrested"
    assert got != "utter_ask_right/police_updates"


def test_a_suspect_keeps_his_rights_as_a_victim():
    said = (
        "no. but if hes a suspect now does he lose his rights as a victim? the other boy who "
        "stabbed him is walking around free"
    )
    assert answer(said, "serious_violence", **JOY) == "utter_l1_child_still_a_victim"
    assert answer("is my daughter still a victim if shes been arrested?", "assault") == (
        "utter_l1_child_still_a_victim"
    )


# -- 2. Tomasz: stabbed in a fight he started ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no. i am scared for police. i was drunk and i hit him first. only punch, he take "
        "knife. can i still get help or no?",
        "38. but you not answer me. i hit first, so i am also guilty? i can get help?",
        "what is Victims Code? i am victim if i start the fight?",
        "information. if i go to police and tell i punch first what happen to me",
        "i started the fight, am i still a victim?",
    ],
)
def test_starting_the_fight_gets_the_still_a_victim_answer(said):
    assert answer(said, "assault", **TOMASZ) == "utter_l1_started_fight_still_victim"


def test_money_after_hitting_first_gets_the_cica_conduct_answer():
    said = "but i punch first. they give me money still?"
    assert answer(said, "assault", **TOMASZ) == "utter_l1_cica_own_conduct"


def test_the_referral_does_not_go_to_the_police():
    said = "before i say yes. they will tell police about me? i dont want police come to my house"
    assert answer(said, "assault", **TOMASZ) == "utter_l1_referral_not_police"


@pytest.mark.parametrize(
    "said",
    [
        "ok. victim support is speak polish? and they tell police?",
        "does victim support have an interpreter?",
    ],
)
def test_victim_support_in_polish_is_not_the_domestic_abuse_helpline(said):
    assert answer(said, "assault", **TOMASZ) == "utter_l1_victim_support_language"


# -- 3. Ben: his carer, a friend, uses his card ----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "33. but did you read what i said? if i report her who helps me with care? i have no one "
        "else",
        "practical help. like who would do my care if she stops. does the council do that?",
        "english. shes not from an agency tho, shes my mate, i pay her a bit from my PIP. so "
        "would the council actually send someone else to help me get up if she walks out? like "
        "same day?",
        "shes not from an agency tho, shes my mate",
    ],
)
def test_who_cares_for_him_gets_the_council_care_answer(said):
    assert answer(said, "fraud", **BEN) == "utter_l1_care_if_carer_stops"


def test_cancelling_the_card_would_alert_her():
    said = (
        "no. the thing is if i cancel the card shell know. and she said last week when i asked "
        "about it, if im gonna accuse her she'll stop coming and see how i manage. i cant get out "
        "of bed without her"
    )
    assert answer(said, "fraud", **BEN) == "utter_l1_card_without_alerting_her"


def test_the_referral_does_not_tell_her():
    said = (
        "if i say yes will they contact her or tell her i complained? she's here most mornings, "
        "she sees my phone sometimes when she charges it"
    )
    assert answer(said, "fraud", **BEN) == "utter_l1_referral_wont_tell_her"


@pytest.mark.parametrize(
    "said",
    [
        "english. shes not from an agency tho, shes my mate, i pay her a bit from my PIP. so "
        "would the council actually send someone else to help me get up if she walks out? like "
        "same day?",
        "if i say yes will they contact her or tell her i complained? she's here most mornings, "
        "she sees my phone sometimes when she charges it",
        "hes here every weekend, is that allowed?",
    ],
)
def test_bens_questions_are_not_danger(said):
    assert detect_risk(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "please send someone hes here",
        "shes here now",
        "send someone please he is outside",
        "hes here every night and hes hitting me",
        "send someone now",
    ],
)
def test_danger_now_is_still_danger(said):
    assert detect_risk(said) == "in_danger"


# -- ordinary messages must not get the new answers ------------------------------------------


@pytest.mark.parametrize(
    ("said", "crime_type", "answers"),
    [
        ("he was arrested last night, will i be told if he gets bail?", "assault", {}),
        ("the police arrested him yesterday, what happens now?", "domestic_abuse", {}),
        ("will he get a free solicitor?", "domestic_abuse", {}),
        ("do i need a solicitor?", "assault", {}),
        ("can i be there when they interview the man who did it?", "assault", {}),
        ("they started a fight with me and hit me first", "assault", {}),
        ("he hit me first and then kicked me", "assault", {}),
        ("can i get compensation?", "assault", {}),
        ("will the police tell him i reported it?", "assault", {}),
        ("will you tell the police?", "assault", {}),
        ("does the helpline speak polish?", "domestic_abuse", {}),
        ("my carer steals from me, who do i tell?", "theft", {}),
        ("should i cancel my card?", "theft", {}),
        ("i cancelled my card already", "fraud", {}),
        ("Yes", "assault", JOY),
        ("No", "assault", TOMASZ),
        ("A stranger", "assault", TOMASZ),
        ("17", "serious_violence", JOY),
        ("he has ADHD", "serious_violence", JOY),
        ("what is the victims code?", "assault", {}),
        ("if i leave him will i lose my kids?", "domestic_abuse", {}),
        ("shes my friend and she stole from me", "theft", {}),
        ("if i report him who will look after the kids?", "domestic_abuse", {}),
        ("tower hamlets", "fraud", BEN),
        ("07700 900318", "fraud", BEN),
    ],
)
def test_ordinary_messages_do_not_get_the_new_answers(said, crime_type, answers):
    assert answer(said, crime_type, **answers) not in L1

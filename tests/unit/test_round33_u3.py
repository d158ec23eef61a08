"""Round 33 answers (helper U3): witness, court and police-process questions asked mid-
conversation that got "I can't answer" or a wrong answer.

- Leah, 18, saw her best friend stabbed to death (not family): whether she is told about the
  case, whether she must give evidence, her flashbacks, and whether being "like brother and
  sister" counts.
- Amir, 17, stabbed, afraid of being called a grass: what happens if he gives no statement.
- Yemi, whose son of 15 was arrested after a fight he says he didn't start: whether his
  statement could be used against him, and whether he is a victim too.
- Sean, hit on the head with a steering lock (6 stitches): whether it counts as serious.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

NEW = (
    "utter_case_updates_not_family",
    "utter_close_friend_support",
    "utter_will_i_give_evidence",
    "utter_flashbacks_ptsd",
    "utter_statement_your_choice",
    "utter_solicitor_before_statement",
    "utter_arrested_can_be_victim",
    "utter_wounding_can_be_serious",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 33, helper U3", ({}, {"for_someone_else": True}, {"under_18": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Leah: a friend and witness of a killing ----------------------------------------------


def test_leah_asks_if_she_is_told_about_the_case_though_not_family():
    said = (
        "so do i get told stuff about the case even tho im not family? the police only call his "
        "mum. yes u can pass my details"
    )
    assert answer(said, "homicide") == "utter_case_updates_not_family"
    text = sendable("utter_case_updates_not_family")[0]
    assert "Witness Care Unit" in text and "close relatives" in text


def test_leah_asks_if_she_must_give_evidence():
    said = (
        "some boys from another area. theyve been charged, the trial is supposed to be next year. "
        "will i have to give evidence?? im scared they'll know its me"
    )
    assert answer(said, "homicide") == "utter_will_i_give_evidence"
    assert "special measures" in sendable("utter_will_i_give_evidence")[0]


@pytest.mark.parametrize(
    "said",
    [
        "what do u mean it happened to me?? it happened to him. i just saw it. but yeah i cant "
        "sleep and i keep having flashbacks, is that ptsd",
        "yes really scared. and u didnt answer about the flashbacks",
    ],
)
def test_leah_asks_about_flashbacks(said):
    assert answer(said, "homicide") == "utter_flashbacks_ptsd"
    assert answer(said, "homicide", for_someone_else=True) == "utter_flashbacks_ptsd"
    assert "PTSD" in sendable("utter_flashbacks_ptsd")[0]


def test_leah_asks_if_being_like_brother_and_sister_counts():
    said = "no i said hes my best friend. we were like brother and sister tho. does that not count"
    assert answer(said, "homicide") == "utter_close_friend_support"


def test_leah_asks_about_support_for_people_who_saw_it():
    said = (
        "hes dead so no. im ok i guess. is there any support for ppl who saw it? everyone just "
        "talks to his mum"
    )
    assert answer(said, "homicide") == "utter_witness_support"


# -- 2. Amir: afraid to give a statement -----------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "someone i know. from round my area. if i give a statement everyone gonna say im a grass "
        "and his boys will come for me",
        "no. u didnt answer me tho. what happens if i dont give statement",
    ],
)
def test_amir_asks_about_giving_a_statement(said):
    assert answer(said, "serious_violence", under_18=True) == "utter_statement_your_choice"
    text = sendable("utter_statement_your_choice")[0]
    assert "your choice" in text and "0800 555 111" in text


def test_amir_asking_who_sees_what_he_said_keeps_the_privacy_answer():
    said = "do i have to give a statement to get help. and will u tell the police what i said"
    assert answer(said, "serious_violence") == "utter_privacy_answer"


# -- 3. Yemi: a son arrested who was also attacked -------------------------------------------


def test_yemi_asks_about_his_statement_and_the_solicitor():
    said = (
        "No first time. But he is under investigation, if he gives a statement about the fight "
        "could it be used against him? Should we talk to his solicitor first?"
    )
    assert answer(said, "assault", for_someone_else=True) == "utter_solicitor_before_statement"
    text = sendable("utter_solicitor_before_statement", for_someone_else=True)[0]
    assert "solicitor first" in text and "appropriate adult" in text


@pytest.mark.parametrize(
    "said",
    [
        "Yes ok. My question is, is he not a victim too? He was attacked. Nobody asked him about "
        "his injury, they just arrested him",
        "Some boys from another school I think. Can he report them even though he was arrested? "
        "I dont want it to make things worse for him",
    ],
)
def test_yemi_asks_if_her_arrested_son_is_a_victim_too(said):
    assert answer(said, "assault", for_someone_else=True) == "utter_arrested_can_be_victim"
    assert answer(said, None) == "utter_arrested_can_be_victim"
    assert "solicitor" in sendable("utter_arrested_can_be_victim", for_someone_else=True)[0]


# -- 4. Sean: is a head wound from a steering lock serious -----------------------------------


@pytest.mark.parametrize("crime_type", ["assault", "serious_violence"])
def test_sean_asks_if_it_counts_as_serious(crime_type):
    said = (
        "I did yeah, the police took a statement at the hospital. Haven't heard a thing since. "
        "Does this count as serious or is it just a scuffle to them?"
    )
    assert answer(said, crime_type) == "utter_wounding_can_be_serious"
    text = sendable("utter_wounding_can_be_serious")[0]
    assert "s.18" in text and "likely to be entitled" in text


# -- messages that must not get the new answers ----------------------------------------------

NOT_NEW = [
    ("homicide", {}, "my brother was killed, do we get told about the case?"),
    ("homicide", {}, "is it only for family? his mum cant message you"),
    ("homicide", {}, "my son was murdered, does that count as the most serious crime?"),
    ("assault", {}, "i gave a statement yesterday, what happens next?"),
    ("assault", {}, "if i give a statement will it be used against him in court?"),
    ("domestic_abuse", {}, "he was arrested last night, can i report the other stuff he did?"),
    ("domestic_abuse", {}, "he was arrested and now he says hes the victim too, can he do that?"),
    ("assault", {}, "is it serious if my head still hurts and im dizzy?"),
    ("domestic_abuse", {}, "he grabbed my neck, is it serious?"),
    ("domestic_abuse", {}, "does this count as serious? he only pushed me"),
    ("assault", {}, "i cant sleep, i think im depressed, is there help?"),
    ("burglary", {}, "will i have to go to court?"),
    ("assault", {}, "do i need a solicitor to claim compensation?"),
    ("assault", {}, "can i get a screen in court?"),
    ("robbery", {}, "is there support for my kids?"),
    ("assault", {}, "will the police update me on the case?"),
    (None, {}, "my best friend was raped, does that count, can i get help for her?"),
    ("assault", {}, "he pulled my hijab. will the police take it seriously?"),
    (
        "robbery",
        {},
        "im not sleeping and i keep having nightmares. is that normal? can i talk to someone",
    ),
    ("assault", {}, "does ptsd count as a disability"),
    ("assault", {}, "do i have to give a statement in person or can i do it online?"),
    ("assault", {}, "my mate was arrested for it, not me. what happens now?"),
    ("assault", {}, "if i give a statement can you get me a copy of it?"),
    ("assault", {}, "can my statement be used in court if he pleads not guilty?"),
    ("homicide", {}, "we were like family. what support is there for his mum?"),
]


@pytest.mark.parametrize(("crime_type", "answers", "said"), NOT_NEW)
def test_ordinary_messages_do_not_get_the_new_answers(crime_type, answers, said):
    assert answer(said, crime_type, **answers) not in NEW

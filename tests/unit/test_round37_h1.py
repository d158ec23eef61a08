"""Round 37 answers (helper H1): questions six role-players texted mid-assessment that got "I'm
sorry, I can't answer that one here" or the wrong text.

- George, whose aunt in a care home was stolen from by a care worker: who do I tell?
- Linda, harassed by a neighbour for months: the police said it's a civil matter, is it?
- Sam, whose landlord keeps coming in and cut off the electricity: is this even a crime?
- Dmitri, out of forced labour: my friend is still there working, what can I do for him?
- Tom, with a learning disability, his flat taken over by dealers: they're coming back Thursday.
- Priya, 17, abused by an older cousin who visits: he's coming on Sunday, what do I do?

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
    sources_above,
)

NEW = (
    "utter_who_to_tell_about_a_carer",
    "utter_police_said_civil_matter",
    "utter_landlord_harassment_crime",
    "utter_someone_still_exploited",
    "utter_when_they_come_to_the_flat",
    "utter_young_person_his_visit",
)
ALL_NEW = (*NEW, "utter_care_home_who_to_tell")
GEORGE = {
    "for_someone_else": True,
    "relationship_to_offender": "someone_known",
    "account_details": ["carer", "paid_carer"],
}
LINDA = {"relationship_to_offender": "someone_known", "account_details": ["neighbour"]}
TOM = {"impairment": True, "relationship_to_offender": "someone_known"}
PRIYA = {"age": 17, "under_18": True, "relationship_to_offender": "family_member"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 37, helper H1", ({}, {"for_someone_else": True}, {"cannot_phone": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. George: who to tell about a carer ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["who do I tell?", "who do i report a carer to", "so who should I tell", "who do i contact?"],
)
@pytest.mark.parametrize("crime_type", ["theft", "robbery", "assault", "other"])
def test_george_who_to_tell_about_the_carer(said, crime_type):
    assert answer(said, crime_type, **GEORGE) == "utter_who_to_tell_about_a_carer"


@pytest.mark.parametrize(
    "said",
    [
        "who do i report a carer to",
        "where do I report a care worker who stole from my mum?",
        "my dads carer took money from his wallet, who should i tell?",
    ],
)
def test_a_carer_named_gets_the_carer_answer_without_context(said):
    assert answer(said, "theft", for_someone_else=True) == "utter_who_to_tell_about_a_carer"


def test_a_care_home_named_gets_the_care_home_answer():
    said = "a care worker at her care home stole from her, who do i tell?"
    assert answer(said, "theft", **GEORGE) == "utter_care_home_who_to_tell"
    assert answer("who do i report a carer in a care home to", None) == (
        "utter_care_home_who_to_tell"
    )


def test_the_carer_answer_names_who_to_tell():
    for slots in ({}, {"for_someone_else": True}):
        (text,) = sendable("utter_who_to_tell_about_a_carer", **slots)
        for said in ("999", "101", "adult safeguarding", "cqc.org.uk", "manager"):
            assert said in text
    assert "Care Act 2014" in sources_above("utter_who_to_tell_about_a_carer")


@pytest.mark.parametrize(
    "said, crime_type, answers",
    [
        ("who do I tell?", "assault", {"for_someone_else": True}),  # no carer told of
        ("yes", "theft", GEORGE),
        ("she is 84 and has dementia", "theft", GEORGE),
        ("the care home is in Barnet", "theft", GEORGE),
        ("who do i tell about the threats from his brother and his friends now?", "theft", GEORGE),
        ("i am her carer, who can help me?", "theft", {"for_someone_else": True}),
        ("no, the police dont know yet", "theft", GEORGE),
    ],
)
def test_ordinary_messages_are_not_the_carer_answer(said, crime_type, answers):
    assert answer(said, crime_type, **answers) != "utter_who_to_tell_about_a_carer"


# -- 2. Linda: "the police said its a civil matter" ------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "the police said its a civil matter, is it?",
        "police told me its a civil matter?? hes been harassing me for months",
        "is it really just a civil matter? they said they cant do anything",
        "the officer said it was a neighbour dispute not a police matter, is that right?",
    ],
)
@pytest.mark.parametrize("crime_type", ["stalking_harassment", None])
def test_linda_civil_matter(said, crime_type):
    assert answer(said, crime_type, **LINDA) == "utter_police_said_civil_matter"


def test_the_civil_matter_answer_says_crime_and_asb_case_review():
    (text,) = sendable("utter_police_said_civil_matter")
    assert "Protection from Harassment Act 1997" in text and "ASB Case Review" in text
    assert "s.104" in sources_above("utter_police_said_civil_matter")


@pytest.mark.parametrize(
    "said, crime_type",
    [
        ("yes I reported it, they said it was a civil matter", "stalking_harassment"),  # an answer
        ("the bank said its a civil matter, is it?", "fraud"),
        ("is it a civil matter if he owes me money?", "theft"),
        ("yes, it has happened more than once", "stalking_harassment"),
        ("is harassment a crime?", "stalking_harassment"),
        ("can the council do anything about my neighbour?", "stalking_harassment"),
    ],
)
def test_ordinary_messages_are_not_the_civil_matter_answer(said, crime_type):
    assert answer(said, crime_type, **LINDA) != "utter_police_said_civil_matter"


# -- 3. Sam: "is this even a crime or just a landlord thing?" ---------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "is this even a crime or just a landlord thing?",
        "is it illegal for my landlord to cut off my electric?",
        "can my landlord just come in whenever he wants? is he allowed?",
        "the landlord keeps threatening to throw me out, is that against the law?",
    ],
)
@pytest.mark.parametrize("crime_type", [None, "stalking_harassment", "other"])
def test_sam_landlord_crime(said, crime_type):
    assert answer(said, crime_type) == "utter_landlord_harassment_crime"


def test_the_landlord_answer_names_the_act_and_the_council():
    (text,) = sendable("utter_landlord_harassment_crime")
    assert "Protection from Eviction Act 1977" in text and "council" in text
    assert "shelter.org.uk" in text and "999" in text


@pytest.mark.parametrize(
    "said, crime_type",
    [
        ("is this even a crime?", "stalking_harassment"),  # no landlord: the harassment answer
        ("my landlord", "stalking_harassment"),
        ("he is my landlord", None),
        ("my landlord told me to leave, what do I do?", None),
        ("my landlord ignores me about the broken window, who can fix it?", "burglary"),
        ("the landlord lives downstairs", "assault"),
    ],
)
def test_ordinary_messages_are_not_the_landlord_answer(said, crime_type):
    assert answer(said, crime_type) != "utter_landlord_harassment_crime"


def test_harassment_without_a_landlord_keeps_its_answer():
    assert answer("is this even a crime?", "stalking_harassment") == "utter_harassment_crime"
    # Round 11: what the landlord does is not said.
    said = "is what hes doing even illegal? hes my landlord"
    assert answer(said, "stalking_harassment") == "utter_harassment_crime"
    said = "my landlord told me I have to leave, I need help with where I live"
    assert answer(said, None) == "utter_told_to_leave_home"


# -- 4. Dmitri: a friend still in forced labour -----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "my friend is still there working, what can I do for him?",
        "my brother still working at the farm. how can i help him?",
        "there are other men still there, can someone get them out?",
        "i left my friends behind there, what can i do?",
    ],
)
def test_dmitri_friend_still_exploited(said):
    assert answer(said, "human_trafficking") == "utter_someone_still_exploited"


def test_the_still_exploited_answer_gives_the_helpline_and_999():
    (text,) = sendable("utter_someone_still_exploited")
    assert "08000 121 700" in text and "999" in text and "101" in text


@pytest.mark.parametrize(
    "said, crime_type",
    [
        ("my friend is still there working, what can I do for him?", "assault"),
        ("he is still there, what can i do?", "domestic_abuse"),
        ("i am still working there", "human_trafficking"),
        ("yes i am safe now", "human_trafficking"),
        ("they took my passport", "human_trafficking"),
        ("about 6 months", "human_trafficking"),
    ],
)
def test_ordinary_messages_are_not_the_still_exploited_answer(said, crime_type):
    assert answer(said, crime_type) != "utter_someone_still_exploited"


# -- 5. Tom: "they coming back thursday what do i do" -------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "they coming back thursday what do i do",
        "the dealers are coming back to my flat tomorrow, what should i do?",
        "they said they will come back on friday. what do i do",
        "what do i do when they come round again?",
    ],
)
@pytest.mark.parametrize("crime_type", ["human_trafficking", "other"])
def test_tom_when_they_come_back(said, crime_type):
    assert answer(said, crime_type, **TOM) == "utter_when_they_come_to_the_flat"


def test_the_flat_answer_says_door_999_101_and_support_worker():
    for slots in ({}, {"for_someone_else": True}):
        (text,) = sendable("utter_when_they_come_to_the_flat", **slots)
        for said in ("let them in", "999", "101", "support worker"):
            assert said in text


@pytest.mark.parametrize(
    "said, crime_type, answers",
    [
        ("they coming back thursday what do i do", "domestic_abuse", {}),
        ("they coming back thursday what do i do", "other", {}),  # no disability, no flat
        # A partner at the door (round 31, Precious): utter_partner_coming_back.
        ("my partner tried to break the door down!! can he come back, hes got keys", None, {}),
        # A child threatened by those exploiting him, or his parent: their own answers.
        (
            "they said if i dont pay by friday they come to my house, what do i do",
            None,
            {"age": 14, "under_18": True},
        ),
        ("my son is home now. but they say they come back. what I do?", "human_trafficking", {}),
        ("they come every day", "human_trafficking", TOM),
        ("yes I have a learning disability", "other", TOM),
        ("thursday", "human_trafficking", TOM),
        ("what do i do now?", "human_trafficking", TOM),
    ],
)
def test_ordinary_messages_are_not_the_flat_answer(said, crime_type, answers):
    assert answer(said, crime_type, **answers) != "utter_when_they_come_to_the_flat"


# -- 6. Priya: "hes coming on sunday what do i do" -----------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "hes coming on sunday what do i do",
        "my cousin is coming over this weekend, what should i do?",
        "he's staying at ours at christmas what do i do",
        "he will be here tomorrow. help me",
    ],
)
@pytest.mark.parametrize("crime_type", ["sexual_offence", "domestic_abuse"])
def test_priya_his_visit(said, crime_type):
    assert answer(said, crime_type, **PRIYA) == "utter_young_person_his_visit"


def test_the_visit_answer_gives_a_trusted_adult_childline_and_999():
    (text,) = sendable("utter_young_person_his_visit")
    assert "0800 1111" in text and "999" in text and "adult you trust" in text


@pytest.mark.parametrize(
    "said, crime_type, answers",
    [
        ("hes coming on sunday what do i do", "sexual_offence", {"age": 34}),  # an adult
        (
            "hes coming on sunday what do i do",
            "sexual_offence",
            {**PRIYA, "for_child": True},  # a parent writing about her child
        ),
        (
            "hes coming round tonight what do i do",
            "domestic_abuse",
            {"age": 16, "under_18": True, "relationship_to_offender": "partner_or_ex"},
        ),
        (
            "they coming back tomorrow what do i do",  # boys who robbed him: not "him"
            "robbery",
            {"age": 16, "under_18": True, "relationship_to_offender": "someone_known"},
        ),
        ("17", "sexual_offence", PRIYA),
        ("he is my cousin", "sexual_offence", PRIYA),
        ("he comes every sunday", "sexual_offence", PRIYA),
        ("no i havent told anyone", "sexual_offence", PRIYA),
    ],
)
def test_ordinary_messages_are_not_the_visit_answer(said, crime_type, answers):
    assert answer(said, crime_type, **answers) != "utter_young_person_his_visit"


# -- the new answers do not take ordinary assessment answers ---------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "yes",
        "no",
        "about 2 weeks ago",
        "i am 45",
        "Lambeth",
        "text is best",
        "yes please refer me",
        "what happens next?",
        "who will contact me?",
        "is this chat private?",
    ],
)
@pytest.mark.parametrize(
    "crime_type, answers",
    [
        ("theft", GEORGE),
        ("stalking_harassment", LINDA),
        ("human_trafficking", TOM),
        ("sexual_offence", PRIYA),
        (None, {}),
    ],
)
def test_assessment_answers_are_none_of_the_new_answers(said, crime_type, answers):
    assert answer(said, crime_type, **answers) not in ALL_NEW

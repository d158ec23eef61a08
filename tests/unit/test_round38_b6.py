"""Round 38 answers (helper B6): questions that got "I can't answer that one here", or the
wrong answer.

- Nadia, 19, made by her boyfriend to carry drugs to other towns, told she owes him: whether
  telling will get her arrested, who helps with the "debt", and what to do if he asks for
  another run.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

NEW = (
    "utter_exploited_adult_not_blamed",
    "utter_exploitation_debt_help",
    "utter_exploited_asked_again",
)
NADIA = {"relationship_to_offender": "partner_or_ex", "age": 19}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 38, helper B6", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Nadia: made to carry drugs -----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "will i be in trouble if i tell anyone? like will i get arrested for the drugs",
        "am i going to get arrested if i tell someone im carrying drugs for him",
        "will the police arrest me for carrying the packages?",
        "could i get charged for the drugs he makes me move?",
    ],
)
@pytest.mark.parametrize("crime_type", ["human_trafficking", "domestic_abuse"])
def test_an_adult_made_to_carry_drugs_gets_the_adult_answer(said, crime_type):
    assert answer(said, crime_type, **NADIA) == "utter_exploited_adult_not_blamed"


def test_before_her_age_is_asked_she_gets_the_adult_answer_too():
    said = "will i be in trouble if i tell anyone? like will i get arrested for the drugs"
    assert (
        answer(said, None, relationship_to_offender="partner_or_ex")
        == "utter_exploited_adult_not_blamed"
    )


def test_a_child_still_gets_the_childs_answer():
    said = "am i going to get arrested if i tell someone im carrying drugs for him"
    assert answer(said, "human_trafficking", age=15) == "utter_exploited_not_blamed"


@pytest.mark.parametrize(
    "said",
    [
        "is there anyone who helps with the drugs thing specifically. like the owing him money "
        "bit. he says i owe him like 2 grand now",
        "is there anyone who helps with the drugs thing specifically. like the owing him money bit",
        "who can help me with the debt he says i owe for the drugs?",
        "is there a charity for people made to do drug runs who owe money?",
    ],
)
def test_who_helps_with_the_drug_debt(said):
    for crime_type in ("human_trafficking", "domestic_abuse", None):
        assert answer(said, crime_type, **NADIA) == "utter_exploitation_debt_help"


@pytest.mark.parametrize(
    "said",
    [
        "what do i do if he asks me to do another run before they call",
        "what should i do if he tells me to do a run tomorrow?",
        "what if he makes me carry more drugs before then?",
    ],
)
def test_what_to_do_if_he_asks_for_another_run(said):
    for crime_type in ("human_trafficking", "domestic_abuse"):
        assert answer(said, crime_type, **NADIA) == "utter_exploited_asked_again"


@pytest.mark.parametrize(
    "said",
    [
        "no. i cant",
        "19",
        "yeah like every week or 2. and when i said i didnt want to he grabbed my arm",
        "will they arrest him?",
        "what do i do if he comes back?",
        "is there anyone who can help with money?",
        "will i get arrested for the drugs i took that night?",
        "i go for a run every morning, is that when he follows me?",
    ],
)
def test_ordinary_messages_do_not_get_the_exploitation_answers(said):
    for crime_type in ("human_trafficking", "domestic_abuse", "assault"):
        assert answer(said, crime_type, **NADIA) not in NEW

"""Round 50 answers (helper V2).

- Sana, 31: her daughter (7) at risk of FGM on a summer trip planned by her mother-in-law. FGM
  was never recognised, and "can someone take her passport away?" / "is there FGM protection
  order or only marriage one" got the Forced Marriage Protection Order.
- Mark, 36, learning disability, his flat used to sell drugs (cuckooing): "will i be in trouble
  with police", "how do i get them out", "if i stop the card jay will know it was me" got "I
  can't answer" or the next question.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

NEW = (
    "utter_v2_fgm_risk_child",
    "utter_v2_fgm_protection_order",
    "utter_v2_cuckoo_not_in_trouble",
    "utter_v2_cuckoo_get_them_out",
    "utter_v2_card_safely",
)
SANA = {"age": 31}
MARK = {"age": 36, "impairment": True, "relationship_to_offender": "acquaintance"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 50, helper V2", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "said",
    [
        "not me. my daughter maybe. she is 7. my husbands family want to take her back home in "
        "summer for holiday and i heard them say about doing the thing to her. the cutting. you "
        "understand",
        "i told you. they want to cut her. female circumcision. FGM. it has not happened yet i "
        "want to stop it",
        "no. why are you asking me all this. is there somebody who knows about FGM i can talk to",
        "please answer me. who can help with FGM",
        "ok. they leave in july. is there a number for FGM specially? i dont want to call general "
        "number",
        "FGM",
        "I think my niece is at risk of female genital mutilation",
    ],
)
def test_fgm_risk_to_a_girl_is_recognised(said):
    assert answer(said, None, **SANA) == "utter_v2_fgm_risk_child"


@pytest.mark.parametrize(
    "said",
    [
        "why stop hate? this is not hate. i asked about FGM protection. is there FGM protection "
        "order or only marriage one",
        "can someone take her passport away so they cant do FGM?",
        "how do i stop the trip? they want to do fgm to her",
    ],
)
def test_the_fgm_protection_order_not_the_marriage_one(said):
    assert answer(said, None, **SANA) == "utter_v2_fgm_protection_order"


@pytest.mark.parametrize(
    "said",
    [
        "i had FGM when i was a girl, can i get help for the pain",
        "he cut my hand with a knife",
        "they want me to marry my cousin, can a court stop them taking me?",
        "can someone take her passport away?",
    ],
)
def test_other_messages_do_not_get_the_fgm_answers(said):
    assert answer(said, None, **SANA) not in (
        "utter_v2_fgm_risk_child",
        "utter_v2_fgm_protection_order",
    )


@pytest.mark.parametrize(
    "said",
    [
        "will i be in trouble with police? its my flat. the drugs are not mine",
        "will the police put me in prison because of the drugs in my flat",
        "is there a name for this. jays friend called me a cuckoo",
        "they sell drugs from my flat, will i get arrested?",
    ],
)
def test_cuckooed_and_afraid_of_being_in_trouble(said):
    assert answer(said, "other", **MARK) == "utter_v2_cuckoo_not_in_trouble"


@pytest.mark.parametrize(
    "said", ["how do i get them out of my flat", "please how do i get them out"]
)
def test_how_to_get_them_out(said):
    assert answer(said, "other", **MARK) == "utter_v2_cuckoo_get_them_out"


def test_a_partner_is_not_answered_as_cuckooing():
    assert (
        answer(
            "how do i get him out of my flat",
            "domestic_abuse",
            relationship_to_offender="partner_or_ex",
        )
        != "utter_v2_cuckoo_get_them_out"
    )


def test_stopping_the_card_when_he_will_be_angry():
    said = "if i stop the card jay will know it was me. he will be angry. he hit me before"
    assert answer(said, "other", **MARK) == "utter_v2_card_safely"


@pytest.mark.parametrize(
    "said",
    [
        "i dont have staff. what about my bank card. jay has it",
        "how do i stop my card",
        "will i be in trouble for not reporting it sooner?",
        "yes",
        "36",
    ],
)
def test_other_messages_do_not_get_the_cuckooing_answers(said):
    assert answer(said, "other", **MARK) not in NEW

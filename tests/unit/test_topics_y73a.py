"""Round 73, helper y73a: topics for round 72's unanswered questions. Bola and Jamal (the
people who hurt them know where they live), Lee (nowhere to stay after leaving an abusive
boyfriend), Mariam (whether reporting means an arrest, making her ex stay away, telling her
gym) and Ruth (getting her late mother's stolen jewellery back); and other people's messages
that must not be placed on these topics."""

from __future__ import annotations

import pytest

from core.text import SMS_LIMIT
from tests.unit.known_answers import sendable
from tests.unit.known_answers import topic_answered as answered

BOLA = {
    "crime_type": "assault",
    "relationship_to_offender": "stranger",
    "for_child": True,
    "age": 16.0,
    "under_18": True,
}
JAMAL = {"crime_type": "other", "age": 17.0, "under_18": True}
LEE = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "age": 29.0,
    "gender": "man",
}
MARIAM = {
    "crime_type": "stalking_harassment",
    "relationship_to_offender": "partner_or_ex",
    "age": 27.0,
}
RUTH = {"crime_type": "burglary", "relationship_to_offender": "stranger", "age": 55.0}
ADULT_ASSAULT = {"crime_type": "assault", "relationship_to_offender": "stranger", "age": 40.0}
FRAUD = {"crime_type": "fraud", "age": 70.0}

MINE = (
    "utter_topic_offenders_come_home",
    "utter_topic_offenders_come_home_young",
    "utter_topic_nowhere_to_stay_abuse",
    "utter_topic_nowhere_to_stay",
    "utter_topic_nowhere_to_stay_young",
    "utter_topic_report_arrest",
    "utter_topic_stolen_things_back",
    "utter_topic_tell_places_you_go",
)


@pytest.mark.parametrize("name", MINE)
def test_each_answer_fits_one_sms(name):
    for gender in (None, "man", "woman"):
        for text in sendable(name, gender=gender):
            assert len(text) <= SMS_LIMIT, name


# -- 6. fear they will come to the home ------------------------------------------------------


def test_bola_scared_the_boys_come_to_the_flat_after_the_move_answer():
    text = (
        "ok. will they help us move? im scared those boys come to the flat. we're with the council"
    )
    # The moving answer first (its own topic), then, asked again, the fear of them coming.
    assert answered(text, BOLA) == "utter_n3_move_depends_on_home"
    said = frozenset({"utter_n3_move_depends_on_home"})
    assert answered(text, BOLA, said) == "utter_topic_offenders_come_home"


@pytest.mark.parametrize(
    "text",
    [
        "what should i do, the boys who did it know where we live",
        "do you think they will come back?",
        "what if they come back? im scared",
        "they know my address what do i do",
        "nah dont pass nothing. what about my mum tho she's stressing, "
        "she heard them man know where we live",
    ],
)
def test_fear_they_come_home_paraphrases(text):
    assert answered(text, ADULT_ASSAULT) == "utter_topic_offenders_come_home"


def test_a_young_person_gets_the_young_answer():
    text = "what do i do if they know where i live?"
    assert answered(text, JAMAL) == "utter_topic_offenders_come_home_young"
    assert "0800 1111" in sendable("utter_topic_offenders_come_home_young")[0]


@pytest.mark.parametrize(
    "text",
    [
        # Gwen (r71) asks whether support people would come to her house.
        "would they come to the house? i cant hear the telephone very well, "
        "my grandson does the computer",
        "will the police come back to take my statement?",
        "will the locksmith come back tomorrow?",
        "should i tell my gym? he might come back there",
    ],
)
def test_not_fear_of_them_coming_home(text):
    assert answered(text, ADULT_ASSAULT) not in {
        "utter_topic_offenders_come_home",
        "utter_topic_offenders_come_home_young",
    }


# -- 7. nowhere to stay ----------------------------------------------------------------------


def test_lee_nowhere_to_stay_gets_the_councils_duty_and_the_mens_line():
    text = "man obviously. did you read what i said about having nowhere to stay"
    assert answered(text, LEE) == "utter_topic_nowhere_to_stay_abuse"
    (for_a_man,) = sendable("utter_topic_nowhere_to_stay_abuse", gender="man")
    assert "priority need" in for_a_man and "0808 801 0327" in for_a_man
    (for_others,) = sendable("utter_topic_nowhere_to_stay_abuse", gender="woman")
    assert "0808 2000 247" in for_others


@pytest.mark.parametrize(
    "text",
    [
        "my mate wants me gone by the weekend, what do i do?",
        "where can i go if i have nowhere to stay?",
        "can the council give me emergency housing?",
        "im sofa surfing, can anyone help?",
    ],
)
def test_nowhere_to_stay_paraphrases(text):
    assert answered(text, LEE) == "utter_topic_nowhere_to_stay_abuse"
    assert answered(text, ADULT_ASSAULT) == "utter_topic_nowhere_to_stay"
    assert answered(text, JAMAL) == "utter_topic_nowhere_to_stay_young"


def test_nowhere_to_stay_not_for_a_place_to_go_for_help_or_people_like_me():
    for text in (
        "is there somewhere i can go to talk to someone?",
        "is this for people like me? im homeless",
        "where do i go to report it?",
    ):
        assert answered(text, ADULT_ASSAULT) not in {
            "utter_topic_nowhere_to_stay",
            "utter_topic_nowhere_to_stay_abuse",
        }, text


# -- 2. whether reporting means an arrest ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no. i dont want him arrested or anything, i just want it to stop. "
        "if i report it do they have to arrest him?",
        "if i did tell the police would they just go and arrest him straight away",
        "if i tell police will they arrest my dad? i dont want that",
        "would reporting it get him arrested?",
    ],
)
def test_mariam_whether_reporting_means_an_arrest(text):
    assert answered(text, MARIAM) == "utter_topic_report_arrest"


@pytest.mark.parametrize(
    "text",
    [
        "he was arrested last night, what happens now?",
        "will the police catch them?",
        "can they arrest me for hitting him back?",
    ],
)
def test_not_whether_reporting_means_an_arrest(text):
    assert answered(text, ADULT_ASSAULT) != "utter_topic_report_arrest"


# -- 3. making someone stay away -------------------------------------------------------------


def test_mariam_what_makes_him_stay_away_gets_the_order_answer():
    text = (
        "ok but what are my options? like is there something that makes him stay away without "
        "him getting arrested. a letter or a order or something"
    )
    assert answered(text, MARIAM) == "utter_topic_order_partner"
    assert answered("how do i make him leave me alone?", ADULT_ASSAULT) == "utter_topic_order_other"
    assert answered("is there anything that makes them stay away?", {}) == "utter_topic_order_any"


def test_staying_away_is_not_for_fraud_or_a_burglary():
    assert answered("how do i make them leave me alone?", FRAUD) is None
    assert answered("what are my options?", MARIAM) is None


# -- 1. stolen things back -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No, first time in 20 years living here. They took my mum's jewellery, her wedding ring "
        "and a gold locket. She died last year. I don't care about the telly, I just want those "
        "back. Is there any chance?",
        "No. That was a bit abrupt. Is there really nothing I can do to get her things back?",
        "thank you dear. will they get my watch back do you think",
        "is there any chance of getting my bike back?",
    ],
)
def test_ruth_getting_her_mothers_things_back(text):
    assert answered(text, RUTH) == "utter_topic_stolen_things_back"


def test_stolen_things_back_not_for_money_a_passport_or_abuse():
    assert answered("can i get my money back?", RUTH) != "utter_topic_stolen_things_back"
    assert answered("how do i get my passport back?", RUTH) != "utter_topic_stolen_things_back"
    # Lee's things at his ex's flat are not stolen goods to look for in pawnbrokers.
    assert answered("how do i get my stuff back from his flat?", LEE) is None
    # A young person is not told about insurance.
    assert answered("can i get my phone back tho or nah", JAMAL | {"crime_type": "robbery"}) is None


# -- 5. telling places they go ---------------------------------------------------------------


def test_mariam_should_i_tell_my_gym():
    assert (
        answered("should i tell my gym? he might come back there", MARIAM)
        == "utter_topic_tell_places_you_go"
    )
    assert answered("should i tell security at my gym?", MARIAM) == "utter_topic_tell_places_you_go"


def test_telling_places_not_for_a_burglary_or_a_young_person():
    assert answered("should i tell my gym?", RUTH) is None
    assert answered("should i tell my club?", JAMAL | {"crime_type": "stalking_harassment"}) is None
    # Telling work has its own topic.
    assert answered("should i tell my work?", MARIAM) == "utter_topic_work"

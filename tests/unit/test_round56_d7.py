"""Round 56, helper D7: basic questions refused, from children and bereaved families.

Kayden, 13, beaten up after school by older pupils who took his phone; Tyrone, 22, whose brother
was stabbed to death; Marie, whose daughter was killed by a drunk driver; Dean, 48, bitten with
his dog by a neighbour's dog and threatened by the neighbour."""

from __future__ import annotations

import pytest

from actions import account
from core.code_rules import entitlements_for
from tests.unit.known_answers import RESPONSES, numbers_not_in_directory, said_answer

KAYDEN_SAID = [
    "sum year 10s jumped me after skl and took my fone 😢 my nose was bleedin",
    "no. dont tell my mum pls she will go mad",
    "they go my skl but not my freinds",
]
KAYDEN = dict(consent=True, age=13.0, under_18=True, repeat_victimisation=True)
TYRONE_SAID = [
    "hi. my brother got stabbed 3 months ago he died. the police family liason woman just "
    "stopped calling us. nobody tells us nothing",
    "some lads from the next estate. 2 of them got charged. one of them knew my bro from school",
]
TYRONE = dict(consent=True, age=22.0, bereaved=True, account_details=["someone_died"])
MARIE_FIRST = (
    "Good evening. My daughter Chloe was killed last month by a drunk driver. She was 22. I am "
    "trying to understand what happens now and I don't know who to ask."
)
MARIE = dict(consent=True, age=55.0, bereaved=True, account_details=["someone_died", "road_crash"])
DEAN_SAID = [
    "Hi, not sure if this is the right place. My neighbours dog went for me and my little dog in "
    "the street on Tuesday. Is that even a crime?",
    "not right now no. but after, he came to my door and said if I say anything Ill regret it. "
    "Hes right next door",
]
DEAN = dict(consent=True, age=48.0, relationship_to_offender="someone_known")

NEW = [
    "utter_d7_school_tomorrow_no_phone",
    "utter_d7_no_phone_young",
    "utter_d7_support_for_bereaved_mum",
    "utter_d7_road_death_young_relative",
    "utter_d7_bereaved_young_relative",
    "utter_d7_threat_not_to_report",
    "utter_d7_vet_bill",
]


def kayden(text: str) -> str | None:
    return said_answer(text, "robbery", KAYDEN_SAID, **KAYDEN)


def tyrone(text: str) -> str | None:
    return said_answer(text, "homicide", TYRONE_SAID, **TYRONE)


def dean(text: str) -> str | None:
    return said_answer(text, "assault", DEAN_SAID, **DEAN)


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_short_and_use_directory_numbers(name):
    text = RESPONSES[name][0]["text"]
    assert len(text) <= 320
    assert numbers_not_in_directory(name) == []


# -- Kayden --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no im at home. but wat do i do tmrw at skl 😬",
        "wat do i do tmrw at skl",
        "what should i do tomorrow at school",
    ],
)
def test_school_tomorrow_without_his_phone(text):
    assert kayden(text) == "utter_d7_school_tomorrow_no_phone"
    assert "press 55" not in RESPONSES["utter_d7_school_tomorrow_no_phone"][0]["text"]


def test_school_tomorrow_in_text_speak_with_a_phone_gets_the_pupils_answer():
    said = ["this girl in year 10 said shes gonna batter me after skl"]
    got = said_answer(
        "wat do i do tmrw at skl", "assault", said, consent=True, age=14.0, under_18=True
    )
    assert got == "utter_child_threatened_by_pupils"


@pytest.mark.parametrize(
    "text", ["shud i tell a teacher", "shud i tell my form tutor", "cud i tell a teacher"]
)
def test_tell_a_teacher_in_text_speak(text):
    assert kayden(text) == "utter_l3_tell_a_teacher"


@pytest.mark.parametrize(
    "text",
    [
        "i dont hav a fone they took it. im on my tablet",
        "they took my phone im using my ipad",
        "i dont have a phone they nicked it",
    ],
)
def test_no_phone_is_answered(text):
    assert kayden(text) == "utter_d7_no_phone_young"


@pytest.mark.parametrize("text", ["wud they tell my mum?? 😟", "would they tell my parents"])
def test_would_they_tell_my_mum_gets_the_honest_young_answer(text):
    assert kayden(text) == "utter_support_parents_young"
    assert "at risk" in RESPONSES["utter_support_parents_young"][0]["text"]


def test_how_do_i_get_my_phone_back_is_not_the_no_phone_note():
    got = kayden("how do i get my fone back tho. its an iphone 13 my mum paid for it")
    assert got != "utter_d7_no_phone_young"


def test_adult_who_lost_a_phone_is_not_sent_the_childrens_answers():
    said = ["a man robbed me on the bus and took my phone"]
    got = said_answer(
        "i dont have a phone now, im on my laptop", "robbery", said, consent=True, age=34.0
    )
    assert got != "utter_d7_no_phone_young"
    assert said_answer("wud they tell my mum", "robbery", said, consent=True, age=34.0) != (
        "utter_support_parents_young"
    )


# -- Tyrone --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "english. what about my mum tho. 3rd time im asking",
        "lambeth. forget it. u aint listening about my mum",
        "whatever. yes but call my mum too not just me. her name is Gloria",
        "so is someone ringing my mum or not. Gloria. shes the one who needs it",
        "is anyone gonna ring my mum",
    ],
)
def test_support_for_his_mum_is_answered(text):
    assert tyrone(text) == "utter_d7_support_for_bereaved_mum"


def test_his_anger_still_gets_the_grief_answer_and_the_flo_answer_stays():
    assert (
        tyrone(
            "no. im just angry all the time. cant sleep. but its my mum im worried bout she dont "
            "leave the house"
        )
        == "utter_r7_angry_grief"
    )
    assert tyrone("the family liaison officer stopped calling") == "utter_flo_not_calling"
    assert (
        tyrone(
            "22. and what about court can i say something to the judge about what they done to my "
            "family. my mums in bits"
        )
        == "utter_speak_in_court_vps"
    )


def test_a_mum_who_was_killed_is_not_offered_support_as_the_mum():
    said = ["my mum was murdered last year by her boyfriend"]
    got = said_answer(
        "what about my mum's funeral, who pays",
        "homicide",
        said,
        consent=True,
        age=30.0,
        bereaved=True,
    )
    assert got != "utter_d7_support_for_bereaved_mum"


def test_mum_questions_outside_a_bereavement_are_not_this_answer():
    said = ["my mums boyfriend hits my mum"]
    got = said_answer("is anyone gonna ring my mum", "domestic_abuse", said, consent=True, age=25.0)
    assert got != "utter_d7_support_for_bereaved_mum"


# -- Marie ---------------------------------------------------------------------------------


def test_marie_account_is_a_road_crash():
    assert "road_crash" in account.read_account(MARIE_FIRST).details


@pytest.mark.parametrize(
    "text",
    [
        "Is there anyone for my son? He's 17 and won't talk to me about it.",
        "is there any support for my daughter? she's 15",
    ],
)
def test_support_for_her_son_after_a_road_death(text):
    got = said_answer(text, "homicide", [MARIE_FIRST], **MARIE)
    assert got == "utter_d7_road_death_young_relative"
    assert "0808 8000 401" in RESPONSES[got][0]["text"]


def test_support_for_a_child_after_a_murder():
    got = said_answer("is there anyone for my son? hes 14", "homicide", TYRONE_SAID[:1], **TYRONE)
    assert got == "utter_d7_bereaved_young_relative"


def test_road_death_rights_do_not_promise_cica():
    given = dict(
        crime_type="homicide",
        bereaved=True,
        reported_to_police=True,
        relationship_to_offender="stranger",
        account_details=["someone_died", "road_crash"],
    )
    text = next(e for e in entitlements_for(given) if e.id == "compensation").text
    assert "not CICA" in text and "relatives can claim" not in text
    given["account_details"] = ["someone_died"]
    text = next(e for e in entitlements_for(given) if e.id == "compensation").text
    assert "relatives can claim" in text


# -- Dean ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "and him threatening me? if I report the dog he'll know it was me",
        "not right now no. but after, he came to my door and said if I say anything Ill regret "
        "it. Hes right next door",
        "what do i do about the threat",
    ],
)
def test_threat_not_to_report_is_answered(text):
    assert dean(text) == "utter_d7_threat_not_to_report"


@pytest.mark.parametrize(
    "text",
    [
        "the vet bill was 640 quid. can I get that back off him? and I want him to stop "
        "threatening me",
        "what about the vet bill, who pays that",
        "can i claim the vets fees back",
    ],
)
def test_vet_bill_is_answered(text):
    assert dean(text) == "utter_d7_vet_bill"
    assert "small claims" in RESPONSES["utter_d7_vet_bill"][0]["text"]


def test_threat_answer_not_for_a_witness_or_a_child():
    said = ["i saw a stabbing and gave a statement. his mates said if i go to court ill regret it"]
    got = said_answer("what about the threats", "serious_violence", said, consent=True, age=30.0)
    assert got != "utter_d7_threat_not_to_report"
    said = ["a boy at school hit me and said if i tell anyone ill regret it"]
    got = said_answer(
        "what about the threat", "assault", said, consent=True, age=12.0, under_18=True
    )
    assert got != "utter_d7_threat_not_to_report"


def test_vet_words_without_a_bill_are_not_this_answer():
    assert dean("i took him to the vet") != "utter_d7_vet_bill"
    assert dean("do you know a good vet near me") != "utter_d7_vet_bill"

"""Round 50, helper V7: Nicole (a head still banging the day after a punch), Tasha (pregnant,
raised blood pressure and headaches; her boyfriend's ex, not her own), Louise (her son bitten by
a neighbour's dog, once)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_answer
from actions.reading import Turn, read_turn
from tests.unit.known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
)

PREGNANT = ["pregnant", "online"]


def test_the_new_answer_is_one_sms_with_its_source():
    assert_one_sms_with_source("utter_v7_pregnancy_headache_bp", "# -- round 50, helper V7 --")
    assert numbers_not_in_directory("utter_v7_pregnancy_headache_bp") == []


@pytest.mark.parametrize(
    "text",
    [
        "no. my heads still banging tbh and i feel a bit sick",
        "yeah id be scared. he knows where i work. also what about my head should i worry",
        "my head is still pounding from where he hit me",
        "my head's still sore, is that bad",
    ],
)
def test_a_head_still_hurting_after_a_punch_gets_checked(text):
    assert answer(text, "robbery") in ("utter_injury", "utter_head_injury_now")


@pytest.mark.parametrize(
    "text",
    [
        "no. im pregnant tho does that count. the midwife said my blood pressure was up last time",
        "im 5 months pregnant and my bp was high at my last check",
    ],
)
def test_raised_blood_pressure_in_pregnancy_goes_to_the_midwife(text):
    assert answer(text, "stalking_harassment") == "utter_v7_pregnancy_headache_bp"


@pytest.mark.parametrize(
    "text",
    [
        "can all this stress hurt the baby? ive been getting headaches",
        "i didnt fall. its headaches. and my bp was high. ok whatever ill ask the midwife. thanks",
    ],
)
def test_headaches_told_later_in_pregnancy_go_to_the_midwife(text):
    assert (
        answer(text, "stalking_harassment", account_details=PREGNANT)
        == "utter_v7_pregnancy_headache_bp"
    )


@pytest.mark.parametrize(
    "text, crime, details, expected",
    [
        (
            "im pregnant and he pushed me, is the baby ok",
            "assault",
            (),
            "utter_pregnant_after_harm",
        ),
        ("he punched me and now my head hurts, im pregnant", "assault", (), "utter_injury"),
        ("whats a crime number", "robbery", (), "utter_insurance_crime_number"),
    ],
)
def test_other_messages_keep_their_answers(text, crime, details, expected):
    assert answer(text, crime, account_details=list(details)) == expected


@pytest.mark.parametrize(
    "text",
    ["no", "no thanks", "i work from a flat with another girl", "he called me a dirty name"],
)
def test_ordinary_messages_are_not_health_answers(text):
    assert answer(text, "robbery") not in (
        "utter_injury",
        "utter_v7_pregnancy_headache_bp",
    )


@pytest.mark.parametrize(
    "text",
    [
        "its my boyfriends ex. not my ex lol. her name is Jade",
        "my bfs ex",
        "my husband's ex wife",
    ],
)
def test_a_partners_ex_is_someone_known_not_the_partner(text):
    assert read_answer("relationship_to_offender", text).value == "someone_known"


@pytest.mark.parametrize("text", ["my ex", "my boyfriend", "my ex boyfriend"])
def test_own_partner_or_ex_still_read(text):
    assert read_answer("relationship_to_offender", text).value == "partner_or_ex"


def test_a_child_afraid_the_dog_will_get_him_again_is_not_a_repeat():
    text = (
        "no were fine, he's at home with me, just shaken and keeps asking if the dog will get "
        "him again"
    )
    assert read_account(text).repeat is not True
    reading = read_turn(
        Turn(text=text, intent="deny", requested="in_danger", answers={}, asked={"in_danger": 1})
    )
    assert reading.slots.get("repeat_victimisation") is not True
    assert read_account("he hit me again last night").repeat is True


SEX_WORK = ["sex_work", "labour_told"]


def test_the_sex_work_answer_is_one_sms_with_its_source():
    assert_one_sms_with_source("utter_v7_sex_work_law", "# -- round 50, helper V7 --")
    assert numbers_not_in_directory("utter_v7_sex_work_law") == []


def test_selling_sex_is_kept_from_the_account():
    told = read_account(
        "a guy hit me and took money off me. i work in the sex industry ok. he was a client"
    )
    assert "sex_work" in told.details
    assert "sex_work" not in read_account("a guy hit me at work and took my money").details


@pytest.mark.parametrize(
    "text",
    [
        "i didnt hit him back?? im asking about the work. is it illegal what i do",
        "will i get in trouble for the work?",
    ],
)
def test_asking_if_the_work_is_illegal_gets_the_law_on_selling_sex(text):
    assert answer(text, "robbery", account_details=SEX_WORK) == "utter_v7_sex_work_law"


def test_asking_if_selling_sex_is_illegal_without_the_account():
    assert answer("is sex work illegal in the uk?", "robbery") == "utter_v7_sex_work_law"


@pytest.mark.parametrize(
    "text, details",
    [
        ("i didnt hit him back?? im asking about the work. is it illegal what i do", ()),
        ("will i get in trouble for hitting him back?", SEX_WORK),
        ("is it illegal what my boss did at work?", SEX_WORK),
        ("i work from a flat with another girl", SEX_WORK),
    ],
)
def test_other_questions_do_not_get_the_sex_work_answer(text, details):
    assert answer(text, "robbery", account_details=list(details)) != "utter_v7_sex_work_law"

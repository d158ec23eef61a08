"""Round 49 fixes (helper T6): Precious (29, a Health and Care Worker visa from her care home;
her partner slaps her and threatens to "call the home office and get me deported"), Alan (58,
his car broken into on the drive, not reported yet) and Kayla (14, a group chat mocking her
with her address posted; "maybe cos im mixed race"; "the pics arent like nudes").

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.answers import read_hate_motivated
from actions.reading import Turn, corrections, read_turn

NEW = (
    "utter_t6_own_visa_partner_threat",
    "utter_t6_partner_threatens_visa",
    "utter_t6_concession_not_for_own_visa",
    "utter_t6_free_immigration_advice",
    "utter_t6_get_group_chat_removed",
)
PRECIOUS = {"age": 29, "relationship_to_offender": "partner_or_ex", "gender": "woman"}
KAYLA = {"age": 14, "under_18": True, "relationship_to_offender": "someone_known"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 49, helper T6", ({}, {"under_18": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Precious: her own visa, his threat ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no i dont think so. you didnt answer me, can he really get me deported by calling them? "
        "my visa is from my job not from him",
        "can he cancel my visa? its a health and care worker visa",
        "he says he will get me deported but my visa is through my employer",
    ],
)
def test_a_visa_from_her_job_gets_he_cannot_cancel_it(said):
    assert answer(said, "domestic_abuse", **PRECIOUS) == "utter_t6_own_visa_partner_threat"


@pytest.mark.parametrize(
    "said",
    [
        "29. but will i lose my visa? he keeps saying he will phone them",
        "he says he will call the home office. will i lose my visa?",
    ],
)
def test_his_visa_threat_gets_an_answer_not_the_police_text(said):
    assert answer(said, "domestic_abuse", **PRECIOUS) == "utter_t6_partner_threatens_visa"


def test_the_police_sharing_question_still_gets_its_answer():
    said = (
        "no. if i go to police will they tell the home office? im on a health and care worker "
        "visa, i work in a care home. i cant lose my visa my family at home depend on me"
    )
    assert answer(said, "domestic_abuse", **PRECIOUS) == "utter_immigration"


def test_a_spouse_visa_still_gets_the_concession_answer():
    said = "im on a spouse visa, will i lose my visa if i leave him?"
    assert answer(said, "domestic_abuse", **PRECIOUS) not in (
        "utter_t6_own_visa_partner_threat",
        "utter_t6_partner_threatens_visa",
    )


def test_concession_leave_explained_as_not_for_her():
    said = (
        "what is concession leave?? apply for what? i already have my visa from the care home, "
        "he is not on my visa"
    )
    assert answer(said, "domestic_abuse", **PRECIOUS) == "utter_t6_concession_not_for_own_visa"


def test_free_immigration_advice_is_not_the_concession_answer():
    said = (
        "ok thats right. is there a free place for immigration advice for women in my situation? "
        "i dont have money for lawyer"
    )
    assert answer(said, "domestic_abuse", **PRECIOUS) == "utter_t6_free_immigration_advice"


def test_working_on_the_concession_still_gets_r1s_answer():
    said = "if i get the 3 months can i still work at the hospital?"
    assert answer(said, "domestic_abuse", **PRECIOUS) == "utter_r1_visa_work"


@pytest.mark.parametrize(
    "said",
    ["No", "29", "lewisham", "he comes home at 7 what should i do if he starts again tonight"],
)
def test_ordinary_messages_get_none_of_these(said):
    assert answer(said, "domestic_abuse", **PRECIOUS) not in NEW


# -- Alan: his car on the drive, not reported -------------------------------------------------


def test_a_car_broken_into_on_the_drive_is_a_theft_not_reported():
    found = read_account(
        "Car broken into on my driveway overnight, work laptop taken. I need a crime reference "
        "number for the insurers. How do I get one?"
    )
    assert found.crime_type == "theft"
    assert found.reported is None
    assert "labour_told" not in found.details


def test_a_car_break_in_at_the_danger_question_is_a_theft():
    reading = read_turn(
        Turn(
            text="No. It's a car break-in, not a hostage situation. Will the police actually "
            "investigate or is this a box-ticking exercise?",
            requested="in_danger",
        )
    )
    assert reading.slots.get("crime_type") == "theft"
    assert "reported_to_police" not in reading.slots


def test_a_crime_number_given_is_still_reported():
    assert read_account("someone stole my bike, the crime number is 1234").reported is True


def test_a_house_break_in_is_still_a_burglary():
    assert read_account("my house was broken into last night").crime_type == "burglary"


# -- Kayla: the group chat, racist, not nudes --------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "idk?? im at home rn. some girls in my year made a gc about me and someone put my address "
        "in it 😭 like my actual house address",
        "i just said lol. its a group chat where they post pics of me and say im ugly and stuff "
        "and then someone put where i live",
    ],
)
def test_the_group_chat_is_read_as_online_abuse(said):
    assert read_account(said).crime_type == "online_abuse"


def test_maybe_cos_im_mixed_race_with_what_they_said_is_a_yes():
    got = read_hate_motivated(
        "idk maybe cos im mixed race?? they said stuff about my hair. but what do i do if they "
        "come to my house"
    )
    assert got.value is True


def test_unsure_with_skip_stays_unsure():
    assert read_hate_motivated("Maybe because I am refugee? I dont know. skip").value is not True


@pytest.mark.parametrize(
    "said",
    [
        "the pics arent like nudes or anything!! its just normal pics they took off my insta. and "
        "i said i think its cos im mixed race",
        "its racist what they say. they call my hair a brillo pad and say other stuff",
    ],
)
def test_her_correction_that_it_is_racist_is_taken(said):
    changes = corrections(said, {**KAYLA, "crime_type": "online_abuse"})
    assert changes.get("hate_motivated") is True
    assert changes.get("hate_strand") == ["race"]


@pytest.mark.parametrize("said", ["is it racist?", "its not racist its just mean", "no"])
def test_no_hate_read_from_a_question_or_a_no(said):
    assert corrections(said, {**KAYLA, "crime_type": "online_abuse"}).get("hate_motivated") is None


@pytest.mark.parametrize(
    "said",
    ["can u make them delete the gc", "whats enhanced mean lol. and can u make them delete the gc"],
)
def test_deleting_the_group_chat_is_not_report_remove(said):
    assert answer(said, "online_abuse", **KAYLA) == "utter_t6_get_group_chat_removed"


def test_copies_of_a_nude_still_get_report_remove():
    said = "can it be deleted off everyones phones? like can someone make them"
    assert answer(said, "online_abuse", **KAYLA) == "utter_copies_on_phones"
    said = "can u make them delete the nudes off their phones"
    assert answer(said, "online_abuse", **KAYLA) == "utter_copies_on_phones"

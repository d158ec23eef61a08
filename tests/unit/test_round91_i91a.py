"""Round 91, helper i91a: Kayla (17), a fake nude made of her with an AI app and shared in group
chats, asked four times "is it even illegal if its fake"; Ben (14), whose beating was filmed
and shared on Snapchat, was told "don't post it online" and never how to get it taken down."""

from __future__ import annotations

import pytest

from tests.unit.conftest import responses
from tests.unit.known_answers import responses_in_conversation, sendable
from tests.unit.test_assessment_form import STARTED, run_validation

KAYLA_OPENING = (
    "theres this boy at college and he made a fake nude of me with one of those ai apps and now "
    "its going round all the group chats. i want to die honestly everyone has seen it"
)


async def test_kaylas_does_it_count_beside_her_age_is_answered(dispatcher, domain):
    await run_validation(
        dispatcher, domain,
        slots={**STARTED, "crime_type": "online_abuse", "reported_to_police": False,
               "account_details": ["intimate_images"]},
        text="17. u didnt answer, does it count if its fake", requested_slot="age",
    )  # fmt: skip
    assert "utter_i91a_fake_image_crime_young" in responses(dispatcher)


KAYLA_TAKEDOWN = (
    "no just this. ok so how do i actually get it deleted off everyones phones, its in like 4 "
    "group chats on snap and whatsapp"
)


async def test_kaylas_no_beside_the_takedown_question_is_kept(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain,
        slots={**STARTED, "crime_type": "online_abuse", "reported_to_police": False, "age": 17.0,
               "under_18": True, "relationship_to_offender": "someone_known",
               "account_details": ["intimate_images"]},
        text=KAYLA_TAKEDOWN, requested_slot="repeat_victimisation", intent="inform",
    )  # fmt: skip
    assert slots.get("repeat_victimisation") is False
    assert slots.get("requested_slot") != "repeat_victimisation"
    assert "utter_confirm_delete" not in responses(dispatcher)


@pytest.mark.parametrize(
    "text",
    ["no im not gonna do anything its just a saying. im just so embarassed. is it even illegal if "
     "its fake??", "is it even illegal if its fake??"],
)  # fmt: skip
def test_kaylas_first_is_it_illegal_if_its_fake_says_yes_even_if_fake(text):
    got = responses_in_conversation(
        text, "online_abuse", [KAYLA_OPENING], account_details=["intimate_images"]
    )
    assert got[0] == "utter_i91a_fake_image_crime"
    said = sendable("utter_i91a_fake_image_crime")[0]
    assert said.startswith("Yes, even if it's fake.")
    assert "Report Remove" in said and "Revenge Porn Helpline" in said and "66B" in said


def test_kaylas_does_that_still_count_gets_both_answers():
    text = (
        "no. but its FAKE its not even my body. does that still count? and if i go police will "
        "they tell my mum"
    )
    got = responses_in_conversation(
        text, "online_abuse", [KAYLA_OPENING], account_details=["intimate_images"]
    )
    assert got[0] == "utter_i91a_fake_image_crime"
    assert "utter_n6_police_tell_family" in got


@pytest.mark.parametrize(
    "text",
    ["17. u didnt answer, does it count if its fake",
     "yeah hes in my year at college. hello?? is it illegal or not if its a fake pic"],
)  # fmt: skip
def test_kayla_at_17_is_told_a_fake_counts_as_an_image_of_a_child(text):
    got = responses_in_conversation(
        text, "online_abuse", [KAYLA_OPENING], age=17.0, under_18=True,
        account_details=["intimate_images"],
    )  # fmt: skip
    assert got[0] == "utter_i91a_fake_image_crime_young"
    said = sendable("utter_i91a_fake_image_crime_young")[0]
    assert said.startswith("Yes, even though it's fake.") and "Report Remove" in said
    assert "Revenge Porn" not in said


def test_an_adult_is_told_s66b_covers_a_fake_and_the_adult_services():
    got = responses_in_conversation(
        "is it illegal if its a deepfake of me?", "online_abuse", [], age=24.0, under_18=False,
        account_details=["intimate_images"],
    )  # fmt: skip
    assert got[0] == "utter_i91a_fake_image_crime_adult"
    said = sendable("utter_i91a_fake_image_crime_adult")[0]
    assert "66B" in said and "StopNCII" in said and "Report Remove" not in said


@pytest.mark.parametrize(
    "text",
    ["is it illegal to post a fake review about my business", "is this fake account illegal?",
     "the police said its a fake number, is that illegal"],
)  # fmt: skip
def test_other_fakes_are_not_the_image_answer(text):
    got = responses_in_conversation(text, "fraud", [], age=40.0)
    assert not any(name and name.startswith("utter_i91a_fake_image") for name in got)


def test_the_new_answers_fit_one_sms_and_name_sources():
    from tests.unit.known_answers import DOMAIN, sources_above

    for name in ("utter_i91a_fake_image_crime", "utter_i91a_fake_image_crime_young",
                 "utter_i91a_fake_image_crime_adult"):  # fmt: skip
        assert all(len(said) <= 320 for said in sendable(name))
        assert "SOURCES" in sources_above(name, DOMAIN / "responses_topics.yml")


def test_a_fake_account_posting_ordinary_photos_is_not_the_image_answer():
    got = responses_in_conversation(
        "theres a fake account posting my photos, is that illegal?", "online_abuse", [],
        age=20.0,
    )  # fmt: skip
    assert not any(name and name.startswith("utter_i91a_fake_image") for name in got)

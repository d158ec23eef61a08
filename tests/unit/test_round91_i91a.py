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
                 "utter_i91a_fake_image_crime_adult", "utter_i91a_their_video_down"):  # fmt: skip
        assert all(len(said) <= 320 for said in sendable(name))
        assert "SOURCES" in sources_above(name, DOMAIN / "responses_topics.yml")


def test_a_fake_account_posting_ordinary_photos_is_not_the_image_answer():
    got = responses_in_conversation(
        "theres a fake account posting my photos, is that illegal?", "online_abuse", [],
        age=20.0,
    )  # fmt: skip
    assert not any(name and name.startswith("utter_i91a_fake_image") for name in got)


BEN_OPENING = (
    "no im at home. some year 11s jumped me at the park on saturday and one of them filmed it "
    "and now its going round everyone at school on snap. everyone has seen it. can i get it "
    "taken down"
)
BEN_SAID = [
    BEN_OPENING,
    "no. do i have to tell my mum and dad? i dont want them to know its so embarrasing",
    "14",
    "sort of they go to my school but theyre older. there was 3 of them. i got a black eye and my "
    "lip was bleeding",
    "they said stuff before in the corridor but never hit me before. now they keep sending me the "
    "video and laughing",
]
BEN_AGE = {"age": 14.0, "under_18": True}


def test_bens_opening_takedown_question_is_answered_before_his_age_is_known():
    assert responses_in_conversation(BEN_OPENING, "assault", [])[0] == (
        "utter_l3_attack_videos_down"
    )


def test_bens_what_about_the_video_is_the_takedown_not_sending_his_own_video():
    got = responses_in_conversation(
        "but what about the video?? thats the main thing. everyone keeps sharing it", "assault",
        BEN_SAID, results_shown=True, **BEN_AGE,
    )  # fmt: skip
    assert got[0] == "utter_l3_attack_videos_down"
    assert "utter_send_video_evidence" not in got


def test_bens_they_posted_it_gets_a_sorry_and_how_to_get_it_gone():
    got = responses_in_conversation(
        "i dont have the video its THEM who posted it. its me getting beat up. i want it GONE not "
        "send it to police", "assault", BEN_SAID, results_shown=True, **BEN_AGE,
    )  # fmt: skip
    assert got[0] == "utter_i91a_their_video_down"
    said = sendable("utter_i91a_their_video_down", **BEN_AGE)[0]
    assert said.startswith("Sorry, I got that wrong: they posted it, not you.")
    assert "report button" in said and "Childline" in said and len(said) <= 320


def test_bens_getting_the_video_gone_is_the_takedown():
    got = responses_in_conversation("getting the video gone", "assault", BEN_SAID, **BEN_AGE)
    assert got[0] == "utter_l3_attack_videos_down"


def test_an_adult_sending_their_own_video_still_gets_how_to_send_it():
    got = responses_in_conversation(
        "i filmed it on my phone, how do i send the video to the police?", "assault", [],
        age=30.0, under_18=False,
    )  # fmt: skip
    assert not any(name and name.startswith(("utter_i91a", "utter_l3_attack")) for name in got)

"""Round 91, helper k91b: getting images and videos down, and anonymity, answered for the wrong
situation. Priti (26), whose ex sent her intimate photos to her family's WhatsApp group, was told
to use the report button on Instagram and, asking if she could stay anonymous, got the answer
for an unknown account; Rashid (27), racially abused on the Tube, whose attack a stranger put on
TikTok, asked three times how to get it taken down and was told "I can't answer"."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import responses_in_conversation, sendable

PRITI_OPENING = (
    "hi. i dont even know if this is a crime. my ex sent private photos of me to my family "
    "whatsapp group after i left him. like intimate ones. my whole family has seen them"
)
PRITI = {"account_details": ["intimate_images"], "relationship_to_offender": "partner_or_ex"}
PRITI_ADULT = {**PRITI, "age": 26.0, "under_18": False}


def test_priti_getting_photos_off_a_private_group_is_not_the_report_button():
    got = responses_in_conversation(
        "not diagnosed but ive been having panic attacks since, i cant stop crying. how do i get "
        "the photos off the group? my aunties have probably saved them", "online_abuse",
        [PRITI_OPENING], **PRITI_ADULT,
    )  # fmt: skip
    assert got[0] == "utter_k91b_images_in_private_group"
    said = sendable("utter_k91b_images_in_private_group")[0]
    assert "Instagram" not in said and "report button" not in said
    assert "0345 6000 459" in said and "66B" in said and len(said) <= 320


def test_priti_its_whatsapp_not_instagram_gets_the_private_group_answer():
    got = responses_in_conversation(
        "its whatsapp not instagram, its a private family group. someone to talk to i guess. and "
        "help with my family idk", "online_abuse", [PRITI_OPENING], **PRITI_ADULT,
    )  # fmt: skip
    assert got[:1] == ["utter_k91b_images_in_private_group"]


def test_pictures_posted_on_instagram_still_get_the_report_button():
    got = responses_in_conversation(
        "how do i get the photos taken down?", "online_abuse",
        ["my ex posted intimate photos of me on instagram"], **PRITI_ADULT,
    )  # fmt: skip
    assert got[:1] == ["utter_n3_images_take_down"]


PRITI_ANONYMOUS = (
    "no not yet. if i report it can i stay anonymous? i cant have this in the papers or people in "
    "the community knowing. and will he find out it was me who reported"
)


@pytest.mark.parametrize("known", [PRITI, {"account_details": ["intimate_images"]}])
def test_priti_staying_anonymous_is_her_anonymity_and_whether_he_will_know(known):
    got = responses_in_conversation(PRITI_ANONYMOUS, "online_abuse", [PRITI_OPENING], **known)
    assert "utter_q41_report_unknown_account" not in got
    assert got == ["utter_sexual_offence_anonymity", "utter_k91b_he_may_know"]
    said = sendable("utter_k91b_he_may_know")[0]
    assert "he may work out it was you" in said and "Crimestoppers" not in said


def test_an_anonymous_account_still_gets_the_unknown_account_answer():
    got = responses_in_conversation(
        "an anonymous account keeps posting about me, can i report it to the police?",
        "online_abuse", [], age=30.0, under_18=False,
    )  # fmt: skip
    assert got[:1] == ["utter_q41_report_unknown_account"]


RASHID_OPENING = (
    "hi some guy on the central line spat at me and called me a p*ki and now someones put the "
    "video on tiktok and its got like 40k views. my face is all over it"
)
RASHID_SAID = [
    RASHID_OPENING,
    "no im home now. its more the video thats doing my head in, can the video be used as "
    "evidence? but i also want it taken down cos people are commenting stuff about me",
    "i didnt post it some random did. and it was on the tube not the street, isnt that british "
    "transport police not the met? i texted that 61016 number yesterday and they gave me a "
    "reference",
]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("27. but how do i get the tiktok taken down?? my mum saw it, my work mates have seen it",
         {}),
        ("ok but nobody has told me how to get the tiktok down. do i report it to tiktok or do the "
         "police do that? if they take it down can they still use it as evidence",
         {"age": 27.0, "under_18": False}),
    ],
)  # fmt: skip
def test_rashid_getting_the_tiktok_down_is_answered_with_btp_first(text, age):
    got = responses_in_conversation(text, "assault", RASHID_SAID, reported_to_police=True, **age)
    assert got[:1] == ["utter_k91b_stranger_video_down_btp"]
    said = sendable("utter_k91b_stranger_video_down_btp")[0]
    assert "61016" in said and "report button" in said and "still ask TikTok" in said
    assert said.index("61016") < said.index("report button") and len(said) <= 320


def test_rashids_first_video_question_is_not_sending_his_own_video():
    got = responses_in_conversation(RASHID_SAID[1], "assault", [RASHID_OPENING])
    assert got[:1] == ["utter_k91b_stranger_video_down_btp"]
    assert "utter_send_video_evidence" not in got


def test_an_adults_tiktok_of_an_attack_in_the_street_is_for_the_met():
    got = responses_in_conversation(
        "how do i get the tiktok taken down?", "assault",
        ["a man punched me outside a pub in hackney and someone put it on tiktok"], age=30.0,
        under_18=False,
    )  # fmt: skip
    assert got[:1] == ["utter_k91b_stranger_video_down"]


def test_a_young_persons_attack_video_keeps_the_childrens_answer():
    got = responses_in_conversation(
        "how do i get the tiktok taken down?", "assault",
        ["some girls at school hit me and put it on tiktok"], age=14.0, under_18=True,
    )  # fmt: skip
    assert got[:1] == ["utter_l3_attack_videos_down"]


async def test_rashids_age_and_tiktok_question_in_the_form(dispatcher, domain):
    from tests.unit.conftest import responses
    from tests.unit.test_assessment_form import STARTED, run_validation

    slots = await run_validation(
        dispatcher, domain,
        slots={**STARTED, "crime_type": "assault", "reported_to_police": True},
        text="27. but how do i get the tiktok taken down?? my mum saw it, my work mates have seen "
        "it", requested_slot="age",
    )  # fmt: skip
    # No earlier messages here, so not known to be on the Tube: the Met's version.
    assert "utter_k91b_stranger_video_down" in responses(dispatcher)
    assert "utter_question_beside_answer" not in responses(dispatcher)
    assert slots.get("age") == 27.0

"""Round 90 findings fixed in round 91, helper i91d: Harjit (gurdwara graffiti and a smashed
window, the second time), Rosa (Colombian cleaner whose boss keeps her passport) and Amira
(sexually assaulted by a Bolt driver)."""

from __future__ import annotations

import pytest

from actions.answers import read_answer
from tests.unit.known_answers import responses_in_conversation, sendable

HARJIT_FIRST = (
    "Good afternoon. I am writing on behalf of the committee of our gurdwara in Hounslow. Last "
    "night someone sprayed offensive anti-Sikh graffiti on the outside wall and smashed one of "
    "the front windows. This is the second time this year."
)


# -- Harjit S1: his CCTV question got the answer meant for graffiti ----------------------------


@pytest.mark.parametrize("crime_type", ["criminal_damage", "hate_crime"])
def test_harjit_cctv_question_is_not_about_the_graffiti(crime_type):
    said = responses_in_conversation(
        "We do not know who did it. We have CCTV on the building, and I believe it captured a "
        "figure, but the picture is not very clear. Should we give the footage to the police, "
        "and how do we do that?",
        crime_type,
        [HARJIT_FIRST],
        hate_motivated=True,
    )
    assert said[:1] == ["utter_own_cctv_save"]


def test_graffiti_photo_question_still_answered():
    said = responses_in_conversation(
        "Should I take photos of it before I clean the graffiti?", "criminal_damage", []
    )
    assert said[:1] == ["utter_j6_graffiti_before_cleaning"]


# -- Harjit S2: a Punjabi interpreter put on him when he did not ask for one ------------------


@pytest.mark.parametrize(
    "text",
    [
        "English is fine for me. Some of the elders would prefer Punjabi.",
        "English is fine. Many of our members only speak Punjabi",
        "English please, the elders would prefer Punjabi",
    ],
)
def test_harjit_elders_language_is_not_his(text):
    assert read_answer("language", text).value == "english"


@pytest.mark.parametrize("text", ["Punjabi please", "English is ok but I prefer Punjabi"])
def test_own_language_still_read(text):
    assert read_answer("language", text).value == "punjabi"


# -- Rosa S1: her boss, who runs a cleaning company, read as "the family" -----------------------

ROSA_TOLD = [
    "no danger now, i am in my room. but my boss he not pay me 3 months and he have my passport, "
    "he say if i complain he call immigration"
]
ROSA_PAY = (
    "no. no police please. can i get my money back? 3 months is £3600 he owe me. i clean his "
    "offices and his house"
)


def test_rosa_pay_owed_by_her_boss_is_not_the_familys():
    said = responses_in_conversation(ROSA_PAY, "modern_slavery", ROSA_TOLD)
    assert said[:1] == ["utter_y73e_unpaid_pay_boss"]


def test_rosa_correction_not_family_gets_the_boss_answer():
    said = responses_in_conversation(
        "yes every month he say next week next week. and he shout me. what is family? is not "
        "family, is my boss, one man, he have company cleaning",
        "modern_slavery",
        [*ROSA_TOLD, ROSA_PAY],
    )
    assert said[:1] == ["utter_y73e_unpaid_pay_boss"]


def test_domestic_worker_for_a_family_keeps_the_family_answer():
    said = responses_in_conversation(
        "please, can I get my money? 1 month, 640 pound",
        "modern_slavery",
        ["I am cleaner for a family, they not pay me one month"],
    )
    assert said[:1] == ["utter_w8_unpaid_pay"]


# -- Rosa S3: "he still have my passport, what i do tomorrow at work" got only the call's time ---

ROSA_REFERRED = dict(
    referral_consent=True, contact_method="call", case_reference="VC-9WQ9AP", assessment_done=True
)


def test_rosa_when_they_call_and_tomorrow_at_work_both_answered():
    said = responses_in_conversation(
        "thank you. when they call me? today? and he still have my passport, what i do tomorrow "
        "at work",
        "modern_slavery",
        [*ROSA_TOLD, ROSA_PAY],
        **ROSA_REFERRED,
    )
    assert said == ["utter_u1_they_will_ring", "utter_i91d_passport_held_at_work"]
    for text in sendable("utter_i91d_passport_held_at_work"):
        assert "08000 121 700" in text and len(text) <= 320


def test_tomorrow_at_work_without_a_passport_held_is_not_this_answer():
    said = responses_in_conversation("what do i do tomorrow at work", "domestic_abuse", [])
    assert "utter_i91d_passport_held_at_work" not in said


# -- Amira S1: "staff or security where you live" said to someone in a flat; Bolt unanswered ----

AMIRA_TOLD = [
    "hi. something happened last night in an uber. not uber, bolt. the driver",
    "im home. he touched me and did stuff i didnt want. i havent showered. i dont know if i want "
    "to go to police",
]


def test_amira_bolt_and_home_fear_both_answered_without_staff():
    said = responses_in_conversation(
        "no never seen him before. should i report him to bolt? im scared he knows where i live he "
        "dropped me home",
        "sexual_offence",
        AMIRA_TOLD,
    )
    assert said == ["utter_v4_cab_firm", "utter_i91d_knows_where_i_live_home"]
    for text in sendable("utter_i91d_knows_where_i_live_home"):
        assert "staff" not in text and "security" not in text and len(text) <= 320


def test_halls_still_get_staff_or_security():
    said = responses_in_conversation(
        "he already knows where i live",
        "sexual_offence",
        ["a minicab driver touched me, he dropped me at my halls"],
    )
    assert said[:1] == ["utter_v4_knows_where_i_live"]

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


# -- Harjit S3: his note that it concerns the whole congregation was never said to be kept ------

HARJIT_NOTE = (
    "Yes, it is safe. Please telephone me, weekdays between 10am and 4pm. Please note in the "
    "referral that it concerns the whole congregation and that some elders need Punjabi."
)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (HARJIT_NOTE, ["community_affected", "others_interpreter"]),
        (
            "A small correction: I do not need an interpreter myself, my English is fine. The "
            "Punjabi is for some of the elderly members of the congregation. Will the note about "
            "the congregation be passed on?",
            ["community_affected"],
        ),
        (
            "Thank you. You did not answer my question: will the support team know that this "
            "concerns the whole congregation and that the elders would need Punjabi?",
            ["community_affected", "others_interpreter"],
        ),
        ("Is there any support available for them as a community, not only for me?", []),
        ("Many of our elderly members are now frightened to come to the evening prayers.", []),
    ],
)
def test_harjit_congregation_note_read(text, codes):
    from actions.reading import community_notes_said

    assert community_notes_said(text) == codes


def test_harjit_note_given_during_the_questions_is_kept():
    from actions.assessment_form import u86c_notes_noted
    from core import contact_notes

    answers: dict = {"referral_consent": True, "said": [HARJIT_FIRST, HARJIT_NOTE]}
    u86c_notes_noted(answers)
    assert answers["contact_notes"] == ["community_affected", "others_interpreter"]
    for code in answers["contact_notes"]:
        assert code in contact_notes.SAID and code in contact_notes.FOR_WORKER


def test_harjit_asking_if_the_note_is_passed_on_is_told_yes(monkeypatch):
    from rasa_sdk.executor import CollectingDispatcher

    from actions import dialogue
    from tests.unit.conftest import make_tracker

    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)
    slots = {
        "consent": True,
        "assessment_done": True,
        "results_shown": True,
        "referral_consent": True,
        "contact_safe": True,
        "contact_method": "call",
        "contact_details": "02079460832",
        "contact_times": "weekdays, between 10am and 4pm",
        "crime_type": "hate_crime",
        "case_reference": "VC-W8CCY8",
        "language": "english",
    }
    text = (
        "Thank you. You did not answer my question: will the support team know that this "
        "concerns the whole congregation and that the elders would need Punjabi?"
    )
    tracker = make_tracker(slots, text=text, intent="inform", active_loop=None)
    dispatcher = CollectingDispatcher()
    events = dialogue._f5_after_result(dispatcher, tracker, text) or []
    said = [m.get("response") for m in dispatcher.messages]
    assert said[:1] in (["utter_f5_note_added"], ["utter_f5_note_kept"])
    assert "congregation" in str(dispatcher.messages[0].get("note"))
    notes = [e["value"] for e in events if e.get("name") == "contact_notes"]
    assert notes and "community_affected" in notes[-1]

"""Round 48 answers and readings (helper S7).

- Sylvia, 63, whose son (35) takes her money and grabbed her arm: the lodger answer and the
  eviction answer for a son who does not live with her; "Is it domestic abuse when it's your own
  child?" ignored, then answered with a passport; "No I'm not 35, HE is 35. I'm 63" taken as a
  no to being referred; "He is the one doing it. To me" not taken as a correction.
- Noor, 27, harassed at work: "What can my employer be required to do" ignored four times.
- Frank, 74: his wife's hip "very purple" got "I can't answer"; the shop's CCTV got the
  doorbell-camera answer.
"""

from __future__ import annotations

import pytest
from known_answers import (
    ORGANISATIONS,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
)

from actions.questions import known_answer
from actions.reading import Turn, corrections, read_turn

NEW = (
    "utter_s7_hip_hurt_check_now",
    "utter_s7_da_by_own_child",
    "utter_s7_employer_must_act",
    "utter_s7_ask_shop_keep_cctv",
)
SYLVIA = {"age": 63, "relationship_to_offender": "family_member", "gender": "woman"}
FRANK = {"for_someone_else": True, "age": 72, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 48, helper S7", ({}, {"for_someone_else": True}, {"under_18": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Sylvia ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "crime", "told"),
    [
        (
            "No I haven't and I don't want to. He doesn't stay here. Is it domestic abuse when "
            "it's your own child? He's a grown man but he's still my boy",
            None,
            {},
        ),
        (
            "I didn't say no to that, I was correcting my age. I might want someone to ring me. "
            "But I still want to know, does it count as domestic abuse if it's my son?",
            "domestic_abuse",
            SYLVIA,
        ),
        ("Mornings. Is it domestic abuse when it's your own child?", "domestic_abuse", SYLVIA),
        ("is it domestic abuse if my daughter hits me? shes 30", None, {}),
        ("is it still domestic abuse? he's family", "domestic_abuse", SYLVIA),
    ],
)
def test_abuse_by_a_grown_up_child_is_domestic_abuse(said, crime, told):
    assert answer(said, crime, **told) == "utter_s7_da_by_own_child"


@pytest.mark.parametrize(
    "said",
    [
        "He's not here at the moment. He doesn't live with me, he comes round when he needs money",
        "I'm sorry I don't understand, he's not my landlord, he's my son. It's my own flat. He's "
        "35. He takes money from my purse and when I said no last week he shouted he would smash "
        "the place up and he grabbed my arm",
    ],
)
def test_a_son_who_visits_gets_no_lodger_or_eviction_answer(said):
    assert answer(said, None) not in (
        "utter_r4_landlord_lives_elsewhere",
        "utter_q3_guest_must_leave",
    )


def test_a_landlord_who_lives_elsewhere_still_gets_the_lodger_answer():
    said = "What is lodger? He not live here, he live other house. We are 5 people"
    assert answer(said, None) == "utter_r4_landlord_lives_elsewhere"


def test_correcting_her_age_at_the_referral_question_is_no_refusal():
    turn = Turn(
        text="No I'm not 35, HE is 35. I'm 63",
        requested="referral_consent",
        answers={"crime_type": "domestic_abuse", "age": 35.0, "results_shown": True},
        asked={"referral_consent": 1},
    )
    reading = read_turn(turn)
    assert reading.slots.get("age") == 63
    assert reading.slots.get("referral_consent") is not False


@pytest.mark.parametrize("said", ["no", "no thanks", "no im not interested"])
def test_a_plain_no_at_the_referral_question_still_declines(said):
    turn = Turn(
        text=said,
        intent="deny",
        requested="referral_consent",
        answers={"crime_type": "domestic_abuse", "age": 63.0, "results_shown": True},
        asked={"referral_consent": 1},
    )
    assert read_turn(turn).slots.get("referral_consent") is False


def test_he_is_the_one_doing_it_to_me_makes_her_the_victim():
    said = "He is the one doing it. To me. I'm his mother, I'm 63"
    told = {"crime_type": "domestic_abuse", "for_someone_else": True, "age": 35.0}
    assert corrections(said, told).get("for_someone_else") is False


# -- Noor -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "He is not stalking me. He is a colleague. Question 3: what is my employer legally "
        "required to do?",
        "These are stalking services. It is not stalking. Is there an organisation that deals "
        "specifically with harassment at work, and with what my employer must do?",
        "English. You answered questions 1 and 2. You did not answer question 3 about my employer.",
        "what are my employer's duties here",
    ],
)
def test_what_an_employer_must_do(said):
    assert answer(said, "stalking_harassment") == "utter_s7_employer_must_act"


def test_her_numbered_questions_get_the_crime_and_the_employer_answers():
    said = (
        "Information. Specifically: 1. Is this a crime. 2. What is the name of the offence. "
        "3. What can my employer be required to do."
    )
    say = known_answer(
        said,
        "stalking_harassment",
        ORGANISATIONS,
        answers={"crime_type": "stalking_harassment"},
    )
    assert say is not None
    got = {say.response, *(then.response for then in say.then)}
    assert got == {"utter_s7_employer_must_act", "utter_harassment_crime"}


@pytest.mark.parametrize(
    "said",
    [
        "do i have to tell my work?",
        "should i tell HR",
        "will my employer find out",
        "my manager said she would have a word",
        "No. I have told my line manager by email on 3 March.",
    ],
)
def test_other_work_messages_do_not_get_the_employer_answer(said):
    assert answer(said, "stalking_harassment") != "utter_s7_employer_must_act"


# -- Frank ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Thank you. Her hip has gone very purple and she cried out getting into her chair just "
        "now. Should I take her to A&E tonight or wait for the GP?",
        "his hip is really swollen since he fell, should he go to hospital?",
        "my hip hurts so much i cant stand, do i need a doctor",
    ],
)
def test_a_painful_hip_after_a_fall_gets_checked_now(said):
    assert answer(said, "assault", **FRANK) == "utter_s7_hip_hurt_check_now"


@pytest.mark.parametrize(
    "said",
    [
        "Yes that's fine. I'm worried the supermarket will wipe the CCTV. Will they keep it?",
        "Thank you. About the CCTV, can I ask Sainsburys myself to keep it, or does it have to be "
        "the police? I don't want it wiped before they get round to it",
        "No I don't mean my own camera. The supermarket's cameras. Can I ask the shop to save the "
        "footage of Margaret being pushed?",
        "You're not listening. How long does Sainsburys keep its tapes?",
    ],
)
def test_the_shops_cctv_gets_the_ask_the_shop_answer(said):
    assert answer(said, "assault", **FRANK) == "utter_s7_ask_shop_keep_cctv"


@pytest.mark.parametrize(
    "said",
    [
        "can i put a camera on my house?",
        "the bus cctv, will they keep it?",
        "She's 72, I said. I'm 74.",
        "A stranger. Big man in a grey coat, maybe 40s.",
        "Bromley",
    ],
)
def test_other_messages_get_neither_frank_answer(said):
    assert answer(said, "assault", **FRANK) not in (
        "utter_s7_ask_shop_keep_cctv",
        "utter_s7_hip_hurt_check_now",
    )

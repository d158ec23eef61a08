"""Round 48 answers and readings (helper S2): Pete (robbed once by strangers, eye still blurry),
Marta (Polish cleaner, grabbed by a client's husband) and Shanice (stalked by her ex), each with
their own words, and ordinary messages that must not change."""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.answers import read_answer
from actions.reading import corrections

NEW = (
    "utter_s2_eye_optician",
    "utter_s2_report_and_work",
    "utter_s2_back_to_that_house",
    "utter_s2_address_with_police",
    "utter_s2_not_only_rape",
    "utter_s2_how_he_finds_you",
)
PETE = {"age": 45, "relationship_to_offender": "stranger", "reported_to_police": True}
MARTA = {"age": 52, "relationship_to_offender": "acquaintance", "language": "polish"}
SHANICE = {"age": 24, "relationship_to_offender": "partner_or_ex", "repeat_victimisation": True}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 48, helper S2")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Pete ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "A&E?? ffs its been 4 days. theyll make me wait 8 hours. cant i just go to specsavers",
        "nah. u didnt answer me tho. specsavers or not",
        "can i go to an optician instead for my eye",
    ],
)
def test_an_optician_for_a_hurt_eye_gets_a_straight_answer(said):
    assert answer(said, "robbery", **PETE) == "utter_s2_eye_optician"


@pytest.mark.parametrize(
    "said",
    [
        "ok. the not sleepin thing is doin my head in. is that normal. i dont want a shrink or "
        "nothing",
        "is it normal to keep replayin it in my head",
        "im not sleepy i CANT sleep. theres a difference. keep replaying it",
    ],
)
def test_not_sleeping_and_replaying_it_is_not_a_head_injury(said):
    assert answer(said, "robbery", **PETE) == "utter_flashbacks_ptsd"


def test_a_real_head_injury_still_gets_the_warning():
    said = "my head is really thumping now and i was just sick, is that normal"
    assert answer(said, "robbery", **PETE) == "utter_head_injury_now"


@pytest.mark.parametrize(
    "said",
    [
        "its been 4 days",
        "A&E?? ffs its been 4 days. theyll make me wait 8 hours. cant i just go to specsavers",
    ],
)
def test_days_since_it_happened_is_not_more_than_once(said):
    assert read_answer("repeat_victimisation", said).value is not True


@pytest.mark.parametrize("said", ["been like 4 months", "yes", "its been going on for weeks"])
def test_going_on_a_long_time_is_still_more_than_once(said):
    assert read_answer("repeat_victimisation", said).value is True


# -- Marta -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no. i am afraid. i have no contract, only cash. if i go police, i lose work? the wife she "
        "give me other clients also",
        "sorry i dont understand. i not have injury. i ask, if i tell police, the family know "
        "it is me and i lose my job?",
        "ok. but my question. if i report, the wife know? i lose all my houses? i need money for "
        "my son in poland",
    ],
)
def test_will_reporting_cost_her_work(said):
    assert answer(said, "sexual_offence", **MARTA) == "utter_s2_report_and_work"


def test_going_back_to_the_house_tomorrow():
    said = "thank you. last question, tomorrow i must clean in this house again. what i do?"
    assert answer(said, "sexual_offence", **MARTA) == "utter_s2_back_to_that_house"


@pytest.mark.parametrize(
    "said",
    [
        "what is evidence? i dont go to court i think. i ask, police need my address? i live in "
        "shared house, landlord is not so good, i dont want problem",
        "ealing. i dont understand, what new address? i not move. he know only the house where i "
        "clean",
    ],
)
def test_police_and_her_address(said):
    assert answer(said, "sexual_offence", **MARTA) == "utter_s2_address_with_police"


def test_a_moved_stalking_victim_still_gets_the_court_papers_answer():
    said = "if it goes to court will he be able to see my new address on the court papers?"
    assert answer(said, "stalking_harassment", age=30) == "utter_j3_address_in_court"


def test_not_rape_only_touched_keeps_the_sexual_assault_and_answers():
    said = "rape? no, he not rape me. only touch. this is for me?"
    assert answer(said, "sexual_offence", **MARTA) == "utter_s2_not_only_rape"
    assert "crime_type" not in corrections(said, {"crime_type": "sexual_offence", **MARTA})


def test_a_real_denial_of_a_sexual_offence_still_changes_it():
    changed = corrections("it wasnt sexual, he punched me", {"crime_type": "sexual_offence"})
    assert changed.get("crime_type") != "sexual_offence"


# -- Shanice ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no not yet. how does he even know where i am tho?? he posts my location on his insta like "
        "'look where she is' n then shows up",
        "wait u never said how hes findin me. cud he have like a tracker on my phone or sumthin? "
        "im so tired of this",
    ],
)
def test_how_he_finds_her(said):
    assert answer(said, "stalking_harassment", **SHANICE) == "utter_s2_how_he_finds_you"


def test_how_he_finds_her_not_for_a_stranger_robbery():
    assert answer("how did they find me", "robbery", **PETE) != "utter_s2_how_he_finds_you"


def test_turned_up_at_nursery_once_is_not_it_happened_once():
    said = "feeling safe. i got my 2 yr old wiv me all the time n hes turned up at nursery once"
    assert "repeat_victimisation" not in corrections(
        said, {"crime_type": "stalking_harassment", **SHANICE}
    )


@pytest.mark.parametrize("said", ["it only happened once", "no it was just the once"])
def test_only_once_still_puts_it_right(said):
    assert corrections(said, {"repeat_victimisation": True}).get("repeat_victimisation") is False


REFERRED = {
    **SHANICE,
    "crime_type": "stalking_harassment",
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "text",
}


def test_just_call_999_is_not_call_me_instead():
    said = "wat do i do if he turns up again like today at the park. just call 999??"
    assert "contact_method" not in corrections(said, REFERRED)


def test_i_said_text_not_call_still_puts_the_method_right():
    changed = corrections("NO i said TEXT not call", {**REFERRED, "contact_method": "call"})
    assert changed.get("contact_method") == "text"

"""Round 53, helper Z4: Kerry, 31, 22 weeks pregnant, kicked in the stomach by her partner,
and Bev, a wheelchair user whose adult son takes her benefits, with their own words and ordinary
messages that must keep their answers."""

from __future__ import annotations

import pytest

from actions import account
from actions.reading import Turn, corrections, read_turn
from core.text import SMS_LIMIT
from tests.unit.known_answers import RESPONSES, answer, numbers_not_in_directory, sources_above

PREGNANT = {"account_details": ["pregnant", "injured"], "relationship_to_offender": "partner_or_ex"}
NEW = (
    "utter_z4_bleeding_in_pregnancy",
    "utter_z4_serious_signs",
    "utter_z4_take_children_in_uk",
)


@pytest.mark.parametrize("name", NEW)
def test_new_answers_fit_one_sms_with_sources_and_known_numbers(name):
    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
        assert not numbers_not_in_directory(name), name
    assert "SOURCES" in sources_above(name), name


# -- Kerry: bleeding in pregnancy -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no. so do i need to go in or is spotting ok",
        "hello?? im asking about the bleeding. do i go to the hospital or not",
        "the neck was months ago its fine. its the baby im worried about. its still bleeding a "
        "bit, like spotting, brownish. i feel her moving tho",
        "is it normal to still be bleeding a bit?",
    ],
)
def test_bleeding_in_pregnancy_gets_the_maternity_unit(text):
    assert answer(text, "domestic_abuse", **PREGNANT) == "utter_z4_bleeding_in_pregnancy"


def test_bleeding_said_with_the_pregnancy_in_the_same_message():
    text = "im 22 weeks pregnant and bleeding a bit after he kicked me. should i go in?"
    assert answer(text, "domestic_abuse") == "utter_z4_bleeding_in_pregnancy"


@pytest.mark.parametrize(
    "text",
    [
        "my nose is still bleeding, should i go to a&e?",
        "do i need to go to hospital? my lip is bleeding",
    ],
)
def test_bleeding_when_not_pregnant_is_not_the_maternity_answer(text):
    assert answer(text, "assault") != "utter_z4_bleeding_in_pregnancy"


def test_the_answer_says_maternity_unit_and_999():
    text = RESPONSES["utter_z4_bleeding_in_pregnancy"][0]["text"]
    assert "maternity unit" in text and "999" in text


# -- Kerry: tonight ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok. feeling safe. and what do i say to him tonight if he asks where ive been",
        "english. im scared of tonight when he gets back",
        "im scared of when he gets home",
    ],
)
def test_fear_of_tonight_gets_a_plan_before_he_is_back(text):
    assert answer(text, "domestic_abuse", **PREGNANT) == "utter_q3_plan_before_back"


@pytest.mark.parametrize("text", ["english", "enfield", "a woman obviously im pregnant", "31"])
def test_plain_answers_get_no_tonight_answer(text):
    assert answer(text, "domestic_abuse", **PREGNANT) != "utter_q3_plan_before_back"


# -- Kerry: taking the children within the UK ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no. can he actually do that, take the kids to his mums?",
        "ok. can he take my kids to birmingham like he said? the oldest isnt even his",
        "could he take the children to his family in manchester?",
    ],
)
def test_taking_the_children_within_the_uk_is_not_the_abroad_answer(text):
    assert answer(text, "domestic_abuse", **PREGNANT) == "utter_z4_take_children_in_uk"


@pytest.mark.parametrize(
    "text",
    [
        "can he take the kids to pakistan without me?",
        "can he take my children abroad without me",
    ],
)
def test_taking_the_children_abroad_keeps_its_answer(text):
    assert answer(text, "domestic_abuse") == "utter_children_taken_abroad"


def test_taking_them_to_school_is_not_asked_about():
    assert answer("can he take the kids to school tomorrow?", "domestic_abuse") != (
        "utter_z4_take_children_in_uk"
    )


# -- Kerry: "not sure" at the danger question, with warning signs --------------------------------


def _at_danger(text: str) -> Turn:
    return Turn(
        text=text,
        intent="inform",
        requested="in_danger",
        answers={"crime_type": "domestic_abuse", **PREGNANT},
        asked={"in_danger": 1},
    )


def test_not_sure_with_warning_signs_is_told_they_are_serious():
    text = (
        "not sure. hes done stuff before but never the belly. he said if i tell anyone hes take "
        "the kids to his mums in birmingham and ill never see them"
    )
    said = [s.response for s in read_turn(_at_danger(text)).say]
    assert "utter_z4_serious_signs" in said
    assert "utter_if_unsafe" not in said


def test_a_plain_not_sure_keeps_the_ordinary_answer():
    said = [s.response for s in read_turn(_at_danger("not sure")).say]
    assert "utter_if_unsafe" in said and "utter_z4_serious_signs" not in said


# -- Kerry: "the dad of the baby" is her partner -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my partner. well hes the dad of the baby and the youngest 2",
        "hes the father of my kids",
    ],
)
def test_the_father_of_her_children_is_not_a_family_member(text):
    found = corrections(
        text, {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    )
    assert found.get("relationship_to_offender") != "family_member"


def test_her_dad_is_still_family():
    assert account.read_account("my dad hit me last night").offender == "family_member"
    assert account.read_account("my mum hit me").offender == "family_member"


# -- Bev: can her son see the chat? ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "yes ok. he lives with me, could he see this on my phone?",
        "no hes out at the moment, at his mates. but you didnt say, can he see these messages? he "
        "sometimes uses my phone to get into my bank app",
        "can my husband read these messages?",
    ],
)
def test_can_he_see_the_chat_gets_the_privacy_answer(text):
    assert answer(text, None) == "utter_v5_could_he_see_chat"
    assert answer(text, "domestic_abuse") == "utter_v5_could_he_see_chat"


@pytest.mark.parametrize(
    "text", ["he read my messages and went mad", "can the police see my messages to him?"]
)
def test_other_messages_about_phones_are_not_the_privacy_row(text):
    assert answer(text, "domestic_abuse") != "utter_privacy_answer"


def test_living_with_him_without_the_phone_keeps_its_answer():
    assert answer("he lives with me, what do i do?", "domestic_abuse") == "utter_living_with_them"


# -- Bev: is it abuse when it's her own son? -----------------------------------------------------


@pytest.mark.parametrize(
    "text, answers",
    [
        ("my son. is it even abuse when its your own son?", {}),
        ("im safe hes out. but is it abuse or not?", {"relationship_to_offender": "family_member"}),
        ("is this abuse if its my daughter doing it?", {}),
    ],
)
def test_abuse_by_her_own_son_is_domestic_abuse(text, answers):
    assert answer(text, "domestic_abuse", **answers) == "utter_s7_da_by_own_child"


def test_is_it_abuse_from_a_partner_keeps_its_answer():
    assert answer(
        "is it abuse or not?", "domestic_abuse", relationship_to_offender="partner_or_ex"
    ) != ("utter_s7_da_by_own_child")


# -- Bev: "its him doing it to me. hes 24" is not a child harmed ---------------------------------


BEV = (
    "no its not about something happening to him. its him doing it to me. hes 24. he takes my PIP "
    "and ESA money and shouts at me if i ask for any. i have MS im in a wheelchair"
)


def test_the_son_doing_it_to_her_puts_right_who_it_is_about():
    found = corrections(BEV, {"for_child": True})
    assert found["for_child"] is False
    assert found["relationship_to_offender"] == "family_member"
    assert found.get("for_someone_else") is not True


def test_at_the_crime_question_it_is_abuse_by_family_not_stalking():
    turn = Turn(
        text=BEV,
        intent="inform",
        requested="crime_type",
        answers={"for_child": True},
        asked={"crime_type": 1},
    )
    reading = read_turn(turn)
    assert reading.slots["crime_type"] == "domestic_abuse"
    assert reading.slots["for_child"] is False


def test_a_parent_writing_about_a_child_harmed_is_unchanged():
    text = "a boy at school punched him and took his phone"
    assert "for_child" not in corrections(text, {"for_child": True})

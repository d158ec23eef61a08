"""Round 90, helper h90c: Kayla's picture is not our data, Amira's "No." to a yes question,
Dennis's court support as a bereaved father, and Precious who already has an order."""

from __future__ import annotations

import pytest

from tests.unit.conftest import classify

KAYLA = (
    "no just this. ok so how do i actually get it deleted off everyones phones, its in like 4 "
    "group chats on snap and whatsapp"
)


@pytest.mark.parametrize(
    "text",
    [KAYLA, "what?? no i mean the PICTURE deleted off the group chats not this",
     "how do i get the pic deleted off the group chat"],
)  # fmt: skip
def test_getting_a_picture_deleted_off_phones_is_not_delete_my_data(text):
    assert classify(text, "delete_my_data", ["delete_my_data", "inform"]) == "inform"


@pytest.mark.parametrize(
    "text", ["delete my data", "please delete this chat", "can you delete what you have on me"]
)
def test_asking_to_delete_our_data_still_is(text):
    assert classify(text, "delete_my_data", ["delete_my_data", "inform"]) == "delete_my_data"


def test_kaylas_picture_question_gets_a_takedown_answer_not_the_delete_question():
    from core.privacy_question import h90c_image_takedown
    from tests.unit.known_answers import answer

    assert h90c_image_takedown(KAYLA)
    assert not h90c_image_takedown("delete this chat from my phone")
    assert answer(KAYLA, "sexual_offence", age=17) != "utter_confirm_delete"
    assert answer(KAYLA, "sexual_offence", age=17) is not None


@pytest.mark.parametrize(
    "text",
    ["if i dont report can i still get help?", "wait you said no then yes?? so i can get help "
     "without police?", "can i still get help if i dont report"],
)  # fmt: skip
def test_can_i_get_help_without_reporting_is_answered_yes(text):
    from tests.unit.known_answers import answer, sendable

    assert answer(text, "sexual_offence", age=23) == "utter_h90c_help_without_report"
    assert all(said.startswith("Yes.") for said in sendable("utter_h90c_help_without_report"))


def test_amiras_two_questions_keep_the_yes_in_second_place():
    from tests.unit.known_answers import responses_in_conversation

    text = (
        "if i dont report can i still get help? and can i still tell bolt or will that tell "
        "him its me"
    )
    got = responses_in_conversation(text, "sexual_offence", age=23)
    assert "utter_h90c_help_without_report" in got
    assert "utter_support_without_report" not in got


def test_do_i_have_to_report_is_still_no():
    from tests.unit.known_answers import answer

    assert answer("do i have to report it to get help", "sexual_offence", age=23) == (
        "utter_support_without_report"
    )


DENNIS_SAID = [
    "hello. my son was killed in october. stabbed. the police family liaison woman said i should "
    "look for support. i dont really know what this is",
    "i wasnt there so i dont think im giving evidence am i? but you didnt say who writes it. me "
    "or the FLO",
]
DENNIS_ASKS = (
    "thats the same thing you said before. forget it. will any of these people come to the court "
    "with me in march"
)


def test_a_bereaved_father_not_a_witness_gets_the_flo_not_a_witness_care_officer():
    from tests.unit.known_answers import answer_in_conversation, sendable

    got = answer_in_conversation(DENNIS_ASKS, "homicide", DENNIS_SAID, age=60, bereaved=True)
    assert got is not None and got.response == "utter_h90c_bereaved_court_support"
    for said in sendable("utter_h90c_bereaved_court_support"):
        assert "Witness Care" not in said and "family liaison officer" in said
        assert not said.startswith("Yes")


def test_a_bereaved_relative_who_saw_it_keeps_the_witness_answer():
    from tests.unit.known_answers import answer_in_conversation

    said = ["my brother was stabbed, i saw it happen"]
    got = answer_in_conversation(
        "can someone come to court with me?", "homicide", said, bereaved=True
    )
    assert got is not None and got.response == "utter_someone_at_court"


PRECIOUS_SAID = [
    "hi i need some advice. my ex has a non molestation order but he keeps turning up at my work "
    "and at the kids school",
    "yes ok. what do i do when he breaks the order, do i just ring 999 every time? police been "
    "useless so far",
]


@pytest.mark.parametrize(
    "text",
    [
        "30. hes been at the school gates twice this month, the kids are 6 and 9, the school dont "
        "know what to do. can the school stop him",
        "no. but there IS a court order thats what im saying, the non mol. does the school need "
        "a copy of it",
        "i KNOW i already have one!! i asked does the school need a copy. and no i dont have any "
        "of that",
        "feeling safe. and can someone just answer me about the school and the copy of the order",
        "how long till they text? and last time, should i give the school a copy of the order or "
        "not",
    ],
)
def test_with_an_order_told_the_school_question_gets_the_order_answer(text):
    from tests.unit.known_answers import answer_in_conversation

    got = answer_in_conversation(
        text, "domestic_abuse", PRECIOUS_SAID, relationship_to_offender="partner_or_ex"
    )
    assert got is not None and got.response == "utter_tell_the_school_order"


def test_with_an_order_told_the_order_question_is_about_breaches_not_applying():
    from actions import topics
    from tests.unit.known_answers import sendable

    told = {
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "partner_or_ex",
        "said": PRECIOUS_SAID[:1],
    }
    got = topics.topic_answer("what can the order actually do?", told)
    assert got is not None and got.response == "utter_h90c_order_held_breach"
    for said in sendable("utter_h90c_order_held_breach"):
        assert "Without a court order" not in said and "999" in said and "dated list" in said


def test_without_an_order_the_apply_answer_stays():
    from actions import topics

    told = {
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "partner_or_ex",
        "said": ["he hit me", "i dont have an order"],
    }
    got = topics.topic_answer("can i get a court order?", told)
    assert got is not None and got.response == "utter_topic_order_partner"

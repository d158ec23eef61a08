"""Round 55, helper C4: Amira (spouse visa, husband beats her), Zara (spiked) and Mei (racist
assault) asked questions that got the wrong answer or none."""

from __future__ import annotations

import pytest

from core.privacy_question import asks_about_privacy
from tests.unit.known_answers import RESPONSES, answer, answer_in_conversation, said_answer

AMIRA = [
    "hello. i need help but my english not good",
    "what is keep? my husband can see? i dont want he see",
    "now no danger. he at mosque. he come back 1 hour",
    "no he not come back for me. he live here, he is my husband. he hit me. many times",
]
DEPORT = (
    "i am safe now. i tell you he is at mosque. he say if i tell anyone police send me back to my "
    "country and i lose my children. is true?"
)


@pytest.mark.parametrize("crime_type", [None, "domestic_abuse"])
def test_amira_deportation_gets_visa_and_children_not_licence(crime_type):
    said = answer_in_conversation(DEPORT, crime_type, AMIRA)
    assert said is not None and said.response == "utter_partner_visa"
    assert [then.response for then in said.then] == ["utter_c4_leaving_with_children_woman"]


def test_the_woman_children_answer_has_no_mens_line():
    (text,) = [variant["text"] for variant in RESPONSES["utter_c4_leaving_with_children_woman"]]
    assert "Men's Advice Line" not in text and "0808 2000 247" in text


@pytest.mark.parametrize(
    "text",
    [
        "31. and my children? he say i lose the children. they are 3 and 6",
        "will i lose my kids if i tell",
    ],
)
def test_amira_children(text):
    assert said_answer(text, "domestic_abuse", AMIRA) == "utter_c4_leaving_with_children_woman"


def test_what_about_children_after_she_told_of_losing_them():
    said = [*AMIRA, DEPORT]
    got = said_answer("no i am 31 i say. what about children please", "domestic_abuse", said)
    assert got == "utter_c4_leaving_with_children_woman"


def test_a_man_still_gets_the_mens_line():
    got = said_answer(
        "if i leave will i lose my kids", "domestic_abuse", ["my wife hits me"], gender="man"
    )
    assert got == "utter_leaving_with_children_man"


@pytest.mark.parametrize(
    "text",
    ["now no danger. he at mosque. he come back 1 hour", "he is at work. he come home in 2 hours"],
)
def test_amira_time_window_is_not_a_threat(text):
    assert answer(text, None) == "utter_c4_time_to_talk"


def test_how_to_clear_the_phone():
    text = "no keep nothing. how i delete this chat from phone after"
    assert answer(text, None) == "utter_c4_clear_phone"
    assert asks_about_privacy(text)


def test_zara_deletion_question_is_a_question():
    assert asks_about_privacy("ok. can you delete this chat later on or is it kept")


@pytest.mark.parametrize(
    ("slots", "expected"),
    [
        ({"case_reference": "VC-BK3JYY", "referral_consent": True}, "utter_c4_request_still_there"),
        ({}, "utter_c4_no_request_yet"),
    ],
)
def test_zara_request_state(slots, expected):
    text = "so is my request still there? will they still text me"
    assert answer(text, "sexual_offence", **slots) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I would like to think about it. "
        "Could you tell me what the police would do if I report it?",
        "what will the police do if i report it",
        "what would happen if i report it",
    ],
)
def test_mei_police_after_report(text):
    assert answer(text, "hate_crime") == "utter_c4_police_after_report"


# Near misses from other people.
def test_leon_on_licence_still_gets_the_licence_answer():
    text = (
        "no. I got out of jail 2 months ago. im on probation. if i tell police i got stabbed "
        "will my probation officer find out and send me back"
    )
    assert answer(text, "assault") == "utter_y4_victim_on_licence"


@pytest.mark.parametrize(
    "text",
    [
        "they said if i tell anyone they'll find me. they know my school",
        "no first time. but they say they come back",
        "i want to delete my data",
        "if i say delete my data will they still text me?",
        "he said he would send me back to hospital if i told",
    ],
)
def test_other_messages_not_taken(text):
    assert answer(text, "assault") not in {
        "utter_c4_time_to_talk",
        "utter_c4_clear_phone",
        "utter_c4_request_still_there",
        "utter_c4_no_request_yet",
        "utter_partner_visa",
        "utter_c4_leaving_with_children_woman",
    }
    assert not asks_about_privacy("i want to delete my data")

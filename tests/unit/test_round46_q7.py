"""Round 46 answers (helper Q7): Jade, 17 (boyfriend slapped her), Anjali, 40 (anonymous
threatening letters at work), Sammy, 35 (homeless, robbed asleep, phone taken). Each test quotes
the message as written; ordinary messages must not get the new answers."""

from __future__ import annotations

import pytest
from known_answers import answer, numbers_not_in_directory

from actions import account
from actions.answers import read_consent
from actions.reading import corrections

NEW = (
    "utter_q7_threat_in_a_letter",
    "utter_q7_not_the_neck_sorry",
    "utter_q7_safe_ways_to_get_help",
    "utter_q7_report_remove_not_for_you",
    "utter_q7_abuse_and_good_times",
    "utter_q7_controlling_not_normal",
    "utter_q7_keep_the_letters",
    "utter_q7_malicious_communications",
    "utter_q7_employer_duty",
    "utter_q7_hate_noted",
    "utter_q7_police_and_homeless",
    "utter_q7_without_a_phone",
    "utter_q7_nearest_police_station",
    "utter_q7_connection_days",
)
JADE = {"age": 17, "under_18": True, "relationship_to_offender": "partner_or_ex"}
ANJALI = {"age": 40, "relationship_to_offender": "unknown", "reported": False}
SAMMY = {"age": 35, "relationship_to_offender": "stranger", "borough": "Westminster"}


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def test_a_slap_gets_no_neck_line():
    said = (
        "idk its not that bad. he checks my phone, tells me what to wear like if my skirts too "
        "short. and last week he slapped me but it was cos we were arguing n i said something "
        "bad. everyone's bf does that sometimes right"
    )
    assert answer(said, "domestic_abuse") == "utter_q7_controlling_not_normal"
    choked = "he checks my phone and choked me once but everyone's bf does that sometimes right"
    assert answer(choked, "domestic_abuse") != "utter_q7_controlling_not_normal"


@pytest.mark.parametrize(
    "said, crime, expected",
    [
        (
            "wait he never grabbed my neck?? i said he slapped me. once",
            "domestic_abuse",
            "utter_q7_not_the_neck_sorry",
        ),
        (
            "whats report remove?? i didnt send any pics. idk about someone contacting me, he goes "
            "thru my phone",
            "domestic_abuse",
            "utter_q7_report_remove_not_for_you",
        ),
        (
            "omg there are NO pics. forget it. i said he goes thru my phone so how would someone "
            "contact me without him seeing",
            "domestic_abuse",
            "utter_q7_safe_ways_to_get_help",
        ),
        (
            "ok. tbh i dont think im gonna do anything rn. hes not always like this hes actually "
            "sweet most of the time",
            "domestic_abuse",
            "utter_q7_abuse_and_good_times",
        ),
    ],
)
def test_jade(said, crime, expected):
    assert answer(said, crime, **JADE) == expected


@pytest.mark.parametrize(
    "said, expected",
    [
        (
            "That does not answer either question. The letter said 'nice car, shame if something "
            "happened to it'. Is that something I should call the police about tonight?",
            "utter_q7_threat_in_a_letter",
        ),
        (
            "Thank you. Two questions still outstanding. 1) Is sending a threatening letter an "
            "offence under the Malicious Communications Act? 2) How should I store the letters? I "
            "have handled them, as have my secretary and a manager.",
            "utter_q7_keep_the_letters",
        ),
        (
            "40. Before we go further: does this fall under the Malicious Communications Act 1988?",
            "utter_q7_malicious_communications",
        ),
        (
            "Disappointing. Another question then: my employer has refused to report it or do "
            "anything. Do they have any obligation?",
            "utter_q7_employer_duty",
        ),
    ],
)
def test_anjali(said, expected):
    assert answer(said, "stalking_harassment", **ANJALI) == expected


def test_anonymous_letters_are_not_crimestoppers():
    opening = (
        "Hello. I am a consultant at a hospital in Harrow. Over the past six weeks I have "
        "received five anonymous letters at work containing threats, including one that said I "
        "would 'pay for what I did'. I would like to understand my options."
    )
    assert answer(opening, None) != "utter_anonymous_reporting"
    assert answer("can i report it anonymously?", "assault", age=30) == "utter_anonymous_reporting"


def test_yes_you_may_keep_the_chat_is_consent():
    said = (
        "I think you've misunderstood. I don't want to report anonymously, the letters are "
        "anonymous. Yes, you may keep the chat."
    )
    assert read_consent(said).value is True
    assert read_consent("No, you may not keep the chat").value is not True


def test_noting_the_racial_element_records_hate():
    changes = corrections("Please note the racial element then.", {"hate_motivated": False})
    assert changes.get("hate_motivated") is True
    asked = "Did you record the possible racial element?"
    assert answer(asked, "stalking_harassment", hate_motivated=True) == "utter_q7_hate_noted"


@pytest.mark.parametrize(
    "said, expected",
    [
        (
            "35. and i cant ring victim support can i, they took my phone",
            "utter_q7_without_a_phone",
        ),
        (
            "its not again and again i told you, just last night. how do i report to police with "
            "no phone, and will they actually do anything for someone like me",
            "utter_q7_without_a_phone",
        ),
        (
            "no just last night. do police even care about homeless people? last time they just "
            "moved me on",
            "utter_q7_police_and_homeless",
        ),
        (
            "so do i go to a police station or what? is there one near the strand",
            "utter_q7_nearest_police_station",
        ),
        (
            "practical help. whats today, wednesday? is the connection open wednesdays then",
            "utter_q7_connection_days",
        ),
    ],
)
def test_sammy(said, expected):
    assert answer(said, "robbery", **SAMMY) == expected


@pytest.mark.parametrize(
    "said", ["they took my phone", "no phone mate. i dont know who", "i got no phone"]
)
def test_no_phone_is_read(said):
    assert account.read_account(said).cannot_phone is True


@pytest.mark.parametrize(
    "said",
    [
        "yes",
        "no",
        "my phone is fine thanks",
        "what happens next?",
        "he checks my phone",
        "can you text me instead?",
        "i got a letter from the court, what does it mean?",
    ],
)
def test_ordinary_messages_get_none_of_the_new_answers(said):
    assert answer(said, "robbery", **SAMMY) not in NEW
    assert answer(said, "domestic_abuse", **JADE) not in NEW

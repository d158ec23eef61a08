"""Round 86, helper m86a: asking the service to contact someone else (v86c1) kept apart from
older answers with the same words: Norman asking this chat to phone his daughter (round 56),
Hana's and Winston's other phone (rounds 33, 67), "if i say yes will they call my mum"
(Amira, Chloe), Nadia's friend's phone (round 65)."""

from __future__ import annotations

import pytest

from actions.answers import read_contact_safe
from core.second_contact import v86c1_someone_to_contact


@pytest.mark.parametrize(
    "text",
    [
        # Norman: no name; "Can", "In", "For" were taken as his daughter's or son's name.
        "I want to tell my daughter. can you ring my daughter",
        "my daughter. can you phone my daughter in Leeds. her name is Karen",
        "could you call my son for me",
        # a phone to reach the person on
        "Yes please. But my husband sometimes takes my phone. Can they call my sister phone "
        "instead?",
        "can they text my mums number instead?",
        "80. I havent got a landline, had it took out years ago. could they ring Doreens number",
        # what would happen, not a request
        "if i say yes will they ring my mum? shes on my phone contract",
        # about the police, after reporting
        "ring my son instead",
    ],
)
def test_older_words_ask_for_nobody_else(text):
    assert v86c1_someone_to_contact(text) is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("can they ring my son instead, he deals with these things", "your son"),
        ("can they ring my son Paul instead, he deals with these things", "Paul"),
        (
            "I am 81 dear. But I do want you to tell Linda, she is my daughter, I want her to "
            "know. Will you ring her?",
            "Linda",
        ),
    ],
)
def test_the_service_asked_to_contact_someone_still_is(text, who):
    assert v86c1_someone_to_contact(text) == who


def test_nadia_keeps_her_safe_time():
    text = "no. he check phone. call my friend Hodan? or when i take kids to school"
    assert read_contact_safe(text).extra["contact_times"] == "when i take kids to school"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 25: no trial told of; the answer for a trial and for parole
        ("I am 66. Who do I send my statement to?", "utter_who_takes_a_statement"),
        # round 25: after a conviction, the Victim Liaison Officer
        (
            "He was convicted in 2021. Who do I send my statement to?",
            "utter_parole_statement_to_vlo",
        ),
    ],
)
def test_a_statement_not_before_a_trial_keeps_its_answer(text, expected):
    from known_answers import answer

    assert answer(text, "homicide") == expected


def test_a_broken_order_keeps_the_breach_answer():
    from known_answers import answer

    text = "he broke the non molestation order again, what are the police supposed to do?"
    assert answer(text, "domestic_abuse") == "utter_u4_nonmol_breach"

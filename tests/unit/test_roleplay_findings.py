"""Messages from role-played conversations that the bot once got wrong, kept so it does not again.

Each test names what went wrong in the conversation; the messages are as the role-players typed
them (lower case, no full stops, several things in one text)."""

from __future__ import annotations

import pytest

from actions.account import read_account, strangers
from actions.answers import read_answer
from actions.reading import corrections
from bot.risk_words import detect_risk


@pytest.mark.parametrize(
    "text",
    [
        "my son put this number in my phone, he rang the police for me",
        "my daughter reported it for me on the action fraud website",
        "my brother took me to hospital after",
    ],
)
def test_a_relative_who_helped_is_not_taken_for_the_offender(text):
    assert read_account(text).offender is None


@pytest.mark.parametrize(
    "text",
    [
        "a man i dont know pulled my hijab off outside the station",
        "some lads grabbed my arm and scratched my face",
    ],
)
def test_an_attack_by_a_stranger_is_read_as_a_stranger(text):
    assert strangers(text)


@pytest.mark.parametrize(
    "text",
    [
        "i dont want him to kill me if i go to court",
        "there was a stabbing outside the chicken shop last year",
        "my friend killed himself two years ago, thats partly why im so shaken",
        "no im not going to hurt myself, i just want the police to do something",
        "i got hit by a car last year and now this",
    ],
)
def test_what_is_not_a_crisis_now_raises_no_alarm(text):
    assert detect_risk(text) is None


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        ("in_danger", "no im not in danger now, hes gone", False),
        ("in_danger", "not in any danger", False),
        ("hate_motivated", "maybe, because of my headscarf. actually no", False),
        ("fear_of_giving_evidence", "it would be really hard to have to face her", True),
        ("fear_of_giving_evidence", "why would i be scared", False),
        ("contact_safe", "yes by email, my dad doesnt know my school email", True),
    ],
)
def test_answers_from_role_play_are_read(slot, text, value):
    assert read_answer(slot, text).value is value


def test_a_known_offender_is_not_taken_for_dont_know():
    assert read_answer("relationship_to_offender", "he goes to my school").value is not None


@pytest.mark.parametrize(
    ("text", "answers", "changes"),
    [
        ("it only happened once", {"repeat_victimisation": True}, {"repeat_victimisation": False}),
        ("i wasnt under 18", {"under_18": True}, {"under_18": False}),
        ("no im 23", {"under_18": True, "age": 15.0}, {"under_18": False, "age": 23.0}),
        (
            "my daughter did not do it",
            {"relationship_to_offender": "family_member"},
            {"relationship_to_offender": None},
        ),
        (
            "wait no i want them to email me",
            {"contact_safe": False},
            {"contact_safe": True, "contact_method": "email"},
        ),
        (
            "it wasnt a hate crime",
            {"hate_motivated": True},
            {"hate_motivated": False, "hate_strand": None},
        ),
    ],
)
def test_a_correction_changes_the_earlier_answer(text, answers, changes):
    assert corrections(text, answers) == changes


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("it happened once before and then again this week", {"repeat_victimisation": True}),
        ("im 15", {"under_18": True}),
        ("my daughter did it", {"relationship_to_offender": "family_member"}),
    ],
)
def test_what_is_no_correction_changes_nothing(text, answers):
    assert corrections(text, answers) == {}


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        (
            "someone to actually make the police and council do something",
            ["practical", "information"],
        ),
        ("help with the police, they are useless", ["information"]),
    ],
)
def test_needs_said_in_their_own_words_are_read(text, needs):
    assert read_answer("needs", text).value == needs

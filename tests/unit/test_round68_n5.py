"""Round 68, helper n5: corrections and stalking/sexual-offence questions (Magda, Sam, Anna,
Ruth)."""

from __future__ import annotations

import pytest
from known_answers import (
    RESPONSES,
    numbers_not_in_directory,
    said_answer,
    sendable,
    sources_above,
)

from actions.account import read_account
from actions.answers import read_answer
from actions.reading import corrections

NEW = [
    "utter_n5_unpaid_wages_crime",
    "utter_n5_spiking_test_without_police",
    "utter_n5_pep_now",
    "utter_n5_what_havens_is",
    "utter_n5_stalker_keep_away",
    "utter_n5_condition_changes",
    "utter_n5_ex_stop_without_police",
    "utter_n5_dont_reply",
]


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_short_message_with_directory_numbers(name):
    assert name in RESPONSES
    for text in sendable(name, consent=True) + sendable(name, consent=False):
        assert len(text) <= 320
    assert not numbers_not_in_directory(name)
    assert "SOURCES" in sources_above(name)


# -- Magda ---------------------------------------------------------------------------------

MAGDA_FIRST = "Hello. I am cleaner. Family not pay me 2 month. Is this crime? I need help please"
MAGDA_PUSH = (
    "no. I am home. But when I ask money the husband push me to wall, hard. my shoulder hurt"
)


def test_unpaid_wages_alone_are_not_forced_work():
    assert read_account(MAGDA_FIRST).crime_type != "human_trafficking"


def test_unpaid_wages_with_immigration_threats_still_are():
    text = "yes. 3 month no money. they say if i tell, they call immigration"
    assert read_account(text).crime_type == "human_trafficking"


def test_the_husband_of_the_lady_she_cleans_for_is_not_her_partner():
    found = read_account(MAGDA_PUSH)
    assert found.offender != "partner_or_ex"
    assert found.crime_type == "assault"
    assert "injured" in found.details


@pytest.mark.parametrize(
    "text", ["my husband pushed me against the wall", "the husband pushed me against the wall"]
)
def test_her_own_husband_is_still_a_partner(text):
    assert read_account(text).offender == "partner_or_ex"


def test_the_husband_alone_as_an_answer_is_still_a_partner():
    assert read_answer("relationship_to_offender", "the husband").value == "partner_or_ex"


def test_no_immigration_threat_is_told_when_none_was_said():
    assert said_answer(MAGDA_FIRST, None, []) == "utter_n5_unpaid_wages_crime"
    maria = (
        "I clean house for a lady in Ealing, 3 days every week. She not pay me 2 months now. "
        "When I ask she say if I complain she call the immigration on me. Is this a crime?"
    )
    assert said_answer(maria, "human_trafficking", []) == "utter_q4_unpaid_wages_crime"


@pytest.mark.parametrize(
    "text, before, expected",
    [
        (
            "yes voicemail ok. but you not write he push me? and my shoulder? and no money 2 month",
            {"crime_type": "other", "relationship_to_offender": "someone_known"},
            {"crime_type": "assault", "account_details": ["injured"]},
        ),
        (
            "please write: he push me to wall. this is important",
            {"crime_type": "other", "relationship_to_offender": "someone_known"},
            {"crime_type": "assault"},
        ),
        (
            "44. what you write about trafficking? please remove",
            {"crime_type": "human_trafficking"},
            {"crime_type": "other"},
        ),
    ],
)
def test_magdas_corrections_are_taken(text, before, expected):
    changes = corrections(text, before)
    for key, value in expected.items():
        assert changes.get(key) == value


@pytest.mark.parametrize("text", ["I say 44 years. no", "i am 44 years old", "I said 52 years"])
def test_an_adult_age_in_years_is_not_under_18(text):
    assert read_answer("under_18", text).value is False


# -- Sam -------------------------------------------------------------------------------------

SAM_SAID = [
    "hey. i think i got spiked on saturday and idk what happened after. is this the right place",
    "can i test if something was in my drink? like a blood test? its been 3 days",
]


def test_sams_correction_is_a_possible_sexual_offence_and_non_binary():
    changes = corrections(
        "u didnt put that i might have been sexually assaulted. and im they/them btw if someone "
        "contacts me",
        {"crime_type": "assault", "account_details": ["spiked"]},
    )
    assert changes["crime_type"] == "sexual_offence"
    assert changes["gender"] == "non_binary"


@pytest.mark.parametrize("text", ["they/them", "im they/them", "non binary"])
def test_they_them_is_non_binary(text):
    assert read_answer("gender", text).value == "non_binary"


@pytest.mark.parametrize(
    "text",
    [
        "23. but i said i dont want police. can i do a test without them",
        "can i get tested without the police",
    ],
)
def test_a_test_without_the_police_after_spiking(text):
    assert said_answer(text, "assault", SAM_SAID) == "utter_n5_spiking_test_without_police"


@pytest.mark.parametrize(
    "text",
    [
        "skip. i just need to know if i need like hiv meds or something, its tuesday now",
        "do i need hiv medicine",
    ],
)
def test_hiv_medicine_now(text):
    assert said_answer(text, "assault", SAM_SAID) == "utter_n5_pep_now"


def test_whats_the_havens():
    text = (
        "no im at my flat. woke up at my mates sunday, shes the one who got me home. i feel sick "
        "still. whats the havens"
    )
    assert said_answer(text, "assault", SAM_SAID[:1]) == "utter_n5_what_havens_is"


# -- Anna ------------------------------------------------------------------------------------

ANNA = {"relationship_to_offender": "someone_known"}


def test_not_really_then_a_named_condition_is_yes():
    text = "not really. I've got anxiety, I was on sertraline last year. it's come back now"
    assert read_answer("impairment", text).value is True


@pytest.mark.parametrize("text", ["not really", "no", "no i dont have anxiety or anything"])
def test_not_really_alone_is_still_no(text):
    assert read_answer("impairment", text).value is False


def test_missed_anxiety_is_a_correction_and_answered():
    text = "you missed my anxiety. I said I have anxiety. does that change anything?"
    assert corrections(text, {"crime_type": "stalking_harassment", "impairment": False}) == {
        "impairment": True
    }
    assert said_answer(text, "stalking_harassment", [], **ANNA) == "utter_n5_condition_changes"


def test_something_to_stop_a_stalker_who_is_not_a_partner():
    text = "feeling safe. can I get something that stops him coming near my flat?"
    assert said_answer(text, "stalking_harassment", [], **ANNA) == "utter_n5_stalker_keep_away"
    # An ex-partner's order is a non-molestation order: not this answer.
    ex = {"relationship_to_offender": "partner_or_ex"}
    assert said_answer(text, "stalking_harassment", [], **ex) != "utter_n5_stalker_keep_away"


# -- Ruth ------------------------------------------------------------------------------------

RUTH_SAID = [
    "My ex-husband, we divorced four years ago, has started emailing me again, sometimes several "
    "times a day, and on two Sundays recently he has turned up at my church"
]


def test_ruth_stop_without_police_is_not_no():
    text = (
        "No I haven't. If I did, would they arrest him? That is really the last thing I want. Is "
        "there a way just to make him stop without the police being involved? A letter perhaps?"
    )
    assert said_answer(text, "stalking_harassment", RUTH_SAID) == "utter_n5_ex_stop_without_police"


@pytest.mark.parametrize(
    "text",
    [
        "Also, should I reply to his emails to ask him to stop, or is it better to ignore them?",
        "Sorry, I don't think you answered me. Should I reply to his emails or not?",
    ],
)
def test_ruth_reply_or_ignore(text):
    ex = {"relationship_to_offender": "partner_or_ex"}
    assert said_answer(text, "stalking_harassment", RUTH_SAID, **ex) == "utter_n5_dont_reply"


# -- Other people: not these answers ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, crime, said",
    [
        ("should i reply to the landlord's email about the deposit?", "fraud", []),
        ("can i test my phone without them knowing", None, []),
        ("what happens at the police station", "assault", []),
        ("how do i stop him coming near my car", "criminal_damage", []),
        ("does that change anything?", "assault", []),
    ],
)
def test_other_peoples_messages_do_not_get_these_answers(text, crime, said):
    assert said_answer(text, crime, said) not in NEW

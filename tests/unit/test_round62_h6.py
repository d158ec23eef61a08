"""Round 62, helper H6: questions basic to anyone offered support that got "I'm sorry, I can't
answer that one here" in role-play rounds 55 to 61 (/tmp/helpers/h6-cant-answer.txt), answered
in general, not only for one person's words and crime."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import (
    RESPONSES,
    answer,
    numbers_not_in_directory,
    said_answer,
    sendable,
    sources_above,
)

NEW = ("utter_h6_they_wont_know", "utter_h6_caller_not_police", "utter_h6_what_support_does")
CRIMES = (None, "domestic_abuse", "assault", "burglary", "robbery", "stalking_harassment")
ADULT = dict(consent=True, age=45.0)


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_short_message_with_directory_numbers(name):
    for text in sendable(name, consent=True) + sendable(name, consent=False):
        assert len(text) <= 320
    assert not numbers_not_in_directory(name)
    assert "SOURCES" in sources_above(name)


@pytest.mark.parametrize(
    "text",
    [
        "thank you. she will not know it is from you?",  # Agnieszka
        "thank you. Gary will know i talk to you? i need this job",  # Dmitri
        # Joanne
        "thanks. he won't find out about this will he? he has a way of finding things out",
        "my boss wont know i talked to you will he?",
    ],
)
@pytest.mark.parametrize("crime", ["assault", "domestic_abuse", "burglary", None])
def test_will_they_know_i_talked_to_you(text, crime):
    # (for a partner, stalking-like crimes keep utter_c2_they_wont_be_told, which says the same;
    # Joanne's "he won't find out about this" gets round 62 H4's answer, which adds what a police
    # report would tell him)
    assert answer(text, crime, **ADULT) in (
        "utter_h6_they_wont_know",
        "utter_c2_they_wont_be_told",
        "utter_h4_will_he_find_out",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Thank you dear, you have been kind. Will the man who rings be from the police?",  # Gloria
        "if I say yes, they tell police? I still dont know if I want report him",  # Ines
        "will the person who calls be from the police?",
        "is the woman who rings me the police?",
    ],
)
@pytest.mark.parametrize("crime", CRIMES)
def test_the_caller_is_not_the_police(text, crime):
    # Ines's "if I say yes" is about the referral: round 62 H3 gives the referral's own answer
    # (details go to the support service, not the police), which says the same for her.
    assert answer(text, crime, **ADULT) in (
        "utter_h6_caller_not_police",
        "utter_l1_referral_not_police",
    )


@pytest.mark.parametrize(
    "text",
    [
        "What will the lady on the phone ask me? I don't want to get him in trouble",  # Susan
        "what will they actually do tho. i need to work",  # Abdi
        "what will they ask me?",
        "what will the support worker actually do?",
        "what happens when they ring?",
    ],
)
@pytest.mark.parametrize("crime", CRIMES)
def test_what_the_support_worker_does(text, crime):
    assert answer(text, crime, **ADULT) == "utter_h6_what_support_does"


@pytest.mark.parametrize(
    "text",
    [
        "ok thanks. is there anything for me as well, im running on empty here. not like that, im "
        "not going to do anything daft, just exhausted",  # Marion
        "Is there anyone for my son? He's 17 and won't talk to me about it.",  # Marie
        "is there anyone for my daughter?",
        "is there any support for my wife as well",
    ],
)
@pytest.mark.parametrize("crime", ["assault", "burglary", "robbery", None])
def test_support_for_a_relative_or_me_too(text, crime):
    assert answer(text, crime, **ADULT) == "utter_support_for_family"


# Near misses: other people's messages, which have answers of their own.
@pytest.mark.parametrize(
    "text",
    [
        "if i report to the police will they contact the hospital? genuinely need to know before "
        "i do anything",  # Priti
        "Could you tell me what the police would do if I report it?",  # Mei
        "whats that gonna do about my van",  # Sean
        "if i report to report fraud will they arrest me",  # Olu
        "thank you. what you send them about me? you write trafficking?",  # Wojtek
        "does he get told i talked to you",  # utter_will_they_know
        "what will the police ask me?",
        "what will they do to him",
        "will he find out where i live?",
    ],
)
@pytest.mark.parametrize("crime", ["assault", "domestic_abuse", None])
def test_near_misses_are_not_these_answers(text, crime):
    assert answer(text, crime, **ADULT) not in (*NEW, "utter_support_for_family")


def test_a_child_is_not_given_these_answers():
    kayden = dict(consent=True, age=13.0, under_18=True)
    assert answer("wud they tell my mum??", "assault", **kayden) not in NEW
    assert answer("will he know i spoke to you?", "assault", **kayden) != (
        "utter_h6_they_wont_know"
    )


def test_older_answers_for_one_person_keep_their_place():
    # Marie, bereaved by a road death: the answer for a bereaved child, not the general one.
    marie = dict(
        consent=True, age=55.0, bereaved=True, account_details=["someone_died", "road_crash"]
    )
    first = (
        "Good evening. My daughter Chloe was killed last month by a drunk driver. She was 22. I am "
        "trying to understand what happens now and I don't know who to ask."
    )
    got = said_answer(
        "Is there anyone for my son? He's 17 and won't talk to me about it.",
        "homicide",
        [first],
        **marie,
    )
    assert got == "utter_d7_road_death_young_relative"
    # Agnieszka, whose boss keeps her: the answer written for a boss.
    got = said_answer(
        "I dont know. if I say yes, my boss will know? she check my phone sometimes",
        "modern_slavery",
        [],
        consent=True,
        age=38.0,
    )
    assert got == "utter_c2_boss_wont_know"


def test_the_answers_do_not_say_the_police_will_not_be_involved_for_children():
    assert "child" in RESPONSES["utter_h6_caller_not_police"][0]["text"]

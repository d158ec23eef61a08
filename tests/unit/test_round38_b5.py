"""Round 38 (helper B5): what two role-players asked that got the wrong answer or none.

- Ayesha, 27, her hijab pulled and anti-Muslim abuse shouted at her; her mum, who speaks only
  Bengali, saw it: Tell MAMA or the police (asked three times), and support in Bengali for her
  mum (asked five times).
- Tom, 40, autistic and literal, his car scratched four times by a neighbour who threatened him:
  what "persistently targeted" means, harassment or criminal damage, and which button to press.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

NEW = (
    "utter_tell_mama_or_police",
    "utter_witness_relative_support",
    "utter_relative_needs_passed_on",
    "utter_persistently_targeted_meaning",
    "utter_harassment_or_criminal_damage",
    "utter_no_button_type_it",
)


@pytest.mark.parametrize("name", NEW)
def test_each_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name,
        "round 38, helper B5",
        ({}, {"cannot_phone": True}, {"consent": True}, {"consent": False}),
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def test_the_unconfirmed_tell_mama_text_number_is_not_in_the_new_answer():
    (text,) = sendable("utter_tell_mama_or_police")
    assert "01157" not in text and "0800 456 1226" in text and "only if you agree" in text


# -- 1. Ayesha: Tell MAMA or the police ---------------------------------------------------------

AYESHA = {
    "relationship_to_offender": "stranger",
    "reported": False,
    "community": ["muslim"],
    "hate_strand": ["religion", "race"],
}


@pytest.mark.parametrize(
    "said",
    [
        "not yet. should i report it to tell mama or the police? or both? i dont really trust the "
        "police tbh",
        "27. but what about tell mama? can i report there instead of police?",
        "a stranger, never seen him before. white guy maybe 40s. you still havent said about tell "
        "mama",
        "ok so tell mama is there now. can they report to police for me if i tell them?",
        "is it better to go to tell mama or the police",
        "can i just report to tell mama and not the police?",
        "you didnt answer about tell mama",
    ],
)
@pytest.mark.parametrize("crime_type", ["assault", "hate_crime", None])
def test_tell_mama_or_the_police(said, crime_type):
    assert answer(said, crime_type, **AYESHA) == "utter_tell_mama_or_police"


@pytest.mark.parametrize(
    "said",
    [
        "can they report to police for me if i tell them?",
        "can they report it to the police for me?",
        "will they pass it to the police for me if i tell them",
    ],
)
def test_they_after_tell_mama_is_tell_mama_for_a_muslim_victim(said):
    assert answer(said, "assault", **AYESHA) == "utter_tell_mama_or_police"
    # Not for someone else: whoever "they" are, no Tell MAMA answer.
    assert answer(said, "burglary") != "utter_tell_mama_or_police"


@pytest.mark.parametrize(
    "said",
    [
        "not yet",
        "what is tell mama?",
        "what is tell mama, is it police? can I tell them instead of police",
        "can tell mama report it to police for me?",
        "do i have to report to police for tell mama?",
        "if I go through tell mama will the cctv still get saved in time?",
        "should i report it to the police?",
        "a stranger, never seen him before",
        "tower hamlets, we both live there",
    ],
)
def test_ordinary_messages_are_not_the_tell_mama_or_police_answer(said):
    assert answer(said, "assault", **AYESHA) != "utter_tell_mama_or_police"


# -- 2. Ayesha: support in Bengali for her mum, a witness -------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no i speak english lol. its my MUM who needs bengali. can she get her own support? she "
        "was there",
        "my mum. bengali. support. is there anything for her?",
        "my mum saw it too and only speaks urdu, is there help for her?",
        "can my dad get support in polish? he saw everything",
        "is there someone who can support my mum in bengali",
    ],
)
def test_support_for_a_relative_who_saw_it_in_their_language(said):
    assert answer(said, "assault", **AYESHA) == "utter_witness_relative_support"


@pytest.mark.parametrize(
    "said",
    [
        "did you tell them about my mum needing bengali?",
        "have you told them my mum needs an interpreter?",
        "did u pass on that my mum needs bengali",
    ],
)
def test_whether_the_relatives_language_was_passed_on(said):
    assert answer(said, "assault", **AYESHA) == "utter_relative_needs_passed_on"


def test_what_was_passed_on_depends_on_whether_the_chat_is_kept():
    (kept,) = sendable("utter_relative_needs_passed_on", consent=True)
    (not_kept,) = sendable("utter_relative_needs_passed_on", consent=False)
    assert "read this whole chat" in kept
    assert "haven't kept" in not_kept


@pytest.mark.parametrize(
    "said",
    [
        "bengali",
        "no i speak english",
        "someone to talk to. and my mum is upset",
        "my mum was with me and saw everything",
        "i need an interpreter, i speak bengali",
        "can i get support in bengali?",
        "what have you written down about me",
    ],
)
def test_ordinary_messages_are_not_the_relative_language_answers(said):
    assert answer(said, "assault", **AYESHA) not in (
        "utter_witness_relative_support",
        "utter_relative_needs_passed_on",
    )


# -- 3. Tom: "persistently targeted", and harassment or criminal damage ------------------------

TOM = {"relationship_to_offender": "someone_known", "repeat_victimisation": True, "age": 40}


@pytest.mark.parametrize(
    "said",
    [
        "What does persistently targeted mean? Does scratching a car four times count?",
        "You did not say what persistently means. And you did not say if four times counts.",
        "What does persistently targeted mean?",
        "does four times count as persistently targeted?",
        "what do you mean by persistently",
    ],
)
@pytest.mark.parametrize("crime_type", ["stalking_harassment", "criminal_damage", None])
def test_what_persistently_targeted_means(said, crime_type):
    assert answer(said, crime_type, **TOM) == "utter_persistently_targeted_meaning"


@pytest.mark.parametrize(
    "said",
    [
        "He scratched my car. Is that harassment or is it criminal damage? I want the right word.",
        "is it harassment or criminal damage?",
        "would that be criminal damage or harassment",
        "is keying my car criminal damage or harassment then?",
    ],
)
@pytest.mark.parametrize("crime_type", ["stalking_harassment", "criminal_damage", None])
def test_harassment_or_criminal_damage(said, crime_type):
    assert answer(said, crime_type, **TOM) == "utter_harassment_or_criminal_damage"


@pytest.mark.parametrize(
    "said",
    [
        "he persistently calls me, does that count as stalking?",
        "what does targeted mean",
        "is it harassment?",
        "is scratching a car a crime?",
        "He scratched my car with a key four times",
        "Yes. Nobody else reads my email.",
        "Wandsworth.",
    ],
)
def test_ordinary_messages_are_not_toms_answers(said):
    assert answer(said, "stalking_harassment", **TOM) not in (
        "utter_persistently_targeted_meaning",
        "utter_harassment_or_criminal_damage",
    )


# -- 4. Tom: which button ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "There are two things. He damaged my car and he threatened me. There is not a button for "
        "damaging a car. Which button should I press?",
        "There is not a button for damaging a car. Which button should I press?",
        "which button do i press? he keyed my car",
        "theres no option for criminal damage, which one should i pick",
    ],
)
@pytest.mark.parametrize("crime_type", [None, "assault"])
def test_which_button_for_what_happened(said, crime_type):
    assert answer(said, crime_type) == "utter_no_button_type_it"


@pytest.mark.parametrize(
    "said",
    [
        "Something else",
        "which button should I press?",
        "there's no button for money, which one should i pick?",
        "I would be very worried but not scared. Does that count as yes?",
        "So is the answer yes and yes?",
        "He damaged my car and he threatened me.",
    ],
)
def test_ordinary_messages_are_not_the_button_answer(said):
    assert answer(said, None) != "utter_no_button_type_it"

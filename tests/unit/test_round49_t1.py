"""Round 49 answers (helper T1).

- Ellie, 21, raped while drunk by her flatmate's boyfriend three weeks ago; she froze. "does it
  count? like is that actually rape" got "I can't answer"; "he was at ours last night ... what
  am i meant to do" got the privacy text, then "Sorry, I didn't catch that"; "if i was drunk
  ... would police even believe me" got spiking tests within 12 hours.
- Tyrone, 19, saw his brother (15) stabbed: his plans to "sort it myself" were missed twice,
  "them man are still driving past our block" and "do i get support as well" got "I can't
  answer", and his own age (19) was kept for his brother after two corrections.
- Sam, 30, a lodger whose landlord lives in the house: "can he evict me for complaining?" got
  a court-order answer that doesn't fit a lodger; her "i didnt say he targeted me for being
  trans" was not taken.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.reading import Turn, corrections, read_turn

NEW = (
    "utter_t1_is_it_rape",
    "utter_t1_believed_drunk",
    "utter_t1_has_to_see_him",
    "utter_t1_dont_retaliate",
    "utter_t1_driving_past",
    "utter_t1_own_support",
    "utter_t1_lodger_eviction",
    "utter_t1_hate_taken_off",
    "utter_t1_landlord_not_told",
)
ELLIE = {"age": 21, "relationship_to_offender": "known", "repeat_victimisation": False}
TYRONE = {"age": 15, "under_18": True, "for_someone_else": True}
SAM = {"age": 30, "hate_motivated": True, "relationship_to_offender": "known"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 49, helper T1", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "text",
    [
        "no. but does it count? like is that actually rape",
        "i dont even know if its rape if i was drunk and didnt push him off",
        "was it actually rape? i still dont know",
    ],
)
def test_ellie_is_told_it_can_be_rape(text):
    assert answer(text, "sexual_offence", **ELLIE) == "utter_t1_is_it_rape"


@pytest.mark.parametrize(
    "text", ["was it rape if i froze?", "does that still count if i didnt fight him off"]
)
def test_freezing_keeps_the_round_40_answer(text):
    assert answer(text, "sexual_offence", **ELLIE) == "utter_g3_froze_not_consent"


def test_does_it_count_alone_is_only_about_rape_after_a_sexual_offence():
    assert answer("does it count as a hate crime?", "harassment") != "utter_t1_is_it_rape"


@pytest.mark.parametrize(
    "text",
    [
        "can i ask again tho. if i was drunk and didnt say no properly would police even believe "
        "me",
        "would the police believe me if i was drunk",
    ],
)
def test_drunk_without_spiking_gets_no_spiking_tests(text):
    assert answer(text, "sexual_offence", **ELLIE) == "utter_t1_believed_drunk"


def test_spiking_still_gets_the_spiking_answer():
    said = answer("would police believe me if i was drunk, i think my drink was spiked", None)
    assert said == "utter_believed_when_drunk"


@pytest.mark.parametrize(
    "text",
    [
        "he was at ours last night and i just stayed in my room the whole time. i cant tell my "
        "flatmate shes going to hate me. what am i meant to do",
        "thats not what i meant. i mean he keeps coming round and i have to see him. i feel sick "
        "every time",
        "he keeps coming round my flat and i have to see him. what do i do",
        "its not my door tho its my flatmates bf she lets him in. i cant just call 999 on him for "
        "being in the kitchen lol",
    ],
)
def test_ellie_seeing_him_at_home(text):
    assert answer(text, "sexual_offence", **ELLIE) == "utter_t1_has_to_see_him"


def test_seeing_him_is_answered_at_the_referral_question_not_missed():
    turn = Turn(
        text="thats not what i meant. i mean he keeps coming round and i have to see him. i feel "
        "sick every time",
        intent="inform",
        requested="referral_consent",
        answers={"crime_type": "sexual_offence", "consent": True, **ELLIE},
    )
    reading = read_turn(turn)
    assert [s.response for s in reading.say] == ["utter_t1_has_to_see_him"]
    assert "referral_consent" not in reading.slots
    assert not reading.reject


@pytest.mark.parametrize(
    "text",
    [
        "ye we know who it is. man from the next estate. everyone knows. if the feds dont do "
        "nothing im gonna sort it myself swear down",
        "swear down tho if feds dont lock him up by the weekend me and my boys are gonna go round "
        "there. he aint getting away with it",
        "thank u for telling me?? bruv im saying im gonna do something. whatever",
        "we are going to get him back for this",
    ],
)
def test_tyrone_is_told_not_to_retaliate(text):
    assert answer(text, "serious_violence", **TYRONE) == "utter_t1_dont_retaliate"


def test_revenge_after_a_killing_keeps_its_own_answer():
    assert answer("im gonna sort it myself", "homicide") != "utter_t1_dont_retaliate"


@pytest.mark.parametrize(
    "text",
    [
        "them man are still driving past our block",
        "what about my mum, does she gotta do anything cos hes under 18? and them man are still "
        "driving past our block",
        "they keep walking past my house",
    ],
)
def test_offenders_still_around(text):
    assert answer(text, "serious_violence", **TYRONE) == "utter_t1_driving_past"


@pytest.mark.parametrize(
    "text",
    [
        "do i get support as well or is it just for him",
        "na. its just. i keep seeing it when i shut my eyes. the blood n that. i couldnt do "
        "nothing",
        "can i get help too?",
    ],
)
def test_tyrone_gets_support_himself(text):
    assert answer(text, "serious_violence", **TYRONE) == "utter_t1_own_support"


def test_tyrones_age_for_his_brother_at_the_age_question():
    turn = Turn(
        text="19. but its my bro who got shanked not me, hes 15",
        intent="inform",
        requested="age",
        answers={"crime_type": "serious_violence", "reported_to_police": True},
    )
    reading = read_turn(turn)
    assert reading.slots["age"] == 15
    assert reading.slots["under_18"] is True


@pytest.mark.parametrize(
    "text", ["u know hes 15 yeh? not 19. and they been threatening him for months", "his age is 15"]
)
def test_tyrones_correction_of_his_brothers_age(text):
    said = corrections(
        text, {"crime_type": "serious_violence", "age": 19, "for_someone_else": True}
    )
    assert said["age"] == 15 and said["under_18"] is True


def test_own_age_is_not_taken_for_someone_writing_for_themselves():
    assert "age" not in corrections("his age is 15", {"age": 30})


@pytest.mark.parametrize(
    "text",
    [
        "if it went to court id be homeless so. can he evict me for complaining? thats the actual "
        "question. i cant afford to lose this room, rooms in hackney are like 900 quid",
        "so he needs a court order to kick me out? even tho he lives here? my mate said lodgers "
        "have basically no rights",
        "last try. if i report him to the council or police, can he just give me notice to leave? "
        "yes or no",
    ],
)
def test_sam_lodger_eviction(text):
    assert answer(text, "harassment", **SAM) == "utter_t1_lodger_eviction"


@pytest.mark.parametrize(
    "text",
    [
        "hang on i didnt say he targeted me for being trans. honestly no idea, he might just be a "
        "creep to everyone. its my landlord, he lives in the house, i rent a room",
        "again, i never said it was cos im trans. dont want the police told its a hate crime if i "
        "dont know that. can you take that off",
    ],
)
def test_sams_hate_crime_correction_is_taken(text):
    assert corrections(text, {"crime_type": "harassment", "hate_motivated": True}) == {
        "hate_motivated": False,
        "hate_strand": None,
    }
    assert answer(text, "harassment", **SAM) == "utter_t1_hate_taken_off"


def test_hate_not_said_taken_off_only_when_it_was_noted():
    text = "can you take that off, i never said it was cos im trans"
    assert answer(text, "harassment", hate_motivated=False) != "utter_t1_hate_taken_off"


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "no",
        "i want to report it",
        "how do i get support?",
        "can he come to court with me",
        "is it too late to report it now its been 3 weeks",
        "what is a hate crime?",
        "he came round my flat and hit me",
    ],
)
def test_ordinary_messages_get_none_of_the_new_answers(text):
    for crime in ("sexual_offence", "serious_violence", "harassment", None):
        said = answer(text, crime)
        assert said not in NEW, (text, crime, said)


@pytest.mark.parametrize(
    "text",
    ["depends. who's the support team. does my landlord get told", "will my flatmate find out?"],
)
def test_sam_is_told_her_landlord_is_not_told(text):
    assert answer(text, None) == "utter_t1_landlord_not_told"


def test_sams_privacy_question_is_answered_at_the_privacy_question():
    turn = Turn(
        text="depends. who's the support team. does my landlord get told",
        intent="inform",
        requested="consent",
        answers={},
    )
    reading = read_turn(turn)
    assert [s.response for s in reading.say] == ["utter_t1_landlord_not_told"]
    assert "consent" not in reading.slots

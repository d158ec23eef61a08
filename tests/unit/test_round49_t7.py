"""Round 49 answers (helper T7): Jean, Oskar and Rebecca.

- Jean, 74, hard of hearing, abused at night by the council tenant upstairs: "Can the council
  move him somewhere else?" got "I can't answer" three times; "what did you say about pressing
  55? My hearing is not what it was" got a phone number.
- Oskar, 26, whose boss keeps his Lithuanian ID card: "how i get it back?" got witness expenses
  and police-held property; "can i get new one? from embassy maybe?" got "I can't answer";
  "if police come to the house ... they deport us all?" was noted as "you've told the police".
- Rebecca, whose ex breaches a non-molestation order: "I was told an officer would be in touch
  ... how quickly they must update me" got the answer for a partner who is a police officer;
  "I reported the first school incident ..., I haven't reported the emails yet" was noted as
  "you haven't told the police".
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.reading import corrections

NEW = ("utter_t7_council_move_neighbour", "utter_t7_id_back", "utter_t7_update_times")
JEAN = {
    "age": 74,
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": True,
    "reported_to_police": False,
}
OSKAR = {"age": 26, "relationship_to_offender": "someone_known", "reported_to_police": False}
REBECCA = {
    "age": 40,
    "relationship_to_offender": "partner_or_ex",
    "reported_to_police": True,
    "repeat_victimisation": True,
}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 49, helper T7", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Jean -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Can the council move him somewhere else?",
        "I'm sorry dear, what messages? He doesn't send me messages, he shouts through the door. "
        "I don't go on the sites. I would like to feel safe, and information. Can the council "
        "move him somewhere else?",
        "Thank you. But I still don't know about the council. He is a council tenant like me I "
        "think. Can they make him leave? I have lived here 31 years, I don't want to be the one "
        "to move.",
        "can the housing evict the neighbour?",
        "is there any way to get him moved? he rents from the council",
    ],
)
def test_the_council_moving_the_neighbour_is_answered(said):
    assert answer(said, "stalking_harassment", **JEAN) == "utter_t7_council_move_neighbour"


@pytest.mark.parametrize(
    "said",
    [
        "can the council move me somewhere else?",
        "My grandson says it is anti social behaviour and the council housing should deal with "
        "it. Is he right?",
        "can the police make him leave the house?",
        "Havering. Romford way.",
        "Yes it's only me and Biscuit here.",
    ],
)
def test_other_messages_do_not_get_the_neighbour_answer(said):
    assert answer(said, "stalking_harassment", **JEAN) != "utter_t7_council_move_neighbour"


def test_the_neighbour_answer_is_not_for_a_partner():
    said = "can the council make him leave? we both rent from them"
    assert answer(said, "domestic_abuse", **REBECCA) != "utter_t7_council_move_neighbour"


@pytest.mark.parametrize(
    "said",
    [
        "I am 74, 75 in March. Sorry what did you say about pressing 55? My hearing is not what "
        "it was so I don't like the telephone much.",
        "what do you mean press 55? I'm deaf",
    ],
)
def test_press_55_from_someone_who_cannot_hear_gets_ways_to_reach_999_by_text(said):
    assert answer(said, "stalking_harassment", **JEAN) == "utter_999_bsl"


# -- Oskar ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "i want my ID back. how i get it back? without ID i cant do nothing, cant go home even",
        "no court. police dont have it. my boss have it, Darius. he keep in his car. how i get "
        "back",
        "ok. but my ID card. can i get new one? from embassy maybe?",
        "how do I get my identity card back from my employer?",
    ],
)
def test_getting_the_id_card_back_is_answered(said):
    assert answer(said, "trafficking_modern_slavery", **OSKAR) == "utter_t7_id_back"


@pytest.mark.parametrize(
    "said",
    [
        "26. what means trafficking? i came myself on bus, nobody traffic me",
        "if i call this helpline, they tell Darius? he is dangerous man. and where i sleep if i "
        "leave",
        "ok. maybe i call the helpline tomorow when Darius not there. thank you",
    ],
)
def test_other_messages_do_not_get_the_id_answer(said):
    assert answer(said, "trafficking_modern_slavery", **OSKAR) != "utter_t7_id_back"


def test_the_id_answer_is_only_for_exploitation():
    assert answer("how do i get my id back?", "theft", **OSKAR) != "utter_t7_id_back"


def test_a_question_about_police_coming_is_not_telling_the_police():
    said = "if police come to the house, other men also no papers. they deport us all?"
    assert "reported_to_police" not in corrections(
        said, {"crime_type": "trafficking_modern_slavery", **OSKAR}
    )


def test_saying_the_police_were_told_still_corrects():
    said = "no, I did report it to the police last week"
    assert corrections(said, {"crime_type": "theft", **OSKAR}) == {"reported_to_police": True}


# -- Rebecca ----------------------------------------------------------------------------------


REBECCA_ASKS = (
    "Information. Specifically: when I reported on the 3rd I was told an officer would be in "
    "touch. Nothing for 12 days. What does the Victims' Code say about how quickly they must "
    "update me, and am I entitled to the enhanced service?"
)


@pytest.mark.parametrize(
    "said",
    [
        REBECCA_ASKS,
        "how quickly must the police update me?",
        "what are the timescales for police updates?",
    ],
)
def test_how_soon_the_police_must_update_gets_rights_3_and_6(said):
    assert answer(said, "domestic_abuse", **REBECCA) == "utter_t7_update_times"


def test_an_officer_on_the_case_is_not_a_partner_who_is_a_police_officer():
    said = "I reported it and was told an officer would contact me, nobody did"
    assert answer(said, "domestic_abuse", **REBECCA) != "utter_j6_report_police_partner"
    police_partner = "how do I report him? he is a police officer"
    assert answer(police_partner, "domestic_abuse", **REBECCA) == "utter_j6_report_police_partner"


@pytest.mark.parametrize(
    "said",
    [
        "40. For accuracy: I reported the first school incident to police on the 3rd, I haven't "
        "reported the emails yet. Breach of a non-mol is a criminal offence under s.42A Family "
        "Law Act, so what are the police actually required to do?",
        "I reported the first one but not the others",
    ],
)
def test_reporting_part_of_it_keeps_told_the_police(said):
    assert "reported_to_police" not in corrections(
        said, {"crime_type": "domestic_abuse", **REBECCA}
    )


def test_not_reported_at_all_still_corrects():
    said = "no I haven't reported it to the police"
    assert corrections(said, {"crime_type": "domestic_abuse", **REBECCA}) == {
        "reported_to_police": False
    }


@pytest.mark.parametrize(
    "said", ["how long do you keep what i tell you?", "how long will i have to wait for court?"]
)
def test_other_how_long_questions_do_not_get_the_update_times(said):
    assert answer(said, "theft", **OSKAR) != "utter_t7_update_times"

"""Round 50 answers and readings (helper V4).

- Priya, 19, touched between her legs by a minicab driver: her account was not understood; her
  fear that "he knows where i am" was read as stalking; "does the cab firm have to know?", "what
  do i do about him knowing where i live", "do i need to go to a clinic", "i already washed my
  jeans tho is that bad" and "can i still report it" got "I can't answer" or the forensic text.
- Declan, 44, an Irish Traveller punched outside a pub by the landlord's mate, "dirty pikeys"
  shouted: recorded as "someone you know"; "does it count as a hate crime cos im a traveller?"
  got the general list three times; "is he allowed just refuse us cos were travellers?", "do
  they pass stuff to the guards" and "this stop hate crowd ... do they go to the police" missed.
- Roy, 73, blind, whose neighbour used his bank card: "Do I have to see him?" and "will I have
  to face Terry?" got "I can't answer" twice.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account

NEW = (
    "utter_v4_traveller_hate",
    "utter_v4_pub_refused_traveller",
    "utter_v4_cab_firm",
    "utter_v4_knows_where_i_live",
    "utter_v4_clinic_after_touching",
    "utter_v4_still_report",
    "utter_v4_face_him",
)
PRIYA = {"age": 19, "relationship_to_offender": "stranger", "reported_to_police": False}
DECLAN = {"age": 44, "relationship_to_offender": "stranger", "hate_motivated": True}
ROY = {"age": 73, "relationship_to_offender": "someone_known", "repeat_victimisation": True}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 50, helper V4", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# Priya


def test_priyas_account_is_a_sexual_offence():
    account = read_account(
        "idk how to say it. saturday night i got a minicab home from a night out and the driver "
        "like put his hand between my legs. over my jeans. i was a bit drunk but i remember it. "
        "i just froze and got out when we got to mine"
    )
    assert account.crime_type == "sexual_offence"


def test_fear_that_he_knows_where_she_is_is_not_stalking():
    account = read_account(
        "no just that once. but hes dropped me at my halls so he knows where i am. im scared "
        "hes gonna turn up or something"
    )
    assert account.crime_type != "stalking_harassment"
    assert read_account("he always knows where i am, hes following me").crime_type == (
        "stalking_harassment"
    )


@pytest.mark.parametrize(
    "text",
    [
        "the cab driver. i booked it through a local minicab firm in hounslow, not uber. does the "
        "cab firm have to know?? i dont want them knowing my name and address, he already knows "
        "where i live",
        "and the cab firm? do i have to tell them? i still have the booking on my phone",
        "do i have to tell the taxi company?",
    ],
)
def test_priya_is_told_about_the_cab_firm(text):
    assert answer(text, "sexual_offence", **PRIYA) == "utter_v4_cab_firm"


@pytest.mark.parametrize(
    "text",
    [
        "what do i do about him knowing where i live",
        "ok thats good. i already washed my jeans tho is that bad. also what do i do about him "
        "knowing where i live, theres minicabs outside halls all the time and i keep looking",
    ],
)
def test_priyas_fear_he_knows_where_she_lives(text):
    # i91d (round 91): staff or security only for someone who told of halls (Priya did).
    halls = ["he dropped me back at my halls"]
    assert answer(text, "sexual_offence", said=halls, **PRIYA) == "utter_v4_knows_where_i_live"


def test_priyas_clinic_question():
    text = (
        "no. do i need to go to a clinic or something? like a sexual health clinic? he didnt go "
        "under my clothes"
    )
    assert answer(text, "sexual_offence", **PRIYA) == "utter_v4_clinic_after_touching"


@pytest.mark.parametrize(
    "text",
    [
        "thanks. last thing, does it matter that i washed my jeans? like can i still report it",
        "can i still report it to police even tho its been 2 days",
        "i already washed my jeans tho is that bad",
    ],
)
def test_priya_can_still_report(text):
    assert answer(text, "sexual_offence", **PRIYA) == "utter_v4_still_report"


# Declan


def test_declans_account_is_an_assault_by_someone_he_does_not_know():
    account = read_account(
        "went in a pub friday in lewisham after work with me cousin. landlord took one look and "
        "says were not serving ye lads. we left, no bother, then his mate follows us out into "
        "the car park and lamps me one in the face. shouting dirty pikeys get out of it and all "
        "that"
    )
    assert account.crime_type == "assault"
    assert account.offender != "someone_known"
    assert account.hate is True


@pytest.mark.parametrize(
    "text",
    [
        "my landlord punched me in the face",
        "my mate punched me in the face",
    ],
)
def test_their_own_landlord_or_mate_is_still_someone_they_know(text):
    assert read_account(text).offender == "someone_known"


@pytest.mark.parametrize(
    "text",
    [
        "no and i wont be. police round here never done nothing for our lot. theyd probably say i "
        "started it. question is does it count as a hate crime cos im a traveller? irish "
        "traveller like. or is that only for black lads and that",
        "44. but you didnt answer me. travellers arent a race are we? does it count or not",
        "last time im asking. is an irish traveller covered for hate crime yes or no",
        "are gypsies protected for hate crime?",
    ],
)
def test_declan_is_told_travellers_count(text):
    assert answer(text, "assault", **DECLAN) == "utter_v4_traveller_hate"


def test_declan_refused_service():
    text = (
        "and the pub. is he allowed just refuse us cos were travellers? sign on the door used to "
        "say no travellers back in the day"
    )
    assert answer(text, "assault", **DECLAN) == "utter_v4_pub_refused_traveller"


def test_guards_are_the_police():
    text = "what support team. who are they. do they pass stuff to the guards"
    assert answer(text, None) == "utter_support_not_police"


def test_stop_hate_without_the_police():
    text = (
        "this stop hate crowd, if i ring them do they go to the police with it? cos i dont want "
        "the police at my door"
    )
    assert answer(text, "assault", **DECLAN) == "utter_r5_stop_hate_reports_for_you"


# Roy


@pytest.mark.parametrize(
    "text",
    [
        "No, I don't think so. I am blind, as I said. Do I have to see him? He lives next door, I "
        "can hear him through the wall.",
        "Thank you. Can I ask you again, if I tell the police will I have to face Terry? I have "
        "to live next to the man.",
    ],
)
def test_roy_does_not_have_to_face_him(text):
    assert answer(text, "fraud", **ROY) == "utter_v4_face_him"


# Ordinary messages keep their answers or get none of these.


@pytest.mark.parametrize(
    "text,crime",
    [
        ("do i have to see a doctor?", "assault"),
        ("will i have to talk to the police?", "fraud"),
        ("would i have to see him in court", "assault"),
        ("i was travelling home on the bus when he hit me", "assault"),
        ("is it a hate crime?", "assault"),
        ("yes", "sexual_offence"),
        ("no", "sexual_offence"),
        ("hounslow", "sexual_offence"),
        ("my ex knows where i live", "domestic_abuse"),
        ("can i report it online?", "fraud"),
        ("do i have to tell my bank?", "fraud"),
    ],
)
def test_ordinary_messages_do_not_get_these_answers(text, crime):
    assert answer(text, crime) not in NEW

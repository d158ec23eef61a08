"""Round 42 answers (helper L4): serious findings for Faith, Chidi, Owen and Steve.

- Faith, 19, writing for her friend raped at a party: "is it her fault?" got "I can't answer";
  "what do i say to her" was ignored three times.
- Chidi, 27, a nurse renting a room from a live-in landlord who comes into her room and touched
  her once: "can he come into my room?" asked four times; her job read as harassment at work;
  told to tell the landlord about locks; told the council must help despite no recourse to
  public funds.
- Owen, 45, hit by his wife, who told the police he is the abuser: never told about free legal
  advice at his interview; his children's ages taken as his; the women's helpline again.
- Steve, 61, his pension lost to a scam: "She'll leave me, I can't face it" got nothing.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

NEW = (
    "utter_l4_what_to_say_to_them",
    "utter_l4_not_their_fault",
    "utter_l4_landlord_in_room",
    "utter_l4_lodger_locks",
    "utter_l4_housing_no_public_funds",
    "utter_l4_free_legal_advice",
    "utter_l4_mens_advice_line",
    "utter_l4_cant_face_it",
)
FAITH = {"for_someone_else": True, "age": 19, "relationship_to_offender": "someone_known"}
CHIDI = {"age": 27, "relationship_to_offender": "someone_known"}
OWEN = {"age": 45, "relationship_to_offender": "partner_or_ex", "gender": "man"}
STEVE = {"age": 61, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 42, helper L4", ({}, {"for_someone_else": True}, {"under_18": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Faith ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "kind of, a guy from another flat, she only met him last night. she was really drunk. "
        "she thinks its her fault because she was drinking 😢 what do i even say to her",
        "no. please what do i say to her, she's crying and i dont want to say the wrong thing",
        "why are you asking me this?? i asked you twice what to say to her",
        "how do i support my friend?",
        "what should i say to him",
    ],
)
def test_faith_what_to_say_to_her(said):
    assert answer(said, "sexual_offence", **FAITH) == "utter_l4_what_to_say_to_them"


@pytest.mark.parametrize(
    "said",
    [
        "ok. she just said its her fault for going back to his flat. is it?? i said no but she "
        "wont listen",
        "she keeps saying it was her fault because she was drunk",
        "is it his fault for drinking so much?",
        "she blames herself",
    ],
)
def test_faith_is_it_her_fault(said):
    assert answer(said, "sexual_offence", **FAITH) == "utter_l4_not_their_fault"


def test_the_answers_say_it_is_not_their_fault():
    from known_answers import RESPONSES

    assert "isn't their fault" in RESPONSES["utter_l4_not_their_fault"][0]["text"]
    assert "isn't their fault" in RESPONSES["utter_l4_what_to_say_to_them"][0]["text"]
    assert "020 3299 6900" in RESPONSES["utter_l4_what_to_say_to_them"][0]["text"]


# -- 2. Chidi -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No. He hasn't told me to leave yet, he just says he will if I say anything. Is he even "
        "allowed to come in my room without asking? He lives downstairs, I rent one room and we "
        "share the kitchen",
        "you didn't answer me. can he come in my room whenever he wants? I've started putting a "
        "chair against the door at night",
        "English is fine. but please can you answer my question about him coming into my room",
        "thank you. I still need to know, is he allowed in my room without notice? and if I have "
        "to leave where do I go, I can't lose my job I work nights at Guys",
        "no its not at work, its my LANDLORD. at home. work is fine. I asked 3 times now if he "
        "can enter my room",
    ],
)
def test_chidi_can_the_landlord_come_into_her_room(said):
    assert answer(said, "sexual_offence", **CHIDI) == "utter_l4_landlord_in_room"


@pytest.mark.parametrize(
    "said",
    [
        "ok. last thing, should I change the lock on my door or is that not allowed",
        "but the landlord is the one I'm scared of?? ok never mind. thank you, bye",
        "can I put a lock on my bedroom door? my landlord has a key",
    ],
)
def test_chidi_locks_when_the_landlord_is_the_one_she_fears(said):
    assert answer(said, "sexual_offence", **CHIDI) == "utter_l4_lodger_locks"


@pytest.mark.parametrize(
    "said",
    [
        "will the council help me even with my visa? it says no recourse to public funds on my BRP",
        "I have NRPF, can I get housing?",
    ],
)
def test_chidi_housing_with_no_recourse_to_public_funds(said):
    assert answer(said, "sexual_offence", **CHIDI) == "utter_l4_housing_no_public_funds"


def test_chidi_no_recourse_answer_does_not_promise_council_help():
    from known_answers import RESPONSES

    text = RESPONSES["utter_l4_housing_no_public_funds"][0]["text"]
    assert "usually can't" in text and "must help" not in text


# -- 3. Owen ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no. Look I'm 45, this has been going on about 6 years. Should I go to the interview on "
        "my own or do I need a solicitor? I can't afford one",
        "45. Sorry but are you going to answer about proving it? The police rang me yesterday "
        "and want me to come in for a voluntary interview. I haven't done anything wrong.",
        "Ok but none of this helps me on Thursday. The police think I'm the abuser. I have texts "
        "where she apologises, photos of a cut on my head from the mug, and my brother saw her "
        "slap me once at a barbecue. What do I do with all that? Do I show the police at the "
        "interview? Do I need a lawyer?",
        "I AM the one being interviewed under caution. Me. Not her. Does anyone get that",
    ],
)
def test_owen_free_legal_advice_at_his_interview(said):
    assert answer(said, "domestic_abuse", **OWEN) == "utter_l4_free_legal_advice"


def test_owen_childrens_ages_are_not_his_age():
    said = (
        "No. well I haven't slept properly in months if that counts. I keep thinking about my "
        "kids, Lily is 7 and Sam is 4, she's got them and she's told me I'm not seeing them. Can "
        "she do that? I've got texts from her where she says sorry for hitting me, would that "
        "help prove it?"
    )
    assert answer(said, "domestic_abuse", **OWEN) != "utter_under_18_enhanced_service"


def test_owen_women_only_helpline_gets_the_mens_advice_line():
    said = (
        "isn't that the Refuge one? thats the one that told me they're for women. and you "
        "didn't answer if I'll be arrested"
    )
    assert answer(said, "domestic_abuse", **OWEN) == "utter_l4_mens_advice_line"


# -- 4. Steve -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No. Well, apart from being stupid. My wife doesn't know. She'll leave me, I can't face it",
        "i just cant face anyone",
    ],
)
def test_steve_cant_face_it(said):
    assert answer(said, "fraud", **STEVE) == "utter_l4_cant_face_it"


# -- Ordinary messages keep their answers (or none) ----------------------------------------


@pytest.mark.parametrize(
    ("said", "crime", "told"),
    [
        ("no", "sexual_offence", FAITH),
        ("shes 19 same as me. we're at uni together", "sexual_offence", FAITH),
        ("haringey", "sexual_offence", FAITH),
        ("someone to talk to, and her health", "sexual_offence", FAITH),
        ("27", "sexual_offence", CHIDI),
        ("Southwark", "sexual_offence", CHIDI),
        ("English is fine", "sexual_offence", CHIDI),
        ("weekday mornings 9 to 12", "sexual_offence", CHIDI),
        ("My partner or ex", "domestic_abuse", OWEN),
        ("Ealing", "domestic_abuse", OWEN),
        ("any time, she doesn't have my phone. before thursday please", "domestic_abuse", OWEN),
        ("Havering. Hornchurch", "fraud", STEVE),
        ("weekdays in the daytime, she works 9 till 3", "fraud", STEVE),
        ("I can't face going to court", "assault", STEVE),
        ("was the suspect interviewed under caution?", "assault", STEVE),
        ("do I need a lawyer for court?", "assault", STEVE),
        ("my husband comes into my room at night", "domestic_abuse", OWEN),
    ],
)
def test_ordinary_messages_do_not_get_the_new_answers(said, crime, told):
    assert answer(said, crime, **told) not in NEW


def test_a_victim_asking_about_the_suspects_interview_is_not_told_about_a_duty_solicitor():
    said = "will the police interview him under caution? do I need a solicitor for my statement?"
    assert answer(said, "assault", **STEVE) != "utter_l4_free_legal_advice"

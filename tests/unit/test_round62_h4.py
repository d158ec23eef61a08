"""Round 62, helper H4: questions asked in the middle that got "I can't answer" or another
question's answer (Joanne, Malcolm, Leon, Kofi, Sophie, Derek, Dee)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from tests.unit.known_answers import RESPONSES, answer, said_answer

JOANNE_SAID = [
    "Hi, my ex has a non-molestation order but he keeps sending messages to me through our son "
    "who is 10. Things like 'tell your mum she'll regret it'. Does that break the order?",
]
MALCOLM_SAID = [
    "I want to report a racist who tried to run me over",
    "no. it was yesterday. Tesco car park in Bromley. guy pulls up calls me a n***** and a "
    "monkey then revs and drives straight at me. I had to jump out the way and landed on my "
    "wrist",
]
LEON_SAID = [
    "yo so basically a bouncer punched me outside a club in camden sat night and chipped my "
    "front tooth.",
]
KOFI_SAID = [
    "Yes the police came to the hospital on Wednesday. A traffic officer. But Kwame cannot "
    "remember the crash at all",
]
SOPHIE_SAID = [
    "hi um a guy groped me on the N29 on saturday night and the driver literally did nothing",
]
DEREK_SAID = ["Evening. Some charmer has broken into my allotment shed again."]


@pytest.mark.parametrize(
    "text",
    [
        JOANNE_SAID[0],
        "yes fine. but does it break the order? I've reported it twice and nothing has happened",
        "42. What are the police actually supposed to do? The first time they said it was a "
        "'grey area' because it came through Josh",
        "sorry but nobody is answering my question. is it a grey area or not??",
    ],
)
def test_joanne_order_broken_through_child(text):
    got = said_answer(text, "domestic_abuse", JOANNE_SAID, consent=True, age=42.0)
    assert got == "utter_h4_order_messages_through_child"


def test_joanne_complaint_keeps_complaint_answer():
    text = "so if the police say its a grey area again and do nothing, can I complain?"
    got = said_answer(text, "domestic_abuse", JOANNE_SAID, consent=True)
    assert got != "utter_h4_order_messages_through_child"


def test_order_breach_without_a_child_keeps_general_answer():
    text = "my ex has a non-molestation order and keeps texting me. does that break the order?"
    assert answer(text, "domestic_abuse") == "utter_order_breach"


@pytest.mark.parametrize(
    "text",
    [
        "thanks. he won't find out about this will he? he has a way of finding things out",
        "will he find out about this?",
    ],
)
def test_will_he_find_out(text):
    assert said_answer(text, "domestic_abuse", JOANNE_SAID) == "utter_h4_will_he_find_out"


def test_will_he_find_out_i_reported_is_not_this_answer():
    text = "will he find out i reported him to the police?"
    assert answer(text, "domestic_abuse") != "utter_h4_will_he_find_out"


@pytest.mark.parametrize(
    "text",
    [
        "not yet. I got half his number plate, LK68 something. is that enough for them?",
        "No never seen him before. Is a half number plate any use?",
        "i only got part of the reg, is that any use?",
    ],
)
def test_part_number_plate(text):
    got = said_answer(text, "attempted_murder", MALCOLM_SAID, consent=True)
    assert got == "utter_h4_part_number_plate"


def test_own_number_plate_stolen_is_not_this_answer():
    text = "someone stole my number plate off my car, is that a crime?"
    assert answer(text, "theft") != "utter_h4_part_number_plate"


@pytest.mark.parametrize(
    "text,said,crime",
    [
        (
            "last time. should I go to tesco and ask for the cctv before they wipe it",
            MALCOLM_SAID,
            "attempted_murder",
        ),
        (
            "stranger. white guy, 30s, silver BMW. tesco will have cameras wont they",
            MALCOLM_SAID,
            "attempted_murder",
        ),
        (
            "wait so yes or no lol. ok nah dont pass my stuff on. ill think about reporting. does "
            "the club have to give the police the cctv",
            LEON_SAID,
            "assault",
        ),
    ],
)
def test_shop_or_club_cctv(text, said, crime):
    assert said_answer(text, crime, said, consent=True) == "utter_h4_shop_or_club_cctv"


def test_bus_cctv_keeps_bus_answer():
    text = "no. will they get the cctv from the bus? my friend said it gets deleted"
    assert said_answer(text, "sexual_offence", SOPHIE_SAID) != "utter_h4_shop_or_club_cctv"


def test_own_doorbell_camera_is_not_this_answer():
    text = "my ring doorbell camera caught him at the shop door, should i send it to police?"
    assert answer(text, "burglary") != "utter_h4_shop_or_club_cctv"


@pytest.mark.parametrize(
    "text",
    [
        "nah havent. would they even care? and wouldnt i get in trouble for being drunk",
        "20. u didnt answer the drunk thing lol",
        "will i get in trouble cos i was drinking?",
    ],
)
def test_drunk_not_to_blame(text):
    assert said_answer(text, "assault", LEON_SAID) == "utter_h4_drunk_not_to_blame"


def test_drunk_not_to_blame_does_not_take_other_fault_questions():
    assert answer("was it my fault? he hit me", "assault") != "utter_h4_drunk_not_to_blame"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. One more thing. The police officer has not called us since Wednesday. How "
        "long do they have to tell us anything?",
        "No, I asked about the police. You said before compensation is not for hit and run. When "
        "must the police give us news?",
    ],
)
def test_kofi_police_update_times(text):
    assert said_answer(text, "serious_violence", KOFI_SAID) == "utter_t7_update_times"


def test_how_long_to_claim_is_not_update_times():
    assert answer("how long do i have to claim compensation?", "assault") != (
        "utter_t7_update_times"
    )


@pytest.mark.parametrize(
    "text",
    [
        "no never seen him before. can i complain about the driver? like to tfl or the bus company",
        "no. but thats not what i asked, the driver isnt the police. i mean tfl",
    ],
)
def test_sophie_complain_to_tfl(text):
    said = [*SOPHIE_SAID, "can i complain about the driver? like to tfl or the bus company"]
    assert said_answer(text, "sexual_offence", said) == "utter_h4_complain_tfl_bus"


def test_complaint_about_police_keeps_code_route():
    text = "can I complain about the police? they did nothing"
    assert answer(text, "assault") != "utter_h4_complain_tfl_bus"


@pytest.mark.parametrize(
    "text",
    [
        "A decent lock would be a start. The council one's made of cheese. Is there anyone who "
        "helps with that sort of thing for pensioners?",
        "MORE. Anything about locks in there?",
    ],
)
def test_derek_locks(text):
    assert said_answer(text, "burglary", DEREK_SAID, age=66.0) == "utter_h4_locks_older"


def test_locks_for_younger_person_is_not_this_answer():
    text = "is there anyone who helps with locks?"
    assert said_answer(text, "burglary", DEREK_SAID, age=30.0) != "utter_h4_locks_older"


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday a man drove straight at me. I had to jump out the way. Is that attempted "
        "murder?",
        "No I'm at home. I'll get it looked at. Still waiting to hear if you think its "
        "attempted murder because thats what it felt like",
        "So you're saying it IS attempted murder? I just asked. Not yet reported, I wanted to "
        "know what to say to them first",
    ],
)
def test_dee_is_it_attempted_murder(text):
    assert answer(text, None, consent=True) == "utter_h4_is_it_attempted_murder"
    assert read_account(text).crime_type != "attempted_murder"


@pytest.mark.parametrize(
    "text",
    [
        "he was charged with attempted murder",
        "it was attempted murder, he stabbed me",
        "I want to report a racist who tried to run me over",
    ],
)
def test_attempted_murder_told_is_still_read(text):
    assert read_account(text).crime_type == "attempted_murder"
    assert answer(text, "attempted_murder") != "utter_h4_is_it_attempted_murder"


def test_responses_are_short_and_sourced():
    for name, variants in RESPONSES.items():
        if name.startswith("utter_h4_"):
            assert all(len(v["text"]) <= 320 for v in variants), name

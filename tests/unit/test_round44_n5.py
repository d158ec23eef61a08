"""Round 44 (helper N5): words read without their context, records that could not be put
right, and main questions ignored.

- Jamal, 22, Hackney, racist attack: "what even is stop hate uk" ended the chat; his stop and
  search "a week before" became "it has happened more than once", and three corrections were
  refused; "is there support that aint the police" was ignored twice.
- Sofia ("If he is at the nursery tomorrow when I go, what I do") got a goodbye; Walter ("thank
  you. if he comes thursday do i open the door") got "You're welcome".
- Zara, 19, spiked: "i dont want it saying i was raped" was noted as a sexual offence, and
  "no!! ... dont put that ... put spiking" was taken as a no to being referred.
- Molly, 26, grabbed at work by a regular: invented online facts, "is it serious enough?" and
  her rights at work never answered, and her corrections not kept.
- Ian, 58, Hayes, tools stolen at Cobham services (Surrey): "Surrey or Met?" ignored 3 times.

Each test quotes the message as it was written; ordinary messages must not match.
"""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.dialogue import ActionThanks
from actions.reading import Turn, corrections, read_turn
from actions.wording import changed_line, summary_line
from bot.keywords import n5_asks_something, n5_not_a_stop
from tests.unit.conftest import classify, make_tracker, responses
from tests.unit.known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

NEW = (
    "utter_n5_support_not_police",
    "utter_n5_groping_is_sexual_assault",
    "utter_n5_work_rights_sexual_harassment",
    "utter_n5_report_where_it_happened",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 44, helper N5", ({}, {"hate_motivated": True}, {"for_someone_else": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. "stop" and goodbyes in context ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "what even is stop hate uk",
        "what is stop hate",
        "how do i stop him coming round",
        "make it stop",
        "i just want him to stop. how do i make him stop",
        "the stop and search was police not them",
        "he followed me to the bus stop",
        "he wont stop messaging me",
    ],
)
def test_stop_inside_a_name_or_about_the_offender_is_not_the_stop_command(text):
    assert n5_not_a_stop(text)
    assert classify(text, "stop", ["stop", "ask_right", "inform"]) != "stop"


@pytest.mark.parametrize(
    "text",
    [
        "stop",
        "STOP",
        "please stop",
        "stop asking",
        "stop asking me questions",
        "stop messaging me",
        "stop it",
        "i want to stop",
        "i want to stop the questions",
        "not now, stop",
        "too many questions, stop",
        "pls stop asking me stuff",
        "can you stop",
        "why do you keep asking me stuff. stop",
        "what is this. please stop messaging me",
    ],
)
def test_a_request_to_stop_still_stops(text):
    assert not n5_not_a_stop(text)
    assert classify(text, "stop") == "stop"


def test_a_bare_stop_is_stop_whatever_the_guess():
    assert classify("STOP", "inform") == "stop"
    assert classify("stop", "ask_right") == "stop"


@pytest.mark.parametrize(
    "text",
    [
        "If he is at the nursery tomorrow when I go, what I do",
        "thank you. if he comes thursday do i open the door",
        "ok bye. wait what do i do if he comes back",
    ],
)
def test_a_message_that_asks_is_not_a_goodbye(text):
    assert n5_asks_something(text)
    assert classify(text, "goodbye", ["goodbye", "ask_right", "inform"]) != "goodbye"


@pytest.mark.parametrize(
    "text", ["bye", "thanks bye", "ok bye", "i have to go now", "gotta go, bye", "take care"]
)
def test_a_goodbye_is_still_a_goodbye(text):
    assert not n5_asks_something(text)
    assert classify(text, "goodbye") == "goodbye"


def test_walters_thanks_with_a_question_is_answered_not_youre_welcome(dispatcher, domain):
    slots = {"consent": True, "crime_type": "fraud", "assessment_done": True}
    text = "thank you. if he comes thursday do i open the door"
    tracker = make_tracker(slots=slots, text=text, intent="thanks", active_loop=None)
    ActionThanks().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_doorstep_trader_back"]


def test_a_bare_thanks_is_still_youre_welcome(dispatcher, domain):
    tracker = make_tracker(
        slots={"consent": True}, text="thanks", intent="thanks", active_loop=None
    )
    ActionThanks().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_you_are_welcome"]


# -- 2. Zara: her record, in her words, and her referral kept --------------------------------------

ZARA = {
    "account_details": ["spiked"],
    "crime_type": "assault",
    "results_shown": True,
    "reported_to_police": False,
    "age": 19.0,
    "gender": "woman",
}


def _at_referral(text: str, **answers: object) -> Turn:
    return Turn(
        text=text,
        intent="deny",
        requested="referral_consent",
        answers={**ZARA, **answers},
        asked={"referral_consent": 1},
    )


@pytest.mark.parametrize(
    "text",
    [
        "wait what have u written down about me. i dont want it saying i was raped when i dont "
        "know",
        "i dont want it to say sexual assault",
        "dont put rape",
    ],
)
def test_refusing_a_word_for_the_record_notes_no_sexual_offence(text):
    reading = read_turn(_at_referral(text, intent="inform"))
    assert reading.slots.get("crime_type") != "sexual_offence"


def test_a_no_that_puts_the_record_right_is_not_a_no_to_being_referred():
    text = (
        "no!! i literally just said dont put that. i dont know if anything sexual happened. "
        "put spiking"
    )
    reading = read_turn(_at_referral(text, crime_type="sexual_offence"))
    assert reading.slots.get("referral_consent") is not False
    assert reading.slots.get("crime_type") == "assault"


@pytest.mark.parametrize("text", ["no", "no thanks", "no i dont want anyone contacting me"])
def test_a_plain_no_at_the_referral_is_still_a_no(text):
    assert read_turn(_at_referral(text)).slots.get("referral_consent") is False


@pytest.mark.parametrize(
    "text",
    [
        "omg stop putting sexual offence. i was spiked. thats it. change it",
        "thats wrong. it was spiking",
        "no!! i literally just said dont put that. i dont know if anything sexual happened",
    ],
)
def test_a_spiking_put_right_is_kept_and_said_as_spiking(text):
    changes = corrections(text, {**ZARA, "crime_type": "sexual_offence"})
    assert changes["crime_type"] == "assault"
    assert "spiked" in changes["account_details"]
    assert "spiking" in str(changed_line(changes))


def test_the_record_says_spiking_from_the_first_message():
    facts = read_account("hi um sorry idk if this is the right thing. i think i got spiked").facts()
    assert "spiking" in summary_line({**facts, "age": 19.0})
    assert "spiking" not in summary_line({"crime_type": "assault", "age": 30.0})


def test_a_sexual_offence_told_is_still_noted():
    assert read_account("he raped me last night").crime_type == "sexual_offence"
    changes = corrections("it was sexual assault", {"crime_type": "sexual_offence"})
    assert changes.get("crime_type") is None


# -- 3. Jamal: a stop and search is not the crime happening again ----------------------------------

JAMAL = {"crime_type": "assault", "hate_motivated": True}


def test_a_police_stop_before_is_not_noted_as_happening_again():
    text = (
        "no. why would i go to the same people who stopped and searched me a week before for "
        "nothing. not happening"
    )
    turn = Turn(text=text, intent="deny", requested="reported_to_police", answers=JAMAL)
    reading = read_turn(turn)
    assert reading.slots.get("reported_to_police") is False
    assert "repeat_victimisation" not in reading.slots


def test_it_happening_before_is_still_noted():
    turn = Turn(
        text="no. this has happened before", requested="reported_to_police",
        intent="deny", answers=JAMAL,
    )  # fmt: skip
    assert read_turn(turn).slots.get("repeat_victimisation") is True


@pytest.mark.parametrize(
    "text",
    [
        "what? it aint happened more than once. the search was police not them. the attack was "
        "once",
        "u wrote it happened more than once. thats wrong. it happened once",
        "i have NOT been targeted more than once. fix it. one time",
        "why does it say targeted again and again. i told u it was once",
    ],
)
def test_jamals_corrections_are_taken(text):
    said = {**JAMAL, "repeat_victimisation": True}
    assert corrections(text, said).get("repeat_victimisation") is False


@pytest.mark.parametrize(
    "text",
    ["it happened once before", "it has happened more than once", "they come once a week"],
)
def test_more_than_once_is_not_put_right_to_once(text):
    said = {**JAMAL, "repeat_victimisation": True}
    assert corrections(text, said).get("repeat_victimisation") is not False


@pytest.mark.parametrize(
    "text",
    [
        "what u got that aint police tho. thats all i wanna know",
        "bro im not going court im not going police. u listening? is there support that aint the "
        "police yes or no",
        "is there any help that isnt the police?",
        "are there services other than the police",
    ],
)
def test_support_that_is_not_the_police(text):
    assert answer(text, "assault", hate_motivated=True) == "utter_n5_support_not_police"
    said = sendable("utter_n5_support_not_police", hate_motivated=True)[0]
    assert "Stop Hate UK" in said and "0800 138 1625" in said
    assert "Stop Hate" not in sendable("utter_n5_support_not_police")[0]


@pytest.mark.parametrize(
    "text",
    [
        "do i have to report to the police to get help?",
        "what do the police do now",
        "will the police look at the cctv",
        "is victim support the police?",
    ],
)
def test_other_police_questions_are_not_the_not_police_answer(text):
    assert answer(text, "assault") != "utter_n5_support_not_police"


def test_what_is_stop_hate_uk_is_answered():
    assert answer("what even is stop hate uk", "assault", hate_motivated=True) == (
        "utter_about_organisation"
    )


# -- 4. Molly: groping is sexual assault, her rights at work, no invented facts -----------------

MOLLY = {"repeat_victimisation": True, "age": 26.0}


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        (
            "no. tbh is it even serious enough for police?? like its just a bit of grabbing, "
            "happens to everyone in hospitality haha",
            "stalking_harassment",
        ),
        (
            "is someone grabbing ur bum without asking actually a crime or am i being dramatic",
            "stalking_harassment",
        ),
        (
            "hes not contacting me from new accounts?? hes never messaged me. he doesnt know "
            "where i live (i hope lol). hes touching me at WORK. is that like sexual assault or "
            "what",
            "stalking_harassment",
        ),
        ("a customer groped me, is that a crime?", None),
        ("is a bum grab even illegal", "sexual_offence"),
    ],
)
def test_groping_is_sexual_assault(text, crime):
    assert answer(text, crime, **MOLLY) == "utter_n5_groping_is_sexual_assault"


@pytest.mark.parametrize(
    "text",
    [
        "he grabbed me by the neck, is that assault?",
        "he grabbed my phone, is that robbery?",
        "someone grabbed my bag is that a crime",
        "he keeps messaging me from new accounts am i overreacting",
    ],
)
def test_other_grabs_are_not_the_groping_answer(text):
    assert answer(text, "assault") != "utter_n5_groping_is_sexual_assault"
    assert answer(text, "stalking_harassment") != "utter_n5_groping_is_sexual_assault"


def test_the_contact_answers_only_go_to_people_who_spoke_of_contact():
    said = (
        "hes not contacting me from new accounts?? hes never messaged me. he doesnt know where "
        "i live (i hope lol). hes touching me at WORK"
    )
    assert answer(said, "stalking_harassment", **MOLLY) != "utter_workplace_posted_online"
    overreacting = "he keeps messaging me from new accounts am i overreacting"
    assert answer(overreacting, "stalking_harassment") == "utter_not_overreacting"
    online = "the comments have worked out which cafe i work at, im scared someone turns up"
    assert answer(online, "assault") == "utter_workplace_posted_online"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        (
            "court?? omg its not that deep is it. idk maybe. what are my rights at work tho, like "
            "can my manager just laugh it off like that?",
            "stalking_harassment",
        ),
        (
            "?? thats not what i asked lol. skip. i meant my JOB. my manager. is he allowed to "
            "just ignore it",
            "stalking_harassment",
        ),
        (
            "whats the havens? and u still havent said about my manager. like is it legal for him "
            "to just laugh and do nothing when staff get grabbed",
            "sexual_offence",
        ),
        ("ok thats a bit much for a bum grab lol. my MANAGER tho. work rights. anyone??", None),
    ],
)
def test_molly_is_told_her_rights_at_work(text, crime):
    assert answer(text, crime, **MOLLY) == "utter_n5_work_rights_sexual_harassment"
    said = sendable("utter_n5_work_rights_sexual_harassment")[0]
    assert "40A" in said and "0300 123 1100" in said


@pytest.mark.parametrize(
    "text",
    [
        "do i have to tell my manager?",
        "my boss didnt pay me, is that allowed?",
        "what are my rights?",
    ],
)
def test_other_work_questions_are_not_the_harassment_answer(text):
    assert answer(text, "fraud") != "utter_n5_work_rights_sexual_harassment"
    assert answer(text, "assault") != "utter_n5_work_rights_sexual_harassment"


def test_molly_can_say_she_knows_him_and_that_he_followed_her():
    done = {**MOLLY, "crime_type": "sexual_offence", "relationship_to_offender": "unknown"}
    text = (
        "can u add that he followed me to the bus stop last night and that i know him, hes a "
        "regular at work"
    )
    changes = corrections(text, done)
    assert changes["relationship_to_offender"] == "someone_known"
    assert "followed" in changes["account_details"]
    assert "they followed you" in str(changed_line(changes))
    assert corrections("its someone i know", done) == {"relationship_to_offender": "someone_known"}
    assert corrections("i dont know him", done).get("relationship_to_offender") is None


def test_her_age_put_right_is_not_an_answer_to_who_did_it():
    turn = Turn(
        text="no lol im 26 i just said", intent="deny", requested="relationship_to_offender",
        answers=MOLLY, asked={"relationship_to_offender": 1},
    )  # fmt: skip
    assert "relationship_to_offender" not in read_turn(turn).slots


# -- 5. Ian: the force for where it happened -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no. you keep saying met police, cobham services is down the M25 in Surrey, does that "
        "matter? I live in Hayes",
        "skip. answer the question. Surrey or Met?",
        "no. scared of what, its some thieves. Which police do I report it to, the services is "
        "in Surrey",
        "it happened in Kent, do i report it to kent police or the met?",
    ],
)
def test_which_force_outside_london(text):
    assert answer(text, "theft") == "utter_n5_report_where_it_happened"


@pytest.mark.parametrize(
    "text",
    [
        "which police station should i go to",
        "how do i report it to the met",
        "i live in surrey now",
        "Need a crime number for the insurance. How do I get one quick",
    ],
)
def test_other_reporting_questions_are_not_the_force_answer(text):
    assert answer(text, "theft") != "utter_n5_report_where_it_happened"

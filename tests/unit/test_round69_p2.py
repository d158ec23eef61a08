"""Round 69, helper P2: openings, crime type and things read into the record (Jay, Margaret,
Zainab, Tom)."""

from __future__ import annotations

import pytest

from actions import account, wording
from actions.answers import read_answer
from actions.reading import corrections
from bot.keywords import p2_takes_leave
from tests.unit.conftest import classify
from tests.unit.known_answers import answer, sendable

# -- 1. Jay: a wary first message is not a goodbye -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "let me guess, another bot that'll tell me to call the police",
        "another bot. great",
        "what's the point of this",
        "i doubt you can help",
    ],
)
def test_a_message_that_takes_no_leave_is_not_a_goodbye(text):
    assert classify(text, "goodbye", ["goodbye", "inform"]) != "goodbye"


@pytest.mark.parametrize(
    "text",
    ["bye", "thanks bye", "ok bye", "gotta go", "i have to go now", "speak soon", "take care",
     "i'll message again when i can", "ok that's it from me", "chat tomorrow", "goodnight x"],
)  # fmt: skip
def test_a_goodbye_still_ends(text):
    assert p2_takes_leave(text)
    assert classify(text, "goodbye") == "goodbye"


def test_jays_second_guess_is_not_goodbye_either():
    jay = "let me guess, another bot that'll tell me to call the police"
    assert classify(jay, "stop", ["stop", "goodbye", "inform"]) != "goodbye"


JAY = {
    "consent": False,
    "crime_type": "assault",
    "relationship_to_offender": "someone_known",
    "hate_motivated": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "I don't know the guy from saturday, never seen him before. the neighbour was a "
        "different thing",
        "I don't know the guy from saturday, never seen him before. the neighbour was a "
        "different thing. 33",
        "i dont know the man who punched me",
        "never seen him before in my life",
    ],
)
def test_jay_not_knowing_the_guy_puts_the_offender_right(text):
    changes = corrections(text, JAY)
    assert changes.get("relationship_to_offender") == "stranger"
    line = wording.changed_line(changes, before=JAY)
    assert line.startswith("Thank you, I've changed that: it was someone you don't know")


@pytest.mark.parametrize(
    "text",
    [
        "i know him, i just dont know the guy's name",
        "i dont know the guy well but he lives upstairs",
        "i dont know the woman at the council",
        "i dont know the man from the council who rang",
    ],
)
def test_other_not_knowing_keeps_someone_known(text):
    assert "relationship_to_offender" not in corrections(text, JAY)


# -- 2. Margaret: a doorstep trader's swindle is fraud ----------------------------------------

MARGARET_ACCOUNT = (
    "He knocked on my door in September and said some tiles had come loose. I paid him £3,000 "
    "in cash, I went to the bank for it. He put a ladder up for perhaps an hour and I have not "
    "seen any work done. My neighbour Mr Patel says nothing was done at all."
)


@pytest.mark.parametrize(
    "text",
    [
        MARGARET_ACCOUNT,
        "A swindle. He took £3,000 for the roof and did not do the work.",
        "I am sorry but I have not been stalked. He is a builder, or says he is, and he took my "
        "money for a roof he never mended. It is a swindle. Why do I need the stalking people?",
        "I was cheated out of my savings by a cowboy builder",
        "he conned me, took 500 quid for a fence he never built",
        "a rogue trader came to my door and took £800 for the gutters",
    ],
)
def test_margaret_doorstep_trader_is_fraud(text):
    assert account.read_account(text).crime_type == "fraud"


def test_margaret_correction_and_answer_give_fraud():
    before = {
        "consent": True,
        "crime_type": "stalking_harassment",
        "relationship_to_offender": "stranger",
        "repeat_victimisation": True,
        "age": 77.0,
    }
    said = (
        "I am sorry but I have not been stalked. He is a builder, or says he is, and he took my "
        "money for a roof he never mended. It is a swindle. Why do I need the stalking people?"
    )
    assert corrections(said, before).get("crime_type") == "fraud"
    swindle = "A swindle. He took £3,000 for the roof and did not do the work."
    assert read_answer("crime_type", swindle).value == "fraud"


def test_margaret_knocking_again_is_not_a_stalking_answer_for_fraud():
    said = answer("What should I do if he knocks again?", "fraud", repeat_victimisation=True)
    assert said != "utter_f4_stalker_turns_up"


@pytest.mark.parametrize(
    "text",
    [
        "a man keeps knocking on my door every night and following me to the shops",
        "my ex keeps turning up at my door and he cheated on me",
        "he stalks me and keeps knocking on my door asking for money",
    ],
)
def test_a_stalker_who_keeps_knocking_is_still_stalking(text):
    assert account.read_account(text).crime_type == "stalking_harassment"


# -- 3. Zainab: a question or a sentence with no time in it is not a time ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. One more thing, should I tell her school? She trusts one teacher",
        "She trusts one teacher",
        "should I tell her school?",
    ],
)
def test_no_time_in_it_is_not_a_time(text):
    assert read_answer("contact_times", text).value is None


@pytest.mark.parametrize(
    "text, times",
    [
        ("after 6", "after 6"),
        ("after school", "after school"),
        ("weekdays after 6pm", "weekdays after 6pm"),
        ("when im at work", "when im at work"),
        ("not during work hours", "not during work hours"),
        ("after one", "after one"),
        ("between one and three", "between one and three"),
        ("any time", "any time"),
        ("not too early in the morning", "not too early in the morning"),
    ],
)
def test_times_are_still_times(text, times):
    assert read_answer("contact_times", text).value == times


ZAINAB = {
    "consent": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "email",
    "contact_times": "She trusts one teacher",
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
}


@pytest.mark.parametrize(
    "text",
    [
        "That's not a time, any time is fine for email. And the school question is important, "
        "the trip is in 2 weeks",
        "please change the contact time to any time",
        "any time is fine",
    ],
)
def test_zainab_puts_the_times_right_to_any_time(text):
    changes = corrections(text, ZAINAB)
    assert changes.get("contact_times") == "any time"
    assert wording.changed_line(changes, before=ZAINAB).startswith("Thank you, I've changed that")


def test_any_time_is_fine_does_not_widen_real_times():
    kept = {**ZAINAB, "contact_times": "weekdays after 6pm"}
    assert "contact_times" not in corrections("any time is fine", kept)


# -- 4. Tom: who sees the chat, asked at the consent question ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "does anyone see this? like my parents",
        "can anyone read this, like my family?",
        "who can see this? my mum?",
        "does anybody else see this? my flatmates?",
    ],
)
def test_tom_who_sees_the_chat(text):
    assert answer(text, None, consent=None) == "utter_who_we_tell"
    assert answer(text, None, age=19.0) == "utter_who_we_tell"
    (said,) = sendable("utter_who_we_tell")
    assert "only seen by our support team" in said and "family" in said


@pytest.mark.parametrize(
    "text",
    ["should i tell my parents?", "will the police tell my parents?", "does anyone see this"],
)
def test_other_questions_keep_their_answers(text):
    assert answer(text, None, consent=None) != "utter_who_we_tell"

"""Round 56, helper D2: the privacy and delete machinery misfiring, and consent misread
(Lorraine, Kai, Gloria, Samira, Olu)."""

from __future__ import annotations

import pytest

from actions import account
from actions.questions import asks_for_discreet_words
from actions.reading import Turn, read_turn
from bot.keywords import control_intent
from core.person_request import asks_for_a_call
from tests.unit.conftest import classify
from tests.unit.known_answers import RESPONSES, answer

LORRAINE_WHY_DELETE = (
    "a woman obviously. why do you keep saying delete messages?? answer my question. is the "
    "police right that its civil"
)
GLORIA_WHY_DELETE = (
    "A stranger, a young man in a grey hood. Why did you say delete the messages? Nobody looks "
    "at my phone, I live alone since my husband passed."
)


def turn(text, requested, intent="inform", answers=None, **kw):
    return Turn(
        text=text,
        intent=intent,
        requested=requested,
        answers=answers or {},
        asked={requested: 1},
        **kw,
    )


# -- 1. Lorraine: a question about deleting is not a request to delete -----------------------


@pytest.mark.parametrize(
    "text",
    [
        LORRAINE_WHY_DELETE,
        GLORIA_WHY_DELETE,
        "why do you keep saying delete messages??",
        "why did u tell me to delete the chat",
        "what do you mean delete",
        "why should i delete these messages",
    ],
)
def test_a_question_about_the_advice_to_delete_is_answered(text):
    assert answer(text, "online_abuse", consent=True) == "utter_d2_why_delete_messages"


@pytest.mark.parametrize("predicted", ["delete_my_data", "inform", "nlu_fallback"])
def test_a_question_about_deleting_is_never_the_delete_command(predicted):
    assert classify(LORRAINE_WHY_DELETE, predicted, [predicted, "inform"]) == "ask_right"
    assert control_intent(LORRAINE_WHY_DELETE) is None


def test_her_gender_answer_in_the_same_message_is_kept_and_the_question_answered():
    reading = read_turn(
        turn(
            LORRAINE_WHY_DELETE,
            "gender",
            intent="ask_right",
            answers={"consent": True, "crime_type": "online_abuse"},
        )
    )
    assert not reading.reject
    assert reading.slots["gender"] == "woman"
    assert "utter_d2_why_delete_messages" in [say.response for say in reading.say]


def test_the_answer_says_why_and_that_it_can_be_ignored():
    text = RESPONSES["utter_d2_why_delete_messages"][0]["text"]
    assert len(text) <= 320
    assert "someone else" in text and "ignore" in text


@pytest.mark.parametrize(
    "text",
    [
        "why should i delete his messages?",  # evidence, someone else's
        "should i delete these messages?",  # asks whether to, answered as before
        "why would he delete the photos",
        "who can see this chat?",
    ],
)
def test_other_questions_about_deleting_do_not_get_it(text):
    assert answer(text, "online_abuse", consent=True) != "utter_d2_why_delete_messages"


def test_a_real_request_to_delete_is_still_one():
    assert classify("ok. delete my data please", "inform") == "delete_my_data"
    assert classify("can you delete my data?", "delete_my_data") == "delete_my_data"


# -- 2. Kai: "delete everything" -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "actually can u delete everything. if my mum sees a reference number or whatever",
        "delete everything",
        "delete it all",
        "wipe everything",
        "erase my data",
        "can you delete everything please",
        "ok. no dont pass my details on yet. can you delete my data actually, im paranoid",
    ],
)
def test_delete_everything_starts_the_delete_confirmation(text):
    assert control_intent(text) == "delete_my_data"
    assert classify(text, "inform") == "delete_my_data"


@pytest.mark.parametrize(
    "text",
    [
        "should i delete everything he sent",
        "i deleted everything he sent me",
        "he made me delete it all",
        "can i get the photos deleted",
    ],
)
def test_deleting_other_things_is_not_the_delete_command(text):
    assert control_intent(text) is None


# -- 3. Gloria and Lorraine: plain words need a real sign ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I am 66. But you did not say, should I ring the police now even though it was yesterday? "
        "And my wrist is very swollen.",
        "waltham forest. but youve not said anything about the police. were they wrong?",
        "you never said anything about the police",
        "why dont you say anything about the police",
    ],
)
def test_saying_the_bot_left_something_out_is_not_asking_for_plain_words(text):
    assert not asks_for_discreet_words(text)


def test_gloria_at_the_age_question_gets_no_plain_words_line():
    reading = read_turn(
        turn(
            "I am 66. But you did not say, should I ring the police now even though it was "
            "yesterday? And my wrist is very swollen.",
            "age",
            answers={"consent": True, "crime_type": "robbery"},
        )
    )
    assert "utter_discreet_ok" not in [say.response for say in reading.say]
    assert "discreet" not in reading.slots


@pytest.mark.parametrize(
    "text",
    [
        "before anything can you not use words like police or abuse in your messages",
        "please dont send me anything that says police or abuse, he checks my phone",
        "dont say nothing about police in the message pls",
        "can you not say police in the text",
    ],
)
def test_a_real_wish_for_plain_words_still_counts(text):
    assert asks_for_discreet_words(text)


# -- 4. Samira: "no its me" is whom it is about, not a no to keeping the chat ------------------

SAMIRA_FIRST = (
    "its not like that. nobody hitting me. its my mother in law, she take all my salary from my "
    "job and when she goes out she lock me in my room"
)


def test_her_first_message_is_about_her():
    told = account.read_account(SAMIRA_FIRST)
    assert not told.for_someone_else
    assert told.crime_type == "domestic_abuse"


@pytest.mark.parametrize(
    "text", ["no its me. its happening to me, not her", "no its me", "its happening to me"]
)
@pytest.mark.parametrize("intent", ["deny", "inform"])
def test_no_its_me_at_the_consent_question_is_not_a_consent_answer(text, intent):
    reading = read_turn(
        turn(
            text,
            "consent",
            intent=intent,
            answers={"for_someone_else": True, "crime_type": "domestic_abuse"},
        )
    )
    assert "consent" not in reading.slots
    assert reading.slots.get("for_someone_else") is False


def test_a_plain_no_to_keeping_the_chat_is_still_a_no():
    reading = read_turn(turn("no", "consent", intent="deny", answers={"for_someone_else": True}))
    assert reading.slots.get("consent") is False
    reading = read_turn(turn("no keep nothing", "consent", intent="deny"))
    assert reading.slots.get("consent") is False


@pytest.mark.parametrize(
    "text",
    [
        "its my sister. her husband hits her and takes her wages",
        "my mum was mugged, they took her purse",
    ],
)
def test_writing_for_someone_else_still_is(text):
    assert account.read_account(text).for_someone_else


# -- 5. Olu: a no to passing details on is not a wish for a call -------------------------------


def test_dont_pass_my_details_on_is_not_asking_for_a_call():
    text = "ok. no dont pass my details on yet. can you delete my data actually, im paranoid"
    assert not asks_for_a_call(text)
    assert not asks_for_a_call("no dont pass my details on")
    assert control_intent(text) == "delete_my_data"


@pytest.mark.parametrize(
    "text",
    ["yes pass my details on", "please pass my number to them", "could someone call me instead?"],
)
def test_asking_for_a_call_still_is(text):
    assert asks_for_a_call(text)

"""Round 76 (helper g76a): false danger and suicide alarms, and "999 or another number?".

- Jade, 15: "omg no not like that 😭 i dont mean hurting myself. i mean like leave school n
  delete all my socials n never see any of them again" got the crisis text again, and her
  goodbye "If those thoughts come back": "i dont mean hurting myself" was no denial.
- Marcus: "not the first two cos i thought what's the point" (of reporting) got Samaritans.
- Lucy: "he didn't threaten me, he just followed me and waited" got the danger script.
- Harold, 84: "It is not an emergency now, he was here on Tuesday. Do I still ring 999 to report
  it?" got the danger script, and "Should I ring 999 or is there another number?" got "Yes: ...
  call 999" for a theft that was over.

Each test quotes the message as written; the real crises beside them must still alarm.
"""

from __future__ import annotations

import pytest
from conftest import responses
from known_answers import answer, sendable
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import dialogue
from actions.reading import Turn, read_turn
from bot.risk_words import (
    IN_DANGER,
    SELF_HARM,
    detect_risk,
    mentions_self_harm,
    takes_back_self_harm,
    trusted_crisis,
)
from core import records
from tests.unit.conftest import after_self_harm_alarm

JADE_SAID = "no. honestly i just wanna disappear from everyone"
JADE = (
    "omg no not like that 😭 i dont mean hurting myself. i mean like leave school n delete all my "
    "socials n never see any of them again"
)
MARCUS = (
    "reported the last one yeah. not the first two cos i thought what's the point. is this even "
    "a crime or is it just 'antisocial behaviour' cos the police basically treated it like i was "
    "wasting their time"
)
LUCY = (
    "31. sorry but he didn't threaten me, he just followed me and waited. is that actually "
    "something the police would take seriously?"
)
HAROLD_LATER = (
    "Thank you. One more thing. It is not an emergency now, he was here on Tuesday. Do I still "
    "ring 999 to report it? I do not want to waste their time. Harold"
)
HAROLD_FIRST = (
    "No, not yet. My daughter says I should. She lives in Leeds so she cannot come down. Should "
    "I ring 999 or is there another number? Harold"
)


def _no_alarm(text: str) -> bool:
    return (
        detect_risk(text) is None
        and not trusted_crisis(text, IN_DANGER)
        and not trusted_crisis(text, SELF_HARM)
    )


@pytest.mark.parametrize(
    "text",
    [
        JADE,
        MARCUS,
        LUCY,
        HAROLD_LATER,
        "i didnt mean hurting myself, i meant moving schools",
        "not like that, i dont mean harming myself lol",
        "didnt report it cos i thought whats the point",
        "reported it once and they did nothing, so whats the point. is it even a crime?",
        "he never threatened me, he just stands and stares",
        "i wasnt threatened, she just followed me to the bus stop",
        "its not an emergency, it happened last week. do i ring 999?",
        "it isnt an emergency anymore, they were here on monday",
    ],
)
def test_not_a_crisis(text):
    assert _no_alarm(text)


@pytest.mark.parametrize(
    "text",
    [
        "i dont mean hurting myself, i mean ending it",
        "i dont mean hurting myself i mean killing myself",
        "i didnt mean hurting myself i meant i dont want to be alive",
        "what's the point of living",
        "whats the point anymore",
        "whats the point of anything",
        "reported it cos i thought whats the point of living",
        "i reported it. whats the point i want to die",
    ],
)
def test_thoughts_of_suicide_still_alarm(text):
    assert detect_risk(text) == SELF_HARM or trusted_crisis(text, SELF_HARM)
    assert not takes_back_self_harm(text)


@pytest.mark.parametrize(
    "text",
    [
        "he threatened me again",
        "it is an emergency he is here",
        "its not an emergency but hes outside now",
        "is this not an emergency? hes kicking the door in",
        "he didnt threaten me, he said hed kill me",
        "it isnt an emergency, hes at the door with a knife",
        "not an emergency now, he was here on tuesday but hes coming back tonight",
        "he didnt threaten me until tonight, now hes outside",
    ],
)
def test_danger_still_alarms(text):
    assert detect_risk(text) == IN_DANGER or trusted_crisis(text, IN_DANGER)


# -- Jade: the take-back, what she meant said back, and no "if those thoughts come back" ------


def test_jades_take_back_is_one():
    assert takes_back_self_harm(JADE)
    assert not mentions_self_harm(JADE)


def _at_safety_check(text: str) -> list[str | None]:
    reading = read_turn(
        Turn(
            text=text,
            intent="inform",
            requested="in_danger",
            answers={
                "crime_type": "stalking_harassment",
                "safety_check": "self_harm",
                "consent": True,
                "age": 15,
            },
            asked={"in_danger": 1},
            said=frozenset({"utter_self_harm"}),
        )
    )
    assert reading.slots.get("in_danger") is False
    assert not reading.flags and not reading.pause
    return [s.response for s in reading.say]


def test_jade_is_told_she_was_understood_and_the_questions_go_on():
    said = _at_safety_check(JADE)
    assert said[:1] == ["utter_g76a_meant_away_from_school_and_socials"]
    assert "utter_self_harm" not in said
    (text,) = sendable("utter_g76a_meant_away_from_school_and_socials")
    assert "school and your socials" in text and len(text) <= 320


@pytest.mark.parametrize(
    "text, reply",
    [
        ("no i dont mean hurting myself, i mean leave school", "utter_g76a_meant_away_from_school"),
        ("not like that, i didnt mean hurting myself. i mean get away from everyone", None),
        ("samaritans?? i aint gonna top myself mate, i meant whats the point reporting it", None),
    ],
)
def test_other_take_backs(text, reply):
    said = _at_safety_check(text)
    expected = {
        None: ("utter_j1_self_harm_misread", "utter_g76a_meant_getting_away"),
    }.get(reply, (reply,))
    assert said[0] in expected


def _tracker(trigger: str, then: str) -> Tracker:
    return after_self_harm_alarm("jade", trigger, then)


def test_jades_goodbye_has_no_if_those_thoughts_come_back():
    records.raise_flag(records.open_db(), "jade", "self_harm")
    tracker = _tracker(JADE_SAID, JADE)
    assert dialogue.j1_self_harm_taken_back(tracker)
    goodbye = CollectingDispatcher()
    dialogue._f5_goodbye(goodbye, tracker, "ok whatever. thx i guess ✌️")
    assert responses(goodbye) == ["utter_f5_goodbye_referred"]


def test_a_take_back_that_goes_on_to_ending_it_keeps_the_goodbye_line():
    tracker = _tracker(JADE_SAID, "i dont mean hurting myself, i mean ending it")
    assert not dialogue.j1_self_harm_taken_back(tracker)


# -- Harold: "999 or another number?" about a theft that is over ------------------------------


@pytest.mark.parametrize("text", [HAROLD_FIRST, HAROLD_LATER])
def test_harold_is_told_101_for_a_crime_that_is_over(text):
    assert answer(text, "theft") == "utter_report_when_its_over"
    assert answer(text, "burglary") == "utter_report_when_its_over"


@pytest.mark.parametrize(
    "text",
    [
        "should i ring 999 or is there another number? hes outside now",
        "should i ring 999? they're back at the door",
    ],
)
def test_someone_there_now_still_gets_999(text):
    assert answer(text, "theft") != "utter_report_when_its_over"

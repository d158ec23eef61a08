"""Round 91, helper i91b: round 90's Dennis (60, his son Lee stabbed to death, trial in March)
asked four times who writes the Victim Personal Statement and was never told; Mavis (84, her
grandson's friend Dean took £600 with her card, her neighbour June types for her)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import answer_in_conversation, sendable

DENNIS_SAID = [
    "hello. my son was killed in october. stabbed. the police family liaison woman said i should "
    "look for support. i dont really know what this is",
    "i know what the FLO is, shes been round. i meant what is this. yes ok keep it",
    "no im not in danger. its my son Lee. he was 40. they stabbed him outside a pub in romford",
    "60",
    "havering. hornchurch. the trial is in the spring, march they said. what actually happens at "
    "the trial? do i have to stand up and speak",
    "two lads. lee didnt know them. theyve both been charged with murder and they're on remand",
]
DENNIS = {"bereaved": True, "age": 60.0, "borough": "Havering"}


# 1. Dennis: who writes the VPS, asked four times.


@pytest.mark.parametrize(
    "text",
    [
        "no. not sleeping much thats all. whats a VPS, the FLO keeps saying it. do i write it or "
        "does she",
        "i wasnt there so i dont think im giving evidence am i? but you didnt say who writes it. "
        "me or the FLO",
        "help with court. and someone to talk to i suppose, my wife wont talk about it. third "
        "time, who writes the VPS",
        "the victim personal statement. do i write it myself or does the police officer write it",
    ],
)
def test_who_writes_the_vps(text):
    said = [*DENNIS_SAID, "no. not sleeping much thats all. whats a VPS, the FLO keeps saying it."]
    got = answer_in_conversation(text, "homicide", said, **DENNIS)
    assert got is not None
    assert got.response == "utter_who_writes_the_vps"
    (reply,) = sendable("utter_who_writes_the_vps")
    assert "writes down" in reply and len(reply) <= 320


@pytest.mark.parametrize(
    "text",
    [
        "who writes the witness statement, me or the police?",
        "do i write it down in a diary or something",
        "who writes the VPS? he was sentenced last year and the parole hearing is soon",
    ],
)
def test_who_writes_the_vps_stays_narrow(text):
    got = answer_in_conversation(text, "homicide", DENNIS_SAID, **DENNIS)
    assert got is None or got.response != "utter_who_writes_the_vps"

"""Round 69, lead: the emergency-workers law follows the job the person told.

Kev, a bus driver, was told twice that he was an emergency worker under the 2018 Act."""

import pytest

from tests.unit.known_answers import (
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

KEV_SAID = [
    "bus driver in greenwich. a passenger spat at me and punched me through the cab door",
    "no im at home, signed off by the doc. police were called by control at the time, got a crime "
    "ref.",
]
NEW = ("utter_l69_serving_the_public_not_emergency", "utter_l69_emergency_law_depends")


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_sms_with_a_source(name):
    assert_one_sms_with_source(name, "round 69, lead")
    assert numbers_not_in_directory(name) == []


@pytest.mark.parametrize(
    "text",
    [
        "does it count as worse cos im a driver? assaulting an emergency worker or whatever",
        "is a bus driver an emergency worker under that law yes or no",
        "so im classed as emergency worker then? didnt know that",
        "you didnt answer, am i an emergency worker or not",
    ],
)
def test_a_bus_driver_is_told_no_and_the_public_service_rule(text):
    said = said_answer(text, "assault", KEV_SAID)
    assert said == "utter_l69_serving_the_public_not_emergency"


@pytest.mark.parametrize(
    ("said", "text"),
    [
        (["im a nurse, a patient's son grabbed my arm on the ward"], "does it count more at work?"),
        (
            ["im a paramedic and a drunk man punched me"],
            "is there a special law for paramedics at work?",
        ),
    ],
)
def test_emergency_workers_keep_the_act(said, text):
    assert said_answer(text, "assault", said) == "utter_emergency_workers_law"


def test_no_job_told_gets_both():
    said = said_answer(
        "is it more serious if someone attacks you at work?", "assault", ["i got punched"]
    )
    assert said == "utter_l69_emergency_law_depends"


def test_an_unrelated_question_is_not_taken():
    said = said_answer("is the bus driver a witness?", "assault", ["i got punched on the bus"])
    assert said not in NEW

"""Round 59, helper f3: leftovers of rounds 55 and 56 (Marie, Rosa, Jade, Sandra, Pete, Harold)."""

from __future__ import annotations

import json

import pytest

from actions.account import read_account
from actions.assessment_form import f3_refusals_noted
from actions.reading import Turn, contact_notes_said, f3_corrects_something_else, read_turn
from actions.skip_logic import questions_to_ask
from actions.wording import summary_line
from core import contact_notes
from referrals.matching import match_organisations
from review.viewmodels import _f3_notes
from tests.unit.known_answers import said_answer

# -- Marie: the MIB is for untraced or uninsured drivers only --
MARIE_ARRESTED = (
    "The police were there, yes. The driver was arrested at the scene and has been charged, I "
    "believe with causing death by careless driving while over the limit. We have a family "
    "liaison officer."
)
ROAD_DEATH = dict(
    consent=True,
    crime_type="homicide",
    age=55.0,
    bereaved=True,
    reported_to_police=True,
    borough="richmond upon thames",
    language="english",
)


def _ids(details: set[str] | frozenset[str]) -> list[str]:
    answers = dict(ROAD_DEATH, account_details=sorted({"someone_died", "road_crash", *details}))
    return [org.id for org in match_organisations(answers)]


@pytest.mark.parametrize(
    "text",
    [
        MARIE_ARRESTED,
        "the driver stopped and was arrested",
        "The driver was insured, he was caught straight away",
        "the man who was driving the car got charged with dangerous driving",
    ],
)
def test_a_traced_driver_is_read(text):
    details = read_account(text).details
    assert "driver_traced" in details
    assert "driver_uninsured_or_untraced" not in details


def test_marie_is_not_offered_the_mib():
    details = read_account(MARIE_ARRESTED).details
    ids = _ids(details)
    assert "mib" not in ids
    assert "brake-national-road-victim-service" in ids


@pytest.mark.parametrize(
    "text",
    [
        "my son was killed by a hit and run driver, they never found him",
        "my husband was knocked down and killed by an uninsured driver who was arrested",
        "a car hit my daughter and drove off, the driver has never been traced",
    ],
)
def test_untraced_or_uninsured_drivers_keep_the_mib(text):
    details = read_account(text).details
    assert "driver_uninsured_or_untraced" in details
    assert "mib" in _ids(details)


def test_a_road_death_with_nothing_said_of_the_driver_keeps_the_mib():
    assert "mib" in _ids(set())


@pytest.mark.parametrize(
    "text", ["he was arrested for burglary", "the police were called and he was charged"]
)
def test_an_arrest_with_no_driver_is_not_a_traced_driver(text):
    assert "driver_traced" not in read_account(text).details


# -- Rosa: "not bank card..." corrects something else, it is not a skip --
ROSA_CORRECTION = "not bank card. the card of home office, residence permit"


@pytest.mark.parametrize(
    "text",
    [
        ROSA_CORRECTION,
        "no not the bank card, the residence permit",
        "not my bank card. my brp card",
        "not a bank card - the home office card",
    ],
)
def test_a_correction_at_the_age_question_is_asked_again_not_skipped(text):
    reading = read_turn(
        Turn(
            text=text,
            requested="age",
            answers={"consent": True, "crime_type": "theft"},
            asked={"age": 2},
            missed={"age": 1},
        )
    )
    assert "age" not in reading.skipped
    assert [say.response for say in reading.say] == ["utter_reask_age"]


@pytest.mark.parametrize(
    "text",
    [
        "not sure, maybe 40",
        "not saying. next",
        "not telling you that",
        "not now",
        "Not sure. Skip",
        "not really, no",
        "not at all. why",
    ],
)
def test_other_not_messages_are_not_corrections(text):
    assert not f3_corrects_something_else(text)


def test_rosas_age_after_the_correction_is_read():
    reading = read_turn(
        Turn(
            text="45",
            requested="age",
            answers={"consent": True, "crime_type": "theft"},
            asked={"age": 3},
            missed={"age": 1},
        )
    )
    assert reading.slots.get("age") == 45.0


# -- Jade: the 1-working-day update text only for people who reported --
JADE_SAID = [
    "car got broken into AGAIN, third time on my road in croydon. not after a chat about "
    "feelings, just want to know practical stuff",
    "yeah fine",
    "no im not in danger its a car lol",
    "no. whats the point they never do anything. does the insurance need a crime number though?",
    "25",
    "no clue, some scrote. happened at night",
]
JADE = dict(consent=True, repeat_victimisation=True, age=25.0, reported_to_police=False)


@pytest.mark.parametrize(
    "text",
    [
        "no im not scared of court lol. will the police actually do anything though?",
        "will the police actually do anything?",
        "are the police going to investigate it?",
        "will the police tell me if they catch someone?",
    ],
)
def test_jade_not_reported_is_told_what_happens_if_she_reports(text):
    assert said_answer(text, "theft", JADE_SAID, **JADE) == "utter_c4_police_after_report"


def test_not_reported_told_in_words_with_no_slot():
    said = ["someone smashed my car window", "i havent reported it yet"]
    text = "will the police actually do anything?"
    assert said_answer(text, "criminal_damage", said, consent=True) == (
        "utter_c4_police_after_report"
    )


def test_someone_who_reported_still_gets_the_updates_answer():
    text = "will the police actually do anything though?"
    said = ["my car was broken into again, third time", "yes i reported it"]
    got = said_answer(
        text, "theft", said, consent=True, repeat_victimisation=True, reported_to_police=True
    )
    assert got == "utter_p2_updates_enhanced"


def test_a_reported_hate_crime_days_question_keeps_one_working_day():
    # Dion (round 45), who had reported: his days question keeps the enhanced answer.
    text = "How much faster? Please give the number of days."
    said = ["3 men attacked me because I'm black", "yes the police know"]
    got = said_answer(
        text, "assault", said, consent=True, hate_motivated=True, reported_to_police=True
    )
    assert got == "utter_p2_updates_enhanced"


# -- Sandra: a witness threatened is intimidated, not stalked --
SANDRA_FIRST = (
    "hello im not sure if you help witnesses. i saw a man get beaten up on the 53 bus and gave "
    "a statement to police. now his mates are hanging around outside my flat"
)


def test_sandra_is_not_recorded_as_stalked():
    told = read_account(SANDRA_FIRST)
    assert "witness" in told.details
    assert "stalking_described" not in told.details
    line = summary_line({"crime_type": told.crime_type, "account_details": list(told.details)})
    assert "stalking" not in line
    assert "threats to scare you as a witness" in line


def test_sandras_denial_is_not_stalking_described():
    told = read_account(
        "why stalking? nobody is stalking me, they're trying to scare me off giving evidence"
    )
    assert "stalking_described" not in told.details


@pytest.mark.parametrize(
    "text",
    [
        "my ex keeps following me home from work and waiting outside my flat",
        "a man I don't know is stalking me, he turns up at my work",
    ],
)
def test_stalking_told_is_still_stalking(text):
    told = read_account(text)
    assert "stalking_described" in told.details


def test_a_stalked_witness_keeps_the_stalking_detail():
    told = read_account(
        "i saw him stab a boy and gave a statement. now his brother is stalking me and hanging "
        "around outside my flat"
    )
    assert "stalking_described" in told.details


def test_the_stalking_words_stay_for_someone_stalked():
    line = summary_line(
        {"crime_type": "stalking_harassment", "account_details": ["stalking_described"]}
    )
    assert "stalking or harassment" in line


# -- Pete: "no counselling" reaches the referral --
PETE_SAID = [
    "House got burgled while we were in Spain. Police gave me a crime number and that's it.",
    "Fine. Yes pass my details on, but if it's counselling I'm not interested",
    "I said I DON'T want counselling. Phone call. 07700 900412",
]


def test_pete_refusal_is_kept_for_the_support_worker():
    answers: dict = {"said": tuple(PETE_SAID), "contact_notes": None}
    f3_refusals_noted(answers)
    assert answers["contact_notes"] == ["no_counselling"]
    assert contact_notes.for_worker(answers["contact_notes"]) == [
        contact_notes.FOR_WORKER["no_counselling"]
    ]


def test_others_get_no_counselling_note():
    answers: dict = {
        "said": ("my bag was stolen", "someone to talk to please, maybe counselling"),
        "contact_notes": ["plain"],
    }
    f3_refusals_noted(answers)
    assert answers["contact_notes"] == ["plain"]


@pytest.mark.parametrize("text", ["Weekday mornings. Not counselling.", "no counselling please"])
def test_no_counselling_after_the_referral_is_a_note(text):
    assert "no_counselling" in contact_notes_said(text)


def test_a_question_about_counselling_is_no_note():
    assert "no_counselling" not in contact_notes_said("can i get counselling?")


def test_the_worker_sees_notes_from_the_chat_and_the_case():
    case = {"answers": json.dumps({"contact_notes": ["no_counselling"]})}
    assert _f3_notes(["plain"], case) == ["plain", "no_counselling"]
    assert _f3_notes(None, case) == ["no_counselling"]
    assert _f3_notes(["plain"], None) == ["plain"]


# -- Harold: someone who wants a call is asked for a number, straight after the method --
HAROLD = dict(
    consent=True,
    in_danger=False,
    crime_type="domestic_abuse",
    referral_consent=True,
    contact_safe=True,
    contact_method="call",
)


def _after_method(channel: str | None, **answers) -> str | None:
    wanted = questions_to_ask({**HAROLD, **answers}, (), channel, False)
    at = wanted.index("contact_method")
    return wanted[at + 1]


@pytest.mark.parametrize("channel", ["rest", "socketio", None, "telegram"])
def test_a_call_back_asks_for_the_number_next(channel):
    assert _after_method(channel) == "contact_details"


def test_texting_from_their_own_number_is_not_asked_again():
    assert _after_method("sms") == "contact_times"
    assert _after_method("telegram", contact_method="text") == "contact_times"

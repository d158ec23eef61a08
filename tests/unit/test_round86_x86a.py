"""Round 86, helper x86a: leftovers from round 86.

Pat, 81, whose carer's son takes her money, and whose daughter Linda is to be rung never on the
carer's days; Ray, 52, writing about his daughter hit by her partner; Kemi, 23, punched outside a
club; Priya, 34, whose husband's mother takes her salary. Each test quotes their words.
"""

from __future__ import annotations

import pytest

from actions import wording
from actions.account import read_account
from actions.answers import read_answer
from actions.assessment_form import z73d_settled
from actions.dialogue import ActionOutsideQuestions
from actions.reading import Turn, corrections, read_turn, times_given, x86a_days_put_right
from tests.unit.conftest import make_tracker, responses

# -- 1. Pat: the days to ring put right after the referral ------------------------------------

PAT_NOT_THOSE_DAYS = (
    "No dear NOT tuesdays and fridays, that is when the carer and her son are here. Any other day"
)
PAT_CHANGE_DAYS = "Please change the days. Linda can be rung on mondays wednesdays or thursdays"
PAT_REFERRED = {
    "consent": True,
    "crime_type": "theft",
    "relationship_to_offender": "someone_known",
    "age": 81,
    "borough": "Enfield",
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_details": "07700900561",
    "voicemail_ok": True,
    "contact_times": "tuesdays and fridays",
    "results_shown": True,
    "assessment_done": True,
    "case_reference": "VC-ZWNE4U",
}


def test_not_tuesdays_and_fridays_puts_the_days_right():
    assert corrections(PAT_NOT_THOSE_DAYS, PAT_REFERRED)["contact_times"] == (
        "not tuesdays and fridays"
    )


def test_the_days_to_ring_are_taken_and_the_days_to_avoid_kept():
    told = {**PAT_REFERRED, "contact_times": "not tuesdays and fridays"}
    assert corrections(PAT_CHANGE_DAYS, told)["contact_times"] == (
        "mondays, wednesdays or thursdays, not tuesdays and fridays"
    )
    assert x86a_days_put_right(PAT_CHANGE_DAYS, "") == "mondays, wednesdays or thursdays"


def test_the_new_days_are_said_back():
    line = wording.changed_line({"contact_times": "mondays, wednesdays or thursdays"})
    assert line is not None and "mondays, wednesdays or thursdays" in line


def test_days_already_on_the_request_are_said_back_not_refused(dispatcher, domain):
    tracker = make_tracker(
        slots={**PAT_REFERRED, "contact_times": "not tuesdays and fridays"},
        text=PAT_NOT_THOSE_DAYS,
        intent="deny",
        active_loop=None,
    )
    ActionOutsideQuestions().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert "utter_x86a_days_kept" in said
    assert "utter_already_done" not in said


def test_the_change_reopens_with_the_new_days(dispatcher, domain):
    tracker = make_tracker(
        slots=PAT_REFERRED, text=PAT_CHANGE_DAYS, intent="inform", active_loop=None
    )
    events = ActionOutsideQuestions().run(dispatcher, tracker, domain)
    set_to = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert set_to.get("contact_times") == "mondays, wednesdays or thursdays"


@pytest.mark.parametrize(
    "text",
    [
        "he comes on tuesdays and fridays",
        "the carer comes tuesdays and fridays",
        "i go to the gp on mondays",
        "what about fridays?",
        "can they ring on fridays?",
        # Gemma (round 80): a day told of something done, not a day to text.
        "no sunday morning isnt when to text me, thats when i showered. any time is fine.",
    ],
)
def test_days_told_in_passing_are_not_times(text):
    assert x86a_days_put_right(text, "not tuesdays and fridays") is None


def test_other_time_corrections_still_read():
    assert times_given("after 4pm weekdays")
    told = {**PAT_REFERRED, "contact_times": "evenings"}
    assert corrections("can you change it to after 6pm weekdays only", told).get("contact_times")


# -- 2. Ray: "Please don't tell them anything" is no repeat answer ---------------------------

RAY = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "for_someone_else": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "Please don't tell them anything, she'd never forgive me.",
        "Please don't tell them anything",
        "she'd never forgive me",
        "No, it has NOT been reported to the police. I said she doesn't want the police. Please "
        "don't tell them anything, she'd never forgive me.",
    ],
)
def test_a_plea_not_to_tell_is_no_repeat_answer(text):
    assert read_answer("repeat_victimisation", text).value is None
    turn = Turn(text=text, intent="inform", requested="repeat_victimisation", answers=RAY)
    assert "repeat_victimisation" not in read_turn(turn).slots


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("yes, many times. please dont tell him", True),
        ("please dont tell anyone but yes it has happened before", True),
        ("no just once. dont tell the police", False),
        ("yes", True),
        ("no", False),
    ],
)
def test_a_repeat_answer_beside_the_plea_still_counts(text, value):
    assert read_answer("repeat_victimisation", text).value is value


# -- 3. Ray: "Not sure honestly" stays not sure ---------------------------------------------

RAY_NOT_SURE = (
    "Not sure honestly. She went back to his flat on sunday. They live together in Croydon. "
    "I'm in Sutton."
)


def test_not_sure_with_her_going_back_to_him_is_not_sure():
    answer = read_answer("in_danger", RAY_NOT_SURE)
    assert answer.value is None and answer.declined


def test_going_back_to_his_flat_is_no_sign_of_safety():
    assert read_answer("in_danger", "She went back to his flat on sunday.").value is not False


@pytest.mark.parametrize("text", ["ok he went back to bed. no to that question", "hes gone out"])
def test_him_gone_is_still_safe(text):
    assert read_answer("in_danger", text).value is False


# -- 4. Kemi: "some girl i dont even know" is a stranger -------------------------------------

KEMI = (
    "hi so idk if this is even worth reporting but some girl i dont even know punched me in the "
    "face outside a club in shoreditch on saturday"
)


@pytest.mark.parametrize(
    "text", [KEMI, "some girl i dont even know", "a man I dont know", "a guy i don't know hit me"]
)
def test_someone_she_does_not_know_is_a_stranger(text):
    assert read_answer("relationship_to_offender", text).value == "stranger"


def test_kemis_opening_records_a_stranger():
    assert read_account(KEMI).offender == "stranger"


@pytest.mark.parametrize(
    "text",
    ["i dont know who it was", "my ex. i dont know why", "a man i know from work"],
)
def test_others_are_not_read_as_strangers(text):
    assert read_answer("relationship_to_offender", text).value != "stranger"


# -- 5. Priya: abuse going on now, from an adult, is not asked "under 18 then" ---------------

PRIYA_SAID = (
    "who can see it. my husband checks my phone sometimes",
    "no. i dont know if its a crime. its family stuff. his mum takes my salary every month and "
    "he shouts at me. once he pushed me",
    "34. but is it a crime? its his mother taking the money not him",
)


def test_priya_is_not_asked_if_she_was_under_18():
    answers = dict(crime_type="domestic_abuse", consent=True, age=34, said=PRIYA_SAID)
    assert z73d_settled(answers)["under_18"] is False


@pytest.mark.parametrize(
    "said",
    [
        ("my uncle abused me when i was a child. i think about it every day", "34"),
        ("it happened years ago but i have flashbacks every night", "40"),
        ("my uncle abused me", "31"),
    ],
)
def test_old_abuse_still_asks_under_18(said):
    answers = dict(crime_type="sexual_offence", consent=True, age=int(said[-1]), said=said)
    assert "under_18" not in z73d_settled(answers)

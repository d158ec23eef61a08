"""Round 83, helper s83a: Tyler's threat ("gonna wet me after school tmrw") and false danger
alarms (Tyler, Rose), with the real alarms beside them that must stay."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.account import read_account
from actions.answers import read_answer, read_crime_type
from actions.dialogue import ActionDangerInterrupt
from actions.wording import summary_line
from bot.risk_words import IN_DANGER, detect_risk, s83a_threat_for_later, trusted_crisis
from tests.unit.conftest import make_tracker, responses
from tests.unit.test_assessment_form import run_validation

TYLER_THREAT = (
    "some man dem from another school on snap sayin theyre gonna wet me after school tmrw"
)
TYLER_AGAIN = "i just said. they said theyll wet me. like stab me"
TYLER_HOME = "im at home now. its tmrw after school thats the problem"
TYLER_MAIN_THING = "u aint put the main thing. they said theyll stab me tmrw after school"
ROSE = (
    "no just the once. mrs patel next door said a man was knocking round the street the week "
    "before though"
)
TYLER_SLOTS = {
    "consent": True, "in_danger": False, "age": 16, "under_18": True,
    "relationship_to_offender": "someone_known", "repeat_victimisation": True,
    "assessment_done": True, "results_shown": True, "referral_consent": True,
}  # fmt: skip


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


# -- 1. "gonna wet me": a threat to stab, read as a threat ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        TYLER_THREAT,
        TYLER_AGAIN,
        "they said theyre gonna wet me",
        "he texted me saying hes gonna wet me",
        "they said theyll stab me",  # as before
        "he threatened to stab me",  # as before
    ],
)
def test_a_threat_to_wet_or_stab_is_read_as_a_threat(text):
    assert read_crime_type(text).value == "stalking_harassment"


async def test_tyler_what_happened_is_understood(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, intent="inform", requested_slot="crime_type",
        slots={"consent": True, "in_danger": False}, text=TYLER_THREAT,
    )  # fmt: skip
    assert slots["crime_type"] == "stalking_harassment"
    assert "utter_reask_crime_type" not in responses(dispatcher)
    assert slots["requested_slot"] != "crime_type"


@pytest.mark.parametrize(
    "text",
    [
        "the floor was wet",
        "he wet himself",
        "wet weather all week",
        "it was wet and dark when it happened",
        "she said the paint was still wet",
        "my son wet the bed after it happened",
    ],
)
def test_wet_in_ordinary_sentences_is_no_threat(text):
    assert read_account(text).crime_type is None
    assert detect_risk(text) is None


# -- 2. "im at home now. its tmrw after school thats the problem" ------------------------------


def test_at_home_now_the_danger_tomorrow_is_not_danger_now():
    assert read_answer("in_danger", TYLER_HOME).value is False
    assert detect_risk(TYLER_HOME) is None


async def test_tyler_at_the_safety_check_is_safe_and_not_brushed_off(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, intent="inform", requested_slot="in_danger",
        slots={"consent": True, "in_danger": True, "safety_check": "in_danger"}, text=TYLER_HOME,
        sent=["utter_ask_in_danger", "utter_ask_crime_type", "utter_reask_crime_type",
              "utter_ask_crime_type", "utter_emergency", "utter_ask_in_danger"],
    )  # fmt: skip
    assert slots["in_danger"] is False
    assert "utter_moving_on" not in responses(dispatcher)


async def test_tyler_at_the_first_safety_question(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, intent="inform", requested_slot="in_danger",
        slots={"consent": True}, text=TYLER_HOME,
    )  # fmt: skip
    assert slots["in_danger"] is False
    assert "utter_moving_on" not in responses(dispatcher)


# -- 3. the threat for tomorrow, told after he said he is safe ---------------------------------


def test_the_main_thing_is_a_threat_for_later():
    assert s83a_threat_for_later(TYLER_MAIN_THING)


@pytest.mark.parametrize(
    "text",
    [
        "they said theyll stab me and theyre outside now",
        "hes coming round with a knife",
        "he said hes coming round tomorrow with a knife",
        "they said theyll stab me tonight",
        "he said hell kill me today",
        "theyre outside my house saying theyll stab me tomorrow",
        "they said theyll stab me tmrw and theyre at the door",
    ],
)
def test_a_threat_with_now_is_not_for_later(text):
    assert not s83a_threat_for_later(text)


def test_tyler_main_thing_after_safe_is_noted_not_the_lock_the_doors_screen(dispatcher, domain):
    tracker = make_tracker(
        slots=TYLER_SLOTS, intent=IN_DANGER, text=TYLER_MAIN_THING, active_loop=None,
        requested_slot=None, turn={},
    )  # fmt: skip
    events = ActionDangerInterrupt().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert said == ["utter_s83a_later_threat_noted"]
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots["crime_type"] == "stalking_harassment"
    assert "threatened" in slots["account_details"]
    assert slots.get("in_danger") is not True
    summary = summary_line({**TYLER_SLOTS, **slots})
    assert "threatened you" in summary and "harassment" in summary


def test_the_noted_line_is_one_sms(domain):
    text = domain["responses"]["utter_s83a_later_threat_noted"][0]["text"]
    assert len(text) <= 320 and "999" in text


@pytest.mark.parametrize(
    "text",
    [
        "they said theyll stab me and theyre outside now",
        "hes coming round with a knife",
        "theyre outside now",
        TYLER_MAIN_THING,  # before he has said he is safe
    ],
)
def test_danger_now_or_before_safe_still_alarms(dispatcher, domain, text):
    slots = dict(TYLER_SLOTS)
    if text == TYLER_MAIN_THING:
        slots["in_danger"] = None
    tracker = make_tracker(
        slots=slots, intent=IN_DANGER, text=text, active_loop=None, requested_slot=None, turn={},
    )  # fmt: skip
    events = ActionDangerInterrupt().run(dispatcher, tracker, domain)
    assert "utter_s83a_later_threat_noted" not in responses(dispatcher)
    assert any(e.get("name") == "in_danger" and e.get("value") is True for e in events)


@pytest.mark.parametrize(
    "text",
    [TYLER_MAIN_THING, "they said theyre outside now", "hes coming round with a knife"],
)
def test_the_risk_words_still_flag_the_threat(text):
    # The dialogue decides from what was said before; the message alone still alarms.
    assert detect_risk(text) == IN_DANGER


# -- 4. Rose: a neighbour's word of a man about the week before --------------------------------


def test_rose_neighbours_word_of_last_week_is_no_danger():
    assert detect_risk(ROSE) is None
    assert not trusted_crisis(ROSE, IN_DANGER)
    assert read_answer("repeat_victimisation", ROSE).value is False


@pytest.mark.parametrize(
    "text",
    [
        "mrs patel said a man was knocking on doors last week and hes outside now",
        "my neighbour said a man was knocking round the street last week and hes back tonight",
        "my neighbour said a man was trying doors the night before and now someone is at my "
        "back door",
        "a man is banging on my door",
        "theres a man knocking on my door right now",
    ],
)
def test_someone_about_now_still_alarms(text):
    assert detect_risk(text) == IN_DANGER

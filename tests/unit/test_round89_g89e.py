"""Round 89, helper g89e: false danger alarms (Mr Patel's nephew's stitches, Yusuf's "my mum
gonna kill me" over his trainers, Sam's "my neighbour downstairs"), Zainab's forced marriage said
back as trafficking, and her "im back. im 26" after "stop" not understood."""

from __future__ import annotations

import pytest
from rasa_sdk.events import FollowupAction, SlotSet

from actions import dialogue
from actions.account import read_account
from actions.dialogue import ActionOutsideQuestions
from bot.risk_words import IN_DANGER, detect_risk, trusted_crisis
from tests.unit.conftest import make_tracker, responses

PATEL = (
    "I am 58. My nephew Ravi is 23. He is the one who was hurt, he had stitches at Northwick "
    "Park. Can he also get help?"
)
YUSUF = (
    "feeling safe. n my phone, can i get it back or nah. my mum gonna kill me them trainers was 120"
)
SAM = (
    "Hi. I'm not sure if this is the right place. My neighbour downstairs has been leaving notes "
    "under my door with transphobic slurs on them, and shouting at me on the stairs. It's been "
    "going on about two months. I'm non-binary, they/them."
)
ZAINAB_FIRST = (
    "i need help quickly my family are making me get married in pakistan next month i dont want "
    "to. they took my passport"
)
ZAINAB_BACK = "sorry my brother came in. im back. im 26"


# -- 1-3. Not danger: a past injury, a saying, the neighbour who lives below ----------------


@pytest.mark.parametrize("text", [PATEL, YUSUF, SAM])
def test_not_danger(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, IN_DANGER)


@pytest.mark.parametrize(
    "text",
    [
        "can he also get help now hes bleeding",
        "hes here can i also get help quick",
        "my neighbour downstairs is banging on my door",
        "my neighbour downstairs is outside my door now",
        "my neighbour downstairs has been threatening me and hes outside now",
        "my neighbour downstairs keeps banging on my door right now",
        "my neighbour is downstairs",
        "my neighbour downstairs said he will kill me",
        "my mum is going to kill me she has a knife",
        "my dad is gonna kill me hes coming home",
        "my mum gonna kill me them trainers was 120 and hes outside now",
        "he said he will kill me",
        "send help he is here",
    ],
)
def test_real_danger_still_gets_999(text):
    assert detect_risk(text) == IN_DANGER


# -- 4. Zainab: a marriage forced on her, passport taken, is not trafficking ----------------


def test_forced_marriage_with_passport_taken_is_not_trafficking():
    account = read_account(ZAINAB_FIRST)
    assert account.crime_type == "domestic_abuse"  # said back as "harm at home"
    assert "forced_marriage" in account.details
    assert "labour_told" not in account.details


@pytest.mark.parametrize(
    "text",
    [
        "they took my passport",
        "they are forcing me to marry, they took my passport, they trafficked me here",
        "my boss took my passport and makes me work for no pay",
    ],
)
def test_trafficking_still_read(text):
    assert read_account(text).crime_type == "human_trafficking"


# -- 5. Zainab: "im back" after "stop" carries on, and her age is kept ------------------------


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


ZAINAB = {
    "consent": True,
    "in_danger": False,
    "crime_type": "domestic_abuse",
    "reported": False,
    "age": None,
}


def _after_stop(text, intent="nlu_fallback", sent=("utter_ask_age", "utter_stop")):
    return make_tracker(
        slots=dict(ZAINAB), text=text, intent=intent, requested_slot=None, active_loop=None,
        turn={}, sent=list(sent),
    )  # fmt: skip


def test_im_back_after_stop_carries_on_with_her_age(dispatcher, domain):
    events = ActionOutsideQuestions().run(dispatcher, _after_stop(ZAINAB_BACK), domain)
    assert SlotSet("age", 26.0) in events or SlotSet("age", 26) in events
    assert FollowupAction("needs_assessment_form") in events
    assert "utter_default" not in responses(dispatcher)


@pytest.mark.parametrize("text", ["im back", "back now", "sorry im back", "ok i'm back"])
def test_back_words_after_stop(dispatcher, domain, text):
    events = ActionOutsideQuestions().run(dispatcher, _after_stop(text), domain)
    assert FollowupAction("needs_assessment_form") in events


@pytest.mark.parametrize("text", ["hes back", "im back and hes here with a knife"])
def test_not_back_or_danger_is_not_carry_on(dispatcher, domain, text):
    events = ActionOutsideQuestions().run(dispatcher, _after_stop(text), domain)
    assert FollowupAction("needs_assessment_form") not in events


def test_im_back_without_a_stop_is_left_as_it_was(dispatcher, domain):
    tracker = _after_stop(ZAINAB_BACK, sent=("utter_ask_age", "utter_what_next"))
    events = ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert FollowupAction("needs_assessment_form") not in events

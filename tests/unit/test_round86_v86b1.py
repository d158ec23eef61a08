"""Round 86, helper v86b1: how Ray's, Grace's, Kemi's and Sophie's words are read.

Ray writes for his daughter, hit by her partner ("She doesn't want the police involved"); Grace,
72, safe, whose card was taken at her door; Kemi, punched outside a club, not reported, asking if
it is worth reporting; Sophie, stalked by an ex at the hospital where she works."""

from __future__ import annotations

import pytest

from actions import dialogue, questions
from actions.account import read_account
from actions.answers import read_answer
from bot.risk_words import IN_DANGER, detect_risk, trusted_crisis
from tests.unit.conftest import classify
from tests.unit.known_answers import answer_in_conversation
from tests.unit.test_assessment_form import run_validation

RAY_OPENING = (
    "Hello. I'm writing about my daughter, she's 29. Her partner hit her last weekend, she came "
    "round with a bruise on her arm and I got the truth out of her eventually. She doesn't want "
    "the police involved. What can I do to help her?"
)
RAY_DANGER = (
    "Not sure honestly. She went back to his flat on sunday. They live together in Croydon. I'm "
    "in Sutton."
)
RAY_NOT_REPORTED = (
    "No, it has NOT been reported to the police. I said she doesn't want the police. Please "
    "don't tell them anything, she'd never forgive me."
)
RAY_SLOTS = {
    "consent": True, "crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex",
    "for_someone_else": True, "age": 29.0, "under_18": False,
}  # fmt: skip
GRACE_SAFE = (
    "no im safe, hes gone. i didnt move any money though, he took the card itself, i gave it to "
    "him at the door. will i get it back?"
)
KEMI_OPENING = (
    "hi so idk if this is even worth reporting but some girl i dont even know punched me in the "
    "face outside a club in shoreditch on saturday"
)
KEMI_WORTH = "ye ok. but like is it worth it tho"
SOPHIE_WORK = (
    "no, not yet. he hasnt threatened me exactly, the messages are like 'i miss you, i just want "
    "to talk, i'll wait outside'. my manager had to ask him to leave last week. i work shifts at "
    "a hospital"
)
SOPHIE_ENTRANCE = (
    "no. its not online, its texts and whatsapp and him at the hospital entrance. you didnt "
    "answer, what if blocking makes him come more"
)
SOPHIE_TOMORROW = "ok. what do i do if hes outside the hospital again tomorrow when i finish"


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


# -- 1. Ray: his daughter's injury, her "no police", and where she lives ------------------------


def test_rays_question_how_to_help_her_is_answered_not_injury_advice_for_him():
    said = answer_in_conversation(RAY_OPENING, None, [])
    assert said is not None and said.response == "utter_helping_someone_abused"
    said = answer_in_conversation(RAY_OPENING, "domestic_abuse", [], for_someone_else=True)
    assert said is not None and said.response == "utter_helping_someone_abused"


@pytest.mark.parametrize(
    "text",
    [
        "I'm writing about my sister, she's 34. Her husband hit her on Friday. How can I help her?",
        "I'm writing for my friend. Her boyfriend punched her last night. What can I do to support "
        "her?",
    ],
)
def test_others_asking_how_to_help_someone_abused_get_the_same(text):
    said = answer_in_conversation(text, None, [])
    assert said is not None and said.response == "utter_helping_someone_abused"


def test_how_can_i_help_about_oneself_is_not_taken():
    said = answer_in_conversation("my partner hit me, what can i do?", None, [])
    assert said is None or said.response != "utter_helping_someone_abused"


def test_she_doesnt_want_the_police_involved_is_not_reported():
    assert read_account(RAY_OPENING).reported is False
    assert read_account("He doesn't want the police involved.").reported is False
    # as before
    assert read_account("I reported it to the police on Monday").reported is True
    assert read_account("the police came and took a statement").reported is True


async def test_rays_opening_is_not_noted_as_told_the_police(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, text=RAY_OPENING, intent="describe_crime", requested_slot=None,
        latest_action="action_resume_assessment",
    )  # fmt: skip
    assert slots.get("reported_to_police") is not True
    assert slots["for_someone_else"] is True


async def test_they_live_together_in_croydon_is_their_borough(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, text=RAY_DANGER, intent="inform", requested_slot="in_danger",
        slots=dict(RAY_SLOTS),
    )  # fmt: skip
    assert slots["borough"] == "croydon"
    assert slots["requested_slot"] != "borough"


# -- 2. Ray: a "no" that puts the police right is not a "no" to the repeat question --------------


def test_a_no_about_the_police_is_not_the_repeat_answer():
    assert read_answer("repeat_victimisation", RAY_NOT_REPORTED).value is None
    # as before
    assert read_answer("repeat_victimisation", "no").value is False
    assert read_answer("repeat_victimisation", "no, first time").value is False
    assert read_answer("repeat_victimisation", "No. But I reported it to the police").value is False
    assert read_answer("repeat_victimisation", "no never before, police know").value is False


async def test_rays_no_is_not_noted_as_not_repeated(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, text=RAY_NOT_REPORTED, intent="deny",
        requested_slot="repeat_victimisation",
        slots={**RAY_SLOTS, "in_danger": False, "reported_to_police": True, "borough": "croydon"},
    )  # fmt: skip
    assert "repeat_victimisation" not in slots  # neither "no" nor "yes": asked again
    assert slots["requested_slot"] == "repeat_victimisation"
    assert slots["reported_to_police"] is False


# -- 3. Grace: safe, the card handed over at the door is what happened ---------------------------


def test_grace_safe_with_the_card_given_at_the_door_is_no_danger():
    assert detect_risk(GRACE_SAFE) is None
    assert not trusted_crisis(GRACE_SAFE, IN_DANGER)
    assert read_answer("in_danger", GRACE_SAFE).value is False


@pytest.mark.parametrize(
    "text",
    [
        "i gave it to him at the door and hes still here",
        "hes at the door now",
        "he is at the door",
        "i handed it to him at the door. hes back",
    ],
)
def test_someone_at_the_door_now_is_still_danger(text):
    assert detect_risk(text) == IN_DANGER


@pytest.mark.parametrize("predicted", ["deny", "in_danger", "ask_right"])
def test_grace_is_not_turned_to_the_danger_intent(predicted):
    # The safety net turned her message into "in_danger" whatever was guessed: the 999 lines and
    # "When you're safe, message 'carry on'".
    assert classify(GRACE_SAFE, predicted) != IN_DANGER


# -- 4. Kemi: "is it worth it" from someone who has not reported -------------------------------


def test_kemis_yes_is_not_told_the_police():
    assert not questions.c75b_reported(KEMI_WORTH, {})
    said = answer_in_conversation(KEMI_WORTH, "assault", [KEMI_OPENING])
    assert said is not None and said.response == "utter_worth_reporting"


def test_reported_in_the_message_still_counts():
    danny = (
        "yeah the old bill came to a&e took a statement, my girlfriend gave one too she was "
        "there. is it even worth it tho they never catch anyone"
    )
    assert questions.c75b_reported(danny, {})
    assert not questions.c75b_reported("yes. is it worth reporting", {})


# -- 5. Sophie: the hospital she works at is no injury -------------------------------------------


@pytest.mark.parametrize("text", [SOPHIE_WORK, SOPHIE_ENTRANCE, SOPHIE_TOMORROW])
def test_the_hospital_where_sophie_works_is_no_injury(text):
    assert "injured" not in read_account(text).details


@pytest.mark.parametrize(
    "text", ["he hit me and i went to hospital", "i work nights, he hit me and i went to hospital"]
)
def test_going_to_hospital_after_a_blow_is_still_an_injury(text):
    assert "injured" in read_account(text).details

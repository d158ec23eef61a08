"""Round 91, helper j91b: yes, no and safe-contact answers misread at the referral and contact
questions (a referral lost, or consent taken that was not given)."""

from __future__ import annotations

import pytest

from actions.answers import read_contact_safe, read_referral_consent
from actions.reading import Turn, corrections, read_turn

INTENTS = [None, "affirm", "deny", "ask_question"]
AFTER_RESULT = {"crime_type": "theft", "consent": True, "assessment_done": True}
AGNIESZKA = {**AFTER_RESULT, "crime_type": "domestic_abuse", "referral_consent": True}


def _read(text: str, requested: str, answers: dict, intent: str | None = None) -> dict:
    return read_turn(Turn(text=text, intent=intent, requested=requested, answers=answers)).slots


# -- 1. Gloria: her name and house phone are a yes to contact; her yes beside a time is a yes --

GLORIA_NUMBER = (
    "Gloria Campbell, 020 7735 4412. That is the house phone, I don't like to use the mobile "
    "for talking"
)
GLORIA_YES = (
    "Marcia already rang the bank dear I told you. Yes you can pass my name on, but please can "
    "they ring me in the afternoon, in the morning Precious is here and I don't want her to hear"
)


@pytest.mark.parametrize("intent", INTENTS)
def test_gloria_giving_her_house_phone_is_safe_by_a_call_on_it(intent):
    slots = _read(GLORIA_NUMBER, "contact_safe", {**AFTER_RESULT, "referral_consent": True}, intent)
    assert slots.get("contact_safe") is True
    assert slots.get("contact_details") == "02077354412"
    assert slots.get("contact_method") == "call"


@pytest.mark.parametrize("intent", INTENTS)
def test_glorias_yes_you_can_pass_my_name_on_is_a_yes(intent):
    slots = _read(GLORIA_YES, "referral_consent", AFTER_RESULT, intent)
    assert slots.get("referral_consent") is True
    assert slots.get("contact_method") == "call"


@pytest.mark.parametrize(
    "text",
    [
        "no. 07700 900123 is his phone",
        "not safe, he checks my phone. 07700 900123",
        "nobody. 07700 900123 is not mine",
    ],
)
def test_a_number_beside_a_no_is_still_no(text):
    assert read_contact_safe(text).value is not True


# -- 2. Agnieszka: texts unsafe and a call fine is safe, by phone, mornings 7 to 8 -------------


@pytest.mark.parametrize("intent", INTENTS)
def test_agnieszka_not_safe_message_call_is_better_is_safe_by_call(intent):
    slots = _read(
        "Not safe message. He read. Call is better, only morning 7 to 8 when he go to buy things",
        "contact_safe",
        AGNIESZKA,
        intent,
    )
    assert slots.get("contact_safe") is True
    assert slots.get("contact_method") == "call"
    assert "no_texts" in slots.get("contact_notes", [])
    assert "7 to 8" in slots.get("contact_times", "")


AGNIESZKA_AGAIN = (
    "No no. I want call. Telephone call is ok. Only text message not ok. Please call me morning "
    "7 to 8"
)


def test_agnieszka_put_right_after_nobody_will_contact_you_is_a_call():
    changes = corrections(AGNIESZKA_AGAIN, {**AGNIESZKA, "contact_safe": False})
    assert changes.get("contact_safe") is True
    assert changes.get("contact_method") == "call"
    assert changes.get("contact_times") == "morning, 7 to 8"


def test_agnieszka_at_the_question_is_a_call_not_a_text():
    said = read_contact_safe(AGNIESZKA_AGAIN)
    assert said.value is True and said.extra.get("contact_method") == "call"


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("no texts please, call is fine", "call"),
        ("no calls, he listens. text is ok", "text"),
        ("not safe to call but email is fine", "email"),
    ],
)
def test_one_way_refused_and_another_fine(text, method):
    said = read_contact_safe(text)
    assert said.value is True and said.extra.get("contact_method") == method


@pytest.mark.parametrize(
    "text",
    [
        "no. he checks everything, nobody contact me",
        "not safe. he reads my texts",
        "not safe at all. text is not ok and call is not ok",
    ],
)
def test_not_safe_stays_not_safe(text):
    assert read_contact_safe(text).value is not True


# -- 3. Stan: "Yes alright. Can they ring my landline ..." is a yes, with the way and number ----

STAN = (
    "I dont work, Im retired. Yes alright. Can they ring my landline, I dont hear the mobile. "
    "01708 900 412. Mornings are best. My daughter Karen can be there if they tell me when"
)


@pytest.mark.parametrize("intent", INTENTS)
def test_stans_yes_alright_is_a_yes_with_his_landline(intent):
    reading = read_turn(
        Turn(text=STAN, intent=intent, requested="referral_consent", answers=AFTER_RESULT)
    )
    assert reading.slots.get("referral_consent") is True
    assert reading.slots.get("contact_method") == "call"
    assert reading.slots.get("contact_details") == "01708900412"
    assert reading.slots.get("contact_times") == "mornings"
    # Asking them to ring him is how to contact him, not a question left unanswered.
    assert not any(say.response == "utter_question_beside_answer" for say in reading.say)


# -- 4 and 5. Carol's "ok. carry on" and Kieran's questions are not consent --------------------

KIERAN = (
    "ok galop, finally. can galop report it for me so i dont have to go to the police myself? "
    "and would you pass stuff to the police, because i havent decided"
)


@pytest.mark.parametrize("text", ["ok. carry on", KIERAN])
@pytest.mark.parametrize("intent", INTENTS)
def test_ok_then_carry_on_or_questions_is_not_consent(text, intent):
    slots = _read(text, "referral_consent", {**AFTER_RESULT, "crime_type": "hate_crime"}, intent)
    assert slots.get("referral_consent") is not True


@pytest.mark.parametrize(
    "text",
    [
        "ok. please pass my details on",
        "ok yes. why do you need my number?",
        "ok. yes please",
        "yes. carry on",
        "ok galop please. what happens next?",
    ],
)
def test_an_ok_with_a_yes_is_still_a_yes(text):
    assert read_referral_consent(text).value is True

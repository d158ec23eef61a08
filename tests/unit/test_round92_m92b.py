"""Round 92, helper m92b: yes / no and safe-contact answers misread at the referral and
contact questions (Wes, Chantelle, Zara)."""

from __future__ import annotations

import pytest

from actions.answers import read_contact_safe, read_referral_consent
from actions.dialogue import ActionHandoff
from actions.reading import Turn, corrections, read_turn
from tests.unit.conftest import make_tracker, responses

INTENTS = [None, "affirm", "deny", "ask_question"]
AFTER_RESULT = {"crime_type": "assault", "consent": True, "assessment_done": True}
WES = {**AFTER_RESULT, "referral_consent": True, "contact_details": "07700900318"}
CHANTELLE = {**AFTER_RESULT, "crime_type": "stalking"}


def _read(text: str, requested: str, answers: dict, intent: str | None = None) -> dict:
    return read_turn(Turn(text=text, intent=intent, requested=requested, answers=answers)).slots


# -- 1. Wes: "yeh its safe" after a complaint is safe, and his correction is taken ------------

WES_SAFE = (
    "mate thats not what i asked. nobody owes me wages. i mean the 2 weeks i cant work cos of "
    "the eye. yeh its safe"
)


@pytest.mark.parametrize("intent", INTENTS)
def test_wes_yeh_its_safe_is_safe(intent):
    assert _read(WES_SAFE, "contact_safe", WES, intent).get("contact_safe") is True


@pytest.mark.parametrize("text", ["yeh its safe", "yea its safe", "ok its safe"])
def test_yeh_its_safe_alone_is_safe(text):
    assert read_contact_safe(text).value is True


def test_wes_i_said_yes_its_safe_puts_right_nobody_will_contact_you():
    changes = corrections(
        "what?? i said YES its safe. ring me. 07700 900318", {**WES, "contact_safe": False}
    )
    assert changes.get("contact_safe") is True
    assert changes.get("contact_method") == "call"


@pytest.mark.parametrize(
    "text", ["nobody. yeh its not safe", "yeh its safe. no wait its not safe, he reads my texts"]
)
def test_not_safe_beside_a_yeh_stays_not_safe(text):
    assert read_contact_safe(text).value is not True


# -- 2. Chantelle: "ye ok" and "yes i said ye" are a yes to being referred --------------------


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(
    "text",
    [
        "ye ok. but how do i get the address post took down, insta aint doing nothing",
        "yes i said ye",
    ],
)
def test_chantelle_ye_ok_is_a_yes_to_the_referral(text, intent):
    assert _read(text, "referral_consent", CHANTELLE, intent).get("referral_consent") is True


@pytest.mark.parametrize("text", ["ye? what does that mean", "i said ye to the police"])
def test_a_ye_asked_back_or_about_something_else_is_no_yes(text):
    assert read_referral_consent(text).value is not True


# -- 3. Zara, 16: her mum sometimes has her phone; texts only, plain, at the times she gave -----

ZARA_SAID = [
    "would they ring me? my mum sometimes has my phone",
    "can they just text not ring. and not say whats its about. ok yes",
    "07700 900752. after school like 4. not weekends",
]


@pytest.mark.parametrize("intent", INTENTS)
def test_zaras_not_say_whats_its_about_keeps_her_texts_plain(intent):
    answers = {**AFTER_RESULT, "crime_type": "sexual_offence", "discreet": True}
    said = read_turn(
        Turn(text=ZARA_SAID[1], intent=intent, requested="referral_consent", answers=answers)
    )
    assert said.slots.get("referral_consent") is True
    assert said.slots.get("contact_method") == "text"
    assert "plain" in said.slots.get("contact_notes", [])
    assert "utter_q82f_plain_added" in [s.response for s in said.say]


def test_zaras_number_at_the_safe_question_is_texts_at_her_times():
    answers = {
        **AFTER_RESULT,
        "crime_type": "sexual_offence",
        "discreet": True,
        "referral_consent": True,
        "contact_method": "text",
    }
    slots = _read(ZARA_SAID[2], "contact_safe", answers)
    assert slots.get("contact_safe") is True
    assert slots.get("contact_method", "text") == "text"
    assert slots.get("contact_times") == "after school, not weekends"


# -- 4. Chantelle: answers given beside asking for a person are kept ---------------------------

CHANTELLE_PERSON = (
    "no. i live in brixton so lambeth. can i talk to a real person bc this bot aint answering "
    "what i asked"
)
CHANTELLE_FORM = {
    "consent": True,
    "in_danger": False,
    "crime_type": "stalking",
    "relationship_to_offender": "partner_or_ex",
    "hate_motivated": False,
}


def _slots_of(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def test_chantelle_no_and_lambeth_kept_when_she_asks_for_a_person(dispatcher, domain):
    tracker = make_tracker(
        slots=CHANTELLE_FORM,
        text=CHANTELLE_PERSON,
        intent="human",
        requested_slot="impairment",
        sent=["utter_ask_impairment"],
    )
    slots = _slots_of(ActionHandoff().run(dispatcher, tracker, domain))
    assert slots.get("impairment") is False
    assert slots.get("borough") == "lambeth"
    assert slots.get("waiting_for_person") is True
    assert "utter_handoff" in responses(dispatcher)


def test_a_person_asked_for_alone_keeps_no_answer(dispatcher, domain):
    tracker = make_tracker(
        slots=CHANTELLE_FORM,
        text="can i talk to a real person",
        intent="human",
        requested_slot="impairment",
        sent=["utter_ask_impairment"],
    )
    slots = _slots_of(ActionHandoff().run(dispatcher, tracker, domain))
    assert "impairment" not in slots and "borough" not in slots
    assert slots.get("waiting_for_person") is True


@pytest.mark.parametrize(
    ("requested", "text"),
    [
        ("impairment", "no i want to talk to someone real"),
        ("needs", "can i talk to a real person"),
        ("in_danger", "i want a human"),
    ],
)
def test_the_request_for_a_person_is_not_read_as_the_answer(dispatcher, domain, requested, text):
    tracker = make_tracker(
        slots=CHANTELLE_FORM, text=text, intent="human", requested_slot=requested
    )
    slots = _slots_of(ActionHandoff().run(dispatcher, tracker, domain))
    assert requested not in slots

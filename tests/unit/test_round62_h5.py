"""Round 62, helper h5: answers to the form's questions that were asked again, or read the
wrong way, before they were taken (Leon, Hamza, Bernard, Ines, Vikram, Mariam)."""

from __future__ import annotations

import pytest

from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm, h5_friends_phone_noted
from actions.questions import h5_friends_phone
from actions.reading import contact_notes_said
from core import contact_notes
from tests.unit.conftest import make_tracker

FORM = ValidateNeedsAssessmentForm()

RESULT_SHOWN = {
    "consent": True, "in_danger": False,
    "crime_type": "assault", "reported_to_police": False, "age": 20.0, "under_18": False,
    "relationship_to_offender": "stranger", "repeat_victimisation": False,
    "hate_motivated": False, "impairment": False, "fear_of_giving_evidence": False,
    "needs": ["compensation"], "language": "english", "borough": "islington", "gender": "man",
    "results_shown": True,
}  # fmt: skip
ASKED = ["utter_ask_referral_consent", "utter_referral_reminder"]


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


async def validate(dispatcher, domain, slots, requested, text, sent=ASKED):
    tracker = make_tracker(slots=slots, text=text, requested_slot=requested, sent=sent)
    return slots_of(await FORM.run(dispatcher, tracker, domain))


# -- Leon: three refusals before "no" was taken --
LEON_NO = [
    "wait so yes or no lol. ok nah dont pass my stuff on. ill think about reporting. does the "
    "club have to give the police the cctv",
    "i dont have video, the club does. and i said no",
    "nah im alright",
    "dont need it",
    "i'll sort it myself",
    "ok nah dont pass my stuff on",
    "please don't send my details thanks",
    "no i already said no",
]


@pytest.mark.parametrize("text", LEON_NO)
def test_leons_refusals_are_a_no(text):
    assert read_answer("referral_consent", text).value is False


async def test_leons_refusal_closes_the_referral_question(dispatcher, domain):
    slots = await validate(dispatcher, domain, RESULT_SHOWN, "referral_consent", LEON_NO[0])
    assert slots["referral_consent"] is False
    assert slots["requested_slot"] is None


@pytest.mark.parametrize(
    "text",
    [
        "yes pass it on. dont pass my details to my dad",
        "yes. i said no to the police but yes to this",
        "ok yes, i'll sort the police thing myself",
        "so can they call me?",
    ],
)
def test_others_are_not_a_no(text):
    assert read_answer("referral_consent", text).value is not False


# -- Hamza, 17, for his sister: "so yes" after the reasons --
HAMZA = "i cant ask her properly they took her phone. she whispered to me 'help me' tho. so yes?? "
HAMZA += "but only text me, never call"
HAMZA_ANSWERS = {**RESULT_SHOWN, "age": 17.0, "under_18": True}


async def test_hamzas_so_yes_is_a_yes_by_text(dispatcher, domain):
    slots = await validate(
        dispatcher, domain, {**HAMZA_ANSWERS, "for_someone_else": True},
        "referral_consent", HAMZA,
    )  # fmt: skip
    assert slots["referral_consent"] is True
    assert slots["contact_method"] == "text"


@pytest.mark.parametrize("text", ["so yes", "ok so yes then", "she wants help. so yeah"])
def test_a_concluded_yes_is_a_yes(text):
    assert read_answer("referral_consent", text).value is True


@pytest.mark.parametrize(
    "text", ["no. so yes what?", "so yes or no?", "so yes they took her phone but no, not yet"]
)
def test_not_a_concluded_yes(text):
    assert read_answer("referral_consent", text).value is not True


# -- Ines: "so yes" at the safety question --
INES = "this phone is my friend phone, he dont know it. so yes"


async def test_ines_is_safe_to_contact(dispatcher, domain):
    slots = await validate(
        dispatcher, domain, {**RESULT_SHOWN, "referral_consent": True}, "contact_safe", INES,
        sent=["utter_ask_contact_safe"],
    )  # fmt: skip
    assert slots["contact_safe"] is True


@pytest.mark.parametrize("text", ["no he checks it", "so no, he reads my texts"])
def test_not_safe_is_still_not_safe(text):
    assert read_answer("contact_safe", text).value is not True


# -- Bernard, 80: "Telephone." --
@pytest.mark.parametrize(
    "text", ["Telephone. I gave you the number.", "Telephone", "landline please"]
)
def test_bernards_telephone_is_a_call(text):
    assert read_answer("contact_method", text).value == "call"


def test_not_by_telephone_is_not_a_call():
    assert read_answer("contact_method", "not by telephone, text please").value == "text"


# -- Vikram: targeted because of age, not the characteristics asked about --
async def test_vikrams_age_answer_is_a_no_not_a_skip(dispatcher, domain):
    base = {k: v for k, v in RESULT_SHOWN.items() if k not in ("hate_motivated", "impairment")}
    slots = await validate(
        dispatcher, domain, {**base, "results_shown": False}, "hate_motivated",
        "targeted because hes old, yes. not the other things", sent=["utter_ask_hate_motivated"],
    )  # fmt: skip
    assert slots["hate_motivated"] is False
    assert "hate_motivated" not in (slots.get("skipped_slots") or [])


@pytest.mark.parametrize("text", ["because hes old and black", "yes because of his religion"])
def test_other_hate_answers_are_not_a_no(text):
    assert read_answer("hate_motivated", text).value is not False


# -- Mariam, Ines: the number is a friend's --
@pytest.mark.parametrize(
    "text",
    [
        "yes but not call. he check my phone. my friend amina phone ok? 07700 900577",
        "its my friends phone",
        INES,
    ],
)
def test_friends_phone_is_noted_for_the_worker(text):
    answers: dict = {"said": ("he hits me", text), "contact_notes": None}
    h5_friends_phone_noted(answers)
    assert answers["contact_notes"] == ["friends_phone"]
    assert contact_notes.for_worker(answers["contact_notes"]) == [
        contact_notes.FOR_WORKER["friends_phone"]
    ]
    assert "friends_phone" in contact_notes_said(text)


@pytest.mark.parametrize(
    "text",
    [
        "my friend was with me, she rang 999",
        "can i ring childline from my mates phone",
        "its not my friends phone",
        "my friends phone got smashed too",
        "07700 900123 thats my number",
    ],
)
def test_others_phones_are_not_noted(text):
    assert not h5_friends_phone(text)
    answers: dict = {"said": (text,), "contact_notes": ["plain"]}
    h5_friends_phone_noted(answers)
    assert answers["contact_notes"] == ["plain"]


# -- Language answers (checked; read already) --
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("english ok", "english"),
        ("english is fine", "english"),
        ("no need interpreter", "english"),
        ("turkish better", "turkish"),
        ("polish pls", "polish"),
    ],
)
def test_language_answers(text, language):
    assert read_answer("language", text).value == language

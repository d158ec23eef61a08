"""Round 67, helper m5: a clear no at the referral question, with a reason or a side question,
is the answer (Gareth, r67a-gareth2), read by one referral reader (rounds 62 h5 and 63 i4
merged)."""

from __future__ import annotations

import pytest

from actions.answers import read_answer, read_referral_consent, read_referral_sentences
from tests.unit.conftest import responses
from tests.unit.known_answers import answer
from tests.unit.test_assessment_form import RESULT_SHOWN, run_validation

GARETH = (
    "no ta. I dont need counselling I need my 6 grand. do the police actually do anything with "
    "report fraud or does it go in a drawer"
)
CLEAR_NOS = [
    GARETH,
    "no ta. I dont need counselling I need my 6 grand",
    "no thanks, what I need is my money back",
    "nah. can they get my phone back tho?",
    "no I just want him caught",
    "no. how long does it take the police?",
]
NOT_A_NO = [
    "no problem, yes please",
    "yes, no rush",
    "not sure, what would they do?",
    "no one has helped me yet so yes please",
    "I have no phone, email is fine",
]


@pytest.mark.parametrize("text", CLEAR_NOS)
def test_a_clear_no_with_a_reason_or_question_is_a_no(text):
    assert read_referral_consent(text).value is False
    assert read_answer("referral_consent", text).value is False


@pytest.mark.parametrize("text", NOT_A_NO)
def test_a_no_that_is_not_an_answer_is_not_a_no(text):
    assert read_referral_consent(text).value is not False


@pytest.mark.parametrize(
    "text", ["no problem, yes please", "no one has helped me yet so yes please"]
)
def test_a_yes_after_a_no_idiom_is_a_yes(text):
    assert read_referral_consent(text).value is True


@pytest.mark.parametrize(
    "text",
    [
        # Not a no to being referred: the last answer put right, or the police refused.
        "No. I am not asking about court money. I am asking about my employer",
        "no. but i meant if we go to the police will they tell my school",
        "No. This chat is not the police",
        "nah. i aint reporting it. is there a way without police knowing its me",
        "No. This is the third time I've asked. Why won't you answer about police updates?",
        "no. not that. the police one. FAMILY liaison",
        "No. I didn't say I didn't want anyone to contact me.",
        "what happens if i say yes?",
    ],
)
def test_a_no_to_something_else_is_not_taken(text):
    assert read_referral_sentences(text) is None


async def test_gareths_no_is_taken_at_once(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, slots={**RESULT_SHOWN, "crime_type": "fraud"},
        requested_slot="referral_consent", latest_action="action_outside_questions",
        text=GARETH, intent="deny",
        sent=["utter_ask_referral_consent", "utter_i6_will_police_bother"],
    )  # fmt: skip
    assert slots["referral_consent"] is False
    assert "utter_ask_referral_consent" not in responses(dispatcher)
    assert "utter_referral_reminder" not in responses(dispatcher)


def test_gareths_side_question_is_still_answered():
    # As in his conversation: the police's answer to fraud, sent once, before the no is taken.
    his = {"consent": True, "reported_to_police": False, "age": 58.0, "borough": "bromley"}
    said = answer(GARETH, "fraud", requested_slot="referral_consent", results_shown=True, **his)
    # M3 (merged beside) gave fraud its own version, without footage.
    assert said == "utter_m3r67_will_police_bother_fraud"

"""Round 46, main: a pregnant woman's baby moving less is answered at once, said or asked."""

import pytest
from conftest import make_tracker
from known_answers import answer
from test_assessment_form import FORM

from actions.questions import ANSWERED_ALONE, baby_moving_less

PIPPA = {"consent": True, "in_danger": False, "crime_type": "domestic_abuse", "age": 31.0}


@pytest.mark.parametrize(
    "text",
    [
        "sorry im just lying here trying to feel the baby move. i havent felt much in the last "
        "couple hours. my midwife's number goes to voicemail",
        "the baby isnt moving much. what do i do if the midwife doesnt answer",
        "reduced movements. should i go to hospital",
        "baby's been kicking a bit less today i think?? should i see my midwife",
        "i cant feel the baby moving since this morning",
        "the baby hasnt moved all day",
    ],
)
def test_a_baby_moving_less_gets_the_maternity_unit_now(text):
    assert baby_moving_less(text)
    assert answer(text, "domestic_abuse", age=31.0) == "utter_baby_moving_less"
    assert "utter_baby_moving_less" in ANSWERED_ALONE


@pytest.mark.parametrize(
    "text",
    [
        "the baby is fine, she was kicking all night",
        "he said he would take the baby and move abroad",
        "my baby was moving house with me when he turned up",
        "i felt so scared when he moved towards me",
        "we havent moved house yet",
    ],
)
def test_other_words_about_a_baby_or_moving_are_not(text):
    assert not baby_moving_less(text)


async def test_said_at_the_referral_question_it_is_answered_not_missed(dispatcher, domain):
    # It got "Sorry, I didn't catch that. You can answer yes or no".
    tracker = make_tracker(
        slots={**PIPPA, "results_shown": True},
        text="sorry im just lying here trying to feel the baby move. i havent felt much in the "
        "last couple hours. my midwife's number goes to voicemail",
        intent="inform",
        requested_slot="referral_consent",
    )
    await FORM.run(dispatcher, tracker, domain)
    assert "utter_baby_moving_less" in [m.get("response") for m in dispatcher.messages]

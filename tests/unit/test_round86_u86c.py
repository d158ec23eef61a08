"""Round 86, helper u86c: the contact step and support requests left from rounds 84 and 85.

Femi, 27, robbed at knifepoint, his hand cut and his phone taken, texting from his friend Tunde's
phone; Stanley, 80, whose daughter is not to know; Wayne, 30, learning disability, whose support
worker Jo helps him with calls. Each test quotes their words.
"""

from __future__ import annotations

import pytest
from known_answers import (
    answer_in_conversation,
    assert_one_sms_with_source,
    numbers_not_in_directory,
)

FEMI_TOLD = [
    "2 guys robbed me at knifepoint last night, they took my phone and my wallet. they cut my hand",
]
FEMI = {
    "age": 27,
    "account_details": ["weapon", "injured"],
    "referral_consent": True,
    "contact_safe": True,
    "results_shown": True,
}

# -- 2. a new phone after a robbery --------------------------------------------------------


def test_how_do_i_get_a_new_phone_is_answered_about_the_phone():
    said = answer_in_conversation("how do i get a new phone", "robbery", FEMI_TOLD, **FEMI)
    assert said is not None and said.response == "utter_u86c_new_phone"


@pytest.mark.parametrize(
    "text",
    ["can i get my phone back", "can i get compensation for the phone", "how do i stop my cards"],
)
def test_other_phone_questions_keep_their_answers(text):
    said = answer_in_conversation(text, "robbery", FEMI_TOLD, **FEMI)
    assert said is None or said.response != "utter_u86c_new_phone"


def test_a_new_phone_with_no_theft_is_not_this_answer():
    said = answer_in_conversation(
        "how do i get a new phone, he keeps texting me", "stalking_harassment", ["my ex"]
    )
    assert said is None or said.response != "utter_u86c_new_phone"


# -- 3. compensation for his cut hand: CICA, not "things taken" ------------------------------


@pytest.mark.parametrize(
    "text",
    ["can I get compensation for the hand", "can i get compensation for my phone and my hand"],
)
def test_compensation_for_the_hand_is_cica(text):
    said = answer_in_conversation(text, "robbery", FEMI_TOLD, **FEMI)
    assert said is not None and said.response == "utter_u86c_cica_for_injury"


def test_compensation_for_the_phone_alone_still_says_things_taken():
    said = answer_in_conversation("can i get compensation for the phone", "robbery", FEMI_TOLD)
    assert said is not None and said.response == "utter_robbery_things_taken"


def test_compensation_for_a_hand_after_a_burglary_is_not_cica():
    said = answer_in_conversation(
        "can I get compensation for the hand", "burglary", ["they broke in"]
    )
    assert said is None or said.response != "utter_u86c_cica_for_injury"


@pytest.mark.parametrize("name", ["utter_u86c_new_phone", "utter_u86c_cica_for_injury"])
def test_new_answers_are_one_sms_with_sources(name):
    assert_one_sms_with_source(name, "u86c (round 86)")
    assert numbers_not_in_directory(name) == []

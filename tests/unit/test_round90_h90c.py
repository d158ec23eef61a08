"""Round 90, helper h90c: Kayla's picture is not our data, Amira's "No." to a yes question,
Dennis's court support as a bereaved father, and Precious who already has an order."""

from __future__ import annotations

import pytest

from tests.unit.conftest import classify

KAYLA = (
    "no just this. ok so how do i actually get it deleted off everyones phones, its in like 4 "
    "group chats on snap and whatsapp"
)


@pytest.mark.parametrize(
    "text",
    [KAYLA, "what?? no i mean the PICTURE deleted off the group chats not this",
     "how do i get the pic deleted off the group chat"],
)  # fmt: skip
def test_getting_a_picture_deleted_off_phones_is_not_delete_my_data(text):
    assert classify(text, "delete_my_data", ["delete_my_data", "inform"]) == "inform"


@pytest.mark.parametrize(
    "text", ["delete my data", "please delete this chat", "can you delete what you have on me"]
)
def test_asking_to_delete_our_data_still_is(text):
    assert classify(text, "delete_my_data", ["delete_my_data", "inform"]) == "delete_my_data"


def test_kaylas_picture_question_gets_a_takedown_answer_not_the_delete_question():
    from core.privacy_question import h90c_image_takedown
    from tests.unit.known_answers import answer

    assert h90c_image_takedown(KAYLA)
    assert not h90c_image_takedown("delete this chat from my phone")
    assert answer(KAYLA, "sexual_offence", age=17) != "utter_confirm_delete"
    assert answer(KAYLA, "sexual_offence", age=17) is not None

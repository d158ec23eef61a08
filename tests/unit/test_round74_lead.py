"""Round 74, lead: "can u delete everything i said" (Hannah, 22) is a request to delete her
data, not a change of contact method; someone else's deleting is not."""

from __future__ import annotations

import pytest

from bot.keywords import control_intent


@pytest.mark.parametrize(
    "text",
    [
        "actually i'm freaking out. can u delete everything i said. i'll just call the havens "
        "myself",
        "can you delete everything i said",
        "delete everything ive told you please",
    ],
)
def test_delete_everything_i_said(text):
    assert control_intent(text) == "delete_my_data"


@pytest.mark.parametrize(
    "text", ["i said everything", "he said delete everything i sent him", "i deleted his number"]
)
def test_not_a_request_to_delete(text):
    assert control_intent(text) != "delete_my_data"

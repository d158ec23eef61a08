"""Round 95 check (lead): a device or way refused at the contact questions is not the referral
cancelled. Priya, whose ex sees the children's iPad, said yes to safe contact and "just dont send
anything that goes to the ipad or email", and was told "I've cancelled it"."""

from __future__ import annotations

import pytest

from actions.reading import Turn, l5_withdraws_referral

PRIYA = (
    "yes text to my phone is fine, just dont send anything that goes to the ipad or email cos i "
    "think the ipad is logged into my old apple id"
)


def _turn(text: str, requested: str = "contact_safe") -> Turn:
    return Turn(text=text, requested=requested, answers={"referral_consent": True})


@pytest.mark.parametrize(
    "text",
    [
        PRIYA,
        "yes but dont send anything to my email",
        "text is ok, dont send it to the ipad",
        "yes its my phone. but please dont send anything in the post, they know my address",
    ],
)
def test_a_way_refused_is_not_the_referral_cancelled(text: str) -> None:
    assert not l5_withdraws_referral(_turn(text))


@pytest.mark.parametrize(
    "text",
    ["please dont pass my details on", "I do NOT want a referral. cancel it", "dont send anything"],
)
def test_a_no_to_the_referral_still_cancels_it(text: str) -> None:
    assert l5_withdraws_referral(_turn(text))

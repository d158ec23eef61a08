"""Round 85 check (lead): Femi, robbed at knifepoint and texting from a friend's phone, answered
"Is it safe for a support worker to contact you?" with "... im not writing for anyone ... yes its
safe" and was told "OK, nobody will contact you"."""

from __future__ import annotations

import pytest

from actions.answers import read_answer

FEMI = (
    "what? im not writing for anyone its me, it happened to ME. i just borrowed the phone. "
    "yes its safe"
)


@pytest.mark.parametrize("text", [FEMI, "yes its safe", "Yes it's safe.", "ok. safe", "yes safe"])
def test_a_sentence_saying_it_is_safe_is_a_yes(text: str) -> None:
    assert read_answer("contact_safe", text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "no its not safe",
        "not safe",
        "he checks my phone. its not safe",
        "yes its safe. well no, its not safe when hes home",
        "no. he reads my texts",
    ],
)
def test_not_safe_stays_a_no(text: str) -> None:
    assert read_answer("contact_safe", text).value is False


def test_no_post_is_no_cancelled_referral() -> None:
    from actions.reading import Turn, l5_withdraws_referral

    asked = {"referral_consent": True}
    joyce = (
        "yes its my phone. but please dont send anything in the post, they know my address and "
        "post gets left in the hallway downstairs"
    )
    assert not l5_withdraws_referral(Turn(text=joyce, requested="contact_safe", answers=asked))
    for text in ("please dont pass my details on", "dont send anything, cancel it"):
        assert l5_withdraws_referral(Turn(text=text, requested="contact_safe", answers=asked))


def test_a_romance_scam_never_gets_the_grandson_bail_script() -> None:
    # Margaret, 76: "Grandson?? I havent got a grandson, its not about bail. Its Richard from the
    # dating site".
    from actions.questions import known_answer

    answers = {
        "crime_type": "fraud",
        "said": ["A man I met on a dating site has had 9000 pounds from me for medical bills"],
    }
    text = (
        "no not the police. Should I? I dont want to get him in trouble if he's real. Should I "
        "tell him I know, he keeps messaging asking why the money didnt go through"
    )
    said = known_answer(text, "fraud", answers=answers)
    assert said is None or said.response != "utter_p5_courier_relative_ok"

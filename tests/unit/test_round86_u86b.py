"""Round 86 (helper u86b): findings left from round 85's check.

- Joyce, 58, a witness whose address was posted on Facebook after she gave her statement ("they
  posted my address on facebook after I gave my statement"): her first message got the young
  person's answer (an adult you trust, Childline); "what can the police do about the posts" and
  "can they make facebook take them down" were turned away; "is that the witness service ringing
  me?" was not answered.
- Margaret, 76, romance scam ("Richard from the dating site", £9,000 for "medical bills"):
  "Should I tell him I know, he keeps messaging asking why the money didnt go through" was not
  answered, and "Grandson?? I havent got a grandson" needs an apology first.
"""

from __future__ import annotations

import pytest
from known_answers import (
    answer_in_conversation,
    assert_one_sms_with_source,
    at_question,
    numbers_not_in_directory,
    sendable,
)

JOYCE = "they posted my address on facebook after I gave my statement"
JOYCE_SAID = [JOYCE]
NEW = (
    "utter_u86b_romance_not_grandson",
    "utter_u86b_witness_posts_police",
    "utter_u86b_who_rang_witness",
)


def said(text: str, crime_type: str | None, earlier: list[str], **answers) -> str | None:
    got = answer_in_conversation(text, crime_type, earlier, **answers)
    return None if got is None else got.response


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name: str) -> None:
    assert_one_sms_with_source(name, "round 86, helper u86b", ({}, {"cannot_phone": True}))
    assert numbers_not_in_directory(name) == []


# -- 1. Joyce's first message: an adult's answer unless she is under 18 ------------------------


@pytest.mark.parametrize(
    "text",
    [
        JOYCE,
        "I was a witness to an assault. they posted my address on facebook after I gave my "
        "statement and said snitches get stitches",
    ],
)
@pytest.mark.parametrize("requested", ["consent", "in_danger", "crime_type"])
def test_joyce_first_message_gets_no_young_persons_answer(text: str, requested: str) -> None:
    for name in at_question(text, requested, {}):
        if name is None:
            continue
        for message in sendable(name):
            assert "Childline" not in message and "adult you trust" not in message, name


def test_the_witness_posts_answer_is_the_young_one_only_under_18() -> None:
    (adult,) = sendable("utter_q2_witness_threats_online")
    assert "Childline" not in adult and "officer in your case" in adult
    assert sendable("utter_q2_witness_threats_online", under_18=False) == [adult]
    (young,) = sendable("utter_q2_witness_threats_online", under_18=True)
    assert "Childline" in young and "adult you trust" in young


# -- 2. Joyce: what the police can do about the posts ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "what can the police do about the posts",
        "can they make facebook take them down",
        "what can the police do about the posts? can they make facebook take them down",
    ],
)
@pytest.mark.parametrize("crime_type", [None, "stalking_harassment", "assault", "other"])
def test_joyce_asks_what_the_police_can_do_about_the_posts(
    text: str, crime_type: str | None
) -> None:
    assert said(text, crime_type, JOYCE_SAID) == "utter_u86b_witness_posts_police"
    (message,) = sendable("utter_u86b_witness_posts_police")
    assert "witness intimidation" in message and "officer in your case" in message
    assert "101" in message and "Facebook" in message and "can't promise" in message
    assert "likely to be entitled" in message


@pytest.mark.parametrize(
    ("text", "earlier", "answers"),
    [
        # No statement or witness told: not Joyce's answer.
        ("can they make facebook take them down", ["my ex posted nudes of me on facebook"], {}),
        ("what can the police do about the posts", ["someone keeps posting about me"], {}),
        # No posts asked about.
        ("what can the police do", JOYCE_SAID, {}),
        # A young witness keeps the answers written for the young.
        ("what can the police do about the posts", JOYCE_SAID, {"under_18": True}),
    ],
)
def test_other_posts_questions_keep_their_answers(text, earlier, answers) -> None:
    assert said(text, None, earlier, **answers) != "utter_u86b_witness_posts_police"


# -- 3. Joyce: "is that the witness service ringing me?" ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is that the witness service ringing me?",
        "someone keeps ringing from a withheld number, is that the witness service ringing me?",
        "was that witness care calling me",
    ],
)
def test_joyce_asks_who_is_ringing(text: str) -> None:
    assert said(text, None, JOYCE_SAID) == "utter_u86b_who_rang_witness"
    (message,) = sendable("utter_u86b_who_rang_witness")
    assert "Witness Care Unit" in message and "Witness Service" in message
    assert "a number you look up yourself" in message


@pytest.mark.parametrize(
    "text", ["what does the witness service do?", "is the witness service the same as witness care"]
)
def test_other_witness_service_questions_are_not_who_rang(text: str) -> None:
    assert said(text, None, JOYCE_SAID) != "utter_u86b_who_rang_witness"


# -- 4. Margaret: the scammer still messaging, and the grandson answer ------------------------

MARGARET_SAID = ["A man I met on a dating site has had 9000 pounds from me for medical bills"]


@pytest.mark.parametrize(
    "text",
    [
        "no not the police. Should I? I dont want to get him in trouble if he's real. Should I "
        "tell him I know, he keeps messaging asking why the money didnt go through",
        "Should I tell him I know, he keeps messaging asking why the money didnt go through",
    ],
)
def test_margaret_asks_whether_to_tell_him_she_knows(text: str) -> None:
    assert said(text, "fraud", MARGARET_SAID) == "utter_scammer_stop_contact"
    (message,) = sendable("utter_scammer_stop_contact")
    assert "not to reply or send anything more" in message and "evidence" in message
    assert "bank" in message and "0300 123 2040" in message and "block" in message


@pytest.mark.parametrize(
    "text",
    [
        "Grandson?? I havent got a grandson",
        "Grandson?? I havent got a grandson, its not about bail. Its Richard from the dating site",
    ],
)
def test_margaret_gets_an_apology_for_the_grandson_answer(text: str) -> None:
    assert said(text, "fraud", MARGARET_SAID) == "utter_u86b_romance_not_grandson"
    (message,) = sendable("utter_u86b_romance_not_grandson")
    assert message.startswith("Sorry, I got that wrong") and "romance scam" in message


def test_no_grandson_without_a_romance_is_not_the_romance_apology() -> None:
    earlier = ["a man rang saying my grandson was in custody and needed bail money"]
    got = said("I havent got a grandson", "fraud", earlier)
    assert got != "utter_u86b_romance_not_grandson"

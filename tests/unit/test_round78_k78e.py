"""Round 78, helper k78e: a child's own picture (Sasha, 16, sextortion) and a school that says
it's dealt with (Zoe, 14), with their words, and other people's messages that keep their
answers."""

from __future__ import annotations

from typing import Any

import pytest

from actions.questions import known_answer
from tests.unit.known_answers import DOMAIN, ORGANISATIONS, assert_one_sms_with_a_source

TOPICS_FILE = DOMAIN / "responses_topics.yml"
NEW = [
    "utter_k78e_report_remove_blocks",
    "utter_k78e_report_remove_sorry",
    "utter_k78e_dont_screenshot_sorry",
    "utter_k78e_not_in_trouble_school",
    "utter_k78e_school_not_dealt_with",
]
SASHA_SAID = (
    "idk. not like that. theres this guy i met online hes older and he made me send a pic and "
    "now he says hes gonna send it to everyone unless i send more",
    "he keeps messaging every day. he said i have til friday. what do i do",
)
SASHA = {
    "consent": True, "crime_type": "online_abuse", "age": 16.0, "under_18": True,
    "relationship_to_offender": "stranger", "repeat_victimisation": True,
}  # fmt: skip
ZOE_SAID = (
    "no i told my teacher and school said they dealt with it but its still going round my mum "
    "knows shes so angry she wants to go to the police. will the boys get arrested??",
)
ZOE = {
    "consent": True, "crime_type": "online_abuse", "age": 14.0, "under_18": True,
    "relationship_to_offender": "someone_known",
}  # fmt: skip


def said(text: str, facts: dict[str, Any], before: tuple[str, ...], **more: Any) -> str | None:
    answers = {**facts, "said": (*before, text), **more}
    got = known_answer(
        text, facts["crime_type"], ORGANISATIONS, more.get("referred", False), answers
    )
    return None if got is None else got.response


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, TOPICS_FILE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no. if i block him he'll just send it. can u stop him posting it",
         "utter_k78e_report_remove_blocks"),
        ("english. he hasnt posted it yet. u said before dont screenshot now ur saying "
         "screenshot?? im confused", "utter_k78e_dont_screenshot_sorry"),
        ("what is report remove. does it stop him", "utter_k78e_report_remove_blocks"),
        ("there is a picture tho. i sent him one. thats the whole thing",
         "utter_k78e_report_remove_sorry"),
        ("will i get in trouble for sending it? like with police",
         "utter_sextortion_not_your_fault"),
        ("no i mean is it illegal that i sent a pic of me. im 16",
         "utter_sextortion_not_your_fault"),
        ("so im gonna get in trouble. and my school will know. omg",
         "utter_k78e_not_in_trouble_school"),
    ],
)  # fmt: skip
def test_sasha(text, expected):
    assert said(text, SASHA, SASHA_SAID) == expected


def test_sasha_after_referral_is_not_told_about_her_number():
    text = "will i get in trouble for sending it? like with police"
    got = said(text, SASHA, SASHA_SAID, referred=True, referral_consent=True, contact_safe=True)
    assert got == "utter_sextortion_not_your_fault"


def test_asked_again_gets_the_other_words():
    text = "no i mean is it illegal that i sent a pic of me. im 16"
    told = ("No, you haven't done anything wrong: a young person tricked or blackmailed over "
            "pictures is never to blame (National Crime Agency).",)  # fmt: skip
    got = said(text, SASHA, SASHA_SAID, recent_bot_texts=told)
    assert got == "utter_d4_young_sent_one_not_in_trouble"


def test_zoe_school_when_a_teacher_was_told():
    text = (
        "ok. but what do i do about school?? they said its dealt with but it isnt. do i have to "
        "go in"
    )
    assert said(text, ZOE, ZOE_SAID) == "utter_k78e_school_not_dealt_with"


# -- negatives ----------------------------------------------------------------------------------


def test_no_picture_told_keeps_the_report_remove_not_for_you_answer():
    before = ("he keeps sending me horrible messages on insta",)
    assert said("omg there are NO pics. what is report remove", SASHA, before) == (
        "utter_q7_report_remove_not_for_you"
    )


@pytest.mark.parametrize(
    "text",
    [
        "will i get in trouble for sending it? like with police",
        "can u stop him posting it",
        "what do i do about school?? do i have to go in",
    ],
)
def test_an_adult_keeps_their_answers(text):
    adult = {**SASHA, "age": 25.0, "under_18": False}
    assert not (said(text, adult, SASHA_SAID) or "").startswith("utter_k78e")


def test_school_not_told_keeps_the_school_worry_answer():
    before = ("boys at school keep pushing me around",)
    text = "what do i do about school tomorrow"
    assert said(text, ZOE, before) != "utter_k78e_school_not_dealt_with"


def test_sasha_wanting_it_gone_is_not_told_to_screenshot():
    # "Screenshot each post first ... Revenge Porn Helpline" was sent to her (utter_posts_removed).
    from actions.questions import Say, k78e_child_picture_answer

    text = "i just want it gone. i cant sleep. i feel so stupid"
    answers = {**SASHA, "said": (*SASHA_SAID, text)}
    got = k78e_child_picture_answer(Say(response="utter_posts_removed"), text, answers)
    assert got == Say(response="utter_j2_child_images_evidence")


def test_an_adults_posts_answer_is_kept():
    from actions.questions import k78e_child_picture_answer

    text = "i just want them gone, they posted my pics everywhere"
    adult = {**SASHA, "age": 30.0, "under_18": False, "said": (*SASHA_SAID, text)}
    assert k78e_child_picture_answer(None, text, adult) is None


# -- Zoe: a girl, not a woman -------------------------------------------------------------------


def test_zoe_is_noted_as_a_girl():
    from actions.wording import noted_line

    line = noted_line({"gender": "woman"}, age_now=14.0) or ""
    assert "you're a girl" in line and "woman" not in line


@pytest.mark.parametrize(
    ("facts", "age_now", "words"),
    [
        ({"gender": "woman"}, 35.0, "you're a woman"),
        ({"gender": "woman"}, None, "you're a woman"),
        ({"gender": "man", "age": 15.0}, None, "you're a boy"),
        ({"gender": "non_binary", "age": 15.0}, None, "you're non-binary"),
        # Under 18 at the time only (an adult telling of their childhood): not "a girl".
        ({"gender": "woman", "under_18": True}, 40.0, "you're a woman"),
    ],
)
def test_gender_words_for_others(facts, age_now, words):
    from actions.wording import noted_line

    assert words in (noted_line(facts, age_now=age_now) or "")

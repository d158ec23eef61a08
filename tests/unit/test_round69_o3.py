"""Round 69, helper o3: who gets told, and consent read right (Gareth, Steve, Magda, Connor,
Ella, Rose)."""

from __future__ import annotations

import pytest

from actions.answers import read_contact_safe, read_referral_consent
from tests.unit.known_answers import RESPONSES, answer, answer_in_conversation

SAID_NO = dict(consent=True, referral_consent=False)


@pytest.mark.parametrize(
    "text",
    [
        "right. and you're NOT passing my details to anyone yeah?",
        "fair enough. cheers. not passing my details on to anyone right?",
        "so you wont pass my details on to anyone?",
        "my details arent going to anyone right?",
    ],
)
def test_details_not_passed_after_a_no(text):
    assert answer(text, "fraud", **SAID_NO) == "utter_o3_details_not_passed"


def test_details_not_passed_says_what_is_kept():
    texts = [r["text"] for r in RESPONSES["utter_o3_details_not_passed"]]
    assert any("90 days" in t and "delete my data" in t for t in texts)
    assert any("nothing from this chat is kept" in t for t in texts)


@pytest.mark.parametrize(
    "text",
    [
        "right. and you're NOT passing my details to anyone yeah?",  # no referral answer yet
        "can you pass my details on to victim support?",
    ],
)
def test_details_not_passed_needs_a_no_first(text):
    assert answer(text, "fraud", consent=True) != "utter_o3_details_not_passed"


@pytest.mark.parametrize(
    "text",
    [
        "ok. but if I say yes, they will call the family? I need this job, I have daughter",
        "the support people, they talk to my boss or no??",
        "does the support team grass to feds tho",
        "will the support service tell my employer?",
    ],
)
def test_support_talks_only_to_you(text):
    assert answer(text, "modern_slavery", consent=True) == "utter_o3_support_talks_to_you"


def test_support_talks_to_you_young_is_honest():
    said = answer("does the support team grass to feds tho", None, age=17.0, under_18=True)
    assert said == "utter_o3_support_talks_to_you_young"
    text = RESPONSES["utter_o3_support_talks_to_you_young"][0]["text"]
    assert "safeguarding" in text and "stays your choice" not in text


@pytest.mark.parametrize(
    "text",
    [
        "will the police tell my boss?",  # the police, not the support service
        "if i report it will the police call my family",
        "can they call me after 2",
        "can the support team call me in the evening?",
    ],
)
def test_support_talks_to_you_not_for_other_questions(text):
    said = answer(text, "assault", consent=True)
    assert said not in ("utter_o3_support_talks_to_you", "utter_o3_support_talks_to_you_young")


def test_ella_age_in_the_same_message():
    said = answer_in_conversation(
        "nah. if i call police theyll tell my parents wont they. im 14",
        None,
        ["wait so support team sees it?? do they tell my mum n dad", "ok ig fine"],
        consent=True,
    )
    assert said is not None and said.response == "utter_police_tell_parents_young"


def test_adult_police_tell_parents_not_the_young_answer():
    said = answer("if i call police theyll tell my parents wont they. im 34", None, consent=True)
    assert said != "utter_police_tell_parents_young"


def test_connor_support_not_police_young():
    text = "nah. is there someone real i can talk to thats not feds"
    assert answer(text, "other", age=17.0, under_18=True) == "utter_o3_support_not_police_young"
    assert "stays your choice" not in RESPONSES["utter_o3_support_not_police_young"][0]["text"]
    assert answer(text, "other", age=30.0, under_18=False) == "utter_n5_support_not_police"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. Yes, I'd like someone to ring me please. But not if he's in, he'd want to "
        "know who it was.",
        "Mostly, yes. He doesn't touch my phone. Best in the mornings, he sleeps till lunchtime.",
        "Thanks. Yes please, someone can call me.",
        "mostly yes",
    ],
)
def test_rose_yes_with_a_condition_is_yes(text):
    assert read_referral_consent(text).value is True


def test_rose_mostly_yes_keeps_the_times():
    said = read_referral_consent(
        "Mostly, yes. He doesn't touch my phone. Best in the mornings, he sleeps till lunchtime."
    )
    assert "mornings" in said.extra.get("contact_times", "")


def test_rose_ring_me_keeps_the_way():
    said = read_referral_consent(
        "Thank you. Yes, I'd like someone to ring me please. But not if he's in."
    )
    assert said.extra.get("contact_method") == "call"


@pytest.mark.parametrize(
    "text",
    [
        "nah no need. if i send the police the dashcam will i get done for cutting him up? it "
        "shows that too",
        "nah no need",
        "no thanks, no need",
        "mostly no",
    ],
)
def test_steve_no_need_is_no(text):
    assert read_referral_consent(text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "ok. but if I say yes, they will call the family? I need this job, I have daughter",
        "thank you. what happens if i say yes?",
        "thanks",
    ],
)
def test_not_a_referral_answer(text):
    assert read_referral_consent(text).value is None


@pytest.mark.parametrize("text", ["mostly no", "Mostly not. He checks my phone."])
def test_contact_safe_mostly_no_is_no(text):
    assert read_contact_safe(text).value is False


def test_contact_safe_mostly_yes_is_yes():
    said = read_contact_safe(
        "Mostly, yes. He doesn't touch my phone. Best in the mornings, he sleeps till lunchtime."
    )
    assert said.value is True

"""Round 42 (helper L5): consent to a referral, a parent hurt by her adult son, and a boy
exploited into carrying bags.

- Sarah, 35, blind: "ok whats the enhanced service then, in plain words" at the referral
  question was taken as a yes; "no for now", "Please dont pass my details on" and "I do NOT
  want a referral. cancel it" were then read as answers about how to contact her.
  "Has my info been sent to anyone?" and "did you refer me or not?" got "can't answer".
- Grace, 58, hit by her son (30, schizophrenia): his mental health team made the bot ask "who
  did it to your child?"; asking whether to tell his care team set off the 999 block; "who can
  help my son / a carers group / who do I tell before he comes home" got "can't answer".
- Liam, 16, made to carry bags for his cousin: "is it me whos the criminal" got nothing, and
  "can someone get me out of it without the feds knowing" got the adults' domestic abuse lines.

Each test quotes the message as it was written; ordinary messages must not change.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.answers import read_referral_consent
from actions.reading import Turn, read_turn
from bot.risk_words import detect_risk

NEW = (
    "utter_l5_referral_withdrawn",
    "utter_l5_details_not_sent",
    "utter_l5_details_sent",
    "utter_l5_young_exploited_get_out",
    "utter_l5_relative_mental_health_help",
)
SARAH = {"consent": True, "crime_type": "assault", "age": 35, "referral_consent": True}
GRACE = {"consent": True, "crime_type": "domestic_abuse", "in_danger": False}
LIAM = {
    "age": 16,
    "under_18": True,
    "gender": "male",
    "relationship_to_offender": "family_member",
}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 42, helper L5", ({}, {"under_18": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Sarah: a question after "ok" is not a yes ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok whats the enhanced service then, in plain words",
        "ok what's right 1",
        "okay what does that mean",
        "ok so whats the difference",
    ],
)
def test_ok_then_a_question_is_not_a_yes(text):
    assert read_referral_consent(text).value is not True


@pytest.mark.parametrize("text", ["ok", "ok yes", "ok sure", "ok go on then", "ok then"])
def test_a_plain_ok_is_still_a_yes(text):
    assert read_referral_consent(text).value is True


def _at(requested, text, **answers):
    return read_turn(
        Turn(text=text, intent="inform", requested=requested, answers={**SARAH, **answers})
    )


@pytest.mark.parametrize(
    ("requested", "text", "before"),
    [
        (
            "contact_safe",
            "It's safe, I live alone. But I want to think about the referral first, so no for "
            "now please",
            {},
        ),
        (
            "contact_method",
            "NO. I said no for now. Please dont pass my details on",
            {"contact_safe": True},
        ),
        (
            "contact_times",
            "are you even reading what I write? I do NOT want a referral. cancel it",
            {"contact_safe": True},
        ),
        (
            "contact_safe",
            "wait, I didnt say yes to being contacted yet. I asked what the enhanced service is",
            {},
        ),
        ("contact_details", "no dont pass my number on", {"contact_safe": True}),
        ("contact_method", "no", {"contact_safe": True}),
        ("contact_times", "i dont want anyone to contact me", {"contact_safe": True}),
    ],
)
def test_a_no_at_a_contact_question_withdraws_the_referral(requested, text, before):
    reading = _at(requested, text, **before)
    assert reading.slots.get("referral_consent") is False
    assert "utter_l5_referral_withdrawn" in [say.response for say in reading.say]
    assert not reading.reject


@pytest.mark.parametrize(
    ("requested", "text", "slot", "value"),
    [
        ("contact_safe", "yes its safe", "contact_safe", True),
        ("contact_safe", "no", "contact_safe", False),
        ("contact_method", "text please", "contact_method", "text"),
        ("contact_method", "dont call, text me", "contact_method", "text"),
        ("contact_times", "any time", "contact_times", "any time"),
        ("voicemail_ok", "no dont leave a message", "voicemail_ok", False),
    ],
)
def test_ordinary_answers_to_contact_questions_are_unchanged(requested, text, slot, value):
    reading = _at(requested, text, contact_safe=True if requested != "contact_safe" else None)
    assert reading.slots.get(slot) == value
    assert "referral_consent" not in reading.slots


@pytest.mark.parametrize(
    "text",
    [
        "Has my info been sent to anyone? I need to know",
        "did you refer me or not? yes or no",
        "have you passed my details on?",
        "was my information shared with anyone?",
    ],
)
def test_whether_details_were_sent_is_answered_from_the_conversation(text):
    # Stopped during the contact questions: nothing was sent.
    assert answer(text, "assault", referral_consent=True, contact_safe=True) == (
        "utter_l5_details_not_sent"
    )
    assert answer(text, "assault", referral_consent=False) == "utter_l5_details_not_sent"
    done = {"referral_consent": True, "contact_safe": True, "assessment_done": True}
    assert answer(text, "assault", **done) == "utter_l5_details_sent"


@pytest.mark.parametrize(
    "text",
    ["how do i get my details changed?", "can i send my photos to the police?", "what is a VPS?"],
)
def test_other_questions_are_not_about_a_referral(text):
    assert answer(text, "assault") not in ("utter_l5_details_sent", "utter_l5_details_not_sent")


# -- Grace: a parent hurt by her adult son -----------------------------------------------------

GRACE_SON = (
    "I am 58. God is good I am healthy myself, it is my son that needs the help. Who can help "
    "him? His mental health team, should I tell them what happened?"
)
GRACE_TELL = (
    "Maybe. But first please, nobody has answered me about my son. Who can help HIM? The care "
    "coordinator at the mental health team does not call me back. Should I tell them he hit "
    "me? I am afraid they will send the police."
)


def test_her_son_named_later_is_not_the_one_she_writes_for():
    reading = read_turn(Turn(text=GRACE_SON, intent="inform", requested="age", answers=GRACE))
    assert reading.slots.get("age") == 58
    assert "for_child" not in reading.slots
    assert "for_child" not in reading.noted
    assert [say.response for say in reading.say] == ["utter_l5_relative_mental_health_help"]


def test_a_child_harmed_is_still_written_for():
    reading = read_turn(
        Turn(
            text="40. its about my son, he was beaten up at school",
            intent="inform",
            requested="age",
            answers={"consent": True, "crime_type": "assault"},
        )
    )
    assert reading.slots.get("for_child") is True


def test_fearing_the_police_are_sent_is_not_danger():
    assert detect_risk(GRACE_TELL) is None
    assert detect_risk("im scared they will send the police") is None


@pytest.mark.parametrize(
    "text",
    [
        "hes here please send the police",
        "im scared, send the police now",
        "i am afraid he will kill me",
        "im scared they will send the police and hes outside with a knife",
    ],
)
def test_danger_is_still_danger(text):
    assert detect_risk(text) == "in_danger"


@pytest.mark.parametrize(
    "text",
    [
        GRACE_SON,
        GRACE_TELL,
        "I do not want any court. Please, I am asking a simple question. Is there anyone who "
        "helps families of people with schizophrenia? Like a carers group?",
        "Thank you. And what will happen when he comes home from the ward next week, who do I "
        "tell so that he is safe and I am safe? Is it social services?",
    ],
)
def test_who_can_help_her_son_is_answered(text):
    assert answer(text, "domestic_abuse", age=58) == "utter_l5_relative_mental_health_help"


@pytest.mark.parametrize(
    "text",
    [
        "should i tell my care coordinator?",
        "i cant sleep, i think im depressed, is there help?",
        "what is a carer?",
    ],
)
def test_her_own_care_or_mood_is_not_this_answer(text):
    assert answer(text, "domestic_abuse", age=40) != "utter_l5_relative_mental_health_help"


# -- Liam: exploited, not the criminal ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no way. am i gonna get arrested? like im the one holding it",
        "ok but u still didnt say if im in trouble for holding the bag. like is it me whos the "
        "criminal",
        "is it me whos the criminal",
    ],
)
def test_exploited_boy_is_told_he_is_the_victim(text):
    assert answer(text, "human_trafficking", **LIAM) == "utter_exploited_not_blamed"


def test_holding_a_bag_for_someone_counts_without_the_crime_known():
    text = "am i in trouble for carrying the bags for him? is it me whos the criminal"
    assert answer(text, None, **LIAM) == "utter_exploited_not_blamed"


def test_getting_out_without_the_police_gives_childline_and_fearless():
    text = "no. why u asking all this. can someone get me out of it without the feds knowing"
    assert answer(text, "human_trafficking", **LIAM) == "utter_l5_young_exploited_get_out"
    assert answer(text, "human_trafficking", age=30) != "utter_l5_young_exploited_get_out"


@pytest.mark.parametrize(
    "text", ["how do i get out of my tenancy", "will i get in trouble for reporting late?"]
)
def test_other_questions_do_not_get_the_exploitation_answers(text):
    said = answer(text, "assault", age=30)
    assert said not in ("utter_l5_young_exploited_get_out", "utter_exploited_not_blamed")

"""Round 48, helper S6: Abena, 41, whose husband held a knife to her, and Musa, 16, beaten up
by a group of older boys.

- Abena: "can i take the kids and go. theyre his kids too am i allowed" got the danger holding
  text, then "I can't answer that one here". Waiting for a person, "wait will they message here?
  no. email only. hes waking up" got "a support worker will reply here".
- Musa: "ok. my ribs kinda hurt when i breathe tho" (told after his results) got "I can't do
  more with that here"; "if i report do i have to give my name" was ignored three times; "will
  they arrest me cos i hit one of them back" got Right 6, about the suspect's arrest.

Each test quotes the person's words; ordinary messages must not change.
"""

from __future__ import annotations

import pytest

from actions.dialogue import ActionWhileWaiting
from actions.questions import must_go, s6_email_only, s6_someone_waking
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

HOME = {"relationship_to_offender": "partner_or_ex"}
YOUNG = {"age": 16.0, "under_18": True}
NEW = (
    "utter_s6_ribs_hurt_to_breathe",
    "utter_s6_yes_leave_with_children",
    "utter_s6_not_here_email_only",
    "utter_s6_not_here_go_now",
)


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_sms_with_sources_and_known_numbers(name):
    assert_one_sms_with_source(name, "round 48, helper S6", ({}, {"gender": "man"}))
    assert not numbers_not_in_directory(name)


# -- Abena: leaving with the children --


@pytest.mark.parametrize(
    "text",
    [
        "hes still asleep. can i take the kids and go. theyre his kids too am i allowed",
        "can i take my kids and leave without telling him. am i allowed",
        "am i allowed to take the children and leave",
        "can i take my 2 kids and go tonight",
    ],
)
def test_leaving_with_the_children_is_answered_yes(text):
    assert answer(text, "domestic_abuse", **HOME) == "utter_s6_yes_leave_with_children"


def test_the_answer_says_yes_and_gives_the_helpline():
    said = sendable("utter_s6_yes_leave_with_children")[0]
    assert said.startswith("Yes.") and "0808 2000 247" in said and "not kidnapping" in said
    man = sendable("utter_s6_yes_leave_with_children", gender="man")[0]
    assert "0808 801 0327" in man and "his too" not in man


@pytest.mark.parametrize(
    "text",
    [
        "can i take the kids abroad to my mum",
        "can i take my kids to the refuge",
        "can i take the kids to school tomorrow",
    ],
)
def test_other_questions_about_the_children_are_not_this_answer(text):
    assert answer(text, "domestic_abuse", **HOME) != "utter_s6_yes_leave_with_children"


def test_not_outside_abuse_at_home():
    assert answer("can i take the kids and go", "burglary") != "utter_s6_yes_leave_with_children"


# -- Abena: waiting for a person, email only, he is waking up --

ABENA = {
    "consent": True,
    "age": 41.0,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "results_shown": True,
    "waiting_for_person": True,
    "handoff": "waiting",
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "email",
    "contact_times": "weekdays 9 to 5 when im at work",
}


def test_email_only_and_him_waking_gets_a_short_goodbye_not_reply_here(dispatcher, domain):
    text = "wait will they message here? no. email only. hes waking up"
    tracker = make_tracker(slots=ABENA, text=text, intent="inform", active_loop=None)
    events = ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_s6_not_here_go_now"]
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["no_reply_here"] is True and slots["waiting_for_person"] is False
    said = sendable("utter_s6_not_here_go_now")[0]
    assert "Delete" in said and "reply here" not in said and "999" in said


def test_email_only_without_him_waking_keeps_to_email(dispatcher, domain):
    tracker = make_tracker(
        slots=ABENA, text="no not here. email only please", intent="inform", active_loop=None
    )
    ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_s6_not_here_email_only"]


def test_email_only_without_an_email_referral_is_the_no_reply_answer(dispatcher, domain):
    slots = {**ABENA, "contact_method": "text"}
    tracker = make_tracker(slots=slots, text="email only", intent="inform", active_loop=None)
    ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_f5_no_reply_here"]


def test_him_waking_while_waiting_is_a_short_goodbye(dispatcher, domain):
    tracker = make_tracker(slots=ABENA, text="hes waking up", intent="inform", active_loop=None)
    ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_go_now"]


@pytest.mark.parametrize("text", ["hes waking up", "ok hes awake now", "he is getting up."])
def test_him_waking_is_must_go(text):
    assert s6_someone_waking(text) and must_go(text)


@pytest.mark.parametrize(
    "text",
    [
        "what do i do if hes waking up",
        "my baby is waking up",
        "shes waking up",
        "he woke up and hit me",
        "i woke up at 3 and he was gone",
        "hes asleep now",
    ],
)
def test_other_messages_are_not_him_waking(text):
    assert not s6_someone_waking(text)


@pytest.mark.parametrize("text", ["email only", "only email pls", "just by email"])
def test_email_only_wordings(text):
    assert s6_email_only(text)


@pytest.mark.parametrize("text", ["my email is abena@example.com", "email", "can they email me?"])
def test_other_email_messages_are_not_email_only(text):
    assert not s6_email_only(text)


# -- Musa: ribs, his name, hitting back --


@pytest.mark.parametrize(
    "text",
    [
        "ok. my ribs kinda hurt when i breathe tho. and my mum dont know",
        "my ribs are killing me when i breathe in",
        "it hurts to breathe, i think its my ribs innit",
    ],
)
def test_ribs_hurting_to_breathe_told_gets_the_health_answer(text):
    assert answer(text, "assault", **YOUNG) == "utter_s6_ribs_hurt_to_breathe"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("my ribs hurt when i breathe, should i go a&e?", "utter_q1_ribs_checked"),
        ("my ribs hurt when i breathe, do i need hospital", "utter_q1_ribs_checked"),
    ],
)
def test_asked_about_ribs_still_gets_round_46s_answer(text, said):
    assert answer(text, "assault", **YOUNG) == said


@pytest.mark.parametrize(
    "text",
    ["her ribs hurt when she breathes", "my head hurts and my ribs hurt when i breathe"],
)
def test_someone_elses_ribs_or_a_head_injury_are_not_this_answer(text):
    assert answer(text, "assault", **YOUNG) != "utter_s6_ribs_hurt_to_breathe"


@pytest.mark.parametrize(
    "text",
    [
        "nah. if i report do i have to give my name",
        "if i go police do i have to give my name",
        "do the police need my name",
        "will the feds want my name if i tell them",
    ],
)
def test_do_i_have_to_give_my_name_gets_the_anonymous_answer(text):
    assert answer(text, "assault", **YOUNG) == "utter_anonymous_reporting"


@pytest.mark.parametrize("text", ["my name is Musa", "do u need my name", "16"])
def test_other_messages_about_names_are_not_this_answer(text):
    assert answer(text, "assault", **YOUNG) != "utter_anonymous_reporting"


@pytest.mark.parametrize(
    "text",
    [
        "will they arrest me cos i hit one of them back",
        "info. like if i go to the police will they arrest me for something. i had a fight back",
        "will i get arrested. i punched one of them when they was on me",
        "could i get in trouble for defending myself",
    ],
)
def test_fear_of_arrest_for_hitting_back_gets_the_self_defence_answer(text):
    assert answer(text, "assault", **YOUNG) == "utter_reasonable_force_to_protect"


@pytest.mark.parametrize(
    "text",
    ["will they arrest them", "has he been arrested yet", "will they arrest me"],
)
def test_other_arrest_questions_are_not_the_self_defence_answer(text):
    assert answer(text, "assault", **YOUNG) != "utter_reasonable_force_to_protect"

"""Round 69, helper p1: Hodan (her son Abdi, 15, stabbed; "no knife that time" was about an
earlier chase), Sadia (typing in secret: "carry on. ..." after a pause) and John (his wife hits
him; her threat to take the kids is a custody fear, not danger now), with the must-stay alarms
and other people's messages that must not change."""

from __future__ import annotations

import pytest

from actions import reading
from actions.answers import read_answer
from actions.dialogue import ActionAnswerRight, ActionOutsideQuestions, ActionResumeAssessment
from actions.wording import changed_line
from bot.risk_words import detect_risk, trusted_crisis
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import RESPONSES, answer

PAUSED = ["utter_ask_contact_times", "utter_emergency", "utter_when_safe"]


def test_the_new_answer_is_one_message():
    for variant in RESPONSES["utter_p1_threat_to_take_the_kids"]:
        assert len(variant["text"]) <= 320
        assert "0808 801 0327" in variant["text"]


# -- Hodan: "no knife that time" is about the earlier chase -------------------------------------

ARMED = {"crime_type": "assault", "account_details": ["weapon", "injured"]}


@pytest.mark.parametrize(
    "text",
    [
        "before they chase him one time. no knife that time",
        "last time they chase him, no knife",
        "before they only chase him, no knife that time",
    ],
)
def test_no_weapon_at_an_earlier_time_is_not_a_correction(text):
    assert reading.b1_no_weapon_said(text) is None
    assert "account_details" not in reading.corrections(text, ARMED)


@pytest.mark.parametrize(
    "text", ["what knife?? there is no knife", "there was no knife", "this time no knife"]
)
def test_a_weapon_denied_of_this_time_is_still_taken_off(text):
    assert "no_knife" in reading.corrections(text, ARMED)["account_details"]


def test_yes_knife_this_time_puts_the_weapon_back():
    before = {"crime_type": "assault", "account_details": ["injured", "no_knife"]}
    text = "no no. this time YES knife. he is stab. before time only chase"
    changes = reading.corrections(text, before)
    assert "weapon" in changes["account_details"]
    assert "no_knife" not in changes["account_details"]
    line = changed_line(changes, before=before)
    assert line is not None and line.startswith("Thank you, I've changed that: there was a knife")


def test_no_weapon_told_keeps_the_denial():
    before = {"crime_type": "assault", "account_details": ["injured", "no_knife"]}
    assert reading.p1_weapon_put_back("he just pushed me, i said no knife", before) == {}


@pytest.mark.parametrize(
    "text",
    [
        "thank you. you write the knife? the person know he is stab with knife?",
        "did you write down the knife?",
        "you put the knife? the worker know he is stab?",
    ],
)
def test_asking_what_was_written_is_not_danger(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger")


@pytest.mark.parametrize(
    "text",
    [
        "he has a knife and hes outside now help me",
        "hes at the door with a knife",
        "did you write the knife? hes outside right now",
    ],
)
def test_a_knife_here_now_still_alarms(text):
    assert detect_risk(text) == "in_danger" or trusted_crisis(text, "in_danger")


@pytest.mark.parametrize(
    "text", ["why you say 999? we ok now. i ask only you write knife", "we ok now", "we are safe"]
)
def test_we_ok_now_is_safe(text):
    assert read_answer("in_danger", text).value is False
    assert not trusted_crisis(text, "in_danger")


@pytest.mark.parametrize(
    "text", ["are we ok?", "we ok now but he is outside", "we are not ok", "hes back, we not safe"]
)
def test_not_safe_is_not_read_as_safe(text):
    assert read_answer("in_danger", text).value is not False


def test_we_ok_now_as_a_question_after_the_referral_takes_the_pause_off(dispatcher, domain):
    tracker = make_tracker(
        slots={"in_danger": True, "assessment_done": True, "crime_type": "assault"},
        text="why you say 999? we ok now. i ask only you write knife",
        intent="ask_right",
        active_loop=None,
        sent=["utter_referral_saved", "utter_emergency", "utter_when_safe"],
    )
    events = ActionAnswerRight().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert "utter_still_here" not in said
    assert {"event": "slot", "name": "in_danger", "value": False, "timestamp": None} in events


# -- Sadia: "carry on. ..." resumes ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "carry on. weekday mornings, he works, his mother sleeps late",
        "carry on",
        "ok carry on, after 10am",
    ],
)
@pytest.mark.parametrize("action", [ActionResumeAssessment, ActionOutsideQuestions])
def test_carry_on_first_resumes(text, action, dispatcher, domain):
    tracker = make_tracker(
        slots={"in_danger": True, "crime_type": "domestic_abuse"},
        text=text,
        intent="inform",
        active_loop=None,
        sent=PAUSED,
    )
    events = action().run(dispatcher, tracker, domain)
    assert "utter_still_here" not in responses(dispatcher)
    assert {"event": "slot", "name": "in_danger", "value": False, "timestamp": None} in events


@pytest.mark.parametrize(
    "text", ["hello??", "can i carry on later", "dont carry on, he is coming", "carry on later"]
)
def test_other_messages_while_paused_still_wait(text, dispatcher, domain):
    tracker = make_tracker(
        slots={"in_danger": True, "crime_type": "domestic_abuse"},
        text=text,
        intent="inform",
        active_loop=None,
        sent=PAUSED,
    )
    ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert "utter_glad_safe_go_on" not in responses(dispatcher)


# -- John: "she'll take the kids and ill never see them" -----------------------------------------

JOHN = (
    "no. and i dont want to. if i go to police she'll say it was me and they'll believe her. "
    "she's already said she'll take the kids and ill never see them"
)
JOHN_2 = (
    "i just told you im not in danger?? and its not social services im worried about its her. "
    "she says in court the mum always gets the kids"
)


@pytest.mark.parametrize(
    "text",
    [
        JOHN,
        "she said she'll take the kids and i'll never see them again",
        "he says he'll take the kids and i'll never see them",
    ],
)
def test_a_custody_threat_is_not_danger_now(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger")


@pytest.mark.parametrize(
    "text",
    [
        "he took the kids and won't bring them back",
        "he will take the kids",
        "she'll take the kids",
        "he said he will take the kids and hes outside now",
    ],
)
def test_taking_the_children_still_alarms(text):
    assert detect_risk(text) == "in_danger"


@pytest.mark.parametrize("text", ["she's taking the kids now", "he's taking the kids right now"])
def test_taking_the_children_now_is_as_before(text):
    # As on main before this round: not a pattern alarm, nor a trusted classifier guess.
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger")


@pytest.mark.parametrize(
    "text",
    [
        JOHN,
        JOHN_2,
        "my wife says she will take the children if i leave",
        "she'll keep the kids in court",
    ],
)
def test_his_fear_of_her_keeping_the_children_gets_the_custody_answer(text):
    got = answer(text, "domestic_abuse")
    assert got == "utter_p1_threat_to_take_the_kids"
    assert got != "utter_p7_children_services_keep_family"


@pytest.mark.parametrize(
    "text",
    [
        "will social services take my kids if i tell someone?",
        "the social worker said she'll take the kids if i go back to him",
        "she's taking the kids now",
        "my wife took the kids to pakistan and won't bring them back",
    ],
)
def test_other_childrens_fears_do_not_get_it(text):
    assert answer(text, "domestic_abuse") != "utter_p1_threat_to_take_the_kids"

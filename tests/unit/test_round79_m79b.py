"""Round 79, helper m79b: false danger alarms (Kasia, Maya, Peter, Sunil), the question lost
after them (Maya, Kasia), and Tell MAMA offered to Maya, who told of no hate crime."""

from __future__ import annotations

import dataclasses

import pytest

from actions import dialogue
from actions.answers import read_answer
from actions.questions import known_answer, must_go
from actions.reading import Turn, read_turn
from bot.risk_words import IN_DANGER, detect_risk
from referrals.matching import default_directory
from referrals.results import build_result
from tests.unit.conftest import make_tracker, responses

KASIA_ASKS = "but i not report police. i get help anyway? is there polish people who help?"
MAYA_ASKS = "what does enhanced mean. and u didnt say about my airpods can i get them back"
PETER_NEEDS = (
    "Peter again. getting the money back mainly, and information on what happens next. and "
    "frankly we need to know the next carer is safe, he can't manage without someone coming in"
)
SUNIL_SAFE = (
    "no. i am in the shop now they are not here. but they come back every few days, tuesday "
    "usually after school"
)


# -- 1. False alarms --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [KASIA_ASKS, MAYA_ASKS, PETER_NEEDS, SUNIL_SAFE])
def test_round79_messages_are_not_danger(text):
    assert detect_risk(text) is None


def test_peter_a_carer_coming_in_is_not_the_quick_exit():
    assert not must_go(PETER_NEEDS)


@pytest.mark.parametrize(
    "text",
    [
        "someone coming in",
        "i have to go someone is coming",
        "hes home i have to go",
    ],
)
def test_someone_coming_now_is_still_the_quick_exit(text):
    assert must_go(text)


@pytest.mark.parametrize(
    "text",
    [
        "please get help now",
        "hes back",
        "they are outside",
        "someone is coming in",
        "he is coming back",
        "they come back every night and theyre outside now",
        "please send help hes back",
        "i get help? hes outside the door",
        "he kicked the door, hes here now, can i get them back",
    ],
)
def test_danger_said_beside_these_words_still_alarms(text):
    assert detect_risk(text) == IN_DANGER


PETER = {
    "consent": True, "in_danger": False, "crime_type": "theft", "for_someone_else": True,
    "reported_to_police": False, "age": 86.0, "repeat_victimisation": True, "hate_crime": False,
    "impairment": True, "intimidated": False,
}  # fmt: skip


def _read(text, requested, answers):
    return read_turn(
        Turn(text=text, intent="inform", requested=requested, answers=answers, asked={requested: 1})
    )


def test_peter_needs_are_read_as_the_needs_answer():
    reading = _read(PETER_NEEDS, "needs", PETER)
    assert not reading.pause
    assert {"compensation", "information", "safety"} <= set(reading.slots["needs"])
    assert "utter_go_now" not in [say.response for say in reading.say]


def test_sunil_no_with_they_are_not_here_is_safe_now():
    reading = _read(SUNIL_SAFE, "in_danger", {"consent": True})
    assert reading.slots.get("in_danger") is False
    assert not reading.pause
    assert read_answer("in_danger", SUNIL_SAFE).value is False


# -- 2. The question reaches the answers --------------------------------------------------------


MAYA = {"crime_type": "robbery", "said": [], "consent": True, "assessment_done": True, "age": 15}


def test_maya_enhanced_is_answered_beside_her_airpods():
    said = known_answer(MAYA_ASKS, "robbery", (), True, answers=MAYA)
    assert said is not None
    sent = [said.response or said.args.get("utter_action"), *(s.response for s in said.then)]
    assert "utter_ask_right/enhanced_service" in sent
    assert "utter_property" in sent


@pytest.mark.parametrize(
    "text",
    [
        "??? no im in my room. i just asked what enhanced means",
        "ur not listening. WHAT IS ENHANCED",
    ],
)
def test_maya_asking_again_what_enhanced_means_gets_it(text):
    said = known_answer(text, "robbery", (), True, answers=MAYA)
    assert said is not None and said.response == "utter_ask_right/enhanced_service"


@pytest.mark.parametrize(
    "text",
    [KASIA_ASKS, "no danger now. i ask if i get help without police. and polish organisation"],
)
def test_kasia_help_without_police_reaches_the_answer(text):
    answers = dict(MAYA, crime_type="domestic_abuse", age=36)
    said = known_answer(text, "domestic_abuse", (), True, answers=answers)
    assert said is not None and said.response == "utter_support_without_report"


@pytest.mark.parametrize("text", ["can i get help with the door", "i need help tonight"])
def test_other_help_questions_are_not_help_without_police(text):
    answers = dict(MAYA, crime_type="domestic_abuse", age=36)
    said = known_answer(text, "domestic_abuse", (), True, answers=answers)
    assert said is None or said.response != "utter_support_without_report"


# -- 3. Tell MAMA ---------------------------------------------------------------------------------

MAYA_DONE = dict(
    crime_type="robbery", consent=True, referral_consent=True, contact_safe=True,
    contact_method="text", contact_details="07700900215", contact_times="after school like after 4",
    assessment_done=True, results_shown=True, borough="barnet", age=15, hate_crime=False,
)  # fmt: skip
SCHOOL_SAID = (
    "They might. The police and schools share information when it's needed to keep a young "
    "person safe, so the police may tell your school or a parent."
)
TELL_MAMA = next(o for o in default_directory() if o.name == "Tell MAMA")


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


@pytest.fixture
def dispatcher():
    from rasa_sdk.executor import CollectingDispatcher

    return CollectingDispatcher()


def test_maya_tell_my_parents_is_not_asking_for_tell_mama(dispatcher):
    tracker = make_tracker(
        slots=MAYA_DONE, text="do i have to tell my parents tho", active_loop=None,
        sent=[SCHOOL_SAID],
    )  # fmt: skip
    result = build_result(MAYA_DONE)
    assert TELL_MAMA not in dialogue.g76b_services_here(tracker, result)
    dialogue.z73d_named_service(dispatcher, tracker, result)
    assert "utter_z73d_referral_via_team" not in responses(dispatcher)


def test_tell_mama_asked_for_by_name_still_goes_via_the_team(dispatcher):
    answers = dict(MAYA_DONE, hate_crime=True)
    tracker = make_tracker(
        slots=answers, text="yes send it to tell mama", active_loop=None,
        sent=["Tell MAMA: Reporting and support for victims of anti-Muslim hatred."],
    )  # fmt: skip
    other = next(o for o in default_directory() if o.name != "Tell MAMA")
    result = dataclasses.replace(build_result(answers), organisations=[other])
    dialogue.z73d_named_service(dispatcher, tracker, result)
    assert responses(dispatcher) == ["utter_z73d_referral_via_team"]


@pytest.mark.parametrize(
    "text",
    ["ok but dont send it to tell mama pls thats not me. just whoever helps with the robbery thing",
     "omg NO tell mama. forget it"],
)  # fmt: skip
def test_maya_turning_down_tell_mama_is_answered_plainly(dispatcher, text):
    tracker = make_tracker(
        slots=MAYA_DONE, text=text, active_loop=None,
        sent=["Your request goes to our support team first. They can pass it to Tell MAMA if "
              "you'd like, and will tell you if they do."],
    )  # fmt: skip
    dialogue.g76b_after_referral(dispatcher, tracker, text)
    assert responses(dispatcher) == ["utter_m79b_service_left_out"]
    assert dispatcher.messages[0]["service"] == "Tell MAMA"


def test_a_service_never_named_is_not_turned_down(dispatcher):
    text = "dont send it to tell mama"
    tracker = make_tracker(slots=MAYA_DONE, text=text, active_loop=None)
    assert dialogue.m79b_service_refused(tracker, text) is None

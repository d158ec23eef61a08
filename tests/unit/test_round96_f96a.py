"""Round 96, helper f96a: Jamal (17, made to carry packages), round 95."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.reading import k78a_notes_said
from tests.unit.conftest import make_tracker, responses

JAMAL = dict(
    crime_type="human_trafficking", consent=True, referral_consent=True, contact_safe=True,
    contact_method="text", contact_details="07700900417", assessment_done=True,
    contact_times="after school like 4pm", results_shown=True, borough="hackney", age=17,
    case_reference="VC-RS8X2B",
)  # fmt: skip
JAMAL_FEAR = (
    "no i mean how long till someone texts me. and what do i do if they come to my house tonight"
)
JAMAL_NO_VISIT = (
    "what?? no i dont want anyone coming to my house my mum will find out. i meant the boys"
)
JAMAL_TAKE_OFF = "take off the home visit thing i dont want that"
JAMAL_CHECKS = "did u take off the home visit or not"


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


def _notes(events):
    return [dict(e)["value"] for e in events if dict(e).get("name") == "contact_notes"]


# -- 1. "if they come to my house" is a fear, not a home visit wished for; a refusal removes it -


@pytest.mark.parametrize("text", [JAMAL_FEAR, JAMAL_NO_VISIT, JAMAL_TAKE_OFF, JAMAL_CHECKS])
def test_jamal_never_asks_for_a_home_visit(text):
    assert "home_visit" not in k78a_notes_said(text, for_someone_else=False)


def test_jamals_fear_is_not_noted_as_a_home_visit(dispatcher):
    tracker = make_tracker(
        slots=JAMAL, text=JAMAL_FEAR, active_loop=None, sent=["utter_referral_saved"]
    )
    events = dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    assert all("home_visit" not in notes for notes in _notes(events))
    assert "home visit" not in str(dispatcher.messages)


@pytest.mark.parametrize("text", [JAMAL_NO_VISIT, JAMAL_TAKE_OFF, JAMAL_CHECKS])
def test_jamals_refusal_removes_the_home_visit(dispatcher, text):
    slots = dict(JAMAL, contact_notes=["home_visit"])
    tracker = make_tracker(slots=slots, text=text, active_loop=None, sent=["utter_referral_saved"])
    events = dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    assert _notes(events) == [["no_home_visit"]]
    assert responses(dispatcher) == ["utter_f96a_no_home_visit"]


def test_a_refusal_heard_earlier_takes_the_home_visit_off_the_referral():
    from actions.assessment_form import k78a_notes_noted

    answers = {
        "referral_consent": True,
        "said": ("could someone visit me at my house", JAMAL_TAKE_OFF),
    }
    k78a_notes_noted(answers)
    assert answers["contact_notes"] == ["no_home_visit"]


# -- 2. A threat to come to his home, where his little sister is, answered in the turn --------

from actions.reading import Turn, read_turn  # noqa: E402
from tests.unit.known_answers import answer, sendable  # noqa: E402

JAMAL_PACKAGES = (
    "some older boys took my bike n said i lost it so now i owe them. they make me carry stuff "
    "for them to places. packages"
)
JAMAL_THREAT = "nah. they said if i stop they'll come to my house. my little sister is there"
JAMAL_DID_YOU_READ = "feeling safe. did u read what i said about my sister"
JAMAL_ANSWERS = dict(crime_type="human_trafficking", age=17, consent=True)


def test_jamals_threat_is_answered_at_the_disability_question():
    reading = read_turn(
        Turn(
            text=JAMAL_THREAT,
            intent="inform",
            requested="impairment",
            answers={**JAMAL_ANSWERS, "said": [JAMAL_PACKAGES]},
        )
    )
    assert [s.response for s in reading.say] == ["utter_f96a_threat_to_come_home"]
    assert reading.slots.get("impairment") is False


def test_did_you_read_about_my_sister_gets_the_answer_not_a_refusal():
    said = [JAMAL_PACKAGES, JAMAL_THREAT]
    assert answer(JAMAL_DID_YOU_READ, "human_trafficking", age=17, said=said) == (
        "utter_f96a_threat_to_come_home"
    )
    texts = sendable("utter_f96a_threat_to_come_home", family="your sister")
    assert all("999" in t and "0800 1111" in t and "{family}" in t for t in texts)
    assert all(len(t) <= 320 for t in texts)


@pytest.mark.parametrize(
    ("text", "said", "answers"),
    [
        (JAMAL_THREAT, [JAMAL_PACKAGES], {"age": 34, "under_18": False}),  # an adult
        ("did u read what i said about my sister", [JAMAL_PACKAGES], {"age": 17}),  # no threat
        ("my little sister is there", [JAMAL_PACKAGES], {"age": 17}),
    ],
)
def test_not_this_answer_elsewhere(text, said, answers):
    assert answer(text, "burglary", said=said, **answers) != "utter_f96a_threat_to_come_home"


# -- 4 and 5. Sheila, 79, robbed by a man "from the gas" she let in --------------------------

SHEILA_SAID = [
    "hello dear. i hope this is the right place. a man came to my house this morning saying he "
    "was from the gas, to check the boiler. i let him in and now my purse is gone and my "
    "husbands watch",
    "no he has gone now. i am on my own though, i have my frame so i couldnt follow him",
]
SHEILA = dict(crime_type="burglary", consent=True, in_danger=False)
SHEILA_LET_IN = (
    "not yet. my neighbour Pat said i should ring 101. should i have let him in? he had a badge "
    "thing and a clipboard, i feel so silly"
)
SHEILA_POLICE = (
    "no just the once. will the police come to the house? i find it hard to get to the door quickly"
)


@pytest.mark.parametrize(
    "text",
    [
        SHEILA_LET_IN,
        "i just wanted to know if it was my fault for opening the door",
        "what badge? i dont work dear i am 79. it was HIS badge, the gas man. i meant should i "
        "have let him in the house",
    ],
)
def test_sheila_is_not_blamed_for_letting_him_in(text):
    assert answer(text, "burglary", said=SHEILA_SAID) == "utter_f96a_let_in_not_your_fault"


def test_sheilas_question_at_the_police_question_is_not_the_work_badge():
    reading = read_turn(
        Turn(
            text=SHEILA_LET_IN,
            intent="inform",
            requested="reported_to_police",
            answers={**SHEILA, "said": SHEILA_SAID},
        )
    )
    assert [s.response for s in reading.say] == ["utter_f96a_let_in_not_your_fault"]
    texts = sendable("utter_f96a_let_in_not_your_fault")
    assert all(not t.startswith("Yes") and "not your fault" in t for t in texts)


def test_will_the_police_come_is_no_promise_and_names_her_frame():
    reading = read_turn(
        Turn(
            text=SHEILA_POLICE,
            intent="inform",
            requested="repeat_victimisation",
            answers={**SHEILA, "age": 79, "said": [*SHEILA_SAID, SHEILA_LET_IN]},
        )
    )
    assert [s.response for s in reading.say] == ["utter_f96a_police_visit_door"]
    assert "walking frame" in reading.say[0].args["need"]
    texts = sendable("utter_f96a_police_visit_door", need="x")
    assert all(not t.startswith("Yes") and "decide" in t and len(t) <= 320 for t in texts)

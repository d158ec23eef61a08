"""Round 96, helper f96a: Jamal (17, made to carry packages), round 95."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.reading import k78a_notes_said
from tests.unit.conftest import make_tracker, responses

JAMAL = dict(
    crime_type="modern_slavery", consent=True, referral_consent=True, contact_safe=True,
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

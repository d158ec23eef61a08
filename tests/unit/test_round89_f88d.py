"""Round 89, helper f88d: Doreen, 81, hard of hearing (r88a): her yes to the referral said beside
"carry on", her hearing on the phone, and her home visit with Sue there; Hassan's yes beside two
questions (r86b)."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.account import read_account
from actions.assessment_form import ValidateNeedsAssessmentForm, answers_from
from actions.reading import Turn, read_turn
from actions.topics import topic_answer
from core.second_contact import supporter_too
from tests.unit.conftest import make_tracker, responses
from tests.unit.test_assessment_form import RESULT_SHOWN


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


DOREEN_YES = "my hearing isnt good on the phone dear. carry on then. yes please pass my details on"
DOREEN_VISIT = (
    "a text I suppose, I cant hear well on the phone. or could they come round? Sue can be here"
)
DOREEN = dict(RESULT_SHOWN, borough="croydon", age=81.0, crime_type="theft")


def _waiting(text, **slots):
    """Doreen after "human" and "hello?": waiting for a person, the form stopped for it (no
    question requested), the referral question asked after the result and not answered."""
    return make_tracker(
        slots=dict(DOREEN, waiting_for_person=True, handoff="waiting", **slots),
        text=text, requested_slot=None, intent="inform", turn={}, active_loop=None,
        sent=["utter_ask_referral_consent", "utter_handoff", "utter_while_waiting"],
    )  # fmt: skip


def _set(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


# -- 1. Doreen: "carry on then. yes please pass my details on" is her yes ------------------


def test_doreens_yes_beside_carry_on_is_taken(dispatcher, domain):
    events = dialogue.ActionWhileWaiting().run(dispatcher, _waiting(DOREEN_YES), domain)
    assert _set(events).get("referral_consent") is True
    assert "utter_back_to_bot" in responses(dispatcher)


@pytest.mark.parametrize(
    "text", ["ok carry on then", "carry on. will they ring me? yes or no", "carry on. no thanks"]
)
def test_carry_on_alone_still_asks_the_referral_question(dispatcher, domain, text):
    events = dialogue.ActionWhileWaiting().run(dispatcher, _waiting(text), domain)
    assert _set(events).get("referral_consent") is not True


def test_no_referral_question_waiting_takes_nothing(dispatcher, domain):
    tracker = _waiting(DOREEN_YES, referral_consent=False)
    events = dialogue.ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert "referral_consent" not in _set(events)


# -- 1b. Hassan: "Yes please. Will the police be told? ..." is a yes, and both answered ----

HASSAN = "Yes please. Will the police be told? Will I have to give the statement to them again?"


def test_hassans_yes_beside_his_questions_is_taken():
    answers = dict(RESULT_SHOWN, crime_type="assault", consent=True)
    reading = read_turn(
        Turn(text=HASSAN, requested="referral_consent", answers=answers, intent="ask_question")
    )
    assert reading.slots.get("referral_consent") is True
    assert "utter_support_not_police" in [said.response for said in reading.say]


def test_susans_promise_still_waits_for_its_answer():
    reading = read_turn(
        Turn(
            text="Yes please. And you promise it won't go to the police?",
            requested="referral_consent",
            answers={"crime_type": "domestic_abuse", "consent": True},
            intent="ask_question",
        )
    )
    assert "referral_consent" not in reading.slots


# -- 2. Doreen's hearing on the phone: kept, and no phone lines pointed to -------------------


@pytest.mark.parametrize(
    "text",
    ["my hearing isnt good on the phone dear", "I cant hear well on the phone", DOREEN_YES],
)
def test_hearing_poor_on_the_phone_cannot_phone(text):
    assert read_account(text).cannot_phone is True


@pytest.mark.parametrize(
    "text",
    [
        # Winston (round 67) phones; "my hearing" at the disability question says no more.
        "my hips arent good and my hearing, Sue helps me with the shopping",
        "his hearing isnt good on the phone",
        "my mums hearing is not good on the phone",
    ],
)
def test_other_hearing_words_say_nothing_of_phoning(text):
    assert not read_account(text).cannot_phone


def test_waiting_reply_after_her_hearing_has_no_phone_line(dispatcher, domain):
    tracker = _waiting("my hearing isnt good on the phone dear")
    events = dialogue.ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert _set(events).get("cannot_phone") is True
    said = " ".join(str(m.get("text") or "") for m in dispatcher.messages)
    assert "08 08 16 89 111" not in said
    assert "londonvws.org.uk" in said


def test_her_hearing_goes_on_her_referral(dispatcher):
    tracker = make_tracker(
        slots=dict(DOREEN, referral_consent=True, contact_method="text"),
        text="any time in the day, not late", requested_slot="contact_times", turn={},
    )  # fmt: skip
    tracker.events.insert(0, {"event": "user", "text": "my hearing isnt good on the phone dear"})
    assert "hard_of_hearing" in answers_from(tracker)["contact_notes"]


# -- 3. "could they come round? Sue can be here": the visit answered, Sue noted -------------


def test_home_visit_at_the_contact_questions_is_the_visit_answer():
    found = topic_answer(DOREEN_VISIT, dict(DOREEN, referral_consent=True))
    assert found is not None and found.response == "utter_m2_home_visit"


def test_home_visit_answer_has_no_samaritans(domain):
    for variant in domain["responses"]["utter_m2_home_visit"]:
        assert "116 123" not in variant["text"] and "Samaritans" not in variant["text"]
        assert "can't promise" in variant["text"]


def test_a_visit_asked_before_any_referral_keeps_its_answer():
    # Gwen (round 71), lonely at night: her answer is unchanged.
    found = topic_answer("does somebody ever come round to visit? i would like that", DOREEN)
    assert found is not None and found.response == "utter_topic_visit"


def test_sue_is_kept_with_the_visit():
    assert supporter_too(DOREEN_VISIT) == "Sue"
    assert supporter_too("the kids will be there") is None
    assert supporter_too("he will be there") is None


async def test_doreens_visit_in_the_form(dispatcher, domain):
    tracker = make_tracker(
        slots=dict(DOREEN, referral_consent=True, contact_safe=True, consent=True),
        text=DOREEN_VISIT, requested_slot="contact_method", turn={},
        sent=["utter_ask_contact_method"],
    )  # fmt: skip
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_now = _set(events)
    said = responses(dispatcher)
    print(set_now, said)
    assert "utter_topic_visit" not in said
    assert "utter_m2_home_visit" in said
    assert set_now.get("contact_method") == "text"
    notes = answers_from(tracker)["contact_notes"]
    assert "home_visit" in notes and "supporter_too" in notes

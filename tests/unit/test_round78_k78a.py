"""Round 78, helper k78a: what is and is not a request to delete, what was noted for the support
worker, and who will be contacted (Leah, Zoe, Rose)."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.questions import k78a_asks_if_deleted
from tests.unit.conftest import classify, make_tracker, responses

LEAH = dict(
    crime_type="stalking", consent=True, referral_consent=True, contact_safe=True,
    contact_method="email", contact_details="leahdarcy.27@proton.me",
    contact_times="any time is fine for email", assessment_done=True, results_shown=True,
    borough="hackney", age=27, perpetrator="partner", case_reference="VC-AG9FTP",
)  # fmt: skip
LEAH_GYM = (
    "ok I'll stop deleting them. should I tell the gym staff about her? I don't want to make a "
    "big thing of it but I don't feel safe going"
)
LEAH_STILL_THERE = (
    "ok. is my request for someone to email me still there? you didn't delete it right"
)
LEAH_NO = "no!! don't delete anything. I was asking about telling the gym"


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


# -- 1. Leah: deleting his messages, or asking whether we deleted, is not "delete my data" ----


@pytest.mark.parametrize("text", [LEAH_GYM, LEAH_STILL_THERE])
def test_leah_is_not_asked_to_delete_everything(text):
    assert classify(text, "delete_my_data", ["delete_my_data", "ask_right", "inform"]) != (
        "delete_my_data"
    )


@pytest.mark.parametrize(
    "text",
    [
        "delete my data",
        "can you delete everything",
        "please delete this chat, he checks my phone",
        "i want you to delete my answers",
        "actually can u delete everything. if my mum sees a reference number",
        "yes delete",
    ],
)
def test_requests_to_delete_stay_requests(text):
    assert classify(text, "delete_my_data") == "delete_my_data"


@pytest.mark.parametrize(
    "action", [dialogue.ActionFinishAssessment, dialogue.ActionOutsideQuestions]
)
def test_leah_no_to_the_delete_question_is_told_nothing_was_deleted(dispatcher, action):
    tracker = make_tracker(
        slots=LEAH, text=LEAH_NO, active_loop=None, sent=["utter_confirm_delete"]
    )
    events = action().run(dispatcher, tracker, {})
    assert responses(dispatcher) == ["utter_k78a_nothing_deleted_referral"]
    assert not any(dict(e).get("name") == "data_erased" for e in events)


@pytest.mark.parametrize("action", [dialogue.ActionFinishAssessment, dialogue.ActionAnswerRight])
def test_leah_asking_if_we_deleted_is_told_the_request_stands(dispatcher, action):
    tracker = make_tracker(
        slots=LEAH, text=LEAH_STILL_THERE, active_loop=None, sent=["utter_referral_saved"]
    )
    action().run(dispatcher, tracker, {})
    assert responses(dispatcher) == ["utter_k78a_nothing_deleted_referral"]


def test_without_a_referral_nothing_deleted_is_said_without_one(dispatcher):
    slots = dict(LEAH, referral_consent=False, contact_method=None, contact_details=None)
    tracker = make_tracker(
        slots=slots, text=LEAH_NO, active_loop=None, sent=["utter_confirm_delete"]
    )
    dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    assert responses(dispatcher) == ["utter_delete_cancelled"]


@pytest.mark.parametrize(
    "text",
    [
        LEAH_GYM,
        "should i delete his messages?",
        "how do i delete this chat from my phone?",
        "delete my data",
        "did he delete the photos?",
    ],
)
def test_other_messages_are_not_asking_if_we_deleted(text):
    assert not k78a_asks_if_deleted(text)

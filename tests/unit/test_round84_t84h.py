"""Round 84, helper t84h: Nadia's camera question and her choice of service, Rosa's fear of the
police and Home Office and her question about Kalayaan, Gary's "who pays" for an interpreter,
and Mark's question about SurvivorsUK; with other people's messages that keep their readings."""

from __future__ import annotations

import pytest

from actions import dialogue, topics
from tests.unit.conftest import responses
from tests.unit.known_answers import after_result
from tests.unit.test_assessment_form import run_validation

NADIA_SAID = (
    "hi someone has slashed my car tyres again, third time in 2 months. im pretty sure its my ex "
    "husband but i cant prove it. can i get a camera or something"
)
NADIA = {
    "consent": True, "in_danger": False, "crime_type": "domestic_abuse",
    "repeat_victimisation": True, "reported_to_police": True, "age": 36,
    "relationship_to_offender": "partner_or_ex",
}  # fmt: skip


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


# -- 1. Nadia: "can i get a camera or something" -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        NADIA_SAID,
        "croydon. did you see what i asked about a camera??",
        "ive asked 3 times now. can anyone help me get a camera or not",
        "feeling safe and practical. like a camera on the drive so next time theres proof. i cant "
        "afford one tbh, the tyres alone have cost me nearly 400 quid",
    ],
)
def test_nadia_camera_question_has_its_answer(text):
    said = topics.topic_answer(text, NADIA)
    assert said is not None and said.response == "utter_t84h_camera_help"


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        ("croydon. did you see what i asked about a camera??", "relationship_to_offender"),
        (
            "feeling safe and practical. like a camera on the drive so next time theres proof. i "
            "cant afford one tbh, the tyres alone have cost me nearly 400 quid",
            "needs",
        ),
    ],
)
async def test_nadia_camera_question_answered_in_the_form(dispatcher, domain, text, requested):
    slots = {**NADIA}
    slots.pop(requested, None)
    await run_validation(
        dispatcher, domain, intent="inform", requested_slot=requested, slots=slots, text=text
    )
    assert "utter_t84h_camera_help" in responses(dispatcher)


def test_nadia_camera_question_after_the_result(domain):
    text = "ive asked 3 times now. can anyone help me get a camera or not"
    assert "utter_t84h_camera_help" in after_result(text, NADIA, (NADIA_SAID,), domain)


@pytest.mark.parametrize(
    "text",
    [
        "i cant afford one, the solicitor wants 500 quid",
        "my neighbours camera points right at my garden and window, is that allowed?",
        "do i have to pay for the order? i cant afford it",
    ],
)
def test_other_money_and_camera_words_keep_their_readings(text):
    said = topics.topic_answer(text, NADIA)
    assert said is None or said.response != "utter_t84h_camera_help"

"""Round 86, helper w86t: a second question in one message was dropped (a class fix).

Priya's "how long till they text. and they wont say its about abuse right" asked its second
question with "right" instead of "?"; Des's "Will they know I am deaf so they dont ring? And can
they chase the police for my crime number" had the note said back and the police part dropped."""

from __future__ import annotations

import pytest

from actions.questions import known_answer, question_parts
from referrals.directory import load_directory

ORGANISATIONS = load_directory()

_PRIYA = "how long till they text. and they wont say its about abuse right"
_PRIYA_REFERRED = {
    "crime_type": "domestic_abuse",
    "consent": True,
    "assessment_done": True,
    "referral_consent": True,
    "contact_safe": True,
    "discreet": True,
    "contact_notes": ["plain"],
}


def _sent(text: str, answers: dict, referred: bool = False) -> list[str | None]:
    said = known_answer(text, answers.get("crime_type"), ORGANISATIONS, referred, answers=answers)
    return [] if said is None else [said.response, *(then.response for then in said.then)]


def test_a_question_asked_back_with_right_is_its_own_part():
    assert question_parts(_PRIYA) == [
        "how long till they text.",
        "and they wont say its about abuse right",
    ]


def test_priya_gets_both_answers():
    sent = _sent(_PRIYA, _PRIYA_REFERRED, referred=True)
    assert set(sent) == {"utter_when_contacted", "utter_q82f_plain_already"}


@pytest.mark.parametrize(
    "text",
    [
        "he was standing on the right",
        "i was scared. but its all right",
        "how long till they text. they said they would be quick",
        "how long till they text. i have to be careful",
    ],
)
def test_no_tag_no_second_part(text):
    assert len(question_parts(text)) <= 1


def test_one_question_told_in_two_sentences_gets_one_answer():
    # A statement then its question, both about one thing: one answer.
    text = "they wont say its about abuse right. he reads my texts sometimes"
    assert len(question_parts(text)) == 1
    assert _sent(text, _PRIYA_REFERRED, True) == ["utter_q82f_plain_already"]


_DES_REFERRED = {
    "consent": True,
    "assessment_done": True,
    "results_shown": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "email",
    "contact_details": "des@example.com",
    "case_reference": "VC-RUJFAV",
    "crime_type": "vehicle_crime",
    "reported_to_police": True,
}
_DES = (
    "Thank you. Will they know I am deaf so they dont ring? And can they chase the police for "
    "my crime number, the insurance want it by friday"
)


def test_des_note_kept_and_police_question_answered(dispatcher, domain):
    from actions.dialogue import ActionFinishAssessment
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(slots=_DES_REFERRED, text=_DES, intent="inform", active_loop=None)
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    sent = responses(dispatcher)
    assert any(name.startswith("utter_f5_note") for name in sent)
    # v86a2's answer for chasing the police (merged beside this) or the older one.
    assert {"utter_chase_the_police", "utter_v86a2_worker_asks_police"} & set(sent)
    assert len(sent) == 2


def test_a_note_alone_gets_no_second_answer(dispatcher, domain):
    from actions.dialogue import ActionFinishAssessment
    from tests.unit.conftest import make_tracker, responses

    text = "Thank you. Will they know I am deaf so they dont ring? I cant hear the phone."
    tracker = make_tracker(slots=_DES_REFERRED, text=text, intent="inform", active_loop=None)
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    sent = responses(dispatcher)
    assert any(name.startswith("utter_f5_note") for name in sent)
    assert len(sent) == 1


_MO = (
    "ok so they must update me? nobody told me anything about the cctv for 3 weeks. can i "
    "complain about that"
)


def test_mo_gets_the_updates_answer_and_the_complaint_answer():
    answers = {"crime_type": "criminal_damage", "reported_to_police": True}
    assert _sent(_MO, answers) == ["utter_g2_updates_yes", "utter_ask_right/complaint"]


def test_they_must_update_me_told_not_asked_gets_no_answer():
    answers = {"crime_type": "criminal_damage", "reported_to_police": True}
    assert _sent("they must update me but they never do", answers) == []


def test_a_danger_answer_comes_before_an_answer_read_first():
    # test_two_questions.py's message: u86c's compensation answer (read before the worded
    # answers) had taken the place of the head-injury answer.
    from actions.questions import ANSWERED_ALONE

    text = "he hit my head and i keep being sick, is that bad? and can i get compensation?"
    said = known_answer(text, "assault", ORGANISATIONS, answers={"crime_type": "assault"})
    assert said is not None and said.response in ANSWERED_ALONE and said.then == ()


def test_compensation_for_an_injury_alone_still_gets_its_answer():
    text = "can i get compensation for my hand? he cut it with a knife"
    said = known_answer(text, "assault", ORGANISATIONS, answers={"crime_type": "assault"})
    assert said is not None and said.response == "utter_u86c_cica_for_injury"

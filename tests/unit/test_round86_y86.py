"""Round 86, helper y86: messages that got "I can't answer your question here" although a short,
honest answer exists (Bogdan, Ray, Kemi, Des, Aisha, Lily, Leon, Priya, Pat)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.dialogue import ActionOutsideQuestions
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    RESPONSES,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    responses_in_conversation,
    sendable,
    sources_above,
)

BOGDAN = dict(
    consent=True,
    in_danger=False,
    crime_type="modern_slavery",
    bereaved=False,
    reported_to_police=False,
    age=29.0,
    under_18=False,
    relationship_to_offender="other",
    repeat_victimisation=True,
)


def _run(action: Any, tracker: Any) -> tuple[list[str | None], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    got = action.run(dispatcher, tracker, {"responses": RESPONSES})
    if asyncio.iscoroutine(got):
        got = asyncio.run(got)
    return responses(dispatcher), got


def _tracker(slot: str, text: str, answers: dict[str, Any], **more: Any) -> Any:
    return make_tracker(
        {**answers, **more},
        text=text,
        intent="out_of_scope",
        requested_slot=slot,
        turn={},
        sent=[f"utter_ask_{slot}"],
        active_loop="needs_assessment_form",
    )


@pytest.mark.parametrize(
    "text",
    ["not understand. targeted?", "not understand", "i not understand", "what mean targeted"],
)
def test_bogdan_not_understand_targeted_gets_the_question_put_plainly(text: str) -> None:
    said, events = _run(ValidateNeedsAssessmentForm(), _tracker("hate_motivated", text, BOGDAN))
    assert said == ["utter_w70b_explain_hate_motivated"]
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots.get("hate_motivated") is None
    assert slots.get("requested_slot") == "hate_motivated"
    said, _ = _run(ActionOutsideQuestions(), _tracker("hate_motivated", text, BOGDAN))
    assert said == ["utter_w70b_explain_hate_motivated"]


def test_a_bare_word_with_a_question_mark_alone_is_not_taken_for_lost() -> None:
    from actions.questions import w70b_explained_question

    told = {**BOGDAN, "requested_slot": "hate_motivated", "hate_motivated": None}
    # An answer, not a question about the words.
    assert w70b_explained_question("yes religion", told) is None
    assert w70b_explained_question("not sure", told) is None


# -- Ray, writing for his daughter hit by her partner ------------------------------------------

RAY = {
    "for_someone_else": True,
    "consent": True,
    "in_danger": False,
    "reported_to_police": False,
    "age": 29.0,
    "relationship_to_offender": "partner_or_ex",
    "requested_slot": "referral_consent",
    "referral_consent": None,
}
RAY_ASKS = (
    "She doesn't know I'm writing to you. Can they contact me, not her? Just for advice for me. "
    "Sorry, I haven't slept properly all week, I keep thinking about going round there and having "
    "it out with him."
)


def test_ray_can_they_contact_me_not_her() -> None:
    text = (
        "She doesn't know I'm writing to you. Can they contact me, not her? Just for advice for me."
    )
    assert answer(text, "domestic_abuse", **RAY) == "utter_y86_contact_me_not_her"
    said = sendable("utter_y86_contact_me_not_her")[0]
    assert "not her" in said and "0808 2000 247" in said


def test_ray_his_urge_to_confront_first_then_contact_me() -> None:
    got = responses_in_conversation(RAY_ASKS, "domestic_abuse", (), **RAY)
    assert got == ["utter_v86b2_dont_confront", "utter_y86_contact_me_not_her"]


def test_ray_what_do_i_say_to_her() -> None:
    after = {**RAY, "requested_slot": None, "referral_consent": True}
    text = "ok. what do I say to her next time I see her?"
    assert answer(text, "domestic_abuse", **after) == "utter_y86_what_to_say_to_her"
    said = sendable("utter_y86_what_to_say_to_her")[0]
    assert "believe her" in said and "0808 2000 247" in said
    # Not for herself, nor a rape (the Havens' answer, utter_l4_what_to_say_to_them).
    assert answer(text, "domestic_abuse", requested_slot=None) != "utter_y86_what_to_say_to_her"
    assert answer(text, "sexual_offence", **after) != "utter_y86_what_to_say_to_her"


# -- Kemi, punched in the face ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "should i take pics of my eye",
        "nah i dont think so she was just drunk and angry idk. should i take pics of my eye",
        "should I take photos of my bruises?",
    ],
)
def test_kemi_photos_of_her_eye(text: str) -> None:
    assert (
        answer(text, "assault", requested_slot="impairment", reported_to_police=False)
        == "utter_y86_photos_of_injury"
    )


def test_photos_of_an_injury_not_for_intimate_images_or_a_theft() -> None:
    assert answer("should i take pics of my eye", "theft") != "utter_y86_photos_of_injury"
    assert answer("should i take pics of the messages", "assault") != "utter_y86_photos_of_injury"
    # Someone else's bruises keep utter_n3_bruises_on_him.
    said = "should i take pictures of the marks on his arms?"
    assert answer(said, "assault") != "utter_y86_photos_of_injury"


# -- Des, car keys fished through his letterbox -------------------------------------------------


def test_des_letterbox_guard() -> None:
    text = "English. What about the letterbox? Can someone come and put a guard on it or something"
    assert answer(text, "theft", requested_slot="language") == "utter_y86_letterbox_guard"
    said = sendable("utter_y86_letterbox_guard")[0]
    assert "letterbox guard" in said and "0808 168 9291" in said


# -- Aisha, raped by a man from work ------------------------------------------------------------


def test_aisha_not_sleeping_or_eating() -> None:
    text = (
        "no. well ive not been sleeping and im not eating much. is that a mental health thing? i "
        "dont know"
    )
    got = answer(text, "sexual_offence", requested_slot="impairment")
    assert got == "utter_y86_sleep_after_rape"
    said = sendable(got)[0]
    assert "isn't your fault" in said and "020 3299 6900" in said


def test_aisha_would_i_have_to_keep_seeing_him_at_work() -> None:
    earlier = ["someone i know. from work like i said. can i ask something"]
    text = "and the work part? would i have to keep seeing him"
    got = responses_in_conversation(
        text, "sexual_offence", earlier, requested_slot=None, referral_consent=True
    )
    assert got == ["utter_bail_conditions_stay_away", "utter_d6_ask_work_to_move_him"]


# -- Lily, impersonated online ------------------------------------------------------------------


def test_lily_what_to_say_to_her_mum() -> None:
    earlier = ["someone made a fake account pretending to be me, messaging people"]
    text = (
        "ok. my mum is freaking out and thinks im on drugs bc of what the fake me said to her. "
        "what do i even say to her"
    )
    got = responses_in_conversation(
        text, "online_abuse", earlier, requested_slot="referral_consent"
    )
    assert got[0] == "utter_y86_fake_account_tell_family"
    said = sendable("utter_y86_fake_account_tell_family")[0]
    assert "fake account" in said and "screenshots" in said


# -- Leon, after his referral -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ye but is it them textin me and how long till they do",
        "so is it redthread thats textin me or who? how long",
    ],
)
def test_leon_who_texts_and_when(text: str) -> None:
    got = answer(text, "serious_violence", requested_slot=None, referral_consent=True, age=19.0)
    assert got == "utter_g4_who_contacts_when"


# -- Priya, after her request was passed on -----------------------------------------------------


def test_priya_i_will_delete_this_now_is_a_goodbye() -> None:
    from actions.reading import signs_off

    assert signs_off("ok thank you. i will delete this now")
    assert signs_off("thanks. ill delete these messages now")
    assert not signs_off("will you delete this now?")
    assert not signs_off("i will delete this now. he is coming back and he has a knife")


def test_priya_gets_a_goodbye_that_says_deleting_is_a_good_idea(dispatcher, domain) -> None:
    from actions.dialogue import ActionFinishAssessment

    slots = {
        "consent": True,
        "assessment_done": True,
        "results_shown": True,
        "referral_consent": True,
        "contact_safe": True,
        "contact_method": "text",
        "contact_details": "07700 900123",
        "case_reference": "VC-Y8KFSJ",
        "crime_type": "domestic_abuse",
    }
    tracker = make_tracker(
        slots=slots, text="ok thank you. i will delete this now", intent="inform", active_loop=None
    )
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_y86_goodbye_deleting"]
    said = sendable("utter_y86_goodbye_deleting", referral_consent=True)
    assert len(said) == 1 and "request stays" in said[0] and "999" in said[0]


# -- Pat, 81, who asked us to ring her daughter Linda -------------------------------------------


def test_pat_has_linda_been_told_yet() -> None:
    text = "I would be very nervous yes. Has Linda been told yet?"
    assert (
        answer(text, "theft", requested_slot="fear_of_giving_evidence") == "utter_y86_not_told_yet"
    )
    # After the request is passed on, not "not yet"; and not of the police.
    assert (
        answer(text, "theft", requested_slot=None, referral_consent=True)
        != "utter_y86_not_told_yet"
    )
    assert answer("have the police been told yet?", "theft") != "utter_y86_not_told_yet"


def test_pats_yes_is_still_her_answer() -> None:
    from actions.answers import read_answer

    assert (
        read_answer(
            "fear_of_giving_evidence", "I would be very nervous yes. Has Linda been told yet?"
        ).value
        is True
    )


@pytest.mark.parametrize(
    "name",
    [
        "utter_y86_contact_me_not_her",
        "utter_y86_what_to_say_to_her",
        "utter_y86_photos_of_injury",
        "utter_y86_letterbox_guard",
        "utter_y86_sleep_after_rape",
        "utter_y86_fake_account_tell_family",
        "utter_y86_not_told_yet",
    ],
)
def test_new_answers_are_one_sms_with_sources(name: str) -> None:
    assert_one_sms_with_source(name, "# y86 (round 86)")
    assert "SOURCES:" in sources_above(name)
    assert not numbers_not_in_directory(name)

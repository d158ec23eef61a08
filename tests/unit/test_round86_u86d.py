"""Round 86, helper u86d: Zara (17; her ex, 18, messages her friends and waits at her college),
Mirela (31, basic English) and Fatima (round 83), with their words, and others' that keep their
answers."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import ANSWERS_FILE, assert_one_sms_with_a_source, said_answer
from tests.unit.test_round84_t84f import MIRELA, MIRELA_EARLIER

NEW = [
    "utter_u86d_no_parent_permission",
    "utter_u86d_you_can_go_to_police",
    "utter_u86d_college_not_told",
]
ZARA_SAID = ("my ex keeps messaging my friends and he waits outside my college", "17")
ZARA = {"age": 17, "under_18": True, "relationship_to_offender": "partner_or_ex"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name: str) -> None:
    assert_one_sms_with_a_source(name, ANSWERS_FILE)


# -- 1. Zara: her mum's permission -----------------------------------------------------------


def test_zara_needs_no_parents_permission() -> None:
    got = said_answer("do i need my mums permission", "stalking", ZARA_SAID, **ZARA)
    assert got == "utter_u86d_no_parent_permission"


def test_a_parent_and_an_adult_do_not_get_it() -> None:
    asked = "do i need my mums permission"
    assert said_answer(asked, "stalking", (), age=35) != "utter_u86d_no_parent_permission"
    got = said_answer(asked, "stalking", (), under_18=True, for_child=True)
    assert got != "utter_u86d_no_parent_permission"
    # Sam, 16 (round 55), asking about reporting keeps his answer.
    got = said_answer("do i NEED my mum to report it", "assault", (), age=16, under_18=True)
    assert got == "utter_b2_report_without_parent"


# -- 4. Zara: domestic abuse when they never lived together ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is it domestic abuse if we never lived together",
        "does it count as domestic if we didnt live together?",
    ],
)
def test_never_living_together_is_answered(text: str) -> None:
    assert (
        said_answer(text, "stalking", ZARA_SAID, **ZARA) == "utter_u86d_da_without_living_together"
    )
    assert said_answer(text, "harassment", (), age=30) == "utter_u86d_da_without_living_together"


def test_da_answer_has_its_source_and_both_variants_fit() -> None:
    from tests.unit.known_answers import ALL_RESPONSES, sources_above

    assert "s.2(1)(e)" in sources_above("utter_u86d_da_without_living_together")
    for variant in ALL_RESPONSES["utter_u86d_da_without_living_together"]:
        assert len(variant["text"]) <= 320


def test_kieran_keeps_his_answer_and_under_16s_do_not_get_it() -> None:
    kieran = "does this count as domestic abuse or is that only if u live together"
    got = said_answer(kieran, "stalking", (), relationship_to_offender="partner_or_ex")
    assert got == "utter_ex_is_domestic_abuse"
    got = said_answer("is it domestic abuse if we never lived together", "stalking", (), age=14)
    assert got != "utter_u86d_da_without_living_together"


# -- 5. Zara: will they tell my college ------------------------------------------------------


def test_zara_hears_who_tells_her_college() -> None:
    got = said_answer("will they tell my college?", "stalking", ZARA_SAID, **ZARA)
    assert got == "utter_u86d_college_not_told"


def test_the_police_question_keeps_its_answer() -> None:
    got = said_answer("if we go to the police will they tell my school?", "assault", (), age=16)
    assert got != "utter_u86d_college_not_told"


# -- 6. Mirela: can I go to the police -------------------------------------------------------


@pytest.mark.parametrize("text", ["police yes or no", "police? i can go?", "i can go police?"])
def test_mirela_hears_she_can_go_to_the_police(text: str) -> None:
    got = said_answer(text, "assault", ["he hit me. my husband"], consent=True)
    assert got == "utter_u86d_you_can_go_to_police"


def test_mirela_for_her_son_keeps_the_parents_answer() -> None:
    got = said_answer("police yes or no", "assault", MIRELA_EARLIER, **MIRELA)
    assert got == "utter_t84f_parent_can_report_hate"


def test_fraud_and_a_report_made_do_not_get_it() -> None:
    assert said_answer("police yes or no", "fraud", ()) != "utter_u86d_you_can_go_to_police"
    got = said_answer("police yes or no", "assault", (), reported_to_police=True)
    assert got != "utter_u86d_you_can_go_to_police"


# -- 7. Fatima: her name ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["my name Fatima", "My name is Fatima.", "hi my name is Zara"])
def test_a_name_gets_a_thank_you(text: str) -> None:
    assert said_answer(text, "domestic_abuse", ()) == "utter_u86d_thanks_for_name"


@pytest.mark.parametrize(
    "text", ["my name is on the tenancy", "my name was used", "my name is not safe"]
)
def test_other_name_sentences_are_not_a_name(text: str) -> None:
    assert said_answer(text, "fraud", ()) != "utter_u86d_thanks_for_name"


# -- 3. Zara: "ok fine yes" to the referral question -----------------------------------------


@pytest.mark.parametrize("intent", ["inform", "thanks", "deny"])
def test_ok_fine_yes_after_the_offer_is_a_yes(dispatcher, domain, intent: str) -> None:
    from actions.dialogue import ActionResumeAssessment
    from tests.unit.conftest import make_tracker
    from tests.unit.test_dialogue_actions import TEENAGER_STALKED_BY_EX, slots_of

    slots = {**TEENAGER_STALKED_BY_EX, "results_shown": True, "assessment_done": True}
    tracker = make_tracker(
        slots=slots,
        text="ok fine yes",
        intent=intent,
        active_loop=None,
        sent=["utter_referral_left_open"],
    )
    set_ = slots_of(ActionResumeAssessment().run(dispatcher, tracker, domain))
    assert set_["referral_consent"] is True


@pytest.mark.parametrize("text", ["ok", "ok fine", "no", "ok thanks"])
def test_ok_alone_after_nobody_will_contact_you_is_not_a_yes(dispatcher, domain, text) -> None:
    from actions.dialogue import ActionResumeAssessment
    from tests.unit.conftest import make_tracker
    from tests.unit.test_dialogue_actions import TEENAGER_STALKED_BY_EX, slots_of

    slots = {**TEENAGER_STALKED_BY_EX, "results_shown": True, "assessment_done": True}
    tracker = make_tracker(
        slots=slots, text=text, intent="inform", active_loop=None, sent=["utter_no_contact"]
    )
    assert "referral_consent" not in slots_of(
        ActionResumeAssessment().run(dispatcher, tracker, domain)
    )


# -- 2. Zara: no more teachers once she has turned them down ---------------------------------

NO_TEACHER = (
    "my ex keeps messaging my friends and he waits outside my college",
    "not like a teacher",
)


@pytest.mark.parametrize("text", ["should i tell a teacher?", "what about school"])
def test_no_teacher_pushed_after_she_turned_them_down(text: str) -> None:
    from tests.unit.known_answers import responses_in_conversation, topic_answered

    facts = {**ZARA, "crime_type": "stalking", "said": list(NO_TEACHER)}
    got = topic_answered(text, facts, frozenset())
    assert got == "utter_u86d_no_teacher_needed"
    sent = responses_in_conversation(text, "stalking", NO_TEACHER, **ZARA)
    assert "utter_topic_school_young" not in sent


def test_without_turning_them_down_the_teacher_answer_stays() -> None:
    from tests.unit.known_answers import topic_answered

    facts = {**ZARA, "crime_type": "stalking", "said": [NO_TEACHER[0]]}
    assert topic_answered("should i tell a teacher?", facts) == "utter_topic_school_young"


def test_the_no_teacher_answer_has_its_sources() -> None:
    from tests.unit.known_answers import DOMAIN

    assert_one_sms_with_a_source("utter_u86d_no_teacher_needed", DOMAIN / "responses_topics.yml")


@pytest.mark.parametrize(
    "said",
    ["he told me not to tell a teacher or he'll hurt me", "it's not my teacher's fault"],
)
def test_a_threat_not_to_tell_is_not_turning_teachers_down(said: str) -> None:
    from actions import answer_facts

    assert not answer_facts.told("no_teacher", [said], {})


def test_too_late_for_the_police_yes_or_no_keeps_its_answer() -> None:
    text = "Is it too late for the police? Yes or no."
    assert said_answer(text, "sexual_offence", ()) != "utter_u86d_you_can_go_to_police"

"""Round 86, helper v86d1: Mo (35, his corner shop targeted by the same teenagers, reported 4
times) and Jenny (44, leaving her abusive husband with their children of 8 and 11), with their
own words, and others' that keep their answers."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import (
    ALL_RESPONSES,
    ANSWERS_FILE,
    assert_one_sms_with_a_source,
    at_question,
    responses_in_conversation,
    said_answer,
)

NEW = [
    "utter_v86d1_what_police_must_do",
    "utter_v86d1_what_police_must_do_later",
    "utter_v86d1_support_wont_tell_police",
]

MO_SAID = (
    "hi. i need to know what police actually have to do. same kids keep coming in my shop",
    "ok fine yes. but tell me what police have to do, ive reported 4 times nothing happens",
    "group of teenagers, they steal from shop, smashed my window twice. last week one said we'll "
    "burn your shop. i own a corner shop brixton",
)
MO = {"repeat_victimisation": True, "reported_to_police": True, "age": 35}

JENNY_SAID = (
    "Hi, I'm not sure if this is the right place. My husband has been hitting me and I want to "
    "leave but I don't know how, we have two kids",
    "not right now, he's at work until 6. kids are at school",
)
JENNY = {"relationship_to_offender": "partner_or_ex"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name: str) -> None:
    assert_one_sms_with_a_source(name, ANSWERS_FILE)


# -- 1. Mo: what the police must do ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hi. i need to know what police actually have to do. same kids keep coming in my shop",
        "ok fine yes. but tell me what police have to do, ive reported 4 times nothing happens",
        "35. why do you need my age, you still didnt answer what police must do",
        "anyway what are my rights, what must police do",
        "what are the police supposed to do for me",
    ],
)
def test_mo_is_told_what_the_police_must_do(text: str) -> None:
    assert said_answer(text, "criminal_damage", MO_SAID[:1], **MO) == (
        "utter_v86d1_what_police_must_do"
    )


def test_before_anything_is_known_the_list_is_promised_later() -> None:
    # His first message, at the privacy question: RIGHTS can't give the list yet.
    text = "ok fine yes. but tell me what police have to do, ive reported 4 times nothing happens"
    assert at_question(text, "consent", {"said": list(MO_SAID[:1])}) == [
        "utter_v86d1_what_police_must_do_later"
    ]


def test_the_answer_gives_the_duties_and_offers_the_full_list() -> None:
    (variant,) = ALL_RESPONSES["utter_v86d1_what_police_must_do"]
    text = variant["text"]
    for words in ("record", "crime number", "key decisions", "investigate", "review", "complain"):
        assert words in text
    assert text.endswith("Reply RIGHTS for the full list.")


def test_at_the_age_question_his_age_is_taken_and_the_question_answered() -> None:
    facts = {"crime_type": "criminal_damage", **MO, "said": list(MO_SAID[:2])}
    del facts["age"]
    said = at_question(
        "35. why do you need my age, you still didnt answer what police must do", "age", facts
    )
    assert said == ["utter_v86d1_what_police_must_do"]


@pytest.mark.parametrize(
    "text",
    [
        "and if they come back and try burn the shop what do i do, my wife is scared to sleep",
        "what must police do if they come back",
        "what do police have to do to arrest them",
    ],
)
def test_other_questions_about_the_police_do_not_get_it(text: str) -> None:
    assert said_answer(text, "criminal_damage", MO_SAID, **MO) != (
        "utter_v86d1_what_police_must_do"
    )


# -- 2. Mo: "yes 4 times" at the court question -------------------------------------------------


def _court_question(text: str) -> tuple[dict, list]:
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    facts = {"crime_type": "criminal_damage", **MO}
    reading = read_turn(
        Turn(
            text=text,
            requested="fear_of_giving_evidence",
            answers=facts,
            organisations=default_directory(),
            intent="affirm",
        )
    )
    return reading.slots, [say.response for say in reading.say]


def test_mos_yes_about_reporting_is_not_fear_of_court() -> None:
    slots, said = _court_question(
        "yes 4 times. i have crime numbers. last time officer came 3 days later, said they will "
        "look at cctv, never heard back"
    )
    assert "fear_of_giving_evidence" not in slots
    assert said == ["utter_v86d1_court_question_again"]


@pytest.mark.parametrize(
    "text", ["yes", "yes very", "yes, 100 times, i'm terrified of court", "yes i would be scared"]
)
def test_a_yes_about_court_is_still_a_yes(text: str) -> None:
    slots, _ = _court_question(text)
    assert slots.get("fear_of_giving_evidence") is True


# -- 3. Mo: "yes pass my details. will the police know i complained?" ---------------------------


MO_REFERRAL = (
    "ok. yes pass my details. will the police know i complained? i dont want problems with them"
)


def test_mos_yes_is_kept_and_his_question_answered() -> None:
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    facts = {"crime_type": "criminal_damage", **MO, "assessment_done": True}
    reading = read_turn(
        Turn(
            text=MO_REFERRAL,
            requested="referral_consent",
            answers=facts,
            organisations=default_directory(),
            intent="affirm",
        )
    )
    assert reading.slots.get("referral_consent") is True
    assert [say.response for say in reading.say] == ["utter_v86d1_support_wont_tell_police"]


def test_the_answer_says_the_police_are_not_told() -> None:
    (variant,) = ALL_RESPONSES["utter_v86d1_support_wont_tell_police"]
    assert "separate from the police" in variant["text"]
    assert "serious risk" in variant["text"]
    assert "report" not in variant["text"]  # he had reported 4 times


def test_susans_police_condition_still_waits() -> None:
    # Round 59 (Susan): "And you promise it won't go to the police?" keeps its own answer.
    got = said_answer("And you promise it won't go to the police?", "assault", ())
    assert got != "utter_v86d1_support_wont_tell_police"


# -- 4. Jenny: does she need his permission to take the children --------------------------------


JENNY_ASKS = [
    "44. If I leave with the kids can he stop me? Do I need his permission to take them? They "
    "are 8 and 11",
    "do i need my husbands permission to take the children with me",
]


@pytest.mark.parametrize("text", JENNY_ASKS)
def test_jenny_is_told_taking_them_somewhere_safe_is_not_kidnapping(text: str) -> None:
    got = responses_in_conversation(text, "domestic_abuse", JENNY_SAID, **JENNY)
    assert got[:1] == ["utter_g6_partner_keeps_child"]
    assert "utter_leaving_with_children" not in got
    assert "utter_c4_leaving_with_children_woman" not in got


def test_at_the_age_question_too() -> None:
    facts = {"crime_type": "domestic_abuse", **JENNY, "said": list(JENNY_SAID)}
    assert at_question(JENNY_ASKS[0], "age", facts) == ["utter_g6_partner_keeps_child"]


def test_asked_again_beside_social_services_she_gets_both() -> None:
    text = (
        "social services?? I didn't even think about them, would they get involved? I just asked "
        "if I need his permission to take the kids with me"
    )
    got = responses_in_conversation(text, "domestic_abuse", (*JENNY_SAID, JENNY_ASKS[0]), **JENNY)
    assert got[:2] == ["utter_g6_partner_keeps_child", "utter_p7_children_services_keep_family"]


def test_you_still_havent_said_about_the_permission() -> None:
    text = "yes for years. but you still haven't said about the permission"
    got = said_answer(text, "domestic_abuse", (*JENNY_SAID, JENNY_ASKS[0]), **JENNY)
    assert got == "utter_g6_partner_keeps_child"


def test_fear_of_losing_them_keeps_its_answer() -> None:
    # Mark, 45 (round 25), hit by his wife: the leaving-with-children answer stands.
    got = said_answer(
        "will i lose my kids if i leave her",
        "domestic_abuse",
        (),
        relationship_to_offender="partner_or_ex",
    )
    assert got == "utter_leaving_with_children"


def test_both_asked_both_answered() -> None:
    text = "if i leave him will i lose my kids? do i need his permission to take them"
    got = responses_in_conversation(text, "domestic_abuse", JENNY_SAID, **JENNY)
    assert got[0] == "utter_g6_partner_keeps_child"
    assert any(name and "leaving_with_children" in name for name in got[1:])


def test_abroad_keeps_its_own_answer() -> None:
    text = "can he take the kids to pakistan without my permission"
    got = said_answer(text, "domestic_abuse", JENNY_SAID, **JENNY)
    assert got != "utter_g6_partner_keeps_child"

"""Round 84, helper t84f: Mirela (31, basic English; her son of 10 pushed down the stairs at
school and called racist names), Kerry (29; her abuser's release from prison) and Sam (33,
stalked by her ex-girlfriend), with their words, and other people's that keep their answers."""

from __future__ import annotations

from typing import Any

import pytest

from core.text import SMS_LIMIT
from tests.unit.conftest import responses
from tests.unit.known_answers import (
    ALL_RESPONSES,
    ANSWERS_FILE,
    after_result,
    assert_one_sms_with_a_source,
    at_question,
    responses_in_conversation,
    said_answer,
    show_more,
)

NEW = [
    "utter_t84f_parent_can_report",
    "utter_t84f_parent_can_report_hate",
    "utter_t84f_vcs_how_to_join",
    "utter_t84f_no_local_service",
    "utter_t84f_same_sex_stalking_taken_seriously",
    "utter_t84f_stalker_at_the_car",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name: str) -> None:
    assert_one_sms_with_a_source(name, ANSWERS_FILE)
    text = ALL_RESPONSES[name][0]["text"].replace("{place}", "Barking and Dagenham")
    assert len(text) <= SMS_LIMIT


# -- 1. Mirela: can a parent go to the police for their child --------------------------------

MIRELA_FIRST = (
    "hello. my son 10 year he is push down stair in school. other boys call him gypsy and "
    "dirty. school say is just boys. i can go police for child?"
)
MIRELA_EARLIER = (
    MIRELA_FIRST,
    "not me hurt. my son. boys push him on stair in school, he fall. they say gypsy, dirty "
    "gypsy, go back. we are roma",
)
MIRELA = {"consent": True, "for_child": True, "hate_motivated": True}


@pytest.mark.parametrize(
    "text",
    [
        "i can go police for child?",
        "no danger now. he is home with me. his arm is hurt, bruise. i ask you two time, police "
        "can help for child or no?",
        "no. this is what i ask you. i can report police for child? school say no need",
        "10. i tell school already!! they say just boys playing. i not understand, police yes "
        "or no",
        "ok. last time i ask. i go to police station and tell what happen to my son, they listen "
        "or no? he is child",
    ],
)
def test_mirela_hears_she_can_report_for_her_child(text: str) -> None:
    got = said_answer(text, "assault", MIRELA_EARLIER, **MIRELA)
    assert got == "utter_t84f_parent_can_report_hate"


def test_mirela_at_the_reporting_question_gets_the_answer() -> None:
    text = "no. this is what i ask you. i can report police for child? school say no need"
    got = at_question(
        text,
        "reported_to_police",
        {**MIRELA, "crime_type": "assault", "said": list(MIRELA_EARLIER)},
    )
    assert "utter_t84f_parent_can_report_hate" in got


def test_a_parent_without_hate_gets_the_plain_yes() -> None:
    got = said_answer(
        "can i report it to the police for my daughter? her phone was stolen at school",
        "theft",
        (),
        consent=True,
        for_child=True,
    )
    assert got == "utter_t84f_parent_can_report"


@pytest.mark.parametrize(
    "text, crime_type, answers",
    [
        # Negatives: already reported, a child's sexual abuse (its own answer), and an adult's
        # own question with no child in it.
        ("can i call the police for my son again?", "assault", {"reported_to_police": True}),
        ("can i go to the police about my daughter?", "sexual_offence", {"for_child": True}),
        ("can i go to the police about it?", "assault", {}),
        (
            "yes almost every evening for 2 weeks. should I tell the police about what they said "
            "about my kids? will it make it worse?",
            "other",
            {},
        ),
        ("will the police tell my son's school?", "assault", {"for_child": True}),
    ],
)
def test_others_keep_their_answers(text: str, crime_type: str, answers: dict[str, Any]) -> None:
    got = said_answer(text, crime_type, (), consent=True, **answers)
    assert got not in ("utter_t84f_parent_can_report", "utter_t84f_parent_can_report_hate")


# -- 2. Mirela: MORE for Roma people ----------------------------------------------------------


MIRELA_RESULT = {
    **MIRELA,
    "crime_type": "assault",
    "age": 10.0,
    "under_18": True,
    "borough": "enfield",
    "language": "romanian",
    "repeat_victimisation": True,
    "needs": ["emotional", "communication"],
}


def test_mirela_more_for_roma_people_says_none_honestly(dispatcher, domain) -> None:
    got = show_more("MORE. is there help for roma people?", MIRELA_RESULT, dispatcher, domain)
    assert got[0] == "utter_s83f_none_for_community"
    texts = [m.get("text") or "" for m in dispatcher.messages]
    assert not any("fit best" in t for t in texts)


def test_more_alone_still_says_the_services_fit_best(dispatcher, domain) -> None:
    show_more("MORE", MIRELA_RESULT, dispatcher, domain)
    assert "utter_s83f_none_for_community" not in responses(dispatcher)


# -- 3. Kerry: how to join the Victim Contact Scheme, and anything local -----------------------

KERRY_EARLIER = (
    "hi i need some help, my ex is getting out of prison next month and im scared",
    "he was abusive to me for like 3 years, hit me, controlled everything. he got 2 and half "
    "years. i dont know if i was ever put on that scheme thing, nobody rang me",
)
KERRY = {
    "consent": True,
    "reported_to_police": True,
    "relationship_to_offender": "partner_or_ex",
    "repeat_victimisation": True,
}
KERRY_RESULT = {
    **KERRY,
    "crime_type": "domestic_abuse",
    "age": 29.0,
    "gender": "woman",
    "borough": "havering",
    "language": "english",
    "needs": ["safety", "information"],
}


@pytest.mark.parametrize(
    "text",
    [
        "not right now no hes still inside. but when he gets out i dont know. will anyone tell me "
        "the date hes getting out??",
        "yes obviously he went to prison for it lol. but how do i find out if im on the scheme",
        "but HOW do i ask to join. who do i ring. hes out in like 5 weeks",
    ],
)
def test_kerry_hears_how_to_join_the_scheme(text: str) -> None:
    got = said_answer(text, "domestic_abuse", KERRY_EARLIER, **KERRY)
    assert got == "utter_t84f_vcs_how_to_join"


def test_kerry_is_not_sent_the_bereaved_families_answer() -> None:
    bot = (
        "If the offender is sentenced to 12 months or more for a violent or sexual offence, you "
        "can be part of the Victim Contact Scheme, run by the Probation Service. A Victim "
        "Liaison Officer gives you information at key stages."
    )
    text = "yes obviously he went to prison for it lol. but how do i find out if im on the scheme"
    got = responses_in_conversation(
        text, "domestic_abuse", KERRY_EARLIER, recent_bot_texts=[bot], **KERRY
    )
    assert "utter_k78c_reach_flo" not in got


def test_kerry_nobody_died_gets_a_sorry_and_the_answer() -> None:
    text = (
        "what?? nobody died. im asking about the victim contact scheme for when my ex gets out. "
        "im 29"
    )
    got = responses_in_conversation(text, "domestic_abuse", KERRY_EARLIER, **KERRY)
    assert got[:2] == ["utter_t84f_sorry_nobody_died", "utter_t84f_vcs_how_to_join"]


def test_kerry_release_date_and_havering_get_both_answers(domain) -> None:
    text = (
        "is there anything local in havering? and you still havent told me how i find out his "
        "release date, i moved so probation prob dont have my address"
    )
    got = after_result(text, KERRY_RESULT, KERRY_EARLIER, domain)
    assert "utter_t84f_vcs_how_to_join" in got
    assert "utter_t84f_no_local_service" in got
    assert "utter_ask_right/victim_contact_scheme" not in got


def test_kerry_anything_local_is_answered(domain) -> None:
    got = after_result("is there anything local in havering?", KERRY_RESULT, KERRY_EARLIER, domain)
    assert "utter_t84f_no_local_service" in got


def test_a_bereaved_family_keeps_the_flo_answer() -> None:
    got = said_answer(
        "how do i get hold of our family liaison officer? i lost her card",
        "homicide",
        (),
        consent=True,
        bereaved=True,
    )
    assert got == "utter_k78c_reach_flo"


@pytest.mark.parametrize(
    "text",
    [
        "will they tell me if he gets released on bail?",
        "how do i find out if my crime number is right?",
    ],
)
def test_other_release_questions_keep_their_answers(text: str) -> None:
    got = said_answer(text, "assault", (), consent=True)
    assert got != "utter_t84f_vcs_how_to_join"


# -- 4. Sam: taken seriously with two women, and her ex at her car ------------------------------

SAM = {
    "consent": True,
    "relationship_to_offender": "partner_or_ex",
    "repeat_victimisation": True,
}
SAM_EARLIER = (
    "not right now no. im at home. its my ex girlfriend, we split 2 months ago and since then "
    "she turns up outside my work like 2 or 3 times a week",
)


def test_sam_hears_stalking_by_a_woman_is_taken_seriously() -> None:
    text = (
        "no. would they even take it seriously? like its two women, people think its not a real "
        "thing"
    )
    got = at_question(text, "reported_to_police", {**SAM, "crime_type": "stalking_harassment"})
    assert got == ["utter_t84f_same_sex_stalking_taken_seriously"]


def test_sam_at_her_car_gets_stalking_safety_steps() -> None:
    text = "thanks. what do i do if shes by my car again tomorrow after work tho"
    got = said_answer(text, "stalking_harassment", SAM_EARLIER, **SAM)
    assert got == "utter_t84f_stalker_at_the_car"


def test_a_man_stalked_by_his_ex_boyfriend_keeps_men_included() -> None:
    text = (
        "if i go to the police tho will they actually take it seriously, a guy being stalked by "
        "his ex boyfriend"
    )
    got = said_answer(text, "stalking_harassment", (), **SAM)
    assert got == "utter_k_stalking_taken_seriously"

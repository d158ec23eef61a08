"""Round 77, helper k77c: whom it happened to, and who is writing (Linda, Helen, James, Zainab,
Priya)."""

from __future__ import annotations

from typing import Any

import pytest

from actions import wording
from actions.account import read_account
from actions.questions import matching_answers
from actions.reading import Turn, read_turn
from core import yaml_files

with open("bot/domain/responses_answers.yml", encoding="utf-8") as handle:
    RESPONSES = yaml_files.load(handle)["responses"]


def turn(text: str, requested: str | None, answers: dict[str, Any]) -> Any:
    return read_turn(Turn(text=text, requested=requested, answers=answers))


def said(reading: Any) -> list[str]:
    return [message.response for message in reading.say]


# -- 1. Linda, 52, for her brother Paul, 40 ---------------------------------------------------

LINDA = {
    "consent": True,
    "in_danger": False,
    "crime_type": "theft",
    "repeat_victimisation": True,
    "for_someone_else": True,
    "impairment": True,
    "reported_to_police": True,
    "age": 52.0,
    "under_18": False,
}


def test_linda_her_own_age_beside_his_puts_his_right() -> None:
    text = (
        "sorry no im 52, Paul is 40. my head is all over the place. its lads from round his "
        "estate, he knows some of their faces, one of them used to be nice to him at first"
    )
    reading = turn(text, "relationship_to_offender", LINDA)
    assert reading.slots["age"] == 40.0
    assert "for_someone_else" not in reading.slots


def test_linda_im_the_one_whos_52_keeps_paul_the_victim() -> None:
    answers = {**LINDA, "hate_motivated": True, "borough": "Croydon"}
    reading = turn("no hes NOT 52. Paul is 40. I'm the one who's 52", None, answers)
    assert "for_someone_else" not in reading.slots
    assert reading.slots["age"] == 40.0


@pytest.mark.parametrize(
    "text",
    [
        "no it didnt happen to me!! it happened to my brother Paul. hes 40. what have you got now",
        "thats wrong. it happened to my brother. he is 40",
    ],
)
def test_linda_it_happened_to_my_brother_puts_it_back(text: str) -> None:
    answers = {**LINDA, "for_someone_else": False}
    reading = turn(text, None, answers)
    assert reading.slots["for_someone_else"] is True
    assert reading.slots["age"] == 40.0
    line = wording.changed_line(
        {"for_someone_else": True, "age": 40.0, "under_18": False},
        about_others=True,
        before=answers,
    )
    assert line and "it happened to them, not you" in line and "they are 40" in line


@pytest.mark.parametrize(
    "text",
    [
        "the same thing happened to my brother last year",
        "it happened to my sister too",
        "im the one who called the police",
    ],
)
def test_own_accounts_stay_the_writers(text: str) -> None:
    answers = {**LINDA, "for_someone_else": False}
    assert "for_someone_else" not in turn(text, None, answers).slots


def test_im_the_one_it_happened_to_still_moves_it_to_the_writer() -> None:
    reading = turn("no its me, im the one they hit. im 52", None, {**LINDA, "age": 20.0})
    assert reading.slots["for_someone_else"] is False


# -- 2. Helen, 63, burgled; her husband Geoffrey has dementia ----------------------------------

HELEN = {"consent": True, "in_danger": False, "crime_type": "burglary", "impairment": True}


def test_helen_husbands_dementia_is_not_hers() -> None:
    text = (
        "No, not now. But I keep thinking they'll come back. They came in through the back door, "
        "the lock is rubbish. My husband has dementia and he doesn't really understand what "
        "happened, he keeps asking where his watch is."
    )
    assert read_account(text).impairment is None
    assert "impairment" not in turn(text, "in_danger", {"consent": True}).slots


@pytest.mark.parametrize(
    "text",
    ["I have a learning disability", "I have depression and my husband has dementia"],
)
def test_own_condition_still_read(text: str) -> None:
    assert read_account(text).impairment is True


def test_helen_not_me_with_the_condition_takes_it_off_and_keeps_her() -> None:
    text = (
        "It's not me with the condition, it's my husband Geoffrey. Yes the police came the next "
        "morning and took fingerprints from the kitchen and the back door. When will I hear "
        "back from them?"
    )
    reading = turn(text, "reported_to_police", HELEN)
    assert reading.slots["impairment"] is False
    assert "for_someone_else" not in reading.slots
    assert "utter_about_them" not in said(reading)


def test_helen_i_dont_have_a_health_condition_is_taken() -> None:
    text = (
        "But I don't have a health condition, I told you it's Geoffrey with the dementia. And "
        "when will I hear back from the police? Nobody has rung since they did the fingerprints."
    )
    answers = {**HELEN, "reported_to_police": True, "age": 63.0, "borough": "Wandsworth"}
    assert turn(text, "referral_consent", answers).slots["impairment"] is False


# -- 3. James: "its my HUSBAND" is who did it ------------------------------------------------


def test_james_its_my_husband_names_who_did_it_not_whom_for() -> None:
    answers = {
        "consent": True,
        "in_danger": False,
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "stranger",
        "gender": "male",
        "reported_to_police": False,
        "age": 39.0,
        "repeat_victimisation": True,
    }
    text = "what?? no. its my HUSBAND i told you. i know him very well unfortunately"
    reading = turn(text, "crime_type", answers)
    assert reading.slots["relationship_to_offender"] == "partner_or_ex"
    assert "for_someone_else" not in reading.slots
    assert "utter_about_them" not in said(reading)


def test_writing_for_my_husband_still_read_mid_form() -> None:
    answers = {"consent": True, "in_danger": False, "crime_type": "assault"}
    reading = turn("im writing for my husband, he was attacked", None, answers)
    assert reading.slots.get("for_someone_else") is True


# -- 4. Zainab, 38, for her son, 14 -----------------------------------------------------------

ZAINAB = {
    "consent": True,
    "in_danger": False,
    "for_child": True,
    "crime_type": "assault",
    "age": 14.0,
    "under_18": True,
}


def test_zainab_can_i_report_it_without_him_is_the_parents_answer() -> None:
    text = (
        "no. thats the thing. he doesnt want to report it, he says if he goes to police he'll "
        "get it worse, they'll call him a snitch. i want to report it. can i report it without "
        "him? hes 14"
    )
    reading = turn(text, "reported_to_police", ZAINAB)
    assert "utter_b2_report_without_parent" not in said(reading)
    assert "utter_report_for_someone" in said(reading)


def test_zainab_someone_for_kids_is_not_told_shes_under_18() -> None:
    answers = {**ZAINAB, "reported_to_police": False, "repeat_victimisation": True}
    text = (
        "terrified. thats why he wont report. is there anyone who can talk to him, not police, "
        "someone for kids? hes not eating im worried about him"
    )
    reading = turn(text, "fear_of_giving_evidence", answers)
    assert "utter_o3_support_not_police_young" not in said(reading)
    assert "utter_k77c_support_not_police_for_child" in said(reading)
    reply = RESPONSES["utter_k77c_support_not_police_for_child"][0]["text"]
    assert "under 18" not in reply and "0800 1111" in reply


def test_zainab_im_38_is_acknowledged() -> None:
    text = "im 38 not under 18!! my SON is 14. someone to talk to for him. and the video taken down"
    reading = turn(text, "needs", {**ZAINAB, "fear_of_giving_evidence": True})
    assert said(reading)[0] == "utter_k77c_parent_not_young"
    assert "for_child" not in reading.slots


def test_a_young_person_still_gets_the_young_answer() -> None:
    answers = {"consent": True, "in_danger": False, "crime_type": "assault", "age": 14.0}
    text = "do i need my mum to report it"
    assert "utter_b2_report_without_parent" in [
        say.response for say in matching_answers(text, "assault", answers=answers)
    ]


# -- 5. Priya, 17, her own forced marriage ----------------------------------------------------

PRIYA = {
    "consent": True,
    "in_danger": False,
    "crime_type": "domestic_abuse",
    "account_details": ["forced_marriage"],
}


def test_priya_arrest_answer_speaks_to_her() -> None:
    text = (
        "no!! would the police arrest my dad?? i dont want him arrested i just dont want to get "
        "married"
    )
    reading = turn(text, "reported_to_police", PRIYA)
    assert "utter_k77c_forced_marriage_arrest_you" in said(reading)
    reply = RESPONSES["utter_k77c_forced_marriage_arrest_you"][0]["text"]
    assert " her " not in reply and "020 7008 0151" in reply


def test_priya_whos_her_its_me_is_answered() -> None:
    reading = turn("17. wait whos her?? its me", "age", {**PRIYA, "reported_to_police": False})
    assert reading.slots["age"] == 17.0
    assert "utter_k77c_meant_you_forced_marriage" in said(reading)
    assert "utter_question_beside_answer" not in said(reading)


def test_hamza_about_his_sister_keeps_her() -> None:
    text = (
        "no. if i tell police will they arrest my dad? i dont want that i just want her not to go"
    )
    answers = {**PRIYA, "for_someone_else": True}
    assert "utter_h1_forced_marriage_arrest" in [
        say.response for say in matching_answers(text, "domestic_abuse", answers=answers)
    ]


def test_new_messages_fit_an_sms() -> None:
    for name, variants in RESPONSES.items():
        if name.startswith("utter_k77c_"):
            assert all(len(variant["text"]) <= 320 for variant in variants), name

"""Round 78, helper k78b: what happened and who did it (Margaret, Tom, Gary, Aisha), each with
the person's words and others' that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from actions import account
from actions.answers import read_crime_type
from actions.questions import (
    asks_about_the_bank,
    asks_if_this_is_for_men,
    k78b_asks_which_crime,
    known_answer,
)
from actions.reading import Turn, read_turn
from bot.risk_words import detect_risk
from tests.unit.known_answers import ORGANISATIONS, sendable


def _read(text: str, requested: str | None, **answers: Any):
    asked = {requested: 1} if requested else {}
    return read_turn(
        Turn(text=text, intent="inform", requested=requested, answers=answers, asked=asked)
    )


# 1. Margaret (80): her grandson uses her bank card at the cash machine.
MARGARET = (
    "No, I do not think so. It is my son who has been using my bank card to take money out of "
    "the cash machine, my grandson, I mean. He is 24. When I ask him about it he shouts at me. I "
    "do not want him to get into trouble with the police, he is a good boy really."
)
MARGARET_PUT_RIGHT = (
    "I am sorry, I do not think it is stalking. He is my grandson and he lives with me. It is "
    "about the money he takes from my account. No, I have not told the police and I would rather "
    "not."
)


def test_margaret_is_economic_abuse_by_a_family_member():
    got = _read(MARGARET, "in_danger", consent=True)
    assert got.slots["crime_type"] == "domestic_abuse"
    assert got.slots["relationship_to_offender"] == "family_member"
    assert "economic" in got.slots["account_details"]
    assert "stalking_described" not in got.slots["account_details"]


def test_margaret_not_stalking_is_put_right():
    got = _read(
        MARGARET_PUT_RIGHT,
        "reported_to_police",
        consent=True,
        in_danger=False,
        crime_type="stalking_harassment",
    )
    assert got.slots["crime_type"] == "domestic_abuse"
    assert got.slots["relationship_to_offender"] == "family_member"
    assert got.slots["reported_to_police"] is False
    assert "stalking_described" not in account.read_account(MARGARET_PUT_RIGHT).details


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("he keeps following me home and waiting outside my work", "stalking_harassment"),
        ("my ex is stalking me, i dont think its safe", "stalking_harassment"),
        ("someone stole my bank card and used it at a cash machine", None),
    ],
)
def test_others_keep_their_reading(text, crime):
    got = account.read_account(text).crime_type
    if crime is None:
        assert got != "domestic_abuse"
    else:
        assert got == crime


# 2. Tom: a shed broken into is a burglary; a question about it is not danger.
TOM_SHED = (
    "not yet. they cut the padlock on the shed in the back garden, £1800 road bike. do i need a "
    "crime number for the insurance or can i just claim"
)
TOM_ASKS = "so is it burglary or theft"
TOM_AFTER = (
    "isnt it a burglary though? they broke into the shed, cut the lock. thats what my "
    "neighbour's was logged as"
)
TOM_SAID = [
    "hi, someone nicked my bike from the shed last night. is it even worth reporting tbh",
    TOM_SHED,
]


def test_tom_shed_lock_cut_is_a_burglary():
    got = _read(TOM_SHED, "reported_to_police", consent=True, in_danger=False, crime_type="theft")
    assert got.slots["crime_type"] == "burglary"
    assert got.slots["reported_to_police"] is False


@pytest.mark.parametrize(
    "text",
    ["the shed lock was cut and the mower is gone", "they forced the lock on the garage"],
)
def test_other_outbuildings_forced_are_burglary(text):
    assert account.read_account(text).crime_type == "burglary"


def test_a_bike_lock_cut_in_the_street_is_not_a_burglary():
    assert account.read_account("they cut the lock on my bike outside the station").crime_type != (
        "burglary"
    )


@pytest.mark.parametrize("text", [TOM_ASKS, TOM_AFTER])
def test_tom_which_crime_is_answered(text):
    for crime in ("theft", "burglary"):
        said = known_answer(
            text, crime, ORGANISATIONS, answers={"crime_type": crime, "said": TOM_SAID}
        )
        assert said is not None
        assert said.response == "utter_k78b_which_crime"
        assert said.args["crime_words"].startswith("burglary")


def test_which_crime_answer_is_from_what_was_told_not_the_question():
    said = known_answer(
        TOM_ASKS,
        "theft",
        ORGANISATIONS,
        answers={"crime_type": "theft", "said": ["someone took my bike from outside the station"]},
    )
    assert said is not None and said.args["crime_words"].startswith("theft")
    assert all(len(text) <= 320 for text in sendable("utter_k78b_which_crime", crime_words="x"))


def test_a_crime_named_in_the_question_is_not_told():
    assert account.read_account(TOM_ASKS).crime_type is None


@pytest.mark.parametrize(
    "text",
    [
        "is it a crime what he did?",
        "it was not a burglary as such, they took the car from the drive",
        "my house was burgled",
    ],
)
def test_other_crime_questions_are_not_which_crime(text):
    assert not k78b_asks_which_crime(text)


# Crisis (bot/risk_words.py): "shed" is not "she'd" after "the"; a break-in now still alarms.
@pytest.mark.parametrize(
    "text", [TOM_AFTER, "they broke into the shed, cut the lock", TOM_ASKS, TOM_SHED]
)
def test_tom_shed_is_not_danger(text):
    assert detect_risk(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "someone is breaking in now",
        "he's trying to break in",
        "theyre breaking into the house",
        "someone is climbing in through the window",
        "she'd kill me if she knew",
        "shed cut me if i tell",
        "he said hed stab me",
    ],
)
def test_real_danger_still_alarms(text):
    assert detect_risk(text) == "in_danger"


@pytest.mark.parametrize(
    "text",
    [
        "someone broke in last night",
        "they were breaking into cars on our street",
        "my son is getting into trouble",
        "shes getting into drugs",
    ],
)
def test_past_break_ins_and_other_getting_into_are_not_danger(text):
    assert detect_risk(text) is None


# 3. Gary (58): his wife throws things at him and cut his head; men are abused too.
GARY = (
    "its the wife. when shes had a drink she gets nasty, throws stuff, lashes out. last week she "
    "chucked a mug and it cut my head open a bit. feel stupid even typing this, men dont get "
    "abused do they"
)


def test_gary_is_domestic_abuse_by_a_partner_and_his_question_answered():
    got = _read(GARY, "crime_type", consent=True, in_danger=False)
    assert got.slots["crime_type"] == "domestic_abuse"
    assert got.slots["relationship_to_offender"] == "partner_or_ex"
    assert asks_if_this_is_for_men(GARY)
    said = known_answer(GARY, "domestic_abuse", ORGANISATIONS, answers={})
    assert said is not None and said.response == "utter_for_men_too"
    (text,) = sendable("utter_for_men_too")
    assert "0808 801 0327" in text and "not your fault" in text


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("the wife. she hits me when shes drunk", "partner_or_ex"),
        ("its the husband. when I ask money he push me to wall. I clean their house", None),
        ("its the wife. she is in hospital and i was burgled", None),
    ],
)
def test_the_partner_named_alone(text, who):
    assert account.read_account(text).offender == who


def test_men_statements_without_a_question_are_not_asked():
    assert not asks_if_this_is_for_men("my brother says men dont get abused")


# 4. Aisha: her mother-in-law keeps her card too: no "call your bank", the partner is kept.
AISHA = (
    "Not only husband. His mother also, she keep my card and money. But will somebody contact me "
    "or not? I am scared"
)


def test_aisha_is_not_sent_to_the_bank():
    assert not asks_about_the_bank(AISHA, "domestic_abuse")
    said = known_answer(
        AISHA,
        "domestic_abuse",
        ORGANISATIONS,
        answers={"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"},
    )
    assert said is None or said.response not in ("utter_bank_card", "utter_bank_scam")


def test_aisha_keeps_domestic_abuse_by_her_husband_with_the_money_kept():
    got = _read(
        AISHA,
        None,
        consent=True,
        in_danger=False,
        crime_type="domestic_abuse",
        relationship_to_offender="partner_or_ex",
    )
    assert got.slots.get("crime_type", "domestic_abuse") == "domestic_abuse"
    assert got.slots.get("relationship_to_offender", "partner_or_ex") == "partner_or_ex"
    assert "economic" in got.slots["account_details"]


@pytest.mark.parametrize(
    "text",
    [
        "he has my bank card, should i ring the bank?",
        "should i cancel my card?",
        "Should I ask the bank for a new card and a new number?",
    ],
)
def test_the_bank_asked_is_still_the_bank(text):
    assert asks_about_the_bank(text, "domestic_abuse")


def test_crime_type_reader_agrees():
    assert read_crime_type(MARGARET).value == "domestic_abuse"
    assert read_crime_type(GARY).value == "domestic_abuse"

"""Round 86, helper u86a: findings left from earlier rounds. Olu (55, a shopkeeper who saw a
stabbing outside his shop) noted as the one hurt; Lucy (24, grabbed after her shift) given a
999 line for "should i even report it tho?"; Joyce (58, her address posted on Facebook after
she gave a statement) told a fake account was "someone you know", and "I havent told them about
the posts yet" left as "you've told the police"."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_answer
from actions.reading import Turn, corrections, read_turn
from actions.results import reasons_messages, short_result
from actions.wording import changed_line
from bot.risk_words import detect_risk
from referrals.results import build_result
from tests.unit.known_answers import (
    ALL_RESPONSES,
    DOMAIN,
    answer_in_conversation,
    assert_one_sms_with_a_source,
    at_question,
)
from tests.unit.test_round84_t84g import LUCY

HURT = {"injured", "serious_injury"}

# -- 1. Olu: a witness, and stays one ----------------------------------------------------------

OLU = (
    "Good afternoon. I am writing because of an incident at my shop in Peckham. A young man was"
    " stabbed outside 3 weeks ago and I gave statement to police. Now his friends or the"
    " attackers friends are standing outside my shop every day."
)
OLU_HURT = {
    "consent": True,
    "crime_type": "serious_violence",
    "reported_to_police": True,
    "account_details": ["injured", "serious_injury", "weapon"],
}


def test_olu_opening_is_read_as_a_witness() -> None:
    told = read_account(OLU)
    assert "witness" in told.details
    assert not told.details & HURT
    assert told.crime_type == "serious_violence"


@pytest.mark.parametrize(
    "text",
    [
        "a man stabbed me outside my shop and I gave a statement to police",
        "my son was stabbed and I gave a statement to police",
    ],
)
def test_the_one_attacked_or_a_parent_is_not_made_a_witness(text: str) -> None:
    assert "witness" not in read_account(text).details


@pytest.mark.parametrize(
    "text",
    ["no I wasn't hurt, I saw it", "no i wasnt hurt. i saw it", "I saw it, I was not hurt"],
)
def test_olu_not_hurt_i_saw_it_makes_him_a_witness(text: str) -> None:
    changes = corrections(text, OLU_HURT)
    details = set(changes["account_details"])
    assert "witness" in details and not details & HURT
    line = changed_line(changes, before=OLU_HURT) or ""
    assert "you saw it" in line


def test_it_wasnt_me_who_was_stabbed_takes_the_injuries_off() -> None:
    changes = corrections("it wasnt me who was stabbed", OLU_HURT)
    assert "witness" in changes["account_details"]
    assert not set(changes["account_details"]) & HURT


def test_hurt_too_is_kept() -> None:
    changes = corrections("I saw it and they stabbed me too", OLU_HURT)
    assert "witness" not in (changes.get("account_details") or ())


def test_olu_stays_a_witness_through_his_corrections() -> None:
    answers: dict = {"consent": True}
    reading = read_turn(Turn(text=OLU, opening=True, answers=answers))
    answers.update(reading.slots)
    for requested, text in [
        ("reported_to_police", "no I wasn't hurt, I saw it"),
        ("age", "55. I was not hurt, I saw it"),
        (
            "relationship_to_offender",
            "no I dont know them. The boy was stabbed in the stomach, I saw the blood",
        ),
        ("hate_motivated", "no i wasnt hurt, i saw it"),
    ]:
        reading = read_turn(Turn(text=text, requested=requested, answers=answers))
        answers.update(reading.slots)
        details = set(answers["account_details"])
        assert "witness" in details and not details & HURT, text


def test_olu_results_no_most_serious_crime_reason_for_the_stabbing() -> None:
    facts = read_account(OLU).facts()
    answers = {
        **facts,
        "borough": "southwark",
        "reported_to_police": True,
        "age": 55.0,
        "repeat_victimisation": False,
        "fear_of_giving_evidence": True,
    }
    result = build_result(answers)
    said = "\n".join([*short_result(result), *reasons_messages(result)])
    assert "most_serious_crime" not in result.categories
    assert "wounded or seriously hurt" not in said
    assert "you saw it" in said


# -- 2. Lucy: "should i even report it tho?" ---------------------------------------------------


def test_new_answer_is_one_sms_with_its_sources() -> None:
    assert_one_sms_with_a_source(
        "utter_u86a_your_choice_to_report", DOMAIN / "responses_answers.yml"
    )
    text = ALL_RESPONSES["utter_u86a_your_choice_to_report"][0]["text"]
    assert "999" not in text and "choice" in text and "101" in text and "online" in text


@pytest.mark.parametrize("text", ["should i even report it tho?", "should i even report it tho"])
def test_lucy_should_i_even_report_it(text: str) -> None:
    assert detect_risk(text) is None
    got = answer_in_conversation(text, "assault", LUCY, reported_to_police=False)
    assert got is not None and got.response == "utter_u86a_your_choice_to_report"


def test_lucy_at_the_age_question_with_her_age() -> None:
    facts = {"consent": True, "crime_type": "assault", "said": LUCY, "reported_to_police": False}
    got = at_question("24. should i even report it tho?", "age", facts)
    assert got == ["utter_u86a_your_choice_to_report"]


def test_other_reporting_questions_keep_their_answers() -> None:
    got = answer_in_conversation("should i report it?", "assault", LUCY)
    assert got is not None and got.response == "utter_telling_the_police"
    fraud = answer_in_conversation("should i even report it?", "fraud", ["I was scammed online"])
    assert fraud is not None and fraud.response == "utter_worth_reporting"
    bank = answer_in_conversation("should i still report it to the bank?", "fraud", ["scammed"])
    assert bank is None or bank.response != "utter_u86a_your_choice_to_report"


# -- 3. Joyce: a fake account is not someone known; the posts not told -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a fake facebook account",
        "a fake account, probably his friends",
        "its a fake account. i think its his friends or family",
        "fake account, his mates probably",
    ],
)
def test_joyce_fake_account_is_not_someone_known(text: str) -> None:
    assert read_answer("relationship_to_offender", text).value == "unknown"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("my ex made a fake account", "partner_or_ex"),
        ("a fake account, someone i know from work", "someone_known"),
        ("It was a fake account! I dont know them", "stranger"),
    ],
)
def test_a_fake_account_of_someone_named_keeps_them(text: str, who: str) -> None:
    assert read_answer("relationship_to_offender", text).value == who


JOYCE = {
    "consent": True,
    "crime_type": "stalking_harassment",
    "relationship_to_offender": "someone_known",
    "reported_to_police": True,
}


def test_joyce_fake_account_put_right() -> None:
    changes = corrections("its a fake account. i dont know who is behind it", JOYCE)
    assert changes["relationship_to_offender"] == "unknown"
    assert "you don't know who it was" in (changed_line(changes, before=JOYCE) or "")
    assert "relationship_to_offender" not in corrections(
        "he made a fake account to message me", JOYCE
    )


def test_joyce_not_told_about_the_posts() -> None:
    changes = corrections("I havent told them about the posts yet", JOYCE)
    assert changes["reported_to_police"] is False
    line = changed_line(changes, before=JOYCE) or ""
    assert "you've told the police" not in line and "haven't told the police" in line
    burglary = {**JOYCE, "crime_type": "burglary"}
    assert "reported_to_police" not in corrections(
        "I havent told them about the posts yet", burglary
    )

"""Round 38 (helper B2): what three role-players asked or were offered that went wrong.

- Joan, 81, whose handbag with her keys and bank card was taken at the door: "its the bank card
  im worried about, should i cancel it" got nothing; "how do i report it to the police, do i ring
  999?" got an answer about stalking.
- Wendy, 74, whose daughter's partner takes her pension: no service for older people abused by
  family (Hourglass), and the NSPCC offered for a grown-up daughter (fixed in round 37).
- Kasia, 27, sexually assaulted by a colleague: "Should I tell HR? I am scared I lose my job".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    ORGANISATIONS,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

from referrals.matching import explain_match, match_organisations

# -- 3. Wendy: Hourglass, for older people abused by family ----------------------------------

WENDY = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "repeat_victimisation": True,
    "reported": False,
    "age": 74,
    "impairment": True,
    "account_details": ["economic"],
    "language": "english",
    "borough": "havering",
    "gender": "woman",
}


def _ids(answers):
    return [org.id for org in match_organisations(answers, ORGANISATIONS)]


def test_wendy_is_offered_hourglass_and_not_the_nspcc():
    ids = _ids(WENDY)
    assert "hourglass-helpline" in ids
    assert "nspcc-helpline" not in ids
    assert "national-domestic-abuse-helpline" in ids


@pytest.mark.parametrize(
    "answers",
    [
        {**WENDY, "account_details": []},  # shouted at, no money taken
        {**WENDY, "crime_type": "theft", "gender": "man", "age": 81},  # a son steals from him
        {**WENDY, "crime_type": "assault", "relationship_to_offender": "partner_or_ex", "age": 68},
    ],
)
def test_older_people_abused_by_family_or_partner_are_offered_hourglass(answers):
    assert "hourglass-helpline" in _ids(answers)


@pytest.mark.parametrize(
    "answers",
    [
        {**WENDY, "age": 34},  # a younger woman
        {**WENDY, "age": None},  # the age question skipped
        {**WENDY, "age": 74, "crime_type": "theft", "relationship_to_offender": "stranger"},
        {**WENDY, "age": 81, "crime_type": "burglary", "relationship_to_offender": "stranger"},
        {**WENDY, "age": 16, "under_18": True},
    ],
)
def test_hourglass_is_not_offered_to_younger_people_unknown_ages_or_strangers(answers):
    assert "hourglass-helpline" not in _ids(answers)


def test_the_reason_for_an_unknown_age_is_explained():
    hourglass = next(org for org in ORGANISATIONS if org.id == "hourglass-helpline")
    assert "age is not known" in explain_match({**WENDY, "age": None}, hourglass)


# -- answers: one SMS each, sourced, numbers in the directory ----------------------------------

NEW = (
    "utter_report_and_stop_card",
    "utter_telling_work_after_sexual_assault",
    "utter_call_999_yes",
)


@pytest.mark.parametrize("name", NEW)
def test_each_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name,
        "round 38, helper B2",
        ({}, {"cannot_phone": True}, {"crime_type": "stalking_harassment"}),
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Joan: the stolen bank card ----------------------------------------------------------

JOAN = {"relationship_to_offender": "stranger", "age": 81}


@pytest.mark.parametrize(
    "said",
    [
        "its the bank card im worried about, should i cancel it",
        "thank you dear. and the bank card, what do i do",
        "do i need to cancel my card?",
        "what about my bank card",
        "they took my debit card, how do i stop it",
    ],
)
@pytest.mark.parametrize("crime_type", ["theft", "burglary", "robbery"])
def test_joan_is_told_to_stop_the_card(said, crime_type):
    assert answer(said, crime_type, **JOAN) in ("utter_bank_card", "utter_card_used")
    # With the card recorded as taken, the unauthorised-payment answer (refunds, Report Fraud).
    assert answer(said, crime_type, account_details=["card_taken"], **JOAN) == "utter_card_used"


def test_a_partner_or_relative_with_the_card_gets_the_card_answer():
    said = answer("he has my card, should i cancel it", "domestic_abuse")
    assert said == "utter_bank_card"


@pytest.mark.parametrize(
    "said",
    [
        "how do i report it to the police, do i ring 999? and what do i do about my card",
        "how do i report it? and should i cancel my card",
    ],
)
def test_how_to_report_and_the_card_are_answered_together(said):
    assert answer(said, "theft", **JOAN) == "utter_report_and_stop_card"
    texts = " ".join(sendable("utter_report_and_stop_card"))
    assert "159" in texts and "101" in texts and "stalking" not in texts


@pytest.mark.parametrize(
    "said",
    [
        "Peter says I should ring the bank first",
        "my keys and bank card were in it",
        "feeling safe and practical help. and the bank card",
        "i cancelled my card already, what do i do about the locks?",
        "not yet. Peter says I should ring the bank first. hes my son",
        "he has my card and my passport and says he will kill me, what do i do",
        "no theyre not here theyve gone",
    ],
)
def test_ordinary_messages_are_not_the_card_answers(said):
    assert answer(said, "theft", **JOAN) not in (
        "utter_bank_card",
        "utter_card_used",
        "utter_report_and_stop_card",
    )


# -- 2. Joan: how to report, "do i ring 999?" -------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "how do i report it to the police, do i ring 999?",
        "how do i report this? do i call 999 or what",
        "do i call 999 to report it or 101?",
        "where do i report it, should i ring 999",
    ],
)
@pytest.mark.parametrize("crime_type", ["theft", "burglary", "assault", None])
def test_how_to_report_with_999_is_how_to_report(said, crime_type):
    assert answer(said, crime_type, **JOAN) == "utter_how_to_report"


@pytest.mark.parametrize(
    "said",
    [
        "should i ring 999?",
        "hes outside now, how do i report it, do i ring 999?",
        "should i actually call 999 though? hes just sitting there. i dont want to waste their "
        "time",
    ],
)
def test_whether_to_call_999_now_is_still_the_999_answer(said):
    assert answer(said, "stalking_harassment") == "utter_call_999_yes"


def test_the_stalking_sentence_is_only_for_stalking_or_harassment():
    (stalking,) = sendable("utter_call_999_yes", crime_type="stalking_harassment")
    (theft,) = sendable("utter_call_999_yes", crime_type="theft")
    (unknown,) = sendable("utter_call_999_yes")
    assert "stalking" in stalking
    for text in (theft, unknown):
        assert "stalking" not in text
        assert "999" in text and "wasting their time" in text and "55" in text


# -- 4. Kasia: telling work after a sexual assault by a colleague ------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "And what about my work. Should I tell HR? I am scared I lose my job",
        "should i report him to HR?",
        "do i have to tell my manager what he did",
        "will i get sacked if i report him at work?",
    ],
)
def test_kasia_is_told_about_telling_work(said):
    assert answer(said, "sexual_offence") == "utter_telling_work_after_sexual_assault"


@pytest.mark.parametrize(
    "said",
    [
        "Can the Havens help me if I dont go to police? Will they tell police or my work?",
        "Yes he is my colleague, like a manager but not my manager",
        "Only this time. But now at work he acts like nothing happened and I must see him every "
        "day",
        "Text first please, not call when I am at work",
        "I work in an office",
        "What are the Havens? My friend told me about them",
    ],
)
def test_ordinary_messages_are_not_the_work_answer(said):
    assert answer(said, "sexual_offence") != "utter_telling_work_after_sexual_assault"


def test_telling_work_after_other_crimes_keeps_its_own_answers():
    # Stalking or abuse at home keeps the safety-at-work answer (utter_telling_work).
    assert answer("do i have to tell my manager?", "stalking_harassment") == "utter_telling_work"
    assert answer("should I tell HR?", "theft") != "utter_telling_work_after_sexual_assault"


def test_kasias_question_is_not_the_bike_and_cica_answer():
    said = answer("And what about my work. Should I tell HR? I am scared I lose my job", "assault")
    assert said != "utter_lost_earnings"

"""Round 94, helper q94b: Sami (15, bullied, filmed and punched at school) and Luis (phone snatched
from his hand, bank apps on it)."""

from __future__ import annotations

from actions.answers import read_answer
from referrals.matching import match_organisations, more_organisations
from tests.unit.known_answers import ORGANISATIONS, answer, answer_in_conversation, sendable

SAMI_HATE = "idk. they call me names about being muslim sometimes"


def test_names_called_about_being_muslim_is_a_yes_for_religion():
    read = read_answer("hate_motivated", SAMI_HATE)
    assert read.value is True
    assert read.extra["hate_strand"] == ["religion"]
    assert read.extra["community"] == ["muslim"]


def test_names_about_being_muslim_bring_tell_mama():
    read = read_answer("hate_motivated", SAMI_HATE)
    answers = {
        "crime_type": "assault",
        "age": 15,
        "hate_motivated": True,
        "repeat_victim": True,
        **read.extra,
    }
    offered = {
        org.id
        for org in (
            *match_organisations(answers, ORGANISATIONS),
            *more_organisations(answers, ORGANISATIONS),
        )
    }
    assert "tell-mama" in offered


def test_a_call_about_being_a_witness_is_not_hate():
    read = read_answer("hate_motivated", "no. the police called me about being a witness")
    assert read.value is False


def test_whats_court_is_answered_plainly():
    assert answer("whats court. i dont want court", "assault", age=15) == "utter_q94b_what_is_court"
    (text,) = sendable("utter_q94b_what_is_court")
    assert len(text) <= 320
    assert "only happens if the police charge someone" in text
    assert "Getting support doesn't mean going to court" in text


def test_other_court_questions_keep_their_answers():
    for text in ("what court is it at", "whats court like"):
        assert answer(text, "assault") != "utter_q94b_what_is_court"


LUIS_FIRST = (
    "hi, this is my friend phone. my phone was stolen one hour ago on oxford street, a guy on "
    "moped take it from my hand. i need crime number for insurance quick and how i block phone, i "
    "have bank apps on it"
)


def _names(said):
    assert said is not None
    return [said.response, *(also.response for also in said.then)]


def test_how_i_block_phone_is_answered_beside_the_crime_number():
    assert _names(answer_in_conversation(LUIS_FIRST, "theft", [])) == [
        "utter_insurance_crime_number",
        "utter_w2_block_sim",
    ]
    said = answer_in_conversation(
        "ok yes. but please how i get crime number? and block the phone", "theft", [LUIS_FIRST]
    )
    assert _names(said) == ["utter_insurance_crime_number", "utter_w2_block_sim"]


def test_and_the_block_after_a_stolen_phone_gets_the_block_answer():
    said = answer_in_conversation(
        "no im ok. and the block? my banks are on the phone, santander and revolut, i am worried "
        "they take my money",
        "theft",
        [LUIS_FIRST],
    )
    assert _names(said) == ["utter_bank_card", "utter_w2_block_sim"]
    assert _names(answer_in_conversation("and the block?", "theft", [LUIS_FIRST])) == [
        "utter_w2_block_sim"
    ]


def test_block_without_a_stolen_phone_is_not_the_phone_answer():
    said = answer_in_conversation("and the block?", "assault", ["a man hit me in the street"])
    assert said is None or "utter_w2_block_sim" not in _names(said)
    said = answer_in_conversation(
        "how do i block his number on my phone", "domestic_abuse", ["he took my phone"]
    )
    assert said is None or "utter_w2_block_sim" not in _names(said)

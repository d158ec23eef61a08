"""Round 41, main (K): what Kieran (round 40), stalked by his ex-boyfriend, asked and was not
answered, and his question at the referral question that was taken as a yes."""

from __future__ import annotations

import pytest

from actions.answers import read_referral_consent
from tests.unit.known_answers import answer, sendable

EX = {"relationship_to_offender": "partner_or_ex"}


@pytest.mark.parametrize(
    "text",
    [
        "no. but does it count as domestic abuse??",
        "not really, hes gay too so its not like that. its just him being obsessed. does this "
        "count as domestic abuse or is that only if u live together",
        "is this domestic abuse if we never lived together?",
    ],
)
def test_an_ex_stalking_counts_as_domestic_abuse(text: str) -> None:
    assert answer(text, "stalking", **EX) == "utter_ex_is_domestic_abuse"


def test_a_stranger_stalking_is_not_told_it_is_domestic_abuse() -> None:
    said = answer(
        "does it count as domestic abuse?", "stalking", relationship_to_offender="stranger"
    )
    assert said != "utter_ex_is_domestic_abuse"


@pytest.mark.parametrize(
    "text",
    [
        "ok galop sounds alright. but seriously what do i actually do, like practically. block "
        "him? talk to him? he followed me to the bus stop last week which was kinda scary",
        "information i guess. like what can i actually do. my manager said i should just ignore "
        "him but hes there like every few days",
        "what should i do? he wont stop",
        "what are my options",
    ],
)
def test_stalked_and_asking_what_to_do_gets_practical_steps(text: str) -> None:
    assert answer(text, "stalking", **EX) == "utter_k_stalking_what_you_can_do"


def test_the_steps_fit_one_message() -> None:
    for name in ("utter_k_stalking_what_you_can_do", "utter_k_stalking_taken_seriously"):
        for for_someone_else in (True, False):
            for text in sendable(name, for_someone_else=for_someone_else):
                assert len(text) <= 320
                assert "0808 802 0300" in text


@pytest.mark.parametrize(
    "text",
    [
        "ok. if i go to the police tho will they actually take it seriously, a guy being "
        "stalked by his ex boyfriend. be honest",
        "will the police even take me seriously",
        "would the police laugh at me?",
    ],
)
def test_asking_whether_the_police_take_it_seriously(text: str) -> None:
    assert answer(text, "stalking", **EX) == "utter_k_stalking_taken_seriously"


@pytest.mark.parametrize(
    "text", ["will the police even take me seriously", "would the police laugh at me?"]
)
def test_any_crime_gets_the_general_answer(text: str) -> None:
    # A man abused by a partner gets utter_q41_man_believed (J8) instead.
    assert answer(text, "burglary") == "utter_k_taken_seriously"


def test_the_answer_never_promises_what_the_police_will_do() -> None:
    for name in ("utter_k_stalking_taken_seriously", "utter_k_taken_seriously"):
        for text in sendable(name):
            assert text.startswith("I can't promise")


def test_hate_crime_keeps_its_own_answer() -> None:
    said = answer("will the police take a racist attack seriously?", "assault", hate_crime=True)
    assert said != "utter_k_taken_seriously"


@pytest.mark.parametrize(
    "text",
    [
        "isnt that helpline for women tho? anyway. last q, do i need proof to report it? i "
        "havent saved anything",
        "do I need evidence to go to the police?",
        "can i report it without any proof",
    ],
)
def test_no_proof_needed_to_report(text: str) -> None:
    assert answer(text, "stalking", **EX) == "utter_k_report_without_proof"


@pytest.mark.parametrize(
    "text",
    ["i have proof, screenshots", "yes", "he keeps messaging me", "what happens next?"],
)
def test_ordinary_messages_get_none_of_these(text: str) -> None:
    said = answer(text, "stalking", **EX)
    assert said is None or not said.startswith("utter_k_")


def test_a_question_after_ok_is_not_a_yes_to_being_referred() -> None:
    text = (
        "ok. if i go to the police tho will they actually take it seriously, a guy being "
        "stalked by his ex boyfriend. be honest"
    )
    assert read_referral_consent(text).value is None


@pytest.mark.parametrize(
    "text", ["ok", "ok do it", "ok you can", "okay, i can do that", "ok will they ring me?"]
)
def test_ok_on_its_own_or_with_a_yes_is_still_a_yes(text: str) -> None:
    assert read_referral_consent(text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "revenge porn helpline number?",
        "whats the number for the revenge porn people again, ill ring them myself",
        "galop number please",
        "can i have the number for victim support",
    ],
)
def test_asking_for_a_services_number_by_name_gets_it(text: str) -> None:
    # Jess, after erasing her chat (so no results were shown), got "I can't answer".
    assert answer(text, "online_abuse") == "utter_about_organisation"
    assert answer(text, None) == "utter_about_organisation"


@pytest.mark.parametrize(
    "text", ["my phone number is 07700900123", "i rang the samaritans number last night"]
)
def test_a_number_mentioned_is_not_asking_for_one(text: str) -> None:
    assert answer(text, "online_abuse") != "utter_about_organisation"

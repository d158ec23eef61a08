"""Round 24 of role-play, played on the bot with round 23's fixes: what it got wrong, with the
role-players' words (see docs/conversations.md)."""

import pytest

from actions.account import read_account
from actions.answers import read_answer
from actions.questions import known_answer


@pytest.mark.parametrize(
    "text",
    [
        # Pete, for his father conned by builders: answered about a man exposing himself.
        "do cash payments still count? he took it out of the bank for them",
        "he flashed his badge",
        "my brother got his phone out and filmed it",
    ],
)
def test_not_exposure(text):
    assert "exposure" not in read_account(text).details


@pytest.mark.parametrize(
    "text", ["a man exposed himself to me on the bus", "he got his thing out on the train"]
)
def test_exposure(text):
    assert "exposure" in read_account(text).details


def test_the_havens_do_not_need_the_police_first():
    # Eve, spiked: "do i have to go to the police to go to the havens?" got "Yes. Anyone can
    # report a crime" (an answer for someone reporting for another person).
    text = (
        "do i have to go to the police to go to the havens? i dont want to if they wont believe me"
    )
    assert known_answer(text, None, (), False, {}).response == "utter_havens_without_police"
    found = known_answer("can I report it myself even if she won't?", None, (), False, {})
    assert found.response == "utter_report_for_someone"


def test_ten_years_ago_is_not_an_age():
    # Sarah: "I've noted: you are 10".
    text = (
        "hi. i don't really know how to start this. something happened to me 10 years ago at "
        "uni and i've never told anyone"
    )
    assert read_account(text).age is None


@pytest.mark.parametrize(
    "text",
    [
        "no. thats kind of why im here. is it too late? it was 10 years ago",
        "you said earlier something about 12 months. so is it too late for me? im confused",
    ],
)
def test_too_late_after_years_is_the_reporting_answer(text):
    # Sarah was told "If it happened in the past 12 months, it's not too late", six times.
    answers = {"crime_type": "sexual_offence", "within_12_months": False}
    found = known_answer(text, "sexual_offence", (), False, answers)
    assert found.response == "utter_not_too_late"
    recent = known_answer("it was 2 days ago. is it too late", "sexual_offence", (), False, {})
    assert recent.response == "utter_havens_not_too_late"


def test_times_and_a_way_that_is_safe_are_a_yes_to_being_contacted():
    # Amara: "OK, nobody will contact you."
    found = read_answer(
        "contact_safe", "Only weekdays 10 to 4. She checks my phone so please no texts"
    )
    assert found.value is True and found.extra["contact_method"] == "call"
    assert read_answer("contact_safe", "no he checks my phone").value is False

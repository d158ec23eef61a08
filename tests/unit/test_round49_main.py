"""Round 49, main: Jordan, 17, asked to hold packages for an older man.

Replaying his conversation on the bot with round 49's fixes: "so if the feds find the package at
mine do i get arrested" was read as the police knowing, and when he later agreed to his chat being
kept the bot said "I've noted: you've told the police". What the police might do one day is not
what they know.
"""

from __future__ import annotations

import pytest

from actions.account import police_know, read_account
from core import yaml_files


@pytest.mark.parametrize(
    "text",
    [
        "so if the feds find the package at mine do i get arrested",
        "if the police come round what do i say",
        "what if the cops stop me with it",
    ],
)
def test_what_the_police_might_do_is_not_a_report(text):
    assert read_account(text).facts().get("reported_to_police") is None
    assert not police_know(text)


@pytest.mark.parametrize(
    "text",
    [
        "the police came and arrested him",
        "i went to the police and asked if the police could help",
        "I reported it to the police. if the police call again i will tell them",
    ],
)
def test_a_report_beside_an_if_is_still_a_report(text):
    assert read_account(text).facts().get("reported_to_police") is True


def test_being_called_overreacting_by_another_is_not_asking():
    # Dawn, writing for her daughter: got "No, you're not overreacting ... A hand on your neck is
    # a crime", about a neck nobody had mentioned.
    from known_answers import answer

    text = (
        "No she hasn't, she won't. I've begged her. She says I'm overreacting and that he loves "
        "her. Can I report it for her?"
    )
    assert answer(text, "domestic_abuse", for_someone_else=True) != (
        "utter_t4_abuse_not_overreacting"
    )


def test_the_overreacting_answer_names_no_injury_nobody_told():

    with open("bot/domain/responses_answers.yml", encoding="utf-8") as handle:
        texts = yaml_files.load(handle)["responses"]["utter_t4_abuse_not_overreacting"]
    assert all("neck" not in variant["text"] for variant in texts)


def test_seeing_him_in_court_is_a_court_question():
    # Ellie (replayed): "is it too late to report it now its been 3 weeks? and would i have to
    # see him in court" got the answer for seeing him at home.
    from known_answers import answer

    text = "is it too late to report it now its been 3 weeks? and would i have to see him in court"
    assert answer(text, "sexual_offence") != "utter_t1_has_to_see_him"
    assert answer("he keeps coming round and i have to see him", "sexual_offence") == (
        "utter_t1_has_to_see_him"
    )


SIOBHAN = (
    "I use a wheelchair. A man on the 207 grabbed the back of my chair and tipped it so I went "
    "sideways into the pole, and he was calling me a cripple and a waste of space and saying "
    "people like me shouldn't be allowed on buses. Nobody did anything. My arm is all bruised"
)


def test_names_called_in_one_attack_are_not_stalking_or_again_and_again():
    # Siobhan (replayed): "he was calling me a cripple" was read as stalking ("was calling")
    # and "it has happened more than once".
    facts = read_account(SIOBHAN).facts()
    assert facts["crime_type"] == "assault"
    assert facts.get("repeat_victimisation") is None
    assert facts["hate_strand"] == ["disability"]


@pytest.mark.parametrize("text", ["he keeps calling me", "my ex was calling me all night"])
def test_calls_again_and_again_are_still_harassment(text):
    assert read_account(text).facts()["crime_type"] == "stalking_harassment"

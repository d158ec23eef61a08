"""Round 101, lead: three misreadings from the round run on this stop's main."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.reading import Turn, read_turn


def test_a_phone_snatched_that_knocked_him_over_is_a_robbery():
    # Reg, 76: noted as "a theft".
    said = (
        "I had my phone pinched yesterday. Young lad on a bike came up on the pavement and "
        "grabbed it out of my hand, knocked me clean over. Im alright, bit sore in the hip"
    )
    assert read_account(said).crime_type == "robbery"


def test_third_time_asking_is_not_the_crime_again():
    # Mike, 58, his van stolen once: noted as "it has happened more than once".
    said = (
        "58. Ive GOT a crime number i told you. Third time, how long do the police usually "
        "take on a stolen van? days weeks?"
    )
    assert read_account(said).repeat is not True


@pytest.mark.parametrize(
    "text", ["its the third time he has done it", "third time he hit me this month"]
)
def test_a_third_time_it_happened_is_still_more_than_once(text):
    assert read_account(text).repeat is True


def _referral(text: str) -> object:
    answers = {
        "consent": True,
        "in_danger": False,
        "crime_type": "robbery",
        "impairment": True,
        "results_shown": True,
    }
    turn = Turn(text=text, requested="referral_consent", answers=answers)
    return read_turn(turn).slots.get("referral_consent")


def test_i_said_no_conditions_is_not_no_to_the_referral():
    # Reg was told "OK, we won't pass your details on" after correcting his health answer.
    said = (
        "I said no conditions. A bit of arthritis doesnt make me vulnerable thank you very much. "
        "Anyway what about the pendant, and the police coming round, you never said"
    )
    assert _referral(said) is None


@pytest.mark.parametrize("text", ["i said no", "i said no already", "i already said no to that"])
def test_i_said_no_to_the_referral_is_still_no(text):
    assert _referral(text) is False


def test_a_nude_shared_gets_no_answer_about_the_person_who_took_her_money():
    # Zoe, 19: "the person who took your money is to blame" for "will they just think im
    # stupid for sending it to him".
    from tests.unit.known_answers import answer_in_conversation, sendable

    said = [
        "my ex sent a nude of me to my friends group chat 2 days ago and i literally cant stop "
        "shaking i didnt even know he still had it. how do i get it taken down",
    ]
    text = (
        "no not like that. im 19. will the police actually do anything or will they just think "
        "im stupid for sending it to him in the first place"
    )
    got = answer_in_conversation(text, "online_abuse", [*said, text])
    assert got is not None and got.response
    assert not any("took your money" in variant for variant in sendable(got.response))


def test_new_accounts_messaging_them_are_not_money_taken():
    # Kai, 20 (round 102), whose ex posted a private picture and "keeps making new accounts to
    # message me", still got "the person who took your money" after the fact was added.
    from tests.unit.known_answers import answer_in_conversation, sendable

    said = [
        "hi um my ex posted a private pic of me on insta yesterday and i reported it but its "
        "still up and they keep making new accounts to message me. idk what to do",
    ]
    text = (
        "wait no i havent told the police?? i reported it to insta not the police. 20. and will "
        "the police think im stupid for sending it"
    )
    got = answer_in_conversation(text, "online_abuse", [*said, text])
    assert got is None or not any(
        "took your money" in variant for variant in sendable(got.response or "")
    )

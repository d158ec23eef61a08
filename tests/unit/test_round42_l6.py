"""Round 42 answers (helper L6): invented facts, a danger answer missed, and questions that got
"I can't answer".

- Arjun, 42, Sikh taxi driver: passengers called him a terrorist, slashed his seats and ran off
  without paying. His compensation question got the answer written for a robbed delivery rider
  ("the bike", "the delivery company", "rent"); his correction got "can't answer".
- Rosa, 70, lives alone: a builder took £9,000 upfront, left the kitchen wrecked and sends
  threats. "he know where I live ... I am scared at night" at the danger question got "I've
  noted: you are 70"; "Is robbery no?" got "can't answer", then the injury scheme.
- Mary, 82, hard of hearing: "send a policeman round" was ignored five times, and "What
  happened?" was asked again after she had described it twice.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import re

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable

from actions.account import read_account
from actions.reading import Turn, read_turn

NEW = (
    "utter_l6_damage_and_lost_earnings",
    "utter_l6_mixed_up",
    "utter_l6_money_a_trader_took",
    "utter_l6_cant_send_police",
    "utter_l6_scared_at_home",
)
ARJUN = {"age": 42, "relationship_to_offender": "stranger", "hate_motivated": True}
ROSA = {"age": 70, "relationship_to_offender": "someone_known"}
MARY = {"age": 82, "relationship_to_offender": "someone_known", "borough": "Bromley"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 42, helper L6", ({},))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def test_no_invented_bike_delivery_or_rent():
    for name in NEW:
        text = " ".join(sendable(name)).lower()
        for word in ("bike", "delivery", "rent", "universal credit"):
            assert not re.search(rf"\b{word}\b", text), (name, word)


@pytest.mark.parametrize(
    "said",
    [
        "I picked compensation. Can I claim for the seats and lost earnings or not? "
        "Simple question",
        "No, not scared. Just want my money. The seats cost £650 to reupholster and I lost 3 days "
        "work, about £450. Who pays that?",
        "who pays for the damage to my car and the days i couldnt work?",
        "i wasnt hurt but what about the wages i lost?",
    ],
)
@pytest.mark.parametrize("crime_type", ["criminal_damage", "stalking_harassment", None])
def test_damage_and_lost_earnings_without_anyone_elses_facts(said, crime_type):
    assert answer(said, crime_type, **ARJUN) == "utter_l6_damage_and_lost_earnings"


def test_a_robbery_without_a_bike_gets_no_bike():
    said = "i wasnt hurt but what about the wages i lost?"
    assert answer(said, "robbery") == "utter_l6_damage_and_lost_earnings"


def test_a_rider_who_said_bike_still_gets_the_rider_answer():
    said = (
        "no first time. but what about money? i cant work without the bike, rent is due. is there "
        "compensation or something"
    )
    assert answer(said, "robbery") == "utter_lost_earnings"


def test_his_correction_is_answered():
    said = (
        "What bike? I drive a taxi, a Toyota Prius. Not a delivery company. I think you mixed me "
        "up with someone else"
    )
    assert answer(said, "criminal_damage", **ARJUN) == "utter_l6_mixed_up"


def test_is_it_a_hate_crime_still_answered():
    said = (
        "Yes I called 101 on Sunday, they gave me a crime reference number. But nobody called me "
        "since. So is it a hate crime or not?"
    )
    assert answer(said, "criminal_damage", **ARJUN) not in NEW


@pytest.mark.parametrize(
    "said",
    [
        "No, not yet. And the money? the £9000? Is robbery no? He is a thief, un ladrón",
        "But the money?? Nobody tell me about the money. £9000 is all my savings. Who I call for "
        "the money, the police or the small claims?",
        "the builder took £5000 upfront and never came back, is that fraud?",
    ],
)
def test_money_a_trader_took(said):
    assert answer(said, "stalking_harassment", **ROSA) == "utter_l6_money_a_trader_took"


@pytest.mark.parametrize(
    "said, crime_type",
    [
        ("they robbed me and took my money, is it robbery or theft?", "robbery"),
        ("he took my phone and my money, is that robbery?", "robbery"),
        ("my partner takes all my money, is that abuse?", "domestic_abuse"),
    ],
)
def test_other_money_questions_are_not_a_trader(said, crime_type):
    assert answer(said, crime_type) != "utter_l6_money_a_trader_took"


ROSA_DANGER = (
    "no se... I don't know. He is not here now. But he say he know where I live, of course he "
    "know, he work in my kitchen!! I am scared at night"
)


@pytest.mark.parametrize("intent", ["deny", "inform", None])
def test_scared_he_knows_where_she_lives_gets_a_safety_answer(intent):
    reading = read_turn(
        Turn(text=ROSA_DANGER, intent=intent, requested="in_danger", answers={"age": 70})
    )
    assert "utter_l6_scared_at_home" in [say.response for say in reading.say]


@pytest.mark.parametrize("said", ["No, I'm safe now", "no dear I'm alright now", "not sure"])
def test_an_ordinary_danger_answer_gets_no_safety_text(said):
    reading = read_turn(Turn(text=said, requested="in_danger", answers={}))
    assert "utter_l6_scared_at_home" not in [say.response for say in reading.say]


@pytest.mark.parametrize(
    "said",
    [
        "So you can't send a policeman?",
        "No, that's why I want you to send one round. I don't like ringing 999 for it, it's not an "
        "emergency is it, and I can't hear very well on the telephone, my hearing aid whistles.",
        "I'm 82. 83 in March. But you haven't said, can you get a policeman to come or not?",
        "Thank you dear. But I still would like a policeman to come round and have a word with the "
        "boy. Can you arrange that for me please?",
        "Thank you dear. So will the support people send the policeman? I'd just like Jordan to be "
        "told off properly. Ron always said a good clip round the ear, but you can't do that "
        "nowadays can you.",
        "can you send the police to my house?",
    ],
)
def test_asking_the_bot_to_send_police(said):
    assert answer(said, "stalking_harassment", **MARY) == "utter_l6_cant_send_police"


@pytest.mark.parametrize(
    "said",
    [
        "How do I tell the police myself then, if I can't use the telephone very well?",
        "should i call the police?",
        "will the police contact me?",
        "do i have to report it to the police?",
        "Is this the police?",
    ],
)
def test_other_police_questions_are_not_a_request_to_send_them(said):
    assert answer(said, "stalking_harassment", **MARY) != "utter_l6_cant_send_police"


@pytest.mark.parametrize(
    "said",
    [
        "I told you dear, the boy next door shouting nasty things through the letterbox. Calls me "
        "an old witch and worse, words I won't repeat. And he kicked Smudge.",
        "Hello dear. My name is Mary I live in Bromley. I don't usually do this sort of thing on "
        "the computer, my granddaughter set it up for me. I want you to send a policeman round "
        "please. The boy from next door, well her grandson, he shouts horrible things through my "
        "letterbox and on Sunday he kicked my cat Smudge.",
    ],
)
def test_marys_account_is_read(said):
    account = read_account(said)
    assert account.crime_type == "stalking_harassment"
    assert account.offender == "someone_known"


def test_marys_account_is_read_at_what_happened():
    said = (
        "I told you dear, the boy next door shouting nasty things through the letterbox. Calls me "
        "an old witch and worse, words I won't repeat. And he kicked Smudge."
    )
    reading = read_turn(Turn(text=said, intent="inform", requested="crime_type", answers={}))
    assert reading.slots.get("crime_type") == "stalking_harassment"


@pytest.mark.parametrize(
    "said",
    [
        "A family member. Like I said it is Marcus my grandson. Please I dont want the police to "
        "come and take him away, he has nowhere else to go.",
        "who pays for my window?",
    ],
)
def test_not_these_answers(said):
    assert answer(said, "criminal_damage") not in NEW


def test_other_accounts_unchanged():
    assert read_account("my son shouted at me through the door and pushed me").offender != (
        "someone_known"
    )
    assert read_account("someone broke my window").crime_type != "stalking_harassment"

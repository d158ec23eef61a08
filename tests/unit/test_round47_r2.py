"""Round 47 answers and readings (helper R2).

- Yusuf, 24, robbed of his e-bike at knifepoint 20 minutes before, the bike moving on its
  tracker: told "as it's over, it isn't a 999 call", then 101, then "I can't answer".
- Helen, 45, for her daughter (17), sexually assaulted and probably spiked: the spiking got the
  answer about drinking more; SurvivorsUK (for men) was offered for her daughter.
- Pat, 59, hit by her husband who has dementia: his dementia was noted as her own condition,
  and her corrections were not taken.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.reading import corrections
from referrals.matching import match_organisations

NEW = (
    "utter_r2_999_armed_robbery_now",
    "utter_r2_999_armed_robbery_if_recent",
    "utter_r2_tracker_armed_robbery",
    "utter_r2_spiked_test_havens",
)
YUSUF = {"age": 24, "relationship_to_offender": "stranger", "account_details": ["weapon"]}
HELEN = {"for_someone_else": True, "for_child": True, "age": 17, "under_18": True}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 47, helper R2", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Yusuf: 999 after a knife robbery minutes ago ----------------------------------------


def test_which_number_after_a_knife_robbery_is_never_it_isnt_a_999_call():
    said = "no not yet. should i call 999 or 101? its not like an emergency anymore theyre gone"
    assert answer(said, "robbery", account_details=["weapon"]) == (
        "utter_r2_999_armed_robbery_if_recent"
    )


@pytest.mark.parametrize(
    "said",
    [
        "no. should i hang up and do 999 instead? the bike is moving RIGHT NOW they had a knife",
        "nah they just wanted the bike. 101 is taking forever btw im on hold. the dot is still "
        "moving",
        "they robbed me with a knife 10 mins ago, should i call 999?",
    ],
)
def test_a_knife_robbery_happening_now_gets_call_999_now(said):
    assert answer(said, "robbery", **YUSUF) == "utter_r2_999_armed_robbery_now"


def test_the_tracker_after_a_knife_robbery_gets_999_and_dont_go():
    said = (
        "24. wait the bike has a gps tracker on the app, it's showing its moving near feltham. "
        "should i go get it?? im so angry"
    )
    assert answer(said, "robbery", **YUSUF) == "utter_r2_tracker_armed_robbery"


@pytest.mark.parametrize(
    "said, crime, answers",
    [
        # no weapon: the answers for a robbery that is over stay
        ("should i call 999 or 101? its not like an emergency anymore theyre gone", "robbery", {}),
        ("my phone was nicked, find my shows it in tottenham, should i go get it?", "theft", {}),
        ("should i call 999 or 101? my shed was broken into last week", "burglary", {}),
        # a knife robbery, but not which number to call
        ("no", "robbery", YUSUF),
        ("does insurance or compensation cover it?", "robbery", YUSUF),
        ("hounslow", "robbery", YUSUF),
    ],
)
def test_other_messages_do_not_get_the_knife_robbery_answers(said, crime, answers):
    assert answer(said, crime, **answers) not in NEW[:3]


# -- 2. Helen: her daughter spiked; no service for men ---------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No. Does the drink thing matter? Should she do a test or something? She was sick this "
        "morning",
        "What? She doesn't drink more, someone SPIKED her drink. Anyway no she doesn't have any "
        "conditions",
        "No just last night. It was a boy from the college, older, she thinks he's 19. She knows "
        "his name. Someone put something in her drink she thinks, she doesn't remember much",
        "i think i was spiked, can they still test for it?",
    ],
)
def test_spiking_after_a_sexual_assault_gets_the_havens_test_answer(said):
    assert answer(said, "sexual_offence", **HELEN) == "utter_r2_spiked_test_havens"


@pytest.mark.parametrize(
    "said, crime",
    [
        ("She hasn't showered yet, should she?", "sexual_offence"),
        ("i think my drink was spiked at the club, should i do a test?", "assault"),
        ("Wandsworth", "sexual_offence"),
    ],
)
def test_other_messages_do_not_get_the_spiking_answer(said, crime):
    assert answer(said, crime, **HELEN) != "utter_r2_spiked_test_havens"


def test_a_service_for_men_is_not_offered_for_a_daughter():
    told = read_account(
        "Hello I need help urgently. My daughter is 17 and she was sexually assaulted at a party "
        "last night. I'm her mum. I don't know what to do first"
    )
    assert "about_a_woman" in told.details
    answers = {
        "crime_type": "sexual_offence",
        "for_child": True,
        "for_someone_else": True,
        "age": 17,
        "account_details": sorted(told.details),
        "borough": "wandsworth",
    }
    shown = [org.id for org in match_organisations(answers, None, 30)]
    assert "survivorsuk" not in shown
    assert "the-havens" in shown


def test_a_son_is_read_as_male_and_both_as_neither():
    assert "about_a_man" in read_account("my son was stabbed last night, he is 16").details
    both = read_account("my son and my daughter were robbed on the way home, theyre 14 and 15")
    assert not {"about_a_man", "about_a_woman"} & both.details


# -- 3. Pat: her husband's dementia is not her condition ------------------------------------


def test_the_dementia_of_the_husband_is_not_her_impairment():
    said = (
        "Domestic abuse? No, that's not right, he's never been like that in his life. It's the "
        "dementia. He's grabbed my arm a couple of times before when he's agitated but never hit "
        "me until last night"
    )
    assert read_account(said).impairment is None


@pytest.mark.parametrize(
    "said",
    [
        "I don't have a condition, HE does. Dementia. Alzheimer's they said 2 years ago. I'm fine "
        "apart from being tired. And yes he's grabbed me before, twice maybe",
        "I did NOT tell you I have a condition. My husband has dementia, not me. Please get that "
        "right. And he doesn't target me, he's ill",
    ],
)
def test_her_correction_is_taken(said):
    assert (
        corrections(said, {"crime_type": "domestic_abuse", "impairment": True})
        == {"impairment": False}
        or corrections(said, {"crime_type": "domestic_abuse", "impairment": True}).get("impairment")
        is False
    )


@pytest.mark.parametrize(
    "said",
    ["I have dementia and my carer hit me", "I was diagnosed with dementia, my son took my money"],
)
def test_her_own_dementia_is_still_read(said):
    assert read_account(said).impairment is True

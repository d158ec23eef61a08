"""Round 49 (helper T3): Brian, 83, after a distraction burglary by men "from the water board";
Amira, 23, whose family talk of taking her to Pakistan to marry and who checks her phone.

- "one kept me in the kitchen talking" was recorded as being held against his will, and "they
  didnt hold me" did not put it right.
- "what do i do if somebody knocks saying water board" and "is it 999" got "I can't answer".
- Amira's "sending me back home to pakistan ... marry", "some kind of order so they cant take
  me", her passport, "can someone else apply for me? i cant pay", and keeping this off her
  phone got "didn't catch that", "I can't answer" or the money-blackmail answer.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.reading import corrections

# utter_t3_clear_phone says only what this service does, so it lives in responses.yml.
NEW = ("utter_t3_bogus_caller", "utter_t3_fmpo_who_applies")
AMIRA = {
    "age": 23,
    "relationship_to_offender": "family_member",
    "account_details": ["honour_based", "intimate_images"],
}
BRIAN = {"age": 83, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 49, helper T3", ({},))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def test_kept_talking_in_the_kitchen_is_not_being_held():
    said = (
        "no theyve gone. two men said they was from the water board, to check the pipes. one "
        "kept me in the kitchen talking and the other went upstairs. my money from the bedroom "
        "drawer is gone. about 400 pound"
    )
    assert read_account(said).crime_type == "burglary"
    assert read_account("he kept me in my room for two days").crime_type == (
        "kidnap_false_imprisonment"
    )


@pytest.mark.parametrize(
    "text",
    [
        "no no they didnt hold me, he just talked to me about the taps. they took my money. its "
        "stealing isnt it",
        "hang on. i told you they didnt hold me. he just kept me talking. they stole my money "
        "thats all. have you put it down wrong",
        "that is wrong. i was not kidnapped. it was a theft. please change it",
    ],
)
def test_not_held_is_put_right_the_first_time(text):
    changed = corrections(text, {"crime_type": "kidnap_false_imprisonment"})
    assert changed.get("crime_type") in ("theft", "burglary")


def test_being_held_said_again_is_not_a_correction():
    assert (
        corrections("he held me in the flat for a day", {"crime_type": "kidnap_false_imprisonment"})
        == {}
    )
    assert "crime_type" not in corrections("he didnt hold me", {"crime_type": "assault"})


@pytest.mark.parametrize(
    "text",
    [
        "101. ok i will write that big. my neighbour says these types come back to the same old "
        "people again is that true? what do i do if somebody knocks saying water board",
        "what do i do if somebody knocks saying water board",
        "what if someone comes to the door saying theyre from the gas board?",
    ],
)
def test_brian_bogus_callers(text):
    assert answer(text, "burglary", **BRIAN) == "utter_t3_bogus_caller"


def test_brian_how_to_ring_the_police():
    assert answer("how do i ring them then. is it 999", "burglary", **BRIAN) == (
        "utter_how_to_report"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "he always watches me and reports to my uncle. but the real thing im scared of is my "
            "dad and uncle are talking about sending me back home to pakistan. to fix it. i think "
            "they want me to marry someone",
            "utter_forced_marriage",
        ),
        (
            "no its not that. its about honour. izzat. they say i brought shame. can i get some "
            "kind of order so they cant take me? i dont want to leave my job",
            "utter_forced_marriage_order",
        ),
        (
            "ok. if they take my passport what do i do? my uncle asked for it yesterday to 'keep "
            "it safe'",
            "utter_forced_marriage_passport",
        ),
        (
            "no i mean the order thing to stop them. can someone else apply for me? i cant pay",
            "utter_t3_fmpo_who_applies",
        ),
        (
            "ok. do i have to go to court myself for that? i cant afford a lawyer",
            "utter_t3_fmpo_who_applies",
        ),
        (
            "ok thank you. how do i make sure none of this is on my phone now",
            "utter_t3_clear_phone",
        ),
        (
            "ok. if i delete it on my phone will the email still come",
            "utter_delete_cancels_referral",
        ),
        (
            "no i mean THIS chat. if i delete these messages will your people still email me",
            "utter_delete_cancels_referral",
        ),
    ],
)
def test_amira(text, expected):
    assert answer(text, "domestic_abuse", **AMIRA) == expected


@pytest.mark.parametrize(
    "text",
    [
        "he says i have to pay him 500 or he sends the pics, what do i do",
        "should i pay him so he doesnt post it?",
    ],
)
def test_money_for_pictures_still_gets_the_blackmail_answer(text):
    said = answer(text, "online_abuse", account_details=["intimate_images"])
    assert said in ("utter_sextortion", "utter_q41_blackmail_dont_pay")


@pytest.mark.parametrize(
    "text",
    [
        "do i have to go to court?",
        "no",
        "yes",
        "mornings is best. not tuesdays the nurse comes",
        "strangers. never seen them before",
        "my passport is in the drawer",
    ],
)
def test_ordinary_messages_get_no_new_answer(text):
    for crime, slots in (("assault", {}), ("burglary", BRIAN), ("domestic_abuse", AMIRA)):
        said = answer(text, crime, **slots)
        assert said not in (*NEW, "utter_forced_marriage_order", "utter_forced_marriage_passport")

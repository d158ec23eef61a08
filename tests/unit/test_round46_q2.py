"""Round 46 (helper Q2): a child witness threatened online, a "safe account" scam and an Uber
driver's report in the app.

- Kofi, 15, saw his friend stabbed: "snitches get stitches" posts and "what do i do about the
  snap stuff" were ignored or refused; asking if Childline shows on the phone bill got Refuge's
  domestic abuse advice; "will YOU tell her. or the feds" got "I can't answer".
- Beryl, 82: "My grandson put it on the phone for me" became "a family member"; "move the money
  to a safe acount" was not read as fraud; "will the bank give it back" got "stop your cards".
- Ahmed, an Uber driver: "I reported it in the app" became "you've told the police"; Wendy's
  "my son has been arrested and now the other lads family are sending me messages" too.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.answers import read_reported_to_police
from actions.reading import Turn, read_turn

NEW = (
    "utter_q2_witness_threats_online",
    "utter_q2_childline_phone_bill",
    "utter_q2_chat_tells_nobody",
    "utter_q2_scam_refund",
    "utter_q2_scam_not_your_fault",
    "utter_q2_rideshare_firm",
)
KOFI = {"age": 15.0, "under_18": True}
AFRAID = {**KOFI, "fear_of_giving_evidence": True}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 46, helper Q2", ({}, {"cannot_phone": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "text, answers, expected",
    [
        (
            "ye obviously. theyve been posting stuff on snap like snitches get stitches n that. "
            "my mum dont even know i was there",
            KOFI,
            "utter_q2_witness_threats_online",
        ),
        (
            "what do i do about the snap stuff tho. they aint said my name but its deffo about me",
            AFRAID,
            "utter_q2_witness_threats_online",
        ),
        (
            "kinda. everyone knows who it was innit. thats the problem. if they find out i talked "
            "im done",
            KOFI,
            "utter_witness_intimidation",
        ),
        (
            "nah dont pass my details. i'll maybe ring childline. can i ring them without my mum "
            "seeing on the phone bill",
            KOFI,
            "utter_q2_childline_phone_bill",
        ),
        ("ye but will it show on the bill", KOFI, "utter_q2_childline_phone_bill"),
        ("does childline show up on the phone bill?", {}, "utter_q2_childline_phone_bill"),
        ("but will YOU tell her. or the feds", KOFI, "utter_q2_chat_tells_nobody"),
        ("will u tell my mum or the police", KOFI, "utter_q2_chat_tells_nobody"),
    ],
)
def test_kofi(text, answers, expected):
    assert answer(text, "assault", **answers) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I rang the bank on friday they said they would look in to it. I have not told the "
        "police. Will the bank give it back do you think",
        "But will the bank give me back the money. thats what i need to know. Its all Gerald "
        "left me",
        "I did tell the bank dear. I am asking can they refund it",
        "i told my bank already, will they refund me?",
    ],
)
def test_beryl_asks_if_the_bank_refunds(text):
    assert answer(text, "fraud") == "utter_q2_scam_refund"


def test_beryls_account_is_fraud_and_not_her_fault():
    text = (
        "He said there was a problem with the account and I had to move the money to a safe "
        "acount. It was my late husband Geralds savings. Nearly 14 thousand pound. Now its all "
        "gone. I feel such a silly old fool"
    )
    assert read_account(text).crime_type == "fraud"
    assert answer(text, "fraud") == "utter_q2_scam_not_your_fault"
    reading = read_turn(
        Turn(
            text=text, requested="crime_type", answers={"in_danger": False}, asked={"crime_type": 1}
        )
    )
    assert reading.slots.get("crime_type") == "fraud"
    said = "It was a man on the telephone said he was from Barclays"
    assert read_account(said).crime_type == "fraud"


@pytest.mark.parametrize(
    "text",
    [
        "Hello is this the victim help. My grandson put it on the phone for me",
        "my daughter set it up on my phone",
    ],
)
def test_who_set_up_the_phone_did_no_harm(text):
    assert read_account(text).offender is None


@pytest.mark.parametrize("text", ["my grandson hit me", "my son put me on the floor"])
def test_a_relative_who_harmed_them_still_counts(text):
    assert read_account(text).offender == "family_member"


@pytest.mark.parametrize(
    "text",
    [
        "36. will uber do anything? the guy booked through the app so they have his name and "
        "everything. I reported it in the app and got an automatic message thats it",
        "I reported it in the app",
        "i reported him to uber",
        "my son has been arrested and now the other lads family are sending me horrible "
        "messages on facebook. can you help",
    ],
)
def test_not_told_the_police(text):
    assert read_account(text).reported is None
    assert read_reported_to_police(text).value is not True


@pytest.mark.parametrize(
    "text",
    [
        "I reported it",
        "i reported him to the police",
        "my son has been arrested for hitting me",
        "he has been arrested and now his family are sending me messages",
    ],
)
def test_still_told_the_police(text):
    assert read_account(text).reported is True


def test_ahmed_asks_about_uber():
    for text in (
        "36. will uber do anything? the guy booked through the app so they have his name and "
        "everything. I reported it in the app and got an automatic message thats it",
        "ok whats tell mama. and you still didnt say about uber, they have the guys details. "
        "will police get it from them?",
    ):
        found = answer(text, "assault")
        assert found == "utter_q2_rideshare_firm", text


@pytest.mark.parametrize(
    "text, crime, answers",
    [
        ("my card was used, will the bank refund it?", "fraud", {}),
        ("can i call the domestic abuse helpline without it showing on the phone bill", None, {}),
        ("who sees it tho. not the feds?", "assault", KOFI),
        ("will the police tell my mum?", "assault", KOFI),
        ("will you tell my mum", "assault", KOFI),
        ("Can the bank give me back the money? I send it from my Barclays account", "fraud", {}),
        ("is this even a crime or was I just silly?", "fraud", {}),
        ("yes", "assault", AFRAID),
        ("no", "fraud", {}),
        ("i feel such a fool", "assault", {}),
        ("will they get my money back", "burglary", {}),
        ("im an uber driver", "assault", {}),
    ],
)
def test_ordinary_messages_do_not_get_the_new_answers(text, crime, answers):
    assert answer(text, crime, **answers) not in NEW


def test_ahmeds_sleeping_mornings_are_not_a_time_to_call():
    from actions.reading import times_given

    reading = read_turn(
        Turn(
            text="ok good. yes you can pass my details. call me after 2pm i sleep mornings after "
            "night shift",
            requested="referral_consent",
            answers={"crime_type": "assault"},
            asked={"referral_consent": 1},
        )
    )
    assert reading.slots["contact_times"] == "after 2pm, not mornings"
    fixed = times_given("NOT mornings. i said i SLEEP in the mornings. only after 2pm")
    assert fixed == "not mornings, only after 2pm"


def test_beryls_bedtime_is_not_a_goodbye():
    asked = {"crime_type": "fraud", "referral_consent": True, "contact_safe": True}
    reading = read_turn(
        Turn(
            text="in the day please not after 8 i go to bed",
            intent="goodbye",
            requested="contact_method",
            answers=asked,
            asked={"contact_method": 1},
        )
    )
    assert not reading.reject
    bye = Turn(
        text="thanks bye",
        intent="goodbye",
        requested="contact_method",
        answers=asked,
        asked={"contact_method": 1},
    )
    assert read_turn(bye).reject


def test_kofi_the_police_want_a_statement_so_they_know():
    text = (
        "my boy got shanked at the bus stop last week n i was there. hes ok now hes out of "
        "hospital. but feds want me to give a statement"
    )
    assert read_account(text).reported is True
    assert read_account("do the police want me to give a statement?").reported is not True

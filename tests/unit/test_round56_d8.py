"""Round 56, helper D8: scams, documents and older people (Norman, Rosa, Joan, Ben, Margaret)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import RESPONSES, answer, answer_in_conversation, said_answer

NORMAN_SAID = [
    "hello I think somebody has taken my money. a man rang me from the bank",
    "a man from the bank rang and said my money was not safe and I moved it. now its gone. my "
    "daughter says it was a scam",
]
NORMAN = dict(consent=True, age=72.0)

ROSA_SAID = [
    "ola. sorry my english no good. somebody steal my bag in the bus",
    "no danger. but my card of residence is in the bag, the BRP. and my phone. i write from "
    "phone of my friend",
]

JOAN_SAID = [
    "hi im doing this for my nan, shes 88. a builder took 8 grand off her for fixing the roof and "
    "never did anything and now he keeps ringing her",
    "its not harassment hes a conman, he took her money. 8000 pounds. and no we havent told "
    "police yet",
]


def test_texts_are_short_and_say_no_promise():
    for name in (
        "utter_d8_residence_card_work",
        "utter_d8_not_the_bank_man",
        "utter_d8_cannot_phone_family",
        "utter_d8_letter_or_visit",
    ):
        text = RESPONSES[name][0]["text"]
        assert len(text) <= 320
        assert "will get" not in text


@pytest.mark.parametrize(
    "text",
    [
        "what does that mean. who is going to phone me. is it the bank man",
        "who is going to phone me. is it the bank man",
        "will the man from the bank ring me again? who is going to call",
    ],
)
def test_norman_is_told_support_workers_never_ask_for_money(text):
    said = answer_in_conversation(text, "fraud", NORMAN_SAID, **NORMAN)
    assert said is not None and said.response == "utter_d8_not_the_bank_man"


@pytest.mark.parametrize(
    "text",
    [
        "I want to tell my daughter. can you ring my daughter",
        "my daughter. can you phone my daughter in Leeds. her name is Karen",
        "could you call my son for me",
    ],
)
def test_norman_is_told_the_bot_cannot_phone_his_daughter(text):
    assert said_answer(text, "fraud", NORMAN_SAID, **NORMAN) == "utter_d8_cannot_phone_family"


@pytest.mark.parametrize(
    "text",
    [
        "no. how i get my card back? i need for work",
        "i can still work without the card? my boss ask",
        "thank you. and for work, my boss need see the card. what i say to him?",
        "not bank card. the card of home office, residence permit",
        "please, the residence card. what i do? i am worry the home office think i am illegal",
    ],
)
def test_rosa_gets_the_residence_card_answer_not_the_bank_card(text):
    assert said_answer(text, "theft", ROSA_SAID, consent=True) == "utter_d8_residence_card_work"


def test_residence_card_answer_names_evisa_and_share_code():
    text = RESPONSES["utter_d8_residence_card_work"][0]["text"]
    assert "eVisa" in text and "share code" in text and "gov.uk/prove-right-to-work" in text


@pytest.mark.parametrize(
    "text",
    [
        "And my money, will I get it back? I paid him by bank transfer",
        "I did not pay by card, I did a transfer from my bank. Marcus please help me with this",
        "can I get my money back?",
    ],
)
def test_joan_paid_by_transfer_gets_the_refund_answer_not_stop_your_cards(text):
    # -- round 66, helper l2 --: a builder paid by transfer (Gareth): the bank may treat it as a
    # dispute with the trader, which the refund rules exclude, so no "banks usually have to
    # refund you"; still the transfer answer, not "stop your cards".
    got = said_answer(text, "theft", JOAN_SAID, consent=True, age=88.0)
    assert got == "utter_l2_trader_bank_dispute"


@pytest.mark.parametrize(
    "text",
    [
        "what about survivorsuk you said before. is there a number",
        "survivors uk number?",
    ],
)
def test_ben_gets_survivorsuk_by_name(text):
    said = answer_in_conversation(
        text, "sexual_offence", ["met a guy off grindr. i said no and he didnt stop"], consent=True
    )
    assert said is not None and said.text and "survivorsuk.org" in said.text


def test_margaret_asks_to_be_written_to():
    text = "Could they Write to me or come round?"
    assert answer(text, "fraud", consent=True, age=81.0) == "utter_m2_home_visit"
    letter = "could they write to me please, i can't use the phone well"
    assert answer(letter, "fraud", consent=True, age=81.0) in (
        "utter_d8_letter_or_visit",
        "utter_c1_written_not_phoned",
    )


# Near misses from other people: these must not get the new answers.
@pytest.mark.parametrize(
    "text, crime_type, said",
    [
        # A bank card stolen with a bag: still the bank-card advice.
        ("how do i stop my card? it was in my bag", "theft", ["my bag was stolen on the bus"]),
        # Work after an assault, no residence card told.
        ("can i still go to work? my boss asks", "assault", ["a man punched me at the station"]),
        # A passport stolen with a BRP: the passport answer.
        (
            "What should I do about the passport?",
            "theft",
            ["my bag was stolen with my passport and BRP"],
        ),
    ],
)
def test_other_peoples_card_and_work_questions_do_not_get_the_residence_answer(
    text, crime_type, said
):
    assert said_answer(text, crime_type, said, consent=True) != "utter_d8_residence_card_work"


@pytest.mark.parametrize(
    "text, crime_type, said, young",
    [
        # A child asking us to tell a parent.
        ("can you call my mum", "domestic_abuse", ["my mums boyfriend hits my mum"], True),
        # Someone in danger.
        ("can you ring my husband hes hitting me", "domestic_abuse", ["my ex is outside"], False),
        # Stalker phoning: not a scam.
        ("who is going to phone me? is it him", "stalking_harassment", ["my ex follows me"], False),
    ],
)
def test_other_peoples_phone_questions_do_not_get_the_new_answers(text, crime_type, said, young):
    extra = dict(age=13.0, under_18=True) if young else dict(age=40.0)
    got = said_answer(text, crime_type, said, consent=True, **extra)
    assert got not in ("utter_d8_cannot_phone_family", "utter_d8_not_the_bank_man")


def test_a_card_payment_is_still_the_card_answer():
    got = said_answer(
        "will I get my money back? I paid by card",
        "theft",
        ["he took my money"],
        consent=True,
    )
    assert got != "utter_bank_scam"


def test_write_to_me_about_the_offender_is_not_the_letter_answer():
    got = answer("he keeps texting me, can he write to me in prison?", "stalking_harassment")
    assert got != "utter_d8_letter_or_visit"


def _sandra(**extra):
    return dict(
        crime_type="stalking_harassment",
        account_details=["stalking_described", "witness"],
        age=58,
        borough="Lambeth",
        reported=True,
        needs=["feeling_safe", "court"],
        **extra,
    )


def test_sandra_a_threatened_witness_gets_no_stalking_only_services():
    from referrals.matching import match_organisations

    got = [org.id for org in match_organisations(_sandra())]
    assert "national-stalking-helpline" not in got and "paladin" not in got
    assert "london-victim-and-witness-service" in got


def test_someone_stalked_who_is_no_witness_still_gets_stalking_services():
    from referrals.matching import match_organisations

    answers = _sandra()
    answers["account_details"] = ["stalking_described"]
    assert "national-stalking-helpline" in [org.id for org in match_organisations(answers)]


def test_a_witness_stalked_by_an_ex_still_gets_stalking_services():
    from referrals.matching import match_organisations

    answers = _sandra(relationship_to_offender="partner_or_ex", repeat_victimisation=True)
    assert "national-stalking-helpline" in [org.id for org in match_organisations(answers)]


JADE_SAID = ["my car got broken into again last night in croydon, third time on my street"]
ROB_SAID = [
    "a driver swerved at me on purpose in Hackney then got out and punched me, broke my finger. "
    "I have helmet-cam footage"
]


@pytest.mark.parametrize(
    "text",
    [
        "practical help. and can the council put a street light in, its pitch black",
        "english. did u see my question about the street light?",
    ],
)
def test_jade_street_light(text):
    assert said_answer(text, "criminal_damage", JADE_SAID, consent=True) == "utter_d8_street_light"


@pytest.mark.parametrize(
    "text",
    [
        "Thanks. One more thing, can I claim off the driver's insurance too?",
        "No I mean claim against HIS insurance, the driver. Not mine. My bike's fine",
    ],
)
def test_rob_claim_against_the_drivers_insurer(text):
    assert said_answer(text, "assault", ROB_SAID, consent=True) == "utter_d8_claim_driver_insurer"


@pytest.mark.parametrize(
    "text, crime_type, said",
    [
        # Their own insurer after a burglary: not the driver's.
        ("will my insurance pay for the window?", "burglary", ["someone broke in"]),
        # A partner's insurance, no vehicle anywhere.
        ("can i claim on his insurance for my phone he smashed", "domestic_abuse", ["my ex"]),
    ],
)
def test_other_insurance_questions_do_not_get_the_driver_answer(text, crime_type, said):
    assert said_answer(text, crime_type, said, consent=True) != "utter_d8_claim_driver_insurer"


def test_a_light_in_the_hall_is_not_the_street_light_answer():
    got = said_answer("can i leave the light on in my room?", "burglary", ["break in"])
    assert got != "utter_d8_street_light"

"""Round 73, helper z73e: worded answers that fired for facts the person never gave (round 73:
George, Marcus, Priyanka, Fatima, Jess, Ellie, Joyce, Tariq, Nadia, Kyle)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import RESPONSES, numbers_not_in_directory, said_answer, sendable


def test_new_answer_is_one_sms():
    texts = sendable("utter_z73e_offender_to_court")
    assert len(texts) == 1 and len(texts[0]) <= 320


@pytest.mark.parametrize(
    "name", ("utter_z73e_offender_to_court", "utter_x71d_trader_money_back_cash", "utter_card_used")
)
def test_texts_fit_and_use_directory_numbers(name):
    assert name in RESPONSES
    assert all(len(text) <= 320 for text in sendable(name))
    assert numbers_not_in_directory(name) == []


# -- George: an insult is not grooming -------------------------------------------------------
GEORGE = (
    "Good afternoon. I have been told to try this by my daughter. I doubt it will do any good "
    "frankly.",
    "Fine, keep it. I've nothing to hide. It's the boy next door but one, the Hendersons lad, "
    "about 15. Eggs, stones at my front window, since last spring. Calls me an old paedo across "
    "the street.",
)


def test_george_gets_no_grooming_answer():
    text = (
        "Next time he's out there chucking stones, do I ring 999 or 101? The last lot told me "
        "off for using 999."
    )
    got = said_answer(text, "criminal_damage", GEORGE, age=68.0, reported_to_police=True)
    assert got != "utter_i5_groomed_child_call_police"


def test_a_groomed_child_still_gets_the_grooming_answer():
    said = ("my daughter is 13 and a grown man has been messaging her, grooming her",)
    text = "should i call the police now?"
    assert said_answer(text, "online_abuse", said) == "utter_i5_groomed_child_call_police"


# -- Marcus: a witness not giving a statement ------------------------------------------------
MARCUS = ("idk. my boy got stabbed at a party saturday in catford. hes in hospital hes alive",)


@pytest.mark.parametrize(
    "text",
    [
        "if i just dont give the statement can i get in trouble? they cant make me right",
        "can i get in trouble if i refuse to give a statement?",
    ],
)
def test_marcus_gets_no_self_defence(text):
    assert said_answer(text, "assault", MARCUS, age=19.0) != "utter_j5_fears_being_charged"


def test_someone_who_pushed_back_still_gets_self_defence():
    said = ("a man attacked me outside the pub and i pushed him back",)
    text = "will i get arrested for the push?"
    assert said_answer(text, "assault", said) == "utter_j5_fears_being_charged"


# -- Priyanka: "before 9" is a time ----------------------------------------------------------
def test_priyanka_before_9_is_not_a_police_visit():
    said = ("he says he'll send them to my mum and dad unless i pay him 500 by tonight",)
    text = "will they text before 9 tho?? hes messaging me again rn"
    assert said_answer(text, "online_abuse", said, age=24.0) != "utter_y4_police_adapt_visit"


def test_asking_police_to_phone_first_still_gets_the_visit_answer():
    text = "can i ask the police to phone first before they come round? my dad is strict"
    assert said_answer(text, None, ()) == "utter_y4_police_adapt_visit"


# -- Fatima: not a council tenant ------------------------------------------------------------
FATIMA = (
    "Someone set fire to my car outside my house last night around 3am. I have 2 kids. I think "
    "it was my ex husbands brother",
)


def test_fatima_move_without_council():
    text = (
        "not sure. hes not here now but he knows where we live. the police came last night and "
        "took a statement. will they protect us? can we be moved somewhere else?"
    )
    assert said_answer(text, "arson", FATIMA) == "utter_n3_move_depends_on_home"


def test_fatima_not_council_after_the_move():
    said = (*FATIMA, "can we be moved somewhere else?")
    text = "im not council, we rent private from a landlord"
    assert said_answer(text, "arson", said) == "utter_n3_move_depends_on_home"


@pytest.mark.parametrize(
    "said,text",
    [
        (("I rent from the council",), "is it possible for me to be moved somewhere else?"),
        ((), "we are housing association tenants. can we be moved somewhere else?"),
    ],
)
def test_council_tenants_still_get_the_council_move(said, text):
    assert said_answer(text, "criminal_damage", said) == "utter_council_move"


# -- Jess: where the referral goes -----------------------------------------------------------
def test_jess_referral_to_galop_is_not_the_number_answer():
    text = (
        "thats the same thing you said before. fine. the galop one, can you send my details to "
        "them specifically not victim support"
    )
    assert said_answer(text, "hate_crime", (), age=28.0) != "utter_j7_number_kept"


def test_the_offender_getting_my_number_still_answered():
    text = "the bloke who hit me won't get my number or anything will he"
    assert said_answer(text, "assault", ()) == "utter_j7_number_kept"


# -- Ellie: one answer for an under-18 -------------------------------------------------------
ELLIE = ("no!! cant. police will tell my parents. and will i get in trouble for sending it??",)


@pytest.mark.parametrize("age", [None, 15.0])
def test_ellie_gets_the_under_18_answer(age):
    text = "15. he didnt ask i just sent it. stupid. but would police tell my mum"
    slots = {} if age is None else {"age": age}
    assert said_answer(text, "online_abuse", ELLIE, **slots) == "utter_police_tell_parents_young"


def test_an_adult_still_gets_the_family_answer():
    text = "if i report it will the police tell my parents?"
    got = said_answer(text, "sexual_offence", ("im 24",), age=24.0)
    assert got != "utter_police_tell_parents_young"


# -- Joyce: paid in cash ---------------------------------------------------------------------
JOYCE = (
    "Hello. I hope I have the right place. A man came to my door about my roof and I paid him "
    "and he never came back to do it",
    "Well as I said a builder knocked on the door and said some tiles were loose on my roof. He "
    "said it would be six thousand pounds and I gave him the money, I went to the bank with him.",
)


@pytest.mark.parametrize(
    "text,earlier",
    [
        (
            "I am 77. But I paid him in cash dear, he took me to the bank and I took it out and "
            "gave it to him in the car. So the bank wont help will they",
            (),
        ),
        (
            "Well he said his name was Dave. I have his mobile number on a card he gave me. You "
            "didnt say about the bank",
            ("I am 77. But I paid him in cash dear",),
        ),
    ],
)
def test_joyce_cash_gets_the_cash_answer(text, earlier):
    got = said_answer(text, "fraud", (*JOYCE, *earlier), age=77.0)
    assert got == "utter_x71d_trader_money_back_cash"


def test_cash_answer_says_report_fraud_not_101():
    (text,) = sendable("utter_x71d_trader_money_back_cash")
    assert "Report Fraud" in text and "(101)" not in text and "999" in text


def test_a_bank_transfer_to_a_trader_still_gets_the_dispute_answer():
    said = ("a builder took 6k by bank transfer for my roof and never came back",)
    text = "So my bank will refund me the 6k?? Really?"
    assert said_answer(text, "fraud", said) == "utter_l2_trader_bank_dispute"


# -- Tariq: will HE go to court --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "not scared no. i want him in court. will he go to court??",
        "i asked will HE go to court, the man. not me. police dont tell me nothing",
        "will the man go to court?",
    ],
)
def test_tariq_gets_the_charge_answer(text):
    assert said_answer(text, "assault", ()) == "utter_z73e_offender_to_court"


@pytest.mark.parametrize(
    "text", ["will i have to go to court?", "do i have to give evidence in court if he's charged?"]
)
def test_witness_court_questions_are_not_the_charge_answer(text):
    assert said_answer(text, "assault", ()) != "utter_z73e_offender_to_court"


def test_will_he_be_charged_keeps_right_6():
    got = said_answer(
        "ok. and will he get charged or not? police took his name i think", "assault", ()
    )
    assert got == "utter_ask_right/prosecution_decision"


def test_bereaved_family_keep_their_court_answer():
    text = "will he go to court for killing my son?"
    assert said_answer(text, "homicide", ()) != "utter_z73e_offender_to_court"


# -- Nadia: never reported -------------------------------------------------------------------
NADIA = (
    "i said i am ok now. i cannot call police, they say if i tell anybody i will be sent back",
    "no. never. if police come to house they will know i told",
)


def test_nadia_gets_no_crime_number():
    text = (
        "maybe. but they cannot call my phone, my husband check my phone every night. can they "
        "call my friend phone? only in work time 9 till 5"
    )
    got = said_answer(text, "domestic_abuse", NADIA, reported_to_police=False)
    assert got != "utter_m2_police_other_number"


def test_nadia_gets_no_officer_in_the_case():
    text = (
        "i dont have police number i never told police. i dont want police. i want only the "
        "helpline lady call me on this phone in work time. yes"
    )
    got = said_answer(text, "domestic_abuse", NADIA, reported_to_police=False)
    assert got != "utter_z5_who_to_ring"


def test_someone_who_reported_still_gets_who_to_ring():
    text = "who do i actually ring? i havent even got a name of the copper"
    got = said_answer(text, "burglary", ("i reported it to the police",), reported_to_police=True)
    assert got == "utter_z5_who_to_ring"


# -- Kyle: not tricked -----------------------------------------------------------------------
def test_card_answer_does_not_say_tricked():
    assert all("tricked" not in text for text in sendable("utter_card_used"))


# -- Priyanka: is the Revenge Porn Helpline open ---------------------------------------------
def test_priyanka_revenge_porn_line_hours():
    text = (
        "havens?? he didnt touch me i never even met him irl. is the revenge porn one open now, "
        "its like 6pm. can they stop him posting before 9"
    )
    assert said_answer(text, "online_abuse", (), age=24.0) == "utter_z73e_revenge_porn_hours"
    (sent,) = sendable("utter_z73e_revenge_porn_hours")
    assert len(sent) <= 320 and numbers_not_in_directory("utter_z73e_revenge_porn_hours") == []


@pytest.mark.parametrize(
    "text", ["what is the revenge porn helpline?", "he threatened to post revenge porn of me"]
)
def test_other_revenge_porn_messages_are_not_the_hours(text):
    assert said_answer(text, "online_abuse", ()) != "utter_z73e_revenge_porn_hours"


def test_under_18_is_not_sent_the_adult_helpline_hours():
    text = "is the revenge porn one open now"
    assert (
        said_answer(text, "online_abuse", ("im 15",), age=15.0) != "utter_z73e_revenge_porn_hours"
    )

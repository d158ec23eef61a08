"""Round 78, helper k78f: money questions answered by what was asked (Imran, Kyle, Ahmed, Brian),
each with the person's words and others' that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from actions import questions
from actions.questions import known_answer
from tests.unit.known_answers import ORGANISATIONS, assert_one_sms_with_source


def _answer(text: str, crime_type: str | None, said: tuple[str, ...] = (), **facts: Any) -> str:
    answers = {"crime_type": crime_type, **facts, "said": (*said, text)}
    got = known_answer(text, crime_type, ORGANISATIONS, False, answers)
    return (got.response or got.args.get("utter_action") or got.text) if got else ""


# 1. Imran, self-employed taxi driver, spat at; the passenger didn't pay the £38 fare.
IMRAN_SAID = (
    "hi need help, passenger spat on me last night and called me a terrorist, wouldnt pay the "
    "fare. i got it all on dashcam",
    "no. how long is this gonna take i want to know about the money. he didnt pay £38 and i had "
    "to take the cab off the road to get it cleaned",
)
IMRAN_ASKS = (
    "i meant this chat lol. court no im not scared ill stand up there no problem. but can i get "
    "my money back or not??",
    "acas?? hes not my boss hes a passenger mate. im self employed. i mean the fare and the "
    "cleaning, compensation",
    "and does any of that get me the £38 and the cleaning back? cost me like £120 all in with the "
    "day off the road",
    "i told you im self employed i dont have an employer or sick pay. simple question. can the "
    "court make him pay me back for the fare and cleaning yes or no",
)


@pytest.mark.parametrize("text", IMRAN_ASKS)
def test_imran_gets_the_compensation_order(text):
    assert _answer(text, "assault", IMRAN_SAID, age=41) == "utter_compensation_order"


def test_no_employer_answers_for_someone_self_employed():
    found = [questions.Say(response="utter_o5_time_off_after_crime")]
    said = {"said": ("im self employed, i drive a cab",)}
    assert questions.k78f_without_employer_answers(found, "can i take time off", said) == []
    assert questions.k78f_without_employer_answers(found, "can i take time off", {}) == found


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        # Zofia (round 25) and Dariusz (round 73): pay owed by an employer keeps its answer.
        (
            "please, can I get my money? 1 month, 640 pound",
            ("they not pay me",),
            "utter_w8_unpaid_pay",
        ),
        (
            "how i get my money? 2 month, is like 2800 pound",
            ("car wash boss not pay me 2 month",),
            "utter_y73e_unpaid_pay_boss",
        ),
    ],
)
def test_unpaid_pay_keeps_its_answer(text, said, expected):
    got = _answer(text, None, said)
    assert got in {"utter_w8_unpaid_pay", "utter_y73e_unpaid_pay_boss"}, got
    assert got != "utter_compensation_order"


def test_an_injury_is_not_the_compensation_order():
    text = "can i get compensation for my broken nose and the cleaning?"
    assert not questions.k78f_asks_for_money_lost_to_the_crime(text, "assault", {})


# 2. Kyle, stabbed, a possession conviction two years ago.
KYLE_RECORD = (
    "24. wait will the compensation thing be a problem cos i got a conviction. possession 2 yrs "
    "ago",
    "stranger. some guy i never seen before. but u aint answered me, does my conviction stop me "
    "getting it",
    "no. bruv answer the question. my conviction. does it matter for the CICA",
)


@pytest.mark.parametrize("text", KYLE_RECORD)
def test_kyle_gets_the_record_answer(text):
    assert _answer(text, "serious_violence") == "utter_w3_record_and_your_rights"


def test_kyle_is_told_he_applies_himself():
    text = "k. do i need to do the CICA thing myself or do u lot do it"
    assert _answer(text, "serious_violence") == "utter_k78f_cica_apply_yourself"


@pytest.mark.parametrize(
    "text",
    [
        "he's got a conviction for assault, does it matter?",
        "my ex has a conviction for violence, will that count?",
    ],
)
def test_someone_elses_conviction_is_not_their_record(text):
    assert not questions.w3_asks_if_record_matters(text)


def test_solicitor_question_keeps_its_answer():
    text = "do i NEED a solicitor for cica yes or no"
    assert _answer(text, "assault") == "utter_z2_cica_no_solicitor"


# 3. Ahmed, robbed at knifepoint at work, not hurt on his body, panic and no sleep since.
AHMED_SAID = (
    "hello i need help. 2 week ago man rob me at work with knife",
    "no first time. but i cant sleep since. every customer come in i jump. my heart go fast",
    "before no. now i dont know, i am very anxious all the time. is this normal? how i get help "
    "for sleep and panic",
)


@pytest.mark.parametrize(
    "text",
    [
        "my health. and money, i lose money if i dont work. is there compensation for this",
        "english ok. but he not injure me, only knife near my neck. i am not hurt on body. so no "
        "money?",
        "the money is shop money not mine. i mean money for me, because i am scared and lose my "
        "wages. you say CICA no property but you put CICA there. i dont understand",
    ],
)
def test_ahmed_is_told_of_mental_injury(text):
    assert _answer(text, "robbery", AHMED_SAID, age=38) == "utter_k78f_cica_mental_injury"


@pytest.mark.parametrize(
    ("text", "crime_type", "said"),
    [
        # Stabbed (Kyle): his injury is on his body.
        (
            "compensation. is there compensation for this",
            "serious_violence",
            ("got stabbed in my leg", "i cant sleep since"),
        ),
        # Robbed, nothing said about fear or sleep.
        ("is there compensation for this", "robbery", ("man took my phone",)),
        # Punched, and not sleeping: a physical injury.
        ("is there compensation for this?", "assault", ("he punched me, cant sleep since",)),
    ],
)
def test_others_keep_the_injury_answers(text, crime_type, said):
    assert not questions.k78f_asks_compensation_not_hurt(text, crime_type, {"said": (*said, text)})


@pytest.mark.parametrize(
    "text",
    [
        "thanks. last thing so i can say no to manager for nights or he can sack me?",
        "yes maybe. they not catch him yet. other question my manager say i must do night shift "
        "again from monday. i am scared. can he make me?",
    ],
)
def test_ahmed_is_told_about_refusing_nights(text):
    assert _answer(text, "robbery", AHMED_SAID, age=38) == "utter_k78f_refuse_shifts"


@pytest.mark.parametrize(
    "text",
    [
        "can he make me leave the house?",
        "do i have to tell my manager?",
        "can i say no to the police interview?",
    ],
)
def test_other_questions_are_not_about_shifts(text):
    assert not questions.k78f_asks_if_work_can_make_them(text)


# 4. Brian: paid through a crypto exchange account he was helped to open.
BRIAN = (
    "Thank you, that is helpful. I should say that some of the payments went first to an account "
    "at a cryptocurrency exchange which James helped me open, and then on from there. Does that "
    "still count? As for what would help, information and someone to talk to, I think. And "
    "compensation if such a thing exists.",
    "English. But you did not answer about the cryptocurrency exchange account. Does the bank "
    "refund still apply if the money went through that first?",
)


@pytest.mark.parametrize("text", BRIAN)
def test_brian_is_told_the_caveat(text):
    assert _answer(text, "fraud", age=66) == "utter_crypto_own_account_refund"


def test_a_bank_transfer_scam_keeps_the_refund_answer():
    text = "does the bank have to pay me back? I have read about new rules on reimbursement."
    assert _answer(text, "fraud") != "utter_crypto_own_account_refund"
    assert not questions.asks_bank_refund_for_own_crypto_account(
        "I paid a builder by bank transfer. Does that still count?", "fraud"
    )


@pytest.mark.parametrize(
    "name",
    ["utter_k78f_cica_apply_yourself", "utter_k78f_cica_mental_injury", "utter_k78f_refuse_shifts"],
)
def test_new_answers_are_one_sms_with_sources(name):
    assert_one_sms_with_source(name, "# k78f (round 78)")

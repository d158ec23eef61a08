"""Round 97, helper h97b: leftovers of rounds 95 and 96 (Ed, Beatrice, Sheila, Akin)."""

from __future__ import annotations

import pytest

from actions.answers import read_answer
from tests.unit.known_answers import answer, answer_in_conversation, sendable

# -- 1. Ed (r95c): who to report an agency carer to, asked at the privacy question ------------

ED_FIRST = (
    "Hello, I'm not sure this is the right place but I'm at my wits end. My wife Margaret has "
    "dementia, diagnosed two years ago, and since March we've had a carer coming in three "
    "mornings a week through an agency. Last week I noticed bruises on both her upper arms, like "
    "finger marks, and Margaret gets very agitated when this woman arrives. I've also noticed "
    "cash going missing from the kitchen drawer, about £200 over the last month I think. I don't "
    "know who I should tell about the carer."
)
ED_WHO = (
    "Yes that's fine. But can you tell me first who I should be reporting the carer to? The "
    "agency, the council, the police? I don't want to make things worse for Margaret if she's "
    "coming back on Thursday."
)


@pytest.mark.parametrize("crime_type", [None, "assault"])
def test_ed_who_to_report_the_carer_to(crime_type):
    got = answer_in_conversation(ED_WHO, crime_type, [ED_FIRST])
    assert got is not None and got.response == "utter_who_to_tell_about_a_carer"
    text = " ".join(sendable("utter_who_to_tell_about_a_carer", for_someone_else=True))
    for part in ("manager", "adult safeguarding", "101", "Care Quality Commission"):
        assert part in text


def test_who_should_i_be_reporting_needs_a_carer():
    assert answer("who should I be reporting him to?", "assault") != (
        "utter_who_to_tell_about_a_carer"
    )


# -- 2. Ed: how can he ask Margaret, who has dementia, at the referral question --------------

ED_CONSENT = (
    "How can I ask Margaret if she's happy with it? She has dementia, she wouldn't understand "
    "the question. I have power of attorney for her health and finances. Yes, please pass it on."
)


def test_ed_can_agree_for_margaret():
    got = answer(
        ED_CONSENT,
        "assault",
        requested_slot="referral_consent",
        referral_consent=True,
        for_someone_else=True,
    )
    assert got == "utter_h97b_consent_best_interests"
    said = sendable(got, referral_consent=True, for_someone_else=True)
    assert len(said) == 1 and "best interests" in said[0] and "your yes is fine" in said[0]
    assert "power of attorney" in said[0] and len(said[0]) <= 320
    not_yet = sendable(got, referral_consent=None)
    assert len(not_yet) == 1 and "your yes" not in not_yet[0]


def test_consent_answer_only_at_the_referral_question():
    assert answer(ED_CONSENT, "assault", requested_slot="disability") != (
        "utter_h97b_consent_best_interests"
    )
    assert answer(
        "how can I ask her what she wants?", "assault", requested_slot="referral_consent"
    ) != ("utter_h97b_consent_best_interests")


# -- 3. Beatrice (r96a, 88): poor eyesight of long standing and a stitched leg --------------

BEATRICE_FIRST = (
    "Good afternoon. I am not certain this is the proper place to write. Last week a "
    "neighbour's dog, which was off its lead, bit my leg in the street. I needed stitches."
)
BEATRICE_NEEDS = (
    "My eyesight is poor, and I walk with a stick. The leg is healing but the stitches are "
    "still in."
)


@pytest.mark.parametrize("crime_type", ["assault", "other", None])
def test_beatrice_not_sent_to_a_and_e(crime_type):
    got = answer_in_conversation(
        BEATRICE_NEEDS, crime_type, [BEATRICE_FIRST], requested_slot="disability"
    )
    assert got is None or got.response not in ("utter_injury", "utter_head_injury_now")


@pytest.mark.parametrize(
    "text",
    [
        "my eyesight is blurry since he punched me",
        "my sight is bad since the punch",
        "my vision is poor now after he hit me",
        "i had stitches but its still bleeding",
    ],
)
def test_changed_sight_or_a_bleeding_wound_still_gets_care(text):
    assert answer(text, "assault") == "utter_injury"


# -- 4. Sheila (r95a, 79): no money till her pension, asked beside the locks ---------------

SHEILA_FIRST = (
    "hello dear. i hope this is the right place. a man came to my house this morning saying he "
    "was from the gas, to check the boiler. i let him in and now my purse is gone and my "
    "husbands watch"
)
SHEILA_LOCKS = (
    "can anyone help me with the locks? and i have no money for the shops till thursday. i told "
    "you that before"
)


def test_sheila_gets_the_money_answer_beside_the_locks():
    got = answer_in_conversation(SHEILA_LOCKS, "burglary", [SHEILA_FIRST], age=79)
    assert got is not None and got.response == "utter_h4_locks_older"
    assert [then.response for then in got.then] == ["utter_h97b_no_money_card_taken"]
    (text,) = sendable("utter_h97b_no_money_card_taken")
    assert "159" in text and "0808 168 9291" in text and len(text) <= 320


def test_locks_alone_keep_the_locks_answer_alone():
    got = answer_in_conversation(
        "can anyone help me with the locks?", "burglary", [SHEILA_FIRST], age=79
    )
    assert got is not None and got.response == "utter_h4_locks_older" and not got.then


# -- 5. Akin (r96e): cash he was forced to take out at knifepoint is not card fraud ------------

AKIN_FIRST = (
    "hello i need help 2 guys robbed me last nite with a knife at the cash machine made me take "
    "out 500 pound and then hit me"
)
AKIN_WALLET = (
    "ya ok. they took my wallet to it has my adress on my driving licence, i keep thinking they "
    "gona come to my house"
)
AKIN_MONEY_BACK = (
    "yes i called police last nite they came and took statment. they gave me a number. but can "
    "they get my money back from the bank? its 500 quid i need that for rent"
)


@pytest.mark.parametrize("crime_type", ["robbery", None])
def test_akin_forced_withdrawal_is_not_card_fraud(crime_type):
    got = answer_in_conversation(
        AKIN_MONEY_BACK, crime_type, [AKIN_FIRST, AKIN_WALLET], requested_slot="reported_to_police"
    )
    assert got is not None and got.response == "utter_h97b_forced_withdrawal_bank"
    (text,) = sendable(got.response)
    assert "crime number" in text and "up to the bank" in text and len(text) <= 320
    assert "usually refunded" not in text and "reportfraud" not in text


def test_a_card_used_after_a_mugging_keeps_the_refund_answer():
    got = answer_in_conversation(
        "they used my card in shops after, can i get the money back?",
        "robbery",
        ["two men mugged me and took my wallet with my bank card"],
    )
    assert got is not None and got.response != "utter_h97b_forced_withdrawal_bank"


# -- 6. Akin: a no to the hate question inside a longer message ---------------------------

AKIN_NO = (
    "what?? who stays without paying rent, nobody. its my house me my wife and 2 kids. so change "
    "locks or dont change locks?? no its not about race i dont think"
)


def test_akin_no_to_the_hate_question_is_taken():
    assert read_answer("hate_motivated", AKIN_NO).value is False


@pytest.mark.parametrize(
    "text",
    [
        "so what now? no its not about race but its about my religion",
        "ok. no its not about race its because im muslim",
    ],
)
def test_another_reason_after_the_no_is_still_read(text):
    assert read_answer("hate_motivated", text).value is True


def test_forced_withdrawal_answer_needs_a_report_told():
    got = answer_in_conversation("can i get my money back from the bank?", "robbery", [AKIN_FIRST])
    assert got is None or got.response != "utter_h97b_forced_withdrawal_bank"

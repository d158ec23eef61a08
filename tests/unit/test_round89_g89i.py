"""Round 89, helper g89i: Derek (68, a bank-impersonation scam, widowed in March), Fatou (36,
afraid her daughter, 8, will be taken abroad for FGM) and Liam (25, his boyfriend takes his
wages, checks his phone and hit him)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import (
    answer,
    answer_in_conversation,
    assert_one_sms_with_source,
    sendable,
)

# -- 1. Derek: the bank already told, "they would 'look into it'" -------------------------------

DEREK_SAID = [
    "I am safe, I am at home. A man rang on Tuesday saying he was from the fraud team at "
    "Nationwide and that my account had been compromised. He knew my name and address. He told "
    "me to move my savings to a safe account while they sorted it out. I moved £12,000. Now the "
    "bank says it was not them. I feel such a fool. My wife always did the money.",
    "My wife Margaret died in March",
]


@pytest.mark.parametrize(
    "text",
    [
        "Yes please. But can they help me get the money back from Nationwide? The lady at the "
        "bank said they would 'look into it' and that was all.",
        "I have already rung the bank, I told you.",
        "the bank said they would investigate, how long will it take to get my money back?",
    ],
)
def test_derek_who_has_told_the_bank_gets_the_follow_up(text):
    said = answer_in_conversation(text, "fraud", DEREK_SAID)
    assert said is not None and said.response == "utter_g89i_bank_follow_up", text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i told my bank already, will they refund me?", "utter_q2_scam_refund"),
        ("I did tell the bank dear. I am asking can they refund it", "utter_q2_scam_refund"),
        ("How do I go to the Financial Ombudsman?", "utter_financial_ombudsman"),
    ],
)
def test_other_bank_questions_keep_their_answers(text, expected):
    assert answer(text, "fraud") == expected


def test_the_bank_follow_up_is_one_sms_with_its_source():
    assert_one_sms_with_source("utter_g89i_bank_follow_up", "g89i (round 89)")
    (text,) = sendable("utter_g89i_bank_follow_up")
    assert "5 working days" in text and "Ombudsman" in text and "159" not in text


# -- 2. Derek: someone to talk to about losing Margaret ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. One more thing, is there anyone I can talk to about losing Margaret? It's all "
        "come at once.",
        "is there anyone I can talk to since I lost my wife?",
        "where can I get bereavement support?",
    ],
)
def test_derek_is_offered_bereavement_support(text):
    said = answer_in_conversation(text, "fraud", DEREK_SAID)
    assert said is not None and said.response == "utter_g89i_bereavement_support", text


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("is there anyone I can talk to about losing my phone?", "theft"),
        ("my neighbours keep giving me grief, who can help?", "stalking_harassment"),
        ("who can help us now, after losing my son to a stabbing?", "homicide"),
    ],
)
def test_other_losses_are_not_bereavement(text, crime_type):
    said = answer_in_conversation(text, crime_type, [])
    assert said is None or said.response != "utter_g89i_bereavement_support", text


def test_the_bereavement_answer_names_cruse_with_its_source():
    assert_one_sms_with_source("utter_g89i_bereavement_support", "g89i (round 89)")
    (text,) = sendable("utter_g89i_bereavement_support")
    assert "Cruse" in text and "0808 808 1677" in text and "Victim Support" not in text


# -- 4. Fatou: the FGM Protection Order, without a lawyer ----------------------------------------

FATOU_SAID = [
    "not me. it is for my daughter, she is 8. my husband mother and sisters want to take her to "
    "gambia in the summer holiday for 'visit family'. i hear them talking, they say she is old "
    "enough now. i know what that means, they want to cut her. it happened to me when i was "
    "small. nothing happen yet but i am very afraid",
    "no is not domestic abuse exactly, my husband does not hit me. it is FGM. they want to do FGM "
    "to my daughter. what can i do to stop the trip??",
]
FATOU = {"account_details": ["honour_based"], "relationship_to_offender": "family_member"}


@pytest.mark.parametrize(
    "text",
    [
        "will they help me get the protection order before july? i cannot pay lawyer",
        "how much does the protection order cost? i have no money",
    ],
)
def test_fatou_is_told_about_the_fgm_protection_order_not_a_non_molestation_order(text):
    said = answer_in_conversation(text, "domestic_abuse", FATOU_SAID, **FATOU)
    assert said is not None and said.response == "utter_g89i_fgm_order_no_lawyer", text


def test_a_protection_order_without_fgm_keeps_its_answer():
    said = answer_in_conversation(
        "will they help me get the protection order? i cannot pay lawyer",
        "domestic_abuse",
        ["my husband hits me and threatens me"],
        relationship_to_offender="partner_or_ex",
    )
    assert said is None or said.response != "utter_g89i_fgm_order_no_lawyer"


def test_the_fgm_order_answer_is_one_sms_with_its_source():
    assert_one_sms_with_source("utter_g89i_fgm_order_no_lawyer", "g89i (round 89)")
    (text,) = sendable("utter_g89i_fgm_order_no_lawyer")
    assert "FGM Protection Order" in text and "0800 028 3550" in text
    assert not text.startswith("Yes") and "non-molestation" not in text


# -- 5. Liam: wages a boyfriend holds are economic abuse; help for a man with a male partner ----

LIAM_FIRST = (
    "yeah whatever thats fine. so my boyfriend (jay) has my bank card, like he 'looks after' my "
    "wages and gives me cash for the week, goes through my phone every night, and last week he "
    "hit me across the face cos i was late back from work. first time hes actually hit me. im "
    "not gonna lie i dont think anyone would even take it seriously, im a guy"
)


def test_liams_boyfriend_holding_his_wages_is_not_unpaid_wages():
    said = answer_in_conversation(LIAM_FIRST, None, [])
    assert said is None or said.response != "utter_d4_wages_owed"
    said = answer_in_conversation(
        "what? no my work pays me fine lol. its my boyfriend who takes the money. did you read "
        "what i wrote",
        "domestic_abuse",
        [LIAM_FIRST],
    )
    assert said is None or said.response != "utter_d4_wages_owed"


def test_unpaid_wages_from_a_boss_keep_their_answer():
    said = answer_in_conversation(
        "and he not pay me money he owe, cash money. what i can do",
        "assault",
        ["my supervisor on the building site punched me"],
    )
    assert said is not None and said.response == "utter_d4_wages_owed"


@pytest.mark.parametrize(
    "text",
    [
        "25. is there actually help for men or is it all womens refuges and that. i dont want to "
        "go to a refuge",
        "is there actually help for men or is it all womens refuges",
    ],
)
def test_liam_with_a_boyfriend_is_not_told_of_a_wife_or_female_partner(text):
    said = answer_in_conversation(text, "domestic_abuse", [LIAM_FIRST], gender="male")
    assert said is not None and said.response == "utter_g89i_for_men_male_partner", text
    (sent,) = sendable("utter_g89i_for_men_male_partner")
    assert "wife" not in sent and "female" not in sent and "Galop" in sent


def test_a_man_with_a_wife_keeps_the_men_too_answer():
    said = answer_in_conversation(
        "is there actually help for men or is it all womens refuges",
        "domestic_abuse",
        ["my wife hits me"],
        gender="male",
    )
    assert said is not None and said.response == "utter_for_men_too"


def test_the_male_partner_answer_is_one_sms_with_its_source():
    assert_one_sms_with_source(
        "utter_g89i_for_men_male_partner",
        "g89i (round 89)",
        ({}, {"for_someone_else": True}),
    )


# -- 6. Liam: "only if its when im at work ... so not texts" is a yes with conditions -----------

LIAM = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "gender": "male",
    "age": 25.0,
    "consent": True,
    "borough": "hackney",
    "wants_referral": True,
}


@pytest.mark.parametrize("intent", [None, "deny", "affirm"])
def test_liams_conditions_for_contact_are_a_yes_by_phone_at_work(intent):
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(
            text="only if its when im at work. he goes through my texts so not texts",
            intent=intent,
            requested="contact_safe",
            answers=LIAM,
        )
    )
    assert reading.slots.get("contact_safe") is True
    assert reading.slots.get("contact_method") == "call"
    assert reading.slots.get("contact_times") == "when im at work"
    assert "no_texts" in reading.slots.get("contact_notes", [])


@pytest.mark.parametrize(
    ("text", "method", "times"),
    [
        ("just when hes out", None, "when hes out"),
        ("yes as long as its not texts", "call", None),
        ("only if they dont call. text is ok", "text", None),
    ],
)
def test_other_conditional_yeses(text, method, times):
    from actions.answers import read_contact_safe

    said = read_contact_safe(text)
    assert said.value is True, text
    assert said.extra.get("contact_method") == method and said.extra.get("contact_times") == times


def test_a_plain_no_to_contact_is_still_no():
    from actions.answers import read_contact_safe

    assert read_contact_safe("no. he checks everything, nobody contact me").value is False


# -- 3. Fatou: "it is FGM" is not a restart, nor "doesn't have to be physical" --------------------

FATOU_CORRECTION = (
    "no is not domestic abuse exactly, my husband does not hit me. it is FGM. they want to do FGM "
    "to my daughter. what can i do to stop the trip??"
)
FATOU_FORM = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "account_details": ["honour_based", "as_a_child"],
    "consent": True,
    "in_danger": False,
    "said": FATOU_SAID[:1],
}


def test_fatou_naming_fgm_does_not_restart_the_questions():
    from actions.reading import Turn, corrections, read_turn

    assert "crime_type" not in corrections(FATOU_CORRECTION, FATOU_FORM)
    reading = read_turn(
        Turn(text=FATOU_CORRECTION, requested="reported_to_police", answers=FATOU_FORM)
    )
    assert reading.slots.get("crime_type", "domestic_abuse") == "domestic_abuse"
    said = [say.response for say in reading.say]
    assert "utter_q1_abuse_not_physical" not in said
    assert "utter_v2_fgm_protection_order" in said


def test_abuse_without_violence_still_gets_its_answer_without_fgm():
    from actions.questions import q1_asks_if_abuse_without_violence_is_domestic

    assert q1_asks_if_abuse_without_violence_is_domestic(
        "domestic abuse?? hes never hit me", "domestic_abuse", {}
    )
    assert not q1_asks_if_abuse_without_violence_is_domestic(FATOU_CORRECTION, "domestic_abuse", {})


def test_liams_boyfriend_who_holds_his_wages_and_hit_him_is_domestic_abuse():
    from actions.account import read_account

    told = read_account(LIAM_FIRST)
    assert told.crime_type == "domestic_abuse" and told.offender == "partner_or_ex"
    assert "economic" in told.details


def test_bereaved_by_suicide_keeps_its_answer():
    assert answer("is there any support for families bereaved by suicide", None) != (
        "utter_g89i_bereavement_support"
    )

"""Round 71, helper x71d: questions answered wrong or not at all (Li, Ama, Frank, Samir, Declan,
Ryan)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import (
    ALL_RESPONSES,
    RESPONSES,
    answer,
    answer_in_conversation,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
    sendable,
)

ANCHOR = "# -- round 71, helper x71d --"
NEW = (
    "utter_x71d_carer_theft_who_to_tell",
    "utter_x71d_care_agency_must_act",
    "utter_x71d_passport_back",
    "utter_x71d_deleting_chat_keeps_referral",
    "utter_x71d_trusted_trader",
    "utter_x71d_trader_money_back_cash",
    "utter_x71d_address_on_stolen_phone",
)


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_sms_with_sources(name):
    assert_one_sms_with_source(name, ANCHOR)
    assert numbers_not_in_directory(name) == []


def test_interview_answer_one_sms_either_language():
    assert_one_sms_with_source(
        "utter_x71d_interview_with_help", ANCHOR, ({"language": "Cantonese"}, {})
    )
    assert "Cantonese" in sendable("utter_x71d_interview_with_help", language="Cantonese")[0]
    assert "Cantonese" not in sendable("utter_x71d_interview_with_help", language="Polish")[0]


# -- Li: her mum robbed by an agency carer --------------------------------------------------------

LI = [
    "hi, I'm not sure if this is the right place. my mum has dementia and I think her carer has "
    "been stealing from her. money and some of her jewellery",
    "I dont have a health condition, my MUM has dementia. and it's her carer, from an agency, not "
    "like a friend or anything. no not reported yet.",
]


@pytest.mark.parametrize(
    "text",
    [
        "I dont have a health condition, my MUM has dementia. and it's her carer, from an agency, "
        "not like a friend or anything. no not reported yet. who am I meant to tell? police or the "
        "agency or the council?",
        "me or mum? im 41. mum is 84 like i said. but who do i tell, you didnt answer",
        "who should I report it to, the council or the police?",
    ],
)
def test_li_who_to_tell(text):
    assert said_answer(text, "theft", LI) == "utter_x71d_carer_theft_who_to_tell"


@pytest.mark.parametrize(
    "text",
    [
        "information I guess. does the care agency have to do something about it? shes still "
        "coming in every morning. and getting mums money back",
        "ok. and what about the agency? they're CQC registered I think. do they have to sack her "
        "or investigate",
    ],
)
def test_li_agency_must_act(text):
    assert said_answer(text, "theft", LI) == "utter_x71d_care_agency_must_act"


def test_li_police_interview_mum():
    text = (
        "will the police want to interview mum? she'd need cantonese and she gets very distressed "
        "with strangers"
    )
    assert said_answer(text, "theft", LI) == "utter_x71d_interview_with_help"


def test_who_to_tell_without_a_carer_is_not_the_carer_answer():
    # Samir, whose son was robbed: the school, not a carer.
    said = ["my son got his phone robbed yesterday after school by some older boys"]
    got = said_answer("who should I tell, the school or the police?", "robbery", said)
    assert got != "utter_x71d_carer_theft_who_to_tell"
    got = said_answer("do they have to investigate it?", "burglary", ["they broke in"])
    assert got != "utter_x71d_care_agency_must_act"


# -- Ama: her passport, and deleting the chat ------------------------------------------------------


def test_ama_passport_is_not_the_number_answer():
    text = (
        "thank you. last thing, can the police get my passport back from him or do I need a new one"
    )
    got = answer(text, "domestic_abuse", referral_consent=True)
    assert got == "utter_x71d_passport_back"


def test_hamza_number_to_police_still_answered():
    assert (
        answer("do the police get my number. yes or no", "assault", referral_consent=True)
        == "utter_n6_number_not_to_police"
    )


def test_ama_deleting_chat_keeps_referral():
    text = (
        "that is not what I asked. ok I must go. if I delete this chat on my phone they still "
        "have my number yes?"
    )
    assert answer(text, "domestic_abuse", referral_consent=True) == (
        "utter_x71d_deleting_chat_keeps_referral"
    )
    # Not referred: not told the team has her number.
    assert answer(text, "domestic_abuse") != "utter_x71d_deleting_chat_keeps_referral"


def test_nadia_passport_not_said_is_not_the_new_answer():
    text = "why is forced marriage still there i said no. and you didnt say about my passport"
    assert answer(text, "domestic_abuse") != "utter_x71d_passport_back"


# -- Frank: a doorstep roofer paid in cash ---------------------------------------------------------

FRANK = [
    "Good afternoon. I am not sure if this is the right place. A man came to my door last Tuesday "
    "saying some tiles on my roof were loose and it needed doing urgent before the rain. I paid "
    "him £2000 in cash and he has not come back."
]


def test_frank_police_or_trading_standards():
    text = (
        "No nothing like that. Is this a matter for the police or for Trading Standards? I don't "
        "want to waste police time over a roof."
    )
    assert said_answer(text, None, FRANK) == "utter_topic_trading_standards"
    assert "utter_topic_trading_standards" in ALL_RESPONSES


def test_waste_their_time_at_999_still_answered():
    text = (
        "should i actually call 999 though? hes just sitting there... i dont want to waste "
        "their time"
    )
    assert answer(text, "stalking_harassment") == "utter_call_999_yes"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. Will they know to speak up? And what about the roof, should I get somebody "
        "proper to look at it? How do I know who to trust now.",
        "how do i find a proper roofer i can trust?",
    ],
)
def test_frank_trusted_trader(text):
    assert said_answer(text, "fraud", FRANK) == "utter_x71d_trusted_trader"
    assert "TrustMark" in RESPONSES["utter_x71d_trusted_trader"][0]["text"]


def test_frank_money_back_after_cash_no_chargeback():
    text = (
        "Getting my money back mainly. And I'd like to know the roof is actually alright, I've no "
        "idea if he did anything up there."
    )
    assert said_answer(text, "fraud", FRANK) == "utter_x71d_trader_money_back_cash"
    assert "chargeback" not in RESPONSES["utter_x71d_trader_money_back_cash"][0]["text"]


def test_roofer_paid_by_transfer_is_not_the_cash_answer():
    said = ["a roofer came to my door and I paid him £900 by bank transfer"]
    got = said_answer("will I get my money back?", "fraud", said)
    assert got != "utter_x71d_trader_money_back_cash"


def test_trust_without_a_trader_is_not_the_trader_answer():
    said = ["my ex keeps texting me, I don't know what to do"]
    assert said_answer("how do I know who to trust now?", "stalking_harassment", said) != (
        "utter_x71d_trusted_trader"
    )


# -- Samir: the address on his son's stolen phone --------------------------------------------------

SAMIR = [
    "Hi, my son got his phone robbed yesterday after school by some older boys. one of them had a "
    "knife. hes 14. what do I do"
]


@pytest.mark.parametrize(
    "text",
    [
        "no first time. but they took his phone so they know his address maybe? its on there. "
        "should I tell the school or will that make it worse",
        "no. and the address thing? his phone had everything on it, he didnt have a password even",
        "one more thing. the phone had our address and his snapchat, can those boys find him? "
        "what should we do about that",
    ],
)
def test_samir_address_on_phone(text):
    assert said_answer(text, "robbery", SAMIR) == "utter_x71d_address_on_stolen_phone"


def test_address_without_a_stolen_phone_is_not_the_phone_answer():
    said = ["they broke in and took my bag with my keys"]
    got = said_answer(
        "my address is on the letters in my bag, will they come back?", "burglary", said
    )
    assert got != "utter_x71d_address_on_stolen_phone"


# -- Declan: anonymous, through Galop --------------------------------------------------------------


def test_declan_anonymous_through_galop_is_third_party_reporting():
    said = answer_in_conversation(
        "but anonymous. without my name. can galop do it for me",
        "assault",
        ["can i report it without going to the police station and giving my name and all that"],
        hate_motivated=True,
        hate_strand=["sexual_orientation"],
    )
    assert said is not None and said.response == "utter_third_party_reporting"
    assert [then.response for then in said.then] == ["utter_anonymous_reporting"]


def test_homophobic_hate_is_not_a_sexual_offence_for_anonymity():
    got = answer(
        "will my name be in the papers if I report it?",
        "assault",
        hate_motivated=True,
        hate_strand=["sexual_orientation"],
    )
    assert got != "utter_sexual_offence_anonymity"


def test_a_sexual_offence_still_gets_anonymity():
    got = answer("will my name be in the papers if I report it?", "sexual_offence")
    assert got == "utter_sexual_offence_anonymity"


# -- Ryan: a wrist that may be broken, answered the first time ------------------------------------

RYAN = [
    "yo two guys on a moped just took my phone out my hand on mare street, using my mates laptop. "
    "my wrist is killing me"
]


def test_ryan_wrist_answered_first_time():
    assert said_answer(RYAN[0], None, []) == "utter_possible_broken_bone"
    told = "nah theyre long gone. like 20 mins ago. wrist is swelling tho cant really bend it"
    assert said_answer(told, None, RYAN) == "utter_possible_broken_bone"
    for text in (
        "no first time. should i get the wrist looked at or is that dramatic",
        "no lol. u didnt answer about my wrist",
    ):
        assert said_answer(text, "theft", [*RYAN, told]) == "utter_possible_broken_bone"


@pytest.mark.parametrize(
    "text, said",
    [
        ("my feet are killing me, been walking all day", []),
        ("I'll find him and break his legs", ["he punched me"]),
    ],
)
def test_limb_words_without_a_blow_are_not_the_broken_bone_answer(text, said):
    assert said_answer(text, None, said) != "utter_possible_broken_bone"


def test_winston_red_hand_is_not_the_broken_bone_answer():
    said = ["I fell when he pushed me and cut my hand"]
    got = said_answer("my hand is throbbing and red, should i get it looked at", None, said)
    assert got != "utter_possible_broken_bone"

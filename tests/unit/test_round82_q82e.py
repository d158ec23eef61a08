"""Round 82, helper q82e: money, food, caring and benefits questions passed over or answered
about something else (Joyce, Pete, Priya, Claire), with other people's messages that keep their
answers."""

from __future__ import annotations

import pytest

from actions import practical_answers
from actions.answer_facts import fits
from tests.unit.known_answers import (
    DOMAIN,
    assert_one_sms_with_a_source,
    responses_in_conversation,
)

TOPICS_FILE = DOMAIN / "responses_topics.yml"
NEW = [
    "utter_q82e_food_help",
    "utter_q82e_food_help_diabetes",
    "utter_q82e_pension_not_stopped",
    "utter_q82e_someone_to_sit",
    "utter_q82e_benefits_own_money",
    "utter_q82e_bereaved_money_road",
    "utter_q82e_bereaved_money",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, TOPICS_FILE)


said = responses_in_conversation


# -- Joyce, 80, her grandson takes her pension card; diabetic and short of food ---------------

JOYCE = (
    "hello dear is this the victims help. my neighbour pat give me this number",
    "well not danger no. its my grandson liam hes 19 he been taking my pension card and i dont "
    "have money for the shopping. theres not much in the fridge. i dont want him in trouble mind "
    "hes a good boy really",
)
JOYCE_FACTS = {"age": 80, "relationship_to_offender": "family_member"}
JOYCE_DIABETES = (
    *JOYCE,
    "my hips is bad and i got sugar diabetes. i need to eat proper with the diabetes. sorry dear "
    "will the bank stop my pension if i tell them",
)


def test_joyce_is_it_abuse_and_the_food_both_answered():
    text = (
        "no no police. he'll get in trouble. is it abuse? hes my grandson. what do i do about "
        "the food"
    )
    got = said(text, "domestic_abuse", JOYCE, **JOYCE_FACTS)
    assert got[-1] == "utter_q82e_food_help"
    assert got[0] != "utter_q82e_food_help"


@pytest.mark.parametrize(
    "text",
    [
        "i dont understand all that dear. who will help me get some food in. i havent got money "
        "till thursday",
        "i havent got a computer for the website. is there a food bank or something dear",
        "im not going to the police dear. will the lady who rings help me with some food. i got "
        "nothing for the weekend",
    ],
)
def test_joyce_food_with_her_diabetes(text):
    assert said(text, "domestic_abuse", JOYCE_DIABETES, **JOYCE_FACTS) == [
        "utter_q82e_food_help_diabetes"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "no nothing like that. i dont want to tell the bank they might stop my pension. will they "
        "stop my pension?",
        "my hips is bad and i got sugar diabetes. i need to eat proper with the diabetes. sorry "
        "dear will the bank stop my pension if i tell them",
    ],
)
def test_joyce_will_the_bank_stop_my_pension(text):
    assert said(text, "domestic_abuse", JOYCE, **JOYCE_FACTS) == ["utter_q82e_pension_not_stopped"]


def test_joyce_has_no_carer_to_stop():
    assert not fits("utter_l1_care_if_carer_stops", "who will help me", {"said": list(JOYCE)})
    # Ben, whose carer takes his money, keeps it.
    ben = ["if i report her who helps me with care? i have no one else"]
    assert fits("utter_l1_care_if_carer_stops", "does the council do that?", {"said": ben})


@pytest.mark.parametrize(
    "text",
    [
        "he works as a food delivery driver",
        "i had food poisoning after the party",
        "he threw his food at me",
        "is there a blood bank near the hospital",
    ],
)
def test_food_in_the_story_is_not_a_food_question(text):
    assert not practical_answers.asks_for_food_help(text)


def test_a_pension_question_without_a_bank_or_card_is_not_this():
    assert not practical_answers.asks_if_the_bank_stops_their_pension(
        "will they stop my pension if i go into a refuge?", {"said": ["my son hits me"]}
    )


# -- Pete, 74, fake HMRC caller, gift cards, hard of hearing, cares for his wife ----------------

PETE = (
    "Hello. I have been the victim of a scam I think. A man rang saying he was from HMRC and I "
    "owed tax. I am 74.",
    "Yes that is ok. Please dont ring me though, I am hard of hearing and it was a phone call "
    "that got me into this mess.",
    "No I have not. He said I would be arrested if I didnt pay straight away and told me to go "
    "to the Tesco and buy gift cards and read him the numbers. £3000 in all over two days. I "
    "feel such a fool. Do I go to the police or the bank?",
    "A stranger. He gave a name, Mr Collins, and a badge number but I suppose that was made up",
)
PETE_CARER = (
    *PETE,
    "Practical help I suppose, and information. I look after my wife, she has dementia, so I "
    "cant get out much. I havent told my daughter.",
)


def test_pete_no_bank_scam_was_told():
    text = (
        "He rang twice, on the Tuesday and the Wednesday. Not before that. Someone rang again "
        "yesterday but I didnt answer"
    )
    got = said(text, "fraud", PETE, age=74)
    assert "utter_n3_scammer_calling_again" not in got
    assert "utter_n3_scammer_calling_now" not in got


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. So they won't phone me? And is there anyone who can help me with my wife for "
        "a bit, I cant get to the bank with her",
        "And the other thing, help with my wife so I can get out to the bank? She cant be left",
        "You said before that doesnt apply to gift cards. I'm asking about someone to sit with my "
        "wife. I'm her carer",
    ],
)
def test_pete_someone_to_sit_with_his_wife(text):
    assert said(text, "fraud", PETE_CARER, age=74, cannot_phone=True)[0] == (
        "utter_q82e_someone_to_sit"
    )


def test_help_with_an_abusive_husband_is_not_a_sitter():
    assert not practical_answers.asks_for_someone_to_sit_with_them(
        "is there anyone who can help me with my husband? he hits me",
        {"said": ["my husband hit me last night"]},
    )


# -- Priya, 33, pregnant, joint card her husband sees ------------------------------------------

PRIYA = (
    "hi sorry i dont know if this is right place. my husband pushed me into the wall last night "
    "and im 7 months pregnant. im at my sisters now",
    "no. my sister says i should but his family will go crazy. his parents live with us and they "
    "will say im lying. and hes the one who pays everything i dont have my own money",
)
PRIYA_FACTS = {"age": 33, "relationship_to_offender": "partner_or_ex", "gender": "woman"}


def test_priya_joint_card_is_not_told_to_stop_it():
    text = (
        "what about money. i have literally £40 and my card is joint with him. he can see "
        "everything i spend. can anyone help with that"
    )
    assert said(text, "domestic_abuse", PRIYA, **PRIYA_FACTS) == ["utter_economic_abuse_help"]


def test_priya_benefits_not_a_will():
    text = (
        "why would i stop my card its the only money i have?? if i cancel it he will know. i "
        "mean can i get any money of my own like benefits or something"
    )
    got = said(text, "domestic_abuse", PRIYA, **PRIYA_FACTS)
    assert "utter_x4_change_will" not in got
    assert "utter_bank_card" not in got


def test_priya_i_asked_about_benefits():
    text = "what?? a will?? im 33 im not old. i asked about benefits"
    assert said(text, "domestic_abuse", PRIYA, **PRIYA_FACTS) == ["utter_q82e_benefits_own_money"]


@pytest.mark.parametrize(
    "text",
    [
        "will it affect my benefits if i get compensation?",
        "will i lose my benefits if i report him?",
    ],
)
def test_benefits_affected_keep_their_answers(text):
    assert not practical_answers.asks_about_claiming_benefits(text)


def test_a_will_changed_under_pressure_keeps_its_answer():
    text = "my son made me change my will. can i change it back without him knowing?"
    assert "utter_x4_change_will" in said(text, "fraud", (), age=78)


# -- Claire, 41, husband killed by a hit-and-run driver; he was the earner ----------------------

CLAIRE = (
    "hi. my husband was killed three weeks ago. hit and run. i dont really know why im "
    "messaging, someone gave me this number",
    "they found him a week after. some 24 year old in a stolen car, he drove off and left Dan in "
    "the road. the police arrested him.",
)


@pytest.mark.parametrize(
    "text",
    [
        "money honestly. dan was the one working, i do 2 days a week at the school. the mortgage "
        "is due and his accounts are frozen. is there anything",
        "english. did you see what i asked about money?",
    ],
)
def test_claire_money_after_her_husband_was_killed(text):
    assert said(text, "homicide", CLAIRE, age=41) == ["utter_q82e_bereaved_money_road"]


def test_a_stabbing_widow_gets_cica_not_mib():
    earlier = ("my husband was murdered last month, stabbed outside our flat",)
    text = "is there any help with money? he paid the rent"
    assert said(text, "homicide", earlier) == ["utter_q82e_bereaved_money"]


def test_money_without_a_partner_dying_is_not_this():
    assert not practical_answers.asks_about_money_after_a_partner_died(
        "is there any help with money?", {"said": ["my phone was stolen"]}
    )


# -- Pete: telling the bank and reporting without a phone, after gift cards ----------------------

PETE_GIFT = (*PETE,)


@pytest.mark.parametrize(
    "text",
    [
        "I never moved any money to a safe account, it was gift cards, I said. And I can't hear "
        "well on the phone, I cant ring 159. Is there another way?",
        "That's not what I asked. How do I tell my bank and report it if I cant use the phone "
        "properly",
    ],
)
def test_pete_without_a_phone_after_gift_cards(text):
    assert said(text, "fraud", PETE_GIFT, age=74)[0] == "utter_q82e_no_phone_gift_cards"


def test_pete_bank_answer_after_gift_cards_promises_no_refund():
    text = "And what about the bank, should I tell them?"
    got = said(text, "fraud", PETE_GIFT, age=74, cannot_phone=True)
    assert got and got[0] == "utter_q82e_no_phone_gift_cards"
    got = said(text, "fraud", PETE_GIFT, age=74)
    assert got and got[0] == "utter_w6_gift_card_refund"


def test_a_transfer_without_a_phone_keeps_the_transfer_answer():
    earlier = ("someone pretending to be my bank got me to move £2000 to a safe account",)
    text = "I am deaf, I cant use the phone. Is there another way to tell my bank?"
    assert said(text, "fraud", earlier)[0] == "utter_bank_without_phoning"

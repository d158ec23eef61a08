"""Round 103, helper n103e: questions refused or answered for another situation (Chloe, Sam,
Yusuf, Gloria, Frank, Olu, Piotr)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import (
    assert_one_sms_with_source,
    said_answer,
    sendable,
)

NEW = [
    "utter_n103e_help_without_leaving",
    "utter_n103e_help_without_leaving_lgbt",
    "utter_n103e_proof_of_theft",
    "utter_n103e_support_your_choice",
    "utter_n103e_threatened_not_to_report",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source(name):
    assert_one_sms_with_source(name, "n103e (round 103)")


# 1. Chloe, 16: "a boy from my school" in her first message, then the takedown question.
CHLOE_FIRST = (
    "hi idk if this is the right place but a boy from my school shared a pic i sent him to a "
    "group chat and now everyone has seen it and i feel sick"
)


def test_chloe_at_school_is_not_told_to_screenshot_the_picture():
    got = said_answer(
        "no im at home in my room. but can they make it get deleted?? its in the group chat rn "
        "and ppl are screenshotting it",
        None,
        [CHLOE_FIRST],
        consent=True,
        account_details=("online",),
    )
    assert got == "utter_j2_child_images_evidence"
    assert "Screenshot" not in " ".join(sendable(got))


def test_an_adult_asking_for_posts_down_keeps_the_posts_answer():
    got = said_answer(
        "can they make it get deleted?? its in the group chat and ppl are screenshotting it",
        None,
        ["someone from work posted mean things about me in a group chat"],
        consent=True,
        age=34,
    )
    assert got != "utter_j2_child_images_evidence"


# 2. Sam, 19, non-binary, partner Alex takes their wages.
SAM_SAID = [
    "hi idk if this is the right place. my partner alex kind of pushes me around and checks my "
    "phone and takes my wages every month. im not sure its a crime tbh",
]
SAM = {"consent": True, "repeat": True}


def test_sam_lgbt_question_gets_galop_not_a_mens_line():
    from actions.questions import known_answer
    from tests.unit.known_answers import ORGANISATIONS

    text = (
        "no. i dont want police involved. my mum doesnt know either. is there anything for LGBT "
        "people? im non binary and alex is too, most stuff online is for women"
    )
    got = known_answer(
        text,
        "domestic_abuse",
        ORGANISATIONS,
        answers={"crime_type": "domestic_abuse", "said": [*SAM_SAID, text], **SAM},
    )
    assert got is not None
    assert "0800 999 5428" in got.text


def test_sam_help_without_leaving_is_not_the_older_carer_answer():
    got = said_answer(
        "no its not that. can i get help without leaving? i dont want to move out, i cant afford "
        "it anyway they have all my money",
        "domestic_abuse",
        [*SAM_SAID, "is there anything for LGBT people? im non binary and alex is too"],
        age=19,
        gender="non_binary",
        relationship_to_offender="partner_or_ex",
        **SAM,
    )
    assert got == "utter_n103e_help_without_leaving_lgbt"


def test_a_younger_adult_gets_the_domestic_abuse_helpline():
    got = said_answer(
        "can i get help without leaving? i cant afford to move out",
        "domestic_abuse",
        ["my boyfriend takes my wages"],
        age=25,
        gender="woman",
        **SAM,
    )
    assert got == "utter_n103e_help_without_leaving"


def test_margaret_keeps_hourglass():
    got = said_answer(
        "Can anyone help without me having to leave?",
        "domestic_abuse",
        ["my husband has been verbally abusive since his stroke"],
        age=69,
        **SAM,
    )
    assert got == "utter_t5_help_without_leaving"


# 3. Yusuf, 52: his son of 16 filmed the attack; a month earlier the mosque's windows.
YUSUF_SAID = [
    "salam. a man spat at me and pushed me in to wall when i walk home from jummah with my son, "
    "he shout terrorist at us",
    "no no not domestic. my son was WITH me, he is 16, he did nothing. the man was a stranger in "
    "the street i never see him before",
    "attacked. he push me and spit on my face. my son film it on his phone. we didnt call police "
    "yet",
]
YUSUF = {"consent": True, "age": 52, "relationship_to_offender": "stranger"}


def test_yusuf_son_who_filmed_it_is_a_witness_not_charged():
    got = said_answer(
        "little bit. i am worry for my son more, he filmed it, will he have to go to court?",
        "assault",
        YUSUF_SAID,
        **YUSUF,
    )
    assert got == "utter_f1_child_witnesses"


def test_will_the_man_go_to_court_keeps_its_answer():
    got = said_answer("will he go to court? the man who hit me", "assault", [], consent=True)
    assert got == "utter_z73e_offender_to_court"


@pytest.mark.parametrize(
    "text",
    [
        "not this man no. but last month somebody smash the windows at our mosque, nobody report "
        "it. should the mosque report that also?",
        "no. my back hurt little from the wall but ok. why you dont answer about mosque? its same "
        "thing, they hate muslims",
    ],
)
def test_yusuf_mosque_question_is_answered(text):
    assert said_answer(text, "assault", YUSUF_SAID, **YUSUF) == "utter_w8_hate_line_muslim"


# 4. Gloria, 88: her carer takes £20 notes from her purse.
GLORIA_SAID = [
    "helo. my carr is takin mony from my purse",
    "i tol you. the carer lady. she tak the £20 notes out my pruse. for monts now",
    "she is stealin from me",
]


@pytest.mark.parametrize(
    "text",
    [
        "no. will she get in trouble",
        "will she get in truble? i dont want lose her she is onley one who comes",
    ],
)
def test_gloria_asks_if_her_carer_gets_in_trouble(text):
    got = said_answer(text, "theft", GLORIA_SAID, consent=True, age=88)
    assert got == "utter_s4_carer_prison_not_decided"


# 5. Frank, 67, hard of hearing: £8,000 to a fake HMRC caller.
FRANK_SAID = [
    "Hello. I am writing because I have been conned I think. A man rang saying he was from HMRC "
    "and I owed tax and would be arrested if I didnt pay today. I paid him £8,000 by bank "
    "transfer. I am hard of hearing so please do everything in writing I cannot use the phone.",
    "Yes that is ok. Will the bank give it back? It was this morning. It is our savings, I look "
    "after my wife she has dementia",
]
FRANK = {"consent": True, "cannot_phone": True}


def test_frank_can_they_do_it_again_is_answered():
    got = said_answer(
        "I am safe, at home with my wife. But can they do it again? He knew my name and "
        "address. The phone keeps ringing and I dont answer it",
        "fraud",
        FRANK_SAID,
        **FRANK,
    )
    assert got == "utter_scammers_try_again"


def test_frank_money_back_is_not_unpaid_wages():
    got = said_answer(
        "Getting the money back, and help to communicate as I said in writing. And someone to "
        "help me with the forms, my wife used to do all this",
        "fraud",
        FRANK_SAID,
        **FRANK,
    )
    assert got != "utter_y73e_unpaid_pay_boss"
    assert got != "utter_w8_unpaid_pay"


def test_frank_fear_for_his_wife_is_not_the_witness_threat_answer():
    from tests.unit.known_answers import topic_answered

    text = (
        "A stranger. Please answer, will they ring again and take more money? I am frightened "
        "for my wife if they come to the house"
    )
    assert topic_answered(text, {"crime_type": "fraud"}) == "utter_n103e_scammer_at_the_door"
    assert topic_answered(text, {"crime_type": "assault"}) == "utter_topic_offenders_come_home"


def test_scammer_at_the_door_is_one_sms_with_its_source():
    from tests.unit.known_answers import DOMAIN, sources_above

    assert len(sendable("utter_n103e_scammer_at_the_door")[0]) <= 320
    assert "SOURCES:" in sources_above(
        "utter_n103e_scammer_at_the_door", DOMAIN / "responses_topics.yml"
    )


# 6. Olu, 35: his work laptop stolen from his car.
OLU_SAID = [
    "Hi. My car was broken into last night outside my house in Greenwich and my work laptop was "
    "taken from the boot. I need a crime number for insurance and my employer. Can you give me "
    "one?",
]
OLU = {"consent": True, "age": 35}


@pytest.mark.parametrize(
    "text",
    [
        "practical help and information. also my employer wants a letter or something confirming "
        "it was stolen, who gives that?",
        "english. and what? nothing to do with missing post or fraud. I mean my EMPLOYER wants "
        "proof the laptop was stolen. who provides that",
    ],
)
def test_olu_proof_for_his_employer_is_not_the_stolen_post_answer(text):
    assert said_answer(text, "theft", OLU_SAID, **OLU) == "utter_n103e_proof_of_theft"


def test_stolen_post_keeps_its_answer():
    got = said_answer("my bank letters keep going missing, are they stolen?", "fraud", [], **OLU)
    assert got == "utter_y1_stolen_post"


@pytest.mark.parametrize(
    "text",
    [
        "no. look do I even need support, its just a laptop. how many more questions",
        "no. you didnt answer, do I actually need any of this support stuff? I just want to sort "
        "the insurance",
    ],
)
def test_olu_asks_if_he_needs_support(text):
    assert said_answer(text, "theft", OLU_SAID, **OLU) == "utter_n103e_support_your_choice"


# 7. Piotr, 38, punched by his foreman on a building site; called "stupid polak".
PIOTR_SAID = [
    "hello. i need help please, my boss on building site he hit me",
    "no i am home now. it was tuesday on site. we argue about money he not pay me 2 weeks, then "
    "he punch me in face, my nose bleed",
]
PIOTR = {"consent": True, "age": 38, "relationship_to_offender": "someone_known"}


def test_piotr_threat_not_to_go_to_police_is_answered():
    got = said_answer(
        "no. he say if i go police i am finished. I lose my job?", "assault", PIOTR_SAID, **PIOTR
    )
    assert got == "utter_n103e_threatened_not_to_report"
    assert "customers" not in sendable(got)[0]


def test_piotr_is_this_racism_is_answered():
    got = said_answer(
        "yes scared. but you not answer me. he call me stupid polak, this is racism yes? you "
        "write this?",
        "assault",
        PIOTR_SAID,
        **PIOTR,
    )
    assert got == "utter_is_it_hate_crime"

"""Round 86, helper v86d2: Kwame's courtroom, grief and statement questions; Lily's university;
Sanjay's fear of court and his address.

Kwame, 60, whose son was killed, the trial next month at the Old Bailey; Lily, 20, impersonated
by fake Instagram accounts that messaged her lecturers; Sanjay, 50, a witness to a robbery
threatened by the robber's friends. Each test quotes their words.
"""

from __future__ import annotations

import pytest
from known_answers import (
    after_result,
    answer_in_conversation,
    assert_one_sms_with_source,
    at_question,
    numbers_not_in_directory,
    topic_answered,
)

KWAME_SAID = [
    "Good afternoon. My name is Kwame. My son was killed in March of last year and the trial of "
    "the accused begins next month at the Old Bailey. I would like to ask some questions about "
    "the court process, if I may.",
]
KWAME = {
    "crime_type": "homicide",
    "bereaved": True,
    "reported_to_police": True,
    "age": 60.0,
    "said": KWAME_SAID,
}
LILY_SAID = [
    "hiii um idk if this is the right place but someone's made fake insta accounts pretending to "
    "be me and they're messaging my mum and my lecturers saying horrible stuff",
]
LILY = {"crime_type": "online_abuse", "age": 20.0, "said": LILY_SAID}
SANJAY_SAID = [
    "Hello. I work in phone shop in Harrow. Two months back there was robbery in shop, I gave "
    "statement to police. Yesterday two guys came, friends of robber, they said me forget what "
    "you saw. I am worried now",
]
SANJAY = {"crime_type": "robbery", "reported_to_police": True, "age": 50.0, "said": SANJAY_SAID}


def _said(text: str, facts: dict) -> str | None:
    facts = dict(facts)
    got = answer_in_conversation(text, facts.pop("crime_type"), facts.pop("said"), **facts)
    return None if got is None else got.response


NEW = (
    "utter_v86d2_bereaved_in_courtroom",
    "utter_v86d2_homicide_service_family",
    "utter_v86d2_bereaved_vps",
    "utter_v86d2_uni_fake_account",
    "utter_v86d2_scared_witness_court",
    "utter_v86d2_witness_address_in_court",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source(name):
    assert_one_sms_with_source(name, "# v86d2 (round 86)")
    assert numbers_not_in_directory(name) == []


# -- 1. Kwame: will he see us in the courtroom, must we attend ----------------------------------

KWAME_COURTROOM = [
    "A young man from the area has been charged. We did not know him. Will I have to see him in "
    "the courtroom? My wife says she cannot bear to be in the same room as him.",
    "No. But forgive me, you have not answered my question. Inside the courtroom itself, will he "
    "be in front of us? Must we attend at all?",
    "Thank you, that is a long list. I would still like to understand: in the courtroom, will "
    "the accused be able to see us, and is there a way for my wife not to be in the same room "
    "but still follow the trial?",
]


@pytest.mark.parametrize("text", KWAME_COURTROOM)
def test_kwame_is_told_about_the_courtroom_not_the_hearing_dates(text):
    assert _said(text, KWAME) == "utter_v86d2_bereaved_in_courtroom"


def test_kwame_at_the_disability_question_gets_the_courtroom_answer():
    assert at_question(KWAME_COURTROOM[1], "impairment", KWAME) == [
        "utter_v86d2_bereaved_in_courtroom"
    ]


def test_kwame_after_the_results_gets_the_courtroom_answer(domain):
    slots = {k: v for k, v in KWAME.items() if k != "said"} | {"consent": True}
    said = after_result(KWAME_COURTROOM[2], slots, tuple(KWAME_SAID), domain)
    assert said[:1] == ["utter_v86d2_bereaved_in_courtroom"]


def test_someone_not_bereaved_is_not_told_about_a_family_at_the_trial():
    text = "will i have to see him in court?"
    facts = {"crime_type": "assault", "said": ["a man punched me outside the pub"]}
    assert _said(text, facts) != "utter_v86d2_bereaved_in_courtroom"


# -- 2. Kwame: help for the family's grief, not for children ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Someone to talk to, I think. Since my son died I do not sleep, and my wife and I cannot "
        "speak about him without quarrelling. Is there anyone who helps families with grief after "
        "a murder?",
        "English. But I did not mention children. My son was 24. It is my wife and I who need "
        "help. Does this Homicide Service help parents?",
    ],
)
def test_kwame_is_told_the_homicide_service_helps_parents(text):
    assert _said(text, KWAME) == "utter_v86d2_homicide_service_family"


def test_kwame_at_the_needs_question_is_not_told_about_children():
    text = (
        "Someone to talk to, I think. Since my son died I do not sleep, and my wife and I cannot "
        "speak about him without quarrelling. Is there anyone who helps families with grief after "
        "a murder?"
    )
    assert at_question(text, "needs", KWAME) == ["utter_v86d2_homicide_service_family"]


def test_children_asked_about_still_get_the_childrens_answer():
    # Sarah (round 80), her murdered sister's children, 6 and 10.
    facts = {
        "crime_type": "homicide",
        "bereaved": True,
        "said": ["my sister was killed, im looking after her kids, 6 and 10"],
    }
    assert _said("can the kids get counselling?", facts) == "utter_n80e_bereaved_children_support"


# -- 3. Kwame: his Victim Personal Statement --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. One last question. I have not yet written my statement. To whom should I give "
        "it, and is it too late, given that the trial is next month?",
        "I am sorry, I think you have misunderstood. The crime was reported long ago. I mean the "
        "Victim Personal Statement. Who takes it from me?",
    ],
)
def test_kwame_is_told_who_takes_his_vps_and_that_it_is_not_too_late(text):
    assert _said(text, KWAME) == "utter_v86d2_bereaved_vps"


# -- 4. Lily: will my uni think I sent them -----------------------------------------------------

LILY_UNI = "no. will my uni think i actually sent those msgs tho? im scared ill get in trouble"


def test_lily_is_told_to_show_her_university_it_is_a_fake_account():
    assert _said(LILY_UNI, LILY) == "utter_v86d2_uni_fake_account"
    assert at_question(LILY_UNI, "impairment", LILY) == ["utter_v86d2_uni_fake_account"]


@pytest.mark.parametrize(
    "text",
    [
        LILY_UNI,
        "no im fine just really stressed. my lecturer emailed me asking if i was ok bc 'i' sent "
        "him a msg saying he was a creep and i was dropping out?? i didnt send it",
    ],
)
def test_lily_is_never_told_of_coursework_on_a_stolen_device(text):
    # "u said that already and my laptop wasnt stolen lol": the topic's answer needs a stolen
    # device or studies hit (answer_facts.yml, studies_hit).
    assert topic_answered(text, LILY) != "utter_topic_university"


def test_a_stolen_laptop_and_a_dissertation_still_get_the_coursework_answer():
    # Dev (round 70).
    said = ["they nicked my laptop at the bus stop"]
    facts = {"crime_type": "robbery", "age": 22.0, "said": said}
    text = "my dissertation is due in 3 weeks man what do i do about that"
    assert topic_answered(text, facts) == "utter_topic_university"


# -- 5. Sanjay: can I not go, can they hide me ------------------------------------------------


def test_sanjay_scared_of_court_gets_special_measures_and_the_summons():
    text = (
        "yes very. if I go to court robber will see my face and his friends know where I work. "
        "can I not go? what if I say I dont remember"
    )
    assert _said(text, SANJAY) == "utter_v86d2_scared_witness_court"
    assert at_question(text, "fear_of_giving_evidence", SANJAY) == [
        "utter_v86d2_scared_witness_court"
    ]


def test_sanjay_asking_to_be_hidden_gets_special_measures():
    text = (
        "help with court. and feeling safe. please tell me can they hide me in court so he dont "
        "see me"
    )
    assert _said(text, SANJAY) == "utter_special_measures_intimidated_witness"
    assert at_question(text, "needs", SANJAY) == ["utter_special_measures_intimidated_witness"]


# -- 6. Sanjay: his address in court ----------------------------------------------------------

SANJAY_ADDRESS = [
    "voicemail is ok no problem. one more thing, in court will they say my home address? I dont "
    "want them know where I live",
    "ok thank you. but my address, will court say it in front of him?",
]


@pytest.mark.parametrize("text", SANJAY_ADDRESS)
def test_sanjay_is_told_his_address_is_not_normally_said_in_court(text, domain):
    assert _said(text, SANJAY) == "utter_v86d2_witness_address_in_court"
    slots = {k: v for k, v in SANJAY.items() if k != "said"} | {
        "consent": True,
        "referral_consent": True,
        "contact_safe": True,
        "contact_method": "phone",
        "contact_details": "07700 900735",
    }
    said = after_result(text, slots, tuple(SANJAY_SAID), domain)
    assert said[:1] == ["utter_v86d2_witness_address_in_court"]


def test_a_stalking_victim_still_gets_the_new_address_answer():
    # Hannah (round 65).
    facts = {
        "crime_type": "stalking_harassment",
        "reported_to_police": True,
        "said": ["my ex colleague keeps stalking me, i moved house, i gave a statement"],
    }
    text = "if it goes to court will he be able to see my new address on the court papers?"
    assert _said(text, facts) == "utter_j3_address_in_court"

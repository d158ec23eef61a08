"""Round 34 answers (helper V2): privacy, who-sees-what, rights and evidence questions asked
mid-conversation that got "I can't answer", a repeat or a wrong answer.

- Jas, 23, punched by a stranger shouting transphobic slurs, wary of the police, asked three
  times at the referral question who gets their details and whether the police do (got the
  phone-safety privacy line, then Right 3, then "I can't answer"), and about third-party
  reporting (got "I can't answer").
- Chloe, 15, filmed getting changed at school, the video on Snapchat, asked whether her school
  or mum would find out (five times, never answered), was told "Sending a photo to someone you
  trusted..." though she never sent anything, and was sent to the adult-only Revenge Porn
  Helpline before her age was known.
- Fiona, stalked, asked three times whether she should have had a crime reference number, and
  whether Paladin or someone else would contact her.
- Patrick, after a stroke, burgled: "ring. will police find", and whether the worker knows to
  ask for his son Kevin.
- Mohammed, his shop window smashed in an anti-Muslim attack, asked twice what to do with his
  own CCTV, which deletes after 14 days.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    DOMAIN,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
    sources_above,
)

from core.text import SMS_LIMIT

NEW = (
    "utter_referral_who_gets_details",
    "utter_referral_which_service_contacts",
    "utter_third_party_reporting",
    "utter_filmed_not_sent",
    "utter_childline_confidential",
    "utter_crime_number_right",
    "utter_stolen_things_found",
    "utter_own_cctv_save",
)
# The new answers, and the existing ones these messages now reach.
REACHED = (*NEW, "utter_who_we_tell", "utter_worker_reads_chat")


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 34, helper V2")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Jas: who gets the details if they agree to a referral; third-party reporting ----------

JAS_WHO_GETS = [
    "wait if i say yes does that get passed to the police? because i dont want that. galop "
    "sounds good tho",
    "so thats a no to police? and which service would it go to, can it be galop",
    "thats not what i asked. i just want to know WHO gets my details if i say yes. not the "
    "police right?",
]


@pytest.mark.parametrize("text", JAS_WHO_GETS)
def test_who_gets_a_referral_is_answered_truthfully(text):
    assert answer(text, "assault", hate_crime=True) == "utter_referral_who_gets_details"
    (said,) = sendable("utter_referral_who_gets_details")
    assert "our support team, not the police" in said
    assert "ask for a particular one" in said and "serious risk" in said
    # What a referral does, as the code does it: saved for the support team, sent on by a worker.
    assert "actions/dialogue.py _save" in sources_above("utter_referral_who_gets_details")


def test_third_party_reporting_is_explained_with_directory_numbers():
    text = "23. is there like a third party thing where someone else reports it for me? i heard "
    text += "about that"
    assert answer(text, "assault", hate_crime=True) == "utter_third_party_reporting"
    (said,) = sendable("utter_third_party_reporting")
    assert "Galop" in said and "0800 999 5428" in said
    assert "Stop Hate UK" in said and "0800 138 1625" in said
    assert "report-it.org.uk" in said and "goes to the police" in said


# -- 2. Chloe: who finds out; she never sent anything; taking it down before her age is known --


def test_at_the_privacy_step_school_and_mum_are_not_told():
    said = answer("wait who sees it tho?? not my school or my mum right", None)
    assert said == "utter_who_we_tell"
    (text,) = sendable("utter_who_we_tell")
    assert "family, school or work, unless someone is at serious risk" in text
    (kept_nothing,) = sendable("utter_who_we_tell", consent=False)
    assert "isn't being kept" in kept_nothing


@pytest.mark.parametrize(
    "text",
    [
        "if i use report remove does my school or mum find out?? n will he get in trouble bc i "
        "dont want evry1 to know i snitched",
        "k. does childline tell ur parents tho",
    ],
)
def test_childline_and_report_remove_are_confidential(text):
    said = answer(text, "online_abuse", age=15, under_18=True, account_details=["intimate_images"])
    assert said == "utter_childline_confidential"
    (reply,) = sendable("utter_childline_confidential")
    assert "don't tell your mum or your school" in reply and "0800 1111" in reply
    assert "childline.org.uk" in sources_above("utter_childline_confidential")


def test_filmed_secretly_is_never_told_she_sent_it():
    text = (
        "i didnt SEND anything?? he filmed me secretly. i never sent him nothing. and u didnt "
        "answer does my mum find out"
    )
    said = answer(text, "online_abuse", age=15, under_18=True, account_details=["intimate_images"])
    assert said == "utter_filmed_not_sent"
    (reply,) = sendable("utter_filmed_not_sent")
    assert "you didn't send anything" in reply and "mum or school" in reply
    assert "Sending a photo" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "will he get in trouble?",
        "he filmed me in the changing rooms without me knowing, am i in trouble?",
    ],
)
def test_the_sending_a_photo_answer_is_not_for_the_filmed_or_the_offender(text):
    assert answer(text, "online_abuse", account_details=["intimate_images"]) != (
        "utter_images_not_in_trouble"
    )


@pytest.mark.parametrize(
    "text",
    ["am i in trouble for sending the photo?", "will i get in trouble for sending it to him"],
)
def test_someone_who_sent_a_photo_still_hears_they_are_not_in_trouble(text):
    assert answer(text, "online_abuse") == "utter_images_not_in_trouble"


CHLOE_TAKE_DOWN = "no?? i havent told ANYONE. can u get it taken down tho thats all i want"


def test_taking_it_down_before_the_age_is_known_says_which_service_is_which():
    said = answer(CHLOE_TAKE_DOWN, "online_abuse", account_details=["intimate_images"])
    assert said == "utter_images_off_phones"
    (unknown,) = sendable(said, under_18=None)
    assert "under 18, use Report Remove" in unknown and "18 or over" in unknown
    assert len(unknown) <= SMS_LIMIT
    (child,) = sendable(said, under_18=True)
    assert "Report Remove" in child and "Revenge Porn" not in child
    (adult,) = sendable(said, under_18=False)
    assert "Revenge Porn Helpline" in adult
    assert "report-remove entry" in (DOMAIN / "responses.yml").read_text()


# -- 3. Fiona: the crime reference number; who contacts her after the referral -----------------

FIONA_CRN = [
    "Not as such. I'm not sleeping and I'm exhausted, my GP has mentioned anxiety. Also - the "
    "police never gave me a crime reference number the second time, are they supposed to?",
    "Yes, I would. He'd be sitting there. But you didn't answer me about the crime reference "
    "number.",
    "Feeling safe, and someone who can push the police on my behalf. Please, the crime reference "
    "number - should I have been given one?",
]


@pytest.mark.parametrize("text", FIONA_CRN)
def test_a_crime_reference_number_is_a_right_3_entitlement(text):
    assert answer(text, "stalking_harassment") == "utter_crime_number_right"
    (said,) = sendable("utter_crime_number_right")
    assert "Right 3" in said and "crime reference number" in said and "101" in said
    assert "bedfordshire.pcc.police.uk" in sources_above("utter_crime_number_right")


def test_which_service_contacts_after_the_referral():
    text = (
        "Yes, my phone is safe. He doesn't have my new number as far as I know. Will it be "
        "Paladin who contacts me, or someone else?"
    )
    assert answer(text, "stalking_harassment") == "utter_referral_which_service_contacts"
    (said,) = sendable("utter_referral_which_service_contacts")
    assert "our support team first" in said and "can't promise" in said


# -- 4. Patrick: will the police find the ring; will the worker know to ask for Kevin ----------


def test_will_police_find_the_ring_is_answered_honestly():
    assert answer("ring. will police find", "burglary") == "utter_stolen_things_found"
    (said,) = sendable("utter_stolen_things_found")
    assert "nobody can promise" in said and "photos" in said
    assert "Right 6" in said and "Right 10" in said


def test_the_worker_reads_that_they_should_ask_for_kevin():
    said = answer("they know is kevin? my son. not me", "burglary")
    assert said == "utter_worker_reads_chat"
    (kept,) = sendable(said, consent=True)
    assert "can read this whole chat" in kept


# -- 5. Mohammed: his own CCTV, deleted after 14 days ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no. Is there anything more police can do? They came took photos and thats it, I have "
        "CCTV they didnt even take it",
        "No I am not scared of court. But my CCTV system deletes after 14 days, what I do with it?",
    ],
)
def test_own_cctv_is_saved_and_the_police_told(text):
    assert answer(text, "criminal_damage", hate_crime=True) == "utter_own_cctv_save"
    (said,) = sendable("utter_own_cctv_save")
    assert "Save a copy now" in said and "crime number" in said and "101" in said


# -- Ordinary messages keep their answers -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type", "expected"),
    [
        ("if i say yes does this go to the feds? cos i dont want it going round", "assault",
         "utter_support_not_police"),
        ("will the people at galop tell the police?", "assault", "utter_support_not_police"),
        ("will they tell my parents? im 16", None, "utter_who_we_tell"),
        ("would there be cctv on the train?", "sexual_offence", "utter_cctv_report_soon"),
        ("do i need a crime number for my insurance?", "burglary",
         "utter_insurance_crime_number"),
        ("am i in trouble for sending the photo?", "online_abuse", "utter_images_not_in_trouble"),
    ],
)  # fmt: skip
def test_ordinary_questions_keep_their_answers(text, crime_type, expected):
    assert answer(text, crime_type) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i reported it and got a crime number",
        "I already have crime number I told you.",
        "my crime reference number is 1234567/25",
        "will the police find him?",
        "will police find out who did it",
        "they took my ring and my laptop",
        "there was cctv on the bus",
        "the shop next door has cctv",
        "she sent me a photo of him",
        "my mum knows already",
        "my mum is here with me",
        "not my fault right?",
        "who will call me?",
        "my son will ring you",
        "they know where i live",
        "he knows my address",
        "can you refer me to galop please",
        "can it be a woman who calls me?",
        "i called childline yesterday",
        "i dont want the police involved",
        "the police didnt take a statement",
        "will the police contact me or will you?",
        "should I report it to the police?",
        "my neighbour recorded it on his phone",
    ],
)
def test_ordinary_messages_get_none_of_the_new_answers(text):
    for crime_type in ("burglary", "assault", "online_abuse", "stalking_harassment", None):
        assert answer(text, crime_type) not in REACHED, (text, crime_type)

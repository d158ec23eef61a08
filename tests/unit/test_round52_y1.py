"""Round 52 answers (helper Y1): Grace, Kwame, Steve and Hélène.

- Grace, 71, robbed by two men "from the water board": "Will they send somebody round today"
  raised a 999 alarm; "might they come back?" and "how do I know if they're real?" got "can't
  answer".
- Kwame, 19, robbed of his phone: getting the robbers out of his Instagram was ignored 5 times.
- Steve, 48, tools stolen from his van: "closed pending further info", his neighbour's doorbell
  footage and his serial numbers all got "can't answer".
- Hélène, 39, identity fraud: three different questions (the defaults, her stolen post, whether
  Report Fraud investigates) all got the same credit-file paragraph.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    answer,
    answer_in_conversation,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

from actions.reading import corrections
from bot.risk_words import detect_risk

NEW = (
    "utter_y1_accounts_on_stolen_phone",
    "utter_y1_closed_pending",
    "utter_y1_send_footage",
    "utter_y1_serial_numbers",
    "utter_y1_stolen_post",
    "utter_y1_remove_defaults",
    "utter_y1_report_fraud_investigates",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 52, helper Y1")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Grace ------------------------------------------------------------------------------------
GRACE = (
    "Two men came to my door this morning saying they were from the water board and needed to "
    "check the pipes. I let them in and now my husbands watch is gone",
)
GRACE_SEND = (
    "Thank you. So shall I ring 101 now? Will they send somebody round today, I don't like to "
    "think of those men knowing where I live"
)


def test_grace_asking_if_police_will_visit_is_not_danger():
    assert detect_risk(GRACE_SEND) is None
    assert detect_risk("Will the police send someone round?") is None


@pytest.mark.parametrize(
    "text",
    [
        "please send someone hes here",
        "send help hes outside now",
        "can you send the police now he has a knife",
    ],
)
def test_a_cry_for_help_is_still_danger(text):
    assert detect_risk(text) == "in_danger"


def test_grace_is_not_told_to_ring_999():
    got = answer_in_conversation(GRACE_SEND, "burglary", GRACE)
    assert got is not None
    assert got.response != "utter_l6_cant_send_police"
    assert answer("So shall I ring 101 now?", "burglary") == "utter_report_when_its_over"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you dear that is kind. Do you think they might come back? My neighbour Pat said "
        "they do that sometimes, come back a second time",
        "No dear I meant if another man comes to the door. How do I know if they're real?",
        "Oh. Well what should I do if somebody knocks again saying theyre from the water or "
        "the gas",
    ],
)
def test_grace_gets_the_bogus_caller_advice(text):
    assert said_answer(text, "burglary", GRACE) == "utter_t3_bogus_caller"


def test_come_back_without_fake_callers_is_not_the_water_advice():
    said = ("someone broke in through the back window last night",)
    text = "Do you think they might come back?"
    assert said_answer(text, "burglary", said) != "utter_t3_bogus_caller"


# -- Kwame ------------------------------------------------------------------------------------
KWAME = (
    "yo just got robbed walking back from a party. 2 guys one had a knife, took my phone and "
    "airpods. im on my mates laptop. still shaking tbh",
)


@pytest.mark.parametrize(
    "text",
    [
        "nah im at my mates now. but they got my insta logged in on my phone, can they get into "
        "it?? how do i stop them",
        "no first time. seriously tho what do i do about my insta and stuff, my bank app is on "
        "there too",
        "idk maybe. one of them looked young like my age. what about instagram tho, u keep "
        "skipping it",
        "practical help. like how to get them out of my instagram and snap before they post stuff",
        "how do i log them out of my instagram",
    ],
)
def test_kwame_gets_how_to_lock_them_out_of_his_accounts(text):
    assert said_answer(text, "robbery", KWAME) == "utter_y1_accounts_on_stolen_phone"


@pytest.mark.parametrize(
    "text",
    [
        "how do i log them out of my instagram",  # no phone taken: a hacked account
        "what do i do about my email",
    ],
)
def test_accounts_without_a_stolen_phone_are_not_this_answer(text):
    said = ("my ex keeps posting about me on instagram",)
    assert said_answer(text, "harassment", said) != "utter_y1_accounts_on_stolen_phone"


# -- Steve ------------------------------------------------------------------------------------
STEVE = (
    "some scumbag has broken into my van last night and nicked every single tool i own",
    "did it online this morning. got a crime number 5 minutes later and an email saying no "
    "further action basically. so what are the police actually gonna do? f all?",
)


@pytest.mark.parametrize(
    "text",
    [
        STEVE[1],
        "i dont need a support worker i need my tools back. the email said the case is closed "
        "pending further info. what does that even mean, are they gonna look at cctv or not",
    ],
)
def test_steve_is_told_what_closed_pending_means(text):
    assert said_answer(text, "theft", STEVE[:1]) == "utter_y1_closed_pending"


def test_steve_doorbell_and_serials():
    doorbell = (
        "right. if my neighbour's doorbell got them on camera do i just send it to the police "
        "or what"
    )
    serials = (
        "useless. i got serial numbers for the dewalt stuff, anywhere i can put them so if "
        "someone tries to flog them they get flagged?"
    )
    assert said_answer(doorbell, "theft", STEVE) == "utter_y1_send_footage"
    assert said_answer(serials, "theft", STEVE) == "utter_y1_serial_numbers"


@pytest.mark.parametrize(
    "text",
    [
        "what does that mean",
        "what are the police going to do",
        "should I ask my neighbours to save their doorbell camera footage?",
    ],
)
def test_ordinary_questions_are_not_steves_answers(text):
    got = said_answer(text, "theft", ("my bike was nicked from outside the station",))
    assert got not in ("utter_y1_closed_pending", "utter_y1_send_footage")


# -- Hélène -----------------------------------------------------------------------------------
HELENE = (
    "Good evening. I am writing because someone has used my identity to open two credit cards "
    "and a phone contract in my name.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No. How do I correct my credit file exactly? There are now two accounts in default "
            "on it I think, I cannot get a mortgage like this",
            "utter_y1_remove_defaults",
        ),
        (
            "Information. Specifically: how do I get the two defaults removed from my file? "
            "Checking it is not the same as removing",
            "utter_y1_remove_defaults",
        ),
        (
            "Very well. I suspect they got my details from my post, our building has shared "
            "letterboxes in the hall and I had a bank letter missing in October. Is there "
            "something to do about this?",
            "utter_y1_stolen_post",
        ),
        (
            "You have already told me this three times. My question was about the stolen post.",
            "utter_y1_stolen_post",
        ),
        (
            "Perfect, thank you. Last question: will Report Fraud actually investigate, or is it "
            "only for statistics? My colleague says nobody ever calls back",
            "utter_y1_report_fraud_investigates",
        ),
    ],
)
def test_helene_gets_a_different_answer_to_each_question(text, expected):
    assert said_answer(text, "fraud", HELENE) == expected


def test_complaint_about_a_refused_default_keeps_the_ombudsman_answer():
    text = "Fine. And if the lender refuses to remove the default, where can I complain?"
    assert said_answer(text, "fraud", HELENE) != "utter_y1_remove_defaults"


# -- Kwame's contact: not by email --------------------------------------------------------------
KWAME_CONTACT = {
    "contact_method": "email",
    "referral_consent": True,
    "contact_details": "kwame.asante01@gmail.com",
    "consent": True,
    "contact_safe": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "can u change it so they dont email me then. just use my mates number 07723 418 552 hes "
        "called Jordan",
        "no?? i said DONT email me. call jordans number",
        "phone call not email",
    ],
)
def test_kwame_is_called_not_emailed(text):
    assert corrections(text, KWAME_CONTACT).get("contact_method") == "call"


def test_text_not_email_is_a_text():
    assert corrections("text me not email", KWAME_CONTACT).get("contact_method") == "text"


@pytest.mark.parametrize("text", ["thanks, email is fine", "my email is kwame@x.com", "no"])
def test_email_kept_when_not_put_right(text):
    assert "contact_method" not in corrections(text, KWAME_CONTACT)

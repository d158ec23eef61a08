"""Questions role-players asked that got "I'm sorry, I can't answer that one here" (round 17):
a witness threatened before a trial, the council's anti-social behaviour team, insurance and
the crime number, locks after a burglary or a fire, low mood after a crime, and a card taken by
fake police at the door. Each answer is in bot/domain/responses_answers.yml with its sources;
each has messages as people text them, and near misses that must not get it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from known_answers import answer, sources_above

from core import yaml_files

ANSWERS_FILE = Path(__file__).resolve().parents[2] / "bot" / "domain" / "responses_answers.yml"
RESPONSES = yaml_files.load(ANSWERS_FILE.read_text())["responses"]


def texts(name: str) -> list[str]:
    return [variant["text"] for variant in RESPONSES[name]]


def test_every_new_answer_has_its_sources_written_above_it():
    for name in RESPONSES:
        comments = sources_above(name)
        assert re.search(r"\b[\w.-]+\.(?:uk|org|com)\b", comments), name


# -- a witness threatened -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "they messaged me we know where you live dont go court. is there witness protection?",
        "is there witness protection",
        "is there like witness protection or sumthing",
        "do I have to go to court if they threaten me?",
        "do i av to go court if they threatening me",
        "do i still have to go to court? they said they know where i live",
        "they said they know where i live n not to go court wat do i do",
        "they said theyll get me if i go court",
        "his mates keep threatening me since i gave my statement, what do i do",
        "can police protect me as a witness",
    ],
)
def test_a_threatened_witness_is_told_it_is_a_crime_and_who_helps(text):
    assert answer(text, "serious_violence") == "utter_witness_intimidation"


def test_the_witness_answer_says_what_the_sources_say():
    message = texts("utter_witness_intimidation")[0]
    assert "Criminal Justice and Public Order Act 1994" in message
    assert "officer in your case" in message and "999" in message
    assert "special measures" in message and "0808 168 9291" in message
    assert "witness protection" not in message.lower()  # no scheme is promised


@pytest.mark.parametrize(
    ("text", "crime_type", "expected"),
    [
        ("would they see me in court?", "assault", "utter_court"),
        ("do i have to go to court?", "robbery", "utter_court"),
        ("can i get a court order, he keeps threatening me?", "domestic_abuse", None),
        (
            "he threatened me, should I keep the messages as evidence?",
            "stalking_harassment",
            "utter_keep_evidence",
        ),
    ],
)
def test_court_and_threat_questions_that_are_not_intimidation_keep_their_answers(
    text, crime_type, expected
):
    said = answer(text, crime_type)
    assert said != "utter_witness_intimidation"
    if expected:
        assert said == expected


@pytest.mark.parametrize(
    "text", ["i dont go to court till march", "he threatened me last week", "i was a witness"]
)
def test_a_court_date_or_a_threat_alone_is_not_witness_intimidation(text):
    assert answer(text, "assault") != "utter_witness_intimidation"


# -- the council's anti-social behaviour team ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("can the council do anything?", "stalking_harassment"),
        ("can council do anything??", None),
        ("should i tell the council asb team", "stalking_harassment"),
        ("shud i tell the council asb team", "stalking_harassment"),
        ("what about the anti social behaviour team", "stalking_harassment"),
        ("what can the council actually do about my neighbour", "stalking_harassment"),
        (
            "my neighbour has been harassing me for months, can the council do anything about it?",
            "stalking_harassment",
        ),
        ("what is the community trigger?", "criminal_damage"),
    ],
)
def test_the_council_asb_team_is_explained(text, crime_type):
    assert answer(text, crime_type) == "utter_council_asb"


def test_the_asb_answer_names_the_powers_and_the_case_review_without_a_number():
    message = texts("utter_council_asb")[0]
    assert "Community Protection Notice" in message and "injunction" in message
    assert "ASB Case Review" in message and "3 times in 6 months" in message
    assert not re.search(r"\d{4} ?\d{3}", message)  # each council has its own number


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("my neighbour keeps shouting", "stalking_harassment"),
        ("my neighbour has been harassing me for months", "stalking_harassment"),
        ("will you tell the council?", "stalking_harassment"),
        ("do you work for the council?", None),
        ("can the council help with rehousing?", "domestic_abuse"),
        ("can the council help me move?", "stalking_harassment"),
        ("the asb team came round yesterday", "stalking_harassment"),
        ("can i get a case review", "assault"),
    ],
)
def test_a_neighbour_told_of_or_other_council_questions_are_not_the_asb_answer(text, crime_type):
    assert answer(text, crime_type) != "utter_council_asb"


# -- insurance and the crime reference number -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("my insurance wants a crime number", "burglary"),
        ("insurance company asking for crime ref", "burglary"),
        ("how do i claim on insurance", "burglary"),
        ("how do i claim on my contents insurance", "theft"),
        ("do i need a police report for insurance", "theft"),
        ("do i have to report it to police for my insurance?", "theft"),
        ("where do i get a crime number?", "theft"),
        ("whats my crime number?", "burglary"),
        # Told as the help they need.
        ("practical stuff like insurance letter", "burglary"),
        ("info for insurance", "theft"),
    ],
)
def test_insurance_questions_get_the_crime_number_answer(text, crime_type):
    assert answer(text, crime_type) == "utter_insurance_crime_number"
    message = texts("utter_insurance_crime_number")[0]
    assert "crime reference number" in message and "101" in message


@pytest.mark.parametrize(
    ("text", "crime_type", "expected"),
    [
        ("I have insurance", "burglary", None),
        ("no insurance", "burglary", None),
        ("they gave me a crime number", "burglary", None),
        ("Crime number??", "burglary", None),
        ("nothing really, just a crime ref for insurance which i have", "burglary", None),
        # The compensation scheme's answer stays for "who pays for my things?".
        ("who pay for my tools? insurance? police pay?", "theft", "utter_compensation_not_violent"),
    ],
)
def test_having_insurance_or_a_crime_number_is_not_asking(text, crime_type, expected):
    assert answer(text, crime_type) == expected


# -- locks and a safe home after a burglary or a fire ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("can someone help fix my locks", "burglary"),
        ("can u help me get my locks changed", "burglary"),
        ("i need my locks changed asap", "burglary"),
        ("who pays to fix the front door? they kicked it in", "burglary"),
        ("can the council fix my door?", "burglary"),
        ("how do i make my home safe again", "arson"),
        ("how do i make my home safe again", "burglary"),
        ("can i get smoke alarms fitted?", "arson"),
    ],
)
def test_securing_the_home_is_answered(text, crime_type):
    assert answer(text, crime_type) == "utter_secure_home"


def test_after_a_fire_the_fire_brigade_visit_is_offered_first():
    arson, default = RESPONSES["utter_secure_home"]
    assert arson["condition"][0]["value"] == "arson"
    assert "London Fire Brigade" in arson["text"] and "smoke alarms" in arson["text"]
    assert "landlord" in default["text"] and "insurer" in default["text"]


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("they kicked the door in", "burglary"),
        ("they smashed the back window and took my laptop, please help", "burglary"),
        ("Yes. Should I clean the door off or leave it for the police?", "criminal_damage"),
        # Keeping a partner out is not a burglary repair.
        ("can i get the locks changed so he cant get in", "domestic_abuse"),
        ("how do i make my home safe, he knows where i live", "stalking_harassment"),
    ],
)
def test_an_account_of_a_break_in_or_abuse_is_not_the_locks_answer(text, crime_type):
    assert answer(text, crime_type) != "utter_secure_home"


# -- low mood after a crime -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("i cant sleep, i think im depressed, is there help?", "burglary"),
        ("im not sleeping and i keep having nightmares. is that normal? can i talk to someone",
         "robbery"),
        ("been feeling really low since it happened, is there any counselling?", "assault"),
        ("can i get therapy for this", "robbery"),
        ("im so anxious all the time, who can help", "burglary"),
    ],
)  # fmt: skip
def test_low_mood_gets_talking_therapies_and_support(text, crime_type):
    assert answer(text, crime_type) == "utter_low_mood"


def test_the_low_mood_answer_has_self_referral_and_a_young_persons_version():
    young, adult = RESPONSES["utter_low_mood"]
    assert young["condition"][0]["name"] == "under_18"
    assert "NHS Talking Therapies" in adult["text"] and "GP" in adult["text"]
    assert "0808 168 9291" in adult["text"]
    assert "CAMHS" in young["text"] and "0800 1111" in young["text"]
    assert "Samaritans" not in adult["text"]  # the crisis messages keep Samaritans


@pytest.mark.parametrize(
    ("text", "crime_type", "expected"),
    [
        ("yes depression", "assault", None),
        ("i have depression. does that count?", "assault", None),
        ("does ptsd count as a disability", "assault", "utter_what_counts_disability"),
        ("does victim support do counselling?", "burglary", "utter_about_organisation"),
    ],
)
def test_a_condition_told_or_asked_about_is_not_the_low_mood_answer(text, crime_type, expected):
    assert answer(text, crime_type) == expected


def test_a_crisis_never_gets_the_low_mood_answer():
    assert answer("i want to die, is there help", "assault") != "utter_low_mood"
    assert answer("im depressed and want to end it all, is there help?", None) != "utter_low_mood"


# -- a card taken or used without their say --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        (
            "some men came to the door said they were police and took my card and pin. will the "
            "bank give my money back?",
            "fraud",
        ),
        ("i handed my card to the courier, can the bank refund me?", "fraud"),
        ("i didnt make these payments, will the bank pay me back?", "fraud"),
        ("will i get my money back? they used my card", "theft"),
        ("my card was used in shops i didnt go to, will the bank pay it back?", "theft"),
    ],
)
def test_a_card_taken_or_used_gets_the_unauthorised_payment_answer(text, crime_type):
    assert answer(text, crime_type) == "utter_card_used"


def test_the_card_answer_promises_no_refund_and_reports_to_report_fraud():
    for message in texts("utter_card_used"):
        assert "usually refunded" in message and "Payment Services Regulations" in message
        assert "reportfraud.police.uk" in message
        assert "£85,000" not in message  # the bank transfer rules are another answer
    assert "0300 123 2040" in texts("utter_card_used")[1]


@pytest.mark.parametrize(
    ("text", "crime_type", "expected"),
    [
        ("Will I get my money back?", "fraud", "utter_bank_scam"),
        ("i sent the money to a safe account, will i get it back?", "fraud", "utter_bank_scam"),
        ("should i call my bank?", "theft", "utter_bank_card"),
        ("he took my bank card, should i call the bank?", "domestic_abuse", "utter_bank_card"),
        (
            "Thank you. But what do I do about my bank card. Should I ring the bank.",
            "burglary",
            "utter_bank_card",
        ),
    ],
)
def test_transfers_and_stopping_a_card_keep_their_answers(text, crime_type, expected):
    assert answer(text, crime_type) == expected


def test_sleeplessness_after_a_blow_to_the_head_keeps_the_injury_answer():
    said = answer("i cant sleep and my head really hurts, should i see a doctor?", "assault")
    assert said == "utter_injury"


def test_our_own_reference_number_is_not_the_crime_number():
    assert answer("whats my reference number?", "burglary") != "utter_insurance_crime_number"

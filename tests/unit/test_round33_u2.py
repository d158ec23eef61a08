"""Round 33 answers (helper U2): money, online and complaints questions asked mid-conversation
that got "I can't answer" or the wrong answer.

- Maria, 58, after a romance/crypto scam, was about to pay a "recovery" company £2,000: twice no
  answer, then the Right 10 court-expenses answer. She was told banks usually have to refund,
  though she had moved the money to a crypto account in her own name.
- Olivia, loans taken out in her name, asked who to complain to about a lender (got the Victims'
  Code Right 12 answer) and whether she must pay and can be sent bailiffs (got the credit-file
  answer twice).
- Dev, whose Instagram was hacked and used to post that he is gay, asked if outing someone is a
  crime (got the Domestic Abuse Act answer) and what to do about the account (got "I can't
  answer"); twice he got the insurance answer to messages not about insurance.
- Marcus asked if anyone not police could look at his stop and search; Yemi asked if she can
  complain about how the police treated her son (got Right 12).

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
    sources_above,
)

from actions.account import read_account
from actions.questions import asks_about_insurance, asks_about_property, topic_fits

NEW = (
    "utter_crypto_own_account_refund",
    "utter_lender_complaint",
    "utter_fraud_credit_not_yours",
    "utter_police_complaint",
    "utter_outing_crime",
    "utter_hacked_account",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 33, helper U2")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Maria: a recovery firm wants a fee; money moved to her own crypto account --------------

MARIA_RECOVERY = [
    "No only him. Today I get email from company, they say they can get back my crypto for fee "
    "of 2000. Is good idea?",
    "No. They want me to pay tomorrow, they say after is too late. I think I will pay, I need "
    "this money back, is for my retirement",
    "Thank you. And the company who want 2000 to get my bitcoin back, they are real? I must "
    "decide tonight",
]


@pytest.mark.parametrize("text", MARIA_RECOVERY)
def test_a_recovery_firm_asking_a_fee_is_warned_against(text):
    assert answer(text, "fraud") == "utter_recovery_fee"
    (said,) = sendable("utter_recovery_fee")
    assert "don't pay" in said and "recovery fraud" in said and "0300 123 2040" in said


def test_bitcoin_back_is_not_property_the_police_hold():
    assert not asks_about_property(MARIA_RECOVERY[2])
    assert asks_about_property("will i get my things back though?")


MARIA_OWN_ACCOUNT = (
    "Not yet police. I never meet him in person, only messages, he say his name is David. The "
    "money I send to a crypto website, he give me the link, I make account there and buy the "
    "bitcoin. Bank will still pay back?"
)


def test_money_moved_to_her_own_crypto_account_is_not_promised_a_refund():
    assert answer(MARIA_OWN_ACCOUNT, "fraud") == "utter_crypto_own_account_refund"
    (said,) = sendable("utter_crypto_own_account_refund")
    assert "own name" in said and "usually not covered" in said
    assert "Financial Ombudsman" in said and "0800 023 4567" in said
    assert "psr" in sources_above("utter_crypto_own_account_refund").lower()


def test_where_to_report_a_scam_is_report_fraud():
    said = answer("I dont know. Where I report this? Police station?", "fraud")
    assert said == "utter_how_to_report"
    assert any("Report Fraud" in text for text in sendable(said, crime_type="fraud"))


@pytest.mark.parametrize(
    ("text", "crime_type", "expected"),
    [
        # A bank transfer of her own: the bank answer stands.
        (
            "I am safe yes. Can the bank give me back the money? I send it from my Barclays "
            "account",
            "fraud",
            "utter_bank_scam",
        ),
        ("will i get my money back?", "fraud", "utter_bank_scam"),
        ("I paid 500 by bank transfer to him, can I get it back?", "fraud", "utter_bank_scam"),
        ("who pays for my car", "criminal_damage", "utter_damage_who_pays"),
    ],
)
def test_ordinary_money_questions_keep_their_answers(text, crime_type, expected):
    assert answer(text, crime_type) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Is there anyone who can come and change the locks? I cannot afford a locksmith's "
        "call-out fee.",
        "will i get my things back though?",
        "how do I get my stuff back from the police",
        "I have bitcoin in my wallet, is that safe?",
    ],
)
def test_ordinary_messages_get_neither_new_money_answer(text):
    for crime_type in ("fraud", "burglary", None):
        assert answer(text, crime_type) not in ("utter_recovery_fee", *NEW)


# -- 2. Olivia: a lender that won't accept it was fraud; must she pay; bailiffs ----------------

OLIVIA_FIRST = (
    "Hi. I've been a victim of identity fraud - someone has taken out three loans in my name and "
    "I now have creditors calling me daily. I need to know what to do, step by step."
)
OLIVIA = {"account_details": sorted(read_account(OLIVIA_FIRST).details)}


def test_her_account_is_identity_fraud():
    assert "identity_fraud" in OLIVIA["account_details"]


def test_a_complaint_about_a_lender_goes_to_the_financial_ombudsman_not_right_12():
    text = (
        "And if a lender refuses to accept it was fraud and keeps chasing me, who do I complain to?"
    )
    assert answer(text, "fraud", **OLIVIA) == "utter_lender_complaint"
    assert answer(text, "fraud") == "utter_lender_complaint"
    assert not topic_fits("complaint", text)
    (said,) = sendable("utter_lender_complaint")
    assert "Financial Ombudsman" in said and "Parliamentary" not in said


@pytest.mark.parametrize(
    "text",
    [
        "No. Just stressed and not sleeping. The creditors are the main problem - do I have to "
        "pay these loans back while it's being looked at? One has threatened bailiffs.",
        "No. But you didn't say - do I have to keep paying and can they actually send bailiffs "
        "for a loan I never took out?",
    ],
)
def test_whether_she_must_pay_and_bailiffs_are_answered(text):
    assert answer(text, "fraud", **OLIVIA) == "utter_fraud_credit_not_yours"
    (said,) = sendable("utter_fraud_credit_not_yours")
    assert "aren't liable" in said and "court judgment" in said


@pytest.mark.parametrize(
    ("text", "crime_type", "answers", "expected"),
    [
        # Complaints about Code services stay with Right 12.
        (
            "police havent updated me in months, who do i complain to",
            "assault",
            {},
            "utter_ask_right/complaint",
        ),
        ("how do I fix my credit file", "fraud", OLIVIA, "utter_identity_fraud"),
        (
            "who do i ring to stop the debt collectors, thats what i actually need",
            "fraud",
            OLIVIA,
            "utter_identity_fraud_debt_collectors",
        ),
    ],
)
def test_other_complaints_and_credit_questions_keep_their_answers(
    text, crime_type, answers, expected
):
    assert answer(text, crime_type, **answers) == expected


@pytest.mark.parametrize(
    "text",
    [
        "do i have to pay for the locksmith myself?",
        "the loan shark threatened me again last night",
        "will the bailiffs come to my neighbour's house?",
    ],
)
def test_no_lender_answers_without_identity_fraud_or_a_complaint(text):
    for crime_type in ("burglary", "stalking_harassment", None):
        assert answer(text, crime_type) not in (
            "utter_lender_complaint",
            "utter_fraud_credit_not_yours",
        )


def test_right_12_still_fits_complaints_about_the_police():
    assert topic_fits("complaint", "police havent updated me in months, who do i complain to")
    assert topic_fits("complaint", "the officer was really rude to me how do i complain")


# -- 3. Dev: is outing a crime; the hacked account; insurance he never mentioned ----------------

DEV_OUTING = [
    "Not sure. They posted that I'm gay, which I am, but I think it's to embarrass me so people "
    "pay up? Is outing someone even a crime?",
    "What? This isn't domestic abuse, I don't know who it is. I asked if outing someone is a "
    "crime. No disabilities. Anxiety maybe but not diagnosed",
]


@pytest.mark.parametrize("text", DEV_OUTING)
@pytest.mark.parametrize("crime_type", ["fraud", "stalking_harassment", "online_abuse", None])
def test_outing_gets_the_law_on_hacking_and_hate_not_economic_abuse(text, crime_type):
    assert answer(text, crime_type) == "utter_outing_crime"
    (said,) = sendable("utter_outing_crime")
    assert "Computer Misuse Act" in said and "hate crime" in said and "Galop" in said
    assert "Domestic Abuse" not in said


DEV_ACCOUNT = [
    "Yes that's fine. But seriously, what do I do right now about the account? My mum follows me",
    "I never mentioned insurance?? Ok forget it. Not scared of court no. I just need the account "
    "back and the post down",
    "man. And nothing about getting into my account or the post?",
]


@pytest.mark.parametrize("text", DEV_ACCOUNT)
def test_the_hacked_account_gets_the_steps(text):
    for crime_type in (None, "fraud", "stalking_harassment"):
        assert answer(text, crime_type, account_details=["online"]) == "utter_hacked_account"
    (said,) = sendable("utter_hacked_account")
    assert "instagram.com/hacked" in said and "not to send money" in said


@pytest.mark.parametrize("text", [DEV_OUTING[1], DEV_ACCOUNT[1]])
def test_messages_not_about_insurance_do_not_get_the_insurance_answer(text):
    assert not asks_about_insurance(text)


@pytest.mark.parametrize(
    "text",
    [
        "my insurance wants a crime number",
        "where do i get a crime no?",
        "how do I claim on insurance?",
    ],
)
def test_insurance_questions_still_get_it(text):
    assert asks_about_insurance(text)


@pytest.mark.parametrize(
    "text",
    [
        "my bank account was hacked what do i do",
        "can you get the post down",
        "he called me gay and punched me, is that a hate crime?",
        "We were on a school outing when it happened, is that a crime?",
        "is it a crime to post pictures of me without asking?",
        "is what he does with my money even a crime?",
    ],
)
def test_ordinary_messages_get_neither_online_answer(text):
    for crime_type in ("fraud", "assault", "domestic_abuse", None):
        assert answer(text, crime_type) not in ("utter_outing_crime", "utter_hacked_account")


def test_economic_abuse_is_still_answered_for_a_partner():
    said = answer("is what he does with my money even a crime?", "domestic_abuse")
    assert said == "utter_economic_abuse"


# -- 4. Marcus and Yemi: complaining about what the police did ---------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("you skipped the stop and search bit. is there anyone independent", "criminal_damage"),
        (
            "By the boys, no I dont think so. By the police maybe, honestly. They took one look "
            "at him. Can I complain about how they treated him?",
            "assault",
        ),
        ("the police were really rude to me, can I complain?", "assault"),
    ],
)
def test_complaints_about_police_conduct_get_the_iopc_route(text, crime_type):
    assert answer(text, crime_type) == "utter_police_complaint"
    (said,) = sendable("utter_police_complaint")
    assert "IOPC" in said and "independent" in said and "Victims' Code" not in said
    assert "askthe.police.uk" in sources_above("utter_police_complaint")


def test_the_car_question_in_the_same_message_keeps_the_damage_answer():
    # One answer per message: he had asked about the car three times, so the car comes first;
    # "is there anyone independent" next gets the IOPC answer.
    text = "maybe. who pays for my car. and the stop and search, can anyone not police look at that"
    assert answer(text, "criminal_damage") == "utter_damage_who_pays"


@pytest.mark.parametrize(
    "text",
    [
        "police havent updated me in months, who do i complain to",
        "no one has called me back for weeks, can i complain?",
        "the police treated me really well, thank you",
        "is there anyone independent I can talk to?",
        "can i complain about the council?",
    ],
)
def test_ordinary_messages_do_not_get_the_police_complaint_answer(text):
    for crime_type in ("assault", "burglary", None):
        assert answer(text, crime_type) != "utter_police_complaint"

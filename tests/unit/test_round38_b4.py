"""Round 38 (helper B4): what two role-players asked that went wrong.

- Mr Chen, 70, who moved £12,000 to a "safe account" after a fake bank call, ashamed and hard of
  hearing: "would the police or the bank contact my son about this without my permission?" got
  "stop your card"; "Is Report Fraud the same as Action Fraud, which the bank mentioned?" got the
  bank-refund answer; "Could this be the same people?" (calls from a withheld number) got "I
  can't answer".
- Priya, 31, whose husband controls all the money and reads her phone: "can i get my own bank
  account without him finding out" got "stop your cards", which he would notice; "is there
  anyone who helps with money stuff?" got "I can't answer".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable

CHEN = {"relationship_to_offender": "stranger", "age": 70, "impairment": True}
PRIYA = {"relationship_to_offender": "partner_or_ex", "age": 31, "gender": "woman"}
CARD_ANSWERS = ("utter_bank_card", "utter_card_used", "utter_bank_scam")

# -- answers: one SMS each, sourced, numbers in the directory ----------------------------------

NEW = (
    "utter_police_bank_tell_family_fraud",
    "utter_withheld_calls_scammers",
    "utter_own_account_safely",
    "utter_economic_abuse_help",
)


@pytest.mark.parametrize("name", NEW)
def test_each_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name,
        "round 38, helper B4",
        ({}, {"cannot_phone": True}, {"gender": "man"}, {"for_someone_else": True}),
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def test_someone_who_cannot_phone_is_given_no_number_to_call():
    for name in ("utter_withheld_calls_scammers", "utter_own_account_safely"):
        (text,) = sendable(name, cannot_phone=True)
        assert "call 159" not in text and "0808" not in text, name
    (text,) = sendable("utter_economic_abuse_help", cannot_phone=True)
    assert "0808" not in text and "londonvws.org.uk" in text


def test_a_man_is_given_the_mens_advice_line_not_the_womens_helpline():
    for name in ("utter_own_account_safely", "utter_economic_abuse_help"):
        (text,) = sendable(name, gender="man")
        assert "0808 801 0327" in text and "0808 2000 247" not in text, name


# -- 1. Mr Chen: will the police or the bank tell my son? -------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Thank you. While I wait, would the police or the bank contact my son about this without "
        "my permission?",
        "will my son have to be told?",
        "does my family have to know?",
        "I would be grateful to know whether my family will have to be told about this, as I "
        "would prefer my son not to know.",
        "will the bank tell my daughter about the scam?",
        "do the police inform family members?",
        "would barclays ring my son",
    ],
)
def test_chen_is_told_whom_to_tell_is_his_choice(said):
    assert answer(said, "fraud", **CHEN) == "utter_police_bank_tell_family_fraud"
    (text,) = sendable("utter_police_bank_tell_family_fraud")
    assert "your choice" in text and "159" not in text


@pytest.mark.parametrize(
    "said",
    [
        "should I tell my son?",  # his own choice: utter_telling_family_after_scam
        "will you tell my son?",  # this chat: the privacy answer
        "my son helped me ring the bank",
        "can my son report it for me?",
        "will my son be able to help me?",
        "A stranger, a man on the telephone.",
        "the police said they would call me back, is that normal?",
        "Yes, it is safe. I live alone.",
    ],
)
def test_ordinary_messages_are_not_the_family_answer(said):
    assert answer(said, "fraud", **CHEN) != "utter_police_bank_tell_family_fraud"


def test_whether_to_tell_family_himself_keeps_its_answer():
    said = "SHOULD I TELL MY SON. HE WILL BE CROSS WITH ME"
    assert answer(said, "fraud", **CHEN) == "utter_telling_family_after_scam"


def test_the_family_answer_is_not_for_abuse_by_family_or_a_child():
    said = "will the police tell my family?"
    assert answer(said, "domestic_abuse", **PRIYA) != "utter_police_bank_tell_family_fraud"
    assert answer(said, "fraud", age=15) != "utter_police_bank_tell_family_fraud"


# -- 2. Mr Chen: is Report Fraud the same as Action Fraud? -------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Is Report Fraud the same as Action Fraud, which the bank mentioned?",
        "the bank told me to go to action fraud, is that the same thing as report fraud?",
        "whats the difference between action fraud and report fraud",
        "has action fraud changed its name?",
    ],
)
def test_chen_is_told_report_fraud_replaced_action_fraud(said):
    assert answer(said, "fraud", **CHEN) == "utter_action_fraud"
    (text,) = sendable("utter_action_fraud")
    assert "replaced Action Fraud" in text and "0300 123 2040" in text


@pytest.mark.parametrize(
    "said",
    [
        "Action Fraud. Is that the police or not?",
        "I reported it to action fraud yesterday",
        "how do i contact report fraud?",
        "Barclays mentioned something called Action Fraud.",
        "the bank has opened a case",
    ],
)
def test_ordinary_messages_are_not_the_same_service_answer(said):
    # A question that names Action Fraud alone may still get utter_action_fraud from the older
    # row below; these must not be routed here by the new one.
    from actions.questions import asks_if_report_fraud_is_action_fraud

    assert not asks_if_report_fraud_is_action_fraud(said)


@pytest.mark.parametrize(
    "said",
    [
        "Action Fraud. Is that the police or not?",
        # Mr Chen's earlier message, which got the bank answer (and, with "something called",
        # must not be read as a phone call from the scammers).
        "I have not reported it to the police. Barclays mentioned something called Action Fraud. "
        "Should I report it there, and is that the same as the police? You also did not answer "
        "my question about my family.",
        "is report fraud part of the police?",
    ],
)
def test_whether_action_fraud_is_the_police_gets_that_answer(said):
    assert answer(said, "fraud", **CHEN) == "utter_action_fraud_is_police"


# -- 3. Mr Chen: calls from a withheld number ---------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No. However, I have received two further calls today from a withheld number which I did "
        "not answer. Could this be the same people?",
        "ive had 2 calls from a private number. is it them again?",
        "someone keeps ringing from a withheld number, could it be the scammers?",
        "got missed calls from no caller id today, same people??",
    ],
)
def test_chen_is_told_the_calls_may_be_the_scammers(said):
    assert answer(said, "fraud", **CHEN) == "utter_withheld_calls_scammers"
    (text,) = sendable("utter_withheld_calls_scammers")
    assert "159" in text and "reportfraud.police.uk" in text and "no details" in text


@pytest.mark.parametrize(
    "said",
    [
        "No. However, I have received two further calls today.",
        "the bank called me back today",
        "he is ringing again today, what do I say",  # the recovery-fee answer
        "they rang saying i can get my money back if i pay a release fee, is it the same people?",
        "will they try again?",  # utter_scammers_try_again
        "A stranger, a man on the telephone. He knew my name.",
        "can the bank call me instead of texting?",
        "I missed a call from the bank, would it help them if i called back?",
        "the scammer called me from the same number, is that the same as the bank number?",
    ],
)
def test_ordinary_messages_are_not_the_calls_answer(said):
    assert answer(said, "fraud", **CHEN) != "utter_withheld_calls_scammers"


def test_same_people_after_a_burglary_is_not_the_scam_calls_answer():
    said = "i had calls from a withheld number, could it be the same people?"
    assert answer(said, "burglary") != "utter_withheld_calls_scammers"


# -- 4. Priya: her own account, and who helps with money --------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "someone to talk to, and help with money. i dont have any of my own. can i open a bank "
        "account without him knowing?",
        "english. but you didnt answer, can i get my own bank account without him finding out",
        "harrow. and no i dont want to stop cards, he would notice!! i want my OWN account he "
        "doesnt know about",
        "how do i set up a secret account",
        "is it possible to have a separate bank account he cant see",
    ],
)
def test_priya_is_told_how_to_open_her_own_account_safely(said):
    assert answer(said, "domestic_abuse", **PRIYA) == "utter_own_account_safely"
    assert answer(said, None, **PRIYA) == "utter_own_account_safely"
    (text,) = sendable("utter_own_account_safely")
    assert "different bank" in text and "stop" not in text


@pytest.mark.parametrize(
    "said",
    [
        "is there anyone who helps with money stuff? like when he controls it all",
        "who can help me with money, he takes all my wages?",
        "is there a charity for financial abuse?",
        "who helps people in economic abuse?",
    ],
)
def test_priya_is_told_who_helps_with_economic_abuse(said):
    assert answer(said, "domestic_abuse", **PRIYA) == "utter_economic_abuse_help"


@pytest.mark.parametrize(
    "said",
    [
        "can i open a bank account without him knowing?",
        "can i get my own bank account without him finding out",
        "i want my OWN account he doesnt know about",
        "is there anyone who helps with money stuff? like when he controls it all. i need my own "
        "account",
    ],
)
def test_priya_is_never_told_to_stop_her_cards(said):
    assert answer(said, "domestic_abuse", **PRIYA) not in CARD_ANSWERS


@pytest.mark.parametrize(
    "said",
    [
        "its my husband. he checks my phone, he has all the money, my wages go into his account "
        "and he decides who i can see",
        "wait its me its happening to, im not writing for someone else. and does it count if he "
        "doesnt hit me?",
        "hes got my bank card, what do i do?",
        "yes but ONLY text, between 12 and 1 on weekdays. never call, never leave voicemail",
        "this number. 07700 900461",
        "ok. you wont tell the police will you? i dont want him arrested i just want help",
        "so is it kept or deleted? will they still text me?",
    ],
)
def test_ordinary_messages_are_not_the_money_answers(said):
    assert answer(said, "domestic_abuse", **PRIYA) not in (
        "utter_own_account_safely",
        "utter_economic_abuse_help",
    )


def test_an_account_asked_about_after_a_stranger_is_not_the_abuse_answer():
    for said in ("can i open a new bank account?", "should i get a separate account now?"):
        assert answer(said, "fraud", **CHEN) != "utter_own_account_safely"

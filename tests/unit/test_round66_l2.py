"""Round 66, helper l2: Gareth, 58, paid a builder £6,000 up front and the builder vanished."""

from __future__ import annotations

import pytest

from actions.answers import read_relationship
from tests.unit.known_answers import (
    answer_in_conversation,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

GARETH_SAID = [
    "Paid a builder 6 grand up front for an extension in March, he did 2 days work and now his "
    "phone is dead and his van's gone. Is this fraud or is it 'just a civil matter' like my "
    "brother-in-law keeps saying",
]
GARETH = dict(consent=True, age=58.0)


def gareth(text: str) -> str | None:
    return said_answer(text, "fraud", GARETH_SAID, **GARETH)


def test_first_message_fraud_or_civil():
    got = answer_in_conversation(GARETH_SAID[0], None, [], consent=True)
    assert got is not None and got.response == "utter_l2_trader_fraud_or_civil"


@pytest.mark.parametrize(
    "text",
    [
        "He didnt say work was needed that wasnt, I hired him to build an extension. You havent "
        "answered the question. Fraud or civil. yes ok keep it",
        "no not reported. Police told my neighbour it was civil when it happened to him. Whats "
        "the point",
        "is it a crime or a civil matter?",
        "so is this civil or fraud",
    ],
)
def test_fraud_or_civil(text):
    assert gareth(text) == "utter_l2_trader_fraud_or_civil"


@pytest.mark.parametrize(
    "text",
    [
        "no. can I take him to small claims court or what",
        "so last time. if I report it to Report Fraud and the police say its civil, then what? "
        "small claims? and is the bank thing real or not",
        "can i sue him?",
    ],
)
def test_small_claims(text):
    assert gareth(text) == "utter_l2_trader_small_claims"


def test_last_question_gets_no_phone_theft_and_the_bank_answer_too():
    text = (
        "so last time. if I report it to Report Fraud and the police say its civil, then what? "
        "small claims? and is the bank thing real or not"
    )
    got = answer_in_conversation(text, "fraud", GARETH_SAID, **GARETH)
    assert got is not None
    names = [got.response, *(say.response for say in got.then)]
    assert "utter_w2_report_fraud_too" not in names
    assert "utter_l2_trader_bank_dispute" in names


@pytest.mark.parametrize(
    "text",
    [
        "What? Nobody pretended to be my bank. I paid the builder by bank transfer, his invoice. "
        "So my bank will refund me the 6k?? Really?",
        "will my bank give me the money back?",
    ],
)
def test_bank_refund_for_a_builder_is_not_promised(text):
    assert gareth(text) == "utter_l2_trader_bank_dispute"


def test_feel_like_a_mug_gets_no_bank_impersonation():
    assert gareth("No of course not. Just out of pocket and feel like a mug") == (
        "utter_l2_trader_not_your_fault"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Yes I know exactly who, Dean something, DJ Building Services, found him on facebook. got "
        "his name and the bank details I paid into",
        "the builder!! I just told you",
        "the plumber",
        "my landlord",
    ],
)
def test_the_builder_is_someone_known(text):
    assert read_relationship(text).value == "someone_known"


@pytest.mark.parametrize(
    "text",
    ["a builder knocked on the door", "a man pretending to be a builder", "a stranger"],
)
def test_doorstep_or_pretend_trader_is_not_known(text):
    assert read_relationship(text).value != "someone_known"


# Near misses from other people: the refund answer still goes to a bank impersonation scam,
# even one where a builder is mentioned, and no trader answer without a trader.
def test_safe_account_scam_still_gets_refund_answer():
    said = ["someone rang pretending to be from my bank and said move it to a safe account"]
    got = said_answer("I feel such a silly old fool", "fraud", said, consent=True, age=82.0)
    assert got == "utter_q2_scam_not_your_fault"


def test_builder_invoice_hacked_keeps_refund_answers():
    said = ["my builders email was hacked and the invoice had new bank details, I paid the scammer"]
    got = said_answer("I feel such an idiot", "fraud", said, consent=True)
    assert got != "utter_l2_trader_not_your_fault"


@pytest.mark.parametrize(
    "text,said",
    [
        ("Is identity fraud a crime or a civil matter? Yes or no will do.", []),
        ("can the builder take me to court?", ["a roofer knocked on my door and did my roof"]),
        ("will my bank give me the money back?", ["they said they were from the bank"]),
    ],
)
def test_other_people_do_not_get_trader_answers(text, said):
    got = said_answer(text, "fraud", said, consent=True)
    assert got not in (
        "utter_l2_trader_fraud_or_civil",
        "utter_l2_trader_small_claims",
        "utter_l2_trader_bank_dispute",
    )


@pytest.mark.parametrize(
    "name",
    [
        "utter_l2_trader_fraud_or_civil",
        "utter_l2_trader_small_claims",
        "utter_l2_trader_bank_dispute",
        "utter_l2_trader_not_your_fault",
    ],
)
def test_new_answers_are_one_sms_with_sources(name):
    assert_one_sms_with_source(name, "# -- round 66, helper l2 --")
    assert numbers_not_in_directory(name) == []


@pytest.mark.parametrize(
    "text",
    [
        "Yes I know exactly who, Dean something, DJ Building Services, found him on facebook. got "
        "his name and the bank details I paid into",
        "the builder!! I just told you",
    ],
)
async def test_the_form_takes_the_builder_as_someone_known(text, dispatcher, domain):
    from tests.unit.conftest import make_tracker
    from tests.unit.test_assessment_form import FORM

    slots = {
        "consent": True, "in_danger": False, "crime_type": "fraud", "reported_to_police": False,
        "age": 58.0,
    }  # fmt: skip
    tracker = make_tracker(slots=slots, text=text, requested_slot="relationship_to_offender")
    events = await FORM.run(dispatcher, tracker, domain)
    set_to = {event["name"]: event["value"] for event in events if event.get("event") == "slot"}
    assert set_to.get("relationship_to_offender") == "someone_known"

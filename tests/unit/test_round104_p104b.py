"""Round 104, helper p104b: Sipho's contact times, Stan's loan to a man from church, and
Fatima's question about Tell MAMA (role-play findings b and e)."""

from __future__ import annotations

from actions.answers import contact_said
from tests.unit.known_answers import answer_in_conversation

_STAN_SAID = [
    "yes thats ok i suppose. there is a man at my church, Derek, i lent him money for his "
    "business, he said he would pay back, it was fifteen thousand pounds over the year, and now "
    "he wont answer the phone. my wife passed two years ago she always did the money",
    "i told you, i lent the money to Derek from church. fifteen thousand. i think maybe it was a "
    "scam now, my daughter says it was a scam",
    "you asked me that already. the money. Derek. i gave him cash mostly, some was a cheque. so "
    "will the bank give it back?",
    "Derek. from the church. i have known him six years, he came for tea after my wife died. i "
    "dont want the church to find out i was so stupid",
]


def test_sipho_after_five_on_weekdays_at_work_is_not_not_weekdays() -> None:
    # "any time after 5 on weekdays, I'm at work" was said back as "after 5, not weekdays".
    text = "yes. mobile 07700 900 482. any time after 5 on weekdays, I'm at work"
    times = contact_said(text).get("contact_times") or ""
    assert "not weekdays" not in times
    assert "weekdays" in times and "after 5" in times


def test_stan_is_it_a_crime_about_money_lent_to_man_from_church_is_fraud_answer() -> None:
    # Got the Domestic Abuse Act answer, though Derek is neither family nor partner.
    text = (
        "well he asked lots of times. five or six times i gave him money. always said next month "
        "he pay me back. is it even a crime though if i gave it him? nobody has told me"
    )
    question = text.split("money. ", 1)[1]  # the question beside his answer to the form
    for asked in (text, question):
        for offender in (None, "someone_known"):
            said = answer_in_conversation(
                asked, None, _STAN_SAID, relationship_to_offender=offender
            )
            assert said is not None and said.response == "utter_p5_unpaid_loan_may_be_fraud"


def test_stan_paid_cash_and_cheque_gets_no_bank_transfer_refund() -> None:
    # "i gave him cash mostly, some was a cheque", then told banks refund UK bank transfers.
    text = (
        "court? i dont know. i wouldnt like to. will i get my money back though, thats what i "
        "need to know"
    )
    said = answer_in_conversation(text, "fraud", _STAN_SAID)
    assert said is not None and said.response == "utter_cash_not_refunded"


def test_fatima_tell_mama_without_police_is_not_for_a_child() -> None:
    # "Yes. You can report it to the police for your child, whatever the school says" (her own
    # hijab was pulled; her son was only mentioned on the school run).
    said = [
        "Hello. I would like some advice please. A woman who lives on my road has been leaving "
        "notes at my door for months, and last week she pulled my hijab in the street.",
        "No, I am safe at home now. But I am nervous to walk past her house when I take my son "
        "to school.",
        "I am 38.",
    ]
    text = (
        "Thank you. Can I report to Tell MAMA without the police, so she does not find out my "
        "name? That is my main worry."
    )
    reply = answer_in_conversation(
        text, "assault", said, age=38.0, hate_motivated=True, reported_to_police=False
    )
    assert reply is None or not (reply.response or "").startswith("utter_t84f_parent_can_report")

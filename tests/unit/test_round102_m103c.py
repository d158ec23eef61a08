"""Round 102/101 findings fixed by helper m103c: wrong facts recorded or said back, and answers
for another situation (Joyce, courier fraud; Kai, an image shared by an ex; Agnes, her age)."""

from __future__ import annotations

from actions.account import read_account
from actions.answers import read_answer
from tests.unit.known_answers import answer_in_conversation, said_answer, sendable

JOYCE_FIRST = (
    "No I am safe at home. It is about some money. A man telephoned on tuesday saying he was a "
    "detective from the police and my bank had been robbing people and I was to take out my money "
    "to help catch them. And then a courier came to my door in Enfield and I gave him £2,000 in an "
    "envelope. I feel such a silly old woman"
)
JOYCE_SAID = [
    "Hello. I hope this is the right place. I have been rather foolish and I don't know who "
    "to tell",
    JOYCE_FIRST,
]


def test_joyce_handing_cash_to_a_fake_detective_is_fraud_not_robbery() -> None:
    # "Thank you. I've noted: a robbery." Nobody forced her: she was tricked into handing it over.
    assert read_account(JOYCE_FIRST).crime_type == "fraud"


def test_a_real_robbery_is_still_a_robbery() -> None:
    said = "A man saying he was from the bank came to my door, pushed me and grabbed my purse"
    assert read_account(said).crime_type != "fraud"


def test_joyce_money_back_gets_the_cash_rule_not_the_card_rule() -> None:
    # "Will I get my money back do you think?" got the card-payment refund rule; it was cash.
    text = (
        "oh dear no, I meant 81 not 18! my fingers. I am 81. And no it was only the once, though "
        "the telephone has rung twice since and I have not answered it. Will I get my money back "
        "do you think? It was for my grandson's wedding present"
    )
    assert said_answer(text, "fraud", JOYCE_SAID) == "utter_cash_not_refunded"


def test_joyce_phone_rings_again_gets_the_courier_fraud_answer() -> None:
    # "But what do I do if the phone rings again and it's them?" got "real council workers and
    # traders don't ring for cash".
    got = said_answer(
        "English please. But what do I do if the phone rings again and it's them?",
        "fraud",
        JOYCE_SAID,
        account_details=["doorstep"],
    )
    assert got == "utter_m103c_impostor_rings_again"
    assert len(sendable("utter_m103c_impostor_rings_again")[0]) <= 320


def test_kai_reported_to_instagram_is_not_told_the_police() -> None:
    # "you've told the police": Kai "reported it to insta not the police".
    said = (
        "hi um my ex posted a private pic of me on insta yesterday and i reported it but its still "
        "up and they keep making new accounts to message me. idk what to do"
    )
    assert read_account(said).reported is not True
    assert read_account("i reported it to the police and to instagram").reported is True


KAI_SAID = [
    "hi um my ex posted a private pic of me on insta yesterday and i reported it but its still up "
    "and they keep making new accounts to message me. idk what to do",
    "getting it down. and making them stop messaging me, i block one and theres another one like "
    "10 mins later",
]


def test_kai_how_to_make_the_messages_stop_is_answered() -> None:
    # "but what about the messages?? how do i make them stop" got "I can't answer".
    got = said_answer(
        "english. but what about the messages?? how do i make them stop",
        "stalking_harassment",
        KAI_SAID,
        offender="partner_or_ex",
    )
    assert got == "utter_m103c_stop_new_accounts"
    assert len(sendable("utter_m103c_stop_new_accounts")[0]) <= 320


def test_agnes_age_corrected_in_the_same_message() -> None:
    # "I am 38. oh no sorry my glasses, 83 i mean" kept 38.
    assert read_answer("age", "I am 38. oh no sorry my glasses, 83 i mean").value == 83
    assert read_answer("age", "38 no 83").value == 83
    assert read_answer("age", "oh dear no, I meant 81 not 18! my fingers. I am 81.").value == 81
    assert read_answer("age", "I am 38").value == 38


def test_agnes_check_of_her_age_is_said_back() -> None:
    # "you did put 83 didnt you? not 38" got "I can't answer".
    got = answer_in_conversation(
        "you did put 83 didnt you? not 38", "stalking_harassment", [], age=83.0
    )
    assert got is not None and got.text is not None and "you are 83" in got.text


JOYCE_CONTACT = dict(
    crime_type="fraud", consent=True, in_danger=False, results_shown=True, age=81.0,
    impairment=True, cannot_phone=True, borough="enfield", referral_consent=True,
    contact_safe=True,
)  # fmt: skip


async def _contact_form(dispatcher, domain, text):
    from actions.assessment_form import ValidateNeedsAssessmentForm
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(slots=JOYCE_CONTACT, text=text, requested_slot="contact_method", turn={})
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    sent = [m.get("response") for m in dispatcher.messages]
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}, sent


async def test_joyce_letter_at_the_contact_question_is_answered_not_looped(dispatcher, domain):
    # "by letter please. 14 Laburnum Road" got "How should they contact you?" again, unexplained.
    _, sent = await _contact_form(dispatcher, domain, "by letter please. 14 Laburnum Road")
    assert "utter_m103c_no_letter" in sent


async def test_joyce_son_has_email_is_not_her_email(dispatcher, domain):
    # "I don't really do email ... or speak to Graham, he's my son, he has email" got "they'll
    # contact you by email".
    text = (
        "I don't really do email, I only have this because my granddaughter set it up. could "
        "they not write a letter? or speak to Graham, he's my son, he has email"
    )
    set_now, sent = await _contact_form(dispatcher, domain, text)
    assert set_now.get("contact_method") != "email"
    assert "utter_q82f_email_not_letter" not in sent


def test_speak_to_her_son_is_not_a_call_to_her() -> None:
    text = (
        "I don't really do email, I only have this because my granddaughter set it up. could "
        "they not write a letter? or speak to Graham, he's my son, he has email"
    )
    assert read_answer("contact_method", text).value is None
    assert read_answer("contact_method", "email please, my son has email too").value == "email"

"""Round 99, helper k99c: Dev, Iris, Connor and Zanele (role-play findings, helper c)."""

from __future__ import annotations

from actions import reading
from actions.account import read_account
from actions.answers import read_answer
from actions.questions import known_answer
from core import contact_notes
from tests.unit.known_answers import ORGANISATIONS, answer, answer_in_conversation, sendable


def test_dev_after_six_because_at_work_is_kept_as_after_six() -> None:
    # "after 6 weekdays, im at work" was sent back as "im at work, not after 6 weekdays".
    text = "after 6 weekdays, im at work. and no letters to my flat ok?"
    times = read_answer("contact_times", text).value
    assert times == "after 6 weekdays, im at work"
    assert reading.y73d_busy_times(text, times) == "after 6 weekdays, im at work"


def test_connor_off_work_for_weeks_is_not_a_repeat() -> None:
    # "I've noted: an assault and it has happened more than once" (he said nothing like it).
    text = (
        "alright. got knocked off my bike tuesday by some bloke in a van, on purpose, after he'd "
        "been beeping at me and i tapped his mirror. he swerved right into me and drove off. "
        "broken collarbone. im a courier, self employed, cant work for like 6 weeks. who pays "
        "for this"
    )
    assert read_account(text).repeat is not True


def test_zanele_money_controlled_by_husband_is_not_a_robbery() -> None:
    # "I've noted: a robbery." -> "It is not a robbery. It is my husband, the way he treats me."
    text = (
        "ok yes. He controls all my salary, I am a nurse but he takes my card. He shouts and says "
        "he will have me sent back to South Africa because my visa is with him. Once he pushed me "
        "against the wall. Will I be deported if I leave him?"
    )
    assert read_account(text).crime_type == "domestic_abuse"


def test_connor_benefits_question_does_not_get_the_domestic_abuse_helpline() -> None:
    # "can i get universal credit or something while im off?" got "The Helpline can help you
    # plan money and a safe place ... 0808 2000 247".
    said = answer(
        "can i get universal credit or something while im off?",
        "assault",
        relationship_to_offender="stranger",
    )
    assert said == "utter_k99c_benefits_while_off"
    text = sendable("utter_k99c_benefits_while_off")[0]
    assert "0808 2000 247" not in text and "safe place" not in text
    assert len(text) <= 320
    said = answer(
        "no. just road rage. u still havent said what i live on for 6 weeks, im self employed no "
        "sick pay",
        "assault",
    )
    assert said == "utter_k99c_benefits_while_off"


def test_zanele_what_will_i_live_on_if_i_leave_is_answered() -> None:
    # "what will I live on if I leave, he has everything" got "I can't answer your question".
    said = answer("what will I live on if I leave, he has everything", "domestic_abuse")
    assert said == "utter_q82e_benefits_own_money"


def test_iris_shopping_how_am_i_to_manage_is_answered() -> None:
    text = (
        "No. Never before. I have lived in Camden for sixty years. My concern now is the "
        "shopping. My daughter lives in Canada, in Toronto, and I cannot carry anything with this "
        "arm. How am I to manage?"
    )
    assert answer(text, "robbery") == "utter_m79g_help_with_shopping"


def test_iris_how_long_before_someone_rings_is_about_the_call() -> None:
    answers = {"crime_type": "robbery", "referral_consent": True, "contact_safe": True}
    for text in (
        "Yes, I have an answering machine. How long will it be before someone rings?",
        "I meant how long before the support worker telephones me, not the police. Thank you for "
        "your help.",
    ):
        said = known_answer(text, "robbery", ORGANISATIONS, True, answers=answers)
        assert said is not None and said.response == "utter_when_contacted"
    said = known_answer(
        "how long will the court case take?", "robbery", ORGANISATIONS, True, answers=answers
    )
    assert said is not None and said.response == "utter_how_long"


DEV_SAID = [
    "ok yeah thats fine. so basically a guy i met on an app came round mine friday night and he "
    "took my phone and made me give him my pin and he moved money out of my bank app. like "
    "£1400. and then he said if i go to anyone he'll tell my family im gay. they dont know",
    "no im ok now i think. hes got my address tho",
]


def test_dev_threat_to_out_him_if_he_reports_gets_what_to_do() -> None:
    # Got "even part of a number plate can help ... CCTV is often recorded over".
    text = (
        "no just friday. but he messaged me yesterday from a different account saying he's got "
        "screenshots of my profile and he'll send them to my brother if i go to police. what do "
        "i do"
    )
    said = answer_in_conversation(text, "robbery", DEV_SAID)
    assert said is not None and said.response == "utter_k99c_threat_if_reported"
    words = sendable("utter_k99c_threat_if_reported")[0]
    assert "blackmail" in words and "number plate" not in words and len(words) <= 320
    # Not for someone who told of no outing (the answer names Galop).
    assert answer(text, "robbery") != "utter_k99c_threat_if_reported"


def test_dev_named_in_court_is_not_called_an_assault() -> None:
    text = "yes. if it went to court would it be public? like would my name be in the paper"
    said = answer_in_conversation(text, "robbery", DEV_SAID)
    assert said is not None and said.response == "utter_k99c_named_in_court"
    words = sendable("utter_k99c_named_in_court")[0]
    assert "assault" not in words and len(words) <= 320
    assert answer(text, "assault") == "utter_g89c_named_in_court"


def test_dev_no_letters_is_noted_for_the_worker() -> None:
    for text in (
        "yes phone is fine. just no letters please",
        "after 6 weekdays, im at work. and no letters to my flat ok?",
        "ok yes but would they ring me? i live alone its fine but i dont want anything in post "
        "that my family might see when they visit",
    ):
        assert "no_post" in reading.p81d_notes_said(text)
    assert reading.p81d_notes_said("there were no letters yet from the police") == []
    assert "no_post" in contact_notes.FOR_WORKER

"""Round 100, helper l100a: Mohammed (minicab driver punched by a passenger), Bronwen (70, her
grandson took her bank card), Tyrone (17, robbed at knifepoint), Elif (29, her ex-husband
breaking a non-molestation order)."""

from __future__ import annotations

from actions.account import read_account
from actions.reading import Turn, read_turn
from referrals.directory import load_directory
from tests.unit.known_answers import answer_in_conversation

ORGANISATIONS = load_directory()


def _response(text, crime_type, said, **answers):
    got = answer_in_conversation(text, crime_type, said, **answers)
    return None if got is None else got.response


# Bronwen: "he'd never hurt me" was noted as an assault.
def test_he_would_never_hurt_me_is_no_assault():
    text = (
        "No no, he'd never hurt me. He stays with me some weekends, that's when he must have "
        "took it from my handbag. My daughter doesn't know yet."
    )
    assert read_account(text).crime_type != "assault"
    assert read_account("he would never hurt me").crime_type != "assault"
    assert read_account("he hurt me").crime_type == "assault"


TYRONE = [
    "ye ok. some older man dem robbed my phone friday by my school, one of them had a shank",
]


# Tyrone: "would they call my mum tho" was "Yes ... someone you trust, like Tho".
def test_would_they_call_my_mum_tho_is_a_worry_not_tho():
    said = [*TYRONE, "17. does my mum have to know about this"]
    for text in ("maybe. would they call my mum tho", "would they call my mum"):
        got = answer_in_conversation(text, "robbery", said, age=17)
        assert got is not None
        assert got.response == "utter_support_parents_young"
        assert "Tho" not in str(got.args) and "Have" not in str(got.args)


# Tyrone: "does my mum have to know" got "I can't answer your question here" twice.
def test_does_my_mum_have_to_know_is_answered():
    assert (
        _response("17. does my mum have to know about this", "robbery", TYRONE)
        == "utter_support_parents_young"
    )
    assert (
        _response(
            "dunno them properly, seen them round the ends. bruv u keep sayin u cant answer, "
            "does my mum have to know yes or no",
            "robbery",
            TYRONE,
            age=17,
        )
        == "utter_support_parents_young"
    )


# Tyrone: "wat if they see me again on road" got "I can't answer".
def test_what_if_they_see_me_again_gets_safety_advice():
    got = _response("nah im at home. but wat if they see me again on road", "robbery", TYRONE)
    assert got in ("utter_threat_to_return", "utter_threat_young")
    assert (
        _response("nah im at home. but wat if they see me again on road", "robbery", TYRONE, age=17)
        == "utter_threat_young"
    )


ELIF = [
    "Hello, I need some advice. My ex-husband has a non-molestation order against him but he "
    "keeps messaging me, and yesterday he turned up at my children's school in Enfield. What "
    "should I do?",
]


# Elif, 29: her first message got the child's "tell a teacher before school, Childline".
def test_a_parent_with_an_order_is_not_told_to_tell_a_teacher():
    got = answer_in_conversation(ELIF[0], None, [])
    assert got is not None and got.response == "utter_order_breach"


# Elif: "Can the school stop him coming? ... they said they can't do anything" got whether
# texts are enough.
def test_can_the_school_stop_him_is_the_school_answer():
    text = (
        "I reported him last year, that's how I got the order. Not the messages this week yet. "
        "Can the school stop him coming? He is their father, they said they can't do anything."
    )
    assert (
        _response(text, "domestic_abuse", ELIF, relationship_to_offender="partner_or_ex", age=29)
        == "utter_tell_the_school_order"
    )


def _turn(text, requested, **answers):
    known = {
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "partner_or_ex",
        "age": 29,
        "consent": True,
        "in_danger": False,
        "reported_to_police": True,
        **answers,
    }
    return read_turn(
        Turn(text=text, requested=requested, answers=known, organisations=ORGANISATIONS)
    )


# Elif: "My English is fine but my mother only speaks Turkish" was noted as support in Turkish.
def test_her_mothers_language_is_not_hers():
    reading = _turn(
        "Feeling safe, and help with court if he is charged for breaking it. My English is fine "
        "but my mother only speaks Turkish, she picks the kids up on Wednesdays.",
        "needs",
    )
    assert reading.slots.get("language") != "turkish"


# Elif: "It's my mother who only speaks Turkish" made it a family member (and the forced
# marriage answer), and writing for someone else.
def test_its_my_mother_who_speaks_turkish_names_no_offender():
    reading = _turn(
        "Enfield. And no, I don't need an interpreter, I speak English. It's my mother who only "
        "speaks Turkish.",
        "borough",
        language="turkish",
    )
    assert "relationship_to_offender" not in reading.slots
    assert not reading.slots.get("for_someone_else")
    assert reading.slots.get("language") == "english"


MOHAMMED = [
    "hi, i drive minicab, last night passenger punch me through the window and didnt pay",
    "no im home now. he call me p*ki and then hit me in face when i ask for the money. 34 pound "
    "fare",
]


# Mohammed: "who pay me for the week i lose?" got the unpaid-wages answer (Acas, tribunal).
def test_lost_week_after_assault_is_not_a_wage_dispute():
    assert (
        _response(
            "not yet. my eye swollen i cant drive maybe one week. who pay me for the week i lose?",
            "assault",
            MOHAMMED,
        )
        == "utter_e1_cica_lost_days"
    )


# Mohammed: "can i get the cica?" for a swollen eye and a week off got "yes, likely to apply".
def test_cica_for_a_week_off_gives_its_limits():
    said = [
        *MOHAMMED,
        "not yet. my eye swollen i cant drive maybe one week. who pay me for the week i lose?",
    ]
    assert (
        _response("english ok. but i was injure, my eye, so can i get the cica?", "assault", said)
        == "utter_e1_cica_lost_days"
    )


# Mohammed: "i call 101 or online better?" got "this chat doesn't report", then "I can't answer".
def test_101_or_online_is_how_to_report():
    for text in (
        "yes. and the police, i call 101 or online better?",
        "i know this chat not police. i ask which is better for report, phone 101 or the website?",
    ):
        assert _response(text, "assault", MOHAMMED) == "utter_how_to_report"

"""Round 80, helper n80f: questions another answer took or nothing answered (Gemma, Arjun,
Jordan, Ken, Farah, Piotr), with other people's messages that keep their answers."""

from __future__ import annotations

import pytest

from actions.dialogue import ActionFinishAssessment
from actions.questions import (
    asks_about_the_bank,
    m3_asks_if_reporting_first_helps,
    n80f_asks_about_visit_after_fraud,
    n80f_family_keeps_passport,
    n80f_others_in_forced_work,
)
from tests.unit.conftest import make_tracker
from tests.unit.known_answers import DOMAIN, answer, assert_one_sms_with_a_source, at_question

TOPICS_FILE = DOMAIN / "responses_topics.yml"
NEW = [
    "utter_n80f_ask_record_hate",
    "utter_n80f_fraud_visit",
    "utter_n80f_family_keeps_passport",
    "utter_n80f_others_forced_work",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, TOPICS_FILE)


def _after_result(slots: dict, text: str, dispatcher, domain) -> list:
    facts = {**slots, "assessment_done": True, "results_shown": True}
    tracker = make_tracker(slots=facts, text=text, active_loop=None)
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    return [m.get("response") for m in dispatcher.messages]


# -- 1. Gemma: the Havens without the police, never "interview you as a suspect" --------------

GEMMA = {
    "consent": True,
    "crime_type": "assault",
    "said": [
        "hi um i dont really know if this is the right place. i think my drink got spiked on "
        "saturday night at a bar in brixton, i woke up at home and i have no idea how i got there "
        "and theres bruises all over my legs. i dont know if something happened to me like "
        "sexually. im really scared",
    ],
}


def test_gemma_is_told_the_havens_see_her_without_the_police():
    text = (
        "no im at home im safe. my flatmate is here. is the havens like a hospital? do i have to "
        "go to the police first before they see me"
    )
    said = at_question(text, "in_danger", GEMMA)
    assert "utter_havens_without_police" in said
    assert "utter_m3_report_first" not in said


@pytest.mark.parametrize(
    "text",
    [
        "If I report it first does that help me?",
        "what if he says i attacked him? should i go to the police first before he does?",
    ],
)
def test_reporting_first_against_a_counter_claim_keeps_its_answer(text):
    assert m3_asks_if_reporting_first_helps(text, "assault")


# -- 2. Arjun: ask for it to be recorded as a hate crime; no faith services for racism ----------

ARJUN = {
    "consent": True,
    "crime_type": "criminal_damage",
    "reported_to_police": True,
    "repeat_victimisation": True,
    "hate_motivated": True,
}


def test_arjun_is_told_to_ask_for_a_hate_crime_record():
    text = (
        "I do not know. There is CCTV but the person had their face covered. You did not answer "
        "my question: should I ask the police to record it as a hate crime?"
    )
    assert at_question(text, "relationship_to_offender", ARJUN) == ["utter_n80f_ask_record_hate"]


@pytest.mark.parametrize(
    ("text", "answers", "response"),
    [
        # z87d (round 87): race alone, or nothing told, gets no faith services.
        (
            "will the police take it seriously? it was racist",
            {},
            "utter_z87d_race_hate_taken_seriously",
        ),
        ("can i make them treat it as hate crime", {}, "utter_hate_taken_seriously_any"),
        (
            "should i ask the police to record it as a hate crime? they pulled my hijab",
            {},
            "utter_hate_taken_seriously",
        ),
        (
            "should I ask them to record it as a hate crime?",
            {"hate_strand": ["religion"]},
            "utter_hate_taken_seriously",
        ),
    ],
)
def test_faith_and_other_hate_questions_keep_their_answers(text, answers, response):
    assert answer(text, "assault", hate_motivated=True, **answers) == response


# -- 3. Jordan: pronouns, not his bank card; his smashed phone -----------------------------------

JORDAN = {
    "consent": True,
    "crime_type": "assault",
    "hate_motivated": True,
    "reported_to_police": False,
    "said": [
        "im home now so safe yeah. two guys started on me after they saw my binder, i'm trans. "
        "split my lip and they stamped on my phone"
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "maybe. if i report online will the police actually use he/him or do they go off whats "
        "on my bank card or whatever",
        "what?? my cards are fine. im asking if the police will use my right pronouns",
    ],
)
def test_jordan_gets_the_pronouns_answer_not_the_bank(text, dispatcher, domain):
    assert _after_result(JORDAN, text, dispatcher, domain)[:1] == ["utter_misgendered_by_police"]


@pytest.mark.parametrize(
    "text",
    [
        "he took my bank card, should i call the bank?",
        "should I ring Barclays first?",
        "do i need to cancel my cards?",
    ],
)
def test_the_bank_is_still_asked_about(text):
    assert asks_about_the_bank(text, "robbery")


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "someone to talk to, like lgbt people not just anyone. and can i get a new phone out "
            "of this, it was like 300 quid",
            "needs",
        ),
        ("english. and what about my phone??", "language"),
    ],
)
def test_jordan_gets_the_property_answer_at_the_first_ask(text, requested):
    assert "utter_damage_who_pays" in at_question(text, requested, JORDAN)


def test_a_stolen_phone_is_not_the_damage_answer():
    facts = {**JORDAN, "crime_type": "robbery", "said": ["they took my phone"]}
    said = at_question("what about my phone??", "language", facts)
    assert "utter_damage_who_pays" not in said


# -- 4. Ken: will a real officer visit after he reports ------------------------------------------

KEN = {"consent": True, "crime_type": "fraud", "reported_to_police": False}


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "NO. I RANG THE BANK YESTERDAY AND THEY STOPPED THE CARD. WILL THE REAL POLICE COME "
            "ROUND TO MY HOUSE?",
            "reported_to_police",
        ),
        (
            "I KNOW HE WAS NOT REAL NOW. I MEANT IF I REPORT IT WILL A REAL OFFICER COME TO SEE "
            "ME. I AM 81",
            "age",
        ),
        (
            "A STRANGER. BUT YOU HAVE NOT ANSWERED ME. WILL THE POLICE COME TO MY HOUSE",
            "relationship_to_offender",
        ),
    ],
)
def test_ken_is_told_about_a_visit_after_reporting(text, requested):
    said = at_question(text, requested, KEN)
    assert said[0] == "utter_n80f_fraud_visit"
    assert "utter_p5_police_never_collect" not in said


@pytest.mark.parametrize(
    "text",
    [
        "will the police send someone to collect the cash?",
        "do the police ask for bail money?",
        "is it a real police officer who wants my card?",
    ],
)
def test_the_fake_police_questions_keep_their_answer(text):
    assert not n80f_asks_about_visit_after_fraud(text, "fraud", KEN)
    assert answer(text, "fraud") == "utter_p5_police_never_collect"


# -- 5. Farah: her passport, kept by her husband's family ----------------------------------------

FARAH = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "reported_to_police": False,
    "relationship_to_offender": "family_member",
}


def test_farah_at_the_needs_question():
    text = "feeling safe. somewhere to go. what about my passport she wont give it"
    assert "utter_n80f_family_keeps_passport" in at_question(text, "needs", FARAH)


@pytest.mark.parametrize(
    "text",
    [
        "and my passport? can police get it back? i asked before",
        "no. my PASSPORT. mother in law keeps it locked. is that allowed",
    ],
)
def test_farah_after_the_result(text, dispatcher, domain):
    said = _after_result(FARAH, text, dispatcher, domain)
    assert said[:1] == ["utter_n80f_family_keeps_passport"]
    assert "utter_privacy_answer" not in said


def test_a_partner_keeping_the_passport_keeps_its_answer():
    facts = {**FARAH, "relationship_to_offender": "partner_or_ex"}
    text = "he keeps my passport too is that allowed"
    assert not n80f_family_keeps_passport(text, facts)


# -- 6. Piotr: the others in forced work -------------------------------------------------------

PIOTR = {
    "consent": True,
    "crime_type": "human_trafficking",
    "reported_to_police": False,
    "referral_consent": True,
}


def test_piotr_is_told_the_others_can_call_the_helpline(dispatcher, domain):
    text = (
        "thank you. Marek and the other guy same situation, can they get help also? Marek "
        "english not good"
    )
    assert _after_result(PIOTR, text, dispatcher, domain)[:1] == ["utter_n80f_others_forced_work"]


def test_others_after_another_crime_keep_the_general_answer():
    text = "my partner was there too, can they get help also?"
    assert not n80f_others_in_forced_work(text, "burglary", {})


def test_farah_in_conversation_keeps_her_answer():
    said = [
        "not right now they are out. my husbands family dont let me go out alone. my mother in "
        "law has my passport",
        "no. its now. since i married 6 years",
    ]
    text = "no. my PASSPORT. mother in law keeps it locked. is that allowed"
    assert n80f_family_keeps_passport(text, {**FARAH, "said": said})


@pytest.mark.parametrize(
    "text",
    [
        "feeling safe and information. can they stop my parents taking me? can i get my passport "
        "hidden or something",
        "my parents are planning to marry me to my cousin in pakistan this summer and i dont want "
        "to. my dad took my passport",
        "i work car wash, no money, they keep my passport, i sleep in their house",
    ],
)
def test_forced_marriage_and_forced_work_passports_keep_their_answers(text):
    assert not n80f_family_keeps_passport(text, FARAH)

"""Round 82, helper q82d: questions about the police, a school, a court order and the law that
got "I can't answer" or an answer about something else (Kofi, Ryan, Frank, Bisi, Gordon, Ewa,
Dev), with other people's messages that keep their answers."""

from __future__ import annotations

import pytest

from actions import law_answers, situation_answers
from tests.unit.known_answers import (
    DOMAIN,
    answer,
    assert_one_sms_with_a_source,
    said_answer,
)
from tests.unit.known_answers import topic_answered as answered

TOPICS_FILE = DOMAIN / "responses_topics.yml"
NEW = [
    "utter_q82d_child_threat_tomorrow",
    "utter_q82d_firearms_licensing",
    "utter_q82d_writing_before_cleaning",
    "utter_q82d_tree_roots_civil",
    "utter_q82d_report_and_child_arrangements",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, TOPICS_FILE)


# -- Kofi: his daughter (14) threatened by pupils on Snapchat ---------------------------------
KOFI = [
    "Hello. My daughter is 14 and a group of girls from her school are threatening her on "
    "Snapchat. One of them said they will jump her after school. The school is doing NOTHING. "
    "What can the police do",
    "I already told you. Bullying and threats on snapchat. Maybe 5 girls. For weeks now.",
]


def test_kofi_asks_if_the_school_has_to_act():
    text = (
        "Me or her? Neither. But she is not sleeping, she cries, she doesnt want to go to school. "
        "Now tell me, the school, do they HAVE to do something? I emailed the head of year 3 times"
    )
    assert said_answer(text, "stalking_harassment", KOFI) == "utter_b4_school_must_act"


@pytest.mark.parametrize(
    "text",
    [
        "refer me. and what about tomorrow after school, what do I do if they wait for her",
        "any time. I work nights so daytime is ok too. If they jump her tomorrow what do I do, "
        "call 999?",
    ],
)
def test_kofi_asks_what_to_do_tomorrow(text):
    assert said_answer(text, "stalking_harassment", KOFI) == "utter_q82d_child_threat_tomorrow"


def test_kofi_first_question_keeps_what_the_police_can_do():
    assert said_answer(KOFI[0], "stalking_harassment", []) == "utter_police_and_stalking"


def test_a_young_person_threatened_keeps_their_own_answer():
    text = "what do i do tmrw tho if they jump me after school"
    assert said_answer(text, "stalking_harassment", [], age=15.0, under_18=True) != (
        "utter_q82d_child_threat_tomorrow"
    )


# -- Ryan, 17: bike taken at knifepoint by lads from his estate -------------------------------
def test_ryan_asks_if_the_police_say_he_grassed():
    text = "nah. if i go police will they tell them i grassed? i kinda know them from the estate"
    assert answer(text, "robbery") == "utter_anonymous_reporting"


def test_ryan_asks_if_the_police_can_get_his_bike_back():
    text = "ok. so can the police actually get the bike back or nah"
    assert answer(text, "robbery", age=17.0, under_18=True) == "utter_stolen_things_found"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("does the support team grass to feds tho", "utter_o3_support_talks_to_you"),
        (
            "if i use this am i snitching? will the feds get my name",
            "utter_c2_feds_dont_get_your_name",
        ),
        ("will the police tell him i reported it?", "utter_will_they_know"),
        ("will i get my phone back?", "utter_stolen_phone_back"),
    ],
)
def test_other_snitching_and_things_back_answers_stay(text, expected):
    assert answer(text, "robbery") == expected


def test_an_adult_asking_about_a_bike_keeps_the_stolen_things_topic():
    ruth = {"crime_type": "burglary", "age": 71.0}
    assert answered("is there any chance of getting my bike back?", ruth) == (
        "utter_topic_stolen_things_back"
    )


# -- Frank, 63: burgled abroad, already reported, shotgun certificate papers taken ------------
FRANK = [
    "Good evening. I wish to report a burglary at my home in Enfield, which occurred while I "
    "was abroad on holiday."
]


@pytest.mark.parametrize(
    "text",
    [
        "Yes, that's fine. So I take it I cannot report it to the police through this? I have "
        "already rung 101 and have a crime reference number, for what it's worth.",
        "No, I'm not in danger. As I said, I have ALREADY reported it and have a reference number.",
    ],
)
def test_frank_who_has_reported_is_not_told_how_to_report_from_abroad(text):
    assert said_answer(text, "burglary", FRANK) != "utter_m79f_report_from_abroad"


def test_someone_abroad_who_has_not_reported_is_still_told_how():
    assert situation_answers.away_from_home_answer(
        "can i report it from here?", {"crime_type": "burglary", "said": FRANK}
    )


@pytest.mark.parametrize(
    "text",
    [
        "63. Before we go further, I have a specific question. They took documents relating to "
        "my shotgun certificate. The gun safe itself was not opened and the guns are secure. Do "
        "I need to notify the firearms licensing department separately, or does the crime report "
        "cover that?",
        "Before I answer that. Plain question: my shotgun certificate was stolen. Am I legally "
        "required to tell the police firearms licensing about it, and how?",
    ],
)
def test_frank_asks_about_firearms_licensing(text):
    got = said_answer(text, "burglary", FRANK, reported_to_police=True)
    assert got == "utter_q82d_firearms_licensing"


# -- Bisi: "go home" written on her salon mirror ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "thanks. who is going to call me tho, stop hate or victim support? and can I clean the "
        "mirror now or do police need to see it first",
        "thats not what I asked. the mirror with go home written on it. can I wipe it off or "
        "leave it for the police to look at? i dont want my clients seeing it",
        "omg. forget it. should i take a photo of the writing before i clean it yes or no",
    ],
)
def test_bisi_asks_about_cleaning_the_mirror(text):
    assert answer(text, "burglary", hate_motivated=True) == "utter_q82d_writing_before_cleaning"


def test_graffiti_on_a_door_keeps_its_answer():
    text = "can I scrub the door or do the police need to see it first?"
    assert answer(text, "criminal_damage", hate_motivated=True) == (
        "utter_j6_graffiti_before_cleaning"
    )


def test_bad_words_to_remove_from_the_notes_are_not_writing_to_clean():
    text = "it is NOT terrorism. is a boy with eggs and bad words. please remove it"
    assert "utter_q82d_writing_before_cleaning" not in law_answers.q82d_answers(text, {})


# -- Gordon, 69: tree roots, then abuse, a keyed car, dog mess --------------------------------
GORDON = [
    "For some months the roots of my neighbour's sycamore have been lifting and cracking my "
    "driveway. ... my car has been scratched ... I should like to know whether this is a "
    "criminal matter or a civil one, and what I ought to do."
]


@pytest.mark.parametrize(
    "text",
    [
        "Yes, that is quite acceptable. But might you first answer my question: is this a "
        "criminal or a civil matter?",
        "And what of the tree roots themselves, is that a police matter?",
        "Thank you. One last thing, which I have asked several times now: the tree roots "
        "damaging my driveway. Is that something the police deal with, or is it a civil matter "
        "for a solicitor?",
    ],
)
def test_gordon_asks_whether_the_roots_are_civil(text):
    assert said_answer(text, "criminal_damage", GORDON) == "utter_q82d_tree_roots_civil"


def test_a_keyed_car_without_roots_keeps_the_criminal_damage_answer():
    text = "he keyed my car because of a row about parking. is that civil or criminal?"
    assert said_answer(text, "criminal_damage", []) != "utter_q82d_tree_roots_civil"


# -- Ewa: a non-molestation order against her ex ----------------------------------------------
EWA = ["no not yet. i am afraid it make him more angry. can i get non molestation order?"]


@pytest.mark.parametrize(
    "text",
    [
        "31. but you didnt say, do i need lawyer?? i cannot pay much",
        "maybe. but first, the non molestation order, how i do it? i go to court alone? it cost "
        "money?",
    ],
)
def test_ewa_asks_if_she_needs_a_lawyer(text):
    got = said_answer(text, "stalking_harassment", EWA, relationship_to_offender="partner_or_ex")
    assert got == "utter_topic_order_cost_partner"


def test_a_solicitor_for_compensation_keeps_its_answer():
    assert "utter_topic_order_cost_partner" not in law_answers.q82d_answers(
        "do i need a solicitor for the CICA claim?", {"said": ["he punched me"]}
    )


# -- Dev: threats from his ex-wife's new partner, a daughter of 6 -----------------------------
def test_dev_asks_if_reporting_affects_child_arrangements():
    text = (
        "Thanks. Last question: if I report this to the police, will it affect the child "
        "arrangements? I don't want my ex thinking I'm using it against her."
    )
    got = said_answer(text, "stalking_harassment", [], relationship_to_offender="known")
    assert got == "utter_q82d_report_and_child_arrangements"


def test_handovers_keep_their_answer():
    text = "Mostly no, it's about the contact arrangements. What can I do about the handovers?"
    assert "utter_q82d_report_and_child_arrangements" not in law_answers.q82d_answers(text, {})

"""Round 81, helper p81f: the law, police, court and housing questions passed over or answered
about something else (Nina, Harjit, Lisa, Sam, Amira, Sophie, Des), with other people's
messages that keep their answers."""

from __future__ import annotations

import pytest

from actions import law_answers
from tests.unit.known_answers import (
    DOMAIN,
    assert_one_sms_with_a_source,
    responses_in_conversation,
)

TOPICS_FILE = DOMAIN / "responses_topics.yml"
NEW = [
    "utter_p81f_landlord_lockout",
    "utter_p81f_hate_crime_building",
    "utter_p81f_worship_security",
    "utter_p81f_congregation_support",
    "utter_p81f_tracking_bail_breach",
    "utter_p81f_who_to_ask_for_a_screen",
    "utter_p81f_witness_video",
    "utter_p81f_btp_updates",
    "utter_p81f_abuser_at_work",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, TOPICS_FILE)


said = responses_in_conversation


NINA = (
    "hello. please help. landlord change the lock when i was out, all my things and things of "
    "my 2 children is inside. what i can do",
)


@pytest.mark.parametrize(
    "text",
    [
        "ok yes. but is this allowed what he do? he can do this?",
        "ok but you dont answer me. is landlord allowed to change lock and keep my things? i pay "
        "rent this month",
        "no is not burglary. the LANDLORD he change lock, not thief. i am at my friend flat now "
        "with children. we are safe but we have nothing, no clothes no school things",
    ],
)
def test_nina_locked_out_by_her_landlord(text):
    assert said(text, "other", NINA)[0] == "utter_p81f_landlord_lockout"


def test_kemi_slow_landlord_keeps_the_lock_answer():
    text = "its the landlord who has to change the locks right? hes being slow about it"
    assert not law_answers.landlord_locked_them_out(text, {"said": ["someone broke in"]})


HARJIT = (
    "Sat sri akal. I am a sewadar at the gurdwara in Southall. This morning I came to open up "
    "and the front windows are all smashed and someone has sprayed graffiti on the wall, very "
    "nasty things about Sikhs. I want to know what support there is",
)


@pytest.mark.parametrize(
    "text",
    [
        "It is not my property, it is the gurdwara, the committee owns it. Yes I rang 101 this "
        "morning, they gave a reference number and said someone will come. Also is it a hate "
        "crime if it is a building? Nobody was hurt",
        "I don't know. Maybe there is CCTV from the shop opposite. Please answer, does a hate "
        "crime count for a building like a gurdwara?",
    ],
)
def test_harjit_hate_crime_on_a_building(text):
    assert said(text, "criminal_damage", HARJIT)[0] == "utter_p81f_hate_crime_building"


def test_harjit_security_money_and_the_sangat():
    text = (
        "Feeling safe for the sangat, and practical help, the windows will cost a lot. Is there "
        "money for security for places of worship?"
    )
    assert said(text, "criminal_damage", HARJIT) == [
        "utter_p81f_worship_security",
        "utter_p81f_congregation_support",
    ]


def test_a_hate_crime_question_without_a_building_keeps_its_answer():
    text = "racist abuse in the street, is that a hate crime?"
    assert "utter_p81f_hate_crime_building" not in said(text, "assault")


LISA = (
    "Hi, I found an AirTag taped under the wheel arch of my car this morning. I'm sure it's my "
    "ex husband. He's due in court next month for assaulting me last year.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "not sure. I'm at home, he's not here, but he obviously knows where I go. should I "
            "take it off or leave it? I've left it on for now",
            "utter_tracker_on_you",
        ),
        (
            "the assault yes, thats why hes going to court. not the airtag yet. he has bail "
            "conditions not to contact me, does this count as breaking them?",
            "utter_p81f_tracking_bail_breach",
        ),
        (
            "english. who do I ask about the screen, the police or the court?",
            "utter_p81f_who_to_ask_for_a_screen",
        ),
    ],
)
def test_lisa_tracker_bail_and_screen(text, expected):
    assert said(text, "domestic_abuse", LISA)[0] == expected


SAM = (
    "right so some bloke nicked my phone on the train earlier and called me a cripple. half the "
    "carriage filmed it and nobody did anything.",
)


def test_sam_filmed_and_btp_updates():
    text = (
        "sort of. rang 101 and they said its british transport police so i had to text 61016 "
        "instead, got a ref number, havent heard anything. do i need to tell them people filmed "
        "it or is that their job"
    )
    assert said(text, "theft", SAM) == ["utter_p81f_witness_video", "utter_p81f_btp_updates"]
    again = "33. and its BTP not the met so why would i call 101. also you ignored the filming"
    assert said(again, "theft", SAM)[0] == "utter_p81f_btp_updates"


@pytest.mark.parametrize(
    "text",
    [
        "feeling safe and someone to talk to. also the video, will the police even use it? the "
        "lady said she can send it",
        "its not posted online?? the lady just filmed it on her phone. i mean can it be evidence",
    ],
)
def test_amira_witness_video(text):
    assert said(text, "assault", ("a lady filmed it on her phone",))[0] == (
        "utter_p81f_witness_video"
    )


def test_a_video_posted_online_is_not_the_witness_answer():
    text = "he posted the video online of me, can you get it taken down? is it evidence?"
    assert "utter_p81f_witness_video" not in said(text, "online_abuse")


def test_sophie_has_to_see_him_at_work():
    text = "information. and someone to talk to maybe. i have to see him at work monday"
    assert said(text, "sexual_offence")[0] == "utter_p81f_abuser_at_work"


DES = ("some pisshead headbutted me in my cab last night and did a runner. brokn nose",)


@pytest.mark.parametrize(
    "text",
    [
        "im fine. at home with a nose like a tomato. cant drive for 2 weeks the doc says. who "
        "pays for that then",
        "whoa it happened once mate, never seen him before in my life. and you didnt answer, who "
        "pays me for 2 weeks off",
    ],
)
def test_des_who_pays_for_time_off(text):
    assert said(text, "assault", DES)[0] == "utter_n2_cica_lost_earnings"


def test_des_solicitor_for_compensation():
    text = "no im not scared of him. do i need a solicitor to claim the compensation thing"
    assert "utter_z2_cica_no_solicitor" in said(text, "assault", DES)
    assert "utter_z2_cica_no_solicitor" in said(
        "no. and the SOLICITOR question?", "assault", (*DES, "COMPENSATION for lost earnings")
    )


def test_a_solicitor_to_report_keeps_its_answer():
    assert "utter_z2_cica_no_solicitor" not in said(
        "do i need a solicitor to report it?", "assault"
    )


def test_des_solicitor_beside_the_injury_award():
    """ "28 weeks?? so i get nothing ... do i need a solicitor" (round 81, Des): the injury
    award (round 77) and the solicitor answer, not one without the other."""
    earlier = (*DES, "cant drive for 2 weeks the doc says. who pays for that then")
    text = (
        "no. 28 weeks?? so i get nothing for 2 weeks. and I wasnt the one drinking, he was. "
        "do i need a solicitor"
    )
    assert said(text, "assault", earlier) == [
        "utter_k77e_cica_injury_award",
        "utter_z2_cica_no_solicitor",
    ]

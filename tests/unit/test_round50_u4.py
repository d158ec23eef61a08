"""Round 50 answers (helper U4): legal and service questions left over from rounds 47 to 49.

- Rebecca, 40, whose ex-husband breaks her non-molestation order (emails, the school gates):
  what the police must do, whether to report each breach, whether police need a warrant to
  arrest, what the school should do, and an IDVA: each got "I can't answer", a carer's answer
  or a generic 999 line.
- Jean, 74, whose upstairs neighbour bangs and shouts at night: "What is a Community Protection
  Notice?" got "I can't answer", and "the man who lives in the flat above me" was not read as a
  neighbour, so her council's anti-social behaviour team was not offered.
- Fatima, 34, attacked on a bus: "Can I report online or do I have to go to the station?" got
  the answer about putting up her own camera, and "Can I report to the police online?" the
  101-only answer.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory
from test_round29_directory_n import answers_from_words

from actions.account import read_account
from actions.reading import Turn, read_turn
from referrals.directory import load_directory
from referrals.matching import match_organisations

NEW = (
    "utter_u4_nonmol_breach",
    "utter_u4_report_each_breach",
    "utter_u4_nonmol_arrest",
    "utter_u4_nonmol_school",
    "utter_u4_idva",
    "utter_u4_what_is_cpn",
)
REBECCA = {"age": 40, "relationship_to_offender": "partner_or_ex", "reported": True}
JEAN = {"age": 74, "relationship_to_offender": "someone_known", "repeat_victimisation": True}
FATIMA = {"age": 34, "hate_motivated": True, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 50, helper U4", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "text",
    [
        "40. For accuracy: I reported the first school incident to police on the 3rd, I haven't "
        "reported the emails yet. Breach of a non-mol is a criminal offence under s.42A Family "
        "Law Act, so what are the police actually required to do?",
        "I have a non-molestation order against my ex-husband, made in March. He has breached it "
        "repeatedly - emails most weeks and he has turned up at the children's school gates "
        "twice this month. I want to understand what the police are obliged to do and tell me.",
        "he broke the non molestation order again, what are the police supposed to do?",
    ],
)
def test_rebecca_is_told_what_a_breach_means_and_what_police_must_tell_her(text):
    assert answer(text, "domestic_abuse", **REBECCA) == "utter_u4_nonmol_breach"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. And question 2 - the emails. Report each one, or keep a log and report them "
        "together?",
        "2) Should each email be reported as its own breach?",
        "should I report every email as a separate breach?",
    ],
)
def test_rebecca_is_told_to_report_each_breach_and_keep_a_log(text):
    assert answer(text, "domestic_abuse", **REBECCA) == "utter_u4_report_each_breach"


@pytest.mark.parametrize(
    "text",
    [
        "Last question. If he's at the school gates in breach, can police arrest him on the spot "
        "or do they need a warrant?",
        "can the police arrest him for breaking the order?",
    ],
)
def test_rebecca_is_told_no_warrant_is_needed(text):
    assert answer(text, "domestic_abuse", **REBECCA) == "utter_u4_nonmol_arrest"


def test_rebecca_is_told_what_the_school_should_do():
    text = (
        "Fine. My bigger worry is the school. The order covers the children's school. If he "
        "turns up again while I'm at work, what should the school do? Can they call 999?"
    )
    assert answer(text, "domestic_abuse", **REBECCA) == "utter_u4_nonmol_school"


@pytest.mark.parametrize(
    "text",
    [
        "Not helpful. Can you refer me to an IDVA in Richmond? That's what I actually need.",
        "how do i get an independent domestic violence advocate?",
    ],
)
def test_rebecca_is_told_how_to_get_an_idva(text):
    assert answer(text, "domestic_abuse", **REBECCA) == "utter_u4_idva"


@pytest.mark.parametrize(
    "text",
    [
        "What is a Community Protection Notice? And yes please, I would like someone to help "
        "me, I'm not very good at all this.",
        "whats a CPN?",
    ],
)
def test_jean_is_told_what_a_community_protection_notice_is(text):
    assert answer(text, "stalking_harassment", **JEAN) == "utter_u4_what_is_cpn"


FATIMA_STATION = (
    "I can't export it, it's TfL's camera not mine. I think I will just report to the police "
    "today then. Can I report online or do I have to go to the station? I don't really want to "
    "go in"
)


def test_fatima_is_told_she_can_report_online_not_about_her_own_camera():
    # both answers say she can report online at met.police.uk, no station needed
    assert answer(FATIMA_STATION, "hate_crime", **FATIMA) in (
        "utter_how_to_report",
        "utter_what_happens_when_reported",
    )


def test_fatima_asking_to_report_online_gets_the_online_route():
    assert answer("Can I report to the police online?", "hate_crime", **FATIMA) == (
        "utter_how_to_report"
    )


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        # other orders, bail and arrests have their own answers
        ("he broke his bail conditions, can the police arrest him?", "assault"),
        ("can they arrest him for breaching the restraining order?", "stalking_harassment"),
        ("will the police arrest him?", "domestic_abuse"),
        ("what are the police required to do now?", "assault"),
        ("what should the school do about the bullying?", "assault"),
        ("should i report it?", "domestic_abuse"),
        ("can i put a camera on my front door?", "criminal_damage"),
        ("the cpr they did on him at the scene", "assault"),
        ("Yes", "domestic_abuse"),
        ("Email please, not phone - I'm in meetings all day.", "domestic_abuse"),
        ("Richmond upon Thames", "domestic_abuse"),
    ],
)
def test_ordinary_messages_do_not_get_the_new_answers(text, crime):
    assert answer(text, crime, age=30) not in NEW


def test_a_camera_on_her_own_home_still_gets_the_camera_answer():
    assert answer("can i put a camera on my front door?", "criminal_damage") == "utter_p4_own_cctv"


JEAN_WORDS = [
    "Hello, my grandson set this up for me on the computer, I hope I am doing it right. I am "
    "having a lot of trouble with the man who lives in the flat above me.",
    "Not at this moment no, it is the afternoon and he is usually asleep in the day. It is at "
    "night he starts. He bangs on my door and shouts horrible things through the letterbox.",
    "Well I know him to look at, he moved in upstairs last spring. I don't know his name.",
]


def test_jean_gets_her_councils_anti_social_behaviour_team():
    answers = answers_from_words(
        JEAN_WORDS,
        age=74,
        borough="havering",
        gender="woman",
        relationship_to_offender="someone_known",
        language="english",
    )
    assert "neighbour" in answers["account_details"]
    offered = [org.id for org in match_organisations(answers, load_directory(), limit=8)]
    assert "council-asb-team" in offered


# Farah, 30, Deaf, BSL user (round 47): at "What happened? ... or choose one", her words were
# not read as harassment and "Which one?" got "I can't answer".
FARAH_OPENING = (
    "Now safe. Neighbour man, next door. Every night he bang bang my door. Leave paper notes, "
    "bad words. Me scared"
)


@pytest.mark.parametrize(
    "text", [FARAH_OPENING, "I tell already. Neighbour bang door, notes. Which one?"]
)
def test_farahs_neighbour_banging_and_leaving_notes_is_harassment(text):
    assert read_account(text).crime_type == "stalking_harassment"


def test_farahs_which_one_is_answered_by_taking_her_words():
    reading = read_turn(
        Turn(
            text="I tell already. Neighbour bang door, notes. Which one?",
            requested="crime_type",
            answers={"repeat_victimisation": True},
        )
    )
    assert reading.slots["crime_type"] == "stalking_harassment"
    assert not [say for say in reading.say if say.response == "utter_question_beside_answer"]


def test_a_neighbour_as_a_witness_or_a_note_alone_is_not_made_harassment():
    assert read_account("my neighbour saw them break in and steal my laptop").crime_type == (
        "burglary"
    )
    note = read_account("my neighbour left a note saying my car alarm went off")
    assert note.crime_type != "stalking_harassment"


def test_which_one_alone_still_asks_again():
    reading = read_turn(Turn(text="which one?", requested="crime_type"))
    assert "crime_type" not in reading.slots
    assert [say.response for say in reading.say] == ["utter_reask_crime_type"]

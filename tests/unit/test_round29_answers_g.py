"""Round 29 answers (helper G): questions round-28 role-players asked that got no answer or a
wrong one.

- Fatma, 40, strangled by her husband, little English: "no heart. last week. he hold neck. is
  bad?" was told again to get her neck checked; whether it is serious was never answered.
- Nikita, 29, whose brother was stabbed, boys hanging round outside: "will they protect us? my
  mum wont sleep" and "will the police protect us if they come to the house" got "I can't
  answer".
- Ali, 26, punched by a passenger, on his dashcam: "how do i report it to police with the
  dashcam video, can i just send the video online" got the Revenge Porn Helpline.
- Sophie, 19, raped by her flatmate's boyfriend, who stays most nights: "i need to move out ...
  im on a tenancy till june" and "can someone help me move out" got nothing or "I can't answer".
- Paul, 52, robbed and threatened by his carer's boyfriend: "would my carer find out it was me
  who reported it?" got who can see this chat; "Does my carer have to know I reported it?" got
  the criminal injuries scheme.
- Liam, kicked by door staff outside a club: "can i sue the club for this?" got "I can't
  answer".

The new answers are at the end of bot/domain/responses.yml with their sources; each test
quotes the message as it was written, with ordinary answers and near misses that must not get
it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from known_answers import answer, sendable, sources_above

from actions.reading import Turn, read_turn
from core import yaml_files
from core.privacy_question import asks_about_privacy
from core.text import SMS_LIMIT
from referrals.directory import load_directory

RESPONSES_FILE = Path(__file__).resolve().parents[2] / "bot" / "domain" / "responses.yml"
RESPONSES = yaml_files.load(RESPONSES_FILE.read_text())["responses"]
ORGANISATIONS = load_directory()

NEW = (
    "utter_police_protection",
    "utter_send_video_evidence",
    "utter_moving_out",
    "utter_who_reported_it",
    "utter_suing",
)
ANSWERS_HERE = (*NEW, "utter_strangling_is_a_crime")

ORDINARY = (
    "no", "yes", "NO", "40", "26", "19", "52", "my husband", "my wife", "a stranger",
    "yes every day", "skip", "english", "brent", "Haringey", "not sure", "text", "Phone call",
    "he hit me", "i have a video of my kids", "the bouncers innit, door staff at the club",
    "yes police came to the hospital. they took a statement", "someone to talk to",
    "he's not here now", "no. i am 40. children 8 and 11", "yes many time. 5 years",
    "i have it all on dashcam", "my carer through the council", "he moved out last year",
    "im on a tenancy till june", "no. do i have to?", "we're all terrified",
)  # fmt: skip
CRIME_TYPES = (
    "domestic_abuse", "assault", "serious_violence", "sexual_offence", "theft", "hate_crime",
    None,
)  # fmt: skip


# -- the answers themselves ---------------------------------------------------------------------


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_and_one_message_is_sent(name):
    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
    for slots in ({}, {"for_someone_else": True}, {"under_18": True}):
        assert len(sendable(name, **slots)) == 1, (name, slots)


@pytest.mark.parametrize("name", NEW)
def test_someone_writing_for_another_is_told_about_them(name):
    theirs = sendable(name, for_someone_else=True)[0]
    assert theirs != sendable(name)[0]
    # Nikita is family herself: "if anyone comes to the house or you feel in danger".
    about_them = re.sub(r"you feel in danger|keep you safe", "", theirs)
    assert not re.search(r"\b(?:your|yours)\b", about_them, re.IGNORECASE), theirs


@pytest.mark.parametrize("name", NEW)
def test_every_new_answer_has_its_sources_written_above_it(name):
    comments = sources_above(name, RESPONSES_FILE)
    assert re.search(r"\b[\w.-]+\.(?:uk|org|com)\b|\bentry\b|\butter_\w+", comments), name


@pytest.mark.parametrize("name", NEW)
def test_no_answer_promises_an_outcome(name):
    for variant in RESPONSES[name]:
        text = variant["text"].replace("can't promise", "")
        assert not re.search(r"\b(?:will definitely|guarantee\w*|promise)\b", text), name


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    known = {
        re.sub(r"\D", "", str(org.contact.phone)) for org in ORGANISATIONS if org.contact.phone
    } | {"999", "101", "111"}
    for variant in RESPONSES[name]:
        for number in re.findall(r"\b\d[\d ]{1,14}\d\b", variant["text"]):
            assert re.sub(r"\D", "", number) in known, (name, number)


@pytest.mark.parametrize("text", ORDINARY)
@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_ordinary_answers_get_none_of_the_new_answers(text, crime_type):
    said = answer(text, crime_type, relationship_to_offender="someone_known")
    assert said not in ANSWERS_HERE, (text, crime_type)


# -- 1. Fatma: a hold on the neck, "is bad?" -----------------------------------------------------

FATMA = {"relationship_to_offender": "partner_or_ex"}


@pytest.mark.parametrize(
    "text",
    [
        "no heart. last week. he hold neck. is bad?",
        "he hold neck. is bad?",
        "he held my neck last week, is it serious?",
        "he grabbed me by the throat on saturday. should i worry?",
        "he strangled me a few days ago. is that dangerous?",
    ],
)
def test_whether_a_hold_on_the_neck_is_serious_is_answered(text):
    assert answer(text, "domestic_abuse", **FATMA) == "utter_strangling_is_a_crime"
    assert answer(text, None) == "utter_strangling_is_a_crime"


def test_fatma_gets_the_answer_in_the_form_after_being_told_to_get_checked():
    said = read_turn(
        Turn(
            text="no heart. last week. he hold neck. is bad?",
            intent="inform",
            requested="disability",
            answers={
                **FATMA,
                "crime_type": "domestic_abuse",
                "in_danger": False,
                "repeat_victim": True,
            },
            organisations=ORGANISATIONS,
            said=frozenset({"utter_strangled"}),
        )
    ).say
    assert "utter_strangling_is_a_crime" in [s.response for s in said]


@pytest.mark.parametrize(
    "text",
    [
        "last week he hold my neck",  # told, not asked: the get-checked answer
        "is it bad?",  # no neck
        "he strangled her and there are no marks, is it still serious?",  # its own answer
        "is it bad that i cant sleep",
        "my neck hurts",
    ],
)
def test_near_misses_do_not_get_the_neck_answer(text):
    assert answer(text, "domestic_abuse", **FATMA) != "utter_strangling_is_a_crime"


# -- 2. Nikita: will the police protect us -------------------------------------------------------

NIKITA = {"for_someone_else": True}


@pytest.mark.parametrize(
    "text",
    [
        "yes police came to the hospital. they took a statement. will they protect us? my mum "
        "wont sleep",
        "will they protect us? my mum wont sleep",
        "will the police protect us if they come to the house",
        "MORE. is there anyone who deals with knife stuff and young guys specifically? and you "
        "still havent said if police will protect my mums house",
        "can we get police protection?",
    ],
)
def test_whether_the_police_will_protect_the_family_is_answered(text):
    assert answer(text, "serious_violence", **NIKITA) == "utter_police_protection"


def test_nikita_is_told_what_protection_there_is():
    text = sendable("utter_police_protection", for_someone_else=True)[0]
    assert "101" in text and "999" in text and "Victims' Code" in text
    assert "crime" in text


@pytest.mark.parametrize(
    "text",
    [
        "is there witness protection?",  # the witness answer
        "will the police protect my identity?",
        "the police protected us",
        "no",
    ],
)
def test_near_misses_do_not_get_the_protection_answer(text):
    assert answer(text, "serious_violence", **NIKITA) != "utter_police_protection"


def test_a_partner_is_left_to_the_answers_for_domestic_abuse():
    said = answer(
        "will the police protect me?", "domestic_abuse", relationship_to_offender="partner_or_ex"
    )
    assert said != "utter_police_protection"


# -- 3. Ali: the dashcam video ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "how do i report it to police with the dashcam video, can i just send the video online",
        "can i give the police my cctv footage?",
        "i have a video of the attack on my phone, how do i send it to the police?",
    ],
)
def test_how_to_send_a_video_of_the_crime_is_answered(text):
    assert answer(text, "hate_crime") == "utter_send_video_evidence"
    assert answer(text, "assault") == "utter_send_video_evidence"


def test_the_video_answer_says_to_keep_the_original():
    text = sendable("utter_send_video_evidence")[0]
    assert "met.police.uk" in text and "101" in text and "original" in text


@pytest.mark.parametrize(
    "text",
    [
        "he has a video of me naked and says he'll send it to my family, what do i do?",
        "she's scared he'll post the pictures, can we get them taken down?",
        "i have a video of my kids",
        "will they get the bus cctv before it's deleted",  # the CCTV answer
        "the police have the cctv footage, what happens now?",
        "they took the footage from my dashcam, when will i hear?",
    ],
)
def test_intimate_images_and_others_cameras_keep_their_answers(text):
    assert answer(text, "assault") != "utter_send_video_evidence"


def test_a_dashcam_video_is_not_an_intimate_image():
    text = "how do i report it to police with the dashcam video, can i just send the video online"
    assert answer(text, "hate_crime") != "utter_images_online"
    assert answer("he posted a video of me, can it be removed?", None) == "utter_images_online"
    assert answer("can i get the video of me taken down?", None) == "utter_images_online"


# -- 4. Sophie: moving out ----------------------------------------------------------------------

SOPHIE = {"relationship_to_offender": "someone_known"}


@pytest.mark.parametrize(
    "text",
    [
        "i need to move out. hes at ours like every night. how do i even do that im on a tenancy "
        "till june",
        "can someone help me move out",
        "how do i get out of my tenancy, i cant stay here with him",
    ],
)
def test_moving_out_after_an_assault_is_answered(text):
    assert answer(text, "sexual_offence", **SOPHIE) == "utter_moving_out"


def test_sophie_is_told_about_the_council_and_an_isva():
    text = sendable("utter_moving_out")[0]
    assert "housing team" in text and "ISVA" in text and "shelter.org.uk" in text


@pytest.mark.parametrize(
    "text",
    ["he moved out last year", "im on a tenancy till june", "we live together", "no"],
)
def test_near_misses_do_not_get_the_moving_out_answer(text):
    assert answer(text, "sexual_offence", **SOPHIE) != "utter_moving_out"


def test_moving_out_after_other_crimes_is_not_sent_to_a_sexual_violence_adviser():
    text = "i need to move out. hes at ours like every night"
    assert answer(text, "sexual_offence", **SOPHIE) == "utter_moving_out"
    assert answer(text, "burglary") != "utter_moving_out"
    assert answer(text, "domestic_abuse", relationship_to_offender="partner_or_ex") != (
        "utter_moving_out"
    )


# -- 5. Paul: would my carer find out it was me ---------------------------------------------------

PAUL = {"relationship_to_offender": "someone_known"}


@pytest.mark.parametrize(
    "text",
    [
        "would my carer find out it was me who reported it?",
        "Feeling safe. You didn't answer, would my carer find out it was me who reported it?",
        "Yes a bit. Mostly I want to feel safe in my own flat and get the money back. Does my "
        "carer have to know I reported it?",
        "does my mum have to know i told the police?",
    ],
)
def test_whether_they_will_find_out_who_reported_is_answered(text):
    assert answer(text, "theft", **PAUL) == "utter_who_reported_it"


@pytest.mark.parametrize(
    "text",
    [
        "does my ex find out i contacted you?",
        "will he know i talked to you?",
        "who can see this chat?",
    ],
)
def test_who_sees_this_chat_keeps_the_privacy_answers(text):
    assert asks_about_privacy(text)
    assert answer(text, "theft", **PAUL) != "utter_who_reported_it"


def test_a_child_is_not_sent_to_adult_safeguarding():
    text = "will my stepdad find out it was me who reported it?"
    assert answer(text, "theft", **PAUL) == "utter_who_reported_it"
    assert answer(text, "theft", **PAUL, age=15.0) != "utter_who_reported_it"
    assert answer(text, "theft", **PAUL, under_18=True) != "utter_who_reported_it"


@pytest.mark.parametrize(
    "text",
    [
        "will he find out i reported him? like if the police go and talk to him will they say it "
        "was me",
        "will he know i told the police?",
    ],
)
def test_what_the_police_tell_him_keeps_its_answer(text):
    assert answer(text, "theft", **PAUL) == "utter_will_they_know"


def test_a_worry_about_reporting_is_not_a_question_of_who_reported():
    text = (
        "ok but none of this says about my licence. will uber or the council find out if i "
        "report it"
    )
    assert answer(text, "assault") != "utter_who_reported_it"


def test_the_privacy_row_no_longer_answers_who_reported():
    said = answer("would my carer find out it was me who reported it?", "theft", **PAUL)
    assert said != "utter_privacy_answer"


# -- 6. Liam: suing the club ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "can i sue the club for this?",
        "the bouncers innit, door staff at the club. dunno their names but they had badges. can i "
        "sue the club for this?",
        "could i take the club to court?",
    ],
)
def test_suing_is_answered(text):
    assert answer(text, "assault") == "utter_suing"


@pytest.mark.parametrize("text", ["he sued me last year", "the club", "no"])
def test_near_misses_do_not_get_the_suing_answer(text):
    assert answer(text, "assault") != "utter_suing"


# -- Round 29, Hannah, Deaf: how to reach 999 without calling ------------------------------------


def test_a_deaf_person_is_told_how_to_reach_999_at_the_first_ask():
    text = "ok yes. but you say call 999. i cannot call. how i do?"
    # Helper I's answer (999 BSL, text relay and emergencySMS) is the one given.
    assert answer(text, "burglary", cannot_phone=True) == "utter_999_bsl"


@pytest.mark.parametrize(
    "text",
    [
        "hes not doing anything. hes just there. i cant call 999 for that",
        "i cannot phone",
        "no",
        "Yes OK. How I contact police by text? I can not call 999.",
    ],
)
def test_near_misses_do_not_get_999_without_calling(text):
    assert answer(text, "burglary") not in ("utter_999_when_deaf", "utter_999_bsl")

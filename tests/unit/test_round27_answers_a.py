"""Round 27 answers (helper A): questions role-players asked that got "I can't answer" or a wrong
answer.

- Ngozi, 37, a nurse; a patient's son said he would kill her and waits at the hospital car park:
  "what can police actually do, hes not done anything yet just stood there" got Right 6 (about
  suspects' arrest); "is saying hell kill me even a crime" got nothing but the danger screen;
  "do i have to tell my manager?" got the privacy answer.
- Dave, 40, hit by his wife: "is this even domestic abuse if its a bloke?" and "what do i do
  friday tho if she kicks off again" got "I can't answer".
- Agnieszka, 33, at a friend's after her partner hit her: "but tonight? if he come to kasia door
  what i do" got "I can't answer".
- Doreen, 79, after a distraction burglary, the men gone: "should i ring 999 or the other
  number" got a text about stalking; "what about the police do i still ring them" got "I can't
  answer".
- Tyrone, 16, robbed of his phone: "find my iphone says its in a flat in brixton rn. can i just
  go get it" got "I can't help with that one".
- Sam, 27, spat on on a bus and filmed: "will they get the bus cctv before it's deleted" got only
  how to report; "what about the cctv though?" got Galop; "the comments have worked out which
  cafe I work at" got nothing.

Each new answer is at the end of bot/domain/responses.yml with its sources; each test quotes the
message as it was written, with ordinary answers and near misses that must not get it."""

from __future__ import annotations

import re

import pytest
from known_answers import DOMAIN, SLOTS, answer, sources_above
from rasa.core.nlg.generator import ResponseVariationFilter

from actions.reading import Turn, read_turn
from core import yaml_files
from core.text import SMS_LIMIT
from referrals.directory import load_directory

RESPONSES_FILE = DOMAIN / "responses.yml"
RESPONSES = yaml_files.load(RESPONSES_FILE.read_text())["responses"]

NEW = (
    "utter_report_when_its_over",
    "utter_threat_to_kill_crime",
    "utter_threat_to_kill_partner",
    "utter_police_and_stalking",
    "utter_tracked_property",
    "utter_cctv",
    "utter_workplace_posted_online",
    "utter_telling_work",
)
ABOUT_THE_VICTIM = tuple(name for name in NEW if name != "utter_cctv")
WIDENED = ("utter_if_he_comes", "utter_for_men_too")

ORDINARY = (
    "no", "yes", "37", "40", "79", "16", "27", "33", "my wife", "my husband", "a stranger",
    "the patients son. i dont know him, only from the ward", "yes every day", "skip", "english",
    "greenwich. the hospital is in woolwich too", "bromley", "lambeth", "a man", "woman",
    "text", "Phone call", "any time", "any time, i read them on breaks", "not sure",
    "feeling safe. getting to my car tonight", "yes honestly. he knows where i work",
    "yes its my phone", "texts yeah. daytime when im on site", "no. not sleeping great but whos is",
    "ye whatever", "hornchurch so havering", "a man obviously lol", "07700 900123",
)  # fmt: skip
CRIME_TYPES = (
    "domestic_abuse", "burglary", "theft", "robbery", "stalking_harassment", "assault",
    "fraud", None,
)  # fmt: skip


def sendable(name: str, **slots) -> list[str]:
    filled = {slot: None for slot in SLOTS} | slots
    chosen = ResponseVariationFilter(RESPONSES).responses_for_utter_action(name, "rest", filled)
    return [variant["text"] for variant in chosen]


# -- the answers themselves -----------------------------------------------------------------------


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_and_one_message_is_sent(name):
    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
    for slots in ({}, {"for_someone_else": True}, {"for_someone_else": False}, {"under_18": True}):
        assert len(sendable(name, **slots)) == 1, (name, slots)


@pytest.mark.parametrize("name", ABOUT_THE_VICTIM)
def test_someone_writing_for_another_is_told_about_them(name):
    theirs = sendable(name, for_someone_else=True)[0]
    assert theirs != sendable(name)[0]
    assert not re.search(r"\b(?:you|your|yours|you're)\b", theirs, re.IGNORECASE), theirs


@pytest.mark.parametrize("name", NEW)
def test_every_new_answer_has_its_sources_written_above_it(name):
    comments = sources_above(name, RESPONSES_FILE)
    assert re.search(r"\b[\w.-]+\.(?:uk|org|com)\b|\bentry\b|\butter_\w+", comments), name


@pytest.mark.parametrize("name", NEW)
def test_no_answer_promises_an_outcome(name):
    for variant in RESPONSES[name]:
        assert not re.search(r"\b(?:will definitely|guarantee\w*|promise)\b", variant["text"])


@pytest.mark.parametrize("text", ORDINARY)
@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_ordinary_answers_get_none_of_the_new_answers(text, crime_type):
    said = answer(text, crime_type, relationship_to_offender="partner_or_ex", gender="man")
    assert said not in (*NEW, *WIDENED), (text, crime_type)
    said = answer(text, crime_type)
    assert said not in (*NEW, *WIDENED), (text, crime_type)


# -- 1. Ngozi: a threat to kill, and what the police can do ---------------------------------------


@pytest.mark.parametrize("crime_type", ["stalking_harassment", None])
def test_what_police_can_do_about_someone_waiting_outside(crime_type):
    text = "not yet. what can police actually do, hes not done anything yet just stood there"
    assert answer(text, crime_type) == "utter_police_and_stalking"
    # An ex who keeps turning up: stalking too.
    text = "my ex keeps turning up at my work. 200 messages this week. great. what can the police "
    text += "actually do"
    said = answer(text, "stalking_harassment", relationship_to_offender="partner_or_ex")
    assert said == "utter_police_and_stalking"
    said = sendable("utter_police_and_stalking")[0]
    assert "stalking" in said and "101" in said and "999" in said


@pytest.mark.parametrize(
    "text",
    [
        "37. thats not what i asked. is saying hell kill me even a crime",
        "is saying he'll kill me even a crime",
        "he said hed kill me. can the police arrest him for that?",
        "is a threat to kill a crime",
    ],
)
@pytest.mark.parametrize("crime_type", ["stalking_harassment", None, "assault"])
def test_a_threat_to_kill_is_a_crime(text, crime_type):
    assert answer(text, crime_type) == "utter_threat_to_kill_crime"
    said = sendable("utter_threat_to_kill_crime")[0]
    assert "Offences Against the Person Act 1861" in said and "999" in said


def test_a_partners_threat_to_kill_is_domestic_abuse_too():
    text = "my husband said hed kill me. is that a crime?"
    said = answer(text, "domestic_abuse", relationship_to_offender="partner_or_ex")
    assert said == "utter_threat_to_kill_partner"
    assert "domestic abuse" in sendable("utter_threat_to_kill_partner")[0]


@pytest.mark.parametrize(
    "text,crime_type",
    [
        ("what can police actually do", "burglary"),
        ("what can the police do about my stolen bike?", "theft"),
        ("what can police do, he hit me again", "domestic_abuse"),
        ("is it a crime if i kill myself", None),
        ("i could kill him. is that a crime", None),
        ("he said hed kill me last week", "stalking_harassment"),
        ("29. so it is a sexual offence? what would police even do now its been 3 weeks", None),
        (
            "29. so it is a sexual offence? what would police even do now its been 3 weeks",
            "stalking_harassment",
        ),
    ],
)
def test_other_police_questions_are_not_the_stalking_answers(text, crime_type):
    said = answer(text, crime_type)
    assert said not in ("utter_police_and_stalking", "utter_threat_to_kill_crime"), text


def test_telling_the_manager_is_their_choice():
    text = "dont think so. do i have to tell my manager? i dont want a fuss on the ward"
    assert answer(text, "stalking_harassment") == "utter_telling_work"
    assert answer(text, None) == "utter_telling_work"  # the privacy check asks with no context
    assert answer(text, "burglary") != "utter_telling_work"
    said = sendable("utter_telling_work")[0]
    assert "your choice" in said and "0808 802 0300" in said


@pytest.mark.parametrize(
    "text,crime_type",
    [
        ("do i have to tell my manager i need time off?", "burglary"),
        ("SHOULD I TELL MY SON. HE WILL BE CROSS WITH ME", "fraud"),
        ("my manager", "stalking_harassment"),
        (
            "ye police came on the night, got a crime ref. does my boss have to pay for this? hes "
            "saying its part of the job",
            None,
        ),
    ],
)
def test_other_telling_questions_are_not_the_work_answer(text, crime_type):
    assert answer(text, crime_type) != "utter_telling_work"


# -- 2. Dave and Agnieszka: what to do if they come or kick off ------------------------------------


@pytest.mark.parametrize(
    "text,crime_type",
    [
        ("yes. and what i do tonight, he know kasia, maybe he come here", "domestic_abuse"),
        (
            "but tonight? if he come to kasia door what i do. i have small children 4 and 7",
            "domestic_abuse",
        ),
        ("ok but what do i do tonight at 8 if hes there", "stalking_harassment"),
    ],
)
def test_what_to_do_if_they_come_or_kick_off(text, crime_type):
    assert answer(text, crime_type, relationship_to_offender="partner_or_ex") == (
        "utter_if_he_comes"
    )


def test_a_man_hit_by_his_wife_keeps_helper_bs_answer():
    """Helper B's answer (on main) says what to do if it starts again, with the Men's Advice Line
    for a man: the round 27 helper A rows come before it and must leave it alone."""
    text = "ok. what do i do friday tho if she kicks off again. i cant hit her back"
    said = answer(text, "domestic_abuse", relationship_to_offender="partner_or_ex", gender="man")
    assert said in ("utter_if_it_starts_again", "utter_if_it_starts_again_man")
    # A woman who fears he comes to her friend's door: what to do if they come.
    text = "but tonight? if he come to kasia door what i do. i have small children 4 and 7"
    said = answer(text, "domestic_abuse", relationship_to_offender="partner_or_ex", gender="woman")
    assert said == "utter_if_he_comes"


def test_the_answer_to_what_if_they_come_speaks_of_them_not_him():
    said = sendable("utter_if_he_comes")[0]
    assert not re.search(r"\b(?:he|him|his|she|her)\b", said), said


@pytest.mark.parametrize(
    "text",
    [
        "what do i do if she kicks off at the court hearing",
        "what do i do if i want to report it",
        "what do i do now",
        # A doorstep trader coming back on Friday (round 17): not this answer.
        "I paid him cash from the post office. and you still havent said what I do on friday",
        "if he comes back for his stuff what do i do about the court hearing",
    ],
)
def test_other_what_do_i_do_questions_are_not_the_if_they_come_answer(text):
    assert answer(text, "domestic_abuse") != "utter_if_he_comes"


@pytest.mark.parametrize(
    "text",
    [
        "yeah for about 2 years on and off. plates, the remote, once a mug. the eye is the worst "
        "its been. is this even domestic abuse if its a bloke? feels daft",
        "does it count as abuse if im a man?",
    ],
)
def test_a_man_asking_if_it_counts_is_told_it_does(text):
    assert answer(text, "domestic_abuse", relationship_to_offender="partner_or_ex") == (
        "utter_for_men_too"
    )


@pytest.mark.parametrize(
    "text",
    ["a man obviously lol", "is this domestic abuse?", "my husband is a man who hits me"],
)
def test_near_misses_are_not_the_men_answer(text):
    assert answer(text, "domestic_abuse") != "utter_for_men_too"


# -- 4. Doreen: which number, after a burglary that is over ---------------------------------------


def test_the_police_and_her_daughter_in_one_message_keep_helper_bs_answer():
    text = (
        "what about the police do i still ring them. and what do i do about my daughter should i "
        "tell her"
    )
    assert answer(text, "burglary") == "utter_report_and_tell_family"


@pytest.mark.parametrize(
    "text",
    [
        "not yet. should i ring 999 or the other number. I dont want to waste their time",
        "what about the police do i still ring them",
        "do i call 101 or 999",
    ],
)
@pytest.mark.parametrize("crime_type", ["burglary", "theft"])
def test_after_a_burglary_it_is_101_or_online(text, crime_type):
    assert answer(text, crime_type) == "utter_report_when_its_over"
    said = sendable("utter_report_when_its_over")[0]
    assert "101" in said and "met.police.uk" in said and "not wasting" in said


@pytest.mark.parametrize(
    "text,crime_type",
    [
        ("should i actually call 999 though? hes just sitting there", "stalking_harassment"),
        ("should i ring 999 or the other number, theyre outside now", "burglary"),
        ("should i ring 999 or the other number", "domestic_abuse"),
        ("should i ring 999 or the other number", "fraud"),
        (
            "ok but can i still report it to the police after 10 years? nobody has told me",
            "burglary",
        ),
        (
            "ok. what do i do if he turns up again tomorrow. call 999 or 101? the police said to "
            "call them but nothing happens",
            "burglary",
        ),
    ],
)
def test_when_it_is_not_over_it_is_not_the_101_answer(text, crime_type):
    assert answer(text, crime_type) != "utter_report_when_its_over"


# -- 5. Tyrone: the tracked phone ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "find my iphone says its in a flat in brixton rn. can i just go get it",
        "the tracker says my bike is in a garage round the corner, should i go round and get it?",
    ],
)
def test_a_tracked_phone_is_for_the_police_to_fetch(text):
    assert answer(text, "robbery", under_18=True) == "utter_tracked_property"
    said = sendable("utter_tracked_property")[0]
    assert "don't go there" in said and "101" in said and "999" in said


@pytest.mark.parametrize(
    "text",
    [
        "can i get my phone back?",
        "find my iphone says its in brixton",
        "can i go get support for my son",
        "will the police track my phone?",
    ],
)
def test_near_misses_are_not_the_tracked_phone_answer(text):
    assert answer(text, "robbery") != "utter_tracked_property"


# -- 6. Sam: the CCTV, and the comments that found his work ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok galop is good. can I report it online instead of going to a station? and will they "
        "get the bus cctv before it's deleted",
        "what about the cctv though? no I'll call galop myself thanks",
        "how long do they keep cctv",
    ],
)
@pytest.mark.parametrize("crime_type", ["assault", None])
def test_the_cctv_means_telling_the_police_soon(text, crime_type):
    assert answer(text, crime_type) == "utter_cctv"
    said = sendable("utter_cctv")[0]
    assert "soon" in said and "10 days" in said and "met.police.uk" in said


@pytest.mark.parametrize(
    "text",
    [
        "i have cctv of him on my doorbell, should i keep it?",
        "there was cctv in the shop",
        "the cctv",
    ],
)
def test_near_misses_are_not_the_cctv_answer(text):
    assert answer(text, "assault") != "utter_cctv"


@pytest.mark.parametrize(
    "text",
    [
        "27. it's tiktok not instagram. and the comments have worked out which cafe I work at, im "
        "scared someone turns up",
        "no I'm at home. just furious. and people in the comments are finding out where i work",
    ],
)
def test_a_workplace_found_online(text):
    assert answer(text, "assault") == "utter_workplace_posted_online"
    said = sendable("utter_workplace_posted_online")[0]
    assert "Screenshot" in said and "employer" in said and "999" in said


@pytest.mark.parametrize(
    "text",
    [
        "yes honestly. he knows where i work",
        "i work in a cafe",
        "someone posted the video online",
    ],
)
def test_near_misses_are_not_the_workplace_answer(text):
    assert answer(text, "assault") != "utter_workplace_posted_online"


# -- in the middle of the questions ---------------------------------------------------------------

ORGANISATIONS = load_directory()
SAFE = {"consent": True, "in_danger": False}


def _read(text, requested, **answers):
    reading = read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers={**SAFE, **answers},
            organisations=ORGANISATIONS,
        )
    )
    return [said.response or said.args.get("utter_action") for said in reading.say]


@pytest.mark.parametrize(
    "text,requested,answers,expected",
    [
        (
            "not yet. what can police actually do, hes not done anything yet just stood there",
            "reported_to_police",
            {"crime_type": "stalking_harassment"},
            "utter_police_and_stalking",
        ),
        (
            "dont think so. do i have to tell my manager? i dont want a fuss on the ward",
            "hate_crime",
            {"crime_type": "stalking_harassment", "reported_to_police": False, "age": 37.0},
            "utter_telling_work",
        ),
        (
            "not yet. should i ring 999 or the other number. I dont want to waste their time",
            "reported_to_police",
            {"crime_type": "burglary"},
            "utter_report_when_its_over",
        ),
        (
            "27. it's tiktok not instagram. and the comments have worked out which cafe I work "
            "at, im scared someone turns up",
            "age",
            {"crime_type": "assault", "reported_to_police": False},
            "utter_workplace_posted_online",
        ),
        (
            "yeah for about 2 years on and off. plates, the remote, once a mug. the eye is the "
            "worst its been. is this even domestic abuse if its a bloke? feels daft",
            "repeat_victimisation",
            {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"},
            "utter_for_men_too",
        ),
        (
            "yes. and what i do tonight, he know kasia, maybe he come here",
            "voicemail_ok",
            {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"},
            "utter_if_he_comes",
        ),
    ],
)
def test_answered_beside_the_answer_to_a_question(text, requested, answers, expected):
    assert _read(text, requested, **answers) == [expected]

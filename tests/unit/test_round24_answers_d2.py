"""Round 24 safety answers (helper D2): messages role-players sent that got the wrong answer or
none. Leah, whose boyfriend grabbed her neck, said it was "not really a crime", that her voice
was croaky and it hurt to swallow, and made excuses for him; Pete's father, who has dementia, paid
rogue builders in cash and they keep coming back; Eve, spiked, asked whether she would be
believed after drinking and said she felt sick and was shaking; Nicole asked whether the police
could stop her ex posting a sex video before his deadline; Raj, a private hire driver attacked by
passengers, asked whether reporting it would cost him his licence. Each answer is in
bot/domain/responses_safeguarding.yml with its sources; each test quotes the message as it was
written, with ordinary answers and near misses that must not get it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from known_answers import SLOTS, answer, sources_above
from rasa.core.nlg.generator import ResponseVariationFilter

from core import yaml_files
from core.text import SMS_LIMIT

FILE = Path(__file__).resolve().parents[2] / "bot" / "domain" / "responses_safeguarding.yml"
RESPONSES = yaml_files.load(FILE.read_text())["responses"]

NEW = (
    "utter_strangling_is_a_crime",
    "utter_neck_warning_signs",
    "utter_excuses_for_abuse",
    "utter_cash_not_refunded",
    "utter_rogue_traders_back",
    "utter_believed_when_drunk",
    "utter_spiked_feeling_unwell",
    "utter_sextortion_police",
    "utter_licence_and_record",
)
FOR_THEM = tuple(name for name in NEW if name != "utter_sextortion_police")

ORDINARY = (
    "no",
    "yes",
    "21",
    "38",
    "my boyfriend",
    "my husband",
    "yes every day",
    "skip",
    "not sure",
    "english",
    "camden",
    "woman",
)
CRIME_TYPES = ("assault", "domestic_abuse", "fraud", "sexual_offence", "online_abuse", None)

LEAH = {"relationship_to_offender": "partner_or_ex"}
PETE = {"for_someone_else": True}
NICOLE = {"account_details": ["intimate_images"]}


def sendable(name: str, **slots: Any) -> list[str]:
    filled = {slot: None for slot in SLOTS} | slots
    chosen = ResponseVariationFilter(RESPONSES).responses_for_utter_action(name, "rest", filled)
    return [variant["text"] for variant in chosen]


@pytest.mark.parametrize("name", NEW)
def test_each_answer_is_one_sms_and_one_message_is_sent(name):
    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
    assert len(sendable(name)) == 1
    assert len(sendable(name, for_someone_else=True)) == 1
    assert len(sendable(name, for_someone_else=False)) == 1


@pytest.mark.parametrize("name", FOR_THEM)
def test_someone_writing_for_another_is_told_about_them(name):
    theirs = sendable(name, for_someone_else=True)[0]
    assert theirs != sendable(name)[0]
    assert "your " not in theirs.lower() and "you " not in theirs.lower()


def test_a_child_threatened_with_images_is_sent_to_ceop_and_childline():
    said = sendable("utter_sextortion_police", under_18=True)
    assert len(said) == 1 and "CEOP" in said[0] and "0800 1111" in said[0]


@pytest.mark.parametrize("name", NEW)
def test_every_answer_has_its_sources_written_above_it(name):
    comments = sources_above(name, FILE)
    assert re.search(r"\b[\w.-]+\.(?:uk|org|com)\b", comments), name


@pytest.mark.parametrize("name", NEW)
def test_no_answer_promises_an_outcome_or_blames(name):
    for variant in RESPONSES[name]:
        text = variant["text"].lower()
        assert not re.search(r"\bwill (?:be|get) (?:caught|charged|convicted|refunded)\b", text)
        assert "you should have" not in text and "why didn" not in text


# -- Leah: her boyfriend grabbed her neck ------------------------------------------------------


@pytest.mark.parametrize("crime_type", ["assault", "domestic_abuse", None])
def test_a_neck_grab_played_down_is_a_crime_and_a_warning_sign(crime_type):
    text = (
        "idk its not really a crime. we were arguing and he grabbed my neck for like a second. "
        "my throat is just a bit sore thats all"
    )
    assert answer(text, crime_type) == "utter_strangling_is_a_crime"
    said = sendable("utter_strangling_is_a_crime")[0]
    assert "crime on its own" in said and "s.75A" in said and "warning sign" in said
    assert "A&E" in said and "999" in said


@pytest.mark.parametrize(
    ("text", "crime_type", "answers"),
    [
        (
            "no. i dont want him in trouble. my voice is a bit croaky but its fine i dont need a&e "
            "its not that bad",
            "assault",
            {},
        ),
        (
            "no its ok. my voice is still really croaky tho and it hurts to swallow a bit. is that "
            "normal",
            "domestic_abuse",
            LEAH,
        ),
    ],
)
def test_a_croaky_voice_and_painful_swallowing_are_the_warning_signs(text, crime_type, answers):
    assert answer(text, crime_type, **answers) == "utter_neck_warning_signs"
    said = sendable("utter_neck_warning_signs")[0]
    assert "A&E today" in said and "999" in said and "isn't something to wait out" in said
    assert "head injury" not in said and "sight" not in said


@pytest.mark.parametrize(
    ("text", "crime_type", "answers"),
    [
        ("my boyfriend. i told you. hes not a bad person he was just stressed", "assault", {}),
        (
            "most serious crimes?? it was like a second. i think youre overreacting tbh. he said "
            "sorry",
            "domestic_abuse",
            LEAH,
        ),
    ],
)
def test_excuses_for_him_are_answered_without_blame_or_pressure(text, crime_type, answers):
    assert answer(text, crime_type, **answers) == "utter_excuses_for_abuse"
    said = sendable("utter_excuses_for_abuse")[0]
    assert "don't have to decide anything" in said and "isn't your fault" in said
    assert "0808 2000 247" in said and "leave" not in said


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("he grabbed my arm for like a second", "domestic_abuse"),
        ("he grabbed my neck", "domestic_abuse"),
        ("its not really a crime, he took my phone for a second", "theft"),
    ],
)
def test_near_misses_of_the_neck_answer(text, crime_type):
    assert answer(text, crime_type) != "utter_strangling_is_a_crime"


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("my voice is croaky because i have a cold", "assault"),
        ("its hard to swallow that he did this to me", "domestic_abuse"),
        ("im hoarse from arguing with the bank all day", "fraud"),
        ("my throat hurts from the cough", "assault"),
        # Told with the neck, the neck answer (get it checked today) stays.
        (
            "my neck is really sore today and my voice has gone a bit funny. my friend says i "
            "should go to a&e",
            None,
        ),
    ],
)
def test_near_misses_of_the_warning_signs(text, crime_type):
    assert answer(text, crime_type) != "utter_neck_warning_signs"


@pytest.mark.parametrize(
    ("text", "crime_type", "answers"),
    [
        ("he said sorry and paid me back", "fraud", {}),
        ("the shop manager said sorry", "theft", {}),
        ("my husband hit me when he was drunk", "domestic_abuse", LEAH),
        ("hes pushed me before. never my neck tho", "domestic_abuse", LEAH),
    ],
)
def test_near_misses_of_the_excuses_answer(text, crime_type, answers):
    assert answer(text, crime_type, **answers) != "utter_excuses_for_abuse"


# -- Pete: rogue builders took his father's cash ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok. and will he get the cash back? he took it out of the bank himself",
        "it wasnt a bank transfer it was CASH. does that still count",
    ],
)
def test_cash_handed_over_is_not_covered_by_the_bank_refunds(text):
    assert answer(text, "fraud", **PETE) == "utter_cash_not_refunded"
    theirs = sendable("utter_cash_not_refunded", for_someone_else=True)[0]
    assert "not cash" in theirs and "unlikely" in theirs and "£85,000" not in theirs
    assert "Sentencing Act 2020" in theirs


@pytest.mark.parametrize(
    "text",
    [
        "theyve been back twice already asking for more. can i stop them coming back",
        "yes they came back twice. but i asked how to stop them coming back, not about injuries",
        "he paid them cash mostly, he went to the bank with them. and you STILL havent said how "
        "to stop them coming back. should i ring trading standards or the police",
        "this is useless. its not his bank its rogue builders at his DOOR. hes got dementia. what "
        "do i do if they turn up again",
    ],
)
def test_rogue_traders_coming_back_get_the_door_999_101_and_trading_standards(text):
    assert answer(text, "fraud", **PETE) == "utter_rogue_traders_back"
    theirs = sendable("utter_rogue_traders_back", for_someone_else=True)[0]
    assert "999" in theirs and "101" in theirs and "Trading Standards" in theirs
    assert "0808 223 1133" in theirs


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("i paid by bank transfer, will i get it back?", "fraud"),
        ("they took cash from the till, will the shop get it back?", "theft"),
        ("what do i do if they call again", "fraud"),
        ("should i ring trading standards about my broken washing machine", "other"),
    ],
)
def test_near_misses_of_the_cash_and_rogue_trader_answers(text, crime_type):
    assert answer(text, crime_type) not in ("utter_cash_not_refunded", "utter_rogue_traders_back")


# -- Eve: spiked ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type", "answers"),
    [
        (
            "no. i woke up in some guys flat i dont know who he is. will they even believe me i "
            "was drinking too",
            None,
            {},
        ),
        ("skip. will they believe me if i was drunk tho?? u keep not answering", None, {}),
        ("29. but would they believe me tho", "assault", {"possible_sexual_offence": True}),
    ],
)
def test_being_drunk_or_spiked_does_not_make_it_her_fault(text, crime_type, answers):
    assert answer(text, crime_type, **answers) == "utter_believed_when_drunk"
    said = sendable("utter_believed_when_drunk")[0]
    assert "isn't your fault" in said and "020 3299 6900" in said and "12 hours" in said


@pytest.mark.parametrize(
    ("text", "crime_type", "answers"),
    [
        ("no idk. i just feel sick and i keep shaking", None, {}),
        ("no idk. i just feel sick and i keep shaking", "assault", {}),
        ("i think i was spiked, i feel really dizzy", None, {}),
    ],
)
def test_feeling_ill_after_spiking_gets_nhs_111_a_and_e_and_999(text, crime_type, answers):
    assert answer(text, crime_type, **answers) == "utter_spiked_feeling_unwell"
    said = sendable("utter_spiked_feeling_unwell")[0]
    assert "NHS 111" in said and "A&E" in said and "999" in said


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("will they believe me", "burglary"),
        ("i feel sick thinking about it", None),
        ("im shaking", "burglary"),
        ("i feel sick and shaky every time i see the door", "burglary"),
    ],
)
def test_near_misses_of_the_spiking_answers(text, crime_type):
    assert answer(text, crime_type) not in (
        "utter_believed_when_drunk",
        "utter_spiked_feeling_unwell",
    )


# -- Nicole: her ex threatens to post a sex video by Friday ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no im 33 i just said. and its not happened more than once, hes just threatening. please "
        "what do i do before friday",
        "no. sorry im just panicking, i cant eat, i keep thinking everyone at work will see it. do "
        "the police actually do anything about this",
        "why does it say again and again, its only happened once i told you. and will the police "
        "actually stop him posting it before friday?",
        "ok but you still havent said. will police stop him posting it??",
    ],
)
def test_the_police_can_act_on_the_threat_itself(text):
    assert answer(text, "domestic_abuse", **NICOLE) == "utter_sextortion_police"
    said = sendable("utter_sextortion_police")[0]
    assert "crime on its own" in said and "s.66B" in said and "blackmail" in said
    assert "can't promise" in said and "101" in said


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("will the police stop him", {}),
        ("what do i do before friday", {}),
        ("will the police stop him posting it?", {**NICOLE, "for_someone_else": True}),
    ],
)
def test_near_misses_of_the_police_and_images_answer(text, answers):
    assert answer(text, "stalking_harassment", **answers) != "utter_sextortion_police"


# -- Raj: a private hire driver punched by passengers ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no im ok now. its more i'm worried about work, if i report it will TfL take my licence "
        "off me?",
        "no not yet. you didnt answer about my licence. im a private hire driver, uber. if I go "
        "to police does it go on my record",
        "38. please just tell me about the licence thing, thats what im worried about. i got a "
        "family to feed",
        "ok but none of this says about my licence. will uber or the council find out if i "
        "report it",
    ],
)
def test_reporting_a_crime_done_to_him_is_not_a_criminal_record(text):
    assert answer(text, "assault") == "utter_licence_and_record"
    said = sendable("utter_licence_and_record")[0]
    assert "doesn't give you a criminal record" in said and "TfL" in said
    assert "Firms' own rules vary" in said and "0808 168 9291" in said


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("he stole my driving licence, should i tell the police?", {}),
        ("do the police keep a record of it?", {}),
        ("he has a record, hes done it before", {}),
        ("can the club lose the licence if i report it", {}),
        ("will the driver lose his licence if i report it?", {}),
        ("will he get a criminal record if i report it", {}),
    ],
)
def test_near_misses_of_the_licence_answer(text, answers):
    assert answer(text, "assault", **answers) != "utter_licence_and_record"


# -- ordinary answers never get any of these --------------------------------------------------


@pytest.mark.parametrize("text", ORDINARY)
@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_ordinary_answers_get_none_of_these(text, crime_type):
    for answers in ({}, LEAH, PETE, NICOLE, {"possible_sexual_offence": True}):
        assert answer(text, crime_type, **answers) not in NEW

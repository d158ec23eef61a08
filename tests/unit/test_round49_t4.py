"""Round 49, helper T4: Nathan (boyfriend hits him when drunk), Patricia (son killed, trial
next month) and Dev (car keyed with a racist note)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import RESPONSES, answer


@pytest.mark.parametrize(
    ("text", "crime", "expected"),
    [
        (
            "maybe. honestly am i overreacting? he was gutted this morning, said sorry, cried and "
            "everything. he's a good guy sober",
            "domestic_abuse",
            "utter_t4_abuse_not_overreacting",
        ),
        (
            "ha ok. cheers i guess. so is grabbing someones neck actually a big deal? my mate said "
            "it is",
            "domestic_abuse",
            "utter_strangling_is_a_crime",
        ),
        (
            "im not worried about being outed lol everyone knows. i mean will galop grass him up "
            "to the police if i ring them",
            "domestic_abuse",
            "utter_t4_galop_not_police",
        ),
        (
            "will galop tell the police about him if i call?",
            "domestic_abuse",
            "utter_t4_galop_not_police",
        ),
        (
            "someone to talk to i guess. but not some womens refuge thing, id feel like a right "
            "idiot. is there stuff for gay guys",
            "domestic_abuse",
            "utter_t4_gay_men_services",
        ),
        (
            "Help with court. So do I have to wait until he's found guilty to write it? Sue said "
            "something about doing it now.",
            "homicide",
            "utter_t4_vps_when",
        ),
        (
            "English. You didn't answer me. Do I write the statement now or wait until after the "
            "verdict?",
            "homicide",
            "utter_t4_vps_when",
        ),
        (
            "Not yet. I am so angry with the CPS. They charged manslaughter not murder and nobody "
            "asked me. I've asked to speak to the barrister and got nowhere. Do I have any right "
            "to meet them?",
            "homicide",
            "utter_t4_meet_prosecutor",
        ),
        (
            "It says to ask to meet the prosecutor. So I do have that right. How do I ask? Sue "
            "isn't answering.",
            "homicide",
            "utter_t4_meet_prosecutor",
        ),
        (
            "Yes, that's OK. You answered 1 and 3. What about 2, the evidence?",
            "criminal_damage",
            # -- round 67, helper m3 --: no hate told here (Dev's note is not in this test), so
            # the crime scene without True Vision; Dev's own is in test_round67_m3.py.
            "utter_m3r67_crime_scene_evidence",
        ),
        (
            "I don't know. A stranger presumably. We've had no disputes with neighbours. There are "
            "a couple of doorbell cameras on the street - should I ask them for footage now before "
            "it's overwritten?",
            "criminal_damage",
            "utter_t4_neighbours_footage",
        ),
        (
            "Should I ask my neighbours to save their doorbell camera footage?",
            "criminal_damage",
            "utter_t4_neighbours_footage",
        ),
        (
            "Can I get the car repaired before reporting, or will the police need to see the "
            "damage?",
            "criminal_damage",
            "utter_m3r67_repair_car_first",  # -- round 67, helper m3 --: True Vision needs hate
        ),
        # -- round 67, helper m3 --: with nothing told, no note and no True Vision.
        ("what evidence should I keep?", None, "utter_m3r67_crime_scene_evidence"),
    ],
)
def test_their_questions_get_answers(text: str, crime: str | None, expected: str) -> None:
    assert answer(text, crime) == expected


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("No, I'm safe now", "domestic_abuse"),
        ("yeah he doesnt look at my phone", "domestic_abuse"),
        ("a man?? thought that was obvious mate", "domestic_abuse"),
        ("Hillingdon", "homicide"),
        ("Weekday afternoons. Not Thursdays, that's when I visit the cemetery.", "homicide"),
        ("English", "criminal_damage"),
        ("Hounslow. I mentioned that in my first message.", "criminal_damage"),
    ],
)
def test_ordinary_answers_are_not_questions(text: str, crime: str) -> None:
    assert answer(text, crime) is None


def test_overreacting_needs_abuse() -> None:
    assert answer("am i overreacting?", "domestic_abuse") == "utter_t4_abuse_not_overreacting"
    assert answer("am i overreacting?", "stalking_harassment") != "utter_t4_abuse_not_overreacting"


def test_meeting_the_prosecutor_is_for_bereaved_families_here() -> None:
    assert answer("How do I ask?", "burglary") != "utter_t4_meet_prosecutor"


def test_texts_are_short_and_the_vps_is_not_only_after_a_verdict() -> None:
    for name, variants in RESPONSES.items():
        if name.startswith("utter_t4_"):
            assert all(len(v["text"]) <= 320 for v in variants), name
    bereaved = RESPONSES["utter_speak_in_court_vps"][0]["text"]
    assert "any time before sentencing" in bereaved
    assert len(bereaved) <= 320


def test_a_general_galop_question_keeps_the_general_answer() -> None:
    assert answer("will the people at galop tell the police?", "assault") == (
        "utter_support_not_police"
    )

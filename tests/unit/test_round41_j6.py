"""Round 41 answers (helper J6): questions asked two to four times and never answered.

- Bella, 45, abused by her wife, a Met officer: can the police see what is kept; how do you
  report a police officer; outside the Met, the IOPC.
- Colin, 55, a slur sprayed on his door (second time), with atrial fibrillation: clean it or
  leave it for the police, photos, his racing heart, and "damage AND harassment".
- Nadia, 35, limited English, abused by her husband and his mother, who check her phone, and
  who said "keep nothing": the phone bill, Bangla on the helpline, the child benefit; never
  "say 'human'" when nothing is kept.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable

from actions.reading import Turn, read_turn

NEW = (
    "utter_j6_police_see_chat",
    "utter_j6_report_police_partner",
    "utter_j6_police_partner_outside_force",
    "utter_j6_graffiti_before_cleaning",
    "utter_j6_heart_racing",
    "utter_j6_both_crimes",
    "utter_j6_call_shows_on_bill",
    "utter_j6_helpline_language",
    "utter_j6_child_benefit",
    "utter_j6_cannot_answer_not_kept",
    "utter_j6_question_beside_answer_not_kept",
)
BELLA = {"age": 45, "relationship_to_offender": "partner_or_ex", "consent": False}
COLIN = {
    "age": 55,
    "relationship_to_offender": "someone_known",
    "hate_motivated": True,
    "repeat_victimisation": True,
    "consent": True,
}
NADIA = {"age": 35, "relationship_to_offender": "family_member", "consent": False}
NEW_ANSWERS = set(NEW)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name,
        "round 41, helper J6",
        ({}, {"gender": "man"}, {"cannot_phone": True}, {"consent": True}),
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Bella ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Does the police have any access to what you keep? That's really important.",
        "can the police see this chat?",
        "will the met read what i tell you",
        "do you share my answers with the police?",
    ],
)
def test_whether_the_police_see_what_is_kept(said):
    assert answer(said, None) == "utter_j6_police_see_chat"
    assert answer(said, "domestic_abuse", **BELLA) == "utter_j6_police_see_chat"


def test_the_police_see_chat_answer_says_no_and_who_does():
    text = sendable("utter_j6_police_see_chat")[0]
    assert text.startswith("No. I'm not the police")
    assert "only our support team" in text and "delete my data" in text


@pytest.mark.parametrize(
    "said",
    [
        "No. How can I? She IS the police. Her mates would see it. How do you even report a "
        "police officer?",
        "That's not what I mean. I mean reporting a police officer for domestic abuse. Is there "
        "any special route for that?",
        "my husband is a police officer, how do i report him",
    ],
)
def test_how_to_report_a_partner_who_is_a_police_officer(said):
    assert answer(said, "domestic_abuse", **BELLA) == "utter_j6_report_police_partner"


@pytest.mark.parametrize(
    "said",
    [
        "Thank you, Galop is what I was looking for. But my main worry: if I report her, will it "
        "go to her own colleagues? Can I report to someone outside the Met?",
        "Can I complain to the IOPC about her? Or professional standards? Or report to Surrey "
        "police instead?",
        "can i report him to a different force",
    ],
)
def test_reporting_outside_her_force(said):
    assert answer(said, "domestic_abuse", **BELLA) == "utter_j6_police_partner_outside_force"


def test_the_police_partner_answers_name_the_iopc_and_galop_or_mens_line():
    for name in ("utter_j6_report_police_partner", "utter_j6_police_partner_outside_force"):
        text = sendable(name)[0]
        assert "policeconduct.gov.uk" in text and "0800 999 5428" in text
        assert "0808 801 0327" in sendable(name, gender="man")[0]


@pytest.mark.parametrize(
    ("said", "crime", "answers"),
    [
        ("how do I complain about the police officer who took my statement?", "assault", {}),
        ("i want to complain about how the police dealt with my burglary", "burglary", {}),
        ("Can I complain to the IOPC about the officer on my case?", "assault", {}),
        ("the police officer was lovely", "domestic_abuse", BELLA),
        ("can I report it online?", "domestic_abuse", BELLA),
    ],
)
def test_other_police_complaints_do_not_get_the_police_partner_answers(said, crime, answers):
    assert answer(said, crime, **answers) not in NEW_ANSWERS


# -- 2. Colin -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Not yet this time. Reported the first one, got a crime number and a leaflet. Question "
        "though - should I clean it off before the police come and look? I'd rather not have the "
        "postman read it for a week.",
        "55. But you didn't answer me - can I scrub the door or do the police need to see it "
        "first?",
        "Court? We're a long way off court. Yes I know who did it, it's the neighbour at number "
        "14. Third time of asking: clean the door or leave it?",
        "Galop, that's the one, thank you. Now, for the fourth and final time - the door. Paint "
        "over it or leave it for the police?",
        "Well that's a first, a straight answer that it can't answer. Fine. Should I take photos "
        "of it at least?",
    ],
)
def test_clean_the_graffiti_or_leave_it_for_the_police(said):
    assert answer(said, "stalking_harassment", **COLIN) == "utter_j6_graffiti_before_cleaning"
    assert answer(said, "criminal_damage", **COLIN) == "utter_j6_graffiti_before_cleaning"


def test_someone_who_only_says_graffiti_gets_it_too():
    said = "they sprayed graffiti on my wall, can i paint over it?"
    assert answer(said, None) == "utter_j6_graffiti_before_cleaning"


def test_the_graffiti_answer_says_photograph_first_and_report_it():
    text = sendable("utter_j6_graffiti_before_cleaning")[0]
    assert text.startswith("Photograph it first")
    assert "hate crime" in text and "101" in text


@pytest.mark.parametrize(
    ("said", "crime"),
    [
        ("can I clean up before the police come?", "burglary"),
        ("should i take photos of my injuries?", "assault"),
        ("can i wash before i go to the havens?", "sexual_offence"),
        ("the door", "stalking_harassment"),
        ("Bexley. Welling, to be precise.", "stalking_harassment"),
    ],
)
def test_other_cleaning_and_photo_questions_do_not_get_the_graffiti_answer(said, crime):
    assert answer(said, crime, **COLIN) != "utter_j6_graffiti_before_cleaning"


@pytest.mark.parametrize(
    "said",
    [
        "Right. And when he starts shouting and my heart goes all over the place, what then? "
        "Last time I had to sit on the stairs for twenty minutes.",
        "i get palpitations when he bangs on the wall, what should i do?",
        "my heart keeps racing, is that normal?",
    ],
)
def test_a_racing_heart_gets_999_and_111(said):
    assert answer(said, "stalking_harassment", **COLIN) == "utter_j6_heart_racing"
    text = sendable("utter_j6_heart_racing")[0]
    assert "999" in text and "NHS 111" in text


def test_his_heart_condition_told_at_the_health_question_gets_the_heart_answer():
    said = (
        "I have a heart condition, atrial fibrillation, and my GP says stress doesn't help. "
        "Every time I hear his door go my chest starts doing the conga."
    )
    assert answer(said, "stalking_harassment", **COLIN) == "utter_j6_heart_racing"


@pytest.mark.parametrize(
    "said",
    [
        "I have a heart condition",
        "it broke my heart",
        "my heart goes out to my neighbour",
    ],
)
def test_a_heart_named_in_passing_is_not_the_heart_answer(said):
    assert answer(said, "stalking_harassment", **COLIN) != "utter_j6_heart_racing"


@pytest.mark.parametrize(
    "said",
    [
        "So does it still say harassment too? The shouting is the worse bit frankly.",
        "Damage AND harassment please. Both. He shouts slurs at me.",
        "it's criminal damage as well as harassment",
    ],
)
def test_both_crimes_are_acknowledged(said):
    assert answer(said, "criminal_damage", **COLIN) == "utter_j6_both_crimes"


def test_both_crimes_says_the_team_reads_it_when_kept():
    assert "support team will read" in sendable("utter_j6_both_crimes", consent=True)[0]
    assert "support team" not in sendable("utter_j6_both_crimes", consent=False)[0]


@pytest.mark.parametrize(
    "said",
    ["harassment", "what is harassment?", "criminal damage", "he damaged my car and my bike"],
)
def test_one_crime_named_is_not_both_crimes(said):
    assert answer(said, "criminal_damage", **COLIN) != "utter_j6_both_crimes"


# -- 3. Nadia -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "ok. if i call they see the number on my phone bill? my husband check everything",
        "will the helpline show up on my phone bill?",
        "can he see it in my call history if i ring them",
    ],
)
def test_whether_a_call_shows_on_the_bill(said):
    assert answer(said, "domestic_abuse", **NADIA) == "utter_j6_call_shows_on_bill"
    text = sendable("utter_j6_call_shows_on_bill")[0]
    assert "safer phone" in text and "0808 2000 247" in text


@pytest.mark.parametrize(
    ("said", "crime"),
    [
        ("there is a number on my phone bill i dont know", "fraud"),
        ("they took my phone", "robbery"),
        ("can i pay the bill later", None),
    ],
)
def test_other_bills_are_not_the_call_answer(said, crime):
    assert answer(said, crime) != "utter_j6_call_shows_on_bill"


@pytest.mark.parametrize(
    "said",
    [
        "this number they speak bangla? i cant talk english good on phone",
        "no. my question: the helpline have bengali speaker?",
        "do they speak urdu on the helpline?",
    ],
)
def test_whether_the_helpline_speaks_her_language(said):
    assert answer(said, "domestic_abuse", **NADIA) == "utter_j6_helpline_language"
    assert "translators" in sendable("utter_j6_helpline_language")[0]
    assert "08 08 16 89 111" in sendable("utter_j6_helpline_language", gender="man")[0]


@pytest.mark.parametrize(
    "said",
    [
        "tower hamlets. can somebody speak bangla with me? sylheti better. phone english is hard "
        "for me",
        "bengali",
        "English",
        "I speak Polish",
    ],
)
def test_asking_for_a_language_is_not_the_helpline_answer(said):
    assert answer(said, "domestic_abuse", **NADIA) != "utter_j6_helpline_language"


@pytest.mark.parametrize(
    "said",
    [
        "sorry one more. the child benefit they take it. can i get it back in my name?",
        "i ask about child benefit money. not court. you understand?",
        "my husband takes my child benefit",
    ],
)
def test_the_child_benefit_they_take(said):
    for crime, answers in (("domestic_abuse", NADIA), (None, {})):
        assert answer(said, crime, **answers) == "utter_j6_child_benefit"
    text = sendable("utter_j6_child_benefit")[0]
    assert "economic abuse" in text and "HMRC" in text


def test_child_benefit_taken_is_recorded_as_economic_abuse():
    reading = read_turn(
        Turn(
            text="my husband and shashuri (his mother). they take my child benefit money also. "
            "i have 2 children",
            intent="inform",
            requested="reported_to_police",
            answers={"crime_type": "domestic_abuse", **NADIA},
            asked={"reported_to_police": 1},
        )
    )
    assert "economic" in reading.slots.get("account_details", [])


def test_a_question_beside_an_answer_offers_no_person_when_nothing_is_kept():
    def beside(consent):
        reading = read_turn(
            Turn(
                text="35. is the helpline open at night?",
                intent="inform",
                requested="age",
                answers={"crime_type": "domestic_abuse", **NADIA, "age": None, "consent": consent},
                asked={"age": 1},
            )
        )
        return [say.response for say in reading.say]

    kept, not_kept = beside(True), beside(False)
    if "utter_question_beside_answer" in kept:
        assert "utter_j6_question_beside_answer_not_kept" in not_kept
    for text in sendable("utter_j6_question_beside_answer_not_kept") + sendable(
        "utter_j6_cannot_answer_not_kept"
    ):
        assert "human" not in text


@pytest.mark.parametrize(
    "said",
    ["No", "Yes", "35", "A woman", "tower hamlets", "feeling safe", "skip", "no keep nothing"],
)
def test_ordinary_answers_get_no_new_answer(said):
    for crime, answers in (("domestic_abuse", NADIA), ("stalking_harassment", COLIN)):
        assert answer(said, crime, **answers) not in NEW_ANSWERS

"""Round 32 answers (helper T): questions four role-players asked that got a wrong answer or none.

- Sophie, a GP stalked by a patient's husband (not a partner or relative), asked three times for
  an order she could apply for herself and got the non-molestation answer three times.
- Nadia, abused by her husband, asked whether a refuge takes her 2-year-old and got the
  social-services answer, the same helpline text, then nothing.
- Rosa, whose son of 16 is made to sell drugs (county lines), asked whether the police will
  arrest him and who helps him: "I can't answer" or nothing.
- Ana, exposed to on a night bus a week ago, asked whether it is worth reporting and whether a
  week later is OK: "I can't answer", or "No: this chat doesn't report the crime".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
    sources_above,
)

from referrals.directory import load_directory

ORGANISATIONS = load_directory()
NEW = (
    "utter_harassment_injunction",
    "utter_refuge_with_children",
    "utter_exploited_child_parent",
    "utter_not_too_late_to_report",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 32, helper T", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Sophie: an order against someone who is not a partner or relative ---------------------

SOPHIE = [
    "No. Should I be telling my practice manager? And can I get a restraining order myself, "
    "without waiting for the police?",
    "No. But he's not my ex or a relative, he's a patient's husband, so a non-molestation order "
    "doesn't apply, does it? Is there something I can apply for myself?",
    "Thank you. So you're treating this as stalking? And can I apply for a harassment injunction "
    "myself in the county court?",
]


@pytest.mark.parametrize("said", SOPHIE)
def test_an_order_against_someone_known_is_a_harassment_injunction(said):
    got = answer(said, "stalking_harassment", relationship_to_offender="someone_known")
    assert got == "utter_harassment_injunction"


@pytest.mark.parametrize("said", SOPHIE[1:])
def test_saying_he_is_not_a_partner_is_enough(said):
    assert answer(said, "stalking_harassment") == "utter_harassment_injunction"


@pytest.mark.parametrize("relationship", ["stranger", "unknown", "someone_known"])
def test_anyone_but_a_partner_or_relative_gets_the_injunction(relationship):
    said = "can i get a restraining order?"
    got = answer(said, "stalking_harassment", relationship_to_offender=relationship)
    assert got == "utter_harassment_injunction"


@pytest.mark.parametrize(
    ("said", "crime_type", "relationship"),
    [
        ("can i get a restraining order against him?", "domestic_abuse", None),
        ("can I get an order to keep him away from me and the kids?", "domestic_abuse", None),
        ("can i get a restraining order against my ex?", "stalking_harassment", "partner_or_ex"),
        ("can i get a non molestation order?", "assault", "family_member"),
    ],
)
def test_a_partner_ex_or_relative_still_gets_the_non_molestation_answer(
    said, crime_type, relationship
):
    got = answer(said, crime_type, relationship_to_offender=relationship)
    assert got == "utter_protection_order"


def test_the_injunction_answer_says_she_can_apply_herself_and_names_the_act():
    text = sendable("utter_harassment_injunction")[0]
    assert "county court" in text and "apply yourself" in text
    assert "Protection from Harassment Act 1997" in text and "crime" in text
    assert "stalking protection order" in text
    assert "non-molestation" not in text
    assert "legislation.gov.uk/ukpga/1997/40/section/3" in sources_above(
        "utter_harassment_injunction"
    )


# -- 2. Nadia: taking a child to a refuge ---------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "yes ok. can i go to a refuge and take my daughter with me? i dont know where to start",
        "safe for now hes at work till 6 but sometimes he comes back early. i didnt ask about "
        "social services i asked about refuge can my daughter come",
        "no i havent. im scared if i report he finds out. will the refuge take a 2 year old??",
        "36. pls just tell me yes or no can kids go in refuges",
    ],
)
@pytest.mark.parametrize("crime_type", [None, "domestic_abuse"])
def test_children_in_a_refuge_get_a_plain_yes(said, crime_type):
    assert answer(said, crime_type) == "utter_refuge_with_children"


def test_the_refuge_answer_says_yes_and_gives_the_helpline():
    text = sendable("utter_refuge_with_children")[0]
    assert text.startswith("Yes, you can take your children")
    assert "0808 2000 247" in text and "24/7" in text
    assert "womensaid.org.uk" in sources_above("utter_refuge_with_children")


@pytest.mark.parametrize(
    "said",
    [
        "can i go to a refuge tonight?",
        "will the refuge take me?",
        "is there a refuge i can go to",
    ],
)
def test_a_refuge_without_children_keeps_its_answer(said):
    assert answer(said, "domestic_abuse") not in (None, "utter_refuge_with_children")


@pytest.mark.parametrize(
    "said",
    [
        "i told my kids about the refuge",
        "my son is 6",
        "will social services take my baby?",
    ],
)
def test_not_a_question_about_children_in_a_refuge(said):
    assert answer(said, "domestic_abuse") != "utter_refuge_with_children"


# -- 3. Rosa: a parent whose child is exploited to sell drugs --------------------------------------

ROSA = [
    "the men is gone now. my son is in home now. but they say they come back. what I do? police "
    "will arrest mi hijo?",
    "no. when he missing I call police, they find him. but now I am scared to tell about drugs, "
    "they will put him in prison? he is only a boy",
    "this is for me but what about Mateo? who help him? he is a child",
]


@pytest.mark.parametrize("said", ROSA)
def test_the_parent_of_an_exploited_child_is_answered(said):
    assert answer(said, "human_trafficking") == "utter_exploited_child_parent"


def test_the_words_alone_say_the_child_is_exploited():
    said = "older men make my son sell drugs, will police arrest him?"
    assert answer(said, None) == "utter_exploited_child_parent"


@pytest.mark.parametrize(
    ("said", "crime_type"),
    [
        ("they make me sell drugs, will i get arrested?", None),
        ("will i get arrested? i had to carry drugs", "human_trafficking"),
    ],
)
def test_the_young_person_still_gets_their_own_answer(said, crime_type):
    assert answer(said, crime_type, age=15) == "utter_exploited_not_blamed"


@pytest.mark.parametrize(
    ("said", "crime_type"),
    [
        ("my son is 6, he is a child, who will help him?", "assault"),
        ("will they arrest the man who hit my son?", "assault"),
        ("my son was stabbed, will police arrest him?", "assault"),
    ],
)
def test_a_child_hurt_otherwise_does_not_get_the_exploitation_answer(said, crime_type):
    assert answer(said, crime_type) != "utter_exploited_child_parent"


def test_the_parent_answer_says_victim_and_promises_nothing():
    text = sendable("utter_exploited_child_parent")[0]
    assert "victim of criminal exploitation" in text
    assert "National Referral Mechanism" in text and "can't promise" in text
    assert "0808 800 5000" in text


# -- 4. Ana: is it OK to report a week later -----------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "ok. i dont go to police. is worth it to report? it was one week ago already",
        "no thanks. i think i call the police. its ok one week later?",
        "no i did not tell police yet!! i ask if is ok to report one week after",
    ],
)
def test_a_week_later_is_not_too_late(said):
    assert answer(said, "sexual_offence") == "utter_not_too_late_to_report"
    assert answer(said, None) == "utter_not_too_late_to_report"


def test_will_police_do_something_is_the_worth_reporting_answer():
    said = (
        "stranger. never see him before. if i report now, police will do something or no? i "
        "dont have photo of him"
    )
    assert answer(said, "sexual_offence") == "utter_worth_reporting"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # Round 40 (helper G4): after a theft, "is it worth reporting" is answered yes, with
        # why (the crime number, patterns, Right 3): utter_g4_worth_reporting.
        ("is it even worth reporting?", "utter_g4_worth_reporting"),
        ("is it too late to report it? it was years ago", "utter_not_too_late"),
    ],
)
def test_the_older_answers_keep_their_questions(said, expected):
    assert answer(said, "theft") == expected


@pytest.mark.parametrize(
    "said",
    [
        "it happened one week ago",
        "im ok now, one week later",
        "it was a week ago, he took my bag",
        "if i report will they do something to me?",
        "they will do something to me if i tell",
    ],
)
def test_not_asking_whether_it_is_too_late(said):
    assert answer(said, "theft") != "utter_not_too_late_to_report"


def test_the_late_report_answer_says_plainly_it_is_not_too_late():
    text = sendable("utter_not_too_late_to_report")[0]
    assert text.startswith("Yes, it's OK")
    assert "not too late" in text and "101" in text and "met.police.uk" in text
    assert "section/66" in sources_above("utter_not_too_late_to_report")

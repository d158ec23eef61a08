"""Round 74, helper a74d: topics for children around someone dangerous and services for men
(Dean), whether the offender learns the victim's address (Grace, Amira), someone close planning
revenge (Ibrahim), checking a caller is real (Margaret), being punished at work for complaining
(Sofia) and the cost of a shop's security (Ray); and messages from other people that must not be
placed there."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.known_answers import (
    assert_one_sms_with_a_source,
)
from tests.unit.known_answers import topic_answered as answered

TOPIC_ANSWERS = Path(__file__).parents[2] / "bot" / "domain" / "responses_topics.yml"

DEAN = {"crime_type": "stalking_harassment", "age": 45.0, "gender": "man"}
GRACE = {"crime_type": "stalking_harassment", "age": 29.0}
AMIRA = {"crime_type": "sexual_offence", "age": 31.0}
IBRAHIM = {"crime_type": "homicide", "age": 52.0}
MARGARET = {"crime_type": "fraud", "age": 79.0}
SOFIA = {"crime_type": "sexual_offence", "age": 33.0}
RAY = {"crime_type": "burglary", "age": 58.0}

NEW = [
    "utter_topic_a74d_children_danger",
    "utter_topic_a74d_address_kept",
    "utter_topic_a74d_revenge",
    "utter_topic_a74d_check_caller",
    "utter_topic_a74d_victimisation_work",
    "utter_topic_a74d_men",
    "utter_topic_a74d_business_security",
]


def told(facts: dict, *words: str) -> dict:
    """The facts with the conversation's earlier words (actions/answer_facts.py)."""
    return {**facts, "said": list(words)}


@pytest.mark.parametrize("name", NEW)
def test_each_answer_is_one_sms_with_a_source(name):
    assert_one_sms_with_a_source(name, TOPIC_ANSWERS)


# -- children around someone dangerous (Dean) -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my kids are 7 and 10. he shouts at them too apparently. who do i call about that",
        "and what about my kids, can anyone stop him being round them?",
        "he threatens my children too. who can i ring about them",
    ],
)
def test_children_around_someone_dangerous(text):
    assert answered(text, DEAN) == "utter_topic_a74d_children_danger"
    assert answered(text, told(DEAN, "its the kids im worried about")) == (
        "utter_topic_a74d_children_danger"
    )


def test_children_answer_needs_children_told():
    # "who do i call about that" with no child in the conversation: not this answer.
    text = "he shouts at her too apparently. who do i call about that"
    assert answered(text, told(DEAN, "my ex's new bloke threatens me")) is None


# -- the offender learning the address (Grace, Amira) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "thank you. if i go to police will he get my address? he already knows where i work",
            GRACE,
        ),
        ("no i mean HIM. the man. if i make a statement does he see my address", GRACE),
        (
            "No I meant if I report it and it goes to court, does the man get told where I live?",
            AMIRA,
        ),
        ("will my address be read out in court?", AMIRA),
        ("would the police tell him where i live?", AMIRA),
    ],
)
def test_the_offender_learning_the_address(text, facts):
    assert answered(text, facts) == "utter_topic_a74d_address_kept"


# -- someone close planning revenge (Ibrahim) -----------------------------------------------------


def test_someone_close_planning_revenge():
    text = (
        "One more thing. My nephew Bilal, he is 19, he says he knows where one of the families "
        "lives and he will do something. I am scared he will get himself in trouble or killed. "
        "What do I do"
    )
    assert answered(text, told(IBRAHIM)) == "utter_topic_a74d_revenge"
    assert answered("my brother wants revenge, what do i do?", IBRAHIM) == (
        "utter_topic_a74d_revenge"
    )
    assert answered("my son says he will hurt one of them. what should i do?", IBRAHIM) == (
        "utter_topic_a74d_revenge"
    )


def test_worry_for_someone_without_revenge_told_is_not_revenge():
    text = "I am scared he will get himself in trouble. What do I do"
    assert answered(text, told(IBRAHIM, "my son is in a gang")) != "utter_topic_a74d_revenge"


# -- checking a caller (Margaret) -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "But how will I know its really your people ringing and not those men again? They said "
        "they were police too",
        "how do i know the caller is genuine?",
    ],
)
def test_checking_a_caller(text):
    assert answered(text, MARGARET) == "utter_topic_a74d_check_caller"


# -- punished at work for complaining (Sofia) -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "33. But you did not answer. Is it legal for him to fire me and put me out of the room if "
        "I complain?",
        "and the job? can he fire me?",
        "will i get sacked if i report him?",
    ],
)
def test_punished_at_work_for_complaining(text):
    facts = told(SOFIA, "my boss at the hotel keeps touching me", "the room comes with the job")
    assert answered(text, facts) == "utter_topic_a74d_victimisation_work"


def test_fired_without_sexual_harassment_told_is_the_work_answer():
    facts = {"crime_type": "domestic_abuse", "age": 30.0, "said": ["my partner hits me"]}
    assert answered("can my boss sack me if i go to the police?", facts) != (
        "utter_topic_a74d_victimisation_work"
    )


# -- services for men (Dean) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is there anything for blokes or is it all women",
        "honestly are these services even for men?",
        "is there any support for men?",
    ],
)
def test_services_for_men(text):
    assert answered(text, DEAN) == "utter_topic_a74d_men"


# -- the cost of a shop's security (Ray) ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You still havent said if anyone can help with the cost of the shutters. Is there a grant "
        "or something for small shops",
        "Its the shop that gets burgled not my house, does that make a difference? and will they "
        "help with the shutters",
    ],
)
def test_business_security_costs(text):
    facts = told(RAY, "my shop got broken into again")
    assert answered(text, facts) == "utter_topic_a74d_business_security"


def test_security_at_home_is_not_the_business_answer():
    facts = {"crime_type": "burglary", "age": 40.0, "said": ["they broke into my flat"]}
    assert answered("will they help with new locks?", facts) != (
        "utter_topic_a74d_business_security"
    )


# -- other people's messages that must not be placed on these topics -----------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # The chat, not the offender (Grace's earlier worry, answered by a worded row).
        ("will the police get my number from this chat?", GRACE),
        # A threat to the person themselves, not revenge by someone close.
        ("he knows where i live and he will do something to me. what do i do", DEAN),
        ("he wants to hurt me. what do i do?", GRACE),
        # When the police will call, not whether a caller is real.
        ("how will i know when the police will call me?", MARGARET),
        # Who to call about a bank card, not a child.
        ("they took my bank card. who do i call about that", MARGARET),
        # Services for women.
        ("is there anything for women?", AMIRA),
        # A grant for a course, not security.
        ("is there a grant for my uni fees?", GRACE),
    ],
)
def test_other_peoples_messages_are_not_placed_here(text, facts):
    assert answered(text, facts) not in NEW

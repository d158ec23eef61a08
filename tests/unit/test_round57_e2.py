"""Round 57, helper E2: Chloe, 16, stalked by her 17-year-old ex who came to her school gates;
George, 70, egged and shouted at every night by his neighbour's sons."""

from __future__ import annotations

import pytest

from actions.reading import Turn, corrections, read_turn
from tests.unit.known_answers import RESPONSES, answer_in_conversation

CHLOE_SAID = [
    "hi um is this where u can ask if something is stalking",
    "ok. my ex keeps messaging me from new accounts after i block him and he turned up at my "
    "school gates on thursday",
    "no im at home. is it stalking tho",
]
CHLOE = dict(consent=True, relationship_to_offender="partner_or_ex", repeat_victimisation=True)
CHLOE_16 = dict(CHLOE, age=16.0, under_18=True)

GEORGE_SAID = [
    "Good evening. I wish to find out what can be done about my neighbour's two teenage sons who "
    "throw eggs at my windows and shout abuse at me most nights. This has gone on since the "
    "summer.",
    "It is not only damage, it is abuse and harassment, every night for months. I have rung 101 "
    "twice and the council once. Nothing has happened. What is the council obliged to do?",
]


CHLOE_SAID_16 = [
    *CHLOE_SAID,
    "no. if i did would the police tell my mum? i havent told her",
    "16",
]


def chloe(text: str, **answers: object) -> str | None:
    earlier = CHLOE_SAID_16 if answers.get("under_18") else CHLOE_SAID
    said = answer_in_conversation(
        text,
        "stalking_harassment",
        earlier,
        **(answers or CHLOE),  # type: ignore[arg-type]
    )
    return said.response if said else None


def test_chloe_before_her_age_gets_the_answer_that_depends_on_age():
    said = chloe("no. if i did would the police tell my mum? i havent told her")
    assert said == "utter_e2_police_tell_parent_depends_on_age"


def test_an_adult_never_spoke_of_school_keeps_the_adult_answer():
    said = answer_in_conversation(
        "If I did report it, would my family be told? would the police tell my mum?",
        "domestic_abuse",
        ["My partner threatens to out me to my family"],
        consent=True,
    )
    assert said is not None
    assert said.response != "utter_e2_police_tell_parent_depends_on_age"


@pytest.mark.parametrize(
    "text",
    [
        "no. hes 17 btw. so if im 16 do they still not tell my mum",
        "so do they still tell my mum",
        "would they have to tell my dad",
        "will they tell my parents",
    ],
)
def test_chloe_at_16_gets_the_young_person_police_answer(text):
    assert chloe(text, **CHLOE_16) == "utter_police_tell_parents_young"


def test_chloe_asks_if_a_service_rings_her_mum():
    said = chloe("if i say yes will they ring my mum? shes on my phone contract", **CHLOE_16)
    assert said == "utter_e2_service_contacts_only_you"


@pytest.mark.parametrize(
    "text",
    [
        # Joe, 13 (round 53): his mum in trouble, not who is told.
        "will my mum get in trouble",
        # this chat, not the police.
        "will you tell my mum",
        # the school has its own answer.
        "will they tell my school",
    ],
)
def test_near_misses_do_not_get_the_young_parent_answers(text):
    assert chloe(text, **CHLOE_16) not in (
        "utter_e2_police_tell_parent_depends_on_age",
        "utter_e2_service_contacts_only_you",
    )
    if "police" not in text:
        assert chloe(text, **CHLOE_16) != "utter_police_tell_parents_young"


@pytest.mark.parametrize(
    "text",
    [
        "I have already told the council and they did nothing. Is there anything that forces "
        "them to act? And you still have not said about my camera.",
        "70. You have not answered about the council. And nobody has scratched a car.",
        "What is the council obliged to do?",
    ],
)
def test_george_gets_the_asb_case_review(text):
    said = answer_in_conversation(text, "criminal_damage", GEORGE_SAID, consent=True, age=70.0)
    assert said is not None and said.response == "utter_g4_asb_case_review"


@pytest.mark.parametrize(
    ("text", "crime_type", "said"),
    [
        # the council never spoken of
        ("Is there anything that forces them to act?", "theft", ["my bike was stolen"]),
        # an abuser, not the council
        (
            "is there anything that makes him stop",
            "domestic_abuse",
            ["my husband hits me and the council housing is in his name"],
        ),
    ],
)
def test_near_misses_do_not_get_the_case_review(text, crime_type, said):
    got = answer_in_conversation(text, crime_type, said, consent=True)
    assert got is None or got.response != "utter_g4_asb_case_review"


def test_george_not_only_damage_is_harassment():
    changes = corrections(GEORGE_SAID[1], {"crime_type": "criminal_damage"})
    assert changes["crime_type"] == "stalking_harassment"
    reading = read_turn(
        Turn(
            text=GEORGE_SAID[1],
            requested="reported_to_police",
            answers={"crime_type": "criminal_damage", "consent": True},
        )
    )
    assert reading.slots.get("crime_type") == "stalking_harassment"
    assert "crime_type" in reading.corrected


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("it was only damage, nothing else", "criminal_damage"),
        ("it is not only damage, he hits me too", "criminal_damage"),
        ("it is not only damage, it is abuse", "domestic_abuse"),
    ],
)
def test_other_damage_words_are_not_harassment(text, crime_type):
    assert "crime_type" not in corrections(text, {"crime_type": crime_type}) or (
        corrections(text, {"crime_type": crime_type})["crime_type"] != "stalking_harassment"
    )


TAKEN_BACK = (
    "omg no not like that. i mean like delete all my socials and not go to school so he cant "
    "find me. im fine"
)


def at_safety_check(text: str, **answers: object) -> list[str]:
    turn = Turn(
        text=text,
        requested="in_danger",
        answers={"safety_check": "self_harm", "consent": True, **answers},
    )
    reading = read_turn(turn)
    return [say.response for say in reading.say if say.response]


def test_chloe_taken_back_alarm_is_acknowledged_with_school():
    said = at_safety_check(TAKEN_BACK, age=16.0, under_18=True)
    assert said[:2] == ["utter_e2_glad_youre_ok_young", "utter_e2_school_safeguarding_lead"]


def test_an_adult_taken_back_alarm_gets_samaritans():
    said = at_safety_check("no not like that, i mean i want to move house. im fine")
    assert "utter_e2_glad_youre_ok" in said


@pytest.mark.parametrize(
    "text",
    [
        # not taken back: the worry stays.
        "not like that. i mean i want to disappear forever. im fine i guess",
        "i mean like i cant go on. im fine",
        "yes im in danger",
    ],
)
def test_a_real_worry_is_not_acknowledged_as_taken_back(text):
    said = at_safety_check(text, age=16.0, under_18=True)
    assert "utter_e2_glad_youre_ok_young" not in said


def test_responses_are_short():
    for name in (
        "utter_e2_police_tell_parent_depends_on_age",
        "utter_e2_service_contacts_only_you",
        "utter_e2_glad_youre_ok_young",
        "utter_e2_glad_youre_ok",
        "utter_e2_school_safeguarding_lead",
    ):
        assert len(RESPONSES[name]) <= 320

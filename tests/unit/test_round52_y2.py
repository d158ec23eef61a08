"""Round 52, helper Y2: Nadia (34, strangled by her husband, who keeps her passport) and Tom
(15, robbed again and again by older boys who said they'd stab him if he told)."""

import pytest

from actions.account import read_account
from actions.reading import Turn, corrections, read_turn
from referrals.directory import load_directory
from tests.unit.known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

NEW = (
    "utter_y2_partner_keeps_passport",
    "utter_y2_not_forced_marriage_passport",
    "utter_y2_not_snitching",
    "utter_y2_school_can_act_outside",
)
NADIA = {"relationship_to_offender": "partner_or_ex", "age": 34}
TOM = {"age": 15, "repeat_victimisation": True}
ORGANISATIONS = load_directory()


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name: str) -> None:
    assert_one_sms_with_source(name, "round 52, helper Y2")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name: str) -> None:
    assert numbers_not_in_directory(name) == [], name


# -- Nadia: her passport, and forced marriage put right --


@pytest.mark.parametrize(
    "text",
    [
        "he keeps my passport too is that allowed",
        "english is fine. he keeps my passport too is that allowed",
        "my husband has my passport, can he do that?",
        "he keeps my passport is it legal",
    ],
)
def test_a_partner_keeping_her_passport_is_control(text: str) -> None:
    assert answer(text, "domestic_abuse", **NADIA) == "utter_y2_partner_keeps_passport"


@pytest.mark.parametrize(
    "text, details",
    [
        ("why is forced marriage still there i said no. and you didnt say about my passport", []),
        (
            "why is forced marriage still there i said no. and you didnt say about my passport",
            ["forced_marriage"],
        ),
        (
            "what? its not a forced marriage, we married for love 8 yrs ago. so you are saying "
            "he is allowed to keep it?? tower hamlets",
            ["forced_marriage"],
        ),
    ],
)
def test_forced_marriage_denied_and_the_passport_answered(text: str, details: list[str]) -> None:
    got = answer(text, "domestic_abuse", account_details=details, **NADIA)
    assert got == "utter_y2_not_forced_marriage_passport"


@pytest.mark.parametrize(
    "text, crime, answers",
    [
        (
            "my family took my passport, they want me to marry my cousin in pakistan",
            "domestic_abuse",
            {},
        ),
        (
            "is he allowed to keep my passport",
            "domestic_abuse",
            {"account_details": ["forced_marriage"]},
        ),
        ("my boss keeps my passport is that allowed", "human_trafficking", {}),
        ("yes", "domestic_abuse", NADIA),
        ("tower hamlets", "domestic_abuse", NADIA),
    ],
)
def test_forced_marriage_and_workers_keep_their_answers(
    text: str, crime: str, answers: dict
) -> None:
    got = answer(text, crime, **answers)
    assert got not in ("utter_y2_partner_keeps_passport", "utter_y2_not_forced_marriage_passport")


@pytest.mark.parametrize(
    "text",
    [
        "what? its not a forced marriage, we married for love 8 yrs ago",
        "forget it its NOT forced marriage. ok yes pass my details",
        "why is forced marriage still there i said no",
    ],
)
def test_denying_forced_marriage_takes_it_off_the_record(text: str) -> None:
    answers = {"crime_type": "domestic_abuse", "account_details": ["forced_marriage", "economic"]}
    assert "forced_marriage" not in corrections(text, answers).get("account_details", ["x"])
    assert "forced_marriage" not in read_account(text).details


def test_a_forced_marriage_told_is_still_read() -> None:
    assert "forced_marriage" in read_account("my parents are making me marry my cousin").details


# -- Nadia: strangling told while answering a question --


def _turn(text: str, requested: str, answers: dict, **kwargs) -> list[str | None]:
    reading = read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers=answers,
            asked={},
            organisations=ORGANISATIONS,
            **kwargs,
        )
    )
    return [say.response for say in reading.say]


DA = {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex", "age": 34}


@pytest.mark.parametrize(
    "text, requested",
    [
        (
            "yes many times. the neck was the first time tho. it scared me, i couldnt breathe for "
            "a bit",
            "repeat_victimisation",
        ),
        ("34. its not that he locked me in, he grabbed my throat. he pushes me a lot", "age"),
        ("yes, he held me against the wall by my neck", "repeat_victimisation"),
    ],
)
def test_strangling_told_beside_an_answer_is_named(text: str, requested: str) -> None:
    assert "utter_strangling_is_a_crime" in _turn(text, requested, DA)


def test_strangling_is_said_once() -> None:
    said = frozenset({"utter_strangling_is_a_crime"})
    text = "yes many times. the neck was the first time tho. i couldnt breathe"
    assert "utter_strangling_is_a_crime" not in _turn(text, "repeat_victimisation", DA, said=said)


@pytest.mark.parametrize(
    "text",
    [
        "yes many times",
        "yes, he hit me and i couldnt breathe i was crying so much",
        "no, my neck is fine",
    ],
)
def test_no_strangling_no_warning(text: str) -> None:
    assert "utter_strangling_is_a_crime" not in _turn(text, "repeat_victimisation", DA)


# -- Tom: snitching, school, telling a teacher --


@pytest.mark.parametrize(
    "text",
    [
        "if i tell will everyone think im a snitch",
        "kinda. theyre from the other school near the bus stop, year 11 or older. dont know there "
        "names. if i tell will everyone think im a snitch",
        "but if i call the police on them im a snitch innit. everyone will know it was me",
        "is that snitching tho",
    ],
)
def test_tom_is_not_a_snitch(text: str) -> None:
    assert answer(text, "theft", **TOM) == "utter_y2_not_snitching"


@pytest.mark.parametrize(
    "text",
    [
        "can school do anything? its not even our school its outside",
        "what?? i asked about school. can my school do something if it happens on the way home",
        "can my teachers do anything",
    ],
)
def test_tom_school_can_act(text: str) -> None:
    assert answer(text, "theft", **TOM) == "utter_y2_school_can_act_outside"


def test_tom_form_teacher() -> None:
    text = "should i tell my form teacher or will that make it worse"
    assert answer(text, "theft", **TOM) == "utter_r5_child_tell_teacher"


@pytest.mark.parametrize(
    "text, answers",
    [
        ("if i call the police on them im a snitch innit", {"age": 35}),
        ("can school do anything?", {"age": 40}),
        ("snitches get stitches thats what they said", TOM),
        ("yes", TOM),
        ("no they dont go to my school", TOM),
        ("after 4 not in school", TOM),
    ],
)
def test_not_for_adults_or_ordinary_answers(text: str, answers: dict) -> None:
    assert answer(text, "theft", **answers) not in (
        "utter_y2_not_snitching",
        "utter_y2_school_can_act_outside",
    )

"""m103b (round 102): questions asked in the middle by Tariq (till robbed) and Maureen (her
daughter threatened by her boyfriend) that got "I can't answer your question here"."""

import pytest

from tests.unit.known_answers import answer


@pytest.mark.parametrize(
    "text",
    [
        "i already call 999 at 9 oclock, they give me number but nobody come yet, how long they "
        "take?",
        "i need to know how long police take i have to open my shop, customers waiting",
        "45. you not answer me. HOW LONG police take to come??",
        "police still not come, its 2 hour. how long??",
    ],
)
def test_tariq_how_long_police_take_gets_the_waiting_answer(text: str) -> None:
    assert answer(text, "robbery") == "utter_h3_police_not_come"


def test_how_long_a_case_takes_is_not_the_police_visit_answer() -> None:
    assert answer("how long does all this take?", "robbery") != "utter_h3_police_not_come"


@pytest.mark.parametrize(
    "text",
    [
        "Can you help me or only her? You didn't answer",
        "is there anyone who helps families in this situation?",
        "Is this for me or for my daughter though?",
    ],
)
def test_maureen_families_get_support_too(text: str) -> None:
    assert answer(text, "harassment") == "utter_for_families"


def test_maureen_domestic_abuse_number_for_her_daughter() -> None:
    assert (
        answer("Is there a number for domestic abuse I could give Kelly?", "harassment")
        == "utter_i97e_give_them_the_helpline"
    )


def test_a_number_for_myself_is_not_the_give_them_answer() -> None:
    assert (
        answer("Is there a number for domestic abuse I could call?", "harassment")
        != "utter_i97e_give_them_the_helpline"
    )


def test_not_yet_reported_how_long_keeps_the_will_police_come_answer() -> None:
    assert (
        answer("so I have to report it online first? how long do police take to come out", "theft")
        != "utter_h3_police_not_come"
    )

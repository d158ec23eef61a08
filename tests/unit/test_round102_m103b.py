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


_TARIQ_SAID = ["my shop in brent, a man push me and take maybe 300 pound from till"]


@pytest.mark.parametrize(
    "text",
    [
        "this CICA they give me back the 300 pound? and what i do so he dont come back, shop is "
        "alone me in morning",
        "so how i get the money back then? and you not say what i do for the shop to be safe",
    ],
)
def test_tariq_stolen_cash_gets_insurance_and_court_compensation(text: str) -> None:
    assert answer(text, "robbery", said=_TARIQ_SAID) == "utter_n2_stock_loss"


def test_money_back_from_a_scam_is_not_the_shop_answer() -> None:
    assert (
        answer("how do i get the money back?", "fraud", said=["i paid a fake seller online"])
        != "utter_n2_stock_loss"
    )

"""Round 97, helper i97b: Pauline (fake HMRC caller), Ayesha (honour abuse), Glen (danger)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from bot.risk_words import trusted_crisis
from tests.unit.known_answers import answer, sendable

P0 = (
    "hello dear. my granddaughter said to text this. a man rang me on tuesday from the tax office "
    "HMRC and said i would be arrested today if i didnt pay my tax"
)
P1 = (
    "yes thats alright. i paid him 2000 pounds in those gift cards from the tesco and read him "
    "the numbers. will i still be arrested"
)
P2 = (
    "i dont understand dear. what suspect. i am asking will the police come for ME about the "
    "tax. i am frightened"
)
P3 = "no i have not told the police. i was too ashamed. is it a real tax man or not"
P9 = "oh thank goodness. practical help please and getting my money back"
P10 = "what pay? im retired dear i dont get pay. english"


@pytest.mark.parametrize(("text", "said"), [(P1, [P0]), (P2, [P0, P1]), (P3, [P0, P1, P2])])
def test_pauline_is_told_she_will_not_be_arrested(text, said):
    assert answer(text, "fraud", said=said) == "utter_i97b_tax_scam_not_arrested"
    texts = sendable("utter_i97b_tax_scam_not_arrested")
    assert len(texts) == 1 and len(texts[0]) <= 320 and "HMRC" in texts[0]


@pytest.mark.parametrize(
    "text", ["will i be arrested", "am i in trouble", "will the police come for me"]
)
def test_not_without_a_tax_caller(text):
    said = ["my ex punched me"]
    assert answer(text, "assault", said=said) != "utter_i97b_tax_scam_not_arrested"


def test_asking_if_police_come_for_her_is_not_having_told_them():
    assert read_account(P2).reported is not True


@pytest.mark.parametrize(("text", "said"), [(P9, [P0, P1]), (P10, [P0, P1, P9])])
def test_money_back_after_a_tax_scam_is_not_unpaid_pay(text, said):
    assert answer(text, "fraud", said=said) != "utter_y73e_unpaid_pay_boss"


def test_unpaid_wages_still_get_acas():
    said = ["my boss didnt pay me for 2 months"]
    assert answer("how do i get my money back", None, said=said) == "utter_y73e_unpaid_pay_boss"


A0 = (
    "not right now they r out. is that honour thing even a real crime tho? my mum says its "
    "family business"
)


def test_family_business_is_not_a_business():
    assert answer(A0, "domestic_abuse") != "utter_j3_business_help"
    assert answer("do businesses get help?", None) == "utter_j3_business_help"


GLEN = (
    "No, not in physical danger. He's not violent, just poisonous. My mother hasn't spoken to me "
    "in a fortnight."
)


def test_not_in_physical_danger_is_no_alarm():
    assert trusted_crisis(GLEN, "in_danger") is False
    assert trusted_crisis("not in physical danger but hes outside now with a knife", "in_danger")

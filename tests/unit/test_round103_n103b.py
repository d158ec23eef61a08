"""Round 103, helper n103b: wrong facts recorded or said back from the account reading."""

from __future__ import annotations

from actions.account import read_account
from actions.answers import read_answer
from actions.reading import corrections

# 1. "you were hurt" for people nobody touched.


def test_ruth_not_a_hospital_is_no_injury() -> None:
    account = read_account(
        "07700 900 587. For the record, I work in a GP surgery, not a hospital, and he has not "
        "threatened me. My question was about my home."
    )
    assert "injured" not in account.details


def test_jamal_spinal_injury_as_his_disability_is_no_injury() -> None:
    account = read_account(
        "well they dont call me wheelchair boy for fun. yes im a wheelchair user. spinal injury. "
        "and honestly its getting to me, i dont sleep, i dont open the curtains anymore"
    )
    assert "injured" not in account.details
    assert account.impairment is True


def test_a_spinal_injury_given_by_the_attacker_is_still_an_injury() -> None:
    account = read_account("he pushed me out of my wheelchair and gave me a spinal injury")
    assert "injured" in account.details


# 2. "it has happened more than once" recorded wrongly.


def test_piotr_seeing_his_foreman_every_day_is_not_a_repeat() -> None:
    account = read_account(
        "yes is my foreman, the boss on site. not the big boss of company, the foreman. i see him "
        "every day, tomorrow also. i am scared little bit, he is big guy and his brother also "
        "work there"
    )
    assert account.repeat is not True


def test_frank_can_they_do_it_again_is_not_a_repeat() -> None:
    account = read_account(
        "I am safe, at home with my wife. But can they do it again? He knew my name and "
        "address. The phone keeps ringing and I dont answer it"
    )
    assert account.repeat is not True
    account = read_account(
        "67. You did not answer me before. Can they do it again? And how do I report it if I "
        "cant phone"
    )
    assert account.repeat is not True


def test_seen_every_day_outside_the_house_and_again_still_repeat() -> None:
    assert read_account("he hit me again last week and i see him every day outside my house").repeat
    assert read_account("my ex keeps ringing and i dont answer").repeat


# 3. A relative who was with the person is not the offender.


def test_yusuf_son_with_him_is_not_the_offender() -> None:
    account = read_account(
        "salam. a man spat at me and pushed me in to wall when i walk home from jummah with my "
        "son, he shout terrorist at us"
    )
    assert account.offender != "family_member"
    assert account.crime_type != "domestic_abuse"


def test_a_row_with_my_son_still_names_him() -> None:
    assert read_account("i had a row with my son, he hit me").offender == "family_member"


# 4. A question whether it is PTSD is not a health condition.


def test_kofi_asking_if_it_is_ptsd_is_no_condition() -> None:
    text = (
        "not before this. idk now tho, is this like ptsd or something? i cant even walk past the "
        "bus stop where it happened"
    )
    assert read_account(text).impairment is not True
    assert read_answer("impairment", text).value is not True
    asked_again = (
        "yeah def, i dont wanna see him again. but u didnt answer me, is it ptsd? can i get help "
        "for it"
    )
    assert read_account(asked_again).impairment is not True
    assert corrections(asked_again, {"crime_type": "robbery", "impairment": False}) == {}


def test_kofi_i_dont_have_a_health_condition_takes_it_off() -> None:
    text = (
        "someone to talk to i guess. and wait i dont have a health condition, i just asked if it "
        "was ptsd. also can i get money for my phone? it was an iphone and im a student i cant "
        "afford another one"
    )
    assert read_account(text).impairment is not True
    got = corrections(text, {"crime_type": "robbery", "impairment": True})
    assert got.get("impairment") is False


def test_i_have_ptsd_is_still_a_condition() -> None:
    assert read_account("i have ptsd from the army").impairment is True


# 5. Mei: her mother's language, and "my mother work with me" is no person called Work.


def test_mei_language_for_her_mother_is_not_hers() -> None:
    text = (
        "yes ok. but nobody answer me about camera for the shop. and can they call my mother in "
        "Mandarin also or only me?"
    )
    facts = {"crime_type": "criminal_damage", "language": "english", "interpreter": False}
    assert "language" not in corrections(text, facts)
    assert corrections("can they call me in Mandarin please", facts) == {"language": "mandarin"}


def test_mei_mother_work_with_me_is_no_one_to_contact() -> None:
    from core.second_contact import supporter_to_contact, v86c1_someone_to_contact

    earlier = [
        "not now, now is fine. but at night when we close sometimes people wait outside and "
        "shout. my mother work with me in kitchen she is scared"
    ]
    text = (
        "yes ok. but nobody answer me about camera for the shop. and can they call my mother in "
        "Mandarin also or only me?"
    )
    assert v86c1_someone_to_contact(text, earlier) is None
    assert supporter_to_contact([*earlier, text]) is None
    assert v86c1_someone_to_contact("can they ring my son Paul instead", []) == "Paul"


# 6. Piotr: a slur about his nationality, said as the reason, is a yes.


def test_piotr_stupid_polak_is_a_yes_to_the_hate_question() -> None:
    got = read_answer(
        "hate_motivated", "maybe because i am Polish i dont know, he call me stupid polak sometimes"
    )
    assert got.value is True
    assert got.extra.get("hate_strand") == ["race"]


def test_piotr_stupid_polak_told_later_is_hate() -> None:
    account = read_account(
        "you forget. he call me stupid polak. please write this. and he say i am finished if i "
        "go police"
    )
    assert account.hate is True
    assert "race" in account.hate_strands

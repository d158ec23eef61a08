"""Round 84, helper t84d: Amina (49, Somali, limited English; her son of 19 stabbed in a street
fight, in hospital) and Olu (55, a shopkeeper who saw a stabbing; the attacker's friends stand
outside his shop), with their words, and other people's that keep their answers."""

from __future__ import annotations

import pytest

from actions import account
from actions.questions import known_answer
from core.text import SMS_LIMIT
from tests.unit.known_answers import (
    ALL_RESPONSES,
    DOMAIN,
    assert_one_sms_with_a_source,
    at_question,
)

NEW = [
    "utter_t84d_sorry_your_son",
    "utter_t84d_son_still_victim",
    "utter_t84d_son_own_help_redthread",
    "utter_t84d_son_own_help",
    "utter_t84d_language_victim_support",
    "utter_t84d_sorry_not_domestic_abuse",
    "utter_t84d_friends_at_court",
]


@pytest.mark.parametrize("name", NEW[1:])
def test_each_new_answer_is_one_sms_with_its_sources(name: str) -> None:
    assert_one_sms_with_a_source(name, DOMAIN / "responses_answers.yml")


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_fits_one_sms(name: str) -> None:
    assert len(ALL_RESPONSES[name][0]["text"]) <= SMS_LIMIT


AMINA_SAID = [
    "hello. my son is in hospital he get stabbed. can you help me",
    "yes ok. is somali language help? my english not so good",
    "no i am safe. my son is in hospital, West Middlesex. he is 19",
]
AMINA = {
    "said": AMINA_SAID,
    "crime_type": "serious_violence",
    "language": "Somali",
    "for_someone_else": True,
}


def amina(text: str, **more: object) -> list[str | None]:
    facts = {**AMINA, **more}
    said = known_answer(text, "serious_violence", (), bool(more.get("referral_consent")), facts)
    if said is None:
        return []
    return [said.response, *(then.response for then in said.then)]


# -- 1. "will police blame my son?": about him, and answered ----------------------------------


def test_amina_blame_my_son_is_answered_about_him() -> None:
    got = amina(
        "police come to hospital they talk to him. i dont know what he said. will police blame my"
        " son? it was a fight in the street, many boys"
    )
    assert got == ["utter_t84d_son_still_victim"]


def test_amina_who_is_her_is_put_right_and_answered() -> None:
    got = amina(
        "who is her? it is my son, he is boy. i am 49. you not answer, will police think he is"
        " criminal?"
    )
    assert got == ["utter_t84d_sorry_your_son", "utter_t84d_son_still_victim"]


def test_amina_at_the_age_question_is_answered() -> None:
    text = (
        "who is her? it is my son, he is boy. i am 49. you not answer, will police think he is"
        " criminal?"
    )
    assert "utter_t84d_son_still_victim" in at_question(text, "age", AMINA)


def test_li_mum_interview_keeps_her_answer() -> None:
    # Li (round 71): her mother, with dementia, needs Cantonese.
    said = known_answer(
        "will the police want to interview mum? she'd need cantonese and she gets very distressed"
        " with strangers",
        "theft",
        (),
        False,
        {"said": ["my mum's carer has been taking money from her"], "crime_type": "theft"},
    )
    assert said is not None and said.response == "utter_x71d_interview_with_help"


# -- 2. her son stabbed: the reasons are about him ---------------------------------------------


def test_amina_opening_is_read_as_about_her_son() -> None:
    read = account.read_account("hello. my son is in hospital he get stabbed. can you help me")
    assert read.for_someone_else is True


@pytest.mark.parametrize(
    "text",
    [
        "my husband hit me and now i am in hospital",
        "my brother hit me, he gets angry",
        "i was stabbed last night, im in hospital",
        "they punched me, my dad is in hospital anyway so i havent told anyone",
    ],
)
def test_harm_to_the_writer_stays_theirs(text: str) -> None:
    assert not account.read_account(text).for_someone_else


# -- 3. help in Somali after a street stabbing: not the domestic abuse helpline ----------------


def test_amina_language_help_is_victim_support() -> None:
    got = amina(
        "ok yes. but they must speak somali or have interpreter. call me on phone, 07700 900412."
        " my name Amina",
        referral_consent=True,
    )
    assert got == ["utter_t84d_language_victim_support"]


def test_amina_why_domestic_abuse_gets_an_apology() -> None:
    got = amina(
        "why domestic abuse? it is not husband. it is street boys stab my son. yes phone is safe",
        referral_consent=True,
    )
    assert got == ["utter_t84d_sorry_not_domestic_abuse"]


def test_nadia_domestic_abuse_keeps_the_helpline_language_answer() -> None:
    said = known_answer(
        "the helpline have bengali speaker?",
        "domestic_abuse",
        (),
        False,
        {"crime_type": "domestic_abuse", "gender": "woman", "said": ["my husband hits me"]},
    )
    assert said is not None and said.response == "utter_j6_helpline_language"


# -- 4. her son can get help himself; no Somali service on the list ----------------------------


def test_amina_son_can_get_help_himself() -> None:
    got = amina(
        "thank you. and my son, he can get help also? he is 19, the one who is stabbed",
        referral_consent=True,
    )
    assert got == ["utter_t84d_son_own_help_redthread"]


def test_amina_somali_organisation_or_for_young_boys() -> None:
    got = amina(
        "is there somali organisation? somali women group? or for young boys who get stabbed, my"
        " son need someone",
        results_shown=True,
    )
    assert got == ["utter_t84d_son_own_help_redthread", "utter_s83f_none_for_community"]


def test_an_older_son_is_not_offered_redthread() -> None:
    facts = {**AMINA, "said": ["my son was stabbed, he is 40"]}
    said = known_answer("can my son get help also?", "serious_violence", (), False, facts)
    assert said is not None and said.response == "utter_t84d_son_own_help"


def test_paul_help_for_son_who_was_not_hurt_is_not_taken() -> None:
    # Paul (round 81): "will they help my son too or just me?", his son not the one hurt.
    said = known_answer(
        "will they help my son too or just me?",
        "burglary",
        (),
        False,
        {"said": ["someone broke into our house"], "crime_type": "burglary"},
    )
    assert said is None or not (said.response or "").startswith("utter_t84d")


# -- 6. Olu: days lost from his shop for court; the attacker's friends at court ----------------

OLU = {
    "said": [
        "Good afternoon. I am writing because of an incident at my shop in Peckham. A young man"
        " was stabbed outside 3 weeks ago and I gave statement to police. Now his friends or the"
        " attackers friends are standing outside my shop every day."
    ],
    "crime_type": "serious_violence",
    "saw_it_happen": True,
}


def olu(text: str) -> list[str | None]:
    said = known_answer(text, "serious_violence", (), False, OLU)
    assert said is not None
    return [said.response, *(then.response for then in said.then)]


def test_olu_lost_days_from_the_shop_are_witness_expenses() -> None:
    got = olu(
        "feeling safe and help with court. But you did not answer, if I lose days from my shop for"
        " court who pays? And what do I do about the boys outside, should I call police each time?"
    )
    assert got[0] == "utter_witness_expenses_and_losses"


def test_olu_his_friends_at_court_and_the_shop() -> None:
    got = olu(
        "Yes I am worried. The police said maybe I will have to go to court. What happens there?"
        " Will the boy see me? Will his friends be in the court? I have the shop, I cannot close"
        " for many days"
    )
    assert got == ["utter_t84d_friends_at_court", "utter_witness_expenses_and_losses"]


def test_a_shop_owner_asking_about_business_help_keeps_it() -> None:
    said = known_answer(
        "is there any help for my shop as a business?",
        "burglary",
        (),
        False,
        {"said": ["my shop was broken into"], "crime_type": "burglary"},
    )
    assert said is not None and said.response == "utter_j3_business_help"

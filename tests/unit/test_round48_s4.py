"""Round 48, helper S4: Bob (80, deaf, carer taking money), Tony (son killed by a driver
charged with careless driving), Sunil (shop robbed again and again)."""

from __future__ import annotations

import pytest

from actions.account import read_account, read_age
from actions.answers import contact_said, read_contact_method
from actions.reading import corrections
from bot.risk_words import detect_risk, takes_back_self_harm, trusted_crisis
from tests.unit.known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

CARER = {"account_details": ("carer",)}

NEW = (
    "utter_s4_carer_prison_not_decided",
    "utter_s4_charge_chosen_review",
    "utter_s4_asb_review_business",
    "utter_s4_force_and_weapons",
)


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_sms_with_sources(name: str) -> None:
    assert_one_sms_with_source(
        name, "round 48, helper S4", ({"crime_type": "homicide"}, {"crime_type": "theft"})
    )
    assert numbers_not_in_directory(name) == []


# Bob: tablets his carer does are not a sign of self-harm; the crisis words still are.
@pytest.mark.parametrize(
    "text",
    [
        "NO IM NOT IN DANGER. SHE IS A NICE GIRL REALLY. SHE COMES EVERY MORNING AND DOES MY "
        "BREAKFAST AND MY TABLETS. I DONT WANT TO LOSE HER. WILL SHE GO TO PRISON",
        "my carer sorts my tablets every morning",
        "I GIVE UP. I WILL GET MY NEIGHBOUR TO RING THE COUNCIL FOR ME",
    ],
)
def test_carer_tablets_and_a_practical_give_up_are_no_crisis(text: str) -> None:
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "she does my tablets and i want to take them all",
        "my carer does my tablets but i have been saving them up",
        "i give up. i will get my pills and take them all",
        "i give up",
    ],
)
def test_tablets_taken_and_giving_up_still_worry(text: str) -> None:
    assert trusted_crisis(text, "self_harm")


def test_denial_with_heart_tablets_is_taken_back() -> None:
    assert takes_back_self_harm(
        "WHAT? I HAVENT HURT MYSELF. I SAID SHE DOES MY TABLETS FOR ME. MY HEART TABLETS. WHY "
        "ARE YOU GIVING ME THE SAMARITANS"
    )


def test_carer_here_in_the_mornings_is_no_danger() -> None:
    text = "AFTERNOONS. AFTER 1 OCLOCK. NOT MORNINGS SHE IS HERE THEN"
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger")
    assert detect_risk("hes here now, in the morning he hit me") == "in_danger"


@pytest.mark.parametrize(
    "text",
    [
        "NO. I DONT WANT THE POLICE. I JUST WANT IT TO STOP. WILL SHE GO TO PRISON IF I TELL",
        "80. YOU HAVENT ANSWERED ME. WILL SHE GO TO PRISON",
        "I JUST WANT THE MONEY TO STOP GOING. AND NOT LOSE HER. CAN SOMEONE HAVE A WORD WITH "
        "HER WITHOUT MAKING A BIG FUSS",
        "IF I SAY YES WILL THEY SACK HER. WILL SHE GO TO PRISON. NOBODY WILL TELL ME",
    ],
)
def test_will_the_carer_go_to_prison(text: str) -> None:
    assert answer(text, "theft", **CARER) == "utter_s4_carer_prison_not_decided"


def test_prison_question_needs_a_carer() -> None:
    assert answer("will he go to prison", "burglary") != "utter_s4_carer_prison_not_decided"


@pytest.mark.parametrize(
    "text",
    [
        "OK. WILL THEY RING ME. I CANT HEAR THE PHONE VERY WELL. BETTER TO WRITE",
        "TEXT MESSAGE",
        "NO NOT PHONE. I SAID I CANT HEAR IT. WRITE TO ME. TEXT.",
    ],
)
def test_deaf_wants_texts(text: str) -> None:
    assert contact_said(text).get("contact_method") == "text"
    assert read_contact_method(text).value == "text"


def test_other_methods_unchanged() -> None:
    assert read_contact_method("phone me please").value == "call"
    assert read_contact_method("i cant hear the phone, email me").value == "email"


@pytest.mark.parametrize(
    "text",
    [
        "NOT BY PHONE. I CANT HEAR THE PHONE. TEXT ME. HOW MANY TIMES",
        "THATS WRONG. THEY MUST CONTACT ME BY TEXT NOT PHONE",
        "CONTACT BY TEXT",
    ],
)
def test_text_put_right_after_referral(text: str) -> None:
    told = {"contact_method": "call", "referral_consent": True, "consent": True}
    assert corrections(text, told).get("contact_method") == "text"


def test_text_in_the_afternoon_reopens_contact() -> None:
    told = {"contact_method": "text", "referral_consent": True, "consent": True}
    changes = corrections(
        "I DONT HAVE EMAIL. SHE ONLY COMES IN THE MORNING. AFTER DINNER TIME IS FINE. CAN THEY "
        "TEXT ME IN THE AFTERNOON",
        told | {"contact_safe": False},
    )
    assert changes.get("contact_safe") is True
    assert changes.get("contact_method") == "text"
    assert changes.get("contact_times") == "afternoon"


# Tony: the son's age is not his.
def test_sons_age_not_taken_as_his() -> None:
    text = (
        "Good evening. My son Daniel, aged 23, was killed in March when a driver using his "
        "mobile phone went through a red light and hit his car."
    )
    assert read_account(text).age is None
    assert read_age("im aged 23") == 23
    assert read_age("i am aged 60") == 60


@pytest.mark.parametrize(
    "text",
    [
        "A stranger. Before we go any further, can I challenge the charge or not?",
        "No. But they HAVE charged him, just with the wrong offence in my view. Does that review "
        "apply when they charge a lesser offence?",
        "the CPS have charged careless driving rather than dangerous driving. Can we ask them to "
        "review that?",
        "This is the third time I have asked. Can the charge be reviewed, yes or no?",
        "Very well. Are we entitled to meet the prosecutor to have the decision explained to us?",
    ],
)
def test_lesser_charge_is_not_the_right_to_review(text: str) -> None:
    assert answer(text, "homicide") == "utter_s4_charge_chosen_review"


@pytest.mark.parametrize(
    "text",
    [
        "the police decided not to charge him, can i challenge that?",
        "they dropped the case, can i ask for a review?",
        "what is a family liaison officer?",
    ],
)
def test_not_charged_is_not_the_lesser_charge(text: str) -> None:
    assert answer(text, "homicide") != "utter_s4_charge_chosen_review"


# Sunil: a shop can ask for an ASB Case Review; force and weapons.
@pytest.mark.parametrize(
    "text",
    [
        "Its not near my home, its my shop. Does it still count for a business? And who do I "
        "ask, the police or council?",
        "Yes fine. But can you answer my question. Does the trigger work for a shop?",
        "Again, its my SHOP not my home. Can a business owner ask for the case review, yes or no?",
    ],
)
def test_business_case_review(text: str) -> None:
    assert answer(text, "robbery") == "utter_s4_asb_review_business"


def test_how_to_ask_for_the_review() -> None:
    assert (
        answer(
            "OK. How do I actually ask for this ASB case review in Harrow. Is there a form?",
            "robbery",
        )
        == "utter_g4_asb_case_review"
    )


@pytest.mark.parametrize(
    "text",
    [
        "39. Another question. Next time they come in, am I allowed to defend my shop? Like "
        "physically stop them, or keep something behind the counter",
        "You didn't answer about defending my shop. Can I use force or not?",
        "My cousin says I can keep a cricket bat under the counter for protection. Is that legal?",
    ],
)
def test_force_and_weapons(text: str) -> None:
    assert answer(text, "robbery") == "utter_s4_force_and_weapons"


@pytest.mark.parametrize(
    "text", ["Practical help and information", "Harrow", "No", "39", "my shop was robbed again"]
)
def test_ordinary_answers_not_taken(text: str) -> None:
    got = answer(text, "robbery", **CARER)
    assert got is None or not got.startswith("utter_s4_")

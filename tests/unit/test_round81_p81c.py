"""Round 81, helper p81c: what happened, the enhanced reasons and the services that fit (Grace,
Ron)."""

from __future__ import annotations

import pytest

from actions import account
from actions.answers import read_answer, read_crime_type
from actions.questions import known_answer
from actions.reading import corrections
from core import code_rules
from referrals.matching import default_directory
from referrals.results import build_result

_DIRECTORY = default_directory()

# -- 1. Grace: coercive control by her husband is domestic abuse, a most serious crime ---------

GRACE = dict(
    consent=True, in_danger=False, relationship_to_offender="partner_or_ex",
    crime_type="domestic_abuse", account_details=["economic", "labour_told"], cannot_phone=True,
    discreet=True, reported_to_police=False, age=29, under_18=False, repeat_victimisation=True,
    hate_motivated=False, fear_of_giving_evidence=True, borough="lewisham", language="english",
)  # fmt: skip
GRACE_NOT_A_CHILD = (
    "sorry had to go. no im 29 now, its now not when i was a kid. its been like 4 years"
)


def test_grace_denied_childhood_is_not_abuse_as_a_child():
    assert "as_a_child" not in account.read_account(GRACE_NOT_A_CHILD).details


@pytest.mark.parametrize(
    "text",
    [
        "my uncle abused me when i was a kid",
        "it started when i was little",
        "he hit me growing up",
    ],
)
def test_a_childhood_told_is_still_read(text):
    assert "as_a_child" in account.read_account(text).details


def test_grace_gets_domestic_abuse_as_most_serious_crime_and_the_helpline():
    result = build_result(GRACE, _DIRECTORY)
    assert "most_serious_crime" in result.assessment.categories
    assert result.organisations[0].id == "national-domestic-abuse-helpline"


def test_a_no_to_under_18_outweighs_a_childhood_read_from_words():
    answers = {**GRACE, "account_details": ["economic", "as_a_child"]}
    assert "most_serious_crime" in code_rules.assess(answers).categories
    told_child = {**answers, "under_18": None}
    assert code_rules.derive_facts(told_child)["child_then"] is True


def test_grace_asking_for_a_domestic_abuse_one_gets_the_helpline():
    said = known_answer(
        "is there not like a domestic abuse one? those sound like for burglaries. but yes ok "
        "maybe. but they CANT text me or call when im home",
        "domestic_abuse",
        _DIRECTORY,
        False,
        {**GRACE, "results_shown": True},
    )
    assert said is not None and "National Domestic Abuse Helpline" in (said.text or "")


# -- 2. Ron: a distraction burglary is a burglary, not a robbery --------------------------------

RON_STORY = (
    "no they have gone. it was tuesday. one of them said he was from the council about the "
    "drains and kept me talking at the back, and the other one went upstairs and took my money "
    "from the bedroom. nearly 600 pound"
)
RON_DISTRACTION = (
    "yes a policeman came on wednesday. he said it was a distraction something. the man said he "
    "was from the council about the drains"
)


@pytest.mark.parametrize("text", [RON_STORY, RON_DISTRACTION])
def test_ron_distraction_burglary_read(text):
    assert read_crime_type(text).value == "burglary"


@pytest.mark.parametrize("text", [RON_STORY, RON_DISTRACTION])
def test_ron_robbery_put_right_as_burglary(text):
    assert corrections(text, {"crime_type": "robbery"}).get("crime_type") == "burglary"


@pytest.mark.parametrize(
    "text",
    [
        "two men pushed me over in the street and took my bag",
        "they punched me and took my phone",
        "he said he was from the bank and i gave him my card",
    ],
)
def test_robbery_and_doorstep_fraud_keep_their_reading(text):
    assert read_crime_type(text).value != "burglary"


def test_a_robbery_with_force_is_not_put_right():
    text = "he went upstairs and took my money and then he hit me"
    assert "crime_type" not in corrections(text, {"crime_type": "robbery"})


# -- 4. Dot: a walking frame and bad hips are a physical disability told ------------------------


@pytest.mark.parametrize(
    "text",
    ["i told you i have the frame. my hips are bad and i dont walk well", "my knees are bad"],
)
def test_dot_mobility_is_a_yes(text):
    assert read_answer("impairment", text).value is True


@pytest.mark.parametrize("text", ["no", "no nothing like that", "no. i walk fine"])
def test_a_no_to_a_condition_stays_no(text):
    assert read_answer("impairment", text).value is False


# -- 5. Kev and Harjit: embarrassed, or worried for others, is not afraid of giving evidence ----


@pytest.mark.parametrize(
    "text",
    [
        "embarrassed more than scared. wont go to court anyway will it theyre abroad",
        "No I am not scared for myself. I am worried for the old people and children who come to "
        "the gurdwara",
        "i didnt say afraid. i said embarrassed. anyway. will the bank refund me or not, yes or no",
    ],
)
def test_not_afraid_of_giving_evidence(text):
    assert read_answer("fear_of_giving_evidence", text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "yes id be scared",
        "im not scared for myself but im worried about giving evidence",
        "i dont want court. i dont even know if i want police. yes id be scared",
    ],
)
def test_afraid_of_giving_evidence_stays_yes(text):
    assert read_answer("fear_of_giving_evidence", text).value is True


def test_kev_i_didnt_say_afraid_puts_it_right():
    text = (
        "i didnt say afraid. i said embarrassed. anyway. will the bank refund me or not, yes or no"
    )
    answers = {"crime_type": "fraud", "fear_of_giving_evidence": True, "results_shown": True}
    assert corrections(text, answers) == {"fear_of_giving_evidence": False}

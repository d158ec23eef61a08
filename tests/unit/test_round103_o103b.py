"""Round 103, helper o103b: form questions asked though already answered, and a need beside an
answer lost (Sam, Ruth, Terry, Kofi)."""

from __future__ import annotations

from actions.account import read_account
from actions.assessment_form import o103b_years_going_on, z73d_settled
from tests.unit.known_answers import at_question

SAM_FIRST = (
    "hi idk if this is the right place. my partner alex kind of pushes me around and checks my "
    "phone and takes my wages every month. im not sure its a crime tbh"
)


def test_the_partner_named_with_a_first_name_is_who_did_it() -> None:
    # Sam was asked "Do you know who did it?": "alex?? my partner. i literally said".
    told = read_account(SAM_FIRST)
    assert told.crime_type == "domestic_abuse"
    assert told.offender == "partner_or_ex"
    assert told.facts()["relationship_to_offender"] == "partner_or_ex"
    assert read_account("my boyfriend jake punched me").offender == "partner_or_ex"


def test_words_after_the_partner_that_are_no_name_are_not_taken_for_one() -> None:
    assert read_account("my partner said he hits me").offender is None
    assert read_account("my brother mate hits me").offender is None


def test_nineteen_and_going_on_for_a_year_is_not_asked_if_under_18_then() -> None:
    # Sam: "no its been like a year. i said im 19".
    said = [SAM_FIRST, "19. its been going on for like a year"]
    assert o103b_years_going_on("no its been like a year. i said im 19") == 1.0
    assert z73d_settled({"age": 19, "crime_type": "domestic_abuse", "said": said}) == {
        "under_18": False
    }


def test_nineteen_and_going_on_for_two_years_is_still_asked() -> None:
    said = [SAM_FIRST, "19. its been 2 years"]
    assert "under_18" not in z73d_settled({"age": 19, "crime_type": "domestic_abuse", "said": said})


def test_advice_on_safety_at_home_beside_the_needs_answer_is_answered() -> None:
    # Ruth (already answered on main, n103d): kept for cover.
    ruth = {
        "consent": True,
        "crime_type": "stalking_harassment",
        "relationship_to_offender": "someone_known",
        "reported_to_police": True,
        "age": 58,
        "said": [
            "For the past five months a former patient of mine has been sending letters to my "
            "home address and waiting outside the surgery when I leave."
        ],
    }
    text = "Information and help with court. Also some practical advice on safety at home."
    assert at_question(text, "needs", ruth) == ["utter_n103d_stalking_safer_at_home"]


def test_rent_due_beside_compensation_at_the_needs_question_is_answered() -> None:
    terry = {"consent": True, "crime_type": "violence", "reported_to_police": True, "age": 41}
    text = "compensation. and money for now, i got rent due"
    assert at_question(text, "needs", terry) == ["utter_n103f_cica_takes_months"]


def test_compensation_alone_at_the_needs_question_gets_no_rent_answer() -> None:
    terry = {"consent": True, "crime_type": "violence", "reported_to_police": True, "age": 41}
    assert "utter_n103f_cica_takes_months" not in at_question("compensation", "needs", terry)


def test_heard_nothing_since_gets_one_update_answer_not_two() -> None:
    kofi = {
        "consent": True,
        "crime_type": "robbery",
        "in_danger": False,
        "said": [
            "hey my mate said to message this. i got mugged last week in brent, guy pulled a "
            "knife on me and took my phone"
        ],
    }
    text = (
        "yeah reported it online, got a crime number but heard nothing since. will they "
        "actually do anything"
    )
    assert at_question(text, "reported_to_police", kofi) == ["utter_j4_police_updates"]

"""Round 80, helper n80e: money, work, health and court questions answered elsewhere (Mo, Steve,
Sarah, Brian, Linda, Kemi), with other people's messages that keep their answers."""

from __future__ import annotations

import pytest

from actions.questions import asks_about_carrying_a_knife
from tests.unit.known_answers import (
    DOMAIN,
    assert_one_sms_with_a_source,
    at_question,
    said_answer,
)


def _said(text: str, facts: dict) -> str | None:
    """The response sent to ``text`` with these facts (their crime type among them)."""
    rest = {key: value for key, value in facts.items() if key != "crime_type"}
    return said_answer(text, facts.get("crime_type"), [], **rest)


TOPICS_FILE = DOMAIN / "responses_topics.yml"
NEW = [
    "utter_n80e_wage_deductions",
    "utter_n80e_report_time_limit",
    "utter_n80e_bereaved_children_support",
    "utter_n80e_court_visit_before_trial",
    "utter_n80e_stolen_medicine",
    "utter_n80e_their_mental_health",
    "utter_n80e_landlord_lock",
    "utter_n80e_dental_costs",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, TOPICS_FILE)


# -- 1. Mo: the robbers' knife is not his; his wages --------------------------------------------

MO_FIRST = (
    "yo. got robbed last night in my van. 3 guys had a knife took the parcels. im a delivery "
    "driver. my boss saying i gotta pay for the missing parcels is that even legal??"
)
MO = {"consent": True, "crime_type": "robbery", "said": [MO_FIRST]}


@pytest.mark.parametrize(
    "text",
    [
        MO_FIRST,
        "wtf i dont carry a knife THEY had the knife. im asking if my boss can make me pay for the "
        "parcels they nicked",
        "do i have to go to court?? they had a knife to my neck, is that legal",
    ],
)
def test_someone_elses_knife_is_not_a_question_about_carrying_one(text):
    assert not asks_about_carrying_a_knife(text)


@pytest.mark.parametrize(
    "text",
    [
        "is it legal to carry a knife or not",
        "thinkin of carryin a blade now for protection innit. thats allowed if its for protection "
        "yeah?",
        "the knife ting? do i get nicked",
        "they had a knife. can i carry one for protection?",
    ],
)
def test_carrying_ones_own_knife_still_gets_the_knife_answer(text):
    assert asks_about_carrying_a_knife(text)


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "wtf i dont carry a knife THEY had the knife. im asking if my boss can make me pay "
            "for the parcels they nicked",
            "reported_to_police",
        ),
        (
            "english. its not unpaid wages its them taking money OFF my wages for the stolen "
            "parcels. can they do that yes or no",
            "language",
        ),
    ],
)
def test_mo_gets_the_rule_on_deductions(text, requested):
    assert at_question(text, requested, MO) == ["utter_n80e_wage_deductions"]


def test_mo_gets_deductions_and_counselling_together():
    text = (
        "someone to talk to i guess. couldnt sleep at all, keep seeing the blade. can i get "
        "counselling or sumthin? and still need to know about the parcels thing, they want £340 "
        "out my wages"
    )
    got = at_question(text, "needs", MO)
    assert got[0] == "utter_n80e_wage_deductions"
    assert "utter_low_mood" in got


# -- 2. Steve: reporting to the police has no CICA deadline -------------------------------------

STEVE = {"consent": True, "crime_type": "assault", "reported_to_police": False}


@pytest.mark.parametrize(
    "text",
    [
        "cheers. last thing, how long have i got to report it to police",
        "is there a time limit on reporting to the police tho. and you still aint said about the "
        "dentist",
    ],
)
def test_steve_gets_the_police_side_of_reporting_late(text):
    assert _said(text, STEVE) == "utter_n80e_report_time_limit"


def test_cica_time_limit_question_is_not_taken():
    text = "is there a time limit to claim compensation from cica"
    assert _said(text, STEVE) != "utter_n80e_report_time_limit"


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "no. look can i claim compensation or not, and does the dentist count, private "
            "dentist quoted me 2 grand for an implant",
            "repeat_victimisation",
        ),
        (
            "no not scared. i mean can i get the 2 grand back for the implant off the compo "
            "people or off him. thats all i want to know. third time",
            "fear_of_giving_evidence",
        ),
    ],
)
def test_steve_gets_whether_the_dentist_counts(text, requested):
    assert at_question(text, requested, STEVE) == ["utter_n80e_dental_costs"]


def test_steve_gets_the_dentist_and_hitting_back_together():
    text = (
        "no. but what about the dentist bill does that count. and does it matter that i hit him "
        "back for the compo"
    )
    got = at_question(text, "impairment", STEVE)
    assert got[:2] == ["utter_n80e_dental_costs", "utter_m3_cica_hit_back"]


def test_a_broken_tooth_without_money_keeps_the_dental_first_aid():
    text = "he knocked my tooth out, do i need to see someone?"
    assert _said(text, STEVE) != "utter_n80e_dental_costs"


# -- 3. Sarah: counselling for bereaved children; a visit to the court --------------------------

SARAH = {"consent": True, "crime_type": "homicide", "bereaved": True}


@pytest.mark.parametrize(
    "text",
    [
        "no not me, THE CHILDREN. theyre 6 and 10. talking therapies is for adults isnt it. who "
        "does counselling for kids whose mum was killed",
        "help with court, someone to talk to for the kids, and money. im looking after my sisters "
        "two children now, theyre 6 and 10, and ive had to go part time. the 10 year old is "
        "wetting the bed again and wont talk about her mum. can they get counselling?",
    ],
)
def test_sarah_gets_support_for_bereaved_children(text):
    assert _said(text, SARAH) == "utter_n80e_bereaved_children_support"


def test_childrens_counselling_without_a_death_is_not_taken():
    text = "can my kids get counselling? they saw him hit me"
    facts = {"consent": True, "crime_type": "domestic_abuse"}
    assert _said(text, facts) != ("utter_n80e_bereaved_children_support")


@pytest.mark.parametrize(
    "text",
    [
        "ok. last thing, can i go and see the court before the trial so i know where everything "
        "is? the old bailey scares me",
        "no i mean a visit BEFORE, like a look round when its empty. my friend said the witness "
        "service does that?",
    ],
)
def test_sarah_gets_the_pre_trial_visit(text):
    assert _said(text, SARAH) == "utter_n80e_court_visit_before_trial"


def test_watching_the_trial_keeps_the_public_gallery_answer():
    text = "can i go and watch the trial?"
    assert _said(text, SARAH) != "utter_n80e_court_visit_before_trial"


# -- 4. Brian: stolen painkillers, nobody hit him -----------------------------------------------


def test_brian_gets_the_gp_answer_not_head_injury():
    text = (
        "Practical help. And my health, I need my painkillers replaced I am in a lot of pain "
        "without them. Will the GP replace them if they were stolen?"
    )
    facts = {"consent": True, "crime_type": "theft"}
    assert at_question(text, "needs", facts) == ["utter_n80e_stolen_medicine"]


# -- 5. Linda: help for her son's mental health --------------------------------------------------

LINDA = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
}


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "58. in croydon. is there anyone who can help HIM though? like mental health people? "
            "thats what i need really",
            "age",
        ),
        (
            "maybe. but please who do i call about his mental health. hes got a diagnosis, "
            "bipolar, but he stopped his meds",
            "referral_consent",
        ),
    ],
)
def test_linda_gets_his_mental_health_team(text, requested):
    assert at_question(text, requested, LINDA) == ["utter_n80e_their_mental_health"]


# -- 6. Kemi: a slow landlord; the phone company -------------------------------------------------

KEMI = {"consent": True, "crime_type": "burglary"}


@pytest.mark.parametrize(
    "text",
    [
        "no not really. its the landlord who has to change the locks right? hes being slow "
        "about it",
        "practical help and information. wait why would i take action against my landlord he "
        "didnt do anything, i just mean hes slow changing the lock after the burglary",
    ],
)
def test_kemi_gets_the_lock_answer_not_harassment(text):
    # m92c (round 92): the keys-taken wording only once keys were told taken (Kemi's were);
    # without that, the landlord-repairs-the-lock answer (Abi).
    keys = said_answer(text, "burglary", ["they took my keys"], consent=True)
    assert keys == "utter_n80e_landlord_lock"
    assert _said(text, KEMI) == "utter_m92c_landlord_fixes_lock"


def test_a_landlord_who_changed_the_locks_on_her_is_not_taken():
    text = "my landlord changed the locks on me while i was out, can he do that?"
    assert _said(text, KEMI) != "utter_n80e_landlord_lock"


def test_kemi_gets_the_network_block():
    text = (
        "ok ill ask. last thing, also the phone was on contract, do i need to tell my phone "
        "company? someone could use it"
    )
    assert _said(text, KEMI) == "utter_w2_block_sim"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("can i get compensation for my tooth?", "assault"),
        ("is it too late to report it to police now? would they even do anything", "assault"),
        (
            "no. whats the deal with my tooth tho, do i need to pay for the dentist myself? its "
            "proper chipped at the front",
            "assault",
        ),
    ],
)
def test_other_tooth_and_reporting_questions_keep_their_answers(text, crime):
    assert _said(text, {"crime_type": crime}) not in (
        "utter_n80e_dental_costs",
        "utter_n80e_report_time_limit",
    )

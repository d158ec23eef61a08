"""Round 86, helper u86e: the services matched and the referral record, from round 84's findings.

1. Arjun (22), whose landlord kept his deposit and comes into his room, was given stalking
   services (the National Stalking Helpline, Paladin) for a landlord.
2. Someone threatened with their intimate images for money (sextortion) was given SurvivorsUK,
   which is for rape and sexual abuse of men, boys and non-binary people.
3. Nadia chose a service by name when offered a choice; the referral record did not keep which,
   and the confirmation did not name it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from rasa_sdk import Tracker

from actions.account import read_account
from actions.assessment_form import answers_from, u86e_service_chosen
from actions.dialogue import ActionFinishAssessment
from core import records
from referrals.matching import default_directory, explain_match, match_organisations
from tests.unit.conftest import make_tracker, responses
from tests.unit.test_round84_t84e import A1, ARJUN

STALKING_ONLY = {"national-stalking-helpline", "paladin", "london-stalking-support-service"}


def _ids(answers: dict[str, Any]) -> list[str]:
    return [org.id for org in match_organisations(answers, limit=20)]


def _with_account(facts: dict[str, Any], text: str) -> dict[str, Any]:
    return {**facts, "account_details": sorted(read_account(text).details)}


# -- 1. Arjun: a landlord is not a stalker -----------------------------------------------------

ARJUN_HARASSED = (
    "my landlord kept my deposit and now he keeps texting me and turning up at my room shouting "
    "about it"
)


@pytest.mark.parametrize("text", [A1, ARJUN_HARASSED])
def test_arjun_harassed_by_his_landlord_gets_no_stalking_service(text: str) -> None:
    answers = _with_account({**ARJUN, "needs": ["safety", "practical"]}, text)
    assert "landlord" in answers["account_details"]
    assert not STALKING_ONLY & set(_ids(answers))
    paladin = next(org for org in default_directory() if org.id == "paladin")
    assert explain_match(answers, paladin).startswith("Not suggested: for stalking")


@pytest.mark.parametrize(
    "text",
    [
        # Stalking itself told about a landlord: the stalking services stay.
        "my landlord is stalking me, he follows me to work and watches me from his car",
        # A landlord who only saw it: the ex who turns up is the stalker.
        "my ex keeps turning up at my flat, my landlord saw him",
    ],
)
def test_stalking_told_keeps_the_stalking_services(text: str) -> None:
    account = read_account(text)
    assert "landlord" not in account.details
    answers = {
        **ARJUN,
        "relationship_to_offender": account.offender or "someone_known",
        "account_details": sorted(account.details),
    }
    assert "national-stalking-helpline" in _ids(answers)


# -- 2. Sextortion is not SurvivorsUK's ---------------------------------------------------------

SEXTORTION = (
    "someone i met online has my nudes and says he will send them to all my friends unless i pay "
    "him 500 quid"
)


@pytest.mark.parametrize("gender", ["man", "non_binary"])
def test_sextortion_does_not_get_survivorsuk(gender: str) -> None:
    account = read_account(SEXTORTION)
    assert "sextortion" in account.details
    answers = {
        "consent": True, "crime_type": account.crime_type, "age": 38, "gender": gender,
        "borough": "camden", "account_details": sorted(account.details),
    }  # fmt: skip
    ids = _ids(answers)
    assert "survivors-uk" not in ids
    assert ids[0] == "revenge-porn-helpline"


def test_a_man_raped_keeps_survivorsuk() -> None:
    answers = {
        "consent": True, "crime_type": "sexual_offence", "age": 38, "gender": "man",
        "borough": "camden", "account_details": [],
    }  # fmt: skip
    assert "survivors-uk" in _ids(answers)


# -- 3. Nadia's chosen service is kept and named -----------------------------------------------

NADIA_SAID = (
    "hi someone has slashed my car tyres again, third time in 2 months. im pretty sure its my ex "
    "husband but i cant prove it. can i get a camera or something"
)
NADIA_CHOOSES = "NOT refuge. london victim and witness service please. text is fine"
NADIA: dict[str, Any] = {
    "consent": True, "in_danger": False, "crime_type": "domestic_abuse",
    "repeat_victimisation": True, "reported_to_police": True, "age": 36,
    "relationship_to_offender": "partner_or_ex", "gender": "woman", "borough": "croydon",
    "results_shown": True, "referral_consent": True, "contact_safe": True,
    "contact_method": "text", "contact_details": "07700900318",
}  # fmt: skip


def _nadia_tracker(choice: str, referrals: list[str]) -> Tracker:
    """After the result: Nadia's first message, the result shown, then ``choice``."""
    state = make_tracker(
        slots={**NADIA, "referrals": referrals}, text=choice, active_loop=None
    ).current_state()
    before = [
        {"event": "user", "text": NADIA_SAID, "parse_data": {}},
        {"event": "slot", "name": "results_shown", "value": True},
    ]
    return Tracker.from_dict({**state, "events": [*before, *state["events"]]})


def _nadia_referrals() -> list[str]:
    return [org.id for org in match_organisations(NADIA)]


def test_nadias_choice_is_the_service_she_named() -> None:
    shown = [org for org in default_directory() if org.id in _nadia_referrals()]
    chosen = u86e_service_chosen([NADIA_CHOOSES], shown)
    assert chosen is not None and chosen.id == "london-victim-and-witness-service"
    # Asking what a service is, is not choosing it.
    assert u86e_service_chosen(["what is the london victim and witness service?"], shown) is None


def test_nadias_choice_is_kept_in_the_referral_record(dispatcher, domain, records_db) -> None:
    referrals = _nadia_referrals()
    assert "london-victim-and-witness-service" in referrals
    tracker = _nadia_tracker(NADIA_CHOOSES, referrals)
    assert answers_from(tracker)["chosen_service"] == "london-victim-and-witness-service"

    ActionFinishAssessment().run(dispatcher, tracker, domain)
    case = records.case_for(records.open_db(records_db), "test-person")
    assert case is not None
    assert json.loads(case["answers"])["chosen_service"] == "london-victim-and-witness-service"
    # The confirmation names the service she chose.
    said = responses(dispatcher)
    assert said[-2:] == ["utter_referral_saved", "utter_z73d_referral_via_team"]
    assert "London Victim and Witness Service" in dispatcher.messages[-1]["service"]


def test_a_service_named_before_the_result_is_not_a_choice(dispatcher, domain, records_db):
    referrals = _nadia_referrals()
    state = make_tracker(
        slots={**NADIA, "referrals": referrals}, text="yes text is fine", active_loop=None
    ).current_state()
    before = [
        {
            "event": "user",
            "text": "the police gave me victim support's number, ok",
            "parse_data": {},
        },
        {"event": "slot", "name": "results_shown", "value": True},
    ]
    tracker = Tracker.from_dict({**state, "events": [*before, *state["events"]]})
    assert "chosen_service" not in answers_from(tracker)

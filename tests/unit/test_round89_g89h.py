"""Round 89, helper g89h: Olu, 33, his car stolen off his drive, wanted his lost crime reference
for his insurer; Maya, 19, a man exposed himself to her on the night bus (N15). Their questions
were sent to Victim Support or read as corrections, and The Havens was pushed after she said no."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker

from actions.assessment_form import answers_from
from actions.dialogue import ActionFinishAssessment
from actions.reading import corrections
from referrals.directory import load_directory
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    answer,
    answer_in_conversation,
    assert_one_sms_with_source,
    responses_in_conversation,
)

ANCHOR = "g89h (round 89)"

OLU_FIRST = (
    "hi, my car got nicked off my drive last night. keyless job i think, it's on the ring "
    "doorbell. police gave me a reference already but can you give me the crime ref again for "
    "insurance? lost the text"
)
LOOK_UP = "yeah fine. but can you actually look up my ref or not?"
RING_101 = (
    "nah i'm alright thanks. will the victim service help me find the crime number or do i ring "
    "101 for that"
)
YES_OR_NO = "so 101 then? yes or no mate"

MAYA_FIRST = (
    "ok. basically on the night bus on saturday (the N15) this man sat opposite me and got "
    "himself out and was like touching himself and looking at me the whole time. i just got off "
    "at the next stop. is that even a crime or am i overreacting"
)
MAYA_SAID = [MAYA_FIRST, "no im home its fine. it was a bus not the tube tho"]
ON_IT_AGAIN = "not him no. but i get that bus every weekend from work so what if hes on it again"
DIDNT_ANSWER = "idk, no? but you didnt answer me, what do i do if hes on the bus again"
HAVENS_FOR_RAPE = (
    "the havens is that not for like rape? he didnt touch me. i dont want to take a space from "
    "someone who actually got hurt"
)
NOT_THE_HAVENS = "ok yes but not the havens pls, just someone to talk to"
I_SAID_NOT = (
    "i said not the havens?? and will the police find out i texted you, i havent reported it"
)


# -- 1. Olu's lost crime reference ------------------------------------------------------------


@pytest.mark.parametrize("text", [LOOK_UP, RING_101])
def test_olus_lost_reference_is_answered_not_sent_to_victim_support(text: str) -> None:
    said = answer_in_conversation(text, "theft", [OLU_FIRST], reported_to_police=True)
    assert said is not None and said.response == "utter_g89h_lost_crime_reference"
    # Before the reporting question is answered, his first message tells he reported it.
    said = answer_in_conversation(text, None, [OLU_FIRST])
    assert said is not None and said.response == "utter_g89h_lost_crime_reference"


def test_so_101_then_after_asking_about_the_reference() -> None:
    said = answer_in_conversation(
        YES_OR_NO, "theft", [OLU_FIRST, RING_101], reported_to_police=True
    )
    assert said is not None and said.response == "utter_g89h_lost_crime_reference"
    # Not said to "so 101 then?" about something else.
    other = answer_in_conversation(YES_OR_NO, "theft", ["my bike was nicked"])
    assert other is None or other.response != "utter_g89h_lost_crime_reference"


@pytest.mark.parametrize(
    "text",
    [
        "the police never gave me a crime reference number, are they supposed to?",
        "how do i get a crime reference number for my insurer?",
    ],
)
def test_getting_a_first_crime_number_is_not_the_lost_one(text: str) -> None:
    assert answer(text, "theft") != "utter_g89h_lost_crime_reference"


# -- 2. Maya: what if he is on the bus again --------------------------------------------------


@pytest.mark.parametrize("text", [ON_IT_AGAIN, DIDNT_ANSWER])
def test_what_if_he_is_on_the_bus_again(text: str) -> None:
    said = answer_in_conversation(text, "sexual_offence", MAYA_SAID)
    assert said is not None and said.response == "utter_g89h_if_he_is_on_the_bus_again"


def test_the_bus_answer_says_61016_is_not_for_buses() -> None:
    from tests.unit.known_answers import RESPONSES

    (variant,) = RESPONSES["utter_g89h_if_he_is_on_the_bus_again"]
    assert "not 61016" in variant["text"] and "999" in variant["text"]
    assert "driver" in variant["text"]


# -- 3. A question about The Havens is not a correction ---------------------------------------


def _maya(**more: Any) -> dict[str, Any]:
    return {
        "crime_type": "sexual_offence",
        "account_details": ["exposure"],
        "said": [*MAYA_SAID, HAVENS_FOR_RAPE],
        **more,
    }


def test_the_havens_question_does_not_take_back_the_sexual_offence() -> None:
    assert corrections(HAVENS_FOR_RAPE, _maya()) == {}
    # Without the exposure noted, read from what she said first.
    assert corrections(HAVENS_FOR_RAPE, _maya(account_details=[])) == {}


def test_it_wasnt_sexual_still_takes_it_back() -> None:
    assert corrections("it wasnt sexual, he just shouted at me", _maya()).get("crime_type") is None
    assert "crime_type" in corrections("it wasnt sexual, he just shouted at me", _maya())


def test_the_havens_question_is_answered() -> None:
    said = answer_in_conversation(HAVENS_FOR_RAPE, "sexual_offence", MAYA_SAID)
    assert said is not None and said.response == "utter_g89h_havens_for_assault"


def test_someone_touched_still_gets_the_havens_answers() -> None:
    touched = ["a man groped me on the bus, he put his hand up my skirt"]
    said = answer_in_conversation("is the havens only for rape?", "sexual_offence", touched)
    assert said is None or said.response != "utter_g89h_havens_for_assault"


# -- 4. A service refused by name -------------------------------------------------------------


def test_not_the_havens_is_declined() -> None:
    from actions.questions import j3_declined_services

    ids = j3_declined_services([NOT_THE_HAVENS], load_directory())
    assert ids == ["the-havens"]
    assert j3_declined_services(["why not the havens?"], load_directory()) == []


def test_i_said_not_the_havens_is_acknowledged_without_forensic_advice() -> None:
    sent = responses_in_conversation(
        I_SAID_NOT,
        "sexual_offence",
        [*MAYA_SAID, NOT_THE_HAVENS],
        account_details=["exposure"],
        declined_services=["the-havens"],
    )
    assert sent[0] == "utter_j3_taken_off_list"
    assert "utter_evidence_advice" not in sent
    assert not any("havens" in str(name) for name in sent)


def test_no_forensic_advice_after_exposure() -> None:
    sent = responses_in_conversation(
        "can they tell if theres evidence? should i not wash my clothes",
        "sexual_offence",
        MAYA_SAID,
        account_details=["exposure"],
    )
    assert not {"utter_evidence_advice", "utter_havens_before_washing"} & set(sent)
    # After a sexual assault, the forensic advice still comes.
    touched = responses_in_conversation(
        "can they tell if theres evidence? should i not wash my clothes",
        "sexual_offence",
        ["a man groped me on the bus last night"],
    )
    assert {"utter_evidence_advice", "utter_havens_before_washing"} & set(touched)


MAYA: dict[str, Any] = {
    "consent": True, "in_danger": False, "crime_type": "sexual_offence",
    "reported_to_police": False, "age": 19, "relationship_to_offender": "stranger",
    "gender": "woman", "borough": "tower_hamlets", "account_details": ["exposure"],
    "needs": ["emotional", "safety"], "results_shown": True, "referral_consent": True,
    "contact_safe": True, "contact_method": "text", "contact_details": "07700900461",
    "contact_times": "not saturday nights lol im at work. any other time",
}  # fmt: skip


def test_the_referral_confirmation_does_not_name_the_havens(dispatcher, domain, records_db):
    referrals = ["the-havens", "rape-crisis-247-support-line", "london-victim-and-witness-service"]
    state = make_tracker(
        slots={**MAYA, "referrals": referrals}, text="not saturday nights", active_loop=None
    ).current_state()
    before = [
        {"event": "user", "text": MAYA_FIRST, "parse_data": {}},
        {"event": "slot", "name": "results_shown", "value": True},
        {"event": "user", "text": NOT_THE_HAVENS, "parse_data": {}},
    ]
    tracker = Tracker.from_dict({**state, "events": [*before, *state["events"]]})
    assert answers_from(tracker)["declined_services"] == ["the-havens"]
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert "utter_referral_saved" in responses(dispatcher)
    assert not any("Havens" in str(m.get("service") or "") for m in dispatcher.messages)


@pytest.mark.parametrize(
    "name",
    [
        "utter_g89h_lost_crime_reference",
        "utter_g89h_if_he_is_on_the_bus_again",
        "utter_g89h_havens_for_assault",
    ],
)
def test_each_new_response_is_one_sms_with_its_source_above(name: str) -> None:
    assert_one_sms_with_source(name, ANCHOR)

"""Round 83, helper s83f: services that fit Fatima (38, Newham, her brother-in-law takes her
wages; wants Urdu) and Joan (84, Harrow, her carer's boyfriend takes money from her purse), with
their words, and other people's that keep their answers."""

from __future__ import annotations

import pytest

from core.text import SMS_LIMIT
from referrals.matching import match_organisations, more_organisations
from tests.unit.conftest import responses
from tests.unit.known_answers import (
    ALL_RESPONSES,
    DOMAIN,
    assert_one_sms_with_a_source,
    at_question,
    show_more,
)

NEW = ["utter_s83f_none_for_community_helpline", "utter_s83f_none_for_community"]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name: str) -> None:
    assert_one_sms_with_a_source(name, DOMAIN / "responses_answers.yml")
    assert len(ALL_RESPONSES[name][0]["text"]) <= SMS_LIMIT


# -- 1. Fatima: MORE when nothing more fits --------------------------------------------------

FATIMA = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "age": 38.0,
    "gender": "woman",
    "borough": "newham",
    "language": "urdu",
    "repeat_victimisation": True,
    "needs": ["safety", "emotional", "communication"],
}
FATIMA_MORE = "MORE. is there any one for asian women who speak urdu? and for my visa problem"


def test_fatima_more_says_honestly_there_is_none_in_urdu(dispatcher, domain) -> None:
    got = show_more(FATIMA_MORE, FATIMA, dispatcher, domain)
    assert got[0] == "utter_s83f_none_for_community_helpline"
    texts = [m.get("text") or "" for m in dispatcher.messages]
    assert not any("fit best" in t for t in texts)


def test_a_man_asking_for_his_language_gets_victim_supports_interpreters(
    dispatcher, domain
) -> None:
    slots = {"consent": True, "crime_type": "robbery", "age": 40.0, "gender": "man"}
    got = show_more("MORE. anyone who speaks polish?", slots, dispatcher, domain)
    assert got[0] == "utter_s83f_none_for_community"


def test_more_alone_keeps_its_answer(dispatcher, domain) -> None:
    # Negative: MORE with nothing asked still says the services shown fit best.
    show_more("MORE", FATIMA, dispatcher, domain)
    texts = [m.get("text") or "" for m in dispatcher.messages]
    assert any("fit best" in t for t in texts)
    assert "utter_s83f_none_for_community_helpline" not in responses(dispatcher)


# -- 3. Joan: Hourglass for an older person whose money a carer's visitor takes ---------------

JOAN = {
    "crime_type": "theft",
    "relationship_to_offender": "someone_known",
    "account_details": ["carer", "carers_partner"],
    "age": 84,
    "borough": "harrow",
    "needs": ["emotional"],
    "repeat_victimisation": True,
    "language": "english",
}


def test_joan_84_money_taken_by_her_carers_boyfriend_gets_hourglass() -> None:
    ids = [org.id for org in match_organisations(JOAN)]
    assert "hourglass-helpline" in ids
    assert "council-adult-safeguarding" in ids


def test_hourglass_not_for_a_younger_person_or_a_theft_with_no_carer() -> None:
    younger = [org.id for org in match_organisations({**JOAN, "age": 45})]
    assert "hourglass-helpline" not in younger
    stranger = {**JOAN, "relationship_to_offender": "stranger", "account_details": []}
    everything = [org.id for org in match_organisations(stranger)]
    everything += [org.id for org in more_organisations(stranger, shown=everything)]
    assert "hourglass-helpline" not in everything


# -- 3b. Joan: "no" to "Have you reported it?" with why she does not want the police ----------

JOAN_NO_POLICE = (
    "no i havent. i dont want the police coming round and her losing her job over it. its him "
    "not her"
)
JOAN_AT_REPORT = {
    "consent": True,
    "crime_type": "theft",
    "relationship_to_offender": "someone_known",
    "account_details": ["carer", "carers_partner"],
}


def test_joan_no_police_is_acknowledged() -> None:
    said = at_question(JOAN_NO_POLICE, "reported_to_police", JOAN_AT_REPORT)
    assert said == ["utter_s83f_no_police_carer_noted"]


def test_no_police_wanted_without_a_carer_gets_the_plain_acknowledgement() -> None:
    facts = {"consent": True, "crime_type": "theft", "relationship_to_offender": "someone_known"}
    said = at_question("no, i dont want him in trouble", "reported_to_police", facts)
    assert said == ["utter_s83f_no_police_heard"]


@pytest.mark.parametrize("text", ["no", "no not yet", "No", "not yet, i might", "yes last week"])
def test_plain_answers_to_the_police_question_say_nothing_more(text: str) -> None:
    assert at_question(text, "reported_to_police", JOAN_AT_REPORT) == []


@pytest.mark.parametrize("name", ["utter_s83f_no_police_carer_noted", "utter_s83f_no_police_heard"])
def test_the_acknowledgements_are_one_sms_with_sources(name: str) -> None:
    assert_one_sms_with_a_source(name, DOMAIN / "responses_answers.yml")


# -- 2. Fatima: "what you updated?" after "Thank you, I've updated that." --------------------

FATIMA_IN_FORM = {
    "consent": True,
    "in_danger": False,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "reported_to_police": False,
    "age": 38.0,
    "under_18": False,
    "repeat_victimisation": True,
    "hate_motivated": False,
}
FATIMA_WHAT = "no. i am healthy just cant sleep. what you updated? i didnt change anything"


@pytest.mark.parametrize("text", [FATIMA_WHAT, "what you updated?", "what did u change?"])
def test_fatima_what_you_updated_is_a_read_back(text: str) -> None:
    from actions.questions import f5_asks_what_was_noted

    assert f5_asks_what_was_noted(text)


@pytest.mark.parametrize(
    "text", ["what you changed my name to is wrong", "i know what you changed is right"]
)
def test_other_sentences_with_what_you_changed_are_not_a_read_back(text: str) -> None:
    from actions.questions import f5_asks_what_was_noted

    assert not f5_asks_what_was_noted(text)


async def test_fatima_at_the_form_gets_what_is_noted(dispatcher, domain) -> None:
    from tests.unit.test_assessment_form import run_validation

    slots = await run_validation(
        dispatcher,
        domain,
        text=FATIMA_WHAT,
        intent="deny",
        requested_slot="impairment",
        slots=FATIMA_IN_FORM,
    )
    assert slots["impairment"] is False
    texts = [m.get("text") or "" for m in dispatcher.messages]
    assert any(t.startswith("Here's what I've noted") for t in texts)

"""Questions role-players typed in the middle of the needs assessment (round 15) that got "I
can't answer your question here" or a wrong answer, each with a message where a false hit is
plausible. The messages are as they were typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from known_answers import ORGANISATIONS, answer

from actions.questions import known_answer, mentions_injury
from core import yaml_files

RESPONSES = yaml_files.load(
    (Path(__file__).resolve().parents[2] / "bot" / "domain" / "responses.yml").read_text()
)["responses"]


def texts(name: str) -> list[str]:
    return [variant["text"] for variant in RESPONSES[name]]


@pytest.mark.parametrize(
    "text",
    [
        "also my eye is still blurry from the punch should i be worried",
        "its blurry like when i look at stuff far away. since last night",
        "he punched me and now i keep being sick",
    ],
)
def test_sight_or_sickness_after_a_blow_gets_medical_help(text):
    assert answer(text, "assault") == "utter_injury"
    assert "A&E" in texts("utter_injury")[0] and "sight" in texts("utter_injury")[0]


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [("im sick of it all", "domestic_abuse"), ("my vision for the future is gone", "fraud")],
)
def test_sick_of_it_or_a_scam_is_not_an_injury(text, crime_type):
    assert answer(text, crime_type) != "utter_injury"


def test_a_young_person_afraid_of_school_is_told_who_to_tell():
    said = answer("wat do i do about school tmrw. they gonna be there", "robbery", age=15)
    assert said == "utter_school_worry"
    message = texts("utter_school_worry")[0]
    assert "teacher" in message and "0800 1111" in message and "fearless.org" in message


def test_an_adult_asking_about_work_gets_no_school_answer():
    assert answer("what do i do about work tomorrow", "robbery", age=40) != "utter_school_worry"
    assert answer("what do i do about college, theyll be there", "robbery", age=30) != (
        "utter_school_worry"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Do I have to report it to the police?",
        "Should I report it to the police as well or is the bank enough?",
        "do I need to tell the police too?",
    ],
)
def test_fraud_is_reported_to_report_fraud(text):
    assert answer(text, "fraud") == "utter_how_to_report"
    fraud = next(
        v
        for v in RESPONSES["utter_how_to_report"]
        if v.get("condition", [{}])[0].get("value") == "fraud"
    )
    assert "reportfraud.police.uk" in fraud["text"] and "0300 123 2040" in fraud["text"]
    assert "call 101" not in fraud["text"]


def test_after_an_assault_telling_the_police_is_still_the_101_answer():
    assert answer("Do I have to report it to the police?", "assault") == "utter_telling_the_police"
    assert answer("should i call my bank?", "fraud") == "utter_bank_scam"


def test_two_weeks_on_the_havens_still_help():
    said = answer("is it too late to go to the havens? its been 2 weeks", "sexual_offence")
    assert said == "utter_havens_not_too_late"
    assert "12 months" in texts("utter_havens_not_too_late")[0]


def test_other_time_questions_after_a_rape_keep_their_answers():
    assert answer("is it too late to report it?", "sexual_offence") == "utter_not_too_late"
    assert answer("should i have a shower?", "sexual_offence") == "utter_evidence_advice"


@pytest.mark.parametrize(
    "text", ["family liaison officer. what is it", "is he on our side or theirs"]
)
def test_the_family_liaison_officer_is_explained_to_the_bereaved(text):
    assert answer(text, "homicide", bereaved=True) == "utter_family_liaison"
    message = texts("utter_family_liaison")[0]
    assert "police officer" in message and "Victim Contact Scheme" not in message


def test_whose_side_outside_a_killing_and_the_victim_liaison_officer_are_not_the_flo():
    assert answer("is he on our side or theirs", "assault") != "utter_family_liaison"
    said = answer("what does the victim liaison officer do?", "homicide", bereaved=True)
    assert said != "utter_family_liaison"


def test_compensation_needs_a_police_report_answered_plainly():
    said = answer("do i have to report to police to get the compensation thing?", "assault")
    assert said == "utter_cica_needs_report"
    assert texts("utter_cica_needs_report")[0].startswith("Yes:")
    assert "2 years" in texts("utter_cica_needs_report")[0]
    again = answer("you didnt answer, do i HAVE to go to police", "assault", needs=["compensation"])
    assert again == "utter_cica_needs_report"


def test_where_to_apply_for_compensation_gives_the_page():
    said = answer("where do i even apply for the compensation, is there a link", "assault")
    assert said == "utter_cica_apply"
    message = texts("utter_cica_apply")[0]
    assert "gov.uk/government/organisations/criminal-injuries-compensation-authority" in message


def test_a_plain_compensation_question_still_gets_the_right():
    assert answer("can i claim compensation?", "assault") == "utter_ask_right/compensation"
    # Without compensation asked for, going to the police is their choice.
    assert answer("Do I have to go to police?", "assault") == "utter_telling_the_police"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("is there anything for lgbt people specifically?", "Galop"),
        ("is there any help for muslims?", "Tell MAMA"),
        ("is there a group for jewish people", "CST"),
    ],
)
def test_services_for_a_community_are_named_from_the_directory(text, name):
    said = known_answer(text, "assault", ORGANISATIONS, answers={"crime_type": "assault"})
    assert said is not None and said.text is not None and name in said.text


def test_a_retired_service_is_never_named_for_lgbt_people():
    said = known_answer("is there anything for lgbt people specifically?", "assault", ORGANISATIONS)
    assert said is not None and said.text is not None and "020 7704 2040" not in said.text


def test_a_gay_bar_is_not_a_request_for_a_service():
    assert answer("it happened outside a gay bar", "assault") is None


def test_a_partner_controlling_money_is_asked_about_as_abuse_not_the_bank():
    text = "he just has all my money and my bank card and reads my messages. is that abuse?"
    assert answer(text, "domestic_abuse") == "utter_economic_abuse"
    assert "messages" in texts("utter_economic_abuse")[0]
    said = answer(
        "is that abuse? he took my bank card", None, relationship_to_offender="partner_or_ex"
    )
    assert said == "utter_economic_abuse"


def test_a_stolen_card_still_gets_the_bank_answer():
    assert answer("should i call my bank?", "theft") == "utter_bank_card"
    assert answer("should i cancel my card?", "domestic_abuse") == "utter_bank_card"


def test_stalking_questions_get_their_answers():
    said = answer("Should I be keeping his messages?", "stalking_harassment")
    assert said == "utter_keep_evidence"
    said = answer("is this stalking even if he never threatened me?", "stalking_harassment")
    assert said == "utter_is_it_stalking"
    assert "threats" in texts("utter_is_it_stalking")[0]


def test_keeping_our_chat_is_not_keeping_their_messages():
    assert answer("will you keep my messages?", "stalking_harassment") != "utter_keep_evidence"
    assert answer("he keeps stalking me on instagram", "stalking_harassment") != (
        "utter_is_it_stalking"
    )


@pytest.mark.parametrize("text", ["I don't understand", "i dont get it", "what do you mean?"])
def test_not_understanding_is_put_simply(text):
    assert answer(text, "fraud", age=68) == "utter_put_simply"


@pytest.mark.parametrize(
    "text",
    ["i dont understand the word borough", "I don't understand why they haven't called me"],
)
def test_not_understanding_one_thing_is_not_the_plain_restart(text):
    assert answer(text, "fraud") != "utter_put_simply"


@pytest.mark.parametrize(
    "name",
    [
        "utter_injury", "utter_school_worry", "utter_how_to_report", "utter_havens_not_too_late",
        "utter_family_liaison", "utter_cica_needs_report", "utter_cica_apply",
        "utter_economic_abuse", "utter_is_it_stalking", "utter_put_simply",
    ],
)  # fmt: skip
def test_new_and_changed_answers_fit_one_sms(name):
    assert all(len(text) <= 320 for text in texts(name))


def test_too_late_to_be_tested_keeps_the_evidence_answer():
    said = answer("is it too late to get tested, like for drugs or stds", "sexual_offence")
    assert said == "utter_evidence_advice"


def test_blurred_sight_counts_as_an_injury_after_the_results_too():
    # actions/dialogue.py's ActionFinishAssessment reads mentions_injury after the results.
    assert mentions_injury("also my eye is still blurry from the punch should i be worried")
    assert mentions_injury("its blurry like when i look at stuff far away. since last night")
    assert not mentions_injury("the cctv footage is blurry, can they still use it")


def test_blurry_footage_is_not_an_injury():
    assert answer("the cctv footage is blurry, can they still use it", "assault") != "utter_injury"


def test_a_gay_offender_is_not_a_request_for_lgbt_services():
    said = known_answer("can you help me, the man was gay?", "assault", ORGANISATIONS)
    assert said is None or "Galop" not in (said.text or "")


@pytest.mark.parametrize("text", ["Should I tell the officer?", "is it even worth reporting?"])
def test_other_police_answers_after_a_scam_name_report_fraud(text):
    said = answer(text, "fraud")
    assert said in ("utter_how_to_report", "utter_telling_the_police", "utter_worth_reporting")
    for variant in RESPONSES[said]:
        if variant.get("condition", [{}])[0].get("value") == "fraud":
            assert "reportfraud.police.uk" in variant["text"]
            break
    else:
        raise AssertionError(f"{said} has no fraud variant")

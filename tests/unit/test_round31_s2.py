"""Round 31 answers (helper S2): questions round-31 role-players asked about their rights, the
law and services that got no answer, a wrong one, or a service that cannot help.

- Terry, 58, tools stolen from his van: "is anyone actually gonna investigate or is it just a
  number" got the insurer answer, and so did "ok" (held over from his first message, "reported
  it online got a crime number ... whats the point") and two messages saying he is NOT insured.
- Michael, 49, hurt in a hit and run: offered CICA, which does not pay for injuries from a
  vehicle unless it was used as a weapon; "my mate said for hit and runs you go through some
  insurers bureau" (the Motor Insurers' Bureau) got the insurer answer.
- Ollie, Kwame: "will they tell me if they arrest someone?", "Will police contact me or go
  through my manager?"; Kwame, a paramedic headbutted at work: "Do I count as a victim?" and the
  Assaults on Emergency Workers (Offences) Act 2018.
- Mei, spat at and racially abused on a bus: "police will care if only words?", "Why you say
  assault? he only spit and shout".
- Lucy: "Is the Witness Care Unit the same as the Witness Service?"
- Ahmed, a council tenant: "Can the council do anything? Or move us?"
- Graham, whose son uses drugs: help for families, and for the son.
- Harjit (turban knocked), Aaliyah (screenshots of her shared pictures), Becca (a spiking test
  nearly a week later).

The answers are at the end of bot/domain/responses_answers.yml with their sources; each test
quotes the message as it was written, with ordinary answers that must not get it.
"""

from __future__ import annotations

from typing import Any

import pytest
from known_answers import (
    ANSWERS_FILE,
    RESPONSES,
    answer,
    numbers_not_in_directory,
    said_answer,
    sendable,
    sources_above,
)

from actions.questions import asks_about_insurance
from core import code_rules
from core.text import SMS_LIMIT
from referrals.directory import load_directory
from referrals.matching import explain_match, match_organisations

ORGANISATIONS = load_directory()

NEW = (
    "utter_police_investigation",
    "utter_hit_and_run_mib",
    "utter_assaulted_at_work_counts",
    "utter_emergency_workers_law",
    "utter_spitting_is_assault",
    "utter_hate_words_are_a_crime",
    "utter_witness_care_unit_or_service",
    "utter_council_move",
    "utter_family_drugs_help",
    "utter_report_and_link",
    "utter_touching_clothes_is_assault",
    "utter_keep_image_screenshots",
    "utter_spiking_test",
)

ORDINARY = (
    "ok", "yes", "no", "58", "49", "40", "31", "19", "22", "skip", "english", "Kingston",
    "Southwark", "Redbridge", "Havering", "camden", "A stranger", "Stranger. Patient's son",
    "no im fine", "Safe, I'm home", "yes its safe, why wouldn't it be", "Mandarin",
    "someone to talk to and info about the testing pls", "compensation and information",
    "Feeling safe, and information.", "he pushed me against the door", "my son is 35",
    "the police have his reg", "I reported the graffiti to the police.",
    "i took screenshots of the chat", "we rent from the council", "my drink got spiked",
    "he spat on me", "reported it online and got a crime number", "not insured",
    "the witness care unit rang me", "my manager reported it to police",
    "i was tested for covid last week", "my insurance is sorting it",
)  # fmt: skip
CRIME_TYPES = (
    "theft", "assault", "hate_crime", "domestic_abuse", "online_abuse", "stalking_harassment",
    "sexual_offence", "other", None,
)  # fmt: skip


# -- the answers themselves ---------------------------------------------------------------------


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
    for slots in ({}, {"for_someone_else": True}):
        assert len(sendable(name, **slots)) == 1, (name, slots)
    assert "round 31" in ANSWERS_FILE.read_text()
    assert len(sources_above(name)) > 80, name


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. the investigation, and the insurer answer -------------------------------------------------


@pytest.mark.parametrize(
    ("said", "crime_type"),
    [
        ("is anyone actually gonna investigate or is it just a number", "theft"),
        (
            "no im fine. not insured for tools in the van, thats the problem. is anyone actually "
            "gonna investigate or is it just a number",
            "theft",
        ),
        (
            "58. i said im NOT insured. and you didnt answer me, will the police actually do "
            "anything",
            "theft",
        ),
        ("do the police have to tell me if theyre investigating or not", "theft"),
        (
            "stranger. police have the reg number so they must know who it is. why haven't they "
            "told me anything? 2 weeks",
            "other",
        ),
        (
            "yes go on then. phone me, 07700 900157. and can someone find out what the police "
            "are doing",
            "other",
        ),
        (
            "no first time. and the police already HAVE the cctv, i told them saturday. i'm "
            "asking what happens next, will they tell me if they arrest someone?",
            "assault",
        ),
        (
            "No. What happens next though? Will police contact me or go through my manager?",
            "assault",
        ),
    ],
)
def test_questions_about_the_investigation_get_right_6(said, crime_type):
    assert answer(said, crime_type) == "utter_police_investigation"


def test_the_investigation_answer_says_what_right_6_gives():
    text = sendable("utter_police_investigation")[0]
    assert "Right 6" in text and "5 working days" in text and "not to investigate" in text
    assert "101" in text


@pytest.mark.parametrize(
    "said",
    [
        "i havent told police, should i? will they even do anything",
        "will the police take him away?",
        "will the police protect us if they come to the house",
        "if I report, will the police do anything?",
    ],
)
def test_whether_to_report_is_not_the_investigation_answer(said):
    assert answer(said, "assault") != "utter_police_investigation"


@pytest.mark.parametrize(
    "said",
    [
        "my van got done over last night, all my tools gone. about 6 grand worth. reported it "
        "online got a crime number and nobody's rung. whats the point",
        "no im fine. not insured for tools in the van, thats the problem.",
        "58. i said im NOT insured. and you didnt answer me, will the police actually do anything",
        "ok",
    ],
)
def test_terry_is_not_told_about_insurers(said):
    assert not asks_about_insurance(said)
    assert answer(said, "theft") != "utter_insurance_crime_number"


@pytest.mark.parametrize(
    "said",
    [
        "do i have to report it for my insurance?",
        "where do i get a crime number?",
        "my insurance wants a crime number",
        "how do I claim on insurance",
    ],
)
def test_insurance_questions_still_get_the_insurer_answer(said):
    assert answer(said, "theft") == "utter_insurance_crime_number"


# -- 2. a hit and run ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "details"),
    [
        (
            "unpaid fare?? I'm not a taxi. I asked about CICA. my mate said for hit and runs you "
            "go through some insurers bureau, is that right?",
            None,
        ),
        (
            "so the CICA one, will they pay me for lost wages? I've lost 2 weeks money already "
            "and it's going to be 6 more",
            ["road_crash", "injured"],
        ),
        ("can i claim compensation for a hit and run?", None),
        ("what is the MIB?", None),
    ],
)
def test_a_hit_and_run_is_told_about_the_motor_insurers_bureau(said, details):
    assert answer(said, "other", account_details=details) == "utter_hit_and_run_mib"


def test_the_mib_answer_says_cica_does_not_cover_vehicles():
    text = sendable("utter_hit_and_run_mib")[0]
    assert "Motor Insurers' Bureau" in text and "mib.org.uk" in text
    assert "on purpose" in text and "their insurer" in text


def test_compensation_after_an_assault_is_still_cica():
    said = "can I get compensation? he broke my nose"
    assert answer(said, "assault") != "utter_hit_and_run_mib"


MICHAEL = {
    "crime_type": "other",
    "account_details": ["road_crash", "injured"],
    "reported_to_police": True,
    "relationship_to_offender": "stranger",
    "age": 49,
    "borough": "kingston",
    "language": "english",
    "needs": ["compensation", "information"],
}


def test_a_hit_and_run_is_offered_the_mib_and_brake_not_cica():
    offered = [org.id for org in match_organisations(MICHAEL, ORGANISATIONS, limit=8)]
    assert "mib" in offered and "brake-national-road-victim-service" in offered
    assert "cica" not in offered
    for crime_type in ("assault", "serious_violence"):
        # Even where a crash was read as an assault, CICA is left out for a road crash.
        offered = match_organisations(MICHAEL | {"crime_type": crime_type}, ORGANISATIONS, limit=8)
        assert "cica" not in [org.id for org in offered]
    cica = next(org for org in ORGANISATIONS if org.id == "cica")
    assert "Motor Insurers' Bureau" in explain_match(MICHAEL | {"crime_type": "assault"}, cica)


def test_an_assault_is_still_offered_cica_and_not_the_mib():
    assault: dict[str, Any] = MICHAEL | {"crime_type": "assault", "account_details": ["injured"]}
    offered = [org.id for org in match_organisations(assault, ORGANISATIONS, limit=8)]
    assert "mib" not in offered


def test_the_rights_for_a_hit_and_run_leave_out_the_cica_line():
    (compensation,) = [e for e in code_rules.entitlements_for(MICHAEL) if e.id == "compensation"]
    text = compensation.text
    assert "2 years" not in text and "Injury compensation" not in text


def test_the_mib_entry_gives_only_its_web_address():
    mib = next(org for org in ORGANISATIONS if org.id == "mib")
    assert mib.contact.phone is None and mib.contact.web == "https://www.mib.org.uk"
    assert mib.source and mib.serves.situations == ("road_crash",)


# -- 3. an assault on a paramedic at work ---------------------------------------------------------


def test_a_paramedic_counts_as_a_victim():
    said = (
        "Yes fine. Colleagues say it's part of the job. Is it actually taken seriously? Do I "
        "count as a victim?"
    )
    assert answer(said, "assault") == "utter_assaulted_at_work_counts"
    assert "Victims' Code" in sendable("utter_assaulted_at_work_counts")[0]


def test_the_emergency_workers_act_is_cited_by_section():
    said = (
        "Quick one. Isn't there a specific law for assaulting emergency workers? Does that "
        "change anything for me"
    )
    # -- round 69, lead --: the Act's answer now needs the job told (a bus driver was told "Yes");
    # this paramedic had said so earlier in her conversation.
    told = ["I'm a paramedic. A man punched me in the back of the ambulance"]
    assert said_answer(said, "assault", told) == "utter_emergency_workers_law"
    text = sendable("utter_emergency_workers_law")[0]
    assert "Assaults on Emergency Workers (Offences) Act 2018" in text
    assert "(s.1)" in text and "(s.2)" in text
    assert "legislation.gov.uk/ukpga/2018/23" in sources_above("utter_emergency_workers_law")


@pytest.mark.parametrize(
    "said",
    ["do I count as a victim, its my shop", "am i a victim if i only saw it?", "Do I count?"],
)
def test_other_victim_questions_are_not_the_work_answer(said):
    assert answer(said, "assault") != "utter_assaulted_at_work_counts"


# -- 4. racist abuse and spitting ---------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Yes ok. Is this hate crime? I did not report to police. Police will care if it is only "
        "words?",
        "No I am at home now. But you not answer, police will care if only words? He did not hit "
        "me",
        "Can they speak Chinese? And still I want know, if I report, police really do something "
        "when he only shout and spit?",
    ],
)
def test_racist_words_without_a_blow_are_a_crime(said):
    assert answer(said, "hate_crime") == "utter_hate_words_are_a_crime"
    assert answer(said, None, hate_motivated=True) == "utter_hate_words_are_a_crime"


def test_the_words_answer_cites_the_racially_aggravated_offence():
    text = sendable("utter_hate_words_are_a_crime")[0]
    assert "s.31" in text and "hate crime" in text and "report-it.org.uk" in text
    assert "s.4A and s.5" in sources_above("utter_hate_words_are_a_crime")


def test_spitting_is_an_assault_and_reporting_is_her_choice():
    said = "No. Why you say assault? he only spit and shout. I don't know if I should report"
    assert answer(said, "hate_crime") == "utter_spitting_is_assault"
    text = sendable("utter_spitting_is_assault")[0]
    assert "assault in law" in text and "report-it.org.uk" in text and "Stop Hate UK" in text
    assert "Cotesworth" in sources_above("utter_spitting_is_assault")


def test_only_words_without_hate_is_not_the_hate_answer():
    said = "will the police care if its only words? he didnt hit me"
    assert answer(said, "stalking_harassment") != "utter_hate_words_are_a_crime"


# -- 5. the Witness Care Unit ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Yes please. Ideally someone who can help me through the court bit. Is the Witness Care "
        "Unit the same as the Witness Service?",
        "whats the difference between the witness care unit and the witness service",
    ],
)
def test_the_witness_care_unit_is_not_the_witness_service(said):
    assert answer(said, "stalking_harassment") == "utter_witness_care_unit_or_service"
    text = sendable("utter_witness_care_unit_or_service")[0]
    assert text.startswith("No") and "Citizens Advice" in text and "police" in text


# -- 6. a council move --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Twice before. Not last night yet. Whats the point, they came once, took a statement, "
        "nothing. Can the council do anything? Or move us?",
        "Still didnt say if they can move us. Yes pass my details on. Text is better, I'm at work "
        "all day. Can they help my wife too?",
        "OK the ASB team. But can the council actually move us? And I read something about a "
        "community trigger, does that apply to us?",
        "Feeling safe. Practical help - we rent from the council, I want to know if they can "
        "move us or deal with him",
    ],
)
def test_a_council_tenant_is_told_about_a_management_transfer(said):
    assert answer(said, "hate_crime") == "utter_council_move"
    assert "management transfer" in sendable("utter_council_move")[0]


@pytest.mark.parametrize(
    "said", ["can someone help me move out", "can the council fix my door?", "we moved last year"]
)
def test_moving_out_or_repairs_are_not_the_transfer_answer(said):
    assert answer(said, "domestic_abuse") != "utter_council_move"


# -- 7. a son's drug use ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Really what I want is for my son to get help with the drugs, and for the taking to stop. "
        "Is there somebody who helps families in this situation? I don't want the police "
        "involved.",
        "Very well, yes. Though I'd still like to know if anyone can help him with the drugs. He "
        "has said before he'd like to stop.",
    ],
)
def test_a_father_is_told_about_adfam_and_frank(said):
    assert answer(said, "domestic_abuse") == "utter_family_drugs_help"
    text = sendable("utter_family_drugs_help")[0]
    assert "Adfam" in text and "talktofrank.com" in text


def test_a_spiking_is_not_the_drugs_answer():
    assert answer("can anyone help me, i think i was drugged?", "assault") != (
        "utter_family_drugs_help"
    )


# -- 8. a knocked turban, screenshots, a spiking test ---------------------------------------------


def test_the_street_incident_can_be_reported_and_linking_is_for_the_police():
    said = (
        "I reported the graffiti to the police. I have not yet reported what happened in the "
        "street yesterday. Should I? And do you think the two are connected?"
    )
    assert answer(said, "hate_crime") == "utter_report_and_link"
    text = sendable("utter_report_and_link")[0]
    assert "met.police.uk" in text and "101" in text and "for the police" in text


def test_knocking_a_turban_is_likely_an_assault():
    said = (
        "Yes, twice in one week, that is why I ask whether it is the same people. Also he "
        "physically knocked my turban, which for me is a very serious insult. Is that an assault?"
    )
    assert answer(said, "hate_crime") == "utter_touching_clothes_is_assault"
    assert "R v Thomas" in sources_above("utter_touching_clothes_is_assault")


@pytest.mark.parametrize(
    "said",
    [
        "19. should i keep the screenshots or delete them? some of them have the pics in",
        "no just this. but u didnt answer, do i keep the screenshots??",
    ],
)
def test_screenshots_of_shared_pictures_are_kept_safe_not_shared(said):
    assert answer(said, "online_abuse") == "utter_keep_image_screenshots"
    assert answer(said, "online_abuse", age=19) == "utter_keep_image_screenshots"
    text = sendable("utter_keep_image_screenshots")[0]
    assert "evidence" in text and "don't send them" in text


def test_a_child_is_not_told_to_keep_pictures():
    said = "should i keep the screenshots or delete them? some of them have the pics in"
    assert answer(said, "online_abuse", age=15) != "utter_keep_image_screenshots"


@pytest.mark.parametrize(
    "said",
    [
        "can i still get tested after a week",
        "no. i didnt say it was a scam lol i meant does the TEST cost anything. and where do i "
        "actually go to get it done",
        "MORE. also nobody has actually told me if i can still get a drug test after a week or if "
        "its pointless",
        "i think my drink got spiked, can i still get tested after a week?",
    ],
)
def test_a_spiking_test_days_later_is_reported_to_the_police(said):
    assert answer(said, "assault") == "utter_spiking_test"
    text = sendable("utter_spiking_test")[0]
    assert "12 hours" in text and "7 days" in text and "101" in text


def test_a_sexual_offence_still_gets_the_havens_for_tests():
    assert answer("is it too late to get tested", "sexual_offence") == "utter_havens_today"


# -- ordinary messages get none of these -----------------------------------------------------------


@pytest.mark.parametrize("said", ORDINARY)
@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_ordinary_messages_get_none_of_the_new_answers(said, crime_type):
    assert answer(said, crime_type) not in NEW

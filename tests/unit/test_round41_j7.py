"""Round 41 answers (helper J7): questions left unanswered and services that did not fit.

- Amira, 24, groped by her line manager at the office party, on probation: her job and
  employment questions got "I can't answer"; "I would rather speak with a real person" was not
  heard; "Will my employer be informed of anything I say here?" got "I can't answer".
- Fatima, 50, whose son was killed by a speeding driver on his phone: "Will they let a mother
  speak?" got the witness answer; she was offered SAMM ("murder or manslaughter") and not Brake;
  "is there a group for families who lost someone on the road?" got "I can't answer"; her
  "Sorry for writing so much" got "I can't do more with that here".
- Marcus, 44, a bus driver punched by a fare dodger: "will I have to stand there and face
  him?", "that criminal injuries thing" (told "e.g. an unpaid fare"), "is there a time limit on
  that?" and "the bloke who hit me won't get my number or anything will he".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

from typing import Any

import pytest
from known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

from actions.account import read_account
from actions.reading import Turn, read_turn
from core.person_request import asks_for_person
from core.privacy_question import asks_about_privacy
from referrals.directory import load_directory
from referrals.matching import match_organisations

NEW = (
    "utter_j7_harassed_at_work_job",
    "utter_j7_homicide_service_road_death",
    "utter_j7_road_death_support",
    "utter_j7_cica_injury",
    "utter_j7_cica_and_employer",
    "utter_j7_number_kept",
    "utter_j7_no_need_to_be_sorry",
)
AMIRA = {"age": 24, "relationship_to_offender": "someone_known", "consent": True}
FATIMA = {"age": 50, "bereaved": True, "relationship_to_offender": "stranger"}
FATIMA_ROAD = {**FATIMA, "account_details": ["road_crash", "someone_died"]}
MARCUS = {"age": 44, "relationship_to_offender": "stranger", "reported_to_police": True}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 41, helper J7", ({}, {"bereaved": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Amira: her job, a real person, and whether her employer is told -----------------------


@pytest.mark.parametrize(
    "said",
    [
        "I am 24. So can it be both a crime and an HR matter? I am concerned that if I raise this "
        "formally I may lose my job. I am still on probation.",
        "Is there anyone who can advise me on the employment side, regarding my job and "
        "probation? None of these seem to cover that.",
        "im worried ill lose my job if i report him, im still in my probation period",
    ],
)
def test_her_job_worry_gets_the_equality_act_and_acas(said):
    assert answer(said, "sexual_offence", **AMIRA) == "utter_j7_harassed_at_work_job"


def test_the_job_answer_names_the_law_victimisation_and_acas():
    text = sendable("utter_j7_harassed_at_work_job")[0]
    for part in ("Equality Act 2010", "victimisation", "probation", "Acas", "0300 123 1100"):
        assert part in text


def test_kasias_question_about_telling_hr_keeps_its_own_answer():
    said = "And what about my work. Should I tell HR? I am scared I lose my job"
    assert answer(said, "sexual_offence") == "utter_telling_work_after_sexual_assault"


@pytest.mark.parametrize(
    ("said", "crime"),
    [
        ("does my employer have to support me?", "assault"),
        ("I've lost overtime, can I get compensation?", "assault"),
        ("he was my manager at work. can the police arrest him?", "sexual_offence"),
        ("Someone I know", "sexual_offence"),
        ("I am on probation for a driving offence, does that matter?", "burglary"),
    ],
)
def test_other_work_questions_do_not_get_the_job_answer(said, crime):
    assert answer(said, crime, **AMIRA) != "utter_j7_harassed_at_work_job"


@pytest.mark.parametrize(
    "said",
    [
        "Information, please. Honestly, I would rather speak with a real person now if that is "
        "possible.",
        "I said I would like to speak to a real person. Is that possible?",
        "id rather talk to a human",
        "can I speak with a human please",
        "is it possible to speak to a real person?",
        "is there a real person I can talk to",
        "may I speak to a support worker",
        "I would prefer to speak to a person",
        "could I chat with someone real",
        "i'd rather have a real person",
        "can a real person reply",
        "would it be possible to speak with a member of staff",
        "english. id rather speak to an actual person tbh",
        "human",
        "i want to talk to a human",
    ],
)
def test_every_clear_request_for_a_person_hands_over(said):
    assert asks_for_person(said)


@pytest.mark.parametrize(
    "said",
    [
        "I would rather not talk to a person",
        "i dont want to speak to a human",
        "I would like to speak to the police first",
        "i need someone to talk to",
        "i would rather talk to my mum",
        "human rights please",
        "is it a real person?",
        "I would like to speak with my solicitor",
        "Is there anyone who can advise me on the employment side, regarding my job?",
        "the officer said i should speak with a support worker",
        "she spoke with a real person at the bank",
        "i would rather speak to someone at the council",
        "Information please",
        "I want to speak about my son. In court. Can I?",
        "i would rather not say",
        "I prefer a woman",
        "Someone to talk to",
    ],
)
def test_ordinary_messages_about_talking_do_not_hand_over(said):
    assert not asks_for_person(said)


def test_the_request_beside_her_answer_to_the_needs_question_wins():
    reading = read_turn(
        Turn(
            text="Information, please. Honestly, I would rather speak with a real person now "
            "if that is possible.",
            intent="request_human",
            requested="needs",
            answers={"consent": True, "crime_type": "sexual_offence"},
            asked={"needs": 1},
        )
    )
    assert reading.reject


@pytest.mark.parametrize(
    "said",
    [
        "Will my employer be informed of anything I say here?",
        "Could you please clarify who the support team are before I agree? I would prefer my "
        "employer not to become aware of this conversation.",
        "will my boss find out about this?",
        "would my manager be told?",
    ],
)
def test_will_my_employer_be_told_gets_the_answer_about_work(said):
    assert asks_about_privacy(said)
    assert answer(said, None) == "utter_who_we_tell"
    assert answer(said, "sexual_offence", **AMIRA) == "utter_who_we_tell"


def test_before_consent_her_employer_question_is_answered_not_refused():
    reading = read_turn(
        Turn(
            text="Will my employer be informed of anything I say here?",
            intent="inform",
            requested="consent",
            asked={"consent": 1},
        )
    )
    assert [say.response for say in reading.say] == ["utter_who_we_tell"]
    assert "work" in sendable("utter_who_we_tell")[0]


@pytest.mark.parametrize(
    "said",
    [
        "will my employer find out if I report it to the police?",
        "will the police tell my work?",
        "my boss is the one who did it",
    ],
)
def test_the_police_or_court_telling_work_is_not_the_chat_answer(said):
    assert answer(said, "sexual_offence", **AMIRA) != "utter_who_we_tell" or "police" in said


# -- 2. Fatima: speaking in court, a road death, the Homicide Service, a kind reply ----------


@pytest.mark.parametrize(
    "said",
    [
        "I didn't see it happen so I don't think I'm a witness. But I want to speak in court. I "
        "want the judge to know who Yusuf was, that he was studying to be a pharmacist, that he "
        "called me every day at lunch. Am I allowed to do that? Will they let a mother speak?",
        "I am not frightened of him. I want to speak about my son. In court. Can I?",
        "will they let the family say something in court?",
    ],
)
def test_a_mother_asking_to_speak_in_court_gets_the_vps(said):
    assert answer(said, "homicide", **FATIMA) == "utter_speak_in_court_vps"
    text = sendable("utter_speak_in_court_vps", bereaved=True)[0]
    assert "Victim Personal Statement" in text and "read it out" in text and "Right 7" in text


@pytest.mark.parametrize(
    "said",
    [
        "do I have to speak in court?",
        "I want to speak to the family liaison officer",
        "Redbridge. Ilford.",
    ],
)
def test_other_court_messages_do_not_get_the_bereaved_vps_row(said):
    assert answer(said, "homicide", **FATIMA) != "utter_speak_in_court_vps"


FATIMA_FIRST = (
    "Assalamu alaikum. I don't really know why I'm writing this. My son Yusuf was killed last "
    "month, he was 19, he was crossing the road near our house in Ilford and a driver hit him. "
    "The driver was speeding and on his phone. They have charged him. I can't sleep, I can't "
    "eat, my husband doesn't talk. Nobody tells us anything."
)


def test_her_account_is_a_road_death_and_brake_is_offered_not_samm():
    told = read_account(FATIMA_FIRST)
    assert {"road_crash", "someone_died"} <= told.details
    answers: dict[str, Any] = {
        **told.facts(),
        "account_details": sorted(told.details),
        "age": 50,
        "borough": "redbridge",
        "language": "english",
    }
    offered = [org.id for org in match_organisations(answers, load_directory())]
    assert offered[0] == "brake-national-road-victim-service"
    assert "samm" not in offered


@pytest.mark.parametrize(
    "said",
    [
        "my brother was stabbed and killed last year",
        "the driver got out and punched me",
        "the driver hit me",
        "a man hit him with a bat and he died",
    ],
)
def test_other_killings_and_attacks_by_drivers_are_not_road_deaths(said):
    assert "road_crash" not in read_account(said).details


@pytest.mark.parametrize(
    ("said", "answers"),
    [
        (
            "But is there a group for families who lost someone on the road? The murder one "
            "doesnt seem right for us",
            FATIMA,
        ),
        ("is there anyone for families where it was a driver?", FATIMA),
        ("is there a charity for people whose child was killed by a driver?", {}),
        ("is there any support group for us?", FATIMA_ROAD),
    ],
)
def test_a_family_asking_for_road_death_support_gets_brake(said, answers):
    assert answer(said, "homicide", **answers) == "utter_j7_road_death_support"
    assert "0808 8000 401" in sendable("utter_j7_road_death_support")[0]


@pytest.mark.parametrize(
    ("said", "crime", "answers"),
    [
        ("is there a group for families?", "homicide", {**FATIMA, "account_details": []}),
        ("is there a driver who can take me to court?", "assault", MARCUS),
        ("I'm a bus driver, is there any support for me?", "assault", MARCUS),
    ],
)
def test_other_questions_about_groups_or_drivers_do_not_get_brake(said, crime, answers):
    assert answer(said, crime, **answers) != "utter_j7_road_death_support"


@pytest.mark.parametrize(
    "said",
    [
        "A stranger. What is the National Homicide Service? Nobody told me about that. It was a "
        "car, is that homicide?",
        "what is the homicide service? he was run over",
    ],
)
def test_what_the_homicide_service_is_after_a_road_death(said):
    assert answer(said, "homicide", **FATIMA) == "utter_j7_homicide_service_road_death"
    text = sendable("utter_j7_homicide_service_road_death")[0]
    assert "murder or manslaughter" in text and "Brake" in text


def test_a_murder_asking_about_the_homicide_service_does_not_get_the_road_answer():
    said = "what is the national homicide service? my brother was stabbed"
    assert answer(said, "homicide", **FATIMA) != "utter_j7_homicide_service_road_death"


@pytest.mark.parametrize(
    "said",
    [
        "Thank you. Sorry for writing so much. I just needed someone to listen. Yusuf would have "
        "laughed at me typing to a computer.",
        "sorry for going on",
        "sorry about all this, i just needed someone to talk to",
    ],
)
def test_an_apology_for_writing_gets_a_kind_reply(said):
    assert answer(said, "homicide", **FATIMA) == "utter_j7_no_need_to_be_sorry"
    text = sendable("utter_j7_no_need_to_be_sorry", bereaved=True)[0]
    assert "don't be sorry" in text and "sorry for your loss" in text


@pytest.mark.parametrize(
    "said", ["Someone to talk to", "thank you", "sorry, I mean Redbridge", "no sorry"]
)
def test_ordinary_messages_do_not_get_the_kind_reply(said):
    assert answer(said, "homicide", **FATIMA) != "utter_j7_no_need_to_be_sorry"


# -- 3. Marcus: facing him in court, CICA and its time limit, his number ---------------------


@pytest.mark.parametrize(
    "said",
    [
        "Not scared exactly. But will I have to stand there and face him? Don't fancy being in "
        "the same room as him tbh",
        "do I have to face him in court?",
        "will I be in the same room as him?",
    ],
)
def test_facing_him_gets_special_measures(said):
    assert answer(said, "assault", **MARCUS) == "utter_court"


@pytest.mark.parametrize(
    "said",
    [
        "No. unpaid fare?? it's my face not the fare lol. What about that criminal injuries "
        "thing my mate mentioned",
        "Don't think so. He just didn't want to pay the fare. Quick one - can I get "
        "compensation for this? I've lost overtime",
        "is there a time limit on cica?",
    ],
)
def test_an_injured_driver_asking_about_compensation_gets_cica(said):
    assert answer(said, "assault", **MARCUS) == "utter_j7_cica_injury"
    text = sendable("utter_j7_cica_injury")[0]
    assert "2 years" in text and "0300 003 3601" in text and "fare" not in text


def test_cica_time_limit_and_the_employer_are_answered_together():
    said = (
        "Ok the CICA one, is there a time limit on that? And does my employer have to support "
        "me? I work for one of the TfL bus companies, they've been a bit quiet"
    )
    assert answer(said, "assault", **MARCUS) == "utter_j7_cica_and_employer"
    text = sendable("utter_j7_cica_and_employer")[0]
    assert "2 years" in text and "employer" in text


def test_the_court_compensation_example_is_no_longer_an_unpaid_fare():
    for text in sendable("utter_witness_expenses_and_losses") + sendable(
        "utter_witness_expenses_and_losses", for_someone_else=True
    ):
        assert "unpaid fare" not in text
        assert "injury, loss or damage" in text


@pytest.mark.parametrize(
    ("said", "crime"),
    [
        ("can I get compensation for my stolen phone?", "theft"),
        ("I was scammed, can I claim from cica?", "fraud"),
        ("does my employer have to support me?", "assault"),
        ("what about the days off, police statement, court. who pays me", "assault"),
    ],
)
def test_other_money_questions_do_not_get_the_new_cica_answers(said, crime):
    assert answer(said, crime, **MARCUS) not in (
        "utter_j7_cica_injury",
        "utter_j7_cica_and_employer",
    )


@pytest.mark.parametrize(
    "said",
    [
        "how long till someone texts? and the bloke who hit me won't get my number or anything "
        "will he",
        "and my number - he won't get it?",
        "you wont give my address to him will you?",
    ],
)
def test_his_number_is_not_given_to_the_man_who_hit_him(said):
    assert answer(said, "assault", **MARCUS) == "utter_j7_number_kept"


@pytest.mark.parametrize(
    "said",
    [
        "will he get my address from the police statement?",
        "07700 900418",
        "what number should I call?",
        "he has my number already",
    ],
)
def test_other_messages_about_numbers_do_not_get_it(said):
    assert answer(said, "assault", **MARCUS) != "utter_j7_number_kept"

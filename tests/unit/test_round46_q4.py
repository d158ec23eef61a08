"""Round 46 answers and readings (helper Q4).

- Luke, 29, trans man attacked by a group: "yes obviously" to the court question not read, and
  "would that happen?" (called miss in court) and "does galop report it for me" not answered.
- Maria, 44, a cleaner with settled status, unpaid for two months: labelled trafficked, her
  correction refused; "is this a crime?" answered with a passport never kept.
- Hassan, 52, bins set on fire behind his shop: CCTV that records over, the fire risk to his
  children upstairs, patrols and "should I [report]?" not answered; "keep the messages" said to
  him with no messages.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.answers import read_answer
from actions.reading import corrections

NEW = (
    "utter_q4_court_name_pronouns",
    "utter_q4_third_party_reporting",
    "utter_q4_unpaid_wages_crime",
    "utter_q4_settled_status_threat",
    "utter_q4_report_it_yourself",
    "utter_q4_safer_neighbourhood_team",
)
LUKE = {"age": 29, "relationship_to_offender": "stranger", "hate_motivated": True}
MARIA = {
    "age": 44,
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": True,
    "account_details": ["labour_told"],
}
HASSAN = {"age": 52, "under_18": False, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 46, helper Q4", ({},))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Luke ---------------------------------------------------------------------------------------

LUKE_COURT = (
    "lol court. yes obviously, standing in a room being called miss by a defence barrister "
    "sounds great. would that happen?"
)


def test_yes_obviously_after_the_courts_word_is_a_yes():
    assert read_answer("fear_of_giving_evidence", LUKE_COURT).value is True
    assert read_answer("fear_of_giving_evidence", "lol court. nah im fine").value is False


@pytest.mark.parametrize(
    "text",
    [
        LUKE_COURT,
        "would the defence barrister misgender me in court?",
        "if it goes to trial will they use my deadname?",
    ],
)
def test_being_misgendered_in_court_is_answered(text):
    assert answer(text, "assault", **LUKE) == "utter_q4_court_name_pronouns"


@pytest.mark.parametrize(
    "text",
    [
        "29. does galop report it for me or do I still have to talk to a copper eventually",
        "if I use true vision do I still have to speak to the police?",
    ],
)
def test_third_party_reporting_is_explained(text):
    assert answer(text, "assault", **LUKE) == "utter_q4_third_party_reporting"


def test_someone_reporting_it_for_them_is_not_this_answer():
    text = "is there a third party thing where someone else reports it for me?"
    assert answer(text, "assault", **LUKE) == "utter_third_party_reporting"


@pytest.mark.parametrize(
    "text", ["what is galop?", "yes", "29", "someone to talk to, and info on reporting"]
)
def test_other_messages_are_not_third_party_reporting(text):
    assert answer(text, "assault", **LUKE) != "utter_q4_third_party_reporting"
    assert answer(text, "assault", **LUKE) != "utter_q4_court_name_pronouns"


# -- Maria --------------------------------------------------------------------------------------

TRAFFICKED = {"crime_type": "human_trafficking", **MARIA}


@pytest.mark.parametrize(
    "text",
    [
        "human trafficking?? no no. nobody bring me here, I come from Portugal myself 2015. I "
        "have settled status. I just want she pay me",
        "please take away the trafficking. is not true. is only she not pay me and she threaten me",
        "its not trafficking",
        "not trafficking, she just dont pay me",
        "please remove the trafficking",
    ],
)
def test_the_trafficking_label_can_be_taken_back(text):
    assert corrections(text, TRAFFICKED).get("crime_type") == "other"


@pytest.mark.parametrize("text", ["is this trafficking?", "yes", "what is trafficking", "no"])
def test_other_messages_keep_the_label(text):
    assert "crime_type" not in corrections(text, TRAFFICKED)


@pytest.mark.parametrize(
    "text",
    [
        "I clean house for a lady in Ealing, 3 days every week. She not pay me 2 months now. When "
        "I ask she say if I complain she call the immigration on me. Is this a crime?",
        "No. But is crime or no? She owe me 1,400 pound. I need the money for rent",
        "thank you. but you not tell me, is crime or not? not pay me",
        "my boss hasn't paid me for 6 weeks, is that illegal?",
    ],
)
def test_is_unpaid_pay_a_crime_gets_the_employment_answer(text):
    assert answer(text, "human_trafficking", **MARIA) == "utter_q4_unpaid_wages_crime"


@pytest.mark.parametrize(
    "text",
    [
        "boss keeps my passport and not pay me. is this a crime?",
        "they dont pay me and i cant leave the house. is it a crime?",
        "my husband doesnt pay me anything, is that a crime?",
    ],
)
def test_passport_kept_or_not_free_is_not_the_employment_answer(text):
    assert answer(text, "human_trafficking", **MARIA) != "utter_q4_unpaid_wages_crime"


def test_settled_status_and_a_threat_to_call_immigration():
    text = "ok. I have settled status. she can really call immigration and they take me?"
    assert answer(text, "human_trafficking", **MARIA) == "utter_q4_settled_status_threat"


def test_her_own_passport_does_not_get_the_passport_back_answer():
    text = "she not keep my ID. I have my passport. ok I wait for the call. obrigada"
    assert answer(text, "human_trafficking", **MARIA) != "utter_passport_back_exploitation"
    kept = "how I get my passport back? she keep in her room"
    assert answer(kept, "human_trafficking", **MARIA) == "utter_passport_back_exploitation"


def test_unpaid_for_a_week_is_still_not_trafficking():
    assert read_account("my boss didnt pay me last week").crime_type != "human_trafficking"


# -- Hassan -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The fire brigade said they would pass it on. I have not called police myself. Should I? "
        "I have CCTV at the back, I think it caught them, 3 boys in hoodies about 14 15 years old.",
        "52. But please, the CCTV, my system records over itself after 7 days. What do I do with "
        "it?",
        "Good. Now the CCTV. How do I give it to the police before it is deleted? I can copy it to "
        "a USB",
    ],
)
def test_own_cctv_is_saved_now(text):
    assert answer(text, "arson", **HASSAN) == "utter_own_cctv_save"


def test_bus_cctv_keeps_its_answer():
    text = "would there be cctv on the bus?"
    assert answer(text, "assault", **HASSAN) != "utter_own_cctv_save"


@pytest.mark.parametrize(
    "text",
    [
        "No I dont think so, they do it to everybody on the parade. What messages? they did not "
        "message me. My worry is fire, my two children sleep upstairs.",
        "Yes. Same group has been hanging around the front for weeks, one of them threw an egg at "
        "the window in October and they steal sweets. My wife says they will come back and next "
        "time it is the shop not the bins. We live in the flat above.",
    ],
)
def test_fire_fear_where_the_family_sleeps_gets_fire_safety(text):
    assert answer(text, "arson", **HASSAN) == "utter_letterbox_fire_safety"


@pytest.mark.parametrize(
    "text",
    [
        "A little. Their families live round here, they are my customers. Skip. Will the police "
        "patrol my street more? And the insurance, do I need a crime number for the claim?",
        "Ok. And can I ask the police to patrol more on the parade at night? who do I ask?",
    ],
)
def test_patrols_get_the_safer_neighbourhood_team(text):
    assert answer(text, "arson", **HASSAN) == "utter_q4_safer_neighbourhood_team"


def test_should_i_report_it_myself():
    text = "The fire brigade said they would pass it on. I have not called police myself. Should I?"
    assert answer(text, "arson", **HASSAN) == "utter_q4_report_it_yourself"


def test_keep_the_messages_not_said_to_an_adult_without_messages():
    text = "they said they will come for us next time. should i be worried?"
    assert answer(text, "criminal_damage", **HASSAN) != "utter_p1_threat_of_next_time"
    child = "they said on snap next time its worse. im kinda shook to leave the house"
    assert answer(child, "assault", age=15, under_18=True) == "utter_p1_threat_of_next_time"


@pytest.mark.parametrize("text", ["No", "52", "Brent", "Phone call", "English is fine"])
def test_answers_to_questions_are_not_taken(text):
    assert answer(text, "arson", **HASSAN) is None or not str(
        answer(text, "arson", **HASSAN)
    ).startswith("utter_q4")

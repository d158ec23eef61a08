"""Round 38 answers (helper B6): questions that got "I can't answer that one here", or the
wrong answer.

- Nadia, 19, made by her boyfriend to carry drugs to other towns, told she owes him: whether
  telling will get her arrested, who helps with the "debt", and what to do if he asks for
  another run.
- Maya, 33, stalked by an ex-colleague: a restraining order for someone who was never a partner.
- Kofi, 29, who saw a shooting: whether he has to give the police a witness statement.
- Megan, for her nan (85), robbed of a bag with her keys in it: should she change the locks.
- Chloe, 24, hit by her girlfriend, who is away until Sunday: what to do when she is back.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

NEW = (
    "utter_exploited_adult_not_blamed",
    "utter_exploitation_debt_help",
    "utter_exploited_asked_again",
    "utter_plan_before_they_are_back",
    "utter_order_depends_who_it_is",
    "utter_harassment_injunction",
    "utter_witness_statement_choice",
)
NADIA = {"relationship_to_offender": "partner_or_ex", "age": 19}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 38, helper B6", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Nadia: made to carry drugs -----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "will i be in trouble if i tell anyone? like will i get arrested for the drugs",
        "am i going to get arrested if i tell someone im carrying drugs for him",
        "will the police arrest me for carrying the packages?",
        "could i get charged for the drugs he makes me move?",
    ],
)
@pytest.mark.parametrize("crime_type", ["human_trafficking", "domestic_abuse"])
def test_an_adult_made_to_carry_drugs_gets_the_adult_answer(said, crime_type):
    assert answer(said, crime_type, **NADIA) == "utter_exploited_adult_not_blamed"


def test_before_her_age_is_asked_she_gets_the_adult_answer_too():
    said = "will i be in trouble if i tell anyone? like will i get arrested for the drugs"
    assert (
        answer(said, None, relationship_to_offender="partner_or_ex")
        == "utter_exploited_adult_not_blamed"
    )


def test_a_child_still_gets_the_childs_answer():
    said = "am i going to get arrested if i tell someone im carrying drugs for him"
    assert answer(said, "human_trafficking", age=15) == "utter_exploited_not_blamed"


@pytest.mark.parametrize(
    "said",
    [
        "is there anyone who helps with the drugs thing specifically. like the owing him money "
        "bit. he says i owe him like 2 grand now",
        "is there anyone who helps with the drugs thing specifically. like the owing him money bit",
        "who can help me with the debt he says i owe for the drugs?",
        "is there a charity for people made to do drug runs who owe money?",
    ],
)
def test_who_helps_with_the_drug_debt(said):
    for crime_type in ("human_trafficking", "domestic_abuse", None):
        assert answer(said, crime_type, **NADIA) == "utter_exploitation_debt_help"


@pytest.mark.parametrize(
    "said",
    [
        "what do i do if he asks me to do another run before they call",
        "what should i do if he tells me to do a run tomorrow?",
        "what if he makes me carry more drugs before then?",
    ],
)
def test_what_to_do_if_he_asks_for_another_run(said):
    for crime_type in ("human_trafficking", "domestic_abuse"):
        assert answer(said, crime_type, **NADIA) == "utter_exploited_asked_again"


@pytest.mark.parametrize(
    "said",
    [
        "no. i cant",
        "19",
        "yeah like every week or 2. and when i said i didnt want to he grabbed my arm",
        "will they arrest him?",
        "what do i do if he comes back?",
        "is there anyone who can help with money?",
        "will i get arrested for the drugs i took that night?",
        "i go for a run every morning, is that when he follows me?",
    ],
)
def test_ordinary_messages_do_not_get_the_exploitation_answers(said):
    for crime_type in ("human_trafficking", "domestic_abuse", "assault"):
        assert answer(said, crime_type, **NADIA) not in NEW


# -- 2. Chloe: what to do when her girlfriend is back on Sunday -----------------------------

CHLOE = {"relationship_to_offender": "partner_or_ex", "age": 24}


@pytest.mark.parametrize(
    "said",
    [
        "someone to talk to who understands same sex relationships. and what to do when she "
        "comes back sunday",
        "oh galop, ok thats good to know. but what do i actually do sunday when she gets back? "
        "should i leave? she doesnt have her own place, its my flat",
        "you didnt answer me. im scared about sunday night when she comes home. what should i do",
        "what should i do before he gets back from work?",
        "she's home tomorrow, how do i stay safe when she gets back?",
    ],
)
def test_what_to_do_when_the_partner_is_back(said):
    for crime_type in ("domestic_abuse", None):
        assert answer(said, crime_type, **CHLOE) == "utter_plan_before_they_are_back"


@pytest.mark.parametrize(
    "said",
    [
        "no she's at her mum's in brighton for the weekend. back sunday night",
        "phone call, but before sunday ideally",
        "yes till sunday. after that she sometimes looks at my phone",
        "what do i do if he comes back?",
        "and if she kicks off on sunday do i just call 999 or is that overreacting",
        "what do i say to my son when he comes home?",
    ],
)
def test_ordinary_messages_do_not_get_the_plan_answer(said):
    for crime_type in ("domestic_abuse", "assault"):
        assert answer(said, crime_type, **CHLOE) != "utter_plan_before_they_are_back"


def test_someone_not_hurt_by_a_partner_does_not_get_it():
    said = "what should i do when he gets back tonight?"
    assert answer(said, "burglary", relationship_to_offender="stranger") != (
        "utter_plan_before_they_are_back"
    )


# -- 3. Maya: an order against an ex-colleague ----------------------------------------------


def test_before_who_did_it_is_asked_she_hears_both_routes():
    said = (
        "No not yet. I didn't think the police would care tbh, he hasn't actually done anything "
        "to me. Can I get a restraining order or something without going to the police? My "
        "friend said you can get one yourself"
    )
    assert answer(said, "stalking_harassment") == "utter_order_depends_who_it_is"


@pytest.mark.parametrize(
    "said",
    [
        "33. but he's not my ex, I said, we just worked together. so does that mean I can't get "
        "one?",
        "we were never together, can i still get one?",
        "he's a colleague, can i get an injunction?",
        "he used to work with me, not my ex. can I still apply for one?",
    ],
)
def test_someone_who_was_never_a_partner_gets_the_harassment_answer(said):
    assert answer(said, "stalking_harassment") == "utter_harassment_injunction"


def test_the_harassment_answer_names_the_criminal_courts_restraining_order():
    from known_answers import sendable, sources_above

    text = sendable("utter_harassment_injunction")[0]
    assert "restraining order" in text and "county court" in text
    assert "section/360" in sources_above("utter_harassment_injunction")


@pytest.mark.parametrize(
    "said",
    [
        "Someone I know. ex colleague.",
        "can i get one?",
        "does that mean he gets arrested?",
        "should I tell the gym? they have cameras",
        "evenings are best, after 7. I'm at work in the day",
    ],
)
def test_ordinary_messages_do_not_get_the_order_answers(said):
    assert answer(said, "stalking_harassment") not in (
        "utter_harassment_injunction",
        "utter_order_depends_who_it_is",
    )


def test_a_partner_still_gets_the_non_molestation_answer():
    said = "we were never married, can i still get one?"
    assert answer(said, "domestic_abuse") != "utter_harassment_injunction"


# -- 4. Kofi: does he have to give a witness statement ----------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "do i have to give the statement tho. can they make me",
        "no not that. the police want a WITNESS statement about what i saw. is it my choice or do "
        "i have to",
        "i mean a witness statement",
        "can the police force me to make a statement?",
    ],
)
def test_a_witness_asking_if_a_statement_is_compulsory(said):
    for crime_type in ("serious_violence", None):
        assert answer(said, crime_type, age=29) == "utter_witness_statement_choice"


@pytest.mark.parametrize(
    "said",
    [
        "police came door to door. they want a statement from me",
        "if i give a statement will they know it was me",
        "can i take my statement back?",
        "do i have to make a victim personal statement?",
        "do i have to go to court?",
        "do i have to give a statement to get help. and will u tell the police what i said",
        "29",
    ],
)
def test_ordinary_messages_do_not_get_the_witness_statement_answer(said):
    assert answer(said, "serious_violence", age=29) != "utter_witness_statement_choice"


# -- 5. Megan for her nan: the locks after her keys were taken ------------------------------

NAN = {"for_someone_else": True, "age": 85, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize(
    "said",
    [
        "but what about the keys?? should she get the locks changed, who pays for that? nan wont "
        "sleep tonight",
        "they took my keys, do i need to change the locks?",
        "should i get new locks, they have my house keys",
    ],
)
def test_keys_taken_and_a_locks_question_gets_the_keys_answer(said):
    for crime_type in ("robbery", "theft"):
        assert answer(said, crime_type, **NAN) == "utter_keys_and_address_stolen"


@pytest.mark.parametrize(
    "said",
    ["who pays for my phone?", "will she get her bag back?", "feeling safe and practical help"],
)
def test_ordinary_messages_do_not_get_the_keys_answer_from_this_check(said):
    assert answer(said, "robbery", **NAN) != "utter_keys_and_address_stolen"

"""Questions role-players asked in round 22 that got "I can't answer that one here" or an
unrelated answer: whether a dog attack is a crime, PEP and an HIV test after the 72 hours, losing
care after reporting a carer, who to tell about bruises in a care home, whether an order stops
the abuser's brother, stopping debt collectors after identity fraud, whether a boyfriend's
control is normal, and what "DA" means. Each answer is in bot/domain/responses_answers.yml with
its sources; each test quotes the message as it was written, with ordinary answers and near
misses that must not get it."""

from __future__ import annotations

import re

import pytest
from known_answers import RESPONSES, answer, sendable, sources_above

from core.text import SMS_LIMIT

NEW = (
    "utter_dog_attack_crime",
    "utter_pep_and_hiv_test",
    "utter_care_goes_on",
    "utter_care_home_who_to_tell",
    "utter_order_covers_named_person",
    "utter_identity_fraud_debt_collectors",
    "utter_controlling_not_normal",
    "utter_what_da_means",
)

ORDINARY = (
    "no",
    "yes",
    "35",
    "my boyfriend",
    "every night",
    "not sure",
    "my son",
    "yes every day",
    "my husband",
    "69",
    "the neighbour",
    "is it a crime?",
    "is that even a crime??",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_and_one_message_is_sent(name):
    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
    assert len(sendable(name)) == 1
    assert len(sendable(name, for_someone_else=True)) == 1
    assert len(sendable(name, for_someone_else=False)) == 1


@pytest.mark.parametrize("name", [n for n in NEW if len(RESPONSES[n]) > 1])
def test_someone_writing_for_another_is_told_about_them(name):
    theirs = sendable(name, for_someone_else=True)[0]
    assert theirs != sendable(name)[0]
    assert "your " not in theirs


@pytest.mark.parametrize("name", NEW)
def test_every_new_answer_has_its_sources_written_above_it(name):
    comments = sources_above(name)
    assert re.search(r"\b[\w.-]+\.(?:uk|org|com)\b", comments), name


@pytest.mark.parametrize("name", NEW)
def test_no_answer_promises_an_outcome(name):
    for variant in RESPONSES[name]:
        assert not re.search(r"\b(?:will definitely|guarantee\w*|promise)\b", variant["text"])


# -- 1. a dog attack ----------------------------------------------------------------------------

DOG_ASKS = (
    "can you just tell me if a dog attack is a crime please",
    "is a dog biting a child a crime or not? do i ring police or the council?",
)


@pytest.mark.parametrize("text", DOG_ASKS)
@pytest.mark.parametrize("crime_type", ["other", "assault", None])
def test_a_dog_attack_is_likely_a_crime(text, crime_type):
    assert answer(text, crime_type) == "utter_dog_attack_crime"
    message = sendable("utter_dog_attack_crime")[0]
    assert "likely" in message and "101" in message and "999" in message
    assert "Dangerous Dogs Act 1991" in message


def test_is_it_a_crime_is_about_the_dog_only_when_the_account_names_one():
    """The account records no dog yet; "dog_attack" is read if it ever does."""
    assert answer("is that even a crime??", "other", account_details=["dog_attack"]) == (
        "utter_dog_attack_crime"
    )
    assert answer("is that even a crime??", "other") != "utter_dog_attack_crime"


@pytest.mark.parametrize(
    "text",
    [
        *ORDINARY,
        "my dog was stolen, is that a crime?",
        "i was walking the dog when he hit me",
        "i live on the isle of dogs, is it a crime if he keeps shouting at me?",
        "the dog bit me",
    ],
)
def test_other_crimes_and_answers_are_not_told_about_dogs(text):
    for crime_type in ("other", "assault", "domestic_abuse", None):
        assert answer(text, crime_type) != "utter_dog_attack_crime", (text, crime_type)


# -- 2. PEP after 72 hours, and an HIV test ----------------------------------------------------

HIV_ASKS = (
    "sorry but where do i get tested? is it too late for that pep thing",
    "ok. and where do i just get an hiv test without all this",
)


@pytest.mark.parametrize("text", HIV_ASKS)
@pytest.mark.parametrize("crime_type", ["sexual_offence", "assault", None])
def test_pep_is_for_72_hours_and_an_hiv_test_is_for_any_time(text, crime_type):
    assert answer(text, crime_type) == "utter_pep_and_hiv_test"
    message = sendable("utter_pep_and_hiv_test")[0]
    assert "72 hours" in message and "likely too late for PEP" in message
    assert "sexual health clinic" in message and "020 3299 6900" in message
    assert "not too late" not in message


@pytest.mark.parametrize(
    "text",
    [
        *ORDINARY,
        "is it too late to go to the havens? its been 2 weeks",
        "is it too late to get tested? i think i was spiked",
        "im scared about hiv",
        "i was tested last week",
        "i prepped the food",
    ],
)
def test_other_questions_about_tests_keep_their_answers(text):
    for crime_type in ("sexual_offence", None):
        assert answer(text, crime_type) != "utter_pep_and_hiv_test", (text, crime_type)


# -- 3. losing care after telling about a carer ------------------------------------------------

CARE_ASKS = (
    "If I tell the council will they stop my carer coming? I cant get out of bed without help. "
    "I will be left with nobody",
    "Will I lose my care if I tell",
)


@pytest.mark.parametrize("text", CARE_ASKS)
@pytest.mark.parametrize("crime_type", ["theft", "fraud", "other", None])
def test_telling_about_a_carer_does_not_end_care(text, crime_type):
    assert answer(text, crime_type, account_details=["carer"]) == "utter_care_goes_on"
    assert answer(text, crime_type) == "utter_care_goes_on"
    message = sendable("utter_care_goes_on")[0]
    assert "Care Act 2014" in message and "what you want" in message


@pytest.mark.parametrize(
    "text",
    [
        *ORDINARY,
        "my carer steals from me",
        "will i lose my job if i tell",
        "will they take my kids away if i tell",
        "Do I have to tell the care agency? Or does the council do that?",
        "can the council stop the noise?",
    ],
)
def test_other_messages_are_not_told_care_goes_on(text):
    assert answer(text, None, account_details=["carer"]) != "utter_care_goes_on"
    assert answer(text, "theft") != "utter_care_goes_on"


# -- 4. bruises in a care home: who to tell first ----------------------------------------------

CARE_HOME_ASK = "police or the council or the care home manager? Who do I tell first?"


@pytest.mark.parametrize("crime_type", ["assault", "other", None])
def test_bruises_in_a_care_home_go_to_the_manager_and_safeguarding(crime_type):
    assert answer(CARE_HOME_ASK, crime_type, for_someone_else=True) == (
        "utter_care_home_who_to_tell"
    )
    message = sendable("utter_care_home_who_to_tell", for_someone_else=True)[0]
    assert "999" in message and "101" in message and "cqc.org.uk" in message
    assert "care home manager" in message and "adult safeguarding" in message


@pytest.mark.parametrize(
    "text",
    [*ORDINARY, "she is in a care home", "my mum lives in a care home in Barnet", "who do i tell?"],
)
def test_other_messages_are_not_the_care_home_answer(text):
    assert answer(text, "assault", for_someone_else=True) != "utter_care_home_who_to_tell"


# -- 5. an order and the abuser's brother ------------------------------------------------------

BROTHER_ASK = "Does it also stop his brother? It's the brother who is watching the refuge"


@pytest.mark.parametrize("crime_type", ["domestic_abuse", "stalking_harassment", None])
def test_an_order_covers_only_the_person_named(crime_type):
    said = answer(BROTHER_ASK, crime_type, relationship_to_offender="partner_or_ex")
    assert said == "utter_order_covers_named_person"
    message = sendable("utter_order_covers_named_person")[0]
    assert "person named" in message and "harassment" in message
    assert "refuge staff" in message and "0808 2000 247" in message


@pytest.mark.parametrize(
    "text",
    [
        *ORDINARY,
        "does it stop the pain?",
        "will it stop him?",
        "I already have the order. He's breaching it. How do I report breaches?",
        "his brother",
    ],
)
def test_other_messages_are_not_about_who_an_order_covers(text):
    assert answer(text, "domestic_abuse") != "utter_order_covers_named_person"


# -- 6. debt collectors after identity fraud ----------------------------------------------------

DEBT_ASK = "who do i ring to stop the debt collectors, thats what i actually need"


@pytest.mark.parametrize("crime_type", ["fraud", None])
def test_debt_collectors_are_told_in_writing_with_the_crime_reference(crime_type):
    said = answer(DEBT_ASK, crime_type, account_details=["identity_fraud"])
    assert said == "utter_identity_fraud_debt_collectors"
    message = sendable("utter_identity_fraud_debt_collectors")[0]
    assert message.startswith("Write to each lender and debt collector")
    assert "crime reference" in message and "Cifas" in message and "0300 123 2040" in message


@pytest.mark.parametrize(
    "text",
    [*ORDINARY, "who do i ring?", "they opened 3 loans in my name", "debt collectors"],
)
def test_other_messages_are_not_about_debt_collectors(text):
    said = answer(text, "fraud", account_details=["identity_fraud"])
    assert said != "utter_identity_fraud_debt_collectors"


def test_debt_collectors_after_another_crime_are_not_identity_fraud():
    assert answer(DEBT_ASK, "assault") != "utter_identity_fraud_debt_collectors"


# -- 7. "is it normal what he does?" -------------------------------------------------------------

NORMAL_ASK = "is it normal what he does? be honest"
MINIMISED = (
    "he just checks my phone and tells me what to wear and stuff but loads of guys do that. he "
    "gets jealous cos he loves me"
)


@pytest.mark.parametrize("text", [NORMAL_ASK, MINIMISED])
@pytest.mark.parametrize(
    ("crime_type", "relationship"),
    [("domestic_abuse", None), ("assault", "partner_or_ex"), (None, "partner_or_ex")],
)
def test_control_by_a_partner_is_not_normal(text, crime_type, relationship):
    # Round 46 (Jade, slapped): the neck line only when a neck was named, so the answer to
    # control with no neck named is the same answer without it.
    said = answer(text, crime_type, relationship_to_offender=relationship)
    assert said == "utter_q7_controlling_not_normal"
    message = sendable("utter_q7_controlling_not_normal")[0]
    assert message.startswith("Honestly, no.") and "0808 2000 247" in message
    assert "controlling behaviour" in message and "neck" not in message


def test_a_boyfriend_named_in_the_message_is_enough():
    text = "my boyfriend checks my phone every day, is that normal? he says its cos hes jealous"
    assert answer(text, None) == "utter_q7_controlling_not_normal"


@pytest.mark.parametrize("text", [NORMAL_ASK, MINIMISED])
@pytest.mark.parametrize("relationship", ["stranger", "someone_known", None])
def test_not_about_a_partner_is_not_this_answer(text, relationship):
    assert answer(text, "assault", relationship_to_offender=relationship) not in (
        "utter_controlling_not_normal",
        "utter_q7_controlling_not_normal",
    )


@pytest.mark.parametrize(
    "text",
    [
        *ORDINARY,
        "is it normal to feel like this?",
        "he checks my phone so how do you contact me safely?",
        "he grabbed my neck",
        "is it normal to still be shaking",
    ],
)
def test_other_messages_from_a_partner_are_not_told_control_is_not_normal(text):
    said = answer(text, "domestic_abuse", relationship_to_offender="partner_or_ex")
    assert said != "utter_controlling_not_normal"


# -- 8. "whats DA" ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["whats DA", "what does DA mean?", "what is da", "DA means?"])
def test_da_is_domestic_abuse(text):
    assert answer(text, "domestic_abuse") == "utter_what_da_means"
    assert answer(text, None) == "utter_what_da_means"
    assert sendable("utter_what_da_means")[0].startswith("DA means domestic abuse")


@pytest.mark.parametrize(
    "text", [*ORDINARY, "what da hell", "what da police gonna do", "da helpline", "what is it"]
)
def test_other_messages_are_not_asked_what_da_means(text):
    assert answer(text, "domestic_abuse") != "utter_what_da_means"

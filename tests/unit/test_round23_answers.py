"""Questions role-players asked in round 23 that got "I can't answer that one here" or a wrong
answer: what an ISVA is, the Havens without the police, exposure without touching, "wasting your
time", a knife threat to a shopkeeper, "maybe is my fault", whether men can be victims of
domestic abuse, and challenging a caution. Each answer is in bot/domain/responses_answers.yml
with its sources; each test quotes the message as it was written, with ordinary answers and near
misses that must not get it."""

from __future__ import annotations

import re

import pytest
from known_answers import RESPONSES, answer, sendable, sources_above

from core.text import SMS_LIMIT

NEW = (
    "utter_isva",
    "utter_havens_without_police",
    "utter_exposure_is_a_crime",
    "utter_not_wasting_time",
    "utter_knife_threat",
    "utter_men_can_be_victims",
    "utter_challenge_police_decision",
)

ORDINARY = ("no", "yes", "35", "my boyfriend", "every night", "not sure", "my son", "my husband")
CRIME_TYPES = ("sexual_offence", "assault", "domestic_abuse", "other", None)


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
    assert "your " not in theirs.lower()


@pytest.mark.parametrize("name", NEW)
def test_every_new_answer_has_its_sources_written_above_it(name):
    comments = sources_above(name)
    assert re.search(r"\b[\w.-]+\.(?:uk|org|com)\b", comments), name


@pytest.mark.parametrize("name", NEW)
def test_no_answer_promises_an_outcome(name):
    for variant in RESPONSES[name]:
        assert not re.search(r"\b(?:will definitely|guarantee\w*|promise)\b", variant["text"])


@pytest.mark.parametrize("text", ORDINARY)
@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_ordinary_answers_get_none_of_the_new_answers(text, crime_type):
    said = answer(text, crime_type, account_details=["exposure"])
    assert said not in (*NEW, "utter_not_your_fault"), (text, crime_type)


# -- 1. an ISVA -----------------------------------------------------------------------------------

ISVA_ASKS = (
    "and what about an ISVA? my friend said i could get one",
    "information about the ISVA thing",
    "what about an ISVA though. is that one of these?",
    "will they be able to tell me about the ISVA?",
)


@pytest.mark.parametrize("text", ISVA_ASKS)
@pytest.mark.parametrize("crime_type", ["sexual_offence", None])
def test_an_isva_is_explained(text, crime_type):
    assert answer(text, crime_type) == "utter_isva"
    message = sendable("utter_isva")[0]
    assert "free, confidential" in message and "don't have to report" in message
    assert "020 3299 6900" in message and "Rape Crisis" in message
    assert "go with you through reporting and court" in message


@pytest.mark.parametrize("text", ["my isva", "isva", "the isva is called jo"])
def test_mentioning_an_isva_without_asking_is_not_answered(text):
    assert answer(text, "sexual_offence") != "utter_isva"


# -- 2. the Havens without the police ------------------------------------------------------------

HAVENS_ASKS = (
    "what do we do about evidence and the morning after pill",
    "we just need to know what to do about the evidence and the pill like now",
    "is there somewhere she can go without the police knowing",
)


@pytest.mark.parametrize("text", HAVENS_ASKS)
def test_the_havens_see_her_without_the_police(text):
    said = answer(text, "sexual_offence", for_someone_else=True)
    assert said == "utter_havens_without_police"
    theirs = sendable("utter_havens_without_police", for_someone_else=True)[0]
    assert "without the police" in theirs and "020 3299 6900" in theirs
    assert "store evidence" in theirs and "PEP" in theirs and "wash or change" in theirs
    assert "morning-after pill" in theirs and "5 days" in theirs and " her " in theirs


@pytest.mark.parametrize(
    "text",
    [
        *ORDINARY,
        "is there somewhere she can go",
        "can i go without the police knowing about my record",
        "i take the pill",
        "what evidence do you need?",
    ],
)
def test_other_messages_are_not_the_havens_without_police(text):
    assert answer(text, "sexual_offence") != "utter_havens_without_police"


def test_without_a_sexual_offence_it_is_not_the_havens():
    text = "is there somewhere she can go without the police knowing"
    assert answer(text, "assault") != "utter_havens_without_police"


# -- 3. exposure without touching, and "wasting your time" ---------------------------------------


def test_exposure_in_the_account_makes_no_touching_a_crime():
    said = answer("he didnt touch me", "sexual_offence", account_details=["exposure"])
    assert said == "utter_exposure_is_a_crime"
    message = sendable("utter_exposure_is_a_crime")[0]
    assert "Sexual Offences Act 2003, s.66" in message and "not wasting" in message
    assert "101" in message and "Rape Crisis" in message


@pytest.mark.parametrize(
    "text",
    [
        "a man exposed himself to me on the night bus. he didnt touch me",
        "he got his thing out on the bus but he didnt touch me",
        "he was touching himself on the night bus, is that a crime?",
    ],
)
@pytest.mark.parametrize("crime_type", ["sexual_offence", "other", None])
def test_exposure_in_the_message_makes_no_touching_a_crime(text, crime_type):
    assert answer(text, crime_type) == "utter_exposure_is_a_crime"


@pytest.mark.parametrize("text", ["he didnt touch me", "he didnt touch me, he just shouted"])
def test_no_touching_without_exposure_is_not_this_answer(text):
    assert answer(text, "sexual_offence") != "utter_exposure_is_a_crime"


@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_wasting_your_time_is_answered(crime_type):
    said = answer("im sorry i think i'm wasting your time", crime_type)
    assert said == "utter_not_wasting_time"
    assert sendable("utter_not_wasting_time")[0].startswith("You're not wasting anyone's time")


@pytest.mark.parametrize("text", [*ORDINARY, "what a waste", "i dont have time"])
def test_other_messages_are_not_told_they_are_not_wasting_time(text):
    assert answer(text, "sexual_offence") != "utter_not_wasting_time"


# -- 4. a knife threat to a shopkeeper ------------------------------------------------------------

KNIFE_ASKS = (
    "one boy he show me knife. he say he will cut me. I am scared every day",
    "what about knife boy? he come back every day. what I do",
)


@pytest.mark.parametrize("text", KNIFE_ASKS)
@pytest.mark.parametrize("crime_type", ["assault", "other", "stalking_harassment", None])
def test_a_knife_threat_is_a_serious_crime(text, crime_type):
    assert answer(text, crime_type) == "utter_knife_threat"
    message = sendable("utter_knife_threat")[0]
    assert "serious crime" in message and "999" in message and "101" in message
    assert "CCTV" in message and "record" in message


@pytest.mark.parametrize(
    "text",
    [
        *ORDINARY,
        "is it ok to carry a knife for protection?",
        "i cut my hand on a knife",
        "he had a knife",
        "the man pulled a knife on me and took my phone, should i report it?",
    ],
)
def test_other_messages_are_not_the_knife_threat(text):
    assert answer(text, "assault") != "utter_knife_threat"


# -- 5. "maybe is my fault" ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["It is my fault?", "I was drunk, maybe is my fault"])
@pytest.mark.parametrize("crime_type", ["assault", None])
def test_asking_if_it_is_their_fault_is_answered(text, crime_type):
    assert answer(text, crime_type) == "utter_not_your_fault"


@pytest.mark.parametrize("text", ["it's not my fault", "it was never my fault", "my friend"])
def test_saying_it_is_not_their_fault_is_not_asking(text):
    assert answer(text, "assault") != "utter_not_your_fault"


# -- 6. men as victims of domestic abuse ---------------------------------------------------------


@pytest.mark.parametrize("crime_type", ["domestic_abuse", "assault", None])
def test_men_can_be_victims_of_domestic_abuse(crime_type):
    text = "can men even be victims of domestic abuse?"
    assert answer(text, crime_type) == "utter_men_can_be_victims"
    message = sendable("utter_men_can_be_victims")[0]
    assert message.startswith("Yes.") and "male partner" in message
    assert "0808 801 0327" in message and "0800 999 5428" in message


@pytest.mark.parametrize("text", [*ORDINARY, "a man", "men", "he is a man, is that abuse?"])
def test_other_messages_are_not_about_men_as_victims(text):
    assert answer(text, "domestic_abuse") != "utter_men_can_be_victims"


# -- 7. challenging a caution ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["how do I complain about the caution", "can I challenge the police decision"]
)
@pytest.mark.parametrize("crime_type", ["assault", None])
def test_a_caution_can_be_complained_about(text, crime_type):
    assert answer(text, crime_type) == "utter_challenge_police_decision"
    message = sendable("utter_challenge_police_decision")[0]
    assert "Victims' Right to Review" in message and "likely doesn't cover a caution" in message
    assert "Right 12" in message and "Ombudsman" in message


@pytest.mark.parametrize("text", [*ORDINARY, "they got a caution", "i made a decision"])
def test_other_messages_are_not_about_challenging_a_decision(text):
    assert answer(text, "assault") != "utter_challenge_police_decision"


def test_what_an_isva_means_is_still_the_glossary():
    assert answer("what is an ISVA", "sexual_offence") == "utter_glossary"

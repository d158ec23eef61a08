"""Round 51 (helper W1): Deborah, 51, whose daughter Ellie (20) took her own life after months
of stalking by her ex-boyfriend.

- Her words about her daughter's suicide raised the self-harm reply three times ("she died by
  suicide", "parents who lost a child to suicide"). A death by suicide told of someone else, in
  the past, is grief, not the writer's own thoughts: the writer's own words still count.
- "can he still be prosecuted ... now that she's gone?" (four times) was never answered.
- "I'm asking as her mother, do I have any rights at all?" was never answered.
- "Is there anything for parents who lost a child to suicide?" got homicide services.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    ORGANISATIONS,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
)

from actions.questions import known_answer
from bot.risk_words import SELF_HARM, detect_risk, mentions_self_harm, trusted_crisis

NEW = (
    "utter_w1_prosecution_after_death",
    "utter_w1_bereaved_relative_rights",
    "utter_w1_suicide_bereavement",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 51, helper W1", ({}, {"bereaved": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- risk words ----------------------------------------------------------------------------------

DEBORAH_GRIEF = [
    "Her ex boyfriend stalked her. She was not killed, she died by suicide. Please correct both "
    "of those.",
    "These are all for murder. Is there anything for parents who lost a child to suicide? And I "
    "still need to know, can the police still charge him for the stalking now she's died? I keep "
    "asking and nobody tells me.",
    "That's wrong. I wasn't hurt. It wasn't a family member. My daughter was stalked by her ex "
    "partner and she died by suicide. I'm her bereaved mother.",
    "My daughter Ellie died four months ago. She took her own life.",
    "Is there any support for people bereaved by suicide?",
    "my brother committed suicide last year after the attack",
    "Ellie died by suicide in March",
    "since my sons suicide i have not been able to work",
]


@pytest.mark.parametrize("text", DEBORAH_GRIEF)
def test_someone_elses_death_by_suicide_is_no_alarm(text):
    assert detect_risk(text) is None, text
    assert not mentions_self_harm(text), text
    assert not trusted_crisis(text, SELF_HARM), text


WRITER_AT_RISK = [
    "my daughter died by suicide and now i want to die too",
    "Ellie took her own life and I want to end it all",
    "she died by suicide and i keep thinking about killing myself",
    "im thinking of suicide",
    "suicide",
    "i feel suicidal since she died",
    "my suicide note is written",
    "I lost my son to suicide and I've been saving up my tablets",
]


@pytest.mark.parametrize("text", WRITER_AT_RISK)
def test_the_writers_own_thoughts_still_count(text):
    assert detect_risk(text) == SELF_HARM, text


# -- answers -------------------------------------------------------------------------------------

PROSECUTION = [
    "Sorry, what I really want to know is whether he can still be prosecuted for what he did to "
    "her, now that she's gone. The police haven't told me anything.",
    "can the police still charge him for the stalking now she's died? I keep asking and nobody "
    "tells me.",
    "can he still be charged after her death?",
    "will they still prosecute him now she has passed away?",
]


@pytest.mark.parametrize("text", PROSECUTION)
def test_can_he_still_be_prosecuted_after_her_death(text):
    assert answer(text, "stalking") == "utter_w1_prosecution_after_death", text


def test_can_he_still_be_prosecuted_when_she_told_of_the_death_before():
    text = "I've told you who. Her ex boyfriend, Jordan. Not my ex. Can he still be prosecuted?"
    assert answer(text, "stalking", bereaved=True) == "utter_w1_prosecution_after_death"


RIGHTS = [
    "It wasn't me he targeted, it was Ellie. I'm her mum. I'm asking as her mother, do I have any "
    "rights at all? Or does it all stop because she died",
    "as her dad, do I have any rights now he's gone?",
]


@pytest.mark.parametrize("text", RIGHTS)
def test_rights_as_a_bereaved_mother(text):
    assert answer(text, "stalking") == "utter_w1_bereaved_relative_rights", text


def test_rights_when_the_death_was_told_before():
    assert answer("do I have any rights at all?", "stalking", bereaved=True) == (
        "utter_w1_bereaved_relative_rights"
    )


SUPPORT = [
    "Is there anything for parents who lost a child to suicide?",
    "is there any support for families bereaved by suicide",
    "are there groups for people who lost someone to suicide?",
]


@pytest.mark.parametrize("text", SUPPORT)
def test_support_after_suicide(text):
    assert answer(text, "stalking") == "utter_w1_suicide_bereavement", text


def test_both_of_her_questions_in_one_message_are_answered():
    said = known_answer(
        DEBORAH_GRIEF[1], "stalking", ORGANISATIONS, answers={"crime_type": "stalking"}
    )
    assert said is not None
    got = {said.response, *(then.response for then in said.then)}
    assert got == {"utter_w1_prosecution_after_death", "utter_w1_suicide_bereavement"}


ORDINARY = [
    ("can he be arrested?", "assault"),
    ("will he be charged?", "assault"),
    ("can the police charge him now?", "burglary"),
    ("what are my rights", "burglary"),
    ("do i have any rights as a victim?", "assault"),
    ("is there support for my mum?", "assault"),
    ("she was so upset, can they still charge him?", "assault"),
    ("I'm her mum, can I make the report for her?", "assault"),
    ("Yes, she's my daughter.", "stalking"),
    ("Bromley", "stalking"),
]


@pytest.mark.parametrize(("text", "crime"), ORDINARY)
def test_ordinary_messages_do_not_get_the_new_answers(text, crime):
    assert answer(text, crime) not in NEW, text


# -- the record ----------------------------------------------------------------------------------

STALKING = {"crime_type": "stalking_harassment", "relationship_to_offender": "partner_or_ex"}
NOT_A_KILLING = [
    "Yes, she's my daughter. But please don't write that she was killed. She took her own life. "
    "Because of him, but she did it herself. I need that to be right.",
    "English. Homicide? She wasn't murdered. Or do you think what he did counts as that? Sorry. I "
    "don't know what I'm asking.",
    "Thank you, that's the first thing that's helped. Yes, you can pass my details on. But please "
    "make sure whoever reads it knows Ellie wasn't murdered and it wasn't family.",
    "You wrote someone was killed again, when I said the opposite. What does it say now?",
]


@pytest.mark.parametrize("text", NOT_A_KILLING)
def test_a_killing_denied_is_not_read_as_one(text):
    from actions.reading import corrections

    assert corrections(text, {**STALKING, "bereaved": True}).get("crime_type") != "homicide"
    assert corrections(text, STALKING).get("crime_type") != "homicide"


def test_a_killing_denied_after_it_was_noted_is_taken_back():
    from actions.reading import corrections

    text = "Her ex boyfriend stalked her. She was not killed, she died by suicide. Please correct"
    changes = corrections(text, {**STALKING, "crime_type": "homicide"})
    assert changes.get("crime_type") == "stalking_harassment"
    changes = corrections(NOT_A_KILLING[1], {**STALKING, "crime_type": "homicide"})
    assert "crime_type" in changes and changes["crime_type"] != "homicide"


@pytest.mark.parametrize(
    "text", ["Yes, she's my daughter.", "Yes. I already said. She's my daughter.", NOT_A_KILLING[0]]
)
def test_her_daughter_is_not_the_one_who_did_it(text):
    from actions.reading import corrections

    changes = corrections(text, {**STALKING, "bereaved": True})
    assert changes.get("relationship_to_offender") != "family_member"


def test_a_son_who_did_it_is_still_read_as_family():
    from actions.reading import corrections

    changes = corrections(
        "no it was my son, he hit me",
        {"crime_type": "assault", **{"relationship_to_offender": "stranger"}},
    )
    assert changes.get("relationship_to_offender") == "family_member"


def test_a_killing_told_is_still_read():
    from actions.reading import corrections

    changes = corrections("no, he was stabbed and he died", {"crime_type": "assault"})
    assert changes.get("crime_type") in ("homicide", None)

"""Round 60, main: someone else's self-harm is theirs (Noreen, round 59, whose daughter has been
self-harming, got the writer's crisis reply and "have you hurt yourself?")."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.questions import j2_at_risk_answer
from actions.reading import Turn, read_turn
from bot import risk_words
from tests.unit.known_answers import said_answer, sendable

NOREEN = "she has adhd, and she's been self harming again since all this"


@pytest.mark.parametrize(
    "text",
    [
        NOREEN,
        "my daughter self harms",
        "he keeps cutting himself",
        "my son has started self-harming",
        "my mum is cutting herself again",
    ],
)
def test_someone_elses_self_harm_is_not_the_writers_crisis(text: str) -> None:
    assert risk_words.detect_risk(text) is None
    assert not risk_words.trusted_crisis(text, "self_harm")
    assert risk_words.someone_else_at_risk(text)
    assert j2_at_risk_answer(text, {}) == "utter_m60_someone_self_harming"


@pytest.mark.parametrize(
    "text",
    [
        "i have been self harming",
        "ive been self harming again",
        "my partner made me self harm",
        "she said i should self harm",
        "she has adhd, and ive been self harming since",
        "my son has started self harming and i want to die",
        "i self harm because of her",
        "he hurt me and now i cut myself",
    ],
)
def test_the_writers_own_self_harm_is_still_their_crisis(text: str) -> None:
    assert risk_words.detect_risk(text) == "self_harm"


def test_their_thoughts_of_ending_their_life_keep_the_suicide_answer() -> None:
    text = "she self harms and last night she said she wants to kill herself"
    assert j2_at_risk_answer(text, {}) != "utter_m60_someone_self_harming"


def test_noreen_at_the_childs_health_question_is_answered_as_a_parent() -> None:
    answers = {"crime_type": "stalking_harassment", "for_someone_else": True, "for_child": True}
    reading = read_turn(
        Turn(text=NOREEN, requested="impairment", answers=answers, asked={"impairment": 1})
    )
    said = [say.response for say in reading.say]
    assert "utter_self_harm" not in said
    assert "utter_m60_someone_self_harming" in said
    assert "self_harm" not in reading.flags


def test_the_answer_is_one_sms_for_someone_close() -> None:
    (text,) = sendable("utter_m60_someone_self_harming")
    assert len(text) <= 320 and "116 123" in text and "0800 1111" in text
    assert "you're feeling" not in text


@pytest.mark.parametrize(
    ("text", "offender"),
    [
        # Irene, 80: her grandson set the chat up; he did no harm.
        (
            "Hello. My name is Irene. I have been burgled in the night while I was asleep in my "
            "bed. My grandson put this on my telephone for me.",
            None,
        ),
        # Kofi, for his son: what was done to the son named, not what he did.
        (
            "I am writing on behalf of my son Kwame who is 22. He was hit by a car on Saturday "
            "night and the driver did not stop.",
            None,
        ),
        ("my husband. he was hit by a car", None),
        ("my son, he was attacked outside school", None),
        # the one named who does the harm is still read
        ("my son. he hit me", "family_member"),
        ("my brother. he was hitting me for years", "family_member"),
        ("my ex. he was hitting me", "partner_or_ex"),
        ("my dad. he beat me", "family_member"),
    ],
)
def test_a_relative_named_is_the_offender_only_when_they_did_it(
    text: str, offender: str | None
) -> None:
    assert read_account(text).offender == offender


_NOREEN_LATER = (
    "Not before this. Now the self harming, she's on a waiting list for CAMHS. Her arms. I found "
    "blood on her towels last week"
)
_NOREEN_ASKS = (
    "Thank you. Will they have to speak to her? She won't talk to strangers right now. And "
    "you've got it down that it's her self harming not me?"
)


@pytest.mark.parametrize("text", [_NOREEN_LATER, _NOREEN_ASKS])
def test_self_harm_told_again_for_a_child_is_still_theirs(text: str) -> None:
    assert risk_words.only_their_self_harm(text, for_someone_else=True)
    answers = {"crime_type": "stalking_harassment", "for_someone_else": True, "for_child": True}
    reading = read_turn(
        Turn(
            text=text,
            intent="self_harm",
            requested="impairment",
            answers=answers,
            asked={"impairment": 1},
        )
    )
    said = [say.response for say in reading.say]
    assert "utter_self_harm" not in said and "self_harm" not in reading.flags
    assert "utter_m60_someone_self_harming" in said


@pytest.mark.parametrize(
    ("text", "for_someone_else"),
    [
        ("the self harming is getting worse for me", True),
        ("ive started self harming too", True),
        ("i self harm", True),
        ("she self harms and i want to die", True),
        ("her self harming. and i keep thinking of ending it", True),
        ("my self harming is back", False),
        ("the self harming is back", False),
    ],
)
def test_the_writers_self_harm_is_never_taken_for_theirs(text: str, for_someone_else: bool) -> None:
    assert not risk_words.only_their_self_harm(text, for_someone_else)


def test_a_carer_helping_with_tablets_is_not_thoughts_of_suicide() -> None:
    """Bernard, 75 (round 60), about the carer taking from his wallet: "I need her to help me
    wash and with my tablets" got Samaritans and "If you've hurt yourself or taken something"."""
    text = (
        "She is a nice girl and I need her to help me wash and with my tablets. If she stops "
        "coming they will put me in a home."
    )
    assert risk_words.detect_risk(text) is None
    assert not risk_words.trusted_crisis(text, "self_harm")
    taking = "she helps me wash and with my tablets but i want to take them all tonight"
    assert risk_words.trusted_crisis(taking, "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "he say he come tonight to my flat. I alone. what I do",
        "he said he is coming round tonight what do i do",
        "she texted me shes coming over later, what should i do",
    ],
)
def test_a_visit_threatened_for_tonight_gets_the_plan_for_tonight(text: str) -> None:
    said = ("my ex keeps texting he will kill me",)
    assert said_answer(text, "domestic_abuse", said) == "utter_m60_threatened_visit"


def test_the_plan_for_tonight_needs_no_voice_call_for_someone_who_cannot_phone() -> None:
    deaf, hearing = (
        sendable("utter_m60_threatened_visit", cannot_phone=True)[0],
        sendable("utter_m60_threatened_visit")[0],
    )
    assert "call 999" not in deaf and "999 BSL" in deaf and "18001 101" in deaf
    assert "call 999" in hearing
    assert all(len(text) <= 320 for text in (deaf, hearing))


@pytest.mark.parametrize(
    "text",
    [
        "what do i do if he comes back",
        "he said he will come back tonight and kill me",
        "my mum is coming round tonight, what should i wear to court",
    ],
)
def test_other_messages_keep_their_answers(text: str) -> None:
    said = ("my ex keeps texting he will kill me",)
    assert said_answer(text, "domestic_abuse", said) != "utter_m60_threatened_visit"

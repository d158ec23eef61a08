"""Round 63, helper i3: wrong facts read from answers, and questions asked again (round 62:
Nadia, Lily, Marek, Josh, Sean, Edith)."""

from __future__ import annotations

import pytest

from actions import account
from actions.answers import read_age, read_answer
from actions.reading import Turn, corrections, read_turn
from actions.wording import changed_line


def turn(text, requested, answers=None, intent="inform"):
    return read_turn(
        Turn(text=text, intent=intent, requested=requested, answers=answers or {},
             asked={requested: 1})
    )  # fmt: skip


NADIA = dict(consent=True, crime_type="domestic_abuse", age=36.0)


# 1. Nadia: times to call are never an age.
@pytest.mark.parametrize("requested", ["contact_safe", "needs", "fear_of_giving_evidence"])
def test_nadias_times_are_not_her_age(requested):
    reading = turn("i said. 9 to 12 school days. and friday 12 to 2", requested, NADIA)
    assert "age" not in reading.slots and "under_18" not in reading.slots


@pytest.mark.parametrize(
    "text", ["i said 9-12 weekdays", "i said 9 to 12", "i said 6 pm", "i said 10 in the morning"]
)
def test_a_time_said_again_is_not_an_age(text):
    assert "age" not in corrections(text, NADIA)


def test_nadias_times_answer_is_it_safe_to_contact_her():
    reading = turn("i said. 9 to 12 school days. and friday 12 to 2", "contact_safe", NADIA)
    assert reading.slots["contact_safe"] is True
    assert "9 to 12" in reading.slots["contact_times"]


@pytest.mark.parametrize("text", ["i said 52", "no im 36", "I'm not 20 I'm 24"])
def test_an_age_put_right_is_still_read(text):
    assert "age" in corrections(text, dict(NADIA, age=9.0))


# 2. Lily, voice typing: "twenty for. 24" is 24.
@pytest.mark.parametrize("text", ["twenty for. 24", "twenty for 24", "twenty, 24"])
def test_lilys_spoken_and_written_age_is_24(text):
    assert read_age(text).value == 24.0


@pytest.mark.parametrize(
    "text,age",
    [("twenty four", 24.0), ("twenty", 20.0), ("I am twenty, he was 45", 20.0), ("52", 52.0)],
)
def test_other_ages_are_read_as_before(text, age):
    assert read_age(text).value == age


# 3. Marek: poor English is not "no interpreter".
def test_marek_not_speaking_english_well_keeps_his_interpreter():
    text = "i dont know. he is polish also. he do this to all of us who not speak english good"
    assert "language" not in corrections(text, dict(consent=True, language="polish"))


@pytest.mark.parametrize(
    "text", ["I dont need Polish interpreter, I speak English", "my english is fine"]
)
def test_no_interpreter_still_read(text):
    assert corrections(text, dict(consent=True, language="polish"))["language"] == "english"


# 4. Josh: "cannot say if I would feel scared" is not known; put right to "I do not know".
def test_josh_cannot_say_if_scared_is_not_fear():
    text = (
        "I have never been to court. I do not know what it is like so I cannot say if I would "
        "feel scared. What happens in court exactly?"
    )
    assert read_answer("fear_of_giving_evidence", text).value is None
    reading = turn(text, "fear_of_giving_evidence", dict(consent=True, crime_type="robbery"))
    assert "fear_of_giving_evidence" not in reading.slots


@pytest.mark.parametrize(
    "text", ["yes very scared. he know where my mother live", "yes", "terrified"]
)
def test_fear_still_read(text):
    assert read_answer("fear_of_giving_evidence", text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "That is not what I asked. Please change 'afraid about giving evidence' to 'I do not "
        "know'.",
        "I did not say I feel afraid about giving evidence. I said I do not know. That is wrong "
        "please change it.",
        "change the scared of court answer to dont know",
    ],
)
def test_josh_puts_fear_right_to_unknown(text):
    changes = corrections(text, dict(consent=True, fear_of_giving_evidence=True))
    assert "fear_of_giving_evidence" in changes and changes["fear_of_giving_evidence"] is None
    line = changed_line(changes)
    assert line and "not known" in line


def test_not_afraid_after_all_is_still_a_no():
    changes = corrections("I never said I was scared", dict(fear_of_giving_evidence=True))
    assert changes.get("fear_of_giving_evidence") is False


# 5. Who did it, already told.
@pytest.mark.parametrize(
    "text,who",
    [
        (
            "its my wife. when shes had a drink she goes for me. hits me. ive got a black eye now "
            "and told work i walked into a cupboard. pathetic",
            "partner_or_ex",
        ),
        (
            "One of the girls who does the nights was rough with me when she got me up to the "
            "commode. She grabbed my arm very hard and now it is black and blue.",
            "someone_known",
        ),
        (
            "salaam. i need help quick. my husband say he will take my children to somalia and i "
            "never see them. he is sleeping now",
            "partner_or_ex",
        ),
        ("hello. my english not so good. the boss he hit me yesterday in face", "someone_known"),
    ],
)
def test_who_did_it_read_from_the_account(text, who):
    assert account.read_account(text).facts().get("relationship_to_offender") == who


@pytest.mark.parametrize(
    "text",
    [
        "my friend says her husband will take the kids",
        "its my son. he was hit by a car",
        "one of the carers told me to call you",
    ],
)
def test_no_offender_read_where_none_is_told(text):
    found = account.read_account(text).facts().get("relationship_to_offender")
    assert found not in ("partner_or_ex", "someone_known")


def test_edith_one_of_the_carers_is_someone_known_not_a_stranger():
    text = (
        "We said. One of the carers at the home. I don't know her surname, she is called "
        "Precious I think"
    )
    assert read_answer("relationship_to_offender", text).value == "someone_known"


def test_a_stranger_is_still_a_stranger():
    assert read_answer("relationship_to_offender", "a stranger").value == "stranger"


def test_nadia_my_husband_at_what_happened_is_who_did_it():
    reading = turn("i tell you. my husband", "crime_type", dict(consent=True))
    assert reading.slots["relationship_to_offender"] == "partner_or_ex"


def test_marek_not_my_friend_but_the_boss_stays_someone_known():
    text = (
        "he is not my friend he is boss!! not family. he find the job for us in poland, bring "
        "us here on bus, take all passport from everybody"
    )
    changes = corrections(text, dict(relationship_to_offender="someone_known"))
    assert "relationship_to_offender" not in changes


def test_not_my_friend_i_dont_know_him_is_still_put_right():
    changes = corrections(
        "he is not my friend. i dont know him", dict(relationship_to_offender="someone_known")
    )
    assert changes.get("relationship_to_offender") in ("unknown", "stranger", None)


@pytest.mark.parametrize(
    "text",
    ["its my daughter. her boyfriend hits me", "its my mum. when i got home her fella hit me"],
)
def test_the_one_named_is_not_taken_for_another_who_hurt_them(text):
    assert account.read_account(text).facts().get("relationship_to_offender") != "family_member"

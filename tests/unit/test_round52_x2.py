"""Round 52, helper X2: leftovers of rounds 50 and 51 (Lily, Amaya, Zofia, Tasha)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_referral_consent
from actions.reading import Turn, read_turn
from referrals.directory import load_directory
from referrals.matching import match_organisations
from tests.unit.known_answers import RESPONSES, answer
from tests.unit.test_round29_directory import answers_from_words

STALKING_ONLY = {"national-stalking-helpline", "paladin"}

# Lily, 13 (round 51): a threat of a beating after school, read as harassment, was given the
# National Stalking Helpline.
LILY = [
    "not now but tmrw yes 😭 this girl in year 10 said shes gonna batter me after school and she "
    "put it on her snap story and everyone seen it",
    "she pushed me in the corridor once b4. should i tell my dad??",
]


def _offered(said: list[str], **slots: object) -> set[str]:
    answers = answers_from_words(said, **slots)
    return {org.id for org in match_organisations(answers, load_directory(), limit=8)}


def test_lily_a_child_threatened_at_school_gets_no_stalking_service():
    offered = _offered(
        LILY,
        age=13,
        borough="lewisham",
        relationship_to_offender="someone_known",
        repeat_victimisation=True,
        language="english",
    )
    assert not offered & STALKING_ONLY
    assert "childline" in offered


def test_a_child_who_is_followed_still_gets_the_stalking_helpline():
    offered = _offered(
        [
            "a man keeps following me home from school and waiting outside my house every day, "
            "he keeps messaging me"
        ],
        age=15,
        borough="lewisham",
        relationship_to_offender="stranger",
        repeat_victimisation=True,
        language="english",
    )
    assert offered & STALKING_ONLY


def test_an_adult_harassed_still_gets_the_stalking_helpline():
    offered = _offered(
        [
            "my bfs ex has been threatening me for like 2 months on insta, i block her and she "
            "just makes a new account. last week she actually turned up at my work"
        ],
        age=23,
        borough="lambeth",
        relationship_to_offender="someone_known",
        repeat_victimisation=True,
        language="english",
    )
    assert offered & STALKING_ONLY


# Amaya (round 51): "ive served him like 3 or 4 times" was noted as happening more than once.
@pytest.mark.parametrize(
    "text",
    [
        "kind of? hes a customer, ive served him like 3 or 4 times. dont know his name. i think my "
        "manager might know him, hes a regular",
        "ive seen him a few times at the gym",
        "I have served him twice before",
    ],
)
def test_serving_someone_before_is_not_being_targeted_again(text):
    assert read_account(text).repeat is not True


@pytest.mark.parametrize(
    "text",
    [
        "he's done it 3 or 4 times",
        "hes followed me home loads of times",
        "ive served him a few times and he keeps coming back to the bar and waiting for me",
    ],
)
def test_targeting_again_is_still_read(text):
    assert read_account(text).repeat is True


def test_amaya_at_the_relationship_question_is_not_noted_as_repeat():
    reading = read_turn(
        Turn(
            text=(
                "kind of? hes a customer, ive served him like 3 or 4 times. dont know his name. "
                "i think my manager might know him, hes a regular"
            ),
            requested="relationship_to_offender",
            answers={"crime_type": "assault", "reported_to_police": False, "age": 26},
        )
    )
    assert reading.slots.get("relationship_to_offender") == "someone_known"
    assert reading.slots.get("repeat_victimisation") is not True


# Zofia (round 51): her question with a "maybe" in it closed the referral unasked.
ZOFIA = "ok thank you. if I go police, maybe they arrest ME for the ring? I am scared of this"


def test_zofias_question_is_not_a_maybe_to_being_referred():
    assert not read_referral_consent(ZOFIA).declined
    reading = read_turn(
        Turn(
            text=ZOFIA,
            requested="referral_consent",
            answers={"crime_type": "assault"},
            asked={"referral_consent": 1},
        )
    )
    assert "referral_consent" not in reading.skipped


@pytest.mark.parametrize(
    "text",
    [
        "ok idk. maybe ill tell my mum first. bye",
        "ok maybe later",
        "ok not sure, maybe? bye",
    ],
)
def test_unsure_or_leaving_still_leaves_it_for_now(text):
    assert read_referral_consent(text).declined


# Tasha (round 50): threats by her boyfriend's ex, who came to her work, and a job worry got
# "sexual harassment at work".
TASHA = (
    "she never touched me, its just threats. what would help is making it STOP. and i dont want "
    "to lose my job, my manager was not happy she turned up"
)


def test_tashas_job_worry_is_not_sexual_harassment():
    assert answer(TASHA, "stalking_harassment") == "utter_x2_threatened_at_work_job"
    assert "sexual" not in RESPONSES["utter_x2_threatened_at_work_job"][0]["text"]


def test_amiras_job_worry_still_gets_sexual_harassment_at_work():
    amira = (
        "My line manager touched me at the office party. I am concerned that if I raise this "
        "formally I may lose my job. I am still on probation."
    )
    assert answer(amira, "sexual_offence") != "utter_x2_threatened_at_work_job"


@pytest.mark.parametrize("text", ["no", "english", "i dont want to go to the police", "23"])
def test_ordinary_messages_do_not_get_the_job_answer(text):
    assert answer(text, "stalking_harassment") != "utter_x2_threatened_at_work_job"


def test_the_new_answer_is_short_and_uses_a_listed_number():
    text = RESPONSES["utter_x2_threatened_at_work_job"][0]["text"]
    assert len(text) <= 320
    assert "0300 123 1100" in text
    assert any(org.contact.phone == "0300 123 1100" for org in load_directory())

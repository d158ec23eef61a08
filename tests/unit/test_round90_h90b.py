"""Round 90, helper h90b: Jordan (20, Hackney), robbed and slashed across the face two nights
ago, in Homerton hospital with stitches; angry, won't "snitch", distrusts the police."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.reading import Turn, read_turn
from tests.unit.known_answers import (
    answer_in_conversation,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

FIRST = (
    "got robbed 2 nights ago n they cut my face. im in homerton now wiv stitches. my mum said "
    "text this"
)
IF_I_SEE_THEM = "nah im in hospital innit. but if i see them again on my road its gonna be madness"
NOBODY_THREATENED = (
    "20. and its not just robbery they slashed me bruv, 9 stitches on my face. nobody threatend "
    "me i'm saying if I see THEM"
)
FEDS_FOR_MONEY = (
    "nah. so i gotta go feds to get the money? thats long. they never do nothing for people like me"
)
CANT_SLEEP = "i dunno. new phone i guess. n my mum keeps crying. i cant sleep keep seeing it"
IN_MY_HEAD = (
    "im IN hospital already i told u. n i mean i keep seeing it in my head not my eyes. ENGLISH. "
    "how many times"
)
SAID = [
    FIRST,
    "does this go to feds? cos im not talkin to no police",
    "ye whatever",
    IF_I_SEE_THEM,
    NOBODY_THREATENED,
    "kinda. man dem from the next estate, i know their faces. they took my phone n my chain. "
    "dont care anymore tbh",
    "nah first time. do i get money for my face? its gonna scar",
    FEDS_FOR_MONEY,
    CANT_SLEEP,
]
JORDAN = {
    "consent": True,
    "age": 20.0,
    "reported": False,
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": False,
    "account_details": ["injured", "serious_injury", "hospital"],
}
THREAT_ANSWERS = {"utter_threat_to_return", "utter_threat_young", "utter_threat_to_child"}


def _responses(text, crime_type, earlier, **answers):
    got = answer_in_conversation(text, crime_type, earlier, **answers)
    if got is None:
        return []
    return [got.response, *(then.response for then in got.then)]


# 1. "if i see them again ... its gonna be madness" is his own anger, not a threat made to him.


def test_the_new_answer_is_one_sms_with_its_source():
    assert_one_sms_with_source("utter_h90b_anger_redthread", "h90b (round 90)")
    assert numbers_not_in_directory("utter_h90b_anger_redthread") == []
    (text,) = sendable("utter_h90b_anger_redthread")
    assert "police" not in text.lower() and "redthread" in text.lower()


def test_if_i_see_them_again_is_not_the_threat_answer():
    got = _responses(
        IF_I_SEE_THEM,
        "robbery",
        SAID[:3],
        reported=False,
        consent=True,
        account_details=["injured", "serious_injury"],
    )
    assert not THREAT_ANSWERS & set(got)
    assert got[:1] == ["utter_h90b_anger_redthread"]


@pytest.mark.parametrize(
    "text", ["if i catch them its gonna kick off", "when i see them man its on"]
)
def test_what_he_might_do_if_he_catches_them_is_not_the_threat_answer(text):
    got = _responses(text, "serious_violence", SAID[:3], **JORDAN)
    assert not THREAT_ANSWERS & set(got)


def test_his_correction_nobody_threatened_me_is_not_the_threat_answer():
    got = _responses(NOBODY_THREATENED, "robbery", SAID[:4], reported=False, consent=True)
    assert not THREAT_ANSWERS & set(got)


def test_a_threat_made_to_him_still_gets_the_threat_answer():
    got = _responses("they said theyll find me if i snitch", "robbery", [], age=30.0)
    assert got[:1] == ["utter_threat_to_return"]


# 2. "they never do nothing for people like me" is not asking for a community or language.


def test_feds_for_the_money_is_the_compensation_answer_not_the_interpreter():
    got = _responses(FEDS_FOR_MONEY, "serious_violence", SAID[:7], **JORDAN)
    assert got, got
    assert got[0] in ("utter_cica_rules", "utter_cica_needs_report")
    assert "utter_s83f_none_for_community" not in got
    assert "utter_h2_no_voice_999" not in got


def test_someone_for_people_like_me_still_asked_for_is_answered_honestly():
    got = _responses(
        "is there someone for people like me i can talk to?", "serious_violence", [], age=20.0
    )
    assert got[:1] == ["utter_s83f_none_for_community"]


# 3. In hospital already, and "keep seeing it" is not blurred sight: no "go to A&E".


def test_cant_sleep_at_the_needs_question_in_hospital_gets_no_injury_answer():
    reading = read_turn(
        Turn(
            text=CANT_SLEEP,
            intent="inform",
            requested="needs",
            answers={"crime_type": "serious_violence", **JORDAN, "said": SAID[:8]},
            asked={"needs": 1},
        )
    )
    assert "utter_injury" not in [say.response for say in reading.say]


def test_cant_sleep_when_hurt_and_not_in_hospital_gets_no_injury_answer():
    reading = read_turn(
        Turn(
            text="your health. i cant sleep keep seeing it",
            intent="inform",
            requested="needs",
            answers={
                "crime_type": "assault",
                "account_details": ["injured"],
                "said": ["a man punched me in the face on the bus"],
            },
            asked={"needs": 1},
        )
    )
    assert "health" in (reading.slots.get("needs") or ())
    assert "utter_injury" in [say.response for say in reading.say]


# 4. "how many times" (annoyed) is not repeat, "seeing it in my head" not having watched it.


def test_how_many_times_in_annoyance_is_not_more_than_once():
    assert read_account(IN_MY_HEAD).repeat is not True
    assert read_account(IF_I_SEE_THEM).repeat is not True
    assert read_account("he hit me so many times, i lost count how many times").repeat is True


def test_how_many_times_at_the_language_question_does_not_change_the_count():
    reading = read_turn(
        Turn(
            text=IN_MY_HEAD,
            intent="inform",
            requested="language",
            answers={"crime_type": "serious_violence", **JORDAN, "said": SAID},
            asked={"language": 2},
        )
    )
    assert reading.slots.get("repeat_victimisation") is not True


def test_seeing_it_in_his_head_is_not_the_witness_answer():
    got = _responses(IN_MY_HEAD, "serious_violence", SAID, **JORDAN)
    assert "utter_t1_own_support" not in got


def test_a_witness_who_keeps_seeing_it_still_gets_support_himself():
    got = _responses(
        "na. its just. i keep seeing it when i shut my eyes. the blood n that. i couldnt do "
        "nothing",
        "serious_violence",
        [],
        age=15,
        under_18=True,
        for_someone_else=True,
    )
    assert got[:1] == ["utter_t1_own_support"]

"""Round 74, helper a74a: wrong facts read from a word. A report denied with "even" (Dean), a
family GP (Hannah), "pissed out his head banging on the door" (Dean), a brother's death
(Ibrahim), how long she knew him (Hannah), "since it was on the tube" (Amira), a threat to kill
put right (Dean), and a caller posing as a policeman (Margaret)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.questions import head_injury_getting_worse
from actions.reading import corrections

DEAN = {
    "crime_type": "stalking_harassment",
    "relationship_to_offender": "someone_known",
    "reported_to_police": False,
    "repeat_victimisation": True,
    "account_details": ["stalking_described"],
    "age": 45,
}


@pytest.mark.parametrize(
    "text",
    [
        "court? i havent even reported it. no im not scared of him in a courtroom",
        "i never even reported it",
        "not actually reported it yet",
        "i havent really told the police",
    ],
)
def test_a_report_denied_is_never_a_report(text):
    assert read_account(text).reported is not True
    assert corrections(text, DEAN).get("reported_to_police") is not True


@pytest.mark.parametrize(
    "text", ["i reported it to the police last week", "yes i have reported it to the police"]
)
def test_a_report_is_still_a_report(text):
    assert read_account(text).reported is True


@pytest.mark.parametrize(
    "text",
    [
        "ok. he didnt use a condom either. im so scared ive got something or im pregnant and i "
        "cant go to my gp because its my family gp from home",
        "its my family doctor",
        "we were at the family home",
    ],
)
def test_a_family_gp_is_not_who_did_it(text):
    answers = {"crime_type": "sexual_offence", "relationship_to_offender": "someone_known"}
    assert "relationship_to_offender" not in corrections(text, answers)


@pytest.mark.parametrize("text", ["it was my brother", "no it was a family member"])
def test_a_relative_who_did_it_is_still_put_right(text):
    answers = {"crime_type": "assault", "relationship_to_offender": "stranger"}
    assert corrections(text, answers).get("relationship_to_offender") == "family_member"


def test_drunk_and_banging_on_the_door_is_no_head_injury():
    text = (
        "not right now no. but he turned up at mine last friday pissed out his head banging on "
        "the door. kids were with me"
    )
    assert not head_injury_getting_worse(text, None)
    assert not head_injury_getting_worse(text, "stalking_harassment")


@pytest.mark.parametrize(
    "text",
    [
        "he hit me and now my head is banging and i was sick",
        "i was punched and my head is banging, should i wait for the gp",
    ],
)
def test_a_hurt_head_keeps_a_and_e(text):
    assert head_injury_getting_worse(text, "assault")


@pytest.mark.parametrize(
    "text",
    [
        "what?? A&E? nobody hit me on the head mate. he was DRUNK. are you even reading this",
        "My brother Yusuf was stabbed and killed last month in Stratford. I am dealing with the "
        "police for the family. I need to ask some things",
        "i wasnt hurt. he never touched me",
    ],
)
def test_not_hurt(text):
    assert not {"injured", "serious_injury"} & read_account(text).details


@pytest.mark.parametrize(
    "text",
    [
        "he hit me and i went to a&e",
        "my son was stabbed and killed and i was stabbed too",
        "he never hit me but i ended up in hospital with a broken arm",
    ],
)
def test_still_hurt(text):
    assert "injured" in read_account(text).details


@pytest.mark.parametrize(
    "text",
    [
        "i told u. a guy off hinge. i only knew him from texting for like 2 weeks. is it too late "
        "to get checked for evidence? ive showered obviously",
        "29. Wait, would it be the normal police or the British Transport Police since it was on "
        "the tube?",
        "we dated for like 3 months",
        "ive known him for years",
    ],
)
def test_not_a_repeat(text):
    assert read_account(text).repeat is not True


@pytest.mark.parametrize(
    "text",
    [
        "hes been texting me for like 2 weeks",
        "he keeps turning up",
        "its been going on since march",
    ],
)
def test_still_a_repeat(text):
    assert read_account(text).repeat is True


@pytest.mark.parametrize(
    "text",
    [
        "stalking? hes not stalking me hes threatening to kill me. and what about my kids, can "
        "anyone stop him being round them? is there anything for blokes or is it all women",
        "and its death threats not stalking. and hes worried about my kids, put that in too",
    ],
)
def test_a_threat_to_kill_put_right_keeps_the_crime(text):
    changes = corrections(text, DEAN)
    assert "crime_type" not in changes
    assert "threat_to_kill" in changes["account_details"]


def test_a_crime_denied_without_a_threat_is_still_taken_off():
    assert corrections("its not stalking", DEAN).get("crime_type", "kept") != "stalking_harassment"


@pytest.mark.parametrize(
    "text",
    [
        "No I am quite safe. A man telephoned saying he was a policeman from Kingston station, a "
        "detective, and that my bank was crooked and I must take out my money to help them catch "
        "them. I took out 3000 pounds and a young man came in a car to collect it. That was on "
        "the Thursday, or was it Wednesday",
        "a man rang saying he was a policeman and i took out 3000 pounds for him",
    ],
)
def test_courier_fraud_by_a_policeman_is_fraud(text):
    assert read_account(text).crime_type == "fraud"


def test_posing_as_police_without_money_is_not_fraud():
    text = "said he was a policeman but no uniform, searched me and slammed me on a car"
    assert read_account(text).crime_type != "fraud"

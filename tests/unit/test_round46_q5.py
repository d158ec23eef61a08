"""Round 46, helper Q5: Ruby (14, asked for pictures online), George (58, in recovery,
threatened with death by his neighbour) and Wendy (49, harassed by the family of the lad her
son is accused of hitting)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_relationship
from actions.reading import Turn, read_turn
from tests.unit.known_answers import RESPONSES, answer, sources_above

RUBY_SAID = (
    "theres a guy on roblox keeps asking me to send pics. i havent. he says if i dont hell tell "
    "my mum and dad i was talking dirty to him"
)
RUBY = {"age": 14, "account_details": ["online", "sexual_messages"]}
GEORGE = {"age": 58, "relationship_to_offender": "someone_known"}
WENDY = {"age": 49, "relationship_to_offender": "someone_known"}
NEW = [
    "utter_q5_child_not_in_trouble",
    "utter_q5_child_block_and_report",
    "utter_q5_fear_of_relapse",
    "utter_q5_threat_to_kill_told",
    "utter_q5_tell_housing_association",
    "utter_q5_victim_in_own_right",
    "utter_q5_address_known",
    "utter_q5_screenshots_then_block",
]


def test_ruby_account_is_recorded_as_online_sexual_approach():
    told = read_account(RUBY_SAID)
    assert told.crime_type == "online_abuse"
    assert "sexual_messages" in told.details and "online" in told.details
    assert "intimate_images" not in told.details  # she sent none


def test_asked_for_photos_of_damage_is_not_grooming():
    assert read_account("my insurer asked me to send photos of the damage").crime_type != (
        "online_abuse"
    )


@pytest.mark.parametrize("said", ["i just told u", "I told you already", "i said"])
def test_i_just_told_you_is_never_a_skip(said):
    reading = read_turn(
        Turn(
            text=said,
            requested="crime_type",
            answers={"consent": True},
            asked={"crime_type": 2},
            missed={"crime_type": 1},
        )
    )
    assert "crime_type" not in reading.skipped
    assert [say.response for say in reading.say] == ["utter_reask_crime_type"]


@pytest.mark.parametrize(
    "said",
    [
        "no. will i get in trouble if i tell police",
        "but am i in trouble. i did say some stuff back to him. not pics just stuff",
        "am i going to be in trouble?",
    ],
)
def test_ruby_is_told_she_is_not_in_trouble(said):
    assert answer(said, "online_abuse", **RUBY) == "utter_q5_child_not_in_trouble"


def test_someone_who_sent_a_photo_keeps_the_photo_answer():
    got = answer("am i in trouble for sending the photo?", "online_abuse")
    assert got == "utter_images_not_in_trouble"


@pytest.mark.parametrize(
    "said",
    [
        "yeah like every day for 2 weeks. should i block him",
        "no. SHOULD I BLOCK HIM",
        "i DIDNT send a photo. i said. do i block him or not",
    ],
)
def test_ruby_is_told_how_to_block_and_report(said):
    assert answer(said, "online_abuse", **RUBY) == "utter_q5_child_block_and_report"


@pytest.mark.parametrize(
    "said",
    [
        "depression. and the alcohol thing I suppose, Im in recovery. go to AA tuesdays. this "
        "stuff with Kev is doing my head in honestly, first time in a year Ive wanted a drink",
        "ok. what about me wanting a drink though. I dont want to go back there. its 2 in the "
        "morning in my head even when its not",
        "what?? I didnt hit my head. Im saying Im scared Ill relapse. who do I talk to about that",
    ],
)
def test_george_fear_of_relapse_is_heard_not_head_injury(said):
    assert answer(said, "stalking_harassment", **GEORGE) == "utter_q5_fear_of_relapse"


def test_a_real_head_injury_still_gets_a_and_e():
    said = "he punched me and now my head is thumping and I was sick"
    assert answer(said, "assault") == "utter_head_injury_now"


def test_george_threat_to_kill_is_named():
    said = (
        "he said it again this morning when I took Bess out. said hed slit my throat and hers. "
        "I didnt even say nothing back this time"
    )
    assert answer(said, "stalking_harassment") == "utter_q5_threat_to_kill_told"


def test_george_housing_association():
    said = (
        "forget it. Ill ring my sponsor. should I tell Clarion about Kev or will that make it "
        "worse, hes threatened the dog too, Bess is all Ive got"
    )
    assert answer(said, "stalking_harassment", **GEORGE) == "utter_q5_tell_housing_association"


def test_wendy_son_arrested_is_not_a_child_victim():
    said = (
        "no I havent told the police about the messages. the police arrested my son, thats "
        "different. its harassment I suppose"
    )
    assert answer(said, None) != "utter_l1_child_arrested"
    assert answer(said, "stalking_harassment") != "utter_l1_child_arrested"


def test_wendy_is_a_victim_in_her_own_right():
    said = (
        "greenwich. but can I ask, do I even count as a victim? my son is the one in trouble, I "
        "feel like I cant complain"
    )
    assert answer(said, "stalking_harassment", **WENDY) == "utter_q5_victim_in_own_right"


@pytest.mark.parametrize(
    "said",
    [
        "no not danger as such, its messages. they said they know where we live tho",
        "yes its been every day for about 2 weeks. comments on my posts, messages, they put my "
        "address in a group chat someone said",
    ],
)
def test_wendy_address_known_gets_safety_advice(said):
    assert answer(said, "stalking_harassment", **WENDY) == "utter_q5_address_known"


@pytest.mark.parametrize(
    "said",
    [
        "no. im not sleeping tho. how do I get them to stop messaging, should I block them or "
        "will that make it worse",
        "if I report the messages do I need screenshots, and would it make things worse for him",
        "its happening to ME tho. screenshots yes or no?",
    ],
)
def test_wendy_keep_screenshots_then_block(said):
    assert answer(said, "stalking_harassment", **WENDY) == "utter_q5_screenshots_then_block"


def test_wendy_the_other_family_is_not_her_family():
    said = (
        "the messages? yes its his mum and his sister mostly, the lad my son is accused of "
        "hitting. I know them a bit from round here"
    )
    assert read_relationship(said).value == "someone_known"
    assert read_relationship("my brother").value == "family_member"


@pytest.mark.parametrize(
    "said",
    [
        "yes",
        "no",
        "my neighbour",
        "I had a drink with friends after",
        "should I go to the police?",
        "what is a victim personal statement?",
    ],
)
def test_ordinary_messages_do_not_match(said):
    assert answer(said, "stalking_harassment", **WENDY) not in NEW


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_short_and_sourced(name):
    assert len(RESPONSES[name][0]["text"]) <= 320
    assert "SOURCES" in sources_above(name) or "SOURCES" in "".join(
        sources_above(other) for other in NEW
    )
    assert "." in sources_above(name)

"""Round 66, helper l1: who it happened to and who did it (Joan, 69, whose grandson takes her
money; Marcus, 45, hurt by police officers in a stop and search)."""

from __future__ import annotations

import pytest

from actions import account
from actions.dialogue import ActionWhileWaiting, l1_correction_while_waiting
from actions.reading import Turn, corrections, read_turn
from referrals.directory import load_directory
from tests.unit.conftest import make_tracker, responses

ORGANISATIONS = load_directory()
JOAN_FIRST = (
    "Hello, I am not sure if this is the right place. It is about my grandson. I dont want to "
    "get him into trouble."
)
JOAN_DANGER = (
    "No he is asleep upstairs, he sleeps till 2 or 3 in the afternoon. It is the mornings I can "
    "talk"
)
JOAN_ACCOUNT = (
    "No not my child, my grandson, Kyle, he is 19. He lives with me. He takes money out of my "
    "purse and when I say no he shouts and says things like I'll make you sorry. I love him, "
    "he's had a hard time"
)
MARCUS_POLICE = (
    "It WAS the police. Two officers. Not 'someone I don't know'. Write that down properly. And "
    "no I haven't reported it, report it to who, them??"
)
MARCUS_REPEAT = (
    "Stopped and searched 4 times this year. Different officers. This is the first time they "
    "hurt me. Did you get that I'm 45"
)
MARCUS_WAITING = (
    "thats wrong. it was police officers who did it. and I told you they've stopped me 4 times "
    "this year"
)
MARCUS = {"consent": True, "crime_type": "assault", "relationship_to_offender": "stranger"}


def _read(text, requested, earlier=(), opening=False, **answers):
    return read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers={"consent": True, **answers},
            organisations=ORGANISATIONS,
            earlier=earlier,
            opening=opening,
        )
    )


# 1. Joan: her grandson, whom she wants kept out of trouble, is not a child she writes for.
@pytest.mark.parametrize(
    "text",
    [
        JOAN_FIRST,
        "its about my son. i dont want him arrested",
        "it is about my grandson, he shouts at me and threatens me",
        "its about my daughter, she takes money from my purse",
    ],
)
def test_a_relative_doing_it_is_not_written_for(text):
    read = account.read_account(text)
    assert not read.for_child
    assert not read.for_someone_else


def test_joan_is_not_told_about_your_child():
    read = _read(JOAN_DANGER, "in_danger", earlier=[JOAN_FIRST], opening=True)
    assert not read.slots.get("for_child")
    assert "for_child" not in read.noted


def test_joan_correction_keeps_the_questions_about_her():
    read = _read(JOAN_ACCOUNT, "crime_type", in_danger=False, for_child=True)
    assert read.slots.get("for_child") is False
    assert not read.slots.get("for_someone_else")
    assert read.slots.get("relationship_to_offender") == "family_member"


# Near misses: harm done TO the child or relative is still written for them.
@pytest.mark.parametrize(
    "text",
    [
        "its about my son, he was beaten up and i dont want to get him into trouble for "
        "fighting back",
        "it is about my grandson, he was attacked at school",
        "my son was stabbed outside school",
    ],
)
def test_harm_to_the_child_is_still_about_the_child(text):
    assert account.read_account(text).for_child


def test_grown_daughter_still_written_for():
    changes = corrections(
        "she's not a child, she's a grown woman, she is 38", {"for_child": True, "age": 38.0}
    )
    assert changes.get("for_someone_else") is True


# 2. Marcus: police officers named keep "someone you don't know".
@pytest.mark.parametrize(
    "text",
    [
        MARCUS_POLICE,
        "it was the police. not someone i dont know",
        "they were police officers, not someone i don't know",
    ],
)
def test_police_named_is_not_someone_known(text):
    assert corrections(text, MARCUS).get("relationship_to_offender") in (None, "stranger")
    read = _read(text, "reported_to_police", in_danger=False, **MARCUS)
    assert read.slots.get("relationship_to_offender") in (None, "stranger")


def test_carl_still_knows_them():
    # Round 52, Carl, of his son's online "mates": they are known.
    answers = {"relationship_to_offender": "stranger", "for_child": True}
    assert corrections("its not someone he doesnt know. he knows them", answers) == {
        "relationship_to_offender": "someone_known"
    }


def test_knows_the_officer_is_known():
    answers = {"relationship_to_offender": "stranger"}
    changes = corrections("it was a police officer, not someone i dont know, my ex", answers)
    assert changes.get("relationship_to_offender") != "stranger"


@pytest.mark.parametrize(
    "text",
    [
        MARCUS_REPEAT,
        "stopped 5 times this year",
        "they've stopped me 3 times since january",
    ],
)
def test_stopped_again_and_again_is_more_than_once(text):
    read = _read(text, "repeat_victimisation", in_danger=False, **MARCUS)
    assert read.slots.get("repeat_victimisation") is True


@pytest.mark.parametrize("text", ["no, first time", "no", "just the once"])
def test_once_stays_once(text):
    read = _read(text, "repeat_victimisation", in_danger=False, **MARCUS)
    assert read.slots.get("repeat_victimisation") is False


def _waiting(text, **slots):
    return make_tracker(
        slots={**MARCUS, "age": 45.0, "waiting_for_person": True, **slots},
        text=text,
        active_loop=None,
        sent=["utter_handoff", "utter_while_waiting", "utter_while_waiting"],
    )


def test_marcus_correction_while_waiting_is_taken(dispatcher):
    tracker = _waiting(MARCUS_WAITING, repeat_victimisation=False)
    events = l1_correction_while_waiting(dispatcher, tracker, MARCUS_WAITING)
    assert events is not None
    set_slots = {e["name"]: e["value"] for e in events}
    assert set_slots == {"repeat_victimisation": True}
    texts = [m.get("text") or "" for m in dispatcher.messages]
    assert any("more than once" in t for t in texts)
    assert "utter_still_waiting" in responses(dispatcher)


def test_marcus_correction_through_the_waiting_action(dispatcher, domain):
    tracker = _waiting(MARCUS_WAITING, repeat_victimisation=False)
    events = ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert any(e.get("name") == "repeat_victimisation" and e.get("value") is True for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "WHY",
        "how long will it take",
        "i told you already i want a person",
        "thats wrong, you said someone would reply",
    ],
)
def test_no_correction_no_change_while_waiting(dispatcher, text):
    tracker = _waiting(text, repeat_victimisation=False)
    assert l1_correction_while_waiting(dispatcher, tracker, text) is None

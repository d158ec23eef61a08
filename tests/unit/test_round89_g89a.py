"""Round 89, helper g89a: Bernadette (63, her son takes her pension and shoved her) and Claire
(38, her car keyed by a neighbour of about 50)."""

from __future__ import annotations

import pytest
from known_answers import answer, answer_in_conversation, assert_one_sms_with_source

from actions.account import read_account
from actions.dialogue import _welcome
from actions.questions import p7_fears_child_taken_into_care
from actions.reading import Turn, read_turn

# -- Bernadette --------------------------------------------------------------------------------

BERNADETTE_FIRST = (
    "Hello, I'm sorry to bother you, I'm not really sure if this is the right place. I don't "
    "really know who else to ask. It's about my son, he's 35 and he lives with me, and things "
    "have got a bit difficult at home. I feel silly even writing this."
)
BERNADETTE_CONSENT = (
    "yes that's ok. But I'm sorry I think you've misunderstood me, it's not someone else, it's "
    "me. It's my son who's been, well. I don't want to leave my home, it's my house. I just want "
    "things to go back to how they were."
)
BERNADETTE_TOLD = (
    "No I'm alright now, he's out at the moment. He's not a bad boy really, it's the drink. Last "
    "week he wanted money and I said no and he shoved me and I went into the door, my arm's all "
    "bruised. I haven't told anyone, not even my sister. And he's been taking money out of my "
    "pension, I give him my card sometimes and then it's all gone."
)
BERNADETTE_ARREST = (
    "oh no, sorry, that's not right. I'm not 35, that's my son, I'm 63. And it wasn't a robbery, "
    "I don't want to call it that, he's my son. And the bruise is from last week, it's going "
    "yellow now, I don't need the hospital. No I haven't told the police and I don't want him "
    "arrested. Will they arrest him if I talk to you?"
)
BERNADETTE_AGAIN = (
    "Yes, the money's been going on for months, since about christmas. He's never pushed me "
    "before though. Sorry, I didn't really understand what you said about care, nobody's going "
    "into care. I just asked, if I talk to you does it go to the police? I'd rather it didn't."
)
BERNADETTE_FACTS = {"relationship_to_offender": "family_member", "age": 63.0, "reported": False}


# 1. "It's about my son ... he lives with me ... things have got difficult at home" is her own.


def test_a_son_she_lives_with_and_trouble_at_home_is_not_writing_for_him():
    told = read_account(BERNADETTE_FIRST)
    assert not told.for_someone_else
    assert not told.for_child
    assert _welcome(BERNADETTE_FIRST) != "utter_intro_for_them"


@pytest.mark.parametrize(
    "text",
    [
        "it's about my son, he was attacked",
        "It's about my son, he's 35 and he lives with me, he was attacked outside the pub",
        "I'm writing for my daughter, she's 30, she was mugged",
    ],
)
def test_a_relative_harmed_is_still_written_for(text):
    told = read_account(text)
    assert told.for_someone_else or told.for_child


# 2. "you are 35" (her son's age) and "a robbery" (her son shoving her and taking her pension).


def test_her_sons_age_is_not_hers():
    assert read_account(BERNADETTE_FIRST).age is None
    reading = read_turn(
        Turn(text=BERNADETTE_CONSENT, opening=True, earlier=(BERNADETTE_FIRST,), answers={})
    )
    assert {**reading.slots, **reading.noted}.get("age") is None


def test_her_son_shoving_her_and_taking_her_pension_is_domestic_abuse_not_a_robbery():
    first = read_turn(
        Turn(text=BERNADETTE_CONSENT, opening=True, earlier=(BERNADETTE_FIRST,), answers={})
    )
    assert first.slots.get("relationship_to_offender") == "family_member"
    answers = {"said": [BERNADETTE_FIRST, BERNADETTE_CONSENT], "consent": True, **first.slots}
    reading = read_turn(Turn(text=BERNADETTE_TOLD, requested="in_danger", answers=answers))
    assert reading.slots.get("crime_type") == "domestic_abuse"
    assert reading.noted.get("crime_type") != "robbery"
    assert reading.slots.get("age") is None


def test_an_age_read_for_them_goes_when_it_is_about_the_writer_after_all():
    answers = {
        "said": ["Hello. It's about my son, he's 35 and things are hard."],
        "consent": True,
        "for_someone_else": True,
        "age": 35.0,
    }
    reading = read_turn(Turn(text=BERNADETTE_CONSENT, requested="in_danger", answers=answers))
    assert reading.slots.get("for_someone_else") is False
    assert "age" in reading.slots and reading.slots["age"] is None  # cleared, not kept


# 3. Whether talking here goes to the police: not children in care.


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (BERNADETTE_ARREST, [BERNADETTE_FIRST, BERNADETTE_CONSENT, BERNADETTE_TOLD]),
        (
            BERNADETTE_AGAIN,
            [BERNADETTE_FIRST, BERNADETTE_CONSENT, BERNADETTE_TOLD, BERNADETTE_ARREST],
        ),
        ("Will they arrest him if I talk to you?", []),
    ],
)
def test_if_talking_here_goes_to_the_police_is_answered(text, earlier):
    said = answer_in_conversation(text, "domestic_abuse", earlier, **BERNADETTE_FACTS)
    assert said is not None
    assert said.response == "utter_support_not_police"


def test_nobody_going_into_care_is_no_fear_of_care():
    assert not p7_fears_child_taken_into_care(BERNADETTE_AGAIN, BERNADETTE_FACTS)
    assert p7_fears_child_taken_into_care("will social services take him into care?", {})


# -- Claire ------------------------------------------------------------------------------------

CLAIRE_FIRST = (
    "Quick question before I waste my time. My car's been keyed and had its tyres slashed three "
    "times in two months. Pretty sure it's the guy two doors down after we had a row about "
    "parking, but I can't prove it. Is it even worth reporting or will the police just give me a "
    "crime number and forget about it?"
)
CLAIRE_FACTS = {
    "relationship_to_offender": "someone_known",
    "repeat": True,
    "age": 38.0,
    "reported": True,
    "account_details": ["neighbour"],
}
CLAIRE_PROOF = (
    "No, I was targeted because I parked in 'his' space, which isn't his, it's a public road. "
    "What can the police actually do without proof? Could they even talk to him?"
)
CLAIRE_UPDATES = (
    "The police never told me a thing after the first report. Aren't they supposed to update "
    "me? And no thanks, I don't need anyone to ring me, I just wanted the facts."
)


# 4. What the police can do about an adult neighbour: not the teenagers' answer.


def test_what_police_can_do_about_an_adult_neighbour_is_not_about_teenagers():
    said = answer_in_conversation(CLAIRE_PROOF, "criminal_damage", [CLAIRE_FIRST], **CLAIRE_FACTS)
    assert said is not None
    assert said.response == "utter_g89a_police_without_proof_adult"


def test_teenagers_still_get_the_teenagers_answer():
    agnes = {
        "age": 73,
        "relationship_to_offender": "someone_known",
        "account_details": ["neighbour"],
    }
    text = "what would the police actually do to the boys? I only want it to stop."
    assert answer(text, "criminal_damage", **agnes) == "utter_n4_asb_police_options"
    said = answer_in_conversation(
        "What can the police actually do? Could they even talk to him?",
        "criminal_damage",
        ["the teenagers from next door keep keying my car, one of them is his son"],
        **CLAIRE_FACTS,
    )
    assert said is not None and said.response == "utter_n4_asb_police_options"


def test_the_adult_neighbour_answer_is_one_sms_with_its_source():
    assert_one_sms_with_source("utter_g89a_police_without_proof_adult", "g89a (round 89)")


# 5. "Aren't they supposed to update me?": Right 6.

RIGHT_6_UPDATES = ("utter_chase_the_police", "utter_j4_police_updates")


@pytest.mark.parametrize(
    "text",
    [
        CLAIRE_UPDATES,
        "Aren't the police supposed to keep me updated?",
        "I reported it weeks ago. Don't they have to update me?",
    ],
)
def test_whether_the_police_must_update_her_gets_the_right_6_answer(text):
    said = answer_in_conversation(text, "criminal_damage", [CLAIRE_FIRST], **CLAIRE_FACTS)
    assert said is not None
    assert said.response in RIGHT_6_UPDATES

"""Round 94, helper n94e: round 92 leftovers (Peter's distraction burglary)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.reading import Turn, read_turn
from referrals.matching import match_organisations
from tests.unit.known_answers import answer, sendable

# -- 1. Peter, 82: men posing as the water board, one kept him talking, things taken -----------

PETER_1 = "hello. is this the victim people. i have been robbed by men who said they were the water"
PETER_2 = (
    "yes thats alright. they took my wifes rings and her necklace, she passed 3 years ago. "
    "they said there was a leak"
)
PETER_3 = (
    "no they have gone. it was tuesday i think or wednesday. one kept me talking in the kitchen "
    "while the other one went upstairs i didnt see properly my eyes are not good"
)


def test_peter_robbery_named_again_as_a_burglary() -> None:
    first = read_turn(
        Turn(text=PETER_2, requested="consent", answers={}, earlier=[PETER_1], opening=True)
    )
    assert first.slots["crime_type"] == "robbery"
    answers = {"consent": True, **first.slots, "said": (PETER_1, PETER_2)}
    reading = read_turn(Turn(text=PETER_3, requested="in_danger", answers=answers))
    assert reading.slots["crime_type"] == "burglary"
    assert reading.noted["crime_type"] == "burglary"


def test_a_robbery_with_force_stays_a_robbery() -> None:
    said = ("two men pushed me over and grabbed my bag",)
    answers = {"consent": True, "crime_type": "robbery", "in_danger": False, "said": said}
    text = "one kept me talking while the other one went round the back"
    reading = read_turn(Turn(text=text, requested="reported_to_police", answers=answers))
    assert reading.slots.get("crime_type", "robbery") == "robbery"


PETER_NEEDS = (
    "feeling safe and somebody to come round. my lock on the back door is old. and will i get "
    "the rings back"
)


def test_peter_rings_answered_though_the_visit_was_answered_twice() -> None:
    sent = frozenset({"utter_m2_home_visit"})
    answers = {"consent": True, "in_danger": False, "crime_type": "burglary", "age": 82}
    reading = read_turn(
        Turn(text=PETER_NEEDS, requested="needs", answers=answers, said=sent, said_twice=sent)
    )
    said = [message.response for message in reading.say]
    assert "utter_topic_stolen_things_back" in said
    assert "utter_answered_above" not in said


# -- 2. Malik, 19, stabbed, questioned in hospital: "do they think im involved" -------------------

MALIK = "19. do they think im involved or what"


@pytest.mark.parametrize(
    "text",
    [MALIK, "do the police think i started it?", "am i a suspect now?", "do they suspect me?"],
)
def test_malik_asks_if_the_police_suspect_him(text: str) -> None:
    assert answer(text, "serious_violence") == "utter_n94e_police_suspect_me"


def test_malik_answer_at_the_age_question() -> None:
    answers = {"consent": True, "in_danger": False, "crime_type": "serious_violence"}
    reading = read_turn(Turn(text=MALIK, requested="age", answers=answers))
    assert reading.slots.get("age") == 19
    assert "utter_n94e_police_suspect_me" in [message.response for message in reading.say]


@pytest.mark.parametrize(
    "text",
    [
        "do they think im making it up?",
        "did the police arrest anyone?",
        "will they think im a snitch",
    ],
)
def test_other_police_questions_keep_their_answers(text: str) -> None:
    assert answer(text, "serious_violence") != "utter_n94e_police_suspect_me"


def test_malik_answer_is_one_sms() -> None:
    (text,) = sendable("utter_n94e_police_suspect_me")
    assert len(text) <= 320


# -- 3. Sue, writing for her friend Pam, whose husband controls her money -------------------------

SUE_1 = (
    "Hello, I'm not sure if this is the right place. I'm worried about my friend Pam, her husband "
    "Derek controls all her money, she has to ask him for bus fare, and he doesn't like her seeing "
    "any of us anymore. She doesn't know I'm contacting you."
)
SUE_2 = (
    "Yes that's fine, but please don't contact Pam, he checks her phone. What can I do without "
    "making things worse for her?"
)
FOR_PAM = {"for_someone_else": True, "relationship_to_offender": "partner_or_ex"}


def test_sue_is_read_as_writing_for_her_friend() -> None:
    assert read_account(SUE_1).for_someone_else is True


def test_sue_what_can_i_do_at_the_privacy_question() -> None:
    got = answer(SUE_2, None, consent=True, for_someone_else=True, said=(SUE_1, SUE_2))
    assert got == "utter_helping_someone_abused"


@pytest.mark.parametrize(
    "text",
    [
        "No. Could I ring a helpline on her behalf and they'd tell me what to do?",
        "Pam doesn't know, so I can't ask her. Can someone just ring me to advise me, not her? "
        "Will the Refuge line talk to a friend?",
    ],
)
def test_sue_can_ring_a_helpline_for_her(text: str) -> None:
    assert answer(text, "domestic_abuse", **FOR_PAM) == "utter_helping_someone_abused"


@pytest.mark.parametrize(
    "text",
    [
        "Weekday afternoons. They won't go round to Pam's will they?",
        "Yes voicemail is fine. But please tell me nobody will contact Pam or Derek",
        "You haven't answered me. Will anyone contact Pam?",
    ],
)
def test_sue_told_nobody_contacts_pam(text: str) -> None:
    assert answer(text, "domestic_abuse", **FOR_PAM) == "utter_n94e_friend_not_contacted"


@pytest.mark.parametrize("text", ["will someone contact me?", "you wont call me will you?"])
def test_contact_of_the_writer_is_not_taken(text: str) -> None:
    assert answer(text, "domestic_abuse", **FOR_PAM) != "utter_n94e_friend_not_contacted"


def test_nobody_contacted_is_only_for_someone_writing_for_another() -> None:
    assert answer("Will anyone contact Pam?", "domestic_abuse") != "utter_n94e_friend_not_contacted"
    (text,) = sendable("utter_n94e_friend_not_contacted")
    assert len(text) <= 320


# -- 4. Nia, 24: a man exposed himself on the Northern line -------------------------------------

NIA_1 = (
    "hi sorry not sure if this is the right place. a man exposed himself to me on the northern "
    "line this morning, like sat opposite and just. I took a photo of him. is it even worth "
    "reporting"
)


@pytest.mark.parametrize(
    "text",
    [
        "no im at uni now. im ok just shaky. he got off at camden town i think. do i text the "
        "61016 thing or the 101, which one",
        "no not yet. but which one do i use, 61016 or 101??",
    ],
)
def test_nia_which_number_on_the_tube(text: str) -> None:
    assert answer(text, "sexual_offence", said=(NIA_1, text)) == "utter_transport_police"


def test_nia_exposure_without_touching_is_not_sent_to_the_havens() -> None:
    told = read_account(NIA_1 + " . like nothing actually happened to me he didnt touch me")
    assert "no_contact" in told.details
    answers = {
        "crime_type": "sexual_offence",
        "account_details": sorted(told.details),
        "age": 24.0,
        "borough": "camden",
        "within_12_months": True,
    }
    ids = [org.id for org in match_organisations(answers)]
    assert "the-havens" not in ids
    assert "rape-crisis-247-support-line" in ids


@pytest.mark.parametrize(
    "text", ["a man exposed himself and then touched me on the tube", "he flashed me then raped me"]
)
def test_exposure_with_contact_keeps_the_havens(text: str) -> None:
    assert "no_contact" not in read_account(text).details

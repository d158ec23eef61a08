"""Round 79, helper m79a: answers read wrongly at the questions: fear of giving evidence (George,
Marco, Lee, Joan), a repeat (Nkechi), an age put right at once (Eileen), a slur at the hate
question (Sunil); with other people's messages that keep their reading."""

from __future__ import annotations

import pytest

from actions.answers import read_answer
from actions.reading import Turn, read_turn
from tests.unit.known_answers import DOMAIN, assert_one_sms_with_a_source, topic_answered

GEORGE = (
    "I suppose I would be nervous, mostly of my wife finding out. Should I tell her? We have "
    "been married 49 years and I have never kept anything from her before."
)
MARCO = (
    "court?? i dont want court. i am worried if i go police i lose my job and my visa. my visa "
    "is with the restaurant, skilled worker. can they do this to me?"
)
LEE = (
    "not really scared, more stressed. kids stuff, the tv probably, my wifes jewellery. and the "
    "door is smashed so anyone can walk in. thats the main worry, and the insurance. what do i "
    "tell the insurers"
)
JOAN = (
    "Its not gone to court dear, nobody has charged anybody. Nobody has done anything at all. I "
    "dont think thats the thing I mean. My friend Maureen said its called a trigger or "
    "something. For the council."
)


def _at(text: str, requested: str, **answers):
    return read_turn(Turn(text=text, requested=requested, answers=answers))


# -- 1. a fear of something else is not fear of giving evidence ---------------------------------


@pytest.mark.parametrize(
    ("text", "crime"),
    [(GEORGE, "fraud"), (MARCO, "assault"), (LEE, "burglary"), (JOAN, "stalking_harassment")],
)
def test_fear_of_something_else_is_never_fear_of_giving_evidence(text, crime):
    assert read_answer("fear_of_giving_evidence", text).value is not True
    found = _at(text, "fear_of_giving_evidence", crime_type=crime, consent=True)
    assert found.slots.get("fear_of_giving_evidence") is not True


@pytest.mark.parametrize(
    "text",
    [
        "I suppose I would be nervous, mostly of my wife finding out.",
        "worried about my job",
        "i am worried if i go police i lose my job",
    ],
)
def test_a_fear_about_something_else_alone_is_no_answer(text):
    assert read_answer("fear_of_giving_evidence", text).value is None


@pytest.mark.parametrize(
    "text", ["not really scared", "not really scared, more stressed", "not that scared tbh"]
)
def test_not_really_scared_is_a_no(text):
    assert read_answer("fear_of_giving_evidence", text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "nervous about seeing him",
        "id be worried about my kids, they know where we live",
        "yes. and worried about my job too",
        "im nervous about the whole thing",
        "a bit nervous of the barrister",
        "I would be very worried but not scared",
        "not really scared but very worried",
        "not really scared, more stressed about seeing him in court",
        "im scared of court",
        "i am scared of going to court",
        "yes, scared he will come after me",
        "id be terrified if i had to",
    ],
)
def test_fear_of_court_or_of_them_is_still_a_yes(text):
    assert read_answer("fear_of_giving_evidence", text).value is True


def test_worried_about_something_else_after_a_no_stays_a_no():
    assert read_answer("fear_of_giving_evidence", "no, just worried about my job").value is False


# -- 2. Nkechi: parts of one crime found at once, nothing before, is not a repeat ----------------

NKECHI = (
    "Well it's three accounts, two loans and a card, but I assume the same person. Nothing "
    "before this that I know of."
)


def test_nkechi_one_lot_of_fraud_with_nothing_before_is_not_a_repeat():
    assert read_answer("repeat_victimisation", NKECHI).value is False
    found = _at(NKECHI, "repeat_victimisation", crime_type="fraud", consent=True)
    assert found.slots.get("repeat_victimisation") is False


@pytest.mark.parametrize(
    "text",
    [
        "yes, three times this month",
        "not the first time, he did it before too",
    ],
)
def test_a_time_again_beside_first_time_is_not_taken_for_a_no(text):
    assert read_answer("repeat_victimisation", text).value is not False


@pytest.mark.parametrize("text", ["no first time", "No, just the once.", "first time"])
def test_first_time_is_still_a_no(text):
    assert read_answer("repeat_victimisation", text).value is False


def test_nkechi_asking_what_counts_as_repeat_is_told_and_can_put_it_right():
    text = (
        "Targeted again and again? I said nothing before this. It's one lot of fraud, three "
        "accounts opened. Is that what counts as repeat?"
    )
    facts = {"crime_type": "fraud", "repeat_victimisation": True, "consent": True}
    assert topic_answered(text, facts) == "utter_m79a_what_counts_as_repeat"
    assert topic_answered("does that count as more than once?", facts) == (
        "utter_m79a_what_counts_as_repeat"
    )


def test_the_repeat_answer_is_one_sms_with_its_sources():
    assert_one_sms_with_a_source(
        "utter_m79a_what_counts_as_repeat", DOMAIN / "responses_topics.yml"
    )


@pytest.mark.parametrize("text", ["does it count as a crime?", "what counts as hate crime?"])
def test_other_what_counts_questions_are_not_about_repeats(text):
    facts = {"crime_type": "fraud", "consent": True}
    assert topic_answered(text, facts) != "utter_m79a_what_counts_as_repeat"


# -- 3. Eileen: the age put right in the same message ------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I'm 76. Oh no wait, 67! Silly me, I always muddle it. 67.", 67),
        ("34 no wait 43", 43),
        ("im 25, sorry 26", 26),
        ("52. oops i mean 53", 53),
        ("I'm 81", 81),
        ("I was 81 in March", 81),
        ("40. but you didnt answer, can i report it to police from spain", 40),
    ],
)
def test_the_last_age_put_right_is_the_one(text, age):
    assert read_answer("age", text).value == age


def test_eileen_age_in_the_turn_is_67():
    text = "I'm 76. Oh no wait, 67! Silly me, I always muddle it. 67."
    assert _at(text, "age", crime_type="assault", consent=True).slots.get("age") == 67


# -- 4. Sunil: a slur they are called is a sign of hate ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "not sure. sometimes they call me names, p*** and things. mostly they just want free "
        "stuff i think",
        "they call me names like p***",
        "not sure, they call me racist names",
    ],
)
def test_a_slur_they_are_called_is_a_yes(text):
    assert read_answer("hate_motivated", text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "not sure. sometimes they call me names. mostly they just want free stuff i think",
        "not sure. they call me names, take the p*** out of me",
    ],
)
def test_names_alone_stay_unsure(text):
    assert read_answer("hate_motivated", text).value is not True

"""Round 69, helper o1: "it has happened more than once" read from words that do not say so.

Olu: "one of them punch me 2 times" (two punches in ONE attack); Gareth: "the builder. Dean. ive
said this 3 times" (how often HE said it); Ali: "every time I close eye I see the knife"
(reliving it); Nkechi: "he still comes in every day to see his dad" (his visits). Not read as a
yes: Ella, 14, "for like 2 weeks", then "i literally just said 2 weeks??" at the question.
Corrections not taken: Olu's "no it happen one time, last night only. i dont know them".
"""

from __future__ import annotations

import pytest

from actions import account
from actions.reading import Turn, corrections, read_turn

ROBBERY = dict(consent=True, in_danger=False, crime_type="robbery")


def _read(text, requested, **answers):
    return read_turn(Turn(text=text, requested=requested, answers=answers))


# -- the table: must be NO (not read as "more than once") ----------------------------------------
MUST_BE_NO = [
    # Olu: blows in one attack
    "my lip is cut, one of them punch me 2 times. i dont sleep. the moped is my work, without it "
    "i cant earn nothing. how i get it back?",
    "one of them punch me 2 times",
    "he punched me 3 times in the face",
    "they kicked me in the ribs like 4 times and ran off",
    "I was stabbed 3 times in the leg",
    "she slapped me twice and took my bag",
    # Gareth: his own telling
    "the builder. Dean. ive said this 3 times",
    "I've told you 3 times already, it was the builder",
    "i said it like 4 times, a stranger",
    "i already told u twice who it was",
    # Olu: what this chat said
    "why you say again and again? i told you it was one time",
    "you keep asking the same question over and over",
    # Ali: reliving it
    "no now I am in my home. they take money from till and run. I am not hurt but I cannot "
    "sleep, every time I close eye I see the knife",
    "every time I close my eyes I see his face",
    "every time i think about it i start shaking",
    # Nkechi: someone else's routine visits
    "im a nurse at a hospital in greenwich. a patients son grabbed my arm really hard on the ward "
    "on tuesday, i have bruises. then he leaned in and said hell be waiting for me when i finish. "
    "he still comes in every day to see his dad",
    "he visits his mum on the ward every day",
    "hes just there every day visiting",
]

# -- must be YES --------------------------------------------------------------------------------
MUST_BE_YES = [
    # Ella, 14
    "girls from my year. theyve been sending me stuff like ur dead monday and shit on snap for "
    "like 2 weeks",
    "he has been texting me for about 3 months",
    "its been going on for weeks",
    "he keeps turning up at my work",
    "they do it again and again",
    "he punched me 3 times this month",
    "he has hit me 3 times",
    "hes hit me loads of times over the years",
    "every time I go out he follows me",
    "he comes every day to see me at the shop and wont leave",
    "it happened 3 times this month",
    "my ex has been messaging me for like 6 months",
    "his son visits his dad every day and shouts at me",
    "I meant the boys. And yes, as I said, three times this month, and the shouting for longer",
    "he comes in every day to see his dad and stares at me",
]


@pytest.mark.parametrize("text", MUST_BE_NO)
def test_not_read_as_more_than_once(text):
    assert account.read_account(text).repeat is not True


@pytest.mark.parametrize("text", MUST_BE_NO)
def test_not_noted_as_more_than_once_in_the_form(text):
    got = _read(text, "relationship_to_offender", **ROBBERY)
    assert got.slots.get("repeat_victimisation") is not True
    assert got.noted.get("repeat_victimisation") is not True


@pytest.mark.parametrize("text", MUST_BE_YES)
def test_still_read_as_more_than_once(text):
    assert account.read_account(text).repeat is True


def test_ella_for_like_two_weeks_is_noted_before_the_question():
    said = (
        "girls from my year. theyve been sending me stuff like ur dead monday and shit on snap for "
        "like 2 weeks"
    )
    got = _read(said, "relationship_to_offender", consent=True, age=14, under_18=True)
    assert got.slots.get("repeat_victimisation") is True


@pytest.mark.parametrize(
    "text",
    ["i literally just said 2 weeks??", "i literally just said 2 weeks?? yes", "i said 3 months"],
)
def test_said_already_how_long_is_a_yes_at_the_question(text):
    got = _read(text, "repeat_victimisation", consent=True, age=14, under_18=True)
    assert got.slots.get("repeat_victimisation") is True
    assert "utter_reask_repeat_victimisation" not in [s.response for s in got.say]


# -- corrections --------------------------------------------------------------------------------
ON_RECORD_AGAIN = dict(ROBBERY, relationship_to_offender="stranger", repeat_victimisation=True)


@pytest.mark.parametrize(
    "text",
    [
        "no it happen one time, last night only. i dont know them. and the moped?? how i get it "
        "back",
        "why you say again and again? i told you it was one time",
        "it was one time",
        "no it happened once, last night",
        "it only happen one time",
    ],
)
def test_one_time_puts_the_repeat_right(text):
    assert corrections(text, ON_RECORD_AGAIN).get("repeat_victimisation") is False


def test_olu_one_time_at_the_hate_question_is_changed():
    text = "no it happen one time, last night only. i dont know them. and the moped?? how i get it"
    got = _read(text, "hate_motivated", **ON_RECORD_AGAIN)
    assert got.slots.get("repeat_victimisation") is False
    assert "repeat_victimisation" in got.corrected


@pytest.mark.parametrize(
    "text",
    [
        "it happened once before, last year",
        "it happen one time last week and again today",
        "it happen one time before, last year",
    ],
)
def test_once_beside_more_is_not_a_correction(text):
    assert corrections(text, ON_RECORD_AGAIN).get("repeat_victimisation") is not False


ONCE_ON_RECORD = dict(consent=True, crime_type="fraud", repeat_victimisation=False)


@pytest.mark.parametrize(
    "text",
    [
        "the builder. Dean. ive said this 3 times",
        "I've told you twice, it was Dean",
        "why do you keep asking over and over",
    ],
)
def test_own_telling_does_not_turn_once_into_more(text):
    assert corrections(text, ONCE_ON_RECORD).get("repeat_victimisation") is not True
    got = _read(text, "relationship_to_offender", **ONCE_ON_RECORD)
    assert got.slots.get("repeat_victimisation") is not True


@pytest.mark.parametrize(
    "text", ["no it happened 3 times this month", "it has happened more than once"]
)
def test_more_than_once_still_puts_once_right(text):
    assert corrections(text, ONCE_ON_RECORD).get("repeat_victimisation") is True

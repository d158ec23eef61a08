"""Round 70, helper w70a: wrong facts read from accounts (actions/account.py).

Sharon (r70b-sharon) wrote for her daughter, 15, groped on a bus by a man she didn't know; Hodan
(r69b-hodan) for her son Abdi, 15, stabbed near school, in few words of English; Rose
(r69a-rose), 58, about her son of 30 who takes from her purse and punched the door by her head.
"""

import pytest

from actions.account import read_account
from actions.reading import repetition_told

# -- 1. Sexual touching told in plain words is a sexual offence ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Sharon's exact messages.
        "Hello, I'm not sure if this is the right place. My daughter was touched by a man on the "
        "bus on her way home from school yesterday. She's 15. She's very upset and doesnt want me "
        "to go to the police. I don't know what to do for the best.",
        "I told you, a man on the bus put his hand on her bum and then between her legs when it "
        "was crowded. She froze. She got off at the next stop and walked home crying",
        "He groped her. On the 149 bus",
        # Paraphrases.
        "a man put his hand between her legs on the train",
        "he touched her bum on the tube",
        "a man touched her breasts at the party",
        "he put his hand up her skirt",
        "a man rubbed himself against her on the bus",
        "the coach touched her inappropriately",
        "my son got touched by a man at the swimming pool",
        "she was touched up by some lads at the bus stop",
    ],
)
def test_sexual_touching_told_plainly_is_a_sexual_offence(text: str) -> None:
    assert read_account(text).crime_type == "sexual_offence"


def test_sharons_first_message_keeps_her_daughter_and_age() -> None:
    account = read_account(
        "My daughter was touched by a man on the bus on her way home from school yesterday. "
        "She's 15."
    )
    assert account.for_child is True
    assert account.age == 15
    assert account.offender is None  # "a man on the bus": not told as known or not


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        # Kept as they are today.
        ("he touched my arm", "sexual_offence"),
        ("he put his hand on my shoulder", None),
        ("he pushed me", "assault"),
        ("he put his hand on her shoulder", None),
        ("she was touched by the card the neighbours sent", None),
    ],
)
def test_other_touching_is_as_before(text: str, crime: str | None) -> None:
    assert read_account(text).crime_type == crime


# -- 2. Who it happened to is not who did it ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It wasn't rape! He touched her over her school skirt. And it wasn't me it was my "
        "daughter. No we haven't reported it, she begged me not to",
        "it wasnt me, it was my son",
        "Not me, my daughter",
        "it's not me it's my daughter",
    ],
)
def test_who_it_happened_to_is_no_offender(text: str) -> None:
    assert read_account(text).offender is None


def test_sharons_correction_keeps_the_sexual_offence() -> None:
    account = read_account(
        "It wasn't rape! He touched her over her school skirt. And it wasn't me it was my "
        "daughter. No we haven't reported it, she begged me not to"
    )
    assert account.crime_type == "sexual_offence"


@pytest.mark.parametrize(
    ("text", "offender"),
    [
        ("it wasnt me it was my son who did it", "family_member"),
        ("it was my husband", "partner_or_ex"),
        ("my son threatened me", "family_member"),
    ],
)
def test_who_did_it_still_read(text: str, offender: str) -> None:
    assert read_account(text).offender == offender


# -- 3. A routine is not the crime again --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She has anxiety, she was seeing someone through CAMHS last year. Should I tell the "
        "school? She doesnt want anyone knowing but she has to get the same bus every day",
        "she has to get the same bus every day",
        "she gets the same bus every day",
        "I have to take that train every morning",
        "no it was once but she has to get the same bus every day",
    ],
)
def test_a_daily_journey_is_not_a_repeat(text: str) -> None:
    assert read_account(text).repeat is not True
    assert repetition_told([text]) is False


@pytest.mark.parametrize(
    "text",
    [
        "he's been on her bus every day since",
        "he keeps getting on her bus",
        "he gets on the same bus every day and stares at her",
        "he follows her every day",
        "he hits me every day",
    ],
)
def test_the_one_who_did_it_again_is_still_a_repeat(text: str) -> None:
    assert repetition_told([text]) is True


# -- 4. Hodan: a stabbing told with the plain verb; her son is the one harmed --------------------


@pytest.mark.parametrize(
    "text",
    [
        "salaam. my son he get stab near school. i need help please",
        "i tell you. knife. boys stab my son Abdi in the leg, near the school. he is 15",
        "my daughter she get stab outside the shop",
    ],
)
def test_few_words_stabbing_of_a_child(text: str) -> None:
    account = read_account(text)
    assert account.crime_type == "serious_violence"
    assert account.for_child is True
    assert "weapon" in account.details


def test_hodans_son_age_is_his() -> None:
    account = read_account(
        "i tell you. knife. boys stab my son Abdi in the leg, near the school. he is 15"
    )
    assert account.age == 15


@pytest.mark.parametrize(
    "text",
    [
        "im scared hes going to get stab",
        "i dont want him to get beat",
        "they said they will stab me",
    ],
)
def test_what_may_happen_is_not_a_stabbing(text: str) -> None:
    assert read_account(text).crime_type != "serious_violence"


# -- 4. Rose: the grown son written about is the one who does it, to her -------------------------

ROSE = (
    "Hello, I don't really know how to start this. It's about my son, he's 30 and he has a "
    "problem with drugs, has done for years on and off. Lately money keeps going from my purse, "
    "twenty here, fifty there, and I know it's him. Last week I said no when he asked for money "
    "and he got very angry and said I'd regret it, he punched the door next to my head. I love "
    "him, I don't want him arrested, I just don't know what to do anymore. I'm so ashamed "
    "writing this."
)


def test_rose_is_the_victim_of_her_son() -> None:
    account = read_account(ROSE)
    assert account.offender == "family_member"
    assert account.crime_type == "domestic_abuse"
    assert not account.for_child
    assert not account.for_someone_else


def test_a_grown_son_harmed_is_still_written_for() -> None:
    account = read_account(
        "It's about my son, he's 30. He was attacked outside a pub and I don't want him "
        "arrested for fighting back"
    )
    assert account.for_someone_else is True
    assert account.offender is None

"""Round 63 check fixes made by the lead: hiding the chat asked in few words (Nadia), and a
father who means to catch his daughter's groomer himself (Dev)."""

import pytest
from known_answers import answer, said_answer

from bot.language import is_english

NADIA = dict(consent=True, age=36.0)


@pytest.mark.parametrize(
    "text",
    [
        "he can see this on phone? how i hide",
        "he wake up. how i clear this quick",
        "how i delete this from phone now",
        "how do i clear the chat before he checks",
    ],
)
def test_hiding_the_chat_gets_how_to_clear_the_phone(text):
    assert answer(text, "domestic_abuse", **NADIA) == "utter_c4_clear_phone"


@pytest.mark.parametrize(
    "text", ["how do i hide", "how can i hide from him", "how do i remove the hate crime bit"]
)
def test_other_hiding_or_removing_is_not_about_the_phone(text):
    assert answer(text, "domestic_abuse", **NADIA) != "utter_c4_clear_phone"


DEV_SAID = [
    "I just found messages on my daughters phone from a grown man. shes 14. hes been asking for "
    "pics and to meet up"
]


@pytest.mark.parametrize(
    "text",
    [
        "if i ring 101 tonight will they stop saturday happening? or should i just let her go and "
        "follow her and catch him there myself",
        "this is saturday mate, i need to know what to do TONIGHT. do i take her phone off her or "
        "leave it so he doesnt suspect",
    ],
)
def test_a_parent_who_would_catch_the_groomer_himself_is_told_not_to(text):
    assert said_answer(text, "sexual_offence", DEV_SAID, consent=True, age=35.0) == (
        "utter_child_disclosed"
    )


def test_letting_a_child_go_to_a_party_is_not_the_groomer_answer():
    got = said_answer("should i let him go to the party", "sexual_offence", DEV_SAID, consent=True)
    assert got != "utter_child_disclosed"


def test_catching_him_yourself_without_a_groomed_child_is_not_the_child_answer():
    got = said_answer(
        "should i just follow him and catch him there myself", "assault", ["a man punched me"]
    )
    assert got != "utter_child_disclosed"


# -- Pete: running off without paying the fare --
@pytest.mark.parametrize(
    "text",
    [
        "is doing a runner on the fare a crime as well or just the punch",
        "is it a crime if they run off without paying",
        "is fare dodging illegal?",
    ],
)
def test_making_off_without_payment_is_answered(text):
    assert answer(text, "assault", consent=True, age=61.0) == "utter_making_off_without_payment"


@pytest.mark.parametrize(
    "text",
    ["he ran off without paying", "is it a crime that he punched me?", "will I get my fare back?"],
)
def test_other_messages_do_not_get_the_making_off_answer(text):
    assert answer(text, "assault", consent=True, age=61.0) != "utter_making_off_without_payment"


# -- Rosa: will the police tell the people she cleans for --
@pytest.mark.parametrize(
    "text",
    [
        "my employers, the police will tell them? I am afraid to lose my jobs",
        "the police will speak with the ladies where I clean? because they are witness maybe. I "
        "need to know before",
    ],
)
def test_police_and_the_people_she_works_for_is_answered(text):
    assert answer(text, "domestic_abuse", consent=True, age=45.0) == (
        "utter_h2_police_and_employer"
    )


def test_older_employer_questions_keep_their_answer():
    assert answer("will the police tell my boss?", "domestic_abuse", consent=True, age=45.0) == (
        "utter_n7_dbs_and_employer"
    )
    assert (
        answer("my boss said he will call the police on me?", "domestic_abuse", consent=True)
        != "utter_h2_police_and_employer"
    )


# -- Moira: Scots is English --
@pytest.mark.parametrize(
    "text", ["ma neighbour! christ", "aye a phoned the polis twice", "naw, he cannae do that"]
)
def test_scots_is_read_as_english(text):
    assert is_english(text)


@pytest.mark.parametrize("text", ["waan ku jiraa ma", "ma si fiican", "nie mam pieniedzy"])
def test_other_languages_are_still_told_apart(text):
    assert not is_english(text)

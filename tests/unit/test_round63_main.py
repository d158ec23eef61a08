"""Round 63 check fixes made by the lead: hiding the chat asked in few words (Nadia), and a
father who means to catch his daughter's groomer himself (Dev)."""

import pytest
from known_answers import answer, said_answer

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

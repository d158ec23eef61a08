"""Round 66, helper L3: Lena (hate read from comments about her accent; questions about
reporting and her flatmate), Aaron (19, a witness threatened for talking) and Fatima ("first
time from him" read as repeated)."""

from __future__ import annotations

import pytest

from actions import account, reading
from actions.answers import read_answer
from tests.unit.known_answers import RESPONSES, answer, said_answer

LENA_REPEAT = (
    "Hmm. Before he made comments, like about my accent and my body, but I thought it was just "
    "jokes. Touching only this once"
)
HATE = dict(consent=True, crime_type="sexual_offence", hate_motivated=True, hate_strand=["race"])


# -- Lena: comments about an accent are not hate told --------------------------------------------
@pytest.mark.parametrize(
    "text",
    [LENA_REPEAT, "he made comments about my accent", "he kept saying things about my accent"],
)
def test_comments_about_an_accent_are_not_hate(text):
    assert account.read_account(text).hate is not True


@pytest.mark.parametrize(
    "text",
    [
        "he said something about muslims before he hit me",
        "he attacked me because im black",
        "he called me a paki",
    ],
)
def test_real_hate_still_read(text):
    assert account.read_account(text).hate is True


def test_lena_repeat_answer_is_once():
    assert read_answer("repeat_victimisation", LENA_REPEAT).value is False


# -- Lena: a denial of hate takes it off -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Wait, I didn't say it was a hate crime. I said I don't think so. Please take that out",
        "I wasn't targeted because I'm German. That is wrong.",
        "the targeted for who you are part is wrong",
        "No, I was not targeted because of who I am",
        "i never said it was a hate crime",
    ],
)
def test_denial_of_hate_takes_it_off(text):
    changes = reading.corrections(text, HATE)
    assert changes.get("hate_motivated") is False
    assert changes.get("hate_strand") is None


def test_didnt_say_hate_crime_is_not_read_as_hate():
    text = "Wait, I didn't say it was a hate crime. I said I don't think so. Please take that out"
    assert account.read_account(text).hate is not True


@pytest.mark.parametrize(
    "text",
    [
        "yes it was a hate crime, he called me a paki",
        "i was targeted because im muslim",
        "ok but is it a hate crime or not",
    ],
)
def test_hate_is_kept_when_not_denied(text):
    assert reading.corrections(text, HATE).get("hate_motivated") is not False


# -- Lena: would he know it's me; should I tell my flatmate -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "24. But if I tell Crimestoppers, wouldn't he know it's me anyway? I was the only one in "
        "the kitchen",
        "wouldn't he know it's me anyway?",
        "if i report will he know it was me",
    ],
)
def test_would_he_know_its_me(text):
    assert answer(text, "sexual_offence") == "utter_l3r66_would_he_know"


def test_would_he_know_text():
    text = RESPONSES["utter_l3r66_would_he_know"][0]["text"]
    assert "020 3299 6900" in text and "likely" in text and len(text) <= 320


@pytest.mark.parametrize(
    "text",
    [
        "Finally. Should I tell my flatmate? I don't know what to do about her",
        "do i tell my housemate",
    ],
)
def test_should_i_tell_my_flatmate(text):
    assert answer(text, "sexual_offence") == "utter_l3r66_tell_flatmate"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("will he know it was me", "burglary"),
        ("should i tell my flatmate", "burglary"),
        ("should i tell my mum", "sexual_offence"),
        ("does he know where i live", "sexual_offence"),
    ],
)
def test_near_misses_do_not_get_lenas_answers(text, crime):
    assert answer(text, crime) not in ("utter_l3r66_would_he_know", "utter_l3r66_tell_flatmate")


# -- Aaron: threats for talking; is the service the police; support for his mum ----------------
@pytest.mark.parametrize(
    "text",
    [
        "kinda. everyone knows who it was. thats the problem. if i chat to the feds im next man. "
        "the mandem will know",
        "course. i aint going court. they will slide on me and my mum",
        "if i talk to the police they will come for me and my mum",
        "if i give a statement im next",
    ],
)
def test_threats_for_talking_get_intimidation_answer(text):
    assert answer(text, "serious_violence") == "utter_witness_intimidation"


@pytest.mark.parametrize(
    "text",
    [
        "im scared he will come for me",
        "who is next in the queue",
        "my ex said he will come after me",
    ],
)
def test_near_misses_are_not_intimidation(text):
    assert answer(text, "stalking_harassment") != "utter_witness_intimidation"


AARON_SAID = [
    "wait the victim n witness ppl are they the feds? if they ring my mums house n the mandem "
    "find out im dead"
]


def test_is_the_service_the_police():
    assert answer(AARON_SAID[0], "serious_violence") == "utter_l3r66_vws_not_police"
    text = "bro u aint answering. are they police yes or no"
    assert said_answer(text, "serious_violence", AARON_SAID, consent=True) == (
        "utter_l3r66_vws_not_police"
    )
    message = RESPONSES["utter_l3r66_vws_not_police"][0]["text"]
    assert message.startswith("No.") and "0808 168 9291" in message


@pytest.mark.parametrize(
    "text", ["are they police yes or no", "are they the feds at my door", "is it the police"]
)
def test_are_they_police_without_the_service_named(text):
    assert said_answer(text, "serious_violence", ["they came to my yard"]) != (
        "utter_l3r66_vws_not_police"
    )


def test_anything_for_my_mum_with_a_typo():
    text = "u said that already. is there anyting for my mum or just me"
    assert answer(text, "serious_violence") == "utter_support_for_family"


# -- Fatima: "first time" wins ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "no first time from him. but people look at us sometimes, since I wear hijab, you get "
        "used to it",
        "no its the first time, but people stare sometimes",
    ],
)
def test_first_time_wins(text):
    assert read_answer("repeat_victimisation", text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "no. i am filipino. she say filipino stupid sometime",
        "no, the first time was in may and he does it every day now",
    ],
)
def test_repeats_still_read(text):
    assert read_answer("repeat_victimisation", text).value is True

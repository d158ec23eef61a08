"""Round 55, helper C1: Nisha (27, filmed up her skirt on the Tube), Brenda (74, a distraction
burglary by men "from the water board") and Ollie (15, sextortion on Instagram)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.reading import Turn, corrections, read_turn
from tests.unit.known_answers import RESPONSES, said_answer, sendable

NISHA_SAID = ["omg. SOMEONE FILMED UP MY SKIRT. upskirting. on the tube."]
NISHA = dict(consent=True, age=27.0, account_details=["upskirting"])
BRENDA_SAID = [
    "Hello. I hope this is the right place. Two men came to my door yesterday saying they were "
    "from the water board and I let them in. I think they have robbed me.",
]
OLLIE_FIRST = (
    "theres this girl on insta and we were talking for like a week and she sent me pics and i "
    "sent one back. like a pic of me. now shes saying if i dont send her £200 she'll send it to "
    "all my followers and my mum and dad. i dont have £200 im 15"
)


# -- Nisha --


@pytest.mark.parametrize(
    "text",
    [
        "omg. SOMEONE FILMED UP MY SKIRT. upskirting. on the tube.",
        "i TOLD you. guy put his phone up my skirt on the escalator at kings cross. a woman behind "
        "me saw him and shouted",
        "some creep filmed up my skirt on the tube this morning",
        "a man took photos up my dress on the bus",
    ],
)
def test_upskirting_is_read_as_a_sexual_offence(text):
    told = read_account(text)
    assert told.crime_type == "sexual_offence"
    assert "upskirting" in told.details


def test_upskirting_is_said_back_without_rape_or_drink():
    reading = read_turn(Turn(text=NISHA_SAID[0], requested="crime_type", answers={"consent": True}))
    names = [say.response for say in reading.say]
    assert "utter_c1_heard_upskirting" in names
    assert "utter_r5_heard_unwanted" not in names
    text = RESPONSES["utter_c1_heard_upskirting"][0]["text"]
    assert "rape" not in text and "drunk" not in text


def test_it_wasnt_rape_keeps_the_sexual_offence():
    said = (
        "wtf?? who said i was drunk. i was NOT drunk it was 8am on my way to work. and it wasnt "
        "rape, he filmed me. get it right. british transport police took a statement already"
    )
    changes = corrections(said, {"crime_type": "sexual_offence", "account_details": ["upskirting"]})
    assert "crime_type" not in changes
    assert said_answer(said, "sexual_offence", NISHA_SAID, **NISHA) == (
        "utter_c1_noted_upskirting_not_rape"
    )


def test_it_wasnt_rape_without_upskirting_still_takes_it_back():
    changes = corrections("it wasnt rape", {"crime_type": "sexual_offence"})
    assert changes.get("crime_type") is None and "crime_type" in changes


@pytest.mark.parametrize(
    "text",
    [
        "some creep filmed up my skirt on the tube this morning, is that even a crime??",
        "fine whatever. but is it a crime or not",
        "is that actually illegal",
    ],
)
def test_is_upskirting_a_crime(text):
    assert said_answer(text, "sexual_offence", NISHA_SAID, **NISHA) == (
        "utter_c1_upskirting_is_a_crime"
    )


@pytest.mark.parametrize(
    "text",
    [
        "no. will the video end up online?? thats what im freaking out about",
        "a woman. and you still havent said about the video",
        "what?? he didnt threaten me, i dont know who he is, he ran off. i meant will HIS video of "
        "me end up online",
        "will he post the pics on the internet",
    ],
)
def test_will_the_upskirt_video_go_online(text):
    assert said_answer(text, "sexual_offence", NISHA_SAID, **NISHA) == (
        "utter_c1_upskirt_video_online"
    )


def test_video_answer_for_adults_and_children():
    adult = sendable("utter_c1_upskirt_video_online", under_18=False)
    child = sendable("utter_c1_upskirt_video_online", under_18=True)
    assert all("0345 6000 459" in text for text in adult)
    assert all("Report Remove" in text and "Revenge Porn" not in text for text in child)


@pytest.mark.parametrize(
    ("text", "said", "crime"),
    [
        # Another person's threat to share (sextortion) keeps its own answer.
        (
            "will he put the video online?",
            ["my ex says he'll send the video of me to my family unless i pay him"],
            "sexual_offence",
        ),
        # A flasher on the tube: not upskirting.
        ("is that even a crime??", ["a man flashed me on the tube"], "sexual_offence"),
        # A fight filmed at school.
        ("will the video end up online", ["they filmed the fight at school"], "assault"),
    ],
)
def test_other_peoples_videos_and_crimes_are_not_upskirting(text, said, crime):
    got = said_answer(text, crime, said, consent=True)
    assert got not in (
        "utter_c1_upskirt_video_online",
        "utter_c1_upskirting_is_a_crime",
        "utter_c1_noted_upskirting_not_rape",
    )


# -- Brenda --


@pytest.mark.parametrize(
    "text",
    [
        BRENDA_SAID[0],
        "Oh I don't think it was a robbery exactly, nobody hurt me. One of them kept me talking in "
        "the kitchen about the taps while the other one went upstairs. They took my husband's "
        "watch, he passed two years ago, and about £200 from my bedside drawer.",
        "They tricked their way into my house and stole from upstairs. Nobody was hurt.",
        "a man said he was from the gas board, I let him in and my purse went",
    ],
)
def test_distraction_burglary_is_a_burglary(text):
    assert read_account(text).crime_type == "burglary"


def test_a_robbery_with_force_stays_a_robbery():
    assert read_account(
        "two men said they were from the council, I let them in and they pushed me over and took "
        "my purse"
    ).crime_type in ("robbery", "assault")


def test_not_a_robbery_is_taken_at_once():
    said = (
        "Oh I don't think it was a robbery exactly, nobody hurt me. One of them kept me talking in "
        "the kitchen about the taps while the other one went upstairs. They took my husband's "
        "watch and about £200 from my bedside drawer. My son rang the police last night."
    )
    assert corrections(said, {"crime_type": "robbery"}).get("crime_type") == "burglary"


@pytest.mark.parametrize("crime", ["burglary", "theft"])
def test_telling_her_son_is_not_about_scams(crime):
    text = "Thank you dear. Should I tell my son what happened, all of it? I'm so ashamed."
    got = said_answer(text, crime, BRENDA_SAID, consent=True, age=74.0)
    assert got != "utter_telling_family_after_scam"


def test_telling_family_after_a_real_scam_still_gets_the_scam_answer():
    said = ["a man rang saying he was the bank and I gave him my card details"]
    got = said_answer("should I tell my daughter?", "fraud", said, consent=True, age=80.0)
    assert got == "utter_telling_family_after_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Yes please, but they must not telephone me, I can't hear properly on the phone. Could "
        "they write to me or send a text?",
        "please don't phone me, can they send me a letter instead",
    ],
)
def test_written_not_phoned(text):
    assert said_answer(text, "burglary", BRENDA_SAID, consent=True) == (
        "utter_c1_written_not_phoned"
    )


@pytest.mark.parametrize(
    "text", ["can they phone me tomorrow?", "send a text to my son as well please"]
)
def test_other_contact_questions_are_not_written_not_phoned(text):
    assert said_answer(text, "burglary", BRENDA_SAID, consent=True) != (
        "utter_c1_written_not_phoned"
    )


# -- Ollie --


def test_sextortion_is_read_at_the_first_telling():
    told = read_account(OLLIE_FIRST)
    assert told.crime_type == "sexual_offence"
    assert {"sextortion", "intimate_images"} <= told.details


def test_child_gets_the_urgent_advice_at_once():
    reading = read_turn(Turn(text=OLLIE_FIRST, requested="in_danger", answers={"consent": True}))
    assert "utter_c1_sextortion_child_now" in [say.response for say in reading.say]
    text = RESPONSES["utter_c1_sextortion_child_now"][0]["text"]
    assert "CEOP" in text and "0800 1111" in text and " his " not in text


def test_adult_does_not_get_the_child_advice():
    said = OLLIE_FIRST.replace("im 15", "im 32")
    reading = read_turn(Turn(text=said, requested="in_danger", answers={"consent": True}))
    assert "utter_c1_sextortion_child_now" not in [say.response for say in reading.say]


def test_not_said_twice():
    reading = read_turn(
        Turn(
            text=OLLIE_FIRST,
            requested="in_danger",
            answers={"consent": True},
            said=frozenset({"utter_sextortion"}),
        )
    )
    assert "utter_c1_sextortion_child_now" not in [say.response for say in reading.say]


def test_sextortion_advice_has_no_gendered_word():
    for text in sendable("utter_sextortion", under_18=True) + sendable(
        "utter_young_picture_threat"
    ):
        assert "his messages" not in text and "report him" not in text

"""Round 65, helper j1: false alarms and missed safety (Moira, Mairead, Rosa, Dev)."""

from __future__ import annotations

import pytest

from bot.risk_words import IN_DANGER, detect_risk, trusted_crisis
from tests.unit.known_answers import RESPONSES, said_answer


def alarms(text: str) -> bool:
    """Whether the bot would give the 999 screen, the classifier having guessed danger."""
    return detect_risk(text) == IN_DANGER or trusted_crisis(text, IN_DANGER)


# -- Moira and Mairead: past threats and someone else's sighting are not danger now ----------


@pytest.mark.parametrize(
    "text",
    [
        "and will they get it right its ma TYRES no the windscreen. an that hes threatened me",
        "he's threatened me before but am fine the now",
        "hes threatened me",
        "he threatened me before",
        "he has been threatening me for a year",
        "she's threatened my son loads but we're fine",
        "I'd rather not say. Will my employer be told about any of this? My manager saw him "
        "outside but I didn't tell her the whole story.",
        "my manager saw him outside",
        "my friend spotted him outside the gym",
    ],
)
def test_past_threat_or_sighting_is_not_danger_now(text):
    assert not alarms(text)


@pytest.mark.parametrize(
    "text",
    [
        "he's outside now",
        "he is here",
        "he's threatening me now",
        "he is threatening me right now",
        "hes threatening me outside",
        "hes threatening me",
        "he keeps threatening me",
        "hes just threatened me",
        "hes threatened me again",
        "hes threatened me with a knife",
        "hes threatened me and im scared",
        "hes threatened to kill me before",
        "he has been threatening me for a year and hes outside now",
        "my mum just saw him outside",
        "she saw him outside again",
        "I saw him outside",
        "my neighbour saw him outside my house",
        "my friend saw him outside and hes still there",
    ],
)
def test_real_alarms_still_alarm(text):
    assert alarms(text)


# -- Rosa: tomorrow where her ex knows to find her -------------------------------------------

ROSA_SAID = [
    "Hello, sorry my english not perfect. My ex partner he come to the houses where I am "
    "cleaning and he shout at me in front of the door. I have crime number already. I want to "
    "ask about restraining order",
]


@pytest.mark.parametrize(
    "text",
    [
        "now I am home, is ok. but tomorrow I work in Fulham and he know this house. What is DA?",
        "tomorrow I work in Fulham and he know this house",
        "tomorrow i clean at that house again and he knows this house",
        "on friday i clean there again and he knows where i work",
    ],
)
def test_rosa_gets_a_safety_plan_for_tomorrow(text):
    assert said_answer(text, None, ROSA_SAID, consent=True) == "utter_j1_safety_plan_tomorrow"


def test_rosa_also_told_what_da_is():
    from tests.unit.known_answers import answer_in_conversation

    said = answer_in_conversation(
        "now I am home, is ok. but tomorrow I work in Fulham and he know this house. What is DA?",
        None,
        ROSA_SAID,
        consent=True,
    )
    assert said is not None and said.response == "utter_j1_safety_plan_tomorrow"
    assert [then.response for then in said.then] == ["utter_what_da_means"]
    assert "999" in RESPONSES["utter_j1_safety_plan_tomorrow"][0]["text"]
    assert "55" in RESPONSES["utter_j1_safety_plan_tomorrow"][0]["text"]


@pytest.mark.parametrize(
    ("text", "crime_type", "said"),
    [
        # A burglary: the burglar knowing the house is not a partner's plan to find her.
        ("they know the house now, will they come back tomorrow?", "burglary", []),
        # A partner, but no day to come.
        ("he knows this house", "domestic_abuse", ROSA_SAID),
        # A day to come, nothing of him knowing the place.
        ("tomorrow I work in Fulham", "domestic_abuse", ROSA_SAID),
        # Danger now goes to the 999 screen, not a plan for tomorrow.
        ("tomorrow i work there and he knows the house. hes outside now", "domestic_abuse", []),
    ],
)
def test_safety_plan_tomorrow_not_for_others(text, crime_type, said):
    assert said_answer(text, crime_type, said, consent=True) != "utter_j1_safety_plan_tomorrow"


# -- Mairead: not forced marriage, and not living with him -----------------------------------

MAIREAD_SAID = [
    "Hi. I'm on my break at work so I haven't long. My ex has been sending me texts, nasty ones, "
    "saying I'll regret leaving and he knows where I am. Last Tuesday he turned up at my work in "
    "Ealing and stood outside the door for about an hour. I don't know what to do.",
    "He's not abroad, what are you on about? He lives in Hanwell, he was stood outside my work "
    "last week.",
]


def test_mairead_not_forced_marriage_gets_no_kitchen():
    text = "No. Look I've 10 minutes left of my break. I said NOT forced marriage. Can you please "
    text += "just get it right."
    got = said_answer(text, "stalking_harassment", MAIREAD_SAID, consent=True, age=50.0)
    # round 65 J3's answer, merged beside this one, takes it off her notes and list too
    assert got in ("utter_j1_not_forced_marriage_apart", "utter_j3_not_honour_or_marriage")
    assert "kitchen" not in RESPONSES[got][0]["text"]


def test_not_forced_marriage_living_with_him_keeps_the_kitchen_plan():
    said = ["my husband hits me and i still live with him"]
    got = said_answer("its not forced marriage", "domestic_abuse", said, consent=True)
    assert got == "utter_v1_not_forced_marriage"


def test_not_forced_marriage_with_nothing_said_of_living_apart():
    got = said_answer(
        "nobodys making me marry anyone lol. hes just a prick", None, [], consent=True
    )
    assert got == "utter_v1_not_forced_marriage"


# -- Dev: "im sorting it myself" ---------------------------------------------------------------

DEV_SAID = [
    "my daughters 14 and i just found messages on her phone from a grown man. hes been talking "
    "to her for weeks and she's meant to be meeting him on saturday. what do i do",
]


@pytest.mark.parametrize(
    "text",
    [
        "no not yet only found it an hour ago. will they actually do anything or will they just "
        "take a statement and thats it. cos if they dont im sorting it myself",
        "if the police dont do nothing ill deal with him myself",
        "im going round there myself",
        "ill sort him out",
        "i'll take matters into my own hands",
        "ill find him myself",
    ],
)
def test_dev_is_told_not_to_confront_him(text):
    assert said_answer(text, "sexual_offence", DEV_SAID, consent=True, for_child=True) == (
        "utter_j1_dont_confront_child"
    )


@pytest.mark.parametrize(
    "text",
    [
        "if the police wont do anything ill deal with him myself",
        "im gonna sort the guy out myself",
        "if they dont charge him im sorting it myself",
    ],
)
def test_anyone_else_is_told_not_to_confront(text):
    said = ["a lad punched me outside the pub on saturday"]
    assert said_answer(text, "assault", said, consent=True) in (
        "utter_j1_dont_confront_yourself",
        "utter_t1_dont_retaliate",  # round 49: "im gonna sort it myself"
        "utter_j2_dont_go_round",  # round 41: "go round there and sort him out myself"
    )


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("im sorting out my bank cards myself", "fraud"),
        ("its fine im sorting it myself with the bank", "fraud"),
        ("ill deal with the insurance myself", "burglary"),
        ("im sorting it myself, the locksmith comes tomorrow to fix the door", "burglary"),
        ("i sorted him out a lift home", "assault"),
    ],
)
def test_sorting_things_is_not_confronting(text, crime_type):
    got = said_answer(text, crime_type, [], consent=True)
    assert got not in ("utter_j1_dont_confront_yourself", "utter_j1_dont_confront_child")


@pytest.mark.parametrize(
    "name",
    [
        "utter_j1_safety_plan_tomorrow",
        "utter_j1_not_forced_marriage_apart",
        "utter_j1_dont_confront_child",
        "utter_j1_dont_confront_yourself",
    ],
)
def test_answers_are_one_short_message(name):
    texts = RESPONSES[name]
    assert len(texts) == 1 and len(texts[0]["text"]) <= 320

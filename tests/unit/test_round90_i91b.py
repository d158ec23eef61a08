"""Round 91, helper i91b: round 90's Dennis (60, his son Lee stabbed to death, trial in March)
asked four times who writes the Victim Personal Statement and was never told; Mavis (84, her
grandson's friend Dean took £600 with her card, her neighbour June types for her)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import answer_in_conversation, sendable

DENNIS_SAID = [
    "hello. my son was killed in october. stabbed. the police family liaison woman said i should "
    "look for support. i dont really know what this is",
    "i know what the FLO is, shes been round. i meant what is this. yes ok keep it",
    "no im not in danger. its my son Lee. he was 40. they stabbed him outside a pub in romford",
    "60",
    "havering. hornchurch. the trial is in the spring, march they said. what actually happens at "
    "the trial? do i have to stand up and speak",
    "two lads. lee didnt know them. theyve both been charged with murder and they're on remand",
]
DENNIS = {"bereaved": True, "age": 60.0, "borough": "Havering"}


# 1. Dennis: who writes the VPS, asked four times.


@pytest.mark.parametrize(
    "text",
    [
        "no. not sleeping much thats all. whats a VPS, the FLO keeps saying it. do i write it or "
        "does she",
        "i wasnt there so i dont think im giving evidence am i? but you didnt say who writes it. "
        "me or the FLO",
        "help with court. and someone to talk to i suppose, my wife wont talk about it. third "
        "time, who writes the VPS",
        "the victim personal statement. do i write it myself or does the police officer write it",
    ],
)
def test_who_writes_the_vps(text):
    said = [*DENNIS_SAID, "no. not sleeping much thats all. whats a VPS, the FLO keeps saying it."]
    got = answer_in_conversation(text, "homicide", said, **DENNIS)
    assert got is not None
    assert got.response == "utter_who_writes_the_vps"
    (reply,) = sendable("utter_who_writes_the_vps")
    assert "writes down" in reply and len(reply) <= 320


@pytest.mark.parametrize(
    "text",
    [
        "who writes the witness statement, me or the police?",
        "do i write it down in a diary or something",
        "who writes the VPS? he was sentenced last year and the parole hearing is soon",
    ],
)
def test_who_writes_the_vps_stays_narrow(text):
    got = answer_in_conversation(text, "homicide", DENNIS_SAID, **DENNIS)
    assert got is None or got.response != "utter_who_writes_the_vps"


# 2. Mavis: "will Dean go to prison", never answered; and the refund promised for a lent card.

MAVIS_SAID = [
    "June here, I'm Mavis's neighbour, I'm typing for her. Mavis says her grandsons friend "
    "borrowed her bank card and took £600 out, she didn't say he could take that much",
    "I read it out to her, she says yes thats alright",
    "Yes. She said yes. (she's a bit deaf so phone calls aren't good for her)",
    "No she's safe, she's at home with me. The boy hasn't been back since. Mavis says it was on "
    "the Tuesday, no wait she thinks it was the week before last. Her pension went in and then "
    "it was gone",
    "I said at the start, her grandson's friend Dean took her bank card and got £600 out of the "
    "cash machine. She did give him the card to get her some shopping, £20, but not £600",
]
MAVIS_PRISON = (
    "No not yet. Mavis is worried, if she tells the police will Dean go to prison? She doesn't "
    "want to upset her grandson Kyle. And will the bank give her money back?"
)


@pytest.mark.parametrize("crime_type", ["fraud", "theft"])
def test_will_dean_go_to_prison_then_the_bank(crime_type):
    got = answer_in_conversation(MAVIS_PRISON, crime_type, MAVIS_SAID)
    assert got is not None
    assert got.response == "utter_i91b_prison_not_promised"
    assert [also.response for also in got.then] == ["utter_i91b_card_lent"]
    (reply,) = sendable("utter_i91b_prison_not_promised")
    assert "Nobody can promise" in reply and len(reply) <= 320


def test_you_didnt_say_about_dean_going_to_prison():
    text = (
        "She's 83. No sorry she says 84, she had her birthday in March. You didn't say about "
        "Dean going to prison, she's very worried about that"
    )
    got = answer_in_conversation(text, "fraud", [*MAVIS_SAID, MAVIS_PRISON])
    assert got is not None and got.response == "utter_i91b_prison_not_promised"
    assert got.then == ()


@pytest.mark.parametrize(
    "text",
    [
        "can i go to jail for this",
        "am i going to prison if he says i stole it",
        "how long will he go to prison for",
        "i want him to go to prison",
    ],
)
def test_prison_answer_stays_narrow(text):
    got = answer_in_conversation(text, "fraud", MAVIS_SAID[:1])
    assert got is None or got.response != "utter_i91b_prison_not_promised"


def test_prison_answer_not_once_charged():
    said = ["he was arrested and charged last week"]
    got = answer_in_conversation("will he go to prison?", "assault", said)
    assert got is None or got.response != "utter_i91b_prison_not_promised"


def test_lent_card_refund_not_promised():
    text = (
        "Court!? She doesn't want to go to court, she can't hear properly in places like that. "
        "She just wants her money back"
    )
    got = answer_in_conversation(text, "fraud", MAVIS_SAID)
    assert got is not None and got.response == "utter_i91b_card_lent"
    (reply,) = sendable("utter_i91b_card_lent")
    assert "usually refunded" not in reply and "isn't certain" in reply and len(reply) <= 320


def test_stolen_card_keeps_the_refund_answer():
    said = ["a courier said he was from the bank and I gave him my card, then £900 went"]
    got = answer_in_conversation("will the bank give me my money back?", "fraud", said)
    assert got is None or got.response != "utter_i91b_card_lent"


# 3. Mavis: questions asked again after June had answered them.


def test_consent_read_out_to_her():
    from actions.answers import read_answer

    assert read_answer("consent", "I read it out to her, she says yes thats alright").value is True
    assert read_answer("consent", "she says yes but only by text?").value is not True


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "She's 83. No sorry she says 84, she had her birthday in March. You didn't say about "
            "Dean going to prison, she's very worried about that",
            84.0,
        ),
        ("im 40. no sorry 41", 41.0),
        ("shes 83", 83.0),
    ],
)
def test_age_put_right_in_the_same_message(text, age):
    from actions.answers import read_answer

    assert read_answer("age", text).value == age


# 4. Mavis: June's phone, "will they know its me June texting and not Mavis?".


def test_they_know_its_june_texting():
    said = [
        *MAVIS_SAID,
        "yes its safe, text my phone 07700 900218, that's June's phone not Mavis's",
    ]
    text = "thank you. will they know its me June texting and not Mavis? so they dont get confused"
    got = answer_in_conversation(text, "fraud", said, consent=True)
    assert got is not None and got.response == "utter_i91b_helper_phone_noted"
    (reply,) = sendable("utter_i91b_helper_phone_noted")
    assert len(reply) <= 320
    # Nothing kept: not this answer.
    got = answer_in_conversation(text, "fraud", said, consent=False)
    assert got is None or got.response != "utter_i91b_helper_phone_noted"

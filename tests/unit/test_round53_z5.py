"""Round 53, helper Z5: "more than once" read from counts of the person's own visits and calls,
other people's experiences and the bot's messages (Mick, Yuki, Tariq, Liam); Mick's threat to
the attacker at the danger question, who to ring and support for the family; Yuki's stolen
passport; Tariq's recovery firm; Adaeze's Instagram messages; Nasser going round for the money."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_answer
from actions.reading import Turn, corrections, read_turn, repetition_told
from bot.risk_words import detect_risk, trusted_crisis
from tests.unit.known_answers import answer

MICK_HOSPITAL = (
    "the compensation thing. can i claim for the work im missing, im self employed, cabbie, been "
    "at the hospital every day"
)
YUKI_BARISTA = (
    "Not yet. I was not sure if it is worth it. The barista said it happens every day there. "
    "Should I report it? I think I need a crime reference number for my embassy maybe?"
)
TARIQ_CALLED = (
    "I've already called them obviously, 3 times. They say because I sent it to my own Coinbase "
    "account first its not covered. Is that right??"
)
LIAM_BOT = "mate youve said that 3 times. do i NEED a solicitor for cica yes or no"
NOT_REPEATS = [
    MICK_HOSPITAL,
    YUKI_BARISTA,
    TARIQ_CALLED,
    LIAM_BOT,
    "i visit him every day",
    "ive rung the police 4 times",
    "my neighbour said it happens all the time round here",
    "you keep saying the same thing",
]
REPEATS = [
    "he's done it 3 times",
    "every day he waits outside",
    "he has hit me 3 times",
    "he messages me every day",
    "hes been outside every day",
    "they did it every day",
    "he keeps coming round, ive rung the police 4 times",
    "we have been to the police every time he turns up",
]


@pytest.mark.parametrize("text", NOT_REPEATS)
def test_counts_of_other_things_are_not_repeats(text: str) -> None:
    assert read_account(text).repeat is not True
    assert not repetition_told([text])


@pytest.mark.parametrize("text", REPEATS)
def test_real_repeats_still_are(text: str) -> None:
    assert read_account(text).repeat is True
    assert repetition_told([text])


@pytest.mark.parametrize(("text", "crime"), [(MICK_HOSPITAL, "assault"), (LIAM_BOT, "assault")])
def test_once_on_record_is_not_changed(text: str, crime: str) -> None:
    answers = {"consent": True, "crime_type": crime, "repeat_victimisation": False}
    assert "repeat_victimisation" not in corrections(text, answers)
    assert corrections("he's done it 3 times", answers).get("repeat_victimisation") is True


@pytest.mark.parametrize(
    ("text", "requested"),
    [(TARIQ_CALLED, "reported_to_police"), (YUKI_BARISTA, "reported_to_police")],
)
def test_not_noted_as_repeat_at_other_questions(text: str, requested: str) -> None:
    turn = Turn(
        text=text,
        intent="inform",
        requested=requested,
        answers={"consent": True, "crime_type": "theft"},
        asked={},
    )
    assert "repeat_victimisation" not in read_turn(turn).slots


def test_repeat_question_answers() -> None:
    assert read_answer("repeat_victimisation", "ive called the bank 3 times").value is None
    assert read_answer("repeat_victimisation", "youve asked me that 3 times").value is None
    assert read_answer("repeat_victimisation", "yes hes done it 3 times").value is True
    assert (
        read_answer("repeat_victimisation", "no but ive been at the hospital every day").value
        is False
    )


MICK_DANGER = (
    "im not the one in danger mate, the little scumbag who did it will be if i find him first"
)


def test_mick_not_in_danger_gets_no_revenge_answer() -> None:
    assert not trusted_crisis(MICK_DANGER, "in_danger")
    assert detect_risk(MICK_DANGER) is None
    turn = Turn(
        text=MICK_DANGER,
        intent="inform",
        requested="in_danger",
        answers={"consent": True},
        asked={},
    )
    reading = read_turn(turn)
    assert reading.slots.get("in_danger") is False
    assert [say.response for say in reading.say] == ["utter_z5_dont_go_after_him"]
    assert answer("ill kill him if i find him", "assault") == "utter_z5_dont_go_after_him"
    assert answer("ill kill him if i find him", "homicide") == "utter_r7_revenge"


@pytest.mark.parametrize(
    "text",
    [
        "no hes fit as a fiddle, plays football. or he was. they said he might lose a kidney. but "
        "who do i actually ring? i havent even got a name of the copper",
        "thats not what i asked. his NAME. and how do i get the detectives number",
        "how do i get the officers number",
    ],
)
def test_who_to_ring(text: str) -> None:
    assert answer(text, "assault") == "utter_z5_who_to_ring"


def test_family_support() -> None:
    text = "what about me and his mum tho. is there anything for us or is it all just for him"
    assert answer(text, "assault") == "utter_z5_family_support"
    assert answer("is there any support for the family", "assault") == "utter_z5_family_support"


@pytest.mark.parametrize(
    "text",
    [
        "No, I do not think so. I am very worried about my visa. My BRP card was also in the bag, "
        "and my passport. Can I still stay in the UK legally? What should I do about the passport?",
        "No. But please, can you tell me about the passport? I have to travel home in March.",
        "Can these services help with the passport? Should I contact the Japanese Embassy or the "
        "Home Office first?",
    ],
)
def test_stolen_passport(text: str) -> None:
    assert answer(text, "theft") == "utter_z5_stolen_passport"


def test_passport_kept_is_not_stolen_passport() -> None:
    said = answer("my boss keeps my passport, what should i do", "human_trafficking")
    assert said != "utter_z5_stolen_passport"
    said = answer("my husband has my passport, what should i do about the passport", None)
    assert said != "utter_z5_stolen_passport"


def test_recovery_firm() -> None:
    text = (
        "no. Look, a firm called me yesterday saying they're specialists in crypto recovery, "
        "they can trace it for a £2,500 fee. Is that legit?"
    )
    assert answer(text, "fraud") == "utter_recovery_fee"


@pytest.mark.parametrize(
    "text",
    [
        "can the police actually stop the instagram messages??",
        "english. and the instagram messages? can police stop him",
    ],
)
def test_police_stop_messages(text: str) -> None:
    assert answer(text, "stalking_harassment") == "utter_z5_police_stop_messages"


def test_go_round_for_the_money() -> None:
    text = "No. Should I go round to his flat and get the money back? I have his address"
    assert answer(text, "assault") == "utter_z5_dont_go_for_the_money"


@pytest.mark.parametrize(
    "text",
    [
        "who do i call if he comes back",
        "can the police stop him coming round",
        "do i get support as well or is it just for him",
        "no",
        "yes",
        "a stranger",
    ],
)
def test_other_messages_not_taken(text: str) -> None:
    said = answer(text, "assault")
    assert said is None or not said.startswith("utter_z5_")

"""Round 52, helper Y5: Patrick (son killed by a driver), Owen (carer rough and taking money),
Sunita (shop owner threatened with a bottle)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import RESPONSES, answer, answer_in_conversation

OWEN_SAID = [
    "Hi. Not sure if this is the right place. I think my carer is stealing from me",
    "no. its not just the money tbh. im a wheelchair user and she does my transfers and shes been "
    "really rough, like yanking my arm and dropping me into the chair. ive got bruises on my arm.",
]
SUNITA_SAID = [
    "shoplifting. i have a corner shop in hounslow and they come in and take stuff all the time. "
    "last week i said something to one guy and he picked up a bottle and said he would smash it "
    "on my head",
]


@pytest.mark.parametrize(
    "text",
    [
        "What happens at court, will there even be a trial",
        "bad back from the building, thats all. you didnt answer me. will there be a trial or not",
        "And what happens if he pleads not guilty",
        "Right. Now tell me straight. If he says not guilty what happens. Is there a jury. "
        "How long does it take",
        "ok. last time. what actually happens at the court. walk me through it. I never been in a "
        "court in my life",
        "is there going to be a jury?",
    ],
)
def test_patrick_court_steps(text: str) -> None:
    assert answer(text, "homicide", bereaved=True) == "utter_y5_court_steps"


def test_patrick_flo_and_plea_both_answered() -> None:
    said = answer_in_conversation(
        "Information. We had a liaison officer at the start, a woman, Sharon I think, but I havent "
        "heard from her in weeks. Who is meant to keep me informed. And what happens if he pleads "
        "not guilty",
        "homicide",
        [],
        bereaved=True,
    )
    assert said is not None
    names = {said.response, *(then.response for then in said.then)}
    assert "utter_y5_court_steps" in names


@pytest.mark.parametrize(
    "text",
    [
        "when is the trial, what happens",  # Sean, round 44: the dates answer
        "whos meant to tell us when the trial is",
    ],
)
def test_trial_dates_still_n7(text: str) -> None:
    assert answer(text, "homicide", bereaved=True) == "utter_n7_bereaved_trial_dates"


@pytest.mark.parametrize(
    "text",
    ["what if i plead not guilty?", "i was arrested, what happens at court?", "yes", "no"],
)
def test_court_steps_not_for_the_accused_or_answers(text: str) -> None:
    assert answer(text, "assault") != "utter_y5_court_steps"


@pytest.mark.parametrize(
    "text",
    [
        "English. I dont have any caseworker. Nobody gave me one",
        "Islington. Did you hear me, I have no caseworker",
        "what caseworker?",
    ],
)
def test_patrick_no_caseworker(text: str) -> None:
    assert answer(text, "homicide", bereaved=True) == "utter_y5_no_caseworker"


def test_flo_answer_assumes_no_caseworker() -> None:
    assert "caseworker" not in RESPONSES["utter_flo_not_calling"][0]["text"]


@pytest.mark.parametrize(
    "text",
    [
        "33. is it actually a crime tho? the rough stuff i mean. she'd say its just moving me",
        "yes few times with the wallet, 20 here 40 there. but what about the rough handling, is "
        "that a crime or am i overreacting",
    ],
)
def test_owen_rough_handling(text: str) -> None:
    said = answer_in_conversation(text, "theft", OWEN_SAID)
    assert said is not None and said.response == "utter_y5_carer_rough_handling"


def test_rough_handling_needs_a_carer() -> None:
    said = answer_in_conversation(
        "is it a crime? he was rough with me", "domestic_abuse", ["my boyfriend pushed me"]
    )
    assert said is None or said.response != "utter_y5_carer_rough_handling"


@pytest.mark.parametrize(
    "text",
    [
        "its both. the money AND the rough stuff. my main worry is if i tell anyone the agency "
        "will just stop coming and then who gets me out of bed? i live on my own",
        "if i tell the council will they leave me with no carer? thats what im scared of. i "
        "literally cant get up without someone",
        "before i say yes. if the safeguarding people get involved do i still get care? like does "
        "someone else come instead or am i just stuck",
    ],
)
def test_owen_keeps_his_care(text: str) -> None:
    assert answer(text, "theft") == "utter_care_goes_on"


def test_owen_not_asb() -> None:
    assert answer("what? its not anti social behaviour, its my carer. english", "theft") != (
        "utter_council_asb"
    )
    assert answer("can the council asb team help with my neighbours?", "stalking_harassment") == (
        "utter_council_asb"
    )


@pytest.mark.parametrize(
    "text",
    [
        "ok. but honestly whats the point. will the police actually come out for a bottle threat "
        "or do i just get another crime number",
        "i didnt ask about insurance. i asked will the police do something about the man with the "
        "bottle",
        "i already reported it!! crime number and everything. nobody came. thats my question. do "
        "they have to investigate or not",
        "i rang 101 loads of times. they give me a crime number and thats it. never hear back. "
        "will the police ever actually do anything??",
    ],
)
def test_sunita_weapon_threat(text: str) -> None:
    said = answer_in_conversation(text, "theft", SUNITA_SAID)
    assert said is not None and said.response == "utter_y5_weapon_threat_police"


def test_police_question_without_a_threat_unchanged() -> None:
    said = answer_in_conversation(
        "will the police ever actually do anything??", "burglary", ["they broke in at night"]
    )
    assert said is None or said.response != "utter_y5_weapon_threat_police"


def test_texts_fit() -> None:
    for name in (
        "utter_y5_court_steps",
        "utter_y5_no_caseworker",
        "utter_y5_carer_rough_handling",
        "utter_y5_weapon_threat_police",
    ):
        assert len(RESPONSES[name][0]["text"]) <= 320


def test_owen_carer_not_robbery() -> None:
    from actions.reading import Turn, read_turn

    answers = {
        "account_details": ["carer"],
        "crime_type": "theft",
        "relationship_to_offender": "someone_known",
    }
    reading = read_turn(
        Turn(
            text="maybe? dunno. she probably thinks i wont say anything cos im in a chair and i "
            "need her. you keep talking about the money, im asking about her hurting me",
            requested="hate_crime",
            answers=answers,
            asked={"hate_crime": 1},
        )
    )
    assert reading.slots.get("crime_type") != "robbery"


def test_pushed_while_wallet_stolen_still_robbery() -> None:
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(
            text="he pushed me to the ground",
            requested="relationship_to_offender",
            answers={"crime_type": "theft"},
            asked={"relationship_to_offender": 1},
        )
    )
    assert reading.slots.get("crime_type") in ("robbery", None)

"""Round 63, helper I1: false alarms and danger (Nadia, Zainab, Sharon, Olga, Kwame, Marek,
Edith)."""

from __future__ import annotations

import pytest

from actions.dialogue import ActionResumeAssessment
from actions.reading import Turn, read_turn
from bot.risk_words import detect_risk, mentions_self_harm, trusted_crisis
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import RESPONSES, said_answer

NADIA = (
    "salaam. i need help quick. my husband say he will take my children to somalia and i never "
    "see them. he is sleeping now. if he wake up i have to stop"
)


# 1. Nadia: someone else waking up is not a thought of suicide.
@pytest.mark.parametrize(
    "text",
    [NADIA, "he is asleep, if he wakes up i have to go", "before the baby wakes up can i ask"],
)
def test_someone_else_waking_up_is_not_suicide(text):
    assert not trusted_crisis(text, "self_harm")
    assert not mentions_self_harm(text)
    assert detect_risk(text) != "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to wake up tomorrow",
        "i hope i dont wake up",
        "if he wakes up i want to die",
        "sometimes i wish i wouldnt wake up",
    ],
)
def test_own_wish_not_to_wake_up_still_alarms(text):
    assert trusted_crisis(text, "self_harm") or mentions_self_harm(text)


# 2. Sharon: the daughter arriving to type is not danger; "hes here" still is.
@pytest.mark.parametrize(
    "text",
    ["hang on shes here she wants to type herself", "shes here now she wants to talk to you"],
)
def test_the_person_arriving_to_type_is_not_danger(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger")


@pytest.mark.parametrize(
    "text",
    [
        "he's here",
        "hes here now",
        "shes here",
        "hang on hes here",
        "my sister is ringing 999 he is kicking the door",
        "shes here she wants to hurt me",
    ],
)
def test_real_danger_still_alarms(text):
    assert detect_risk(text) == "in_danger"


# 2. Zainab: ringing "them" (the maternity unit) while paused for the baby.
def _paused(text, last, in_danger=True):
    return make_tracker(
        slots={"in_danger": in_danger, "crime_type": "domestic_abuse", "consent": True},
        text=text,
        intent="inform",
        requested_slot=None,
        active_loop=None,
        sent=["utter_ask_in_danger", last],
    )


ZAINAB = (
    "ok my sister is ringing them now. what do i tell them about how i fell? i dont want social "
    "services involved"
)


def test_ringing_the_maternity_unit_is_not_a_999_call(dispatcher, domain):
    ActionResumeAssessment().run(dispatcher, _paused(ZAINAB, "utter_baby_moving_less"), domain)
    said = responses(dispatcher)
    assert "utter_l2_on_the_line_to_999" not in said
    assert "utter_danger_steps" not in said


def test_ringing_them_while_paused_for_the_baby_gets_the_calm_reply(dispatcher, domain):
    text = "ok my sister is ringing them now"
    ActionResumeAssessment().run(dispatcher, _paused(text, "utter_baby_moving_less"), domain)
    assert responses(dispatcher)[-1] == "utter_i1_ringing_for_the_baby"


def test_ringing_them_after_danger_is_still_the_999_line(dispatcher, domain):
    text = "my sister is ringing them now"
    ActionResumeAssessment().run(dispatcher, _paused(text, "utter_when_safe"), domain)
    assert responses(dispatcher)[-1] == "utter_l2_on_the_line_to_999"


# 3. Olga: "not sure" with him said to be out.
def _danger_reply(text, said_before, said=frozenset({"utter_emergency"})):
    return read_turn(
        Turn(
            text=text,
            intent="inform",
            requested="in_danger",
            answers={"consent": True, "crime_type": "modern_slavery", "said": said_before},
            said=frozenset(said),
        )
    )


OLGA_BEFORE = [
    "ok. but is this crime? he also keep my ID card, he say he give back when I finish. I cannot "
    "leave",
    "He not hit me. I sleep in small room in his house, he is out now. If I go to police, they "
    "take my visa? I have settled status",
]


def test_olga_not_sure_with_him_out_is_not_told_to_call_999_now():
    text = (
        "not sure. but I have settled status, EU. it is ok yes? he say he call Home Office if I "
        "make problem"
    )
    reading = _danger_reply(text, OLGA_BEFORE)
    said = [say.response for say in reading.say]
    assert "utter_danger_steps" not in said
    assert not reading.pause


@pytest.mark.parametrize(
    "text,before",
    [
        ("not sure", ["he is out now", "hes back now and shouting"]),
        ("idk hes coming", ["he is out now"]),
        ("not sure. he says he will kill me", ["he is out now"]),
        ("idk im home alone. what do i do", ["hes on his way"]),
        ("not sure", ["he got released from prison last week, he is out now"]),
    ],
)
def test_not_sure_with_him_back_or_danger_still_gets_the_steps(text, before):
    reading = _danger_reply(text, before)
    said = [say.response for say in reading.say]
    assert "utter_danger_steps" in said or "utter_emergency" in said or reading.pause


# 4. Kwame: his knife-robbed bike moving on its tracker.
KWAME_SAID = [
    "yo 2 man on a moped just jacked my ebike in peckham, had a shank out. i need that bike for "
    "work fam",
    "nah they gone. im outside the chicken shop on rye lane. bike had a tracker on the app tho, "
    "its showing it near old kent rd rn",
]


@pytest.mark.parametrize(
    "text",
    [
        "yo did u not read that, its moving rn. who do i call",
        "its moving right now who should i call",
        "its still moving. what do i do",
    ],
)
def test_kwame_moving_bike_gets_999_and_do_not_go(text):
    got = said_answer(text, "robbery", KWAME_SAID, account_details=["weapon"], consent=True)
    assert got == "utter_r2_tracker_armed_robbery"


def test_moving_without_a_robbery_just_now_is_not_this_answer():
    said = ["my bike was nicked from outside work last month", "it had a tracker on it"]
    got = said_answer("its moving rn. who do i call", "theft", said, consent=True)
    assert got != "utter_r2_tracker_armed_robbery"


def test_moving_bus_is_not_this_answer():
    got = said_answer(
        "the bus is moving, who do i call about my lost bag", "theft", ["my bag"], consent=True
    )
    assert got != "utter_r2_tracker_armed_robbery"


# 5. Marek: back tonight to the house of the one who hit him.
MAREK = (
    "now i am in work. he is not here now. but tonight i go back to house, he come there. is his "
    "house, we are 9 people"
)


@pytest.mark.parametrize(
    "text",
    [MAREK, "tonight i have to go back to his flat", "i must go back tonight, he lives there"],
)
def test_marek_gets_a_plan_for_tonight(text):
    reading = _danger_reply(text, [], said=frozenset())
    assert "utter_i1_back_with_them_tonight" in [say.response for say in reading.say]


@pytest.mark.parametrize(
    "text", ["no im safe, im going back to my mums tonight", "no. i go back home tonight"]
)
def test_going_home_safe_is_not_the_plan(text):
    reading = _danger_reply(text, [], said=frozenset())
    assert "utter_i1_back_with_them_tonight" not in [say.response for say in reading.say]


# 5. Edith: a night carer in her care home.
EDITH_SAID = [
    "My name is Edith, I am 91 and in a care home. One of the night carers was rough with me",
    "that woman is still on nights",
]
EDITH = (
    "What shall I do if she is on tonight and comes to get me up? I can't see the buttons very "
    "well on the phone to ring anyone"
)


@pytest.mark.parametrize(
    "text", [EDITH, "what should i do if she is working tonight", "what do i do if hes on tonight"]
)
def test_edith_gets_the_care_home_plan(text):
    got = said_answer(text, "assault", EDITH_SAID, consent=True, age=91.0)
    assert got == "utter_i1_care_home_carer_tonight"


@pytest.mark.parametrize(
    "text,said",
    [
        ("what shall i do if she is on tonight", ["my ex keeps texting me"]),
        (
            "he said he is coming round tonight what do i do",
            ["my ex texts he will kill me", "the carers come in the morning"],
        ),
    ],
)
def test_not_the_care_home_plan_for_others(text, said):
    assert said_answer(text, "stalking_harassment", said, consent=True) != (
        "utter_i1_care_home_carer_tonight"
    )


def test_new_responses_fit_in_one_message():
    for name in (
        "utter_i1_ringing_for_the_baby",
        "utter_i1_back_with_them_tonight",
        "utter_i1_care_home_carer_tonight",
    ):
        assert len(RESPONSES[name][0]["text"]) <= 320

"""Round 43, helper M3: Femi (38, punched by a stranger outside a bar last night, hit back) and
Claire (31, stalked by an ex-colleague who waits in her work car park).

- Femi got the 999 lines twice for a past assault and a question about self-defence, the
  privacy notice for "why do you keep asking if im in danger??", nothing for his jaw until the
  third time, and "I can't answer" for reporting first, a solicitor, and compensation after
  hitting back.
- Claire got the next question for "I need to get to my car tonight", advice for halls for
  "what if he comes back when I leave at 6", only the hand-off while on the phone to 999 and
  after the police came, nothing on harassment or stalking, and a list of services for "will it
  be the stalking service that calls me?".

Each test quotes their message as written; other wordings are answered too; ordinary messages
must not get the new answers.
"""

from __future__ import annotations

import pytest

from actions.dialogue import ActionHandoff, ActionShowDetails, ActionWhileWaiting
from actions.reading import Turn, read_turn
from bot.risk_words import detect_risk
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    RESPONSES,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sources_above,
)

NEW = [name for name in RESPONSES if name.startswith("utter_m3_")]
FEMI = {"age": 38, "relationship_to_offender": "stranger", "reported_to_police": False}
CLAIRE = {
    "age": 31,
    "relationship_to_offender": "acquaintance",
    "reported_to_police": True,
    "repeat_victimisation": True,
    "borough": "Barnet",
}


def test_there_are_seven_new_answers():
    assert len(NEW) == 7


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 43, helper M3")
    assert "SOURCES" in sources_above(name)


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Femi: no 999 lines for last night, or for asking about self-defence -------------------


@pytest.mark.parametrize(
    "said",
    [
        "Evening. Got punched outside a bar in Borough last night by some bloke I've never seen "
        "before. I hit him back. Now I'm worried I'm the one who'll get done for it",
        "No not yet. That's the thing tho - if I report it do they arrest me as well? Is hitting "
        "back self defence or not?",
        "some guy hit me on saturday and i punched him back now im scared ill be arrested",
        "is hitting back a crime if he swung first?",
        "why do you keep asking if im in danger?? I told you I'm at home. Safe",
    ],
)
def test_a_past_fight_or_a_self_defence_question_is_not_danger_now(said):
    assert detect_risk(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "hes back now and hes hitting me",
        "he is hitting me right now",
        "my ex is back outside my flat now",
        "he's outside now, I'm calling 999",
        "I hit him back and now hes outside my door",
    ],
)
def test_danger_now_is_still_danger(said):
    assert detect_risk(said) == "in_danger"


@pytest.mark.parametrize(
    "said",
    [
        "why do you keep asking if im in danger?? I told you I'm at home. Safe",
        "why do u keep asking am i safe",
        "stop asking if im in danger, im fine",
    ],
)
def test_why_do_you_keep_asking_about_danger_is_answered(said):
    assert answer(said, "assault", **FEMI) == "utter_m3_why_asked_about_danger"


def test_what_is_kept_still_gets_the_privacy_answer():
    assert answer("what do you keep about me?", "assault", **FEMI) == "utter_what_we_keep"


# -- 2. Femi's jaw -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No never seen him before. Split my lip and my jaw is killing me tbh",
        "Nah. Should I get the jaw looked at? Does it matter for the police if I do",
        "No. Seriously tho my jaw clicks when I eat, is that bad",
        "my jaw is in agony since he punched me",
        "do i need to get my jaw checked?",
    ],
)
def test_his_jaw_gets_the_jaw_answer(said):
    assert answer(said, "assault", **FEMI) == "utter_jaw_after_a_punch"


def test_the_jaw_said_beside_an_answer_is_answered_in_the_form():
    reading = read_turn(
        Turn(
            text="No never seen him before. Split my lip and my jaw is killing me tbh",
            intent="inform",
            requested="repeat_victimisation",
            answers={"crime_type": "assault", "consent": True, **FEMI},
        )
    )
    assert reading.slots.get("repeat_victimisation") is False
    assert [say.response for say in reading.say] == ["utter_jaw_after_a_punch"]


@pytest.mark.parametrize(
    "said",
    ["my jaw is killing me, can i claim compensation for it?", "this job is killing me"],
)
def test_not_the_jaw_answer(said):
    assert answer(said, "assault", **FEMI) != "utter_jaw_after_a_punch"


# -- 3. Femi: reporting first, a solicitor, compensation after hitting back --------------------


@pytest.mark.parametrize(
    "said",
    [
        "Not scared of court no. Only scared of being the one in the dock lol. If I report it "
        "first does that help me?",
        "thats not what I asked. does it help me if I report it first, before he does? what if "
        "he says I attacked him",
        "should i go to the police before he does?",
        "what if he tells the police i started it?",
    ],
)
def test_reporting_first_is_answered(said):
    assert answer(said, "assault", **FEMI) == "utter_m3_report_first"


@pytest.mark.parametrize(
    "said",
    [
        "Not yet. Do I need a solicitor before I go to the police? dont wanna walk in and get "
        "nicked",
        "should i get a lawyer before i report it?",
        "do i need a solicitor or will i get arrested?",
    ],
)
def test_a_solicitor_before_reporting_is_answered(said):
    assert answer(said, "assault", **FEMI) == "utter_m3_solicitor_to_report"


@pytest.mark.parametrize(
    "said",
    [
        "information and compensation i guess. can I get compensation if I hit him back too?",
        "English. u didnt say if me hitting back stops the compensation",
        "does fighting back affect my cica claim?",
        "can i still claim if i was defending myself?",
    ],
)
def test_compensation_after_hitting_back_is_answered(said):
    assert answer(said, "assault", **FEMI) == "utter_m3_cica_hit_back"


def test_the_compensation_answer_is_not_the_generic_one_repeated():
    text = RESPONSES["utter_m3_cica_hit_back"][0]["text"]
    assert "reduce or refuse" in text


@pytest.mark.parametrize(
    "said",
    [
        "can I get compensation?",
        "how do i claim compensation for my injuries?",
        "i started the fight, do they give me money still?",
        "do i need a solicitor for court?",
        "38",
        "No",
        "English",
        "Yes I reported it last week",
        "should i report it?",
    ],
)
def test_ordinary_messages_do_not_get_femis_answers(said):
    assert answer(said, "assault", **FEMI) not in NEW


# -- 4. Claire: getting to her car tonight -----------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Feeling safe mainly. And I need to get to my car tonight without him there",
        "what about tonight though? what if he comes back when I leave at 6",
        "Not sure honestly. I'm at work now, I finish at 6 and I'm dreading walking to my car",
        "he might be in the car park again when i finish at 6",
        "im scared to walk to my car later",
    ],
)
def test_getting_to_her_car_tonight_is_answered(said):
    assert answer(said, "stalking_harassment", **CLAIRE) == "utter_m3_leaving_work_tonight"


def test_the_car_answer_is_said_beside_her_needs_answer():
    reading = read_turn(
        Turn(
            text="Feeling safe mainly. And I need to get to my car tonight without him there",
            intent="inform",
            requested="needs",
            answers={"crime_type": "stalking_harassment", "consent": True, **CLAIRE},
        )
    )
    assert reading.slots.get("needs") == ["safety"]
    assert [say.response for say in reading.say] == ["utter_m3_leaving_work_tonight"]


def test_how_to_be_safer_at_work_still_gets_round_42s_answer():
    said = "how can i stay safe at work? he waits in the car park"
    assert answer(said, "stalking_harassment", **CLAIRE) == "utter_l2_stalking_safer_at_work"


def test_the_car_answer_has_no_halls():
    text = RESPONSES["utter_m3_leaving_work_tonight"][0]["text"]
    assert "halls" not in text and "999" in text and "officer" in text


@pytest.mark.parametrize(
    "said",
    ["what if he turns up at my flat tonight?", "what if he comes back tonight what do i do"],
)
def test_someone_at_home_still_gets_the_turns_up_answer(said):
    assert answer(said, "stalking_harassment", **CLAIRE) == "utter_f4_stalker_turns_up"


@pytest.mark.parametrize(
    "said",
    [
        "he keeps putting notes on my car",
        "Feeling safe",
        "my car was stolen from the car park",
        "31",
        "Barnet",
    ],
)
def test_not_the_car_answer(said):
    assert answer(said, "stalking_harassment", **CLAIRE) != "utter_m3_leaving_work_tonight"
    assert answer(said, "theft", **CLAIRE) != "utter_m3_leaving_work_tonight"


# -- 5. Claire: while on the phone to 999, after the police came, harassment or stalking -------

PAUSED = ["utter_ask_hate", "utter_emergency", "utter_when_safe"]


def test_on_the_phone_to_999_read_as_asking_for_a_person_gets_the_calm_reply(dispatcher, domain):
    tracker = make_tracker(
        slots={"in_danger": True, "crime_type": "stalking_harassment", "consent": True},
        text="on the phone to them now, im in the staff room with the door shut",
        intent="human_handoff",
        active_loop=None,
        sent=PAUSED,
    )
    events = ActionHandoff().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_l2_on_the_line_to_999"]
    assert events == []


def test_asking_for_a_person_while_paused_still_gets_the_hand_off(dispatcher, domain):
    tracker = make_tracker(
        slots={"in_danger": True, "crime_type": "stalking_harassment", "consent": True},
        text="can i talk to a real person please",
        intent="human_handoff",
        active_loop=None,
        sent=PAUSED,
    )
    ActionHandoff().run(dispatcher, tracker, domain)
    assert "utter_handoff" in responses(dispatcher)


@pytest.mark.parametrize(
    "said",
    [
        "police came, he left, I'm shaking",
        "the police arrived and he ran off. im still shaking",
        "police have been, he's gone now, I'm in bits",
    ],
)
def test_police_came_and_shaking_is_acknowledged(said):
    assert answer(said, "stalking_harassment", **CLAIRE) == "utter_m3_glad_police_came"


def test_police_came_while_waiting_for_a_person_is_acknowledged_then_the_hand_off(
    dispatcher, domain
):
    tracker = make_tracker(
        slots={
            "crime_type": "stalking_harassment",
            "consent": True,
            "waiting_for_person": True,
            "handoff": "waiting",
        },
        text="police came, he left, I'm shaking",
        active_loop=None,
        sent=["utter_handoff"],
    )
    ActionWhileWaiting().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_m3_glad_police_came", "utter_while_waiting"]


@pytest.mark.parametrize(
    "said",
    [
        "No. Sorry can I ask, the police logged it as harassment but the officer today said "
        "stalking. Does that matter? What have you got down for me",
        "is stalking different from harassment?",
        "whats the difference between harassment and stalking",
    ],
)
def test_harassment_or_stalking_is_answered(said):
    assert answer(said, "stalking_harassment", **CLAIRE) == "utter_m3_harassment_or_stalking"


@pytest.mark.parametrize(
    "said",
    [
        "police came yesterday",
        "he left the company last year",
        "is it harassment?",
        "what have you got down for me",
        "The officer said I should look into a stalking protection order? What is that",
    ],
)
def test_not_claires_other_answers(said):
    got = answer(said, "stalking_harassment", **CLAIRE)
    assert got not in ("utter_m3_glad_police_came", "utter_m3_harassment_or_stalking")


def test_will_it_be_the_stalking_service_taken_for_more_says_who_contacts(dispatcher, domain):
    tracker = make_tracker(
        slots={
            "crime_type": "stalking_harassment",
            "consent": True,
            "results_shown": True,
            "assessment_done": True,
            "referral_consent": True,
            "contact_safe": True,
        },
        text="Will it be the stalking service that calls me or someone else? Thank you btw",
        intent="show_more",
        active_loop=None,
    )
    ActionShowDetails().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_referral_which_service_contacts"]

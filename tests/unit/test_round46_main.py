"""Round 46, main: a pregnant woman's baby moving less is answered at once, said or asked."""

import pytest
from conftest import make_tracker
from known_answers import answer
from test_assessment_form import FORM

from actions.questions import ANSWERED_ALONE, baby_moving_less
from core import yaml_files

PIPPA = {"consent": True, "in_danger": False, "crime_type": "domestic_abuse", "age": 31.0}


@pytest.mark.parametrize(
    "text",
    [
        "sorry im just lying here trying to feel the baby move. i havent felt much in the last "
        "couple hours. my midwife's number goes to voicemail",
        "the baby isnt moving much. what do i do if the midwife doesnt answer",
        "reduced movements. should i go to hospital",
        "baby's been kicking a bit less today i think?? should i see my midwife",
        "i cant feel the baby moving since this morning",
        "the baby hasnt moved all day",
    ],
)
def test_a_baby_moving_less_gets_the_maternity_unit_now(text):
    assert baby_moving_less(text)
    assert answer(text, "domestic_abuse", age=31.0) == "utter_baby_moving_less"
    assert "utter_baby_moving_less" in ANSWERED_ALONE


@pytest.mark.parametrize(
    "text",
    [
        "the baby is fine, she was kicking all night",
        "he said he would take the baby and move abroad",
        "my baby was moving house with me when he turned up",
        "i felt so scared when he moved towards me",
        "we havent moved house yet",
    ],
)
def test_other_words_about_a_baby_or_moving_are_not(text):
    assert not baby_moving_less(text)


async def test_said_at_the_referral_question_it_is_answered_not_missed(dispatcher, domain):
    # It got "Sorry, I didn't catch that. You can answer yes or no".
    tracker = make_tracker(
        slots={**PIPPA, "results_shown": True},
        text="sorry im just lying here trying to feel the baby move. i havent felt much in the "
        "last couple hours. my midwife's number goes to voicemail",
        intent="inform",
        requested_slot="referral_consent",
    )
    await FORM.run(dispatcher, tracker, domain)
    assert "utter_baby_moving_less" in [m.get("response") for m in dispatcher.messages]


# Said in the middle of the questions, the form paused (it returned no next question), and
# action_finish_assessment then sent the result and "we won't pass your details on", as if the
# questions were over: the pause was not in the list the finishing action checks.
PAUSES = [
    ("sorry i havent felt the baby move much in the last couple hours", "utter_baby_moving_less",
     {"in_danger": True}),
    ("my chest is really tight and the pain is going down my arm", "utter_medical_emergency",
     {"in_danger": True}),
    ("my daughter just told me she wants to die", "utter_j2_be_with_them_first", {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "response", "turn"), PAUSES)
async def test_a_pause_during_the_questions_sends_no_result(
    dispatcher, domain, text, response, turn
):
    from actions.dialogue import ActionFinishAssessment

    tracker = make_tracker(
        slots={**PIPPA, **turn},
        text=text,
        requested_slot=None,
        active_loop=None,
        turn=turn,
        sent=["utter_ask_reported_to_police", response],
        latest_action="needs_assessment_form",
    )
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert events == [] and dispatcher.messages == []


_ABOUT_A_CHILD = {"utter_j2_be_with_them_first": {"for_child": True, "age": 15.0}}


@pytest.mark.parametrize(("text", "response", "turn"), PAUSES)
async def test_the_form_pauses_with_the_response_the_finishing_action_waits_on(
    dispatcher, domain, text, response, turn
):
    from actions.dialogue import _SAFETY_PAUSE

    tracker = make_tracker(
        slots={**PIPPA, "in_danger": False, **_ABOUT_A_CHILD.get(response, {})},
        text=text,
        requested_slot="reported_to_police",
    )
    events = await FORM.run(dispatcher, tracker, domain)
    sent = [m.get("response") for m in dispatcher.messages if m.get("response")]
    assert sent and sent[-1] == response and response in _SAFETY_PAUSE
    assert {"event": "slot", "name": "requested_slot", "value": None} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


# Pippa was asked "Do you know who did it?" after "my partner pushed me" in her first message:
# the "if" of "i dont really know if i should be messaging this" was read to the end of the
# message, so her partner looked like part of a "what if".
def test_who_did_it_in_the_sentence_after_an_if_is_kept():
    from actions.reading import Turn, read_turn

    text = (
        "hi. i dont really know if i should be messaging this. my partner pushed me last night "
        "and im 30 weeks pregnant"
    )
    reading = read_turn(Turn(text=text, intent="describe_crime", opening=True))
    assert reading.slots["relationship_to_offender"] == "partner_or_ex"
    asks = "what if it was my partner, would that change anything?"
    assert (
        "relationship_to_offender"
        not in read_turn(Turn(text=asks, intent="describe_crime", opening=True)).slots
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hes grabbed my arm before and smashed my phone in june", True),
        ("he hit me before", True),
        ("she grabbed me by the hair before.", True),
        ("he never hit me before", False),
        ("no he hasnt hit me before", False),
        ("he threatened me before the trial", None),
    ],
)
def test_what_he_did_before_is_more_than_once(text, value):
    # It was asked twice and then skipped, and she lost "targeted again and again".
    from actions.answers import read_answer

    assert read_answer("repeat_victimisation", text).value is value


def test_a_stepdad_who_hit_her_for_years_makes_it_domestic_abuse_not_stalking():
    # Amani, 18: "he keeps messaging me" was read as stalking, and "its my stepdad. he used to
    # hit me. for years" only added who, so the domestic abuse services never came.
    from actions.reading import Turn, read_turn

    answers = {"consent": True, "in_danger": False, "crime_type": "stalking_harassment"}
    text = "no. its my stepdad. he used to hit me. for years. since i was like 12"
    reading = read_turn(Turn(text=text, requested="reported_to_police", answers=answers))
    assert reading.slots["crime_type"] == "domestic_abuse"
    assert reading.slots["reported_to_police"] is False
    stranger = "no. its a guy from my old school. he keeps messaging"
    reading = read_turn(Turn(text=stranger, requested="reported_to_police", answers=answers))
    assert reading.slots.get("crime_type") in (None, "stalking_harassment")


def test_a_stranger_shouting_once_gets_no_stalking_service():
    # The suite's man shouted at once in a car park was offered the stalking helpline and
    # Paladin: harassment in law is a course of conduct, on two occasions at least.
    from referrals.directory import load_directory
    from referrals.results import build_result

    once = {"crime_type": "stalking_harassment", "relationship_to_offender": "stranger",
            "repeat_victimisation": False, "age": 45.0, "borough": "sutton"}  # fmt: skip
    organisations = load_directory()
    offered = build_result(once, organisations).referral_ids
    assert not {"national-stalking-helpline", "paladin"} & set(offered)
    again = build_result({**once, "repeat_victimisation": True}, organisations).referral_ids
    assert "national-stalking-helpline" in again
    ex = build_result({**once, "relationship_to_offender": "partner_or_ex"}, organisations)
    assert "national-stalking-helpline" in ex.referral_ids


# Replaying Pippa after the fixes: while the questions waited for her to ring the maternity
# unit, "the baby isnt moving much. what do i do if the midwife doesnt answer" got "Call 999
# now ... Keep out of the kitchen" (the steps for someone in danger from a person), and "31. if
# i tell the midwife ..." after "How old are you?" lost her age, so it was asked again.
def _paused_pippa(text):
    return make_tracker(
        slots={**PIPPA, "age": None, "in_danger": True},
        text=text,
        intent="ask_right",
        requested_slot=None,
        active_loop=None,
        sent=["utter_ask_age", "utter_baby_moving_less"],
    )


async def test_a_question_while_paused_for_the_baby_gets_the_baby_answer(dispatcher, domain):
    from actions.dialogue import ActionResumeAssessment
    from tests.unit.conftest import responses

    text = "the baby isnt moving much. what do i do if the midwife doesnt answer"
    ActionResumeAssessment().run(dispatcher, _paused_pippa(text), domain)
    said = responses(dispatcher)
    assert "utter_baby_moving_less" in said and "utter_danger_steps" not in said


async def test_her_age_said_while_paused_is_kept(dispatcher, domain):
    from actions.dialogue import ActionResumeAssessment

    text = "31. if i tell the midwife how it happened will she have to tell the police?"
    events = ActionResumeAssessment().run(dispatcher, _paused_pippa(text), domain)
    kept = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert kept.get("age") == 31.0


@pytest.mark.parametrize(
    "text",
    [
        "ok. honestly some nights i dont even wanna be here no more. not gonna do nothing just "
        "saying",
        "i dont even want to live",
        "i dont want to be here no longer",
    ],
)
def test_not_wanting_to_be_here_no_more_is_heard(text):
    # Round 47, Liam, 22, his best friend stabbed to death: got "Reply WHY" and no Samaritans.
    from bot.risk_words import detect_risk

    assert detect_risk(text) == "self_harm"


def test_every_rights_example_fits_its_topic_words():
    # The words that let a rights answer through must let through what it was trained on.

    from actions.questions import topic_fits

    with open("data/nlu/rights.yml", encoding="utf-8") as file:
        data = yaml_files.load(file)
    for item in data["nlu"]:
        intent = str(item.get("intent", ""))
        if not intent.startswith("ask_right/"):
            continue
        topic = intent.split("/", 1)[1]
        for line in str(item["examples"]).splitlines():
            example = line[2:] if line.startswith("- ") else ""
            assert not example or topic_fits(topic, example), (topic, example)


@pytest.mark.parametrize(
    "text",
    ["will the homicide one even talk to me tho if im not family", "can i go to the trial or not"],
)
def test_a_question_without_charging_words_gets_no_charging_answer(text):
    from actions.questions import topic_fits

    assert not topic_fits("prosecution_decision", text)

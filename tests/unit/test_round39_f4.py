"""Round 39 (helper F4): danger missed, a confusing danger reply, and false alarms.

- Leon, 15, made to sell drugs and told he owes £800 by Friday, on a friend's phone: "but wat do
  i do about friday. they said if i dont have the p by friday im done" got the catch-all, and
  "bro im serious they got shanks. my mum dont know nothing" got "Sorry, I didn't catch that".
- Joanne, 36, learning disability, a "friend" takes her money: "yes scared. i dont want him to
  be angry at me" got nothing, "i am scared" got "I can't do more with that here".
- Kelly, 23, ex threatening to share images: "hes not here rn. im just scared he'll come back.
  should i call 999 if he turns up?" got "Let's carry on." and "Call 999 now" in one turn.
- Grace, 19, ex turning up at her halls: "what if he turns up again tonight what do i do" got
  the RIGHTS list; her account of his past visits set off the 999 lines.
- Ravi, 62: "I have blood pressure, I take tablets. Last night I could not sleep" got the
  suicide reply. Fatima (an interpreter for her mum) and Ahmed (punched on Saturday, "my jaw is
  hurting") got the danger lines.

Each test quotes the message as it was written; ordinary messages must not change, and real
danger and suicide messages must still be caught.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.reading import Turn, read_turn
from bot.risk_words import IN_DANGER, SELF_HARM, detect_risk, trusted_crisis

NEW = (
    "utter_f4_exploited_armed",
    "utter_f4_scared_check",
    "utter_f4_stalker_turns_up",
    "utter_f4_if_they_come_go_on",
)
LEON = {"consent": True, "crime_type": "human_trafficking", "age": 15.0, "under_18": True}
JOANNE = {"consent": True, "crime_type": "theft", "age": 36.0, "impairment": True}
GRACE = {
    "consent": True,
    "crime_type": "stalking_harassment",
    "relationship_to_offender": "partner_or_ex",
    "age": 19.0,
}


def _answer(said: str, answers: dict) -> str | None:
    """known_answer with the answers given so far (their crime among them)."""
    rest = {k: v for k, v in answers.items() if k != "crime_type"}
    return answer(said, answers["crime_type"], **rest)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 39, helper F4", ({}, {"for_someone_else": True}, {"under_18": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Leon: a threat to his life, with a deadline, from armed people -------------------------

LEON_FRIDAY = "but wat do i do about friday. they said if i dont have the p by friday im done"
LEON_SHANKS = "bro im serious they got shanks. my mum dont know nothing"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (LEON_FRIDAY, "utter_exploited_threatened"),
        ("they said if i dont pay by friday im dead", "utter_exploited_threatened"),
        ("wat do i do about the money", "utter_exploited_threatened"),
        (LEON_SHANKS, "utter_f4_exploited_armed"),
        ("the olders got knives man", "utter_f4_exploited_armed"),
        ("they carry blades fr", "utter_f4_exploited_armed"),
    ],
)
def test_a_threat_to_an_exploited_child_is_answered(said, expected):
    assert _answer(said, LEON) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [(LEON_FRIDAY, "utter_exploited_threatened"), (LEON_SHANKS, "utter_f4_exploited_armed")],
)
def test_at_the_referral_question_the_threat_is_answered_not_missed(said, expected):
    reading = read_turn(
        Turn(text=said, intent="inform", requested="referral_consent", answers=LEON)
    )
    assert [s.response for s in reading.say] == [expected]
    assert "utter_reask_referral_consent" not in [s.response for s in reading.say]
    assert "referral_consent" not in reading.slots  # the question is asked again, not lost


@pytest.mark.parametrize(
    ("said", "answers"),
    [
        # An adult, or a child not exploited: not this answer.
        (LEON_SHANKS, {**LEON, "age": 34.0, "under_18": False}),
        ("they got knives", {"crime_type": "robbery", "age": 15.0, "under_18": True}),
        ("what do i do about friday", {"crime_type": "burglary", "age": 15.0}),
    ],
)
def test_not_the_exploitation_answers_elsewhere(said, answers):
    assert _answer(said, answers) not in (
        "utter_f4_exploited_armed",
        "utter_exploited_threatened",
    )


@pytest.mark.parametrize(
    ("said", "value"),
    [("yes", True), ("no", False), ("ye pass it on", True), ("nah", False)],
)
def test_ordinary_answers_to_the_referral_question_are_unchanged(said, value):
    reading = read_turn(
        Turn(text=said, intent="inform", requested="referral_consent", answers=LEON)
    )
    assert reading.slots.get("referral_consent") is value
    assert not [s for s in reading.say if s.response and s.response.startswith("utter_f4")]


# -- 2. Joanne: fear said plainly ---------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "i am scared",
        "yes scared. i dont want him to be angry at me",
        "im so scared",
        "i feel scared",
        "i am scared of him",
        "he will be angry with me",
    ],
)
def test_fear_said_plainly_gets_a_gentle_check(said):
    assert _answer(said, JOANNE) == "utter_f4_scared_check"


def test_joannes_fear_at_the_court_question_is_kept_and_checked():
    said = "yes scared. i dont want him to be angry at me"
    reading = read_turn(
        Turn(text=said, intent="inform", requested="fear_of_giving_evidence", answers=JOANNE)
    )
    assert reading.slots["fear_of_giving_evidence"] is True
    assert [s.response for s in reading.say] == ["utter_f4_scared_check"]


@pytest.mark.parametrize("said", ["im scared", "yes scared", "yes im scared of seeing him"])
def test_scared_of_court_at_the_court_question_is_only_the_answer(said):
    reading = read_turn(
        Turn(text=said, intent="inform", requested="fear_of_giving_evidence", answers=JOANNE)
    )
    assert reading.slots["fear_of_giving_evidence"] is True
    assert reading.say == []


@pytest.mark.parametrize(
    "said",
    [
        "i am scared of going to court",
        "im scared he'll get off",
        "Should she answer? I'm scared they'll get her again",
        "im scared to go home tonight",
        "no not scared",
        "scared of the dark lol",
        "what happens if i'm scared at court?",
    ],
)
def test_other_fears_and_questions_are_not_the_check(said):
    assert _answer(said, JOANNE) != "utter_f4_scared_check"


# -- 3. Kelly: one clear answer just after the 999 lines ----------------------------------------

KELLY = "hes not here rn. im just scared he'll come back. should i call 999 if he turns up?"


@pytest.mark.parametrize("intent", ["safe_now", "inform", "ask_right"])
def test_what_if_he_comes_after_the_999_lines_is_one_clear_answer(dispatcher, domain, intent):
    from actions.dialogue import ActionResumeAssessment
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={"consent": True, "in_danger": True},
        text=KELLY, intent=intent, active_loop=None,
        sent=["utter_emergency", "utter_when_safe"],
    )  # fmt: skip
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_f4_if_they_come_go_on"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("im safe now", ["utter_glad_safe_go_on"]),
        (
            "ok hes gone out im safe now. who do i ring for a refuge",
            ["utter_glad_safe_go_on", "utter_living_with_them"],
        ),
        # Not a what-if: he has just left, and 999 is still the answer.
        (
            "ok he left. im safe now. should i call 999?",
            ["utter_glad_safe_go_on", "utter_danger_steps"],
        ),
    ],
)
def test_safe_again_without_a_what_if_is_unchanged(dispatcher, domain, text, said):
    from actions.dialogue import ActionResumeAssessment
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={"consent": True, "in_danger": True, "crime_type": "assault"},
        text=text, intent="safe_now", active_loop=None,
        sent=["utter_emergency", "utter_when_safe"],
    )  # fmt: skip
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == said


def test_after_the_result_the_what_if_is_not_call_999_now(dispatcher, domain):
    from actions.dialogue import ActionResumeAssessment
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={"consent": True, "in_danger": True, "assessment_done": True,
               "crime_type": "online_abuse"},
        text=KELLY, intent="safe_now", active_loop=None,
        sent=["utter_emergency", "utter_when_safe"],
    )  # fmt: skip
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert said[0] == "utter_glad_safe"
    assert "utter_danger_steps" not in said


def test_kellys_message_is_not_danger_now():
    assert detect_risk(KELLY) is None


# -- 4. Grace: what to do if he turns up, and no false alarm for his past visits ---------------

GRACE_TONIGHT = "ok np. what if he turns up again tonight what do i do"
GRACE_ACCOUNT = (
    "so my ex keeps messaging me. i block him and he just makes a new account like the next "
    "day?? its been like 2 months. and hes turned up at my halls twice now, once he waited "
    "outside the door til someone let him in the building"
)


@pytest.mark.parametrize(
    "said",
    [
        GRACE_TONIGHT,
        "thats not what i asked?? like if hes outside my door tonight do i call 999 or is that "
        "overreacting",
        "what do i do if he turns up at my halls",
    ],
)
def test_what_if_the_stalker_turns_up(said):
    assert _answer(said, GRACE) == "utter_f4_stalker_turns_up"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("should i ring 999?", "utter_call_999_yes"),
        ("ok but what do i do tonight at 8 if hes there", "utter_if_he_comes"),
    ],
)
def test_other_stalking_questions_keep_their_answers(said, expected):
    assert _answer(said, GRACE) == expected


def test_what_if_he_comes_for_domestic_abuse_keeps_its_answer():
    said = "what do i do if he turns up tonight"
    assert answer(said, "domestic_abuse", relationship_to_offender="partner_or_ex") == (
        "utter_if_he_comes"
    )


def test_taken_for_rights_it_is_still_answered(dispatcher, domain):
    from actions.dialogue import ActionShowDetails
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={**GRACE, "assessment_done": True, "results_shown": True},
        text=GRACE_TONIGHT, intent="show_rights", active_loop=None,
    )  # fmt: skip
    ActionShowDetails().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_f4_stalker_turns_up"]


def test_rights_asked_for_is_still_the_list(dispatcher, domain):
    from actions.dialogue import ActionShowDetails
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(
        slots={**GRACE, "assessment_done": True, "results_shown": True},
        text="RIGHTS", intent="show_rights", active_loop=None,
    )  # fmt: skip
    ActionShowDetails().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0].get("utter_action") == "utter_show_rights"


def test_graces_account_of_past_visits_is_not_danger_now():
    assert detect_risk(GRACE_ACCOUNT) is None
    assert detect_risk("hes turned up twice before") is None


@pytest.mark.parametrize(
    "said",
    [
        "hes turned up again",
        "hes turned up outside",
        "hes turned up at my halls",
        "hes turned up twice tonight",
        "hes outside my door now",
        "he said hell kill me tonight",
        "hes here",
    ],
)
def test_someone_turning_up_now_is_still_danger(said):
    assert detect_risk(said) == IN_DANGER


# -- 5. Ravi: blood-pressure tablets are not a suicide cue --------------------------------------

RAVI = "No. Only I have blood pressure, I take tablets. Last night I could not sleep at all."


def test_blood_pressure_tablets_are_not_a_suicide_cue():
    assert detect_risk(RAVI) is None
    assert not trusted_crisis(RAVI, SELF_HARM)
    assert not trusted_crisis("I have diabetes and I take tablets", SELF_HARM)


@pytest.mark.parametrize(
    "said",
    [
        "i took all my tablets",
        "i want to take all my tablets",
        "I have blood pressure, I take tablets. i want to take all my tablets",
        "i took 20 tablets",
    ],
)
def test_real_overdose_messages_are_still_caught(said):
    assert detect_risk(said) == SELF_HARM


def test_a_trusted_guess_of_suicide_still_stands_without_a_condition():
    assert trusted_crisis("i keep looking at the tablets", SELF_HARM)


# -- 6. Fatima and Ahmed: an interpreter asked for, an assault days ago --------------------------

FATIMA = (
    "No. Can mum get someone who speaks Bengali? I work full time and I can't always be there to "
    "translate for her"
)
AHMED = (
    "salam. my wife told me to report it so here i am. passenger punched me in face in my cab on "
    "saturday night and ran off no pay. my jaw is hurting a lot maybe broken"
)


@pytest.mark.parametrize(
    "said",
    [
        FATIMA,
        AHMED,
        "can my mum get someone to translate",
        "my jaw still hurting",
        "my teeth are hurting",
        "my nose is hurting since he hit me on monday",
    ],
)
def test_not_danger_now(said):
    assert detect_risk(said) is None


@pytest.mark.parametrize("said", [FATIMA, AHMED])
def test_the_classifiers_guess_of_danger_is_not_believed(said):
    assert not trusted_crisis(said, IN_DANGER)


@pytest.mark.parametrize(
    "said",
    [
        "please send someone hes here",
        "get the police hes outside",
        "he is hurting me right now",
        "hes hitting me",
        "they are hurting my mum now",
    ],
)
def test_danger_now_is_still_caught(said):
    assert detect_risk(said) == IN_DANGER

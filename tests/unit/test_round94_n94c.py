"""Round 94, helper n94c: Marta, 31, Portuguese, Ealing; her boyfriend hits her and checks her
phone (round 93, r93b-marta).

1. After her referral: "ok obrigada. when they call, today? and weekends no, he is home" had her
   times ("9 to 5 please") replaced by "today": a question about when they call is no time, and
   "weekends no" is a limit added to her times.
2. "and latin american? i am from portugal not brazil, they help me also?" got the Modern
   Slavery Helpline, though nothing she said was about slavery.
3. "but if i go to refuge can i still work? i clean houses. and with pre settled i can get help
   with money?" got "Yes. Surviving Economic Abuse ...".
"""

from __future__ import annotations

from typing import Any

from actions import reading
from actions.answers import contact_said
from tests.unit.known_answers import (
    ALL_RESPONSES,
    answer,
    assert_one_sms_with_source,
    topic_answered,
)

LAST = "ok obrigada. when they call, today? and weekends no, he is home"
SAID = [
    "only weekdays between 9 and 5 he is at work. no messages please he read them, call is "
    "better. why modern slavery?? i am not slave",
    "07700 900123. only 9 to 5 please not evening",
    "no no voicemail he can listen",
]
MARTA: dict[str, Any] = {
    "crime_type": "domestic_abuse",
    "consent": True,
    "assessment_done": True,
    "results_shown": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_details": "07700 900123",
    "contact_times": "9 to 5 please",
    "voicemail_ok": False,
    "case_reference": "VC-R56NT5",
    "age": 31.0,
}


# -- 1. "when they call, today?" is no time; "weekends no" is added ---------------------------


def test_weekends_no_he_is_home_is_a_time_not_to_call():
    assert contact_said("and weekends no, he is home").get("contact_times") == "not weekends"


def test_her_times_are_kept_and_not_weekends_added():
    answers = {**MARTA, "said": SAID}
    times = reading.corrections(LAST, answers).get("contact_times")
    assert times is not None and "today" not in times
    assert "9 to 5" in times and "not weekends" in times


def test_when_they_call_today_alone_changes_nothing():
    answers = {**MARTA, "said": SAID}
    assert "contact_times" not in reading.corrections("when they call, today?", answers)


def _run_after_referral(text: str, domain: dict[str, Any]) -> list[dict[str, Any]]:
    from rasa_sdk.executor import CollectingDispatcher

    from actions.dialogue import ActionFinishAssessment
    from tests.unit.conftest import make_tracker

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=MARTA, text=text, intent="inform", active_loop=None)
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    return dispatcher.messages, events


def test_her_question_gets_when_and_her_times_kept(domain):
    sent, events = _run_after_referral(LAST, domain)
    names = [message.get("response") for message in sent]
    assert "utter_u1_they_will_ring" in names or "utter_reply_time_kept" in names, names
    shown = str(sent)
    assert "today" not in shown.replace("today?", "")
    set_times = [e.get("value") for e in events if e.get("name") == "contact_times"]
    assert all("today" not in str(v) for v in set_times), set_times


def test_her_times_changed_get_when_they_ring_and_the_limit(domain):
    from rasa_sdk.executor import CollectingDispatcher

    from actions.dialogue import ActionAnswerRight
    from tests.unit.conftest import make_tracker

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=MARTA, text=LAST, intent="ask_right", active_loop=None)
    events = ActionAnswerRight().run(dispatcher, tracker, domain)
    names = [message.get("response") for message in dispatcher.messages]
    assert "utter_u1_they_will_ring" in names
    set_times = [e.get("value") for e in events if e.get("name") == "contact_times"]
    assert set_times == ["9 to 5 please, not weekends"]


# -- 2. LAWRS for a woman from Portugal: no slavery line for domestic abuse ---------------------

LATIN = (
    "yes but how they contact me? not when he is home. and latin american? i am from portugal "
    "not brazil, they help me also?"
)
MARTA_FACTS = {
    "consent": True,
    "gender": "woman",
    "age": 31.0,
    "language": "portuguese",
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
}


def test_lawrs_question_from_portugal_names_no_slavery_line():
    said = topic_answered(LATIN, MARTA_FACTS)
    assert said == "utter_n94c_lawrs_portugal_abuse"
    text = ALL_RESPONSES[said][0]["text"]
    assert "Slavery" not in text and "slavery" not in text
    assert "portugues.lawrs.org.uk" in text and "0808 2000 247" in text


def test_someone_exploited_still_gets_the_slavery_line():
    facts = {**MARTA_FACTS, "crime_type": "human_trafficking", "relationship_to_offender": None}
    said = "latin american? i am from portugal, from porto. not brazil. they help me also?"
    assert topic_answered(said, facts) == "utter_k77f_lawrs_portugal"


def test_lawrs_answers_are_one_sms_with_sources():
    assert_one_sms_with_source("utter_n94c_lawrs_portugal_abuse", "n94c (round 94)")
    assert_one_sms_with_source("utter_n94c_lawrs_portugal", "n94c (round 94)")


# -- 3. Work and money in a refuge: no flat "Yes" -----------------------------------------------

REFUGE_WORK = (
    "no. but if i go to refuge can i still work? i clean houses. and with pre settled i can get "
    "help with money?"
)


def test_work_and_money_in_a_refuge_are_answered_honestly():
    facts = {key: value for key, value in MARTA_FACTS.items() if key != "crime_type"}
    assert answer(REFUGE_WORK, "domestic_abuse", **facts) == "utter_n94c_refuge_work_and_money"
    text = ALL_RESPONSES["utter_n94c_refuge_work_and_money"][0]["text"]
    assert not text.startswith("Yes")
    assert "depends on your situation" in text


def test_can_i_still_work_in_a_refuge_alone_is_answered():
    said = answer("if i go to a refuge can i still work?", "domestic_abuse")
    assert said == "utter_n94c_refuge_work_and_money"


def test_money_help_without_a_refuge_keeps_its_answer():
    said = answer(
        "is there anyone who helps with money stuff? like when he controls it all",
        "domestic_abuse",
        relationship_to_offender="partner_or_ex",
    )
    assert said == "utter_economic_abuse_help"


def test_refuge_work_answer_is_one_sms_with_sources():
    assert_one_sms_with_source("utter_n94c_refuge_work_and_money", "n94c (round 94)")


def test_hours_said_again_keep_her_weekdays():
    answers = {**MARTA, "contact_times": "weekdays, between 9 and 5", "contact_details": None}
    text = "07700 900123. only 9 to 5 please not evening"
    times = reading.corrections(text, answers).get("contact_times")
    assert times is not None and times.startswith("weekdays, ") and "9 to 5" in times

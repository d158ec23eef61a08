"""Round 103, helper n103c: contact times garbled (Bea, Ruth, Jamal, Kai)."""

from __future__ import annotations

from typing import Any

from actions.answers import contact_said, read_answer
from actions.reading import Turn, corrections, read_turn
from referrals.matching import default_directory


def _at(text: str, requested: str, answers: dict[str, Any]) -> Any:
    return read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers=answers,
            asked={requested: 1},
            organisations=default_directory(),
        )
    )


AGREED: dict[str, Any] = dict(consent=True, referral_consent=True, contact_safe=True)


def test_bea_between_ten_and_four_is_the_whole_window() -> None:
    # "A phone call, on this number. Between ten and four is best." was kept as "between ten".
    got = _at(
        "A phone call, on this number. Between ten and four is best.",
        "contact_method",
        dict(AGREED),
    )
    assert got.slots["contact_times"] == "between ten and four"
    assert contact_said("from nine to five")["contact_times"] == "from nine to five"
    assert contact_said("9-5 weekdays")["contact_times"] == "9 to 5, weekdays"


def test_bea_time_put_right_at_the_number_question() -> None:
    # "... And it is between ten in the morning and four in the afternoon, not just 'between
    # ten'." at the number question was not taken.
    text = (
        "The number I am texting from. 07700 900461. And it is between ten in the morning and "
        "four in the afternoon, not just 'between ten'."
    )
    got = _at(
        text, "contact_details", dict(AGREED, contact_method="call", contact_times="between ten")
    )
    assert got.slots["contact_details"] == "07700900461"
    assert got.slots["contact_times"] == "between ten in the morning and four in the afternoon"


def test_bea_time_quoted_back_is_not_kept() -> None:
    text = (
        "It still says 'between ten'. Please make sure they know it is between 10am and 4pm. "
        "I do not want a call at ten at night."
    )
    assert contact_said(text)["contact_times"] == "between 10am and 4pm"


def test_ruth_half_past_six_pm_is_one_time() -> None:
    # "Yes, by phone after 6.30pm on weekdays." became "after 6, 30pm".
    got = _at(
        "Yes, by phone after 6.30pm on weekdays. Again: what can I do to be safer at home?",
        "contact_safe",
        dict(consent=True, referral_consent=True),
    )
    assert got.slots["contact_times"] == "after 6.30pm, weekdays"
    assert contact_said("after 18:30 please")["contact_times"] == "after 18:30"
    known = dict(
        AGREED,
        contact_method="call",
        contact_times="after 6, 30pm, weekdays",
        contact_details="07700900587",
    )
    fixed = corrections(
        "That is not correct: I was not hurt. He has never touched me. And the time is after "
        "6.30pm, please correct it.",
        known,
    )
    assert "6.30pm" in fixed["contact_times"] and "6, 30" not in fixed["contact_times"]


def test_jamal_and_kai_any_time_said_back_as_any_time() -> None:
    # Said back raw: "any time, not like i go anywhere", "ye any time is fine".
    assert read_answer("contact_times", "any time, not like i go anywhere").value == "any time"
    assert read_answer("contact_times", "ye any time is fine").value == "any time"
    got = _at(
        "ye any time is fine. i cant really do phone calls tbh",
        "contact_times",
        dict(AGREED, contact_method="text"),
    )
    assert got.slots["contact_times"] == "any time"
    # a limit said beside it is still kept
    assert read_answer("contact_times", "any time. not tuesday").value != "any time"
    assert read_answer("contact_times", "any time, but not when he is home").value != "any time"


def test_bea_time_put_right_after_the_referral(domain: Any) -> None:
    # "It still says 'between ten'. Please make sure they know it is between 10am and 4pm." got
    # "Thank you for telling me. I can't do more with that here".
    from rasa_sdk.events import SlotSet
    from rasa_sdk.executor import CollectingDispatcher

    from actions.dialogue import ActionFinishAssessment
    from tests.unit.conftest import make_tracker

    text = (
        "It still says 'between ten'. Please make sure they know it is between 10am and 4pm. "
        "I do not want a call at ten at night."
    )
    slots = dict(
        AGREED,
        crime_type="fraud",
        contact_method="call",
        contact_times="between ten",
        contact_details="07700900461",
        voicemail_ok=True,
        assessment_done=True,
        results_shown=True,
    )
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=slots, text=text, active_loop=None)
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert SlotSet("contact_times", "between 10am and 4pm") in events
    said = " ".join(str(m.get("text") or m.get("response")) for m in dispatcher.messages)
    assert "between 10am and 4pm" in said
    assert "utter_already_done" not in said


def test_ruth_and_jamal_hedged_yes_to_court_question() -> None:
    # The court question was asked again after these.
    for text in (
        "Somewhat, yes. I would not wish to see him in the courtroom. Is a screen possible?",
        "court lol. its not gonna get to court is it. they're kids. but yeah i wouldnt want their "
        "dad kicking off at me after, he lives next door",
    ):
        assert read_answer("fear_of_giving_evidence", text).value is True
        got = _at(text, "fear_of_giving_evidence", dict(consent=True, crime_type="assault"))
        assert got.slots["fear_of_giving_evidence"] is True
    assert read_answer("fear_of_giving_evidence", "no, not really").value is False


def test_jamal_most_evenings_for_a_year_is_more_than_once() -> None:
    # "Has this happened more than once" was asked again after this.
    text = (
        "mate. most evenings. for a year. did you read anything i said? and what insurer, im not "
        "claiming insurance i just want them to stop"
    )
    assert read_answer("repeat_victimisation", text).value is True
    got = _at(text, "repeat_victimisation", dict(consent=True, crime_type="stalking_harassment"))
    assert got.slots["repeat_victimisation"] is True
    assert read_answer("repeat_victimisation", "no just the once").value is False


def test_no_question_no_cannot_answer() -> None:
    # "I can't answer your question here" was sent when nothing was asked.
    kofi = (
        "nah im not gonna do anything, i dont have a plan or nothing. its just a feeling "
        "sometimes. can we just carry on"
    )
    piotr = (
        "yes is my foreman, the boss on site. not the big boss of company, the foreman. i see him "
        "every day, tomorrow also. i am scared little bit, he is big guy and his brother also "
        "work there"
    )
    facts = dict(consent=True, crime_type="assault", in_danger=False)
    for text, requested in ((kofi, "hate_motivated"), (piotr, "relationship_to_offender")):
        said = [s.response for s in _at(text, requested, facts).say]
        assert "utter_question_beside_answer" not in said, (text, said)
    # a real question in a clause still counts
    said = [s.response for s in _at("no. can they arrest him", "hate_motivated", facts).say]
    assert said

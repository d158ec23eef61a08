"""Round 77, helper k77b: how and when to be contacted, said and asked about (Ellie, Helen,
Yasmin, James, Malcolm, Priya, Sophie, Ana, Becky)."""

from __future__ import annotations

import pytest

from actions import dialogue, reading
from actions.answers import contact_said
from actions.assessment_form import k77b_notes_noted
from actions.reading import Turn, corrections, read_turn
from core import contact_notes
from tests.unit.conftest import make_tracker, responses

REFERRED = dict(
    consent=True, referral_consent=True, contact_safe=True, assessment_done=True,
    results_shown=True, case_reference="VC-K77B00",
)  # fmt: skip
ELLIE = dict(
    REFERRED, crime_type="sexual_offence", contact_method="text", contact_details="07700900781",
    contact_times="monday to friday, 9 to 5, not evenings, not weekends", borough="kingston",
)  # fmt: skip
HELEN = dict(
    REFERRED, crime_type="burglary", contact_method="call", contact_details="02079460318",
    contact_times="not before 10", voicemail_ok=True, borough="wandsworth",
)  # fmt: skip
YASMIN = dict(
    REFERRED, crime_type="fraud", contact_method="text", contact_details="07700900155",
    contact_times="any time its fine for texts", borough="ealing", age=26,
)  # fmt: skip
JAMES = dict(
    YASMIN, crime_type="domestic_abuse", contact_method="email",
    contact_details="j.okafor@hartwell-design.co.uk", contact_times="weekdays 9 to 5 im at work",
)  # fmt: skip
MALCOLM = dict(
    YASMIN, crime_type="homicide", contact_method="call", contact_details="07700900412",
    contact_times="not before 10", voicemail_ok=True,
)  # fmt: skip
PRIYA = dict(
    YASMIN, crime_type="domestic_abuse", contact_method="email", age=17,
    contact_details="priya.s.2008@gmail.com", contact_times="any time its email",
)  # fmt: skip
BECKY = dict(
    YASMIN, crime_type="stalking", contact_details="07700900774",
    contact_times="any time in the day, not at night when my daughters in bed",
)  # fmt: skip
SOPHIE = dict(
    YASMIN, crime_type="sexual_offence", contact_details="sophie.deafcam@example.com",
    contact_times="any time", language="bsl",
)  # fmt: skip


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


def _run(dispatcher, slots, text, action=dialogue.ActionOutsideQuestions):
    tracker = make_tracker(slots=slots, text=text, active_loop=None, sent=["utter_referral_saved"])
    return action().run(dispatcher, tracker, {})


def _set(events, name):
    return [dict(e)["value"] for e in events if dict(e).get("name") == name]


# -- 1. Times as meant ------------------------------------------------------------------------


def test_ellie_at_work_while_mum_is_away_is_the_safe_time():
    text = "weekday daytimes, im at work then and mum isnt around"
    slots = read_turn(Turn(text=text, requested="contact_times", answers=ELLIE)).slots
    assert not slots["contact_times"].startswith("im at work")
    assert "not weekday" not in slots["contact_times"]
    assert contact_said(text)["contact_times"] == "weekday daytimes"


@pytest.mark.parametrize(
    "text, times",
    [
        (
            "no!! i said weekday daytimes IS good. evenings and weekends are bad cos mums there",
            "weekday daytimes, not evenings, not weekends",
        ),
        (
            "Not mornings, I said mornings are difficult. Afternoons are better. Can you read back "
            "what you have about me please",
            "afternoons, not mornings",
        ),
    ],
)  # fmt: skip
def test_times_put_right_as_meant(text, times):
    assert corrections(text, ELLIE)["contact_times"] == times


def test_ellie_monday_to_friday_is_a_range():
    text = "thats wrong again. ONLY monday to friday 9 to 5. never evenings or weekends"
    assert contact_said(text)["contact_times"] == (
        "monday to friday, 9 to 5, not evenings, not weekends"
    )
    assert "monday to friday" in corrections(text, ELLIE)["contact_times"].lower()


def test_ellie_days_put_right_keep_the_hours():
    text = "monday TO friday. any weekday. ok can you tell me what youve written down about me"
    times = corrections(text, ELLIE)["contact_times"]
    assert times.startswith("monday TO friday") and "not evenings, not weekends" in times


def test_helen_mornings_are_difficult_are_not_a_time_to_call():
    text = (
        "Phone call please, on the landline 020 7946 0318. Not before 10, Geoffrey is difficult "
        "in the mornings."
    )
    assert "mornings, not before 10" != contact_said(text).get("contact_times")
    slots = read_turn(
        Turn(
            text=text,
            requested="contact_method",
            answers={**HELEN, "contact_method": None, "contact_times": None},
        )
    ).slots
    assert not slots["contact_times"].startswith("mornings")


@pytest.mark.parametrize(
    "text, times",
    [
        ("mornings im at work, after 5 is fine", "after 5, not mornings"),
        ("call me after 6 I'm driving in day", "after 6, not in the day"),
        ("evenings after 8 cos I'm at work", "evenings, after 8"),
        ("weekdays 9-4 when hes at work", "weekdays, 9 to 4"),
        ("tuesday or thursday morning", "tuesday or thursday morning"),
    ],
)
def test_other_times_keep_their_reading(text, times):
    assert contact_said(text)["contact_times"] == times


def test_days_alone_change_the_days_when_no_hours_were_kept():
    kept = {**ELLIE, "contact_times": "monday"}
    assert corrections("monday TO friday. any weekday", kept)["contact_times"] == (
        "monday TO friday, any weekday"
    )


# -- 2. No calls: kept and said back truly ----------------------------------------------------


@pytest.mark.parametrize(
    "slots, text",
    [
        (YASMIN, "so they definitely wont phone me?"),
        (YASMIN, "please make sure they know NOT to ring me"),
        (JAMES, "they wont call my mobile right? just email"),
    ],
)
def test_no_calls_said_back(dispatcher, slots, text):
    events = _run(dispatcher, slots, text)
    assert responses(dispatcher)[-1] in ("utter_k77b_no_calls_added", "utter_k77b_no_calls_kept")
    assert "no_calls" in _set(events, "contact_notes")[-1]
    how = dispatcher.messages[-1]["contact_how"]
    assert how.startswith("by text") or how.startswith("by email")


def test_yasmin_no_calls_noted_at_the_question():
    answers = {
        **YASMIN,
        "said": ("text. dont call, i live with my parents and they dont know", "07700 900155"),
    }
    k77b_notes_noted(answers)
    assert answers["contact_notes"] == ["no_calls"]
    assert contact_notes.for_worker(answers["contact_notes"])


@pytest.mark.parametrize(
    "text",
    [
        "dont call the police",
        "i dont want to ring them",
        "he doesnt call me any more",
        "they will call me right?",
        "i cannot call tonight, is not my phone",
    ],
)
def test_not_a_no_to_calls(text):
    assert "no_calls" not in reading.k77b_notes_said(text, "text")


def test_no_calls_not_a_note_when_the_way_is_a_call():
    assert reading.k77b_notes_said("dont call, text me", "call") == []


def test_malcolm_times_said_back(dispatcher):
    _run(dispatcher, MALCOLM, "will they remember not before 10am? i sleep in the day mostly")
    assert responses(dispatcher) == ["utter_k77b_times_kept"]
    assert '"not before 10"' in dispatcher.messages[0]["contact_how"]


def test_malcolm_new_times_still_change(dispatcher):
    text = "ok change it then. ring after 4pm not before 10"
    assert not reading.k77b_asks_times_kept(text)


# -- 3. Priya: nothing about it in the subject line -------------------------------------------


def test_priya_subject_line_noted_at_the_question():
    said = "any time its email. but pls dont put anything about marriage in the subject 🙏"
    answers = {**PRIYA, "said": (said,)}
    k77b_notes_noted(answers)
    assert answers["contact_notes"] == ["plain"]


def test_priya_subject_line_check_answered(dispatcher):
    slots = {**PRIYA, "contact_notes": ["plain"], "discreet": True}
    _run(dispatcher, slots, "did u get the bit about the subject line tho")
    assert responses(dispatcher) == ["utter_f5_note_kept"]
    assert "subject line" in dispatcher.messages[0]["note"]


def test_a_subject_at_school_is_not_a_note():
    assert not reading.k77b_plain_subject("my favourite subject is maths")


# -- 4. Sophie: her email is how to reach her -------------------------------------------------


def test_sophie_text_or_email_with_only_an_email_is_email():
    text = "text or email. NO phone call never. sophie.deafcam@example.com"
    answers = {**SOPHIE, "contact_method": None, "contact_details": None}
    slots = read_turn(Turn(text=text, requested="contact_method", answers=answers)).slots
    assert slots["contact_method"] == "email"
    assert slots["contact_details"] == "sophie.deafcam@example.com"


def test_sophie_email_also_ok_after_the_referral():
    text = "email also ok. sophie.deafcam@example.com. and he follow me off train, write that too"
    assert corrections(text, SOPHIE)["contact_method"] == "email"


def test_a_phone_number_keeps_texts():
    answers = {**SOPHIE, "contact_details": "07700900111"}
    assert "contact_method" not in corrections("email also ok", answers)


# -- 5. Ana: only the afternoon ---------------------------------------------------------------

ANA = dict(consent=True, crime_type="human_trafficking", age=45, language="portuguese")
ANA_SAYS = (
    "westminster. but i cannot call tonight, is not my phone, my friend take it home at 6. i "
    "have only afternoon"
)


def test_ana_afternoon_kept_and_answered():
    turn = Turn(
        text=ANA_SAYS,
        requested="borough",
        answers=ANA,
        said=frozenset({"utter_safe_tonight_exploitation"}),
    )
    found = read_turn(turn)
    assert found.slots["borough"] == "westminster"
    assert found.slots["contact_times"].startswith("afternoon")
    assert "utter_k77b_helpline_in_the_day" in [say.response for say in found.say]


def test_no_afternoon_reply_without_being_told_to_call_tonight():
    found = read_turn(Turn(text=ANA_SAYS, requested="borough", answers=ANA))
    assert "utter_k77b_helpline_in_the_day" not in [say.response for say in found.say]


# -- 6. Malcolm and Becky: someone else too; never a withheld number --------------------------


def test_malcolm_lisa_too_answered_and_noted(dispatcher):
    events = _run(dispatcher, MALCOLM, "can they ring lisa too, the kids mum. about the kids")
    assert responses(dispatcher) == ["utter_k77b_someone_else_too"]
    assert _set(events, "contact_notes")[-1] == ["someone_else_too"]


@pytest.mark.parametrize(
    "text",
    [
        "yes please. but dont ring from a withheld number ill think its him and wont answer. text "
        "first",
        "you didnt answer about the withheld number. if they ring me withheld i wont pick up",
    ],
)
def test_becky_withheld_noted(text):
    assert "not_withheld" in reading.k77b_notes_said(text, "text")
    assert "no_calls" not in reading.k77b_notes_said(text, "text")


def test_becky_withheld_checked(dispatcher):
    slots = {**BECKY, "contact_notes": ["not_withheld"]}
    _run(dispatcher, slots, "and did you put they shouldnt ring withheld?")
    assert responses(dispatcher) == ["utter_f5_note_kept"]


@pytest.mark.parametrize(
    "text", ["can they ring me too", "can you call the police too", "will they call me back"]
)
def test_not_someone_else_too(text):
    assert not reading.k77b_someone_else_too(text)

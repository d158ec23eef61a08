"""Round 65, helper j5: contact times in dialect (Moira), "dont need nothing kept" (Pete), the
reply time answered a turn late (Kieran), and a no to her own phone with a safe way (Nadia)."""

from __future__ import annotations

import pytest

from actions.answers import (
    j5_dialect_times,
    j5_friends_phone,
    read_answer,
    read_consent,
    read_contact_safe,
    read_contact_times,
)
from actions.dialogue import _changes_after_result, _reply_time
from tests.unit.conftest import make_tracker


# -- Moira (r63a): "phone. 07700 900 783. mornins are best", then "a just said, mornins".
def test_moira_time_beside_the_way_and_number() -> None:
    answer = read_answer("contact_method", "phone. 07700 900 783. mornins are best")
    assert answer.value == "call"
    assert answer.extra["contact_times"] == "mornings"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a just said, mornins", "mornings"),
        ("mornins", "mornings"),
        ("mornin", "morning"),
        ("efternoons", "afternoons"),
        ("evenins", "evenings"),
        ("evenin", "evening"),
        ("efter 6", "after 6"),
        ("I said mornin's", "mornings"),
    ],
)
def test_dialect_and_misspelt_times_read(text: str, expected: str) -> None:
    assert read_contact_times(text).value == expected


@pytest.mark.parametrize("text", ["yeah fine", "ok", "hello?? i asked if i agreed"])
def test_not_a_time_still_not_a_time(text: str) -> None:
    assert read_contact_times(text).value is None


def test_normalising_leaves_other_words_alone() -> None:
    assert j5_dialect_times("my neighbour said afterwards he was sorry") == (
        "my neighbour said afterwards he was sorry"
    )
    assert j5_dialect_times("weekday afternoons after 2") == "weekday afternoons after 2"


# -- Pete (r63b): "dont need nothing kept. just answer the question, is there any point".
@pytest.mark.parametrize(
    "text",
    [
        "dont need nothing kept. just answer the question, is there any point",
        "dont need nothing kept",
        "i dont need nothing",
        "no i dont want anything kept thanks",
    ],
)
def test_double_negative_is_a_no_to_keeping(text: str) -> None:
    assert read_consent(text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "i dont need a support worker",
        "dont need nothing from the police, keep it",
        "yes thats fine",
    ],
)
def test_near_misses_not_a_no(text: str) -> None:
    assert read_consent(text).value is not False


# -- Kieran (r64a, 17): "hello??" first, then "dont msg wen im home he chex my phone sometimes.
# after school is fine im usually at my gf's".
KIERAN = (
    "ok but dont msg wen im home he chex my phone sometimes. after school is fine im usually at "
    "my gf's"
)


def _waiting(text: str, sent: list[str]) -> object:
    return make_tracker(
        slots={"consent": True, "waiting_for_person": True}, text=text, active_loop=None,
        sent=sent,
    )  # fmt: skip


def test_kieran_reply_time_read_a_turn_late(dispatcher) -> None:
    sent = ["utter_handoff", "utter_ask_reply_time", "utter_while_waiting"]
    events = _reply_time(dispatcher, _waiting(KIERAN, sent), KIERAN)
    assert events[0]["value"] == "after school, not when at home"
    assert dispatcher.messages[0]["response"] == "utter_reply_time_kept"
    assert dispatcher.messages[0]["times"] == "after school, not when at home"


def test_kieran_reply_time_when_asked_just_before(dispatcher) -> None:
    events = _reply_time(dispatcher, _waiting(KIERAN, ["utter_ask_reply_time"]), KIERAN)
    assert events[0]["value"] == "after school, not when at home"


def test_reply_time_as_before(dispatcher) -> None:
    events = _reply_time(dispatcher, _waiting("4 til 7", ["utter_ask_reply_time"]), "4 til 7")
    assert events[0]["value"] == "4 til 7"


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("hello??", ["utter_ask_reply_time", "utter_while_waiting"]),
        # already answered: a time later is not read here
        (KIERAN, ["utter_ask_reply_time", "utter_reply_time_kept", "utter_while_waiting"]),
        # never asked
        (KIERAN, ["utter_handoff", "utter_while_waiting"]),
        # too long ago
        ("after 6", ["utter_ask_reply_time", *["utter_while_waiting"] * 3]),
    ],
)
def test_reply_time_not_read(dispatcher, text: str, sent: list[str]) -> None:
    assert _reply_time(dispatcher, _waiting(text, sent), text) == []


# -- Nadia (r63a): "no. he check phone. call my friend Hodan? or when i take kids to school".
NADIA = "no. he check phone. call my friend Hodan? or when i take kids to school"


def test_nadia_safe_another_way() -> None:
    answer = read_contact_safe(NADIA)
    assert answer.value is True
    assert answer.extra["contact_method"] == "call"
    assert answer.extra["contact_times"] == "when i take kids to school"
    assert j5_friends_phone(NADIA)


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("no. text my sister 07700 900256", "text"),
        ("no. ring me on my mums phone", "call"),
        ("no its his phone. only when hes at work", None),
    ],
)
def test_no_then_a_safe_way(text: str, method: str | None) -> None:
    answer = read_contact_safe(text)
    assert answer.value is True
    assert answer.extra.get("contact_method") == method


@pytest.mark.parametrize(
    "text",
    [
        "no he checks my phone",
        "no its not safe, nobody call",
        "no. dont contact me, not even on my friends phone",
    ],
)
def test_no_stays_no(text: str) -> None:
    assert read_contact_safe(text).value is False


@pytest.mark.parametrize(
    "text", ["will the police call my mum", "can you call my mum", "i want to ring my sister"]
)
def test_not_a_friends_phone(text: str) -> None:
    assert not j5_friends_phone(text)


def test_nadia_refer_me_keeps_the_number() -> None:
    text = "refer me. call my friend Hodan phone 07700 900256. morning 9 oclock after school"
    tracker = make_tracker(
        slots={"consent": True, "referral_consent": False, "contact_safe": False,
               "results_shown": True, "assessment_done": True},
        text=text, active_loop=None, sent=["utter_result", "utter_no_contact"],
    )  # fmt: skip
    changes = _changes_after_result(tracker)
    assert changes["referral_consent"] is True
    assert changes["contact_details"] == "07700900256"
    assert changes["contact_safe"] is True

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

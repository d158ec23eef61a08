"""Round 99, helper k99c: Dev, Iris, Connor and Zanele (role-play findings, helper c)."""

from __future__ import annotations

from actions import reading
from actions.account import read_account
from actions.answers import read_answer


def test_dev_after_six_because_at_work_is_kept_as_after_six() -> None:
    # "after 6 weekdays, im at work" was sent back as "im at work, not after 6 weekdays".
    text = "after 6 weekdays, im at work. and no letters to my flat ok?"
    times = read_answer("contact_times", text).value
    assert times == "after 6 weekdays, im at work"
    assert reading.y73d_busy_times(text, times) == "after 6 weekdays, im at work"


def test_connor_off_work_for_weeks_is_not_a_repeat() -> None:
    # "I've noted: an assault and it has happened more than once" (he said nothing like it).
    text = (
        "alright. got knocked off my bike tuesday by some bloke in a van, on purpose, after he'd "
        "been beeping at me and i tapped his mirror. he swerved right into me and drove off. "
        "broken collarbone. im a courier, self employed, cant work for like 6 weeks. who pays "
        "for this"
    )
    assert read_account(text).repeat is not True


def test_zanele_money_controlled_by_husband_is_not_a_robbery() -> None:
    # "I've noted: a robbery." -> "It is not a robbery. It is my husband, the way he treats me."
    text = (
        "ok yes. He controls all my salary, I am a nurse but he takes my card. He shouts and says "
        "he will have me sent back to South Africa because my visa is with him. Once he pushed me "
        "against the wall. Will I be deported if I leave him?"
    )
    assert read_account(text).crime_type == "domestic_abuse"

"""Round 86, helper m86b: older rounds' answers that round 86's new answers took, given back,
with the new answers kept for the words they were written for."""

from __future__ import annotations

from tests.unit.known_answers import answer, answer_in_conversation


def test_an_adult_stalked_by_an_ex_keeps_the_stalking_helpline_answer() -> None:
    # Kieran (round 41); Zara, 17, keeps u86d's answer (tests/unit/test_round86_u86d.py).
    got = answer(
        "is it domestic abuse if we never lived together",
        "stalking",
        age=30,
        relationship_to_offender="partner_or_ex",
    )
    assert got == "utter_ex_is_domestic_abuse"


def test_naming_victim_support_and_college_keeps_nadines_answer() -> None:
    got = answer("would the support service tell my college?", "assault", age=16, under_18=True)
    assert got == "utter_m4_support_wont_tell_school"


def test_blocking_told_is_not_blocking_asked() -> None:
    told = "i blocked him and he still turns up outside, what do i do?"
    assert answer(told, "stalking_harassment") != "utter_v86b2_block_stalker"
    asked = "block him? he waits outside my flat"
    assert answer(asked, "stalking_harassment") == "utter_v86b2_block_stalker"


def test_someone_else_going_round_is_the_family_answer() -> None:
    for text, expected in (
        ("my son wants to go round and have it out with him", "utter_t2_family_confront"),
        ("should i go round and have it out with him?", "utter_v86b2_dont_confront"),
    ):
        said = answer_in_conversation(text, "domestic_abuse", [], for_someone_else=True)
        assert said is not None and said.response == expected, text


def test_compensation_turned_down_is_not_the_cica_answer() -> None:
    said = answer_in_conversation(
        "i dont need compensation for an injury, he never touched me. can i talk to someone?",
        "assault",
        [],
    )
    assert said is None or said.response != "utter_u86c_cica_for_injury"

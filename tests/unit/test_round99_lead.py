"""Round 99, lead: the set-aside for a video passed round is its own row and keeps to the video."""

from __future__ import annotations

import pytest

from actions.account import REPEAT_SET_ASIDES, read_account, video_passed_round_out


def test_the_video_passed_round_is_a_row_of_the_repeat_set_asides():
    assert video_passed_round_out in REPEAT_SET_ASIDES


@pytest.mark.parametrize(
    "text",
    [
        "people keep posting horrible stuff about me online",
        "he keeps sending me messages",
    ],
)
def test_abuse_sent_or_posted_again_and_again_is_still_more_than_once(text):
    assert read_account(text).repeat is True


def test_everyone_sending_the_video_round_is_not_the_crime_again():
    said = "a girl hit me at school and someone filmed it. everyone keeps sending it"
    assert read_account(said).repeat is not True


def test_its_my_son_hes_out_at_the_danger_question_is_not_writing_for_him():
    # Rob, 52, whose son (28) takes his money and pushed him: "you're telling me about your
    # child", then about an adult, until his third correction.
    account = read_account("no not right now. its my son. hes out")
    assert not account.for_child
    assert not account.for_someone_else


@pytest.mark.parametrize(
    "text",
    ["its my son, he was stabbed", "this is about my son. hes out with friends now"],
)
def test_a_parent_writing_about_a_son_is_still_read(text):
    assert read_account(text).for_child


def test_its_me_thats_been_hurt_is_the_writer_not_an_adult_son():
    from actions.reading import Turn, read_turn

    turn = Turn(
        text="no its me thats been hurt not him. hes 28 lives with me. takes money out my "
        "wallet and pushed me into the door last week",
        requested="crime_type",
        answers={"consent": True, "in_danger": False, "for_child": True},
    )
    slots = read_turn(turn).slots
    assert slots.get("for_child") is False
    assert slots.get("for_someone_else") is not True

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

"""The scripted conversations the review app's tests and demo hold with the bot."""

from review import seed


def test_seeded_senders_are_never_reused_in_a_process():
    drawn = [seed.new_sender() for _ in range(300)]
    assert len(set(drawn)) == len(drawn)

"""Round 71, lead: Gwen, 77, burgled while at church, whose fear at every noise got the 999
lines, and whose "is it a person reading this?" at the privacy question got "I can't answer"."""

from __future__ import annotations

import pytest

from actions.questions import known_answer, w70b_asks_if_a_bot
from bot.risk_words import detect_risk, trusted_crisis

GWEN = (
    "no not now. they came while i was at church sunday morning. but i dont sleep well now every "
    "noise at night i think theyre back"
)


@pytest.mark.parametrize(
    "text", [GWEN, "every time i hear a noise i think hes back", "every noise i think its them"]
)
def test_a_fear_at_every_noise_is_not_danger_now(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger")


@pytest.mark.parametrize(
    "text",
    [
        "i think theyre back",
        "i think theyre back, i can hear them downstairs",
        "theyre back",
        "every noise i think theyre back and now i can hear someone in the kitchen",
    ],
)
def test_someone_back_now_still_alarms(text):
    assert detect_risk(text) == "in_danger"


@pytest.mark.parametrize(
    "text", ["yes thats alright i suppose. is it a person reading this?", "is anyone reading this"]
)
def test_asking_if_a_person_reads_gets_the_honest_answer(text):
    assert w70b_asks_if_a_bot(text)
    said = known_answer(text, None)
    assert said is not None and said.response == "utter_iamabot"


def test_someone_else_reading_her_messages_is_not_asking_about_the_bot():
    assert not w70b_asks_if_a_bot("is someone reading my messages, my husband?")

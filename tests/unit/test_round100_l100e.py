"""Round 100, helper l100e: Shirin (her mother bruised in a care home), Paddy (threatened with a
bat at traffic lights), Leanne (domestic abuse, texting from a friend's phone at work), Ravi (an
employee stole from his till)."""

from __future__ import annotations

from bot.risk_words import detect_risk, trusted_crisis

SHIRIN_NOT_IN_DANGER = (
    "why do you keep saying theft?? there is no theft and no PA, she is in a residential care "
    "home. I don't think she is in danger this minute, the manager is there, but I'm worried. "
    "Does my mother have to agree before I report it? She has dementia."
)


# S6: "please hurry" said because her break is ending got the 999 screen.
def test_hurry_because_a_break_is_ending_is_not_danger():
    text = "yes i said a year. please hurry my break is nearly over"
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger")


def test_hurry_with_someone_coming_is_still_danger():
    assert detect_risk("please hurry my break is nearly over hes at the door") == "in_danger"
    assert detect_risk("please hurry he is coming") == "in_danger"


# S3: "I don't think she is in danger this minute, the manager is there" got the 999 screen.
def test_i_dont_think_she_is_in_danger_is_a_denial():
    assert detect_risk(SHIRIN_NOT_IN_DANGER) is None
    assert not trusted_crisis(SHIRIN_NOT_IN_DANGER, "in_danger")


def test_i_dont_think_in_danger_but_someone_coming_is_read():
    text = "I don't think she is in danger this minute but he is coming back tonight"
    assert detect_risk(text) == "in_danger"

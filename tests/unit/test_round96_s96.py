"""Round 96, helper s96: one table of danger set-asides in bot/risk_words.py, then two false 999
alarms from round 95: Sheila, 79, asking whether she should have let the (gone) gas man in
(r95a-sheila), and Ed, 63, whose wife is "not in danger this minute" (r95c-ed)."""

from __future__ import annotations

from bot.risk_words import (
    CRISIS_SET_ASIDES,
    DANGER_SET_ASIDES,
    IN_DANGER,
    SET_ASIDES,
    detect_risk,
    trusted_crisis,
    without_set_asides,
)

SHEILA = (
    "what badge? i dont work dear i am 79. it was HIS badge, the gas man. i meant should i have "
    "let him in the house"
)
ED = (
    "Well I'm not in danger, it's my wife I'm worried about. She's not in danger this minute, the "
    "carer isn't due until Thursday morning, but I'm not sure I should let her in the house again."
)


def _alarms(text: str) -> bool:
    return detect_risk(text) == IN_DANGER or trusted_crisis(text, IN_DANGER)


def test_one_ordered_table_serves_both_checks():
    # Part 1: the chains of set-asides in _danger and trusted_crisis are one named table.
    names = [name for name, _fn, _who in SET_ASIDES]
    assert len(names) == len(set(names)), "each row names its own situation"
    assert {who for _n, _f, who in SET_ASIDES} == {"both", "danger", "crisis"}
    shared = [n for n, _f, who in SET_ASIDES if who == "both"]
    assert [n for n, _f in DANGER_SET_ASIDES if n in shared] == shared
    assert [n for n, _f in CRISIS_SET_ASIDES if n in shared] == shared
    assert without_set_asides("he is outside now", DANGER_SET_ASIDES) == "he is outside now"


def test_asking_whether_she_should_have_let_him_in_is_not_danger():
    # Sheila, 79: the gas man "has gone"; "should i have let him in the house" got 999.
    assert detect_risk(SHEILA) is None
    assert not trusted_crisis(SHEILA, IN_DANGER)
    assert detect_risk("should i let him in the house again?") is None
    assert detect_risk("i shouldnt have let him in the house") is None


def test_not_in_danger_this_minute_and_carer_due_thursday_is_not_danger():
    # Ed, 63: "She's not in danger this minute, the carer isn't due until Thursday" got 999.
    assert detect_risk(ED) is None
    assert not trusted_crisis(ED, IN_DANGER)
    assert detect_risk("shes not in danger right now") is None


def test_real_danger_still_alarms():
    assert _alarms("he is trying to get in the house")
    assert _alarms("let me in or i'll kill you he says, he's at the door")
    assert _alarms("she's in danger right now")
    # Letting someone in asked about, with someone there now, is still danger.
    assert _alarms("should i let him in the house? hes outside now banging on the door")
    assert _alarms("should i let him in, hes here and hes trying to get in")
    assert _alarms("not sure i should let her in the house again, shes at the door now")
    # Not in danger now, but more said of what is coming, is still read.
    assert _alarms("shes not in danger right now but hes coming back tonight with a knife")
    assert _alarms("im not in danger this minute but hes outside")
    assert _alarms("shes not in danger now, hes here in the house")
    assert _alarms("should i have let him in the house, he has a knife")
    assert _alarms("we are not in danger tonight but he said he will come back tomorrow to kill us")

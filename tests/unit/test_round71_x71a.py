"""Round 71, helper x71a: false danger and suicide alarms (Joy, Frank, Li, Ryan), with the
alarms that must stay. The whole crisis decision is detect_risk, else the classifier's guess if
trusted_crisis lets it through (the guess is assumed to be the crisis one, the worst case)."""

from __future__ import annotations

import pytest

from actions import account, reading
from actions.questions import plain
from bot.risk_words import detect_risk, trusted_crisis


def decide(text: str) -> str | None:
    found = detect_risk(text)
    if found:
        return found
    for guess in ("in_danger", "self_harm"):
        if trusted_crisis(text, guess):
            return guess
    return None


@pytest.mark.parametrize(
    "text",
    [
        # Joy, stalked by her ex, at the reporting question.
        "no not yet. i rang 101 once and was on hold for 40 mins and gave up. whats the point",
        "wtf?? im not suicidal i meant whats the point ringing 101. im angry not depressed",
        "i rang 101 once and was on hold for 40 mins and gave up. whats the point",
        "called the police last month and nobody came. whats the point",
        "reported it in may, they never got back to me. whats the point",
        "tried ringing 101, got cut off twice. whats the point anyway",
        "whats the point of 101",
        "whats the point 101 never answers",
        "whats the point in ringing the police",
        # Frank, 68, in his kitchen.
        "Romance? I beg your pardon, I have not met anybody online. He was a roofer, or said he "
        "was. At my front door. I am a widower not a fool.",
        "Thank you. Will they know to speak up? And what about the roof, should I get somebody "
        "proper to look at it? How do I know who to trust now.",
        "should i get someone to look at the boiler now",
        "I'd like to get somebody qualified to check over the roof",
        # Li, for her mum (84), robbed by a paid carer.
        "information I guess. does the care agency have to do something about it? shes still "
        "coming in every morning. and getting mums money back",
        "shes still coming in every day, can the agency stop her",
        "the carer still comes in every morning, what do i do",
        # Ryan, 19, at his mate's flat.
        "nah im good. my mate says its robbery not theft cos they hurt me, does that matter",
        "my mate says its robbery not theft cos they hurt me",
        "is it robbery because they hurt me or just theft",
        "my dad says its assault cos he pushed me, is that right",
    ],
)
def test_no_false_alarm(text: str) -> None:
    assert decide(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "whats the point of anything",
        "whats the point in living",
        "i rang 101 and was on hold and gave up. whats the point of anything anymore",
        "i rang 101 and was on hold for ages. i cant cope. whats the point",
        "police never came. i just want to die whats the point",
        "whats the point of living",
        "honestly some days i dont see the point",
    ],
)
def test_self_harm_alarms_stay(text: str) -> None:
    assert decide(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "hes at my front door right now",
        "he is outside my door now",
        "please send someone hes here",
        "get someone here now hes got a knife",
        "hes coming in now",
        "shes coming in the house now with a knife",
        "he says hell hurt me if i report it",
        "he texted he will kill me tonight",
        "yes every day. 2 years. he is coming. I must stop",
        "he said he was a roofer and hes at the door now shouting",
        "its assault because he hit me and hes still here",
        "my mate says its robbery cos they hurt me and theyre outside now",
        "shes still coming in every morning and shes here now with a knife",
        "should i get someone to look at the roof? hes outside with a knife",
    ],
)
def test_danger_alarms_stay(text: str) -> None:
    assert decide(text) == "in_danger"


def test_deaf_in_one_ear_can_phone() -> None:
    # Frank: "Tell them to speak up a bit, I'm deaf in the left ear." and "I don't do sign
    # language, I'm just a bit deaf" are not being unable to phone.
    for text in (
        "Telephone, the landline please. 01708 555 019. Tell them to speak up a bit, I'm deaf "
        "in the left ear.",
        "I'm not in any danger and I don't do sign language, I'm just a bit deaf.",
    ):
        words = plain(text)
        assert not account._DEAF.search(account._others_hearing(words))
        assert reading.read_impairment(text).extra == {}
        assert reading.g3_emergency_line(text, {}) == "utter_emergency"


def test_deaf_still_gets_no_voice_line() -> None:
    assert reading.g3_emergency_line("I am deaf, he is outside", {}) == (
        "utter_g3_emergency_no_voice"
    )
    assert reading.read_impairment("i am deaf, i use bsl").extra.get("cannot_phone") is True
    assert reading.g3_emergency_line("hes here", {"community": ["deaf"]}) == (
        "utter_g3_emergency_no_voice"
    )

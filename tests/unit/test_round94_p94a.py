"""Round 94, helper p94a: Irene, 74, Hillingdon, a bit deaf; a man "from the council" at her
door took £8,000 by bank transfer for loft insulation never fitted; she lives with her husband,
who has dementia (r94a-irene)."""

from __future__ import annotations

from bot.risk_words import detect_risk
from tests.unit.known_answers import responses_in_conversation, sendable

FIRST = (
    "Good afternoon. I am not sure if this is the right place but my neighbour said I should "
    "write to you. I have been cheated out of a lot of money by a man who said he was from the "
    "council."
)
DOOR = (
    "Yes that is quite alright. He came to the door in March and said the council were doing "
    "loft insulation for pensioners. I paid him £8,000 altogether by bank transfer, he came back "
    "twice for more money. Nothing was ever fitted. Will the bank give it back?"
)
TWICE_MORE = (
    "Yes, he came back twice more asking for more money for materials. That is how it came to "
    "£8,000. I do not want my husband to find out, it would upset him terribly."
)
TOLD = (
    "I beg your pardon? I did not meet anyone online and nobody mentioned hospital bills. It was "
    "a man at my front door about loft insulation. I do not think it was about any of those "
    "things, I suppose perhaps because we are old. Will my husband be told about this?"
)
TELL_FAMILY = {"utter_police_bank_tell_family_fraud", "utter_c75d_support_wont_tell_family"}


def test_will_my_husband_be_told_is_not_danger_and_is_answered():
    # S3: "Will my husband be told about this?" got the 999 / Silent Solution screen.
    assert detect_risk(TOLD) is None
    got = responses_in_conversation(TOLD, "fraud", [FIRST, DOOR, TWICE_MORE])
    assert TELL_FAMILY & set(got), got
    # Danger at the door now still counts.
    assert detect_risk("it was a man at my front door and hes still outside") == "in_danger"
    assert detect_risk("it was a man at my door, he is at my door now") == "in_danger"
    assert detect_risk("a man is at my front door") == "in_danger"


def test_doorstep_council_fraud_gets_bank_and_doorstep_advice_not_water_staff():
    # S1: got "older people on their own are targeted most ... Real water staff show ID".
    for crime_type in (None, "fraud"):
        got = responses_in_conversation(DOOR, crime_type, [FIRST])
        assert got == ["utter_bank_scam", "utter_rogue_traders_back"], (crime_type, got)
    said = " ".join(sendable("utter_bank_scam") + sendable("utter_rogue_traders_back"))
    assert "water" not in said and "on their own" not in said
    assert "159" in said and "0808 223 1133" in said
    assert not any("on their own" in text for text in sendable("utter_t3_bogus_caller"))
    # Brian's water-board question keeps its answer.
    brian = "what do i do if somebody knocks saying water board?"
    assert responses_in_conversation(brian, "burglary", [])[:1] == ["utter_t3_bogus_caller"]


def test_came_back_for_materials_is_not_the_romance_script():
    # S2: got "Someone met online who asks for money for hospital bills".
    got = responses_in_conversation(TWICE_MORE, "fraud", [FIRST, DOOR])
    assert "utter_romance_scam_dont_send" not in got, got
    # Someone met online still gets it.
    dorothy = (
        "Should I send him the £4,000? He says he will be arrested if he can't pay the hospital."
    )
    online = ["I met Richard online on a dating site and I have sent him money."]
    assert responses_in_conversation(dorothy, "fraud", online)[:1] == [
        "utter_romance_scam_dont_send"
    ]

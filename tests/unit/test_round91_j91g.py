"""Round 91, helper j91g: organisations and promises that did not fit the person (Kai, Agnieszka,
Margaret, Oliver, Fiona, Lucy)."""

from __future__ import annotations

from tests.unit.known_answers import responses_in_conversation, sendable

# 1. Kai (r91d, 15, blackmailed over pictures by a man of about 30): "and they wont tell my mum
# right" was promised "they won't tell your parents or family"; under 18, that can't be promised.
KAI_ASKS = (
    "ye ok but they cant ring me my mum checks who calls. text only. and they wont tell my mum right"
)


def test_kai_is_not_promised_his_mum_wont_be_told():
    got = responses_in_conversation(
        KAI_ASKS, "sexual_offence", under_18=True, assessment_done=True
    )
    assert got == ["utter_c75d_support_wont_tell_family"]
    (text,) = sendable("utter_c75d_support_wont_tell_family", under_18=True)
    assert "won't tell your parents" not in text
    assert not text.startswith("No.")
    assert "under 18" in text and "tell you first" in text
    assert "0800 1111" in text and len(text) <= 320


def test_an_adult_still_hears_the_family_is_not_told():
    (text,) = sendable("utter_c75d_support_wont_tell_family", under_18=False)
    assert "won't tell your family" in text

"""Round 91, helper j91g: organisations and promises that did not fit the person (Kai, Agnieszka,
Margaret, Oliver, Fiona, Lucy)."""

from __future__ import annotations

from referrals.matching import more_organisations
from referrals.results import build_result
from tests.unit.known_answers import ORGANISATIONS, responses_in_conversation, sendable

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


# 2. Agnieszka (r91c, 34, Brent): "The boss he is keeping my passport from one year. I am
# sleeping in the container on site" was listed Acas, whose conciliation contacts the employer.
def test_a_forced_labour_victim_is_not_listed_acas():
    answers = {
        "crime_type": "human_trafficking",
        "borough": "brent",
        "age": 34,
        "language": "polish",
        "relationship_to_offender": "someone_known",
        "repeat_victimisation": True,
    }
    result = build_result(answers, ORGANISATIONS)
    assert "acas-helpline" not in result.referral_ids
    assert result.referral_ids[0] == "modern-slavery-helpline"
    shown = set(result.referral_ids)
    assert "acas-helpline" not in {
        org.id for org in more_organisations(answers, list(ORGANISATIONS), shown, limit=10)
    }

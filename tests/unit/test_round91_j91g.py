"""Round 91, helper j91g: organisations and promises that did not fit the person (Kai, Agnieszka,
Margaret, Oliver, Fiona, Lucy)."""

from __future__ import annotations

import dataclasses

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import dialogue
from actions.account import read_account
from actions.answers import read_answer
from referrals.matching import default_directory, more_organisations
from referrals.results import build_result
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import ORGANISATIONS, responses_in_conversation, sendable

# 1. Kai (r91d, 15, blackmailed over pictures by a man of about 30): "and they wont tell my mum
# right" was promised "they won't tell your parents or family"; under 18, that can't be promised.
KAI_ASKS = (
    "ye ok but they cant ring me my mum checks who calls. text only. "
    "and they wont tell my mum right"
)


def test_kai_is_not_promised_his_mum_wont_be_told():
    got = responses_in_conversation(KAI_ASKS, "sexual_offence", under_18=True, assessment_done=True)
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


# 3. Margaret (r91d, 70, raped at 12 by a friend of her parents, never told): offered Hourglass
# (elder abuse) and the Havens (recent assaults), then SurvivorsUK (for men) and the domestic
# abuse helpline.
MARGARET_TOLD = (
    "No, I am not in danger. It was when I was a little girl. I was twelve. He was a friend of "
    "my parents. I have never said this to anyone. I saw a story on the news last week and I "
    "have not been able to stop thinking about it."
)
MARGARET_WHO = (
    "Please stop saying that. I only wanted to know if the police would go and talk to him. He "
    "was a friend of my father, so someone I knew."
)
MARGARET = {
    "crime_type": "sexual_offence",
    "age": 70,
    "repeat_victimisation": True,
    "reported_to_police": False,
    "hate_motivated": False,
    "impairment": True,
    "needs": ["emotional", "information"],
    "language": "english",
    "borough": "bromley",
}


def test_a_friend_of_her_father_is_someone_known_not_family():
    assert read_answer("relationship_to_offender", MARGARET_WHO).value == "someone_known"
    assert read_answer("relationship_to_offender", "a family friend").value == "someone_known"
    assert read_answer("relationship_to_offender", "my dad").value == "family_member"


def test_a_little_girl_then_is_a_woman_now():
    account = read_account(MARGARET_TOLD)
    assert "as_a_child" in account.details
    assert account.gender == "woman"


@pytest.mark.parametrize("who", ["someone_known", "family_member"])
@pytest.mark.parametrize("gender", [None, "woman"])
def test_abuse_in_childhood_gets_no_elder_abuse_or_recent_assault_service(who, gender):
    answers = {
        **MARGARET,
        "relationship_to_offender": who,
        "account_details": ["as_a_child"],
        "within_12_months": True,  # "a story on the news last week"
        "gender": gender,
    }
    result = build_result(answers, ORGANISATIONS)
    everything = result.referral_ids + [
        org.id
        for org in more_organisations(answers, list(ORGANISATIONS), result.referral_ids, limit=10)
    ]
    assert "hourglass-helpline" not in everything
    assert "the-havens" not in everything
    assert result.referral_ids[0] == "rape-crisis-247-support-line"
    if gender == "woman":
        assert "survivors-uk" not in everything


def test_margaret_as_told_gets_rape_crisis_first():
    answers = {
        **MARGARET,
        "relationship_to_offender": read_answer("relationship_to_offender", MARGARET_WHO).value,
        "account_details": sorted(read_account(MARGARET_TOLD).details),
        "gender": read_account(MARGARET_TOLD).gender,
    }
    result = build_result(answers, ORGANISATIONS)
    everything = result.referral_ids + [
        org.id
        for org in more_organisations(answers, list(ORGANISATIONS), result.referral_ids, limit=10)
    ]
    assert result.referral_ids[0] == "rape-crisis-247-support-line"
    for wrong in (
        "hourglass-helpline",
        "the-havens",
        "survivors-uk",
        "national-domestic-abuse-helpline",
        "mens-advice-line",
    ):
        assert wrong not in everything


def test_an_older_person_abused_now_by_family_keeps_hourglass():
    answers = {
        "crime_type": "domestic_abuse",
        "age": 74,
        "relationship_to_offender": "family_member",
    }
    assert "hourglass-helpline" in build_result(answers, ORGANISATIONS).referral_ids


# 4. Oliver (r91c): "Why NSPCC? I'm not a danger to Maisie." got "Sorry, I shouldn't have said
# 'NSPCC'", and then his referral confirmation named the NSPCC Helpline again.
OLIVER_WHY = (
    "Why NSPCC? I'm not a danger to Maisie. If that goes on some record it's exactly what her "
    "lawyer would use against me."
)
WITHDRAWN = "Sorry, I shouldn't have said 'NSPCC': that was my mistake, not something you told me."


def _nspcc_result(answers):
    org = next(o for o in default_directory() if o.id == "nspcc-helpline")
    return dataclasses.replace(build_result(answers), organisations=[org])


def test_a_service_taken_back_is_not_named_in_the_confirmation():
    answers = dict(crime_type="domestic_abuse", consent=True, referral_consent=True)
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=answers, text=OLIVER_WHY, active_loop=None, sent=[WITHDRAWN])
    dialogue.z73d_named_service(dispatcher, tracker, _nspcc_result(answers))
    assert responses(dispatcher) == []


def test_without_the_apology_the_named_service_is_still_said_back():
    answers = dict(crime_type="domestic_abuse", consent=True, referral_consent=True)
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=answers, text=OLIVER_WHY, active_loop=None)
    dialogue.z73d_named_service(dispatcher, tracker, _nspcc_result(answers))
    assert responses(dispatcher) == ["utter_z73d_referral_via_team"]


# 5. Fiona (r91c, her kids "only 4 and 7"): "is there anything for my son, he wont sleep in his
# own room now" got NHS Talking Therapies, for adults.
FIONA_EARLIER = (
    "hi sorry its late, someone set fire to my bins last night about 3am and it went up my "
    "fence, the fire brigade came. my kids were asleep upstairs they're only 4 and 7. i cant "
    "stop shaking. i think i know who it was",
    "38. my name on a statement he can read?? oh god. my son is 7 he keeps asking if the house "
    "is going to burn down",
)
FIONA_ASKS = (
    "thank you. is there anything for my son, he wont sleep in his own room now, he thinks the "
    "fire will come back"
)


def test_a_young_son_gets_the_childrens_answer_not_talking_therapies():
    got = responses_in_conversation(FIONA_ASKS, "arson", FIONA_EARLIER, assessment_done=True)
    assert got == ["utter_n6_support_for_child_who_saw"]


def test_family_support_without_a_young_child_keeps_its_answer():
    got = responses_in_conversation(
        "is there anything for my son, he is 35 and he is struggling too",
        "arson",
        (),
        assessment_done=True,
    )
    assert "utter_n6_support_for_child_who_saw" not in got

"""Round 60, helper g4: Pauline (husband with dementia), Dami (15, exploited), Vikram (roofer)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_in_danger
from bot.risk_words import detect_risk
from tests.unit.known_answers import answer_in_conversation

PAULINE_SAID = [
    "hi. not sure if this is the right place. my husband hit me last night",
    "he has dementia. hes not himself. he got frightened when i tried to get him changed and "
    "lashed out, caught me on the cheek. i dont want him in trouble, i just want to know does "
    "that even count",
]
PAULINE = dict(consent=True, relationship_to_offender="partner_or_ex")
DAMI_SAID = [
    "idk. im home rn but this older yute keeps msging me on snap sayin i gotta hold a ting for "
    "him n drop it off or im gettin wet. he knows my ends",
    "i just told u. hes threatenin to shank me if i dont carry his package. its like gang ting",
]
DAMI = dict(consent=True, account_details=["criminal_exploitation", "online"])
VIKRAM_SAID = [
    "Hi, I'm contacting on behalf of my dad who is 79. A roofer knocked on his door, said tiles "
    "were loose, and charged him £8,000 for basically nothing - a few tiles moved around. Dad "
    "paid by bank transfer. I'm furious.",
    "I just told you. Rogue trader, doorstep con. He ripped my dad off.",
]
VIKRAM = dict(consent=True, for_someone_else=True, age=79.0)


def said(text, crime_type, earlier, **answers):
    found = answer_in_conversation(text, crime_type, earlier, **answers)
    return found.response if found else None


def test_pauline_calm_past_event_is_not_danger_now():
    text = PAULINE_SAID[1]
    assert detect_risk(text) is None
    assert read_in_danger(text).value is not True
    for alarm in [
        "he has a knife",
        "he has locked me in",
        "she was drunk and hit me, shes here now",
    ]:
        assert read_in_danger(alarm).value is True


@pytest.mark.parametrize(
    "text",
    [
        "no and i dont want to. i'm not calling the police on him hes ill. can you just answer me, "
        "does it count as abuse if he cant help it?",
        "no dont pass anything on. ill ring the dementia line myself. you never said tho, is it "
        "abuse if hes got dementia?",
    ],
)
def test_pauline_dementia_harm_still_counts(text):
    assert said(text, "domestic_abuse", PAULINE_SAID, **PAULINE) == (
        "utter_g4_dementia_harm_still_counts"
    )


def test_pauline_correction_is_owned():
    text = (
        "what?? he didnt have a stroke its dementia. and nobody took my pension. are you reading "
        "what i write"
    )
    assert said(text, "domestic_abuse", PAULINE_SAID, **PAULINE) == "utter_g4_sorry_not_a_stroke"


def test_stroke_answer_kept_for_margaret():
    margaret = ["my husband shouts at me and has taken my pension since his stroke"]
    assert said("Is it abuse if he is ill?", "domestic_abuse", margaret) == "utter_t5_abuse_if_ill"
    assert said("Is it abuse if he is ill?", "domestic_abuse", PAULINE_SAID) != (
        "utter_t5_abuse_if_ill"
    )


@pytest.mark.parametrize(
    "text", [*DAMI_SAID, "bruh. threats. on snapchat. he wants me to run a package"]
)
def test_dami_account_is_read_as_exploitation(text):
    told = read_account(text)
    assert told.crime_type == "human_trafficking"
    assert "criminal_exploitation" in told.details


def test_near_miss_accounts_are_not_exploitation():
    assert read_account("my boss wants me to deliver a package tomorrow").crime_type is None
    assert read_account("he threatened to hurt me if i dont give him money").crime_type != (
        "human_trafficking"
    )


@pytest.mark.parametrize(
    "text,age",
    [
        (
            "nah u mad?? snitches get stitches fam. n i cant tell my mum n dad either they will "
            "kill me",
            None,
        ),
        ("ye like every day this week. he said if i dont do it by friday. wat do i do", 15.0),
        ("FRIDAY. hes gonna stab me friday if i dont carry it. do i just do it??", 15.0),
    ],
)
def test_dami_gets_exploited_child_answer(text, age):
    extra = dict(DAMI, age=age, under_18=age is not None)
    assert said(text, "human_trafficking", DAMI_SAID, **extra) == (
        "utter_g4_exploited_child_what_to_do"
    )


def test_witness_keeps_witness_answer():
    kofi = ["i saw my mate get stabbed and gave a statement"]
    text = "theyve been posting stuff on snap like snitches get stitches"
    assert said(text, "attempted_murder", kofi, consent=True, age=15.0) == (
        "utter_q2_witness_threats_online"
    )


def test_dami_who_and_when():
    text = "who is it thats gonna txt me. will it be before friday"
    extra = dict(DAMI, age=15.0, under_18=True, referral_consent=True)
    assert said(text, "human_trafficking", DAMI_SAID, **extra) == "utter_g4_who_texts_when_young"
    adult = dict(consent=True, age=40.0, referral_consent=True)
    assert said("who is going to call me and when?", "burglary", [], **adult) == (
        "utter_g4_who_contacts_when"
    )
    assert said(text, "human_trafficking", DAMI_SAID, **dict(DAMI, age=15.0)) != (
        "utter_g4_who_texts_when_young"
    )


@pytest.mark.parametrize(
    "text",
    [
        "he came back once asking for more money for 'extra work'. dad didnt pay the 2nd time",
        "what? nobody met anyone online. it's a ROOFER. on his doorstep. no hospital bills. have "
        "you got the right conversation?",
    ],
)
def test_vikram_no_romance_or_nhs_answer(text):
    assert said(text, "fraud", VIKRAM_SAID, **VIKRAM) not in (
        "utter_romance_scam_dont_send",
        "utter_z7_nhs_treatment_free",
    )


@pytest.mark.parametrize(
    "text",
    [
        "getting the money back mainly. compensation. and info",
        "how do we get his money back from the roofer?",
    ],
)
def test_vikram_money_back_from_rogue_trader(text):
    assert said(text, "fraud", VIKRAM_SAID, **VIKRAM) == "utter_g4_rogue_trader_money_back"


def test_money_back_near_misses():
    zofia = ["they not pay me for one month of cleaning work, 640 pound"]
    assert said("please, can I get my money? 1 month, 640 pound", None, zofia) != (
        "utter_g4_rogue_trader_money_back"
    )
    card = ["someone used my card online and took 300 pounds"]
    assert said("how do i get the money back?", "fraud", card) != (
        "utter_g4_rogue_trader_money_back"
    )

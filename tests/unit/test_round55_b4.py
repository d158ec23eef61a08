"""Round 55 answers (helper B4): Sophie, Bernadette, Fatou and Denise (round 53 leftovers).

- Sophie, sexually assaulted: "can i talk to a woman" went to the hand-off first; "is there a
  woman I can speak to" and "I only want to talk to a woman" were not read at all.
- Bernadette, 70: a romance scam ("he said he was a US army doctor in Syria", £9,000 in "fees")
  got the bank-impersonation answer, and "no it wasnt the bank..." was ignored.
- Fatou, a lodger locked out by her landlord, who threatens to have her deported: her opening got
  the partner-visa answer, and "where can i go tonight" nothing useful.
- Denise: "does the school have to do something" (her 12-year-old bullied and hit by pupils) got
  "I can't answer".
"""

from __future__ import annotations

import pytest
from known_answers import (
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

NEW = (
    "utter_b4_romance_scam_not_your_fault",
    "utter_b4_romance_not_the_bank",
    "utter_b4_locked_out_by_landlord",
    "utter_b4_school_must_act",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 55, helper B4")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def said(text, crime_type, earlier=(), **answers):
    return said_answer(text, crime_type, [*earlier, text], **answers)


# -- Sophie -------------------------------------------------------------------------------------
SOPHIE = "i was sexually assaulted at a party last weekend"


@pytest.mark.parametrize(
    "text",
    [
        "can i talk to a woman",
        "can I talk to a woman?",
        "is there a woman I can speak to",
        "I only want to talk to a woman",
        "i just want to speak to a woman",
        "could i speak to a female",
    ],
)
@pytest.mark.parametrize(
    "state",
    [
        {},
        {"requested_slot": "police_reported"},
        {"waiting_for_person": True, "handoff": "waiting"},
    ],
)
def test_sophie_asking_for_a_woman_gets_the_woman_answer(text, state):
    assert said(text, "sexual_offence", (SOPHIE,), **state) == "utter_z2_ask_for_a_woman"


def test_asking_for_a_woman_before_the_crime_is_read():
    assert said("can i talk to a woman", None, (SOPHIE,)) == "utter_z2_ask_for_a_woman"


@pytest.mark.parametrize(
    ("text", "crime_type", "earlier"),
    [
        ("it was a woman i met on a night out", "sexual_offence", (SOPHIE,)),
        ("can i talk to a woman", "burglary", ("someone broke into my flat",)),
        ("can i talk to a woman", None, ("my car was stolen",)),
        ("i want to talk to a person", "sexual_offence", (SOPHIE,)),
    ],
)
def test_others_do_not_get_the_woman_answer_from_b4(text, crime_type, earlier):
    assert said(text, crime_type, earlier) != "utter_z2_ask_for_a_woman"


# -- Bernadette ---------------------------------------------------------------------------------
BERNADETTE = (
    "I'm 70 and a widow. A man I met on Facebook said he was a US army doctor in Syria. Over "
    "months I sent him £9,000 for fees so he could come home. Now he wants more and I think I've "
    "been a fool"
)


@pytest.mark.parametrize(
    "text",
    [
        BERNADETTE,
        "I sent him the fees every month. I feel such a silly old fool",
        "all that money for his fees. i feel such a fool",
    ],
)
@pytest.mark.parametrize("crime_type", ["fraud", None])
def test_bernadette_is_not_told_of_a_bank_impersonation(text, crime_type):
    assert said(text, crime_type, (BERNADETTE,)) == "utter_b4_romance_scam_not_your_fault"


@pytest.mark.parametrize(
    "text",
    [
        "no it wasnt the bank, it was a man I met on Facebook",
        "it was not the bank. he is a soldier i met online",
        "not my bank, a man i was chatting to on facebook",
    ],
)
def test_bernadette_correcting_the_bank(text):
    assert said(text, "fraud", (BERNADETTE,)) == "utter_b4_romance_not_the_bank"


def test_a_safe_account_scam_still_gets_the_bank_answer():
    beryl = "I had to move the money to a safe acount ... I feel such a silly old fool"
    assert said(beryl, "fraud") == "utter_q2_scam_not_your_fault"


@pytest.mark.parametrize(
    "text",
    [
        "it wasnt the bank it was hmrc who rang",
        "no it wasnt my bank, it was santander",
    ],
)
def test_other_not_the_bank_messages_are_not_romance(text):
    earlier = ("a man rang saying he was from hmrc and i paid him £800",)
    assert said(text, "fraud", earlier) != "utter_b4_romance_not_the_bank"


# -- Fatou --------------------------------------------------------------------------------------
FATOU = (
    "I am a lodger, I rent a room in my landlord's house. He keeps saying he will call "
    "immigration and have me deported because my visa is ending. Today I came back from work "
    "and he had changed the lock. My things are all inside"
)
FATOU_SHORT = (
    "my landlord threatens to get me deported and he changed the locks on the house while i was out"
)


@pytest.mark.parametrize("opening", [FATOU, FATOU_SHORT])
def test_a_landlord_is_not_a_partner_with_a_visa(opening):
    assert said(opening, None) != "utter_t6_partner_threatens_visa"


@pytest.mark.parametrize("opening", [FATOU, FATOU_SHORT])
@pytest.mark.parametrize(
    "text", ["where can i go tonight", "where do i sleep tonight?", "i have nowhere to go"]
)
def test_fatou_locked_out_tonight(opening, text):
    assert said(text, None, (opening,)) == "utter_b4_locked_out_by_landlord"


def test_a_partner_visa_threat_still_gets_its_answer():
    text = "29. but will i lose my visa? he keeps saying he will phone them"
    assert said(text, "domestic_abuse") == "utter_t6_partner_threatens_visa"


@pytest.mark.parametrize(
    ("earlier", "crime_type"),
    [
        (("my husband changed the locks and my landlord is doing nothing",), "domestic_abuse"),
        (("my landlord keeps coming into my room without asking",), None),
    ],
)
def test_others_where_can_i_go_tonight_is_not_the_landlord_answer(earlier, crime_type):
    assert said("where can i go tonight", crime_type, earlier) != "utter_b4_locked_out_by_landlord"


# -- Denise -------------------------------------------------------------------------------------
DENISE = (
    "my daughter is 12 and she is being bullied at school, yesterday some girls in her year hit "
    "her and kicked her in the toilets"
)


@pytest.mark.parametrize(
    "text",
    [
        "does the school have to do something",
        "do the school have to do anything about it?",
        "what should the school be doing",
        "isnt the school supposed to do something?",
    ],
)
def test_denise_asks_what_the_school_must_do(text):
    assert said(text, "assault", (DENISE,)) == "utter_b4_school_must_act"


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("does the school have to do something", ("a man broke into our house",)),
        ("will the school find out?", (DENISE,)),
        ("does the school have to know", ("my teacher touched me",)),
    ],
)
def test_others_do_not_get_the_school_answer(text, earlier):
    assert said(text, "assault", earlier) != "utter_b4_school_must_act"

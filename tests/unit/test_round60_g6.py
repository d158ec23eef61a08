"""Round 60, helper g6: Mariam (texts only, her daughter, her passport), Hannah (a nurse
threatened after her shift, spat at) and Luke (17, cut grabbing a robber's knife)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import contact_said
from actions.reading import Turn, corrections, read_turn
from tests.unit.known_answers import RESPONSES, answer_in_conversation


def said(text, crime_type, earlier, **answers):
    got = answer_in_conversation(text, crime_type, earlier, **answers)
    return got.response if got else None


# -- Mariam --------------------------------------------------------------------------------
MARIAM_SAID = [
    "hello. i need help. my husband he hit me. he take my passport",
    "no. i say 33. it is now, every week",
]
MARIAM = dict(consent=True, age=33.0, under_18=False, repeat_victimisation=True)


@pytest.mark.parametrize(
    "text",
    [
        "no. i have daughter she is 3. he say if i go he keep her",
        "no. can he take my daughter?",
        "can he keep my son",
        "he said if i leave he will take the kids",
    ],
)
def test_mariam_threat_about_her_daughter_is_answered(text):
    assert said(text, "domestic_abuse", MARIAM_SAID, **MARIAM) == "utter_g6_partner_keeps_child"


def test_child_answer_says_no_kidnapping_court_and_999():
    text = RESPONSES["utter_g6_partner_keeps_child"][0]["text"]
    assert "family court" in text and "999" in text and "0808 2000 247" in text
    assert len(text) <= 320


@pytest.mark.parametrize(
    ("text", "crime_type", "earlier"),
    [
        # Kerry: taken to his mum's, another answer.
        ("can he take my kids to birmingham like he said?", "domestic_abuse", []),
        # A stranger's robbery: not a partner's threat.
        ("can he take my phone back", "robbery", []),
        # "her" with no child told of.
        ("he said he will keep her", "domestic_abuse", ["my husband hits me"]),
    ],
)
def test_others_do_not_get_the_child_answer(text, crime_type, earlier):
    assert said(text, crime_type, earlier, consent=True) != "utter_g6_partner_keeps_child"


@pytest.mark.parametrize(
    "text", ["my passport. how i get back", "how do i get my passport back from him"]
)
def test_mariam_passport_back(text):
    got = said(text, "domestic_abuse", MARIAM_SAID, **MARIAM)
    assert got == "utter_y2_partner_keeps_passport"


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("my boss has my passport how do i get it back", "labour_exploitation"),
        ("he wants his passport back", "domestic_abuse"),
    ],
)
def test_other_passports_are_not_hers(text, crime_type):
    assert said(text, crime_type, [], consent=True) != "utter_y2_partner_keeps_passport"


def test_not_call_with_the_referral_yes_is_a_text():
    text = "yes but not call. he check my phone. my friend amina phone ok? 07700 900577"
    assert contact_said(text).get("contact_method") == "text"


@pytest.mark.parametrize("text", ["no. call me", "no, calls are fine", "yes ring me not text"])
def test_calls_asked_for_stay_calls(text):
    assert contact_said(text).get("contact_method") in (None, "call")


def test_not_call_message_to_amina_at_the_voicemail_question():
    got = read_turn(
        Turn(
            text="no. i say not call. message to amina",
            requested="voicemail_ok",
            answers={"referral_consent": True, "contact_safe": True, "contact_method": "call"},
        )
    )
    assert got.slots.get("contact_method") == "text"


def test_no_voicemail_is_still_just_no_voicemail():
    got = read_turn(
        Turn(
            text="no dont leave a message",
            requested="voicemail_ok",
            answers={"referral_consent": True, "contact_safe": True, "contact_method": "call"},
        )
    )
    assert got.slots.get("voicemail_ok") is False
    assert "contact_method" not in got.slots


REFERRED = dict(
    consent=True,
    referral_consent=True,
    contact_safe=True,
    contact_method="call",
    voicemail_ok=False,
)


@pytest.mark.parametrize(
    "text",
    [
        "no phone call. text message only. please",
        "text only not call",
        "no. i say not call. message to amina",
    ],
)
def test_text_only_put_right_after_the_referral(text):
    assert corrections(text, REFERRED).get("contact_method") == "text"


@pytest.mark.parametrize(
    "text", ["please dont leave a message, no call after 6", "thank you", "call me after 6"]
)
def test_other_messages_after_the_referral_keep_the_call(text):
    assert "contact_method" not in corrections(text, REFERRED)


# -- Hannah --------------------------------------------------------------------------------
HANNAH_SAID = [
    "hi sorry not sure if this is the right place. im a nurse in A&E and a patients relative "
    "spat at me tonight and said hed wait for me after my shift. i finish at 8 and have to walk "
    "to the station",
]
HANNAH = dict(consent=True, age=24.0)


@pytest.mark.parametrize(
    "text",
    [
        "ok. and security?",
        "should i tell security?",
        "what if hes actually waiting outside when i leave",
        "redthread is the charity in our ED for the kids, im the nurse lol. honestly i just need "
        "to know what to do at 8 oclock tonight",
    ],
)
def test_hannah_gets_the_plan_for_tonight(text):
    assert said(text, "assault", HANNAH_SAID, **HANNAH) == "utter_p6_leaving_shift_tonight"


@pytest.mark.parametrize(
    "text",
    [
        "feeling safe getting home tonight mainly. also some went near my mouth, should i be "
        "worried about that",
        "english. you didnt answer about the spit though",
    ],
)
def test_hannah_spit_worry(text):
    assert said(text, "assault", HANNAH_SAID, **HANNAH) == "utter_p2_spit_infection"


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        # Someone punched, not spat at, and not threatened after a shift.
        ("some blood went in my mouth should i be worried", ["a man punched me at the bus stop"]),
        ("what if hes actually waiting outside when i leave", ["my neighbour shouts at me"]),
        ("should i tell security?", ["someone stole my bag in the shopping centre"]),
    ],
)
def test_others_do_not_get_hannahs_answers(text, earlier):
    got = said(text, "assault", earlier, consent=True)
    assert got not in ("utter_p2_spit_infection", "utter_p6_leaving_shift_tonight")


# -- Luke ----------------------------------------------------------------------------------
LUKE_SAID = [
    "nah im at my boys yard now. 3 man jumped me in the park in tottenham took my phone n my "
    "creps. one had a shank. this is my boys phone",
    "nah im not a grass. got a little cut on my hand from grabbing it its calm tho",
]
LUKE = dict(consent=False, age=17.0, under_18=True)


def test_luke_a_and_e_and_the_feds():
    text = "if i go a&e n say it was a knife do they ring the feds on me"
    assert said(text, "robbery", LUKE_SAID, **LUKE) == "utter_y4_stab_hospital"


def test_a_and_e_question_without_a_knife_is_not_the_knife_answer():
    text = "if i go a&e will they ring the police on me"
    got = said(text, "domestic_abuse", ["she pushed me into the door"], consent=True)
    assert got != "utter_y4_stab_hospital"


def test_luke_cut_grabbing_the_knife_is_an_injury_and_a_weapon():
    details = read_account(
        "nah im not a grass. got a little cut on my hand from grabbing it its calm tho"
    ).details
    assert {"injured", "weapon"} <= details


@pytest.mark.parametrize(
    "text", ["he grabbed it from me", "i got a paper cut on my finger", "they cut the lock"]
)
def test_no_cut_on_the_body_no_injury(text):
    assert "injured" not in read_account(text).details
    assert "weapon" not in read_account(text).details

"""Round 78, helper k78c: answers misread, false alarms and apologies with invented facts
(Joy, Ahmed, Patrick)."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.account import read_account
from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.reading import Turn, corrections, read_turn
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import answer, said_answer, sendable, sources_above

FORM = ValidateNeedsAssessmentForm()


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


# -- 1. Joy: "no not really. more worried about my ID" is a no, and her correction is taken ---

JOY_ANSWER = "no not really. more worried about my ID tbh, what if someone pretends to be me"
JOY_FIRST_FIX = (
    "but i said im not scared about court? i said no. i was worried about the ID not court"
)
JOY_SECOND_FIX = "thats wrong. im NOT scared of giving evidence"
JOY = {
    "consent": True, "in_danger": False, "crime_type": "theft", "reported_to_police": True,
    "age": 52.0, "under_18": False, "relationship_to_offender": "stranger",
    "repeat_victimisation": False, "hate_motivated": False, "impairment": False,
}  # fmt: skip
JOY_AFTER_RESULT = {
    **JOY, "fear_of_giving_evidence": True, "needs": ["practical", "information"],
    "language": "english", "borough": "Greenwich", "results_shown": True,
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [JOY_ANSWER, "no not really", "nah not really, more worried about my car", "no not at all"],
)
def test_joy_no_not_really_is_a_no(text):
    assert read_answer("fear_of_giving_evidence", text).value is False
    found = read_turn(Turn(text=text, requested="fear_of_giving_evidence", answers=JOY))
    assert found.slots.get("fear_of_giving_evidence") is False


@pytest.mark.parametrize(
    "text",
    [
        "yes. more worried about seeing him",
        "a bit. more worried about seeing him",
        "very worried",
        "yes id be terrified",
        "yes i would be scared",
    ],
)
def test_fear_said_is_still_a_yes(text):
    assert read_answer("fear_of_giving_evidence", text).value is True


@pytest.mark.parametrize("text", [JOY_FIRST_FIX, JOY_SECOND_FIX])
def test_joy_put_right_after_the_result(text):
    assert corrections(text, JOY_AFTER_RESULT) == {"fear_of_giving_evidence": False}
    for intent in ("inform", "ask_right", "deny"):
        found = read_turn(
            Turn(text=text, requested="referral_consent", answers=JOY_AFTER_RESULT, intent=intent)
        )
        assert found.slots.get("fear_of_giving_evidence") is False
        assert "fear_of_giving_evidence" in found.corrected
        assert not found.reject
        # Her "i said no" was of the court question, not a no to being referred.
        assert "referral_consent" not in found.slots


@pytest.mark.parametrize(
    "text",
    [
        "im not scared of court, but im scared of him",
        "im not scared of court but i am worried about seeing him",
        "i said no to the referral",
    ],
)
def test_fear_beside_a_denial_is_not_taken_off(text):
    assert "fear_of_giving_evidence" not in corrections(text, JOY_AFTER_RESULT)


@pytest.mark.parametrize("text", [JOY_FIRST_FIX, JOY_SECOND_FIX])
async def test_joy_the_form_changes_it_says_so_and_works_it_out_again(dispatcher, domain, text):
    events = await FORM.run(
        dispatcher,
        make_tracker(
            slots=JOY_AFTER_RESULT,
            text=text,
            intent="ask_right",
            requested_slot="referral_consent",
            latest_action="action_answer_right",
            sent=["utter_result", "utter_referral_reminder"],
        ),
        domain,
    )
    slots = slots_of(events)
    assert slots["fear_of_giving_evidence"] is False
    assert slots["results_shown"] is False
    said = [m.get("text") or "" for m in dispatcher.messages]
    assert any("you wouldn't be worried about giving evidence" in line for line in said)


def test_joy_no_special_measures_text_for_her_correction(dispatcher, domain):
    tracker = make_tracker(
        slots=JOY_AFTER_RESULT,
        text=JOY_SECOND_FIX,
        intent="ask_right",
        requested_slot="referral_consent",
        sent=["utter_result", "utter_referral_reminder"],
    )
    dialogue.ActionAnswerRight().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == []


def test_a_court_question_during_the_questions_is_still_answered(dispatcher, domain):
    tracker = make_tracker(
        slots=JOY_AFTER_RESULT,
        text="im not scared of court. can i have a screen in court?",
        intent="ask_right",
        requested_slot="referral_consent",
    )
    dialogue.ActionAnswerRight().run(dispatcher, tracker, domain)
    assert responses(dispatcher) != []


# -- 2. Ahmed: a knife near the neck is no neck injury; the apology says only what is true -----

AHMED_NOT_HURT = (
    "english ok. but he not injure me, only knife near my neck. i am not hurt on body. so no money?"
)
AHMED_NOT_TOUCHED = (
    "what?? he not touch my neck. why i go A&E? you scare me. i ask about money compensation"
)
NECK_ANSWERS = {"utter_strangled", "utter_strangling_is_a_crime", "utter_neck_warning_signs"}


@pytest.mark.parametrize(
    "text",
    [
        AHMED_NOT_HURT,
        "he held a knife to my neck. is that a crime?",
        "he put a knife at my throat and took the money, should i report it?",
    ],
)
def test_a_knife_near_the_neck_gets_no_neck_answer(text):
    assert answer(text, "robbery") not in NECK_ANSWERS


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("he put his hands round my neck, should i go to hospital?", "domestic_abuse"),
        ("he grabbed my throat. is that serious?", "domestic_abuse"),
        ("he choked me last night, do i need a doctor?", "domestic_abuse"),
        ("he held a knife to my throat and now my neck is sore, should i see a doctor?", "robbery"),
        ("he held a knife to my neck and grabbed my throat. is that a crime?", "robbery"),
        ("knife at my throat, my neck hurts, should i go to a&e?", "robbery"),
        ("he strangled me. do i need to go to a&e?", "assault"),
    ],
)
def test_a_neck_grabbed_or_hurt_still_gets_the_neck_answers(text, crime):
    assert answer(text, crime) in NECK_ANSWERS


def test_ahmed_not_hurt_is_not_kept_as_hurt():
    assert "injured" not in read_account(AHMED_NOT_HURT).details
    assert "weapon" in read_account(AHMED_NOT_HURT).details


@pytest.mark.parametrize(
    "text",
    ["he injured me", "i was not badly injured", "he didnt injure me badly", "my arm got injured"],
)
def test_an_injury_told_is_still_kept(text):
    assert "injured" in read_account(text).details


def test_ahmed_gets_an_apology_without_a_slap():
    assert answer(AHMED_NOT_TOUCHED, "robbery") == "utter_k78c_not_the_neck_sorry"
    for text in sendable("utter_k78c_not_the_neck_sorry"):
        assert "slap" not in text and "argument" not in text and len(text) <= 320


def test_jade_still_gets_her_apology_about_the_slap():
    jade = "wait he never grabbed my neck?? i said he slapped me. once"
    assert answer(jade, "domestic_abuse") == "utter_q7_not_the_neck_sorry"
    assert (
        answer(jade, None, relationship_to_offender="partner_or_ex")
        == "utter_q7_not_the_neck_sorry"
    )


def test_a_partner_who_never_slapped_gets_the_plain_apology():
    got = answer("he never grabbed my neck, why did you say that", "domestic_abuse")
    assert got == "utter_k78c_not_the_neck_sorry"


# -- 3. Patrick: how to reach the family liaison officer after losing her card -----------------

PATRICK_SAID = [
    "hello. I'm not sure if I'm in the right place. My wife Maureen was killed two months ago, a "
    "man driving drunk hit her on the crossing. They've charged him and theres a trial coming",
    "English is fine. But you said Family Liaison Officer. Who is that meant to be? A policewoman "
    "came at the start, Sandra I think, she gave me a card but I've lost it and I don't know if "
    "she's still the one",
]
PATRICK_ASKS = [
    "Ealing. But how do I get hold of Sandra again if I lost the card? Is she still meant to be "
    "looking after us?",
    "thank you. one more thing, if I ring the police to find Sandra what do I say, I dont have "
    "any number for her",
    "he is charged though, I told you. I'm asking how do I get a phone number for the family "
    "liaison officer, I lost her card",
]


@pytest.mark.parametrize("text", PATRICK_ASKS)
def test_patrick_told_how_to_reach_his_flo(text):
    assert said_answer(text, "homicide", PATRICK_SAID, bereaved=True) == "utter_k78c_reach_flo"


def test_the_flo_answer_says_101_and_fits_an_sms():
    (text,) = sendable("utter_k78c_reach_flo")
    assert "101" in text and "family liaison officer" in text and len(text) <= 320
    assert "victimandwitnessinformation.org.uk" in sources_above("utter_k78c_reach_flo")


def test_what_do_i_say_is_not_a_question_about_rights():
    text = PATRICK_ASKS[1]
    assert said_answer(text, "homicide", PATRICK_SAID[:1], bereaved=True) != (
        "utter_w1_bereaved_relative_rights"
    )


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        (
            "I'm asking as her mother, do I have any rights at all? Or does it all stop because "
            "she died",
            [],
            "utter_w1_bereaved_relative_rights",
        ),
        ("what is a family liaison officer", [], "utter_family_liaison"),
        ("our FLO isnt calling back, what do I do", [], "utter_flo_not_calling"),
    ],
)
def test_other_bereaved_questions_keep_their_answers(text, said, expected):
    assert said_answer(text, "homicide", said, bereaved=True) == expected


@pytest.mark.parametrize(
    "text", ["how do i contact the police", "how do i ring the police to report it"]
)
def test_contacting_the_police_is_not_the_flo_answer(text):
    assert said_answer(text, "homicide", PATRICK_SAID, bereaved=True) != "utter_k78c_reach_flo"


def test_the_relatives_rights_answer_fits_a_partner_and_a_charge():
    (text,) = sendable("utter_w1_bereaved_relative_rights")
    assert "partner" in text and "isn't charged" not in text and len(text) <= 320

"""Round 75, helper b75b: how someone is, told at "what would help most now?" (Ray, whose shop
was targeted: "I'm not sleeping, I'm thinking I'll just close it"); "maybe" at the question about
being scared of giving evidence (Grace); threats to kill told as what happened (Dean)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_answer, read_crime_type
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.reading import Turn, read_turn
from bot.risk_words import detect_risk, trusted_crisis
from core.text import SMS_LIMIT
from tests.unit.conftest import classify, make_tracker, responses

FORM = ValidateNeedsAssessmentForm()


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def read(text, requested, answers, intent="inform"):
    return read_turn(
        Turn(text=text, intent=intent, requested=requested, answers=answers, asked={requested: 1})
    )


# -- Ray: how he is, at "what would help most now?" ------------------------------------------

RAY_SAID = "I'm not sleeping, I'm thinking I'll just close it"
RAY = {
    "consent": True,
    "in_danger": False,
    "crime_type": "criminal_damage",
    "reported_to_police": True,
    "age": 52.0,
    "relationship_to_offender": "stranger",
    "repeat_victimisation": True,
    "hate_motivated": False,
    "impairment": False,
}


def test_ray_not_sleeping_is_a_need_for_someone_to_talk_to():
    assert read_answer("needs", RAY_SAID).value == ["emotional"]


@pytest.mark.parametrize("intent", ["inform", "out_of_scope", "deny"])
def test_ray_is_not_asked_again_whatever_the_classifier_said(intent):
    reading = read(RAY_SAID, "needs", RAY, intent)
    assert reading.slots.get("needs") == ["emotional"]
    responses_said = [say.response for say in reading.say]
    assert "utter_reask_needs" not in responses_said
    assert not reading.flags and not reading.reject and not reading.pause


def test_closing_his_shop_raises_no_alarm():
    assert detect_risk(RAY_SAID) is None
    assert not trusted_crisis(RAY_SAID, "self_harm")
    assert not trusted_crisis(RAY_SAID, "in_danger")
    assert classify(RAY_SAID, "self_harm") != "self_harm"


async def test_ray_at_the_needs_question(dispatcher, domain):
    tracker = make_tracker(
        slots={**RAY, "fear_of_giving_evidence": False, "needs": None},
        text=RAY_SAID,
        requested_slot="needs",
        sent=["utter_ask_needs"],
    )
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert slots["needs"] == ["emotional"]
    said = responses(dispatcher)
    assert "utter_reask_needs" not in said and "utter_self_harm" not in said


@pytest.mark.parametrize(
    "text",
    [
        "im not sleeping",
        "i cant stop crying",
        "im on edge all the time since",
        "honestly its really got to me",
        "havent slept properly since it happened",
        "im stressed out and not eating",
        "im in bits",
    ],
)
def test_how_they_are_answers_what_would_help(text):
    assert "emotional" in read_answer("needs", text).value


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("no nightmares, just information", ["information"]),
        ("im not anxious, information please", ["information"]),
        ("feeling safe", ["safety"]),
        ("nothing really", []),
        ("im fine", []),
        ("im down for anything that helps with court", ["court"]),
        ("struggling to pay the rent since", ["practical"]),
        ("not sleeping with him anymore, i need to feel safe", ["safety"]),
        ("information what happens next, and maybe talk to someone", ["emotional", "information"]),
    ],
)
def test_other_needs_keep_their_reading(text, needs):
    assert sorted(read_answer("needs", text).value) == sorted(needs)


def test_skip_is_still_a_skip():
    assert read_answer("needs", "skip").declined


# -- Grace: "maybe" at the question about being scared of giving evidence -------------------

GRACE = {
    "consent": True,
    "in_danger": False,
    "crime_type": "assault",
    "reported_to_police": False,
    "age": 31.0,
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": False,
    "hate_motivated": True,
    "impairment": False,
}


@pytest.mark.parametrize(
    "text",
    [
        "maybe",
        "Maybe.",
        "maybe a bit",
        "possibly",
        "kind of",
        "i think so maybe",
        "a bit maybe",
        "perhaps",
        "maybe. he knows where i work and which bus i take",
    ],
)
def test_a_maybe_is_a_yes_to_being_scared_or_worried(text):
    assert read_answer("fear_of_giving_evidence", text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "not sure",
        "i dont know",
        "idk maybe",
        "maybe, i dont know",
        "maybe not",
        "court? i dont know. maybe. he knows where i work and which bus i take",
        "I do not know what it is like so I cannot say if I would feel scared",
    ],
)
def test_unsure_in_other_words_is_still_dont_know(text):
    assert read_answer("fear_of_giving_evidence", text).value is not True


@pytest.mark.parametrize(
    ("text", "value"),
    [("maybe, but im not scared of him", False), ("no", False), ("yes", True)],
)
def test_a_no_stays_a_no(text, value):
    assert read_answer("fear_of_giving_evidence", text).value is value


@pytest.mark.parametrize(
    "slot", ["reported_to_police", "repeat_victimisation", "hate_motivated", "impairment"]
)
def test_maybe_stays_dont_know_at_the_questions_of_fact(slot):
    assert read_answer(slot, "maybe").declined


def test_grace_maybe_is_said_back():
    reading = read("maybe", "fear_of_giving_evidence", GRACE)
    assert reading.slots["fear_of_giving_evidence"] is True
    assert [say.response for say in reading.say] == ["utter_b75b_fear_maybe_noted"]


def test_a_plain_yes_is_not_said_back():
    reading = read("yes", "fear_of_giving_evidence", GRACE)
    assert reading.slots["fear_of_giving_evidence"] is True
    assert "utter_b75b_fear_maybe_noted" not in [say.response for say in reading.say]


@pytest.mark.parametrize("intent", ["inform", "dont_know", "affirm"])
async def test_grace_at_the_court_question(dispatcher, domain, intent):
    tracker = make_tracker(
        slots={**GRACE, "fear_of_giving_evidence": None},
        text="maybe",
        intent=intent,
        requested_slot="fear_of_giving_evidence",
        sent=["utter_ask_fear_of_giving_evidence"],
    )
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert slots["fear_of_giving_evidence"] is True
    said = responses(dispatcher)
    assert "utter_b75b_fear_maybe_noted" in said
    assert "utter_moving_on" not in said and "utter_reask_fear_of_giving_evidence" not in said


def test_the_say_back_fits_one_sms(domain):
    variants = domain["responses"]["utter_b75b_fear_maybe_noted"]
    assert len(variants) == 3
    assert all(len(variant["text"]) <= SMS_LIMIT for variant in variants)


# -- Dean: threats to kill told as what happened ------------------------------------------------

DEAN_THREATS = [
    "he said he's going to kill me",
    "threatened to kill me if I went to the police",
    "said he'd stab me",
    "death threats",
    "he messaged saying I'm dead",
    # past tense, by text message, from someone known or not known
    "he said he would kill me",
    "he texted me saying he's going to kill me",
    "someone I don't know messaged me saying I'm dead",
    "a lad from work texted saying hes gonna stab me",
    "my neighbour said he's going to kill me",
    "he sent me a voicemail saying he will kill me",
]


@pytest.mark.parametrize("text", DEAN_THREATS)
def test_a_threat_to_kill_is_harassment(text):
    assert read_crime_type(text).value == "stalking_harassment"
    assert read_account(text).crime_type == "stalking_harassment"


@pytest.mark.parametrize("text", DEAN_THREATS)
def test_the_first_account_keeps_the_crime(text):
    reading = read_turn(Turn(text=text, intent="describe_crime", opening=True))
    assert reading.slots.get("crime_type") == "stalking_harassment"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("my ex said he's going to kill me", "partner_or_ex"),
        ("my ex texted saying I'm dead", "partner_or_ex"),
        ("my husband texted me saying he will kill me if I leave", "partner_or_ex"),
        ("my brother said he's going to kill me", "family_member"),
    ],
)
def test_by_a_partner_or_relative_it_is_domestic_abuse(text, who):
    told = read_account(text)
    assert (told.crime_type, told.offender) == ("domestic_abuse", who)
    assert read_crime_type(text).value == "domestic_abuse"


def test_the_known_partner_makes_it_domestic_abuse_at_the_crime_question():
    assert read_crime_type("he said he's going to kill me", "partner_or_ex").value == (
        "domestic_abuse"
    )


@pytest.mark.parametrize(
    "text",
    [
        "my mum would kill me if she knew",
        "my boss said he'd kill me if I was late again",
        "hes texting again saying im dead to him if i dont come",
        "if his older bro sees it im dead",
        "he said im dead tired lol",
        "she said shes going to kill him",
        "tell me what to do if hes going to kill me",
        "my mum said youre dead meat when you get home",
    ],
)
def test_figures_of_speech_are_not_threats(text):
    assert read_account(text).crime_type != "stalking_harassment"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("he punched me and said he would kill me", "assault"),
        ("he pulled a knife and said he'd stab me", "assault"),
        (
            "dari OR pashto, both ok. and he have knife, he say he will kill me. not only punch",
            ("assault"),
        ),
        ("a man broke into my house and said he would kill me", "burglary"),
        ("he robbed my phone and said hes going to stab me", "robbery"),
        ("he show me knife. he say he will cut me", "assault"),
    ],
)
def test_a_threat_beside_another_crime_keeps_that_crime(text, crime):
    assert read_account(text).crime_type == crime


def test_a_relative_of_someone_else_is_not_the_writers_relative():
    text = (
        "hi, a patients relative told me on the ward he would kill me. now hes been waiting by my "
        "car in the staff car park twice"
    )
    told = read_account(text)
    assert told.offender != "family_member"
    assert told.crime_type == "stalking_harassment"


@pytest.mark.parametrize(
    "text",
    [
        "he said he's going to kill me",
        "he threatened to kill me if I went to the police",
        "said he'd stab me",
        "he texted me saying he's going to kill me",
    ],
)
def test_a_threat_to_kill_now_is_still_danger(text):
    assert detect_risk(text) == "in_danger"


def test_the_danger_reply_comes_with_the_crime_kept():
    reading = read_turn(
        Turn(text="he said he's going to kill me", intent="in_danger", opening=True)
    )
    assert "in_danger" in reading.flags
    assert reading.slots.get("crime_type") == "stalking_harassment"

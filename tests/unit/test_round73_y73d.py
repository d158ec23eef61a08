"""Round 73, helper y73d: form answers, corrections of the result, consent and one false alarm
(Lee, Stan, Bola, Chloe, Kofi, Dariusz)."""

from __future__ import annotations

import pytest

from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.reading import Turn, corrections, read_turn, y73d_busy_times
from actions.skip_logic import under_18_then_matters
from bot.risk_words import detect_risk
from tests.unit.conftest import make_tracker

FORM = ValidateNeedsAssessmentForm()


def form(text: str, requested: str, **answers):
    return read_turn(Turn(text=text, requested=requested, answers=answers))


# -- 1. Lee: "not rn no" is a no; texting nonstop is not danger now --------------------------

LEE_DANGER = (
    "not rn no. hes been texting me nonstop tho, saying hes sorry then saying im nothing without "
    "him. he has my bank card, he took it months ago 'to help me budget' lol"
)


@pytest.mark.parametrize(
    "text", [LEE_DANGER, "not rn no", "not right now no", "not atm", "nah not rn"]
)
def test_lee_not_right_now_is_a_no(text):
    assert read_answer("in_danger", text).value is False
    found = form(text, "in_danger", consent=True, crime_type="domestic_abuse")
    assert found.slots.get("in_danger") is False
    assert not found.flags


@pytest.mark.parametrize(
    "text",
    [
        "not rn no but hes outside",
        "not atm but im not safe",
        "not rn no. help me",
    ],
)
def test_real_danger_after_not_now_still_alarms(text):
    assert read_answer("in_danger", text).value is True


@pytest.mark.parametrize(
    "text",
    ["not right now. hes on his way", "not rn. he said hell kill me", "he's outside"],
)
def test_crisis_words_still_find_the_alarm(text):
    assert detect_risk(text) == "in_danger"


# -- 2. Lee: "yeah maybe. i dunno if" is not sure, not a hate crime ---------------------------

LEE_HATE = (
    "yeah maybe. i dunno if its about being gay. he tells me no one else would want me and my "
    "family dont know im gay so who would i go to"
)


@pytest.mark.parametrize(
    "text", [LEE_HATE, "yeah maybe. i dunno if its about being gay.", "maybe, idk if its race"]
)
def test_lee_maybe_i_dunno_is_not_a_hate_crime(text):
    assert read_answer("hate_motivated", text).value is not True
    found = form(text, "hate_motivated", consent=True, crime_type="domestic_abuse")
    assert found.slots.get("hate_motivated") is not True


@pytest.mark.parametrize(
    "text",
    [
        "yes because of her disability i guess",
        "yes. he called me a p*** and told me to go home",
        "yes its because im gay, he said it",
    ],
)
def test_a_yes_to_hate_still_counts(text):
    assert read_answer("hate_motivated", text).value is True


# -- 3. Stan: "I would not be scared no"; "I am NOT afraid ... take that off" -----------------

STAN_FEAR = (
    "I would not be scared no. I would struggle to hear in a court though. Now will Barclays "
    "give me my £2,400 back or not"
)


@pytest.mark.parametrize(
    "text", [STAN_FEAR, "I would not be scared no.", "i wouldnt be afraid of it", "im not scared"]
)
def test_stan_not_scared_is_a_no(text):
    assert read_answer("fear_of_giving_evidence", text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "yes im scared",
        "yes I would be scared to see him",
        "yes, i would be scared, he knows where i live",
    ],
)
def test_fear_still_a_yes(text):
    assert read_answer("fear_of_giving_evidence", text).value is True


RESULT = {"consent": True, "crime_type": "fraud", "impairment": True, "results_shown": True}


@pytest.mark.parametrize(
    "text",
    [
        "That is wrong. I am NOT afraid or distressed about giving evidence. Please take that off.",
        "I am not afraid of giving evidence. I said I am deaf, that is all.",
        "im not distressed about giving evidence, take that off",
    ],
)
def test_stan_fear_in_the_result_put_right(text):
    changes = corrections(text, {**RESULT, "fear_of_giving_evidence": True})
    assert changes.get("fear_of_giving_evidence") is False


def test_fear_not_put_right_when_still_afraid():
    text = "I am not afraid of court but I am afraid of seeing him"
    changes = corrections(text, {**RESULT, "fear_of_giving_evidence": True})
    assert changes.get("fear_of_giving_evidence") is not False


# -- 4. Bola: the time they are at work is a time NOT to call ----------------------------------

CONTACT = {
    "consent": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_times": "after 6, in the day",
    "contact_details": "07700900412",
}


def test_bola_not_in_the_day_put_right():
    text = "NOT in the day. i said im at work in the day. only after 6pm"
    times = corrections(text, CONTACT)["contact_times"]
    assert times == "only after 6pm, not in the day"


def test_bola_at_work_in_the_day_is_not_a_time_to_call():
    assert y73d_busy_times("after 6 is best im at work in the day", "after 6, in the day") == (
        "after 6, not in the day"
    )
    found = form(
        "call me. 07700 900412. after 6 is best im at work in the day",
        "contact_method",
        consent=True,
        referral_consent=True,
    )
    assert found.slots["contact_times"] == "after 6, not in the day"


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("weekdays 9-4 ONLY. not evenings", "weekdays 9 to 4 ONLY, not evenings"),
        ("WAIT. not evenings!! weekdays 9-4 ONLY", "not evenings, weekdays 9 to 4 ONLY"),
        ("evenings only", "evenings only"),
        ("after 6pm weekdays please", "after 6pm weekdays please"),
    ],
)
def test_other_times_unchanged(text, times):
    assert corrections(text, CONTACT).get("contact_times") == times


# -- 5. Chloe, Kofi, Lee: a question or a correction at the consent question -------------------

SHOWN = {
    "consent": True, "in_danger": False,
    "crime_type": "assault", "reported_to_police": False, "age": 34.0, "under_18": False,
    "relationship_to_offender": "stranger", "repeat_victimisation": False,
    "hate_motivated": True, "impairment": False, "fear_of_giving_evidence": False,
    "needs": ["information"], "language": "english", "borough": "islington", "gender": "man",
    "results_shown": True,
}  # fmt: skip
MISSED = ["utter_ask_referral_consent", "utter_referral_reminder", "utter_reask_referral_consent"]


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


async def validate(dispatcher, domain, slots, text, sent=MISSED):
    tracker = make_tracker(slots=slots, text=text, requested_slot="referral_consent", sent=sent)
    return slots_of(await FORM.run(dispatcher, tracker, domain))


@pytest.mark.parametrize(
    "text",
    [
        "racist abuse, is that a hate crime",
        "ok. but you said no to the havens before, so do i go there or not",
        "its not a hate crime?? hes gay too lol. i said i dont know. he hits me cos hes him not "
        "cos im gay",
    ],
)
async def test_question_at_consent_asks_again(dispatcher, domain, text):
    slots = await validate(dispatcher, domain, SHOWN, text)
    assert slots.get("referral_consent") is None
    assert slots["requested_slot"] == "referral_consent"


@pytest.mark.parametrize("text", ["no", "nah im alright", "yes please"])
async def test_plain_answers_at_consent_still_taken(dispatcher, domain, text):
    slots = await validate(dispatcher, domain, SHOWN, text)
    assert slots["referral_consent"] is (text == "yes please")


# -- 6. Dariusz, 34: exploitation told as going on now needs no "were you under 18?" ----------

DARIUSZ = [
    "hello. i need help please my english not so good. my boss no pay me 2 month",
    "i dont know. i work car wash in ealing, i sleep there in back room. boss keep my passport "
    "and ID card, he say he give back when i pay him for room. i have nowhere go",
    "34",
]


def test_dariusz_not_asked_under_18_then():
    answers = {
        "consent": True,
        "crime_type": "human_trafficking",
        "account_details": ["labour_told"],
        "said": DARIUSZ,
    }
    found = form("34", "age", **answers)
    assert found.slots.get("within_12_months") is True
    assert not under_18_then_matters({**answers, **found.slots})


def test_trafficking_told_as_the_past_still_asked():
    answers = {
        "consent": True,
        "crime_type": "human_trafficking",
        "account_details": ["labour_told"],
        "said": ["i was brought here and made to work in a restaurant for no money, years ago"],
    }
    found = form("34", "age", **answers)
    assert found.slots.get("within_12_months") is not True

"""Round 71, helper x71c: form answers read wrong, and questions asked again and again (Tasha,
Omar, Joy, Gwen, Nadia, Li, Ryan, Paul, Ama)."""

from __future__ import annotations

import pytest

from actions.answers import read_answer
from actions.questions import worker_gender_asked
from actions.reading import Turn, corrections, read_turn
from tests.unit.known_answers import answer


def form(text: str, requested: str, **answers):
    return read_turn(Turn(text=text, requested=requested, answers=answers))


# -- 1. repeat read from things that are not the crime again ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "his name is kai hes in year 11 same as me. we were like talking for 2 months",
        "its a lad from my school. we were talking for a few weeks",
        "someone i know, we been seeing each other for like 3 months",
    ],
)
def test_tasha_time_talking_is_not_happening_again(text):
    found = form(text, "relationship_to_offender", crime_type="sexual_offence", age=16.0)
    assert "repeat_victimisation" not in found.slots
    assert "repeat_victimisation" not in found.noted


def test_time_together_beside_a_real_repeat_still_counts():
    # Other people's messages: the crime again is still read.
    text = "my ex, we were together for 2 years and he hit me loads of times"
    found = form(text, "relationship_to_offender", crime_type="assault")
    assert found.slots.get("repeat_victimisation") is True
    text = "a boy from school, we were talking for 2 months and he keeps doing it again and again"
    found = form(text, "relationship_to_offender", crime_type="harassment")
    assert found.slots.get("repeat_victimisation") is True
    text = "he has been following me for 2 months"
    found = form(text, "relationship_to_offender", crime_type="stalking")
    assert found.slots.get("repeat_victimisation") is True


@pytest.mark.parametrize(
    "text",
    [
        "this guy no. but happen to drivers all the time, last year one spit on me. nobody did "
        "nothing then also",
        "this man no, but passengers abuse drivers every week",
        "not the same guy. a different one robbed me last year",
    ],
)
def test_omar_other_people_or_another_person_is_not_persistently_targeted(text):
    assert read_answer("repeat_victimisation", text).value is False
    found = form(text, "repeat_victimisation", crime_type="assault")
    assert found.slots["repeat_victimisation"] is False
    assert found.slots.get("within_12_months") is not False  # "last year" was the other one


@pytest.mark.parametrize(
    "text",
    [
        "yes he did it to me 3 times last month",
        "him yes, he keeps coming back",
        "yes the same man has done it before",
    ],
)
def test_repeat_by_the_same_person_still_yes(text):
    assert read_answer("repeat_victimisation", text).value is True


# -- 2. "this man only one time" is not a request for a male worker --------------------------


def test_omar_this_man_only_one_time_asks_for_nobody():
    text = "not more than once. this man only one time. the spit was different guy last year"
    assert worker_gender_asked(text) is None
    changes = corrections(text, {"crime_type": "assault", "repeat_victimisation": True})
    assert changes == {"repeat_victimisation": False}


@pytest.mark.parametrize(
    "text, who",
    [
        ("a woman please", "woman"),
        ("man only please", "man"),
        ("only a woman please", "woman"),
        ("i want a female worker", "woman"),
        ("can it be a man", "man"),
    ],
)
def test_real_requests_for_a_worker_still_read(text, who):
    assert worker_gender_asked(text) == who


# -- 3. reported or not ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no not yet. i rang 101 once and was on hold for 40 mins and gave up. whats the point",
        "i tried calling 101 but couldnt get through",
        "called them and nobody answered so i gave up",
    ],
)
def test_joy_a_call_given_up_on_is_not_a_report(text):
    assert read_answer("reported_to_police", text).value is False
    found = form(text, "reported_to_police", crime_type="harassment")
    assert found.slots["reported_to_police"] is False


@pytest.mark.parametrize(
    "text",
    [
        "i rang 101, was on hold ages but got through in the end and reported it",
        "yes i called 101 and they gave me a crime number",
        "yes the police came monday, a nice young lady. she gave me a paper with a number on it",
    ],
)
def test_calls_that_got_through_are_still_reports(text):
    assert read_answer("reported_to_police", text).value is True


def test_gwen_reported_burglary_fingerprints_follow_the_slot():
    said = "will the police come and do fingerprints?"
    assert (
        answer(said, "burglary", reported_to_police=True)
        == "utter_x71c_burglary_fingerprints_reported"
    )
    # Not reported, or not said: the answer that says how to report it.
    assert answer(said, "burglary", reported_to_police=False) == "utter_j4_burglary_fingerprints"
    assert answer(said, "burglary") == "utter_j4_burglary_fingerprints"


NADIA = (
    "wait sorry that no was to the danger thing. i did call police once in the summer about the "
    "shouting, they said talk to the housing. havent reported the car"
)


def test_nadia_no_was_to_another_question_puts_reported_right():
    answers = {"crime_type": "criminal_damage", "reported_to_police": False}
    assert corrections(NADIA, answers)["reported_to_police"] is True
    found = form(NADIA, "age", **answers)
    assert found.slots["reported_to_police"] is True
    assert "reported_to_police" in found.corrected


def test_a_no_to_another_question_without_police_changes_nothing():
    answers = {"crime_type": "criminal_damage", "reported_to_police": False}
    text = "sorry that no was to the danger thing. im 31"
    assert "reported_to_police" not in corrections(text, answers)
    # Already reported: nothing to put right.
    answers = {"crime_type": "criminal_damage", "reported_to_police": True}
    assert "reported_to_police" not in corrections(NADIA, answers)


# -- 4. a yes with a reason is a yes ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "yes because of her disability i guess",
        "what? mum didnt hurt anyone. the CARER stole from mum. yes because of her disability i "
        "guess",
        "yeah cos of my religion i think",
    ],
)
def test_li_yes_because_of_her_disability_is_a_yes(text):
    found = form(text, "hate_motivated", crime_type="theft")
    assert found.slots["hate_motivated"] is True
    assert "hate_motivated" not in found.skipped


@pytest.mark.parametrize("text", ["no, because of money i think", "not sure, because of money"])
def test_no_with_a_reason_is_not_made_a_yes(text):
    found = form(text, "hate_motivated", crime_type="theft")
    assert found.slots.get("hate_motivated") is not True


def test_li_i_said_yes_not_skip_takes_the_skipped_yes():
    text = (
        "I said yes not skip. and mum couldnt give evidence, she doesnt remember what she had for "
        "breakfast. I could maybe"
    )
    answers = {"crime_type": "theft", "skipped_slots": ["hate_motivated"]}
    found = form(text, "fear_of_giving_evidence", **answers)
    assert found.slots["hate_motivated"] is True
    assert "hate_motivated" in found.corrected
    # Nothing skipped: nothing to put right.
    assert "hate_motivated" not in corrections(text, {"crime_type": "theft"})


# -- 5. loops at the referral and contact questions ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "nah im good. my mate says its robbery not theft cos they hurt me, does that matter",
        "i said no already. and you ignored my question again",
        "i already said no",
    ],
)
def test_ryan_no_to_the_referral_is_taken(text):
    found = form(text, "referral_consent", crime_type="theft")
    assert found.slots["referral_consent"] is False
    assert not found.aside


def test_a_no_that_corrects_who_did_it_is_not_a_no_to_the_referral():
    text = "NO the gardener did it, not family!"
    found = form(
        text, "referral_consent", crime_type="theft", relationship_to_offender="family_member"
    )
    assert found.slots.get("referral_consent") is not False


PAUL = {
    "crime_type": "domestic_abuse",
    "referral_consent": True,
}


@pytest.mark.parametrize("text", ["the email yes. not my phone", "email, I said", "by email yes"])
def test_paul_a_way_named_with_yes_is_safe(text):
    found = form(text, "contact_safe", **PAUL)
    assert found.slots["contact_safe"] is True
    assert found.slots["contact_method"] == "email"
    assert not any(say.response == "utter_reask_contact_safe" for say in found.say)


def test_paul_work_email_is_safer_answers_the_safety_question():
    text = "ok. work email is safer. p.hollis@suttonfleetservices.co.uk. weekdays 9 to 5"
    found = form(text, "referral_consent", crime_type="domestic_abuse")
    assert found.slots["referral_consent"] is True
    assert found.slots["contact_safe"] is True
    assert found.slots["contact_method"] == "email"


def test_ama_only_when_he_is_at_work_is_safe_then():
    text = "only when he is at work. he checks my phone in the evening"
    found = form(text, "contact_safe", crime_type="domestic_abuse", referral_consent=True)
    assert found.slots["contact_safe"] is True
    assert found.slots["contact_times"] == "when he is at work"
    assert found.slots["discreet"] is True
    text = "yes but only text, and only between 9 and 5 when he is at work"
    found = form(text, "referral_consent", crime_type="domestic_abuse")
    assert found.slots["referral_consent"] is True
    assert found.slots["contact_method"] == "text"


@pytest.mark.parametrize(
    "text",
    [
        "no its not safe, he checks my phone",
        "text is not safe, he reads them",
        "no one can contact me, he checks everything",
    ],
)
def test_unsafe_contact_is_still_unsafe(text):
    found = form(text, "contact_safe", crime_type="domestic_abuse", referral_consent=True)
    assert found.slots.get("contact_safe") is not True
